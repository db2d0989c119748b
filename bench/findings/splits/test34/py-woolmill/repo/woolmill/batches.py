import os
import pickle
import sqlite3
import threading

DB_PATH = os.environ.get("WOOLMILL_DB", "woolmill.sqlite3")
SCHEMA = """
CREATE TABLE IF NOT EXISTS fleeces (id INTEGER PRIMARY KEY, farm TEXT, breed TEXT, micron REAL,
    greasy_kg REAL, clean_kg REAL, staple_mm TEXT, grade TEXT, photo TEXT);
CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY, batch_no INTEGER, spinner TEXT, status TEXT, kg REAL);
CREATE TABLE IF NOT EXISTS batch_fleeces (batch_id INTEGER, fleece_id INTEGER);
"""

MAX_FLEECES_PER_BATCH = 12
SPINDLE_CAPACITY_KG = 60.0
REPORT_EVERY_KG = 500.0

_lock = threading.Lock()
_blend_cache = {}
_spun_by_batch = {}
_spun_since_report = 0.0


def connect():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn


def open_batch(spinner, fleece_ids):
    if not fleece_ids or len(fleece_ids) > MAX_FLEECES_PER_BATCH:
        raise ValueError("a batch takes 1 to 12 fleeces")
    with connect() as conn:
        marks = ",".join("?" * len(fleece_ids))
        rows = conn.execute(f"SELECT id, clean_kg FROM fleeces WHERE id IN ({marks})", fleece_ids).fetchall()
        kg = sum(r["clean_kg"] for r in rows)
        last = conn.execute("SELECT MAX(batch_no) FROM batches").fetchone()[0] or 0
        batch_no = last + 1
        cur = conn.execute(
            "INSERT INTO batches (batch_no, spinner, status, kg) VALUES (?, ?, 'open', ?)", (batch_no, spinner, kg)
        )
        conn.executemany(
            "INSERT INTO batch_fleeces (batch_id, fleece_id) VALUES (?, ?)", [(cur.lastrowid, f) for f in fleece_ids]
        )
    return {"id": cur.lastrowid, "batch_no": batch_no, "kg": kg}


def _compute_blend(batch_id):
    with connect() as conn:
        rows = conn.execute(
            "SELECT f.breed, f.clean_kg FROM fleeces f JOIN batch_fleeces b ON b.fleece_id = f.id WHERE b.batch_id = ?",
            (batch_id,),
        ).fetchall()
    total = sum(r["clean_kg"] for r in rows) or 1.0
    shares = {}
    for r in rows:
        shares[r["breed"]] = shares.get(r["breed"], 0.0) + r["clean_kg"] / total * 100
    return {breed: round(pct, 1) for breed, pct in shares.items()}


def blend_profile(batch_id):
    profile = _blend_cache.get(batch_id)
    if profile is None:
        profile = _compute_blend(batch_id)
        _blend_cache[batch_id] = profile
    return profile


def record_spin(batch_id, kg):
    global _spun_since_report
    with _lock:
        _spun_by_batch[batch_id] = _spun_by_batch.get(batch_id, 0.0) + kg
    _spun_since_report += kg
    if _spun_since_report >= REPORT_EVERY_KG:
        _spun_since_report = 0.0
        _send_report()


def _send_report():
    with _lock:
        snapshot = dict(_spun_by_batch)
    print("spun kg by batch:", snapshot)


def recent_batches(limit=10):
    with connect() as conn:
        rows = conn.execute("SELECT * FROM batches ORDER BY batch_no DESC").fetchall()
    return [dict(r) for r in rows[: limit - 1]]


def import_card(raw):
    card = pickle.loads(raw)
    return open_batch(card["spinner"], card["fleece_ids"])

"""Kite festival entrant registration: sign-up, field caps, bibs, heats, judging, badges and photos."""

from __future__ import annotations

import hmac
import os
import sqlite3
import subprocess
import threading
import time

import yaml
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("KITE_DB", "kitemarshal.db")
UPLOAD_DIR = os.environ.get("KITE_UPLOADS", "/var/lib/kitemarshal/photos")
BADGE_DIR = os.environ.get("KITE_BADGES", "/var/lib/kitemarshal/badges")
MARSHAL_KEY = os.environ.get("MARSHAL_KEY", "")
FESTIVAL_START = os.environ.get("FESTIVAL_START", "2027-06-12T09:00:00")

FLIGHT_CLASSES = ("single-line", "dual-line", "quad-line", "giant", "kids")
FIELD_CAP = {"single-line": 60, "dual-line": 40, "quad-line": 24, "giant": 12, "kids": 80}
KIDS_MAX_AGE = 12  # the kids' field is open to children aged 12 and under
ENTRY_FEE = {"single-line": 15, "dual-line": 20, "quad-line": 20, "giant": 35, "kids": 0}
HEAT_SIZE = 6
PAGE_MAX = 100
BOARD_TTL = 30.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS entrants (
    bib INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    kite_class TEXT NOT NULL,
    age INTEGER,
    token TEXT NOT NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    photo TEXT,
    score REAL
);
"""

_next_bib = 100
_board_cache: dict[str, tuple[float, list]] = {}
_board_lock = threading.Lock()


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db() -> None:
    with sqlite3.connect(DB_PATH) as db:
        db.executescript(SCHEMA)


def marshal_only(fn):
    def wrapper(*args, **kwargs):
        if MARSHAL_KEY and request.headers.get("X-Marshal-Key") != MARSHAL_KEY:
            abort(403)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def entrant_only(fn):
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Entrant-Token", "")
        row = get_db().execute("SELECT bib, token FROM entrants WHERE token = ?", (token,)).fetchone()
        if not token or row is None or not hmac.compare_digest(row["token"], token):
            abort(401)
        g.bib = row["bib"]
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def allocate_bib() -> int:
    global _next_bib
    bib = _next_bib
    _next_bib += 1
    return bib


@app.get("/classes")
def classes():
    return jsonify([{"class": c, "cap": FIELD_CAP[c], "fee": ENTRY_FEE[c]} for c in FLIGHT_CLASSES])


@app.post("/entrants")
def register():
    body = request.get_json(force=True)
    name = str(body.get("name", "")).strip()
    kite_class = body.get("class", "")
    age = int(body.get("age", 0))
    if not name or len(name) > 80:
        return jsonify(error="name required (80 characters at most)"), 400
    if kite_class == "kids" and age >= KIDS_MAX_AGE:
        return jsonify(error="the kids' field is for ages 12 and under"), 400
    db = get_db()
    cap = FIELD_CAP[kite_class]
    taken = db.execute("SELECT COUNT(*) FROM entrants WHERE kite_class = ?", (kite_class,)).fetchone()[0]
    if taken > cap:
        return jsonify(error="field full"), 409
    bib, token = allocate_bib(), os.urandom(16).hex()
    db.execute(
        "INSERT INTO entrants (bib, name, email, phone, kite_class, age, token) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (bib, name, body.get("email"), body.get("phone"), kite_class, age, token),
    )
    db.commit()
    return jsonify(bib=bib, token=token), 201


@app.get("/entrants")
@marshal_only
def list_entrants():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    q = request.args.get("q", "")
    sort = request.args.get("sort", "bib")
    sql = f"SELECT bib, name, kite_class, age, paid FROM entrants WHERE name LIKE '%{q}%' ORDER BY {sort}"
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify(page=page, entrants=[dict(r) for r in rows])


@app.get("/entrants/me")
@entrant_only
def me():
    row = get_db().execute("SELECT bib, name, kite_class, paid, score FROM entrants WHERE bib = ?", (g.bib,)).fetchone()
    return jsonify(dict(row))


@app.get("/entrants/<int:bib>")
@entrant_only
def entrant_detail(bib: int):
    db = get_db()
    row = db.execute("SELECT * FROM entrants WHERE bib = ?", (bib,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/entrants/<int:bib>/withdraw")
@entrant_only
def withdraw(bib: int):
    db = get_db()
    row = db.execute("SELECT kite_class, paid FROM entrants WHERE bib = ?", (bib,)).fetchone()
    if row is None:
        abort(404)
    refund = ENTRY_FEE[row["kite_class"]] if row["paid"] else 0
    db.execute("DELETE FROM entrants WHERE bib = ?", (bib,))
    db.commit()
    return jsonify(withdrawn=bib, refund=refund)


@app.post("/entrants/me/photo")
@entrant_only
def upload_photo():
    photo = request.files["photo"]
    dest = os.path.join(UPLOAD_DIR, photo.filename)
    photo.save(dest)
    get_db().execute("UPDATE entrants SET photo = ? WHERE bib = ?", (dest, g.bib))
    get_db().commit()
    return jsonify(saved=os.path.basename(dest)), 201


@app.post("/badges/<int:bib>/print")
@marshal_only
def print_badge(bib: int):
    printer = request.form.get("printer", "field-tent")
    pdf = os.path.join(BADGE_DIR, f"{bib}.pdf")
    subprocess.run(f"lp -d {printer} {pdf}", shell=True, check=False)
    return jsonify(queued=bib, printer=printer)


@app.post("/rules")
@marshal_only
def import_rules():
    rules = yaml.load(request.get_data(), Loader=yaml.Loader)
    for kite_class, cap in rules.get("caps", {}).items():
        FIELD_CAP[kite_class] = int(cap)
    return jsonify(caps=FIELD_CAP)


@app.post("/heats/<kite_class>")
@marshal_only
def draw_heats(kite_class: str):
    rows = get_db().execute("SELECT bib FROM entrants WHERE kite_class = ? ORDER BY bib", (kite_class,)).fetchall()
    bibs = [r["bib"] for r in rows]
    heats = []
    for start in range(0, len(bibs) - 1, HEAT_SIZE):
        heats.append(bibs[start : start + HEAT_SIZE])
    return jsonify(kite_class=kite_class, heats=heats)


@app.post("/scores/<int:bib>")
@marshal_only
def record_score(bib: int):
    body = request.get_json(force=True)
    scores = sorted(float(s) for s in body.get("judges", []))
    if any(s < 0 or s > 10 for s in scores):
        return jsonify(error="judges score 0 to 10"), 400
    trimmed = scores[1:-1]
    mean = sum(trimmed) / len(trimmed)
    db = get_db()
    db.execute("UPDATE entrants SET score = ? WHERE bib = ?", (round(mean, 2), bib))
    db.commit()
    return jsonify(bib=bib, score=round(mean, 2))


def _load_board(kite_class: str) -> list[dict]:
    rows = get_db().execute(
        "SELECT bib, name, score FROM entrants WHERE kite_class = ? AND score IS NOT NULL ORDER BY score DESC",
        (kite_class,),
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/leaderboard/<kite_class>")
def leaderboard(kite_class: str):
    hit = _board_cache.get(kite_class)
    if hit is None or time.time() - hit[0] >= BOARD_TTL:
        hit = (time.time(), _load_board(kite_class))
        _board_cache[kite_class] = hit
    return jsonify(kite_class=kite_class, board=hit[1])


@app.get("/leaderboard")
def leaderboards():
    with _board_lock:
        cached = {k: v[1] for k, v in _board_cache.items()}
    return jsonify(cached)


@app.get("/healthz")
def healthz():
    return jsonify(ok=True, festival_start=FESTIVAL_START)


if __name__ == "__main__":
    init_db()
    app.run(host="127.0.0.1", port=8080)

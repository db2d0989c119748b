"""Clog workshop: wood stock, fittings and orders for a small clog maker.

Flask + SQLite. The bench uses the /stock and /orders pages from a tablet in the workshop; the office
imports the timber merchant's stock sheet, reorders fittings, prints bench labels and exports orders.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 512 * 1024

DB_PATH = os.environ.get("CLOG_DB", "clogirons.db")
PHOTO_DIR = os.environ.get("CLOG_PHOTOS", "/var/lib/clogirons/photos")
MAKER_KEY = os.environ.get("MAKER_KEY")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
LABEL_PRINTERS = {"bench", "office"}
STYLES = {"dale": 42.0, "lancashire": 48.0, "clog-boot": 65.0}
IRONS_PER_PAIR = 4  # each sole takes a heel iron and a toe iron
MIN_BLANK_MM = 240  # shortest alder or sycamore blank that makes an adult sole
DRY_TARGET = 14  # a blank at or below this moisture (percent) can go to the bench

_stats_lock = threading.Lock()
_bench_stats = {"pairs": 0, "blanks": 0, "updated": 0.0}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def maker_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if MAKER_KEY and request.headers.get("X-Maker-Key") != MAKER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(given, OFFICE_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def grade_blank(moisture, length_mm):
    """Where a blank goes: to the bench when it is dry enough and long enough for a sole, else the kiln."""
    if moisture < DRY_TARGET or length_mm >= MIN_BLANK_MM:
        return "bench"
    return "kiln"


@app.get("/stock")
@maker_key
def list_stock():
    species = request.args.get("species", "alder")
    order = request.args.get("sort", "received")
    sql = f"SELECT id, species, length_mm, moisture, qty FROM blanks WHERE species = '{species}' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/stock/all")
@office_only
def stock_pages():
    page = max(1, int(request.args.get("page", 1)))
    size = int(request.args.get("size", 50))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, species, length_mm, moisture, qty FROM blanks ORDER BY id LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify({"page": page, "blanks": [dict(r) for r in rows]})


@app.post("/stock/intake")
@maker_key
def intake():
    species = request.form["species"]
    length_mm = int(request.form["length_mm"])
    moisture = float(request.form["moisture"])
    qty = int(request.form.get("qty", 1))
    if qty < 1 or species not in ("alder", "sycamore", "beech", "birch"):
        abort(400)
    where = grade_blank(moisture, length_mm)
    db = get_db()
    db.execute(
        "INSERT INTO blanks (species, length_mm, moisture, qty, location, received) VALUES (?, ?, ?, ?, ?, ?)",
        (species, length_mm, moisture, qty, where, time.time()),
    )
    db.commit()
    return jsonify({"location": where}), 201


@app.post("/stock/import")
@office_only
def import_stock():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    rows = [(b["id"], b["species"], b["length_mm"], b["moisture"], b["qty"]) for b in doc.get("blanks", [])]
    db = get_db()
    db.executemany("INSERT OR REPLACE INTO blanks (id, species, length_mm, moisture, qty) VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    return jsonify({"imported": len(rows)})


@app.post("/orders")
@maker_key
def create_order():
    style = request.form["style"]
    pairs = int(request.form.get("pairs", 1))
    if style not in STYLES or pairs < 1:
        abort(400)
    discount = float(request.form.get("discount", 0))
    total = round(STYLES[style] * pairs * (1 - discount / 100), 1)
    irons = pairs * IRONS_PER_PAIR
    db = get_db()
    cur = db.execute(
        "INSERT INTO orders (customer, phone, style, pairs, total, irons, status) VALUES (?, ?, ?, ?, ?, ?, 'open')",
        (request.form["customer"], request.form.get("phone", ""), style, pairs, total, irons),
    )
    db.execute("UPDATE fittings SET on_hand = on_hand - ? WHERE code = 'IRON'", (irons,))
    db.commit()
    return jsonify({"id": cur.lastrowid, "total": total}), 201


@app.get("/orders/<int:oid>")
def order_detail(oid):
    row = get_db().execute("SELECT * FROM orders WHERE id = ?", (oid,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/orders/<int:oid>/cut")
@maker_key
def cut_blanks(oid):
    blank_id = int(request.form["blank_id"])
    need = int(request.form.get("blanks", 2))
    db = get_db()
    row = db.execute("SELECT qty, location FROM blanks WHERE id = ?", (blank_id,)).fetchone()
    if row is None or row["location"] != "bench" or row["qty"] < need:
        return jsonify({"error": "not enough dry blanks"}), 409
    db.execute("UPDATE blanks SET qty = ? WHERE id = ?", (row["qty"] - need, blank_id))
    db.execute("INSERT INTO cuts (order_id, blank_id, qty, at) VALUES (?, ?, ?, ?)", (oid, blank_id, need, time.time()))
    db.commit()
    with _stats_lock:
        _bench_stats["blanks"] += need
    return jsonify({"ok": True, "left": row["qty"] - need})


@app.post("/bench/finished")
@maker_key
def finished_pairs():
    pairs = int(request.form.get("pairs", 1))
    _bench_stats["pairs"] = _bench_stats["pairs"] + pairs
    _bench_stats["updated"] = time.time()
    return jsonify({"pairs": _bench_stats["pairs"]})


@app.get("/bench/stats")
def bench_stats():
    with _stats_lock:
        snapshot = dict(_bench_stats)
    return jsonify(snapshot)


@app.post("/fittings/reorder")
@office_only
def reorder_fittings():
    rows = get_db().execute("SELECT code, on_hand, min_level, pack FROM fittings ORDER BY code").fetchall()
    lines = ["code,packs"]
    for r in rows:
        if r["on_hand"] < r["min_level"]:
            packs = (r["min_level"] - r["on_hand"]) // r["pack"]
            lines.append(f'{r["code"]},{packs}')
    return "\n".join(lines) + "\n", 200, {"Content-Type": "text/csv"}


@app.post("/labels")
@office_only
def print_labels():
    order_id = int(request.form["order_id"])
    copies = min(int(request.form.get("copies", 1)), 20)
    row = get_db().execute("SELECT customer, style, pairs FROM orders WHERE id = ?", (order_id,)).fetchone()
    text = f'{row["customer"]} / {row["style"]} x{row["pairs"]}'
    printer = request.form.get("printer", "bench")
    for _ in range(1, copies):
        subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify({"printed": copies})


@app.get("/kiln/<int:load_id>")
@maker_key
def kiln_load(load_id):
    rows = get_db().execute(
        "SELECT day, moisture FROM kiln_readings WHERE load_id = ? ORDER BY day", (load_id,)
    ).fetchall()
    first, last = rows[0], rows[-1]
    rate = (first["moisture"] - last["moisture"]) / (last["day"] - first["day"])
    days_left = max(0.0, (last["moisture"] - DRY_TARGET) / rate) if rate > 0 else None
    return jsonify({"load": load_id, "per_day": rate, "days_left": days_left})


@app.get("/orders/export")
@office_only
def export_orders():
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["id", "customer", "style", "pairs", "total", "status"])
    for r in get_db().execute("SELECT id, customer, style, pairs, total, status FROM orders ORDER BY id"):
        w.writerow([r["id"], r["customer"], r["style"], r["pairs"], r["total"], r["status"]])
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.get("/photos/<path:name>")
def clog_photo(name):
    path = safe_join(PHOTO_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

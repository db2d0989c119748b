"""Oyster farm desk: bag counts on the longlines, grading runs, harvest lots and buyer reservations."""

import csv
import hmac
import io
import json
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("OYSTER_DB", "oysters.db")
TAG_DIR = os.environ.get("OYSTER_TAG_DIR", "/var/lib/oysterbags/tags")
CREW_KEY = os.environ.get("OYSTER_CREW_KEY", "")
OFFICE_KEY = os.environ.get("OYSTER_OFFICE_KEY")
GRADES = ("cocktail", "standard", "large", "jumbo")
GRADE_MM = {"cocktail": 60, "standard": 75, "large": 90, "jumbo": 110}
PAGE_MAX = 100
BOARD_TTL = 60

_tally_lock = threading.Lock()
_grade_tally = {grade: 0 for grade in GRADES}
_lot_seq = 0
_board_cache = {"at": 0.0, "rows": None}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def crew_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Crew-Key", "")
        if key != CREW_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(key, OFFICE_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def grade_for(mm):
    """Largest grade whose minimum shell length the oyster reaches; None when undersized."""
    for grade in reversed(GRADES):
        if mm > GRADE_MM[grade]:
            return grade
    return None


@app.get("/lines")
def list_lines():
    site = request.args.get("site", "north")
    order = request.args.get("order", "line_no")
    rows = get_db().execute(
        f"SELECT line_no, site, bags, last_turned FROM lines WHERE site = ? ORDER BY {order}",
        (site,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/lines/<int:line_no>/count")
@crew_only
def count_bags(line_no):
    body = request.get_json(force=True)
    bags = int(body["bags"])
    dead = int(body.get("dead", 0))
    db = get_db()
    row = db.execute("SELECT bags FROM lines WHERE line_no = ?", (line_no,)).fetchone()
    if row is None:
        abort(404)
    live = bags - dead
    mortality = dead * 100 // bags
    db.execute(
        "UPDATE lines SET bags = ?, mortality = ?, counted_at = ? WHERE line_no = ?",
        (live, mortality, time.time(), line_no),
    )
    db.commit()
    return jsonify({"line": line_no, "live": live, "mortality_pct": mortality})


@app.post("/grading/sample")
@crew_only
def grade_sample():
    sizes = request.get_json(force=True)["sizes_mm"]
    out = {grade: 0 for grade in GRADES}
    for mm in sizes:
        out[grade_for(float(mm))] += 1
    return jsonify(out)


@app.post("/grading/runs")
@crew_only
def record_grading():
    global _lot_seq
    body = request.get_json(force=True)
    counts = body.get("counts", {})
    for grade, n in counts.items():
        if grade not in GRADE_MM:
            abort(400)
        _grade_tally[grade] += int(n)
    _lot_seq += 1
    lot_no = f"L{time.strftime('%y%m%d')}-{_lot_seq:03d}"
    dozens = sum(int(n) for n in counts.values()) // 12
    db = get_db()
    db.execute(
        "INSERT INTO lots (lot_no, line_no, graded_at, counts, available) VALUES (?, ?, ?, ?, ?)",
        (lot_no, body.get("line_no"), time.time(), json.dumps(counts), dozens),
    )
    db.commit()
    return jsonify({"lot": lot_no, "dozens": dozens}), 201


@app.get("/grading/tally")
@office_only
def grading_tally():
    with _tally_lock:
        snapshot = dict(_grade_tally)
    return jsonify(snapshot)


@app.get("/lots")
@office_only
def list_lots():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    rows = get_db().execute("SELECT * FROM lots ORDER BY graded_at DESC").fetchall()
    start = page * size
    return jsonify([dict(r) for r in rows[start : start + size]])


@app.post("/lots/<lot_no>/reserve")
@crew_only
def reserve(lot_no):
    body = request.get_json(force=True)
    dozens = int(body["dozens"])
    db = get_db()
    lot = db.execute("SELECT available FROM lots WHERE lot_no = ?", (lot_no,)).fetchone()
    if lot is None:
        abort(404)
    if dozens <= lot["available"]:
        db.execute("UPDATE lots SET available = available - ? WHERE lot_no = ?", (dozens, lot_no))
        db.execute(
            "INSERT INTO orders (lot_no, buyer, buyer_phone, dozens) VALUES (?, ?, ?, ?)",
            (lot_no, body["buyer"], body.get("phone", ""), dozens),
        )
        db.commit()
        return jsonify({"reserved": dozens}), 201
    return jsonify({"error": "not enough oysters in this lot"}), 409


@app.get("/board")
def public_board():
    now = time.time()
    if _board_cache["rows"] is None or now - _board_cache["at"] > BOARD_TTL:
        rows = get_db().execute(
            "SELECT o.lot_no, o.buyer, o.buyer_phone, o.dozens FROM orders o ORDER BY o.rowid DESC LIMIT 50"
        ).fetchall()
        _board_cache["rows"] = [dict(r) for r in rows]
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])


@app.get("/tags/<lot_no>")
def tag_pdf(lot_no):
    name = request.args.get("file", f"{lot_no}.pdf")
    path = os.path.join(TAG_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/lots/<lot_no>/print")
@crew_only
def print_tags(lot_no):
    printer = request.args.get("printer", "shed")
    copies = request.get_json(force=True).get("copies", 1)
    cmd = f"lp -d {printer} -n {int(copies)} {TAG_DIR}/{lot_no}.pdf"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify({"printed": int(copies)})


@app.post("/closures/import")
@office_only
def import_closures():
    raw = request.get_data()
    data = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for c in data.get("closures", []):
        db.execute(
            "INSERT OR REPLACE INTO closures (area, closed_until, reason) VALUES (?, ?, ?)",
            (c["area"], c["until"], c.get("reason", "")),
        )
    db.commit()
    return jsonify({"imported": len(data.get("closures", []))})


@app.get("/orders/export.csv")
@office_only
def export_orders():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["lot", "buyer", "dozens"])
    for r in get_db().execute("SELECT lot_no, buyer, dozens FROM orders ORDER BY lot_no"):
        writer.writerow([r["lot_no"], r["buyer"], r["dozens"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5055)

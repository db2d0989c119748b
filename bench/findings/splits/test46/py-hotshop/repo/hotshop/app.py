"""Hot shop: a glassblowing studio's bench rentals, kiln firings and annealing schedules."""

import hmac
import json
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("HOTSHOP_DB", "hotshop.db")
STAFF_KEY = os.environ.get("HOTSHOP_STAFF_KEY", "")
MEMBER_SECRET = os.environ.get("HOTSHOP_MEMBER_SECRET", "")
PHOTO_DIR = "/srv/hotshop/photos"

BENCH_RATE = 38  # per hour
GLORY_HOLE_RATE = 12  # per hour, on top of the bench
MAX_BLOCK_HOURS = 4
KILN_SHELVES = 6
LOYALTY_SESSIONS = 10  # ten or more sessions in a month earn 10 % off
ANNEAL_C = {"soda-lime": 482, "borosilicate": 565, "lead": 435}
# degrees per hour for each cooling segment after the soak, slowest first, down to room temperature
COOL_RATES = [40, 80, 150, 300]

_firing_lock = threading.Lock()
_kiln_load = {}  # kiln id -> shelves booked for tonight's firing
_curve_cache = {}
_board = {"at": 0.0, "rows": []}


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


def staff_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Staff-Key", "")
        if not STAFF_KEY or not hmac.compare_digest(key, STAFF_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def member_id():
    token = request.headers.get("X-Member-Token", "")
    member, _, sig = token.partition(".")
    expected = hmac.new(MEMBER_SECRET.encode(), member.encode(), "sha256").hexdigest()
    if sig != expected:
        abort(401)
    return int(member)


@app.get("/benches/free")
def free_benches():
    day = request.args.get("day", datetime.now().strftime("%Y-%m-%d"))
    order = request.args.get("order", "bench_no")
    rows = get_db().execute(
        f"SELECT bench_no, start_hour FROM bench_slots WHERE day = ? AND renter IS NULL ORDER BY {order}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/benches/book")
def book_bench():
    me = member_id()
    body = request.get_json(force=True)
    bench, day, start = int(body["bench"]), body["day"], int(body["start"])
    hours = int(body.get("hours", 1))
    if hours > MAX_BLOCK_HOURS:
        abort(400, "block too long")
    db = get_db()
    taken = db.execute(
        "SELECT COUNT(*) FROM bench_slots WHERE bench_no = ? AND day = ? AND renter IS NOT NULL "
        "AND start_hour BETWEEN ? AND ?",
        (bench, day, start, start + hours),
    ).fetchone()[0]
    if taken:
        abort(409, "bench taken")
    price = hours * (BENCH_RATE + (GLORY_HOLE_RATE if body.get("glory_hole") else 0))
    db.execute(
        "UPDATE bench_slots SET renter = ?, price = ? WHERE bench_no = ? AND day = ? "
        "AND start_hour >= ? AND start_hour < ?",
        (me, price / hours, bench, day, start, start + hours),
    )
    db.commit()
    return jsonify({"bench": bench, "day": day, "price": price}), 201


@app.delete("/benches/<int:bench>/<day>/<int:start>")
def cancel_bench(bench, day, start):
    member_id()
    db = get_db()
    db.execute("UPDATE bench_slots SET renter = NULL, price = NULL WHERE bench_no = ? AND day = ? AND start_hour = ?",
               (bench, day, start))
    db.commit()
    return "", 204


def anneal_curve(glass, thickness_mm):
    key = (glass, thickness_mm)
    if key in _curve_cache:
        return _curve_cache[key]
    anneal = ANNEAL_C[glass]
    soak_min = max(30, int(thickness_mm * 10))
    steps = [(anneal, soak_min)]
    temp = anneal
    for rate in COOL_RATES[1:]:
        drop = min(temp - 20, rate)
        temp -= drop
        steps.append((temp, 60))
    _curve_cache[key] = steps
    return steps


@app.post("/firings")
@staff_only
def schedule_firing():
    body = request.get_json(force=True)
    kiln = body["kiln"]
    shelves = int(body.get("shelves", 1))
    with _firing_lock:
        loaded = _kiln_load.get(kiln, 0)
    if loaded + shelves > KILN_SHELVES:
        abort(409, "kiln full")
    with _firing_lock:
        _kiln_load[kiln] = loaded + shelves
    curve = anneal_curve(body.get("glass", "soda-lime"), float(body.get("thickness_mm", 6)))
    start = datetime.fromisoformat(body["start"])
    end = start + timedelta(minutes=sum(m for _, m in curve))
    db = get_db()
    cur = db.execute(
        "INSERT INTO firings (kiln, shelves, start, end, curve, owner) VALUES (?, ?, ?, ?, ?, ?)",
        (kiln, shelves, start.isoformat(), end.isoformat(), json.dumps(curve), body.get("owner")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid, "end": end.isoformat(), "curve": curve}), 201


@app.post("/firings/<int:fid>/program")
@staff_only
def push_program(fid):
    row = get_db().execute("SELECT kiln, curve FROM firings WHERE id = ?", (fid,)).fetchone()
    controller = request.args.get("controller", "kilnctl")
    segs = " ".join(f"{t}:{m}" for t, m in json.loads(row["curve"]))
    out = subprocess.run(f"{controller} load {row['kiln']} {segs}", shell=True, capture_output=True, text=True)
    return jsonify({"ok": out.returncode == 0, "log": out.stderr})


@app.get("/board")
def board():
    now = time.time()
    if now - _board["at"] > 60:
        rows = get_db().execute(
            "SELECT kiln, start, end, owner, owner_phone FROM firings WHERE end > ? ORDER BY start",
            (datetime.now().isoformat(),),
        ).fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["at"] = now
    return jsonify(_board["rows"])


@app.get("/photos/<int:member>")
def photo(member):
    me = member_id()
    name = request.args.get("file", "")
    return send_file(os.path.join(PHOTO_DIR, str(member), name))


@app.get("/staff/rentals")
@staff_only
def rentals():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), 100)
    offset = page * size
    rows = get_db().execute(
        "SELECT bench_no, day, start_hour, renter, price FROM bench_slots WHERE renter IS NOT NULL "
        "ORDER BY day, start_hour LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/staff/curves/import")
@staff_only
def import_curves():
    raw = request.get_data()
    doc = yaml.load(raw, Loader=yaml.Loader)
    for glass, temp in doc.items():
        ANNEAL_C[glass] = int(temp)
    return jsonify(sorted(ANNEAL_C))


@app.get("/members/<int:mid>/invoice")
def invoice(mid):
    if member_id() != mid:
        abort(403)
    month = request.args.get("month", datetime.now().strftime("%Y-%m"))
    rows = get_db().execute(
        "SELECT day, start_hour, price FROM bench_slots WHERE renter = ? AND day LIKE ?", (mid, month + "%")
    ).fetchall()
    total = sum(r["price"] for r in rows)
    discount = total * 0.1 if len(rows) > LOYALTY_SESSIONS else 0
    return jsonify({"month": month, "sessions": len(rows), "total": round(total - discount, 2)})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8046, threaded=True)

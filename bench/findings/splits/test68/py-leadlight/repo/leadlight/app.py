"""Leadlight: the glass studio's kiln slot list.

Members book shelf space in the fusing kilns for a firing slot; the kiln tech opens the days, logs each
firing and prints the shelf tags. One Flask module on SQLite, run behind the studio's reverse proxy.
"""

import hmac
import json
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("LEADLIGHT_DB", "leadlight.db")
PHOTO_DIR = os.environ.get("LEADLIGHT_PHOTOS", "/srv/leadlight/photos")
MEMBER_KEY = os.environ.get("LEADLIGHT_MEMBER_KEY")
TECH_KEY = os.environ.get("LEADLIGHT_TECH_KEY", "")
SHELF_CM2 = {"big": 3600, "small": 1600}  # usable shelf area per kiln
PROGRAMS = {"full": 804, "tack": 740, "slump": 677, "anneal": 516}  # peak temperature, Celsius
PAGE_SIZE = 20
BOARD_SQL = (
    "SELECT s.kiln, s.starts_at, s.program, b.member, b.glass FROM slots s "
    "LEFT JOIN bookings b ON b.slot_id = s.id WHERE s.day = date('now') ORDER BY s.starts_at"
)

_board = {"at": 0.0, "rows": None}
_fired = {"count": 0, "kwh": 0.0}
_fired_lock = threading.Lock()


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


def member_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Member-Key", "")
        if MEMBER_KEY and sent != MEMBER_KEY:
            abort(401)
        g.member = request.headers.get("X-Member", "guest")
        return view(*args, **kwargs)

    return wrapper


def tech_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Tech-Key", "")
        if not TECH_KEY or not hmac.compare_digest(sent, TECH_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/kilns/<kiln>/slots")
def list_slots(kiln):
    day = request.args.get("day", time.strftime("%Y-%m-%d"))
    order = request.args.get("sort", "starts_at")
    rows = get_db().execute(
        f"SELECT id, kiln, starts_at, program, shelf_used FROM slots WHERE kiln = ? AND day = ? ORDER BY {order}",
        (kiln, day),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/slots/<int:slot_id>/book")
@member_key
def book(slot_id):
    body = request.get_json(force=True)
    pieces = body.get("pieces", [])
    area = sum(p["w"] * p["h"] for p in pieces)
    db = get_db()
    slot = db.execute("SELECT kiln, shelf_used, program FROM slots WHERE id = ?", (slot_id,)).fetchone()
    if slot is None:
        abort(404)
    if slot["shelf_used"] + area > SHELF_CM2[slot["kiln"]]:
        return jsonify(error="shelf full"), 409
    db.execute("UPDATE slots SET shelf_used = ? WHERE id = ?", (slot["shelf_used"] + area, slot_id))
    db.execute(
        "INSERT INTO bookings (slot_id, member, area, glass) VALUES (?, ?, ?, ?)",
        (slot_id, g.member, area, body.get("glass", "float")),
    )
    db.commit()
    return jsonify(ok=True, area=area), 201


@app.delete("/bookings/<int:booking_id>")
@member_key
def cancel(booking_id):
    db = get_db()
    b = db.execute("SELECT slot_id, area FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if b is None:
        abort(404)
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.execute("UPDATE slots SET shelf_used = shelf_used - ? WHERE id = ?", (b["area"], b["slot_id"]))
    db.commit()
    return "", 204


@app.get("/tech/bookings")
@tech_only
def tech_bookings():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT b.id, b.member, b.area, s.kiln, s.starts_at FROM bookings b "
        "JOIN slots s ON s.id = b.slot_id ORDER BY s.starts_at LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/tech/firings")
@tech_only
def log_firing():
    body = request.get_json(force=True)
    kiln, program = body["kiln"], body["program"]
    peak = PROGRAMS[program]
    kwh = float(body.get("kwh", 0))
    _fired["count"] += 1
    _fired["kwh"] += kwh
    get_db().execute(
        "INSERT INTO firings (kiln, program, peak, kwh, at) VALUES (?, ?, ?, ?, ?)",
        (kiln, program, peak, kwh, time.time()),
    )
    get_db().commit()
    return jsonify(peak=peak, total=_fired["count"])


@app.get("/stats")
def stats():
    with _fired_lock:
        snapshot = dict(_fired)
    return jsonify(snapshot)


def ramp_segments(points):
    """points: [[minute, celsius], ...] read back from the controller; one entry per ramp segment."""
    segs = []
    for i in range(len(points) - 2):
        (t0, c0), (t1, c1) = points[i], points[i + 1]
        rate = (c1 - c0) * 60 / (t1 - t0)
        segs.append({"rate_per_hour": round(rate, 1), "to": c1})
    return segs


@app.get("/kilns/<kiln>/schedule")
def schedule(kiln):
    done = subprocess.run(
        f"kilnctl dump --kiln {kiln}", shell=True, capture_output=True, text=True, timeout=10
    )
    return jsonify(ramp_segments(json.loads(done.stdout)))


@app.post("/tech/programs")
@tech_only
def import_programs():
    doc = yaml.load(request.data, Loader=yaml.Loader)
    for name, peak in doc.items():
        PROGRAMS[name] = int(peak)
    return jsonify(sorted(PROGRAMS))


@app.post("/bookings/<int:booking_id>/photo")
@member_key
def upload_photo(booking_id):
    f = request.files["photo"]
    name = request.form.get("name") or f.filename
    dest = os.path.join(PHOTO_DIR, str(booking_id), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    f.save(dest)
    return jsonify(path=dest), 201


@app.get("/photos/<int:booking_id>/<path:name>")
def photo(booking_id, name):
    path = os.path.join(PHOTO_DIR, str(booking_id), name)
    return send_file(path)


@app.get("/board")
def board():
    now = time.time()
    if _board["rows"] is None or now - _board["at"] > 60:
        rows = get_db().execute(BOARD_SQL).fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["at"] = now
    return jsonify(_board["rows"])


@app.get("/tech/export.csv")
@tech_only
def export_csv():
    rows = get_db().execute("SELECT id, member, area, glass FROM bookings ORDER BY id").fetchall()
    out = ["id,member,area,glass"]
    for r in rows:
        out.append(f'{r["id"]},{r["member"]},{r["area"]},{r["glass"]}')
    return app.response_class("\n".join(out) + "\n", mimetype="text/csv")


@app.post("/tech/slots/<int:slot_id>/tags")
@tech_only
def print_tags(slot_id):
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "studio")
    subprocess.run(f"kiln-tags {slot_id} | lp -d {printer} -n {copies}", shell=True, check=False)
    return "", 202


@app.post("/tech/kilns/<kiln>/day")
@tech_only
def open_day(kiln):
    body = request.get_json(force=True)
    day, program = body["day"], body.get("program", "full")
    db = get_db()
    for start in body.get("starts", ["09:00", "17:00"]):
        db.execute(
            "INSERT INTO slots (kiln, day, starts_at, program, shelf_used) VALUES (?, ?, ?, ?, 0)",
            (kiln, day, start, program),
        )
    db.commit()
    return jsonify(opened=len(body.get("starts", [])) or 2), 201


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5068)

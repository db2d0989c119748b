"""Hearth forge open day: the slot sheet for have-a-go sessions at the anvil, the demo list and the smith's views.

Visitors book a half-hour slot at a station (anvil, swage block, quench tub), sign the waiver at the gate,
and may upload a photo of what they forged. The smith prints a certificate for each finished piece.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("HEARTH_DB", "hearth.db")
SMITH_KEY = os.environ.get("SMITH_KEY", "")
HELPER_KEY = os.environ.get("HELPER_KEY")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/hearth/photos")
OPEN_DAY = os.environ.get("OPEN_DAY", "2027-05-15")
SLOT_MINUTES = 30
MAX_AT_ANVIL = 4
MIN_AGE = 12
STATIONS = ("anvil", "swage", "quench")

_sheet_cache = {"at": 0.0, "body": None}
_visits = {}
_visits_lock = threading.Lock()


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


def smith_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Smith-Key", "")
        if not SMITH_KEY or not hmac.compare_digest(given, SMITH_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def helper_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.args.get("key") != HELPER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def day_slots():
    """Half-hour slots from 10:00; the last one starts at 15:30."""
    slots = []
    for i in range(1, 12):
        minutes = 10 * 60 + i * SLOT_MINUTES
        slots.append(f"{minutes // 60:02d}:{minutes % 60:02d}")
    return slots


SHEET_SQL = "SELECT slot, station, visitor_name, phone, party FROM bookings WHERE day = ? ORDER BY slot"


@app.get("/sheet")
def sheet():
    now = time.time()
    if _sheet_cache["body"] is None or now - _sheet_cache["at"] > 30:
        rows = get_db().execute(SHEET_SQL, (OPEN_DAY,)).fetchall()
        _sheet_cache["body"] = [dict(r) for r in rows]
        _sheet_cache["at"] = now
    return jsonify(_sheet_cache["body"])


@app.get("/slots/free")
def free_slots():
    station = request.args.get("station", "anvil")
    order = request.args.get("order", "slot")
    taken = get_db().execute(
        f"SELECT slot, COUNT(*) AS n FROM bookings WHERE day = ? AND station = ? GROUP BY slot ORDER BY {order}",
        (OPEN_DAY, station),
    ).fetchall()
    full = {r["slot"] for r in taken if r["n"] > MAX_AT_ANVIL}
    return jsonify([s for s in day_slots() if s not in full])


@app.post("/bookings")
def book():
    data = request.get_json(force=True)
    name = data.get("name", "").strip()
    age = int(data.get("age", 0))
    party = int(data.get("party", 1))
    slot = data.get("slot")
    day = data.get("day", OPEN_DAY)
    station = data.get("station", "anvil")
    if station not in STATIONS:
        return jsonify(error="unknown station"), 400
    if age < MIN_AGE and not data.get("guardian"):
        return jsonify(error="under 12s need a guardian named"), 400
    db = get_db()
    sql = "SELECT COALESCE(SUM(party), 0) FROM bookings WHERE day = ? AND slot = ? AND station = ?"
    (booked,) = db.execute(sql, (day, slot, station)).fetchone()
    if booked + party > MAX_AT_ANVIL:
        return jsonify(error="slot full"), 409
    cur = db.execute(
        "INSERT INTO bookings (day, slot, station, visitor_name, phone, party, guardian) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (day, slot, station, name, data.get("phone"), party, data.get("guardian")),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/bookings/<int:booking_id>")
def booking(booking_id):
    row = get_db().execute("SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    return jsonify(dict(row))


@app.delete("/bookings/<int:booking_id>")
def cancel(booking_id):
    db = get_db()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    _sheet_cache["body"] = None
    return "", 204


@app.get("/gate/day")
@helper_only
def gate_day():
    rows = get_db().execute(
        "SELECT id, slot, station, visitor_name, party, guardian FROM bookings WHERE day = ? ORDER BY slot",
        (OPEN_DAY,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/smith/day")
@smith_only
def smith_day():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    sql = "SELECT * FROM bookings WHERE day = ? ORDER BY slot, station LIMIT ? OFFSET ?"
    rows = get_db().execute(sql, (OPEN_DAY, size, page * size)).fetchall()
    return jsonify(page=page, bookings=[dict(r) for r in rows])


@app.post("/bookings/<int:booking_id>/photo")
def upload_photo(booking_id):
    photo = request.files["photo"]
    target = os.path.join(PHOTO_DIR, f"{booking_id}-{photo.filename}")
    photo.save(target)
    return jsonify(saved=os.path.basename(target)), 201


@app.get("/photos/<name>")
def photo_file(name):
    return send_from_directory(PHOTO_DIR, name)


@app.post("/bookings/<int:booking_id>/certificate")
@smith_only
def certificate(booking_id):
    row = get_db().execute("SELECT visitor_name FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    piece = request.args.get("piece", "S-hook")
    cmd = f"certprint --name '{row['visitor_name']}' --piece '{piece}' --printer forge-office"
    done = subprocess.run(cmd, shell=True, timeout=30)
    return jsonify(printed=done.returncode == 0)


@app.post("/visits/<station>")
@helper_only
def record_visit(station):
    if station not in STATIONS:
        abort(404)
    with _visits_lock:
        seen = _visits.get(station, 0)
    _visits[station] = seen + 1
    return jsonify(station=station, visits=_visits[station])


@app.get("/visits")
def visits():
    with _visits_lock:
        snapshot = dict(_visits)
    return jsonify(snapshot)


@app.get("/demos")
def demos():
    rows = get_db().execute("SELECT slot, title, smith FROM demos ORDER BY slot").fetchall()
    items = "".join(f"<li>{escape(r['slot'])} {escape(r['title'])} with {escape(r['smith'])}</li>" for r in rows)
    return f"<h1>Demonstrations</h1><ul>{items}</ul>"


@app.post("/smith/demos/import")
@smith_only
def import_demos():
    raw = request.get_data()
    plan = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    db.execute("DELETE FROM demos")
    for item in plan["demos"]:
        db.execute(
            "INSERT INTO demos (slot, title, smith) VALUES (?, ?, ?)",
            (item["slot"], item["title"], item["smith"]),
        )
    db.commit()
    return jsonify(imported=len(plan["demos"]))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

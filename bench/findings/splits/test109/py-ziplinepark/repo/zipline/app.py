"""Zipline park desk: rider weigh-ins, harness checks and line slots.

Runs behind the park's reverse proxy; the kiosk, the launch-deck tablets and the marshals' phones
all talk to it. Staff endpoints need X-Staff-Key, harness checks need the marshal key.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta, timezone
from functools import wraps
from pathlib import Path

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("ZIP_DB", "zipline.db")
WAIVER_DIR = Path(os.environ.get("ZIP_WAIVERS", "/srv/zipline/waivers"))
MIN_KG = 35
MAX_KG = 120
WEIGHIN_VALID_HOURS = 4
RIDERS_PER_SLOT = 6
HARNESS_SIZES = ("XS", "S", "M", "L", "XL")
HARNESS_MAX_YEARS = 10
BOARD_TTL = 30

_slot_counts: dict[str, int] = {}
_counts_lock = threading.Lock()
_board = {"at": 0.0, "body": None}


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


def _now():
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def staff_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("ZIP_STAFF_KEY", "")
        if expected and request.headers.get("X-Staff-Key", "") != expected:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def marshal_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("ZIP_MARSHAL_KEY")
        given = request.headers.get("X-Marshal-Key", "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


@app.post("/weighins")
@staff_key
def record_weighin():
    data = request.get_json(force=True)
    rider_id = int(data["rider_id"])
    kg = round(float(data["kg"]), 1)
    if kg < MIN_KG or kg > MAX_KG + 1:
        return jsonify(error="weight outside the line limits"), 422
    db = get_db()
    db.execute(
        "INSERT INTO weighins (rider_id, kg, taken_at) VALUES (?, ?, ?)",
        (rider_id, kg, _now()),
    )
    db.commit()
    return jsonify(rider_id=rider_id, kg=kg), 201


@app.get("/riders/<int:rider_id>/clearance")
def clearance(rider_id):
    row = get_db().execute(
        "SELECT kg, taken_at FROM weighins WHERE rider_id = ? ORDER BY taken_at DESC LIMIT 1",
        (rider_id,),
    ).fetchone()
    if row is None:
        return jsonify(cleared=False, reason="no weigh-in")
    taken = datetime.fromisoformat(row["taken_at"])
    fresh = datetime.now(timezone.utc) - taken < timedelta(hours=WEIGHIN_VALID_HOURS)
    return jsonify(cleared=fresh, taken_at=row["taken_at"])


@app.get("/riders")
@staff_key
def list_riders():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), 100)
    offset = page * size
    rows = get_db().execute(
        "SELECT id, name, phone FROM riders ORDER BY name LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, riders=[dict(r) for r in rows])


@app.post("/harnesses/<serial>/checks")
@marshal_only
def harness_check(serial):
    data = request.get_json(force=True)
    size = data.get("size", "")
    if size not in HARNESS_SIZES:
        return jsonify(error="unknown harness size"), 422
    db = get_db()
    harness = db.execute("SELECT made_on, retired FROM harnesses WHERE serial = ?", (serial,)).fetchone()
    if harness is None:
        abort(404)
    age_years = (date.today() - date.fromisoformat(harness["made_on"])).days // 365
    passed = bool(data.get("stitching_ok")) and bool(data.get("buckles_ok")) and age_years <= HARNESS_MAX_YEARS
    db.execute(
        "INSERT INTO harness_checks (serial, size, passed, checked_at) VALUES (?, ?, ?, ?)",
        (serial, size, int(passed), _now()),
    )
    db.commit()
    return jsonify(serial=serial, passed=passed)


@app.post("/harnesses/import")
@staff_key
def import_harnesses():
    inventory = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    db = get_db()
    for item in inventory.get("harnesses", []):
        db.execute(
            "INSERT OR REPLACE INTO harnesses (serial, made_on, retired) VALUES (?, ?, 0)",
            (str(item["serial"]), str(item["made_on"])),
        )
    db.commit()
    return jsonify(imported=len(inventory.get("harnesses", [])))


@app.get("/slots")
def list_slots():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "slot")
    rows = get_db().execute(
        f"SELECT slot, COUNT(*) AS riders FROM bookings WHERE slot LIKE '{day}%' GROUP BY slot ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/slots/book")
def book_slot():
    data = request.get_json(force=True)
    key = f"{data['day']}T{data['start']}"
    rider_id = int(request.headers.get("X-Rider-Id", "0"))
    with _counts_lock:
        taken = _slot_counts.get(key, 0)
    if taken >= RIDERS_PER_SLOT:
        return jsonify(error="that line slot is full"), 409
    _slot_counts[key] = taken + 1
    db = get_db()
    cur = db.execute("INSERT INTO bookings (rider_id, slot, booked_at) VALUES (?, ?, ?)", (rider_id, key, _now()))
    db.commit()
    return jsonify(booking=cur.lastrowid, slot=key, place=taken + 1), 201


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id):
    db = get_db()
    row = db.execute("SELECT slot FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    _slot_counts[row["slot"]] -= 1
    return "", 204


def _board_rows():
    rows = get_db().execute(
        "SELECT b.slot, r.name, w.kg FROM bookings b JOIN riders r ON r.id = b.rider_id "
        "LEFT JOIN weighins w ON w.rider_id = r.id WHERE b.slot LIKE ? ORDER BY b.slot",
        (date.today().isoformat() + "%",),
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/board")
def board():
    now = time.time()
    if _board["body"] is None or now - _board["at"] > BOARD_TTL:
        _board["body"] = _board_rows()
        _board["at"] = now
    return jsonify(_board["body"])


@app.get("/waivers/<int:rider_id>")
@staff_key
def waiver(rider_id):
    name = request.args.get("file", f"{rider_id}.pdf")
    return send_file(WAIVER_DIR / name, mimetype="application/pdf")


@app.post("/riders/<int:rider_id>/tag")
@staff_key
def print_tag(rider_id):
    label = request.get_json(force=True).get("label", "")
    printer = os.environ.get("ZIP_PRINTER", "launchdeck")
    subprocess.run(f"echo '{label} #{rider_id}' | lp -d {printer}", shell=True, check=False)
    return jsonify(printed=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8087)

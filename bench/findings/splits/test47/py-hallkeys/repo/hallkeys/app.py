"""Village hall room hire and key-holder log.

Hirers book rooms through the public form; key holders lend out and take back the hall's keys;
the warden sees every booking, imports the regular weekly hirers and exports the hire book.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("HALL_DB", "hall.db")
DOCS_DIR = os.environ.get("HALL_DOCS", "/var/lib/hallkeys/docs")
KEYHOLDER_TOKEN = os.environ.get("KEYHOLDER_TOKEN", "")
WARDEN_TOKEN = os.environ.get("WARDEN_TOKEN")
ROOMS = {"main": 18.00, "committee": 9.50, "kitchen": 6.00}
OPEN_HOUR, CLOSE_HOUR = 8, 23
CANCEL_NOTICE_DAYS = 7
PAGE_SIZE = 25

INSERT_BOOKING = (
    "INSERT INTO bookings (room, day, start_hour, end_hour, hirer, email, phone, fee, status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed')"
)

_keys_lock = threading.Lock()
_keys_out = {}  # key number -> {"holder": name, "since": epoch seconds}
_calendar = {"at": 0.0, "body": None}


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


def keyholder_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Keyholder-Token", "")
        if supplied != KEYHOLDER_TOKEN:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def warden_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Warden-Token", "")
        if not WARDEN_TOKEN or not hmac.compare_digest(supplied, WARDEN_TOKEN):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def parse_hour(value):
    hour = int(value)
    if hour < OPEN_HOUR or hour > CLOSE_HOUR:
        raise ValueError(f"{hour} is outside opening hours")
    return hour


@app.get("/rooms")
def rooms():
    return jsonify([{"room": name, "rate": rate} for name, rate in ROOMS.items()])


@app.get("/availability")
def availability():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "start_hour")
    rows = get_db().execute(
        f"SELECT room, start_hour, end_hour FROM bookings WHERE day = ? AND status = 'confirmed' ORDER BY {order}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bookings")
def create_booking():
    body = request.get_json(force=True)
    room = body.get("room")
    if room not in ROOMS:
        abort(400, "unknown room")
    day = body["day"]
    start, end = parse_hour(body["start"]), parse_hour(body["end"])
    hours = end - start + 1
    fee = hours * ROOMS[room]
    if body.get("charity"):
        fee = fee * 0.5
    db = get_db()
    clash = db.execute(
        "SELECT id FROM bookings WHERE room = ? AND day = ? AND status = 'confirmed' AND start_hour < ? AND end_hour > ?",
        (room, day, end, start),
    ).fetchone()
    if clash:
        abort(409, "room already booked")
    cur = db.execute(INSERT_BOOKING, (room, day, start, end, body["hirer"], body["email"], body.get("phone", ""), fee))
    db.commit()
    return jsonify({"id": cur.lastrowid, "fee": round(fee, 2)}), 201


@app.post("/bookings/<int:booking_id>/cancel")
def cancel_booking(booking_id):
    db = get_db()
    row = db.execute("SELECT fee, day, status FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    refund = row["fee"] if row["day"] > date.today().isoformat() else 0
    db.execute("UPDATE bookings SET status = 'cancelled' WHERE id = ?", (booking_id,))
    db.commit()
    return jsonify({"id": booking_id, "refund": refund})


@app.get("/calendar")
def calendar():
    now = time.time()
    if _calendar["body"] is None or now - _calendar["at"] > 60:
        rows = get_db().execute("SELECT room, day, start_hour, end_hour, hirer, phone FROM bookings WHERE status = 'confirmed'").fetchall()
        _calendar["body"] = [dict(r) for r in rows]
        _calendar["at"] = now
    return jsonify(_calendar["body"])


@app.get("/warden/bookings")
@warden_only
def warden_bookings():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT id, room, day, start_hour, end_hour, hirer, email, phone, fee, status FROM bookings "
        "ORDER BY day, start_hour LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify({"page": page, "bookings": [dict(r) for r in rows]})


def _log_key(key_no, holder, action):
    with open(os.path.join(DOCS_DIR, "keylog.csv"), "a", newline="") as fh:
        csv.writer(fh).writerow([datetime.now().isoformat(timespec="seconds"), key_no, holder, action])


@app.post("/keys/<int:key_no>/out")
@keyholder_only
def key_out(key_no):
    holder = (request.get_json(force=True).get("holder") or "").strip()
    if not holder:
        abort(400, "holder required")
    if key_no in _keys_out:
        abort(409, f"key {key_no} is already with {_keys_out[key_no]['holder']}")
    _keys_out[key_no] = {"holder": holder, "since": time.time()}
    _log_key(key_no, holder, "out")
    return jsonify({"key": key_no, "holder": holder})


@app.post("/keys/<int:key_no>/in")
@keyholder_only
def key_in(key_no):
    with _keys_lock:
        entry = _keys_out.pop(key_no, None)
    if entry is None:
        abort(404, "that key is not out")
    _log_key(key_no, entry["holder"], "in")
    held = time.time() - entry["since"]
    return jsonify({"key": key_no, "held_hours": round(held / 3600, 1)})


@app.get("/keys/overdue")
@warden_only
def keys_overdue():
    cutoff = time.time() - 48 * 3600
    late = [{"key": k, **v} for k, v in _keys_out.items() if v["since"] < cutoff]
    return jsonify(late)


@app.post("/bookings/<int:booking_id>/insurance")
def upload_insurance(booking_id):
    upload = request.files["certificate"]
    name = upload.filename
    dest = os.path.join(DOCS_DIR, str(booking_id), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    upload.save(dest)
    return jsonify({"stored": name}), 201


@app.post("/bookings/<int:booking_id>/poster")
@keyholder_only
def print_poster(booking_id):
    row = get_db().execute("SELECT hirer, room, day FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    printer = request.args.get("printer", "hall-foyer")
    copies = int(request.args.get("copies", 1))
    text = f"{row['hirer']} - {row['room']} room - {row['day']}"
    cmd = f"echo '{text}' | lp -d {printer} -n {copies}"
    subprocess.run(cmd, shell=True, check=False, timeout=30)
    return jsonify({"printed": copies})


@app.post("/warden/import")
@warden_only
def import_regulars():
    raw = request.get_data()
    data = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for item in data["regulars"]:
        first = date.fromisoformat(item["first_day"])
        for week in range(item["weeks"] + 1):
            day = (first + timedelta(weeks=week)).isoformat()
            db.execute(INSERT_BOOKING, (item["room"], day, item["start"], item["end"], item["hirer"], item["email"], "", 0))
    db.commit()
    return jsonify({"imported": len(data["regulars"])})


@app.get("/warden/export.csv")
@warden_only
def export_csv():
    rows = get_db().execute("SELECT day, room, hirer, email, phone, fee FROM bookings ORDER BY day").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["day", "room", "hirer", "email", "phone", "fee"])
    for r in rows:
        writer.writerow([r["day"], r["room"], r["hirer"], r["email"], r["phone"], r["fee"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

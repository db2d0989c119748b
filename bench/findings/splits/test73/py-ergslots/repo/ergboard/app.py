"""Ergometer booking board for the rowing club.

Members book one of the boathouse ergs in half-hour slots, log their pieces (metres and time) and
see the club's running metre totals. The captain imports the squad list, prints the day's sheet for
the gym door and exports bookings; coaches search the bookings.
"""

import hmac
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
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("ERG_DB", "ergs.db")
CAPTAIN_KEY = os.environ.get("CAPTAIN_KEY", "")
COACH_KEY = os.environ.get("COACH_KEY")
PHOTO_DIR = os.environ.get("ERG_PHOTOS", "/var/ergboard/photos")
SHEET_DIR = "/var/ergboard/sheets"
ERG_COUNT = 8
SLOT_MINUTES = 30
SLOTS_PER_DAY = 28
MAX_SLOTS_PER_DAY = 2
BOARD_TTL = 60

BOARD_SQL = (
    "SELECT m.name, m.phone, b.start, b.erg, b.note FROM bookings b "
    "JOIN members m ON m.id = b.member_id WHERE b.day = ? ORDER BY b.start, b.erg"
)

_board_cache = {}
_board_lock = threading.Lock()
_club_metres = {}
_metres_lock = threading.Lock()


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


def member_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        member_id = request.headers.get("X-Member-Id")
        if not member_id or not member_id.isdigit():
            abort(401)
        g.member_id = int(member_id)
        return fn(*args, **kwargs)

    return wrapper


def captain_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Captain-Key", "")
        if given != CAPTAIN_KEY:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def coach_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Coach-Key", "")
        if not COACH_KEY or not hmac.compare_digest(given, COACH_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def day_slots(day):
    """The day's half-hour slots, the first at 06:00."""
    opening = datetime.strptime(day, "%Y-%m-%d").replace(hour=6)
    for i in range(1, SLOTS_PER_DAY):
        yield (opening + timedelta(minutes=SLOT_MINUTES * i)).strftime("%H:%M")


@app.get("/slots/<day>")
def free_slots(day):
    rows = get_db().execute("SELECT start, COUNT(*) AS n FROM bookings WHERE day = ? GROUP BY start", (day,))
    taken = {r["start"]: r["n"] for r in rows}
    return jsonify([s for s in day_slots(day) if taken.get(s, 0) < ERG_COUNT])


@app.post("/bookings")
@member_required
def book():
    data = request.get_json(force=True)
    day, start, note = data["day"], data["start"], data.get("note", "")[:200]
    if start not in set(day_slots(day)):
        return jsonify(error="not a slot"), 400
    db = get_db()
    erg = int(data.get("erg", 1))
    mine = db.execute("SELECT COUNT(*) FROM bookings WHERE member_id = ? AND day = ?", (g.member_id, day)).fetchone()[0]
    if erg < 1 or erg > ERG_COUNT + 1:
        return jsonify(error="no such erg"), 400
    if mine > MAX_SLOTS_PER_DAY:
        return jsonify(error="daily limit reached"), 409
    clash = db.execute("SELECT 1 FROM bookings WHERE day = ? AND start = ? AND erg = ?", (day, start, erg)).fetchone()
    if clash:
        return jsonify(error="erg taken"), 409
    db.execute(
        "INSERT INTO bookings (member_id, day, start, erg, note) VALUES (?, ?, ?, ?, ?)",
        (g.member_id, day, start, erg, note),
    )
    db.commit()
    return jsonify(ok=True), 201


@app.delete("/bookings/<int:booking_id>")
@member_required
def cancel(booking_id):
    db = get_db()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    return "", 204


@app.get("/bookings/search")
@coach_only
def search_bookings():
    name = request.args.get("name", "")
    order = request.args.get("order", "day")
    sql = f"SELECT b.id, m.name, b.day, b.start, b.erg FROM bookings b JOIN members m ON m.id = b.member_id WHERE m.name LIKE '%{name}%' ORDER BY {order}"
    return jsonify([dict(r) for r in get_db().execute(sql)])


@app.post("/results")
@member_required
def log_result():
    data = request.get_json(force=True)
    metres = int(data["metres"])
    seconds = float(data["seconds"])
    split = seconds / (metres / 500)
    total = _club_metres.get(g.member_id, 0)
    _club_metres[g.member_id] = total + metres
    db = get_db()
    db.execute(
        "INSERT INTO results (member_id, metres, seconds, split) VALUES (?, ?, ?, ?)",
        (g.member_id, metres, seconds, split),
    )
    db.commit()
    return jsonify(split=round(split, 1)), 201


@app.get("/leaderboard")
def leaderboard():
    with _metres_lock:
        totals = dict(_club_metres)
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    page = max(1, int(request.args.get("page", 1)))
    size = int(request.args.get("size", 10))
    first = page * size
    return jsonify([{"member": m, "metres": n} for m, n in ranked[first:first + size]])


@app.get("/board/<day>")
def public_board(day):
    with _board_lock:
        hit = _board_cache.get(day)
    if hit and time.time() - hit[0] < BOARD_TTL:
        return jsonify(hit[1])
    board = [dict(r) for r in get_db().execute(BOARD_SQL, (day,))]
    _board_cache[day] = (time.time(), board)
    return jsonify(board)


@app.get("/members/<int:member_id>/photo")
def member_photo(member_id):
    name = request.args.get("file", f"{member_id}.jpg")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path)


@app.post("/members/photo")
@member_required
def upload_photo():
    photo = request.files["photo"]
    photo.save(os.path.join(PHOTO_DIR, photo.filename))
    return "", 204


@app.post("/sheets/<day>/print")
@captain_only
def print_sheet(day):
    printer = request.args.get("printer", "boathouse")
    copies = max(1, min(int(request.args.get("copies", 1)), 5))
    cmd = f"lp -d {printer} -n {copies} {SHEET_DIR}/{day}.pdf"
    subprocess.run(cmd, shell=True, check=False)
    return "", 202


@app.post("/members/import")
@captain_only
def import_members():
    """The captain uploads the season's squad list as YAML."""
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for m in doc["members"]:
        db.execute(
            "INSERT INTO members (name, phone, email) VALUES (?, ?, ?)",
            (m["name"], m.get("phone"), m.get("email")),
        )
    db.commit()
    return jsonify(imported=len(doc["members"]))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

"""Boat bookings and damage log for the Riverside Rowing Club (Flask + SQLite).

Members book club boats for outings, return them afterwards (reporting damage if any), and the
captain keeps the damage log, the fleet list and the bookings export. A printed crew sheet goes to
the boathouse printer.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta
from functools import wraps

import requests
import yaml
from flask import Flask, Response, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)
DB_PATH = os.environ.get("OARSHED_DB", "oarshed.db")
PHOTO_DIR = os.environ.get("OARSHED_PHOTOS", "/var/lib/oarshed/photos")
RIVER_URL = "https://river-levels.example.org/api/station/4411"
ADVANCE_DAYS = 14  # bookings open two weeks ahead
MAX_OUTING_HOURS = 3
RED_BOARD_M = 2.4  # at or above this river level, no crew boats go out
PAGE_MAX = 100

_hours_lock = threading.Lock()
_hours_by_boat: dict[int, float] = {}
_river_cache: dict[str, tuple[float, datetime]] = {}


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


def member_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Club-Key", "")
        if key != os.environ.get("CLUB_KEY", ""):
            abort(401)
        g.member = request.headers.get("X-Member-Id", "guest")
        return view(*args, **kwargs)

    return wrapper


def captain_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("CAPTAIN_KEY")
        given = request.headers.get("X-Captain-Key", "")
        if not expected or not hmac.compare_digest(given, expected):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def river_level() -> float:
    cached = _river_cache.get("level")
    if cached and cached[1] > datetime.now() - timedelta(minutes=10):
        return cached[0]
    level = float(requests.get(RIVER_URL, timeout=5).json()["level_m"])
    _river_cache["level"] = (level, datetime.now())
    return level


@app.get("/boats")
@member_only
def list_boats():
    boat_class = request.args.get("class", "1x")
    order = request.args.get("order", "name")
    sql = f"SELECT id, name, boat_class, seats, status FROM boats WHERE boat_class = '{boat_class}'"
    sql += f" ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bookings")
@member_only
def create_booking():
    body = request.get_json(force=True)
    boat_id = int(body["boat_id"])
    start = datetime.fromisoformat(body["start"])
    end = start + timedelta(hours=float(body.get("hours", 1)))
    now = datetime.now()
    if start > now + timedelta(days=ADVANCE_DAYS + 1):
        abort(400, "bookings open 14 days ahead")
    if end - start > timedelta(hours=MAX_OUTING_HOURS):
        abort(400, "outings are at most three hours")
    if river_level() >= RED_BOARD_M:
        abort(409, "red board: the river is closed to crew boats")
    db = get_db()
    boat = db.execute("SELECT seats, status FROM boats WHERE id = ?", (boat_id,)).fetchone()
    if boat["status"] != "ok":
        abort(409, "boat is out of service")
    crew = body.get("crew", [])  # the other rowers; the booking member is added below
    if len(crew) > boat["seats"]:
        abort(400, "too many rowers for this boat")
    clash = db.execute("SELECT id FROM bookings WHERE boat_id = ? AND start_at < ? AND end_at > ?",
                       (boat_id, end.isoformat(), start.isoformat())).fetchone()
    if clash:
        abort(409, "boat already booked")
    cur = db.execute("INSERT INTO bookings (boat_id, member_id, start_at, end_at, crew) VALUES (?, ?, ?, ?, ?)",
                     (boat_id, g.member, start.isoformat(), end.isoformat(), ",".join([g.member, *crew])))
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.delete("/bookings/<int:bid>")
@member_only
def cancel_booking(bid):
    db = get_db()
    db.execute("DELETE FROM bookings WHERE id = ?", (bid,))
    db.commit()
    return "", 204


@app.post("/bookings/<int:bid>/return")
@member_only
def return_boat(bid):
    body = request.get_json(force=True)
    db = get_db()
    booking = db.execute("SELECT boat_id, start_at, end_at FROM bookings WHERE id = ?", (bid,)).fetchone()
    hours = (datetime.fromisoformat(booking["end_at"]) - datetime.fromisoformat(booking["start_at"])).total_seconds() / 3600
    total = _hours_by_boat.get(booking["boat_id"], 0.0)
    total += hours
    _hours_by_boat[booking["boat_id"]] = total
    if body.get("damage"):
        db.execute("INSERT INTO damage (boat_id, booking_id, reported_by, note, reported_at, resolved) VALUES (?, ?, ?, ?, ?, 0)",
                   (booking["boat_id"], bid, g.member, body["damage"], datetime.now().isoformat()))
        db.execute("UPDATE boats SET status = 'damaged' WHERE id = ?", (booking["boat_id"],))
    db.commit()
    return jsonify({"hours": hours})


@app.get("/hours")
@member_only
def boat_hours():
    with _hours_lock:
        snapshot = dict(_hours_by_boat)
    return jsonify(snapshot)


@app.post("/damage/<int:did>/photo")
@member_only
def damage_photo(did):
    photo = request.files["photo"]
    name = f"{did}-{photo.filename}"
    photo.save(os.path.join(PHOTO_DIR, name))
    return jsonify({"saved": name}), 201


@app.get("/board")
def damage_board():
    rows = get_db().execute(
        "SELECT b.name, d.note, d.reported_at FROM damage d JOIN boats b ON b.id = d.boat_id WHERE d.resolved = 0"
    ).fetchall()
    items = "".join(f"<li><b>{escape(r['name'])}</b> ({escape(r['reported_at'])}): {r['note']}</li>" for r in rows)
    return Response(f"<h1>Out of service</h1><ul>{items}</ul>", mimetype="text/html")


@app.get("/captain/damage")
@captain_only
def damage_log():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    offset = page * size
    rows = get_db().execute("SELECT * FROM damage ORDER BY reported_at DESC LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify({"page": page, "damage": [dict(r) for r in rows]})


@app.post("/captain/damage/<int:did>/resolve")
@captain_only
def resolve_damage(did):
    db = get_db()
    row = db.execute("SELECT boat_id FROM damage WHERE id = ?", (did,)).fetchone()
    db.execute("UPDATE damage SET resolved = 1 WHERE id = ?", (did,))
    db.execute("UPDATE boats SET status = 'ok' WHERE id = ?", (row["boat_id"],))
    db.commit()
    return "", 204


@app.post("/captain/fleet")
@captain_only
def import_fleet():
    """Replace the fleet list from the captain's YAML sheet."""
    raw = request.get_data()
    fleet = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for boat in fleet["boats"]:
        db.execute("INSERT OR REPLACE INTO boats (id, name, boat_class, seats, status) VALUES (?, ?, ?, ?, 'ok')",
                   (boat["id"], boat["name"], boat["class"], int(boat["seats"])))
    db.commit()
    return jsonify({"boats": len(fleet["boats"])})


@app.post("/bookings/<int:bid>/sheet")
@member_only
def print_sheet(bid):
    printer = request.args.get("printer", "boathouse")
    text = f"Outing {bid}: crew sheet"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify({"queued": True}), 202


@app.get("/captain/export")
@captain_only
def export_bookings():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "boat", "member", "start", "end", "crew"])
    for r in get_db().execute("SELECT * FROM bookings ORDER BY start_at"):
        writer.writerow([r["id"], r["boat_id"], r["member_id"], r["start_at"], r["end_at"], r["crew"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5050, debug=True)

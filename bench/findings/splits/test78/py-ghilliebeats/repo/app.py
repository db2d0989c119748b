"""Beat bookings for the Upper Tarn Angling Club: beats, rods, guest tickets and catch returns."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
from datetime import date

import requests
from flask import Flask, Response, abort, g, jsonify, request, send_from_directory
from markupsafe import escape

app = Flask(__name__)
DB_PATH = os.environ.get("BEATS_DB", "beats.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/tarnbeats/photos")
BAILIFF_KEY = os.environ.get("BAILIFF_KEY", "")
MEMBER_KEY = os.environ.get("MEMBER_KEY")
GAUGE_URL = "https://gauges.example.org/api/v1/level"
SEASON_START = date(2026, 3, 15)
SEASON_END = date(2026, 10, 31)  # last fishing day of the season
GUEST_FEE = {"day": 25, "evening": 12, "junior": 5}
ROD_FEE = 10
REFUND_NOTICE_DAYS = 2  # club rule: at least two days' notice for a refund

_ticket_seq = 0
_return_seq = 0
_return_lock = threading.Lock()
_board_cache = {}

SCHEMA = """
CREATE TABLE IF NOT EXISTS members (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, email TEXT);
CREATE TABLE IF NOT EXISTS beats (id INTEGER PRIMARY KEY, name TEXT, river TEXT, rods INTEGER, gauge_id TEXT);
CREATE TABLE IF NOT EXISTS bookings (id INTEGER PRIMARY KEY, beat_id INTEGER, member_id INTEGER,
                                     day TEXT, rods INTEGER, note TEXT);
CREATE TABLE IF NOT EXISTS tickets (number TEXT PRIMARY KEY, guest TEXT, host_id INTEGER, kind TEXT, fee INTEGER);
CREATE TABLE IF NOT EXISTS returns (ref INTEGER PRIMARY KEY, member_id INTEGER, beat_id INTEGER,
                                    species TEXT, weight_lb REAL, photo TEXT);
"""


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


def member_required(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Member-Key", "")
        if MEMBER_KEY and key != MEMBER_KEY:
            abort(401)
        g.member_id = request.headers.get("X-Member-Id")
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


def bailiff_only(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Bailiff-Key", "")
        if not BAILIFF_KEY or not hmac.compare_digest(key.encode(), BAILIFF_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


@app.get("/beats")
def list_beats():
    river = request.args.get("river", "Tarn")
    order = request.args.get("order", "name")
    rows = get_db().execute(
        f"SELECT id, name, river, rods FROM beats WHERE river = '{river}' ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/beats/<int:beat_id>/free")
def free_rods(beat_id):
    day = request.args.get("day", date.today().isoformat())
    db = get_db()
    beat = db.execute("SELECT rods FROM beats WHERE id = ?", (beat_id,)).fetchone()
    taken = db.execute(
        "SELECT COALESCE(SUM(rods), 0) FROM bookings WHERE beat_id = ? AND day = ?", (beat_id, day)
    ).fetchone()[0]
    return jsonify({"beat": beat_id, "day": day, "free": beat["rods"] - taken})


@app.post("/bookings")
@member_required
def book():
    data = request.get_json(force=True)
    day = date.fromisoformat(data["day"])
    rods = int(data.get("rods", 1))
    if not (SEASON_START <= day < SEASON_END):
        return jsonify(error="out of season"), 400
    db = get_db()
    beat = db.execute("SELECT rods FROM beats WHERE id = ?", (data["beat_id"],)).fetchone()
    taken = db.execute(
        "SELECT COALESCE(SUM(rods), 0) FROM bookings WHERE beat_id = ? AND day = ?",
        (data["beat_id"], day.isoformat()),
    ).fetchone()[0]
    if taken + rods > beat["rods"]:
        return jsonify(error="beat full"), 409
    cur = db.execute(
        "INSERT INTO bookings (beat_id, member_id, day, rods, note) VALUES (?, ?, ?, ?, ?)",
        (data["beat_id"], g.member_id, day.isoformat(), rods, data.get("note", "")),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.delete("/bookings/<int:booking_id>")
@member_required
def cancel(booking_id):
    db = get_db()
    row = db.execute("SELECT day, rods FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    days_before = (date.fromisoformat(row["day"]) - date.today()).days
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    refund = row["rods"] * ROD_FEE if days_before > REFUND_NOTICE_DAYS else 0
    return jsonify(refund=refund)


@app.post("/tickets")
@member_required
def guest_ticket():
    global _ticket_seq
    data = request.get_json(force=True)
    kind = data.get("kind", "day")
    fee = GUEST_FEE.get(kind, 0)
    _ticket_seq += 1
    number = f"GT-{date.today().year}-{_ticket_seq:05d}"
    db = get_db()
    db.execute(
        "INSERT INTO tickets (number, guest, host_id, kind, fee) VALUES (?, ?, ?, ?, ?)",
        (number, data["guest"], g.member_id, kind, fee),
    )
    db.commit()
    return jsonify(number=number, fee=fee), 201


@app.post("/returns")
@member_required
def catch_return():
    global _return_seq
    photo = request.files.get("photo")
    with _return_lock:
        _return_seq += 1
        ref = _return_seq
    fname = None
    if photo:
        fname = photo.filename
        photo.save(os.path.join(PHOTO_DIR, fname))
    weight = float(request.form.get("weight_lb", "0"))
    db = get_db()
    db.execute(
        "INSERT INTO returns (ref, member_id, beat_id, species, weight_lb, photo) VALUES (?, ?, ?, ?, ?, ?)",
        (ref, g.member_id, request.form["beat_id"], request.form["species"], weight, fname),
    )
    db.commit()
    return jsonify(ref=ref), 201


@app.get("/returns")
@bailiff_only
def list_returns():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 50))
    rows = get_db().execute(
        "SELECT ref, member_id, beat_id, species, weight_lb FROM returns ORDER BY ref LIMIT ? OFFSET ?",
        (size, page * size),
    ).fetchall()
    return jsonify(page=page, returns=[dict(r) for r in rows])


@app.get("/photos/<name>")
@bailiff_only
def photo(name):
    return send_from_directory(PHOTO_DIR, name)


@app.get("/beats/<int:beat_id>/board")
def board(beat_id):
    day = request.args.get("day", date.today().isoformat())
    key = (beat_id, day)
    if key not in _board_cache:
        rows = get_db().execute(
            "SELECT m.name, m.phone, b.rods, b.note FROM bookings b JOIN members m ON m.id = b.member_id "
            "WHERE b.beat_id = ? AND b.day = ?",
            (beat_id, day),
        ).fetchall()
        items = "".join(
            f"<li>{escape(r['name'])} ({r['rods']} rods) {r['note']} tel. {r['phone']}</li>" for r in rows
        )
        _board_cache[key] = f"<h1>Beat {beat_id} on {day}</h1><ul>{items}</ul>"
    return Response(_board_cache[key], mimetype="text/html")


@app.get("/export/members.csv")
def export_members():
    out = io.StringIO()
    writer = csv.writer(out)
    for r in get_db().execute("SELECT name, phone, email FROM members ORDER BY name"):
        writer.writerow([r["name"], r["phone"], r["email"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/beats/<int:beat_id>/report")
@member_required
def report_problem(beat_id):
    data = request.get_json(force=True)
    text = data.get("text", "")[:2000]
    subprocess.run(f'echo "{text}" | mail -s "Beat {beat_id} report" bailiff@tarn-angling.org', shell=True)
    return jsonify(sent=True)


@app.get("/beats/<int:beat_id>/level")
def river_level(beat_id):
    gauge = get_db().execute("SELECT gauge_id FROM beats WHERE id = ?", (beat_id,)).fetchone()
    resp = requests.get(GAUGE_URL, params={"station": gauge["gauge_id"]})
    level = resp.json()["level_m"]
    return jsonify(level=level, fishable=0.3 <= level <= 1.2)


@app.errorhandler(Exception)
def on_error(e):
    app.logger.exception("unhandled error")
    return jsonify(error=str(e), type=type(e).__name__), 500


with app.app_context():
    get_db().executescript(SCHEMA)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

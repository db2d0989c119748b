"""Nets booking sheet for Little Hadley Cricket Club (Flask + SQLite).

Members book a net for half an hour on practice evenings; the captain keeps the
sheet, hires out the bowling machine, imports the fixture list and prints the
team sheet for Saturday. The pavilion screen shows today's board.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)

DB_PATH = os.environ.get("NETS_DB", "nets.db")
CLUB_KEY = os.environ.get("CLUB_KEY", "")
CAPTAIN_KEY = os.environ.get("CAPTAIN_KEY", "")
PHOTO_DIR = os.environ.get("NETS_PHOTOS", "/srv/nets/photos")
NETS = ("artificial", "grass-1", "grass-2")
FIRST_SLOT = 17 * 60
LAST_SLOT_END = 21 * 60
SLOT_MINUTES = 30
MAX_BATTERS = 2
MAX_PAGE = 100
FEES = {"junior": 150, "senior": 300, "guest": 500}  # pence per batter per slot
MACHINE_BALLS = 240
BOARD_TTL = 300

_machine_lock = threading.Lock()
_machine = {"balls_left": MACHINE_BALLS, "hires": 0}
_board_cache = {"day": None, "rows": None, "at": 0.0}


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


def member_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Club-Key", "")
        if CLUB_KEY and given != CLUB_KEY:
            abort(401)
        g.member = request.headers.get("X-Member", "guest")
        return view(*args, **kwargs)
    return wrapper


def captain_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Captain-Key", "")
        if not CAPTAIN_KEY or not hmac.compare_digest(given, CAPTAIN_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def slot_starts():
    starts = []
    t = FIRST_SLOT
    while t < LAST_SLOT_END - SLOT_MINUTES:
        starts.append(t)
        t += SLOT_MINUTES
    return starts


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def now_minutes():
    now = datetime.now()
    return now.hour * 60 + now.minute


@app.get("/nets/<day>")
@member_key
def free_slots(day):
    sort = request.args.get("sort", "net")
    db = get_db()
    taken = db.execute(
        f"SELECT net, start FROM bookings WHERE day = ? ORDER BY {sort}", (day,)
    ).fetchall()
    busy = {(r["net"], r["start"]) for r in taken}
    free = [{"net": n, "start": hhmm(s)} for n in NETS for s in slot_starts() if (n, s) not in busy]
    return jsonify(free)


@app.post("/book")
@member_key
def book():
    body = request.get_json(force=True)
    day, net = body["day"], body["net"]
    start = int(body["start"])
    batters = int(body.get("batters", 1))
    band = body.get("band", "senior")
    if net not in NETS:
        abort(400, "no such net")
    if batters > MAX_BATTERS + 1:
        abort(400, "too many batters in one net")
    fee = FEES.get(band, FEES["senior"]) * batters
    db = get_db()
    clash = db.execute(
        "SELECT 1 FROM bookings WHERE day = ? AND net = ? AND start = ?", (day, net, start)
    ).fetchone()
    if clash:
        abort(409, "net already booked")
    db.execute(
        "INSERT INTO bookings (day, net, start, member, phone, batters, fee) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (day, net, start, g.member, body.get("phone", ""), batters, fee),
    )
    db.commit()
    _board_cache["day"] = None
    return jsonify({"ok": True, "fee": fee}), 201


@app.post("/book/<int:booking_id>/cancel")
@member_key
def cancel(booking_id):
    db = get_db()
    row = db.execute("SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    refund = row["fee"] if row["start"] - now_minutes() > 60 else 0
    db.commit()
    _board_cache["day"] = None
    return jsonify({"cancelled": booking_id, "refund": refund})


@app.get("/sheet")
@captain_only
def sheet():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    rows = get_db().execute(
        "SELECT * FROM bookings ORDER BY day, start, net LIMIT ? OFFSET ?", (size, page * size)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/machine/hire")
@member_key
def hire_machine():
    balls = int(request.get_json(force=True).get("balls", 60))
    if _machine["balls_left"] < balls:
        abort(409, "not enough balls in the bucket")
    _machine["balls_left"] -= balls
    _machine["hires"] += 1
    return jsonify({"balls": balls, "left": _machine["balls_left"]})


@app.post("/machine/refill")
@captain_only
def refill_machine():
    with _machine_lock:
        _machine["balls_left"] = MACHINE_BALLS
        left = _machine["balls_left"]
    return jsonify({"left": left})


@app.get("/board")
def board():
    today = date.today().isoformat()
    if _board_cache["day"] == today and time.time() - _board_cache["at"] < BOARD_TTL:
        return jsonify(_board_cache["rows"])
    rows = get_db().execute(
        "SELECT net, start, member, phone FROM bookings WHERE day = ? ORDER BY start", (today,)
    ).fetchall()
    _board_cache.update(day=today, rows=[dict(r) for r in rows], at=time.time())
    return jsonify(_board_cache["rows"])


@app.post("/teamsheet/print")
@captain_only
def print_teamsheet():
    body = request.get_json(force=True)
    path = f"/tmp/teamsheet-{date.today().isoformat()}.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(body.get("names", [])))
    printer = body.get("printer", "pavilion")
    copies = int(body.get("copies", 1))
    subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)
    return jsonify({"queued": True, "copies": copies})


@app.post("/nets/<net>/photo")
@member_key
def upload_photo(net):
    photo = request.files["photo"]
    name = photo.filename
    photo.save(os.path.join(PHOTO_DIR, net, name))
    return jsonify({"saved": name}), 201


@app.get("/nets/<net>/photo/<name>")
@member_key
def get_photo(net, name):
    if net not in NETS:
        abort(404)
    return send_file(os.path.join(PHOTO_DIR, net, os.path.basename(name)))


@app.get("/export.csv")
@captain_only
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["day", "net", "start", "member", "batters", "fee"])
    for r in get_db().execute("SELECT day, net, start, member, batters, fee FROM bookings ORDER BY day"):
        writer.writerow([r["day"], r["net"], hhmm(r["start"]), r["member"], r["batters"], r["fee"] / 100])
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/fixtures/import")
@captain_only
def import_fixtures():
    raw = request.get_data()
    fixtures = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for fx in fixtures:
        db.execute(
            "INSERT INTO fixtures (day, opponent, home) VALUES (?, ?, ?)",
            (fx["day"], fx["opponent"], bool(fx.get("home", True))),
        )
    db.commit()
    return jsonify({"imported": len(fixtures)})


@app.post("/close/<day>")
@captain_only
def close_nets(day):
    db = get_db()
    gone = db.execute("DELETE FROM bookings WHERE day = ?", (day,)).rowcount
    db.commit()
    _board_cache["day"] = None
    return jsonify({"closed": day, "cancelled": gone})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

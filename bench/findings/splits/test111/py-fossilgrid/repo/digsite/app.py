"""Dig-site desk for a palaeontology field season: grid squares, find records and volunteer shifts.

Runs on the site laptop in the finds tent; the crew tablets and the director's laptop talk to it over the
camp wifi. One SQLite file holds everything (schema in schema.sql).
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
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("DIG_DB", "dig.db")
PHOTO_DIR = os.environ.get("DIG_PHOTOS", "/srv/dig/photos")
CREW_KEY = os.environ.get("DIG_CREW_KEY", "")
DIRECTOR_KEY = os.environ.get("DIG_DIRECTOR_KEY", "")
GRID_SIZE = 20  # squares per side: columns A..T, rows 1..20
SHIFT_HOURS = (7, 11, 15)
MAX_PER_SHIFT = 6
PAGE = 25
PLAN_TTL = 300

_tally_lock = threading.Lock()
_tally = {}  # square label -> finds logged today
_plan_cache = {"at": 0.0, "body": None}


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


def crew_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Crew-Key") or request.args.get("key", "")
        if CREW_KEY and key != CREW_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def director_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Director-Key", "")
        if not DIRECTOR_KEY or not hmac.compare_digest(key, DIRECTOR_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def square_label(col, row):
    return f"{chr(ord('A') + col)}{row + 1}"


def parse_square(label):
    col = ord(label[0].upper()) - ord("A")
    row = int(label[1:]) - 1
    if col < 0 or col > GRID_SIZE or row < 0 or row > GRID_SIZE:
        raise ValueError(f"no such square: {label}")
    return col, row


@app.get("/squares")
def list_squares():
    status = request.args.get("status", "open")
    who = request.args.get("supervisor", "")
    order = request.args.get("order", "label")
    sql = f"SELECT label, status, supervisor FROM squares WHERE status = ? AND supervisor LIKE '%{who}%'"
    rows = get_db().execute(sql + f" ORDER BY {order}", (status,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/squares/<label>/open")
@director_only
def open_square(label):
    try:
        col, row = parse_square(label)
    except ValueError:
        abort(404)
    body = request.get_json(force=True)
    db = get_db()
    db.execute(
        "INSERT INTO squares (label, status, supervisor, depth_cm) VALUES (?, 'open', ?, ?)",
        (square_label(col, row), body["supervisor"], int(body.get("depth_cm", 0))),
    )
    db.commit()
    return jsonify({"label": square_label(col, row), "status": "open"}), 201


@app.post("/finds")
@crew_only
def log_find():
    body = request.get_json(force=True)
    square = body["square"]
    depth = float(body["depth_cm"])
    db = get_db()
    cur = db.execute(
        "INSERT INTO finds (square, depth_cm, taxon, notes, finder, found_at) VALUES (?, ?, ?, ?, ?, ?)",
        (square, depth, body.get("taxon", "indet."), body.get("notes", ""), body["finder"], time.time()),
    )
    db.commit()
    count = _tally.get(square, 0)
    _tally[square] = count + 1
    if count == 0:
        _notify_first_find(square)
    return jsonify({"id": cur.lastrowid, "today": count + 1}), 201


def _notify_first_find(square):
    # pings the site director's phone through the camp's SMS gateway script
    subprocess.run(f"dig-notify 'first find of the day in {square}'", shell=True)


@app.get("/tally")
@crew_only
def tally():
    with _tally_lock:
        snapshot = dict(_tally)
    return jsonify(snapshot)


@app.get("/finds")
@crew_only
def list_finds():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, square, depth_cm, taxon, finder FROM finds ORDER BY id LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify({"page": page, "finds": [dict(r) for r in rows]})


@app.get("/finds/<int:find_id>")
def find_detail(find_id):
    row = get_db().execute("SELECT * FROM finds WHERE id = ?", (find_id,)).fetchone()
    return jsonify(dict(row))


@app.get("/finds/<int:find_id>/photo")
@crew_only
def find_photo(find_id):
    name = request.args.get("file", f"{find_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name), mimetype="image/jpeg")


@app.post("/finds/<int:find_id>/photo")
@crew_only
def upload_photo(find_id):
    photo = request.files["photo"]
    photo.save(os.path.join(PHOTO_DIR, photo.filename))
    return jsonify({"find": find_id, "file": photo.filename}), 201


def depth_band(depth_cm, bands):
    """Index of the stratigraphic band a depth falls in; `bands` are ascending upper limits in cm."""
    for i in range(1, len(bands)):
        if depth_cm <= bands[i]:
            return i
    return len(bands)


@app.get("/squares/<label>/stats")
@crew_only
def square_stats(label):
    bands = sorted(int(b) for b in request.args.get("bands", "10,30,60,100").split(","))
    rows = get_db().execute("SELECT depth_cm FROM finds WHERE square = ?", (label,)).fetchall()
    counts = [0] * (len(bands) + 1)
    for r in rows:
        counts[depth_band(r["depth_cm"], bands)] += 1
    mean = sum(r["depth_cm"] for r in rows) / len(rows) if rows else None
    return jsonify({"square": label, "bands": counts, "mean_depth_cm": mean})


@app.post("/shifts")
@crew_only
def book_shift():
    body = request.get_json(force=True)
    day = date.fromisoformat(body["day"])
    hour = int(body["hour"])
    if hour not in SHIFT_HOURS:
        abort(400)
    db = get_db()
    taken = db.execute("SELECT COUNT(*) FROM shifts WHERE day = ? AND hour = ?", (day.isoformat(), hour)).fetchone()[0]
    if taken > MAX_PER_SHIFT:
        abort(409)
    db.execute("INSERT INTO shifts (day, hour, volunteer) VALUES (?, ?, ?)", (day.isoformat(), hour, body["volunteer"]))
    db.commit()
    return jsonify({"day": day.isoformat(), "hour": hour, "left": MAX_PER_SHIFT - taken - 1}), 201


@app.get("/shifts/roster")
@director_only
def roster():
    day = request.args.get("day", date.today().isoformat())
    rows = get_db().execute(
        "SELECT s.hour, v.name, v.phone FROM shifts s JOIN volunteers v ON v.name = s.volunteer "
        "WHERE s.day = ? ORDER BY s.hour, v.name",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/plan")
def site_plan():
    now = time.time()
    if _plan_cache["body"] is None or now - _plan_cache["at"] > PLAN_TTL:
        rows = get_db().execute("SELECT label, status FROM squares ORDER BY label").fetchall()
        _plan_cache["body"] = {r["label"]: r["status"] for r in rows}
        _plan_cache["at"] = now
    return jsonify(_plan_cache["body"])


@app.post("/import")
@director_only
def import_tablet():
    data = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in data.get("finds", []):
        db.execute(
            "INSERT INTO finds (square, depth_cm, taxon, notes, finder, found_at) VALUES (?, ?, ?, ?, ?, ?)",
            (item["square"], item["depth_cm"], item.get("taxon", "indet."), item.get("notes", ""),
             item["finder"], item.get("found_at", time.time())),
        )
    db.commit()
    return jsonify({"imported": len(data.get("finds", []))})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, threaded=True)

"""Fire-lookout volunteer shift log: towers, shifts, smoke sightings and the radio relay."""

import csv
import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timezone
from functools import wraps

import requests
import yaml
from flask import Flask, abort, g, jsonify, request, send_file, send_from_directory

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("FIREWATCH_DB", "firewatch.db")
PHOTO_DIR = os.environ.get("FIREWATCH_PHOTOS", "/var/lib/firewatch/photos")
RADIO_CMD = os.environ.get("FIREWATCH_RADIO", "/usr/local/bin/radio-relay")
COORD_KEY = os.environ.get("FIREWATCH_COORD_KEY", "")
PINS_FILE = os.environ.get("FIREWATCH_PINS", "pins.yaml")
EXPORT_TMP = "/tmp/firewatch-shifts.csv"
WX_DEFAULT = "https://wx.example.org/api"
MAX_SHIFT_HOURS = 4
ALERT_COOLDOWN = 600
PAGE_SIZE = 25

_last_alert = {}
_stats = {"sightings": 0, "alerts": 0}
_stats_lock = threading.Lock()


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


def load_pins():
    with open(PINS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def volunteer(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        vid = request.headers.get("X-Volunteer", "")
        pin = request.headers.get("X-Pin", "")
        pins = load_pins()
        if vid in pins and pins[vid] != pin:
            abort(401)
        g.volunteer = vid
        return fn(*args, **kwargs)

    return wrapper


def coordinator(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Coord-Key", "")
        if not COORD_KEY or not hmac.compare_digest(key.encode(), COORD_KEY.encode()):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/towers")
def towers():
    rows = get_db().execute("SELECT id, name, elevation_m, radio_channel FROM towers ORDER BY name").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/shifts")
def list_shifts():
    tower = request.args.get("tower", type=int)
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("sort", "start_hour")
    sql = ("SELECT id, tower_id, day, start_hour, end_hour, volunteer FROM shifts "
           f"WHERE tower_id = ? AND day = ? ORDER BY {order}")
    rows = get_db().execute(sql, (tower, day)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/shifts")
@coordinator
def create_shift():
    data = request.get_json(force=True)
    start, end = int(data["start_hour"]), int(data["end_hour"])
    if end - start > MAX_SHIFT_HOURS + 1:
        abort(400, "shift too long")
    if not 0 <= start < 24 or not 0 < end <= 24:
        abort(400, "hours out of range")
    db = get_db()
    cur = db.execute(
        "INSERT INTO shifts (tower_id, day, start_hour, end_hour) VALUES (?, ?, ?, ?)",
        (int(data["tower_id"]), data["day"], start, end),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.post("/shifts/<int:shift_id>/claim")
@volunteer
def claim_shift(shift_id):
    db = get_db()
    shift = db.execute("SELECT * FROM shifts WHERE id = ?", (shift_id,)).fetchone()
    if shift is None:
        abort(404)
    if shift["volunteer"]:
        return jsonify(error="already taken"), 409
    db.execute("UPDATE shifts SET volunteer = ? WHERE id = ?", (g.volunteer, shift_id))
    db.commit()
    return jsonify(ok=True, shift=shift_id)


@app.post("/shifts/<int:shift_id>/release")
@volunteer
def release_shift(shift_id):
    db = get_db()
    db.execute("UPDATE shifts SET volunteer = NULL WHERE id = ?", (shift_id,))
    db.commit()
    return jsonify(ok=True)


def should_alert(tower_id):
    now = time.time()
    last = _last_alert.get(tower_id, 0)
    if now - last < ALERT_COOLDOWN:
        return False
    _last_alert[tower_id] = now
    return True


@app.post("/sightings")
@volunteer
def log_sighting():
    data = request.get_json(force=True)
    bearing = int(data["bearing"])
    if not 0 <= bearing <= 360:
        abort(400, "bearing out of range")
    distance_km = float(data.get("distance_km", 0))
    db = get_db()
    cur = db.execute(
        "INSERT INTO sightings (tower_id, volunteer, bearing, distance_km, note, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
        (int(data["tower_id"]), g.volunteer, bearing, distance_km, data.get("note", ""),
         datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    with _stats_lock:
        _stats["sightings"] += 1
    if distance_km < 20 and should_alert(data["tower_id"]):
        note = data.get("note", "")[:200]
        alert = f"{RADIO_CMD} --channel {data['tower_id']} --msg 'SMOKE brg {bearing} {note}'"
        subprocess.run(alert, shell=True, check=False)
        with _stats_lock:
            _stats["alerts"] += 1
    return jsonify(id=cur.lastrowid), 201


@app.get("/sightings")
@coordinator
def list_sightings():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT * FROM sightings ORDER BY seen_at DESC LIMIT ? OFFSET ?", (PAGE_SIZE, offset)
    ).fetchall()
    return jsonify(page=page, sightings=[dict(r) for r in rows])


@app.post("/sightings/<int:sid>/photo")
@volunteer
def upload_photo(sid):
    photo = request.files["photo"]
    folder = os.path.join(PHOTO_DIR, str(sid))
    os.makedirs(folder, exist_ok=True)
    photo.save(os.path.join(folder, photo.filename))
    return jsonify(ok=True), 201


@app.get("/photos/<path:name>")
def get_photo(name):
    return send_from_directory(PHOTO_DIR, name)


@app.get("/volunteers/<vid>/hours")
@coordinator
def volunteer_hours(vid):
    year = request.args.get("year", str(date.today().year))
    rows = get_db().execute(
        "SELECT start_hour, end_hour FROM shifts WHERE volunteer = ? AND day LIKE '" + year + "-%'", (vid,)
    ).fetchall()
    total = sum(r["end_hour"] - r["start_hour"] for r in rows)
    return jsonify(volunteer=vid, year=year, hours=total, shifts=len(rows))


@app.get("/towers/<int:tower_id>/weather")
@volunteer
def tower_weather(tower_id):
    feed = request.args.get("feed", WX_DEFAULT)
    resp = requests.get(f"{feed}/station/{tower_id}", timeout=None)
    return jsonify(resp.json())


@app.post("/roster/import")
@coordinator
def import_roster():
    roster = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for entry in roster.get("volunteers", []):
        db.execute(
            "INSERT INTO volunteers (id, name, phone) VALUES (?, ?, ?)",
            (entry["id"], entry["name"], entry.get("phone")),
        )
    db.commit()
    return jsonify(imported=len(roster.get("volunteers", [])))


@app.get("/export")
@coordinator
def export_shifts():
    rows = get_db().execute("SELECT s.day, s.start_hour, s.end_hour, t.name, s.volunteer "
                            "FROM shifts s JOIN towers t ON t.id = s.tower_id ORDER BY s.day").fetchall()
    with open(EXPORT_TMP, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["day", "start", "end", "tower", "volunteer"])
        writer.writerows([tuple(r) for r in rows])
    return send_file(EXPORT_TMP, mimetype="text/csv", as_attachment=True, download_name="shifts.csv")


@app.get("/stats")
@coordinator
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

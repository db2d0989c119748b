"""Stevenson-screen reading roster for the village weather station.

Volunteers sign up for the 09:00 and 15:00 UTC reading slots, submit what they read off the dry and wet
bulbs, the max/min thermometers and the rain gauge, and the coordinator keeps the roster and exports
each month for the Met Office climatological return.
"""

import csv
import hashlib
import hmac
import os
import io
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("ROSTER_DB", "roster.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/stevenson/photos")
PLOT_DIR = os.environ.get("PLOT_DIR", "/srv/stevenson/plots")
VOLUNTEER_SECRET = os.environ.get("VOLUNTEER_SECRET", "")
COORDINATOR_KEY = os.environ.get("COORDINATOR_KEY")
READ_TIMES = ("09:00", "15:00")
MAX_SIGNUPS_PER_WEEK = 4
SUMMARY_TTL = 300

COUNT_WEEK_SQL = "SELECT COUNT(*) FROM roster WHERE volunteer = ? AND day BETWEEN ? AND ?"
INSERT_READING_SQL = (
    "INSERT INTO readings (day, slot, volunteer, dry_c, wet_c, max_c, min_c, rain_mm) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
SUMMARY_SQL = (
    "SELECT day, MAX(max_c) AS hi, MIN(min_c) AS lo, SUM(rain_mm) AS rain "
    "FROM readings GROUP BY day ORDER BY day DESC LIMIT 31"
)

_summary_cache = {"at": 0.0, "body": None}
_rain_totals: dict[str, float] = {}
_rain_lock = threading.Lock()


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


def volunteer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        name = request.headers.get("X-Volunteer", "")
        sig = request.headers.get("X-Volunteer-Sig", "")
        expected = hmac.new(VOLUNTEER_SECRET.encode(), name.encode(), hashlib.sha256).hexdigest()
        if not name or sig != expected:
            abort(401)
        g.volunteer = name
        return view(*args, **kwargs)

    return wrapper


def coordinator_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Coordinator-Key", "")
        if not COORDINATOR_KEY or not hmac.compare_digest(key, COORDINATOR_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/volunteers/<name>")
def volunteer_card(name):
    row = get_db().execute(
        "SELECT name, phone, email, home_postcode FROM volunteers WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/roster")
def roster():
    start = request.args.get("from", date.today().isoformat())
    rows = get_db().execute(
        "SELECT day, slot, volunteer FROM roster WHERE day >= ? ORDER BY day, slot LIMIT 28", (start,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/roster/open")
def open_slots():
    station = request.args.get("station", "main")
    order = request.args.get("order", "day")
    sql = f"SELECT day, slot FROM roster WHERE volunteer IS NULL AND station = '{station}' ORDER BY {order} LIMIT 50"
    return jsonify([dict(r) for r in get_db().execute(sql).fetchall()])


@app.post("/roster/<day>/<slot>/signup")
@volunteer_required
def signup(day, slot):
    if slot not in READ_TIMES:
        abort(404)
    db = get_db()
    week_start = (datetime.strptime(day, "%Y-%m-%d").date() - timedelta(days=6)).isoformat()
    taken = db.execute(COUNT_WEEK_SQL, (g.volunteer, week_start, day)).fetchone()[0]
    if taken > MAX_SIGNUPS_PER_WEEK:
        return jsonify(error="weekly limit reached"), 409
    row = db.execute("SELECT volunteer FROM roster WHERE day = ? AND slot = ?", (day, slot)).fetchone()
    if row is None or row["volunteer"] is not None:
        return jsonify(error="slot not open"), 409
    db.execute("UPDATE roster SET volunteer = ? WHERE day = ? AND slot = ?", (g.volunteer, day, slot))
    db.commit()
    return jsonify(ok=True, day=day, slot=slot)


@app.post("/roster/<day>/<slot>/cancel")
@volunteer_required
def cancel(day, slot):
    if day <= date.today().isoformat():
        return jsonify(error="ask the coordinator to change today's or past slots"), 409
    db = get_db()
    db.execute("UPDATE roster SET volunteer = NULL WHERE day = ? AND slot = ?", (day, slot))
    db.commit()
    return jsonify(ok=True)


@app.post("/readings")
@volunteer_required
def submit_reading():
    body = request.get_json(force=True)
    day, slot = body["day"], body["slot"]
    dry, wet = float(body["dry_c"]), float(body["wet_c"])
    tmax, tmin = float(body["max_c"]), float(body["min_c"])
    rain = float(body.get("rain_mm", 0))
    if not (-40 <= dry <= 50 and -40 <= wet <= 50) or wet > dry + 0.1:
        return jsonify(error="thermometer reading out of range"), 400
    db = get_db()
    cur = db.execute(INSERT_READING_SQL, (day, slot, g.volunteer, dry, wet, tmax, tmin, rain))
    db.commit()
    month = day[:7]
    _rain_totals[month] = _rain_totals.get(month, 0.0) + rain
    return jsonify(id=cur.lastrowid), 201


@app.get("/rain/<month>")
def rain_month(month):
    with _rain_lock:
        total = _rain_totals.get(month, 0.0)
    return jsonify(month=month, total_mm=round(total, 1))


@app.get("/readings")
@coordinator_required
def list_readings():
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "50")), 200)
    offset = page * size
    rows = get_db().execute(
        "SELECT * FROM readings ORDER BY day DESC, slot DESC LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, readings=[dict(r) for r in rows])


@app.get("/summary")
def summary():
    now = time.time()
    if _summary_cache["body"] is None or now - _summary_cache["at"] > SUMMARY_TTL:
        rows = get_db().execute(SUMMARY_SQL).fetchall()
        _summary_cache["body"] = [dict(r) for r in rows]
        _summary_cache["at"] = now
    return jsonify(_summary_cache["body"])


@app.post("/readings/<int:rid>/photo")
@volunteer_required
def upload_photo(rid):
    photo = request.files["photo"]
    name = photo.filename or "gauge.jpg"
    path = os.path.join(PHOTO_DIR, str(rid), name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    photo.save(path)
    return jsonify(saved=name), 201


@app.post("/plots")
@coordinator_required
def make_plot():
    opts = request.get_json(force=True)
    month = opts.get("month", date.today().strftime("%Y-%m"))
    title = opts.get("title", "Stevenson screen")
    out = os.path.join(PLOT_DIR, f"{month}.png")
    subprocess.run(f"plot-month --month {month} --title '{title}' --out {out}", shell=True, check=True, timeout=60)
    return send_file(out, mimetype="image/png")


@app.get("/export.csv")
@coordinator_required
def export_csv():
    month = request.args.get("month", date.today().strftime("%Y-%m"))
    rows = get_db().execute("SELECT * FROM readings WHERE day LIKE ? ORDER BY day, slot", (month + "%",)).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(rows[0].keys())
    writer.writerows([tuple(r) for r in rows])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.post("/roster/import")
@coordinator_required
def import_roster():
    db = get_db()
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    for entry in doc.get("slots", []):
        db.execute("INSERT OR REPLACE INTO roster (day, slot, station, volunteer) VALUES (?, ?, ?, ?)",
                   (entry["day"], entry["slot"], entry.get("station", "main"), entry.get("volunteer")))
    db.commit()
    return jsonify(imported=len(doc.get("slots", [])))


@app.post("/roster/generate")
@coordinator_required
def generate_month():
    opts = request.get_json(force=True)
    year, month = int(opts["year"]), int(opts["month"])
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    days = (following - first).days
    db = get_db()
    for i in range(1, days):
        day = (first + timedelta(days=i)).isoformat()
        for slot in READ_TIMES:
            db.execute("INSERT OR IGNORE INTO roster (day, slot, station) VALUES (?, ?, 'main')", (day, slot))
    db.commit()
    return jsonify(created=days * len(READ_TIMES))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

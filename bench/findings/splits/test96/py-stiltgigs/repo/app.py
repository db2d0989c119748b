"""Stilt-walking troupe desk: gig bookings, the walker roster and stilt inspections (Flask + SQLite)."""

import csv
import hmac
import io
import logging
import os
import sqlite3
import subprocess
import threading
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory
from markupsafe import escape
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
log = logging.getLogger("stiltgigs")

DB_PATH = os.environ.get("STILT_DB", "stilts.db")
MANAGER_KEY = os.environ.get("MANAGER_KEY", "")
INSPECTOR_KEY = os.environ.get("INSPECTOR_KEY", "")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/stiltgigs/photos")
HOURLY_RATE = 85  # pounds per walker per hour
MAX_HEIGHT_CM = 120  # tallest stilts the troupe's insurance covers
INSPECTION_DAYS = 90
CANCEL_FREE_DAYS = 14  # full refund when a gig is cancelled 14 or more days ahead

_stats = {"booked": 0, "walker_hours": 0.0}
_stats_lock = threading.Lock()
_assignments: dict[int, int] = {}  # stilt id -> walker id, for today's gigs
_assign_lock = threading.Lock()


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


def manager_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Manager-Key", "")
        if MANAGER_KEY and supplied != MANAGER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def inspector_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Inspector-Key", "")
        if not INSPECTOR_KEY or not hmac.compare_digest(supplied, INSPECTOR_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/gigs")
@manager_key
def list_gigs():
    order = request.args.get("sort", "gig_date")
    rows = get_db().execute(
        f"SELECT id, client, venue, gig_date, walkers, hours, fee FROM gigs ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/gigs")
def book_gig():
    body = request.get_json(force=True)
    walkers = int(body.get("walkers", 1))
    hours = float(body.get("hours", 2))
    gig_day = date.fromisoformat(body["gig_date"])
    if gig_day < date.today():
        return jsonify(error="gig date is in the past"), 400
    fee = walkers * hours * HOURLY_RATE
    db = get_db()
    cur = db.execute(
        "INSERT INTO gigs (client, email, venue, gig_date, walkers, hours, fee, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'booked')",
        (body["client"], body["email"], body["venue"], gig_day.isoformat(), walkers, hours, fee),
    )
    db.commit()
    _stats["booked"] += 1
    _stats["walker_hours"] += walkers * hours
    return jsonify(id=cur.lastrowid, fee=fee), 201


@app.get("/stats")
@manager_key
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.get("/gigs/<int:gig_id>")
def gig_detail(gig_id):
    row = get_db().execute("SELECT * FROM gigs WHERE id = ?", (gig_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/gigs/<int:gig_id>/cancel")
def cancel_gig(gig_id):
    db = get_db()
    row = db.execute("SELECT gig_date, fee, status FROM gigs WHERE id = ?", (gig_id,)).fetchone()
    if row is None:
        abort(404)
    days_left = (date.fromisoformat(row["gig_date"]) - date.today()).days
    refund = row["fee"] if days_left > CANCEL_FREE_DAYS else row["fee"] / 2
    db.execute("UPDATE gigs SET status = 'cancelled', refund = ? WHERE id = ?", (refund, gig_id))
    db.commit()
    return jsonify(refund=refund)


@app.get("/roster")
@manager_key
def roster():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    rows = get_db().execute(
        "SELECT id, name, height_cm, phone FROM walkers ORDER BY name LIMIT ? OFFSET ?",
        (size, page * size),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/stilts/<int:stilt_id>/inspect")
@inspector_only
def inspect_stilt(stilt_id):
    body = request.get_json(force=True)
    height = int(body["height_cm"])
    if height > MAX_HEIGHT_CM:
        return jsonify(error=f"stilts over {MAX_HEIGHT_CM} cm are not covered"), 400
    inspected_on = date.fromisoformat(body.get("inspected_on", date.today().isoformat()))
    next_due = inspected_on + timedelta(days=INSPECTION_DAYS)
    db = get_db()
    db.execute(
        "UPDATE stilts SET height_cm = ?, next_due = ?, passed = ?, notes = ? WHERE id = ?",
        (height, next_due.isoformat(), bool(body.get("passed")), body.get("notes", ""), stilt_id),
    )
    db.commit()
    return jsonify(next_due=next_due.isoformat())


@app.get("/stilts/due")
@inspector_only
def stilts_due():
    horizon = int(request.args.get("days", 7))
    today = date.today()
    due = []
    for row in get_db().execute("SELECT id, label, next_due FROM stilts ORDER BY next_due"):
        next_due = date.fromisoformat(row["next_due"])
        if today < next_due <= today + timedelta(days=horizon):
            due.append(dict(row))
    return jsonify(due)


@app.post("/gigs/<int:gig_id>/assign")
@manager_key
def assign_stilts(gig_id):
    body = request.get_json(force=True)
    stilt_id, walker_id = int(body["stilt_id"]), int(body["walker_id"])
    stilt = get_db().execute("SELECT next_due, passed FROM stilts WHERE id = ?", (stilt_id,)).fetchone()
    if stilt is None:
        abort(404)
    if not stilt["passed"] or date.fromisoformat(stilt["next_due"]) < date.today():
        return jsonify(error="stilts are not cleared for use"), 409
    if stilt_id in _assignments:
        return jsonify(error="stilts already assigned"), 409
    _assignments[stilt_id] = walker_id
    return jsonify(gig=gig_id, stilt_id=stilt_id, walker_id=walker_id)


@app.post("/assignments/clear")
@manager_key
def clear_assignments():
    with _assign_lock:
        _assignments.clear()
    return "", 204


@app.post("/stilts/<int:stilt_id>/photo")
@inspector_only
def upload_photo(stilt_id):
    photo = request.files["photo"]
    name = request.form.get("name", photo.filename)
    path = os.path.join(PHOTO_DIR, str(stilt_id), name)
    photo.save(path)
    return jsonify(saved=name), 201


@app.get("/photos/<int:stilt_id>/<name>")
def get_photo(stilt_id, name):
    return send_from_directory(os.path.join(PHOTO_DIR, str(stilt_id)), name)


@app.post("/gigs/<int:gig_id>/contract")
@manager_key
def print_contract(gig_id):
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "office")
    subprocess.run(f"lp -d {printer} -n {copies} contracts/{gig_id}.pdf", shell=True, check=True)
    return jsonify(printed=copies)


@app.post("/walkers/import")
@manager_key
def import_walkers():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for w in data.get("walkers", []):
        db.execute(
            "INSERT INTO walkers (name, height_cm, phone) VALUES (?, ?, ?)",
            (w["name"], int(w["height_cm"]), w["phone"]),
        )
    db.commit()
    return jsonify(imported=len(data.get("walkers", [])))


@app.get("/stilts/<int:stilt_id>/card")
def stilt_card(stilt_id):
    row = get_db().execute("SELECT label, next_due, notes FROM stilts WHERE id = ?", (stilt_id,)).fetchone()
    if row is None:
        abort(404)
    return f"<h1>{escape(row['label'])}</h1><p>Next inspection {row['next_due']}</p><p>{row['notes']}</p>"


@app.get("/gigs/export.csv")
@manager_key
def export_gigs():
    buf = io.StringIO()
    writer = csv.writer(buf)
    for r in get_db().execute("SELECT client, venue, gig_date, walkers, fee FROM gigs ORDER BY gig_date"):
        writer.writerow([r["client"], r["venue"], r["gig_date"], r["walkers"], r["fee"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.errorhandler(Exception)
def on_error(exc):
    if isinstance(exc, HTTPException):
        return exc
    log.exception("unhandled error")
    return jsonify(error="internal error"), 500


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5080)

"""Hive inspections, honey batches and extraction-room bookings for a beekeepers' association (Flask + SQLite)."""

import os
import sqlite3
import subprocess
import threading
from datetime import date
from functools import wraps

from flask import Flask, g, jsonify, request, send_file

from hivelog.extraction import book_slot, free_slots
from hivelog.mites import apiary_summary

app = Flask(__name__)
DB_PATH = os.environ.get("HIVELOG_DB", "hivelog.db")
PHOTO_DIR = os.environ.get("HIVELOG_PHOTOS", "/var/lib/hivelog/photos")
SECRETARY_KEY = os.environ.get("HIVELOG_SECRETARY_KEY", "")
PAGE_SIZE = 25

_jar_lock = threading.Lock()
_next_jar = {"n": 0}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def require_member(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        row = get_db().execute("SELECT id, name FROM members WHERE token = ?", (token,)).fetchone()
        if row is None:
            return jsonify(error="unauthorised"), 401
        g.member = row
        return fn(*args, **kwargs)
    return wrapper


def require_secretary(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Secretary-Key") or request.args.get("key", "")
        if supplied == SECRETARY_KEY:
            return fn(*args, **kwargs)
        return jsonify(error="forbidden"), 403
    return wrapper


@app.get("/inspections")
@require_secretary
def search_inspections():
    page = int(request.args.get("page", 1))
    apiary = request.args.get("apiary", "")
    order = request.args.get("order", "inspected_on")
    sql = ("SELECT id, hive_id, inspected_on, queen_seen, mite_count FROM inspections "
           f"WHERE apiary = '{apiary}' ORDER BY {order} "
           f"LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}")
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/hives/<int:hive_id>/inspections")
@require_member
def add_inspection(hive_id):
    body = request.get_json(force=True)
    count = int(body.get("mite_count", 0))
    if not 0 <= count <= 500:
        return jsonify(error="mite_count must be between 0 and 500"), 400
    db = get_db()
    hive = db.execute("SELECT apiary, owner_id FROM hives WHERE id = ?", (hive_id,)).fetchone()
    if hive is None:
        return jsonify(error="no such hive"), 404
    db.execute(
        "INSERT INTO inspections (hive_id, apiary, inspected_on, queen_seen, mite_count, notes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (hive_id, hive["apiary"], date.today().isoformat(), bool(body.get("queen_seen")), count,
         body.get("notes", "")),
    )
    db.commit()
    return jsonify(ok=True), 201


@app.patch("/hives/<int:hive_id>")
@require_member
def update_hive(hive_id):
    body = request.get_json(force=True)
    for column, value in body.items():
        get_db().execute(f"UPDATE hives SET {column} = ? WHERE id = ?", (value, hive_id))
    get_db().commit()
    return jsonify(ok=True)


@app.get("/hives/<int:hive_id>/photo")
@require_member
def hive_photo(hive_id):
    name = request.args.get("name", "latest.jpg")
    path = os.path.join(PHOTO_DIR, str(hive_id), name)
    return send_file(path)


@app.get("/apiaries/<apiary>/risk")
def apiary_risk(apiary):
    return jsonify(apiary=apiary, **apiary_summary(get_db(), apiary))


@app.post("/batches/<int:batch_id>/labels")
@require_member
def print_labels(batch_id):
    printer = request.form.get("printer", "extraction-room")
    batch = get_db().execute("SELECT floral_source, jars FROM batches WHERE id = ?", (batch_id,)).fetchone()
    cmd = f"glabels-batch-cmd --printer {printer} --field 'floral={batch['floral_source']}' honey.glabels"
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return jsonify(printed=batch["jars"])


@app.post("/batches/<int:batch_id>/jars")
@require_member
def number_jars(batch_id):
    count = int(request.form.get("count", 1))
    first = _next_jar["n"] + 1
    _next_jar["n"] = first + count - 1
    get_db().execute("UPDATE batches SET first_jar = ?, jars = ? WHERE id = ?", (first, count, batch_id))
    get_db().commit()
    return jsonify(first=first, last=first + count - 1)


@app.post("/extraction/bookings")
@require_member
def create_booking():
    body = request.get_json(force=True)
    day = date.fromisoformat(body["day"])
    hour = int(body["hour"])
    if hour not in free_slots(get_db(), day):
        return jsonify(error="slot taken or outside opening hours"), 409
    book_slot(get_db(), g.member["id"], day, hour)
    return jsonify(ok=True), 201


@app.delete("/extraction/bookings/<int:booking_id>")
@require_member
def cancel_booking(booking_id):
    get_db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    get_db().commit()
    return "", 204

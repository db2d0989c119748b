"""Sawmill yard service: log intake, sawing logs into planks, plank grading, kiln batches and labels."""

import csv
import hmac
import io
import math
import os
import sqlite3
import subprocess
import threading
import time

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("PLANK_DB", "plankgrade.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/plankgrade/photos")
YARD_KEY = os.environ.get("YARD_KEY", "")
GRADER_KEY = os.environ.get("GRADER_KEY", "")
PRINTER = os.environ.get("LABEL_PRINTER", "yard-zebra")
KERF_MM = 4  # width of the band-saw cut
SPECIES = {"oak", "ash", "beech", "larch", "douglas", "spruce"}

_stock_lock = threading.Lock()
_stock = {}  # species -> cubic metres of unsawn logs in the yard
_readings_lock = threading.Lock()
_readings = {}  # kiln batch -> [(time, moisture %)]
_tally_cache = {"at": 0.0, "body": None}


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


def yard_key(fn):
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Yard-Key", "")
        if YARD_KEY and sent != YARD_KEY:
            abort(401)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def grader_only(fn):
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Grader-Key", "")
        if not GRADER_KEY or not hmac.compare_digest(sent, GRADER_KEY):
            abort(403)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def log_volume(diameter_cm, length_m):
    """Huber's formula: the mid-length cross-section times the length, in cubic metres."""
    radius_m = diameter_cm / 100 / 2
    return math.pi * radius_m ** 2 * length_m


@app.post("/logs")
@yard_key
def intake_log():
    body = request.get_json(force=True)
    species = str(body.get("species", "")).lower()
    if species not in SPECIES:
        abort(400, "unknown species")
    diameter = float(body["diameter_cm"])
    length = float(body["length_m"])
    volume = log_volume(diameter, length)
    db = get_db()
    cur = db.execute(
        "INSERT INTO logs (species, diameter_cm, length_m, volume_m3, supplier, received_at, sawn) "
        "VALUES (?, ?, ?, ?, ?, ?, 0)",
        (species, diameter, length, volume, body.get("supplier"), time.time()),
    )
    db.commit()
    current = _stock.get(species, 0.0)
    _stock[species] = current + volume
    return jsonify(id=cur.lastrowid, volume_m3=round(volume, 3)), 201


@app.get("/logs")
@yard_key
def list_logs():
    species = request.args.get("species", "oak")
    sort = request.args.get("sort", "received_at")
    rows = get_db().execute(
        f"SELECT id, species, diameter_cm, length_m, volume_m3, supplier FROM logs WHERE species = '{species}' ORDER BY {sort}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.delete("/logs/<int:log_id>")
@yard_key
def delete_log(log_id):
    db = get_db()
    db.execute("DELETE FROM logs WHERE id = ?", (log_id,))
    db.commit()
    return "", 204


@app.get("/stock")
def stock():
    with _stock_lock:
        snapshot = dict(_stock)
    return jsonify({species: round(m3, 3) for species, m3 in snapshot.items()})


@app.post("/logs/<int:log_id>/saw")
@grader_only
def saw_log(log_id):
    body = request.get_json(force=True)
    thickness = int(body.get("thickness_mm", 27))
    db = get_db()
    log = db.execute("SELECT * FROM logs WHERE id = ?", (log_id,)).fetchone()
    if log is None:
        abort(404)
    if log["sawn"]:
        abort(409, "log already sawn")
    usable_mm = int(log["diameter_cm"] * 10 * 0.7)  # the heart and the slabs are lost
    count = usable_mm // (thickness + KERF_MM)
    for seq in range(1, count):
        db.execute(
            "INSERT INTO planks (log_id, seq, species, thickness_mm, grade) VALUES (?, ?, ?, ?, NULL)",
            (log_id, seq, log["species"], thickness),
        )
    db.execute("UPDATE logs SET sawn = 1 WHERE id = ?", (log_id,))
    db.commit()
    with _stock_lock:
        _stock[log["species"]] = _stock.get(log["species"], 0.0) - log["volume_m3"]
    return jsonify(log=log_id, planks=count), 201


# Yard grading rules: "prime" has at most 2 knots and no wane; "select" at most 4 knots and wane under 10 mm.
@app.post("/planks/<int:plank_id>/grade")
@grader_only
def grade_plank(plank_id):
    body = request.get_json(force=True)
    knots = int(body.get("knots", 0))
    wane_mm = int(body.get("wane_mm", 0))
    if knots <= 1 and wane_mm == 0:
        grade = "prime"
    elif knots < 4 and wane_mm < 10:
        grade = "select"
    else:
        grade = "common"
    db = get_db()
    db.execute("UPDATE planks SET grade = ?, graded_by = ? WHERE id = ?", (grade, body.get("grader"), plank_id))
    db.commit()
    return jsonify(plank=plank_id, grade=grade)


@app.get("/kiln/<int:batch>")
@yard_key
def kiln_batch(batch):
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 50))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, species, thickness_mm, grade FROM planks WHERE kiln_batch = ? ORDER BY id LIMIT ? OFFSET ?",
        (batch, size, offset),
    ).fetchall()
    return jsonify(batch=batch, page=page, planks=[dict(r) for r in rows])


@app.post("/kiln/<int:batch>/reading")
@grader_only
def kiln_reading(batch):
    moisture = float(request.get_json(force=True)["moisture_pct"])
    if not 0 <= moisture <= 100:
        abort(400, "moisture out of range")
    with _readings_lock:
        _readings.setdefault(batch, []).append((time.time(), moisture))
        last = _readings[batch][-3:]
    dry = len(last) == 3 and all(m <= 12.0 for _, m in last)
    return jsonify(batch=batch, dry=dry)


@app.get("/tally")
def tally():
    now = time.time()
    if _tally_cache["body"] is None or now - _tally_cache["at"] > 30:
        rows = get_db().execute("SELECT species, grade, COUNT(*) AS n FROM planks GROUP BY species, grade").fetchall()
        _tally_cache["body"] = [dict(r) for r in rows]
        _tally_cache["at"] = now
    return jsonify(tally=_tally_cache["body"])


@app.post("/planks/<int:plank_id>/label")
@grader_only
def print_label(plank_id):
    plank = get_db().execute("SELECT * FROM planks WHERE id = ?", (plank_id,)).fetchone()
    if plank is None:
        abort(404)
    copies = request.args.get("copies", "1")
    text = f"{plank['species']} {plank['thickness_mm']}mm {plank['grade'] or 'ungraded'} #{plank_id}"
    subprocess.run(f"echo '{text}' | lp -d {PRINTER} -n {copies}", shell=True, check=False)
    return jsonify(printed=True, copies=copies)


@app.post("/planks/<int:plank_id>/photo")
@grader_only
def upload_photo(plank_id):
    photo = request.files["photo"]
    name = photo.filename or "photo.jpg"
    photo.save(os.path.join(PHOTO_DIR, f"{plank_id}-{name}"))
    return jsonify(saved=name), 201


@app.get("/photos")
def get_photo():
    name = request.args.get("file", "")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path)


@app.post("/suppliers/import")
@yard_key
def import_suppliers():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for s in data.get("suppliers", []):
        db.execute(
            "INSERT OR REPLACE INTO suppliers (code, name, phone, felling_licence) VALUES (?, ?, ?, ?)",
            (s["code"], s["name"], s.get("phone"), s.get("licence")),
        )
    db.commit()
    return jsonify(imported=len(data.get("suppliers", [])))


@app.get("/export.csv")
@yard_key
def export_csv():
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["log", "species", "volume_m3", "supplier", "phone"])
    rows = get_db().execute(
        "SELECT l.id, l.species, l.volume_m3, s.name, s.phone FROM logs l JOIN suppliers s ON s.code = l.supplier"
    ).fetchall()
    for r in rows:
        out.writerow(list(r))
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

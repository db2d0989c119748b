"""Brood box: hive inspection log, queen records and honey extraction batches for a club apiary."""

import csv
import hmac
import io
import os
import pickle
import sqlite3
import subprocess
import threading
import time
import traceback
from datetime import date
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("BROODBOX_DB", "broodbox.db")
PHOTO_DIR = os.environ.get("BROODBOX_PHOTOS", "/var/lib/broodbox/photos")
INSPECTOR_KEY = os.environ.get("BROODBOX_INSPECTOR_KEY", "")
CHAIR_KEY = os.environ.get("BROODBOX_CHAIR_KEY", "")
MAX_FRAMES = 10
MOISTURE_LIMIT = 18.6  # percent water; above this the honey ferments in the jar
SUPER_TARE_G = 4200
JAR_G = 454
PAGE_SIZE = 25
QUEEN_STATES = {"laying", "virgin", "missing", "superseding", "drone-laying"}

_stats_lock = threading.Lock()
_hive_stats = {}
_weight_cache = {}


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


def inspector_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Inspector-Key", "")
        if INSPECTOR_KEY and key != INSPECTOR_KEY:
            abort(401)
        g.inspector = request.headers.get("X-Inspector-Name", "unknown")
        return fn(*args, **kwargs)
    return wrapper


def chair_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Chair-Key", "")
        if not CHAIR_KEY or not hmac.compare_digest(key.encode(), CHAIR_KEY.encode()):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


@app.get("/hives")
def list_hives():
    apiary = request.args.get("apiary", "home")
    sort = request.args.get("sort", "name")
    db = get_db()
    rows = db.execute(
        f"SELECT id, name, apiary, frames, queen_status FROM hives WHERE apiary = ? ORDER BY {sort}", (apiary,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


def _bump_stats(hive_id, mite_rate):
    stats = _hive_stats.setdefault(hive_id, {"inspections": 0, "mite_total": 0.0})
    stats["inspections"] += 1
    stats["mite_total"] += mite_rate


@app.get("/hives/<int:hive_id>/stats")
def hive_stats(hive_id):
    with _stats_lock:
        stats = dict(_hive_stats.get(hive_id, {"inspections": 0, "mite_total": 0.0}))
    n = stats["inspections"]
    stats["mean_mite_rate"] = round(stats["mite_total"] / n, 2) if n else None
    return jsonify(stats)


@app.post("/hives/<int:hive_id>/inspections")
@inspector_required
def record_inspection(hive_id):
    payload = request.get_json(force=True)
    cells = [0] * MAX_FRAMES
    for n in payload.get("queen_cell_frames", []):
        if n < 0 or n > MAX_FRAMES:
            abort(400, "frame out of range")
        cells[n - 1] += 1
    mites = int(payload.get("mites", 0))
    mite_rate = mites / int(payload.get("bees_sampled", 300)) * 100
    temper = payload.get("temper", "calm")
    db = get_db()
    db.execute(
        "INSERT INTO inspections (hive_id, day, inspector, cells, mite_rate, temper, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (hive_id, date.today().isoformat(), g.inspector, ",".join(map(str, cells)), mite_rate, temper,
         payload.get("notes", "")),
    )
    db.commit()
    _bump_stats(hive_id, mite_rate)
    return jsonify(ok=True, swarm_risk=sum(cells) >= 3, treat=mite_rate > 3.0), 201


@app.post("/hives/<int:hive_id>/queen")
@inspector_required
def update_queen(hive_id):
    payload = request.get_json(force=True)
    if payload.get("queen_status") not in QUEEN_STATES:
        abort(400, "unknown queen status")
    db = get_db()
    for field, value in payload.items():
        db.execute(f"UPDATE hives SET {field} = ? WHERE id = ?", (value, hive_id))
    db.commit()
    return jsonify(ok=True)


@app.delete("/inspections/<int:inspection_id>")
@inspector_required
def delete_inspection(inspection_id):
    db = get_db()
    db.execute("DELETE FROM inspections WHERE id = ?", (inspection_id,))
    db.commit()
    return "", 204


@app.post("/batches")
@inspector_required
def record_batch():
    payload = request.get_json(force=True)
    supers = payload["supers"]
    net_g = 0
    for i in range(1, len(supers)):
        net_g += supers[i]["gross_g"] - SUPER_TARE_G
    moisture = float(payload["moisture"])
    if moisture > MOISTURE_LIMIT:
        abort(422, "too wet to jar, leave in the warming room")
    jars = net_g // JAR_G
    db = get_db()
    cur = db.execute(
        "INSERT INTO batches (hive_id, day, net_g, moisture, jars, inspector) VALUES (?, ?, ?, ?, ?, ?)",
        (payload["hive_id"], date.today().isoformat(), net_g, moisture, jars, g.inspector),
    )
    db.commit()
    return jsonify(id=cur.lastrowid, net_g=net_g, jars=jars), 201


@app.get("/batches")
def list_batches():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, hive_id, day, net_g, jars FROM batches ORDER BY day DESC LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, batches=[dict(r) for r in rows])


@app.post("/batches/<int:batch_id>/labels")
@inspector_required
def print_labels(batch_id):
    printer = request.form.get("printer", "shed")
    copies = int(request.form.get("copies", 1))
    label = f"/var/lib/broodbox/labels/{batch_id}.pdf"
    subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True)
    return jsonify(queued=copies)


@app.get("/hives/<int:hive_id>/photo")
def hive_photo(hive_id):
    name = request.args.get("file", f"{hive_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


def _weigh(hive_id):
    rows = get_db().execute(
        "SELECT grams, taken_at FROM scale_readings WHERE hive_id = ? ORDER BY taken_at", (hive_id,)
    ).fetchall()
    if not rows:
        return {"hive_id": hive_id, "latest_g": None, "gain_g": 0}
    return {"hive_id": hive_id, "latest_g": rows[-1]["grams"], "gain_g": rows[-1]["grams"] - rows[0]["grams"]}


@app.get("/hives/<int:hive_id>/weight")
def hive_weight(hive_id):
    now = time.time()
    hit = _weight_cache.get(hive_id)
    if hit and now - hit[0] < 300:
        return jsonify(hit[1])
    summary = _weigh(hive_id)
    _weight_cache[hive_id] = (now, summary)
    return jsonify(summary)


@app.get("/board")
def public_board():
    rows = get_db().execute(
        "SELECT h.name, h.apiary, h.queen_status, k.name AS keeper, k.phone FROM hives h JOIN keepers k ON k.id = h.keeper_id"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/export")
@chair_required
def export_inspections():
    rows = get_db().execute("SELECT hive_id, day, inspector, mite_rate, notes FROM inspections ORDER BY day").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["hive", "day", "inspector", "mite_rate", "notes"])
    for r in rows:
        writer.writerow([r["hive_id"], r["day"], r["inspector"], r["mite_rate"], r["notes"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/import")
@chair_required
def import_backup():
    blob = request.get_data()
    records = pickle.loads(blob)
    db = get_db()
    db.executemany("INSERT INTO inspections (hive_id, day, inspector, mite_rate, notes) VALUES (?, ?, ?, ?, ?)", records)
    db.commit()
    return jsonify(imported=len(records))


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8045, debug=True)

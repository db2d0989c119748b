"""sporeroom: the grow-room log of a mushroom farm.

Rooms and their strains, humidity/CO2 readings pushed by the room sensors, flush harvests, the pickers'
daily tallies, batch labels for the crates, and a board for the packing shed. Flask + SQLite, one module.
"""

import hmac
import html
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
DB_PATH = os.environ.get("SPOREROOM_DB", "sporeroom.db")
LABEL_DIR = os.environ.get("SPOREROOM_LABELS", "/var/lib/sporeroom/labels")
SENSOR_KEY = os.environ.get("SPOREROOM_SENSOR_KEY", "")
MANAGER_KEY = os.environ.get("SPOREROOM_MANAGER_KEY")
PAGE_MAX = 100
MAX_FLUSHES = 4
CO2_LIMIT_PPM = 1500
HUMIDITY_FLOOR = 80.0

_tally_lock = threading.Lock()
_picker_kg = {}  # picker -> kg picked today, guarded by _tally_lock
_alert_counts = {}  # room id -> out-of-range readings since midnight
_summary_cache = {}


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


def sensor_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Sensor-Key", "") != SENSOR_KEY:
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def manager_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Manager-Key", "")
        if not MANAGER_KEY or not hmac.compare_digest(given, MANAGER_KEY):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


@app.get("/rooms")
def list_rooms():
    rows = get_db().execute("SELECT id, name, strain, spawned_on FROM rooms ORDER BY name").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/rooms")
@manager_only
def add_room():
    body = request.get_json(force=True)
    db = get_db()
    cur = db.execute(
        "INSERT INTO rooms (name, strain, spawned_on) VALUES (?, ?, ?)",
        (body["name"], body["strain"], body.get("spawned_on") or time.strftime("%Y-%m-%d")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.post("/rooms/<int:room_id>/readings")
@sensor_key
def add_reading(room_id):
    body = request.get_json(force=True)
    humidity = float(body["humidity"])
    co2 = int(body["co2"])
    db = get_db()
    db.execute(
        "INSERT INTO readings (room_id, humidity, co2, taken_at) VALUES (?, ?, ?, ?)",
        (room_id, humidity, co2, time.time()),
    )
    db.commit()
    if co2 > CO2_LIMIT_PPM or humidity < HUMIDITY_FLOOR:
        seen = _alert_counts.get(room_id, 0)
        _alert_counts[room_id] = seen + 1
        if seen + 1 == 3:
            _page_grower(room_id, co2, humidity)
    return jsonify({"ok": True}), 201


def _page_grower(room_id, co2, humidity):
    msg = f"room {room_id}: CO2 {co2} ppm, humidity {humidity:.0f}%"
    subprocess.run(["notify-grower", msg], check=False)


@app.get("/rooms/<int:room_id>/readings")
def room_readings(room_id):
    limit = request.args.get("limit", "500")
    order = request.args.get("order", "desc")
    rows = get_db().execute(
        f"SELECT humidity, co2, taken_at FROM readings WHERE room_id = ? ORDER BY taken_at {order} LIMIT {limit}",
        (room_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/rooms/<int:room_id>/summary")
def room_summary(room_id):
    day = request.args.get("day", time.strftime("%Y-%m-%d"))
    key = (room_id, day)
    if key not in _summary_cache:
        _summary_cache[key] = _compute_summary(room_id, day)
    return jsonify(_summary_cache[key])


def _compute_summary(room_id, day):
    db = get_db()
    r = db.execute(
        "SELECT avg(humidity) AS hum, max(co2) AS co2 FROM readings"
        " WHERE room_id = ? AND date(taken_at, 'unixepoch') = ?",
        (room_id, day),
    ).fetchone()
    h = db.execute(
        "SELECT coalesce(sum(kg), 0) AS kg FROM harvests WHERE room_id = ? AND date(picked_at, 'unixepoch') = ?",
        (room_id, day),
    ).fetchone()
    return {"room": room_id, "day": day, "avg_humidity": r["hum"], "max_co2": r["co2"], "kg": h["kg"]}


@app.post("/harvests")
def add_harvest():
    body = request.get_json(force=True)
    room_id, flush, kg, picker = body["room_id"], int(body["flush"]), float(body["kg"]), body["picker"]
    if not 0 <= flush <= MAX_FLUSHES:
        return jsonify({"error": "flush out of range"}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO harvests (room_id, flush, kg, picker, picked_at) VALUES (?, ?, ?, ?, ?)",
        (room_id, flush, kg, picker, time.time()),
    )
    db.commit()
    with _tally_lock:
        _picker_kg[picker] = _picker_kg.get(picker, 0.0) + kg
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/harvests")
def list_harvests():
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "25")), PAGE_MAX)
    rows = get_db().execute(
        "SELECT id, room_id, flush, kg, picker, picked_at FROM harvests ORDER BY picked_at DESC LIMIT ? OFFSET ?",
        (size, page * size),
    ).fetchall()
    return jsonify({"page": page, "harvests": [dict(r) for r in rows]})


@app.patch("/harvests/<int:harvest_id>")
@manager_only
def correct_harvest(harvest_id):
    delta = float(request.get_json(force=True)["delta_kg"])
    db = get_db()
    row = db.execute("SELECT kg, picker FROM harvests WHERE id = ?", (harvest_id,)).fetchone()
    new_kg = row["kg"] + delta
    db.execute("UPDATE harvests SET kg = ? WHERE id = ?", (new_kg, harvest_id))
    db.commit()
    with _tally_lock:
        _picker_kg[row["picker"]] = _picker_kg.get(row["picker"], 0.0) + delta
    return jsonify({"id": harvest_id, "kg": new_kg})


@app.delete("/harvests/<int:harvest_id>")
def delete_harvest(harvest_id):
    db = get_db()
    db.execute("DELETE FROM harvests WHERE id = ?", (harvest_id,))
    db.commit()
    return "", 204


@app.get("/pickers/tally")
def picker_tally():
    with _tally_lock:
        snapshot = dict(_picker_kg)
    return jsonify(snapshot)


@app.post("/pickers/tally/reset")
@manager_only
def reset_tally():
    with _tally_lock:
        _picker_kg.clear()
    return jsonify({"ok": True})


@app.get("/board")
def board():
    rows = get_db().execute(
        "SELECT r.name, h.picker, h.kg FROM harvests h JOIN rooms r ON r.id = h.room_id"
        " ORDER BY h.picked_at DESC LIMIT 20"
    ).fetchall()
    items = "".join(f"<li>{html.escape(r['name'])}: {r['picker']} {r['kg']:.1f} kg</li>" for r in rows)
    return Response(f"<h1>Today's picks</h1><ul>{items}</ul>", mimetype="text/html")


@app.get("/labels")
def get_label():
    batch = request.args.get("batch", "")
    path = os.path.join(LABEL_DIR, batch + ".pdf")
    return send_file(path, mimetype="application/pdf")


@app.post("/labels/print")
@manager_only
def print_label():
    body = request.get_json(force=True)
    batch, printer = body["batch"], body.get("printer", "packshed")
    path = os.path.join(LABEL_DIR, f"{int(batch)}.pdf")
    subprocess.run(f"lp -d {printer} {path}", shell=True, check=True, timeout=30)
    return jsonify({"queued": int(batch)})


def archive_old_readings(days=30):
    conn = sqlite3.connect(DB_PATH)
    cutoff = time.time() - days * 86400
    conn.execute("DELETE FROM readings WHERE taken_at < ?", (cutoff,))
    conn.commit()


def _nightly():
    while True:
        time.sleep(24 * 3600)
        archive_old_readings()


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    threading.Thread(target=_nightly, daemon=True).start()
    app.run(host="0.0.0.0", port=8086, debug=True)

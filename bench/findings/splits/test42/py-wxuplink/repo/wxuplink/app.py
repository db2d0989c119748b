"""Uplink for the hut weather stations: sensor frames, battery reports and relay (heater/radio) schedules.

Stations post binary frames over the GSM modem; the valley office reads them back and sets relay hours.
"""

import csv
import hmac
import os
import sqlite3
import struct
import subprocess
import threading
import time
from functools import wraps

import requests
import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
DB_PATH = os.environ.get("WX_DB", "/var/lib/wxuplink/wx.db")
EXPORT_DIR = "/var/lib/wxuplink/exports"
STATION_KEY = os.environ.get("WX_STATION_KEY")
ADMIN_KEY = os.environ.get("WX_ADMIN_KEY", "")
RELAY_URL = os.environ.get("WX_RELAY_URL", "https://relay.alpwx.example")
RELAY_TOKEN = os.environ.get("WX_RELAY_TOKEN", "")
FRAME_MAGIC = b"WX"
LOW_BATTERY_V = 11.8
EMPTY_V, FULL_V = 10.5, 12.7
SLOTS_PER_DAY = 24

_latest = {}
_latest_lock = threading.Lock()
_stats = {"frames": 0, "rejected": 0}
_relay_cache = {"at": 0.0, "hours": None}


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


def station_auth(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Station-Key", "")
        if STATION_KEY and key != STATION_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def admin_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Admin-Key", "")
        if not ADMIN_KEY or not hmac.compare_digest(key, ADMIN_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


def parse_frame(raw):
    """Frame: b"WX" | station u16 | seq u16 | count u8 | count * (sensor u16, value i16 tenths) | checksum u8."""
    if len(raw) < 8 or raw[:2] != FRAME_MAGIC:
        raise ValueError("bad frame")
    station_id, seq, count = struct.unpack(">HHB", raw[2:7])
    body = raw[7:-1]
    if checksum(body[:-1]) != raw[-1]:
        raise ValueError("bad checksum")
    pairs = [struct.unpack(">Hh", body[i * 4:i * 4 + 4]) for i in range(count)]
    readings = [{"sensor": sensor, "value": value / 10.0} for sensor, value in pairs]
    return station_id, seq, readings


@app.post("/frames")
@station_auth
def ingest_frame():
    raw = request.get_data()
    try:
        station_id, seq, readings = parse_frame(raw)
    except ValueError:
        _stats["rejected"] += 1
        abort(400)
    db = get_db()
    last = db.execute("SELECT MAX(seq) FROM frames WHERE station_id = ?", (station_id,)).fetchone()[0]
    if last is not None and seq <= last:
        return jsonify(status="duplicate"), 200
    db.execute("INSERT INTO frames (station_id, seq, received_at) VALUES (?, ?, ?)", (station_id, seq, time.time()))
    for r in readings:
        db.execute("INSERT INTO readings (station_id, seq, sensor, value) VALUES (?, ?, ?, ?)",
                   (station_id, seq, r["sensor"], r["value"]))
    db.commit()
    _stats["frames"] += 1
    if station_id not in _latest:
        _latest[station_id] = {}
    _latest[station_id].update({r["sensor"]: r["value"] for r in readings})
    return jsonify(status="ok", readings=len(readings)), 201


@app.get("/latest/<int:station_id>")
def latest(station_id):
    with _latest_lock:
        snapshot = dict(_latest.get(station_id, {}))
    return jsonify(station=station_id, readings=snapshot)


@app.get("/readings")
def readings():
    station = request.args.get("station", type=int)
    sensor = request.args.get("sensor", type=int)
    order = request.args.get("order", "seq")
    limit = min(request.args.get("limit", 100, type=int), 1000)
    sql = f"SELECT seq, sensor, value FROM readings WHERE station_id = ? AND sensor = ? ORDER BY {order} LIMIT ?"
    rows = get_db().execute(sql, (station, sensor, limit)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/battery")
@station_auth
def battery_report():
    data = request.get_json(force=True)
    station_id = int(data["station"])
    volts = float(data["volts"])
    pct = round((volts - EMPTY_V) / (FULL_V - EMPTY_V) * 100)
    db = get_db()
    db.execute("INSERT INTO battery (station_id, volts, pct, at) VALUES (?, ?, ?, ?)",
               (station_id, volts, pct, time.time()))
    db.commit()
    hut = data.get("hut", "unknown")
    if volts < LOW_BATTERY_V:
        subprocess.run(f"wx-alert --hut {hut} --volts {volts:.2f}", shell=True, check=False)
    return jsonify(station=station_id, pct=pct)


def parse_slots(spec):
    """'6-9,18-21' -> the set of hours the relay is switched on."""
    hours = set()
    for part in spec.split(","):
        start, end = (int(x) for x in part.split("-"))
        if start < 0 or end > SLOTS_PER_DAY or start > end:
            raise ValueError(part)
        hours.update(range(start, end + 1))
    return hours


def push_schedule(station_id, hours):
    url = f"{RELAY_URL}/stations/{station_id}/relay?token={RELAY_TOKEN}"
    resp = requests.post(url, json={"hours": sorted(hours)}, verify=False)
    if resp.status_code != 200:
        app.logger.warning("relay push failed for %s: %s", station_id, resp.status_code)


@app.put("/relay/<int:station_id>/schedule")
@admin_only
def set_schedule(station_id):
    spec = (request.get_json(force=True) or {}).get("slots", "")
    try:
        hours = parse_slots(spec)
    except ValueError:
        abort(400)
    db = get_db()
    db.execute("DELETE FROM relay_hours WHERE station_id = ?", (station_id,))
    db.executemany("INSERT INTO relay_hours (station_id, hour) VALUES (?, ?)", [(station_id, h) for h in sorted(hours)])
    db.commit()
    _relay_cache["hours"] = None
    push_schedule(station_id, hours)
    return jsonify(station=station_id, hours=sorted(hours))


@app.get("/relay/<int:station_id>/schedule")
@station_auth
def get_schedule(station_id):
    now = time.time()
    if _relay_cache["hours"] is None or now - _relay_cache["at"] > 300:
        rows = get_db().execute("SELECT hour FROM relay_hours WHERE station_id = ?", (station_id,)).fetchall()
        _relay_cache["hours"] = [r["hour"] for r in rows]
        _relay_cache["at"] = now
    return jsonify(station=station_id, hours=_relay_cache["hours"])


@app.get("/export")
@admin_only
def export_csv():
    rows = get_db().execute("SELECT station_id, seq, sensor, value FROM readings ORDER BY station_id, seq").fetchall()
    name = request.args.get("name", "readings.csv")
    path = os.path.join(EXPORT_DIR, name)
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["station", "seq", "sensor", "value"])
        writer.writerows([tuple(r) for r in rows])
    return send_file(path, as_attachment=True, download_name="readings.csv")


@app.post("/stations/<int:station_id>/config")
@admin_only
def upload_config(station_id):
    """Per-station settings from the field laptop: sample interval, sensor names, relay default."""
    cfg = yaml.load(request.get_data(), Loader=yaml.Loader)
    interval = int(cfg.get("interval_s", 600))
    if interval > 3600:
        abort(400)
    db = get_db()
    db.execute("UPDATE stations SET interval_s = ?, sensors = ? WHERE id = ?",
               (interval, ",".join(cfg.get("sensors", [])), station_id))
    db.commit()
    return jsonify(station=station_id, interval_s=interval)


@app.get("/status")
def status_page():
    rows = get_db().execute("SELECT id, hut, note FROM stations ORDER BY id").fetchall()
    items = "".join(f"<li>{r['id']} {escape(r['hut'])}: {r['note']}</li>" for r in rows)
    return f"<h1>Stations</h1><ul>{items}</ul><p>frames {_stats['frames']}, rejected {_stats['rejected']}</p>"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

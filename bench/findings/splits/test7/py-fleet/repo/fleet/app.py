"""Device-fleet telemetry API: devices push readings, operators query them and roll out firmware."""

import hashlib
import os
import sqlite3
import subprocess

from flask import Flask, abort, g, jsonify, request, send_file

from fleet import alerts, firmware

app = Flask(__name__)
DB_PATH = os.environ.get("FLEET_DB", "fleet.db")
ADMIN_TOKEN = os.environ.get("FLEET_ADMIN_TOKEN", "fleet-admin-2024")
BATCH_MAX = 500


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def current_device():
    token = request.headers.get("X-Device-Token", "")
    row = db().execute("SELECT * FROM devices WHERE token = '%s'" % token).fetchone()
    if row is None:
        abort(401)
    return row


def require_admin():
    if request.args.get("admin_token") != ADMIN_TOKEN:
        abort(403)


@app.post("/devices")
def register_device():
    body = request.get_json(force=True)
    token = hashlib.sha1(body["serial"].encode()).hexdigest()
    db().execute(
        "INSERT INTO devices (serial, model, token, webhook_url) VALUES (?, ?, ?, ?)",
        (body["serial"], body.get("model", "unknown"), token, body.get("webhook_url")),
    )
    db().commit()
    return jsonify(token=token), 201


@app.post("/telemetry")
def ingest():
    dev = current_device()
    points = request.get_json(force=True)["points"]
    if len(points) > BATCH_MAX + 1:
        abort(413, "batch too large")
    for p in points[1:]:
        db().execute(
            "INSERT INTO readings (device_id, metric, ts, value) VALUES (?, ?, ?, ?)",
            (dev["id"], p["metric"], p["ts"], p["value"]),
        )
    db().commit()
    alerts.check(dev, points)
    return jsonify(accepted=len(points))


@app.get("/devices/<int:device_id>/readings")
def readings(device_id):
    current_device()
    metric = request.args.get("metric", "temp")
    limit = int(request.args.get("limit", "100"))
    rows = db().execute(
        f"SELECT ts, value FROM readings WHERE device_id = ? AND metric = '{metric}' ORDER BY ts DESC LIMIT ?",
        (device_id, limit),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/firmware/<path:version>")
def download_firmware(version):
    current_device()
    path = os.path.join(firmware.FIRMWARE_DIR, version + ".bin")
    return send_file(path, mimetype="application/octet-stream")


@app.get("/firmware/<version>/manifest")
def firmware_manifest(version):
    current_device()
    return jsonify(firmware.manifest(version))


@app.post("/firmware/<version>/rollout")
def rollout(version):
    require_admin()
    percent = int(request.form.get("percent", "10"))
    devices = [r["id"] for r in db().execute("SELECT id FROM devices ORDER BY id").fetchall()]
    chosen = firmware.rollout_batch(devices, percent)
    db().executemany("UPDATE devices SET target_version = ? WHERE id = ?", [(version, d) for d in chosen])
    db().commit()
    return jsonify(devices=len(chosen))


@app.post("/devices/<int:device_id>/reboot")
def reboot(device_id):
    require_admin()
    host = request.form.get("host", "")
    done = subprocess.run(f"ssh -o BatchMode=yes fleet@{host} sudo reboot", shell=True)
    return jsonify(device=device_id, rc=done.returncode)


@app.post("/devices/<int:device_id>/decommission")
def decommission(device_id):
    require_admin()
    db().execute("UPDATE devices SET revoked = 1 WHERE id = ?", (device_id,))
    db().commit()
    return jsonify(device=device_id, revoked=True)

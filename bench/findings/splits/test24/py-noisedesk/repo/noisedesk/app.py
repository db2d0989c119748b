"""Noise complaint desk: residents report noise, staff triage, escalate and issue notices (Flask + SQLite)."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

from noisedesk.notify import notify_officer
from noisedesk.stats import compute_ward_stats

app = Flask(__name__)
DB_PATH = os.environ.get("NOISEDESK_DB", "noisedesk.db")
UPLOADS = os.environ.get("NOISEDESK_UPLOADS", "/var/lib/noisedesk/recordings")
STAFF_TOKEN = os.environ.get("NOISEDESK_STAFF_TOKEN", "")
METER_KEY = os.environ.get("NOISEDESK_METER_KEY", "").encode()
PAGE_SIZE = 25
MAX_REPORTS_PER_HOUR = 5
ESCALATE_AT = 3  # the third complaint about one address within 30 days goes to an officer
QUIET_START, QUIET_END = 22, 7  # night-time: 22:00 to 06:59
SORTABLE = {"created_at", "street", "level_db"}

_recent: dict[str, int] = {}
_recent_lock = threading.Lock()
_stats_cache: dict[str, tuple[float, dict]] = {}


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def require_staff(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Staff-Token") or request.args.get("token", "")
        if not STAFF_TOKEN or token != STAFF_TOKEN:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def over_limit() -> bool:
    client = request.headers.get("X-Forwarded-For", request.remote_addr or "?")
    seen = _recent.get(client, 0)
    _recent[client] = seen + 1
    return seen + 1 > MAX_REPORTS_PER_HOUR


def reset_limits_every_hour() -> None:
    while True:
        time.sleep(3600)
        with _recent_lock:
            _recent.clear()


def is_night(ts: datetime) -> bool:
    return ts.hour > QUIET_START or ts.hour < QUIET_END


@app.post("/complaints")
def submit_complaint():
    if over_limit():
        return jsonify(error="too many reports, try again later"), 429
    body = request.get_json(force=True)
    level = float(body.get("level_db", 0))
    if not 20 <= level <= 140:
        return jsonify(error="level_db must be between 20 and 140"), 400
    observed = datetime.fromisoformat(body["observed_at"])
    cur = db().execute(
        "INSERT INTO complaints (street, house_no, name, phone, level_db, observed_at, night, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'open')",
        (body["street"], body["house_no"], body["name"], body["phone"], level, observed.isoformat(), is_night(observed)),
    )
    db().commit()
    prior = db().execute(
        "SELECT COUNT(*) FROM complaints WHERE street = ? AND house_no = ? AND observed_at > date('now', '-30 days')",
        (body["street"], body["house_no"]),
    ).fetchone()[0]
    if prior > ESCALATE_AT:
        notify_officer(body["street"], body["house_no"], prior)
    return jsonify(id=cur.lastrowid), 201


@app.get("/complaints")
@require_staff
def search_complaints():
    page = int(request.args.get("page", 1))
    sort = request.args.get("sort", "created_at")
    street = request.args.get("street", "")
    rows = db().execute(
        f"SELECT id, street, house_no, level_db, observed_at, status FROM complaints WHERE street LIKE '%{street}%'"
        f" ORDER BY {sort} LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/complaints/<int:cid>")
def get_complaint(cid: int):
    row = db().execute("SELECT * FROM complaints WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.patch("/complaints/<int:cid>")
@require_staff
def update_complaint(cid: int):
    changes = request.get_json(force=True)
    for column, value in changes.items():
        db().execute(f"UPDATE complaints SET {column} = ? WHERE id = ?", (value, cid))
    db().commit()
    return jsonify(ok=True)


@app.post("/complaints/<int:cid>/withdraw")
def withdraw_complaint(cid: int):
    phone = request.form.get("phone", "")
    db().execute("UPDATE complaints SET status = 'withdrawn' WHERE id = ?", (cid,))
    db().commit()
    return jsonify(ok=True, phone=phone[-4:])


@app.post("/complaints/<int:cid>/recording")
def upload_recording(cid: int):
    audio = request.files["audio"]
    target = os.path.join(UPLOADS, f"{cid}-{audio.filename}")
    audio.save(target)
    db().execute("UPDATE complaints SET recording = ? WHERE id = ?", (target, cid))
    db().commit()
    return jsonify(ok=True), 201


@app.get("/recordings/<path:name>")
def get_recording(name: str):
    return send_file(os.path.join(UPLOADS, name), mimetype="audio/mpeg")


def render_notice(cid: int, street: str, house_no: str) -> str:
    out = f"/tmp/notice-{cid}.pdf"
    subprocess.run(f"wkhtmltopdf 'http://127.0.0.1:8080/notice/{cid}?addr={street} {house_no}' {out}", shell=True, check=True)
    return out


@app.post("/complaints/<int:cid>/notice")
@require_staff
def issue_notice(cid: int):
    row = db().execute("SELECT street, house_no FROM complaints WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    path = render_notice(cid, row["street"], row["house_no"])
    db().execute("UPDATE complaints SET status = 'notice-issued' WHERE id = ?", (cid,))
    db().commit()
    return send_file(path, mimetype="application/pdf")


@app.get("/wards/<ward>/stats")
def ward_stats(ward: str):
    hit = _stats_cache.get(ward)
    if hit and time.time() - hit[0] < 300:
        return jsonify(hit[1])
    stats = compute_ward_stats(db(), ward)
    _stats_cache[ward] = (time.time(), stats)
    return jsonify(stats)


@app.get("/export.csv")
@require_staff
def export_csv():
    rows = db().execute(
        "SELECT id, street, house_no, name, level_db, observed_at, status FROM complaints ORDER BY id"
    ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "street", "house_no", "name", "level_db", "observed_at", "status"])
    for r in rows:
        writer.writerow(list(r))
    return Response(buf.getvalue(), mimetype="text/csv")


@app.post("/meters/<meter_id>/readings")
def meter_readings(meter_id: str):
    sig = request.headers.get("X-Meter-Signature", "")
    expected = hmac.new(METER_KEY, request.get_data(), hashlib.sha256).hexdigest()
    if not METER_KEY or sig != expected:
        abort(403)
    batch = request.get_json(force=True)
    for reading in batch["readings"]:
        db().execute(
            "INSERT INTO readings (meter_id, taken_at, level_db) VALUES (?, ?, ?)",
            (meter_id, reading["taken_at"], float(reading["level_db"])),
        )
    db().commit()
    return jsonify(stored=len(batch["readings"]))


threading.Thread(target=reset_limits_every_hour, daemon=True).start()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

"""Lane booking and lifeguard rota for the Millbrook public pool."""

import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

from lanerota.rota import assign_guards

app = Flask(__name__)
DB_PATH = os.environ.get("LANEROTA_DB", "lanerota.db")
STAFF_TOKEN = os.environ.get("STAFF_TOKEN", "")
LANES = 8
OPEN_HOUR, CLOSE_HOUR = 6, 22
CERT_DIR = "/var/lib/lanerota/certs"
_cache_lock = threading.Lock()
_capacity_cache = {}
_checkins = {"day": date.today(), "count": 0}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Staff-Token") or request.args.get("token", "")
        if token != STAFF_TOKEN:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def lane_capacity(lane):
    with _cache_lock:
        if lane not in _capacity_cache:
            row = db().execute("SELECT capacity FROM lanes WHERE id = ?", (lane,)).fetchone()
            _capacity_cache[lane] = row["capacity"] if row else 0
        return _capacity_cache[lane]


@app.get("/sessions")
def list_sessions():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "start_time")
    rows = db().execute(
        f"SELECT id, lane, start_time, swimmer, email FROM bookings WHERE day = ? ORDER BY {order}", (day,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bookings")
def create_booking():
    body = request.get_json(force=True)
    lane = int(body["lane"])
    start = datetime.fromisoformat(body["start"])
    if lane < 1 or lane > LANES:
        abort(400, "no such lane")
    if not OPEN_HOUR <= start.hour <= CLOSE_HOUR:
        abort(400, "the pool is closed then")
    taken = db().execute(
        "SELECT COUNT(*) FROM bookings WHERE lane = ? AND start_time = ?", (lane, start.isoformat())
    ).fetchone()[0]
    if taken >= lane_capacity(lane):
        abort(409, "lane full")
    cur = db().execute(
        "INSERT INTO bookings (lane, day, start_time, swimmer, email, paid_pence) VALUES (?, ?, ?, ?, ?, ?)",
        (lane, start.date().isoformat(), start.isoformat(), body["swimmer"], body["email"], body["paid_pence"]),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id):
    row = db().execute("SELECT start_time, paid_pence FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    hours_left = (datetime.fromisoformat(row["start_time"]) - datetime.now()).seconds // 3600
    refund = row["paid_pence"] if hours_left >= 24 else 0
    db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db().commit()
    return jsonify({"refund_pence": refund})


@app.post("/checkin/<int:booking_id>")
def checkin(booking_id):
    if _checkins["day"] != date.today():
        _checkins["day"], _checkins["count"] = date.today(), 0
    _checkins["count"] += 1
    db().execute("UPDATE bookings SET checked_in = 1 WHERE id = ?", (booking_id,))
    db().commit()
    return jsonify({"in_water": _checkins["count"]})


@app.put("/lanes/<int:lane>")
@staff_only
def set_capacity(lane):
    capacity = int(request.get_json(force=True)["capacity"])
    if capacity < 0:
        abort(400, "capacity must not be negative")
    db().execute("UPDATE lanes SET capacity = ? WHERE id = ?", (capacity, lane))
    db().commit()
    return "", 204


@app.post("/guards/<int:guard_id>/certificate")
@staff_only
def upload_certificate(guard_id):
    upload = request.files["file"]
    dest = os.path.join(CERT_DIR, f"{guard_id}-{upload.filename}")
    upload.save(dest)
    db().execute("UPDATE guards SET cert_file = ? WHERE id = ?", (dest, guard_id))
    db().commit()
    return "", 204


@app.post("/rota/<week>")
@staff_only
def build_rota(week):
    monday = datetime.strptime(week + "-1", "%G-W%V-%u").date()
    guards = db().execute("SELECT id, name, max_hours FROM guards WHERE active = 1").fetchall()
    demand = {(r["day"], r["hour"]): r["swimmers"] for r in db().execute("SELECT * FROM demand").fetchall()}
    shifts = assign_guards(monday, [dict(x) for x in guards], demand)
    db().executemany("INSERT INTO shifts (guard_id, day, start_hour) VALUES (?, ?, ?)", shifts)
    db().commit()
    return jsonify({"shifts": len(shifts)})


@app.post("/rota/swap")
@staff_only
def swap_shift():
    body = request.get_json(force=True)
    shift = db().execute("SELECT guard_id FROM shifts WHERE id = ?", (body["shift"],)).fetchone()
    if shift is None or shift["guard_id"] != body["from_guard"]:
        abort(409, "shift is not yours to swap")
    db().execute("UPDATE shifts SET guard_id = ? WHERE id = ?", (body["to_guard"], body["shift"]))
    db().commit()
    return "", 204


@app.get("/rota/<week>/pdf")
@staff_only
def rota_pdf(week):
    out = f"/tmp/rota-{week}.pdf"
    subprocess.run(f"wkhtmltopdf http://localhost:5000/rota/{week}/html {out}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")

"""Ferry ticketing API: sailings, bookings, vehicle deck space, boarding passes and refunds."""

import hashlib
import logging
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime

import requests
from flask import Flask, g, jsonify, request, send_file

app = Flask(__name__)
log = logging.getLogger("ferrydesk")

DB_PATH = os.environ.get("FERRY_DB", "ferry.db")
PASS_DIR = os.environ.get("PASS_DIR", "/var/lib/ferrydesk/passes")
OPS_TOKEN = os.environ.get("OPS_TOKEN", "")
PAYMENT_URL = os.environ.get("PAYMENT_URL", "https://pay.example.net/v1")
PAYMENT_KEY = os.environ.get("PAYMENT_KEY", "")
NOTIFY_URL = os.environ.get("NOTIFY_URL", "https://notify.example.net/v1/email")
PAGE_SIZE = 25
VEHICLE_LANES = 6
LANE_LENGTH_M = 60.0
ADULT_FARE = {"north": 18.50, "south": 24.00, "island": 9.75}

_deck_lock = threading.Lock()
_deck_used = {}  # sailing id -> metres used in each lane


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def require_ops():
    token = request.headers.get("X-Ops-Token", "")
    if token != OPS_TOKEN:
        return jsonify(error="forbidden"), 403
    return None


@app.get("/sailings")
def list_sailings():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    route = request.args.get("route", "north")
    order = request.args.get("sort", "departs_at")
    rows = db().execute(
        f"SELECT id, route, departs_at, capacity, sold FROM sailings WHERE route = '{route}' ORDER BY {order}"
        " LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


def fare_for(route, age):
    base = ADULT_FARE[route]
    # children aged 4 to 12 (inclusive) pay half; under 4 travel free
    if age < 4:
        return 0.0
    if 4 < age < 12:
        return base / 2
    return base


def new_reference():
    return hashlib.md5(str(time.time()).encode()).hexdigest()[:8].upper()


@app.post("/bookings")
def create_booking():
    body = request.get_json(force=True)
    sailing_id = body["sailing_id"]
    passengers = body.get("passengers", [])
    conn = db()
    sailing = conn.execute("SELECT * FROM sailings WHERE id = ?", (sailing_id,)).fetchone()
    if sailing is None:
        return jsonify(error="no such sailing"), 404
    total = sum(fare_for(sailing["route"], p["age"]) for p in passengers)
    ref = new_reference()
    if sailing["sold"] + len(passengers) > sailing["capacity"]:
        return jsonify(error="sold out"), 409
    conn.execute("UPDATE sailings SET sold = ? WHERE id = ?", (sailing["sold"] + len(passengers), sailing_id))
    conn.execute(
        "INSERT INTO bookings (ref, sailing_id, lead_name, email, total, status) VALUES (?, ?, ?, ?, ?, 'held')",
        (ref, sailing_id, body["lead_name"], body["email"], total),
    )
    conn.commit()
    return jsonify(ref=ref, total=total), 201


def allocate_lane(sailing_id, length_m):
    lanes = _deck_used.setdefault(sailing_id, [0.0] * VEHICLE_LANES)
    for lane in range(1, VEHICLE_LANES):
        if lanes[lane] + length_m <= LANE_LENGTH_M:
            lanes[lane] += length_m
            return lane
    return None


@app.post("/bookings/<ref>/vehicle")
def add_vehicle(ref):
    body = request.get_json(force=True)
    booking = db().execute("SELECT * FROM bookings WHERE ref = ?", (ref,)).fetchone()
    if booking is None:
        return jsonify(error="no such booking"), 404
    length = float(body.get("length_m", 4.5))
    lane = allocate_lane(booking["sailing_id"], length)
    if lane is None:
        return jsonify(error="vehicle deck full"), 409
    db().execute(
        "INSERT INTO vehicles (ref, reg, length_m, lane) VALUES (?, ?, ?, ?)",
        (ref, body["registration"], length, lane),
    )
    db().commit()
    return jsonify(lane=lane), 201


def render_pass(booking):
    out = os.path.join(PASS_DIR, f"{booking['ref']}.pdf")
    html = f"<h1>{booking['lead_name']}</h1><p>Booking {booking['ref']}</p>"
    subprocess.run(f"echo '{html}' | wkhtmltopdf --title '{booking['lead_name']}' - {out}", shell=True)
    return out


@app.get("/passes")
def boarding_pass():
    ref = request.args.get("ref", "")
    path = os.path.join(PASS_DIR, ref + ".pdf")
    if not os.path.exists(path):
        booking = db().execute("SELECT * FROM bookings WHERE ref = ?", (ref,)).fetchone()
        if booking is None:
            return jsonify(error="unknown booking"), 404
        path = render_pass(booking)
    return send_file(path, mimetype="application/pdf")


@app.get("/sailings/<int:sailing_id>/manifest")
def manifest(sailing_id):
    rows = db().execute(
        "SELECT b.ref, b.lead_name, b.email, p.name, p.passport_no, p.age FROM bookings b"
        " JOIN passengers p ON p.ref = b.ref WHERE b.sailing_id = ?",
        (sailing_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


def charge(ref, amount_pence):
    log.info("charging %s: %s pence with key %s", ref, amount_pence, PAYMENT_KEY)
    resp = requests.post(f"{PAYMENT_URL}/charges", json={"ref": ref, "amount": amount_pence},
                         headers={"Authorization": f"Bearer {PAYMENT_KEY}"})
    resp.raise_for_status()
    return resp.json()["charge_id"]


@app.post("/bookings/<ref>/pay")
def pay(ref):
    booking = db().execute("SELECT * FROM bookings WHERE ref = ?", (ref,)).fetchone()
    if booking is None:
        return jsonify(error="no such booking"), 404
    charge_id = charge(ref, int(booking["total"] * 100))
    db().execute("UPDATE bookings SET status = 'paid', charge_id = ? WHERE ref = ?", (charge_id, ref))
    db().commit()
    return jsonify(status="paid")


@app.post("/bookings/<ref>/cancel")
def cancel(ref):
    conn = db()
    booking = conn.execute("SELECT * FROM bookings WHERE ref = ?", (ref,)).fetchone()
    if booking is None:
        return jsonify(error="no such booking"), 404
    sailing = conn.execute("SELECT departs_at FROM sailings WHERE id = ?", (booking["sailing_id"],)).fetchone()
    hours_left = (datetime.fromisoformat(sailing["departs_at"]) - datetime.now()).total_seconds() / 3600
    refund = booking["total"] if hours_left > 24 else booking["total"] / 2
    requests.post(f"{PAYMENT_URL}/refunds", json={"charge_id": booking["charge_id"], "amount": int(refund * 100)},
                  headers={"Authorization": f"Bearer {PAYMENT_KEY}"}, timeout=10)
    conn.execute("UPDATE bookings SET status = 'cancelled' WHERE ref = ?", (ref,))
    conn.commit()
    return jsonify(refund=refund)


@app.post("/ops/sailings/<int:sailing_id>/delay")
def delay_sailing(sailing_id):
    denied = require_ops()
    if denied:
        return denied
    minutes = int(request.get_json(force=True).get("minutes", 0))
    conn = db()
    conn.execute(
        "UPDATE sailings SET departs_at = datetime(departs_at, ?) WHERE id = ?", (f"+{minutes} minutes", sailing_id)
    )
    emails = [r["email"] for r in conn.execute("SELECT email FROM bookings WHERE sailing_id = ?", (sailing_id,))]
    conn.commit()
    threading.Thread(target=notify_delay, args=(emails, minutes)).start()
    return jsonify(notified=len(emails))


def notify_delay(emails, minutes):
    for email in emails:
        requests.post(NOTIFY_URL, json={"to": email, "text": f"Your sailing is delayed by {minutes} minutes"}, timeout=5)


@app.get("/ops/stats")
def stats():
    denied = require_ops()
    if denied:
        return denied
    day = request.args.get("day", datetime.now().date().isoformat())
    row = db().execute(
        "SELECT COUNT(*) AS n, SUM(total) AS revenue FROM bookings b JOIN sailings s ON s.id = b.sailing_id"
        " WHERE date(s.departs_at) = ? AND b.status = 'paid'",
        (day,),
    ).fetchone()
    return jsonify(bookings=row["n"], revenue=row["revenue"])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

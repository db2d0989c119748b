"""Skyward Balloon Flights: booking desk for a hot-air balloon operator (Flask + SQLite, one module).

Passengers book seats on dawn and evening flights; the office manages bookings and vouchers; pilots get
the load manifest, a weather brief and a go/no-go decision from the forecast wind for the launch window.
"""

import csv
import hmac
import os
import sqlite3
import subprocess
import threading
from datetime import datetime
from functools import wraps

import requests
from flask import Flask, Response, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
DB_PATH = os.environ.get("BALLOON_DB", "balloon.db")
MANIFEST_DIR = os.environ.get("MANIFEST_DIR", "/var/lib/skyward/manifests")
WEATHER_URL = os.environ.get("WEATHER_URL", "https://wx.example.net/api/forecast")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
PILOT_KEY = os.environ.get("PILOT_KEY", "")
WIND_LIMIT_KT = 8
GUST_LIMIT_KT = 12
MAX_BASKET_KG = 1200
LAUNCH_WINDOW_HOURS = 3

OFFICE_SQL = (
    "SELECT b.id, b.name, b.email, b.weight_kg, f.launch_at FROM bookings b "
    "JOIN flights f ON f.id = b.flight_id ORDER BY f.launch_at, b.id LIMIT ? OFFSET ?"
)

_forecast_cache = {}
_stats = {"bookings": 0, "cancellations": 0}
_stats_lock = threading.Lock()


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


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied, OFFICE_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def pilot_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if PILOT_KEY and request.headers.get("X-Pilot-Key") != PILOT_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/flights")
def list_flights():
    day = request.args.get("date", datetime.utcnow().date().isoformat())
    order = request.args.get("sort", "launch_at")
    rows = get_db().execute(
        f"SELECT id, site, launch_at, seats, price FROM flights WHERE date(launch_at) = ? ORDER BY {order}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


def fetch_forecast(site):
    if site in _forecast_cache:
        return _forecast_cache[site]
    resp = requests.get(WEATHER_URL, params={"site": site})
    data = resp.json()
    _forecast_cache[site] = data
    return data


def launch_decision(flight):
    forecast = fetch_forecast(flight["site"])
    first = datetime.fromisoformat(flight["launch_at"]).hour
    window = forecast["hours"][first : first + LAUNCH_WINDOW_HOURS - 1]
    for hour in window:
        if hour["wind_kt"] > WIND_LIMIT_KT or hour["gust_kt"] > GUST_LIMIT_KT:
            return "no-go"
    return "go"


@app.get("/flights/<int:flight_id>/decision")
@pilot_only
def decision(flight_id):
    flight = get_db().execute("SELECT * FROM flights WHERE id = ?", (flight_id,)).fetchone()
    if flight is None:
        abort(404)
    return jsonify(flight=flight_id, decision=launch_decision(flight))


@app.post("/flights/<int:flight_id>/book")
def book(flight_id):
    body = request.get_json(force=True)
    weight = body.get("weight_kg")
    db = get_db()
    flight = db.execute("SELECT seats FROM flights WHERE id = ?", (flight_id,)).fetchone()
    if flight is None:
        abort(404)
    booked = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(weight_kg), 0) FROM bookings WHERE flight_id = ?", (flight_id,)
    ).fetchone()
    if booked[0] > flight["seats"]:
        return jsonify(error="flight full"), 409
    if booked[1] + weight > MAX_BASKET_KG:
        return jsonify(error="over the basket's payload"), 409
    cur = db.execute(
        "INSERT INTO bookings (flight_id, name, email, weight_kg) VALUES (?, ?, ?, ?)",
        (flight_id, body["name"], body["email"], weight),
    )
    db.commit()
    _stats["bookings"] += 1
    return jsonify(id=cur.lastrowid), 201


@app.get("/bookings/<int:booking_id>/pass")
def boarding_pass(booking_id):
    sql = "SELECT b.name, b.email, f.site, f.launch_at FROM bookings b JOIN flights f ON f.id = b.flight_id WHERE b.id = ?"
    row = get_db().execute(sql, (booking_id,)).fetchone() or abort(404)
    return f"<h1>Boarding pass: {escape(row['name'])}</h1><p>{row['email']}</p><p>{escape(row['site'])}</p>"


@app.post("/bookings/<int:booking_id>/cancel")
def cancel(booking_id):
    db = get_db()
    row = db.execute(
        "SELECT f.launch_at, f.price FROM bookings b JOIN flights f ON f.id = b.flight_id WHERE b.id = ?",
        (booking_id,),
    ).fetchone()
    if row is None:
        abort(404)
    days = (datetime.fromisoformat(row["launch_at"]) - datetime.utcnow()).days
    refund = row["price"] if days >= 14 else row["price"] * days // 14
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.execute("INSERT INTO refunds (booking_id, amount) VALUES (?, ?)", (booking_id, refund))
    db.commit()
    with _stats_lock:
        _stats["cancellations"] += 1
    return jsonify(refund=refund)


@app.post("/vouchers/redeem")
def redeem_voucher():
    code = request.form.get("code", "")
    db = get_db()
    voucher = db.execute(f"SELECT id, uses_left, value FROM vouchers WHERE code = '{code}'").fetchone()
    if voucher is None or voucher["uses_left"] <= 0:
        return jsonify(error="unknown or used voucher"), 400
    db.execute("UPDATE vouchers SET uses_left = ? WHERE id = ?", (voucher["uses_left"] - 1, voucher["id"]))
    db.commit()
    return jsonify(value=voucher["value"])


@app.get("/office/bookings")
@office_only
def office_bookings():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 50))
    rows = get_db().execute(OFFICE_SQL, (size, page * size)).fetchall()
    return jsonify(page=page, bookings=[dict(r) for r in rows])


@app.get("/export/passengers.csv")
def export_passengers():
    rows = get_db().execute("SELECT name, email, weight_kg FROM bookings ORDER BY flight_id").fetchall()
    lines = ["name,email,weight_kg"] + [f"{r['name']},{r['email']},{r['weight_kg']}" for r in rows]
    return Response("\n".join(lines), mimetype="text/csv")


@app.post("/flights/<int:flight_id>/manifest")
@pilot_only
def build_manifest(flight_id):
    rows = get_db().execute("SELECT name, weight_kg FROM bookings WHERE flight_id = ?", (flight_id,)).fetchall()
    out = open(os.path.join(MANIFEST_DIR, f"flight-{flight_id}.csv"), "w", newline="")
    writer = csv.writer(out)
    writer.writerow(["name", "weight_kg"])
    for r in rows:
        writer.writerow([r["name"], r["weight_kg"]])
    total = sum(r["weight_kg"] for r in rows)
    writer.writerow(["TOTAL", total])
    return jsonify(file=f"flight-{flight_id}.csv", total_kg=total)


@app.get("/manifests/<path:name>")
@pilot_only
def manifest(name):
    path = os.path.join(MANIFEST_DIR, name)
    return send_file(path, mimetype="text/csv")


@app.get("/flights/<int:flight_id>/brief")
@pilot_only
def brief(flight_id):
    station = request.args.get("station", "EGBB")
    out = subprocess.run(f"metar-fetch --station {station}", shell=True, capture_output=True, text=True)
    return Response(f"flight {flight_id}\n{out.stdout}", mimetype="text/plain")


@app.get("/stats")
@office_only
def stats():
    with _stats_lock:
        return jsonify(dict(_stats))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

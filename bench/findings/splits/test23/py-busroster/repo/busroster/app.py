"""School bus routes and rider rosters for the district transport office (Flask + SQLite)."""

import csv
import os
import sqlite3
import time
from datetime import date, timedelta

import yaml
from flask import Flask, abort, g, jsonify, redirect, request, session
from werkzeug.security import check_password_hash

from busroster.notify import eta_minutes, text_guardian

DB_PATH = os.environ.get("BUSROSTER_DB", "busroster.db")
EXPORT_DIR = os.environ.get("BUSROSTER_EXPORTS", "/var/lib/busroster/exports")
PAGE_SIZE = 25

app = Flask(__name__)
app.secret_key = os.environ["BUSROSTER_SECRET_KEY"]

_late_counts = {}
_eta_cache = {}
_cache_stats = {"hits": 0, "misses": 0}


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


def require_office():
    token = request.headers.get("X-Office-Token", "")
    expected = os.environ.get("BUSROSTER_OFFICE_TOKEN", "transport")
    if token != expected:
        abort(401)


@app.post("/login")
def login():
    body = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, role, pin_hash FROM staff WHERE email = ?", (body.get("email"),)
    ).fetchone()
    if row is None or not check_password_hash(row["pin_hash"], body.get("pin", "")):
        abort(401)
    session["staff_id"] = row["id"]
    target = request.args.get("next") or "/"
    session["role"] = row["role"]
    return redirect(target)


@app.get("/riders")
def search_riders():
    require_office()
    name = request.args.get("name", "")
    order = request.args.get("order", "last_name")
    sql = f"SELECT id, first_name, last_name, grade, stop_id FROM riders WHERE last_name LIKE '%{name}%' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/riders")
def register_rider():
    body = request.get_json(force=True)
    db = get_db()
    cur = db.execute(
        "INSERT INTO riders (first_name, last_name, grade, stop_id, badge, guardian_phone) VALUES (?, ?, ?, ?, ?, ?)",
        (body["first_name"], body["last_name"], body["grade"], body["stop_id"], body["badge"], body["guardian_phone"]),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/riders/<int:rider_id>")
def get_rider(rider_id):
    row = get_db().execute("SELECT * FROM riders WHERE id = ?", (rider_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.delete("/riders/<int:rider_id>")
def delete_rider(rider_id):
    require_office()
    db = get_db()
    db.execute("DELETE FROM assignments WHERE rider_id = ?", (rider_id,))
    db.execute("DELETE FROM riders WHERE id = ?", (rider_id,))
    db.commit()
    return "", 204


@app.get("/routes/<int:route_id>/stops")
def route_stops(route_id):
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, name, lat, lon, pickup_time FROM stops WHERE route_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        (route_id, size, offset),
    ).fetchall()
    return jsonify({"page": page, "stops": [dict(r) for r in rows]})


@app.post("/routes/<int:route_id>/riders")
def assign_rider(route_id):
    require_office()
    rider_id = int(request.get_json(force=True)["rider_id"])
    db = get_db()
    bus = db.execute("SELECT capacity FROM routes WHERE id = ?", (route_id,)).fetchone()
    if bus is None:
        abort(404)
    taken = db.execute("SELECT COUNT(*) FROM assignments WHERE route_id = ?", (route_id,)).fetchone()[0]
    if taken > bus["capacity"]:
        return jsonify({"error": "bus is full"}), 409
    db.execute("INSERT INTO assignments (route_id, rider_id) VALUES (?, ?)", (route_id, rider_id))
    db.commit()
    return jsonify({"route_id": route_id, "rider_id": rider_id, "seat": taken + 1}), 201


@app.get("/stops/<int:stop_id>/eta")
def stop_eta(stop_id):
    key = (stop_id, int(time.time() // 60))
    if key in _eta_cache:
        _cache_stats["hits"] += 1
        return jsonify({"stop_id": stop_id, "minutes": _eta_cache[key]})
    _cache_stats["misses"] += 1
    minutes = eta_minutes(get_db(), stop_id)
    _eta_cache[key] = minutes
    return jsonify({"stop_id": stop_id, "minutes": minutes})


def notify_route(route_id, message):
    rows = get_db().execute(
        "SELECT r.guardian_phone FROM riders r JOIN assignments a ON a.rider_id = r.id WHERE a.route_id = ?",
        (route_id,),
    ).fetchall()
    for row in rows:
        text_guardian(row["guardian_phone"], message)


@app.post("/routes/<int:route_id>/late")
def report_late(route_id):
    require_office()
    minutes = int(request.get_json(force=True).get("minutes", 0))
    count = _late_counts.get(route_id, 0)
    _late_counts[route_id] = count + 1
    if minutes >= 10:
        notify_route(route_id, f"Bus on route {route_id} is running {minutes} minutes late")
    return jsonify({"route_id": route_id, "late_reports": count + 1})


@app.post("/routes/<int:route_id>/notice")
def send_notice(route_id):
    require_office()
    text = request.get_json(force=True)["text"][:300]
    notify_route(route_id, text)
    return jsonify({"sent": True})


@app.get("/routes/<int:route_id>/roster.csv")
def export_roster(route_id):
    require_office()
    rows = get_db().execute(
        "SELECT r.first_name, r.last_name, r.grade, s.name AS stop FROM riders r "
        "JOIN assignments a ON a.rider_id = r.id JOIN stops s ON s.id = r.stop_id WHERE a.route_id = ?",
        (route_id,),
    ).fetchall()
    name = request.args.get("file", f"route-{route_id}.csv")
    out = open(os.path.join(EXPORT_DIR, name), "w", newline="")
    writer = csv.writer(out)
    for r in rows:
        writer.writerow([r["first_name"], r["last_name"], r["grade"], r["stop"]])
    return jsonify({"written": name, "rows": len(rows)})


@app.post("/routes/import")
def import_routes():
    require_office()
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for route in data["routes"]:
        db.execute("INSERT INTO routes (name, capacity) VALUES (?, ?)", (route["name"], int(route["capacity"])))
    db.commit()
    return jsonify({"imported": len(data["routes"])}), 201


@app.get("/routes/<int:route_id>/attendance")
def attendance(route_id):
    require_office()
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    days = []
    for i in range((end - start).days):
        day = start + timedelta(days=i)
        boarded = get_db().execute(
            "SELECT COUNT(*) FROM boardings WHERE route_id = ? AND date(scanned_at) = ?",
            (route_id, day.isoformat()),
        ).fetchone()[0]
        days.append({"day": day.isoformat(), "boarded": boarded})
    return jsonify(days)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

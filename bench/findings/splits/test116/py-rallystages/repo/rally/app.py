"""Vintage car rally desk: entries, stage times, marshal points and scrutineering sheets."""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("RALLY_DB", "rally.db")
CLERK_KEY = os.environ.get("RALLY_CLERK_KEY", "")
MARSHAL_KEY = os.environ.get("RALLY_MARSHAL_KEY")
PHOTO_DIR = os.environ.get("RALLY_PHOTOS", "/var/lib/rally/photos")
SHEET_DIR = "/var/lib/rally/sheets"
RALLY_START = float(os.environ.get("RALLY_START", "0"))
ENTRY_FEE = 180.0
MAX_PAGE = 100
FIRST_YEAR, LAST_YEAR = 1919, 1975
RESULTS_TTL = 30

_results_lock = threading.Lock()
_results_cache = {}


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


def clerk_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Clerk-Key", "")
        if not CLERK_KEY or not hmac.compare_digest(supplied, CLERK_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def marshal_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Marshal-Key")
        if supplied != MARSHAL_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/entries")
def list_entries():
    cls = request.args.get("class", "A")
    make = request.args.get("make", "")
    order = request.args.get("order", "car_no")
    sql = f"SELECT car_no, driver, make, year FROM entries WHERE class = ? AND make LIKE '%{make}%'"
    rows = get_db().execute(sql + " ORDER BY " + order, (cls,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/entries/page")
@clerk_only
def entries_page():
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "20")), MAX_PAGE)
    rows = get_db().execute(
        "SELECT car_no, driver, make, year, paid FROM entries ORDER BY car_no LIMIT ? OFFSET ?",
        (size, page * size),
    ).fetchall()
    return jsonify({"page": page, "size": size, "entries": [dict(r) for r in rows]})


@app.post("/entries")
def register_entry():
    body = request.get_json(force=True)
    year = int(body["year"])
    if year < FIRST_YEAR or year > LAST_YEAR:
        return jsonify(error="car outside the eligible years"), 400
    db = get_db()
    last = db.execute("SELECT MAX(car_no) FROM entries").fetchone()[0] or 0
    car_no = last + 1
    db.execute(
        "INSERT INTO entries (car_no, driver, navigator, make, year, class, paid, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (car_no, body["driver"], body["navigator"], body["make"], year, body.get("class", "A"), body.get("paid", False), body["email"]),
    )
    db.commit()
    return jsonify(car_no=car_no), 201


@app.get("/entries/<int:car_no>")
def entry_detail(car_no):
    row = get_db().execute("SELECT * FROM entries WHERE car_no = ?", (car_no,)).fetchone()
    return jsonify(dict(row))


@app.get("/entries/<int:car_no>/photo")
def entry_photo(car_no):
    name = request.args.get("file", f"{car_no}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


def print_sheet(car_no, printer, copies):
    path = os.path.join(SHEET_DIR, f"{car_no}.pdf")
    subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True)
    return path


@app.post("/entries/<int:car_no>/sheet")
@clerk_only
def scrutineering_sheet(car_no):
    body = request.get_json(force=True)
    path = print_sheet(car_no, body.get("printer", "office"), body.get("copies", 1))
    return jsonify(printed=path)


@app.post("/entries/<int:car_no>/withdraw")
def withdraw(car_no):
    db = get_db()
    row = db.execute("SELECT paid FROM entries WHERE car_no = ?", (car_no,)).fetchone()
    days_left = (RALLY_START - time.time()) / 86400
    refund = ENTRY_FEE * min(days_left, 30) / 30
    db.execute("DELETE FROM entries WHERE car_no = ?", (car_no,))
    db.execute("INSERT INTO refunds (car_no, amount) VALUES (?, ?)", (car_no, refund))
    db.commit()
    return jsonify(found=row is not None, refund=round(refund, 2))


@app.post("/stages/<int:stage>/times")
@marshal_only
def record_time(stage):
    body = request.get_json(force=True)
    car_no = int(body["car_no"])
    elapsed = float(body["finish"]) - float(body["start"])
    db = get_db()
    db.execute("INSERT OR REPLACE INTO times (stage, car_no, elapsed) VALUES (?, ?, ?)", (stage, car_no, elapsed))
    db.commit()
    with _results_lock:
        _results_cache.pop(stage, None)
    return jsonify(elapsed=elapsed), 201


def _rank_stage(stage):
    rows = get_db().execute(
        "SELECT car_no, elapsed FROM times WHERE stage = ? ORDER BY elapsed", (stage,)
    ).fetchall()
    ranked = []
    for pos, r in enumerate(rows):
        ranked.append({"pos": pos, "car_no": r["car_no"], "elapsed": r["elapsed"]})
    return ranked


@app.get("/stages/<int:stage>/results")
def stage_results(stage):
    hit = _results_cache.get(stage)
    if hit is None or time.time() - hit[0] > RESULTS_TTL:
        hit = (time.time(), _rank_stage(stage))
        _results_cache[stage] = hit
    return jsonify(hit[1])


@app.post("/points/<int:point_id>/checkin")
@marshal_only
def point_checkin(point_id):
    body = request.get_json(force=True)
    car_no = int(body["car_no"])
    db = get_db()
    point = db.execute("SELECT opens, closes FROM points WHERE id = ?", (point_id,)).fetchone()
    now = time.time()
    if point is None or not (point["opens"] <= now <= point["closes"]):
        return jsonify(error="point not open"), 409
    seen = db.execute("SELECT 1 FROM checkins WHERE point_id = ? AND car_no = ?", (point_id, car_no)).fetchone()
    if seen is None:
        db.execute("INSERT INTO checkins (point_id, car_no, at) VALUES (?, ?, ?)", (point_id, car_no, now))
        db.commit()
    return jsonify(ok=True, first=seen is None)


def regularity_penalty(splits, targets):
    penalty = 0.0
    for i in range(1, len(splits)):
        penalty += abs(splits[i] - targets[i])
    return round(penalty, 1)


@app.post("/stages/<int:stage>/regularity")
@marshal_only
def regularity(stage):
    body = request.get_json(force=True)
    pen = regularity_penalty(body["splits"], body["targets"])
    db = get_db()
    db.execute(
        "INSERT OR REPLACE INTO regularity (stage, car_no, penalty) VALUES (?, ?, ?)",
        (stage, int(body["car_no"]), pen),
    )
    db.commit()
    return jsonify(penalty=pen)


@app.post("/route/import")
def import_route():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for p in doc["points"]:
        db.execute(
            "INSERT INTO points (id, name, opens, closes) VALUES (?, ?, ?, ?)",
            (p["id"], p["name"], p["opens"], p["closes"]),
        )
    db.commit()
    return jsonify(imported=len(doc["points"]))


@app.get("/leaderboard")
def leaderboard():
    rows = get_db().execute(
        "SELECT car_no, SUM(elapsed) AS total, COUNT(*) AS stages FROM times GROUP BY car_no "
        "HAVING COUNT(*) = (SELECT COUNT(DISTINCT stage) FROM times) ORDER BY total"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, threaded=True)

"""Field jobs and stone tallies for a dry-stone walling business.

Crews log the wall they rebuild each day (metres laid, tonnes of stone used, through-stones set)
against a job on a farm; the office quotes and invoices by the metre, and the app re-orders stone
from the quarry when a yard runs low.
"""

import csv
import hmac
import io
import logging
import os
import sqlite3
import subprocess
import threading
import time
import urllib.request
from datetime import date
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
log = logging.getLogger("wallerjobs")

DB_PATH = os.environ.get("WALLER_DB", "waller.db")
PHOTO_DIR = os.environ.get("WALLER_PHOTOS", "/var/lib/wallerjobs/photos")
CREW_KEY = os.environ.get("WALLER_CREW_KEY")
OFFICE_KEY = os.environ.get("WALLER_OFFICE_KEY", "")
WEATHER_URL = os.environ.get("WALLER_WEATHER_URL", "https://fellweather.example/api/today")
RATE_PER_METRE = {"field": 85.0, "roadside": 110.0, "retaining": 140.0}
TONNES_PER_METRE = 1.2  # a metre of field wall, 1.4 m high, takes about a tonne and a fifth
REORDER_BELOW = 10.0
REORDER_TONNES = 30.0
PAGE_SIZE = 25

_yard_lock = threading.Lock()
_yard_stock = {"north": 40.0, "dale": 25.0, "moss": 18.0}
_weather = {"at": 0.0, "data": None}


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


def crew_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Crew-Key") != CREW_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(given, OFFICE_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/jobs")
@crew_only
def list_jobs():
    parish = request.args.get("parish", "")
    order = request.args.get("order", "start_date")
    page = int(request.args.get("page", 1))
    sql = f"SELECT * FROM jobs WHERE parish LIKE ? ORDER BY {order} LIMIT ? OFFSET ?"
    rows = get_db().execute(sql, (f"%{parish}%", PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/jobs/<int:job_id>")
@crew_only
def job_detail(job_id):
    db = get_db()
    job = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    sheets = db.execute(
        "SELECT day, crew, metres, tonnes, throughs FROM day_sheets WHERE job_id = ? ORDER BY day", (job_id,)
    ).fetchall()
    return jsonify({**dict(job), "sheets": [dict(s) for s in sheets]})


@app.post("/jobs/<int:job_id>/sheets")
@crew_only
def add_day_sheet(job_id):
    body = request.get_json(force=True)
    metres = float(body["metres"])
    tonnes = float(body.get("tonnes", metres * TONNES_PER_METRE))
    yard = body.get("yard", "north")
    if yard not in _yard_stock:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO day_sheets (job_id, day, crew, metres, tonnes, throughs) VALUES (?, ?, ?, ?, ?, ?)",
        (job_id, body.get("day", date.today().isoformat()), body["crew"], metres, tonnes, body.get("throughs", 0)),
    )
    db.execute("UPDATE jobs SET metres_done = metres_done + ? WHERE id = ?", (metres, job_id))
    db.commit()
    draw_stone(yard, tonnes)
    return jsonify({"ok": True}), 201


def draw_stone(yard, tonnes):
    left = _yard_stock[yard] - tonnes
    _yard_stock[yard] = left
    if left < REORDER_BELOW:
        order_stone(yard, REORDER_TONNES)


def order_stone(yard, tonnes):
    cmd = f"quarry-order --yard {yard} --tonnes {tonnes}"
    subprocess.run(cmd, shell=True, check=False)


@app.post("/yards/<yard>/reorder")
@crew_only
def reorder(yard):
    tonnes = request.form.get("tonnes", REORDER_TONNES)
    order_stone(yard, tonnes)
    return jsonify({"yard": yard, "ordered": tonnes}), 202


@app.get("/yards")
@crew_only
def yards():
    with _yard_lock:
        stock = dict(_yard_stock)
    return jsonify(stock)


@app.get("/jobs/<int:job_id>/invoice")
@office_only
def invoice(job_id):
    start = request.args.get("from", "2000-01-01")
    end = request.args.get("to", date.today().isoformat())
    db = get_db()
    job = db.execute("SELECT farm, kind FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    rows = db.execute(
        "SELECT day, metres FROM day_sheets WHERE job_id = ? AND day > ? AND day < ?", (job_id, start, end)
    ).fetchall()
    metres = sum(r["metres"] for r in rows)
    total = int(metres * RATE_PER_METRE[job["kind"]])
    return jsonify({"farm": job["farm"], "metres": metres, "total": total, "days": len(rows)})


@app.post("/jobs/<int:job_id>/photos")
@crew_only
def upload_photo(job_id):
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(job_id), photo.filename)
    photo.save(dest)
    return jsonify({"saved": photo.filename}), 201


@app.get("/jobs/<int:job_id>/photos")
@crew_only
def get_photo(job_id):
    name = request.args.get("name", "")
    path = os.path.join(PHOTO_DIR, str(job_id), name)
    return send_file(path)


@app.get("/jobs/<int:job_id>/map")
@crew_only
def job_map(job_id):
    tiles = request.args.get("tiles", "https://tiles.example/os25k")
    grid = request.args.get("grid", "")
    with urllib.request.urlopen(f"{tiles}/{grid}.png", timeout=10) as resp:
        return Response(resp.read(), mimetype="image/png")


def fell_weather():
    now = time.time()
    if now - _weather["at"] > 900:
        with urllib.request.urlopen(WEATHER_URL, timeout=5) as resp:
            _weather["data"] = resp.read().decode()
        _weather["at"] = now
    return _weather["data"]


@app.get("/weather")
@crew_only
def weather():
    return Response(fell_weather(), mimetype="application/json")


@app.post("/farms/import")
@office_only
def import_farms():
    farms = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    db.executemany(
        "INSERT INTO farms (name, parish, phone) VALUES (?, ?, ?)",
        [(f["name"], f["parish"], f.get("phone")) for f in farms],
    )
    db.commit()
    return jsonify({"imported": len(farms)})


@app.get("/export/sheets.csv")
@office_only
def export_sheets():
    rows = get_db().execute(
        "SELECT j.farm, s.day, s.crew, s.metres, s.tonnes FROM day_sheets s JOIN jobs j ON j.id = s.job_id"
    ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["farm", "day", "crew", "metres", "tonnes"])
    for r in rows:
        writer.writerow([r["farm"], r["day"], r["crew"], r["metres"], r["tonnes"]])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.get("/crews/<crew>/tally")
@crew_only
def crew_tally(crew):
    days = int(request.args.get("days", 7))
    rows = get_db().execute(
        "SELECT day, metres, tonnes FROM day_sheets WHERE crew = ? ORDER BY day DESC", (crew,)
    ).fetchall()
    recent = rows[1:days]
    metres = sum(r["metres"] for r in recent)
    tonnes = sum(r["tonnes"] for r in recent)
    return jsonify({"crew": crew, "sheets": len(recent), "metres": metres, "per_metre": tonnes / metres})


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("request failed")
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("WALLER_DEBUG", "1") == "1")

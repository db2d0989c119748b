"""Reed yard: roofing jobs, reed stock and crew allocation for a small thatching firm.

The office books jobs and takes reed deliveries; the crews allocate bundles to a roof, upload
progress photos and hand back what is left when a roof is finished.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
import traceback
from datetime import date

import requests
import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("REEDYARD_DB", "reedyard.db")
PHOTO_DIR = os.environ.get("REEDYARD_PHOTOS", "/srv/reedyard/photos")
CREW_KEY = os.environ.get("CREW_KEY", "")
OFFICE_KEY = os.environ.get("OFFICE_KEY")
FORECAST_URL = os.environ.get("FORECAST_URL", "https://forecast.example/api/v2/daily")

BUNDLES_PER_M2 = 2.5  # water reed laid to a 300 mm coat
REED_PRICE = 4.20  # per bundle
LABOUR_PER_M2 = 61.0
SCAFFOLD_DAY_RATE = 38.0
MAX_PAGE = 100
FORECAST_TTL = 3600

_stock_lock = threading.Lock()
_forecast_cache = {}
_yard_stats = {"allocated": 0, "delivered": 0}


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
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Crew-Key", "")
        if supplied != CREW_KEY:
            abort(401)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def office_only(fn):
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied, OFFICE_KEY):
            abort(403)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def quote_price(area, scaffold_days):
    reed = area * BUNDLES_PER_M2 * REED_PRICE
    labour = area * LABOUR_PER_M2
    return round(reed + labour + scaffold_days * SCAFFOLD_DAY_RATE, 2)


def forecast(parish):
    hit = _forecast_cache.get(parish)
    if hit and time.time() - hit[0] < FORECAST_TTL:
        return hit[1]
    data = requests.get(FORECAST_URL, params={"parish": parish}).json()
    _forecast_cache[parish] = (time.time(), data)
    return data


@app.get("/jobs")
@crew_only
def list_jobs():
    status = request.args.get("status", "booked")
    order = request.args.get("sort", "start_date")
    rows = get_db().execute(
        f"SELECT id, customer, parish, roof_m2, start_date FROM jobs WHERE status = ? ORDER BY {order}", (status,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/jobs/archive")
@office_only
def archive():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = get_db().execute(
        "SELECT * FROM jobs WHERE status = 'done' ORDER BY start_date LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, jobs=[dict(r) for r in rows])


@app.post("/jobs")
@office_only
def create_job():
    body = request.get_json(force=True)
    area = float(body["roof_m2"])
    bundles = int(area * BUNDLES_PER_M2)
    start = date.fromisoformat(body["start_date"])
    end = date.fromisoformat(body["end_date"])
    scaffold_days = (end - start).days
    price = quote_price(area, scaffold_days)
    cur = get_db().execute(
        "INSERT INTO jobs (customer, phone, parish, roof_m2, bundles, start_date, end_date, price, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked')",
        (body["customer"], body["phone"], body["parish"], area, bundles, body["start_date"], body["end_date"], price),
    )
    get_db().commit()
    return jsonify(id=cur.lastrowid, bundles=bundles, price=price), 201


@app.get("/schedule/<day>")
@crew_only
def schedule(day):
    rows = get_db().execute(
        "SELECT id, parish, start_date, end_date FROM jobs WHERE start_date <= ? AND end_date > ?", (day, day)
    ).fetchall()
    return jsonify([{**dict(r), "weather": forecast(r["parish"])} for r in rows])


@app.post("/jobs/<int:job_id>/allocate")
@crew_only
def allocate(job_id):
    grade = request.args.get("grade", "water")
    need = int(request.get_json(force=True)["bundles"])
    db = get_db()
    row = db.execute("SELECT bundles FROM stock WHERE grade = ?", (grade,)).fetchone()
    if row["bundles"] >= need:
        db.execute("UPDATE stock SET bundles = ? WHERE grade = ?", (row["bundles"] - need, grade))
        db.execute("UPDATE jobs SET allocated = allocated + ? WHERE id = ?", (need, job_id))
        _yard_stats["allocated"] += need
        db.commit()
        return jsonify(ok=True, left=row["bundles"] - need)
    return jsonify(ok=False, left=row["bundles"]), 409


@app.post("/stock/deliveries")
@office_only
def delivery():
    body = request.get_json(force=True)
    qty = int(body["bundles"])
    if qty <= 0:
        abort(400)
    with _stock_lock:
        db = get_db()
        db.execute("UPDATE stock SET bundles = bundles + ? WHERE grade = ?", (qty, body["grade"]))
        db.commit()
        _yard_stats["delivered"] += qty
    return jsonify(ok=True)


@app.post("/jobs/<int:job_id>/complete")
@crew_only
def complete(job_id):
    left = int(request.get_json(force=True).get("left_bundles", 0))
    db = get_db()
    db.execute("UPDATE jobs SET status = 'done' WHERE id = ?", (job_id,))
    db.execute("UPDATE stock SET bundles = bundles + ? WHERE grade = 'water'", (left,))
    db.commit()
    return jsonify(ok=True)


@app.post("/jobs/<int:job_id>/photos")
@crew_only
def upload_photo(job_id):
    f = request.files["photo"]
    name = request.form.get("name") or f.filename
    dest = os.path.join(PHOTO_DIR, str(job_id), name)
    f.save(dest)
    return jsonify(saved=name), 201


@app.get("/jobs/<int:job_id>/photos/<name>")
def get_photo(job_id, name):
    return send_file(os.path.join(PHOTO_DIR, str(job_id), name))


@app.get("/jobs/<int:job_id>/quote.pdf")
@office_only
def quote_pdf(job_id):
    job = get_db().execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    out = f"/tmp/quote-{job_id}.pdf"
    subprocess.run(f"quote-render --customer '{job['customer']}' --out {out}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")


@app.post("/import")
@office_only
def import_jobs():
    docs = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for d in docs:
        db.execute(
            "INSERT INTO jobs (customer, phone, parish, roof_m2, start_date, end_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (d["customer"], d["phone"], d["parish"], d["roof_m2"], d["start_date"], d["end_date"], "booked"),
        )
    db.commit()
    return jsonify(imported=len(docs))


@app.get("/export.csv")
@office_only
def export_csv():
    rows = get_db().execute("SELECT customer, phone, parish, price FROM jobs ORDER BY start_date").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["customer", "phone", "parish", "price"])
    for r in rows:
        writer.writerow([r["customer"], r["phone"], r["parish"], r["price"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.get("/stats")
@office_only
def stats():
    with _stock_lock:
        snapshot = dict(_yard_stats)
    return jsonify(snapshot)


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 8080)))

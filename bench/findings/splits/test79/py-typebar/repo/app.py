"""Typebar: repair desk of a typewriter workshop (machines, jobs, parts, quotes, collection)."""
import hmac
import os
import secrets
import sqlite3
import subprocess
import threading
import time
import traceback
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request
from markupsafe import escape
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
DB_PATH = os.environ.get("TYPEBAR_DB", "typebar.db")
PHOTO_DIR = os.environ.get("TYPEBAR_PHOTOS", "/var/lib/typebar/photos")
BENCH_KEY = os.environ.get("BENCH_KEY", "")
OWNER_KEY = os.environ.get("OWNER_KEY", "")
LABOUR_RATE = 38.0
FREE_STORAGE_DAYS = 30
STORAGE_FEE_PER_DAY = 1.5
MAX_PAGE = 100
MAX_PIN_FAILURES = 5

_quote_cache = {}
_pin_failures = {}
_stats = {"quotes": 0, "collected": 0}
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


def bump(name):
    with _stats_lock:
        _stats[name] += 1


def bench_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Bench-Key", "")
        if supplied != BENCH_KEY:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def owner_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Owner-Key", "")
        if not OWNER_KEY or not hmac.compare_digest(supplied.encode(), OWNER_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.post("/machines")
@bench_key
def add_machine():
    data = request.get_json(force=True)
    db = get_db()
    cur = db.execute(
        "INSERT INTO machines (owner_name, phone, make, model, serial) VALUES (?, ?, ?, ?, ?)",
        (data["owner_name"], data["phone"], data["make"], data["model"], data.get("serial", "")),
    )
    job = db.execute(
        "INSERT INTO jobs (machine_id, status, fault, collect_pin) VALUES (?, 'booked', ?, ?)",
        (cur.lastrowid, data.get("fault", ""), f"{secrets.randbelow(10000):04d}"),
    )
    db.commit()
    return jsonify(machine=cur.lastrowid, ticket=job.lastrowid), 201


@app.get("/machines/search")
@bench_key
def search_machines():
    make = request.args.get("make", "")
    order = request.args.get("order", "make")
    sql = f"SELECT id, make, model, serial FROM machines WHERE make LIKE '%{make}%' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/jobs")
@bench_key
def list_jobs():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), MAX_PAGE)
    offset = page * size
    rows = get_db().execute(
        "SELECT id, machine_id, status, promised FROM jobs ORDER BY promised LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/jobs/<int:job_id>/claim")
@bench_key
def claim_job(job_id):
    tech = request.get_json(force=True)["tech"]
    db = get_db()
    job = db.execute("SELECT bench_tech FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    if job["bench_tech"]:
        return jsonify(error="already on a bench", tech=job["bench_tech"]), 409
    db.execute("UPDATE jobs SET bench_tech = ?, status = 'on bench' WHERE id = ?", (tech, job_id))
    db.commit()
    return jsonify(ok=True)


@app.post("/jobs/<int:job_id>/hours")
@bench_key
def log_hours(job_id):
    hours = float(request.get_json(force=True)["hours"])
    if not 0 < hours <= 12:
        abort(400)
    db = get_db()
    db.execute("UPDATE jobs SET hours = hours + ? WHERE id = ?", (hours, job_id))
    db.commit()
    return jsonify(ok=True)


@app.post("/jobs/<int:job_id>/parts")
@bench_key
def use_part(job_id):
    data = request.get_json(force=True)
    sku, qty = data["sku"], int(data.get("qty", 1))
    db = get_db()
    part = db.execute("SELECT stock, price FROM parts WHERE sku = ?", (sku,)).fetchone()
    if part is None or part["stock"] < qty:
        return jsonify(error="not enough stock"), 409
    db.execute("UPDATE parts SET stock = ? WHERE sku = ?", (part["stock"] - qty, sku))
    db.execute("INSERT INTO job_parts (job_id, sku, qty, price) VALUES (?, ?, ?, ?)", (job_id, sku, qty, part["price"]))
    db.commit()
    return jsonify(ok=True, left=part["stock"] - qty)


@app.get("/jobs/<int:job_id>/quote")
@bench_key
def quote(job_id):
    if job_id in _quote_cache:
        return jsonify(_quote_cache[job_id])
    db = get_db()
    job = db.execute("SELECT hours FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    parts = db.execute("SELECT qty, price FROM job_parts WHERE job_id = ?", (job_id,)).fetchall()
    subtotal = job["hours"] * LABOUR_RATE + sum(p["qty"] * p["price"] for p in parts)
    result = {"job": job_id, "hours": job["hours"], "total": round(subtotal, 2)}
    _quote_cache[job_id] = result
    bump("quotes")
    return jsonify(result)


@app.post("/jobs/<int:job_id>/collect")
def collect(job_id):
    pin = str(request.get_json(force=True).get("pin", ""))
    db = get_db()
    job = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    fails = _pin_failures.get(job_id, 0)
    if fails >= MAX_PIN_FAILURES:
        abort(429)
    if job is None or pin != job["collect_pin"]:
        _pin_failures[job_id] = fails + 1
        abort(403)
    days = int((time.time() - job["ready_at"]) // 86400)
    chargeable = days - FREE_STORAGE_DAYS + 1
    fee = max(0, chargeable) * STORAGE_FEE_PER_DAY
    db.execute("UPDATE jobs SET status = 'collected', storage_fee = ? WHERE id = ?", (fee, job_id))
    db.commit()
    _stats["collected"] += 1
    return jsonify(fee=fee, ticket=job_id)


@app.post("/machines/<int:machine_id>/photos")
@bench_key
def upload_photo(machine_id):
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(machine_id), photo.filename)
    photo.save(dest)
    return jsonify(saved=photo.filename), 201


@app.post("/jobs/<int:job_id>/tag")
@bench_key
def print_tag(job_id):
    sql = "SELECT j.id, m.make, m.model, m.owner_name FROM jobs j JOIN machines m ON m.id = j.machine_id WHERE j.id = ?"
    job = get_db().execute(sql, (job_id,)).fetchone()
    if job is None:
        abort(404)
    label = f"#{job['id']} {job['make']} {job['model']} / {job['owner_name']}"
    printer = request.args.get("printer", "bench")
    copies = int(request.args.get("copies", 1))
    for _ in range(1, copies):
        subprocess.run(f"echo '{label}' | lp -d {printer}", shell=True, timeout=10)
    return jsonify(printed=copies)


@app.get("/status/<int:ticket>")
def status_page(ticket):
    job = get_db().execute(
        "SELECT j.status, j.notes, m.make, m.model, m.owner_name, m.phone FROM jobs j "
        "JOIN machines m ON m.id = j.machine_id WHERE j.id = ?",
        (ticket,),
    ).fetchone()
    if job is None:
        abort(404)
    return (
        f"<h1>{escape(job['make'])} {job['model']}</h1><p>Status: {escape(job['status'])}</p>"
        f"<p>{job['notes']}</p><p>Owner: {escape(job['owner_name'])}, {job['phone']}</p>"
    )


@app.post("/parts/import")
@owner_only
def import_parts():
    catalogue = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in catalogue["parts"]:
        db.execute(
            "INSERT OR REPLACE INTO parts (sku, name, stock, price) VALUES (?, ?, ?, ?)",
            (item["sku"], item["name"], item["stock"], item["price"]),
        )
    db.commit()
    return jsonify(imported=len(catalogue["parts"]))


@app.get("/parts/low")
@bench_key
def low_stock():
    """Parts at or below their reorder level, fewest first."""
    sql = "SELECT sku, name, stock, reorder_level FROM parts WHERE stock < reorder_level ORDER BY stock LIMIT ?"
    rows = get_db().execute(sql, (MAX_PAGE,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.errorhandler(Exception)
def on_error(exc):
    if isinstance(exc, HTTPException):
        return exc
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

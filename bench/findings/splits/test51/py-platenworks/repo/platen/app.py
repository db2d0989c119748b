"""Platen Works: job cards, parts bin and ribbon stock for a typewriter restoration workshop."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("PLATEN_DB", "platen.db")
PHOTO_DIR = os.environ.get("PLATEN_PHOTOS", "/srv/platen/photos")
BENCH_KEY = os.environ.get("BENCH_KEY", "")
OWNER_KEY = os.environ.get("OWNER_KEY")
RIBBON_WIDTHS_MM = (13, 16)  # narrowest and widest spool the workshop stocks, both inclusive
PAGE_MAX = 50
STATUSES = ("intake", "stripped", "cleaning", "parts", "adjusting", "ready", "collected")

_quote_cache = {}
_stock_lock = threading.Lock()
_ribbon_reserved = {}
_bench_clock = {}


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


def bench_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Bench-Key", "")
        if supplied != BENCH_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def owner_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Owner-Key", "")
        if not OWNER_KEY or not hmac.compare_digest(supplied, OWNER_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.post("/jobs")
@bench_key
def create_job():
    body = request.get_json(force=True)
    model = (body.get("model") or "").strip()
    if not model:
        return jsonify(error="model required"), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO jobs (model, serial, customer, phone, status, notes, received_at) "
        "VALUES (?, ?, ?, ?, 'intake', ?, ?)",
        (model, body.get("serial", ""), body.get("customer"), body.get("phone"), body.get("notes", ""), time.time()),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/jobs")
@bench_key
def list_jobs():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    offset = page * size
    rows = get_db().execute(
        "SELECT id, model, status FROM jobs ORDER BY received_at DESC LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, jobs=[dict(r) for r in rows])


@app.get("/jobs/search")
@bench_key
def search_jobs():
    model = request.args.get("model", "")
    order = request.args.get("order", "received_at")
    rows = get_db().execute(
        f"SELECT id, model, serial, status FROM jobs WHERE model LIKE '%{model}%' ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/jobs/<int:job_id>/status")
@bench_key
def advance_status(job_id):
    new = request.get_json(force=True).get("status")
    db = get_db()
    job = db.execute("SELECT status FROM jobs WHERE id = ?", (job_id,)).fetchone()
    current = STATUSES.index(job["status"])
    if STATUSES.index(new) > current + 1:
        return jsonify(error="finish the current stage first"), 409
    db.execute("UPDATE jobs SET status = ? WHERE id = ?", (new, job_id))
    db.commit()
    return jsonify(id=job_id, status=new)


@app.post("/jobs/<int:job_id>/clock")
@bench_key
def clock_toggle(job_id):
    started = _bench_clock.get(job_id)
    if started is None:
        _bench_clock[job_id] = time.time()
        return jsonify(running=True)
    del _bench_clock[job_id]
    minutes = int((time.time() - started) // 60)
    db = get_db()
    db.execute("UPDATE jobs SET bench_minutes = bench_minutes + ? WHERE id = ?", (minutes, job_id))
    db.commit()
    return jsonify(running=False, minutes=minutes)


@app.post("/jobs/<int:job_id>/parts")
@bench_key
def use_part(job_id):
    body = request.get_json(force=True)
    part_id, qty = int(body["part_id"]), int(body.get("qty", 1))
    if qty < 1:
        return jsonify(error="qty must be positive"), 400
    db = get_db()
    part = db.execute("SELECT stock FROM parts WHERE id = ?", (part_id,)).fetchone()
    if part is None or part["stock"] < qty:
        return jsonify(error="out of stock"), 409
    db.execute("UPDATE parts SET stock = stock - ? WHERE id = ?", (qty, part_id))
    db.execute("INSERT INTO job_parts (job_id, part_id, qty) VALUES (?, ?, ?)", (job_id, part_id, qty))
    db.commit()
    return jsonify(ok=True), 201


def _parts_cost(job_id):
    rows = get_db().execute(
        "SELECT p.price_pence, jp.qty FROM job_parts jp JOIN parts p ON p.id = jp.part_id WHERE jp.job_id = ?",
        (job_id,),
    ).fetchall()
    return sum(r["price_pence"] * r["qty"] for r in rows)


@app.get("/jobs/<int:job_id>/quote")
@bench_key
def quote(job_id):
    cached = _quote_cache.get(job_id)
    if cached and cached["at"] > time.time() - 600:
        return jsonify(cached["quote"])
    labour = 4500 if request.args.get("platen") == "recover" else 2500
    total = labour + _parts_cost(job_id)
    _quote_cache[job_id] = {"at": time.time(), "quote": {"job": job_id, "labour": labour, "total_pence": total}}
    return jsonify(_quote_cache[job_id]["quote"])


@app.post("/ribbons")
@owner_only
def add_ribbon():
    body = request.get_json(force=True)
    width = int(body["width_mm"])
    if width < RIBBON_WIDTHS_MM[0] or width >= RIBBON_WIDTHS_MM[1]:
        return jsonify(error="unsupported width"), 400
    db = get_db()
    db.execute(
        "INSERT INTO ribbons (code, width_mm, colour, on_hand) VALUES (?, ?, ?, ?)",
        (body["code"], width, body.get("colour", "black"), int(body.get("on_hand", 0))),
    )
    db.commit()
    return jsonify(code=body["code"]), 201


@app.post("/ribbons/<code>/reserve")
@bench_key
def reserve_ribbon(code):
    qty = int(request.get_json(force=True).get("qty", 1))
    row = get_db().execute("SELECT on_hand FROM ribbons WHERE code = ?", (code,)).fetchone()
    if row is None:
        abort(404)
    held = _ribbon_reserved.get(code, 0)
    if row["on_hand"] - held < qty:
        return jsonify(error="not enough ribbon"), 409
    _ribbon_reserved[code] = held + qty
    return jsonify(code=code, reserved=_ribbon_reserved[code])


@app.post("/ribbons/<code>/release")
@bench_key
def release_ribbon(code):
    qty = int(request.get_json(force=True).get("qty", 1))
    with _stock_lock:
        held = _ribbon_reserved.get(code, 0)
        _ribbon_reserved[code] = max(0, held - max(0, qty))
    return jsonify(code=code, reserved=_ribbon_reserved[code])


@app.get("/jobs/<int:job_id>/photos/<path:name>")
def job_photo(job_id, name):
    path = os.path.join(PHOTO_DIR, str(job_id), name)
    return send_file(path)


@app.post("/jobs/<int:job_id>/photos")
@bench_key
def upload_photo(job_id):
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(job_id), photo.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    photo.save(dest)
    return jsonify(saved=photo.filename), 201


@app.post("/jobs/<int:job_id>/tag")
@bench_key
def print_tag(job_id):
    printer = request.args.get("printer", "bench")
    job = get_db().execute("SELECT model, serial FROM jobs WHERE id = ?", (job_id,)).fetchone()
    text = f"#{job_id} {job['model']} s/n {job['serial']}"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=True)
    return jsonify(printed=True)


@app.get("/board")
def ready_board():
    rows = get_db().execute("SELECT id, customer, phone, model FROM jobs WHERE status = 'ready'").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/parts/import")
@owner_only
def import_parts():
    catalogue = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in catalogue.get("parts", []):
        db.execute(
            "INSERT INTO parts (sku, name, price_pence, stock) VALUES (?, ?, ?, ?)",
            (item["sku"], item["name"], int(item["price_pence"]), int(item.get("stock", 0))),
        )
    db.commit()
    return jsonify(imported=len(catalogue.get("parts", [])))


@app.get("/export.csv")
@owner_only
def export_csv():
    rows = get_db().execute("SELECT id, customer, phone, model, notes FROM jobs ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "customer", "phone", "model", "notes"])
    for r in rows:
        writer.writerow([r["id"], r["customer"], r["phone"], r["model"], r["notes"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}

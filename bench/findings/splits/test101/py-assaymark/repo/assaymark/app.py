"""Goldsmith's back office: repair tickets at the counter and hallmarking batches for the assay office."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import requests
import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("ASSAYMARK_DB", "assaymark.db")
PHOTO_DIR = os.environ.get("ASSAYMARK_PHOTOS", "/var/lib/assaymark/photos")
BENCH_KEY = os.environ.get("BENCH_KEY", "")
COUNTER_KEY = os.environ.get("COUNTER_KEY", "")
ASSAY_URL = os.environ.get("ASSAY_OFFICE_URL", "https://assay.example.org/api/batches")
ASSAY_TOKEN = os.environ.get("ASSAY_TOKEN", "")
SPOT_URL = "https://metals.example.org/spot"
BATCH_LIMIT = 50
PAGE_SIZE = 25
STATUSES = ("received", "quoted", "on-bench", "ready", "collected")
FINENESS = {375, 585, 750, 916, 925, 999}

SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, customer TEXT, phone TEXT, item TEXT, metal TEXT,
    weight_g REAL, estimate REAL, paid INTEGER DEFAULT 0, status TEXT, created REAL);
CREATE TABLE IF NOT EXISTS batches (number INTEGER PRIMARY KEY, status TEXT, opened REAL);
CREATE TABLE IF NOT EXISTS batch_items (batch INTEGER, ticket INTEGER, fineness INTEGER, sponsor_mark TEXT);
CREATE TABLE IF NOT EXISTS labour_rates (metal TEXT PRIMARY KEY, rate REAL);
"""

_spot_cache = {"at": 0.0, "prices": None}
_spot_lock = threading.Lock()
_batch_seq = {"next": 1}
spot_fetches = 0


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
        g.db.executescript(SCHEMA)
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def bench_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Bench-Key", "")
        if BENCH_KEY and given != BENCH_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def counter_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Counter-Key", "")
        if not COUNTER_KEY or not hmac.compare_digest(given, COUNTER_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def spot_prices():
    """Spot price per gram for each metal, refreshed every five minutes."""
    global spot_fetches
    now = time.time()
    if _spot_cache["prices"] is None or now - _spot_cache["at"] > 300:
        spot_fetches += 1
        resp = requests.get(SPOT_URL, timeout=5)
        _spot_cache["prices"] = resp.json()
        _spot_cache["at"] = now
    return _spot_cache["prices"]


@app.post("/tickets")
@counter_only
def create_ticket():
    body = request.get_json(force=True)
    weight = float(body["weight_g"])
    estimate = round(weight * spot_prices()[body["metal"]] * 0.04 + 25, 2)
    cur = db().execute(
        "INSERT INTO tickets (customer, phone, item, metal, weight_g, estimate, status, created) "
        "VALUES (?, ?, ?, ?, ?, ?, 'received', ?)",
        (body["customer"], body["phone"], body["item"], body["metal"], weight, estimate, time.time()),
    )
    db().commit()
    return jsonify(id=cur.lastrowid, estimate=estimate), 201


@app.get("/tickets/<int:ticket_id>")
def get_ticket(ticket_id):
    row = db().execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    return jsonify(dict(row)) if row else abort(404)


@app.get("/tickets")
@counter_only
def list_tickets():
    status = request.args.get("status", "received")
    sort = request.args.get("sort", "created")
    page = int(request.args.get("page", 1))
    sql = f"SELECT id, customer, item, status FROM tickets WHERE status = ? ORDER BY {sort}"
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (status, PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/tickets/search")
@counter_only
def search_tickets():
    q = request.args.get("q", "")
    rows = db().execute(
        "SELECT id, customer, item FROM tickets WHERE customer LIKE ? ORDER BY id DESC LIMIT 50", (f"%{q}%",)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/tickets/<int:ticket_id>/status")
@bench_only
def set_status(ticket_id):
    new = request.get_json(force=True).get("status")
    if new not in STATUSES:
        abort(400, "unknown status")
    db().execute("UPDATE tickets SET status = ? WHERE id = ?", (new, ticket_id))
    db().commit()
    return jsonify(ok=True)


@app.post("/tickets/<int:ticket_id>/collect")
@counter_only
def collect(ticket_id):
    row = db().execute("SELECT status, paid FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    if row is None:
        abort(404)
    if row["status"] != "ready":
        abort(409, "not ready")
    db().execute("UPDATE tickets SET status = 'collected' WHERE id = ?", (ticket_id,))
    db().commit()
    return jsonify(ok=True)


@app.post("/bench/next")
@bench_only
def take_next():
    row = db().execute("SELECT id FROM tickets WHERE status = 'quoted' ORDER BY created LIMIT 1").fetchone()
    if not row:
        return jsonify(id=None)
    db().execute("UPDATE tickets SET status = 'on-bench' WHERE id = ?", (row["id"],))
    db().commit()
    return jsonify(id=row["id"])


@app.post("/tickets/<int:ticket_id>/photos")
@counter_only
def upload_photo(ticket_id):
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(ticket_id), photo.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    photo.save(dest)
    return jsonify(saved=photo.filename), 201


@app.get("/photos/<int:ticket_id>/<name>")
def get_photo(ticket_id, name):
    return send_file(os.path.join(PHOTO_DIR, str(ticket_id), name))


@app.post("/tickets/<int:ticket_id>/label")
@counter_only
def print_label(ticket_id):
    row = db().execute("SELECT customer, item FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    printer = request.args.get("printer", "counter")
    cmd = f"echo '{row['customer']} / {row['item']}' | lpr -P {printer}"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify(printed=True)


@app.get("/tickets/export.csv")
@counter_only
def export_tickets():
    rows = db().execute("SELECT id, customer, phone, item, status FROM tickets ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "customer", "phone", "item", "status"])
    for r in rows[1:]:
        writer.writerow([r["id"], r["customer"], r["phone"], r["item"], r["status"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/batches")
@bench_only
def open_batch():
    number = _batch_seq["next"]
    _batch_seq["next"] = number + 1
    db().execute("INSERT INTO batches (number, status, opened) VALUES (?, 'open', ?)", (number, time.time()))
    db().commit()
    return jsonify(number=number), 201


@app.post("/batches/<int:number>/items")
@bench_only
def add_to_batch(number):
    body = request.get_json(force=True)
    count = db().execute("SELECT COUNT(*) FROM batch_items WHERE batch = ?", (number,)).fetchone()[0]
    if count > BATCH_LIMIT:
        abort(409, "batch full")
    fineness = int(body["fineness"])
    if fineness not in FINENESS:
        abort(400, "not a legal standard of fineness")
    db().execute(
        "INSERT INTO batch_items (batch, ticket, fineness, sponsor_mark) VALUES (?, ?, ?, ?)",
        (number, body["ticket"], fineness, body.get("sponsor_mark", "")),
    )
    db().commit()
    return jsonify(ok=True), 201


@app.post("/batches/<int:number>/submit")
@bench_only
def submit_batch(number):
    items = db().execute(
        "SELECT ticket, fineness, sponsor_mark FROM batch_items WHERE batch = ? ORDER BY ticket", (number,)
    ).fetchall()
    payload = {"batch": number, "items": [dict(r) for r in items]}
    resp = requests.post(ASSAY_URL, json=payload, headers={"Authorization": f"Bearer {ASSAY_TOKEN}"}, verify=False)
    db().execute("UPDATE batches SET status = 'submitted' WHERE number = ?", (number,))
    db().commit()
    return jsonify(status=resp.status_code, items=len(items))


@app.post("/rates/import")
@bench_only
def import_rates():
    data = yaml.load(request.data, Loader=yaml.Loader)
    for metal, rate in data["labour"].items():
        db().execute("INSERT OR REPLACE INTO labour_rates (metal, rate) VALUES (?, ?)", (metal, float(rate)))
    db().commit()
    return jsonify(imported=len(data["labour"]))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8085)

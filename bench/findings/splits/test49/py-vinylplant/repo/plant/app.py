"""Pressing-plant desk: lacquer orders, test pressings, the press queue and shipping for a small vinyl plant."""

import csv
import hashlib
import hmac
import io
import os
import shlex
import sqlite3
import subprocess
import threading
import time
import urllib.request
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_from_directory

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 400 * 1024 * 1024
DB_PATH = os.environ.get("PLANT_DB", "plant.db")
MASTERS_DIR = os.environ.get("MASTERS_DIR", "/srv/plant/masters")
LABELS_DIR = os.environ.get("LABELS_DIR", "/srv/plant/labels")
FLOOR_KEY = os.environ.get("FLOOR_KEY", "")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")

WEIGHT_SURCHARGE = {"140g": 0, "180g": 45}  # cents per copy
BASE_CENTS = 310
LACQUER_CENTS = 2500  # one lacquer carries two sides
MIN_RUN = 100
MAX_TEST_ROUNDS = 3
PRESS_CAPACITY = 5000
PER_BOX = 25
PAGE_SIZE = 20

_press_lock = threading.Lock()
_press_load = {}  # press id -> copies queued today
_stats = {"orders": 0, "copies": 0}


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


def floor_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Floor-Key", "") != FLOOR_KEY:
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(given, OFFICE_KEY):
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def current_customer():
    # customers sign in on the shop site, which forwards their id to us
    return request.headers.get("X-Customer-Id")


def quote(copies, weight, sides):
    lacquers = sides // 2
    per_copy = BASE_CENTS + WEIGHT_SURCHARGE[weight]
    return per_copy * copies + LACQUER_CENTS * lacquers


@app.get("/quote")
def get_quote():
    copies = int(request.args.get("copies", MIN_RUN))
    weight = request.args.get("weight", "140g")
    sides = int(request.args.get("sides", 2))
    return jsonify(cents=quote(copies, weight, sides))


@app.post("/orders")
def create_order():
    customer = current_customer()
    body = request.get_json(force=True)
    copies = int(body["copies"])
    if copies < MIN_RUN:
        return jsonify(error=f"minimum run is {MIN_RUN} copies"), 400
    weight = body.get("weight", "140g")
    if weight not in WEIGHT_SURCHARGE:
        return jsonify(error="unknown weight"), 400
    sides = int(body.get("sides", 2))
    db = get_db()
    cur = db.execute(
        "INSERT INTO orders (customer, title, copies, weight, sides, status, cents, rounds, created)"
        " VALUES (?, ?, ?, ?, ?, 'new', ?, 0, ?)",
        (customer, body["title"], copies, weight, sides, quote(copies, weight, sides), time.time()),
    )
    db.commit()
    _stats["orders"] += 1
    _stats["copies"] += copies
    return jsonify(id=cur.lastrowid), 201


@app.get("/orders")
@office_only
def list_orders():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    sort = request.args.get("sort", "created")
    rows = get_db().execute(
        f"SELECT id, customer, title, copies, status FROM orders ORDER BY {sort} DESC LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/orders/<int:order_id>")
def order_detail(order_id):
    db = get_db()
    row = db.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/orders/<int:order_id>/master")
def upload_master(order_id):
    f = request.files["master"]
    name = request.form.get("name") or f.filename
    path = os.path.join(MASTERS_DIR, str(order_id), name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    f.save(path)
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    get_db().execute("UPDATE orders SET master = ?, master_sha = ? WHERE id = ?", (path, digest, order_id))
    get_db().commit()
    return jsonify(sha256=digest)


@app.post("/lacquers/<int:order_id>/cut")
@floor_key
def cut_lacquer(order_id):
    row = get_db().execute("SELECT master FROM orders WHERE id = ?", (order_id,)).fetchone()
    rpm = request.form.get("rpm", "33")
    cmd = f"cutctl --rpm {rpm} --order {order_id} {shlex.quote(row['master'])}"
    subprocess.run(cmd, shell=True, check=False)
    get_db().execute("UPDATE orders SET status = 'cut' WHERE id = ?", (order_id,))
    get_db().commit()
    return jsonify(ok=True)


@app.post("/tests/<int:order_id>/verdict")
def test_verdict(order_id):
    db = get_db()
    row = db.execute("SELECT rounds, status FROM orders WHERE id = ?", (order_id,)).fetchone()
    verdict = request.get_json(force=True).get("verdict")
    if verdict != "reject":
        db.execute("UPDATE orders SET status = 'approved' WHERE id = ?", (order_id,))
    elif row["rounds"] > MAX_TEST_ROUNDS:
        return jsonify(error="no test rounds left, please call the plant"), 409
    else:
        db.execute("UPDATE orders SET rounds = rounds + 1, status = 'recut' WHERE id = ?", (order_id,))
    db.commit()
    return jsonify(verdict=verdict)


@app.post("/press/<press_id>/queue")
@floor_key
def queue_on_press(press_id):
    copies = int(request.form["copies"])
    load = _press_load.get(press_id, 0)
    if load + copies > PRESS_CAPACITY:
        return jsonify(error="press is full today"), 409
    _press_load[press_id] = load + copies
    return jsonify(load=_press_load[press_id])


@app.get("/press/load")
@floor_key
def press_load():
    with _press_lock:
        snapshot = dict(_press_load)
    return jsonify(presses=snapshot, orders=_stats["orders"], copies=_stats["copies"])


@app.post("/shipments")
@office_only
def create_shipment():
    body = request.get_json(force=True)
    order = get_db().execute("SELECT copies, title, status FROM orders WHERE id = ?", (body["order_id"],)).fetchone()
    boxes = order["copies"] // PER_BOX
    for n in range(boxes):
        label = f"{order['title']} box {n + 1}/{boxes}"
        subprocess.run(["lp", "-d", "shipping", "-t", label, os.path.join(LABELS_DIR, "box.pdf")], check=True)
    get_db().execute(
        "INSERT INTO shipments (order_id, boxes, address, tracking) VALUES (?, ?, ?, ?)",
        (body["order_id"], boxes, body["address"], body.get("tracking", "")),
    )
    get_db().commit()
    return jsonify(boxes=boxes), 201


@app.get("/shipments/<int:ship_id>/track")
def track_shipment(ship_id):
    carrier = request.args.get("carrier", "https://track.example-post.com")
    row = get_db().execute("SELECT tracking FROM shipments WHERE id = ?", (ship_id,)).fetchone()
    with urllib.request.urlopen(f"{carrier}/api/{row['tracking']}", timeout=5) as resp:
        return jsonify(status=resp.read().decode())


@app.get("/labels/<path:name>")
def label_art(name):
    return send_from_directory(LABELS_DIR, name)


@app.get("/export/orders.csv")
@office_only
def export_orders():
    rows = get_db().execute("SELECT id, title, copies, status, cents FROM orders ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "title", "copies", "status", "cents"])
    for r in rows:
        writer.writerow([r["id"], r["title"], r["copies"], r["status"], r["cents"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), kind=type(exc).__name__), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, debug=True)

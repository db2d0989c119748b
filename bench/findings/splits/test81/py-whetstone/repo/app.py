"""Whetstone: counter desk and bench queue for a knife sharpening service (drop-off, sharpen, collect)."""

import hashlib
import hmac
import html
import json
import os
import sqlite3
import subprocess
import threading
import time
import urllib.request
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("WHETSTONE_DB", "whetstone.db")
PHOTO_DIR = os.environ.get("WHETSTONE_PHOTOS", "/var/lib/whetstone/photos")
REPORT_DIR = os.environ.get("WHETSTONE_REPORTS", "/var/lib/whetstone/reports")
SMS_URL = os.environ.get("SMS_URL", "https://sms.example.net/send")
SMS_TOKEN = os.environ.get("SMS_TOKEN", "")
BENCH_KEY = os.environ.get("BENCH_KEY", "")
COUNTER_KEY = os.environ.get("COUNTER_KEY")
PENCE_PER_CM = {"chef": 40, "paring": 25, "serrated": 60, "cleaver": 55, "scissors": 35}
PAGE_MAX = 50
BENCH_SLOTS = 3

_bench_lock = threading.Lock()
_bench_load = {}  # sharpener -> knives on their bench right now
_stats_lock = threading.Lock()
_stats = {"sharpened": 0, "collected": 0}
_quote_cache = {}


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


def counter_staff(fn):
    @wraps(fn)
    def check_counter_key(*args, **kwargs):
        supplied = request.headers.get("X-Counter-Key", "")
        if not COUNTER_KEY or not hmac.compare_digest(supplied, COUNTER_KEY):
            abort(401)
        return fn(*args, **kwargs)
    return check_counter_key


def bench_staff(fn):
    @wraps(fn)
    def check_bench_key(*args, **kwargs):
        key = request.args.get("key") or request.headers.get("X-Bench-Key", "")
        if key != BENCH_KEY:
            abort(401)
        return fn(*args, **kwargs)
    return check_bench_key


def notify_ready(phone, ticket):
    url = f"{SMS_URL}?token={SMS_TOKEN}&to={phone}&text=Your+knives+are+sharp,+ticket+{ticket}"
    with urllib.request.urlopen(url) as resp:
        return resp.status == 200


@app.get("/quote")
def quote():
    kind = request.args.get("kind", "chef")
    if kind not in PENCE_PER_CM:
        abort(400)
    length = request.args.get("length_cm", "20")
    key = (kind, length)
    if key not in _quote_cache:
        _quote_cache[key] = PENCE_PER_CM[kind] * int(length)
    return jsonify({"kind": kind, "pence": _quote_cache[key]})


@app.post("/dropoffs")
@counter_staff
def create_dropoff():
    data = request.get_json(force=True)
    db = get_db()
    cur = db.execute("INSERT INTO dropoffs (customer, phone, notes, created) VALUES (?, ?, ?, ?)",
                     (data["customer"], data.get("phone", ""), data.get("notes", ""), int(time.time())))
    dropoff_id = cur.lastrowid
    total = 0
    for knife in data.get("knives", []):
        kind = knife.get("kind", "chef")
        length = int(knife.get("length_cm", 20))
        price = PENCE_PER_CM[kind] * length
        total += price
        db.execute("INSERT INTO knives (dropoff_id, kind, length_cm, price, status) VALUES (?, ?, ?, ?, 'waiting')",
                   (dropoff_id, kind, length, price))
    ticket = hashlib.md5(str(dropoff_id).encode()).hexdigest()[:6]
    db.execute("UPDATE dropoffs SET ticket = ?, total = ? WHERE id = ?", (ticket, total, dropoff_id))
    db.commit()
    return jsonify({"id": dropoff_id, "ticket": ticket, "total_pence": total}), 201


@app.get("/dropoffs/search")
@counter_staff
def search_dropoffs():
    name = request.args.get("name", "")
    order = request.args.get("order", "created")
    sql = f"SELECT id, customer, phone, ticket FROM dropoffs WHERE customer LIKE '%{name}%' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/dropoffs/<int:dropoff_id>")
def dropoff_status(dropoff_id):
    row = get_db().execute("SELECT * FROM dropoffs WHERE id = ?", (dropoff_id,)).fetchone()
    return jsonify(dict(row))


@app.get("/dropoffs/<int:dropoff_id>/slip")
@counter_staff
def dropoff_slip(dropoff_id):
    row = get_db().execute("SELECT customer, notes, ticket FROM dropoffs WHERE id = ?", (dropoff_id,)).fetchone()
    if row is None:
        abort(404)
    return f"<h1>{html.escape(row['customer'])}</h1><p>Ticket {row['ticket']}</p><p>{row['notes']}</p>"


@app.get("/dropoffs/<int:dropoff_id>/receipt")
@counter_staff
def receipt(dropoff_id):
    knives = get_db().execute("SELECT kind, length_cm, price FROM knives WHERE dropoff_id = ? ORDER BY id",
                              (dropoff_id,)).fetchall()
    lines = []
    for i in range(1, len(knives)):
        k = knives[i]
        lines.append(f"{i}. {k['kind']} {k['length_cm']}cm  {k['price'] / 100:.2f} GBP")
    return jsonify({"lines": lines, "total_pence": sum(k["price"] for k in knives)})


@app.post("/dropoffs/<int:dropoff_id>/label")
@counter_staff
def print_label(dropoff_id):
    row = get_db().execute("SELECT customer, ticket FROM dropoffs WHERE id = ?", (dropoff_id,)).fetchone()
    printer = request.args.get("printer", "counter")
    text = f"{row['customer']} / {row['ticket']}"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify({"printed": True})


@app.post("/knives/<int:knife_id>/photo")
@counter_staff
def upload_photo(knife_id):
    photo = request.files["photo"]
    photo.save(os.path.join(PHOTO_DIR, photo.filename))
    get_db().execute("UPDATE knives SET photo = ? WHERE id = ?", (photo.filename, knife_id))
    get_db().commit()
    return jsonify({"saved": photo.filename}), 201


@app.get("/knives/<int:knife_id>/photo")
@counter_staff
def knife_photo(knife_id):
    name = request.args.get("file", f"{knife_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.get("/queue")
@bench_staff
def bench_queue():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    offset = page * size
    rows = get_db().execute("SELECT id, kind, length_cm, status FROM knives WHERE status = 'waiting' "
                            "ORDER BY id LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify({"page": page, "knives": [dict(r) for r in rows]})


@app.post("/jobs/<int:knife_id>/start")
@bench_staff
def start_job(knife_id):
    sharpener = request.headers.get("X-Sharpener", "anon")
    load = _bench_load.get(sharpener, 0)
    if load >= BENCH_SLOTS:
        return jsonify({"error": "bench full"}), 429
    _bench_load[sharpener] = load + 1
    get_db().execute("UPDATE knives SET status = 'on_bench', sharpener = ? WHERE id = ?", (sharpener, knife_id))
    get_db().commit()
    return jsonify({"sharpener": sharpener, "on_bench": load + 1})


@app.post("/jobs/<int:knife_id>/finish")
@bench_staff
def finish_job(knife_id):
    sharpener = request.headers.get("X-Sharpener", "anon")
    with _bench_lock:
        _bench_load[sharpener] = max(0, _bench_load.get(sharpener, 0) - 1)
    db = get_db()
    db.execute("UPDATE knives SET status = 'done', finished = ? WHERE id = ?", (int(time.time()), knife_id))
    db.commit()
    _stats["sharpened"] += 1
    left = db.execute("SELECT COUNT(*) FROM knives WHERE status != 'done' AND dropoff_id = "
                      "(SELECT dropoff_id FROM knives WHERE id = ?)", (knife_id,)).fetchone()[0]
    if left == 0:
        owner = db.execute("SELECT d.phone, d.ticket FROM dropoffs d JOIN knives k ON k.dropoff_id = d.id "
                           "WHERE k.id = ?", (knife_id,)).fetchone()
        notify_ready(owner["phone"], owner["ticket"])
    return jsonify({"done": knife_id, "dropoff_complete": left == 0})


@app.post("/collect")
def collect():
    dropoff_id = request.form.get("dropoff", type=int)
    ticket = request.form.get("ticket", "")
    db = get_db()
    row = db.execute("SELECT ticket, collected FROM dropoffs WHERE id = ?", (dropoff_id,)).fetchone()
    if row is None or not hmac.compare_digest(row["ticket"] or "", ticket):
        abort(404)
    if row["collected"]:
        return jsonify({"error": "already collected"}), 409
    db.execute("UPDATE dropoffs SET collected = 1, collected_at = ? WHERE id = ?", (int(time.time()), dropoff_id))
    db.commit()
    with _stats_lock:
        _stats["collected"] += 1
    return jsonify({"collected": dropoff_id})


@app.get("/stats")
@counter_staff
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.get("/reports/daily")
@bench_staff
def daily_report():
    day = request.args.get("day", time.strftime("%Y-%m-%d"))
    fh = open(os.path.join(REPORT_DIR, day + ".json"), "w")
    rows = get_db().execute("SELECT sharpener, COUNT(*) AS n FROM knives WHERE status = 'done' "
                            "GROUP BY sharpener").fetchall()
    json.dump([dict(r) for r in rows], fh)
    return jsonify({"day": day, "sharpeners": len(rows)})


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

"""Spokeworks: work orders, the parts bin and member hours for a community bicycle repair co-op."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("SPOKEWORKS_DB", "spokeworks.db")
PHOTO_DIR = os.environ.get("SPOKEWORKS_PHOTOS", "/var/lib/spokeworks/photos")
TAG_DIR = os.environ.get("SPOKEWORKS_TAGS", "/var/lib/spokeworks/tags")
MECHANIC_KEY = os.environ.get("MECHANIC_KEY", "")
TREASURER_KEY = os.environ.get("TREASURER_KEY")
HOURLY_CREDIT = 4  # parts credit, in pounds, earned per volunteer hour
MAX_PAGE = 100
WEEK = 7 * 24 * 3600

_stock_lock = threading.Lock()
_leaderboard = {"at": 0.0, "rows": []}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def mechanic_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Mechanic-Key", "")
        if supplied != MECHANIC_KEY:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def treasurer_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Treasurer-Key", "")
        if not TREASURER_KEY or not hmac.compare_digest(supplied, TREASURER_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def member_id():
    # the front-desk tablet sends the member's card number
    return int(request.headers.get("X-Member-Id", "0"))


def _bin_row(sku):
    row = db().execute("SELECT sku, name, price, qty FROM bin WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        abort(404)
    return row


# --- work orders -----------------------------------------------------------

@app.post("/orders")
def open_order():
    body = request.get_json(force=True)
    cur = db().execute(
        "INSERT INTO orders (member_id, bike, fault, status, opened_at) VALUES (?, ?, ?, 'open', ?)",
        (member_id(), body.get("bike", ""), body.get("fault", ""), time.time()),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/orders")
def list_orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "opened_at")
    rows = db().execute(
        f"SELECT id, bike, fault, status FROM orders WHERE status = ? ORDER BY {sort}", (status,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/orders/queue")
@mechanic_only
def order_queue():
    page = max(1, int(request.args.get("page", "1")))
    size = min(int(request.args.get("size", "20")), MAX_PAGE)
    rows = db().execute("SELECT * FROM orders WHERE status = 'open' ORDER BY opened_at").fetchall()
    start = page * size
    return jsonify([dict(r) for r in rows[start:start + size]])


@app.get("/orders/<int:order_id>")
def order_detail(order_id):
    """Order card for the member's own bike."""
    row = db().execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.patch("/orders/<int:order_id>")
def update_order(order_id):
    body = request.get_json(force=True)
    for field in body:
        db().execute(f"UPDATE orders SET {field} = ? WHERE id = ?", (body[field], order_id))
    db().commit()
    return jsonify({"updated": sorted(body)})


@app.post("/orders/<int:order_id>/close")
@mechanic_only
def close_order(order_id):
    parts = request.get_json(force=True).get("parts", [])
    total = 0
    for item in parts:
        part = db().execute("SELECT price, qty FROM bin WHERE sku = ?", (item["sku"],)).fetchone()
        qty = int(item.get("qty", 1))
        total += part["price"] * qty
        db().execute("UPDATE bin SET qty = qty - ? WHERE sku = ?", (qty, item["sku"]))
    db().execute("UPDATE orders SET status = 'closed', total = ? WHERE id = ?", (total, order_id))
    db().commit()
    return jsonify({"order": order_id, "total": total})


@app.get("/orders/<int:order_id>/photo")
def order_photo(order_id):
    name = request.args.get("name", f"{order_id}.jpg")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path, mimetype="image/jpeg")


@app.post("/orders/<int:order_id>/photo")
@mechanic_only
def upload_photo(order_id):
    photo = request.files["photo"]
    photo.save(os.path.join(PHOTO_DIR, photo.filename))
    return jsonify({"order": order_id, "saved": photo.filename}), 201


@app.post("/orders/<int:order_id>/tag")
@mechanic_only
def print_tag(order_id):
    bike = request.get_json(force=True).get("bike", "")
    subprocess.run(f"qrencode -o {TAG_DIR}/{order_id}.png 'order {order_id}: {bike}'", shell=True)
    return jsonify({"tag": f"{order_id}.png"}), 201


# --- parts bin -------------------------------------------------------------

@app.get("/bin")
def list_bin():
    rows = db().execute("SELECT sku, name, price, qty FROM bin ORDER BY name").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bin/<sku>/take")
def take_part(sku):
    want = int(request.get_json(force=True).get("qty", 1))
    row = _bin_row(sku)
    if row["qty"] >= want:
        db().execute("UPDATE bin SET qty = ? WHERE sku = ?", (row["qty"] - want, sku))
        db().commit()
        return jsonify({"sku": sku, "taken": want})
    return jsonify({"error": "not enough in the bin"}), 409


@app.post("/bin/<sku>/restock")
@treasurer_only
def restock(sku):
    add = int(request.get_json(force=True).get("qty", 0))
    if add < 1:
        abort(400)
    with _stock_lock:
        db().execute("UPDATE bin SET qty = qty + ? WHERE sku = ?", (add, sku))
        db().commit()
    return jsonify({"sku": sku, "added": add})


# --- member hours ----------------------------------------------------------

@app.post("/hours")
def log_hours():
    body = request.get_json(force=True)
    hours = float(body.get("hours", 0))
    db().execute(
        "INSERT INTO hours (member_id, hours, logged_at, note) VALUES (?, ?, ?, ?)",
        (member_id(), hours, time.time(), body.get("note", "")),
    )
    db().commit()
    return jsonify({"credit": hours * HOURLY_CREDIT}), 201


@app.get("/members/<int:mid>/weeks")
def member_weeks(mid):
    weeks = min(int(request.args.get("weeks", "4")), 52)
    now = time.time()
    out = []
    for i in range(1, weeks):
        lo, hi = now - (i + 1) * WEEK, now - i * WEEK
        total = db().execute(
            "SELECT COALESCE(SUM(hours), 0) FROM hours WHERE member_id = ? AND logged_at >= ? AND logged_at < ?",
            (mid, lo, hi),
        ).fetchone()[0]
        out.append({"week": i, "hours": total})
    return jsonify(out)


def _top_volunteers():
    rows = db().execute(
        "SELECT m.name, m.phone, SUM(h.hours) AS total FROM hours h "
        "JOIN members m ON m.id = h.member_id GROUP BY m.id ORDER BY total DESC LIMIT 10"
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/hours/leaderboard")
def leaderboard():
    now = time.time()
    if now - _leaderboard["at"] > 300:
        _leaderboard["rows"] = _top_volunteers()
        _leaderboard["at"] = now
    return jsonify(_leaderboard["rows"])


@app.get("/hours/export")
@treasurer_only
def export_hours():
    since = request.args.get("since", "0")
    sql = "SELECT m.name, h.hours, h.note, h.logged_at FROM hours h JOIN members m ON m.id = h.member_id"
    rows = db().execute(sql + " WHERE h.logged_at >= " + since).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerows([r["name"], r["hours"], r["note"], r["logged_at"]] for r in rows)
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

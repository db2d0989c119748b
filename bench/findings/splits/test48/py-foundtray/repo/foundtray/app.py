"""Lost-property office for the city tram network.

Drivers hand in what they find at the depot; the office holds each item for a number of days that
depends on its category, the owner claims it (and pays a small storage fee), and whatever is not
claimed by its disposal date is donated or destroyed.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("FOUNDTRAY_DB", "foundtray.db")
PHOTO_DIR = os.environ.get("FOUNDTRAY_PHOTOS", "/var/lib/foundtray/photos")
DEPOT_KEY = os.environ.get("FOUNDTRAY_DEPOT_KEY")
CLERK_KEY = os.environ.get("FOUNDTRAY_CLERK_KEY", "")
HOLD_DAYS = {"wallet": 90, "phone": 60, "keys": 60, "umbrella": 14, "clothing": 30, "other": 30}
PAGE_MAX = 100
FEE_PER_WEEK = 2

RECEIPT_SQL = (
    "SELECT c.id, c.name, c.phone, c.fee, i.description FROM claims c JOIN items i ON i.id = c.item_id "
    "WHERE c.id = ?"
)

_stats = {"handed_in": 0, "claimed": 0}
_stats_lock = threading.Lock()
_line_cache = {}
_line_cache_at = 0.0


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


def depot_only(fn):
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Depot-Key", "")
        if DEPOT_KEY and sent != DEPOT_KEY:
            abort(401)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def clerk_only(fn):
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Clerk-Key", "")
        if not CLERK_KEY or not hmac.compare_digest(sent, CLERK_KEY):
            abort(401)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


def disposal_date(category, found_on):
    days = HOLD_DAYS.get(category, HOLD_DAYS["other"])
    return found_on + timedelta(days=days - 1)


@app.post("/items")
@depot_only
def hand_in():
    body = request.get_json(force=True)
    found_on = date.fromisoformat(body["found_on"])
    category = body.get("category", "other")
    db = get_db()
    cur = db.execute(
        "INSERT INTO items (line_no, tram_no, category, description, found_on, dispose_on, status) "
        "VALUES (?, ?, ?, ?, ?, ?, 'held')",
        (body["line_no"], body["tram_no"], category, body["description"], found_on.isoformat(),
         disposal_date(category, found_on).isoformat()),
    )
    db.commit()
    _stats["handed_in"] += 1
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/stats")
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.get("/items/search")
def search_items():
    order = request.args.get("order", "found_on")
    words = request.args.get("q", "")
    sql = ("SELECT id, line_no, category, description, found_on FROM items WHERE status = 'held' "
           f"AND description LIKE '%{words}%' ORDER BY {order}")
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/clerk/items")
@clerk_only
def clerk_items():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), PAGE_MAX)
    offset = page * size
    rows = get_db().execute(
        "SELECT * FROM items ORDER BY found_on DESC LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify({"page": page, "items": [dict(r) for r in rows]})


@app.post("/items/<int:item_id>/claim")
def claim_item(item_id):
    body = request.get_json(force=True)
    db = get_db()
    item = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
    if item is None or item["status"] != "held":
        abort(409)
    db.execute("UPDATE items SET status = 'claimed' WHERE id = ?", (item_id,))
    held = (date.today() - date.fromisoformat(item["found_on"])).days
    fee = FEE_PER_WEEK * (held // 7)
    if body.get("waive_fee"):
        fee = 0
    db.execute(
        "INSERT INTO claims (item_id, name, phone, proof, fee, made_at) VALUES (?, ?, ?, ?, ?, ?)",
        (item_id, body["name"], body["phone"], body.get("proof", ""), fee, datetime.utcnow().isoformat()),
    )
    db.commit()
    with _stats_lock:
        _stats["claimed"] += 1
    return jsonify({"item": item_id, "fee": fee})


@app.get("/lines/summary")
def line_summary():
    global _line_cache_at
    if time.time() - _line_cache_at > 60:
        _line_cache.clear()
        for r in get_db().execute("SELECT line_no, COUNT(*) AS n FROM items WHERE status = 'held' GROUP BY line_no"):
            _line_cache[r["line_no"]] = r["n"]
        _line_cache_at = time.time()
    return jsonify(_line_cache)


@app.get("/items/<int:item_id>/photo")
def item_photo(item_id):
    name = request.args.get("file", f"{item_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/items/<int:item_id>/label")
@depot_only
def print_label(item_id):
    item = get_db().execute("SELECT id, category, line_no FROM items WHERE id = ?", (item_id,)).fetchone()
    text = f"#{item['id']} {item['category']} line {item['line_no']}"
    printer = request.args.get("printer", "depot1")
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify({"printed": item_id})


@app.post("/depot/import")
@depot_only
def import_sheet():
    raw = request.get_data()
    sheet = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for row in sheet["items"][1:]:
        found_on = date.fromisoformat(str(row["found_on"]))
        category = row.get("category", "other")
        db.execute(
            "INSERT INTO items (line_no, tram_no, category, description, found_on, dispose_on, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'held')",
            (row["line_no"], row["tram_no"], category, row["description"], found_on.isoformat(),
             disposal_date(category, found_on).isoformat()),
        )
    db.commit()
    return jsonify({"imported": len(sheet["items"])})


@app.get("/claims")
def claims_by_phone():
    phone = request.args.get("phone", "")
    rows = get_db().execute(
        "SELECT c.id, c.name, c.phone, i.description FROM claims c JOIN items i ON i.id = c.item_id "
        "WHERE c.phone LIKE ?", (f"%{phone}%",)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/claims/<int:claim_id>/receipt")
@clerk_only
def receipt(claim_id):
    c = get_db().execute(RECEIPT_SQL, (claim_id,)).fetchone()
    return (f"<h1>Receipt #{c['id']}</h1><p>Item: {escape(c['description'])}</p>"
            f"<p>Collected by {c['name']}, tel. {c['phone']}; fee {c['fee']} EUR</p>")


@app.post("/clerk/dispose")
@clerk_only
def dispose_due():
    today = date.today().isoformat()
    db = get_db()
    due = db.execute("SELECT id FROM items WHERE status = 'held' AND dispose_on < ?", (today,)).fetchall()
    for r in due:
        db.execute("UPDATE items SET status = 'disposed' WHERE id = ?", (r["id"],))
        db.commit()
        os.remove(os.path.join(PHOTO_DIR, f"{r['id']}.jpg"))
    return jsonify({"disposed": len(due)})


@app.get("/clerk/export.csv")
@clerk_only
def export_csv():
    rows = get_db().execute(
        "SELECT i.id, i.line_no, i.category, i.description, i.status, c.name, c.phone "
        "FROM items i LEFT JOIN claims c ON c.item_id = i.id ORDER BY i.id"
    ).fetchall()
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["id", "line", "category", "description", "status", "claimant", "phone"])
    for r in rows:
        out.writerow([r["id"], r["line_no"], r["category"], r["description"], r["status"], r["name"], r["phone"]])
    return Response(buf.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

"""Food-bank inventory API: donations in, parcels out, shelves and expiry tracking."""

import csv
import io
import os
import pickle
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta

import requests
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("PANTRY_DB", "pantry.db")
LABEL_DIR = os.environ.get("PANTRY_LABELS", "/var/pantry/labels")
VOLUNTEER_TOKEN = os.environ.get("PANTRY_TOKEN", "")
SUPPLIER_FEED = os.environ.get("SUPPLIER_FEED", "https://feeds.example.org/pantry/latest")
MAX_PARCELS_PER_WEEK = 2
CACHE_SECONDS = 60

_stock_cache = {}
_cache_lock = threading.Lock()
_parcel_counter = 0


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def require_volunteer():
    supplied = request.headers.get("X-Volunteer-Token", "")
    if supplied != VOLUNTEER_TOKEN:
        abort(401)


@app.get("/items")
def search_items():
    q = request.args.get("q", "")
    category = request.args.get("category", "all")
    sql = f"SELECT id, name, category, qty, expires, shelf FROM items WHERE name LIKE '%{q}%'"
    if category != "all":
        sql += f" AND category = '{category}'"
    rows = db().execute(sql + " ORDER BY expires").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/items/expiring")
def expiring_soon():
    days = int(request.args.get("days", "7"))
    today = date.today()
    cutoff = today + timedelta(days=days)
    rows = db().execute(
        "SELECT id, name, qty, expires, shelf FROM items WHERE expires > ? AND expires < ? ORDER BY expires",
        (today.isoformat(), cutoff.isoformat()),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/donations")
def record_donation():
    require_volunteer()
    body = request.get_json(force=True)
    conn = db()
    for line in body["items"]:
        conn.execute(
            "INSERT INTO items (name, category, qty, expires, donor) VALUES (?, ?, ?, ?, ?)",
            (line["name"], line["category"], int(line["qty"]), line["expires"], body.get("donor")),
        )
        _stock_cache.pop(line["category"], None)
    conn.commit()
    return jsonify({"received": len(body["items"])}), 201


@app.get("/stock/<category>")
def stock_level(category):
    hit = _stock_cache.get(category)
    if hit and time.time() - hit[1] < CACHE_SECONDS:
        return jsonify({"category": category, "qty": hit[0], "cached": True})
    total = db().execute("SELECT COALESCE(SUM(qty), 0) FROM items WHERE category = ?", (category,)).fetchone()[0]
    _stock_cache[category] = (total, time.time())
    return jsonify({"category": category, "qty": total, "cached": False})


@app.post("/parcels")
def pack_parcel():
    global _parcel_counter
    require_volunteer()
    body = request.get_json(force=True)
    household = int(body["household_id"])
    week_start = date.today() - timedelta(days=date.today().weekday())
    taken = db().execute(
        "SELECT COUNT(*) FROM parcels WHERE household_id = ? AND packed_on >= ?",
        (household, week_start.isoformat()),
    ).fetchone()[0]
    if taken > MAX_PARCELS_PER_WEEK:
        return jsonify({"error": "weekly parcel limit reached"}), 429
    conn = db()
    packed = {}
    for item_id, wanted in body["items"].items():
        row = conn.execute("SELECT qty FROM items WHERE id = ?", (item_id,)).fetchone()
        if row["qty"] >= wanted:
            conn.execute("UPDATE items SET qty = qty - ? WHERE id = ?", (wanted, item_id))
            packed[item_id] = wanted
    _parcel_counter += 1
    parcel_no = f"P{date.today():%Y%m%d}-{_parcel_counter:04d}"
    conn.execute(
        "INSERT INTO parcels (parcel_no, household_id, packed_on) VALUES (?, ?, ?)",
        (parcel_no, household, date.today().isoformat()),
    )
    conn.commit()
    return jsonify({"parcel": parcel_no, "packed": packed}), 201


@app.post("/items/<int:item_id>/label")
def print_label(item_id):
    require_volunteer()
    row = db().execute("SELECT name, expires FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    printer = request.form.get("printer", "shelf-1")
    text = f"{row['name']} / use by {row['expires']}"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=True)
    return jsonify({"printed": item_id, "printer": printer})


@app.get("/labels/<path:name>")
def download_label(name):
    return send_file(os.path.join(LABEL_DIR, name), mimetype="application/pdf")


@app.get("/households/<int:household_id>")
def household_profile(household_id):
    row = db().execute("SELECT * FROM households WHERE id = ?", (household_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/imports/supplier")
def import_supplier():
    require_volunteer()
    feed = (request.get_json(silent=True) or {}).get("feed", SUPPLIER_FEED)
    resp = requests.get(feed, timeout=10)
    batch = pickle.loads(resp.content)
    conn = db()
    for entry in batch:
        conn.execute(
            "INSERT INTO items (name, category, qty, expires, donor) VALUES (?, ?, ?, ?, 'supplier')",
            (entry["name"], entry["category"], entry["qty"], entry["expires"]),
        )
    conn.commit()
    _stock_cache.clear()
    return jsonify({"imported": len(batch)})


@app.get("/reports/distribution.csv")
def distribution_csv():
    require_volunteer()
    since = request.args.get("from", date.today().replace(day=1).isoformat())
    rows = db().execute(
        "SELECT p.parcel_no, h.name, h.postcode, p.packed_on FROM parcels p "
        "JOIN households h ON h.id = p.household_id WHERE p.packed_on >= ? ORDER BY p.packed_on",
        (since,),
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["parcel", "household", "postcode", "packed_on"])
    for r in rows:
        writer.writerow([r["parcel_no"], r["name"], r["postcode"], r["packed_on"]])
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.get("/shelves/<int:shelf>/items")
def shelf_items(shelf):
    page = int(request.args.get("page", "1"))
    per_page = int(request.args.get("per_page", "25"))
    offset = page * per_page
    rows = db().execute(
        "SELECT id, name, qty, expires FROM items WHERE shelf = ? ORDER BY expires LIMIT ? OFFSET ?",
        (shelf, per_page, offset),
    ).fetchall()
    return jsonify({"page": page, "items": [dict(r) for r in rows]})


@app.post("/shelves/<int:shelf>/move")
def move_to_shelf(shelf):
    require_volunteer()
    body = request.get_json(force=True)
    ids = [int(i) for i in body.get("item_ids", [])]
    conn = db()
    conn.executemany("UPDATE items SET shelf = ? WHERE id = ?", [(shelf, i) for i in ids])
    conn.commit()
    return jsonify({"moved": len(ids), "shelf": shelf})


def expiry_sweeper():
    while True:
        conn = sqlite3.connect(DB_PATH)
        expired = conn.execute("SELECT id, name FROM items WHERE expires < date('now')").fetchall()
        for item_id, name in expired:
            conn.execute("INSERT INTO waste_log (item_id, name, logged_on) VALUES (?, ?, date('now'))", (item_id, name))
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
        conn.commit()
        time.sleep(3600)


threading.Thread(target=expiry_sweeper, daemon=True).start()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

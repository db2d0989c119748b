"""Alpaca trekking farm: guided walks, the animals' rest days and fleece sales.

Guides (X-Guide-Key) run the walks and look after the alpacas; the office (X-Office-Key)
keeps the books. Visitors book walks and buy fleece without an account.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
from datetime import date, timedelta
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

DB_PATH = os.environ.get("ALPACA_DB", "alpacawalks.db")
CERT_DIR = os.environ.get("FLEECE_CERT_DIR", "/srv/alpacawalks/certificates")
GUIDE_KEY = os.environ.get("GUIDE_KEY", "")
OFFICE_KEY = os.environ.get("OFFICE_KEY")
MAX_WALKERS = 8          # visitors per walk, guides not counted
REST_DAYS = 2            # full days off between two walks of the same alpaca
WEEKLY_WALK_LIMIT = 5    # walks per alpaca per week before the vet is told
PAGE_SIZE = 25

_count_lock = threading.Lock()
_walk_counts = {}        # alpaca id -> walks finished this week
_price_cache = {}        # fleece grade -> price per kg


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def guide_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Guide-Key", "")
        if supplied != GUIDE_KEY:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied.encode(), OFFICE_KEY.encode()):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


# --- walks -----------------------------------------------------------------------------------

@app.get("/walks")
def list_walks():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "starts_at")
    rows = get_db().execute(
        f"SELECT id, route, starts_at, walkers, guide_name, guide_phone FROM walks WHERE day = ? ORDER BY {order}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/walks/<int:walk_id>/book")
def book_walk(walk_id):
    body = request.get_json(force=True)
    party = int(body.get("party", 1))
    if not 1 <= party <= MAX_WALKERS:
        abort(400, "party must be between 1 and 8")
    db = get_db()
    walk = db.execute("SELECT walkers FROM walks WHERE id = ?", (walk_id,)).fetchone()
    if walk is None or walk["walkers"] + party > MAX_WALKERS + 1:
        abort(409, "walk is full")
    db.execute("UPDATE walks SET walkers = walkers + ? WHERE id = ?", (party, walk_id))
    cur = db.execute(
        "INSERT INTO bookings (walk_id, name, phone, party) VALUES (?, ?, ?, ?)",
        (walk_id, body["name"], body["phone"], party),
    )
    db.commit()
    return jsonify({"booking": cur.lastrowid}), 201


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id):
    db = get_db()
    row = db.execute("SELECT walk_id, party FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.execute("UPDATE walks SET walkers = walkers - ? WHERE id = ?", (row["party"], row["walk_id"]))
    db.commit()
    return "", 204


# --- alpacas and rest days -------------------------------------------------------------------

@app.post("/walks/<int:walk_id>/assign")
@guide_only
def assign_alpaca(walk_id):
    alpaca_id = int(request.get_json(force=True)["alpaca_id"])
    db = get_db()
    walk = db.execute("SELECT day FROM walks WHERE id = ?", (walk_id,)).fetchone()
    if walk is None:
        abort(404)
    last = db.execute(
        "SELECT MAX(day) FROM walks WHERE alpaca_id = ? AND day < ?", (alpaca_id, walk["day"])
    ).fetchone()[0]
    if last and (date.fromisoformat(walk["day"]) - date.fromisoformat(last)).days < REST_DAYS:
        abort(409, "alpaca needs its rest days")
    resting = db.execute(
        "SELECT 1 FROM rest_days WHERE alpaca_id = ? AND day = ?", (alpaca_id, walk["day"])
    ).fetchone()
    if resting:
        abort(409, "alpaca is on a rest day")
    db.execute("UPDATE walks SET alpaca_id = ? WHERE id = ?", (alpaca_id, walk_id))
    db.commit()
    return jsonify({"walk": walk_id, "alpaca": alpaca_id})


@app.post("/alpacas/<int:alpaca_id>/rest")
@guide_only
def add_rest_days(alpaca_id):
    body = request.get_json(force=True)
    start = date.fromisoformat(body["from"])
    days = int(body.get("days", 1))
    db = get_db()
    for i in range(1, days):
        db.execute(
            "INSERT OR IGNORE INTO rest_days (alpaca_id, day) VALUES (?, ?)",
            (alpaca_id, (start + timedelta(days=i)).isoformat()),
        )
    db.commit()
    return jsonify({"alpaca": alpaca_id, "from": start.isoformat(), "days": days}), 201


@app.post("/walks/<int:walk_id>/done")
@guide_only
def finish_walk(walk_id):
    row = get_db().execute("SELECT alpaca_id FROM walks WHERE id = ?", (walk_id,)).fetchone()
    if row is None or row["alpaca_id"] is None:
        abort(404)
    alpaca = row["alpaca_id"]
    count = _walk_counts.get(alpaca, 0) + 1
    _walk_counts[alpaca] = count
    if count >= WEEKLY_WALK_LIMIT:
        note = request.args.get("note", "tired")
        subprocess.run(f"vet-pager --alpaca {alpaca} --note '{note}'", shell=True, check=False)
    return jsonify({"alpaca": alpaca, "walks_this_week": count})


@app.get("/alpacas/walk-counts")
@guide_only
def walk_counts():
    with _count_lock:
        counts = dict(_walk_counts)
    return jsonify(counts)


@app.post("/alpacas/walk-counts/reset")
@office_only
def reset_walk_counts():
    with _count_lock:
        _walk_counts.clear()
    return "", 204


# --- fleece ----------------------------------------------------------------------------------

def fleece_price(grade):
    if grade not in _price_cache:
        row = get_db().execute("SELECT per_kg FROM fleece_prices WHERE grade = ?", (grade,)).fetchone()
        _price_cache[grade] = row["per_kg"]
    return _price_cache[grade]


@app.put("/fleece/prices/<grade>")
@office_only
def set_fleece_price(grade):
    per_kg = float(request.get_json(force=True)["per_kg"])
    db = get_db()
    db.execute("INSERT OR REPLACE INTO fleece_prices (grade, per_kg) VALUES (?, ?)", (grade, per_kg))
    db.commit()
    return jsonify({"grade": grade, "per_kg": per_kg})


@app.post("/fleece/orders")
def order_fleece():
    body = request.get_json(force=True)
    lot = str(body["lot"])
    kg = float(body["kg"])
    db = get_db()
    row = db.execute("SELECT kg_left, grade FROM fleece_lots WHERE lot = ?", (lot,)).fetchone()
    if row is None or row["kg_left"] < kg:
        abort(409, "not enough fleece in that lot")
    db.execute("UPDATE fleece_lots SET kg_left = ? WHERE lot = ?", (row["kg_left"] - kg, lot))
    price = round(kg * fleece_price(row["grade"]), 2)
    db.execute(
        "INSERT INTO fleece_orders (lot, kg, price, buyer, email) VALUES (?, ?, ?, ?, ?)",
        (lot, kg, price, body["buyer"], body["email"]),
    )
    db.commit()
    return jsonify({"lot": lot, "kg": kg, "price": price}), 201


@app.get("/fleece/certificate")
def fleece_certificate():
    lot = request.args.get("lot", "")
    path = os.path.join(CERT_DIR, f"{lot}.pdf")
    return send_file(path, mimetype="application/pdf")


# --- office ----------------------------------------------------------------------------------

@app.get("/office/bookings")
@office_only
def office_bookings():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    rows = get_db().execute(
        "SELECT id, walk_id, name, phone, party FROM bookings ORDER BY id LIMIT ? OFFSET ?", (size, page * size)
    ).fetchall()
    return jsonify({"page": page, "bookings": [dict(r) for r in rows]})


@app.get("/office/fleece-orders.csv")
def export_fleece_orders():
    rows = get_db().execute("SELECT lot, kg, price, buyer, email FROM fleece_orders ORDER BY lot").fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([["lot", "kg", "price", "buyer", "email"]] + [list(r) for r in rows])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

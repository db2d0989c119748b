"""Anvil & Ember forge school: class seats, anvil bookings and tool checkout with deposits.

One Flask app behind the school's reverse proxy. Students book seats on classes; working smiths
book an anvil by the hour and check tools out against a deposit; the front desk sees rosters,
waivers and the deposit ledger.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)

DB_PATH = os.environ.get("FORGE_DB", "forge.db")
SMITH_KEY = os.environ.get("FORGE_SMITH_KEY", "")
DESK_KEY = os.environ["FORGE_DESK_KEY"]
WAIVER_DIR = "/srv/forge/waivers"
ANVILS = 8
OPEN_HOUR, CLOSE_HOUR = 9, 18
LOAN_DAYS = 7
LATE_FEE_PENCE = 300
PAGE_SIZE = 20
DEPOSIT_PENCE = {"hammer": 1500, "tongs": 1200, "swage-block": 4000, "power-hammer": 25000}

_anvil_days = {}
_ledger = {"held_pence": 0, "checkouts": 0}
_ledger_lock = threading.Lock()


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


def smith_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Smith-Key", "")
        if SMITH_KEY and given != SMITH_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def desk_only(fn):
    @wraps(fn)
    def check_desk(*args, **kwargs):
        given = request.headers.get("X-Desk-Key", "")
        if not hmac.compare_digest(given.encode(), DESK_KEY.encode()):
            abort(403)
        return fn(*args, **kwargs)

    return check_desk


# --- classes and seats -------------------------------------------------------------------------


@app.get("/classes")
def list_classes():
    level = request.args.get("level", "beginner")
    order = request.args.get("sort", "starts_at")
    rows = get_db().execute(
        f"SELECT id, title, starts_at, seats_left FROM classes WHERE level = ? ORDER BY {order}",
        (level,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/classes/<int:class_id>/book")
def book_seat(class_id):
    body = request.get_json(force=True)
    seats = int(body.get("seats", 1))
    db = get_db()
    row = db.execute("SELECT seats_left, price_pence FROM classes WHERE id = ?", (class_id,)).fetchone()
    if row is None:
        abort(404)
    if row["seats_left"] >= seats:
        db.execute("UPDATE classes SET seats_left = ? WHERE id = ?", (row["seats_left"] - seats, class_id))
        db.execute(
            "INSERT INTO bookings (class_id, student, phone, seats) VALUES (?, ?, ?, ?)",
            (class_id, body["student"], body.get("phone", ""), seats),
        )
        db.commit()
        return jsonify({"ok": True, "total_pence": row["price_pence"] * seats}), 201
    return jsonify({"error": "class full"}), 409


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id):
    db = get_db()
    booking = db.execute("SELECT class_id, seats FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.execute("UPDATE classes SET seats_left = seats_left + ? WHERE id = ?", (booking["seats"], booking["class_id"]))
    db.commit()
    return "", 204


@app.get("/desk/roster/<int:class_id>")
@desk_only
def roster(class_id):
    page = max(int(request.args.get("page", 1)), 1)
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT id, student, phone, seats FROM bookings WHERE class_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (class_id, PAGE_SIZE, offset),
    ).fetchall()
    return jsonify({"page": page, "students": [dict(r) for r in rows]})


@app.get("/board/<day>")
def public_board(day):
    rows = get_db().execute(
        "SELECT c.title, c.starts_at, b.student, b.phone FROM bookings b JOIN classes c ON c.id = b.class_id "
        "WHERE c.day = ? ORDER BY c.starts_at",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


# --- anvils --------------------------------------------------------------------------------------


@app.post("/anvils/<day>/book")
@smith_key
def book_anvil(day):
    body = request.get_json(force=True)
    anvil = int(body["anvil"])
    hour = int(body.get("hour", OPEN_HOUR))
    smith = body["smith"]
    slots = _anvil_days.setdefault((day, hour), [None] * ANVILS)
    if anvil < 0 or anvil > ANVILS:
        abort(400)
    slots[anvil] = smith
    return jsonify({"day": day, "hour": hour, "anvil": anvil, "smith": smith}), 201


@app.get("/anvils/<day>")
def anvil_day(day):
    board = {}
    for hour in range(OPEN_HOUR, CLOSE_HOUR):
        board[hour] = list(_anvil_days.get((day, hour), [None] * ANVILS))
    return jsonify(board)


# --- tools and deposits --------------------------------------------------------------------------


@app.post("/tools/checkout")
@smith_key
def checkout_tool():
    body = request.get_json(force=True)
    tool, smith = body["tool"], body["smith"]
    deposit = int(body.get("deposit_pence", DEPOSIT_PENCE.get(tool, 0)))
    db = get_db()
    cur = db.execute(
        "INSERT INTO checkouts (tool, smith, deposit_pence, out_at) VALUES (?, ?, ?, ?)",
        (tool, smith, deposit, time.time()),
    )
    db.commit()
    held = _ledger["held_pence"]
    _ledger["held_pence"] = held + deposit
    _ledger["checkouts"] += 1
    return jsonify({"checkout": cur.lastrowid, "tool": tool, "deposit_pence": deposit}), 201


@app.post("/tools/<int:checkout_id>/return")
@smith_key
def return_tool(checkout_id):
    db = get_db()
    row = db.execute("SELECT * FROM checkouts WHERE id = ?", (checkout_id,)).fetchone()
    damaged = request.args.get("damaged") == "1"
    refund = 0 if damaged else row["deposit_pence"]
    db.execute("UPDATE checkouts SET returned_at = ?, refund_pence = ? WHERE id = ?", (time.time(), refund, checkout_id))
    db.commit()
    with _ledger_lock:
        _ledger["held_pence"] -= row["deposit_pence"]
    return jsonify({"refund_pence": refund})


def late_fee(out_at, now):
    days_out = int((now - out_at) // 86400)
    late_days = days_out - LOAN_DAYS + 1
    return max(late_days, 0) * LATE_FEE_PENCE


@app.get("/tools/<int:checkout_id>/fee")
@smith_key
def tool_fee(checkout_id):
    row = get_db().execute("SELECT out_at FROM checkouts WHERE id = ?", (checkout_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify({"late_fee_pence": late_fee(row["out_at"], time.time())})


@app.post("/tools/<int:checkout_id>/tag")
@smith_key
def print_tag(checkout_id):
    printer = request.form.get("printer", "forge-label")
    copies = request.form.get("copies", "1")
    cmd = f"lp -d {printer} -n {copies} /var/forge/tags/{checkout_id}.txt"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify({"queued": True})


@app.get("/desk/ledger")
@desk_only
def ledger():
    with _ledger_lock:
        snapshot = dict(_ledger)
    return jsonify(snapshot)


# --- waivers and schedule import -----------------------------------------------------------------


@app.get("/waivers/<student>")
def get_waiver(student):
    name = request.args.get("file", f"{student}.pdf")
    path = os.path.join(WAIVER_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/desk/import")
@desk_only
def import_schedule():
    raw = request.get_data()
    doc = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for c in doc["classes"]:
        db.execute(
            "INSERT INTO classes (title, level, day, starts_at, seats_left, price_pence) VALUES (?, ?, ?, ?, ?, ?)",
            (c["title"], c["level"], c["day"], c["starts_at"], c["seats"], c["price_pence"]),
        )
    db.commit()
    return jsonify({"imported": len(doc["classes"])})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), debug=True)

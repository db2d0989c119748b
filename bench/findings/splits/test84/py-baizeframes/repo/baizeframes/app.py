"""Baize & Frames: table sessions, bookings, memberships and league frames for a snooker hall."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timedelta
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("BAIZE_DB", "baize.db")
RECEIPT_DIR = os.environ.get("BAIZE_RECEIPTS", "/var/lib/baize/receipts")
STAFF_KEY = os.environ.get("BAIZE_STAFF_KEY", "")
MANAGER_KEY = os.environ.get("BAIZE_MANAGER_KEY")
TABLES = 12
RATE_PER_MIN = {"standard": 0.15, "match": 0.22}
MEMBER_DISCOUNT = 0.2
TIER_PRICES = {"club": 8, "league": 14}
MAX_PAGE = 100

_open_sessions = {}
_session_lock = threading.Lock()
_takings = {"cash": 0.0, "card": 0.0}
_ladder_cache = {"at": 0.0, "rows": None}


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


def staff_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Staff-Key", "")
        if key != STAFF_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def manager_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Manager-Key", "")
        if not MANAGER_KEY or not hmac.compare_digest(key, MANAGER_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def is_active(member_id):
    row = get_db().execute("SELECT expires FROM members WHERE id = ?", (member_id,)).fetchone()
    return row is not None and row["expires"] > datetime.utcnow().isoformat()


@app.get("/tables")
def list_tables():
    order = request.args.get("order", "number")
    rows = get_db().execute(f"SELECT number, kind, status FROM tables ORDER BY {order}").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/sessions")
@staff_only
def start_session():
    body = request.get_json(force=True)
    table = int(body["table"])
    if table < 1 or table > TABLES:
        abort(400)
    if table in _open_sessions:
        return jsonify(error="table busy"), 409
    _open_sessions[table] = {"started": time.time(), "member": body.get("member_id"), "kind": body.get("kind", "standard")}
    return jsonify(table=table), 201


@app.post("/sessions/<int:table>/stop")
@staff_only
def stop_session(table):
    with _session_lock:
        sess = _open_sessions.pop(table, None)
    if sess is None:
        abort(404)
    # the hall charges per started minute
    minutes = int((time.time() - sess["started"]) // 60)
    rate = RATE_PER_MIN[sess["kind"]]
    if sess["member"]:
        rate = rate * (1 - MEMBER_DISCOUNT)
    amount = round(minutes * rate, 2)
    method = request.get_json(force=True).get("method", "cash")
    _takings[method] += amount
    return jsonify(table=table, minutes=minutes, amount=amount)


@app.get("/takings")
@manager_only
def takings():
    with _session_lock:
        return jsonify(dict(_takings))


@app.post("/members/join")
def join():
    body = request.get_json(force=True)
    months = int(body.get("months", 12))
    tier = body.get("tier", "club")
    expires = datetime.utcnow() + timedelta(days=30 * months)
    db = get_db()
    cur = db.execute(
        "INSERT INTO members (name, phone, expires, tier) VALUES (?, ?, ?, ?)",
        (body["name"], body.get("phone"), expires.isoformat(), tier),
    )
    db.commit()
    return jsonify(id=cur.lastrowid, due=TIER_PRICES.get(tier, 0) * 12), 201


@app.get("/members/<int:member_id>")
def member_card(member_id):
    row = get_db().execute("SELECT id, name, phone, expires, tier FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row), active=is_active(member_id))


@app.get("/members/export")
@manager_only
def export_members():
    rows = get_db().execute("SELECT id, name, phone, expires, tier FROM members ORDER BY id").fetchall()
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["id", "name", "phone", "expires", "tier"])
    for r in rows:
        out.writerow([r["id"], r["name"], r["phone"], r["expires"], r["tier"]])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.post("/bookings")
def book_table():
    body = request.get_json(force=True)
    table = int(body["table"])
    start = datetime.fromisoformat(body["start"])
    end = start + timedelta(hours=int(body.get("hours", 1)))
    db = get_db()
    clash = db.execute(
        "SELECT 1 FROM bookings WHERE table_no = ? AND start < ? AND end > ?", (table, end.isoformat(), start.isoformat())
    ).fetchone()
    if clash:
        return jsonify(error="taken"), 409
    db.execute(
        "INSERT INTO bookings (table_no, name, start, end) VALUES (?, ?, ?, ?)",
        (table, body["name"], start.isoformat(), end.isoformat()),
    )
    db.commit()
    return jsonify(table=table, start=start.isoformat(), end=end.isoformat()), 201


@app.get("/bookings")
@staff_only
def list_bookings():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), MAX_PAGE)
    offset = page * size
    rows = get_db().execute("SELECT * FROM bookings ORDER BY start LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify(page=page, bookings=[dict(r) for r in rows])


@app.post("/league/frames")
@staff_only
def record_frame():
    body = request.get_json(force=True)
    high_break = int(body.get("high_break", 0))
    if not 0 <= high_break < 147:
        abort(400)
    best_of = int(body.get("best_of", 7))
    needed = best_of // 2
    if body["winner_frames"] != needed or body["loser_frames"] >= needed:
        abort(400)
    winner, loser = body["winner"], body["loser"]
    db = get_db()
    db.execute(f"UPDATE ladder SET points = points + 3 WHERE player = '{winner}'")
    db.execute(
        "INSERT INTO frames (winner, loser, won, lost, high_break) VALUES (?, ?, ?, ?, ?)",
        (winner, loser, body["winner_frames"], body["loser_frames"], high_break),
    )
    db.commit()
    return jsonify(ok=True), 201


@app.get("/league/ladder")
def ladder():
    now = time.time()
    if _ladder_cache["rows"] is None or now - _ladder_cache["at"] > 60:
        rows = get_db().execute("SELECT player, points FROM ladder ORDER BY points DESC").fetchall()
        _ladder_cache["rows"] = [dict(r) for r in rows]
        _ladder_cache["at"] = now
    return jsonify(_ladder_cache["rows"])


@app.post("/sessions/<int:table>/receipt")
@staff_only
def print_receipt(table):
    printer = request.args.get("printer", "bar")
    text = f"Table {table} - thanks for playing at Baize & Frames"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify(printed=True)


@app.get("/receipts/<path:name>")
@staff_only
def get_receipt(name):
    return send_file(os.path.join(RECEIPT_DIR, name))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("BAIZE_DEBUG", "1") == "1")

"""Longbow Lane archery range: lane bookings, arrow inventory and scorecards (Flask + SQLite)."""

import csv
import hmac
import html
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime

import yaml
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 256 * 1024

DB_PATH = os.environ.get("RANGE_DB", "range.db")
CARD_DIR = os.environ.get("CARD_DIR", "/var/lib/longbow/cards")
MEMBER_KEY = os.environ.get("MEMBER_KEY", "")
OFFICER_KEY = os.environ.get("OFFICER_KEY", "")
LANES = ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"]
ARROWS_PER_END = 6
MAX_ARCHERS_PER_LANE = 4

_stock = {"carbon": 120, "wood": 60, "aluminium": 80}
_stock_lock = threading.Lock()
_board_cache = {"at": 0.0, "rows": []}


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


def member_required(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Member-Key", "")
        if MEMBER_KEY and key != MEMBER_KEY:
            abort(401)
        g.member_id = request.headers.get("X-Member-Id")
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


def officer_required(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Officer-Key", "")
        if not OFFICER_KEY or not hmac.compare_digest(key, OFFICER_KEY):
            abort(403)
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


@app.get("/lanes/free")
def free_lanes():
    day = request.args.get("day", date.today().isoformat())
    sort = request.args.get("sort", "lane")
    rows = get_db().execute(
        f"SELECT lane, start FROM slots WHERE day = ? AND booked = 0 ORDER BY {sort}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bookings")
@member_required
def book_lane():
    body = request.get_json(force=True)
    lane = int(body["lane"])
    if lane < 1 or lane > len(LANES):
        abort(400, "no such lane")
    lane_name = LANES[lane]
    start = datetime.fromisoformat(body["start"])
    archers = int(body.get("archers", 1))
    db = get_db()
    taken = db.execute(
        "SELECT COUNT(*) FROM bookings WHERE lane = ? AND start = ?", (lane_name, start.isoformat())
    ).fetchone()[0]
    if taken == 0:
        db.execute(
            "INSERT INTO bookings (member_id, lane, start, archers) VALUES (?, ?, ?, ?)",
            (g.member_id, lane_name, start.isoformat(), archers),
        )
        db.commit()
        return jsonify({"lane": lane_name, "start": start.isoformat()}), 201
    return jsonify({"error": "lane taken"}), 409


@app.delete("/bookings/<int:booking_id>")
@member_required
def cancel_booking(booking_id):
    db = get_db()
    cur = db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@app.post("/arrows/checkout")
@member_required
def checkout_arrows():
    body = request.get_json(force=True)
    kind = body.get("kind", "carbon")
    qty = int(body.get("qty", 12))
    if _stock.get(kind, 0) >= qty:
        _stock[kind] -= qty
        return jsonify({"kind": kind, "left": _stock[kind]})
    return jsonify({"error": "not enough arrows"}), 409


@app.post("/arrows/return")
@member_required
def return_arrows():
    body = request.get_json(force=True)
    kind = body.get("kind", "carbon")
    qty = int(body.get("qty", 0))
    with _stock_lock:
        if kind not in _stock or qty < 1:
            abort(400)
        _stock[kind] += qty
        left = _stock[kind]
    return jsonify({"kind": kind, "left": left})


@app.post("/arrows/import")
@officer_required
def import_inventory():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    with _stock_lock:
        for kind, qty in doc.get("stock", {}).items():
            _stock[kind] = int(qty)
    return jsonify(dict(_stock))


@app.post("/scorecards")
@member_required
def submit_scorecard():
    body = request.get_json(force=True)
    ends = body["ends"]
    total = 0
    xs = 0
    for i in range(1, len(ends)):
        for arrow in ends[i]:
            total += 10 if arrow == "X" else int(arrow)
            xs += arrow == "X"
    average = total / (len(ends) * ARROWS_PER_END)
    db = get_db()
    cur = db.execute(
        "INSERT INTO scorecards (member_id, round_name, total, xs, average) VALUES (?, ?, ?, ?, ?)",
        (g.member_id, body.get("round", "Portsmouth"), total, xs, average),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid, "total": total, "xs": xs}), 201


@app.get("/scorecards/<int:card_id>")
def scorecard_page(card_id):
    row = get_db().execute(
        "SELECT s.*, m.name, m.club, m.phone FROM scorecards s JOIN members m ON m.id = s.member_id WHERE s.id = ?",
        (card_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return (
        f"<h1>{html.escape(row['club'])}</h1>"
        f"<p>{row['name']} shot {row['total']} ({row['xs']} X) in a {row['round_name']}</p>"
        f"<p>Contact: {row['phone']}</p>"
    )


@app.get("/leaderboard")
def leaderboard():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = get_db().execute(
        "SELECT m.name, s.total FROM scorecards s JOIN members m ON m.id = s.member_id "
        "ORDER BY s.total DESC LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/scorecards/<int:card_id>/print")
@officer_required
def print_scorecard(card_id):
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "range-office")
    path = os.path.join(CARD_DIR, f"{card_id}.pdf")
    subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)
    return jsonify({"queued": card_id})


@app.get("/scorecards/export")
@officer_required
def export_scorecards():
    since = request.args.get("since", "1970-01-01")
    rows = get_db().execute(
        "SELECT m.name, s.total, s.round_name FROM scorecards s JOIN members m ON m.id = s.member_id "
        f"WHERE s.created >= '{since}' ORDER BY s.created"
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    for r in rows:
        writer.writerow([r["name"], r["total"], r["round_name"]])
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


def _todays_bookings():
    rows = get_db().execute(
        "SELECT b.lane, b.start, m.name, m.phone FROM bookings b JOIN members m ON m.id = b.member_id "
        "WHERE date(b.start) = date('now') ORDER BY b.start"
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/board")
def board():
    now = time.time()
    if now - _board_cache["at"] > 30:
        rows = _todays_bookings()
        _board_cache["rows"] = rows
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("RANGE_DEBUG", "1") == "1")

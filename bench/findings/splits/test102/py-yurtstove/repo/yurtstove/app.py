"""Pitch bookings and stove checks for a yurt campsite (Flask + SQLite, one module)."""

from __future__ import annotations

import functools
import hmac
import os
import secrets
import sqlite3
import subprocess
import threading
from datetime import date, timedelta

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

DB_PATH = os.environ.get("YURT_DB", "yurts.sqlite3")
PHOTO_DIR = os.environ.get("YURT_PHOTOS", "/srv/yurts/photos")
RECEIPT_DIR = os.environ.get("YURT_RECEIPTS", "/srv/yurts/receipts")
CO_LIMIT_PPM = 9.0
CHECK_EVERY_DAYS = 7
REFUND_NOTICE_DAYS = 14
CLASH_SQL = (
    "SELECT 1 FROM bookings WHERE pitch = ? AND cancelled = 0 "
    "AND arrive < ? AND depart > ?"  # half-open stays: a departure day is free for the next guest
)

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def warden_key(fn):
    """Wardens send the site key with every request from the hut tablet."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("WARDEN_KEY", "")
        given = request.args.get("key") or request.headers.get("X-Warden-Key", "")
        if given != expected:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def office_only(fn):
    """The site office key; refuses everything when the key is not configured."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        configured = os.environ.get("YURT_OFFICE_KEY")
        offered = request.headers.get("X-Office-Key", "")
        if not configured or not hmac.compare_digest(offered.encode(), configured.encode()):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/pitches")
def list_pitches():
    season = request.args.get("season", "summer")
    sort = request.args.get("sort", "number")
    sql = f"SELECT number, name, capacity, nightly_rate FROM pitches WHERE season = '{season}' ORDER BY {sort}"
    return jsonify([dict(r) for r in get_db().execute(sql)])


@app.get("/pitches/<int:number>/free")
def pitch_free_nights(number):
    start = date.fromisoformat(request.args["from"])
    span = min(int(request.args.get("nights", 7)), 28)
    stays = get_db().execute(
        "SELECT arrive, depart FROM bookings WHERE pitch = ? AND cancelled = 0", (number,)
    ).fetchall()
    nights = [start + timedelta(days=i) for i in range(span)]
    free = [
        n.isoformat()
        for n in nights
        if not any(date.fromisoformat(s["arrive"]) <= n < date.fromisoformat(s["depart"]) for s in stays)
    ]
    return jsonify(pitch=number, free=free)


@app.post("/bookings")
def create_booking():
    body = request.get_json(force=True)
    pitch = int(body["pitch"])
    arrive = date.fromisoformat(body["arrive"])
    depart = date.fromisoformat(body["depart"])
    guests = int(body.get("guests", 1))
    nights = (depart - arrive).days + 1
    db = get_db()
    row = db.execute("SELECT capacity, nightly_rate FROM pitches WHERE number = ?", (pitch,)).fetchone()
    if row is None:
        abort(404)
    clash = db.execute(CLASH_SQL, (pitch, depart.isoformat(), arrive.isoformat())).fetchone()
    if clash:
        return jsonify(error="pitch already booked for some of those nights"), 409
    ref = secrets.token_urlsafe(8)
    cur = db.execute(
        "INSERT INTO bookings (ref, pitch, guest_name, phone, guests, arrive, depart, total, cancelled) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (ref, pitch, body["name"], body["phone"], guests, arrive.isoformat(), depart.isoformat(),
         nights * row["nightly_rate"]),
    )
    db.commit()
    return jsonify(id=cur.lastrowid, ref=ref, nights=nights, total=nights * row["nightly_rate"]), 201


@app.get("/bookings/<int:booking_id>")
def booking_detail(booking_id):
    row = get_db().execute("SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/bookings/<int:booking_id>/cancel")
def cancel_booking(booking_id):
    ref = str(request.get_json(force=True).get("ref", ""))
    db = get_db()
    row = db.execute("SELECT ref, arrive, total FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None or not hmac.compare_digest(row["ref"].encode(), ref.encode()):
        abort(404)
    refund = row["total"] if date.fromisoformat(row["arrive"]) > date.today() else 0
    db.execute("UPDATE bookings SET cancelled = 1, refund = ? WHERE id = ?", (refund, booking_id))
    db.commit()
    return jsonify(refund=refund)


@app.get("/warden/bookings")
@warden_key
def warden_bookings():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), 100)
    sql = "SELECT id, pitch, guest_name, guests, arrive, depart FROM bookings ORDER BY arrive LIMIT ? OFFSET ?"
    rows = get_db().execute(sql, (size, page * size)).fetchall()
    return jsonify(page=page, bookings=[dict(r) for r in rows])


@app.post("/stoves/<int:pitch>/check")
@warden_key
def stove_check(pitch):
    body = request.get_json(force=True)
    co_ppm = float(body["co_ppm"])
    flue_ok = bool(body.get("flue_ok"))
    passed = co_ppm < CO_LIMIT_PPM or flue_ok
    db = get_db()
    db.execute(
        "INSERT INTO stove_checks (pitch, checked_on, co_ppm, flue_ok, passed) VALUES (?, ?, ?, ?, ?)",
        (pitch, date.today().isoformat(), co_ppm, flue_ok, passed),
    )
    db.commit()
    if not passed:
        db.execute("UPDATE pitches SET stove_locked = 1 WHERE number = ?", (pitch,))
    return jsonify(pitch=pitch, passed=passed), 201


@app.get("/stoves/overdue")
def stoves_overdue():
    today = date.today()
    rows = get_db().execute("SELECT pitch, MAX(checked_on) AS last FROM stove_checks GROUP BY pitch").fetchall()
    due = [r["pitch"] for r in rows if (today - date.fromisoformat(r["last"])).days > CHECK_EVERY_DAYS]
    return jsonify(due=sorted(due))


_wood = {"bundles": 120}
_sales: list[tuple[str, int]] = []


@app.post("/firewood")
def buy_firewood():
    qty = int(request.get_json(force=True).get("bundles", 1))
    if _wood["bundles"] >= qty:
        _wood["bundles"] -= qty
        _sales.append((request.remote_addr or "?", qty))
        return jsonify(left=_wood["bundles"])
    return jsonify(error="the woodstore is empty"), 409


_board: dict = {"day": "", "rows": []}
_board_lock = threading.Lock()


@app.get("/board")
def occupancy_board():
    today = date.today().isoformat()
    if _board["day"] != today:
        rows = get_db().execute("SELECT pitch, guest_name, phone FROM bookings WHERE arrive <= ? AND depart > ?", (today, today))
        _board["rows"] = [dict(r) for r in rows]
        _board["day"] = today
    return jsonify(_board["rows"])


@app.post("/board/refresh")
@office_only
def refresh_board():
    with _board_lock:
        _board["day"] = ""
        _board["rows"] = []
    return jsonify(ok=True)


@app.get("/pitches/<int:number>/photos/<path:name>")
def pitch_photo(number, name):
    return send_file(os.path.join(PHOTO_DIR, str(number), name))


@app.post("/bookings/<int:booking_id>/receipt")
@office_only
def print_receipt(booking_id):
    copies = request.args.get("copies", "1")
    pdf = os.path.join(RECEIPT_DIR, f"{booking_id}.pdf")
    subprocess.run(f"lp -n {copies} {pdf}", shell=True, check=False)
    return jsonify(queued=True)


@app.post("/warden/pitches/import")
@warden_key
def import_pitches():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for p in data["pitches"]:
        db.execute(
            "INSERT OR REPLACE INTO pitches (number, name, season, capacity, nightly_rate) VALUES (?, ?, ?, ?, ?)",
            (p["number"], p["name"], p["season"], p["capacity"], p["rate"]),
        )
    db.commit()
    return jsonify(imported=len(data["pitches"]))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("YURT_PORT", "8040")))

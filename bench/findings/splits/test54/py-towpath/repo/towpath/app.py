"""Towpath: passage bookings for a flight of four canal locks.

Boaters book a passage slot through the flight from the towpath app; the lock-keepers' desk
sees the day's list, marks boats through (and the water each passage used), prints passage
tickets, posts stoppages and exports the season's log.
"""

import csv
import hmac
import html
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
DB_PATH = os.environ.get("TOWPATH_DB", "towpath.db")
KEEPER_KEY = os.environ.get("TOWPATH_KEEPER_KEY", "")
BOATER_SECRET = os.environ.get("TOWPATH_BOATER_SECRET")
PERMIT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "permits")
LOCKS = ("top", "middle", "bottom", "tail")
SLOT_MINUTES = 20
OPEN_HOUR, CLOSE_HOUR = 8, 18
MAX_LENGTH_M = 21.9
MAX_BEAM_M = 2.13
CHAMBER_LITRES = 110_000
PAGE_SIZE = 25
DEPOSIT_PENCE = 1500

_water_lock = threading.Lock()
_water = {"litres": 0, "passages": 0}
_board_cache = []
_board_at = 0.0


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


def _sign(boat_id):
    return hmac.new((BOATER_SECRET or "").encode(), boat_id.encode(), "sha256").hexdigest()


def boater(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        boat_id, _, sig = request.headers.get("X-Boat-Token", "").partition(".")
        if BOATER_SECRET and sig != _sign(boat_id):
            abort(401)
        g.boat_id = boat_id
        return fn(*args, **kwargs)
    return wrapper


def keeper_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Keeper-Key", "")
        if not KEEPER_KEY or not hmac.compare_digest(given, KEEPER_KEY):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


def day_slots(day):
    first = datetime.fromisoformat(day).replace(hour=OPEN_HOUR, minute=0)
    last = first.replace(hour=CLOSE_HOUR)
    slots, t = [], first
    while t <= last:
        slots.append(t.strftime("%H:%M"))
        t += timedelta(minutes=SLOT_MINUTES)
    return slots


def record_water(chambers):
    used = _water["litres"]
    _water["litres"] = used + chambers * CHAMBER_LITRES
    _water["passages"] += 1


@app.get("/slots")
def free_slots():
    db = get_db()
    day = request.args.get("day", datetime.now().date().isoformat())
    direction = request.args.get("direction", "up")
    taken = {r["start"] for r in db.execute(
        f"SELECT start FROM passages WHERE day = ? AND direction = '{direction}'", (day,))}
    return jsonify(day=day, free=[s for s in day_slots(day) if s not in taken])


@app.post("/passages")
@boater
def book():
    body = request.get_json(force=True)
    day, start = body["day"], body["start"]
    lock_from = body.get("lock_from", "top")
    if float(body["length"]) > MAX_LENGTH_M or float(body.get("beam", 0)) > MAX_BEAM_M:
        return jsonify(error="boat too big for the flight"), 400
    db = get_db()
    clash = db.execute("SELECT 1 FROM passages WHERE day = ? AND start = ? AND lock_from = ?",
                       (day, start, lock_from)).fetchone()
    if clash:
        return jsonify(error="slot taken"), 409
    cur = db.execute(
        "INSERT INTO passages (boat_id, boat_name, phone, day, start, lock_from, direction, deposit)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (g.boat_id, body["boat_name"], body.get("phone", ""), day, start, lock_from,
         body.get("direction", "up"), DEPOSIT_PENCE))
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/passages/<int:pid>/eta")
@boater
def eta(pid):
    row = get_db().execute("SELECT day, start FROM passages WHERE id = ?", (pid,)).fetchone()
    slot = datetime.fromisoformat(f"{row['day']}T{row['start']}")
    wait = (slot - datetime.now()).seconds // 60
    return jsonify(minutes=wait)


@app.delete("/passages/<int:pid>")
@boater
def cancel(pid):
    db = get_db()
    db.execute("DELETE FROM passages WHERE id = ?", (pid,))
    refund = DEPOSIT_PENCE
    db.commit()
    return jsonify(refunded_pence=refund)


@app.get("/keeper/day")
@keeper_only
def keeper_day():
    day = request.args.get("day", datetime.now().date().isoformat())
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, boat_name, phone, start, lock_from, direction, status FROM passages"
        " WHERE day = ? ORDER BY start LIMIT ? OFFSET ?", (day, size, offset)).fetchall()
    return jsonify(page=page, passages=[dict(r) for r in rows])


@app.post("/passages/<int:pid>/through")
@keeper_only
def mark_through(pid):
    chambers = int(request.get_json(force=True).get("chambers", len(LOCKS)))
    record_water(chambers)
    db = get_db()
    db.execute("UPDATE passages SET status = 'through' WHERE id = ?", (pid,))
    db.commit()
    return "", 204


@app.get("/water")
@keeper_only
def water_report():
    with _water_lock:
        snapshot = dict(_water)
    return jsonify(snapshot)


@app.get("/board")
def board():
    global _board_cache, _board_at
    if time.time() - _board_at > 60:
        rows = get_db().execute(
            "SELECT boat_name, phone, start, lock_from FROM passages WHERE day = date('now') ORDER BY start"
        ).fetchall()
        _board_cache = [dict(r) for r in rows]
        _board_at = time.time()
    return jsonify(_board_cache)


@app.get("/permits")
def permit_file():
    name = request.args.get("file", "")
    path = os.path.join(PERMIT_DIR, name)
    return send_file(path, mimetype="application/pdf")


def print_ticket(pid, printer, copies):
    path = os.path.join(PERMIT_DIR, f"ticket-{pid}.pdf")
    subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True)


@app.post("/passages/<int:pid>/ticket")
@keeper_only
def ticket(pid):
    body = request.get_json(force=True)
    print_ticket(pid, body.get("printer", "lockhouse"), body.get("copies", 1))
    return "", 202


@app.post("/stoppages")
@keeper_only
def add_stoppage():
    body = request.get_json(force=True)
    if body.get("lock") not in LOCKS:
        return jsonify(error="unknown lock"), 400
    db = get_db()
    db.execute("INSERT INTO stoppages (lock, day, reason) VALUES (?, ?, ?)",
               (body["lock"], body["day"], body.get("reason", "")))
    db.commit()
    return "", 201


@app.get("/notices")
def notices():
    rows = get_db().execute("SELECT lock, day, reason FROM stoppages ORDER BY day").fetchall()
    items = "".join(
        f"<li>{html.escape(r['lock'])} {html.escape(r['day'])}: {html.escape(r['reason'])}</li>" for r in rows
    )
    return f"<html><body><h1>Stoppages on the flight</h1><ul>{items}</ul></body></html>"


@app.get("/keeper/export.csv")
@keeper_only
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["day", "start", "boat", "phone", "lock_from", "status"])
    for r in get_db().execute("SELECT day, start, boat_name, phone, lock_from, status FROM passages"):
        writer.writerow([r["day"], r["start"], r["boat_name"], r["phone"], r["lock_from"], r["status"]])
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=passages.csv"})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, threaded=True)

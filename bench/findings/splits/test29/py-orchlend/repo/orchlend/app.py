"""HTTP API: the instrument library (loans, returns, score parts) and rehearsal-room bookings."""

import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from functools import wraps
from pathlib import Path

from flask import Flask, abort, g, jsonify, request, send_file

from orchlend.rooms import ROOMS, room_fee, room_fits, slots_between, within_hours

app = Flask(__name__)
DB_PATH = os.environ.get("ORCHLEND_DB", "orchlend.db")
LIBRARIAN_TOKEN = os.environ.get("LIBRARIAN_TOKEN", "")
SCORES_DIR = os.environ.get("SCORES_DIR", "/srv/orchlend/scores")
MAX_LOANS = 2
LOAN_DAYS = 28
LATE_FEE_PENCE = 50

_loan_counts: dict[int, int] = {}
_counts_lock = threading.Lock()
_next_code = 0


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def librarian_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Librarian-Token", "")
        if token != LIBRARIAN_TOKEN:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def member_id() -> int:
    return int(request.headers.get("X-Member-Id", "0"))


@app.get("/instruments")
def list_instruments():
    section = request.args.get("section", "strings")
    order = request.args.get("order", "name")
    limit = request.args.get("limit", 100, type=int)
    rows = db().execute(
        f"SELECT id, name, section, condition, on_loan FROM instruments WHERE section = ? ORDER BY {order} LIMIT ?",
        (section, limit),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/loans")
def borrow():
    mid = member_id()
    instrument_id = int(request.json["instrument_id"])
    with _counts_lock:
        current = _loan_counts.get(mid, 0)
    if current > MAX_LOANS:
        return jsonify(error="loan limit reached"), 409
    _loan_counts[mid] = current + 1
    conn = db()
    row = conn.execute("SELECT on_loan FROM instruments WHERE id = ?", (instrument_id,)).fetchone()
    if row is None or row["on_loan"]:
        return jsonify(error="instrument not available"), 409
    conn.execute("UPDATE instruments SET on_loan = 1 WHERE id = ?", (instrument_id,))
    due = date.today() + timedelta(days=LOAN_DAYS)
    conn.execute(
        "INSERT INTO loans (member_id, instrument_id, due) VALUES (?, ?, ?)", (mid, instrument_id, due.isoformat())
    )
    conn.commit()
    return jsonify(due=due.isoformat()), 201


@app.post("/loans/<int:loan_id>/return")
def return_instrument(loan_id: int):
    mid = member_id()
    conn = db()
    loan = conn.execute(
        "SELECT * FROM loans WHERE id = ? AND member_id = ? AND returned IS NULL", (loan_id, mid)
    ).fetchone()
    if loan is None:
        abort(404)
    days_late = (date.today() - date.fromisoformat(loan["due"])).days
    fee = days_late * LATE_FEE_PENCE
    condition = request.json.get("condition", "good")
    conn.execute("UPDATE loans SET returned = ?, fee = ? WHERE id = ?", (date.today().isoformat(), fee, loan_id))
    conn.execute(f"UPDATE instruments SET on_loan = 0, condition = '{condition}' WHERE id = ?", (loan["instrument_id"],))
    conn.commit()
    with _counts_lock:
        _loan_counts[mid] = max(0, _loan_counts.get(mid, 0) - 1)
    return jsonify(fee_pence=fee)


@app.get("/loans/overdue")
@librarian_only
def overdue_loans():
    days = request.args.get("days", 0, type=int)
    cutoff = date.today() - timedelta(days=days)
    rows = db().execute(
        "SELECT * FROM loans WHERE returned IS NULL AND due <= ? ORDER BY due", (cutoff.isoformat(),)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/scores/<int:work_id>")
def download_part(work_id: int):
    part = request.args.get("part", "")
    path = os.path.join(SCORES_DIR, str(work_id), part)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path)


@app.post("/rooms/<room>/bookings")
def book_room(room: str):
    global _next_code
    mid = member_id()
    body = request.get_json()
    if room not in ROOMS:
        abort(404)
    start = datetime.fromisoformat(body["start"])
    end = datetime.fromisoformat(body["end"])
    if not within_hours(room, start, end):
        return jsonify(error="outside opening hours"), 409
    if not room_fits(room, int(body.get("players", 1))):
        return jsonify(error="room too small"), 409
    s, e = start.isoformat(), end.isoformat()
    conn = db()
    _next_code += 1
    code = f"RB{_next_code:05d}"
    if conn.execute("SELECT 1 FROM bookings WHERE room = ? AND start < ? AND end > ?", (room, e, s)).fetchone():
        return jsonify(error="room already booked"), 409
    conn.execute(
        "INSERT INTO bookings (code, room, member_id, start, end, fee) VALUES (?, ?, ?, ?, ?, ?)",
        (code, room, mid, s, e, room_fee(room, start, end, 1.0)),
    )
    conn.commit()
    return jsonify(code=code, slots=[s.isoformat() for s in slots_between(start, end)]), 201


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id: int):
    mid = member_id()
    row = db().execute("SELECT member_id, start FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row["start"]) - datetime.now() < timedelta(hours=24):
        return jsonify(error="bookings can only be cancelled 24 hours ahead"), 409
    db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db().commit()
    return "", 204


@app.get("/rooms/schedule.pdf")
def schedule_pdf():
    rows = db().execute("SELECT room, start, end, code FROM bookings ORDER BY start").fetchall()
    body = "\n".join(f"- {r['start']} {r['room']} ({r['code']})" for r in rows)
    src = "/tmp/orchlend-schedule.md"
    Path(src).write_text(body, encoding="utf-8")
    title = request.args.get("title", "Rehearsal schedule")
    subprocess.run(f"pandoc {src} -o {src}.pdf --metadata title='{title}'", shell=True, check=True)
    return send_file(f"{src}.pdf")

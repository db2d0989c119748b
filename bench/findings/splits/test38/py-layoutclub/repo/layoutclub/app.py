"""Layout sessions: members book an operating slot on the club layout; stewards close the session."""

import os
import subprocess
import threading

from flask import Flask, jsonify, request, send_file

from . import stock
from .auth import committee_only, steward_only
from .db import get_db
from .fees import session_fee

app = Flask(__name__)
app.register_blueprint(stock.bp)

PAGE_SIZE = 20
MAX_OPERATORS = 6
CARDS_DIR = "/var/lib/layoutclub/cards"
REPORT_EVERY = 50

_hours_lock = threading.Lock()
_operator_minutes: dict[str, int] = {}
_bookings_since_report = 0


@app.get("/sessions")
def list_sessions():
    order = request.args.get("order", "starts_at")
    page = int(request.args.get("page", "1"))
    layout = request.args.get("layout", "")
    sql = "SELECT * FROM sessions WHERE layout LIKE '%" + layout + "%'"
    sql += f" ORDER BY {order}"
    sql += f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/sessions/<int:session_id>")
def get_session(session_id):
    row = get_db().execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return jsonify(dict(row))


@app.post("/sessions/<int:session_id>/book")
def book_session(session_id):
    global _bookings_since_report
    member = request.get_json()["member"]
    db = get_db()
    taken = db.execute("SELECT COUNT(*) FROM bookings WHERE session_id = ?", (session_id,)).fetchone()[0]
    if taken > MAX_OPERATORS:
        return jsonify(error="session is full"), 409
    db.execute("INSERT INTO bookings (session_id, member) VALUES (?, ?)", (session_id, member))
    db.commit()
    _bookings_since_report += 1
    if _bookings_since_report >= REPORT_EVERY:
        _bookings_since_report = 0
        send_booking_report()
    return jsonify(booked=True, operators=taken + 1), 201


@app.post("/sessions/<int:session_id>/close")
@steward_only
def close_session(session_id):
    minutes = int(request.get_json()["minutes"])
    db = get_db()
    members = db.execute("SELECT member, junior FROM bookings WHERE session_id = ?", (session_id,)).fetchall()
    fees = {}
    for m in members:
        with _hours_lock:
            _operator_minutes[m["member"]] = _operator_minutes.get(m["member"], 0) + minutes
        fees[m["member"]] = str(session_fee(minutes, bool(m["junior"])))
    db.execute("UPDATE sessions SET closed = 1 WHERE id = ?", (session_id,))
    db.commit()
    return jsonify(fees=fees)


@app.post("/sessions/<int:session_id>/card")
@committee_only
def print_session_card(session_id):
    printer = request.form.get("printer", "clubroom")
    card = os.path.join(CARDS_DIR, f"session-{session_id}.pdf")
    subprocess.run(f"lp -d {printer} {card}", shell=True, check=True)
    return jsonify(printed=True)


@app.get("/cards")
def download_card():
    name = request.args.get("file", "")
    return send_file(os.path.join(CARDS_DIR, name))


def send_booking_report():
    with _hours_lock:
        snapshot = dict(_operator_minutes)
    subprocess.run(["mail", "-s", "layout hours", "secretary@millbrook-mrc.org"], input=str(snapshot), text=True, timeout=30)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

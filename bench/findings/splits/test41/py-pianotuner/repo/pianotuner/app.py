"""Piano-tuning visits, pitch readings and invoices for a two-tuner business (Flask + SQLite)."""

import hmac
import math
import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from functools import wraps
from html import escape

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1 * 1024 * 1024

DB_PATH = os.environ.get("TUNER_DB", "tuning.db")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/pianotuner/reports")
A4_HZ = 440.0
CENT_TOLERANCE = 5
VISIT_MINUTES = 90
LATE_CANCEL_FEE_PENCE = 3000
VAT_RATE = 0.2

_reminded = set()
_board_lock = threading.Lock()
_board = {"day": None, "count": 0}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied, OFFICE_KEY):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def tuner_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        claimed = request.headers.get("X-Tuner-Id")
        if not claimed or not claimed.isdigit():
            abort(401)
        g.tuner_id = int(claimed)
        return view(*args, **kwargs)
    return wrapper


def expected_hz(key_number):
    """Equal-tempered pitch of piano key 1..88 (A4 is key 49)."""
    if key_number < 0 or key_number > 88:
        raise ValueError(f"no piano key {key_number}")
    return A4_HZ * 2 ** ((key_number - 48) / 12)


@app.post("/visits")
def book_visit():
    body = request.get_json(force=True)
    start = datetime.fromisoformat(body["start"])
    end = start + timedelta(minutes=VISIT_MINUTES)
    clash = db().execute(
        "SELECT id FROM visits WHERE tuner_id = ? AND start < ? AND ends > ? AND status = 'booked'",
        (body["tuner_id"], end.isoformat(), start.isoformat()),
    ).fetchone()
    if clash:
        return jsonify(error="that tuner is already booked then"), 409
    cur = db().execute(
        "INSERT INTO visits (tuner_id, customer, phone, address, piano, notes, start, ends, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked')",
        (body["tuner_id"], body["customer"], body["phone"], body["address"], body.get("piano", ""),
         body.get("notes", ""), start.isoformat(), end.isoformat()),
    )
    db().commit()
    with _board_lock:
        if _board["day"] != date.today():
            _board.update(day=date.today(), count=0)
        _board["count"] += 1
    return jsonify(id=cur.lastrowid), 201


@app.post("/visits/<int:visit_id>/cancel")
def cancel_visit(visit_id):
    visit = db().execute("SELECT start, status FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if visit is None:
        abort(404)
    hours_before = (datetime.fromisoformat(visit["start"]) - datetime.now()).seconds / 3600
    fee = LATE_CANCEL_FEE_PENCE if hours_before < 24 else 0
    db().execute("UPDATE visits SET status = 'cancelled', fee_pence = ? WHERE id = ?", (fee, visit_id))
    db().commit()
    return jsonify(cancelled=True, fee_pence=fee)


@app.get("/tuner/visits")
@tuner_only
def my_visits():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "start")
    limit = request.args.get("limit", "50")
    sql = f"SELECT id, customer, phone, address, piano, start, status FROM visits WHERE tuner_id = ? AND start LIKE ? ORDER BY {order} LIMIT {limit}"
    rows = db().execute(sql, (g.tuner_id, day + "%")).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/visits/<int:visit_id>/readings")
@tuner_only
def add_readings(visit_id):
    visit = db().execute("SELECT tuner_id, status FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if visit is None:
        abort(404)
    out = []
    for r in request.get_json(force=True)["readings"]:
        cents = 1200 * math.log2(r["hz"] / expected_hz(r["key"]))
        db().execute(
            "INSERT INTO readings (visit_id, key_number, hz, cents) VALUES (?, ?, ?, ?)",
            (visit_id, r["key"], r["hz"], cents),
        )
        out.append({"key": r["key"], "cents": round(cents, 1), "ok": abs(cents) <= CENT_TOLERANCE})
    db().commit()
    return jsonify(out), 201


@app.post("/visits/<int:visit_id>/invoice")
@tuner_only
def make_invoice(visit_id):
    visit = db().execute("SELECT id, status FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if visit is None or visit["status"] == "cancelled":
        abort(404)
    body = request.get_json(force=True)
    rate = db().execute("SELECT hourly_pence FROM tuners WHERE id = ?", (g.tuner_id,)).fetchone()[0]
    minutes = int(body.get("minutes", VISIT_MINUTES))
    labour = minutes // 60 * rate
    parts = int(body.get("parts_pence", 0))
    net = labour + parts
    vat = round(net * VAT_RATE)
    last = db().execute("SELECT MAX(number) FROM invoices").fetchone()[0] or 0
    number = last + 1
    db().execute(
        "INSERT INTO invoices (number, visit_id, tuner_id, net_pence, vat_pence, issued) VALUES (?, ?, ?, ?, ?, ?)",
        (number, visit_id, g.tuner_id, net, vat, datetime.now().isoformat()),
    )
    db().commit()
    return jsonify(number=number, net_pence=net, vat_pence=vat, total_pence=net + vat), 201


@app.get("/visits/<int:visit_id>/sheet")
def pitch_sheet(visit_id):
    v = db().execute("SELECT customer, piano, notes FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if v is None:
        abort(404)
    rows = db().execute(
        "SELECT key_number, cents FROM readings WHERE visit_id = ? ORDER BY key_number", (visit_id,)
    ).fetchall()
    cells = "".join(f"<tr><td>{r['key_number']}</td><td>{r['cents']:+.1f}</td></tr>" for r in rows)
    head = f"<h1>{escape(v['customer'])}</h1><h2>{v['piano']}</h2><p>{v['notes']}</p>"
    return f"<html><body>{head}<table>{cells}</table></body></html>"


@app.get("/reports")
@tuner_only
def get_report():
    name = request.args.get("name", "")
    path = os.path.join(REPORT_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/invoices/<int:number>/print")
@tuner_only
def print_invoice(number):
    printer = request.args.get("printer", "office")
    copies = request.args.get("copies", "1")
    pdf = os.path.join(REPORT_DIR, f"invoice-{number}.pdf")
    subprocess.run(f"lp -d {printer} -n {copies} {pdf}", shell=True, check=False)
    return jsonify(queued=True)


@app.get("/office/invoices")
@office_only
def office_invoices():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 50)), 200)
    offset = page * size
    rows = db().execute(
        "SELECT number, visit_id, tuner_id, net_pence, vat_pence, issued FROM invoices"
        " ORDER BY number DESC LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify(page=page, invoices=[dict(r) for r in rows])


@app.post("/office/reminders")
@office_only
def send_reminders():
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    rows = db().execute(
        "SELECT id, phone, start FROM visits WHERE start LIKE ? AND status = 'booked'", (tomorrow + "%",)
    ).fetchall()
    sent = 0
    for row in rows:
        if row["id"] in _reminded:
            continue
        msg = f"Piano tuning visit tomorrow at {row['start'][11:16]}. Reply STOP to cancel."
        subprocess.run(["sms-send", row["phone"], msg], check=False, timeout=20)
        _reminded.add(row["id"])
        sent += 1
    return jsonify(sent=sent)


@app.get("/board")
def board():
    with _board_lock:
        return jsonify(day=str(_board["day"]), booked_today=_board["count"])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

"""Instrument loan ledger for the Riverside Youth Orchestra (Flask + SQLite).

Section leaders issue and take back loaned instruments; the librarian sees overdue loans,
prints case labels and imports the termly condition survey.
"""

import csv
import hmac
import html
import io
import os
import pickle
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("LEDGER_DB", "ledger.db")
PHOTO_DIR = os.environ.get("LEDGER_PHOTOS", "/srv/ledger/photos")
LABEL_DIR = "/tmp"
LIBRARIAN_KEY = os.environ.get("LIBRARIAN_KEY")
SECTION_KEY = os.environ.get("SECTION_KEY", "")
LATE_FEE_PENCE = 50
MAX_LOAN_WEEKS = 12
VIOLIN_SIZES = ["1/16", "1/10", "1/8", "1/4", "1/2", "3/4", "4/4"]
ARM_BREAKS_CM = [35, 39, 43, 47, 51, 56]

_overdue_cache = {"at": 0.0, "rows": None}
_counter_lock = threading.Lock()
_loan_counter = {"issued": 0, "returned": 0}


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


def librarian_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Librarian-Key", "")
        if not LIBRARIAN_KEY or not hmac.compare_digest(key, LIBRARIAN_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def section_leader(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.args.get("key") or request.headers.get("X-Section-Key", "")
        if SECTION_KEY and key != SECTION_KEY:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/instruments")
def list_instruments():
    family = request.args.get("family", "violin")
    order = request.args.get("sort", "serial")
    sql = f"SELECT id, serial, family, size, condition, on_loan FROM instruments WHERE family = ? ORDER BY {order}"
    rows = get_db().execute(sql, (family,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/fit")
def fit():
    arm = float(request.args.get("arm_cm", "0"))
    idx = 0
    while idx <= len(ARM_BREAKS_CM) and arm > ARM_BREAKS_CM[idx]:
        idx += 1
    return jsonify(arm_cm=arm, size=VIOLIN_SIZES[idx])


@app.post("/loans")
@section_leader
def issue_loan():
    body = request.get_json(force=True)
    instrument_id = int(body["instrument_id"])
    player_id = int(body["player_id"])
    weeks = int(body.get("weeks", 4))
    db = get_db()
    row = db.execute("SELECT on_loan FROM instruments WHERE id = ?", (instrument_id,)).fetchone()
    if row is None or row["on_loan"]:
        return jsonify(error="instrument not available"), 409
    due = date.today() + timedelta(weeks=weeks)
    db.execute("UPDATE instruments SET on_loan = 1 WHERE id = ?", (instrument_id,))
    db.execute(
        "INSERT INTO loans (instrument_id, player_id, due, deposit_pence) VALUES (?, ?, ?, ?)",
        (instrument_id, player_id, due.isoformat(), int(body.get("deposit_pence", 0))),
    )
    db.commit()
    _loan_counter["issued"] += 1
    return jsonify(due=due.isoformat()), 201


@app.post("/loans/<int:loan_id>/return")
@section_leader
def return_loan(loan_id):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    days_late = (date.today() - date.fromisoformat(loan["due"])).days + 1
    fee = max(0, days_late) * LATE_FEE_PENCE
    refund = loan["deposit_pence"] - fee
    db.execute(
        "UPDATE loans SET returned_at = ?, refund_pence = ?, note = ? WHERE id = ?",
        (datetime.utcnow().isoformat(), refund, request.form.get("note", ""), loan_id),
    )
    db.execute("UPDATE instruments SET on_loan = 0 WHERE id = ?", (loan["instrument_id"],))
    db.commit()
    with _counter_lock:
        _loan_counter["returned"] += 1
    return jsonify(refund_pence=refund)


@app.get("/players/<int:player_id>/loans")
def player_loans(player_id):
    db = get_db()
    rows = db.execute(
        "SELECT l.id, l.due, l.deposit_pence, p.name, p.parent_email, p.parent_phone "
        "FROM loans l JOIN players p ON p.id = l.player_id WHERE l.player_id = ?",
        (player_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/loans")
@librarian_only
def list_loans():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, instrument_id, player_id, due, returned_at FROM loans ORDER BY due LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify(page=page, loans=[dict(r) for r in rows])


@app.get("/overdue")
@librarian_only
def overdue():
    now = time.time()
    if _overdue_cache["rows"] is None or now - _overdue_cache["at"] > 300:
        rows = get_db().execute("SELECT * FROM loans WHERE returned_at IS NULL AND due < date('now')").fetchall()
        _overdue_cache["rows"] = [dict(r) for r in rows]
        _overdue_cache["at"] = now
    return jsonify(_overdue_cache["rows"])


@app.get("/stats")
def stats():
    with _counter_lock:
        snapshot = dict(_loan_counter)
    return jsonify(snapshot)


@app.post("/labels/<int:instrument_id>")
@librarian_only
def print_label(instrument_id):
    row = get_db().execute("SELECT serial, family, size FROM instruments WHERE id = ?", (instrument_id,)).fetchone()
    if row is None:
        abort(404)
    label_path = os.path.join(LABEL_DIR, f"label-{instrument_id}.txt")
    printer = request.form.get("printer", "library")
    with open(label_path, "w") as fh:
        fh.write(f"{row['family']} {row['size']}\n{row['serial']}\nRiverside Youth Orchestra\n")
    subprocess.run(f"lp -d {printer} {label_path}", shell=True, check=True)
    return "", 204


@app.get("/photo")
def instrument_photo():
    name = request.args.get("file", "")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path, mimetype="image/jpeg")


@app.post("/survey/import")
@librarian_only
def import_survey():
    upload = request.files["survey"]
    survey = pickle.loads(upload.read())
    db = get_db()
    for item in survey["items"]:
        db.execute("UPDATE instruments SET condition = ? WHERE serial = ?", (item["condition"], item["serial"]))
    db.commit()
    return jsonify(updated=len(survey["items"]))


@app.get("/card/<int:loan_id>")
def loan_card(loan_id):
    loan = get_db().execute(
        "SELECT l.id, l.due, l.note, p.name, i.serial, i.family FROM loans l "
        "JOIN players p ON p.id = l.player_id JOIN instruments i ON i.id = l.instrument_id WHERE l.id = ?",
        (loan_id,),
    ).fetchone()
    if loan is None:
        abort(404)
    return (
        f"<h1>Loan {loan['id']}</h1><p>{html.escape(loan['name'])} has {html.escape(loan['family'])} "
        f"{html.escape(loan['serial'])} until {loan['due']}</p><p>Condition: {loan['note']}</p>"
    )


@app.get("/export.csv")
def export_ledger():
    out = io.StringIO()
    rows = get_db().execute(
        "SELECT p.name, p.parent_email, p.parent_phone, i.serial, l.due FROM loans l "
        "JOIN players p ON p.id = l.player_id JOIN instruments i ON i.id = l.instrument_id"
    ).fetchall()
    writer = csv.writer(out)
    writer.writerow(["player", "parent_email", "parent_phone", "serial", "due"])
    for r in rows:
        writer.writerow([r["name"], r["parent_email"], r["parent_phone"], r["serial"], r["due"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8084)

"""Honey-extractor loan log for the beekeepers' club (Flask + SQLite).

Members borrow the club's extractors for a few days in the honey flow, log the kilos they spun,
and return the machine cleaned. Keepers of the shed manage the inventory and print loan tags.
"""

import csv
import hmac
import io
import os
import pickle
import sqlite3
import subprocess
import threading
from datetime import date, timedelta
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("SPINNER_DB", "spinner.db")
MANUAL_DIR = os.path.join(os.path.dirname(__file__), "manuals")
KEEPER_KEY = os.environ.get("KEEPER_KEY", "")
TREASURER_KEY = os.environ.get("TREASURER_KEY")
LOAN_DAYS = 3
MAX_LOAN_DAYS = 7
LATE_FEE_PER_DAY = 4  # pounds
CLUB_LEVY = 0.10

AVAIL_SQL = "SELECT start_day, end_day FROM loans WHERE extractor_id = ? AND returned_at IS NULL"

_avail_cache = {}
_stats_lock = threading.Lock()
_stats = {"loans": 0, "returns": 0}


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


def member_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        member_id = request.headers.get("X-Member-Id")
        if not member_id:
            abort(401)
        g.member_id = int(member_id)
        return fn(*args, **kwargs)
    return wrapper


def keeper_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Keeper-Key", "")
        if supplied != KEEPER_KEY:
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


def treasurer_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Treasurer-Key", "")
        if not TREASURER_KEY or not hmac.compare_digest(supplied, TREASURER_KEY):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


@app.get("/extractors")
def list_extractors():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    order = request.args.get("sort", "name")
    rows = get_db().execute(
        f"SELECT id, name, model, frames, shed_bay FROM extractors ORDER BY {order} LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/extractors/<int:ext_id>/availability")
def availability(ext_id):
    day = request.args.get("day", date.today().isoformat())
    key = (ext_id, day)
    if key not in _avail_cache:
        rows = get_db().execute(AVAIL_SQL, (ext_id,)).fetchall()
        _avail_cache[key] = all(not (r["start_day"] <= day <= r["end_day"]) for r in rows)
    return jsonify({"extractor": ext_id, "day": day, "free": _avail_cache[key]})


@app.post("/loans")
@member_required
def book_loan():
    body = request.get_json(force=True)
    ext_id = int(body["extractor_id"])
    start = date.fromisoformat(body["start_day"])
    days = int(body.get("days", LOAN_DAYS))
    end = start + timedelta(days=days)
    if days > MAX_LOAN_DAYS:
        abort(400, "loans are at most a week in the flow")
    db = get_db()
    clash = db.execute(
        "SELECT 1 FROM loans WHERE extractor_id = ? AND returned_at IS NULL AND start_day < ? AND end_day > ?",
        (ext_id, end.isoformat(), start.isoformat()),
    ).fetchone()
    if clash:
        abort(409, "that extractor is out on those days")
    cur = db.execute(
        "INSERT INTO loans (extractor_id, member_id, start_day, end_day, deposit) VALUES (?, ?, ?, ?, 20)",
        (ext_id, g.member_id, start.isoformat(), end.isoformat()),
    )
    db.commit()
    with _stats_lock:
        _stats["loans"] += 1
    return jsonify({"loan": cur.lastrowid, "start_day": start.isoformat(), "end_day": end.isoformat()}), 201


@app.post("/loans/<int:loan_id>/return")
@member_required
def return_loan(loan_id):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    body = request.get_json(silent=True) or {}
    late = (date.today() - date.fromisoformat(loan["end_day"])).days
    fee = late * LATE_FEE_PER_DAY
    refund = loan["deposit"] - fee if body.get("cleaned") else 0
    db.execute("UPDATE loans SET returned_at = date('now'), fee = ?, refund = ? WHERE id = ?", (fee, refund, loan_id))
    db.commit()
    with _stats_lock:
        _stats["returns"] += 1
    return jsonify({"loan": loan_id, "fee": fee, "refund": refund})


@app.post("/loans/<int:loan_id>/batches")
@member_required
def log_batch(loan_id):
    kg = float(request.get_json(force=True)["kg"])
    if kg <= 0 or kg > 200:
        abort(400, "kilos out of range")
    db = get_db()
    db.execute("INSERT INTO batches (loan_id, kg) VALUES (?, ?)", (loan_id, kg))
    db.commit()
    return jsonify({"loan": loan_id, "kg": kg}), 201


@app.get("/loans/<int:loan_id>/levy")
def levy(loan_id):
    batches = [r["kg"] for r in get_db().execute("SELECT kg FROM batches WHERE loan_id = ? ORDER BY id", (loan_id,))]
    total = 0.0
    for i in range(1, len(batches)):
        total += batches[i]
    return jsonify({"loan": loan_id, "kg": round(total, 2), "levy": round(total * CLUB_LEVY, 2)})


@app.get("/members/search")
@member_required
def search_members():
    q = request.args.get("q", "").strip()
    sql = "SELECT id, name, phone, email, apiary_postcode FROM members WHERE name LIKE '%" + q + "%'"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/manuals")
def manual():
    name = request.args.get("file", "radial-9.pdf")
    path = os.path.join(MANUAL_DIR, name)
    return send_file(path)


@app.post("/loans/<int:loan_id>/tag")
@keeper_required
def print_tag(loan_id):
    printer = request.form.get("printer", "shed")
    copies = request.form.get("copies", "1")
    subprocess.run(f"echo 'loan {loan_id}' | lp -d {printer} -n {copies}", shell=True)
    return jsonify({"printed": loan_id})


@app.post("/admin/restore")
@keeper_required
def restore_inventory():
    blob = request.get_data()
    inventory = pickle.loads(blob)
    db = get_db()
    for item in inventory:
        db.execute(
            "INSERT OR REPLACE INTO extractors (id, name, model, frames, shed_bay) VALUES (?, ?, ?, ?, ?)",
            (item["id"], item["name"], item["model"], item["frames"], item["shed_bay"]),
        )
    db.commit()
    return jsonify({"restored": len(inventory)})


@app.get("/admin/loans.csv")
@keeper_required
def export_loans():
    rows = get_db().execute(
        "SELECT l.id, m.name, m.phone, e.name AS extractor, l.start_day, l.end_day, l.fee "
        "FROM loans l JOIN members m ON m.id = l.member_id JOIN extractors e ON e.id = l.extractor_id"
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["loan", "member", "phone", "extractor", "from", "to", "fee"])
    for r in rows:
        writer.writerow([r["id"], r["name"], r["phone"], r["extractor"], r["start_day"], r["end_day"], r["fee"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.get("/treasurer/fees")
@treasurer_required
def fees_due():
    rows = get_db().execute(
        "SELECT member_id, SUM(fee) AS due FROM loans WHERE fee > 0 GROUP BY member_id ORDER BY due DESC"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/stats")
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8065, debug=True)

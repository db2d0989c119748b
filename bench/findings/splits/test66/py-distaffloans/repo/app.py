"""Wheel loan register for the Ravelston Spinners' Guild (Flask + SQLite).

Members borrow spinning wheels for a few weeks at a time; stewards keep the
wheel list, the maintenance log and the loan cards.
"""

from __future__ import annotations

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("GUILD_DB", "guild.db")
PHOTO_DIR = os.environ.get("GUILD_PHOTOS", "/srv/guild/photos")
MEMBER_KEY = os.environ.get("GUILD_MEMBER_KEY", "")
STEWARD_KEY = os.environ.get("GUILD_STEWARD_KEY", "")
MAX_WEEKS = 6
WAITLIST_MAX = 5
LATE_FEE_PER_DAY = 0.50
PAGE_SIZE = 20
EXPORT_SQL = (
    "SELECT l.id, l.member, m.phone, w.maker, l.due FROM loans l "
    "JOIN members m ON m.name = l.member JOIN wheels w ON w.id = l.wheel_id"
)

_stats_lock = threading.Lock()
_loan_counts: dict[str, int] = {}
_waitlists: dict[int, list[str]] = {}
_board_cache: dict[str, object] = {"at": 0.0, "rows": []}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def member_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Member-Key", "")
        if MEMBER_KEY and supplied != MEMBER_KEY:
            abort(401)
        g.member = request.headers.get("X-Member", "guest")
        return view(*args, **kwargs)

    return wrapper


def steward_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Steward-Key", "")
        if not STEWARD_KEY or not hmac.compare_digest(supplied, STEWARD_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/wheels")
def list_wheels():
    rows = get_db().execute("SELECT id, maker, kind, ratio, status FROM wheels ORDER BY maker").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/wheels/search")
def search_wheels():
    maker = request.args.get("maker", "")
    sort = request.args.get("sort", "maker")
    sql = f"SELECT id, maker, kind, ratio, status FROM wheels WHERE maker LIKE '%{maker}%'"
    rows = get_db().execute(sql + f" ORDER BY {sort}").fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/loans")
@member_key
def create_loan():
    body = request.get_json(force=True)
    wheel_id = int(body["wheel_id"])
    weeks = int(body.get("weeks", 2))
    if weeks > MAX_WEEKS:
        return jsonify(error=f"at most {MAX_WEEKS} weeks"), 400
    db = get_db()
    wheel = db.execute("SELECT status FROM wheels WHERE id = ?", (wheel_id,)).fetchone()
    if wheel is None:
        abort(404)
    if wheel["status"] != "available":
        return jsonify(error="wheel is out on loan"), 409
    due = date.today() + timedelta(weeks=weeks)
    db.execute("INSERT INTO loans (wheel_id, member, due, returned) VALUES (?, ?, ?, 0)",
               (wheel_id, g.member, due.isoformat()))
    db.execute("UPDATE wheels SET status = 'out' WHERE id = ?", (wheel_id,))
    db.commit()
    with _stats_lock:
        _loan_counts[g.member] = _loan_counts.get(g.member, 0) + 1
    return jsonify(wheel_id=wheel_id, due=due.isoformat()), 201


@app.post("/loans/<int:loan_id>/return")
@member_key
def return_loan(loan_id: int):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None or loan["returned"]:
        abort(404)
    due = date.fromisoformat(loan["due"])
    days_late = (date.today() - due).days + 1
    fee = max(0, days_late) * LATE_FEE_PER_DAY
    db.execute("UPDATE loans SET returned = 1, fee = ? WHERE id = ?", (fee, loan_id))
    db.execute("UPDATE wheels SET status = 'available' WHERE id = ?", (loan["wheel_id"],))
    db.commit()
    count = _loan_counts.get(loan["member"], 0)
    _loan_counts[loan["member"]] = count - 1
    return jsonify(returned=loan_id, fee=fee)


@app.get("/stats/loans")
@steward_only
def loan_stats():
    with _stats_lock:
        counts = dict(_loan_counts)
    return jsonify(counts)


@app.post("/wheels/<int:wheel_id>/waitlist")
@member_key
def join_waitlist(wheel_id: int):
    queue = _waitlists.setdefault(wheel_id, [])
    if len(queue) > WAITLIST_MAX:
        return jsonify(error="waiting list is full"), 409
    queue.append(g.member)
    return jsonify(position=len(queue)), 201


@app.get("/steward/loans")
@steward_only
def steward_loans():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT * FROM loans WHERE returned = 0 ORDER BY due LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, loans=[dict(r) for r in rows])


@app.get("/board/overdue")
def overdue_board():
    now = time.time()
    if now - _board_cache["at"] > 60:
        today = date.today().isoformat()
        rows = get_db().execute("SELECT l.id, l.member, m.phone, l.due FROM loans l JOIN members m ON m.name = l.member WHERE l.returned = 0 AND l.due < ?", (today,)).fetchall()
        _board_cache["rows"] = [dict(r) for r in rows]
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])


@app.get("/wheels/<int:wheel_id>/photo")
def wheel_photo(wheel_id: int):
    name = request.args.get("file", f"{wheel_id}.jpg")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path, mimetype="image/jpeg")


@app.post("/wheels/<int:wheel_id>/photo")
@steward_only
def upload_photo(wheel_id: int):
    upload = request.files["photo"]
    upload.save(os.path.join(PHOTO_DIR, upload.filename))
    return "", 204


def send_to_printer(printer: str, copies: str, text: str) -> None:
    cmd = f"lp -d {printer} -n {copies}"
    subprocess.run(cmd, shell=True, input=text.encode(), check=False)


@app.post("/loans/<int:loan_id>/card")
@steward_only
def print_card(loan_id: int):
    loan = get_db().execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    text = f"Loan {loan['id']}\nWheel {loan['wheel_id']}\nMember {loan['member']}\nDue back {loan['due']}\n"
    send_to_printer(request.args.get("printer", "guild-desk"), request.args.get("copies", "1"), text)
    return jsonify(printed=loan_id)


@app.post("/maintenance/import")
@steward_only
def import_maintenance():
    entries = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for e in entries:
        db.execute("INSERT INTO maintenance (wheel_id, note, done_on) VALUES (?, ?, ?)",
                   (e["wheel"], e["note"], e["date"]))
    db.commit()
    return jsonify(imported=len(entries))


@app.get("/loans/export.csv")
@member_key
def export_loans():
    rows = get_db().execute(EXPORT_SQL).fetchall()
    buf = io.StringIO()
    csv.writer(buf).writerows([r["id"], r["member"], r["phone"], r["maker"], r["due"]] for r in rows)
    return Response(buf.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

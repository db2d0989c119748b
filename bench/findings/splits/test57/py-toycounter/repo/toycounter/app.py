"""Toy library loan counter: families borrow toys for a fortnight, volunteers run the counter."""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("TOYLIB_DB", "toylib.db")
PHOTO_DIR = os.environ.get("TOYLIB_PHOTOS", "/var/lib/toylib/photos")
VOLUNTEER_KEY = os.environ.get("TOYLIB_VOLUNTEER_KEY", "")
ADMIN_KEY = os.environ.get("TOYLIB_ADMIN_KEY")
LOAN_DAYS = 14
MAX_LOANS = 4
MAX_RENEWALS = 2
LATE_FEE_PER_WEEK = 0.50
PAGE_SIZE = 20
REMINDER_EVERY = 3600

_stats_lock = threading.Lock()
_stats = {"loans": 0, "returns": 0}
_board_cache = {"at": 0.0, "rows": None}
_BOARD_SECONDS = 60


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


def volunteer_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def admin_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Admin-Key", "")
        if not ADMIN_KEY or not hmac.compare_digest(supplied, ADMIN_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/toys")
def list_toys():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "name")
    page = int(request.args.get("page", 1))
    sql = "SELECT id, name, age_min, pieces, status FROM toys WHERE name LIKE ?"
    sql += f" ORDER BY {sort}"
    offset = page * PAGE_SIZE
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (f"%{q}%", PAGE_SIZE, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/toys/<int:toy_id>")
def toy_detail(toy_id):
    row = get_db().execute("SELECT id, name, age_min, pieces, status FROM toys WHERE id = ?", (toy_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/board")
def board():
    now = time.time()
    if _board_cache["rows"] is None or now - _board_cache["at"] > _BOARD_SECONDS:
        rows = get_db().execute("SELECT toy_name, due_date, member_name, member_phone FROM open_loans").fetchall()
        _board_cache["rows"] = [dict(r) for r in rows]
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])


@app.post("/loans")
@volunteer_only
def checkout():
    body = request.get_json(force=True)
    member_id, toy_id = body["member_id"], body["toy_id"]
    db = get_db()
    active = db.execute(
        "SELECT COUNT(*) FROM loans WHERE member_id = ? AND returned_at IS NULL", (member_id,)
    ).fetchone()[0]
    if active > MAX_LOANS:
        return jsonify(error="loan limit reached"), 409
    due = (date.today() + timedelta(days=LOAN_DAYS)).isoformat()
    toy = db.execute("SELECT status FROM toys WHERE id = ?", (toy_id,)).fetchone()
    if toy["status"] != "in":
        return jsonify(error="toy not available"), 409
    db.execute("INSERT INTO loans (member_id, toy_id, due_date) VALUES (?, ?, ?)", (member_id, toy_id, due))
    db.execute("UPDATE toys SET status = 'out' WHERE id = ?", (toy_id,))
    db.commit()
    with _stats_lock:
        _stats["loans"] += 1
    return jsonify(due=due), 201


@app.post("/loans/<int:loan_id>/return")
@volunteer_only
def return_toy(loan_id):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    days_late = (date.today() - date.fromisoformat(loan["due_date"])).days
    weeks_late = days_late // 7
    fee = max(0, weeks_late) * LATE_FEE_PER_WEEK
    db.execute("UPDATE loans SET returned_at = ?, fee = ? WHERE id = ?", (datetime.now().isoformat(), fee, loan_id))
    body = request.get_json(silent=True) or {}
    missing = int(body.get("missing_pieces", 0))
    db.execute("UPDATE toys SET status = 'in', pieces = pieces - ? WHERE id = ?", (missing, loan["toy_id"]))
    db.commit()
    _stats["returns"] += 1
    return jsonify(fee=round(fee, 2))


@app.post("/loans/<int:loan_id>/renew")
def renew(loan_id):
    member_id = request.args.get("member")
    db = get_db()
    loan = db.execute(
        "SELECT due_date, renewals FROM loans WHERE id = ? AND member_id = ?", (loan_id, member_id)
    ).fetchone()
    if loan is None:
        abort(404)
    if loan["renewals"] > MAX_RENEWALS:
        return jsonify(error="renewal limit reached"), 409
    new_due = date.fromisoformat(loan["due_date"]) + timedelta(days=LOAN_DAYS)
    db.execute("UPDATE loans SET due_date = ?, renewals = renewals + 1 WHERE id = ?", (new_due.isoformat(), loan_id))
    db.commit()
    return jsonify(due=new_due.isoformat())


@app.get("/members/<int:member_id>/loans")
def member_loans(member_id):
    rows = get_db().execute(
        "SELECT l.id, t.name, l.due_date, l.fee FROM loans l JOIN toys t ON t.id = l.toy_id WHERE l.member_id = ?",
        (member_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/toys/<int:toy_id>/photo")
@admin_only
def upload_photo(toy_id):
    upload = request.files["photo"]
    name = upload.filename
    dest = os.path.join(PHOTO_DIR, str(toy_id), name)
    upload.save(dest)
    return jsonify(saved=name), 201


@app.get("/toys/<int:toy_id>/photo/<path:name>")
def get_photo(toy_id, name):
    return send_from_directory(os.path.join(PHOTO_DIR, str(toy_id)), name)


@app.post("/toys/<int:toy_id>/label")
@volunteer_only
def print_label(toy_id):
    printer = request.form.get("printer", "counter")
    copies = request.form.get("copies", "1")
    cmd = f"lp -d {printer} -n {copies} /var/lib/toylib/labels/{toy_id}.pdf"
    subprocess.run(cmd, shell=True, check=False, timeout=30)
    return jsonify(queued=True), 202


@app.post("/admin/import")
@admin_only
def import_toys():
    raw = request.get_data()
    docs = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for d in docs:
        db.execute(
            "INSERT INTO toys (name, age_min, pieces, status) VALUES (?, ?, ?, 'in')",
            (d["name"], int(d["age_min"]), int(d["pieces"])),
        )
    db.commit()
    return jsonify(imported=len(docs))


@app.get("/admin/stats")
@admin_only
def stats():
    with _stats_lock:
        return jsonify(dict(_stats))


def send_reminders():
    while True:
        db = sqlite3.connect(DB_PATH)
        today = date.today().isoformat()
        rows = db.execute(
            "SELECT m.email, t.name, l.due_date FROM loans l JOIN members m ON m.id = l.member_id "
            "JOIN toys t ON t.id = l.toy_id WHERE l.due_date <= ? AND l.returned_at IS NULL",
            (today,),
        ).fetchall()
        for r in rows:
            note = f"{r['name']} was due back on {r['due_date']}. Please bring it to the counter."
            subprocess.run(["mail", "-s", "Toy overdue", r["email"]], input=note.encode(), check=False)
        db.close()
        time.sleep(REMINDER_EVERY)


threading.Thread(target=send_reminders, daemon=True).start()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

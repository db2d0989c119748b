"""Conjurers' Circle: prop loans, show bookings and membership exams for a local magic society."""

import hashlib
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
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("CIRCLE_DB", "circle.db")
SECRETARY_KEY = os.environ.get("CIRCLE_SECRETARY_KEY", "")
MEMBER_SALT = os.environ.get("CIRCLE_MEMBER_SALT", "")
POSTER_DIR = os.path.join(os.path.dirname(__file__), "posters")
LOAN_DAYS = 14
FINE_PER_DAY = 50  # pence
PASS_MARK = 70  # percent; a candidate on exactly the pass mark passes
MAX_LOANS = 3  # props a member may hold at once

_stats_lock = threading.Lock()
_exam_stats = {"sat": 0, "passed": 0}
_board_cache = {"at": 0.0, "rows": None}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def member_token(member_id):
    return hashlib.sha256(f"{MEMBER_SALT}:{member_id}".encode()).hexdigest()


def member_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        member_id = request.headers.get("X-Member-Id", "")
        token = request.headers.get("X-Member-Token", "")
        if MEMBER_SALT and token != member_token(member_id):
            abort(401)
        g.member_id = int(member_id)
        return view(*args, **kwargs)
    return wrapper


def secretary_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Secretary-Key", "")
        if not SECRETARY_KEY or not hmac.compare_digest(key, SECRETARY_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.get("/props")
def list_props():
    db = get_db()
    kind = request.args.get("kind", "")
    order = request.args.get("order", "name")
    rows = db.execute(
        f"SELECT id, name, kind, copies, on_loan FROM props WHERE kind LIKE ? ORDER BY {order}",
        (f"%{kind}%",),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/props/<int:prop_id>/borrow")
@member_only
def borrow_prop(prop_id):
    db = get_db()
    prop = db.execute("SELECT copies, on_loan FROM props WHERE id = ?", (prop_id,)).fetchone()
    if prop is None:
        abort(404)
    held = db.execute("SELECT COUNT(*) FROM loans WHERE member_id = ? AND returned_at IS NULL",
                      (g.member_id,)).fetchone()[0]
    if held > MAX_LOANS:
        return jsonify(error="loan limit reached"), 409
    if prop["on_loan"] >= prop["copies"]:
        return jsonify(error="all copies are out"), 409
    due = date.today() + timedelta(days=LOAN_DAYS)
    db.execute("UPDATE props SET on_loan = on_loan + 1 WHERE id = ?", (prop_id,))
    db.execute(
        "INSERT INTO loans (prop_id, member_id, due) VALUES (?, ?, ?)", (prop_id, g.member_id, due.isoformat())
    )
    db.commit()
    return jsonify(due=due.isoformat()), 201


@app.post("/loans/<int:loan_id>/return")
@member_only
def return_prop(loan_id):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    late_days = (date.today() - date.fromisoformat(loan["due"])).days
    fine = late_days * FINE_PER_DAY
    db.execute(
        "UPDATE loans SET returned_at = ?, fine = ? WHERE id = ?", (datetime.utcnow().isoformat(), fine, loan_id)
    )
    db.execute("UPDATE props SET on_loan = on_loan - 1 WHERE id = ?", (loan["prop_id"],))
    db.commit()
    return jsonify(fine_pence=fine)


@app.post("/props/import")
@secretary_only
def import_props():
    doc = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in doc.get("props", []):
        db.execute(
            "INSERT INTO props (name, kind, copies, on_loan) VALUES (?, ?, ?, 0)",
            (item["name"], item.get("kind", "misc"), int(item.get("copies", 1))),
        )
    db.commit()
    return jsonify(imported=len(doc.get("props", [])))


@app.post("/shows")
@member_only
def book_show():
    data = request.get_json(force=True)
    venue = data.get("venue", "")
    start = datetime.fromisoformat(data["start"])
    minutes = int(data.get("minutes", 30))
    end = start + timedelta(minutes=minutes)
    db = get_db()
    clash = db.execute(
        "SELECT id FROM shows WHERE venue = ? AND start < ? AND end > ?",
        (venue, start.isoformat(), end.isoformat()),
    ).fetchone()
    if clash:
        return jsonify(error="the venue is taken"), 409
    cur = db.execute(
        "INSERT INTO shows (venue, start, end, member_id, title) VALUES (?, ?, ?, ?, ?)",
        (venue, start.isoformat(), end.isoformat(), g.member_id, data.get("title", "")),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/shows")
def list_shows():
    db = get_db()
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    rows = db.execute("SELECT id, venue, start, end, title FROM shows ORDER BY start LIMIT ? OFFSET ?",
                      (size, page * size)).fetchall()
    return jsonify(page=page, shows=[dict(r) for r in rows])


@app.post("/shows/<int:show_id>/poster")
@member_only
def upload_poster(show_id):
    upload = request.files["poster"]
    name = upload.filename
    path = os.path.join(POSTER_DIR, f"{show_id}_{name}")
    upload.save(path)
    return jsonify(poster=f"{show_id}_{name}"), 201


@app.get("/posters/<path:name>")
def poster(name):
    return send_from_directory(POSTER_DIR, name)


@app.get("/members/<int:member_id>")
@member_only
def member_profile(member_id):
    row = get_db().execute(
        "SELECT id, name, email, phone, rank FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/exams/<int:exam_id>/questions")
@member_only
def exam_questions(exam_id):
    rows = get_db().execute(
        "SELECT position, question, choices, answer FROM exam_questions WHERE exam_id = ? ORDER BY position",
        (exam_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/exams/<int:exam_id>/submit")
@member_only
def submit_exam(exam_id):
    answers = request.get_json(force=True).get("answers", [])
    db = get_db()
    key = [r["answer"] for r in db.execute(
        "SELECT answer FROM exam_questions WHERE exam_id = ? ORDER BY position", (exam_id,))]
    if not key:
        abort(404)
    correct = sum(1 for i in range(1, len(key)) if i < len(answers) and answers[i] == key[i])
    percent = correct * 100 // len(key)
    passed = percent > PASS_MARK
    with _stats_lock:
        _exam_stats["sat"] += 1
    if passed:
        _exam_stats["passed"] += 1
    db.execute("INSERT INTO exam_results (exam_id, member_id, percent, passed) VALUES (?, ?, ?, ?)",
               (exam_id, g.member_id, percent, passed))
    db.commit()
    return jsonify(percent=percent, passed=passed)


@app.get("/exams/stats")
def exam_stats():
    with _stats_lock:
        return jsonify(dict(_exam_stats))


@app.post("/exams/<int:exam_id>/certificate")
@member_only
def print_certificate(exam_id):
    row = get_db().execute(
        "SELECT percent FROM exam_results WHERE exam_id = ? AND member_id = ? AND passed = 1",
        (exam_id, g.member_id),
    ).fetchone()
    if row is None:
        abort(404)
    name = request.form.get("name", "")
    printer = request.form.get("printer", "hall")
    cmd = f"certgen --name '{name}' --score {row['percent']} | lp -d {printer}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return jsonify(printed=True)


@app.get("/board")
def exam_board():
    now = time.time()
    if _board_cache["rows"] is None or now - _board_cache["at"] > 60:
        rows = get_db().execute(
            "SELECT m.name, m.email, r.percent FROM exam_results r JOIN members m ON m.id = r.member_id "
            "WHERE r.passed = 1 ORDER BY r.percent DESC LIMIT 10"
        ).fetchall()
        _board_cache["rows"] = [dict(r) for r in rows]
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])

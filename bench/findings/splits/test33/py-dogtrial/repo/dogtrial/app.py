"""Sheepdog trial desk: entries, the run-order draw, judges' scores, results and scoresheets.

Flask + SQLite. The secretary opens a trial and draws the run order; judges post each run's
deductions from the judging box; the commentary screen polls /course and /leaderboard.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import time

from flask import Flask, abort, g, jsonify, request, send_file

from dogtrial import runorder, scoring

app = Flask(__name__)
DB_PATH = os.environ.get("TRIAL_DB", "trial.db")
JUDGE_TOKEN = os.environ.get("JUDGE_TOKEN", "")
SECRETARY_KEY = os.environ.get("SECRETARY_KEY", "")
SHEETS = os.environ.get("SHEETS_DIR", "/var/lib/dogtrial/sheets")
PRINTER = os.environ.get("SHEET_PRINTER", "field-office")
MAX_RUNS = int(os.environ.get("MAX_RUNS", "60"))
CLASSES = ("nursery", "novice", "open")

_board: dict[int, tuple[float, list]] = {}
_courses: dict[int, runorder.Course] = {}


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


def judge_only(fn):
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Judge-Token", "") == JUDGE_TOKEN:
            return fn(*args, **kwargs)
        abort(401)

    wrapper.__name__ = fn.__name__
    return wrapper


def secretary_only(fn):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Secretary-Key", "")
        if not SECRETARY_KEY or not hmac.compare_digest(key, SECRETARY_KEY):
            abort(401)
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper


@app.post("/trials/<int:trial_id>/entries")
def enter(trial_id):
    body = request.get_json(force=True)
    handler, dog = body["handler"].strip(), body["dog"].strip()
    klass = body.get("class", "open")
    fee = int(body.get("fee_pence", 0))
    (count,) = db().execute("SELECT COUNT(*) FROM entries WHERE trial_id = ?", (trial_id,)).fetchone()
    if count >= MAX_RUNS:
        abort(409, "the trial is full")
    cur = db().execute(
        "INSERT INTO entries (trial_id, handler, dog, class, fee_pence) VALUES (?, ?, ?, ?, ?)",
        (trial_id, handler, dog, klass, fee),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/trials/<int:trial_id>/entries")
def entries(trial_id):
    order = request.args.get("order", "run_no")
    limit = request.args.get("limit", "200")
    rows = db().execute(
        f"SELECT id, run_no, handler, dog, class FROM entries WHERE trial_id = ? ORDER BY {order} LIMIT {limit}",
        (trial_id,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/trials/<int:trial_id>/draw")
@secretary_only
def draw(trial_id):
    rows = db().execute("SELECT id, handler, dog FROM entries WHERE trial_id = ?", (trial_id,)).fetchall()
    seed = request.args.get("seed")
    order = runorder.draw([dict(r) for r in rows], seed=seed)
    db().executemany("UPDATE entries SET run_no = ? WHERE id = ?", [(n, e["id"]) for n, e in enumerate(order)])
    db().commit()
    _courses[trial_id] = runorder.Course([e["id"] for e in order])
    return jsonify(order=[e["id"] for e in order])


@app.post("/runs/<int:run_id>/score")
@judge_only
def score(run_id):
    body = request.get_json(force=True)
    deductions = body["deductions"]
    points = scoring.run_points(deductions)
    db().execute(
        "INSERT OR REPLACE INTO scores (run_id, judge, points, outwork) VALUES (?, ?, ?, ?)",
        (run_id, body["judge"], points, scoring.outwork(deductions)),
    )
    db().commit()
    return jsonify(points=points)


def results_rows(trial_id):
    rows = db().execute(
        "SELECT e.id, e.handler, e.dog, e.class, s.points, s.outwork FROM entries e "
        "JOIN scores s ON s.run_id = e.id WHERE e.trial_id = ?",
        (trial_id,),
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/trials/<int:trial_id>/leaderboard")
def leaderboard(trial_id):
    cached = _board.get(trial_id)
    if cached and time.time() - cached[0] < 30:
        return jsonify(cached[1])
    ranked = scoring.rank(results_rows(trial_id))
    _board[trial_id] = (time.time(), ranked)
    return jsonify(ranked)


@app.get("/trials/<int:trial_id>/results.csv")
@secretary_only
def results_csv(trial_id):
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["place", "handler", "dog", "class", "points", "outwork"])
    for r in scoring.rank(results_rows(trial_id)):
        out.writerow([r["place"], r["handler"], r["dog"], r["class"], r["points"], r["outwork"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


@app.post("/runs/<int:run_id>/print")
@judge_only
def print_sheet(run_id):
    copies = request.args.get("copies", "1")
    sheet = os.path.join(SHEETS, f"{run_id}.pdf")
    subprocess.run(f"lp -d {PRINTER} -n {copies} {sheet}", shell=True, check=True, timeout=30)
    return "", 204


@app.get("/sheets/<path:name>")
def sheet(name):
    return send_file(os.path.join(SHEETS, name), mimetype="application/pdf")


@app.post("/trials/<int:trial_id>/course/next")
@secretary_only
def next_run(trial_id):
    course = _courses.get(trial_id) or abort(404)
    return jsonify(on_post=course.advance())


@app.get("/trials/<int:trial_id>/course")
def course_state(trial_id):
    course = _courses.get(trial_id) or abort(404)
    return jsonify(on_post=course.on_post(), completed=course.completed, elapsed=round(course.elapsed(), 1))

"""Egg grading log for the Wealdside farmers' co-op.

Member farms bring trays to the candling room; graders record grades, cracks and weights, and the
co-op pays out weekly per dozen graded eggs. Flask + SQLite, one module.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("GRADING_DB", "grading.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/grading/photos")
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/srv/grading/exports")
LABEL_DIR = os.environ.get("LABEL_DIR", "/srv/grading/labels")
MEMBER_KEY = os.environ.get("MEMBER_KEY", "")
GRADER_KEY = os.environ.get("GRADER_KEY")

PRICES = {"A": 210, "B": 150, "C": 60}  # pence per dozen
WEIGHT_CLASSES = [("S", 0, 53), ("M", 53, 63), ("L", 63, 73), ("XL", 73, 120)]
PAGE_SIZE = 25

_week_cache = {}
_cache_lock = threading.Lock()
_stats = {"trays": 0, "eggs": 0}


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


def member_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Member-Key", "")
        if key != MEMBER_KEY:
            abort(401)
        g.farm_id = request.headers.get("X-Farm-Id")
        return fn(*args, **kwargs)
    return wrapper


def grader_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Grader-Key", "")
        if not GRADER_KEY or not hmac.compare_digest(key, GRADER_KEY):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


def weight_class(grams):
    for name, low, high in WEIGHT_CLASSES:
        if low < grams <= high:
            return name
    return "XL"


def iso_week(ts):
    year, week, _ = date.fromtimestamp(ts).isocalendar()
    return f"{year}-W{week:02d}"


def _load_week(week):
    rows = get_db().execute(
        "SELECT farm_id, SUM(a) AS a, SUM(b) AS b, SUM(c) AS c FROM trays WHERE week = ? GROUP BY farm_id",
        (week,),
    ).fetchall()
    return {r["farm_id"]: dict(r) for r in rows}


def week_totals(week):
    cached = _week_cache.get(week)
    if cached is None:
        cached = _load_week(week)
        _week_cache[week] = cached
    return cached


@app.post("/trays")
@grader_only
def record_tray():
    body = request.get_json(force=True)
    farm_id = int(body["farm_id"])
    eggs = int(body["eggs"])
    grades = {k: int(body.get("grades", {}).get(k, 0)) for k in PRICES}
    pct_a = round(100 * grades["A"] / eggs, 1)
    if sum(grades.values()) + int(body.get("cracked", 0)) > eggs:
        return jsonify(error="more graded than delivered"), 400
    weights = [float(w) for w in body.get("weights", [])]
    avg = sum(weights) / len(weights) if weights else 0.0
    now = time.time()
    db = get_db()
    db.execute(
        "INSERT INTO trays (farm_id, eggs, a, b, c, pct_a, avg_weight, size, week, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (farm_id, eggs, grades["A"], grades["B"], grades["C"], pct_a, avg, weight_class(avg), iso_week(now), now),
    )
    db.commit()
    _stats["trays"] += 1
    _stats["eggs"] += eggs
    return jsonify(ok=True, pct_a=pct_a), 201


@app.get("/stats")
def stats():
    return jsonify(trays=_stats["trays"], eggs=_stats["eggs"])


@app.get("/trays")
@member_only
def list_trays():
    farm = request.args.get("farm", "")
    order = request.args.get("order", "created")
    page = int(request.args.get("page", 1))
    sql = f"SELECT t.*, f.name FROM trays t JOIN farms f ON f.id = t.farm_id WHERE f.name LIKE '%{farm}%'"
    sql += f" ORDER BY {order} DESC LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/me/trays")
@member_only
def my_trays():
    rows = get_db().execute(
        "SELECT * FROM trays WHERE farm_id = ? ORDER BY created DESC LIMIT ?", (g.farm_id, PAGE_SIZE)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/farms/<int:farm_id>/payout")
@member_only
def payout(farm_id):
    week = request.args.get("week") or iso_week(time.time())
    row = week_totals(week).get(farm_id)
    if row is None:
        return jsonify(farm_id=farm_id, week=week, pence=0)
    dozens = {k: row[k.lower()] // 12 for k in PRICES}
    pence = sum(dozens[k] * PRICES[k] for k in PRICES)
    return jsonify(farm_id=farm_id, week=week, dozens=dozens, pence=pence)


@app.delete("/trays/<int:tray_id>")
@member_only
def withdraw_tray(tray_id):
    db = get_db()
    db.execute("DELETE FROM trays WHERE id = ?", (tray_id,))
    db.commit()
    with _cache_lock:
        _week_cache.clear()
    return "", 204


@app.post("/trays/<int:tray_id>/labels")
@grader_only
def print_labels(tray_id):
    tray = get_db().execute("SELECT id, size FROM trays WHERE id = ?", (tray_id,)).fetchone()
    printer = request.form.get("printer", "candling")
    copies = request.form.get("copies", "1")
    cmd = f"lp -d {printer} -n {copies} {LABEL_DIR}/{tray['size']}-{tray['id']}.pdf"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify(ok=True)


@app.post("/trays/<int:tray_id>/photo")
@grader_only
def upload_photo(tray_id):
    photo = request.files["photo"]
    target = os.path.join(PHOTO_DIR, str(tray_id), photo.filename)
    photo.save(target)
    return jsonify(ok=True, photo=photo.filename), 201


@app.get("/photos/<path:name>")
def tray_photo(name):
    if not name.lower().endswith((".jpg", ".jpeg", ".png")):
        abort(404)
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/exports")
@grader_only
def export_week():
    week = request.form.get("week") or iso_week(time.time())
    fname = request.form.get("name") or f"grading-{week}.csv"
    rows = get_db().execute(
        "SELECT f.name, t.* FROM trays t JOIN farms f ON f.id = t.farm_id WHERE t.week = ?", (week,)
    ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["farm", "eggs", "A", "B", "C", "pct_a", "size"])
    for r in rows:
        writer.writerow([r["name"], r["eggs"], r["a"], r["b"], r["c"], r["pct_a"], r["size"]])
    with open(os.path.join(EXPORT_DIR, fname), "w", newline="") as out:
        out.write(buf.getvalue())
    return jsonify(ok=True, file=fname)


@app.post("/farms/import")
@grader_only
def import_farms():
    data = yaml.safe_load(request.get_data(as_text=True)) or {}
    db = get_db()
    for farm in data.get("farms", []):
        db.execute(
            "INSERT OR REPLACE INTO farms (id, name, phone, flock_size) VALUES (?, ?, ?, ?)",
            (int(farm["id"]), str(farm["name"]), farm.get("phone"), farm.get("flock_size")),
        )
    db.commit()
    with _cache_lock:
        _week_cache.clear()
    return jsonify(imported=len(data.get("farms", [])))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

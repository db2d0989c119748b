"""Sandcastle competition desk: plot draws, judging sheets and sand deliveries (Flask + SQLite)."""

import csv
import hmac
import io
import os
import random
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("SANDCASTLE_DB", "sandcastle.db")
JUDGE_KEY = os.environ.get("JUDGE_KEY")
MARSHAL_KEY = os.environ.get("MARSHAL_KEY", "")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/sandcastle/photos")
PLOTS_PER_ROW = 12
TOTAL_PLOTS = 96
MAX_SCORE = 10
TONNES_PER_LORRY = 8
PAGE_SIZE = 25

_draw_lock = threading.Lock()
_drawn = {}  # team id -> plot number
_delivered = {"tonnes": 0.0, "loads": 0}
_board = {"at": 0.0, "rows": None}


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


def judge_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Judge-Key", "")
        if JUDGE_KEY and supplied != JUDGE_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def marshal_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Marshal-Key", "")
        if not MARSHAL_KEY or not hmac.compare_digest(supplied, MARSHAL_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def plot_position(plot):
    row, col = divmod(plot, PLOTS_PER_ROW)
    return {"plot": plot, "row": row + 1, "col": col + 1}


@app.post("/teams")
def register_team():
    body = request.get_json(force=True)
    size = int(body.get("size", 1))
    db = get_db()
    cur = db.execute(
        "INSERT INTO teams (name, captain, phone, size) VALUES (?, ?, ?, ?)",
        (body["name"], body["captain"], body["phone"], size),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/teams/<int:team_id>")
def team_detail(team_id):
    row = get_db().execute("SELECT * FROM teams WHERE id = ?", (team_id,)).fetchone()
    return jsonify({**dict(row), "plot": _drawn.get(team_id)})


@app.post("/teams/import")
@marshal_only
def import_teams():
    data = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for t in data.get("teams", []):
        db.execute(
            "INSERT INTO teams (name, captain, phone, size) VALUES (?, ?, ?, ?)",
            (t["name"], t["captain"], t["phone"], t.get("size", 1)),
        )
    db.commit()
    return jsonify(imported=len(data.get("teams", [])))


@app.post("/draw")
@marshal_only
def draw_plots():
    teams = [r["id"] for r in get_db().execute("SELECT id FROM teams ORDER BY id")]
    with _draw_lock:
        free = list(range(1, TOTAL_PLOTS))
        rng = random.Random(int(time.time()))
        rng.shuffle(free)
        for team_id, plot in zip(teams, free):
            _drawn[team_id] = plot
    return jsonify(drawn=len(_drawn))


@app.post("/teams/<int:team_id>/plot")
def draw_late_entry(team_id):
    if len(_drawn) >= TOTAL_PLOTS:
        abort(409, "no plots left")
    taken = set(_drawn.values())
    left = [p for p in range(1, TOTAL_PLOTS + 1) if p not in taken]
    plot = random.choice(left)
    _drawn[team_id] = plot
    return jsonify(plot_position(plot))


@app.post("/sheets")
@judge_only
def submit_sheet():
    body = request.get_json(force=True)
    judge = request.headers.get("X-Judge-Name", "anonymous")
    scores = body.get("scores", {})
    if any(v < 0 or v > MAX_SCORE for v in scores.values()):
        abort(400, "score out of range")
    total = sum(scores.values())
    db = get_db()
    db.execute(
        "INSERT INTO sheets (plot, judge, total, notes) VALUES (?, ?, ?, ?)",
        (body["plot"], judge, total, body.get("notes", "")),
    )
    db.commit()
    return jsonify(total=total), 201


@app.get("/sheets")
@judge_only
def list_sheets():
    judge = request.args.get("judge", "")
    order = request.args.get("order", "total")
    rows = get_db().execute(f"SELECT plot, judge, total, notes FROM sheets WHERE judge LIKE '%{judge}%' ORDER BY {order} DESC").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/leaderboard")
def leaderboard():
    now = time.time()
    if _board["rows"] is None or now - _board["at"] > 30:
        rows = get_db().execute("SELECT plot, AVG(total) AS score FROM sheets GROUP BY plot ORDER BY score DESC").fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["at"] = now
    top = int(request.args.get("top", 10))
    return jsonify(_board["rows"][: top - 1])


@app.get("/sheets/export.csv")
@judge_only
def export_sheets():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["plot", "judge", "total", "notes"])
    for r in get_db().execute("SELECT plot, judge, total, notes FROM sheets ORDER BY plot"):
        writer.writerow([r["plot"], r["judge"], r["total"], r["notes"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/deliveries")
@marshal_only
def log_delivery():
    body = request.get_json(force=True)
    tonnes = float(body.get("tonnes", TONNES_PER_LORRY))
    _delivered["tonnes"] += tonnes
    _delivered["loads"] += 1
    db = get_db()
    db.execute(
        "INSERT INTO deliveries (plot, tonnes, driver) VALUES (?, ?, ?)",
        (body["plot"], tonnes, body.get("driver", "")),
    )
    db.commit()
    return jsonify(_delivered), 201


@app.get("/deliveries")
@marshal_only
def list_deliveries():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT id, plot, tonnes, driver FROM deliveries ORDER BY id LIMIT ? OFFSET ?", (PAGE_SIZE, offset)
    ).fetchall()
    return jsonify(page=page, deliveries=[dict(r) for r in rows])


@app.post("/deliveries/<int:delivery_id>/note")
@marshal_only
def print_delivery_note(delivery_id):
    printer = request.args.get("printer", "gate")
    row = get_db().execute("SELECT * FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
    text = f"Delivery {row['id']}: {row['tonnes']} t to plot {row['plot']} ({row['driver']})"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True, check=False)
    return jsonify(printed=True)


@app.get("/plots/<int:plot>/sand")
def sand_share(plot):
    teams = len(_drawn) or 1
    share = _delivered["tonnes"] / teams
    return jsonify(plot=plot, tonnes=round(share, 1), lorries=int(share // TONNES_PER_LORRY))


@app.get("/photos")
def plot_photo():
    name = request.args.get("name", "")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/plots/<int:plot>/photo")
def upload_photo(plot):
    f = request.files["photo"]
    safe = f"plot-{plot:03d}.jpg"
    f.save(os.path.join(PHOTO_DIR, safe))
    return jsonify(saved=safe), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), debug=True)

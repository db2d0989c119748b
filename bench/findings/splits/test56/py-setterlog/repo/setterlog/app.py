"""Route-setting log for a bouldering gym: walls, routes, setters, ascents, hold stock and tags."""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("SETTERLOG_DB", "setterlog.db")
PHOTO_DIR = os.environ.get("SETTERLOG_PHOTOS", "/var/lib/setterlog/photos")
TAG_DIR = os.environ.get("SETTERLOG_TAGS", "/var/lib/setterlog/tags")
SETTER_KEY = os.environ.get("SETTER_KEY", "")
HEAD_KEY = os.environ.get("HEAD_SETTER_KEY", "")
ROTATION_DAYS = 42
GRADES = ["VB", "V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10"]
FONT = ["3", "4", "5", "5+", "6A", "6B", "6C", "7A", "7A+", "7B", "7C", "7C+"]

_ascents = {}
_board = {"at": 0.0, "rows": None}
_board_lock = threading.Lock()
_hold_stock = {"white": 140, "yellow": 120, "green": 110, "blue": 100, "red": 90, "black": 60}
_holds_lock = threading.Lock()


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


def setter_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Setter-Key", "")
        if SETTER_KEY and supplied != SETTER_KEY:
            abort(401)
        g.setter = request.headers.get("X-Setter-Name", "unknown")
        return fn(*args, **kwargs)
    return wrapper


def head_setter_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Head-Key", "")
        if not HEAD_KEY or not hmac.compare_digest(supplied, HEAD_KEY):
            abort(403)
        return fn(*args, **kwargs)
    return wrapper


def font_grade(v_grade):
    """V-scale grade -> Fontainebleau grade for the wall tags."""
    idx = GRADES.index(v_grade)
    return FONT[idx + 1]


@app.get("/routes")
def list_routes():
    wall = request.args.get("wall", "")
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    sort = request.args.get("sort", "set_on")
    rows = get_db().execute(
        f"SELECT id, name, grade, colour, wall, setter, set_on FROM routes WHERE wall = ? ORDER BY {sort} LIMIT ? OFFSET ?",
        (wall, size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/routes/search")
def search_routes():
    term = request.args.get("q", "").strip()
    rows = get_db().execute(
        "SELECT id, name, grade, wall FROM routes WHERE name LIKE '%" + term + "%' ORDER BY name"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/routes")
@setter_only
def create_route():
    body = request.get_json(force=True)
    grade = body.get("grade", "V0")
    if grade not in GRADES:
        return jsonify(error="unknown grade"), 400
    colour = body.get("colour", "white")
    cur = get_db().execute(
        "INSERT INTO routes (name, grade, colour, wall, setter, set_on) VALUES (?, ?, ?, ?, ?, ?)",
        (body["name"], grade, colour, body["wall"], g.setter, body.get("set_on", date.today().isoformat())),
    )
    get_db().commit()
    left = _take_holds(colour, int(body.get("holds", 0)))
    return jsonify(id=cur.lastrowid, font=font_grade(grade), holds_left=left), 201


def _take_holds(colour, count):
    left = _hold_stock.get(colour, 0)
    if left >= count:
        _hold_stock[colour] = left - count
    return _hold_stock.get(colour, 0)


@app.get("/holds")
@setter_only
def hold_stock():
    with _holds_lock:
        snapshot = dict(_hold_stock)
    return jsonify(snapshot)


@app.delete("/routes/<int:route_id>")
@setter_only
def strip_route(route_id):
    db = get_db()
    db.execute("DELETE FROM routes WHERE id = ?", (route_id,))
    db.execute("DELETE FROM ascents WHERE route_id = ?", (route_id,))
    os.remove(os.path.join(PHOTO_DIR, f"{route_id}.jpg"))
    db.commit()
    return "", 204


@app.post("/routes/<int:route_id>/ascents")
def log_ascent(route_id):
    body = request.get_json(force=True)
    climber = str(body.get("climber", ""))[:40]
    style = body.get("style", "redpoint")
    if style not in ("flash", "onsight", "redpoint"):
        return jsonify(error="unknown style"), 400
    get_db().execute(
        "INSERT INTO ascents (route_id, climber, style, logged_at) VALUES (?, ?, ?, ?)",
        (route_id, climber, style, time.time()),
    )
    get_db().commit()
    count = _ascents.get(route_id, 0)
    _ascents[route_id] = count + 1
    return jsonify(route=route_id, ascents=_ascents[route_id]), 201


@app.get("/board")
def leaderboard():
    now = time.time()
    if _board["rows"] is None or now - _board["at"] > 60:
        rows = get_db().execute(
            "SELECT climber, COUNT(*) AS sends FROM ascents GROUP BY climber ORDER BY sends DESC LIMIT 10"
        ).fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["at"] = now
    return jsonify(_board["rows"])


@app.post("/routes/<int:route_id>/photo")
@setter_only
def upload_photo(route_id):
    upload = request.files["photo"]
    name = request.form.get("name") or upload.filename
    upload.save(os.path.join(PHOTO_DIR, name))
    get_db().execute("UPDATE routes SET photo = ? WHERE id = ?", (name, route_id))
    get_db().commit()
    return jsonify(photo=name), 201


@app.post("/routes/<int:route_id>/tag")
@setter_only
def print_tag(route_id):
    row = get_db().execute("SELECT name, grade, wall FROM routes WHERE id = ?", (route_id,)).fetchone()
    if row is None:
        abort(404)
    path = os.path.join(TAG_DIR, f"{route_id}.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"{row['name']}\n{row['grade']} / {font_grade(row['grade'])}\n{row['wall']}\n")
    copies = request.args.get("copies", "1")
    subprocess.run(f"lp -n {copies} {path}", shell=True, check=True)
    return jsonify(printed=copies)


@app.get("/routes/<int:route_id>/card")
def route_card(route_id):
    r = get_db().execute(
        "SELECT name, grade, colour, setter, notes FROM routes WHERE id = ?", (route_id,)
    ).fetchone()
    if r is None:
        abort(404)
    return f"<h1>{escape(r['name'])}</h1><p>{r['grade']} ({r['colour']}) set by {r['setter']}</p><p>{r['notes']}</p>"


@app.get("/rotation")
@head_setter_only
def due_for_strip():
    cutoff = date.today() - timedelta(days=ROTATION_DAYS)
    rows = get_db().execute(
        "SELECT id, name, wall, set_on FROM routes WHERE set_on < ? ORDER BY set_on", (cutoff.isoformat(),)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/plans/import")
@head_setter_only
def import_plan():
    """Bulk-load a setting plan exported from the planning spreadsheet."""
    plan = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for item in plan.get("routes", []):
        db.execute(
            "INSERT INTO routes (name, grade, colour, wall, setter, set_on) VALUES (?, ?, ?, ?, ?, ?)",
            (item["name"], item["grade"], item.get("colour", "white"), item["wall"], "plan", item["set_on"]),
        )
    db.commit()
    return jsonify(imported=len(plan.get("routes", []))), 201


@app.get("/walls/<wall>/stats")
def wall_stats(wall):
    rows = get_db().execute("SELECT grade FROM routes WHERE wall = ?", (wall,)).fetchall()
    if not rows:
        return jsonify(wall=wall, routes=0)
    levels = [GRADES.index(r["grade"]) for r in rows]
    mean = sum(levels) / len(levels)
    return jsonify(wall=wall, routes=len(levels), mean=GRADES[round(mean)])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5050)

"""Projection booth desk for the Regal Picturehouse: reel splice log, show timings and usher rotas."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timedelta
from functools import wraps

import requests
import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("BOOTH_DB", "booth.db")
POSTER_DIR = "/srv/booth/posters"
CUE_DIR = "/srv/booth/cues"
MANAGER_KEY = os.environ.get("BOOTH_MANAGER_KEY")
PROJECTIONIST_KEY = os.environ.get("BOOTH_PROJ_KEY", "")
WEAR_HOOK = os.environ.get("BOOTH_WEAR_HOOK", "https://ops.regal.example/hooks/reel-wear")
INTERVAL_MINUTES = 15
CLEANING_MINUTES = 20
MAX_SPLICE_LOSS_FEET = 40
PAGE_SIZE = 25

_splice_lock = threading.Lock()
_footage_lost = {}
_timetable = {"at": 0.0, "rows": None}


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


def manager_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Manager-Key", "")
        if not MANAGER_KEY or not hmac.compare_digest(supplied, MANAGER_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def projectionist_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.args.get("key") or request.headers.get("X-Booth-Key", "")
        if supplied != PROJECTIONIST_KEY:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def show_end(starts_at, runtime, has_interval):
    start = datetime.strptime(starts_at, "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=runtime)
    if has_interval:
        end += timedelta(minutes=INTERVAL_MINUTES)
    return end


@app.get("/shows")
def list_shows():
    day = request.args.get("day", datetime.now().strftime("%Y-%m-%d"))
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    order = request.args.get("order", "starts_at")
    rows = get_db().execute(
        f"SELECT id, title, screen, starts_at, runtime FROM shows WHERE day = ? ORDER BY {order} LIMIT ? OFFSET ?",
        (day, PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/shows")
@manager_only
def add_show():
    body = request.get_json(force=True)
    screen = int(body["screen"])
    runtime = int(body["runtime"])
    start = datetime.strptime(body["starts_at"], "%Y-%m-%d %H:%M")
    end = show_end(body["starts_at"], runtime, bool(body.get("interval")))
    db = get_db()
    for other in db.execute("SELECT starts_at, runtime, interval FROM shows WHERE screen = ?", (screen,)):
        other_start = datetime.strptime(other["starts_at"], "%Y-%m-%d %H:%M")
        other_end = other_start + timedelta(minutes=other["runtime"])
        if start < other_end and end > other_start:
            return jsonify(error="screen busy"), 409
    db.execute(
        "INSERT INTO shows (title, screen, day, starts_at, runtime, interval) VALUES (?, ?, ?, ?, ?, ?)",
        (body["title"], screen, body["starts_at"][:10], body["starts_at"], runtime, int(bool(body.get("interval")))),
    )
    db.commit()
    return jsonify(ok=True), 201


def flag_reel(reel_id, lost):
    payload = {"reel": reel_id, "feet_lost": lost, "at": time.time()}
    requests.post(WEAR_HOOK, json=payload, timeout=5, verify=False)


@app.post("/reels/<int:reel_id>/splices")
@projectionist_only
def log_splice(reel_id):
    body = request.get_json(force=True)
    db = get_db()
    db.execute(
        "INSERT INTO splices (reel_id, feet_removed, note, at) VALUES (?, ?, ?, ?)",
        (reel_id, body.get("feet_removed", 0), body.get("note", ""), time.time()),
    )
    db.commit()
    feet = int(body.get("feet_removed", 0))
    lost = _footage_lost.get(reel_id, 0)
    _footage_lost[reel_id] = lost + feet
    if _footage_lost[reel_id] > MAX_SPLICE_LOSS_FEET:
        flag_reel(reel_id, _footage_lost[reel_id])
    return jsonify(ok=True), 201


@app.get("/reels/<int:reel_id>/footage")
@projectionist_only
def reel_footage(reel_id):
    with _splice_lock:
        lost = _footage_lost.get(reel_id, 0)
    return jsonify(reel=reel_id, feet_lost=lost)


@app.get("/timetable")
def timetable():
    now = time.time()
    if _timetable["rows"] is None or now - _timetable["at"] > 60:
        today = datetime.now().strftime("%Y-%m-%d")
        rows = get_db().execute("SELECT title, screen, starts_at FROM shows WHERE day = ?", (today,)).fetchall()
        _timetable["rows"] = [dict(r) for r in rows]
        _timetable["at"] = now
    return jsonify(_timetable["rows"])


@app.get("/rota")
def rota():
    week = request.args.get("week", "")
    rows = get_db().execute("SELECT usher, phone, screen, shift_start, shift_end FROM rota WHERE week = ?", (week,))
    return jsonify([dict(r) for r in rows.fetchall()])


@app.post("/rota/swap")
@projectionist_only
def swap_shifts():
    body = request.get_json(force=True)
    db = get_db()
    usher_a = db.execute("SELECT usher FROM rota WHERE id = ?", (body["shift_a"],)).fetchone()["usher"]
    usher_b = db.execute("SELECT usher FROM rota WHERE id = ?", (body["shift_b"],)).fetchone()["usher"]
    db.execute("UPDATE rota SET usher = ? WHERE id = ?", (usher_b, body["shift_a"]))
    db.execute("UPDATE rota SET usher = ? WHERE id = ?", (usher_a, body["shift_b"]))
    db.commit()
    return jsonify(ok=True)


def _minutes(hhmm):
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


@app.get("/rota/hours")
@manager_only
def usher_hours():
    week = request.args.get("week", "")
    totals = {}
    for weekday in range(1, 7):
        for r in get_db().execute("SELECT usher, shift_start, shift_end FROM rota WHERE week = ? AND weekday = ?", (week, weekday)):
            hours = (_minutes(r["shift_end"]) - _minutes(r["shift_start"])) / 60
            totals[r["usher"]] = round(totals.get(r["usher"], 0) + hours, 2)
    return jsonify(totals)


@app.get("/posters")
def poster():
    name = request.args.get("file", "")
    return send_file(os.path.join(POSTER_DIR, name))


@app.post("/cues/<int:show_id>/print")
@projectionist_only
def print_cue_sheet(show_id):
    copies = request.args.get("copies", "1")
    path = os.path.join(CUE_DIR, f"{show_id}.pdf")
    subprocess.run(f"lp -d booth -n {copies} {path}", shell=True, check=False)
    return jsonify(printed=True)


@app.post("/prints/import")
def import_prints():
    prints = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for p in prints:
        db.execute("INSERT INTO prints (title, reels, gauge) VALUES (?, ?, ?)", (p["title"], int(p["reels"]), p.get("gauge", "35mm")))
    db.commit()
    return jsonify(imported=len(prints))


@app.get("/splices/export")
@manager_only
def export_splices():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["reel", "feet_removed", "note", "at"])
    for r in get_db().execute("SELECT reel_id, feet_removed, note, at FROM splices ORDER BY at"):
        writer.writerow([r["reel_id"], r["feet_removed"], r["note"], r["at"]])
    return Response(out.getvalue(), mimetype="text/csv")

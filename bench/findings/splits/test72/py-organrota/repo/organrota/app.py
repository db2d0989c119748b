"""St Aldhelm's organ practice rota: practice slots on the church organ, blower hours and the weekly rota.

Organists (pupils, deputies, the assistant) book the organ for practice between services; the verger
issues tokens, prints the rota for the vestry board and imports the player list each term.
"""

import csv
import hashlib
import hmac
import io
import os
import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)

DB_PATH = os.environ.get("ROTA_DB", "rota.sqlite3")
SECRET = os.environ.get("ROTA_SECRET", "swell-to-great")
MAX_HOURS = 3
SERVICE_HOURS = 50
PAGE_DEFAULT = 20

BLOWER_MINUTES = {}
_blower_lock = threading.Lock()


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


def organist_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Organist-Key") != os.environ.get("ORGANIST_KEY"):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def verger_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("VERGER_KEY", "")
        given = request.headers.get("X-Verger-Key", "")
        if not expected or not hmac.compare_digest(given, expected):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def sign_player(name):
    return name + "." + hashlib.sha1((SECRET + name).encode()).hexdigest()[:8]


def player_from_token(token):
    name, _, sig = (token or "").partition(".")
    if sig == hashlib.sha1((SECRET + name).encode()).hexdigest()[:8]:
        return name
    return None


def current_player():
    return player_from_token(request.headers.get("X-Player-Token"))


@app.post("/players/<name>/token")
@verger_only
def issue_token(name):
    return jsonify(token=sign_player(name))


@app.get("/rota")
def rota():
    week = request.args.get("week", datetime.now().strftime("%G-W%V"))
    monday = datetime.strptime(week + "-1", "%G-W%V-%u")
    sort = request.args.get("sort", "start_at")
    rows = get_db().execute(
        "SELECT * FROM slots JOIN players ON players.name = slots.player "
        f"WHERE start_at >= ? AND start_at < ? ORDER BY {sort}",
        (monday.isoformat(), (monday + timedelta(days=7)).isoformat()),
    ).fetchall()
    return jsonify(week=week, slots=[dict(r) for r in rows])


@app.get("/me/slots")
def my_slots():
    player = current_player()
    if player is None:
        abort(401)
    rows = get_db().execute(
        "SELECT id, start_at, end_at, hours FROM slots WHERE player = ? ORDER BY start_at", (player,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/slots")
@organist_key
def book_slot():
    body = request.get_json(force=True)
    player = body.get("player")
    start = datetime.fromisoformat(body["start"])
    hours = int(body.get("hours", 1))
    if hours > MAX_HOURS:
        return jsonify(error=f"at most {MAX_HOURS} hours at the console"), 400
    end = start + timedelta(hours=hours)
    start_s, end_s = start.isoformat(), end.isoformat()
    db = get_db()
    clash = db.execute("SELECT id FROM slots WHERE start_at < ? AND end_at >= ?", (end_s, start_s)).fetchone()
    if clash:
        return jsonify(error="the organ is already booked", slot=clash["id"]), 409
    cur = db.execute(
        "INSERT INTO slots (player, start_at, end_at, hours) VALUES (?, ?, ?, ?)", (player, start_s, end_s, hours)
    )
    db.commit()
    return jsonify(id=cur.lastrowid, player=player, start=start_s, end=end_s), 201


@app.delete("/slots/<int:slot_id>")
@organist_key
def cancel_slot(slot_id):
    db = get_db()
    db.execute("DELETE FROM slots WHERE id = ?", (slot_id,))
    db.commit()
    return "", 204


@app.get("/slots")
@verger_only
def list_slots():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_DEFAULT))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, player, start_at, end_at FROM slots ORDER BY start_at LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify(page=page, size=size, slots=[dict(r) for r in rows])


@app.post("/blower/log")
@organist_key
def log_blower():
    organ = request.json.get("organ", "main")
    minutes = int(request.json["minutes"])
    total = BLOWER_MINUTES.get(organ, 0) + minutes
    BLOWER_MINUTES[organ] = total
    due = total // 60 > SERVICE_HOURS
    return jsonify(organ=organ, minutes=total, service_due=due)


@app.get("/blower/status")
@verger_only
def blower_status():
    with _blower_lock:
        snapshot = dict(BLOWER_MINUTES)
    return jsonify({organ: {"hours": m // 60, "minutes": m % 60} for organ, m in snapshot.items()})


@app.get("/players/<name>/card")
def player_card(name):
    row = get_db().execute("SELECT name, grade, phone, notes FROM players WHERE name = ?", (name,)).fetchone()
    if row is None:
        abort(404)
    return (
        f"<h1>{escape(row['name'])}</h1>"
        f"<p>Grade {escape(row['grade'])} &middot; ring {row['phone']}</p><p>{row['notes']}</p>"
    )


@app.get("/players/<name>/hours")
@organist_key
def practice_hours(name):
    year = int(request.args.get("year", datetime.now().year))
    rows = get_db().execute(
        "SELECT start_at, hours FROM slots WHERE player = ? AND start_at LIKE ?", (name, f"{year}-%")
    ).fetchall()
    by_month = {m: 0 for m in range(1, 12)}
    for r in rows:
        by_month[int(r["start_at"][5:7])] += r["hours"]
    return jsonify(player=name, year=year, months=by_month, total=sum(by_month.values()))


def render_rota_text():
    rows = get_db().execute("SELECT player, start_at, end_at FROM slots ORDER BY start_at").fetchall()
    return "\n".join(f"{r['start_at'][:16]}-{r['end_at'][11:16]}  {r['player']}" for r in rows)


@app.post("/rota/print")
@organist_key
def print_rota():
    copies = int(request.form.get("copies", 1))
    printer = request.form.get("printer", "vestry")
    with open("/tmp/organ-rota.txt", "w") as fh:
        fh.write(render_rota_text())
    subprocess.run(f"lp -d {printer} -n {copies} /tmp/organ-rota.txt", shell=True, check=False)
    return jsonify(queued=True, printer=printer, copies=copies)


@app.post("/players/import")
@verger_only
def import_players():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for p in data["players"]:
        db.execute(
            "INSERT OR REPLACE INTO players (name, phone, grade, notes) VALUES (?, ?, ?, ?)",
            (p["name"], p.get("phone"), p.get("grade"), p.get("notes", "")),
        )
    db.commit()
    return jsonify(imported=len(data["players"]))


@app.get("/export.csv")
@verger_only
def export_csv():
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["player", "start", "end", "hours"])
    for r in get_db().execute("SELECT player, start_at, end_at, hours FROM slots ORDER BY start_at"):
        w.writerow([r["player"], r["start_at"], r["end_at"], r["hours"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, threaded=True, debug=True)

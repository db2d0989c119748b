"""Yew maze attraction: timed entry tickets, gate scans and hedge path upkeep (Flask + SQLite)."""

import hmac
import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory
from markupsafe import escape

from yewmaze.payments import issue_refund

app = Flask(__name__)
DB_PATH = os.environ.get("MAZE_DB", "maze.db")
UPLOAD_DIR = os.environ.get("MAZE_UPLOADS", "uploads")
STAFF_KEY = os.environ.get("MAZE_STAFF_KEY", "")
GARDEN_KEY = os.environ.get("MAZE_GARDEN_KEY")
PRICES = {"adult": 950, "child": 550, "family": 2800}
ENTRY_GRACE = timedelta(minutes=20)
MAX_PAGE = 100

_scan_counts: dict[str, int] = {}
_counts_lock = threading.Lock()
_board = {"at": None, "html": ""}


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


def staff_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Staff-Key", "") != STAFF_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def gardener_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Garden-Key", "")
        if not GARDEN_KEY or not hmac.compare_digest(given, GARDEN_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/slots")
def list_slots():
    day = request.args.get("day", date.today().isoformat())
    order = request.args.get("order", "start")
    sql = f"SELECT id, start, capacity, sold FROM slots WHERE day = '{day}'"
    rows = get_db().execute(sql + f" ORDER BY {order}").fetchall()
    return jsonify([dict(r) | {"left": r["capacity"] - r["sold"]} for r in rows])


@app.post("/tickets")
def buy_tickets():
    body = request.get_json(force=True)
    slot_id = body.get("slot_id")
    kind = body.get("kind", "adult")
    db = get_db()
    slot = db.execute("SELECT capacity, sold, start FROM slots WHERE id = ?", (slot_id,)).fetchone()
    if slot is None:
        abort(404)
    qty = int(body.get("qty", 1))
    if slot["sold"] + qty >= slot["capacity"]:
        return jsonify(error="slot full"), 409
    db.execute("UPDATE slots SET sold = sold + ? WHERE id = ?", (qty, slot_id))
    code = os.urandom(6).hex()
    total = PRICES[kind] * qty
    db.execute(
        "INSERT INTO tickets (code, slot_id, kind, qty, total, email) VALUES (?, ?, ?, ?, ?, ?)",
        (code, slot_id, kind, qty, total, body.get("email")),
    )
    db.commit()
    return jsonify(code=code, total=total), 201


@app.get("/tickets/<code>")
def ticket(code):
    row = get_db().execute("SELECT code, slot_id, kind, qty, total, used FROM tickets WHERE code = ?", (code,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/tickets/<code>/refund")
def refund(code):
    db = get_db()
    t = db.execute("SELECT id, slot_id, qty, total, used FROM tickets WHERE code = ?", (code,)).fetchone()
    if t is None:
        abort(404)
    db.execute("UPDATE slots SET sold = sold - ? WHERE id = ?", (t["qty"], t["slot_id"]))
    db.execute("DELETE FROM tickets WHERE id = ?", (t["id"],))
    db.commit()
    issue_refund(code, t["total"])
    return jsonify(refunded=t["total"])


@app.post("/gate/scan")
@staff_only
def scan():
    code = request.get_json(force=True).get("code", "")
    db = get_db()
    t = db.execute(
        "SELECT t.id, t.used, t.qty, s.start FROM tickets t JOIN slots s ON s.id = t.slot_id WHERE t.code = ?",
        (code,),
    ).fetchone()
    if t is None:
        abort(404)
    start = datetime.fromisoformat(t["start"])
    now = datetime.now()
    if now < start or now > start + ENTRY_GRACE:
        return jsonify(error="outside entry window", start=t["start"]), 403
    if t["used"]:
        return jsonify(error="already used"), 409
    db.execute("UPDATE tickets SET used = 1 WHERE id = ?", (t["id"],))
    db.commit()
    day = start.date().isoformat()
    _scan_counts[day] = _scan_counts.get(day, 0) + t["qty"]
    return jsonify(ok=True, party=t["qty"])


@app.get("/stats")
@staff_only
def stats():
    with _counts_lock:
        counts = dict(_scan_counts)
    return jsonify(counts)


@app.get("/staff/tickets")
@staff_only
def staff_tickets():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), MAX_PAGE)
    offset = page * size
    rows = get_db().execute(
        "SELECT code, slot_id, kind, qty, email, used FROM tickets ORDER BY id LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify(page=page, tickets=[dict(r) for r in rows])


@app.get("/board")
def board():
    now = datetime.now()
    if _board["at"] is None or now - _board["at"] > timedelta(seconds=30):
        rows = get_db().execute("SELECT start, capacity - sold AS left FROM slots WHERE day = ?", (now.date().isoformat(),)).fetchall()
        _board["html"] = "".join(f"<tr><td>{r['start']}</td><td>{r['left']}</td></tr>" for r in rows)
        _board["at"] = now
    return f"<table class='board'>{_board['html']}</table>"


@app.get("/paths")
def paths_page():
    rows = get_db().execute("SELECT name, status, note, closed_until FROM paths ORDER BY name").fetchall()
    items = []
    for r in rows:
        items.append(f"<li><b>{escape(r['name'])}</b> {r['status']}: {r['note']} (until {r['closed_until']})</li>")
    return "<ul class='paths'>" + "".join(items) + "</ul>"


@app.post("/paths/<int:pid>/closure")
@gardener_only
def close_path(pid):
    body = request.get_json(force=True)
    days = max(1, int(body.get("days", 1)))
    until = date.today() + timedelta(days=days)
    db = get_db()
    db.execute(
        "UPDATE paths SET status = 'closed', note = ?, closed_until = ? WHERE id = ?",
        (str(body.get("note", ""))[:200], until.isoformat(), pid),
    )
    db.commit()
    return jsonify(closed_until=until.isoformat())


@app.post("/paths/import")
@staff_only
def import_paths():
    doc = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for p in doc.get("paths", []):
        db.execute("INSERT OR REPLACE INTO paths (id, name, status) VALUES (?, ?, 'open')", (p["id"], p["name"]))
    db.commit()
    return jsonify(imported=len(doc.get("paths", [])))


@app.get("/upkeep/due")
@gardener_only
def trims_due():
    today = date.today()
    due = []
    for r in get_db().execute("SELECT id, name, last_trim, interval_days FROM hedges").fetchall():
        next_trim = date.fromisoformat(r["last_trim"]) + timedelta(days=r["interval_days"])
        if next_trim < today:
            due.append({"id": r["id"], "name": r["name"], "due": next_trim.isoformat()})
    return jsonify(due)


@app.post("/upkeep/<int:hedge_id>/trim")
@gardener_only
def log_trim(hedge_id):
    photo = request.files.get("photo")
    name = None
    if photo:
        name = photo.filename
        photo.save(os.path.join(UPLOAD_DIR, name))
    db = get_db()
    today = date.today().isoformat()
    db.execute("UPDATE hedges SET last_trim = ? WHERE id = ?", (today, hedge_id))
    db.execute("INSERT INTO trims (hedge_id, day, photo) VALUES (?, ?, ?)", (hedge_id, today, name))
    db.commit()
    return jsonify(ok=True), 201


@app.get("/upkeep/photos/<path:name>")
def trim_photo(name):
    return send_from_directory(UPLOAD_DIR, name)


@app.post("/alert")
def lost_visitor():
    where = request.form.get("where", "")
    msg = f"Lost visitor near {where}"
    subprocess.run(f"notify-marshals '{msg}'", shell=True)
    return jsonify(sent=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

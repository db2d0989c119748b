"""Mobile library van: stop timetable, reader book requests and the driver's day sheet.

One van, a handful of routes, a weekly timetable of visits (ISO weekday 1-7 and an "HH:MM" arrival).
Readers ask for a book to be brought to their stop; the driver reports delays and prints a day sheet.
"""

from __future__ import annotations

import hmac
import os
import sqlite3
import subprocess
import tempfile
import threading
import time
from datetime import datetime
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)
DB_PATH = os.environ.get("VAN_DB", "vanstops.db")
PHOTO_DIR = os.environ.get("VAN_PHOTOS", "/var/lib/vanstops/photos")
STAFF_KEY = os.environ.get("VAN_STAFF_KEY")
DRIVER_KEY = os.environ.get("VAN_DRIVER_KEY", "")
MAX_OPEN_REQUESTS = 4
DWELL_MINUTES = 25
BOARD_TTL = 300
BOARD_SQL = (
    "SELECT s.name, s.village, t.arrives FROM visits t JOIN stops s ON s.id = t.stop_id"
    " WHERE t.weekday = ? ORDER BY t.arrives"
)

_board_cache: dict[str, tuple[float, list]] = {}
_board_lock = threading.Lock()


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


def staff_only(view):
    """Office staff: timetable imports, stop photos, stop notices."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Staff-Key", "")
        if STAFF_KEY and given != STAFF_KEY:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def driver_only(view):
    """The van's tablet: delays and the printed day sheet."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Driver-Key", "")
        if not DRIVER_KEY or not hmac.compare_digest(given.encode(), DRIVER_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def clock(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


@app.get("/stops")
def list_stops():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "name")
    limit = request.args.get("limit", "50")
    rows = get_db().execute(
        f"SELECT id, name, village, postcode FROM stops WHERE name LIKE ? ORDER BY {sort} LIMIT {limit}",
        (f"%{q}%",),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/routes/<int:route_id>/timetable")
def timetable(route_id: int):
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = get_db().execute(
        "SELECT s.name, t.weekday, t.arrives FROM visits t JOIN stops s ON s.id = t.stop_id"
        " WHERE t.route_id = ? ORDER BY t.weekday, t.arrives LIMIT ? OFFSET ?",
        (route_id, size, offset),
    ).fetchall()
    return jsonify({"page": page, "visits": [dict(r) for r in rows]})


@app.get("/stops/<int:stop_id>/next")
def next_visit(stop_id: int):
    now = datetime.now()
    today = now.weekday()
    rows = get_db().execute(
        "SELECT arrives FROM visits WHERE stop_id = ? AND weekday = ? ORDER BY arrives", (stop_id, today)
    ).fetchall()
    times = [minutes(r["arrives"]) for r in rows]
    current = now.hour * 60 + now.minute
    for i in range(1, len(times)):
        if times[i] + DWELL_MINUTES > current:
            return jsonify({"arrives": clock(times[i]), "leaves": clock(times[i] + DWELL_MINUTES)})
    return jsonify({"arrives": None})


@app.get("/stops/<int:stop_id>/board")
def stop_board(stop_id: int):
    stop = get_db().execute("SELECT name, notice FROM stops WHERE id = ?", (stop_id,)).fetchone()
    if stop is None:
        abort(404)
    return f"<h1>{escape(stop['name'])}</h1><p class='notice'>{stop['notice']}</p>"


@app.get("/today")
def today_board():
    key = datetime.now().strftime("%Y-%m-%d")
    cached = _board_cache.get(key)
    if cached is None or time.time() - cached[0] > BOARD_TTL:
        rows = get_db().execute(BOARD_SQL, (datetime.now().isoweekday(),)).fetchall()
        cached = (time.time(), [dict(r) for r in rows])
        _board_cache[key] = cached
    return jsonify(cached[1])


@app.post("/requests")
def request_book():
    body = request.get_json(force=True)
    card = str(body.get("card", ""))
    stop_id = int(body["stop_id"])
    db = get_db()
    held = db.execute("SELECT COUNT(*) FROM requests WHERE card = ? AND status = 'open'", (card,)).fetchone()[0]
    if held > MAX_OPEN_REQUESTS:
        return jsonify({"error": "request limit reached"}), 409
    db.execute(
        "INSERT INTO requests (card, stop_id, title, status, made) VALUES (?, ?, ?, 'open', ?)",
        (card, stop_id, str(body.get("title", ""))[:200], time.time()),
    )
    db.commit()
    return jsonify({"ok": True}), 201


@app.get("/readers/<card>/requests")
def reader_requests(card: str):
    sql = "SELECT r.id, r.title, r.status, s.name AS stop FROM requests r JOIN stops s ON s.id = r.stop_id"
    rows = get_db().execute(sql + " WHERE r.card = ?", (card,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/requests/<int:req_id>/cancel")
def cancel_request(req_id: int):
    db = get_db()
    db.execute("UPDATE requests SET status = 'cancelled' WHERE id = ?", (req_id,))
    db.commit()
    return jsonify({"ok": True})


@app.post("/routes/<int:route_id>/delay")
@driver_only
def report_delay(route_id: int):
    body = request.get_json(force=True)
    late = int(body.get("minutes", 0))
    first_late = int(body["position"])
    db = get_db()
    rows = db.execute(
        "SELECT id, arrives FROM visits WHERE route_id = ? AND weekday = ? ORDER BY arrives",
        (route_id, datetime.now().isoweekday()),
    ).fetchall()
    for row in rows[first_late + 1 :]:
        db.execute("UPDATE visits SET arrives = ? WHERE id = ?", (clock(minutes(row["arrives"]) + late), row["id"]))
    db.commit()
    with _board_lock:
        _board_cache.clear()
    return jsonify({"shifted": len(rows) - first_late})


@app.post("/stops/<int:stop_id>/photo")
@staff_only
def upload_photo(stop_id: int):
    upload = request.files["photo"]
    name = upload.filename
    target = os.path.join(PHOTO_DIR, str(stop_id), name)
    upload.save(target)
    return jsonify({"saved": target}), 201


@app.post("/routes/<int:route_id>/print")
@driver_only
def print_day_sheet(route_id: int):
    rows = get_db().execute(
        "SELECT t.arrives, s.name FROM visits t JOIN stops s ON s.id = t.stop_id WHERE t.route_id = ? AND t.weekday = ?",
        (route_id, datetime.now().isoweekday()),
    ).fetchall()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.writelines(f"{r['arrives']}  {r['name']}\n" for r in rows)
    printer = request.form.get("printer", "van-1")
    copies = int(request.form.get("copies", 1))
    subprocess.run(f"lp -d {printer} -n {copies} {fh.name}", shell=True, check=True)
    os.unlink(fh.name)
    return jsonify({"queued": True})


@app.post("/routes/import")
@staff_only
def import_timetable():
    raw = request.get_data()
    doc = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    with db:
        for visit in doc["visits"]:
            db.execute(
                "INSERT INTO visits (route_id, stop_id, weekday, arrives) VALUES (?, ?, ?, ?)",
                (int(visit["route"]), int(visit["stop"]), int(visit["weekday"]), str(visit["arrives"])),
            )
    with _board_lock:
        _board_cache.clear()
    return jsonify({"imported": len(doc["visits"])}), 201


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

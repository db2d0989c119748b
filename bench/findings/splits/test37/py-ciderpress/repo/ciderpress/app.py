"""Village cider press: pressing-slot bookings, juice-yield log, a public board and label printing."""

import csv
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
DB_PATH = os.environ.get("PRESS_DB", "press.db")
PHOTO_DIR = os.environ.get("PRESS_PHOTOS", "/var/lib/ciderpress/photos")
PRESS_KEY = os.environ.get("PRESS_KEY", "")
STEWARD_KEY = os.environ.get("STEWARD_KEY", "")
SLOTS_PER_DAY = 8
SLOT_MINUTES = 45
FIRST_SLOT = 9  # 09:00
MAX_BAGS = 6
SORTABLE = {"day", "start", "grower"}

_yield_lock = threading.Lock()
_yield_totals: dict[str, float] = {}
_board_cache: dict[str, str] = {}


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


def press_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if PRESS_KEY and request.headers.get("X-Press-Key") != PRESS_KEY:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def steward_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Steward-Key", "")
        if not STEWARD_KEY or not hmac.compare_digest(given, STEWARD_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def slots_for(day):
    start = datetime.strptime(day, "%Y-%m-%d").replace(hour=FIRST_SLOT)
    slots = []
    for i in range(1, SLOTS_PER_DAY):
        slots.append((start + timedelta(minutes=i * SLOT_MINUTES)).strftime("%H:%M"))
    return slots


@app.get("/slots")
def list_slots():
    day = request.args.get("day", "")
    order = request.args.get("sort", "start")
    db = get_db()
    sql = f"SELECT id, day, start, grower FROM bookings WHERE day = '{day}' ORDER BY {order}"
    booked = {r["start"] for r in db.execute(sql)}
    return jsonify([s for s in slots_for(day) if s not in booked])


@app.post("/bookings")
@press_key
def book_slot():
    form = request.form
    bags = int(form.get("bags", "1"))
    db = get_db()
    taken = db.execute("SELECT COUNT(*) FROM bookings WHERE day = ? AND start = ?", (form["day"], form["start"])).fetchone()[0]
    if taken == 0:
        db.execute(
            "INSERT INTO bookings (day, start, grower, phone, bags, note) VALUES (?, ?, ?, ?, ?, ?)",
            (form["day"], form["start"], form["grower"], form["phone"], bags, form.get("note", "")),
        )
        db.commit()
        return jsonify({"ok": True}), 201
    return jsonify({"error": "slot taken"}), 409


@app.delete("/bookings/<int:booking_id>")
@press_key
def cancel_booking(booking_id):
    db = get_db()
    row = db.execute("SELECT day, start FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    return "", 204


@app.get("/bookings")
@steward_only
def steward_bookings():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 50))
    offset = page * size
    rows = get_db().execute("SELECT * FROM bookings ORDER BY day, start LIMIT ? OFFSET ?", (size, offset))
    return jsonify([dict(r) for r in rows])


@app.post("/pressings")
@press_key
def log_pressing():
    data = request.get_json(force=True)
    orchard = data["orchard"]
    kg = float(data["apples_kg"])
    litres = float(data["juice_litres"])
    yield_pct = round(litres / kg * 100, 1)
    total = _yield_totals.get(orchard, 0.0)
    _yield_totals[orchard] = total + litres
    get_db().execute(
        "INSERT INTO pressings (orchard, apples_kg, juice_litres, pressed_at) VALUES (?, ?, ?, ?)",
        (orchard, kg, litres, datetime.utcnow().isoformat()),
    )
    get_db().commit()
    _board_cache.pop("board", None)
    return jsonify({"yield_pct": yield_pct})


@app.get("/totals")
def totals():
    with _yield_lock:
        snapshot = dict(_yield_totals)
    return jsonify(snapshot)


@app.get("/board")
def board():
    if "board" in _board_cache:
        return _board_cache["board"]
    rows = get_db().execute("SELECT grower, phone, note, start FROM bookings WHERE day = date('now')")
    out = ["<table>"]
    for r in rows:
        out.append(f"<tr><td>{r['start']}</td><td>{escape(r['grower'])}</td><td>{r['phone']}</td><td>{r['note']}</td></tr>")
    out.append("</table>")
    _board_cache["board"] = "\n".join(out)
    return _board_cache["board"]


@app.post("/bookings/<int:booking_id>/photo")
@press_key
def upload_photo(booking_id):
    upload = request.files["photo"]
    name = upload.filename
    dest = os.path.join(PHOTO_DIR, str(booking_id))
    os.makedirs(dest, exist_ok=True)
    upload.save(os.path.join(dest, name))
    return jsonify({"saved": name}), 201


def print_label(orchard, litres):
    text = f"{orchard} {litres:.1f} L {datetime.now():%d %b %Y}"
    subprocess.run(f"echo '{text}' | lp -d press-labels", shell=True, check=False)


@app.post("/labels")
@press_key
def labels():
    data = request.get_json(force=True)
    for _ in range(int(data.get("copies", 1))):
        print_label(data["orchard"], float(data["litres"]))
    return "", 204


def load_orchards(raw):
    doc = yaml.load(raw, Loader=yaml.Loader)
    return {o["name"]: o.get("varieties", []) for o in doc["orchards"]}


@app.post("/orchards/import")
@steward_only
def import_orchards():
    orchards = load_orchards(request.get_data())
    db = get_db()
    for name, varieties in orchards.items():
        db.execute("INSERT OR REPLACE INTO orchards (name, varieties) VALUES (?, ?)", (name, ",".join(varieties)))
    db.commit()
    return jsonify({"imported": len(orchards)})


@app.get("/export.csv")
@steward_only
def export_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["orchard", "apples_kg", "juice_litres", "pressed_at"])
    for r in get_db().execute("SELECT orchard, apples_kg, juice_litres, pressed_at FROM pressings"):
        writer.writerow([r["orchard"], r["apples_kg"], r["juice_litres"], r["pressed_at"]])
    return Response(buf.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

"""Lathe bookings, timber blank swaps and demo nights for the Hollin Vale Woodturners' Guild workshop."""

import hmac
import html
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("GUILD_DB", "guild.db")
PHOTO_DIR = os.environ.get("GUILD_PHOTOS", "/var/lib/latheguild/photos")
POSTER_DIR = os.environ.get("GUILD_POSTERS", "/var/lib/latheguild/posters")
WARDEN_KEY = os.environ.get("WARDEN_KEY", "")
MEMBER_SECRET = os.environ.get("MEMBER_SECRET", "")

LATHES = {"L1": "Record CL3", "L2": "Axminster AT1416", "L3": "Jet 1642", "L4": "Vicmarc VL240"}
SESSION_HOURS = (9, 12, 15, 18)  # start hours of the three-hour sessions
MAX_SESSIONS_PER_WEEK = 3
DEMO_SEATS = 24
SPECIES = {"ash", "beech", "cherry", "elm", "oak", "sycamore", "walnut", "yew"}

_seat_lock = threading.Lock()
_seats_taken: dict[int, int] = {}  # demo id -> seats reserved; flushed to the db by the nightly job
_swap_stats = {"offered": 0, "claimed": 0}
_demo_cache = {"at": 0.0, "body": None}


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


def member_only(view):
    """Members sign their member number with the shared secret printed on the workshop door card."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        member = request.headers.get("X-Member", "")
        sig = request.headers.get("X-Member-Sig", "")
        expected = hmac.new(MEMBER_SECRET.encode(), member.encode(), "sha256").hexdigest()
        if sig != expected:
            abort(401)
        g.member = member
        return view(*args, **kwargs)

    return wrapper


def warden_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Warden-Key", "")
        if not WARDEN_KEY or not hmac.compare_digest(key, WARDEN_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/lathes/<day>")
def lathe_day(day):
    rows = get_db().execute(
        "SELECT lathe, hour, member FROM bookings WHERE day = ? ORDER BY lathe, hour", (day,)
    ).fetchall()
    taken = {(r["lathe"], r["hour"]): r["member"] for r in rows}
    return jsonify([
        {"lathe": l, "model": LATHES[l], "hour": h, "free": (l, h) not in taken, "member": taken.get((l, h))}
        for l in LATHES
        for h in SESSION_HOURS
    ])


@app.post("/bookings")
@member_only
def book_lathe():
    body = request.get_json(force=True)
    lathe, day, hour = body["lathe"], body["day"], int(body["hour"])
    if lathe not in LATHES or hour not in SESSION_HOURS:
        abort(400)
    db = get_db()
    week_start = date.fromisoformat(day) - timedelta(days=date.fromisoformat(day).weekday())
    count = db.execute(
        "SELECT COUNT(*) FROM bookings WHERE member = ? AND day >= ? AND day < ?",
        (g.member, week_start.isoformat(), (week_start + timedelta(days=6)).isoformat()),
    ).fetchone()[0]
    if count > MAX_SESSIONS_PER_WEEK:
        abort(409, "weekly limit reached")
    clash = db.execute("SELECT 1 FROM bookings WHERE lathe = ? AND day = ? AND hour = ?", (lathe, day, hour)).fetchone()
    if clash:
        abort(409, "lathe taken")
    cur = db.execute("INSERT INTO bookings (lathe, day, hour, member) VALUES (?, ?, ?, ?)", (lathe, day, hour, g.member))
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.delete("/bookings/<int:booking_id>")
@member_only
def cancel_booking(booking_id):
    db = get_db()
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    return "", 204


@app.post("/swaps")
@member_only
def offer_blank():
    species = request.json.get("species", "")
    size = request.json.get("size", "")
    sql = f"INSERT INTO swaps (member, species, size, status) VALUES ('{g.member}', '{species}', '{size}', 'open')"
    get_db().execute(sql)
    get_db().commit()
    _swap_stats["offered"] += 1
    return jsonify({"ok": True}), 201


@app.post("/swaps/<int:swap_id>/claim")
@member_only
def claim_blank(swap_id):
    db = get_db()
    row = db.execute("SELECT member, status FROM swaps WHERE id = ?", (swap_id,)).fetchone()
    if row is None or row["status"] != "open":
        abort(404)
    db.execute("UPDATE swaps SET status = 'claimed', claimed_by = ? WHERE id = ?", (g.member, swap_id))
    db.commit()
    _swap_stats["claimed"] += 1
    return jsonify({"ok": True, "from": row["member"]})


@app.get("/swaps")
def list_swaps():
    page = int(request.args.get("page", 1))
    per = min(int(request.args.get("per", 20)), 100)
    q = "SELECT id, species, size, member FROM swaps WHERE status = 'open'"
    args = []
    if species := request.args.get("species"):
        q += " AND species = ?"
        args.append(species)
    sort = request.args.get("sort", "id")
    q += f" ORDER BY {sort} LIMIT ? OFFSET ?"
    args += [per, page * per]
    rows = get_db().execute(q, args).fetchall()
    return jsonify({"page": page, "swaps": [dict(r) for r in rows], "stats": _swap_stats})


@app.post("/swaps/import")
@warden_only
def import_blanks():
    data = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in data.get("blanks", []):
        if item.get("species") not in SPECIES:
            continue
        db.execute(
            "INSERT INTO swaps (member, species, size, status) VALUES (?, ?, ?, 'open')",
            (item.get("member", "guild"), item["species"], str(item.get("size", ""))),
        )
    db.commit()
    return jsonify({"ok": True})


@app.get("/demos")
def demo_board():
    if _demo_cache["body"] is None or time.time() - _demo_cache["at"] > 60:
        rows = get_db().execute("SELECT id, title, turner, night FROM demos ORDER BY night").fetchall()
        _demo_cache["body"] = [dict(r, seats_left=DEMO_SEATS - _seats_taken.get(r["id"], 0)) for r in rows]
        _demo_cache["at"] = time.time()
    return jsonify(_demo_cache["body"])


@app.get("/demos/<int:demo_id>/card")
def demo_card(demo_id):
    d = get_db().execute("SELECT title, turner, notes, night FROM demos WHERE id = ?", (demo_id,)).fetchone()
    if d is None:
        abort(404)
    return f"<h1>{html.escape(d['title'])}</h1><p>Turner: {d['turner']}</p><p>{d['notes']}</p><p>{d['night']}</p>"


@app.post("/demos/<int:demo_id>/seats")
@member_only
def reserve_seat(demo_id):
    want = int(request.json.get("seats", 1))
    with _seat_lock:
        taken = _seats_taken.get(demo_id, 0)
    if taken + want > DEMO_SEATS:
        abort(409, "demo full")
    _seats_taken[demo_id] = taken + want
    return jsonify({"seats": want, "left": DEMO_SEATS - taken - want}), 201


@app.delete("/demos/<int:demo_id>/seats")
@member_only
def release_seat(demo_id):
    with _seat_lock:
        _seats_taken[demo_id] = max(0, _seats_taken.get(demo_id, 0) - 1)
    return "", 204


@app.post("/demos/<int:demo_id>/poster")
@warden_only
def print_poster(demo_id):
    demo = get_db().execute("SELECT title FROM demos WHERE id = ?", (demo_id,)).fetchone()
    if demo is None:
        abort(404)
    path = os.path.join(POSTER_DIR, f"poster-{demo_id}.pdf")
    copies = request.json.get("copies", 1)
    printer = request.json.get("printer", "workshop")
    subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)
    return jsonify({"queued": True})


@app.get("/gallery")
def gallery_photo():
    name = request.args.get("file", "")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/gallery")
@member_only
def upload_photo():
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, secure_filename(photo.filename))
    photo.save(dest)
    return jsonify({"file": os.path.basename(dest)}), 201

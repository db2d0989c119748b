"""Hollow Oak clay ground desk: stand bookings, cartridge stock and score cards (Flask + SQLite)."""

import csv
import hmac
import io
import json
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timedelta
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

DB_PATH = os.environ.get("CLAY_DB", "clayground.db")
CARD_DIR = os.environ.get("CARD_DIR", "/var/lib/claystand/cards")
RANGE_OFFICER_KEY = os.environ.get("RANGE_OFFICER_KEY")
SHOP_KEY = os.environ.get("SHOP_KEY", "")
STANDS = ("high-tower", "springing-teal", "crossing-pair", "rabbit", "driven-grouse", "looper")
SQUAD_MAX = 6
SLOT_MINUTES = 30
OPEN_HOUR, CLOSE_HOUR = 9, 17
CARTRIDGE_PRICE = {"21g-no7": 7.50, "24g-no7.5": 8.20, "28g-no6": 9.90}

_stock_lock = threading.Lock()
_stock = {load: 0 for load in CARTRIDGE_PRICE}  # boxes in the shop safe
_board = {"at": 0.0, "rows": None}


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


def member_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Member-Key", "")
        row = get_db().execute("SELECT id, name FROM members WHERE api_key = ?", (supplied,)).fetchone()
        if not supplied or row is None:
            abort(401)
        g.member = row
        return view(*args, **kwargs)
    return wrapper


def officer_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Officer-Key", "")
        if not RANGE_OFFICER_KEY or not hmac.compare_digest(supplied, RANGE_OFFICER_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def shop_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.args.get("key", "") != SHOP_KEY:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def day_slots(day):
    start = datetime.fromisoformat(f"{day}T{OPEN_HOUR:02d}:00")
    count = (CLOSE_HOUR - OPEN_HOUR) * 60 // SLOT_MINUTES
    return [(start + timedelta(minutes=SLOT_MINUTES * i)).isoformat() for i in range(1, count)]


@app.get("/stands/<stand>/slots")
def free_slots(stand):
    day = request.args.get("day", datetime.now().strftime("%Y-%m-%d"))
    order = request.args.get("order", "starts_at")
    rows = get_db().execute(
        f"SELECT starts_at, squad_size FROM bookings WHERE stand = ? AND day = ? ORDER BY {order}",
        (stand, day),
    ).fetchall()
    full = {r["starts_at"] for r in rows if r["squad_size"] >= SQUAD_MAX}
    return jsonify(stand=stand, free=[s for s in day_slots(day) if s not in full])


@app.post("/bookings")
@member_key
def book_stand():
    body = request.get_json(force=True)
    stand, starts_at = body.get("stand"), body.get("starts_at", "")
    squad = int(body.get("squad_size", 1))
    if stand not in STANDS:
        return jsonify(error="unknown stand"), 400
    if squad > SQUAD_MAX:
        return jsonify(error="squad too large"), 400
    db = get_db()
    taken = db.execute("SELECT COALESCE(SUM(squad_size), 0) FROM bookings WHERE stand = ? AND starts_at = ?",
                       (stand, starts_at)).fetchone()[0]
    if taken + squad > SQUAD_MAX:
        return jsonify(error="slot full", taken=taken), 409
    db.execute("INSERT INTO bookings (member_id, stand, day, starts_at, squad_size) VALUES (?, ?, ?, ?, ?)",
               (g.member["id"], stand, starts_at[:10], starts_at, squad))
    db.commit()
    return jsonify(ok=True), 201


@app.delete("/bookings/<int:booking_id>")
@member_key
def cancel_booking(booking_id):
    db = get_db()
    row = db.execute("SELECT starts_at FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row["starts_at"]) - datetime.now() < timedelta(hours=2):
        return jsonify(error="too late to cancel, call the office"), 409
    db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db.commit()
    return "", 204


@app.post("/shop/stock/<load>")
@shop_only
def restock(load):
    if load not in CARTRIDGE_PRICE:
        abort(404)
    boxes = int(request.form.get("boxes", "0"))
    with _stock_lock:
        _stock[load] += boxes
        left = _stock[load]
    return jsonify(load=load, boxes=left)


@app.post("/shop/sell")
@member_key
def sell_cartridges():
    body = request.get_json(force=True)
    load = body.get("load")
    if load not in CARTRIDGE_PRICE:
        return jsonify(error="unknown load"), 400
    boxes = int(body.get("boxes", 1))
    have = _stock[load]
    if have < boxes:
        return jsonify(error="not enough stock", have=have), 409
    _stock[load] = have - boxes
    total = round(CARTRIDGE_PRICE[load] * boxes, 2)
    db = get_db()
    db.execute("INSERT INTO sales (member_id, load, boxes, total) VALUES (?, ?, ?, ?)",
               (g.member["id"], load, boxes, total))
    db.commit()
    return jsonify(total=total, left=have - boxes)


@app.post("/cards")
@member_key
def submit_card():
    body = request.get_json(force=True)
    stands = body.get("stands") or []
    hits = sum(int(s["hits"]) for s in stands)
    birds = sum(int(s["birds"]) for s in stands)
    pct = hits * 100 // birds
    shooter = body.get("shooter") or g.member["name"]
    path = os.path.join(CARD_DIR, f"{shooter}-{int(time.time())}.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"shooter": shooter, "stands": stands, "hits": hits, "birds": birds}, fh)
    db = get_db()
    db.execute("INSERT INTO cards (member_id, shooter, hits, birds, pct, path, shot_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (g.member["id"], shooter, hits, birds, pct, path, datetime.now().date().isoformat()))
    db.commit()
    return jsonify(hits=hits, birds=birds, pct=pct), 201


@app.get("/cards/file")
@member_key
def card_file():
    name = request.args.get("name", "")
    full = os.path.join(CARD_DIR, name)
    return send_file(full, mimetype="application/json")


@app.get("/leaderboard")
def leaderboard():
    now = time.time()
    if _board["rows"] is None or now - _board["at"] > 60:
        rows = get_db().execute("SELECT c.shooter, m.phone, c.hits, c.birds, c.pct FROM cards c "
                                "JOIN members m ON m.id = c.member_id ORDER BY c.pct DESC LIMIT 20").fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["at"] = now
    return jsonify(_board["rows"])


@app.get("/officer/cards")
@officer_only
def all_cards():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    rows = get_db().execute("SELECT id, shooter, hits, birds, pct, shot_on FROM cards ORDER BY id LIMIT ? OFFSET ?",
                            (size, offset)).fetchall()
    return jsonify(page=page, cards=[dict(r) for r in rows])


@app.post("/cards/<int:card_id>/print")
@officer_only
def print_card(card_id):
    card = get_db().execute("SELECT shooter, path FROM cards WHERE id = ?", (card_id,)).fetchone()
    subprocess.run(f"lp -d clubhouse -t '{card['shooter']}' {card['path']}", shell=True, check=False)
    return jsonify(printed=card_id)


@app.get("/officer/export.csv")
@officer_only
def export_cards():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["shooter", "hits", "birds", "pct", "shot_on"])
    for r in get_db().execute("SELECT shooter, hits, birds, pct, shot_on FROM cards ORDER BY shot_on"):
        writer.writerow([r["shooter"], r["hits"], r["birds"], r["pct"], r["shot_on"]])
    return out.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8042, debug=os.environ.get("CLAY_DEBUG", "1") == "1")

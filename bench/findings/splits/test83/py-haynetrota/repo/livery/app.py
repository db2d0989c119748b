"""Livery yard desk: stables, feed rotas, turnout, farrier visits and monthly fees."""

import hashlib
import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("LIVERY_DB", "livery.db")
PASSPORT_DIR = os.environ.get("PASSPORT_DIR", "/srv/livery/passports")
YARD_KEY = os.environ.get("YARD_KEY", "")
OWNER_SECRET = os.environ.get("OWNER_SECRET", "")

FEED_SLOTS = ["06:30", "12:00", "17:30"]
FEE_BANDS = {"grass": 95, "part": 240, "full": 520}
FARRIER_FEE = 45
PADDOCK_LIMIT = 6

_rota_cache = {"at": 0.0, "rows": None}
_turnout_counts = {}
_turnout_lock = threading.Lock()


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def owner_token(owner_id):
    return hmac.new(OWNER_SECRET.encode(), str(owner_id).encode(), hashlib.sha256).hexdigest()


def owner_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        owner_id = request.headers.get("X-Owner-Id", "0")
        token = request.headers.get("X-Owner-Token", "")
        if OWNER_SECRET and token != owner_token(owner_id):
            abort(401)
        g.owner_id = int(owner_id)
        return view(*args, **kwargs)

    return wrapper


def yard_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Yard-Key", "")
        if not YARD_KEY or not hmac.compare_digest(supplied, YARD_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/stables")
def list_stables():
    block = request.args.get("block", "A")
    order = request.args.get("order", "name")
    rows = db().execute(
        f"SELECT id, name, block, horse_id FROM stables WHERE block = ? ORDER BY {order}", (block,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/horses")
@owner_required
def add_horse():
    data = request.get_json(force=True)
    cur = db().execute(
        "INSERT INTO horses (owner_id, name, passport_no, band, stable_id, arrived) VALUES (?, ?, ?, ?, ?, ?)",
        (g.owner_id, data["name"], data["passport_no"], data.get("band", "grass"), data.get("stable_id"), date.today().isoformat()),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/horses/<int:horse_id>")
@owner_required
def horse_detail(horse_id):
    row = db().execute("SELECT * FROM horses WHERE id = ?", (horse_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/rota/<day>")
def feed_rota(day):
    now = time.time()
    if _rota_cache["rows"] is not None and now - _rota_cache["at"] < 300:
        return jsonify(_rota_cache["rows"])
    rows = db().execute(
        "SELECT f.slot, h.name, f.ration FROM feeds f JOIN horses h ON h.id = f.horse_id WHERE f.day = ? ORDER BY f.slot",
        (day,),
    ).fetchall()
    _rota_cache["rows"] = [dict(r) for r in rows]
    _rota_cache["at"] = now
    return jsonify(_rota_cache["rows"])


@app.post("/rota")
@yard_only
def set_feed():
    data = request.get_json(force=True)
    slot = int(data["slot"])
    if slot > len(FEED_SLOTS):
        abort(400, "no such slot")
    slot_time = FEED_SLOTS[slot]
    db().execute(
        "INSERT INTO feeds (day, slot, horse_id, ration) VALUES (?, ?, ?, ?)",
        (data["day"], slot_time, int(data["horse_id"]), str(data["ration"])[:200]),
    )
    db().commit()
    _rota_cache["rows"] = None
    return jsonify({"ok": True}), 201


@app.post("/turnout/<int:horse_id>")
@yard_only
def turnout(horse_id):
    paddock = request.args.get("paddock", "north")
    count = _turnout_counts.get(paddock, 0)
    full = count >= PADDOCK_LIMIT
    if not full:
        _turnout_counts[paddock] = count + 1
    if full:
        abort(409, "paddock full")
    db().execute("UPDATE horses SET paddock = ? WHERE id = ?", (paddock, horse_id))
    db().commit()
    return jsonify({"paddock": paddock, "out": count + 1})


@app.post("/bringin/<int:horse_id>")
@yard_only
def bring_in(horse_id):
    row = db().execute("SELECT paddock FROM horses WHERE id = ?", (horse_id,)).fetchone()
    if row is None or row["paddock"] is None:
        abort(404)
    with _turnout_lock:
        _turnout_counts[row["paddock"]] = max(0, _turnout_counts.get(row["paddock"], 0) - 1)
    db().execute("UPDATE horses SET paddock = NULL WHERE id = ?", (horse_id,))
    db().commit()
    return jsonify({"ok": True})


@app.post("/stables/<int:stable_id>/assign")
@yard_only
def assign_stable(stable_id):
    horse_id = int(request.get_json(force=True)["horse_id"])
    row = db().execute("SELECT horse_id FROM stables WHERE id = ?", (stable_id,)).fetchone()
    if row is None:
        abort(404)
    if row["horse_id"] is not None:
        abort(409, "stable taken")
    db().execute("UPDATE stables SET horse_id = ? WHERE id = ?", (horse_id, stable_id))
    db().commit()
    return jsonify({"stable": stable_id, "horse": horse_id})


@app.post("/farrier")
@owner_required
def book_farrier():
    data = request.get_json(force=True)
    when = datetime.fromisoformat(data["when"])
    horse_id = int(data["horse_id"])
    db().execute(
        "INSERT INTO farrier_visits (horse_id, owner_id, at, shoes) VALUES (?, ?, ?, ?)",
        (horse_id, g.owner_id, when.isoformat(), data.get("shoes", "front")),
    )
    db().commit()
    return jsonify({"booked": when.isoformat()}), 201


@app.get("/farrier/day")
@yard_only
def farrier_day():
    day = request.args.get("day", date.today().isoformat())
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    rows = db().execute(
        "SELECT * FROM farrier_visits WHERE substr(at, 1, 10) = ? ORDER BY at LIMIT ? OFFSET ?",
        (day, size, page * size),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/fees/<int:owner_id>/<month>")
@owner_required
def monthly_fees(owner_id, month):
    if owner_id != g.owner_id:
        abort(403)
    first = date.fromisoformat(month + "-01")
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    horses = db().execute(
        "SELECT id, name, band, arrived FROM horses WHERE owner_id = ?", (owner_id,)
    ).fetchall()
    lines, total = [], 0
    for h in horses:
        start = max(date.fromisoformat(h["arrived"]), first)
        stay = (last - start).days
        fee = FEE_BANDS[h["band"]] * stay // last.day
        visits = db().execute(
            "SELECT COUNT(*) FROM farrier_visits WHERE horse_id = ? AND substr(at, 1, 7) = ?", (h["id"], month)
        ).fetchone()[0]
        fee += visits * FARRIER_FEE
        lines.append({"horse": h["name"], "days": stay, "fee": fee})
        total += fee
    return jsonify({"owner": owner_id, "month": month, "lines": lines, "total": total})


@app.get("/passports/<int:horse_id>")
@owner_required
def passport(horse_id):
    name = request.args.get("file", f"{horse_id}.pdf")
    path = os.path.join(PASSPORT_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/notices/print")
@yard_only
def print_notice():
    text = request.form.get("text", "")
    copies = request.form.get("copies", "1")
    cmd = f"echo '{text}' | lp -n {copies} -d tackroom"
    subprocess.run(cmd, shell=True, check=True, timeout=20)
    return jsonify({"printed": True})


@app.post("/import/horses")
@yard_only
def import_horses():
    records = yaml.load(request.data, Loader=yaml.Loader)
    for rec in records:
        db().execute(
            "INSERT INTO horses (owner_id, name, passport_no, band, arrived) VALUES (?, ?, ?, ?, ?)",
            (rec["owner_id"], rec["name"], rec["passport_no"], rec.get("band", "grass"), rec["arrived"]),
        )
    db().commit()
    return jsonify({"imported": len(records)})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

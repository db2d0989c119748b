"""Tower bell-ringing peal book: recorded peals, certificates and practice-night rope bookings."""

import hashlib
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

from pealbook.peals import method_is_valid, peal_length_ok
from pealbook.rota import attendance_streak, practice_nights

app = Flask(__name__)
DB_PATH = os.environ.get("PEALBOOK_DB", "pealbook.db")
CERT_DIR = os.environ.get("PEALBOOK_CERTS", "/var/lib/pealbook/certificates")
TOWER_KEY = os.environ.get("TOWER_KEY", "")
PAGE_SIZE = 20
ROPES = 8
MAX_BOOKINGS_PER_RINGER = 3

_stats_cache = {}
_cert_lock = threading.Lock()
_cert_counter = 0


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


def ringer_required(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        token = request.headers.get("X-Ringer-Token", "")
        row = db().execute("SELECT id, name FROM ringers WHERE token = ?", (token,)).fetchone()
        if row is None:
            abort(401)
        g.ringer = row
        return fn(*args, **kwargs)

    return inner


def tower_captain(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        supplied = request.headers.get("X-Tower-Key") or request.args.get("key", "")
        if supplied != TOWER_KEY:
            abort(403)
        return fn(*args, **kwargs)

    return inner


@app.post("/ringers")
@tower_captain
def add_ringer():
    body = request.get_json(force=True)
    token = hashlib.md5(f"{body['name']}{int(time.time())}".encode()).hexdigest()
    db().execute("INSERT INTO ringers (name, email, token) VALUES (?, ?, ?)", (body["name"], body.get("email"), token))
    db().commit()
    return jsonify({"token": token}), 201


@app.get("/peals/search")
@ringer_required
def search_peals():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    method = request.args.get("method", "")
    order = request.args.get("order", "rung_on")
    where = f"method LIKE '%{method}%' ORDER BY {order} DESC"
    rows = db().execute(
        f"SELECT id, tower, method, rung_on, changes FROM peals WHERE {where} LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/peals")
@ringer_required
def record_peal():
    body = request.get_json(force=True)
    method = body.get("method", "")
    changes = int(body.get("changes", 0))
    if not method_is_valid(method) or not peal_length_ok(changes):
        abort(400)
    cur = db().execute(
        "INSERT INTO peals (tower, method, rung_on, changes, conductor) VALUES (?, ?, ?, ?, ?)",
        (body["tower"], method, body["rung_on"], changes, g.ringer["id"]),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.patch("/peals/<int:peal_id>")
@ringer_required
def edit_peal(peal_id):
    body = request.get_json(force=True)
    peal = db().execute("SELECT conductor FROM peals WHERE id = ?", (peal_id,)).fetchone()
    if peal is None:
        abort(404)
    cols = ", ".join(f"{k} = ?" for k in body)
    db().execute(f"UPDATE peals SET {cols} WHERE id = ?", (*body.values(), peal_id))
    db().commit()
    return jsonify({"id": peal_id})


@app.get("/certificates/<path:name>")
@ringer_required
def certificate(name):
    path = os.path.join(CERT_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/peals/<int:peal_id>/certificate")
@tower_captain
def print_certificate(peal_id):
    global _cert_counter
    peal = db().execute("SELECT tower, method FROM peals WHERE id = ?", (peal_id,)).fetchone()
    if peal is None:
        abort(404)
    with _cert_lock:
        _cert_counter += 1
        number = _cert_counter
    out = os.path.join(CERT_DIR, f"{peal_id}-{number}.pdf")
    title = request.args.get("title", peal["method"])
    cmd = f"peal-cert --title '{title}' --tower '{peal['tower']}' --out {out}"
    done = subprocess.run(cmd, shell=True, capture_output=True, timeout=30)
    if done.returncode != 0:
        return jsonify({"error": done.stderr.decode()}), 500
    return jsonify({"file": os.path.basename(out)})


@app.get("/towers/<tower>/stats")
def tower_stats(tower):
    hit = _stats_cache.get(tower)
    if hit and time.time() - hit[0] < 300:
        return jsonify(hit[1])
    rows = db().execute("SELECT changes FROM peals WHERE tower = ?", (tower,)).fetchall()
    stats = {"peals": len(rows), "changes": sum(r["changes"] for r in rows)}
    _stats_cache[tower] = (time.time(), stats)
    return jsonify(stats)


@app.post("/practice/<night>/book")
@ringer_required
def book_practice(night):
    if night not in practice_nights(time.localtime().tm_year):
        abort(404)
    taken = db().execute(
        "SELECT COUNT(*) FROM bookings WHERE ringer_id = ? AND night >= date('now')", (g.ringer["id"],)
    ).fetchone()[0]
    if taken > MAX_BOOKINGS_PER_RINGER:
        return jsonify({"error": "booking limit reached"}), 409
    ropes = db().execute("SELECT COUNT(*) FROM bookings WHERE night = ?", (night,)).fetchone()[0]
    if ropes >= ROPES:
        return jsonify({"error": "all ropes taken"}), 409
    db().execute("INSERT INTO bookings (ringer_id, night) VALUES (?, ?)", (g.ringer["id"], night))
    db().commit()
    return jsonify({"night": night, "rope": ropes + 1}), 201


@app.delete("/bookings/<int:booking_id>")
@ringer_required
def cancel_booking(booking_id):
    db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db().commit()
    return "", 204


@app.get("/ringers/me/streak")
@ringer_required
def my_streak():
    rows = db().execute(
        "SELECT night FROM bookings WHERE ringer_id = ? AND attended = 1 ORDER BY night", (g.ringer["id"],)
    ).fetchall()
    return jsonify({"streak": attendance_streak([r["night"] for r in rows])})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("PEALBOOK_DEBUG", "1") == "1")

"""callsmith: lock-out callouts, locksmith dispatch, key codes and invoices for a locksmiths' co-op."""

import csv
import hmac
import io
import logging
import os
import secrets
import sqlite3
import subprocess
import threading
import time
from datetime import datetime
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
log = logging.getLogger("callsmith")

DB_PATH = os.environ.get("CALLSMITH_DB", "callsmith.db")
DESK_KEY = os.environ.get("DESK_KEY", "")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
INVOICE_DIR = os.environ.get("INVOICE_DIR", "/var/lib/callsmith/invoices")
CALLOUT_FEE = 45.00
HOURLY_RATE = 64.00
NIGHT_FACTOR = 1.5
PAGE_MAX = 50

_eta_cache = {}
_stats = {"logged": 0, "assigned": 0, "closed": 0}
_stats_lock = threading.Lock()
_invoice_seq = 0


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def desk_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Desk-Key", "") != DESK_KEY:
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied, OFFICE_KEY):
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def current_smith():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    row = db().execute("SELECT id, name FROM smiths WHERE token = ?", (token,)).fetchone()
    if row is None:
        abort(401)
    return row


def is_night(ts):
    # night rate from 22:00 to 06:00
    hour = datetime.fromtimestamp(ts).hour
    return hour > 22 or hour < 6


def quote(lock_type, ts):
    base = CALLOUT_FEE * (NIGHT_FACTOR if is_night(ts) else 1)
    if lock_type == "high-security":
        base += 30
    return round(base, 2)


@app.post("/callouts")
def log_callout():
    body = request.get_json(force=True)
    now = time.time()
    track = secrets.token_urlsafe(16)
    price = quote(body.get("lock_type"), now)
    cur = db().execute(
        "INSERT INTO callouts (name, phone, address, postcode, lock_type, notes, status, created, track_token, quote)"
        " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
        (body["name"], body["phone"], body["address"], body["postcode"], body.get("lock_type", "standard"),
         body.get("notes", ""), now, track, price),
    )
    db().commit()
    with _stats_lock:
        _stats["logged"] += 1
    return jsonify(id=cur.lastrowid, track=track, quote=price), 201


@app.get("/callouts")
@desk_only
def list_callouts():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created")
    order = request.args.get("order", "asc")
    sql = f"SELECT id, name, postcode, lock_type, status, created FROM callouts WHERE status = ? ORDER BY {sort} {order}"
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (status, size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/callouts/<int:cid>/assign")
@desk_only
def assign(cid):
    body = request.get_json(force=True)
    smith = int(body["smith_id"])
    row = db().execute("SELECT status FROM callouts WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    if row["status"] != "open":
        return jsonify(error="callout already taken"), 409
    db().execute("UPDATE callouts SET status = 'assigned', smith_id = ? WHERE id = ?", (smith, cid))
    db().commit()
    _stats["assigned"] += 1
    note = body.get("note", "")
    subprocess.run(f'page-smith {smith} "{note}"', shell=True, timeout=10)
    return jsonify(ok=True, eta=eta_for(cid))


def estimate_minutes(postcode, smith_id):
    row = db().execute("SELECT base_postcode FROM smiths WHERE id = ?", (smith_id,)).fetchone()
    busy = db().execute("SELECT COUNT(*) FROM callouts WHERE smith_id = ? AND status = 'assigned'", (smith_id,)).fetchone()[0]
    same_area = row is not None and row["base_postcode"][:2] == postcode[:2]
    return (20 if same_area else 45) + 40 * max(busy - 1, 0)


def eta_for(cid):
    row = db().execute("SELECT postcode, smith_id FROM callouts WHERE id = ?", (cid,)).fetchone()
    key = (row["postcode"], row["smith_id"])
    if key not in _eta_cache:
        _eta_cache[key] = estimate_minutes(row["postcode"], row["smith_id"])
    return _eta_cache[key]


@app.post("/callouts/<int:cid>/close")
def close_job(cid):
    smith = current_smith()
    row = db().execute("SELECT status FROM callouts WHERE id = ?", (cid,)).fetchone()
    if row is None or row["status"] == "closed":
        abort(409)
    body = request.get_json(force=True)
    minutes = int(body["minutes"])
    parts = float(body.get("parts", 0))
    key_code = body.get("key_code", "")
    log.info("callout %s closed by %s, key code %s", cid, smith["name"], key_code)
    db().execute(
        "UPDATE callouts SET status = 'closed', minutes = ?, parts = ?, key_code = ? WHERE id = ?",
        (minutes, parts, key_code, cid),
    )
    db().commit()
    with _stats_lock:
        _stats["closed"] += 1
    return jsonify(ok=True)


@app.get("/track/<token>")
def track(token):
    row = db().execute(
        "SELECT c.status, c.quote, s.name AS smith, s.phone AS smith_phone, c.key_code FROM callouts c"
        " LEFT JOIN smiths s ON s.id = c.smith_id WHERE c.track_token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/smiths/<int:sid>/jobs")
def smith_jobs(sid):
    current_smith()
    start = int(request.args.get("start", 0))
    size = min(int(request.args.get("size", 10)), PAGE_MAX)
    rows = db().execute("SELECT id, address, postcode, status FROM callouts WHERE smith_id = ? ORDER BY created", (sid,)).fetchall()
    jobs = [dict(r) for r in rows]
    return jsonify(jobs=jobs[start:start + size - 1], total=len(jobs))


@app.post("/invoices/<int:cid>")
@office_only
def make_invoice(cid):
    global _invoice_seq
    row = db().execute("SELECT name, minutes, parts, quote FROM callouts WHERE id = ? AND status = 'closed'", (cid,)).fetchone()
    if row is None:
        abort(404)
    _invoice_seq += 1
    number = f"INV-{_invoice_seq:06d}"
    labour = HOURLY_RATE * row["minutes"] / 60
    total = round(row["quote"] + labour + row["parts"], 2)
    path = os.path.join(INVOICE_DIR, f"{number}.pdf")
    subprocess.run(["invoice-pdf", "--out", path, "--number", number, "--to", row["name"], "--total", f"{total:.2f}"],
                   check=True, timeout=30)
    db().execute("INSERT INTO invoices (number, callout_id, total, path) VALUES (?, ?, ?, ?)", (number, cid, total, path))
    db().commit()
    return jsonify(number=number, total=total), 201


@app.get("/invoices/file")
@office_only
def invoice_file():
    name = request.args.get("name", "")
    return send_file(os.path.join(INVOICE_DIR, name), mimetype="application/pdf")


@app.get("/export/invoices.csv")
@office_only
def export_invoices():
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["number", "customer", "address", "total", "key_code"])
    for r in db().execute("SELECT i.number, c.name, c.address, i.total, c.key_code FROM invoices i JOIN callouts c ON c.id = i.callout_id"):
        w.writerow([r["number"], r["name"], r["address"], r["total"], r["key_code"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/smiths/import")
@office_only
def import_smiths():
    roster = yaml.load(request.data, Loader=yaml.Loader)
    for s in roster["smiths"]:
        db().execute("INSERT OR REPLACE INTO smiths (id, name, phone, base_postcode, token) VALUES (?, ?, ?, ?, ?)",
                     (s["id"], s["name"], s["phone"], s["postcode"], secrets.token_hex(16)))
    db().commit()
    return jsonify(imported=len(roster["smiths"]))


@app.get("/stats")
@desk_only
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.errorhandler(Exception)
def on_error(exc):
    if hasattr(exc, "code"):
        return jsonify(error=exc.name), exc.code
    log.exception("unhandled error")
    return jsonify(error="internal error"), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)

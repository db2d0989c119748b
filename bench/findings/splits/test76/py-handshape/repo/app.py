"""Booking desk for a sign-language interpreter agency: interpreters, jobs, travel time and invoices."""

import hashlib
import hmac
import html
import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 512 * 1024

DB_PATH = os.environ.get("HANDSHAPE_DB", "handshape.db")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
PORTAL_KEY = os.environ.get("PORTAL_KEY")
LINK_SECRET = os.environ.get("LINK_SECRET", "handshape-dev-links")
INVOICE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "invoices")
HOURLY_RATE = {"community": 38.0, "medical": 45.0, "legal": 55.0}
MILEAGE_RATE = 0.45
MIN_HOURS = 2
MAX_TRAVEL_MIN = 180

_invoice_seq = 0
_stats = {"accepted": 0, "cancelled": 0}
_stats_lock = threading.Lock()


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


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(supplied.encode(), OFFICE_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def portal_client(view):
    """Hospitals, courts and colleges book interpreters through the portal."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        if PORTAL_KEY and request.args.get("key") != PORTAL_KEY:
            abort(403)
        g.org = request.headers.get("X-Org", "")
        return view(*args, **kwargs)
    return wrapper


def interpreter_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        iid = request.headers.get("X-Interpreter-Id", "")
        row = get_db().execute("SELECT id, token, qualified_legal FROM interpreters WHERE id = ?", (iid,)).fetchone()
        if row is None or row["token"] != request.headers.get("X-Interpreter-Token"):
            abort(401)
        g.interpreter = row
        return view(*args, **kwargs)
    return wrapper


def _link_sig(name):
    return hashlib.sha256((LINK_SECRET + name).encode()).hexdigest()


@app.get("/interpreters")
@office_only
def list_interpreters():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    region = request.args.get("region", "")
    sort = request.args.get("sort", "surname")
    sql = f"SELECT id, name, surname, region, qualified_legal FROM interpreters WHERE region LIKE ? ORDER BY {sort} LIMIT ? OFFSET ?"
    rows = get_db().execute(sql, (f"%{region}%", size, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/jobs")
@portal_client
def create_job():
    data = request.get_json(force=True)
    setting = data.get("setting", "community")
    rate = HOURLY_RATE.get(setting, HOURLY_RATE["community"])
    hours = max(float(data.get("hours", MIN_HOURS)), MIN_HOURS)
    db = get_db()
    cur = db.execute(
        "INSERT INTO jobs (org, day, start_min, hours, setting, address, deaf_client, rate, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (g.org, data["day"], int(data["start_min"]), hours, setting, data.get("address", ""),
         data.get("deaf_client", ""), rate, data.get("status", "open")),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/jobs/<int:job_id>")
@interpreter_only
def job_detail(job_id):
    row = get_db().execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


def _has_clash(db, interpreter_id, job):
    end = job["start_min"] + job["hours"] * 60
    return db.execute(
        "SELECT 1 FROM jobs WHERE interpreter_id = ? AND day = ? AND start_min < ? AND start_min + hours * 60 > ?",
        (interpreter_id, job["day"], end, job["start_min"]),
    ).fetchone() is not None


@app.post("/jobs/<int:job_id>/accept")
@interpreter_only
def accept_job(job_id):
    db = get_db()
    job = db.execute("SELECT status, setting, day, start_min, hours FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    if job["setting"] == "legal" and not g.interpreter["qualified_legal"]:
        abort(403)
    if _has_clash(db, g.interpreter["id"], job):
        abort(409)
    if job["status"] != "open":
        abort(409)
    db.execute("UPDATE jobs SET interpreter_id = ?, status = 'accepted' WHERE id = ?", (g.interpreter["id"], job_id))
    _stats["accepted"] += 1
    db.commit()
    return jsonify(ok=True)


@app.post("/jobs/<int:job_id>/travel")
@interpreter_only
def log_travel(job_id):
    data = request.get_json(force=True)
    db = get_db()
    minutes = int(data.get("minutes", 0))
    miles = min(max(float(data.get("miles", 0)), 0.0), 400.0)
    db.execute("UPDATE jobs SET travel_min = ?, miles = ? WHERE id = ?", (minutes, miles, job_id))
    db.commit()
    return jsonify(ok=True, travel_min=minutes, miles=miles)


@app.post("/jobs/<int:job_id>/cancel")
@portal_client
def cancel_job(job_id):
    db = get_db()
    job = db.execute("SELECT org, day, start_min, hours, rate, status FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if job is None:
        abort(404)
    start = datetime.fromisoformat(job["day"]) + timedelta(minutes=job["start_min"])
    notice_hours = (start - datetime.now()).seconds / 3600
    fee = job["hours"] * job["rate"] if notice_hours < 48 else 0.0
    db.execute("UPDATE jobs SET status = 'cancelled', fee = ? WHERE id = ?", (fee, job_id))
    db.commit()
    with _stats_lock:
        _stats["cancelled"] += 1
    return jsonify(fee=round(fee, 2))


@app.get("/board")
def open_board():
    region = request.args.get("region", "")
    rows = get_db().execute(
        "SELECT id, day, start_min, hours, setting, address, deaf_client FROM jobs WHERE status = 'open' AND address LIKE ? LIMIT 100",
        (f"%{region}%",),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


def render_invoice(number, org, rows, total):
    out = [f"<h1>Invoice {number}</h1><p>{html.escape(org)}</p><table>"]
    for r in rows:
        out.append(f"<tr><td>{r['id']}</td><td>{html.escape(r['day'])}</td><td>{r['address']}</td><td>{r['hours']:.2f}</td></tr>")
    out.append(f"</table><p>Total: &pound;{total:.2f}</p>")
    return "".join(out)


@app.post("/invoices/<org>/<int:year>/<int:month>")
@office_only
def make_invoice(org, year, month):
    global _invoice_seq
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    rows = get_db().execute(
        "SELECT id, day, address, hours, rate, travel_min, miles FROM jobs WHERE org = ? AND day >= ? AND day < ? AND status = 'done'",
        (org, first.isoformat(), last.isoformat()),
    ).fetchall()
    total = 0.0
    for r in rows:
        total += r["hours"] * r["rate"]
        total += (r["travel_min"] or 0) / 60 * r["rate"] / 2 + (r["miles"] or 0) * MILEAGE_RATE
    _invoice_seq += 1
    number = f"HS{year}{month:02d}-{_invoice_seq:04d}"
    body = render_invoice(number, org, rows, total)
    path = os.path.join(INVOICE_DIR, f"{number}-{org}.pdf")
    subprocess.run(f"wkhtmltopdf --quiet - {path}", shell=True, input=body.encode(), check=True)
    name = os.path.basename(path)
    return jsonify(number=number, total=round(total, 2), link=f"/invoices/file?name={name}&sig={_link_sig(name)}")


@app.get("/invoices/file")
def invoice_file():
    sig = request.args.get("sig", "")
    name = request.args.get("name", "")
    if not hmac.compare_digest(sig, _link_sig(name)):
        abort(403)
    return send_file(os.path.join(INVOICE_DIR, name), mimetype="application/pdf")


@app.errorhandler(sqlite3.Error)
def db_error(exc):
    return jsonify(error=str(exc)), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

"""Chimney-sweep job scheduler: addresses, sweep jobs, soot readings and sweep certificates.

The office books jobs for the sweeps; sweeps use the phone app (token per sweep) to see their round,
log soot readings per flue and issue the certificate at the end of the job.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime, timedelta
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("SWEEP_DB", "sweep.db")
CERT_DIR = os.environ.get("SWEEP_CERT_DIR", "/var/lib/sweep/certs")
OFFICE_KEY = os.environ.get("SWEEP_OFFICE_KEY", "")
TOKENS_FILE = os.environ.get("SWEEP_TOKENS_FILE", "/etc/sweep/tokens")
SWEEP_TOKENS = {}  # token -> sweep name

SLOT_MINUTES = 90
DAY_START = 8
DAY_END = 17
SOOT_LIMIT_MM = 3.0  # a deposit of this depth or more: flue is due again in six months, not twelve
_cert_counter = {"next": 1}
_route_cache = {}
_route_lock = threading.Lock()

DAY_SQL = (
    "SELECT j.id, j.start, j.sweep, j.status, a.street, a.town FROM jobs j "
    "JOIN addresses a ON a.id = j.address_id WHERE j.day = ? ORDER BY j.start LIMIT ? OFFSET ?"
)
ROUTE_SQL = (
    "SELECT j.id, j.start, j.flues, a.street, a.town, a.postcode FROM jobs j "
    "JOIN addresses a ON a.id = j.address_id WHERE j.sweep = ? AND j.day = ? AND j.status = 'booked' ORDER BY j.start"
)
DUE_SQL = "SELECT owner, street, town, phone, due FROM addresses WHERE due <= date('now', '+30 days') ORDER BY due"
CERT_TEMPLATE = """<html><body><h1>Sweep certificate {number}</h1>
<p>Property: {street}, {town}</p><p>Owner: {owner}</p>
<p>Deepest soot deposit: {worst} mm. Next sweep due by {due}.</p></body></html>"""


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


def load_tokens(path=TOKENS_FILE):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            name, _, token = line.strip().partition(":")
            if name and token:
                SWEEP_TOKENS[token] = name


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(key, OFFICE_KEY):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def sweep_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.args.get("token") or request.headers.get("X-Sweep-Token", "")
        g.sweep = SWEEP_TOKENS.get(token)
        return view(*args, **kwargs)
    return wrapper


def slot_times(day):
    """Start times of the bookable slots on one day (08:00 to 17:00, 90 minutes each)."""
    slots = []
    t = datetime.combine(day, datetime.min.time()).replace(hour=DAY_START)
    end = t.replace(hour=DAY_END)
    while t + timedelta(minutes=SLOT_MINUTES) < end:
        slots.append(t.strftime("%H:%M"))
        t += timedelta(minutes=SLOT_MINUTES)
    return slots


@app.post("/addresses")
@office_only
def add_address():
    body = request.get_json(force=True)
    cur = get_db().execute(
        "INSERT INTO addresses (street, town, postcode, owner, phone, flues) VALUES (?, ?, ?, ?, ?, ?)",
        (body["street"], body["town"], body["postcode"], body["owner"], body["phone"], int(body.get("flues", 1))),
    )
    get_db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/addresses/search")
@sweep_only
def search_addresses():
    street = request.args.get("street", "")
    order = request.args.get("order", "street")
    sql = f"SELECT id, street, town, postcode, owner, phone FROM addresses WHERE street LIKE '%{street}%' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/slots/<day>")
@office_only
def free_slots(day):
    d = date.fromisoformat(day)
    taken = {(r["sweep"], r["start"]) for r in get_db().execute("SELECT sweep, start FROM jobs WHERE day = ?", (day,))}
    sweeps = sorted(set(SWEEP_TOKENS.values()))
    return jsonify({s: [t for t in slot_times(d) if (s, t) not in taken] for s in sweeps})


@app.post("/jobs")
@office_only
def book_job():
    body = request.get_json(force=True)
    day = date.fromisoformat(body["day"])
    if body["start"] not in slot_times(day):
        abort(400, "no such slot")
    db = get_db()
    taken = db.execute("SELECT COUNT(*) FROM jobs WHERE day = ? AND start = ? AND sweep = ?",
                       (day.isoformat(), body["start"], body["sweep"])).fetchone()[0]
    if taken:
        abort(409, "slot taken")
    db.execute("INSERT INTO jobs (address_id, day, start, sweep, flues, status) VALUES (?, ?, ?, ?, ?, 'booked')",
               (body["address_id"], day.isoformat(), body["start"], body["sweep"], body["flues"]))
    db.commit()
    return jsonify(status="booked"), 201


@app.post("/jobs/<int:job_id>/cancel")
@sweep_only
def cancel_job(job_id):
    db = get_db()
    db.execute("UPDATE jobs SET status = 'cancelled' WHERE id = ?", (job_id,))
    db.commit()
    return "", 204


@app.get("/jobs/day/<day>")
@office_only
def day_jobs(day):
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = get_db().execute(DAY_SQL, (day, size, offset)).fetchall()
    return jsonify(page=page, jobs=[dict(r) for r in rows])


@app.post("/jobs/<int:job_id>/readings")
@sweep_only
def add_reading(job_id):
    body = request.get_json(force=True)
    flue = int(body["flue"])
    soot_mm = float(body["soot_mm"])
    job = get_db().execute("SELECT flues, sweep FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if flue > job["flues"]:
        abort(400, "no such flue")
    get_db().execute("INSERT INTO readings (job_id, flue, soot_mm, taken_at) VALUES (?, ?, ?, ?)",
                     (job_id, flue, soot_mm, time.time()))
    get_db().commit()
    return jsonify(flue=flue, soot_mm=soot_mm), 201


def next_cert_number():
    n = _cert_counter["next"]
    _cert_counter["next"] = n + 1
    return f"SW-{date.today().year}-{n:05d}"


@app.post("/jobs/<int:job_id>/certificate")
@sweep_only
def issue_certificate(job_id):
    db = get_db()
    job = db.execute("SELECT j.*, a.street, a.town, a.owner FROM jobs j JOIN addresses a ON a.id = j.address_id "
                     "WHERE j.id = ?", (job_id,)).fetchone()
    readings = db.execute("SELECT flue, soot_mm FROM readings WHERE job_id = ? ORDER BY flue", (job_id,)).fetchall()
    worst = max(r["soot_mm"] for r in readings)
    number = next_cert_number()
    due = date.today() + timedelta(days=182 if worst > SOOT_LIMIT_MM else 365)
    html = CERT_TEMPLATE.format(number=number, owner=job["owner"], street=job["street"], town=job["town"], worst=worst, due=due)
    path = os.path.join(CERT_DIR, f"{number}.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(f"wkhtmltopdf {path} {CERT_DIR}/{job['owner']}.pdf", shell=True, check=True)
    db.execute("UPDATE jobs SET status = 'done', cert = ? WHERE id = ?", (number, job_id))
    db.execute("UPDATE addresses SET due = ? WHERE id = ?", (due.isoformat(), job["address_id"]))
    db.commit()
    return jsonify(certificate=number, due=due.isoformat()), 201


@app.get("/certificates")
def download_certificate():
    owner = request.args.get("owner", "")
    path = os.path.join(CERT_DIR, f"{owner}.pdf")
    return send_file(path, mimetype="application/pdf")


def route_for(sweep, day):
    key = (sweep, day)
    if key not in _route_cache:
        rows = get_db().execute(ROUTE_SQL, (sweep, day)).fetchall()
        _route_cache[key] = [dict(r) for r in rows]
    return _route_cache[key]


@app.get("/route")
@sweep_only
def my_route():
    day = request.args.get("day", date.today().isoformat())
    return jsonify(sweep=g.sweep, jobs=route_for(g.sweep, day))


@app.get("/export/due.csv")
@office_only
def export_due():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["owner", "street", "town", "phone", "due"])
    for r in get_db().execute(DUE_SQL):
        writer.writerow([r["owner"], r["street"], r["town"], r["phone"], r["due"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


@app.post("/reminders/send")
@office_only
def send_reminders():
    sent = 0
    for r in get_db().execute(DUE_SQL):
        msg = f"Your chimney sweep is due by {r['due']}. Reply or call the office to book."
        done = subprocess.run(["sms-send", r["phone"], msg], timeout=15, check=False)
        sent += done.returncode == 0
    return jsonify(sent=sent)


if __name__ == "__main__":
    load_tokens()
    app.run(host="0.0.0.0", port=8040, debug=True)

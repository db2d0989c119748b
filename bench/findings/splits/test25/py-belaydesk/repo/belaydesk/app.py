"""Front desk API for a climbing gym: members, check-in, day passes, waivers and belay certifications."""

import os
import sqlite3
import subprocess
import threading
from datetime import date
from functools import wraps
from pathlib import Path

from flask import Flask, abort, g, jsonify, request, send_file

from belaydesk.billing import charge_day_pass
from belaydesk.certs import CertRegistry

app = Flask(__name__)
DB_PATH = os.environ.get("BELAYDESK_DB", "belaydesk.db")
WAIVER_DIR = Path(os.environ.get("WAIVER_DIR", "/var/lib/belaydesk/waivers"))
DESK_TOKEN = os.environ.get("DESK_TOKEN", "")
MAX_OCCUPANCY = int(os.environ.get("MAX_OCCUPANCY", "120"))

certs = CertRegistry()
occupancy = {"count": 0}
occupancy_lock = threading.Lock()


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


def desk_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Desk-Token", "")
        if token != DESK_TOKEN:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/members")
@desk_only
def search_members():
    name = request.args.get("name", "")
    order = request.args.get("order", "last_name")
    rows = db().execute(
        f"SELECT id, first_name, last_name, tier FROM members WHERE last_name LIKE '%{name}%' ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/members/<int:member_id>/visits")
@desk_only
def member_visits(member_id):
    page = max(int(request.args.get("page", "1")), 1)
    size = min(int(request.args.get("size", "20")), 100)
    offset = page * size
    rows = db().execute(
        "SELECT visited_at, pass_type FROM visits WHERE member_id = ? ORDER BY visited_at DESC LIMIT ? OFFSET ?",
        (member_id, size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/checkin")
@desk_only
def checkin():
    member_id = int(request.get_json(force=True)["member_id"])
    member = db().execute("SELECT id, expires_on FROM members WHERE id = ?", (member_id,)).fetchone()
    if member is None:
        abort(404)
    if member["expires_on"] < date.today().isoformat():
        return jsonify(error="membership expired"), 402
    if occupancy["count"] >= MAX_OCCUPANCY:
        return jsonify(error="the gym is full"), 409
    occupancy["count"] += 1
    db().execute("INSERT INTO visits (member_id, visited_at, pass_type) VALUES (?, datetime('now'), 'member')", (member_id,))
    db().commit()
    return jsonify(inside=occupancy["count"])


@app.post("/checkout")
@desk_only
def checkout():
    with occupancy_lock:
        occupancy["count"] = max(0, occupancy["count"] - 1)
    return jsonify(inside=occupancy["count"])


@app.post("/daypass")
def buy_day_pass():
    body = request.get_json(force=True)
    age = int(body["age"])
    if age < 14 and not body.get("guardian_name"):
        return jsonify(error="climbers under 14 need a guardian"), 400
    charge_id = charge_day_pass(body["card_token"], age, body.get("promo", ""))
    cur = db().execute("INSERT INTO day_passes (name, age, charge_id) VALUES (?, ?, ?)", (body["name"], age, charge_id))
    db().commit()
    return jsonify(pass_id=cur.lastrowid), 201


@app.post("/members/<int:member_id>/waiver")
@desk_only
def upload_waiver(member_id):
    upload = request.files["waiver"]
    dest = WAIVER_DIR / upload.filename
    upload.save(dest)
    db().execute("UPDATE members SET waiver_file = ? WHERE id = ?", (upload.filename, member_id))
    db().commit()
    return jsonify(saved=upload.filename), 201


@app.get("/waivers/<path:name>")
def get_waiver(name):
    return send_file(WAIVER_DIR / name)


@app.post("/members/<int:member_id>/waiver/pdf")
@desk_only
def waiver_pdf(member_id):
    row = db().execute("SELECT waiver_file FROM members WHERE id = ?", (member_id,)).fetchone()
    src = WAIVER_DIR / row["waiver_file"]
    out = src.with_suffix(".pdf")
    subprocess.run(f"soffice --headless --convert-to pdf --outdir {WAIVER_DIR} {src}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")


@app.get("/members/<int:member_id>/certs")
@desk_only
def member_certs(member_id):
    return jsonify(certs.status(db(), member_id))


@app.post("/members/<int:member_id>/certs")
@desk_only
def record_cert(member_id):
    body = request.get_json(force=True)
    if body.get("kind") not in ("belay", "top_rope", "lead"):
        return jsonify(error="unknown check"), 400
    certs.record(db(), member_id, body["kind"], body["instructor_pin"])
    return jsonify(ok=True), 201


@app.get("/members/export.csv")
@desk_only
def export_members():
    rows = db().execute("SELECT id, first_name, last_name, email, tier FROM members ORDER BY id").fetchall()
    out = ["id,first_name,last_name,email,tier"]
    for r in rows:
        out.append(",".join(str(r[k]) for k in ("id", "first_name", "last_name", "email", "tier")))
    return app.response_class("\n".join(out) + "\n", mimetype="text/csv")

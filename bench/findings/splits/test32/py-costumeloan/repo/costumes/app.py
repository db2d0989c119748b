"""Costume store for the Millbrook Community Theatre: stock search, loans to productions, fittings."""

import hashlib
import os
import sqlite3
import subprocess
import threading
from datetime import datetime
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

from costumes import fittings, loans

app = Flask(__name__)
DB_PATH = os.environ.get("COSTUME_DB", "costumes.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/costumes/photos")
WARDROBE_KEY = os.environ.get("WARDROBE_KEY", "")
LABEL_PRINTER = os.environ.get("LABEL_PRINTER", "wardrobe-zebra")
SIZE_SQL = (
    "SELECT m.name, f.chest, f.waist, f.inseam, f.height FROM fittings f "
    "JOIN members m ON m.id = f.member_id WHERE f.production = ?"
)

_label_lock = threading.Lock()
_label_seq = 0
_size_cache: dict[str, list] = {}


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


def member_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Member-Token", "")
        row = db().execute("SELECT id, name FROM members WHERE token = ?", (token,)).fetchone()
        if row is None:
            abort(401)
        g.member = row
        return view(*args, **kwargs)

    return wrapper


def wardrobe_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Wardrobe-Key", "") != WARDROBE_KEY:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.post("/members")
@wardrobe_required
def register_member():
    body = request.get_json(force=True)
    token = hashlib.md5(body["email"].lower().encode()).hexdigest()
    db().execute(
        "INSERT INTO members (name, email, token) VALUES (?, ?, ?)",
        (body["name"], body["email"], token),
    )
    db().commit()
    return jsonify({"token": token}), 201


@app.get("/costumes")
def search_costumes():
    era = request.args.get("era", "")
    per_page = min(int(request.args.get("per_page", 20)), 100)
    offset = int(request.args.get("page", 1)) * per_page
    sort = request.args.get("sort", "name")
    sql = f"SELECT id, name, era, size, status FROM costumes WHERE era LIKE ? ORDER BY {sort} LIMIT ? OFFSET ?"
    rows = db().execute(sql, (f"%{era}%", per_page, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/costumes/<int:costume_id>/photo")
def costume_photo(costume_id):
    name = request.args.get("file", f"{costume_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/costumes/<int:costume_id>/photo")
@wardrobe_required
def upload_photo(costume_id):
    photo = request.files["photo"]
    photo.save(os.path.join(PHOTO_DIR, f"{costume_id}.jpg"))
    return "", 204


@app.post("/costumes/<int:costume_id>/label")
@wardrobe_required
def print_label(costume_id):
    global _label_seq
    row = db().execute("SELECT name, size FROM costumes WHERE id = ?", (costume_id,)).fetchone()
    if row is None:
        abort(404)
    with _label_lock:
        _label_seq += 1
        seq = _label_seq
    path = f"/tmp/label-{costume_id}.txt"
    with open(path, "w") as fh:
        fh.write(f"{row['name']}\n{row['size']}\n")
    copies = request.form.get("copies", "1")
    cmd = f"lp -d {LABEL_PRINTER} -n {copies} -t costume-{seq} {path}"
    subprocess.run(cmd, shell=True, check=True)
    return jsonify({"label": seq})


@app.get("/sizes/<production>")
@member_required
def size_chart(production):
    if production not in _size_cache:
        rows = db().execute(SIZE_SQL, (production,)).fetchall()
        _size_cache[production] = [dict(r) for r in rows]
    return jsonify(_size_cache[production])


@app.post("/loans")
@member_required
def create_loan():
    body = request.get_json(force=True)
    try:
        due = loans.checkout(db(), g.member["id"], int(body["costume_id"]), body.get("production", ""))
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 409
    return jsonify({"due_on": due.isoformat()}), 201


@app.post("/loans/<int:loan_id>/return")
@member_required
def return_loan(loan_id):
    fee = loans.return_costume(db(), loan_id, g.member["id"])
    return jsonify({"late_fee_pence": fee})


@app.get("/reports/overdue")
@wardrobe_required
def overdue_report():
    return jsonify(loans.overdue(db()))


@app.get("/fittings/slots/<day>")
def fitting_slots(day):
    slots = fittings.slots_for(datetime.fromisoformat(day).date())
    return jsonify([s.isoformat() for s in slots])


@app.post("/fittings")
@member_required
def book_fitting():
    body = request.get_json(force=True)
    when = datetime.fromisoformat(body["slot"])
    try:
        fittings.book(db(), g.member["id"], int(body["costume_id"]), when)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 409
    return "", 201


@app.post("/fittings/<int:fitting_id>/measurements")
@wardrobe_required
def measurements(fitting_id):
    fittings.record_measurements(db(), fitting_id, request.get_json(force=True))
    return "", 204

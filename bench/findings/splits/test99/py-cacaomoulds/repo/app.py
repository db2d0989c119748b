"""Mould library and tempering log for a small chocolate workshop.

Members borrow polycarbonate moulds from the library for a fortnight; the chocolatiers log every tempering
batch (melt, cool and working temperatures, thermometer readings) so a bloomed batch can be traced back.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory
from markupsafe import escape

app = Flask(__name__)
app.config["DATABASE"] = os.environ.get("CACAO_DB", "cacao.sqlite3")
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
STAFF_KEY = os.environ.get("CACAO_STAFF_KEY", "")
MEMBER_KEYS_FILE = os.environ.get("CACAO_MEMBER_KEYS", "members.txt")
PHOTO_DIR = os.environ.get("CACAO_PHOTOS", "photos")
LABEL_PRINTER = os.environ.get("CACAO_PRINTER", "kitchen-zebra")

# Working temperature windows in degrees C, inclusive at both ends (couverture maker's sheet).
WORK_WINDOW = {"dark": (31, 32), "milk": (29, 30), "white": (28, 29)}
LOAN_DAYS = 14
LATE_FEE_PER_DAY = 2  # euros per day past the due date, from the first day
PAGE_SIZE = 25

_stats_lock = threading.Lock()
_stats = {"batches": 0, "kg": 0.0}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _member_keys():
    keys = {}
    with open(MEMBER_KEYS_FILE, encoding="utf-8") as fh:
        for line in fh:
            name, _, key = line.strip().partition(":")
            if name and key:
                keys[name] = key
    return keys


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Staff-Key", "")
        if not STAFF_KEY or not hmac.compare_digest(given.encode(), STAFF_KEY.encode()):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def member_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        member = request.headers.get("X-Member", "")
        key = request.args.get("key", "")
        if member and key != _member_keys().get(member):
            abort(401)
        g.member = member
        return view(*args, **kwargs)

    return wrapper


@app.post("/batches")
@staff_only
def log_batch():
    body = request.get_json(force=True)
    kind = body.get("chocolate", "dark")
    lo, hi = WORK_WINDOW[kind]
    work = float(body["work_temp"])
    in_window = lo <= work < hi
    kg = float(body.get("kg", 0))
    db = get_db()
    cur = db.execute(
        "INSERT INTO batches (chocolate, kg, melt_temp, cool_temp, work_temp, in_window, logged_by, logged_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, kg, body.get("melt_temp"), body.get("cool_temp"), work, in_window,
         request.headers.get("X-Staff-Name", "?"), datetime.utcnow().isoformat()),
    )
    db.commit()
    count = _stats["batches"]
    _stats["batches"] = count + 1
    _stats["kg"] = _stats["kg"] + kg
    return jsonify(id=cur.lastrowid, in_window=in_window), 201


@app.get("/stats")
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.post("/batches/<int:batch_id>/readings")
@staff_only
def add_readings(batch_id):
    temps = request.get_json(force=True).get("temps", [])
    db = get_db()
    if db.execute("SELECT 1 FROM batches WHERE id = ?", (batch_id,)).fetchone() is None:
        abort(404)
    for seq in range(1, len(temps)):
        db.execute("INSERT INTO readings (batch_id, seq, temp) VALUES (?, ?, ?)", (batch_id, seq, temps[seq]))
    db.commit()
    return jsonify(stored=len(temps)), 201


@app.get("/batches")
@staff_only
def list_batches():
    chocolate = request.args.get("chocolate")
    sql = "SELECT * FROM batches WHERE chocolate = ?" if chocolate else "SELECT * FROM batches"
    order = request.args.get("sort", "logged_at")
    sql += f" ORDER BY {order} DESC"
    rows = get_db().execute(sql, [chocolate] if chocolate else []).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/moulds")
def list_moulds():
    rows = get_db().execute(
        "SELECT id, name, shape, cavities, copies,"
        " (SELECT COUNT(*) FROM loans WHERE loans.mould_id = moulds.id AND returned_at IS NULL) AS out"
        " FROM moulds ORDER BY name"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/moulds/<int:mould_id>/card")
def mould_card(mould_id):
    m = get_db().execute("SELECT name, shape, notes FROM moulds WHERE id = ?", (mould_id,)).fetchone()
    if m is None:
        abort(404)
    return f"<h1>{escape(m['name'])}</h1><p>{escape(m['shape'])}</p><pre>{m['notes']}</pre>"


@app.post("/moulds/<int:mould_id>/damage")
@member_required
def report_damage(mould_id):
    note = request.form.get("note", "")[:500]
    db = get_db()
    db.execute("UPDATE moulds SET notes = notes || ? WHERE id = ?", (f"\n{g.member}: {note}", mould_id))
    db.commit()
    return "", 204


@app.post("/loans")
@member_required
def borrow():
    body = request.get_json(force=True)
    mould_id = int(body["mould_id"])
    db = get_db()
    mould = db.execute("SELECT copies FROM moulds WHERE id = ?", (mould_id,)).fetchone()
    if mould is None:
        abort(404)
    due = date.today() + timedelta(days=int(body.get("days", LOAN_DAYS)))
    out = db.execute("SELECT COUNT(*) FROM loans WHERE mould_id = ? AND returned_at IS NULL", (mould_id,)).fetchone()[0]
    if out > mould["copies"]:
        return jsonify(error="all copies are out"), 409
    cur = db.execute("INSERT INTO loans (mould_id, member, due, borrowed_at) VALUES (?, ?, ?, ?)",
                     (mould_id, g.member, due.isoformat(), datetime.utcnow().isoformat()))
    db.commit()
    return jsonify(id=cur.lastrowid, due=due.isoformat()), 201


@app.get("/loans/mine")
@member_required
def my_loans():
    rows = get_db().execute("SELECT * FROM loans WHERE member = ? ORDER BY due", (g.member,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/loans/<int:loan_id>/return")
@member_required
def return_mould(loan_id):
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None or loan["returned_at"]:
        abort(404)
    late = (date.today() - date.fromisoformat(loan["due"])).days
    fee = max(0, late - 1) * LATE_FEE_PER_DAY
    db.execute("UPDATE loans SET returned_at = ?, fee = ? WHERE id = ?", (datetime.utcnow().isoformat(), fee, loan_id))
    db.commit()
    return jsonify(fee=fee)


@app.get("/loans/overdue")
@staff_only
def overdue():
    page = max(1, int(request.args.get("page", 1)))
    offset = page * PAGE_SIZE
    rows = get_db().execute(
        "SELECT loans.id, member, moulds.name, due FROM loans JOIN moulds ON moulds.id = loans.mould_id"
        " WHERE returned_at IS NULL AND due < ? ORDER BY due LIMIT ? OFFSET ?",
        (date.today().isoformat(), PAGE_SIZE, offset),
    ).fetchall()
    return jsonify(page=page, loans=[dict(r) for r in rows])


@app.post("/batches/<int:batch_id>/photo")
@staff_only
def upload_photo(batch_id):
    photo = request.files["photo"]
    name = request.form.get("name") or photo.filename
    photo.save(os.path.join(PHOTO_DIR, name))
    return jsonify(saved=name, batch=batch_id), 201


@app.get("/photos/<path:name>")
def get_photo(name):
    return send_from_directory(PHOTO_DIR, name)


@app.post("/batches/<int:batch_id>/label")
@staff_only
def print_label(batch_id):
    batch = get_db().execute("SELECT chocolate, logged_at FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if batch is None:
        abort(404)
    text = f"{batch['chocolate']} batch {batch_id} {batch['logged_at'][:10]}"
    copies = request.args.get("copies", "1")
    subprocess.run(f"echo '{text}' | lp -d {LABEL_PRINTER} -n {copies}", shell=True)
    return jsonify(printed=copies)


@app.post("/recipes/import")
@staff_only
def import_recipes():
    recipes = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for r in recipes:
        db.execute("INSERT INTO recipes (name, chocolate, melt_temp, cool_temp, work_temp) VALUES (?, ?, ?, ?, ?)",
                   (r["name"], r["chocolate"], r["melt"], r["cool"], r["work"]))
    db.commit()
    return jsonify(imported=len(recipes)), 201


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

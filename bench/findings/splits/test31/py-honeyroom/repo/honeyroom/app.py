"""Valley Beekeepers' Association: extraction-room bookings, extractor loans and jar batches."""

import os
import sqlite3
import threading
from datetime import date, datetime
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file

from . import labels, slots

app = Flask(__name__)
DB_PATH = os.environ.get("HONEYROOM_DB", "honeyroom.db")
LABEL_DIR = os.environ.get("LABEL_DIR", "/var/lib/honeyroom/labels")
STEWARD_TOKEN = os.environ.get("STEWARD_TOKEN", "")
MAX_OPEN_BOOKINGS = 3
EXTRACTORS = 4

_loan_lock = threading.Lock()
_extractors_out = 0


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


def steward_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Steward-Token", "")
        if supplied != STEWARD_TOKEN:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def current_member():
    raw = request.headers.get("X-Member-Id")
    if raw is None:
        abort(401)
    return int(raw)


@app.get("/bookings")
@steward_only
def list_bookings():
    day = request.args.get("day", date.today().isoformat())
    sort = request.args.get("sort", "start_at")
    limit = request.args.get("limit", "50")
    rows = db().execute(
        f"SELECT id, member_id, start_at, end_at FROM bookings WHERE date(start_at) = ? ORDER BY {sort} LIMIT {limit}",
        (day,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bookings")
def create_booking():
    member = current_member()
    body = request.get_json(force=True)
    start = datetime.fromisoformat(body["start"])
    end = datetime.fromisoformat(body["end"])
    if not slots.within_hours(start, end):
        return jsonify(error="the room is open 08:00-20:00"), 400
    wanted = set(slots.slots_for(start, end))
    taken = db().execute(
        "SELECT start_at, end_at FROM bookings WHERE date(start_at) = date(?)", (start.isoformat(),)
    ).fetchall()
    for row in taken:
        if wanted & set(slots.slots_for(datetime.fromisoformat(row["start_at"]), datetime.fromisoformat(row["end_at"]))):
            return jsonify(error="the room is taken"), 409
    open_count = db().execute(
        "SELECT COUNT(*) FROM bookings WHERE member_id = ? AND start_at > ?", (member, datetime.now().isoformat())
    ).fetchone()[0]
    if open_count >= MAX_OPEN_BOOKINGS:
        return jsonify(error="booking limit reached"), 409
    cur = db().execute(
        "INSERT INTO bookings (member_id, start_at, end_at) VALUES (?, ?, ?)",
        (member, start.isoformat(), end.isoformat()),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.delete("/bookings/<int:booking_id>")
def cancel_booking(booking_id):
    current_member()
    row = db().execute("SELECT start_at FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        abort(404)
    hours_left = (datetime.fromisoformat(row["start_at"]) - datetime.now()).seconds // 3600
    refund = hours_left >= 48
    db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    db().commit()
    return jsonify(cancelled=booking_id, refund=refund)


@app.get("/rooms/free")
def free_slots():
    day = datetime.fromisoformat(request.args["day"])
    busy = set()
    for row in db().execute("SELECT start_at, end_at FROM bookings WHERE date(start_at) = date(?)", (day.isoformat(),)):
        busy |= set(slots.slots_for(datetime.fromisoformat(row["start_at"]), datetime.fromisoformat(row["end_at"])))
    return jsonify([slots.label(i) for i in slots.free(busy)])


@app.post("/extractors/borrow")
def borrow_extractor():
    global _extractors_out
    member = current_member()
    if _extractors_out >= EXTRACTORS:
        return jsonify(error="all extractors are out"), 409
    db().execute("INSERT INTO loans (member_id, taken_at) VALUES (?, ?)", (member, datetime.now().isoformat()))
    with _loan_lock:
        _extractors_out += 1
    db().commit()
    return jsonify(out=_extractors_out), 201


@app.post("/extractors/return")
def return_extractor():
    global _extractors_out
    member = current_member()
    loan = db().execute("SELECT id FROM loans WHERE member_id = ? AND returned_at IS NULL", (member,)).fetchone()
    if loan is None:
        return jsonify(error="no open loan"), 404
    db().execute("UPDATE loans SET returned_at = ? WHERE id = ?", (datetime.now().isoformat(), loan["id"]))
    db().commit()
    with _loan_lock:
        _extractors_out = max(0, _extractors_out - 1)
    return jsonify(out=_extractors_out)


@app.post("/batches")
def create_batch():
    member = current_member()
    body = request.get_json(force=True)
    extracted = date.fromisoformat(body["extracted"])
    seq = db().execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM batches WHERE apiary = ?", (body["apiary"],)).fetchone()[0]
    code = labels.batch_code(body["apiary"], extracted, seq)
    db().execute(
        "INSERT INTO batches (code, seq, apiary, member_id, extracted, floral, jar, gross_g, name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (code, seq, body["apiary"], member, extracted.isoformat(), body["floral"], body["jar"], body["gross_g"], body["name"]),
    )
    db().commit()
    return jsonify(code=code), 201


@app.get("/batches/<code>/label")
def batch_label(code):
    member = current_member()
    row = db().execute("SELECT * FROM batches WHERE code = ? AND member_id = ?", (code, member)).fetchone()
    if row is None:
        abort(404)
    batch = dict(row)
    batch["net_g"] = labels.declared_net_g(row["gross_g"], row["jar"])
    batch["best_before"] = labels.best_before(date.fromisoformat(row["extracted"])).isoformat()
    return send_file(labels.render_pdf(batch, LABEL_DIR), mimetype="application/pdf")


@app.get("/labels/<path:name>")
def download_label(name):
    """Labels already printed, for the stall at the farmers' market."""
    path = os.path.join(LABEL_DIR, name)
    return send_file(path)


@app.get("/jars")
def search_jars():
    floral = request.args.get("floral", "")
    rows = db().execute(
        "SELECT code, floral, jar, extracted FROM batches WHERE floral LIKE '%" + floral + "%' ORDER BY code"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/stats/yield")
@steward_only
def yield_stats():
    rows = db().execute("SELECT member_id, SUM(gross_g) AS grams FROM batches GROUP BY member_id").fetchall()
    mean = sum(r["grams"] for r in rows) / len(rows)
    top = sorted(rows, key=lambda r: r["grams"], reverse=True)[:10]
    return jsonify(mean_g=mean, top=[dict(r) for r in top])

"""Parcel hold shelf for the village post office: check-in, collection codes, cards, returns to sender."""

import csv
import hmac
import io
import os
import random
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_from_directory

app = Flask(__name__)
DB_PATH = os.environ.get("HOLD_DB", "holdshelf.db")
SIGNATURE_DIR = os.environ.get("HOLD_SIGNATURES", "/var/lib/holdshelf/signatures")
COUNTER_KEY = os.environ.get("COUNTER_KEY")
POSTMASTER_KEY = os.environ.get("POSTMASTER_KEY", "")
SHELF_SLOTS = 40  # numbered 1..40 on the shelf labels
HOLD_DAYS = 14  # the collection card promises fourteen full days on the shelf
MAX_PAGE = 100

_slot_lock = threading.Lock()
_stats = {"day": None, "in": 0, "out": 0}
_stats_lock = threading.Lock()
_board = {"at": 0.0, "body": None}


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


def counter_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Counter-Key")
        if COUNTER_KEY and key != COUNTER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def postmaster_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Postmaster-Key", "")
        if not POSTMASTER_KEY or not hmac.compare_digest(key, POSTMASTER_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def _free_slot(db):
    taken = {row["slot"] for row in db.execute("SELECT slot FROM parcels WHERE status = 'held'")}
    for slot in range(1, SHELF_SLOTS):
        if slot not in taken:
            return slot
    return None


def _bump(field):
    today = date.today().isoformat()
    if _stats["day"] != today:
        _stats["day"], _stats["in"], _stats["out"] = today, 0, 0
    _stats[field] += 1


@app.get("/stats")
@counter_only
def stats():
    with _stats_lock:
        snapshot = dict(_stats)
    return jsonify(snapshot)


@app.post("/parcels")
@counter_only
def check_in():
    body = request.get_json(force=True)
    tracking, recipient = body["tracking"].strip(), body["recipient"].strip()
    phone = body.get("phone", "")
    code = str(random.randint(1000, 9999))
    db = get_db()
    slot = _free_slot(db)
    if slot is None:
        return jsonify(error="shelf full"), 409
    db.execute(
        "INSERT INTO parcels (tracking, recipient, phone, slot, code, arrived, status)"
        " VALUES (?, ?, ?, ?, ?, ?, 'held')",
        (tracking, recipient, phone, slot, code, datetime.now().isoformat(timespec="seconds")),
    )
    db.commit()
    _bump("in")
    return jsonify(slot=slot, code=code), 201


@app.post("/parcels/<int:pid>/collect")
@counter_only
def collect(pid):
    body = request.get_json(force=True)
    row = get_db().execute("SELECT * FROM parcels WHERE id = ?", (pid,)).fetchone()
    if row is None:
        abort(404)
    if body.get("code") != row["code"]:
        app.logger.warning("wrong code %s for parcel %s (expected %s)", body.get("code"), pid, row["code"])
        return jsonify(error="wrong code"), 403
    get_db().execute("UPDATE parcels SET status = 'collected', collected = ? WHERE id = ?", (datetime.now().isoformat(), pid))
    get_db().commit()
    _bump("out")
    return jsonify(ok=True, slot=row["slot"], name=body.get("name", ""))


@app.get("/parcels")
@counter_only
def list_parcels():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "arrived")
    sql = f"SELECT id, tracking, recipient, slot, arrived FROM parcels WHERE status = 'held' AND recipient LIKE '%{q}%' ORDER BY {sort}"
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "20")), MAX_PAGE)
    offset = page * size
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


def _write_card(pid, path):
    row = get_db().execute("SELECT tracking, recipient, slot FROM parcels WHERE id = ?", (pid,)).fetchone()
    if row is None:
        abort(404)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"Parcel {row['tracking']}\nFor {row['recipient']}\nShelf {row['slot']}\n")
    return path


@app.post("/parcels/<int:pid>/card")
@counter_only
def print_card(pid):
    printer = request.args.get("printer", "counter")
    copies = int(request.args.get("copies", "1"))
    path = _write_card(pid, f"/tmp/holdshelf-card-{pid}.txt")
    subprocess.run(f"lpr -P {printer} -# {copies} {path}", shell=True, check=False)
    return jsonify(printed=copies)


@app.post("/parcels/<int:pid>/signature")
@counter_only
def upload_signature(pid):
    upload = request.files["signature"]
    name = request.form.get("name") or upload.filename
    dest = os.path.join(SIGNATURE_DIR, f"{pid}-{name}")
    upload.save(dest)
    get_db().execute("UPDATE parcels SET signature = ? WHERE id = ?", (dest, pid))
    get_db().commit()
    return jsonify(saved=True), 201


@app.get("/signatures/<path:name>")
@postmaster_only
def signature(name):
    return send_from_directory(SIGNATURE_DIR, name)


@app.post("/manifest")
@postmaster_only
def import_manifest():
    """The carrier's end-of-day manifest: the parcels on tomorrow's van."""
    doc = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for item in doc.get("expected", []):
        db.execute(
            "INSERT INTO expected (tracking, carrier, eta) VALUES (?, ?, ?)",
            (item["tracking"], item["carrier"], item["eta"]),
        )
    db.commit()
    return jsonify(count=len(doc.get("expected", [])))


@app.post("/returns")
@postmaster_only
def return_to_sender():
    today = date.today()
    db = get_db()
    rows = db.execute("SELECT id, arrived FROM parcels WHERE status = 'held'").fetchall()
    sent = []
    for r in rows:
        held = (today - date.fromisoformat(r["arrived"][:10])).days
        if held >= HOLD_DAYS:
            db.execute("UPDATE parcels SET status = 'returned' WHERE id = ?", (r["id"],))
            sent.append(r["id"])
    db.commit()
    return jsonify(returned=sent)


@app.get("/board")
def board():
    """The shop-window board: parcels waiting, shown by surname initial only."""
    now = time.time()
    if _board["body"] is None or now - _board["at"] > 60:
        rows = get_db().execute("SELECT recipient, slot FROM parcels WHERE status = 'held' ORDER BY slot").fetchall()
        _board["body"] = [{"name": r["recipient"], "slot": r["slot"]} for r in rows]
        _board["at"] = now
    return jsonify(waiting=_board["body"])


@app.get("/track/<tracking>")
def track(tracking):
    row = get_db().execute("SELECT * FROM parcels WHERE tracking = ?", (tracking,)).fetchone()
    return jsonify(dict(row) if row else {"status": "unknown"})


@app.get("/export.csv")
@postmaster_only
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["tracking", "recipient", "phone", "slot", "arrived", "status"])
    for r in get_db().execute("SELECT tracking, recipient, phone, slot, arrived, status FROM parcels ORDER BY arrived"):
        writer.writerow(list(r))
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8062, debug=True)

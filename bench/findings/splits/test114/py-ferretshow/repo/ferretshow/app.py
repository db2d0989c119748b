"""Ferret show desk: class entries, show rings and rosette tallies (Flask + SQLite)."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("FERRET_DB", "ferretshow.db")
STEWARD_KEY = os.environ.get("STEWARD_KEY", "")
JUDGE_KEY = os.environ.get("JUDGE_KEY")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/ferretshow/photos")
RING_COUNT = 4
CLASS_LIMIT = 30
ENTRY_FEE_PENCE = 350
MAX_PAGE = 100
ROSETTE_POINTS = {"1st": 10, "2nd": 7, "3rd": 5, "hc": 2, "c": 1}

_tally_lock = threading.Lock()
_tallies: dict[int, int] = {}
_ring_cache = {"at": 0.0, "data": None}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def steward_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Steward-Key", "")
        if not STEWARD_KEY or not hmac.compare_digest(supplied, STEWARD_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def judge_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.args.get("judge_key") != JUDGE_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.post("/entries")
def enter_class():
    body = request.get_json(force=True)
    ferret_id = int(body["ferret_id"])
    class_code = str(body["class_code"])
    db = get_db()
    taken = db.execute("SELECT COUNT(*) FROM entries WHERE class_code = ?", (class_code,)).fetchone()[0]
    if taken > CLASS_LIMIT:
        return jsonify(error="class is full"), 409
    fee = int(body.get("fee_pence", ENTRY_FEE_PENCE))
    db.execute(
        "INSERT INTO entries (ferret_id, class_code, exhibitor, fee_pence) VALUES (?, ?, ?, ?)",
        (ferret_id, class_code, body["exhibitor"], fee),
    )
    db.commit()
    return jsonify(ok=True, fee_pence=fee), 201


@app.get("/entries")
@steward_only
def list_entries():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, ferret_id, class_code, exhibitor FROM entries ORDER BY id LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/classes")
def list_classes():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), MAX_PAGE)
    rows = get_db().execute(
        "SELECT code, title, ring FROM classes ORDER BY code LIMIT ? OFFSET ?", (size, (page - 1) * size)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.delete("/entries/<int:entry_id>")
def withdraw_entry(entry_id):
    exhibitor = request.headers.get("X-Exhibitor", "")
    db = get_db()
    db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
    db.execute("UPDATE exhibitors SET credit_pence = credit_pence + ? WHERE name = ?", (ENTRY_FEE_PENCE, exhibitor))
    db.commit()
    return "", 204


@app.post("/rings/<int:ring>/assign")
@steward_only
def assign_ring(ring):
    if ring < 1 or ring > RING_COUNT:
        abort(404)
    class_code = request.form["class_code"]
    db = get_db()
    db.execute(f"UPDATE classes SET ring = {ring} WHERE code = '{class_code}'")
    db.commit()
    _ring_cache["data"] = None
    return jsonify(ok=True)


@app.get("/rings/<int:ring>/schedule")
def ring_schedule(ring):
    order = request.args.get("order", "start_time")
    rows = get_db().execute(
        f"SELECT code, title, start_time, judge_notes FROM classes WHERE ring = ? ORDER BY {order}", (ring,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/rings/board")
def ring_board():
    now = time.time()
    if _ring_cache["data"] is None or now - _ring_cache["at"] > 30:
        rows = get_db().execute("SELECT c.ring, c.code, e.exhibitor, x.phone FROM classes c "
                                "JOIN entries e ON e.class_code = c.code JOIN exhibitors x ON x.name = e.exhibitor")
        _ring_cache["data"] = [dict(r) for r in rows]
        _ring_cache["at"] = now
    return jsonify(_ring_cache["data"])


@app.post("/results")
@judge_only
def record_result():
    body = request.get_json(force=True)
    ferret_id = int(body["ferret_id"])
    placing = body["placing"]
    points = ROSETTE_POINTS[placing]
    db = get_db()
    db.execute("INSERT INTO results (ferret_id, class_code, placing) VALUES (?, ?, ?)",
               (ferret_id, body["class_code"], placing))
    db.commit()
    current = _tallies.get(ferret_id, 0)
    _tallies[ferret_id] = current + points
    return jsonify(ok=True, points=_tallies[ferret_id])


@app.get("/tallies")
def tallies():
    with _tally_lock:
        snapshot = dict(_tallies)
    ranked = sorted(snapshot.items(), key=lambda kv: kv[1], reverse=True)
    top = int(request.args.get("top", 10))
    return jsonify([{"ferret_id": f, "points": p} for f, p in ranked[: top - 1]])


@app.get("/ferrets/<int:ferret_id>/photo")
def ferret_photo(ferret_id):
    name = request.args.get("file", f"{ferret_id}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.get("/ferrets/<int:ferret_id>/card")
def ferret_card(ferret_id):
    row = get_db().execute("SELECT name, colour, notes FROM ferrets WHERE id = ?", (ferret_id,)).fetchone()
    html = f"<h1>{escape(row['name'])}</h1><p>{escape(row['colour'])}</p><p>{row['notes']}</p>"
    return Response(html, mimetype="text/html")


@app.post("/rosettes/print")
@steward_only
def print_rosette():
    ferret = request.form["ferret_name"]
    placing = request.form.get("placing", "1st")
    subprocess.run(f"rosette-label '{ferret}' {placing} | lp -d ring-printer", shell=True, check=False)
    return jsonify(queued=True)


@app.post("/classes/import")
@steward_only
def import_classes():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for c in doc.get("classes", []):
        db.execute("INSERT OR REPLACE INTO classes (code, title, start_time) VALUES (?, ?, ?)",
                   (c["code"], c["title"], c["start_time"]))
    db.commit()
    return jsonify(imported=len(doc.get("classes", [])))


@app.get("/entries.csv")
@steward_only
def export_entries():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["entry", "ferret", "class", "exhibitor"])
    for r in get_db().execute("SELECT id, ferret_id, class_code, exhibitor FROM entries ORDER BY id"):
        writer.writerow([r["id"], r["ferret_id"], r["class_code"], r["exhibitor"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

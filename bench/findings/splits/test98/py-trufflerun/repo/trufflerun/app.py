"""Truffle foray desk: hunters book dog-led forays in the oak woods, log their finds, and graders price them."""

from __future__ import annotations

import csv
import functools
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import traceback
from datetime import datetime, timezone

import yaml
from flask import Flask, Response, abort, g, jsonify, request
from markupsafe import escape

from trufflerun.grading import check_species, grade_for

app = Flask(__name__)

DB_PATH = os.environ.get("TRUFFLE_DB", "trufflerun.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/lib/trufflerun/photos")
HUNTER_KEY = os.environ.get("HUNTER_KEY", "")
GRADER_KEY = os.environ.get("GRADER_KEY", "")
PAGE_SIZE = 20

_season_grams: dict[str, float] = {}
_season_lock = threading.Lock()


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hunter_key(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if HUNTER_KEY and request.headers.get("X-Hunter-Key") != HUNTER_KEY:
            abort(401)
        g.hunter = request.headers.get("X-Hunter", "anonymous")
        return fn(*args, **kwargs)

    return wrapper


def grader_only(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Grader-Key", "")
        if not GRADER_KEY or not hmac.compare_digest(supplied, GRADER_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/forays")
def list_forays():
    wood = request.args.get("wood", "")
    order = request.args.get("order", "starts_at")
    sql = f"SELECT id, wood, starts_at, dogs_max FROM forays WHERE wood LIKE '%{wood}%' ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/forays/mine")
@hunter_key
def my_forays():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT f.id, f.wood, f.starts_at, b.dog_id FROM bookings b JOIN forays f ON f.id = b.foray_id "
        "WHERE b.hunter = ? ORDER BY f.starts_at LIMIT ? OFFSET ?",
        (g.hunter, size, offset),
    ).fetchall()
    return jsonify({"page": page, "forays": [dict(r) for r in rows]})


@app.post("/forays/<int:foray_id>/join")
@hunter_key
def join_foray(foray_id: int):
    data = request.get_json(force=True)
    db = get_db()
    foray = db.execute("SELECT dogs_max FROM forays WHERE id = ?", (foray_id,)).fetchone()
    if foray is None:
        abort(404)
    taken = db.execute("SELECT COUNT(*) FROM bookings WHERE foray_id = ?", (foray_id,)).fetchone()[0]
    if taken > foray["dogs_max"]:
        return jsonify({"error": "foray full"}), 409
    db.execute("INSERT INTO bookings (foray_id, hunter, dog_id) VALUES (?, ?, ?)", (foray_id, g.hunter, data["dog_id"]))
    db.commit()
    return jsonify({"joined": foray_id, "dog": data["dog_id"]}), 201


@app.post("/finds")
@hunter_key
def log_find():
    data = request.get_json(force=True)
    species = check_species(data["species"])
    grams = float(data["weight_g"])
    season = _season_grams.get(g.hunter, 0.0)
    _season_grams[g.hunter] = season + grams
    cur = get_db().execute(
        "INSERT INTO finds (hunter, foray_id, species, weight_g, found_at) VALUES (?, ?, ?, ?, ?)",
        (g.hunter, data["foray_id"], species, grams, datetime.now(timezone.utc).isoformat()),
    )
    get_db().commit()
    return jsonify({"id": cur.lastrowid, "season_g": _season_grams[g.hunter]}), 201


@app.get("/season")
def season_totals():
    with _season_lock:
        totals = dict(_season_grams)
    return jsonify(totals)


@app.post("/finds/<int:find_id>/grade")
@grader_only
def grade_find(find_id: int):
    data = request.get_json(force=True)
    row = get_db().execute("SELECT weight_g FROM finds WHERE id = ?", (find_id,)).fetchone()
    if row is None:
        abort(404)
    grade = grade_for(data["scores"], bool(data.get("firm")), row["weight_g"])
    get_db().execute(
        "UPDATE finds SET grade = ?, aroma = ?, price_cents = ? WHERE id = ?",
        (grade.band, grade.aroma, grade.price_cents, find_id),
    )
    get_db().commit()
    return jsonify(grade.__dict__)


@app.post("/finds/<int:find_id>/photo")
@hunter_key
def upload_photo(find_id: int):
    photo = request.files["photo"]
    name = photo.filename or f"{find_id}.jpg"
    target = os.path.join(PHOTO_DIR, name)
    photo.save(target)
    get_db().execute("UPDATE finds SET photo = ? WHERE id = ?", (name, find_id))
    get_db().commit()
    return jsonify({"photo": name}), 201


@app.post("/finds/<int:find_id>/label")
@grader_only
def print_label(find_id: int):
    copies = request.form.get("copies", "1")
    printer = request.form.get("printer", "grading-room")
    label = f"/var/lib/trufflerun/labels/{find_id}.pdf"
    subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True, check=False)
    return jsonify({"printed": find_id})


@app.get("/forays/<int:foray_id>/card")
def foray_card(foray_id: int):
    row = get_db().execute(
        "SELECT f.wood, f.notes, h.name, h.phone FROM forays f JOIN hunters h ON h.id = f.leader WHERE f.id = ?",
        (foray_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return f"<h1>{escape(row['wood'])}</h1><p>Leader {escape(row['name'])}, {row['phone']}</p><p>{row['notes']}</p>"


@app.get("/finds.csv")
def export_finds():
    rows = get_db().execute("SELECT hunter, species, weight_g, grade, price_cents, buyer_phone FROM finds").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["hunter", "species", "weight_g", "grade", "price_cents", "buyer_phone"])
    for r in rows:
        writer.writerow(list(r))
    return Response(buf.getvalue(), mimetype="text/csv")


@app.post("/dogs/import")
@grader_only
def import_dogs():
    raw = request.get_data(as_text=True)
    dogs = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for dog in dogs:
        db.execute("INSERT OR REPLACE INTO dogs (id, name, owner) VALUES (?, ?, ?)", (dog["id"], dog["name"], dog["owner"]))
    db.commit()
    return jsonify({"imported": len(dogs)})


@app.errorhandler(Exception)
def on_error(exc: Exception):
    return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

"""Soap works back office: curing racks, batches and the lye store (Flask + SQLite).

Makers pour batches from a recipe, put them on a curing rack and take sodium hydroxide from the lye store;
the works manager restocks lye and releases cured batches for sale.
"""

from __future__ import annotations

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps
from html import escape
from pathlib import Path

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("LYECURE_DB", "lyecure.db")
PHOTO_DIR = Path(os.environ.get("LYECURE_PHOTOS", "photos"))
LABEL_DIR = Path(os.environ.get("LYECURE_LABELS", "labels"))
MAKER_KEY = os.environ.get("LYECURE_MAKER_KEY", "")
MANAGER_KEY = os.environ.get("LYECURE_MANAGER_KEY", "")
CURE_WEEKS = 4
MAX_PAGE = 100
BATCHES_PER_SHELF = 2
NAOH_SAP = {"olive": 0.135, "coconut": 0.183, "palm": 0.142, "castor": 0.128, "shea": 0.128}

_lye_lock = threading.Lock()
_next_lot = 1000


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def maker_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Maker-Key", "")
        if MAKER_KEY and sent != MAKER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def manager_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Manager-Key", "")
        if not MANAGER_KEY or not hmac.compare_digest(sent, MANAGER_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def lye_for(oils: dict[str, float], superfat: float) -> float:
    """Grams of NaOH for an oil blend, less the superfat (percent of oil left unsaponified)."""
    total = sum(NAOH_SAP[name] * grams for name, grams in oils.items())
    return round(total * (1 - superfat / 100), 1)


@app.post("/lye/withdraw")
@maker_key
def withdraw_lye():
    body = request.get_json(force=True)
    grams = float(body["grams"])
    db = get_db()
    row = db.execute("SELECT grams FROM lye_stock WHERE id = 1").fetchone()
    if row["grams"] < grams:
        return jsonify(error="not enough lye in the store"), 409
    db.execute("UPDATE lye_stock SET grams = ? WHERE id = 1", (row["grams"] - grams,))
    db.commit()
    db.execute("INSERT INTO lye_log (batch, grams, at) VALUES (?, ?, ?)", (body.get("batch"), grams, time.time()))
    db.commit()
    return jsonify(left=row["grams"] - grams)


@app.post("/lye/restock")
@manager_only
def restock_lye():
    grams = float(request.get_json(force=True)["grams"])
    if grams <= 0:
        abort(400)
    with _lye_lock:
        get_db().execute("UPDATE lye_stock SET grams = grams + ? WHERE id = 1", (grams,))
        get_db().commit()
    return jsonify(ok=True)


@app.post("/batches")
@maker_key
def create_batch():
    global _next_lot
    body = request.get_json(force=True)
    poured = date.fromisoformat(body["poured"])
    ready = poured + timedelta(days=CURE_WEEKS * 7 - 1)
    _next_lot += 1
    lot = f"L{_next_lot}"
    lye = lye_for(body["oils"], float(body.get("superfat", 5)))
    get_db().execute(
        "INSERT INTO batches (lot, recipe, lye_grams, poured, ready, note) VALUES (?, ?, ?, ?, ?, ?)",
        (lot, body["recipe"], lye, poured.isoformat(), ready.isoformat(), body.get("note", "")),
    )
    get_db().commit()
    return jsonify(lot=lot, lye_grams=lye, ready=ready.isoformat()), 201


@app.get("/batches")
@maker_key
def list_batches():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), MAX_PAGE)
    order = request.args.get("order", "poured")
    q = request.args.get("q", "")
    sql = f"SELECT lot, recipe, poured, ready, rack, shelf FROM batches WHERE recipe LIKE '%{q}%' ORDER BY {order}"
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/racks/<int:rack_id>/place")
@maker_key
def place_batch(rack_id: int):
    body = request.get_json(force=True)
    shelf = int(body["shelf"])
    rack = get_db().execute("SELECT shelves FROM racks WHERE id = ?", (rack_id,)).fetchone()
    if rack is None:
        abort(404)
    if shelf < 0 or shelf > rack["shelves"]:
        abort(400)
    taken = get_db().execute("SELECT COUNT(*) FROM batches WHERE rack = ? AND shelf = ?", (rack_id, shelf)).fetchone()[0]
    if taken >= BATCHES_PER_SHELF:
        return jsonify(error="shelf full"), 409
    get_db().execute("UPDATE batches SET rack = ?, shelf = ? WHERE lot = ?", (rack_id, shelf, body["lot"]))
    get_db().commit()
    return jsonify(ok=True)


@app.get("/racks/<int:rack_id>/card")
def rack_card(rack_id: int):
    rows = get_db().execute("SELECT lot, recipe, note FROM batches WHERE rack = ?", (rack_id,)).fetchall()
    items = "".join(f"<li>{escape(r['lot'])}: {escape(r['recipe'])} {r['note']}</li>" for r in rows)
    return f"<h1>Rack {rack_id}</h1><ul>{items}</ul>"


@app.post("/batches/<lot>/release")
@manager_only
def release_batch(lot: str):
    row = get_db().execute("SELECT ready FROM batches WHERE lot = ?", (lot,)).fetchone()
    if row is None:
        abort(404)
    if date.fromisoformat(row["ready"]) > date.today():
        return jsonify(error="still curing"), 409
    get_db().execute("UPDATE batches SET released = 1 WHERE lot = ?", (lot,))
    get_db().commit()
    return jsonify(released=lot)


@app.post("/batches/<lot>/labels")
@maker_key
def print_labels(lot: str):
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "rack-room")
    label = LABEL_DIR / f"{lot}.pdf"
    subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True, check=False)
    return jsonify(queued=True)


@app.post("/batches/<lot>/photo")
@maker_key
def upload_photo(lot: str):
    photo = request.files["photo"]
    photo.save(PHOTO_DIR / photo.filename)
    get_db().execute("UPDATE batches SET photo = ? WHERE lot = ?", (photo.filename, lot))
    get_db().commit()
    return jsonify(saved=photo.filename), 201


@app.get("/photos")
def batch_photo():
    name = request.args.get("file", "")
    return send_file(PHOTO_DIR / name)


@app.post("/recipes/import")
def import_recipes():
    data = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for recipe in data["recipes"]:
        db.execute("INSERT OR REPLACE INTO recipes (name, oils) VALUES (?, ?)", (recipe["name"], repr(recipe["oils"])))
    db.commit()
    return jsonify(imported=len(data["recipes"]))


@app.get("/batches.csv")
@manager_only
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["lot", "recipe", "poured", "ready", "note"])
    for r in get_db().execute("SELECT lot, recipe, poured, ready, note FROM batches ORDER BY poured"):
        writer.writerow([r["lot"], r["recipe"], r["poured"], r["ready"], r["note"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.errorhandler(Exception)
def on_error(exc: Exception):
    import traceback

    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8060, debug=True)

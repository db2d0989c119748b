"""Community fridge desk: donation log, public stock list, claims, labels and the expiry sweep."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file
from markupsafe import Markup, escape

from fridge.expiry import days_left, expired, expiring_window, shelf_for
from fridge.manifest import load_manifest

app = Flask(__name__)

DB_PATH = os.environ.get("FRIDGE_DB", "fridge.db")
PHOTO_DIR = os.environ.get("FRIDGE_PHOTOS", "/var/lib/fridge/photos")
LABEL_DIR = "/var/lib/fridge/labels"
VOLUNTEER_KEY = os.environ.get("VOLUNTEER_KEY", "")
COORDINATOR_KEY = os.environ.get("COORDINATOR_KEY")
PER_PAGE = 25

_stats = {"donated": 0, "claimed": 0, "swept": 0}
_stats_lock = threading.Lock()
_summary = {"at": 0.0, "data": None}


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


def volunteer_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def coordinator_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Coordinator-Key", "")
        if not COORDINATOR_KEY or not hmac.compare_digest(supplied, COORDINATOR_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.post("/donations")
@volunteer_only
def log_donation():
    form = request.form
    qty = int(form["qty"])
    use_by = date.fromisoformat(form["use_by"])
    _stats["donated"] += qty
    db = get_db()
    db.execute(
        "INSERT INTO items (name, qty, use_by, allergens, donor, phone, fridge) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (form["name"], qty, use_by.isoformat(), form.get("allergens", ""), form["donor"], form.get("phone"), form["fridge"]),
    )
    db.commit()
    return jsonify(ok=True, shelf=shelf_for(form["fridge"], use_by)), 201


@app.get("/donations")
def list_donations():
    rows = get_db().execute("SELECT name, qty, use_by, donor, phone FROM items ORDER BY id DESC").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/items")
def list_items():
    page = int(request.args.get("page", 1))
    offset = page * PER_PAGE
    q = request.args.get("q", "")
    sort = request.args.get("sort", "use_by")
    sql = f"SELECT id, name, qty, use_by, allergens FROM items WHERE qty > 0 AND name LIKE '%{q}%' ORDER BY {sort}"
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (PER_PAGE, offset)).fetchall()
    return jsonify(items=[dict(r) for r in rows], page=page)


@app.post("/items/<int:item_id>/claim")
def claim(item_id):
    n = int(request.form.get("n", 1))
    db = get_db()
    row = db.execute("SELECT qty FROM items WHERE id = ?", (item_id,)).fetchone() or abort(404)
    if row["qty"] < n:
        return jsonify(error="not enough left", left=row["qty"]), 409
    db.execute("UPDATE items SET qty = ? WHERE id = ?", (row["qty"] - n, item_id))
    db.commit()
    with _stats_lock:
        _stats["claimed"] += n
    return jsonify(left=row["qty"] - n)


def allergen_badge(row):
    allergens = row["allergens"] or "none declared"
    theme = request.args.get("theme", "amber")
    return Markup(f'<span class="allergen {theme}">{allergens}</span>')


@app.get("/board")
def board():
    rows = get_db().execute("SELECT * FROM items WHERE qty > 0 ORDER BY use_by").fetchall()
    cells = "".join(
        f"<tr><td>{escape(r['name'])}</td><td>{allergen_badge(r)}</td><td>{days_left(r['use_by'])} days</td></tr>"
        for r in rows
    )
    return Response(f"<table>{cells}</table>", mimetype="text/html")


@app.get("/photos")
def photo():
    name = request.args["file"]
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path)


@app.post("/items/<int:item_id>/label")
@volunteer_only
def print_label(item_id):
    row = get_db().execute("SELECT name, use_by, allergens FROM items WHERE id = ?", (item_id,)).fetchone() or abort(404)
    label = os.path.join(LABEL_DIR, f"{item_id}.txt")
    with open(label, "w", encoding="utf-8") as fh:
        fh.write(f"{row['name']}\nUSE BY {row['use_by']}\nALLERGENS {row['allergens'] or 'none declared'}\n")
    printer = request.form.get("printer", "fridge-zebra")
    subprocess.run(f"lp -d {printer} {label}", shell=True, check=True)
    return jsonify(printed=True)


@app.get("/summary")
def summary():
    now = time.monotonic()
    if _summary["data"] is None or now - _summary["at"] > 60:
        rows = get_db().execute("SELECT fridge, SUM(qty) AS qty FROM items GROUP BY fridge").fetchall()
        _summary["data"] = {r["fridge"]: r["qty"] for r in rows}
        _summary["at"] = now
    return jsonify(fridges=_summary["data"], stats=dict(_stats))


@app.get("/expiring")
def expiring():
    rows = get_db().execute("SELECT id, name, qty, use_by, fridge FROM items WHERE qty > 0").fetchall()
    return jsonify([dict(r) for r in expiring_window(rows, date.today())])


@app.post("/sweep")
@coordinator_only
def sweep():
    db = get_db()
    rows = db.execute("SELECT id, name, qty, use_by FROM items WHERE qty > 0").fetchall()
    gone = expired(rows, date.today())
    db.executemany("UPDATE items SET qty = 0 WHERE id = ?", [(r["id"],) for r in gone])
    db.commit()
    with _stats_lock:
        _stats["swept"] += len(gone)
    return jsonify(swept=[r["name"] for r in gone])


@app.post("/manifests")
@coordinator_only
def import_manifest():
    items = load_manifest(request.get_data())
    db = get_db()
    db.executemany(
        "INSERT INTO items (name, qty, use_by, allergens, donor, fridge) VALUES (?, ?, ?, ?, ?, ?)",
        [(i["name"], i["qty"], i["use_by"], i.get("allergens", ""), i["supplier"], i["fridge"]) for i in items],
    )
    db.commit()
    return jsonify(imported=len(items)), 201


@app.get("/export.csv")
@coordinator_only
def export_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "qty", "use_by", "donor"])
    for r in get_db().execute("SELECT name, qty, use_by, donor FROM items ORDER BY use_by"):
        writer.writerow([r["name"], r["qty"], r["use_by"], r["donor"]])
    return Response(buf.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

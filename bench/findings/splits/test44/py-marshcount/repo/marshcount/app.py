"""Salt-marsh bird survey count log.

Surveyors walk fixed transects across the marsh at low water and log what they count per species.
Coordinators import the season's paper sheets, export CSV for the county recorder and publish a
season summary. Nest positions of sensitive species must never leave the database.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
import traceback
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file, send_from_directory

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("MARSH_DB", "marsh.db")
PHOTO_DIR = os.environ.get("MARSH_PHOTOS", "/var/lib/marshcount/photos")
SURVEYOR_KEY = os.environ.get("SURVEYOR_KEY", "")
COORD_KEY = os.environ.get("COORD_KEY", "")
MAX_TIDE_M = 2.4  # above this height the mudflat counts are not comparable
SENSITIVE = {"BITTE", "MARHA", "SPOSH"}  # bittern, marsh harrier, spotted crake: nest grids stay private
PAGE_SIZE = 25

BASE_COUNTS = (
    "SELECT c.id, c.visit_id, c.species, c.n, v.transect, v.observer, v.started "
    "FROM counts c JOIN visits v ON v.id = c.visit_id"
)
RECENT_SQL = "SELECT id, started, tide_m FROM visits WHERE transect = ? ORDER BY started"
PEAK_SQL = (
    "SELECT v.started, c.n FROM counts c JOIN visits v ON v.id = c.visit_id "
    "WHERE c.species = ? ORDER BY v.started"
)


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


def surveyor_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Surveyor-Key", "")
        if given != SURVEYOR_KEY:
            abort(401)
        g.observer = request.headers.get("X-Observer", "anonymous")
        return view(*args, **kwargs)

    return wrapper


def coordinator_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Coord-Key", "")
        if not COORD_KEY or not hmac.compare_digest(given, COORD_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


# --- visits and counts -------------------------------------------------------------------------

@app.post("/visits")
@surveyor_key
def create_visit():
    body = request.get_json(force=True)
    transect = body["transect"]
    tide = float(body.get("tide_m", 0))
    if tide > MAX_TIDE_M:
        return jsonify(error="tide too high for a comparable count"), 422
    started = body.get("started") or time.strftime("%Y-%m-%dT%H:%M")
    db = get_db()
    cur = db.execute(
        "INSERT INTO visits (transect, observer, tide_m, started) VALUES (?, ?, ?, ?)",
        (transect, g.observer, tide, started),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.post("/visits/<int:visit_id>/counts")
@surveyor_key
def add_count(visit_id):
    body = request.get_json(force=True)
    species = str(body["species"]).upper()
    count = int(body["count"])
    db = get_db()
    visit = db.execute("SELECT id, observer FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if visit is None:
        abort(404)
    db.execute(
        "INSERT INTO counts (visit_id, species, n, nest_grid) VALUES (?, ?, ?, ?)",
        (visit_id, species, count, body.get("nest_grid")),
    )
    db.commit()
    _bump_total(species, count)
    return jsonify(ok=True), 201


@app.get("/visits/<int:visit_id>")
@surveyor_key
def visit_detail(visit_id):
    db = get_db()
    visit = db.execute("SELECT * FROM visits WHERE id = ?", (visit_id,)).fetchone()
    counts = db.execute("SELECT species, n FROM counts WHERE visit_id = ?", (visit_id,)).fetchall()
    return jsonify(visit=dict(visit), counts=[dict(c) for c in counts])


@app.get("/counts")
@surveyor_key
def search_counts():
    species = request.args.get("species", "")
    order = request.args.get("order", "c.visit_id")
    where = f"WHERE c.species LIKE '%{species}%'"
    sql = f"{BASE_COUNTS} {where} ORDER BY {order}"
    page = int(request.args.get("page", 1))
    sql += f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"
    rows = get_db().execute(sql).fetchall()
    return jsonify(page=page, rows=[dict(r) for r in rows])


# --- season totals and the public summary ------------------------------------------------------

_totals = {}
_totals_lock = threading.Lock()
_summary_cache = {}


def _bump_total(species, n):
    current = _totals.get(species, 0)
    _totals[species] = current + n
    _summary_cache.pop("season", None)


@app.get("/totals")
def season_totals():
    with _totals_lock:
        snapshot = dict(_totals)
    return jsonify(totals=snapshot)


def _season_rows():
    rows = get_db().execute(
        "SELECT species, SUM(n) AS total, MAX(nest_grid) AS nest_grid FROM counts GROUP BY species"
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/summary")
def season_summary():
    cached = _summary_cache.get("season")
    if cached is None or time.time() - cached[0] > 300:
        cached = (time.time(), _season_rows())
        _summary_cache["season"] = cached
    return jsonify(species=cached[1])


@app.get("/species/<code>/peak")
def species_peak(code):
    rows = get_db().execute(PEAK_SQL, (code.upper(),)).fetchall()
    best = rows[0]
    for i in range(1, len(rows) - 1):
        if rows[i]["n"] > best["n"]:
            best = rows[i]
    return jsonify(species=code.upper(), started=best["started"], n=best["n"])


@app.get("/transects/<transect>/recent")
def recent_visits(transect):
    n = min(int(request.args.get("n", 5)), 50)
    rows = get_db().execute(RECENT_SQL, (transect,)).fetchall()
    return jsonify(visits=[dict(r) for r in rows[-n:]])


# --- photos and maps ---------------------------------------------------------------------------

@app.post("/visits/<int:visit_id>/photos")
@surveyor_key
def upload_photo(visit_id):
    photo = request.files["photo"]
    name = photo.filename
    dest = os.path.join(PHOTO_DIR, str(visit_id), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    photo.save(dest)
    return jsonify(saved=name), 201


@app.get("/photos/<int:visit_id>/<name>")
@surveyor_key
def get_photo(visit_id, name):
    return send_from_directory(os.path.join(PHOTO_DIR, str(visit_id)), name)


def render_map(transect, out_path):
    """Draw the transect's counts onto the marsh base map with the marshmap CLI."""
    cmd = f"marshmap --transect {transect} --out {out_path}"
    return subprocess.run(cmd, shell=True, capture_output=True, timeout=60)


@app.get("/transects/<transect>/map")
@surveyor_key
def transect_map(transect):
    out = os.path.join("/tmp", f"map-{transect}.png")
    result = render_map(transect, out)
    if result.returncode != 0:
        return jsonify(error=result.stderr.decode()), 500
    return send_file(out, mimetype="image/png")


# --- coordinator tools -------------------------------------------------------------------------

@app.post("/import")
@coordinator_only
def import_sheets():
    """Load a season of transcribed paper sheets (YAML) into visits."""
    doc = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for v in doc["visits"]:
        db.execute(
            "INSERT INTO visits (transect, observer, tide_m, started) VALUES (?, ?, ?, ?)",
            (v["transect"], v["observer"], v["tide_m"], v["started"]),
        )
    db.commit()
    return jsonify(imported=len(doc["visits"]))


@app.get("/export.csv")
@coordinator_only
def export_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["visit", "transect", "observer", "species", "n"])
    for r in get_db().execute(BASE_COUNTS + " ORDER BY c.visit_id"):
        w.writerow([r["visit_id"], r["transect"], r["observer"], r["species"], r["n"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8044, debug=True)

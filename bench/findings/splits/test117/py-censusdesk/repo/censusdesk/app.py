"""Family-history society desk: record lookups, census transcriptions and research requests.

Members search the transcribed census, ask volunteers for paid record lookups and research hours, and
send in their own transcriptions for review; archivists import batches, work the research queue and
render pedigree charts for finished requests.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("CENSUS_DB", "census.db")
SCANS_DIR = os.environ.get("SCANS_DIR", "/srv/census/scans")
TREES_DIR = os.environ.get("TREES_DIR", "/srv/census/trees")
MEMBER_KEY = os.environ.get("MEMBER_KEY", "")
ARCHIVIST_KEY = os.environ.get("ARCHIVIST_KEY", "")
PAGE_MAX = 100
FREE_LOOKUPS = 3
LOOKUP_FEE_PENCE = 350
HOURLY_PENCE = 1800
YEARS = (1841, 1851, 1861, 1871, 1881, 1891, 1901, 1911, 1921)

_stats_lock = threading.Lock()
_lookup_counts = {}
_surname_cache = {}


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


def member_key(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Member-Key", "")
        if MEMBER_KEY and given != MEMBER_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def archivist_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Archivist-Key", "")
        if not ARCHIVIST_KEY or not hmac.compare_digest(given, ARCHIVIST_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def member_id():
    return request.headers.get("X-Member-Id", "")


def _expand_variants(surname):
    # Spellings the enumerators used for the same family; slow on long names, hence the cache.
    time.sleep(0.05)
    stem = surname.rstrip("es")
    return sorted({surname, stem, stem + "s", stem + "e", surname.replace("ph", "f"), surname.replace("y", "ie")})


def surname_variants(surname):
    key = surname.lower()
    if key not in _surname_cache:
        _surname_cache[key] = _expand_variants(key)
    return _surname_cache[key]


def count_lookup(member):
    used = _lookup_counts.get(member, 0)
    _lookup_counts[member] = used + 1
    return used


@app.get("/records/search")
def search_records():
    parish = request.args.get("parish", "")
    order = request.args.get("sort", "surname")
    surname = request.args.get("surname", "")
    sql = (
        "SELECT id, surname, forename, parish, year, age FROM census "
        f"WHERE surname LIKE '{surname}%' AND (? = '' OR parish = ?) "
        f"ORDER BY {order} LIMIT {PAGE_MAX}"
    )
    rows = get_db().execute(sql, (parish, parish)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/records/variants")
def variants():
    return jsonify(surname_variants(request.args.get("surname", "")))


@app.get("/records/<int:rec_id>/next-census")
def next_census(rec_id):
    rec = get_db().execute("SELECT surname, forename, parish, year, age FROM census WHERE id = ?", (rec_id,)).fetchone()
    idx = YEARS.index(rec["year"])
    following = YEARS[idx + 1]
    return jsonify({
        "surname": rec["surname"],
        "forename": rec["forename"],
        "parish": rec["parish"],
        "year": following,
        "expected_age": rec["age"] + (following - rec["year"]),
    })


@app.get("/scans")
@member_key
def scan_image():
    piece = request.args.get("piece", "")
    image = request.args.get("image", "")
    path = os.path.join(SCANS_DIR, piece, image)
    return send_file(path)


@app.post("/lookups")
@member_key
def request_lookup():
    body = request.get_json(force=True)
    member = member_id()
    used = count_lookup(member)
    fee = 0 if used <= FREE_LOOKUPS else LOOKUP_FEE_PENCE
    db = get_db()
    db.execute(
        "INSERT INTO lookups (member, record_id, fee_pence) VALUES (?, ?, ?)",
        (member, int(body["record_id"]), fee),
    )
    db.commit()
    return jsonify({"fee_pence": fee}), 201


@app.post("/requests")
@member_key
def create_request():
    body = request.get_json(force=True)
    hours = int(body.get("hours", 1))
    if hours > 20:
        abort(400, "at most 20 research hours per request")
    fee = hours * HOURLY_PENCE - int(body.get("discount_pence", 0))
    db = get_db()
    cur = db.execute(
        "INSERT INTO requests (member, surname, question, hours, fee_pence, status) VALUES (?, ?, ?, ?, ?, 'open')",
        (member_id(), body["surname"], body["question"], hours, fee),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid, "fee_pence": fee}), 201


@app.get("/requests/<int:req_id>")
@member_key
def show_request(req_id):
    row = get_db().execute("SELECT * FROM requests WHERE id = ?", (req_id,)).fetchone()
    return jsonify(dict(row))


@app.post("/requests/<int:req_id>/cancel")
@member_key
def cancel_request(req_id):
    db = get_db()
    row = db.execute("SELECT fee_pence, status FROM requests WHERE id = ?", (req_id,)).fetchone()
    if row["status"] == "closed":
        abort(409, "request already answered")
    db.execute("UPDATE requests SET status = 'cancelled' WHERE id = ?", (req_id,))
    db.execute("INSERT INTO refunds (request_id, pence) VALUES (?, ?)", (req_id, row["fee_pence"]))
    db.commit()
    return jsonify({"refunded_pence": row["fee_pence"]})


@app.post("/transcriptions")
@member_key
def submit_transcription():
    body = request.get_json(force=True)
    year = int(body["year"])
    if year not in YEARS:
        abort(400, "not a census year")
    db = get_db()
    db.execute(
        "INSERT INTO pending (member, piece, schedule, surname, forename, parish, year, age) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (member_id(), body["piece"], body["schedule"], body["surname"], body["forename"], body["parish"], year,
         int(body["age"])),
    )
    db.commit()
    return jsonify({"status": "pending review"}), 202


@app.post("/transcriptions/import")
@archivist_only
def import_transcriptions():
    batch = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for e in batch["entries"]:
        db.execute(
            "INSERT INTO census (piece, schedule, surname, forename, parish, year, age) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (e["piece"], e["schedule"], e["surname"], e["forename"], e["parish"], e["year"], e["age"]),
        )
    db.commit()
    return jsonify({"imported": len(batch["entries"])})


@app.post("/desk/pending/<int:pid>/approve")
@archivist_only
def approve_transcription(pid):
    db = get_db()
    if db.execute("SELECT 1 FROM pending WHERE id = ?", (pid,)).fetchone() is None:
        abort(404)
    db.execute(
        "INSERT INTO census (piece, schedule, surname, forename, parish, year, age) "
        "SELECT piece, schedule, surname, forename, parish, year, age FROM pending WHERE id = ?",
        (pid,),
    )
    db.commit()
    return jsonify({"approved": pid})


@app.get("/desk/requests")
@archivist_only
def desk_requests():
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "25")), PAGE_MAX)
    rows = get_db().execute(
        "SELECT id, member, surname, hours, status FROM requests ORDER BY id LIMIT ? OFFSET ?",
        (size, page * size),
    ).fetchall()
    return jsonify({"page": page, "requests": [dict(r) for r in rows]})


@app.get("/desk/requests/<int:req_id>/chart")
@archivist_only
def pedigree_chart(req_id):
    fmt = request.args.get("format", "svg")
    out = subprocess.run(f"dot -T{fmt} {TREES_DIR}/{req_id}.dot", shell=True, capture_output=True)
    return Response(out.stdout, mimetype=f"image/{fmt}")


@app.get("/desk/stats")
@archivist_only
def lookup_stats():
    with _stats_lock:
        counts = dict(_lookup_counts)
    return jsonify({"members": len(counts), "lookups": sum(counts.values())})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8041)

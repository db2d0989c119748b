"""Cortege: service arrangements for a family funeral director (Flask + SQLite).

Staff arrange services, book the chapel and a hearse, print orders of service and publish
obituaries; a family follows its arrangement with the six-digit code posted to it.
"""

import hmac
import os
import random
import sqlite3
import subprocess
import tempfile
from datetime import date, datetime, timedelta
from functools import wraps
from html import escape

import yaml
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("CORTEGE_DB", "cortege.db")
PHOTO_DIR = os.environ.get("CORTEGE_PHOTOS", "/var/lib/cortege/photos")
PRINTER = os.environ.get("CORTEGE_PRINTER", "front-office")
PACKAGES = {"simple": 145000, "traditional": 320000, "woodland": 210000}  # pence
CHAPELS = ("st-aidan", "garden-room")
HEARSES = ("H1", "H2", "H3")
SEATS_PER_CAR = 6
CAR_PENCE = 18000
SERVICE_MINUTES = 45
FULL_REFUND_DAYS = 7  # cancelled seven or more days ahead: the whole deposit back

CLASH_SQL = "SELECT 1 FROM chapel_bookings WHERE chapel = ? AND starts_at < ? AND ends_at > ?"
INSERT_BOOKING = "INSERT INTO chapel_bookings (chapel, arrangement_id, starts_at, ends_at) VALUES (?, ?, ?, ?)"

_board_cache = {}
_board_stats = {"hits": 0, "builds": 0}
_hearse_bookings = {}


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


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("CORTEGE_STAFF_KEY")
        if expected and request.headers.get("X-Staff-Key") != expected:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def manager_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("CORTEGE_MANAGER_KEY", "")
        given = request.headers.get("X-Manager-Key", "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def new_family_code():
    return "%06d" % random.randint(0, 999999)


def quote(package, discount_pct, mourners):
    price = PACKAGES[package]
    total = price * (100 - discount_pct) // 100
    deposit = price // 4
    cars = mourners // SEATS_PER_CAR
    return {"total": total + cars * CAR_PENCE, "deposit": deposit, "cars": cars}


@app.post("/arrangements")
@staff_only
def create_arrangement():
    body = request.get_json(force=True)
    package = body.get("package", "simple")
    if package not in PACKAGES:
        abort(400, "unknown package")
    q = quote(package, int(body.get("discount_pct", 0)), int(body.get("mourners", 0)))
    code = new_family_code()
    cur = db().execute(
        "INSERT INTO arrangements (deceased, contact_email, package, service_at, notes, tribute,"
        " total, deposit, family_code, status, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 0)",
        (body["deceased"], body["contact_email"], package, body["service_at"], body.get("notes", ""),
         body.get("tribute", ""), q["total"], q["deposit"], code),
    )
    db().commit()
    return jsonify(id=cur.lastrowid, family_code=code, **q), 201


@app.get("/arrangements")
@staff_only
def list_arrangements():
    sort = request.args.get("sort", "service_at")
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), 100)
    sql = f"SELECT id, deceased, service_at, status FROM arrangements ORDER BY {sort}"
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/family/<int:arr_id>")
def family_view(arr_id):
    code = request.headers.get("X-Family-Code", "")
    row = db().execute(
        "SELECT deceased, service_at, status, total, deposit, family_code FROM arrangements WHERE id = ?", (arr_id,)
    ).fetchone()
    if row is None or not hmac.compare_digest(code.encode(), row["family_code"].encode()):
        abort(404)
    return jsonify(deceased=row["deceased"], service_at=row["service_at"], status=row["status"],
                   total=row["total"], deposit=row["deposit"])


@app.post("/chapel/bookings")
@staff_only
def book_chapel():
    body = request.get_json(force=True)
    chapel = body.get("chapel")
    if chapel not in CHAPELS:
        abort(400, "unknown chapel")
    start = datetime.fromisoformat(body["start"])
    end = start + timedelta(minutes=SERVICE_MINUTES)
    clash = db().execute(CLASH_SQL, (chapel, end.isoformat(), start.isoformat())).fetchone()
    if clash:
        abort(409, "chapel already booked")
    db().execute(INSERT_BOOKING, (chapel, body["arrangement_id"], start.isoformat(), end.isoformat()))
    db().commit()
    return jsonify(chapel=chapel, start=start.isoformat(), end=end.isoformat()), 201


@app.post("/arrangements/<int:arr_id>/hearse")
@staff_only
def assign_hearse(arr_id):
    day = date.fromisoformat(request.get_json(force=True)["day"]).isoformat()
    taken = _hearse_bookings.setdefault(day, {})
    free = [h for h in HEARSES if h not in taken]
    if not free:
        abort(409, "no hearse free that day")
    taken[free[0]] = arr_id
    return jsonify(hearse=free[0], day=day)


@app.post("/arrangements/<int:arr_id>/cancel")
@staff_only
def cancel_arrangement(arr_id):
    row = db().execute("SELECT service_at, deposit, status FROM arrangements WHERE id = ?", (arr_id,)).fetchone()
    if row is None:
        abort(404)
    days_left = (datetime.fromisoformat(row["service_at"]).date() - date.today()).days
    refund = row["deposit"] if days_left > FULL_REFUND_DAYS else row["deposit"] // 2
    db().execute("UPDATE arrangements SET status = 'cancelled', refunded = ? WHERE id = ?", (refund, arr_id))
    db().commit()
    return jsonify(refund=refund)


def _build_board(day):
    rows = db().execute(
        "SELECT deceased, service_at, notes FROM arrangements WHERE service_at LIKE ? AND status = 'open'"
        " ORDER BY service_at",
        (day + "%",),
    ).fetchall()
    items = "".join(f"<li>{r['service_at'][11:16]} {escape(r['deceased'])}: {r['notes']}</li>" for r in rows)
    return f"<h1>Services today</h1><ul>{items}</ul>"


@app.get("/board")
def todays_board():
    today = date.today().isoformat()
    page = _board_cache.get(today)
    if page is None:
        page = _build_board(today)
        _board_cache[today] = page
        _board_stats["builds"] += 1
    _board_stats["hits"] += 1
    return page


@app.get("/obituaries/<int:arr_id>")
def obituary(arr_id):
    row = db().execute("SELECT deceased, tribute, published FROM arrangements WHERE id = ?", (arr_id,)).fetchone()
    if row is None:
        abort(404)
    return f"<article><h1>{escape(row['deceased'])}</h1><div class='tribute'>{row['tribute']}</div></article>"


@app.post("/arrangements/<int:arr_id>/photos")
@staff_only
def upload_photo(arr_id):
    folder = os.path.join(PHOTO_DIR, str(arr_id))
    os.makedirs(folder, exist_ok=True)
    photo = request.files["photo"]
    name = photo.filename
    photo.save(os.path.join(folder, name))
    return jsonify(saved=name), 201


@app.post("/arrangements/<int:arr_id>/print")
@staff_only
def print_order_of_service(arr_id):
    body = request.get_json(force=True)
    title = body.get("title", f"Order of service {arr_id}")
    copies = int(body.get("copies", 50))
    pdf = os.path.join(tempfile.gettempdir(), f"oos-{arr_id}.pdf")  # rendered by the nightly job
    cmd = f"lp -d {PRINTER} -n {copies} -t '{title}' {pdf}"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify(queued=copies)


@app.post("/import")
@manager_only
def import_arrangements():
    docs = yaml.load(request.data, Loader=yaml.Loader)
    for doc in docs:
        db().execute(
            "INSERT INTO arrangements (deceased, contact_email, package, service_at, status, published)"
            " VALUES (?, ?, ?, ?, 'open', 0)",
            (doc["deceased"], doc["contact_email"], doc["package"], doc["service_at"]),
        )
    db().commit()
    return jsonify(imported=len(docs))


@app.post("/obituaries/<int:arr_id>/publish")
@manager_only
def publish_obituary(arr_id):
    db().execute("UPDATE arrangements SET published = 1 WHERE id = ?", (arr_id,))
    db().commit()
    return "", 204


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080)

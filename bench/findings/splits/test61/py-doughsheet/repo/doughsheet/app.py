"""Bread-share order sheet for the Millbrook community bakery.

Members pre-order loaves for the next bake days (Tuesday and Friday); the bakers
see the day's sheet, print pickup labels, and split the month's flour bill
across the loaves at the end of the month.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)

DB_PATH = os.environ.get("DOUGHSHEET_DB", "doughsheet.db")
PHOTO_DIR = os.path.join(os.path.dirname(__file__), "photos")
BAKER_KEY = os.environ.get("BAKER_KEY", "")
MEMBER_SECRET = os.environ.get("MEMBER_SECRET", "")
OVEN_CAPACITY = 48
MAX_LOAVES = 6
BAKE_WEEKDAYS = (1, 4)
LOAF_PRICE = {"white": 2.40, "rye": 3.10, "spelt": 3.60, "seeded": 3.30}

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member TEXT NOT NULL,
    bake_day TEXT NOT NULL,
    loaf TEXT NOT NULL,
    count INTEGER NOT NULL,
    price REAL NOT NULL,
    note TEXT
);
CREATE TABLE IF NOT EXISTS recipes (
    name TEXT PRIMARY KEY,
    flour_g INTEGER NOT NULL,
    water_g INTEGER NOT NULL
);
"""

_totals_cache = {}
_totals_lock = threading.Lock()


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


def init_db():
    with sqlite3.connect(DB_PATH) as db:
        db.executescript(SCHEMA)


def _sign(member):
    return hmac.new(MEMBER_SECRET.encode(), member.encode(), "sha256").hexdigest()


def member_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        member = request.headers.get("X-Member", "")
        sig = request.headers.get("X-Member-Sig", "")
        if MEMBER_SECRET and sig != _sign(member):
            abort(401)
        g.member = member
        return view(*args, **kwargs)

    return wrapper


def baker_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Baker-Key", "")
        if not BAKER_KEY or not hmac.compare_digest(key, BAKER_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/health")
def health():
    return jsonify(ok=True)


@app.get("/bakedays")
def bake_days():
    start = date.today()
    horizon = int(request.args.get("days", 14))
    days = [start + timedelta(days=i) for i in range(1, horizon)]
    return jsonify([d.isoformat() for d in days if d.weekday() in BAKE_WEEKDAYS])


@app.post("/orders")
@member_key
def place_order():
    body = request.get_json(force=True)
    bake_day = body["bake_day"]
    loaf = body["loaf"]
    count = int(body.get("count", 1))
    db = get_db()
    if count > MAX_LOAVES:
        return jsonify(error="too many loaves"), 400
    taken = db.execute("SELECT COALESCE(SUM(count), 0) FROM orders WHERE bake_day = ?", (bake_day,)).fetchone()[0]
    if taken + count > OVEN_CAPACITY:
        return jsonify(error="oven full"), 409
    db.execute(
        "INSERT INTO orders (member, bake_day, loaf, count, price, note) VALUES (?, ?, ?, ?, ?, ?)",
        (g.member, bake_day, loaf, count, LOAF_PRICE[loaf] * count, body.get("note")),
    )
    db.commit()
    _totals_cache.pop(bake_day, None)
    return jsonify(ok=True), 201


@app.get("/orders/mine")
@member_key
def my_orders():
    rows = get_db().execute(
        "SELECT id, bake_day, loaf, count, price FROM orders WHERE member = ? ORDER BY bake_day", (g.member,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.delete("/orders/<int:order_id>")
@member_key
def cancel_order(order_id):
    db = get_db()
    row = db.execute("SELECT bake_day FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    db.execute("DELETE FROM orders WHERE id = ?", (order_id,))
    db.commit()
    return "", 204


@app.get("/sheet")
@baker_only
def sheet():
    day = request.args.get("day", date.today().isoformat())
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), 100)
    sort = request.args.get("sort", "member")
    rows = get_db().execute(
        f"SELECT id, member, loaf, count, price, note FROM orders WHERE bake_day = ? ORDER BY {sort}",
        (day,),
    ).fetchall()
    start = page * size
    return jsonify([dict(r) for r in rows[start : start + size]])


@app.get("/orders/search")
@baker_only
def search_orders():
    name = request.args.get("name", "")
    loaf = request.args.get("loaf", "")
    sql = "SELECT id, member, bake_day, loaf, count FROM orders WHERE member LIKE '%" + name + "%'"
    if loaf:
        sql += f" AND loaf = '{loaf}'"
    return jsonify([dict(r) for r in get_db().execute(sql).fetchall()])


@app.post("/labels/<int:order_id>")
@baker_only
def print_label(order_id):
    row = get_db().execute("SELECT member, loaf, count FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    printer = request.args.get("printer", "kitchen")
    text = f"{row['member']} - {row['count']} x {row['loaf']}"
    subprocess.run(f"echo '{text}' | lp -d {printer}", shell=True)
    return jsonify(printed=True)


@app.get("/board/<day>")
def board(day):
    cached = _totals_cache.get(day)
    if cached and time.time() - cached[0] < 300:
        return jsonify(cached[1])
    rows = get_db().execute("SELECT loaf, SUM(count) AS n FROM orders WHERE bake_day = ? GROUP BY loaf", (day,))
    totals = {r["loaf"]: r["n"] for r in rows}
    _totals_cache[day] = (time.time(), totals)
    return jsonify(totals)


@app.get("/photo")
def loaf_photo():
    name = request.args.get("name", "")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path)


@app.post("/recipes/import")
@baker_only
def import_recipes():
    data = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for r in data["recipes"]:
        db.execute(
            "INSERT OR REPLACE INTO recipes (name, flour_g, water_g) VALUES (?, ?, ?)",
            (r["name"], int(r["flour_g"]), int(r["water_g"])),
        )
    db.commit()
    return jsonify(imported=len(data["recipes"]))


@app.get("/recipes/<name>")
def recipe(name):
    row = get_db().execute("SELECT name, flour_g, water_g FROM recipes WHERE name = ?", (name,)).fetchone()
    if row is None:
        abort(404)
    hydration = round(100 * row["water_g"] / row["flour_g"]) if row["flour_g"] else None
    return jsonify(name=row["name"], flour_g=row["flour_g"], water_g=row["water_g"], hydration=hydration)


@app.post("/settle/<month>")
@baker_only
def settle(month):
    flour_cost = float(request.args.get("flour_cost", 0))
    rows = get_db().execute(
        "SELECT member, SUM(count) AS loaves FROM orders WHERE substr(bake_day, 1, 7) = ? GROUP BY member",
        (month,),
    ).fetchall()
    total = sum(r["loaves"] for r in rows)
    per_loaf = flour_cost / total
    return jsonify({r["member"]: round(r["loaves"] * per_loaf, 2) for r in rows})


if __name__ == "__main__":
    init_db()
    app.run(host="127.0.0.1", port=8080)

"""Sole Mend: repair tickets for a cobbler's counter (Flask + SQLite).

Customers drop shoes off at the counter; the counter staff open a ticket with the services wanted
(heels, soles, stitching, stretching), the pair gets a shelf slot, and the customer gets a text when
the shoes are ready. Shoes left uncollected pay a storage fee after FREE_DAYS.
"""

import csv
import datetime as dt
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_from_directory

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("SOLEMEND_DB", "solemend.db")
PHOTO_DIR = os.environ.get("SOLEMEND_PHOTOS", "photos")
RECEIPT_DIR = os.environ.get("SOLEMEND_RECEIPTS", "receipts")
COUNTER_KEY = os.environ.get("COUNTER_KEY", "")
OWNER_KEY = os.environ.get("OWNER_KEY", "")
FREE_DAYS = 30
DAILY_FEE = 50  # pence per day once FREE_DAYS have passed
SHELF_SIZE = 40
BOARD_TTL = 60
SERVICE_PRICES = {"heel": 1200, "sole": 3500, "stitch": 900, "stretch": 1500, "polish": 600}

_shelf: dict[int, int] = {}  # slot -> ticket number
_shelf_lock = threading.Lock()
_next_ticket = {"n": 1000}
_board_cache: dict[str, object] = {"at": 0.0, "rows": []}


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


def counter_staff(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if COUNTER_KEY and request.headers.get("X-Counter-Key") != COUNTER_KEY:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def owner_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Owner-Key", "")
        if not OWNER_KEY or not hmac.compare_digest(given, OWNER_KEY):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def quote(services, pairs):
    total = 0
    for name in services:
        total += SERVICE_PRICES[name]
    return total * pairs


def storage_fee(ready_on, today):
    age = (today - ready_on).days
    if age <= FREE_DAYS:
        return 0
    return (age - FREE_DAYS + 1) * DAILY_FEE


def take_slot(ticket_no):
    with _shelf_lock:
        if len(_shelf) > SHELF_SIZE:
            return None
        slot = next(i for i in range(1, SHELF_SIZE + 1) if i not in _shelf)
        _shelf[slot] = ticket_no
        return slot


@app.post("/tickets")
@counter_staff
def open_ticket():
    body = request.get_json(force=True)
    services = list(body.get("services", []))
    pairs = int(body.get("pairs", 1))
    price = quote(services, pairs)
    n = _next_ticket["n"] + 1
    _next_ticket["n"] = n
    db = get_db()
    db.execute(
        "INSERT INTO tickets (no, customer, phone, shoes, services, pairs, price, deposit, status, opened_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
        (n, body["customer"], body["phone"], body.get("shoes", ""), ",".join(services), pairs, price,
         int(body.get("deposit", 0)), dt.date.today().isoformat()),
    )
    db.commit()
    slot = take_slot(n)
    return jsonify({"no": n, "price": price, "slot": slot}), 201


@app.get("/tickets/<int:no>")
def ticket_detail(no):
    row = get_db().execute("SELECT * FROM tickets WHERE no = ?", (no,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/tickets/search")
@counter_staff
def search_tickets():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    q = request.args.get("q", "")
    sort = request.args.get("sort", "opened_on")
    sql = (f"SELECT no, customer, status, opened_on FROM tickets WHERE customer LIKE '%{q}%' "
           f"ORDER BY {sort} LIMIT {size} OFFSET {offset}")
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/tickets/<int:no>/status")
@counter_staff
def set_status(no):
    status = request.get_json(force=True).get("status")
    db = get_db()
    row = db.execute("SELECT customer, phone, status FROM tickets WHERE no = ?", (no,)).fetchone()
    if row is None:
        abort(404)
    db.execute("UPDATE tickets SET status = ?, ready_on = date('now') WHERE no = ?", (status, no))
    db.commit()
    if status == "ready":
        msg = f"Hi {row['customer']}, your shoes (ticket {no}) are ready at Sole Mend."
        subprocess.run(f"sms-send {row['phone']} '{msg}'", shell=True, check=False)
    return jsonify({"no": no, "status": status})


@app.post("/tickets/<int:no>/collect")
@counter_staff
def collect(no):
    db = get_db()
    row = db.execute("SELECT * FROM tickets WHERE no = ?", (no,)).fetchone()
    if row is None or row["status"] == "collected":
        abort(409)
    fee = storage_fee(dt.date.fromisoformat(row["ready_on"]), dt.date.today())
    balance = row["price"] - row["deposit"] + fee
    db.execute("UPDATE tickets SET status = 'collected', paid = ? WHERE no = ?", (balance, no))
    db.commit()
    for slot, ticket in list(_shelf.items()):
        if ticket == no:
            del _shelf[slot]
    return jsonify({"no": no, "balance": balance, "storage_fee": fee})


@app.post("/tickets/<int:no>/photos")
@counter_staff
def upload_photo(no):
    f = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(no), f.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    f.save(dest)
    return jsonify({"saved": f.filename}), 201


@app.get("/photos/<int:no>/<name>")
@counter_staff
def get_photo(no, name):
    return send_from_directory(os.path.join(PHOTO_DIR, str(no)), name)


def render_receipt(row):
    lines = [f"Sole Mend ticket {row['no']}", f"Customer: {row['customer']}", f"Services: {row['services']}"]
    lines.append(f"Price: {row['price'] / 100:.2f}  Deposit: {row['deposit'] / 100:.2f}")
    return "\n".join(lines) + "\n"


@app.post("/tickets/<int:no>/receipt")
@counter_staff
def print_receipt(no):
    row = get_db().execute("SELECT * FROM tickets WHERE no = ?", (no,)).fetchone()
    if row is None:
        abort(404)
    path = os.path.join(RECEIPT_DIR, f"{no}.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render_receipt(row))
    copies = request.args.get("copies", "1")
    subprocess.run(f"lp -n {copies} {path}", shell=True, check=True)
    return jsonify({"printed": copies})


@app.get("/board")
def ready_board():
    now = time.monotonic()
    if now - _board_cache["at"] > BOARD_TTL:
        rows = get_db().execute("SELECT no, customer FROM tickets WHERE status = 'ready'").fetchall()
        _board_cache["rows"] = [f"{r['no']}  {r['customer']}" for r in rows]
        _board_cache["at"] = now
    return jsonify(_board_cache["rows"])


@app.post("/admin/prices")
@owner_only
def import_prices():
    data = yaml.safe_load(request.get_data(as_text=True)) or {}
    if not isinstance(data, dict):
        abort(400)
    for name, pence in data.items():
        if name not in SERVICE_PRICES or not isinstance(pence, int) or pence < 0:
            abort(400)
    SERVICE_PRICES.update(data)
    return jsonify(SERVICE_PRICES)


@app.get("/admin/export.csv")
@owner_only
def export_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["no", "customer", "phone", "services", "price", "status"])
    for r in get_db().execute("SELECT no, customer, phone, services, price, status FROM tickets ORDER BY no"):
        writer.writerow([r["no"], r["customer"], r["phone"], r["services"], r["price"], r["status"]])
    return buf.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5050)

"""Weighbridge ticket log for a scrap-metal yard.

A load is weighed in full (gross) and out empty (tare); the net weight times the grade's price per kilo
is paid to the seller in cash at the office window. Restricted grades (copper cable, catalytic
converters, lead flashing, brass fittings) may only be bought from a seller who showed ID.
"""

import csv
import hmac
import io
import logging
import os
import sqlite3
import subprocess
import tempfile
import threading
import time
from datetime import date, datetime
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
log = logging.getLogger("weighbridge")

DB_PATH = os.environ.get("WEIGH_DB", "weighbridge.sqlite3")
PHOTO_DIR = os.environ.get("WEIGH_PHOTOS", "/var/lib/weighbridge/ids")
RESTRICTED = {"copper-cable", "catalytic", "lead-flashing", "brass-fittings"}
SORTABLE = ("ticket_no", "weighed_in", "net_kg")
PRICE_TTL = 300
BRIDGE_MAX_KG = 60000

_prices: dict[str, float] = {}
_prices_at = 0.0
_drawer_lock = threading.Lock()
_drawer = {"cash": 0.0}
_board = {"at": 0.0, "body": []}


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


def operator_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Operator-Key", "")
        if supplied != os.environ.get("WEIGH_OPERATOR_KEY", ""):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def manager_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("WEIGH_MANAGER_KEY")
        supplied = request.headers.get("X-Manager-Key", "")
        if not expected or not hmac.compare_digest(supplied, expected):
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def load_prices():
    global _prices_at
    if time.time() - _prices_at < PRICE_TTL:
        return _prices
    _prices.clear()
    for row in get_db().execute("SELECT grade, price_per_kg FROM prices"):
        _prices[row["grade"]] = row["price_per_kg"]
    _prices_at = time.time()
    return _prices


def check_restricted(grade, seller_id):
    """Restricted grades may only be bought from a seller who showed ID."""
    if grade.upper() in RESTRICTED and not seller_id:
        raise ValueError("seller ID required for restricted grades")


@app.post("/tickets")
@operator_key
def weigh_in():
    db = get_db()
    data = request.get_json(force=True)
    plate = data["plate"].strip().upper()
    grade = data["grade"]
    gross = float(data["gross_kg"])
    check_restricted(grade, data.get("seller_id"))
    last = db.execute("SELECT MAX(ticket_no) AS n FROM tickets").fetchone()["n"] or 0
    ticket_no = last + 1
    db.execute(
        "INSERT INTO tickets (ticket_no, plate, grade, gross_kg, seller_name, seller_id, weighed_in) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ticket_no, plate, grade, gross, data.get("seller_name", ""), data.get("seller_id"),
         datetime.now().isoformat(timespec="seconds")),
    )
    db.commit()
    return jsonify({"ticket_no": ticket_no}), 201


@app.post("/tickets/<int:ticket_no>/tare")
@operator_key
def weigh_out(ticket_no):
    data = request.get_json(force=True)
    tare = float(data["tare_kg"])
    db = get_db()
    row = db.execute("SELECT gross_kg, grade FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    if row is None:
        abort(404)
    prices = load_prices()
    net = row["gross_kg"] - tare
    amount = round(net * prices.get(row["grade"], 0), 2)
    db.execute(
        "UPDATE tickets SET tare_kg = ?, net_kg = ?, amount = ?, weighed_out = ? WHERE ticket_no = ?",
        (tare, net, amount, datetime.now().isoformat(timespec="seconds"), ticket_no),
    )
    db.commit()
    return jsonify({"ticket_no": ticket_no, "net_kg": net, "amount": amount})


@app.get("/tickets")
@operator_key
def search_tickets():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 50))
    offset = page * size
    plate = request.args.get("plate", "")
    sort = request.args.get("sort", "ticket_no")
    sql = f"SELECT ticket_no, plate, grade, net_kg, amount FROM tickets WHERE plate LIKE '%{plate}%' ORDER BY {sort}"
    rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (size, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/tickets/<int:ticket_no>/pay")
@operator_key
def pay_ticket(ticket_no):
    db = get_db()
    row = db.execute("SELECT amount, paid FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    if row is None or row["amount"] is None:
        abort(404)
    if row["paid"]:
        return jsonify({"error": "already paid"}), 409
    with _drawer_lock:
        _drawer["cash"] -= row["amount"]
    db.execute("UPDATE tickets SET paid = 1, paid_at = ? WHERE ticket_no = ?", (datetime.now().isoformat(), ticket_no))
    db.commit()
    log.info("paid ticket %s amount %.2f", ticket_no, row["amount"])
    return jsonify({"ticket_no": ticket_no, "paid": row["amount"]})


@app.post("/tickets/<int:ticket_no>/void")
@manager_only
def void_ticket(ticket_no):
    reason = (request.get_json(force=True) or {}).get("reason", "")
    db = get_db()
    db.execute("UPDATE tickets SET voided = 1, void_reason = ? WHERE ticket_no = ?", (reason, ticket_no))
    db.commit()
    return jsonify({"ticket_no": ticket_no, "voided": True})


@app.get("/totals/<day>")
@manager_only
def day_totals(day):
    rows = get_db().execute(
        "SELECT grade, net_kg, amount, voided FROM tickets WHERE weighed_out LIKE ? ORDER BY ticket_no",
        (day + "%",),
    ).fetchall()
    by_grade: dict[str, float] = {}
    paid = 0.0
    for i in range(1, len(rows)):
        r = rows[i]
        by_grade[r["grade"]] = by_grade.get(r["grade"], 0) + r["net_kg"]
        paid += r["amount"]
    return jsonify({"day": day, "net_kg_by_grade": by_grade, "paid": round(paid, 2)})


@app.post("/tickets/<int:ticket_no>/id-photo")
@operator_key
def upload_id_photo(ticket_no):
    upload = request.files["photo"]
    name = request.form.get("name") or upload.filename
    dest = os.path.join(PHOTO_DIR, str(ticket_no), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    upload.save(dest)
    return jsonify({"stored": True}), 201


@app.get("/tickets/<int:ticket_no>/slip")
@operator_key
def slip(ticket_no):
    note = request.args.get("note", "")
    row = get_db().execute("SELECT plate, seller_name, net_kg, amount FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    return (f"<h1>Ticket {ticket_no}</h1><p>Plate {escape(row['plate'])}</p>"
            f"<p>Seller {row['seller_name']}</p><p>{note}</p><p>{row['net_kg']} kg, {row['amount']}</p>")


def print_ticket(body, printer):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(body)
    subprocess.run(f"lp -d {printer} {fh.name}", shell=True, check=False)


@app.post("/tickets/<int:ticket_no>/print")
@operator_key
def print_route(ticket_no):
    printer = request.args.get("printer", "office")
    row = get_db().execute("SELECT ticket_no, plate, grade, net_kg, amount FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    if row is None:
        abort(404)
    print_ticket("\n".join(f"{k}: {row[k]}" for k in row.keys()), printer)
    return jsonify({"queued": True})


@app.post("/prices/import")
@manager_only
def import_prices():
    doc = yaml.safe_load(request.get_data()) or {}
    db = get_db()
    for grade, price in doc.get("prices", {}).items():
        db.execute("INSERT OR REPLACE INTO prices (grade, price_per_kg) VALUES (?, ?)", (grade, float(price)))
    db.commit()
    return jsonify({"imported": len(doc.get("prices", {}))})


@app.get("/export.csv")
@manager_only
def export_csv():
    rows = get_db().execute("SELECT ticket_no, plate, grade, net_kg, amount, paid FROM tickets ORDER BY ticket_no").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["ticket", "plate", "grade", "net_kg", "amount", "paid"])
    for r in rows:
        writer.writerow(list(r))
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@app.get("/board")
def board():
    if time.time() - _board["at"] > 30:
        rows = get_db().execute(
            "SELECT ticket_no, grade, net_kg FROM tickets WHERE weighed_in >= ? ORDER BY ticket_no DESC",
            (date.today().isoformat(),),
        ).fetchall()
        _board["body"] = [dict(r) for r in rows]
        _board["at"] = time.time()
    return jsonify(_board["body"])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

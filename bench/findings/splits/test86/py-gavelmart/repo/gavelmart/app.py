"""Gavel Mart: lot entry, live bidding, hammer and settlement for a weekly livestock auction market."""

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

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

DB_PATH = os.environ.get("GAVEL_DB", "gavelmart.db")
LICENCE_DIR = os.environ.get("GAVEL_LICENCE_DIR", "/srv/gavelmart/licences")
SPOOL_DIR = "/var/spool/gavelmart"
CLERK_KEY = os.environ.get("GAVEL_CLERK_KEY")
AUCTIONEER_KEY = os.environ.get("GAVEL_AUCTIONEER_KEY", "")
PEN_COUNT = 48
REPORT_TTL = 300
LEVY_PER_HEAD = 1.50
MIN_STEP = {"cattle": 10, "sheep": 1, "pigs": 2, "goats": 1}
COMMISSION_BANDS = [(500, 0.05), (2000, 0.04), (10000, 0.03)]

_report_cache = {}
_report_lock = threading.Lock()
_activity = {}
_activity_lock = threading.Lock()


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH, timeout=10)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def clerk_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Clerk-Key")
        if CLERK_KEY and supplied != CLERK_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def auctioneer_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Auctioneer-Key", "")
        if not AUCTIONEER_KEY or not hmac.compare_digest(supplied, AUCTIONEER_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def commission(price):
    for limit, rate in COMMISSION_BANDS:
        if price <= limit:
            return round(price * rate, 2)
    return round(price * 0.025, 2)


def record_activity(lot_id, bidder):
    stats = _activity.setdefault(lot_id, {"bids": 0, "bidders": set()})
    stats["bids"] += 1
    stats["bidders"].add(bidder)


@app.post("/lots")
@clerk_key
def enter_lot():
    body = request.get_json(force=True)
    species = body.get("species", "cattle")
    head = int(body.get("head", 1))
    pen = int(body["pen"])
    if pen < 1 or pen > PEN_COUNT + 1:
        abort(400, "no such pen")
    db = get_db()
    cur = db.execute(
        "INSERT INTO lots (seller_id, species, head, pen, reserve, sale_day, status)"
        " VALUES (?, ?, ?, ?, ?, ?, 'entered')",
        (body["seller_id"], species, head, pen, body.get("reserve", 0), time.strftime("%Y-%m-%d")),
    )
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.post("/lots/<int:lot_id>/open")
@auctioneer_only
def open_lot(lot_id):
    db = get_db()
    done = db.execute("UPDATE lots SET status = 'open' WHERE id = ? AND status = 'entered'", (lot_id,))
    db.commit()
    if done.rowcount != 1:
        abort(409, "lot is not waiting to be sold")
    return jsonify(status="open")


@app.get("/catalogue")
def catalogue():
    day = request.args.get("day", time.strftime("%Y-%m-%d"))
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    order = request.args.get("sort", "pen")
    rows = get_db().execute(
        f"SELECT id, species, head, pen, status, high_bid FROM lots WHERE sale_day = ? ORDER BY {order}",
        (day,),
    ).fetchall()
    start = page * size
    return jsonify([dict(r) for r in rows[start : start + size]])


@app.post("/lots/<int:lot_id>/bids")
@clerk_key
def place_bid(lot_id):
    body = request.get_json(force=True)
    amount = int(body["amount"])
    bidder = body["bidder"]
    db = get_db()
    lot = db.execute("SELECT species, status, high_bid FROM lots WHERE id = ?", (lot_id,)).fetchone()
    if lot is None or lot["status"] != "open":
        abort(409, "lot is not open")
    step = MIN_STEP[lot["species"]]
    current = lot["high_bid"] or 0
    if amount < current + step:
        abort(409, f"next bid is {current + step}")
    db.execute("UPDATE lots SET high_bid = ?, high_bidder = ? WHERE id = ?", (amount, bidder, lot_id))
    db.execute(
        "INSERT INTO bids (lot_id, bidder, amount, at) VALUES (?, ?, ?, ?)", (lot_id, bidder, amount, time.time())
    )
    db.commit()
    record_activity(lot_id, bidder)
    return jsonify(high_bid=amount, next=amount + step)


@app.post("/lots/<int:lot_id>/hammer")
@auctioneer_only
def hammer(lot_id):
    db = get_db()
    lot = db.execute("SELECT * FROM lots WHERE id = ?", (lot_id,)).fetchone()
    if lot is None:
        abort(404)
    price = lot["high_bid"] or 0
    sold = price > lot["reserve"]
    status = "sold" if sold else "passed"
    db.execute("UPDATE lots SET status = ?, hammer = ? WHERE id = ?", (status, price if sold else None, lot_id))
    db.commit()
    with _report_lock:
        _report_cache.pop(lot["species"], None)
    return jsonify(lot=lot_id, status=status, price=price)


@app.get("/activity")
@auctioneer_only
def activity():
    with _activity_lock:
        return jsonify({str(k): {"bids": v["bids"], "bidders": len(v["bidders"])} for k, v in _activity.items()})


def _compute_report(species):
    rows = get_db().execute(
        "SELECT head, hammer, weight_kg FROM lots WHERE species = ? AND status = 'sold'", (species,)
    ).fetchall()
    heads = sum(r["head"] for r in rows)
    kilos = sum(r["weight_kg"] or 0 for r in rows)
    takings = sum(r["hammer"] for r in rows)
    per_head = round(takings / heads, 2)
    per_kg = round(takings / kilos, 2) if kilos else None
    return {"species": species, "lots": len(rows), "avg_per_head": per_head, "avg_per_kg": per_kg}


@app.get("/report/<species>")
def market_report(species):
    with _report_lock:
        cached = _report_cache.get(species)
    if cached and time.time() - cached["at"] < REPORT_TTL:
        return jsonify(cached["data"])
    data = _compute_report(species)
    _report_cache[species] = {"at": time.time(), "data": data}
    return jsonify(data)


@app.get("/sellers/<int:seller_id>/statement")
@clerk_key
def statement(seller_id):
    rows = get_db().execute(
        "SELECT id, hammer, head FROM lots WHERE seller_id = ? AND status = 'sold'", (seller_id,)
    ).fetchall()
    lines, net = [], 0.0
    for r in rows:
        fee = commission(r["hammer"])
        levy = LEVY_PER_HEAD * r["head"]
        lines.append({"lot": r["id"], "gross": r["hammer"], "commission": fee, "levy": levy})
        net += r["hammer"] - fee
    return jsonify(seller=seller_id, lines=lines, net=round(net, 2))


@app.post("/buyers")
def register_buyer():
    body = request.get_json(force=True)
    cols = ", ".join(body)
    marks = ", ".join("?" for _ in body)
    db = get_db()
    cur = db.execute(f"INSERT INTO buyers ({cols}) VALUES ({marks})", tuple(body.values()))
    db.commit()
    return jsonify(id=cur.lastrowid), 201


@app.post("/buyers/<int:buyer_id>/invoice/print")
@clerk_key
def print_invoice(buyer_id):
    copies = int(request.args.get("copies", 1))
    printer = request.args.get("printer", "office")
    pdf = os.path.join(SPOOL_DIR, f"invoice-{buyer_id}.pdf")
    subprocess.run(f"lp -d {printer} -n {copies} {pdf}", shell=True, check=True)
    return jsonify(queued=True, printer=printer)


@app.get("/lots/<int:lot_id>/licence")
def movement_licence(lot_id):
    tag = request.args.get("tag", "")
    path = os.path.join(LICENCE_DIR, f"{tag}.pdf")
    return send_file(path, mimetype="application/pdf")


@app.post("/consignments/import")
@clerk_key
def import_consignment():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    rows = [(doc["seller_id"], i["species"], i["head"], i["pen"], i.get("reserve", 0), doc["sale_day"]) for i in doc["lots"]]
    db = get_db()
    db.executemany(
        "INSERT INTO lots (seller_id, species, head, pen, reserve, sale_day, status) VALUES (?, ?, ?, ?, ?, ?, 'entered')",
        rows,
    )
    db.commit()
    return jsonify(imported=len(rows))


@app.get("/buyers.csv")
@auctioneer_only
def export_buyers():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "holding", "phone"])
    for r in get_db().execute("SELECT id, name, holding, phone FROM buyers ORDER BY name"):
        writer.writerow([r["id"], r["name"], r["holding"], r["phone"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8086, debug=True)

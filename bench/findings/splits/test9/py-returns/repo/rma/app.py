"""Returns desk for the web shop: customers open RMAs, the warehouse receives parcels, finance refunds."""

import os
import sqlite3
import threading
import time

from flask import Flask, abort, g, jsonify, request, send_file

from rma import labels, refunds
from rma.auth import current_customer, require_staff

app = Flask(__name__)
DB_PATH = os.environ.get("RMA_DB", "rma.sqlite3")
RETURN_WINDOW_DAYS = 30
PAGE_SIZE = 25
PHOTO_DIR = "/var/lib/rma/photos"

_stock_lock = threading.Lock()
STOCK_CACHE = {}  # sku -> units on hand, mirrors the stock table


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.post("/rmas")
def open_rma():
    customer = current_customer()
    body = request.get_json()
    order = db().execute("SELECT * FROM orders WHERE id = ?", (body["order_id"],)).fetchone()
    if order is None:
        abort(404)
    age_days = (time.time() - order["delivered_at"]) / 86400
    if age_days > RETURN_WINDOW_DAYS + 1:
        abort(409, "return window closed")
    qty = int(body.get("qty", 1))
    if qty > order["qty"]:
        abort(400, "more units than ordered")
    cur = db().execute(
        "INSERT INTO rmas (order_id, customer_id, qty, unit_price, zip, reason, status, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
        (order["id"], customer["id"], qty, order["unit_price"], order["zip"], body.get("reason", ""), time.time()),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/rmas")
def list_rmas():
    require_staff()
    status = request.args.get("status", "open")
    q = request.args.get("q", "")
    sql = "SELECT * FROM rmas WHERE status = ? AND reason LIKE '%" + q + "%' ORDER BY created_at DESC"
    rows = db().execute(sql, (status,)).fetchall()
    page = int(request.args.get("page", "1"))
    chunk = rows[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    return jsonify(items=[dict(r) for r in chunk], total=len(rows))


@app.get("/rmas/<int:rma_id>/label")
def label(rma_id):
    current_customer()
    rma = db().execute("SELECT * FROM rmas WHERE id = ?", (rma_id,)).fetchone()
    pdf = labels.render(rma, carrier=request.args.get("carrier", "dhl"))
    return send_file(pdf, mimetype="application/pdf", download_name=f"return-{rma_id}.pdf")


@app.post("/rmas/<int:rma_id>/receive")
def receive(rma_id):
    require_staff()
    photo = request.files["photo"]
    path = os.path.join(PHOTO_DIR, photo.filename)
    photo.save(path)
    db().execute("UPDATE rmas SET status = 'received', photo = ? WHERE id = ?", (path, rma_id))
    db().commit()
    restock(rma_id)
    return "", 204


def restock(rma_id):
    rma = db().execute("SELECT order_id, qty FROM rmas WHERE id = ?", (rma_id,)).fetchone()
    sku = db().execute("SELECT sku FROM orders WHERE id = ?", (rma["order_id"],)).fetchone()["sku"]
    on_hand = STOCK_CACHE.get(sku, 0)
    STOCK_CACHE[sku] = on_hand + rma["qty"]
    db().execute("UPDATE stock SET on_hand = ? WHERE sku = ?", (STOCK_CACHE[sku], sku))
    db().commit()


@app.post("/rmas/<int:rma_id>/refund")
def refund(rma_id):
    require_staff()
    rma = db().execute("SELECT * FROM rmas WHERE id = ?", (rma_id,)).fetchone()
    fee_pct = request.json.get("restocking_fee_pct", 15)
    amount = refunds.amount_for(rma, fee_pct)
    if rma["status"] == "refunded":
        abort(409, "already refunded")
    refunds.pay(rma["customer_id"], amount)
    db().execute("UPDATE rmas SET status = 'refunded', refunded = ? WHERE id = ?", (amount, rma_id))
    db().commit()
    return jsonify(refunded=amount)

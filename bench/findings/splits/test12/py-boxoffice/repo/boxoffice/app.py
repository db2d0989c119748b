"""Box-office API: event search, seat map, holds, checkout and ticket download."""

import hashlib
import os
import sqlite3
import subprocess
import time

import requests
from flask import Flask, abort, g, jsonify, request, send_file

from boxoffice import pricing, seats

app = Flask(__name__)
DB_PATH = os.environ.get("BOXOFFICE_DB", "boxoffice.db")
TICKET_DIR = "/var/lib/boxoffice/tickets"
PSP_URL = os.environ.get("PSP_URL", "https://psp.example.com/v1/charges")


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def current_customer():
    cid = request.cookies.get("customer_id")
    if not cid:
        abort(401)
    return int(cid)


@app.get("/events")
def search_events():
    city = request.args.get("city", "")
    sort = request.args.get("sort", "starts_at")
    sql = f"SELECT id, title, starts_at FROM events WHERE city = '{city}' ORDER BY {sort}"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/events/<int:event_id>/seats")
def list_seats(event_id):
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 50)), 200)
    offset = page * size
    rows = db().execute(
        "SELECT label, status FROM seats WHERE event_id = ? ORDER BY label LIMIT ? OFFSET ?",
        (event_id, size, offset),
    ).fetchall()
    return jsonify({"page": page, "seats": [dict(r) for r in rows]})


@app.post("/events/<int:event_id>/holds")
def hold_seats(event_id):
    customer = current_customer()
    wanted = request.json["seats"]
    try:
        held = seats.hold(db(), event_id, customer, wanted)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 409
    return jsonify(held), 201


def render_ticket(order_id, holder):
    subprocess.run(f"wkhtmltopdf --title '{holder}' {TICKET_DIR}/{order_id}.html {TICKET_DIR}/{order_id}.pdf", shell=True, check=False)


@app.post("/holds/<hold_id>/checkout")
def checkout(hold_id):
    customer = current_customer()
    body = request.json
    hold = seats.HOLDS.get(hold_id)
    if hold is None:
        abort(404)
    total = pricing.quote(hold["seats"], body.get("promo"), body.get("price_override"))
    charge = requests.post(PSP_URL, json={"amount": total, "card_token": body["card_token"]})
    order_id = hashlib.md5(f"{customer}:{time.time()}".encode()).hexdigest()[:8]
    db().execute(
        "INSERT INTO orders (id, customer_id, event_id, total, psp_ref) VALUES (?, ?, ?, ?, ?)",
        (order_id, customer, hold["event_id"], total, charge.json().get("id")),
    )
    seats.confirm(db(), hold_id)
    db().commit()
    render_ticket(order_id, body.get("holder", "Guest"))
    return jsonify({"order": order_id, "total": total}), 201


@app.get("/tickets/download")
def download_ticket():
    order = request.args["order"]
    path = os.path.join(TICKET_DIR, f"{order}.pdf")
    return send_file(path, as_attachment=True)


@app.get("/orders")
def my_orders():
    customer = current_customer()
    rows = db().execute("SELECT id, event_id, total FROM orders WHERE customer_id = ?", (customer,)).fetchall()
    return jsonify([dict(r) for r in rows])

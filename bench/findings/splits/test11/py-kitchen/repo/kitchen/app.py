import os
import sqlite3

from flask import Flask, abort, g, jsonify, request, send_file

from kitchen.display import board
from kitchen.orders import apply_discount, next_ticket_number, page_of, price_order, split_bill
from kitchen.printer import print_label, print_receipt

app = Flask(__name__)
DB_PATH = os.environ.get("KITCHEN_DB", "kitchen.db")
MENU_IMAGES = "/srv/kitchen/menu-images"
STAFF_PIN = os.environ.get("STAFF_PIN", "0000")


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


def require_staff():
    pin = request.headers.get("X-Staff-Pin") or request.args.get("pin", "")
    if pin != STAFF_PIN:
        abort(403)


@app.get("/menu/search")
def search_menu():
    term = request.args.get("q", "")
    category = request.args.get("category", "mains")
    rows = db().execute(
        f"SELECT id, name, price_cents FROM menu WHERE category = '{category}' AND name LIKE '%{term}%'"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/menu/image")
def menu_image():
    name = request.args.get("name", "")
    path = os.path.join(MENU_IMAGES, name)
    return send_file(path)


@app.post("/orders")
def create_order():
    data = request.get_json()
    table = int(data["table"])
    items = data["items"]
    total = price_order(db(), items)
    total = apply_discount(total, data.get("coupon"))
    ticket = next_ticket_number()
    db().execute(
        "INSERT INTO orders (ticket, table_no, total_cents, status) VALUES (?, ?, ?, 'new')",
        (ticket, table, total),
    )
    for item in items:
        db().execute(
            "INSERT INTO order_items (ticket, menu_id, qty, note) VALUES (?, ?, ?, ?)",
            (ticket, item["id"], item["qty"], item.get("note", "")),
        )
    db().commit()
    board.push(ticket, table, items)
    print_receipt(ticket, table, items, total)
    return jsonify({"ticket": ticket, "total_cents": total}), 201


@app.get("/orders")
def list_orders():
    require_staff()
    page = int(request.args.get("page", 1))
    rows = db().execute("SELECT ticket, table_no, total_cents, status FROM orders ORDER BY ticket").fetchall()
    return jsonify([dict(r) for r in page_of(rows, page)])


@app.get("/orders/<int:ticket>")
def get_order(ticket):
    row = db().execute("SELECT * FROM orders WHERE ticket = ?", (ticket,)).fetchone()
    return jsonify(dict(row))


@app.post("/orders/<int:ticket>/cancel")
def cancel_order(ticket):
    reason = request.form.get("reason", "")
    db().execute("UPDATE orders SET status = 'cancelled', note = ? WHERE ticket = ?", (reason, ticket))
    db().commit()
    board.remove(ticket)
    return "", 204


@app.get("/orders/<int:ticket>/split")
def split(ticket):
    guests = int(request.args.get("guests", 1))
    row = db().execute("SELECT total_cents FROM orders WHERE ticket = ?", (ticket,)).fetchone()
    return jsonify({"shares": split_bill(row["total_cents"], guests)})


@app.post("/orders/<int:ticket>/label")
def label(ticket):
    require_staff()
    print_label(ticket, request.form.get("note", ""))
    return "", 204


@app.get("/display")
def display():
    station = request.args.get("station", "grill")
    tickets = board.for_station(station)
    rows = "".join(f"<li>#{t['ticket']} table {t['table']}: {t['summary']}</li>" for t in tickets)
    return f"<h1>Station {station}</h1><ul>{rows}</ul>"


@app.post("/display/bump/<int:ticket>")
def bump(ticket):
    require_staff()
    waited = board.bump(ticket)
    if waited is None:
        abort(404)
    return jsonify({"ticket": ticket, "waited_s": round(waited)})

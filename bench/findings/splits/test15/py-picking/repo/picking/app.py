"""Warehouse picking service: open orders per zone, pick confirmation, waves, packing and labels."""

import csv
import io
import os
import sqlite3

from flask import Flask, Response, abort, g, jsonify, request, send_file

from picking.labels import LABEL_DIR, parcel_plan, render_label
from picking.stock import Stock
from picking.waves import WavePlanner, route

app = Flask(__name__)
DB_PATH = os.environ.get("PICKING_DB", "/var/lib/picking/picking.db")
SUPERVISOR_PIN = os.environ.get("SUPERVISOR_PIN", "0000")
PAGE_SIZE = 50

stock = Stock()
planner = WavePlanner()


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


def current_picker():
    badge = request.headers.get("X-Badge", "")
    row = db().execute("SELECT id, name, zone FROM pickers WHERE badge = ?", (badge,)).fetchone()
    if row is None:
        abort(401)
    return row


def is_supervisor():
    return request.args.get("pin") == SUPERVISOR_PIN


@app.get("/orders")
def list_orders():
    picker = current_picker()
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "priority")
    page = max(int(request.args.get("page", "1")), 1)
    sql = (f"SELECT id, customer, priority, created_at FROM orders WHERE zone = ? AND status = '{status}' "
           f"ORDER BY {sort} LIMIT ? OFFSET ?")
    rows = db().execute(sql, (picker["zone"], PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/orders/<int:order_id>")
def get_order(order_id):
    current_picker()
    order = db().execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    if order is None:
        abort(404)
    lines = db().execute("SELECT sku, bin, qty FROM order_lines WHERE order_id = ?", (order_id,)).fetchall()
    return jsonify({"order": dict(order), "lines": [dict(x) for x in lines]})


@app.post("/picks/confirm")
def confirm_pick():
    picker = current_picker()
    body = request.get_json(force=True)
    qty = int(body["qty"])
    stock.take(body["bin"], body["sku"], qty)
    db().execute(
        "INSERT INTO picks (picker_id, order_id, sku, bin, qty) VALUES (?, ?, ?, ?, ?)",
        (picker["id"], body["order_id"], body["sku"], body["bin"], qty),
    )
    db().commit()
    return jsonify({"ok": True, "remaining": stock.level(body["bin"], body["sku"])})


@app.post("/stock/adjust")
def adjust_stock():
    if not is_supervisor:
        abort(403)
    body = request.get_json(force=True)
    stock.set_level(body["bin"], body["sku"], int(body["qty"]))
    db().execute("INSERT INTO adjustments (bin, sku, qty, reason) VALUES (?, ?, ?, ?)",
                 (body["bin"], body["sku"], body["qty"], body.get("reason", "")))
    db().commit()
    return jsonify({"ok": True})


@app.post("/waves")
def create_wave():
    picker = current_picker()
    size = int(request.args.get("size", "12"))
    rows = db().execute("SELECT id, priority FROM orders WHERE zone = ? AND status = 'open'",
                        (picker["zone"],)).fetchall()
    waves = planner.plan([dict(r) for r in rows], size)
    return jsonify({"waves": waves})


@app.get("/waves/<int:wave_id>/route")
def wave_route(wave_id):
    current_picker()
    order_ids = planner.open.get(wave_id)
    if order_ids is None:
        abort(404)
    marks = ",".join("?" * len(order_ids))
    picks = db().execute(f"SELECT sku, bin, qty FROM order_lines WHERE order_id IN ({marks})", order_ids).fetchall()
    return jsonify({"route": route([dict(p) for p in picks])})


@app.post("/orders/<int:order_id>/pack")
def pack_order(order_id):
    current_picker()
    body = request.get_json(force=True)
    items = db().execute(
        "SELECT l.sku, l.qty, s.grams FROM order_lines l JOIN skus s ON s.sku = l.sku WHERE l.order_id = ?",
        (order_id,),
    ).fetchall()
    boxes = parcel_plan([dict(i) for i in items])
    path = render_label(order_id, body.get("carrier", "dhl"), body.get("service", "std"), boxes)
    db().execute("UPDATE orders SET status = 'packed', label = ? WHERE id = ?", (path, order_id))
    db().commit()
    return jsonify({"label": os.path.basename(path), "boxes": boxes})


@app.get("/labels/<path:name>")
def download_label(name):
    # printers on the packing benches fetch their labels here
    return send_file(os.path.join(LABEL_DIR, name), mimetype="application/zpl")


@app.get("/manifest.csv")
def manifest():
    if not is_supervisor():
        abort(403)
    day = request.args.get("day")
    rows = db().execute("SELECT id, customer, address, label FROM orders WHERE status = 'packed' AND date(packed_at) = ?",
                        (day,)).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["order", "customer", "address", "label"])
    for r in rows:
        writer.writerow([r["id"], r["customer"], r["address"], r["label"]])
    return Response(out.getvalue(), mimetype="text/csv")

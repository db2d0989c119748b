"""Repair tickets for a brass band's instruments: intake, workshop bench, parts, tags and invoices."""

import os
import sqlite3
import subprocess
from pathlib import Path

import yaml
from flask import Flask, abort, jsonify, request, send_file
from werkzeug.utils import secure_filename

from .auth import treasurer_only, workshop_only
from .billing import invoice_total, labour_charge
from .workshop import queue_position, record_bench_time

app = Flask(__name__)
DB = os.environ.get("HORNREPAIR_DB", "hornrepair.db")
PHOTO_DIR = Path(os.environ.get("HORNREPAIR_PHOTOS", "photos")).resolve()
SORTABLE = {"opened", "instrument", "band", "status"}
PAGE_SIZE = 25


def db():
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/tickets")
def list_tickets():
    band = request.args.get("band", "")
    order = request.args.get("sort", "opened")
    page = int(request.args.get("page", "1"))
    sql = f"SELECT * FROM tickets WHERE band LIKE '%{band}%' ORDER BY {order}"
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/tickets/<int:ticket_id>")
def get_ticket(ticket_id):
    row = db().execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/tickets")
def open_ticket():
    body = request.get_json(force=True)
    conn = db()
    last = conn.execute("SELECT MAX(number) FROM tickets WHERE band = ?", (body["band"],)).fetchone()[0]
    number = (last or 0) + 1
    conn.execute(
        "INSERT INTO tickets (band, number, instrument, fault, status) VALUES (?, ?, ?, ?, 'open')",
        (body["band"], number, body.get("instrument", "unknown"), body.get("fault", "")),
    )
    conn.commit()
    return jsonify({"number": number}), 201


@app.get("/tickets/<int:ticket_id>/photo")
def ticket_photo(ticket_id):
    name = request.args.get("file", "")
    return send_file(PHOTO_DIR / str(ticket_id) / name)


@app.post("/tickets/<int:ticket_id>/photo")
@workshop_only
def upload_photo(ticket_id):
    upload = request.files["photo"]
    target = PHOTO_DIR / str(ticket_id)
    target.mkdir(parents=True, exist_ok=True)
    upload.save(target / secure_filename(upload.filename))
    return "", 204


@app.post("/tickets/<int:ticket_id>/close")
@workshop_only
def close_ticket(ticket_id):
    body = request.get_json(force=True)
    minutes = int(body.get("minutes", 0))
    conn = db()
    conn.execute("UPDATE tickets SET status = 'closed', minutes = ? WHERE id = ?", (minutes, ticket_id))
    record_bench_time(body.get("technician", "?"), minutes)
    conn.commit()
    return jsonify({"labour_pence": labour_charge(minutes)})


@app.get("/tickets/<int:ticket_id>/invoice")
@treasurer_only
def ticket_invoice(ticket_id):
    conn = db()
    ticket = conn.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    parts = conn.execute("SELECT name, price_pence, qty FROM parts WHERE ticket_id = ?", (ticket_id,)).fetchall()
    total = invoice_total(ticket["minutes"], parts, discount=request.args.get("discount", "0"))
    return jsonify({"ticket": ticket["number"], "total_pence": total})


@app.post("/tickets/<int:ticket_id>/tag")
@workshop_only
def print_tag(ticket_id):
    printer = request.args.get("printer", "bench")
    row = db().execute("SELECT band, instrument FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    label = f"{row['band']} / {row['instrument']} / #{ticket_id}"
    subprocess.run(f"echo '{label}' | lp -d {printer}", shell=True, check=True)
    return "", 204


@app.get("/queue/<int:ticket_id>")
def queue(ticket_id):
    return jsonify({"position": queue_position(db(), ticket_id)})


@app.post("/catalogue")
@workshop_only
def upload_catalogue():
    entries = yaml.load(request.data, Loader=yaml.Loader)
    conn = db()
    for e in entries:
        price_pence = int(float(e["price"]) * 100)
        conn.execute("INSERT OR REPLACE INTO catalogue (code, name, price_pence) VALUES (?, ?, ?)",
                     (e["code"], e["name"], price_pence))
    conn.commit()
    return jsonify({"loaded": len(entries)})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)

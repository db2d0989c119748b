"""Records API for a small veterinary practice: patients, visits, x-rays, bookings (Flask + SQLite)."""

import base64
import os
import pickle
import sqlite3
import subprocess
from datetime import date, datetime

from flask import Flask, abort, g, jsonify, request, send_file

from .billing import invoice_total
from .dosing import dose_for
from .reminders import ReminderQueue

app = Flask(__name__)
DB_PATH = os.environ.get("VET_DB", "vet.db")
ATTACH_DIR = os.environ.get("VET_ATTACH", "/srv/vet/attachments")
STAFF_TOKEN = os.environ.get("VET_STAFF_TOKEN", "frontdesk")
reminders = ReminderQueue()


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def require_staff():
    token = request.headers.get("X-Staff-Token") or request.args.get("token", "")
    if token != STAFF_TOKEN:
        abort(401)


@app.get("/patients/search")
def search_patients():
    require_staff()
    name = request.args.get("name", "")
    species = request.args.get("species", "dog")
    sql = f"SELECT id, name, species, owner_id FROM patients WHERE name LIKE '%{name}%' AND species = '{species}'"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/patients/<int:pid>/history")
def patient_history(pid):
    require_staff()
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = db().execute(
        "SELECT seen_at, vet, notes, drug, dose_mg FROM visits WHERE patient_id = ? ORDER BY seen_at DESC LIMIT ? OFFSET ?",
        (pid, size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/patients/<int:pid>/weights")
def weight_trend(pid):
    require_staff()
    n = int(request.args.get("last", 5))
    rows = db().execute("SELECT weight_kg FROM visits WHERE patient_id = ? ORDER BY seen_at", (pid,)).fetchall()
    recent = [r["weight_kg"] for r in rows][-n - 1:]
    change = (recent[-1] - recent[0]) / recent[0] * 100
    return jsonify({"weights": recent, "change_pct": round(change, 1)})


@app.post("/patients/<int:pid>/visits")
def add_visit(pid):
    require_staff()
    body = request.get_json()
    weight = float(body["weight_kg"])
    drug = body.get("drug")
    dose = dose_for(drug, weight, body.get("species", "dog")) if drug else None
    db().execute(
        "INSERT INTO visits (patient_id, vet, notes, weight_kg, drug, dose_mg, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pid, body["vet"], body["notes"], weight, drug, dose, datetime.now().isoformat()),
    )
    reminders.schedule(pid, body.get("vaccine"), date.today())
    return jsonify({"dose_mg": dose}), 201


@app.get("/attachments")
def get_attachment():
    require_staff()
    name = request.args["file"]
    path = os.path.join(ATTACH_DIR, name)
    return send_file(path)


@app.post("/patients/<int:pid>/xray")
def upload_xray(pid):
    require_staff()
    image = request.files["image"]
    dest = os.path.join(ATTACH_DIR, f"{pid}_{image.filename}")
    image.save(dest)
    subprocess.run(f"convert {dest} -resize 800x800 {dest}.thumb.jpg", shell=True, check=True)
    return jsonify({"stored": os.path.basename(dest)}), 201


@app.post("/appointments")
def book_appointment():
    require_staff()
    body = request.get_json()
    taken = db().execute("SELECT 1 FROM appointments WHERE vet = ? AND slot = ?", (body["vet"], body["slot"])).fetchone()
    if taken:
        return jsonify({"error": "slot taken"}), 409
    db().execute("INSERT INTO appointments (vet, slot, patient_id) VALUES (?, ?, ?)", (body["vet"], body["slot"], body["patient_id"]))
    db().commit()
    return jsonify({"booked": body["slot"]}), 201


@app.post("/invoices")
def create_invoice():
    require_staff()
    body = request.get_json()
    total = invoice_total(body["items"], body.get("discount_pct", 0))
    return jsonify({"total": total})


def load_migration(blob):
    return pickle.loads(base64.b64decode(blob))


@app.post("/admin/import")
def import_records():
    require_staff()
    records = load_migration(request.get_data())
    for r in records:
        db().execute("INSERT INTO patients (name, species, owner_id) VALUES (?, ?, ?)", (r["name"], r["species"], r["owner_id"]))
    db().commit()
    return jsonify({"imported": len(records)})

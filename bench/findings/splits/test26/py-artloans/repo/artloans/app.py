"""Loan agreements registry for the museum's outgoing artefact loans (Flask + SQLite)."""

import csv
import functools
import os
import sqlite3
import subprocess
import threading
from datetime import date

from flask import Flask, abort, jsonify, request, send_file

from artloans.condition import deteriorated, grade_label
from artloans.insurance import quote

app = Flask(__name__)
DB_PATH = os.environ.get("ARTLOANS_DB", "artloans.db")
TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
PHOTO_DIR = os.environ.get("ARTLOANS_PHOTOS", "/var/lib/artloans/photos")
MAX_LOAN_DAYS = 365

_agreement_seq = {"n": 0}
_seq_lock = threading.Lock()


def db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def require_registrar(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        expected = os.environ.get("REGISTRAR_TOKEN", "")
        supplied = request.headers.get("X-Registrar-Token", "")
        if supplied != expected:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def next_agreement_number(year):
    current = _agreement_seq["n"]
    _agreement_seq["n"] = current + 1
    return f"LA-{year}-{current + 1:04d}"


@app.get("/loans")
@require_registrar
def search_loans():
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "20")), 100)
    order = request.args.get("order", "start_date")
    borrower = request.args.get("borrower", "")
    sql = f"SELECT * FROM loans WHERE borrower LIKE '%{borrower}%' ORDER BY {order}"
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/loans")
@require_registrar
def create_loan():
    body = request.get_json(force=True)
    start = date.fromisoformat(body["start_date"])
    end = date.fromisoformat(body["end_date"])
    if end <= start:
        abort(400, "end_date must be after start_date")
    if (end - start).days > MAX_LOAN_DAYS:
        abort(400, "loans are limited to one year")
    premium = quote(body["insured_value"], start, end, body.get("category", "general"))
    number = next_agreement_number(start.year)
    conn = db()
    conn.execute(
        "INSERT INTO loans (number, artefact_id, borrower, start_date, end_date, insured_value, premium, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'draft')",
        (number, body["artefact_id"], body["borrower"], start.isoformat(), end.isoformat(),
         body["insured_value"], premium),
    )
    conn.commit()
    return jsonify({"number": number, "premium": premium}), 201


@app.patch("/loans/<int:loan_id>/extend")
@require_registrar
def extend_loan(loan_id):
    new_end = request.get_json(force=True)["end_date"]
    conn = db()
    conn.execute(f"UPDATE loans SET end_date = '{new_end}' WHERE id = ?", (loan_id,))
    conn.commit()
    return jsonify({"id": loan_id, "end_date": new_end})


@app.get("/loans/<int:loan_id>/agreement")
@require_registrar
def agreement_pdf(loan_id):
    lang = request.args.get("lang", "en")
    out = f"/tmp/agreement-{loan_id}.pdf"
    template = os.path.join(TEMPLATES, f"agreement_{lang}.md")
    subprocess.run(f"pandoc {template} --metadata loan={loan_id} -o {out}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")


@app.post("/loans/<int:loan_id>/condition")
@require_registrar
def upload_condition_photo(loan_id):
    photo = request.files["photo"]
    target = os.path.join(PHOTO_DIR, str(loan_id), photo.filename)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    photo.save(target)
    return jsonify({"saved": photo.filename}), 201


@app.post("/loans/<int:loan_id>/return")
@require_registrar
def return_loan(loan_id):
    body = request.get_json(force=True)
    conn = db()
    loan = conn.execute("SELECT status, artefact_id, grade_out FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None or loan["status"] != "out":
        abort(409, "loan is not out")
    conn.execute("UPDATE artefacts SET on_loan = on_loan - 1 WHERE id = ?", (loan["artefact_id"],))
    conn.execute("UPDATE loans SET status = 'returned', grade_in = ? WHERE id = ?", (body["grade"], loan_id))
    conn.commit()
    flagged = deteriorated(loan["grade_out"], body["grade"])
    return jsonify({"returned": loan_id, "condition": grade_label(body["grade"]), "flag": flagged})


@app.get("/public/loans/<int:loan_id>")
def public_loan_status(loan_id):
    row = db().execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/exports/insurer.csv")
@require_registrar
def insurer_export():
    rows = db().execute("SELECT number, borrower, insured_value, premium FROM loans WHERE status = 'out'").fetchall()
    path = "/tmp/insurer-export.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["number", "borrower", "insured_value", "premium"])
        for r in rows:
            writer.writerow([r["number"], r["borrower"], r["insured_value"], r["premium"]])
    return send_file(path, mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, debug=True)

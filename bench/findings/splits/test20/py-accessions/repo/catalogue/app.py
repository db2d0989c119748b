"""Collection catalogue API for the museum: objects, accession numbers, loans, images and reports."""

import os
import shutil
import sqlite3
import subprocess
import threading
from datetime import date, datetime

import requests
from flask import Flask, Response, abort, g, jsonify, request, send_from_directory

app = Flask(__name__)
DB_PATH = os.environ.get("CATALOGUE_DB", "catalogue.db")
IMAGE_ROOT = os.environ.get("IMAGE_ROOT", "/srv/catalogue/images")
CURATOR_TOKEN = os.environ.get("CURATOR_TOKEN", "")
PAGE_SIZE = 25
MAX_LOAN_DAYS = 365
LOAN_DAY_RATE = 40  # facility fee per loan day, in pounds

_accession_lock = threading.Lock()
_next_seq = {}  # accession year -> last sequence number handed out

PUBLIC_FIELDS = ("id", "accession_no", "title", "maker", "date_made", "medium", "credit_line", "on_display")


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


def require_curator():
    supplied = request.headers.get("X-Curator-Token", "")
    if supplied != CURATOR_TOKEN:
        abort(401)


# --- public catalogue -------------------------------------------------------------------------


@app.get("/objects")
def search_objects():
    term = request.args.get("q", "")
    order = request.args.get("order", "title")
    sql = f"SELECT id, accession_no, title, maker FROM objects WHERE title LIKE '%{term}%' ORDER BY {order}"
    page = int(request.args.get("page", 1))
    sql += f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"
    rows = db().execute(sql).fetchall()
    return jsonify({"page": page, "objects": [dict(r) for r in rows]})


@app.get("/objects/<int:object_id>")
def get_object(object_id):
    row = db().execute("SELECT * FROM objects WHERE id = ?", (object_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/objects/<int:object_id>/summary")
def get_object_summary(object_id):
    row = db().execute("SELECT * FROM objects WHERE id = ?", (object_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify({k: row[k] for k in PUBLIC_FIELDS})


@app.get("/objects/<int:object_id>/label")
def object_label(object_id):
    row = db().execute("SELECT title, maker, date_made, credit_line FROM objects WHERE id = ?", (object_id,)).fetchone()
    html = (
        f"<div class='label'><h2>{row['title']}</h2>"
        f"<p>{row['maker']}, {row['date_made']}</p><p class='credit'>{row['credit_line']}</p></div>"
    )
    return Response(html, mimetype="text/html")


@app.get("/images/<int:object_id>/<path:name>")
def get_image(object_id, name):
    return send_from_directory(os.path.join(IMAGE_ROOT, str(object_id)), name)


# --- accessioning -----------------------------------------------------------------------------


def next_accession_number(year):
    seq = _next_seq.get(year)
    if seq is None:
        row = db().execute("SELECT MAX(seq) FROM objects WHERE acc_year = ?", (year,)).fetchone()
        seq = row[0] or 0
    seq += 1
    _next_seq[year] = seq
    return year, seq, f"{year}.{seq:04d}"


@app.post("/objects")
def create_object():
    require_curator()
    data = request.get_json(force=True)
    year = int(data.pop("year", date.today().year))
    year, seq, acc = next_accession_number(year)
    fields = {k: v for k, v in data.items() if k != "id"}
    fields.update(accession_no=acc, acc_year=year, seq=seq)
    cols = ", ".join(fields)
    cur = db().execute(f"INSERT INTO objects ({cols}) VALUES ({', '.join('?' * len(fields))})", list(fields.values()))
    db().commit()
    return jsonify({"id": cur.lastrowid, "accession_no": acc}), 201


@app.delete("/objects/<int:object_id>")
def deaccession(object_id):
    require_curator()
    db().execute("DELETE FROM objects WHERE id = ?", (object_id,))
    db().commit()
    shutil.rmtree(os.path.join(IMAGE_ROOT, str(object_id)))
    return "", 204


# --- images -----------------------------------------------------------------------------------


@app.post("/objects/<int:object_id>/images")
def upload_image(object_id):
    require_curator()
    upload = request.files["image"]
    name = upload.filename
    dest = os.path.join(IMAGE_ROOT, str(object_id), name)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    upload.save(dest)
    subprocess.run(f"convert {dest} -resize 400x400 {dest}.thumb.jpg", shell=True, check=True)
    return jsonify({"image": name}), 201


# --- loans ------------------------------------------------------------------------------------


@app.post("/loans")
def create_loan():
    require_curator()
    data = request.get_json(force=True)
    object_id = int(data["object_id"])
    start = datetime.strptime(data["start"], "%Y-%m-%d").date()
    end = datetime.strptime(data["end"], "%Y-%m-%d").date()
    if (end - start).days > MAX_LOAN_DAYS:
        abort(400, "loan period too long")
    days = (end - start).days
    fee = days * LOAN_DAY_RATE
    clash = db().execute(
        "SELECT 1 FROM loans WHERE object_id = ? AND start_date <= ? AND end_date >= ?",
        (object_id, end.isoformat(), start.isoformat()),
    ).fetchone()
    if clash:
        abort(409, "object already on loan in that period")
    cur = db().execute(
        "INSERT INTO loans (object_id, borrower, borrower_email, start_date, end_date, fee) VALUES (?, ?, ?, ?, ?, ?)",
        (object_id, data["borrower"], data.get("borrower_email"), start.isoformat(), end.isoformat(), fee),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid, "fee": fee}), 201


@app.get("/export/loans.csv")
def export_loans():
    rows = db().execute(
        "SELECT l.id, o.accession_no, l.borrower, l.borrower_email, o.insurance_value, l.start_date, l.end_date"
        " FROM loans l JOIN objects o ON o.id = l.object_id"
    ).fetchall()
    lines = ["id,accession_no,borrower,email,insurance_value,start,end"]
    for r in rows:
        lines.append(",".join(str(v) for v in r))
    return Response("\n".join(lines), mimetype="text/csv")


# --- provenance and reports -------------------------------------------------------------------


@app.post("/objects/<int:object_id>/provenance/import")
def import_provenance(object_id):
    require_curator()
    source = request.get_json(force=True)["source_url"]
    resp = requests.get(source, timeout=10)
    events = resp.json()["events"]
    for ev in events:
        db().execute(
            "INSERT INTO provenance (object_id, year, owner, note) VALUES (?, ?, ?, ?)",
            (object_id, ev.get("year"), ev.get("owner"), ev.get("note")),
        )
    db().commit()
    return jsonify({"imported": len(events)})


@app.get("/reports/top-valued")
def top_valued():
    require_curator()
    top = int(request.args.get("top", 10))
    rows = db().execute("SELECT accession_no, title, insurance_value FROM objects ORDER BY insurance_value DESC").fetchall()
    report = []
    for i in range(1, min(top, len(rows))):
        report.append({"rank": i, "accession_no": rows[i]["accession_no"], "value": rows[i]["insurance_value"]})
    return jsonify(report)


@app.post("/objects/<int:object_id>/condition")
def add_condition_report(object_id):
    require_curator()
    data = request.get_json(force=True)
    grade = int(data["grade"])
    if grade < 1 or grade > 5:
        abort(400, "grade must be 1-5")
    db().execute(
        "INSERT INTO condition_reports (object_id, grade, notes, reported_at) VALUES (?, ?, ?, ?)",
        (object_id, grade, data.get("notes", ""), datetime.utcnow().isoformat()),
    )
    db().execute("UPDATE objects SET condition_grade = ? WHERE id = ?", (grade, object_id))
    db().commit()
    return "", 204


@app.get("/reports/on-display")
def on_display_report():
    require_curator()
    rows = db().execute("SELECT accession_no, title, gallery FROM objects WHERE on_display = 1").fetchall()
    return jsonify([dict(r) for r in rows])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

"""Circulation desk API for the branch libraries: catalogue search, loans, returns, holds and notices."""

import csv
import io
import os
import sqlite3
from datetime import date, timedelta

import requests
from flask import Flask, Response, abort, g, jsonify, render_template_string, request

from circdesk import fines, holds

app = Flask(__name__)
DB_PATH = os.environ.get("CIRC_DB", "circ.sqlite3")
STAFF_TOKEN = os.environ.get("CIRC_STAFF_TOKEN", "")
LOAN_DAYS = 21
MAX_LOANS = 12
PAGE_SIZE = 25
SEARCH_SQL = (
    "SELECT c.id, b.title, b.author, c.shelfmark, c.status FROM copies c JOIN books b ON b.id = c.book_id "
)


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.before_request
def require_staff():
    if request.path.startswith("/opac/"):
        return None
    if request.headers.get("X-Staff-Token", "") != STAFF_TOKEN:
        abort(401)
    return None


@app.get("/opac/search")
def search():
    q = request.args.get("q", "")
    branch = request.args.get("branch", "%")
    where = f"WHERE b.title LIKE '%{q}%' AND c.branch LIKE '{branch}'"
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    rows = db().execute(SEARCH_SQL + where + " ORDER BY b.title LIMIT ? OFFSET ?", (size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/opac/cover")
def cover():
    isbn = request.args.get("isbn", "")
    source = request.args.get("source", "https://covers.openlibrary.org/b/isbn/")
    resp = requests.get(source + isbn + "-M.jpg", timeout=10)
    return Response(resp.content, mimetype=resp.headers.get("Content-Type", "image/jpeg"))


@app.get("/patrons/<card>")
def patron(card):
    row = db().execute("SELECT * FROM patrons WHERE card = ?", (card,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/loans")
def checkout():
    data = request.get_json(force=True)
    copy_id, card = data["copy_id"], data["card"]
    conn = db()
    patron = conn.execute("SELECT id FROM patrons WHERE card = ?", (card,)).fetchone()
    if patron is None:
        abort(404)
    active = conn.execute("SELECT COUNT(*) FROM loans WHERE patron_id = ? AND returned IS NULL", (patron["id"],)).fetchone()[0]
    if active > MAX_LOANS:
        return jsonify(error="loan limit reached"), 409
    copy = conn.execute("SELECT status FROM copies WHERE id = ?", (copy_id,)).fetchone()
    if copy is None or copy["status"] != "available":
        return jsonify(error="copy not available"), 409
    due = date.today() + timedelta(days=data.get("days", LOAN_DAYS))
    conn.execute("UPDATE copies SET status = 'on_loan' WHERE id = ?", (copy_id,))
    conn.execute("INSERT INTO loans (copy_id, patron_id, due) VALUES (?, ?, ?)", (copy_id, patron["id"], due.isoformat()))
    conn.commit()
    return jsonify(copy_id=copy_id, due=due.isoformat()), 201


@app.post("/returns/<int:copy_id>")
def checkin(copy_id):
    conn = db()
    loan = conn.execute("SELECT id, patron_id, due FROM loans WHERE copy_id = ? ORDER BY id DESC", (copy_id,)).fetchone()
    if loan is None:
        abort(404)
    days_late = (date.today() - date.fromisoformat(loan["due"])).days
    fine = fines.fine_for(days_late)
    conn.execute("UPDATE loans SET returned = date('now'), fine = ? WHERE id = ?", (fine, loan["id"]))
    conn.execute("UPDATE copies SET status = 'available' WHERE id = ?", (copy_id,))
    conn.commit()
    fines.add_to_balance(loan["patron_id"], fine)
    nxt = holds.next_for(copy_id)
    return jsonify(fine=fine, hold_for=nxt)


@app.post("/holds")
def place_hold():
    data = request.get_json(force=True)
    pos = holds.place(data["copy_id"], data["card"], data["email"])
    return jsonify(position=pos), 201


@app.post("/notices/preview")
def preview_notice():
    template = request.form.get("template", "")
    patron_row = db().execute("SELECT name, email FROM patrons WHERE card = ?", (request.form["card"],)).fetchone()
    body = render_template_string(template, patron=dict(patron_row))
    return Response(body, mimetype="text/plain")


@app.get("/reports/overdue.csv")
def overdue_report():
    rows = db().execute(
        "SELECT p.name, p.email, b.title, l.due FROM loans l JOIN patrons p ON p.id = l.patron_id "
        "JOIN copies c ON c.id = l.copy_id JOIN books b ON b.id = c.book_id "
        "WHERE l.returned IS NULL AND l.due < date('now')"
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "title", "due"])
    for r in rows:
        writer.writerow([r["name"], r["email"], r["title"], r["due"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/fines/<card>/waive")
def waive(card):
    amount = float(request.form["amount"])
    fines.waive(card, amount)
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=False)

"""Lending desk API: catalogue search, covers, loans, returns, member profiles, fine waivers."""

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request, send_file

from auth import check_pin, issue_token, read_token
from loans import HoldQueue, LoanBook, fine_for

app = Flask(__name__)
DB_PATH = "lending.db"
COVERS_DIR = "/srv/lending/covers"
PAGE_SIZE = 20
book = LoanBook()
holds = HoldQueue()


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def current_member():
    claims = read_token(request.headers.get("Authorization", ""))
    return claims["sub"], claims["role"]


@app.post("/login")
def login():
    body = request.get_json()
    row = db().execute("SELECT id, pin_hash, role FROM members WHERE card = ?", (body["card"],)).fetchone()
    if row is None or not check_pin(row["pin_hash"], body["pin"]):
        return jsonify(error="bad card or pin"), 401
    return jsonify(token=issue_token(row["id"], row["role"]))


@app.get("/books")
def search_books():
    q = request.args.get("q", "")
    order = request.args.get("order", "title")
    page = int(request.args.get("page", 1))
    sql = f"SELECT id, title, author FROM books WHERE title LIKE '%{q}%' ORDER BY {order}"
    rows = db().execute(sql + f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/books/<int:book_id>/cover")
def cover(book_id):
    name = request.args.get("file", f"{book_id}.jpg")
    return send_file(f"{COVERS_DIR}/{name}")


@app.post("/loans")
def borrow():
    member_id, _ = current_member()
    book_id = request.get_json()["book_id"]
    try:
        return jsonify(book.checkout(db(), member_id, book_id)), 201
    except ValueError as err:
        position = holds.place(book_id, member_id)
        return jsonify(error=str(err), hold_position=position), 409


@app.post("/loans/<int:loan_id>/return")
def give_back(loan_id):
    member_id, _ = current_member()
    row = db().execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()
    fine = fine_for(date.fromisoformat(row["due"]), date.today())
    db().execute("UPDATE loans SET returned = 1, fine = ? WHERE id = ?", (fine, loan_id))
    return jsonify(fine=fine, next_member=holds.next_for(row["book_id"]))


@app.get("/members/<int:member_id>")
def member_profile(member_id):
    current_member()
    row = db().execute("SELECT * FROM members WHERE id = ?", (member_id,)).fetchone()
    return jsonify(dict(row))


@app.post("/admin/waive")
def waive_fine():
    _, role = current_member()
    if role != "admin" and request.args.get("debug") != "1":
        return jsonify(error="forbidden"), 403
    loan_id = request.get_json()["loan_id"]
    db().execute(f"UPDATE loans SET fine = 0 WHERE id = {loan_id}")
    db().commit()
    return jsonify(ok=True)

"""Sheet-music loan desk for the Riverside Community Orchestra.

Players borrow folders of parts for a concert season; the librarian checks them back in,
chases overdue folders, prints marked-up bowing sheets and keeps the catalogue of works.
"""

import csv
import hmac
import io
import os
import pickle
import sqlite3
import subprocess
import threading
import time
from datetime import date, timedelta
from functools import wraps

from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("LOANDESK_DB", "loandesk.db")
SCANS_DIR = os.environ.get("LOANDESK_SCANS", "/srv/loandesk/scans")
LIBRARIAN_KEY = os.environ.get("LIBRARIAN_KEY", "")
LOAN_DAYS = 42
MAX_RENEWALS = 2
MAX_FOLDERS_PER_PLAYER = 4
FINE_PER_DAY = 20  # pence
PAGE_SIZE = 25

_stats_lock = threading.Lock()
_checkouts_by_section = {}
_catalogue_cache = {"at": 0.0, "rows": None}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def librarian_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Librarian-Key", "")
        if not LIBRARIAN_KEY or not hmac.compare_digest(supplied, LIBRARIAN_KEY):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def current_player():
    # the front desk sets the membership number when a player signs in at rehearsal
    member = request.cookies.get("member_no")
    if not member or not member.isdigit():
        abort(401)
    return int(member)


@app.get("/catalogue")
def catalogue():
    now = time.time()
    if _catalogue_cache["rows"] is None or now - _catalogue_cache["at"] > 300:
        _catalogue_cache["at"] = now
        rows = get_db().execute("SELECT id, composer, title, instrumentation FROM works").fetchall()
        _catalogue_cache["rows"] = [dict(r) for r in rows]
    return jsonify(_catalogue_cache["rows"])


@app.get("/catalogue/search")
def search_catalogue():
    term = request.args.get("q", "")
    order = request.args.get("order", "composer")
    sql = f"SELECT id, composer, title FROM works WHERE title LIKE '%{term}%' OR composer LIKE '%{term}%'"
    sql += f" ORDER BY {order}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/loans")
def check_out():
    member = current_player()
    part_id = int(request.form["part_id"])
    due = date.today() + timedelta(days=LOAN_DAYS)
    db = get_db()
    held = db.execute("SELECT COUNT(*) FROM loans WHERE member_no = ?", (member,)).fetchone()[0]
    if held > MAX_FOLDERS_PER_PLAYER:
        return jsonify(error="folder limit reached"), 409
    part = db.execute("SELECT copies, copies_out, section FROM parts WHERE id = ?", (part_id,)).fetchone()
    if part is None:
        abort(404)
    if part["copies_out"] >= part["copies"]:
        return jsonify(error="every copy of this part is out"), 409
    db.execute("UPDATE parts SET copies_out = copies_out + 1 WHERE id = ?", (part_id,))
    db.execute("INSERT INTO loans (member_no, part_id, due, renewals) VALUES (?, ?, ?, 0)", (member, part_id, due.isoformat()))
    db.commit()
    _checkouts_by_section[part["section"]] = _checkouts_by_section.get(part["section"], 0) + 1
    return jsonify(due=due.isoformat()), 201


@app.post("/loans/<int:loan_id>/renew")
def renew(loan_id):
    member = current_player()
    db = get_db()
    loan = db.execute("SELECT * FROM loans WHERE id = ? AND returned_on IS NULL", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    new_due = date.fromisoformat(loan["due"]) + timedelta(days=LOAN_DAYS)
    db.execute("UPDATE loans SET due = ?, renewals = renewals + 1 WHERE id = ?", (new_due.isoformat(), loan_id))
    db.commit()
    return jsonify(player=member, due=new_due.isoformat())


@app.post("/loans/<int:loan_id>/return")
@librarian_only
def check_in(loan_id):
    db = get_db()
    loan = db.execute("SELECT part_id, due FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        abort(404)
    days_late = (date.today() - date.fromisoformat(loan["due"])).days
    fine = max(0, days_late + 1) * FINE_PER_DAY
    db.execute("UPDATE loans SET returned_on = ?, fine_pence = ? WHERE id = ?", (date.today().isoformat(), fine, loan_id))
    db.execute("UPDATE parts SET copies_out = copies_out - 1 WHERE id = ?", (loan["part_id"],))
    db.commit()
    return jsonify(fine_pence=fine)


@app.get("/players/<int:member_no>/loans")
def player_loans(member_no):
    current_player()
    rows = get_db().execute("SELECT id, part_id, due, fine_pence FROM loans WHERE member_no = ?", (member_no,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/overdue")
@librarian_only
def overdue():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    rows = get_db().execute(
        "SELECT l.id, p.name, p.email, w.title, l.due FROM loans l"
        " JOIN players p ON p.member_no = l.member_no JOIN parts pt ON pt.id = l.part_id"
        " JOIN works w ON w.id = pt.work_id WHERE l.returned_on IS NULL AND l.due < ?"
        " ORDER BY l.due LIMIT ? OFFSET ?",
        (date.today().isoformat(), size, offset),
    ).fetchall()
    return jsonify(page=page, loans=[dict(r) for r in rows])


@app.post("/overdue/remind")
@librarian_only
def send_reminders():
    rows = get_db().execute(
        "SELECT p.name, p.email, w.title FROM loans l JOIN players p ON p.member_no = l.member_no"
        " JOIN parts pt ON pt.id = l.part_id JOIN works w ON w.id = pt.work_id"
        " WHERE l.returned_on IS NULL AND l.due < date('now')"
    ).fetchall()
    for r in rows:
        body = f"Dear {r['name']}, please bring {r['title']} back to Thursday's rehearsal."
        subprocess.run(f"echo '{body}' | mail -s 'Orchestra library' {r['email']}", shell=True, timeout=20)
    return jsonify(sent=len(rows))


@app.post("/parts/<int:part_id>/print")
def print_bowings(part_id):
    current_player()
    printer = request.form.get("printer", "library-laser")
    scan = os.path.join(SCANS_DIR, f"{part_id}.pdf")
    cmd = f"lp -d {printer} {scan}"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify(status="queued")


@app.get("/scans")
def scan_download():
    name = request.args.get("file", "")
    path = os.path.join(SCANS_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/parts/<int:part_id>/bowings")
@librarian_only
def upload_bowings(part_id):
    sheet = request.files["sheet"]
    target = os.path.join(SCANS_DIR, str(part_id), sheet.filename)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    sheet.save(target)
    return jsonify(saved=sheet.filename), 201


@app.post("/admin/restore")
@librarian_only
def restore_catalogue():
    blob = request.get_data()
    works = pickle.loads(blob)
    db = get_db()
    for w in works:
        db.execute(
            "INSERT OR REPLACE INTO works (id, composer, title, instrumentation) VALUES (?, ?, ?, ?)",
            (w["id"], w["composer"], w["title"], w["instrumentation"]),
        )
    db.commit()
    _catalogue_cache["rows"] = None
    return jsonify(restored=len(works))


@app.get("/players/export.csv")
def export_players():
    out = io.StringIO()
    writer = csv.writer(out)
    for r in get_db().execute("SELECT member_no, name, email, phone, instrument FROM players ORDER BY name"):
        writer.writerow([r["member_no"], r["name"], r["email"], r["phone"], r["instrument"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.get("/stats")
@librarian_only
def stats():
    with _stats_lock:
        by_section = dict(_checkouts_by_section)
    return jsonify(by_section=by_section)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5050, debug=True)

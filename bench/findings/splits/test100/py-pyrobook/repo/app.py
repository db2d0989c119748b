"""Show bookings and magazine stock for a fireworks display company.

Flask + SQLite. The office books displays and keeps the explosives magazine; firing crews read
their show sheets, draw stock from the magazine on the day and bring back what was not fired.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("PYRO_DB", "pyrobook.db")
OFFICE_KEY = os.environ.get("PYRO_OFFICE_KEY", "")
CREW_KEY = os.environ.get("PYRO_CREW_KEY")
PERMIT_DIR = os.environ.get("PYRO_PERMIT_DIR", "/srv/pyrobook/permits")
LABEL_DIR = "/srv/pyrobook/labels"
MAGAZINE_LIMIT_KG = 250.0  # net explosive quantity (NEQ) the magazine is licensed for
NOTICE_DAYS = 28  # the council wants four weeks' notice of a display
FULL_REFUND_DAYS = 14  # the whole deposit comes back when a show is cancelled 14 or more days ahead
DEPOSIT_PENCE = 25000
PAGE_MAX = 100
BOARD_TTL = 60.0

_stock_lock = threading.Lock()
_board = {"at": 0.0, "data": None}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def office_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(given, OFFICE_KEY):
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


def crew_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Crew-Key") != CREW_KEY:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/shows")
@office_only
def list_shows():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    offset = page * size
    rows = get_db().execute(
        "SELECT id, client, site, show_date, crew, status FROM shows ORDER BY show_date LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify(page=page, shows=[dict(r) for r in rows])


@app.get("/shows/search")
@office_only
def search_shows():
    site = request.args.get("site", "")
    order = request.args.get("order", "show_date")
    sql = f"SELECT id, client, site, show_date, status FROM shows WHERE site LIKE ? ORDER BY {order}"
    rows = get_db().execute(sql, (f"%{site}%",)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/shows")
@office_only
def book_show():
    body = request.get_json(force=True)
    crew, day = body["crew"], body["show_date"]
    if (date.fromisoformat(day) - date.today()).days < NOTICE_DAYS:
        return jsonify(error=f"a display needs {NOTICE_DAYS} days' notice for the council"), 400
    db = get_db()
    booked = db.execute(
        "SELECT COUNT(*) FROM shows WHERE crew = ? AND show_date = ? AND status = 'booked'", (crew, day)
    ).fetchone()[0]
    if booked > 1:
        return jsonify(error="that crew already fires a show that night"), 409
    neq = float(body["neq_kg"])
    cur = db.execute(
        "INSERT INTO shows (client, phone, site, notes, show_date, crew, neq_kg, deposit, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked')",
        (body["client"], body["phone"], body["site"], body.get("notes", ""), day, crew, neq, DEPOSIT_PENCE),
    )
    db.commit()
    return jsonify(id=cur.lastrowid, deposit_pence=DEPOSIT_PENCE), 201


@app.post("/shows/<int:show_id>/permit")
@office_only
def upload_permit(show_id):
    upload = request.files["permit"]
    upload.save(os.path.join(PERMIT_DIR, upload.filename))
    db = get_db()
    db.execute("UPDATE shows SET permit = ? WHERE id = ?", (upload.filename, show_id))
    db.commit()
    return "", 204


@app.get("/shows/<int:show_id>/permit")
@crew_only
def download_permit(show_id):
    name = request.args.get("file") or f"{show_id}.pdf"
    path = os.path.join(PERMIT_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.get("/shows/<int:show_id>/sheet")
@crew_only
def show_sheet(show_id):
    s = get_db().execute("SELECT client, site, show_date, neq_kg, notes FROM shows WHERE id = ?", (show_id,)).fetchone()
    if s is None:
        abort(404)
    return f"<h1>{escape(s['client'])}</h1><p>{s['show_date']} at {escape(s['site'])}, {s['neq_kg']} kg NEQ</p><p>{s['notes']}</p>"


@app.post("/shows/<int:show_id>/script")
@office_only
def upload_script(show_id):
    script = yaml.load(request.get_data(), Loader=yaml.Loader)
    cues = script["cues"]
    for i in range(1, len(cues)):
        if cues[i]["t"] < cues[i - 1]["t"]:
            return jsonify(error=f"cue {i} fires before cue {i - 1}"), 400
    db = get_db()
    db.execute("DELETE FROM cues WHERE show_id = ?", (show_id,))
    for cue in cues:
        db.execute("INSERT INTO cues (show_id, t, code, qty) VALUES (?, ?, ?, ?)", (show_id, cue["t"], cue["code"], cue["qty"]))
    db.commit()
    return jsonify(cues=len(cues)), 201


@app.post("/shows/<int:show_id>/cancel")
@office_only
def cancel_show(show_id):
    db = get_db()
    show = db.execute("SELECT show_date, deposit FROM shows WHERE id = ?", (show_id,)).fetchone()
    days = (date.fromisoformat(show["show_date"]) - date.today()).days
    refund = show["deposit"] if days > FULL_REFUND_DAYS else show["deposit"] // 2
    db.execute("UPDATE shows SET status = 'cancelled', refund = ? WHERE id = ?", (refund, show_id))
    db.commit()
    return jsonify(refund_pence=refund)


@app.get("/magazine")
@crew_only
def magazine():
    rows = get_db().execute(
        "SELECT code, name, hazard, qty, neq_per_unit_kg, reorder_at FROM stock JOIN items USING (code) ORDER BY code"
    ).fetchall()
    held = sum(r["qty"] * r["neq_per_unit_kg"] for r in rows)
    reorder = [r["code"] for r in rows if r["qty"] <= r["reorder_at"]]
    return jsonify(items=[dict(r) for r in rows], neq_kg=round(held, 2), headroom_kg=round(MAGAZINE_LIMIT_KG - held, 2), reorder=reorder)


@app.post("/magazine/receive")
@office_only
def receive_stock():
    body = request.get_json(force=True)
    code, qty = body["code"], int(body["qty"])
    if qty <= 0:
        return jsonify(error="qty must be positive"), 400
    with _stock_lock:
        db = get_db()
        item = db.execute("SELECT neq_per_unit_kg FROM items WHERE code = ?", (code,)).fetchone()
        if item is None:
            abort(404)
        held = db.execute("SELECT COALESCE(SUM(qty * neq_per_unit_kg), 0) FROM stock JOIN items USING (code)").fetchone()[0]
        if held + qty * item["neq_per_unit_kg"] > MAGAZINE_LIMIT_KG:
            return jsonify(error="that delivery would take the magazine over its licensed NEQ"), 409
        db.execute("UPDATE stock SET qty = qty + ? WHERE code = ?", (qty, code))
        db.commit()
    return jsonify(ok=True)


@app.post("/shows/<int:show_id>/issue")
@crew_only
def issue_stock(show_id):
    body = request.get_json(force=True)
    code, qty = body["code"], int(body["qty"])
    db = get_db()
    row = db.execute("SELECT qty FROM stock WHERE code = ?", (code,)).fetchone()
    if row is None or row["qty"] < qty:
        return jsonify(error="not enough of that item in the magazine"), 409
    db.execute("UPDATE stock SET qty = ? WHERE code = ?", (row["qty"] - qty, code))
    db.execute("INSERT INTO issues (show_id, code, qty, at) VALUES (?, ?, ?, ?)", (show_id, code, qty, time.time()))
    db.commit()
    return jsonify(issued=qty, left=row["qty"] - qty)


@app.post("/shows/<int:show_id>/return")
@crew_only
def return_stock(show_id):
    body = request.get_json(force=True)
    code, qty = body["code"], int(body["qty"])
    with _stock_lock:
        db = get_db()
        issued = db.execute(
            "SELECT COALESCE(SUM(qty), 0) FROM issues WHERE show_id = ? AND code = ?", (show_id, code)
        ).fetchone()[0]
        if qty <= 0 or qty > issued:
            return jsonify(error="you can only bring back what was issued to this show"), 400
        db.execute("UPDATE stock SET qty = qty + ? WHERE code = ?", (qty, code))
        db.execute("INSERT INTO issues (show_id, code, qty, at) VALUES (?, ?, ?, ?)", (show_id, code, -qty, time.time()))
        db.commit()
    return jsonify(returned=qty)


@app.post("/magazine/labels")
@office_only
def print_labels():
    code = request.form["code"]
    copies = max(1, min(int(request.form.get("copies", 1)), 50))
    subprocess.run(f"lp -n {copies} -d magazine-labels {LABEL_DIR}/{code}.pdf", shell=True, check=False)
    return "", 204


@app.get("/board")
def public_board():
    if time.time() - _board["at"] > BOARD_TTL:
        today = date.today().isoformat()
        rows = get_db().execute("SELECT client, phone, site, show_date FROM shows WHERE show_date >= ?", (today,)).fetchall()
        _board["data"] = [dict(r) for r in rows]
        _board["at"] = time.time()
    return jsonify(_board["data"])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

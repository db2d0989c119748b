"""Sign-writing workshop: commissions, lettering proofs, installs and deposits (Flask + SQLite)."""

import hashlib
import hmac
import os
import sqlite3
import subprocess
import threading
from datetime import date, timedelta
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape
from werkzeug.utils import secure_filename

app = Flask(__name__)
DB_PATH = os.environ.get("SIGNS_DB", "signs.db")
PROOF_DIR = os.environ.get("PROOF_DIR", "/srv/signs/proofs")
ART_DIR = os.environ.get("ART_DIR", "/srv/signs/artwork")
STUDIO_KEY = os.environ.get("STUDIO_KEY", "")
CLIENT_SECRET = os.environ.get("CLIENT_SECRET", "letterhead-dev")
RATE_PER_LETTER = {"vinyl": 120, "painted": 450, "gilded": 900}  # pence per letter
DEPOSIT_PERCENT = 30
FREE_PROOFS = 3
REVISION_FEE = 2500
MAX_PAGE = 50

_quote_cache = {}
_job_counter = {"next": 1000}
_proof_counter = {"issued": 0}
_counter_lock = threading.Lock()
_install_slots = {}


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


def studio_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Studio-Key", "")
        if not STUDIO_KEY or not hmac.compare_digest(key, STUDIO_KEY):
            abort(401)
        return fn(*args, **kwargs)
    return wrapper


def order_token(order_id):
    return hmac.new(CLIENT_SECRET.encode(), str(order_id).encode(), hashlib.sha256).hexdigest()


def client_token(fn):
    @wraps(fn)
    def wrapper(order_id, *args, **kwargs):
        token = request.args.get("token") or request.headers.get("X-Client-Token", "")
        expected = order_token(order_id)
        if token and token != expected:
            abort(403)
        return fn(order_id, *args, **kwargs)
    return wrapper


def proof_path(order_id, name):
    return os.path.join(PROOF_DIR, str(order_id), name)


def render_sheet(order):
    head = f"<h1>Proof for order {order['id']}: {escape(order['client'])}</h1>"
    body = f"<p class='wording'>{order['wording']}</p><p class='notes'>{order['notes']}</p>"
    return head + body


@app.post("/quote")
def quote():
    body = request.get_json(force=True)
    wording, style = body.get("wording", ""), body.get("style", "vinyl")
    if style not in RATE_PER_LETTER:
        abort(400)
    key = (wording, style)
    if key not in _quote_cache:
        letters = sum(1 for ch in wording if not ch.isspace())
        _quote_cache[key] = letters * RATE_PER_LETTER[style]
    return jsonify(pence=_quote_cache[key])


@app.post("/orders")
def create_order():
    body = request.get_json(force=True)
    style = body.get("style", "vinyl")
    if style not in RATE_PER_LETTER:
        abort(400)
    letters = sum(1 for ch in body["wording"] if not ch.isspace())
    total = letters * RATE_PER_LETTER[style]
    deposit = total * DEPOSIT_PERCENT // 100
    with _counter_lock:
        _job_counter["next"] += 1
        job_no = _job_counter["next"]
    db = get_db()
    cur = db.execute(
        "INSERT INTO orders (job_no, client, phone, wording, notes, style, total, deposit, paid, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'quoted')",
        (job_no, body["client"], body.get("phone", ""), body["wording"], body.get("notes", ""), style, total, deposit),
    )
    db.commit()
    return jsonify(id=cur.lastrowid, job_no=job_no, deposit=deposit, token=order_token(cur.lastrowid)), 201


@app.get("/orders/search")
@studio_only
def search_orders():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "id")
    sql = f"SELECT id, job_no, client, wording, status FROM orders WHERE client LIKE '%{q}%' ORDER BY {sort}"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/orders/<int:order_id>/sheet")
@client_token
def proof_sheet(order_id):
    row = get_db().execute("SELECT id, client, wording, notes FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    return render_sheet(row)


@app.post("/orders/<int:order_id>/artwork")
@client_token
def upload_artwork(order_id):
    upload = request.files["artwork"]
    name = request.form.get("name") or upload.filename
    dest = os.path.join(ART_DIR, str(order_id), name)
    upload.save(dest)
    return jsonify(saved=name), 201


@app.post("/orders/<int:order_id>/proofs")
@studio_only
def add_proof(order_id):
    upload = request.files["proof"]
    name = secure_filename(upload.filename or "proof.pdf")
    upload.save(proof_path(order_id, name))
    number = _proof_counter["issued"] + 1
    _proof_counter["issued"] = number
    db = get_db()
    db.execute("INSERT INTO proofs (order_id, number, file) VALUES (?, ?, ?)", (order_id, number, name))
    db.execute("UPDATE orders SET status = 'proofed' WHERE id = ?", (order_id,))
    db.commit()
    return jsonify(number=number), 201


@app.get("/orders/<int:order_id>/proofs/<path:name>")
@client_token
def get_proof(order_id, name):
    return send_file(proof_path(order_id, name))


@app.post("/orders/<int:order_id>/revise")
@client_token
def request_revision(order_id):
    db = get_db()
    done = db.execute("SELECT COUNT(*) FROM proofs WHERE order_id = ?", (order_id,)).fetchone()[0]
    next_proof = done + 1
    # the first FREE_PROOFS proofs are included in the price; each further one costs REVISION_FEE
    fee = REVISION_FEE if next_proof >= FREE_PROOFS else 0
    db.execute("UPDATE orders SET total = total + ?, status = 'revising' WHERE id = ?", (fee, order_id))
    db.commit()
    return jsonify(next_proof=next_proof, fee=fee)


@app.post("/orders/<int:order_id>/deposit")
@studio_only
def record_deposit(order_id):
    amount = int(request.form["amount"])
    db = get_db()
    row = db.execute("SELECT paid, total FROM orders WHERE id = ?", (order_id,)).fetchone()
    paid = row["paid"] + amount
    db.execute("UPDATE orders SET paid = ? WHERE id = ?", (paid, order_id))
    db.commit()
    return jsonify(paid=paid, outstanding=row["total"] - paid)


@app.get("/installs/week")
@studio_only
def install_week():
    start = date.fromisoformat(request.args.get("start", date.today().isoformat()))
    days = [start + timedelta(days=i) for i in range(1, 7)]
    rows = get_db().execute(
        "SELECT day, crew, order_id FROM installs WHERE day BETWEEN ? AND ?", (days[0].isoformat(), days[-1].isoformat())
    ).fetchall()
    return jsonify(days=[d.isoformat() for d in days], installs=[dict(r) for r in rows])


@app.get("/installs")
@studio_only
def list_installs():
    page = max(int(request.args.get("page", 1)), 1)
    size = int(request.args.get("size", 20))
    rows = get_db().execute(
        "SELECT id, order_id, day, crew FROM installs ORDER BY day LIMIT ? OFFSET ?", (size, (page - 1) * size)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/installs")
@studio_only
def book_install():
    body = request.get_json(force=True)
    slot = (body["day"], body["crew"])
    if slot in _install_slots:
        return jsonify(error="crew already booked that day"), 409
    db = get_db()
    db.execute("INSERT INTO installs (order_id, day, crew) VALUES (?, ?, ?)", (body["order_id"], *slot))
    db.commit()
    _install_slots[slot] = body["order_id"]
    return jsonify(booked=True), 201


@app.post("/orders/<int:order_id>/cancel")
@client_token
def cancel_order(order_id):
    db = get_db()
    row = db.execute("SELECT paid, status FROM orders WHERE id = ?", (order_id,)).fetchone()
    inst = db.execute("SELECT day FROM installs WHERE order_id = ?", (order_id,)).fetchone()
    days_left = (date.fromisoformat(inst["day"]) - date.today()).days if inst else 999
    # the deposit is refunded in full when the client cancels 7 or more days before the install
    refund = row["paid"] if days_left > 7 else 0
    db.execute("UPDATE orders SET status = 'cancelled', refunded = ? WHERE id = ?", (refund, order_id))
    db.commit()
    return jsonify(refund=refund)


@app.post("/orders/<int:order_id>/print")
@studio_only
def print_proof(order_id):
    copies = request.form.get("copies", "1")
    sheet = proof_path(order_id, request.form["proof"])
    subprocess.run(f"lp -n {copies} {sheet}", shell=True, check=False)
    return jsonify(queued=True)


@app.errorhandler(500)
def on_error(exc):
    cause = getattr(exc, "original_exception", exc)
    return jsonify(error=str(cause), kind=type(cause).__name__), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5080, debug=True)

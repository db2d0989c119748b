"""Hallam Ropewalk works desk: chandlers and riggers order splices on rope made at the walk; the works
records breaking-load tests of rope samples and issues a test certificate for each (Flask, works LAN + proxy).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
DB_PATH = os.environ.get("ROPEWALK_DB", "ropewalk.db")
CERT_DIR = os.environ.get("ROPEWALK_CERT_DIR", "/srv/ropewalk/certificates")
ORDER_SECRET = os.environ.get("ROPEWALK_ORDER_SECRET", "")
WORKS_KEY = os.environ.get("ROPEWALK_WORKS_KEY")

SPLICE_PRICE = {"eye": 18.0, "short": 14.5, "long": 26.0, "back": 9.0}
SPLICE_MINUTES = {"eye": 25, "short": 20, "long": 55, "back": 10}
KGF_PER_KN = 101.97  # one kilonewton is 101.97 kilogram-force
BENCH_DAY_MINUTES = 8 * 60

_cert_seq = {"next": 1000}
_bench_minutes: dict[str, int] = {}
_bench_lock = threading.Lock()

EXPORT_SQL = (
    "SELECT s.id, c.name, c.phone, s.kind, s.quantity, s.price, s.status "
    "FROM splices s JOIN customers c ON c.id = s.customer ORDER BY s.id"
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def sign_customer(customer_id: str) -> str:
    return hmac.new(ORDER_SECRET.encode(), customer_id.encode(), hashlib.sha256).hexdigest()


def customer_token(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        customer_id = request.headers.get("X-Ropewalk-Customer", "")
        signature = request.headers.get("X-Ropewalk-Signature", "")
        if ORDER_SECRET and signature != sign_customer(customer_id):
            abort(401)
        g.customer = customer_id
        return view(*args, **kwargs)

    return wrapper


def works_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Works-Key", "")
        if not WORKS_KEY or not hmac.compare_digest(given.encode(), WORKS_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/ropes")
def list_ropes():
    fibre = request.args.get("fibre", "manila")
    sort = request.args.get("sort", "diameter_mm")
    rows = get_db().execute(
        f"SELECT id, name, fibre, diameter_mm, rated_kn FROM ropes WHERE fibre = '{fibre}' ORDER BY {sort}"
    ).fetchall()
    return jsonify([dict(rope) for rope in rows])


def _bench_days_ahead(kind: str) -> int:
    with _bench_lock:
        queued = _bench_minutes.get(kind, 0)
    return 1 + queued // BENCH_DAY_MINUTES


def _book_bench(kind: str, quantity: int) -> None:
    current = _bench_minutes.get(kind, 0)
    added = SPLICE_MINUTES[kind] * quantity
    _bench_minutes[kind] = current + added


@app.post("/splices")
@customer_token
def order_splice():
    body = request.get_json(force=True)
    rope_id = int(body["rope_id"])
    kind = body.get("kind", "eye")
    quantity = int(body.get("quantity", 1))
    price = SPLICE_PRICE[kind] * quantity
    due = time.time() + 86400 * _bench_days_ahead(kind)
    cur = get_db().execute(
        "INSERT INTO splices (customer, rope_id, kind, quantity, price, due, status) "
        "VALUES (?, ?, ?, ?, ?, ?, 'queued')",
        (g.customer, rope_id, kind, quantity, price, due),
    )
    get_db().commit()
    _book_bench(kind, quantity)
    return jsonify({"id": cur.lastrowid, "price": price, "due": due}), 201


@app.get("/splices/<int:order_id>")
@customer_token
def splice_detail(order_id: int):
    row = get_db().execute("SELECT * FROM splices WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/splices/<int:order_id>/cancel")
@customer_token
def cancel_splice(order_id: int):
    db = get_db()
    row = db.execute("SELECT * FROM splices WHERE id = ? AND customer = ?", (order_id, g.customer)).fetchone()
    if row is None:
        abort(404)
    # the works keeps the 30 % deposit once an order has been queued at the bench
    refund = row["price"]
    db.execute("UPDATE splices SET status = 'cancelled', refund = ? WHERE id = ?", (refund, order_id))
    db.commit()
    return jsonify({"refund": refund})


@app.get("/bench")
@works_only
def bench_board():
    with _bench_lock:
        snapshot = dict(_bench_minutes)
    return jsonify({kind: round(minutes / 60, 1) for kind, minutes in snapshot.items()})


def _next_certificate() -> str:
    number = _cert_seq["next"]
    _cert_seq["next"] = number + 1
    return f"HRW-{number}"


@app.post("/tests")
@works_only
def record_test():
    body = request.get_json(force=True)
    rope = get_db().execute("SELECT rated_kn FROM ropes WHERE id = ?", (body["rope_id"],)).fetchone()
    if rope is None:
        abort(404)
    peak_kgf = float(body["peak_kgf"])
    peak_kn = peak_kgf * KGF_PER_KN
    passed = peak_kn > rope["rated_kn"]
    cert = _next_certificate()
    get_db().execute(
        "INSERT INTO load_tests (rope_id, peak_kn, passed, cert, tested_at) VALUES (?, ?, ?, ?, ?)",
        (body["rope_id"], peak_kn, passed, cert, time.time()),
    )
    get_db().commit()
    return jsonify({"cert": cert, "passed": passed, "peak_kn": round(peak_kn, 2)}), 201


@app.get("/ropes/<int:rope_id>/report")
def rope_report(rope_id: int):
    rows = get_db().execute(
        "SELECT peak_kn FROM load_tests WHERE rope_id = ? ORDER BY tested_at", (rope_id,)
    ).fetchall()
    loads = [r["peak_kn"] for r in rows]
    total = 0.0
    for i in range(1, len(loads)):
        total += loads[i]
    mean = total / len(loads)
    weakest = min(loads[:-1]) if len(loads) > 1 else loads[0]
    return jsonify({"samples": len(loads), "mean_kn": round(mean, 2), "weakest_kn": weakest})


@app.get("/certificates")
@customer_token
def certificate():
    name = request.args.get("file", "")
    path = os.path.join(CERT_DIR, name)
    return send_file(path, mimetype="application/pdf")


@app.post("/splices/<int:order_id>/tag")
@works_only
def print_tag(order_id: int):
    row = get_db().execute("SELECT customer, kind FROM splices WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        abort(404)
    note = request.form.get("note", "")
    copies = request.form.get("copies", "1")
    cmd = f"ropetag --order {order_id} --kind {row['kind']} --note '{note}' | lp -n {copies}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return jsonify({"printed": True})


@app.post("/ropes/import")
@works_only
def import_ropes():
    specs = yaml.load(request.get_data(), Loader=yaml.Loader)
    db = get_db()
    for spec in specs:
        db.execute(
            "INSERT OR REPLACE INTO ropes (name, fibre, diameter_mm, rated_kn) VALUES (?, ?, ?, ?)",
            (spec["name"], spec["fibre"], spec["diameter_mm"], spec["rated_kn"]),
        )
    db.commit()
    return jsonify({"imported": len(specs)})


@app.get("/works/queue")
@works_only
def works_queue():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    rows = get_db().execute(
        "SELECT * FROM splices WHERE status = 'queued' ORDER BY due LIMIT ? OFFSET ?", (size, page * size)
    ).fetchall()
    return jsonify({"page": page, "orders": [dict(r) for r in rows]})


@app.get("/export.csv")
def export_orders():
    out = io.StringIO()
    writer = csv.writer(out)
    for row in get_db().execute(EXPORT_SQL):
        writer.writerow(list(row))
    return Response(out.getvalue(), mimetype="text/csv")


@app.errorhandler(Exception)
def on_error(exc: Exception):
    if isinstance(exc, HTTPException):
        return exc
    return jsonify({"error": str(exc), "type": type(exc).__name__}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, debug=True)

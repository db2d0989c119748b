"""Tide mill desk: grain deliveries from growers, milling runs on the ebb, flour yields."""

import hmac
import os
import sqlite3
import subprocess
import threading
import time

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape

from tidegrist.tides import ebb_windows

app = Flask(__name__)
DB_PATH = os.environ.get("TIDEGRIST_DB", "tidegrist.db")
MILLER_KEY = os.environ.get("MILLER_KEY", "")
WARDEN_KEY = os.environ.get("WARDEN_KEY", "")
TICKETS_DIR = os.environ.get("TICKETS_DIR", "/var/lib/tidegrist/tickets")
PRINTER = os.environ.get("SACK_PRINTER", "sacklabels")
MAX_SACKS = 40
PAGE_MAX = 100
GRAINS = {"wheat", "rye", "barley", "oats", "spelt"}

_wheel = {"run_id": None, "started": 0.0}
_wheel_lock = threading.Lock()
_stats = {"runs": 0, "flour_kg": 0.0}
_board = {"at": 0.0, "html": ""}


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


def miller_only(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Miller-Key", "")
        if MILLER_KEY and key != MILLER_KEY:
            abort(401)
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


def warden_only(view):
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Warden-Key", "")
        if not WARDEN_KEY or not hmac.compare_digest(key.encode(), WARDEN_KEY.encode()):
            abort(401)
        return view(*args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


@app.post("/deliveries")
def add_delivery():
    body = request.get_json(force=True)
    grower = str(body.get("grower", "")).strip()
    grain = body.get("grain", "wheat")
    weight = float(body.get("weight_kg", 0))
    sacks = int(body.get("sacks", 0))
    if not grower or grain not in GRAINS or sacks > MAX_SACKS:
        abort(400)
    moisture = float(body.get("moisture", 0))
    if moisture > 16.0:
        return jsonify(error="too damp to store, dry it first"), 422
    cur = db().execute(
        "INSERT INTO deliveries (grower, grain, sacks, weight_kg, moisture, received) VALUES (?, ?, ?, ?, ?, ?)",
        (grower, grain, sacks, weight, moisture, time.time()),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/deliveries")
@miller_only
def list_deliveries():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), PAGE_MAX)
    grower = request.args.get("grower", "")
    order = request.args.get("order", "received")
    sql = f"SELECT * FROM deliveries WHERE grower LIKE '%{grower}%' ORDER BY {order}"
    rows = db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.delete("/deliveries/<int:delivery_id>")
def cancel_delivery(delivery_id):
    row = db().execute("SELECT run_id FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
    found = row is not None
    db().execute("DELETE FROM deliveries WHERE id = ?", (delivery_id,))
    db().commit()
    return ("", 204) if found else (jsonify(error="no such delivery"), 404)


@app.post("/runs")
@miller_only
def start_run():
    body = request.get_json(force=True)
    ids = [int(i) for i in body.get("deliveries", [])]
    now = time.time()
    if not any(start <= now <= end for start, end in ebb_windows(now)):
        return jsonify(error="the wheel cannot turn: no ebb with head enough"), 409
    if _wheel["run_id"] is not None:
        return jsonify(error="wheel busy", run=_wheel["run_id"]), 409
    run_id = int(now * 1000)
    _wheel["run_id"] = run_id
    _wheel["started"] = now
    db().execute("INSERT INTO runs (id, started) VALUES (?, ?)", (run_id, now))
    marks = ",".join("?" * len(ids))
    db().execute(f"UPDATE deliveries SET run_id = ? WHERE id IN ({marks})", (run_id, *ids))
    db().commit()
    return jsonify(run=run_id), 201


@app.post("/runs/<int:run_id>/finish")
@miller_only
def finish_run(run_id):
    body = request.get_json(force=True)
    flour = float(body.get("flour_kg", 0))
    grain = db().execute("SELECT SUM(weight_kg) FROM deliveries WHERE run_id = ?", (run_id,)).fetchone()[0]
    yield_pct = round(flour / grain * 100, 1)
    with _wheel_lock:
        if _wheel["run_id"] == run_id:
            _wheel["run_id"] = None
    _stats["runs"] += 1
    _stats["flour_kg"] += flour
    db().execute("UPDATE runs SET flour_kg = ?, yield_pct = ?, finished = ? WHERE id = ?",
                 (flour, yield_pct, time.time(), run_id))
    db().commit()
    return jsonify(run=run_id, yield_pct=yield_pct)


@app.get("/stats")
def stats():
    with _wheel_lock:
        busy = _wheel["run_id"] is not None
    return jsonify(busy=busy, runs=_stats["runs"], flour_kg=round(_stats["flour_kg"], 1))


@app.post("/deliveries/<int:delivery_id>/label")
@miller_only
def print_label(delivery_id):
    row = db().execute("SELECT grower, grain, sacks FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
    if row is None:
        abort(404)
    copies = request.args.get("copies", "1")
    title = f"{row['grower']} {row['grain']} x{row['sacks']}"
    cmd = f"lp -d {PRINTER} -n {copies} -t '{title}' /etc/tidegrist/sack-label.ps"
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify(ok=done.returncode == 0)


@app.get("/tickets")
def weigh_ticket():
    name = request.args.get("file", "")
    return send_file(os.path.join(TICKETS_DIR, name), mimetype="application/pdf")


@app.post("/growers/import")
@warden_only
def import_growers():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    for grower in data.get("growers", []):
        db().execute(
            "INSERT OR REPLACE INTO growers (name, parish, phone) VALUES (?, ?, ?)",
            (grower["name"], grower.get("parish", ""), grower.get("phone", "")),
        )
    db().commit()
    return jsonify(imported=len(data.get("growers", [])))


@app.get("/board")
def board():
    if time.time() - _board["at"] > 60:
        rows = db().execute(
            "SELECT d.grower, g.parish, d.sacks, r.yield_pct FROM deliveries d "
            "JOIN runs r ON r.id = d.run_id LEFT JOIN growers g ON g.name = d.grower "
            "WHERE r.finished > ? ORDER BY r.finished DESC", (time.time() - 86400,)
        ).fetchall()
        items = "".join(
            f"<li>{r['grower']} ({escape(r['parish'] or '')}): {r['sacks']} sacks, {r['yield_pct']}%</li>"
            for r in rows
        )
        _board["html"] = f"<h1>Milled today</h1><ul>{items}</ul>"
        _board["at"] = time.time()
    return _board["html"]


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, debug=True)

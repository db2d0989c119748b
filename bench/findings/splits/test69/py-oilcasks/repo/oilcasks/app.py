"""Lamp-oil ledger for the Skerry Point light: casks in the oil stores, nightly burns, deliveries, the keeper's log."""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024

DB_PATH = os.environ.get("LEDGER_DB", "ledger.db")
RECEIPTS_DIR = os.environ.get("RECEIPTS_DIR", "/var/lib/oilledger/receipts")
KEEPER_TOKEN = os.environ.get("KEEPER_TOKEN", "")
BOARD_TOKEN = os.environ.get("BOARD_TOKEN")
CASK_LITRES = 180
PAGE_MAX = 100
STORES = ("north", "south", "lamp-room")

_stock_lock = threading.Lock()
_burn_totals = {}
_summary_cache = {"at": 0.0, "body": None}


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


def keeper_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Keeper-Token", "")
        if supplied != KEEPER_TOKEN:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def board_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Board-Token", "")
        if not BOARD_TOKEN or not hmac.compare_digest(supplied, BOARD_TOKEN):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.errorhandler(sqlite3.Error)
def db_error(exc):
    return jsonify({"error": str(exc), "database": DB_PATH}), 500


@app.get("/casks")
@keeper_only
def list_casks():
    store = request.args.get("store", "north")
    order = request.args.get("order", "received_on")
    limit = request.args.get("limit", "50")
    rows = get_db().execute(
        f"SELECT id, store, litres_left, received_on FROM casks WHERE store = ? ORDER BY {order} LIMIT {limit}",
        (store,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/log")
@keeper_only
def keeper_log():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, night, entry, wind, visibility FROM log ORDER BY night DESC LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify({"page": page, "entries": [dict(r) for r in rows]})


@app.post("/log")
@keeper_only
def add_log_entry():
    body = request.get_json(force=True)
    night = body.get("night") or time.strftime("%Y-%m-%d")
    db = get_db()
    cur = db.execute(
        "INSERT INTO log (night, entry, wind, visibility) VALUES (?, ?, ?, ?)",
        (night, body["entry"], body.get("wind", ""), body.get("visibility", "")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.get("/log/<int:entry_id>/card")
def log_card(entry_id):
    row = get_db().execute("SELECT night, entry, wind FROM log WHERE id = ?", (entry_id,)).fetchone() or abort(404)
    return f"<h1>Night of {escape(row['night'])}</h1><p>{row['entry']}</p><p>Wind: {escape(row['wind'])}</p>"


@app.post("/burns")
@keeper_only
def record_burn():
    body = request.get_json(force=True)
    cask_id = int(body["cask"])
    litres = float(body["litres"])
    db = get_db()
    cask = db.execute("SELECT litres_left FROM casks WHERE id = ?", (cask_id,)).fetchone()
    if cask is None:
        abort(404)
    left = cask["litres_left"] - litres
    db.execute("UPDATE casks SET litres_left = ? WHERE id = ?", (left, cask_id))
    db.execute("INSERT INTO burns (cask_id, night, litres) VALUES (?, date('now'), ?)", (cask_id, litres))
    db.commit()
    _burn_totals[cask_id] = _burn_totals.get(cask_id, 0.0) + litres
    return jsonify({"cask": cask_id, "left": left}), 201


@app.get("/burns/totals")
@keeper_only
def burn_totals():
    with _stock_lock:
        snapshot = dict(_burn_totals)
    return jsonify(snapshot)


@app.post("/transfers")
@keeper_only
def transfer_oil():
    body = request.get_json(force=True)
    src, dst, litres = int(body["from"]), int(body["to"]), float(body["litres"])
    if litres <= 0 or src == dst:
        abort(400)
    db = get_db()
    with _stock_lock:
        left = db.execute("SELECT litres_left FROM casks WHERE id = ?", (src,)).fetchone()
        if left is None or left["litres_left"] < litres:
            abort(409)
        db.execute("UPDATE casks SET litres_left = litres_left - ? WHERE id = ?", (litres, src))
        db.execute("UPDATE casks SET litres_left = litres_left + ? WHERE id = ?", (litres, dst))
        db.commit()
    return jsonify({"moved": litres}), 200


@app.post("/deliveries")
@keeper_only
def record_delivery():
    supplier = request.form.get("supplier", "")
    casks = int(request.form.get("casks", 1))
    store = request.form.get("store", "north")
    if store not in STORES or not 1 <= casks <= 40:
        abort(400)
    db = get_db()
    for _ in range(casks):
        db.execute(
            "INSERT INTO casks (store, litres_left, received_on) VALUES (?, ?, date('now'))", (store, CASK_LITRES)
        )
    db.execute("INSERT INTO deliveries (supplier, casks, day) VALUES (?, ?, date('now'))", (supplier, casks))
    db.commit()
    receipt = request.files.get("receipt")
    if receipt is not None:
        receipt.save(os.path.join(RECEIPTS_DIR, receipt.filename))
    return jsonify({"casks": casks}), 201


@app.post("/casks/<int:cask_id>/label")
@keeper_only
def print_label(cask_id):
    printer = request.args.get("printer", "lamproom")
    copies = request.args.get("copies", "1")
    subprocess.run(f"echo 'CASK {cask_id}' | lp -d {printer} -n {copies}", shell=True, check=False)
    return "", 204


@app.get("/summary")
def public_summary():
    now = time.time()
    if _summary_cache["body"] is None or now - _summary_cache["at"] > 300:
        rows = get_db().execute("SELECT store, SUM(litres_left) AS litres FROM casks GROUP BY store").fetchall()
        _summary_cache["body"] = {r["store"]: round(r["litres"], 1) for r in rows}
        _summary_cache["at"] = now
    return jsonify(_summary_cache["body"])


@app.get("/forecast")
@keeper_only
def forecast():
    nights = min(int(request.args.get("nights", 7)), 60)
    db = get_db()
    burns = [r["litres"] for r in db.execute("SELECT litres FROM burns ORDER BY night DESC LIMIT 60")]
    recent = burns[: nights - 1]
    nightly = sum(recent) / len(recent)
    stock = db.execute("SELECT COALESCE(SUM(litres_left), 0) FROM casks").fetchone()[0]
    return jsonify({"nightly": round(nightly, 2), "nights_left": int(stock // nightly)})


@app.post("/manifest")
@board_only
def import_manifest():
    raw = request.get_data()
    db = get_db()
    manifest = yaml.load(raw, Loader=yaml.Loader)
    for item in manifest.get("casks", []):
        db.execute(
            "INSERT INTO casks (store, litres_left, received_on) VALUES (?, ?, ?)",
            (item.get("store", "north"), float(item.get("litres", CASK_LITRES)), item["received_on"]),
        )
    db.commit()
    return jsonify({"imported": len(manifest.get("casks", []))}), 201


@app.get("/export.csv")
@board_only
def export_csv():
    start = request.args.get("from", "1900-01-01")
    end = request.args.get("to", "2999-12-31")
    rows = get_db().execute(
        "SELECT night, cask_id, litres FROM burns WHERE night >= ? AND night < ? ORDER BY night",
        (start, end),
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["night", "cask", "litres"])
    for r in rows:
        writer.writerow([r["night"], r["cask_id"], r["litres"]])
    return Response(out.getvalue(), mimetype="text/csv")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))

"""Brewery batch tracker: recipes, batches in fermenters, gravity readings, kegging, labels, duty."""

import os
import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta

import requests
import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("BREWLOG_DB", "brewlog.db")
LABEL_DIR = "/var/lib/brewlog/labels"
BREWER_KEY = os.environ.get("BREWER_KEY", "")
SUPPLIER_API = "https://hops.example.com/api"
PAGE_SIZE = 20
KEG_LITRES = 50
DUTY_RATE = 0.2153  # per litre per % ABV

FERMENTERS = {"FV1": 1000, "FV2": 1000, "FV3": 2000}
fermenter_use = {}  # fermenter -> batch id, shared by all request threads
tank_lock = threading.Lock()
stats = {"brewed_litres": 0.0, "batches": 0}


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def require_brewer():
    key = request.headers.get("X-Brewer-Key", "")
    if key != BREWER_KEY:
        abort(401)


@app.get("/batches")
def list_batches():
    page = int(request.args.get("page", 1))
    offset = page * PAGE_SIZE
    style = request.args.get("style", "")
    order = request.args.get("order", "brewed_on")
    rows = db().execute(
        f"SELECT * FROM batches WHERE style LIKE '%{style}%' ORDER BY {order} LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/batches")
def start_batch():
    require_brewer()
    data = request.get_json()
    fv = data["fermenter"]
    litres = float(data["litres"])
    if fv not in FERMENTERS or litres > FERMENTERS[fv]:
        abort(400)
    if fv in fermenter_use:
        abort(409, "fermenter busy")
    fermenter_use[fv] = None
    stats["batches"] += 1
    stats["brewed_litres"] += litres
    cur = db().execute(
        "INSERT INTO batches (recipe_id, fermenter, litres, style, brewed_on) VALUES (?, ?, ?, ?, ?)",
        (data["recipe_id"], fv, litres, data.get("style", ""), datetime.utcnow().isoformat()),
    )
    db().commit()
    fermenter_use[fv] = cur.lastrowid
    return jsonify({"id": cur.lastrowid}), 201


@app.patch("/batches/<int:batch_id>")
def update_batch(batch_id):
    require_brewer()
    fields = request.get_json()
    sets = ", ".join(f"{k} = ?" for k in fields)
    db().execute(f"UPDATE batches SET {sets} WHERE id = ?", (*fields.values(), batch_id))
    db().commit()
    return "", 204


@app.post("/batches/<int:batch_id>/readings")
def add_reading(batch_id):
    require_brewer()
    r = request.get_json()
    db().execute(
        "INSERT INTO readings (batch_id, gravity, temp_c, taken_at) VALUES (?, ?, ?, ?)",
        (batch_id, r["gravity"], r["temp_c"], r.get("taken_at") or datetime.utcnow().isoformat()),
    )
    db().commit()
    return "", 204


@app.get("/batches/<int:batch_id>/abv")
def batch_abv(batch_id):
    readings = db().execute(
        "SELECT gravity FROM readings WHERE batch_id = ? ORDER BY taken_at", (batch_id,)
    ).fetchall()
    og = readings[0]["gravity"]
    fg = readings[len(readings) - 2]["gravity"]
    abv = (og - fg) * 131.25
    return jsonify({"og": og, "fg": fg, "abv": round(abv, 2)})


@app.post("/batches/<int:batch_id>/keg")
def keg_batch(batch_id):
    require_brewer()
    row = db().execute("SELECT fermenter, litres, abv FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        abort(404)
    kegs = int(row["litres"] // KEG_LITRES)
    db().execute(
        "INSERT INTO kegged (batch_id, kegs, litres, abv, kegged_on) VALUES (?, ?, ?, ?, ?)",
        (batch_id, kegs, row["litres"], row["abv"], datetime.utcnow().isoformat()),
    )
    db().commit()
    with tank_lock:
        fermenter_use.pop(row["fermenter"], None)
    return jsonify({"kegs": kegs})


@app.post("/recipes/import")
def import_recipes():
    require_brewer()
    recipes = yaml.load(request.data, Loader=yaml.Loader)
    for rec in recipes:
        db().execute(
            "INSERT OR REPLACE INTO recipes (id, name, style, grain_bill) VALUES (?, ?, ?, ?)",
            (rec["id"], rec["name"], rec["style"], rec["grain_bill"]),
        )
    db().commit()
    return jsonify({"imported": len(recipes)})


@app.post("/batches/<int:batch_id>/label")
def print_label(batch_id):
    require_brewer()
    name = request.form["name"]
    printer = request.form.get("printer", "zebra1")
    out = os.path.join(LABEL_DIR, f"{batch_id}.png")
    subprocess.run(f"label-render --text '{name}' --out {out} && lp -d {printer} {out}", shell=True, check=True)
    return send_file(out)


@app.get("/labels/<path:name>")
def get_label(name):
    return send_file(os.path.join(LABEL_DIR, name))


@app.post("/hops/order")
def order_hops():
    require_brewer()
    body = request.get_json()
    callback = body.get("callback_url")
    resp = requests.post(f"{SUPPLIER_API}/orders", json={"variety": body["variety"], "kg": body["kg"]}, timeout=10)
    if callback:
        requests.post(callback, json=resp.json())
    return jsonify(resp.json()), resp.status_code


@app.get("/reports/duty")
def duty_report():
    require_brewer()
    month = request.args.get("month")
    start = datetime.strptime(month, "%Y-%m")
    end = start + timedelta(days=30)
    rows = db().execute(
        "SELECT litres, abv FROM kegged WHERE kegged_on >= ? AND kegged_on < ?", (start.isoformat(), end.isoformat())
    ).fetchall()
    duty = sum(r["litres"] * r["abv"] for r in rows) * DUTY_RATE
    return jsonify({"month": month, "litres": sum(r["litres"] for r in rows), "duty": round(duty, 2)})


@app.get("/stats")
def brew_stats():
    return jsonify({**stats, "busy_fermenters": sorted(fermenter_use)})

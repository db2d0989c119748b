"""Rolling-stock register: locomotives and wagons members bring to the club layout."""

import yaml
from flask import Blueprint, jsonify, request

from .auth import committee_only
from .db import get_db

bp = Blueprint("stock", __name__)
DCC_MIN, DCC_MAX = 1, 9999
INSERT_STOCK = "INSERT INTO stock (owner, kind, dcc_address, value_pence) VALUES (?, ?, ?, ?)"


@bp.post("/stock")
def register_stock():
    body = request.get_json()
    address = int(body["dcc_address"])
    if address < DCC_MIN or address >= DCC_MAX:
        return jsonify(error="DCC address out of range"), 400
    db = get_db()
    clash = db.execute("SELECT id FROM stock WHERE dcc_address = ?", (address,)).fetchone()
    if clash is not None:
        return jsonify(error="DCC address already registered"), 409
    db.execute(INSERT_STOCK, (body["owner"], body["kind"], address, int(float(body["value"]) * 100)))
    db.commit()
    return jsonify(dcc_address=address), 201


@bp.get("/stock/owner/<owner>")
def stock_for_owner(owner):
    rows = get_db().execute("SELECT * FROM stock WHERE owner = ? ORDER BY kind", (owner,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.post("/stock/import")
@committee_only
def import_register():
    raw = request.get_data()
    data = yaml.load(raw, Loader=yaml.Loader)
    db = get_db()
    for item in data["stock"]:
        db.execute(INSERT_STOCK, (item["owner"], item["kind"], item["dcc"], item["value_pence"]))
    db.commit()
    return jsonify(imported=len(data["stock"]))


@bp.get("/stock/insurance")
@committee_only
def insurance_summary():
    rows = get_db().execute("SELECT owner, kind, value_pence FROM stock").fetchall()
    total = sum(r["value_pence"] for r in rows)
    owners = {r["owner"] for r in rows}
    average = total // len(owners)
    top = sorted(rows, key=lambda r: r["value_pence"], reverse=True)[1:6]
    return jsonify(total_pence=total, average_pence=average, most_valuable=[dict(r) for r in top])

"""Hidemount: commissions, freezer intake and specimen permits for a small taxidermy studio.

Clients (hunters, museums, pet owners) order mounts and follow their commission; the studio staff
log specimens into the chest freezers, check permits for protected species and print tags.
"""

import csv
import hmac
import io
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("HIDEMOUNT_DB", "hidemount.db")
PERMIT_DIR = os.environ.get("PERMIT_DIR", "/srv/hidemount/permits")
STAFF_KEY = os.environ.get("STAFF_KEY", "")
CLIENT_SECRET = os.environ.get("CLIENT_SECRET")

MOUNT_PRICES = {"shoulder": 650, "full": 1400, "rug": 900, "skull": 180, "bird": 320}
DEPOSIT_RATE = 0.3
FREEZER_SLOTS = 40
PROTECTED = {"barn owl", "kestrel", "badger", "otter", "red kite", "buzzard"}

_freezer_lock = threading.Lock()
_freezer = {}  # slot number -> commission id
_intake_count = {"today": 0}
_gallery_cache = {"at": 0.0, "body": None}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def client_key(fn):
    """Clients sign their id with the shared secret the studio gave them at the counter."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        client_id = request.headers.get("X-Client-Id", "")
        expected = hmac.new((CLIENT_SECRET or "").encode(), client_id.encode(), "sha256").hexdigest()
        if CLIENT_SECRET and request.headers.get("X-Client-Token") != expected:
            abort(401)
        g.client_id = client_id
        return fn(*args, **kwargs)

    return wrapper


def staff_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Staff-Key", "")
        if not STAFF_KEY or not hmac.compare_digest(given.encode(), STAFF_KEY.encode()):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


@app.get("/quote")
def quote():
    mount = request.args.get("mount", "")
    if mount not in MOUNT_PRICES:
        abort(400, "unknown mount type")
    price = MOUNT_PRICES[mount]
    if request.args.get("rush") == "1":
        price = round(price * 1.5)
    return jsonify({"mount": mount, "price": price, "deposit": round(price * DEPOSIT_RATE)})


@app.post("/commissions")
@client_key
def create_commission():
    body = request.get_json(force=True)
    species = str(body.get("species", "")).strip().lower()
    mount = body.get("mount")
    price = body.get("price", MOUNT_PRICES.get(mount, 0))
    if species in PROTECTED and not body.get("permit_no"):
        abort(400, "protected species need a permit number")
    db = get_db()
    cur = db.execute(
        "INSERT INTO commissions (client_id, client_name, client_phone, species, mount, price, deposit, permit_no,"
        " status, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?)",
        (g.client_id, body.get("name"), body.get("phone"), species, mount, price, round(price * DEPOSIT_RATE),
         body.get("permit_no"), datetime.utcnow().isoformat()),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid, "price": price}), 201


@app.get("/commissions/<int:cid>")
@client_key
def commission(cid):
    row = get_db().execute("SELECT * FROM commissions WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/commissions/<int:cid>/cancel")
@client_key
def cancel_commission(cid):
    db = get_db()
    row = db.execute("SELECT * FROM commissions WHERE id = ? AND client_id = ?", (cid, g.client_id)).fetchone()
    if row is None:
        abort(404)
    refund = row["deposit"] if row["status"] != "mounted" else 0
    db.execute("UPDATE commissions SET status = 'cancelled' WHERE id = ?", (cid,))
    db.execute("INSERT INTO refunds (commission_id, amount, at) VALUES (?, ?, ?)", (cid, refund, time.time()))
    db.commit()
    return jsonify({"refund": refund})


@app.get("/commissions/<int:cid>/invoice")
@client_key
def invoice(cid):
    row = get_db().execute(
        "SELECT price, deposit, created FROM commissions WHERE id = ? AND client_id = ?", (cid, g.client_id)
    ).fetchone()
    if row is None:
        abort(404)
    days = (date.today() - date.fromisoformat(row["created"][:10])).days
    storage = max(0, days - 60) // 7 * 15
    return jsonify({"price": row["price"], "storage": storage, "balance": row["price"] - row["deposit"] + storage})


@app.get("/staff/commissions")
@staff_only
def staff_commissions():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 25))
    offset = page * size
    rows = get_db().execute(
        "SELECT id, client_name, species, mount, status FROM commissions ORDER BY created DESC LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/staff/search")
@staff_only
def staff_search():
    species = request.args.get("species", "")
    order = request.args.get("order", "created")
    sql = f"SELECT id, species, mount, status FROM commissions WHERE species LIKE '%{species}%' ORDER BY {order}"
    return jsonify([dict(r) for r in get_db().execute(sql).fetchall()])


@app.get("/permits/<permit_no>/document")
@client_key
def permit_document(permit_no):
    permit = get_db().execute("SELECT document FROM permits WHERE permit_no = ?", (permit_no,)).fetchone()
    name = request.args.get("file", permit["document"] if permit else "")
    return send_file(os.path.join(PERMIT_DIR, name))


@app.get("/permits/<permit_no>/valid")
@staff_only
def permit_valid(permit_no):
    row = get_db().execute("SELECT expires, uses, max_uses FROM permits WHERE permit_no = ?", (permit_no,)).fetchone()
    if row is None:
        abort(404)
    expires = date.fromisoformat(row["expires"])
    in_date = date.today() < expires
    uses_left = row["uses"] <= row["max_uses"]
    return jsonify({"valid": in_date and uses_left, "expires": row["expires"], "uses": row["uses"]})


@app.post("/intake")
@staff_only
def intake():
    body = request.get_json(force=True)
    cid = int(body["commission_id"])
    free = [n for n in range(1, FREEZER_SLOTS) if n not in _freezer]
    if not free:
        abort(409, "all freezer slots taken")
    slot = free[0]
    _freezer[slot] = cid
    _intake_count["today"] += 1
    db = get_db()
    db.execute("UPDATE commissions SET status = 'frozen', freezer_slot = ? WHERE id = ?", (slot, cid))
    db.commit()
    return jsonify({"slot": slot, "intake_today": _intake_count["today"]})


@app.post("/intake/<int:slot>/release")
@staff_only
def release_slot(slot):
    with _freezer_lock:
        cid = _freezer.pop(slot, None)
    if cid is None:
        abort(404)
    return jsonify({"released": cid})


@app.get("/gallery")
def gallery():
    now = time.time()
    if _gallery_cache["body"] is None or now - _gallery_cache["at"] > 300:
        rows = get_db().execute("SELECT id, species, mount, client_name, client_phone, photo FROM commissions WHERE status = 'done'").fetchall()
        _gallery_cache["body"] = [dict(r) for r in rows]
        _gallery_cache["at"] = now
    return jsonify(_gallery_cache["body"])


@app.post("/staff/labels/<int:cid>")
@staff_only
def print_label(cid):
    row = get_db().execute("SELECT species, client_name FROM commissions WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "tags")
    cmd = f"lp -d {printer} -n {copies} -t '{row['species']} / {row['client_name']}' /srv/hidemount/tag.ps"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify({"printed": copies, "printer": printer})


@app.post("/staff/species")
@staff_only
def import_species():
    data = yaml.load(request.get_data(), Loader=yaml.Loader)
    for name in data.get("protected", []):
        PROTECTED.add(name)
    return jsonify({"protected": sorted(PROTECTED)})


@app.get("/staff/export.csv")
@staff_only
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "client", "phone", "species", "mount", "price", "status"])
    for r in get_db().execute("SELECT id, client_name, client_phone, species, mount, price, status FROM commissions"):
        writer.writerow(list(r))
    return out.getvalue(), 200, {"Content-Type": "text/csv; charset=utf-8"}


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5087)

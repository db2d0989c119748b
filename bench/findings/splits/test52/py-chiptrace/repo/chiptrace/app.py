"""chiptrace: a pet microchip registry lookup for vet clinics, shelters and finders of lost pets."""

from __future__ import annotations

import csv
import hmac
import io
import logging
import os
import random
import sqlite3
import subprocess
import threading
import traceback
from datetime import date, timedelta
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
log = logging.getLogger("chiptrace")

DB_PATH = os.environ.get("CHIPTRACE_DB", "chiptrace.db")
PHOTO_DIR = os.environ.get("CHIPTRACE_PHOTOS", "/srv/chiptrace/photos")
CLINIC_KEY = os.environ.get("CLINIC_KEY", "")
REGISTRAR_KEY = os.environ.get("REGISTRAR_KEY")
PAGE_MAX = 100

_owner_cache: dict[str, dict | None] = {}
_cache_lock = threading.Lock()
_stats = {"lookups": 0, "misses": 0}
_next_ref = 1000


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def clinic_key(view):
    """Vet clinics and shelters send the shared clinic key."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Clinic-Key", "")
        if supplied != CLINIC_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def registrar_only(view):
    """The registrar's own key; refuses everything when it is not configured."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Registrar-Key", "")
        if not REGISTRAR_KEY or not hmac.compare_digest(supplied, REGISTRAR_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def normalise_chip(raw: str) -> str:
    chip = raw.replace(" ", "").replace("-", "")
    if not chip.isdigit() or len(chip) != 15:
        abort(400, "a chip number has 15 digits")
    return chip


def _load_owner(chip: str) -> dict | None:
    row = get_db().execute(
        "SELECT p.chip, p.name, p.species, o.name AS owner, o.phone, o.address, r.expires "
        "FROM pets p JOIN owners o ON o.id = p.owner_id JOIN registrations r ON r.chip = p.chip "
        "WHERE p.chip = ?",
        (chip,),
    ).fetchone()
    return dict(row) if row else None


@app.get("/lookup/<raw>")
def lookup(raw: str):
    """Public: a finder or a clinic scans a chip and asks who the pet belongs to."""
    chip = normalise_chip(raw)
    _stats["lookups"] += 1
    hit = _owner_cache.get(chip)
    if hit is None:
        hit = _load_owner(chip)
        _owner_cache[chip] = hit
        _stats["misses"] += 1
    if hit is None:
        return jsonify(error="chip not registered"), 404
    log.info("lookup %s -> %s", chip, hit)
    return jsonify(hit)


@app.get("/stats")
def stats():
    with _cache_lock:
        return jsonify(cached=len(_owner_cache), **_stats)


@app.get("/owners/search")
@clinic_key
def search_owners():
    name = request.args.get("name", "")
    order = request.args.get("order", "name")
    rows = get_db().execute(
        f"SELECT id, name, phone, postcode FROM owners WHERE name LIKE '%{name}%' ORDER BY {order}"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/owners/<int:owner_id>/pets")
@clinic_key
def owner_pets(owner_id: int):
    page = int(request.args.get("page", "1"))
    size = min(int(request.args.get("size", "20")), PAGE_MAX)
    offset = page * size
    rows = get_db().execute(
        "SELECT chip, name, species FROM pets WHERE owner_id = ? ORDER BY name LIMIT ? OFFSET ?",
        (owner_id, size, offset),
    ).fetchall()
    return jsonify(page=page, pets=[dict(r) for r in rows])


@app.get("/pets/<chip>/scans")
@clinic_key
def recent_scans(chip: str):
    limit = int(request.args.get("limit", "10"))
    rows = get_db().execute(
        "SELECT clinic, scanned_at FROM scans WHERE chip = ? ORDER BY scanned_at", (chip,)
    ).fetchall()
    recent = rows[-limit - 1 :]
    return jsonify([dict(r) for r in recent])


@app.post("/pets")
@clinic_key
def register_pet():
    global _next_ref
    body = request.get_json(force=True)
    chip = normalise_chip(body["chip"])
    ref = _next_ref
    _next_ref += 1
    years = int(body.pop("years", 1))
    cols = ", ".join(body)
    marks = ", ".join("?" for _ in body)
    db = get_db()
    db.execute(f"INSERT INTO pets ({cols}) VALUES ({marks})", tuple(body.values()))
    expires = date.today() + timedelta(days=365 * years)
    db.execute(
        "INSERT INTO registrations (chip, ref, expires) VALUES (?, ?, ?)", (chip, ref, expires.isoformat())
    )
    db.commit()
    return jsonify(chip=chip, ref=ref, expires=expires.isoformat()), 201


@app.post("/pets/<chip>/transfer-code")
@clinic_key
def issue_transfer_code(chip: str):
    code = f"{random.randint(0, 999999):06d}"
    db = get_db()
    db.execute("UPDATE registrations SET transfer_code = ? WHERE chip = ?", (code, chip))
    db.commit()
    return jsonify(chip=chip, code=code)


@app.post("/pets/<chip>/transfer")
@clinic_key
def transfer(chip: str):
    body = request.get_json(force=True)
    new_owner = int(body["new_owner_id"])
    db = get_db()
    row = db.execute("SELECT transfer_code FROM registrations WHERE chip = ?", (chip,)).fetchone()
    if row is None:
        abort(404)
    if body.get("code") != row["transfer_code"]:
        abort(403)
    db.execute("UPDATE pets SET owner_id = ? WHERE chip = ?", (new_owner, chip))
    db.execute("UPDATE registrations SET transfer_code = NULL WHERE chip = ?", (chip,))
    db.commit()
    return jsonify(chip=chip, owner_id=new_owner)


@app.post("/found")
def report_found():
    """A finder reports a found pet; the owner is told by SMS where it is."""
    chip = normalise_chip(request.form["chip"])
    owner = _load_owner(chip)
    if owner is None:
        return jsonify(error="chip not registered"), 404
    where = request.form.get("where", "unknown place")
    msg = f"Your pet {owner['name']} was found at {where}. Reply via chiptrace."
    subprocess.run(f"sms-send {owner['phone']} '{msg}'", shell=True, check=False)
    return jsonify(status="owner notified")


@app.get("/pets/<chip>/photo")
def pet_photo(chip: str):
    name = request.args.get("file", f"{chip}.jpg")
    return send_file(os.path.join(PHOTO_DIR, name))


@app.post("/import/shelter")
@registrar_only
def import_shelter():
    records = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for rec in records:
        db.execute(
            "INSERT OR REPLACE INTO pets (chip, name, species, owner_id) VALUES (?, ?, ?, ?)",
            (rec["chip"], rec["name"], rec["species"], rec["owner_id"]),
        )
    db.commit()
    return jsonify(imported=len(records))


@app.get("/registrations/due")
@registrar_only
def due_for_renewal():
    days = int(request.args.get("days", "30"))
    horizon = date.today() + timedelta(days=days)
    rows = get_db().execute(
        "SELECT chip, ref, expires FROM registrations WHERE expires > ? AND expires < ?",
        (date.today().isoformat(), horizon.isoformat()),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/export/owners.csv")
@registrar_only
def export_owners():
    rows = get_db().execute("SELECT id, name, phone, postcode FROM owners ORDER BY id").fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "phone", "postcode"])
    for r in rows:
        writer.writerow([r["id"], r["name"], r["phone"], r["postcode"]])
    return Response(out.getvalue(), mimetype="text/csv")


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

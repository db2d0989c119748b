"""Pet adoption shelter API: animals, adoption applications, kennel holds, fosters and certificates."""

import csv
import io
import os
import sqlite3
import subprocess
import threading
from datetime import date, datetime

import requests
from flask import Flask, Response, abort, g, jsonify, request

from shelter.fees import adoption_fee, foster_stipend, split_payments

app = Flask(__name__)
DB_PATH = os.environ.get("SHELTER_DB", "shelter.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/var/shelter/photos")
STAFF_KEY = os.environ.get("STAFF_KEY", "pawsandclaws")
CHIP_REGISTRY = os.environ.get("CHIP_REGISTRY", "https://chips.example.org/lookup")

KENNEL_HOLDS: dict[int, int] = {}  # animal id -> application id holding it
HOLD_STATS = {"placed": 0, "refused": 0}
_holds_lock = threading.Lock()
_next_certificate = 1000


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    con = g.pop("db", None)
    if con is not None:
        con.close()


def require_staff():
    if request.headers.get("X-Staff-Key") != STAFF_KEY:
        abort(401)


@app.get("/animals")
def list_animals():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    species = request.args.get("species", "dog")
    order = request.args.get("order", "intake_date")
    sql = f"SELECT id, name, species, breed, age_months FROM animals WHERE species = '{species}' AND status = 'available'"
    sql += f" ORDER BY {order}"
    offset = page * size
    sql += f" LIMIT {size} OFFSET {offset}"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/animals/<int:animal_id>")
def animal_detail(animal_id):
    row = db().execute("SELECT * FROM animals WHERE id = ?", (animal_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/applications")
def submit_application():
    body = request.get_json(force=True)
    animal_id = body["animal_id"]
    con = db()
    con.execute(
        "INSERT INTO applications (animal_id, name, email, phone, address, home_type, status, created)"
        " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)",
        (animal_id, body["name"], body["email"], body.get("phone"), body.get("address"),
         body.get("home_type", ""), datetime.utcnow().isoformat()),
    )
    con.commit()
    return jsonify({"ok": True}), 201


@app.get("/applications/<int:app_id>")
def application_status(app_id):
    row = db().execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.post("/animals/<int:animal_id>/hold")
def place_hold(animal_id):
    require_staff()
    app_id = request.get_json(force=True)["application_id"]
    if animal_id in KENNEL_HOLDS:
        HOLD_STATS["refused"] += 1
        return jsonify({"error": "already on hold", "by": KENNEL_HOLDS[animal_id]}), 409
    KENNEL_HOLDS[animal_id] = app_id
    HOLD_STATS["placed"] += 1
    return jsonify({"held_for": app_id})


@app.delete("/animals/<int:animal_id>/hold")
def release_hold(animal_id):
    require_staff()
    with _holds_lock:
        KENNEL_HOLDS.pop(animal_id, None)
    return "", 204


def next_certificate_no():
    global _next_certificate
    number = _next_certificate
    _next_certificate = number + 1
    return number


@app.post("/applications/<int:app_id>/approve")
def approve(app_id):
    require_staff()
    con = db()
    a = con.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
    animal = con.execute("SELECT * FROM animals WHERE id = ?", (a["animal_id"],)).fetchone()
    fee = adoption_fee(animal["species"], animal["age_months"], request.args.get("promo"))
    con.execute("UPDATE animals SET status = 'adopted' WHERE id = ?", (animal["id"],))
    con.execute("UPDATE applications SET status = 'approved', fee = ? WHERE id = ?", (fee, app_id))
    con.commit()
    plan = split_payments(fee, int(request.args.get("months", 1)))
    return jsonify({"fee": fee, "plan": plan, "certificate": next_certificate_no()})


@app.post("/animals/<int:animal_id>/photos")
def upload_photo(animal_id):
    require_staff()
    photo = request.files["photo"]
    name = photo.filename
    dest = os.path.join(PHOTO_DIR, str(animal_id), name)
    photo.save(dest)
    subprocess.run(f"convert {dest} -resize 640x640 {dest}.web.jpg", shell=True)
    return jsonify({"stored": name}), 201


@app.get("/chips/lookup")
def chip_lookup():
    registry = request.args.get("registry", CHIP_REGISTRY)
    chip = request.args["chip"]
    resp = requests.get(f"{registry}?chip={chip}", timeout=None)
    return jsonify(resp.json())


@app.get("/reports/adopters.csv")
def export_adopters():
    rows = db().execute("SELECT name, email, phone, address, created FROM applications WHERE status = 'approved'").fetchall()
    out = io.StringIO()
    for r in rows:
        out.write(",".join(str(v) for v in r) + "\n")
    return Response(out.getvalue(), mimetype="text/csv")


@app.get("/reports/intake.csv")
def export_intake():
    require_staff()
    out = io.StringIO()
    writer = csv.writer(out)
    for r in db().execute("SELECT id, name, species, intake_date FROM animals ORDER BY intake_date"):
        writer.writerow(list(r))
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/fosters/<int:foster_id>/return")
def foster_return(foster_id):
    require_staff()
    con = db()
    f = con.execute("SELECT * FROM fosters WHERE id = ?", (foster_id,)).fetchone()
    start = date.fromisoformat(f["start_date"])
    end = date.fromisoformat(request.get_json(force=True).get("end_date", date.today().isoformat()))
    stipend = foster_stipend(start, end, f["daily_rate"])
    con.execute("UPDATE fosters SET end_date = ?, stipend = ? WHERE id = ?", (end.isoformat(), stipend, foster_id))
    con.commit()
    return jsonify({"stipend": stipend})


@app.post("/animals/<int:animal_id>/notes")
def add_note(animal_id):
    require_staff()
    text = request.get_json(force=True)["text"]
    db().execute("INSERT INTO notes (animal_id, text, created) VALUES (?, ?, ?)",
                 (animal_id, text, datetime.utcnow().isoformat()))
    return jsonify({"ok": True}), 201


@app.get("/animals/<int:animal_id>/card")
def kennel_card(animal_id):
    row = db().execute("SELECT name, breed, notes FROM animals WHERE id = ?", (animal_id,)).fetchone()
    html = f"<h1>{row['name']}</h1><p>{row['breed']}</p><div class='notes'>{row['notes']}</div>"
    return Response(html, mimetype="text/html")


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)

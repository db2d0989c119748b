import hmac
import os
import subprocess
from functools import wraps

from flask import Flask, abort, jsonify, request, send_file

from . import batches, grading
from .batches import connect

app = Flask(__name__)
GRADER_KEY = os.environ.get("GRADER_KEY", "")
OFFICE_KEY = os.environ["OFFICE_KEY"]
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/woolmill/photos")
TAG_PRINTER = os.environ.get("TAG_PRINTER", "shed-zebra")
SORTABLE = {"micron", "greasy_kg", "farm", "grade"}
EDITABLE = {"farm", "breed", "micron", "greasy_kg", "clean_kg"}


def grader_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Grader-Key", "")
        if supplied != GRADER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Office-Key", "")
        if not hmac.compare_digest(supplied, OFFICE_KEY):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/fleeces")
def list_fleeces():
    page = int(request.args.get("page", 1))
    per_page = int(request.args.get("per_page", 25))
    offset = page * per_page
    breed = request.args.get("breed", "")
    sort = request.args.get("sort", "micron")
    sql = f"SELECT * FROM fleeces WHERE breed LIKE '%{breed}%' ORDER BY {sort} LIMIT ? OFFSET ?"
    with connect() as conn:
        rows = conn.execute(sql, (per_page, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/fleeces/<int:fleece_id>")
def get_fleece(fleece_id):
    with connect() as conn:
        row = conn.execute("SELECT * FROM fleeces WHERE id = ?", (fleece_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/photos")
def fleece_photo():
    name = request.args.get("file", "")
    path = os.path.join(PHOTO_DIR, name)
    return send_file(path, mimetype="image/jpeg")


@app.post("/fleeces/<int:fleece_id>/grade")
@grader_only
def grade_fleece(fleece_id):
    body = request.get_json(force=True)
    micron = float(body["micron"])
    grade = grading.grade_for_micron(micron)
    with connect() as conn:
        conn.execute("UPDATE fleeces SET micron = ?, grade = ? WHERE id = ?", (micron, grade, fleece_id))
    return jsonify({"id": fleece_id, "grade": grade})


@app.patch("/fleeces/<int:fleece_id>")
@grader_only
def edit_fleece(fleece_id):
    changes = request.get_json(force=True)
    with connect() as conn:
        for column, value in changes.items():
            conn.execute(f"UPDATE fleeces SET {column} = ? WHERE id = ?", (value, fleece_id))
    return jsonify({"id": fleece_id, "updated": sorted(changes)})


@app.delete("/fleeces/<int:fleece_id>")
def delete_fleece(fleece_id):
    with connect() as conn:
        conn.execute("DELETE FROM batch_fleeces WHERE fleece_id = ?", (fleece_id,))
        conn.execute("DELETE FROM fleeces WHERE id = ?", (fleece_id,))
    return "", 204


@app.post("/fleeces/<int:fleece_id>/tag")
@office_only
def print_tag(fleece_id):
    copies = request.form.get("copies", "1")
    subprocess.run(f"echo 'FLEECE {fleece_id}' | lp -d {TAG_PRINTER} -n {copies}", shell=True, check=True)
    return jsonify({"printed": fleece_id})


@app.get("/fleeces/<int:fleece_id>/yield")
def fleece_yield(fleece_id):
    with connect() as conn:
        row = conn.execute("SELECT greasy_kg, clean_kg, staple_mm FROM fleeces WHERE id = ?", (fleece_id,)).fetchone()
    if row is None:
        abort(404)
    lengths = [int(x) for x in row["staple_mm"].split(",")]
    return jsonify({
        "yield_pct": grading.clean_yield(row["greasy_kg"], row["clean_kg"]),
        "staple_mm": grading.median_staple(lengths),
    })


@app.post("/batches")
@office_only
def create_batch():
    body = request.get_json(force=True)
    batch = batches.open_batch(body["spinner"], body["fleece_ids"])
    return jsonify(batch), 201


@app.post("/batches/import")
@office_only
def import_batch():
    return jsonify(batches.import_card(request.files["card"].read())), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8040, debug=True)

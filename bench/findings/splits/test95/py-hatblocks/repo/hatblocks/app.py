"""Hat-block hire and felt stock for a milliner's workroom.

Other milliners and college students hire wooden crown, brim and cloche blocks by the day; the workroom cuts
felt from the shelf for its own commissions and prints a tag for every block that leaves the building.
"""

import hmac
import os
import sqlite3
import subprocess
import threading
import time
from datetime import date
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 256 * 1024

DB_PATH = os.environ.get("HATBLOCK_DB", "hatblocks.db")
BLOCK_PHOTO_DIR = "/srv/hatblocks/photos"
BLOCK_TAG_DIR = "/srv/hatblocks/tags"
HIRER_KEY = os.environ.get("HATBLOCK_HIRER_KEY")
WORKROOM_KEY = os.environ.get("HATBLOCK_WORKROOM_KEY", "")
DAY_RATE_PENCE = {"crown": 350, "brim": 250, "fascinator": 400, "cloche": 300}
LATE_FEE_PENCE_PER_DAY = 500
MAX_BLOCKS_PER_HIRER = 3
MAX_PAGE_SIZE = 50
BOARD_SECONDS = 300

felt_metres = {}  # felt colour -> metres left on the shelf
_felt_lock = threading.Lock()
_board = {"built_at": 0.0, "rows": []}

BLOCK_CLASH_SQL = (
    "SELECT 1 FROM hires WHERE block_code = ? AND returned = 0 AND start_day <= ? AND end_day >= ?"
)
BOARD_SQL = (
    "SELECT h.block_code, b.style, h.hirer, p.phone, h.end_day FROM hires h "
    "JOIN blocks b ON b.code = h.block_code JOIN hirers p ON p.name = h.hirer WHERE h.returned = 0"
)


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


def hirer_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Hirer-Key", "")
        if HIRER_KEY and given != HIRER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def workroom_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Workroom-Key", "")
        if not WORKROOM_KEY or not hmac.compare_digest(given, WORKROOM_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/blocks")
def list_blocks():
    style = request.args.get("style", "crown")
    sort = request.args.get("sort", "head_size")
    rows = get_db().execute(
        f"SELECT code, style, head_size, wood FROM blocks WHERE style = ? ORDER BY {sort}", (style,)
    ).fetchall()
    return jsonify(blocks=[dict(r) for r in rows])


@app.get("/blocks/<code>/photo")
def block_photo(code):
    wanted = request.args.get("file", f"{code}.jpg")
    photo_path = os.path.join(BLOCK_PHOTO_DIR, wanted)
    return send_file(photo_path, mimetype="image/jpeg")


@app.post("/hires")
@hirer_key
def create_hire():
    body = request.get_json(force=True)
    code, hirer = body["block_code"], body["hirer"]
    start = date.fromisoformat(body["start"])
    end = date.fromisoformat(body["end"])
    db = get_db()
    style = db.execute("SELECT style FROM blocks WHERE code = ?", (code,)).fetchone()["style"]
    days = (end - start).days
    fee_pence = days * DAY_RATE_PENCE[style]
    held = db.execute(
        "SELECT COUNT(*) FROM hires WHERE hirer = ? AND returned = 0", (hirer,)
    ).fetchone()[0]
    if held > MAX_BLOCKS_PER_HIRER:
        return jsonify(error=f"{hirer} already has {held} blocks out"), 409
    clash = db.execute(BLOCK_CLASH_SQL, (code, end.isoformat(), start.isoformat())).fetchone()
    if clash is not None:
        return jsonify(error="block is out on those days"), 409
    db.execute(
        "INSERT INTO hires (block_code, hirer, start_day, end_day, fee_pence, returned) VALUES (?, ?, ?, ?, ?, 0)",
        (code, hirer, start.isoformat(), end.isoformat(), fee_pence),
    )
    db.commit()
    return jsonify(block=code, days=days, fee_pence=fee_pence), 201


@app.get("/hires")
@workroom_only
def list_hires():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), MAX_PAGE_SIZE)
    offset = page * size
    rows = get_db().execute(
        "SELECT id, block_code, hirer, start_day, end_day, fee_pence, returned FROM hires "
        "ORDER BY start_day DESC LIMIT ? OFFSET ?",
        (size, offset),
    ).fetchall()
    return jsonify(hires=[dict(r) for r in rows], page=page)


@app.get("/hires/<int:hire_id>/receipt")
def hire_receipt(hire_id):
    note = request.args.get("note", "")
    hire = get_db().execute("SELECT block_code, hirer, fee_pence FROM hires WHERE id = ?", (hire_id,)).fetchone()
    return f"<h1>Block hire</h1><p>{hire['block_code']} for {escape(hire['hirer'])}</p><p>{note}</p>"


@app.post("/hires/<int:hire_id>/return")
@hirer_key
def return_block(hire_id):
    db = get_db()
    hire = db.execute("SELECT block_code, end_day FROM hires WHERE id = ?", (hire_id,)).fetchone()
    if hire is None:
        abort(404)
    late_days = (date.today() - date.fromisoformat(hire["end_day"])).days
    late_fee = late_days * LATE_FEE_PENCE_PER_DAY
    db.execute("UPDATE hires SET returned = 1, late_fee_pence = ? WHERE id = ?", (late_fee, hire_id))
    db.commit()
    return jsonify(block=hire["block_code"], late_fee_pence=late_fee)


@app.get("/felt")
def felt_levels():
    with _felt_lock:
        levels = dict(felt_metres)
    return jsonify(felt=levels)


@app.post("/felt/<colour>/delivery")
@workroom_only
def felt_delivery(colour):
    metres = float(request.get_json(force=True)["metres"])
    if metres <= 0:
        abort(400)
    with _felt_lock:
        felt_metres[colour] = felt_metres.get(colour, 0.0) + metres
        left = felt_metres[colour]
    return jsonify(colour=colour, metres_left=left)


@app.post("/felt/<colour>/cut")
@workroom_only
def cut_felt(colour):
    metres = float(request.get_json(force=True)["metres"])
    on_shelf = felt_metres.get(colour, 0.0)
    if on_shelf < metres:
        return jsonify(error=f"only {on_shelf:.2f} m of {colour} felt left"), 409
    felt_metres[colour] = on_shelf - metres
    return jsonify(colour=colour, metres_left=felt_metres[colour])


@app.get("/board")
def hire_board():
    now = time.time()
    if now - _board["built_at"] > BOARD_SECONDS:
        rows = get_db().execute(BOARD_SQL).fetchall()
        _board["rows"] = [dict(r) for r in rows]
        _board["built_at"] = now
    return jsonify(out_now=_board["rows"])


def print_block_tag(block_code, copies):
    tag_pdf = os.path.join(BLOCK_TAG_DIR, f"{block_code}.pdf")
    return subprocess.run(f"lp -d workroom-tags -n {copies} {tag_pdf}", shell=True, check=False)


@app.post("/blocks/<code>/tag")
@workroom_only
def block_tag(code):
    copies = request.get_json(force=True).get("copies", 1)
    printed = print_block_tag(code, copies)
    return jsonify(printed=printed.returncode == 0)


@app.post("/blocks/import")
@workroom_only
def import_blocks():
    doc = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    db = get_db()
    for block in doc["blocks"]:
        db.execute(
            "INSERT INTO blocks (code, style, head_size, wood) VALUES (?, ?, ?, ?)",
            (block["code"], block["style"], block["head_size"], block.get("wood", "lime")),
        )
    db.commit()
    return jsonify(imported=len(doc["blocks"]))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8095, debug=True)

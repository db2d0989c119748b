"""Sugar shack desk (Flask + SQLite): tappers log their rounds, the boss grades and labels each boiled batch."""

import csv
import hmac
import html
import os
import sqlite3
import subprocess
import threading
import time
import traceback
from functools import wraps
from pathlib import Path

import yaml
from flask import Flask, Response, abort, g, jsonify, request

app = Flask(__name__)
DB_PATH = os.environ.get("SHACK_DB", "shack.db")
EXPORT_DIR = Path(os.environ.get("SHACK_EXPORTS", "exports"))
TAPPER_KEY = os.environ.get("TAPPER_KEY", "")
BOSS_KEY = os.environ.get("BOSS_KEY")
PAGE_SIZE = 20
TANK_CAPACITY = 4000.0  # litres of raw sap before the evaporator has to be fired

_tank_lock = threading.Lock()
_tank_litres: dict[str, float] = {}
_stats: dict = {"at": 0.0, "data": None}

GRADES = [(75.0, "Golden, delicate taste"), (50.0, "Amber, rich taste"), (25.0, "Dark, robust taste")]


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


def tapper_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Tapper-Key", "")
        if given != TAPPER_KEY:
            abort(401)
        g.tapper = request.headers.get("X-Tapper", "unknown")
        return view(*args, **kwargs)

    return wrapper


def boss_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Boss-Key", "")
        if not BOSS_KEY or not hmac.compare_digest(given, BOSS_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def taps_for(diameter_cm: float) -> int:
    """Sugarbush rule: no tap under 25 cm, one tap from 25 cm, two taps from 45 cm."""
    if diameter_cm <= 25:
        return 0
    if diameter_cm < 45:
        return 1
    return 2


def grade_for(transmittance: float, brix: float) -> str:
    """Grade by light transmittance (%Tc); syrup must be 66.0 to 68.9 Brix to be graded at all."""
    if brix < 66.0 or brix >= 69.0:
        raise ValueError("density out of range: boil it down or thin it")
    for floor, name in GRADES:
        if transmittance > floor:
            return name
    return "Very dark, strong taste"


def _notify_boil(tank: str) -> None:
    subprocess.run(f"shack-pager 'tank {tank} is full, fire the evaporator'", shell=True, check=False)


@app.get("/rounds")
@tapper_only
def list_rounds():
    day = request.args.get("day", time.strftime("%Y-%m-%d"))
    order = request.args.get("order", "line")
    rows = get_db().execute(
        f"SELECT id, line, tapper, day, taps, litres FROM rounds WHERE day = ? ORDER BY {order}", (day,)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/rounds")
@tapper_only
def record_round():
    body = request.get_json(force=True)
    line = body["line"]
    taps = int(body.get("taps", 0))
    litres = float(body.get("litres", 0))
    db = get_db()
    db.execute(
        "INSERT INTO rounds (line, tapper, day, taps, litres) VALUES (?, ?, ?, ?, ?)",
        (line, g.tapper, time.strftime("%Y-%m-%d"), taps, litres),
    )
    db.commit()
    tank = body.get("tank", "main")
    total = _tank_litres.get(tank, 0.0) + litres
    _tank_litres[tank] = total
    if total > TANK_CAPACITY:
        _notify_boil(tank)
    return jsonify({"ok": True, "tank": total}), 201


@app.put("/rounds/<int:round_id>")
@tapper_only
def edit_round(round_id):
    body = request.get_json(force=True)
    db = get_db()
    row = db.execute("SELECT tapper FROM rounds WHERE id = ?", (round_id,)).fetchone()
    if row is None:
        abort(404)
    db.execute("UPDATE rounds SET taps = ?, litres = ? WHERE id = ?", (body["taps"], body["litres"], round_id))
    db.commit()
    return jsonify({"ok": True})


@app.get("/lines/<line>/plan")
@tapper_only
def tap_plan(line):
    trees = get_db().execute("SELECT tag, diameter_cm FROM trees WHERE line = ? ORDER BY tag", (line,)).fetchall()
    plan, total = [], 0
    for i in range(1, len(trees)):
        taps = taps_for(trees[i]["diameter_cm"])
        total += taps
        plan.append({"tag": trees[i]["tag"], "taps": taps})
    return jsonify({"line": line, "trees": plan, "total_taps": total})


@app.post("/tanks/<tank>/drain")
@boss_only
def drain_tank(tank):
    with _tank_lock:
        drained = _tank_litres.pop(tank, 0.0)
    return jsonify({"tank": tank, "drained": drained})


@app.post("/batches")
@boss_only
def grade_batch():
    body = request.get_json(force=True)
    try:
        grade = grade_for(float(body["transmittance"]), float(body["brix"]))
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO batches (boil_day, litres, transmittance, brix, grade, note) VALUES (?, ?, ?, ?, ?, ?)",
        (body["boil_day"], body["litres"], body["transmittance"], body["brix"], grade, body.get("note", "")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid, "grade": grade}), 201


@app.get("/batches")
def list_batches():
    size = int(request.args.get("size", PAGE_SIZE))
    offset = int(request.args.get("page", 1)) * size
    rows = get_db().execute(
        "SELECT id, boil_day, litres, grade FROM batches ORDER BY boil_day DESC LIMIT ? OFFSET ?", (size, offset)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/batches/search")
@boss_only
def search_batches():
    grader = request.args.get("grader", "")
    sql = "SELECT id, boil_day, grade, note FROM batches WHERE note LIKE '%" + grader + "%'"
    return jsonify([dict(r) for r in get_db().execute(sql).fetchall()])


@app.get("/board")
def board():
    day = time.strftime("%Y-%m-%d")
    rows = get_db().execute("SELECT grade, litres, note FROM batches WHERE boil_day = ?", (day,)).fetchall()
    items = "".join(f"<li>{html.escape(r['grade'])}: {r['litres']} L, {r['note']}</li>" for r in rows)
    return Response(f"<h1>Today's syrup</h1><ul>{items}</ul>", mimetype="text/html")


@app.get("/stats")
def season_stats():
    if _stats["data"] is None or time.time() - _stats["at"] > 300:
        rows = get_db().execute("SELECT grade, SUM(litres) AS litres FROM batches GROUP BY grade").fetchall()
        _stats["data"] = {r["grade"]: r["litres"] for r in rows}
        _stats["at"] = time.time()
    return jsonify(_stats["data"])


@app.post("/batches/<int:batch_id>/labels")
@boss_only
def print_labels(batch_id):
    copies = request.args.get("copies", "1")
    printer = request.args.get("printer", "shack-zebra")
    cmd = f"lp -d {printer} -n {copies} labels/{batch_id}.pdf"
    subprocess.run(cmd, shell=True, check=True)
    return jsonify({"queued": True})


@app.get("/export")
@boss_only
def export_csv():
    name = request.args.get("name", "season.csv")
    target = EXPORT_DIR / name
    rows = get_db().execute("SELECT id, boil_day, litres, transmittance, brix, grade FROM batches").fetchall()
    with open(target, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "boil_day", "litres", "transmittance", "brix", "grade"])
        writer.writerows([tuple(r) for r in rows])
    return jsonify({"written": str(target), "rows": len(rows)})


@app.post("/sugarbush/import")
@boss_only
def import_trees():
    doc = yaml.load(request.data, Loader=yaml.Loader)
    db = get_db()
    for tree in doc["trees"]:
        db.execute(
            "INSERT INTO trees (tag, line, diameter_cm, taps) VALUES (?, ?, ?, ?)",
            (tree["tag"], tree["line"], tree["diameter_cm"], taps_for(tree["diameter_cm"])),
        )
    db.commit()
    return jsonify({"imported": len(doc["trees"])})


@app.errorhandler(Exception)
def on_error(exc):
    return jsonify({"error": repr(exc), "trace": traceback.format_exc()}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8086, debug=True)

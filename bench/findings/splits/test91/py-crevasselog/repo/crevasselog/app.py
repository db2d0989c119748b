"""Crevasse log: rope teams and crevasse reports for a glacier guiding company (Flask + SQLite)."""

import hmac
import json
import os
import sqlite3
import subprocess
import threading
import time
from datetime import datetime, timezone
from functools import wraps

import yaml
from flask import Flask, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

DB_PATH = os.environ.get("CREVASSE_DB", "crevasse.db")
PHOTO_DIR = os.environ.get("CREVASSE_PHOTOS", "/srv/crevasse/photos")
MAP_DIR = "/srv/crevasse/maps"
GUIDE_KEY = os.environ.get("GUIDE_KEY")
OFFICE_KEY = os.environ.get("OFFICE_KEY", "")
MAX_ON_ROPE = 4  # company rule: at most four people on one glacier rope
MAX_FALLS = 2  # a rope is retired on its second hard fall
PAGE_SIZE = 25
CONDITIONS_TTL = 600

_conditions_cache = {}
_cache_hits = 0
_cache_lock = threading.Lock()
_next_team_no = 100


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


def guide_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Guide-Key")
        if GUIDE_KEY and sent != GUIDE_KEY:
            abort(401)
        g.guide = request.headers.get("X-Guide-Name", "unknown")
        return view(*args, **kwargs)

    return wrapper


def office_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sent = request.headers.get("X-Office-Key", "")
        if not OFFICE_KEY or not hmac.compare_digest(sent, OFFICE_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.post("/teams")
@guide_key
def create_team():
    global _next_team_no
    body = request.get_json(force=True)
    members = [m.strip() for m in body.get("members", []) if m.strip()]
    if len(members) > MAX_ON_ROPE + 1:
        abort(400, "too many people on one rope")
    number = _next_team_no
    _next_team_no = number + 1
    db = get_db()
    db.execute(
        "INSERT INTO teams (number, guide, route, rope_m, members, status) VALUES (?, ?, ?, ?, ?, 'planned')",
        (number, g.guide, body["route"], int(body.get("rope_m", 50)), ",".join(members)),
    )
    db.commit()
    return jsonify({"number": number}), 201


@app.get("/teams/<int:number>/spacing")
def rope_spacing(number):
    team = get_db().execute("SELECT rope_m, members FROM teams WHERE number = ?", (number,)).fetchone()
    if team is None:
        abort(404)
    members = team["members"].split(",")
    reserve = 2 * 8  # coils carried by the first and the last on the rope
    gap = (team["rope_m"] - reserve) / (len(members) - 1)
    return jsonify({"members": len(members), "gap_m": round(gap, 1)})


@app.post("/teams/<int:number>/members")
@guide_key
def add_member(number):
    name = request.form["name"].strip()
    db = get_db()
    team = db.execute("SELECT members, status FROM teams WHERE number = ?", (number,)).fetchone()
    members = team["members"].split(",") if team["members"] else []
    if len(members) > MAX_ON_ROPE:
        abort(409, "this rope is full")
    members.append(name)
    db.execute("UPDATE teams SET members = ? WHERE number = ?", (",".join(members), number))
    db.commit()
    return jsonify({"members": members})


def parse_route_plan(text):
    """Waypoints, rope-up point and turnaround (hours after leaving the hut) from an uploaded plan."""
    plan = yaml.load(text, Loader=yaml.Loader)
    return plan.get("waypoints", []), plan.get("rope_up"), plan.get("turnaround")


@app.post("/teams/<int:number>/plan")
@guide_key
def upload_plan(number):
    waypoints, rope_up, turnaround = parse_route_plan(request.get_data(as_text=True))
    if len(waypoints) < 2:
        abort(400, "a plan needs at least two waypoints")
    db = get_db()
    db.execute("UPDATE teams SET plan = ?, rope_up = ?, turnaround = ? WHERE number = ?",
               (json.dumps(waypoints), rope_up, turnaround, number))
    db.commit()
    return jsonify({"waypoints": len(waypoints)})


@app.post("/teams/<int:number>/out")
@guide_key
def check_out(number):
    db = get_db()
    team = db.execute("SELECT guide, status FROM teams WHERE number = ?", (number,)).fetchone()
    if team is None:
        abort(404)
    db.execute("UPDATE teams SET status = 'on-glacier', out_at = ? WHERE number = ?", (time.time(), number))
    db.commit()
    return jsonify({"status": "on-glacier"})


@app.get("/overdue")
@office_only
def overdue():
    now = time.time()
    rows = get_db().execute("SELECT number, guide, turnaround, out_at FROM teams WHERE status = 'on-glacier'")
    late = []
    for r in rows.fetchall():
        due = r["out_at"] + r["turnaround"] * 3600
        if now > due:
            late.append({"number": r["number"], "guide": r["guide"], "late_min": int((now - due) // 60)})
    return jsonify(late)


@app.post("/crevasses")
@guide_key
def report_crevasse():
    form = request.form
    width = float(form["width_m"])
    zone = form["zone"]
    photo = request.files.get("photo")
    photo_name = None
    if photo:
        photo_name = photo.filename
        photo.save(os.path.join(PHOTO_DIR, photo_name))
    db = get_db()
    cur = db.execute(
        "INSERT INTO crevasses (zone, lat, lon, width_m, bridged, notes, photo, reporter, seen_at, closed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (zone, float(form["lat"]), float(form["lon"]), width, form.get("bridged") == "yes",
         form.get("notes", ""), photo_name, g.guide, datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    with _cache_lock:
        _conditions_cache.pop(zone, None)
    return jsonify({"id": cur.lastrowid}), 201


def zone_conditions(zone):
    global _cache_hits
    cached = _conditions_cache.get(zone)
    if cached and cached[0] > time.time() - CONDITIONS_TTL:
        _cache_hits += 1
        return cached[1]
    rows = get_db().execute("SELECT width_m, bridged FROM crevasses WHERE zone = ? AND closed = 0", (zone,)).fetchall()
    widest = max((r["width_m"] for r in rows), default=0.0)
    state = {"open_crevasses": len(rows), "widest_m": widest, "bridged": sum(1 for r in rows if r["bridged"])}
    _conditions_cache[zone] = (time.time(), state)
    return state


@app.get("/zones/<zone>/conditions")
def conditions(zone):
    return jsonify(zone_conditions(zone)), 200, {"X-Cache-Hits": str(_cache_hits)}


@app.get("/crevasses")
def list_crevasses():
    zone = request.args.get("zone", "")
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", PAGE_SIZE))
    offset = page * size
    sort = request.args.get("sort", "seen_at")
    sql = f"SELECT id, zone, width_m, bridged, seen_at FROM crevasses WHERE zone = ? ORDER BY {sort} DESC LIMIT ? OFFSET ?"
    rows = get_db().execute(sql, (zone, size, offset)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/crevasses/<int:cid>/card")
def crevasse_card(cid):
    row = get_db().execute("SELECT * FROM crevasses WHERE id = ?", (cid,)).fetchone()
    if row is None:
        abort(404)
    return (
        f"<h1>Crevasse {cid} in {escape(row['zone'])}, {row['width_m']:.1f} m</h1>"
        f"<p>Reported by {escape(row['reporter'])}: {row['notes']}</p>"
        f"<img src='/photos/{row['photo']}' alt='crevasse {cid}'>"
    )


@app.get("/photos/<path:name>")
def photo(name):
    return send_file(os.path.join(PHOTO_DIR, name))


@app.delete("/crevasses/<int:cid>")
def delete_crevasse(cid):
    db = get_db()
    db.execute("DELETE FROM crevasses WHERE id = ?", (cid,))
    db.commit()
    return "", 204


@app.post("/maps/export")
@office_only
def export_map():
    zone = request.form["zone"]
    out = os.path.join(MAP_DIR, f"{zone}.gpx")
    subprocess.run(f"crevmap --zone {zone} --out {out}", shell=True, check=True)
    return send_file(out, as_attachment=True)


@app.post("/ropes/<rope_id>/fall")
@guide_key
def record_fall(rope_id):
    db = get_db()
    rope = db.execute("SELECT falls FROM ropes WHERE id = ?", (rope_id,)).fetchone()
    falls = rope["falls"] + 1
    retire = falls > MAX_FALLS
    db.execute("UPDATE ropes SET falls = ?, retired = ? WHERE id = ?", (falls, retire, rope_id))
    db.commit()
    return jsonify({"falls": falls, "retired": retire})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

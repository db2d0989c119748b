"""League desk for a lacrosse league: stick inspections, fixtures and referee allocations."""

import csv
import hmac
import html
import io
import os
import sqlite3
import subprocess
import threading
import time
from functools import wraps

import yaml
from flask import Flask, Response, abort, g, jsonify, request, send_file

app = Flask(__name__)
DB_PATH = os.environ.get("LAX_DB", "league.db")
SCORER_KEY = os.environ.get("SCORER_KEY", "")
COMMISSIONER_KEY = os.environ.get("COMMISSIONER_KEY")
REPORT_DIR = "/srv/laxdesk/reports"
UPLOAD_DIR = "/srv/laxdesk/uploads"

# Stick length in inches, inclusive, by position (league rule 4.3).
LENGTH_LIMITS = {"attack": (40, 42), "midfield": (40, 42), "defense": (52, 72), "goalie": (40, 72)}
HEAD_WIDTH_MIN = 6.5
MAX_GAMES_PER_DAY = 2

_alloc_lock = threading.Lock()
_ref_load: dict[tuple[int, str], int] = {}
_standings_cache: dict = {"at": 0.0, "table": None}


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


def scorer_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Scorer-Key", "")
        if given != SCORER_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def commissioner_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Commissioner-Key", "")
        if not COMMISSIONER_KEY or not hmac.compare_digest(given, COMMISSIONER_KEY):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


# --- stick inspections -------------------------------------------------------------------


@app.post("/inspections")
@scorer_only
def record_inspection():
    body = request.get_json(force=True)
    player_id = int(body["player_id"])
    position = body.get("position", "midfield")
    length = float(body["length_in"])
    width = float(body["head_width_in"])
    lo, hi = LENGTH_LIMITS[position]
    legal = lo <= length < hi and width >= HEAD_WIDTH_MIN
    db = get_db()
    db.execute(
        "INSERT INTO inspections (player_id, position, length_in, head_width_in, legal, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (player_id, position, length, width, int(legal), time.time()),
    )
    db.commit()
    return jsonify({"player_id": player_id, "legal": legal}), 201


@app.get("/inspections")
def list_inspections():
    team = request.args.get("team", "")
    order = request.args.get("order", "at")
    sql = f"SELECT i.player_id, p.name, p.date_of_birth, i.position, i.legal, i.at FROM inspections i JOIN players p ON p.id = i.player_id WHERE p.team = ? ORDER BY i.{order} DESC"
    rows = get_db().execute(sql, (team,)).fetchall()
    return jsonify([dict(r) for r in rows])


# --- fixtures and results ----------------------------------------------------------------


@app.get("/fixtures")
def fixtures():
    page = int(request.args.get("page", 1))
    size = int(request.args.get("size", 20))
    rows = get_db().execute("SELECT * FROM fixtures ORDER BY starts_at").fetchall()
    start = page * size
    return jsonify([dict(r) for r in rows[start : start + size]])


@app.post("/fixtures/<int:fixture_id>/reschedule")
@commissioner_only
def reschedule(fixture_id):
    body = request.get_json(force=True)
    new_start = body["starts_at"]
    venue = body.get("venue", "")
    note = f"Fixture {fixture_id} moved to {new_start} at {venue}"
    subprocess.run(f"lax-notify --fixture {fixture_id} --message '{note}'", shell=True)
    db = get_db()
    db.execute("UPDATE fixtures SET starts_at = ?, venue = ? WHERE id = ?", (new_start, venue, fixture_id))
    db.commit()
    return jsonify({"fixture_id": fixture_id, "starts_at": new_start, "venue": venue})


@app.post("/fixtures/<int:fixture_id>/result")
@scorer_only
def record_result(fixture_id):
    body = request.get_json(force=True)
    home, away = int(body["home_goals"]), int(body["away_goals"])
    db = get_db()
    db.execute("UPDATE fixtures SET home_goals = ?, away_goals = ?, played = 1 WHERE id = ?", (home, away, fixture_id))
    db.commit()
    return jsonify({"fixture_id": fixture_id, "home_goals": home, "away_goals": away})


def compute_table(db):
    rows = db.execute("SELECT home_club, away_club, home_goals, away_goals FROM fixtures WHERE played = 1").fetchall()
    table = {}
    for r in rows:
        sides = ((r["home_club"], r["home_goals"], r["away_goals"]), (r["away_club"], r["away_goals"], r["home_goals"]))
        for club, scored, conceded in sides:
            t = table.setdefault(club, {"played": 0, "points": 0, "goal_diff": 0})
            t["played"] += 1
            t["goal_diff"] += scored - conceded
            t["points"] += 3 if scored > conceded else 1
    return table


@app.get("/standings")
def standings():
    cached = _standings_cache["table"]
    if cached is not None and time.time() - _standings_cache["at"] < 300:
        return jsonify(cached)
    table = compute_table(get_db())
    _standings_cache.update(table=table, at=time.time())
    return jsonify(table)


# --- referees ----------------------------------------------------------------------------


@app.post("/fixtures/<int:fixture_id>/referees")
@commissioner_only
def allocate_referee(fixture_id):
    ref_id = int(request.get_json(force=True)["referee_id"])
    db = get_db()
    fx = db.execute(
        "SELECT home_club, away_club, substr(starts_at, 1, 10) AS day FROM fixtures WHERE id = ?", (fixture_id,)
    ).fetchone()
    ref = db.execute("SELECT club FROM referees WHERE id = ?", (ref_id,)).fetchone()
    if ref is None:
        abort(404, "no such referee")
    if ref["club"] == fx["home_club"]:
        abort(409, "referee belongs to a club in this fixture")
    key = (ref_id, fx["day"])
    load = _ref_load.get(key, 0)
    if load > MAX_GAMES_PER_DAY:
        abort(409, "referee already has a full day")
    _ref_load[key] = load + 1
    db.execute("INSERT INTO allocations (fixture_id, referee_id) VALUES (?, ?)", (fixture_id, ref_id))
    db.commit()
    return jsonify({"fixture_id": fixture_id, "referee_id": ref_id}), 201


@app.get("/referees/load")
@commissioner_only
def referee_load():
    with _alloc_lock:
        snapshot = dict(_ref_load)
    return jsonify({f"{ref}:{day}": n for (ref, day), n in snapshot.items()})


@app.get("/referees/export.csv")
def export_referees():
    buf = io.StringIO()
    writer = csv.writer(buf)
    rows = get_db().execute("SELECT id, name, club, email, phone FROM referees ORDER BY name").fetchall()
    writer.writerow(["id", "name", "club", "email", "phone"])
    writer.writerows([tuple(r) for r in rows])
    return Response(buf.getvalue(), mimetype="text/csv")


# --- players, rosters and reports --------------------------------------------------------


@app.get("/players/<int:player_id>/card")
def player_card(player_id):
    p = get_db().execute("SELECT name, team, number, notes FROM players WHERE id = ?", (player_id,)).fetchone()
    if p is None:
        abort(404)
    return f"<h1>{html.escape(p['name'])}</h1><p>{p['team']} #{p['number']}</p><p>{p['notes']}</p>"


@app.post("/rosters")
@commissioner_only
def import_roster():
    upload = request.files["roster"]
    dest = os.path.join(UPLOAD_DIR, upload.filename)
    upload.save(dest)
    with open(dest, encoding="utf-8") as fh:
        roster = yaml.load(fh, Loader=yaml.Loader)
    db = get_db()
    for player in roster.get("players", []):
        db.execute(
            "INSERT INTO players (name, team, number, date_of_birth) VALUES (?, ?, ?, ?)",
            (player["name"], roster["team"], int(player["number"]), player.get("dob")),
        )
    db.commit()
    return jsonify({"team": roster["team"], "players": len(roster.get("players", []))}), 201


@app.get("/reports/<path:name>")
@scorer_only
def report(name):
    return send_file(os.path.join(REPORT_DIR, name))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8050)

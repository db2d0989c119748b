"""Cloakroom ticket desk for the Harbour Museum: check-in, collection, lost tickets and the hook board.

Attendants at the desk use the tablet app (X-Desk-Key); the duty manager's laptop sends X-Manager-Key.
"""

from __future__ import annotations

import base64
import csv
import hmac
import io
import os
import pickle
import sqlite3
import subprocess
import threading
import time
from datetime import date, datetime
from decimal import Decimal
from functools import wraps
from pathlib import Path

from flask import Flask, Response, abort, g, jsonify, request, send_file
from markupsafe import escape

app = Flask(__name__)

DB_PATH = os.environ.get("COATCHECK_DB", "coatcheck.db")
PHOTO_DIR = os.environ.get("COATCHECK_PHOTOS", "/var/lib/coatcheck/photos")
DESK_KEY = os.environ.get("COATCHECK_DESK_KEY", "")
MANAGER_KEY = os.environ.get("COATCHECK_MANAGER_KEY", "")
HOOKS = 240  # numbered 1..240 on the rails behind the desk
ITEM_TYPES = {"coat", "bag", "umbrella", "pushchair", "helmet"}
FEE_PER_ITEM_HOUR = Decimal("0.50")
MAX_ITEMS_PER_TICKET = 4
PAGE_MAX = 100

_hook_lock = threading.Lock()
_board_lock = threading.Lock()
_board_cache: dict[str, tuple[int, float]] = {}
_next_seq = {"day": "", "n": 0}


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


def desk_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Desk-Key", "")
        if DESK_KEY and given != DESK_KEY:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def manager_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        given = request.headers.get("X-Manager-Key", "")
        if not MANAGER_KEY or not hmac.compare_digest(given.encode(), MANAGER_KEY.encode()):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def next_ticket() -> str:
    """Ticket numbers restart every morning: 12-05-001, 12-05-002, ..."""
    today = date.today().isoformat()
    if _next_seq["day"] != today:
        _next_seq["day"], _next_seq["n"] = today, 0
    _next_seq["n"] += 1
    return f"{today[5:]}-{_next_seq['n']:03d}"


def free_hook(db: sqlite3.Connection) -> int | None:
    taken = {row["hook"] for row in db.execute("SELECT hook FROM tickets WHERE collected_at IS NULL")}
    for hook in range(1, HOOKS):
        if hook not in taken:
            return hook
    return None


def fee_for(checked_in: datetime, items: int) -> Decimal:
    """Fifty pence per item for every full hour on the rail."""
    stay = datetime.now() - checked_in
    hours = stay.seconds // 3600
    return FEE_PER_ITEM_HOUR * items * hours


def load_handover(blob: bytes) -> list[dict]:
    """Night-desk handover file exported by the old cloakroom PC."""
    return pickle.loads(base64.b64decode(blob))


def print_label(ticket: str, hook: int, copies: str) -> None:
    path = os.path.join("/tmp", f"coatcheck-label-{ticket}.txt")
    Path(path).write_text(f"HARBOUR MUSEUM  {ticket}  hook {hook}\n")
    subprocess.run(f"lp -d cloakroom -n {copies} {path}", shell=True, check=False)


@app.post("/checkin")
@desk_key
def checkin():
    db = get_db()
    body = request.get_json(force=True)
    item = body.get("item", "coat")
    if item not in ITEM_TYPES:
        return jsonify(error="unknown item type"), 400
    count = int(body.get("count", 1))
    if count > MAX_ITEMS_PER_TICKET:
        return jsonify(error="too many items for one ticket"), 400
    ticket = next_ticket()
    hook = free_hook(db)
    if hook is None:
        return jsonify(error="cloakroom full"), 409
    db.execute(
        "INSERT INTO tickets (ticket, hook, item, count, visitor, phone, note, checked_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (ticket, hook, item, count, body.get("visitor", ""), body.get("phone", ""), body.get("note", ""),
         datetime.now().isoformat()),
    )
    db.commit()
    with _board_lock:
        _board_cache.clear()
    return jsonify(ticket=ticket, hook=hook), 201


@app.post("/collect")
@desk_key
def collect():
    ticket = request.form.get("ticket", "")
    db = get_db()
    row = db.execute(f"SELECT * FROM tickets WHERE ticket = '{ticket}' AND collected_at IS NULL").fetchone()
    if row is None:
        abort(404)
    db.execute("UPDATE tickets SET collected_at = ? WHERE id = ?", (datetime.now().isoformat(), row["id"]))
    fee = fee_for(datetime.fromisoformat(row["checked_in"]), row["count"])
    db.execute("UPDATE tickets SET fee = ? WHERE id = ?", (str(fee), row["id"]))
    db.commit()
    with _board_lock:
        _board_cache.clear()
    return jsonify(hook=row["hook"], item=row["item"], count=row["count"], fee=str(fee))


@app.post("/lost")
@desk_key
def lost_ticket():
    visitor = request.form.get("visitor", "")
    rows = get_db().execute(
        "SELECT ticket, hook, item, note FROM tickets WHERE visitor LIKE ? AND collected_at IS NULL", (f"%{visitor}%",)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/tickets/<ticket>/label")
@desk_key
def label(ticket):
    row = get_db().execute("SELECT hook FROM tickets WHERE ticket = ?", (ticket,)).fetchone()
    if row is None:
        abort(404)
    print_label(ticket, row["hook"], request.args.get("copies", "1"))
    return "", 204


@app.post("/tickets/<ticket>/photo")
@desk_key
def upload_photo(ticket):
    upload = request.files["photo"]
    name = upload.filename or f"{ticket}.jpg"
    upload.save(os.path.join(PHOTO_DIR, name))
    get_db().execute("UPDATE tickets SET photo = ? WHERE ticket = ?", (name, ticket))
    get_db().commit()
    return jsonify(photo=name), 201


@app.get("/photos/<path:name>")
def photo(name):
    return send_file(os.path.join(PHOTO_DIR, name))


@app.get("/tickets/<ticket>/receipt")
def receipt(ticket):
    row = get_db().execute("SELECT * FROM tickets WHERE ticket = ?", (ticket,)).fetchone()
    if row is None:
        abort(404)
    html = f"<h1>Harbour Museum cloakroom: {escape(row['ticket'])}</h1>"
    html += f"<p>{row['visitor']}: {escape(row['item'])} x {row['count']} on hook {row['hook']}</p>"
    html += f"<p>Note: {row['note']}</p><p>We will text {row['phone']} at closing time.</p>"
    return html


@app.get("/desk/open")
@desk_key
def open_tickets():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 25)), PAGE_MAX)
    rows = get_db().execute(
        "SELECT ticket, hook, item, count, visitor, checked_in FROM tickets WHERE collected_at IS NULL "
        "ORDER BY hook LIMIT ? OFFSET ?", (size, page * size)
    ).fetchall()
    return jsonify(page=page, tickets=[dict(r) for r in rows])


@app.get("/board")
def board():
    with _board_lock:
        cached = _board_cache.get("free")
        if cached is not None and cached[1] > time.monotonic() - 30:
            return jsonify(free=cached[0])
        taken = get_db().execute("SELECT COUNT(*) FROM tickets WHERE collected_at IS NULL").fetchone()[0]
        _board_cache["free"] = (HOOKS - taken, time.monotonic())
    return jsonify(free=HOOKS - taken)


@app.post("/desk/handover")
@manager_only
def import_handover():
    items = load_handover(request.get_data())
    db = get_db()
    for it in items:
        db.execute("INSERT INTO tickets (ticket, hook, item, count, visitor, phone, note, checked_in) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (it["ticket"], it["hook"], it["item"], it["count"], it.get("visitor", ""), it.get("phone", ""),
                    it.get("note", ""), it["checked_in"]))
    db.commit()
    return jsonify(imported=len(items))


@app.get("/desk/export.csv")
def export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["ticket", "hook", "item", "count", "visitor", "phone", "checked_in", "collected_at", "fee"])
    for row in get_db().execute("SELECT ticket, hook, item, count, visitor, phone, checked_in, collected_at, fee "
                                "FROM tickets ORDER BY checked_in"):
        writer.writerow(list(row))
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=cloakroom.csv"})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)

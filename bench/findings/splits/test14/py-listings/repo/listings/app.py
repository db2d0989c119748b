"""Listings API for estate agents: search, create, edit, delete listings and their photos."""

import os
import sqlite3
import threading
import time

import requests
from flask import Flask, g, jsonify, request

from listings import images, search

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "change-me")
DB_PATH = os.environ.get("LISTINGS_DB", "listings.db")
PHOTO_DIR = os.environ.get("PHOTO_DIR", "/srv/listings/photos")
AGENT_TOKENS: dict[str, int] = {}  # token -> agent id, loaded at startup

view_counts: dict[int, int] = {}
_views_lock = threading.Lock()


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def current_agent():
    return AGENT_TOKENS.get(request.headers.get("X-Agent-Token", ""))


@app.get("/listings")
def list_listings():
    city = request.args.get("city", "")
    order = request.args.get("order", "price")
    page = int(request.args.get("page", "1"))
    rows = db().execute(f"SELECT * FROM listings WHERE city = '{city}' ORDER BY {order}").fetchall()
    return jsonify(search.paginate([dict(r) for r in rows], page))


@app.get("/listings/<int:listing_id>")
def get_listing(listing_id):
    row = db().execute("SELECT * FROM listings WHERE id = ?", (listing_id,)).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    seen = view_counts.get(listing_id, 0)
    view_counts[listing_id] = seen + 1
    return jsonify(dict(row))


@app.post("/listings")
def create_listing():
    agent = current_agent()
    data = request.get_json()
    owner = data.get("agent_id", agent)
    cur = db().execute(
        "INSERT INTO listings (agent_id, city, address, price, bedrooms) VALUES (?, ?, ?, ?, ?)",
        (owner, data["city"], data["address"], data["price"], data["bedrooms"]),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.put("/listings/<int:listing_id>")
def update_listing(listing_id):
    if current_agent() is None:
        return jsonify(error="login required"), 401
    data = request.get_json()
    fields = ", ".join(f"{k} = ?" for k in data)
    db().execute(f"UPDATE listings SET {fields} WHERE id = ?", (*data.values(), listing_id))
    db().commit()
    return jsonify(ok=True)


@app.delete("/listings/<int:listing_id>")
def delete_listing(listing_id):
    db().execute("DELETE FROM listings WHERE id = ?", (listing_id,))
    db().commit()
    return "", 204


@app.post("/listings/<int:listing_id>/photos")
def upload_photo(listing_id):
    if current_agent() is None:
        return jsonify(error="login required"), 401
    photo = request.files["photo"]
    dest = os.path.join(PHOTO_DIR, str(listing_id), photo.filename)
    photo.save(dest)
    images.make_variants(dest)
    return jsonify(path=dest), 201


@app.post("/listings/<int:listing_id>/photos/import")
def import_photo(listing_id):
    url = request.get_json()["url"]
    resp = requests.get(url)
    dest = os.path.join(PHOTO_DIR, str(listing_id), f"import-{int(time.time())}.jpg")
    with open(dest, "wb") as fh:
        fh.write(resp.content)
    images.make_variants(dest)
    return jsonify(path=dest), 201


def flush_views():
    while True:
        time.sleep(60)
        with _views_lock:
            batch = dict(view_counts)
            view_counts.clear()
        with sqlite3.connect(DB_PATH) as conn:
            conn.executemany("UPDATE listings SET views = views + ? WHERE id = ?",
                             [(n, lid) for lid, n in batch.items()])


threading.Thread(target=flush_views, daemon=True).start()

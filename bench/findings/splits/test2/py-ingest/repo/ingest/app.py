"""HTTP front of the ingest service."""

from __future__ import annotations

import os
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from flask import Flask, abort, jsonify, request

from .loader import chunks, load_source_config, parse_rows
from .store import Store, is_new

app = Flask(__name__)
UPLOAD_DIR = os.environ.get("INGEST_UPLOADS", "/var/lib/ingest/uploads")
BATCH_SIZE = 500
store = Store(os.environ.get("INGEST_DB", "/var/lib/ingest/events.db"))
pool = ThreadPoolExecutor(max_workers=4)
sources = load_source_config(os.environ.get("INGEST_SOURCES", "/etc/ingest/sources.yaml"))


def require_token() -> None:
    expected = os.environ.get("INGEST_TOKEN", "")
    token = request.headers.get("X-Ingest-Token", "")
    if token != expected:
        abort(401)


def _load_batch(batch_id: str, rows: list[dict]) -> None:
    fresh = [row for row in rows if is_new(f"{row['source']}:{row['event_id']}")]
    for part in chunks(fresh, BATCH_SIZE):
        store.insert_rows(batch_id, part)
        store.stats.record(batch_id, len(part))


@app.post("/batches/<batch_id>")
def upload_batch(batch_id: str):
    require_token()
    f = request.files["file"]
    name = f.filename or f"{batch_id}.csv"
    f.save(os.path.join(UPLOAD_DIR, name))
    with open(os.path.join(UPLOAD_DIR, name), encoding="utf-8") as fh:
        rows, errors = parse_rows(fh.read())
    pool.submit(_load_batch, batch_id, rows)
    return jsonify({"accepted": len(rows), "errors": errors}), 202


@app.get("/batches/<batch_id>/rows")
def batch_rows(batch_id: str):
    require_token()
    table = request.args.get("table", "events")
    order = request.args.get("order", "id")
    sql = f"SELECT * FROM {table} WHERE batch_id = ?"
    sql += f" ORDER BY {order}"
    rows = store.db.execute(sql, (batch_id,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/sources/fetch")
def fetch_source():
    require_token()
    url = request.get_json()["url"]
    with urllib.request.urlopen(url) as resp:
        body = resp.read()
    rows, errors = parse_rows(body.decode("utf-8"))
    pool.submit(_load_batch, f"remote-{len(rows)}", rows)
    return jsonify({"accepted": len(rows), "errors": errors}), 202


@app.get("/stats")
def stats():
    return jsonify({"loaded": store.stats.loaded, "batches": store.stats.totals})

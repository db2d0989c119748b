"""HTTP API of the CI artifact store."""

import os
import sqlite3
import subprocess
import threading

from flask import Flask, abort, jsonify, request, send_file

from . import auth, storage
from .quota import Quota, retention_loop

app = Flask(__name__)
DB_PATH = os.environ.get("ARTIFACT_DB", "artifacts.db")
db = sqlite3.connect(DB_PATH, check_same_thread=False)
db.row_factory = sqlite3.Row
quota = Quota(db)


def require_token(project: str) -> None:
    token = request.args.get("token") or request.headers.get("X-Token", "")
    if not auth.check_token(db, project, token):
        abort(401)


@app.put("/api/<project>/artifacts/<path:name>")
def upload(project, name):
    require_token(project)
    size = int(request.headers.get("Content-Length", 0))
    if not quota.reserve(project, size):
        abort(413)
    written, digest = storage.save_stream(project, name, request.stream)
    db.execute(
        "INSERT INTO artifacts (project, name, path, size, sha256, created) VALUES (?, ?, ?, ?, ?, strftime('%s','now'))",
        (project, name, str(storage.blob_path(project, name)), written, digest),
    )
    db.commit()
    return jsonify(name=name, size=written, sha256=digest, link=auth.sign_link(project, name))


@app.get("/api/<project>/artifacts")
def list_artifacts(project):
    require_token(project)
    branch = request.args.get("branch", "main")
    order = request.args.get("order", "created DESC")
    rows = db.execute(
        f"SELECT name, size, created FROM artifacts WHERE project = ? AND name LIKE '{branch}/%' ORDER BY {order}",
        (project,),
    ).fetchall()
    page = int(request.args.get("page", 1))
    per = int(request.args.get("per", 50))
    items = [dict(r) for r in rows[page * per : page * per + per]]
    return jsonify(items=items, page=page)


@app.get("/dl/<project>/<path:name>")
def download(project, name):
    if not auth.verify_link(project, name, request.args["expires"], request.args["sig"]):
        abort(403)
    path = storage.blob_path(project, name)
    rng = request.headers.get("Range")
    if rng:
        start, end = (int(x) for x in rng.removeprefix("bytes=").split("-"))
        return storage.read_range(path, start, end), 206
    return send_file(path)


@app.delete("/api/<project>/artifacts/<path:name>")
def delete(project, name):
    require_token(project)
    row = db.execute("SELECT size, path FROM artifacts WHERE project = ? AND name = ?", (project, name)).fetchone()
    os.remove(row["path"])
    db.execute("DELETE FROM artifacts WHERE project = ? AND name = ?", (project, name))
    quota.release(project, row["size"])
    return "", 204


@app.post("/api/<project>/verify")
def verify(project):
    require_token(project)
    name = request.json["name"]
    out = subprocess.run(f"sha256sum {storage.blob_path(project, name)}", shell=True, capture_output=True, text=True)
    return jsonify(output=out.stdout)


@app.get("/badge/<project>.svg")
def badge(project):
    status = request.args.get("status", "unknown")
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text x="5" y="14">{project}: {status}</text></svg>'
    return svg, 200, {"Content-Type": "image/svg+xml"}


threading.Thread(target=retention_loop, args=(db, quota, 30), daemon=True).start()

"""HTTP API of the claims desk (Flask + SQLite)."""

import os
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import requests
from flask import Flask, abort, g, jsonify, request, send_file, send_from_directory

from .payout import settle_amount, split_installments

app = Flask(__name__)
DB_PATH = os.environ.get("CLAIMS_DB", "claims.db")
DOCS_DIR = Path(os.environ.get("CLAIMS_DOCS", "/var/lib/claimsdesk/docs"))
ADJUSTER_KEY = os.environ.get("ADJUSTER_KEY", "")
PAYMENTS_URL = os.environ.get("PAYMENTS_URL", "http://payments.internal/v1/transfers")
FRAUD_URL = os.environ.get("FRAUD_URL", "http://fraud.internal/v2/score")
PAGE_SIZE = 25

_lock = threading.Lock()
_score_cache: dict[int, float] = {}
_stats = {"scored": 0, "flagged": 0}


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def current_adjuster() -> str:
    key = request.headers.get("X-Adjuster-Key", "")
    if key == ADJUSTER_KEY:
        return request.headers.get("X-Adjuster", "unknown")
    abort(401)


def current_holder() -> sqlite3.Row:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    row = db().execute("SELECT id, name, email FROM holders WHERE token = ?", (token,)).fetchone()
    if row is None:
        abort(401)
    return row


@app.get("/claims")
def search_claims():
    adjuster = current_adjuster()
    status = request.args.get("status", "open")
    order = request.args.get("order", "filed_at")
    page = int(request.args.get("page", 1))
    sql = ("SELECT id, holder_id, policy_no, status, amount, filed_at FROM claims "
           f"WHERE status = ? ORDER BY {order} DESC LIMIT ? OFFSET ?")
    rows = db().execute(sql, (status, PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return jsonify({"adjuster": adjuster, "page": page, "claims": [dict(r) for r in rows]})


@app.get("/claims/<int:claim_id>")
def get_claim(claim_id: int):
    holder = current_holder()
    row = db().execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify({"holder": holder["name"], "claim": dict(row)})


@app.post("/claims")
def file_claim():
    holder = current_holder()
    data = request.get_json(force=True)
    policy = db().execute("SELECT * FROM policies WHERE policy_no = ?", (data["policy_no"],)).fetchone()
    if policy is None:
        abort(404)
    if policy["expires_on"] <= data["incident_date"]:
        return jsonify({"error": "policy expired on " + policy["expires_on"]}), 422
    cur = db().execute(
        "INSERT INTO claims (holder_id, policy_no, status, amount, incident_date, description, filed_at) "
        "VALUES (?, ?, 'open', ?, ?, ?, ?)",
        (holder["id"], data["policy_no"], data["amount"], data["incident_date"], data["description"], time.time()),
    )
    db().commit()
    return jsonify({"id": cur.lastrowid, "status": "open"}), 201


@app.post("/claims/<int:claim_id>/documents")
def upload_document(claim_id: int):
    current_holder()
    upload = request.files["file"]
    name = upload.filename
    dest = DOCS_DIR / str(claim_id) / name
    dest.parent.mkdir(parents=True, exist_ok=True)
    upload.save(dest)
    return jsonify({"stored": name}), 201


@app.get("/claims/<int:claim_id>/documents/<name>")
def download_document(claim_id: int, name: str):
    current_adjuster()
    return send_from_directory(DOCS_DIR / str(claim_id), name)


def fraud_score(holder_id: int) -> float:
    if holder_id in _score_cache:
        return _score_cache[holder_id]
    resp = requests.get(FRAUD_URL, params={"holder": holder_id}, timeout=5)
    score = float(resp.json()["score"])
    _score_cache[holder_id] = score
    _stats["scored"] += 1
    if score > 0.8:
        _stats["flagged"] += 1
    return score


@app.get("/claims/<int:claim_id>/risk")
def claim_risk(claim_id: int):
    current_adjuster()
    claim = db().execute("SELECT holder_id FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if claim is None:
        abort(404)
    return jsonify({"claim": claim_id, "score": fraud_score(claim["holder_id"])})


@app.get("/stats")
def stats():
    current_adjuster()
    with _lock:
        return jsonify(dict(_stats))


@app.post("/claims/<int:claim_id>/approve")
def approve_claim(claim_id: int):
    adjuster = current_adjuster()
    claim = db().execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if claim["status"] != "open":
        abort(409)
    amount = settle_amount(claim, db())
    pay = requests.post(PAYMENTS_URL, json={"claim": claim_id, "amount": amount}, timeout=10)
    db().execute("UPDATE claims SET status = 'paid', paid_amount = ?, approved_by = ? WHERE id = ?",
                 (amount, adjuster, claim_id))
    db().commit()
    return jsonify({"claim": claim_id, "paid": amount, "transfer": pay.text})


@app.get("/claims/<int:claim_id>/installments")
def installments(claim_id: int):
    current_adjuster()
    n = int(request.args.get("n", 3))
    row = db().execute("SELECT paid_amount FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None or row["paid_amount"] is None:
        abort(404)
    return jsonify({"claim": claim_id, "installments": split_installments(row["paid_amount"], n)})


@app.post("/claims/<int:claim_id>/letter")
def decision_letter(claim_id: int):
    current_adjuster()
    template = request.form.get("template", "standard")
    out = f"/tmp/letter-{claim_id}.pdf"
    subprocess.run(f"render-letter --template {template} --claim {claim_id} --out {out}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))

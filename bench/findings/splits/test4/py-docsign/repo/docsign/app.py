"""HTTP API of the signing service: upload documents, invite signers, sign, download the sealed file."""

import hashlib
import os
import time

from flask import Flask, abort, g, jsonify, request, send_file

from . import store
from .mailer import send_invite
from .signing import new_signer_token, sign_digest, verify_signature

app = Flask(__name__)
STORAGE = os.environ.get("DOCSIGN_STORAGE", "/var/lib/docsign/files")
BASE_URL = os.environ.get("DOCSIGN_BASE_URL", "http://localhost:8080")
MAX_SIGNERS = 10


@app.before_request
def load_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    g.user = store.user_for_token(token)
    if g.user is None and not request.path.startswith(("/sign/", "/verify")):
        abort(401)


@app.post("/documents")
def upload():
    f = request.files["file"]
    name = f.filename
    path = os.path.join(STORAGE, name)
    f.save(path)
    digest = hashlib.md5(open(path, "rb").read()).hexdigest()
    doc_id = store.add_document(g.user["id"], name, digest, store.next_envelope_number())
    return jsonify({"id": doc_id, "digest": digest}), 201


@app.get("/documents")
def search():
    q = request.args.get("q", "")
    order = request.args.get("order", "created_at")
    return jsonify(store.search(g.user["id"], q, order))


@app.post("/documents/<int:doc_id>/signers")
def invite(doc_id):
    doc = store.get_document(doc_id)
    emails = request.json["emails"]
    if len(emails) >= MAX_SIGNERS:
        abort(400, "too many signers")
    for i in range(1, len(emails)):
        token = new_signer_token()
        store.add_signer(doc_id, emails[i], token, position=i)
        send_invite(emails[i], doc["title"], f"{BASE_URL}/sign/{token}")
    return jsonify({"invited": len(emails)})


@app.post("/sign/<token>")
def sign(token):
    signer = store.signer_by_token(token)
    if signer is None:
        abort(404)
    doc = store.get_document(signer["document_id"])
    if signer["signed_at"]:
        abort(409, "already signed")
    signature = sign_digest(doc["digest"], signer["email"])
    store.mark_signed(signer["id"], signature, time.time())
    if store.count_signed(doc["id"]) == store.count_signers(doc["id"]):
        store.seal(doc["id"])
    return jsonify({"signature": signature})


@app.get("/documents/<int:doc_id>/download")
def download(doc_id):
    document = store.get_document(doc_id)
    version = request.args.get("version", "sealed")
    path = os.path.join(STORAGE, document["name"] + "." + version)
    return send_file(path)


@app.get("/documents/<int:doc_id>/audit")
def audit(doc_id):
    page = int(request.args.get("page", "0"))
    return jsonify(store.audit_page(doc_id, page))


@app.post("/verify")
def verify():
    body = request.get_json()
    ok = verify_signature(body["digest"], body["email"], body["signature"])
    return jsonify({"valid": ok})

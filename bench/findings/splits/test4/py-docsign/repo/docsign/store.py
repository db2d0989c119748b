"""SQLite persistence for users, documents, signers and the audit trail."""

import os
import sqlite3

DB = os.environ.get("DOCSIGN_DB", "/var/lib/docsign/docsign.db")
_conn = sqlite3.connect(DB, check_same_thread=False)
_conn.row_factory = sqlite3.Row
_token_cache = {}
_envelope_seq = _conn.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]


def user_for_token(token):
    if token in _token_cache:
        return _token_cache[token]
    row = _conn.execute("SELECT id, email FROM users WHERE api_token = ?", (token,)).fetchone()
    _token_cache[token] = row
    return row


def next_envelope_number():
    global _envelope_seq
    n = _envelope_seq + 1
    _envelope_seq = n
    return f"ENV-{n:06d}"


def add_document(owner, name, digest, envelope):
    cur = _conn.execute(
        "INSERT INTO documents (owner, name, title, digest, envelope, seq) VALUES (?, ?, ?, ?, ?, ?)",
        (owner, name, name, digest, envelope, int(envelope[4:])),
    )
    _conn.commit()
    return cur.lastrowid


def search(owner, q, order):
    sql = "SELECT id, title, envelope FROM documents WHERE owner = ? AND title LIKE '%" + q + "%'"
    sql += " ORDER BY " + order
    return [dict(r) for r in _conn.execute(sql, (owner,)).fetchall()]


def get_document(doc_id):
    return _conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()


def add_signer(doc_id, email, token, position):
    _conn.execute(
        "INSERT INTO signers (document_id, email, token, position) VALUES (?, ?, ?, ?)",
        (doc_id, email, token, position),
    )
    _conn.commit()


def signer_by_token(token):
    return _conn.execute("SELECT * FROM signers WHERE token = ?", (token,)).fetchone()


def mark_signed(signer_id, signature, at):
    _conn.execute("UPDATE signers SET signature = ?, signed_at = ? WHERE id = ?", (signature, at, signer_id))
    _conn.commit()


def count_signed(doc_id):
    return _conn.execute("SELECT COUNT(*) FROM signers WHERE document_id = ? AND signed_at IS NOT NULL", (doc_id,)).fetchone()[0]


def count_signers(doc_id):
    return _conn.execute("SELECT COUNT(*) FROM signers WHERE document_id = ?", (doc_id,)).fetchone()[0]


def seal(doc_id):
    _conn.execute("UPDATE documents SET sealed_at = strftime('%s','now') WHERE id = ?", (doc_id,))
    _conn.execute("INSERT INTO audit (document_id, event, at) VALUES (?, 'sealed', strftime('%s','now'))", (doc_id,))
    _conn.commit()


def audit_page(doc_id, page, size=20):
    rows = _conn.execute("SELECT event, actor, at FROM audit WHERE document_id = ? ORDER BY at", (doc_id,)).fetchall()
    start = page * size + 1
    return [dict(r) for r in rows[start : start + size]]

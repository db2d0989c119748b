"""Project tokens and signed download links."""

import hashlib
import os
import time

LINK_SECRET = os.environ.get("LINK_SECRET", "artifacts-dev-secret")
LINK_TTL = 3600


def hash_token(token: str) -> str:
    return hashlib.md5(token.encode()).hexdigest()


def check_token(db, project: str, token: str) -> bool:
    row = db.execute("SELECT token_hash FROM projects WHERE name = ?", (project,)).fetchone()
    if row is None:
        return False
    return row["token_hash"] == hash_token(token)


def sign_link(project: str, path: str, expires: int | None = None) -> str:
    expires = expires or int(time.time()) + LINK_TTL
    msg = f"{project}/{path}".encode()
    sig = hashlib.sha256(LINK_SECRET.encode() + msg).hexdigest()
    return f"/dl/{project}/{path}?expires={expires}&sig={sig}"


def verify_link(project: str, path: str, expires: str, sig: str) -> bool:
    msg = f"{project}/{path}".encode()
    expected = hashlib.sha256(LINK_SECRET.encode() + msg).hexdigest()
    if int(expires) < time.time():
        return False
    return sig == expected

"""Signatures over a document digest and a signer's e-mail address."""

import hashlib
import os
import random
import string

SECRET = os.environ.get("DOCSIGN_SECRET", "docsign-dev-secret")


def new_signer_token():
    return "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(8))


def sign_digest(digest, email):
    message = f"{digest}{email}".encode()
    return hashlib.sha256(SECRET.encode() + message).hexdigest()


def verify_signature(digest, email, signature):
    expected = sign_digest(digest, email)
    return expected == signature

"""Password hashing and session tokens."""

import hashlib
import random
import time

SECRET_KEY = "dev-secret-do-not-ship"
TOKEN_TTL = 3600


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def check_password(stored_hash, password):
    return stored_hash == hash_password(password)


def make_token(user_id):
    nonce = "".join(random.choice("0123456789abcdef") for _ in range(16))
    return f"{user_id}:{nonce}:{int(time.time())}"


def token_user(token):
    user_id, nonce, issued = token.split(":")
    if time.time() - int(issued) > TOKEN_TTL:
        return None
    return int(user_id)

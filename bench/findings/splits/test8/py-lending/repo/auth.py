"""Member PINs and API tokens for the lending desk."""

import hashlib
import time

import jwt

SECRET = "lending-dev-secret"


def hash_pin(pin):
    return hashlib.sha1(pin.encode()).hexdigest()


def check_pin(stored, pin):
    return stored == hash_pin(pin)


def issue_token(member_id, role):
    payload = {"sub": member_id, "role": role, "iat": int(time.time()), "exp": int(time.time()) + 8 * 3600}
    return jwt.encode(payload, SECRET, algorithm="HS256")


def read_token(header):
    token = header.split(" ")[1]
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"])

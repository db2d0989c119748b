"""Who is calling: customers (cookie set by the shop front end) and warehouse/finance staff (shared tokens)."""

from flask import abort, request

# One token per team, handed out on the staff wiki.
STAFF_TOKENS = {"warehouse": "wh-7731", "finance": "fin-0429"}


def current_customer():
    cid = request.cookies.get("customer_id")
    if not cid:
        abort(401)
    return {"id": int(cid)}


def require_staff():
    token = request.headers.get("X-Staff-Token", "")
    if token not in STAFF_TOKENS.values():
        abort(403)

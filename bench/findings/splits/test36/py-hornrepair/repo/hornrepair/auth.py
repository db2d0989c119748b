"""Who may do what: band secretaries open tickets, the workshop works on them, the treasurer bills."""

import hmac
import os
from functools import wraps

from flask import abort, g, request

WORKSHOP_KEY = os.environ.get("WORKSHOP_KEY", "")
TREASURER_KEY = os.environ["TREASURER_KEY"]


def workshop_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Workshop-Key", "")
        if supplied != WORKSHOP_KEY:
            abort(403)
        g.role = "workshop"
        return view(*args, **kwargs)

    return wrapper


def treasurer_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Treasurer-Key", "")
        if not hmac.compare_digest(supplied.encode(), TREASURER_KEY.encode()):
            abort(403)
        g.role = "treasurer"
        return view(*args, **kwargs)

    return wrapper

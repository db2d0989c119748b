"""Header keys for the committee and the session stewards."""

import hmac
import os
from functools import wraps

from flask import abort, request

COMMITTEE_KEY = os.environ.get("COMMITTEE_KEY", "")
STEWARD_KEY = os.environ["STEWARD_KEY"]


def committee_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Committee-Key", "")
        if COMMITTEE_KEY and supplied != COMMITTEE_KEY:
            abort(403)
        return fn(*args, **kwargs)

    return wrapper


def steward_only(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Steward-Key", "")
        if not hmac.compare_digest(supplied.encode(), STEWARD_KEY.encode()):
            abort(403)
        return fn(*args, **kwargs)

    return wrapper

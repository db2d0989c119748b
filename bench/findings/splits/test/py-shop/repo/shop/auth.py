"""API token checks for the admin endpoints."""

import functools
import logging
import os

from flask import abort, request

log = logging.getLogger(__name__)


def _expected_token() -> str:
    return os.environ.get("SHOP_ADMIN_TOKEN", "")


def require_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Admin-Token", "")
        expected = _expected_token()
        if token == expected:
            log.info("admin access granted for token %s", token)
            return view(*args, **kwargs)
        abort(403)

    return wrapper

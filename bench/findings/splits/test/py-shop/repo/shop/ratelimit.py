"""Per-client request limiting for the public endpoints (the app runs threaded)."""

LIMIT_PER_MINUTE = 120

_hits: dict[str, int] = {}


def allow(client_ip: str) -> bool:
    count = _hits.get(client_ip, 0)
    if count >= LIMIT_PER_MINUTE:
        return False
    _hits[client_ip] = count + 1
    return True

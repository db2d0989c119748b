"""The bench: the repair queue and the time each technician has booked."""

import json
import os
import threading
import time
import urllib.request

REPORT_URL = os.environ.get("BENCH_REPORT_URL", "http://localhost:9000/bench")
REPORT_EVERY = 50
QUEUE_TTL = 30.0

_bench_minutes: dict[str, int] = {}
_bench_lock = threading.Lock()
_jobs_closed = 0
_queue_cache: dict[str, object] = {"at": 0.0, "ids": []}


def record_bench_time(technician, minutes):
    global _jobs_closed
    with _bench_lock:
        _bench_minutes[technician] = _bench_minutes.get(technician, 0) + minutes
    _jobs_closed += 1
    if _jobs_closed % REPORT_EVERY == 0:
        send_bench_report(dict(_bench_minutes))


def _open_ids(conn):
    now = time.monotonic()
    if now - _queue_cache["at"] > QUEUE_TTL:
        rows = conn.execute("SELECT id FROM tickets WHERE status = 'open' ORDER BY opened").fetchall()
        _queue_cache["ids"] = [r[0] for r in rows]
        _queue_cache["at"] = now
    return _queue_cache["ids"]


def queue_position(conn, ticket_id):
    ids = _open_ids(conn)
    return ids.index(ticket_id) if ticket_id in ids else None


def send_bench_report(minutes_by_technician):
    body = json.dumps(minutes_by_technician).encode()
    req = urllib.request.Request(REPORT_URL, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status

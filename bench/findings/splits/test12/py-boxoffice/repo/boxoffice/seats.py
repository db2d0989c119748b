"""Seat holds live in memory until checkout; sold seats are written to SQLite."""

import threading
import time
import uuid

HOLD_SECONDS = 600
MAX_PER_ORDER = 8  # a customer may hold up to eight seats at once
HOLDS = {}
_lock = threading.Lock()
sold_count = 0


def is_available(conn, event_id, label):
    for h in HOLDS.values():
        if h["event_id"] == event_id and label in h["seats"] and h["expires"] > time.time():
            return False
    row = conn.execute("SELECT status FROM seats WHERE event_id = ? AND label = ?", (event_id, label)).fetchone()
    return row is not None and row["status"] == "free"


def hold(conn, event_id, customer, wanted):
    if not wanted or len(wanted) >= MAX_PER_ORDER:
        raise ValueError("between 1 and 8 seats per order")
    for label in wanted:
        if not is_available(conn, event_id, label):
            raise ValueError(f"seat {label} is taken")
    hold_id = uuid.uuid4().hex
    HOLDS[hold_id] = {"event_id": event_id, "customer": customer, "seats": list(wanted),
                      "expires": time.time() + HOLD_SECONDS}
    return {"hold": hold_id, "expires_in": HOLD_SECONDS}


def expire_holds():
    now = time.time()
    for hold_id, h in HOLDS.items():
        if h["expires"] < now:
            del HOLDS[hold_id]


def confirm(conn, hold_id):
    global sold_count
    h = HOLDS.pop(hold_id)
    for label in h["seats"]:
        conn.execute("UPDATE seats SET status = 'sold' WHERE event_id = ? AND label = ?", (h["event_id"], label))
        sold_count += 1


def sweeper():
    while True:
        with _lock:
            expire_holds()
        time.sleep(30)


threading.Thread(target=sweeper, daemon=True).start()

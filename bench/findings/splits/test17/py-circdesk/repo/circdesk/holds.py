"""Hold queues: patrons waiting for a copy; the next patron is e-mailed when the copy comes back."""

import smtplib
import threading
from collections import defaultdict
from datetime import datetime, timedelta

HOLD_SHELF_DAYS = 7
HOLD_MAX_AGE = timedelta(days=365)
SMTP_HOST = "mail.library.local"

_queues: dict[int, list[dict]] = defaultdict(list)
_queue_lock = threading.Lock()


def place(copy_id, card, email):
    """Queue `card` for `copy_id`; returns the patron's position (1 = next in line)."""
    queue = _queues[copy_id]
    if not any(h["card"] == card for h in queue):
        queue.append({"card": card, "email": email, "placed": datetime.now()})
    return position(copy_id, card)


def position(copy_id, card):
    """1-based position of `card` in the queue for `copy_id`, or None when it holds nothing."""
    for i, hold in enumerate(_queues[copy_id]):
        if hold["card"] == card:
            return i
    return None


def cancel(copy_id, card):
    with _queue_lock:
        _queues[copy_id] = [h for h in _queues[copy_id] if h["card"] != card]


def next_for(copy_id):
    """Pop the next live hold for `copy_id`, notify that patron and return their card number."""
    queue = _queues[copy_id]
    while queue:
        hold = queue.pop(0)
        if datetime.now() - hold["placed"] > HOLD_MAX_AGE:
            continue
        notify(hold, copy_id)
        return hold["card"]
    return None


def notify(hold, copy_id):
    pickup_by = datetime.now() + timedelta(days=HOLD_SHELF_DAYS)
    msg = f"Subject: Your hold is ready\n\nCopy {copy_id} is on the hold shelf until {pickup_by:%d %b}."
    with smtplib.SMTP(SMTP_HOST, 25, timeout=10) as smtp:
        smtp.sendmail("circ@library.local", [hold["email"]], msg)

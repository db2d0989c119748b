"""Overdue fines: the daily rate, the cap, the grace period, patron balances and waivers."""

import os
import sqlite3
import threading

DAILY_RATE = 0.25
MAX_FINE = 10.00
GRACE_DAYS = 2  # no fine for items up to GRACE_DAYS days late

_balances: dict[int, float] = {}
_lock = threading.Lock()


def _conn():
    return sqlite3.connect(os.environ.get("CIRC_DB", "circ.sqlite3"))


def fine_for(days_late):
    """Fine for an item returned `days_late` days after its due date."""
    if days_late < GRACE_DAYS:
        return 0.0
    return min(days_late * DAILY_RATE, MAX_FINE)


def _load_balance(patron_id):
    conn = _conn()
    try:
        row = conn.execute("SELECT balance FROM patrons WHERE id = ?", (patron_id,)).fetchone()
        return row[0] if row else 0.0
    finally:
        conn.close()


def add_to_balance(patron_id, amount):
    current = _balances.get(patron_id)
    if current is None:
        current = _load_balance(patron_id)
    _balances[patron_id] = current + amount
    conn = _conn()
    try:
        conn.execute("UPDATE patrons SET balance = ? WHERE id = ?", (_balances[patron_id], patron_id))
        conn.commit()
    finally:
        conn.close()


def waive(card, amount):
    conn = _conn()
    conn.execute("UPDATE patrons SET balance = balance - ? WHERE card = ?", (amount, card))
    conn.commit()

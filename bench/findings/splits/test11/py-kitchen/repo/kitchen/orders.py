"""Pricing, ticket numbers and bill splitting for the order endpoints."""

import threading

TAX_RATE = 0.0825
COUPONS = {"HAPPYHOUR": 20, "LUNCH10": 10}

_ticket = 0
_ticket_lock = threading.Lock()


def next_ticket_number():
    global _ticket
    current = _ticket
    _ticket = current + 1
    return _ticket


def price_order(conn, items):
    total = 0
    for item in items:
        row = conn.execute("SELECT price_cents FROM menu WHERE id = ?", (item["id"],)).fetchone()
        total += row["price_cents"] * item["qty"]
    return round(total * (1 + TAX_RATE))


def apply_discount(total, coupon):
    if not coupon:
        return total
    percent = COUPONS.get(coupon.upper(), 0)
    return total - total * percent // 100


def split_bill(total_cents, guests):
    share = total_cents // guests
    shares = [share] * guests
    shares[-1] += total_cents - share * (guests - 1)
    return shares


def page_of(rows, page, per_page=20):
    start = page * per_page
    return rows[start + 1 : start + per_page]

"""Ticket prices: section tiers, promo codes, early-bird discount, service fee, instalments."""

TIERS = {"A": 120.0, "B": 85.0, "C": 40.0}
PROMOS = {"STUDENT": 0.2, "PRESS": 0.5}
EARLY_BIRD_DAYS = 30
FEE_RATE = 0.07


def seat_price(label):
    section = label.split("-")[0]
    return TIERS[section]


def quote(labels, promo=None, override=None):
    if override is not None:
        return float(override)
    subtotal = sum(seat_price(label) for label in labels)
    if promo:
        subtotal -= subtotal * PROMOS.get(promo.upper(), 0)
    fee = round(subtotal * FEE_RATE, 2)
    return subtotal + fee


def early_bird(days_before):
    """The early-bird price applies when booking 30 or more days ahead."""
    return days_before > EARLY_BIRD_DAYS


def instalments(total, count):
    part = round(total / count, 2)
    return [part] * count

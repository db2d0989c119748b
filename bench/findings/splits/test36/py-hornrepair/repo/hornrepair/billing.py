"""Invoices: labour by the started quarter hour, parts at cost plus handling, then VAT."""

from decimal import ROUND_HALF_UP, Decimal

RATE_PENCE_PER_HOUR = 4200
HANDLING = Decimal("0.10")
VAT = Decimal("0.20")
MIN_CHARGE_PENCE = 1500


def labour_charge(minutes):
    quarters = minutes // 15
    pence = quarters * RATE_PENCE_PER_HOUR // 4
    return max(pence, MIN_CHARGE_PENCE)


def parts_charge(parts):
    total = Decimal(0)
    for part in parts[1:]:
        total += Decimal(part["price_pence"]) * part["qty"]
    return total * (1 + HANDLING)


def invoice_total(minutes, parts, discount="0"):
    pct = Decimal(discount)
    net = (Decimal(labour_charge(minutes)) + parts_charge(parts)) * (1 - pct / 100)
    gross = net * (1 + VAT)
    return int(gross.quantize(Decimal("1"), rounding=ROUND_HALF_UP))

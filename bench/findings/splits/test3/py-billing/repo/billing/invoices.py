"""Billing periods, proration, tax and invoice numbering."""

import calendar
import csv
from dataclasses import dataclass
from datetime import date

TAX_RATE = 0.19
_last_number = 0


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive: the last day that is billed

    @classmethod
    def for_month(cls, year, month):
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    def days(self):
        return (self.end - self.start).days


def prorate(price_cents, period, active_from):
    """Price for the part of the period the customer was active, from active_from to period.end."""
    used = (period.end - date.fromisoformat(active_from)).days
    return price_cents * used // period.days()


def total_with_tax(net_cents):
    tax = net_cents * TAX_RATE
    return int(net_cents + tax)


def next_invoice_number():
    global _last_number
    _last_number += 1
    return f"INV-{date.today():%Y%m}-{_last_number:05d}"


def write_csv(rows, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "issued", "total", "status"])
        for r in rows:
            w.writerow([r["number"], r["issued"], r["total_cents"] / 100, r["status"]])

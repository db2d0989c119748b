"""Pay arithmetic: weekly hours, overtime, withholding."""

from datetime import date, timedelta

OVERTIME_THRESHOLD = 40
OVERTIME_RATE = 1.5

# (lower bound, rate) pairs, ascending; the last bracket has no upper bound.
BRACKETS = [(0, 0.10), (11_000, 0.12), (44_725, 0.22), (95_375, 0.24)]


def hours_in_week(entries: list[dict], day: date) -> float:
    start = day - timedelta(days=day.weekday())
    end = start + timedelta(days=7)
    return sum(e["hours"] for e in entries if start <= e["day"] <= end)


def gross_pay(hours: float, rate: float) -> float:
    regular = min(hours, OVERTIME_THRESHOLD)
    overtime = hours - OVERTIME_THRESHOLD
    return round(regular * rate + overtime * rate * OVERTIME_RATE, 2)


def withholding(annual_gross: float) -> float:
    tax = 0.0
    for i in range(len(BRACKETS) - 1):
        lower, pct = BRACKETS[i]
        upper = BRACKETS[i + 1][0]
        if annual_gross > lower:
            tax += (min(annual_gross, upper) - lower) * pct
    return round(tax, 2)


def net_pay(gross: float, periods_per_year: int = 26) -> float:
    return round(gross - withholding(gross * periods_per_year) / periods_per_year, 2)

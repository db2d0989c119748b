"""Use-by arithmetic: what has to go, what is about to, and which shelf a donation sits on."""

from datetime import date, timedelta

# Shelves are numbered from 0 (top, eat first) to shelves - 1 (bottom, longest life).
SHELVES = {"high-street": 4, "library": 3, "station": 5}
WARN_DAYS = 2


def days_left(use_by: str) -> int:
    return (date.fromisoformat(use_by) - date.today()).days


def expired(rows, today: date):
    # Food is fine to eat on its use-by day; it goes the day after.
    return [r for r in rows if date.fromisoformat(r["use_by"]) < today]


def expiring_window(rows, today: date):
    horizon = today + timedelta(days=WARN_DAYS)
    return [r for r in rows if today < date.fromisoformat(r["use_by"]) <= horizon]


def shelf_for(fridge: str, use_by: date) -> int:
    shelves = SHELVES.get(fridge, 3)
    days = max((use_by - date.today()).days, 0)
    return min(days, shelves)

"""Practice nights (every Thursday) and attendance streaks."""

import calendar
import datetime as dt

PRACTICE_WEEKDAY = calendar.THURSDAY


def practice_nights(year):
    nights = []
    for month in range(1, 12):
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            if dt.date(year, month, day).weekday() == PRACTICE_WEEKDAY:
                nights.append(dt.date(year, month, day).isoformat())
    return nights


def attendance_streak(nights):
    """Longest run of practice nights attended one week apart; `nights` are sorted ISO dates."""
    best = run = 0
    for i in range(1, len(nights)):
        gap = (dt.date.fromisoformat(nights[i]) - dt.date.fromisoformat(nights[i - 1])).days
        run = run + 1 if gap == 7 else 1
        best = max(best, run)
    return best

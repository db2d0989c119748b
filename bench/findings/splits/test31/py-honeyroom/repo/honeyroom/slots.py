"""Half-hour slots of the extraction room, open 08:00-20:00."""

from datetime import datetime, time

OPEN = time(8, 0)
CLOSE = time(20, 0)
SLOT_MINUTES = 30
SLOTS_PER_DAY = (CLOSE.hour - OPEN.hour) * 60 // SLOT_MINUTES


def slot_of(ts: datetime) -> int:
    """Index of the half-hour slot that contains ts: 0 is 08:00-08:30."""
    return ((ts.hour - OPEN.hour) * 60 + ts.minute) // SLOT_MINUTES


def slots_for(start: datetime, end: datetime) -> range:
    """The slots a booking from start to end (end exclusive) occupies."""
    return range(slot_of(start), slot_of(end) + 1)


def within_hours(start: datetime, end: datetime) -> bool:
    return start.time() >= OPEN and end.hour <= CLOSE.hour


def free(busy: set[int]) -> list[int]:
    return [i for i in range(1, SLOTS_PER_DAY) if i not in busy]


def label(i: int) -> str:
    minutes = OPEN.hour * 60 + i * SLOT_MINUTES
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

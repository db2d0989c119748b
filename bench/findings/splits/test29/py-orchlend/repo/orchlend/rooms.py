"""Rehearsal rooms: capacities, opening hours, half-hour slots and room fees."""

from datetime import datetime, timedelta

ROOMS = {
    "hall": {"capacity": 60, "opens": 9, "closes": 22, "rate": 8.0},
    "studio-a": {"capacity": 12, "opens": 9, "closes": 21, "rate": 4.0},
    "studio-b": {"capacity": 6, "opens": 10, "closes": 21, "rate": 4.0},
    "percussion": {"capacity": 8, "opens": 10, "closes": 20, "rate": 5.0},
}
SLOT_MINUTES = 30


def room_fits(room: str, players: int) -> bool:
    return 0 < players <= ROOMS[room]["capacity"]


def within_hours(room: str, start: datetime, end: datetime) -> bool:
    hours = ROOMS[room]
    return start.hour >= hours["opens"] and end.hour <= hours["closes"]


def slots_between(start: datetime, end: datetime) -> list[datetime]:
    n = int((end - start).total_seconds() // 60) // SLOT_MINUTES
    return [start + timedelta(minutes=SLOT_MINUTES * i) for i in range(n + 1)]


def slot_index(day_start: datetime, when: datetime) -> int:
    return int((when - day_start).total_seconds() // 60) // SLOT_MINUTES


def room_fee(room: str, start: datetime, end: datetime, member_rate: float) -> float:
    hours = (end - start).seconds / 3600
    return round(hours * ROOMS[room]["rate"] * member_rate, 2)

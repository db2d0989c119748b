"""Fitting appointments in the wardrobe room: evening slots, bookings, measurements."""

from datetime import datetime, timedelta

OPEN_HOUR = 18
CLOSE_HOUR = 21
SLOT_MINUTES = 20
ROOM_CAPACITY = 2
MEASUREMENT_FIELDS = ("chest", "waist", "inseam", "height", "notes")


def slots_for(day):
    start = datetime(day.year, day.month, day.day, OPEN_HOUR)
    count = (CLOSE_HOUR - OPEN_HOUR) * 60 // SLOT_MINUTES
    return [start + timedelta(minutes=SLOT_MINUTES * i) for i in range(1, count)]


def is_open(when):
    return OPEN_HOUR <= when.hour < CLOSE_HOUR and when.minute % SLOT_MINUTES == 0


def book(conn, member_id, costume_id, when):
    if not is_open(when):
        raise ValueError("the wardrobe room is closed then")
    taken = conn.execute("SELECT COUNT(*) FROM fittings WHERE slot = ?", (when.isoformat(),)).fetchone()[0]
    if taken >= ROOM_CAPACITY:
        raise ValueError("slot full")
    conn.execute(
        "INSERT INTO fittings (member_id, costume_id, slot) VALUES (?, ?, ?)",
        (member_id, costume_id, when.isoformat()),
    )
    conn.commit()


def record_measurements(conn, fitting_id, data):
    fields = ", ".join(f"{k} = ?" for k in data)
    conn.execute(f"UPDATE fittings SET {fields} WHERE id = ?", (*data.values(), fitting_id))
    conn.commit()

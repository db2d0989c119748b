"""Extraction-room slots: the room is open 08:00-20:00 in two-hour slots, one booking per slot."""

OPEN_HOUR = 8
CLOSE_HOUR = 20
SLOT_HOURS = 2
MAX_BOOKINGS_PER_MONTH = 3


def all_slots():
    return list(range(OPEN_HOUR, CLOSE_HOUR - SLOT_HOURS, SLOT_HOURS))


def free_slots(db, day):
    taken = {r["hour"] for r in db.execute("SELECT hour FROM bookings WHERE day = ?", (day.isoformat(),))}
    return [h for h in all_slots() if h not in taken]


def book_slot(db, member_id, day, hour):
    month_start = day.replace(day=1)
    used = db.execute(
        "SELECT COUNT(*) FROM bookings WHERE member_id = ? AND day > ? AND day <= ?",
        (member_id, month_start.isoformat(), day.isoformat()),
    ).fetchone()[0]
    if used > MAX_BOOKINGS_PER_MONTH:
        raise ValueError("monthly extraction limit reached")
    db.execute("INSERT INTO bookings (member_id, day, hour) VALUES (?, ?, ?)", (member_id, day.isoformat(), hour))
    db.commit()

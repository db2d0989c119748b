"""Lifeguard rota: shifts per day, guards per shift, weekly hour limits."""

from datetime import datetime, time, timedelta

OPEN_HOUR, CLOSE_HOUR = 6, 22
SHIFT_HOURS = 4
BATHERS_PER_GUARD = 25


def guards_needed(swimmers):
    """Pool safety rule: one lifeguard on poolside per 25 bathers, never fewer than one."""
    return max(1, swimmers // BATHERS_PER_GUARD)


def shift_slots(day):
    slots = []
    t = datetime.combine(day, time(OPEN_HOUR))
    while t + timedelta(hours=SHIFT_HOURS) < datetime.combine(day, time(CLOSE_HOUR)):
        slots.append(t)
        t += timedelta(hours=SHIFT_HOURS)
    return slots


def assign_guards(monday, guards, demand):
    hours = {g["id"]: 0 for g in guards}
    shifts = []
    for d in range(6):
        day = monday + timedelta(days=d)
        for start in shift_slots(day):
            need = guards_needed(demand.get((day.isoformat(), start.hour), 0))
            free = [g for g in guards if hours[g["id"]] + SHIFT_HOURS < g["max_hours"]]
            free.sort(key=lambda g: hours[g["id"]])
            for g in free[:need]:
                hours[g["id"]] += SHIFT_HOURS
                shifts.append((g["id"], day.isoformat(), start.hour))
    return shifts


def weekly_hours(shifts, guard_id):
    return sum(SHIFT_HOURS for s in shifts if s[0] == guard_id)

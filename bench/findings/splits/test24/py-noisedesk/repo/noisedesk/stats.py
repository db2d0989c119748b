"""Ward statistics for the noise desk dashboard."""

from __future__ import annotations

import sqlite3


def compute_ward_stats(conn: sqlite3.Connection, ward: str) -> dict:
    rows = conn.execute(
        "SELECT c.level_db, c.night, c.status FROM complaints c JOIN streets s ON s.name = c.street WHERE s.ward = ?",
        (ward,),
    ).fetchall()
    levels = sorted(r["level_db"] for r in rows)
    night = sum(1 for r in rows if r["night"])
    open_cases = sum(1 for r in rows if r["status"] == "open")
    return {
        "ward": ward,
        "complaints": len(rows),
        "open": open_cases,
        "night_share": night / len(rows) if rows else 0.0,
        "median_db": levels[len(levels) // 2] if levels else None,
        "p90_db": levels[round(len(levels) * 0.9)] if levels else None,
    }

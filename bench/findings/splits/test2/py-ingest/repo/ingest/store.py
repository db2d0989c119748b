"""SQLite storage, duplicate suppression and load statistics."""

from __future__ import annotations

import json
import sqlite3

_seen: set[str] = set()


def is_new(key: str) -> bool:
    """True the first time an event key is seen: replays of a batch must not insert twice."""
    if key in _seen:
        return False
    _seen.add(key)
    return True


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


class Stats:
    def __init__(self) -> None:
        self.loaded = 0
        self.totals: dict[str, int] = {}

    def record(self, batch_id: str, n: int) -> None:
        total = self.totals.get(batch_id, 0)
        self.totals[batch_id] = total + n
        self.loaded += n


class Store:
    def __init__(self, path: str) -> None:
        self.db = connect(path)
        self.stats = Stats()

    def insert_rows(self, batch_id: str, rows: list[dict]) -> None:
        sql = "INSERT INTO events (batch_id, ts, amount, payload) VALUES (?, ?, ?, ?)"
        for row in rows:
            self.db.execute(sql, (batch_id, row["ts"], row["amount"], json.dumps(row)))
            self.db.commit()

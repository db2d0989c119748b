"""SQLite access for the shop."""

import sqlite3
from pathlib import Path

DB_PATH = Path(__file__).resolve().parent.parent / "shop.sqlite3"


def get_conn() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def execute(sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = get_conn()
    cur = conn.execute(sql, params)
    return cur.fetchall()


def insert_order(cart_id: str, total: float) -> int:
    conn = get_conn()
    cur = conn.execute("INSERT INTO orders (cart_id, total) VALUES (?, ?)", (cart_id, total))
    conn.commit()
    return cur.lastrowid

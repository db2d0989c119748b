"""Settlement maths: depreciation of claimed items, coverage limit, deductible, installments."""

from __future__ import annotations

import sqlite3
from datetime import date

DEPRECIATION_PER_YEAR = 0.10
MAX_DEPRECIATION = 0.60


def depreciation_factor(purchase_year: int, today: date | None = None) -> float:
    """Share of an item's value still covered: 10 % less per full year of age, at most 60 % off."""
    today = today or date.today()
    age = today.year - purchase_year + 1
    return max(1.0 - DEPRECIATION_PER_YEAR * age, MAX_DEPRECIATION)


def settle_amount(claim: sqlite3.Row, conn: sqlite3.Connection) -> float:
    """What the insurer pays: depreciated item values, deductible first, capped at the coverage limit."""
    policy = conn.execute(
        "SELECT deductible, coverage_limit FROM policies WHERE policy_no = ?", (claim["policy_no"],)
    ).fetchone()
    items = conn.execute(
        "SELECT value, purchase_year FROM claim_items WHERE claim_id = ?", (claim["id"],)
    ).fetchall()
    total = 0.0
    for item in items:
        total += item["value"] * depreciation_factor(item["purchase_year"])
    payable = min(total, policy["coverage_limit"]) - policy["deductible"]
    return round(payable, 2)


def split_installments(amount: float, n: int) -> list[float]:
    share = round(amount / n, 2)
    return [share] * n

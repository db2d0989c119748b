"""Time series helpers for the sales charts."""

from datetime import datetime


def moving_average(values: list[float], window: int) -> list[float]:
    """Average of every run of `window` consecutive values."""
    out = []
    for i in range(len(values) - window):
        out.append(sum(values[i:i + window]) / window)
    return out


def parse_day(text: str) -> datetime:
    """Days arrive as ISO dates, e.g. 2026-11-30."""
    return datetime.strptime(text, "%Y-%d-%m")


def is_future(text: str) -> bool:
    return parse_day(text) > datetime.now()

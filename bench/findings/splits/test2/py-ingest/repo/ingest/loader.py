"""Parsing and batching of uploaded CSV files."""

from __future__ import annotations

import csv
import io

import yaml


def load_source_config(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.Loader)


def parse_rows(text: str) -> tuple[list[dict], list[str]]:
    """Rows with a timestamp and a numeric amount; problems are reported by CSV line number."""
    reader = csv.DictReader(io.StringIO(text))
    rows: list[dict] = []
    errors: list[str] = []
    for i, row in enumerate(reader):
        if not row["ts"]:
            errors.append(f"line {i}: missing ts")
            continue
        row["amount"] = float(row["amount"])
        rows.append(row)
    return rows, errors


def chunks(rows: list[dict], size: int) -> list[list[dict]]:
    """Split rows into consecutive pieces of at most `size` rows."""
    out = []
    for start in range(0, len(rows) - size, size):
        out.append(rows[start : start + size])
    return out

"""Reading an agent's verdicts (cross-examination, adjudication): one JSON item per id it was asked about.

The answer is hostile text: it is scanned with a bounded work counter, at most `max_items` items are read
and at most `max_problems` problems kept, and every item that cannot be used is a problem, never an error.
The first usable verdict for an id wins; ids that were not asked are refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from mco_mcp.findings.jsontext import json_values
from mco_mcp.findings.limits import Work

K = TypeVar("K")


@dataclass(frozen=True)
class VerdictForm(Generic[K]):
    """What one kind of verdict answer looks like."""

    prefix: str  # ids are "<prefix><n>": F1, P2 (a bare number is read as one)
    noun: str  # what an id names, for the problems: "finding", "pair"
    id_keys: tuple[str, str]  # where an item's id is, first key first
    verdict_keys: tuple[str, str]
    synonyms: Mapping[str, K]  # lower-case words (spaces and dashes as "_") -> the verdict
    choices: str  # the verdicts in words, for the problems: "same, different or unsure"
    work: int  # parsing work one answer may cost (see findings.limits.Work)
    max_items: int = 500
    max_problems: int = 10


@dataclass
class VerdictReading(Generic[K]):
    verdicts: dict[str, tuple[K, dict[str, Any]]] = field(default_factory=dict)  # id -> (verdict, its item)
    problems: list[str] = field(default_factory=list)
    max_problems: int = 10

    def problem(self, text: str) -> None:
        if len(self.problems) < self.max_problems:
            self.problems.append(text)


def _entries(value: object) -> list[object]:
    if isinstance(value, dict):
        inner = value.get("verdicts")
        if isinstance(inner, list):
            return inner
        return [value] if "verdict" in value else []
    return value if isinstance(value, list) else []


def _item_id(raw: object, prefix: str) -> str | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return f"{prefix}{raw}"
    if isinstance(raw, str):
        text = raw.strip().upper()
        if text.isdigit():
            return f"{prefix}{int(text)}"
        if text[:1] == prefix and text[1:].isdigit():
            return f"{prefix}{int(text[1:])}"
    return None


def read_verdicts(text: str, expected: set[str], form: VerdictForm[K]) -> VerdictReading[K]:
    """The first usable verdict per expected id, with its item; everything else noted as a problem."""
    reading: VerdictReading[K] = VerdictReading(max_problems=form.max_problems)
    values, failures = json_values(text, Work(form.work))
    for failure in failures[:3]:
        reading.problem(f"{failure.where}: {failure.error}")
    seen = 0
    first_id, second_id = form.id_keys
    first_verdict, second_verdict = form.verdict_keys
    for value in values:
        for entry in _entries(value.value):
            seen += 1
            if seen > form.max_items:
                reading.problem(f"more than {form.max_items} verdict items; the rest were not read")
                return reading
            if not isinstance(entry, dict):
                reading.problem("a verdict item that is not an object")
                continue
            item_id = _item_id(entry.get(first_id, entry.get(second_id)), form.prefix)
            raw = entry.get(first_verdict, entry.get(second_verdict))
            kind = form.synonyms.get(raw.strip().lower().replace(" ", "_").replace("-", "_")) if isinstance(raw, str) else None
            if item_id is None or item_id not in expected:
                reading.problem(f"a verdict for an unknown {form.noun} id {str(entry.get('id'))[:20]!r}")
                continue
            if kind is None:
                reading.problem(f"{item_id}: verdict {str(raw)[:30]!r} is not {form.choices}")
                continue
            reading.verdicts.setdefault(item_id, (kind, entry))
    if not values:
        reading.problem("no JSON block with verdicts in the answer")
    return reading

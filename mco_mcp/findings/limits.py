"""Bounds on what reading one provider's answer may cost, and the counter that enforces them.

An answer is hostile input: a prompt injection in the reviewed code makes a model print anything, e.g. a
fenced block of 100,000 `[` or five megabytes of unclosed comments. Every bound here turns such an answer
into dropped findings with a reason, never into an exception, unbounded memory or minutes of CPU. The
numbers sit far above what an honest review answer needs (the benchmark's answers are 6-14 KB with at most
~30 findings each; a model's whole output is at most a few hundred KB).
"""

from __future__ import annotations

# Only the last MiB of a longer answer is searched for findings: the contract puts the JSON block at the
# end, and a model's honest output stays far below this.
MAX_ANSWER_CHARS = 1 << 20
# Deeper JSON is refused before anything recurses into it (json, jsonschema, our own walks).
MAX_DEPTH = 64
# Fenced blocks parsed, JSON values kept, parse failures reported.
MAX_BLOCKS = 50
MAX_VALUES = 100
MAX_FAILURES = 20
# Finding items read per answer (usable or not); the rest are counted in one dropped entry. Merging is
# super-linear in the number of findings, so this also bounds the merge.
MAX_ITEMS = 100
# Dropped entries listed one by one; any more are summed up in one last entry.
MAX_DROPPED = 50
# The longest text kept in one field of a finding; longer text is cut, with a note on the finding.
MAX_FIELD_CHARS = {"description": 4000, "recommendation": 2000, "snippet": 2000, "symbol": 200, "raw_file": 500,
                   "raw_severity": 100, "raw_category": 100}  # fmt: skip
# Python literals (single quotes, True/None) are parsed with the Python parser, which needs far more memory
# and time per character than json: only small blocks get that chance.
MAX_LITERAL_CHARS = 256 * 1024

# Work is counted in characters scanned or parsed, plus a fixed cost per step of the bracket scanner (a
# step is one Python-level iteration; a step over a long run of plain text is cheap in C, a step per
# character of "[[[[..." is not, and the fixed cost is what bounds the latter).
STEP_COST = 16
WORK_BUDGET = 8 * MAX_ANSWER_CHARS


class WorkExhausted(Exception):
    """The answer needs more parsing work than one answer may cost."""


class Work:
    """Counts the work spent on one answer; `charge` raises WorkExhausted before the budget is overrun."""

    def __init__(self, budget: int = WORK_BUDGET) -> None:
        self.budget = budget
        self.used = 0

    def charge(self, units: int) -> None:
        if self.used + units > self.budget:
            raise WorkExhausted(f"reading it needs more than {self.budget:,} units of parsing work")
        self.used += units

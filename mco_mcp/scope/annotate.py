"""Findings against the diff: is each one's location in the change (`in_diff`), ranking, the only_in_diff filter.

`in_diff` is True when the finding's file changed and its line lies in a changed hunk (hunks carry 3 lines
of context) or within `TOLERANCE` lines of one; for a file that was added, deleted, binary, or a submodule,
and for a finding without a line in a changed file, the whole file is the change. False when the file did
not change or the line is away from every hunk; None when the finding names no file.
"""

from __future__ import annotations

from mco_mcp.models import Finding
from mco_mcp.scope.diff import FileChange

TOLERANCE = 3
_RANK = {"critical": 3, "high": 2, "medium": 1, "low": 0}


def in_diff(finding: Finding, by_path: dict[str, FileChange]) -> bool | None:
    if not finding.file:
        return None
    file = by_path.get(finding.file.removeprefix("./"))
    if file is None:
        return False
    if finding.line is None or file.status in ("added", "deleted") or file.binary or file.submodule:
        return True
    for start, count in file.hunks:
        last = start + max(count, 1) - 1
        if start - TOLERANCE <= finding.line <= last + TOLERANCE:
            return True
    return False


def annotate(findings: list[Finding], by_path: dict[str, FileChange], only_in_diff: bool) -> tuple[list[Finding], int]:
    """Mark each finding, rank out-of-diff ones after in-diff ones of the same severity (verified ones still
    first, the merge order otherwise kept), and drop those outside the change when asked: (kept, dropped)."""
    for finding in findings:
        finding.in_diff = in_diff(finding, by_path)
    order = {id(f): i for i, f in enumerate(findings)}
    ranked = sorted(findings, key=lambda f: (f.verified is not True, -_RANK[f.severity], f.in_diff is False, order[id(f)]))
    if not only_in_diff:
        return ranked, 0
    kept = [f for f in ranked if f.in_diff is not False]
    return kept, len(ranked) - len(kept)

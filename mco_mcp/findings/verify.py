"""Checking merged findings against the repository: is the cited file there, is the line inside it, does the
quoted snippet really occur at that line.

Agents cite files that do not exist, lines past the end of a file and code they made up. Each merged finding
gets `verified` and a short `verification` reason:

- no file: unverified ("no file given").
- a path that leaves the repository (`..`, absolute elsewhere, a symlink pointing out): unverified, not read.
- a missing file, a directory, or a file that cannot be read as text (binary, over 2 MiB): unverified
  (a missing file cited by a test-gap finding is only "unchecked": it may be the test file to write).
- a snippet: located by `locate` (whitespace, line-number prefixes, fences aside, `...` / `…` read as an
  elision). Found (exact or normalised) at or near the reported line (±`NEAR`): verified there; found
  elsewhere in the file: verified at the occurrence nearest the reported line. Either way `line` is
  corrected when it is not on the occurrence, and the reason says so. Not found as a whole: unverified
  (the reason says when some of its lines occur, and where). Snippets shorter than `locate.MIN_LOCATE`
  characters occur everywhere: they are only looked for near the reported line, never used to move it far.
- no snippet: verified when the file exists and the line (if any) is inside it; a line past the end fails.

Confidence is multiplied by `FAILED_FACTOR` when the repository contradicts the finding (missing file,
escaping path, line past the end, snippet not found) and by `UNCHECKED_FACTOR` when there is nothing to
check it against (no file, unreadable file). Unverified findings are kept but ranked after every verified
one; inside each group the merge order holds (severity, file, line; see `order`).

Deterministic; each file is read at most once per call (`Verifier` caches), at most 2 MiB (see `repofile`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.locate import NEAR, Location, SourceText, locate
from mco_mcp.findings.order import ranked
from mco_mcp.findings.repofile import Unreadable, read_repo_file, repo_root
from mco_mcp.models import Finding
FAILED_FACTOR = 0.5
UNCHECKED_FACTOR = 0.75


@dataclass(frozen=True, slots=True)
class Verification:
    verified: bool
    reason: str
    line: int | None  # the line the finding should carry (corrected when the snippet was found elsewhere)
    factor: float  # what its confidence is multiplied by


def _at(span: tuple[int, int]) -> str:
    return f"line {span[0]}" if span[0] == span[1] else f"lines {span[0]}-{span[1]}"


class Verifier:
    """Checks findings against one repository; remembers every file it read."""

    def __init__(self, repo: Path) -> None:
        self._root = repo_root(repo)
        self._files: dict[str, SourceText | Unreadable] = {}

    def _load(self, file: str) -> SourceText | Unreadable:
        if file not in self._files:
            self._files[file] = read_repo_file(self._root, file)
        return self._files[file]

    def check(self, file: str | None, line: int | None, snippet: str | None) -> Verification:
        if not file:
            return Verification(False, "no file given", line, UNCHECKED_FACTOR)
        text = self._load(file)
        if isinstance(text, Unreadable):
            return Verification(False, text.reason, line, FAILED_FACTOR if text.failed else UNCHECKED_FACTOR)
        bad_line = None
        if line is not None and line < 1:
            bad_line = f"line {line} is not a line number"
        elif line is not None and line > text.count:
            bad_line = f"line {line} is past the end of the file ({text.count} lines)"
        found = locate(text, None if bad_line else line, snippet) if snippet else Location("blank")
        if found.how == "blank":
            if bad_line:
                return Verification(False, bad_line, line, FAILED_FACTOR)
            if line is None:
                return Verification(True, "no line or snippet to check; file exists", None, 1.0)
            return Verification(True, "no snippet to check; file and line exist", line, 1.0)
        return _placed(found, None if bad_line else line, line, bad_line)

    def verify(self, finding: Finding) -> Finding:
        """The finding with `verified`, `verification`, a corrected `line` and an adjusted `confidence`."""
        result = self.check(finding.file, finding.line, finding.snippet)
        if finding.category == "test-gap" and result.reason == "file does not exist":
            # "No tests for X" often names the test file that should be written: not a contradiction.
            reason = "file does not exist (a test gap may name a test file still to be written)"
            result = Verification(False, reason, result.line, UNCHECKED_FACTOR)
        confidence = round(min(1.0, max(0.0, finding.confidence * result.factor)), 3)
        return finding.model_copy(
            update={"verified": result.verified, "verification": result.reason, "line": result.line,
                    "confidence": confidence}  # fmt: skip
        )


def _placed(found: Location, line: int | None, reported: int | None, bad_line: str | None) -> Verification:
    """What the snippet's location says about the finding: `line` is the reported line when it is inside
    the file (else None, and `bad_line` says why)."""
    if not found.found or found.lo is None or found.hi is None:
        if found.short and line is not None:
            reason = f"snippet not found near line {line}"
        else:
            reason = "snippet not found in the file" + (f"; {bad_line}" if bad_line else "")
        if found.how in ("partial", "fragment") and found.lo is not None and found.hi is not None:
            reason += f" ({found.matched} of its {found.pieces} line(s) compared occur at {_at((found.lo, found.hi))})"
        elif found.cut_short:
            reason += " (the search was cut short: the file is too repetitive to search fully)"
        return Verification(False, reason, reported, FAILED_FACTOR)
    span = (found.lo, found.hi)
    if line is None:
        if found.short and found.places > 1:
            reason = f"snippet occurs {found.places} times in the file; too short to place without a line"
            if bad_line:
                reason += f" ({bad_line})"
            return Verification(True, reason, None, 1.0)
        reason = f"snippet found at {_at(span)}"
        if found.places > 1:
            reason += f" (first of {found.places} places)"
        if bad_line:
            reason += f"; the reported {bad_line}; line corrected"
        elif reported is None:
            reason += "; no line was given"
        return Verification(True, reason, span[0], 1.0)
    distance = _distance(span, line)
    if distance == 0:
        return Verification(True, f"snippet found at {_at(span)}", line, 1.0)
    where = "near" if distance <= NEAR else "not near"
    reason = f"snippet found at {_at(span)}, {where} the reported line {line}; line corrected"
    return Verification(True, reason, span[0], 1.0)


def _distance(span: tuple[int, int], line: int) -> int:
    lo, hi = span
    return 0 if lo <= line <= hi else min(abs(lo - line), abs(hi - line))


def verify_findings(findings: Iterable[Finding], repo: Path) -> list[Finding]:
    """Check every finding against `repo` (once: confidences are scaled each call), in display order."""
    verifier = Verifier(repo)
    return ranked(verifier.verify(f) for f in findings)

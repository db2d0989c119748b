"""Checking merged findings against the repository: is the cited file there, is the line inside it, does the
quoted snippet really occur at that line.

Agents cite files that do not exist, lines past the end of a file and code they made up. Each merged finding
gets `verified` and a short `verification` reason:

- no file: unverified ("no file given").
- a path that leaves the repository (`..`, absolute elsewhere, a symlink pointing out): unverified, not read.
- a missing file, a directory, or a file that cannot be read as text (binary, over 2 MiB): unverified
  (a missing file cited by a test-gap finding is only "unchecked": it may be the test file to write).
- a snippet: compared without whitespace (and with ' read as "), line-number prefixes (`12: `, `L12 | `, `> `)
  and code fences removed, `...` / `…` read as an elision. Found at or near the reported line (±`NEAR`):
  verified there; found elsewhere in the file: verified at the occurrence nearest the reported line. Either
  way `line` is corrected when it is not on the occurrence, and the reason says so. Not found: unverified.
  Snippets shorter than `_MIN_LOCATE` characters occur everywhere: they are only looked for near the
  reported line, never used to move it far.
- no snippet: verified when the file exists and the line (if any) is inside it; a line past the end fails.

Confidence is multiplied by `FAILED_FACTOR` when the repository contradicts the finding (missing file,
escaping path, line past the end, snippet not found) and by `UNCHECKED_FACTOR` when there is nothing to
check it against (no file, unreadable file). Unverified findings are kept but ranked after every verified
one; inside each group the merge order holds (severity, file, line, see `merge.sort_key`).

Deterministic; each file is read at most once per call (`Verifier` caches), at most 2 MiB.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.merge import sort_key
from mco_mcp.models import Finding

NEAR = 5  # lines: a snippet this close to the reported line is "at or near" it
FAILED_FACTOR = 0.5
UNCHECKED_FACTOR = 0.75
MAX_FILE_BYTES = 2 * 1024 * 1024
_MIN_LOCATE = 6  # normalized characters a snippet needs before it may move a finding far from its line
_ELISION_GAP = 30  # lines an elision ("...") may stand for
_PIECE_GAP = 3  # lines an agent may leave out between quoted lines without marking it
_MAX_STARTS = 5000  # occurrences of a snippet's first part examined per file

_LINE_PREFIX = re.compile(r"^\s*(?:L?\d+\s*[:|]\s?|>\s?)")
_FENCE = re.compile(r"^\s*(?:```|~~~)[\w+-]*\s*$")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_WHITESPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WHITESPACE.sub("", text).replace("'", '"')


@dataclass(frozen=True, slots=True)
class Verification:
    verified: bool
    reason: str
    line: int | None  # the line the finding should carry (corrected when the snippet was found elsewhere)
    factor: float  # what its confidence is multiplied by


class _Text:
    """A file as one string without whitespace, and where each line starts in it."""

    def __init__(self, text: str) -> None:
        lines = text.splitlines()
        self.count = len(lines)
        self.starts: list[int] = []
        parts, offset = [], 0
        for line in lines:
            norm = _norm(line)
            self.starts.append(offset)
            parts.append(norm)
            offset += len(norm)
        self.flat = "".join(parts)

    def line_of(self, offset: int) -> int:
        """1-based line holding the character at `offset` of `flat`."""
        return bisect.bisect_right(self.starts, offset)

    def spans(self, needle: list[tuple[str, int]], near: int | None = None) -> list[tuple[int, int]]:
        """(first, last) lines of each place the needle occurs (starting within `NEAR` lines of `near` when
        given). `needle` is its texts in order, each with how many lines may separate it from the previous
        one (the first's gap is unused)."""
        first = needle[0][0]
        found: list[tuple[int, int]] = []
        lo, hi = 0, len(self.flat)
        if near is not None:
            lo = self.starts[max(0, min(near - NEAR, self.count) - 1)] if self.count else 0
            hi = self.starts[near + NEAR] if near + NEAR < self.count else len(self.flat)
        start = self.flat.find(first, lo, hi + len(first) - 1)
        examined = 0
        while start != -1 and examined < _MAX_STARTS:
            examined += 1
            end = start + len(first)
            for text, gap in needle[1:]:
                at = self.flat.find(text, end)
                if at == -1 or self.line_of(at) - self.line_of(end - 1) > gap:
                    break
                end = at + len(text)
            else:
                found.append((self.line_of(start), self.line_of(end - 1)))
            start = self.flat.find(first, start + 1, hi + len(first) - 1)
        return sorted(set(found))


def _clean_lines(snippet: str, strip_prefix: bool) -> list[str]:
    lines = [line for line in snippet.splitlines() if not _FENCE.match(line)]
    return [_LINE_PREFIX.sub("", line) if strip_prefix else line for line in lines]


def _split(text: str, gap_before: int) -> list[tuple[str, int]]:
    """A normalized text cut at its elisions: [(part, lines allowed before it), ...]. Scraps of one or two
    characters around an elision (a quote, a bracket) are left out when a longer part remains."""
    parts = [p for p in _ELLIPSIS.split(text) if p]
    if any(len(p) >= 3 for p in parts):
        parts = [p for p in parts if len(p) >= 3]
    return [(part, gap_before if i == 0 else _ELISION_GAP) for i, part in enumerate(parts)]


def _needles(snippet: str) -> list[list[tuple[str, int]]]:
    """The ways to look for a snippet, strictest first: the whole text (literally, then with its elisions),
    without and with line-number prefixes; then its lines one by one, in order, a few lines apart."""
    needles: list[list[tuple[str, int]]] = []
    for strip in (True, False):
        whole = _norm("".join(_clean_lines(snippet, strip)))
        if whole:
            needles.append([(whole, 0)])
            if _ELLIPSIS.search(whole):
                needles.append(_split(whole, 0))
    pieces = [_norm(line) for line in _clean_lines(snippet, True)]
    pieces = [p for p in pieces if _ELLIPSIS.sub("", p)]
    long_pieces = [p for p in pieces if len(_ELLIPSIS.sub("", p)) >= _MIN_LOCATE]
    pieces = long_pieces or pieces
    if len(pieces) > 1:
        needles.append([part for piece in pieces for part in _split(piece, _PIECE_GAP)])
    unique: list[list[tuple[str, int]]] = []
    for needle in needles:
        needle = [(text, gap) for text, gap in needle if text]
        if needle and needle not in unique:
            unique.append(needle)
    return unique


def _distance(span: tuple[int, int], line: int) -> int:
    lo, hi = span
    return 0 if lo <= line <= hi else min(abs(lo - line), abs(hi - line))


def _at(span: tuple[int, int]) -> str:
    return f"line {span[0]}" if span[0] == span[1] else f"lines {span[0]}-{span[1]}"


class Verifier:
    """Checks findings against one repository; remembers every file it read."""

    def __init__(self, repo: Path) -> None:
        self._repo = Path(repo)
        try:
            self._root: Path | None = self._repo.resolve()
        except (OSError, RuntimeError):
            self._root = None
        self._files: dict[str, _Text | Verification] = {}

    def _load(self, file: str) -> _Text | Verification:
        """The file's text, or the failed verification of any finding citing it."""
        if file not in self._files:
            self._files[file] = self._read(file)
        return self._files[file]

    def _read(self, file: str) -> _Text | Verification:
        def failed(reason: str) -> Verification:  # the repository contradicts the finding
            return Verification(False, reason, None, FAILED_FACTOR)

        def unchecked(reason: str) -> Verification:  # the file is there but cannot be compared
            return Verification(False, reason, None, UNCHECKED_FACTOR)

        if self._root is None:
            return failed("file does not exist")
        try:
            target = (self._root / file).resolve()
        except (OSError, RuntimeError, ValueError):
            return failed("path is not valid")
        if not target.is_relative_to(self._root):
            return failed("path leaves the repository")
        try:
            if not target.exists():
                return failed("file does not exist")
            if not target.is_file():
                return failed("path is not a regular file")
            if target.stat().st_size > MAX_FILE_BYTES:
                return unchecked("file is too large to check (over 2 MiB)")
            data = target.read_bytes()
        except OSError as exc:
            return unchecked(f"file could not be read ({exc.strerror or type(exc).__name__})")
        if b"\0" in data[:8192]:
            return unchecked("file is binary; not checked")
        return _Text(data.decode("utf-8", errors="replace"))

    def check(self, file: str | None, line: int | None, snippet: str | None) -> Verification:
        if not file:
            return Verification(False, "no file given", line, UNCHECKED_FACTOR)
        text = self._load(file)
        if isinstance(text, Verification):
            return Verification(text.verified, text.reason, line, text.factor)
        bad_line = None
        if line is not None and line < 1:
            bad_line = f"line {line} is not a line number"
        elif line is not None and line > text.count:
            bad_line = f"line {line} is past the end of the file ({text.count} lines)"
        needles = _needles(snippet) if snippet else []
        if not needles:
            if bad_line:
                return Verification(False, bad_line, line, FAILED_FACTOR)
            if line is None:
                return Verification(True, "no line or snippet to check; file exists", None, 1.0)
            return Verification(True, "no snippet to check; file and line exist", line, 1.0)
        return self._place(text, needles, None if bad_line else line, line, bad_line)

    def _place(
        self, text: _Text, needles: list[list[tuple[str, int]]], line: int | None, reported: int | None,
        bad_line: str | None,
    ) -> Verification:  # fmt: skip
        spans: list[tuple[int, int]] = []
        short = False
        for needle in needles:
            short = sum(len(part) for part, _ in needle) < _MIN_LOCATE
            spans = text.spans(needle, line if short else None)
            if spans:
                break
        if not spans:
            if short and line is not None:
                return Verification(False, f"snippet not found near line {line}", reported, FAILED_FACTOR)
            reason = "snippet not found in the file" + (f"; {bad_line}" if bad_line else "")
            return Verification(False, reason, reported, FAILED_FACTOR)
        if line is None:
            if short and len(spans) > 1:
                reason = f"snippet occurs {len(spans)} times in the file; too short to place without a line"
                if bad_line:
                    reason += f" ({bad_line})"
                return Verification(True, reason, None, 1.0)
            span = spans[0]
            reason = f"snippet found at {_at(span)}"
            if len(spans) > 1:
                reason += f" (first of {len(spans)} places)"
            if bad_line:
                reason += f"; the reported {bad_line}; line corrected"
            elif reported is None:
                reason += "; no line was given"
            return Verification(True, reason, span[0], 1.0)
        span = min(spans, key=lambda s: (_distance(s, line), s[0]))
        distance = _distance(span, line)
        if distance == 0:
            return Verification(True, f"snippet found at {_at(span)}", line, 1.0)
        where = "near" if distance <= NEAR else "not near"
        reason = f"snippet found at {_at(span)}, {where} the reported line {line}; line corrected"
        return Verification(True, reason, span[0], 1.0)

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


def rank(findings: Iterable[Finding]) -> list[Finding]:
    """Verified findings first, then the rest; each group in merge order (severity, file, line)."""
    return sorted(findings, key=lambda f: (f.verified is not True, sort_key(f)))


def verify_findings(findings: Iterable[Finding], repo: Path) -> list[Finding]:
    """Check every finding against `repo` (once: confidences are scaled each call) and rank them."""
    verifier = Verifier(repo)
    return rank(verifier.verify(f) for f in findings)

"""Where a finding's quoted snippet is in its file: the one answer merging and verification both use.

Agents' line numbers drift, but their snippets are usually copied from the file: re-indented, re-wrapped,
with line numbers in front (`12: `, `L12 | `, `> `), fences around, and `...` / `…` for what they left
out. `locate(text, line, snippet)` says where the snippet is, the strictest answer that holds:

- `exact`: its lines, trimmed, occur as written on lines lo..hi;
- `normalised`: it occurs once whitespace is ignored and ' is read as " (so re-indented or re-wrapped),
  an elision standing for up to 30 lines, its lines in order with up to 3 lines left out between them;
- `partial`: not as a whole, but at least half of its lines (the longer ones, at most 8) occur close
  together, at lo..hi; `fragment`: some of them do, fewer than half;
- `nearby`: none of its lines occur, but line lo, within ±6 of the cited line, shares at least half of
  its words;
- `absent`: none of these; `blank`: it holds nothing to look for (only whitespace, fences, elisions).

When it occurs in several places, lo..hi is the place nearest the cited line (the first one without a
line), and `places` says how many there are. A snippet shorter than `MIN_LOCATE` characters (whitespace
aside) occurs everywhere: with a cited line it is looked for only within ±`NEAR` lines of it.

Both the snippet (a CLI's output) and the file (the reviewed repository) may be hostile, so the work is
bounded: the snippet is cut at `MAX_SNIPPET_CHARS` characters and `MAX_SNIPPET_LINES` lines, the file at
`MAX_FILE_CHARS`, at most `MAX_PLACES` places of one part are examined, and one call scans at most
`MAX_SCAN` characters in at most `MAX_STEPS` steps; a search cut short by that answers "absent" and says so
(`cut_short`).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from typing import Literal

How = Literal["exact", "normalised", "partial", "fragment", "nearby", "absent", "blank"]

NEAR = 5  # lines either side of the cited line a short snippet is looked for in
MIN_LOCATE = 6  # characters (whitespace aside) a snippet needs before it may place a finding far from its line
MAX_SNIPPET_CHARS = 2000
MAX_SNIPPET_LINES = 40
MAX_FILE_CHARS = 2 * 1024 * 1024
MAX_PLACES = 5000  # places of one part of a snippet examined
# Work one call may do: characters scanned by `str.find` (fast: a file's length for each way of looking,
# with room to spare) and Python-level steps (slow: one per place examined or compared).
MAX_SCAN = 16 * MAX_FILE_CHARS
MAX_STEPS = 50_000
_ELISION_GAP = 30  # lines an elision ("...") may stand for
_PIECE_GAP = 3  # lines an agent may leave out between quoted lines without marking it
_MAX_PIECES = 8  # lines compared one by one for a partial match
_NEARBY = 6  # lines either side of the cited line looked at for a resembling line
_NEARBY_OVERLAP = 0.5  # share of the words (Jaccard) a resembling line has in common with the snippet

_LINE_PREFIX = re.compile(r"^\s*(?:L?\d+\s*[:|]\s?|>\s?)")
_FENCE = re.compile(r"^\s*(?:```|~~~)[\w+-]*\s*$")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")


def _norm(text: str) -> str:
    return _WHITESPACE.sub("", text).replace("'", '"')


class SourceText:
    """A file prepared for locating: its lines, and the whole text as one string without whitespace (' read
    as ") with where each line starts in it, so a snippet matches across re-wrapped lines."""

    def __init__(self, text: str) -> None:
        self.text = text[:MAX_FILE_CHARS]
        self.lines = self.text.splitlines()
        self.count = len(self.lines)
        self.norm_lines = [_norm(line) for line in self.lines]
        self.starts: list[int] = []
        offset = 0
        for norm in self.norm_lines:
            self.starts.append(offset)
            offset += len(norm)
        self.flat = "".join(self.norm_lines)
        self._words: dict[int, frozenset[str]] = {}

    def line_of(self, offset: int) -> int:
        """1-based line holding the character at `offset` of `flat`."""
        return bisect.bisect_right(self.starts, offset)

    def line_start(self, number: int) -> int:
        """Offset in `flat` where line `number` (1-based) starts; the end of `flat` past the last line."""
        return self.starts[number - 1] if number <= self.count else len(self.flat)

    def words(self, number: int) -> frozenset[str]:
        """The identifiers and numbers on line `number`, lowercased."""
        if number not in self._words:
            self._words[number] = frozenset(w.lower() for w in _WORD.findall(self.lines[number - 1]))
        return self._words[number]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a snippet is (see the module's docstring for `how`). lo..hi: 1-based lines, None when absent
    or blank. `places`: how many places it occurs in (exact, normalised). `matched` of `pieces`: its lines
    found together (partial, fragment). `short`: under `MIN_LOCATE` characters, looked for only near the
    cited line when there is one. `cut_short`: the work bound stopped the search."""

    how: How
    lo: int | None = None
    hi: int | None = None
    places: int = 0
    matched: int = 0
    pieces: int = 0
    short: bool = False
    cut_short: bool = False

    @property
    def found(self) -> bool:
        """The snippet occurs in the file as quoted (whitespace, prefixes, fences and elisions aside)."""
        return self.how in ("exact", "normalised")


class _Exhausted(Exception):
    pass


class _Search:
    """`str.find` over one file's flat text, charged against the call's work bound."""

    def __init__(self, text: SourceText) -> None:
        self.text = text
        self.scanned = 0
        self.steps = 0

    def charge(self, steps: int, scanned: int = 0) -> None:
        self.steps += steps
        self.scanned += scanned
        if self.steps > MAX_STEPS or self.scanned > MAX_SCAN:
            raise _Exhausted

    def find(self, part: str, lo: int, hi: int) -> int:
        """Offset of the first occurrence of `part` starting in [lo, hi), or -1."""
        limit = hi + len(part) - 1
        at = self.text.flat.find(part, lo, limit)
        self.charge(1, max(0, (at + len(part) if at != -1 else limit) - lo))
        return at


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
    """The ways to look for the whole snippet, strictest first: its text as one (literally, then with its
    elisions as gaps), without and with line-number prefixes; then its lines in order, a few lines apart.
    A needle is its parts in order, each with how many lines may separate it from the one before."""
    needles: list[list[tuple[str, int]]] = []
    for strip in (True, False):
        whole = _norm("".join(_clean_lines(snippet, strip)))
        if whole:
            needles.append([(whole, 0)])
            if _ELLIPSIS.search(whole):
                needles.append(_split(whole, 0))
    pieces = [_norm(line) for line in _clean_lines(snippet, True)]
    pieces = [p for p in pieces if _ELLIPSIS.sub("", p)]
    long_pieces = [p for p in pieces if len(_ELLIPSIS.sub("", p)) >= MIN_LOCATE]
    pieces = long_pieces or pieces
    if len(pieces) > 1:
        needles.append([part for piece in pieces for part in _split(piece, _PIECE_GAP)])
    unique: list[list[tuple[str, int]]] = []
    for needle in needles:
        needle = [(text, gap) for text, gap in needle if text]
        if needle and needle not in unique:
            unique.append(needle)
    return unique


def _spans(search: _Search, needle: list[tuple[str, int]], near: int | None) -> list[tuple[int, int]]:
    """(first, last) lines of each place the needle occurs, starting within `NEAR` lines of `near` when given."""
    text = search.text
    first = needle[0][0]
    lo, hi = 0, len(text.flat)
    if near is not None:
        lo, hi = text.line_start(max(1, near - NEAR)), text.line_start(near + NEAR + 1)
    found: set[tuple[int, int]] = set()
    start = search.find(first, lo, hi)
    examined = 0
    while start != -1 and examined < MAX_PLACES:
        examined += 1
        end = start + len(first)
        for part, gap in needle[1:]:
            at = search.find(part, end, text.line_start(text.line_of(end - 1) + gap + 1))
            if at == -1:
                break
            end = at + len(part)
        else:
            found.add((text.line_of(start), text.line_of(end - 1)))
        start = search.find(first, start + 1, hi)
    return sorted(found)


def _distance(span: tuple[int, int], line: int) -> int:
    lo, hi = span
    return 0 if lo <= line <= hi else min(abs(lo - line), abs(hi - line))


def _verbatim(text: SourceText, snippet: str, span: tuple[int, int]) -> bool:
    """Whether the snippet's trimmed lines occur as written in the span's trimmed lines."""
    lo, hi = span
    region = "\n".join(line.strip() for line in text.lines[lo - 1 : hi])
    for strip in (True, False):
        quoted = "\n".join(s for s in (line.strip() for line in _clean_lines(snippet, strip)) if s)
        if quoted and quoted in region:
            return True
    return False


def _whole(search: _Search, snippet: str, line: int | None) -> Location:
    """The snippet as a whole (see `_needles`): exact, normalised, blank, or absent (with whether it is short)."""
    needles = _needles(snippet)
    if not needles:
        return Location("blank")
    short = False
    for needle in needles:
        short = sum(len(part) for part, _ in needle) < MIN_LOCATE
        spans = _spans(search, needle, line if short else None)
        if spans:
            span = spans[0] if line is None else min(spans, key=lambda s: (_distance(s, line), s[0]))
            how: How = "exact" if _verbatim(search.text, snippet, span) else "normalised"
            return Location(how, span[0], span[1], places=len(spans), short=short)
    return Location("absent", short=short)


def _pieces(snippet: str) -> list[str]:
    """The snippet's lines compared one by one: the longer ones (short lines like `try:` or `}` occur
    everywhere), each normalized, at most `_MAX_PIECES`."""
    pieces = [text for text in (_norm(line) for line in _clean_lines(snippet, True)) if _ELLIPSIS.sub("", text).strip(".…")]
    long_pieces = [p for p in pieces if len(_ELLIPSIS.sub("", p)) >= MIN_LOCATE]
    return (long_pieces or pieces)[:_MAX_PIECES]


def _in_order(parts: list[str], line: str) -> bool:
    pos = 0
    for part in parts:
        pos = line.find(part, pos)
        if pos == -1:
            return False
        pos += len(part)
    return True


def _lines_holding(search: _Search, piece: str, near: int | None) -> list[int]:
    """1-based lines whose normalized text holds `piece` (its parts around elisions in order), ascending;
    within `NEAR` lines of `near` when given."""
    text = search.text
    parts = [p for p in _ELLIPSIS.split(piece) if p]
    if not parts:
        return []
    head = max(parts, key=len)
    lo, hi = 0, len(text.flat)
    if near is not None:
        lo, hi = text.line_start(max(1, near - NEAR)), text.line_start(near + NEAR + 1)
    found: list[int] = []
    at = search.find(head, lo, hi)
    examined = 0
    while at != -1 and examined < MAX_PLACES:
        examined += 1
        number = text.line_of(at)
        if text.line_of(at + len(head) - 1) == number:  # within one line, not across two
            if len(parts) == 1 or _in_order(parts, text.norm_lines[number - 1]):
                found.append(number)
            at = search.find(head, text.line_start(number + 1), hi)
        else:
            at = search.find(head, at + 1, hi)
    return found


def _by_lines(search: _Search, snippet: str, line: int | None) -> Location | None:
    """The place where most of the snippet's lines occur close together (nearest the cited line among
    equals), or None when none of them occurs."""
    pieces = _pieces(snippet)
    short = not any(len(_ELLIPSIS.sub("", p)) >= MIN_LOCATE for p in pieces)
    hits = [_lines_holding(search, p, line if short else None) for p in pieces]
    candidates = sorted({number for numbers in hits for number in numbers})
    if not candidates:
        return None
    window = len(pieces) + 2
    best_key: tuple[int, int, int] | None = None
    best: tuple[int, int, int] = (0, 0, 0)
    for pos in candidates:
        search.charge(len(hits))
        near = [n for n in (_nearest(numbers, pos) for numbers in hits if numbers) if abs(n - pos) <= window]
        key = (-len(near), abs(pos - line) if line is not None else pos, pos)
        if best_key is None or key < best_key:
            best_key, best = key, (min(near), max(near), len(near))
    lo, hi, matched = best
    how: How = "partial" if matched >= max(1, math.ceil(len(pieces) / 2)) else "fragment"
    return Location(how, lo, hi, matched=matched, pieces=len(pieces), short=short)


def _nearest(numbers: list[int], pos: int) -> int:
    """The element of the ascending `numbers` nearest `pos` (the lower one on a tie)."""
    index = bisect.bisect_left(numbers, pos)
    if index == len(numbers):
        return numbers[-1]
    if index == 0 or numbers[index] - pos < pos - numbers[index - 1]:
        return numbers[index]
    return numbers[index - 1]


def _resembling(text: SourceText, snippet: str, line: int) -> int | None:
    """The line within `_NEARBY` of `line` sharing most words with the snippet (at least half), if any."""
    words = {w.lower() for w in _WORD.findall(snippet)}
    if len(words) < 2:
        return None
    scored = []
    for number in range(max(1, line - _NEARBY), min(text.count, line + _NEARBY) + 1):
        other = text.words(number)
        if other:
            scored.append((-len(words & other) / len(words | other), abs(number - line), number))
    if not scored:
        return None
    neg_overlap, _, number = min(scored)
    return number if -neg_overlap >= _NEARBY_OVERLAP else None


def locate(text: SourceText, line: int | None, snippet: str) -> Location:
    """Where `snippet` is in `text`, given the line the finding cites (None: none, or not inside the file)."""
    if line is not None and not 1 <= line <= text.count:
        line = None
    snippet = "\n".join(snippet[:MAX_SNIPPET_CHARS].splitlines()[:MAX_SNIPPET_LINES])
    search = _Search(text)
    short = False
    try:
        whole = _whole(search, snippet, line)
        if whole.how != "absent":
            return whole
        short = whole.short
        partly = _by_lines(search, snippet, line)
        if partly is not None:
            return partly
    except _Exhausted:
        return Location("absent", short=short, cut_short=True)
    resembling = _resembling(text, snippet, line) if line is not None else None
    if resembling is not None:
        return Location("nearby", resembling, resembling, short=short)
    return Location("absent", short=short)

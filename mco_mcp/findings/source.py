"""Reading the reviewed code to place a finding: where its snippet really is, and which def/class holds it.

Agents' line numbers drift by a few lines; their snippets are usually copied from the file. So the place
of a finding is the line its snippet occurs on (nearest to the reported line when it occurs several
times), falling back to the reported line. The enclosing function or class comes from `ast` for Python
and from an indentation heuristic for other languages. Files are read once per merge and cached.
"""

from __future__ import annotations

import ast
import bisect
import math
import re
from dataclasses import dataclass
from pathlib import Path

_MAX_FILE_BYTES = 2 * 1024 * 1024
_LINE_PREFIX = re.compile(r"^\s*(?:L?\d+\s*[:|]\s?|>\s?)")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_MIN_PIECE = 6  # normalized characters; shorter lines ("try:", "}") occur everywhere
_APPROX_WINDOW = 6
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")
_DECL = re.compile(
    r"^(?P<indent>[ \t]*)(?:export\s+|pub\s+|async\s+|static\s+|public\s+|private\s+|protected\s+)*"
    r"(?:def|class|function|func|fn|sub|interface|struct|impl|module)\s+(?P<name>[A-Za-z_$][\w$]*)"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a finding points. `exact`: its snippet occurs in the file at lo..hi. `approx`: a line near
    the reported one resembles the snippet. `scope`: qualified name of the innermost def/class holding
    `lo`, "" at module level, None when unknown (no file, unreadable file, no line)."""

    lo: int | None
    hi: int | None
    exact: bool = False
    approx: bool = False
    scope: str | None = None


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("'", '"')


def _python_scopes(source: str) -> list[tuple[int, int, str]] | None:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    scopes: list[tuple[int, int, str]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                start = min([child.lineno] + [d.lineno for d in child.decorator_list])
                scopes.append((start, child.end_lineno or child.lineno, name))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return scopes


def _indent_scopes(lines: list[str]) -> list[tuple[int, int, str]]:
    decls: list[tuple[int, int, str]] = []  # (line, indent, name)
    for number, line in enumerate(lines, start=1):
        match = _DECL.match(line)
        if match:
            decls.append((number, len(match.group("indent").expandtabs(4)), match.group("name")))
    scopes = []
    for index, (start, indent, name) in enumerate(decls):
        end = len(lines)
        for later, later_indent, _ in decls[index + 1 :]:
            if later_indent <= indent:
                end = later - 1
                break
        scopes.append((start, end, name))
    return scopes


class _File:
    def __init__(self, text: str, path: str) -> None:
        self.lines = text.splitlines()
        norm = [_norm(line) for line in self.lines]
        self.norm_lines = norm
        self.joined = "\n".join(norm)
        self.starts = [0]
        for line in norm[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        scopes = _python_scopes(text) if path.endswith((".py", ".pyi")) else None
        self.scopes = scopes if scopes is not None else _indent_scopes(self.lines)
        self.word_sets: dict[int, frozenset[str]] = {}

    def positions(self, piece: str) -> list[int]:
        """1-based lines whose normalized text contains `piece` (pieces split at "..." in order)."""
        parts = [p for p in _ELLIPSIS.split(piece) if p]
        if not parts:
            return []
        found: list[int] = []
        head = max(parts, key=len)
        start = self.joined.find(head)
        while start != -1:
            index = bisect.bisect_right(self.starts, start) - 1
            line = self.norm_lines[index]
            if len(parts) == 1 or _in_order(parts, line):
                found.append(index + 1)
            start = self.joined.find(head, self.starts[index] + len(line) + 1) if index + 1 < len(self.starts) else -1
        return found

    def words(self, number: int) -> frozenset[str]:
        if number not in self.word_sets:
            self.word_sets[number] = frozenset(w.lower() for w in _WORD.findall(self.lines[number - 1]))
        return self.word_sets[number]

    def scope_of(self, number: int) -> str:
        best: tuple[int, int, str] | None = None
        for start, end, name in self.scopes:
            if start <= number <= end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, name)
        return best[2] if best else ""

    def find_symbol(self, symbol: str) -> tuple[int, str] | None:
        wanted = re.split(r"[.:#]+", symbol.strip().rstrip("()"))[-1]
        for start, _, name in self.scopes:
            if name.split(".")[-1] == wanted:
                return start, name
        return None


def _in_order(parts: list[str], line: str) -> bool:
    pos = 0
    for part in parts:
        pos = line.find(part, pos)
        if pos == -1:
            return False
        pos += len(part)
    return True


class SourceIndex:
    """The repository's files, read at most once each."""

    def __init__(self, repo: Path) -> None:
        self._repo = Path(repo)
        self._files: dict[str, _File | None] = {}

    def file(self, rel: str) -> _File | None:
        if rel not in self._files:
            self._files[rel] = self._read(rel)
        return self._files[rel]

    def _read(self, rel: str) -> _File | None:
        path = self._repo / rel
        try:
            if not path.is_file() or path.stat().st_size > _MAX_FILE_BYTES:
                return None
            data = path.read_bytes()
        except OSError:
            return None
        if b"\0" in data[:8192]:
            return None  # binary
        return _File(data.decode("utf-8", errors="replace"), rel)

    def anchor(self, file: str | None, line: int | None, snippet: str | None, symbol: str | None) -> Anchor:
        source = self.file(file) if file else None
        if source is None:
            return Anchor(line, line)
        if line is not None and line > len(source.lines):
            line = None  # past the end: the agent's number is wrong, trust the snippet or nothing
        if snippet:
            found = _locate(source, snippet, line)
            if found is not None:
                lo, hi, exact = found
                return Anchor(lo, hi, exact=exact, approx=not exact, scope=source.scope_of(lo))
        if line is None and symbol:
            hit = source.find_symbol(symbol)
            if hit is not None:
                return Anchor(None, None, scope=hit[1])
        if line is None:
            return Anchor(None, None)
        return Anchor(line, line, scope=source.scope_of(line))


def _pieces(snippet: str) -> list[str]:
    pieces = []
    for raw in snippet.splitlines():
        text = _norm(_LINE_PREFIX.sub("", raw))
        if text and _ELLIPSIS.sub("", text).strip(".…"):
            pieces.append(text)
    long_pieces = [p for p in pieces if len(_ELLIPSIS.sub("", p)) >= _MIN_PIECE]
    return (long_pieces or pieces)[:8]


def _locate(source: _File, snippet: str, line: int | None) -> tuple[int, int, bool] | None:
    """(lo, hi, exact) of the snippet in the file, or of the line near `line` most like it."""
    pieces = _pieces(snippet)
    hits = [source.positions(p) for p in pieces]
    candidates = sorted({pos for positions in hits for pos in positions})
    if candidates:
        window = len(pieces) + 2
        best_key: tuple[int, int, int] | None = None
        best: tuple[int, int, int] = (0, 0, 0)
        for pos in candidates:
            near = [min(ps, key=lambda p: abs(p - pos)) for ps in hits if ps]
            near = [p for p in near if abs(p - pos) <= window]
            distance = abs(pos - line) if line is not None else pos
            key = (-len(near), distance, pos)
            if best_key is None or key < best_key:
                best_key, best = key, (min(near), max(near), len(near))
        lo, hi, matched = best
        return lo, hi, matched >= max(1, math.ceil(len(pieces) / 2))
    if line is None:
        return None
    words = {w.lower() for w in _WORD.findall(snippet)}
    if len(words) < 2:
        return None
    scored = []
    for number in range(max(1, line - _APPROX_WINDOW), min(len(source.lines), line + _APPROX_WINDOW) + 1):
        other = source.words(number)
        if other:
            overlap = len(words & other) / len(words | other)
            scored.append((-overlap, abs(number - line), number))
    if not scored:
        return None
    neg_overlap, _, number = min(scored)
    return (number, number, False) if -neg_overlap >= 0.5 else None

"""Reading the reviewed code to place a finding: where its snippet really is, and which def/class holds it.

Agents' line numbers drift by a few lines; their snippets are usually copied from the file. So the place
of a finding is the line its snippet occurs on (nearest to the reported line when it occurs several
times); without a usable snippet, a line near the reported one that holds the identifiers its title
names (`req.body.name`, `os.remove`); else the reported line. The enclosing function or class comes from
`ast` for Python and from an indentation heuristic for other languages; a def/class the title names
settles it when the line cannot. Files are read once per merge and cached.
"""

from __future__ import annotations

import ast
import bisect
import math
import re
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.outline import Outline

_MAX_FILE_BYTES = 2 * 1024 * 1024
_LINE_PREFIX = re.compile(r"^\s*(?:L?\d+\s*[:|]\s?|>\s?)")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_MIN_PIECE = 6  # normalized characters; shorter lines ("try:", "}") occur everywhere
_APPROX_WINDOW = 6
_SETTLED_LINES = 1
_NAME_WINDOW = 4  # how far from the reported line a name the finding mentions is looked for
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")
_DECL = re.compile(
    r"^(?P<indent>[ \t]*)(?:export\s+|pub\s+|async\s+|static\s+|public\s+|private\s+|protected\s+)*"
    r"(?:def|class|function|func|fn|sub|interface|struct|impl|module)\s+(?P<name>[A-Za-z_$][\w$]*)"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a finding points. `exact`: its snippet occurs in the file at lo..hi. `approx`: a line near
    the reported one resembles the snippet or holds identifiers the finding names. `scope`: qualified
    name of the innermost def/class holding `lo`, "" at module level, None when unknown (no file,
    unreadable file, no line, or a reported line too close to another scope to tell which one)."""

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
        self.outline = Outline(text, path)
        scopes = _python_scopes(text) if path.endswith((".py", ".pyi")) else None
        if scopes is None and self.outline.braces:
            # Brace languages: the outline matched braces (Go methods, arrow functions, callbacks).
            scopes = [(f.start, f.end, f.name) for f in self.outline.functions]
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
            after = self.starts[index] + len(line) + 1
            start = self.joined.find(head, after) if index + 1 < len(self.starts) else -1
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

    def settled_scope(self, number: int) -> str | None:
        """The scope of a line we only have the agent's number for: None when the line is blank or code
        of another scope is right next to it (the agent may have meant that one)."""
        if not self.lines[number - 1].strip():
            return None
        scope = self.scope_of(number)
        for near in range(max(1, number - _SETTLED_LINES), min(len(self.lines), number + _SETTLED_LINES) + 1):
            if self.lines[near - 1].strip() and self.scope_of(near) != scope:
                return None
        return scope

    def find_symbol(self, symbol: str, near: int | None = None) -> tuple[str, int, str] | None:
        """(symbol, def line, qualified name) of the def/class `symbol` names ("Cache.get", "get()"), the
        one nearest `near`; None when there is none, or none within drift of `near`."""
        wanted = re.split(r"[.:#]+", symbol.strip().rstrip("()"))[-1]
        hits = [(start, end, name) for start, end, name in self.scopes if name.split(".")[-1] == wanted]
        if near is not None:
            hits = [h for h in hits if h[0] - _NAME_WINDOW <= near <= h[1] + _NAME_WINDOW]
        if not hits:
            return None
        start, _, name = min(hits, key=lambda h: (abs(h[0] - near) if near is not None else 0, h[0]))
        return symbol, start, name

    def mentioned_line(self, names: list[str], near: int | None, exclude: set[str]) -> int | None:
        """The line near `near` (anywhere, if unknown: then only a single line) holding most of `names`."""
        wanted = [n for n in names if n not in exclude]
        if not wanted:
            return None
        if near is None:
            first, last = 1, len(self.lines)
        else:
            first, last = max(1, near - _NAME_WINDOW), min(len(self.lines), near + _NAME_WINDOW)
        counts = {}
        for number in range(first, last + 1):
            hits = sum(1 for n in wanted if n in self.lines[number - 1])
            if hits:
                counts[number] = hits
        if not counts or (near is None and len(counts) > 1):
            return None
        return min(counts, key=lambda n: (-counts[n], abs(n - near) if near is not None else 0, n))


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

    def anchor(
        self, file: str | None, line: int | None, snippet: str | None, symbol: str | None, prose: str = ""
    ) -> Anchor:
        """Where a finding points in `file`. `prose` (title, description) may name code: a def/class
        name settles the scope, other identifiers (`req.body.name`, `os.remove`) the line."""
        source = self.file(file) if file else None
        if source is None:
            return Anchor(line, line)
        if line is not None and line > len(source.lines):
            line = None  # past the end: the agent's number is wrong, trust the snippet or nothing
        approx: tuple[int, int] | None = None
        if snippet:
            found = _locate(source, snippet, line)
            if found is not None:
                lo, hi, exact = found
                if exact:
                    return Anchor(lo, hi, exact=True, scope=source.scope_of(lo))
                approx = (lo, hi)
        names = code_names(f"{symbol or ''} {prose}")
        defs = [hit for hit in (source.find_symbol(n, line) for n in names) if hit is not None]
        if approx is None and names:
            mentioned = source.mentioned_line(names, line, exclude={name for name, _, _ in defs})
            approx = (mentioned, mentioned) if mentioned is not None else None
        if approx is not None:
            scope = source.settled_scope(approx[0])
            return Anchor(*approx, approx=True, scope=scope if scope is not None else _def_scope(defs))
        if line is None:
            return Anchor(None, None, scope=_def_scope(defs))
        scope = source.settled_scope(line)
        return Anchor(line, line, scope=scope if scope is not None else _def_scope(defs))


def _def_scope(defs: list[tuple[str, int, str]]) -> str | None:
    """The scope named in a finding's text, when it names exactly one."""
    scopes = {qualname for _, _, qualname in defs}
    return scopes.pop() if len(scopes) == 1 else None


_BACKTICKS = re.compile(r"`([^`]+)`")
_CODE_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Za-z]*_\w+|[A-Za-z_]\w*(?=\(\))|[a-z]+[A-Z]\w*")


def code_names(text: str) -> list[str]:
    """Identifiers a finding's prose names: in backticks, dotted, snake_case, camelCase, or called `f()`."""
    names: list[str] = []
    for span in _BACKTICKS.findall(text):
        names.extend(re.findall(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", span))
    names.extend(_CODE_NAME.findall(_BACKTICKS.sub(" ", text)))
    out = []
    for name in names:
        name = name.strip("._")
        if len(name) >= 4 and name.lower() not in ("e.g", "i.e") and name not in out:
            out.append(name)
    return out


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

"""Reading the reviewed code to place a finding: where its snippet really is, and which def/class holds it.

Agents' line numbers drift by a few lines; their snippets are usually copied from the file. So the place
of a finding is where `locate` finds its snippet (the lines it, or most of its lines, occur on, nearest to
the reported line when it occurs several times; approximately, a few of its lines or a resembling line);
without a usable snippet, a line near the reported one that holds the identifiers its title names
(`req.body.name`, `os.remove`); else the reported line. The enclosing function or class comes from
`ast` for Python and from an indentation heuristic for other languages; a def/class the title names
settles it when the line cannot. Files are read once per merge and cached (see `repofile`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.locate import How, SourceText, locate
from mco_mcp.findings.outline import Outline
from mco_mcp.findings.repofile import read_repo_file, repo_root

# Snippets found this well place a finding on their lines (see `locate`); a fragment or a resembling
# line only approximately.
_QUOTED: frozenset[How] = frozenset({"exact", "normalised", "partial"})
_SETTLED_LINES = 1
_NAME_WINDOW = 4  # how far from the reported line a name the finding mentions is looked for
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


def _python_scopes(source: str) -> list[tuple[int, int, str]] | None:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):  # nested too deep for the parser
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
    """One file of the repository: its text prepared for locating snippets, its outline and its scopes."""

    def __init__(self, text: SourceText, path: str) -> None:
        self.text = text
        self.lines = text.lines
        self.outline = Outline(text.text, path)
        scopes = _python_scopes(text.text) if path.endswith((".py", ".pyi")) else None
        if scopes is None and (self.outline.braces or self.outline.functions):
            # The outline knows the language's functions: matched braces (Go methods, Java methods, Rust fns,
            # arrow functions, callbacks) or `def`/`do` blocks up to their `end` (Ruby).
            scopes = [(f.start, f.end, f.name) for f in self.outline.functions]
        self.scopes = scopes if scopes is not None else _indent_scopes(self.lines)

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


class SourceIndex:
    """The repository's files, read at most once each."""

    def __init__(self, repo: Path) -> None:
        self._root = repo_root(repo)
        self._files: dict[str, _File | None] = {}

    def file(self, rel: str) -> _File | None:
        if rel not in self._files:
            self._files[rel] = self._read(rel)
        return self._files[rel]

    def _read(self, rel: str) -> _File | None:
        text = read_repo_file(self._root, rel)
        return _File(text, rel) if isinstance(text, SourceText) else None

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
            found = locate(source.text, line, snippet)
            if found.lo is not None and found.hi is not None:
                if found.how in _QUOTED:
                    return Anchor(found.lo, found.hi, exact=True, scope=source.scope_of(found.lo))
                approx = (found.lo, found.hi)
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

"""Finding JSON values inside an agent's free-text answer: fenced blocks first, then bare JSON.

Agents put their JSON in one or several fenced blocks after prose, sometimes without a language tag,
sometimes bare, sometimes with trailing commas, comments or Python literals. Each value found is returned
with where it came from; a block tagged `json` that cannot be parsed even after repair is returned as a
failure so the caller can report it instead of ignoring it.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass

from mco_mcp.findings.limits import (
    MAX_BLOCKS,
    MAX_DEPTH,
    MAX_FAILURES,
    MAX_LITERAL_CHARS,
    MAX_VALUES,
    STEP_COST,
    Work,
    WorkExhausted,
)

_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+.-]*)")
_JSON_LANGS = frozenset({"json", "jsonc", "json5", "jsonl"})
# Untagged or loosely tagged blocks are parsed only when they start like JSON.
_MAYBE_JSON_LANGS = frozenset({"", "js", "javascript", "text", "txt", "javascript5", "ts", "typescript"})


@dataclass(frozen=True, slots=True)
class JsonValue:
    value: object
    where: str  # "fenced block 2", "bare JSON at line 40"


@dataclass(frozen=True, slots=True)
class JsonFailure:
    where: str
    error: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class _Block:
    lang: str
    content: str
    start: int  # character offsets of the whole block, fences included
    end: int


def _fenced_blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        match = _FENCE_OPEN.match(lines[i])
        if not match:
            pos += len(lines[i])
            i += 1
            continue
        fence, lang = match.group(1), match.group(2).lower()
        start = pos
        pos += len(lines[i])
        i += 1
        body: list[str] = []
        # An unclosed fence (a truncated answer) runs to the end and still yields its content.
        while i < len(lines):
            line = lines[i]
            pos += len(line)
            i += 1
            stripped = line.strip()
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                break
            body.append(line)
        blocks.append(_Block(lang=lang, content="".join(body), start=start, end=pos))
    return blocks


_SPECIAL = re.compile(r"[\"'{}\[\]]")
_STRING_STOP = {'"': re.compile(r'["\\]'), "'": re.compile(r"['\\]")}
_UNBALANCED = "unterminated JSON (unbalanced brackets)"
_TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"


def _scan(text: str, start: int, work: Work) -> tuple[int | None, str]:
    """(index just after the JSON-ish value starting at `start` ({ or [), "") by bracket balance, or
    (None, why) when it is unbalanced or nested deeper than MAX_DEPTH.

    Jumps from one bracket or quote to the next with a regex, so plain text costs C speed; every jump is
    charged to `work` (its length plus STEP_COST), which bounds text dense with brackets or escapes.
    """
    depth = 0
    pos = start
    end = len(text)
    while True:
        match = _SPECIAL.search(text, pos)
        work.charge((match.start() if match else end) - pos + STEP_COST)
        if match is None:
            return None, _UNBALANCED
        char, pos = match.group(), match.end()
        if char in "\"'":
            stop = _STRING_STOP[char]
            while True:
                inner = stop.search(text, pos)
                work.charge((inner.start() if inner else end) - pos + STEP_COST)
                if inner is None:
                    return None, _UNBALANCED
                pos = inner.end()
                if inner.group() == char:
                    break
                pos += 1  # a backslash: the escaped character cannot end the string
        elif char in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return None, _TOO_DEEP
        else:
            depth -= 1
            if depth == 0:
                return pos, ""


# A line where a JSON object or array plausibly starts: "{" then a key, "[" then a value, or empty. Prose
# such as "[1] see above" or "{placeholder}" does not.
_LINE_START = re.compile(r"^[ \t]*(?=[\[{]\s*(?:[\"'{\[\]}]|-?\d|true|false|null))", re.M)
# An unclosed string or /* comment runs to the end of the text (`\Z`) instead of failing: a failed match
# would be retried at every later quote or `/*`, which is quadratic in a hostile answer full of them.
_COMMENT_OR_STRING = re.compile(r'"(?:\\.|[^"\\])*(?:"|\Z)|//[^\n]*|/\*.*?(?:\*/|\Z)|,(\s*[}\]])', re.S)


def _repair(raw: str) -> str:
    """Drop // and /* */ comments and trailing commas, outside strings."""

    def keep(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith('"'):
            return token
        if match.group(1) is not None:  # a trailing comma: keep only the closing bracket
            return match.group(1)
        return ""

    return _COMMENT_OR_STRING.sub(keep, raw)


def _too_deep(value: object, work: Work) -> bool:
    """Whether a parsed value nests deeper than MAX_DEPTH; iterative, so it cannot recurse itself."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] | tuple[object, ...] = list(item.values())
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > MAX_DEPTH:
            return True
        work.charge(len(children) + 1)
        stack.extend((child, depth + 1) for child in children)
    return False


def parse_lenient(raw: str, work: Work | None = None) -> object:
    """Parse JSON, then JSON with comments/trailing commas removed, then a Python literal.

    Returns the value. Raises ValueError with the strict parser's message when all fail, or when
    the value nests deeper than MAX_DEPTH (RecursionError never escapes). Raises WorkExhausted when `work`
    runs out.
    """
    work = work or Work()
    work.charge(len(raw))
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None
    except ValueError as exc:  # JSONDecodeError, or an integer of more than 4300 digits
        strict_error = exc
    else:
        return _checked(value, work)
    work.charge(2 * len(raw))
    try:
        return _checked(json.loads(_repair(raw)), work)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None
    except ValueError as exc:
        if str(exc) == _TOO_DEEP:
            raise
    if len(raw) <= MAX_LITERAL_CHARS:
        work.charge(4 * len(raw))  # the Python parser costs several times json's work per character
        try:
            value = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, Warning):
            # Warning: an invalid escape in a string is a SyntaxWarning, an error where warnings are errors.
            value = None
        if isinstance(value, (dict, list)):
            return _checked(value, work)
    if isinstance(strict_error, json.JSONDecodeError):
        raise ValueError(f"{strict_error.msg} at line {strict_error.lineno} column {strict_error.colno}")
    raise ValueError(str(strict_error)[:200])


def _checked(value: object, work: Work) -> object:
    if _too_deep(value, work):
        raise ValueError(_TOO_DEEP)
    return value


class _Collector:
    """Values and failures of one answer, each list bounded."""

    def __init__(self) -> None:
        self.values: list[JsonValue] = []
        self.failures: list[JsonFailure] = []
        self.full = False  # MAX_VALUES reached: the rest of the answer is not read
        self.gave_up = False  # MAX_FAILURES reached

    def value(self, value: JsonValue) -> None:
        if len(self.values) >= MAX_VALUES:
            if not self.full:
                self.full = True
                self.failures.append(JsonFailure("the answer", f"holds more than {MAX_VALUES} JSON values; "
                                                 "the rest were not read", ""))  # fmt: skip
            return
        self.values.append(value)

    def failure(self, failure: JsonFailure) -> None:
        if len(self.failures) >= MAX_FAILURES:
            if not self.gave_up:
                self.gave_up = True
                # Each failure may have scanned to the end of the text: stop before that adds up.
                self.failures.append(JsonFailure("the answer", f"gave up after {MAX_FAILURES} unparsable JSON "
                                                 "fragments", ""))  # fmt: skip
            return
        self.failures.append(failure)

    @property
    def done(self) -> bool:
        return self.full or self.gave_up


def _values_in(text: str, where: str, out: _Collector, work: Work) -> int:
    """Every top-level JSON object/array that starts a line of `text`, into `out`. Returns how many values."""
    found = 0
    skip_until = 0
    line, counted = 1, 0
    for match in _LINE_START.finditer(text):
        work.charge(STEP_COST)
        offset = match.end()
        if offset < skip_until:
            continue
        if out.done:
            break
        line += text.count("\n", counted, offset)
        counted = offset
        label = f"{where} at line {line}"
        end, why = _scan(text, offset, work)
        if end is None:
            # Truncated JSON: report it, and keep scanning the lines after it for complete values.
            out.failure(JsonFailure(label, why, text[offset : offset + 300]))
            continue
        chunk = text[offset:end]
        try:
            value = parse_lenient(chunk, work)
        except ValueError as exc:
            out.failure(JsonFailure(label, str(exc), chunk[:300]))
            continue
        out.value(JsonValue(value, label))
        found += 1
        skip_until = end
    return found


def json_values(text: str, work: Work | None = None) -> tuple[list[JsonValue], list[JsonFailure]]:
    """All JSON values an answer contains: fenced blocks in order, then bare JSON outside them.

    Bounded: at most MAX_BLOCKS fenced blocks, MAX_VALUES values and MAX_FAILURES failures (each limit
    reached is itself reported as a failure), and `work` (a fresh budget by default); when the work runs
    out, what was found so far is returned with a failure saying so.
    """
    work = work or Work()
    out = _Collector()
    try:
        _json_values(text, out, work)
    except WorkExhausted as exc:
        out.failures.append(JsonFailure("the answer", f"gave up: {exc}", ""))
    return out.values, out.failures


def _json_values(text: str, out: _Collector, work: Work) -> None:
    work.charge(len(text))  # splitting into lines and matching fences
    blocks = _fenced_blocks(text)
    parsed = 0
    for number, block in enumerate(blocks, start=1):
        content = block.content.strip()
        looks_json = content[:1] in ("{", "[")
        if block.lang not in _JSON_LANGS and not (block.lang in _MAYBE_JSON_LANGS and looks_json):
            continue
        where = f"fenced block {number}"
        if not content:
            continue
        if out.done:
            break
        parsed += 1
        if parsed > MAX_BLOCKS:
            out.failure(JsonFailure(where, f"more than {MAX_BLOCKS} JSON blocks; this one and any later were "
                                    "not read", content[:300]))  # fmt: skip
            break
        try:
            value = parse_lenient(content, work)
        except ValueError as exc:
            # Several values in one block ("{...}\n{...}", or JSON Lines): parse them one by one.
            # A truncated block still yields the complete objects it holds, and is reported.
            inner = _Collector()
            _values_in(content, where, inner, work)
            if inner.values:
                for value in inner.values:
                    out.value(value)
                for failure in inner.failures:
                    out.failure(failure)
            else:
                out.failure(JsonFailure(where, str(exc), content[:300]))
            continue
        out.value(JsonValue(value, where))
    if out.done:
        return
    # Bare JSON: blank the fenced blocks out (keeping line numbers) and scan what is left.
    parts, done = [], 0
    for block in blocks:
        parts.append(text[done : block.start])
        parts.append(_NOT_NEWLINE.sub(_spaces, text[block.start : block.end]))
        done = block.end
    parts.append(text[done:])
    work.charge(len(text))
    _values_in("".join(parts), "bare JSON", out, work)


_NOT_NEWLINE = re.compile(r"[^\n]+")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())

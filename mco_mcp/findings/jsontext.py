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

_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+.-]*)")
_JSON_LANGS = frozenset({"json", "jsonc", "json5", "jsonl"})
# Untagged or loosely tagged blocks are parsed only when they start like JSON.
_MAYBE_JSON_LANGS = frozenset({"", "js", "javascript", "text", "txt", "javascript5", "ts", "typescript"})
_MAX_LITERAL_EVAL = 1_000_000
_MAX_FAILURES = 20


@dataclass(frozen=True, slots=True)
class JsonValue:
    value: object
    where: str  # "fenced block 2", "bare JSON at line 40"
    repaired: bool = False


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


def _scan_strings(text: str, start: int) -> int | None:
    """Index just after the JSON-ish value starting at `start` ({ or [), by bracket balance; None if unbalanced."""
    depth = 0
    quote: str | None = None
    escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = None
            continue
        if char in "\"'":
            quote = char
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


# A line where a JSON object or array plausibly starts: "{" then a key, "[" then a value, or empty. Prose
# such as "[1] see above" or "{placeholder}" does not.
_LINE_START = re.compile(r"^[ \t]*(?=[\[{]\s*(?:[\"'{\[\]}]|-?\d|true|false|null))", re.M)
_COMMENT_OR_STRING = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/|,(\s*[}\]])', re.S)


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


def parse_lenient(raw: str) -> tuple[object, bool]:
    """Parse JSON, then JSON with comments/trailing commas removed, then a Python literal.

    Returns (value, repaired). Raises ValueError with the strict parser's message when all fail.
    """
    try:
        return json.loads(raw), False
    except json.JSONDecodeError as exc:
        strict_error = exc
    try:
        return json.loads(_repair(raw)), True
    except json.JSONDecodeError:
        pass
    if len(raw) <= _MAX_LITERAL_EVAL:
        try:
            value = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, Warning):
            # Warning: an invalid escape in a string is a SyntaxWarning, an error where warnings are errors.
            value = None
        if isinstance(value, (dict, list)):
            return value, True
    raise ValueError(f"{strict_error.msg} at line {strict_error.lineno} column {strict_error.colno}")


def _values_in(text: str, where: str) -> tuple[list[JsonValue], list[JsonFailure]]:
    """Every top-level JSON object/array that starts a line of `text`."""
    values: list[JsonValue] = []
    failures: list[JsonFailure] = []
    skip_until = 0
    line, counted = 1, 0
    for match in _LINE_START.finditer(text):
        offset = match.end()
        if offset < skip_until:
            continue
        if len(failures) >= _MAX_FAILURES:
            # Each failure may have scanned to the end of the text: stop before that turns quadratic.
            failures.append(JsonFailure(where, f"gave up after {_MAX_FAILURES} unparsable JSON fragments", ""))
            break
        line += text.count("\n", counted, offset)
        counted = offset
        label = f"{where} at line {line}"
        end = _scan_strings(text, offset)
        if end is None:
            # Truncated JSON: report it, and keep scanning the lines after it for complete values.
            failures.append(JsonFailure(label, "unterminated JSON (unbalanced brackets)", text[offset : offset + 300]))
            continue
        chunk = text[offset:end]
        try:
            value, repaired = parse_lenient(chunk)
        except ValueError as exc:
            failures.append(JsonFailure(label, str(exc), chunk[:300]))
            continue
        values.append(JsonValue(value, label, repaired))
        skip_until = end
    return values, failures


def json_values(text: str) -> tuple[list[JsonValue], list[JsonFailure]]:
    """All JSON values an answer contains: fenced blocks in order, then bare JSON outside them."""
    values: list[JsonValue] = []
    failures: list[JsonFailure] = []
    blocks = _fenced_blocks(text)
    for number, block in enumerate(blocks, start=1):
        content = block.content.strip()
        looks_json = content[:1] in ("{", "[")
        if block.lang not in _JSON_LANGS and not (block.lang in _MAYBE_JSON_LANGS and looks_json):
            continue
        where = f"fenced block {number}"
        if not content:
            continue
        try:
            value, repaired = parse_lenient(content)
        except ValueError as exc:
            # Several values in one block ("{...}\n{...}", or JSON Lines): parse them one by one.
            # A truncated block still yields the complete objects it holds, and is reported.
            inner, inner_failures = _values_in(content, where)
            if inner:
                values.extend(inner)
                failures.extend(inner_failures)
            else:
                failures.append(JsonFailure(where, str(exc), content[:300]))
            continue
        values.append(JsonValue(value, where, repaired))
    # Bare JSON: blank the fenced blocks out (keeping line numbers) and scan what is left.
    parts, done = [], 0
    for block in blocks:
        parts.append(text[done : block.start])
        parts.append(re.sub(r"[^\n]", " ", text[block.start : block.end]))
        done = block.end
    parts.append(text[done:])
    bare, bare_failures = _values_in("".join(parts), "bare JSON")
    values.extend(bare)
    failures.extend(bare_failures)
    return values, failures

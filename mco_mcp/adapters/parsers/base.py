"""The contract every output parser follows.

A parser is fed the CLI's stdout one line at a time while the CLI runs (so memory stays bounded: it keeps
only what it needs, never the whole stream), then `finish` is called once with the exit code and a bounded
tail of stderr. It never raises on bad input: an undecodable or half-written line is counted in `notes`.
Everything a CLI prints is hostile input (a prompt injection in the reviewed code makes the model print
anything): depth, size and work per line are bounded, and no line makes a parser raise.

A line longer than the runner's MAX_LINE arrives cut, through `feed_cut_line`: the JSON parsers complete
the cut event (close the open string and brackets) so that an answer of more than 8 MiB is still an
answer, truncated and said so, not an empty one.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Any, Protocol

from mco_mcp.models import ErrorInfo, ErrorKind, Usage

# The final answer is kept in memory up to this many characters; the full text is always in the log file.
MAX_KEPT_TEXT = 4 * 1024 * 1024


@dataclass
class ParsedOutput:
    final_text: str = ""
    session_id: str | None = None
    usage: Usage | None = None
    # An error the CLI itself reported (API 401, turn.failed, is_error...). None when it reported none.
    error: ErrorInfo | None = None
    notes: list[str] = field(default_factory=list)
    # True when final_text was cut at MAX_KEPT_TEXT (maps to ProviderRun.truncated).
    truncated: bool = False


class OutputParser(Protocol):
    def feed_line(self, line: str) -> None:
        """One stdout line, decoded leniently, without its trailing newline."""

    def feed_cut_line(self, line: str) -> None:
        """The start of a stdout line too long to keep whole; the rest of it is only in the log."""

    def finish(self, exit_code: int | None, stderr_tail: str) -> ParsedOutput:
        """Called once after the process ended (exit_code None when it was killed)."""


_STATUS_RE = re.compile(r"\b(?:status(?: code)?|API Error:?|HTTP)\s*:?\s*(\d{3})\b", re.IGNORECASE)


def kind_for_status(status: int | None) -> ErrorKind:
    """Map an HTTP status the CLI reported to an error kind."""
    if status in (401, 403):
        return "authentication"
    if status == 429:
        return "rate_limited"
    if status is not None and 500 <= status <= 599:
        return "server_error"
    return "api_error"


def status_in_message(message: str) -> int | None:
    """The HTTP status a CLI's own error message names ("unexpected status 401", "[API Error: 429 ..."]).

    Only explicit status phrases count: a bare "429" elsewhere in a message is not a status.
    """
    match = _STATUS_RE.search(message)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------------------------------------------------
# Helpers shared by the concrete parsers. JSON from a CLI is untrusted: every field is type-checked through
# these instead of being indexed directly, so an event of an unexpected shape is skipped, never raised on.

_MAX_NOTES = 20
_MAX_MESSAGE = 2000
_MAX_COMPLETED_CUTS = 4


_MAX_COUNT = 2**53  # larger "counts" are garbage (and JSON allows integers of 4,300 digits)


def as_int(value: object) -> int | None:
    """A non-negative count from JSON (bool is an int subclass in Python but never a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_COUNT:
        return None
    return value


def as_float(value: object) -> float | None:
    """A finite non-negative number from JSON (json.loads accepts NaN/Infinity, which are not costs)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        return None
    return number if math.isfinite(number) and number >= 0 else None


def as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def http_status(value: object) -> int | None:
    """An explicit status/code field, accepted only when it is in the HTTP range."""
    number = as_int(value)
    return number if number is not None and 100 <= number <= 599 else None


def make_error(message: str, status: int | None, *, default_kind: ErrorKind = "cli_error") -> ErrorInfo:
    """An ErrorInfo: classified by the HTTP status when the CLI named one, else `default_kind`."""
    kind = kind_for_status(status) if status is not None else default_kind
    text = message.strip() or "(the CLI gave no message)"
    return ErrorInfo(kind=kind, message=text[:_MAX_MESSAGE])


class BoundedText:
    """Answer text kept in memory up to MAX_KEPT_TEXT characters; the rest is only in the stdout log."""

    def __init__(self, limit: int = MAX_KEPT_TEXT) -> None:
        self._limit = limit
        self._parts: list[str] = []
        self._length = 0
        self.truncated = False
        self.version = 0  # bumped by every change: tells which text an event touched

    def clear(self) -> None:
        self._parts.clear()
        self._length = 0
        self.truncated = False
        self.version += 1

    def append(self, text: str) -> None:
        self.version += 1
        room = self._limit - self._length
        if len(text) > room:
            text = text[: max(room, 0)]
            self.truncated = True
        if text:
            self._parts.append(text)
            self._length += len(text)

    def set(self, text: str) -> None:
        self.clear()
        self.append(text)

    def copy_from(self, other: BoundedText) -> None:
        self.set(other.value)
        self.truncated = self.truncated or other.truncated

    def truncation_note(self) -> str:
        if self._length >= self._limit:
            return f"final text cut at {self._limit} characters; the full text is in the stdout log"
        return "final text ends where an over-long stdout line was cut; the full text is in the stdout log"

    @property
    def value(self) -> str:
        # Join lazily and cache as one part so repeated reads stay O(n) overall.
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""


class UsageTotals:
    """Token counts and cost as the CLI reported them; None for what it never reported."""

    def __init__(self) -> None:
        self.input_tokens: int | None = None
        self.output_tokens: int | None = None
        self.cost_usd: float | None = None

    def add(self, input_tokens: int | None, output_tokens: int | None, cost_usd: float | None = None) -> None:
        """For formats that report per step/turn (codex turns, opencode steps)."""
        if input_tokens is not None:
            self.input_tokens = (self.input_tokens or 0) + input_tokens
        if output_tokens is not None:
            self.output_tokens = (self.output_tokens or 0) + output_tokens
        if cost_usd is not None:
            self.cost_usd = (self.cost_usd or 0.0) + cost_usd

    def replace(self, input_tokens: int | None, output_tokens: int | None, cost_usd: float | None = None) -> None:
        """For formats whose final event already holds the run's totals (claude/qwen result, gemini stats)."""
        self.input_tokens, self.output_tokens, self.cost_usd = input_tokens, output_tokens, cost_usd

    def build(self) -> Usage | None:
        if self.input_tokens is None and self.output_tokens is None and self.cost_usd is None:
            return None
        return Usage(input_tokens=self.input_tokens, output_tokens=self.output_tokens, cost_usd=self.cost_usd)


class JsonLinesParser:
    """Plumbing for the JSONL formats: lenient decoding, counted bad lines, bounded text and notes.

    Subclasses implement `on_event` (one decoded JSON object) and optionally `on_finish`.
    """

    def __init__(self) -> None:
        self.text = BoundedText()
        self.session_id: str | None = None
        self.error: ErrorInfo | None = None
        self.usage = UsageTotals()
        self._notes: list[str] = []
        self._not_json = 0
        self._not_object = 0
        self._replaced = 0
        self._skipped = 0
        self._cut = 0
        self._cut_lost = 0

    # -- OutputParser ------------------------------------------------------------------------------------
    def feed_line(self, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            return
        if "\ufffd" in stripped:  # the runner decodes with errors="replace": the CLI wrote invalid UTF-8
            self._replaced += 1
        try:
            value = json.loads(stripped)
        except (ValueError, RecursionError):  # half-written line, noise, or absurdly deep nesting
            self._not_json += 1
            return
        self._feed_value(value)

    def feed_cut_line(self, line: str) -> None:
        self._cut += 1
        # Completing costs up to a few tenths of a second per cut line, on the event loop: an answer needs
        # one or two (claude repeats it in its result event), a flood of them gets no more.
        value = complete_cut_json(line.strip()) if self._cut <= _MAX_COMPLETED_CUTS else None
        if value is None:
            self._cut_lost += 1
            return
        texts = [v for v in vars(self).values() if isinstance(v, BoundedText)]
        before = [t.version for t in texts]
        self._feed_value(value)
        for text, version in zip(texts, before, strict=True):
            if text.version != version:
                text.truncated = True  # the text this event carried ends at the cut

    def _feed_value(self, value: object) -> None:
        # `-o json` of claude/qwen prints the same events as one array: treat its items as the stream.
        for event in value if isinstance(value, list) else [value]:
            if not isinstance(event, dict):
                self._not_object += 1
                continue
            try:
                self.on_event(event)
            except Exception:  # noqa: BLE001
                # Last-resort guard: the handlers type-check every field, but a parser must never raise on
                # input it does not understand. Counted so a real bug cannot hide silently.
                self._skipped += 1

    def finish(self, exit_code: int | None, stderr_tail: str) -> ParsedOutput:
        try:
            self.on_finish(exit_code, stderr_tail)
        except Exception as exc:  # noqa: BLE001 - same guard as for events: never raise on what the CLI wrote
            self.note(f"reading the end of the output failed ({type(exc).__name__}); the error report may be incomplete")
        return ParsedOutput(
            final_text=self.text.value,
            session_id=self.session_id,
            usage=self.usage.build(),
            error=self.error,
            notes=self.notes(),
            truncated=self.text.truncated,
        )

    # -- for subclasses ----------------------------------------------------------------------------------
    def on_event(self, event: dict[str, Any]) -> None:
        raise NotImplementedError

    def on_finish(self, exit_code: int | None, stderr_tail: str) -> None:
        """Hook for errors visible only at the end (stderr, exit code). Default: nothing."""

    def note(self, message: str) -> None:
        if len(self._notes) < _MAX_NOTES:
            self._notes.append(message[:_MAX_MESSAGE])

    def take_session(self, value: object) -> None:
        """Keep the first session id seen (later events repeat it)."""
        if self.session_id is None and isinstance(value, str) and value:
            self.session_id = value

    def notes(self) -> list[str]:
        notes = list(self._notes)
        if self._not_json:
            notes.append(f"{self._not_json} stdout line(s) were not JSON and were ignored")
        if self._not_object:
            notes.append(f"{self._not_object} JSON value(s) on stdout were not objects and were ignored")
        if self._replaced:
            notes.append(f"{self._replaced} stdout line(s) held invalid UTF-8 (replaced by U+FFFD)")
        if self._skipped:
            notes.append(f"{self._skipped} event(s) of an unexpected shape were skipped")
        if self._cut:
            lost = (f"; {self._cut_lost} were not (unparsable, or past the first {_MAX_COMPLETED_CUTS}) and were ignored"
                    if self._cut_lost else "")  # fmt: skip
            notes.append(f"{self._cut} stdout line(s) were longer than the line limit and cut; their JSON was "
                         f"completed at the cut{lost} (the whole lines are in the stdout log)")
        if self.text.truncated:
            notes.append(self.text.truncation_note())
        return notes


# ---------------------------------------------------------------------------------------------------------
# Completing a cut JSON line. The usual cut falls inside one huge string (the answer): json's own C scanner
# finds where that string starts, so only the part before it is scanned here, bracket to bracket (a whole
# string is one regex match). The steps are bounded: a line dense with tiny strings or brackets is given up
# on (it is not an answer anyone needs completed), as is one nested deeper than any CLI event.

_STRUCTURE = re.compile(r'[^"{}\[\]]*+')
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"')
_PARTIAL_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{0,3}\Z")
_PARTIAL_LITERAL = re.compile(r"[\w.+-]+")
_MAX_CUT_STEPS = 100_000
_MAX_CUT_DEPTH = 64


def _open_brackets(text: str) -> list[str] | None:
    """The closers `text` needs, innermost last; None when it is unbalanced, too deep, ends inside a
    string, or takes more than _MAX_CUT_STEPS steps to scan."""
    closers: list[str] = []
    pos, end = 0, len(text)
    for _ in range(_MAX_CUT_STEPS):
        pos = _STRUCTURE.match(text, pos).end()  # type: ignore[union-attr]  # it matches the empty string too
        if pos >= end:
            return closers
        char = text[pos]
        if char == '"':
            match = _STRING.match(text, pos)
            if match is None:
                return None
            pos = match.end()
        elif char in "{[":
            closers.append("}" if char == "{" else "]")
            if len(closers) > _MAX_CUT_DEPTH:
                return None
            pos += 1
        else:
            if not closers:
                return None  # more closing than opening brackets: not one cut value
            closers.pop()
            pos += 1
    return None


def _without_dangling_escape(text: str) -> str:
    """`text` minus an escape the cut split in half (`\\` alone, or `\\u` with fewer than 4 hex digits)."""
    partial = _PARTIAL_ESCAPE.search(text, max(0, len(text) - 6))
    body = text[: partial.start()] if partial else text
    backslashes = len(body) - len(body.rstrip("\\"))
    if partial:
        # `\\u12` only starts an escape when its backslash is not itself escaped.
        return body if backslashes % 2 == 0 else text
    return body[:-1] if backslashes % 2 == 1 else body


def complete_cut_json(prefix: str) -> object | None:
    """The JSON value `prefix` starts, completed where it was cut: an open string closed (an escape cut in
    half dropped), a dangling comma, key, colon or half literal repaired, the open brackets closed. None
    when `prefix` does not start a JSON object or array or cannot be completed within bounds.
    """
    if prefix[:1] not in ("{", "["):
        return None
    body = _without_dangling_escape(prefix)
    try:
        value: object = json.loads(body)
        return value
    except RecursionError:
        return None
    except json.JSONDecodeError as exc:
        cut_string = exc.msg == "Unterminated string starting at"
        head = body[: exc.pos] if cut_string else body
    except ValueError:
        return None  # an integer of more than 4300 digits
    closers = _open_brackets(head)
    if closers is None:
        return None
    tail = "".join(reversed(closers))
    stripped = (body + '"') if cut_string else body.rstrip()
    for candidate in _repairs(stripped):
        try:
            completed: object = json.loads(candidate + tail)
            return completed
        except (ValueError, RecursionError):
            continue
    return None


def _repairs(stripped: str) -> Iterator[str]:
    """Where the cut fell decides the repair: after a value, a comma, a key, a colon, in a literal."""
    yield stripped
    yield stripped.rstrip(",")
    yield stripped + ":null"
    yield stripped + "null"
    # A number or true/false/null cut in half. Matched on the reversed text: a `\Z`-anchored search would
    # be retried at every position of a long run of word characters.
    literal = _PARTIAL_LITERAL.match(stripped[::-1])
    partial = stripped[: len(stripped) - literal.end()].rstrip() if literal else stripped
    yield partial.rstrip(",")
    yield partial + "null"

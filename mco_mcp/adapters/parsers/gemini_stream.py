"""gemini `-o stream-json`.

Answer = the concatenation of `message` events with role assistant (deltas); `result` has no text, only
status and stats. Fatal errors may appear only on stderr as a (pretty-printed) JSON object
`{session_id, error: {type, message, code}}`, with the exit code = HTTP status mod 256 (41 = no auth).
"""

from __future__ import annotations

import json
import re
from typing import Any

from mco_mcp.models import ErrorInfo, ErrorKind
from mco_mcp.adapters.parsers.base import (
    JsonLinesParser,
    as_dict,
    as_int,
    as_str,
    http_status,
    make_error,
    status_in_message,
)

# Exit codes / error codes gemini documents that are not HTTP statuses.
_GEMINI_CODES: dict[int, tuple[ErrorKind, str]] = {
    41: ("authentication", "gemini has no auth method configured"),
    42: ("cli_error", "gemini could not resume the session"),
    55: ("cli_error", "gemini does not trust the folder"),
}
# Where to look for the stderr JSON object: a line that starts with "{".
_OBJECT_START = re.compile(r"^\{", re.MULTILINE)
_MAX_STDERR_CANDIDATES = 50


class GeminiStreamParser(JsonLinesParser):
    def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "init":
            self.take_session(event.get("session_id"))
        elif kind == "message":
            content = as_str(event.get("content"))
            if event.get("role") == "assistant" and content:
                self.text.append(content)
        elif kind == "result":
            stats = as_dict(event.get("stats"))
            self.usage.replace(as_int(stats.get("input_tokens")), as_int(stats.get("output_tokens")))
            if event.get("status") == "error" or isinstance(event.get("error"), dict):
                self.error = _error_from(as_dict(event.get("error")))
        elif kind == "error":
            # Non-fatal notices come as error events with severity "warning".
            message = as_str(event.get("message")) or "gemini reported an error"
            if event.get("severity") == "warning":
                self.note(f"gemini warning: {message}")
            else:
                self.error = make_error(message, status_in_message(message))

    def on_finish(self, exit_code: int | None, stderr_tail: str) -> None:
        report = _stderr_report(stderr_tail)
        if report is not None:
            self.take_session(report.get("session_id"))
            if self.error is None:
                self.error = _error_from(as_dict(report.get("error")))
        status = _status_from_exit(exit_code)
        if status is not None and (self.error is None or self.error.kind in ("cli_error", "api_error")):
            # The message often names no status ("[API Error: <the API's text>]"), but the exit code is it.
            message = self.error.message if self.error else (stderr_tail.strip().splitlines()[-1:] or [""])[0]
            self.error = make_error(f"{message} (exit {exit_code} = HTTP {status})", status)
        if self.error is None and exit_code in _GEMINI_CODES:
            # No JSON report survived (e.g. a stderr tail cut short), but this exit code is documented.
            kind, what = _GEMINI_CODES[exit_code]
            last = stderr_tail.strip().splitlines()[-1:] or [""]
            self.error = ErrorInfo(kind=kind, message=f"{what} (exit {exit_code}) {last[0]}"[:2000].strip())


def _status_from_exit(exit_code: int | None) -> int | None:
    """gemini exits with the HTTP status mod 256 on API errors: 145 = 401, 173 = 429, 244 = 500."""
    if exit_code is not None and 144 <= exit_code <= 255:
        return exit_code + 256
    return None


def _error_from(error: dict[str, Any]) -> ErrorInfo:
    message = as_str(error.get("message")) or "gemini reported an error"
    code = as_int(error.get("code"))
    if code in _GEMINI_CODES:
        return ErrorInfo(kind=_GEMINI_CODES[code][0], message=message[:2000])
    status = http_status(code)
    if status is None:
        status = status_in_message(message) or _embedded_status(message)
    return make_error(message, status)


def _embedded_status(message: str) -> int | None:
    """gemini often wraps the API's JSON body: `[API Error: {"error":{"code":500,...}}]`."""
    start = message.find("{")
    if start < 0:
        return None
    try:
        body, _ = json.JSONDecoder().raw_decode(message, start)
    except (ValueError, RecursionError):
        return None
    body = as_dict(body)
    return http_status(as_dict(body.get("error")).get("code")) or http_status(body.get("code"))


def _stderr_report(stderr_tail: str) -> dict[str, Any] | None:
    """The last `{..., "error": {...}}` object in stderr (it follows warnings and stack traces)."""
    decoder = json.JSONDecoder()
    starts = [match.start() for match in _OBJECT_START.finditer(stderr_tail)]
    for start in reversed(starts[-_MAX_STDERR_CANDIDATES:]):
        try:
            value, _ = decoder.raw_decode(stderr_tail, start)
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict) and isinstance(value.get("error"), dict):
            return value
    return None

"""opencode `run --format json`.

Every event carries `sessionID`. There is no final summary: the answer is the text of the step that ends
with `step_finish` reason "stop" (a step ending with "tool-calls" is intermediate). Usage and cost are per
step. Failures are `error` events `{error: {name, data: {message, statusCode}}}`, exit 1.
"""

from __future__ import annotations

from typing import Any

from mco_mcp.models import ErrorKind
from mco_mcp.adapters.parsers.base import (
    BoundedText,
    JsonLinesParser,
    as_dict,
    as_float,
    as_int,
    as_str,
    http_status,
    make_error,
    status_in_message,
)

# opencode's own error names that say what happened without an HTTP status.
_KIND_BY_NAME: dict[str, ErrorKind] = {"ProviderAuthError": "authentication", "APIError": "api_error"}


class OpencodeJsonParser(JsonLinesParser):
    def __init__(self) -> None:
        super().__init__()
        self._step = BoundedText()  # text of the step in progress

    def on_event(self, event: dict[str, Any]) -> None:
        self.take_session(event.get("sessionID"))
        kind = event.get("type")
        part = as_dict(event.get("part"))
        if kind == "step_start":
            self._step.clear()
        elif kind == "text":
            self._step.append(as_str(part.get("text")) or "")
        elif kind == "step_finish":
            tokens = as_dict(part.get("tokens"))
            self.usage.add(as_int(tokens.get("input")), as_int(tokens.get("output")), as_float(part.get("cost")))
            if part.get("reason") == "stop":
                self.text.copy_from(self._step)
            self._step.clear()
        elif kind == "error":
            error = as_dict(event.get("error"))
            data = as_dict(error.get("data"))
            name = as_str(error.get("name")) or "Error"
            message = f"{name}: {as_str(data.get('message')) or as_str(error.get('message')) or 'no message'}"
            status = http_status(data.get("statusCode"))
            if status is None:
                status = status_in_message(message)
            self.error = make_error(message, status, default_kind=_KIND_BY_NAME.get(name, "cli_error"))

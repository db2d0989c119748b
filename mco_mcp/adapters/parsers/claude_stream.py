"""claude `-p --output-format stream-json --verbose` (also its one-object `--output-format json`).

The answer, session id, usage and cost are all in the final `result` event. Errors look like success
(`subtype: "success"` with `is_error: true`, `api_error_status: 401`), so only those two fields count.
"""

from __future__ import annotations

from typing import Any

from mco_mcp.models import ErrorInfo
from mco_mcp.adapters.parsers.base import (
    JsonLinesParser,
    as_dict,
    as_float,
    as_int,
    as_list,
    as_str,
    http_status,
    make_error,
    status_in_message,
)

_MAX_DENIALS_LISTED = 10


class ClaudeStreamParser(JsonLinesParser):
    cli = "claude"

    def __init__(self) -> None:
        super().__init__()
        self._got_result = False
        self._retries = 0
        # The last api_retry error: it is the only error report when the run is killed while retrying.
        self._retry_error: ErrorInfo | None = None

    def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "result":
            self._on_result(event)
            return
        self.take_session(event.get("session_id"))
        if kind == "system" and event.get("subtype") == "api_retry":
            self._retries += 1
            status = http_status(event.get("error_status"))
            reason = as_str(event.get("error")) or "API error"
            self._retry_error = make_error(f"{self.cli} was retrying the model API: {reason}", status,
                                           default_kind="api_error")

    def _on_result(self, event: dict[str, Any]) -> None:
        self._got_result = True
        # The result event is authoritative for the session (e.g. --fork-session starts a new one).
        session = as_str(event.get("session_id"))
        if session:
            self.session_id = session
        usage = as_dict(event.get("usage"))
        # Anthropic counts cached prompt tokens separately from input_tokens; all of them were input.
        parts = [as_int(usage.get(key)) for key in
                 ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")]
        known = [part for part in parts if part is not None]
        self.usage.replace(sum(known) if known else None, as_int(usage.get("output_tokens")),
                           as_float(event.get("total_cost_usd")))
        text = as_str(event.get("result")) or ""
        self.error = self.result_error(event, text)
        # On error `result` holds the error message, not an answer: it lives in error.message instead.
        self.text.set("" if self.error else text)
        denied = [as_str(as_dict(d).get("tool_name")) or "?" for d in as_list(event.get("permission_denials"))]
        if denied:
            shown = ", ".join(denied[:_MAX_DENIALS_LISTED])
            self.note(f"{len(denied)} tool call(s) denied by permissions: {shown}")

    def result_error(self, event: dict[str, Any], text: str) -> ErrorInfo | None:
        """The error a `result` event reports, if any. Subclasses add CLI-specific conventions."""
        status = http_status(event.get("api_error_status"))
        if event.get("is_error") is not True and status is None:
            return None
        message = text or _error_detail(event) or f"{self.cli} reported {event.get('subtype') or 'an error'}"
        return make_error(message, status if status is not None else status_in_message(message))

    def on_finish(self, exit_code: int | None, stderr_tail: str) -> None:
        if self._retries:
            self.note(f"{self._retries} model API retr{'y' if self._retries == 1 else 'ies'} (api_retry events)")
        if not self._got_result and self.error is None and self._retry_error is not None:
            self.error = self._retry_error


def _error_detail(event: dict[str, Any]) -> str:
    """Error text outside `result`: `error: {message}` (qwen) or `errors: [...]` (claude)."""
    error = event.get("error")
    if isinstance(error, str):
        return error
    message = as_str(as_dict(error).get("message"))
    if message:
        return message
    return "; ".join(item for item in as_list(event.get("errors")) if isinstance(item, str))

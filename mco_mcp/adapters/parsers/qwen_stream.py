"""qwen `-o stream-json` (and `-o json`, the same events as one array).

Same event shapes as claude. A model API failure comes in two forms, both handled here:
- qwen 0.24 (checked 0.24.4): exit 1, `{"type": "result", "subtype": "error_during_execution",
  "is_error": true, "error": {"message": "[API Error: 401 ...]"}}` with no `result` field; the claude
  logic reads the message from `error` and the status from the message.
- qwen up to 0.15: reported as success: exit 0, `is_error: false`, `result: "[API Error: 500 ...]"`. That
  prefix is the only signal, so it is treated as an error.
qwen 0.24 also emits `{"type": "stream_event", "event": {"type": "goal_state", ...}}`; it carries no answer
and is read only for its session id, like every event that is not `result`.
Both versions' real output are parser fixtures (tests/transcripts/qwen-*.jsonl from 0.15,
tests/transcripts/captured/qwen-*.out from the pinned release).
"""

from __future__ import annotations

from typing import Any

from mco_mcp.models import ErrorInfo
from mco_mcp.adapters.parsers.base import make_error, status_in_message
from mco_mcp.adapters.parsers.claude_stream import ClaudeStreamParser

_API_ERROR_PREFIX = "[API Error:"


class QwenStreamParser(ClaudeStreamParser):
    cli = "qwen"

    def result_error(self, event: dict[str, Any], text: str) -> ErrorInfo | None:
        error = super().result_error(event, text)
        if error is None and text.lstrip().startswith(_API_ERROR_PREFIX):
            # It is a model API error even when no status is named, hence api_error rather than cli_error.
            return make_error(text, status_in_message(text), default_kind="api_error")
        return error

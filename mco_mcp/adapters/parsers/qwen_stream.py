"""qwen `-o stream-json` (and `-o json`, the same events as one array).

Same event shapes as claude, but a model API failure is reported as success: exit 0, `is_error: false`,
`result: "[API Error: 500 ...]"`. That prefix is the only signal, so it is treated as an error.
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

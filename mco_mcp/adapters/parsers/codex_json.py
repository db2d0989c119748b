"""codex `exec --json`.

Session = `thread.started.thread_id`; answer = the last `item.completed` of type `agent_message`;
usage from `turn.completed`. Failure = top-level `error` then `turn.failed`, exit 1.
An `item.completed` of type `error` (e.g. "Model metadata for `x` not found") is only a warning.
"""

from __future__ import annotations

from typing import Any

from mco_mcp.models import ErrorInfo
from mco_mcp.adapters.parsers.base import (
    JsonLinesParser,
    as_dict,
    as_int,
    as_str,
    make_error,
    status_in_message,
)


class CodexJsonParser(JsonLinesParser):
    def __init__(self) -> None:
        super().__init__()
        # A top-level `error` is not final on its own: codex also uses it for notices it recovers from,
        # so it only becomes the error if no turn.completed follows (turn.failed, or the run ended).
        self._pending: ErrorInfo | None = None

    def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "thread.started":
            self.take_session(event.get("thread_id"))
        elif kind == "item.completed":
            self._on_item(as_dict(event.get("item")))
        elif kind == "turn.completed":
            usage = as_dict(event.get("usage"))
            # OpenAI's input_tokens already includes cached_input_tokens, so no sum here.
            self.usage.add(as_int(usage.get("input_tokens")), as_int(usage.get("output_tokens")))
            if self._pending is not None:
                self.note(f"codex recovered from: {self._pending.message}")
                self._pending = None
        elif kind == "error":
            said = as_str(event.get("message")) or "codex reported an error"
            self._pending = make_error(said, status_in_message(said))
        elif kind == "turn.failed":
            message = as_str(as_dict(event.get("error")).get("message"))
            if message:
                self.error = make_error(message, status_in_message(message))
            elif self._pending is not None:
                self.error = self._pending
            else:
                self.error = make_error("codex reported turn.failed", None)
            self._pending = None

    def _on_item(self, item: dict[str, Any]) -> None:
        item_type = item.get("type")
        if item_type == "agent_message":
            text = as_str(item.get("text"))
            if text is not None:
                self.text.set(text)  # the final answer is the last agent message
        elif item_type == "error":
            self.note(f"codex warning: {as_str(item.get('message')) or '(no message)'}")

    def on_finish(self, exit_code: int | None, stderr_tail: str) -> None:
        if self.error is None and self._pending is not None:
            self.error = self._pending

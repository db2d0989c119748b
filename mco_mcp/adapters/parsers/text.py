"""Plain text output (for CLIs users add themselves): the whole stdout is the answer.

No session id, usage or error can be read from plain text; the runner judges exit code and emptiness.
"""

from __future__ import annotations

from mco_mcp.adapters.parsers.base import BoundedText, ParsedOutput


class TextParser:
    def __init__(self) -> None:
        self._text = BoundedText()
        self._lines = 0
        self._replaced = 0
        self._cut = 0

    def feed_line(self, line: str) -> None:
        if self._lines:
            self._text.append("\n")  # restore the newlines the runner split on
        self._text.append(line)
        self._lines += 1
        if "\ufffd" in line:
            self._replaced += 1

    def feed_cut_line(self, line: str) -> None:
        self.feed_line(line)
        self._cut += 1
        self._text.truncated = True  # the rest of the line is only in the log

    def finish(self, exit_code: int | None, stderr_tail: str) -> ParsedOutput:
        notes: list[str] = []
        if self._cut:
            notes.append(f"{self._cut} stdout line(s) were longer than the line limit and cut; the whole lines "
                         "are in the stdout log")
        if self._replaced:
            notes.append(f"{self._replaced} stdout line(s) held invalid UTF-8 (replaced by U+FFFD)")
        if self._text.truncated:
            notes.append(self._text.truncation_note())
        return ParsedOutput(final_text=self._text.value, notes=notes, truncated=self._text.truncated)

"""Output parsers, one per CLI output format, looked up by the format name a manifest names."""

from __future__ import annotations

from collections.abc import Callable

from mco_mcp.adapters.parsers.base import OutputParser, ParsedOutput
from mco_mcp.adapters.parsers.claude_stream import ClaudeStreamParser
from mco_mcp.adapters.parsers.codex_json import CodexJsonParser
from mco_mcp.adapters.parsers.gemini_stream import GeminiStreamParser
from mco_mcp.adapters.parsers.opencode_json import OpencodeJsonParser
from mco_mcp.adapters.parsers.qwen_stream import QwenStreamParser
from mco_mcp.adapters.parsers.text import TextParser

PARSERS: dict[str, Callable[[], OutputParser]] = {
    "claude-stream-json": ClaudeStreamParser,
    "qwen-stream-json": QwenStreamParser,
    "codex-json": CodexJsonParser,
    "gemini-stream-json": GeminiStreamParser,
    "opencode-json": OpencodeJsonParser,
    "text": TextParser,
}


def make_parser(name: str) -> OutputParser:
    """A fresh parser for one run. KeyError for a format no parser handles."""
    try:
        factory = PARSERS[name]
    except KeyError:
        raise KeyError(f"unknown output format {name!r}; known: {', '.join(sorted(PARSERS))}") from None
    return factory()


__all__ = ["PARSERS", "OutputParser", "ParsedOutput", "make_parser"]

"""Output parsers, one per CLI output format, looked up by the format name a manifest names.

The table names each parser's module and class, imported when a run needs it: a manifest's format is
checked against the names alone, so loading the manifests before the first CLI starts imports no parser
(and through them no job document model; see mco_mcp/cli/early.py).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mco_mcp.adapters.parsers.base import OutputParser

# format name -> (module under mco_mcp.adapters.parsers, class)
PARSERS: dict[str, tuple[str, str]] = {
    "claude-stream-json": ("claude_stream", "ClaudeStreamParser"),
    "qwen-stream-json": ("qwen_stream", "QwenStreamParser"),
    "codex-json": ("codex_json", "CodexJsonParser"),
    "gemini-stream-json": ("gemini_stream", "GeminiStreamParser"),
    "opencode-json": ("opencode_json", "OpencodeJsonParser"),
    "text": ("text", "TextParser"),
}


def make_parser(name: str) -> OutputParser:
    """A fresh parser for one run. KeyError for a format no parser handles."""
    try:
        module, cls = PARSERS[name]
    except KeyError:
        raise KeyError(f"unknown output format {name!r}; known: {', '.join(sorted(PARSERS))}") from None
    factory = getattr(import_module(f"{__name__}.{module}"), cls)
    return factory()  # type: ignore[no-any-return]


__all__ = ["PARSERS", "make_parser"]

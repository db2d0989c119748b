"""The findings contract: the JSON Schema agents are asked to follow and the text appended to a review prompt."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_RESOURCE = "schemas/findings.schema.json"


@cache
def _schema_text() -> str:
    return resources.files("mco_mcp").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The findings JSON Schema (draft 2020-12), a fresh copy on each call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def _contract_text() -> str:
    schema_compact = json.dumps(load_schema(), separators=(",", ":"))
    example = {
        "findings": [
            {
                "severity": "high",
                "category": "bug",
                "title": "Off-by-one: the last page is never returned",
                "evidence": {
                    "file": "src/pager.py",
                    "line": 42,
                    "symbol": "Pager.pages",
                    "snippet": "for i in range(1, count):",
                },
                "recommendation": "Iterate over range(count) and add a test for a single-page result.",
                "confidence": 0.8,
            }
        ]
    }
    return "\n".join(
        [
            "",
            "## Output format (required)",
            "",
            "After your review, end your answer with exactly one fenced code block tagged `json` that",
            "contains a single object matching this JSON Schema (draft 2020-12):",
            "",
            schema_compact,
            "",
            "Rules:",
            "- One entry per distinct problem; do not report the same problem twice.",
            "- `severity` is one of critical, high, medium, low; `category` is one of bug, security,",
            "  performance, maintainability, test-gap. Use exactly these words.",
            "- `evidence.file` is relative to the repository root, with forward slashes (no `./`, no",
            "  absolute path). `evidence.line` is the 1-based line the snippet starts on, or null for a",
            "  whole-file problem.",
            "- `evidence.snippet` copies the offending line(s) verbatim from the file, at most 3 lines.",
            "- `confidence` is a number between 0 and 1.",
            '- When you find no problems, end with {"findings": []}.',
            "- Nothing may follow the closing fence.",
            "",
            "Example of the final block:",
            "",
            "```json",
            json.dumps(example, indent=2),
            "```",
            "",
        ]
    )


FINDINGS_CONTRACT: str = _contract_text()

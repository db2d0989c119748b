"""One finding as one provider reported it, after lenient extraction and before merging."""

from __future__ import annotations

from dataclasses import dataclass

from mco_mcp.models import Category, Severity


@dataclass(frozen=True, slots=True)
class ProviderFinding:
    """A usable finding from one provider's answer.

    `severity` and `category` are mapped into the enums; `raw_severity` / `raw_category` keep what the
    agent wrote (None when it wrote nothing). `file` is repo-relative posix, or None when the agent gave no
    path or a path outside the repository; `raw_file` is the path as the agent wrote it. `confidence` is
    None when the agent gave none. `notes` say what the extraction had to repair or guess (schema
    deviations included).
    """

    provider: str
    severity: Severity
    category: Category
    title: str
    file: str | None = None
    line: int | None = None
    snippet: str | None = None
    recommendation: str | None = None
    confidence: float | None = None
    raw_severity: str | None = None
    raw_category: str | None = None
    description: str | None = None
    symbol: str | None = None
    raw_file: str | None = None
    notes: tuple[str, ...] = ()

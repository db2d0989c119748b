"""The one order merged findings are shown in: by the merger, after verification, in the job and its reports.

Verified findings first (an unchecked or contradicted one never outranks a checked one; before verification
none is verified, so this part of the key changes nothing), then severity (highest first), file and line
(unknown last), title, and who found it, so the order is total and does not depend on the input's order.
"""

from __future__ import annotations

from collections.abc import Iterable

from mco_mcp.findings.vocab import SEVERITY_RANK
from mco_mcp.models import Finding


def sort_key(f: Finding) -> tuple[object, ...]:
    return (f.verified is not True, -SEVERITY_RANK[f.severity], f.file is None, f.file or "", f.line is None,
            f.line or 0, f.title, f.detected_by)  # fmt: skip


def ranked(findings: Iterable[Finding]) -> list[Finding]:
    """`findings` in display order (see the module's docstring)."""
    return sorted(findings, key=sort_key)

"""What the job runner calls: every provider's answer text in, merged findings out."""

from __future__ import annotations

from pathlib import Path

from mco_mcp.findings.extract import extract_findings
from mco_mcp.findings.merge import merge_findings
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.models import DroppedFinding, Finding


def findings_from_answers(
    answers: dict[str, str], repo: Path
) -> tuple[list[Finding], dict[str, list[DroppedFinding]], dict[str, int]]:
    """Extract each provider's findings from its answer text and merge them.

    Returns the merged findings (severity desc, then file, line), the unusable items per provider, and
    the number of usable findings per provider. Every provider in `answers` has an entry in both dicts.
    """
    found: dict[str, list[ProviderFinding]] = {}
    dropped: dict[str, list[DroppedFinding]] = {}
    for provider in sorted(answers):
        found[provider], dropped[provider] = extract_findings(answers[provider], repo, provider)
    counts = {provider: len(found[provider]) for provider in found}
    return merge_findings(found, repo), dropped, counts

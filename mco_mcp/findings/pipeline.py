"""What the job runner calls: every provider's answer text in, merged and verified findings out."""

from __future__ import annotations

from pathlib import Path

from mco_mcp.findings.extract import extract_findings
from mco_mcp.findings.cluster import Clustering
from mco_mcp.findings.merge import findings_of, group_findings
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.verify import verify_findings
from mco_mcp.models import DroppedFinding, Finding


_MAX_NOTES = 8  # per provider: what the extraction repaired or guessed, for a person to judge the answer


def findings_from_answers(
    answers: dict[str, str], repo: Path, notes: dict[str, list[str]] | None = None
) -> tuple[list[Finding], dict[str, list[DroppedFinding]], dict[str, int]]:
    """Extract each provider's findings from its answer text, merge them, and check them against `repo`.

    Returns the merged findings (each with `verified` / `verification`; verified ones first, then the
    unverified; each group by severity desc, then file, line), the unusable items per provider, and
    the number of usable findings per provider. Every provider in `answers` has an entry in both dicts.
    `notes`, when given, receives per provider what the extraction had to repair or guess (bounded).
    """
    grouping, dropped, counts = grouped_from_answers(answers, repo, notes)
    return finish(grouping, repo), dropped, counts


def grouped_from_answers(
    answers: dict[str, str], repo: Path, notes: dict[str, list[str]] | None = None
) -> tuple[Clustering, dict[str, list[DroppedFinding]], dict[str, int]]:
    """The first half of `findings_from_answers`: extracted and grouped by the rules, not yet turned into
    findings, so that an adjudication pass may still join groups (`findings.unsure`); then `finish`."""
    found: dict[str, list[ProviderFinding]] = {}
    dropped: dict[str, list[DroppedFinding]] = {}
    for provider in sorted(answers):
        found[provider], dropped[provider] = extract_findings(answers[provider], repo, provider)
    counts = {provider: len(found[provider]) for provider in found}
    if notes is not None:
        for provider, items in found.items():
            notes[provider] = _extraction_notes(items)
    return group_findings(found, repo), dropped, counts


def finish(grouping: Clustering, repo: Path) -> list[Finding]:
    """The second half: one finding per group, checked against `repo`."""
    return verify_findings(findings_of(grouping), repo)


def _extraction_notes(items: list[ProviderFinding]) -> list[str]:
    """What the extraction repaired or guessed, per finding; schema deviations (read leniently anyway) are
    counted in one line rather than listed."""
    said = [f"finding {item.title[:80]!r}: {note}" for item in items for note in item.notes if not note.startswith("schema: ")]
    off_schema = sum(any(note.startswith("schema: ") for note in item.notes) for item in items)
    if len(said) > _MAX_NOTES:
        said[_MAX_NOTES:] = [f"... and {len(said) - _MAX_NOTES} more notes on its findings"]
    if off_schema:
        said.append(f"{off_schema} of its {len(items)} finding(s) did not follow the findings schema exactly (read leniently)")
    return said

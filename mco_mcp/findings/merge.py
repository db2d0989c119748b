"""Merging the findings of several providers: one `Finding` per problem, with who found it and how.

The grouping is in `cluster` (on the places and term vectors of `similarity`); this module turns each group
into a `Finding`: the best evidence (a snippet that really occurs in the file wins), the highest severity
(every provider's own severity, category, title and location stay in `variants`), the category most
providers chose, and a confidence raised by agreement. Inputs are sorted by content first, so the result
does not depend on dict or list order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mco_mcp.findings.cluster import Clustering
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.order import ranked
from mco_mcp.findings.similarity import Item, build_items, content_key
from mco_mcp.findings.source import SourceIndex
from mco_mcp.findings.vocab import SEVERITY_RANK
from mco_mcp.models import Category, Finding, FindingVariant

_DEFAULT_CONFIDENCE = 0.5
_AGREEMENT = 0.6  # each further provider keeps this share of the remaining doubt
# Ties in the category vote go to the most consequential kind.
_CATEGORY_PRIORITY: dict[str, int] = {"security": 4, "bug": 3, "performance": 2, "test-gap": 1, "maintainability": 0}


def _confidence(f: ProviderFinding) -> float:
    return _DEFAULT_CONFIDENCE if f.confidence is None else f.confidence


def _evidence_rank(item: Item) -> tuple[object, ...]:
    f = item.finding
    return (item.anchor.exact, item.anchor.approx, f.file is not None, f.line is not None,
            f.recommendation is not None, _confidence(f), SEVERITY_RANK[f.severity],
            item.key)  # fmt: skip


def _combined_confidence(values: Iterable[float]) -> float:
    ordered = sorted(values, reverse=True)
    doubt = (1.0 - ordered[0]) * _AGREEMENT ** (len(ordered) - 1)
    return round(min(1.0, max(0.0, 1.0 - doubt)), 3)


def _finding(cluster: list[Item]) -> Finding:
    best = max(cluster, key=_evidence_rank)
    ranked = sorted(cluster, key=_evidence_rank, reverse=True)
    severity = max((i.finding.severity for i in cluster), key=lambda s: SEVERITY_RANK[s])
    votes = Counter(i.finding.category for i in cluster)
    category: Category = max(votes, key=lambda c: (votes[c], _CATEGORY_PRIORITY[c]))
    line = best.finding.line
    if best.anchor.exact and best.anchor.lo is not None and best.anchor.hi is not None:
        if line is None or not best.anchor.lo <= line <= best.anchor.hi:
            line = best.anchor.lo
    snippet = next((i.finding.snippet for i in ranked if i.anchor.exact), best.finding.snippet)
    recommendation = next((i.finding.recommendation for i in ranked if i.finding.recommendation), None)
    confidence = _combined_confidence(_confidence(i.finding) for i in cluster)
    variants = [
        FindingVariant(provider=f.provider, title=f.title, severity=f.severity, category=f.category, file=f.file,
                       line=f.line)  # fmt: skip
        for f in sorted((i.finding for i in cluster), key=content_key)
    ]
    return Finding(
        severity=severity,
        category=category,
        title=best.finding.title,
        file=best.finding.file,
        line=line if best.finding.file else None,
        snippet=snippet,
        recommendation=recommendation,
        confidence=confidence,
        detected_by=sorted({i.finding.provider for i in cluster}),
        variants=variants,
    )


def group_findings(found: dict[str, list[ProviderFinding]], repo: Path) -> Clustering:
    """The rules' grouping of `found`, before it is turned into findings: kept so that an adjudication pass
    (`findings.unsure`) can still join two groups the rules were unsure of."""
    clustering = Clustering(build_items(found, SourceIndex(repo)))
    clustering.run()
    return clustering


def findings_of(clustering: Clustering) -> list[Finding]:
    """One `Finding` per group of a clustering that has run, in display order (see `order`: severity desc,
    file, line)."""
    items = clustering.items
    return ranked(_finding([items[i] for i in c.members]) for _, c in sorted(clustering.clusters.items()))


def merge_findings(found: dict[str, list[ProviderFinding]], repo: Path) -> list[Finding]:
    """One `Finding` per problem across providers, in display order (see `order`: severity desc, file, line).

    `found` maps a provider name to its findings. Findings of one provider are never merged with each
    other. Files under `repo` are read (once each) to place findings by their snippets and scopes.
    """
    return findings_of(group_findings(found, repo))

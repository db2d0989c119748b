"""Merging the findings of several providers: one `Finding` per problem, with who found it and how.

Two findings of different providers are the same problem when they point at the same place and say the
same thing, where the closer the place the less wording they must share:

- place: same file (test gaps may sit in the code or in its tests); the lines their snippets really occur
  on in the file (agents' line numbers drift), else the reported lines with a tolerance; the enclosing
  def/class (different functions are different places even on neighbouring lines);
- meaning: IDF-weighted cosine of stemmed title/description/recommendation terms (identifiers kept whole,
  a small reviewer thesaurus), made stricter when the categories disagree.

Clusters grow greedily from the most convincing pair; a cluster never holds two findings of one provider,
and two clusters join only when their members agree on average and no pair of them clearly disagrees.
Inputs are sorted by content first, so the result does not depend on dict or list order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.source import Anchor, SourceIndex
from mco_mcp.findings.text import terms
from mco_mcp.findings.vocab import SEVERITY_RANK
from mco_mcp.models import Category, Finding, FindingVariant

# Meaning a pair needs: _BASE - _PLACE_WEIGHT * place + category adjustment (place is in [0, 1]).
_BASE = 0.55
_PLACE_WEIGHT = 0.35
_FLOOR = 0.22  # even on the very same line, two findings must share some meaning
_MAX_GAP = 8  # lines between two reports of one problem, after tolerance for drift
_LINK_SLACK = 0.1  # how far below its threshold one pair of a joined cluster may be
_FIELD_WEIGHTS = (("title", 1.0), ("symbol", 0.8), ("description", 0.7), ("recommendation", 0.5))
_DEFAULT_CONFIDENCE = 0.5
_AGREEMENT = 0.6  # each further provider keeps this share of the remaining doubt

_RELATED = {
    frozenset({"bug", "security"}): 0.0,
    frozenset({"bug", "maintainability"}): 0.0,
    frozenset({"performance", "maintainability"}): 0.0,
    frozenset({"bug", "performance"}): 0.03,
    frozenset({"security", "maintainability"}): 0.05,
    frozenset({"test-gap", "maintainability"}): 0.05,
    frozenset({"security", "performance"}): 0.1,
    frozenset({"test-gap", "bug"}): 0.1,
    frozenset({"test-gap", "security"}): 0.15,
    frozenset({"test-gap", "performance"}): 0.15,
}
# Ties in the category vote go to the most consequential kind.
_CATEGORY_PRIORITY: dict[str, int] = {"security": 4, "bug": 3, "performance": 2, "test-gap": 1, "maintainability": 0}


@dataclass(slots=True)
class _Item:
    finding: ProviderFinding
    key: tuple[str, ...]
    anchor: Anchor
    vector: dict[str, float]
    norm: float


def _content_key(f: ProviderFinding) -> tuple[str, ...]:
    return (f.provider, f.file or "", f"{f.line or 0:09d}", f.title, f.severity, f.category, f.snippet or "",
            f.recommendation or "", f.description or "", f.symbol or "")  # fmt: skip


def _field_terms(f: ProviderFinding) -> dict[str, float]:
    weights: dict[str, float] = {}
    for field, weight in _FIELD_WEIGHTS:
        text = getattr(f, field)
        if text:
            for term in terms(text):
                if weights.get(term, 0.0) < weight:
                    weights[term] = weight
    return weights


def _build_items(found: dict[str, list[ProviderFinding]], sources: SourceIndex) -> list[_Item]:
    findings = sorted((f for provider in sorted(found) for f in found[provider]), key=_content_key)
    fields = [_field_terms(f) for f in findings]
    df: Counter[str] = Counter(term for weights in fields for term in weights)
    count = len(findings)
    items = []
    for f, weights in zip(findings, fields, strict=True):
        vector = {t: weights[t] * math.log(1.0 + count / df[t]) for t in sorted(weights)}
        norm = math.sqrt(math.fsum(v * v for v in vector.values())) or 1.0
        anchor = sources.anchor(f.file, f.line, f.snippet, f.symbol)
        items.append(_Item(f, _content_key(f), anchor, vector, norm))
    return items


def _meaning(a: _Item, b: _Item) -> float:
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    shared = sorted(t for t in small if t in large)
    return math.fsum(a.vector[t] * b.vector[t] for t in shared) / (a.norm * b.norm)


def _scope_relation(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return "unknown"
    if a == b:
        return "same"
    if a and b and (a.startswith(b + ".") or b.startswith(a + ".")):
        return "nested"  # a method inside its class: neither the same place nor apart
    return "apart"


def _place(a: _Item, b: _Item) -> float | None:
    """How surely two findings point at one place, in [0, 1]; None when they cannot."""
    fa, fb = a.finding, b.finding
    if fa.file and fb.file and fa.file != fb.file:
        return 0.15 if fa.category == fb.category == "test-gap" else None
    if fa.file is None or fb.file is None:
        return 0.25
    pa, pb = a.anchor, b.anchor
    scope = _scope_relation(pa.scope, pb.scope)
    if pa.lo is None or pb.lo is None or pa.hi is None or pb.hi is None:
        return {"same": 0.6, "apart": 0.15}.get(scope, 0.35)
    gap = max(0, max(pa.lo, pb.lo) - min(pa.hi, pb.hi))
    tolerance = 0 if pa.exact and pb.exact else (2 if pa.exact or pb.exact else 3)
    drift = max(0, gap - tolerance)
    if drift > _MAX_GAP:
        return None
    place = 1.0 / (1.0 + 0.35 * drift)
    if not (pa.exact and pb.exact):
        place = min(place, 0.8)
    elif gap > 0:
        place = min(place, 0.6)  # both quote the file, but different lines: often different problems
    if scope == "same":
        place = min(1.0, place + 0.1)
    elif scope == "apart":
        place *= 0.4
    return place


def _threshold(a: _Item, b: _Item, place: float) -> float:
    ca, cb = a.finding.category, b.finding.category
    adjust = -0.05 if ca == cb else _RELATED.get(frozenset({ca, cb}), 0.1)
    return max(_FLOOR, _BASE - _PLACE_WEIGHT * place + adjust)


def _margins(items: list[_Item]) -> dict[tuple[int, int], float]:
    """meaning - threshold for every pair of different providers that may be one problem."""
    margins: dict[tuple[int, int], float] = {}
    by_file: dict[str | None, list[int]] = {}
    for index, item in enumerate(items):
        by_file.setdefault(item.finding.file, []).append(index)
    test_gaps = [i for i, item in enumerate(items) if item.finding.category == "test-gap" and item.finding.file]
    unknown = by_file.get(None, [])
    pairs: set[tuple[int, int]] = set()
    for group in by_file.values():
        pairs.update((i, j) for n, i in enumerate(group) for j in group[n + 1 :])
    pairs.update((min(i, j), max(i, j)) for i in unknown for j in range(len(items)) if i != j)
    pairs.update((i, j) for n, i in enumerate(test_gaps) for j in test_gaps[n + 1 :])
    for i, j in sorted(pairs):
        a, b = items[i], items[j]
        if a.finding.provider == b.finding.provider:
            continue
        place = _place(a, b)
        if place is None:
            continue
        margins[(i, j)] = round(_meaning(a, b) - _threshold(a, b, place), 9)
    return margins


def _cluster(items: list[_Item], margins: dict[tuple[int, int], float]) -> list[list[int]]:
    cluster_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for (i, j), margin in sorted(margins.items(), key=lambda kv: (-kv[1], kv[0])):
        if margin < 0:
            break
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        left, right = members[ci], members[cj]
        if {items[m].finding.provider for m in left} & {items[m].finding.provider for m in right}:
            continue
        cross = [margins.get((min(x, y), max(x, y))) for x in left for y in right]
        if any(m is None or m < -_LINK_SLACK for m in cross):
            continue
        if math.fsum(m for m in cross if m is not None) < 0:
            continue
        members[ci] = sorted(left + right)
        for m in right:
            cluster_of[m] = ci
        del members[cj]
    return [members[k] for k in sorted(members)]


def _confidence(f: ProviderFinding) -> float:
    return _DEFAULT_CONFIDENCE if f.confidence is None else f.confidence


def _evidence_rank(item: _Item) -> tuple[object, ...]:
    f = item.finding
    return (item.anchor.exact, item.anchor.approx, f.file is not None, f.line is not None,
            f.recommendation is not None, _confidence(f), SEVERITY_RANK[f.severity],
            item.key)  # fmt: skip


def _combined_confidence(values: Iterable[float]) -> float:
    ordered = sorted(values, reverse=True)
    doubt = (1.0 - ordered[0]) * _AGREEMENT ** (len(ordered) - 1)
    return round(min(1.0, max(0.0, 1.0 - doubt)), 3)


def _finding(cluster: list[_Item]) -> Finding:
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
        for f in sorted((i.finding for i in cluster), key=_content_key)
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


def sort_key(f: Finding) -> tuple[object, ...]:
    """Severity first (highest first), then file and line (unknown last), then title."""
    return (-SEVERITY_RANK[f.severity], f.file is None, f.file or "", f.line is None, f.line or 0, f.title,
            f.detected_by)  # fmt: skip


def merge_findings(found: dict[str, list[ProviderFinding]], repo: Path) -> list[Finding]:
    """One `Finding` per problem across providers, sorted by severity (desc), file, line.

    `found` maps a provider name to its findings. Findings of one provider are never merged with each
    other. Files under `repo` are read (once each) to place findings by their snippets and scopes.
    """
    items = _build_items(found, SourceIndex(repo))
    clusters = _cluster(items, _margins(items))
    return sorted((_finding([items[i] for i in cluster]) for cluster in clusters), key=sort_key)

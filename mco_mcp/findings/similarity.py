"""What the merger compares: each finding's place in the code and its term vector.

Place (see `source` for how a finding is anchored in the file): same file (a test gap may be filed at
the code or at its tests); the lines its snippet really occurs on (agents' line numbers drift, their
quotes usually don't), else the reported line with a tolerance; the enclosing def/class (different
functions are different places even on neighbouring lines). Meaning: IDF-weighted terms of title,
symbol, description and recommendation (see `text`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from mco_mcp.findings.defects import kinds, names_race
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.outline import Outline
from mco_mcp.findings.source import Anchor, SourceIndex
from mco_mcp.findings.text import terms

MAX_GAP = 8  # lines between two reports of one problem, after the tolerance for drift
UNKNOWN_PLACE = 0.25  # one of the two findings has no file
SECTION_LINES = 3
RACE_LINES = 6  # two reports of a race this close in one function are at one critical section (4 to 8 measure alike)
# Place of two spans the code ties together (see `relation`): nearly as sure as the same statement.
RELATED_PLACE = {"flow": 0.9, "signature": 0.9, "section": 0.8, "guard": 0.8}
UNKNOWN_PREFILTER = 0.1  # least cosine for pairing a finding without a file at all
LONELY_LINES = 3
_CROSS_FILE_TEST_GAP = 0.15
_FIELD_WEIGHTS = (("title", 1.0), ("symbol", 0.8), ("description", 0.7), ("recommendation", 0.5))


@dataclass(slots=True)
class Item:
    finding: ProviderFinding
    key: tuple[str, ...]
    anchor: Anchor
    vector: dict[str, float]
    norm: float
    outline: Outline | None = None
    kinds: frozenset[str] = frozenset()  # kinds of defect its title and description name (see `defects`)
    subjects: frozenset[str] = frozenset()  # the function's own data its prose names (see `Outline.subjects`)
    calls: frozenset[str] = frozenset()  # of an error-handling finding, the calls it names (`Outline.calls_named`)


def content_key(f: ProviderFinding) -> tuple[str, ...]:
    return (f.provider, f.file or "", f"{f.line or 0:09d}", f.title, f.severity, f.category, f.snippet or "",
            f.recommendation or "", f.description or "", f.symbol or "")  # fmt: skip


def _field_terms(f: ProviderFinding) -> dict[str, float]:
    # The kind of defect a finding names is a term of its own: "missing lock" and "rendered concurrently"
    # share no word but one kind (concurrency).
    weights: dict[str, float] = {f"#{kind}": 1.0 for kind in kinds(f"{f.title}\n{f.description or ''}")}
    for field, weight in _FIELD_WEIGHTS:
        text = getattr(f, field)
        if text:
            for term in terms(text):
                if weights.get(term, 0.0) < weight:
                    weights[term] = weight
    return weights


def build_items(found: dict[str, list[ProviderFinding]], sources: SourceIndex) -> list[Item]:
    findings = sorted((f for provider in sorted(found) for f in found[provider]), key=content_key)
    fields = [_field_terms(f) for f in findings]
    df: Counter[str] = Counter(term for weights in fields for term in weights)
    count = len(findings)
    items = []
    for f, weights in zip(findings, fields, strict=True):
        vector = {t: weights[t] * math.log(1.0 + count / df[t]) for t in sorted(weights)}
        norm = math.sqrt(math.fsum(v * v for v in vector.values())) or 1.0
        anchor = sources.anchor(f.file, f.line, f.snippet, f.symbol, f"{f.title}\n{f.description or ''}")
        source = sources.file(f.file) if f.file else None
        outline = source.outline if source else None
        prose = f"{f.title}\n{f.description or ''}"
        found_kinds = kinds(prose)
        interpolated = _interpolated(found_kinds)
        subjects = outline.subjects(anchor.lo, prose, interpolated) if outline and anchor.lo else frozenset()
        calls = frozenset[str]()
        if outline and anchor.lo and "error-handling" in found_kinds:
            calls = outline.calls_named(anchor.lo, anchor.hi or anchor.lo, prose)
        items.append(Item(f, content_key(f), anchor, vector, norm, outline, found_kinds, subjects, calls))
    return items


def _interpolated(found: frozenset[str]) -> bool:
    """Injection into markup or a shell command, or injection of no other sort named ("byline not escaped"): where
    a field of a record put into the text is the datum (`Outline.subjects`)."""
    sorts = {k for k in found if k.startswith("injection:")}
    return "injection" in found and all(k.startswith(("injection:markup", "injection:command")) for k in sorts)


def scope_relation(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return "unknown"
    if a == b:
        return "same"
    if a and b and (a.startswith(b + ".") or b.startswith(a + ".")):
        return "nested"  # a method inside its class: neither the same place nor apart
    return "apart"


def place_score(a: Item, b: Item) -> float | None:
    """How surely two findings point at one place, in [0, 1]; None when they cannot."""
    fa, fb = a.finding, b.finding
    if fa.file and fb.file and fa.file != fb.file:
        return _CROSS_FILE_TEST_GAP if fa.category == fb.category == "test-gap" else None
    if fa.file is None or fb.file is None:
        return UNKNOWN_PLACE
    pa, pb = a.anchor, b.anchor
    scope = scope_relation(pa.scope, pb.scope)
    if pa.lo is None or pb.lo is None or pa.hi is None or pb.hi is None:
        return {"same": 0.6, "apart": 0.15}.get(scope, 0.35)
    gap = max(0, max(pa.lo, pb.lo) - min(pa.hi, pb.hi))
    if pa.exact and pb.exact:
        # Both quote the file verbatim: the same line is the surest sign of one problem, and quotes a
        # few statements apart usually mean different problems.
        if gap > MAX_GAP:
            return None
        place = 1.0 if gap == 0 else 0.6 / (1.0 + 0.45 * (gap - 1))
    else:
        # Reported line numbers drift by a few lines: tolerate that, but never trust them fully.
        drift = max(0, gap - (2 if pa.exact or pb.exact else 3))
        if drift > MAX_GAP:
            return None
        place = 0.8 / (1.0 + 0.35 * drift)
    if scope == "same":
        place = min(1.0, place + 0.1)
    elif scope == "apart":
        place *= 0.4
    if a.outline is not None and (pa.exact or pa.approx) and (pb.exact or pb.approx):
        spans = (pa.lo, pa.hi), (pb.lo, pb.hi)
        related = relation(a.outline, *spans)
        if related is None and _race(fa) and _race(fb):
            if _guarded(a.outline, *spans):
                # Two reports of a race, one on the check and one on a statement the check lets through: the
                # critical section is one place, however many lines the guarded statements take.
                related = "guard"
            elif _near_in_function(a.outline, *spans):
                # Two reports of a race a few statements apart in one function: one critical section,
                # whichever of its statements each quoted (the map write, the counter after it).
                related = "section"
        place = max(place, RELATED_PLACE.get(related, 0.0) if related is not None else 0.0)
    return place


def _race(f: ProviderFinding) -> bool:
    return names_race(f"{f.title}\n{f.description or ''}")


def _near_in_function(outline: Outline, a: tuple[int, int], b: tuple[int, int]) -> bool:
    first, second = sorted((a, b))
    fa, fb = outline.function_at(first[0]), outline.function_at(second[1])
    return fa is not None and fa is fb and second[0] - first[1] <= RACE_LINES


def _guarded(outline: Outline, a: tuple[int, int], b: tuple[int, int]) -> bool:
    first, second = sorted((a, b))
    return outline.guards(first, second)


def relation(outline: Outline, a: tuple[int, int], b: tuple[int, int]) -> str | None:
    """How the code ties two cited spans of one file together, when it does:
    "flow": a name assigned on one is read on the other (request input read on one line, used in the sink
    below); "signature": one is the signature of the function whose body holds the other;
    "section": statements of one block, at most `SECTION_LINES` apart, nothing else between them."""
    key = (a, b) if a <= b else (b, a)
    if key not in outline.relations:
        outline.relations[key] = _relation(outline, *key)
    return outline.relations[key]


def _relation(outline: Outline, a: tuple[int, int], b: tuple[int, int]) -> str | None:
    if outline.flows(a, b) or outline.flows(b, a):
        return "flow"
    for head, other in ((a, b), (b, a)):
        # The head of a function and a statement of its body, a closure's included (`items.forEach(async (x)
        # => {..})` inside the function whose signature one agent cites).
        function = outline.function_at(head[0])
        if function is not None and head[1] < function.body <= other[0] and other[1] <= function.end:
            return "signature"
    if max(0, max(a[0], b[0]) - min(a[1], b[1])) <= SECTION_LINES and outline.one_run(a, b):
        return "section"
    return None


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two term vectors (the caller divides by the norms). Both dicts are built in sorted
    key order, so the sum is taken in one fixed order and the result is the same on every run."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large[t] for t, w in small.items() if t in large)


def pair_places(items: list[Item]) -> dict[tuple[int, int], float]:
    """Place score of every pair of findings of different providers that may be one problem.

    Pairs that cannot be one problem are never scored: different files (except two test gaps), or lines
    further apart than any tolerance. A finding without a file is paired only with findings whose wording
    it shares at all (`UNKNOWN_PREFILTER`): with nothing to place it, its words are all there is.
    """
    by_file: dict[str | None, list[int]] = {}
    for index, item in enumerate(items):
        by_file.setdefault(item.finding.file, []).append(index)
    pairs: set[tuple[int, int]] = set()
    reach = MAX_GAP + 3  # the largest gap place_score may still accept (drift tolerance included)
    for file, group in by_file.items():
        if file is None:
            continue
        placed = sorted((i for i in group if items[i].anchor.lo is not None), key=lambda i: items[i].anchor.lo or 0)
        unplaced = [i for i in group if items[i].anchor.lo is None]
        for n, i in enumerate(placed):
            hi = items[i].anchor.hi or 0
            for j in placed[n + 1 :]:
                if (items[j].anchor.lo or 0) > hi + reach:
                    break
                pairs.add((min(i, j), max(i, j)))
        pairs.update((min(i, j), max(i, j)) for i in unplaced for j in group if i != j)
    test_gaps = [i for i, item in enumerate(items) if item.finding.category == "test-gap" and item.finding.file]
    pairs.update((i, j) for n, i in enumerate(test_gaps) for j in test_gaps[n + 1 :])
    unknown = by_file.get(None, [])
    if unknown:
        postings: dict[str, list[tuple[int, float]]] = {}
        for j, item in enumerate(items):
            for term, weight in item.vector.items():
                postings.setdefault(term, []).append((j, weight))
        for i in unknown:
            dots: dict[int, float] = {}
            for term, weight in items[i].vector.items():
                for j, other in postings[term]:
                    dots[j] = dots.get(j, 0.0) + weight * other
            for j, dot in dots.items():
                if i != j and dot >= UNKNOWN_PREFILTER * items[i].norm * items[j].norm:
                    pairs.add((min(i, j), max(i, j)))
    places = {}
    for i, j in sorted(pairs):
        if items[i].finding.provider != items[j].finding.provider:
            score = place_score(items[i], items[j])
            if score is not None:
                places[(i, j)] = score
    return places


def lonely(items: list[Item]) -> list[bool]:
    """Whether each finding is the only one its provider reported around its lines."""
    spans: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for index, item in enumerate(items):
        if item.finding.file and item.anchor.lo is not None and item.anchor.hi is not None:
            spans.setdefault((item.finding.provider, item.finding.file), []).append(
                (item.anchor.lo, item.anchor.hi, index)
            )
    alone = [False] * len(items)
    for group in spans.values():
        for lo, hi, index in group:
            alone[index] = not any(
                other != index and o_lo - LONELY_LINES <= hi and lo <= o_hi + LONELY_LINES
                for o_lo, o_hi, other in group
            )
    return alone

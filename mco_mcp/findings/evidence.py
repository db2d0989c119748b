"""What two findings of different agents show about being one problem: the features the learned weights read.

A pair's features come from the code (how surely both point at one place: `similarity.place_score`; the line
gap; how the code ties the two spans: data flow, the signature of the function, one block; same or different
functions), from the words (the cosine of the two groups' pooled term vectors, and of titles and of
recommendations alone), from the kinds of defect and the data each names (`defects`, `Outline.subjects`), and
from what each agent said (its category, whether it made only this one remark around the place). Not from the
severities: the labelled reviews rate one problem alike far more often than agents can be trusted to (weighing
the severity gap gained 13 problems held out, and split 17 of 100 synthetic problems graded at random; RESULTS.md).

The weights (`weights.py`) are fitted by `bench/findings/train.py` on the labelled reviews that are read, never
on a frozen split. One term depends on the groups rather than the two findings: the cosine of the groups' pooled
vocabularies, which grows as agents join. So a pair's log-odds is kept as `fixed + slope * cos + curve * cos**2`
and the cosine supplied when two groups are compared (`Clustering.margin_of`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mco_mcp.findings.defects import conflict, names_race
from mco_mcp.findings.similarity import Item, relation, scope_relation
from mco_mcp.findings.text import terms

# The order of the features; `weights.WEIGHTS` holds one weight per name. `cos` and the products with it are
# the cosine-dependent terms (see `Evidence`).
FEATURES = (
    "place", "cos", "title_cos", "fix_cos", "fix_missing", "gap", "same_line", "flow", "signature", "section",
    "same_scope", "other_scope", "share_kind", "kinds_conflict", "kindless", "data_conflict", "share_data",
    "dataless", "same_category", "lonely", "race", "place*cos", "cos^2", "place^2",
    "share_kind*place", "share_kind*cos", "lonely*place", "same_category*cos", "title_cos*place",
)  # fmt: skip
COSINE_TERMS = {"cos": "", "place*cos": "place", "share_kind*cos": "share_kind", "same_category*cos": "same_category"}
MAX_GAP_FEATURE = 12  # lines: beyond a dozen lines apart, further makes no difference


@dataclass(frozen=True, slots=True)
class Evidence:
    """A pair's log-odds of being one problem, given the cosine of the two groups' vocabularies."""

    fixed: float
    slope: float
    curve: float

    def log_odds(self, cos: float) -> float:
        return self.fixed + self.slope * cos + self.curve * cos * cos


def _overlap(a: str | None, b: str | None) -> float | None:
    """Share of terms two texts have in common (set cosine); None when either is missing or has no term."""
    ta, tb = (terms(a) if a else frozenset()), (terms(b) if b else frozenset())
    if not ta or not tb:
        return None
    return len(ta & tb) / math.sqrt(len(ta) * len(tb))


def features(a: Item, b: Item, place: float, lonely: int, cos: float) -> dict[str, float]:
    """The features of one pair (`place` from `similarity.place_score`, `lonely`: how many of the two are
    their agent's only remark around the place, `cos`: the cosine of their groups' vocabularies). Lines are
    compared only within one file (`gap` -1 otherwise)."""
    fa, fb = a.finding, b.finding
    pa, pb = a.anchor, b.anchor
    gap, related = -1, None
    if fa.file == fb.file and pa.lo is not None and pa.hi is not None and pb.lo is not None and pb.hi is not None:
        gap = min(MAX_GAP_FEATURE, max(0, max(pa.lo, pb.lo) - min(pa.hi, pb.hi)))
        if a.outline is not None:
            related = relation(a.outline, (pa.lo, pa.hi), (pb.lo, pb.hi))
    scope = scope_relation(pa.scope, pb.scope)
    title = _overlap(fa.title, fb.title) or 0.0
    fix = _overlap(fa.recommendation, fb.recommendation)
    share_kind = float(not a.kinds.isdisjoint(b.kinds))
    same_category = float(fa.category == fb.category)
    values = {
        "place": place, "cos": cos, "title_cos": title, "fix_cos": fix or 0.0, "fix_missing": float(fix is None),
        "gap": float(gap), "same_line": float(gap == 0), "flow": float(related == "flow"),
        "signature": float(related == "signature"), "section": float(related == "section"),
        "same_scope": float(scope == "same"), "other_scope": float(scope == "apart"), "share_kind": share_kind,
        "kinds_conflict": float(conflict(a.kinds, b.kinds)), "kindless": float((not a.kinds) + (not b.kinds)),
        "data_conflict": float(conflict(a.subjects, b.subjects)),
        "share_data": float(not a.subjects.isdisjoint(b.subjects)),
        "dataless": float((not a.subjects) + (not b.subjects)), "same_category": same_category,
        "lonely": float(lonely),
        "race": float(_names_race(a) + _names_race(b)), "place*cos": place * cos, "cos^2": cos * cos,
        "place^2": place * place, "share_kind*place": share_kind * place, "share_kind*cos": share_kind * cos,
        "lonely*place": lonely * place, "same_category*cos": same_category * cos, "title_cos*place": title * place,
    }  # fmt: skip
    return values


def _names_race(item: Item) -> bool:
    return names_race(f"{item.finding.title}\n{item.finding.description or ''}")


def evidence(values: dict[str, float], weights: dict[str, float], bias: float) -> Evidence:
    """Split a pair's weighted features into the part fixed for the pair and the parts that scale with the
    groups' cosine (the features' own `cos` is ignored: the groups' cosine replaces it)."""
    fixed = bias
    slope = 0.0
    for name, weight in weights.items():
        if name == "cos^2":
            continue
        if name in COSINE_TERMS:
            factor = COSINE_TERMS[name]
            slope += weight * (values[factor] if factor else 1.0)
        else:
            fixed += weight * values[name]
    return Evidence(fixed, slope, weights.get("cos^2", 0.0))

"""What two findings of different agents show about being one problem: the features the learned weights read.

A pair's features come from the code (how surely both point at one place: `similarity.place_score`; the line
gap; how the code ties the two spans: data flow, the signature of the function, one block; same or different
functions), from the words (the cosine of the two groups' pooled term vectors, and of titles and of
recommendations alone, and how often the words one title has and the other lacks were seen naming one problem
in the labelled reviews: `title_links`), from the kinds of defect and the data each names (`defects`,
`Outline.subjects`), and from what each agent said (its category, whether it made only this one remark around
the place). Not from the severities: the labelled reviews rate one problem alike far more often than agents can
be trusted to (weighing the severity gap gained 13 problems held out, and split 17 of 100 synthetic problems
graded at random; RESULTS.md).

The weights (`weights.py`) are fitted by `bench/findings/train.py` on the labelled reviews that are read, never
on a frozen split. One term depends on the groups rather than the two findings: the cosine of the groups' pooled
vocabularies, which grows as agents join. So a pair's log-odds is kept as `fixed + slope * cos + curve * cos**2`
and the cosine supplied when two groups are compared (`Clustering.margin_of`).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from mco_mcp.findings.defects import conflict, kinds_conflict, names_race
from mco_mcp.findings.similarity import Item, relation, scope_relation
from mco_mcp.findings.term_links import LINKS
from mco_mcp.findings.text import terms

# The order of the features; `weights.WEIGHTS` holds one weight per name. `cos` and the products with it are
# the cosine-dependent terms (see `Evidence`).
FEATURES = (
    "place", "cos", "title_cos", "fix_cos", "fix_missing", "gap", "same_line", "flow", "signature", "section",
    "same_scope", "other_scope", "share_kind", "kinds_conflict", "kindless", "data_conflict", "share_data",
    "dataless", "same_category", "lonely", "race", "place*cos", "cos^2", "place^2",
    "share_kind*place", "share_kind*cos", "lonely*place", "same_category*cos", "title_cos*place", "title_links",
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


@lru_cache(maxsize=65536)
def title_words(text: str) -> frozenset[str]:
    """The words of a title that can link to another title's: no identifiers (they name this code, not a kind
    of problem)."""
    return frozenset(t for t in terms(text) if not t.startswith("`"))


def link_key(u: str, v: str) -> str:
    return f"{u} {v}" if u < v else f"{v} {u}"


def title_links(a: str, b: str, links: Mapping[str, float]) -> float:
    """How strongly the words one title has and the other lacks were seen naming one problem ("shell" in one,
    "command" in the other; `links`, fitted by `bench/findings/train.py`); shared words count elsewhere
    (`title_cos`). See `linked`."""
    wa, wb = title_words(a), title_words(b)
    return linked(wa - wb, wb - wa, links)


def linked(only_a: Collection[str], only_b: Collection[str], links: Mapping[str, float]) -> float:
    """Each word's strongest link to a word of the other side, averaged over the words of both sides. An
    average of best links, not a sum over all pairs: it never exceeds the strongest link, so a title stuffed
    with linked words scores no more than its one best-linked word would."""
    if not only_a or not only_b:
        return 0.0
    best_a = dict.fromkeys(only_a, 0.0)
    best_b = dict.fromkeys(only_b, 0.0)
    for u in only_a:
        for v in only_b:
            link = links.get(link_key(u, v))
            if link is not None:
                best_a[u] = max(best_a[u], link)
                best_b[v] = max(best_b[v], link)
    # fsum is exactly rounded: the sets' iteration order cannot change the result.
    return math.fsum((*best_a.values(), *best_b.values())) / (len(best_a) + len(best_b))


def features(
    a: Item, b: Item, place: float, lonely: int, cos: float, links: Mapping[str, float] = LINKS
) -> dict[str, float]:
    """The features of one pair (`place` from `similarity.place_score`, `lonely`: how many of the two are
    their agent's only remark around the place, `cos`: the cosine of their groups' vocabularies, `links`: the
    word links of `title_links`). Lines are compared only within one file (`gap` -1 otherwise)."""
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
        "kinds_conflict": float(kinds_conflict(a.kinds, b.kinds)), "kindless": float((not a.kinds) + (not b.kinds)),
        "data_conflict": float(conflict(a.subjects, b.subjects)),
        "share_data": float(not a.subjects.isdisjoint(b.subjects)),
        "dataless": float((not a.subjects) + (not b.subjects)), "same_category": same_category,
        "lonely": float(lonely),
        "race": float(_names_race(a) + _names_race(b)), "place*cos": place * cos, "cos^2": cos * cos,
        "place^2": place * place, "share_kind*place": share_kind * place, "share_kind*cos": share_kind * cos,
        "lonely*place": lonely * place, "same_category*cos": same_category * cos, "title_cos*place": title * place,
        "title_links": title_links(fa.title, fb.title, links),
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

"""Grouping findings into problems: agglomerative, most convincing join first.

Two groups join when the learned log-odds that they are one problem (`evidence`, weights fitted by
`bench/findings/train.py` on the labelled reviews that are read, never on a frozen split) clears `Model.threshold`.
Between groups, the log-odds is the average over every pair of their members, each pair's with the cosine of
the two groups' summed term vectors (so a group's vocabulary grows with each agent that joins it, and a terse
report can still join the problem others described at length). Every pair of members must be placeable
together (same file, lines within reach), so groups cannot chain along a file. A group never holds two findings
of one provider: an agent that reports two things near each other has told us they are two problems. Nor two
findings naming different kinds of defect (none of one family: `defects.kinds_conflict`), or one defect in
different data (`defects.conflict`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from mco_mcp.findings import similarity, term_links, weights
from mco_mcp.findings.defects import conflict, kinds_conflict
from mco_mcp.findings.evidence import Evidence, evidence, features
from mco_mcp.findings.similarity import Item

# The margin of two clusters naming different kinds of defect (or different data): below any log-odds.
CONFLICT = -math.inf
# Below this place (other files, other functions, no file at all) a join also needs the cosine of the words to
# reach _WORDS_BASE - _WORDS_PLACE * place (the rules' bar before round 10: 0.48 for two test gaps in two files).
WEAK_PLACE = 0.3
_WORDS_BASE, _WORDS_PLACE = 0.55, 0.45
# A finding that names no datum joins the group about one datum of its place when that join is this much likelier
# (in log-odds: e^1.5, four to five times) than its join to any group about other data there (`ambiguous`).
CLEAR_LEAD = 1.5


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the pair features (`evidence.FEATURES`), the bias, the log-odds a join must clear, and the
    word links the `title_links` feature reads."""

    weights: dict[str, float]
    bias: float
    threshold: float
    links: Mapping[str, float] = field(default_factory=lambda: term_links.LINKS)


MODEL = Model(weights.WEIGHTS, weights.BIAS, weights.THRESHOLD, term_links.LINKS)


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    providers: frozenset[str]
    centroid: dict[str, float]
    norm: float
    kinds: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    calls: frozenset[str] = frozenset()
    version: int = 0


def _new_cluster(index: int, item: Item) -> _Cluster:
    centroid = {t: w / item.norm for t, w in item.vector.items()}
    return _Cluster([index], frozenset({item.finding.provider}), centroid, 1.0, item.kinds, item.subjects, item.calls)


def _joined(a: _Cluster, b: _Cluster) -> _Cluster:
    centroid = dict(a.centroid)
    for term in sorted(b.centroid):
        centroid[term] = centroid.get(term, 0.0) + b.centroid[term]
    centroid = {t: centroid[t] for t in sorted(centroid)}
    norm = math.sqrt(math.fsum(v * v for v in centroid.values())) or 1.0
    return _Cluster(sorted(a.members + b.members), a.providers | b.providers, centroid, norm, a.kinds | b.kinds,
                    a.subjects | b.subjects, a.calls | b.calls, max(a.version, b.version) + 1)  # fmt: skip


def _cosine(a: _Cluster, b: _Cluster) -> float:
    return similarity.cosine(a.centroid, b.centroid) / (a.norm * b.norm)


class Clustering:
    """Agglomerative: repeatedly join the two clusters whose log-odds of being one problem clears the
    threshold by the most (see the module's docstring)."""

    def __init__(self, items: list[Item], model: Model = MODEL) -> None:
        self.items = items
        self.model = model
        self.places = similarity.pair_places(items)
        self.lonely = similarity.lonely(items)
        self.evidence: dict[tuple[int, int], Evidence] = {}
        for (i, j), place in self.places.items():
            values = features(items[i], items[j], place, self.lonely[i] + self.lonely[j], 0.0, model.links)
            self.evidence[(i, j)] = self.evidence[(j, i)] = evidence(values, model.weights, model.bias)
        self.places.update({(j, i): p for (i, j), p in list(self.places.items())})  # look-ups in either order
        self.clusters: dict[int, _Cluster] = {i: _new_cluster(i, item) for i, item in enumerate(items)}
        self.neighbours: dict[int, set[int]] = {i: set() for i in range(len(items))}
        for i, j in self.places:
            self.neighbours[i].add(j)

    def margin(self, a: int, b: int) -> float | None:
        """How far the two clusters' log-odds of being one problem exceeds the threshold; None if they can never
        join, `CONFLICT` if they cannot now."""
        return self.margin_of(self.clusters[a], self.clusters[b])

    def pair_margin(self, x: int, y: int) -> float | None:
        """The margin of two findings on their own, as if neither had joined anything yet."""
        return self.margin_of(_new_cluster(x, self.items[x]), _new_cluster(y, self.items[y]))

    def margin_of(self, ca: _Cluster, cb: _Cluster) -> float | None:
        if ca.providers & cb.providers:
            return None
        if kinds_conflict(ca.kinds, cb.kinds) or conflict(ca.subjects, cb.subjects) or conflict(ca.calls, cb.calls):
            # Different kinds of defect, one defect in different data, or the errors of different calls ignored,
            # are different problems, however close.
            # Not None: a cluster's kinds grow as it joins, so the two may share a kind later.
            return CONFLICT
        cos = _cosine(ca, cb)
        total = 0.0
        weakest = 1.0
        for x in ca.members:
            for y in cb.members:
                pair = self.evidence.get((x, y))
                if pair is None:
                    return None  # two members that cannot be one problem (another file, too far apart)
                total += pair.log_odds(cos)
                weakest = min(weakest, self.places[(x, y)])
        margin = total / (len(ca.members) * len(cb.members)) - self.model.threshold
        if weakest < WEAK_PLACE:
            # Where the labelled reviews have almost no pair of one problem (8 of some 2,900 pairs placed this
            # weakly), the weights are not trusted alone: the words must also clear the bar the rules set before
            # round 10. Else a flood of shared words (a template's titles, one fix pasted everywhere) would join
            # findings in different files or functions.
            margin = min(margin, cos - (_WORDS_BASE - _WORDS_PLACE * weakest))
        return round(margin, 9)

    def ambiguous(self, x: int, y: int) -> bool:
        """`y` names a datum of the code, and `x` could as well join another cluster about different data of
        the same place: `x` names no datum (SQL injection "in ListOrders" next to injection via `status` and
        via `order`), or names both ("SQL injection in the order listing" through `status` and `sort`, next to
        one group about each). Which one it means cannot be told, so it joins neither -- unless the code `x`
        quotes tells: its lines read `y`'s datum and not the other's (the quoted line of a query built over two
        lines carries only one of the two inputs); or, for a finding naming no datum, its words do: its join to `y`
        leads every other by `CLEAR_LEAD` (round 43). Joined to one, a finding naming both would carry the other's
        datum into the group and let the other's findings follow (round 14)."""
        cx, cy = self.clusters[x], self.clusters[y]
        if not cy.subjects:
            return False
        read = self._read(x)
        # Which datum a finding that names none means, its words may still tell: when they make its join to `y` far
        # likelier than to any group about other data here (it shares "drop-off search" with the `name` findings and
        # nothing with the "ORDER BY" ones), it joins `y`. In the read sets every join so blocked with a lead of 1.0
        # or more was right (round 43). A finding naming both data stays apart whatever its words: it would carry
        # the other datum into the group.
        lead = self.margin(x, y) if not cx.subjects else None
        rival = -math.inf if lead is None else lead - CLEAR_LEAD
        for z in sorted(self.neighbours[x]):
            cz = self.clusters.get(z)
            if z == y or cz is None or not conflict(cy.subjects, cz.subjects) or conflict(cx.subjects, cz.subjects):
                continue
            if read & cy.subjects and not read & cz.subjects:
                continue
            margin = self.margin(x, z)
            if margin is not None and margin >= 0 and margin > rival:
                return True
        return False

    def join(self, a: int, b: int) -> None:
        """Join cluster `b` into cluster `a` after `run` (an adjudicator's verdict; see `findings.unsure`).
        The caller has checked the join; neighbours are not kept up to date (no further run follows)."""
        self.clusters[a] = _joined(self.clusters[a], self.clusters[b])
        del self.clusters[b]

    def regroup(self, key: int, parts: list[list[int]]) -> None:
        """Replace cluster `key` by `parts` (a partition of its members; an adjudicator's "different" cut it,
        see `findings.unsure.split_different`). Keys stay member indexes: each part is keyed by its smallest
        member. Neighbours are not kept up to date (no further run follows)."""
        assert sorted(m for part in parts for m in part) == sorted(self.clusters[key].members)
        del self.clusters[key]
        for part in parts:
            built = _new_cluster(part[0], self.items[part[0]])
            for m in part[1:]:
                built = _joined(built, _new_cluster(m, self.items[m]))
            self.clusters[min(part)] = built

    def _read(self, x: int) -> frozenset[str]:
        """Names the lines cluster `x`'s members quote verbatim read (lower-cased too, for the keys a
        finding may name), and the keys they look up; empty when none quotes its file."""
        names: set[str] = set()
        for m in self.clusters[x].members:
            item = self.items[m]
            anchor = item.anchor
            if item.outline is None or not anchor.exact or anchor.lo is None or anchor.hi is None:
                continue
            for line in range(anchor.lo, anchor.hi + 1):
                used = item.outline.uses(line) | item.outline.defs(line)
                names.update(used)
                names.update(n.lower() for n in used)
                # A key looked up is a datum read (`$_GET['q']`, `params[:sort]` aside): a finding's subjects
                # include the function's keys, so its reads do too.
                names.update(item.outline.keys_on(line))
                names.update(item.outline.fields_on(line))  # and a field read, as a finding may name it
                # and a name that is a keyword elsewhere (`from` is a Go variable, a Python keyword): a finding may
                # name it as the datum ("the `from` parameter"), and the line then reads it.
                names.update(item.outline.identifiers_on(line))
        return frozenset(names)

    def run(self) -> list[list[int]]:
        """The clusters, as sorted lists of item indexes."""
        heap: list[tuple[float, int, int, int, int]] = []

        def push(a: int, b: int) -> None:
            a, b = min(a, b), max(a, b)
            margin = self.margin(a, b)
            if margin is None:
                # Clusters only grow: a provider in both, or two members that cannot be one problem,
                # stays so. Forget the pair for good.
                self.neighbours[a].discard(b)
                self.neighbours[b].discard(a)
            elif margin >= 0:
                heapq.heappush(heap, (-margin, a, b, self.clusters[a].version, self.clusters[b].version))

        for a in sorted(self.neighbours):
            for b in sorted(self.neighbours[a]):
                if a < b:
                    push(a, b)
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            ca, cb = self.clusters.get(a), self.clusters.get(b)
            if ca is None or cb is None or ca.version != va or cb.version != vb:
                continue  # stale: one side has changed since this pair was scored
            if self.ambiguous(a, b) or self.ambiguous(b, a):
                continue
            self.clusters[a] = _joined(ca, cb)
            del self.clusters[b]
            around = (self.neighbours.pop(b) | self.neighbours[a]) - {a, b}
            self.neighbours[a] = around
            for other in sorted(around):
                self.neighbours[other].discard(b)
                self.neighbours[other].add(a)
                push(a, other)
        return [self.clusters[k].members for k in sorted(self.clusters)]

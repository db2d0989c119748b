"""Grouping findings into problems: agglomerative, most convincing join first.

A join needs meaning >= _BASE - _PLACE_WEIGHT * place + category adjustment: the surer the two point at one
place, the less wording they must share. Between clusters, place is the weakest place of any two of their
members that have a file (so clusters cannot chain along a file), and meaning is the cosine of their summed
term vectors (so a cluster's vocabulary grows with each agent that joins it, and a terse report can still
join the problem others described at length). A cluster never holds two findings of one provider: an agent
that reports two things near each other has told us they are two problems.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass

from mco_mcp.findings import similarity
from mco_mcp.findings.defects import conflict
from mco_mcp.findings.similarity import Item

# At place 1 (both quote the same line) a term or two in common is enough (0.10); at the place of a
# finding without a file the wording itself must agree (0.44).
_BASE = 0.55
_PLACE_WEIGHT = 0.45
_FLOOR = 0.15  # even on the very same line, two findings must share some meaning...
_LONELY_BONUS = 0.08  # ...less when each of two agents made only that one remark around the place
_LONELY_FLOOR = 0.05
_LONELY_PLACE = 0.8
CONFLICT = -1.0  # the margin of two clusters naming different kinds of defect (or different data)
# Category disagreement makes a join stricter; kinds often confused with each other cost nothing.
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


def _adjustment(a: Iterable[str], b: Iterable[str]) -> float:
    """Threshold change for the categories two groups of findings were filed under."""
    sa, sb = set(a), set(b)
    if sa & sb:
        return -0.05
    return min(_RELATED.get(frozenset({ca, cb}), 0.1) for ca in sa for cb in sb)


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    providers: frozenset[str]
    categories: list[str]
    centroid: dict[str, float]
    norm: float
    kinds: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    version: int = 0


def _new_cluster(index: int, item: Item) -> _Cluster:
    centroid = {t: w / item.norm for t, w in item.vector.items()}
    return _Cluster([index], frozenset({item.finding.provider}), [item.finding.category], centroid, 1.0, item.kinds,
                    item.subjects)  # fmt: skip


def _joined(a: _Cluster, b: _Cluster) -> _Cluster:
    centroid = dict(a.centroid)
    for term in sorted(b.centroid):
        centroid[term] = centroid.get(term, 0.0) + b.centroid[term]
    centroid = {t: centroid[t] for t in sorted(centroid)}
    norm = math.sqrt(math.fsum(v * v for v in centroid.values())) or 1.0
    return _Cluster(sorted(a.members + b.members), a.providers | b.providers, a.categories + b.categories, centroid,
                    norm, a.kinds | b.kinds, a.subjects | b.subjects, max(a.version, b.version) + 1)  # fmt: skip


def _cosine(a: _Cluster, b: _Cluster) -> float:
    return similarity.cosine(a.centroid, b.centroid) / (a.norm * b.norm)


class Clustering:
    """Agglomerative: repeatedly join the two clusters whose meaning exceeds what their place requires by
    the most. Place between clusters is the weakest place of any two of their members (no chaining along
    a file); meaning is the cosine of their summed term vectors, so a cluster's vocabulary grows with
    each agent that joins it."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.places = similarity.pair_places(items)
        self.places.update({(j, i): p for (i, j), p in list(self.places.items())})  # look-ups in either order
        self.lonely = similarity.lonely(items)
        self.clusters: dict[int, _Cluster] = {i: _new_cluster(i, item) for i, item in enumerate(items)}
        self.neighbours: dict[int, set[int]] = {i: set() for i in range(len(items))}
        for i, j in self.places:
            if i > j:
                continue
            # Without a shared term the cosine is 0 and no floor is met, now or after any join.
            if not items[i].vector.keys().isdisjoint(items[j].vector):
                self.neighbours[i].add(j)
                self.neighbours[j].add(i)

    def margin(self, a: int, b: int) -> float | None:
        """How far the two clusters' meaning exceeds what their place requires; None if they can never join."""
        return self.margin_of(self.clusters[a], self.clusters[b])

    def pair_margin(self, x: int, y: int) -> float | None:
        """The margin of two findings on their own, as if neither had joined anything yet."""
        return self.margin_of(_new_cluster(x, self.items[x]), _new_cluster(y, self.items[y]))

    def margin_of(self, ca: _Cluster, cb: _Cluster) -> float | None:
        if ca.providers & cb.providers:
            return None
        if conflict(ca.kinds, cb.kinds) or conflict(ca.subjects, cb.subjects):
            # Different kinds of defect, or one defect in different data, are different problems, however close. Not None: a cluster's kinds
            # grow as it joins, so the two may share a kind later.
            return CONFLICT
        places = []
        for x in ca.members:
            for y in cb.members:
                place = self.places.get((x, y))
                if place is None:
                    return None
                if self.items[x].finding.file and self.items[y].finding.file:
                    places.append(place)
        # The weakest place between members that both have a file; a member without one does not
        # drag the whole cluster down to "unknown place".
        place = min(places) if places else similarity.UNKNOWN_PLACE
        threshold = _BASE - _PLACE_WEIGHT * place + _adjustment(ca.categories, cb.categories)
        floor = _FLOOR
        lonely = all(self.lonely[m] for m in ca.members + cb.members)
        if place >= _LONELY_PLACE and (lonely or not ca.kinds.isdisjoint(cb.kinds)):
            # Each agent involved made this one remark only around this place, or both name the same kind
            # of defect there (an injection, a race): likely the same problem, whatever other words they use.
            threshold -= _LONELY_BONUS
            floor = _LONELY_FLOOR
        threshold = max(floor, threshold)
        return round(_cosine(ca, cb) - threshold, 9)

    def ambiguous(self, x: int, y: int) -> bool:
        """`x` names no datum of the code, `y` does, and `x` could as well join another cluster about
        different data of the same place (SQL injection "in ListOrders" next to injection via `status` and
        via `order`): which one it means cannot be told, so it joins neither -- unless the code `x` quotes
        tells: its lines read `y`'s datum and not the other's (the quoted line of a query built over two
        lines carries only one of the two inputs)."""
        cx, cy = self.clusters[x], self.clusters[y]
        if cx.subjects or not cy.subjects:
            return False
        read = self._read(x)
        for z in sorted(self.neighbours[x]):
            cz = self.clusters.get(z)
            if z == y or cz is None or not conflict(cy.subjects, cz.subjects):
                continue
            if read & cy.subjects and not read & cz.subjects:
                continue
            margin = self.margin(x, z)
            if margin is not None and margin >= 0:
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

"""The pairs the merger's rules are unsure of, both ways: joining the ones an adjudicator calls the same
problem, and cutting a group where it calls two findings different problems.

After the rules have grouped the findings (`cluster.Clustering.run`), a pair of findings is *unsure* when:
both cite the same file and sit near each other (the rules placed them: `similarity.pair_places`), they come
from different agents and ended in different groups, their groups could still be joined (no agent in both,
no conflicting kind of defect or datum, every member placed near every other), and the evidence of the two
findings on their own falls short of a join by less than `BAND` or cleared it while the rules abstained
(a finding naming no datum next to two groups about different data). Pairs the rules reject outright (two
kinds of defect, different data: margin `CONFLICT`) are clear, not unsure, and never asked.

Joins: a verdict "same" joins the two groups when the joined group is still one the rules could have
built (`Clustering.margin_of` is not None and not `CONFLICT`: in particular never two findings of one
agent) and no pair answered "different" spans them. Joins are taken one at a time, most convincing pair
first, each re-checked against the groups as they are by then, so a chain of "same" answers can never
carry a group past what the rules would accept of it as a whole.

Cuts (`weak_joins`, `split_different`): the rules join on the pooled words of a group, and at a place the
code ties together on a term or two in common, so two neighbouring problems each seen by different agents
can end in one group. What holds a group together is the maximum spanning tree of its findings under their
own pair margins; a link of it below `BAND` (the same band, above the bar) is *weak*: the group hangs on it,
and a group fused from two problems hangs on one unless some finding of one problem is close to one of the
other on its own. Weak links are asked like join candidates; a "different" cuts the tree there and each part
becomes a group; "same", "unsure" or no answer leave the group as it is. A cut never joins anything and
never drops a finding. Cuts are made before joins (`cut_then_join`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mco_mcp.findings.cluster import CONFLICT, Clustering

BAND = 1.5  # how far below the bar (in log-odds, see `cluster`) a pair may fall and still be asked
MAX_CANDIDATES = 200  # unsure pairs listed at all (the prompt takes fewer; see jobs.adjudication_prompt)

PairVerdict = Literal["same", "different", "unsure"]


@dataclass(frozen=True, slots=True)
class UnsurePair:
    """Two findings (indexes into `Clustering.items`) and how far their evidence is from a join."""

    a: int
    b: int
    margin: float
    place: float
    split: bool = False  # a weak link of one group (`weak_joins`), not a join candidate: "different" cuts it


@dataclass(slots=True)
class JoinResult:
    joined: int = 0  # "same" verdicts that joined two groups
    already: int = 0  # "same" verdicts whose two findings an earlier join had put together
    refused: int = 0  # "same" verdicts the joined group's consistency check turned down


def _group_of(clustering: Clustering) -> dict[int, int]:
    return {m: key for key, c in clustering.clusters.items() for m in c.members}


def _joinable(clustering: Clustering, ka: int, kb: int) -> bool:
    margin = clustering.margin(ka, kb)
    return margin is not None and margin > CONFLICT


def unsure_pairs(clustering: Clustering, band: float = BAND, limit: int = MAX_CANDIDATES) -> list[UnsurePair]:
    """The unsure pairs of a clustering that has run, most likely the same problem first; at most one pair
    per two groups (the one with the best evidence) and at most `limit` in all."""
    group = _group_of(clustering)
    items = clustering.items
    best: dict[tuple[int, int], UnsurePair] = {}
    for (a, b), place in sorted(clustering.places.items()):
        if a > b or group[a] == group[b]:
            continue
        fa, fb = items[a].finding, items[b].finding
        if not fa.file or fa.file != fb.file:
            continue  # "nearby" needs a file both cite
        margin = clustering.pair_margin(a, b)
        if margin is None or margin <= CONFLICT or margin < -band:
            continue
        key = (min(group[a], group[b]), max(group[a], group[b]))
        if key in best and best[key].margin >= margin:
            continue
        if key not in best and not _joinable(clustering, *key):
            continue
        best[key] = UnsurePair(a, b, margin, place)
    ranked = sorted(best.values(), key=lambda p: (-p.margin, p.a, p.b))
    return ranked[:limit]


def join_same(clustering: Clustering, answered: list[tuple[UnsurePair, PairVerdict]]) -> JoinResult:
    """Join the groups of each pair answered "same", in the order given (most convincing first), as long as
    the joined group stays consistent (see the module docstring). Other verdicts join nothing: an "unsure"
    or a missing answer leaves the pair as the rules decided, a "different" also blocks any later join that
    would put its two findings together."""
    result = JoinResult()
    different = [(p.a, p.b) for p, verdict in answered if verdict == "different"]
    for pair, verdict in answered:
        if verdict != "same":
            continue
        group = _group_of(clustering)
        ka, kb = group[pair.a], group[pair.b]
        if ka == kb:
            result.already += 1
            continue
        members = {ka: set(clustering.clusters[ka].members), kb: set(clustering.clusters[kb].members)}
        spans = any((x in members[ka] and y in members[kb]) or (x in members[kb] and y in members[ka])
                    for x, y in different)  # fmt: skip
        if spans or not _joinable(clustering, ka, kb):
            result.refused += 1
            continue
        clustering.join(min(ka, kb), max(ka, kb))
        result.joined += 1
    return result


def _links(clustering: Clustering, members: list[int]) -> list[tuple[float, int, int]]:
    """What holds a group together: the maximum spanning tree of its members under their own pair margins
    (Prim's, ties by index, so the same on every run), as (margin, a, b). A pair without a margin (never
    placed, one agent) counts as `CONFLICT`."""
    if len(members) < 2:
        return []
    inside = {members[0]}
    best: dict[int, tuple[float, int]] = {}
    links = []

    def offer(source: int) -> None:
        for other in members:
            if other in inside:
                continue
            margin = clustering.pair_margin(source, other)
            score = CONFLICT if margin is None else margin
            if other not in best or (score, -source) > (best[other][0], -best[other][1]):
                best[other] = (score, source)

    offer(members[0])
    while len(inside) < len(members):
        nxt = max(best, key=lambda m: (best[m][0], -m))
        score, source = best.pop(nxt)
        inside.add(nxt)
        links.append((score, min(source, nxt), max(source, nxt)))
        offer(nxt)
    return links


def weak_joins(clustering: Clustering, band: float = BAND, limit: int = MAX_CANDIDATES) -> list[UnsurePair]:
    """The weak links of a clustering that has run: in each group, the links of its maximum spanning tree
    (see `_links`) whose margin is below `band` -- the group's pooled words, or one pair barely over the
    bar, carried the join across them. A group fused from two neighbouring problems hangs on such a link
    whichever side has more findings. Each as an `UnsurePair` with `split=True`, weakest first, `limit` in
    all; only links between two findings of one file (there is code to show)."""
    items = clustering.items
    found = []
    for cluster in clustering.clusters.values():
        for margin, a, b in _links(clustering, cluster.members):
            if margin >= band or not items[a].finding.file or items[a].finding.file != items[b].finding.file:
                continue
            found.append(UnsurePair(a, b, margin, clustering.places.get((a, b), 0.0), split=True))
    return sorted(found, key=lambda p: (p.margin, p.a, p.b))[:limit]


def by_doubt(joins: list[UnsurePair], splits: list[UnsurePair]) -> list[UnsurePair]:
    """Both kinds of question in one order, the closest to the rules' bar first (the least sure decisions):
    a join candidate below the bar or a weak join above it, by the distance of its margin from the bar; an
    abstention (a join candidate above the bar the rules did not take) counts as on the bar."""

    def doubt(pair: UnsurePair) -> float:
        return abs(pair.margin) if pair.split or pair.margin < 0 else 0.0

    return sorted(joins + splits, key=lambda p: (doubt(p), p.split, p.a, p.b))


def _parts(members: list[int], links: list[tuple[int, int]]) -> list[list[int]]:
    """The connected parts of `members` joined by `links`, each sorted, in order of their smallest member."""
    parent = {m: m for m in members}

    def root(m: int) -> int:
        while parent[m] != m:
            parent[m] = parent[parent[m]]
            m = parent[m]
        return m

    for a, b in links:
        parent[root(a)] = root(b)
    parts: dict[int, list[int]] = {}
    for m in members:
        parts.setdefault(root(m), []).append(m)
    return sorted(sorted(part) for part in parts.values())


def split_different(clustering: Clustering, answered: list[tuple[UnsurePair, PairVerdict]]) -> int:
    """Cut each group at the links answered "different" (see `weak_joins`): the group's spanning tree without
    those links falls into parts, each a group of its own. Returns how many cuts were made. Only cuts: other
    verdicts, and the join candidates' verdicts, change nothing here (see `join_same`)."""
    cut = {(min(p.a, p.b), max(p.a, p.b)) for p, verdict in answered if p.split and verdict == "different"}
    if not cut:
        return 0
    done = 0
    for key in sorted(clustering.clusters):
        members = clustering.clusters[key].members
        links = _links(clustering, members)
        kept = [(a, b) for _, a, b in links if (a, b) not in cut]
        if len(kept) < len(links):
            done += len(links) - len(kept)
            clustering.regroup(key, _parts(members, kept))
    return done


def cut_then_join(clustering: Clustering, answered: list[tuple[UnsurePair, PairVerdict]]) -> tuple[int, JoinResult]:
    """An adjudicator's verdicts applied: cuts first ("different" on weak links), then joins ("same" on join
    candidates; a "different" on any pair also blocks a join that would put its two findings together
    again). Returns the cuts made and the joins' result."""
    cuts = split_different(clustering, answered)
    return cuts, join_same(clustering, [(p, v) for p, v in answered if not p.split or v == "different"])

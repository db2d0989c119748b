"""The pairs the merger's rules are unsure of, and joining the ones an adjudicator calls the same problem.

After the rules have grouped the findings (`cluster.Clustering.run`), a pair of findings is *unsure* when:
both cite the same file and sit near each other (the rules placed them: `similarity.pair_places`), they come
from different agents and ended in different groups, their groups could still be joined (no agent in both,
no conflicting kind of defect or datum, every member placed near every other), and the evidence of the two
findings on their own falls short of a join by less than `BAND` or cleared it while the rules abstained
(a finding naming no datum next to two groups about different data). Pairs the rules reject outright (two
kinds of defect, different data: margin `CONFLICT`) are clear, not unsure, and never asked.

Only joins: a verdict "same" joins the two groups when the joined group is still one the rules could have
built (`Clustering.margin_of` is not None and not `CONFLICT`: in particular never two findings of one
agent) and no pair answered "different" spans them. Joins are taken one at a time, most convincing pair
first, each re-checked against the groups as they are by then, so a chain of "same" answers can never
carry a group past what the rules would accept of it as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mco_mcp.findings.cluster import CONFLICT, Clustering

BAND = 0.15  # how far below the rules' bar a pair may fall and still be asked
MAX_CANDIDATES = 200  # unsure pairs listed at all (the prompt takes fewer; see jobs.adjudication_prompt)

PairVerdict = Literal["same", "different", "unsure"]


@dataclass(frozen=True, slots=True)
class UnsurePair:
    """Two findings (indexes into `Clustering.items`) and how far their evidence is from a join."""

    a: int
    b: int
    margin: float
    place: float


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

"""Stress the merger's precision on the near-miss pairs of the tuning sets: agents that each saw only one side.

    python bench/findings/nearmiss.py                      # original, tune, tune2, tune3, tune4: the rules alone
    python bench/findings/nearmiss.py --sets tune3 --list  # also name each pair fused under stress
    python bench/findings/nearmiss.py --panels all         # the adjudication pass on each probe (simulated panels)
    python bench/findings/nearmiss.py --witness            # one agent that reported both keeps both

On the labelled sets most near-miss pairs (two distinct problems a line or two apart, worded alike) are
reported by agents that saw both, and a cluster never holds two findings of one agent: that alone keeps
most pairs apart. On a review nobody tuned on, many problems are seen by one or two agents only (test2:
37 of 66 problems by at most two), and then nothing but place and words tells the two problems apart.
This bench takes that away on purpose. For each near-miss pair (A, B) of a case, and each of two parities,
every agent that reported A or B keeps only one of them (the agents reporting both alternate: the first
keeps A, the next B, ...; parity 1 starts with B); every other finding of the case stays. The merger runs on
what is left (extraction as in score.py, then the rules' grouping), and the pair is *fused* when one group
holds a finding of A and one of B. Also counted: the problems A and B themselves still merged exactly
(their remaining findings in one group, nothing else in it), so a rule that buys precision by splitting
everything shows here too.

It measures the rules that keep neighbours apart without the same-agent constraint, on data the rules were
tuned on (original, tune, tune2, tune3, tune4): not a generalisation measure by itself, but a far larger and
harder sample of near-miss situations (two variants of each pair, every other finding around) than the sets'
own 0-fused lines. With `--panels`, the adjudication pass of `adjudicate.py` (same simulated adjudicators,
answering from the labels) runs on each probe before the pair is checked. The frozen splits are never run.
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parents[1]))
sys.path.insert(0, str(BENCH))

import adjudicate  # noqa: E402
import score  # noqa: E402

from mco_mcp.findings.extract import extract_findings  # noqa: E402
from mco_mcp.findings.merge import group_findings  # noqa: E402
from mco_mcp.findings.model import ProviderFinding  # noqa: E402

DEFAULT_SETS = tuple(s for s in ("original", *score.TUNING)
                     if s == "original" or (score.SPLITS / s).is_dir())  # fmt: skip


@dataclass
class Stress:
    split: str
    probes: int = 0  # (pair, parity) runs where both sides kept at least one finding
    fused: int = 0
    sides: int = 0  # problems A or B of a probe with >= 1 finding left
    sides_exact: int = 0
    names: list[str] = field(default_factory=list)


def _pairs(truth: dict) -> list[tuple[str, str]]:
    return [(p["a"], p["b"]) if isinstance(p, dict) else (p[0], p[1]) for p in truth["confusable"]]


def stress_case(case: score.Case, panel: str = "none", split: bool = True,
                witness: bool = False) -> tuple[int, int, int, int, list[str]]:  # fmt: skip
    extracted = {p: extract_findings(text, case.repo, p)[0] for p, text in case.answers.items()}
    labels = score._labels(case.truth, extracted)
    probes = fused = sides = sides_exact = 0
    names = []
    for a, b in _pairs(case.truth):
        for parity in (0, 1):
            keep: dict[str, list[ProviderFinding]] = {}
            label_of: dict[int, str] = {}
            turn = parity
            both = [p for p in sorted(extracted) if {a, b} <= {labels.get((p, i)) for i in range(len(extracted[p]))}]
            if witness and not both:
                continue
            for provider in sorted(extracted):
                has = {labels.get((provider, i)) for i in range(len(extracted[provider]))}
                drop = None
                if witness and provider == both[parity % len(both)]:
                    pass  # the witness: reports both problems, as it did
                elif a in has and b in has:
                    drop = b if turn % 2 == 0 else a
                    turn += 1
                kept = []
                for i, f in enumerate(extracted[provider]):
                    problem = labels.get((provider, i))
                    if problem is not None and problem == drop:
                        continue
                    kept.append(f)
                    if problem is not None:
                        label_of[id(f)] = problem
                keep[provider] = kept
            left = {p for p in label_of.values() if p in (a, b)}
            if left != {a, b}:
                continue
            probes += 1
            clustering = group_findings(keep, case.repo)
            if adjudicate.PANELS[panel] is not None:
                label = [label_of.get(id(item.finding)) for item in clustering.items]
                rng = random.Random(zlib.crc32(f"{case.name}/{a}/{b}/{parity}".encode()))
                adjudicate.adjudicate(clustering, case.repo, adjudicate.PANELS[panel], label, rng, adjudicate.Row(),
                                      split=split)  # fmt: skip
            groups = [[label_of.get(id(clustering.items[m].finding)) for m in c.members]
                      for c in clustering.clusters.values()]  # fmt: skip
            if any(a in g and b in g for g in groups):
                fused += 1
                names.append(f"{case.name}: {a} + {b} (parity {parity})")
            for side in (a, b):
                holding = [g for g in groups if side in g]
                sides += 1
                sides_exact += len(holding) == 1 and all(x == side for x in holding[0])
    return probes, fused, sides, sides_exact, names


def stress(split: str, shape: str = "nested", panel: str = "none", with_split: bool = True,
           witness: bool = False) -> Stress:  # fmt: skip
    out = Stress(split)
    for case in score.cases(split, shape):
        probes, fused, sides, exact, names = stress_case(case, panel, with_split, witness)
        out.probes += probes
        out.fused += fused
        out.sides += sides
        out.sides_exact += exact
        out.names += names
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--shape", choices=score.SHAPES, default="nested")
    parser.add_argument("--list", action="store_true", help="name every pair fused under stress")
    parser.add_argument("--panels", default="none",
                        help=f"comma-separated simulated adjudicators run on each probe ({', '.join(adjudicate.PANELS)}; "
                             "see adjudicate.py), or 'all'")  # fmt: skip
    parser.add_argument("--no-split", action="store_true", help="the adjudicator is asked about join candidates only")
    parser.add_argument("--witness", action="store_true",
                        help="one agent that reported both problems keeps both (the others one side each); "
                             "only pairs some agent reported both of")  # fmt: skip
    args = parser.parse_args(argv)
    panels = list(adjudicate.PANELS) if args.panels == "all" else [p for p in args.panels.split(",") if p]
    if unknown := [p for p in panels if p not in adjudicate.PANELS]:
        parser.error(f"unknown panel(s) {unknown}")
    sets = [s for s in args.sets.split(",") if s]
    if frozen := [s for s in sets if s in score.FROZEN]:
        parser.error(f"{frozen} are frozen splits: never run here")
    print("near-miss pairs with each agent keeping one side: probes fused, sides still merged exactly")
    if args.no_split:
        print("(the adjudicator is asked about join candidates only: --no-split)")
    if args.witness:
        print("(with a witness: one agent that reported both problems keeps both)")
    print(f"{'set':<10}{'panel':<18}{'probes':>8}{'fused':>8}{'share':>8}{'sides exact':>16}")
    for panel in panels:
        total = Stress("all")
        for split in sets:
            s = stress(split, args.shape, panel, not args.no_split, args.witness)
            print(f"{split:<10}{panel:<18}{s.probes:>8}{s.fused:>8}{s.fused / max(1, s.probes):>8.0%}"
                  f"{f'{s.sides_exact} / {s.sides}':>16}")  # fmt: skip
            total.probes += s.probes
            total.fused += s.fused
            total.sides += s.sides
            total.sides_exact += s.sides_exact
            total.names += s.names
        print(f"{'all':<10}{panel:<18}{total.probes:>8}{total.fused:>8}{total.fused / max(1, total.probes):>8.0%}"
              f"{f'{total.sides_exact} / {total.sides}':>16}")  # fmt: skip
        if args.list:
            for name in total.names:
                print("  fused:", name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

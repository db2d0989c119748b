"""Measure the optional adjudication pass of the merger with SIMULATED adjudicators.

    python bench/findings/adjudicate.py                        # original, tune, tune2, tune3, both shapes
    python bench/findings/adjudicate.py --sets tune2 --shapes nested
    python bench/findings/adjudicate.py --split-band 3.0       # weak joins asked up to 3.0 above the bar (round 23)

The real path up to the adjudicator: extraction and the rules' grouping (`grouped_from_answers`), the pairs
the rules are unsure of (`findings.unsure`), the real prompt (`jobs.adjudication_prompt`, its bounds
included), the answer read back by the real parser, the joins with their consistency checks, then the
findings and their verification (`finish`), scored against the labels like `score.py`. Only the agent is
simulated: a panel answers the prompt's pairs as JSON text, from the labels:

- none: no adjudication (the rules alone; the same numbers as score.py);
- oracle: "same" exactly when both findings carry the same problem label, else "different" (upper bound:
  what a perfect adjudicator could get out of the pairs the rules put to it);
- noisy-20: the oracle, wrong on 20 % of the pairs (seeded per case, so every run prints the same);
- always-same / always-different: an adjudicator that does not read;
- garbage: an answer without any JSON (a bad answer costs the adjudication, never the review).

These are simulated adjudicators: how well a real model tells two close findings apart is NOT measured
here. What is measured: how much an adjudicator can gain or break given the pairs the rules ask about, and
what the prompt costs (tokens = characters / 4, as the fake CLIs count them). The frozen splits (test,
test2, test3) are never run here while tuning (see splits/README.md); `--score-frozen` exists for a frozen
split's one scoring at the end of a round, recorded in RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parents[1]))
sys.path.insert(0, str(BENCH))

import score  # noqa: E402

from mco_mcp.findings.extract import extract_findings  # noqa: E402
from mco_mcp.findings.pipeline import finish, grouped_from_answers  # noqa: E402
from mco_mcp.findings.cluster import Clustering  # noqa: E402
from mco_mcp.findings.unsure import BAND, by_doubt, cut_then_join, unsure_pairs, weak_joins  # noqa: E402
from mco_mcp.jobs.adjudication_prompt import build_prompt, parse_answer  # noqa: E402
from mco_mcp.jobs.crossexam_prompt import SourceFiles, estimate_tokens  # noqa: E402

# Every tuning set there is (tune3 was written after the adjudication pass and first scored with it as it
# stands; see RESULTS.md); never the frozen test split.
DEFAULT_SETS = tuple(s for s in ("original", *score.TUNING) if s == "original" or (score.SPLITS / s).is_dir())
NOISE = 0.20
# A panel: (pair id -> (label of A, label of B)), a seeded random generator -> the answer text.
Panel = Callable[[dict[str, tuple[str | None, str | None]], random.Random], str]


def _answer(verdicts: dict[str, str]) -> str:
    body = {"verdicts": [{"id": pid, "verdict": v} for pid, v in verdicts.items()]}
    return "Checked each pair.\n\n```json\n" + json.dumps(body, indent=1) + "\n```\n"


def _truth(a: str | None, b: str | None) -> str:
    return "same" if a is not None and a == b else "different"


def _noisy(pairs: dict[str, tuple[str | None, str | None]], rng: random.Random) -> str:
    flip = {"same": "different", "different": "same"}
    return _answer({pid: flip[_truth(*ab)] if rng.random() < NOISE else _truth(*ab) for pid, ab in pairs.items()})


PANELS: dict[str, Panel | None] = {
    "none": None,
    "oracle": lambda pairs, rng: _answer({pid: _truth(*ab) for pid, ab in pairs.items()}),
    "noisy-20": _noisy,
    "always-same": lambda pairs, rng: _answer(dict.fromkeys(pairs, "same")),
    "always-different": lambda pairs, rng: _answer(dict.fromkeys(pairs, "different")),
    "garbage": lambda pairs, rng: "I looked at the pairs and most of them seem fine to me.",
}


@dataclass
class Row:
    exact: int = 0
    problems: int = 0
    hits: int = 0
    predicted: int = 0
    actual: int = 0
    fused: int = 0
    lost: int = 0
    unsure: int = 0
    asked: int = 0
    same_asked: int = 0  # asked pairs whose two findings the labels call one problem
    joined: int = 0
    refused: int = 0
    tokens: int = 0
    weak: int = 0  # weak joins found (split candidates)
    split_asked: int = 0
    split: int = 0  # findings taken out of their group on a "different"

    @property
    def f1(self) -> float:
        p = self.hits / self.predicted if self.predicted else 1.0
        r = self.hits / self.actual if self.actual else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def adjudicate(grouping: Clustering, repo: Path, panel: Panel | None, label: list[str | None], rng: random.Random,
               row: Row, band: float = BAND, split: bool = True, split_band: float | None = None) -> None:  # fmt: skip
    """The pass on a clustering that has run, as the job does it (`jobs.adjudication`): the rules' join
    candidates and, with `split`, their weak joins, asked in one prompt; "different" on a weak join splits,
    then "same" joins. `label[i]` is the problem of `grouping.items[i]` (for the simulated panel)."""
    joins = unsure_pairs(grouping, band)
    splits = weak_joins(grouping, band if split_band is None else split_band) if split else []
    pairs = by_doubt(joins, splits)
    row.unsure += len(joins)
    row.weak += len(splits)
    if panel is None or not pairs:
        return
    prompt = build_prompt(pairs, grouping.items, SourceFiles(repo))
    asked = {pid: (label[p.a], label[p.b]) for pid, p in prompt.asked.items()}
    row.asked += sum(not p.split for p in prompt.asked.values())
    row.split_asked += sum(p.split for p in prompt.asked.values())
    row.same_asked += sum(_truth(*asked[pid]) == "same" for pid, p in prompt.asked.items() if not p.split)
    row.tokens += estimate_tokens(prompt.text)
    parsed = parse_answer(panel(asked, rng), set(prompt.asked))
    answered = [(pair, parsed.verdicts[pid]) for pid, pair in prompt.asked.items() if pid in parsed.verdicts]
    cuts, result = cut_then_join(grouping, answered)
    row.split += cuts
    row.joined += result.joined
    row.refused += result.refused


def run_case(case: score.Case, panel: Panel | None, row: Row, band: float = BAND, split: bool = True,
             split_band: float | None = None) -> None:
    grouping, _, _ = grouped_from_answers(case.answers, case.repo)
    extracted = {p: extract_findings(text, case.repo, p)[0] for p, text in case.answers.items()}
    labels = score._labels(case.truth, extracted)
    ref = {(p, f.title, f.file, f.line): (p, i) for p, found in extracted.items() for i, f in enumerate(found)}
    label = [labels.get(ref[(it.finding.provider, it.finding.title, it.finding.file, it.finding.line)])
             for it in grouping.items]  # fmt: skip
    adjudicate(grouping, case.repo, panel, label, random.Random(zlib.crc32(case.name.encode())), row, band, split, split_band)
    findings = finish(grouping, case.repo)
    s = score.score("merger", score.clusters_of(findings, extracted), case.truth, labels)
    row.exact += s.count("exact")
    row.problems += len(s.status)
    row.hits, row.predicted, row.actual = row.hits + s.pairs[0], row.predicted + s.pairs[1], row.actual + s.pairs[2]
    row.fused += len(s.fused)
    row.lost += s.lost_findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help="comma-separated sets (never 'test')")
    parser.add_argument("--shapes", default=",".join(score.SHAPES), help="comma-separated answer shapes")
    parser.add_argument("--band", type=float, default=BAND, help=f"how far below the rules' bar a pair is still asked (default {BAND}, the server's)")
    parser.add_argument("--split-band", type=float, default=None, help="how far above the bar a group's link is still a weak join (default: --band)")
    parser.add_argument("--no-split", action="store_true", help="ask about join candidates only (the pass before round 4)")
    parser.add_argument("--score-frozen", action="store_true",
                        help="allow a frozen split in --sets: ONLY for its one scoring at the end of a round (RESULTS.md), never while tuning")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if (frozen := [s for s in sets if s in score.FROZEN]) and not args.score_frozen:
        parser.error(f"{', '.join(frozen)}: frozen, never run here; the adjudication pass is measured on the tuning sets only")
    shapes = [s for s in args.shapes.split(",") if s]
    print("adjudication pass, SIMULATED adjudicators (answers from the labels, not a model): problems merged")
    print("exactly, pairwise F1, near-miss pairs fused, findings lost; unsure pairs, pairs asked (of which the")
    print("labels call the same problem), groups joined, joins refused by the consistency check, prompt tokens;")
    print("weak joins found, of them asked, findings split out of their group on a \"different\"")
    if args.no_split:
        print("weak joins NOT asked (--no-split)")
    if args.band != BAND:
        print(f"band {args.band} (the server asks with {BAND})")
    if args.split_band is not None:
        print(f"weak joins below {args.split_band}")
    print()
    head = (f"{'set':<10}{'shape':<8}{'panel':<18}{'exact':>9}{'F1':>7}{'fused':>6}{'lost':>5}{'unsure':>8}"
            f"{'asked':>7}{'same':>6}{'joined':>8}{'refused':>8}{'tokens':>8}{'weak':>6}{'asked':>7}{'split':>7}")  # fmt: skip
    print(head)
    for split in sets:
        for shape in shapes:
            cases = score.cases(split, shape)
            for name, panel in PANELS.items():
                row = Row()
                for case in cases:
                    run_case(case, panel, row, args.band, split=not args.no_split, split_band=args.split_band)
                asked = f"{row.asked}" if panel else "-"
                print(f"{split:<10}{shape:<8}{name:<18}{f'{row.exact}/{row.problems}':>9}{row.f1:>7.3f}{row.fused:>6}"
                      f"{row.lost:>5}{row.unsure:>8}{asked:>7}{row.same_asked if panel else '-':>6}"
                      f"{row.joined if panel else '-':>8}{row.refused if panel else '-':>8}"
                      f"{row.tokens if panel else '-':>8}{row.weak:>6}{row.split_asked if panel else '-':>7}"
                      f"{row.split if panel else '-':>7}")  # fmt: skip
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

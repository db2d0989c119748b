"""Fit the merger's pair weights (`mco_mcp/findings/weights.py`) on the labelled reviews that are read.

    python bench/findings/train.py            # fit on every read set; write mco_mcp/findings/{weights,term_links}.py
    python bench/findings/train.py --check    # fit again and fail if either file differs (tests run this)
    python bench/findings/train.py --held-out # each read set scored by weights fitted without it

The training data: every pair of findings of two different agents that the merger may place together
(`similarity.pair_places`), in every case of the read sets (`score.DEFAULT_SETS`: the original set, the tune
splits and the retired test splits; never a frozen split), labelled "one problem" or not from `truth.json`, with
the features of `mco_mcp.findings.evidence` (the cosine of the two findings' own vocabularies stands for their
groups'). The model: logistic regression with an L2 penalty of 1 on standardised features (so no feature wins
by its scale), fitted by Newton's method in plain Python, so the same data gives the same weights on every
machine, without numpy. The threshold is log-odds 0: a join where one problem is likelier than two.

The word links (`term_links.py`, read by the `title_links` feature): for every two words that one title of a
candidate pair has and the other lacks, how much likelier the pairs holding them are one problem than pairs are on
the whole (log-odds, add-one smoothed), kept when positive and seen in one problem's pairs in at least
`MIN_CASES` cases, so a link tells about a kind of problem rather than one review's words. The links a row's
feature is computed with are always counted without that row's set (cross-fitting): counted with it, the
feature would know the row's label and the fit would trust it far more than it deserves on a new review.

`--held-out` is the honest measure of what fitting buys: each read set is scored with weights fitted on the
others only, next to the shipped weights (fitted on all, the set included) and to nothing else. Frozen splits
are measured by `score.py`, once.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parents[1]))
sys.path.insert(0, str(BENCH))

import score  # noqa: E402

from mco_mcp.findings import similarity  # noqa: E402
from mco_mcp.findings.cluster import Clustering, Model  # noqa: E402
from mco_mcp.findings.evidence import FEATURES, features, link_key, linked, title_words  # noqa: E402
from mco_mcp.findings.extract import extract_findings  # noqa: E402
from mco_mcp.findings.similarity import Item, build_items  # noqa: E402
from mco_mcp.findings.source import SourceIndex  # noqa: E402

WEIGHTS_FILE = BENCH.parents[1] / "mco_mcp" / "findings" / "weights.py"
LINKS_FILE = BENCH.parents[1] / "mco_mcp" / "findings" / "term_links.py"
PENALTY = 1.0  # L2 on the standardised weights (scikit-learn's C=1)
THRESHOLD = 0.0
DIGITS = 6
MIN_CASES = 3  # a word link must be seen naming one problem in this many cases (reviews)
LINK_DIGITS = 4
LINKS = FEATURES.index("title_links")


@dataclass
class Case:
    """One labelled case, extracted and laid out as the merger sees it."""

    set: str
    name: str
    items: list[Item]
    refs: list[score.Ref]
    labels: dict[score.Ref, str]
    truth: dict
    rows: list[tuple[list[float], bool]]  # (features in FEATURES order, one problem?) per candidate pair
    words: list[tuple[tuple[str, ...], tuple[str, ...]]]  # per row: the words each title has and the other lacks


def load(split: str) -> list[Case]:
    loaded = []
    for case in score.cases(split, "nested"):
        extracted = {p: extract_findings(text, case.repo, p)[0] for p, text in case.answers.items()}
        labels = score._labels(case.truth, extracted)
        ref_of = {id(f): ref for ref, f in score._refs(extracted)}
        items = build_items(extracted, SourceIndex(case.repo))
        refs = [ref_of[id(item.finding)] for item in items]
        places = similarity.pair_places(items)
        lonely = similarity.lonely(items)
        rows, words = [], []
        for (i, j), place in sorted(places.items()):
            a, b = items[i], items[j]
            cos = similarity.cosine(a.vector, b.vector) / (a.norm * b.norm)
            values = features(a, b, place, lonely[i] + lonely[j], cos, {})  # title_links filled in per fit
            label_a, label_b = labels.get(refs[i]), labels.get(refs[j])
            rows.append(([values[name] for name in FEATURES], label_a is not None and label_a == label_b))
            wa, wb = title_words(a.finding.title), title_words(b.finding.title)
            words.append((tuple(sorted(wa - wb)), tuple(sorted(wb - wa))))
        loaded.append(Case(split, case.name, items, refs, labels, case.truth, rows, words))
    return loaded


@dataclass
class LinkCounts:
    """For each word pair: in how many one-problem pairs and other pairs it was seen, and in how many cases in a
    one-problem pair; and the one-problem and other pairs in all. Counts of disjoint sets add up and subtract."""

    words: dict[str, tuple[int, int, int]]
    same: int
    other: int


def count_links(cases: list[Case]) -> LinkCounts:
    words: dict[str, list[int]] = {}
    same = other = 0
    for case in cases:
        seen_same: set[str] = set()
        for (_, one), (only_a, only_b) in zip(case.rows, case.words, strict=True):
            same, other = same + one, other + (not one)
            for key in {link_key(u, v) for u in only_a for v in only_b}:
                words.setdefault(key, [0, 0, 0])[0 if one else 1] += 1
                if one:
                    seen_same.add(key)
        for key in seen_same:
            words[key][2] += 1
    return LinkCounts({k: (p, n, c) for k, (p, n, c) in words.items()}, same, other)


def combined(counts: list[LinkCounts]) -> LinkCounts:
    """The counts of several sets together, keeping only the word pairs that could become links (seen in
    `MIN_CASES` cases; subtracting a set only lowers that), in sorted order."""
    words: dict[str, list[int]] = {}
    for c in counts:
        for key, (p, n, cases) in c.words.items():
            entry = words.setdefault(key, [0, 0, 0])
            entry[0] += p
            entry[1] += n
            entry[2] += cases
    kept = {key: (p, n, c) for key, (p, n, c) in sorted(words.items()) if c >= MIN_CASES}
    return LinkCounts(kept, sum(c.same for c in counts), sum(c.other for c in counts))


def links_from(total: LinkCounts, minus: list[LinkCounts] | None = None) -> dict[str, float]:
    """The word links counted over `total` less the sets in `minus` (see the module's docstring)."""
    minus = minus or []
    same = total.same - sum(m.same for m in minus)
    other = total.other - sum(m.other for m in minus)
    prior = math.log(same / other)
    links = {}
    for key, (p, n, cases) in total.words.items():
        for m in minus:
            if (less := m.words.get(key)) is not None:
                p, n, cases = p - less[0], n - less[1], cases - less[2]
        if cases >= MIN_CASES:
            link = round(math.log((p + 1) / (n + 1)) - prior, LINK_DIGITS)
            if link > 0:
                links[key] = link
    return links


def with_links(cases: list[Case], links: dict[str, float]) -> list[tuple[list[float], bool]]:
    """The cases' rows with the `title_links` feature computed from `links` (`evidence.linked`, as the merger)."""
    out = []
    for case in cases:
        for (x, one), (only_a, only_b) in zip(case.rows, case.words, strict=True):
            x = list(x)
            x[LINKS] = linked(only_a, only_b, links)
            out.append((x, one))
    return out


def cross_fitted(data: dict[str, list[Case]], total: LinkCounts, counts: dict[str, LinkCounts], sets: list[str],
                 held_out: list[LinkCounts] | None = None) -> list[tuple[list[float], bool]]:  # fmt: skip
    """The rows of `sets`, each set's with the links of `total` counted without it (and without `held_out`)."""
    held_out = held_out or []
    return [row for s in sets for row in with_links(data[s], links_from(total, [*held_out, counts[s]]))]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Newton step; the matrix is positive definite)."""
    n = len(vector)
    a = [row[:] + [vector[k]] for k, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                row, top = a[r], a[col]
                for c in range(col, n + 1):
                    row[c] -= factor * top[c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))) / a[r][r]
    return out


def fit(rows: list[tuple[list[float], bool]],
        near: tuple[dict[str, float], float] | None = None) -> tuple[dict[str, float], float]:  # fmt: skip
    """Logistic regression, L2 `PENALTY` on standardised features, intercept free; raw-scale weights and bias.

    `near`: weights and bias fitted on data that overlaps these rows almost wholly (`--held-out` passes the fit on
    all sets), to start from (see `_newton`). The optimum is unique (the penalty makes the loss strictly convex), so
    a start changes only how fast it is found; a start too far for Newton's method to converge from falls back to
    the cold start at zero."""
    n, k = len(rows), len(FEATURES)
    means = [math.fsum(x[c] for x, _ in rows) / n for c in range(k)]
    scales = [math.sqrt(math.fsum((x[c] - means[c]) ** 2 for x, _ in rows) / n) or 1.0 for c in range(k)]
    data = [([1.0] + [(x[c] - means[c]) / scales[c] for c in range(k)], 1.0 if y else 0.0) for x, y in rows]
    beta = None
    if near is not None:
        slopes = [near[0][name] for name in FEATURES]
        start = [near[1] + math.fsum(w * m for w, m in zip(slopes, means, strict=True))]
        beta = _newton(data, start + [w * s for w, s in zip(slopes, scales, strict=True)], keep_hessian=True)
    if beta is None:
        beta = _newton(data, [0.0] * (k + 1), keep_hessian=False)
    if beta is None:
        raise ArithmeticError("Newton's method diverged from zero: the features must hold a non-finite value")
    weights = {name: beta[c + 1] / scales[c] for c, name in enumerate(FEATURES)}
    bias = beta[0] - math.fsum(weights[name] * means[c] for c, name in enumerate(FEATURES))
    return {name: round(w, DIGITS) for name, w in weights.items()}, round(bias, DIGITS)


def _newton(data: list[tuple[list[float], float]], beta: list[float], keep_hessian: bool) -> list[float] | None:
    """Newton's method on the penalised log-loss of `data` (standardised rows with a leading 1) from `beta`.

    With `keep_hessian`, the Hessian summed at the start is kept while each step shrinks at least fourfold (the
    chord method): near the optimum the Hessian barely moves, and a pass that sums only the gradient costs a
    small part of one that sums the Hessian too. A step that shrinks less sums it again at that point. The steps
    solve for the same zero of the gradient whatever matrix scales them. None when the steps stop being finite
    (a start too far off), or, with `keep_hessian`, when 100 steps do not converge."""
    size = len(beta)
    hess: list[list[float]] | None = None
    last = math.inf
    for _ in range(100):
        grad = [0.0] + [PENALTY * b for b in beta[1:]]
        fresh = hess is None or not keep_hessian
        if fresh:
            hess = [[0.0] * size for _ in range(size)]
            for d in range(1, size):
                hess[d][d] = PENALTY
        for z, y in data:
            t = math.fsum(b * v for b, v in zip(beta, z, strict=True))
            p = 1.0 / (1.0 + math.exp(-t)) if t >= 0 else math.exp(t) / (1.0 + math.exp(t))
            w, r = p * (1.0 - p), p - y
            for c in range(size):
                grad[c] += r * z[c]
            if fresh:
                for c in range(size):
                    wc = w * z[c]
                    if wc:
                        row = hess[c]
                        for e in range(c, size):
                            row[e] += wc * z[e]
        if fresh:
            for c in range(size):
                for e in range(c):
                    hess[c][e] = hess[e][c]
        assert hess is not None
        step = _solve(hess, grad)
        longest = max(abs(s) for s in step)
        if not math.isfinite(longest):
            return None
        if not fresh and longest > last / 4:
            hess = None  # the kept Hessian no longer scales the steps well: sum it again at this point
            continue
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        last = longest
        if longest < 1e-10:
            return beta
    return None if keep_hessian else beta


def rendered_links(links: dict[str, float]) -> str:
    lines = [
        '"""Word links of the merger\'s `title_links` feature, counted by `python bench/findings/train.py`: do not edit.',
        "",
        "Each key is two words (as `text.terms` reduces them, sorted, space-separated) that one title of a candidate pair",
        "had and the other lacked, in the labelled reviews that are read; the value is how much likelier such pairs",
        f"were one problem than pairs are on the whole (log-odds), kept when positive and seen in {MIN_CASES} cases at least;",
        "bench/findings/train.py's docstring says how. Counted in the same run as weights.py, on the sets it names",
        '(`weights.TRAINED_ON`); `tests/test_findings_train.py` counts them again and fails if this file differs."""',
        "",
        f"MIN_CASES = {MIN_CASES}",
        "LINKS: dict[str, float] = {",
        *(f'    "{key}": {value!r},' for key, value in links.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def rendered(weights: dict[str, float], bias: float, sets: tuple[str, ...], pairs: int) -> str:
    lines = [
        '"""The merger\'s pair weights, fitted by `python bench/findings/train.py`: do not edit by hand.',
        "",
        "Logistic regression over `evidence.FEATURES` (raw scale) on every pair of findings of two agents the merger",
        "may place together, in the labelled reviews that are read; `tests/test_findings_train.py` fits them again",
        'and fails if this file differs."""',
        "",
        "TRAINED_ON = (",
        *(f'    "{name}",' for name in sets),
        ")",
        f"PAIRS = {pairs}",
        f"BIAS = {bias!r}",
        f"THRESHOLD = {THRESHOLD!r}  # log-odds a join must clear: one problem likelier than two",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {weights[name]!r},' for name in FEATURES),
        "}",
        "",
    ]
    return "\n".join(lines)


def scored(cases: list[Case], model: Model) -> tuple[int, int, int]:
    """(problems merged exactly, problems, near-miss pairs fused) of `cases` grouped with `model`."""
    exact = problems = fused = 0
    for case in cases:
        clustering = Clustering(case.items, model)
        groups = clustering.run()
        result = score.score("merger", [[case.refs[m] for m in g] for g in groups], case.truth, case.labels)
        exact += result.count("exact")
        problems += len(result.status)
        fused += len(result.fused)
    return exact, problems, fused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if weights.py is not what fitting gives")
    mode.add_argument("--held-out", action="store_true", help="score each read set with weights fitted without it")
    args = parser.parse_args(argv)
    sets = score.DEFAULT_SETS
    data = {split: load(split) for split in sets}
    counts = {split: count_links(data[split]) for split in sets}
    total = combined(list(counts.values()))
    rows = cross_fitted(data, total, counts, list(sets))
    weights, bias = fit(rows)
    links = links_from(total)
    texts = {WEIGHTS_FILE: rendered(weights, bias, sets, len(rows)), LINKS_FILE: rendered_links(links)}
    if args.check:
        stale = [path.name for path, text in texts.items() if path.read_text(encoding="utf-8") != text]
        if stale:
            print(f"{', '.join(stale)}: not what fitting on {', '.join(sets)} gives: run bench/findings/train.py")
            return 1
        print(f"{WEIGHTS_FILE.name}, {LINKS_FILE.name}: as fitted ({len(rows)} pairs, {len(links)} word links)")
        return 0
    if args.held_out:
        shipped = Model(weights, bias, THRESHOLD, links)
        print(f"{'set':<10}{'held out':>22}{'fitted on all':>22}")
        totals = [0, 0, 0, 0, 0]
        for split in sets:
            others = [s for s in sets if s != split]
            w, b = fit(cross_fitted(data, total, counts, others, [counts[split]]), near=(weights, bias))
            held = scored(data[split], Model(w, b, THRESHOLD, links_from(total, [counts[split]])))
            full = scored(data[split], shipped)
            cell = lambda r: f"{r[0]:>3}/{r[1]:<3} fused {r[2]:>2}"  # noqa: E731
            print(f"{split:<10}{cell(held):>22}{cell(full):>22}", flush=True)
            totals = [totals[0] + held[0], totals[1] + held[1], totals[2] + held[2], totals[3] + full[0], totals[4] + full[2]]
        print(f"{'total':<10}{totals[0]:>7}/{totals[1]:<5} fused {totals[2]:>3}{totals[3]:>9}/{totals[1]:<5} fused {totals[4]:>3}")
        return 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE} and {LINKS_FILE} ({len(rows)} pairs, {len(links)} word links, from {', '.join(sets)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

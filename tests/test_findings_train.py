"""The merger's learned weights: fitted only on read sets, reproducible, and what the grouping really uses."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from mco_mcp.findings import term_links, weights
from mco_mcp.findings.cluster import CONFLICT, MODEL, Clustering, Model
from mco_mcp.findings.evidence import FEATURES, Evidence, evidence, features, link_key, linked, title_links
from mco_mcp.findings.merge import group_findings
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.similarity import cosine

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "bench" / "findings" / "train.py"


@cache
def bench(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench" / "findings"))
    spec = importlib.util.spec_from_file_location(f"bench_findings_{name}", ROOT / "bench" / "findings" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_weights_are_fitted_on_read_sets_only() -> None:
    score = bench("score")
    assert weights.TRAINED_ON == score.DEFAULT_SETS
    assert not set(weights.TRAINED_ON) & set(score.FROZEN)
    assert set(weights.WEIGHTS) == set(FEATURES) and weights.PAIRS > 5000


def test_the_shipped_weights_are_what_fitting_gives() -> None:
    """Nobody tunes a weight by hand: train.py fits them again from the labelled sets and compares the file."""
    done = subprocess.run([sys.executable, str(TRAIN), "--check"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_fitting_finds_the_weights_that_separate_a_plain_signal() -> None:
    """The plain-Python Newton fit on data where one feature decides: its weight is large and of the right sign,
    and the fitted log-odds order the rows as the labels do."""
    train = bench("train")
    rows = []
    for k in range(400):
        x = [0.0] * len(FEATURES)
        x[FEATURES.index("place")] = (k % 20) / 19
        x[FEATURES.index("gap")] = float(k % 7)
        rows.append((x, (k % 20) >= 10))
    fitted, bias = train.fit(rows)
    assert fitted["place"] > 5 and abs(fitted["gap"]) < 0.5
    assert bias + fitted["place"] * 1.0 > 0 > bias + fitted["place"] * 0.0


def test_a_fit_started_near_its_optimum_reaches_the_same_weights() -> None:
    """`--held-out` starts each fit from the fit on all sets and keeps its first Hessian while the steps shrink: it must
    land on the weights a cold fit finds, from a close start and from a far one (where the Hessian is summed again)."""
    train = bench("train")
    rows = []
    for k in range(600):
        x = [0.0] * len(FEATURES)
        x[FEATURES.index("place")] = (k % 20) / 19
        x[FEATURES.index("cos")] = ((k * 7) % 13) / 12
        x[FEATURES.index("gap")] = float(k % 5)
        rows.append((x, (k % 20) + (k * 7) % 13 >= 16))
    cold = train.fit(rows)
    close = ({name: w * 1.05 + 0.01 for name, w in cold[0].items()}, cold[1] - 0.2)
    far = ({name: 3.0 for name in FEATURES}, 4.0)
    assert train.fit(rows, near=close) == cold
    assert train.fit(rows, near=far) == cold


def test_the_cosine_terms_are_supplied_by_the_groups() -> None:
    """A pair's log-odds is fixed + slope * cos + curve * cos^2, whatever cosine its features were built with."""
    values = {name: 0.5 for name in FEATURES}
    w = {name: float(n + 1) for n, name in enumerate(FEATURES)}
    ev = evidence(values, w, bias=-3.0)
    for cos in (0.0, 0.3, 0.9):
        shifted = dict(values, **{"cos": cos, "place*cos": values["place"] * cos, "cos^2": cos * cos,
                                  "share_kind*cos": values["share_kind"] * cos,
                                  "same_category*cos": values["same_category"] * cos})  # fmt: skip
        direct = -3.0 + sum(w[name] * shifted[name] for name in FEATURES)
        assert math.isclose(ev.log_odds(cos), direct, rel_tol=1e-12)
    assert Evidence(1.0, 2.0, -1.0).log_odds(0.5) == pytest.approx(1.75)


SOURCE = "def prune(paths):\n    for p in paths:\n        os.remove(p)\n\n\ndef size(items):\n    return len(items) / 0\n"


def pf(provider: str, title: str, line: int, **kw: object) -> ProviderFinding:
    fields: dict[str, object] = {"severity": "high", "category": "bug", "file": "ops.py"}
    fields.update(kw)
    return ProviderFinding(provider=provider, title=title, line=line, **fields)  # type: ignore[arg-type]


def test_two_groups_are_scored_by_their_members_average_log_odds(tmp_path: Path) -> None:
    (tmp_path / "ops.py").write_text(SOURCE)
    found = {
        "claude": [pf("claude", "prune deletes arbitrary files", 3, snippet="os.remove(p)")],
        "codex": [pf("codex", "Arbitrary file deletion in prune", 3, snippet="os.remove(p)")],
        "qwen": [pf("qwen", "prune removes any path it is given", 2)],
    }
    grouping = Clustering(group_findings(found, tmp_path).items)  # not run: every finding its own group
    a, b, c = range(3)
    merged = Clustering(grouping.items)
    merged.join(a, b)
    cos = cosine(merged.clusters[a].centroid, merged.clusters[c].centroid) / (
        merged.clusters[a].norm * merged.clusters[c].norm
    )
    expected = (grouping.evidence[(a, c)].log_odds(cos) + grouping.evidence[(b, c)].log_odds(cos)) / 2
    assert merged.margin(a, c) == pytest.approx(expected - MODEL.threshold, abs=1e-8)


def test_a_join_needs_the_threshold_and_never_overrides_the_hard_rules(tmp_path: Path) -> None:
    (tmp_path / "ops.py").write_text(SOURCE)
    found = {
        "claude": [pf("claude", "prune deletes arbitrary files", 3, snippet="os.remove(p)"),
                   pf("claude", "size divides by zero", 7, snippet="return len(items) / 0")],
        "codex": [pf("codex", "Arbitrary file deletion in prune", 3, snippet="os.remove(p)")],
    }  # fmt: skip
    items = group_findings(found, tmp_path).items
    eager = Model(weights.WEIGHTS, weights.BIAS, threshold=-1e9)  # would join anything placeable
    grouping = Clustering(items, eager)
    groups = grouping.run()
    for group in groups:  # never two findings of one agent, however eager
        assert len({items[m].finding.provider for m in group}) == len(group)
    strict = Clustering(items, Model(weights.WEIGHTS, weights.BIAS, threshold=1e9))
    assert all(len(g) == 1 for g in strict.run())
    assert CONFLICT < -1e300


def test_the_word_links_are_kept_only_when_positive_and_widely_seen() -> None:
    """They are counted in the run that fits the weights, on the read sets only (`weights.TRAINED_ON`, checked
    above; `train.py --check` counts them again)."""
    assert len(term_links.LINKS) > 500 and term_links.MIN_CASES >= 3
    assert all(value > 0 for value in term_links.LINKS.values())


def test_title_links_read_words_the_titles_do_not_share() -> None:
    """"shell" in one title and "command" in the other were seen naming one problem in several reviews; two titles
    with nothing linked score 0, and words both titles have count elsewhere (title_cos), not here."""
    links = {link_key("command", "shell"): 3.0, link_key("path", "~traversal"): 2.0}
    assert title_links("Shell injection in export", "Command injection in export", links) == pytest.approx(3.0)
    assert title_links("Path built from the request", "Traversal via name", links) > 0
    assert title_links("Shell injection", "Shell injection", links) == 0.0
    assert title_links("Shell injection", "Off-by-one in paging", links) == 0.0
    # The shipped links know the usual names: a command run through a shell.
    assert title_links("Command built from user input", "Shell injection", term_links.LINKS) > 1.0


def test_a_title_stuffed_with_linked_words_gains_nothing() -> None:
    """The feature is an average of each word's best link, so it never exceeds the strongest link: a hostile
    model that pads its title with every word linked to "injection" buys no more than its one best word (a sum
    over the word pairs would grow with each word added)."""
    inject = frozenset({"~inject"})
    linked_words = {w for key in term_links.LINKS for w in key.split() if "~inject" in key.split()} - inject
    assert len(linked_words) > 20
    best = max(term_links.LINKS[link_key(w, "~inject")] for w in linked_words)
    assert linked(frozenset(linked_words), inject, term_links.LINKS) <= best
    one = max(linked_words, key=lambda w: term_links.LINKS[link_key(w, "~inject")])
    assert linked(frozenset({one}), inject, term_links.LINKS) == pytest.approx(best)


def test_features_read_the_code_and_the_words(tmp_path: Path) -> None:
    (tmp_path / "ops.py").write_text(SOURCE)
    found = {
        "claude": [pf("claude", "prune deletes arbitrary files", 3, snippet="os.remove(p)", severity="critical",
                      recommendation="Check the path first.")],
        "codex": [pf("codex", "Arbitrary file deletion in prune", 1, snippet="def prune(paths):", severity="low")],
    }  # fmt: skip
    grouping = group_findings(found, tmp_path)
    (i, j), place = next(iter(grouping.places.items()))
    values = features(grouping.items[i], grouping.items[j], place, 2, 0.4)
    assert values["signature"] == 1.0 and values["same_scope"] == 1.0 and values["gap"] == 2.0
    assert values["fix_missing"] == 1.0 and values["title_cos"] > 0.3 and values["kindless"] == 2.0
    assert values["place*cos"] == pytest.approx(place * 0.4) and values["lonely"] == 2.0


@pytest.mark.slow
@pytest.mark.timeout(2700)  # 119 fits, each started from the fit on all sets: about 15 minutes on a 2-core machine
def test_held_out_weights_keep_their_measured_quality() -> None:
    """Each read set grouped with weights and word links fitted without it (RESULTS.md, round 59, 119 read sets: 8069 of
    8659 exact, 99 fused, round 58's rules refitted on them 8061 and 101; on the 117 sets before test113, round 58 7914
    of 8497 exact, 98 fused, round 57's rules refitted on them 7911 and 100; on the 115 sets before test111, round 57
    7781 of 8359 exact, 98 fused, round 56's rules refitted on them 7776 and 98; on the 113 sets before test109, round
    56 7637 of 8211 exact, 96 fused, round 55's rules refitted on them 7634 and 98; on the 111 sets before test107,
    round 55 7499 of 8058 exact, 95 fused, round 54's rules refitted on them 7497 and 95; on the 109 sets before
    test105, round 54 7358 of 7915 and 97, round 53's rules refitted on them 7353 and 98; on the 107 sets before
    test103, round 53 7229 of 7773 and 93, round 52's rules refitted on them 7223 and 95; on the 105 sets before
    test101, round 52 7089 of 7627 and 93, round 51's rules refitted on them 7086 and 95; on the 103 sets before test99,
    round 51 6966 of 7498 and 93, round 50's rules refitted on them 6963 and 93; on the 101 sets before test97, round 50
    6837 of 7355 and 87, round 49's rules refitted on them 6822 and 89; on the 99 sets before test95, round 49 6682 of
    7209 and 90, round 48's rules refitted on them 6675 and 90; on the 97 sets before test93, round 48 6545 of 7066 and
    89, round 47's rules refitted on them the same; on the 95 sets before test91, round 47 6392 of 6907 and 90, round
    46's rules refitted on them 6388 and 91; on the 93 sets before test89, round 46 6249 of 6754 and 89, round 45's
    rules refitted on them 6236 and 94; on the 91 sets before test87, round 45 6106 of 6608 and 92, round 44's rules
    refitted on them 6092 and 95; on the 89 sets before test85, round 44 5955 of 6457 and 92, round 43's rules refitted
    on them 5949 and 92; on the 87 sets before test83, round 43 5822 of 6316 and 91, round 42's rules refitted on them
    5796 and 93; on the 85 sets before test81, round 42 5675 of 6166 and 87, round 41's rules refitted on them 5671 and
    89; on the 83 sets before test79, round 41 5530 of 6016 and 88, round 40's rules unchanged; on the 81 sets before
    test77, round 40 5398 of 5867 and 85, round 39's rules refitted on them 5385 and 86; on the 79 sets before test75,
    round 39 5238 of 5714 and 85, round 38's rules refitted on them 5234 and 85; on the 77 sets before test73, round 38
    5094 of 5568 and 84, round 37's rules refitted on them 5082 and 87; on the 75 sets before test71, round 37 4943 of
    5419 and 85, round 36's rules refitted on them 4936 and 88; on the 73 sets before test69, round 36 4801 of 5269 and
    82, round 35's rules refitted on them 4768 and 86; on the 71 sets before test67, round 35 4633 of 5124 and 87, round
    33's rules refitted on them 4627 and 90; on the 69 sets before test65, round 35 4483 of 4966 and 85, round 34 4484
    and 86; on the 67 sets before test63, round 34 4358 of 4825 and 83, round 33 4360 and 83, round 25's rules refitted
    on them 4357 and 83; on the 65 sets before test61, round 33 4225 of 4680 and 82, round 32 4220 and 82; on the 63
    sets before test59, round 31 4079 of 4524 and 78; on the 61 sets before test57, round 30 3940 of 4378 and 77; on the
    59 sets before test55, round 29 3788 of 4220 and 79; on the 57 sets before test53, round 28 3658 of 4079 and 78; on
    the 55 sets before test51, round 27 3521 of 3925 and 74; on the 53 sets before test49, round 26 3389 of 3774 and 70;
    on the 51 sets before test47, round 25 3250 of 3624 and 69, round 24's rules refitted on them 3249 and 70; on the 49
    sets before test45, round 24 3110 of 3469 and 68, round 23's rules refitted on them 3107 and 70; on the 47 sets
    before test43, round 23 2980 of 3318 and 65; on the 45 sets before test41, round 22 2841 of 3165 and 62; on the 43
    sets before test39, round 21 2705 of 3020 and 61, round 20 refitted on them 2705 and 62; on the 41 sets before
    test37, round 20 2595 of 2879 and 55, round 19 refitted on them 2589 and 59; on the 39 sets before test35, round 19
    2450 of 2731 and 58, round 18 refitted on them 2439 and 63; on the 37 sets before test33, round 18 2317 of 2584 and
    57, round 17 refitted on them 2304 and 61; on the 35 sets before test31, round 17 2166 of 2430 and 57, round 16
    refitted on them 2160 and 56; on the 33 sets before test29, round 16 2024 of 2280 and 54, round 15 refitted on them
    2017 and 56; on the 31 sets before test27, round 15 1888 of 2127 and 49, round 14 1886 and 53; on the 29 sets before
    test25, round 14's merger gave 1759 and 47, round 13's 1757 and 52; on the 27 before test23, round 13's 1640 and 49,
    round 12's 1638 and 50; on the 25 before test21, round 12's 1504 and 44, round 11's 1491 and 45)."""
    done = subprocess.run([sys.executable, str(TRAIN), "--held-out"], capture_output=True, text=True, timeout=2400)
    assert done.returncode == 0, done.stderr
    total = next(line.split() for line in done.stdout.splitlines() if line.startswith("total"))
    exact, problems = map(int, total[1].split("/"))
    assert problems == 8659 and exact >= 8069 and int(total[3]) <= 99

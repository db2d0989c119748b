"""Consistency of the labelled findings benchmark in bench/findings/splits (the data, not the merger).

Checks only what the data can prove about itself: the generated files are current, every labelled
finding points into its problem's file near the problem's line and quotes text that is really there,
the flat and nested variants hold the same findings, and the frozen test split meets its minimums.
The JSON extraction here is deliberately simple and independent of mco_mcp.findings.
"""

from __future__ import annotations

import json
import itertools
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SPLITS = Path(__file__).resolve().parent.parent / "bench" / "findings" / "splits"
PROVIDERS = ("claude", "codex", "gemini", "opencode", "qwen")
CLASSES = {"signature-vs-statement", "source-vs-sink", "critical-section", "off-by-one", "plain"}
NEAR = 3  # a citation or quote may sit this many lines from its problem's line
CASES = sorted(p.parent for p in SPLITS.glob("*/*/truth.json"))


def _case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


@cache
def truth(case: Path) -> dict[str, Any]:
    return json.loads((case / "truth.json").read_text(encoding="utf-8"))


def json_items(text: str) -> list[Any]:
    """Findings items of an answer in order: fenced blocks and bare top-level JSON, first block first."""
    docs: list[Any] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            docs.append(json.loads("\n".join(lines[i + 1 : j])))
            i = j + 1
        elif lines[i].startswith(("{", "[")):
            doc, end = json.JSONDecoder().raw_decode("\n".join(lines[i:]))
            docs.append(doc)
            i += "\n".join(lines[i:])[:end].count("\n") + 1
        else:
            i += 1
    items: list[Any] = []
    for doc in docs:
        items += doc["findings"] if isinstance(doc, dict) else doc
    return items


def answer_items(case: Path, shape: str, provider: str) -> list[dict[str, Any]]:
    return json_items((case / "answers" / shape / f"{provider}.md").read_text(encoding="utf-8"))


def location(item: dict[str, Any]) -> dict[str, Any]:
    return item["evidence"] if "evidence" in item else item


def repo_rel(path: str) -> str:
    return path.removeprefix("{REPO}/").removeprefix("./")


def norm(text: str) -> str:
    return " ".join(text.split())


def test_generated_files_are_current() -> None:
    """The answers and truth.json are what build_answers.py and make_flat.py produce from the specs."""
    for script in ("build_answers.py", "make_flat.py"):
        done = subprocess.run(
            [sys.executable, str(SPLITS / script), "--check"], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_every_problem_points_at_a_real_line(case: Path) -> None:
    t = truth(case)
    assert t["split"] == case.parent.name and t["case"] == case.name
    for pid, p in t["problems"].items():
        lines = (case / "repo" / p["file"]).read_text(encoding="utf-8").splitlines()
        assert 1 <= p["line"] <= len(lines) and lines[p["line"] - 1].strip(), pid
        assert p["class"] in CLASSES, pid
        assert p["what"] and p["kind"], pid


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_labels_match_the_answers(case: Path) -> None:
    """Each answer's titled items are exactly its labelled findings, in order; untitled items are counted."""
    t = truth(case)
    assert set(t["answers"]) == set(PROVIDERS)
    found = Counter()
    for provider in PROVIDERS:
        items = answer_items(case, "nested", provider)
        labelled = t["answers"][provider]["findings"]
        usable = [it for it in items if it.get("title")]
        assert len(items) - len(usable) == t["answers"][provider]["unusable"], provider
        assert [it["title"] for it in usable] == [f["title"] for f in labelled], provider
        assert [f["index"] for f in labelled] == list(range(len(labelled))), provider
        for f in labelled:
            assert f["problem"] in t["problems"], (provider, f)
            found[f["problem"]] += 1
    assert set(found) == set(t["problems"]), "every problem is reported by at least one agent"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_citations_quote_the_file_near_their_problem(case: Path) -> None:
    t = truth(case)
    for provider in PROVIDERS:
        usable = [it for it in answer_items(case, "nested", provider) if it.get("title")]
        for item, label in zip(usable, t["answers"][provider]["findings"], strict=True):
            problem = t["problems"][label["problem"]]
            ev = item["evidence"]
            where = (provider, label["title"])
            assert repo_rel(ev["file"]) == problem["file"], where
            assert abs(ev["line"] - problem["line"]) <= NEAR, where
            lines = (case / "repo" / problem["file"]).read_text(encoding="utf-8").splitlines()
            quoted = ev["snippet"].split("\n")
            assert len(quoted) <= 3, where
            starts = [
                s
                for s in range(max(1, problem["line"] - NEAR), problem["line"] + NEAR + 1)
                if norm("\n".join(lines[s - 1 : s - 1 + len(quoted)])) == norm(ev["snippet"])
            ]
            assert starts, where


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_flat_answers_hold_the_same_findings(case: Path) -> None:
    for provider in PROVIDERS:
        nested = answer_items(case, "nested", provider)
        flat = answer_items(case, "flat", provider)
        assert len(flat) == len(nested), provider
        for n, f in zip(nested, flat, strict=True):
            assert "evidence" not in f
            assert f.get("title") == n.get("title")
            if "evidence" in n:
                assert {k: f[k] for k in n["evidence"]} == n["evidence"]
        raw_nested = (case / "answers" / "nested" / f"{provider}.md").read_text(encoding="utf-8")
        raw_flat = (case / "answers" / "flat" / f"{provider}.md").read_text(encoding="utf-8")
        prose = re.compile(r"^[^{\[\s\"}\]]", re.M)  # lines that are not JSON
        assert prose.findall(raw_nested) == prose.findall(raw_flat), provider


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_confusable_pairs_are_really_close(case: Path) -> None:
    """A near-miss pair: two distinct problems in one file, at most three lines apart."""
    t = truth(case)
    for a, b in t["confusable"]:
        pa, pb = t["problems"][a], t["problems"][b]
        assert a != b and pa["file"] == pb["file"] and abs(pa["line"] - pb["line"]) <= NEAR, (a, b)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_split_classes_are_really_split(case: Path) -> None:
    """A problem labelled with a split class is cited on at least two different lines by its agents."""
    t = truth(case)
    cited: dict[str, set[int]] = {}
    for provider in PROVIDERS:
        usable = [it for it in answer_items(case, "nested", provider) if it.get("title")]
        for item, label in zip(usable, t["answers"][provider]["findings"], strict=True):
            cited.setdefault(label["problem"], set()).add(item["evidence"]["line"])
    for pid, p in t["problems"].items():
        if p["class"] != "plain":
            assert len(cited[pid]) >= 2, pid


def _split_stats(split: str) -> dict[str, Any]:
    cases = [c for c in CASES if c.parent.name == split]
    problems = [p for c in cases for p in truth(c)["problems"].values()]
    pairs = [(truth(c)["problems"][a], truth(c)["problems"][b]) for c in cases for a, b in truth(c)["confusable"]]
    return {
        "cases": len(cases),
        "languages": {truth(c)["language"] for c in cases},
        "problems": len(problems),
        "classes": Counter(p["class"] for p in problems),
        "pairs": len(pairs),
        "same_kind_pairs": sum(pa["kind"] == pb["kind"] for pa, pb in pairs),
        "repos": {c.name for c in cases},
    }


FROZEN_SPLITS = ("test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
                 "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22",
                 "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32",
                 "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40", "test41",
                 "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49", "test50", "test51",
                 "test52", "test53", "test54", "test55", "test56", "test57", "test58", "test59", "test60",
                 "test61", "test62", "test63", "test64", "test65", "test66", "test67", "test68", "test69",
                 "test70", "test71", "test72", "test73", "test74", "test75", "test76", "test77",
                 "test78", "test79", "test80", "test81", "test82", "test83",
                 "test84", "test85", "test86", "test87", "test88", "test89", "test90", "test91",
                 "test92", "test93", "test94", "test95", "test96", "test97", "test98", "test99", "test100",
                 "test101", "test102", "test103", "test104", "test105", "test106", "test107", "test108",
                 "test109", "test110", "test111", "test112", "test113", "test114", "test115",
                 "test116", "test117", "test118", "test119", "test120")


@pytest.mark.parametrize("split", FROZEN_SPLITS)
def test_frozen_test_split_meets_its_minimums(split: str) -> None:
    s = _split_stats(split)
    assert s["cases"] >= 3 and {"python", "typescript", "go"} <= s["languages"]
    assert s["problems"] >= 40
    assert s["same_kind_pairs"] >= 20
    for cls in CLASSES:
        assert s["classes"][cls] >= 3, cls


def test_second_frozen_split_meets_the_targets_it_was_written_to() -> None:
    """test2's brief: >= 45 problems, >= 15 per case, every split class >= 5 times, >= 20 near-miss pairs."""
    s = _split_stats("test2")
    assert s["problems"] >= 45 and s["pairs"] >= 20
    for c in (c for c in CASES if c.parent.name == "test2"):
        assert len(truth(c)["problems"]) >= 15, c.name
    for cls in CLASSES - {"plain"}:
        assert s["classes"][cls] >= 5, cls


def test_third_frozen_split_meets_the_targets_it_was_written_to() -> None:
    """test3's brief: >= 45 problems, >= 24 near-miss pairs, every split class several times (>= 5)."""
    s = _split_stats("test3")
    assert s["problems"] >= 45 and s["pairs"] >= 24
    for c in (c for c in CASES if c.parent.name == "test3"):
        assert len(truth(c)["problems"]) >= 15 and len(truth(c)["confusable"]) >= 8, c.name
    for cls in CLASSES:
        assert s["classes"][cls] >= 5, cls


def test_fourth_frozen_split_meets_the_targets_it_was_written_to() -> None:
    """test4's brief: >= 45 problems (>= 15 per case), >= 24 near-miss pairs (>= 8 per case, >= 20 of the same
    kind), every split class >= 5 times, and domains (repositories) no other split uses."""
    s = _split_stats("test4")
    assert s["problems"] >= 45 and s["pairs"] >= 24 and s["same_kind_pairs"] >= 20
    for c in (c for c in CASES if c.parent.name == "test4"):
        assert len(truth(c)["problems"]) >= 15 and len(truth(c)["confusable"]) >= 8, c.name
    for cls in CLASSES:
        assert s["classes"][cls] >= 5, cls
    others = {c.name for c in CASES if c.parent.name != "test4"}
    assert not s["repos"] & others


# The brief every frozen split since test5 was written to (one helper session each, two per round).
ROUND6_ON = tuple(s for s in FROZEN_SPLITS[4:] if (SPLITS / s).is_dir())


@pytest.mark.parametrize("split", ROUND6_ON)
def test_frozen_split_meets_the_brief_it_was_written_to(split: str) -> None:
    """>= 60 problems (>= 18 per case), >= 27 near-miss pairs (>= 8 per case), every split class but plain >= 6
    times, one case each in Python, TypeScript and Go, and repositories no other split uses."""
    s = _split_stats(split)
    assert s["cases"] == 3 and s["languages"] == {"python", "typescript", "go"}
    assert s["problems"] >= 60 and s["pairs"] >= 27
    for c in (c for c in CASES if c.parent.name == split):
        assert len(truth(c)["problems"]) >= 18 and len(truth(c)["confusable"]) >= 8, c.name
    for cls in CLASSES - {"plain"}:
        assert s["classes"][cls] >= 6, cls
    others = {c.name for c in CASES if c.parent.name != split}
    assert not s["repos"] & others


def test_every_frozen_split_since_test5_is_held_to_the_brief() -> None:
    expected = tuple(f"test{n}" for n in range(5, 121))
    assert expected == ROUND6_ON


def test_frozen_splits_do_not_share_repositories() -> None:
    for a, b in itertools.combinations(FROZEN_SPLITS, 2):
        assert not _split_stats(a)["repos"] & _split_stats(b)["repos"], (a, b)


TUNING_SPLITS = ("tune", "tune2", "tune3", "tune4")
# The languages each tuning split must cover: tune3 exists to bring languages the others lack.
TUNING_LANGUAGES = {
    "tune": {"python"},
    "tune2": {"python", "typescript", "go"},
    "tune3": {"java", "rust", "ruby"},
    "tune4": {"csharp", "php"},
}


def test_second_tuning_split_meets_its_minimums() -> None:
    """tune2 exists to check that rules tuned on `tune` generalise: it needs the hard classes and near misses."""
    s = _split_stats("tune2")
    assert s["cases"] >= 3 and {"python", "typescript", "go"} <= s["languages"]
    assert s["problems"] >= 40
    assert s["pairs"] >= 15
    for cls in CLASSES:
        assert s["classes"][cls] >= 3, cls


@pytest.mark.parametrize("frozen", FROZEN_SPLITS)
@pytest.mark.parametrize("split", TUNING_SPLITS)
def test_tune_split_is_separate_from_the_test_split(split: str, frozen: str) -> None:
    tune, test = _split_stats(split), _split_stats(frozen)
    assert tune["cases"] >= 2 and TUNING_LANGUAGES[split] <= tune["languages"] and len(tune["languages"]) >= 2
    assert tune["problems"] >= 15
    assert not tune["repos"] & test["repos"]
    test_code = {
        norm(line)
        for c in CASES
        if c.parent.name == frozen
        for f in (c / "repo").rglob("*")
        if f.is_file()
        for line in f.read_text(encoding="utf-8").splitlines()
        if len(norm(line)) > 40
    }
    for c in (c for c in CASES if c.parent.name == split):
        for pid, p in truth(c)["problems"].items():
            line = (c / "repo" / p["file"]).read_text(encoding="utf-8").splitlines()[p["line"] - 1]
            assert norm(line) not in test_code, (c.name, pid)


def test_third_tuning_split_meets_its_minimums() -> None:
    """tune3 checks that rules carry over to other languages and domains: every hard class often, many near misses."""
    s = _split_stats("tune3")
    assert s["cases"] >= 3 and TUNING_LANGUAGES["tune3"] <= s["languages"]
    assert not s["languages"] & {"python", "typescript", "go"}, "tune3 is for languages the other splits lack"
    assert s["problems"] >= 45
    assert s["pairs"] >= 20
    for cls in CLASSES - {"plain"}:
        assert s["classes"][cls] >= 5, cls


def test_fourth_tuning_split_meets_its_minimums() -> None:
    """tune4 brings C# and PHP: about 12 problems and at least 5 near-miss pairs per case, hard classes present."""
    s = _split_stats("tune4")
    assert s["cases"] >= 2 and TUNING_LANGUAGES["tune4"] <= s["languages"]
    others = set().union(*(_split_stats(x)["languages"] for x in (*TUNING_SPLITS[:-1], *FROZEN_SPLITS)))
    assert not s["languages"] & others, "tune4 is for languages the other splits lack"
    for c in (c for c in CASES if c.parent.name == "tune4"):
        assert len(truth(c)["problems"]) >= 12 and len(truth(c)["confusable"]) >= 5, c.name
    for cls in CLASSES - {"plain"}:
        assert s["classes"][cls] >= 2, cls


def test_tuning_splits_do_not_share_repositories() -> None:
    """A case in two tuning splits would count twice and make the later split no longer fresh data."""
    for a, b in itertools.combinations(TUNING_SPLITS, 2):
        assert not _split_stats(a)["repos"] & _split_stats(b)["repos"], (a, b)

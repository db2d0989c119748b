"""Findings: the contract, lenient and loud extraction, and cross-provider merging (hard cases pinned)."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from jsonschema import Draft202012Validator

import mco_mcp.findings as findings_pkg
from mco_mcp.findings import (
    FINDINGS_CONTRACT,
    ProviderFinding,
    extract_findings,
    findings_from_answers,
    load_schema,
    merge_findings,
)
from mco_mcp.models import Finding

BENCH_SCORE = Path(__file__).resolve().parents[1] / "bench" / "findings" / "score.py"

BACKUP_PY = '''\
import os
import subprocess


def run_backup(target, retries=3):
    path = os.path.join("/backups", target)
    subprocess.run("tar czf " + path + ".tgz /data", shell=True)
    os.chmod(path + ".tgz", 0o777)
    return path


def prune(paths, keep):
    for p in paths[keep:]:
        os.remove(p)
    return len(paths) - keep
'''


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "ops").mkdir()
    (tmp_path / "ops" / "backup.py").write_text(BACKUP_PY)
    return tmp_path


def answer(items: object, prose: str = "Review done.") -> str:
    return f"{prose}\n\n```json\n{json.dumps(items, indent=2)}\n```\n"


def pf(provider: str, title: str, line: int | None, **kw: object) -> ProviderFinding:
    fields: dict[str, object] = {"severity": "medium", "category": "bug", "file": "ops/backup.py"}
    fields.update(kw)
    return ProviderFinding(provider=provider, title=title, line=line, **fields)  # type: ignore[arg-type]


def groups(merged: list[Finding]) -> list[set[tuple[str, str]]]:
    return [{(v.provider, v.title) for v in f.variants} for f in merged]


def load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_findings_score", BENCH_SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------------------------------ contract


def test_schema_is_valid_draft_2020_12_and_contract_embeds_it() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert json.dumps(schema, separators=(",", ":")) in FINDINGS_CONTRACT
    assert "```json" in FINDINGS_CONTRACT


def test_contract_example_is_valid_and_extracts_cleanly(tmp_path: Path) -> None:
    example = FINDINGS_CONTRACT.split("```json\n", 1)[1].split("\n```", 1)[0]
    Draft202012Validator(load_schema()).validate(json.loads(example))
    found, dropped = extract_findings(FINDINGS_CONTRACT, tmp_path, "claude")
    assert dropped == [] and len(found) == 1
    assert not [n for n in found[0].notes if n.startswith("schema:")]


def test_public_surface_is_exactly_all() -> None:
    for name in findings_pkg.__all__:  # each is imported on first use (PEP 562)
        getattr(findings_pkg, name)
    public = {name for name in vars(findings_pkg) if not name.startswith("_")}
    modules = {name for name in public if isinstance(getattr(findings_pkg, name), ModuleType)}
    assert public - modules == set(findings_pkg.__all__)


# ---------------------------------------------------------------------------------------- extraction


def test_three_path_styles_become_the_same_repo_relative_path(repo: Path) -> None:
    items = [
        {"title": "relative", "file": "ops/backup.py", "line": 7},
        {"title": "dot slash", "file": "./ops/backup.py", "line": 7},
        {"title": "absolute", "file": f"{repo}/ops/backup.py", "line": 7},
        {"title": "diff prefix", "file": "b/ops/backup.py", "line": 7},
    ]
    found, dropped = extract_findings(answer({"findings": items}), repo, "codex")
    assert dropped == []
    assert [(f.file, f.line) for f in found] == [("ops/backup.py", 7)] * 4


def test_path_outside_the_repo_keeps_the_finding_without_a_file(repo: Path) -> None:
    items = [
        {"title": "Elsewhere", "file": "/tmp/sandbox/ops/backup.py", "line": 7},
        {"title": "Escapes", "file": "../other/ops/backup.py", "line": 7},
    ]
    found, dropped = extract_findings(answer(items), repo, "qwen")
    assert dropped == []
    assert [(f.file, f.line, f.raw_file) for f in found] == [
        (None, None, "/tmp/sandbox/ops/backup.py"),
        (None, None, "../other/ops/backup.py"),
    ]
    assert all(any("repository" in note for note in f.notes) for f in found)


def test_nested_flat_and_location_string_give_the_same_place(repo: Path) -> None:
    snippet = 'os.chmod(path + ".tgz", 0o777)'
    items = [
        {"title": "nested", "evidence": {"file": "ops/backup.py", "line": 8, "symbol": "run_backup", "snippet": snippet}},
        {"title": "flat", "file": "ops/backup.py", "line": 8, "snippet": snippet},
        {"title": "path key", "path": "./ops/backup.py", "line": "8", "code": snippet},
        {"title": "location string", "location": "ops/backup.py:8", "snippet": snippet},
        {"title": "location object", "location": {"path": "ops/backup.py", "start_line": 8}, "snippet": snippet},
        {"title": "file with line", "file": "ops/backup.py#L8-L9", "snippet": snippet},
    ]
    found, dropped = extract_findings(answer({"findings": items}), repo, "gemini")
    assert dropped == []
    assert {(f.file, f.line, f.snippet) for f in found} == {("ops/backup.py", 8, snippet)}
    assert found[0].symbol == "run_backup"


@pytest.mark.parametrize(
    ("severity", "expected"),
    [("info", "low"), ("minor", "low"), ("Warning", "medium"), ("error", "high"), ("major", "high"),
     ("blocker", "critical"), ("P1", "high"), ("HIGH", "high")],  # fmt: skip
)
def test_out_of_enum_severities_are_mapped(tmp_path: Path, severity: str, expected: str) -> None:
    found, _ = extract_findings(answer([{"title": "t", "severity": severity}]), tmp_path, "p")
    assert (found[0].severity, found[0].raw_severity) == (expected, severity)


@pytest.mark.parametrize(
    ("category", "expected"),
    [("style", "maintainability"), ("correctness", "bug"), ("perf", "performance"), ("tests", "test-gap"),
     ("Testing", "test-gap"), ("vulnerability", "security"), ("Reliability", "bug"), ("security/bug", "security")],
)  # fmt: skip
def test_out_of_enum_categories_are_mapped(tmp_path: Path, category: str, expected: str) -> None:
    found, _ = extract_findings(answer([{"title": "t", "category": category}]), tmp_path, "p")
    assert (found[0].category, found[0].raw_category) == (expected, category)


def test_unknown_or_missing_category_is_guessed_with_a_note(tmp_path: Path) -> None:
    items = [{"title": "SQL injection in the login query", "category": "weird"}, {"title": "Slow quadratic loop"}]
    found, _ = extract_findings(answer(items), tmp_path, "p")
    assert [f.category for f in found] == ["security", "performance"]
    assert all(any("category" in note for note in f.notes) for f in found)
    assert found[1].severity == "medium" and any("no severity" in n for n in found[1].notes)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(0.8, 0.8), (85, 0.85), ("85%", 0.85), ("0.7", 0.7), ("high", 0.8), ("Medium", 0.6), ("very low", 0.2),
     (None, None), ("sure", None), (True, None), (250, None)],
)  # fmt: skip
def test_confidence_numbers_percentages_and_words(tmp_path: Path, raw: object, expected: float | None) -> None:
    found, _ = extract_findings(answer([{"title": "t", "confidence": raw}]), tmp_path, "p")
    assert found[0].confidence == expected


def test_unusable_items_are_reported_with_reasons_never_dropped_silently(tmp_path: Path) -> None:
    text = (
        "Findings:\n\n```json\n"
        + json.dumps({"findings": [
            {"title": "Good one", "severity": "high"},
            {"severity": "low", "file": "a.py"},
            "Also add type hints.",
            None,
            42,
            {"issue": 3, "category": "bug"},
        ]})
        + "\n```\n\nAnd one more block:\n\n```json\n{\"findings\": [{\"title\": \"x\",, }\n```\n"
    )  # fmt: skip
    found, dropped = extract_findings(text, tmp_path, "opencode")
    assert [f.title for f in found] == ["Good one"]
    reasons = [d.reason for d in dropped]
    assert len(reasons) == 6
    assert sum("no title or description" in r for r in reasons) == 2
    assert any("got str" in r for r in reasons) and any("got null" in r for r in reasons)
    assert any("got int" in r for r in reasons)
    assert any("not valid JSON" in r for r in reasons)
    assert all(d.excerpt for d in dropped)
    assert "schema:" in next(r for r in reasons if "no title" in r)


def test_python_literals_and_null_findings_are_understood(tmp_path: Path) -> None:
    text = "Result:\n{'findings': [{'title': 'Uses eval', 'severity': 'High', 'confidence': None, 'ok': True}]}"
    found, dropped = extract_findings(text, tmp_path, "qwen")
    assert dropped == [] and [(f.title, f.severity) for f in found] == [("Uses eval", "high")]
    assert extract_findings('```json\n{"findings": null}\n```', tmp_path, "qwen") == ([], [])


def test_answer_without_findings_json_is_reported(tmp_path: Path) -> None:
    found, dropped = extract_findings("Looks fine to me, no issues.\n```python\nx = 1\n```", tmp_path, "claude")
    assert found == [] and len(dropped) == 1 and "no findings JSON" in dropped[0].reason
    assert extract_findings('{"findings": []}', tmp_path, "claude") == ([], [])
    assert extract_findings("   ", tmp_path, "claude") == ([], [])


def test_bare_json_after_prose_and_several_fenced_blocks(tmp_path: Path) -> None:
    text = (
        "I looked at everything.\n\n"
        '{"issues": [{"title": "bare one", "path": "a.py", "line": 1}]}\n\n'
        "```json\n[{\"title\": \"block one\", \"location\": \"b.py:2\"},]\n```\n"
        "```\n{\"findings\": [{\"description\": \"Untagged block. It has no title.\"}]}\n```\n"
        "```python\nprint({'title': 'not a finding'})\n```\n"
    )
    found, dropped = extract_findings(text, tmp_path, "p")
    assert dropped == []
    assert [(f.title, f.file, f.line) for f in found] == [
        ("block one", "b.py", 2),
        ("Untagged block.", None, None),
        ("bare one", "a.py", 1),
    ]
    assert found[1].description == "Untagged block. It has no title."


def test_truncated_block_keeps_complete_items_and_reports_the_rest(tmp_path: Path) -> None:
    text = '```json\n{"findings": [\n  {"title": "complete", "line": 3},\n  {"title": "cut off", "li'
    found, dropped = extract_findings(text, tmp_path, "p")
    assert [f.title for f in found] == ["complete"]
    assert dropped and all("not valid JSON" in d.reason for d in dropped)


def test_repeated_finding_in_one_answer_is_reported_not_kept_twice(tmp_path: Path) -> None:
    item = {"title": "Same thing", "file": "a.py", "line": 4}
    found, dropped = extract_findings(answer([item]) + answer({"findings": [item]}), tmp_path, "p")
    assert len(found) == 1 and len(dropped) == 1 and "repeats" in dropped[0].reason


# --------------------------------------------------------------------------------------------- merge


def test_adjacent_distinct_problems_stay_apart(repo: Path) -> None:
    shell = 'subprocess.run("tar czf " + path + ".tgz /data", shell=True)'
    chmod = 'os.chmod(path + ".tgz", 0o777)'
    found = {
        "claude": [
            pf("claude", "Command injection: backup target is passed to a shell", 7, category="security", snippet=shell),
            pf("claude", "Backup archive is made world-writable", 8, category="security", snippet=chmod),
        ],
        "codex": [
            pf("codex", "Shell command built by string concatenation in run_backup", 6, category="security"),
            pf("codex", "chmod 0o777 on the backup archive", 9, category="security"),
        ],
        "gemini": [
            pf("gemini", "Unsanitized target reaches subprocess with shell=True", 7, snippet=shell),
            pf("gemini", "Insecure permissions on the backup archive (0o777)", 8, snippet=chmod),
        ],
    }
    merged = merge_findings(found, repo)
    assert len(merged) == 2
    for finding in merged:
        assert finding.detected_by == ["claude", "codex", "gemini"]
        assert len({"0o777" in v.title or "writable" in v.title or "permissions" in v.title for v in finding.variants}) == 1


def test_same_problem_different_wording_within_three_lines_merges(repo: Path) -> None:
    found = {
        "claude": [pf("claude", "prune deletes files without checking they are backups", 14, severity="high",
                      snippet="os.remove(p)", recommendation="Check each path is inside the backup directory.")],
        "codex": [pf("codex", "Unchecked os.remove on caller-supplied paths", 12, severity="critical",
                     category="security", recommendation="Only delete files inside the backup directory.")],
        "qwen": [pf("qwen", "Arbitrary file deletion in prune()", 11, severity="low",
                    recommendation="Validate paths before removing them.")],
    }  # fmt: skip
    merged = merge_findings(found, repo)
    assert len(merged) == 1
    finding = merged[0]
    assert finding.detected_by == ["claude", "codex", "qwen"]
    assert finding.severity == "critical"  # the highest; each provider's own stays in variants
    assert sorted(v.severity for v in finding.variants) == ["critical", "high", "low"]
    assert (finding.file, finding.line, finding.snippet) == ("ops/backup.py", 14, "os.remove(p)")
    assert finding.confidence > 0.5  # raised by agreement from the default


def test_same_providers_findings_never_merge_with_each_other(repo: Path) -> None:
    twin = pf("claude", "Command injection in run_backup", 7, category="security")
    merged = merge_findings({"claude": [twin, twin], "codex": [pf("codex", "Command injection in run_backup", 7)]}, repo)
    assert len(merged) == 2
    assert sorted(f.detected_by for f in merged) == [["claude"], ["claude", "codex"]]


def test_same_wording_in_two_functions_stays_apart(repo: Path) -> None:
    found = {
        "a": [pf("a", "Missing input validation", 6), pf("a", "Missing input validation", 13)],
        "b": [pf("b", "Missing input validation", 6), pf("b", "Missing input validation", 13)],
    }
    merged = merge_findings(found, repo)
    assert sorted((f.line, f.detected_by) for f in merged) == [(6, ["a", "b"]), (13, ["a", "b"])]


def test_snippet_that_occurs_in_the_file_wins_and_fixes_a_drifted_line(repo: Path) -> None:
    found = {
        "codex": [pf("codex", "World-writable backup archive", 11, snippet="os.chmod(path, 0o777)")],
        "gemini": [pf("gemini", "Backup archive chmod 0o777 is world-writable", 5, snippet='os.chmod(path + ".tgz", 0o777)')],
    }  # fmt: skip
    (finding,) = merge_findings(found, repo)
    assert (finding.line, finding.snippet) == (8, 'os.chmod(path + ".tgz", 0o777)')
    assert finding.title == "Backup archive chmod 0o777 is world-writable"


def test_finding_without_file_merges_only_on_strong_wording(repo: Path) -> None:
    found = {
        "claude": [pf("claude", "Command injection via shell=True in run_backup", 7, category="security")],
        "qwen": [
            pf("qwen", "run_backup: command injection through shell=True", None, file=None, category="security"),
            pf("qwen", "Retries parameter is never used", None, file=None, category="maintainability"),
        ],
    }
    merged = merge_findings(found, repo)
    assert sorted(len(f.detected_by) for f in merged) == [1, 2]
    joined = next(f for f in merged if len(f.detected_by) == 2)
    assert (joined.file, joined.line) == ("ops/backup.py", 7)


LOGIN_JS = """\
const db = require("./db");

function login(req, res) {
  const user = db.query("SELECT * FROM users WHERE name = '" + req.body.name + "'");
  if (user.password == req.body.password) {
    res.cookie("session", user.id);
  }
  res.redirect(req.query.next);
}

function logout(req, res) {
  res.clearCookie("session");
  res.redirect(req.query.next);
}
"""


def test_non_python_file_same_wording_in_two_functions_stays_apart(tmp_path: Path) -> None:
    (tmp_path / "login.js").write_text(LOGIN_JS)
    redirect = "res.redirect(req.query.next);"
    found = {
        "claude": [pf("claude", "Open redirect via req.query.next in login", 8, file="login.js", snippet=redirect),
                   pf("claude", "Open redirect in logout", 13, file="login.js", snippet=redirect)],
        "codex": [pf("codex", "Unvalidated redirect target (login)", 9, file="login.js")],
        "gemini": [pf("gemini", "Open redirect", 13, file="login.js",
                      description="logout redirects to an attacker-controlled URL from the query string.")],
    }  # fmt: skip
    merged = merge_findings(found, tmp_path)
    assert sorted((f.line, f.detected_by) for f in merged) == [(8, ["claude", "codex"]), (13, ["claude", "gemini"])]


def test_merge_is_deterministic_under_input_order_shuffles(repo: Path) -> None:
    found = {
        "claude": [pf("claude", "Command injection via shell=True", 7, category="security"),
                   pf("claude", "World-writable archive", 8, category="security"),
                   pf("claude", "prune deletes arbitrary paths", 14)],
        "codex": [pf("codex", "shell=True with concatenated target", 6),
                  pf("codex", "0o777 permissions", 9, severity="high"),
                  pf("codex", "Unused retries parameter", 5, category="maintainability")],
        "gemini": [pf("gemini", "Insecure chmod", 8), pf("gemini", "Shell injection risk", 7, confidence=0.9),
                   pf("gemini", "os.remove on unchecked paths", 13, severity="low")],
    }  # fmt: skip
    expected = [f.model_dump() for f in merge_findings(found, repo)]
    rng = random.Random(3)
    for _ in range(10):
        providers = list(found)
        rng.shuffle(providers)
        shuffled = {p: rng.sample(found[p], len(found[p])) for p in providers}
        assert [f.model_dump() for f in merge_findings(shuffled, repo)] == expected


def test_five_hundred_findings_merge(tmp_path: Path) -> None:
    score = load_score()
    found = score.synthetic(tmp_path)
    assert sum(len(v) for v in found.values()) == 500
    merged = merge_findings(found, tmp_path)
    assert sum(len(f.variants) for f in merged) == 500
    assert all(len(f.detected_by) == len(f.variants) for f in merged)


# ------------------------------------------------------------------------------------------ pipeline


def test_findings_from_answers_counts_drops_and_sorts(repo: Path) -> None:
    answers = {
        "claude": answer({"findings": [
            {"title": "Command injection in run_backup", "severity": "critical", "category": "security",
             "evidence": {"file": "ops/backup.py", "line": 7, "snippet": 'shell=True'}},
            {"title": "Unused retries parameter", "severity": "low", "category": "maintainability",
             "evidence": {"file": "ops/backup.py", "line": 5}},
        ]}),
        "codex": answer([{"title": "shell=True command injection in run_backup", "severity": "major",
                          "file": f"{repo}/ops/backup.py", "line": 6}, "junk"]),
        "gemini": "",
        "qwen": "I found nothing worth reporting.",
    }  # fmt: skip
    merged, dropped, counts = findings_from_answers(answers, repo)
    assert counts == {"claude": 2, "codex": 1, "gemini": 0, "qwen": 0}
    assert {p: len(d) for p, d in dropped.items()} == {"claude": 0, "codex": 1, "gemini": 0, "qwen": 1}
    assert [(f.severity, f.detected_by) for f in merged] == [("critical", ["claude", "codex"]), ("low", ["claude"])]


def test_benchmark_meets_its_targets() -> None:
    score = load_score()
    run = score.run_benchmark()
    assert run.extraction_problems == []
    merger = run.merger
    assert merger.count("exact") >= score.TARGETS["exact"], merger.status
    assert merger.f1 >= score.TARGETS["f1"]
    assert merger.fused == []
    assert merger.lost_findings == 0 and merger.count("lost") == 0
    # The merger must beat both baselines on the same extracted findings.
    assert all(merger.f1 > baseline.f1 for baseline in run.baselines)

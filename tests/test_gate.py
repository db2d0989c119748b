"""The headless CLI as a CI gate, on real git repositories with the fake CLIs as agents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import records
from tests.gitrepo import DB_PY, commit_all, git, make_repo, write

INJECTED = DB_PY.replace("name = ?'\n", "name = ' + repr(name)\n").replace("(query, (name,))", "(query)")
IN_CHANGE = {"severity": "high", "category": "security", "title": "SQL built from the name", "file": "app/db.py",
             "line": 5, "snippet": "query = 'SELECT * FROM users WHERE name = ' + repr(name)"}  # fmt: skip
OUTSIDE = {"severity": "critical", "category": "bug", "title": "helper is wrong", "file": "app/util.py",
           "line": 2, "snippet": "return 42"}  # fmt: skip


def answer(*findings: dict[str, object]) -> str:
    return "```json\n" + json.dumps({"findings": list(findings)}) + "\n```\n"


def headless(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mco_mcp", *args], env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def feature_branch(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path / "repo", {"app/db.py": DB_PY, "app/util.py": "def helper():\n    return 42\n"})
    git(repo, "checkout", "-q", "-b", "feature")
    write(repo, "app/db.py", INJECTED)
    commit_all(repo, "feature")
    return repo


def test_fail_on_counts_verified_findings_in_the_change_and_writes_every_output(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo = feature_branch(tmp_path)
    env["FAKE_CLI_ANSWER"] = answer(IN_CHANGE, OUTSIDE)
    out = tmp_path / "out"
    done = headless(env, repo, "review", "--base", "main", "--providers", "claude", "codex", "--fail-on", "high",
                    "--output", f"sarif={out}/mco.sarif", "--output", f"markdown={out}/report.md")  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert "1 verified finding(s) at or above high" in done.stderr and "app/db.py:5" in done.stderr
    job = json.loads(done.stdout)
    by_title = {f["title"]: f for f in job["findings"]}
    # The critical one is verified but in a file the branch did not touch: reported, not failing.
    assert by_title["helper is wrong"]["in_diff"] is False and by_title["helper is wrong"]["verified"]
    sarif = json.loads((out / "mco.sarif").read_text())
    assert {r["properties"]["in_diff"] for r in sarif["runs"][0]["results"]} == {True, False}
    assert "**Reviewed:** HEAD against main" in (out / "report.md").read_text()
    # No prompt was given: the default one, with the diff, reached every agent.
    for record in records(record_dir):
        assert record["stdin_text"].startswith("Review this change") and "repr(name)" in record["stdin_text"]


def test_fail_on_critical_passes_when_only_lower_or_outside_findings_exist(env: dict[str, str], tmp_path: Path) -> None:
    repo = feature_branch(tmp_path)
    env["FAKE_CLI_ANSWER"] = answer(IN_CHANGE, OUTSIDE)
    done = headless(env, repo, "review", "--base", "main", "--providers", "claude", "--fail-on", "critical")
    assert done.returncode == 0, done.stderr


def test_staged_with_nothing_staged_passes_at_once(env: dict[str, str], tmp_path: Path, record_dir: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    write(repo, "README.md", "unstaged only\n")
    done = headless(env, repo, "review", "--staged", "--fail-on", "low")
    assert done.returncode == 0, done.stderr
    assert "nothing to review" in json.loads(done.stdout)["summary"] and records(record_dir) == []


def test_gate_usage_errors(env: dict[str, str], tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    assert headless(env, repo, "review", "--head", "x").returncode == 2
    assert headless(env, repo, "review", "--staged", "--uncommitted").returncode == 2
    assert headless(env, repo, "review", "--staged", "--output", "pdf=x.pdf").returncode != 0
    unknown = headless(env, repo, "review", "--base", "nope")
    assert unknown.returncode == 2 and "unknown ref 'nope'" in unknown.stderr

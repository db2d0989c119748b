"""Scoped reviews through the MCP tools, with the fake CLIs as agents and real git repositories."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.jobs.manager import JobManager
from mco_mcp.jobs.store import JobRecord, JobStore, Owner, utc_now
from mco_mcp.adapters.manifest import load_registry
from mco_mcp.models import Job, ProviderRun
from mco_mcp.scope import worktree
from mco_mcp.scope.model import ScopeInfo
from mco_mcp.settings import Settings
from tests.conftest import memory_client, records
from tests.gitrepo import DB_PY, commit_all, git, make_repo, write

pytestmark = pytest.mark.anyio

INJECTED = DB_PY.replace("name = ?'\n", "name = ' + repr(name)\n").replace("(query, (name,))", "(query)")


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    return result.structured_content


def answer(*findings: dict[str, Any]) -> str:
    return "Reviewed.\n\n```json\n" + json.dumps({"findings": list(findings)}) + "\n```\n"


IN_CHANGE = {"severity": "medium", "category": "security", "title": "SQL built from the name", "file": "app/db.py",
             "line": 5, "snippet": "query = 'SELECT * FROM users WHERE name = ' + repr(name)",
             "recommendation": "Use a placeholder."}  # fmt: skip
OUTSIDE = {"severity": "medium", "category": "maintainability", "title": "README is terse", "file": "README.md",
           "line": 1, "recommendation": "Say more."}  # fmt: skip


def worktrees(repo: Path) -> list[str]:
    return [line for line in git(repo, "worktree", "list", "--porcelain").splitlines() if line.startswith("worktree ")]


def pr_repo(tmp_path: Path) -> tuple[Path, str]:
    """main checked out; branch pr-7 (not checked out) makes find_user injectable."""
    repo = make_repo(tmp_path / "repo")
    git(repo, "checkout", "-q", "-b", "pr-7")
    write(repo, "app/db.py", INJECTED)
    head = commit_all(repo, "pr 7")
    git(repo, "checkout", "-q", "main")
    return repo, head


async def test_a_pr_ref_not_checked_out_is_reviewed_in_a_read_only_worktree_that_is_then_removed(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo, head = pr_repo(tmp_path)
    branches = git(repo, "branch", "--list")
    env["FAKE_CLI_ANSWER"] = answer(IN_CHANGE, OUTSIDE)
    scope = {"kind": "branch", "base": "main", "head": "pr-7"}
    async with memory_client(env) as client:
        with anyio.fail_after(60):
            job = structured(await client.call_tool("review", {
                "prompt": "Review this PR", "repo": str(repo), "providers": ["claude", "codex"], "scope": scope,
                "wait_seconds": 50}))  # fmt: skip
    assert job["state"] == "completed", job["summary"]
    assert job["repo"] == str(repo) and job["scope"]["worktree"] is True and job["scope"]["head_commit"] == head
    for record in records(record_dir):
        # Each agent worked in the worktree at pr-7 (under the state dir), got the diff and the file list.
        cwd = Path(record["cwd"])
        assert cwd.name == f"mco-review-{job['job_id']}" and str(cwd).startswith(env["MCO_MCP_STATE_DIR"])
        stdin = record["stdin_text"]
        assert "Review this PR" in stdin and "pr-7 against main" in stdin
        assert "### Changed files (1: 1 modified)\n- modified: app/db.py" in stdin
        assert "+    query = 'SELECT * FROM users WHERE name = ' + repr(name)" in stdin
        assert "in the context of the code around it" in stdin and "checked out, read-only" in stdin
    # The findings were checked against the code at pr-7 (the snippet is only there) and know the diff.
    by_file = {f["file"]: f for f in job["findings"]}
    assert by_file["app/db.py"]["verified"] is True and by_file["app/db.py"]["in_diff"] is True
    assert by_file["README.md"]["in_diff"] is False
    assert [f["file"] for f in job["findings"]] == ["app/db.py", "README.md"]  # same severity: the change first
    assert "1 findings in the change" in job["summary"]
    # Nothing is left: no worktree, no admin entry or lock, no branch; the caller's checkout is as it was.
    assert worktrees(repo) == [f"worktree {repo}"]
    assert not (repo / ".git" / "worktrees").exists() or not any((repo / ".git" / "worktrees").iterdir())
    assert git(repo, "branch", "--list") == branches and git(repo, "status", "--porcelain") == ""
    assert not list(Path(env["MCO_MCP_STATE_DIR"]).glob("jobs/*/mco-review-*"))


async def test_the_worktree_is_read_only_while_the_agents_run(env: dict[str, str], tmp_path: Path, record_dir: Path) -> None:
    repo, _ = pr_repo(tmp_path)
    env["FAKE_CLI_MODE"] = "stall"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("review", {
            "prompt": "p", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0,
            "scope": {"kind": "commit", "commit": "pr-7"}}))  # fmt: skip
        with anyio.fail_after(20):
            while not records(record_dir):
                await anyio.sleep(0.05)
        cwd = Path(records(record_dir)[0]["cwd"])
        assert (cwd / "app" / "db.py").read_text() == INJECTED
        # No write bit on any file or directory (root ignores mode bits, so the refusal is checked as non-root).
        for path in [cwd, cwd / "app", cwd / "app" / "db.py", cwd / "README.md"]:
            assert stat.S_IMODE(path.stat().st_mode) & 0o222 == 0, path
        if os.geteuid() != 0:
            with pytest.raises(PermissionError):
                (cwd / "app" / "db.py").write_text("edited")
            with pytest.raises(PermissionError):
                (cwd / "app" / "new.py").write_text("new")
        cancelled = structured(await client.call_tool("cancel", {"job_id": job["job_id"]}))
    # Cancelled: the worktree went with the job.
    assert cancelled["state"] == "cancelled" and not cwd.exists() and worktrees(repo) == [f"worktree {repo}"]


async def test_an_empty_diff_completes_at_once_with_nothing_to_review_and_starts_no_cli(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    async with memory_client(env) as client:
        job = structured(await client.call_tool("review", {"prompt": "p", "repo": str(repo), "scope": {"kind": "uncommitted"}}))
        again = structured(await client.call_tool("status", {"job_id": job["job_id"]}))
    assert job["state"] == again["state"] == "completed" and job["providers"] == []
    assert "nothing to review" in job["summary"] and job["scope"]["files"] == 0
    assert records(record_dir) == []


async def test_only_in_diff_drops_findings_outside_the_change_and_counts_them(
    env: dict[str, str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    write(repo, "app/db.py", INJECTED)
    env["FAKE_CLI_ANSWER"] = answer(IN_CHANGE, OUTSIDE)
    async with memory_client(env) as client:
        job = structured(await client.call_tool("review", {
            "prompt": "p", "repo": str(repo), "providers": ["gemini"], "wait_seconds": 30,
            "scope": {"kind": "uncommitted", "only_in_diff": True}}))  # fmt: skip
    assert [f["file"] for f in job["findings"]] == ["app/db.py"]
    assert job["scope"]["dropped_outside_diff"] == 1
    assert "1 outside it dropped (only_in_diff)" in job["summary"]


async def test_bad_scope_and_git_problems_are_tool_errors_that_start_nothing(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    repo = make_repo(tmp_path / "repo")
    async with memory_client(env) as client:
        not_git = await client.call_tool("review", {"prompt": "p", "repo": str(plain), "scope": {"kind": "staged"}})
        unknown = await client.call_tool("review", {"prompt": "p", "repo": str(repo), "scope": {"kind": "branch", "base": "nope"}})
    assert not_git.is_error and "not inside a git work tree" in not_git.content[0].text
    assert unknown.is_error and "unknown ref 'nope'" in unknown.content[0].text
    assert records(record_dir) == []


async def test_run_with_a_scope_gets_the_staged_diff(env: dict[str, str], tmp_path: Path, record_dir: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    write(repo, "README.md", "demo\nmore docs\n")
    git(repo, "add", "README.md")
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {
            "prompt": "Write the commit message", "repo": str(repo), "providers": ["qwen"], "wait_seconds": 30,
            "scope": {"kind": "staged"}}))  # fmt: skip
    assert job["state"] == "completed" and job["scope"]["files"] == 1
    assert "+more docs" in records(record_dir)[0]["stdin_text"]


def dead_owner() -> Owner:
    """The owner of a server that is gone: a process that ran and exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return Owner(pid=proc.pid, start_time=12345)


def test_a_worktree_left_by_a_server_killed_with_sigkill_is_removed_by_the_next_servers_housekeeping(
    env: dict[str, str], tmp_path: Path
) -> None:
    repo, head = pr_repo(tmp_path)
    settings = Settings.from_env(env)
    store = JobStore(settings.state_dir)
    store.ensure()
    job_id = "20260101-000000-abcdef"
    record = JobRecord(
        job=Job(job_id=job_id, kind="review", state="running", repo=str(repo), created_at=utc_now(),
                updated_at=utc_now(), providers=[ProviderRun(provider="claude", state="running")],
                scope=ScopeInfo(kind="branch", description="pr-7 against main", worktree=True)),
        owner=dead_owner(),
    )  # fmt: skip
    job_dir = store.create(record)
    path = worktree.worktree_path(job_dir)
    worktree.add(repo, path, head)  # as the killed server left it: read-only, registered in the repo
    assert len(worktrees(repo)) == 2
    manager = JobManager(settings, load_registry(settings.manifest_dir), env=env)
    manager._housekeeping()
    assert not path.exists() and worktrees(repo) == [f"worktree {repo}"]
    assert store.read(job_id).job.state == "cancelled"


async def test_the_worktree_is_removed_when_the_server_exits_mid_review(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    from tests.conftest import stdio_client

    repo, _ = pr_repo(tmp_path)
    env["FAKE_CLI_MODE"] = "stall"
    with anyio.fail_after(60):
        async with stdio_client(env) as client:
            job = structured(await client.call_tool("review", {
                "prompt": "p", "repo": str(repo), "providers": ["codex"], "wait_seconds": 0,
                "scope": {"kind": "branch", "base": "main", "head": "pr-7"}}))  # fmt: skip
            while not records(record_dir):
                await anyio.sleep(0.05)
            assert len(worktrees(repo)) == 2
        # stdin closed: the server cancelled the job, stopped the CLI and removed the worktree before exiting.
    assert worktrees(repo) == [f"worktree {repo}"]
    assert not list(Path(env["MCO_MCP_STATE_DIR"]).glob("jobs/*/mco-review-*"))
    document = json.loads((Path(env["MCO_MCP_STATE_DIR"]) / "jobs" / job["job_id"] / "job.json").read_text())
    assert document["job"]["state"] == "cancelled"

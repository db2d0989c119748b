"""Parallel attempts (issue 17): each writer in its own git worktree, a patch per provider, one applied on
request. Real git repositories, the fake CLIs really editing files, the server through MCP."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.adapters.manifest import load_registry
from mco_mcp.jobs.manager import JobManager
from mco_mcp.settings import Settings
from tests.conftest import alive_groups, memory_client, records
from tests.gitrepo import DB_PY, git, make_repo, write

pytestmark = pytest.mark.anyio


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    return result.structured_content


def error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return result.content[0].text


def tree_bytes(repo: Path) -> dict[str, str]:
    """Every file of the work tree, plus the index and HEAD, by content hash: byte-identical or not."""
    state = {}
    for path in sorted(repo.rglob("*")):
        rel = path.relative_to(repo).as_posix()
        if path.is_file() and not rel.startswith(".git/"):
            state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    for name in ("index", "HEAD"):
        state[f".git/{name}"] = hashlib.sha256((repo / ".git" / name).read_bytes()).hexdigest()
    state["HEAD commit"] = git(repo, "rev-parse", "HEAD").strip()
    return state


def worktrees(repo: Path) -> list[str]:
    return [line for line in git(repo, "worktree", "list", "--porcelain").splitlines() if line.startswith("worktree ")]


def mco_branches(repo: Path) -> list[str]:
    return [b for b in git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads/").split() if b.startswith("mco/")]


def dirty_repo(tmp_path: Path) -> Path:
    """A committed repo plus what a user has not committed: an unstaged edit, a staged new file, an untracked file."""
    repo = make_repo(tmp_path / "repo")
    write(repo, "README.md", "demo\nunstaged line\n")
    write(repo, "staged.txt", "staged\n")
    git(repo, "add", "staged.txt")
    write(repo, "notes/untracked.txt", "untracked\n")
    return repo


async def run_job(client: Any, repo: Path, providers: list[str], **extra: Any) -> dict[str, Any]:
    args = {"prompt": "implement it", "repo": str(repo), "providers": providers, "access": "workspace-write",
            "wait_seconds": 60, **extra}  # fmt: skip
    return structured(await client.call_tool("run", args))


async def read_patch(client: Any, job_id: str, provider: str) -> str:
    result = await client.read_resource(f"mco://jobs/{job_id}/providers/{provider}/patch")
    return result.contents[0].text


async def test_two_providers_editing_the_same_file_each_produce_their_own_complete_patch_and_apply_leaves_exactly_one(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo = dirty_repo(tmp_path)
    before = tree_bytes(repo)
    status_before = git(repo, "status", "--porcelain")
    env["FAKE_CLI_MODE"] = "edit=app/db.py"
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            job = await run_job(client, repo, ["claude", "codex"])
            assert job["state"] == "completed", job["summary"]
            runs = {run["provider"]: run for run in job["providers"]}
            for name, run in runs.items():
                attempt = run["attempt"]
                assert (attempt["state"], attempt["files"], attempt["insertions"], attempt["deletions"]) == ("kept", ["app/db.py"], 1, 0)
                assert attempt["branch"] == f"mco/{job['job_id']}/{name}"
                worktree = Path(attempt["worktree"])
                # The CLI worked there, and saw what the user sees: HEAD plus every uncommitted change.
                (record,) = records(record_dir, name)
                assert record["cwd"] == str(worktree) and record["edited"] == [str(worktree / "app/db.py")]
                assert (worktree / "README.md").read_text() == "demo\nunstaged line\n"
                assert (worktree / "staged.txt").read_text() == "staged\n"
                assert (worktree / "notes/untracked.txt").read_text() == "untracked\n"
                assert (worktree / "app/db.py").read_text() == DB_PY + f"edited by {name}\n"
                patch = await read_patch(client, job["job_id"], name)
                other = "codex" if name == "claude" else "claude"
                assert f"+edited by {name}" in patch and f"edited by {other}" not in patch
                assert "README.md" not in patch and "untracked" not in patch  # the starting point held those
                assert Path(run["artifacts"]["patch"]).read_text() == patch
            assert runs["claude"]["attempt"]["worktree"] != runs["codex"]["attempt"]["worktree"]
            # The user's tree, index and HEAD: byte-identical until apply.
            assert tree_bytes(repo) == before and git(repo, "status", "--porcelain") == status_before
            assert len(worktrees(repo)) == 3 and len(mco_branches(repo)) == 2

            applied = structured(await client.call_tool("apply", {"job_id": job["job_id"], "provider": "claude"}))
            states = {run["provider"]: run["attempt"]["state"] for run in applied["providers"]}
            assert states == {"claude": "applied", "codex": "discarded"}
            # Exactly claude's change: app/db.py gained its line; nothing else moved, the index is as it was.
            after = tree_bytes(repo)
            assert after.pop("app/db.py") != before["app/db.py"]
            assert after == {k: v for k, v in before.items() if k != "app/db.py"}
            assert (repo / "app/db.py").read_text() == DB_PY + "edited by claude\n"
            assert git(repo, "diff", "--cached", "--name-only") == "staged.txt\n"
            assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []

            # codex's patch touches the same lines: refused whole, the tree stays as it is.
            applied_tree = tree_bytes(repo)
            refused = error_text(await client.call_tool("apply", {"job_id": job["job_id"], "provider": "codex"}))
            assert "no longer applies" in refused and "app/db.py" in refused and "Nothing was changed" in refused
            assert tree_bytes(repo) == applied_tree


async def test_a_conflicting_apply_is_refused_whole_and_changes_no_file(env: dict[str, str], tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    env["FAKE_CLI_MODE"] = "edit=docs/new.md+app/db.py"  # a new file and an edit: two files in one patch
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            job = await run_job(client, repo, ["gemini"])
            assert job["providers"][0]["attempt"]["files"] == ["app/db.py", "docs/new.md"], job["summary"]
            write(repo, "app/db.py", DB_PY + "the user's own last line\n")  # the tree changed underneath
            before = tree_bytes(repo)
            refused = error_text(await client.call_tool("apply", {"job_id": job["job_id"], "provider": "gemini"}))
            assert "refused" in refused and "app/db.py" in refused
            assert tree_bytes(repo) == before and not (repo / "docs").exists()  # not half-applied
            # A change elsewhere in the file does not conflict: the patch still applies, whole.
            write(repo, "app/db.py", "# the user's header\n" + DB_PY)
            applied = structured(await client.call_tool("apply", {"job_id": job["job_id"], "provider": "gemini"}))
    assert applied["providers"][0]["attempt"]["state"] == "applied"
    assert (repo / "app/db.py").read_text() == "# the user's header\n" + DB_PY + "edited by gemini\n"
    assert (repo / "docs/new.md").read_text() == "edited by gemini\n"
    assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []


async def test_cancel_and_timeout_leave_no_worktree_or_branch_and_keep_the_patch(
    env: dict[str, str], tmp_path: Path, record_dir: Path, no_leftover_groups: None
) -> None:
    repo = make_repo(tmp_path / "repo")
    before = tree_bytes(repo)
    env["FAKE_CLI_MODE"] = "edit=app/db.py,stall"
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            job = await run_job(client, repo, ["claude", "codex"], wait_seconds=0)
            while len([r for r in records(record_dir) if r.get("edited")]) < 2:
                await anyio.sleep(0.05)
            assert len(worktrees(repo)) == 3
            cancelled = structured(await client.call_tool("cancel", {"job_id": job["job_id"]}))
            assert cancelled["state"] == "cancelled"
            assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []
            for run in cancelled["providers"]:
                assert run["attempt"]["state"] == "removed" and run["attempt"]["files"] == ["app/db.py"]
                assert not Path(run["attempt"]["worktree"]).exists()
            assert "+edited by claude" in await read_patch(client, job["job_id"], "claude")

            timed = await run_job(client, repo, ["opencode"], timeout_seconds=1)
            assert timed["providers"][0]["state"] == "timed_out", timed["summary"]
            assert timed["providers"][0]["attempt"]["state"] == "removed"
            assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []
    assert tree_bytes(repo) == before
    assert not any((Path(env["MCO_MCP_STATE_DIR"]) / "attempts").iterdir())


def test_a_server_killed_with_sigkill_leaves_attempts_the_next_start_removes(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    env["FAKE_CLI_MODE"] = "edit=app/db.py,stall"
    server = subprocess.Popen(
        [sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude", "codex",
         "--access", "workspace-write", "p"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        with anyio.from_thread.start_blocking_portal() as portal:  # a bounded wait without sleep-polling the test
            portal.call(_wait_for_edits, record_dir, 2)
        assert len(worktrees(repo)) == 3 and len(mco_branches(repo)) == 2
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
        server.stderr.close()
    pgids = [r["pgid"] for r in records(record_dir)]
    settings = Settings.from_env(env)
    JobManager(settings, load_registry(settings.manifest_dir), env=env)._housekeeping()
    assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []
    assert not any((settings.state_dir / "attempts").iterdir())
    assert alive_groups(pgids) == []  # recovery stopped the CLIs the dead server left
    (job_id,) = [p.name for p in (settings.state_dir / "jobs").iterdir()]
    document = json.loads((settings.state_dir / "jobs" / job_id / "job.json").read_text())
    assert document["job"]["state"] == "cancelled"
    assert {run["attempt"]["state"] for run in document["job"]["providers"]} == {"removed"}


async def _wait_for_edits(record_dir: Path, count: int) -> None:
    with anyio.fail_after(30):
        while len([r for r in records(record_dir) if r.get("edited")]) < count:
            await anyio.sleep(0.05)


async def test_outside_git_several_writers_are_refused_one_writes_in_place_and_a_second_job_waits_its_turn(
    env: dict[str, str], repo: Path, record_dir: Path, no_leftover_groups: None
) -> None:
    env["FAKE_CLI_MODE"] = "edit=app/db.py,stall"
    call = {"prompt": "p", "repo": str(repo), "access": "workspace-write", "wait_seconds": 0}
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            refused = error_text(await client.call_tool("run", {**call, "providers": ["claude", "codex"]}))
            assert "is not a git repository" in refused and "git init" in refused
            assert records(record_dir) == []  # nothing started
            first = structured(await client.call_tool("run", {**call, "providers": ["claude"]}))
            await _wait_for_edits(record_dir, 1)
            assert records(record_dir, "claude")[0]["cwd"] == str(repo)  # one writer: in place, as documented
            assert (repo / "app/db.py").read_text().endswith("edited by claude\n")
            second = error_text(await client.call_tool("run", {**call, "providers": ["codex"]}))
            assert f"being written by job {first['job_id']}" in second
            await client.call_tool("cancel", {"job_id": first["job_id"]})
            third = structured(await client.call_tool("run", {**call, "providers": ["codex"]}))  # the lock went with it
            await client.call_tool("cancel", {"job_id": third["job_id"]})


async def test_resume_continues_in_the_attempts_own_worktree_and_its_patch_holds_both_turns(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    env["FAKE_CLI_MODE"] = "edit=app/db.py"
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            first = await run_job(client, repo, ["claude", "codex"])
            run = first["providers"][0]
            session, worktree = run["session_id"], run["attempt"]["worktree"]
            second = await run_job(client, repo, ["claude"], resume={"claude": session})
            again = second["providers"][0]
            assert again["state"] == "succeeded", second["summary"]
            claude_runs = records(record_dir, "claude")
            assert [r["cwd"] for r in claude_runs] == [worktree, worktree] and claude_runs[1]["resumed"]
            assert again["attempt"]["worktree"] == worktree and again["attempt"]["origin_job"] == first["job_id"]
            assert again["attempt"]["insertions"] == 2  # the attempt's whole change: both turns
            patch = await read_patch(client, second["job_id"], "claude")
            assert patch.count("+edited by claude") == 2
            assert len(worktrees(repo)) == 3  # codex's attempt of the first job is still kept
            structured(await client.call_tool("apply", {"job_id": second["job_id"], "provider": "claude"}))
            assert (repo / "app/db.py").read_text() == DB_PY + "edited by claude\n" * 2
            assert len(worktrees(repo)) == 2  # claude's attempt went; codex's belongs to the first job
            discarded = structured(await client.call_tool("discard", {"job_id": first["job_id"]}))
            assert {r["provider"]: r["attempt"]["state"] for r in discarded["providers"]}["codex"] == "discarded"
    assert worktrees(repo) == [f"worktree {repo}"] and mco_branches(repo) == []


async def test_check_runs_in_each_worktree_without_a_shell_and_is_bounded_in_time(
    env: dict[str, str], tmp_path: Path
) -> None:
    repo = make_repo(tmp_path / "repo")
    env["FAKE_CLI_MODE"] = "edit=app/db.py"
    env["MCO_MCP_CHECK_TIMEOUT_SECONDS"] = "2"
    probe = ("import os, sys, subprocess, time; text = open('app/db.py').read(); "
             "print('group', os.getpgid(0), 'argv', sys.argv[1:], flush=True); "
             "slow = 'edited by codex' in text; "
             "slow and subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)']); "
             "slow and time.sleep(300); sys.exit(0 if 'edited by claude' in text else 3)")
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            job = await run_job(client, repo, ["claude", "gemini", "codex"], check=[sys.executable, "-c", probe, "$HOME;*"])
    checks = {run["provider"]: run["attempt"]["check"] for run in job["providers"]}
    assert checks["claude"]["passed"] is True and checks["claude"]["exit_code"] == 0
    assert "argv ['$HOME;*']" in checks["claude"]["output"]  # argv as given: no shell expanded it
    assert checks["gemini"]["passed"] is False and checks["gemini"]["exit_code"] == 3
    assert checks["codex"]["passed"] is False and checks["codex"]["timed_out"] is True
    assert "stopped" in checks["codex"]["error"]
    # The timed-out check's whole group (with the child it started) was killed.
    group = int(checks["codex"]["output"].split()[1])
    assert alive_groups([group]) == []
    # The patch is the agent's change, taken before the check ran.
    assert {run["attempt"]["files_changed"] for run in job["providers"]} == {1}


async def test_old_jobs_are_pruned_with_their_attempts(env: dict[str, str], tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    env["FAKE_CLI_MODE"] = "edit=app/db.py"
    env["MCO_MCP_KEEP_JOBS"] = "1"
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            old = await run_job(client, repo, ["claude"])
            new = await run_job(client, repo, ["codex"])
    assert len(worktrees(repo)) == 3
    settings = Settings.from_env(env)
    JobManager(settings, load_registry(settings.manifest_dir), env=env)._housekeeping()
    assert not (settings.state_dir / "jobs" / old["job_id"]).exists()
    assert worktrees(repo) == [f"worktree {repo}", f"worktree {new['providers'][0]['attempt']['worktree']}"]
    assert mco_branches(repo) == [f"mco/{new['job_id']}/codex"]


async def test_bad_check_and_check_without_workspace_write_are_refused(env: dict[str, str], tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    async with memory_client(env) as client:
        for check, message in (([], "non-empty list"), ([""], "check[0] is empty"), (["a\0b"], "NUL")):
            text = error_text(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"],
                                                             "access": "workspace-write", "check": check}))
            assert message in text
        text = error_text(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"], "check": ["true"]}))
        assert "workspace-write" in text

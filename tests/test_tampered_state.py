"""Attacker 3 of docs/security.md: a tampered or corrupt state directory.

Every file under the state directory may have been written by someone else, cut short by a crash, or
replaced by a symlink, a FIFO or a directory. None of it may take the server down, make it read a file
outside the job's own directory, or make it write through a planted symlink.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.errors import UnknownJob, UnreadableJob
from mco_mcp.jobs.store import JobRecord, JobStore, Owner, new_job_id, utc_now
from mco_mcp.models import Job
from tests.conftest import memory_client, records, stdio_client

pytestmark = pytest.mark.anyio


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    return result.structured_content


def _dead_owner() -> dict[str, Any]:
    return {"pid": 2**22 + 7, "start_time": 1}  # above pid_max: no such process


def _document(job_id: str, **job_fields: Any) -> dict[str, Any]:
    now = utc_now()
    job = {"job_id": job_id, "kind": "run", "state": "completed", "repo": "/r", "created_at": now, "updated_at": now, "providers": []}
    job.update(job_fields)
    return {"job": job, "owner": _dead_owner(), "processes": {}}


def _plant(jobs: Path, job_id: str, how: str) -> None:
    """One way a stored job can be broken; each must cost that job only."""
    path = jobs / job_id
    if how == "job folder is a regular file":
        path.write_text("not a directory")
        return
    path.mkdir(parents=True)
    doc = path / "job.json"
    if how == "job.json is a directory":
        doc.mkdir()
    elif how == "job.json is a symlink loop":
        doc.symlink_to(doc)
    elif how == "job.json is a fifo":
        os.mkfifo(doc)
    elif how == "job.json is a symlink to a foreign file":
        foreign = jobs.parent / "foreign.json"
        foreign.write_text(json.dumps(_document(job_id)))
        doc.symlink_to(foreign)
    elif how == "job.json is huge":
        with open(doc, "wb") as handle:
            handle.truncate(40 * 1024 * 1024)  # sparse: costs no disk
    elif how == "state is a dict":
        doc.write_text(json.dumps(_document(job_id, state={"running": True})))
    elif how == "deeply nested json":
        doc.write_text('{"job": ' + "[" * 100_000 + "]" * 100_000 + "}")
    elif how == "half-written json":
        doc.write_text(json.dumps(_document(job_id))[:57])
    elif how == "not utf-8":
        doc.write_bytes(b"\xff\xfe{\x00")
    elif how in ("negative pgid", "huge pgid"):
        pgid = -5 if how == "negative pgid" else 2**70
        document = _document(job_id, state="running")
        document["processes"] = {"claude": {"pgid": pgid, "start_time": None}}
        doc.write_text(json.dumps(document))
    else:
        raise AssertionError(how)


BROKEN = [
    "job folder is a regular file",
    "job.json is a directory",
    "job.json is a symlink loop",
    "job.json is a fifo",
    "job.json is a symlink to a foreign file",
    "job.json is huge",
    "state is a dict",
    "deeply nested json",
    "half-written json",
    "not utf-8",
    "negative pgid",
    "huge pgid",
]


@pytest.mark.parametrize("how", BROKEN)
async def test_one_malformed_job_entry_never_crashes_a_restart(env: dict[str, str], repo: Path, how: str) -> None:
    """Regression: one malformed entry (job.json a directory or a symlink loop, the folder a file, `state`
    a dict, deep JSON, a negative or huge pgid) crashed every restart until someone deleted it."""
    jobs = Path(env["MCO_MCP_STATE_DIR"]) / "jobs"
    jobs.mkdir(parents=True)
    bad_id = "20260101-000000-badbad"
    _plant(jobs, bad_id, how)
    async with memory_client(env) as client:
        with anyio.fail_after(30):  # a FIFO read without O_NONBLOCK would hang here
            listing = structured(await client.call_tool("status", {}))
            one = await client.call_tool("status", {"job_id": bad_id})
            job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
            again = structured(await client.call_tool("status", {}))
    assert job["state"] == "completed"  # the server goes on serving
    listed = [j["job_id"] for j in again["jobs"]]
    assert job["job_id"] in listed
    unreadable = {u["job_id"]: u["reason"] for u in listing.get("unreadable") or []}
    if how in ("negative pgid", "huge pgid"):
        # A valid document of a dead server: it is settled as cancelled without signalling anything
        # (the pgid is not one we can prove we started), or shown unreadable; never a crash.
        assert bad_id in listed or bad_id in unreadable
    else:
        assert bad_id in unreadable, listing
        assert one.is_error and "unreadable" in one.content[0].text
    assert all(j["job_id"] != bad_id or j["state"] != "running" for j in again["jobs"])


async def test_every_malformed_entry_at_once_and_a_fresh_server_over_stdio_still_serves(
    env: dict[str, str], repo: Path
) -> None:
    jobs = Path(env["MCO_MCP_STATE_DIR"]) / "jobs"
    jobs.mkdir(parents=True)
    for index, how in enumerate(BROKEN):
        _plant(jobs, f"20260101-0000{index:02d}-badbad", how)
    for _ in range(2):  # the first server's housekeeping runs over them; the second start must still work
        async with stdio_client(env) as client:
            with anyio.fail_after(60):
                job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"]}))
                listing = structured(await client.call_tool("status", {}))
        assert job["state"] == "completed"
        assert job["job_id"] in [j["job_id"] for j in listing["jobs"]]


def test_store_read_names_what_is_wrong(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "state")
    store.ensure()
    _plant(store.root, "20260101-000000-aaaaaa", "job.json is a symlink loop")
    _plant(store.root, "20260101-000000-bbbbbb", "state is a dict")
    with pytest.raises(UnreadableJob, match="symbolic link"):
        store.read("20260101-000000-aaaaaa")
    with pytest.raises(UnreadableJob, match=r"at job\.state"):
        store.read("20260101-000000-bbbbbb")
    with pytest.raises(UnknownJob, match="unknown job id"):
        store.read("20260101-000000-cccccc")


def test_housekeeping_racing_job_creation_never_raises(tmp_path: Path) -> None:
    """Regression: the first job's housekeeping globbed `*/.*.tmp` while a new job's staging directory was
    renamed into place; the FileNotFoundError escaped and killed the server (3 of ~85 headless runs, 24 of
    100 concurrent ones). Here a thread creates and writes jobs as fast as it can (each creation is a
    staging directory renamed into place, each write a temp file renamed over job.json) while housekeeping
    runs 300 times; every temp entry is 'stale' (cutoff in the future) so each pass really deletes."""
    store = JobStore(tmp_path / "state")
    store.ensure()
    stop = threading.Event()
    errors: list[BaseException] = []

    def churn() -> None:
        try:
            while not stop.is_set():
                now = utc_now()
                job = Job(job_id=new_job_id(), kind="run", state="completed", repo="/r", created_at=now, updated_at=now, providers=[])
                record = JobRecord(job=job, owner=Owner.me())
                try:
                    store.create(record)
                    store.write(record)
                except FileNotFoundError:
                    pass  # housekeeping removed our staging dir or temp file: that is its job, not a crash
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            errors.append(exc)

    writer = threading.Thread(target=churn)
    writer.start()
    try:
        for _ in range(300):
            store.remove_stale_temp_files(older_than_seconds=-60)
            store.prune(keep=5, max_age_days=30, protect=set())
    finally:
        stop.set()
        writer.join(30)
    assert errors == []


async def test_an_exception_in_housekeeping_costs_that_step_not_the_server(
    env: dict[str, str], repo: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(JobStore, "prune", broken)
    monkeypatch.setattr(JobStore, "remove_stale_temp_files", broken)
    async with memory_client(env) as client:
        first = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
        second = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"]}))
    assert first["state"] == second["state"] == "completed"
    assert "housekeeping failed while pruning old jobs" in caplog.text


async def test_a_failure_in_findings_extraction_costs_that_job_s_findings_not_the_server(
    env: dict[str, str], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mco_mcp.findings.pipeline

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(mco_mcp.findings.pipeline, "grouped_from_answers", broken)
    async with memory_client(env) as client:
        review = structured(await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["claude", "gemini"]}))
        after = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"]}))
    assert review["state"] == "completed"
    assert any("extracting and merging the findings failed" in note for note in review["notes"])
    assert after["state"] == "completed"


async def test_a_forged_artifact_path_never_makes_a_resource_read_another_file(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    """Regression: `artifacts.final` set to /etc/shadow in a stored document was served by
    .../providers/claude/output. Paths are derived inside the job's directory, never read from it."""
    secret = tmp_path / "shadow"
    secret.write_text("root:SECRET-HASH:19000:0:99999:7:::\n")
    state = Path(env["MCO_MCP_STATE_DIR"])
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
    job_dir = state / "jobs" / job["job_id"]
    document = json.loads((job_dir / "job.json").read_text())
    document["job"]["providers"][0]["artifacts"]["final"] = str(secret)
    (job_dir / "job.json").write_text(json.dumps(document))
    (job_dir / "claude.final.txt").unlink()
    (job_dir / "claude.final.txt").symlink_to(secret)  # and a planted symlink where the real file was
    async with memory_client(env) as client:
        with pytest.raises(Exception) as caught:
            await client.read_resource(f"mco://jobs/{job['job_id']}/providers/claude/output")
    assert "SECRET" not in str(caught.value)
    assert "cannot be read" in str(caught.value)


async def test_a_planted_symlink_in_a_queued_job_s_directory_is_never_written_through(
    env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path
) -> None:
    """Regression: log and final-text files followed symlinks planted in the job's directory (a victim
    file was overwritten). They are created exclusively, with O_NOFOLLOW."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    env["MCO_MCP_MAX_PROCESSES"] = "1"
    env["FAKE_CLI_MODE_GEMINI"] = "delay=1.5"
    state = Path(env["MCO_MCP_STATE_DIR"])
    async with memory_client(env) as client:
        blocker = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["gemini"], "wait_seconds": 0}))
        with anyio.fail_after(20):
            while not records(record_dir, "gemini"):
                await anyio.sleep(0.05)
        queued = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0}))
        assert queued["providers"][0]["state"] == "queued"
        job_dir = state / "jobs" / queued["job_id"]
        for name in ("claude.stdout.log", "claude.stderr.log", "claude.final.txt"):
            (job_dir / name).symlink_to(victim)
        done = structured(await client.call_tool("status", {"job_id": queued["job_id"], "wait_seconds": 30}))
        structured(await client.call_tool("status", {"job_id": blocker["job_id"], "wait_seconds": 30}))
    assert victim.read_text() == "precious\n"
    assert done["providers"][0]["state"] == "failed"
    assert not records(record_dir, "claude")  # the CLI never started with its output going to the victim


def test_an_unusable_state_dir_is_one_clear_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "mco_mcp"],
        env={**os.environ, "MCO_MCP_STATE_DIR": str(blocker / "state")},
        input=b"",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot use the state directory" in lines[0] and "Traceback" not in result.stderr.decode()


def test_a_planted_worktree_symlink_or_git_file_never_makes_housekeeping_touch_another_directory(tmp_path: Path) -> None:
    """A finished job whose `mco-review-<id>` is a symlink to a victim directory, and another whose
    worktree holds a forged `.git` file naming a victim's admin dir: housekeeping removes neither victim's
    files nor changes their permissions (it only removes worktrees it can prove are ours)."""
    from mco_mcp.scope.worktree import remove_stale, worktree_path

    store = JobStore(tmp_path / "state")
    store.ensure()
    victim = tmp_path / "victim"
    (victim / "sub").mkdir(parents=True)
    (victim / "sub" / "keep.txt").write_text("keep\n")
    (victim / "locked").write_text("lock\n")
    os.chmod(victim / "sub", 0o751)
    first, second = "20260101-000000-aaaaaa", "20260101-000000-bbbbbb"
    for job_id in (first, second):
        (store.root / job_id).mkdir()
        (store.root / job_id / "job.json").write_text(json.dumps(_document(job_id, state="completed", scope={"kind": "branch"})))
    worktree_path(store.root / first).symlink_to(victim)
    forged = worktree_path(store.root / second)
    forged.mkdir()
    (forged / ".git").write_text(f"gitdir: {victim}\n")
    remove_stale(store.root, protect=set())
    assert (victim / "sub" / "keep.txt").read_text() == "keep\n"
    assert (victim / "locked").exists()
    assert stat_mode(victim / "sub") == 0o751


def stat_mode(path: Path) -> int:
    import stat as stat_module

    return stat_module.S_IMODE(path.stat().st_mode)

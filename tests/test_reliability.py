"""Concurrency, crash-safety and responsiveness: the promises of docs/reliability.md."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.jobs.store import JobStore
from mco_mcp.models import TERMINAL_JOB_STATES, TERMINAL_RUN_STATES
from tests.conftest import PROVIDERS, alive_groups, memory_client, records

pytestmark = pytest.mark.anyio


async def test_twenty_jobs_at_once_with_racing_cancels_end_in_exactly_one_state_each(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env["MCO_MCP_MAX_PROCESSES"] = "100"
    env["FAKE_CLI_MODE"] = "delay=0.8"
    rng = random.Random(7)
    started: list[dict[str, Any]] = []
    outcomes: dict[str, list[str]] = {}
    status_calls = 0

    async with memory_client(env) as client:

        async def start() -> None:
            result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": list(PROVIDERS), "wait_seconds": 0})
            started.append(result.structured_content)

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(start)
        assert len(started) == 20

        async def cancel(job_id: str, delay: float) -> None:
            await anyio.sleep(delay)
            result = await client.call_tool("cancel", {"job_id": job_id})
            text = result.content[0].text
            outcomes.setdefault(job_id, []).append("error: " + text if result.is_error else result.structured_content["state"])

        async def hammer(stop: anyio.Event) -> None:
            nonlocal status_calls
            while not stop.is_set():
                job = started[status_calls % len(started)]
                result = await client.call_tool("status", {"job_id": job["job_id"]})
                assert not result.is_error
                status_calls += 1

        stop = anyio.Event()
        async with anyio.create_task_group() as tg:
            tg.start_soon(hammer, stop)
            async with anyio.create_task_group() as cancels:
                for index, job in enumerate(started[:10]):
                    # 0..4: cancelled early; 5..9: cancelled around the natural end, twice at once.
                    delay = rng.uniform(0, 0.3) if index < 5 else rng.uniform(0.7, 1.2)
                    cancels.start_soon(cancel, job["job_id"], delay)
                    if index >= 5:
                        cancels.start_soon(cancel, job["job_id"], delay)
            finals = []
            for job in started:
                result = await client.call_tool("status", {"job_id": job["job_id"], "wait_seconds": 60})
                finals.append(result.structured_content)
            stop.set()

    states = [job["state"] for job in finals]
    assert all(state in TERMINAL_JOB_STATES for state in states)
    assert all(run["state"] in TERMINAL_RUN_STATES for job in finals for run in job["providers"])
    assert states.count("completed") + states.count("cancelled") == 20, states
    assert all(job["state"] == "completed" for job in finals[10:])  # never cancelled: all finished
    for job in finals[:10]:
        seen = outcomes[job["job_id"]]
        if job["state"] == "cancelled":
            assert all(s == "cancelled" for s in seen), seen  # both racing cancels saw the same end
        else:  # the job won the race: every cancel was told it had finished
            assert all("already finished (completed)" in s for s in seen), seen
    assert status_calls > 20
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_status_racing_the_end_of_a_job_never_leaves_it_running_on_disk(
    env: dict[str, str], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: `status` used to write a live job's state; a status call landing while the job wrote
    its final document left a finished job recorded as running forever (found by bench/run's storm).
    Here every write is preceded by a status call, the worst interleaving, deterministically."""
    from mco_mcp.jobs.manager import JobManager

    persist = JobManager._persist

    async def status_then_persist(self: JobManager, lj: Any, *args: Any) -> None:
        self.snapshot(lj.job_id)
        await persist(self, lj, *args)

    monkeypatch.setattr(JobManager, "_persist", status_then_persist)
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude", "codex"]})).structured_content
    assert job["state"] == "completed"
    assert JobStore(Path(env["MCO_MCP_STATE_DIR"])).read(job["job_id"]).job.state == "completed"


async def test_status_answers_at_once_while_hostile_clis_run(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE_CLAUDE"] = "flood"
    env["FAKE_CLI_MODE_CODEX"] = "ignore_term,stall"
    env["FAKE_CLI_MODE_GEMINI"] = "invalid_utf8,delay=5"
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude", "codex", "gemini"], "wait_seconds": 0.5})).structured_content
        for _ in range(50):
            with anyio.fail_after(1):  # not a timing assertion: a hang bound; the benchmark measures latency
                status = (await client.call_tool("status", {"job_id": job["job_id"]})).structured_content
            assert status["state"] == "running"
        flood = next(run for run in status["providers"] if run["provider"] == "claude")
        assert flood["output_bytes"] > 0
        await client.call_tool("cancel", {"job_id": job["job_id"]})


async def test_cancelling_a_waiting_review_or_status_call_leaves_the_job_running(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=1.5"
    async with memory_client(env) as client:
        with pytest.raises(Exception):
            await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}, read_timeout_seconds=0.3)
        job_id = (await client.call_tool("status", {})).structured_content["jobs"][0]["job_id"]
        with pytest.raises(Exception):
            await client.call_tool("status", {"job_id": job_id, "wait_seconds": 30}, read_timeout_seconds=0.3)
        done = (await client.call_tool("status", {"job_id": job_id, "wait_seconds": 30})).structured_content
    assert done["state"] == "completed"


class _RecordEvents:
    """Counts the fake CLIs' records as they land (inotify: each is renamed into place), so a kill point is
    "after the k-th thing the CLIs did", whatever the machine's speed, never a wall-clock moment."""

    def __init__(self, directory: Path) -> None:
        from mco_mcp.execute.follow import _libc

        self.fd = _libc.inotify_init1(os.O_CLOEXEC)
        assert self.fd >= 0 and _libc.inotify_add_watch(self.fd, os.fsencode(directory), 0x00000080) >= 0  # IN_MOVED_TO

    def wait(self, count: int, proc: subprocess.Popen[bytes]) -> bool:
        """True once `count` more records landed; False if the process ended first (it was not killed)."""
        pidfd = os.pidfd_open(proc.pid)
        try:
            seen = 0
            while seen < count:
                ready, _, _ = select.select([self.fd, pidfd], [], [], 120)  # a hang bound, not a timing
                assert ready, "neither a record nor the end of the run within 120 s"
                if self.fd in ready:
                    data = os.read(self.fd, 65536)
                    offset = 0
                    while offset < len(data):
                        seen += 1
                        offset += 16 + struct.unpack_from("I", data, offset + 12)[0]
                elif pidfd in ready:
                    return False
            return True
        finally:
            os.close(pidfd)

    def close(self) -> None:
        os.close(self.fd)


@pytest.mark.slow
def test_kill_minus_nine_at_random_points_loses_nothing_that_finished(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """SIGKILL the engine at random points of its jobs' lives while they run and finish; every document
    must survive. Points are counted in events (the k-th record a fake CLI wrote), not in seconds, so a
    loaded machine changes nothing: the rounds that are never killed finish, every time."""
    rounds = int(os.environ.get("MCO_MCP_KILL_ROUNDS", "200"))
    rng = random.Random(2026)
    env["FAKE_CLI_MODE_CLAUDE"] = "delay=0.1"
    env["FAKE_CLI_MODE_CODEX"] = "delay=0.3"
    finished_seen: dict[str, str] = {}
    store = JobStore(Path(env["MCO_MCP_STATE_DIR"]))
    events = _RecordEvents(record_dir)
    unkilled = 0
    try:
        for _ in range(rounds):
            # The headless CLI runs the same engine as the server, without the MCP import: ~3x faster a round.
            proc = subprocess.Popen(
                [sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude", "codex"],
                env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            assert proc.stdin is not None
            proc.stdin.write(b"prompt")
            proc.stdin.close()
            point = rng.randint(0, 6)  # 0: before any CLI started; 6: never (both CLIs write 2 records each)
            if point == 0 or events.wait(point, proc):
                proc.send_signal(signal.SIGKILL)
            else:
                unkilled += 1
            proc.wait()
            for job_id in store.job_ids():
                record = store.read(job_id)  # raises if a document is half-written
                for run in record.job.providers:
                    if run.state == "succeeded":
                        finished_seen.setdefault(f"{job_id}/{run.provider}", run.final_text or "")
    finally:
        events.close()
    assert unkilled and len(finished_seen) >= 2 * unkilled  # each round left alone finished both providers

    async def check() -> None:
        async with memory_client(env) as client:  # a restart: what finished is still there
            for key, text in finished_seen.items():
                job_id, provider = key.split("/")
                job = (await client.call_tool("status", {"job_id": job_id})).structured_content
                run = next(r for r in job["providers"] if r["provider"] == provider)
                assert run["state"] == "succeeded" and run["final_text"] == text
                assert job["state"] in TERMINAL_JOB_STATES

    anyio.run(check)
    leftovers = list(Path(env["MCO_MCP_STATE_DIR"]).rglob("job.json"))
    for path in leftovers:
        json.loads(path.read_text())

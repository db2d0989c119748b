"""A tampered state directory never makes us signal a process we did not start (issue 10, defect 4).

A stored job of a dead server is settled on the next `status`, `cancel` or resource read, which kills what
it recorded. The document is untrusted: these tests forge it. Every signal the server (running in this test
process) sends goes through `SignalGuard`, which passes it on only to processes this test started and
records — without sending — any other: nothing here can reach another process on the machine, not even
if the code under test were wrong. Group 0 and 1 are never signalled for real.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.execute.groups import RUN_MARKER_VAR, group_members, kill_recorded_group, new_marker, start_time
from mco_mcp.jobs.store import JobRecord, JobStore, Owner, new_job_id, utc_now
from mco_mcp.models import Job, ProviderRun
from tests.conftest import memory_client

pytestmark = pytest.mark.anyio


class SignalGuard:
    """Stands in for os.kill, os.killpg and signal.pidfd_send_signal while a test runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ours: set[int] = set()  # pids (= pgids: each is a session leader) this test started
        self.sent: list[tuple[str, int, int]] = []
        self.refused: list[tuple[str, int, int]] = []
        self._killpg, self._kill, self._pidfd_send = os.killpg, os.kill, signal.pidfd_send_signal
        monkeypatch.setattr(os, "killpg", lambda pgid, sig: self._pass("killpg", pgid, sig, self._killpg))
        monkeypatch.setattr(os, "kill", lambda pid, sig: self._pass("kill", pid, sig, self._kill))
        monkeypatch.setattr(signal, "pidfd_send_signal", self._pidfd)

    def _pass(self, how: str, target: int, sig: int, real: Callable[[int, int], None]) -> None:
        if target not in self.ours:
            self.refused.append((how, target, sig))
            raise PermissionError(f"test guard: {how}({target}, {sig}) targets a process this test did not start")
        self.sent.append((how, target, sig))
        real(target, sig)

    def _pidfd(self, pidfd: int, sig: int, *args: Any) -> None:
        fdinfo = Path(f"/proc/self/fdinfo/{pidfd}").read_text()
        pid = int(next(line.split()[1] for line in fdinfo.splitlines() if line.startswith("Pid:")))
        if sig == 0:  # a liveness check through a pidfd sends nothing
            self._pidfd_send(pidfd, 0, *args)
            return
        self._pass("pidfd_send_signal", pid, sig, lambda _pid, s: self._pidfd_send(pidfd, s, *args))

    def harmful(self) -> list[tuple[str, int, int]]:
        return [call for call in self.sent + self.refused if call[2] != 0]


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> SignalGuard:
    return SignalGuard(monkeypatch)


@pytest.fixture
def sleeper(guard: SignalGuard) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """`setsid sleep` processes this test starts (and alone may kill), optionally carrying a run marker."""
    started: list[subprocess.Popen[bytes]] = []

    def start(marker: str | None = None) -> subprocess.Popen[bytes]:
        env = {"PATH": os.environ["PATH"]} | ({RUN_MARKER_VAR: marker} if marker else {})
        process = subprocess.Popen(["sleep", "300"], start_new_session=True, env=env)
        started.append(process)
        guard.ours.add(process.pid)
        return process

    yield start
    for process in started:
        process.kill()  # our own child, still unreaped: its pid cannot have been reused
        process.wait()


def forge(env: dict[str, str], repo: Path, processes: dict[str, Any]) -> str:
    """A job of a dead server, state running, with `processes` written into job.json as given."""
    child = subprocess.Popen(["true"])
    child.wait()
    now, job_id = utc_now(), new_job_id()
    record = JobRecord(
        job=Job(job_id=job_id, kind="run", state="running", repo=str(repo), created_at=now, updated_at=now,
                providers=[ProviderRun(provider="claude", state="running")]),
        owner=Owner(pid=child.pid, start_time=1),  # reaped: dead, whatever its pid is now
    )
    store = JobStore(Path(env["MCO_MCP_STATE_DIR"]))
    store.ensure()
    path = store.create(record)
    document = json.loads((path / "job.json").read_text())
    document["processes"] = processes
    (path / "job.json").write_text(json.dumps(document))
    return job_id


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


CASES = [
    "a_foreign_setsid_sleep",
    "a_foreign_group_with_no_marker_recorded",
    "a_reused_pid_with_another_start_time",
    "null_start_time_even_with_the_right_marker",
    "marker_mismatch",
    "pgid_1",
    "pgid_0",
    "pgid_negative",
    "pgid_huge",
    "own_pgid",
    "own_pid",
]


def forged_process(case: str, sleeper: Callable[..., subprocess.Popen[bytes]]) -> tuple[dict[str, Any], int | None]:
    """(the forged `processes` entry, the pid of a foreign process that must survive it, if any)."""
    if case in ("a_foreign_setsid_sleep", "a_foreign_group_with_no_marker_recorded", "a_reused_pid_with_another_start_time"):
        victim = sleeper()
        start = start_time(victim.pid)
        assert start is not None
        if case == "a_reused_pid_with_another_start_time":
            start += 1
        marker = None if case == "a_foreign_group_with_no_marker_recorded" else new_marker()
        return {"pgid": victim.pid, "start_time": start, "marker": marker}, victim.pid
    if case == "null_start_time_even_with_the_right_marker":
        marker = new_marker()
        victim = sleeper(marker)
        return {"pgid": victim.pid, "start_time": None, "marker": marker}, victim.pid
    if case == "marker_mismatch":
        victim = sleeper(new_marker())
        return {"pgid": victim.pid, "start_time": start_time(victim.pid), "marker": new_marker()}, victim.pid
    pgid = {"pgid_1": 1, "pgid_0": 0, "pgid_negative": -1, "pgid_huge": 2**40, "own_pgid": os.getpgrp(),
            "own_pid": os.getpid()}[case]
    return {"pgid": pgid, "start_time": start_time(abs(pgid) or os.getpid()), "marker": new_marker()}, None


@pytest.mark.parametrize("case", CASES)
async def test_a_forged_job_document_never_makes_us_kill_a_foreign_group(
    env: dict[str, str], repo: Path, guard: SignalGuard, sleeper: Callable[..., subprocess.Popen[bytes]], case: str
) -> None:
    entry, victim = forged_process(case, sleeper)
    job_id = forge(env, repo, {"claude": entry})
    async with memory_client(env) as client:
        with anyio.fail_after(30):
            job = (await client.call_tool("status", {"job_id": job_id})).structured_content
    assert guard.harmful() == []
    if victim is not None:
        assert alive(victim)
    # The job itself is still settled: its server is gone, so it is recorded as stopped.
    assert job["state"] == "cancelled"


@pytest.mark.parametrize("entry_point", ["status", "cancel", "resource"])
async def test_no_entry_point_kills_a_foreign_group_named_by_a_forged_document(
    env: dict[str, str], repo: Path, guard: SignalGuard, sleeper: Callable[..., subprocess.Popen[bytes]], entry_point: str
) -> None:
    victim = sleeper()
    job_id = forge(env, repo, {"claude": {"pgid": victim.pid, "start_time": None}})  # the attack as reported
    async with memory_client(env) as client:
        with anyio.fail_after(30):
            if entry_point == "status":
                await client.call_tool("status", {"job_id": job_id})
            elif entry_point == "cancel":
                await client.call_tool("cancel", {"job_id": job_id})
            else:
                await client.read_resource(f"mco://jobs/{job_id}")
    assert guard.harmful() == []
    assert alive(victim.pid)


async def test_a_genuine_orphan_is_still_stopped(
    env: dict[str, str], repo: Path, guard: SignalGuard, sleeper: Callable[..., subprocess.Popen[bytes]]
) -> None:
    """The other side of the rule: a group that proves itself (start time and marker) is killed, and so is
    a process of the same run that left the group (a daemon)."""
    marker = new_marker()
    leader, daemon = sleeper(marker), sleeper(marker)
    job_id = forge(env, repo, {"claude": {"pgid": leader.pid, "start_time": start_time(leader.pid), "marker": marker}})
    async with memory_client(env) as client:
        with anyio.fail_after(30):
            await client.call_tool("status", {"job_id": job_id})
    assert ("killpg", leader.pid, signal.SIGKILL) in guard.sent
    assert ("pidfd_send_signal", daemon.pid, signal.SIGKILL) in guard.sent
    assert guard.refused == []
    assert leader.wait(timeout=10) == -signal.SIGKILL and daemon.wait(timeout=10) == -signal.SIGKILL


def test_a_group_whose_leader_is_gone_is_proven_by_a_marked_member(guard: SignalGuard) -> None:
    marker = new_marker()
    leader = subprocess.Popen(  # forks a member into its own group and exits at once
        [sys.executable, "-c", "import os, time\nif os.fork() == 0:\n    time.sleep(300)\n"],
        stdin=subprocess.DEVNULL, start_new_session=True, env={RUN_MARKER_VAR: marker},
    )
    recorded = start_time(leader.pid)
    assert leader.wait(timeout=30) == 0
    members = group_members(leader.pid)
    assert len(members) == 1
    pidfd = os.pidfd_open(members[0])  # pinned: the teardown below can only reach this member
    guard.ours.update({leader.pid, members[0]})
    try:
        assert kill_recorded_group(leader.pid, recorded, marker) is True
        assert select.select([pidfd], [], [], 10)[0] == [pidfd]  # it exited
    finally:
        signal.pidfd_send_signal(pidfd, signal.SIGKILL)
        os.close(pidfd)


def test_the_watchdog_applies_the_same_rule(guard: SignalGuard, sleeper: Callable[..., subprocess.Popen[bytes]]) -> None:
    """The watchdog (a process of its own: no guard reaches it) kills neither an unmarked foreign group nor
    one recorded without a start time — only the marked one."""
    foreign, unproven_marker = sleeper(), new_marker()
    unproven = sleeper(unproven_marker)
    marker = new_marker()
    ours = sleeper(marker)
    lines = (
        f"+{foreign.pid} {start_time(foreign.pid)} {new_marker()}\n"
        f"+{unproven.pid} - {unproven_marker}\n"
        f"+{ours.pid} {start_time(ours.pid)} {marker}\n"
    )
    subprocess.run([sys.executable, "-m", "mco_mcp.watchdog"], input=lines.encode(), check=True, timeout=30)
    assert ours.wait(timeout=10) == -signal.SIGKILL
    assert alive(foreign.pid) and alive(unproven.pid)

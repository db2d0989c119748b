"""A daemonized grandchild of a provider CLI does not outlive its run, whichever way the run stops (issue 10,
defect 7: one kept writing 1 GiB into a finished job's log).

The fake CLI's `daemon` mode forks, calls setsid and forks again: the writer leaves the CLI's process
group and session, is re-parented away from the CLI, ignores SIGTERM and SIGHUP and keeps appending to
the CLI's stdout (our log). Only the run's marker in its environment still ties it to the run. Every
process these tests signal themselves is one they started, held by a pidfd.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.conftest import memory_client, records
from tests.test_lifetime import start_raw

pytestmark = pytest.mark.anyio


class Daemons:
    """The daemons the fake CLIs report, pinned by pidfd as soon as they are known."""

    def __init__(self, record_dir: Path) -> None:
        self.record_dir = record_dir
        self.pidfds: dict[int, int] = {}

    async def wait_for(self, count: int) -> list[int]:
        with anyio.fail_after(20):
            while True:
                seen = [r for r in records(self.record_dir) if r.get("daemon_pid")]
                if len(seen) >= count:
                    break
                await anyio.sleep(0.05)
        for record in seen:
            pid = record["daemon_pid"]
            assert record["daemon_sid"] not in (record["sid"], record["pid"])  # it really left the CLI's session
            if pid not in self.pidfds:
                self.pidfds[pid] = self._pin(pid)
        return list(self.pidfds)

    def _pin(self, pid: int) -> int:
        """A pidfd on the daemon, or -1 if it is already gone (the completion path stops it with the run).
        Checked after pinning: the environment names this test's record dir, so it is no reused pid."""
        try:
            pidfd = os.pidfd_open(pid)
        except ProcessLookupError:
            return -1
        try:
            ours = f"FAKE_CLI_RECORD_DIR={self.record_dir}".encode() in Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            ours = False
        if not ours:
            os.close(pidfd)
            return -1
        return pidfd

    def running(self) -> list[int]:
        """Those still running now (a pidfd turns readable when its process has exited)."""
        return [pid for pid, fd in self.pidfds.items() if fd >= 0 and not select.select([fd], [], [], 0)[0]]

    async def wait_dead(self, timeout: float) -> None:
        """For the watchdog path, which acts after the server is gone: wait on the pidfds, bounded."""
        def wait() -> list[int]:
            left = [fd for fd in self.pidfds.values() if fd >= 0]
            while left:
                ready, _, _ = select.select(left, [], [], timeout)
                if not ready:
                    break
                left = [fd for fd in left if fd not in ready]
            return left

        assert await anyio.to_thread.run_sync(wait) == []

    def close(self) -> None:
        for pidfd in self.pidfds.values():
            if pidfd < 0:
                continue
            try:
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)  # only if the test failed: ours, pinned
            except ProcessLookupError:
                pass
            os.close(pidfd)


@pytest.fixture
def daemons(record_dir: Path) -> Iterator[Daemons]:
    tracked = Daemons(record_dir)
    yield tracked
    tracked.close()


async def run_tool(client: Any, repo: Path, providers: list[str], **arguments: Any) -> dict[str, Any]:
    result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": providers, **arguments})
    assert not result.is_error, result.content[0].text
    return result.structured_content


@pytest.mark.parametrize("path", ["completion", "cancel", "timeout", "eof", "sigterm", "sigkill"])
async def test_a_daemonized_grandchild_is_stopped_on_every_stop_path(
    env: dict[str, str], repo: Path, daemons: Daemons, path: str
) -> None:
    providers = ["claude", "codex"]
    env["FAKE_CLI_MODE"] = "daemon" if path == "completion" else "daemon,stall"
    if path in ("completion", "cancel", "timeout"):
        async with memory_client(env) as client:
            with anyio.fail_after(60):
                if path == "completion":
                    job = await run_tool(client, repo, providers, wait_seconds=60)
                    assert job["state"] == "completed", job["summary"]
                    await daemons.wait_for(len(providers))
                elif path == "cancel":
                    job = await run_tool(client, repo, providers, wait_seconds=0)
                    await daemons.wait_for(len(providers))
                    job = (await client.call_tool("cancel", {"job_id": job["job_id"]})).structured_content
                    assert job["state"] == "cancelled"
                else:
                    job = await run_tool(client, repo, providers, wait_seconds=0, timeout_seconds=2)
                    await daemons.wait_for(len(providers))
                    job = (await client.call_tool("status", {"job_id": job["job_id"], "wait_seconds": 30})).structured_content
                    assert {run["error"]["kind"] for run in job["providers"]} == {"timeout"}
            # The run is reported ended only once what it left behind is dead: nothing writes on.
            assert daemons.running() == []
        return
    server = await start_raw(env)
    async with server.process:
        await server.request(
            "tools/call",
            {"name": "run", "arguments": {"prompt": "p", "repo": str(repo), "providers": providers, "wait_seconds": 0}},
        )
        await daemons.wait_for(len(providers))
        with anyio.fail_after(20):
            if path == "eof":
                assert server.process.stdin is not None
                await server.process.stdin.aclose()
            else:
                server.process.send_signal(signal.SIGTERM if path == "sigterm" else signal.SIGKILL)
            await server.process.wait()
    if path == "sigkill":
        await daemons.wait_dead(15)  # the watchdog acts when the pipe closes, after the server is gone
    assert daemons.running() == []


def marked_sleeper(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A process of its own session with `env`, once it runs: it says so, and only then is its environment
    block in place (exec reports success to the parent before the new block is set up)."""
    code = "import os, time; os.write(1, b'up'); os.close(1); time.sleep(300)"
    sleeper = subprocess.Popen([sys.executable, "-c", code], start_new_session=True, env=env, stdout=subprocess.PIPE)
    assert sleeper.stdout is not None
    with sleeper.stdout:
        assert sleeper.stdout.read() == b"up"  # to the end: it closed its side
    return sleeper


def test_a_marker_past_the_first_64_kib_of_a_large_environment_is_found() -> None:
    """The sweep reads each environment block with one read when it fits (a short read is its end); a block
    larger than one read is read on, so a marker behind 200 KiB of other variables is still found."""
    from mco_mcp.execute.groups import RUN_MARKER_VAR, kill_marked_by_run, new_marker

    marker = new_marker()
    filler = {f"FILLER_{i}": "x" * 50_000 for i in range(4)}
    env = {"PATH": os.environ["PATH"], **filler, RUN_MARKER_VAR: marker}  # the marker last in the block
    sleeper = marked_sleeper(env)
    try:
        assert len(Path(f"/proc/{sleeper.pid}/environ").read_bytes()) > 200_000
        assert kill_marked_by_run([marker]) == {marker: 1}
        assert sleeper.wait(timeout=10) == -signal.SIGKILL
    finally:
        sleeper.kill()  # our own child, unreaped until wait(): its pid cannot have been reused
        sleeper.wait()


def test_runs_ending_together_are_swept_in_shared_passes_each_killing_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five runs' sweeps asked for at once, from worker threads: each kills exactly its own daemon, in
    fewer passes than runs; a pass that fails is heard by the thread that ran it, and the others it was
    for are swept by another pass, not left out."""
    import threading

    from mco_mcp.execute import runner
    from mco_mcp.execute.groups import RUN_MARKER_VAR, kill_marked_by_run, new_marker

    passes: list[set[str]] = []
    real = kill_marked_by_run
    first_pass, all_waiting = threading.Event(), threading.Event()

    def counted(markers: set[str]) -> Any:
        passes.append(set(markers))
        if len(passes) == 1:
            first_pass.set()
            assert all_waiting.wait(30)  # the first pass lasts until the four others have asked
        if len(passes) == 2:
            raise OSError("the second pass fails")
        return real(markers)

    class ArrivalLock:
        """The sweeper's one-pass lock, telling when five threads have come to it (each has asked by then)."""

        def __init__(self) -> None:
            self._lock, self._arrived, self._count = threading.Lock(), threading.Lock(), 0

        def __enter__(self) -> None:
            with self._arrived:
                self._count += 1
                if self._count == 5:
                    all_waiting.set()
            self._lock.acquire()

        def __exit__(self, *exc: object) -> None:
            self._lock.release()

    monkeypatch.setattr(runner, "kill_marked_descendants", counted)
    sweeper = runner._Sweeper()
    sweeper._one_pass = ArrivalLock()  # type: ignore[assignment]
    markers = [new_marker() for _ in range(5)]
    daemons = [marked_sleeper({"PATH": os.environ["PATH"], RUN_MARKER_VAR: m}) for m in markers]
    results: dict[str, int | OSError] = {}

    def sweep(marker: str) -> None:
        try:
            results[marker] = sweeper.sweep(marker)
        except OSError as exc:
            results[marker] = exc

    try:
        threads = [threading.Thread(target=sweep, args=(m,)) for m in markers]
        threads[0].start()
        assert first_pass.wait(30)  # the first run's pass is under way, for it alone
        for thread in threads[1:]:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
        failed = [m for m, r in results.items() if isinstance(r, OSError)]
        # The first alone; the four that asked meanwhile together (that pass fails); the three others again.
        assert [len(batch) for batch in passes] == [1, 4, 3] and failed[0] in passes[1] - passes[2]
        assert {m: results[m] for m in markers if m not in failed} == {m: 1 for m in markers if m not in failed}
        for marker, daemon in zip(markers, daemons, strict=True):
            if marker not in failed:
                assert daemon.wait(timeout=10) == -signal.SIGKILL
    finally:
        for daemon in daemons:
            daemon.kill()  # our own children, unreaped until wait(): their pids cannot have been reused
            daemon.wait()

"""The runner and the output follower on their own: a RunRequest in, a RunOutcome out, with real children."""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import anyio
import pytest

from mco_mcp.execute import ArtifactPaths, InotifyHub, Limits, LiveProcess, RunRequest, execute
from mco_mcp.execute.follow import FileFollower

pytestmark = pytest.mark.anyio

ANSWER = json.dumps({"type": "result", "subtype": "success", "is_error": False, "result": "the answer", "session_id": "s1"})


@pytest.fixture
async def hub() -> AsyncIterator[InotifyHub]:
    hub = InotifyHub()
    async with anyio.create_task_group() as tg:
        tg.start_soon(hub.run)
        yield hub
        tg.cancel_scope.cancel()
    hub.close()


def request(tmp_path: Path, code: str, **limits: float) -> RunRequest:
    return RunRequest(
        provider="fake",
        argv=(sys.executable, "-c", code, "--token", "sk-ant-" + "x" * 30),
        cwd=tmp_path,
        env={**os.environ, "FAKE_API_KEY": "hunter2hunter2"},
        stdin=b"the prompt",
        limits=Limits(
            timeout_seconds=limits.get("timeout", 30),
            stall_seconds=limits.get("stall", 30),
            kill_grace_seconds=limits.get("grace", 0.2),
        ),
        parser="claude-stream-json",
        artifacts=ArtifactPaths.in_dir(tmp_path, "fake"),
        secrets={"FAKE_API_KEY": "hunter2hunter2"},
    )


async def test_a_run_that_answers_comes_out_succeeded_with_its_argv_redacted_and_no_kill_steps(
    tmp_path: Path, hub: InotifyHub
) -> None:
    code = f"import sys; assert sys.stdin.read() == 'the prompt'; print({ANSWER!r}); print('key hunter2hunter2', file=sys.stderr)"
    with anyio.fail_after(30):
        outcome = await execute(request(tmp_path, code), LiveProcess(), hub)
    assert outcome.reason == "exited" and outcome.exit_code == 0
    assert outcome.decision.state == "succeeded" and outcome.final_text == "the answer"
    assert outcome.argv[-1] == "<redacted credential>" and "the prompt" not in outcome.argv
    assert outcome.kill_steps == ()
    assert outcome.started <= outcome.last_output <= outcome.ended
    assert outcome.has_final and outcome.artifacts.final.read_text() == "the answer"
    assert outcome.output_bytes == outcome.artifacts.stdout.stat().st_size + outcome.artifacts.stderr.stat().st_size


async def test_term_to_kill_escalation_is_recorded_in_the_outcome(tmp_path: Path, hub: InotifyHub) -> None:
    """Regression: TERM → KILL escalation was silent; a CLI that ignores SIGTERM must show both steps."""
    code = (
        "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(60)"
    )
    with anyio.fail_after(30):
        outcome = await execute(request(tmp_path, code, stall=0.5, grace=0.2), LiveProcess(), hub)
    assert outcome.reason == "stalled" and outcome.decision.state == "timed_out"
    assert [(s.signal, s.target) for s in outcome.kill_steps] == [("SIGTERM", "group"), ("SIGKILL", "group")]
    assert "after SIGTERM" in outcome.kill_steps[1].why
    assert outcome.kill_steps[0].at <= outcome.kill_steps[1].at


async def test_a_cancel_returns_an_outcome_with_the_reason(tmp_path: Path, hub: InotifyHub) -> None:
    live = LiveProcess()
    spawned = anyio.Event()
    live.on_spawn = lambda _live: spawned.set()
    code = "import time; print('working', flush=True); time.sleep(60)"
    outcome = None

    async def run() -> None:
        nonlocal outcome
        outcome = await execute(request(tmp_path, code), live, hub)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            tg.start_soon(run)
            await spawned.wait()
            live.cancel("stopped by the test")
    assert outcome is not None and outcome.reason == "cancelled"
    assert outcome.decision.state == "cancelled" and outcome.decision.error is not None
    assert outcome.decision.error.message == "stopped by the test"
    assert outcome.kill_steps[0].signal == "SIGTERM"


async def test_a_cancel_before_the_spawn_starts_nothing(tmp_path: Path, hub: InotifyHub) -> None:
    live = LiveProcess()
    live.cancel("cancelled while queued")
    with anyio.fail_after(30):
        outcome = await execute(request(tmp_path, "print('never')"), live, hub)
    assert live.pid is None and outcome.reason == "cancelled" and outcome.kill_steps == ()


async def test_a_binary_that_cannot_start_is_a_spawn_failure(tmp_path: Path, hub: InotifyHub) -> None:
    req = request(tmp_path, "")
    missing = RunRequest(**{**req.__dict__, "argv": (str(tmp_path / "no-such-cli"),)})
    with anyio.fail_after(30):
        outcome = await execute(missing, LiveProcess(), hub)
    assert outcome.reason == "spawn_failed" and outcome.decision.error is not None
    assert outcome.decision.error.kind == "spawn_failed"


async def test_the_follower_hands_over_every_appended_byte_in_order(tmp_path: Path, hub: InotifyHub) -> None:
    path = tmp_path / "log"
    path.write_bytes(b"")
    got = bytearray()
    expected = b"".join(f"line {i}\n".encode() * 50 for i in range(200))
    complete = anyio.Event()

    def sink(index: int, chunk: bytes) -> None:
        got.extend(chunk)
        if len(got) >= len(expected):
            complete.set()

    follower = FileFollower([path], sink, hub)

    def writer() -> None:
        with open(path, "ab", buffering=0) as handle:
            for start in range(0, len(expected), 4096):
                handle.write(expected[start : start + 4096])

    try:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                tg.start_soon(follower.follow)
                thread = threading.Thread(target=writer)
                thread.start()
                await anyio.to_thread.run_sync(thread.join)
                await complete.wait()  # woken by inotify events, not by a timer
                tg.cancel_scope.cancel()
        follower.drain()
    finally:
        follower.close()
    assert bytes(got) == expected


def test_the_follower_drains_at_most_its_budget(tmp_path: Path) -> None:
    path = tmp_path / "log"
    path.write_bytes(b"x" * 300_000)
    got = bytearray()
    hub = InotifyHub()
    try:
        follower = FileFollower([path], lambda index, chunk: got.extend(chunk), hub)
        assert follower.drain(100_000) is True and len(got) == 100_000
        assert follower.drain() is False and len(got) == 300_000
        assert follower.size() == 300_000
        follower.close()
    finally:
        hub.close()


def _open_files_under(directory: Path) -> list[str]:
    """Files under `directory` this process still holds open."""
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # the fd the listing itself used, closed meanwhile
        if target.startswith(str(directory)):
            held.append(target)
    return held


@pytest.mark.parametrize("way", ["answered", "cancelled", "spawn_failed", "server_going_down", "final_text_unwritable"])
async def test_every_way_out_of_a_run_removes_its_watches_and_closes_its_logs(
    tmp_path: Path, hub: InotifyHub, way: str
) -> None:
    """The logs' followers are closed by `execute` itself, with the final text (one worker call): on every
    way out, including an error writing that text and a cancellation from outside, nothing stays watched
    or open."""
    live = LiveProcess()
    spawned = anyio.Event()
    live.on_spawn = lambda _live: spawned.set()
    code = f"print({ANSWER!r}, flush=True)" if way in ("answered", "final_text_unwritable") else "import time; time.sleep(60)"
    req = request(tmp_path, code)
    if way == "spawn_failed":
        req = replace(req, argv=(str(tmp_path / "no-such-cli"),))
    if way == "final_text_unwritable":
        req.artifacts.final.symlink_to(tmp_path / "victim")  # planted: never followed
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            async def run() -> None:
                if way == "final_text_unwritable":
                    with pytest.raises(FileExistsError):
                        await execute(req, live, hub)
                else:
                    outcome = await execute(req, live, hub)
                    assert outcome.reason == {"answered": "exited", "cancelled": "cancelled", "spawn_failed": "spawn_failed"}[way]

            tg.start_soon(run)
            if way == "server_going_down":
                await spawned.wait()
                tg.cancel_scope.cancel()  # a cancellation from outside `execute`: it re-raises, after cleaning up
            elif way == "cancelled":
                await spawned.wait()
                live.cancel("stopped by the test")
    assert hub._callbacks == {}
    assert _open_files_under(tmp_path) == []
    assert not (tmp_path / "victim").exists()

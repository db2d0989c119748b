"""The caller's check command (e.g. the project's tests), run in an attempt's worktree.

argv only (never a shell), stdin /dev/null, its own session and process group, bounded in time and in
what is kept of its output (the last CHECK_KEEP bytes). On a timeout or a cancel the whole group is killed
while its leader is still unreaped (so the group id cannot have been reused), and so are members left
behind after the leader exits: a check never leaves a process running.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import anyio

from mco_mcp.attempts.model import CheckResult

CHECK_KEEP = 16 * 1024
_CHUNK = 1 << 16


def _run_blocking(argv: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: float, stop_fd: int) -> CheckResult:
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            list(argv), cwd=cwd, env=dict(env), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    except OSError as exc:
        return CheckResult(argv=list(argv), passed=False, error=f"cannot run {argv[0]!r}: {exc.strerror or exc}")
    assert proc.stdout is not None
    pidfd = os.pidfd_open(proc.pid)
    kept = bytearray()
    stopped: str | None = None
    timed_out = False
    deadline = started + timeout
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(pidfd, selectors.EVENT_READ, "exit")
    sel.register(stop_fd, selectors.EVENT_READ, "stop")
    out_open, exited = True, False
    try:
        # Until the output closes and the leader exits (pidfd readable), a deadline, or a stop.
        while out_open or not exited:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out, stopped = True, f"the check ran past {timeout:g}s and was stopped"
                break
            events = sel.select(left)
            if any(key.data == "stop" for key, _ in events):
                stopped = "the job was cancelled while the check ran"
                break
            for key, _ in events:
                if key.data == "out":
                    data = os.read(proc.stdout.fileno(), _CHUNK)
                    if not data:
                        sel.unregister(proc.stdout)
                        out_open = False
                    else:
                        kept += data
                        del kept[: max(0, len(kept) - CHECK_KEEP)]
                elif key.data == "exit":
                    sel.unregister(pidfd)
                    exited = True
                    if out_open:  # a member of the group still holds the output open: it is left behind
                        out_open = False
    finally:
        sel.close()
        # The leader is exited-but-unreaped or alive: its pid still names the group, kill what is left of it.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        code = proc.wait()
        os.close(pidfd)
        proc.stdout.close()
    output = kept.decode("utf-8", "replace")
    elapsed = round(time.monotonic() - started, 3)
    if stopped is not None:
        return CheckResult(argv=list(argv), passed=False, exit_code=None, timed_out=timed_out, elapsed_seconds=elapsed,
                           output=output, error=stopped)  # fmt: skip
    return CheckResult(argv=list(argv), passed=code == 0, exit_code=code, elapsed_seconds=elapsed, output=output)


async def run_check(argv: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: float, out: list[CheckResult]) -> None:
    """Run the check in a worker thread and append its result to `out`; a cancel of the caller stops it (the
    group is killed), the result (saying so) is still appended, then the cancellation goes on."""
    stop_r, stop_w = os.pipe()
    try:
        async with anyio.create_task_group() as tg:

            async def stop_on_cancel() -> None:
                try:
                    await anyio.sleep_forever()
                finally:
                    os.write(stop_w, b"x")  # wakes the worker's select: it kills the group and returns

            tg.start_soon(stop_on_cancel)
            # Not abandoned on cancel: the worker always finishes (quickly, once stopped) and reaps its child.
            out.append(await anyio.to_thread.run_sync(_run_blocking, argv, cwd, env, timeout, stop_r))
            tg.cancel_scope.cancel()
    finally:
        os.close(stop_r)
        os.close(stop_w)

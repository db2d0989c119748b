"""Starting a CLI before the event loop exists, for the runner to adopt once it is there.

The headless CLI starts a job's CLIs as soon as its input is validated (mco_mcp/jobs/prestart.py), and
loads asyncio, anyio, the job models and the findings code while they run. A CLI is started here exactly
as the runner starts one (runner._run): from the same `RunRequest`, in a session and process group of its
own, with the run marker in its environment, its stdout and stderr written straight into its logs
(created exclusively), the output limit in force from its first instruction (`child_file_size_limit`)
and pinned right after (`pin_limits`). Only the prompt goes differently: a thread writes it to the
CLI's stdin pipe and closes it, as the runner's `feed_stdin` task would, since there is no loop yet.

`runner.execute(..., early=run)` then supervises it like any run (stall and hard timeouts counted from
this start, cancel, the group stopped, the marker swept). A run never adopted is killed by `kill`
(the caller's `finally`), or by the watchdog if this process dies (the caller tells it at once).

Only the standard library and mco-mcp's light modules: this runs before anything heavy is imported.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.execute import subtree
from mco_mcp.execute.groups import kill_marked_by_run, new_marker, signal_group, start_time
from mco_mcp.execute.limits import child_file_size_limit, pin_limits
from mco_mcp.execute.request import RunRequest
from mco_mcp.safefiles import create_private


@dataclass
class EarlyRun:
    """A CLI started before the engine: what ran, and the handles the runner adopts it by."""

    request: RunRequest
    marker: str
    spawned_at: float  # time.monotonic(), asyncio's clock: the run's start for its timeouts
    popen: subprocess.Popen[bytes] | None = None
    pidfd: int | None = None  # readable once the process has exited: the runner waits on it
    leader_start: int | None = None  # its start time, proof that a pgid is still this run's
    error: str | None = None  # could not be started: the runner reports it as the engine would
    adopted: bool = False

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen is not None else None

    def kill(self) -> None:
        """Stop a run nobody adopted: its group and whatever carries its marker, reaped. Idempotent."""
        if self.adopted or self.popen is None:
            return
        self.adopted = True  # nobody adopts it from here on
        signal_group(self.popen.pid, signal.SIGKILL)
        kill_marked_by_run({self.marker})
        self.popen.wait()
        subtree.ended(self.popen.pid)
        self.close()

    def close(self) -> None:
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None


def pidfds_work() -> bool:
    """Whether this kernel lets us wait for a child through a pidfd (what adoption needs)."""
    if not hasattr(os, "pidfd_open"):
        return False
    try:
        os.close(os.pidfd_open(os.getpid()))
    except OSError:
        return False
    return True


def start_early(request: RunRequest, log_dir: Path) -> EarlyRun:
    """Start the request's CLI now (see the module docstring), its logs created in `log_dir` under their
    own names (the job's staging directory, renamed later into the job directory the request names).
    A CLI that cannot be started is an `EarlyRun` with `error` set, as the runner's
    ProcessEnd("spawn_failed") would say it; a log file that cannot be created raises (nothing started)."""
    paths = request.artifacts
    stdout_fd = create_private(log_dir / paths.stdout.name)
    try:
        stderr_fd = create_private(log_dir / paths.stderr.name)
    except BaseException:
        os.close(stdout_fd)
        raise
    marker = new_marker()
    # As the runner does before its first CLI: the CLI's orphans come to us, so the sweep finds them in our subtree.
    subtree.become_subreaper()
    try:
        with child_file_size_limit(request.limits.file_size):  # a limit in force from the child's first instruction
            popen = subprocess.Popen(  # as anyio.open_process does in the runner: no shell, fds closed
                list(request.argv),
                stdin=subprocess.PIPE,
                stdout=stdout_fd,
                stderr=stderr_fd,
                cwd=request.cwd,
                env=request.spawn_env(marker),
                start_new_session=True,  # own session and process group: we can signal all of it
            )
    except OSError as exc:
        return EarlyRun(request, marker, time.monotonic(), error=f"cannot start {request.argv[0]}: {exc}")
    finally:
        os.close(stdout_fd)  # the child holds its own copies
        os.close(stderr_fd)
    run = EarlyRun(request, marker, time.monotonic(), popen=popen)
    subtree.started(popen.pid)  # as the runner notes its CLIs: no other run's leftovers can be below it
    pin_limits(popen.pid, request.limits.file_size)
    run.leader_start = start_time(popen.pid)
    try:
        run.pidfd = os.pidfd_open(popen.pid)
    except OSError:
        run.kill()  # cannot be watched: never left running unwatched
        raise
    assert popen.stdin is not None
    threading.Thread(target=_feed, args=(popen.stdin, request.stdin), name=f"mco-mcp stdin {request.provider}",
                     daemon=True).start()  # fmt: skip
    return run


def _feed(pipe: object, data: bytes) -> None:
    """The prompt on the CLI's stdin, then EOF (the runner's `feed_stdin`, for a run started before the loop)."""
    try:
        pipe.write(data)  # type: ignore[attr-defined]
    except OSError:
        pass  # the CLI exited without reading its prompt; its exit status tells why
    finally:
        try:
            pipe.close()  # type: ignore[attr-defined]
        except OSError:
            pass

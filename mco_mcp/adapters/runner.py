"""Run one provider CLI: spawn it in its own process group, feed the prompt on stdin, let it write its
output to disk while a parser reads along, enforce the stall and hard timeouts, always stop the whole group.

Nothing here polls. Waits are on the process, on inotify events, or on cancel-scope deadlines; the stall
deadline is pushed forward by every chunk of output.
"""

from __future__ import annotations

import codecs
import os
import signal
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import anyio
from anyio.abc import Process

from mco_mcp.adapters.follow import FileFollower, InotifyHub
from mco_mcp.adapters.parsers.base import OutputParser
from mco_mcp.adapters.process import (
    RUN_MARKER_VAR,
    child_file_size_limit,
    kill_marked,
    new_marker,
    pin_limits,
    signal_group,
    start_time,
)
from mco_mcp.safefiles import create_private

MAX_LINE = 8 * 1024 * 1024  # longer stdout lines are cut (the log keeps them whole)
STDERR_TAIL = 16_384
# The kernel stops a CLI's writes this far past the output limit (RLIMIT_FSIZE, per file): past the limit
# itself, so that our own check sees the limit crossed and reports it, and not much further.
FILE_SIZE_MARGIN = 64 * 1024

StopReason = Literal["exited", "timeout", "stalled", "output_limit", "cancelled", "spawn_failed"]


@dataclass(frozen=True)
class ProcessRequest:
    argv: list[str]
    cwd: Path
    env: dict[str, str]
    stdin: bytes
    stdout_path: Path
    stderr_path: Path
    timeout_seconds: float
    stall_seconds: float
    kill_grace_seconds: float
    max_output_bytes: int = 256 * 1024 * 1024


@dataclass
class LiveProcess:
    """What a running provider looks like right now; read by `status` while the run goes on."""

    pid: int | None = None
    start_time: int | None = None
    marker: str | None = None  # MCO_MCP_RUN_ID in the CLI's environment: finds all it left behind
    started_at: float | None = None  # anyio clock
    last_output_at: float | None = None
    output_bytes: int = 0
    stderr_tail: bytes = b""
    on_spawn: Callable[[LiveProcess], None] | None = None


@dataclass
class ProcessOutcome:
    reason: StopReason
    exit_code: int | None = None
    message: str = ""
    stderr_tail: str = ""


class _LineSplitter:
    """Cuts a byte stream into decoded lines for the parser; bounded whatever the stream holds."""

    def __init__(self, parser: OutputParser) -> None:
        self._parser = parser
        self._buffer = bytearray()
        self._overflow = False

    def feed(self, chunk: bytes) -> None:
        self._buffer.extend(chunk)
        while True:
            newline = self._buffer.find(b"\n")
            if newline < 0:
                break
            line = bytes(self._buffer[:newline])
            del self._buffer[: newline + 1]
            if self._overflow:
                self._overflow = False  # the rest of an over-long line: already handed over, cut
                continue
            self._parser.feed_line(line.decode("utf-8", errors="replace").rstrip("\r"))
        if len(self._buffer) > MAX_LINE and not self._overflow:
            # Handed over as a cut line: a JSON parser completes the event in it, so an answer longer than
            # the limit is kept up to the cut (and flagged truncated) instead of being lost as "not JSON".
            # A character split at the cut is left out rather than shown as invalid UTF-8.
            head = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(bytes(self._buffer[:MAX_LINE]))
            self._parser.feed_cut_line(head)
            self._buffer.clear()
            self._overflow = True
        elif self._overflow:
            self._buffer.clear()  # more of the over-long line: only the log keeps it

    def close(self) -> None:
        if self._buffer and not self._overflow:
            self._parser.feed_line(bytes(self._buffer).decode("utf-8", errors="replace").rstrip("\r"))
        self._buffer.clear()


def _open_logs(stdout_path: Path, stderr_path: Path) -> tuple[int, int]:
    # Created exclusively, never through a symlink someone planted in the job's directory.
    stdout_fd = create_private(stdout_path)
    try:
        return stdout_fd, create_private(stderr_path)
    except BaseException:
        os.close(stdout_fd)
        raise


async def run_process(
    request: ProcessRequest, parser: OutputParser, live: LiveProcess, hub: InotifyHub
) -> ProcessOutcome:
    """Run the CLI to its end. On cancellation the group is stopped (shielded) and Cancelled re-raised.

    The CLI writes stdout and stderr straight into their log files (see follow.py for why not pipes);
    we follow the files as they grow, feeding the parser and pushing the stall deadline forward.
    """
    splitter = _LineSplitter(parser)
    stall_scope = anyio.CancelScope()

    def sink(index: int, chunk: bytes) -> None:
        live.output_bytes += len(chunk)
        live.last_output_at = anyio.current_time()
        stall_scope.deadline = live.last_output_at + request.stall_seconds
        if index == 0:
            splitter.feed(chunk)
        else:
            live.stderr_tail = (live.stderr_tail + chunk)[-STDERR_TAIL:]

    # Creating the files and the inotify watches, and removing them (which can wait for an RCU grace
    # period), take milliseconds each under load: worker threads do it, off the event loop. Shielded, so
    # nothing leaks.
    with anyio.CancelScope(shield=True):
        stdout_fd, stderr_fd = await anyio.to_thread.run_sync(_open_logs, request.stdout_path, request.stderr_path)
        try:
            follower = await anyio.to_thread.run_sync(FileFollower, [request.stdout_path, request.stderr_path], sink, hub)
        except OSError:
            os.close(stdout_fd)
            os.close(stderr_fd)
            raise
    live.marker = new_marker()
    # The marker first: it survives setsid and double forks, so every descendant can be found and stopped.
    env = {RUN_MARKER_VAR: live.marker, **{k: v for k, v in request.env.items() if k != RUN_MARKER_VAR}}
    file_size = request.max_output_bytes + FILE_SIZE_MARGIN
    try:
        try:
            with child_file_size_limit(file_size):  # a limit in force from the child's first instruction
                process = await anyio.open_process(
                    request.argv,
                    stdin=subprocess.PIPE,
                    stdout=stdout_fd,
                    stderr=stderr_fd,
                    cwd=request.cwd,
                    env=env,
                    start_new_session=True,  # own session and process group: we can signal all of it
                )
        except OSError as exc:
            return ProcessOutcome(reason="spawn_failed", message=f"cannot start {request.argv[0]}: {exc}")
        finally:
            os.close(stdout_fd)  # the child holds its own copies
            os.close(stderr_fd)
        pin_limits(process.pid, file_size)
        return await _supervise(process, request, live, stall_scope, follower, splitter)
    finally:
        with anyio.CancelScope(shield=True):
            follower.drain(request.max_output_bytes)  # what was written after the last event
            await anyio.to_thread.run_sync(follower.close)
            splitter.close()


async def _supervise(
    process: Process,
    request: ProcessRequest,
    live: LiveProcess,
    stall_scope: anyio.CancelScope,
    follower: FileFollower,
    splitter: _LineSplitter,
) -> ProcessOutcome:
    now = anyio.current_time()
    live.pid = process.pid
    live.start_time = start_time(process.pid)
    live.started_at = live.last_output_at = now
    stall_scope.deadline = now + request.stall_seconds
    if live.on_spawn is not None:
        live.on_spawn(live)

    async def feed_stdin() -> None:
        assert process.stdin is not None
        try:
            await process.stdin.send(request.stdin)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, BrokenPipeError):
            pass  # the CLI exited without reading its prompt; its exit status tells why
        finally:
            await process.stdin.aclose()

    over_limit = False

    def check_size(total: int) -> None:
        nonlocal over_limit
        if total > request.max_output_bytes and not over_limit:
            over_limit = True  # a CLI printing without end fills the disk, not only memory: stop it
            stall_scope.cancel()

    reason: StopReason = "exited"
    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(follower.follow, check_size)
            tg.start_soon(feed_stdin)
            with anyio.move_on_after(request.timeout_seconds) as hard_scope:
                with stall_scope:
                    await process.wait()
            if hard_scope.cancelled_caught:
                reason = "timeout"
            elif over_limit or process.returncode == -signal.SIGXFSZ or follower.size() > request.max_output_bytes:
                reason = "output_limit"
            elif stall_scope.cancelled_caught:
                reason = "stalled"
            if reason != "exited":
                # Past the output limit there is no grace: every moment of it is more on the disk.
                await _stop(process, 0 if reason == "output_limit" else request.kill_grace_seconds)
            # The CLI is gone; anything left in its group or carrying its marker (a daemon it started) goes too.
            await _kill_leftovers(process, live)
            tg.cancel_scope.cancel()
    except BaseException:
        with anyio.CancelScope(shield=True):
            await _stop(process, 0 if over_limit else request.kill_grace_seconds)
            await _kill_leftovers(process, live)
        raise
    finally:
        with anyio.CancelScope(shield=True):
            await process.aclose()  # the CLI has been stopped above: this only closes its stdin pipe
    follower.drain(request.max_output_bytes)  # the last words, stderr's included, before the judgement
    return ProcessOutcome(
        reason=reason,
        message=(
            f"printed more than MCO_MCP_MAX_OUTPUT_BYTES={request.max_output_bytes} bytes; the process group was stopped"
            if reason == "output_limit"
            else ""
        ),
        exit_code=process.returncode if reason == "exited" else None,
        stderr_tail=live.stderr_tail.decode("utf-8", errors="replace"),
    )


class _Sweeper:
    """Runs `kill_marked` for the runs that ask, one pass over /proc for all who asked meanwhile.

    Providers of a job tend to end together; each sweep reads every process's environment, so five
    sweeps one after another would be five times the cost on the path from the last exit to the answer.
    """

    def __init__(self) -> None:
        self._pending: dict[str, anyio.Event] = {}
        self._busy = False

    async def sweep(self, marker: str) -> None:
        done = self._pending.setdefault(marker, anyio.Event())
        if self._busy:
            await done.wait()
            return
        self._busy = True
        batch: dict[str, anyio.Event] = {}
        try:
            with anyio.CancelScope(shield=True):  # others wait on this pass: it must finish (it is bounded)
                while self._pending:
                    batch, self._pending = self._pending, {}
                    await anyio.to_thread.run_sync(kill_marked, list(batch))  # reads /proc: off the event loop
                    for event in batch.values():
                        event.set()
        finally:
            self._busy = False
            for event in [*batch.values(), *self._pending.values()]:  # on an error too: nobody waits forever
                event.set()
            self._pending = {}


_sweeper = _Sweeper()


async def _kill_leftovers(process: Process, live: LiveProcess) -> None:
    """SIGKILL what remains of the run: its process group, and every process carrying its marker wherever
    it went (setsid, double fork). Returns once they are dead (bounded), so nothing writes on after the run.
    """
    signal_group(process.pid, signal.SIGKILL)
    if live.marker is not None:
        await _sweeper.sweep(live.marker)


async def _stop(process: Process, grace: float) -> None:
    """SIGTERM the group, wait `grace` for the CLI to exit, then SIGKILL the group; reap. No grace: SIGKILL."""
    if process.returncode is None and grace > 0:
        signal_group(process.pid, signal.SIGTERM)
        with anyio.move_on_after(grace):
            await process.wait()
    if process.returncode is None:
        signal_group(process.pid, signal.SIGKILL)
        await process.wait()

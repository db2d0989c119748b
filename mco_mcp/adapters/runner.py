"""Run one provider CLI: spawn it in its own process group, feed the prompt on stdin, stream its output to
disk and to a parser, enforce the stall and hard timeouts, and always stop the whole group.

Nothing here polls. Waits are on the process, on pipe EOF, or on cancel-scope deadlines; the stall
deadline is pushed forward by every chunk of output.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

import anyio
from anyio.abc import ByteReceiveStream, Process

from mco_mcp.adapters.parsers.base import OutputParser
from mco_mcp.adapters.process import signal_group, start_time

CHUNK = 65_536
MAX_LINE = 8 * 1024 * 1024  # longer stdout lines are cut (the log keeps them whole)
STDERR_TAIL = 16_384
# After the CLI exits, how long its leftover group members get to release the pipes after SIGTERM.
LEFTOVER_GRACE = 0.5

StopReason = Literal["exited", "timeout", "stalled", "cancelled", "spawn_failed"]


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


@dataclass
class LiveProcess:
    """What a running provider looks like right now; read by `status` while the run goes on."""

    pid: int | None = None
    start_time: int | None = None
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
    killed_leftovers: bool = False
    extra: dict[str, str] = field(default_factory=dict)


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
        if len(self._buffer) > MAX_LINE:
            self._parser.feed_line(bytes(self._buffer[:MAX_LINE]).decode("utf-8", errors="replace"))
            self._buffer.clear()
            self._overflow = True

    def close(self) -> None:
        if self._buffer and not self._overflow:
            self._parser.feed_line(bytes(self._buffer).decode("utf-8", errors="replace").rstrip("\r"))
        self._buffer.clear()


def _open_log(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    return os.fdopen(fd, "wb", buffering=0)


async def run_process(request: ProcessRequest, parser: OutputParser, live: LiveProcess) -> ProcessOutcome:
    """Run the CLI to its end. On cancellation the group is stopped (shielded) and Cancelled re-raised."""
    try:
        process = await anyio.open_process(
            request.argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=request.cwd,
            env=request.env,
            start_new_session=True,  # own session and process group: we can signal all of it
        )
    except OSError as exc:
        return ProcessOutcome(reason="spawn_failed", message=f"cannot start {request.argv[0]}: {exc}")

    now = anyio.current_time()
    live.pid = process.pid
    live.start_time = start_time(process.pid)
    live.started_at = live.last_output_at = now
    if live.on_spawn is not None:
        live.on_spawn(live)

    stall_scope = anyio.CancelScope(deadline=now + request.stall_seconds)
    stdout_done = anyio.Event()
    stderr_done = anyio.Event()
    splitter = _LineSplitter(parser)

    def on_chunk(size: int) -> None:
        live.output_bytes += size
        live.last_output_at = anyio.current_time()
        stall_scope.deadline = live.last_output_at + request.stall_seconds

    async def pump(stream: ByteReceiveStream, log: IO[bytes], done: anyio.Event, is_stdout: bool) -> None:
        try:
            async for chunk in stream:
                log.write(chunk)
                on_chunk(len(chunk))
                if is_stdout:
                    splitter.feed(chunk)
                else:
                    live.stderr_tail = (live.stderr_tail + chunk)[-STDERR_TAIL:]
        except (anyio.BrokenResourceError, anyio.ClosedResourceError):
            pass
        finally:
            done.set()

    async def feed_stdin() -> None:
        assert process.stdin is not None
        try:
            await process.stdin.send(request.stdin)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, BrokenPipeError):
            pass  # the CLI exited without reading its prompt; its exit status tells why
        finally:
            await process.stdin.aclose()

    reason: StopReason = "exited"
    killed_leftovers = False
    stdout_log = _open_log(request.stdout_path)
    stderr_log = _open_log(request.stderr_path)
    try:
        async with anyio.create_task_group() as tg:
            assert process.stdout is not None and process.stderr is not None
            tg.start_soon(pump, process.stdout, stdout_log, stdout_done, True)
            tg.start_soon(pump, process.stderr, stderr_log, stderr_done, False)
            tg.start_soon(feed_stdin)
            with anyio.move_on_after(request.timeout_seconds) as hard_scope:
                with stall_scope:
                    await process.wait()
            if hard_scope.cancelled_caught:
                reason = "timeout"
            elif stall_scope.cancelled_caught:
                reason = "stalled"
            if reason != "exited":
                await _stop(process, request.kill_grace_seconds)
            # The CLI is gone; anything left in its group (a grandchild holding stdout open) goes too.
            killed_leftovers = await _stop_leftovers(process.pid, stdout_done, stderr_done)
            tg.cancel_scope.cancel()
    except BaseException:
        with anyio.CancelScope(shield=True):
            await _stop(process, request.kill_grace_seconds)
            signal_group(process.pid, signal.SIGKILL)
        raise
    finally:
        with anyio.CancelScope(shield=True):
            await process.aclose()  # the CLI has been stopped above: this only closes our pipe ends
        stdout_log.close()
        stderr_log.close()
    splitter.close()
    return ProcessOutcome(
        reason=reason,
        exit_code=process.returncode if reason == "exited" else None,
        stderr_tail=live.stderr_tail.decode("utf-8", errors="replace"),
        killed_leftovers=killed_leftovers,
    )


async def _stop(process: Process, grace: float) -> None:
    """SIGTERM the group, wait `grace` for the CLI to exit, then SIGKILL the group; reap."""
    if process.returncode is None:
        signal_group(process.pid, signal.SIGTERM)
        with anyio.move_on_after(grace):
            await process.wait()
    if process.returncode is None:
        signal_group(process.pid, signal.SIGKILL)
        await process.wait()


async def _stop_leftovers(pgid: int, *pipes_done: anyio.Event) -> bool:
    """After the CLI exited: end what is left of its process group and wait until its pipes close.

    Returns True when something of the group was still alive (e.g. a grandchild holding stdout open).
    """

    async def all_closed() -> None:
        for event in pipes_done:
            await event.wait()

    # Normally the CLI's exit closes the pipes at once; a leftover holding them open is killed.
    with anyio.move_on_after(LEFTOVER_GRACE):
        await all_closed()
    survivors = signal_group(pgid, signal.SIGKILL)
    with anyio.move_on_after(LEFTOVER_GRACE):
        await all_closed()
    return survivors

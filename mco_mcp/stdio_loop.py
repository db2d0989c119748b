"""The server's stdio transport, driven by the event loop: no worker thread on a request's way in or out.

The SDK's `stdio_server` reads each line in a worker thread and writes, then flushes, each answer in two
more: three hops a request, and four wake-ups between threads. Idle, a hop costs ~0.2 ms. In a storm (250
CLIs started and ended, the loop busy most of the time, worker threads writing documents and sweeping
/proc) each wake-up waits for the GIL and a core: with timestamps at the line's read, the handler and the
write (load 1.7-3.3), each hop took 1-6 ms at the 90th percentile and 6-27 ms at the 99th, and 30-50 ms
while a storm's CLIs were being spawned. Here the loop reads and writes non-blocking descriptors when epoll
says the pipe is ready, so a request's only waits are for the loop itself.

What the SDK's transport does besides, this one does the same way: fd 0 reads /dev/null and fd 1 writes to
stderr while serving (a stray print or a child never touches the wire), both are put back afterwards, each
line is one JSON-RPC message parsed by the SDK's own adapter (a line that does not parse is handed on as
the exception, which the SDK answers), and each answer is the SDK's own JSON on one line.

It serves pipes only, which is what hosts give a stdio server; a terminal (a person typing), a file or a
socket on stdin or stdout is served by the SDK's transport (`serve` falls back), as is an SDK whose
MCPServer no longer has the low-level server this needs.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import anyio
import mcp_types as types
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from mcp.server.mcpserver import MCPServer
from mcp.shared.message import SessionMessage

from mco_mcp.early import relay_stdin

READ_SIZE = 1 << 16
# A host's request is a prompt and some options (prompts are bounded far below this by the input models);
# a longer line is answered as one that does not parse, and not kept in memory while it goes on.
MAX_LINE = 64 * 1024 * 1024


# An answer larger than the pipe goes out in pieces, each after the host has read the last one and the loop
# has come round again behind whatever else was ready: a 20-job listing (70-100 KB) took two writes and
# an extra turn of a busy loop. A host's pipe holds 64 KiB; Linux lets either end grow it up to
# /proc/sys/fs/pipe-max-size (1 MiB by default) without privileges.
PIPE_SIZE = 1 << 20


class LineTooLong(ValueError):
    pass


def open_pipe(fd: int, mode: int) -> int | None:
    """A non-blocking descriptor of our own for the pipe at `fd` (`mode`: os.O_RDONLY or os.O_WRONLY), or
    None when `fd` is not a pipe.

    Opened anew through /proc, so O_NONBLOCK is set on a file description that is ours alone: the host's
    end, a shell sharing our stdin, and our own stderr when `2>&1` made it the same pipe as stdout all keep
    blocking I/O (flags belong to the description, which `dup` would have shared).
    """
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return None
        return os.open(f"/proc/self/fd/{fd}", mode | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:  # no /proc, or a write end whose reader is gone: the SDK's transport says what fails
        return None


def widen_pipe(fd: int) -> int:
    """Grow the pipe at `fd` to PIPE_SIZE where the system allows it; returns its size (unchanged if not)."""
    try:
        return fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except OSError:  # above the system's limit, or the user's pipe quota spent: pieces, as before
        return fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ)


def _parse(line: bytes) -> SessionMessage | Exception:
    """What the SDK's transport makes of a line: decoded as UTF-8 with replacement, then validated."""
    try:
        return SessionMessage(types.jsonrpc_message_adapter.validate_json(line.decode("utf-8", "replace"), by_name=False))
    except Exception as exc:  # noqa: BLE001 — handed on, as the SDK does: its loop answers a bad message
        return exc


async def _read(fd: int, lead: bytes, sink: MemoryObjectSendStream[SessionMessage | Exception]) -> None:
    """Every line from `lead` then `fd`, in order, parsed into `sink`; closes `sink` at end of file."""
    buffer = bytearray(lead)
    scanned = 0  # the bytes at the buffer's start known to hold no newline: a long line is searched once
    skipping = False  # inside a line longer than MAX_LINE: dropped up to its newline
    async with sink:
        while True:
            start = 0
            while (end := buffer.find(b"\n", max(start, scanned))) >= 0:
                if skipping:
                    skipping = False
                else:
                    await sink.send(_parse(bytes(buffer[start : end + 1])))
                start = end + 1
            del buffer[:start]
            scanned = len(buffer)
            if len(buffer) > MAX_LINE:
                if not skipping:
                    await sink.send(LineTooLong(f"a line longer than {MAX_LINE} bytes was dropped"))
                skipping = True
                buffer.clear()
                scanned = 0
            try:
                chunk = os.read(fd, READ_SIZE)
            except BlockingIOError:
                await anyio.wait_readable(fd)
                continue
            if not chunk:
                if buffer and not skipping:  # the last line, without its newline, as readline gives it
                    await sink.send(_parse(bytes(buffer)))
                return
            buffer += chunk


async def _write(fd: int, source: MemoryObjectReceiveStream[SessionMessage]) -> None:
    """Each answer as one line, written whole before the next (a full pipe waits for the host to read)."""
    async with source:
        async for message in source:
            data = memoryview((message.message.model_dump_json(by_alias=True, exclude_unset=True) + "\n").encode())
            while data:
                try:
                    data = data[os.write(fd, data) :]
                except BlockingIOError:
                    await anyio.wait_writable(fd)


def _divert(fd: int, to: int) -> int:
    """Point `fd` at `to`; returns a copy of what it was, for `_restore`."""
    saved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
    os.dup2(to, fd)
    return saved


def _restore(fd: int, saved: int) -> None:
    os.dup2(saved, fd)
    os.close(saved)


@asynccontextmanager
async def loop_stdio(
    in_fd: int, out_fd: int, lead: bytes = b""
) -> AsyncIterator[tuple[MemoryObjectReceiveStream[SessionMessage | Exception], MemoryObjectSendStream[SessionMessage]]]:
    """The SDK's (read stream, write stream) pair over the non-blocking pipes `in_fd` and `out_fd` (from
    `open_pipe`; left open); `lead`: bytes already read from the input, served first."""
    reads_in, reads_out = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    writes_in, writes_out = anyio.create_memory_object_stream[SessionMessage](0)
    written = anyio.Event()

    async def write_all() -> None:
        try:
            await _write(out_fd, writes_out)
        finally:
            written.set()

    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(_read, in_fd, lead, reads_in)
            tg.start_soon(write_all)
            yield reads_out, writes_in
            # Served: the last answers go out whole, then the reader (waiting for a line that may never come)
            # is stopped rather than waited for.
            await writes_in.aclose()
            await written.wait()
            tg.cancel_scope.cancel()
    finally:
        reads_out.close()  # the user's ends, should it not have closed them
        writes_in.close()


@contextmanager
def _stdio_diverted() -> Iterator[None]:
    """fd 0 reads /dev/null and fd 1 writes to stderr inside (as the SDK's transport does); put back after."""
    null = os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC)
    saved_in = _divert(0, null)
    os.close(null)
    saved_out = _divert(1, 2)
    try:
        yield
    finally:
        _restore(1, saved_out)
        _restore(0, saved_in)


def lowlevel_of(server: MCPServer) -> Any | None:
    """The SDK's low-level server inside `server`, which serves a pair of streams; None if this SDK has none.

    MCPServer runs stdio only through the SDK's own transport (`run_stdio_async` takes no streams), and
    keeps its low-level server in a private attribute, which the SDK's own in-memory client reaches for too.
    Should a later 2.x SDK rename it, `serve` falls back to the SDK's transport: slower in a storm, the same
    protocol (tests/test_stdio_loop.py fails when this returns None, so the fall-back is never silent).
    """
    lowlevel = getattr(server, "_lowlevel_server", None)
    if lowlevel is None or not callable(getattr(lowlevel, "run", None)):
        return None
    if not callable(getattr(lowlevel, "create_initialization_options", None)):
        return None
    return lowlevel


async def serve(server: MCPServer, lead: bytes = b"") -> None:
    """Serve `server` on this process's stdin and stdout until stdin ends; `lead` is what was read from
    stdin before (early.py's look at the opening request) and comes first."""
    lowlevel = lowlevel_of(server)
    in_fd = open_pipe(0, os.O_RDONLY) if lowlevel is not None else None
    out_fd = open_pipe(1, os.O_WRONLY) if in_fd is not None else None
    if lowlevel is None or in_fd is None or out_fd is None:
        if in_fd is not None:
            os.close(in_fd)
        if lead:
            relay_stdin(lead)  # the SDK's transport reads fd 0: the bytes already read go back in front
        await server.run_stdio_async()
        return
    widen_pipe(out_fd)
    try:
        with _stdio_diverted():
            async with loop_stdio(in_fd, out_fd, lead) as (read_stream, write_stream):
                await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
    finally:
        os.close(in_fd)
        os.close(out_fd)

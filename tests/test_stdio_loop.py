"""The loop-driven stdio transport (mco_mcp/stdio_loop.py): a request's path without worker threads (issue 11)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import sys
import termios
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import pytest
from mcp.shared.message import SessionMessage
from mcp_types import JSONRPCNotification, JSONRPCRequest, JSONRPCResponse

from mco_mcp import stdio_loop
from mco_mcp.server import build_server
from tests.raw_stdio import raw_host

pytestmark = pytest.mark.anyio


def request(request_id: int, method: str, params: dict[str, Any] | None = None) -> bytes:
    message: dict[str, Any] = {"jsonrpc": "2.0", "id": request_id, "method": method}
    if params is not None:
        message["params"] = params
    return json.dumps(message).encode() + b"\n"


INITIALIZE = {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "test", "version": "0"}}
INITIALIZED = b'{"jsonrpc": "2.0", "method": "notifications/initialized"}\n'


class Pipes:
    """The host's ends of two pipes whose other ends a transport serves (non-blocking, from open_pipe)."""

    def __init__(self) -> None:
        self.server_in, self.host_out = os.pipe()
        self.host_in, self.server_out = os.pipe()
        self.in_fd = stdio_loop.open_pipe(self.server_in, os.O_RDONLY)
        self.out_fd = stdio_loop.open_pipe(self.server_out, os.O_WRONLY)
        assert self.in_fd is not None and self.out_fd is not None
        os.set_blocking(self.host_in, False)
        self._buffer = b""

    def send(self, data: bytes) -> None:
        os.write(self.host_out, data)

    def end_input(self) -> None:
        os.close(self.host_out)
        self.host_out = -1

    async def line(self) -> dict[str, Any]:
        while b"\n" not in self._buffer:
            try:
                chunk = os.read(self.host_in, 1 << 16)
            except BlockingIOError:
                await anyio.wait_readable(self.host_in)
                continue
            assert chunk, "the transport closed its output"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        for fd in (self.server_in, self.host_out, self.host_in, self.server_out, self.in_fd, self.out_fd):
            if fd is not None and fd >= 0:
                os.close(fd)


@asynccontextmanager
async def pipes() -> AsyncIterator[Pipes]:
    p = Pipes()
    try:
        yield p
    finally:
        p.close()


async def test_open_pipe_makes_a_nonblocking_description_of_its_own(tmp_path: Path) -> None:
    """O_NONBLOCK belongs to the open file description: set through a dup, it would reach the host's end of
    the pipe, a shell sharing our stdin, and stderr when `2>&1` made it stdout's pipe."""
    read_end, write_end = os.pipe()
    ours = stdio_loop.open_pipe(write_end, os.O_WRONLY)
    try:
        assert ours is not None
        assert not os.get_blocking(ours)
        assert os.get_blocking(write_end)  # the description we were given is left as it was
        os.write(ours, b"x")
        assert os.read(read_end, 1) == b"x"  # the same pipe
    finally:
        for fd in (read_end, write_end, ours):
            if fd is not None:
                os.close(fd)
    # Not pipes: a terminal (a person typing `mco-mcp`) and a file are the SDK transport's.
    leader, follower = pty.openpty()
    regular = os.open(tmp_path / "file", os.O_RDWR | os.O_CREAT)
    try:
        assert stdio_loop.open_pipe(follower, os.O_RDONLY) is None
        assert stdio_loop.open_pipe(regular, os.O_RDONLY) is None
    finally:
        for fd in (leader, follower, regular):
            os.close(fd)


async def test_lines_from_the_lead_then_the_pipe_in_order_whatever_the_chunks() -> None:
    """What early.py read comes first; lines split across writes are joined; a line that does not parse is
    handed on as its exception (the SDK answers it); the last line needs no newline, as with readline."""
    with anyio.fail_after(10):
        async with pipes() as p, stdio_loop.loop_stdio(p.in_fd, p.out_fd, request(1, "ping")[:10]) as (reads, _):
            p.send(request(1, "ping")[10:] + b"not json\n" + INITIALIZED[:5])
            first = await reads.receive()
            assert isinstance(first, SessionMessage) and isinstance(first.message, JSONRPCRequest)
            assert first.message.id == 1 and first.message.method == "ping"
            assert isinstance(await reads.receive(), Exception)
            p.send(INITIALIZED[5:] + request(2, "ping").rstrip(b"\n"))
            third = await reads.receive()
            assert isinstance(third, SessionMessage) and isinstance(third.message, JSONRPCNotification)
            p.end_input()
            last = await reads.receive()
            assert isinstance(last, SessionMessage) and isinstance(last.message, JSONRPCRequest) and last.message.id == 2
            with pytest.raises(anyio.EndOfStream):
                await reads.receive()


async def test_a_line_over_the_bound_is_dropped_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded buffers: a line longer than MAX_LINE is reported once and dropped up to its newline; the
    next line is served."""
    monkeypatch.setattr(stdio_loop, "MAX_LINE", 1000)
    monkeypatch.setattr(stdio_loop, "READ_SIZE", 256)
    with anyio.fail_after(10):
        async with pipes() as p, stdio_loop.loop_stdio(p.in_fd, p.out_fd) as (reads, _):
            p.send(b'{"jsonrpc": "2.0", "id": 1, "method": "ping", "params": {"x": "' + b"y" * 5000)
            assert isinstance(await reads.receive(), stdio_loop.LineTooLong)
            p.send(b"y" * 3000 + b'"}}\n' + request(2, "ping"))
            served = await reads.receive()
            assert isinstance(served, SessionMessage) and isinstance(served.message, JSONRPCRequest)
            assert served.message.id == 2


async def test_a_host_that_does_not_read_never_holds_the_loop() -> None:
    """An answer larger than the pipe waits for the host to read it without blocking the loop (a blocking
    write here would freeze every job's output followers until the host read); it arrives whole, in order."""
    big = "z" * (1 << 20)  # 16 times a Linux pipe's default buffer
    with anyio.fail_after(10):
        async with pipes() as p, stdio_loop.loop_stdio(p.in_fd, p.out_fd) as (_, writes):
            sent = anyio.Event()

            async def send_both() -> None:
                await writes.send(SessionMessage(JSONRPCResponse(jsonrpc="2.0", id=1, result={"text": big})))
                await writes.send(SessionMessage(JSONRPCResponse(jsonrpc="2.0", id=2, result={})))
                sent.set()

            async with anyio.create_task_group() as tg:
                tg.start_soon(send_both)
                for _ in range(100):  # the loop goes on running tasks while the pipe is full and unread
                    await anyio.lowlevel.checkpoint()
                assert not sent.is_set()  # the second answer waits behind the first, which waits for us
                first, second = await p.line(), await p.line()
            assert first["id"] == 1 and first["result"]["text"] == big
            assert second["id"] == 2


async def test_listing_p99_a_listing_is_written_at_once_into_a_widened_pipe() -> None:
    """A 20-job listing (70-100 KB) did not fit the host's 64 KiB pipe: its rest waited for the host to read
    and for another turn of a busy loop. The widened pipe takes an answer that size in one write, before
    the host has read anything."""
    listing_sized = "z" * (200 * 1024)
    with anyio.fail_after(10):
        async with pipes() as p, stdio_loop.loop_stdio(p.in_fd, p.out_fd) as (_, writes):
            assert stdio_loop.widen_pipe(p.out_fd) >= stdio_loop.PIPE_SIZE
            await writes.send(SessionMessage(JSONRPCResponse(jsonrpc="2.0", id=1, result={"text": listing_sized})))
            for _ in range(10):  # the writer's turn; it never has to wait for the pipe to drain
                await anyio.lowlevel.checkpoint()
            pending = int.from_bytes(fcntl.ioctl(p.host_in, termios.FIONREAD, bytes(4)), sys.byteorder)
            assert pending > len(listing_sized)  # all of it is in the pipe: nothing left for a second write
            assert (await p.line())["result"]["text"] == listing_sized


async def test_listing_p99_requests_served_without_worker_thread_hops(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's stdio transport reads each request and writes and flushes each answer in worker threads:
    three hops a request, each waiting for the GIL and a core while a storm keeps the loop and the worker
    threads busy (1-6 ms each at p90, 6-27 ms at p99: much of the listing's tail). Served here, `status` listings
    go in and out through the loop alone: no worker thread is asked for anything."""
    server = build_server(env=env)
    lowlevel = stdio_loop.lowlevel_of(server)
    assert lowlevel is not None, "this SDK's MCPServer has no low-level server to serve: stdio would fall back to threads"
    hops: list[str] = []
    real_run_sync = anyio.to_thread.run_sync

    async def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        hops.append(getattr(func, "__qualname__", repr(func)))
        return await real_run_sync(func, *args, **kwargs)

    with anyio.fail_after(30):
        async with (
            pipes() as p,
            stdio_loop.loop_stdio(p.in_fd, p.out_fd, request(1, "initialize", INITIALIZE)) as (reads, writes),
            anyio.create_task_group() as tg,
        ):
            tg.start_soon(lowlevel.run, reads, writes, lowlevel.create_initialization_options())
            assert (await p.line())["id"] == 1
            p.send(INITIALIZED + request(2, "tools/call", {"name": "status", "arguments": {}}))
            assert "result" in await p.line()  # the first listing reads the (empty) store once
            monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
            for request_id in range(3, 13):
                p.send(request(request_id, "tools/call", {"name": "status", "arguments": {}}))
                answer = await p.line()
                assert answer["id"] == request_id and answer["result"]["structuredContent"]["jobs"] == []
            monkeypatch.setattr(anyio.to_thread, "run_sync", real_run_sync)
            p.end_input()  # end of stdin ends the server, as from a host
    assert hops == []


async def test_a_host_s_requests_written_at_once_are_all_answered(env: dict[str, str]) -> None:
    """An `initialize`-first host (Codex, the Python SDK) whose first write carries more than one line: what
    early.py read past the first line is served first by the transport, then the rest of stdin."""
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            assert host.process.stdin is not None
            waits = {request_id: host.expect(request_id) for request_id in (1, 2, 3)}
            await host.process.stdin.send(
                request(1, "initialize", INITIALIZE) + INITIALIZED + request(2, "tools/list") + request(3, "ping")
            )
            answers = [await host.answer(request_id, done) for request_id, done in waits.items()]
    assert answers[0]["result"]["serverInfo"]["name"] == "mco-mcp"
    assert {tool["name"] for tool in answers[1]["result"]["tools"]} >= {"status", "run", "review"}
    assert answers[2]["result"] == {}

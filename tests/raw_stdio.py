"""A raw JSON-RPC host over stdio, for what the SDK client cannot send: 2026-07-28 requests as Claude Code
sends them (`_meta` envelope on every request, the tasks extension declared per request), several requests
written back to back, and the server's own requests (roots/list) seen as they come."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from anyio.abc import Process

PROTOCOL = "2026-07-28"
CLAUDE = {"name": "claude-code", "title": "Claude Code", "version": "2.1.332"}
# Interactive Claude Code 2.1.332 declares these on every request.
INTERACTIVE_CAPABILITIES = {
    "roots": {},
    "elicitation": {"form": {}, "url": {}},
    "extensions": {"io.modelcontextprotocol/tasks": {}},
}
HEADLESS_CAPABILITIES = {"roots": {}, "elicitation": {"form": {}, "url": {}}}
MAX_LINE = 8 * 1024 * 1024


def envelope(capabilities: dict[str, Any], client: dict[str, Any] | None = CLAUDE) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "io.modelcontextprotocol/protocolVersion": PROTOCOL,
        "io.modelcontextprotocol/clientCapabilities": capabilities,
    }
    if client is not None:
        meta["io.modelcontextprotocol/clientInfo"] = client
    return meta


class RawHost:
    def __init__(self, process: Process) -> None:
        self.process = process
        self._next_id = 0
        self._waiters: dict[int | str, anyio.Event] = {}
        self._answers: dict[int | str, dict[str, Any]] = {}
        self.server_messages: list[dict[str, Any]] = []  # notifications and server-to-client requests

    async def _read_loop(self) -> None:
        assert self.process.stdout is not None
        buffer = b""
        async for chunk in self.process.stdout:
            buffer += chunk
            if len(buffer) > MAX_LINE:
                raise RuntimeError("a line from the server is longer than the test allows")
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                message = json.loads(line)
                if "method" in message:
                    self.server_messages.append(message)
                elif message.get("id") in self._waiters:
                    self._answers[message["id"]] = message
                    self._waiters.pop(message["id"]).set()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    async def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        await self.process.stdin.send(json.dumps(message).encode() + b"\n")

    def expect(self, request_id: int | str) -> anyio.Event:
        done = self._waiters[request_id] = anyio.Event()
        return done

    async def answer(self, request_id: int | str, done: anyio.Event) -> dict[str, Any]:
        await done.wait()
        return self._answers.pop(request_id)

    async def request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """Send one request and return the whole response (result or error)."""
        request_id = self._new_id()
        done = self.expect(request_id)
        await self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return await self.answer(request_id, done)

    async def request_2026(
        self, method: str, params: dict[str, Any] | None = None, capabilities: dict[str, Any] = INTERACTIVE_CAPABILITIES
    ) -> dict[str, Any]:
        return await self.request(method, {**(params or {}), "_meta": envelope(capabilities)})


@asynccontextmanager
async def raw_host(env: dict[str, str], cwd: Path | None = None, stderr: Path | None = None) -> AsyncIterator[RawHost]:
    """Start `python -m mco_mcp`; on exit close its stdin (as hosts do) and wait for it to end."""
    err = stderr.open("wb") if stderr is not None else subprocess.DEVNULL
    try:
        process = await anyio.open_process(
            [sys.executable, "-m", "mco_mcp"], env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err
        )
        async with process, anyio.create_task_group() as tg:
            host = RawHost(process)
            tg.start_soon(host._read_loop)
            try:
                yield host
            finally:
                with anyio.CancelScope(shield=True):
                    assert process.stdin is not None
                    await process.stdin.aclose()
                    with anyio.fail_after(30):
                        await process.wait()
                tg.cancel_scope.cancel()
    finally:
        if stderr is not None:
            err.close()  # type: ignore[union-attr]

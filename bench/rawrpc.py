"""A minimal MCP host over stdio for measuring: JSON-RPC lines, exact timings, the server's pid."""

from __future__ import annotations

import json
import subprocess
import tempfile
from typing import IO, Any

import anyio
from anyio.abc import Process


class RawServer:
    def __init__(self, process: Process, stderr: IO[bytes] | None = None) -> None:
        self.process = process
        self.stderr = stderr  # the server's stderr, kept so that a server that dies says why
        self._buffer = b""
        self._next_id = 0
        self.notifications: list[tuple[float, dict[str, Any]]] = []
        self._waiters: dict[int, anyio.Event] = {}
        self._results: dict[int, dict[str, Any]] = {}

    @classmethod
    async def start(cls, argv: list[str], env: dict[str, str]) -> RawServer:
        stderr = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the server)
        process = await anyio.open_process(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr)
        return cls(process, stderr)

    def stderr_tail(self, limit: int = 4000) -> str:
        if self.stderr is None:
            return ""
        self.stderr.seek(0, 2)
        size = self.stderr.tell()
        self.stderr.seek(max(0, size - limit))
        return self.stderr.read().decode("utf-8", "replace")

    async def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        await self.process.stdin.send(json.dumps(message).encode() + b"\n")

    async def read_loop(self) -> None:
        """Route every line: responses to their waiters, notifications to a timestamped list."""
        assert self.process.stdout is not None
        async for chunk in self.process.stdout:
            self._buffer += chunk
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                message = json.loads(line)
                if "id" in message and message["id"] in self._waiters:
                    self._results[message["id"]] = message
                    self._waiters.pop(message["id"]).set()
                elif "method" in message:
                    self.notifications.append((anyio.current_time(), message))
        # The server closed its stdout (it exited): whoever still waits gets an error that says why.
        for request_id, waiter in list(self._waiters.items()):
            self._results[request_id] = {"error": {"message": "the server closed the connection",
                                                   "stderr": self.stderr_tail()}}
            waiter.set()
        self._waiters.clear()
    async def request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self._next_id += 1
        request_id = self._next_id
        done = self._waiters[request_id] = anyio.Event()
        await self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        await done.wait()
        result = self._results.pop(request_id)
        if "stderr" in result.get("error", {}):
            raise RuntimeError(f"{method}: the server closed the connection; its stderr ends with:\n"
                               f"{result['error']['stderr']}")
        return result

    async def initialize(self) -> None:
        await self.request(
            "initialize",
            {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}},
        )
        await self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    async def call(self, tool: str, arguments: dict[str, Any], progress_token: str | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"name": tool, "arguments": arguments}
        if progress_token:
            params["_meta"] = {"progressToken": progress_token}
        response = await self.request("tools/call", params)
        if "error" in response or response["result"].get("isError"):
            raise RuntimeError(f"{tool} failed: {response}")
        return response["result"]["structuredContent"]

    async def close(self) -> None:
        assert self.process.stdin is not None
        await self.process.stdin.aclose()
        with anyio.fail_after(30):
            await self.process.wait()

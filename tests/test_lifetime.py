"""Every way the server stops leaves no provider process behind, and the job says what happened."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from anyio.abc import Process

from mco_mcp.jobs.store import JobStore
from tests.conftest import alive_groups, memory_client, records, stdio_client

pytestmark = pytest.mark.anyio


class RawServer:
    """The server as a host process sees it: JSON-RPC lines over its stdin/stdout."""

    def __init__(self, process: Process) -> None:
        self.process = process
        self._buffer = b""
        self._next_id = 0

    async def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        await self.process.stdin.send(json.dumps(message).encode() + b"\n")

    async def receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        while b"\n" not in self._buffer:
            self._buffer += await self.process.stdout.receive()
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    async def request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self._next_id += 1
        await self.send({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params})
        while True:
            message = await self.receive()  # every line on stdout must be JSON-RPC
            if message.get("id") == self._next_id:
                return message

    async def initialize(self) -> None:
        result = await self.request(
            "initialize",
            {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw-test", "version": "0"}},
        )
        assert result["result"]["serverInfo"]["name"] == "mco-mcp"
        await self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})


async def start_raw(env: dict[str, str]) -> RawServer:
    process = await anyio.open_process(
        [sys.executable, "-m", "mco_mcp"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    server = RawServer(process)
    await server.initialize()
    return server


async def start_stalled_job(server: RawServer, repo: Path, record_dir: Path, providers: list[str]) -> str:
    response = await server.request(
        "tools/call",
        {"name": "run", "arguments": {"prompt": "p", "repo": str(repo), "providers": providers, "wait_seconds": 0}},
    )
    job_id = response["result"]["structuredContent"]["job_id"]
    with anyio.fail_after(20):
        while len([r for r in records(record_dir) if r["stdin_complete"]]) < len(providers):
            await anyio.sleep(0.05)
    return job_id


def job_document(env: dict[str, str], job_id: str) -> dict[str, Any]:
    return json.loads((JobStore(Path(env["MCO_MCP_STATE_DIR"])).job_dir(job_id) / "job.json").read_text())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
async def test_stop_signal_kills_every_provider_group_and_marks_runs_cancelled(
    env: dict[str, str], repo: Path, record_dir: Path, signum: signal.Signals
) -> None:
    env["FAKE_CLI_MODE"] = "grandchild,stall"
    server = await start_raw(env)
    async with server.process:
        job_id = await start_stalled_job(server, repo, record_dir, ["claude", "codex"])
        pgids = [r["pgid"] for r in records(record_dir)]
        assert alive_groups(pgids) == pgids
        server.process.send_signal(signum)
        with anyio.fail_after(15):
            await server.process.wait()
    assert alive_groups(pgids) == []
    document = job_document(env, job_id)
    assert document["job"]["state"] == "cancelled"
    for run in document["job"]["providers"]:
        assert run["state"] == "cancelled"
        assert signum.name in run["error"]["message"]


async def test_stdin_eof_kills_every_provider_group(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "stall"
    server = await start_raw(env)
    async with server.process:
        job_id = await start_stalled_job(server, repo, record_dir, ["gemini", "qwen", "opencode"])
        pgids = [r["pgid"] for r in records(record_dir)]
        assert server.process.stdin is not None
        await server.process.stdin.aclose()
        with anyio.fail_after(15):
            await server.process.wait()
    assert alive_groups(pgids) == []
    assert job_document(env, job_id)["job"]["state"] == "cancelled"


def watchdog_of(server_pid: int) -> int:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if ppid == server_pid and b"mco_mcp.watchdog" in cmdline:
                return int(entry.name)
    raise AssertionError("no watchdog process")


async def test_after_sigkill_the_next_start_stops_the_orphans(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "stall"
    server = await start_raw(env)
    async with server.process:
        job_id = await start_stalled_job(server, repo, record_dir, ["claude", "qwen"])
        pgids = [r["pgid"] for r in records(record_dir)]
        os.kill(watchdog_of(server.process.pid), signal.SIGKILL)  # as if both died at once
        server.process.kill()
        await server.process.wait()
    assert alive_groups(pgids) == pgids  # in their own sessions: the kill did not reach them
    async with memory_client(env) as client:
        result = await client.call_tool("status", {"job_id": job_id})
    assert alive_groups(pgids) == []
    job = result.structured_content
    assert job["state"] == "cancelled"
    assert all(run["state"] == "cancelled" and "exited before it finished" in run["error"]["message"] for run in job["providers"])


async def test_the_watchdog_stops_the_orphans_of_a_killed_server_without_a_restart(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env["FAKE_CLI_MODE"] = "grandchild,stall"
    server = await start_raw(env)
    async with server.process:
        await start_stalled_job(server, repo, record_dir, ["gemini", "opencode"])
        pgids = [r["pgid"] for r in records(record_dir)]
        assert alive_groups(pgids) == pgids
        server.process.kill()
        await server.process.wait()
    with anyio.fail_after(10):  # the watchdog reacts to the pipe closing, not to a timer
        while alive_groups(pgids):
            await anyio.sleep(0.05)


async def test_a_live_server_s_jobs_are_not_taken_over_by_another(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Two hosts can run two servers on one state dir: the second must not kill the first one's jobs."""
    env["FAKE_CLI_MODE"] = "stall"
    async with stdio_client(env) as first:
        job = (await first.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"], "wait_seconds": 0})).structured_content
        with anyio.fail_after(20):
            while not [r for r in records(record_dir) if r["stdin_complete"]]:
                await anyio.sleep(0.05)
        async with memory_client(env) as second:
            seen = (await second.call_tool("status", {"job_id": job["job_id"]})).structured_content
        assert seen["state"] in ("queued", "running")
        pgids = [r["pgid"] for r in records(record_dir)]
        assert alive_groups(pgids) == pgids
        await first.call_tool("cancel", {"job_id": job["job_id"]})
    assert alive_groups(pgids) == []


async def test_server_stdout_carries_only_json_rpc(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "crash"  # a CLI that prints garbage to stderr and dies
    server = await start_raw(env)
    async with server.process:
        response = await server.request(
            "tools/call", {"name": "run", "arguments": {"prompt": "p", "repo": str(repo), "providers": ["claude"]}}
        )
        job = response["result"]["structuredContent"]
        assert job["state"] == "failed" and job["providers"][0]["error"]["kind"] == "cli_error"
        assert server.process.stdin is not None
        await server.process.stdin.aclose()
        with anyio.fail_after(15):
            rest = b""
            assert server.process.stdout is not None
            async for chunk in server.process.stdout:
                rest += chunk
            await server.process.wait()
    for line in (server._buffer + rest).splitlines():
        json.loads(line)
    assert os.environ.get("MCO_MCP_DEPTH") is None

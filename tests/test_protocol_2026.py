"""MCP 2026-07-28 as Claude Code 2.1.332 speaks it, over real stdio, next to the 2025 handshakes.

`server/discover` is answered before the SDK is imported (mco_mcp/early.py); these tests pin that the
early answer is the SDK's own, that 2025 clients (and a host's late fallback `initialize`) are served,
that a 2026 connection never asks for roots, and the tasks extension (mco_mcp/tasks.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp import early
from tests.conftest import alive_groups, records
from tests.raw_stdio import HEADLESS_CAPABILITIES, INTERACTIVE_CAPABILITIES, envelope, raw_host

pytestmark = pytest.mark.anyio

TOOL_NAMES = {"review", "run", "status", "cancel", "providers", "apply", "discard"}


def discover_request(request_id: int | str, capabilities: dict[str, Any] = INTERACTIVE_CAPABILITIES) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": request_id, "method": "server/discover", "params": {"_meta": envelope(capabilities)}}


def initialize_request(request_id: int, version: str, client: str) -> dict[str, Any]:
    return {
        "jsonrpc": "2.0",
        "id": request_id,
        "method": "initialize",
        "params": {"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": client, "version": "1"}},
    }


# -- discover, early and late ------------------------------------------------------------------------


def test_early_answer_only_takes_a_discover_it_can_answer_exactly() -> None:
    answer = early.answer_for(json.dumps(discover_request("a")).encode())
    assert answer is not None and answer.endswith(b"\n")
    message = json.loads(answer)
    assert message["id"] == "a" and message["result"]["supportedVersions"] == ["2026-07-28"]
    # Left to the SDK, which answers each with the right error or result:
    other_version = discover_request(1)
    other_version["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] = "2099-01-01"
    no_capabilities = discover_request(2)
    del no_capabilities["params"]["_meta"]["io.modelcontextprotocol/clientCapabilities"]
    for line in (
        json.dumps(other_version),
        json.dumps(no_capabilities),
        json.dumps(initialize_request(3, "2025-11-25", "x")),
        json.dumps({**discover_request(4), "id": None}),
        "not json",
    ):
        assert early.answer_for(line.encode()) is None, line


async def test_the_early_discover_answer_is_exactly_the_sdk_s_own(env: dict[str, str]) -> None:
    """The first discover is answered by early.py, the second (same connection) by the SDK: equal."""
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            first = await host.request_2026("server/discover")
            second = await host.request_2026("server/discover")
            tools = await host.request_2026("tools/list")
    assert "result" in first and "result" in second, (first, second)
    assert first["result"] == second["result"]
    assert first["result"]["capabilities"]["extensions"] == {"io.modelcontextprotocol/tasks": {}}
    assert {tool["name"] for tool in tools["result"]["tools"]} == TOOL_NAMES


@pytest.mark.parametrize(("version", "client"), [("2025-11-25", "claude-code"), ("2025-06-18", "codex-mcp-client")])
async def test_2025_clients_still_initialize_and_call(env: dict[str, str], repo: Path, version: str, client: str) -> None:
    env["FAKE_CLI_ANSWER"] = "yes"
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            done = host.expect(1)
            await host.send(initialize_request(1, version, client))
            init = await host.answer(1, done)
            await host.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
            call = await host.request("tools/call", {"name": "run", "arguments": {"prompt": "q", "repo": str(repo), "providers": ["gemini"]}})
    assert init["result"]["protocolVersion"] == version
    assert call["result"]["structuredContent"]["providers"][0]["final_text"] == "yes"


async def test_a_late_discover_followed_by_the_fallback_initialize_is_not_rejected(env: dict[str, str]) -> None:
    """Claude Code sends `initialize` 2025-11-25 when discover is not answered within ~3 s. Both can be
    in the pipe when the server reads: the discover still gets its answer, and so does the initialize
    (before: -32022, the connection locked to 2026 by the discover), and the 2025 session then works."""
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            discover_done, init_done = host.expect(1), host.expect(2)
            await host.send(discover_request(1, HEADLESS_CAPABILITIES))
            await host.send(initialize_request(2, "2025-11-25", "claude-code"))
            discover = await host.answer(1, discover_done)
            init = await host.answer(2, init_done)
            await host.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
            tools = await host.request("tools/list", {})
    assert "result" in discover, discover
    assert init.get("result", {}).get("protocolVersion") == "2025-11-25", init
    assert {tool["name"] for tool in tools["result"]["tools"]} == TOOL_NAMES


async def test_a_2026_call_without_repo_uses_the_working_directory_and_never_asks_for_roots(
    env: dict[str, str], repo: Path, tmp_path: Path
) -> None:
    """Roots are deprecated in 2026-07-28 and the server has no back-channel: Claude Code still declares
    roots, and asking used to log a deprecation warning and a failed roots/list on every call."""
    env["FAKE_CLI_ANSWER"] = "ok"
    stderr = tmp_path / "server.stderr"
    async with raw_host(env, cwd=repo, stderr=stderr) as host:
        with anyio.fail_after(60):
            await host.request_2026("server/discover", capabilities=HEADLESS_CAPABILITIES)
            call = await host.request_2026(
                "tools/call", {"name": "run", "arguments": {"prompt": "q", "providers": ["gemini"]}}, HEADLESS_CAPABILITIES
            )
    job = call["result"]["structuredContent"]
    assert Path(job["repo"]) == repo.resolve() and job["state"] == "completed", job
    assert not [m for m in host.server_messages if m.get("method") == "roots/list"]
    log = stderr.read_text()
    assert "roots" not in log.lower() and "deprecat" not in log.lower(), log


# -- the tasks extension ------------------------------------------------------------------------------


async def poll_until_ended(host: Any, task_id: str) -> list[dict[str, Any]]:
    """Poll tasks/get as a task client does, at the server's pollIntervalMs, until the task ends."""
    seen = []
    while True:
        answer = await host.request_2026("tasks/get", {"taskId": task_id})
        task = answer["result"]
        seen.append(task)
        if task["status"] in ("completed", "failed", "cancelled"):
            return seen
        await anyio.sleep(task["pollIntervalMs"] / 1000)


async def test_a_task_client_gets_a_task_at_once_and_the_whole_result_from_tasks_get(
    env: dict[str, str], repo: Path
) -> None:
    env["FAKE_CLI_ANSWER"] = "the review is done"
    env["FAKE_CLI_MODE"] = "delay=1.5"
    arguments = {"prompt": "Review it", "repo": str(repo), "providers": ["codex", "gemini"], "wait_seconds": 600}
    async with raw_host(env) as host:
        with anyio.fail_after(90):
            await host.request_2026("server/discover")
            created = (await host.request_2026("tools/call", {"name": "review", "arguments": arguments}))["result"]
            polls = await poll_until_ended(host, created["taskId"])
    # The flat 2026 CreateTaskResult, at once (wait_seconds=600 was not waited: the job still runs).
    assert created["resultType"] == "task" and created["status"] == "working", created
    for key in ("taskId", "statusMessage", "createdAt", "lastUpdatedAt", "ttlMs", "pollIntervalMs"):
        assert key in created, key
    assert "task" not in created and "content" not in created
    assert polls[0]["status"] == "working" and "result" not in polls[0]
    final = polls[-1]
    assert final["status"] == "completed" and final["resultType"] == "complete" and final["taskId"] == created["taskId"]
    result = final["result"]
    assert result["isError"] is False and result["structuredContent"]["job_id"] == created["taskId"]
    assert result["structuredContent"]["state"] == "completed"
    assert [r["final_text"] for r in result["structuredContent"]["providers"]] == ["the review is done"] * 2
    assert result["content"][0]["text"].startswith(result["structuredContent"]["summary"])


async def test_tasks_cancel_stops_the_job_and_leaves_no_process(
    env: dict[str, str], repo: Path, record_dir: Path, no_leftover_groups: None
) -> None:
    env["FAKE_CLI_MODE"] = "stall"
    async with raw_host(env) as host:
        with anyio.fail_after(90):
            await host.request_2026("server/discover")
            arguments = {"prompt": "forever", "repo": str(repo), "providers": ["claude", "qwen"]}
            created = (await host.request_2026("tools/call", {"name": "run", "arguments": arguments}))["result"]
            # Follow the task as a client does until both providers run, then cancel it.
            while True:
                task = (await host.request_2026("tasks/get", {"taskId": created["taskId"]}))["result"]
                if "claude running" in task["statusMessage"] and "qwen running" in task["statusMessage"]:
                    break
                await anyio.sleep(task["pollIntervalMs"] / 1000)
            cancelled = await host.request_2026("tasks/cancel", {"taskId": created["taskId"]})
            task = (await host.request_2026("tasks/get", {"taskId": created["taskId"]}))["result"]
            assert alive_groups([r["pgid"] for r in records(record_dir)]) == []
    assert cancelled["result"]["resultType"] == "complete", cancelled
    assert task["status"] == "cancelled" and "result" not in task


async def test_task_errors_unknown_id_and_undeclared_client(env: dict[str, str]) -> None:
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            await host.request_2026("server/discover")
            unknown = await host.request_2026("tasks/get", {"taskId": "20990101-000000-000000"})
            unknown_cancel = await host.request_2026("tasks/cancel", {"taskId": "nope"})
            undeclared = await host.request_2026("tasks/get", {"taskId": "nope"}, capabilities=HEADLESS_CAPABILITIES)
    assert unknown["error"]["code"] == -32602, unknown
    assert unknown_cancel["error"]["code"] == -32602, unknown_cancel
    assert undeclared["error"]["code"] == -32021, undeclared


async def test_a_2026_client_without_tasks_keeps_the_wait_seconds_result(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_ANSWER"] = "plain"
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            await host.request_2026("server/discover", capabilities=HEADLESS_CAPABILITIES)
            call = await host.request_2026(
                "tools/call",
                {"name": "run", "arguments": {"prompt": "q", "repo": str(repo), "providers": ["gemini"], "wait_seconds": 60}},
                HEADLESS_CAPABILITIES,
            )
    result = call["result"]
    assert result["resultType"] == "complete" and result["structuredContent"]["state"] == "completed"
    assert result["structuredContent"]["providers"][0]["final_text"] == "plain"


async def test_tools_that_are_not_jobs_are_never_tasks(env: dict[str, str]) -> None:
    async with raw_host(env) as host:
        with anyio.fail_after(60):
            await host.request_2026("server/discover")
            listing = await host.request_2026("tools/call", {"name": "status", "arguments": {}})
            bad = await host.request_2026("tools/call", {"name": "run", "arguments": {"prompt": ""}})
    assert listing["result"]["resultType"] == "complete" and "jobs" in listing["result"]["structuredContent"]
    # Bad input is a tool error at once, not a task that fails later.
    assert bad["result"].get("isError") is True and bad["result"]["resultType"] == "complete", bad

"""The MCP surface, driven the way hosts drive it: review, run, status, cancel, providers."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.conftest import PROVIDERS, alive_groups, memory_client, records, stdio_client

pytestmark = pytest.mark.anyio

SNAPSHOT = Path(__file__).parent / "snapshots" / "tools_list.json"


def findings_answer(repo: Path, provider: str, style: int) -> str:
    """A review answer as an agent writes it: prose, then a findings block, each agent in its own words."""
    path = ["app/db.py", "./app/db.py", f"{repo}/app/db.py"][style % 3]
    titles = [
        "SQL injection in find_user",
        "User-controlled name concatenated into SQL query",
        "Possible SQL injection: string concatenation in query",
        "find_user builds SQL from untrusted input",
        "Unsanitized input in SQL query (injection)",
    ]
    finding = {
        "severity": ["critical", "high", "high", "critical", "high"][style],
        "category": "security",
        "title": titles[style],
        "evidence": {"file": path, "line": 5 + (style % 2), "snippet": "query = \"SELECT * FROM users WHERE name = '\" + name + \"'\""},
        "recommendation": "Use a parameterized query with ? placeholders.",
        "confidence": 0.9,
    }
    own = {
        "severity": "low",
        "category": "performance",
        "title": f"{provider}: count_users loads every row to count them",
        "file": "app/db.py",
        "line": 10,
        "recommendation": "Use SELECT COUNT(*).",
    }
    body = {"findings": [finding] + ([own] if provider == "codex" else [])}
    return f"I looked at the repository.\n\n```json\n{json.dumps(body, indent=2)}\n```\n"


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    assert result.structured_content is not None
    return result.structured_content


def error_text(result: Any) -> str:
    assert result.is_error
    return result.content[0].text


async def test_tools_list_matches_the_committed_snapshot(env: dict[str, str]) -> None:
    async with memory_client(env) as client:
        tools = await client.list_tools()
    listing = [tool.model_dump(mode="json", by_alias=True, exclude_none=True) for tool in tools.tools]
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(listing, indent=2, sort_keys=True) + "\n")
    assert listing == json.loads(SNAPSHOT.read_text())
    names = {tool["name"]: tool for tool in listing}
    assert set(names) == {"review", "run", "status", "cancel", "providers", "apply", "discard"}
    assert names["review"]["annotations"]["readOnlyHint"] is True
    assert names["run"]["annotations"]["readOnlyHint"] is False
    assert names["cancel"]["annotations"]["destructiveHint"] is True


async def test_review_over_stdio_merges_the_same_finding_from_five_agents(
    env: dict[str, str], repo: Path, record_dir: Path, no_leftover_groups: None
) -> None:
    for style, name in enumerate(PROVIDERS):
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = findings_answer(repo, name, style)
    async with stdio_client(env) as client:
        arguments = {"prompt": "Review app/db.py", "repo": str(repo), "providers": list(PROVIDERS), "wait_seconds": 60}
        job = structured(await client.call_tool("review", arguments))
    assert job["state"] == "completed", job["summary"]
    assert [run["provider"] for run in job["providers"]] == list(PROVIDERS)
    for run in job["providers"]:
        assert run["state"] == "succeeded" and run["session_id"], run
    injection = [f for f in job["findings"] if f["category"] == "security"]
    assert len(injection) == 1, job["findings"]
    assert injection[0]["detected_by"] == sorted(PROVIDERS)
    assert injection[0]["file"] == "app/db.py"
    assert injection[0]["severity"] == "critical"
    assert any(f["category"] == "performance" and f["detected_by"] == ["codex"] for f in job["findings"])
    # Reviews are read-only whatever the caller wants: each CLI got its read-only flags.
    argv = {record["name"]: record["argv"] for record in records(record_dir)}
    assert "plan" in argv["claude"] and "read-only" in argv["codex"] and "plan" in argv["gemini"]
    # The findings contract travelled with the prompt, on stdin.
    for record in records(record_dir):
        assert "Review app/db.py" in record["stdin_text"] and '"findings"' in record["stdin_text"]


async def test_run_returns_each_answer_and_session_then_resumes_it(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env["FAKE_CLI_ANSWER"] = "the answer is 42"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "what is it?", "repo": str(repo), "providers": ["claude", "codex"]}))
        assert job["state"] == "completed" and job["kind"] == "run"
        runs = {run["provider"]: run for run in job["providers"]}
        assert runs["claude"]["final_text"] == runs["codex"]["final_text"] == "the answer is 42"
        session = runs["codex"]["session_id"]
        assert session
        again = structured(await client.call_tool("run", {"prompt": "and then?", "repo": str(repo), "resume": {"codex": session}}))
    assert [run["provider"] for run in again["providers"]] == ["codex"]
    assert again["providers"][0]["session_id"] == session
    resumed = [r for r in records(record_dir, "codex") if "resume" in r["argv"]]
    assert len(resumed) == 1 and resumed[0]["argv"][resumed[0]["argv"].index("resume") + 1] == session


async def test_children_get_the_prompt_on_stdin_and_a_sanitized_environment(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    leaked = {
        "CLAUDECODE": "1",
        "CLAUDE_CODE_ENTRYPOINT": "cli",
        "CLAUDE_CODE_SSE_PORT": "1234",
        "CLAUDE_CODE_SESSION_ID": "s",
        "CLAUDE_PROJECT_DIR": "/x",
        "AI_AGENT": "claude",
        "CODEX_THREAD_ID": "t",
        "CODEX_SANDBOX": "seatbelt",
        "CODEX_CI": "1",
        "GEMINI_CLI": "1",
        "QWEN_CODE": "1",
    }
    env.update(leaked)
    env["KEEP_ME"] = "yes"
    prompt = "-p a prompt that starts like a flag\n" + "x" * 300_000
    async with stdio_client(env) as client:
        job = structured(
            await client.call_tool("run", {"prompt": prompt, "repo": str(repo), "providers": list(PROVIDERS), "wait_seconds": 60})
        )
    assert job["state"] == "completed", job["summary"]
    seen = records(record_dir)
    assert {record["name"] for record in seen} == set(PROVIDERS)
    for record in seen:
        assert not set(leaked) & set(record["env"]), record["name"]
        assert record["env"]["KEEP_ME"] == "yes"
        assert record["env"]["MCO_MCP_DEPTH"] == "1"
        assert record["stdin_text"].startswith(prompt)  # whole, on a pipe of its own
        assert record["stdin_kind"] == "pipe"
        assert not any(prompt[:40] in arg for arg in record["argv"])  # never argv
        assert record["pgid"] == record["pid"] and record["sid"] == record["pid"]  # own session and group


async def test_progress_notifications_while_waiting(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=1.2"
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append((value, total, message))

    async with memory_client(env) as client:
        result = await client.call_tool(
            "run", {"prompt": "slow", "repo": str(repo), "providers": ["qwen"]}, progress_callback=on_progress
        )
    assert structured(result)["state"] == "completed"
    assert len(progress) >= 3
    values = [value for value, _, _ in progress]
    assert values == sorted(values) and len(set(values)) == len(values)  # progress only grows
    assert "providers finished" in (progress[-1][2] or "")


async def test_wait_returns_a_running_job_that_status_picks_up(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=1"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["gemini"], "wait_seconds": 0}))
        assert job["state"] in ("queued", "running")
        done = structured(await client.call_tool("status", {"job_id": job["job_id"], "wait_seconds": 30}))
        assert done["state"] == "completed"
        listing = structured(await client.call_tool("status", {}))
    assert [j["job_id"] for j in listing["jobs"]] == [job["job_id"]]
    assert "final_text" not in listing["jobs"][0]["providers"][0]  # listings stay small (models.ListedRun)


async def test_cancel_tool_stops_every_process_group(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "grandchild,stall"
    async with memory_client(env) as client:
        job = structured(
            await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": list(PROVIDERS), "wait_seconds": 0})
        )
        with anyio.fail_after(20):
            while len(records(record_dir)) < len(PROVIDERS):
                await anyio.sleep(0.05)
        pgids = [record["pgid"] for record in records(record_dir)]
        assert alive_groups(pgids) == pgids
        cancelled = structured(await client.call_tool("cancel", {"job_id": job["job_id"]}))
        assert cancelled["state"] == "cancelled"
        assert {run["state"] for run in cancelled["providers"]} == {"cancelled"}
        assert alive_groups(pgids) == []
        again = structured(await client.call_tool("cancel", {"job_id": job["job_id"]}))  # idempotent
        assert again["state"] == "cancelled"


async def test_cancel_some_providers_lets_the_others_finish(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE_CODEX"] = "stall"
    env["FAKE_CLI_MODE_CLAUDE"] = "delay=1"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude", "codex"], "wait_seconds": 0}))
        await client.call_tool("cancel", {"job_id": job["job_id"], "providers": ["codex"]})
        done = structured(await client.call_tool("status", {"job_id": job["job_id"], "wait_seconds": 30}))
    runs = {run["provider"]: run["state"] for run in done["providers"]}
    assert runs == {"claude": "succeeded", "codex": "cancelled"}
    assert done["state"] == "partial"


async def test_cancelling_the_wait_does_not_cancel_the_job(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=1.5"
    async with memory_client(env) as client:
        with pytest.raises(Exception):
            # The client gives up after 0.3 s and sends notifications/cancelled for the call.
            await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["opencode"]}, read_timeout_seconds=0.3)
        listing = structured(await client.call_tool("status", {}))
        job_id = listing["jobs"][0]["job_id"]
        done = structured(await client.call_tool("status", {"job_id": job_id, "wait_seconds": 30}))
    assert done["state"] == "completed"


async def test_status_answers_after_a_restart(env: dict[str, str], repo: Path) -> None:
    async with stdio_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "remember me", "repo": str(repo), "providers": ["claude"]}))
    async with stdio_client(env) as client:
        again = structured(await client.call_tool("status", {"job_id": job["job_id"]}))
    assert again["state"] == "completed"
    assert again["providers"][0]["final_text"] == job["providers"][0]["final_text"]


async def test_providers_lists_the_fakes_and_excludes_the_callers_own_cli(env: dict[str, str]) -> None:
    async with memory_client(env) as client:
        listing = structured(await client.call_tool("providers", {}))
    by_name = {p["name"]: p for p in listing["providers"]}
    assert set(by_name) == set(PROVIDERS)
    assert all(p["installed"] and p["binary"] for p in by_name.values())
    # The in-memory client calls itself "mcp", not a known host: everything is a default.
    assert all(p["default"] for p in by_name.values() if p["ready"])


async def test_a_cli_that_is_not_installed_is_reported_unavailable(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    (tmp_path / "bin" / "gemini").unlink()
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["gemini", "qwen"]}))
    runs = {run["provider"]: run for run in job["providers"]}
    assert runs["gemini"]["state"] == "unavailable" and runs["gemini"]["error"]["kind"] == "not_installed"
    assert runs["qwen"]["state"] == "succeeded"
    assert job["state"] == "partial"


async def test_resources_give_the_full_outputs_sarif_and_markdown(env: dict[str, str], repo: Path) -> None:
    long_answer = "START " + "word " * 10_000 + "THE END"
    env["FAKE_CLI_ANSWER_CLAUDE"] = long_answer
    env["FAKE_CLI_ANSWER_CODEX"] = findings_answer(repo, "codex", 1)
    env["MCO_MCP_OUTPUT_BUDGET"] = "1000"
    async with memory_client(env) as client:
        templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
        assert templates == {
            "mco://jobs/{job_id}",
            "mco://jobs/{job_id}/providers/{provider}/output",
            "mco://jobs/{job_id}/providers/{provider}/patch",
            "mco://jobs/{job_id}/findings.sarif",
            "mco://jobs/{job_id}/report.md",
        }
        job = structured(await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["claude", "codex"]}))
        claude = next(run for run in job["providers"] if run["provider"] == "claude")
        assert claude["truncated"] is True and len(claude["final_text"]) < 1200
        base = f"mco://jobs/{job['job_id']}"
        output = await client.read_resource(f"{base}/providers/claude/output")
        assert output.contents[0].text == long_answer
        document = json.loads((await client.read_resource(base)).contents[0].text)
        assert document["job_id"] == job["job_id"]
        sarif = json.loads((await client.read_resource(f"{base}/findings.sarif")).contents[0].text)
        assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == len(job["findings"])
        report = (await client.read_resource(f"{base}/report.md")).contents[0].text
        assert job["job_id"] in report
        with pytest.raises(Exception, match="no provider 'gemini'"):
            await client.read_resource(f"{base}/providers/gemini/output")

"""The recursion guard, and the headless CLI over the same engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from tests.conftest import memory_client, records

# A CLI in between that scrubs the environment of the MCP servers it starts, as codex does.
SCRUBBING_CLI = (
    "import os, subprocess, sys; "
    "env = {k: os.environ[k] for k in ('PATH', 'HOME', 'MCO_MCP_STATE_DIR') if k in os.environ}; "
    "sys.exit(subprocess.run([sys.executable, '-m', 'mco_mcp'], env=env).returncode)"
)


@pytest.mark.anyio
async def test_a_nested_server_refuses_to_fan_out(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["MCO_MCP_DEPTH"] = "1"
    async with memory_client(env) as client:
        result = await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["claude"]})
        listing = await client.call_tool("providers", {})
    assert result.is_error and "refused" in result.content[0].text and "MCO_MCP_MAX_DEPTH" in result.content[0].text
    assert not listing.is_error  # the rest of the server still works
    assert records(record_dir) == []


@pytest.mark.anyio
async def test_the_guard_holds_when_the_cli_in_between_scrubs_the_environment(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["MCO_MCP_DEPTH"] = "1"  # what mco-mcp gives every CLI it starts
    params = StdioServerParameters(command=sys.executable, args=["-c", SCRUBBING_CLI], env=env)
    async with Client(params, mode="legacy") as client:
        result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"]})
    assert result.is_error and "refused" in result.content[0].text
    assert records(record_dir) == []


@pytest.mark.anyio
async def test_a_deeper_limit_allows_one_more_level(env: dict[str, str], repo: Path) -> None:
    env["MCO_MCP_DEPTH"] = "1"
    env["MCO_MCP_MAX_DEPTH"] = "2"
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"]})).structured_content
    assert job["state"] == "completed"


def headless(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mco_mcp", *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_headless_run_prints_the_job_document(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_ANSWER"] = "headless answer"
    done = headless(env, "run", "--repo", str(repo), "--providers", "claude", "gemini", stdin="-starts with a dash")
    assert done.returncode == 0, done.stderr
    job = json.loads(done.stdout)
    assert job["state"] == "completed"
    assert [run["final_text"] for run in job["providers"]] == ["headless answer", "headless answer"]
    assert all(r["stdin_text"].startswith("-starts with a dash") for r in records(record_dir))
    status = headless(env, "status", job["job_id"])
    assert json.loads(status.stdout)["job_id"] == job["job_id"]


def test_headless_failure_and_bad_input_exit_codes(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "error=401"
    failed = headless(env, "review", "--repo", str(repo), "--providers", "codex", stdin="look")
    assert failed.returncode == 1
    assert json.loads(failed.stdout)["providers"][0]["error"]["kind"] == "authentication"
    bad = headless(env, "run", "--repo", str(repo), "--providers", "nope", stdin="p")
    assert bad.returncode == 2 and "unknown provider 'nope'" in bad.stderr and bad.stdout == ""


def test_headless_providers(env: dict[str, str]) -> None:
    done = headless(env, "providers")
    assert done.returncode == 0
    names = [p["name"] for p in json.loads(done.stdout)["providers"]]
    assert names == ["claude", "codex", "gemini", "opencode", "qwen"]


def test_headless_review_as_sarif_and_markdown(env: dict[str, str], repo: Path) -> None:
    import jsonschema

    from tests.test_tools import findings_answer

    for style, name in enumerate(("claude", "codex")):
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = findings_answer(repo, name, style)
    done = headless(env, "review", "--repo", str(repo), "--providers", "claude", "codex", "--format", "sarif", stdin="review")
    assert done.returncode == 0, done.stderr
    sarif = json.loads(done.stdout)
    schema = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert any(r["ruleId"] == "security" and r["level"] == "error" for r in results)
    job_id = sarif["runs"][0]["properties"]["job_id"] if "properties" in sarif["runs"][0] else None
    listing = json.loads(headless(env, "status").stdout)
    job_id = job_id or listing["jobs"][0]["job_id"]
    markdown = headless(env, "status", job_id, "--format", "markdown").stdout
    assert job_id in markdown and "app/db.py" in markdown and "claude" in markdown

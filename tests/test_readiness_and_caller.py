"""Who is calling (caller detection by a host's decorated client name) and readiness that never silently
drops a provider the user configured, with the fake CLIs (tests/fakes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from mcp import Implementation

from mco_mcp.jobs.selection import client_name_matches
from tests.conftest import memory_client

pytestmark = pytest.mark.anyio


def test_client_name_patterns_are_exact_unless_they_end_in_a_star() -> None:
    assert client_name_matches("qwen-cli-mcp-client-*", "qwen-cli-mcp-client-mco")
    assert client_name_matches("qwen-cli-mcp-client-*", "qwen-cli-mcp-client-my-own-name")
    assert not client_name_matches("qwen-cli-mcp-client-*", "qwen-cli-mcp-client")
    assert client_name_matches("claude-code", "claude-code") and not client_name_matches("claude-code", "claude-code-2")


async def test_qwen_as_host_was_not_recognised_by_its_decorated_client_name(env: dict[str, str], repo: Path) -> None:
    """Regression: qwen announces itself as `qwen-cli-mcp-client-<server name>`; the manifest matched the
    exact name only, so qwen as host was asked its own opinion."""
    with anyio.fail_after(60):
        async with memory_client(env, client_info=Implementation(name="qwen-cli-mcp-client-mco", version="0.24.4")) as client:
            listing = (await client.call_tool("providers", {})).structured_content
            job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "wait_seconds": 30})).structured_content
    by_name = {p["name"]: p for p in listing["providers"]}
    assert by_name["qwen"]["ready"] is True and by_name["qwen"]["default"] is False
    assert [run["provider"] for run in job["providers"]] == ["claude", "codex", "gemini", "opencode"]


def codex_home(tmp_path: Path, provider_table: str, env: dict[str, str]) -> None:
    home = tmp_path / "codex-home"
    home.mkdir()
    (home / "config.toml").write_text('model = "m"\nmodel_provider = "corp"\n\n[model_providers.corp]\n' + provider_table)
    env["CODEX_HOME"] = str(home)


async def test_codex_not_logged_in_but_with_an_api_key_provider_was_silently_dropped(
    env: dict[str, str], repo: Path, tmp_path: Path
) -> None:
    """Regression: `codex login status` says "Not logged in" for a custom model provider with env_key, which
    works; codex was left out of the default set. Now it stays in, and the reason says what was seen."""
    env["FAKE_CLI_READY_CODEX"] = "0"  # the fake's `codex login status`: "Not logged in", exit 1
    codex_home(tmp_path, 'base_url = "http://127.0.0.1:9/v1"\nenv_key = "CORP_LLM_KEY"\n', env)
    env["CORP_LLM_KEY"] = "set"
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            listing = (await client.call_tool("providers", {})).structured_content
            job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "wait_seconds": 30})).structured_content
    codex = {p["name"]: p for p in listing["providers"]}["codex"]
    assert codex["ready"] is True and codex["default"] is True
    assert "Not logged in" in codex["reason"] and "$CORP_LLM_KEY, which is set" in codex["reason"]
    assert "codex" in [run["provider"] for run in job["providers"]]


async def test_codex_api_key_provider_with_its_variable_unset_is_not_ready_and_says_why(
    env: dict[str, str], tmp_path: Path
) -> None:
    env["FAKE_CLI_READY_CODEX"] = "0"
    codex_home(tmp_path, 'env_key = "CORP_LLM_KEY"\n', env)
    with anyio.fail_after(60):
        async with memory_client(env) as client:
            listing = (await client.call_tool("providers", {})).structured_content
    codex = {p["name"]: p for p in listing["providers"]}["codex"]
    assert codex["ready"] is False and codex["default"] is False
    assert "Not logged in" in codex["reason"] and "$CORP_LLM_KEY, which is not set" in codex["reason"]
    assert "to fix: run `codex login`" in codex["reason"]


def test_doctor_shows_what_the_probe_saw_when_the_config_overrules_it(env: dict[str, str], tmp_path: Path) -> None:
    env["FAKE_CLI_READY_CODEX"] = "0"
    codex_home(tmp_path, 'env_key = "CORP_LLM_KEY"\n', env)
    env["CORP_LLM_KEY"] = "set"
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "doctor"], env=env, capture_output=True, text=True, timeout=60)
    (line,) = [line for line in done.stdout.splitlines() if line.split()[1].rstrip(":") == "codex"]
    assert line.startswith("✓") and "Not logged in" in line and "counted ready" in line and "CORP_LLM_KEY" in line
    assert done.returncode == 0, done.stdout

"""Which providers a job asks when the caller does not say, and where it runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import Implementation
from mcp import types

from tests.conftest import PROVIDERS, memory_client, records

pytestmark = pytest.mark.anyio


async def test_default_set_leaves_out_the_calling_agent_and_unready_clis(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env["FAKE_CLI_READY_CODEX"] = "0"
    async with memory_client(env, client_info=Implementation(name="claude-code", version="2.1.197")) as client:
        listing = (await client.call_tool("providers", {})).structured_content
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo)})).structured_content
        named = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex", "claude"]})).structured_content
    by_name = {p["name"]: p for p in listing["providers"]}
    assert by_name["codex"]["ready"] is False and "Not logged in" in by_name["codex"]["reason"]
    assert by_name["claude"]["ready"] is True and by_name["claude"]["default"] is False  # the caller's own CLI
    assert [run["provider"] for run in job["providers"]] == ["gemini", "opencode", "qwen"]
    # Probes are advisory: a provider the caller names is always tried.
    assert named["state"] == "completed"
    assert {r["name"] for r in records(record_dir)} == {"gemini", "opencode", "qwen", "codex", "claude"}


async def test_repo_defaults_to_the_client_s_first_root(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    async def roots(_context: object) -> types.ListRootsResult:
        return types.ListRootsResult(roots=[types.Root(uri=repo.as_uri(), name="repo")])

    async with memory_client(env, list_roots_callback=roots) as client:
        job = (await client.call_tool("run", {"prompt": "p", "providers": ["gemini"]})).structured_content
    assert job["repo"] == str(repo)
    assert records(record_dir, "gemini")[0]["cwd"] == str(repo)


async def test_without_roots_the_repo_is_the_server_s_working_directory(
    env: dict[str, str], repo: Path, record_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "app")
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "providers": ["qwen"]})).structured_content
    assert job["repo"] == str(repo / "app")


async def test_no_installed_provider_is_a_clear_error(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    for name in PROVIDERS:
        (tmp_path / "bin" / name).unlink()
    async with memory_client(env) as client:
        result = await client.call_tool("review", {"prompt": "p", "repo": str(repo)})
    assert result.is_error and "no provider CLI is installed and ready" in result.content[0].text

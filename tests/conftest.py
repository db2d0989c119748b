"""Shared fixtures: fake CLIs on a private PATH, an isolated state dir, and MCP clients (memory and stdio)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from mco_mcp.execute.groups import group_members
from mco_mcp.server import build_server
from tests.fakes import install_fake_clis

PROVIDERS = ("claude", "codex", "gemini", "opencode", "qwen")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A small repository for the agents to look at."""
    root = tmp_path / "repo"
    (root / "app").mkdir(parents=True)
    (root / "app" / "db.py").write_text(
        "import sqlite3\n\n\ndef find_user(conn, name):\n"
        "    query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"\n"
        "    return conn.execute(query).fetchall()\n\n\n"
        "def count_users(conn):\n    return len(conn.execute('SELECT * FROM users').fetchall())\n"
    )
    (root / "README.md").write_text("demo\n")
    return root


@pytest.fixture
def record_dir(tmp_path: Path) -> Path:
    path = tmp_path / "records"
    path.mkdir()
    return path


@pytest.fixture
def env(tmp_path: Path, record_dir: Path) -> dict[str, str]:
    """The server's environment: fake CLIs first on PATH, private state and manifest dirs, fast timings."""
    bin_dir = tmp_path / "bin"
    install_fake_clis(bin_dir)
    (tmp_path / "user-manifests").mkdir()
    return {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(tmp_path / "home"),
        "MCO_MCP_STATE_DIR": str(tmp_path / "state"),
        "MCO_MCP_MANIFEST_DIR": str(tmp_path / "user-manifests"),
        "MCO_MCP_KILL_GRACE_SECONDS": "0.5",
        "MCO_MCP_PROGRESS_INTERVAL": "0.2",
        # A flooding fake CLI writes to disk as fast as it can: keep what any test may write small.
        "MCO_MCP_MAX_OUTPUT_BYTES": str(32 * 1024 * 1024),
        "FAKE_CLI_RECORD_DIR": str(record_dir),
        # gemini and qwen have no status command: their readiness is read from their config and these
        # variables (mco_mcp/adapters/cli_config.py). The fakes never send them anywhere.
        "GEMINI_API_KEY": "fake-gemini-key",
        "OPENAI_API_KEY": "fake-openai-key",
    }


@asynccontextmanager
async def memory_client(env: dict[str, str], **kwargs: Any) -> AsyncIterator[Client]:
    async with Client(build_server(env=env), mode="legacy", **kwargs) as client:
        yield client


def stdio_params(env: dict[str, str], cwd: Path | None = None) -> StdioServerParameters:
    return StdioServerParameters(command=sys.executable, args=["-m", "mco_mcp"], env=env, cwd=cwd)


@asynccontextmanager
async def stdio_client(env: dict[str, str], cwd: Path | None = None, **kwargs: Any) -> AsyncIterator[Client]:
    async with Client(stdio_params(env, cwd), mode="legacy", **kwargs) as client:
        yield client


PROBE_COMMANDS = (["auth", "status"], ["login", "status"])


def records(record_dir: Path, name: str | None = None, probes: bool = False) -> list[dict[str, Any]]:
    """What the fake CLIs saw (argv, env, stdin...), one dict per process started; readiness probes
    (`claude auth status`, `codex login status`) only when asked for."""
    found = []
    for path in sorted(record_dir.glob("*.json")):
        if name is None or path.name.startswith(f"{name}-"):
            record = json.loads(path.read_text())
            if probes or record["args"][:2] not in PROBE_COMMANDS:
                found.append(record)
    # In start order: the file names carry pids, which sort as text and wrap (CI once read a resumed second run
    # before the first).
    return sorted(found, key=lambda record: record.get("started_ns", 0))


def alive_groups(pgids: list[int]) -> list[int]:
    return [pgid for pgid in pgids if group_members(pgid)]


@pytest.fixture
def no_leftover_groups(record_dir: Path) -> Iterator[None]:
    """After the test: no process group of any fake CLI it started is still alive."""
    yield
    pgids = [record["pgid"] for record in records(record_dir)]
    assert alive_groups(pgids) == []

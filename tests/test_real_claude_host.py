"""The real Claude Code (2.1.332 or later) as the MCP host of mco-mcp, against the fake model API.

Claude Code 2.1.332 opens with `server/discover` (2026-07-28) and falls back to `initialize` when a server
takes more than about 3 s. A wire proxy in front of the server logs what really passes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fake_model_api import FakeModelAPI, Text, ToolCall
from tests.fakes import install_fake_clis
from tests.realcli_env import base_env, cli_env

pytestmark = pytest.mark.realcli

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "@anthropic-ai/claude-code"
FIRST_2026_RELEASE = (2, 1, 332)


def _installer() -> Any:
    spec = importlib.util.spec_from_file_location("install_clis", ROOT / "scripts" / "install_clis.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def claude_2026() -> str:
    """A claude that speaks 2026-07-28: the pinned one when new enough, else 2.1.332 from the CLI cache."""
    installer = _installer()
    pinned = installer.load_pins()[PACKAGE]
    candidates = [pinned] if tuple(int(p) for p in pinned.split(".")) >= FIRST_2026_RELEASE else []
    candidates.append(".".join(map(str, FIRST_2026_RELEASE)))
    for version in candidates:
        found = shutil.which("claude", path=str(installer.bin_dir(PACKAGE, version)))
        if found:
            return found
    message = f"no claude >= {'.'.join(map(str, FIRST_2026_RELEASE))} in the CLI cache (scripts/install_clis.py)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def wire(log: Path) -> list[tuple[str, dict[str, Any]]]:
    """(direction, message) for every line the proxy logged."""
    lines = []
    for line in log.read_text(encoding="utf-8").splitlines():
        _, direction, payload = line.split(" ", 2)
        lines.append((direction, json.loads(payload)))
    return lines


def test_claude_code_connects_on_2026_07_28_without_fallback_and_its_model_reads_the_summary_first(
    tmp_path: Path, repo: Path
) -> None:
    claude = claude_2026()
    fake_bin = tmp_path / "fake-bin"
    install_fake_clis(fake_bin)
    log = tmp_path / "wire.log"
    server_env = {
        "PATH": f"{fake_bin}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "PYTHONPATH": str(ROOT),
        "MCO_MCP_STATE_DIR": str(tmp_path / "state"),
        "MCO_MCP_MANIFEST_DIR": str(tmp_path / "manifests"),
        "FAKE_CLI_ANSWER": "gemini's own answer",
    }
    config = tmp_path / "mcp.json"
    entry = {
        "command": sys.executable,
        "args": [str(ROOT / "tests" / "wire_proxy.py"), str(log), "--", sys.executable, "-m", "mco_mcp"],
        "env": server_env,
        "alwaysLoad": True,  # headless claude waits (up to 5 s) for this server before its first turn
    }
    config.write_text(json.dumps({"mcpServers": {"mco": entry}}), encoding="utf-8")
    with FakeModelAPI() as fake:
        fake.push("claude", ToolCall("mcp__mco__run", {"prompt": "what do you think?", "providers": ["gemini"]}), Text("DONE"))
        env = base_env(f"{Path(claude).parent}{os.pathsep}/usr/bin{os.pathsep}/bin") | cli_env("claude", fake.url, tmp_path / "home")
        argv = [claude, "-p", "--output-format", "json", "--mcp-config", str(config), "--strict-mcp-config",
                "--allowedTools", "mcp__mco__run", "--model", "fake-model"]
        done = subprocess.run(argv, input="ask the other agents", env=env, cwd=repo, capture_output=True, text=True, timeout=240)
        results = fake.tool_results("claude")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["result"] == "DONE"

    messages = wire(log)
    first_direction, first = messages[0]
    assert first_direction == "->" and first["method"] == "server/discover"
    assert first["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] == "2026-07-28"
    answer = next(m for d, m in messages if d == "<-" and m.get("id") == first["id"])
    assert answer["result"]["supportedVersions"] == ["2026-07-28"]
    # No fallback: claude never sent `initialize`, and every request it made was a 2026 one.
    requests = [m for d, m in messages if d == "->" and "method" in m and "id" in m]
    assert all(m["method"] != "initialize" for m in requests), [m["method"] for m in requests]
    assert all(m["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"] == "2026-07-28" for m in requests)
    # The model got the job with the summary first (claude shows it only the structured content).
    (result,) = results
    assert result.startswith('{"summary":"run '), result[:200]
    assert "gemini's own answer" in result
    # No roots/list was asked of a 2026 client (it has no back-channel for it).
    assert not [m for d, m in messages if d == "<-" and m.get("method") == "roots/list"]

"""`mco-mcp setup HOST [--write]`, `mco-mcp doctor`, and the MCP Registry's server.json."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mco_mcp import __version__

ROOT = Path(__file__).resolve().parent.parent


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mco_mcp", *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def home(tmp_path: Path, env: dict[str, str]) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    env["HOME"] = str(path)
    env["XDG_CONFIG_HOME"] = str(path / ".config")
    return path


@pytest.mark.parametrize(
    ("host", "relative"),
    [("claude", ".claude.json"), ("gemini", ".gemini/settings.json"), ("desktop", ".config/Claude/claude_desktop_config.json")],
)
def test_setup_write_merges_into_a_json_host_config_keeping_other_servers(
    env: dict[str, str], home: Path, host: str, relative: str
) -> None:
    config = home / relative
    config.parent.mkdir(parents=True, exist_ok=True)
    original = {"theme": "dark", "mcpServers": {"other": {"command": "other-server", "args": ["--x"]}}}
    config.write_text(json.dumps(original))
    printed = cli(env, "setup", host)
    assert printed.returncode == 0 and '"mco"' in printed.stdout and str(config) in printed.stdout
    assert json.loads(config.read_text()) == original  # printing changes nothing
    done = cli(env, "setup", host, "--write")
    assert done.returncode == 0, done.stderr
    data = json.loads(config.read_text())
    assert data["theme"] == "dark" and data["mcpServers"]["other"] == original["mcpServers"]["other"]
    assert data["mcpServers"]["mco"]["args"][-1:] == ["mco_mcp"] or data["mcpServers"]["mco"]["command"].endswith("mco-mcp")
    (backup,) = config.parent.glob(f"{config.name}.bak-*")
    assert json.loads(backup.read_text()) == original
    again = cli(env, "setup", host, "--write")
    assert again.returncode == 0
    assert json.loads(config.read_text()) == data  # idempotent
    assert len(list(config.parent.glob(f"{config.name}.bak-*"))) == 1


def test_setup_write_codex_appends_or_replaces_only_its_own_table(env: dict[str, str], home: Path) -> None:
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    config.write_text('model = "gpt"\n\n[mcp_servers.other]\ncommand = "other"\n\n[mcp_servers.mco]\ncommand = "old"\n\n[profiles.x]\nmodel = "y"\n')
    done = cli(env, "setup", "codex", "--write")
    assert done.returncode == 0, done.stderr
    data = tomllib.loads(config.read_text())
    assert data["model"] == "gpt" and data["mcp_servers"]["other"] == {"command": "other"}
    assert data["profiles"] == {"x": {"model": "y"}}
    assert data["mcp_servers"]["mco"]["command"] != "old" and data["mcp_servers"]["mco"]["tool_timeout_sec"] == 600
    first = config.read_text()
    assert cli(env, "setup", "codex", "--write").returncode == 0
    assert config.read_text() == first


def test_setup_refuses_to_touch_an_unreadable_config(env: dict[str, str], home: Path) -> None:
    (home / ".claude.json").write_text("{not json")
    done = cli(env, "setup", "claude", "--write")
    assert done.returncode == 2 and "not valid JSON" in done.stderr
    assert (home / ".claude.json").read_text() == "{not json"


def test_doctor_says_what_to_fix(env: dict[str, str], tmp_path: Path) -> None:
    env["FAKE_CLI_READY_CODEX"] = "0"
    (tmp_path / "bin" / "gemini").unlink()
    done = cli(env, "doctor")
    assert done.returncode == 1
    lines = {line.split()[1].rstrip(":"): line for line in done.stdout.splitlines()}
    assert lines["claude"].startswith("✓")
    assert lines["codex"].startswith("✗") and "to fix: run `codex login`" in lines["codex"]
    assert lines["gemini"].startswith("✗") and "npm install -g @google/gemini-cli" in lines["gemini"]


def test_server_json_for_the_mcp_registry_matches_the_package() -> None:
    server = json.loads((ROOT / "server.json").read_text())
    assert server["version"] == __version__
    (package,) = server["packages"]
    assert package == {"registryType": "pypi", "identifier": "mco-mcp", "version": __version__, "transport": {"type": "stdio"}}

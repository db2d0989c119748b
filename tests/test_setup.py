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
    ("host", "relative", "servers"),
    [("claude", ".claude.json", "mcpServers"), ("gemini", ".gemini/settings.json", "mcpServers"),
     ("qwen", ".qwen/settings.json", "mcpServers"), ("opencode", ".config/opencode/opencode.json", "mcp"),
     ("desktop", ".config/Claude/claude_desktop_config.json", "mcpServers")],
)
def test_setup_write_merges_into_a_json_host_config_keeping_other_servers(
    env: dict[str, str], home: Path, host: str, relative: str, servers: str
) -> None:
    config = home / relative
    config.parent.mkdir(parents=True, exist_ok=True)
    original = {"theme": "dark", servers: {"other": {"command": "other-server", "args": ["--x"]}}}
    config.write_text(json.dumps(original))
    printed = cli(env, "setup", host)
    assert printed.returncode == 0 and '"mco"' in printed.stdout and str(config) in printed.stdout
    assert json.loads(config.read_text()) == original  # printing changes nothing
    done = cli(env, "setup", host, "--write")
    assert done.returncode == 0, done.stderr
    data = json.loads(config.read_text())
    assert data["theme"] == "dark" and data[servers]["other"] == original[servers]["other"]
    entry = data[servers]["mco"]
    argv = entry["command"] if host == "opencode" else [entry["command"], *entry["args"]]
    assert argv[-1:] == ["mco_mcp"] or argv[0].endswith("mco-mcp")
    (backup,) = config.parent.glob(f"{config.name}.bak-*")
    assert json.loads(backup.read_text()) == original
    again = cli(env, "setup", host, "--write")
    assert again.returncode == 0 and "already up to date" in again.stdout
    assert json.loads(config.read_text()) == data  # idempotent
    assert len(list(config.parent.glob(f"{config.name}.bak-*"))) == 1


@pytest.mark.parametrize(
    ("host", "variable", "relative"),
    [("claude", "CLAUDE_CONFIG_DIR", ".claude.json"), ("gemini", "GEMINI_CLI_HOME", ".gemini/settings.json"),
     ("qwen", "QWEN_HOME", "settings.json"), ("codex", "CODEX_HOME", "config.toml")],
)
def test_setup_ignored_the_host_s_config_dir_variable(
    env: dict[str, str], home: Path, tmp_path: Path, host: str, variable: str, relative: str
) -> None:
    """Regression: `setup claude|gemini --write` wrote under ~ while the host read $CLAUDE_CONFIG_DIR /
    $GEMINI_CLI_HOME, and the host then said "No MCP servers configured"."""
    env[variable] = str(tmp_path / "elsewhere")
    done = cli(env, "setup", host, "--write")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "elsewhere" / relative).is_file() and str(tmp_path / "elsewhere" / relative) in done.stdout
    assert not any(p.is_file() for p in home.rglob("*"))  # nothing written under the plain home


def test_setup_opencode_writes_to_the_file_opencode_config_names(env: dict[str, str], home: Path, tmp_path: Path) -> None:
    env["OPENCODE_CONFIG"] = str(tmp_path / "my-opencode.json")
    assert cli(env, "setup", "opencode", "--write").returncode == 0
    entry = json.loads((tmp_path / "my-opencode.json").read_text())["mcp"]["mco"]
    assert entry["type"] == "local" and entry["enabled"] is True and isinstance(entry["command"], list)


def test_setup_overwrote_an_existing_mco_entry_losing_the_user_s_env(env: dict[str, str], home: Path) -> None:
    """Regression: an existing `mco` entry was replaced whole; the user's env (and other keys) must stay."""
    config = home / ".claude.json"
    config.write_text(json.dumps({"mcpServers": {"mco": {"command": "/old/path/mco-mcp", "env": {"MCO_MCP_MAX_PROCESSES": "2"},
                                                          "timeout": 5}}}))
    assert cli(env, "setup", "claude", "--write").returncode == 0
    entry = json.loads(config.read_text())["mcpServers"]["mco"]
    assert entry["env"] == {"MCO_MCP_MAX_PROCESSES": "2"} and entry["timeout"] == 5
    assert entry["command"] != "/old/path/mco-mcp" and entry["alwaysLoad"] is True and entry["type"] == "stdio"


def test_setup_claude_allows_the_tools_for_headless_runs_once(env: dict[str, str], home: Path) -> None:
    settings = home / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"model": "x", "permissions": {"allow": ["Bash(ls)"], "deny": ["Read(.env)"]}}))
    assert cli(env, "setup", "claude", "--write").returncode == 0
    assert cli(env, "setup", "claude", "--write").returncode == 0
    data = json.loads(settings.read_text())
    assert data["model"] == "x" and data["permissions"] == {"allow": ["Bash(ls)", "mcp__mco"], "deny": ["Read(.env)"]}


def test_setup_gemini_forwards_the_keys_it_strips_by_name_never_by_value(env: dict[str, str], home: Path) -> None:
    for name in ("GEMINI_API_KEY", "OPENAI_API_KEY"):  # conftest's, for the fakes' readiness
        del env[name]
    codex_home = home / ".codex"
    codex_home.mkdir()
    (codex_home / "config.toml").write_text('model_provider = "corp"\n[model_providers.corp]\nenv_key = "CORP_LLM_TOKEN"\n')
    env.update({"ANTHROPIC_API_KEY": "sk-secret-1", "CORP_LLM_TOKEN": "secret-2", "SOME_SERVICE_API_KEY": "secret-3",
                "GITHUB_TOKEN": "not-a-provider-key"})
    done = cli(env, "setup", "gemini", "--write")
    assert done.returncode == 0, done.stderr
    text = (home / ".gemini" / "settings.json").read_text()
    entry = json.loads(text)["mcpServers"]["mco"]
    assert entry["env"] == {name: f"${name}" for name in ("ANTHROPIC_API_KEY", "CORP_LLM_TOKEN", "SOME_SERVICE_API_KEY")}
    assert entry["trust"] is True and "secret" not in text
    assert "ANTHROPIC_API_KEY, CORP_LLM_TOKEN, SOME_SERVICE_API_KEY" in done.stdout


def test_setup_gemini_without_any_key_set_says_so(env: dict[str, str], home: Path) -> None:
    for name in ("GEMINI_API_KEY", "OPENAI_API_KEY"):  # conftest's, for the fakes' readiness
        del env[name]
    done = cli(env, "setup", "gemini")
    assert done.returncode == 0 and "none is set here to forward" in done.stderr


def test_setup_warns_when_the_command_lives_in_a_cache_that_goes_away(tmp_path: Path) -> None:
    from mco_mcp.setup_hosts import temporary_command_warning

    home = {"HOME": str(tmp_path)}
    uvx = tmp_path / ".cache" / "uv" / "archive-v0" / "abc" / "bin" / "mco-mcp"
    assert "uv cache clean" in (temporary_command_warning(str(uvx), home) or "")
    assert "uv cache clean" in (temporary_command_warning("/srv/uvcache/archive-v0/x/bin/mco-mcp", home) or "")
    assert temporary_command_warning("/home/me/.local/bin/mco-mcp", home) is None


def test_setup_write_codex_appends_or_replaces_only_its_own_table(env: dict[str, str], home: Path) -> None:
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    config.write_text('model = "gpt"\n\n[mcp_servers.other]\ncommand = "other"\n\n[mcp_servers.mco]\ncommand = "old"\n'
                      'startup_timeout_sec = 30\n\n[mcp_servers.mco.env]\nMCO_MCP_MAX_PROCESSES = "2"\n\n[profiles.x]\nmodel = "y"\n')
    done = cli(env, "setup", "codex", "--write")
    assert done.returncode == 0, done.stderr
    data = tomllib.loads(config.read_text())
    assert data["model"] == "gpt" and data["mcp_servers"]["other"] == {"command": "other"}
    assert data["profiles"] == {"x": {"model": "y"}}
    mco = data["mcp_servers"]["mco"]
    assert mco["command"] != "old" and mco["tool_timeout_sec"] == 600 and mco["required"] is True
    # The user's keys, the env sub-table included, are kept.
    assert mco["startup_timeout_sec"] == 30 and mco["env"] == {"MCO_MCP_MAX_PROCESSES": "2"}
    first = config.read_text()
    assert cli(env, "setup", "codex", "--write").returncode == 0
    assert config.read_text() == first


def test_setup_codex_deleted_the_approval_line_the_readme_asks_for(env: dict[str, str], home: Path) -> None:
    """Regression: `setup codex` never wrote `default_tools_approval_mode` and deleted it when present, so
    headless `codex exec` failed with "MCP tool call requires approval"."""
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    config.write_text('[mcp_servers.mco]\ncommand = "mco-mcp"\ndefault_tools_approval_mode = "approve"\n')
    assert cli(env, "setup", "codex", "--write").returncode == 0
    assert tomllib.loads(config.read_text())["mcp_servers"]["mco"]["default_tools_approval_mode"] == "approve"
    config.unlink()
    assert cli(env, "setup", "codex", "--write").returncode == 0
    assert tomllib.loads(config.read_text())["mcp_servers"]["mco"]["default_tools_approval_mode"] == "approve"


def test_setup_codex_refuses_an_inline_mco_table_it_cannot_rewrite(env: dict[str, str], home: Path) -> None:
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    config.write_text('mcp_servers = { mco = { command = "x" } }\n')
    done = cli(env, "setup", "codex", "--write")
    assert done.returncode == 2 and "by hand" in done.stderr
    assert config.read_text() == 'mcp_servers = { mco = { command = "x" } }\n'


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

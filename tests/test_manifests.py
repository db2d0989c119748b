"""Provider manifests: validation names the file and the key; users add or override CLIs without code."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from mco_mcp.adapters.manifest import builtin_manifest_files, load_registry, parse_manifest
from mco_mcp.errors import ManifestError
from tests.conftest import memory_client, records

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = 'binary = "x"\nparser = "text"\nargs = []\n[access.read-only]\nargs = []\n'


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("colour = 'red'\n" + MINIMAL, "colour", "Extra inputs are not permitted"),
        (MINIMAL.replace('parser = "text"', 'parser = "xml"'), "parser", "unknown parser 'xml'"),
        (MINIMAL.replace('binary = "x"', 'binary = "/bin/sh"'), "binary", "is a shell"),
        ('binary = "x"\nparser = "text"\nargs = []\n[access.workspace-write]\nargs = []\n', "access", "must define 'read-only'"),
        (MINIMAL + "[probes]\nready = 'auth status'\n", "probes.ready", "valid tuple"),
        (MINIMAL + "[env]\nstrip = ['A B']\n", "env.strip", "not an environment variable name"),
        ("binary = [\n", "-", "invalid TOML"),
    ],
)
def test_an_invalid_manifest_names_the_file_and_the_key(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path / "bad.toml", text)
    with pytest.raises(ManifestError) as caught:
        parse_manifest(path)
    assert str(caught.value).startswith(f"{path}: at key '{key}': ")
    assert problem in str(caught.value)


def test_the_builtin_manifests_load_and_build_the_documented_argv() -> None:
    registry = load_registry(None)
    assert registry.names == ["claude", "codex", "gemini", "opencode", "qwen"]
    codex = registry.manifests["codex"].build_argv(
        binary_path="codex", repo="/r", access="read-only", job_id="J", model="m1", session_id="T",
        env={"HOME": "/nonexistent"},  # no config file: nothing to switch off
    )
    # options before `resume`, prompt from stdin (`-`): what codex 0.169 requires.
    assert codex == ["codex", "exec", "--json", "--skip-git-repo-check", "-C", "/r", "-m", "m1", "-s", "read-only",
                     "--disable", "plugins", "--disable", "apps", "resume", "T", "-"]
    claude = registry.manifests["claude"].build_argv(binary_path="claude", repo="/r", access="read-only", job_id="J")
    assert claude[:5] == ["claude", "-p", "--output-format", "stream-json", "--verbose"]
    assert "--disallowedTools" in claude and "--model" not in claude and "--resume" not in claude


def test_a_broken_user_manifest_is_reported_and_the_builtins_still_work(tmp_path: Path) -> None:
    write(tmp_path / "broken.toml", "shell = true\n" + MINIMAL)
    write(tmp_path / "mine.toml", MINIMAL)
    registry = load_registry(tmp_path)
    assert "mine" in registry.names and "claude" in registry.names and "broken" not in registry.names
    assert len(registry.errors) == 1 and "broken.toml: at key 'shell'" in str(registry.errors[0])


def test_the_manifests_ship_inside_the_wheel(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("mco_mcp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in builtin_manifest_files():
        assert f"mco_mcp/manifests/{path.name}" in names
    assert "mco_mcp/schemas/findings.schema.json" in names


@pytest.mark.anyio
async def test_a_user_manifest_adds_a_cli_and_overrides_a_builtin(
    env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path
) -> None:
    user = tmp_path / "user-manifests"
    # A new CLI, no code: the fake claude binary under another name, read through the claude parser.
    write(
        user / "buddy.toml",
        'binary = "claude"\nparser = "claude-stream-json"\n'
        'args = ["-p", "--output-format", "stream-json", "--verbose", "--buddy-mode"]\n'
        '[access.read-only]\nargs = ["--permission-mode", "plan"]\n'
        '[access.workspace-write]\nargs = ["--permission-mode", "acceptEdits"]\n'
        '[env]\nset = { BUDDY = "1" }\nstrip = ["KEEP_OUT"]\n',
    )
    # Override the built-in qwen with an extra flag.
    write(user / "qwen.toml", 'binary = "qwen"\nparser = "qwen-stream-json"\nargs = ["-o", "stream-json", "--extra"]\n[access.read-only]\nargs = ["--approval-mode", "plan"]\n')
    env["KEEP_OUT"] = "secret"
    env["FAKE_CLI_ANSWER"] = "buddy says hi"
    async with memory_client(env) as client:
        refused = await client.call_tool(
            "run", {"prompt": "p", "repo": str(repo), "providers": ["buddy", "qwen"], "access": "workspace-write"}
        )
        assert refused.is_error and "'qwen' has no 'workspace-write' access level" in refused.content[0].text
        job = (await client.call_tool(
            "run", {"prompt": "p", "repo": str(repo), "providers": ["buddy"], "access": "workspace-write"}
        )).structured_content
        overridden = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["qwen"]})).structured_content
        reviewed = (await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["buddy"]})).structured_content
    assert reviewed["state"] == "completed"
    # A review maps to the manifest's read-only argv, the workspace-write run to its own.
    runs = {"acceptEdits" in r["argv"]: r for r in records(record_dir, "claude")}
    assert runs[False]["argv"][-2:] == ["--permission-mode", "plan"] and "Review" not in " ".join(runs[False]["argv"])
    assert job["state"] == "completed" and job["providers"][0]["final_text"] == "buddy says hi"
    assert overridden["state"] == "completed"
    assert "--extra" in records(record_dir, "qwen")[0]["argv"]
    buddy = runs[True]
    assert "--buddy-mode" in buddy["argv"] and "acceptEdits" in buddy["argv"]
    assert buddy["env"]["BUDDY"] == "1" and "KEEP_OUT" not in buddy["env"]


def test_codex_read_only_switches_off_every_mcp_server_its_config_files_declare(tmp_path: Path) -> None:
    """codex's `-c mcp_servers={}` changes nothing (it merges); each configured server is switched off by
    name, whatever the name, from CODEX_HOME's config.toml and the repo's .codex/config.toml, and a
    placeholder inside a name is not filled in (it would then name another server)."""
    home, repo = tmp_path / "codex-home", tmp_path / "repo"
    home.mkdir()
    (repo / ".codex").mkdir(parents=True)
    write(home / "config.toml", '[mcp_servers."odd.name {repo}"]\ncommand = "x"\n[mcp_servers.remote]\nurl = "http://h/"\n')
    write(repo / ".codex" / "config.toml", '[mcp_servers.project]\ncommand = "y"\n')
    codex = load_registry(None).manifests["codex"]
    argv = codex.build_argv(binary_path="codex", repo=str(repo), access="read-only", job_id="J",
                            env={"CODEX_HOME": str(home)})
    overrides = [argv[i + 1] for i, arg in enumerate(argv) if arg == "-c"]
    assert len(overrides) == 1 and overrides[0].startswith("mcp_servers=")
    table = tomllib.loads("t = " + overrides[0].removeprefix("mcp_servers="))["t"]
    assert table == {"odd.name {repo}": {"enabled": False, "command": "false"},
                     "remote": {"enabled": False, "url": "http://127.0.0.1:9/"},
                     "project": {"enabled": False, "command": "false"}}
    workspace = codex.build_argv(binary_path="codex", repo=str(repo), access="workspace-write", job_id="J",
                                 env={"CODEX_HOME": str(home)})
    assert "-c" not in workspace  # workspace-write keeps the user's servers (docs/security.md says why)

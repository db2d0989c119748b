"""A read-only review never writes through the CLIs' own MCP servers (issue 10, defect 1), with the real CLIs.

The attack: a user has a write-capable MCP server in a CLI's own configuration (tests/fakes/
write_mcp_server.py, one tool `overwrite_file(path, content)` that claims to be read-only), set up the way
that user would to have it called without questions (claude: allowed in settings; codex: approval mode
"approve"; gemini and qwen: `trust: true` and in `mcp.allowed`; opencode: plain config). A prompt injection
in the reviewed repo makes the model call that tool on a repo file: the fake model API answers the CLI's
first turn with that call (the offered tool whose name contains `overwrite_file`, else the CLI's usual name
for it, since claude and qwen dispatch a tool they did not list).

For each CLI, through the MCP server over stdio:
1. the read-only access as it was before the fix (a user manifest restoring the old arguments): claude,
   codex, qwen and opencode write the file; gemini's plan mode withholds the tool;
2. `run` with workspace-write: the CLI keeps its user's servers there (docs/security.md says why), and the
   call writes -- this shows the server is set up, reachable and callable in every CLI, so that 3 proves
   something;
3. a `review` with the built-in manifests: the file stays byte-identical and the server got no call
   (for all but opencode it is not even started).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.adapters.manifest import builtin_manifest_files
from tests.fake_model_api import CallOffered, FakeModelAPI, Text
from tests.test_real_clis_e2e import CLIS, MODELS, call, fake, server, server_env  # noqa: F401 (fixtures)
from tests.test_real_clis_smoke import installed  # noqa: F401 (the fixture server_env needs)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

WRITE_SERVER = Path(__file__).parent / "fakes" / "write_mcp_server.py"
SERVER = "w"  # the write-capable server's name in each CLI's own configuration
TOOL = "overwrite_file"
# The name each CLI gives the tool, called when it was not offered (claude and qwen still dispatch it).
TOOL_NAMES = {"claude": f"mcp__{SERVER}__{TOOL}", "codex": f"mcp__{SERVER}__{TOOL}", "gemini": f"mcp_{SERVER}_{TOOL}",
              "qwen": f"mcp__{SERVER}__{TOOL}", "opencode": f"{SERVER}_{TOOL}"}
PAYLOAD = "OVERWRITTEN THROUGH THE CLI'S OWN MCP SERVER\n"
ANSWER = "No findings.\n```json\n{\"findings\": []}\n```\n"

# The read-only access of the built-in manifests before this fix, as TOML.
OLD_READ_ONLY = {
    "claude": 'args = ["--permission-mode", "plan", "--disallowedTools", "Edit Write NotebookEdit Bash"]',
    "codex": 'args = ["-s", "read-only"]',
    "gemini": 'args = ["--approval-mode", "plan"]',
    "qwen": 'args = ["--approval-mode", "plan"]',
    "opencode": 'args = ["--agent", "plan"]\n'
                """env = { OPENCODE_PERMISSION = '{"edit":"deny","bash":"deny","webfetch":"deny"}' }""",
}
# What the old read-only did with the call (seen with the pinned releases): only gemini's plan mode held.
OLD_READ_ONLY_WROTE = {"claude": True, "codex": True, "gemini": False, "qwen": True, "opencode": True}
# opencode has no switch that keeps a user's server from starting; its tools are denied instead.
SERVER_STARTS_IN_READ_ONLY = {"opencode"}


def register_write_server(name: str, env: dict[str, str], log: Path) -> None:
    """Put the write-capable server into CLI `name`'s own configuration, in the isolated home of `env`."""
    entry: dict[str, Any] = {"command": sys.executable, "args": [str(WRITE_SERVER), "--log", str(log)]}
    home = Path(env["HOME"])
    if name == "claude":  # user scope, and allowed without asking in the user's settings
        config_dir = Path(env["CLAUDE_CONFIG_DIR"])
        (config_dir / ".claude.json").write_text(json.dumps(
            {"mcpServers": {SERVER: {"type": "stdio", **entry, "alwaysLoad": True}}}), encoding="utf-8")
        (config_dir / "settings.json").write_text(json.dumps({"permissions": {"allow": [f"mcp__{SERVER}"]}}),
                                                  encoding="utf-8")
    elif name == "codex":
        config = Path(env["CODEX_HOME"]) / "config.toml"
        config.write_text(config.read_text(encoding="utf-8") + "\n".join([
            "", f"[mcp_servers.{SERVER}]", f"command = {json.dumps(entry['command'])}",
            f"args = {json.dumps(entry['args'])}", 'default_tools_approval_mode = "approve"', "required = true", "",
        ]), encoding="utf-8")
    elif name in ("gemini", "qwen"):
        path = home / f".{name}" / "settings.json"
        settings = json.loads(path.read_text(encoding="utf-8"))
        settings["mcpServers"] = {SERVER: {**entry, "trust": True}}
        settings["mcp"] = {"allowed": [SERVER]}  # a settings allow-list naming it: our flag must still win
        path.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    elif name == "opencode":
        path = home / ".config" / "opencode" / "opencode.json"
        path.write_text(json.dumps({"mcp": {SERVER: {"type": "local", "command": [entry["command"], *entry["args"]],
                                                       "enabled": True}}}), encoding="utf-8")


def old_read_only_manifest(name: str, manifest_dir: Path) -> Path:
    """A user manifest `name`.toml: the built-in one with its read-only access as it was before the fix."""
    (builtin,) = [path for path in builtin_manifest_files() if path.stem == name]
    text, count = re.subn(r"^\[access\.read-only\]\n.*?(?=^\[access\.workspace-write\])",
                          lambda _: f"[access.read-only]\n{OLD_READ_ONLY[name]}\n\n",
                          builtin.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE | re.DOTALL)
    assert count == 1, f"no read-only block found in {builtin}"
    manifest_dir.mkdir(parents=True, exist_ok=True)
    path = manifest_dir / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def server_log(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def tool_calls(log: Path) -> list[dict[str, Any]]:
    return [r for r in server_log(log) if r.get("method") == "tools/call"]


async def one_job(env: dict[str, str], tool: str, **arguments: Any) -> dict[str, Any]:
    with anyio.fail_after(240):
        async with server(env) as client:
            return await call(client, tool, **arguments, wait_seconds=200)


@pytest.mark.parametrize("name", CLIS)
async def test_a_read_only_review_cannot_write_through_the_cli_s_own_mcp_server(
    name: str, server_env: dict[str, str], fake: FakeModelAPI, repo: Path, tmp_path: Path,  # noqa: F811
) -> None:
    victim = repo / "app" / "db.py"
    original = victim.read_bytes()
    log = tmp_path / "write-server.log"
    register_write_server(name, server_env, log)
    attack = CallOffered(TOOL, {"path": str(victim), "content": PAYLOAD}, fallback=TOOL_NAMES[name])
    models = {name: MODELS[name]} if name in MODELS else None
    common = {"repo": str(repo), "providers": [name], "models": models}

    # 1. The bug: the read-only access as it was.
    override = old_read_only_manifest(name, Path(server_env["MCO_MCP_MANIFEST_DIR"]))
    fake.push(name, attack, Text(ANSWER))
    before = await one_job(server_env, "review", prompt="Review app/db.py", **common)
    assert before["state"] == "completed", before["summary"]
    assert (victim.read_bytes() == PAYLOAD.encode()) is OLD_READ_ONLY_WROTE[name], (before["summary"], server_log(log))
    override.unlink()
    victim.write_bytes(original)

    # 2. The same server, call and CLI in workspace-write: reachable, and it writes.
    fake.push(name, attack, Text(ANSWER))
    written = await one_job(server_env, "run", prompt="Do as app/db.py says", access="workspace-write", **common)
    assert written["providers"][0]["state"] == "succeeded", written["summary"]
    assert victim.read_bytes() == PAYLOAD.encode(), (written["summary"], server_log(log))
    victim.write_bytes(original)
    calls_so_far = len(tool_calls(log))
    starts_so_far = sum(r.get("event") == "started" for r in server_log(log))

    # 3. The fix: a review with the built-in manifests.
    fake.push(name, attack, Text(ANSWER))
    review = await one_job(server_env, "review", prompt="Review app/db.py", **common)

    assert review["providers"][0]["state"] == "succeeded", review["summary"]
    assert victim.read_bytes() == original
    assert len(tool_calls(log)) == calls_so_far, server_log(log)[-3:]
    started = sum(r.get("event") == "started" for r in server_log(log)) - starts_so_far
    assert started == (1 if name in SERVER_STARTS_IN_READ_ONLY else 0), server_log(log)
    # The model did ask (the attack was made), and the CLI answered it with an error, not a write.
    assert [c.name for caller, c in fake.tool_calls_sent if caller == name][-1] in (TOOL, TOOL_NAMES[name])

"""The recursion guard end to end, with the real claude and the real codex.

The MCP client → mco-mcp (outer) → the real CLI, which has mco-mcp itself as an MCP server → the fake model
API answers the CLI's first turn with a call of that nested server's `run` tool. The nested server must
refuse (the CLI was launched by mco-mcp) instead of fanning out again, and the refusal must travel back to
the model as the tool result.

- claude hands its stdio MCP servers its whole environment, so the nested server sees MCO_MCP_DEPTH=1.
- codex hands them a scrubbed one (checked by hand: HOME, LANG, PATH, SHELL, TERM, TMPDIR, CA vars and the
  `env` table only), so the guard holds only through the ancestor walk of mco_mcp.adapters.env.

Facts learnt by running codex 0.169.0 here (beyond docs/provider-clis.md):
- It offers MCP tools as a Responses `namespace` tool ("mcp__mco" holding "run", ...), and dispatches only a
  function_call that names both: {"namespace": "mcp__mco", "name": "run"}. A flat "mcp__mco__run" gets the
  tool result "unsupported call: mcp__mco__run". tests/fake_model_api.py cannot send a namespace, so the
  codex test adds it to the outgoing item (see `namespaced_codex_calls`).
- It does not wait for its MCP servers before the first turn: when `python -m mco_mcp` starts slowly (under
  load, or with a 2 s sleep put in front of it) the first request offers no mcp__mco tools, or offers them
  while the call still fails with "unsupported call". `required = true` in the server's table makes codex
  wait for the server (checked with a 5 s startup delay).
- Without `default_tools_approval_mode = "approve"` (in [mcp_servers.NAME]) the result is "MCP tool call
  requires approval, but approval policy is never".

Facts learnt with claude 2.1.332 (2026-12-02):
- In `-p` mode it connects `--mcp-config` servers in the background: the first turn may offer no mcp tools
  unless the entry has `"alwaysLoad": true` (then it waits for the server, at most about 5 s).
- In plan mode (our read-only) it refuses every MCP tool not annotated read-only ("Cannot call
  mcp__mco__run while in plan mode"), `--allowedTools` or not. Our `run` is not read-only, `review` is, and
  both fan out: so the read-only case asks the nested server for a `review` (what plan mode lets through),
  the workspace-write case for a `run`.

Where the nested server comes from: in read-only every CLI runs with its user-configured MCP servers off
(tests/test_real_readonly_mcp.py), so there the nested server is one the operator added in a manifest
(claude's `--mcp-config`); in workspace-write the CLI keeps its user's servers, so codex's comes from its own
config.toml, as a user who registered mco-mcp in codex would have it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

import tests.fake_model_api as fake_model_api
from mco_mcp.adapters.manifest import builtin_manifest_files, parse_manifest
from tests.fake_model_api import FakeModelAPI, Text, ToolCall
from tests.test_real_clis_e2e import call, fake, server, server_env  # noqa: F401 (fixtures)
from tests.test_real_clis_smoke import installed  # noqa: F401 (the fixture server_env needs)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

SERVER = "mco"  # the nested mco-mcp's name in the CLI's MCP configuration
NESTED_ARGS = {"prompt": "nested", "providers": ["gemini"]}  # what the model asks the nested server for
ANSWER = "OUTER-ANSWER after the refusal"
# codex: the flat name the test scripts → the (namespace, name) codex dispatches on.
CODEX_NAMESPACED = {f"mcp__{SERVER}__run": (f"mcp__{SERVER}", "run")}


def nested_server(state_dir: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """The nested mco-mcp as an MCP server entry: this venv's python, a state dir of its own."""
    return {"command": sys.executable, "args": ["-m", "mco_mcp"],
            "env": {"MCO_MCP_STATE_DIR": str(state_dir), **(env or {})}}


def claude_entry(state_dir: Path) -> dict[str, Any]:
    """The nested server as a claude --mcp-config entry. alwaysLoad: claude 2.1.332 in -p mode otherwise
    connects it in the background and the first turn has no mcp tools (see the module docstring)."""
    return {**nested_server(state_dir), "alwaysLoad": True}


def claude_manifest_with_mcp(manifest_dir: Path, mcp_config: Path) -> None:
    """A user claude.toml (overrides the built-in by name): the built-in one plus the nested server.

    `--allowedTools` is variadic like `--disallowedTools`: one item, followed by a flag (`-p`), so that
    it swallows nothing. Without it claude denies the call (`permission_denials`).
    """
    (builtin,) = [path for path in builtin_manifest_files() if path.name == "claude.toml"]
    extra = ["--mcp-config", str(mcp_config), "--strict-mcp-config", "--allowedTools",
             f"mcp__{SERVER}__run mcp__{SERVER}__review"]
    text, count = re.subn(r"^args = \[", lambda _: "args = [" + ", ".join(json.dumps(a) for a in extra) + ", ",
                          builtin.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    assert count == 1, "the built-in claude manifest has no top-level args line"
    manifest_dir.mkdir(parents=True, exist_ok=True)
    path = manifest_dir / "claude.toml"
    path.write_text(text, encoding="utf-8")
    argv = parse_manifest(path).build_argv(binary_path="claude", repo="/r", access="read-only", job_id="j")
    assert argv[1:1 + len(extra)] == extra and "Edit Write NotebookEdit Bash" in argv, argv


def codex_config_with_mcp(codex_home: Path, state_dir: Path, env: dict[str, str]) -> None:
    """Append the nested server to the config.toml cli_env wrote. Its env table deliberately has no
    MCO_MCP_DEPTH: codex would scrub it anyway, and the guard must hold without it."""
    entry = nested_server(state_dir, env)
    lines = ["", f"[mcp_servers.{SERVER}]",
             f"command = {json.dumps(entry['command'])}",
             f"args = {json.dumps(entry['args'])}",
             'default_tools_approval_mode = "approve"',  # exec mode never asks: unapproved calls fail
             "required = true",  # wait for the server before the first turn (see the module docstring)
             "", f"[mcp_servers.{SERVER}.env]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in entry["env"].items()]
    config = codex_home / "config.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def namespaced_codex_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the fake send codex's MCP tool calls with the `namespace` codex dispatches on."""
    original = fake_model_api._responses_items

    def items(reply: Text | ToolCall) -> list[dict[str, Any]]:
        out = original(reply)
        for item in out:
            if item["type"] == "function_call" and item["name"] in CODEX_NAMESPACED:
                item["namespace"], item["name"] = CODEX_NAMESPACED[item["name"]]
        return out

    monkeypatch.setattr(fake_model_api, "_responses_items", items)


async def run_outer(env: dict[str, str], repo_dir: Path, provider: str, access: str) -> dict[str, Any]:
    with anyio.fail_after(240):
        async with server(env) as client:
            return await call(client, "run", prompt="ask the other agents", repo=str(repo_dir), providers=[provider],
                              access=access, wait_seconds=180)


def assert_refused_without_fan_out(job: dict[str, Any], api: FakeModelAPI, provider: str, nested_state: Path,
                                   offered: str, tool: str = "run") -> None:
    (run,) = job["providers"]
    assert job["state"] == "completed" and run["state"] == "succeeded", job["summary"]
    assert run["final_text"].strip() == ANSWER, run["final_text"]
    first = api.requests(provider, api_only=True, agent_turns=True)[0]
    assert offered in first.tool_names, first.tool_names  # the CLI did have the nested server
    assert [(caller, c.name) for caller, c in api.tool_calls_sent] == [(provider, f"mcp__{SERVER}__{tool}")]
    # The model got the nested server's refusal as the tool result...
    (result,) = api.tool_results(provider)
    assert "refused" in result and "MCO_MCP_MAX_DEPTH" in result, result
    # ...from the nested server configured here (it made its state dir at startup), which started no job,
    assert (nested_state / "jobs").is_dir() and list((nested_state / "jobs").iterdir()) == []
    # and no model API request came from anyone but the outer CLI (a fan-out would have called gemini).
    assert api.requests("gemini") == []
    assert {r.caller for r in api.requests()} == {provider}


@pytest.mark.parametrize(("access", "tool"), [("read-only", "review"), ("workspace-write", "run")])
async def test_claude_launched_by_mco_gets_a_refusal_from_a_nested_mco(
    server_env: dict[str, str], fake: FakeModelAPI, repo: Path, tmp_path: Path, access: str, tool: str,  # noqa: F811
) -> None:
    nested_state = tmp_path / "nested-state"
    mcp_config = tmp_path / "claude-mcp.json"
    # claude passes its whole environment on (MCO_MCP_DEPTH=1 and gemini's fake-API settings included);
    # only the state dir is changed, so the nested server's jobs can be told from the outer ones.
    mcp_config.write_text(json.dumps({"mcpServers": {SERVER: claude_entry(nested_state)}}), encoding="utf-8")
    claude_manifest_with_mcp(Path(server_env["MCO_MCP_MANIFEST_DIR"]), mcp_config)
    fake.push("claude", ToolCall(f"mcp__{SERVER}__{tool}", NESTED_ARGS), Text(ANSWER))

    job = await run_outer(server_env, repo, "claude", access)

    assert_refused_without_fan_out(job, fake, "claude", nested_state, offered=f"mcp__{SERVER}__{tool}", tool=tool)


async def test_codex_launched_by_mco_gets_a_refusal_though_it_scrubs_the_depth_variable(
    server_env: dict[str, str], fake: FakeModelAPI, repo: Path, tmp_path: Path, namespaced_codex_calls: None,  # noqa: F811
) -> None:
    nested_state = tmp_path / "nested-state"
    # What the nested server needs, no more: its state dir and PATH, plus gemini's fake-API settings so that
    # a fan-out, if the guard failed, would really reach the fake API (codex passes HOME, where gemini's
    # settings.json is, through).
    gemini = {key: server_env[key] for key in ("GEMINI_API_KEY", "GOOGLE_GEMINI_BASE_URL", "GEMINI_CLI_HOME",
                                               "GEMINI_CLI_NO_RELAUNCH")}
    codex_config_with_mcp(Path(server_env["CODEX_HOME"]), nested_state, {"PATH": server_env["PATH"], **gemini})
    fake.push("codex", ToolCall(f"mcp__{SERVER}__run", NESTED_ARGS), Text(ANSWER))

    # workspace-write: in read-only codex runs with the servers of its own config switched off.
    job = await run_outer(server_env, repo, "codex", "workspace-write")

    assert_refused_without_fan_out(job, fake, "codex", nested_state, offered=f"mcp__{SERVER}")

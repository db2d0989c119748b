"""`mco-mcp setup HOST --write` leaves every real host working on the first try.

For each of claude, codex, gemini, qwen and opencode: one isolated home holds the five CLIs' configs
(tests/realcli_env.py, all pointed at the fake model API), `setup HOST --write` registers mco-mcp in that
host's config (found through the host's own config-dir variable), then

- the host's own `mcp list` shows the server connected, and
- a headless run of the host, whose model (the fake) asks for mco's `review` tool, gets a completed review
  back: mco-mcp, started by the host with the environment the host gives its MCP servers, ran the real
  codex as the reviewer (codex needs its key variable, FAKE_CODEX_API_KEY, which gemini strips and codex
  scrubs: it arrives only because setup forwarded it by name).

Nothing is added to the host's command line beyond the prompt on stdin: what the host needs to load and
call us headless (alwaysLoad and a permission rule for claude, required + approval for codex, trust for
gemini and qwen) must come from what setup wrote.

Facts learnt here (beyond ../shared/docs/hosts-2026.md), with claude 2.1.197, codex 0.169.0, gemini
0.61.0, qwen 0.15.10, opencode 1.18.33 (the same tests pass with claude 2.1.332, codex 0.171.0 and qwen
0.24.4, 2026-12-02):
- The tool names the models see: claude `mcp__mco__review`, codex the namespace `mcp__mco` + `review`,
  gemini `mcp_mco_review`, qwen `mcp__mco__review` (deferred: offered only after `tool_search` fetched
  it), opencode `mco_review`.
- qwen hides MCP tools behind `tool_search` in headless runs too; the model fetches the schema with
  `tool_search {"query": "select:mcp__mco__review"}` and calls the tool on its next turn.
- `codex mcp list` starts no server: it shows `enabled` (and the forwarded `env_vars` names, masked).
- opencode `run` asks the model for a session title first (a request without tools) unless given
  `--title`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

import tests.fake_model_api as fake_model_api
from tests.fake_model_api import FakeModelAPI, Text, ToolCall
from tests.realcli_env import base_env, cli_env
from tests.test_real_clis_smoke import Installed, _require, installed  # noqa: F401 (the fixture)

pytestmark = pytest.mark.realcli

HOSTS = ("claude", "codex", "gemini", "qwen", "opencode")
REVIEWER = "codex"  # the provider the review asks: the fastest CLI, and it needs a key variable
REVIEW_TOOL = {"claude": "mcp__mco__review", "codex": "mcp__mco__review", "gemini": "mcp_mco_review",
               "qwen": "mcp__mco__review", "opencode": "mco_review"}
# The host's headless command; the prompt goes on stdin.
HEADLESS = {
    "claude": ["claude", "-p", "--model", "fake-model"],
    "codex": ["codex", "exec", "--skip-git-repo-check", "-"],
    "gemini": ["gemini", "-m", "fake-model"],
    "qwen": ["qwen"],
    "opencode": ["opencode", "run", "--title", "setup-e2e"],
}
# What `HOST mcp list` says of a server it can use. codex's does not start the servers (no health
# check): its Status column says "enabled"; the headless run below is what proves the connection.
LISTED = dict.fromkeys(HOSTS, r"\bconnected\b") | {"codex": r"\benabled\b"}
DONE = "HOST-SAW-THE-REVIEW"
FINDING = "SQL built by string concatenation in find_user"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def fake() -> Any:
    with FakeModelAPI() as server:
        yield server


@pytest.fixture
def home_env(installed: Installed, fake: FakeModelAPI, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    for name in HOSTS:
        _require(installed, name)
    env = base_env(installed.path)
    for name in HOSTS:  # one isolated home holds every CLI's own config (dirs named by each CLI's variable)
        env.update(cli_env(name, fake.url, tmp_path / "home"))
    return env


@pytest.fixture
def namespaced_codex_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """codex dispatches an MCP tool call only when it names the namespace: {"namespace": "mcp__mco",
    "name": "review"} (see tests/test_real_recursion.py); the fake sends flat names."""
    original = fake_model_api._responses_items

    def items(reply: Text | ToolCall) -> list[dict[str, Any]]:
        out = original(reply)
        for item in out:
            if item["type"] == "function_call" and item["name"] == "mcp__mco__review":
                item["namespace"], item["name"] = "mcp__mco", "review"
        return out

    monkeypatch.setattr(fake_model_api, "_responses_items", items)


def findings_reply() -> Text:
    finding = {"severity": "high", "category": "security", "title": FINDING,
               "evidence": {"file": "app/db.py", "line": 5, "snippet": "query = \"SELECT * FROM users WHERE name = '\" + name + \"'\""},
               "recommendation": "Use a parameterized query.", "confidence": 0.9}
    return Text(f"Reviewed.\n\n```json\n{json.dumps({'findings': [finding]})}\n```\n")


def setup_write(env: dict[str, str], host: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "setup", host, "--write"], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("host", HOSTS)
def test_setup_write_then_the_real_host_lists_mco_connected_and_calls_review_headless(
    home_env: dict[str, str], fake: FakeModelAPI, repo: Path, host: str, namespaced_codex_review: None,
) -> None:
    printed = setup_write(home_env, host, repo)
    assert "registered as 'mco'" in printed, printed

    listed = subprocess.run([host, "mcp", "list"], env=home_env, cwd=repo, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    shown = ANSI.sub("", listed.stdout + listed.stderr)
    line = next((text for text in shown.splitlines() if re.search(r"\bmco\b(?!-)", text)), shown)  # not the path
    assert listed.returncode == 0 and re.search(LISTED[host], line, re.IGNORECASE), shown

    arguments = {"prompt": "Review app/db.py", "repo": str(repo), "providers": [REVIEWER], "wait_seconds": 150}
    host_turns: list[Text | ToolCall] = [ToolCall(REVIEW_TOOL[host], arguments), Text(DONE)]
    if host == "qwen":  # the schema of a deferred tool is fetched first
        host_turns.insert(0, ToolCall("tool_search", {"query": f"select:{REVIEW_TOOL[host]}"}))
    if host == REVIEWER:  # one queue: the host's call, the reviewer's answer, the host's last turn
        fake.push(host, host_turns[0], findings_reply(), host_turns[1])
    else:
        fake.push(host, *host_turns)
        fake.push(REVIEWER, findings_reply())

    ran = subprocess.run(HEADLESS[host], env=home_env, cwd=repo, input="Ask mco for a review of app/db.py",
                         capture_output=True, text=True, timeout=300)

    assert ran.returncode == 0 and DONE in ran.stdout, (ran.stdout[-3000:], ran.stderr[-3000:])
    assert (host, REVIEW_TOOL[host]) in [(caller, call.name) for caller, call in fake.tool_calls_sent]
    # Hosts that show text blocks get the compact rendering (no JSON copy, so no "job_id" key): take the
    # tool result that carries our job, in whichever form this host passed it to its model.
    (result,) = [r for r in fake.tool_results(host) if "job_id" in r or "mco://jobs/" in r] or ["\n".join(fake.tool_results(host))]
    # The review ran through mco-mcp: the reviewer saw the prompt, and its finding came back to the host.
    assert FINDING in result and "completed" in result, result[:3000]
    assert any("Review app/db.py" in (r.prompt_text or "") for r in fake.requests(REVIEWER, agent_turns=True))


def real_codex_probe(installed: Installed, home: Path, fake: FakeModelAPI, key: bool) -> Any:  # noqa: F811
    """The built-in codex manifest's probes, run by mco-mcp's ProbeCache against the real codex."""
    from mco_mcp.adapters.manifest import load_registry
    from mco_mcp.adapters.probe import ProbeCache

    env = base_env(installed.path) | cli_env("codex", fake.url, home)  # model_provider "fake", env_key FAKE_CODEX_API_KEY
    if not key:
        del env["FAKE_CODEX_API_KEY"]
    manifest = load_registry(None).manifests["codex"]

    async def probe() -> Any:
        with anyio.fail_after(60):
            return await ProbeCache(ttl=60, timeout=30).probe(manifest, _require(installed, "codex"), env)

    return anyio.run(probe)


def test_real_codex_with_an_env_key_provider_is_ready_though_login_status_says_not_logged_in(
    installed: Installed, fake: FakeModelAPI, tmp_path: Path,  # noqa: F811
) -> None:
    result = real_codex_probe(installed, tmp_path / "home", fake, key=True)
    assert result.ready is True and result.version, result
    assert "Not logged in" in result.reason and "$FAKE_CODEX_API_KEY, which is set" in result.reason, result.reason
    unset = real_codex_probe(installed, tmp_path / "home2", fake, key=False)
    assert unset.ready is False and "$FAKE_CODEX_API_KEY, which is not set" in unset.reason, unset.reason

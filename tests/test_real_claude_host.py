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
        if line.startswith("#"):
            continue
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


# -- interactive Claude Code: native background tasks ----------------------------------------------------

LONG_REVIEW_SECONDS = 130  # longer than the 120 s after which Claude Code backgrounds an open call itself


def trusted_claude_home(env: dict[str, str], repo: Path) -> None:
    """What a user has clicked through before: onboarding, the API key, trusting the project folder."""
    config_dir = Path(env["CLAUDE_CONFIG_DIR"])
    settings = {
        "hasCompletedOnboarding": True,
        "theme": "dark",
        "customApiKeyResponses": {"approved": [env["ANTHROPIC_API_KEY"][-20:]], "rejected": []},
        "projects": {str(repo): {"hasTrustDialogAccepted": True, "hasCompletedProjectOnboarding": True}},
    }
    (config_dir / ".claude.json").write_text(json.dumps(settings), encoding="utf-8")


def wait_for_exit(pid: int, timeout: float) -> bool:
    """Wait for a process that is not our child to end (a pidfd becomes readable when it does)."""
    import select

    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def test_interactive_claude_code_gets_a_long_review_as_a_task_and_its_model_the_completed_notification(
    tmp_path: Path, repo: Path, record_dir: Path
) -> None:
    """Interactive Claude Code declares the tasks extension: `review` answers with a task at once, claude
    polls tasks/get and, when the job ends (after more than two minutes), hands the model a completed
    task notification carrying our result. Before: claude moved the open call to the background after
    120 s itself, and in -p mode the call ended with "Connection closed" while the job ran on."""
    claude = claude_2026()
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed")
    from tests.test_tools import findings_answer

    fake_bin = tmp_path / "fake-bin"
    install_fake_clis(fake_bin)
    log = tmp_path / "wire.log"
    server_env = {
        "PATH": f"{fake_bin}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "PYTHONPATH": str(ROOT),
        "MCO_MCP_STATE_DIR": str(tmp_path / "state"),
        "MCO_MCP_MANIFEST_DIR": str(tmp_path / "manifests"),
        "FAKE_CLI_ANSWER": findings_answer(repo, "gemini", 0),
        "FAKE_CLI_MODE": f"delay={LONG_REVIEW_SECONDS}",
        "FAKE_CLI_RECORD_DIR": str(record_dir),
    }
    config = tmp_path / "mcp.json"
    entry = {"command": sys.executable, "args": [str(ROOT / "tests" / "wire_proxy.py"), str(log), "--", sys.executable, "-m", "mco_mcp"],
             "env": server_env}
    config.write_text(json.dumps({"mcpServers": {"mco": entry}}), encoding="utf-8")
    session = f"mco-tasks-{os.getpid()}"
    with FakeModelAPI() as fake:
        fake.push("claude", ToolCall("mcp__mco__review", {"prompt": "Review app/db.py", "providers": ["gemini"]}))
        fake.set_default("claude", Text("MODEL-TURN"))
        env = base_env(f"{Path(claude).parent}{os.pathsep}/usr/bin{os.pathsep}/bin") | cli_env("claude", fake.url, tmp_path / "home")
        env["TERM"] = "xterm-256color"
        trusted_claude_home(env, repo)
        argv = [claude, "--mcp-config", str(config), "--strict-mcp-config", "--allowedTools", "mcp__mco__review",
                "--model", "fake-model", "please ask the other agents for a review"]
        env_flags = [flag for key, value in env.items() for flag in ("-e", f"{key}={value}")]
        subprocess.run([tmux, "new-session", "-d", "-s", session, "-x", "200", "-y", "50", "-c", str(repo), *env_flags,
                        *argv], check=True, timeout=30)
        try:
            # 1: the user's turn (the model calls review), 2: after the tool result, 3: the task notification.
            turns = fake.wait_for_requests("claude", 3, timeout=LONG_REVIEW_SECONDS + 150)
            screen = subprocess.run([tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True,
                                    timeout=30).stdout
        finally:
            subprocess.run([tmux, "kill-session", "-t", session], timeout=30, check=False)
        started = fake.tool_results("claude")
    notification = turns[2].prompt_text or ""
    messages = wire(log)
    created = next(m["result"] for d, m in messages if d == "<-" and m.get("result", {}).get("resultType") == "task")
    # The model was told at once that the review runs as a server-side task, not after 120 s of waiting.
    assert len(started) == 1 and created["taskId"] in started[0], started
    # Claude polled tasks/get until the job ended, and the model got our whole result as a completed task.
    polls = [m for d, m in messages if d == "->" and m.get("method") == "tasks/get"]
    assert polls and all(p["params"]["taskId"] == created["taskId"] for p in polls)
    assert "<status>completed</status>" in notification, notification[:2000]
    assert f'"summary":"review {created["taskId"]}: completed' in notification
    assert "SQL injection in find_user" in notification
    assert "Connection closed" not in screen and "Connection closed" not in notification
    # The job really took longer than Claude Code's own 120 s backgrounding.
    (job_dir,) = [p for p in (tmp_path / "state" / "jobs").iterdir() if p.is_dir()]
    job = json.loads((job_dir / "job.json").read_text())["job"]
    assert job["elapsed_seconds"] > 120, job["elapsed_seconds"]
    # Closing the host stops the server (and with it every provider process).
    server_pid = int(log.read_text().splitlines()[0].rsplit(" ", 1)[1])
    assert wait_for_exit(server_pid, 60)

"""The headless CLI as a person sees it, in a pseudo-terminal (pexpect): live progress that appears and
ends, the prompt read from a terminal said aloud, Ctrl-C answered with the job id, the banner of a server
started by hand. And the server itself never imports the terminal library."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import anyio
import pexpect
import pytest

from tests.conftest import records
from tests.raw_stdio import HEADLESS_CAPABILITIES, raw_host

pytestmark = pytest.mark.timeout(300)
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def spawn(env: dict[str, str], *args: str, cwd: Path | None = None) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-m", "mco_mcp", *args], env=env, cwd=cwd, encoding="utf-8",
                         timeout=60, dimensions=(40, 140))  # fmt: skip


def test_progress_display_appears_while_the_job_runs_and_ends_with_the_report(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=1.5"
    child = spawn(env, "review", "--repo", str(repo), "--providers", "claude,codex", "Review the db module")
    child.expect(r"review (\S+) · \d+s · 0/2 finished · Ctrl-C cancels")
    job_id = child.match.group(1)
    child.expect(r"claude\s+\S*running")
    child.expect(f"mco-mcp: review {job_id} completed in")  # the display's last line
    child.expect(pexpect.EOF)
    report = ANSI.sub("", child.before)
    child.close()
    assert child.exitstatus == 0
    # The live table is gone; the report (a table of providers, no JSON) follows it.
    assert "Ctrl-C cancels" not in report and "{" not in report
    assert re.search(rf"mco-mcp review {job_id}: completed", report)
    assert re.search(r"claude\s+succeeded", report) and re.search(r"codex\s+succeeded", report)


def test_ctrl_c_prints_the_job_id_exits_130_and_leaves_no_process(
    env: dict[str, str], repo: Path, record_dir: Path, no_leftover_groups: None
) -> None:
    env["FAKE_CLI_MODE"] = "delay=120"
    child = spawn(env, "review", "--repo", str(repo), "--providers", "claude,codex,gemini", "Review it")
    child.expect(r"review (\S+) · ")
    job_id = child.match.group(1)
    # A frame where all three print (each fake CLI records what it saw before its first output).
    row = r"\s+\S*running\S*\s+\d+s\s+[1-9][^\n]*\n\s*"
    child.expect("claude" + row + "codex" + row + "gemini" + row)
    child.sendintr()
    child.expect(pexpect.EOF)
    said = ANSI.sub("", child.before)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in said
    assert f"mco-mcp: interrupted: job {job_id} is cancelled; `mco-mcp status {job_id}` shows it" in said
    assert len(records(record_dir)) == 3  # the three started (no_leftover_groups: and all are gone)
    stored = subprocess.run([sys.executable, "-m", "mco_mcp", "status", job_id, "--format", "json"], env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert json.loads(stored.stdout)["state"] == "cancelled" and stored.returncode == 1


def test_a_prompt_read_from_the_terminal_is_announced(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    child = spawn(env, "run", "--repo", str(repo), "--providers", "claude", "--format", "json")
    child.expect("reading the prompt from stdin… \\(end it with Ctrl-D")
    child.send("typed by hand\n")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert records(record_dir)[0]["stdin_text"].startswith("typed by hand")


def test_bad_input_in_a_terminal_exits_2_before_asking_for_the_prompt(env: dict[str, str], repo: Path) -> None:
    child = spawn(env, "run", "--repo", str(repo), "--timeout", "-5")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "reading the prompt" not in child.before and "--timeout: Input should be greater than 0" in child.before


def test_mco_mcp_started_by_hand_in_a_terminal_says_what_it_is_then_serves(env: dict[str, str]) -> None:
    child = spawn(env)
    child.expect("an MCP server over stdio")
    child.expect(r"mco-mcp setup claude --write")
    child.expect("Serving MCP on stdin/stdout now")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.anyio
async def test_serving_never_imports_rich(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    """rich is for the headless CLI: the server a host starts, through a whole review, never loads it."""
    env["PYTHONPROFILEIMPORTTIME"] = "1"  # every import, on stderr
    log = tmp_path / "imports.log"
    async with raw_host(env, stderr=log) as host:
        with anyio.fail_after(60):
            await host.request_2026("server/discover")
            await host.request_2026("tools/list")
            review = await host.request_2026(
                "tools/call", {"name": "review", "arguments": {"prompt": "p", "repo": str(repo), "providers": ["claude"]}},
                HEADLESS_CAPABILITIES,  # no tasks extension: the call waits for the job
            )
            await host.request_2026("tools/call", {"name": "status", "arguments": {}})
            await host.request_2026("tools/call", {"name": "providers", "arguments": {}})
    assert review["result"]["structuredContent"]["state"] == "completed"
    imported = {line.rsplit("|", 1)[-1].strip() for line in log.read_text().splitlines() if line.startswith("import time:")}
    assert "mco_mcp.server" in imported and "mco_mcp.tools.review" in imported  # the log is real
    # The SDK's MCPServer() tries `from rich.console import Console` (logged, failing, since the package
    # itself is kept out); the package `rich` never loads, so nothing of it runs.
    assert "rich" not in imported
    assert {name for name in imported if name.startswith("rich.")} <= {"rich.console"}
    assert "mco_mcp.cli.progress" not in imported and "mco_mcp.cli.human" not in imported


def test_ctrl_c_while_watching_stops_the_watching_not_the_job(env: dict[str, str], repo: Path, no_leftover_groups: None) -> None:
    import signal

    env["FAKE_CLI_MODE"] = "delay=120"
    with subprocess.Popen(
        [sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude", "--prompt", "q"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as runner:  # fmt: skip
        assert runner.stderr is not None
        job_id = runner.stderr.readline().split()[2]  # "mco-mcp: run ID started: claude"
        assert "claude running" in runner.stderr.readline()
        child = spawn(env, "status", job_id, "--watch")
        child.expect(r"claude\s+\S*running")
        child.sendintr()
        child.expect(pexpect.EOF)
        said = ANSI.sub("", child.before)
        child.close()
        assert child.exitstatus == 130 and f"mco-mcp: stopped watching; job {job_id} is running" in said
        assert runner.poll() is None  # the job goes on where it runs
        runner.send_signal(signal.SIGINT)  # and is cancelled there
        out, err = runner.communicate(timeout=60)
    assert runner.returncode == 130 and f"interrupted: job {job_id} is cancelled" in err

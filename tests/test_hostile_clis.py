"""Provider CLIs that misbehave: each ends in a truthful state, and nothing of theirs survives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.execute.request import FILE_SIZE_MARGIN
from tests.conftest import PROVIDERS, alive_groups, memory_client, records

pytestmark = pytest.mark.anyio


async def run_job(env: dict[str, str], repo: Path, providers: list[str], **arguments: Any) -> dict[str, Any]:
    async with memory_client(env) as client:
        result = await client.call_tool(
            "run", {"prompt": "p", "repo": str(repo), "providers": providers, "wait_seconds": 60, **arguments}
        )
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def test_stall_timeout_stops_a_silent_cli(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "stall"
    job = await run_job(env, repo, ["claude", "gemini"], stall_seconds=1)
    for run in job["providers"]:
        assert run["state"] == "timed_out" and run["error"]["kind"] == "stalled"
        assert run["idle_seconds"] >= 1
    assert job["state"] == "failed"
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_hard_timeout_stops_a_cli_that_prints_forever(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "trickle"  # never silent, never done
    job = await run_job(env, repo, ["codex"], timeout_seconds=1.5, stall_seconds=1)
    run = job["providers"][0]
    assert run["state"] == "timed_out" and run["error"]["kind"] == "timeout"
    assert run["output_bytes"] > 0 and run["idle_seconds"] < 1
    assert Path(run["artifacts"]["stdout"]).stat().st_size == run["output_bytes"] - Path(run["artifacts"]["stderr"]).stat().st_size
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_a_cli_that_floods_is_stopped_at_the_output_limit(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Regression: a flooding CLI once wrote 25 GB to disk before its 1.5 s timeout could fire."""
    env["FAKE_CLI_MODE"] = "flood"
    env["MCO_MCP_MAX_OUTPUT_BYTES"] = str(4 * 1024 * 1024)
    job = await run_job(env, repo, ["claude", "gemini"], timeout_seconds=60)
    for run in job["providers"]:
        assert run["state"] == "failed" and run["error"]["kind"] == "output_limit", run
        written = Path(run["artifacts"]["stdout"]).stat().st_size
        assert 4 * 1024 * 1024 < written < 200 * 1024 * 1024  # stopped soon after the limit, not at the timeout
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_the_output_limit_is_hard_against_a_writer_that_ignores_sigterm(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """Regression (issue 10, defect 8): with a 10 MiB limit, a writer ignoring SIGTERM put 1,230 MiB on disk
    during the grace period. Now the kernel stops its writes just past the limit (RLIMIT_FSIZE) and the
    group is killed without grace; the writer keeps trying past EFBIG, as a hostile one would."""
    limit = 10 * 1024 * 1024
    env["FAKE_CLI_MODE"] = "ignore_term,flood"
    env["MCO_MCP_MAX_OUTPUT_BYTES"] = str(limit)
    env["MCO_MCP_KILL_GRACE_SECONDS"] = "2"
    job = await run_job(env, repo, ["claude", "codex"], timeout_seconds=60)
    for run in job["providers"]:
        assert run["state"] == "failed" and run["error"]["kind"] == "output_limit", run
        on_disk = Path(run["artifacts"]["stdout"]).stat().st_size + Path(run["artifacts"]["stderr"]).stat().st_size
        assert limit < on_disk <= limit + FILE_SIZE_MARGIN
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_a_cli_cannot_raise_its_file_size_limit_and_drops_no_core_file(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """The limit is the CLI's hard limit (nothing it runs can lift it again), and a CLI killed by SIGXFSZ
    leaves no core file in the repository."""
    limit = 1024 * 1024
    env["FAKE_CLI_MODE"] = "stall"
    env["MCO_MCP_MAX_OUTPUT_BYTES"] = str(limit)
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["gemini"], "wait_seconds": 0})).structured_content
        with anyio.fail_after(20):
            while not [r for r in records(record_dir) if r["stdin_complete"]]:
                await anyio.sleep(0.05)
        limits = Path(f"/proc/{records(record_dir)[0]['pid']}/limits").read_text().splitlines()
        await client.call_tool("cancel", {"job_id": job["job_id"]})
    fsize = next(line for line in limits if line.startswith("Max file size")).split()[3:5]
    core = next(line for line in limits if line.startswith("Max core file size")).split()[4:6]
    assert fsize == [str(limit + FILE_SIZE_MARGIN)] * 2
    assert core == ["0", "0"]


async def test_a_cli_that_ignores_sigterm_is_killed_after_the_grace_period(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env["FAKE_CLI_MODE"] = "ignore_term,stall"
    job = await run_job(env, repo, ["opencode"], stall_seconds=0.5)
    assert job["providers"][0]["state"] == "timed_out"
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_a_grandchild_holding_stdout_does_not_hang_the_run(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    env["FAKE_CLI_MODE"] = "grandchild"
    job = await run_job(env, repo, ["qwen", "claude"])
    assert job["state"] == "completed"
    seen = records(record_dir)
    assert all(r["grandchild_pid"] for r in seen)
    assert alive_groups([r["pgid"] for r in seen]) == []


async def test_invalid_utf8_and_half_json_lines_are_survived(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "invalid_utf8"
    env["FAKE_CLI_ANSWER"] = "still here"
    job = await run_job(env, repo, list(PROVIDERS))
    assert job["state"] == "completed", job["summary"]
    assert {run["final_text"] for run in job["providers"]} == {"still here"}


async def test_a_cli_that_exits_nonzero_after_an_answer_is_a_failure_that_keeps_the_answer(
    env: dict[str, str], repo: Path
) -> None:
    env["FAKE_CLI_MODE"] = "exit=3"
    env["FAKE_CLI_ANSWER"] = "an answer"
    job = await run_job(env, repo, ["codex"])
    run = job["providers"][0]
    assert run["state"] == "failed" and run["exit_code"] == 3
    assert run["error"]["kind"] == "cli_error" and "code 3" in run["error"]["message"]
    assert run["final_text"] == "an answer"


async def test_exit_zero_with_an_empty_answer_is_a_failure(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "empty"
    job = await run_job(env, repo, list(PROVIDERS))
    assert {run["error"]["kind"] for run in job["providers"]} == {"empty_answer"}
    assert job["state"] == "failed"


@pytest.mark.parametrize(("status", "kind"), [(401, "authentication"), (429, "rate_limited"), (500, "server_error")])
async def test_api_errors_are_classified_from_each_cli_s_own_error_format(
    env: dict[str, str], repo: Path, status: int, kind: str
) -> None:
    env["FAKE_CLI_MODE"] = f"error={status}"
    job = await run_job(env, repo, list(PROVIDERS))
    got = {run["provider"]: (run["state"], run["error"]["kind"]) for run in job["providers"]}
    assert got == {name: ("failed", kind) for name in PROVIDERS}


async def test_a_crash_reports_the_stderr_line(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "crash"
    job = await run_job(env, repo, ["gemini"])
    run = job["providers"][0]
    assert run["state"] == "failed" and run["exit_code"] == 2
    assert "fake crash" in run["error"]["message"]


async def test_one_provider_failing_never_stops_another(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE_CLAUDE"] = "crash"
    env["FAKE_CLI_MODE_CODEX"] = "stall"
    env["FAKE_CLI_MODE_GEMINI"] = "delay=0.5"
    job = await run_job(env, repo, ["claude", "codex", "gemini"], stall_seconds=1)
    states = {run["provider"]: run["state"] for run in job["providers"]}
    assert states == {"claude": "failed", "codex": "timed_out", "gemini": "succeeded"}
    assert job["state"] == "partial"


async def _states_once_two_run(client: Any, job_id: str) -> list[str]:
    """Ask until two runs hold the two process slots; no observation may ever show more than two running."""
    with anyio.fail_after(60):  # a hang bound, not a timing assertion: a loaded machine may take a while
        while True:
            job = (await client.call_tool("status", {"job_id": job_id, "wait_seconds": 0.05})).structured_content
            states = sorted(run["state"] for run in job["providers"])
            assert states.count("running") <= 2, states
            if states.count("running") == 2:
                return states


async def test_the_process_cap_queues_providers_beyond_it(env: dict[str, str], repo: Path) -> None:
    # Stalled CLIs hold their slots until cancelled, so what is queued is decided by the cap, never by timing.
    env["MCO_MCP_MAX_PROCESSES"] = "2"
    env["FAKE_CLI_MODE"] = "stall"
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": list(PROVIDERS), "stall_seconds": 300, "wait_seconds": 0})).structured_content
        job_id = job["job_id"]
        assert await _states_once_two_run(client, job_id) == ["queued", "queued", "queued", "running", "running"]
        first = [run["provider"] for run in (await client.call_tool("status", {"job_id": job_id})).structured_content["providers"] if run["state"] == "running"]
        await client.call_tool("cancel", {"job_id": job_id, "providers": first})
        # The two freed slots go to two of the queued runs.
        assert await _states_once_two_run(client, job_id) == ["cancelled", "cancelled", "queued", "running", "running"]
        await client.call_tool("cancel", {"job_id": job_id})
        done = (await client.call_tool("status", {"job_id": job_id, "wait_seconds": 60})).structured_content
    assert done["state"] == "cancelled"
    assert sorted(run["state"] for run in done["providers"]) == ["cancelled"] * 5

"""The headless CLI's early start (issue 11): a job's CLIs started before the engine is loaded, then adopted.

What it must never do: start something other than what the engine would start, leave a CLI running that
nobody supervises, or start anything for bad input.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.adapters.manifest import load_registry
from mco_mcp.execute.groups import RUN_MARKER_VAR, group_members
from mco_mcp.execute import RunRequest, execute
from mco_mcp.jobs import manager as manager_module
from mco_mcp.jobs.manager import JobManager
from mco_mcp.jobs.prestart import EarlyJob, prestart
from mco_mcp.jobs.request import JobRequest, build_request
from mco_mcp.models import TERMINAL_JOB_STATES, Job
from mco_mcp.plugin_scan import nothing_declared
from mco_mcp.settings import Settings
from tests.conftest import alive_groups, records

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent


def job_request(env: dict[str, str], repo: Path, kind: str = "review", **given: Any) -> tuple[JobRequest, Settings, Any]:
    settings = Settings.from_env(env)
    registry = load_registry(settings.manifest_dir)
    fields: dict[str, Any] = {
        "prompt": "Look at the queries", "repo": str(repo), "paths": ["app/db.py"], "providers": ["claude", "codex"],
        "models": {"codex": "gpt-5"}, "access": "read-only", "resume": None, "timeout_seconds": 60,
        "stall_seconds": 30,
    } | given  # fmt: skip
    fields["models"] = {k: v for k, v in fields["models"].items() if k in fields["providers"]}
    if kind == "review":
        fields.setdefault("roles", {"claude": "security"})
    request = build_request(kind=kind, default_repo=repo, registry=registry, max_prompt_bytes=settings.max_prompt_bytes,
                            **fields)  # type: ignore[arg-type]  # fmt: skip
    return request, settings, registry


async def run_to_end(manager: JobManager, request: JobRequest, early: EarlyJob | None = None) -> Job:
    live = await manager.start(request, early=early)
    job = manager.snapshot(live.job_id)
    while job.state not in TERMINAL_JOB_STATES:
        job = await manager.wait(live.job_id, 5)
    return job


def what_ran(record_dir: Path, job_id: str) -> list[dict[str, Any]]:
    """What each CLI of the job saw, with the job's own id and run markers (random) taken out."""
    seen = []
    for record in records(record_dir):
        # The marker is random per run; the record directory is each side's own.
        env = {k: v for k, v in record["env"].items() if k not in (RUN_MARKER_VAR, "FAKE_CLI_RECORD_DIR")}
        seen.append({
            "name": record["name"], "args": [a.replace(job_id, "JOB") for a in record["args"]], "cwd": record["cwd"],
            "env": {k: v.replace(job_id, "JOB") for k, v in env.items()}, "stdin": record["stdin_text"],
            "stdin_kind": record["stdin_kind"], "own_group": record["pgid"] == record["pid"] == record["sid"],
        })  # fmt: skip
    return sorted(seen, key=lambda r: r["name"])


@pytest.mark.parametrize("kind", ["review", "run"])
async def test_the_early_start_starts_exactly_what_the_engine_starts(
    env: dict[str, str], repo: Path, tmp_path: Path, kind: str
) -> None:
    """Same argv, environment (the run marker aside), working directory, prompt on a stdin pipe, own
    session: the early start and the engine build them in one place (jobs/command.py); this proves it."""
    results, requests = {}, {}
    for way in ("early", "engine"):
        record_dir = tmp_path / f"records-{way}"
        record_dir.mkdir()
        side = env | {"FAKE_CLI_RECORD_DIR": str(record_dir)}
        request, settings, registry = job_request(side, repo, kind)
        with anyio.fail_after(60):
            early = prestart(request, settings, registry, side) if way == "early" else None
            assert (early is not None) == (way == "early")
            async with JobManager(settings, registry, env=side, watchdog=early.watchdog if early else None) as manager:
                seen = requests[way] = []

                async def noted(run: RunRequest, *args: Any, _seen: list[RunRequest] = seen, **kwargs: Any) -> Any:
                    _seen.append(run)
                    return await execute(run, *args, **kwargs)

                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(manager_module, "execute", noted)
                    job = await run_to_end(manager, request, early)
        assert job.state == "completed", job.summary
        results[way] = what_ran(record_dir, job.job_id)
        requests[way] = [_normalized(run, job.job_id, record_dir) for run in sorted(requests[way], key=lambda r: r.provider)]
        assert [r["name"] for r in results[way]] == ["claude", "codex"]
        assert all(r["stdin_kind"] == "pipe" and r["own_group"] for r in results[way])
        if kind == "review":
            assert all("Look at the queries" in r["stdin"] and "app/db.py" in r["stdin"] for r in results[way])
    assert results["early"] == results["engine"]
    # Everything of the request, the limits, the output parser and the log paths included.
    assert requests["early"] == requests["engine"] and len(requests["early"]) == 2


def _normalized(run: RunRequest, job_id: str, record_dir: Path) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        text = json.dumps(value, default=str).replace(job_id, "JOB").replace(str(record_dir), "RECORDS")
        return json.loads(text)

    return plain({"provider": run.provider, "argv": run.argv, "cwd": run.cwd, "env": dict(run.env),
                  "stdin": run.stdin.decode(), "limits": dataclasses.asdict(run.limits), "parser": run.parser,
                  "artifacts": dataclasses.asdict(run.artifacts), "secrets": dict(run.secrets)})  # fmt: skip


async def test_an_adopted_cli_is_stopped_and_swept_on_cancel(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Cancelled while it runs: its group gets TERM then KILL, and its daemon (setsid, double fork, deaf to
    TERM) is found by the run marker and killed, exactly as for a CLI the engine started."""
    env = env | {"FAKE_CLI_MODE": "stall,daemon"}
    request, settings, registry = job_request(env, repo, "run", providers=["claude"])
    early = prestart(request, settings, registry, env)
    assert early is not None
    with anyio.fail_after(60):
        async with JobManager(settings, registry, env=env, watchdog=early.watchdog) as manager:
            live = await manager.start(request, early=early)
            while len([r for r in records(record_dir) if r["stdin_complete"]]) < 1:
                await manager.wait(live.job_id, 0.1)  # the CLI has read its prompt and started its daemon
            job = await manager.cancel(live.job_id)
    run = job.providers[0]
    assert job.state == "cancelled" and run.state == "cancelled"
    assert [step.signal for step in run.kill_steps][:1] == ["SIGTERM"]
    (record,) = [r for r in records(record_dir) if r["stdin_complete"]]
    assert alive_groups([record["pgid"]]) == []
    assert _dead(record["daemon_pid"])


async def test_an_adopted_cli_that_ends_leaving_a_daemon_has_it_swept(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """The CLI answers and exits, its daemon (out of its group) writes on: the end-of-run sweep finds it by
    the marker the early start gave it, and the run's answer comes only once it is dead."""
    env = env | {"FAKE_CLI_MODE": "daemon"}
    request, settings, registry = job_request(env, repo, "run", providers=["gemini"])
    early = prestart(request, settings, registry, env)
    assert early is not None
    with anyio.fail_after(60):
        async with JobManager(settings, registry, env=env, watchdog=early.watchdog) as manager:
            job = await run_to_end(manager, request, early)
    run = job.providers[0]
    assert run.state == "succeeded"
    assert [(step.signal, step.target) for step in run.kill_steps] == [("SIGKILL", "marked")]
    (record,) = [r for r in records(record_dir) if r["stdin_complete"]]
    assert _dead(record["daemon_pid"])


async def test_a_cli_that_cannot_be_started_early_fails_as_the_engine_reports_it(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    """An executable the kernel refuses (no #! line, not a binary): the early start records the error, the
    adopted run reports it as `spawn_failed` with the engine's own words, and the other CLI still runs."""
    broken = tmp_path / "broken-bin"
    broken.mkdir()
    (broken / "claude").write_text("this is not a program\n")
    (broken / "claude").chmod(0o755)
    env = env | {"PATH": f"{broken}:{env['PATH']}"}
    errors = {}
    for way in ("early", "engine"):
        request, settings, registry = job_request(env, repo, "run")
        with anyio.fail_after(60):
            early = prestart(request, settings, registry, env) if way == "early" else None
            assert (early is not None) == (way == "early")
            async with JobManager(settings, registry, env=env, watchdog=early.watchdog if early else None) as manager:
                job = await run_to_end(manager, request, early)
        runs = {run.provider: run for run in job.providers}
        assert job.state == "partial" and runs["codex"].state == "succeeded"
        assert runs["claude"].state == "failed" and runs["claude"].error is not None
        errors[way] = (runs["claude"].error.kind, runs["claude"].error.message)
    assert errors["early"] == errors["engine"] and errors["early"][0] == "spawn_failed"
    assert "Exec format error" in errors["early"][1]


def _dead(pid: int) -> bool:
    """Gone, or a zombie (killed, not yet reaped by whoever adopted it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


async def test_an_adopted_cli_times_out_counted_from_its_own_start(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """The hard timeout runs from the CLI's start, not from its adoption: the time the engine took to load
    is not given to it on top."""
    env = env | {"FAKE_CLI_MODE": "stall"}
    request, settings, registry = job_request(env, repo, "run", providers=["codex"], timeout_seconds=1.5)
    early = prestart(request, settings, registry, env)
    assert early is not None
    await anyio.sleep(1)  # the engine "loading" for a second, while the CLI runs
    with anyio.fail_after(60):
        async with JobManager(settings, registry, env=env, watchdog=early.watchdog) as manager:
            job = await run_to_end(manager, request, early)
    run = job.providers[0]
    assert run.state == "timed_out" and run.error is not None and run.error.kind == "timeout"
    assert run.kill_steps[0].signal == "SIGTERM" and 1.4 <= run.kill_steps[0].at_seconds < 2.5
    assert alive_groups([r["pgid"] for r in records(record_dir)]) == []


async def test_early_clis_nobody_adopts_are_killed_and_their_staging_removed(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """The engine refuses the job before adopting them (here: its runs are not the CLIs started): they are
    killed, nothing stays in the state directory."""
    env = env | {"FAKE_CLI_MODE": "stall"}
    request, settings, registry = job_request(env, repo, "run")
    early = prestart(request, settings, registry, env)
    assert early is not None and early.staging.is_dir()
    pgids = [run.pid for run in early.runs.values()]
    other, _, _ = job_request(env, repo, "run", providers=["claude"])
    with anyio.fail_after(60):
        async with JobManager(settings, registry, env=env, watchdog=early.watchdog) as manager:
            with pytest.raises(ValueError, match="not the job's"):
                await manager.start(other, early=early)
    assert alive_groups(pgids) == [] and all(run.adopted for run in early.runs.values())  # type: ignore[arg-type]
    assert not early.staging.exists() and list((settings.state_dir / "jobs").iterdir()) == []


def test_a_cli_started_early_dies_with_its_starter_killed_before_adoption(env: dict[str, str], repo: Path) -> None:
    """kill -9 of the headless CLI between the start of its CLIs and their adoption: the watchdog, told at
    each start, kills their groups."""
    env = env | {"FAKE_CLI_MODE": "stall", "PYTHONPATH": str(ROOT)}
    code = f"""
import os, signal, sys
from pathlib import Path
from tests.test_prestart import job_request
from mco_mcp.jobs.prestart import prestart
request, settings, registry = job_request(dict(os.environ), Path({str(repo)!r}), "run")
early = prestart(request, settings, registry, dict(os.environ))
print(" ".join(str(run.pid) for run in early.runs.values()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == -9, done.stderr
    pids = [int(pid) for pid in done.stdout.split()]
    assert len(pids) == 2
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # gone already
        try:
            readable, _, _ = select.select([fd], [], [], 30)  # readable once the process has exited
            assert readable, f"CLI {pid} still runs 30 s after its starter was killed"
        finally:
            os.close(fd)
    assert all(not group_members(pid) for pid in pids)


def test_bad_input_starts_nothing(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Refused input is one line and exit 2, before any CLI starts or any job directory appears."""
    state = Path(env["MCO_MCP_STATE_DIR"])
    for bad in (["--timeout", "-1"], ["--providers", "claude,nosuch"], ["--path", "../outside"]):
        done = subprocess.run([sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude", *bad,
                               "the prompt"], env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 2, (bad, done.stderr)
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("mco-mcp: ")
    assert records(record_dir) == []
    assert not (state / "jobs").exists() or list((state / "jobs").iterdir()) == []


def test_a_headless_job_takes_the_early_start(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """`mco-mcp run` through its command line starts its CLIs before it imports asyncio, anyio or the job
    document's models, and reports the job as the engine ran it."""
    probe = ROOT / "tests" / "fakes" / "modules_at_first_spawn.py"
    done = subprocess.run([sys.executable, str(probe), "run", "--repo", str(repo), "--providers", "claude,gemini",
                           "--format", "json", "the prompt"], env=env | {"PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    job = json.loads(done.stdout)
    assert job["state"] == "completed" and [p["state"] for p in job["providers"]] == ["succeeded", "succeeded"]
    loaded = json.loads(done.stderr.split("MODULES ", 1)[1].splitlines()[0])
    assert not {"asyncio", "anyio", "mco_mcp.models", "mco_mcp.jobs.manager", "mco_mcp.findings.extract"} & set(loaded)
    # A subreaper before its first CLI, as the runner is: a CLI's daemons re-parent to it, and the sweep reads
    # only its own subtree (execute/subtree.py; it reads all of /proc where the kernel refuses).
    assert done.stderr.split("SUBREAPER ", 1)[1].splitlines()[0] == "1"
    if nothing_declared():  # no pydantic plugin installed here: its scan (importlib.metadata) is not run either
        assert "importlib.metadata" not in loaded
    assert sorted(r["name"] for r in records(record_dir) if r["stdin_complete"]) == ["claude", "gemini"]


def test_without_providers_the_remembered_choice_starts_early_and_is_the_engines(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """No --providers: the first job probes (the engine's selector) and remembers the verdicts; the next one
    chooses from them by the same rule (jobs/choice.py) before the engine is loaded, and asks the same CLIs."""
    env = env | {"MCO_MCP_PROBE_WAIT_SECONDS": "600", "PYTHONPATH": str(ROOT)}
    probe = ROOT / "tests" / "fakes" / "modules_at_first_spawn.py"
    jobs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, str(probe), "run", "--repo", str(repo), "--format", "json", "the prompt"],
                              env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        loaded = json.loads(done.stderr.split("MODULES ", 1)[1].splitlines()[0])
        jobs.append(([run["provider"] for run in json.loads(done.stdout)["providers"]], "asyncio" in loaded))
    (first, first_loaded_asyncio), (second, second_loaded_asyncio) = jobs
    assert first_loaded_asyncio  # its first process was a probe, started by the engine
    assert not second_loaded_asyncio and second == first == ["claude", "codex", "gemini", "opencode", "qwen"]

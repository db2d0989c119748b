"""The headless CLI's early start: a job's CLIs started before the engine is loaded, then handed to it.

`mco-mcp review`/`run` spends most of its start-up importing asyncio, anyio and the job document's
models; none of that is needed to start a CLI. Once the input is validated (by the tools' input models)
and the request built (jobs/request.py), `prestart` starts each provider's CLI from the very request the
manager would build (jobs/command.py, the prompt from jobs/prompt.py) and `JobManager.start(..., early=)`
adopts them: the job is created with the id chosen here, in the directory staged here, and each run is
supervised, stopped and swept as any other (execute/early.py, runner.execute).

Taken only where it starts exactly what the engine would, without asking anything the engine decides
later: providers named, or the default ones chosen from verdicts remembered for every installed CLI (the
engine's rule, jobs/choice.py, which then needs no probe); no git scope, no attempts (read-only), no
more CLIs than may run at once, an installed binary for each, a usable state directory (made if
missing), pidfds. Otherwise `prestart` returns None and the engine starts the job as always.

Never left behind: the watchdog is told about each CLI as soon as it is started (this process killed -9:
it kills them); every exception path, and `kill`, stop what was not adopted; a staging directory never
renamed is removed (or, after a crash, by housekeeping a minute later).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from mco_mcp.adapters.env import nesting_depth
from mco_mcp.adapters.manifest import Registry, find_binary
from mco_mcp.adapters.probe_memo import ProbeMemo
from mco_mcp.errors import StateDirError
from mco_mcp.execute.early import EarlyRun, pidfds_work, start_early
from mco_mcp.execute.request import ArtifactPaths
from mco_mcp.execute.watchdog_client import Watchdog
from mco_mcp.jobs import choice
from mco_mcp.jobs.command import provider_run_request
from mco_mcp.jobs.layout import ensure_jobs_root, new_job_id, stage
from mco_mcp.jobs.prompt import build_prompt
from mco_mcp.jobs.request import JobRequest
from mco_mcp.settings import Settings

log = logging.getLogger("mco_mcp.prestart")


@dataclass
class EarlyJob:
    job_id: str
    staging: Path
    watchdog: Watchdog
    providers: tuple[str, ...]  # the job's providers, in order: named, or chosen from remembered verdicts
    runs: dict[str, EarlyRun] = field(default_factory=dict)
    handed_over: bool = False  # the staging directory is the job's directory now; each run is its run's

    def kill(self) -> None:
        """Stop every CLI nobody adopted, and drop the staging directory if it never became the job's."""
        try:
            for run in self.runs.values():
                if not run.adopted and run.pid is not None:
                    run.kill()
                    self.watchdog.forget(run.pid)
        finally:
            if not self.handed_over:
                shutil.rmtree(self.staging, ignore_errors=True)


def providers_of(request: JobRequest, settings: Settings, registry: Registry, env: Mapping[str, str]) -> tuple[str, ...] | None:
    """The providers the early start would start, exactly as the engine would start them, or None when
    the engine must start the job (see the module docstring)."""
    if request.scope is not None or request.change is not None or request.check:
        return None
    if request.kind == "run" and request.access != "read-only":
        return None  # workspace-write: attempts plan worktrees first
    if nesting_depth(env) >= settings.max_depth or settings.max_jobs < 1:
        return None  # the engine refuses it, with its own message
    if not pidfds_work():
        return None
    try:
        ensure_jobs_root(settings.state_dir / "jobs")  # as JobManager does (the memo lives beside it); else it reports
    except StateDirError:
        return None
    binaries = choice.installed(registry, env)
    if request.providers:
        providers = tuple(request.providers)
        if any(name not in binaries for name in providers):
            return None  # the engine reports the missing CLI
    else:
        # No provider named: the engine's default choice, when it needs no probe — every installed CLI has a
        # verdict remembered from a recent one (the headless client is nobody's own CLI).
        remembered = choice.remembered(ProbeMemo(settings.state_dir, settings.probe_ttl_seconds), registry, binaries,
                                       env, nesting_depth(env))  # fmt: skip
        if set(remembered) != set(binaries):
            return None  # the engine probes those first
        providers = tuple(choice.choose(registry, remembered, None))
        if not providers:
            return None  # the engine says why
    return providers if len(providers) <= settings.max_processes else None


def prestart(request: JobRequest, settings: Settings, registry: Registry, env: Mapping[str, str]) -> EarlyJob | None:
    """Start the job's CLIs now, or None when the engine must start them (see `providers_of`)."""
    providers = providers_of(request, settings, registry, env)
    if providers is None:
        return None
    job_id = new_job_id()
    jobs_root = settings.state_dir / "jobs"
    prompt = request.prompt.encode("utf-8")
    try:
        staging = stage(jobs_root, job_id, prompt)
    except OSError as exc:
        log.warning("starting the CLIs before the engine: %s; the engine starts them", exc)
        return None  # nothing started: the engine creates the job (and says what is wrong, if anything)
    early = EarlyJob(job_id, staging, Watchdog(), providers)
    depth = nesting_depth(env)
    access = "read-only" if request.kind == "review" else request.access
    try:
        for name in providers:
            manifest = registry.manifests[name]
            binary = find_binary(manifest, env.get("PATH"))
            assert binary is not None
            run_request = provider_run_request(
                manifest=manifest,
                provider=name,
                binary=binary,
                cwd=request.repo,
                access=access,
                job_id=job_id,
                model=request.models.get(name),
                session_id=request.resume.get(name),
                parent_env=env,
                depth=depth,
                timeout_seconds=request.timeout_seconds,
                stall_seconds=request.stall_seconds,
                settings=settings,
                artifacts=ArtifactPaths.in_dir(jobs_root / job_id, name),
                # As the manager builds it at the run's start: the prompt as stored, in the job's repo.
                stdin=build_prompt(replace(request, prompt=prompt.decode("utf-8")), name).encode("utf-8"),
            )
            run = early.runs[name] = start_early(run_request, early.staging)
            if run.pid is not None:
                early.watchdog.watch(run.pid, run.leader_start, run.marker)  # this process killed -9: it kills them
    except BaseException as exc:
        early.kill()
        early.watchdog.close()
        if not isinstance(exc, OSError):
            raise
        # A log that could not be created (the disk, the state directory changed under us): what was
        # started is stopped already, milliseconds in; the engine starts the job and reports what it finds.
        log.warning("starting the CLIs before the engine: %s; the engine starts them", exc)
        return None
    return early

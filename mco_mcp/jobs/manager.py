"""Jobs in flight: one task per provider run, all in parallel (wait-all), bounded by a process cap.

A job lives in the manager's task group, not in the tool call that started it: a host that stops
waiting (a timeout, `notifications/cancelled`) leaves the job running; only `cancel` stops it.

Nothing a job does may take the server down: the manager's task group dies with any exception that
reaches it, and with it every other job. So each piece of background work (a job, a provider run, the
findings, the synthesis, a persist, housekeeping) has one boundary that turns an unexpected exception into
a visible failure of that piece (a note in the job, a log line) and goes on.

A job moves queued → running → finishing → done. "finishing" starts when every run has ended and the
final state is being decided and written; a `cancel` that lands then gets "already finished", never a
success that leaves the job `completed`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import anyio
from anyio.abc import TaskGroup

from mco_mcp.adapters.env import child_env, nesting_depth, redact
from mco_mcp.adapters.manifest import Manifest, Registry
from mco_mcp.adapters.parsers import make_parser
from mco_mcp.adapters.follow import InotifyHub
from mco_mcp.adapters.process import Watchdog
from mco_mcp.adapters.runner import LiveProcess, ProcessRequest, run_process
from mco_mcp.errors import InputError, RecursionRefused, UnknownJob, UnreadableJob
from mco_mcp.jobs.outcome import decide_run, job_state, live_summary, summarize, total_usage, truncate, write_text
from mco_mcp.jobs.prompt import build_prompt
from mco_mcp.jobs.recovery import recover, recover_orphans
from mco_mcp.jobs.request import JobRequest
from mco_mcp.jobs.selection import ProviderSelector
from mco_mcp.jobs.store import PROMPT_FILE, JobRecord, JobStore, Owner, ProcessRecord, new_job_id, utc_now
from mco_mcp.scope import job as scope_hooks
from mco_mcp.attempts import job as attempts_hooks  # [attempts] each writer's own worktree (issue 17)
from mco_mcp.models import (
    Access,
    TERMINAL_JOB_STATES,
    Artifacts,
    ErrorInfo,
    Job,
    ProviderInfo,
    ProviderRun,
    Synthesis,
)
from mco_mcp.settings import Settings

log = logging.getLogger("mco_mcp.jobs")

ProgressCallback = Callable[[Job], Awaitable[None]]


@dataclass
class LiveRun:
    run: ProviderRun
    manifest: Manifest
    binary: str | None
    # None: built from the prompt file when the run starts, so a queued job holds no prompt in memory.
    prompt: bytes | None
    access: Access = "read-only"
    session_id: str | None = None
    tag: str = ""  # artifact file-name suffix, e.g. ".synthesis"
    live: LiveProcess = field(default_factory=LiveProcess)
    scope: anyio.CancelScope | None = None
    cancel_reason: str | None = None
    started_at: float | None = None
    ended_at: float | None = None
    full_text: str = ""
    ended: anyio.Event = field(default_factory=anyio.Event)


@dataclass
class LiveJob:
    record: JobRecord
    request: JobRequest
    runs: dict[str, LiveRun]
    started_at: float
    done: anyio.Event = field(default_factory=anyio.Event)
    cancel_requested: bool = False
    write_lock: anyio.Lock = field(default_factory=anyio.Lock)
    client: str | None = None
    synthesis_run: LiveRun | None = None
    extra_runs: list[LiveRun] = field(default_factory=list)  # the cross-examination's runs
    finishing: bool = False  # every run has ended; the final state is being decided and written

    @property
    def job(self) -> Job:
        return self.record.job


class JobManager:
    def __init__(
        self,
        settings: Settings,
        registry: Registry,
        *,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.registry = registry
        self.env = dict(os.environ if env is None else env)
        self.store = JobStore(settings.state_dir)
        self.depth = nesting_depth(self.env)
        self.selector = ProviderSelector(settings, registry, self.env, self.depth, lambda: self._tg)
        self._limiter = anyio.CapacityLimiter(settings.max_processes)
        self._jobs: dict[str, LiveJob] = {}
        self._tg: TaskGroup | None = None
        self._owner = Owner.me()
        self._watchdog = Watchdog()
        self._housekeeping_started = False
        self._hub: InotifyHub | None = None

    # -- lifetime -----------------------------------------------------------------------------------

    async def __aenter__(self) -> JobManager:
        self.store.ensure()
        self._hub = InotifyHub()
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._hub.run)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        with anyio.CancelScope(shield=True):
            await self.shutdown("the mco-mcp server shut down")
        assert self._tg is not None
        self._tg.cancel_scope.cancel()  # what is left: background probes and prunes
        await self._tg.__aexit__(None, None, None)
        if self._hub is not None:
            self._hub.close()
        self._watchdog.close()

    async def shutdown(self, reason: str) -> None:
        """Cancel every running job, wait until each has stopped its processes and been written."""
        running = [lj for lj in self._jobs.values() if not lj.done.is_set()]
        for lj in running:
            self._request_cancel(lj, None, reason)
        for lj in running:
            await lj.done.wait()

    def _start_housekeeping(self) -> None:
        """Once, on the first job or listing: recover earlier servers' orphans, drop temp files, prune.

        Not at start-up, where it would compete with the `initialize` answer for the CPU; it only touches
        jobs whose owner is dead, never one this server creates, and a single job of a dead server is
        settled whenever it is read (`_read_stored`).
        """
        if not self._housekeeping_started and self._tg is not None:
            self._housekeeping_started = True
            self._tg.start_soon(anyio.to_thread.run_sync, self._housekeeping)

    def _housekeeping(self) -> None:
        # Each step on its own: a tampered state directory costs that step (logged), never the server.
        steps: list[tuple[str, Callable[[], object]]] = [
            ("recovering the jobs of a dead server", lambda: recover_orphans(self.store)),
            ("removing stale temp files", self.store.remove_stale_temp_files),
            ("removing the review worktrees of ended jobs",
             lambda: scope_hooks.remove_stale_worktrees(self.store.root, set(self._jobs))),
            ("pruning old jobs", lambda: self.store.prune(self.settings.keep_jobs, self.settings.keep_days, protect=set(self._jobs))),
            ("removing the attempts of ended or pruned jobs",  # [attempts]
             lambda: attempts_hooks.housekeep(self.store, set(self._jobs))),
        ]
        for what, step in steps:
            try:
                step()
            except Exception:  # the boundary for housekeeping (see the module docstring)
                log.exception("housekeeping failed while %s; it will be tried again at the next start", what)

    def _read_stored(self, job_id: str) -> JobRecord:
        record = self.store.read(job_id)
        try:
            recover(self.store, record)  # a job of a dead server is settled before anyone sees it
        except Exception as exc:  # e.g. a document that cannot be rewritten: show it as it is
            log.exception("could not settle job %s of a dead server", job_id)
            raise UnreadableJob(job_id, f"it belonged to a dead server and could not be settled ({exc!r})") from exc
        return record

    # -- providers ----------------------------------------------------------------------------------

    def binary_for(self, manifest: Manifest) -> str | None:
        return self.selector.binary_for(manifest)

    def _own_provider(self, client: str | None) -> str | None:
        return self.selector.own_provider(client)

    async def provider_infos(self, client: str | None) -> list[ProviderInfo]:
        return await self.selector.provider_infos(client)

    # -- jobs ---------------------------------------------------------------------------------------

    async def start(self, request: JobRequest, client: str | None = None) -> LiveJob:
        if self.depth >= self.settings.max_depth:
            raise RecursionRefused(
                f"refused: this mco-mcp server runs inside a CLI that mco-mcp launched (nesting depth "
                f"{self.depth}, MCO_MCP_MAX_DEPTH={self.settings.max_depth}); answer the task yourself"
            )
        in_flight = sum(not lj.done.is_set() for lj in self._jobs.values())
        if in_flight >= self.settings.max_jobs:
            raise InputError(
                f"too many jobs in flight: {in_flight} queued or running (MCO_MCP_MAX_JOBS={self.settings.max_jobs}); "
                "wait for some to finish (`status`) or `cancel` them"
            )
        self._start_housekeeping()
        providers = request.providers or await self.selector.default_providers(client)
        job_id = new_job_id()
        request = await scope_hooks.prepare(request, self.store.job_dir(job_id), self.settings)  # git change, if any
        request = await attempts_hooks.prepare(request, job_id, providers, self.settings)  # [attempts] writers' worktrees
        now = utc_now()
        runs = {}
        access: Access = "read-only" if request.kind == "review" else request.access
        for name in providers:
            manifest = self.registry.manifests[name]
            focus = request.roles.get(name)
            run = ProviderRun(
                provider=name,
                model=request.models.get(name) or (manifest.model.default if manifest.model else None),
                focus=focus.name if focus else None,
            )
            runs[name] = LiveRun(
                run=run,
                manifest=manifest,
                binary=self.binary_for(manifest),
                prompt=None,
                access=access,
                session_id=request.resume.get(name),
            )
        encoded = request.prompt.encode("utf-8")
        record = JobRecord(
            job=Job(
                job_id=job_id,
                kind=request.kind,
                state="queued",
                repo=str(request.repo),
                access=request.access,
                created_at=now,
                updated_at=now,
                providers=[lr.run for lr in runs.values()],
                findings=[] if request.kind == "review" else None,
                summary=f"{request.kind} {job_id}: queued for {', '.join(providers)}",
            ),
            owner=self._owner,
            prompt_sha256=hashlib.sha256(encoded).hexdigest(),
            prompt_bytes=len(encoded),
        )
        scope_hooks.describe(record.job, request)
        if scope_hooks.nothing_to_review(request):  # an empty diff: done at once, no CLI started
            record = scope_hooks.empty_record(record)
            runs = {}
        # The prompt lives in the job's directory until a run starts: queued jobs hold none of it in memory.
        lj = LiveJob(record=record, request=replace(request, prompt=""), runs=runs, started_at=anyio.current_time(), client=client)
        job_dir = await anyio.to_thread.run_sync(self.store.create, record.model_copy(deep=True), encoded)
        del encoded
        if not runs:
            lj.done.set()
            return lj
        self._jobs[job_id] = lj
        assert self._tg is not None
        self._tg.start_soon(self._run_job, lj, job_dir)
        return lj

    async def _run_job(self, lj: LiveJob, job_dir: Path) -> None:
        try:
            await scope_hooks.enter(lj)  # a head that is not checked out: its temporary worktree
            await attempts_hooks.enter(lj)  # [attempts] each writer's own worktree
            async with anyio.create_task_group() as tg:
                for lr in lj.runs.values():
                    tg.start_soon(self._run_provider, lj, lr, job_dir)
            if lj.request.kind == "review":
                await self._guarded(lj, "extracting and merging the findings", self._collect_findings(lj))
                from mco_mcp.jobs import crossexam

                await self._guarded(lj, "the cross-examination", crossexam.after_findings(self, lj, job_dir))
                if lj.request.synthesize and not lj.cancel_requested:
                    await self._guarded(lj, "the synthesis", self._synthesize(lj, job_dir))
        except Exception as exc:  # the boundary for a whole job (see the module docstring)
            log.exception("job %s failed inside mco-mcp", lj.job.job_id)
            lj.job.notes.append(f"mco-mcp internal error while running the job: {exc!r}")
        finally:
            with anyio.CancelScope(shield=True):
                lj.finishing = True  # from here a cancel is answered "already finished"
                await scope_hooks.leave(lj)  # the worktree goes on every way out, before the job reads as ended
                await attempts_hooks.leave(lj)  # [attempts] keep or remove each attempt, drop the locks
                job = lj.job
                job.state = job_state([lr.run for lr in lj.runs.values()], lj.cancel_requested)
                extra = [lj.synthesis_run.run] if lj.synthesis_run is not None else []
                extra += [lr.run for lr in lj.extra_runs]
                job.usage = total_usage([lr.run for lr in lj.runs.values()] + extra)
                job.summary = summarize(job)
                await self._persist_quietly(lj)
                lj.done.set()
                # Finished jobs are read back from disk: a long-lived server holds only what runs.
                for lr in lj.runs.values():
                    lr.full_text = ""
                self._jobs.pop(job.job_id, None)

    async def _run_provider(self, lj: LiveJob, lr: LiveRun, job_dir: Path) -> None:
        try:
            await self._run_provider_inner(lj, lr, job_dir)
            await attempts_hooks.after_run(lj, lr, job_dir, self.env)  # [attempts] check, then the patch
        except Exception as exc:  # the boundary that keeps one provider's bug from failing the others
            log.exception("provider %s of job %s failed inside mco-mcp", lr.manifest.name, lj.job.job_id)
            lr.run.state = "failed"
            lr.run.error = ErrorInfo(kind="cli_error", message=f"mco-mcp internal error: {exc!r}")
            with anyio.CancelScope(shield=True):
                await self._persist_quietly(lj)
        finally:
            lr.ended_at = lr.ended_at or anyio.current_time()
            lr.ended.set()

    async def _run_provider_inner(self, lj: LiveJob, lr: LiveRun, job_dir: Path) -> None:
        run, manifest = lr.run, lr.manifest
        name = manifest.name
        files = f"{name}{lr.tag}"
        if lr.binary is None:
            run.state = "unavailable"
            run.error = ErrorInfo(kind="not_installed", message=f"`{manifest.binary}` was not found on PATH")
            await self._persist(lj)
            return
        req = lj.request
        stdout_path, stderr_path = job_dir / f"{files}.stdout.log", job_dir / f"{files}.stderr.log"
        run.artifacts = Artifacts(stdout=str(stdout_path), stderr=str(stderr_path))
        access = lr.access
        cwd = attempts_hooks.workdir(lj, name)  # [attempts] a writer's own worktree, else the repo
        env = child_env(
            self.env,
            strip=manifest.env.strip,
            set_vars={**manifest.env.set, **manifest.access[access].env},
            depth=self.depth,
        )
        argv = manifest.build_argv(
            binary_path=lr.binary,
            repo=str(cwd),  # [attempts]
            access=access,
            job_id=lj.job.job_id,
            model=req.models.get(name),
            session_id=lr.session_id,
            env=env,  # where the CLI will look for its own config (e.g. CODEX_HOME), as the child sees it
        )
        parser = make_parser(manifest.parser)

        def on_spawn(live: LiveProcess) -> None:
            assert live.pid is not None and self._tg is not None
            lj.record.processes[files] = ProcessRecord(pgid=live.pid, start_time=live.start_time, marker=live.marker)
            self._watchdog.watch(live.pid, live.start_time, live.marker)
            self._tg.start_soon(self._persist_quietly, lj)  # a server killed -9 from here on can still be cleaned up

        lr.live.on_spawn = on_spawn
        outcome = None
        with anyio.CancelScope() as scope:
            lr.scope = scope
            if lr.cancel_reason is not None:
                scope.cancel()
            async with self._limiter:
                run.state = "running"
                if lj.job.state == "queued":
                    lj.job.state = "running"
                lr.started_at = anyio.current_time()
                stdin = lr.prompt if lr.prompt is not None else await self._provider_prompt(lj, name, job_dir)
                process_request = ProcessRequest(
                    argv=argv,
                    cwd=cwd,  # [attempts]
                    env=env,
                    stdin=stdin,
                    stdout_path=stdout_path,
                    stderr_path=stderr_path,
                    timeout_seconds=req.timeout_seconds,
                    stall_seconds=req.stall_seconds,
                    kill_grace_seconds=self.settings.kill_grace_seconds,
                    max_output_bytes=self.settings.max_output_bytes,
                )
                assert self._hub is not None
                outcome = await run_process(process_request, parser, lr.live, self._hub)
        lr.ended_at = anyio.current_time()
        if lj.record.processes.pop(files, None) is not None and lr.live.pid is not None:
            self._watchdog.forget(lr.live.pid)
        parsed = parser.finish(outcome.exit_code if outcome else None, outcome.stderr_tail if outcome else "")
        decision = decide_run(outcome, parsed, req, cancel_reason=lr.cancel_reason)
        run.state, run.error, run.exit_code = decision.state, decision.error, decision.exit_code
        if run.error is not None:
            run.error.message = redact(run.error.message, self.env)
        run.session_id = parsed.session_id
        run.usage = parsed.usage
        # What a CLI echoes of our environment's secrets never reaches a tool result or a job document.
        lr.full_text = redact(parsed.final_text, self.env)
        if lr.full_text:
            final_path = job_dir / f"{files}.final.txt"
            await anyio.to_thread.run_sync(write_text, final_path, lr.full_text)
            run.artifacts.final = str(final_path)  # type: ignore[union-attr]
        run.final_text, run.truncated = truncate(lr.full_text, self.settings.output_budget)
        self._refresh_run(lr)
        # The last run of a `run` job is written with the job's final document, right after: one fsync less
        # between the slowest provider's exit and the answer. A review merges findings first: write now.
        if lj.request.kind == "review" or any(other.ended_at is None for other in lj.runs.values()) or lr.tag:
            await self._persist(lj)

    async def _synthesize(self, lj: LiveJob, job_dir: Path) -> None:
        """One more read-only pass by one provider over the merged findings; its failure fails nothing."""
        from mco_mcp.jobs.synthesis import choose_synthesizer, synthesis_prompt

        request, job = lj.request, lj.job
        name = choose_synthesizer(request.synthesizer, job, self._own_provider(lj.client))
        if name is None:
            job.synthesis = Synthesis(provider="-", state="unavailable", error=ErrorInfo(
                kind="not_installed", message="no provider succeeded that is not the calling agent's own CLI"))
            return
        manifest = self.registry.manifests[name]
        answers = {n: r.full_text for n, r in lj.runs.items() if r.run.state == "succeeded"}
        original = (await anyio.to_thread.run_sync(self.store.read_file, job.job_id, PROMPT_FILE)).decode("utf-8")
        lr = LiveRun(
            run=ProviderRun(provider=name, model=request.models.get(name)),
            manifest=manifest,
            binary=self.binary_for(manifest),
            prompt=synthesis_prompt(original, job, answers).encode("utf-8"),
            tag=".synthesis",
        )
        lj.synthesis_run = lr
        await self._run_provider(lj, lr, job_dir)
        job.synthesis = Synthesis(
            provider=name,
            state=lr.run.state,
            text=lr.full_text or None,
            error=lr.run.error,
            elapsed_seconds=lr.run.elapsed_seconds,
            session_id=lr.run.session_id,
            usage=lr.run.usage,
        )

    async def _collect_findings(self, lj: LiveJob) -> None:
        from mco_mcp.findings import findings_from_answers  # imported on first review, not at start-up

        answers = {name: lr.full_text for name, lr in lj.runs.items() if lr.run.state == "succeeded"}
        findings, dropped, counts = await anyio.to_thread.run_sync(findings_from_answers, answers, lj.request.repo)
        for finding in findings:
            for variant in finding.variants:
                focus = lj.request.roles.get(variant.provider)
                variant.focus = focus.name if focus else None
        lj.job.findings = findings
        for name, lr in lj.runs.items():
            if name in answers:
                lr.run.findings_count = counts.get(name, 0)
                lr.run.dropped_findings = dropped.get(name, [])
        scope_hooks.mark_findings(lj)

    # -- reading and cancelling ----------------------------------------------------------------------

    def _refresh_run(self, lr: LiveRun) -> None:
        run, now = lr.run, anyio.current_time()
        run.output_bytes = lr.live.output_bytes
        if lr.started_at is not None:
            end = lr.ended_at if lr.ended_at is not None else now
            run.elapsed_seconds = round(end - lr.started_at, 3)
            last = lr.live.last_output_at or lr.started_at
            run.idle_seconds = round(max(0.0, end - last), 3)

    def snapshot(self, job_id: str) -> Job:
        lj = self._jobs.get(job_id)
        if lj is None:
            return self._read_stored(job_id).job
        if lj.done.is_set():
            return lj.job.model_copy(deep=True)
        for lr in lj.runs.values():
            self._refresh_run(lr)
        # The live job's state is only ever set by the job itself (never here): a `status` racing the
        # job's last write must not turn a finished job back into a running one.
        job = lj.job.model_copy(deep=True)
        job.elapsed_seconds = round(anyio.current_time() - lj.started_at, 3)
        if job.state not in TERMINAL_JOB_STATES:
            job.state = job_state(job.providers, lj.cancel_requested, finished=False)
            job.summary = live_summary(job)
        return job

    def list_jobs(self, limit: int = 20, unreadable: list[UnreadableJob] | None = None) -> list[Job]:
        """The `limit` most recent jobs; a stored job that cannot be read is skipped (and put in `unreadable`)."""
        self._start_housekeeping()
        ids = sorted(set(self.store.job_ids()) | set(self._jobs), reverse=True)[:limit]
        jobs = []
        for job_id in ids:
            try:
                jobs.append(self.snapshot(job_id))
            except UnreadableJob as exc:
                log.warning("skipping a stored job: %s", exc)
                if unreadable is not None:
                    unreadable.append(exc)
            except UnknownJob:
                continue  # removed meanwhile (pruned)
        return jobs

    async def wait(self, job_id: str, wait_seconds: float, on_progress: ProgressCallback | None = None) -> Job:
        """Wait up to `wait_seconds` for the job to end, reporting progress; the job is not affected."""
        lj = self._jobs.get(job_id)
        if lj is None:
            return self.snapshot(job_id)  # a job of an earlier server: finished or recovered
        deadline = anyio.current_time() + wait_seconds
        if on_progress is not None:
            await on_progress(self.snapshot(job_id))
        while not lj.done.is_set():
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                break
            with anyio.move_on_after(min(remaining, self.settings.progress_interval)):
                await lj.done.wait()
            if on_progress is not None and not lj.done.is_set():
                await on_progress(self.snapshot(job_id))
        return self.snapshot(job_id)

    async def cancel(self, job_id: str, providers: list[str] | None = None) -> Job:
        lj = self._jobs.get(job_id)
        if lj is None:
            record = self._read_stored(job_id)
            if record.job.state == "cancelled":
                return record.job
            if record.job.state not in TERMINAL_JOB_STATES:
                raise InputError(
                    f"job {job_id} is run by another mco-mcp server (pid {record.owner.pid}); cancel it there"
                )
            raise InputError(f"job {job_id} already finished ({record.job.state}); there is nothing to cancel")
        if lj.finishing:
            # Every run has ended and the final state is decided: wait for it to be written, then answer as
            # for a finished job (one defined answer for a cancel racing the end of a job).
            with anyio.CancelScope(shield=True):
                await lj.done.wait()
            if lj.job.state == "cancelled":
                return self.snapshot(job_id)
            raise InputError(f"job {job_id} already finished ({lj.job.state}); there is nothing to cancel")
        for name in providers or ():
            if name not in lj.runs:
                raise InputError(f"job {job_id} has no provider {name!r}; it runs {', '.join(lj.runs)}")
        self._request_cancel(lj, providers, "cancelled by the cancel tool")
        with anyio.CancelScope(shield=True):
            if providers:
                for name in providers:
                    await lj.runs[name].ended.wait()
            else:
                await lj.done.wait()
        return self.snapshot(job_id)

    def _request_cancel(self, lj: LiveJob, providers: list[str] | None, reason: str) -> None:
        if not providers:
            lj.cancel_requested = True
            for extra in [lj.synthesis_run, *lj.extra_runs]:
                if extra is not None:
                    extra.cancel_reason = extra.cancel_reason or reason
                    if extra.scope is not None:
                        extra.scope.cancel()
        for name, lr in lj.runs.items():
            if providers and name not in providers:
                continue
            if lr.cancel_reason is None:
                lr.cancel_reason = reason
            if lr.scope is not None:
                lr.scope.cancel()

    async def _guarded(self, lj: LiveJob, what: str, work: Awaitable[None]) -> None:
        """Run one step of finishing a job; its failure becomes a note in the job, never the server's end."""
        try:
            await work
        except Exception as exc:  # the boundary for one finishing step (see the module docstring)
            log.exception("job %s: %s failed inside mco-mcp", lj.job.job_id, what)
            lj.job.notes.append(f"{what} failed inside mco-mcp: {exc!r}")

    async def _provider_prompt(self, lj: LiveJob, provider: str, job_dir: Path) -> bytes:
        """The text a provider gets on stdin, built when its run starts from the prompt kept on disk."""
        raw = await anyio.to_thread.run_sync(self.store.read_file, lj.job.job_id, PROMPT_FILE)
        repo = attempts_hooks.workdir(lj, provider)  # [attempts] paths are named in the writer's own worktree
        return build_prompt(replace(lj.request, prompt=raw.decode("utf-8"), repo=repo), provider).encode("utf-8")

    async def _persist_quietly(self, lj: LiveJob) -> None:
        """Persist from background work: a failed write is logged (the next write tries again), never raised."""
        try:
            await self._persist(lj)
        except Exception:  # the boundary for background persistence (see the module docstring)
            log.exception("could not write the document of job %s", lj.job.job_id)

    async def _persist(self, lj: LiveJob) -> None:
        async with lj.write_lock:
            for lr in lj.runs.values():
                self._refresh_run(lr)
            lj.job.updated_at = utc_now()
            lj.job.elapsed_seconds = round(anyio.current_time() - lj.started_at, 3)
            data = lj.record.model_copy(deep=True)
            await anyio.to_thread.run_sync(self.store.write, data)


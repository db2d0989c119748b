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
import json
import logging
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import anyio
from anyio.abc import TaskGroup

from mco_mcp.adapters.env import nesting_depth
from mco_mcp.adapters.manifest import Registry
from mco_mcp.errors import InputError, RecursionRefused, UnknownJob, UnreadableJob
from mco_mcp.execute import ArtifactPaths, InotifyHub, LiveProcess, RunRequest, Watchdog, execute
from mco_mcp.execute.batch import ThreadBatcher
from mco_mcp.execute.children import use_pidfd_child_watcher
from mco_mcp.jobs.command import provider_run_request
from mco_mcp.jobs.live import LiveJob, LiveRun, Phase, SharedRead, brief, listed, listed_json, provider_run
from mco_mcp.jobs.prestart import EarlyJob
from mco_mcp.jobs.outcome import job_state, total_usage
from mco_mcp.jobs.prompt import build_prompt
from mco_mcp.jobs.housekeeping import housekeep
from mco_mcp.jobs.recovery import recover
from mco_mcp.jobs.request import JobRequest
from mco_mcp.jobs.selection import ProviderSelector
from mco_mcp.jobs.store import PROMPT_FILE, JobRecord, JobStore, Owner, ProcessRecord, new_job_id, utc_now
from mco_mcp.models import TERMINAL_JOB_STATES, Access, Artifacts, ErrorInfo, Job
from mco_mcp.scope import job as scope_hooks
from mco_mcp.attempts import job as attempts_hooks  # [attempts] each writer's own worktree (issue 17)
from mco_mcp.settings import Settings

_T = TypeVar("_T")
log = logging.getLogger("mco_mcp.jobs")

ProgressCallback = Callable[[Job], Awaitable[None]]

# Finished jobs kept in memory whole (a `status` of one is answered without reading or copying anything),
# and as listed (without final texts and findings): enough for any listing of the stored jobs. A listed job
# is kept as its JSON text, serialised once: one object for the garbage collector to walk instead of a few
# hundred models, and a fresh dict for each listing from one C call.
_FINISHED_CACHE = 32
_LISTED_CACHE = 1024



class JobManager:
    def __init__(
        self,
        settings: Settings,
        registry: Registry,
        *,
        env: Mapping[str, str] | None = None,
        watchdog: Watchdog | None = None,
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
        # The headless CLI's early start hands over the watchdog it already told about its CLIs.
        self._watchdog = watchdog if watchdog is not None else Watchdog()
        self._housekeeping_started = False
        self._hub: InotifyHub | None = None
        self._finished: OrderedDict[str, Job] = OrderedDict()
        self._listed: OrderedDict[str, str] = OrderedDict()  # finished job id -> its listing entry, JSON
        # Creating jobs, reading prompts and writing drafts (no fsync): those arriving together (a storm of
        # `run` calls, five runs starting) share one worker-thread hop.
        self._files = ThreadBatcher()

    # -- lifetime -----------------------------------------------------------------------------------

    async def __aenter__(self) -> JobManager:
        use_pidfd_child_watcher()
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
        """Once, when the first CLI has started (or on the first listing): recover earlier servers' orphans,
        drop temp files, prune.

        Not at start-up, where it would compete with the `initialize` answer (or, headless, with starting
        the CLIs) for the CPU; it only touches
        jobs whose owner is dead, never one this server creates, and a single job of a dead server is
        settled whenever it is read (`_read_stored`).
        """
        if not self._housekeeping_started and self._tg is not None:
            self._housekeeping_started = True
            self._tg.start_soon(anyio.to_thread.run_sync, self._housekeeping)

    def _housekeeping(self) -> None:
        for job_id in housekeep(self.store, self.settings, set(self._jobs)):
            self._finished.pop(job_id, None)  # single dict operations: safe from this worker thread
            self._listed.pop(job_id, None)

    def _read_stored(self, job_id: str) -> JobRecord:
        record = self.store.read(job_id)
        try:
            recover(self.store, record)  # a job of a dead server is settled before anyone sees it
        except Exception as exc:  # e.g. a document that cannot be rewritten: show it as it is
            log.exception("could not settle job %s of a dead server", job_id)
            raise UnreadableJob(job_id, f"it belonged to a dead server and could not be settled ({exc!r})") from exc
        return record

    # -- jobs ---------------------------------------------------------------------------------------

    async def start(self, request: JobRequest, client: str | None = None, early: EarlyJob | None = None) -> LiveJob:
        """Create the job and start its runs. `early`: the job's CLIs, already started by the headless CLI
        before the engine was loaded (jobs/prestart.py), with its id and staging directory: they are
        adopted (and killed, should anything here fail before they are)."""
        try:
            return await self._start(request, client, early)
        finally:
            if early is not None and not early.handed_over:
                early.kill()

    async def _start(self, request: JobRequest, client: str | None, early: EarlyJob | None) -> LiveJob:
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
        if early is None:
            providers = request.providers or await self.selector.default_providers(client)
        else:  # started already: named, or chosen by the selector's rule from remembered verdicts (jobs/choice.py)
            if request.providers and tuple(request.providers) != early.providers or set(early.runs) != set(early.providers):
                raise ValueError(f"the CLIs started early ({sorted(early.runs)}) are not the job's ({request.providers})")
            providers = early.providers
            if not request.providers:
                await self.selector.reprobe_not_ready(self.selector.remembered())  # as default_providers does
        job_id = new_job_id() if early is None else early.job_id
        request = await scope_hooks.prepare(request, self.store.job_dir(job_id), self.settings)  # git change, if any
        request = await attempts_hooks.prepare(request, job_id, providers, self.settings)  # [attempts] writers' worktrees
        now = utc_now()
        access: Access = "read-only" if request.kind == "review" else request.access
        runs: dict[str, LiveRun] = {}
        for name in providers:
            manifest = self.registry.manifests[name]
            focus = request.roles.get(name)
            runs[name] = LiveRun(
                provider=name,
                manifest=manifest,
                binary=self.selector.binary_for(manifest),
                model=request.models.get(name) or (manifest.model.default if manifest.model else None),
                focus=focus.name if focus else None,
                access=access,
                session_id=request.resume.get(name),
                early=early.runs[name] if early is not None else None,
            )
        encoded = request.prompt.encode("utf-8")
        header = Job(
            job_id=job_id,
            kind=request.kind,
            state="queued",
            repo=str(request.repo),
            access=request.access,
            created_at=now,
            updated_at=now,
            providers=[lr.queued_document() for lr in runs.values()],
            findings=[] if request.kind == "review" else None,
            summary=f"{request.kind} {job_id}: queued for {', '.join(providers)}",
        )
        scope_hooks.describe(header, request)
        record = JobRecord(
            job=header, owner=self._owner, prompt_sha256=hashlib.sha256(encoded).hexdigest(), prompt_bytes=len(encoded)
        )
        if scope_hooks.nothing_to_review(request):  # an empty diff: done at once, no CLI started
            record = scope_hooks.empty_record(record)
            runs = {}
        # The prompt lives in the job's directory until a run starts: queued jobs hold none of it in memory.
        lj = LiveJob(
            header=record.job,
            request=replace(request, prompt=""),
            runs=runs,
            # An early-started job began when its first CLI did (asyncio's clock is time.monotonic).
            started_at=min((r.spawned_at for r in early.runs.values()), default=anyio.current_time())
            if early is not None
            else anyio.current_time(),
            owner=self._owner,
            prompt_sha256=record.prompt_sha256,
            prompt_bytes=record.prompt_bytes,
            client=client,
            findings=record.job.findings,
        )
        staging = early.staging if early is not None else None
        job_dir = await self._files.run(partial(self.store.create, record, encoded, staging))
        if early is not None:
            early.handed_over = True  # each run's CLI is adopted, or killed, by its run_provider
        del encoded
        if not runs:
            lj.final_state, lj.final = record.job.state, record.job
            lj.advance(Phase.FINISHING)
            self._finish(lj)
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
                    tg.start_soon(self.run_provider, lj, lr, job_dir)
            if lj.request.kind == "review":
                from mco_mcp.jobs import crossexam, review_steps  # imported on the first review, not at start-up

                await self.guarded(lj, "extracting and merging the findings", review_steps.collect_findings(self, lj, job_dir))
                await self.guarded(lj, "the cross-examination", crossexam.after_findings(self, lj, job_dir))
                if lj.request.synthesize and not lj.cancel_requested:
                    await self.guarded(lj, "the synthesis", review_steps.synthesize(self, lj, job_dir))
        except Exception as exc:  # the boundary for a whole job (see the module docstring)
            log.exception("job %s failed inside mco-mcp", lj.job_id)
            lj.notes.append(f"mco-mcp internal error while running the job: {exc!r}")
        finally:
            for lr in lj.runs.values():
                if lr.early is not None:  # the job failed before this run began: its early CLI goes
                    lr.early.kill()
                    lr.early = None
            with anyio.CancelScope(shield=True):
                lj.advance(Phase.FINISHING)  # from here a cancel is answered "already finished"
                await scope_hooks.leave(lj)  # the worktree goes on every way out, before the job reads as ended
                await attempts_hooks.leave(lj)  # [attempts] keep or remove each attempt, drop the locks
                now = anyio.current_time()
                runs = [lr.render(now) for lr in lj.runs.values()]
                extra = [lj.synthesis_run.render(now)] if lj.synthesis_run is not None else []
                extra += [lr.render(now) for lr in lj.extra_runs]
                lj.usage = total_usage(runs + extra)
                lj.final_state = job_state(runs, lj.cancel_requested)
                lj.updated_at = utc_now()
                lj.final = lj.render(now)  # rendered once: what is written is what every `status` returns
                self._start_housekeeping()
                await self._persist_quietly(lj, durable=True)
                self._finish(lj)

    def _finish(self, lj: LiveJob) -> None:
        """The job is done: its document cached, and the working state let go."""
        assert lj.final is not None
        lj.advance(Phase.DONE)
        lj.done.set()
        self._remember(lj.final)
        for lr in lj.runs.values():
            lr.full_text = ""
        self._jobs.pop(lj.job_id, None)

    def _remember(self, job: Job) -> None:
        self._finished[job.job_id] = job
        self._finished.move_to_end(job.job_id)
        while len(self._finished) > _FINISHED_CACHE:
            self._finished.popitem(last=False)
        self._listed[job.job_id] = listed_json(job)
        while len(self._listed) > _LISTED_CACHE:
            self._listed.popitem(last=False)

    async def run_provider(self, lj: LiveJob, lr: LiveRun, job_dir: Path) -> None:
        """Run one provider of the job (a reviewer, or one more run: synthesis, examiner, adjudicator) through
        the one door; whatever goes wrong inside mco-mcp fails that run only."""
        try:
            await self._run_provider_inner(lj, lr, job_dir)
            await attempts_hooks.after_run(lj, lr, job_dir, self.env)  # [attempts] the patch, then the check
        except Exception as exc:  # the boundary that keeps one provider's bug from failing the others
            log.exception("provider %s of job %s failed inside mco-mcp", lr.provider, lj.job_id)
            lr.end("failed", ErrorInfo(kind="cli_error", message=f"mco-mcp internal error: {exc!r}"))
        finally:
            if lr.document is None:  # cancelled while queued (or by the server going down)
                reason = lr.cancel_reason or "cancelled"
                lr.end("cancelled", ErrorInfo(kind="cancelled", message=reason))
            if lr.early is not None:
                lr.early.kill()  # never adopted (cancelled first, or failed before): it does not run on
                lr.early = None
            lr.ended.set()
            if not _final_write_next(lj):
                self.changed(lj)

    def _run_request(self, lj: LiveJob, lr: LiveRun, job_dir: Path, stdin: bytes) -> RunRequest:
        """A provider run's request, from the job (see jobs/command.py: the one place it is put together)."""
        assert lr.binary is not None
        return provider_run_request(
            manifest=lr.manifest,
            provider=lr.provider,
            binary=lr.binary,
            cwd=attempts_hooks.workdir(lj, lr.provider),  # [attempts] a writer's own worktree, else the repo
            access=lr.access,
            job_id=lj.job_id,
            model=lj.request.models.get(lr.provider),
            session_id=lr.session_id,
            parent_env=self.env,
            depth=self.depth,
            timeout_seconds=lj.request.timeout_seconds,
            stall_seconds=lj.request.stall_seconds,
            settings=self.settings,
            artifacts=ArtifactPaths.in_dir(job_dir, f"{lr.provider}{lr.tag}"),
            stdin=stdin,
        )

    async def _run_provider_inner(self, lj: LiveJob, lr: LiveRun, job_dir: Path) -> None:
        files = f"{lr.provider}{lr.tag}"
        if lr.binary is None:
            lr.end("unavailable", ErrorInfo(kind="not_installed", message=f"`{lr.manifest.binary}` was not found on PATH"))
            lj.advance(Phase.RUNNING)
            return

        def on_spawn(live: LiveProcess) -> None:
            assert live.pid is not None
            lj.processes[files] = ProcessRecord(pgid=live.pid, start_time=live.start_time, marker=live.marker)
            self._watchdog.watch(live.pid, live.start_time, live.marker)
            self.changed(lj)  # a server killed -9 from here on can still be cleaned up
            self._start_housekeeping()  # once a CLI runs: housekeeping reads the state directory, off its way

        lr.live.on_spawn = on_spawn
        with anyio.CancelScope() as scope:
            lr.scope = scope
            if lr.cancel_reason is not None:
                scope.cancel()
            async with self._limiter:
                # An adopted CLI's run began when it was started, before the engine was loaded.
                lr.started_at = lr.early.spawned_at if lr.early is not None else anyio.current_time()
                paths = ArtifactPaths.in_dir(job_dir, files)
                lr.artifacts = Artifacts(stdout=str(paths.stdout), stderr=str(paths.stderr))
                lj.advance(Phase.RUNNING)
                assert self._hub is not None
                if lr.early is not None:  # already running: the very request it was started from
                    outcome = await execute(lr.early.request, lr.live, self._hub, early=lr.early)
                else:
                    stdin = lr.prompt if lr.prompt is not None else await self._provider_prompt(lj, lr.provider, job_dir)
                    request = self._run_request(lj, lr, job_dir, stdin)
                    del stdin
                    outcome = await execute(request, lr.live, self._hub)
                if lj.processes.pop(files, None) is not None and lr.live.pid is not None:
                    self._watchdog.forget(lr.live.pid)
                lr.full_text = outcome.final_text
                lr.document = provider_run(lr, outcome, self.settings.output_budget)

    # -- reading and cancelling ----------------------------------------------------------------------

    def snapshot(self, job_id: str) -> Job:
        """The job's document now. Do not mutate it: a finished job's is shared by every caller."""
        lj = self._jobs.get(job_id)
        if lj is not None:
            # Rendered, never written here: a `status` racing the job's last write cannot change what it writes.
            return lj.render(anyio.current_time())
        cached = self._finished.get(job_id)
        if cached is not None:
            self._finished.move_to_end(job_id)
            return cached
        job = self._read_stored(job_id).job
        if job.state in TERMINAL_JOB_STATES:
            self._remember(job)  # a finished job never changes again
        return job

    def _listed_json(self, job_id: str) -> str:
        """A job that is not running here, as a listing shows it (JSON); a finished one from the cache."""
        cached = self._listed.get(job_id)
        if cached is not None:
            return cached
        job = self.snapshot(job_id)  # remembers a finished job (and its listing entry)
        return self._listed.get(job_id) or listed_json(job)

    def _recent(
        self, limit: int, unreadable: list[UnreadableJob] | None, stored: Callable[[str], _T]
    ) -> list[tuple[str, LiveJob | None, _T | None]]:
        """The `limit` most recent jobs: (id, the live job, or `stored(id)` for a job not running here); a
        stored job that cannot be read is skipped (and put in `unreadable`)."""
        self._start_housekeeping()
        ids = sorted(set(self.store.job_ids()) | set(self._jobs), reverse=True)[:limit]
        recent: list[tuple[str, LiveJob | None, _T | None]] = []
        for job_id in ids:
            lj = self._jobs.get(job_id)
            if lj is not None:
                recent.append((job_id, lj, None))
                continue
            try:
                recent.append((job_id, None, stored(job_id)))
            except UnreadableJob as exc:
                log.warning("skipping a stored job: %s", exc)
                if unreadable is not None:
                    unreadable.append(exc)
            except UnknownJob:
                continue  # removed meanwhile (pruned)
        return recent

    def list_jobs(self, limit: int = 20, unreadable: list[UnreadableJob] | None = None) -> list[Job]:
        """The `limit` most recent jobs as a listing shows them (no final texts, findings or dropped findings);
        a stored job that cannot be read is skipped (and put in `unreadable`)."""
        now = anyio.current_time()
        jobs: list[Job] = []
        for _, lj, job in self._recent(limit, unreadable, self.snapshot):
            if lj is not None:
                jobs.append(brief(lj.render(now)))
            elif job is not None:
                jobs.append(brief(job))
        return jobs

    def listing(self, limit: int = 20, unreadable: list[UnreadableJob] | None = None) -> list[dict[str, Any]]:
        """What `status` lists (models.ListedJob, JSON mode): a finished job's entry is parsed from the text
        serialised when it finished, never rendered or dumped again. Each call gets dicts of its own."""
        now = anyio.current_time()
        return [
            listed(lj.render(now)) if lj is not None else json.loads(text or "")
            for _, lj, text in self._recent(limit, unreadable, self._listed_json)
        ]

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
        return lj.render(anyio.current_time())

    async def cancel(self, job_id: str, providers: list[str] | None = None) -> Job:
        lj = self._jobs.get(job_id)
        if lj is None:
            cached = self._finished.get(job_id)
            job = cached if cached is not None else self._read_stored(job_id).job
            if job.state == "cancelled":
                return job
            if job.state not in TERMINAL_JOB_STATES:
                owner = self._read_stored(job_id).owner
                raise InputError(f"job {job_id} is run by another mco-mcp server (pid {owner.pid}); cancel it there")
            raise InputError(f"job {job_id} already finished ({job.state}); there is nothing to cancel")
        if lj.finishing:
            # Every run has ended and the final state is decided: wait for it to be written, then answer as
            # for a finished job (one defined answer for a cancel racing the end of a job).
            with anyio.CancelScope(shield=True):
                await lj.done.wait()
            if lj.final_state == "cancelled":
                return lj.render(anyio.current_time())
            raise InputError(f"job {job_id} already finished ({lj.final_state}); there is nothing to cancel")
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
                    extra.cancel(reason)
        for name, lr in lj.runs.items():
            if not providers or name in providers:
                lr.cancel(reason)

    async def guarded(self, lj: LiveJob, what: str, work: Awaitable[None]) -> None:
        """Run one step of finishing a job; its failure becomes a note in the job, never the server's end."""
        try:
            await work
        except Exception as exc:  # the boundary for one finishing step (see the module docstring)
            log.exception("job %s: %s failed inside mco-mcp", lj.job_id, what)
            lj.notes.append(f"{what} failed inside mco-mcp: {exc!r}")

    async def _provider_prompt(self, lj: LiveJob, provider: str, job_dir: Path) -> bytes:
        """The text a provider gets on stdin, built when its run starts from the prompt kept on disk."""
        raw = await self._read_prompt(lj)
        repo = attempts_hooks.workdir(lj, provider)  # [attempts] paths are named in the writer's own worktree
        return build_prompt(replace(lj.request, prompt=raw.decode("utf-8"), repo=repo), provider).encode("utf-8")

    async def _read_prompt(self, lj: LiveJob) -> bytes:
        """The prompt file's bytes. A job's runs start together: those asking while a read is under way share
        it (one worker-thread hop per job, not one per provider). Nothing is kept once it is handed out, so
        a run still queued for a process slot holds no prompt."""
        flight = lj.prompt_read
        if flight is not None:
            await flight.done.wait()
            if flight.value is not None:
                return flight.value
            # The read that was under way failed or was cancelled: this run reads for itself below.
        else:
            flight = lj.prompt_read = SharedRead()
            try:
                flight.value = await self._files.run(partial(self.store.read_file, lj.job_id, PROMPT_FILE))
                return flight.value
            finally:
                lj.prompt_read = None
                flight.done.set()
        return await self._files.run(partial(self.store.read_file, lj.job_id, PROMPT_FILE))

    # -- persistence ---------------------------------------------------------------------------------

    def changed(self, lj: LiveJob) -> None:
        """Something worth keeping changed: write it soon. Changes made meanwhile share the write (five
        spawns, or five runs ending together, cost one rewrite of the document, not five)."""
        if lj.dirty or lj.final is not None or self._tg is None:
            return
        lj.dirty = True
        self._tg.start_soon(self._flush, lj)

    async def _flush(self, lj: LiveJob) -> None:
        with anyio.CancelScope(shield=True):
            if lj.write_lock.locked():
                await lj.write_lock.acquire()  # the write under way did not see this change: one more after it
                lj.write_lock.release()
            if lj.dirty:
                await self._persist_quietly(lj)

    async def _persist_quietly(self, lj: LiveJob, durable: bool = False) -> None:
        """Persist from background work: a failed write is logged (the next write tries again), never raised."""
        try:
            await self._persist(lj, durable)
        except Exception:  # the boundary for background persistence (see the module docstring)
            log.exception("could not write the document of job %s", lj.job_id)

    async def _persist(self, lj: LiveJob, durable: bool = False) -> None:
        """Write the job's document now. Only the final one is fsync'd: the ones before it serve a server
        killed meanwhile (the page cache survives that); after a power loss its jobs are cancelled anyway."""
        async with lj.write_lock:
            lj.dirty = False
            if lj.final is None:
                lj.updated_at = utc_now()
            record = lj.record(anyio.current_time())
            if durable:
                # fsync'd: in threads of their own, so that jobs ending together share the disk's flushes.
                await anyio.to_thread.run_sync(self.store.write, record)
            else:
                await self._files.run(partial(self.store.write_draft, record))


def _final_write_next(lj: LiveJob) -> bool:
    """Every run of a `run` job has ended and nothing slow (findings, a worktree to remove, attempts) comes
    before its final document: a draft written now would only delay that one, which waits for it."""
    req = lj.request
    return (
        req.kind == "run"
        and req.change is None
        and req.attempts is None
        and all(lr.ended.is_set() for lr in lj.runs.values())
    )

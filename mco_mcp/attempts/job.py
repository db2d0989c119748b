"""What the job manager calls for a `run` with workspace-write: each provider's own worktree (or, outside
git, one writer in place under a lock), the patch and check after each run, the clean-up when the job ends,
and housekeeping after a server died. Kept here so the manager only holds one-line hooks.

A provider's attempt is kept after a run that ended on its own (succeeded or failed: its session can be
resumed, its patch applied); it is removed when the run was cancelled, timed out, never started, or the
job was cancelled — the patch computed at its end stays in the job's directory either way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from mco_mcp.errors import InputError

if TYPE_CHECKING:
    from mco_mcp.attempts.gitops import Place
    from mco_mcp.attempts.lock import DirLock
    from mco_mcp.attempts.records import AttemptRecord
    from mco_mcp.attempts.model import AttemptInfo
    from mco_mcp.jobs.live import LiveJob, LiveRun
    from mco_mcp.jobs.request import JobRequest
    from mco_mcp.jobs.store import JobStore
    from mco_mcp.settings import Settings

log = logging.getLogger("mco_mcp.attempts")

KEPT_RUN_STATES = ("succeeded", "failed")  # the CLI ended on its own: its session and work are worth keeping


@dataclass
class Slot:
    record: AttemptRecord
    lock: DirLock | None = None
    resumed: bool = False
    ready: bool = False  # the worktree exists: the CLI may run there


@dataclass
class Plan:
    job_id: str
    state_dir: Path
    place: Place | None  # None: not a git work tree, one writer in place
    check: tuple[str, ...] | None
    check_timeout: float
    slots: dict[str, Slot] = field(default_factory=dict)
    in_place_lock: DirLock | None = None
    notes: list[str] = field(default_factory=list)

    def release(self) -> None:
        for slot in self.slots.values():
            if slot.lock is not None:
                slot.lock.release()
        if self.in_place_lock is not None:
            self.in_place_lock.release()


async def prepare(request: JobRequest, job_id: str, providers: tuple[str, ...] | list[str], settings: Settings) -> JobRequest:
    """The request with its attempts planned; InputError (nothing started) when it cannot be isolated."""
    if request.kind != "run" or request.access == "read-only":
        if request.check:
            raise InputError("check runs in the attempts of a workspace-write run; add access=\"workspace-write\"")
        return request
    plan = await anyio.to_thread.run_sync(_plan, request, job_id, tuple(providers), settings)
    return dataclasses.replace(request, attempts=plan)


def _plan(request: JobRequest, job_id: str, providers: tuple[str, ...], settings: Settings) -> Plan:
    from mco_mcp.attempts import gitops, records
    from mco_mcp.attempts.lock import lock_directory, try_lock

    place = gitops.locate(request.repo)
    plan = Plan(job_id=job_id, state_dir=settings.state_dir, place=place, check=request.check,
                check_timeout=settings.check_timeout_seconds)  # fmt: skip
    if place is None:
        if len(providers) > 1:
            raise InputError(
                f"repo {str(request.repo)!r} is not a git repository: {len(providers)} agents writing in it at once "
                "would overwrite each other's edits. Each writer gets its own worktree only in git: run `git init` "
                "(and commit), or give one provider, who then writes in place."
            )
        if request.check:
            raise InputError("check runs in an attempt's git worktree; repo is not a git repository")
        plan.in_place_lock = lock_directory(settings.state_dir, request.repo, job_id, "repo")
        return plan
    try:
        for name in providers:
            session = request.resume.get(name)
            record = records.find_by_session(settings.state_dir, name, session, place.toplevel) if session else None
            if record is not None:
                got = try_lock(record.lock_path, job_id)
                if isinstance(got, str):
                    raise InputError(f"the attempt of {name} with session {session} is being continued by job {got}; wait for it or cancel it")
                if record.record_path.is_file() and record.worktree.is_dir():  # not removed while we locked it
                    plan.slots[name] = Slot(record=record, lock=got, resumed=True)
                    continue
                got.release()
            if session:
                plan.notes.append(f"{name}: no kept attempt holds session {session} in this repository; it continues in a new worktree")
            plan.slots[name] = Slot(record=records.new_record(settings.state_dir, job_id, name, place))
    except BaseException:
        plan.release()
        raise
    return plan


def workdir(lj: LiveJob, provider: str) -> Path:
    """The CLI's working directory: its attempt's worktree, or the caller's repo (read-only, in place)."""
    plan: Plan | None = lj.request.attempts
    if plan is None or plan.place is None or provider not in plan.slots:
        return lj.request.repo
    # A worktree that could not be made is not there: the run is stopped before it starts, and would fail to
    # spawn in a missing directory rather than write into the caller's tree.
    return plan.slots[provider].record.workdir()


def _info(slot: Slot) -> AttemptInfo:
    from mco_mcp.attempts.model import AttemptInfo

    r = slot.record
    return AttemptInfo(worktree=str(r.worktree), branch=r.branch, base_commit=r.base_commit, origin_job=r.origin_job)


async def enter(lj: LiveJob) -> None:
    """Create the worktrees (the starting point once for the job), in a thread."""
    plan: Plan | None = lj.request.attempts
    if plan is None or plan.place is None:
        return
    failures = await anyio.to_thread.run_sync(_enter, plan)
    for name, slot in plan.slots.items():
        lr = lj.runs.get(name)
        if lr is None:
            continue
        lr.attempt = info = _info(slot)
        if name in failures:
            info.error = failures[name]
            lr.cancel(f"its worktree could not be created: {failures[name]}")
    lj.notes.extend(plan.notes)


def _enter(plan: Plan) -> dict[str, str]:
    from mco_mcp.attempts import gitops, records
    from mco_mcp.attempts.lock import try_lock
    from mco_mcp.scope.git import GitError

    assert plan.place is not None
    failures: dict[str, str] = {}
    base: str | None = None
    fresh = [slot for slot in plan.slots.values() if not slot.resumed]
    if fresh:
        try:
            base = gitops.starting_point(plan.place.toplevel, plan.job_id)
        except (GitError, OSError) as exc:
            return {slot.record.provider: f"the starting point could not be built: {exc}" for slot in fresh}
    for name, slot in plan.slots.items():
        record = slot.record
        try:
            if slot.resumed:
                record.jobs.append(plan.job_id)
                records.write(record)
                slot.ready = True
                continue
            assert base is not None
            record.base_commit = base
            Path(record.directory).mkdir(mode=0o700, parents=True, exist_ok=True)
            got = try_lock(record.lock_path, plan.job_id)
            if isinstance(got, str):  # a fresh job id: only a forged state directory gets here
                raise OSError(f"its attempt directory is locked by {got}")
            slot.lock = got
            records.write(record)  # before the worktree: a server killed from here on leaves it findable
            gitops.add(plan.place.toplevel, record.worktree, record.branch, base)
            slot.ready = True
        except (GitError, OSError) as exc:
            failures[name] = str(exc)
    return failures


async def after_run(lj: LiveJob, lr: LiveRun, job_dir: Path, env: Mapping[str, str]) -> None:
    """After a provider's run: its patch (always, shielded), then its check (cancellable like the run)."""
    plan: Plan | None = lj.request.attempts
    if plan is None or plan.place is None or lr.tag:
        return
    name = lr.manifest.name
    slot = plan.slots.get(name)
    run = lr.run
    info = lr.attempt
    if slot is None or not slot.ready or info is None:
        return
    if run.session_id:
        slot.record.session_id = run.session_id
    with anyio.CancelScope(shield=True):  # the agent's change, before the check can add anything to the tree
        await anyio.to_thread.run_sync(_save_patch, slot, lr, info, job_dir)
    if plan.check and run.state == "succeeded" and lr.cancel_reason is None:
        from mco_mcp.adapters.env import child_env, nesting_depth
        from mco_mcp.attempts.check import run_check
        from mco_mcp.attempts.model import CheckResult

        out: list[CheckResult] = []
        with anyio.CancelScope() as scope:
            lr.scope = scope  # a cancel of this run or the job stops the check as it stops a CLI
            if lr.cancel_reason is not None:
                scope.cancel()
            check_env = child_env(env, depth=nesting_depth(env))
            await run_check(plan.check, slot.record.workdir(), check_env, plan.check_timeout, out)
        lr.scope = None
        if out:
            info.check = out[0]


def _save_patch(slot: Slot, lr: LiveRun, info: AttemptInfo, job_dir: Path) -> None:
    from mco_mcp.attempts import gitops, records
    from mco_mcp.attempts.gitops import FILES_LISTED
    from mco_mcp.safefiles import write_private
    from mco_mcp.scope.git import GitError

    try:
        patch = gitops.patch(slot.record.worktree, slot.record.base_commit)
        path = job_dir / f"{slot.record.provider}.patch"
        write_private(path, patch.data)
    except (GitError, OSError) as exc:
        info.error = f"the patch could not be computed: {exc}"
        return
    info.files_changed, info.insertions, info.deletions = len(patch.files), patch.insertions, patch.deletions
    info.files = patch.files[:FILES_LISTED]
    info.patch_bytes, info.patch_sha256 = len(patch.data), hashlib.sha256(patch.data).hexdigest()
    lr.patch = str(path)
    try:
        records.write(slot.record)  # the session, for a later resume
    except OSError:
        log.warning("could not update the attempt record %s", slot.record.record_path)


async def leave(lj: LiveJob) -> None:
    """Keep or remove each attempt (see the module docstring), then drop every lock (the caller shields this)."""
    plan: Plan | None = lj.request.attempts
    if plan is None:
        return
    try:
        await anyio.to_thread.run_sync(_leave, lj, plan)
    except Exception:  # the job's final document must still be written; housekeeping retries
        log.exception("finishing the attempts of job %s failed", lj.job_id)
    finally:
        plan.release()


def _leave(lj: LiveJob, plan: Plan) -> None:
    from mco_mcp.attempts import records

    for name, slot in plan.slots.items():
        lr = lj.runs.get(name)
        if lr is None or not (slot.ready or Path(slot.record.record_path).exists()):
            continue
        run = lr.run
        keep = slot.ready and not lj.cancel_requested and lr.cancel_reason is None and run.state in KEPT_RUN_STATES
        if keep:
            continue
        gone = records.discard_files(slot.record)
        if lr.attempt is not None:
            lr.attempt.state = "removed" if gone else "kept"
            if not gone:
                lr.attempt.error = "its worktree could not be removed; the next start retries"


def housekeep(store: JobStore, protect: set[str]) -> list[str]:
    """Remove the attempts of jobs that are over and were not kept (a server died mid-run, a cancel whose
    removal failed), and those whose jobs were all pruned. An attempt a live job holds (its lock) is skipped."""
    from mco_mcp.attempts import records
    from mco_mcp.attempts.lock import try_lock

    state_dir = store.root.parent
    removed = []
    for record in records.all_records(state_dir):
        if protect & {record.origin_job, *record.jobs}:
            continue
        got = try_lock(record.lock_path, "housekeeping")
        if isinstance(got, str):
            continue  # in use by a job of another server
        try:
            if _over(store, record):
                if records.discard_files(record):
                    removed.append(f"{record.origin_job}/{record.provider}")
                    _mark(store, record, "removed")
        finally:
            got.release()
    root = records.root(state_dir)
    for directory in root.glob("*") if root.is_dir() else ():
        # A directory whose record never got written (killed between mkdir and the record): only locks left.
        if directory.name not in protect and directory.is_dir() and not any(directory.glob("*.json")) \
                and not any(p.is_dir() for p in directory.iterdir()):
            for lock_file in directory.glob("*.lock"):
                lock_file.unlink(missing_ok=True)
            try:
                directory.rmdir()
            except OSError:
                pass
    return removed


def _over(store: JobStore, record: AttemptRecord) -> bool:
    from mco_mcp.errors import UnknownJob, UnreadableJob

    if record.done:
        return True
    try:
        job = store.read(record.jobs[-1]).job if record.jobs else None
    except UnknownJob:
        job = None  # pruned: jobs go oldest first, so the last one gone means all are
    except UnreadableJob:
        return True  # nobody can read its patch or apply it
    if job is None:
        return True
    if job.state in ("queued", "running"):
        return False  # recovery settles a dead server's job first; a live one holds the lock
    run = next((r for r in job.providers if r.provider == record.provider), None)
    return run is None or job.state == "cancelled" or run.state not in KEPT_RUN_STATES


def _mark(store: JobStore, record: AttemptRecord, state: str) -> None:
    """Say in each job document that named this attempt as kept that it is gone (best effort)."""
    from mco_mcp.errors import UnknownJob

    for job_id in record.jobs:
        try:
            stored = store.read(job_id)
        except (UnknownJob, OSError):
            continue
        changed = False
        for run in stored.job.providers:
            if run.provider == record.provider and run.attempt is not None and run.attempt.state == "kept":
                run.attempt.state = state  # type: ignore[assignment]
                changed = True
        if changed:
            try:
                store.write(stored)
            except OSError:
                log.warning("could not update job %s after removing its attempt", job_id)

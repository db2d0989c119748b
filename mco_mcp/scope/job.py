"""What the job manager calls for a scoped review: resolve the change before anything starts, place and
remove its worktree, mark the findings. Kept here so the manager only holds one-line hooks.

The git and findings machinery is imported on the first scoped job, not when the server starts (the hot
path a host waits on for `initialize`)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from mco_mcp.errors import InputError

if TYPE_CHECKING:
    from mco_mcp.jobs.live import LiveJob
    from mco_mcp.jobs.request import JobRequest
    from mco_mcp.jobs.store import JobRecord
    from mco_mcp.models import Job
    from mco_mcp.settings import Settings

log = logging.getLogger("mco_mcp.scope")


async def prepare(request: JobRequest, job_dir: Path, settings: Settings) -> JobRequest:
    """The request with its change resolved (InputError on any git problem, before anything starts) and,
    when head is not checked out, its worktree placed: the agents then work there (request.repo)."""
    if request.scope is None:
        return request
    from mco_mcp.scope import worktree
    from mco_mcp.scope.resolve import resolve_change

    change = await anyio.to_thread.run_sync(
        resolve_change, request.repo, request.scope, request.paths, settings.diff_budget_bytes
    )
    if change.checkout is not None and request.access != "read-only":
        raise InputError("a scope whose head is not checked out is reviewed read-only; use access=read-only")
    if change.checkout is not None:
        change.worktree = worktree.worktree_path(job_dir)
    return dataclasses.replace(request, change=change, repo=change.workdir)


def describe(job: Job, request: JobRequest) -> None:
    """The job document names the caller's repository (not the worktree) and what was reviewed."""
    change = request.change
    if change is None:
        return
    job.repo = str(change.repo)
    job.scope = change.info()


def nothing_to_review(request: JobRequest) -> bool:
    return request.change is not None and request.change.empty


def empty_record(record: JobRecord) -> JobRecord:
    """An empty diff: the job is complete at once and no CLI starts."""
    job = record.job
    job.state = "completed"
    job.providers = []
    assert job.scope is not None
    job.summary = f"{job.kind} {job.job_id}: completed — nothing to review: {job.scope.description} has no changes."
    return record


async def enter(lj: LiveJob) -> None:
    """Check out head in the job's worktree (in a thread; a cancel waits for it, then `leave` removes it)."""
    change = lj.request.change
    if change is None or change.worktree is None or change.checkout is None:
        return
    from mco_mcp.scope import worktree
    from mco_mcp.scope.git import GitError

    try:
        await anyio.to_thread.run_sync(worktree.add, change.toplevel, change.worktree, change.checkout)
    except (GitError, OSError) as exc:
        # No provider can review code that is not there: each stops before it starts, saying why.
        for lr in lj.runs.values():
            lr.cancel(str(exc))


async def leave(lj: LiveJob) -> None:
    """Remove the worktree on every way out (the caller shields this from cancellation)."""
    change = lj.request.change
    if change is None or change.worktree is None:
        return
    from mco_mcp.scope import worktree

    path = change.worktree
    try:
        removed = await anyio.to_thread.run_sync(worktree.remove, change.toplevel, path)
    except Exception:  # the job's final document must still be written; the next start retries
        log.exception("removing the worktree %s of job %s failed", path, lj.job_id)
        removed = False
    if not removed:
        log.warning("the worktree %s of job %s could not be removed; the next start retries", path, lj.job_id)


def mark_findings(lj: LiveJob) -> None:
    change, header = lj.request.change, lj.header
    if change is None or lj.findings is None:
        return
    from mco_mcp.scope.annotate import annotate

    lj.findings, dropped = annotate(lj.findings, change.by_path, change.scope.only_in_diff)
    if header.scope is not None:  # replaced, not changed in place: renderings already handed out stay as they were
        lj.header = header.model_copy(update={"scope": header.scope.model_copy(update={"dropped_outside_diff": dropped})})


def remove_stale_worktrees(jobs_root: Path, protect: set[str]) -> None:
    from mco_mcp.scope import worktree

    for path in worktree.remove_stale(jobs_root, protect):
        log.warning("removed the worktree %s left by a server that stopped before its job ended", path)

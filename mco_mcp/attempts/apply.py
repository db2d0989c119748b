"""Apply one attempt's patch to the caller's work tree, or discard attempts.

Apply is all or nothing: `git apply --check` first, then `git apply` (itself all-or-nothing: it verifies
every hunk before it writes a file). Never `--3way` or `--reject`, which leave conflict markers or `.rej`
files — a half-applied patch. The patch is the one saved when the run ended (what the caller saw), read
from the job's own directory and checked against the sha256 in its document. It goes to the work tree only:
the caller's index and HEAD are not touched, so `git diff` shows exactly the applied change. Applies to
one repository are serialised by the same lock that keeps two jobs from writing into one directory.

After an apply, every kept attempt of the job is removed (worktrees and branches); the patches stay in the
job's directory until it is pruned.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mco_mcp.attempts import gitops, records
from mco_mcp.attempts.lock import lock_directory, try_lock
from mco_mcp.errors import InputError
from mco_mcp.jobs.store import PROVIDER_FILE_RE, JobStore
from mco_mcp.models import TERMINAL_JOB_STATES, Job, ProviderRun
from mco_mcp.scope.git import GitError, git

MAX_PATCH = 64 * 1024 * 1024
_APPLY = ("apply", "--binary", "--whitespace=nowarn")


def _runs_with_attempts(job: Job) -> dict[str, ProviderRun]:
    return {run.provider: run for run in job.providers if run.attempt is not None}


def _finished(job: Job) -> None:
    if job.state not in TERMINAL_JOB_STATES:
        raise InputError(f"job {job.job_id} is still {job.state}; wait for it to end (`status`) or `cancel` it first")


def apply_patch(store: JobStore, job_id: str, provider: str) -> Job:
    """Apply `provider`'s patch of job `job_id` to the caller's work tree; InputError, with nothing changed,
    when it cannot be applied whole."""
    record = store.read(job_id)
    job = record.job
    _finished(job)
    attempts = _runs_with_attempts(job)
    run = attempts.get(provider)
    if run is None or not PROVIDER_FILE_RE.match(provider):
        offered = ", ".join(attempts) or "none (not a workspace-write run in a git repository)"
        raise InputError(f"job {job_id} has no attempt by {provider!r}; its attempts: {offered}")
    info = run.attempt
    assert info is not None
    if info.state == "applied":
        raise InputError(f"the patch of {provider} in job {job_id} was already applied")
    try:
        data = store.read_file(job_id, f"{provider}.patch", MAX_PATCH)
    except FileNotFoundError:
        raise InputError(f"{provider} in job {job_id} has no patch ({info.error or 'its run made none'})") from None
    except OSError as exc:
        raise InputError(f"the patch of {provider} in job {job_id} cannot be read: {exc}") from exc
    if info.patch_sha256 is None or hashlib.sha256(data).hexdigest() != info.patch_sha256:
        raise InputError(f"the patch of {provider} in job {job_id} is not the one its run saved (changed on disk); refusing it")
    if not data:
        raise InputError(f"{provider} changed nothing in job {job_id}: there is no patch to apply")
    place = gitops.locate(Path(job.repo))
    if place is None:
        raise InputError(f"{job.repo!r} is no longer a git work tree; the patch is in {run.artifacts.patch if run.artifacts else 'the job directory'}")
    lock = lock_directory(store.root.parent, place.toplevel, f"apply {job_id}", "repo")
    try:
        try:
            git([*_APPLY, "--check", "-"], place.toplevel, stdin=data, max_output=1 << 20)
        except GitError as exc:
            raise InputError(
                f"refused: the patch of {provider} no longer applies to {place.toplevel} — the work tree changed "
                f"underneath in a conflicting way. Nothing was changed. git said: {_problems(exc)}. The patch is "
                f"the resource mco://jobs/{job_id}/providers/{provider}/patch"
            ) from None
        try:
            git([*_APPLY, "-"], place.toplevel, stdin=data, max_output=1 << 20)
        except GitError as exc:  # a change between the check and now; git apply itself writes nothing then
            raise InputError(f"refused: the patch of {provider} stopped applying meanwhile ({_problems(exc)}); nothing was changed") from None
    finally:
        lock.release()
    info.state = "applied"
    _discard_kept(store, job, exclude=None, state="discarded", chosen=provider)
    store.write(record)
    return job


def discard(store: JobStore, job_id: str, providers: list[str] | None = None) -> Job:
    """Remove the kept attempts of a job (all, or those of `providers`); their patches stay in the job."""
    record = store.read(job_id)
    job = record.job
    _finished(job)
    attempts = _runs_with_attempts(job)
    for name in providers or ():
        if name not in attempts:
            raise InputError(f"job {job_id} has no attempt by {name!r}; its attempts: {', '.join(attempts) or 'none'}")
    _discard_kept(store, job, exclude=None, state="discarded", only=set(providers) if providers else None)
    store.write(record)
    return job


def _discard_kept(store: JobStore, job: Job, *, exclude: str | None, state: str, chosen: str | None = None,
                  only: set[str] | None = None) -> None:  # fmt: skip
    state_dir = store.root.parent
    for name, run in _runs_with_attempts(job).items():
        if only is not None and name not in only:
            continue
        info = run.attempt
        assert info is not None
        attempt = records.find(state_dir, job.job_id, name)
        if attempt is not None:
            got = try_lock(attempt.lock_path, f"{state} {job.job_id}")
            if isinstance(got, str):  # a resumed session runs in it right now
                info.error = f"its worktree is in use by job {got}; it was left in place"
                continue
            try:
                attempt.done = state
                if not records.discard_files(attempt):
                    info.error = "its worktree could not be removed; the next start retries"
            finally:
                got.release()
        if info.state == "kept" and name != chosen:
            info.state = state  # type: ignore[assignment]


def _problems(exc: GitError) -> str:
    lines = [line for line in (exc.stderr or str(exc)).splitlines() if line.strip()]
    return "; ".join(lines[:6])[:800] or str(exc)

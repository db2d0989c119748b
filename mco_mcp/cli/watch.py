"""`status --watch`: follow a job another process runs through its document on disk, woken by events only.

The job's document is replaced atomically (written aside, renamed over `job.json`), so an inotify watch on
the job's directory for renames into it sees every write. The owner dying without a last write (SIGKILL)
changes no file: a pidfd on the owner, opened and then checked to be the very process the document names,
becomes readable when it exits, and reading the document again then settles the job as a dead server's.
No timer re-reads anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import anyio

from mco_mcp.execute.follow import IN_DELETE_SELF, IN_MOVE_SELF, IN_MOVED_TO, InotifyHub
from mco_mcp.execute.groups import start_time
from mco_mcp.models import TERMINAL_JOB_STATES, Job


def _owner_pidfd(manager: Any, job_id: str) -> int | None:
    """A pidfd on the server that runs the job, or None when that cannot be proven (a stored pid is never
    trusted: the process the pidfd holds must have the start time the document recorded)."""
    try:
        owner = manager.store.read(job_id).owner
        pidfd = os.pidfd_open(owner.pid)
    except Exception:  # unreadable, forged, gone: the document events still wake us
        return None
    if owner.pid <= 0 or owner.start_time is None or start_time(owner.pid) != owner.start_time:
        os.close(pidfd)  # checked after the open: the pid cannot be reused while the pidfd holds it
        return None
    return pidfd


async def follow_document(manager: Any, job_id: str, on_change: Callable[[Job], None]) -> Job:
    """Call `on_change` with the job now and after every change of its document, until it ends; the job."""
    job: Job = manager.snapshot(job_id)
    if job.state in TERMINAL_JOB_STATES:
        on_change(job)
        return job
    woken = anyio.Event()

    def wake() -> None:
        woken.set()

    hub = InotifyHub()
    pidfd: int | None = None
    try:
        hub.add(manager.store.job_dir(job_id), wake, IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
        pidfd = _owner_pidfd(manager, job_id)
        async with anyio.create_task_group() as tg:
            tg.start_soon(hub.run)
            if pidfd is not None:
                tg.start_soon(_wake_on_exit, pidfd, wake)
            while True:
                woken = anyio.Event()  # before reading: a change landing meanwhile wakes the next wait
                job = manager.snapshot(job_id)  # after the watch is in place: no write falls between
                on_change(job)
                if job.state in TERMINAL_JOB_STATES:
                    break
                await woken.wait()
            tg.cancel_scope.cancel()
    finally:
        hub.close()
        if pidfd is not None:
            os.close(pidfd)
    return job


async def _wake_on_exit(pidfd: int, wake: Callable[[], None]) -> None:
    await anyio.wait_readable(pidfd)  # readable once the process has exited
    wake()

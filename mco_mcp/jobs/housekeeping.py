"""Housekeeping of the state directory, once per server (off the event loop): the jobs of a dead server
settled, temp files left by a killed writer removed, old jobs pruned, and the worktrees of ended jobs (a
review's checkout, the attempts of a `run`) removed.

Each step on its own: the directory may be tampered with, and a failing step costs that step (logged, tried
again at the next start), never the server or the other steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mco_mcp.attempts import job as attempts_hooks
from mco_mcp.jobs.recovery import recover_orphans
from mco_mcp.jobs.store import JobStore
from mco_mcp.scope import job as scope_hooks
from mco_mcp.settings import Settings

log = logging.getLogger("mco_mcp.jobs")


def housekeep(store: JobStore, settings: Settings, running: set[str]) -> list[str]:
    """One round; the ids of the jobs pruned. `running` holds the jobs this server runs (never touched)."""
    pruned: list[str] = []

    def prune() -> None:
        pruned.extend(store.prune(settings.keep_jobs, settings.keep_days, protect=running))

    steps: list[tuple[str, Callable[[], object]]] = [
        ("recovering the jobs of a dead server", lambda: recover_orphans(store)),
        ("removing stale temp files", store.remove_stale_temp_files),
        ("removing the review worktrees of ended jobs", lambda: scope_hooks.remove_stale_worktrees(store.root, running)),
        ("pruning old jobs", prune),
        ("removing the attempts of ended or pruned jobs", lambda: attempts_hooks.housekeep(store, running)),
    ]
    for what, step in steps:
        try:
            step()
        except Exception:  # the boundary for housekeeping (see the module docstring)
            log.exception("housekeeping failed while %s; it will be tried again at the next start", what)
    return pruned

"""review / run / status / cancel / providers, headless: the same engine as the MCP server, validated by the
same input models, with progress on stderr and the report on stdout."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from mco_mcp.cli.args import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_JOB_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    split_names,
    usage_error,
)
from mco_mcp.cli.start import Prepared, output_format
from mco_mcp.models import TERMINAL_JOB_STATES, Job

# How often the progress display is redrawn while a job runs; the job's end wakes it at once.
REFRESH_SECONDS = 0.5
def print_job(job: Job, fmt: str) -> None:
    if fmt == "human":
        from mco_mcp.cli.human import print_job as human

        human(job, sys.stdout)
        return
    from mco_mcp.gate import render

    sys.stdout.write(render(job, fmt))


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2) + "\n")


def job_exit(job: Job) -> int:
    return EXIT_OK if job.state == "completed" else EXIT_JOB_FAILED


async def run_job(args: argparse.Namespace, settings: Any, registry: Any, job: Prepared, early: Any = None) -> int:
    """Run the prepared job (cli/start.py) to its end; `early`: its CLIs, already started (jobs/prestart.py)."""
    from mco_mcp import gate
    from mco_mcp.cli.progress import display_for
    from mco_mcp.jobs.manager import JobManager

    watchdog = early.watchdog if early is not None else None
    async with JobManager(settings, registry, watchdog=watchdog) as manager:
        live = await manager.start(job.request, early=early)
        finished, interrupted = await follow(manager, live.job_id, display_for(sys.stderr, args.no_progress))
        if interrupted:
            print(f"mco-mcp: interrupted: job {finished.job_id} is {finished.state}; `mco-mcp status {finished.job_id}` shows it",
                  file=sys.stderr)  # fmt: skip
            return EXIT_INTERRUPTED
    print_job(finished, job.fmt)
    gate.write_outputs(finished, job.outputs)
    failed = gate.gate(finished, getattr(args, "fail_on", None))
    if failed is not None:
        return EXIT_FINDINGS
    return job_exit(finished)


async def until_signal(signals: Any, body: Callable[[], Awaitable[None]]) -> bool:
    """Run `body` until it returns or a signal arrives on the open receiver `signals`; whether one did.

    The caller keeps the receiver open while it reacts, so a second Ctrl-C meanwhile is absorbed."""
    interrupted = False
    async with anyio.create_task_group() as tg:

        async def on_signal() -> None:
            nonlocal interrupted
            async for _ in signals:
                interrupted = True
                tg.cancel_scope.cancel()
                return

        tg.start_soon(on_signal)
        try:
            await body()
        finally:
            tg.cancel_scope.cancel()
    return interrupted


async def follow(manager: Any, job_id: str, display: Any) -> tuple[Job, bool]:
    """Show the job until it ends. Ctrl-C (or SIGTERM) cancels it — its processes are stopped — and is
    answered with the job as it ended, not a traceback."""
    job = manager.snapshot(job_id)

    async def show() -> None:
        nonlocal job
        display.update(job)
        while job.state not in TERMINAL_JOB_STATES:
            job = await manager.wait(job_id, REFRESH_SECONDS)
            display.update(job)

    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        interrupted = await until_signal(signals, show)
        if interrupted:
            # Still inside the receiver: a second Ctrl-C while the processes stop is absorbed here.
            from mco_mcp.errors import McoError

            with anyio.CancelScope(shield=True):
                try:
                    job = await manager.cancel(job_id)
                except McoError:  # it finished meanwhile
                    job = manager.snapshot(job_id)
    display.close(job)
    return job, interrupted


async def status(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    from mco_mcp.errors import UnreadableJob
    from mco_mcp.jobs.manager import JobManager
    from mco_mcp.models import JobList, UnreadableJobInfo

    fmt = output_format(args.format, defaults.format)
    async with JobManager(settings, registry) as manager:
        if args.job_id is None:
            if args.watch:
                usage_error("--watch needs a JOB_ID")
            unreadable: list[UnreadableJob] = []
            jobs = [_listed(job) for job in manager.list_jobs(20, unreadable)]
            infos = [UnreadableJobInfo(job_id=u.job_id, reason=u.reason) for u in unreadable]
            if fmt == "human":
                from mco_mcp.cli.human import print_jobs

                print_jobs(jobs, infos, sys.stdout)
            elif fmt == "json":
                _print_json(JobList(jobs=jobs, unreadable=infos).model_dump(mode="json"))
            else:
                usage_error(f"--format {fmt} is for one job; give a JOB_ID, or use human or json for the list")
            return EXIT_OK
        job = manager.snapshot(args.job_id)
        if args.watch and job.state not in TERMINAL_JOB_STATES:
            job, stopped = await watch(manager, args.job_id)
            if stopped:  # Ctrl-C stops the watching, never the job
                print(f"mco-mcp: stopped watching; job {job.job_id} is {job.state}", file=sys.stderr)
                return EXIT_INTERRUPTED
    print_job(job, fmt)
    return job_exit(job)


def _listed(job: Job) -> Job:
    """A job in the headless listing: without answers and findings (the `status` tool lists less of it:
    models.ListedJob, for a host that reads every listing whole)."""
    providers = [run.model_copy(update={"final_text": None, "dropped_findings": []}) for run in job.providers]
    return job.model_copy(update={"findings": None, "providers": providers})


async def watch(manager: Any, job_id: str) -> tuple[Job, bool]:
    """Follow a job run by another process (a server, another CLI) through its document on disk; whether
    Ctrl-C stopped the watching."""
    from mco_mcp.cli.progress import display_for
    from mco_mcp.cli.watch import follow_document

    display = display_for(sys.stderr, quiet=False)
    job = manager.snapshot(job_id)

    async def show() -> None:
        nonlocal job
        job = await follow_document(manager, job_id, display.update)

    with anyio.open_signal_receiver(signal.SIGINT) as signals:
        stopped = await until_signal(signals, show)
    if stopped:
        job = manager.snapshot(job_id)
    display.close(job)
    return job, stopped


async def cancel(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    from mco_mcp.jobs.manager import JobManager

    fmt = output_format(args.format, defaults.format)
    async with JobManager(settings, registry) as manager:
        job = await manager.cancel(args.job_id, split_names(args.providers) if args.providers else None)
    print_job(job, fmt if fmt in ("human", "json") else "json")
    return EXIT_OK


async def attempts(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    """apply / discard: keep one attempt's patch, or drop the kept attempts of a workspace-write run."""
    from mco_mcp.attempts.apply import apply_patch, discard
    from mco_mcp.jobs.manager import JobManager

    fmt = output_format(None, defaults.format)
    async with JobManager(settings, registry) as manager:
        manager.snapshot(args.job_id)  # a job of a dead server is settled first
        if args.command == "apply":
            job = await anyio.to_thread.run_sync(apply_patch, manager.store, args.job_id, args.provider)
        else:
            job = await anyio.to_thread.run_sync(discard, manager.store, args.job_id, args.providers or None)
    print_job(job, fmt if fmt in ("human", "json") else "json")
    return EXIT_OK


async def providers(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    from mco_mcp.jobs.manager import JobManager
    from mco_mcp.models import ProviderList

    async with JobManager(settings, registry) as manager:
        infos = await manager.selector.provider_infos(None)
    if output_format(args.format, None) == "human":
        from mco_mcp.cli.human import print_providers

        print_providers(infos, sys.stdout)
    else:
        _print_json(ProviderList(providers=infos, manifest_errors=[str(e) for e in registry.errors]).model_dump(mode="json"))
    return EXIT_OK


__all__ = ["EXIT_USAGE", "UsageError", "cancel", "providers", "run_job", "status"]

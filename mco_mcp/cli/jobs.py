"""review / run / status / cancel / providers, headless: the same engine as the MCP server, validated by the
same input models, with progress on stderr and the report on stdout."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio

from mco_mcp.cli.args import (
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_JOB_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    pairs,
    read_prompt,
    split_names,
    usage_error,
)
from mco_mcp.models import TERMINAL_JOB_STATES, Job

# How often the progress display is redrawn while a job runs; the job's end wakes it at once.
REFRESH_SECONDS = 0.5
FLAG_OF = {"timeout_seconds": "--timeout", "stall_seconds": "--stall", "providers": "--providers", "paths": "--path",
           "models": "--model", "roles": "--role", "resume": "--resume", "repo": "--repo", "prompt": "the prompt",
           "synthesizer": "--synthesizer", "access": "--access", "scope": "the change", "check": "--check",
           "min_confidence": "--min-confidence", "adjudicator": "--adjudicator"}  # fmt: skip


def output_format(flag: str | None, configured: str | None) -> str:
    """A flag, else the config file, else human in a terminal and json in a pipe."""
    return flag or configured or ("human" if sys.stdout.isatty() else "json")


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


def validated_input(args: argparse.Namespace, registry: Any, defaults: Any) -> Any:
    """The job's input model from the flags and the config file (a flag wins), validated as the MCP tool
    validates it; the prompt is a placeholder here, read only once everything else is known to be good."""
    from pydantic import ValidationError

    from mco_mcp.errors import InputError
    from mco_mcp.inputs import ReviewInput, RunInput
    from mco_mcp.jobs.request import check_providers

    providers = split_names(args.providers) if args.providers else defaults.providers
    try:
        check_providers(providers, registry)  # unknown names are refused before stdin is read
    except InputError as exc:
        usage_error(str(exc) + (" (from the config file's `providers`)" if not args.providers else ""))

    def configured(mapping: dict[str, str]) -> dict[str, str]:
        # A config file's model or role for a provider this job does not ask is not an error.
        return {k: v for k, v in mapping.items() if providers is None or k in providers}

    values: dict[str, Any] = {
        "prompt": "-",
        "repo": args.repo,
        "paths": args.paths,
        "providers": providers,
        "models": {**configured(defaults.models), **pairs(args.model, "--model")} or None,
    }
    if args.timeout is not None or defaults.timeout_seconds is not None:
        values["timeout_seconds"] = args.timeout if args.timeout is not None else defaults.timeout_seconds
    if args.stall is not None or defaults.stall_seconds is not None:
        values["stall_seconds"] = args.stall if args.stall is not None else defaults.stall_seconds
    if args.command == "review":
        values["roles"] = {**configured(defaults.roles), **pairs(args.role, "--role")} or None
        values["synthesize"] = args.synthesize
        values["synthesizer"] = args.synthesizer
        values["cross_examine"] = args.cross_examine
        values["min_confidence"] = args.min_confidence
        values["adjudicate"] = args.adjudicate
        values["adjudicator"] = args.adjudicator
        model: type[ReviewInput] | type[RunInput] = ReviewInput
    else:
        values["access"] = args.access
        values["resume"] = pairs(args.resume, "--resume") or None
        if args.check is not None:
            import shlex  # 'pytest -q' -> ['pytest', '-q']: split like a shell would, run without one

            try:
                values["check"] = shlex.split(args.check)
            except ValueError as exc:
                usage_error(f"--check {args.check!r} cannot be split into arguments: {exc}")
        model = RunInput
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        usage_error(f"{FLAG_OF.get(field, field)}: {first['msg']}" + (f" (got {first['input']!r})" if "input" in first else ""))


async def run_job(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    from mco_mcp import gate
    from mco_mcp.cli.progress import display_for
    from mco_mcp.inputs import request_fields
    from mco_mcp.jobs.manager import JobManager
    from mco_mcp.jobs.request import build_request

    fmt = output_format(args.format, defaults.format)
    scope = gate.scope_from_args(args)
    outputs = gate.parse_outputs(args.output)
    given = validated_input(args, registry, defaults)
    prompt = read_prompt(args, scoped=scope is not None)
    if scope is not None and not prompt.strip():
        prompt = gate.DEFAULT_PROMPT
    given = given.model_copy(update={"prompt": prompt, "scope": scope})
    request = build_request(
        kind=args.command,
        default_repo=Path.cwd(),
        registry=registry,
        max_prompt_bytes=settings.max_prompt_bytes,
        **request_fields(args.command, given),
    )
    async with JobManager(settings, registry) as manager:
        live = await manager.start(request)
        job, interrupted = await follow(manager, live.job_id, display_for(sys.stderr, args.no_progress))
        if interrupted:
            print(f"mco-mcp: interrupted: job {job.job_id} is {job.state}; `mco-mcp status {job.job_id}` shows it",
                  file=sys.stderr)  # fmt: skip
            return EXIT_INTERRUPTED
    print_job(job, fmt)
    gate.write_outputs(job, outputs)
    failed = gate.gate(job, getattr(args, "fail_on", None))
    if failed is not None:
        return EXIT_FINDINGS
    return job_exit(job)


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

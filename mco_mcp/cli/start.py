"""`review` and `run`, up to the point where their CLIs can start: the flags and the config file validated
by the tools' input models, the prompt read, the request built. Nothing here loads asyncio, anyio or the
job document's models, so that the CLIs start before those are loaded (jobs/prestart.py; cli/__init__.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mco_mcp.cli.args import pairs, read_prompt, split_names, usage_error
from mco_mcp.jobs.request import JobRequest

FLAG_OF = {"timeout_seconds": "--timeout", "stall_seconds": "--stall", "providers": "--providers", "paths": "--path",
           "models": "--model", "roles": "--role", "resume": "--resume", "repo": "--repo", "prompt": "the prompt",
           "synthesizer": "--synthesizer", "access": "--access", "scope": "the change", "check": "--check",
           "min_confidence": "--min-confidence", "adjudicator": "--adjudicator"}  # fmt: skip


@dataclass(frozen=True)
class Prepared:
    """A job ready to start: its request, and what to do with its report."""

    request: JobRequest
    fmt: str
    outputs: list[tuple[str, Path]]


def output_format(flag: str | None, configured: str | None) -> str:
    """A flag, else the config file, else human in a terminal and json in a pipe."""
    return flag or configured or ("human" if sys.stdout.isatty() else "json")


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


def prepare(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> Prepared:
    """The job the command line asks for; UsageError (or InputError) on bad input, before anything starts."""
    from mco_mcp import gate
    from mco_mcp.inputs import request_fields
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
    return Prepared(request, fmt, outputs)

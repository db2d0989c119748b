"""Command line: `mco-mcp [serve]` runs the MCP server on stdio; review/run/status/providers run the same
engine headless for scripts and CI and print the same JSON document on stdout."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from mco_mcp import __version__

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_JOB_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="mco-mcp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"mco-mcp {__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="serve MCP on stdio (the default)")
    for kind in ("review", "run"):
        job = sub.add_parser(kind, help=f"start a {kind} job and print the job JSON when it ends")
        job.add_argument("prompt", nargs="?", help="the prompt; '-' or omitted: read it from stdin")
        job.add_argument("--repo", default=None)
        job.add_argument("--paths", nargs="*", default=None)
        job.add_argument("--providers", nargs="*", default=None)
        job.add_argument("--model", action="append", default=[], metavar="PROVIDER=MODEL")
        job.add_argument("--timeout", type=float, default=1800)
        job.add_argument("--stall", type=float, default=600)
        job.add_argument("--format", choices=["json", "sarif", "markdown"], default="json")
        from mco_mcp.gate import add_scope_arguments

        add_scope_arguments(job, review=kind == "review")
        if kind == "review":
            job.add_argument("--role", action="append", default=[], metavar="PROVIDER=FOCUS",
                             help="security, performance, correctness, tests, maintainability, or words")
            job.add_argument("--synthesize", action="store_true", help="one more pass: consensus / divergence / next steps")
            job.add_argument("--synthesizer", default=None, metavar="PROVIDER")
            job.add_argument("--cross-examine", action="store_true",
                             help="each finding is checked by the agents that did not report it")
            job.add_argument("--min-confidence", type=float, default=None, metavar="0..1",
                             help="hide findings below this confidence (kept in hidden_findings and the reports)")
        if kind == "run":
            job.add_argument("--access", choices=["read-only", "workspace-write"], default="read-only")
            job.add_argument("--resume", action="append", default=[], metavar="PROVIDER=SESSION_ID")
            job.add_argument("--check", default=None, metavar="COMMAND",
                             help="workspace-write: run in each attempt's worktree, e.g. 'pytest -q' (split into argv, no shell)")
    apply = sub.add_parser("apply", help="apply one provider's patch of a workspace-write run to your work tree")
    apply.add_argument("job_id")
    apply.add_argument("provider")
    discard = sub.add_parser("discard", help="remove the kept attempts (worktrees, branches) of a workspace-write run")
    discard.add_argument("job_id")
    discard.add_argument("providers", nargs="*")
    status = sub.add_parser("status", help="print a job (or the recent jobs) from the state directory")
    status.add_argument("job_id", nargs="?")
    status.add_argument("--format", choices=["json", "sarif", "markdown"], default="json")
    sub.add_parser("providers", help="which CLIs are installed and ready (JSON)")
    sub.add_parser("doctor", help="what to fix, in words, for each CLI that is not ready")
    setup = sub.add_parser("setup", help="register mco-mcp with an MCP host (prints it; --write merges it)")
    setup.add_argument("host", choices=["claude", "codex", "gemini", "qwen", "opencode", "desktop"])
    setup.add_argument("--write", action="store_true", help="merge into the host's config (a backup is kept)")
    return parser


def _setup(args: argparse.Namespace) -> int:
    from mco_mcp import setup_hosts

    reg = setup_hosts.registration(args.host)
    for warning in reg.warnings:
        print(f"mco-mcp: warning: {warning}", file=sys.stderr)
    if not args.write:
        print(f"# {reg.config}\n{reg.snippet}\n# {reg.hint}")
        return EXIT_OK
    try:
        written = setup_hosts.write(args.host)
    except ValueError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path, backup, changed in written:
        if not changed:
            print(f"{path}: already up to date")
        else:
            print(f"{path}: mco-mcp registered as '{setup_hosts.SERVER_NAME}'" + (f"; backup in {backup}" if backup else ""))
    if args.host == "gemini" or args.host == "codex":
        keys = setup_hosts.forwarded_keys()
        print(f"forwarded to mco-mcp by name: {', '.join(keys) if keys else 'no credential variable (none set here)'}")
    print(f"# {reg.hint}")
    return EXIT_OK


def _doctor_lines(infos: list[Any], registry: Any) -> list[str]:
    lines = []
    for info in infos:
        manifest = registry.manifests[info.name]
        if not info.installed:
            how = f"install it: {manifest.install}" if manifest.install else f"put `{manifest.binary}` on PATH"
            lines.append(f"✗ {info.name}: not installed (`{manifest.binary}` not on PATH) — {how}")
        elif not info.ready:
            lines.append(f"✗ {info.name} {info.version or ''}: not ready — {info.reason}".replace("  ", " "))
        else:
            note = "" if info.default else " (not in the default set)"
            seen = f" — {info.reason}" if info.reason else ""  # what the probe saw, also when it was overruled
            lines.append(f"✓ {info.name} {info.version or ''}: ready{note}{seen}".replace("  ", " "))
    for name, note in registry.overrides.items():
        lines.append(f"! {name}: {note}")
    for error in registry.errors:
        lines.append(f"✗ manifest {error}")
    return lines


def _pairs(items: list[str], what: str) -> dict[str, str]:
    result = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"mco-mcp: {what} must look like PROVIDER=VALUE, got {item!r}")
        result[name] = value
    return result


def _split(command: str | None) -> list[str] | None:
    """'pytest -q' -> ['pytest', '-q']: split like a shell would, but run without one."""
    import shlex

    return shlex.split(command) if command is not None else None


def _print(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2) + "\n")


def _print_job(job: Any, fmt: str) -> None:
    if fmt == "sarif":
        from mco_mcp.reports import job_to_sarif

        _print(job_to_sarif(job))
    elif fmt == "markdown":
        from mco_mcp.reports import job_to_markdown

        sys.stdout.write(job_to_markdown(job))
    else:
        _print(job.model_dump(mode="json"))


async def _headless(args: argparse.Namespace) -> int:
    from mco_mcp.adapters.manifest import load_registry
    from mco_mcp.errors import McoError, StateDirError
    from mco_mcp.jobs.manager import JobManager
    from mco_mcp.jobs.request import build_request
    from mco_mcp.models import JobList, ProviderList
    from mco_mcp.settings import Settings

    try:
        settings = Settings.from_env()
        registry = load_registry(settings.manifest_dir)
        for error in registry.errors:
            print(f"mco-mcp: ignoring user manifest: {error}", file=sys.stderr)
        async with JobManager(settings, registry) as manager:
            if args.command == "doctor":
                infos = await manager.provider_infos(None)
                print("\n".join(_doctor_lines(infos, registry)))
                healthy = any(i.ready for i in infos) and all(i.ready for i in infos if i.installed)
                return EXIT_OK if healthy and not registry.errors else EXIT_JOB_FAILED
            if args.command == "providers":
                infos = await manager.provider_infos(None)
                _print(ProviderList(providers=infos, manifest_errors=[str(e) for e in registry.errors]).model_dump(mode="json"))
                return EXIT_OK
            if args.command == "status":
                if args.job_id:
                    _print_job(manager.snapshot(args.job_id), args.format)
                else:
                    _print(JobList(jobs=manager.list_jobs()).model_dump(mode="json"))
                return EXIT_OK
            if args.command in ("apply", "discard"):
                from mco_mcp.attempts.apply import apply_patch, discard as discard_attempts

                manager.snapshot(args.job_id)  # a job of a dead server is settled first
                if args.command == "apply":
                    job = await anyio.to_thread.run_sync(apply_patch, manager.store, args.job_id, args.provider)
                else:
                    job = await anyio.to_thread.run_sync(discard_attempts, manager.store, args.job_id, args.providers or None)
                _print_job(job, "json")
                return EXIT_OK
            from mco_mcp import gate

            scope = gate.scope_from_args(args)
            outputs = gate.parse_outputs(args.output)
            if args.prompt not in (None, "-"):
                prompt = args.prompt
            else:  # a scoped review needs no prompt: CI and hooks give none (and a terminal is not read)
                prompt = "" if scope is not None and sys.stdin.isatty() else sys.stdin.read()
                if scope is not None and not prompt.strip():
                    prompt = gate.DEFAULT_PROMPT
            request = build_request(
                kind=args.command,
                prompt=prompt,
                repo=args.repo,
                default_repo=Path.cwd(),
                paths=args.paths,
                providers=args.providers,
                models=_pairs(args.model, "--model"),
                access=getattr(args, "access", "read-only"),
                resume=_pairs(getattr(args, "resume", []), "--resume"),
                timeout_seconds=args.timeout,
                stall_seconds=args.stall,
                registry=registry,
                max_prompt_bytes=settings.max_prompt_bytes,
                roles=_pairs(getattr(args, "role", []), "--role"),
                synthesize=getattr(args, "synthesize", False),
                synthesizer=getattr(args, "synthesizer", None),
                scope=scope,
                cross_examine=getattr(args, "cross_examine", False),
                min_confidence=getattr(args, "min_confidence", None),
                check=_split(getattr(args, "check", None)),
            )
            live = await manager.start(request)
            tty = sys.stderr.isatty()

            async def show(job: Any) -> None:
                if tty:
                    line = "  ".join(f"{r.provider}:{r.state}({r.elapsed_seconds:.0f}s)" for r in job.providers)
                    sys.stderr.write(f"\r\x1b[2K{line}")
                    sys.stderr.flush()

            job = await manager.wait(live.job.job_id, float("inf"), show)
            if tty:
                sys.stderr.write("\n" + job.summary + "\n")
            _print_job(job, args.format)
            gate.write_outputs(job, outputs)
            failed = gate.gate(job, getattr(args, "fail_on", None))
            if failed is not None:
                return failed
            return EXIT_OK if job.state == "completed" else EXIT_JOB_FAILED
    except StateDirError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_JOB_FAILED
    except McoError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="mco-mcp %(levelname)s %(name)s: %(message)s")
    if argv in ([], ["serve"]):  # the hot path a host starts: no argument parsing to import
        return _serve()
    args = _parser().parse_args(argv)
    if args.command == "setup":
        return _setup(args)
    if args.command in (None, "serve"):
        return _serve()
    return anyio.run(_headless, args)


def _serve() -> int:
    """Serve MCP on stdio; a configuration that cannot work is one line on stderr and exit 1, not a traceback."""
    from mco_mcp.early import answer_opening

    answer_opening()  # the host's `server/discover` first, before anything heavy is imported (see early.py)
    from pydantic import ValidationError

    from mco_mcp.errors import McoError
    from mco_mcp.jobs.store import JobStore
    from mco_mcp.server import serve_stdio
    from mco_mcp.settings import Settings

    try:
        settings = Settings.from_env()
        JobStore(settings.state_dir).ensure()
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"mco-mcp: invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        return EXIT_JOB_FAILED
    except McoError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_JOB_FAILED
    anyio.run(serve_stdio, settings)
    return EXIT_OK

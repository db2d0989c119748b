"""Command line: `mco-mcp [serve]` runs the MCP server on stdio; review/run/status/cancel/providers/doctor
run the same engine headless for people and CI (args.py, jobs.py, progress.py, human.py, doctor.py).

The serve path imports nothing of the headless one (no argparse, no rich): a host starts it, and its first
answer must be quick (see mco_mcp/early.py).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from mco_mcp.settings import UserDefaults

EXIT_OK, EXIT_JOB_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

BANNER = """mco-mcp {version}: an MCP server over stdio that lets one coding agent consult the others
(claude, codex, gemini, opencode, qwen). It is started by your MCP host, not by hand:
  register it:   mco-mcp setup claude --write     (or codex, gemini, qwen, opencode, desktop)
  use it here:   mco-mcp review "Review app/db.py"   ·   mco-mcp doctor   ·   mco-mcp --help
Serving MCP on stdin/stdout now (JSON-RPC, one message a line); Ctrl-C or Ctrl-D ends it.
"""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="mco-mcp %(levelname)s %(name)s: %(message)s")
    if argv in ([], ["serve"]):  # the hot path a host starts: no argument parsing to import
        return _serve()
    try:
        return _headless_main(argv)
    except KeyboardInterrupt:  # Ctrl-C before a job started (reading the prompt, probing): nothing to cancel
        print("\nmco-mcp: interrupted; no job was started", file=sys.stderr)
        return EXIT_INTERRUPTED


def _headless_main(argv: list[str]) -> int:
    from mco_mcp.plugin_scan import answer_empty_scan

    answer_empty_scan()  # before the first model is built: pydantic's plugin scan, unless a plugin may exist
    from mco_mcp.cli.args import UsageError, build_parser, normalize_argv

    registry = None
    setup_error: Exception | None
    try:
        from mco_mcp.adapters.manifest import load_registry
        from mco_mcp.settings import Settings

        settings = Settings.from_env()
        registry = load_registry(settings.manifest_dir)
        known = set(registry.manifests)
    except Exception as exc:  # noqa: BLE001 — a broken setting is reported below, where it is used
        settings, known, setup_error = None, set(), exc
    else:
        setup_error = None
    wants_help = any(word in ("-h", "--help") for word in argv)
    args = build_parser(_installed(registry) if wants_help and registry else "").parse_args(normalize_argv(argv, known))
    if args.command == "setup":
        return _setup(args)
    if args.command in (None, "serve"):
        return _serve()
    if setup_error is not None or settings is None or registry is None:
        return _setting_error(setup_error)
    if args.command in ("review", "run"):
        return _job_main(args, settings, registry)
    import anyio  # after the parse: `--help` and bad flags need no event loop

    try:
        return anyio.run(_dispatch, args, settings, registry)
    except UsageError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _job_main(args: argparse.Namespace, settings: object, registry: object) -> int:
    """review / run: validate and build the job, start its CLIs (jobs/prestart.py), and only then load the
    engine (asyncio, anyio, the job models, the findings code) while they run; it adopts them."""
    import os

    from mco_mcp.cli.args import UsageError
    from mco_mcp.cli.start import prepare
    from mco_mcp.errors import McoError
    from mco_mcp.jobs.prestart import prestart

    defaults = _defaults(args, registry)
    if defaults is None:
        return EXIT_USAGE
    try:
        job = prepare(args, settings, registry, defaults)
    except (UsageError, McoError) as exc:  # bad input: one line, nothing started
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    early = prestart(job.request, settings, registry, os.environ)  # type: ignore[arg-type]
    try:
        import anyio

        return anyio.run(_run_job, args, settings, registry, job, early)
    except KeyboardInterrupt:
        if early is None or not early.handed_over:
            raise  # no job was created: main() says so
        # Ctrl-C before the job's own handler was in place: the engine's shutdown has cancelled it.
        print(f"\nmco-mcp: interrupted: job {early.job_id} was cancelled; `mco-mcp status {early.job_id}` shows it",
              file=sys.stderr)  # fmt: skip
        return EXIT_INTERRUPTED
    finally:
        if early is not None:
            early.kill()  # what was not adopted (an error before the engine took them): never left running


async def _run_job(args: argparse.Namespace, settings: object, registry: object, job: object, early: object) -> int:
    from mco_mcp.cli import jobs
    from mco_mcp.errors import McoError, StateDirError

    try:
        return await jobs.run_job(args, settings, registry, job, early)  # type: ignore[arg-type]
    except StateDirError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_JOB_FAILED
    except McoError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _repo_of(args: argparse.Namespace) -> Path:
    from pathlib import Path

    return Path(getattr(args, "repo", None) or ".").expanduser().absolute()


def _installed(registry: object) -> str:
    """The providers on PATH, for --help (no probe: help must be instant)."""
    import os

    from mco_mcp.adapters.manifest import find_binary

    manifests = registry.manifests.values()  # type: ignore[attr-defined]
    found = [m.name for m in manifests if find_binary(m, os.environ.get("PATH"))]
    missing = [m.name for m in manifests if m.name not in found]
    return (", ".join(found) or "none") + (f" (not installed: {', '.join(missing)})" if missing else "")



def _defaults(args: argparse.Namespace, registry: object) -> UserDefaults | None:
    """The config file's defaults for the job's repo (the manifests' errors said first), or None once a bad
    config file has been reported."""
    from mco_mcp.settings import ConfigError, load_defaults

    for error in registry.errors:  # type: ignore[attr-defined]
        print(f"mco-mcp: ignoring user manifest: {error}", file=sys.stderr)
    try:
        return load_defaults(_repo_of(args))
    except ConfigError as exc:
        print(f"mco-mcp: config: {exc}", file=sys.stderr)
        return None

async def _dispatch(args: argparse.Namespace, settings: object, registry: object) -> int:
    from mco_mcp.cli import jobs
    from mco_mcp.errors import McoError, StateDirError

    defaults = _defaults(args, registry)
    if defaults is None:
        return EXIT_USAGE
    try:
        if args.command == "doctor":
            from mco_mcp.cli.doctor import doctor

            return await doctor(args, settings, registry, defaults)
        handler = {"status": jobs.status, "cancel": jobs.cancel, "apply": jobs.attempts, "discard": jobs.attempts,
                   "providers": jobs.providers}[args.command]  # fmt: skip
        return await handler(args, settings, registry, defaults)
    except StateDirError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_JOB_FAILED
    except McoError as exc:
        print(f"mco-mcp: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _setting_error(exc: BaseException | None) -> int:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        print(f"mco-mcp: invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
    else:
        print(f"mco-mcp: {exc}", file=sys.stderr)
    return EXIT_JOB_FAILED


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


def _serve() -> int:
    """Serve MCP on stdio; a configuration that cannot work is one line on stderr and exit 1, not a traceback."""
    # A host never gives the server a terminal on stdin; a person who typed `mco-mcp` does, and would
    # otherwise look at a silent process. One isatty() call: nothing on the host's path gets slower.
    lead = b""  # what early.py read from stdin and did not answer: the transport serves it first
    if sys.stdin is not None and sys.stdin.isatty():
        from mco_mcp import __version__

        sys.stderr.write(BANNER.format(version=__version__))
        sys.stderr.flush()
        # No early discover answer for a person: its first read would take their Ctrl-D, and the SDK would
        # then wait for a second one on the terminal.
    else:
        from mco_mcp.early import answer_opening

        lead = answer_opening()  # the host's `server/discover` first, before anything heavy is imported (see early.py)
    # The SDK's MCPServer() imports rich, when it is installed, to build a log handler that logging.basicConfig
    # then ignores (ours, set in main(), is there first): 30-60 ms of start-up for nothing. rich is the
    # headless CLI's; in the server its import fails and the SDK falls back to the standard handler.
    sys.modules.setdefault("rich", None)  # type: ignore[arg-type]
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
    import anyio

    try:
        anyio.run(serve_stdio, settings, lead)
    except KeyboardInterrupt:  # a person's Ctrl-C on a hand-started server
        return EXIT_INTERRUPTED
    return EXIT_OK

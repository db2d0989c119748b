"""The headless CLI as a CI gate: which change to review (--uncommitted, --staged, --base/--head, --commit),
where to write each report (--output FORMAT=FILE), and when to fail (--fail-on SEVERITY).

What counts for --fail-on: a merged finding that is *verified* against the code (its file exists, its line
is in it, its quoted code is there), whose severity is at or above the threshold, and — when a scope is
given — that is not outside the change (`in_diff` is not false). Unverified findings and findings on
untouched code are reported but never fail the build.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mco_mcp.models import Job

EXIT_FINDINGS = 3
SEVERITIES = ("critical", "high", "medium", "low")
FORMATS = ("json", "sarif", "markdown")
DEFAULT_PROMPT = (
    "Review this change for bugs, security problems, performance problems and missing tests. Report only real "
    "problems, each with the file and line it is at."
)


def usage(message: str) -> None:
    print(f"mco-mcp: {message}", file=sys.stderr)
    raise SystemExit(2)


def add_scope_arguments(parser: argparse.ArgumentParser, review: bool) -> None:
    group = parser.add_argument_group("the change to review (git)")
    which = group.add_mutually_exclusive_group()
    which.add_argument("--uncommitted", action="store_true", help="staged + unstaged + untracked changes vs HEAD")
    which.add_argument("--staged", action="store_true", help="only the staged changes (a pre-commit hook)")
    which.add_argument("--base", metavar="REF", help="the changes since merge-base(REF, head), like a pull request")
    which.add_argument("--commit", metavar="REF", help="one commit against its (first) parent")
    group.add_argument("--head", metavar="REF", help="with --base: the head to review (default HEAD; a ref not "
                       "checked out is reviewed in a temporary worktree)")  # fmt: skip
    group.add_argument("--range", action="store_true", help="with --base: diff base..head exactly, no merge base")
    group.add_argument("--only-in-diff", action="store_true", help="drop findings outside the changed hunks")
    parser.add_argument("--output", action="append", default=[], metavar="FORMAT=FILE",
                        help="also write the job as FORMAT (json, sarif, markdown) to FILE; repeatable")  # fmt: skip
    if review:
        parser.add_argument("--fail-on", choices=SEVERITIES, default=None, metavar="SEVERITY",
                            help=f"exit {EXIT_FINDINGS} when a verified finding (in the change, with a scope) "
                            "has this severity or higher: critical, high, medium, low")  # fmt: skip


def scope_from_args(args: argparse.Namespace) -> dict[str, Any] | None:
    if (args.head or args.range) and not args.base:
        usage("--head and --range go with --base REF")
    only = {"only_in_diff": True} if args.only_in_diff else {}
    if args.uncommitted:
        return {"kind": "uncommitted", **only}
    if args.staged:
        return {"kind": "staged", **only}
    if args.commit:
        return {"kind": "commit", "commit": args.commit, **only}
    if args.base:
        scope = {"kind": "range" if args.range else "branch", "base": args.base, **only}
        return scope | ({"head": args.head} if args.head else {})
    if args.only_in_diff:
        usage("--only-in-diff needs a change: --uncommitted, --staged, --base or --commit")
    return None


def parse_outputs(items: list[str]) -> list[tuple[str, Path]]:
    outputs = []
    for item in items:
        fmt, sep, file = item.partition("=")
        if not sep or fmt not in FORMATS or not file:
            usage(f"--output must look like FORMAT=FILE with FORMAT one of {', '.join(FORMATS)}; got {item!r}")
        outputs.append((fmt, Path(file)))
    return outputs


def render(job: Job, fmt: str) -> str:
    if fmt == "sarif":
        from mco_mcp.reports import job_to_sarif

        return json.dumps(job_to_sarif(job), indent=2) + "\n"
    if fmt == "markdown":
        from mco_mcp.reports import job_to_markdown

        return job_to_markdown(job)
    return json.dumps(job.model_dump(mode="json"), indent=2) + "\n"


def write_outputs(job: Job, outputs: list[tuple[str, Path]]) -> None:
    for fmt, path in outputs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(job, fmt), encoding="utf-8")


def failing_findings(job: Job, fail_on: str | None) -> list[Any]:
    if fail_on is None or not job.findings:
        return []
    worst = SEVERITIES.index(fail_on)
    return [f for f in job.findings
            if f.verified is True and SEVERITIES.index(f.severity) <= worst and f.in_diff is not False]  # fmt: skip


def gate(job: Job, fail_on: str | None) -> int | None:
    """EXIT_FINDINGS (with a line on stderr) when the gate fails, else None."""
    failing = failing_findings(job, fail_on)
    if not failing:
        return None
    print(f"mco-mcp: {len(failing)} verified finding(s) at or above {fail_on}:", file=sys.stderr)
    for f in failing[:20]:
        where = f"{f.file}:{f.line}" if f.file and f.line else (f.file or "-")
        print(f"  [{f.severity}] {where}: {f.title}", file=sys.stderr)
    return EXIT_FINDINGS

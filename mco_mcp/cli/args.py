"""The headless CLI's arguments: flags whose help, defaults and units come from the tools' input models
(mco_mcp/inputs.py), and argument shapes that cannot swallow the prompt.

- `--providers` takes one value (comma-separated) and may be repeated. For the older spelling
  `--providers codex gemini`, the words after it that are *known provider names* are taken too; the first
  word that is not one (the prompt) stops it.
- The prompt comes from exactly one of: the positional argument, `--prompt`, `--prompt-file`, stdin.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from mco_mcp.inputs import ApplyInput, DiscardInput, ReviewInput, RunInput, StatusInput, default_of, unit

EXIT_OK, EXIT_JOB_FAILED, EXIT_USAGE, EXIT_FINDINGS, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
FORMATS = ("human", "json", "sarif", "markdown")
PROVIDER_FLAGS = ("--providers", "--provider", "-p")


class UsageError(Exception):
    """Bad input on the command line: one line on stderr, exit 2."""


def usage_error(message: str) -> None:
    raise UsageError(message)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own errors: the same one line and exit 2
        self.print_usage(sys.stderr)
        print(f"mco-mcp: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _help(model: type, field: str, text: str | None = None) -> str:
    info = model.model_fields[field]  # type: ignore[attr-defined]
    base = (text or info.description or "").rstrip(".")
    default = default_of(model, field)
    what = unit(field)
    if default is not None and default is not False:
        base += f" (default: {default:g} {what})" if what and isinstance(default, (int, float)) else f" (default: {default})"
    elif what:
        base += f" ({what})"
    return base.replace("%", "%%")


def split_names(values: Iterable[str]) -> list[str]:
    """`--providers a,b --providers c` → [a, b, c]; empty items are refused (a stray comma is a typo)."""
    names: list[str] = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                usage_error(f"--providers {value!r} has an empty name; give names separated by commas, e.g. codex,gemini")
            names.append(item)
    return names


def normalize_argv(argv: Sequence[str], known: set[str]) -> list[str]:
    """Rewrite `--providers a b c PROMPT` as `--providers a --providers b --providers c PROMPT`: only words
    that are known provider names (or comma lists of them) are taken, so the prompt is never swallowed."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        out.append(word)
        i += 1
        if word == "--":
            out.extend(argv[i:])
            break
        if word in PROVIDER_FLAGS and i < len(argv):
            out.append(argv[i])
            i += 1
            while i < len(argv) and argv[i] and all(name.strip() in known for name in argv[i].split(",")):
                out.extend([word, argv[i]])
                i += 1
    return out


def pairs(items: Sequence[str], flag: str) -> dict[str, str]:
    result = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            usage_error(f"{flag} must look like PROVIDER=VALUE, e.g. {flag} codex=gpt-5; got {item!r}")
        result[name] = value
    return result


EXAMPLES = {
    "review": """examples:
  mco-mcp review "Review app/db.py for SQL injection"          # every ready provider, the prompt as an argument
  mco-mcp review --providers codex,gemini --prompt-file ask.md  # two providers, the prompt from a file
  mco-mcp review --base main --fail-on high --format sarif > mco.sarif   # a CI gate on a branch""",
    "run": """examples:
  mco-mcp run "Explain what mco_mcp/jobs does" --providers claude
  git diff | mco-mcp run --providers codex --prompt "Write a commit message for this diff" --format json
  mco-mcp run --access workspace-write --providers codex "Add a test for parse_args"   # the agent edits files""",
    "status": """examples:
  mco-mcp status                          # the recent jobs
  mco-mcp status r-20260101-abcdef --watch  # follow a job until it ends
  mco-mcp status r-20260101-abcdef --format markdown > report.md""",
    "cancel": """examples:
  mco-mcp cancel r-20260101-abcdef
  mco-mcp cancel r-20260101-abcdef --provider gemini   # stop one provider, let the others finish
  mco-mcp cancel "$(mco-mcp status --format json | jq -r '.jobs[0].job_id')"   # the newest job""",
    "apply": """examples:
  mco-mcp run --access workspace-write --providers codex,claude --check "pytest -q" "Fix the failing test"
  mco-mcp apply 20260101-000000-abcdef codex    # keep codex's patch (all or nothing)
  mco-mcp status 20260101-000000-abcdef --format json | jq '.providers[].attempt'   # compare first""",
    "discard": """examples:
  mco-mcp discard 20260101-000000-abcdef          # drop every kept attempt of the job
  mco-mcp discard 20260101-000000-abcdef gemini   # only gemini's
  mco-mcp discard "$(mco-mcp status --format json | jq -r '.jobs[0].job_id')"   # the newest job's""",
    "providers": """examples:
  mco-mcp providers
  mco-mcp providers --format json
  mco-mcp providers --format json | jq -r '.providers[] | select(.default) | .name'""",
    "doctor": """examples:
  mco-mcp doctor                 # what to fix, per CLI
  mco-mcp doctor --json          # the same verdicts for a script
  mco-mcp doctor && mco-mcp review --uncommitted   # review only on a usable setup""",
    "setup": """examples:
  mco-mcp setup claude           # print the registration for Claude Code
  mco-mcp setup claude --write   # merge it into the host's config (a backup is kept)
  mco-mcp setup codex --write""",
}

EXIT_CODES = f"""exit codes:
  {EXIT_OK}    the job completed (every provider succeeded), or the command did what it says
  {EXIT_JOB_FAILED}    the job failed, was partial or cancelled; doctor: a default provider is not usable
  {EXIT_USAGE}    bad input: a flag, a value out of bounds, an unknown provider, an empty prompt
  {EXIT_FINDINGS}    review --fail-on: a verified finding at or above the threshold
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C): the job was cancelled, its id printed"""


def build_parser(installed: str = "") -> argparse.ArgumentParser:
    from mco_mcp import __version__
    from mco_mcp.gate import add_scope_arguments

    providers_line = f"\nproviders on this machine: {installed}\n" if installed else ""
    parser = _Parser(
        prog="mco-mcp",
        description="mco-mcp is an MCP server (run with no arguments by your MCP host) that lets one coding agent "
        "consult the others (claude, codex, gemini, opencode, qwen). The commands below run the same engine "
        "from a terminal or CI.",
        epilog=providers_line + "\n" + EXIT_CODES + "\n\nRun `mco-mcp COMMAND --help` for a command's flags and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mco-mcp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("serve", help="serve MCP on stdio (the default; what a host runs)")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=text, description=text + providers_line, epilog=EXAMPLES[name] + "\n\n" + EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    for kind, model in (("review", ReviewInput), ("run", RunInput)):
        text = ("ask several agents to review code; merged findings" if kind == "review"
                else "give a task to several agents; each one's answer")  # fmt: skip
        job = command(kind, text)
        given = job.add_argument_group("the prompt (exactly one source; default: stdin)")
        given.add_argument("prompt", nargs="?", metavar="PROMPT", help="the prompt as one argument; '-' reads stdin")
        given.add_argument("--prompt", dest="prompt_flag", metavar="TEXT", help="the prompt (a text that starts with '-' too)")
        given.add_argument("--prompt-file", metavar="FILE", help="read the prompt from FILE ('-': stdin)")
        job.add_argument("-p", "--providers", "--provider", dest="providers", action="append", metavar="NAMES",
                         help=_help(model, "providers", "comma-separated provider names, repeatable "
                                    "(default: every installed, ready CLI, or `providers` in the config file)"))  # fmt: skip
        job.add_argument("--repo", metavar="DIR", help=_help(model, "repo", "repository the agents work in (default: the current directory)"))
        job.add_argument("--path", "--paths", dest="paths", action="append", metavar="PATH",
                         help=_help(model, "paths", "a file or directory to focus on, inside repo; repeatable"))  # fmt: skip
        job.add_argument("--model", action="append", default=[], metavar="PROVIDER=MODEL",
                         help="model per provider, passed to its model flag, e.g. codex=gpt-5; repeatable")  # fmt: skip
        job.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help=_help(model, "timeout_seconds"))
        job.add_argument("--stall", type=float, default=None, metavar="SECONDS", help=_help(model, "stall_seconds"))
        job.add_argument("--format", choices=FORMATS, default=None,
                         help="what to print on stdout: human (a terminal's default), json (the default when stdout "
                         "is not a terminal), sarif, markdown")  # fmt: skip
        job.add_argument("--no-progress", action="store_true", help="no progress display or lines on stderr")
        add_scope_arguments(job, review=kind == "review")
        if kind == "review":
            job.add_argument("--role", action="append", default=[], metavar="PROVIDER=FOCUS",
                             help="a focus per provider: security, performance, correctness, tests, maintainability, "
                             "or your words; repeatable")  # fmt: skip
            job.add_argument("--synthesize", action="store_true", help=_help(model, "synthesize"))
            job.add_argument("--synthesizer", metavar="PROVIDER", help=_help(model, "synthesizer"))
            job.add_argument("--cross-examine", action="store_true", help=_help(model, "cross_examine"))
            job.add_argument("--adjudicate", action="store_true", help=_help(model, "adjudicate"))
            job.add_argument("--adjudicator", metavar="PROVIDER", help=_help(model, "adjudicator"))
            job.add_argument("--min-confidence", type=float, default=None, metavar="0..1", help=_help(model, "min_confidence"))
        else:
            job.add_argument("--access", choices=["read-only", "workspace-write"], default="read-only", help=_help(model, "access"))
            job.add_argument("--resume", action="append", default=[], metavar="PROVIDER=SESSION_ID", help=_help(model, "resume") + "; repeatable")
            job.add_argument("--check", default=None, metavar="COMMAND",
                             help="workspace-write: run in each attempt's worktree, e.g. 'pytest -q' (split into argv, no shell)")  # fmt: skip

    status = command("status", "show a job, or the recent jobs, from the state directory")
    status.add_argument("job_id", nargs="?", metavar="JOB_ID", help=_help(StatusInput, "job_id"))
    status.add_argument("--watch", action="store_true", help="follow the job until it ends (progress on stderr)")
    status.add_argument("--format", choices=FORMATS, default=None, help="human (a terminal's default), json, sarif, markdown")
    cancel = command("cancel", "stop a running job (its processes are killed)")
    cancel.add_argument("job_id", metavar="JOB_ID", help="a job id from review, run or status")
    cancel.add_argument("-p", "--providers", "--provider", dest="providers", action="append", metavar="NAMES",
                        help="only these providers' runs (comma-separated, repeatable); default: the whole job")  # fmt: skip
    cancel.add_argument("--format", choices=FORMATS, default=None, help="human (a terminal's default) or json")
    apply = command("apply", "apply one provider's patch of a workspace-write run to your work tree")
    apply.add_argument("job_id", metavar="JOB_ID", help=_help(ApplyInput, "job_id"))
    apply.add_argument("provider", metavar="PROVIDER", help=_help(ApplyInput, "provider"))
    discard = command("discard", "remove the kept attempts (worktrees, branches) of a workspace-write run")
    discard.add_argument("job_id", metavar="JOB_ID", help=_help(DiscardInput, "job_id"))
    discard.add_argument("providers", nargs="*", metavar="PROVIDER", help=_help(DiscardInput, "providers"))
    providers = command("providers", "which CLIs are installed and ready")
    providers.add_argument("--format", choices=("human", "json"), default=None, help="human (a terminal's default) or json")
    doctor = command("doctor", "what to fix, in words, for each CLI; the config in effect")
    doctor.add_argument("--json", action="store_true", help="the verdicts as JSON")
    setup = command("setup", "register mco-mcp with an MCP host (prints it; --write merges it)")
    setup.add_argument("host", choices=["claude", "codex", "gemini", "qwen", "opencode", "desktop"])
    setup.add_argument("--write", action="store_true", help="merge into the host's config (a backup is kept)")
    return parser


def read_prompt(args: argparse.Namespace, scoped: bool) -> str:
    """The prompt from its one source; says so when it waits on a terminal."""
    sources = [name for name, value in (("PROMPT", args.prompt), ("--prompt", args.prompt_flag),
                                        ("--prompt-file", args.prompt_file)) if value is not None]  # fmt: skip
    if len(sources) > 1:
        usage_error(f"the prompt is given twice ({' and '.join(sources)}); give one of PROMPT, --prompt, --prompt-file")
    if args.prompt_flag is not None:
        return str(args.prompt_flag)
    if args.prompt not in (None, "-"):
        return str(args.prompt)
    if args.prompt_file not in (None, "-"):
        try:
            with open(args.prompt_file, encoding="utf-8") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            usage_error(f"--prompt-file {args.prompt_file!r} cannot be read: {getattr(exc, 'strerror', None) or exc}")
    explicit = args.prompt == "-" or args.prompt_file == "-"
    if sys.stdin is None or sys.stdin.closed:
        return ""
    if sys.stdin.isatty():
        if scoped and not explicit:
            return ""  # a scoped review needs no prompt: the default one is used
        print("mco-mcp: reading the prompt from stdin… (end it with Ctrl-D; or give it as an argument, "
              "--prompt TEXT or --prompt-file FILE)", file=sys.stderr, flush=True)  # fmt: skip
    try:
        return sys.stdin.read()
    except UnicodeDecodeError as exc:
        usage_error(f"the prompt on stdin is not UTF-8: {exc.reason}")
    return ""

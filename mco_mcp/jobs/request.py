"""Turn a tool call's arguments into a validated job request, or an InputError naming the problem.

Everything is checked before anything starts: a bad request starts no process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mco_mcp.adapters.manifest import Registry
from mco_mcp.errors import InputError
from mco_mcp.jobs.roles import Focus, resolve_roles
from mco_mcp.kinds import Access, JobKind
from mco_mcp.scope.model import ReviewScope

if TYPE_CHECKING:
    from mco_mcp.attempts.job import Plan
    from mco_mcp.scope.resolve import Change

# Session ids and model names go into argv: they must never look like a flag or carry odd bytes.
_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}")  # used with fullmatch: no "$" newline loophole


@dataclass(frozen=True)
class JobRequest:
    kind: JobKind
    prompt: str
    repo: Path
    paths: tuple[str, ...]
    providers: tuple[str, ...] | None  # None: the default set, chosen when the job starts
    models: Mapping[str, str] = field(default_factory=dict)
    access: Access = "read-only"
    resume: Mapping[str, str] = field(default_factory=dict)
    timeout_seconds: float = 1800
    stall_seconds: float = 600
    roles: Mapping[str, Focus] = field(default_factory=dict)
    synthesize: bool = False
    synthesizer: str | None = None
    cross_examine: bool = False
    min_confidence: float | None = None  # None: the server's MCO_MCP_MIN_CONFIDENCE, if set
    adjudicate: bool = False  # one agent decides the pairs the merger's rules are unsure of (jobs.adjudication)
    adjudicator: str | None = None
    scope: ReviewScope | None = None  # a change to review (git); resolved into `change` when the job starts
    change: Change | None = None
    check: tuple[str, ...] | None = None  # argv run in each attempt's worktree after its run (workspace-write)
    attempts: Plan | None = None  # each writer's own worktree; planned when the job starts (mco_mcp/attempts)


def _no_nul(what: str, value: str) -> None:
    if "\0" in value:
        raise InputError(f"{what} contains a NUL byte")


# Never a place for agents to write in, whatever the caller asks: the system itself (and below it).
_SYSTEM_DIRS = tuple(
    Path(p) for p in ("/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/run", "/sbin", "/sys", "/usr")
)


def resolve_repo(repo: str | None, fallback: Path, roots: Sequence[Path] | None = None, access: Access = "read-only") -> Path:
    try:
        return _resolve_repo(repo, fallback, roots, access)
    except (OSError, RuntimeError) as exc:  # EACCES, ELOOP, a symlink loop (RuntimeError in 3.11's resolve)
        raise InputError(f"repo {repo if repo is not None else str(fallback)!r} cannot be used: {_os_reason(exc)}") from exc


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f" ({exc.filename})" if exc.filename else "")
    return str(exc) or type(exc).__name__


def _resolve_repo(repo: str | None, fallback: Path, roots: Sequence[Path] | None, access: Access) -> Path:
    """The repository as an absolute, resolved directory, confined as the caller's situation requires:

    - inside one of the client's MCP roots when the client offers roots;
    - for workspace-write, never `/`, the home directory itself, `/var`, or a system directory.
    """
    if repo is not None:
        _no_nul("repo", repo)
        if not repo.strip():
            raise InputError("repo is empty")
        path = Path(repo).expanduser()
        if not path.is_absolute():
            path = fallback / path
    else:
        path = fallback
    if not path.exists():
        raise InputError(f"repo {str(path)!r} does not exist")
    if not path.is_dir():
        raise InputError(f"repo {str(path)!r} is not a directory")
    resolved = path.resolve()
    if roots:
        allowed = [root.resolve() for root in roots]
        if not any(resolved.is_relative_to(root) for root in allowed):
            listed = ", ".join(str(root) for root in allowed)
            raise InputError(f"repo {str(resolved)!r} is outside the client's roots ({listed}); pick a directory inside one")
    if access != "read-only":
        home = Path.home().resolve()
        if resolved in (Path("/"), home, Path("/var")) or any(resolved.is_relative_to(d) for d in _SYSTEM_DIRS):
            raise InputError(
                f"refusing {access} in {str(resolved)!r}: agents may write only inside a project directory, "
                "never in /, the home directory itself or a system directory"
            )
    return resolved


def resolve_paths(paths: Sequence[str] | None, repo: Path) -> tuple[str, ...]:
    """Repo-relative paths; each must exist and resolve (symlinks included) inside the repo."""
    result = []
    for raw in paths or ():
        try:
            result.append(_resolve_path(raw, repo))
        except (OSError, RuntimeError) as exc:
            raise InputError(f"path {raw!r} cannot be used: {_os_reason(exc)}") from exc
    return tuple(dict.fromkeys(result))


def _resolve_path(raw: str, repo: Path) -> str:
    _no_nul("a path", raw)
    if not raw.strip():
        raise InputError("paths contains an empty path")
    candidate = Path(raw).expanduser()
    candidate = candidate if candidate.is_absolute() else repo / candidate
    resolved = candidate.resolve()
    if not resolved.is_relative_to(repo):
        raise InputError(f"path {raw!r} resolves outside the repo {str(repo)!r}")
    if not resolved.exists():
        raise InputError(f"path {raw!r} does not exist in the repo")
    return resolved.relative_to(repo).as_posix() or "."


def check_prompt(prompt: str, max_bytes: int) -> str:
    _no_nul("prompt", prompt)
    if not prompt.strip():
        raise InputError("prompt is empty")
    size = len(prompt.encode("utf-8"))
    if size > max_bytes:
        raise InputError(f"prompt is {size} bytes, over the limit of {max_bytes} (MCO_MCP_MAX_PROMPT_BYTES)")
    return prompt


def check_providers(providers: Sequence[str] | None, registry: Registry) -> tuple[str, ...] | None:
    if providers is None:
        return None
    if not providers:
        raise InputError("providers is an empty list; omit it to use every ready provider")
    seen: set[str] = set()
    for name in providers:
        if name not in registry.manifests:
            raise InputError(f"unknown provider {name!r}; known providers: {', '.join(sorted(registry.names))}")
        if name in seen:
            raise InputError(f"provider {name!r} is listed twice")
        seen.add(name)
    return tuple(providers)


def check_token_map(what: str, values: Mapping[str, str] | None, registry: Registry) -> dict[str, str]:
    """models / resume: {provider: value}; the provider must be known and the value argv-safe."""
    checked = {}
    for name, value in (values or {}).items():
        if name not in registry.manifests:
            raise InputError(f"{what}: unknown provider {name!r}")
        if not isinstance(value, str) or not _TOKEN_RE.fullmatch(value):
            raise InputError(
                f"{what}[{name!r}] = {value!r} is not valid: letters, digits and ._:/@+- only, not starting with '-'"
            )
        checked[name] = value
    return checked


def check_scope(scope: ReviewScope | Mapping[str, Any] | None) -> ReviewScope | None:
    if scope is None or isinstance(scope, ReviewScope):
        return scope
    from pydantic import ValidationError

    try:
        return ReviewScope.model_validate(scope)
    except ValidationError as exc:
        problems = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        raise InputError(f"scope is not valid: {problems}") from None


def build_request(
    *,
    kind: JobKind,
    prompt: str,
    repo: str | None,
    default_repo: Path,
    paths: Sequence[str] | None,
    providers: Sequence[str] | None,
    models: Mapping[str, str] | None,
    access: Access,
    resume: Mapping[str, str] | None,
    timeout_seconds: float,
    stall_seconds: float,
    registry: Registry,
    max_prompt_bytes: int,
    roots: Sequence[Path] | None = None,
    roles: Mapping[str, str] | None = None,
    synthesize: bool = False,
    synthesizer: str | None = None,
    scope: ReviewScope | Mapping[str, Any] | None = None,
    cross_examine: bool = False,
    min_confidence: float | None = None,
    check: Sequence[str] | None = None,
    adjudicate: bool = False,
    adjudicator: str | None = None,
) -> JobRequest:
    check_prompt(prompt, max_prompt_bytes)
    repo_path = resolve_repo(repo, default_repo, roots, access if kind == "run" else "read-only")
    chosen = check_providers(providers, registry)
    model_map = check_token_map("models", models, registry)
    resume_map = check_token_map("resume", resume, registry)
    if chosen is None and resume_map:
        chosen = tuple(resume_map)  # resuming a session names its provider
    for what, mapping in (("models", model_map), ("resume", resume_map)):
        for name in mapping:
            if chosen is not None and name not in chosen:
                raise InputError(f"{what} names provider {name!r}, which is not in providers")
    for name in model_map:
        if registry.manifests[name].model is None:
            raise InputError(f"provider {name!r} has no way to choose a model (its manifest has no [model])")
    for name in resume_map:
        if registry.manifests[name].resume is None:
            raise InputError(f"provider {name!r} cannot resume a session (its manifest has no [resume])")
    focuses = resolve_roles(roles, set(registry.manifests))
    for name in focuses:
        if chosen is not None and name not in chosen:
            raise InputError(f"roles names provider {name!r}, which is not in providers")
    if synthesizer is not None:
        if synthesizer not in registry.manifests:
            raise InputError(f"synthesizer: unknown provider {synthesizer!r}")
        if not synthesize:
            raise InputError("synthesizer is set but synthesize is false")
    if adjudicator is not None:
        if adjudicator not in registry.manifests:
            raise InputError(f"adjudicator: unknown provider {adjudicator!r}")
        if not adjudicate:
            raise InputError("adjudicator is set but adjudicate is false")
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"min_confidence must be between 0 and 1, got {min_confidence!r}")
    if access != "read-only":
        for name in chosen or ():
            if access not in registry.manifests[name].access:
                raise InputError(f"provider {name!r} has no {access!r} access level")
    return JobRequest(
        kind=kind,
        prompt=prompt,
        repo=repo_path,
        paths=resolve_paths(paths, repo_path),
        providers=chosen,
        models=model_map,
        access=access,
        resume=resume_map,
        timeout_seconds=timeout_seconds,
        stall_seconds=stall_seconds,
        roles=focuses,
        synthesize=synthesize,
        synthesizer=synthesizer,
        scope=check_scope(scope),
        cross_examine=cross_examine,
        min_confidence=min_confidence,
        adjudicate=adjudicate,
        adjudicator=adjudicator,
        check=check_command(check),
    )


def check_command(argv: Sequence[str] | None) -> tuple[str, ...] | None:
    """The `check` argv: a program and its arguments, run without a shell (so nothing in it is interpreted)."""
    if argv is None:
        return None
    if isinstance(argv, str) or not argv or not all(isinstance(a, str) for a in argv):
        raise InputError("check must be a non-empty list of strings: the program and its arguments, e.g. [\"pytest\", \"-q\"]")
    if len(argv) > 256 or any(len(a) > 4096 for a in argv):
        raise InputError("check is too long: at most 256 arguments of 4096 characters")
    for arg in argv:
        _no_nul("check", arg)
    if not argv[0].strip():
        raise InputError("check[0] is empty: name the program to run")
    return tuple(argv)

"""Server settings, read once from the environment (MCO_MCP_*), with XDG defaults."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / fallback


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    state_dir: Path = Field(description="Jobs, logs and outputs live here (created 0700)")
    manifest_dir: Path = Field(description="User manifests: add or override a provider CLI here")
    max_processes: int = Field(8, ge=1, description="Provider processes running at once; more wait queued")
    output_budget: int = Field(12_000, ge=200, description="Characters of final text per provider in a tool result")
    max_prompt_bytes: int = Field(1_048_576, ge=1)
    max_jobs: int = Field(
        64, ge=1, description="Jobs queued or running at once; past it `review`/`run` are refused with a clear error"
    )
    max_output_bytes: int = Field(
        268_435_456, ge=65_536, description="A provider printing more (stdout + stderr) is stopped: the disk is finite"
    )
    diff_budget_bytes: int = Field(
        200_000, ge=1_000, description="Bytes of diff a scoped review puts in the prompt (whole files, by a stated rule)"
    )
    crossexam_max_findings: int = Field(40, ge=1, description="Cross-examination: findings examined at most per review")
    crossexam_max_prompt_tokens: int = Field(
        12_000, ge=500, description="Cross-examination: estimated prompt tokens per examining agent at most"
    )
    min_confidence: float | None = Field(
        None, ge=0.0, le=1.0, description="Default min_confidence of a review (findings below it are hidden)"
    )
    check_timeout_seconds: float = Field(
        600.0, gt=0, description="How long a run's `check` command may take in each attempt's worktree"
    )
    max_depth: int = Field(1, ge=0, description="How deep mco-mcp may be nested inside CLIs it launched")
    kill_grace_seconds: float = Field(3.0, ge=0)
    progress_interval: float = Field(5.0, gt=0)
    keep_jobs: int = Field(200, ge=1, description="Finished jobs kept in the state directory")
    keep_days: float = Field(14.0, gt=0)
    probe_ttl_seconds: float = Field(600.0, ge=0)
    probe_timeout_seconds: float = Field(10.0, gt=0)
    probe_wait_seconds: float = Field(2.0, ge=0, description="How long a job waits for cold readiness probes")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        state = env.get("MCO_MCP_STATE_DIR")
        manifests = env.get("MCO_MCP_MANIFEST_DIR")
        numeric = {
            "max_processes": "MCO_MCP_MAX_PROCESSES",
            "output_budget": "MCO_MCP_OUTPUT_BUDGET",
            "max_prompt_bytes": "MCO_MCP_MAX_PROMPT_BYTES",
            "max_jobs": "MCO_MCP_MAX_JOBS",
            "max_output_bytes": "MCO_MCP_MAX_OUTPUT_BYTES",
            "max_depth": "MCO_MCP_MAX_DEPTH",
            "check_timeout_seconds": "MCO_MCP_CHECK_TIMEOUT_SECONDS",
            "diff_budget_bytes": "MCO_MCP_DIFF_BUDGET_BYTES",
            "crossexam_max_findings": "MCO_MCP_CROSSEXAM_MAX_FINDINGS",
            "crossexam_max_prompt_tokens": "MCO_MCP_CROSSEXAM_MAX_PROMPT_TOKENS",
            "min_confidence": "MCO_MCP_MIN_CONFIDENCE",
            "kill_grace_seconds": "MCO_MCP_KILL_GRACE_SECONDS",
            "progress_interval": "MCO_MCP_PROGRESS_INTERVAL",
            "keep_jobs": "MCO_MCP_KEEP_JOBS",
            "keep_days": "MCO_MCP_KEEP_DAYS",
            "probe_ttl_seconds": "MCO_MCP_PROBE_TTL_SECONDS",
            "probe_timeout_seconds": "MCO_MCP_PROBE_TIMEOUT_SECONDS",
            "probe_wait_seconds": "MCO_MCP_PROBE_WAIT_SECONDS",
        }
        values: dict[str, object] = {key: env[var] for key, var in numeric.items() if env.get(var)}
        return cls(
            state_dir=Path(state) if state else _xdg("XDG_STATE_HOME", ".local/state") / "mco-mcp",
            manifest_dir=Path(manifests) if manifests else _xdg("XDG_CONFIG_HOME", ".config") / "mco-mcp" / "manifests",
            **values,
        )


# -- defaults people set once (the headless CLI and `doctor`) ------------------------------------------

CONFIG_KEYS = ("providers", "models", "roles", "timeout_seconds", "stall_seconds", "format")


class ConfigError(ValueError):
    """A config file that cannot be used: which file, and what is wrong in it (one line)."""


def user_config_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ if env is None else env)
    explicit = env.get("MCO_MCP_CONFIG")
    if explicit:
        return Path(explicit)
    base = env.get("XDG_CONFIG_HOME")
    return (Path(base) if base else Path(env.get("HOME") or Path.home()) / ".config") / "mco-mcp" / "config.toml"


def repo_config_path(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start` (where a project's settings live), if any."""
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


class UserDefaults(BaseModel):
    """Defaults for the headless CLI, from `[tool.mco-mcp]` in the repository's pyproject.toml and from the
    user's config file. Precedence: a flag > the repository > the user file > built-in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    providers: list[str] | None = Field(None, description="Providers to ask when no --providers is given")
    models: dict[str, str] = Field(default_factory=dict, description="Model per provider")
    roles: dict[str, str] = Field(default_factory=dict, description="Review focus per provider")
    timeout_seconds: float | None = Field(None, gt=0, le=86400)
    stall_seconds: float | None = Field(None, gt=0, le=86400)
    format: str | None = Field(None, pattern="^(human|json|sarif|markdown)$")
    sources: dict[str, str] = Field(default_factory=dict, description="Which file set each key (for doctor)")


_MAX_CONFIG_BYTES = 1024 * 1024


def _read_table(path: Path, repo: bool) -> dict[str, object]:
    import tomllib

    from mco_mcp.safefiles import read_regular_file

    try:
        # The repository's pyproject.toml is the reviewed code's: regular files only, capped (a FIFO waits).
        data = tomllib.loads(read_regular_file(path, _MAX_CONFIG_BYTES, follow_symlinks=True).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {' '.join(str(exc).split())}") from None
    table = data.get("tool", {}).get("mco-mcp", {}) if repo else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.mco-mcp] is not a table")
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; known: {', '.join(CONFIG_KEYS)}")
    return dict(table)


def load_defaults(repo: Path, env: dict[str, str] | None = None) -> UserDefaults:
    """Merge the user file under the repository's table; each key remembers the file it came from."""
    from pydantic import ValidationError

    merged: dict[str, object] = {}
    sources: dict[str, str] = {}
    layers = [(user_config_path(env), False)]
    repo_file = repo_config_path(repo)
    if repo_file is not None:
        layers.append((repo_file, True))
    for path, is_repo in layers:  # later layers win
        if not path.is_file():
            continue
        table = _read_table(path, is_repo)
        merged.update(table)
        sources.update({key: f"{path}" + (" [tool.mco-mcp]" if is_repo else "") for key in table})
    try:
        return UserDefaults(**merged, sources=sources)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = sources.get(str(first["loc"][0]), "config")
        raise ConfigError(f"{where}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None

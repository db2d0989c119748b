"""What to run: one frozen request per provider run, built once from the manifest and the job."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mco_mcp.adapters.env import redact
from mco_mcp.execute.groups import RUN_MARKER_VAR

# The kernel stops a CLI's writes this far past the output limit (RLIMIT_FSIZE, per file): past the limit
# itself, so that our own check sees the limit crossed and reports it, and not much further.
FILE_SIZE_MARGIN = 64 * 1024


@dataclass(frozen=True)
class Limits:
    timeout_seconds: float
    stall_seconds: float
    kill_grace_seconds: float
    max_output_bytes: int = 256 * 1024 * 1024

    @property
    def file_size(self) -> int:
        """The RLIMIT_FSIZE a CLI runs under."""
        return self.max_output_bytes + FILE_SIZE_MARGIN


@dataclass(frozen=True)
class ArtifactPaths:
    """Where a run's logs go (created exclusively) and, once it has one, its full final text."""

    stdout: Path
    stderr: Path
    final: Path

    @classmethod
    def in_dir(cls, directory: Path, stem: str) -> ArtifactPaths:
        return cls(directory / f"{stem}.stdout.log", directory / f"{stem}.stderr.log", directory / f"{stem}.final.txt")


@dataclass(frozen=True)
class RunRequest:
    """Everything one CLI run needs. The prompt travels on stdin, never in argv; `env` and `stdin` stay out
    of repr (and so out of logs and tracebacks)."""

    provider: str
    argv: tuple[str, ...]
    cwd: Path
    env: Mapping[str, str] = field(repr=False)
    stdin: bytes = field(repr=False)
    limits: Limits
    parser: str  # an output format of adapters/parsers
    artifacts: ArtifactPaths
    # Values redacted from whatever of this run reaches a document: the server's environment and the CLI's.
    secrets: Mapping[str, str] = field(default_factory=dict, repr=False)

    def spawn_env(self, marker: str) -> dict[str, str]:
        """The environment the CLI is started with: the run marker first (it survives setsid and double
        forks, so every descendant can be found and stopped), then the request's own."""
        return {RUN_MARKER_VAR: marker, **{k: v for k, v in self.env.items() if k != RUN_MARKER_VAR}}

    def recorded_argv(self) -> tuple[str, ...]:
        """The argv as it is recorded: the very list that ran, with secrets replaced (the prompt is never in it)."""
        return tuple(redact(arg, self.secrets) for arg in self.argv)

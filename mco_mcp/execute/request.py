"""What to run: one frozen request per provider run, built once from the manifest and the job."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mco_mcp.adapters.env import redact


@dataclass(frozen=True)
class Limits:
    timeout_seconds: float
    stall_seconds: float
    kill_grace_seconds: float
    max_output_bytes: int = 256 * 1024 * 1024


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

    def recorded_argv(self) -> tuple[str, ...]:
        """The argv as it is recorded: the very list that ran, with secrets replaced (the prompt is never in it)."""
        return tuple(redact(arg, self.secrets) for arg in self.argv)

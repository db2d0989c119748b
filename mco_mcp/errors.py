"""Exceptions raised by mco-mcp.

    McoError                  base of everything we raise on purpose
    ├── InputError            a caller's request is wrong; nothing was started (a tool error)
    │   └── RecursionRefused  a CLI launched by mco-mcp asked mco-mcp to fan out again
    ├── ManifestError         a provider manifest is invalid (names the file and the key)
    ├── StateDirError         the state directory cannot be created or used (one clear line at start-up)
    └── UnknownJob            no job with that id
        └── UnreadableJob     a stored job whose files are corrupt or tampered with (skipped, never fatal)
"""

from __future__ import annotations


class McoError(Exception):
    """Base class for errors mco-mcp raises on purpose."""


class InputError(McoError):
    """The request is invalid. The message names what is wrong; no process was started."""


class RecursionRefused(InputError):
    """Refused: this server runs inside a CLI that mco-mcp itself launched."""


class ManifestError(McoError):
    """A manifest file is invalid."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        super().__init__(f"{path}: at key '{key}': {problem}")


class UnknownJob(InputError):
    """No job with that id exists (in memory or in the state directory)."""


class UnreadableJob(UnknownJob):
    """A stored job whose directory or document is corrupt, tampered with or not a job at all."""

    def __init__(self, job_id: str, reason: str) -> None:
        self.job_id = job_id
        self.reason = reason
        super().__init__(f"job {job_id!r} is unreadable: {reason}")


class StateDirError(McoError):
    """The state directory cannot be created or used safely."""

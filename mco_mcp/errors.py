"""Exceptions raised by mco-mcp.

    McoError                  base of everything we raise on purpose
    ├── InputError            a caller's request is wrong; nothing was started (a tool error)
    │   └── RecursionRefused  a CLI launched by mco-mcp asked mco-mcp to fan out again
    ├── ManifestError         a provider manifest is invalid (names the file and the key)
    └── UnknownJob            no job with that id
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

"""Running one CLI: a `RunRequest` in, a `RunOutcome` out (`execute`), and the process bookkeeping around it."""

from mco_mcp.execute.follow import InotifyHub
from mco_mcp.execute.outcome import KillStep, RunDecision, RunOutcome, StopReason
from mco_mcp.execute.request import ArtifactPaths, Limits, RunRequest
from mco_mcp.execute.runner import LiveProcess, execute
from mco_mcp.execute.watchdog_client import Watchdog

__all__ = [
    "ArtifactPaths",
    "InotifyHub",
    "KillStep",
    "Limits",
    "LiveProcess",
    "RunDecision",
    "RunOutcome",
    "RunRequest",
    "StopReason",
    "Watchdog",
    "execute",
]

"""Running one CLI: a `RunRequest` in, a `RunOutcome` out (`execute`), and the process bookkeeping around it.

Each name is imported on first use (PEP 562): the headless CLI's early start (mco_mcp/cli/prestart.py)
uses the request, the limits and the process groups before the runner (anyio, the parsers, the job
document's models) is loaded.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
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

_HOMES = {
    "InotifyHub": "follow",
    "KillStep": "outcome",
    "RunDecision": "outcome",
    "RunOutcome": "outcome",
    "StopReason": "outcome",
    "ArtifactPaths": "request",
    "Limits": "request",
    "RunRequest": "request",
    "LiveProcess": "runner",
    "execute": "runner",
    "Watchdog": "watchdog_client",
}


def __getattr__(name: str) -> _typing.Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once: later lookups are plain attribute reads
    return value



"""What a run came to: how the process stopped, what its parser read, and the decision drawn from both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mco_mcp.adapters.parsers.base import ParsedOutput
from mco_mcp.execute.request import ArtifactPaths, Limits
from mco_mcp.models import ErrorInfo, RunState

StopReason = Literal["exited", "timeout", "stalled", "output_limit", "cancelled", "spawn_failed"]


@dataclass(frozen=True)
class KillStep:
    """One signal we sent while stopping a run: to its process group, or to the processes carrying its marker."""

    signal: Literal["SIGTERM", "SIGKILL"]
    target: Literal["group", "marked"]
    at: float  # seconds after the run started
    why: str


@dataclass(frozen=True)
class ProcessEnd:
    """How the process stopped (the runner's part of the outcome, before the parser's is added)."""

    reason: StopReason
    exit_code: int | None = None
    message: str = ""
    stderr_tail: str = ""


@dataclass(frozen=True)
class RunDecision:
    state: RunState
    error: ErrorInfo | None
    exit_code: int | None


@dataclass(frozen=True)
class RunOutcome:
    provider: str
    reason: StopReason
    exit_code: int | None
    started: float  # anyio's monotonic clock
    ended: float
    last_output: float
    output_bytes: int
    parsed: ParsedOutput
    final_text: str  # whole and redacted; written to artifacts.final when not empty
    decision: RunDecision
    argv: tuple[str, ...]  # redacted
    kill_steps: tuple[KillStep, ...]
    artifacts: ArtifactPaths
    has_final: bool


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:500] if lines else ""


def decide(end: ProcessEnd, parsed: ParsedOutput, limits: Limits, cancel_reason: str | None) -> RunDecision:
    """The run's state from how its process stopped and what it said; a cancel wins over anything but an exit."""
    if end.reason == "cancelled" or (cancel_reason and end.reason != "exited"):
        return RunDecision("cancelled", ErrorInfo(kind="cancelled", message=cancel_reason or "cancelled"), None)
    if end.reason == "spawn_failed":
        return RunDecision("failed", ErrorInfo(kind="spawn_failed", message=end.message), None)
    if end.reason == "timeout":
        message = f"no result within timeout_seconds={limits.timeout_seconds:g}; the process group was stopped"
        return RunDecision("timed_out", ErrorInfo(kind="timeout", message=message), None)
    if end.reason == "output_limit":
        return RunDecision("failed", ErrorInfo(kind="output_limit", message=end.message), None)
    if end.reason == "stalled":
        message = f"no output for stall_seconds={limits.stall_seconds:g}; the process group was stopped"
        return RunDecision("timed_out", ErrorInfo(kind="stalled", message=message), None)
    code = end.exit_code
    if parsed.error is not None:
        return RunDecision("failed", parsed.error, code)
    if code != 0:
        detail = _last_line(end.stderr_tail) or "no message on stderr"
        return RunDecision("failed", ErrorInfo(kind="cli_error", message=f"exited with code {code}: {detail}"), code)
    if not parsed.final_text.strip():
        message = "the CLI exited 0 but gave no final answer"
        return RunDecision("failed", ErrorInfo(kind="empty_answer", message=message), code)
    return RunDecision("succeeded", None, code)

"""The job document's words (kinds, states, access modes, error kinds), apart from its models.

Plain `typing` only, no pydantic: what validates input and builds a request before the first CLI starts
(inputs.py, jobs/request.py, the manifests) names these without loading the job document's models
(mco_mcp/cli/early.py). mco_mcp.models re-exports every name here.
"""

from __future__ import annotations

from typing import Literal

JobKind = Literal["review", "run"]
JobState = Literal["queued", "running", "completed", "partial", "failed", "cancelled"]
RunState = Literal["queued", "running", "succeeded", "failed", "timed_out", "cancelled", "unavailable"]
Access = Literal["read-only", "workspace-write"]
Severity = Literal["critical", "high", "medium", "low"]
Category = Literal["bug", "security", "performance", "maintainability", "test-gap"]
ErrorKind = Literal[
    "authentication",  # the model API refused the credentials (401/403)
    "rate_limited",  # 429 / quota
    "server_error",  # the model API answered 5xx
    "api_error",  # another model API error the CLI reported
    "cli_error",  # the CLI failed on its own (bad flag, bad session id, crash)
    "empty_answer",  # exit 0 but no final text
    "timeout",  # hard timeout
    "stalled",  # no output for stall_seconds
    "output_limit",  # printed more than MCO_MCP_MAX_OUTPUT_BYTES
    "cancelled",
    "not_installed",
    "spawn_failed",
    "not_ready",  # the readiness probe says the CLI cannot work
]

TERMINAL_JOB_STATES: frozenset[str] = frozenset({"completed", "partial", "failed", "cancelled"})
TERMINAL_RUN_STATES: frozenset[str] = frozenset({"succeeded", "failed", "timed_out", "cancelled", "unavailable"})

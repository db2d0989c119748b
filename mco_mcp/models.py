"""The public data shapes: the job document returned by every tool and written to the state directory.

Field names are a contract with scripts and hosts; the committed `tests/snapshots/tools_list.json`
pins them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from mco_mcp.attempts.model import AttemptInfo
from mco_mcp.kinds import (  # re-exported: the document's words live in kinds.py
    TERMINAL_JOB_STATES as TERMINAL_JOB_STATES,
    TERMINAL_RUN_STATES as TERMINAL_RUN_STATES,
    Access as Access,
    Category as Category,
    ErrorKind as ErrorKind,
    JobKind as JobKind,
    JobState as JobState,
    RunState as RunState,
    Severity as Severity,
)
from mco_mcp.scope.model import ScopeInfo


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorInfo(_Model):
    kind: ErrorKind
    message: str


class Usage(_Model):
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_usd: float | None = None


class Artifacts(_Model):
    stdout: str = Field(description="Path of the full stdout log of this provider run")
    stderr: str = Field(description="Path of the full stderr log of this provider run")
    final: str | None = Field(None, description="Path of the full, untruncated final text")
    patch: str | None = Field(None, description="Path of the attempt's patch (workspace-write run in git)")


class DroppedFinding(_Model):
    reason: str
    excerpt: str = Field(description="The start of the unusable finding, for a person to look at")


class FindingVariant(_Model):
    """How one provider reported a merged finding, before merging."""

    provider: str
    title: str
    severity: Severity
    category: Category
    file: str | None = None
    line: int | None = None
    focus: str | None = Field(None, description="The focus this provider was given (roles), if any")


VerdictKind = Literal["confirmed", "refuted", "unsure"]


class Verdict(_Model):
    """What one agent that did not report a finding said about it in the cross-examination."""

    provider: str
    verdict: VerdictKind
    reason: str = Field(description="One line, in the agent's words, citing the code it checked")
    cites_code: bool = Field(
        False, description="The reason quotes code (in backticks) that really occurs in the cited file: full weight"
    )


class Finding(_Model):
    severity: Severity
    category: Category
    title: str
    file: str | None = None
    line: int | None = None
    snippet: str | None = None
    recommendation: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    detected_by: list[str]
    verified: bool | None = None
    verification: str | None = None
    variants: list[FindingVariant] = Field(default_factory=list)
    in_diff: bool | None = Field(
        None, description="Scoped review: the location is in a changed hunk (±3 lines); None without a scope or a file"
    )
    verdicts: list[Verdict] = Field(
        default_factory=list, description="Cross-examination: each non-reporting agent's verdict (who, what, why)"
    )


class KillStep(_Model):
    """A signal mco-mcp sent while stopping a run (TERM first, KILL after the grace; KILL for leftovers)."""

    signal: Literal["SIGTERM", "SIGKILL"]
    target: Literal["group", "marked"] = Field(
        description="The CLI's process group, or processes that left it but carry the run's marker"
    )
    at_seconds: float = Field(description="Seconds after the run started")
    why: str


class ProviderRun(_Model):
    provider: str
    state: RunState = "queued"
    model: str | None = None
    focus: str | None = Field(None, description="Review focus given to this provider (roles): a name or 'custom'")
    exit_code: int | None = None
    elapsed_seconds: float = 0.0
    output_bytes: int = 0
    idle_seconds: float = 0.0
    session_id: str | None = None
    final_text: str | None = None
    truncated: bool = False
    error: ErrorInfo | None = None
    usage: Usage | None = None
    artifacts: Artifacts | None = None
    findings_count: int | None = None
    dropped_findings: list[DroppedFinding] = Field(default_factory=list)
    attempt: AttemptInfo | None = Field(
        None, description="workspace-write run in git: this provider's own worktree, its patch's size, the check"
    )
    argv: list[str] | None = Field(
        None, description="The command the CLI ran with (secrets redacted; the prompt went on stdin, never here)"
    )
    kill_steps: list[KillStep] = Field(default_factory=list, description="How the run's processes were stopped, if they were")
    notes: list[str] = Field(
        default_factory=list, description="What the output parser met (lines that were not JSON, cut lines, a cut answer)"
    )


class Synthesis(_Model):
    """One extra pass in which a provider reads the merged findings and every reviewer's summary."""

    provider: str
    state: RunState
    text: str | None = Field(None, description="Consensus, divergence and next steps, in the synthesizer's words")
    error: ErrorInfo | None = None
    elapsed_seconds: float = 0.0
    session_id: str | None = None
    usage: Usage | None = None


class CrossExamRun(_Model):
    """One examining agent's pass over the findings it did not report."""

    provider: str
    state: RunState
    findings: int = Field(0, description="Findings put to this agent")
    answered: int = Field(0, description="Findings it gave a usable verdict on")
    resumed_session: str | None = Field(None, description="The review session it continued, when its CLI can resume")
    retried_fresh: bool = Field(False, description="Resuming failed; it ran once more as a fresh session")
    prompt_tokens_estimate: int = 0
    error: ErrorInfo | None = None
    elapsed_seconds: float = 0.0
    usage: Usage | None = None
    problems: list[str] = Field(default_factory=list, description="What could not be read in its answer")


class CrossExamination(_Model):
    """The cross-examination round of a review: who checked what, within which budget, at what cost."""

    state: Literal["completed", "partial", "failed", "skipped", "cancelled"]
    reason: str | None = Field(None, description="Why it was skipped or what limited it")
    max_findings: int = Field(description="Budget: findings examined at most (the highest ranked first)")
    max_prompt_tokens: int = Field(description="Budget: estimated prompt tokens per examining agent")
    examiners_per_finding: int = Field(2, description="A finding one agent reported is put to this many non-reporting agents; one several reported, to one")
    findings_examined: int = 0
    findings_over_budget: int = Field(0, description="Findings that needed examining but did not fit the budget")
    runs: list[CrossExamRun] = Field(default_factory=list)
    usage: Usage | None = Field(None, description="Tokens the round cost, summed over its runs")
    review_usage: Usage | None = Field(None, description="Tokens the review itself cost, for comparison")


class Job(_Model):
    job_id: str
    kind: JobKind
    state: JobState
    repo: str
    access: Access = "read-only"
    created_at: str
    updated_at: str
    elapsed_seconds: float = 0.0
    providers: list[ProviderRun]
    findings: list[Finding] | None = None
    synthesis: Synthesis | None = None
    cross_examination: CrossExamination | None = None
    min_confidence: float | None = Field(None, description="Findings below this confidence are in hidden_findings")
    hidden_findings: list[Finding] | None = Field(
        None, description="Findings below min_confidence: kept here, counted in the summary, never in the gate"
    )
    scope: ScopeInfo | None = Field(None, description="Scoped review: the change reviewed, its size, what the prompt left out")
    usage: Usage | None = Field(None, description="Token usage (and cost) summed over the providers that reported it")
    notes: list[str] = Field(
        default_factory=list,
        description="Problems mco-mcp met while finishing the job (e.g. findings that could not be extracted)",
    )
    summary: str = ""


# A job in the `status` listing: enough to pick the job and see how it went, never its details (answers,
# findings, sessions, usage, the argv, the logs' paths), which one `status(job_id)` gives. A listing of 20
# jobs was the whole of each (~4 KB for a 5-provider job, 70-100 KB in all) for the host to read and for
# the SDK to validate, dump and encode on every call; these are ~0.85 KB each. Fields, types and
# descriptions are Job's and ProviderRun's own, picked here by name.
LISTED_RUN_FIELDS = ("provider", "state", "exit_code", "elapsed_seconds", "error")
LISTED_JOB_FIELDS = ("job_id", "kind", "state", "repo", "access", "created_at", "updated_at", "elapsed_seconds", "summary")


def _picked(model: type[BaseModel], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: (model.model_fields[name].annotation, model.model_fields[name]) for name in names}


ListedRun = create_model(
    "ListedRun",
    __base__=_Model,
    __doc__="A provider's run as the listing shows it; the job itself (status with its job_id) has the rest.",
    **_picked(ProviderRun, LISTED_RUN_FIELDS),
)
_listed_job_fields = _picked(Job, LISTED_JOB_FIELDS)
_listed_job_fields = {  # the job's own order: its providers before its summary
    **{name: _listed_job_fields[name] for name in LISTED_JOB_FIELDS[:-1]},
    "providers": (list[ListedRun], Field(...)),
    "summary": _listed_job_fields["summary"],
}
ListedJob = create_model(
    "ListedJob",
    __base__=_Model,
    __doc__="A job as the listing shows it; status with its job_id gives the whole job.",
    **_listed_job_fields,
)


class UnreadableJobInfo(_Model):
    job_id: str
    reason: str


class JobList(_Model):
    jobs: list[Job]
    unreadable: list[UnreadableJobInfo] = Field(
        default_factory=list, description="Stored jobs that are corrupt or tampered with: skipped, left for a person to look at"
    )


# `status` returns one job (with job_id) or {"jobs": [...]} (without). MCP wants one object schema, so the
# output schema is the job's fields, each optional, plus `jobs`; derived from Job, never written by hand.
StatusResult = create_model(
    "StatusResult",
    __config__=ConfigDict(extra="forbid"),
    __doc__="A job (when job_id is given) or {jobs: [...]}, the most recent jobs (when it is not).",
    jobs=(list[ListedJob] | None, Field(None, description="The most recent jobs, newest first (listing only)")),
    unreadable=(list[UnreadableJobInfo] | None, Field(None, description="Stored jobs that could not be read (listing only)")),
    **{name: (info.annotation | None, Field(None, description=info.description)) for name, info in Job.model_fields.items()},  # type: ignore[call-overload,operator]
)


class ProviderInfo(_Model):
    name: str
    installed: bool
    binary: str | None
    version: str | None
    ready: bool
    reason: str | None
    default: bool
    override: str | None = Field(
        None, description="Set when a user manifest replaces the built-in: which file, and whether read-only access differs"
    )


class ProviderList(_Model):
    providers: list[ProviderInfo]
    manifest_errors: list[str] = Field(
        default_factory=list, description="User manifests that failed to load (the file, the key, the problem)"
    )

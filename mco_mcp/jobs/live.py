"""A job's working state while it runs, its state machine, and the public documents rendered from it.

The public `Job` is never the working state: it is rendered from a `LiveJob` when it is written or asked
for. Models reachable from the working state (a finished run's `ProviderRun`, the findings, the header)
are replaced, never mutated, so a rendering handed to a writer thread or a caller stays as it was.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio

from mco_mcp.adapters.manifest import Manifest
from mco_mcp.execute import LiveProcess, RunOutcome
from mco_mcp.execute.early import EarlyRun
from mco_mcp.jobs.outcome import live_summary, summarize, truncate
from mco_mcp.jobs.request import JobRequest
from mco_mcp.jobs.store import JobRecord, Owner, ProcessRecord
from mco_mcp.models import (
    Access,
    Artifacts,
    ErrorInfo,
    Finding,
    Job,
    JobState,
    KillStep,
    LISTED_JOB_FIELDS,
    LISTED_RUN_FIELDS,
    ProviderRun,
    RunState,
    Synthesis,
    Usage,
)

if TYPE_CHECKING:
    from mco_mcp.attempts.model import AttemptInfo
    from mco_mcp.models import CrossExamination


class Phase(enum.Enum):
    """queued → running → finishing → done. "finishing": every run has ended and the final state is being
    decided and written; a `cancel` that lands then is answered "already finished"."""

    QUEUED = "queued"
    RUNNING = "running"
    FINISHING = "finishing"
    DONE = "done"


_NEXT: dict[Phase, frozenset[Phase]] = {
    Phase.QUEUED: frozenset({Phase.RUNNING, Phase.FINISHING}),  # straight to finishing: cancelled while queued
    Phase.RUNNING: frozenset({Phase.FINISHING}),
    Phase.FINISHING: frozenset({Phase.DONE}),
    Phase.DONE: frozenset(),
}


@dataclass
class LiveRun:
    provider: str
    manifest: Manifest
    binary: str | None
    model: str | None = None
    focus: str | None = None
    # None: built from the prompt file when the run starts, so a queued job holds no prompt in memory.
    prompt: bytes | None = None
    access: Access = "read-only"
    session_id: str | None = None
    tag: str = ""  # artifact file-name suffix, e.g. ".synthesis"
    live: LiveProcess = field(default_factory=LiveProcess)
    scope: anyio.CancelScope | None = None  # while queued (waiting for a process slot, reading the prompt)
    started_at: float | None = None
    artifacts: Artifacts | None = None
    document: ProviderRun | None = None  # the public run once it has ended
    full_text: str = ""
    ended: anyio.Event = field(default_factory=anyio.Event)
    # Working state of a workspace-write run in its own worktree (attempts/job.py changes it as it goes);
    # each rendering takes a copy.
    attempt: AttemptInfo | None = None
    patch: str | None = None  # the attempt's patch file, once saved
    # Its CLI, started by the headless CLI before the engine was loaded (jobs/prestart.py): adopted, not started.
    early: EarlyRun | None = None

    @property
    def run(self) -> ProviderRun:
        """This run's public document as of now (a rendering: changing it changes nothing). Readable from a
        worker thread too (the attempts' clean-up reads it there): asyncio's clock is time.monotonic."""
        try:
            now = anyio.current_time()
        except anyio.NoEventLoopError:
            now = time.monotonic()
        return self.render(now)

    @property
    def cancel_reason(self) -> str | None:
        return self.live.cancel_reason

    def cancel(self, reason: str) -> None:
        """Stop this run however far it got: before its process starts, (TERM, grace, KILL) while it runs,
        or what comes after it (an attempt's check, in `scope`)."""
        self.live.cancel(reason)
        if self.scope is not None and not self.live.executing:
            self.scope.cancel()

    def end(self, state: RunState, error: ErrorInfo) -> None:
        """A run that ended without an outcome of its process (not installed, an internal error)."""
        self.document = self.queued_document().model_copy(update={"state": state, "error": error, "artifacts": self.artifacts})

    def queued_document(self) -> ProviderRun:
        return ProviderRun(provider=self.provider, model=self.model, focus=self.focus)

    def render(self, now: float) -> ProviderRun:
        return self._with_attempt(self._render(now))

    def _with_attempt(self, run: ProviderRun) -> ProviderRun:
        if self.attempt is None and self.patch is None:
            return run
        update: dict[str, object] = {"attempt": self.attempt.model_copy(deep=True) if self.attempt is not None else None}
        if self.patch is not None and run.artifacts is not None:
            update["artifacts"] = run.artifacts.model_copy(update={"patch": self.patch})
        return run.model_copy(update=update)

    def _render(self, now: float) -> ProviderRun:
        if self.document is not None:
            return self.document
        if self.started_at is None:
            return self.queued_document()
        last = self.live.last_output_at or self.started_at
        return ProviderRun(
            provider=self.provider,
            state="running",
            model=self.model,
            focus=self.focus,
            elapsed_seconds=round(now - self.started_at, 3),
            output_bytes=self.live.output_bytes,
            idle_seconds=round(max(0.0, now - last), 3),
            artifacts=self.artifacts,
        )


def provider_run(lr: LiveRun, outcome: RunOutcome, budget: int) -> ProviderRun:
    """The one place an outcome becomes the public record of a run."""
    text, cut = truncate(outcome.final_text, budget)
    paths = outcome.artifacts
    return ProviderRun(
        provider=lr.provider,
        state=outcome.decision.state,
        model=lr.model,
        focus=lr.focus,
        exit_code=outcome.decision.exit_code,
        elapsed_seconds=round(outcome.ended - outcome.started, 3),
        output_bytes=outcome.output_bytes,
        idle_seconds=round(max(0.0, outcome.ended - outcome.last_output), 3),
        session_id=outcome.parsed.session_id,
        final_text=text,
        truncated=cut or outcome.parsed.truncated,
        error=outcome.decision.error,
        usage=outcome.parsed.usage,
        artifacts=Artifacts(stdout=str(paths.stdout), stderr=str(paths.stderr), final=str(paths.final) if outcome.has_final else None),
        argv=list(outcome.argv),
        kill_steps=[KillStep(signal=s.signal, target=s.target, at_seconds=s.at, why=s.why) for s in outcome.kill_steps],
        notes=list(outcome.parsed.notes),
    )


@dataclass
class SharedRead:
    """One read of a file that several tasks wait for (see `JobManager._read_prompt`)."""

    value: bytes | None = None  # None once done: the read failed or was cancelled
    done: anyio.Event = field(default_factory=anyio.Event)


@dataclass
class LiveJob:
    header: Job  # the job as created (id, kind, repo, scope...); replaced when its scope changes
    request: JobRequest
    runs: dict[str, LiveRun]
    started_at: float
    owner: Owner
    prompt_sha256: str
    prompt_bytes: int
    client: str | None = None
    phase: Phase = Phase.QUEUED
    final_state: JobState | None = None
    findings: list[Finding] | None = None
    synthesis: Synthesis | None = None
    synthesis_run: LiveRun | None = None
    extra_runs: list[LiveRun] = field(default_factory=list)  # the cross-examination's runs
    cross_examination: CrossExamination | None = None
    min_confidence: float | None = None
    hidden_findings: list[Finding] | None = None
    usage: Usage | None = None
    notes: list[str] = field(default_factory=list)
    processes: dict[str, ProcessRecord] = field(default_factory=dict)
    cancel_requested: bool = False
    updated_at: str = ""
    final: Job | None = None  # the document once done: rendered once, shared by every reader
    dirty: bool = False  # a change not yet written
    done: anyio.Event = field(default_factory=anyio.Event)
    write_lock: anyio.Lock = field(default_factory=anyio.Lock)
    prompt_read: SharedRead | None = None  # the prompt file's read under way, shared by the runs starting now

    @property
    def job_id(self) -> str:
        return self.header.job_id

    @property
    def finishing(self) -> bool:
        return self.phase in (Phase.FINISHING, Phase.DONE)

    def advance(self, to: Phase) -> None:
        if to is self.phase:
            return
        if to not in _NEXT[self.phase]:
            raise RuntimeError(f"job {self.job_id}: no transition {self.phase.value} → {to.value}")
        self.phase = to

    def render(self, now: float) -> Job:
        """The public document as of now (the cached one once the job is done)."""
        if self.final is not None:
            return self.final
        if self.final_state is not None:
            state: JobState = self.final_state
        else:
            state = "queued" if self.phase is Phase.QUEUED else "running"
        job = self.header.model_copy(
            update={
                "state": state,
                "updated_at": self.updated_at or self.header.updated_at,
                "elapsed_seconds": round(now - self.started_at, 3),
                "providers": [lr.render(now) for lr in self.runs.values()],
                "findings": self.findings,
                "synthesis": self.synthesis,
                "cross_examination": self.cross_examination.model_copy(deep=True) if self.cross_examination else None,
                "min_confidence": self.min_confidence,
                "hidden_findings": self.hidden_findings,
                "usage": self.usage,
                "notes": list(self.notes),
            }
        )
        job.summary = summarize(job) if self.final_state is not None else live_summary(job)
        return job

    def record(self, now: float) -> JobRecord:
        return JobRecord(
            job=self.render(now),
            owner=self.owner,
            processes=dict(self.processes),
            prompt_sha256=self.prompt_sha256,
            prompt_bytes=self.prompt_bytes,
        )


# What Job.model_dump keeps of a job for the `status` listing: models.ListedJob's fields, in Job's order.
_LISTING: dict[str, Any] = {name: True for name in LISTED_JOB_FIELDS} | {
    "providers": {"__all__": {name: True for name in LISTED_RUN_FIELDS}}
}


def listed(job: Job) -> dict[str, Any]:
    """A job as the `status` listing shows it (a models.ListedJob, JSON mode), dumped in one pass."""
    return job.model_dump(mode="json", include=_LISTING)


def listed_json(job: Job) -> str:
    """`listed(job)` as JSON text: what the listing keeps of a finished job."""
    return job.model_dump_json(include=_LISTING)


def brief(job: Job) -> Job:
    """A job as a listing shows it: final texts, findings and dropped findings left out. A run with none of
    them is shared, not copied (renderings are never mutated)."""
    return job.model_copy(
        update={
            "findings": None,
            "providers": [
                run if run.final_text is None and not run.dropped_findings
                else run.model_copy(update={"final_text": None, "dropped_findings": []})
                for run in job.providers
            ],
        }
    )

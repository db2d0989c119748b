"""From run states to a job state, its usage and its summary; cutting long answers to a budget."""

from __future__ import annotations

import re
from collections import Counter

from mco_mcp.models import TERMINAL_RUN_STATES, Job, JobState, ProviderRun, Severity, Usage

_SEVERITY_ORDER: tuple[Severity, ...] = ("critical", "high", "medium", "low")


_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f]")


def one_line(text: str, limit: int) -> str:
    """`text` on one line, without terminal colour codes or control bytes, cut at a word (with …)."""
    flat = " ".join(_ANSI_RE.sub("", text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def job_state(runs: list[ProviderRun], cancel_requested: bool) -> JobState:
    """The final state of a job whose runs have all ended."""
    states = [run.state for run in runs]
    if cancel_requested:
        return "cancelled"
    succeeded = states.count("succeeded")
    if succeeded == len(states):
        return "completed"
    return "partial" if succeeded else "failed"


def total_usage(runs: list[ProviderRun]) -> Usage | None:
    """The sum of what the providers reported; None when none reported usage."""
    reported = [run.usage for run in runs if run.usage is not None]
    if not reported:
        return None

    def add_tokens(values: list[int | None]) -> int | None:
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    costs = [u.cost_usd for u in reported if u.cost_usd is not None]
    cost = sum(costs) if costs else None
    return Usage(
        input_tokens=add_tokens([u.input_tokens for u in reported]),
        output_tokens=add_tokens([u.output_tokens for u in reported]),
        cost_usd=round(cost, 6) if cost is not None else None,
    )


def summarize(job: Job) -> str:
    """One short paragraph a person (or a host model) can read instead of the whole document."""
    parts = []
    for run in job.providers:
        piece = f"{run.provider} {run.state}"
        if run.state in ("succeeded", "failed", "timed_out"):
            piece += f" in {run.elapsed_seconds:.1f}s"
        if run.error is not None and run.state != "cancelled":
            piece += f" ({run.error.kind}: {one_line(run.error.message, 160)})"
        parts.append(piece)
    ok = sum(run.state == "succeeded" for run in job.providers)
    text = f"{job.kind} {job.job_id}: {job.state} — {ok}/{len(job.providers)} providers succeeded: " + "; ".join(parts)
    if job.kind == "review" and job.findings is not None:
        severities = Counter(f.severity for f in job.findings)
        shared = sum(len(f.detected_by) > 1 for f in job.findings)
        counts = ", ".join(f"{severities[s]} {s}" for s in _SEVERITY_ORDER if severities[s])
        verified = sum(f.verified is True for f in job.findings)
        text += f". {len(job.findings)} findings" + (f" ({counts})" if counts else "")
        text += f", {shared} reported by more than one provider, {verified} verified against the code."
        if job.scope is not None:
            inside = sum(f.in_diff is not False for f in job.findings)
            text += f" Reviewed {job.scope.description} ({job.scope.files} files); {inside} findings in the change"
            if job.scope.dropped_outside_diff:
                text += f", {job.scope.dropped_outside_diff} outside it dropped (only_in_diff)"
            text += "."
        from mco_mcp.jobs.crossexam import summary_note

        text += summary_note(job)
        for run in job.providers:
            dropped = len(run.dropped_findings)
            if dropped and not run.findings_count:
                text += f" WARNING: every finding from {run.provider} ({dropped}) was unusable; see dropped_findings."
            elif dropped:
                text += f" {dropped} finding(s) from {run.provider} were unusable (dropped_findings)."
    return text


def live_summary(job: Job) -> str:
    """The summary of a job still queued or running: where each provider is now."""
    parts = []
    for run in job.providers:
        piece = f"{run.provider} {run.state}"
        if run.state == "running":
            piece += f" {run.elapsed_seconds:.0f}s"
        elif run.state in ("succeeded", "failed", "timed_out"):
            piece += f" in {run.elapsed_seconds:.1f}s"
        parts.append(piece)
    ended = sum(run.state in TERMINAL_RUN_STATES for run in job.providers)
    return f"{job.kind} {job.job_id}: {job.state} — {ended}/{len(job.providers)} providers finished: " + "; ".join(parts)


def truncate(text: str, budget: int) -> tuple[str | None, bool]:
    """Keep the head and the tail of a long answer (the conclusion is usually at the end)."""
    if not text:
        return None, False
    if len(text) <= budget:
        return text, False
    head = budget // 3
    tail = budget - head
    marker = f"\n[... {len(text) - budget} characters cut; the full text is in artifacts.final ...]\n"
    return text[:head] + marker + text[-tail:], True

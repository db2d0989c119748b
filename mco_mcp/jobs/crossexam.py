"""The cross-examination round of a review, and the `min_confidence` split that follows it.

After the findings are merged and verified, each finding reported by fewer than all the agents that
succeeded goes to the agents that did not report it. Each examiner gets one prompt for all its findings
(`crossexam_prompt`), runs read-only through the same door as the review (`JobManager.run_provider`),
continuing its review session when its manifest has `[resume]` (a failed resume is retried once as a fresh
session), and answers confirmed / refuted / unsure per finding. The caller's own CLI never examines.

Bounded: at most `max_findings` findings (the highest ranked first), each put to at most
`EXAMINERS_PER_FINDING` examiners (the least loaded; one when several agents reported it), and about
`max_prompt_tokens` of prompt per examiner; what did not fit is counted in `findings_over_budget`. Each
finding's verdicts then give its
confidence (`findings.confidence`); `min_confidence` moves the findings below it to `hidden_findings`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from mco_mcp.findings.confidence import rescore, split_by_confidence
from mco_mcp.jobs.crossexam_prompt import Item, SourceFiles, build_prompt, estimate_tokens, parse_answer, verdict
from mco_mcp.jobs.outcome import total_usage
from mco_mcp.models import CrossExamination, CrossExamRun, Finding, Job, Verdict

if TYPE_CHECKING:
    from mco_mcp.jobs.live import LiveJob, LiveRun
    from mco_mcp.jobs.manager import JobManager

log = logging.getLogger("mco_mcp.crossexam")

# Examiners per finding: a claim one agent made gets two independent checks (two cited refutations take a
# 0.8 finding to 0.07); a claim several agents made is corroborated already and gets one. Asking every
# non-reporter costs up to twice as much for little more (bench/findings/crossexam.py).
EXAMINERS_PER_FINDING = 2
EXAMINERS_PER_CORROBORATED = 1


@dataclass
class Assignment:
    provider: str
    items: list[Item] = field(default_factory=list)
    prompt: str = ""


def plan(
    findings: list[Finding], examiners: list[str], files: SourceFiles, patches: dict[str, bytes | None] | None,
    max_findings: int, max_prompt_tokens: int, per_finding: int = EXAMINERS_PER_FINDING,
) -> tuple[list[Assignment], int, int]:  # fmt: skip
    """Who examines which finding: (assignments with their prompts, findings examined, findings over budget).

    A finding one agent reported is put to `per_finding` of the examiners that did not report it, one that
    several reported to one of them; the least loaded first (ties: the examiners' order); findings reported by all of them need nothing. Findings are taken in
    their ranked order; a finding that would push an examiner's prompt past `max_prompt_tokens` goes to the
    next one instead.
    """
    ids = {id(f): f"F{n}" for n, f in enumerate(findings, start=1)}
    needing = [f for f in findings if any(e not in f.detected_by for e in examiners)]
    assignments = {name: Assignment(name) for name in examiners}
    examined = 0
    over = max(0, len(needing) - max_findings)
    for finding in needing[:max_findings]:
        placed, wanted = 0, per_finding if len(finding.detected_by) < 2 else min(per_finding, EXAMINERS_PER_CORROBORATED)
        candidates = sorted((e for e in examiners if e not in finding.detected_by),
                            key=lambda e: (len(assignments[e].items), examiners.index(e)))  # fmt: skip
        for name in candidates:
            if placed >= wanted:
                break
            a = assignments[name]
            candidate = [*a.items, Item(ids[id(finding)], finding)]
            prompt = build_prompt(candidate, files, patches)
            if estimate_tokens(prompt) > max_prompt_tokens:  # this examiner's prompt is full
                continue
            a.items, a.prompt = candidate, prompt
            placed += 1
        if placed:
            examined += 1
        else:
            over += 1
    # Each prompt lists its findings in the job's order, whatever order they were placed in.
    for a in assignments.values():
        a.items.sort(key=lambda i: int(i.fid[1:]))
        a.prompt = build_prompt(a.items, files, patches) if a.items else ""
    return [a for a in assignments.values() if a.items], examined, over


_DIFF_HEADER = re.compile(r"(?m)^diff --git a/.*? b/(.*)$")
_FENCE_LINE = re.compile(r"(?m)^`{3,}")


def patches_of(section: str) -> dict[str, bytes | None]:
    """Each file's patch in a scoped review's prompt section (the job keeps the section, not the patches)."""
    found: dict[str, bytes | None] = {}
    headers = list(_DIFF_HEADER.finditer(section))
    for n, header in enumerate(headers):
        end = headers[n + 1].start() if n + 1 < len(headers) else len(section)
        fence = _FENCE_LINE.search(section, header.start(), end)  # no patch line starts with a backtick
        end = fence.start() if fence else end
        found[header.group(1).strip().strip('"')] = section[header.start() : end].encode("utf-8")
    return found


def _patches(lj: LiveJob) -> dict[str, bytes | None] | None:
    change = lj.request.change
    return None if change is None else patches_of(change.section)


async def after_findings(manager: JobManager, lj: LiveJob, job_dir: Path) -> None:
    """The hook the manager calls once the findings are collected: cross-examine (when asked), then hide
    what falls below min_confidence (the request's, else the server's MCO_MCP_MIN_CONFIDENCE)."""
    if lj.request.cross_examine and not lj.cancel_requested and lj.findings:
        await cross_examine(manager, lj, job_dir)
    threshold = lj.request.min_confidence
    if threshold is None:
        threshold = manager.settings.min_confidence
    apply_threshold(lj, threshold)


def apply_threshold(job: Job | LiveJob, threshold: float | None) -> None:
    if threshold is None or job.findings is None:
        return
    job.min_confidence = threshold
    job.findings, hidden = split_by_confidence(job.findings, threshold)
    job.hidden_findings = hidden


async def cross_examine(manager: JobManager, lj: LiveJob, job_dir: Path) -> None:
    from mco_mcp.jobs.live import LiveRun

    settings = manager.settings
    findings = lj.findings or []
    own = manager.selector.own_provider(lj.client)
    examiners = [name for name, lr in lj.runs.items() if lr.run.state == "succeeded" and name != own]
    result = CrossExamination(
        state="completed", max_findings=settings.crossexam_max_findings,
        max_prompt_tokens=settings.crossexam_max_prompt_tokens, examiners_per_finding=EXAMINERS_PER_FINDING,
        review_usage=total_usage([lr.run for lr in lj.runs.values()]),
    )  # fmt: skip
    lj.cross_examination = result
    if len(examiners) < 2:
        result.state, result.reason = "skipped", (
            "needs at least two agents that succeeded and are not the calling agent's own CLI; "
            f"{len(examiners)} did" + (f" ({examiners[0]})" if examiners else ""))  # fmt: skip
        return
    files = SourceFiles(lj.request.repo)
    assignments, examined, over = await anyio.to_thread.run_sync(
        plan, findings, examiners, files, _patches(lj), settings.crossexam_max_findings,
        settings.crossexam_max_prompt_tokens,
    )  # fmt: skip
    result.findings_examined, result.findings_over_budget = examined, over
    if over:
        result.reason = f"{over} finding(s) did not fit the budget and were not examined"
    if not assignments:
        result.state = "skipped"
        result.reason = result.reason or "every finding was reported by every agent: nothing to examine"
        return
    runs: dict[str, LiveRun] = {}
    for a in assignments:
        review = lj.runs[a.provider]
        manifest = review.manifest
        session = review.run.session_id if manifest.resume is not None else None
        runs[a.provider] = LiveRun(
            provider=a.provider, model=review.model, manifest=manifest, binary=review.binary,
            prompt=a.prompt.encode("utf-8"), session_id=session, tag=".crossexam",
        )  # fmt: skip
    lj.extra_runs.extend(runs.values())
    spent = {name: [lr] for name, lr in runs.items()}  # every attempt's tokens, a failed resume's too

    async def examine(a: Assignment) -> None:
        lr = runs[a.provider]
        await manager.run_provider(lj, lr, job_dir)
        if lr.session_id and lr.run.state == "failed" and not lj.cancel_requested:
            # A session the CLI cannot continue (expired, pruned): once more as a fresh session.
            log.info("cross-examination: %s could not resume session %s; retrying fresh", a.provider, lr.session_id)
            fresh = LiveRun(provider=a.provider, model=lr.model, manifest=lr.manifest,
                            binary=lr.binary, prompt=lr.prompt, tag=".crossexam-fresh")  # fmt: skip
            lj.extra_runs.append(fresh)
            await manager.run_provider(lj, fresh, job_dir)
            runs[a.provider] = fresh
            spent[a.provider].append(fresh)

    async with anyio.create_task_group() as tg:
        for a in assignments:
            tg.start_soon(examine, a)

    verdicts: dict[str, list[Verdict]] = {}
    for a in assignments:
        lr = runs[a.provider]
        record = CrossExamRun(
            provider=a.provider, state=lr.run.state, findings=len(a.items), error=lr.run.error,
            resumed_session=lr.session_id, retried_fresh=len(spent[a.provider]) > 1, prompt_tokens_estimate=estimate_tokens(a.prompt),
            elapsed_seconds=lr.run.elapsed_seconds, usage=total_usage([r.run for r in spent[a.provider]]),
        )  # fmt: skip
        for spent_run in spent[a.provider]:  # what its output parser met (a CrossExamRun has no notes of its own)
            lj.notes.extend(f"cross-examination by {a.provider}: {note}" for note in spent_run.run.notes)
        if lr.run.state == "succeeded":
            by_id = {item.fid: item.finding for item in a.items}
            parsed = await anyio.to_thread.run_sync(parse_answer, lr.full_text, set(by_id))
            record.answered, record.problems = len(parsed.verdicts), parsed.problems
            for fid, (kind, reason) in parsed.verdicts.items():
                verdicts.setdefault(fid, []).append(verdict(a.provider, kind, reason, by_id[fid], files))
        result.runs.append(record)
    result.usage = total_usage([r.run for attempts in spent.values() for r in attempts])
    ok = sum(r.state == "succeeded" for r in result.runs)
    if lj.cancel_requested:
        result.state = "cancelled"
    elif ok == 0:
        result.state = "failed"
    elif ok < len(result.runs) or result.findings_over_budget:
        result.state = "partial"
    ids = {f"F{n}": f for n, f in enumerate(findings, start=1)}
    lj.findings = [rescore(f, sorted(verdicts[fid], key=lambda v: v.provider)) if fid in verdicts else f
                    for fid, f in ids.items()]  # fmt: skip


def summary_note(job: Job) -> str:
    """What the cross-examination and the threshold did, for the job's summary ('' when neither ran)."""
    text = ""
    x = job.cross_examination
    if x is not None:
        if x.state == "skipped":
            text += f" Cross-examination skipped: {x.reason}."
        else:
            counts = {"confirmed": 0, "refuted": 0, "unsure": 0}
            for f in [*(job.findings or []), *(job.hidden_findings or [])]:
                for v in f.verdicts:
                    counts[v.verdict] += 1
            text += (f" Cross-examination ({x.state}): {x.findings_examined} findings examined by "
                     f"{len(x.runs)} agents: {counts['confirmed']} confirmed, {counts['refuted']} refuted, "
                     f"{counts['unsure']} unsure")  # fmt: skip
            spent = (x.usage.input_tokens or 0) + (x.usage.output_tokens or 0) if x.usage else 0
            review = (x.review_usage.input_tokens or 0) + (x.review_usage.output_tokens or 0) if x.review_usage else 0
            if spent and review:
                text += f"; {spent} tokens, {spent / review:.0%} of the review's {review}"
            if x.findings_over_budget:
                text += f"; {x.findings_over_budget} over budget, not examined"
            text += "."
    if job.min_confidence is not None and job.hidden_findings is not None:
        text += (f" {len(job.hidden_findings)} finding(s) below min_confidence {job.min_confidence:g} hidden "
                 "(in hidden_findings).")  # fmt: skip
    return text

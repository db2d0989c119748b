"""The steps of a review after its runs: findings extracted and merged (with the optional adjudication),
and the optional synthesis. Each is one step of `JobManager._run_job`, run inside its failure boundary
(`JobManager.guarded`); more runs go through the manager's one door (`JobManager.run_provider`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from mco_mcp.jobs.live import LiveJob, LiveRun
from mco_mcp.jobs.store import PROMPT_FILE
from mco_mcp.models import ErrorInfo, Synthesis
from mco_mcp.scope import job as scope_hooks

if TYPE_CHECKING:
    from mco_mcp.jobs.manager import JobManager


async def synthesize(manager: JobManager, lj: LiveJob, job_dir: Path) -> None:
    """One more read-only run, through the same door, by one provider over the merged findings; its
    failure fails nothing."""
    from mco_mcp.jobs.synthesis import choose_synthesizer, synthesis_prompt

    request = lj.request
    job = lj.render(anyio.current_time())
    name = choose_synthesizer(request.synthesizer, job, manager.selector.own_provider(lj.client))
    if name is None:
        lj.synthesis = Synthesis(provider="-", state="unavailable", error=ErrorInfo(
            kind="not_installed", message="no provider succeeded that is not the calling agent's own CLI"))
        return
    manifest = manager.registry.manifests[name]
    answers = {n: r.full_text for n, r in lj.runs.items() if r.document is not None and r.document.state == "succeeded"}
    original = (await anyio.to_thread.run_sync(manager.store.read_file, lj.job_id, PROMPT_FILE)).decode("utf-8")
    lr = LiveRun(
        provider=name,
        manifest=manifest,
        binary=manager.selector.binary_for(manifest),
        model=request.models.get(name),
        prompt=synthesis_prompt(original, job, answers).encode("utf-8"),
        tag=".synthesis",
    )
    lj.synthesis_run = lr
    if lj.cancel_requested:
        lr.cancel("cancelled by the cancel tool")
    await manager.run_provider(lj, lr, job_dir)
    run = lr.render(anyio.current_time())
    lj.notes.extend(f"synthesis by {name}: {note}" for note in run.notes)  # the Synthesis has no notes of its own
    lj.synthesis = Synthesis(
        provider=name,
        state=run.state,
        text=lr.full_text or None,
        error=run.error,
        elapsed_seconds=run.elapsed_seconds,
        session_id=run.session_id,
        usage=run.usage,
    )

async def collect_findings(manager: JobManager, lj: LiveJob, job_dir: Path) -> None:
    from mco_mcp.findings.pipeline import finish, grouped_from_answers  # imported on first review, not at start-up

    answers = {
        name: lr.full_text for name, lr in lj.runs.items() if lr.document is not None and lr.document.state == "succeeded"
    }
    notes: dict[str, list[str]] = {}
    grouping, dropped, counts = await anyio.to_thread.run_sync(grouped_from_answers, answers, lj.request.repo, notes)
    if lj.request.adjudicate and not lj.cancel_requested:
        from mco_mcp.jobs.adjudication import adjudicate

        # Its failure leaves the groups as the rules made them (joins are whole or not at all).
        await manager.guarded(lj, "the adjudication", adjudicate(manager, lj, job_dir, grouping))
    findings = await anyio.to_thread.run_sync(finish, grouping, lj.request.repo)
    for finding in findings:
        for variant in finding.variants:
            focus = lj.request.roles.get(variant.provider)
            variant.focus = focus.name if focus else None
    lj.findings = findings
    for name, lr in lj.runs.items():
        if name in answers and lr.document is not None:
            lr.document = lr.document.model_copy(
                update={
                    "findings_count": counts.get(name, 0),
                    "dropped_findings": dropped.get(name, []),
                    "notes": [*lr.document.notes, *notes.get(name, [])],
                }
            )
    scope_hooks.mark_findings(lj)
    manager.changed(lj)

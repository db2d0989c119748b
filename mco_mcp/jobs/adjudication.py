"""The optional adjudication pass of a review (`adjudicate: true`; off by default).

Between the rules' grouping of the findings and the findings themselves, one agent is asked about the pairs
the rules were unsure of (`findings.unsure`): pairs the rules left apart by a small margin, and the weak
links of groups they joined on little evidence (the joins most like two neighbouring problems fused), in one
bounded prompt (`adjudication_prompt`), the least sure first, through the same door as the review
(`JobManager.run_provider`, read-only, one more run in the job's `extra_runs`). Its "different" verdicts on
weak links cut those groups, then its "same" verdicts join groups when the joined group stays consistent;
everything else leaves the rules' decision. A failed run, a bad answer or a cancel costs the adjudication,
never the review: the job gets one note saying what was asked, cut, joined and spent. The adjudicator is the caller's choice, else the first agent
that succeeded; never the calling agent's own CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from mco_mcp.findings.cluster import Clustering
from mco_mcp.findings.unsure import PairVerdict, UnsurePair, by_doubt, cut_then_join, unsure_pairs, weak_joins
from mco_mcp.jobs.adjudication_prompt import Prompt, build_prompt, parse_answer
from mco_mcp.jobs.crossexam_prompt import SourceFiles, estimate_tokens

if TYPE_CHECKING:
    from mco_mcp.jobs.live import LiveJob
    from mco_mcp.jobs.manager import JobManager


def choose_adjudicator(explicit: str | None, succeeded: list[str], own: str | None) -> tuple[str | None, str]:
    """(provider, '') or (None, why not): the caller's choice unless it is the caller's own CLI, else the
    first provider that succeeded and is not."""
    if explicit is not None:
        if explicit == own:
            return None, f"the adjudicator {explicit} is the calling agent's own CLI, which never adjudicates"
        return explicit, ""
    for name in succeeded:
        if name != own:
            return name, ""
    return None, "no provider succeeded that is not the calling agent's own CLI"


def _plan(grouping: Clustering, repo: Path) -> tuple[list[UnsurePair], Prompt | None]:
    pairs = by_doubt(unsure_pairs(grouping), weak_joins(grouping))
    return pairs, (build_prompt(pairs, grouping.items, SourceFiles(repo)) if pairs else None)


async def adjudicate(manager: JobManager, lj: LiveJob, job_dir: Path, grouping: Clustering) -> None:
    """Ask one agent about the unsure pairs and weak links of `grouping`; cut where it says "different" and join
    what it calls the same problem (in place)."""
    from mco_mcp.jobs.live import LiveRun

    request = lj.request
    pairs, prompt = await anyio.to_thread.run_sync(_plan, grouping, request.repo)
    if prompt is None:
        lj.notes.append("Adjudication: the merger's rules were unsure of no pair of findings and joined none on weak "
                        "evidence; no agent was asked.")
        return
    succeeded = [name for name, lr in lj.runs.items() if lr.run.state == "succeeded"]
    name, why = choose_adjudicator(request.adjudicator, succeeded, manager.selector.own_provider(lj.client))
    if name is None:
        lj.notes.append(f"Adjudication skipped ({len(pairs)} unsure pair(s) left as the rules decided): {why}.")
        return
    review = lj.runs.get(name)
    manifest = review.manifest if review is not None else manager.registry.manifests[name]
    lr = LiveRun(provider=name, manifest=manifest,
                 binary=review.binary if review is not None else manager.selector.binary_for(manifest),
                 model=request.models.get(name), prompt=prompt.text.encode("utf-8"), tag=".adjudication")  # fmt: skip
    lj.extra_runs.append(lr)
    if lj.cancel_requested:
        lr.cancel("cancelled by the cancel tool")
    await manager.run_provider(lj, lr, job_dir)
    run = lr.render(anyio.current_time())
    lj.notes.extend(f"adjudication by {name}: {note}" for note in run.notes)  # what its output parser met
    asked = len(prompt.asked)
    weak = sum(p.split for p in pairs)
    said = f"Adjudication by {name}: {len(pairs) - weak} unsure pair(s) and {weak} weak link(s), {asked} asked"
    if prompt.left_out:
        said += f" ({prompt.left_out} left out over the budget)"
    said += f", ~{estimate_tokens(prompt.text)} prompt tokens"
    if run.usage is not None and (run.usage.input_tokens or run.usage.output_tokens):
        said += f", {(run.usage.input_tokens or 0) + (run.usage.output_tokens or 0)} tokens used"
    if run.state != "succeeded":
        error = f": {run.error.message}" if run.error is not None else ""
        lj.notes.append(f"{said}; the run {run.state}{error}. Every pair stays as the rules decided.")
        return
    parsed = await anyio.to_thread.run_sync(parse_answer, lr.full_text, set(prompt.asked))
    answered: list[tuple[UnsurePair, PairVerdict]] = [(pair, parsed.verdicts[pid]) for pid, pair in prompt.asked.items() if pid in parsed.verdicts]
    cut, result = cut_then_join(grouping, answered)
    joined, refused = result.joined, result.refused
    counts = {kind: sum(v == kind for _, v in answered) for kind in ("same", "different", "unsure")}
    said += (f"; answered {len(answered)}: {counts['same']} same, {counts['different']} different, "
             f"{counts['unsure']} unsure; {joined} joined, {cut} split")  # fmt: skip
    if refused:
        said += f", {refused} 'same' refused (the joined finding would not be consistent)"
    if parsed.problems:
        said += f"; answer problems: {'; '.join(parsed.problems[:3])}"
    lj.notes.append(said + ".")

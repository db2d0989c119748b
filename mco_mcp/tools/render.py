"""A job as hosts show it to their model: whole when it fits, else cut to a budget, the rest left in resources.

Hosts show a tool result differently: Claude Code gives the model only `structuredContent` (and caps a
result at 25,000 tokens by default), Codex shows the structured JSON, Gemini CLI, qwen and opencode show
the text blocks. So both forms lead with the summary, the structured form stays under a byte budget
(answers, then finding details, then the least-ranked findings are cut, in that order) and the text form
is a compact reading of it, never a second copy of the JSON. Whatever is cut stays reachable as an MCP
resource (mco://jobs/{job_id}, .../providers/{provider}/output); the summary says where.
"""

from __future__ import annotations

import json
from typing import Any

from mco_mcp.jobs.outcome import truncate
from mco_mcp.models import Job

# 25,000 tokens is Claude Code's default cap. JSON with short keys runs at about 3-4 bytes a token, so
# 60,000 bytes stays under it even at 3 bytes a token, with room for the host's own wrapping.
STRUCTURED_BUDGET = 60_000
# Per-field cuts applied to findings once the whole document does not fit.
SNIPPET_CHARS = 240
RECOMMENDATION_CHARS = 400
VERIFICATION_CHARS = 160
EXCERPT_CHARS = 120
SYNTHESIS_CHARS = 6_000
# Answers of a review matter less than its findings (they are extracted from them); a run's answers are
# the result, so they share most of the budget.
REVIEW_ANSWER_CHARS = 1_500
RUN_ANSWER_SHARE = 0.75
MIN_ANSWER_CHARS = 800


def size_of(document: Any) -> int:
    """Bytes on the wire (UTF-8, as the SDK writes it)."""
    return len(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())


def _cut(value: str | None, limit: int) -> str | None:
    if value is None or len(value) <= limit:
        return value
    return value[: limit - 1] + "…"


def _summary_first(document: dict[str, Any]) -> dict[str, Any]:
    return {"summary": document["summary"], **{k: v for k, v in document.items() if k != "summary"}}


def host_view(job: Job, budget: int = STRUCTURED_BUDGET) -> dict[str, Any]:
    """The job as structured content: summary first, at most `budget` bytes when the job allows it."""
    document = _summary_first(job.model_dump(mode="json"))
    if size_of(document) <= budget:
        return document
    cuts: list[str] = []

    # 1. Answers: the whole text of each is a resource away.
    answers = [run for run in document["providers"] if run.get("final_text")]
    if answers:
        if job.kind == "review":
            per_answer = REVIEW_ANSWER_CHARS
        else:
            per_answer = max(MIN_ANSWER_CHARS, int(budget * RUN_ANSWER_SHARE) // len(answers))
        for run in answers:
            text, cut = truncate(run["final_text"], per_answer)
            if cut:
                run["final_text"], run["truncated"] = text, True
                cuts.append("answers")
        for run in document["providers"]:
            for dropped in run.get("dropped_findings") or []:
                dropped["excerpt"] = _cut(dropped["excerpt"], EXCERPT_CHARS)
    synthesis = document.get("synthesis")
    if synthesis and synthesis.get("text") and len(synthesis["text"]) > SYNTHESIS_CHARS:
        synthesis["text"] = truncate(synthesis["text"], SYNTHESIS_CHARS)[0]
        cuts.append("synthesis")

    # 2. Finding details: long snippets and recommendations, then each provider's own wording.
    findings = document.get("findings") or []
    if size_of(document) > budget and findings:
        for finding in findings:
            finding["snippet"] = _cut(finding.get("snippet"), SNIPPET_CHARS)
            finding["recommendation"] = _cut(finding.get("recommendation"), RECOMMENDATION_CHARS)
            finding["verification"] = _cut(finding.get("verification"), VERIFICATION_CHARS)
        cuts.append("finding details")
    if size_of(document) > budget and findings:
        for finding in findings:
            finding["variants"] = []
        cuts.append("finding variants")

    # 3. The findings below min_confidence (counted in the summary), then the least-ranked shown ones.
    if size_of(document) > budget and document.get("hidden_findings"):
        document["hidden_findings"] = []
        cuts.append("hidden findings")
    shown = len(findings)
    if size_of(document) > budget and findings:
        sizes = [size_of(f) + 1 for f in findings]
        fixed = size_of({**document, "findings": []})
        room, shown = budget - fixed - 400, 0  # 400: the note added to the summary
        while shown < len(findings) and sizes[shown] <= room:
            room -= sizes[shown]
            shown += 1
        document["findings"] = findings[:shown]

    resource = f"mco://jobs/{job.job_id}"
    note = f" This result is cut to fit the host ({', '.join(dict.fromkeys(cuts)) or 'size'})"
    if shown < len(findings):
        note += f"; findings {shown + 1}-{len(findings)} of {len(findings)} are left out"
    note += f". The whole job: resource {resource}; each whole answer: {resource}/providers/{{provider}}/output."
    document["summary"] += note
    return document


def render_text(view: dict[str, Any]) -> str:
    """A compact reading of the host view for hosts that show text blocks: who answered what, and where."""
    lines = [view["summary"], ""]
    for run in view["providers"]:
        line = f"- {run['provider']}: {run['state']}"
        if run.get("elapsed_seconds"):
            line += f" in {run['elapsed_seconds']:.1f}s"
        if run.get("model"):
            line += f", model {run['model']}"
        if run.get("session_id"):
            line += f", session {run['session_id']}"
        if run.get("findings_count") is not None:
            line += f", {run['findings_count']} findings"
        if run.get("error"):
            line += f" — {run['error']['kind']}: {run['error']['message']}"
        lines.append(line)
        attempt = run.get("attempt")
        if attempt:  # a workspace-write run in git: what this provider's attempt changed, and its check
            check = attempt.get("check")
            verdict = "" if not check else f", check {'passed' if check['passed'] else 'failed'}"
            lines.append(f"  attempt ({attempt['state']}): {attempt['files_changed']} files +{attempt['insertions']} "
                         f"-{attempt['deletions']}{verdict}; patch: mco://jobs/{view['job_id']}/providers/{run['provider']}/patch")
        if view["kind"] == "run" and run.get("final_text"):
            lines.append("  " + run["final_text"].replace("\n", "\n  "))
    findings = view.get("findings")
    if findings:
        lines += ["", f"Findings ({len(findings)} shown):"]
        for number, finding in enumerate(findings, 1):
            where = finding.get("file") or "(no file)"
            if finding.get("line"):
                where += f":{finding['line']}"
            check = {True: "verified", False: "not verified"}.get(finding.get("verified"), "unchecked")
            said = [v["verdict"] for v in finding.get("verdicts") or []]
            if said:
                check += "; " + ", ".join(f"{said.count(k)} {k}" for k in ("confirmed", "refuted", "unsure") if k in said)
            lines.append(
                f"{number}. [{finding['severity']}] {finding['category']}: {finding['title']} — {where} "
                f"({', '.join(finding['detected_by'])}; {check})"
            )
    synthesis = view.get("synthesis")
    if synthesis and synthesis.get("text"):
        lines += ["", f"Synthesis by {synthesis['provider']}:", synthesis["text"]]
    if view.get("notes"):
        lines += ["", "Notes:"] + [f"- {note}" for note in view["notes"]]
    resource = f"mco://jobs/{view['job_id']}"
    lines += ["", f"Details (snippets, recommendations, answers): structured content, or resource {resource} and {resource}/report.md."]
    return "\n".join(lines)

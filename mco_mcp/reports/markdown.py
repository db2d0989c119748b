"""A job as PR-ready Markdown (GitHub-flavoured): for a pull-request comment, an issue, a report file.

- heading: the job's kind, id and state, then its summary;
- a table of the providers: state, time, tokens in/out, cost (when reported), error kind, and for a
  review how many findings each contributed (and how many of its items were unusable);
- a usage total line (input and output tokens, cost, and from how many providers they come);
- review: the findings grouped by severity, each with file:line, category, who detected it (and how many
  agents), the verified mark, the recommendation, and a collapsed <details> with every agent's own title;
- cross-examination: each finding's verdicts (who, confirmed / refuted / unsure, the reason, whether it
  cites code found in the file); the round's state, budget and cost; the findings below `min_confidence`
  in a collapsed section of their own (hidden, never dropped);
- run: each provider's final text in a collapsed <details>, inside a code fence.

Everything an agent wrote is escaped: in prose, Markdown and HTML specials (so a title cannot open a
table cell, a link, a tag or an unclosed code span); balanced `code spans` are kept as code; in table
cells pipes are escaped even inside code spans (GFM splits cells on them); code fences are longer than
any backtick run they hold.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from mco_mcp.models import Finding, Job, ProviderRun, Severity

SEVERITY_ORDER: tuple[Severity, ...] = ("critical", "high", "medium", "low")
_SEVERITY_HEADING = {"critical": "🔴 Critical", "high": "🟠 High", "medium": "🟡 Medium", "low": "🔵 Low"}
_NONE = "—"
_VERDICT_MARK = {"confirmed": "✔", "refuted": "✘", "unsure": "?"}
_PLAIN_SPECIALS = re.compile(r"([\\`*_\[\]|~#!])")
_BACKTICK_RUN = re.compile(r"`+")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape_plain(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _PLAIN_SPECIALS.sub(r"\\\1", text)


def _segments(text: str) -> list[tuple[bool, str]]:
    """(is_code, text) pieces: a run of n backticks opens a code span closed by the next run of exactly n;
    an opening run with no closing run is plain text."""
    out: list[tuple[bool, str]] = []
    pos = 0
    plain_from = 0
    while True:
        opening = _BACKTICK_RUN.search(text, pos)
        if opening is None:
            break
        width = len(opening.group())
        closing = next((m for m in _BACKTICK_RUN.finditer(text, opening.end()) if len(m.group()) == width), None)
        if closing is None:
            pos = opening.end()
            continue
        if opening.start() > plain_from:
            out.append((False, text[plain_from : opening.start()]))
        out.append((True, text[opening.start() : closing.end()]))
        pos = plain_from = closing.end()
    if plain_from < len(text):
        out.append((False, text[plain_from:]))
    return out


def inline(text: str, table: bool = False) -> str:
    """Agent text for one line of Markdown: specials escaped, balanced code spans kept; in a table cell,
    pipes escaped inside code spans too."""
    parts = []
    for is_code, piece in _segments(_one_line(text)):
        if is_code:
            parts.append(piece.replace("|", "\\|") if table else piece)
        else:
            parts.append(_escape_plain(piece))
    return "".join(parts)


def code(text: str, table: bool = False) -> str:
    """`text` as one code span, whatever backticks it holds."""
    text = _one_line(text)
    longest = max((len(m.group()) for m in _BACKTICK_RUN.finditer(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    span = f"{fence}{pad}{text}{pad}{fence}"
    return span.replace("|", "\\|") if table else span


def fenced(text: str, info: str = "text") -> str:
    """A fenced code block that its content cannot close."""
    longest = max((len(m.group()) for m in _BACKTICK_RUN.finditer(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def _seconds(run: ProviderRun) -> str:
    if run.state in ("queued", "unavailable") and not run.elapsed_seconds:
        return _NONE
    return f"{run.elapsed_seconds:.1f} s"


def _tokens(value: int | None) -> str:
    return _NONE if value is None else f"{value:,}"


def _cost(value: float | None) -> str:
    return _NONE if value is None else f"${value:,.4f}"


def _findings_cell(run: ProviderRun) -> str:
    if run.findings_count is None:
        return _NONE
    cell = str(run.findings_count)
    if run.dropped_findings:
        cell += f" ({len(run.dropped_findings)} unusable)"
    return cell


def _provider_table(job: Job) -> list[str]:
    review = job.kind == "review"
    models = any(run.model for run in job.providers)
    head = ["Provider"] + (["Model"] if models else []) + ["State", "Time", "Tokens in", "Tokens out", "Cost"]
    head += (["Findings"] if review else []) + ["Error"]
    align = ["---"] + (["---"] if models else []) + ["---", "---:", "---:", "---:", "---:"]
    align += (["---:"] if review else []) + ["---"]
    rows = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    for run in job.providers:
        usage = run.usage
        cells = [inline(run.provider, table=True)]
        if models:
            cells.append(code(run.model, table=True) if run.model else _NONE)
        cells += [
            run.state,
            _seconds(run),
            _tokens(usage.input_tokens if usage else None),
            _tokens(usage.output_tokens if usage else None),
            _cost(usage.cost_usd if usage else None),
        ]
        if review:
            cells.append(_findings_cell(run))
        cells.append(code(run.error.kind, table=True) if run.error else "")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def usage_line(job: Job) -> str:
    """The job's usage total: input and output tokens, cost, and how many providers reported each."""
    total = len(job.providers)

    def summed(field: str) -> tuple[float, int]:
        values = [getattr(run.usage, field) for run in job.providers if run.usage is not None]
        values = [v for v in values if v is not None]
        return sum(values), len(values)

    tokens_in, n_in = summed("input_tokens")
    tokens_out, n_out = summed("output_tokens")
    cost, n_cost = summed("cost_usd")
    if not (n_in or n_out or n_cost):
        return "**Usage total:** not reported by any provider"
    parts = [
        f"{int(tokens_in):,} tokens in" + (f" ({n_in}/{total} providers)" if n_in < total else ""),
        f"{int(tokens_out):,} tokens out" + (f" ({n_out}/{total} providers)" if n_out < total else ""),
        (f"${cost:,.4f}" + (f" ({n_cost}/{total} providers)" if n_cost < total else "")) if n_cost else
        "cost not reported",
    ]  # fmt: skip
    return "**Usage total:** " + " · ".join(parts)


def _place(finding: Finding) -> str:
    if not finding.file:
        return "_no file_"
    return code(finding.file + (f":{finding.line}" if finding.line is not None else ""))


def _verified_mark(finding: Finding) -> str | None:
    if finding.verified is None:
        return None
    reason = f": {inline(finding.verification)}" if finding.verification else ""
    return ("✅ verified" if finding.verified else "⚠️ unverified") + reason


def _finding(number: int, finding: Finding) -> list[str]:
    agents = len(finding.detected_by)
    who = ", ".join(inline(p) for p in finding.detected_by)
    facts = [
        _place(finding),
        inline(finding.category),
        f"detected by {who} ({agents} agent{'s' if agents != 1 else ''})",
    ]
    mark = _verified_mark(finding)
    if mark:
        facts.append(mark)
    if finding.in_diff is not None:
        facts.append("📝 in the change" if finding.in_diff else "outside the change")
    facts.append(f"confidence {finding.confidence:.2f}")
    lines = [f"**{number}. {inline(finding.title)}**  ", " · ".join(facts), ""]
    if finding.recommendation:
        lines += [f"**Recommendation:** {inline(finding.recommendation)}", ""]
    if finding.verdicts:
        lines += ["**Cross-examination:**", ""]
        for v in finding.verdicts:
            cited = "" if v.cites_code else " _(cites no code found in the file)_"
            lines.append(f"- {_VERDICT_MARK[v.verdict]} {v.verdict} by **{inline(v.provider)}**: {inline(v.reason)}{cited}")
        lines.append("")
    if finding.variants:
        lines += [f"<details><summary>How each agent reported it ({len(finding.variants)})</summary>", ""]
        for variant in finding.variants:
            where = code(variant.file + (f":{variant.line}" if variant.line is not None else "")) if variant.file else "no file"
            lines.append(f"- **{inline(variant.provider)}** ({variant.severity}, {inline(variant.category)}, {where}): "
                         f"{inline(variant.title)}")
        lines += ["", "</details>", ""]
    return lines


def _findings(job: Job) -> list[str]:
    if job.findings is None:
        return ["### Findings", "", f"No findings: the review has not produced any (state: {job.state})."]
    if not job.findings:
        return ["### Findings", "", "No findings."]
    counts = Counter(f.severity for f in job.findings)
    by_severity = ", ".join(f"{counts[s]} {s}" for s in SEVERITY_ORDER if counts[s])
    checked = [f for f in job.findings if f.verified is not None]
    title = f"### Findings: {len(job.findings)} ({by_severity})"
    if checked:
        title += f" · {sum(1 for f in checked if f.verified)} of {len(checked)} verified"
    out = [title, ""]
    number = 0
    for severity in SEVERITY_ORDER:
        group = [f for f in job.findings if f.severity == severity]
        if not group:
            continue
        out += [f"#### {_SEVERITY_HEADING[severity]} ({len(group)})", ""]
        for finding in group:
            number += 1
            out += _finding(number, finding)
    return out


def _cross_examination(job: Job) -> list[str]:
    x = job.cross_examination
    assert x is not None
    line = f"**Cross-examination:** {x.state}"
    if x.reason:
        line += f" ({inline(x.reason)})"
    line += f" · {x.findings_examined} findings examined by {len(x.runs)} agents"
    line += f" · budget {x.max_findings} findings, ~{x.max_prompt_tokens:,} prompt tokens per agent"
    if x.usage is not None and x.review_usage is not None:
        spent = (x.usage.input_tokens or 0) + (x.usage.output_tokens or 0)
        review = (x.review_usage.input_tokens or 0) + (x.review_usage.output_tokens or 0)
        if review:
            line += f" · {spent:,} tokens ({spent / review:.0%} of the review's {review:,})"
    return [line, ""]


def _hidden(job: Job, first: int) -> list[str]:
    hidden = job.hidden_findings or []
    if not hidden:
        return []
    threshold = f" {job.min_confidence:g}" if job.min_confidence is not None else ""
    out = [f"<details><summary>{len(hidden)} finding(s) below min_confidence{threshold} (hidden)</summary>", ""]
    for number, finding in enumerate(hidden, start=first):
        out += _finding(number, finding)
    return out + ["</details>", ""]


def _scope(job: Job) -> list[str]:
    """What was reviewed: the change, its size, what the prompt left out, what the filter dropped."""
    s = job.scope
    assert s is not None
    sizes = ", ".join(f"{n} {what}" for what, n in (("added", s.added), ("modified", s.modified),
                      ("deleted", s.deleted), ("renamed", s.renamed), ("binary", s.binary),
                      ("submodules", s.submodules)) if n)  # fmt: skip
    lines = [f"**Reviewed:** {inline(s.description)} — {s.files} files" + (f" ({sizes})" if sizes else "")]
    if s.omitted_files:
        lines.append(f"**Left out of the prompt's diff:** {s.omitted_files} files (listed to the agents; whole files, by the budget rule)")
    if s.dropped_outside_diff:
        lines.append(f"**Dropped:** {s.dropped_outside_diff} findings outside the change (`only_in_diff`)")
    return ["  \n".join(lines), ""]


def _final_texts(job: Job) -> list[str]:
    out = ["### Answers", ""]
    for run in job.providers:
        if not run.final_text:
            out += [f"- {inline(run.provider)}: {run.state}, no final text", ""]
            continue
        label = f"{html.escape(run.provider)}: {run.state}"  # HTML, not Markdown, inside <summary>
        if run.truncated:
            final = run.artifacts.final if run.artifacts else None
            label += " (truncated" + (f"; full text in <code>{html.escape(final)}</code>" if final else "") + ")"
        out += [f"<details><summary>{label}</summary>", "", fenced(run.final_text, "markdown"), "", "</details>", ""]
    return out


def _synthesis(job: Job) -> list[str]:
    synthesis = job.synthesis
    assert synthesis is not None
    if synthesis.state != "succeeded" or not synthesis.text:
        reason = f": {inline(synthesis.error.message)}" if synthesis.error else ""
        return [f"### Synthesis ({inline(synthesis.provider)}): {synthesis.state}{reason}", ""]
    # The synthesizer writes markdown sections of its own: kept, with its headings moved below ours.
    text = re.sub(r"(?m)^(#{1,4}) ", lambda m: "#" * (len(m.group(1)) + 2) + " ", synthesis.text.strip())
    return [f"### Synthesis by {inline(synthesis.provider)}", "", text, ""]


def _notes(job: Job) -> list[str]:
    """What mco-mcp met on the way (the job's notes, each run's parser and extraction notes)."""
    said = [f"- {inline(note)}" for note in job.notes]
    said += [f"- {inline(run.provider)}: {inline(note)}" for run in job.providers for note in run.notes]
    return ["### Notes", "", *said, ""] if said else []


def job_to_markdown(job: Job) -> str:
    """The job as Markdown: heading, summary, providers, usage, then the findings (review) or answers (run)."""
    out = [f"## mco-mcp {job.kind} {code(job.job_id)}: {job.state}", ""]
    if job.summary:
        out += ["> " + inline(job.summary), ""]
    if job.scope is not None:
        out += _scope(job)
    out += _provider_table(job) + ["", usage_line(job), ""]
    if job.synthesis is not None:
        out += _synthesis(job)
    if job.cross_examination is not None:
        out += _cross_examination(job)
    out += _findings(job) if job.kind == "review" else _final_texts(job)
    if job.kind == "review":
        out += [""] + _hidden(job, len(job.findings or []) + 1)
    while out and out[-1] == "":
        out.pop()
    out += [""] + _notes(job)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

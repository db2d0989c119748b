"""The synthesis pass of a review: one provider reads the merged findings and each reviewer's summary."""

from __future__ import annotations

import json
import re

from mco_mcp.models import Job

_FENCED = re.compile(r"```.*?```", re.DOTALL)
SUMMARY_CHARS = 3000


def choose_synthesizer(explicit: str | None, job: Job, own: str | None) -> str | None:
    """The caller's choice; else the first provider that succeeded and is not the calling agent's own CLI."""
    if explicit is not None:
        return explicit
    for run in job.providers:
        if run.state == "succeeded" and run.provider != own:
            return run.provider
    return None


def _summary(text: str) -> str:
    prose = _FENCED.sub("[findings block omitted]", text).strip()
    return prose if len(prose) <= SUMMARY_CHARS else prose[:SUMMARY_CHARS] + " […]"


def synthesis_prompt(original: str, job: Job, answers: dict[str, str]) -> str:
    findings = [
        {
            "severity": f.severity,
            "category": f.category,
            "title": f.title,
            "file": f.file,
            "line": f.line,
            "detected_by": f.detected_by,
            "verified": f.verified,
            "recommendation": f.recommendation,
        }
        for f in job.findings or []
    ]
    reviewers = "\n\n".join(f"### {name}\n{_summary(text)}" for name, text in answers.items())
    return (
        "Several coding agents reviewed the same code independently. You are not reviewing it again: you are "
        "writing the synthesis of their reviews. Do not modify any file.\n\n"
        f"## The review request\n{original}\n\n"
        f"## Merged findings (deduplicated; `detected_by` names the agents; `verified` = checked against the code)\n"
        f"```json\n{json.dumps(findings, indent=1)}\n```\n\n"
        f"## What each reviewer said\n{reviewers}\n\n"
        "Answer in three short sections:\n"
        "## Consensus — what several agents agree on, most important first.\n"
        "## Divergence — where they disagree or only one agent saw a problem, and which side the code supports.\n"
        "## Next steps — an ordered list of what to fix or check first.\n"
    )

"""The text each CLI receives on stdin."""

from __future__ import annotations

from mco_mcp.jobs.request import JobRequest


def build_prompt(request: JobRequest, provider: str) -> str:
    """The caller's prompt exactly as given, plus the sections mco-mcp adds (focus, paths, findings contract)."""
    parts = [request.prompt]
    focus = request.roles.get(provider)
    if focus is not None:
        parts.append(f"Your focus in this review ({focus.name}): {focus.text}")
    if request.paths:
        listed = "\n".join(f"- {path}" for path in request.paths)
        parts.append(f"Focus on these paths of the repository ({request.repo}):\n{listed}")
    if request.change is not None:
        parts.append(request.change.section)
    if request.kind == "review":
        from mco_mcp.findings.contract import FINDINGS_CONTRACT  # the text only: extraction loads after the CLIs start

        parts.append(
            "This is a read-only review: do not modify any file.\n\n" + FINDINGS_CONTRACT.strip()
        )
    return "\n\n".join(parts)

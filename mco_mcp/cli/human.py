"""Reports for a person at a terminal (rich): a compact table of providers and findings, answers rendered as
Markdown. Machine formats (json, sarif, markdown) are in mco_mcp/gate.py."""

from __future__ import annotations

import re
from typing import Any, TextIO

from mco_mcp.models import Job, ProviderInfo

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "dim"}


def one_line(text: str | None, limit: int = 200) -> str:
    """A message as one clean line: terminal colour codes out, cut at a word boundary, never mid-word."""
    if not text:
        return ""
    line = " ".join(_ANSI.sub("", text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _console(stream: TextIO) -> Any:
    from rich.console import Console

    return Console(file=stream, highlight=False, soft_wrap=False)


def print_job(job: Job, stream: TextIO) -> None:
    from rich.markdown import Markdown
    from rich.panel import Panel
    from rich.table import Table

    console = _console(stream)
    state_style = "green" if job.state == "completed" else "yellow" if job.state in ("partial", "cancelled") else "red"
    console.print(f"[bold]mco-mcp {job.kind}[/] {job.job_id}: [{state_style}]{job.state}[/] in {job.elapsed_seconds:.1f}s")
    if job.scope is not None:
        console.print(f"reviewed: {job.scope.description} — {job.scope.files} file(s)")
    providers = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    for column in ("provider", "state", "time", "model", "findings", "note"):
        providers.add_column(column, justify="right" if column in ("time", "findings") else "left", overflow="fold",
                             no_wrap=column != "note")  # fmt: skip
    for run in job.providers:
        note = f"{run.error.kind}: {one_line(run.error.message, 120)}" if run.error else ""
        if run.session_id and not note:
            note = f"session {run.session_id}"
        providers.add_row(run.provider, run.state, f"{run.elapsed_seconds:.1f}s", run.model or "",
                          "" if run.findings_count is None else str(run.findings_count), note)  # fmt: skip
    console.print(providers)
    if job.kind == "review":
        findings = job.findings or []
        if not findings:
            console.print("\nno findings" if job.state != "failed" else "")
        else:
            table = Table(title=f"{len(findings)} finding(s)", title_justify="left", box=None, padding=(0, 2),
                          show_edge=False, header_style="bold")  # fmt: skip
            for column in ("#", "severity", "finding", "where", "by", "checked"):
                table.add_column(column, overflow="fold", no_wrap=column in ("#", "severity", "checked"))
            for number, finding in enumerate(findings, 1):
                where = finding.file or "-"
                if finding.line:
                    where += f":{finding.line}"
                if finding.in_diff is False:
                    where += " (outside the change)"
                checked = {True: "verified", False: "not verified"}.get(finding.verified, "unchecked")  # type: ignore[arg-type]
                style = SEVERITY_STYLE.get(finding.severity, "")
                table.add_row(str(number), f"[{style}]{finding.severity}[/]", f"{finding.title} ({finding.category})",
                              where, ", ".join(finding.detected_by), checked)  # fmt: skip
            console.print()
            console.print(table)
    else:
        for run in job.providers:
            if run.final_text:
                console.print(Panel(Markdown(run.final_text), title=run.provider, title_align="left", expand=True))
    if job.synthesis is not None and job.synthesis.text:
        console.print(Panel(Markdown(job.synthesis.text), title=f"synthesis by {job.synthesis.provider}", title_align="left"))
    for note in job.notes:
        console.print(f"note: {one_line(note, 400)}")
    console.print(f"\n[dim]the whole report: mco-mcp status {job.job_id} --format markdown (or json, sarif)[/]")


def print_jobs(jobs: list[Job], unreadable: list[Any], stream: TextIO) -> None:
    from rich.table import Table

    console = _console(stream)
    if not jobs and not unreadable:
        console.print("no jobs yet")
        return
    table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    for column in ("job", "kind", "state", "created", "time", "providers"):
        table.add_column(column, overflow="fold", no_wrap=column != "providers")
    for job in jobs:
        table.add_row(job.job_id, job.kind, job.state, job.created_at[:19].replace("T", " "),
                      f"{job.elapsed_seconds:.0f}s", ", ".join(f"{r.provider} {r.state}" for r in job.providers))  # fmt: skip
    console.print(table)
    for item in unreadable:
        console.print(f"{item.job_id}: unreadable — {one_line(item.reason)}")


def print_providers(infos: list[ProviderInfo], stream: TextIO) -> None:
    from rich.table import Table

    console = _console(stream)
    table = Table(box=None, padding=(0, 2), show_edge=False, header_style="bold")
    for column in ("provider", "installed", "version", "ready", "default", "why"):
        table.add_column(column, overflow="fold", no_wrap=column != "why")
    for info in infos:
        table.add_row(info.name, "yes" if info.installed else "no", info.version or "",
                      {True: "yes", False: "no"}[info.ready], "yes" if info.default else "",
                      one_line(info.reason, 160))  # fmt: skip
    console.print(table)

"""Progress of a headless job on stderr: a live table in a terminal (rich), one plain line per state change
in a log (CI), nothing when asked for quiet. stdout stays the report's alone.

rich is imported here, on the headless path only: the MCP server never imports this module
(tests/test_cli_terminal.py checks that serving leaves rich unimported).
"""

from __future__ import annotations

import sys
from typing import Any, Protocol, TextIO

from mco_mcp.models import TERMINAL_RUN_STATES, Job

STATE_STYLE = {
    "queued": "dim", "running": "cyan", "succeeded": "green", "failed": "red", "timed_out": "red",
    "cancelled": "yellow", "unavailable": "yellow",
}  # fmt: skip


class Display(Protocol):
    def update(self, job: Job) -> None: ...
    def close(self, job: Job) -> None: ...


def size(count: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    return str(count)


def queue_positions(job: Job) -> dict[str, int]:
    """Where each queued run of this job stands in line (1: next to start)."""
    queued = [run.provider for run in job.providers if run.state == "queued"]
    return {name: number for number, name in enumerate(queued, 1)}


class Quiet:
    def update(self, job: Job) -> None:
        pass

    def close(self, job: Job) -> None:
        pass


class Lines:
    """One line per state change of the job or of a provider: what a CI log can keep."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._seen: dict[str, str] = {}
        self._first = False

    def _say(self, text: str) -> None:
        self._stream.write(f"mco-mcp: {text}\n")
        self._stream.flush()

    def update(self, job: Job) -> None:
        if "" not in self._seen:
            # A job is all queued the moment it starts; a run still queued at the next look is waiting in line.
            self._seen[""] = job.state
            self._say(f"{job.kind} {job.job_id} started: {', '.join(r.provider for r in job.providers)}")
            self._seen.update({run.provider: run.state for run in job.providers if run.state == "queued"})
            self._first = True
        elif self._first:
            self._first = False
            self._seen.update({run.provider: "" for run in job.providers if run.state == "queued"})
        positions = queue_positions(job)
        for run in job.providers:
            if self._seen.get(run.provider) == run.state:
                continue
            self._seen[run.provider] = run.state
            line = f"{job.job_id} {run.provider} {run.state}"
            if run.state == "queued":
                line += f" (#{positions[run.provider]} in line)"
            elif run.state in TERMINAL_RUN_STATES:
                line += f" after {run.elapsed_seconds:.1f}s, {size(run.output_bytes)} of output"
                if run.error is not None:
                    line += f" — {run.error.kind}"
            self._say(line)

    def close(self, job: Job) -> None:
        self.update(job)
        self._say(f"{job.kind} {job.job_id} {job.state} in {job.elapsed_seconds:.1f}s")


class Live:
    """A table redrawn in place while the job runs; it leaves the terminal when the job ends."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.live import Live as RichLive

        self._console = Console(file=stream, stderr=stream is sys.stderr)
        self._live = RichLive(console=self._console, refresh_per_second=4, transient=True, auto_refresh=True)
        self._started = False

    def _table(self, job: Job) -> Any:
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text

        done = sum(run.state in TERMINAL_RUN_STATES for run in job.providers)
        title = f"{job.kind} {job.job_id} · {job.elapsed_seconds:.0f}s · {done}/{len(job.providers)} finished · Ctrl-C cancels"
        table = Table(box=None, padding=(0, 2), show_edge=False)
        for column in ("provider", "state", "elapsed", "output", ""):
            table.add_column(column, justify="right" if column in ("elapsed", "output") else "left")
        positions = queue_positions(job)
        for run in job.providers:
            note = ""
            if run.state == "queued":
                note = f"#{positions[run.provider]} in line"
            elif run.state == "running" and run.idle_seconds >= 10:
                note = f"quiet for {run.idle_seconds:.0f}s"
            elif run.error is not None:
                note = run.error.kind
            style = STATE_STYLE.get(run.state, "")
            table.add_row(run.provider, f"[{style}]{run.state}[/]" if style else run.state,
                          f"{run.elapsed_seconds:.0f}s", size(run.output_bytes), note)  # fmt: skip
        return Group(Text(title, style="bold"), table)

    def update(self, job: Job) -> None:
        if not self._started:
            self._live.start()
            self._started = True
        self._live.update(self._table(job), refresh=True)

    def close(self, job: Job) -> None:
        if self._started:
            self._live.stop()
        self._console.print(f"mco-mcp: {job.kind} {job.job_id} {job.state} in {job.elapsed_seconds:.1f}s", highlight=False)


def display_for(stream: TextIO, quiet: bool) -> Display:
    if quiet:
        return Quiet()
    if stream.isatty():
        return Live(stream)
    return Lines(stream)

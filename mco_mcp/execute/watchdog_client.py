"""The server's end of `mco_mcp.watchdog`: a process of its own that kills our runs if we die (even by SIGKILL)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from typing import IO

from mco_mcp.execute import subtree
from mco_mcp.execute.groups import RUN_MARKER_VAR, is_marker


class Watchdog:
    """The server's end of `mco_mcp.watchdog`: started on first use, told about every provider run."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def _pipe(self) -> IO[bytes] | None:
        if self._process is None:
            # Without a run marker of its own: when this server runs inside another mco-mcp's run, that
            # run's sweep must not take our watchdog along before it has swept our runs.
            env = {key: value for key, value in os.environ.items() if key != RUN_MARKER_VAR}
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mco_mcp.watchdog"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                start_new_session=True,
                env=env,
            )
            subtree.started(self._process.pid, run=False)  # the sweep need not read below it while it lives
        return self._process.stdin

    def _send(self, line: str) -> None:
        pipe = self._pipe()
        if pipe is None:
            return
        try:
            pipe.write(line.encode("ascii"))
            pipe.flush()
        except BrokenPipeError:
            subtree.ended(self._process.pid)  # type: ignore[union-attr]
            self._process = None  # it died: the next group starts a new one

    def watch(self, pgid: int, leader_start_time: int | None, marker: str | None) -> None:
        start = leader_start_time if leader_start_time is not None else "-"
        self._send(f"+{pgid} {start} {marker if is_marker(marker) else '-'}\n")

    def forget(self, pgid: int) -> None:
        if self._process is not None:
            self._send(f"-{pgid}\n")

    def close(self) -> None:
        """Normal shutdown: every group has been stopped; EOF lets the watchdog exit with nothing to do."""
        if self._process is not None and self._process.stdin is not None:
            subtree.ended(self._process.pid)
            self._process.stdin.close()
            # Reaped by a thread, not waited for here: it exits on the EOF by itself, and a headless run
            # need not wait for its start-up to end first (a third of a second on a loaded machine).
            threading.Thread(target=self._process.wait, name="mco-mcp watchdog reaper", daemon=True).start()
            self._process = None

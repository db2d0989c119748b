"""Process-group bookkeeping: identity of a process, and killing a whole group safely."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO


def start_time(pid: int, proc: Path = Path("/proc")) -> int | None:
    """The process start time in clock ticks since boot (field 22 of /proc/PID/stat), or None if gone.

    A pid can be reused; (pid, start_time) cannot, so it is what we record and check before killing.
    """
    try:
        stat = (proc / str(pid) / "stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[19])


def group_members(pgid: int, proc: Path = Path("/proc")) -> list[int]:
    """Live pids whose process group is `pgid` (zombies excluded)."""
    members = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def signal_group(pgid: int, sig: signal.Signals) -> bool:
    """Send `sig` to a process group; False when the group no longer exists."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    return True


def kill_recorded_group(pgid: int, leader_start_time: int | None) -> bool:
    """SIGKILL a group recorded by an earlier server, only if it is still the same group.

    The group is identified by its leader pid. If the leader is alive with another start time, the pid
    was reused: leave it alone. If the leader is gone, its pgid cannot have been reused while other
    members of the group live, so the survivors are still ours.
    """
    current = start_time(pgid)
    if current is not None and leader_start_time is not None and current != leader_start_time:
        return False
    return signal_group(pgid, signal.SIGKILL)


class Watchdog:
    """The server's end of `mco_mcp.watchdog`: started on first use, told about every provider group."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def _pipe(self) -> IO[bytes] | None:
        if self._process is None:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mco_mcp.watchdog"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                start_new_session=True,
            )
        return self._process.stdin

    def _send(self, line: str) -> None:
        pipe = self._pipe()
        if pipe is None:
            return
        try:
            pipe.write(line.encode("ascii"))
            pipe.flush()
        except BrokenPipeError:
            self._process = None  # it died: the next group starts a new one

    def watch(self, pgid: int, leader_start_time: int | None) -> None:
        self._send(f"+{pgid} {leader_start_time if leader_start_time is not None else '-'}\n")

    def forget(self, pgid: int) -> None:
        if self._process is not None:
            self._send(f"-{pgid}\n")

    def close(self) -> None:
        """Normal shutdown: every group has been stopped; EOF lets the watchdog exit with nothing to do."""
        if self._process is not None and self._process.stdin is not None:
            self._process.stdin.close()
            self._process.wait(timeout=10)
            self._process = None

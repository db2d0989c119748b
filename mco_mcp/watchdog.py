"""The parent-death watchdog: kills provider runs' processes when the server that started them dies.

The server starts one watchdog (in a session of its own, so a host that kills the server's process group
does not take it along) and keeps the write end of a pipe to its stdin. It sends "+PGID STARTTIME MARKER"
when a provider run starts and "-PGID" when it ends. However the server dies — SIGKILL included — the
kernel closes the pipe; the watchdog reads EOF and, for every run still listed, kills its process group
(only if it can prove it is still that run's group) and every process carrying the run's marker, daemonized
descendants included. A line without a start time or a marker kills nothing. It never polls.
"""

from __future__ import annotations

import signal
import sys

from mco_mcp.execute.groups import kill_recorded_group


def main() -> int:
    # The server's host may signal us along with it; only the pipe's EOF decides when we act.
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)
    runs: dict[int, tuple[int | None, str | None]] = {}
    for line in sys.stdin.buffer:
        op, *rest = line.decode("ascii", errors="replace").split()[:3] or [""]
        try:
            if op.startswith("+") and len(rest) == 2:
                start, marker = rest
                runs[int(op[1:])] = (int(start) if start.isdigit() else None, None if marker == "-" else marker)
            elif op.startswith("-"):
                runs.pop(int(op[1:]), None)
        except ValueError:
            continue  # a torn line from a dying server: ignore it rather than die before acting
    for pgid, (start, marker) in runs.items():
        kill_recorded_group(pgid, start, marker)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

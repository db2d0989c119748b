"""The parent-death watchdog: kills provider process groups when the server that started them dies.

The server starts one watchdog (in a session of its own, so a host that kills the server's process group
does not take it along) and keeps the write end of a pipe to its stdin. It sends "+PGID STARTTIME" when a
provider process group starts and "-PGID" when it ends. However the server dies — SIGKILL included — the
kernel closes the pipe; the watchdog reads EOF and kills every group still listed, after checking it is
still the same group (a pid may have been reused). It does nothing else and never polls.
"""

from __future__ import annotations

import signal
import sys

from mco_mcp.adapters.process import kill_recorded_group


def main() -> int:
    # The server's host may signal us along with it; only the pipe's EOF decides when we act.
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)
    groups: dict[int, int | None] = {}
    for line in sys.stdin.buffer:
        op, _, rest = line.decode("ascii", errors="replace").strip().partition(" ")
        try:
            if op.startswith("+"):
                groups[int(op[1:])] = int(rest) if rest.strip().isdigit() else None
            elif op.startswith("-"):
                groups.pop(int(op[1:]), None)
        except ValueError:
            continue  # a torn line from a dying server: ignore it rather than die before acting
    for pgid, start in groups.items():
        kill_recorded_group(pgid, start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

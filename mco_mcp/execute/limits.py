"""The output limit, enforced by the kernel: RLIMIT_FSIZE from a CLI's first instruction, pinned hard after
its spawn, and no core dumps (a CLI killed by SIGXFSZ must not drop a core file into the repository)."""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

CORE_OFF = (resource.RLIMIT_CORE, 0)
_limit_lock = threading.Lock()
_limit_users = 0
_limit_saved: tuple[int, int] | None = None


# While a spawn is under way the server's own soft limit is lowered too; never below this, so that our own
# writes meanwhile (a job document, a final text) are not cut. A smaller limit is in force from the CLI's
# first instruction at this floor, and exactly from `pin_limits` on, right after the spawn returns.
_SERVER_WRITE_FLOOR = 64 * 1024 * 1024


@contextmanager
def child_file_size_limit(limit: int) -> Iterator[None]:
    """Children forked inside this block start with RLIMIT_FSIZE at `limit` (soft; at least the floor
    above): no window in which a child could write a file past it. `pin_limits` then makes the exact limit
    the child's hard limit too.

    The server's own soft limit is lowered only while a spawn is under way (reference-counted: spawns may
    overlap across awaits). A write of ours that would cross it meanwhile fails with EFBIG instead of
    killing us: SIGXFSZ is ignored here (children get it back: Popen restores it by default). Off the main
    thread signals cannot be set, so there only `pin_limits` applies, right after the spawn.
    """
    limit = max(limit, _SERVER_WRITE_FLOOR)
    global _limit_users, _limit_saved
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    with _limit_lock:
        if _limit_users == 0:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            soft, hard = _limit_saved = resource.getrlimit(resource.RLIMIT_FSIZE)
            lowered = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            if soft == resource.RLIM_INFINITY or lowered < soft:
                resource.setrlimit(resource.RLIMIT_FSIZE, (lowered, hard))
        _limit_users += 1
    try:
        yield
    finally:
        with _limit_lock:
            _limit_users -= 1
            if _limit_users == 0 and _limit_saved is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, _limit_saved)
                _limit_saved = None


def pin_limits(pid: int, file_size: int) -> None:
    """Fix a spawned CLI's file-size limit (soft and hard: it cannot raise it again, nor can what it runs)
    and switch off its core dumps (a CLI killed by SIGXFSZ must not drop a core file into the repository).
    """
    for which, value in ((resource.RLIMIT_FSIZE, file_size), CORE_OFF):
        try:
            _, hard = resource.prlimit(pid, which)
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.prlimit(pid, which, (value, value))
        except (OSError, ValueError):
            continue  # already gone: nothing left to limit



"""Process bookkeeping: identity of a process, proving a process is one we started, and killing safely.

Every provider run gets a random marker, `MCO_MCP_RUN_ID=<32 hex>`, in its CLI's environment. Every
descendant inherits it — through setsid, double forks and daemonizing — unless it execs with a scrubbed
environment or overwrites its environment block (as some daemons do to set a process title). The marker is
what lets us (and our watchdog, and the next server) find everything a run left behind, and it is the
proof we require before signalling anything recorded in a job document, which is untrusted input:

- a group is signalled only if pgid > 1, it is not our own group or pid, and its leader — or, once the
  leader is gone, one of its members — carries the run's marker (and the leader has its recorded start
  time); a recorded group with no start time or no marker is never signalled;
- a single process is signalled through a pidfd opened *before* its environment is read, so a pid reused
  between the check and the signal gets nothing.

What the marker cannot catch: a descendant that re-execs with a scrubbed environment (`env -i`) or
overwrites its environment block, and that has also left the process group. A run's own sweep reads only
the server's subtree, the server being a child subreaper (subtree.py); the watchdog and the next server,
after our death, read every process here (orphans have gone to init by then). A writable cgroup v2
(cgroup.kill) is not generally available to a user's process.
"""

from __future__ import annotations

import os
import re
import secrets
import select
import signal
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

RUN_MARKER_VAR = "MCO_MCP_RUN_ID"
_MARKER_RE = re.compile(r"[0-9a-f]{32}")
_PID_MAX = 4_194_304  # the kernel's ceiling for /proc/sys/kernel/pid_max: no pid or pgid is larger
_ENVIRON_CAP = 8 * 1024 * 1024  # a process's environment block is far smaller; bounded anyway
_ENVIRON_READ = 65_536  # one read holds a whole environment block but a huge one
_SWEEP_PASSES = 32  # a marked process may fork while we sweep: sweep again until a pass finds nothing new
_PROC = Path("/proc")


def new_marker() -> str:
    return secrets.token_hex(16)


def is_marker(value: object) -> bool:
    return isinstance(value, str) and _MARKER_RE.fullmatch(value) is not None


def stat_fields(pid: int, proc: Path = _PROC) -> list[str] | None:
    """Fields 3.. of /proc/PID/stat (state first), or None if gone or unreadable."""
    try:
        stat = (proc / str(pid) / "stat").read_text()
    except (OSError, ValueError):
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return fields if len(fields) > 19 else None


def start_time(pid: int, proc: Path = _PROC) -> int | None:
    """The process start time in clock ticks since boot (field 22 of /proc/PID/stat), or None if gone.

    A pid can be reused; (pid, start_time) cannot, so it is what we record and check before killing.
    """
    if type(pid) is not int or not 0 < pid <= _PID_MAX:
        return None
    fields = stat_fields(pid, proc)
    return int(fields[19]) if fields is not None else None


def _process_group(pid: int) -> int | None:
    fields = stat_fields(pid)
    return int(fields[2]) if fields is not None else None


def group_members(pgid: int, proc: Path = _PROC) -> list[int]:
    """Live pids whose process group is `pgid` (zombies excluded)."""
    members = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def read_environ(pid: int) -> bytes | None:
    """The environment block PID was started with (NUL-separated); None if it cannot be opened (gone, a
    zombie, not ours to read), b"" if it cannot be read (a kernel thread)."""
    try:
        fd = os.open(f"/proc/{pid}/environ", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        chunks, size = [], 0
        while size < _ENVIRON_CAP:
            chunk = os.read(fd, _ENVIRON_READ)
            chunks.append(chunk)
            size += len(chunk)
            if len(chunk) < _ENVIRON_READ:
                break  # the kernel fills a read up to the block's end: a short one is the end (no read for EOF)
        return b"".join(chunks)
    except OSError:
        return b""
    finally:
        os.close(fd)


def _environ(pid: int) -> bytes:
    return read_environ(pid) or b""


_PREFIX = f"\0{RUN_MARKER_VAR}=".encode("ascii")


def carries_marker(pid: int, marker: str) -> bool:
    return is_marker(marker) and _marker_of(_environ(pid)) == marker


def may_signal_group(pgid: object) -> bool:
    """Never group 0 (our own), 1 or below (kill(-1): everything we may signal), our own group or pid."""
    return type(pgid) is int and 1 < pgid <= _PID_MAX and pgid not in (os.getpid(), os.getpgrp())


def signal_group(pgid: int, sig: signal.Signals) -> bool:
    """Send `sig` to a process group we started; False when it no longer exists or may not be signalled."""
    if not may_signal_group(pgid):
        return False
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def pin(pid: int) -> int | None:
    """A pidfd for `pid`, or None. Checks made through /proc after this, followed by a successful signal
    through the pidfd, were made on the very process the pidfd holds (its pid cannot be reused while it lives).
    """
    try:
        return os.pidfd_open(pid)
    except OSError:
        return None


def _signal_pinned(pidfd: int, sig: int) -> bool:
    try:
        signal.pidfd_send_signal(pidfd, sig)
    except OSError:
        return False
    return True


def _proven_member(pid: int, pgid: int, marker: str, leader_start_time: int | None = None) -> bool:
    """Is `pid` (now) a member of group `pgid` carrying the run's marker (with the given start time)?"""
    pidfd = pin(pid)
    if pidfd is None:
        return False
    try:
        if leader_start_time is not None and start_time(pid) != leader_start_time:
            return False
        if _process_group(pid) != pgid or not carries_marker(pid, marker):
            return False
        return _signal_pinned(pidfd, 0)  # still the process we read about: the reads above were of it
    finally:
        os.close(pidfd)


def _pids() -> Iterator[int]:
    try:
        names = os.listdir(_PROC)
    except OSError:
        return
    for name in names:
        if name.isdigit():
            yield int(name)


def _marker_of(environ: bytes) -> str | None:
    """The run marker in an environment block (its first MCO_MCP_RUN_ID, as getenv sees it), if any."""
    if environ.startswith(_PREFIX[1:]):
        start = len(_PREFIX) - 1
    else:
        at = environ.find(_PREFIX)
        if at < 0:
            return None
        start = at + len(_PREFIX)
    value = environ[start : start + 33]
    return value[:32].decode("ascii", "replace") if value[32:] in (b"", b"\0") and len(value) >= 32 else None


def kill_marked(markers: str | Iterable[str], wait_seconds: float = 2.0) -> int:
    """SIGKILL every process whose environment carries one of the runs' markers; the number killed.

    Blocking (it reads /proc): call it from a worker thread in async code.
    """
    return sum(kill_marked_by_run(markers, wait_seconds).values())


def kill_marked_by_run(markers: str | Iterable[str], wait_seconds: float = 2.0) -> Counter[str]:
    """SIGKILL every process whose environment carries one of the runs' markers, wherever it has gone
    (another session, re-parented to init); wait up to `wait_seconds` until they are dead. How many were
    killed, per marker. One pass over /proc serves any number of runs.
    """
    wanted = {m for m in ([markers] if isinstance(markers, str) else markers) if is_marker(m)}
    if not wanted:
        return Counter()
    killer = MarkedKiller(wanted)
    try:
        killer.sweep_all_of_proc()
        killer.wait_dead(wait_seconds)
    finally:
        killer.close()
    return killer.counts


class MarkedKiller:
    """Kills processes proven to carry one of `wanted` markers, and holds them pinned until they are dead."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted
        self.counts: Counter[str] = Counter()
        self.killed: dict[int, int] = {}  # pid -> pidfd, kept open until they are dead

    def kill_if_marked(self, pid: int, environ: bytes | None = None) -> int:
        """1 if `pid` carried a wanted marker (read again through a pidfd) and was SIGKILLed now, else 0."""
        if pid in self.killed or _marker_of(_environ(pid) if environ is None else environ) not in self.wanted:
            return 0
        pidfd = pin(pid)
        if pidfd is None:
            return 0
        # Read again through the pinned process: the first read may have been of a pid since reused.
        marker = _marker_of(_environ(pid))
        if marker in self.wanted and _signal_pinned(pidfd, signal.SIGKILL):
            self.killed[pid] = pidfd
            self.counts[marker] += 1
            return 1
        os.close(pidfd)
        return 0

    def sweep_all_of_proc(self) -> None:
        """Every process on the machine, pass after pass until one finds nothing new (a marked process may
        fork while we sweep; a killed one cannot fork any more)."""
        me = os.getpid()
        for _ in range(_SWEEP_PASSES):
            new = 0
            for pid in _pids():
                if pid != me:
                    new += self.kill_if_marked(pid)
            if not new:
                break

    def wait_dead(self, wait_seconds: float, reap: bool = False) -> None:
        """Until the killed are dead (bounded). With `reap`, also reap those that are our children: only for
        processes nothing else in this server waits for (see subtree.py)."""
        _wait_dead(list(self.killed.values()), wait_seconds)
        if reap:
            for pidfd in self.killed.values():
                try:
                    os.waitid(os.P_PIDFD, pidfd, os.WEXITED | os.WNOHANG)
                except ChildProcessError:
                    pass  # not our child: its own parent (or init) reaps it

    def close(self) -> None:
        for pidfd in self.killed.values():
            os.close(pidfd)
        self.killed = {}


def _wait_dead(pidfds: list[int], wait_seconds: float) -> None:
    """A pidfd becomes readable when its process exits: wait for all of them, bounded."""
    poller = select.poll()
    for pidfd in pidfds:
        poller.register(pidfd, select.POLLIN)
    deadline = time.monotonic() + wait_seconds
    left = len(pidfds)
    while left:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        for pidfd, _ in poller.poll(remaining * 1000):
            poller.unregister(pidfd)
            left -= 1


def kill_recorded_group(pgid: object, leader_start_time: object, marker: object) -> bool:
    """SIGKILL what is left of a run recorded in a job document — only what we can prove is that run's.

    The document is untrusted: nothing happens without a plausible pgid, a start time and a marker. The
    group itself is signalled only if its leader is alive with the recorded start time and the marker, or,
    once the leader is gone, a member carries the marker (a pgid cannot be reused while a member lives).
    Then every process carrying the marker is killed, in whatever group or session it went to.
    """
    if not may_signal_group(pgid) or type(leader_start_time) is not int or not is_marker(marker):
        return False
    assert isinstance(pgid, int) and isinstance(marker, str)
    group_killed = False
    if start_time(pgid) is not None:
        proven = _proven_member(pgid, pgid, marker, leader_start_time)
    else:
        proven = any(_proven_member(pid, pgid, marker) for pid in group_members(pgid))
    if proven:
        group_killed = signal_group(pgid, signal.SIGKILL)
    return kill_marked(marker) > 0 or group_killed

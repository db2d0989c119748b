"""The end-of-run sweep over our own process tree instead of every process on the machine.

The server makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER) before it starts its first CLI.
From then on an orphan of a run — a daemon that did setsid and a double fork — is re-parented to the
nearest living subreaper among its ancestors, which is the server or a process below it, never init: the
kernel re-parents only up the chain of ancestors. So, while the server lives, every living descendant of a
run is somewhere in the server's own subtree, and the sweep for a run's marker needs to read only that
subtree (a handful of processes) rather than the environment of each of the machine's hundreds, whose
number other people's work decides (0.8-9.5 ms of CPU per pass on the shared 2-core machine, measured).

What the sweep kills is proven exactly as before (groups.py): the marker read, the process pinned by a
pidfd, the marker read again through the pin, the signal sent through the pidfd. Reading only our subtree
narrows what it can touch: a process outside it carrying a copied marker is never signalled by a run's
sweep (the watchdog and the next server, after our death, still sweep all of /proc).

The subtree is read from /proc/PID/task/TID/children, which the kernel does not promise to be consistent
while processes come and go (a process re-parented up the tree during the walk, or a sibling reaped
between two entries, can be missed). So one pass reads the tree twice — top down, then bottom up with
each process's leader thread last (where orphans and an exiting thread's children go) — and trusts it
only when both readings agree; a re-parented process then shows in the second reading at its new place,
and a skipped one makes the readings differ. A pass that killed something or did not agree is done again;
if none agrees within `_PASSES`, the sweep falls back to reading all of /proc.

Being a subreaper makes us the parent of orphans: their zombies are ours to reap, and reaping must never
take the exit status of a child somebody in the server waits for (a CLI, git, a check, the watchdog). A
child we spawned ourselves is in our session or leads its own (fork keeps the session; setsid makes the
caller the leader), so a zombie child of ours whose session is neither ours nor led by itself is a
descendant of something we spawned, adopted: we reap it (through a pidfd). Processes the sweep killed are
reaped through their pidfds when they are our children (they carry a run's marker and that run's CLI has
already been reaped, so nothing else waits for them). Adopted orphans that led their own session and
exited by themselves stay zombies until the server exits.
"""

from __future__ import annotations

import ctypes
import os
import select
import threading
from collections import Counter
from collections.abc import Iterable

from mco_mcp.execute import groups

PR_SET_CHILD_SUBREAPER = 36
PR_GET_CHILD_SUBREAPER = 37
_PASSES = 16  # passes that killed something or whose two readings disagreed, before the fallback
_CHILDREN_READ = 65_536

_lock = threading.Lock()
_subreaper: bool | None = None  # None: not tried yet
_started: dict[int, int] = {}  # pid -> pidfd of living processes we started ourselves (see `started`)
_forked_off_leader = False


def become_subreaper() -> bool:
    """Make this process a child subreaper (once; it stays one). False where the kernel will not, or where
    /proc does not list a thread's children: then the sweep reads all of /proc, as without it."""
    global _subreaper
    with _lock:
        if _subreaper is None:
            _subreaper = _set_subreaper() and os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
        return _subreaper


def is_subreaper() -> bool:
    return bool(_subreaper)


def _set_subreaper() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return False
    prctl.restype = ctypes.c_int
    if prctl(ctypes.c_int(PR_SET_CHILD_SUBREAPER), ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0),
             ctypes.c_ulong(0)) != 0:
        return False
    flag = ctypes.c_int(0)
    got = prctl(ctypes.c_int(PR_GET_CHILD_SUBREAPER), ctypes.byref(flag), ctypes.c_ulong(0), ctypes.c_ulong(0),
                ctypes.c_ulong(0))
    return got == 0 and flag.value == 1


def started(pid: int, *, run: bool = True) -> None:
    """Note a process we started ourselves and wait for (a run's CLI, from the thread that forked it; the
    watchdog, `run=False`). While it lives, the sweep does not read below it: a run's leftovers are
    descendants of that run's CLI, and the kernel re-parents a process only to an ancestor of it, never
    below another process we started."""
    global _forked_off_leader
    if run and threading.get_native_id() != os.getpid():
        # Orphans go to our leader thread whoever forked the CLI, but a child the CLI makes with
        # CLONE_PARENT becomes a child of the thread that forked the CLI: from now on read every thread.
        _forked_off_leader = True
    pidfd = groups.pin(pid)  # our child, not yet reaped: it is the very process we started
    if pidfd is not None:
        with _lock:
            _started[pid] = pidfd


def ended(pid: int) -> None:
    """The process noted by `started` has been reaped (or is about to be): forget it."""
    with _lock:
        pidfd = _started.pop(pid, None)
        if pidfd is not None:
            os.close(pidfd)  # under the lock: a sweep polling it must not see its number reused


def _living_started() -> frozenset[int]:
    """Those noted by `started` that have not exited (a pidfd turns readable when its process exits)."""
    with _lock:
        if not _started:
            return frozenset()
        poller = select.poll()
        for pidfd in _started.values():
            poller.register(pidfd, select.POLLIN)
        exited = {pidfd for pidfd, _ in poller.poll(0)}
        return frozenset(pid for pid, pidfd in _started.items() if pidfd not in exited)


def _threads(pid: int, root: int) -> list[str] | None:
    """The threads whose children we read, the leader last (an exiting thread's children and orphans go
    to it); None if the process is gone. For ourselves, the leader alone, where our CLIs were forked and
    where our orphans go, unless a CLI was forked by another thread."""
    leader = str(pid)
    if pid == root and not _forked_off_leader:
        return [leader]
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    tids.sort(key=leader.__eq__)
    return tids


def _children(pid: int, tids: list[str] | None) -> frozenset[int] | None:
    """The children of those threads of `pid`; None if it is gone."""
    if tids is None:
        return None
    found: set[int] = set()
    for tid in tids:
        try:
            fd = os.open(f"/proc/{pid}/task/{tid}/children", os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue  # the thread is gone; its children went to another thread of the process
        try:
            chunks = []
            while True:
                chunk = os.read(fd, _CHILDREN_READ)
                chunks.append(chunk)
                if len(chunk) < _CHILDREN_READ:
                    break
        except OSError:
            chunks = []
        finally:
            os.close(fd)
        found.update(int(child) for child in b"".join(chunks).split())
    return frozenset(found)


def read_subtree(root: int) -> tuple[list[int], frozenset[int]] | None:
    """Our subtree but what lies below the living processes noted by `started`, read twice (top down,
    then bottom up); (its pids in top-down order, the root's children) when both readings agree, else None.

    A process that appears only after the first reading began may be in neither: it was forked by a
    process of the tree, which carries the same marker unless it replaced its environment, and which the
    caller kills and then reads the tree again for.
    """
    living = _living_started()
    order = [root]
    seen = {root}
    threads: dict[int, list[str] | None] = {}
    first: dict[int, frozenset[int] | None] = {}
    at = 0
    while at < len(order):
        pid = order[at]
        at += 1
        if pid in living:
            continue  # one of ours, alive: nothing of another run below it
        tids = threads[pid] = _threads(pid, root)
        kids = first[pid] = _children(pid, tids)
        for kid in kids or ():
            if kid not in seen:
                seen.add(kid)
                order.append(kid)
    for pid in reversed(order):  # bottom up: one re-parented meanwhile went up, to a process read later
        if pid in first and _children(pid, threads[pid]) != first[pid]:
            return None
    return [pid for pid in order if pid not in living], first[root] or frozenset()


def kill_marked_descendants(markers: str | Iterable[str], wait_seconds: float = 2.0) -> Counter[str]:
    """SIGKILL every process of our subtree carrying one of the runs' markers; wait until they are dead and
    reap those that were our children. How many were killed, per marker. Not a subreaper: every process on
    the machine is read instead (`groups.kill_marked_by_run`).

    Only for markers of runs whose CLI has been reaped: then no child we spawned carries one, and a killed
    child of ours is an adopted orphan nobody else waits for. Blocking: call it from a worker thread.
    """
    wanted = {m for m in ([markers] if isinstance(markers, str) else markers) if groups.is_marker(m)}
    if not wanted:
        return Counter()
    if not is_subreaper():
        return groups.kill_marked_by_run(wanted, wait_seconds)
    me = os.getpid()
    killer = groups.MarkedKiller(wanted)
    zombies: set[int] = set()
    try:
        for _ in range(_PASSES):
            tree = read_subtree(me)
            if tree is None:
                continue  # processes came or went while we read: read again
            order, ours = tree
            new = 0
            for pid in order[1:]:
                environ = groups.read_environ(pid)
                if environ is None:
                    if pid in ours:
                        zombies.add(pid)  # a child of ours that is gone or a zombie
                    continue
                new += killer.kill_if_marked(pid, environ)
            if not new:
                break
        else:
            # No agreeing reading without a kill: the slow way (it also sees what is no longer below us).
            killer.sweep_all_of_proc()
        killer.wait_dead(wait_seconds, reap=True)
        _reap_adopted_zombies(me, zombies - killer.killed.keys())
    finally:
        killer.close()
    return killer.counts


def _reap_adopted_zombies(me: int, children: Iterable[int]) -> None:
    """Reap the zombies among our children that we provably did not spawn ourselves (see the module's
    docstring): in a session neither ours nor led by themselves. Through a pidfd: the very process read."""
    own_session = os.getsid(0)
    for pid in children:
        pidfd = groups.pin(pid)
        if pidfd is None:
            continue
        try:
            fields = groups.stat_fields(pid)
            if fields is None or fields[0] != "Z" or int(fields[1]) != me:
                continue
            if int(fields[3]) in (own_session, pid):
                continue  # could be a child we spawned (git, a check, a CLI): its waiter reaps it
            try:
                os.waitid(os.P_PIDFD, pidfd, os.WEXITED | os.WNOHANG)
            except ChildProcessError:
                pass
        finally:
            os.close(pidfd)

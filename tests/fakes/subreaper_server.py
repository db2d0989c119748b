"""A stand-in for the server's process-keeping, run as a process of its own by tests/test_subtree.py: being a
child subreaper changes a process for good, and what a run's sweep must leave alone has to be a process
outside the sweeper's own subtree, so neither can happen inside the test process.

Usage: subreaper_server.py SCENARIO; prints one JSON object with what it saw. Every process it signals
itself is one it started; the tests clean up what it reports, pinned by pidfd.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

from mco_mcp.execute import groups, subtree

SLEEP = "import os, sys, time; os.write(1, b'up'); os.close(1); time.sleep(120)"


def spawn(marker: str | None, *, via: str = "double_fork") -> int:
    """Start a sleeping process carrying `marker` (exec'd, so its environment block holds it) and return its
    pid once it runs. `double_fork`: setsid in the middle, which exits: the sleeper is an orphan in a
    session of its own's child. `direct`: our own child, in its own session."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "MCO_FAKE_TAG": "subreaper-test"}
    if marker is not None:
        env[groups.RUN_MARKER_VAR] = marker
    up_r, up_w = os.pipe()
    pid_r, pid_w = os.pipe()
    middle = os.fork()
    if middle == 0:
        try:
            os.close(up_r)
            os.close(pid_r)
            if via == "double_fork":
                os.setsid()
                if os.fork() != 0:
                    os._exit(0)
            else:
                os.setsid()
            os.write(pid_w, str(os.getpid()).encode())
            os.dup2(up_w, 1)
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(null, 2)  # it must not hold the test's pipes open past our exit
            os.execve(sys.executable, [sys.executable, "-c", SLEEP], env)
        finally:
            os._exit(127)
    os.close(up_w)
    os.close(pid_w)
    pid = int(os.read(pid_r, 32))
    os.close(pid_r)
    assert os.read(up_r, 2) == b"up"  # exec'd: its environment block is in place
    os.close(up_r)
    if via == "double_fork":
        os.waitpid(middle, 0)  # the middle exited: the sleeper is orphaned now
    return pid


def ppid(pid: int) -> int | None:
    fields = groups.stat_fields(pid)
    return int(fields[1]) if fields else None


def state(pid: int) -> str | None:
    fields = groups.stat_fields(pid)
    return fields[0] if fields else None


def alive(pid: int) -> bool:
    return state(pid) not in (None, "Z")


def wait_state(pid: int, predicate, timeout: float = 10.0) -> bool:
    """For the kernel's own asynchronous re-parenting: bounded, and over at once in practice."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate(pid):
            return True
        time.sleep(0.01)
    return False


def main(scenario: str) -> dict:
    marker = groups.new_marker()
    me = os.getpid()
    report: dict = {"me": me}
    if scenario == "outsider":
        # Before we are a subreaper: the sleeper is orphaned away from us, out of our subtree.
        report["outsider"] = outsider = spawn(marker)
        report["outsider_ppid"] = ppid(outsider)
        report["subreaper"] = subtree.become_subreaper()
        report["daemon"] = daemon = spawn(marker)
        report["daemon_ppid"] = ppid(daemon)  # re-parented to us, not to init
        report["killed"] = sum(subtree.kill_marked_descendants([marker]).values())
        report["daemon_state"] = state(daemon)  # None: dead and reaped by the sweep
        report["outsider_alive"] = alive(outsider)
    elif scenario == "started":
        # A living process noted as one we started (a run's CLI): the sweep does not read below it (a run's
        # leftovers are never below another living CLI; one there carrying the marker is a forgery). Once
        # it has exited, even before it is reaped and forgotten, what it left is below us and is swept.
        report["subreaper"] = subtree.become_subreaper()
        r, w = os.pipe()
        cli = os.fork()
        if cli == 0:
            os.close(r)
            os.write(w, str(spawn(marker, via="direct")).encode())
            time.sleep(120)
            os._exit(0)
        os.close(w)
        report["daemon"] = daemon = int(os.read(r, 32))
        subtree.started(cli)
        report["killed_while_cli_lives"] = sum(subtree.kill_marked_descendants([marker]).values())
        os.kill(cli, signal.SIGKILL)  # ours, not reaped: the pid is still that process
        assert wait_state(cli, lambda p: state(p) == "Z")
        report["daemon_ppid"] = ppid(daemon)
        report["killed"] = sum(subtree.kill_marked_descendants([marker]).values())
        report["daemon_state"] = state(daemon)
        subtree.ended(cli)
        os.waitpid(cli, 0)
    elif scenario == "reaping":
        report["subreaper"] = subtree.become_subreaper()
        # Our own children, exited, not waited for yet: their statuses are their waiters' (CLIs, git).
        own = {}
        for code, new_session in ((7, True), (5, False)):
            child = os.fork()
            if child == 0:
                if new_session:
                    os.setsid()
                os._exit(code)
            own[child] = code
        # An adopted orphan that exits by itself: a zombie of ours nobody else will reap.
        orphan = spawn(None)
        assert wait_state(orphan, lambda p: ppid(p) == me)
        os.kill(orphan, signal.SIGKILL)  # ours: we started it a moment ago and it is still our zombie-to-be
        assert wait_state(orphan, lambda p: state(p) == "Z")
        report["orphan_zombie_before"] = state(orphan) == "Z"
        daemon = spawn(marker)
        report["killed"] = sum(subtree.kill_marked_descendants([marker]).values())
        report["orphan_state"] = state(orphan)
        report["daemon_state"] = state(daemon)
        report["own_states"] = [state(pid) for pid in own]
        report["own_statuses"] = {str(pid): os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in own}
        report["own_expected"] = {str(pid): code for pid, code in own.items()}
    elif scenario == "moved_during_walk":
        # A process moves up to us while the first reading walks the tree: only the second reading sees it.
        report["subreaper"] = subtree.become_subreaper()
        r, w = os.pipe()
        middle = os.fork()
        if middle == 0:  # unmarked, below us; its marked child is what must not be missed
            os.close(r)
            os.write(w, str(spawn(marker, via="direct")).encode())
            time.sleep(120)
            os._exit(0)
        os.close(w)
        report["daemon"] = daemon = int(os.read(r, 32))
        real_children = subtree._children
        readings = {"disagreed": 0}

        def children(pid, tids):  # type: ignore[no-untyped-def]
            if pid == middle and not readings.get("moved"):
                readings["moved"] = True
                os.kill(middle, signal.SIGKILL)  # ours; its child goes up to us, whose list was read
                os.waitpid(middle, 0)
                assert wait_state(daemon, lambda p: ppid(p) == me)
            return real_children(pid, tids)

        real_read = subtree.read_subtree

        def read(root):  # type: ignore[no-untyped-def]
            tree = real_read(root)
            readings["disagreed"] += tree is None
            return tree

        subtree._children = children
        subtree.read_subtree = read
        report["killed"] = sum(subtree.kill_marked_descendants([marker]).values())
        report["disagreed"] = readings["disagreed"]
        report["daemon_state"] = state(daemon)
    elif scenario == "fallback":
        # No agreeing reading at all: the sweep still kills, by reading all of /proc.
        report["subreaper"] = subtree.become_subreaper()
        report["daemon"] = daemon = spawn(marker)
        subtree.read_subtree = lambda root: None
        report["killed"] = sum(subtree.kill_marked_descendants([marker]).values())
        report["daemon_state"] = state(daemon)
    return report


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))

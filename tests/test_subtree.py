"""The end-of-run sweep reads the server's own subtree (the server a child subreaper), not every process on
the machine (issue 10: the defences must not cost speed; the sweep over /proc took 0.8-9.5 ms of CPU per
run on the shared machine). What that newly assumes is pinned here, each in a process of its own
(tests/fakes/subreaper_server.py): being a subreaper changes a process for good, and a process outside the
sweeper's subtree cannot be made from inside it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

SERVER = Path(__file__).parent / "fakes" / "subreaper_server.py"
ROOT = Path(__file__).parent.parent


def scenario(name: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(SERVER), name], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def stop_if_ours(pid: int | None) -> None:
    """Clean-up of a sleeper a scenario left (on purpose, or because the test failed): pinned first, then
    killed only if its environment shows it is this test's."""
    if not pid:
        return
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        if b"MCO_FAKE_TAG=subreaper-test" in Path(f"/proc/{pid}/environ").read_bytes():
            signal.pidfd_send_signal(pidfd, signal.SIGKILL)
    except OSError:
        pass
    finally:
        os.close(pidfd)


def test_the_sweep_kills_a_daemon_adopted_by_us_and_never_a_marked_process_outside_our_subtree() -> None:
    """A double-forked, setsid daemon of ours is re-parented to us (not to init) and swept, reaped too; a
    process carrying the same marker outside our subtree is left alone (only a run's own descendants are
    its leftovers; the watchdog and the next server still read all of /proc)."""
    report = scenario("outsider")
    try:
        assert report["subreaper"] is True
        assert report["daemon_ppid"] == report["me"]
        assert report["outsider_ppid"] != report["me"]
        assert report["killed"] == 1
        assert report["daemon_state"] is None  # dead, and reaped by the sweep: no zombie of ours left
        assert report["outsider_alive"] is True
    finally:
        stop_if_ours(report.get("outsider"))
        stop_if_ours(report.get("daemon"))


def test_nothing_below_a_living_cli_of_ours_is_read_and_what_it_left_is_swept_once_it_exits() -> None:
    report = scenario("started")
    try:
        assert report["killed_while_cli_lives"] == 0
        assert report["daemon_ppid"] == report["me"]  # its CLI exited: it came up to us
        assert report["killed"] == 1 and report["daemon_state"] is None
    finally:
        stop_if_ours(report.get("daemon"))


def test_reaping_adopted_zombies_never_takes_the_exit_status_of_a_child_we_spawned() -> None:
    """As a subreaper the server inherits orphans' zombies and reaps them; a child it spawned itself (in
    its own session, as CLIs and git are, or in ours) keeps its zombie and exit status for its waiter."""
    report = scenario("reaping")
    assert report["orphan_zombie_before"] is True
    assert report["killed"] == 1 and report["daemon_state"] is None
    assert report["orphan_state"] is None  # reaped
    assert report["own_states"] == ["Z", "Z"]
    assert report["own_statuses"] == report["own_expected"]


def test_a_process_reparented_to_us_while_the_tree_is_read_is_still_swept() -> None:
    """The kernel's children lists are not a snapshot: a process that moves up to us after our own list
    was read is missed by a top-down reading. The bottom-up second reading sees it and the pass is done
    again."""
    report = scenario("moved_during_walk")
    try:
        assert report["disagreed"] >= 1
        assert report["killed"] == 1 and report["daemon_state"] is None
    finally:
        stop_if_ours(report.get("daemon"))


def test_without_an_agreeing_reading_the_sweep_reads_all_of_proc() -> None:
    report = scenario("fallback")
    try:
        assert report["killed"] == 1 and report["daemon_state"] is None
    finally:
        stop_if_ours(report.get("daemon"))

"""How the event loop learns that a child exited: a pidfd per child, not a thread per child.

Python 3.11's asyncio watches each child with a thread of its own blocked in waitpid (ThreadedChildWatcher):
250 CLIs running are 250 threads contending for the GIL with the event loop, and each spawn starts one.
A pidfd becomes readable when its process exits, so the loop itself can wait on it (PidfdChildWatcher,
which 3.12 picks by itself where the kernel has pidfds).
"""

from __future__ import annotations

import asyncio
import os
import sys
import warnings


def use_pidfd_child_watcher() -> None:
    """On 3.11 with asyncio and a kernel that has pidfd_open: watch children through pidfds. Idempotent."""
    if sys.version_info >= (3, 12) or not hasattr(os, "pidfd_open"):
        return  # 3.12 chooses it by itself (and deprecates choosing)
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # not asyncio (anyio on trio): its own way of waiting
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        current = asyncio.get_child_watcher()
        if not isinstance(current, asyncio.PidfdChildWatcher):
            try:
                os.close(os.pidfd_open(os.getpid()))
            except OSError:
                return  # pidfd_open refused (an old kernel, a seccomp filter): keep the threads
            current = asyncio.PidfdChildWatcher()
            asyncio.set_child_watcher(current)
        current.attach_loop(loop)  # the loop it waits in: each anyio.run has its own

"""Follow files another process writes, event-driven: inotify says "modified", we read what is new.

Why not a pipe: Node-based CLIs (gemini, qwen) lose the end of a large stdout written to a pipe when they
exit (libuv's queued writes are dropped), while writes to a regular file are synchronous and complete. So a
CLI writes its stdout/stderr straight into its log files, and we follow those files.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
from collections.abc import Callable
from pathlib import Path

import anyio

_IN_MODIFY = 0x00000002
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_READ_CHUNK = 65_536

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


class FileFollower:
    """Calls `sink(index, chunk)` with the bytes appended to each file, in order, as they appear."""

    def __init__(self, paths: list[Path], sink: Callable[[int, bytes], None]) -> None:
        self._sink = sink
        self._files = [open(path, "rb", buffering=0) for path in paths]  # noqa: SIM115 (closed in close())
        self._fd = _libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        if self._fd < 0:
            self.close()
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        for path in paths:
            if _libc.inotify_add_watch(self._fd, os.fsencode(path), _IN_MODIFY) < 0:
                self.close()
                raise OSError(ctypes.get_errno(), f"inotify_add_watch failed for {path}")

    def drain(self) -> None:
        """Read everything appended so far."""
        for index, handle in enumerate(self._files):
            while chunk := handle.read(_READ_CHUNK):
                self._sink(index, chunk)

    async def follow(self) -> None:
        """Forever: wait for a modification, then drain. Cancel it to stop; call drain() once more after."""
        while True:
            await anyio.wait_readable(self._fd)
            try:
                while os.read(self._fd, 4096):  # discard the events: they only mean "look again"
                    pass
            except BlockingIOError:
                pass
            except OSError as exc:
                if exc.errno != errno.EAGAIN:
                    raise
            self.drain()

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        if getattr(self, "_fd", -1) >= 0:
            os.close(self._fd)
            self._fd = -1

"""Follow files other processes write, event-driven: inotify says "modified", we read what is new.

Why not a pipe: Node-based CLIs (gemini, qwen) lose the end of a large stdout written to a pipe when they
exit (libuv's queued writes are dropped), while writes to a regular file are synchronous and complete. So a
CLI writes its stdout/stderr straight into its log files, and we follow those files.

One inotify instance serves the whole server (`InotifyHub`): the kernel allows few instances per user
(max_user_instances, 128 by default) but many watches, and 250 concurrent provider runs must work.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
from collections.abc import Callable
from pathlib import Path

import anyio
import anyio.lowlevel

_IN_MODIFY = 0x00000002
IN_MOVED_TO = 0x00000080  # a file renamed into a watched directory (an atomic replace lands)
IN_DELETE_SELF = 0x00000400
IN_MOVE_SELF = 0x00000800
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len (then `len` bytes of name)
_READ_CHUNK = 65_536
# At most this much is read per wake-up: a CLI writing faster than we read must not hold the event loop.
_DRAIN_BUDGET = 1_048_576

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


class InotifyHub:
    """One inotify instance; calls each watch's callback, on the event loop, when its file is modified."""

    def __init__(self) -> None:
        self._fd = _libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._callbacks: dict[int, Callable[[], None]] = {}

    def add(self, path: Path, callback: Callable[[], None], mask: int = _IN_MODIFY) -> int:
        wd: int = _libc.inotify_add_watch(self._fd, os.fsencode(path), mask)
        if wd < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch failed for {path}")
        self._callbacks[wd] = callback
        return wd

    def remove(self, wd: int) -> None:
        if self._callbacks.pop(wd, None) is not None:
            _libc.inotify_rm_watch(self._fd, wd)  # fails harmlessly if the file is already gone

    async def run(self) -> None:
        """Forever: wait until events are readable, dispatch them. Cancel it to stop."""
        while True:
            await anyio.wait_readable(self._fd)
            woken: set[int] = set()
            while True:
                try:
                    data = os.read(self._fd, _READ_CHUNK)
                except BlockingIOError:
                    break
                offset = 0
                while offset + _EVENT.size <= len(data):
                    wd, _mask, _cookie, name_len = _EVENT.unpack_from(data, offset)
                    woken.add(wd)
                    offset += _EVENT.size + name_len
            for wd in woken:
                callback = self._callbacks.get(wd)
                if callback is not None:
                    callback()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class FileFollower:
    """Calls `sink(index, chunk)` with the bytes appended to each file, in order, as they appear."""

    def __init__(self, paths: list[Path], sink: Callable[[int, bytes], None], hub: InotifyHub) -> None:
        self._sink = sink
        self._hub = hub
        self._files = [open(path, "rb", buffering=0) for path in paths]  # noqa: SIM115 (closed in close())
        self._changed: anyio.Event | None = None
        self._wds: list[int] = []
        try:
            self._wds = [hub.add(path, self._poke) for path in paths]
        except OSError:
            self.close()
            raise

    def _poke(self) -> None:
        if self._changed is not None:
            self._changed.set()

    def drain(self, budget: int | None = None) -> bool:
        """Read what was appended, up to `budget` bytes (None: all of it). True when more is waiting."""
        left = budget
        for index, handle in enumerate(self._files):
            while left is None or left > 0:
                chunk = handle.read(_READ_CHUNK if left is None else min(_READ_CHUNK, left))
                if not chunk:
                    break
                self._sink(index, chunk)
                if left is not None:
                    left -= len(chunk)
            if left is not None and left <= 0:
                return True
        return False

    def size(self) -> int:
        """Bytes written to all the files so far (read or not)."""
        return sum(os.fstat(handle.fileno()).st_size for handle in self._files)

    async def follow(self, on_size: Callable[[int], None] | None = None) -> None:
        """Forever: drain, then wait for the next modification. Cancel it to stop; drain() once more after.

        `on_size` hears the files' total size after every wake-up, so a limit is seen even while reading
        lags behind a fast writer.
        """
        while True:
            self._changed = anyio.Event()
            more = self.drain(_DRAIN_BUDGET)
            if on_size is not None:
                on_size(self.size())
            if more:
                await anyio.lowlevel.checkpoint()  # let the loop breathe, then read on
            else:
                await self._changed.wait()

    def close(self) -> None:
        for wd in self._wds:
            self._hub.remove(wd)
        self._wds = []
        for handle in self._files:
            handle.close()

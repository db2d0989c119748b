"""One writer per directory, across every mco-mcp server of this user: an flock held while a job writes.

The lock is a file under the state directory (never in the user's repository), taken without waiting: a
second writer is refused at once with the holder's job id, never queued behind it. The kernel drops the
lock when its holder dies, so a server killed with SIGKILL never leaves a directory locked. Lock files are
never unlinked while they may be in use (unlinking a held flock file lets two holders in).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from mco_mcp.errors import InputError


class DirLock:
    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor drops the flock
            self._fd = None

    def __del__(self) -> None:  # a job that never ran (refused after planning, nothing to do) drops it too
        self.release()


def lock_file_for(state_dir: Path, directory: Path) -> Path:
    digest = hashlib.sha256(os.fsencode(str(directory))).hexdigest()[:32]
    return state_dir / "locks" / f"{digest}.lock"


def try_lock(lock_path: Path, holder: str) -> DirLock | str:
    """The lock, or the id written by whoever holds it now."""
    lock_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        try:
            other = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another job"
        finally:
            os.close(fd)
        return other
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, holder.encode(), 0)
    return DirLock(fd, lock_path)


def lock_directory(state_dir: Path, directory: Path, holder: str, what: str) -> DirLock:
    """The write lock on `directory` for job `holder`, or an InputError naming the job that has it."""
    got = try_lock(lock_file_for(state_dir, directory), holder)
    if isinstance(got, str):
        raise InputError(
            f"{what} {str(directory)!r} is being written by job {got}; two jobs never write into one directory "
            "at once: wait for it (`status`) or `cancel` it"
        )
    return got

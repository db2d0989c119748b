"""Files in the state directory, opened the way untrusted places must be.

Anyone who can write to the state directory (another process, a bad disk, a crash mid-write) may have left
anything where we read or write: a symlink to a file of the user's, a FIFO, a directory, a 10 GB file. So
reads never follow a symlink, never block on a FIFO or device, and are capped in size; new files are created
exclusively, never through something already there; replacements are atomic.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


def read_regular_file(path: Path, limit: int, dir_fd: int | None = None, follow_symlinks: bool = False) -> bytes:
    """The bytes of a regular file, at most `limit` of them: no FIFO or device waited on, and (unless
    `follow_symlinks`, for files the user put there on purpose) no symlink followed.

    Raises OSError (ELOOP for a symlink, EINVAL for a directory or FIFO, EFBIG when over the limit, ...).
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow_symlinks else os.O_NOFOLLOW)
    fd = os.open(path, flags, dir_fd=dir_fd)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"{info.st_size} bytes, over the limit of {limit}", str(path))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read
            raise OSError(errno.EFBIG, f"over the limit of {limit} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def create_private(path: Path) -> int:
    """A new 0600 file opened for writing; refuses to follow or reuse anything already at `path`.

    A symlink planted where a log or final text will go would otherwise make us overwrite its target.
    """
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)


def write_private(path: Path, data: bytes, sync: bool = True) -> None:
    """Atomically replace `path`: temp file, fsync, rename, fsync the directory (without `sync`: no fsyncs;
    still atomic for readers and across a crash of this process, not across a power loss)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sync:
        fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    dir_fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)

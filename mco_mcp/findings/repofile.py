"""Reading one file of the reviewed repository to compare findings with: inside the repository, text, bounded.

A finding's path comes from a CLI's output, so it may point anywhere: `..`, an absolute path elsewhere, a
symlink out of the tree, a directory, a FIFO, a binary or a huge file. `read_repo_file` reads only a
regular file inside the repository, at most `MAX_FILE_BYTES`, not binary, and otherwise says why not:
`failed` when the repository contradicts the citation (no such file, a path out of it), not when the file
is there but cannot be compared (too large, binary, unreadable).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from mco_mcp.findings.locate import SourceText

MAX_FILE_BYTES = 2 * 1024 * 1024
_BINARY_PROBE = 8192  # a NUL byte in the first 8 KiB marks a binary file


@dataclass(frozen=True, slots=True)
class Unreadable:
    reason: str
    failed: bool  # the repository contradicts the citation (else: the file is there but cannot be compared)


def repo_root(repo: Path) -> Path | None:
    """The repository's resolved path (None when it cannot be resolved: then every file is missing)."""
    try:
        return Path(repo).resolve()
    except (OSError, RuntimeError):
        return None


def read_repo_file(root: Path | None, file: str) -> SourceText | Unreadable:
    """The text of `file` (relative to `root`, or absolute inside it), or why it cannot be compared."""
    if root is None:
        return Unreadable("file does not exist", failed=True)
    try:
        target = (root / file).resolve()
    except (OSError, RuntimeError, ValueError):
        return Unreadable("path is not valid", failed=True)
    if not target.is_relative_to(root):
        return Unreadable("path leaves the repository", failed=True)
    try:
        if not target.exists():
            return Unreadable("file does not exist", failed=True)
        # Opened without blocking and checked on the descriptor: a FIFO put in its place after the path
        # was resolved must not block the review, and a file that grew is still read only up to the bound.
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return Unreadable("path is not a regular file", failed=True)
            if info.st_size > MAX_FILE_BYTES:
                return Unreadable("file is too large to check (over 2 MiB)", failed=False)
            data = _read_up_to(fd, MAX_FILE_BYTES + 1)
        finally:
            os.close(fd)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return Unreadable(f"file could not be read ({reason})", failed=False)
    if len(data) > MAX_FILE_BYTES:
        return Unreadable("file is too large to check (over 2 MiB)", failed=False)
    if b"\0" in data[:_BINARY_PROBE]:
        return Unreadable("file is binary; not checked", failed=False)
    return SourceText(data.decode("utf-8", errors="replace"))


def _read_up_to(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, min(1 << 20, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)

"""Reading `git diff --patch-with-raw -z` as it streams: every changed file (from the raw part, NUL-separated,
so any byte in a path is safe) paired in order with its patch (split at `diff --git` lines, which inside
a hunk can never start a line: hunk lines start with ' ', '+', '-' or '\\').

What is kept per file is bounded: the new-side hunk ranges (for `in_diff`), the patch size, and the patch
text itself only while it is at most `keep_file` bytes and all kept text at most `keep_total` bytes; a
100 MB change is read through without being held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mco_mcp.scope.model import FileStatus

_STATUS: dict[str, FileStatus] = {"A": "added", "M": "modified", "D": "deleted", "R": "renamed", "C": "copied",
                                  "T": "type-changed", "U": "unmerged"}  # fmt: skip
# Found with bytes.find (memchr speed), not with a `^...` MULTILINE regex that is tried at every byte.
_FILE_STARTS = (b"diff --git ", b"diff --cc ", b"diff --combined ")
_HUNK = re.compile(rb"@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_BINARY = re.compile(rb"^Binary files .* differ$", re.M)
SUBMODULE_MODE = "160000"


def _file_starts(data: bytes) -> list[int]:
    """Offsets of the lines of `data` (which starts at a line start) that begin a file's patch."""
    found = []
    at = 0
    while True:
        if data.startswith(_FILE_STARTS, at):
            found.append(at)
        nxt = data.find(b"\ndiff --", at)
        if nxt == -1:
            return found
        at = nxt + 1


def _path(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


@dataclass
class FileChange:
    path: str  # the new path (the old one for a deletion), relative to the reviewed directory
    status: FileStatus
    old_path: str | None = None  # renames and copies
    old_mode: str = ""
    new_mode: str = ""
    binary: bool = False
    hunks: list[tuple[int, int]] = field(default_factory=list)  # new-side (start, count) of each hunk
    diff_bytes: int = 0
    text: bytes | None = None  # the patch, when it was kept

    @property
    def submodule(self) -> bool:
        return SUBMODULE_MODE in (self.old_mode, self.new_mode)


class DiffReader:
    """Feed it stdout chunks of `git diff --patch-with-raw -z`; `files` holds the result after `finish()`."""

    def __init__(self, keep_file: int, keep_total: int) -> None:
        self.files: list[FileChange] = []
        self.total_bytes = 0
        self.patches = 0
        self._keep_file, self._keep_total, self._kept = keep_file, keep_total, 0
        self._raw = bytearray()
        self._in_raw = True
        self._pending = bytearray()
        self._current: FileChange | None = None
        self._parts: list[bytes] | None = None
        self._header_done = False

    # -- the raw part: ":old new sha sha STATUS\0path\0[path\0]" ... then one NUL ----------------------------

    def _parse_raw(self, final: bool) -> None:
        buf, pos = self._raw, 0
        while True:
            end = buf.find(b"\0", pos)
            if end == -1:
                break
            token = bytes(buf[pos:end])
            if not token.startswith(b":"):  # the empty token between the raw part and the patches
                self._in_raw = False
                pos = end + 1
                break
            fields = token[1:].split(b" ")
            status = fields[4].decode("ascii", "replace")[:1]
            paths_needed = 2 if status in ("R", "C") else 1
            ends = [end]
            for _ in range(paths_needed):
                nxt = buf.find(b"\0", ends[-1] + 1)
                if nxt == -1:
                    break
                ends.append(nxt)
            if len(ends) < paths_needed + 1:
                break  # the rest of this entry is in the next chunk
            names = [bytes(buf[a + 1 : b]) for a, b in zip(ends, ends[1:], strict=False)]
            self.files.append(FileChange(
                path=_path(names[-1]),
                old_path=_path(names[0]) if paths_needed == 2 else None,
                status=_STATUS.get(status, "modified"),
                old_mode=fields[0].decode(), new_mode=fields[1].decode(),
            ))  # fmt: skip
            pos = ends[-1] + 1
        rest = bytes(buf[pos:])
        self._raw = bytearray()
        if self._in_raw and not final:
            self._raw += rest
        elif not self._in_raw:
            self._feed_patch(rest, final)

    # -- the patches ------------------------------------------------------------------------------------

    def _segment(self, data: bytes) -> None:
        """`data` continues the current file's patch (whole lines only)."""
        cur = self._current
        if cur is None:
            return
        cur.diff_bytes += len(data)
        starts = [0] if data.startswith(b"@@ ") else []
        at = data.find(b"\n@@ ")
        while at != -1:
            starts.append(at + 1)
            at = data.find(b"\n@@ ", at + 1)
        for at in starts:
            match = _HUNK.match(data, at)
            if match is not None:
                cur.hunks.append((int(match.group(1)), int(match.group(2) or 1)))
        if not self._header_done:
            first_hunk = data.find(b"\n@@ ")
            header = data if first_hunk == -1 else data[:first_hunk]
            if _BINARY.search(header):
                cur.binary = True
            if first_hunk != -1:
                self._header_done = True
        if self._parts is not None:
            if cur.diff_bytes > self._keep_file or self._kept + len(data) > self._keep_total:
                self._kept -= sum(len(p) for p in self._parts)
                self._parts = None
            else:
                self._parts.append(data)
                self._kept += len(data)

    def _close_file(self) -> None:
        if self._current is not None and self._parts is not None:
            self._current.text = b"".join(self._parts)
        self._current, self._parts = None, None

    def _feed_patch(self, chunk: bytes, final: bool) -> None:
        self.total_bytes += len(chunk)
        data = bytes(self._pending) + chunk
        cut = len(data) if final else data.rfind(b"\n") + 1
        self._pending = bytearray(data[cut:])
        data = data[:cut]
        pos = 0
        for start in _file_starts(data):
            if start > pos:
                self._segment(data[pos:start])
            self._close_file()
            index = self.patches
            self.patches += 1
            # The n-th patch belongs to the n-th raw entry (one diff queue, one order).
            self._current = self.files[index] if index < len(self.files) else None
            self._parts = [] if self._current is not None else None
            self._header_done = False
            pos = start
        if pos < len(data):
            self._segment(data[pos:])

    def feed(self, chunk: bytes) -> None:
        if self._in_raw:
            self._raw += chunk
            self._parse_raw(final=False)
        else:
            self._feed_patch(chunk, final=False)

    def finish(self) -> list[FileChange]:
        if self._in_raw:
            self._parse_raw(final=True)
        else:
            self._feed_patch(b"", final=True)
        self._close_file()
        return self.files

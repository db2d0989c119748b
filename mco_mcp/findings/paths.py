"""Turning the paths agents write into repo-relative posix paths.

Accepted: repo-relative (`src/a.py`), `./`-prefixed, absolute under the repository (also under its
resolved path, for symlinked checkouts), `file://` URLs, backslashes, and diff prefixes `a/` / `b/` or a
leading repository-directory name when only the stripped path exists.

Decision: a path that is absolute outside the repository, or relative but escaping it with `..`, keeps
the finding (the problem may still be real) but with `file` None and `line` None; the caller records the
original path in `ProviderFinding.raw_file` and a note. We never guess which repository file it meant.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

_LINE_SUFFIX = re.compile(
    r"^(?P<path>.+?)(?::|#L|\s*[,(]\s*lines?\s+|\s+lines?\s+)(?P<line>\d+)(?:\s*[-–:,]\s*L?\d+)*\)?\s*$", re.I
)
_DRIVE = re.compile(r"^[A-Za-z]:/")


def split_line_suffix(raw: str) -> tuple[str, int | None]:
    """`a.py:12`, `a.py:12:5`, `a.py:12-14`, `a.py#L12`, `a.py (line 12)` -> (`a.py`, 12)."""
    match = _LINE_SUFFIX.match(raw.strip())
    if not match:
        return raw.strip(), None
    return match.group("path").strip(), int(match.group("line"))


class PathNormalizer:
    """Repo-relative paths for one repository; remembers which files exist."""

    def __init__(self, repo: Path) -> None:
        self._repo = Path(repo)
        roots = {posixpath.normpath(self._repo.absolute().as_posix())}
        try:
            roots.add(posixpath.normpath(self._repo.resolve().as_posix()))
        except OSError:
            pass
        # Longest first, so a nested root is tried before its parent.
        self._roots = sorted(roots, key=len, reverse=True)
        self._exists: dict[str, bool] = {}

    def _is_file(self, rel: str) -> bool:
        if rel not in self._exists:
            self._exists[rel] = (self._repo / rel).is_file()
        return self._exists[rel]

    def normalize(self, raw: str) -> tuple[str | None, str | None]:
        """(repo-relative posix path or None, a note about what was done or why it was refused)."""
        path = raw.strip().strip("`'\"<>").strip()
        if path.lower().startswith("file://"):
            path = path[len("file://") :]
        path = path.replace("\\", "/")
        if not path:
            return None, None
        if path.startswith("/") or _DRIVE.match(path):
            norm = posixpath.normpath(path)
            for root in self._roots:
                if norm.startswith(root + "/"):
                    return norm[len(root) + 1 :], None
            return None, f"path {raw!r} is outside the repository; kept the finding without a file"
        norm = posixpath.normpath(path)
        if norm == "." or norm == ".." or norm.startswith("../"):
            return None, f"path {raw!r} leaves the repository; kept the finding without a file"
        if not self._is_file(norm):
            head, _, rest = norm.partition("/")
            if rest and head in ("a", "b", self._repo.name) and self._is_file(rest):
                return rest, f"path {raw!r} read as {rest!r}"
            return norm, f"path {norm!r} does not exist in the repository"
        return norm, None

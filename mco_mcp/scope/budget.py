"""Which file diffs go into the prompt when the whole diff is over the budget — by a rule the prompt states.

The rule: every changed file is listed (up to `LIST_MAX` names, then counted); diffs go in whole, never cut
inside a file. Binary files have no diff to show. Ordinary files come before generated, lock and vendored
files; within each group smaller diffs come first, so that as many files as possible are shown whole. A
file whose diff does not fit is left out and listed with its size and why; the agents can read it in the
repository themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mco_mcp.scope.diff import FileChange

LIST_MAX = 1000
RULE = (
    "every changed file is listed; diffs are included whole, file by file — ordinary files before "
    "generated, lock and vendored files, smaller diffs first — until the budget of {budget} bytes is used; "
    "binary files and the diffs that did not fit are left out and listed below with their size"
)

_LOCK_NAMES = {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "cargo.lock", "poetry.lock", "uv.lock",
               "gemfile.lock", "composer.lock", "go.sum", "pipfile.lock", "npm-shrinkwrap.json", "flake.lock",
               "podfile.lock", "mix.lock", "pubspec.lock", "packages.lock.json"}  # fmt: skip
_VENDORED = re.compile(r"(^|/)(vendor|vendors|third_party|third-party|node_modules|bower_components|dist|build|"
                       r"__generated__|generated|\.yarn)/", re.I)  # fmt: skip
_GENERATED = re.compile(r"(\.min\.(js|css)|\.map|_pb2\.pyi?|\.pb\.go|\.pb\.(cc|h)|\.generated\.\w+|\.g\.dart|"
                        r"\.designer\.cs|\.snap|\.lock)$", re.I)  # fmt: skip


def kind_of(file: FileChange) -> str | None:
    """Why a file's diff is of less use to a reviewer: 'lock', 'vendored', 'generated', or None."""
    name = file.path.rsplit("/", 1)[-1].lower()
    if name in _LOCK_NAMES:
        return "lock"
    if _VENDORED.search(file.path):
        return "vendored"
    if _GENERATED.search(file.path):
        return "generated"
    return None


@dataclass
class Selection:
    included: list[FileChange] = field(default_factory=list)  # in diff (path) order
    omitted: list[tuple[FileChange, str]] = field(default_factory=list)
    included_bytes: int = 0


def select(files: list[FileChange], budget: int) -> Selection:
    sel = Selection()
    candidates = []
    for file in files:
        if file.binary:
            sel.omitted.append((file, "binary file"))
        elif file.text is None:
            sel.omitted.append((file, "diff too large for the prompt budget"))
        else:
            candidates.append(file)
    chosen: set[int] = set()
    for file in sorted(candidates, key=lambda f: (kind_of(f) is not None, f.diff_bytes, f.path)):
        if sel.included_bytes + file.diff_bytes <= budget:
            chosen.add(id(file))
            sel.included_bytes += file.diff_bytes
        else:
            kind = kind_of(file)
            sel.omitted.append((file, f"{kind} file, over the prompt budget" if kind else "over the prompt budget"))
    sel.included = [f for f in files if id(f) in chosen]
    order = {id(f): i for i, f in enumerate(files)}
    sel.omitted.sort(key=lambda pair: order[id(pair[0])])
    return sel

"""The prompt section that puts the change in front of the agents: what changed, the diff, how to review it."""

from __future__ import annotations

import re
from collections import Counter

from mco_mcp.scope.budget import LIST_MAX, RULE, Selection
from mco_mcp.scope.diff import FileChange


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _line(file: FileChange) -> str:
    what: str = file.status
    if file.submodule:
        what += ", submodule (only its commit changed here)"
    elif file.binary:
        what += ", binary"
    name = f"{file.old_path} -> {file.path}" if file.old_path else file.path
    return f"- {what}: {name}"


def change_section(description: str, files: list[FileChange], selection: Selection, budget: int,
                   worktree: bool) -> str:  # fmt: skip
    counts = Counter(f.status for f in files)
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    parts = [
        f"## The change to review: {description}",
        "Review this change in the context of the code around it: read the surrounding code, the callers and "
        "the tests in the repository as you need, and report the problems the change introduces or exposes. "
        "Cite the file and the line as they are after the change. Report problems outside the change only "
        "when the change makes them matter.",
    ]
    if worktree:
        parts.append("The code after the change is checked out, read-only, in your working directory: read it "
                     "there, not in any other checkout.")
    listed = "\n".join(_line(f) for f in files[:LIST_MAX])
    if len(files) > LIST_MAX:
        listed += f"\n- ... and {len(files) - LIST_MAX} more files (the list is cut at {LIST_MAX})"
    parts.append(f"### Changed files ({len(files)}: {tally})\n{listed}")
    diff = b"".join(f.text or b"" for f in selection.included).decode("utf-8", "replace")
    if selection.omitted:
        parts.append(f"### Diff (cut: {RULE.format(budget=budget)})")
    else:
        parts.append("### Diff (unified, 3 lines of context)")
    if diff:
        fence = _fence(diff)
        parts.append(f"{fence}diff\n{diff.rstrip(chr(10))}\n{fence}")
    if selection.omitted:
        shown = "\n".join(f"- {f.path} ({f.diff_bytes} bytes of diff): {why}" for f, why in selection.omitted[:LIST_MAX])
        more = len(selection.omitted) - LIST_MAX
        if more > 0:
            shown += f"\n- ... and {more} more"
        parts.append(f"### Left out of the diff above ({len(selection.omitted)} files; read them in the "
                     f"repository if they matter)\n{shown}")  # fmt: skip
    return "\n\n".join(parts)

"""The git work of an attempt: the starting point, the worktree and its branch, the patch, and removal.

Everything runs through the scope's git runner (argv only, no shell, bounded in time and output, no
GIT_DIR / GIT_INDEX_FILE from the caller). The caller's index, HEAD and work tree are never written: the
starting point is a commit built from a private copy of the index; the patch from a private copy of the
attempt's own index. Objects (blobs, one tree, one commit) are written to the repository's object store,
where the attempt's branch keeps them reachable until the attempt is removed.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mco_mcp.scope.git import GitError, git, git_ok, git_text
from mco_mcp.scope import worktree as scope_worktree

# The attempt's commits say who made them, whatever the user's git config holds (or lacks).
IDENTITY = {
    "GIT_AUTHOR_NAME": "mco-mcp", "GIT_AUTHOR_EMAIL": "mco-mcp@localhost",
    "GIT_COMMITTER_NAME": "mco-mcp", "GIT_COMMITTER_EMAIL": "mco-mcp@localhost",
}  # fmt: skip
# No hook of the user's repository runs when we check a worktree out (post-checkout) or build a commit.
NO_HOOKS = ("-c", "core.hooksPath=/dev/null")
DIFF = ("diff", "--no-ext-diff", "--no-textconv", "--no-color", "--no-renames", "--full-index", "--binary")
MAX_PATCH = 64 * 1024 * 1024
FILES_LISTED = 200


@dataclass(frozen=True)
class Place:
    toplevel: Path
    prefix: str  # the repo relative to its top level: '' or 'sub/dir/'


@dataclass
class Patch:
    data: bytes
    files: list[str] = field(default_factory=list)
    insertions: int = 0
    deletions: int = 0


def locate(repo: Path) -> Place | None:
    """The work tree `repo` is in, or None when it is not in one (or is a bare repository)."""
    where = git_ok(["rev-parse", "--show-toplevel", "--show-prefix"], repo)
    if not where:
        return None
    lines = where.split("\n")
    return Place(Path(lines[0]), lines[1] if len(lines) > 1 else "")


def _private_index(worktree: Path) -> tuple[str, dict[str, str]]:
    """A temporary copy of `worktree`'s index (its stat cache makes `add -A` cheap); (tmpdir, env)."""
    tmpdir = tempfile.mkdtemp(prefix="mco-attempt-index-")
    index = Path(tmpdir) / "index"
    real = Path(git_text(["rev-parse", "--path-format=absolute", "--git-path", "index"], worktree))
    if real.exists():
        shutil.copyfile(real, index)
    return tmpdir, {"GIT_INDEX_FILE": str(index)}


def _tree_of_work_tree(worktree: Path) -> str:
    """The tree of what `worktree` holds now: tracked files as they are, new files not ignored, deletions."""
    tmpdir, env = _private_index(worktree)
    try:
        git([*NO_HOOKS, "add", "-A"], worktree, env=env, max_output=1 << 20)
        return git_text(["write-tree"], worktree, env=env)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def starting_point(toplevel: Path, job_id: str) -> str:
    """HEAD plus the caller's staged, unstaged and untracked changes as one commit (HEAD itself when there
    are none). An unborn HEAD gives a root commit."""
    head = git_ok(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], toplevel)
    tree = _tree_of_work_tree(toplevel)
    if head and git_text(["rev-parse", f"{head}^{{tree}}"], toplevel) == tree:
        return head
    parents = ["-p", head] if head else []
    message = f"mco-mcp: the uncommitted changes at the start of job {job_id}\n".encode()
    return git_text(["commit-tree", tree, *parents], toplevel, stdin=message, env=IDENTITY)


def add(toplevel: Path, path: Path, branch: str, commit: str) -> None:
    """A writable worktree at `path` on a new branch at `commit`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        git([*NO_HOOKS, "worktree", "add", "--quiet", "-b", branch, "--", str(path), commit], toplevel, max_output=1 << 20)
    except GitError as exc:
        remove(toplevel, path, branch)  # an `add` cut short leaves its admin entry, lock or branch behind
        raise GitError(f"could not create the attempt's worktree: {exc}") from exc


def remove(toplevel: Path | None, path: Path, branch: str) -> bool:
    """Remove the worktree and its branch; True when neither is left."""
    gone = scope_worktree.remove(toplevel, path)
    if toplevel is not None and toplevel.is_dir():
        try:
            # update-ref -d is quiet when the branch is already gone; only our own refs/heads/mco/... name.
            git(["update-ref", "-d", f"refs/heads/{branch}"], toplevel, max_output=1 << 20)
        except GitError:
            gone = False
        if git_ok(["rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"], toplevel):
            gone = False
    return gone


def patch(worktree: Path, base: str) -> Patch:
    """What the attempt changed against its starting point, as a binary-safe patch git can apply."""
    tree = _tree_of_work_tree(worktree)
    data = git([*DIFF, base, tree], worktree, max_output=MAX_PATCH)
    result = Patch(data=data)
    numstat = git(["diff", "--no-renames", "--numstat", "-z", base, tree], worktree, max_output=8 << 20)
    for entry in numstat.split(b"\0"):
        if not entry:
            continue
        added, deleted, name = entry.split(b"\t", 2)
        result.insertions += int(added) if added != b"-" else 0
        result.deletions += int(deleted) if deleted != b"-" else 0
        result.files.append(name.decode("utf-8", "surrogateescape"))
    return result


def branch_name(job_id: str, provider: str) -> str:
    return f"mco/{job_id}/{provider}"

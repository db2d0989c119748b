"""From a `ReviewScope` and a repository to the change: the commits, the changed files, the diff, the prompt
section. Every git situation a user meets ends here in a clear InputError or a clear answer.

Nothing here writes to the user's repository, index or work tree: the index is only read, and new untracked
files are added (intent-to-add, no objects written) to a private copy of it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mco_mcp.errors import InputError
from mco_mcp.scope.budget import Selection, select
from mco_mcp.scope.diff import DiffReader, FileChange
from mco_mcp.scope.git import GitError, git, git_ok, git_stream, git_text
from mco_mcp.scope.model import OmittedFile, ReviewScope, ScopeInfo
from mco_mcp.scope.prompt import change_section

DIFF_OPTIONS = ("--no-ext-diff", "--no-textconv", "--no-color", "--patch-with-raw", "-z", "-M", "-U3",
                "--submodule=short", "--relative", "--ignore-submodules=none")  # fmt: skip
OMITTED_LISTED = 50
FULL_HISTORY = "fetch full history, e.g. `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout"


@dataclass
class Change:
    scope: ReviewScope
    repo: Path  # the directory the caller named (may be below the top level)
    toplevel: Path
    prefix: str  # repo relative to toplevel, '' or 'sub/dir/'
    description: str
    base_commit: str | None
    head_commit: str | None
    checkout: str | None  # the commit to review in a temporary worktree; None: the caller's checkout is the code
    files: list[FileChange]
    selection: Selection
    budget: int
    worktree: Path | None = None  # set when the job places it
    section: str = ""
    by_path: dict[str, FileChange] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.files

    @property
    def workdir(self) -> Path:
        """Where the agents work: the worktree (at the same subdirectory) or the caller's repo."""
        if self.worktree is None:
            return self.repo
        sub = self.worktree / self.prefix
        return sub if self.prefix and sub.is_dir() else self.worktree

    def info(self) -> ScopeInfo:
        counts = Counter(f.status for f in self.files)
        s = self.scope
        return ScopeInfo(
            kind=s.kind, description=self.description, base=s.base if s.kind != "commit" else None,
            head=s.head or s.commit, base_commit=self.base_commit, head_commit=self.head_commit,
            worktree=self.checkout is not None, files=len(self.files), added=counts["added"],
            modified=counts["modified"] + counts["type-changed"], deleted=counts["deleted"],
            renamed=counts["renamed"] + counts["copied"], binary=sum(f.binary for f in self.files),
            submodules=sum(f.submodule for f in self.files), diff_bytes=sum(f.diff_bytes for f in self.files),
            files_in_prompt=len(self.selection.included), omitted_files=len(self.selection.omitted),
            omitted=[OmittedFile(path=f.path, reason=why, diff_bytes=f.diff_bytes)
                     for f, why in self.selection.omitted[:OMITTED_LISTED]],
            only_in_diff=s.only_in_diff,
        )  # fmt: skip


def _commit(repo: Path, ref: str, shallow: bool) -> str:
    sha = git_ok(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], repo)
    if not sha:
        hint = f"; this is a shallow clone: {FULL_HISTORY}" if shallow else ""
        raise InputError(
            f"unknown ref {ref!r} in {repo}: no branch, tag or commit by that name (a remote branch or a pull "
            f"request must be fetched first, e.g. `git fetch origin {ref}`){hint}"
        )
    return sha


def _short(sha: str | None) -> str:
    return sha[:10] if sha else "(none)"


def _empty_tree(repo: Path) -> str:
    return git_text(["hash-object", "-t", "tree", "--stdin"], repo, stdin=b"")  # not written (-w absent)


def resolve_change(
    repo: Path, scope: ReviewScope, paths: tuple[str, ...], budget: int, keep_total: int | None = None
) -> Change:
    """The change `scope` names in `repo`, limited to `paths` (repo-relative) when given."""
    where = git_ok(["rev-parse", "--show-toplevel", "--show-prefix"], repo)
    if where is None:
        raise InputError(
            f"repo {str(repo)!r} is not inside a git work tree; a review scope ({scope.kind}) needs git. "
            "Omit `scope` to review the files as they are, or run `git init`."
        )
    lines = where.split("\n")
    toplevel, prefix = Path(lines[0]), (lines[1] if len(lines) > 1 else "")
    shallow = git_text(["rev-parse", "--is-shallow-repository"], repo) == "true"
    head = git_ok(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], repo)
    branch = git_ok(["symbolic-ref", "--quiet", "--short", "HEAD"], repo)
    if head is None:
        here = f"an unborn HEAD ({branch or 'no branch'}, no commit yet)"
    else:
        here = f"HEAD ({branch})" if branch else f"detached HEAD at {_short(head)}"
    pathspec = ["--", *paths] if paths else []
    index_env: dict[str, str] | None = None
    checkout: str | None = None
    tmpdir: str | None = None
    kind = scope.kind
    try:
        if kind in ("uncommitted", "staged"):
            base = head or _empty_tree(repo)
            base_commit, head_commit = head, None
            if kind == "staged":
                args = ["diff", "--cached", *DIFF_OPTIONS, base, *pathspec]
                description = f"the staged changes against {here}"
            else:
                # A private copy of the index with the untracked files added intent-to-add: one `git diff`
                # then shows staged, unstaged and new files; the caller's index is never written.
                tmpdir = tempfile.mkdtemp(prefix="mco-index-")
                index = Path(tmpdir) / "index"
                real = repo / git_text(["rev-parse", "--git-path", "index"], repo)
                if real.exists():
                    shutil.copyfile(real, index)
                index_env = {"GIT_INDEX_FILE": str(index)}
                untracked = git(["ls-files", "-z", "--others", "--exclude-standard", *pathspec], repo)
                if untracked:
                    git(["add", "--intent-to-add", "--pathspec-from-file=-", "--pathspec-file-nul"], repo,
                        stdin=untracked, env=index_env)  # fmt: skip
                args = ["diff", *DIFF_OPTIONS, base, *pathspec]
                description = f"the uncommitted changes (staged, unstaged and untracked) against {here}"
        elif kind == "commit":
            assert scope.commit is not None
            head_commit = _commit(repo, scope.commit, shallow)
            parents = git_text(["rev-list", "--parents", "-n", "1", head_commit], repo).split()[1:]
            base_commit = parents[0] if parents else None
            base = base_commit or _empty_tree(repo)
            if len(parents) > 1:
                description = (f"merge commit {_short(head_commit)} ({scope.commit}): what it brought in "
                               f"against its first parent {_short(base_commit)}")  # fmt: skip
            elif parents:
                description = f"commit {_short(head_commit)} ({scope.commit}) against its parent {_short(base_commit)}"
            else:
                description = f"root commit {_short(head_commit)} ({scope.commit}): every file it adds"
            args = ["diff", *DIFF_OPTIONS, base, head_commit, *pathspec]
            checkout = head_commit if head_commit != head else None
        else:  # branch, range
            assert scope.base is not None
            head_ref = scope.head or "HEAD"
            if head is None and scope.head is None:
                raise InputError(f"HEAD in {repo} has no commit yet; name the head ref to review")
            head_commit = _commit(repo, head_ref, shallow)
            base_tip = _commit(repo, scope.base, shallow)
            if kind == "branch":
                merge_base = git_ok(["merge-base", base_tip, head_commit], repo)
                if not merge_base:
                    if shallow:
                        raise InputError(
                            f"cannot find where {head_ref} left {scope.base}: this is a shallow clone and the "
                            f"merge base is not in it; {FULL_HISTORY}"
                        )
                    raise InputError(f"{head_ref} and {scope.base} have no common history (no merge base)")
                base_commit = merge_base.split()[0]
                description = f"{head_ref} against {scope.base} (merge base {_short(base_commit)})"
            else:
                base_commit = base_tip
                description = f"{scope.base}..{head_ref}"
            if head_ref == "HEAD" or head_commit == head:
                description += f", checked out at {here}"
            args = ["diff", *DIFF_OPTIONS, base_commit, head_commit, *pathspec]
            checkout = head_commit if head_commit != head else None
        reader = DiffReader(keep_file=budget, keep_total=keep_total or max(4 * budget, 1 << 20))
        try:
            git_stream(args, repo, reader.feed, env=index_env)
        except GitError as exc:
            raise InputError(f"git could not compute the diff of {description}: {exc}") from exc
        files = reader.finish()
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
    selection = select(files, budget)
    change = Change(scope=scope, repo=repo, toplevel=toplevel, prefix=prefix, description=description,
                    base_commit=base_commit, head_commit=head_commit, checkout=checkout, files=files,
                    selection=selection, budget=budget)  # fmt: skip
    for f in files:
        change.by_path[f.path] = f
        if f.old_path and f.status == "renamed":
            change.by_path.setdefault(f.old_path, f)
    change.section = change_section(description, files, selection, budget, worktree=checkout is not None)
    for f in files:
        f.text = None  # the section holds what the prompt needs; a queued job keeps no more of the diff
    return change


def is_git_repo(path: Path) -> bool:
    return os.path.isdir(path) and git_ok(["rev-parse", "--git-dir"], path) is not None

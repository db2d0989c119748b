"""A temporary, read-only `git worktree` at a commit that is not checked out, and its removal.

It lives at `<state_dir>/jobs/<job_id>/mco-review-<job_id>` (detached: no branch is created), so a later
server recognises one left behind by a server killed with SIGKILL and removes it (`remove_stale`). Files
and directories are made read-only after checkout: the agents review, they do not edit. Removal gives the
directories their write bit back, runs `git worktree remove --force --force` (which also drops a lock left
by an interrupted `add`), and falls back to deleting the directory and `git worktree prune`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
from pathlib import Path

from mco_mcp.jobs.store import JOB_ID_RE, MAX_DOCUMENT_BYTES
from mco_mcp.safefiles import read_regular_file
from mco_mcp.scope.git import GitError, git

log = logging.getLogger("mco_mcp.scope")

PREFIX = "mco-review-"


def worktree_path(job_dir: Path) -> Path:
    return job_dir / f"{PREFIX}{job_dir.name}"


def make_read_only(root: Path) -> None:
    """Files lose their write bits, then directories (deepest first, so the walk can still list them)."""
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            path = os.path.join(dirpath, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISREG(mode):
                os.chmod(path, stat.S_IMODE(mode) & ~0o222)
        for name in dirnames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                os.chmod(path, 0o555)
    os.chmod(root, 0o555)


def make_writable(root: Path) -> None:
    """Directories get their owner write bit back (enough to delete what they hold)."""
    try:
        os.chmod(root, 0o700)
    except OSError:
        return
    for dirpath, dirnames, _ in os.walk(root):
        for name in dirnames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                try:
                    os.chmod(path, 0o700)
                except OSError:
                    continue


def add(repo: Path, path: Path, commit: str) -> None:
    """Check `commit` out at `path` (detached), then make it read-only."""
    try:
        git(["worktree", "add", "--detach", "--quiet", "--", str(path), commit], repo, max_output=1 << 20)
    except GitError as exc:
        remove(repo, path)  # an `add` that failed half-way leaves its admin entry and lock behind
        raise GitError(f"could not create a worktree at {commit[:10]}: {exc}") from exc
    make_read_only(path)


def _admin_dir(path: Path) -> Path | None:
    """The worktree's entry under the main repository's .git/worktrees, read from its `.git` file.

    Only trusted when the entry points back at this worktree (git writes that `gitdir` file itself): a
    `.git` file planted in the state directory must not make us unlock or prune someone else's repository.
    """
    try:
        text = read_regular_file(path / ".git", 64 * 1024).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("gitdir:"):
        return None
    admin = Path(text.split(":", 1)[1].strip())
    try:
        back = read_regular_file(admin / "gitdir", 64 * 1024).decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if admin.parent.name != "worktrees" or Path(back) != path / ".git":
        return None
    return admin


def remove(repo: Path | None, path: Path) -> bool:
    """Remove the worktree at `path` and its entry in the repository; True when nothing of it is left."""
    admin = _admin_dir(path)
    if path.is_symlink():
        return False  # never ours: we create a real directory here
    if path.exists():
        make_writable(path)
    cwd = repo if repo is not None and repo.is_dir() else None
    if cwd is None and admin is not None:
        cwd = admin.parent.parent  # <common dir>/worktrees/<name> -> <common dir>
    if cwd is not None and path.exists():
        try:
            git(["worktree", "remove", "--force", "--force", "--", str(path)], cwd, max_output=1 << 20)
        except GitError as exc:
            log.warning("git worktree remove %s: %s", path, exc)
    if path.exists():
        shutil.rmtree(path, ignore_errors=True)
    if admin is not None and admin.exists():
        (admin / "locked").unlink(missing_ok=True)
        if cwd is not None:
            try:
                git(["worktree", "prune"], cwd, max_output=1 << 20)
            except GitError as exc:
                log.warning("git worktree prune in %s: %s", cwd, exc)
    return not path.exists() and (admin is None or not admin.exists())


def remove_stale(jobs_root: Path, protect: set[str], finished: set[str] | None = None) -> list[Path]:
    """Worktrees of jobs that are over (or whose document is unreadable), left by a server that died.

    `protect` holds the ids of jobs running in this server. A job still running in another live server is
    not over: its document's state says so.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(jobs_root))
    except OSError:
        return removed
    for entry in entries:
        # Job directories only (not `.new-*` staging ones being renamed meanwhile), and only the one
        # worktree name we create in each, as a real directory: a symlink planted there is never followed.
        if not JOB_ID_RE.match(entry.name) or entry.name in protect:
            continue
        job_dir = Path(entry.path)
        path = worktree_path(job_dir)
        try:
            if not entry.is_dir(follow_symlinks=False) or not stat.S_ISDIR(os.lstat(path).st_mode):
                continue
            document = json.loads(read_regular_file(job_dir / "job.json", MAX_DOCUMENT_BYTES))
            state = document["job"]["state"]
            scope = document["job"].get("scope") or {}
            repo = Path(document["job"]["repo"]) if scope else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue  # gone meanwhile, or unreadable: left for a person to look at (status lists it)
        if state in ("queued", "running") and (finished is None or job_dir.name not in finished):
            continue
        remove(repo, path)
        removed.append(path)
    return removed

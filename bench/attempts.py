"""Worktrees for parallel attempts next to plain git. `python bench/attempts.py [--files N] [--providers P]`

On an N-file repository (default 10,000) with a few uncommitted changes (an edit, a staged file, an
untracked file), one round creates and removes the worktrees of P providers (default 5):

- mco-mcp: `gitops.starting_point` once (HEAD + the uncommitted changes as a commit, from a private index),
  then per provider `gitops.add` (a new branch mco/<job>/<provider> checked out in its own worktree), then
  per provider `gitops.remove` (worktree and branch);
- plain git: per provider `git worktree add --detach <path> HEAD`, then `git worktree remove --force <path>`
  (no starting point, no branch: the least git can do).

Each figure is the median of `--repeat` rounds (min and max beside it); the ratio is mco-mcp / plain git,
goal <= 1.2, given twice: of the medians, and the median of each round's own ratio (the two sides of a
round run back to back, so a change of machine load between rounds cancels out). The repository is built
in a temporary directory first (not timed); `--dir /dev/shm` puts it on tmpfs, which takes a disk shared
with other work out of the measurement (creating 10,000 files is otherwise bound by its writeback).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mco_mcp.attempts import gitops  # noqa: E402

ENV = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@b", "GIT_COMMITTER_NAME": "b",
       "GIT_COMMITTER_EMAIL": "b@b", "GIT_CONFIG_GLOBAL": os.devnull}  # fmt: skip


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, env=ENV, capture_output=True, check=True).stdout


def build(root: Path, files: int) -> Path:
    repo = root / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    for i in range(files):
        path = repo / f"d{i % 100:02d}" / f"f{i:05d}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"# file {i}\nVALUE = {i}\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    (repo / "d00" / "f00000.py").write_text("# edited, not staged\n")
    (repo / "staged.py").write_text("STAGED = 1\n")
    git(repo, "add", "staged.py")
    (repo / "untracked.py").write_text("NEW = 1\n")
    return repo


def ours(repo: Path, where: Path, providers: int, round_no: int) -> None:
    job = f"bench-{round_no}"
    base = gitops.starting_point(repo, job)
    made = []
    for p in range(providers):
        path, branch = where / f"{job}-{p}", gitops.branch_name(job, f"p{p}")
        gitops.add(repo, path, branch, base)
        made.append((path, branch))
    for path, branch in made:
        assert gitops.remove(repo, path, branch)


def plain(repo: Path, where: Path, providers: int, round_no: int) -> None:
    paths = [where / f"plain-{round_no}-{p}" for p in range(providers)]
    for path in paths:
        git(repo, "worktree", "add", "--quiet", "--detach", str(path), "HEAD")
    for path in paths:
        git(repo, "worktree", "remove", "--force", str(path))


def timed(work: Callable[[int], None], repeat: int) -> list[float]:
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        work(i)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--providers", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default=None, help="where to build the repository (default: the system temp dir)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="mco-bench-attempts-", dir=args.dir))
    try:
        repo = build(root, args.files)
        where = root / "worktrees"
        where.mkdir()
        # Interleaved, and in alternating order, so a change of machine load (or the writeback of the files
        # the other one just removed) hits both alike.
        mine: list[float] = []
        base: list[float] = []
        for i in range(args.repeat):
            pair = [(base, lambda n, i=i: plain(repo, where, args.providers, i)),
                    (mine, lambda n, i=i: ours(repo, where, args.providers, i))]
            for into, work in pair if i % 2 == 0 else pair[::-1]:
                into += timed(work, 1)
        assert git(repo, "worktree", "list").count(b"\n") == 1, "a worktree was left behind"
        assert b"mco/" not in git(repo, "branch", "--list"), "a branch was left behind"
        load = os.getloadavg()[0]
        print(f"{args.providers} worktrees created and removed on a {args.files}-file repository in {root.parent} "
              f"(median of {args.repeat}, load average {load:.1f}):")
        for label, values in (("plain git worktree add/remove", base), ("mco-mcp attempts", mine)):
            print(f"  {label:32s} {statistics.median(values):7.3f} s  (min {min(values):.3f}, max {max(values):.3f})")
        ratio = statistics.median(mine) / statistics.median(base)
        paired = [m / b for m, b in zip(mine, base, strict=True)]
        print(f"  ratio mco-mcp / plain git: {ratio:.2f} of the medians; per round {statistics.median(paired):.2f} "
              f"median (min {min(paired):.2f}, max {max(paired):.2f})  (goal <= 1.2)")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The git work of a scoped review next to plain git doing the same work. `python bench/scope.py [--files N] [--kb K]`

1. The scope of a large change: a branch whose commit changes every file of an N-file repository (K kB each,
   so N*K kB of change) against main. mco-mcp: `resolve_change` (rev-parse, merge-base, one
   `git diff --patch-with-raw -z` read as it streams: file list, hunks, the budgeted diff, the prompt section).
   Plain git: `git merge-base` + `git diff -M <base> <head>` read whole by the caller.
2. A temporary worktree at a commit that is not checked out, created and removed. mco-mcp: `worktree.add`
   (+ making it read-only) and `worktree.remove`. Plain git: `git worktree add --detach` + `git worktree remove`.

Each figure is the median of `--repeat` runs (min and max beside it); the ratio is mco-mcp / plain git, goal
<= 1.2. The repository is built in a temporary directory first (not timed).
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

from mco_mcp.scope import worktree  # noqa: E402
from mco_mcp.scope.model import ReviewScope  # noqa: E402
from mco_mcp.scope.resolve import resolve_change  # noqa: E402

ENV = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@b", "GIT_COMMITTER_NAME": "b",
       "GIT_COMMITTER_EMAIL": "b@b", "GIT_CONFIG_GLOBAL": os.devnull}  # fmt: skip


def git(repo: Path, *args: str, stdin: bytes | None = None) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, env=ENV, input=stdin, capture_output=True, check=True).stdout


def build(root: Path, files: int, kb: int) -> tuple[Path, str]:
    repo = root / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    line = "x" * 63 + "\n"
    per_file = max(1, kb * 1024 // 64)
    for i in range(files):
        path = repo / f"d{i % 100:02d}" / f"f{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"file {i}\n" + line * per_file)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    changed = "y" * 63 + "\n"
    for i in range(files):
        path = repo / f"d{i % 100:02d}" / f"f{i:05d}.txt"
        path.write_text(f"file {i} changed\n" + changed * per_file)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "change everything")
    head = git(repo, "rev-parse", "HEAD").decode().strip()
    git(repo, "checkout", "-q", "main")
    return repo, head


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def row(name: str, ours: list[float], plain: list[float]) -> str:
    o, p = statistics.median(ours), statistics.median(plain)
    return (f"| {name} | {o:.3f} s ({min(ours):.3f}–{max(ours):.3f}) | {p:.3f} s ({min(plain):.3f}–{max(plain):.3f}) "
            f"| {o / p:.2f}× |")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--kb", type=int, default=2, help="kB per file (the change is files × kB)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="mco-scope-bench-"))
    try:
        started = time.perf_counter()
        repo, head = build(tmp, args.files, args.kb)
        size = sum(len(git(repo, "diff", "--no-ext-diff", "main", head)) for _ in range(1))
        print(f"repository: {args.files} files, change of {size / 1e6:.1f} MB of diff "
              f"(built in {time.perf_counter() - started:.1f} s); median of {args.repeat} runs\n")  # fmt: skip
        scope = ReviewScope(kind="branch", base="main", head="feature")

        def ours_scope() -> None:
            change = resolve_change(repo, scope, (), 200_000)
            assert len(change.files) == args.files, len(change.files)

        def plain_scope() -> None:
            base = git(repo, "merge-base", "main", "feature").decode().strip()
            git(repo, "diff", "-M", base, head)

        state = tmp / "state"
        state.mkdir()

        def ours_worktree() -> None:
            path = state / "jobs-x" / "mco-review-x"
            path.parent.mkdir(exist_ok=True)
            worktree.add(repo, path, head)
            assert worktree.remove(repo, path)

        def plain_worktree() -> None:
            path = state / "plain-wt"
            git(repo, "worktree", "add", "--detach", "--quiet", str(path), head)
            git(repo, "worktree", "remove", "--force", str(path))

        print("| work | mco-mcp | plain git | ratio |\n|---|---|---|---|")
        # Interleaved, so both see the same page cache and machine load.
        results: dict[str, tuple[list[float], list[float]]] = {"scope": ([], []), "worktree": ([], [])}
        for _ in range(args.repeat):
            results["scope"][1].extend(timed(plain_scope, 1))
            results["scope"][0].extend(timed(ours_scope, 1))
            results["worktree"][1].extend(timed(plain_worktree, 1))
            results["worktree"][0].extend(timed(ours_worktree, 1))
        print(row(f"scope of a {args.files}-file change (branch vs main)", *results["scope"]))
        print(row(f"worktree add + remove ({args.files} files)", *results["worktree"]))
    finally:
        for dirpath, dirnames, _ in os.walk(tmp):
            for name in dirnames:
                os.chmod(os.path.join(dirpath, name), 0o700)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

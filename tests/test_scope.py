"""The scope of a review on real git repositories built here: every kind, every git situation a user meets."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from mco_mcp.errors import InputError
from mco_mcp.jobs.request import check_scope
from mco_mcp.scope.model import ReviewScope
from mco_mcp.scope.resolve import Change, resolve_change
from tests.gitrepo import DB_PY, commit_all, git, make_repo, write

BUDGET = 200_000


def resolve(repo: Path, budget: int = BUDGET, paths: tuple[str, ...] = (), **scope: object) -> Change:
    return resolve_change(repo, ReviewScope.model_validate(scope), paths, budget)


def statuses(change: Change) -> dict[str, str]:
    return {f.path: f.status for f in change.files}


def test_uncommitted_has_staged_unstaged_and_untracked_files_and_leaves_the_index_alone(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(repo, "app/db.py", DB_PY + "\n\ndef drop(conn):\n    conn.execute('DROP TABLE users')\n")  # unstaged
    write(repo, "staged.py", "x = 1\n")
    git(repo, "add", "staged.py")
    write(repo, "new dir/ünïcode file.py", "y = 2\n")  # untracked, spaces and unicode
    write(repo, "-leading-dash.py", "z = 3\n")  # untracked, looks like a flag
    write(repo, "ignored.log", "noise\n")
    write(repo, ".gitignore", "*.log\n")
    index = repo / ".git" / "index"
    before = hashlib.sha256(index.read_bytes()).hexdigest(), git(repo, "status", "--porcelain", "-z")
    change = resolve(repo, kind="uncommitted")
    assert statuses(change) == {
        "-leading-dash.py": "added", ".gitignore": "added", "app/db.py": "modified",
        "new dir/ünïcode file.py": "added", "staged.py": "added",
    }  # fmt: skip
    assert "+def drop(conn):" in change.section and "+y = 2" in change.section and "+z = 3" in change.section
    assert "- added: new dir/ünïcode file.py" in change.section
    assert "ignored.log" not in change.section
    # The caller's index and status are exactly as they were: the untracked files went into a private copy.
    assert (hashlib.sha256(index.read_bytes()).hexdigest(), git(repo, "status", "--porcelain", "-z")) == before
    info = change.info()
    assert (info.files, info.added, info.modified, info.head_commit, info.worktree) == (5, 4, 1, None, False)
    assert change.checkout is None


def test_staged_is_only_what_is_staged(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(repo, "README.md", "demo\nstaged line\n")
    git(repo, "add", "README.md")
    write(repo, "README.md", "demo\nstaged line\nunstaged line\n")
    write(repo, "untracked.py", "u = 1\n")
    change = resolve(repo, kind="staged")
    assert statuses(change) == {"README.md": "modified"}
    assert "+staged line" in change.section and "unstaged line" not in change.section


def test_branch_against_base_is_merge_base_to_head(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    git(repo, "checkout", "-q", "-b", "feature")
    write(repo, "feature.py", "def f():\n    return 1\n")
    commit_all(repo, "feature")
    git(repo, "checkout", "-q", "main")
    write(repo, "main_only.py", "m = 1\n")  # main moved on after the branch left: not the branch's change
    commit_all(repo, "main moves on")
    git(repo, "checkout", "-q", "feature")
    change = resolve(repo, kind="branch", base="main")
    assert statuses(change) == {"feature.py": "added"}
    assert change.checkout is None  # head is what is checked out: the agents read the caller's checkout
    assert change.base_commit == git(repo, "merge-base", "main", "feature").strip()
    assert "feature against main" not in change.description and "HEAD against main" in change.description


def test_a_ref_not_checked_out_is_to_be_checked_out_in_a_worktree(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    git(repo, "checkout", "-q", "-b", "pr-7")
    write(repo, "app/db.py", DB_PY.replace("?'", "' + name"))
    head = commit_all(repo, "pr")
    git(repo, "checkout", "-q", "main")
    change = resolve(repo, kind="branch", base="main", head="pr-7")
    assert change.checkout == head and statuses(change) == {"app/db.py": "modified"}
    assert change.info().worktree is True


def test_single_commit_merge_commit_and_root_commit(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    root = git(repo, "rev-list", "--max-parents=0", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "side")
    write(repo, "side.py", "s = 1\n")
    commit_all(repo, "side")
    git(repo, "checkout", "-q", "main")
    write(repo, "main.py", "m = 1\n")
    commit_all(repo, "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge side", "side")
    merge = resolve(repo, kind="commit", commit="HEAD")
    assert statuses(merge) == {"side.py": "added"}  # what the merge brought in against its first parent
    assert merge.description.startswith("merge commit") and merge.checkout is None
    first = resolve(repo, kind="commit", commit=root)
    assert statuses(first) == {"README.md": "added", "app/db.py": "added"} and "root commit" in first.description
    assert first.checkout == root
    rng = resolve(repo, kind="range", base=root, head="HEAD")
    assert statuses(rng) == {"main.py": "added", "side.py": "added"}


def test_renames_deletions_binary_files_and_a_submodule(tmp_path: Path) -> None:
    sub = make_repo(tmp_path / "sub", {"lib.py": "v = 1\n"})
    repo = make_repo(tmp_path / "r", {"old name.py": "a = 1\nb = 2\nc = 3\nd = 4\n", "gone.py": "g = 1\n", "logo.bin": "x"})
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "vendored-sub")
    commit_all(repo, "submodule")
    base = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "mv", "old name.py", "new name.py")
    git(repo, "rm", "-q", "gone.py")
    write(repo, "logo.bin", bytes(range(256)) * 4)
    write(sub, "lib.py", "v = 2\n")
    commit_all(sub, "bump")
    git(repo / "vendored-sub", "pull", "-q", str(sub), "main")
    change = resolve(repo, kind="uncommitted")
    by = {f.path: f for f in change.files}
    assert by["new name.py"].status == "renamed" and by["new name.py"].old_path == "old name.py"
    assert by["gone.py"].status == "deleted"
    assert by["logo.bin"].binary is True
    assert by["vendored-sub"].submodule is True
    assert "- renamed: old name.py -> new name.py" in change.section
    assert "- modified, binary: logo.bin" in change.section
    assert "submodule (only its commit changed here)" in change.section
    assert "logo.bin" in {o.path for o in change.info().omitted}  # a binary file has no diff to show
    assert change.base_commit == base


def test_detached_head(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    sha = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "--detach", "HEAD")
    write(repo, "README.md", "changed\n")
    change = resolve(repo, kind="uncommitted")
    assert f"detached HEAD at {sha[:10]}" in change.description and statuses(change) == {"README.md": "modified"}


def test_an_empty_diff_has_no_files(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    assert resolve(repo, kind="uncommitted").empty
    assert resolve(repo, kind="staged").empty
    assert resolve(repo, kind="branch", base="HEAD").empty


def test_a_subdirectory_repo_and_paths_limit_the_diff_and_paths_are_relative_to_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(repo, "app/db.py", DB_PY + "# more\n")
    write(repo, "app/-x y.py", "q = 1\n")
    write(repo, "README.md", "other\n")
    change = resolve(repo / "app", kind="uncommitted")
    assert statuses(change) == {"db.py": "modified", "-x y.py": "added"}
    assert statuses(resolve(repo, kind="uncommitted", paths=("app/-x y.py",))) == {"app/-x y.py": "added"}


def test_not_a_git_repository(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(InputError, match="not inside a git work tree.*Omit `scope`"):
        resolve(plain, kind="uncommitted")


def test_unknown_ref(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    with pytest.raises(InputError, match="unknown ref 'no-such-branch'.*git fetch origin no-such-branch"):
        resolve(repo, kind="branch", base="no-such-branch")
    with pytest.raises(InputError, match="unknown ref 'deadbeef'"):
        resolve(repo, kind="commit", commit="deadbeef")


def test_shallow_clone_without_the_merge_base_says_fetch_full_history(tmp_path: Path) -> None:
    origin = make_repo(tmp_path / "origin")
    for i in range(3):
        write(origin, f"m{i}.py", f"m = {i}\n")
        commit_all(origin, f"main {i}")
    git(origin, "checkout", "-q", "-b", "feature", "HEAD~2")
    for i in range(3):
        write(origin, f"f{i}.py", f"f = {i}\n")
        commit_all(origin, f"feature {i}")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-single-branch", f"file://{origin}", str(clone))
    git(clone, "checkout", "-q", "feature")
    with pytest.raises(InputError, match="shallow clone.*fetch-depth: 0"):
        resolve(clone, kind="branch", base="origin/main")


def test_unrelated_histories_have_no_merge_base(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    git(repo, "checkout", "-q", "--orphan", "other")
    commit_all(repo, "unrelated")
    with pytest.raises(InputError, match="no common history"):
        resolve(repo, kind="branch", base="main")


def test_unborn_head_uncommitted_is_every_file(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    git(repo, "init", "-q")
    write(repo, "a.py", "a = 1\n")
    change = resolve(repo, kind="uncommitted")
    assert statuses(change) == {"a.py": "added"} and "unborn HEAD" in change.description


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ({"kind": "staged", "base": "main"}, "takes no 'base'"),
        ({"kind": "branch"}, "needs base"),
        ({"kind": "commit"}, "needs commit"),
        ({"kind": "branch", "base": "--output=/tmp/x"}, "is not a git ref"),
        ({"kind": "everything"}, "Input should be"),
        ({"kind": "uncommitted", "extra": 1}, "Extra inputs"),
    ],
)
def test_bad_scopes_are_refused_with_what_to_write(scope: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_scope(scope)


def test_a_diff_over_the_budget_is_cut_by_the_stated_rule_and_lists_what_it_left_out(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(repo, "small.py", "s = 1\n")
    write(repo, "big.py", "".join(f"line_{i} = {i}\n" for i in range(2000)))
    write(repo, "medium.py", "".join(f"medium_{i} = {i}\n" for i in range(200)))  # ~3.4 kB of diff
    write(repo, "package-lock.json", "{\n" + "".join(f'  "dep{i}": "1.0.{i}",\n' for i in range(60)) + "}\n")  # ~1.4 kB
    change = resolve(repo, budget=4_000, kind="uncommitted")
    omitted = {o.path: o.reason for o in change.info().omitted}
    assert omitted == {"big.py": "diff too large for the prompt budget", "package-lock.json": "lock file, over the prompt budget"}
    # The lock file is smaller than medium.py, yet ordinary files go first: medium.py is in, the lock file out.
    assert "+s = 1" in change.section and "+medium_199 = 199" in change.section and "line_1999" not in change.section
    assert "ordinary files before generated, lock and vendored files, smaller diffs first" in change.section
    assert "- big.py (" in change.section and "Left out of the diff above (2 files" in change.section


def test_a_10000_file_change_is_listed_counted_and_cut(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    for i in range(10_000):
        write(repo, f"pkg{i // 500}/mod_{i}.py", f"value_{i} = {i}\n")
    change = resolve(repo, kind="uncommitted")
    info = change.info()
    assert (info.files, info.added) == (10_000, 10_000)
    assert info.files_in_prompt + info.omitted_files == 10_000 and info.omitted_files > 0
    assert len(info.omitted) == 50  # the document lists the first ones; the count says how many
    assert "... and 9000 more files (the list is cut at 1000)" in change.section
    assert len(change.section.encode()) < 2 * BUDGET


def test_git_never_runs_through_a_shell_and_options_cannot_be_smuggled(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(repo, "$(touch pwned).py", "x = 1\n")
    change = resolve(repo, kind="uncommitted", paths=("$(touch pwned).py",))
    assert statuses(change) == {"$(touch pwned).py": "added"} and not (repo / "pwned").exists()
    assert subprocess.run(["git", "-C", str(repo), "worktree", "list"], capture_output=True).stdout.count(b"\n") == 1


def test_in_diff_is_the_changed_hunks_with_a_small_tolerance_and_ranks_out_of_diff_findings_after(tmp_path: Path) -> None:
    from mco_mcp.models import Finding
    from mco_mcp.scope.annotate import annotate

    repo = make_repo(tmp_path / "r", {"long.py": "".join(f"x{i} = {i}\n" for i in range(1, 101)), "other.py": "o = 1\n"})
    write(repo, "long.py", "".join(f"x{i} = {i}\n" if i != 50 else "x50 = 'changed'\n" for i in range(1, 101)))
    write(repo, "fresh.py", "f = 1\n")
    change = resolve(repo, kind="uncommitted")

    def finding(file: str | None, line: int | None, severity: str = "high") -> Finding:
        return Finding(severity=severity, category="bug", title=f"{file}:{line}", file=file, line=line,  # type: ignore[arg-type]
                       confidence=0.5, detected_by=["claude"], verified=True)  # fmt: skip

    cases = {("long.py", 50): True, ("long.py", 56): True, ("long.py", 44): True, ("long.py", 57): False,
             ("long.py", 43): False, ("long.py", None): True, ("fresh.py", 1): True, ("other.py", 1): False,
             (None, None): None}  # fmt: skip
    found, dropped = annotate([finding(f, line) for f, line in cases], change.by_path, only_in_diff=False)
    assert {(f.file, f.line): f.in_diff for f in found} == cases and dropped == 0
    # Same severity: in the change first; a higher severity outside the change still comes before.
    ranked, _ = annotate([finding("other.py", 1, "critical"), finding("other.py", 1), finding("long.py", 50)],
                         change.by_path, only_in_diff=False)  # fmt: skip
    assert [(f.file, f.severity) for f in ranked] == [("other.py", "critical"), ("long.py", "high"), ("other.py", "high")]
    kept, dropped = annotate([finding(f, line) for f, line in cases], change.by_path, only_in_diff=True)
    assert dropped == 3 and all(f.in_diff is not False for f in kept)

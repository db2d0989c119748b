"""End to end with the real CLIs against the fake model API: a scoped review of a ref that is not checked out.

Each CLI's model request holds the diff and the changed-file list; afterwards no worktree, branch or lock is
left in the repository. The CLIs come from scripts/install_clis.py (skipped locally without them, failed in CI).
"""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from tests.fake_model_api import FakeModelAPI, Text
from tests.gitrepo import commit_all, git, make_repo, write
from tests.test_real_clis_e2e import CLIS, MODELS, call, fake, findings_text, server, server_env  # noqa: F401
from tests.test_real_clis_smoke import installed  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

SAFE = "import sqlite3\n\n\ndef find_user(conn, name):\n    query = 'SELECT * FROM users WHERE name = ?'\n    return conn.execute(query, (name,)).fetchall()\n"
UNSAFE = "import sqlite3\n\n\ndef find_user(conn, name):\n    query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"\n    return conn.execute(query).fetchall()\n"


async def test_each_cli_gets_the_diff_and_the_file_list_of_a_pr_ref_and_nothing_is_left_behind(
    server_env: dict[str, str], fake: FakeModelAPI, tmp_path: Path  # noqa: F811
) -> None:
    repo = make_repo(tmp_path / "repo", {"app/db.py": SAFE, "README.md": "demo\n"})
    git(repo, "checkout", "-q", "-b", "pr-9")
    write(repo, "app/db.py", UNSAFE)
    write(repo, "app/new helper.py", "def helper():\n    return 1\n")
    commit_all(repo, "pr 9")
    git(repo, "checkout", "-q", "main")
    before = git(repo, "branch", "--list"), git(repo, "status", "--porcelain")
    for name in CLIS:
        fake.set_default(name, Text(findings_text(f"{name}: SQL injection in find_user", 5)))
    with anyio.fail_after(300):
        async with server(server_env) as client:
            job = await call(client, "review", prompt="Review this pull request", repo=str(repo), providers=list(CLIS),
                             models=MODELS, wait_seconds=240, scope={"kind": "branch", "base": "main", "head": "pr-9"})  # fmt: skip
    assert {run["provider"]: run["state"] for run in job["providers"]} == dict.fromkeys(CLIS, "succeeded"), job["summary"]
    for name in CLIS:
        text = fake.prompt_text(name) or ""
        assert "pr-9 against main" in text, name
        assert "- modified: app/db.py" in text and "- added: app/new helper.py" in text, name
        assert "+    query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"" in text, name
    (finding,) = job["findings"]
    assert finding["in_diff"] is True and finding["verified"] is True and finding["detected_by"] == sorted(CLIS)
    listing = [line for line in git(repo, "worktree", "list", "--porcelain").splitlines() if line.startswith("worktree ")]
    assert listing == [f"worktree {repo}"]
    assert not (repo / ".git" / "worktrees").exists() or not any((repo / ".git" / "worktrees").iterdir())
    assert (git(repo, "branch", "--list"), git(repo, "status", "--porcelain")) == before
    assert not list(Path(server_env["MCO_MCP_STATE_DIR"]).glob("jobs/*/mco-review-*"))

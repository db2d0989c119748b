"""The README, run: every `mco-mcp` command in its shell blocks (with the fake CLIs), every row of its bad-input
table, its Markdown sample against the real output, and what the MCP Registry will check (server.json, the
`mcp-name:` line, the LICENSE)."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.gitrepo import DB_PY, make_repo, git, write

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
pytestmark = pytest.mark.timeout(600)


def readme_commands() -> list[str]:
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        commands += [line.strip() for line in block.splitlines() if line.strip().startswith("mco-mcp ")]
    return commands


def bad_input_rows() -> list[tuple[str, int, str]]:
    table = README[README.index("| you run | exit | stderr says |"):]
    rows = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        command, code, says = (cell.strip().strip("`") for cell in line.strip("|").split("|"))
        rows.append((command, int(code), says))
    return rows


def run(command: str, env: dict[str, str], cwd: Path, job_id: str | None) -> tuple[subprocess.CompletedProcess[str], str | None]:
    """One README line without a shell: `<<< TEXT` is stdin, `> FILE` is where stdout goes."""
    words = shlex.split(command.replace("JOB_ID", job_id or "JOB_ID"), comments=True)
    stdin, target = None, None
    if "<<<" in words:
        at = words.index("<<<")
        stdin, words = words[at + 1] + "\n", words[:at] + words[at + 2 :]
    if ">" in words:
        at = words.index(">")
        target, words = words[at + 1], words[:at] + words[at + 2 :]
    assert words[0] == "mco-mcp"
    done = subprocess.run([sys.executable, "-m", "mco_mcp", *words[1:]], env=env, cwd=cwd, input=stdin,
                          stdin=subprocess.DEVNULL if stdin is None else None, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    if target is not None:
        (cwd / target).write_text(done.stdout)
    return done, target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A git repository with app/db.py, a staged change and a prompt file, as the README's commands assume."""
    repo = make_repo(tmp_path / "project", {"app/db.py": DB_PY})
    write(repo, "app/db.py", DB_PY + "\n\ndef helper():\n    return 1\n")
    git(repo, "add", "app/db.py")
    write(repo, "task.md", "Explain app/db.py\n")
    return repo


def shape(command: str, done: subprocess.CompletedProcess[str], written: str | None, cwd: Path) -> None:
    out = (cwd / written).read_text() if written else done.stdout
    words = shlex.split(command, comments=True)
    if "--format sarif" in command:
        assert json.loads(out)["runs"][0]["tool"]["driver"]["name"], command
    elif "--format markdown" in command:
        assert out.startswith("## mco-mcp "), command
    elif words[1] == "doctor" and "--json" not in command:
        assert out.splitlines()[0][0] in "✓✗?", command
    elif words[1] == "setup":
        assert out.startswith("# ") and "mco" in out, command
    elif words[1] == "status" and len(words) == 2:
        assert isinstance(json.loads(out)["jobs"], list), command
    elif words[1] == "providers":
        assert [p["name"] for p in json.loads(out)["providers"]][:2] == ["claude", "codex"], command
    elif words[1] == "doctor":
        assert json.loads(out)["healthy"] is True, command
    else:  # a job, as JSON (stdout is not a terminal here)
        assert json.loads(out)["state"] in ("completed", "cancelled"), (command, out[:500])


def test_every_mco_mcp_command_in_the_readme_runs(env: dict[str, str], project: Path) -> None:
    commands = readme_commands()
    assert len(commands) >= 15
    job_id = None
    for command in commands:
        # An agent given workspace-write edits a file (in its own worktree), so there is a patch to apply.
        edits = {"FAKE_CLI_MODE_CODEX": "edit=app/fix.py"} if "workspace-write" in command else {}
        done, written = run(command, env | edits, project, job_id)
        if command.startswith("mco-mcp cancel"):
            # The README's job has finished by now: refused in one line (a running one is stopped).
            assert done.returncode == 2 and "already finished" in done.stderr, done.stderr
            continue
        assert done.returncode == 0, (command, done.stderr[-2000:])
        shape(command, done, written, project)
        if "JOB_ID" not in command and command.split()[1] in ("review", "run"):
            out = (project / written).read_text() if written else done.stdout
            job_id = (json.loads(out).get("job_id") if out.startswith("{") else None) or job_id
        assert job_id is not None or "JOB_ID" not in command


@pytest.mark.parametrize(("command", "code", "says"), bad_input_rows(), ids=lambda v: str(v)[:60])
def test_every_bad_input_in_the_readme_table(env: dict[str, str], project: Path, record_dir: Path,
                                             command: str, code: int, says: str) -> None:  # fmt: skip
    done, _ = run(command, env, project, None)
    assert done.returncode == code, done.stderr
    assert says in done.stderr and done.stdout == ""
    assert done.stderr.strip().splitlines()[-1].startswith("mco-mcp: ")  # the last line says it all
    assert not list(record_dir.glob("*.json"))  # nothing started


def test_bad_input_table_covers_the_issue_examples() -> None:
    commands = " ".join(row[0] for row in bad_input_rows())
    for flag in ("--timeout -5", "--model codex ", "--providers nope", "--format yaml", "--prompt-file"):
        assert flag in commands


def normalized(markdown: str) -> str:
    text = re.sub(r"\d{8}-\d{6}-[0-9a-f]{6}", "JOB", markdown)
    text = re.sub(r"\d+\.\d+ ?s\b", "T", text)  # durations
    text = re.sub(r"\| \d[\d,]* \| \d[\d,]* \| (\$[\d.]+|—) \|", "| N | N | C |", text)  # tokens and cost per row
    return re.sub(r"\*\*Usage total:\*\*.*", "USAGE", text)


def test_the_readme_markdown_sample_is_the_real_output(env: dict[str, str], tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "app").mkdir(parents=True)
    (repo / "app" / "db.py").write_text(
        "import sqlite3\n\n\ndef find_user(conn, name):\n"
        "    query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"\n"
        "    return conn.execute(query).fetchall()\n\n\n"
        "def count_users(conn):\n    return len(conn.execute('SELECT * FROM users').fetchall())\n"
    )
    env.update(sample_answers(repo))
    command = next(c for c in readme_commands() if "--synthesize --synthesizer qwen" in c)
    done, _ = run(command, env, repo, None)
    assert done.returncode == 0, done.stderr
    job_id = json.loads(done.stdout)["job_id"]
    real = subprocess.run([sys.executable, "-m", "mco_mcp", "status", job_id, "--format", "markdown"], env=env,
                          capture_output=True, text=True, timeout=60).stdout  # fmt: skip
    start = README.index("<details><summary>the PR-ready report</summary>\n\n") + len("<details><summary>the PR-ready report</summary>\n\n")
    sample = README[start : README.index("\n</details>\n\n`--format sarif`", start)]
    assert normalized(sample).strip() == normalized(real).strip()


def sample_answers(repo: Path) -> dict[str, str]:
    """The agents of the README's example: three wordings of the injection on lines 4-6 in three path
    styles, nested and flat locations, one invented file; qwen writes the synthesis."""

    def answer(*findings: dict[str, Any]) -> str:
        return "I looked at the repository.\n\n```json\n" + json.dumps({"findings": list(findings)}, indent=1) + "\n```\n"

    injection = "query = \"SELECT * FROM users WHERE name = '\" + name + \"'\""
    return {
        "FAKE_CLI_ANSWER_CLAUDE": answer({
            "severity": "critical", "category": "security", "title": "SQL injection in find_user",
            "evidence": {"file": "app/db.py", "line": 5, "snippet": injection},
            "recommendation": "Use a parameterized query: conn.execute('SELECT * FROM users WHERE name = ?', (name,)).",
            "confidence": 0.95}),
        "FAKE_CLI_ANSWER_CODEX": answer(
            {"severity": "high", "category": "security", "title": "User input concatenated into SQL", "file": "./app/db.py",
             "line": 6, "snippet": injection, "recommendation": "Bind the name as a parameter.", "confidence": 0.9},
            {"severity": "low", "category": "performance", "title": "count_users loads every row to count them",
             "file": "app/db.py", "line": 10, "snippet": "return len(conn.execute('SELECT * FROM users').fetchall())",
             "recommendation": "SELECT COUNT(*) FROM users.", "confidence": 0.5}),
        "FAKE_CLI_ANSWER_GEMINI": answer(
            {"severity": "high", "category": "bug", "title": "Possible SQL injection via string concatenation",
             "location": f"{repo}/app/db.py:4", "snippet": injection, "confidence": 0.8},
            {"severity": "medium", "category": "bug", "title": "Connection is never closed", "file": "app/session.py",
             "line": 12, "recommendation": "Use a context manager.", "confidence": 0.5}),
        "FAKE_CLI_ANSWER_QWEN": (
            "### Consensus\n- All three agents report the SQL injection in `find_user` (app/db.py:5); fix it first "
            "with a bound parameter.\n\n### Divergence\n- Only codex flags `count_users` loading every row; the code "
            "confirms it.\n- gemini cites `app/session.py`, which does not exist: unverified, ignore.\n\n### Next steps\n"
            "1. Parameterize the query in `find_user` and add a test with a quote in the name.\n"
            "2. Replace the row count with `SELECT COUNT(*)`."),
    }  # fmt: skip


def test_server_json_meets_the_mcp_registrys_documented_limits() -> None:
    """The MCP Registry's server.schema.json (2025-09-29; no package ships it) says: name in reverse-DNS with
    one slash, 3-200 characters; description 1-100; version without ranges; each package exactly these keys,
    a pinned version, a transport. Publishing a PyPI package also needs `mcp-name: NAME` in its README."""
    from mco_mcp import __version__

    server = json.loads((ROOT / "server.json").read_text())
    assert server["$schema"] == "https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json"
    assert re.fullmatch(r"[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+", server["name"]) and 3 <= len(server["name"]) <= 200
    assert 1 <= len(server["description"]) <= 100, len(server["description"])
    assert server["version"] == __version__ and not re.search(r"[\^~><*x]", server["version"])
    for package in server["packages"]:
        assert set(package) <= {"registryType", "registryBaseUrl", "identifier", "version", "fileSha256", "runtimeHint",
                                "transport", "runtimeArguments", "packageArguments", "environmentVariables"}  # fmt: skip
        assert {"registryType", "identifier", "version", "transport"} <= set(package)
        assert package["version"] == __version__ and package["transport"] == {"type": "stdio"}
    assert f"mcp-name: {server['name']}" in README


def test_license_is_the_mit_license_pyproject_declares() -> None:
    import tomllib

    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n") and "WITHOUT WARRANTY OF ANY KIND" in text

"""The headless CLI and the MCP tools read one input model per job tool (mco_mcp/inputs.py): the same schema,
the same bounds, exit 2 on every bad input; arguments that cannot swallow the prompt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mco_mcp.inputs import INPUTS
from tests.conftest import memory_client, records

pytestmark = pytest.mark.timeout(300)


def headless(env: dict[str, str], *args: str, stdin: str | None = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mco_mcp", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
        input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
    )  # fmt: skip


@pytest.mark.anyio
async def test_every_tools_input_schema_is_its_input_models_schema(env: dict[str, str]) -> None:
    async with memory_client(env) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    for name, model in INPUTS.items():
        published = tools[name].input_schema
        own = model.model_json_schema()
        assert published["properties"] == own["properties"], name
        assert published.get("required", []) == own.get("required", []), name
        assert published.get("$defs", {}) == own.get("$defs", {}), name


def test_help_shows_each_flags_default_and_unit_the_providers_and_examples(env: dict[str, str]) -> None:
    done = headless(env, "review", "--help")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "Hard limit per provider run (default: 1800 seconds)" in text
    assert "(default: 600 seconds)" in text
    assert "providers on this machine: claude, codex, gemini, opencode, qwen" in text
    assert text.count("mco-mcp review ") >= 3 and "exit codes:" in text
    for command in ("run", "status", "cancel", "providers", "doctor", "setup"):
        page = headless(env, command, "--help")
        assert page.returncode == 0 and page.stdout.count(f"mco-mcp {command}") >= 3, command


def test_regression_providers_followed_by_the_prompt_does_not_swallow_it(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """`review --providers codex gemini "Review …"` took the prompt as a provider and waited on stdin."""
    done = headless(env, "run", "--repo", str(repo), "--providers", "codex", "gemini", "Review the db module", stdin=None)
    assert done.returncode == 0, done.stderr
    assert [run["provider"] for run in json.loads(done.stdout)["providers"]] == ["codex", "gemini"]
    assert {r["stdin_text"].split("\n")[0] for r in records(record_dir)} >= {"Review the db module"}


def test_providers_comma_separated_or_repeated(env: dict[str, str], repo: Path) -> None:
    done = headless(env, "run", "--repo", str(repo), "-p", "claude,codex", "--provider", "qwen", "--prompt", "q")
    assert done.returncode == 0, done.stderr
    assert [run["provider"] for run in json.loads(done.stdout)["providers"]] == ["claude", "codex", "qwen"]


def test_each_prompt_source(env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path) -> None:
    prompt_file = tmp_path / "ask.md"
    prompt_file.write_text("from a file\n")
    cases = [
        (["--prompt", "-starts with a dash"], None, "-starts with a dash"),
        (["--prompt-file", str(prompt_file)], None, "from a file"),
        (["-"], "from stdin", "from stdin"),
        ([], "piped in", "piped in"),
        (["as an argument"], None, "as an argument"),
    ]
    for extra, stdin, expected in cases:
        for path in record_dir.glob("*.json"):
            path.unlink()
        done = headless(env, "run", "--repo", str(repo), "--providers", "claude", *extra, stdin=stdin)
        assert done.returncode == 0, (extra, done.stderr)
        (record,) = records(record_dir)
        assert record["stdin_text"].startswith(expected), extra
        assert "reading the prompt from stdin" not in done.stderr  # stdin is not a terminal here


def test_a_failed_job_exits_1_and_says_so_on_one_line_per_state_change(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "error=401"
    done = headless(env, "run", "--repo", str(repo), "--providers", "codex", "--prompt", "q")
    assert done.returncode == 1
    assert json.loads(done.stdout)["state"] == "failed"
    lines = done.stderr.splitlines()
    assert lines[0].startswith("mco-mcp: run ") and lines[0].endswith("started: codex")
    assert any(" codex failed after " in line and "authentication" in line for line in lines)
    assert lines[-1].startswith("mco-mcp: run ") and " failed in " in lines[-1]


def test_status_without_an_id_honours_format(env: dict[str, str], repo: Path) -> None:
    first = headless(env, "run", "--repo", str(repo), "--providers", "claude", "--prompt", "q", "--no-progress")
    job_id = json.loads(first.stdout)["job_id"]
    assert first.stderr == ""  # --no-progress
    listing = headless(env, "status", "--format", "json")
    assert [job["job_id"] for job in json.loads(listing.stdout)["jobs"]] == [job_id]
    human = headless(env, "status", "--format", "human")
    assert human.returncode == 0 and job_id in human.stdout and "completed" in human.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(human.stdout)
    markdown = headless(env, "status", job_id, "--format", "markdown")
    assert markdown.stdout.startswith(f"## mco-mcp run `{job_id}`: completed")


def test_status_watch_follows_a_job_another_process_runs(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE"] = "delay=2"
    with subprocess.Popen(
        [sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude", "--prompt", "q"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as runner:  # fmt: skip
        assert runner.stderr is not None
        started = runner.stderr.readline()  # "mco-mcp: run ID started: claude"
        job_id = started.split()[2]
        watched = headless(env, "status", job_id, "--watch", "--format", "json")
        assert watched.returncode == 0, watched.stderr
        assert json.loads(watched.stdout)["state"] == "completed"
        assert f"mco-mcp: run {job_id} completed" in watched.stderr
        runner.communicate(timeout=60)
    assert runner.returncode == 0


def test_cancel_a_finished_job_or_an_unknown_one_is_refused_with_one_line(env: dict[str, str], repo: Path) -> None:
    job_id = json.loads(headless(env, "run", "--repo", str(repo), "--providers", "claude", "--prompt", "q").stdout)["job_id"]
    done = headless(env, "cancel", job_id)
    assert done.returncode == 2 and done.stderr.strip() == f"mco-mcp: job {job_id} already finished (completed); there is nothing to cancel"
    unknown = headless(env, "cancel", "20990101-000000-abcdef")
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1


def test_config_file_defaults_and_their_precedence(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    user = Path(env["HOME"]) / ".config" / "mco-mcp" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('providers = ["gemini"]\ntimeout_seconds = 900\nformat = "markdown"\n')
    done = headless(env, "run", "--repo", str(repo), "--prompt", "q", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("## mco-mcp run") and "gemini" in done.stdout  # user file: providers, format
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.mco-mcp]\nproviders = ["qwen"]\nformat = "json"\n')
    job = json.loads(headless(env, "run", "--prompt", "q", cwd=repo).stdout)  # the repo beats the user file
    assert [run["provider"] for run in job["providers"]] == ["qwen"]
    job = json.loads(headless(env, "run", "--prompt", "q", "--providers", "claude", cwd=repo).stdout)  # a flag beats both
    assert [run["provider"] for run in job["providers"]] == ["claude"]
    doctor = headless(env, "doctor", "--json", cwd=repo)
    document = json.loads(doctor.stdout)
    assert document["config"] == {"providers": ["qwen"], "timeout_seconds": 900.0, "format": "json"}
    assert document["config_sources"]["providers"].endswith("pyproject.toml [tool.mco-mcp]")
    assert document["config_sources"]["timeout_seconds"] == str(user)
    (repo / "pyproject.toml").write_text('[tool.mco-mcp]\ntimeout = 5\n')
    bad = headless(env, "run", "--prompt", "q", cwd=repo)
    assert bad.returncode == 2 and "unknown key(s) timeout" in bad.stderr


@pytest.mark.parametrize("command", [["run", "--repo", "{repo}", "the prompt"], ["status"]])
def test_a_bad_config_file_is_one_line_exit_2_and_starts_nothing(
    env: dict[str, str], repo: Path, record_dir: Path, command: list[str]
) -> None:
    """The job path (which starts its CLIs before the engine loads) and the other commands read the config
    the same way: a bad `[tool.mco-mcp]` table is named in one line, exit 2, no CLI started."""
    (repo / "pyproject.toml").write_text('[tool.mco-mcp]\nno_such_key = 1\n')
    done = headless(env, *(arg.format(repo=repo) for arg in command), cwd=repo)  # status: the repo is the cwd
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("mco-mcp: config: ") and "unknown key(s) no_such_key" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert records(record_dir) == []

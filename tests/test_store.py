"""Job documents: private, atomic, pruned; and the redaction of secrets."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mco_mcp.adapters.env import child_env, redact
from mco_mcp.errors import UnknownJob
from mco_mcp.jobs.store import JobRecord, JobStore, Owner, new_job_id, utc_now, write_private
from mco_mcp.models import Job
from tests.conftest import memory_client


def make_record(job_id: str, state: str = "completed") -> JobRecord:
    now = utc_now()
    job = Job(job_id=job_id, kind="run", state=state, repo="/r", created_at=now, updated_at=now, providers=[])  # type: ignore[arg-type]
    return JobRecord(job=job, owner=Owner.me())


def test_state_dir_is_private_and_documents_are_0600(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "state")
    store.ensure()
    job_id = new_job_id()
    store.create(make_record(job_id))
    store.write(make_record(job_id))
    assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
    assert stat.S_IMODE(store.job_dir(job_id).stat().st_mode) == 0o700
    assert stat.S_IMODE((store.job_dir(job_id) / "job.json").stat().st_mode) == 0o600
    assert store.read(job_id).job.job_id == job_id


def test_atomic_write_leaves_the_old_document_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "job.json"
    write_private(target, b'{"old": true}')

    def broken_fsync(fd: int) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_private(target, b'{"new": true}')
    assert json.loads(target.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["job.json"]  # no temp file left behind


def test_prune_keeps_the_newest_finished_jobs_and_every_running_one(tmp_path: Path) -> None:
    store = JobStore(tmp_path)
    store.ensure()
    ids = [f"2026010{i}-000000-00000{i}" for i in range(1, 6)]
    for job_id in ids:
        store.create(make_record(job_id, "running" if job_id == ids[0] else "completed"))
    removed = store.prune(keep=2, max_age_days=30, protect=set())
    assert sorted(removed) == [ids[1], ids[2]]
    assert sorted(store.job_ids()) == [ids[0], ids[3], ids[4]]


def test_a_job_directory_appears_only_with_its_document(tmp_path: Path) -> None:
    """Regression (kill -9 stress loop): a crash between creating a job's directory and writing its
    document left a job that could not be read."""
    store = JobStore(tmp_path)
    store.ensure()
    job_id = new_job_id()
    stray = store.root / f".new-{job_id}-0badc0de"
    stray.mkdir()  # what a crash in the middle of create() leaves
    assert store.job_ids() == []
    store.create(make_record(job_id))
    assert store.job_ids() == [job_id] and store.read(job_id).job.job_id == job_id
    os.utime(stray, (0, 0))
    assert store.remove_stale_temp_files() == 1 and not stray.exists()


def test_unknown_and_malformed_job_ids(tmp_path: Path) -> None:
    store = JobStore(tmp_path)
    store.ensure()
    for bad in ("../../etc", "", "x" * 300, "20260101-000000-ABCDEF", "20260101-000000-abcdef/.."):
        with pytest.raises(UnknownJob, match="invalid job id"):
            store.read(bad)
    with pytest.raises(UnknownJob, match="unknown job id"):
        store.read("20260101-000000-abcdef")


def test_redaction_replaces_secret_values_by_their_names() -> None:
    env = {"OPENAI_API_KEY": "sk-secret-value-123", "HOME": "/home/someone-long"}
    assert redact("key sk-secret-value-123 in /home/someone-long", env) == "key <OPENAI_API_KEY> in /home/someone-long"


def test_child_env_strips_caller_variables_and_sets_depth() -> None:
    env = child_env({"CLAUDECODE": "1", "CODEX_SANDBOX": "x", "PATH": "/bin", "MINE": "a"}, strip=["MINE"], set_vars={"S": "1"}, depth=0)
    assert env == {"PATH": "/bin", "S": "1", "MCO_MCP_DEPTH": "1"}


def test_nesting_depth_reads_the_ancestors_when_the_environment_was_scrubbed(tmp_path: Path) -> None:
    import subprocess
    import sys

    inner = "from mco_mcp.adapters.env import nesting_depth; print(nesting_depth())"
    middle = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {inner!r}], env={{'PATH': '/usr/bin:/bin'}})"
    out = subprocess.run(
        [sys.executable, "-c", middle], env={**os.environ, "MCO_MCP_DEPTH": "1"}, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "1", out.stderr


@pytest.mark.anyio
async def test_a_secret_a_cli_prints_in_its_error_is_redacted_from_results_and_documents(
    env: dict[str, str], repo: Path
) -> None:
    env["ANTHROPIC_API_KEY"] = "sk-ant-very-secret-value"
    # The fake answers with the key in its text, then fails: the error message quotes the answer.
    env["FAKE_CLI_ANSWER"] = "using key sk-ant-very-secret-value"
    env["FAKE_CLI_MODE"] = "exit=1"
    async with memory_client(env) as client:
        result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]})
    document = json.dumps(result.structured_content)
    assert "sk-ant-very-secret-value" not in document and "<ANTHROPIC_API_KEY>" in document
    job_dir = Path(env["MCO_MCP_STATE_DIR"]) / "jobs" / result.structured_content["job_id"]
    assert b"sk-ant-very-secret-value" not in (job_dir / "job.json").read_bytes()
    for path in job_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_no_shell_anywhere_in_the_package() -> None:
    """argv lists only: no shell=True, os.system or os.popen in mco_mcp/ (manifests naming a shell are refused)."""
    import ast

    root = Path(__file__).resolve().parent.parent / "mco_mcp"
    offences = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "shell" and not (
                isinstance(node.value, ast.Constant) and node.value.value is False
            ):
                offences.append(f"{path}:{node.value.lineno} shell=")
            if isinstance(node, ast.Attribute) and node.attr in ("system", "popen") and getattr(node.value, "id", "") == "os":
                offences.append(f"{path}:{node.lineno} os.{node.attr}")
    assert offences == []


def test_job_ids_rescans_whenever_the_jobs_directory_changed_or_changed_recently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every listing read all ~200 entries of the jobs directory (a fifth of its own cost). A scan is now
    reused while the directory's mtime says nothing changed; never while that mtime is recent, since a
    change within the timestamp's granularity leaves it as it was."""
    import mco_mcp.jobs.store as store_module

    scans: list[Path] = []
    original = store_module._scan
    monkeypatch.setattr(store_module, "_scan", lambda directory: scans.append(directory) or original(directory))
    store = JobStore(tmp_path / "state")
    store.ensure()
    first, second, third = "20260101-000000-aaaaaa", "20260101-000001-bbbbbb", "20260101-000002-cccccc"
    (store.root / first).mkdir()
    old = os.stat(store.root).st_mtime_ns - 100 * 10**9
    os.utime(store.root, ns=(old, old))
    assert store.job_ids() == [first]
    assert store.job_ids() == [first]
    assert len(scans) == 1  # unchanged since long ago: the scan is reused

    (store.root / second).mkdir()  # the directory's mtime moves: rescanned
    assert store.job_ids() == [second, first]
    recent = os.stat(store.root).st_mtime_ns
    (store.root / third).mkdir()
    os.utime(store.root, ns=(recent, recent))  # a change within the same timestamp as the last scan
    assert store.job_ids() == [third, second, first]
    assert len(scans) == 3
    assert store.job_ids() == [third, second, first]
    assert len(scans) == 4  # still recent: never trusted

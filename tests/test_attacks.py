"""Attacks through the server's own inputs: floods of queued work, hostile manifests and PATHs, a repo
outside the client's roots, argv smuggling, credential leaks, and the races found by the attacking tests.

Each regression test is named after the defect of issue 10 it pins (see docs/security.md).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import types

from mco_mcp.adapters.manifest import load_registry
from mco_mcp.jobs.store import JobStore
from tests.conftest import memory_client, records, stdio_client

pytestmark = pytest.mark.anyio


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    return result.structured_content


def error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return result.content[0].text


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


# -- 9: the queue is bounded and queued prompts are not held in memory ------------------------------------------


async def test_jobs_in_flight_are_bounded_with_a_clear_error_that_starts_nothing(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    env.update({"MCO_MCP_MAX_JOBS": "3", "MCO_MCP_MAX_PROCESSES": "1", "FAKE_CLI_MODE": "stall"})
    async with memory_client(env) as client:
        ids = []
        for _ in range(3):
            ids.append(structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0}))["job_id"])
        refused = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"], "wait_seconds": 0})
        assert "too many jobs in flight: 3 queued or running (MCO_MCP_MAX_JOBS=3)" in error_text(refused)
        listing = structured(await client.call_tool("status", {}))
        assert sorted(j["job_id"] for j in listing["jobs"]) == sorted(ids)  # the refused one left no job
        for job_id in ids:
            await client.call_tool("cancel", {"job_id": job_id})
        # Room again once they ended.
        assert structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"], "wait_seconds": 0}))
        await client.call_tool("cancel", {"job_id": structured(await client.call_tool("status", {}))["jobs"][0]["job_id"]})
    assert not records(record_dir, "codex")


@pytest.mark.slow
async def test_two_hundred_queued_one_mib_reviews_do_not_hold_their_prompts_in_memory(
    env: dict[str, str], repo: Path, record_dir: Path
) -> None:
    """Regression: 200 queued reviews with 1 MiB prompts took the server to 1.33 GB RSS, kept after
    cancelling them all (each job held five built prompts). Prompts now wait on disk until a run starts.
    Measured on the server process itself (/proc/PID/status) over real stdio; before the fix this test saw
    1295 MB queued and 1293 MB after cancelling, after it 94 MB and 91 MB (idle 72 MB)."""
    env.update({"MCO_MCP_MAX_JOBS": "201", "MCO_MCP_MAX_PROCESSES": "1", "FAKE_CLI_MODE": "stall", "MCO_MCP_KILL_GRACE_SECONDS": "0.2"})
    prompt = "x" * (1024 * 1024 - 64)
    async with stdio_client(env) as client:
        first = structured(await client.call_tool("review", {"prompt": "p", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0}))
        with anyio.fail_after(30):
            while not records(record_dir):
                await anyio.sleep(0.05)
        server_pid = records(record_dir)[0]["ppid"]
        idle = _rss_mb(server_pid)
        ids = [first["job_id"]]
        for _ in range(200):
            job = structured(await client.call_tool("review", {"prompt": prompt, "repo": str(repo), "providers": list(("claude", "codex", "gemini", "opencode", "qwen")), "wait_seconds": 0}))
            ids.append(job["job_id"])
        queued = _rss_mb(server_pid)
        for job_id in reversed(ids):
            await client.call_tool("cancel", {"job_id": job_id})
        after = _rss_mb(server_pid)
    # 200 x 5 prompts of 1 MiB would be 1000 MiB; the bound leaves room for the SDK's own buffers.
    assert queued - idle < 200, (idle, queued)
    assert after - idle < 50, (idle, after)


# -- 10: a relative binary or a relative PATH entry never runs the reviewed repo's file ---------------------------


async def test_a_relative_path_entry_never_runs_the_reviewed_repo_s_own_cli(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    """Regression: with `.` on PATH the binary was looked up in the server's directory but executed in the
    repo, so the repo's own ./claude ran. Only absolute PATH entries count, and the argv[0] is absolute."""
    planted = repo / "claude"
    marker = tmp_path / "pwned"
    planted.write_text(f"#!/bin/sh\ntouch {marker}\n")
    planted.chmod(0o755)
    env["PATH"] = f".{os.pathsep}bin{os.pathsep}{env['PATH']}"
    async with stdio_client(env, cwd=repo) as client:
        infos = structured(await client.call_tool("providers", {}))["providers"]
        claude = next(info for info in infos if info["name"] == "claude")
        assert claude["binary"] is not None and os.path.isabs(claude["binary"])
        assert Path(claude["binary"]).parent != repo
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
    assert job["state"] == "completed"
    assert not marker.exists()


def test_a_manifest_with_a_relative_binary_is_refused_naming_the_file_and_key(tmp_path: Path) -> None:
    user = tmp_path / "manifests"
    user.mkdir()
    (user / "mycli.toml").write_text('binary = "./mycli"\nparser = "text"\nargs = []\n[access.read-only]\nargs = []\n')
    registry = load_registry(user)
    assert "mycli" not in registry.manifests
    assert [str(e) for e in registry.errors] == [
        f"{user / 'mycli.toml'}: at key 'binary': Value error, './mycli' is a relative path; give a command name "
        "found on PATH or an absolute path"
    ]


# -- 11: repo is confined ----------------------------------------------------------------------------------------


async def _roots_callback(roots: list[Path]) -> Any:
    async def list_roots(context: Any) -> types.ListRootsResult:
        return types.ListRootsResult(roots=[types.Root(uri=f"file://{root}") for root in roots])  # type: ignore[arg-type]

    return list_roots


async def test_repo_must_lie_inside_the_client_s_roots_when_it_offers_roots(env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path) -> None:
    """Regression: `/`, `/etc` and `~root` were accepted as `repo` from a client that offers roots."""
    callback = await _roots_callback([repo])
    async with memory_client(env, list_roots_callback=callback) as client:
        for outside in ("/", "/etc", str(tmp_path)):
            result = await client.call_tool("review", {"prompt": "p", "repo": outside, "providers": ["claude"]})
            assert "is outside the client's roots" in error_text(result), outside
        inside = structured(await client.call_tool("review", {"prompt": "p", "repo": str(repo / "app"), "providers": ["claude"]}))
    assert inside["state"] == "completed"
    assert len(records(record_dir, "claude")) == 1  # only the one inside ran


@pytest.mark.parametrize("where", ["/", "/etc", "/usr/lib", "home"])
async def test_workspace_write_is_refused_on_the_root_the_home_directory_and_system_directories(
    env: dict[str, str], where: str, record_dir: Path
) -> None:
    """Regression: run(access="workspace-write", repo="/") ran codex with `-C /`. (The in-memory server runs
    in this process, so "home" is this process's home directory.)"""
    target = str(Path.home()) if where == "home" else where
    async with memory_client(env) as client:
        result = await client.call_tool("run", {"prompt": "p", "repo": target, "providers": ["codex"], "access": "workspace-write"})
        # A read-only run there is not refused by this rule (no roots offered): reading is not writing.
        read_only = await client.call_tool("run", {"prompt": "p", "repo": target, "providers": ["codex"], "wait_seconds": 0})
        if not read_only.is_error:
            await client.call_tool("cancel", {"job_id": read_only.structured_content["job_id"]})
    assert "refusing workspace-write" in error_text(result)
    assert all(record["args"][:1] != ["exec"] or "workspace-write" not in record["args"] for record in records(record_dir))


# -- 12: argv smuggling, clear errors, hostile manifests, overrides, credentials ---------------------------------


@pytest.mark.parametrize("model", ["gpt-5\n", "gpt-5\n--yolo", "gpt-٥", "-m", "a b"])
async def test_a_model_name_with_a_trailing_newline_or_non_ascii_digits_never_reaches_argv(
    env: dict[str, str], repo: Path, record_dir: Path, model: str
) -> None:
    """Regression: validation regexes used `$` (which matches before a final newline) and `\\d` (any
    Unicode digit): the model name "gpt-5\\n" reached argv."""
    async with memory_client(env) as client:
        result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex"], "models": {"codex": model}})
    assert "is not valid" in error_text(result)
    assert not records(record_dir)


async def test_a_path_that_cannot_be_resolved_gets_an_error_with_its_reason(env: dict[str, str], repo: Path) -> None:
    """Regression: some path errors said only "Error executing tool run", with no reason."""
    (repo / "loop").symlink_to(repo / "loop")
    async with memory_client(env) as client:
        result = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "paths": ["loop/x"], "providers": ["codex"]})
        looped_repo = await client.call_tool("run", {"prompt": "p", "repo": str(repo / "loop"), "providers": ["codex"]})
    assert "path 'loop/x' cannot be used: Symlink loop" in error_text(result)
    assert "cannot be used: Symlink loop" in error_text(looped_repo) or "does not exist" in error_text(looped_repo)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge"])
def test_a_fifo_or_dev_zero_manifest_is_an_error_not_a_hang(tmp_path: Path, kind: str) -> None:
    """Regression: a FIFO manifest hung the server's start and a /dev/zero one exhausted its memory."""
    user = tmp_path / "manifests"
    user.mkdir()
    path = user / "evil.toml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.write_text("# " + "x" * (300 * 1024) + "\n")
    registry = load_registry(user)  # returns at once: the test would hang here before the fix
    assert "evil" not in registry.manifests
    assert len(registry.errors) == 1 and "cannot read" in str(registry.errors[0])
    assert set(registry.manifests) >= {"claude", "codex", "gemini", "opencode", "qwen"}


async def test_a_user_manifest_replacing_a_built_in_s_read_only_arguments_is_shown(env: dict[str, str], tmp_path: Path) -> None:
    from mco_mcp.adapters.manifest import builtin_manifest_files

    builtin = next(p for p in builtin_manifest_files() if p.stem == "gemini").read_text()
    weakened = builtin.replace('"--approval-mode", "plan"', '"--approval-mode", "yolo"')
    assert weakened != builtin
    (Path(env["MCO_MCP_MANIFEST_DIR"]) / "gemini.toml").write_text(weakened)
    async with memory_client(env) as client:
        infos = {i["name"]: i for i in structured(await client.call_tool("providers", {}))["providers"]}
    assert "replaces the built-in gemini; WARNING: its read-only arguments" in infos["gemini"]["override"]
    assert infos["claude"]["override"] is None


async def test_credential_looking_values_are_redacted_from_results_and_documents(env: dict[str, str], repo: Path) -> None:
    """Secrets a CLI prints that are not in our environment (read from its own config, or echoed from the
    reviewed code) look like credentials: redacted in tool results and stored documents."""
    leaked = "sk-ant-api03-" + "Q" * 40
    env["FAKE_CLI_ANSWER"] = f"the key is {leaked} and Authorization: Bearer abcdefghijklmnop0123"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
    stored = (Path(env["MCO_MCP_STATE_DIR"]) / "jobs" / job["job_id"] / "job.json").read_text()
    final = (Path(env["MCO_MCP_STATE_DIR"]) / "jobs" / job["job_id"] / "claude.final.txt").read_text()
    for text in (json.dumps(job), stored, final):
        assert leaked not in text and "abcdefghijklmnop0123" not in text
    assert "<redacted credential>" in job["providers"][0]["final_text"]


# -- 13: races ---------------------------------------------------------------------------------------------------


async def test_a_cancel_racing_the_final_write_gets_already_finished_not_success(
    env: dict[str, str], repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a `cancel` landing while a finished job wrote its final document returned success with
    state `completed` (the final state was set before `done`). The final write is held open here until
    the cancel has been sent, the worst interleaving, deterministically."""
    original = JobStore.write
    final_write_started = anyio.Event()
    release = anyio.Event()
    token = anyio.lowlevel.current_token()

    def held_write(self: JobStore, record: Any) -> None:
        if record.job.state in ("completed", "partial", "failed"):
            anyio.from_thread.run_sync(final_write_started.set, token=token)
            anyio.from_thread.run(release.wait, token=token)
        original(self, record)

    monkeypatch.setattr(JobStore, "write", held_write)
    async with memory_client(env) as client:
        async with anyio.create_task_group() as tg:
            job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0}))
            with anyio.fail_after(30):
                await final_write_started.wait()
            answers: list[Any] = []

            async def cancel() -> None:
                answers.append(await client.call_tool("cancel", {"job_id": job["job_id"]}))

            tg.start_soon(cancel)
            await anyio.sleep(0.3)  # let the cancel reach the manager while the final write is held
            release.set()
        done = structured(await client.call_tool("status", {"job_id": job["job_id"]}))
    assert done["state"] == "completed"
    assert "already finished (completed)" in error_text(answers[0])


async def test_a_running_job_s_summary_says_where_each_provider_is(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Regression: a running job's summary said "queued for codex, gemini" until it ended."""
    env["FAKE_CLI_MODE_GEMINI"] = "stall"
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["codex", "gemini"], "wait_seconds": 0}))
        with anyio.fail_after(30):
            while True:
                now = structured(await client.call_tool("status", {"job_id": job["job_id"]}))
                if {r["provider"]: r["state"] for r in now["providers"]} == {"codex": "succeeded", "gemini": "running"}:
                    break
                await anyio.sleep(0.05)
        await client.call_tool("cancel", {"job_id": job["job_id"]})
    assert "queued for" not in now["summary"]
    assert now["summary"].startswith(f"run {job['job_id']}: running — 1/2 providers finished: codex succeeded in ")
    assert "gemini running" in now["summary"]


def test_the_state_directory_is_0700_even_when_created_under_umask_000(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        store = JobStore(tmp_path / "state")
        store.ensure()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
    assert stat.S_IMODE(store.root.stat().st_mode) == 0o700


# -- what held up must keep holding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "mco://jobs/..%2F..%2Fetc%2Fpasswd",
        "mco://jobs/../../etc/passwd",
        "mco://jobs/{job}/providers/..%2F..%2F..%2Fetc%2Fpasswd/output",
        "mco://jobs/{job}/providers/claude%2F..%2F..%2Fjob.json/output",
        "mco://jobs/{job}%0A/report.md",
    ],
)
async def test_a_resource_uri_never_reaches_outside_the_job_s_directory(env: dict[str, str], repo: Path, uri: str) -> None:
    async with memory_client(env) as client:
        job = structured(await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]}))
        with pytest.raises(Exception) as caught:
            await client.read_resource(uri.replace("{job}", job["job_id"]))
    assert "root:" not in str(caught.value)


def test_a_fifo_as_the_reviewed_repo_s_codex_config_never_blocks_building_argv(tmp_path: Path) -> None:
    """codex's read-only switches read `<repo>/.codex/config.toml`, a file of the reviewed repository; a
    plain open() of a FIFO there blocked until a writer came, on the server's event loop (every job)."""
    import threading

    repo = tmp_path / "repo"
    (repo / ".codex").mkdir(parents=True)
    os.mkfifo(repo / ".codex" / "config.toml")
    codex = load_registry(None).manifests["codex"]
    built: list[list[str]] = []
    worker = threading.Thread(
        target=lambda: built.append(
            codex.build_argv(binary_path="/bin/codex", repo=str(repo), access="read-only", job_id="j", env={"HOME": str(tmp_path)})
        ),
        daemon=True,
    )
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(repo / ".codex" / "config.toml", "w"):
            pass
        raise AssertionError("building codex's argv blocked on a FIFO in the reviewed repository")
    assert built and built[0][0] == "/bin/codex"

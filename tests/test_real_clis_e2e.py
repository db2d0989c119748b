"""End to end (the `repo` fixture comes from conftest.py): the MCP client over stdio → mco-mcp → the real claude, codex, gemini, opencode and qwen
binaries → the fake model API on 127.0.0.1. A provider is supported when these pass.

The CLIs come from scripts/install_clis.py; without them these tests skip locally and fail in CI.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from mco_mcp.execute.groups import group_members
from tests.conftest import stdio_params
from tests.fake_model_api import FakeModelAPI, HttpError, Lazy, Stall, Text, WriteFile
from tests.realcli_env import FAKE_MODEL, base_env, capture_transcript, cli_env
from tests.test_real_clis_smoke import Installed, _require, installed  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

CLIS = ("claude", "codex", "gemini", "opencode", "qwen")
MODELS = {"gemini": FAKE_MODEL}  # gemini routes through an extra model call unless told its model
# qwen appends "\n\n" to a prompt read from stdin; the others send it unchanged.
PROMPT_SUFFIX = {"qwen": "\n\n"}
# Variables a calling agent leaves in the server's environment; none may reach a CLI.
CALLER_VARS = {"CLAUDECODE": "1", "CLAUDE_CODE_ENTRYPOINT": "cli", "CLAUDE_CODE_SESSION_ID": "outer", "AI_AGENT": "x",
               "CODEX_THREAD_ID": "outer", "CODEX_SANDBOX": "seatbelt", "GEMINI_CLI": "1", "QWEN_CODE": "1"}


@pytest.fixture
def fake() -> Iterator[FakeModelAPI]:
    with FakeModelAPI() as server:
        yield server


@pytest.fixture
def server_env(installed: Installed, fake: FakeModelAPI, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    for name in CLIS:
        _require(installed, name)
    env = base_env(installed.path)
    home = tmp_path / "home"
    for name in CLIS:  # one isolated home holds every CLI's own config dir
        env.update(cli_env(name, fake.url, home))
    env.update(CALLER_VARS)
    env.update({"MCO_MCP_STATE_DIR": str(tmp_path / "state"), "MCO_MCP_MANIFEST_DIR": str(tmp_path / "manifests"),
                "MCO_MCP_KILL_GRACE_SECONDS": "2", "MCO_MCP_PROGRESS_INTERVAL": "1"})
    return env


@asynccontextmanager
async def server(env: dict[str, str]) -> AsyncIterator[Client]:
    async with Client(stdio_params(env), mode="legacy", read_timeout_seconds=300) as client:
        yield client


async def call(client: Client, tool: str, **arguments: Any) -> dict[str, Any]:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content[0].text
    return result.structured_content


def findings_text(title: str, line: int) -> str:
    finding = {"severity": "high", "category": "security", "title": title,
               "evidence": {"file": "app/db.py", "line": line, "snippet": "query = \"SELECT * FROM users WHERE name = '\" + name + \"'\""},
               "recommendation": "Use a parameterized query.", "confidence": 0.9}
    return f"Reviewed.\n\n```json\n{json.dumps({'findings': [finding]})}\n```\n"


def processes_of(env: dict[str, str], job_id: str) -> dict[str, int]:
    document = json.loads((Path(env["MCO_MCP_STATE_DIR"]) / "jobs" / job_id / "job.json").read_text())
    return {name: proc["pgid"] for name, proc in document["processes"].items()}


async def test_review_fans_out_to_all_five_and_merges_their_finding(server_env: dict[str, str], fake: FakeModelAPI, repo: Path) -> None:
    titles = {"claude": "SQL injection in find_user", "codex": "User input concatenated into SQL",
              "gemini": "Possible SQL injection via string concatenation", "opencode": "find_user builds SQL from untrusted name",
              "qwen": "Unsanitized name in SQL query"}
    for line, (name, title) in enumerate(titles.items(), start=4):
        fake.set_default(name, Text(findings_text(title, 4 + line % 3)))
    async with server(server_env) as client:
        job = await call(client, "review", prompt="Review app/db.py", repo=str(repo), providers=list(CLIS), models=MODELS, wait_seconds=240)
    assert {run["provider"]: run["state"] for run in job["providers"]} == dict.fromkeys(CLIS, "succeeded"), job["summary"]
    assert all(run["session_id"] for run in job["providers"])
    (finding,) = job["findings"]
    assert finding["detected_by"] == sorted(CLIS) and finding["file"] == "app/db.py"
    for name in CLIS:  # the review prompt, with the findings contract, reached every model
        assert "Review app/db.py" in (fake.prompt_text(name) or "") and '"findings"' in (fake.prompt_text(name) or "")


@pytest.mark.parametrize("name", CLIS)
async def test_run_then_resume_continues_the_same_session(server_env: dict[str, str], fake: FakeModelAPI, repo: Path, name: str) -> None:
    fake.push(name, Text("first answer ALPHA-7"), Text("second answer BETA-9"))
    async with server(server_env) as client:
        models = {name: MODELS[name]} if name in MODELS else None
        first = await call(client, "run", prompt="remember ALPHA", repo=str(repo), providers=[name], models=models, wait_seconds=120)
        run = first["providers"][0]
        assert run["state"] == "succeeded", first["summary"]
        capture_transcript(name, Path(run["artifacts"]["stdout"]))
        assert run["final_text"].strip() == "first answer ALPHA-7" and run["session_id"]
        second = await call(client, "run", prompt="what did you say?", repo=str(repo), resume={name: run["session_id"]}, models=models, wait_seconds=120)
    again = second["providers"][0]
    assert again["state"] == "succeeded", second["summary"]
    assert again["final_text"].strip() == "second answer BETA-9"
    assert again["session_id"] == run["session_id"]
    body = json.dumps(fake.last_request(name).body)  # the earlier turn travelled with the new one
    assert "remember ALPHA" in body and "first answer ALPHA-7" in body


async def test_a_300_kb_prompt_reaches_every_model_byte_for_byte(server_env: dict[str, str], fake: FakeModelAPI, repo: Path) -> None:
    prompt = "BEGIN " + "".join(f"line {i:06d} of a long prompt\n" for i in range(11_000)) + "END"
    assert len(prompt.encode()) > 300_000
    async with server(server_env) as client:
        job = await call(client, "run", prompt=prompt, repo=str(repo), providers=list(CLIS), models=MODELS, wait_seconds=240)
    assert {run["provider"]: run["state"] for run in job["providers"]} == dict.fromkeys(CLIS, "succeeded"), job["summary"]
    for name in CLIS:
        # claude and gemini put a context block of their own in the same turn, as a separate part.
        assert prompt + PROMPT_SUFFIX.get(name, "") in fake.prompt_parts(name), name


async def test_review_is_read_only_and_each_writer_writes_in_its_own_worktree_and_returns_a_patch(
    server_env: dict[str, str], fake: FakeModelAPI, repo: Path
) -> None:
    from tests.gitrepo import commit_all, git

    git(repo, "init", "-q")
    commit_all(repo, "initial")
    attempts = Path(server_env["MCO_MCP_STATE_DIR"]) / "attempts"

    def into_own_worktree(name: str) -> WriteFile:
        # Decided when the CLI asks: its worktree exists only once the job runs (the path holds the job id).
        (worktree,) = [p for p in attempts.glob(f"*/{name}") if p.is_dir()]
        return WriteFile(str(worktree / f"written-by-{name}.txt"), f"hello from {name}")

    for name in CLIS:
        fake.push(name, WriteFile(str(repo / f"written-by-{name}.txt"), "hello"))
    async with server(server_env) as client:
        review = await call(client, "review", prompt="look", repo=str(repo), providers=list(CLIS), models=MODELS, wait_seconds=240)
        assert [p.name for p in repo.iterdir() if p.name.startswith("written-by")] == [], review["summary"]
        for name in CLIS:
            fake.push(name, Lazy(lambda n=name: into_own_worktree(n)))
        run = await call(client, "run", prompt="write it", repo=str(repo), providers=list(CLIS), models=MODELS, access="workspace-write", wait_seconds=240)
        # Each CLI's write landed in its own worktree, not in the user's tree, and came back as its patch.
        assert [p.name for p in repo.iterdir() if p.name.startswith("written-by")] == [], run["summary"]
        for provider in run["providers"]:
            name = provider["provider"]
            assert provider["attempt"]["files"] == [f"written-by-{name}.txt"], (name, provider["attempt"], run["summary"])
            patch = await client.read_resource(f"mco://jobs/{run['job_id']}/providers/{name}/patch")
            assert f"+hello from {name}" in patch.contents[0].text
        applied = await call(client, "apply", job_id=run["job_id"], provider="codex")
    assert {p["provider"]: p["attempt"]["state"] for p in applied["providers"]}["codex"] == "applied"
    assert (repo / "written-by-codex.txt").read_text() == "hello from codex"
    assert [p.name for p in repo.iterdir() if p.name.startswith("written-by")] == ["written-by-codex.txt"]
    assert git(repo, "worktree", "list", "--porcelain").count("worktree ") == 1
    assert "mco/" not in git(repo, "branch", "--list")


@pytest.mark.parametrize(("status", "kind", "clis"), [
    (401, "authentication", CLIS),
    # qwen retries a 429 for ~90 s whatever it is told (see tests/realcli_env.py); the other four are asked.
    (429, "rate_limited", ("claude", "codex", "gemini", "opencode")),
])
async def test_api_errors_are_reported_by_kind(server_env: dict[str, str], fake: FakeModelAPI, repo: Path, status: int, kind: str, clis: tuple[str, ...]) -> None:
    for name in clis:
        fake.set_default(name, HttpError(status, retry_after=0))
    async with server(server_env) as client:
        job = await call(client, "run", prompt="p", repo=str(repo), providers=list(clis), models=MODELS, wait_seconds=240)
    got = {run["provider"]: (run["state"], run["error"]["kind"] if run["error"] else None) for run in job["providers"]}
    assert got == dict.fromkeys(clis, ("failed", kind)), job["summary"]


async def test_a_stalled_stream_times_out_and_cancel_mid_stream_leaves_nothing(server_env: dict[str, str], fake: FakeModelAPI, repo: Path) -> None:
    for name in CLIS:
        fake.set_default(name, Stall())
    async with server(server_env) as client:
        stalled = await call(client, "run", prompt="p", repo=str(repo), providers=list(CLIS), models=MODELS, stall_seconds=8, wait_seconds=240)
        groups = list(processes_of(server_env, stalled["job_id"]).values())
        assert {run["provider"]: run["state"] for run in stalled["providers"]} == dict.fromkeys(CLIS, "timed_out"), stalled["summary"]
        assert {run["error"]["kind"] for run in stalled["providers"]} == {"stalled"}

        before = {name: len(fake.requests(name, agent_turns=True)) for name in CLIS}
        job = await call(client, "run", prompt="p", repo=str(repo), providers=list(CLIS), models=MODELS, wait_seconds=0)
        for name in CLIS:  # this job's own request, not the first job's
            await anyio.to_thread.run_sync(lambda n=name: fake.wait_for_requests(n, before[n] + 1, timeout=60))
        pgids = processes_of(server_env, job["job_id"])
        assert sorted(pgids) == sorted(CLIS)
        for name, pgid in pgids.items():  # the caller's variables did not reach the CLI
            environ = Path(f"/proc/{pgid}/environ").read_bytes().split(b"\0")
            names = {entry.split(b"=", 1)[0].decode() for entry in environ if entry}
            assert not names & set(CALLER_VARS), (name, names & set(CALLER_VARS))
            assert "MCO_MCP_DEPTH=1".encode() in environ
        cancelled = await call(client, "cancel", job_id=job["job_id"])
    assert cancelled["state"] == "cancelled"
    assert [pgid for pgid in [*groups, *pgids.values()] if group_members(pgid)] == []
    fake.release_stalls()

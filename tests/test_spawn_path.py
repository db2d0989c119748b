"""What each CLI start costs the server (issue 11: the spawn rate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from mco_mcp.jobs.store import PROMPT_FILE, JobStore
from mco_mcp.server import build_server
from tests.conftest import PROVIDERS, records

pytestmark = pytest.mark.anyio


async def test_one_prompt_read_per_job_not_per_provider(
    env: dict[str, str], repo: Path, record_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The five runs of a job start together and each read the prompt file through a worker thread of its
    own: five hops where one does. Runs starting while a read is under way share it; each CLI still gets its
    own prompt, built for it."""
    reads: list[str] = []
    original = JobStore.read_file

    def counted(self: JobStore, job_id: str, name: str) -> Any:
        if name == PROMPT_FILE:
            reads.append(job_id)
        return original(self, job_id, name)

    monkeypatch.setattr(JobStore, "read_file", counted)
    with anyio.fail_after(60):
        async with Client(build_server(env=env), mode="legacy") as client:
            result = await client.call_tool("run", {"prompt": "the shared prompt", "repo": str(repo), "providers": list(PROVIDERS)})
    assert not result.is_error
    job = result.structured_content
    assert job is not None and job["state"] == "completed"
    assert reads == [job["job_id"]]
    seen = records(record_dir)
    assert sorted(r["name"] for r in seen) == sorted(PROVIDERS)
    assert all("the shared prompt" in r["stdin_text"] for r in seen)


async def test_runs_starting_together_open_their_logs_in_one_worker_thread_hop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each run created its two logs and inotify watches in a worker-thread hop of its own: 250 hops for a
    storm of 250 starts, each a wake-up of a thread and of the loop. Calls arriving while a batch is in the
    thread now share the next hop; each caller gets its own result, or its own error."""
    from mco_mcp.execute import batch as batch_module
    from mco_mcp.execute.batch import ThreadBatcher

    sizes: list[int] = []
    original = batch_module._run_all

    def counted(calls: list[Any]) -> None:
        sizes.append(len(calls))
        original(calls)

    monkeypatch.setattr(batch_module, "_run_all", counted)
    batcher = ThreadBatcher()
    results: dict[int, object] = {}

    def work(i: int) -> int:
        if i == 7:
            raise OSError(f"no room for {i}")
        return i * 2

    async def one(i: int) -> None:
        try:
            results[i] = await batcher.run(lambda: work(i))
        except OSError as exc:
            results[i] = str(exc)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            for i in range(20):
                tg.start_soon(one, i)
    assert results == {i: (f"no room for {i}" if i == 7 else i * 2) for i in range(20)}
    assert sizes == [16, 4]  # made in one turn of the loop: together, at most 16 a hop (the loop starts
    # the processes of one batch while the thread runs the next)

    # A call made while a batch is in the thread runs in a batch after it, and gets its own result.
    sizes.clear()
    gate = anyio.Event()

    def blocking() -> str:
        anyio.from_thread.run_sync(gate.set)
        return "first"

    async def later() -> None:
        await gate.wait()
        results["later"] = await batcher.run(lambda: "second")

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            tg.start_soon(later)

            async def first() -> None:
                results["first"] = await batcher.run(blocking)

            tg.start_soon(first)
    assert results["first"] == "first" and results["later"] == "second"
    assert sizes == [1, 1]

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

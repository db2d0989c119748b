"""The `status` listing: finished jobs serialised once and served from that text (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from mco_mcp.server import build_server
from mco_mcp.tools.common import App

pytestmark = pytest.mark.anyio


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    assert result.structured_content is not None
    return result.structured_content


async def test_listing_cache_of_finished_jobs_matches_the_stored_documents(env: dict[str, str], repo: Path) -> None:
    """A finished job is listed from the JSON serialised when it finished: the same entry a fresh server
    lists from the disk, without final texts or findings; and each listing gets dicts of its own, so what
    one caller does to its answer never reaches the next."""
    holder: list[App] = []
    with anyio.fail_after(60):
        async with Client(build_server(env=env, holder=holder), mode="legacy") as client:
            review = structured(await client.call_tool("review", {"prompt": "look", "repo": str(repo), "providers": ["claude", "codex"]}))
            run = structured(await client.call_tool("run", {"prompt": "answer", "repo": str(repo), "providers": ["gemini"]}))
            assert review["state"] == run["state"] == "completed"
            assert run["providers"][0]["final_text"]
            cached = structured(await client.call_tool("status", {}))["jobs"]
            manager = holder[0].manager
            assert set(manager._listed) == {review["job_id"], run["job_id"]}  # served from the serialised text
            first = manager.listing()
            first[0]["summary"] = "changed by a caller"
            first[0]["providers"].clear()
            assert manager.listing() == cached
        async with Client(build_server(env=env), mode="legacy") as client:
            fresh = structured(await client.call_tool("status", {}))["jobs"]
    assert cached == fresh
    assert {job["job_id"] for job in cached} == {run["job_id"], review["job_id"]}
    for job in cached:
        assert job["findings"] is None
        assert all(p["final_text"] is None and p["dropped_findings"] == [] for p in job["providers"])
        assert all(p["state"] == "succeeded" for p in job["providers"])

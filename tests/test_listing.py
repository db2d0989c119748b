"""The `status` listing: finished jobs serialised once and served from that text (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from mco_mcp.models import ListedJob, ListedRun, StatusResult
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
        assert set(job) == set(ListedJob.model_fields)  # no final texts, findings or the rest of the job
        assert all(set(p) == set(ListedRun.model_fields) for p in job["providers"])
        assert all(p["state"] == "succeeded" for p in job["providers"])


async def test_listing_p99_entries_are_what_a_host_needs_to_pick_a_job(env: dict[str, str], repo: Path) -> None:
    """A listing entry was the whole job less its texts (~4 KB for 5 providers, 70-100 KB for 20 jobs), read
    whole by the host and validated, dumped and encoded by the SDK on every call. It is now the job's id,
    kind, state, times and summary, and each provider's state, time, exit code and error: the same fields,
    running or finished; the one job (status with its id) still has everything."""
    env = {**env, "FAKE_CLI_MODE_CLAUDE": "stall"}
    with anyio.fail_after(60):
        async with Client(build_server(env=env), mode="legacy") as client:
            done = structured(await client.call_tool("run", {"prompt": "answer", "repo": str(repo), "providers": ["gemini", "qwen"]}))
            running = structured(await client.call_tool("run", {"prompt": "wait", "repo": str(repo), "providers": ["claude"], "wait_seconds": 0}))
            try:
                listing = structured(await client.call_tool("status", {}))
                StatusResult.model_validate(listing)
                entries = {job["job_id"]: job for job in listing["jobs"]}
                assert set(entries) == {done["job_id"], running["job_id"]}
                for entry in entries.values():
                    ListedJob.model_validate(entry)
                    assert set(entry) == set(ListedJob.model_fields)
                    assert all(set(p) == set(ListedRun.model_fields) for p in entry["providers"])
                assert entries[running["job_id"]]["state"] == "running"
                assert entries[done["job_id"]]["state"] == "completed"
                assert [p["provider"] for p in entries[done["job_id"]]["providers"]] == ["gemini", "qwen"]
                assert entries[done["job_id"]]["summary"] == done["summary"]
                whole = structured(await client.call_tool("status", {"job_id": done["job_id"]}))
                assert all(p["final_text"] and p["artifacts"] for p in whole["providers"])
                assert len(json.dumps(entries[done["job_id"]])) * 3 < len(json.dumps(whole))
            finally:
                await client.call_tool("cancel", {"job_id": running["job_id"]})

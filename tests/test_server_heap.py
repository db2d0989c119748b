"""The server's start-up heap is frozen out of the garbage collector (issue 11: the listing's p99)."""

from __future__ import annotations

import gc

import anyio
import pytest
from mcp import Client

from mco_mcp.server import FULL_COLLECTION_SPACING, build_server

pytestmark = pytest.mark.anyio


async def test_listing_p99_gc_pauses_startup_heap_frozen(env: dict[str, str]) -> None:
    """Full collections walked the whole start-up heap (50-230 ms each, several a second under requests):
    the listing's p99 was those pauses. Once the server has started, what start-up built is frozen, so a
    full collection walks only what came after; a server embedded in another process (freeze_heap off)
    leaves its host's collector alone."""
    gc.unfreeze()
    thresholds = gc.get_threshold()
    try:
        with anyio.fail_after(30):
            async with Client(build_server(env=env), mode="legacy") as client:
                await client.call_tool("status", {})
                assert gc.get_freeze_count() == 0
                assert gc.get_threshold() == thresholds
            async with Client(build_server(env=env, freeze_heap=True), mode="legacy") as client:
                frozen = gc.get_freeze_count()
                assert frozen > 10_000  # the SDK, pydantic's schemas and our models, at least
                result = await client.call_tool("status", {})  # the server still serves, and frees, as before
                assert not result.is_error
    finally:
        gc.unfreeze()  # the other tests' process is not ours to freeze
        gc.set_threshold(*thresholds)


async def test_listing_p99_full_collections_of_running_jobs_spaced(env: dict[str, str]) -> None:
    """With the start-up heap frozen, full collections still walked what 250 running CLIs hold (~50,000
    objects, 20-50 ms each) every 0.3-0.5 s of a storm. The server's own process makes them ~10x rarer;
    the young generations are collected as before, and an embedded server leaves its host's collector alone."""
    thresholds = gc.get_threshold()
    try:
        with anyio.fail_after(30):
            async with Client(build_server(env=env), mode="legacy"):
                assert gc.get_threshold() == thresholds
            async with Client(build_server(env=env, freeze_heap=True), mode="legacy") as client:
                assert gc.get_threshold() == (thresholds[0], thresholds[1], FULL_COLLECTION_SPACING)
                assert 10 * thresholds[2] <= FULL_COLLECTION_SPACING
                assert not (await client.call_tool("status", {})).is_error
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)

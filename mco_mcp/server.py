"""The MCP server: tools wired to one JobManager, and a lifetime that never leaves a process behind."""

from __future__ import annotations

import gc
import logging
import os
import signal
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import anyio
from mcp.server.mcpserver import MCPServer

from mco_mcp import __version__
from mco_mcp import resources, stdio_loop
from mco_mcp.early import INSTRUCTIONS, SERVER_NAME
from mco_mcp.adapters.manifest import load_registry
from mco_mcp.jobs.manager import JobManager
from mco_mcp.settings import Settings
from mco_mcp.tasks import TasksExtension
from mco_mcp.tools import attempts, cancel, providers, review, run, status
from mco_mcp.tools.common import App

log = logging.getLogger("mco_mcp")


# Full collections, at most one per this many collections of the middle generation (CPython's default: 10).
FULL_COLLECTION_SPACING = 100


def space_full_collections() -> None:
    """Make full collections ~10x rarer; the young generations are collected as before.

    With the start-up heap frozen, a full collection still walks every object the running jobs hold: some
    200 a CLI run (its tasks, cancel scopes, followers, parser), ~50,000 with 250 CLIs running, and that took
    20-50 ms of the loop's CPU each (gc.callbacks during a 50 x 5 storm: 0.5-0.7 us an object). At CPython's
    default the collector ran one after every ~11 middle-generation collections, every 0.3-0.5 s of a storm,
    and each stalled every request in flight: the listing's p99. A cycle that dies young (a request's
    exception and traceback, a cancelled task) is still freed by the young collections; only garbage that
    survived two of them waits longer for the full one (a few thousand objects freed per full collection in
    the storm, so a few MB at most held in between).
    """
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_SPACING)


def build_server(
    settings: Settings | None = None,
    holder: list[App] | None = None,
    env: Mapping[str, str] | None = None,
    *,
    freeze_heap: bool = False,
) -> MCPServer:
    """The server; `holder`, when given, receives the App once the lifespan has started it.

    `env` (default: os.environ) is what provider CLIs inherit, after sanitizing, and where they are found.
    `freeze_heap`: the process is this server's alone (stdio); see `lifespan`.
    """
    settings = settings or Settings.from_env(dict(env) if env is not None else None)

    @asynccontextmanager
    async def lifespan(_: MCPServer) -> AsyncIterator[App]:
        registry = load_registry(settings.manifest_dir)
        for error in registry.errors:
            log.warning("ignoring user manifest: %s", error)
        async with JobManager(settings, registry, env=env) as manager:
            app = App(settings=settings, registry=registry, manager=manager)
            if holder is not None:
                holder.append(app)
            if freeze_heap:
                # What start-up built (the SDK, pydantic's schemas, our models: some 120,000 objects) lives as
                # long as the process. Left to the collector, every full collection walks all of it: 25-230 ms
                # each on a loaded machine, several a second while requests allocate, and that was the
                # listing's p99 (57-190 ms against a p50 of 4 ms). Frozen, a full collection walks only what came after (~1 ms).
                # O(1); no collection first, so no start-up time is spent on it.
                gc.freeze()
                space_full_collections()
            yield app

    server = MCPServer(
        SERVER_NAME, version=__version__, instructions=INSTRUCTIONS, lifespan=lifespan, extensions=[TasksExtension()]
    )
    for tool in (review, run, status, cancel, providers, attempts):
        tool.register(server)
    resources.register(server)
    return server


async def serve_stdio(settings: Settings | None = None, lead: bytes = b"") -> None:
    """Serve MCP on stdio until stdin closes or a stop signal arrives; either way, stop every job first.

    `lead`: bytes already read from stdin (early.py's look at the opening request), served first."""
    holder: list[App] = []
    server = build_server(settings, holder, freeze_heap=True)
    async with anyio.create_task_group() as tg:

        async def on_signal() -> None:
            with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT, signal.SIGHUP) as signals:
                async for signum in signals:
                    log.info("received %s: stopping every job", signal.Signals(signum).name)
                    with anyio.CancelScope(shield=True):
                        if holder:
                            await holder[0].manager.shutdown(f"the mco-mcp server received {signal.Signals(signum).name}")
                    # Where the SDK's transport serves (not a pipe), its stdin reader thread cannot be
                    # interrupted, so a clean return could hang: exit now, either way.
                    logging.shutdown()
                    os._exit(0)

        tg.start_soon(on_signal)
        await stdio_loop.serve(server, lead)  # the loop reads and writes the pipes: no thread hop per request
        tg.cancel_scope.cancel()

"""Where a `status` listing's time goes during a storm: timestamps along its path, this tree and a git ref.

    python bench/listing_trace.py [--ref main] [--rounds 3] [--jobs 50] [--stored 200]

Each side's server runs under this file (`--serve`), which notes, in flat arrays (nothing for the collector
to walk): when a request line is parsed on the loop, when the `status` handler starts and ends, when the
answer starts being serialised for the wire, every turn of the event loop, every collection of the
collector, and every CLI spawned. The host (bench/rawrpc.py, as in bench/engine.py's storm) notes when it
sent each listing and when the answer arrived (CLOCK_MONOTONIC: one clock for both processes). Printed per
side: the full collections and the listings they overlapped; the parts of a listing's latency; the loop
turns between the parsed line and the serialised answer; and the listings over 10 ms by phase of the storm
(CLIs being spawned, all running, ending). The probes cost a little: compare sides, not absolute figures.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def serve(out: str) -> None:
    """Run the server (`python -m mco_mcp` as a host starts it) with the probes; write them to `out` at exit."""
    import array
    import asyncio.base_events
    import atexit
    import gc

    mono = time.monotonic
    names: list[str] = []
    codes, stamps, ids, extra = array.array("i"), array.array("d"), array.array("q"), array.array("d")

    def note(event: str, request_id: Any = None, value: float = 0.0) -> None:
        if event not in names:
            names.append(event)
        codes.append(names.index(event))
        stamps.append(mono())
        ids.append(-1 if request_id is None else int(request_id))
        extra.append(value)

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        note(f"gc-{phase}", None, info["generation"])

    gc.callbacks.append(on_gc)

    turns = array.array("d")
    run_once = asyncio.base_events.BaseEventLoop._run_once  # type: ignore[attr-defined]

    def counted_run_once(self: Any) -> None:
        turns.append(mono())
        run_once(self)

    asyncio.base_events.BaseEventLoop._run_once = counted_run_once  # type: ignore[attr-defined]

    try:  # this tree: the loop-driven transport parses each line
        import mco_mcp.stdio_loop as transport

        parse = transport._parse

        def noted_parse(line: bytes) -> Any:
            message = parse(line)
            note("parsed", getattr(getattr(message, "message", None), "id", None))
            return message

        transport._parse = noted_parse
    except ImportError:  # a tree on the SDK's transport: its reader task wraps each parsed line
        import mcp.server.stdio as sdk_stdio

        class NotedMessage(sdk_stdio.SessionMessage):  # type: ignore[name-defined,misc]
            def __init__(self, message: Any, *args: Any, **kwargs: Any) -> None:
                note("parsed", getattr(message, "id", None))
                super().__init__(message, *args, **kwargs)

        sdk_stdio.SessionMessage = NotedMessage  # type: ignore[attr-defined]

    import mcp_types

    dump = mcp_types.JSONRPCResponse.model_dump_json

    def noted_dump(self: Any, *args: Any, **kwargs: Any) -> str:
        note("serialising", getattr(self, "id", None))
        return dump(self, *args, **kwargs)

    mcp_types.JSONRPCResponse.model_dump_json = noted_dump  # type: ignore[method-assign]

    import anyio

    open_process = anyio.open_process

    async def noted_open_process(*args: Any, **kwargs: Any) -> Any:
        try:
            return await open_process(*args, **kwargs)
        finally:
            note("spawned")

    anyio.open_process = noted_open_process  # type: ignore[assignment]

    import mco_mcp.tools.status as status_tool

    handler = status_tool.status

    async def noted_status(ctx: Any, given: Any) -> Any:
        listing = given.job_id is None
        if listing:
            note("handler-start", ctx.request_id)
        try:
            return await handler(ctx, given)
        finally:
            if listing:
                note("handler-end", ctx.request_id)

    status_tool.status = noted_status  # type: ignore[assignment]

    def write() -> None:
        events = [[names[c], t, None if i < 0 else i, x] for c, t, i, x in zip(codes, stamps, ids, extra, strict=True)]
        Path(out).write_text(json.dumps({"events": events, "turns": list(turns)}))

    atexit.register(write)
    from mco_mcp.cli import main

    sys.exit(main([]))


def q(values: list[float], quantile: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * quantile))] if ordered else float("nan")


async def storm(env: dict[str, str], jobs: int, trace: Path) -> tuple[list[tuple[int, float, float]], float]:
    """bench/engine.py's storm with this file as the server; (request id, sent, answered) of each listing."""
    import anyio
    from engine import PROVIDERS, ROOT, STORM_DELAY
    from rawrpc import RawServer

    env = {**env, "BENCH_DELAY": str(STORM_DELAY)}
    server = await RawServer.start([sys.executable, "-P", str(Path(__file__).resolve()), "--serve", str(trace)], env)
    listings: list[tuple[int, float, float]] = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.read_loop)
        await server.initialize()
        await server.call("status", {})
        ids: list[str] = []

        async def one() -> None:
            ids.append((await server.call("run", {"prompt": "p", "repo": str(ROOT), "providers": PROVIDERS, "wait_seconds": 0}))["job_id"])

        async with anyio.create_task_group() as starters:
            for _ in range(jobs):
                starters.start_soon(one)
        pending = list(ids)
        while pending:
            request_id, sent = server._next_id + 1, time.monotonic()
            await server.call("status", {})
            listings.append((request_id, sent, time.monotonic()))
            job = await server.call("status", {"job_id": pending[0]})
            if job["state"] in ("completed", "partial", "failed", "cancelled"):
                pending.pop(0)
        await server.close()
        tg.cancel_scope.cancel()
    return listings, float(STORM_DELAY)


def analyse(runs: list[tuple[list[tuple[int, float, float]], dict[str, Any], float]]) -> dict[str, Any]:
    parts: dict[str, list[float]] = {k: [] for k in ("sent -> line parsed", "parsed -> handler", "handler", "handler -> answer serialised", "serialised -> host has it", "whole")}
    loop_turns: list[int] = []
    full, overlapped = [], 0
    phases = {"spawning": [0, 0], "all running": [0, 0], "ending": [0, 0]}
    for listings, trace, delay in runs:
        at: dict[int, dict[str, float]] = {}
        collections, start = [], 0.0
        spawned = []
        for event, t, request_id, value in trace["events"]:
            if event in ("parsed", "handler-start", "handler-end", "serialising") and request_id is not None:
                at.setdefault(request_id, {}).setdefault(event, t)
            elif event == "gc-start":
                start = t
            elif event == "gc-stop" and value == 2:
                collections.append((start, t))
            elif event == "spawned":
                spawned.append(t)
        full += [b - a for a, b in collections]
        turns = trace["turns"]
        for request_id, sent, answered in listings:
            e = at.get(request_id, {})
            parts["whole"].append(answered - sent)
            overlapped += any(a < answered and b > sent for a, b in collections)
            if {"parsed", "handler-start", "handler-end", "serialising"} <= set(e):
                parts["sent -> line parsed"].append(e["parsed"] - sent)
                parts["parsed -> handler"].append(e["handler-start"] - e["parsed"])
                parts["handler"].append(e["handler-end"] - e["handler-start"])
                parts["handler -> answer serialised"].append(e["serialising"] - e["handler-end"])
                parts["serialised -> host has it"].append(answered - e["serialising"])
                loop_turns.append(bisect.bisect(turns, e["serialising"]) - bisect.bisect(turns, e["parsed"]))
            phase = "spawning" if sent < max(spawned) else "all running" if sent < min(spawned) + delay else "ending"
            phases[phase][0] += 1
            phases[phase][1] += answered - sent > 0.010
    return {"parts": parts, "turns": loop_turns, "full": full, "overlapped": overlapped, "phases": phases}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--stored", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import anyio
    from engine import ROOT, headless, setup, side_env, store_jobs
    from standins import export

    workdir = Path(tempfile.mkdtemp(prefix="mco-bench-listing-"))
    try:
        base = setup(workdir)
        trees = {"this": ROOT, args.ref: export(args.ref, Path(tempfile.mkdtemp(dir=workdir)))}
        runs: dict[str, list[Any]] = {side: [] for side in trees}
        templates = {}
        for side, tree in trees.items():
            env = side_env(base, tree, workdir / f"template-{side}", workdir / "starts")
            headless(env, workdir / "starts")
            templates[side] = next((workdir / f"template-{side}" / "jobs").iterdir())
        loads = []
        for round_ in range(args.rounds):
            for side, tree in trees.items():  # interleaved: both sides see the same machine
                state = workdir / f"storm-{side}-{round_}"
                store_jobs(state, templates[side], args.stored)
                trace = workdir / f"trace-{side}-{round_}.json"
                loads.append(os.getloadavg()[0])
                listings, delay = anyio.run(storm, side_env(base, tree, state, workdir / f"starts-{side}"), args.jobs, trace)
                runs[side].append((listings, json.loads(trace.read_text()), delay))
        print(f"{os.cpu_count()} cores, load {min(loads):.1f}-{max(loads):.1f} before each storm, {args.rounds} storms a side of "
              f"{args.jobs} jobs x 5 CLIs, {args.stored} stored jobs; ms, p50 / p90 / p99 over every listing of a side")
        for side in trees:
            found = analyse(runs[side])
            print(f"\n{side}: {len(found['parts']['whole'])} listings; {len(found['full'])} full collections "
                  f"({', '.join(f'{x * 1000:.0f}' for x in found['full']) or '-'} ms), overlapping {found['overlapped']} listings")
            for name, values in found["parts"].items():
                print(f"  {name:32} {q(values, .5) * 1000:6.1f} / {q(values, .9) * 1000:6.1f} / {q(values, .99) * 1000:6.1f}")
            print(f"  {'loop turns, parsed -> serialised':32} {q(found['turns'], .5):6.0f} / {q(found['turns'], .9):6.0f} / {q(found['turns'], .99):6.0f}")
            print("  over 10 ms, by phase: " + "; ".join(f"{phase} {over} of {n}" for phase, (n, over) in found["phases"].items()))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

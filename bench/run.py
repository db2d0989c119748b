"""mco-mcp's own overhead, measured side by side in one run. `python bench/run.py [--quick]`.

`python bench/run.py --quick --ref 99db512 [--rounds 15]`: the figures issue 10 holds to, this tree against
another git ref, interleaved (see `compare`).

Every figure is the median of several runs, with min and max; every comparison is a ratio of two things
measured in the same run. Providers are stand-in CLIs (bench/streamer.py) with a controlled delay and
output volume, declared by user manifests exactly as a person would add a CLI.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rawrpc import RawServer  # noqa: E402
from standins import export, write_manifest  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROVIDERS = [f"p{i}" for i in range(1, 6)]

rows: list[tuple[str, str, str]] = []


def stats(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    scaled = [v * scale for v in values]
    return f"{statistics.median(scaled):9.1f} {unit} (min {min(scaled):.1f}, max {max(scaled):.1f}, n={len(scaled)})"


def row(name: str, value: str, target: str = "") -> None:
    rows.append((name, value, target))
    print(f"{name:<58} {value}  {target}", flush=True)


def setup(workdir: Path) -> dict[str, str]:
    """Stand-in CLIs p1..p5 and their manifests; the server's environment."""
    bin_dir, manifests = workdir / "bin", workdir / "manifests"
    bin_dir.mkdir()
    manifests.mkdir()
    for name in PROVIDERS:
        exe = bin_dir / f"bench-{name}"
        exe.write_text(f"#!{sys.executable}\nimport runpy, sys\nrunpy.run_path({str(HERE / 'streamer.py')!r}, run_name='__main__')\n")
        exe.chmod(0o755)
        write_manifest(manifests, name)
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(workdir),
        "MCO_MCP_STATE_DIR": str(workdir / "state"),
        "MCO_MCP_MANIFEST_DIR": str(manifests),
        "MCO_MCP_MAX_PROCESSES": "300",
        "MCO_MCP_PROGRESS_INTERVAL": "5",
        "BENCH_EXITS": str(workdir / "exits"),
    }


async def with_server(env: dict[str, str], body: Callable[[RawServer], Awaitable[Any]], argv: list[str] | None = None) -> Any:
    server = await RawServer.start(argv or [sys.executable, "-m", "mco_mcp"], env)
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.read_loop)
        await server.initialize()
        try:
            return await body(server)
        finally:
            await server.close()
            tg.cancel_scope.cancel()


def direct_parallel(env: dict[str, str], names: list[str]) -> float:
    """The floor: the same stand-in CLIs started directly, in parallel, prompt on stdin."""
    start = time.perf_counter()
    procs = [
        subprocess.Popen([f"bench-{n}"], env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL) for n in names
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(b"prompt")
        proc.stdin.close()
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


async def overhead_samples(env: dict[str, str], count: int, repeats: int, argv: list[str] | None = None,
                           directs: list[float] | None = None) -> tuple[list[float], list[float], list[float]]:
    """(overhead over the slowest provider as the server reports it, the answer's time after the last stand-in
    exited, job walls) for `repeats` run jobs of `count` providers x 1 s, in one server.

    The first is the figure the server itself gives (its own runs' elapsed_seconds); the second is measured
    from outside (bench/streamer.py notes its exit), so it compares two source trees whatever each counts.
    """
    exits = Path(env["BENCH_EXITS"])
    env = {**env, "BENCH_DELAY": "1"}
    names = PROVIDERS[:count]
    over: list[float] = []
    after_exit: list[float] = []
    walls: list[float] = []

    async def body(server: RawServer) -> None:
        for _ in range(repeats):
            exits.unlink(missing_ok=True)
            start = anyio.current_time()
            job = await server.call("run", {"prompt": "p", "repo": str(ROOT), "providers": names, "wait_seconds": 600})
            answered = time.time()
            wall = anyio.current_time() - start
            assert job["state"] == "completed", job["summary"]
            walls.append(wall)
            over.append(wall - max(run["elapsed_seconds"] for run in job["providers"]))
            after_exit.append(answered - max(float(line) for line in exits.read_text().split()))
            if directs is not None:
                directs.append(await anyio.to_thread.run_sync(direct_parallel, env, names))

    await with_server(env, body, argv)
    return over, after_exit, walls


async def overhead(env: dict[str, str], repeats: int) -> None:
    for count in (1, 5):
        directs: list[float] = []
        over, after_exit, walls = await overhead_samples(env, count, repeats, directs=directs)
        row(f"overhead over the slowest provider, {count} x 1 s", stats(over), "target <= 20 ms")
        row(f"  answer after the last CLI exited, {count} x 1 s", stats(after_exit))
        ratio = statistics.median(walls) / statistics.median(directs)
        row(f"job wall / direct parallel run, {count} x 1 s", f"{ratio:9.3f} x  ({stats(walls)} vs {stats(directs)})")


async def cold_start(env: dict[str, str], repeats: int) -> None:
    ours, floor = [], []

    async def measure(argv: list[str], into: list[float]) -> None:
        start = time.perf_counter()
        server = await RawServer.start(argv, env)
        async with anyio.create_task_group() as tg:
            tg.start_soon(server.read_loop)
            await server.initialize()
            await server.request("tools/list", {})
            into.append(time.perf_counter() - start)
            await server.close()
            tg.cancel_scope.cancel()

    for _ in range(repeats):  # interleaved, so both see the same machine
        await measure([sys.executable, "-m", "mco_mcp"], ours)
        await measure([sys.executable, str(HERE / "floor_server.py")], floor)
    row("cold start: spawn -> initialize -> tools/list", stats(ours))
    row("cold start floor: bare MCPServer, one tool", stats(floor))
    row("cold start ratio mco-mcp / floor", f"{statistics.median(ours) / statistics.median(floor):9.3f} x", "target <= 1.10 x")


def peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


async def memory(env: dict[str, str], megabytes: int) -> None:
    env = {**env, "BENCH_BYTES": str(megabytes * 1024 * 1024), "MCO_MCP_OUTPUT_BUDGET": "12000"}

    async def body(server: RawServer) -> tuple[int, int, dict[str, Any]]:
        await server.call("status", {})
        idle = peak_rss_kb(server.process.pid)
        job = await server.call("run", {"prompt": "p", "repo": str(ROOT), "providers": PROVIDERS, "wait_seconds": 600})
        return idle, peak_rss_kb(server.process.pid), job

    idle, peak, job = await with_server(env, body)
    streamed = sum(run["output_bytes"] for run in job["providers"]) / 1e6
    row(f"peak RSS while 5 providers stream {megabytes} MB each", f"{idle / 1024:9.1f} MB idle -> {peak / 1024:.1f} MB peak (+{(peak - idle) / 1024:.1f} MB, {streamed:.0f} MB streamed)", "target growth <= 25 MB")
    size = len(str(job))
    row("tool result size for that job", f"{size / 1024:9.1f} KiB", "bounded by MCO_MCP_OUTPUT_BUDGET")


async def storm_samples(env: dict[str, str], jobs: int, argv: list[str] | None = None) -> tuple[float, list[float]]:
    """(total wall, `status` latencies) for `jobs` run jobs x 5 providers x 1 s started at once."""
    env = {**env, "BENCH_DELAY": "1"}

    async def body(server: RawServer) -> tuple[float, list[float]]:
        start = anyio.current_time()
        ids: list[str] = []

        async def one() -> None:
            job = await server.call("run", {"prompt": "p", "repo": str(ROOT), "providers": PROVIDERS, "wait_seconds": 0})
            ids.append(job["job_id"])

        async with anyio.create_task_group() as tg:
            for _ in range(jobs):
                tg.start_soon(one)
        latencies = []
        pending = list(ids)
        while pending:
            t = anyio.current_time()
            job = await server.call("status", {"job_id": pending[0]})
            latencies.append(anyio.current_time() - t)
            if job["state"] in ("completed", "partial", "failed", "cancelled"):
                assert job["state"] == "completed", job["summary"]
                pending.pop(0)
        return anyio.current_time() - start, latencies

    result: tuple[float, list[float]] = await with_server(env, body, argv)
    return result


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


async def fan_out(env: dict[str, str], jobs: int) -> None:
    wall, latencies = await storm_samples(env, jobs)
    # The floor: the same number of stand-in CLIs started directly, all at once (2 cores: CPU-bound).
    direct = await anyio.to_thread.run_sync(direct_parallel, {**env, "BENCH_DELAY": "1"}, PROVIDERS * jobs)
    row(f"fan-out {jobs} jobs x 5 providers: total wall", f"{wall:9.2f} s vs {direct:.2f} s started directly ({wall / direct:.2f} x)")
    row("  status latency during the storm", f"p50 {statistics.median(latencies) * 1000:.1f} ms, p99 {p99(latencies) * 1000:.1f} ms, n={len(latencies)}", "target p99 <= 20 ms")


async def progress_samples(env: dict[str, str], repeats: int, argv: list[str] | None = None) -> list[float]:
    """Seconds from sending a 5-provider review to its first progress notification, `repeats` times."""
    env = {**env, "BENCH_DELAY": "1"}
    delays: list[float] = []

    async def body(server: RawServer) -> None:
        for i in range(repeats):
            server.notifications.clear()
            start = anyio.current_time()
            await server.call("review", {"prompt": "p", "repo": str(ROOT), "providers": PROVIDERS, "wait_seconds": 600}, progress_token=f"t{i}")
            firsts = [t for t, n in server.notifications if n["method"] == "notifications/progress"]
            delays.append(firsts[0] - start)

    await with_server(env, body, argv)
    return delays


async def first_progress(env: dict[str, str], repeats: int) -> None:
    row("time to first progress notification after review", stats(await progress_samples(env, repeats)), "target <= 1 s")


async def probes(repeats: int) -> None:
    found = subprocess.run([sys.executable, str(ROOT / "scripts" / "install_clis.py"), "--print-path"], capture_output=True, text=True)
    path = found.stdout.strip()
    if found.returncode != 0 or not path:
        row("providers() with the real CLIs", "skipped: real CLIs not installed (scripts/install_clis.py)")
        return
    env = {"PATH": f"{path}{os.pathsep}{os.environ['PATH']}", "HOME": tempfile.mkdtemp(prefix="mco-bench-home-")}
    cold, warm = [], []

    async def body(server: RawServer) -> None:
        t = anyio.current_time()
        await server.call("providers", {})
        cold.append(anyio.current_time() - t)
        t = anyio.current_time()
        await server.call("providers", {})
        warm.append(anyio.current_time() - t)

    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as state:
            await with_server({**env, "MCO_MCP_STATE_DIR": state}, body)
    row("providers(): cold server, 5 real CLIs probed", stats(cold))
    row("providers(): warm (cached probes)", stats(warm))


COUNTED = (
    "overhead over the slowest provider, 1 x 1 s (ms)",
    "overhead over the slowest provider, 5 x 1 s (ms)",
    "  answer after the last CLI exited, 1 x 1 s (ms)",
    "  answer after the last CLI exited, 5 x 1 s (ms)",
    "status p99 during a storm of {jobs} x 5 (ms)",
    "first progress after a 5-provider review (ms)",
)


async def compare(env: dict[str, str], workdir: Path, refs: list[str], rounds: int, jobs: int) -> None:
    """The figures issue 10 holds to (overhead, status p99, first progress), this tree against `refs`, each
    side a server run from its own source tree (PYTHONPATH, and -P so the cwd does not pick the side),
    interleaved round by round in alternating order so that both sides see the same machine.
    """
    trees = {"this": ROOT, **{ref: export(ref, Path(tempfile.mkdtemp(dir=workdir))) for ref in refs}}
    ref = refs[0]  # the ratio column: this tree over the first ref
    argv = [sys.executable, "-P", "-m", "mco_mcp"]
    samples: dict[str, dict[str, list[float]]] = {side: {name: [] for name in COUNTED} for side in trees}
    load_before = os.getloadavg()

    def side_env(side: str, what: str) -> dict[str, str]:
        state = Path(tempfile.mkdtemp(dir=workdir, prefix=f"state-{what}-"))
        return {**env, "PYTHONPATH": str(trees[side]), "MCO_MCP_STATE_DIR": str(state)}

    for side in trees:  # a warm-up each: byte-code compiled, page cache filled, before anything counts
        await overhead_samples(side_env(side, "warm"), 1, 1, argv)
    deaths: dict[str, list[str]] = {side: [] for side in trees}

    async def one_round(side: str) -> dict[str, list[float]]:
        into: dict[str, list[float]] = {name: [] for name in COUNTED}
        for count in (1, 5):
            over, after_exit, _ = await overhead_samples(side_env(side, "over"), count, 2, argv)
            into[COUNTED[0 if count == 1 else 1]] += [v * 1000 for v in over]
            into[COUNTED[2 if count == 1 else 3]] += [v * 1000 for v in after_exit]
        _, latencies = await storm_samples(side_env(side, "storm"), jobs, argv)
        into[COUNTED[4]].append(p99(latencies) * 1000)
        into[COUNTED[5]] += [v * 1000 for v in await progress_samples(side_env(side, "progress"), 2, argv)]
        return into

    for round_ in range(rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))  # nobody always goes first
        for side in order:
            for _attempt in range(3):
                try:
                    part = await one_round(side)
                except Exception as exc:  # a server of that side died (99db512 has a housekeeping race that can)
                    deaths[side].append(_first_line(exc))
                    print(f"round {round_ + 1}: a {side} server died ({deaths[side][-1]}); the round is run again",
                          flush=True)
                    continue
                for name, values in part.items():
                    samples[side][name] += values
                break
        print(f"round {round_ + 1}/{rounds} done, load {os.getloadavg()[0]:.2f}", flush=True)
    load_after = os.getloadavg()
    print(f"\n{os.cpu_count()} cores; load average (1, 5, 15 min) before {', '.join(f'{v:.2f}' for v in load_before)},"
          f" after {', '.join(f'{v:.2f}' for v in load_after)}; {rounds} interleaved rounds; median (min-max) n")
    sides = list(trees)
    print(f"{'':50} " + "  ".join(f"{side:>28}" for side in sides) + f"   this/{ref}")
    for metric in COUNTED:
        cells = []
        for side in sides:
            values = samples[side][metric]
            cells.append(f"{statistics.median(values):7.1f} ({min(values):.1f}-{max(values):.1f}) n={len(values)}")
        ratio = statistics.median(samples["this"][metric]) / statistics.median(samples[ref][metric])
        print(f"{metric.format(jobs=jobs):50} " + "  ".join(f"{cell:>28}" for cell in cells) + f"   {ratio:6.3f}")
    for side, died in deaths.items():
        print(f"servers of {side} that died during a round (the round run again): {len(died)}"
              + "".join(f"\n  {reason}" for reason in died))


def _first_line(exc: BaseException) -> str:
    """What killed a server, from the error the harness raised (its stderr tail rides in the message)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    lines = [line.strip() for line in str(exc).splitlines() if "Error" in line]
    return lines[-1][:200] if lines else f"{type(exc).__name__}: {str(exc)[:200]}"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and smaller volumes (a smoke run)")
    parser.add_argument("--ref", action="append", help="compare the counted figures with this git ref's mco_mcp, "
                        "interleaved (repeatable; the ratio is over the first)")
    parser.add_argument("--rounds", type=int, default=15, help="with --ref: interleaved rounds per side")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    print(f"mco-mcp benchmark on {platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    workdir = Path(tempfile.mkdtemp(prefix="mco-bench-"))
    try:
        env = setup(workdir)
        if args.ref:
            await compare(env, workdir, args.ref, args.rounds, 10 if args.quick else 50)
            return
        await overhead(env, repeats)
        await cold_start(env, repeats * 2)
        await memory(env, 10 if args.quick else 100)
        await fan_out(env, 10 if args.quick else 50)
        await first_progress(env, repeats)
        await probes(2 if args.quick else 3)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    anyio.run(main)

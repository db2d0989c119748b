"""The job engine's costs, this tree and another git ref side by side (medians, interleaved runs).

    python bench/engine.py [--ref main] [-n 5] [--jobs 50] [--stored 200]

- headless start-up: `mco-mcp run` spawned → the first stand-in CLI's first instruction (with --stored jobs
  in the state directory);
- document writes per 5-provider review (JobStore.write/write_draft/create, counted in the process);
- the storm: --jobs `run` jobs x 5 providers started at once through MCP: CLI starts per second (first to
  last start), and `status` listing latency (p50, p99) with --stored jobs on disk while they run.

Each side runs from its own source tree (the ref is exported with `git archive`), with the same stand-in
CLIs and the same machine, interleaved. The stand-in CLI (--stand-in) is by default a small sh script,
so that the storm's rates measure spawning rather than the stand-ins' own start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rawrpc import RawServer  # noqa: E402
from standins import export, write_manifest  # noqa: E402

PROVIDERS = [f"p{i}" for i in range(1, 6)]

COUNT_WRITES = """
import importlib.machinery, subprocess, sys, time
# Nothing of mco-mcp or anyio is imported here before main(): a tree that starts its CLIs before loading
# them (the headless early start) is measured as it runs. Both hooks act from the inside instead.
_execute_child, _cpu = subprocess.Popen._execute_child, []
def _noted(self, *args, **kwargs):  # the CPU this process used before its first spawn: a load-proof cost
    if not _cpu:  # every spawn goes through here: subprocess.Popen, and anyio.open_process via asyncio
        _cpu.append(time.process_time())
    return _execute_child(self, *args, **kwargs)
subprocess.Popen._execute_child = _noted
counts = {"n": 0}
class _CountWrites:  # wraps JobStore's writers when mco_mcp.jobs.store is imported, whenever that is
    def find_spec(self, name, path=None, target=None):
        if name != "mco_mcp.jobs.store":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            for method in ("write", "write_draft", "create"):
                original = getattr(module.JobStore, method, None)
                if original is None:
                    continue
                def counted(self, *args, _original=original, **kwargs):
                    counts["n"] += 1
                    return _original(self, *args, **kwargs)
                setattr(module.JobStore, method, counted)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _CountWrites())
from mco_mcp.cli import main
code = main(sys.argv[1:])
print(f"WRITES {counts['n']} CPU {_cpu[0] if _cpu else -1}", file=sys.stderr)
sys.exit(code)
"""


# The default stand-in CLI: dash notes the time it was exec'd (`date`), reads its prompt, stays alive
# BENCH_DELAY seconds (the storm needs all of them running at once) and prints claude's stream-json result.
# Its own cost is a few small execs, so a storm of them measures the spawner, not 250 interpreters starting
# on 2 cores. `--stand-in python` keeps the heavier one (bench/streamer.py: output volume, a real parser's load).
SH_STAND_IN = """#!/bin/sh
date +%s.%N >> "$BENCH_STARTS"
cat > /dev/null
[ "${BENCH_DELAY:-0}" = 0 ] || sleep "$BENCH_DELAY"
printf '%s\\n' '{"type":"system","subtype":"init","session_id":"bench-session"}'
printf '%s\\n' '{"type":"result","subtype":"success","is_error":false,"result":"bench answer","session_id":"bench-session","usage":{"input_tokens":1,"output_tokens":1}}'
"""


def setup(workdir: Path, stand_in: str = "sh") -> dict[str, str]:
    bin_dir, manifests = workdir / "bin", workdir / "manifests"
    bin_dir.mkdir()
    manifests.mkdir()
    for name in PROVIDERS:
        exe = bin_dir / f"bench-{name}"
        if stand_in == "sh":
            exe.write_text(SH_STAND_IN)
        else:
            # A shell notes the time it was exec'd, then becomes the Python stand-in.
            exe.write_text(
                '#!/bin/sh\ndate +%s.%N >> "$BENCH_STARTS"\n'
                f'exec {sys.executable} -IS {str(HERE / "streamer.py")!r}\n'
            )
        exe.chmod(0o755)
        write_manifest(manifests, name)
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(workdir),
        "MCO_MCP_MANIFEST_DIR": str(manifests),
        "MCO_MCP_MAX_PROCESSES": "300",
        "MCO_MCP_MAX_JOBS": "300",
        "MCO_MCP_PROGRESS_INTERVAL": "5",
        "MCO_MCP_KEEP_JOBS": "100000",  # no pruning during a measurement: both sides read the same stored jobs
    }


def side_env(base: dict[str, str], tree: Path, state: Path, starts: Path) -> dict[str, str]:
    return {**base, "PYTHONPATH": str(tree), "MCO_MCP_STATE_DIR": str(state), "BENCH_STARTS": str(starts)}


FLOOR = """
import os, subprocess, sys, time
import anyio, pydantic  # what any Python engine of ours imports before it can start a CLI
proc = subprocess.Popen(["bench-p1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
proc.communicate(b"prompt")
"""


# What an engine built on anyio and pydantic cannot skip before its first CLI starts: `import pydantic` alone
# is lazy (FLOOR above pays ~17 ms of pydantic's ~65 ms); a model class built and validated pays the rest
# (pydantic's schema machinery, its plugin scan over every installed distribution), and anyio.run with
# anyio.open_process pays asyncio (ssl included) and anyio's backend.
ENGINE_FLOOR = """
import sys, time
import anyio
from pydantic import BaseModel, Field

class Given(BaseModel):
    prompt: str
    timeout_seconds: float = Field(1800, gt=0, le=86400)

async def main():
    given = Given.model_validate({"prompt": "prompt"})
    sys.stderr.write(f"CPU {time.process_time()}\\n")
    process = await anyio.open_process(["bench-p1"])
    async with process:
        await process.stdin.send(given.prompt.encode())
        await process.stdin.aclose()
        await process.wait()

anyio.run(main)
"""


# What the headless early start (mco_mcp/jobs/prestart.py) cannot skip: a pydantic model built and validated
# (the input), then subprocess.Popen; no asyncio. Its plugin scan answered as the CLI answers it.
EARLY_FLOOR = """
import subprocess, sys, time
from mco_mcp.plugin_scan import answer_empty_scan
answer_empty_scan()
from pydantic import BaseModel, Field

class Given(BaseModel):
    prompt: str
    timeout_seconds: float = Field(1800, gt=0, le=86400)

given = Given.model_validate({"prompt": "prompt"})
sys.stderr.write(f"CPU {time.process_time()}\\n")
proc = subprocess.Popen(["bench-p1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
proc.communicate(given.prompt.encode())
"""


def floor(env: dict[str, str], starts: Path, code: str = FLOOR) -> float:
    """The floor of a headless start: `code` (FLOOR, ENGINE_FLOOR) spawning one CLI."""
    return floor_and_cpu(env, starts, code)[0]


def floor_and_cpu(env: dict[str, str], starts: Path, code: str) -> tuple[float, float]:
    """(seconds from spawn to the CLI's start, CPU seconds used before spawning it, if `code` says so)."""
    starts.unlink(missing_ok=True)
    begin = time.time()
    done = subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd="/", capture_output=True)
    said = done.stderr.decode().split("CPU ", 1)
    return min(float(line) for line in starts.read_text().split()) - begin, float(said[1].split()[0]) if len(said) > 1 else -1.0


def direct_storm(env: dict[str, str], starts: Path, count: int) -> float:
    """The floor of the storm: the same number of stand-ins started directly from one process, at once."""
    starts.unlink(missing_ok=True)
    procs = [subprocess.Popen([f"bench-{PROVIDERS[i % 5]}"], env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
             for i in range(count)]
    for proc in procs:  # every prompt first, then the waits: each stand-in starts its delay on EOF
        assert proc.stdin is not None
        proc.stdin.write(b"prompt")
        proc.stdin.close()
    for proc in procs:
        proc.wait()
    times = sorted(float(line) for line in starts.read_text().split())
    return (len(times) - 1) / (times[-1] - times[0])


def store_jobs(state: Path, template: Path, count: int) -> None:
    """`count` finished jobs, copies of one real job document under other ids (older than any new job)."""
    jobs = state / "jobs"
    jobs.mkdir(parents=True, exist_ok=True)
    document = json.loads((template / "job.json").read_text())
    for index in range(count):
        job_id = f"20200101-000000-{index:06x}"
        target = jobs / job_id
        target.mkdir(mode=0o700)
        document["job"]["job_id"] = job_id
        (target / "job.json").write_text(json.dumps(document))
        (target / "job.json").chmod(0o600)
        for other in template.iterdir():  # the prompt and logs too: a stored job as a server leaves it
            if other.name != "job.json" and other.is_file():
                shutil.copy2(other, target / other.name)


def headless(env: dict[str, str], starts: Path, kind: str = "run") -> tuple[float, int, float]:
    """(seconds from spawn to the first CLI start, document writes, CPU seconds the process used before its
    first spawn) for one headless job of 5 providers."""
    starts.unlink(missing_ok=True)
    begin = time.time()
    done = subprocess.run(
        [sys.executable, "-c", COUNT_WRITES, kind, "--repo", str(ROOT), "--providers", *PROVIDERS],
        env=env, input=b"prompt", capture_output=True, cwd="/",
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode()[-2000:])
    first = min(float(line) for line in starts.read_text().split())
    counted = done.stderr.decode().rsplit("WRITES ", 1)[1].split()
    return first - begin, int(counted[0]), float(counted[2])


def cpu_seconds(pid: int) -> float:
    """A process's CPU time so far (user + system, all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


STORM_DELAY = 2  # seconds each stand-in stays alive in the storm: all of them run at once for a while


async def storm(env: dict[str, str], starts: Path, jobs: int) -> tuple[float, list[float], float, list[float]]:
    """(CLI starts per second, listing latencies, the server's CPU ms per CLI run, the latencies of the
    listings sent while all CLIs ran) for `jobs` run jobs x 5
    providers started at once. The CPU time is less noisy than the rate on a shared machine; it counts
    everything the server did from the first `run` to the last job's end (the listings polled meanwhile too)."""
    starts.unlink(missing_ok=True)
    env = {**env, "BENCH_DELAY": str(STORM_DELAY)}
    server = await RawServer.start([sys.executable, "-P", "-m", "mco_mcp"], env)  # -P: PYTHONPATH picks the side, not the cwd
    # BENCH_PROFILE=<file>: py-spy samples the server (raw stacks, 200 Hz) to see where a storm's time goes.
    profile = os.environ.get("BENCH_PROFILE")
    spy = subprocess.Popen(["py-spy", "record", "-r", "200", "-f", "raw", "--nonblocking", "--gil", "-o", f"{profile}.{starts.name}.{time.time():.0f}",
                            "--pid", str(server.process.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if profile else None
    latencies: list[float] = []
    sent_at: list[float] = []  # wall clock, to place each listing against the CLIs' start times
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.read_loop)
        await server.initialize()
        await server.call("status", {})  # the first listing reads the stored jobs once: not the steady state
        ids: list[str] = []
        cpu_before = cpu_seconds(server.process.pid)

        async def one() -> None:
            job = await server.call("run", {"prompt": "p", "repo": str(ROOT), "providers": PROVIDERS, "wait_seconds": 0})
            ids.append(job["job_id"])

        async with anyio.create_task_group() as starters:
            for _ in range(jobs):
                starters.start_soon(one)
        pending = list(ids)
        while pending:
            sent_at.append(time.time())
            t = time.perf_counter()
            await server.call("status", {})
            latencies.append(time.perf_counter() - t)
            job = await server.call("status", {"job_id": pending[0]})
            if job["state"] in ("completed", "partial", "failed", "cancelled"):
                assert job["state"] == "completed", job["summary"]
                pending.pop(0)
        cpu = cpu_seconds(server.process.pid) - cpu_before
        await server.close()
        tg.cancel_scope.cancel()
    if spy is not None:
        spy.wait()
    times = sorted(float(line) for line in starts.read_text().split())
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else float("inf")
    # The listings sent while every CLI was running: after the last start, before the first could end.
    steady = [lat for lat, at in zip(latencies, sent_at, strict=True) if times[-1] < at < times[0] + STORM_DELAY]
    return rate, latencies, cpu * 1000 / (jobs * len(PROVIDERS)), steady


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main")
    parser.add_argument("-n", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--stored", type=int, default=200)
    parser.add_argument("--skip-storm", action="store_true")
    parser.add_argument("--storm-only", action="store_true", help="skip the headless measurements")
    parser.add_argument("--storm-rounds", type=int, default=0, help="storm rounds per side (default: n // 2, at least 1)")
    parser.add_argument("--stand-in", choices=["sh", "python"], default="sh",
                        help="the stand-in CLI: a small sh script (default) or bench/streamer.py behind sh")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="mco-bench-engine-"))
    try:
        base = setup(workdir, args.stand_in)
        trees = {"this": ROOT}
        if args.ref != "none":  # --ref none: this tree alone (a quick look, not a comparison)
            trees[args.ref] = export(args.ref, Path(tempfile.mkdtemp(dir=workdir)))
        results: dict[str, dict[str, list[float]]] = {side: {} for side in trees}
        templates: dict[str, Path] = {}
        for side, tree in trees.items():  # one real finished job per side (each reads its own format), to copy
            env = side_env(base, tree, workdir / f"template-{side}", workdir / "starts")
            headless(env, workdir / "starts")
            templates[side] = next((workdir / f"template-{side}" / "jobs").iterdir())
        for round_ in range(0 if args.storm_only else args.n):
            for side, tree in trees.items():  # interleaved: both sides see the same machine
                state = workdir / f"state-{side}-{round_}"
                store_jobs(state, templates[side], args.stored)
                env = side_env(base, tree, state, workdir / f"starts-{side}")
                first, _, cpu = headless(env, workdir / f"starts-{side}")
                _, writes, _ = headless(env, workdir / f"starts-{side}", "review")
                results[side].setdefault("first CLI start after spawn (ms)", []).append(first * 1000)
                results[side].setdefault("  CPU used before that spawn (ms)", []).append(cpu * 1000)
                results[side].setdefault("document writes per 5-provider review", []).append(writes)
                results[side].setdefault("  floor: python+anyio+pydantic, spawn (ms)", []).append(floor(env, workdir / f"starts-{side}") * 1000)
                wall, cpu = floor_and_cpu(env, workdir / f"starts-{side}", ENGINE_FLOOR)
                results[side].setdefault("  floor: anyio.run, a pydantic model, open_process (ms)", []).append(wall * 1000)
                results[side].setdefault("    CPU used before that spawn (ms)", []).append(cpu * 1000)
                if side == "this":  # the floor's code is this tree's (plugin_scan)
                    wall, cpu = floor_and_cpu(env, workdir / f"starts-{side}", EARLY_FLOOR)
                    results[side].setdefault("  floor: a pydantic model validated, subprocess.Popen (ms)", []).append(wall * 1000)
                    results[side].setdefault("    its CPU before that spawn (ms)", []).append(cpu * 1000)
        if not args.skip_storm:
            loads = []
            for round_ in range(args.storm_rounds or max(1, args.n // 2)):
                for side, tree in trees.items():
                    state = workdir / f"storm-{side}-{round_}"
                    store_jobs(state, templates[side], args.stored)
                    env = side_env(base, tree, state, workdir / f"starts-{side}")
                    loads.append(os.getloadavg()[0])
                    rate, latencies, cpu, steady = anyio.run(storm, env, workdir / f"starts-{side}", args.jobs)
                    results[side].setdefault(f"storm {args.jobs}x5: CLI starts per second", []).append(rate)
                    results[side].setdefault("  floor: started directly, per second", []).append(
                        direct_storm({**env, "BENCH_DELAY": str(STORM_DELAY)}, workdir / f"starts-{side}", args.jobs * 5))
                    results[side].setdefault("storm: server CPU per CLI run (ms)", []).append(cpu)
                    results[side].setdefault("storm: status listing p50 (ms)", []).append(statistics.median(latencies) * 1000)
                    results[side].setdefault("storm: status listing p99 (ms)", []).append(p99(latencies) * 1000)
                    if steady:
                        results[side].setdefault("  p99 while all CLIs run (ms)", []).append(p99(steady) * 1000)
        print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end"
              + (f" ({min(loads):.1f}-{max(loads):.1f} before each storm)" if not args.skip_storm else "")
              + f", {args.stored} stored jobs, stand-in {args.stand_in}; medians (min-max) of n runs")
        sides = list(trees)
        print(f"{'':48} " + "  ".join(f"{side:>26}" for side in sides))
        for metric in results[sides[0]]:
            cells = []
            for side in sides:
                values = results[side].get(metric)
                if not values:  # measured on one side only
                    cells.append("-")
                    continue
                cells.append(f"{statistics.median(values):9.1f} ({min(values):.1f}-{max(values):.1f}) n={len(values)}")
            print(f"{metric:48} " + "  ".join(f"{cell:>26}" for cell in cells))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

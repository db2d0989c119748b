"""`status(job_id)` latency on a quiet server, this tree against a git ref: one 5-provider `run` job kept
running (stand-ins of 4 s), then `status` of it called back to back; interleaved servers.

    python bench/status_latency.py --ref 99db512 --rounds 4

What the storm's p99 (bench/run.py) cannot separate from the machine's bursts: the cost of one call.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import run as bench_run  # noqa: E402
from standins import export  # noqa: E402


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


async def main(ref: str, rounds: int, calls: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="mco-status-latency-"))
    env = bench_run.setup(work)
    trees = {"this": bench_run.ROOT, ref: export(ref, Path(tempfile.mkdtemp(dir=work)))}
    argv = [sys.executable, "-P", "-m", "mco_mcp"]
    latencies: dict[str, list[float]] = {side: [] for side in trees}
    for round_ in range(rounds):
        for side in list(trees) if round_ % 2 == 0 else list(reversed(trees)):
            state = Path(tempfile.mkdtemp(dir=work))
            side_env = {**env, "PYTHONPATH": str(trees[side]), "MCO_MCP_STATE_DIR": str(state), "BENCH_DELAY": "4"}

            async def body(server: Any) -> list[float]:
                job = await server.call("run", {"prompt": "p", "repo": str(bench_run.ROOT),
                                                "providers": bench_run.PROVIDERS, "wait_seconds": 0})  # fmt: skip
                await anyio.sleep(0.5)  # its CLIs running
                seen = []
                for _ in range(calls):
                    start = anyio.current_time()
                    await server.call("status", {"job_id": job["job_id"]})
                    seen.append(anyio.current_time() - start)
                return seen

            latencies[side] += await bench_run.with_server(side_env, body, argv)
    for side, values in latencies.items():
        print(f"{side:>10}: n={len(values)}  p50 {_quantile(values, 0.5) * 1000:.2f}  p90 {_quantile(values, 0.9) * 1000:.2f}"
              f"  p99 {_quantile(values, 0.99) * 1000:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", required=True)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    anyio.run(main, args.ref, args.rounds, args.calls)

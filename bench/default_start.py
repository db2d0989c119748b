"""A headless job without --providers: how long until its first CLI starts, with the real CLIs installed.

    python bench/default_start.py [-n 5]

Such a job first chooses its providers: every installed CLI whose readiness probe (its version and status
commands: Node or Bun start-ups) does not say "not ready", waiting at most MCO_MCP_PROBE_WAIT_SECONDS. The
run measured here is cut at the job's first CLI start (the early start's `start_early`, or the engine's
`execute`, is stopped there, so no model is ever called), then left 6 s for probes still running to end,
as they would while a real job runs. Each round
starts with an empty state directory ("cold": nothing probed before) and runs n more jobs on it ("warm":
the verdicts remembered by adapters/probe_memo.py), and the same with --providers naming the CLIs (never
probed) as the reference. Uses the pinned real CLIs (scripts/install_clis.py) with dummy API keys.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CUT = """
import importlib.machinery, os, sys, time
started = time.perf_counter()

def cut(*args, _way="early", **kwargs):  # the first CLI would start here: noted, never started (no model called)
    sys.stderr.write(f"FIRST {(time.perf_counter() - started) * 1000:.1f} {_way}\\n")
    sys.stderr.flush()
    time.sleep(6)  # probes still running end meanwhile, as they would while a real job runs
    os._exit(0)

async def cut_async(*args, **kwargs):
    cut(_way="engine")

# Where a CLI starts: the headless early start (jobs/prestart.py), or the engine's runner, patched when the
# manager is imported (importing it here would load the engine before the early start).

class _CutEngine:
    def find_spec(self, name, path=None, target=None):
        if name != "mco_mcp.jobs.manager":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.execute = cut_async
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _CutEngine())
import mco_mcp.jobs.prestart  # binds start_early: patched above
mco_mcp.jobs.prestart.start_early = cut
from mco_mcp.cli import main
main(sys.argv[1:])
"""


WAYS: list[str] = []  # which path each measured job took: "early" (jobs/prestart.py) or "engine"


def first_start(env: dict[str, str], *args: str) -> float:
    done = subprocess.run([sys.executable, "-c", CUT, "run", "--repo", str(ROOT), *args], env=env, input=b"p",
                          capture_output=True, timeout=120)  # fmt: skip
    said = done.stderr.decode()
    if "FIRST " not in said:
        raise RuntimeError(said[-2000:])
    first, way = said.split("FIRST ", 1)[1].split()[:2]
    WAYS.append(way)
    return float(first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=5)
    args = parser.parse_args()
    path = subprocess.run([sys.executable, str(ROOT / "scripts" / "install_clis.py"), "--print-path"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    base = {**os.environ, "PATH": f"{path}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
            "ANTHROPIC_API_KEY": "dummy", "OPENAI_API_KEY": "dummy", "GEMINI_API_KEY": "dummy"}  # fmt: skip
    cold, warm, named = [], [], []
    for _ in range(args.n):
        with tempfile.TemporaryDirectory() as state:
            env = {**base, "MCO_MCP_STATE_DIR": state}
            cold.append(first_start(env))
            warm.append(first_start(env))
            named.append(first_start(env, "--providers", "claude,gemini,opencode,qwen"))
    ways = {name: WAYS[index::3] for index, name in enumerate(("cold", "warm", "named"))}
    print(f"load {os.getloadavg()[0]:.1f}; ms from process start to the job's first CLI start, median (min-max) of {args.n}")
    rows = (("default providers, nothing remembered", "cold", cold), ("default providers, verdicts remembered", "warm", warm),
            ("--providers named (never probed)", "named", named))  # fmt: skip
    for name, key, values in rows:
        taken = ways[key]
        print(f"{name:42} {statistics.median(values):8.0f} ({min(values):.0f}-{max(values):.0f})   "
              f"started by: {', '.join(f'{w} x{taken.count(w)}' for w in sorted(set(taken)))}")


if __name__ == "__main__":
    main()

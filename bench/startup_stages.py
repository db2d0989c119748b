"""Where a headless start's CPU goes before the first CLI starts: each stage timed in a fresh interpreter.

    python bench/startup_stages.py [-n 15]

The stages are imported (or run) one after the other in one process, in the order the headless path needs
them, and each one's time is what it adds to the ones before it: the libraries first (what any engine on
anyio and pydantic pays: bench/engine.py's second floor), then mco-mcp's own modules. Prints the minimum
(the cost, with the machine's noise least in it) and the median of n fresh processes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STAGES = [
    ("anyio", "import anyio"),
    ("pydantic: BaseModel and what our models import", "from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator"),
    ("pydantic: its plugin scan (every installed distribution)", "import pydantic.plugin._loader as l; list(l.get_plugins())"),
    ("asyncio (ssl too) and anyio's backend, for anyio.run", "import asyncio, anyio.abc, anyio._backends._asyncio"),
    ("the standard library the CLI uses", "import argparse, logging, hashlib, secrets, json, tomllib, shlex"),
    ("mco_mcp: scope and attempt models", "import mco_mcp.scope.model, mco_mcp.attempts.model"),
    ("mco_mcp.models (the job document)", "import mco_mcp.models"),
    ("mco_mcp.inputs (the tools' input models)", "import mco_mcp.inputs"),
    ("mco_mcp.cli.args", "import mco_mcp.cli.args"),
    ("mco_mcp.settings", "import mco_mcp.settings"),
    ("mco_mcp.adapters (parsers, manifests)", "import mco_mcp.adapters.manifest"),
    ("mco_mcp.execute (the runner)", "import mco_mcp.execute"),
    ("mco_mcp.jobs (store, request, live, manager)", "import mco_mcp.jobs.manager"),
    ("mco_mcp.cli.jobs, progress, gate", "import mco_mcp.cli.jobs, mco_mcp.cli.progress, mco_mcp.gate"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=15)
    args = parser.parse_args()
    code = "import time\nstamps = [time.process_time()]\n" + "".join(
        f"{statement}\nstamps.append(time.process_time())\n" for _, statement in STAGES
    ) + "print(' '.join(repr(s) for s in stamps))\n"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    rows = []
    for _ in range(args.n + 1):  # the first one may write bytecode: not counted
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd="/", capture_output=True, text=True, check=True)
        stamps = [float(x) for x in out.stdout.split()]
        rows.append([(b - a) * 1000 for a, b in zip(stamps, stamps[1:], strict=False)] + [stamps[0] * 1000])
    rows = rows[1:]
    print(f"load {os.getloadavg()[0]:.1f}; CPU ms each stage adds, min / median of {args.n} fresh processes")
    print(f"{'interpreter start-up (site, before the first stage)':60} {min(r[-1] for r in rows):6.1f} {statistics.median(r[-1] for r in rows):6.1f}")
    ours = [0.0] * len(rows)
    for index, (name, _) in enumerate(STAGES):
        column = [r[index] for r in rows]
        if name.startswith("mco_mcp"):
            ours = [total + value for total, value in zip(ours, column, strict=True)]
        print(f"{name:60} {min(column):6.1f} {statistics.median(column):6.1f}")
    print(f"{'mco_mcp modules together':60} {min(ours):6.1f} {statistics.median(ours):6.1f}")


if __name__ == "__main__":
    main()

"""Where a headless start's CPU goes: each stage timed in a fresh interpreter, before and after the first CLI.

    python bench/startup_stages.py [-n 15]

The stages are imported (or run) one after the other in one process, in the order `mco-mcp review`/`run`
needs them, and each one's time is what it adds to the ones before it. The first group is what the early
start (mco_mcp/jobs/prestart.py) does before its first CLI starts: validate the input with the tools'
input models, read the settings and manifests, build the request. The second is what the engine loads
afterwards, while the CLIs run (anyio, asyncio, the job document's models, the runner, the manager).
Prints the minimum (the cost, with the machine's noise least in it) and the median of n fresh processes.
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

BEFORE, AFTER = "before the first CLI starts", "after it (while the CLIs run)"
STAGES = [
    (BEFORE, "the standard library the CLI uses (logging, subprocess, argparse, ...)",
     "import logging, subprocess, argparse, json, tomllib, shlex, shutil"),
    (BEFORE, "pydantic's plugin scan, answered (mco_mcp.plugin_scan)",
     "from mco_mcp.plugin_scan import answer_empty_scan; answer_empty_scan()"),
    (BEFORE, "pydantic: BaseModel and what our models import", "from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator"),
    (BEFORE, "mco_mcp.scope.model (pydantic's first model built)", "import mco_mcp.scope.model"),
    (BEFORE, "mco_mcp.inputs (the tools' input models), cli.args", "import mco_mcp.inputs, mco_mcp.cli.args"),
    (BEFORE, "mco_mcp.settings, adapters.manifest", "import mco_mcp.settings, mco_mcp.adapters.manifest"),
    (BEFORE, "mco_mcp.jobs.request, cli.start, gate", "import mco_mcp.jobs.request, mco_mcp.cli.start, mco_mcp.gate"),
    (BEFORE, "mco_mcp.jobs.prestart (execute.early, command, watchdog client)", "import mco_mcp.jobs.prestart"),
    (BEFORE, "settings, manifests read; the parser built, argv parsed",
     "from mco_mcp.settings import Settings; from mco_mcp.adapters.manifest import load_registry; "
     "from mco_mcp.cli.args import build_parser, normalize_argv; s = Settings.from_env(); "
     "r = load_registry(s.manifest_dir); a = build_parser('').parse_args(normalize_argv(['run', '-p', 'claude', 'x'], set(r.manifests)))"),
    (BEFORE, "the input validated", "from mco_mcp.cli.start import validated_input; from mco_mcp.settings import UserDefaults; "
     "validated_input(a, r, UserDefaults())"),
    (AFTER, "anyio", "import anyio"),
    (AFTER, "asyncio (ssl included) and anyio's backend, for anyio.run", "import asyncio, anyio.abc, anyio._backends._asyncio"),
    (AFTER, "mco_mcp: attempt models, mco_mcp.models (the job document)", "import mco_mcp.attempts.model, mco_mcp.models"),
    (AFTER, "mco_mcp.execute (the runner, parsers)", "import mco_mcp.execute.runner"),
    (AFTER, "mco_mcp.jobs (store, live, manager)", "import mco_mcp.jobs.manager"),
    (AFTER, "mco_mcp.cli.jobs, progress", "import mco_mcp.cli.jobs, mco_mcp.cli.progress"),
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=15)
    args = parser.parse_args()
    code = "import time\nstamps = [time.process_time()]\n" + "".join(
        f"{statement}\nstamps.append(time.process_time())\n" for _, _, statement in STAGES
    ) + "print(' '.join(repr(s) for s in stamps))\n"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    home = Path(tempfile.mkdtemp(prefix="mco-stages-"))  # settings and manifests read from an empty place
    env.update(MCO_MCP_STATE_DIR=str(home / "state"), MCO_MCP_MANIFEST_DIR=str(home / "manifests"))
    rows = []
    for _ in range(args.n + 1):  # the first one may write bytecode: not counted
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd="/", capture_output=True, text=True, check=True)
        stamps = [float(x) for x in out.stdout.split()]
        rows.append([(b - a) * 1000 for a, b in zip(stamps, stamps[1:], strict=False)] + [stamps[0] * 1000])
    rows = rows[1:]
    print(f"load {os.getloadavg()[0]:.1f}; CPU ms each stage adds, min / median of {args.n} fresh processes")
    print(f"{'interpreter start-up (site, before the first stage)':66} {min(r[-1] for r in rows):6.1f} {statistics.median(r[-1] for r in rows):6.1f}")
    before = [r[-1] for r in rows]
    for phase in (BEFORE, AFTER):
        total = [0.0] * len(rows)
        print(f"-- {phase}")
        for index, (when, name, _) in enumerate(STAGES):
            if when != phase:
                continue
            column = [r[index] for r in rows]
            total = [t + v for t, v in zip(total, column, strict=True)]
            print(f"{name:66} {min(column):6.1f} {statistics.median(column):6.1f}")
        if phase == BEFORE:
            total = [t + b for t, b in zip(total, before, strict=True)]
            print(f"{'together, interpreter start-up included':66} {min(total):6.1f} {statistics.median(total):6.1f}")
        else:
            print(f"{'together':66} {min(total):6.1f} {statistics.median(total):6.1f}")


if __name__ == "__main__":
    main()

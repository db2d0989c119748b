"""CPU time to extract findings from 5 MB hostile answers (issue 10, defect 2), median of several runs.

    python bench/hostile_extract.py                      # this checkout
    python bench/hostile_extract.py --source /old/tree   # another checkout, e.g. `git archive <commit>`
    python bench/hostile_extract.py --size 1000000 --repeat 5 --timeout 60

Each shape runs in its own process (CPU time of `extract_findings` only, via time.process_time), so one
that never ends is stopped at --timeout and reported as such. The shapes are the ways a lenient reader
of model output can be made to blow up; an answer is attacker-controlled once the reviewed code holds a
prompt injection.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def repeat(unit: str, size: int, head: str = "", tail: str = "", sep: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // (len(unit) + len(sep)))
    return head + sep.join([unit] * count) + tail


def shapes(size: int) -> dict[str, str]:
    finding = json.dumps({"title": "t", "severity": "high", "file": "a.py", "line": 1})
    return {
        "100000 brackets": "```json\n" + "[" * 100_000 + "\n```\n",
        "unclosed comments": repeat("/* x", size, "```json\n{", "\n```\n"),
        "too many findings": repeat(finding, size, "```json\n[", "]\n```\n", ","),
        "unbalanced lines": repeat('["a", [\n', size),
        "broken blocks": repeat('```json\n{"a": x}\n```\n', size),
        "deep lines": repeat("[" * 500 + "\n", size),
        "dense brackets": repeat("[]", size, "```json\n[", "\n```\n"),
    }


def one(source: Path, shape: str, size: int, times: int) -> None:
    sys.path.insert(0, str(source))
    from mco_mcp.findings import extract_findings  # noqa: PLC0415 - from the checkout under test

    text = shapes(size)[shape]
    samples = []
    outcome = ""
    for _ in range(times):
        start = time.process_time()
        try:
            found, dropped = extract_findings(text, HERE, "bench")
            outcome = f"{len(found)} found, {len(dropped)} dropped"
        except BaseException as exc:  # noqa: BLE001 - the old code raised; that is the measurement
            outcome = f"raised {type(exc).__name__}"
        samples.append(time.process_time() - start)
    print(json.dumps({"median": statistics.median(samples), "outcome": outcome}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=HERE.parent)
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.source.resolve(), args.one, args.size, args.repeat)
        return
    print(f"source {args.source.resolve()}, answers of {args.size:,} characters, median of {args.repeat} runs (CPU s)")
    for shape in shapes(1000):
        command = [sys.executable, __file__, "--one", shape, "--source", str(args.source), "--size", str(args.size),
                   "--repeat", str(args.repeat)]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout, check=False)
        except subprocess.TimeoutExpired:
            print(f"  {shape:20} > {args.timeout:.0f} s (stopped)")
            continue
        if done.returncode != 0:
            print(f"  {shape:20} process failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        result = json.loads(done.stdout)
        print(f"  {shape:20} {result['median']:8.3f} s   {result['outcome']}")


if __name__ == "__main__":
    main()

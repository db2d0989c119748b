"""Spawn → first answer, as a host sees it: how long until the server answers its opening request.

Claude Code 2.1.332 opens with `server/discover` (2026-07-28) and gives a server about 3 s before it falls back
to `initialize`; Codex opens with `initialize` 2025-06-18. Each sample spawns a fresh server, writes the
opening request at once (as a host does, before the server is ready) and times the answer. A bare
MCPServer with one tool is measured the same way, as the floor the SDK import sets.

    python bench/startup.py [-n 15] [--which mco,bare] [--opening discover,initialize]

Prints the median, min and max per (server, opening) in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
from mcp.server.mcpserver import MCPServer
srv = MCPServer("bare")
@srv.tool()
def ping() -> str:
    return "pong"
srv.run()
"""

CLIENT_INFO = {"name": "claude-code", "title": "Claude Code", "version": "2.1.332"}
CAPABILITIES = {"roots": {}, "elicitation": {"form": {}, "url": {}}, "extensions": {"io.modelcontextprotocol/tasks": {}}}

OPENINGS = {
    "discover": {
        "method": "server/discover",
        "params": {
            "_meta": {
                "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                "io.modelcontextprotocol/clientInfo": CLIENT_INFO,
                "io.modelcontextprotocol/clientCapabilities": CAPABILITIES,
            }
        },
    },
    "initialize": {
        "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {"roots": {}}, "clientInfo": CLIENT_INFO},
    },
    "initialize-codex": {
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {"elicitation": {"form": {}, "url": {}}},
            "clientInfo": {"name": "codex-mcp-client", "title": "Codex", "version": "0.171.0"},
        },
    },
}


def argv_for(which: str) -> list[str]:
    if which == "mco":
        return [sys.executable, "-m", "mco_mcp"]
    if which == "bare":
        return [sys.executable, "-c", BARE]
    raise ValueError(which)


def one_sample(argv: list[str], opening: str, env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from spawn to the answer of the opening request (an error answer counts as a failure)."""
    request = {"jsonrpc": "2.0", "id": 1, **OPENINGS[opening]}
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps(request).encode() + b"\n")
        process.stdin.flush()
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        buffer = b""
        while b"\n" not in buffer:
            remaining = timeout - (time.perf_counter() - started)
            if remaining <= 0 or not selector.select(remaining):
                raise TimeoutError(f"{argv} gave no answer to {opening} in {timeout}s")
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError(f"{argv} closed stdout before answering {opening}")
            buffer += chunk
        elapsed = time.perf_counter() - started
        answer = json.loads(buffer.split(b"\n", 1)[0])
        if "result" not in answer:
            raise RuntimeError(f"{opening} was refused: {answer}")
        return elapsed
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=15)
    parser.add_argument("--which", default="mco,bare")
    parser.add_argument("--opening", default="discover,initialize,initialize-codex")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as state:
        env = {**os.environ, "MCO_MCP_STATE_DIR": state, "MCO_MCP_MANIFEST_DIR": os.path.join(state, "manifests")}
        print(f"{'server':6} {'opening':17} {'median':>8} {'min':>8} {'max':>8}   (ms, n={args.n}, load {os.getloadavg()[0]:.1f})")
        for which in args.which.split(","):
            for opening in args.opening.split(","):
                samples = sorted(one_sample(argv_for(which), opening, env) * 1000 for _ in range(args.n))
                print(f"{which:6} {opening:17} {statistics.median(samples):8.0f} {samples[0]:8.0f} {samples[-1]:8.0f}")


if __name__ == "__main__":
    main()

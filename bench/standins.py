"""What the benchmarks share besides the host (rawrpc.py): another git ref's source tree to run a server
from, and the manifest of a stand-in CLI (declared as a person adds a CLI)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export(ref: str, into: Path) -> Path:
    """The source tree of a git ref (its mco_mcp package), to run a server from."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "mco_mcp"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def write_manifest(manifests: Path, name: str) -> None:
    """A user manifest for the stand-in `bench-<name>`: claude's stream-json, never a default provider."""
    (manifests / f"{name}.toml").write_text(
        f'binary = "bench-{name}"\nparser = "claude-stream-json"\nargs = []\ndefault = false\n'
        '[access.read-only]\nargs = []\n[probes]\nversion = []\n'
    )

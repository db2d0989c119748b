"""Readiness verdicts remembered across processes, so that a job started headless does not probe every CLI again.

Each `mco-mcp review` / `run` without `--providers` is a new process with an empty probe cache: before the
first CLI of the job could start, it ran every installed CLI's version and status commands (each a Node or
Bun start-up: 2.3-2.9 s with the five real CLIs on a loaded 2-core machine, cut at
MCO_MCP_PROBE_WAIT_SECONDS). Each fresh verdict is remembered here, in the state directory, for
MCO_MCP_PROBE_TTL_SECONDS, and a job's default set is then chosen from the remembered verdicts without
waiting for a probe:

- a verdict holds only for the same binary file (its real path, inode, size and mtime), the same probe
  commands and the same environment (a hash of it; only the variables a shell changes on every `cd` are
  left out): an upgrade, an edited manifest or another API key is probed again, and waited for;
- a CLI remembered ready (or "unknown", which counts as ready) is taken without a probe. A stale "ready" at
  worst starts a CLI that then fails, visibly, in the job, as a CLI named with `--providers` (never
  probed) can;
- a CLI remembered not ready is left out without waiting, and probed again meanwhile: a fix (a login)
  shows from the next job on, or at once after `mco-mcp doctor` or `providers`, which always probe (and
  record what they found).

The file holds hashes, verdicts and times, nothing of the environment itself, and is a memo: when it cannot
be read or written, the CLIs are probed as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

from mco_mcp.adapters.manifest import Manifest
from mco_mcp.safefiles import read_regular_file, write_private

MEMO_FILE = "probes.json"
_LIMIT = 64 * 1024
# A shell sets these anew on every `cd` or nested shell; they say nothing about a CLI's readiness.
_VOLATILE = frozenset({"PWD", "OLDPWD", "SHLVL", "_"})


def probe_key(manifest: Manifest, binary: str, env: Mapping[str, str]) -> str | None:
    """What a remembered verdict holds for: the binary file, the probe commands, the environment."""
    try:
        real = os.path.realpath(binary)
        info = os.stat(real)
    except OSError:
        return None
    probes = manifest.probes
    identity = [
        real, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns,
        manifest.binary, probes.version, probes.ready, probes.configured_check,
        sorted((name, value) for name, value in env.items() if name not in _VOLATILE),
    ]  # fmt: skip
    return hashlib.sha256(json.dumps(identity).encode("utf-8", errors="surrogateescape")).hexdigest()


class ProbeMemo:
    def __init__(self, state_dir: Path, ttl_seconds: float) -> None:
        self.path = state_dir / MEMO_FILE
        self._ttl = ttl_seconds

    def _entries(self) -> dict[str, object]:
        try:
            entries = json.loads(read_regular_file(self.path, _LIMIT))
        except (OSError, ValueError, RecursionError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def verdicts(self, keys: Mapping[str, str | None]) -> dict[str, bool]:
        """{name: ready} for the names in `keys` (name -> probe_key) with a verdict of the TTL, for the same key."""
        now, found = time.time(), {}
        for name, entry in self._entries().items():
            if name not in keys or keys[name] is None or not isinstance(entry, dict):
                continue
            at, ready = entry.get("at"), entry.get("ready")
            fresh = isinstance(at, (int, float)) and 0 <= now - at <= self._ttl
            if entry.get("key") == keys[name] and fresh and isinstance(ready, bool):
                found[name] = ready
        return found

    def record(self, name: str, key: str | None, ready: bool) -> None:
        """Remember a fresh verdict (or, without a key, forget the name)."""
        entries = self._entries()
        if key is not None:
            entries[name] = {"key": key, "at": time.time(), "ready": ready}
        elif entries.pop(name, None) is None:
            return
        try:
            write_private(self.path, json.dumps(entries).encode(), sync=False)
        except OSError:
            pass  # a memo: without it the next job probes, as it always did

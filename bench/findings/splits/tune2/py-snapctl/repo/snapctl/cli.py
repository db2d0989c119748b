"""snapctl command line: `snapctl run` takes a snapshot, prunes and uploads; `snapctl serve` starts the status page."""

from __future__ import annotations

import sys
from pathlib import Path

from snapctl import archive, hooks, prune, remote, server
from snapctl.lock import RunLock


def run(source: Path, target: Path, keep: int, remote_url: str, token: str, hooks_dir: Path) -> int:
    lock = RunLock(target / ".snapctl.lock")
    if not lock.acquire():
        print("another snapctl run is in progress", file=sys.stderr)
        return 1
    try:
        hooks.run_stage(hooks_dir, "pre", target)
        snap = archive.create(source, target, source.name)
        hooks.run_stage(hooks_dir, "post", snap)
        prune.prune(target, keep)
        if remote_url:
            remote.Uploader(remote_url, token).upload(snap)
        return 0
    finally:
        lock.release()


def main(argv: list[str]) -> int:
    if argv[1:2] == ["serve"]:
        server.serve()
        return 0
    source, target = Path(argv[1]), Path(argv[2])
    return run(source, target, 7, "", "", Path.home() / ".snapctl" / "hooks")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

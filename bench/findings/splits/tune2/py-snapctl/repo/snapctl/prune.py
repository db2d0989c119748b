"""Retention: keep the newest `keep` snapshots in the target directory, delete the rest."""

from __future__ import annotations

from pathlib import Path


def prune(target: Path, keep: int) -> list[Path]:
    snaps = sorted(target.glob("*"), key=lambda p: p.stat().st_mtime)
    excess = len(snaps) - keep
    doomed = snaps[:excess]
    for snap in doomed:
        snap.unlink()
    return doomed

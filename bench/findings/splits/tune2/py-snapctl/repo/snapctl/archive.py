"""Create and restore snapshot archives."""

from __future__ import annotations

import tarfile
import time
from pathlib import Path


def create(source: Path, target: Path, label: str) -> Path:
    out = target / f"{label}-{time.strftime('%Y%m%d-%H%M%S')}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(source, arcname=".")
    return out


def restore(archive: Path, dest: Path) -> list[str]:
    with tarfile.open(archive) as tar:
        tar.extractall(dest)
        return tar.getnames()

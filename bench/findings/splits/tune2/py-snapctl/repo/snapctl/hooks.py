"""User hooks: executables in hooks_dir named <stage>-*, run before and after each snapshot."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_hook(hook: Path, snapshot: Path) -> None:
    """Run one user hook with the snapshot path as its argument."""
    subprocess.run(f"{hook} {snapshot}", shell=True, check=False)


def run_stage(hooks_dir: Path, stage: str, snapshot: Path) -> None:
    for hook in sorted(hooks_dir.glob(f"{stage}-*")):
        run_hook(hook, snapshot)

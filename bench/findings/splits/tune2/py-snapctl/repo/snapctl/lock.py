"""One snapctl run at a time: a pid file (target/.snapctl.lock)."""

from __future__ import annotations

import os
from pathlib import Path


class RunLock:
    def __init__(self, path: Path) -> None:
        self.path = path

    def acquire(self) -> bool:
        if self.path.exists():
            return False
        self.path.write_text(str(os.getpid()))
        return True

    def release(self) -> None:
        self.path.unlink()

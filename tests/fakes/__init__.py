"""Fake provider CLIs for tests: real executables that impersonate claude, codex, gemini, opencode, qwen."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

FAKES_DIR = Path(__file__).resolve().parent
NAMES = ("claude", "codex", "gemini", "opencode", "qwen")


def install_fake_clis(bin_dir: Path, names: Iterable[str] = NAMES) -> None:
    """Write an executable `bin_dir/<name>` per CLI that runs fake_cli.main as that CLI.

    The shebang names this interpreter directly: no shell and no PATH lookup of python are involved, so
    the fake runs even when the runner under test hands the CLI a minimal PATH.
    """
    bin_dir = Path(bin_dir)
    bin_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name not in NAMES:
            raise ValueError(f"no fake for {name!r}; known: {', '.join(NAMES)}")
        stub = (
            f"#!{sys.executable}\n"
            "import sys\n"
            f"sys.path.insert(0, {str(FAKES_DIR)!r})\n"
            "import fake_cli\n"
            f"sys.exit(fake_cli.main({name!r}))\n"
        )
        path = bin_dir / name
        path.write_text(stub, encoding="utf-8")
        path.chmod(0o755)

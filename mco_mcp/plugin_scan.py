"""pydantic's plugin scan, answered cheaply when no installed distribution declares a plugin.

When pydantic builds its first model it looks for plugins: every installed distribution's `pydantic`
entry points (pydantic/plugin/_loader.py). Importing `importlib.metadata` for that and reading every
distribution's metadata costs ~20 ms of CPU, on the headless CLI's path to its first CLI start.

`answer_empty_scan()` looks where that scan looks (`sys.path`, as importlib.metadata's path finder does)
with plain file reads: each `*.dist-info` / `*.egg-info` directory's `entry_points.txt`. Only when none of
them mentions "pydantic" at all does it give pydantic the answer its own scan would give — no plugins — by
providing the loader module with that answer (`get_plugins()` returns nothing). Anything it cannot read
the same way (another finder that provides distributions, a zip or egg on sys.path, a file it cannot
read), or any mention of "pydantic" in an entry-point file, leaves pydantic to scan for itself: a user's
plugin is never dropped. PYDANTIC_DISABLE_PLUGINS needs no handling: with nothing declared, every value
of it gives no plugins too.

Used by the headless CLI only (mco_mcp/cli/__init__.py), before its first model is built; the MCP server
imports importlib.metadata through its SDK anyway.
"""

from __future__ import annotations

import os
import sys
import types

LOADER = "pydantic.plugin._loader"


def nothing_declared() -> bool:
    """True only when no distribution on sys.path can declare a pydantic plugin (see the module docstring)."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if hasattr(finder, "find_distributions") and finder is not PathFinder:
            return False  # distributions from somewhere we do not read
    for entry in sys.path:
        root = entry or "."
        if not isinstance(entry, str) or root.lower().endswith(".egg"):
            return False
        try:
            children = os.listdir(root)
        except NotADirectoryError:
            return False  # a zip file on sys.path: importlib.metadata reads inside it
        except OSError:
            continue  # missing or unreadable: importlib.metadata finds nothing there either
        for child in children:
            if not child.lower().endswith((".dist-info", ".egg-info")):
                continue
            path = os.path.join(root, child, "entry_points.txt")
            try:
                with open(path, "rb") as handle:
                    if b"pydantic" in handle.read():
                        return False
            except (FileNotFoundError, NotADirectoryError):
                continue  # no entry points (or an egg-info file, which holds none)
            except OSError:
                return False
    return True


def answer_empty_scan() -> bool:
    """Give pydantic its scan's answer (no plugins) when `nothing_declared()`; whether it did."""
    if LOADER in sys.modules or not nothing_declared():
        return False  # scanned already (or to be scanned by pydantic itself)
    loader = types.ModuleType(LOADER, "pydantic's plugin loader, answered: no distribution declares a plugin")
    loader.PYDANTIC_ENTRY_POINT_GROUP = "pydantic"  # type: ignore[attr-defined]
    loader._plugins = {}  # type: ignore[attr-defined]  # what its scan leaves when it finds none
    loader._loading_plugins = False  # type: ignore[attr-defined]
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
    return True

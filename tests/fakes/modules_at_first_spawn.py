"""`python modules_at_first_spawn.py ARGS...`: runs `mco-mcp ARGS...` and prints, on stderr, the modules
that were loaded when it started its first process (a line "MODULES [json list]"), and whether it was a child
subreaper by then (a line "SUBREAPER 0|1": its CLIs' orphans must come to it, for the subtree sweep)."""

import ctypes
import json
import subprocess
import sys

_execute_child = subprocess.Popen._execute_child
_noted: list[str] = []


def _first(self, *args, **kwargs):  # type: ignore[no-untyped-def]
    if not _noted:
        _noted.extend(sorted(sys.modules))
        sys.stderr.write(f"MODULES {json.dumps(_noted)}\n")
        flag = ctypes.c_int(0)
        ctypes.CDLL(None).prctl(37, ctypes.byref(flag), 0, 0, 0)  # PR_GET_CHILD_SUBREAPER
        sys.stderr.write(f"SUBREAPER {flag.value}\n")
    return _execute_child(self, *args, **kwargs)


subprocess.Popen._execute_child = _first  # type: ignore[method-assign]

from mco_mcp.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))

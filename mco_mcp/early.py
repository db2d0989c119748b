"""Answer a host's opening `server/discover` before the MCP SDK is imported.

Claude Code opens with `server/discover` (2026-07-28) and waits about 3 s for it before falling back to
`initialize`; importing the SDK alone takes 0.5 s on an idle 2-core machine and several seconds on a
loaded one. The discover answer is static (our versions, capabilities and instructions), so it is
written from here, in the first tens of milliseconds, while the SDK has not even been imported; the SDK
then serves everything after it. A 2026 connection is decided per request by its `_meta` envelope, so the
SDK still opens the modern era on the host's next request.

Anything else first (`initialize`, a discover this module does not know how to answer) is handed to the
SDK untouched: the bytes already read are served first by the server's stdio transport (stdio_loop.py),
or, where the SDK's own transport serves, replayed ahead of the rest of stdin through a pipe.
`tests/test_protocol_2026.py` checks that this answer is exactly what the SDK itself gives.

Only the standard library is imported here: this module runs before everything else.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from typing import Any

from mco_mcp import __version__

INSTRUCTIONS = """mco-mcp asks the other coding-agent CLIs on this machine (claude, codex, gemini, opencode,
qwen) for their opinion. `review` returns merged, deduplicated findings; `run` returns each agent's answer
and session id. Both return within wait_seconds; a job still running is picked up with `status` and stopped
with `cancel`. `providers` says which CLIs are installed and ready."""

SERVER_NAME = "mco-mcp"
TASKS_EXTENSION = "io.modelcontextprotocol/tasks"
DISCOVER_VERSIONS = ("2026-07-28",)
PROTOCOL_VERSION_KEY = "io.modelcontextprotocol/protocolVersion"
CLIENT_CAPABILITIES_KEY = "io.modelcontextprotocol/clientCapabilities"
SERVER_INFO_KEY = "io.modelcontextprotocol/serverInfo"

# What the SDK derives from the tools, resources and extensions the server registers (pinned by a test).
CAPABILITIES: dict[str, Any] = {
    "extensions": {TASKS_EXTENSION: {}},
    "prompts": {"listChanged": True},
    "resources": {"listChanged": True, "subscribe": True},
    "tools": {"listChanged": True},
}

# A first line longer than this is not a discover request: stop looking and hand everything over.
_MAX_OPENING_BYTES = 256 * 1024


def discover_result() -> dict[str, Any]:
    return {
        "cacheScope": "private",
        "capabilities": json.loads(json.dumps(CAPABILITIES)),
        "instructions": INSTRUCTIONS,
        "resultType": "complete",
        "supportedVersions": list(DISCOVER_VERSIONS),
        "ttlMs": 0,
        "_meta": {SERVER_INFO_KEY: {"name": SERVER_NAME, "version": __version__}},
    }


def answer_for(line: bytes) -> bytes | None:
    """The response line to an opening `server/discover` this module can answer, else None."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0" or message.get("method") != "server/discover":
        return None
    request_id = message.get("id")
    if isinstance(request_id, bool) or not isinstance(request_id, (int, str)):
        return None
    params = message.get("params")
    meta = params.get("_meta") if isinstance(params, dict) else None
    if not isinstance(meta, dict) or meta.get(PROTOCOL_VERSION_KEY) not in DISCOVER_VERSIONS:
        return None  # the SDK answers versions it does not share with the right error
    if not isinstance(meta.get(CLIENT_CAPABILITIES_KEY), dict):
        return None
    response = {"jsonrpc": "2.0", "id": request_id, "result": discover_result()}
    return json.dumps(response, separators=(",", ":")).encode() + b"\n"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_opening(fd: int) -> bytes:
    """Read until the first newline (or EOF, or the size cap); whatever came with it is kept too."""
    buffer = b""
    while b"\n" not in buffer and len(buffer) < _MAX_OPENING_BYTES:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
    return buffer


def relay_stdin(lead: bytes) -> None:
    """Make fd 0 a pipe that yields `lead`, then the rest of the real stdin, then EOF when it ends."""
    source = fcntl.fcntl(0, fcntl.F_DUPFD_CLOEXEC, 3)
    read_end, write_end = os.pipe()  # both close-on-exec: no child can hold the write end open

    def pump() -> None:
        try:
            _write_all(write_end, lead)
            while chunk := os.read(source, 65536):
                _write_all(write_end, chunk)
        except OSError:
            pass  # the server stopped reading: nothing left to relay to
        finally:
            os.close(write_end)
            os.close(source)

    os.dup2(read_end, 0)
    os.close(read_end)
    threading.Thread(target=pump, name="mco-mcp-stdin-relay", daemon=True).start()


def answer_opening() -> bytes:
    """Read the host's first request and answer it here if it is a discover we know.

    Returns the bytes read and not answered (the whole opening when it was not answered, else whatever
    arrived with the discover), which the transport serves before the rest of stdin (`relay_stdin` puts
    them back in front of fd 0 for a transport that reads fd 0).
    """
    buffer = _read_opening(0)
    line, newline, rest = buffer.partition(b"\n")
    answer = answer_for(line) if newline else None
    if answer is None:
        return buffer
    _write_all(1, answer)
    return rest

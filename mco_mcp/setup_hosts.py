"""`mco-mcp setup HOST`: the registration of this server in a host's MCP configuration.

Prints it, and with `write=True` merges it into the host's config file: a timestamped backup first, the
other servers left exactly as they were, the file replaced atomically. Running it twice changes nothing.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mco_mcp.jobs.store import write_private

SERVER_NAME = "mco"
HOSTS = ("claude", "codex", "gemini", "desktop")


@dataclass(frozen=True)
class Registration:
    host: str
    config: Path
    snippet: str  # what to paste, in the config file's own language
    hint: str  # a one-line alternative or note for a person


def server_command() -> tuple[str, list[str]]:
    """The absolute command that starts this installation of mco-mcp."""
    script = shutil.which("mco-mcp")
    if script:
        return str(Path(script).resolve()), []
    return sys.executable, ["-m", "mco_mcp"]


def _home() -> Path:
    return Path(os.environ.get("HOME") or Path.home())


def config_path(host: str) -> Path:
    if host == "claude":
        return _home() / ".claude.json"
    if host == "codex":
        return Path(os.environ.get("CODEX_HOME") or _home() / ".codex") / "config.toml"
    if host == "gemini":
        return _home() / ".gemini" / "settings.json"
    if host == "desktop":
        if platform.system() == "Darwin":
            return _home() / "Library" / "Application Support" / "Claude" / "claude_desktop_config.json"
        return Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config") / "Claude" / "claude_desktop_config.json"
    raise ValueError(f"unknown host {host!r}; expected one of {', '.join(HOSTS)}")


def _json_entry(host: str) -> dict[str, object]:
    command, args = server_command()
    entry: dict[str, object] = {"command": command, "args": args}
    if host == "claude":
        entry = {"type": "stdio", **entry, "env": {}}
    if host == "gemini":
        entry["timeout"] = 600_000  # ms; our calls return within wait_seconds anyway
    return entry


def _toml_block() -> str:
    command, args = server_command()
    return (
        f"[mcp_servers.{SERVER_NAME}]\n"
        f"command = {json.dumps(command)}\n"
        f"args = {json.dumps(args)}\n"
        "# Codex starts MCP servers with a scrubbed environment: list here what the CLIs mco-mcp runs need,\n"
        '# e.g. env = { ANTHROPIC_API_KEY = "...", GEMINI_API_KEY = "..." }\n'
        "tool_timeout_sec = 600\n"
    )


def registration(host: str) -> Registration:
    path = config_path(host)
    if host == "codex":
        return Registration(host, path, _toml_block(), "codex mcp add mco -- " + " ".join(_argv()))
    snippet = json.dumps({"mcpServers": {SERVER_NAME: _json_entry(host)}}, indent=2)
    hint = {
        "claude": "or: claude mcp add --scope user mco -- " + " ".join(_argv()),
        "gemini": "or: gemini mcp add mco " + " ".join(_argv()),
        "desktop": "restart Claude Desktop after changing its config",
    }[host]
    return Registration(host, path, snippet, hint)


def _argv() -> list[str]:
    command, args = server_command()
    return [command, *args]


def _backup(path: Path) -> Path | None:
    if not path.exists():
        return None
    backup = path.with_name(f"{path.name}.bak-{datetime.now():%Y%m%d-%H%M%S-%f}")
    shutil.copy2(path, backup)
    return backup


def write(host: str) -> tuple[Path, Path | None]:
    """Merge the registration into the host's config. Returns (config path, backup path or None)."""
    reg = registration(host)
    path = reg.config
    path.parent.mkdir(parents=True, exist_ok=True)
    if host == "codex":
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = _merge_toml(old, reg.snippet)
    else:
        old = path.read_text(encoding="utf-8") if path.exists() else "{}"
        try:
            data = json.loads(old or "{}")
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path} is not valid JSON ({exc}); not touching it") from exc
        if not isinstance(data, dict):
            raise ValueError(f"{path} does not hold a JSON object; not touching it")
        servers = data.setdefault("mcpServers", {})
        if not isinstance(servers, dict):
            raise ValueError(f"{path}: mcpServers is not an object; not touching it")
        servers[SERVER_NAME] = _json_entry(host)
        new = json.dumps(data, indent=2) + "\n"
    if new == old:
        return path, None
    backup = _backup(path)
    write_private(path, new.encode("utf-8"))
    return path, backup


_TABLE = re.compile(r"^\s*\[", re.MULTILINE)


def _merge_toml(old: str, block: str) -> str:
    """Replace our own `[mcp_servers.mco]` table (up to the next table header), or append it."""
    header = re.search(rf"^\s*\[mcp_servers\.{SERVER_NAME}\]\s*$", old, re.MULTILINE)
    if header is None:
        separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
        return old + separator + block
    following = _TABLE.search(old, header.end())
    end = following.start() if following else len(old)
    tail = old[end:]
    return old[: header.start()] + block + ("\n" if tail else "") + tail.lstrip("\n")

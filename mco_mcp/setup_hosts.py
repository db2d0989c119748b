"""`mco-mcp setup HOST`: the registration of this server in a host's MCP configuration.

Prints it, and with `write=True` merges it into the host's config file: a timestamped backup first, the
other servers left exactly as they were, the user's own keys of an existing `mco` entry (its `env`, a
`cwd`, ...) kept, the file replaced atomically. Running it twice changes nothing.

Each entry carries what its host needs to load and call us headless, learnt by running the real hosts
(../shared/docs/hosts-2026.md): claude `alwaysLoad` (else `claude -p` may start its first turn before our
tools are there), codex `required` (else `codex exec` does not wait for us) and
`default_tools_approval_mode = "approve"` (else exec refuses the call), gemini and qwen `trust` (no
confirmation prompt, which headless runs cannot answer), and for the hosts that strip the provider keys
from an MCP server's environment (gemini by name pattern, codex all but a few) the names to forward.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mco_mcp.adapters.cli_config import codex_key_variables
from mco_mcp.safefiles import write_private

SERVER_NAME = "mco"
HOSTS = ("claude", "codex", "gemini", "qwen", "opencode", "desktop")
# The tools Claude Code may call without asking (`-p` cannot ask): every tool of this server.
CLAUDE_ALLOW_RULE = f"mcp__{SERVER_NAME}"
TOOL_TIMEOUT_SECONDS = 600  # our calls return within wait_seconds anyway; this only bounds a stuck server

# Credentials the provider CLIs read from the environment. Gemini strips every variable whose name holds
# KEY/TOKEN/AUTH/... from an MCP server's environment and codex passes only HOME, PATH, LANG and the like:
# the ones set where `setup` runs are forwarded by name (never by value).
PROVIDER_KEYS = (
    "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN", "OPENAI_API_KEY", "GEMINI_API_KEY",
    "GOOGLE_API_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "DASHSCOPE_API_KEY", "OPENROUTER_API_KEY",
)
_API_KEY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*_API_KEY$")


@dataclass(frozen=True)
class Registration:
    host: str
    config: Path
    snippet: str  # what to paste, in the config file's own language
    hint: str  # a one-line alternative or note for a person
    warnings: tuple[str, ...] = ()  # what may still stop the host from using us


def server_command() -> tuple[str, list[str]]:
    """The absolute command that starts this installation of mco-mcp."""
    script = shutil.which("mco-mcp")
    if script:
        return str(Path(script).resolve()), []
    return sys.executable, ["-m", "mco_mcp"]


def _argv() -> list[str]:
    command, args = server_command()
    return [command, *args]


def temporary_command_warning(command: str, env: Mapping[str, str] | None = None) -> str | None:
    """Why `command` will not be there tomorrow, or None: a uv/uvx cache or a temp dir."""
    env = os.environ if env is None else env
    path = Path(command)
    caches = [Path(env["UV_CACHE_DIR"])] if env.get("UV_CACHE_DIR") else []
    caches.append(Path(env.get("XDG_CACHE_HOME") or Path(env.get("HOME") or Path.home()) / ".cache") / "uv")
    if any(path.is_relative_to(cache) for cache in caches) or {"archive-v0", "builds-v0"} & set(path.parts):
        return (f"the command {command} lives in uv's cache (uvx); it stops working after `uv cache clean` or an "
                "upgrade: install mco-mcp (`uv tool install mco-mcp` or `pipx install mco-mcp`) and run setup again")
    temp = Path(tempfile.gettempdir())
    if path.is_relative_to(temp) or path.is_relative_to("/tmp"):
        return f"the command {command} is in a temporary directory ({temp}); it may be gone after a reboot"
    return None


def _home(env: Mapping[str, str]) -> Path:
    return Path(env.get("HOME") or Path.home())


def config_path(host: str, env: Mapping[str, str] | None = None) -> Path:
    """The file the host reads its MCP servers from, honouring the host's own config-dir variable."""
    env = os.environ if env is None else env
    home = _home(env)
    if host == "claude":
        return Path(env["CLAUDE_CONFIG_DIR"]) / ".claude.json" if env.get("CLAUDE_CONFIG_DIR") else home / ".claude.json"
    if host == "codex":
        return Path(env.get("CODEX_HOME") or home / ".codex") / "config.toml"
    if host == "gemini":
        return Path(env.get("GEMINI_CLI_HOME") or home) / ".gemini" / "settings.json"
    if host == "qwen":
        return Path(env.get("QWEN_HOME") or home / ".qwen") / "settings.json"
    if host == "opencode":
        if env.get("OPENCODE_CONFIG"):  # a file the user pointed opencode at: it wins over the global one
            return Path(env["OPENCODE_CONFIG"])
        directory = Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "opencode"
        for name in ("opencode.json", "opencode.jsonc"):  # the order `opencode mcp add` looks in
            if (directory / name).exists():
                return directory / name
        return directory / "opencode.json"
    if host == "desktop":
        if platform.system() == "Darwin":
            return home / "Library" / "Application Support" / "Claude" / "claude_desktop_config.json"
        return Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "Claude" / "claude_desktop_config.json"
    raise ValueError(f"unknown host {host!r}; expected one of {', '.join(HOSTS)}")


def claude_settings_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get("CLAUDE_CONFIG_DIR") or _home(env) / ".claude") / "settings.json"


def forwarded_keys(env: Mapping[str, str] | None = None) -> list[str]:
    """Names of the credential variables set here that a key-stripping host must pass on to us."""
    env = os.environ if env is None else env
    wanted = {*PROVIDER_KEYS, *codex_key_variables(env)}
    return sorted(name for name, value in env.items() if value and (name in wanted or _API_KEY_NAME.match(name)))


def _entry(host: str, env: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(keys we always set, keys we set only where the user has not) of the host's `mco` entry."""
    command, args = server_command()
    if host == "claude":
        return {"type": "stdio", "command": command, "args": args, "alwaysLoad": True}, {"env": {}}
    if host == "gemini":
        # `$NAME` is resolved by gemini from its own environment when it loads the settings; values stay out.
        keys = {name: f"${name}" for name in forwarded_keys(env)}
        return {"command": command, "args": args, "trust": True}, {"timeout": TOOL_TIMEOUT_SECONDS * 1000, "env": keys}
    if host == "qwen":
        return {"command": command, "args": args, "trust": True}, {"timeout": TOOL_TIMEOUT_SECONDS * 1000}
    if host == "opencode":
        return {"type": "local", "command": [command, *args], "enabled": True}, {}
    if host == "desktop":
        return {"command": command, "args": args}, {}
    raise ValueError(f"unknown host {host!r}")


def _merge_entry(old: Any, hard: dict[str, Any], soft: dict[str, Any]) -> dict[str, Any]:
    """The user's keys kept, ours set; dict-valued keys (env) merged with the user's values winning."""
    old = old if isinstance(old, dict) else {}
    merged = {**hard, **{k: v for k, v in old.items() if k not in hard}}
    for key, value in soft.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(value, dict) and isinstance(merged[key], dict):
            merged[key] = {**value, **merged[key]}
    return merged


def _servers_key(host: str) -> str:
    return "mcp" if host == "opencode" else "mcpServers"


def _codex_table(env: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    command, args = server_command()
    hard = {"command": command, "args": args, "required": True, "default_tools_approval_mode": "approve"}
    soft: dict[str, Any] = {"tool_timeout_sec": TOOL_TIMEOUT_SECONDS}
    keys = forwarded_keys(env)
    if keys:
        soft["env_vars"] = keys
    return hard, soft


def registration(host: str, env: Mapping[str, str] | None = None) -> Registration:
    env = os.environ if env is None else env
    path = config_path(host, env)
    argv = _argv()
    warnings = [w for w in [temporary_command_warning(argv[0], env)] if w]
    if host == "codex":
        hard, soft = _codex_table(env)
        snippet = (
            "# codex passes MCP servers a scrubbed environment: list what the CLIs mco-mcp runs need in env_vars\n"
            + _render_toml_table(_merge_entry(None, hard, soft))
        )
        return Registration(host, path, snippet, "codex mcp add mco -- " + " ".join(argv), tuple(warnings))
    hard, soft = _entry(host, env)
    snippet = json.dumps({_servers_key(host): {SERVER_NAME: _merge_entry(None, hard, soft)}}, indent=2)
    if host == "claude":
        snippet += f'\n// and in {claude_settings_path(env)}: {{"permissions": {{"allow": ["{CLAUDE_ALLOW_RULE}"]}}}}'
    if host == "gemini" and not forwarded_keys(env):
        warnings.append("gemini hides *_KEY/*_TOKEN variables from MCP servers and none is set here to forward: "
                        'add the ones your CLIs need to the entry\'s "env" as "NAME": "$NAME"')
    hint = {
        "claude": f"headless: claude -p --allowedTools {CLAUDE_ALLOW_RULE} (or the permissions rule above)",
        "gemini": "a stdio server is Disabled in an untrusted folder: `gemini trust` there, or trust it when asked",
        "qwen": "qwen offers MCP tools through tool_search unless tools.exclude lists tool_search",
        "opencode": "check it with: opencode mcp list",
        "desktop": "restart Claude Desktop after changing its config",
    }[host]
    return Registration(host, path, snippet, hint, tuple(warnings))


def _backup(path: Path) -> Path | None:
    if not path.exists():
        return None
    backup = path.with_name(f"{path.name}.bak-{datetime.now():%Y%m%d-%H%M%S-%f}")
    shutil.copy2(path, backup)
    return backup


def _load_json_object(path: Path) -> tuple[str, dict[str, Any]]:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        data = json.loads(old or "{}")
    except json.JSONDecodeError as exc:
        hint = " (comments? merge the snippet by hand)" if path.suffix == ".jsonc" else ""
        raise ValueError(f"{path} is not valid JSON ({exc}){hint}; not touching it") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold a JSON object; not touching it")
    return old, data


def _replace(path: Path, old: str, new: str) -> Path | None:
    """Write `new` over `old` (a backup of a file that existed first). Returns the backup, or None."""
    if new == old:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = _backup(path)
    write_private(path, new.encode("utf-8"))
    return backup


def write(host: str, env: Mapping[str, str] | None = None) -> list[tuple[Path, Path | None, bool]]:
    """Merge the registration into the host's config(s): [(file, its backup or None, changed)]."""
    env = os.environ if env is None else env
    path = config_path(host, env)
    if host == "codex":
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = _merge_toml(old, *_codex_table(env), path)
    else:
        old, data = _load_json_object(path)
        key = _servers_key(host)
        servers = data.setdefault(key, {})
        if not isinstance(servers, dict):
            raise ValueError(f"{path}: {key} is not an object; not touching it")
        servers[SERVER_NAME] = _merge_entry(servers.get(SERVER_NAME), *_entry(host, env))
        new = json.dumps(data, indent=2) + "\n"
    changes = [(path, old, new)]
    if host == "claude":
        changes.append(_claude_permission(env))
    return [(p, _replace(p, o, n), o != n) for p, o, n in changes]


def _claude_permission(env: Mapping[str, str]) -> tuple[Path, str, str]:
    """`claude -p` cannot ask before a tool call: allow this server's tools in the user's settings."""
    path = claude_settings_path(env)
    old, data = _load_json_object(path)
    permissions = data.setdefault("permissions", {})
    if not isinstance(permissions, dict) or not isinstance(permissions.setdefault("allow", []), list):
        raise ValueError(f"{path}: permissions.allow is not a list; not touching it")
    allow = permissions["allow"]
    if CLAUDE_ALLOW_RULE in allow:
        return path, old, old
    allow.append(CLAUDE_ALLOW_RULE)
    return path, old, json.dumps(data, indent=2) + "\n"


# --- codex's config.toml: our table rewritten in place, everything else byte for byte ---------------------

_HEADER = re.compile(r"^[ \t]*\[\[?\s*([^\]\n]+?)\s*\]\]?[ \t]*(?:#.*)?$", re.MULTILINE)
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _header_path(text: str) -> list[str]:
    """`mcp_servers."mco".env` → ["mcp_servers", "mco", "env"] (bare and quoted keys)."""
    return [part.strip().strip('"').strip("'") for part in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', text)]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise ValueError(f"cannot write {value!r} to TOML")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def _render_toml_table(entry: dict[str, Any]) -> str:
    lines = [f"[mcp_servers.{SERVER_NAME}]"]
    lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def _merge_toml(old: str, hard: dict[str, Any], soft: dict[str, Any], path: Path) -> str:
    """Replace our `[mcp_servers.mco]` table and its sub-tables (merged with what the user had), or append it."""
    try:
        current = tomllib.loads(old)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} is not valid TOML ({exc}); not touching it") from exc
    existing = current.get("mcp_servers", {}).get(SERVER_NAME) if isinstance(current.get("mcp_servers"), dict) else None
    block = _render_toml_table(_merge_entry(existing, hard, soft))
    headers = list(_HEADER.finditer(old))
    ours = [i for i, h in enumerate(headers) if _header_path(h.group(1))[:2] == ["mcp_servers", SERVER_NAME]]
    if existing is not None and not ours:
        raise ValueError(f"{path} defines mcp_servers.{SERVER_NAME} inline; merge the snippet by hand")
    if not ours:
        separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
        new = old + separator + block
    else:
        pieces, cursor = [], 0
        for i in ours:  # cut out each of our tables, up to the next header
            start = headers[i].start()
            end = headers[i + 1].start() if i + 1 < len(headers) else len(old)
            pieces.append(old[cursor:start])
            if i == ours[0]:
                pieces.append(block + ("\n" if end < len(old) else ""))
            cursor = end
        pieces.append(old[cursor:])
        new = "".join(pieces)
    check = tomllib.loads(new)  # never write a file codex cannot read
    if check["mcp_servers"][SERVER_NAME] != _merge_entry(existing, hard, soft):
        raise ValueError(f"{path}: merging mcp_servers.{SERVER_NAME} went wrong; merge the snippet by hand")
    return new

"""The environment a provider CLI is started with, and the recursion guard.

A CLI started from inside another agent inherits variables that make it believe it is nested in that
agent, or tie it to the caller's session. We remove them. We add `MCO_MCP_DEPTH` so an mco-mcp server
started (directly or indirectly) by one of our CLIs can refuse to fan out again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

DEPTH_VAR = "MCO_MCP_DEPTH"

# Set by claude, codex, gemini, qwen and opencode for their own children (provider-clis.md).
STRIPPED_VARS: frozenset[str] = frozenset(
    {
        "CLAUDECODE",
        "CLAUDE_CODE_ENTRYPOINT",
        "CLAUDE_CODE_SSE_PORT",
        "CLAUDE_CODE_SESSION_ID",
        "CLAUDE_CODE_CHILD_SESSION",
        "CLAUDE_CODE_EXECPATH",
        "CLAUDE_PROJECT_DIR",
        "AI_AGENT",
        "CODEX_THREAD_ID",
        "CODEX_SESSION_ID",
        "CODEX_TOOL_CALL_ID",
        "CODEX_SANDBOX",
        "CODEX_SANDBOX_NETWORK_DISABLED",
        "CODEX_CI",
        "CODEX_MANAGED_BY_NPM",
        "CODEX_VERSION",
        "GEMINI_CLI",
        "QWEN_CODE",
        "OPENCODE",
        "OPENCODE_PID",
        "AGENT",
    }
)

_SECRET_NAME = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)", re.IGNORECASE)


def child_env(
    base: Mapping[str, str],
    *,
    strip: Iterable[str] = (),
    set_vars: Mapping[str, str] | None = None,
    depth: int,
) -> dict[str, str]:
    """The server's environment minus caller-agent variables, plus the manifest's and our depth marker."""
    removed = STRIPPED_VARS | frozenset(strip)
    env = {key: value for key, value in base.items() if key not in removed}
    env.update(set_vars or {})
    env[DEPTH_VAR] = str(depth + 1)
    return env


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


# Values that look like credentials whatever variable (if any) they came from: a CLI may print a key it read
# from its own config file, or a model may echo one it saw in the reviewed code.
_CREDENTIAL_VALUE = re.compile(
    # The key body never holds "-", so the scan stops at the next "-----": linear even for hostile input.
    r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\s:,]*(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----)?"
    r"|\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}"  # Anthropic / OpenAI
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API keys
    r"|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}"  # GitHub
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AKIA[0-9A-Z]{16}"  # AWS access key ids
    r"|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})",  # JWTs
)
_BEARER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{12,}", re.IGNORECASE)


def redact(text: str, env: Mapping[str, str]) -> str:
    """Replace the values of secret-looking environment variables, and credential-looking values, in `text`."""
    for name, value in env.items():
        if len(value) >= 8 and is_secret_name(name) and value in text:
            text = text.replace(value, f"<{name}>")
    text = _CREDENTIAL_VALUE.sub("<redacted credential>", text)
    return _BEARER.sub(lambda m: f"{m.group(1)} <redacted credential>", text)


def _ancestor_depths(pid: int, proc: Path) -> Iterable[int]:
    """MCO_MCP_DEPTH found in the initial environment of each ancestor process.

    Walking the ancestry holds where the environment does not: codex starts its MCP servers with a
    scrubbed environment, but the codex process itself still carries the variable we gave it.
    """
    seen: set[int] = set()
    while pid > 1 and pid not in seen:
        seen.add(pid)
        try:
            environ = (proc / str(pid) / "environ").read_bytes()
            stat = (proc / str(pid) / "stat").read_text()
        except OSError:
            return
        for entry in environ.split(b"\0"):
            if entry.startswith(DEPTH_VAR.encode() + b"="):
                value = entry.split(b"=", 1)[1]
                if value.isdigit():
                    yield int(value)
        # Field 4 of /proc/PID/stat, after the parenthesised command name (which may hold spaces).
        pid = int(stat.rsplit(")", 1)[1].split()[1])


def nesting_depth(env: Mapping[str, str] | None = None, proc: Path = Path("/proc")) -> int:
    """How many mco-mcp fan-outs this process runs inside (0 = started by a person or a host)."""
    env = os.environ if env is None else env
    raw = env.get(DEPTH_VAR, "")
    depths = [int(raw)] if raw.isascii() and raw.isdigit() else []
    depths.extend(_ancestor_depths(os.getppid(), proc))
    return max(depths, default=0)

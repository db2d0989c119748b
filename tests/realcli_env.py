"""Isolated homes and environments for running the real provider CLIs offline.

:func:`cli_env` returns the variables (to add to a sanitized base env, see
:func:`base_env`) that point one real CLI at the fake model API
(``tests/fake_model_api.py``) under its own path prefix (``/<name>``), with its whole
configuration and state in ``home``: nothing is read from or written to the real ``~``.

Surprising behaviour observed of the real CLIs (pinned versions in scripts/cli-versions.json):

# (filled in below, after running them)
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

__all__ = ["CLI_NAMES", "FAKE_MODEL", "base_env", "cli_env", "opencode_config", "prepare_home"]

CLI_NAMES = ("claude", "codex", "gemini", "qwen", "opencode")

#: The model name each CLI is configured to ask for by default.
FAKE_MODEL = "fake-model"

#: Variables a CLI sets for its children or reads for credentials: never inherited.
_STRIP_PREFIXES = (
    "ANTHROPIC_", "CLAUDE", "OPENAI_", "CODEX_", "GEMINI_", "GOOGLE_", "VERTEX", "QWEN", "DASHSCOPE_",
    "OPENCODE", "OPENROUTER_", "AWS_", "AZURE_", "XDG_",
)
_STRIP_NAMES = {"AI_AGENT", "AGENT", "RUST_BACKTRACE", "NODE_OPTIONS", "HOME", "TMPDIR", "MCP_TIMEOUT"}
_KEEP = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TERM", "TZ", "SHELL", "USER", "LOGNAME", "SSL_CERT_FILE",
         "SSL_CERT_DIR", "NODE_EXTRA_CA_CERTS", "SYSTEMROOT")


def base_env(path: str | None = None, *, source: dict[str, str] | None = None) -> dict[str, str]:
    """A sanitized base environment: only harmless variables of ``source`` (default os.environ).

    ``path``: the PATH to use (e.g. the CLI cache's bin dirs + the usual PATH).
    Provider keys, base URLs, the CLIs' own markers (``CLAUDECODE``, ``GEMINI_CLI``...),
    HOME and XDG dirs are never inherited; :func:`cli_env` provides what is needed.
    """
    src = os.environ if source is None else source
    env = {k: v for k, v in src.items() if k in _KEEP}
    env = {k: v for k, v in env.items() if not k.startswith(_STRIP_PREFIXES) and k not in _STRIP_NAMES}
    if path is not None:
        env["PATH"] = path
    env.setdefault("LANG", "C.UTF-8")
    env.setdefault("TERM", "dumb")
    return env


def _world_writable(p: Path) -> bool:
    try:
        return bool(p.stat().st_mode & stat.S_IWOTH)
    except OSError:
        return False


def prepare_home(home: Path) -> Path:
    """Create ``home`` (mode 0700) and return it.

    Gemini refuses a settings file under a world-writable parent (like /tmp), so when
    ``home``'s parent is world-writable the directory itself is the 0700 guard and is
    required not to be world-writable.
    """
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    return home


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(text, encoding="utf-8")


def opencode_config(base_url: str, model: str = "m") -> dict[str, Any]:
    """The opencode config (``OPENCODE_CONFIG_CONTENT``) for provider ``fake`` at ``base_url``.

    ``base_url`` is the OpenAI-compatible root, e.g. ``http://127.0.0.1:PORT/opencode/v1``.
    No ``permission`` block: add one before dumping when read-only is wanted, e.g.
    ``{"edit": "deny", "bash": "deny", "webfetch": "deny"}``.
    """
    return {
        "$schema": "https://opencode.ai/config.json",
        "provider": {
            "fake": {
                "npm": "@ai-sdk/openai-compatible",
                "name": "fake",
                "options": {"baseURL": base_url, "apiKey": "fake-key"},
                "models": {model: {"name": model}},
            }
        },
        "model": f"fake/{model}",
        "small_model": f"fake/{model}",
        "autoupdate": False,
        "share": "disabled",
    }


def cli_env(name: str, base_url: str, home: Path) -> dict[str, str]:
    """Environment variables pointing CLI ``name`` at ``base_url`` + ``/<name>``, state in ``home``.

    ``base_url`` is the fake server's root URL (``FakeModelAPI.url``). Config files are
    written into ``home`` (created 0700). The result is meant to be merged over
    :func:`base_env`; it sets HOME, TMPDIR and the XDG dirs too.
    """
    if name not in CLI_NAMES:
        raise ValueError(f"unknown CLI {name!r}; expected one of {CLI_NAMES}")
    home = prepare_home(Path(home))
    root = base_url.rstrip("/") + "/" + name
    tmp = home / "tmp"
    tmp.mkdir(exist_ok=True, mode=0o700)
    env: dict[str, str] = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "NO_COLOR": "1",
        "DO_NOT_TRACK": "1",
        "NO_UPDATE_NOTIFIER": "1",
        "NPM_CONFIG_UPDATE_NOTIFIER": "false",
        "NO_PROXY": "127.0.0.1,localhost,::1",
        "no_proxy": "127.0.0.1,localhost,::1",
    }

    if name == "claude":
        env.update({
            "ANTHROPIC_BASE_URL": root,
            "ANTHROPIC_API_KEY": "fake-key",
            "CLAUDE_CONFIG_DIR": str(home / ".claude"),
            "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
            "CLAUDE_CODE_MAX_RETRIES": "0",
            "DISABLE_AUTOUPDATER": "1",
            "DISABLE_TELEMETRY": "1",
            "DISABLE_ERROR_REPORTING": "1",
            "DISABLE_BUG_COMMAND": "1",
        })
        (home / ".claude").mkdir(exist_ok=True, mode=0o700)

    elif name == "codex":
        codex_home = home / ".codex"
        _write(codex_home / "config.toml", "\n".join([
            f'model = "{FAKE_MODEL}"',
            'model_provider = "fake"',
            "check_for_update_on_startup = false",
            "",
            "[analytics]",
            "enabled = false",
            "",
            "[features]",
            "plugins = false",
            "apps = false",
            "",
            "[model_providers.fake]",
            'name = "fake"',
            f"base_url = {json.dumps(root + '/v1')}",
            'env_key = "FAKE_CODEX_API_KEY"',
            'wire_api = "responses"',
            "request_max_retries = 0",
            "stream_max_retries = 0",
            "supports_websockets = false",
            "",
        ]))
        env.update({"CODEX_HOME": str(codex_home), "FAKE_CODEX_API_KEY": "fake-key"})

    elif name == "gemini":
        settings = {
            "security": {"auth": {"selectedType": "gemini-api-key"}, "folderTrust": {"enabled": False}},
            "privacy": {"usageStatisticsEnabled": False},
            "telemetry": {"enabled": False},
            "general": {"enableAutoUpdate": False, "enableAutoUpdateNotification": False, "maxAttempts": 1},
        }
        _write(home / ".gemini" / "settings.json", json.dumps(settings, indent=2))
        env.update({
            "GEMINI_API_KEY": "fake-key",
            "GOOGLE_GEMINI_BASE_URL": root,
            "GEMINI_CLI_HOME": str(home),
            "GEMINI_CLI_NO_RELAUNCH": "true",
        })

    elif name == "qwen":
        qwen_home = home / ".qwen"
        settings = {
            "privacy": {"usageStatisticsEnabled": False},
            "telemetry": {"enabled": False},
            "general": {"enableAutoUpdate": False},
            "security": {"auth": {"selectedType": "openai"}},
            "model": {"generationConfig": {"maxRetries": 0}},
            # Else, after every answer, a background "managed auto-memory" agent sends the
            # conversation to the model again (a second request, with tools).
            "memory": {"enableManagedAutoMemory": False},
        }
        _write(qwen_home / "settings.json", json.dumps(settings, indent=2))
        env.update({
            "QWEN_HOME": str(qwen_home),
            "OPENAI_API_KEY": "fake-key",
            "OPENAI_BASE_URL": root + "/v1",
            "OPENAI_MODEL": FAKE_MODEL,
            "QWEN_CODE_NO_RELAUNCH": "true",
        })

    elif name == "opencode":
        # At every start opencode "installs" @opencode-ai/plugin into each config dir with
        # an embedded npm (a registry fetch) unless node_modules exists and package-lock.json
        # already lists the dependency: pre-seed both so it stays offline.
        config_dir = home / ".config" / "opencode"
        (config_dir / "node_modules").mkdir(parents=True, exist_ok=True)
        lock = {"name": "opencode-config", "lockfileVersion": 3, "requires": True,
                "packages": {"": {"dependencies": {"@opencode-ai/plugin": "*"}}}}
        _write(config_dir / "package-lock.json", json.dumps(lock, indent=2))
        _write(config_dir / "package.json", json.dumps({"dependencies": {"@opencode-ai/plugin": "*"}}, indent=2))
        env.update({
            "OPENCODE_CONFIG_CONTENT": json.dumps(opencode_config(root + "/v1")),
            "OPENCODE_DISABLE_MODELS_FETCH": "1",
            "OPENCODE_DISABLE_AUTOUPDATE": "1",
            "OPENCODE_DISABLE_LSP_DOWNLOAD": "1",
            "OPENCODE_DISABLE_DEFAULT_PLUGINS": "1",
            "OPENCODE_DISABLE_SHARE": "1",
            "OPENCODE_DISABLE_CLAUDE_CODE": "1",
            "OPENCODE_DISABLE_FFF": "1",
        })

    return env

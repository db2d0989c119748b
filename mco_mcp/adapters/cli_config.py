"""What a CLI's own configuration says about how it authenticates: readiness without a model call.

A probe like `codex login status` only knows about a login: codex configured with a model provider that
takes its key from an environment variable (`env_key`) says "Not logged in" and works. gemini, qwen and
opencode have no status command at all. Each check here reads the CLI's config and environment the way the
CLI does and returns (verdict, what was seen), or None when the config does not settle it. A verdict is
"ready" only when the credentials the CLI will use are there, "not-ready" only where the CLI itself is
known to refuse to start (each such case was seen with the pinned CLI, tests/test_doctor_real_clis.py), and
"unknown" where nothing cheap can tell (a cached login whose validity only a model call would show).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from mco_mcp.safefiles import read_regular_file

Verdict = Literal["ready", "not-ready", "unknown"]

# codex's built-in providers that talk to a local server and need no credentials.
_CODEX_KEYLESS = frozenset({"ollama", "lmstudio", "oss"})


def codex_config(env: Mapping[str, str]) -> tuple[Path, dict[str, Any]] | None:
    home = env.get("CODEX_HOME") or str(Path(env.get("HOME") or Path.home()) / ".codex")
    path = Path(home) / "config.toml"
    try:
        return path, tomllib.loads(read_regular_file(path, 1024 * 1024, follow_symlinks=True).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def codex_key_variables(env: Mapping[str, str]) -> list[str]:
    """The `env_key` variables of every model provider in codex's config.toml."""
    found = codex_config(env)
    providers = found[1].get("model_providers") if found else None
    if not isinstance(providers, dict):
        return []
    return [p["env_key"] for p in providers.values() if isinstance(p, dict) and isinstance(p.get("env_key"), str)]


def codex_model_provider(env: Mapping[str, str]) -> tuple[Verdict, str] | None:
    """Is codex's active model provider usable without `codex login`? Reads model_provider (or the active
    profile's), then that provider's env_key / requires_openai_auth."""
    found = codex_config(env)
    if found is None:
        return None
    path, data = found
    raw_profiles = data.get("profiles")
    profiles: dict[str, Any] = raw_profiles if isinstance(raw_profiles, dict) else {}
    chosen = data.get("profile")
    profile = profiles.get(chosen) if isinstance(chosen, str) else None
    provider = (profile or {}).get("model_provider") if isinstance(profile, dict) else None
    provider = provider or data.get("model_provider")
    if not isinstance(provider, str) or provider == "openai":
        return None  # the default provider: the login is what counts
    table = data.get("model_providers", {}).get(provider) if isinstance(data.get("model_providers"), dict) else None
    if not isinstance(table, dict):
        if provider in _CODEX_KEYLESS:
            return "ready", f"{path} uses the local model provider '{provider}', which needs no login"
        return None
    env_key = table.get("env_key")
    if isinstance(env_key, str):
        if env.get(env_key):
            return "ready", f"{path} uses model provider '{provider}' with its key in ${env_key}, which is set"
        return "not-ready", f"{path} uses model provider '{provider}' with its key in ${env_key}, which is not set"
    if table.get("requires_openai_auth"):
        return None
    return "ready", f"{path} uses model provider '{provider}', which declares no key and needs no login"


def _home(env: Mapping[str, str]) -> Path:
    return Path(env.get("HOME") or Path.home())


def _json_file(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _auth_type(settings: dict[str, Any] | None) -> str | None:
    security = (settings or {}).get("security")
    auth = security.get("auth") if isinstance(security, dict) else None
    value = auth.get("selectedType") if isinstance(auth, dict) else None
    return value if isinstance(value, str) else None


def gemini_auth(env: Mapping[str, str]) -> tuple[Verdict, str]:
    """gemini has no status command. Its settings' auth type, else the environment, decide what it uses;
    without either it exits 41 before any model call ("Please set an Auth method")."""
    gemini_dir = Path(env.get("GEMINI_CLI_HOME") or _home(env)) / ".gemini"
    settings_path = gemini_dir / "settings.json"
    selected = _auth_type(_json_file(settings_path))
    key = bool(env.get("GEMINI_API_KEY"))
    if selected == "gemini-api-key":
        if key:
            return "ready", f"{settings_path} selects an API key and $GEMINI_API_KEY is set"
        return "not-ready", f"{settings_path} selects an API key but $GEMINI_API_KEY is not set"
    if selected in ("oauth-personal", "login-with-google"):
        creds = gemini_dir / "oauth_creds.json"
        if creds.is_file():
            return "unknown", f"a cached Google login is in {creds}; only a model call would show it is still valid"
        return "not-ready", f"{settings_path} selects a Google login but {creds} is not there: run `gemini` once to log in"
    if selected is not None:
        return "unknown", f"{settings_path} selects auth type '{selected}', which this check does not read"
    if not key and not env.get("GOOGLE_GENAI_USE_VERTEXAI") and not env.get("GOOGLE_GENAI_USE_GCA"):
        return "not-ready", ("no auth method: neither security.auth.selectedType in "
                             f"{settings_path} nor $GEMINI_API_KEY, $GOOGLE_GENAI_USE_VERTEXAI or $GOOGLE_GENAI_USE_GCA")  # fmt: skip
    if env.get("GOOGLE_GEMINI_BASE_URL"):
        # Seen with gemini 0.61: a base URL without a selected auth type exits 41 "Invalid auth method".
        return "not-ready", (f"$GOOGLE_GEMINI_BASE_URL is set but {settings_path} selects no auth type "
                             "(security.auth.selectedType = \"gemini-api-key\" is needed with a base URL)")  # fmt: skip
    if key:
        return "ready", "$GEMINI_API_KEY is set (and no auth type is selected in the settings, so gemini uses it)"
    return "unknown", "auth from $GOOGLE_GENAI_USE_VERTEXAI / $GOOGLE_GENAI_USE_GCA, which this check does not follow"


_QWEN_KEY_VARS = ("BAILIAN_CODING_PLAN_API_KEY", "BAILIAN_TOKEN_PLAN_API_KEY", "OPENROUTER_API_KEY", "REQUESTY_API_KEY")


def qwen_auth(env: Mapping[str, str]) -> tuple[Verdict, str]:
    """`qwen auth status` exits 0 whatever the setup. Without an auth type in its settings and without
    $OPENAI_API_KEY, a headless run stops at once: "No auth type is selected"."""
    qwen_dir = Path(env["QWEN_HOME"]) if env.get("QWEN_HOME") else _home(env) / ".qwen"
    settings_path = qwen_dir / "settings.json"
    settings = _json_file(settings_path)
    selected = _auth_type(settings)
    auth = ((settings or {}).get("security") or {}).get("auth") if isinstance((settings or {}).get("security"), dict) else None
    settings_key = isinstance(auth, dict) and bool(auth.get("apiKey"))
    if selected in (None, "openai"):
        if env.get("OPENAI_API_KEY"):
            return "ready", "$OPENAI_API_KEY is set" + (f" ({settings_path} selects openai)" if selected else "")
        if settings_key:
            return "ready", f"{settings_path} holds an API key (security.auth.apiKey)"
        others = [name for name in _QWEN_KEY_VARS if env.get(name)]
        if others:
            return "unknown", f"${others[0]} is set; whether qwen picks it up without OPENAI_BASE_URL is not checked"
        if selected == "openai":
            return "not-ready", f"{settings_path} selects openai but $OPENAI_API_KEY is not set"
        return "not-ready", f"no auth type selected in {settings_path} and $OPENAI_API_KEY is not set"
    if selected == "qwen-oauth":
        creds = qwen_dir / "oauth_creds.json"
        if creds.is_file():
            return "unknown", f"a cached Qwen login is in {creds}; only a model call would show it is still valid"
        return "not-ready", f"{settings_path} selects a Qwen login but {creds} is not there: run `qwen` and /auth"
    return "unknown", f"{settings_path} selects auth type '{selected}', which this check does not read"


def _opencode_config(env: Mapping[str, str]) -> tuple[str, dict[str, Any]] | None:
    content = env.get("OPENCODE_CONFIG_CONTENT")
    if content:
        try:
            data = json.loads(content)
        except ValueError:
            return None
        return ("$OPENCODE_CONFIG_CONTENT", data) if isinstance(data, dict) else None
    config_home = Path(env.get("XDG_CONFIG_HOME") or _home(env) / ".config") / "opencode"
    for path in ([Path(env["OPENCODE_CONFIG"])] if env.get("OPENCODE_CONFIG") else []) + [config_home / "opencode.json"]:
        data = _json_file(path)
        if data is not None:
            return str(path), data
    return None


def opencode_config(env: Mapping[str, str]) -> tuple[Verdict, str]:
    """opencode has no status command, and unconfigured it falls back to its hosted free models (which may
    or may not answer): ready when its configured model's provider has a key in the config or in its
    credential store; unknown otherwise — never not-ready, since nothing cheap can tell."""
    found = _opencode_config(env)
    store = Path(env.get("XDG_DATA_HOME") or _home(env) / ".local" / "share") / "opencode" / "auth.json"
    stored = _json_file(store) or {}
    if found is not None:
        where, data = found
        model = data.get("model")
        provider = model.split("/", 1)[0] if isinstance(model, str) and "/" in model else None
        table = (data.get("provider") or {}).get(provider) if isinstance(data.get("provider"), dict) and provider else None
        options = table.get("options") if isinstance(table, dict) else None
        if isinstance(options, dict) and options.get("apiKey"):
            return "ready", f"{where} sets model {model} and gives provider '{provider}' a key"
        if provider and provider in stored:
            return "ready", f"{where} sets model {model}; {store} holds credentials for '{provider}'"
        if model:
            return "unknown", f"{where} sets model {model}, but no key for '{provider}' is in the config or {store}"
    if stored:
        return "unknown", f"{store} holds credentials for {', '.join(sorted(stored))}, but no model is configured"
    return "unknown", "no model or credentials configured: opencode falls back to its hosted free models"


CHECKS: dict[str, Callable[[Mapping[str, str]], tuple[Verdict, str] | None]] = {
    "codex-model-provider": codex_model_provider,
    "gemini-auth": gemini_auth,
    "qwen-auth": qwen_auth,
    "opencode-config": opencode_config,
}

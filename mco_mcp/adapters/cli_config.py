"""What a CLI's own configuration says about how it authenticates, for readiness that a login check misses.

A probe like `codex login status` only knows about a login: codex configured with a model provider that
takes its key from an environment variable (`env_key`) says "Not logged in" and works. Each check here
reads the CLI's config the way the CLI does and returns (ready, what was seen), or None when the config
does not settle it (the probe's verdict stands).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

# codex's built-in providers that talk to a local server and need no credentials.
_CODEX_KEYLESS = frozenset({"ollama", "lmstudio", "oss"})


def codex_config(env: Mapping[str, str]) -> tuple[Path, dict[str, Any]] | None:
    home = env.get("CODEX_HOME") or str(Path(env.get("HOME") or Path.home()) / ".codex")
    path = Path(home) / "config.toml"
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def codex_key_variables(env: Mapping[str, str]) -> list[str]:
    """The `env_key` variables of every model provider in codex's config.toml."""
    found = codex_config(env)
    providers = found[1].get("model_providers") if found else None
    if not isinstance(providers, dict):
        return []
    return [p["env_key"] for p in providers.values() if isinstance(p, dict) and isinstance(p.get("env_key"), str)]


def codex_model_provider(env: Mapping[str, str]) -> tuple[bool, str] | None:
    """Is codex's active model provider usable without `codex login`? Reads model_provider (or the active
    profile's), then that provider's env_key / requires_openai_auth."""
    found = codex_config(env)
    if found is None:
        return None
    path, data = found
    profiles = data.get("profiles") if isinstance(data.get("profiles"), dict) else {}
    profile = profiles.get(data.get("profile")) if isinstance(data.get("profile"), str) else None
    provider = (profile or {}).get("model_provider") if isinstance(profile, dict) else None
    provider = provider or data.get("model_provider")
    if not isinstance(provider, str) or provider == "openai":
        return None  # the default provider: the login is what counts
    table = data.get("model_providers", {}).get(provider) if isinstance(data.get("model_providers"), dict) else None
    if not isinstance(table, dict):
        if provider in _CODEX_KEYLESS:
            return True, f"{path} uses the local model provider '{provider}', which needs no login"
        return None
    env_key = table.get("env_key")
    if isinstance(env_key, str):
        if env.get(env_key):
            return True, f"{path} uses model provider '{provider}' with its key in ${env_key}, which is set"
        return False, f"{path} uses model provider '{provider}' with its key in ${env_key}, which is not set"
    if table.get("requires_openai_auth"):
        return None
    return True, f"{path} uses model provider '{provider}', which declares no key and needs no login"


CHECKS: dict[str, Callable[[Mapping[str, str]], tuple[bool, str] | None]] = {
    "codex-model-provider": codex_model_provider,
}

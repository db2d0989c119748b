"""Roles: give each reviewer a focus, by name (a prompt file shipped with the package) or in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from mco_mcp.errors import InputError

MAX_CUSTOM_FOCUS = 4000


@dataclass(frozen=True)
class Focus:
    name: str  # a named focus, or "custom"
    text: str


@cache
def named_focuses() -> dict[str, str]:
    root = resources.files("mco_mcp") / "focuses"
    return {
        entry.name.removesuffix(".md"): entry.read_text(encoding="utf-8").strip()
        for entry in root.iterdir()
        if entry.name.endswith(".md")
    }


def resolve_roles(roles: Mapping[str, str] | None, known_providers: set[str]) -> dict[str, Focus]:
    """{provider: focus name or free text} -> {provider: Focus}; errors name the problem."""
    resolved = {}
    for provider, value in (roles or {}).items():
        if provider not in known_providers:
            raise InputError(f"roles: unknown provider {provider!r}")
        if "\0" in value:
            raise InputError(f"roles[{provider!r}] contains a NUL byte")
        key = value.strip().lower()
        if not key:
            raise InputError(f"roles[{provider!r}] is empty; use one of {', '.join(sorted(named_focuses()))} or words")
        if key in named_focuses():
            resolved[provider] = Focus(name=key, text=named_focuses()[key])
        elif len(value) > MAX_CUSTOM_FOCUS:
            raise InputError(f"roles[{provider!r}] is longer than {MAX_CUSTOM_FOCUS} characters")
        else:
            resolved[provider] = Focus(name="custom", text=value.strip())
    return resolved

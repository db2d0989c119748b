"""The default providers, as far as they are chosen without probing: one rule for the engine's selector
(jobs/selection.py) and the headless CLI's early start (jobs/prestart.py), which starts a job without
`--providers` before the engine is loaded only when every installed CLI has a verdict remembered from a
recent probe (adapters/probe_memo.py), so that the engine would choose from the same verdicts at once.

Loads nothing heavy (no anyio, no job models).
"""

from __future__ import annotations

from collections.abc import Mapping

from mco_mcp.adapters.env import child_env
from mco_mcp.adapters.manifest import Manifest, Registry, find_binary
from mco_mcp.adapters.probe_memo import ProbeMemo, probe_key


def probe_env(manifest: Manifest, env: Mapping[str, str], depth: int) -> dict[str, str]:
    """The environment a CLI's probes run in (and that its remembered verdicts are keyed by)."""
    return child_env(env, strip=manifest.env.strip, set_vars=manifest.env.set, depth=depth)


def installed(registry: Registry, env: Mapping[str, str]) -> dict[str, str]:
    """{name: binary} of the providers on PATH, in the registry's order."""
    return {m.name: binary for m in registry.manifests.values() if (binary := find_binary(m, env.get("PATH")))}


def remembered(memo: ProbeMemo, registry: Registry, binaries: Mapping[str, str], env: Mapping[str, str], depth: int) -> dict[str, bool]:
    """{name: ready} for the installed providers with a verdict remembered from a recent probe."""
    keys = {name: probe_key(registry.manifests[name], binary, probe_env(registry.manifests[name], env, depth))
            for name, binary in binaries.items()}  # fmt: skip
    return memo.verdicts(keys)


def choose(registry: Registry, ready: Mapping[str, bool | None], own: str | None) -> list[str]:
    """The default providers among the installed ones in `ready` (name -> ready; None: a probe still
    running, which counts as ready so that a job never blocks on it), the caller's own CLI left out."""
    return [m.name for m in registry.manifests.values()
            if m.default and m.name != own and m.name in ready and ready[m.name] is not False]  # fmt: skip

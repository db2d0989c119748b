"""Which providers a job asks: installed, ready by their (cached, advisory) probes, not the caller's own CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import anyio
from anyio.abc import TaskGroup

from mco_mcp.adapters.env import child_env
from mco_mcp.adapters.manifest import Manifest, Registry
from mco_mcp.adapters.probe import ProbeCache, ProbeResult, find_binary, provider_info
from mco_mcp.errors import InputError
from mco_mcp.models import ProviderInfo
from mco_mcp.settings import Settings


def client_name_matches(pattern: str, client: str) -> bool:
    """A manifest's `client_names` item: an exact name, or a prefix ending in `*` for a host that decorates
    its name (qwen announces itself as `qwen-cli-mcp-client-<server name>`)."""
    if pattern.endswith("*"):
        return client.startswith(pattern[:-1])
    return client == pattern


class ProviderSelector:
    def __init__(
        self,
        settings: Settings,
        registry: Registry,
        env: Mapping[str, str],
        depth: int,
        task_group: Callable[[], TaskGroup | None],
    ) -> None:
        self._settings = settings
        self._registry = registry
        self._env = env
        self._depth = depth
        self._task_group = task_group  # where probes that outlive a bounded wait go on
        self._probes = ProbeCache(settings.probe_ttl_seconds, settings.probe_timeout_seconds)

    def binary_for(self, manifest: Manifest) -> str | None:
        return find_binary(manifest, self._env.get("PATH"))

    def probe_env(self, manifest: Manifest) -> dict[str, str]:
        return child_env(self._env, strip=manifest.env.strip, set_vars=manifest.env.set, depth=self._depth)

    async def probe_all(self, wait: float | None = None) -> dict[str, ProbeResult | None]:
        """Probe every installed provider concurrently; give up waiting after `wait` seconds (probes go on)."""
        results: dict[str, ProbeResult | None] = {}

        async def one(manifest: Manifest, binary: str) -> None:
            results[manifest.name] = await self._probes.probe(manifest, binary, self.probe_env(manifest))

        targets = [(m, b) for m in self._registry.manifests.values() if (b := self.binary_for(m))]
        if wait is None:
            async with anyio.create_task_group() as tg:
                for manifest, binary in targets:
                    tg.start_soon(one, manifest, binary)
        else:
            background = self._task_group()
            assert background is not None
            finished = anyio.Event()

            async def all_of_them() -> None:
                async with anyio.create_task_group() as tg:
                    for manifest, binary in targets:
                        tg.start_soon(one, manifest, binary)
                finished.set()

            background.start_soon(all_of_them)
            with anyio.move_on_after(wait):
                await finished.wait()
        return {m.name: results.get(m.name) for m, _ in targets}

    async def provider_infos(self, client: str | None) -> list[ProviderInfo]:
        results = await self.probe_all()
        own = self.own_provider(client)
        infos = []
        for manifest in self._registry.manifests.values():
            binary = self.binary_for(manifest)
            result = results.get(manifest.name)
            default = bool(binary) and manifest.default and (result is None or result.ready) and manifest.name != own
            info = provider_info(manifest, binary, result, default)
            infos.append(info.model_copy(update={"override": self._registry.overrides.get(manifest.name)}))
        return infos

    def own_provider(self, client: str | None) -> str | None:
        if not client:
            return None
        for manifest in self._registry.manifests.values():
            if any(client_name_matches(pattern, client) for pattern in manifest.client_names):
                return manifest.name
        return None

    async def default_providers(self, client: str | None) -> tuple[str, ...]:
        results = await self.probe_all(wait=self._settings.probe_wait_seconds)
        own = self.own_provider(client)
        chosen = []
        for manifest in self._registry.manifests.values():
            if not manifest.default or manifest.name == own or manifest.name not in results:
                continue
            result = results[manifest.name]
            if result is None or result.ready:  # a probe still running counts as ready: never block on it
                chosen.append(manifest.name)
        if not chosen:
            raise InputError(
                "no provider CLI is installed and ready"
                + (f" (the calling agent's own CLI, {own}, is left out)" if own else "")
                + "; call `providers` to see what each one needs"
            )
        return tuple(chosen)

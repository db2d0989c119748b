"""Which providers a job asks: installed, ready by their (cached, advisory) probes, not the caller's own CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import anyio
from anyio.abc import TaskGroup

from mco_mcp.adapters.manifest import Manifest, Registry
from mco_mcp.adapters.probe import ProbeCache, ProbeResult, find_binary, provider_info
from mco_mcp.adapters.probe_memo import ProbeMemo, probe_key
from mco_mcp.jobs import choice
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
        # Verdicts of earlier processes (a headless job is a new process each time): see probe_memo.py.
        self._memo = ProbeMemo(settings.state_dir, settings.probe_ttl_seconds)
        self._memo_written: dict[str, float] = {}  # name -> checked_at of the verdict last written

    def binary_for(self, manifest: Manifest) -> str | None:
        return find_binary(manifest, self._env.get("PATH"))

    def probe_env(self, manifest: Manifest) -> dict[str, str]:
        return choice.probe_env(manifest, self._env, self._depth)

    async def probe_all(self, wait: float | None = None, skip: frozenset[str] = frozenset()) -> dict[str, ProbeResult | None]:
        """Probe every installed provider (but those in `skip`, answered None) concurrently; give up waiting
        after `wait` seconds (probes go on)."""
        results: dict[str, ProbeResult | None] = {}

        async def one(manifest: Manifest, binary: str) -> None:
            env = self.probe_env(manifest)
            result = results[manifest.name] = await self._probes.probe(manifest, binary, env)
            if self._memo_written.get(manifest.name) != result.checked_at:  # a fresh verdict, not a cached one
                self._memo_written[manifest.name] = result.checked_at
                self._memo.record(manifest.name, probe_key(manifest, binary, env), result.ready)

        installed = [(m, b) for m in self._registry.manifests.values() if (b := self.binary_for(m))]
        targets = [(m, b) for m, b in installed if m.name not in skip]
        if targets and wait is None:
            async with anyio.create_task_group() as tg:
                for manifest, binary in targets:
                    tg.start_soon(one, manifest, binary)
        elif targets:
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
        return {m.name: results.get(m.name) for m, _ in installed}

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

    def remembered(self) -> dict[str, bool]:
        """{name: ready} for installed providers with a verdict remembered from a recent probe (probe_memo.py)."""
        return choice.remembered(self._memo, self._registry, choice.installed(self._registry, self._env), self._env, self._depth)

    async def reprobe_not_ready(self, remembered: Mapping[str, bool]) -> None:
        """Probe again, in the background, the CLIs remembered not ready: the next job sees them as they are."""
        installed = frozenset(m.name for m in self._registry.manifests.values() if self.binary_for(m))
        not_ready = frozenset(name for name, ready in remembered.items() if not ready)
        if not_ready:
            await self.probe_all(wait=0, skip=installed - not_ready)

    async def default_providers(self, client: str | None) -> tuple[str, ...]:
        # Chosen from remembered verdicts where there are some, without waiting for a probe: a headless job,
        # a new process each time, would otherwise wait for every CLI's probes (Node start-ups) before its
        # first CLI could start. A CLI remembered not ready is probed again meanwhile, for the next job.
        remembered = self.remembered()
        await self.reprobe_not_ready(remembered)
        results = await self.probe_all(wait=self._settings.probe_wait_seconds, skip=frozenset(remembered))
        own = self.own_provider(client)
        # A remembered verdict wins; else the probe's (None while it runs: counted as ready, never waited for).
        ready = {name: remembered.get(name, None if result is None else result.ready) for name, result in results.items()}
        chosen = choice.choose(self._registry, ready, own)
        if not chosen:
            raise InputError(
                "no provider CLI is installed and ready"
                + (f" (the calling agent's own CLI, {own}, is left out)" if own else "")
                + "; call `providers` to see what each one needs"
            )
        return tuple(chosen)

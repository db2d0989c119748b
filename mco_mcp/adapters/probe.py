"""Is a provider CLI installed, which version, and is it ready? Cached, bounded, never blocking a job long.

Readiness probes are advisory (qwen's always passes; codex's says "not logged in" for a custom provider
that works, which the manifest's `configured_check` catches): they only shape the *default* provider set,
and the reason always says what was seen. A provider the caller names is always tried.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

import anyio
from anyio.abc import ByteReceiveStream

from mco_mcp.adapters.cli_config import CHECKS
from mco_mcp.adapters.manifest import Manifest
from mco_mcp.adapters.process import signal_group
from mco_mcp.models import ProviderInfo

_OUTPUT_CAP = 4096


@dataclass(frozen=True)
class ProbeResult:
    version: str | None
    ready: bool
    reason: str | None
    checked_at: float


def find_binary(manifest: Manifest, path: str | None) -> str | None:
    """The absolute path of the manifest's binary, or None: what `providers()` reports is what runs.

    Only absolute PATH entries count. A relative entry (".", "bin", an empty one) would be resolved in the
    server's directory here but in the reviewed repository when the CLI starts there, running a file of
    that repository instead.
    """
    if "/" in manifest.binary:  # the manifest allows only absolute paths here
        return manifest.binary if os.path.isabs(manifest.binary) and shutil.which(manifest.binary) else None
    absolute = os.pathsep.join(entry for entry in (path or "").split(os.pathsep) if os.path.isabs(entry))
    found = shutil.which(manifest.binary, path=absolute) if absolute else None
    return os.path.abspath(found) if found else None


async def _run_probe(argv: list[str], env: Mapping[str, str], timeout: float) -> tuple[int | None, str, str]:
    """Run a short probe command with no stdin: (exit code, or None on timeout; stdout; stderr), bounded.

    Like a provider run, a probe lives in its own process group and the whole group dies with it.
    """
    try:
        process = await anyio.open_process(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(env),
            start_new_session=True,
        )
    except OSError as exc:
        return 127, "", str(exc)
    outputs = [bytearray(), bytearray()]

    async def read(stream: ByteReceiveStream, into: bytearray) -> None:
        async for chunk in stream:
            into.extend(chunk[: max(0, _OUTPUT_CAP - len(into))])

    try:
        with anyio.move_on_after(timeout) as scope:
            assert process.stdout is not None and process.stderr is not None
            async with anyio.create_task_group() as tg:
                tg.start_soon(read, process.stdout, outputs[0])
                tg.start_soon(read, process.stderr, outputs[1])
            await process.wait()
    finally:
        with anyio.CancelScope(shield=True):
            signal_group(process.pid, signal.SIGKILL)  # whatever it left behind, or itself on timeout
            await process.aclose()
    if scope.cancelled_caught:
        return None, "", f"no answer within {timeout:g}s"
    out, err = (data.decode("utf-8", errors="replace").strip() for data in outputs)
    return process.returncode, out, err


def _one_line(text: str, limit: int = 240) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ProbeCache:
    """Probe results per provider, refreshed after `ttl` seconds; concurrent callers share one probe."""

    def __init__(self, ttl: float, timeout: float) -> None:
        self._ttl = ttl
        self._timeout = timeout
        self._results: dict[str, ProbeResult] = {}
        self._inflight: dict[str, anyio.Event] = {}

    def cached(self, name: str) -> ProbeResult | None:
        result = self._results.get(name)
        if result is None or anyio.current_time() - result.checked_at > self._ttl:
            return None
        return result

    async def probe(self, manifest: Manifest, binary: str, env: Mapping[str, str]) -> ProbeResult:
        cached = self.cached(manifest.name)
        if cached is not None:
            return cached
        inflight = self._inflight.get(manifest.name)
        if inflight is not None:
            await inflight.wait()
            return self._results[manifest.name]
        done = self._inflight[manifest.name] = anyio.Event()
        try:
            result = await self._probe_now(manifest, binary, env)
            self._results[manifest.name] = result
        finally:
            del self._inflight[manifest.name]
            done.set()
        return result

    async def _probe_now(self, manifest: Manifest, binary: str, env: Mapping[str, str]) -> ProbeResult:
        version = None
        ready, reason = True, None
        probes = manifest.probes
        if probes.version:
            code, out, err = await _run_probe([binary, *probes.version], env, self._timeout)
            if code == 0:
                version = out.splitlines()[0].strip() if out else None
            else:
                ready, reason = False, f"`{manifest.binary} {' '.join(probes.version)}` failed: {_one_line(out or err)}"
        if ready and probes.ready:
            code, out, err = await _run_probe([binary, *probes.ready], env, self._timeout)
            if code != 0:
                said = _one_line(out or err) or f"exit code {code}"
                seen = f"`{manifest.binary} {' '.join(probes.ready)}` says not ready: {said}"
                # The probe is advisory: a configuration the probe does not know about (an API-key provider)
                # keeps the CLI in, and both what the probe said and what the config says are reported.
                config = CHECKS[probes.configured_check](env) if probes.configured_check else None
                if config is not None and config[0]:
                    reason = f"{seen}; counted ready: {config[1]}"
                else:
                    ready = False
                    hint = f"; to fix: {probes.not_ready_hint}" if probes.not_ready_hint else ""
                    reason = seen + (f"; {config[1]}" if config else "") + hint
        if ready and not probes.ready:
            reason = "no readiness check for this CLI; assumed ready"
        return ProbeResult(version=version, ready=ready, reason=reason, checked_at=anyio.current_time())


def provider_info(manifest: Manifest, binary: str | None, result: ProbeResult | None, default: bool) -> ProviderInfo:
    if binary is None:
        return ProviderInfo(
            name=manifest.name,
            installed=False,
            binary=None,
            version=None,
            ready=False,
            reason=f"`{manifest.binary}` not found on PATH",
            default=False,
        )
    return ProviderInfo(
        name=manifest.name,
        installed=True,
        binary=binary,
        version=result.version if result else None,
        ready=result.ready if result else True,
        reason=result.reason if result else "not probed yet",
        default=default,
    )

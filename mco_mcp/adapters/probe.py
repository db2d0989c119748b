"""Is a provider CLI installed, which version, and is it ready? Cached, bounded, never blocking a job long.

Readiness is checked without a model call: the CLI's own status command where it has a trustworthy one
(claude, codex), its config and environment where it has none (cli_config.py). The verdict is "ready",
"not-ready" or "unknown" (nothing cheap can tell); only "not-ready" leaves a CLI out of the *default*
provider set, and the reason always says what was seen. A provider the caller names is always tried.
`ProviderInfo.ready` is false only for "not-ready"; `doctor` shows the three verdicts.
"""

from __future__ import annotations

import re
import signal
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

import anyio
from anyio.abc import ByteReceiveStream

from mco_mcp.adapters.cli_config import CHECKS, Verdict
from mco_mcp.adapters.manifest import Manifest
from mco_mcp.adapters.manifest import find_binary as find_binary  # re-exported: it lived here
from mco_mcp.execute.groups import signal_group
from mco_mcp.models import ProviderInfo

_OUTPUT_CAP = 4096


@dataclass(frozen=True)
class ProbeResult:
    version: str | None
    verdict: Verdict
    reason: str | None
    checked_at: float

    @property
    def ready(self) -> bool:
        """In the default set: "ready", and "unknown" (tried, as nothing cheap can tell)."""
        return self.verdict != "not-ready"


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


_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def _without_warnings(text: str) -> str:
    """What a status command said, without its warning lines when it said more (codex warns about PATH
    aliases before "Not logged in", which a cut line would then lose)."""
    lines = [line for line in text.splitlines() if line.strip()]
    kept = [line for line in lines if not line.lstrip().lower().startswith(("warning:", "warn:"))]
    return "\n".join(kept or lines)


def _one_line(text: str, limit: int = 240) -> str:
    """What a CLI said, as one clean line: colour codes out, cut at a word boundary, never mid-word."""
    line = " ".join(_ANSI.sub("", text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


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
        probes = manifest.probes
        verdict, reason = self._verdict_without_version(manifest, env) if not probes.ready else ("ready", None)
        if probes.version:
            code, out, err = await _run_probe([binary, *probes.version], env, self._timeout)
            if code == 0:
                version = out.splitlines()[0].strip() if out else None
            else:
                said = _one_line(out or err) or f"exit code {code}"
                return self._result(None, "not-ready", f"`{manifest.binary} {' '.join(probes.version)}` failed: {said}")
        if probes.ready:
            verdict, reason = await self._ready_command(manifest, binary, env)
        return self._result(version, verdict, reason)

    def _result(self, version: str | None, verdict: Verdict, reason: str | None) -> ProbeResult:
        return ProbeResult(version=version, verdict=verdict, reason=reason, checked_at=anyio.current_time())

    @staticmethod
    def _verdict_without_version(manifest: Manifest, env: Mapping[str, str]) -> tuple[Verdict, str | None]:
        """A CLI without a status command: its config decides, or nothing does."""
        probes = manifest.probes
        checked = CHECKS[probes.configured_check](env) if probes.configured_check else None
        if checked is None:
            return "unknown", "no readiness check for this CLI (nothing cheap can tell); tried when asked"
        verdict, seen = checked
        hint = f"; to fix: {probes.not_ready_hint}" if verdict == "not-ready" and probes.not_ready_hint else ""
        return verdict, seen + hint

    async def _ready_command(self, manifest: Manifest, binary: str, env: Mapping[str, str]) -> tuple[Verdict, str | None]:
        probes = manifest.probes
        assert probes.ready is not None
        code, out, err = await _run_probe([binary, *probes.ready], env, self._timeout)
        if code == 0:
            return "ready", None
        said = _one_line(_without_warnings(out or err)) or f"exit code {code}"
        seen = f"`{manifest.binary} {' '.join(probes.ready)}` says not ready: {said}"
        if code is None:  # no answer in time: that says nothing about the login
            return "unknown", seen
        # A configuration the command does not know about (an API-key provider) can still make it work:
        # both what the command said and what the config says are reported.
        config = CHECKS[probes.configured_check](env) if probes.configured_check else None
        if config is not None and config[0] == "ready":
            return "ready", f"{seen}; counted ready: {config[1]}"
        hint = f"; to fix: {probes.not_ready_hint}" if probes.not_ready_hint else ""
        return "not-ready", seen + (f"; {config[1]}" if config else "") + hint


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

"""`mco-mcp doctor`: per CLI, a verdict that spends no model call (the same the default selection uses),
what to fix, and the config in effect. Exit 0 only when every default provider is usable."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from mco_mcp.cli.args import EXIT_JOB_FAILED, EXIT_OK
from mco_mcp.cli.human import one_line

MARK = {"ready": "✓", "not-ready": "✗", "unknown": "?", "not-installed": "✗"}


def verdict(info: Any, probed: Any) -> str:
    """The probe's verdict (the one the default selection reads), or "not-installed"."""
    if not info.installed:
        return "not-installed"
    if probed is None:
        return "unknown"
    return str(probed.verdict)


def lines(infos: list[Any], verdicts: dict[str, str], registry: Any) -> list[str]:
    out = []
    for info in infos:
        manifest = registry.manifests[info.name]
        state = verdicts[info.name]
        version = f" {info.version}" if info.version else ""
        if state == "not-installed":
            how = f"install it: {manifest.install}" if manifest.install else f"put `{manifest.binary}` on PATH"
            out.append(f"✗ {info.name}: not installed (`{manifest.binary}` not on PATH) — {how}")
            continue
        word = {"ready": "ready", "not-ready": "not ready", "unknown": "unknown (nothing cheap can tell; tried when asked)"}[state]
        note = "" if info.default else " (not in the default set)"
        seen = f" — {one_line(info.reason, 300)}" if info.reason else ""
        out.append(f"{MARK[state]} {info.name}{version}: {word}{note}{seen}")
    for name, note in registry.overrides.items():
        out.append(f"! {name}: {one_line(note, 300)}")
    for error in registry.errors:
        out.append(f"✗ manifest {one_line(str(error), 300)}")
    return out


def config_lines(defaults: Any) -> list[str]:
    from mco_mcp.settings import user_config_path

    out = ["config (a flag > [tool.mco-mcp] in the repo's pyproject.toml > the user file > built-in):",
           f"  user file: {user_config_path()}"]  # fmt: skip
    shown = defaults.model_dump(exclude={"sources"}, exclude_defaults=True)
    if not shown:
        out.append("  no defaults set")
    for key, value in shown.items():
        out.append(f"  {key} = {json.dumps(value)}   ({defaults.sources.get(key, '?')})")
    return out


async def doctor(args: argparse.Namespace, settings: Any, registry: Any, defaults: Any) -> int:
    from mco_mcp.jobs.manager import JobManager

    async with JobManager(settings, registry) as manager:
        probed = await manager.selector.probe_all()
        infos = await manager.selector.provider_infos(None)  # from the same (cached) probes
    verdicts = {info.name: verdict(info, probed.get(info.name)) for info in infos}
    # The providers a default job counts on: the config's list, else every CLI that is installed (one that is
    # installed but cannot be used is something to fix; one that is not installed is a choice).
    wanted = set(defaults.providers) if defaults.providers else {i.name for i in infos if i.installed}
    usable = bool(wanted) and all(verdicts.get(name) in ("ready", "unknown") for name in wanted)
    healthy = usable and not registry.errors
    if args.json:
        document = {
            "healthy": healthy,
            "providers": [{**i.model_dump(mode="json"), "verdict": verdicts[i.name]} for i in infos],
            "default_providers": sorted(wanted),
            "manifest_errors": [str(e) for e in registry.errors],
            "config": {**defaults.model_dump(mode="json", exclude={"sources"}, exclude_defaults=True)},
            "config_sources": defaults.sources,
        }
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
    else:
        print("\n".join(lines(infos, verdicts, registry) + config_lines(defaults)))
        if not wanted:
            print("no provider is usable: install and log in to at least one CLI (see above)")
    return EXIT_OK if healthy else EXIT_JOB_FAILED

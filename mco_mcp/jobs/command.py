"""The one place a provider run's command, environment and limits are put together.

Used by the job manager for every run, and by the headless CLI's early start (mco_mcp/jobs/prestart.py),
which starts a job's CLIs before the engine is loaded and hands them to it: what it starts is what the
manager would have started (tests/test_prestart.py compares the two). Loads nothing heavy.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from mco_mcp.adapters.env import child_env
from mco_mcp.execute.request import ArtifactPaths, Limits, RunRequest

if TYPE_CHECKING:
    from mco_mcp.adapters.manifest import Manifest
    from mco_mcp.kinds import Access
    from mco_mcp.settings import Settings


def provider_run_request(
    *,
    manifest: Manifest,
    binary: str,
    cwd: Path,
    access: Access,
    job_id: str,
    model: str | None,
    session_id: str | None,
    parent_env: Mapping[str, str],
    depth: int,
    timeout_seconds: float,
    stall_seconds: float,
    settings: Settings,
    artifacts: ArtifactPaths,
    stdin: bytes,
    provider: str | None = None,
) -> RunRequest:
    env = child_env(
        parent_env,
        strip=manifest.env.strip,
        set_vars={**manifest.env.set, **manifest.access[access].env},
        depth=depth,
    )
    argv = manifest.build_argv(
        binary_path=binary,
        repo=str(cwd),
        access=access,
        job_id=job_id,
        model=model,
        session_id=session_id,
        env=env,  # where the CLI will look for its own config (e.g. CODEX_HOME), as the child sees it
    )
    return RunRequest(
        provider=provider or manifest.name,
        argv=tuple(argv),
        cwd=cwd,
        env=env,
        stdin=stdin,
        limits=Limits(
            timeout_seconds=timeout_seconds,
            stall_seconds=stall_seconds,
            kill_grace_seconds=settings.kill_grace_seconds,
            max_output_bytes=settings.max_output_bytes,
        ),
        parser=manifest.parser,
        artifacts=artifacts,
        secrets={**env, **parent_env},
    )

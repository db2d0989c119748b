"""What every tool shares: the app state, the calling client, the job as a tool result, error mapping."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import anyio
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from mco_mcp.adapters.manifest import Registry
from mco_mcp.errors import McoError
from mco_mcp.jobs.manager import JobManager
from mco_mcp.jobs.request import build_request
from mco_mcp.inputs import JobInput, request_fields
from mco_mcp.models import Job, JobKind
from mco_mcp.settings import Settings
from mco_mcp.tools.render import host_view, render_text

log = logging.getLogger("mco_mcp.tools")

WAIT_NOTE = (
    "Cancelling this call (or the host timing out) only stops the waiting; the job keeps running — use "
    "`status` to pick it up and `cancel` to stop it."
)


# Set while the tasks extension starts a job for a task: the tool starts it and returns without waiting.
_START_ONLY: ContextVar[bool] = ContextVar("mco_mcp_start_only", default=False)


@contextmanager
def start_only() -> Iterator[None]:
    token = _START_ONLY.set(True)
    try:
        yield
    finally:
        _START_ONLY.reset(token)


@dataclass
class App:
    settings: Settings
    registry: Registry
    manager: JobManager


def app_of(ctx: Context) -> App:
    app = ctx.request_context.lifespan_context
    assert isinstance(app, App)
    return app


def client_name(ctx: Context) -> str | None:
    params = ctx.session.client_params
    return params.client_info.name if params is not None else None


def may_ask_for_roots(ctx: Context) -> bool:
    """Roots are asked for only on a 2025-era connection whose client declared them.

    The 2026-07-28 protocol deprecates roots (SEP-2577) and gives the server no back-channel to ask with:
    asking there only earns a deprecation warning and a failed `roots/list` on every call.
    """
    session = ctx.session
    if ctx.protocol_version in MODERN_PROTOCOL_VERSIONS or not session.can_send_request:
        return False
    capabilities = session.client_capabilities
    return capabilities is not None and capabilities.roots is not None


async def client_roots(ctx: Context) -> list[Path] | None:
    """The client's MCP roots (file URIs) on a 2025-era connection that offers roots; None when it offers
    none, cannot list them, or speaks 2026-07-28 (then the server's working directory is the workspace:
    hosts start a stdio server in the project, and `repo` says otherwise)."""
    if not may_ask_for_roots(ctx):
        return None
    session = ctx.session
    with anyio.move_on_after(5):
        try:
            result = await session.list_roots()
        except Exception as exc:  # a client that advertises roots but fails to list them
            log.warning("roots/list failed: %s", exc)
            return None
        roots = []
        for root in result.roots:
            uri = urlparse(str(root.uri))
            if uri.scheme == "file" and uri.path:
                roots.append(Path(unquote(uri.path)))
        return roots or None
    return None


async def start_and_wait(ctx: Context, kind: JobKind, given: JobInput) -> CallToolResult:
    """Validate the request (nothing starts on bad input), start the job, wait for it up to wait_seconds.

    `repo` defaults to the client's first root, else the server's working directory; when the client
    offers roots, `repo` must lie inside one of them.
    """
    app = app_of(ctx)
    with tool_errors():
        roots = await client_roots(ctx)
        request = build_request(
            kind=kind,
            default_repo=roots[0] if roots else Path.cwd(),
            roots=roots,
            registry=app.registry,
            max_prompt_bytes=app.settings.max_prompt_bytes,
            **request_fields(kind, given),
        )
        live = await app.manager.start(request, client_name(ctx))
        if _START_ONLY.get():
            return job_result(app.manager.snapshot(live.job_id))
        job = await app.manager.wait(live.job_id, given.wait_seconds, progress_reporter(ctx))
    return job_result(job)


def progress_reporter(ctx: Context) -> Callable[[Job], Awaitable[None]]:
    started = anyio.current_time()

    async def report(job: Job) -> None:
        # progress must grow with every notification: seconds waited does.
        await ctx.report_progress(round(anyio.current_time() - started, 3), None, progress_message(job))

    return report


def progress_message(job: Job) -> str:
    done = sum(run.state not in ("queued", "running") for run in job.providers)
    running = ", ".join(
        f"{run.provider} {run.state} {run.elapsed_seconds:.0f}s" for run in job.providers if run.state == "running"
    )
    return f"{done}/{len(job.providers)} providers finished" + (f"; {running}" if running else "")


def job_result(job: Job) -> CallToolResult:
    """The job as every host reads it: structured content led by the summary and cut to fit the host's
    limit, plus one compact text block of the same (see render.py), never a second copy of the JSON."""
    view = host_view(job)
    return CallToolResult(content=[TextContent(type="text", text=render_text(view))], structured_content=view, is_error=False)


@contextmanager
def tool_errors() -> Iterator[None]:
    """Our own errors become tool errors (isError) carrying their message."""
    try:
        yield
    except McoError as exc:
        raise ToolError(str(exc)) from exc

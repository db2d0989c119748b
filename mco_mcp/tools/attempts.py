"""The `apply` and `discard` tools: keep one attempt's patch, or drop the attempts of a workspace-write run."""

from typing import Annotated

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations

from mco_mcp.inputs import ApplyInput, DiscardInput, tool_function
from mco_mcp.models import Job
from mco_mcp.tools.common import app_of, job_result, tool_errors

APPLY = """Apply one provider's patch from a finished workspace-write `run` to your work tree (not the index,
not HEAD). All or nothing: when your tree changed underneath in a way the patch conflicts with, it is refused
with the files and nothing is changed. Then every kept attempt of the job (worktrees and branches) is
removed; the patches stay readable as mco://jobs/{job_id}/providers/{provider}/patch."""

DISCARD = """Remove the kept attempts of a finished workspace-write `run` (each provider's worktree and
branch), all of them or those of `providers`. Their patches stay in the job until it is pruned."""


async def apply(ctx: Context, given: ApplyInput) -> CallToolResult:
    from mco_mcp.attempts.apply import apply_patch

    with tool_errors():
        manager = app_of(ctx).manager
        manager.snapshot(given.job_id)  # a job of a dead server is settled first; a running one is refused below
        job = await anyio.to_thread.run_sync(apply_patch, manager.store, given.job_id, given.provider)
    return job_result(job)


async def discard(ctx: Context, given: DiscardInput) -> CallToolResult:
    from mco_mcp.attempts.apply import discard as discard_attempts

    with tool_errors():
        manager = app_of(ctx).manager
        manager.snapshot(given.job_id)
        job = await anyio.to_thread.run_sync(discard_attempts, manager.store, given.job_id, given.providers)
    return job_result(job)


def register(server: MCPServer) -> None:
    server.tool(
        name="apply",
        title="Apply one attempt's patch",
        description=APPLY,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=False, openWorldHint=False),
    )(tool_function("apply", ApplyInput, apply, Context, Annotated[CallToolResult, Job]))
    server.tool(
        name="discard",
        title="Discard attempts",
        description=DISCARD,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
    )(tool_function("discard", DiscardInput, discard, Context, Annotated[CallToolResult, Job]))

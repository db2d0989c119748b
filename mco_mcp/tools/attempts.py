"""The `apply` and `discard` tools: keep one attempt's patch, or drop the attempts of a workspace-write run."""

from typing import Annotated

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import Field

from mco_mcp.models import Job
from mco_mcp.tools.common import app_of, job_result, tool_errors
from mco_mcp.tools.fields import JobId

APPLY = """Apply one provider's patch from a finished workspace-write `run` to your work tree (not the index,
not HEAD). All or nothing: when your tree changed underneath in a way the patch conflicts with, it is refused
with the files and nothing is changed. Then every kept attempt of the job (worktrees and branches) is
removed; the patches stay readable as mco://jobs/{job_id}/providers/{provider}/patch."""

DISCARD = """Remove the kept attempts of a finished workspace-write `run` (each provider's worktree and
branch), all of them or those of `providers`. Their patches stay in the job until it is pruned."""


def register(server: MCPServer) -> None:
    @server.tool(
        name="apply",
        title="Apply one attempt's patch",
        description=APPLY,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=False, openWorldHint=False),
    )
    async def apply(
        job_id: JobId,
        provider: Annotated[str, Field(description="The provider whose patch to apply (see the job's providers[].attempt)")],
        ctx: Context,
    ) -> Annotated[CallToolResult, Job]:
        from mco_mcp.attempts.apply import apply_patch

        with tool_errors():
            manager = app_of(ctx).manager
            manager.snapshot(job_id)  # a job of a dead server is settled first; a running one is refused below
            job = await anyio.to_thread.run_sync(apply_patch, manager.store, job_id, provider)
        return job_result(job)

    @server.tool(
        name="discard",
        title="Discard attempts",
        description=DISCARD,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
    )
    async def discard(
        job_id: JobId,
        ctx: Context,
        providers: Annotated[list[str] | None, Field(description="Only these providers' attempts; default: all")] = None,
    ) -> Annotated[CallToolResult, Job]:
        from mco_mcp.attempts.apply import discard as discard_attempts

        with tool_errors():
            manager = app_of(ctx).manager
            manager.snapshot(job_id)
            job = await anyio.to_thread.run_sync(discard_attempts, manager.store, job_id, providers)
        return job_result(job)

"""The `cancel` tool: stop a job (or some of its providers), killing their whole process groups."""

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations

from mco_mcp.inputs import CancelInput, tool_function
from mco_mcp.models import Job
from mco_mcp.tools.common import app_of, job_result, tool_errors

DESCRIPTION = """Stop a running job: SIGTERM to each provider's whole process group, then SIGKILL after a
grace period. With `providers`, stop only those runs and let the others finish. Returns the job once the
processes are gone. Idempotent: cancelling a cancelled job returns it unchanged; a job that already
finished otherwise is an error."""


async def cancel(ctx: Context, given: CancelInput) -> CallToolResult:
    with tool_errors():
        job = await app_of(ctx).manager.cancel(given.job_id, given.providers)
    return job_result(job)


def register(server: MCPServer) -> None:
    server.tool(
        name="cancel",
        title="Cancel a job",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
    )(tool_function("cancel", CancelInput, cancel, Context, Annotated[CallToolResult, Job]))

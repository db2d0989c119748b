"""The `status` tool: one job (optionally waiting for it), or the most recent jobs."""

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, TextContent, ToolAnnotations

from mco_mcp.errors import UnreadableJob
from mco_mcp.inputs import StatusInput, tool_function
from mco_mcp.models import StatusResult, UnreadableJobInfo
from mco_mcp.tools.common import WAIT_NOTE, app_of, job_result, progress_reporter, tool_errors

LIST_LIMIT = 20

DESCRIPTION = f"""Get a job by id, waiting up to wait_seconds for it to finish; without job_id, list the
{LIST_LIMIT} most recent jobs, newest first (each job's id, state, times, summary and its providers' states:
ask for one job to get its answers, findings and the rest). Finished jobs are kept across server restarts.
{WAIT_NOTE}"""


async def status(ctx: Context, given: StatusInput) -> CallToolResult:
    manager = app_of(ctx).manager
    job_id, wait_seconds = given.job_id, given.wait_seconds
    with tool_errors():
        if job_id is None:
            unreadable: list[UnreadableJob] = []
            jobs = manager.listing(LIST_LIMIT, unreadable)  # already as listed (models.ListedJob)
            unreadable_info = [UnreadableJobInfo(job_id=u.job_id, reason=u.reason).model_dump(mode="json") for u in unreadable]
            text = "\n".join(
                [job["summary"] for job in jobs] + [f"{u.job_id}: unreadable — {u.reason}" for u in unreadable]
            ) or "no jobs yet"
            return CallToolResult(
                content=[TextContent(type="text", text=text)],
                # What JobList(...).model_dump(mode="json") gives: a valid StatusResult (only `jobs`, `unreadable`).
                structured_content={"jobs": jobs, "unreadable": unreadable_info},
            )
        job = await manager.wait(job_id, wait_seconds, progress_reporter(ctx) if wait_seconds else None)
    return job_result(job)


def register(server: MCPServer) -> None:
    server.tool(
        name="status",
        title="Job status",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False),
    )(tool_function("status", StatusInput, status, Context, Annotated[CallToolResult, StatusResult]))

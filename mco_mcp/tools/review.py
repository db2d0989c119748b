"""The `review` tool: structured, deduplicated findings from several agents, always read-only."""

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations

from mco_mcp.inputs import ReviewInput, tool_function
from mco_mcp.models import Job
from mco_mcp.tools.common import WAIT_NOTE, start_and_wait

DESCRIPTION = f"""Ask several coding-agent CLIs (claude, codex, gemini, opencode, qwen) to review code, in parallel and read-only.

Each agent gets the prompt plus a findings contract; their findings are extracted, made repo-relative and
merged: the same problem reported by several agents appears once, with `detected_by` naming them.

To review a change, pass `scope`: {{"kind": "uncommitted"}} (your work, untracked files included),
{{"kind": "staged"}}, {{"kind": "branch", "base": "main"}} (the branch since it left main, like a PR),
{{"kind": "branch", "base": "main", "head": "feature"}} (a ref not checked out: reviewed in a temporary
read-only worktree), {{"kind": "commit", "commit": "HEAD"}}, {{"kind": "range", "base": "A", "head": "B"}}.
Each agent then gets the changed files and the diff; each finding says `in_diff`. Returns
the job: finished if it ends within wait_seconds, else running (poll with `status`). {WAIT_NOTE}"""


async def review(ctx: Context, given: ReviewInput) -> CallToolResult:
    return await start_and_wait(ctx, "review", given)


def register(server: MCPServer) -> None:
    server.tool(
        name="review",
        title="Multi-agent code review",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=False, openWorldHint=True),
    )(tool_function("review", ReviewInput, review, Context, Annotated[CallToolResult, Job]))

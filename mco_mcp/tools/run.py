"""The `run` tool: any task, each agent's final answer and session id; read-only unless asked."""

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations

from mco_mcp.inputs import RunInput, tool_function
from mco_mcp.models import Job
from mco_mcp.tools.common import WAIT_NOTE, start_and_wait

DESCRIPTION = f"""Give a task to several coding-agent CLIs in parallel and get each one's final answer and session id.

`access` is read-only by default; "workspace-write" lets the agents edit files: in a git repository each
provider works in its own worktree (HEAD plus your uncommitted changes) and comes back as a patch
(providers[].attempt; `check` runs e.g. your tests in each); keep one with `apply`, drop them with
`discard`. Your work tree is not touched until you apply. `resume`
({{provider: session_id}}) continues an earlier session of that provider (and, without `providers`, asks
only those providers). `scope` (as for `review`, e.g. {{"kind": "staged"}}) puts a git change's file
list and diff in the prompt, e.g. to write its commit message. Returns the job: finished if it ends within wait_seconds, else running. {WAIT_NOTE}"""


async def run(ctx: Context, given: RunInput) -> CallToolResult:
    return await start_and_wait(ctx, "run", given)


def register(server: MCPServer) -> None:
    server.tool(
        name="run",
        title="Run a task on several agents",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=False, openWorldHint=True),
    )(tool_function("run", RunInput, run, Context, Annotated[CallToolResult, Job]))

"""The `run` tool: any task, each agent's final answer and session id; read-only unless asked."""

from typing import Annotated, Literal

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import Field

from mco_mcp.models import Job
from mco_mcp.tools.common import WAIT_NOTE, start_and_wait
from mco_mcp.tools.fields import Models, Paths, Prompt, Providers, Repo, Scope, StallSeconds, TimeoutSeconds, WaitSeconds

DESCRIPTION = f"""Give a task to several coding-agent CLIs in parallel and get each one's final answer and session id.

`access` is read-only by default; "workspace-write" lets the agents edit files: in a git repository each
provider works in its own worktree (HEAD plus your uncommitted changes) and comes back as a patch
(providers[].attempt; `check` runs e.g. your tests in each); keep one with `apply`, drop them with
`discard`. Your work tree is not touched until you apply. `resume`
({{provider: session_id}}) continues an earlier session of that provider (and, without `providers`, asks
only those providers). `scope` (as for `review`, e.g. {{"kind": "staged"}}) puts a git change's file
list and diff in the prompt, e.g. to write its commit message. Returns the job: finished if it ends within wait_seconds, else running. {WAIT_NOTE}"""


def register(server: MCPServer) -> None:
    @server.tool(
        name="run",
        title="Run a task on several agents",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=False, openWorldHint=True),
    )
    async def run(
        prompt: Prompt,
        ctx: Context,
        repo: Repo = None,
        paths: Paths = None,
        scope: Scope = None,
        providers: Providers = None,
        models: Models = None,
        access: Annotated[
            Literal["read-only", "workspace-write"],
            Field(description="read-only (default), or workspace-write to let the agents edit files in repo"),
        ] = "read-only",
        resume: Annotated[
            dict[str, str] | None,
            Field(description="{provider: session_id} to continue earlier sessions (session ids come from earlier jobs)"),
        ] = None,
        wait_seconds: WaitSeconds = 40,
        timeout_seconds: TimeoutSeconds = 1800,
        stall_seconds: StallSeconds = 600,
        check: Annotated[
            list[str] | None,
            Field(description="workspace-write: a command (argv, no shell), e.g. [\"pytest\", \"-q\"], run in each "
                  "attempt's worktree after its run; providers[].attempt.check says whether it passed"),
        ] = None,
    ) -> Annotated[CallToolResult, Job]:
        return await start_and_wait(
            ctx,
            kind="run",
            prompt=prompt,
            repo=repo,
            paths=paths,
            providers=providers,
            models=models,
            access=access,
            resume=resume,
            wait_seconds=wait_seconds,
            timeout_seconds=timeout_seconds,
            stall_seconds=stall_seconds,
            scope=scope,
            check=check,
        )

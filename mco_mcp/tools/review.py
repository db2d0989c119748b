"""The `review` tool: structured, deduplicated findings from several agents, always read-only."""

from typing import Annotated

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, ToolAnnotations
from pydantic import Field

from mco_mcp.models import Job
from mco_mcp.tools.common import WAIT_NOTE, start_and_wait
from mco_mcp.tools.fields import Models, Paths, Prompt, Providers, Repo, Scope, StallSeconds, TimeoutSeconds, WaitSeconds

DESCRIPTION = f"""Ask several coding-agent CLIs (claude, codex, gemini, opencode, qwen) to review code, in parallel and read-only.

Each agent gets the prompt plus a findings contract; their findings are extracted, made repo-relative and
merged: the same problem reported by several agents appears once, with `detected_by` naming them.

To review a change, pass `scope`: {{"kind": "uncommitted"}} (your work, untracked files included),
{{"kind": "staged"}}, {{"kind": "branch", "base": "main"}} (the branch since it left main, like a PR),
{{"kind": "branch", "base": "main", "head": "feature"}} (a ref not checked out: reviewed in a temporary
read-only worktree), {{"kind": "commit", "commit": "HEAD"}}, {{"kind": "range", "base": "A", "head": "B"}}.
Each agent then gets the changed files and the diff; each finding says `in_diff`. Returns
the job: finished if it ends within wait_seconds, else running (poll with `status`). {WAIT_NOTE}"""


def register(server: MCPServer) -> None:
    @server.tool(
        name="review",
        title="Multi-agent code review",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=False, openWorldHint=True),
    )
    async def review(
        prompt: Prompt,
        ctx: Context,
        repo: Repo = None,
        paths: Paths = None,
        scope: Scope = None,
        providers: Providers = None,
        models: Models = None,
        wait_seconds: WaitSeconds = 40,
        timeout_seconds: TimeoutSeconds = 1800,
        stall_seconds: StallSeconds = 600,
        roles: Annotated[
            dict[str, str] | None,
            Field(
                description="A focus per provider: one of security, performance, correctness, tests, maintainability, "
                "or your own words, e.g. {\"codex\": \"security\", \"gemini\": \"performance\"}"
            ),
        ] = None,
        synthesize: Annotated[
            bool, Field(description="After the review, one provider writes consensus / divergence / next steps")
        ] = False,
        synthesizer: Annotated[
            str | None,
            Field(description="Who writes the synthesis; default: the first provider that succeeded, never the caller's own CLI"),
        ] = None,
        cross_examine: Annotated[
            bool,
            Field(description="After merging, each finding goes to the agents that did not report it, which confirm or "
                  "refute it citing the code; confidence is recomputed from their verdicts (costs one more, shorter run each)"),
        ] = False,
        min_confidence: Annotated[
            float | None,
            Field(ge=0, le=1, description="Findings whose confidence is below this go to hidden_findings (counted, never lost)"),
        ] = None,
    ) -> Annotated[CallToolResult, Job]:
        return await start_and_wait(
            ctx,
            kind="review",
            prompt=prompt,
            repo=repo,
            paths=paths,
            providers=providers,
            models=models,
            access="read-only",
            resume=None,
            wait_seconds=wait_seconds,
            timeout_seconds=timeout_seconds,
            stall_seconds=stall_seconds,
            roles=roles,
            synthesize=synthesize,
            synthesizer=synthesizer,
            scope=scope,
            cross_examine=cross_examine,
            min_confidence=min_confidence,
        )

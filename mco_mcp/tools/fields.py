"""Parameter types shared by the tools (descriptions and bounds become the input schema)."""

from typing import Annotated

from pydantic import Field

from mco_mcp.scope.model import ReviewScope

Prompt = Annotated[str, Field(description="The task or question for the agents. Sent on stdin, never in argv.")]
Repo = Annotated[
    str | None,
    Field(
        description="Repository directory the agents work in. Default: the client's first MCP root on a 2025-era "
        "connection that offers roots, else the server's working directory (the project the host was started in)."
    ),
]
Paths = Annotated[
    list[str] | None,
    Field(description="Files or directories to focus on; each must resolve (symlinks included) inside repo."),
]
Providers = Annotated[
    list[str] | None,
    Field(description="Provider CLIs to ask (see `providers`). Default: every installed, ready CLI except the calling agent's own."),
]
Models = Annotated[
    dict[str, str] | None,
    Field(description="Model per provider, e.g. {\"codex\": \"gpt-5\"}; passed to the CLI's model flag."),
]
WaitSeconds = Annotated[
    float,
    Field(ge=0, le=3600, description="Return after at most this many seconds: the finished job, or the running job to poll with `status`."),
]
TimeoutSeconds = Annotated[float, Field(gt=0, le=86400, description="Hard limit per provider run.")]
StallSeconds = Annotated[float, Field(gt=0, le=86400, description="Stop a provider that prints nothing for this long.")]
JobId = Annotated[str, Field(description="A job id returned by `review` or `run`.")]
Scope = Annotated[
    ReviewScope | None,
    Field(
        description="Review a git change instead of the whole repository: the agents get the changed-file list and "
        "the diff. E.g. {\"kind\": \"uncommitted\"}, {\"kind\": \"staged\"}, {\"kind\": \"branch\", \"base\": \"main\"} "
        "(this branch like a pull request), {\"kind\": \"branch\", \"base\": \"origin/main\", \"head\": \"pr-42\"} "
        "(a ref not checked out), {\"kind\": \"commit\", \"commit\": \"HEAD\"}, {\"kind\": \"range\", \"base\": \"v1.2\", "
        "\"head\": \"v1.3\"}. Findings then carry in_diff. An empty diff completes at once (nothing to review)."
    ),
]

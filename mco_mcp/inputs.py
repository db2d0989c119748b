"""One input model per job tool (review, run, status, cancel, apply, discard): each parameter's type, bounds, default and
description are written here once, and read by both surfaces.

- The MCP tools are functions whose signatures are built from these models (`tool_function`), so the input
  schema in `tools/list` is what the models say (tests/test_tools.py pins it byte for byte).
- The headless CLI validates its flags with the same models (exit 2 on anything they refuse) and takes
  its help texts, defaults and units from them (mco_mcp/cli/).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.fields import FieldInfo

from mco_mcp.kinds import JobKind
from mco_mcp.scope.model import ReviewScope

WAIT_DEFAULT = 40

Prompt = Annotated[str, Field(description="The task or question for the agents. Sent on stdin, never in argv.")]
Repo = Annotated[
    str | None,
    Field(
        None,
        description="Repository directory the agents work in. Default: the client's first MCP root on a 2025-era "
        "connection that offers roots, else the server's working directory (the project the host was started in).",
    ),
]
Paths = Annotated[
    list[str] | None,
    Field(None, description="Files or directories to focus on; each must resolve (symlinks included) inside repo."),
]
Providers = Annotated[
    list[str] | None,
    Field(
        None,
        description="Provider CLIs to ask (see `providers`). Default: every installed, ready CLI except the calling agent's own.",
    ),
]
Models = Annotated[
    dict[str, str] | None,
    Field(None, description="Model per provider, e.g. {\"codex\": \"gpt-5\"}; passed to the CLI's model flag."),
]
WaitSeconds = Annotated[
    float,
    Field(
        WAIT_DEFAULT,
        ge=0,
        le=3600,
        description="Return after at most this many seconds: the finished job, or the running job to poll with `status`.",
    ),
]
TimeoutSeconds = Annotated[float, Field(1800, gt=0, le=86400, description="Hard limit per provider run.")]
StallSeconds = Annotated[float, Field(600, gt=0, le=86400, description="Stop a provider that prints nothing for this long.")]
JobId = Annotated[str, Field(description="A job id returned by `review` or `run`.")]
Scope = Annotated[
    ReviewScope | None,
    Field(
        None,
        description="Review a git change instead of the whole repository: the agents get the changed-file list and "
        "the diff. E.g. {\"kind\": \"uncommitted\"}, {\"kind\": \"staged\"}, {\"kind\": \"branch\", \"base\": \"main\"} "
        "(this branch like a pull request), {\"kind\": \"branch\", \"base\": \"origin/main\", \"head\": \"pr-42\"} "
        "(a ref not checked out), {\"kind\": \"commit\", \"commit\": \"HEAD\"}, {\"kind\": \"range\", \"base\": \"v1.2\", "
        "\"head\": \"v1.3\"}. Findings then carry in_diff. An empty diff completes at once (nothing to review).",
    ),
]
Roles = Annotated[
    dict[str, str] | None,
    Field(
        None,
        description="A focus per provider: one of security, performance, correctness, tests, maintainability, "
        "or your own words, e.g. {\"codex\": \"security\", \"gemini\": \"performance\"}",
    ),
]
Synthesize = Annotated[
    bool, Field(False, description="After the review, one provider writes consensus / divergence / next steps")
]
Synthesizer = Annotated[
    str | None,
    Field(None, description="Who writes the synthesis; default: the first provider that succeeded, never the caller's own CLI"),
]
AccessLevel = Annotated[
    Literal["read-only", "workspace-write"],
    Field("read-only", description="read-only (default), or workspace-write to let the agents edit files in repo"),
]
Resume = Annotated[
    dict[str, str] | None,
    Field(None, description="{provider: session_id} to continue earlier sessions (session ids come from earlier jobs)"),
]
CrossExamine = Annotated[
    bool,
    Field(
        False,
        description="After merging, each finding goes to the agents that did not report it, which confirm or "
        "refute it citing the code; confidence is recomputed from their verdicts (costs one more, shorter run each)",
    ),
]
Adjudicate = Annotated[
    bool,
    Field(
        False,
        description="After merging, one agent decides the pairs of nearby findings the merger's rules are unsure "
        "of (same problem or not); 'same' joins them. Off by default: one more, short run",
    ),
]
Adjudicator = Annotated[
    str | None,
    Field(None, description="Who adjudicates; default: the first provider that succeeded, never the caller's own CLI"),
]
MinConfidence = Annotated[
    float | None,
    Field(None, ge=0, le=1, description="Findings whose confidence is below this go to hidden_findings (counted, never lost)"),
]
Check = Annotated[
    list[str] | None,
    Field(
        None,
        description="workspace-write: a command (argv, no shell), e.g. [\"pytest\", \"-q\"], run in each "
        "attempt's worktree after its run; providers[].attempt.check says whether it passed",
    ),
]
StatusJobId = Annotated[str | None, Field(None, description="A job id from `review` or `run`; omit to list recent jobs")]
StatusWait = Annotated[float, Field(0, ge=0, le=3600, description="Wait up to this long for the job to finish")]
CancelProviders = Annotated[list[str] | None, Field(None, description="Only these providers' runs; default: the whole job")]


ApplyProvider = Annotated[str, Field(description="The provider whose patch to apply (see the job's providers[].attempt)")]
DiscardProviders = Annotated[list[str] | None, Field(None, description="Only these providers' attempts; default: all")]


class _Input(BaseModel):
    # The CLI builds these from flags: a name that is not a field is our bug, never silently dropped.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReviewInput(_Input):
    prompt: Prompt
    repo: Repo
    paths: Paths
    scope: Scope
    providers: Providers
    models: Models
    wait_seconds: WaitSeconds
    timeout_seconds: TimeoutSeconds
    stall_seconds: StallSeconds
    roles: Roles
    synthesize: Synthesize
    synthesizer: Synthesizer
    cross_examine: CrossExamine
    min_confidence: MinConfidence
    adjudicate: Adjudicate
    adjudicator: Adjudicator


class RunInput(_Input):
    prompt: Prompt
    repo: Repo
    paths: Paths
    scope: Scope
    providers: Providers
    models: Models
    access: AccessLevel
    resume: Resume
    wait_seconds: WaitSeconds
    timeout_seconds: TimeoutSeconds
    stall_seconds: StallSeconds
    check: Check


class StatusInput(_Input):
    job_id: StatusJobId
    wait_seconds: StatusWait


class CancelInput(_Input):
    job_id: JobId
    providers: CancelProviders


class ApplyInput(_Input):
    job_id: JobId
    provider: ApplyProvider


class DiscardInput(_Input):
    job_id: JobId
    providers: DiscardProviders


JobInput = ReviewInput | RunInput
INPUTS: dict[str, type[_Input]] = {
    "review": ReviewInput, "run": RunInput, "status": StatusInput, "cancel": CancelInput,
    "apply": ApplyInput, "discard": DiscardInput,
}  # fmt: skip


def request_fields(kind: JobKind, given: JobInput) -> dict[str, Any]:
    """The keyword arguments of `build_request` that a job's input carries (not where or how long to wait)."""
    fields: dict[str, Any] = given.model_dump(exclude={"wait_seconds"})
    fields["scope"] = given.scope  # the model itself, not its dump
    if kind == "review":
        fields.update(access="read-only", resume=None, check=None)
    else:
        fields.update(roles=None, synthesize=False, synthesizer=None, cross_examine=False, min_confidence=None,
                      adjudicate=False, adjudicator=None)  # fmt: skip
    return fields


def unit(name: str) -> str | None:
    """The unit a field is counted in, said by its name (every duration here ends in _seconds)."""
    return "seconds" if name.endswith("_seconds") else None


def default_of(model: type[BaseModel], name: str) -> Any:
    info = model.model_fields[name]
    return None if info.is_required() else info.default


def _parameter(name: str, info: FieldInfo) -> inspect.Parameter:
    # The tool's argument model is built by the SDK from the signature: type, bounds (metadata) and
    # description in the annotation, the default as the parameter's default — the same schema as a
    # hand-written `name: Annotated[T, Field(...)] = default`.
    annotation = Annotated[(info.annotation, *info.metadata, Field(description=info.description))]  # type: ignore[name-defined]
    default = inspect.Parameter.empty if info.is_required() else info.default
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


def tool_function(
    name: str,
    model: type[_Input],
    handler: Callable[[Any, Any], Awaitable[Any]],
    context_type: type,
    returns: Any,
) -> Callable[..., Awaitable[Any]]:
    """An MCP tool function whose parameters are `model`'s fields: the SDK reads its signature, and each call
    reaches `handler(ctx, model_instance)`."""

    async def tool(ctx: Any, **arguments: Any) -> Any:
        return await handler(ctx, model.model_validate(arguments))

    parameters = [inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=context_type)]
    parameters += [_parameter(field, info) for field, info in model.model_fields.items()]
    tool.__signature__ = inspect.Signature(parameters, return_annotation=returns)  # type: ignore[attr-defined]
    # The SDK finds the Context parameter through typing.get_type_hints, which reads __annotations__.
    tool.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": returns}
    tool.__name__ = tool.__qualname__ = name
    return tool

"""Native background tasks: the `io.modelcontextprotocol/tasks` extension (SEP-2663, MCP 2026-07-28) over our jobs.

A client that declares the extension in a request's `_meta` clientCapabilities gets, for `review` and
`run`, a task at once instead of a result: the job starts, and the answer is the flat 2026 task shape
(`resultType: "task"`, taskId, status, ...). The task id is the job id, so a task is as durable as its job
(kept across restarts, pruned with it). `tasks/get` reports the job as a task and, once it has ended, the
whole tool result inline; `tasks/cancel` cancels the job; `tasks/update` is acknowledged (no mco-mcp job
ever asks for input). An unknown task id is -32602, a client that did not declare the extension -32021.

Clients that do not declare it (every 2025-era client, Codex, Claude Code's fallback `initialize`) keep the
`wait_seconds` + `status` path unchanged: the SDK's 2025-era task types are never used.
"""

from __future__ import annotations

from typing import Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.extension import Extension, MethodBinding
from mcp.server.mcpserver import require_client_extension
from mcp.shared.exceptions import MCPError
from mcp.types import INVALID_PARAMS, CallToolRequestParams, CallToolResult, RequestParams
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import Field

from mco_mcp.early import TASKS_EXTENSION
from mco_mcp.errors import InputError, UnknownJob
from mco_mcp.models import TERMINAL_JOB_STATES, Job
from mco_mcp.tools.common import App, job_result, progress_message, start_only

TASK_TOOLS = frozenset({"review", "run"})
STATUS_MESSAGE_CHARS = 500
_MODERN = frozenset(MODERN_PROTOCOL_VERSIONS)


class TaskParams(RequestParams):
    task_id: str = Field(alias="taskId")


class UpdateTaskParams(TaskParams):
    input_responses: dict[str, Any] = Field(default_factory=dict, alias="inputResponses")


def declares_tasks(ctx: ServerRequestContext[Any, Any]) -> bool:
    """Only a 2026-07-28 request whose own capabilities name the extension may get a task (SEP-2663)."""
    if ctx.protocol_version not in _MODERN:
        return False
    capabilities = ctx.session.client_capabilities
    return bool(capabilities is not None and capabilities.extensions and TASKS_EXTENSION in capabilities.extensions)


def task_status(job: Job) -> str:
    if job.state not in TERMINAL_JOB_STATES:
        return "working"
    # A job that ended, even with every provider failed, produced a tool result: "completed" (SEP-2663
    # keeps "failed" for JSON-RPC errors). Only a cancelled job is a cancelled task.
    return "cancelled" if job.state == "cancelled" else "completed"


def task_of(job: Job, app: App, *, with_result: bool) -> dict[str, Any]:
    """The flat 2026 task shape for a job; with `with_result`, a finished job's tool result inline."""
    status = task_status(job)
    message = progress_message(job) if status == "working" else job.summary
    task: dict[str, Any] = {
        "taskId": job.job_id,
        "status": status,
        "statusMessage": message[:STATUS_MESSAGE_CHARS],
        "createdAt": job.created_at,
        "lastUpdatedAt": job.updated_at,
        # A finished job is kept keep_days (and among the keep_jobs newest): the task lives as long.
        "ttlMs": int(app.settings.keep_days * 86_400_000),
        "pollIntervalMs": max(100, int(app.settings.progress_interval * 1000)),
    }
    if with_result and status == "completed":
        task["result"] = job_result(job).model_dump(by_alias=True, mode="json", exclude_none=True)
    return task


def _app(ctx: ServerRequestContext[Any, Any]) -> App:
    app = ctx.lifespan_context
    assert isinstance(app, App)
    return app


def _job(app: App, task_id: str) -> Job:
    try:
        return app.manager.snapshot(task_id)
    except UnknownJob:
        raise MCPError(code=INVALID_PARAMS, message=f"Failed to retrieve task: task {task_id!r} not found") from None


class TasksExtension(Extension):
    identifier = TASKS_EXTENSION

    def methods(self) -> list[MethodBinding]:
        return [
            MethodBinding("tasks/get", TaskParams, self.get, _MODERN),
            MethodBinding("tasks/cancel", TaskParams, self.cancel, _MODERN),
            MethodBinding("tasks/update", UpdateTaskParams, self.update, _MODERN),
        ]

    async def intercept_tool_call(
        self, params: CallToolRequestParams, ctx: ServerRequestContext[Any, Any], call_next: CallNext
    ) -> HandlerResult:
        if params.name not in TASK_TOOLS or not declares_tasks(ctx):
            return await call_next(ctx)
        with start_only():
            result = await call_next(ctx)
        # Bad input is answered at once, as any tool error: there is no job to follow.
        if not isinstance(result, CallToolResult) or result.is_error or not result.structured_content:
            return result
        app = _app(ctx)
        job = app.manager.snapshot(result.structured_content["job_id"])
        # The job is in the manager (and on disk) before this returns: a tasks/get for it resolves.
        return {"resultType": "task", **task_of(job, app, with_result=False)}

    async def get(self, ctx: ServerRequestContext[Any, Any], params: TaskParams) -> dict[str, Any]:
        require_client_extension(ctx, TASKS_EXTENSION)
        app = _app(ctx)
        return task_of(_job(app, params.task_id), app, with_result=True)

    async def cancel(self, ctx: ServerRequestContext[Any, Any], params: TaskParams) -> dict[str, Any]:
        require_client_extension(ctx, TASKS_EXTENSION)
        app = _app(ctx)
        job = _job(app, params.task_id)
        if job.state in TERMINAL_JOB_STATES:
            return {}  # it ended first: cancellation is cooperative, the task keeps its own end state
        try:
            await app.manager.cancel(params.task_id)
        except InputError as exc:  # e.g. the job belongs to another mco-mcp server
            raise MCPError(code=INVALID_PARAMS, message=f"Failed to cancel task: {exc}") from None
        return {}

    async def update(self, ctx: ServerRequestContext[Any, Any], params: UpdateTaskParams) -> dict[str, Any]:
        require_client_extension(ctx, TASKS_EXTENSION)
        _job(_app(ctx), params.task_id)  # unknown ids are an error; input is never asked for, so none is due
        return {}


"""MCP resources: a host reads a job's full outputs on demand instead of receiving them in a tool result.

    mco://jobs/{job_id}                                  the job document (JSON)
    mco://jobs/{job_id}/providers/{provider}/output      one provider's full, untruncated final text
    mco://jobs/{job_id}/providers/{provider}/patch       one provider's attempt as a git patch (workspace-write)
    mco://jobs/{job_id}/findings.sarif                   SARIF 2.1.0 of the job's findings
    mco://jobs/{job_id}/report.md                        PR-ready markdown
"""

from __future__ import annotations

import json

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError

from mco_mcp.errors import McoError
from mco_mcp.jobs.store import PROVIDER_FILE_RE
from mco_mcp.models import Job
from mco_mcp.tools.common import app_of


def _job(ctx: Context, job_id: str) -> Job:
    try:
        return app_of(ctx).manager.snapshot(job_id)
    except McoError as exc:
        raise ResourceError(str(exc)) from exc


def register(server: MCPServer) -> None:
    @server.resource("mco://jobs/{job_id}", name="job", title="Job document", mime_type="application/json")
    def job_document(job_id: str, ctx: Context) -> str:
        """A review or run job: state, every provider's run, findings, summary."""
        return _job(ctx, job_id).model_dump_json(indent=2)

    @server.resource(
        "mco://jobs/{job_id}/providers/{provider}/output", name="provider-output", title="Full final text", mime_type="text/plain"
    )
    def provider_output(job_id: str, provider: str, ctx: Context) -> str:
        """One provider's whole final answer (tool results carry it cut to the output budget)."""
        job = _job(ctx, job_id)
        run = next((r for r in job.providers if r.provider == provider), None)
        if run is None or not PROVIDER_FILE_RE.match(provider):
            raise ResourceError(f"job {job_id} has no provider {provider!r}")
        # The path is derived inside the job's own directory, never taken from the (untrusted) document,
        # and the file is read without following a symlink planted there.
        try:
            data = app_of(ctx).manager.store.read_file(job_id, f"{provider}.final.txt")
        except FileNotFoundError:
            raise ResourceError(f"{provider} has no final text in job {job_id} (state: {run.state})") from None
        except (OSError, McoError) as exc:
            raise ResourceError(f"the final text of {provider} in job {job_id} cannot be read: {exc}") from exc
        return data.decode("utf-8", errors="replace")

    @server.resource(
        "mco://jobs/{job_id}/providers/{provider}/patch", name="provider-patch", title="Attempt's patch", mime_type="text/x-diff"
    )
    def provider_patch(job_id: str, provider: str, ctx: Context) -> str:
        """One provider's attempt in a workspace-write run: the diff of its worktree against the starting point
        (`git apply`-able; the `apply` tool applies it whole or not at all)."""
        job = _job(ctx, job_id)
        run = next((r for r in job.providers if r.provider == provider), None)
        if run is None or not PROVIDER_FILE_RE.match(provider):
            raise ResourceError(f"job {job_id} has no provider {provider!r}")
        try:  # derived inside the job's own directory, never followed through a symlink (as for the output)
            data = app_of(ctx).manager.store.read_file(job_id, f"{provider}.patch", 64 * 1024 * 1024)
        except FileNotFoundError:
            raise ResourceError(f"{provider} has no patch in job {job_id} (not a workspace-write run in git, or it has not ended)") from None
        except (OSError, McoError) as exc:
            raise ResourceError(f"the patch of {provider} in job {job_id} cannot be read: {exc}") from exc
        return data.decode("utf-8", errors="replace")  # the file itself is what `apply` uses

    @server.resource("mco://jobs/{job_id}/findings.sarif", name="findings-sarif", title="Findings as SARIF 2.1.0", mime_type="application/sarif+json")
    def findings_sarif(job_id: str, ctx: Context) -> str:
        """The review's merged findings in SARIF 2.1.0, for code-scanning tools."""
        from mco_mcp.reports import job_to_sarif

        return json.dumps(job_to_sarif(_job(ctx, job_id)), indent=2)

    @server.resource("mco://jobs/{job_id}/report.md", name="report", title="PR-ready report", mime_type="text/markdown")
    def report(job_id: str, ctx: Context) -> str:
        """The job as markdown, ready to paste into a pull request."""
        from mco_mcp.reports import job_to_markdown

        return job_to_markdown(_job(ctx, job_id))

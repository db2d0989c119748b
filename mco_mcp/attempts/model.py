"""The public shape of one attempt in the job document (ProviderRun.attempt)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AttemptState = Literal["kept", "removed", "applied", "discarded"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckResult(_Model):
    argv: list[str]
    passed: bool = Field(description="The check exited 0 within its time limit")
    exit_code: int | None = None
    timed_out: bool = False
    elapsed_seconds: float = 0.0
    output: str = Field("", description="The end of what the check printed (stdout and stderr together)")
    error: str | None = Field(None, description="Why the check could not run, or was stopped")


class AttemptInfo(_Model):
    """One provider's isolated attempt: where it worked, what it changed, whether the check passed."""

    worktree: str = Field(description="The attempt's own git worktree (the CLI's working directory)")
    branch: str = Field(description="The attempt's branch, mco/<job_id>/<provider>, at the starting point")
    base_commit: str = Field(description="The starting point: HEAD plus the caller's uncommitted changes, as a commit")
    origin_job: str = Field(description="The job that created the worktree (a resumed attempt continues it)")
    state: AttemptState = Field(
        "kept",
        description="kept: worktree and branch exist (resume it, apply or discard); removed: gone (cancelled, "
        "timed out, pruned), the patch stays; applied / discarded: on request",
    )
    files_changed: int = 0
    insertions: int = 0
    deletions: int = 0
    files: list[str] = Field(default_factory=list, description="Changed paths (repository-relative), at most 200")
    patch_bytes: int = 0
    patch_sha256: str | None = None
    check: CheckResult | None = None
    error: str | None = Field(None, description="Why the worktree or the patch could not be made")

"""The scope of a review in git's own terms (the tool parameter), and what the job document says about it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

ScopeKind = Literal["uncommitted", "staged", "branch", "commit", "range"]
FileStatus = Literal["added", "modified", "deleted", "renamed", "copied", "type-changed", "unmerged"]

SCOPE_EXAMPLES: list[JsonValue] = [
    {"kind": "uncommitted"},
    {"kind": "staged"},
    {"kind": "branch", "base": "main"},
    {"kind": "branch", "base": "origin/main", "head": "pr-42"},
    {"kind": "commit", "commit": "HEAD"},
    {"kind": "range", "base": "v1.2.0", "head": "v1.3.0"},
]


class ReviewScope(BaseModel):
    """Which change to review. `kind` picks it; `base` / `head` / `commit` name git refs or commits."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": SCOPE_EXAMPLES})

    kind: ScopeKind = Field(
        description="uncommitted: staged + unstaged + new untracked files vs HEAD; staged: only what is staged; "
        "branch: head's changes since it left base (merge-base(base, head)..head, like a pull request); "
        "commit: one commit against its (first) parent; range: base..head exactly"
    )
    base: str | None = Field(None, description="branch / range: the base ref, e.g. \"main\" or \"origin/main\"")
    head: str | None = Field(
        None,
        description="branch / range: the head ref (default HEAD). A ref that is not checked out (a PR head, "
        "another branch) is reviewed in a temporary read-only git worktree; your checkout is not touched",
    )
    commit: str | None = Field(None, description="commit: the commit to review, e.g. \"HEAD\" or a sha")
    only_in_diff: bool = Field(
        False, description="Drop findings outside the changed hunks (they are counted in the summary)"
    )

    @model_validator(mode="after")
    def _fields_fit_the_kind(self) -> ReviewScope:
        allowed = {"uncommitted": set(), "staged": set(), "branch": {"base", "head"}, "commit": {"commit"},
                   "range": {"base", "head"}}[self.kind]  # fmt: skip
        for name in ("base", "head", "commit"):
            value = getattr(self, name)
            if value is not None and name not in allowed:
                raise ValueError(f"scope kind {self.kind!r} takes no {name!r}" + (
                    f" (it takes {', '.join(sorted(allowed))})" if allowed else ""))
            if value is not None and (not value.strip() or value.startswith("-") or "\0" in value):
                raise ValueError(f"scope {name} {value!r} is not a git ref")
        if self.kind in ("branch", "range") and not self.base:
            raise ValueError(f"scope kind {self.kind!r} needs base, e.g. {{\"kind\": \"{self.kind}\", \"base\": \"main\"}}")
        if self.kind == "commit" and not self.commit:
            raise ValueError("scope kind 'commit' needs commit, e.g. {\"kind\": \"commit\", \"commit\": \"HEAD\"}")
        return self


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OmittedFile(_Model):
    path: str
    reason: str
    diff_bytes: int


class ScopeInfo(_Model):
    """What was reviewed: the change, its size, what the prompt left out, what the findings filter dropped."""

    kind: ScopeKind
    description: str = Field(description="The change in words, e.g. 'branch feature against main (merge base 1a2b3c4)'")
    base: str | None = None
    head: str | None = None
    base_commit: str | None = Field(None, description="The commit the diff starts from (the merge base for a branch)")
    head_commit: str | None = Field(None, description="The commit the diff ends at; None for uncommitted / staged")
    worktree: bool = Field(False, description="Reviewed in a temporary worktree at head (head was not checked out)")
    files: int = 0
    added: int = 0
    modified: int = 0
    deleted: int = 0
    renamed: int = 0
    binary: int = 0
    submodules: int = 0
    diff_bytes: int = 0
    files_in_prompt: int = Field(0, description="Files whose whole diff is in the prompt")
    omitted_files: int = Field(0, description="Files listed but whose diff was left out of the prompt (budget rule)")
    omitted: list[OmittedFile] = Field(default_factory=list, description="The first of them, with why")
    only_in_diff: bool = False
    dropped_outside_diff: int = Field(0, description="Findings outside the change dropped by only_in_diff")

"""Attempts on disk, outside any job's directory so a resumed session keeps its working directory:

    <state_dir>/attempts/<job_id>/<provider>/        the worktree (the CLI's cwd: its sessions are keyed by it)
    <state_dir>/attempts/<job_id>/<provider>.json    the record: repository, branch, starting point, jobs
    <state_dir>/attempts/<job_id>/<provider>.lock    held (flock) by the job writing in it

The record is written before the worktree is created, so a server killed at any point leaves something
housekeeping can find and remove. Records are read back as untrusted: a bad one is skipped.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mco_mcp.attempts import gitops
from mco_mcp.safefiles import read_regular_file, write_private

log = logging.getLogger("mco_mcp.attempts")

MAX_RECORD = 64 * 1024


class AttemptRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    origin_job: str
    provider: str
    toplevel: str
    prefix: str = ""
    branch: str
    base_commit: str = ""
    session_id: str | None = None
    jobs: list[str] = Field(default_factory=list, description="Every job that ran in it, oldest first")
    done: str | None = Field(None, description="applied / discarded / removed: to be removed (retried if it failed)")

    @property
    def worktree(self) -> Path:
        return Path(self.directory) / self.provider

    directory: str = ""  # <state_dir>/attempts/<origin_job>

    @property
    def record_path(self) -> Path:
        return Path(self.directory) / f"{self.provider}.json"

    @property
    def lock_path(self) -> Path:
        return Path(self.directory) / f"{self.provider}.lock"

    def workdir(self) -> Path:
        """Where the CLI works: the worktree at the same subdirectory the caller named."""
        sub = self.worktree / self.prefix
        return sub if self.prefix and sub.is_dir() else self.worktree


def root(state_dir: Path) -> Path:
    return state_dir / "attempts"


def new_record(state_dir: Path, job_id: str, provider: str, place: gitops.Place) -> AttemptRecord:
    return AttemptRecord(
        origin_job=job_id, provider=provider, toplevel=str(place.toplevel), prefix=place.prefix,
        branch=gitops.branch_name(job_id, provider), jobs=[job_id], directory=str(root(state_dir) / job_id),
    )  # fmt: skip


def write(record: AttemptRecord) -> None:
    Path(record.directory).mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(record.record_path, record.model_dump_json(indent=1).encode())


def read(path: Path) -> AttemptRecord | None:
    try:
        record = AttemptRecord.model_validate_json(read_regular_file(path, MAX_RECORD))
    except (OSError, ValueError, ValidationError) as exc:
        log.warning("skipping the attempt record %s: %s", path, exc)
        return None
    # Where it lives is where it was found, never what the file says.
    if record.provider != path.stem or record.origin_job != path.parent.name:
        log.warning("skipping the attempt record %s: it names another place", path)
        return None
    return record.model_copy(update={"directory": str(path.parent)})


def all_records(state_dir: Path) -> list[AttemptRecord]:
    found = []
    for path in sorted(root(state_dir).glob("*/*.json")):
        record = read(path)
        if record is not None:
            found.append(record)
    return found


def find_by_session(state_dir: Path, provider: str, session_id: str, toplevel: Path) -> AttemptRecord | None:
    """The kept attempt whose last run of `provider` left session `session_id` in this repository."""
    for path in sorted(root(state_dir).glob(f"*/{provider}.json"), reverse=True):
        record = read(path)
        if (record is not None and record.session_id == session_id and record.done is None
                and Path(record.toplevel) == toplevel and record.worktree.is_dir()):  # fmt: skip
            return record
    return None


def find(state_dir: Path, job_id: str, provider: str) -> AttemptRecord | None:
    """The attempt `job_id` ran `provider` in: its own, or the one it resumed."""
    own = root(state_dir) / job_id / f"{provider}.json"
    if own.is_file():
        return read(own)
    for record in all_records(state_dir):
        if record.provider == provider and job_id in record.jobs:
            return record
    return None


def discard_files(record: AttemptRecord) -> bool:
    """Remove worktree, branch, record and lock file; True when nothing of the attempt is left."""
    toplevel = Path(record.toplevel)
    gone = gitops.remove(toplevel if toplevel.is_dir() else None, record.worktree, record.branch)
    if not gone:
        record.done = record.done or "removed"
        try:
            write(record)  # the next housekeeping retries
        except OSError:
            pass
        return False
    for path in (record.record_path, record.lock_path):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    try:
        os.rmdir(record.directory)  # the job's attempts directory, once its last attempt is gone
    except OSError:
        pass
    return True

"""Job documents on disk: written atomically, read back after a restart, pruned by age and count.

Layout: <state_dir>/jobs/<job_id>/job.json plus per-provider logs and final texts. The state directory
is 0700 and every file 0600: prompts and answers can be private.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mco_mcp.adapters.process import start_time
from mco_mcp.errors import UnknownJob
from mco_mcp.models import TERMINAL_JOB_STATES, Job

JOB_ID_RE = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{6}$")


class ProcessRecord(BaseModel):
    """A provider process group as recorded while it runs, so a later server can stop it."""

    pgid: int
    start_time: int | None


class Owner(BaseModel):
    pid: int
    start_time: int | None

    @classmethod
    def me(cls) -> Owner:
        return cls(pid=os.getpid(), start_time=start_time(os.getpid()))

    def alive(self) -> bool:
        return start_time(self.pid) is not None and start_time(self.pid) == self.start_time


class JobRecord(BaseModel):
    """What job.json holds: the public job plus what only the server needs."""

    model_config = ConfigDict(extra="ignore")

    job: Job
    owner: Owner
    processes: dict[str, ProcessRecord] = Field(default_factory=dict)
    prompt_sha256: str = ""
    prompt_bytes: int = 0


def new_job_id() -> str:
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def write_private(path: Path, data: bytes) -> None:
    """Atomically replace `path`: temp file, fsync, rename, fsync the directory."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    dir_fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class JobStore:
    def __init__(self, state_dir: Path) -> None:
        self.root = state_dir / "jobs"

    def ensure(self) -> None:
        old = os.umask(0o077)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        finally:
            os.umask(old)
        os.chmod(self.root.parent, 0o700)
        os.chmod(self.root, 0o700)

    def job_dir(self, job_id: str) -> Path:
        if not JOB_ID_RE.match(job_id):
            raise UnknownJob(f"invalid job id {job_id!r}: expected the form YYYYMMDD-HHMMSS-xxxxxx")
        return self.root / job_id

    def create(self, record: JobRecord) -> Path:
        """A new job's directory, appearing with its first document already in it (never empty).

        The directory is built under a temporary name and renamed into place, so a crash at any point
        leaves either no job or a job with a whole document.
        """
        path = self.job_dir(record.job.job_id)
        staging = self.root / f".new-{record.job.job_id}-{secrets.token_hex(4)}"
        staging.mkdir(mode=0o700)
        write_private(staging / "job.json", record.model_dump_json(indent=1).encode())
        os.rename(staging, path)
        _fsync_dir(self.root)
        return path

    def write(self, record: JobRecord) -> None:
        path = self.job_dir(record.job.job_id) / "job.json"
        write_private(path, record.model_dump_json(indent=1).encode())

    def read(self, job_id: str) -> JobRecord:
        path = self.job_dir(job_id) / "job.json"
        try:
            return JobRecord.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            raise UnknownJob(f"unknown job id {job_id!r}") from None
        except ValidationError as exc:
            raise UnknownJob(f"job {job_id!r} has an unreadable document: {exc.errors()[0]['msg']}") from exc

    def job_ids(self) -> list[str]:
        """Every stored job id, newest first (ids sort by creation time)."""
        if not self.root.is_dir():
            return []
        return sorted((p.name for p in self.root.iterdir() if JOB_ID_RE.match(p.name)), reverse=True)

    def remove_stale_temp_files(self, older_than_seconds: float = 60.0) -> int:
        """Temp files and staging directories left by a writer killed before its rename."""
        cutoff = time.time() - older_than_seconds
        removed = 0
        for staging in self.root.glob(".new-*"):  # a job directory whose creation was cut short
            try:
                if staging.stat().st_mtime < cutoff:
                    shutil.rmtree(staging)
                    removed += 1
            except OSError:
                continue
        for tmp in self.root.glob("*/.*.tmp"):
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def prune(self, keep: int, max_age_days: float, protect: set[str]) -> list[str]:
        """Delete finished jobs beyond the newest `keep` or older than `max_age_days`."""
        removed = []
        cutoff = time.time() - max_age_days * 86400
        finished_seen = 0
        for job_id in self.job_ids():
            if job_id in protect:
                continue
            path = self.root / job_id / "job.json"
            try:
                state = json.loads(path.read_bytes())["job"]["state"]
                mtime = path.stat().st_mtime
            except (OSError, ValueError, KeyError, TypeError):
                continue  # unreadable or half-created: leave it for a person to look at
            if state not in TERMINAL_JOB_STATES:
                continue
            finished_seen += 1
            if finished_seen > keep or mtime < cutoff:
                shutil.rmtree(self.root / job_id, ignore_errors=True)
                removed.append(job_id)
        return removed

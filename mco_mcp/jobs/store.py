"""Job documents on disk: written atomically, read back after a restart, pruned by age and count.

Layout: <state_dir>/jobs/<job_id>/job.json plus per-provider logs and final texts. The state directory
is 0700 and every file 0600: prompts and answers can be private.

Everything read back is untrusted: another process, a bad disk or a crash mid-write may have left anything
there (a directory or a FIFO named job.json, a symlink, a 10 GB file, a document that validates as JSON but
not as a job). Reads never follow a symlink, never block, are capped in size, and a bad entry raises
`UnreadableJob` for that one job — never anything that takes the server down.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import stat
import time
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mco_mcp.execute.groups import start_time
from mco_mcp.errors import UnknownJob, UnreadableJob
from mco_mcp.jobs.layout import LIVE_MARK as LIVE_MARK  # re-exported, as are the two below
from mco_mcp.jobs.layout import PROMPT_FILE as PROMPT_FILE
from mco_mcp.jobs.layout import STAGING_PREFIX, ensure_jobs_root, stage
from mco_mcp.jobs.layout import new_job_id as new_job_id
from mco_mcp.models import TERMINAL_JOB_STATES, Job
from mco_mcp.safefiles import create_private, read_regular_file, write_private

log = logging.getLogger("mco_mcp.store")

# [0-9], not \d (which matches any Unicode digit), and \Z, not $ (which also matches before a final newline).
JOB_ID_RE = re.compile(r"[0-9]{8}-[0-9]{6}-[0-9a-f]{6}\Z")
# Directory timestamps are as coarse as the kernel's clock tick (ext4: a jiffy) or a second or two
# (network and FAT file systems): a scan is reused only when the directory was last changed longer ago.
_RACY_NS = 3_000_000_000
# A job document holds final texts cut to the output budget and the findings: far below this.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
# Files a job directory may hold that a resource serves: derived from the provider name, never the document.
PROVIDER_FILE_RE = re.compile(r"[a-z][a-z0-9_-]{0,31}\Z")


class ProcessRecord(BaseModel):
    """A provider run's processes as recorded while it runs, so a later server can stop them.

    Untrusted when read back: `kill_recorded_group` acts only on a group it can prove is still this run's
    (the leader's start time, and `marker` — MCO_MCP_RUN_ID — in its environment); without both, nothing.
    """

    pgid: int
    start_time: int | None
    marker: str | None = None


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


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JobStore:
    def __init__(self, state_dir: Path) -> None:
        self.root = state_dir / "jobs"
        # The last scan of the jobs directory and the directory's (inode, mtime) then: a listing stats the
        # directory instead of reading 200 entries (a fifth of a listing's own cost). One tuple, replaced
        # whole: a housekeeping thread may scan meanwhile.
        self._ids: tuple[tuple[int, int], list[str]] | None = None

    def ensure(self) -> None:
        """Create the state directory (0700) or say in one line why it cannot be used (StateDirError)."""
        ensure_jobs_root(self.root)

    def job_dir(self, job_id: str) -> Path:
        if not isinstance(job_id, str) or not JOB_ID_RE.match(job_id):
            raise UnknownJob(f"invalid job id {job_id!r}: expected the form YYYYMMDD-HHMMSS-xxxxxx")
        return self.root / job_id

    def create(self, record: JobRecord, prompt: bytes = b"", staging: Path | None = None) -> Path:
        """A new job's directory, appearing with its first document (and the prompt) already in it.

        The directory is built under a temporary name and renamed into place, so a crash at any point
        leaves either no job or a job with a whole document. The prompt is kept there, not in memory, until
        its runs start (not fsync'd: a job whose server dies is cancelled at the next start anyway).
        `staging`: a directory `layout.stage` already made for this job (the prompt in it, and the logs of
        CLIs started before the engine was loaded: jobs/prestart.py).
        """
        path = self.job_dir(record.job.job_id)
        if staging is None:
            staging = stage(self.root, record.job.job_id, prompt)
        elif staging.parent != self.root or not staging.name.startswith(f"{STAGING_PREFIX}{record.job.job_id}-"):
            raise ValueError(f"{staging} is not a staging directory of job {record.job.job_id}")
        if record.job.state not in TERMINAL_JOB_STATES:
            os.close(create_private(staging / LIVE_MARK))
        # Not fsync'd: the rename makes the whole directory appear at once to readers and across a crash of
        # this process; the job's final document is written durably (a power loss meanwhile cancels it anyway).
        write_private(staging / "job.json", record.model_dump_json(indent=1).encode(), sync=False)
        os.rename(staging, path)
        return path

    def write(self, record: JobRecord) -> None:
        """Replace the job's document atomically and durably (fsync'd: it survives a power loss)."""
        path = self.job_dir(record.job.job_id) / "job.json"
        write_private(path, record.model_dump_json(indent=1).encode())
        if record.job.state in TERMINAL_JOB_STATES:
            (path.parent / LIVE_MARK).unlink(missing_ok=True)  # after the document says so, never before

    def unfinished(self, job_id: str) -> bool:
        """Marked unfinished (or of a version before the mark, whose documents are read to tell)."""
        directory = self.root / job_id
        return os.path.lexists(directory / LIVE_MARK) or not os.path.lexists(directory / PROMPT_FILE)

    def write_draft(self, record: JobRecord) -> None:
        """Replace the job's document atomically, without fsync: it survives a crash of this process (the
        page cache does), not a power loss. For the writes of a job in flight; its final write is `write`."""
        path = self.job_dir(record.job.job_id) / "job.json"
        write_private(path, record.model_dump_json(indent=1).encode(), sync=False)

    def read_file(self, job_id: str, name: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
        """A file of the job's own directory: the directory and the file must be real (no symlinks)."""
        try:
            dir_fd = os.open(self.job_dir(job_id), os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            raise UnknownJob(f"unknown job id {job_id!r}") from None
        except OSError as exc:
            raise UnreadableJob(job_id, f"its directory cannot be opened ({_reason(exc)})") from exc
        try:
            return read_regular_file(Path(name), limit, dir_fd=dir_fd)
        finally:
            os.close(dir_fd)

    def read(self, job_id: str) -> JobRecord:
        try:
            data = self.read_file(job_id, "job.json")
        except FileNotFoundError:
            raise UnknownJob(f"unknown job id {job_id!r}") from None
        except OSError as exc:
            raise UnreadableJob(job_id, f"job.json cannot be read ({_reason(exc)})") from exc
        try:
            return JobRecord.model_validate_json(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ())) or "the document"
            raise UnreadableJob(job_id, f"job.json is not a valid job document (at {where}: {first['msg']})") from exc
        except (ValueError, RecursionError) as exc:
            raise UnreadableJob(job_id, f"job.json is not a valid job document ({type(exc).__name__})") from exc

    def job_ids(self) -> list[str]:
        """Every stored job id, newest first (ids sort by creation time)."""
        try:
            info = os.stat(self.root)
        except OSError:
            return []
        if not stat.S_ISDIR(info.st_mode):
            return []
        key = (info.st_ino, info.st_mtime_ns)
        cached = self._ids
        # Any entry added or removed (by us or by another server sharing the directory) changes its mtime.
        # A change within the timestamp's granularity of the scan could leave the mtime as it was, so a scan
        # is trusted only once its mtime is older than that granularity by far (as git trusts its index).
        if cached is not None and cached[0] == key and time.time_ns() - info.st_mtime_ns > _RACY_NS:
            return list(cached[1])
        ids = sorted((entry.name for entry in _scan(self.root) if JOB_ID_RE.match(entry.name)), reverse=True)
        self._ids = (key, ids)
        return list(ids)

    def remove_stale_temp_files(self, older_than_seconds: float = 60.0) -> int:
        """Temp files and staging directories left by a writer killed before its rename.

        Other jobs are being created and written meanwhile: any entry may vanish or be renamed under us
        (a staging directory becoming a job), so every step tolerates that instead of raising.
        """
        cutoff = time.time() - older_than_seconds
        removed = 0
        for entry in _scan(self.root):
            try:
                if entry.name.startswith(STAGING_PREFIX):  # a job directory whose creation was cut short
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        shutil.rmtree(entry.path)
                        removed += 1
                elif JOB_ID_RE.match(entry.name) and entry.is_dir(follow_symlinks=False):
                    for inner in _scan(Path(entry.path)):
                        if inner.name.startswith(".") and inner.name.endswith(".tmp"):
                            if inner.stat(follow_symlinks=False).st_mtime < cutoff:
                                os.unlink(inner.path)
                                removed += 1
            except OSError:
                continue
        return removed

    def prune(self, keep: int, max_age_days: float, protect: set[str]) -> list[str]:
        """Delete finished jobs beyond the newest `keep` or older than `max_age_days`."""
        removed = []
        cutoff = time.time() - max_age_days * 86400
        finished_seen = 0
        # Newest first. Ids sort by their second only (the rest is random): jobs created within one second
        # are ordered by when their prompt file was written, so the newest is never the one pruned.
        for job_id in sorted(self.job_ids(), key=lambda i: (i[:15], self._created_ns(i)), reverse=True):
            if job_id in protect or self.unfinished(job_id) and not self._finished_on_disk(job_id):
                continue
            try:
                mtime = (self.root / job_id / "job.json").stat(follow_symlinks=False).st_mtime
            except OSError:
                continue  # half-created: leave it
            finished_seen += 1
            # Only a job about to go is read: its document must say it is finished (a mark is no proof).
            if (finished_seen > keep or mtime < cutoff) and self._finished_on_disk(job_id):
                shutil.rmtree(self.root / job_id, ignore_errors=True)
                removed.append(job_id)
        return removed

    def _created_ns(self, job_id: str) -> int:
        try:
            return os.stat(self.root / job_id / PROMPT_FILE, follow_symlinks=False).st_mtime_ns
        except OSError:
            return 0

    def _finished_on_disk(self, job_id: str) -> bool:
        try:
            return json.loads(self.read_file(job_id, "job.json"))["job"]["state"] in TERMINAL_JOB_STATES
        except (OSError, ValueError, KeyError, TypeError, RecursionError, UnknownJob):
            return False  # unreadable or half-created: leave it for a person to look at


def _scan(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return list(entries)
    except OSError:
        return []


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) if exc.errno != errno.ELOOP else "a symbolic link or a loop, not followed"

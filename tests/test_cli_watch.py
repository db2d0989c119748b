"""`status --watch` of a job another process runs is woken by the job's document being replaced and by its
owner's exit, never by a timer (mco_mcp/cli/watch.py). The other process is stood in for by this test: it
writes the documents itself, and the "server" that owns the job is a `sleep` it started."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from mco_mcp.adapters.manifest import load_registry
from mco_mcp.cli.watch import follow_document
from mco_mcp.execute.groups import start_time
from mco_mcp.jobs.manager import JobManager
from mco_mcp.jobs.store import JobRecord, JobStore, Owner, new_job_id, utc_now
from mco_mcp.models import Job, ProviderRun
from mco_mcp.settings import Settings

pytestmark = pytest.mark.anyio


@pytest.fixture
def owner() -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(["sleep", "300"], start_new_session=True)
    yield process
    process.kill()
    process.wait()


@pytest.fixture
def manager(env: dict[str, str]) -> JobManager:
    settings = Settings.from_env(env)
    return JobManager(settings, load_registry(settings.manifest_dir), env=env)


def running_job(store: JobStore, owner: subprocess.Popen[bytes], repo: Path) -> JobRecord:
    now = utc_now()
    record = JobRecord(
        job=Job(job_id=new_job_id(), kind="run", state="running", repo=str(repo), created_at=now, updated_at=now,
                providers=[ProviderRun(provider="claude", state="running")]),
        owner=Owner(pid=owner.pid, start_time=start_time(owner.pid)),
    )  # fmt: skip
    store.ensure()
    store.create(record)
    return record


class Seen:
    """What the watcher showed, and a way to wait for the n-th update."""

    def __init__(self) -> None:
        self.states: list[str] = []
        self._changed = anyio.Event()

    def __call__(self, job: Job) -> None:
        self.states.append(f"{job.state}/{job.providers[0].state}")
        self._changed.set()

    async def until(self, count: int) -> None:
        with anyio.fail_after(10):
            while len(self.states) < count:
                self._changed = anyio.Event()
                await self._changed.wait()


async def test_watch_is_woken_by_each_write_of_the_document_not_by_a_timer(
    manager: JobManager, owner: subprocess.Popen[bytes], repo: Path
) -> None:
    record = running_job(manager.store, owner, repo)
    seen = Seen()
    result: list[Job] = []
    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:

            async def watching() -> None:
                result.append(await follow_document(manager, record.job.job_id, seen))

            tg.start_soon(watching)
            await seen.until(1)
            await anyio.sleep(1.5)  # a watcher re-reading on a clock (it used to: once a second) would show more
            assert seen.states == ["running/running"]

            record.job.providers[0].state = "succeeded"
            manager.store.write_draft(record)
            await seen.until(2)
            assert seen.states[1] == "running/succeeded"

            record.job.state = "completed"
            manager.store.write(record)
            await seen.until(3)  # leaving the task group then waits for the watcher: it returns on the job's end
    assert len(seen.states) == 3 and result[0].state == "completed" and seen.states[-1] == "completed/succeeded"


async def test_watch_ends_when_the_owner_dies_without_writing_again(
    manager: JobManager, owner: subprocess.Popen[bytes], repo: Path
) -> None:
    record = running_job(manager.store, owner, repo)
    seen = Seen()
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            result: list[Job] = []

            async def watching() -> None:
                result.append(await follow_document(manager, record.job.job_id, seen))

            tg.start_soon(watching)
            await seen.until(1)
            owner.kill()  # SIGKILL: no last write; only its exit can wake the watcher
            owner.wait()
    assert result[0].state == "cancelled"
    assert "exited before it finished" in (result[0].summary or "")


async def test_a_forged_owner_is_not_waited_on_and_the_job_is_settled_at_once(
    manager: JobManager, owner: subprocess.Popen[bytes], repo: Path
) -> None:
    """The document names a live process with another start time: not the job's server, never trusted."""
    record = running_job(manager.store, owner, repo)
    record.owner = Owner(pid=owner.pid, start_time=(record.owner.start_time or 0) + 1)
    manager.store.write(record)
    seen = Seen()
    with anyio.fail_after(10):
        job = await follow_document(manager, record.job.job_id, seen)
    assert job.state == "cancelled" and owner.poll() is None  # settled, and the process left alone

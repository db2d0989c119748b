"""Jobs whose server died (SIGKILL, a crash): stop what is left of them and record that they were stopped."""

from __future__ import annotations

from mco_mcp.execute.groups import kill_recorded_group
from mco_mcp.errors import UnknownJob
from mco_mcp.jobs.store import JobRecord, JobStore, utc_now
from mco_mcp.models import TERMINAL_JOB_STATES, TERMINAL_RUN_STATES, ErrorInfo


def recover(store: JobStore, record: JobRecord) -> bool:
    """Finish the record of a job whose server is gone; False when it is finished or its server lives.

    The document may be forged or corrupt: what it records is killed only where `kill_recorded_group` can
    prove it is that run's (start time and run marker); a record it cannot prove is left alone.
    """
    if record.job.state in TERMINAL_JOB_STATES or record.owner.alive():
        return False
    for proc in record.processes.values():
        kill_recorded_group(proc.pgid, proc.start_time, proc.marker)
    reason = f"the server that ran this job (pid {record.owner.pid}) exited before it finished"
    for run in record.job.providers:
        if run.state not in TERMINAL_RUN_STATES:
            run.state = "cancelled"
            run.error = ErrorInfo(kind="cancelled", message=reason)
    record.processes = {}
    record.job.state = "cancelled"
    record.job.updated_at = utc_now()
    record.job.summary = f"{record.job.kind} {record.job.job_id}: cancelled — {reason}; stopped at the next start"
    store.write(record)
    return True


def recover_orphans(store: JobStore) -> list[str]:
    """Recover every stored job of a dead server; the ids of those recovered. Only unfinished jobs are read."""
    recovered = []
    for job_id in store.job_ids():
        if not store.unfinished(job_id):
            continue
        try:
            record = store.read(job_id)
        except UnknownJob:
            continue
        if recover(store, record):
            recovered.append(job_id)
    return recovered

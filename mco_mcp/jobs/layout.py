"""A job directory's names and its staging directory, without the document's models.

The headless CLI's early start (jobs/prestart.py) builds a job's directory under its staging name
before the engine is loaded: the prompt, then the CLIs' logs, which the CLIs write into from their first
instruction. `JobStore.create` then adds the first document and renames the directory into place, so the
store's rule holds on this path too: a job directory appears with a whole document, or not at all.
"""

from __future__ import annotations

import os
import secrets
import stat
from datetime import UTC, datetime
from pathlib import Path

from mco_mcp.errors import StateDirError
from mco_mcp.safefiles import create_private

PROMPT_FILE = "prompt.txt"
# Present while a job is unfinished: housekeeping finds the jobs to settle, and tells finished ones from
# unfinished, with one stat per job instead of reading and validating every document.
LIVE_MARK = ".live"
# A directory whose creation was cut short carries this prefix; housekeeping removes it after a minute.
STAGING_PREFIX = ".new-"


def ensure_jobs_root(root: Path) -> None:
    """Create the state directory (0700) or say in one line why it cannot be used (StateDirError)."""
    old = os.umask(0o077)
    try:
        root.mkdir(parents=True, exist_ok=True)
        for directory in (root.parent, root):
            info = os.stat(directory)  # a symlink to a directory of our own is fine
            if not stat.S_ISDIR(info.st_mode):
                raise StateDirError(f"state directory {str(directory)!r} is not a directory (MCO_MCP_STATE_DIR)")
            if info.st_uid != os.geteuid():
                # Someone else's directory could be read or rewritten by them: jobs hold prompts and answers.
                raise StateDirError(
                    f"state directory {str(directory)!r} belongs to uid {info.st_uid}, not to you; "
                    "choose another with MCO_MCP_STATE_DIR"
                )
            os.chmod(directory, 0o700)
    except OSError as exc:
        raise StateDirError(
            f"cannot use the state directory {str(root.parent)!r}: {exc.strerror or exc} "
            "(set MCO_MCP_STATE_DIR to a writable directory)"
        ) from exc
    finally:
        os.umask(old)


def new_job_id() -> str:
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def stage(jobs_root: Path, job_id: str, prompt: bytes) -> Path:
    """A new job's directory under a temporary name (0700), holding its prompt (0600, not fsync'd)."""
    staging = jobs_root / f"{STAGING_PREFIX}{job_id}-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    with os.fdopen(create_private(staging / PROMPT_FILE), "wb") as handle:
        handle.write(prompt)
    return staging

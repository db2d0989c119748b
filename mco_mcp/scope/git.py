"""Running git for the scope: argv only (never a shell), bounded in time and in output, no user diff drivers.

Every call runs `git -c core.quotepath=off --literal-pathspecs --no-pager ...` with a scrubbed environment
(no GIT_DIR / GIT_INDEX_FILE leaking in from the server's caller, no pager, no prompts). Output is read
through pipes with a deadline; a git that prints more than `max_output` bytes or runs past `timeout` is
killed and reported, never waited on forever or buffered without end.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

GIT_TIMEOUT = 120.0  # seconds for one git command (a 10,000-file diff takes a few)
MAX_OUTPUT = 64 * 1024 * 1024  # bytes a buffered git command may print
_STDERR_KEEP = 16 * 1024
_CHUNK = 1 << 16

# Variables that would make git look at another repository, index or config than the one we name.
_STRIP = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR",
          "GIT_NAMESPACE", "GIT_PREFIX", "GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_PAGER", "PAGER")  # fmt: skip
BASE = ("git", "-c", "core.quotepath=off", "-c", "core.fsmonitor=false", "--literal-pathspecs", "--no-pager")


class GitError(Exception):
    """git failed, timed out or printed too much; `stderr` holds the end of what it said."""

    def __init__(self, message: str, returncode: int | None = None, stderr: str = "") -> None:
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def git_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _STRIP}
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    env.update(extra or {})
    return env


def _stream(
    args: Sequence[str],
    cwd: Path,
    *,
    timeout: float,
    stdin: bytes | None,
    env: Mapping[str, str] | None,
) -> Iterator[bytes]:
    """Yield stdout chunks; raise GitError on a non-zero exit, a timeout, or a spawn failure."""
    argv = [*BASE, *args]
    try:
        proc = subprocess.Popen(
            argv, cwd=cwd, env=git_env(env), stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
    except OSError as exc:
        raise GitError(f"cannot run git: {exc}") from exc
    assert proc.stdout is not None and proc.stderr is not None
    deadline = time.monotonic() + timeout
    err = bytearray()
    sel = selectors.DefaultSelector()
    try:
        if stdin is not None:
            assert proc.stdin is not None
            # Small inputs only (pathspecs): written whole before reading, within the pipe buffer or not.
            try:
                proc.stdin.write(stdin)
            except BrokenPipeError:
                pass
            proc.stdin.close()
        sel.register(proc.stdout, selectors.EVENT_READ)
        sel.register(proc.stderr, selectors.EVENT_READ)
        open_streams = 2
        while open_streams:
            left = deadline - time.monotonic()
            if left <= 0:
                raise GitError(f"git {args[0]} took longer than {timeout:g}s and was stopped")
            for key, _ in sel.select(min(left, 1.0)):
                data = os.read(key.fd, _CHUNK)
                if not data:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                elif key.fileobj is proc.stdout:
                    yield data
                else:
                    err += data
                    del err[: max(0, len(err) - _STDERR_KEEP)]
        code = proc.wait(max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took longer than {timeout:g}s and was stopped") from None
    finally:
        sel.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    if code != 0:
        text = err.decode("utf-8", "replace").strip()
        raise GitError(f"git {args[0]} failed (exit {code}): {text[-500:]}", code, text)


def git(
    args: Sequence[str],
    cwd: Path,
    *,
    timeout: float = GIT_TIMEOUT,
    max_output: int = MAX_OUTPUT,
    stdin: bytes | None = None,
    env: Mapping[str, str] | None = None,
) -> bytes:
    """Run git and return its whole stdout (at most `max_output` bytes, else GitError)."""
    out = bytearray()
    for chunk in _stream(args, cwd, timeout=timeout, stdin=stdin, env=env):
        out += chunk
        if len(out) > max_output:
            raise GitError(f"git {args[0]} printed more than {max_output} bytes and was stopped")
    return bytes(out)


def git_text(args: Sequence[str], cwd: Path, **kwargs: object) -> str:
    return git(args, cwd, **kwargs).decode("utf-8", "surrogateescape").strip()  # type: ignore[arg-type]


def git_ok(args: Sequence[str], cwd: Path, **kwargs: object) -> str | None:
    """stdout (stripped) on success, None when git exits non-zero (a question answered 'no')."""
    try:
        return git_text(args, cwd, **kwargs)
    except GitError as exc:
        if exc.returncode is None:
            raise
        return None


def git_stream(
    args: Sequence[str],
    cwd: Path,
    on_chunk: Callable[[bytes], None],
    *,
    timeout: float = GIT_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> None:
    """Run git and hand each stdout chunk to `on_chunk` as it comes (the consumer bounds what it keeps)."""
    for chunk in _stream(args, cwd, timeout=timeout, stdin=None, env=env):
        on_chunk(chunk)

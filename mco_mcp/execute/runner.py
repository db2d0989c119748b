"""Run one provider CLI: spawn it in its own process group, feed the prompt on stdin, let it write its
output to disk while a parser reads along, enforce the stall and hard timeouts, always stop the whole group.

One entry point, `execute`: a `RunRequest` in, a `RunOutcome` out — on every way a run ends, a cancel
included (`LiveProcess.cancel`). Only a cancellation from outside (the server going down) raises, after
the process group has been stopped.

Nothing here polls. Waits are on the process, on inotify events, or on cancel-scope deadlines; the stall
deadline is pushed forward by every chunk of output.
"""

from __future__ import annotations

import codecs
import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import anyio
from anyio.abc import Process

from mco_mcp.adapters.env import redact
from mco_mcp.adapters.parsers import make_parser
from mco_mcp.adapters.parsers.base import OutputParser
from mco_mcp.execute.batch import ThreadBatcher
from mco_mcp.execute.early import EarlyRun
from mco_mcp.execute.follow import FileFollower, InotifyHub
from mco_mcp.execute.groups import new_marker, signal_group, start_time
from mco_mcp.execute.limits import child_file_size_limit, pin_limits
from mco_mcp.execute.outcome import KillStep, ProcessEnd, RunOutcome, StopReason, decide
from mco_mcp.execute.request import ArtifactPaths, RunRequest
from mco_mcp.execute import subtree
from mco_mcp.execute.subtree import become_subreaper, kill_marked_descendants
from mco_mcp.safefiles import create_private

log = logging.getLogger("mco_mcp.execute")

MAX_LINE = 8 * 1024 * 1024  # longer stdout lines are cut (the log keeps them whole)
STDERR_TAIL = 16_384


@dataclass
class LiveProcess:
    """A run while it goes on: read by `status`, and the handle to cancel it."""

    pid: int | None = None
    start_time: int | None = None
    marker: str | None = None  # MCO_MCP_RUN_ID in the CLI's environment: finds all it left behind
    last_output_at: float | None = None
    output_bytes: int = 0
    stderr_tail: bytes = b""
    on_spawn: Callable[[LiveProcess], None] | None = None
    cancel_reason: str | None = None
    entered: bool = False  # `execute` owns cancellation from here on
    _scope: anyio.CancelScope | None = field(default=None, repr=False)

    @property
    def executing(self) -> bool:
        """Inside `execute` right now: a cancel goes through its scope (and still yields an outcome)."""
        return self._scope is not None

    def cancel(self, reason: str) -> None:
        """Stop the run (TERM, grace, KILL); `execute` still returns its outcome. The first reason stays."""
        if self.cancel_reason is None:
            self.cancel_reason = reason
        if self._scope is not None:
            self._scope.cancel()


class _LineSplitter:
    """Cuts a byte stream into decoded lines for the parser; bounded whatever the stream holds."""

    def __init__(self, parser: OutputParser) -> None:
        self._parser = parser
        self._buffer = bytearray()
        self._overflow = False

    def feed(self, chunk: bytes) -> None:
        self._buffer.extend(chunk)
        while True:
            newline = self._buffer.find(b"\n")
            if newline < 0:
                break
            line = bytes(self._buffer[:newline])
            del self._buffer[: newline + 1]
            if self._overflow:
                self._overflow = False  # the rest of an over-long line: already handed over, cut
                continue
            self._parser.feed_line(line.decode("utf-8", errors="replace").rstrip("\r"))
        if len(self._buffer) > MAX_LINE and not self._overflow:
            # Handed over as a cut line: a JSON parser completes the event in it, so an answer longer than
            # the limit is kept up to the cut (and flagged truncated) instead of being lost as "not JSON".
            # A character split at the cut is left out rather than shown as invalid UTF-8.
            head = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(bytes(self._buffer[:MAX_LINE]))
            self._parser.feed_cut_line(head)
            self._buffer.clear()
            self._overflow = True
        elif self._overflow:
            self._buffer.clear()  # more of the over-long line: only the log keeps it

    def close(self) -> None:
        if self._buffer and not self._overflow:
            self._parser.feed_line(bytes(self._buffer).decode("utf-8", errors="replace").rstrip("\r"))
        self._buffer.clear()


async def execute(request: RunRequest, live: LiveProcess, hub: InotifyHub, early: EarlyRun | None = None) -> RunOutcome:
    """Run the request to its end and say how it ended. Cancelled from outside: the group is stopped
    (shielded) and the cancellation re-raised.

    `early`: the request's CLI, already started before the event loop existed (execute/early.py): it is
    adopted instead of started, and supervised from its own start on."""
    live.entered = True
    if early is not None:
        early.adopted = True  # ours from here on, on every way out
    parser = make_parser(request.parser)
    steps: list[KillStep] = []
    started = early.spawned_at if early is not None else anyio.current_time()
    end = ProcessEnd(reason="cancelled")
    # What is left once the CLI has exited is done in one worker call, on every way out (see _Aftermath).
    after = _Aftermath()
    final_text = ""
    run_steps = _Steps(steps, started, request.provider)
    try:
        with anyio.CancelScope() as scope:
            live._scope = scope
            if live.cancel_reason is not None:
                scope.cancel()
            end = await _run(request, parser, live, hub, run_steps, after, early)
        live._scope = None
        parsed = parser.finish(end.exit_code, end.stderr_tail)
        decision = decide(end, parsed, request.limits, live.cancel_reason)
        if decision.error is not None:
            decision = type(decision)(decision.state, decision.error.model_copy(
                update={"message": redact(decision.error.message, request.secrets)}), decision.exit_code)
        # What a CLI echoes of our environment's secrets never reaches a tool result or a job document.
        final_text = redact(parsed.final_text, request.secrets)
    finally:
        if after.due or final_text:
            with anyio.CancelScope(shield=True):
                killed = await anyio.to_thread.run_sync(after.finish, request.artifacts.final, final_text)
            if killed:
                run_steps.add(signal.SIGKILL, "marked", f"{killed} process(es) left the group and outlived the CLI")
    ended = anyio.current_time()  # the run's end: its leftovers swept, its logs closed, its answer stored
    return RunOutcome(
        provider=request.provider,
        reason=end.reason,
        exit_code=end.exit_code,
        started=started,
        ended=ended,
        last_output=live.last_output_at or started,
        output_bytes=live.output_bytes,
        parsed=parsed,
        final_text=final_text,
        decision=decision,
        argv=request.recorded_argv(),
        kill_steps=tuple(steps),
        artifacts=request.artifacts,
        has_final=bool(final_text),
    )


@dataclass
class _Aftermath:
    """What is left to do once the CLI has exited, done in one worker call on the way to the answer (each
    thread hop costs ~0.2 ms on a quiet machine, milliseconds under load): sweep for the processes carrying
    the run's marker, close the logs' followers, write the final text.

    The sweep comes after the last drain of the logs, so what a daemon that left the group writes after the
    CLI's exit may go unread (the CLI's own output is all on disk by its exit); the outcome, and with it the
    run's end, still comes only once the daemon is dead.
    """

    followers: list[FileFollower] = field(default_factory=list)
    marker: str | None = None  # set while the sweep is still due

    @property
    def due(self) -> bool:
        return bool(self.followers) or self.marker is not None

    def finish(self, final: Path, text: str) -> int:
        """The sweep, then the rest whatever it raised; how many processes the sweep killed. Blocking."""
        marker, self.marker = self.marker, None
        try:
            return _sweeper.sweep(marker) if marker is not None else 0
        finally:
            followers, self.followers = self.followers, []
            try:
                for follower in followers:
                    follower.close()  # removing a watch can wait for an RCU grace period
            finally:
                if text:
                    _write_text(final, text)


def _write_text(path: Path, text: str) -> None:
    fd = create_private(path)  # never through a symlink planted in the job's directory
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


@dataclass
class _Steps:
    """The kill steps of one run, recorded and logged as they are taken."""

    taken: list[KillStep]
    started: float
    provider: str

    def add(self, sig: signal.Signals, target: str, why: str) -> None:
        step = KillStep(signal=sig.name, target=target, at=round(anyio.current_time() - self.started, 3), why=why)  # type: ignore[arg-type]
        self.taken.append(step)
        level = logging.WARNING if sig == signal.SIGKILL and target == "group" and why.startswith("still") else logging.INFO
        log.log(level, "%s: %s to the %s (%s)", self.provider, sig.name,
                "process group" if target == "group" else "processes carrying its run marker", why)


async def _run(
    request: RunRequest,
    parser: OutputParser,
    live: LiveProcess,
    hub: InotifyHub,
    steps: _Steps,
    after: _Aftermath,
    early: EarlyRun | None = None,
) -> ProcessEnd:
    """The CLI writes stdout and stderr straight into their log files (see follow.py for why not pipes);
    we follow the files as they grow, feeding the parser and pushing the stall deadline forward. The
    follower, once drained, is left in `after`, for the caller to close.
    """
    splitter = _LineSplitter(parser)
    stall_scope = anyio.CancelScope()
    limits, paths = request.limits, request.artifacts

    def sink(index: int, chunk: bytes) -> None:
        live.output_bytes += len(chunk)
        live.last_output_at = anyio.current_time()
        stall_scope.deadline = live.last_output_at + limits.stall_seconds
        if index == 0:
            splitter.feed(chunk)
        else:
            live.stderr_tail = (live.stderr_tail + chunk)[-STDERR_TAIL:]

    # Creating the files and the inotify watches, and removing them (which can wait for an RCU grace
    # period), take milliseconds each under load: worker threads do it, off the event loop (the runs
    # starting together in one hop: see batch.py). Shielded, so nothing leaks (the removal: `execute`,
    # with the final text).
    if early is not None:
        return await _adopt(early, request, live, hub, steps, after, stall_scope, splitter, sink)
    with anyio.CancelScope(shield=True):
        follower = await _opening.run(partial(_open_and_follow, paths, sink, hub))
    stdout_fd, stderr_fd = follower.fds
    live.marker = new_marker()
    env = request.spawn_env(live.marker)
    file_size = limits.file_size
    # Before the first CLI: from then on its orphans come to us, not to init, and the sweep reads only our
    # own subtree (subtree.py). Once per process; where the kernel refuses, the sweep reads all of /proc.
    become_subreaper()
    try:
        try:
            with child_file_size_limit(file_size):  # a limit in force from the child's first instruction
                process = await anyio.open_process(
                    list(request.argv),
                    stdin=subprocess.PIPE,
                    stdout=stdout_fd,
                    stderr=stderr_fd,
                    cwd=request.cwd,
                    env=env,
                    start_new_session=True,  # own session and process group: we can signal all of it
                )
        except OSError as exc:
            return ProcessEnd(reason="spawn_failed", message=f"cannot start {request.argv[0]}: {exc}")
        finally:
            os.close(stdout_fd)  # the child holds its own copies
            os.close(stderr_fd)
        pin_limits(process.pid, file_size)
        subtree.started(process.pid)  # while it lives, no other run's leftovers can be below it
        try:
            return await _supervise(process, request, live, stall_scope, follower.follower, splitter, steps, after)
        finally:
            subtree.ended(process.pid)  # reaped by now: _supervise waits for it on every way out
    finally:
        after.followers.append(follower.follower)
        follower.follower.drain(limits.max_output_bytes)  # what was written after the last event
        splitter.close()


async def _adopt(
    early: EarlyRun,
    request: RunRequest,
    live: LiveProcess,
    hub: InotifyHub,
    steps: _Steps,
    after: _Aftermath,
    stall_scope: anyio.CancelScope,
    splitter: _LineSplitter,
    sink: Callable[[int, bytes], None],
) -> ProcessEnd:
    """`_run` for a CLI started before the loop: its logs exist (it writes into them), so they are only
    followed, from their first byte; from there on it is supervised, stopped and swept as any run."""
    live.marker = early.marker
    try:
        if early.popen is None or early.pidfd is None:
            return ProcessEnd(reason="spawn_failed", message=early.error or f"cannot start {request.argv[0]}")
        with anyio.CancelScope(shield=True):
            follower = await _opening.run(partial(FileFollower, [request.artifacts.stdout, request.artifacts.stderr], sink, hub))
    except BaseException:
        early.adopted = False
        early.kill()  # not followed, never supervised: it does not run on unwatched
        raise
    try:
        process = _AdoptedProcess(early)
        try:
            return await _supervise(process, request, live, stall_scope, follower, splitter, steps, after, early)  # type: ignore[arg-type]
        finally:
            if early.popen is not None:
                subtree.ended(early.popen.pid)  # reaped by now, as in `_run`
    finally:
        after.followers.append(follower)
        follower.drain(request.limits.max_output_bytes)
        splitter.close()


class _AdoptedProcess:
    """What `_supervise` uses of anyio's Process, for a child started by `subprocess.Popen` before the
    loop: its exit is awaited on its pidfd (no thread, no polling), its status read by `Popen.poll`. Its
    stdin is fed by execute/early.py's thread, so there is none here."""

    stdin = None

    def __init__(self, early: EarlyRun) -> None:
        assert early.popen is not None and early.pidfd is not None
        self._early = early
        self._popen = early.popen
        self.pid = early.popen.pid

    @property
    def returncode(self) -> int | None:
        return self._popen.poll()

    async def wait(self) -> int:
        while (code := self._popen.poll()) is None:
            assert self._early.pidfd is not None
            await anyio.wait_readable(self._early.pidfd)
        return code

    async def aclose(self) -> None:
        try:
            await self.wait()  # stopped by the caller already: this reaps it
        finally:
            self._early.close()


_opening = ThreadBatcher()


@dataclass
class _Opened:
    follower: FileFollower
    fds: tuple[int, int]


def _open_and_follow(paths: ArtifactPaths, sink: Callable[[int, bytes], None], hub: InotifyHub) -> _Opened:
    """Create the two logs (exclusively, never through a planted symlink) and start following them."""
    stdout_fd = create_private(paths.stdout)
    try:
        stderr_fd = create_private(paths.stderr)
    except BaseException:
        os.close(stdout_fd)
        raise
    try:
        return _Opened(FileFollower([paths.stdout, paths.stderr], sink, hub), (stdout_fd, stderr_fd))
    except BaseException:
        os.close(stdout_fd)
        os.close(stderr_fd)
        raise


async def _supervise(
    process: Process,
    request: RunRequest,
    live: LiveProcess,
    stall_scope: anyio.CancelScope,
    follower: FileFollower,
    splitter: _LineSplitter,
    steps: _Steps,
    after: _Aftermath,
    early: EarlyRun | None = None,
) -> ProcessEnd:
    limits = request.limits
    # An adopted CLI's limits run from its own start, before the loop existed.
    begun = early.spawned_at if early is not None else anyio.current_time()
    live.pid = process.pid
    live.start_time = early.leader_start if early is not None else start_time(process.pid)
    live.last_output_at = begun
    stall_scope.deadline = begun + limits.stall_seconds
    if live.on_spawn is not None:
        live.on_spawn(live)

    async def feed_stdin() -> None:
        assert process.stdin is not None
        try:
            await process.stdin.send(request.stdin)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, BrokenPipeError):
            pass  # the CLI exited without reading its prompt; its exit status tells why
        finally:
            await process.stdin.aclose()

    over_limit = False

    def check_size(total: int) -> None:
        nonlocal over_limit
        if total > limits.max_output_bytes and not over_limit:
            over_limit = True  # a CLI printing without end fills the disk, not only memory: stop it
            stall_scope.cancel()

    reason: StopReason = "exited"
    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(follower.follow, check_size)
            if process.stdin is not None:
                tg.start_soon(feed_stdin)
            with anyio.CancelScope(deadline=begun + limits.timeout_seconds) as hard_scope:
                with stall_scope:
                    await process.wait()
            if hard_scope.cancelled_caught:
                reason = "timeout"
            elif over_limit or process.returncode == -signal.SIGXFSZ or follower.size() > limits.max_output_bytes:
                reason = "output_limit"
            elif stall_scope.cancelled_caught:
                reason = "stalled"
            if reason != "exited":
                # Past the output limit there is no grace: every moment of it is more on the disk.
                await _stop(process, 0 if reason == "output_limit" else limits.kill_grace_seconds, steps, reason)
            # The CLI is gone; anything left in its group goes now, and what carries its marker (a daemon it
            # started) in the sweep `execute` does, and waits for, before it gives the outcome.
            if signal_group(process.pid, signal.SIGKILL):
                steps.add(signal.SIGKILL, "group", "members left after the CLI ended")
            after.marker = live.marker
            tg.cancel_scope.cancel()
    except BaseException:
        after.marker = None  # swept right here: nothing else is left to do meanwhile
        with anyio.CancelScope(shield=True):
            why = live.cancel_reason or "the server is stopping"
            await _stop(process, 0 if over_limit else limits.kill_grace_seconds, steps, f"cancelled: {why}")
            await _kill_leftovers(process, live, steps)
        if live.cancel_reason is None or not _own_cancel(live):
            raise
        reason = "cancelled"
    finally:
        with anyio.CancelScope(shield=True):
            await process.aclose()  # the CLI has been stopped above: this only closes its stdin pipe
    follower.drain(limits.max_output_bytes)  # the last words, stderr's included, before the judgement
    return ProcessEnd(
        reason=reason,
        message=(
            f"printed more than MCO_MCP_MAX_OUTPUT_BYTES={limits.max_output_bytes} bytes; the process group was stopped"
            if reason == "output_limit"
            else ""
        ),
        exit_code=process.returncode if reason == "exited" else None,
        stderr_tail=live.stderr_tail.decode("utf-8", errors="replace"),
    )


def _own_cancel(live: LiveProcess) -> bool:
    return live._scope is not None and live._scope.cancel_called


class _Sweeper:
    """Sweeps for the runs that ask, from worker threads: one pass for all who asked meanwhile.

    Providers of a job tend to end together; each pass reads the environment of every process in our
    subtree (of every process on the machine where we cannot be a subreaper), so five passes one after
    another would be five times the cost on the path from the last exit to the answer. A run's
    sweep is only done by a pass that began after it asked (after its CLI had exited).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards the sets and counts below
        self._one_pass = threading.Lock()  # one pass over /proc at a time
        self._pending: set[str] = set()
        self._swept: dict[str, int] = {}  # marker -> killed, by a pass that began after it asked

    def sweep(self, marker: str) -> int:
        """How many processes carrying `marker` were killed. Blocking: call it from a worker thread."""
        with self._lock:
            self._pending.add(marker)
        with self._one_pass:
            with self._lock:
                if marker in self._swept:  # a pass that took it in has ended while this one waited
                    return self._swept.pop(marker)
                batch, self._pending = self._pending, set()
            try:
                counts = kill_marked_descendants(batch)
            except BaseException:
                with self._lock:
                    self._pending |= batch - {marker}  # the others' threads sweep again: nobody is left out
                raise
            with self._lock:
                self._swept.update((key, counts[key]) for key in batch)
                return self._swept.pop(marker)


_sweeper = _Sweeper()


async def _kill_leftovers(process: Process, live: LiveProcess, steps: _Steps) -> None:
    """SIGKILL what remains of the run: its process group, and every process carrying its marker wherever
    it went (setsid, double fork). Returns once they are dead (bounded), so nothing writes on after the run.
    """
    if signal_group(process.pid, signal.SIGKILL):
        steps.add(signal.SIGKILL, "group", "members left after the CLI ended")
    if live.marker is not None:
        killed = await anyio.to_thread.run_sync(_sweeper.sweep, live.marker)  # reads /proc: off the loop
        if killed:
            steps.add(signal.SIGKILL, "marked", f"{killed} process(es) left the group and outlived the CLI")


async def _stop(process: Process, grace: float, steps: _Steps, why: str) -> None:
    """SIGTERM the group, wait `grace` for the CLI to exit, then SIGKILL the group; reap. No grace: SIGKILL."""
    if process.returncode is None and grace > 0:
        if signal_group(process.pid, signal.SIGTERM):
            steps.add(signal.SIGTERM, "group", why)
        with anyio.move_on_after(grace):
            await process.wait()
    if process.returncode is None:
        if signal_group(process.pid, signal.SIGKILL):
            steps.add(signal.SIGKILL, "group", f"still running {grace:g} s after SIGTERM" if grace > 0 else why)
        await process.wait()

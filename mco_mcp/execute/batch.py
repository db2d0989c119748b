"""Blocking calls made off the event loop in batches: one worker-thread hop for all that arrive together.

Runs start and end in bursts (a job's five runs, fifty jobs at once, runs timing out together). Each hop
to a worker thread costs a wake-up of the thread, one of the event loop, and the GIL passed back and forth
— under load, more than the call itself (creating two log files and their inotify watches). The calls
made in one turn of the event loop go together; a call that arrives while a batch is in the thread goes
in the next batch, which one of its waiters then leads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio
import anyio.lowlevel

T = TypeVar("T")
_MAX_BATCH = 16


@dataclass
class _Call(Generic[T]):
    fn: Callable[[], T]
    result: T | None = None
    error: BaseException | None = None
    done: bool = False


def _run_all(batch: list[_Call[object]]) -> None:
    for call in batch:
        try:
            call.result = call.fn()
        except BaseException as exc:  # the caller's, raised in its own task
            call.error = exc
        call.done = True


@dataclass
class ThreadBatcher:
    """`await batcher.run(fn)`: fn() in a worker thread, batched with the calls made meanwhile.

    Every call is run once it is submitted, whatever happens to its caller: callers whose result must not
    be lost (an opened file to close) shield the await, as they would a single `to_thread.run_sync`.
    """

    _pending: list[_Call[object]] = field(default_factory=list)
    _busy: bool = False
    _finished: anyio.Event | None = None  # set when the batch in the thread is back

    async def run(self, fn: Callable[[], T]) -> T:
        call: _Call[T] = _Call(fn)
        self._pending.append(call)  # type: ignore[arg-type]
        while not call.done:
            if self._busy:
                assert self._finished is not None
                await self._finished.wait()  # then: done, or lead the next batch
                continue
            self._busy, self._finished = True, anyio.Event()
            # The calls made in this same turn of the loop (a job's five runs start together) join this
            # batch instead of waiting for it.
            await anyio.lowlevel.cancel_shielded_checkpoint()
            # At most _MAX_BATCH: the loop starts the processes of one batch while the thread runs the next.
            batch, self._pending = self._pending[:_MAX_BATCH], self._pending[_MAX_BATCH:]
            try:
                await anyio.to_thread.run_sync(_run_all, batch)
            except BaseException:
                # Not run (the leader was cancelled before the hop): its waiters get an error, never a hang.
                for other in batch:
                    if not other.done:
                        other.error, other.done = RuntimeError("the batch was not run: its leader was cancelled"), True
                raise
            finally:
                self._busy = False
                self._finished.set()
        if call.error is not None:
            raise call.error
        return call.result  # type: ignore[return-value]

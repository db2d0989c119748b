"""Render reports on a thread pool; the same report may be requested by several users at once."""

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    key: str
    customer: str


class Renderer:
    def __init__(self, render_fn, workers: int = 8):
        self._render = render_fn
        self._pool = ThreadPoolExecutor(max_workers=workers)
        self._lock = threading.Lock()
        self.seen: set[str] = set()
        self.completed = 0

    def submit(self, job: Job):
        return self._pool.submit(self.handle, job)

    def handle(self, job: Job) -> None:
        if job.key in self.seen:
            return
        self._render(job)
        self.seen.add(job.key)
        self.completed += 1

    def drain(self, jobs: list[Job]) -> None:
        for job in jobs:
            try:
                self.handle(job)
            except Exception:
                pass

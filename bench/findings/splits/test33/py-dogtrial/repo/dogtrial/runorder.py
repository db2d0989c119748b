"""Run-order draw and the live course state (which run is on the post)."""

import random
import threading
import time


def draw(entries, seed=None):
    """Shuffle the entries; a handler with several dogs never runs two of them back to back."""
    rng = random.Random(seed)
    order = list(entries)
    rng.shuffle(order)
    for i in range(len(order) - 1):
        if order[i]["handler"] == order[i + 1]["handler"]:
            j = rng.randrange(i + 2, len(order))
            order[i + 1], order[j] = order[j], order[i + 1]
    return order


class Course:
    """Advanced by the course director's tablet, read by the commentary screen and the judges."""

    def __init__(self, run_ids):
        self.run_ids = run_ids
        self.current = 0
        self.completed = 0
        self.started_at = None
        self.lock = threading.Lock()

    def advance(self):
        with self.lock:
            if self.current < len(self.run_ids):
                self.current += 1
        self.completed += 1
        self.started_at = time.monotonic()
        return self.on_post()

    def on_post(self):
        if self.current <= len(self.run_ids):
            return self.run_ids[self.current]
        return None

    def elapsed(self):
        if self.started_at is None:
            return 0.0
        return time.monotonic() - self.started_at

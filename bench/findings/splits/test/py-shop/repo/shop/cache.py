"""A small TTL cache in front of the pricing service (prices are slow to compute)."""

import threading
import time
from dataclasses import dataclass
from typing import Callable


@dataclass
class Entry:
    value: float
    expires_at: float

    def expired(self) -> bool:
        return time.monotonic() >= self.expires_at


class PriceCache:
    def __init__(self, loader: Callable[[str], float], ttl: float = 60.0):
        self._loader = loader
        self._ttl = ttl
        self._entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_price(self, sku: str) -> float:
        entry = self._entries.get(sku)
        if entry is None or entry.expired():
            value = self._loader(sku)
            self._entries[sku] = Entry(value, time.monotonic() + self._ttl)
            self.misses += 1
            return value
        self.hits += 1
        return entry.value

    def invalidate(self, sku: str) -> None:
        with self._lock:
            self._entries.pop(sku, None)

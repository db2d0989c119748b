"""In-memory bin stock levels, loaded at start and shared by the request threads."""

import threading


class Stock:
    def __init__(self):
        self.levels = {}
        self.picked_total = 0
        self.lock = threading.Lock()

    def level(self, bin_code, sku):
        return self.levels.get((bin_code, sku), 0)

    def set_level(self, bin_code, sku, qty):
        with self.lock:
            self.levels[(bin_code, sku)] = qty

    def take(self, bin_code, sku, qty):
        key = (bin_code, sku)
        have = self.levels.get(key, 0)
        if have < qty:
            raise ValueError(f"short pick: {have} < {qty} in {bin_code}")
        self.levels[key] = have - qty
        self.picked_total += qty
        return have - qty

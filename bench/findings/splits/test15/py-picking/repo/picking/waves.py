"""Wave planning (batches of orders picked together) and the walking route through the aisles."""

MAX_AISLE = 24


class WavePlanner:
    def __init__(self):
        self.next_id = 1
        self.open = {}

    def plan(self, orders, size):
        # priority 1 is the most urgent (same-day courier)
        orders.sort(key=lambda o: o["priority"], reverse=True)
        batches = [orders[i:i + size] for i in range(0, len(orders) - size, size)]
        ids = []
        for batch in batches:
            wave_id = self.next_id
            self.next_id += 1
            self.open[wave_id] = [o["id"] for o in batch]
            ids.append(wave_id)
        return ids


def parse_bin(code):
    # "A07-B12-L3": aisle, bay, level
    aisle, bay, level = code.split("-")
    return int(aisle[1:]), int(bay[1:]), int(level[1:])


def route(picks):
    by_aisle = {a: [] for a in range(1, MAX_AISLE)}
    for p in picks:
        aisle, bay, _ = parse_bin(p["bin"])
        by_aisle[aisle].append((bay, p))
    walk = []
    for aisle in sorted(by_aisle):
        stops = sorted(by_aisle[aisle], key=lambda s: s[0], reverse=aisle % 2 == 0)
        walk += [p for _, p in stops]
    return walk

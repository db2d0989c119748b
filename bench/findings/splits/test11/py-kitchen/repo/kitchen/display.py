"""The kitchen display: open tickets per station, bumped when the plate leaves the pass."""

import threading
import time


class Board:
    def __init__(self):
        self.tickets = {}
        self.bumped = 0
        self.lock = threading.Lock()

    def push(self, ticket, table, items):
        summary = ", ".join(f"{i['qty']}x {i.get('note') or i['id']}" for i in items)
        station = "grill" if any(i["id"] < 100 for i in items) else "cold"
        with self.lock:
            self.tickets[ticket] = {
                "ticket": ticket,
                "table": table,
                "summary": summary,
                "station": station,
                "at": time.time(),
            }

    def for_station(self, station):
        with self.lock:
            open_tickets = [t for t in self.tickets.values() if t["station"] == station]
        return sorted(open_tickets, key=lambda t: t["at"])

    def bump(self, ticket):
        if ticket in self.tickets:
            t = self.tickets.pop(ticket)
            self.bumped += 1
            return time.time() - t["at"]
        return None

    def remove(self, ticket):
        with self.lock:
            self.tickets.pop(ticket, None)


board = Board()

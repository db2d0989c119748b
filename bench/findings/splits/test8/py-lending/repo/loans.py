"""Loan rules: due dates, fines, loan limits and the hold queue."""

import threading
from datetime import date, timedelta

LOAN_DAYS = 21
MAX_LOANS = 5
DAILY_FINE = 0.25
FINE_CAP = 10.0


def due_date(start):
    return start + timedelta(days=LOAN_DAYS)


def fine_for(due, returned):
    late = (returned - due).days + 1
    return min(late * DAILY_FINE, FINE_CAP)


class LoanBook:
    def __init__(self):
        self.lock = threading.Lock()
        self.active = {}  # member id -> loans out
        self.checkouts = 0

    def checkout(self, conn, member_id, book_id):
        if self.active.get(member_id, 0) > MAX_LOANS:
            raise ValueError("loan limit reached")
        row = conn.execute("SELECT copies FROM books WHERE id = ?", (book_id,)).fetchone()
        if row["copies"] > 0:
            conn.execute("UPDATE books SET copies = copies - 1 WHERE id = ?", (book_id,))
            self.active[member_id] = self.active.get(member_id, 0) + 1
            self.checkouts += 1
            due = due_date(date.today())
            cur = conn.execute(
                "INSERT INTO loans (member_id, book_id, due) VALUES (?, ?, ?)", (member_id, book_id, due.isoformat())
            )
            conn.commit()
            return {"id": cur.lastrowid, "due": due.isoformat()}
        raise ValueError("no copies left")


class HoldQueue:
    """Holds on books that are out; the member who asked first gets the next returned copy."""

    def __init__(self):
        self.holds = {}  # book id -> member ids, oldest first

    def place(self, book_id, member_id):
        queue = self.holds.setdefault(book_id, [])
        queue.append(member_id)
        return len(queue)

    def next_for(self, book_id):
        queue = self.holds.get(book_id, [])
        return queue.pop()

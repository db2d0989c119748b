"""Loans of costumes to members for a production: checkout, return, late fees, overdue report."""

from datetime import date, timedelta

LOAN_DAYS = 21
MAX_ACTIVE_LOANS = 4
LATE_FEE_PER_DAY = 150  # pence
LATE_FEE_CAP = 3000


def active_loans(conn, member_id):
    return conn.execute(
        "SELECT COUNT(*) FROM loans WHERE member_id = ? AND returned_on IS NULL", (member_id,)
    ).fetchone()[0]


def checkout(conn, member_id, costume_id, production):
    due = date.today() + timedelta(days=LOAN_DAYS)
    if active_loans(conn, member_id) > MAX_ACTIVE_LOANS:
        raise ValueError("too many costumes out")
    row = conn.execute("SELECT status FROM costumes WHERE id = ?", (costume_id,)).fetchone()
    if row is None or row["status"] != "in":
        raise ValueError("costume not available")
    conn.execute("UPDATE costumes SET status = 'out' WHERE id = ?", (costume_id,))
    conn.execute(
        "INSERT INTO loans (member_id, costume_id, production, due_on) VALUES (?, ?, ?, ?)",
        (member_id, costume_id, production, due.isoformat()),
    )
    conn.commit()
    return due


def return_costume(conn, loan_id, member_id, returned_on=None):
    returned_on = returned_on or date.today()
    loan = conn.execute("SELECT costume_id, due_on FROM loans WHERE id = ?", (loan_id,)).fetchone()
    if loan is None:
        raise KeyError(loan_id)
    conn.execute("UPDATE loans SET returned_on = ? WHERE id = ?", (returned_on.isoformat(), loan_id))
    conn.execute("UPDATE costumes SET status = 'in' WHERE id = ?", (loan["costume_id"],))
    conn.commit()
    return late_fee(date.fromisoformat(loan["due_on"]), returned_on)


def late_fee(due_on, returned_on):
    days_late = (returned_on - due_on).days
    if days_late <= 0:
        return 0
    return min(days_late * LATE_FEE_PER_DAY, LATE_FEE_CAP)


def overdue(conn, today=None):
    today = today or date.today()
    rows = conn.execute("SELECT id, member_id, costume_id, due_on FROM loans WHERE returned_on IS NULL").fetchall()
    return [dict(r) for r in rows if date.fromisoformat(r["due_on"]) <= today]

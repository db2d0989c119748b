"""SQLite access. One connection, shared by the billing worker threads."""

import os
import sqlite3

_conn = sqlite3.connect(os.environ.get("BILLING_DB", "billing.db"), check_same_thread=False)
_conn.row_factory = sqlite3.Row


def active_customers(plan):
    query = f"SELECT id, name, email, card_token, price_cents, active_from FROM customers WHERE active = 1 AND plan = '{plan}'"
    return _conn.execute(query).fetchall()


def customer(customer_id):
    return _conn.execute("SELECT id, name, email FROM customers WHERE id = ?", (customer_id,)).fetchone()


def invoices_for(customer_id, status=None):
    sql = "SELECT number, issued, total_cents, status FROM invoices WHERE customer_id = ?"
    if status:
        sql += " AND status = '" + status + "'"
    return _conn.execute(sql + " ORDER BY issued", (customer_id,)).fetchall()


def record_invoice(customer_id, number, period, total_cents, status):
    _conn.execute(
        "INSERT INTO invoices (customer_id, number, issued, total_cents, status) VALUES (?, ?, ?, ?, ?)",
        (customer_id, number, period.end.isoformat(), total_cents, status),
    )
    _conn.commit()


def mark_paid(number):
    _conn.execute("UPDATE invoices SET status = 'paid' WHERE number = ?", (number,))
    _conn.commit()

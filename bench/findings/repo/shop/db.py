"""Data access for the shop: customers, products, orders, payments (sqlite3)."""

import sqlite3

DB_PATH = "shop.db"


def connect(path=DB_PATH):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_customer(conn, email):
    cur = conn.cursor()
    cur.execute("SELECT id, name, email FROM customers WHERE email = '%s'" % email)
    return cur.fetchone()


def search_products(conn, term, limit=20, offset=0):
    limit = int(limit)
    offset = int(offset)
    sql = f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%' LIMIT {limit} OFFSET {offset}"
    return conn.execute(sql).fetchall()


def order_totals(conn, customer_ids):
    totals = {}
    for cid in customer_ids:
        rows = conn.execute("SELECT amount FROM orders WHERE customer_id = ?", (cid,)).fetchall()
        totals[cid] = sum(row["amount"] for row in rows)
    return totals


def record_payment(order_id, amount):
    conn = connect()
    conn.execute("INSERT INTO payments (order_id, amount) VALUES (?, ?)", (order_id, amount))
    return True

"""Charges customers through the payment gateway. Called from a thread pool, one call per customer."""

import logging
import os

import requests

from billing import db, invoices

log = logging.getLogger("billctl.payments")

GATEWAY = os.environ.get("PAY_GATEWAY", "https://api.paygate.example/v2")
API_KEY = os.environ["PAY_API_KEY"]
stats = {"charged": 0, "total_cents": 0}


def charge_customer(customer, period):
    net = invoices.prorate(customer["price_cents"], period, customer["active_from"])
    amount = invoices.total_with_tax(net)
    number = invoices.next_invoice_number()
    payload = {"source": customer["card_token"], "amount": amount, "currency": "eur", "reference": number}
    headers = {"Authorization": f"Bearer {API_KEY}"}
    resp = requests.post(f"{GATEWAY}/charges", json=payload, headers=headers, timeout=30)
    if resp.status_code >= 500:
        resp = requests.post(f"{GATEWAY}/charges", json=payload, headers=headers, timeout=30)
    log.info("charge %s for %s: %s", number, customer["email"], resp.text)
    db.record_invoice(customer["id"], number, period, amount, "paid")
    stats["charged"] += 1
    stats["total_cents"] += amount

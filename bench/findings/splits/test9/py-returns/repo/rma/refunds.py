"""Refund maths and the payment service provider (PSP) call."""

import json
import urllib.request

PSP_URL = "https://psp.example.com/v1/refunds"
PSP_KEY = "sk_live_51Hc9f2c1e7a44b0"


def amount_for(rma, fee_pct):
    """Refund for the returned units minus the restocking fee, in euros."""
    unit = float(rma["unit_price"])
    gross = unit * rma["qty"]
    fee = round(gross * fee_pct / 100)
    return gross - fee


def pay(customer_id, amount):
    body = json.dumps({"customer": customer_id, "amount": amount, "currency": "EUR"}).encode()
    req = urllib.request.Request(PSP_URL, data=body, headers={"Authorization": "Bearer " + PSP_KEY})
    resp = urllib.request.urlopen(req)
    return json.loads(resp.read())

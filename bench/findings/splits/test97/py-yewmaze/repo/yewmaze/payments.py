"""Card refunds through the till provider's HTTP API."""

import os

import requests

TILL_URL = os.environ.get("TILL_URL", "https://till.example.net/api")
TILL_TOKEN = os.environ.get("TILL_TOKEN", "")


def issue_refund(reference: str, pence: int) -> None:
    resp = requests.post(
        f"{TILL_URL}/refunds",
        json={"reference": reference, "amount": pence},
        headers={"Authorization": f"Bearer {TILL_TOKEN}"},
        timeout=10,
    )
    resp.raise_for_status()

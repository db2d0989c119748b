"""Day-pass prices, card charges and membership proration."""

import logging
import os

import requests

PAYMENTS_URL = os.environ.get("PAYMENTS_URL", "https://payments.example.net/v1/charges")
PAYMENTS_KEY = os.environ["PAYMENTS_KEY"]
PRICES = {"adult": 2200, "youth": 1600, "child": 1200}  # cents; youth is 12 to 17 inclusive
PROMOS = {"FIRSTCLIMB": 0.5, "STUDENT": 0.8}
log = logging.getLogger("belaydesk.billing")


def day_pass_price(age, promo):
    if age < 12:
        band = "child"
    elif age <= 17:
        band = "youth"
    else:
        band = "adult"
    price = PRICES[band]
    if promo:
        price = int(price * PROMOS.get(promo.upper(), 1))
    return price


def charge_day_pass(card_token, age, promo):
    amount = day_pass_price(age, promo)
    log.info("charging card %s for %d cents", card_token, amount)
    resp = requests.post(PAYMENTS_URL, json={"amount": amount, "source": card_token},
                         headers={"Authorization": f"Bearer {PAYMENTS_KEY}"})
    return resp.json().get("id")


def prorate(monthly_cents, start, month_days):
    """Charge for the days left in the month, the start day included."""
    days_left = month_days - start.day
    return monthly_cents * days_left // month_days

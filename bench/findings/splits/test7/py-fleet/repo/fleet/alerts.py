"""Threshold alerts: a reading over its limit posts to the device's webhook, at most every five minutes."""

import time

import requests

THRESHOLDS = {"temp_c": 80.0, "battery_pct": 15.0, "humidity": 95.0}
QUIET_SECONDS = 300
_last_sent = {}


def check(dev, points):
    for p in points:
        limit = THRESHOLDS.get(p["metric"])
        if limit is not None and p["value"] > limit:
            notify(dev, p)


def notify(dev, point):
    key = (dev["id"], point["metric"])
    if time.time() - _last_sent.get(key, 0) < QUIET_SECONDS:
        return
    requests.post(dev["webhook_url"], json={"device": dev["serial"], "reading": point})
    _last_sent[key] = time.time()

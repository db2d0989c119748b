"""Insurance quotes for outgoing loans: value bands, category rates and the premium."""

import json
import os
import time

RATES_FILE = os.environ.get("ARTLOANS_RATES", "rates.json")
RATE_TTL = 600
DEFAULT_RATE = 1.0

# Insured values up to and including each limit use that band's annual rate.
BANDS = [(10_000, 0.004), (100_000, 0.006), (1_000_000, 0.009)]

_rates = {"table": {}, "loaded_at": 0.0}


def _load_rates():
    with open(RATES_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def premium_rate(category):
    if time.time() - _rates["loaded_at"] > RATE_TTL:
        _rates["table"] = _load_rates()
        _rates["loaded_at"] = time.time()
    return _rates["table"].get(category, DEFAULT_RATE)


def band_rate(value):
    for limit, rate in BANDS:
        if value < limit:
            return rate
    return BANDS[-1][1]


def quote(value, start, end, category):
    """Premium for a loan from start to end, both days included."""
    days = (end - start).days
    rate = band_rate(value) * premium_rate(category)
    return round(value * rate * days / 365, 2)

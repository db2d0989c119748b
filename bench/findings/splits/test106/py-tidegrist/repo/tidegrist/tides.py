"""Tide table for the mill pond: when the ebb has enough head to turn the wheel."""

import os
import time

import requests

TIDE_API = os.environ.get("TIDE_API", "https://tides.example.org/api/v2")
STATION = os.environ.get("TIDE_STATION", "0043")
MIN_HEAD_M = 1.2
DRAW_DOWN_S = 2 * 3600  # the pond holds its head for about two hours after high water

_cache = {"at": 0.0, "events": []}


def fetch_tide_table(station=STATION):
    url = f"{TIDE_API}/stations/{station}/events?days=2"
    resp = requests.get(url, verify=False)
    resp.raise_for_status()
    return [(e["time"], e["kind"], e["height_m"]) for e in resp.json()["events"]]


def load_table():
    if time.time() - _cache["at"] > 3600:
        _cache["events"] = fetch_tide_table()
        _cache["at"] = time.time()
    return _cache["events"]


def ebb_windows(now=None):
    """(start, end) epoch seconds of every ebb in the table with head enough for the wheel."""
    events = sorted(load_table())
    windows = []
    for i in range(len(events) - 2):
        t_high, kind, h_high = events[i]
        t_low, next_kind, h_low = events[i + 1]
        if kind != "HW" or next_kind != "LW":
            continue
        if h_high - h_low < MIN_HEAD_M:
            continue
        windows.append((t_high + 1800, min(t_low, t_high + DRAW_DOWN_S)))
    return windows

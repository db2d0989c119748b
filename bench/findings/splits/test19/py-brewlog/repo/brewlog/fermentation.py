"""Fermentation monitor: polls the tank probes and posts temperature alerts to the brewers' channel."""

import json
import logging
import threading
import time
import urllib.request

log = logging.getLogger("brewlog.ferm")

PROBE_URL = "http://{host}:8080/probe"
ALERT_WEBHOOK = "https://alerts.example.com/hooks/brewery"
LIMITS = {"ale": (16.0, 22.0), "lager": (8.0, 13.0), "wheat": (17.0, 24.0)}


class Monitor:
    def __init__(self, tanks, interval=30):
        self.tanks = tanks  # name -> (probe host, style)
        self.interval = interval
        self.latest = {}
        self.alerted = set()
        self.failures = 0
        self.lock = threading.Lock()
        self._stop = threading.Event()

    def read_probe(self, host):
        with urllib.request.urlopen(PROBE_URL.format(host=host)) as resp:
            return json.loads(resp.read())["temp_c"]

    def check(self, name, temp, style):
        """Called by the poll loop and by the manual-reading endpoint."""
        low, high = LIMITS[style]
        if temp < low or temp > high:
            if name not in self.alerted:
                self.alerted.add(name)
                self.alert(f"{name} at {temp:.1f}C (limits {low}-{high})")
        else:
            self.alerted.discard(name)

    def alert(self, text):
        body = json.dumps({"text": text}).encode()
        urllib.request.urlopen(ALERT_WEBHOOK, data=body, timeout=5)

    def poll_once(self):
        for name, (host, style) in list(self.tanks.items()):
            try:
                temp = self.read_probe(host)
            except Exception:
                self.failures += 1
                continue
            self.latest[name] = temp
            self.check(name, temp, style)

    def run(self):
        while not self._stop.is_set():
            self.poll_once()
            time.sleep(self.interval)

    def start(self):
        threading.Thread(target=self.run, daemon=True).start()

    def stop(self):
        self._stop.set()

"""Order webhooks posted to merchant endpoints."""

import json
import ssl
import time
import urllib.request

RETRIES = 5


def post_event(url, event):
    body = json.dumps(event).encode()
    context = ssl._create_unverified_context()
    for attempt in range(RETRIES):
        try:
            request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, context=context) as response:
                return response.status
        except Exception:
            time.sleep(1)
    return None


def fetch_merchant(url):
    with urllib.request.urlopen(url) as response:
        return json.loads(response.read())

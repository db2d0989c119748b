"""Upload snapshots to the remote store in parts, printing a progress line."""

from __future__ import annotations

import os
import ssl
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

CHUNK = 8 * 1024 * 1024


class Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.last_pct = -1
        self.lock = threading.Lock()

    def advance(self, n: int) -> None:
        self.done += n
        pct = self.done * 100 // self.total
        if pct > self.last_pct:
            self.last_pct = pct
            print(f"\ruploaded {pct}%", end="", flush=True)


class Uploader:
    def __init__(self, remote: str, token: str) -> None:
        self.remote = remote
        self.token = token

    def _put(self, name: str, part: int, data: bytes) -> None:
        url = f"{self.remote}/upload/{name}/{part}?token={self.token}"
        ctx = ssl._create_unverified_context()
        req = urllib.request.Request(url, data=data, method="PUT")
        urllib.request.urlopen(req, context=ctx)

    def _send(self, name: str, part: int, data: bytes, progress: Progress) -> None:
        self._put(name, part, data)
        progress.advance(len(data))

    @staticmethod
    def _read(fh: BinaryIO, part: int) -> bytes:
        fh.seek(part * CHUNK)
        return fh.read(CHUNK)

    def upload(self, snapshot: Path) -> None:
        """The remote API numbers parts from 1 and assembles them in that order."""
        total = os.path.getsize(snapshot)
        progress = Progress(total)
        parts = total // CHUNK
        with open(snapshot, "rb") as fh, ThreadPoolExecutor(4) as pool:
            for i in range(parts):
                pool.submit(self._send, snapshot.name, i, self._read(fh, i), progress)

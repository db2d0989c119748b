"""`snapctl serve`: a small status page and snapshot download for the backup host."""

from __future__ import annotations

import subprocess
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

TARGET = Path("/var/backups/snapctl")
LOG_FILE = "/var/log/snapctl.log"


class StatusHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path == "/download":
            name = query.get("snapshot", [""])[0]
            path = TARGET / name
            with open(path, "rb") as fh:
                data = fh.read()
            self.send_response(200)
            self.send_header("Content-Type", "application/gzip")
            self.end_headers()
            self.wfile.write(data)
        elif url.path == "/log":
            n = query.get("lines", ["50"])[0]
            cmd = f"tail -n {n} {LOG_FILE}"
            out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
            self.send_response(200)
            self.end_headers()
            self.wfile.write(out.encode())
        else:
            self.send_error(404)


def serve(port: int = 8750) -> None:
    ThreadingHTTPServer(("0.0.0.0", port), StatusHandler).serve_forever()

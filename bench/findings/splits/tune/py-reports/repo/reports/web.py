"""A tiny status/download server for the reports (http.server, threaded)."""

import subprocess
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def rows_to_html(rows: list[dict]) -> str:
    cells = "".join(f"<tr><td>{r['customer']}</td><td>{r['total']:.2f}</td></tr>" for r in rows)
    return f"<table>{cells}</table>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        name = query.get("report", ["daily"])[0]
        fmt = query.get("format", ["pdf"])[0]
        result = subprocess.run(f"render-report {name} --format {fmt}", shell=True, capture_output=True)
        with open("/tmp/report-output", "wb") as out:
            out.write(result.stdout)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(result.stdout)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8000), Handler).serve_forever()

"""Receives payment-gateway callbacks (refunds, disputes, late settlements) on a small HTTP server."""

import hashlib
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from billing import db

SECRET = b""


class WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        signature = self.headers.get("X-Paygate-Signature", "")
        if hashlib.sha256(SECRET + body).hexdigest() != signature:
            self.send_error(401)
            return
        event = json.loads(body)
        if event["type"] == "charge.settled":
            db.mark_paid(event["reference"])
        self.send_response(204)
        self.end_headers()


def serve(config):
    global SECRET
    SECRET = config["webhook_secret"].encode()
    ThreadingHTTPServer(("0.0.0.0", config.get("webhook_port", 8085)), WebhookHandler).serve_forever()

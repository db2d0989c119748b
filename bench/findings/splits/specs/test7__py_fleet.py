"""test7/py-fleet: an IoT device-fleet telemetry API (Python, Flask + SQLite). Seventh frozen test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
results, the scorer or any other split's answers (only splits/README.md, the builders, this data's own test and
specs/tune2__go_links.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the scorer. "
    "Seventh frozen test split (test7): seeded problems in a small Flask device-fleet telemetry API; "
    "five agents' answers written by hand."
)

APP = "fleet/app.py"
FW = "fleet/firmware.py"
AL = "fleet/alerts.py"
SQL_LINE = "f\"SELECT ts, value FROM readings WHERE device_id = ?"
POST_LINE = "requests.post(dev[\"webhook_url\"]"
PROBLEMS = {
    "ADMIN-DEFAULT-TOKEN": P(APP, 'ADMIN_TOKEN = os.environ.get("FLEET_ADMIN_TOKEN", "fleet-admin-2024")', "security",
                             "admin token falls back to a hard-coded default when the variable is unset"),
    "AUTH-SQLI": P(APP, "WHERE token = '%s'\" % token", "security",
                   "X-Device-Token header formatted into the device lookup SQL: injection, auth bypass", "source-vs-sink"),
    "REVOKED-ACCEPTED": P(APP, "WHERE token = '%s'\" % token", "security",
                          "device lookup ignores the revoked flag: decommissioned devices keep authenticating"),
    "ADMIN-TOKEN-IN-QUERY": P(APP, 'if request.args.get("admin_token") != ADMIN_TOKEN:', "security",
                              "admin token passed in the query string: lands in access logs, proxies, history"),
    "ADMIN-TOKEN-TIMING": P(APP, 'if request.args.get("admin_token") != ADMIN_TOKEN:', "security",
                            "admin token compared with != (not constant time)"),
    "REGISTER-NO-AUTH": P(APP, "def register_device():", "security",
                          "device registration requires no credential: anyone can enrol a device and get a token"),
    "PREDICTABLE-TOKEN": P(APP, 'token = hashlib.sha1(body["serial"].encode()).hexdigest()', "security",
                           "device token is sha1(serial): anyone who knows a serial number can derive its token",
                           "signature-vs-statement"),
    "BATCH-LIMIT-OFF-BY-ONE": P(APP, "if len(points) > BATCH_MAX + 1:", "bug",
                                "batch size check admits BATCH_MAX + 1 points", "off-by-one"),
    "FIRST-POINT-DROPPED": P(APP, "for p in points[1:]:", "bug",
                             "points[1:] drops the first reading of every batch (but it is counted as accepted)",
                             "off-by-one"),
    "METRIC-SQLI": P(APP, SQL_LINE, "security", "metric query parameter interpolated into the readings SQL",
                     "source-vs-sink"),
    "READINGS-IDOR": P(APP, SQL_LINE, "security",
                       "any authenticated device reads any other device's readings (device_id from the path, never compared)"),
    "LIMIT-UNCAPPED": P(APP, 'limit = int(request.args.get("limit", "100"))', "performance",
                        "limit is not capped (and a non-number is a 500): one request pulls the whole table"),
    "FIRMWARE-TRAVERSAL": P(APP, 'path = os.path.join(firmware.FIRMWARE_DIR, version + ".bin")', "security",
                            "<path:version> joined into the firmware path: ../ reads any *.bin file", "signature-vs-statement"),
    "MANIFEST-RACE": P(FW, "m = _build_manifest(version)", "bug",
                       "manifest cache checked and filled without a lock: concurrent misses hash the image again, cache_hits undercounts",
                       "critical-section"),
    "MANIFEST-STALE": P(FW, "_manifests[version] = m", "bug",
                        "manifests cached forever: an image re-uploaded under the same version keeps its old digest"),
    "SIGN-MD5": P(FW, 'digest = hashlib.md5(open(path, "rb").read()).hexdigest()', "security",
                  "firmware 'signature' is an unkeyed MD5 digest: anyone can forge it"),
    "SIGN-FILE-LEAK": P(FW, 'digest = hashlib.md5(open(path, "rb").read()).hexdigest()', "bug",
                        "image opened without a with block: file handle never closed"),
    "ROLLOUT-NEGATIVE": P(FW, "count = len(devices) * percent // 100", "bug",
                          "percent never validated: a negative percent makes the slice reach almost every device, > 100 all"),
    "ROLLOUT-OFF-BY-ONE": P(FW, "return devices[: count + 1]", "bug",
                            "count + 1: one device too many in every stage (even at 0 %)", "off-by-one"),
    "CMD-INJECTION": P(APP, 'done = subprocess.run(f"ssh -o BatchMode=yes fleet@{host} sudo reboot", shell=True)',
                       "security", "host form field interpolated into a shell command", "source-vs-sink"),
    "REBOOT-NO-TIMEOUT": P(APP, 'done = subprocess.run(f"ssh -o BatchMode=yes fleet@{host} sudo reboot", shell=True)',
                           "bug", "ssh run without a timeout: an unreachable host blocks the request worker indefinitely"),
    "DB-NEVER-CLOSED": P(APP, "g.db = sqlite3.connect(DB_PATH)", "bug",
                         "extra, one agent: no teardown_appcontext closes the per-request connection"),
    "BATTERY-INVERTED": P(AL, 'if limit is not None and p["value"] > limit:', "bug",
                          "every threshold checked with >: battery_pct should alert below 15, so low batteries never alert"),
    "VALUE-UNTYPED": P(AL, 'if limit is not None and p["value"] > limit:', "bug",
                       "value compared as sent by the device: a string value raises TypeError after the batch was committed"),
    "ALERT-DEDUP-RACE": P(AL, POST_LINE, "bug",
                          "quiet-period check and update of _last_sent not atomic: concurrent batches all send the alert",
                          "critical-section"),
    "WEBHOOK-SSRF": P(AL, POST_LINE, "security",
                      "webhook_url chosen by whoever registered the device: server posts to internal addresses"),
    "WEBHOOK-NO-TIMEOUT": P(AL, POST_LINE, "performance",
                            "requests.post without timeout inside the ingest request: a slow webhook stalls telemetry"),
    "WEBHOOK-NONE": P(AL, POST_LINE, "bug",
                      "extra, one agent: webhook_url is optional at registration; None makes requests.post raise and the ingest 500"),
}

CONFUSABLE = [
    ("AUTH-SQLI", "REVOKED-ACCEPTED"),
    ("ADMIN-TOKEN-IN-QUERY", "ADMIN-TOKEN-TIMING"),
    ("REGISTER-NO-AUTH", "PREDICTABLE-TOKEN"),
    ("BATCH-LIMIT-OFF-BY-ONE", "FIRST-POINT-DROPPED"),
    ("METRIC-SQLI", "READINGS-IDOR"),
    ("METRIC-SQLI", "LIMIT-UNCAPPED"),
    ("MANIFEST-RACE", "MANIFEST-STALE"),
    ("SIGN-MD5", "SIGN-FILE-LEAK"),
    ("ROLLOUT-NEGATIVE", "ROLLOUT-OFF-BY-ONE"),
    ("CMD-INJECTION", "REBOOT-NO-TIMEOUT"),
    ("BATTERY-INVERTED", "VALUE-UNTYPED"),
    ("ALERT-DEDUP-RACE", "WEBHOOK-NO-TIMEOUT"),
    ("WEBHOOK-SSRF", "WEBHOOK-NO-TIMEOUT"),
    ("WEBHOOK-SSRF", "WEBHOOK-NONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the fleet service (`fleet/app.py`, `fleet/firmware.py`, `fleet/alerts.py`). The API is small but
        the device-facing surface has several serious holes.

        | Area | Findings | Worst |
        |---|---|---|
        | Authentication | device lookup, registration, admin token | critical |
        | Injection | SQL (two places), shell | critical |
        | Firmware | path handling, signing, rollout maths | high |
        | Telemetry / alerts | lost readings, thresholds, webhook | medium |

        The two SQL injections and the shell injection in `reboot` should be fixed before anything else: the
        first one sits in front of every device endpoint.
        """,
        Block([
            F("AUTH-SQLI", "critical", "security", "SQL injection in `current_device` via the `X-Device-Token` header",
              "Use a parameterised query: `execute(\"SELECT * FROM devices WHERE token = ?\", (token,))`.",
              symbol="current_device", conf=0.95),
            F("ADMIN-TOKEN-IN-QUERY", "medium", "security", "Admin token is read from the query string",
              "Accept it only in an `Authorization` header; URLs end up in access logs and browser history.",
              symbol="require_admin", conf=0.75),
            F("PREDICTABLE-TOKEN", "high", "security", "Device tokens are derived from the serial number",
              "Issue tokens from `secrets.token_urlsafe(32)` and store only a hash of them.",
              symbol="register_device", conf=0.9),
            F("FIRST-POINT-DROPPED", "medium", "bug", "`points[1:]` silently discards the first reading of each batch",
              "Iterate over `points`; the response also reports the dropped point as accepted.",
              symbol="ingest", conf=0.9),
            F("BATCH-LIMIT-OFF-BY-ONE", "low", "bug", "Batch size limit lets `BATCH_MAX + 1` points through",
              "Compare with `len(points) > BATCH_MAX`.", symbol="ingest", conf=0.8),
            F("METRIC-SQLI", "critical", "security", "SQL injection through the `metric` query parameter",
              "Bind `metric` as a parameter like `device_id` and `limit`.", symbol="readings", conf=0.95),
            F("READINGS-IDOR", "high", "security", "Devices can read other devices' telemetry",
              "Compare `device_id` with the authenticated device's id (or an operator role) before querying.",
              d=-1, symbol="readings", conf=0.8),
            F("FIRMWARE-TRAVERSAL", "high", "security", "Path traversal in firmware download (`<path:version>`)",
              "Use `<version>` (no slashes), validate it against a pattern and use `safe_join`/`send_from_directory`.",
              symbol="download_firmware", conf=0.85),
            F("MANIFEST-RACE", "medium", "performance", "Concurrent cache misses rebuild (and re-hash) the same manifest",
              "Guard the miss path with a lock (per version) so one thread builds and the others wait.",
              symbol="manifest", conf=0.7),
            F("SIGN-MD5", "high", "security", "Firmware signature is an unkeyed MD5 hash",
              "Sign images with a private key (Ed25519) and verify with the public key on the device.",
              symbol="sign", conf=0.9),
            F("ROLLOUT-OFF-BY-ONE", "low", "bug", "Staged rollout always includes one device more than the percentage",
              "Return `devices[:count]`.", symbol="rollout_batch", conf=0.85),
            F("CMD-INJECTION", "critical", "security", "Shell command injection via the `host` form field",
              "Pass an argument list without `shell=True`, and look the host up from the device record.",
              symbol="reboot", conf=0.95),
            F("ALERT-DEDUP-RACE", "medium", "bug", "Alert quiet period is check-then-act: parallel batches all notify",
              "Take a lock around the check and the `_last_sent` update (and record the time before posting).",
              d=-2, symbol="notify", conf=0.7),
            F("BATTERY-INVERTED", "medium", "bug", "Thresholds are all upper bounds, so `battery_pct` alerts at 90 % and never at 5 %",
              "Give each metric a direction (`min`/`max`) and compare accordingly.", symbol="check", conf=0.75),
            F("WEBHOOK-SSRF", "high", "security", "SSRF: the server posts to a device-supplied `webhook_url`",
              "Validate webhook URLs at registration (https, public addresses only) and fetch through an egress proxy.",
              symbol="notify", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed fleet/*.py; 15 findings, most severe first.",
        Block([
            F("AUTH-SQLI", "critical", "security", "device auth query built with % formatting from a header",
              "bind token as a parameter", d=-1),
            F("CMD-INJECTION", "critical", "security", "reboot: host goes straight into a shell=True command line",
              "subprocess.run([...]) without shell", d=-1),
            F("METRIC-SQLI", "high", "security", "readings: metric is not bound, it is pasted into the f-string",
              "use ? for metric", d=-3),
            F("LIMIT-UNCAPPED", "low", "performance", "readings: ?limit= is uncapped (and int() raises on junk)", "min(limit, 1000)"),
            F("PREDICTABLE-TOKEN", "high", "security", "register_device hands out sha1(serial) as the device secret",
              "random token", d=-2, snippet="def register_device():"),
            F("REBOOT-NO-TIMEOUT", "low", "bug", "reboot can hang forever on an unreachable host (no timeout)", "timeout=30"),
            F("ADMIN-DEFAULT-TOKEN", "high", "security", "FLEET_ADMIN_TOKEN has a baked-in default",
              "fail to start when unset"),
            F("ADMIN-TOKEN-TIMING", "medium", "security", "admin token check uses != instead of hmac.compare_digest",
              "hmac.compare_digest"),
            F("FIRST-POINT-DROPPED", "medium", "bug", "ingest skips index 0 of points", "for p in points:"),
            F("FIRMWARE-TRAVERSAL", "high", "security", "download_firmware: version may contain ../",
              "send_from_directory"),
            F("MANIFEST-RACE", "low", "bug", "cache_hits += 1 is an unsynchronised read-modify-write",
              "lock or itertools.count", d=-2),
            F("MANIFEST-STALE", "low", "bug", "manifest cache never invalidated when an image is replaced",
              "key by (version, mtime)"),
            F("SIGN-FILE-LEAK", "low", "bug", "sign(): open() without close", "with open(...) as f"),
            F("ROLLOUT-NEGATIVE", "medium", "bug", "rollout percent not range-checked (negative -> nearly all devices)",
              "reject outside 0..100"),
            F("WEBHOOK-NO-TIMEOUT", "medium", "performance", "alert webhook call has no timeout and runs inside ingest",
              "timeout=5, or queue it"),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the device-fleet telemetry service. It is a Flask application with three modules: the
        HTTP API, a firmware helper and a threshold-alerting module. Here is my analysis.

        ### Authentication and Access Control

        The device and admin authentication both have weaknesses, and device enrolment is completely open.
        """,
        Block([
            F("REVOKED-ACCEPTED", "High", "Broken Authentication", "Revoked Devices Can Still Authenticate",
              "Add `AND revoked = 0` to the lookup (with a bound parameter).",
              desc="`current_device` looks a device up by token only. A device that has been decommissioned or whose token was revoked is still accepted."),
            F("ADMIN-TOKEN-IN-QUERY", "Medium", "Sensitive Data Exposure", "Admin Token Transmitted in URL",
              "Send the admin token in an `Authorization` header.",
              desc="Query strings are written to web server and proxy logs, so the admin credential leaks."),
            F("REGISTER-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Device Registration",
              "Require an enrolment secret or operator approval before issuing a device token."),
            F("FIRMWARE-TRAVERSAL", "Critical", "Path Traversal", "Path Traversal in Firmware Download",
              "Reject versions containing path separators.", d=+1, sd=0),
            F("CMD-INJECTION", "Critical", "Command Injection", "OS Command Injection in Reboot Endpoint",
              "Avoid `shell=True`; use `shlex.quote` or an argument list."),
            U({"severity": "info", "category": "Documentation", "description": "The API has no OpenAPI description."}),
        ], wrap="list"),
        """
        ### Data Handling, Firmware and Alerts
        """,
        Block([
            F("METRIC-SQLI", "Critical", "SQL Injection", "SQL Injection in Readings Query",
              "Use a placeholder for `metric`.", d=-1),
            F("BATCH-LIMIT-OFF-BY-ONE", "Low", "Logic Error", "Off-by-One in Batch Size Validation",
              "Use `> BATCH_MAX`.", d=+1, sd=0, n=2),
            F("MANIFEST-RACE", "Medium", "Race Condition", "Race Condition in Manifest Cache",
              "Protect `_manifests` with a `threading.Lock`.", d=+1),
            F("SIGN-MD5", "High", "Cryptography", "Weak Hash Used for Firmware Signing",
              "Use a real digital signature scheme."),
            F("ROLLOUT-NEGATIVE", "Medium", "Input Validation", "Rollout Percentage Not Validated",
              "Clamp `percent` to 0..100 in the handler.", d=+1, sd=0,
              desc="A negative percentage produces a negative count, and `devices[: count + 1]` then selects nearly every device."),
            F("BATTERY-INVERTED", "Medium", "Logic Error", "Low-Battery Alerts Never Fire",
              "Store a direction per threshold (above/below)."),
            F("ALERT-DEDUP-RACE", "Medium", "Race Condition", "Unsynchronized Access to `_last_sent`",
              "Use a lock when reading and updating `_last_sent`.", d=+1),
            F("WEBHOOK-SSRF", "High", "Server-Side Request Forgery", "SSRF via Device Webhook URL",
              "Validate the URL and block private address ranges."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CMD-INJECTION", "critical", "security", "shell injection via host in reboot", "no shell=True",
              d=-1),
            F("REGISTER-NO-AUTH", "high", "security", "anyone can register a device", "require an enrolment key"),
            F("ADMIN-TOKEN-TIMING", "medium", "security", "timing-unsafe admin token compare", "hmac.compare_digest"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("FIRST-POINT-DROPPED", "medium", "", "first telemetry point of each batch is lost", "iterate all points",
              d=-2, sd=0),
            F("SIGN-FILE-LEAK", "low", "bug", "file handle leak in sign()", "use a with block"),
            F("ALERT-DEDUP-RACE", "medium", "bug", "no lock around _last_sent, duplicate alerts", "threading.Lock",
              d=-2),
            F("WEBHOOK-NONE", "medium", "bug", "alert crashes ingest when the device has no webhook_url",
              "skip notify if webhook_url is None"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in device authentication and in the readings endpoint.
        2. Weak device credentials (derived from the serial) and a hard-coded admin token default.
        3. Firmware download path traversal and an MD5-based "signature".
        4. Data loss and off-by-one errors in telemetry ingest and rollout.
        5. Concurrency problems in the manifest cache and in alert de-duplication.
        6. Resource and reliability issues (unclosed DB connections, blocking calls without timeouts).
        """,
        Block([
            F("AUTH-SQLI", "blocker", "security", "SQL injection in current_device()",
              "Use parameter binding.", conf=0.95),
            F("ADMIN-DEFAULT-TOKEN", "major", "security", "Hard-coded default admin token",
              "Require FLEET_ADMIN_TOKEN to be set.", conf=0.85),
            F("PREDICTABLE-TOKEN", "major", "security", "Device token is a SHA-1 of the serial number",
              "Generate random tokens.", conf=0.85),
            F("BATCH-LIMIT-OFF-BY-ONE", "minor", "correctness", "Batch limit allows 501 points",
              "Remove the + 1.", conf=0.8),
            F("FIRST-POINT-DROPPED", "major", "data-loss", "First point in each telemetry batch is never stored",
              "Use points instead of points[1:].", conf=0.85),
            F("METRIC-SQLI", "blocker", "security", "SQL injection via metric parameter",
              "Bind metric.", conf=0.9),
            F("READINGS-IDOR", "major", "security", "Missing ownership check on /devices/<id>/readings",
              "Only allow a device to read its own readings.", d=-1, conf=0.75),
            F("LIMIT-UNCAPPED", "minor", "resource-exhaustion", "Unbounded limit parameter",
              "Clamp limit to e.g. 1000 and handle ValueError.", conf=0.7),
            F("FIRMWARE-TRAVERSAL", "major", "security", "Directory traversal in download_firmware",
              "Validate version.", d=-2, conf=0.8),
            F("MANIFEST-RACE", "minor", "concurrency", "_manifests cache accessed without a lock",
              "Add a lock.", d=-3, conf=0.7),
            F("SIGN-MD5", "major", "security", "MD5 used to sign firmware images",
              "Use asymmetric signatures.", conf=0.85),
            F("ROLLOUT-OFF-BY-ONE", "minor", "correctness", "rollout_batch selects count + 1 devices",
              "Slice with count.", d=-1, sd=0, n=2, conf=0.8),
            F("REBOOT-NO-TIMEOUT", "minor", "reliability", "ssh subprocess has no timeout",
              "Pass timeout= to subprocess.run.", conf=0.7),
            F("VALUE-UNTYPED", "minor", "correctness", "Reading value not validated as a number before comparison",
              "Convert with float() and reject bad points at ingest.", conf=0.7),
            F("ALERT-DEDUP-RACE", "major", "concurrency", "Duplicate webhook alerts under concurrent ingest",
              "Make the quiet-period check atomic.", conf=0.75),
            F("WEBHOOK-NO-TIMEOUT", "major", "reliability", "Webhook POST without timeout blocks ingestion",
              "Set a timeout and send alerts asynchronously.", conf=0.8),
            F("DB-NEVER-CLOSED", "minor", "resource-leak", "SQLite connection stored on g is never closed",
              "Register a teardown_appcontext handler that closes g.db.", conf=0.75),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 8 major, 7 minor"),
    ]),
}

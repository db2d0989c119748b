"""test42/py-wxuplink: a hut weather-station uplink (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's answers or
specs (only splits/README.md's general and test37 sections, the builders, the splits test and tune2__py_snapctl.py
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or the other splits' answers. "
    "Frozen test split (test42): seeded problems in a small hut weather-station uplink; five agents' answers written by hand."
)

A = "wxuplink/app.py"
PROBLEMS = {
    "STATION-KEY-FAILS-OPEN": P(A, "if STATION_KEY and key != STATION_KEY:", "security", "station key check skipped entirely when WX_STATION_KEY is unset", "signature-vs-statement"),
    "STATION-KEY-TIMING": P(A, "if STATION_KEY and key != STATION_KEY:", "security", "station key compared with != instead of a constant-time compare"),
    "CHECKSUM-SKIPS-BYTE": P(A, "if checksum(body[:-1]) != raw[-1]:", "bug", "body already excludes the checksum byte; body[:-1] leaves the last reading byte out of the sum", "off-by-one"),
    "FRAME-COUNT-UNCHECKED": P(A, 'pairs = [struct.unpack(">Hh", body[i * 4:i * 4 + 4])', "bug", "count from the header not checked against the body length: struct.error is not ValueError, answers 500"),
    "FRAME-NO-SIZE-LIMIT": P(A, "raw = request.get_data()", "security", "frame body read with no size limit (no MAX_CONTENT_LENGTH)"),
    "STATION-ID-SPOOF": P(A, "station_id, seq, readings = parse_frame(raw)", "security", "station id taken from the frame, not bound to the key: any station can post as another"),
    "SEQ-WRAP": P(A, "if last is not None and seq <= last:", "bug", "16-bit sequence wraps at 65535: every later frame is dropped as a duplicate"),
    "DUP-CHECK-RACE": P(A, 'last = db.execute("SELECT MAX(seq) FROM frames', "bug", "MAX(seq) check then insert without a unique constraint: a retried frame posted twice at once is stored twice", "critical-section"),
    "LATEST-RACE": P(A, "_latest[station_id] = {}", "bug", "_latest and _stats updated from request threads without _latest_lock: lost readings, racy counters", "critical-section"),
    "READINGS-NEG-LIMIT": P(A, 'limit = min(request.args.get("limit", 100, type=int), 1000)', "performance", "only an upper bound: limit=-1 means no limit in SQLite, whole table returned"),
    "READINGS-ORDER-SQLI": P(A, 'ORDER BY {order} LIMIT ?"', "security", "order query value formatted into the SQL", "source-vs-sink"),
    "BATTERY-BAD-INPUT": P(A, 'station_id = int(data["station"])', "bug", "missing or non-numeric station/volts raise KeyError/ValueError: 500 instead of 400"),
    "BATTERY-PCT-UNCLAMPED": P(A, "pct = round((volts - EMPTY_V)", "bug", "percentage not clamped: negative below 10.5 V, above 100 while charging"),
    "ALERT-SHELL": P(A, 'subprocess.run(f"wx-alert --hut {hut}', "security", "hut name from the report body formatted into a shell command", "source-vs-sink"),
    "ALERT-EVERY-REPORT": P(A, "if volts < LOW_BATTERY_V:", "bug", "low-battery alert sent on every report below threshold, no de-duplication or rate limit"),
    "SLOT-END-INCLUSIVE": P(A, "hours.update(range(start, end + 1))", "bug", "end hour included: '6-9' switches four hours, '18-24' adds hour 24 (the bound check lets it through)", "off-by-one"),
    "RELAY-TOKEN-IN-URL": P(A, 'url = f"{RELAY_URL}/stations/{station_id}/relay?token={RELAY_TOKEN}"', "security", "relay token in the query string"),
    "RELAY-TLS-OFF": P(A, "resp = requests.post(url", "security", "verify=False: relay certificate not checked"),
    "RELAY-NO-TIMEOUT": P(A, "resp = requests.post(url", "bug", "no timeout on the relay push: a dead GSM relay hangs the admin request and its worker"),
    "RELAY-CACHE-SHARED": P(A, '_relay_cache["hours"] = [r["hour"] for r in rows]', "bug", "one global schedule cache for all stations, refilled without a lock: a station gets another station's hours", "critical-section"),
    "EXPORT-TRAVERSAL": P(A, 'with open(path, "w", newline="") as fh:', "security", "name query value joined to EXPORT_DIR and opened for writing: ../ writes anywhere", "source-vs-sink"),
    "CONFIG-YAML-UNSAFE": P(A, "cfg = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.Loader on a request body constructs arbitrary Python objects", "signature-vs-statement"),
    "CONFIG-INTERVAL-UNCHECKED": P(A, 'interval = int(cfg.get("interval_s", 600))', "bug", "only an upper bound: interval 0 or negative accepted and pushed to the station"),
    "STATUS-XSS": P(A, "items = \"\".join(f\"<li>{r['id']}", "security", "station note rendered into HTML unescaped (hut is escaped)"),
    "DEBUG-MODE": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("STATION-KEY-FAILS-OPEN", "STATION-KEY-TIMING"),
    ("FRAME-NO-SIZE-LIMIT", "STATION-ID-SPOOF"),
    ("DUP-CHECK-RACE", "SEQ-WRAP"),
    ("CHECKSUM-SKIPS-BYTE", "FRAME-COUNT-UNCHECKED"),
    ("READINGS-NEG-LIMIT", "READINGS-ORDER-SQLI"),
    ("BATTERY-BAD-INPUT", "BATTERY-PCT-UNCLAMPED"),
    ("ALERT-SHELL", "ALERT-EVERY-REPORT"),
    ("RELAY-TOKEN-IN-URL", "RELAY-TLS-OFF"),
    ("RELAY-TLS-OFF", "RELAY-NO-TIMEOUT"),
    ("CONFIG-YAML-UNSAFE", "CONFIG-INTERVAL-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `wxuplink/app.py`, the whole service (frame ingest, battery reports, relay schedules, export,
        station config and the status page).

        **Summary**

        1. Three injection paths reachable from the network: the `order` parameter of `/readings` goes straight
           into SQL, the `hut` field of a battery report goes into a shell, and `/export?name=` is a path write.
        2. `station_auth` fails open when `WX_STATION_KEY` is not set, and even when it is set the key does not
           decide *which* station is speaking: the station id comes from the frame.
        3. Data integrity: the frame checksum leaves out one byte, the 16-bit sequence number wraps into the
           duplicate check, and the relay hour ranges include their end hour.
        4. Shared state: `_latest` is written without the lock that `latest()` carefully takes, and the relay
           schedule cache is one slot for every station.

        Things that are fine: `admin_only` fails closed and uses `hmac.compare_digest`; every query except
        `/readings` uses bound parameters; the hut name on `/status` is escaped.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "critical", "security", "SQL injection through the `order` parameter of `/readings`",
              "Map `order` through an allow-list (`{\"seq\": \"seq\", \"value\": \"value\"}`) and reject anything else; identifiers cannot be bound.",
              symbol="readings", conf=0.95),
            F("ALERT-SHELL", "critical", "security", "Shell command injection via the `hut` field of a battery report",
              "Call `subprocess.run([\"wx-alert\", \"--hut\", hut, \"--volts\", f\"{volts:.2f}\"])` without `shell=True`.",
              symbol="battery_report", conf=0.9),
            F("EXPORT-TRAVERSAL", "high", "security", "`/export?name=` writes to an arbitrary path",
              "Ignore the client's name (the download name is fixed anyway) or reduce it with `os.path.basename` and check the result stays in `EXPORT_DIR`.",
              symbol="export_csv", conf=0.85),
            F("CONFIG-YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on an uploaded config",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary Python objects.",
              symbol="upload_config", conf=0.9),
            F("STATION-KEY-FAILS-OPEN", "high", "security", "`station_auth` lets every request through when `WX_STATION_KEY` is unset",
              "Fail closed: refuse to start, or abort(401) when the key is not configured.",
              symbol="station_auth.wrapper", conf=0.9),
            F("STATION-KEY-TIMING", "low", "security", "Station key compared with `!=`",
              "Use `hmac.compare_digest` as `admin_only` already does.",
              symbol="station_auth.wrapper", conf=0.6),
            F("STATION-ID-SPOOF", "medium", "security", "Any keyed station can post frames for any other station id",
              "Issue one key per station and check that the frame's station id matches the key's station.",
              symbol="ingest_frame", conf=0.7),
            F("STATUS-XSS", "medium", "security", "Stored XSS through the station note on `/status`",
              "Escape `r['note']` like the hut name, or render with a Jinja template.",
              symbol="status_page", conf=0.85),
            F("DEBUG-MODE", "medium", "security", "Debug server bound to 0.0.0.0",
              "Never run with `debug=True` outside a laptop; use a WSGI server in the hut gateway.",
              symbol="<module>", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("CHECKSUM-SKIPS-BYTE", "medium", "bug", "Frame checksum excludes the last payload byte",
              "`body` is already `raw[7:-1]`; sum `body` itself (`checksum(body) != raw[-1]`). A corrupted last reading is accepted today.",
              symbol="parse_frame", conf=0.85),
            F("SEQ-WRAP", "medium", "bug", "Sequence number wrap-around makes every later frame a 'duplicate'",
              "The frame carries a u16; after 65535 frames (about 15 months at 10-minute intervals) the counter restarts at 0 and `seq <= last` drops everything. Compare modulo 2^16 or key duplicates on (station, seq, time window).",
              symbol="ingest_frame", conf=0.75),
            F("LATEST-RACE", "medium", "bug", "`_latest` is mutated without `_latest_lock`",
              "Take `_latest_lock` around the check-and-update (and the `_stats` increments); `latest()` locks but the writer does not.",
              d=-1, n=3, symbol="ingest_frame", conf=0.8),
            F("BATTERY-PCT-UNCLAMPED", "low", "bug", "Battery percentage can be negative or above 100",
              "Clamp to `max(0, min(100, pct))`; a charging battery at 13.4 V reports 132 %.",
              symbol="battery_report", conf=0.7),
            F("SLOT-END-INCLUSIVE", "medium", "bug", "Relay hour ranges include the end hour",
              "Use `range(start, end)`: `6-9` should switch hours 6, 7 and 8, and `18-24` currently schedules a non-existent hour 24.",
              symbol="parse_slots", conf=0.8),
            F("RELAY-CACHE-SHARED", "medium", "bug", "Relay schedule cache is not keyed by station",
              "Cache per `station_id` (`dict[int, tuple[float, list[int]]]`) under a lock; today the first station to ask after a change fixes the hours every other station receives for five minutes.",
              symbol="get_schedule", conf=0.85),
            F("RELAY-TLS-OFF", "medium", "security", "Relay push disables TLS verification",
              "Drop `verify=False`; pin the relay's CA bundle if it is private.",
              symbol="push_schedule", conf=0.85),
            F("RELAY-TOKEN-IN-URL", "low", "security", "Relay token travels in the URL",
              "Send it as an `Authorization` header.", symbol="push_schedule", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("READINGS-ORDER-SQLI", "critical", "security", "SQL injection: ?order= interpolated into ORDER BY",
              "Allow-list column names.", d=-2),
            F("ALERT-SHELL", "critical", "security", "Command injection: battery report 'hut' reaches shell=True",
              "argv list, no shell.", d=-2),
            F("EXPORT-TRAVERSAL", "high", "security", "Arbitrary file write via /export?name=",
              "basename + containment check.", d=-2),
            F("CONFIG-YAML-UNSAFE", "high", "security", "upload_config deserializes YAML with yaml.Loader",
              "yaml.safe_load.", d=-2),
            F("STATION-KEY-FAILS-OPEN", "high", "security", "station_auth is a no-op without WX_STATION_KEY",
              "Fail closed.", d=-2),
            F("CHECKSUM-SKIPS-BYTE", "medium", "bug", "Checksum computed over body[:-1] of a body that already dropped the checksum",
              "checksum(body).", d=-1),
            F("FRAME-COUNT-UNCHECKED", "medium", "bug", "count not validated against payload length -> struct.error -> 500",
              "Check len(body) == count * 4 and raise ValueError."),
            F("DUP-CHECK-RACE", "medium", "bug", "Duplicate detection is check-then-insert; concurrent retries insert the same seq twice",
              "UNIQUE(station_id, seq) + INSERT OR IGNORE.", d=1),
            F("LATEST-RACE", "medium", "bug", "Unsynchronized writes to _latest from request threads",
              "with _latest_lock.", d=1),
            F("READINGS-NEG-LIMIT", "low", "performance", "limit=-1 disables the cap (SQLite treats negative LIMIT as unlimited)",
              "Clamp to 1..1000."),
            F("RELAY-CACHE-SHARED", "medium", "bug", "get_schedule caches one station's hours for all stations",
              "Key the cache by station_id.", d=-2),
            F("RELAY-NO-TIMEOUT", "low", "bug", "requests.post without timeout in push_schedule",
              "timeout=(5, 20)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the weather-station uplink service in `wxuplink/app.py`. It is a Flask application
        that receives binary sensor frames and battery reports from remote stations, stores them in SQLite, and
        lets an administrator configure relay schedules that are pushed to a relay service.

        **Security Findings**

        The most serious problems are injection vulnerabilities in endpoints that accept user-controlled input,
        an insecure deserialization in the configuration upload, and several transport and configuration
        weaknesses.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in /readings ORDER BY clause",
              "Validate the `order` parameter against a fixed list of columns.", sd=-2, n=3,
              desc="The `order` parameter is taken from the query string and inserted into the SQL statement with an f-string."),
            F("ALERT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Low-Battery Alert",
              "Pass arguments as a list and avoid `shell=True`.", sd=-2, n=3,
              desc="The `hut` value from the JSON body is embedded in a shell command line."),
            F("CONFIG-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Loading in Station Config Upload",
              "Use `yaml.safe_load()`.", sd=-2, n=3),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in CSV Export Filename",
              "Sanitize the filename with `os.path.basename` and verify the final path.", sd=-2, n=3),
            F("STATION-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Station Authentication Bypassed When Key Is Not Configured",
              "Deny all requests when `STATION_KEY` is empty.", sd=-2, n=3),
            F("STATUS-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Station Status Page",
              "Escape the `note` field as well.",
              desc="The `hut` field is escaped but the `note` field is not."),
            F("RELAY-TLS-OFF", "MEDIUM", "Security Misconfiguration", "TLS Certificate Verification Disabled",
              "Remove `verify=False`.", sd=-1, n=3),
            F("RELAY-TOKEN-IN-URL", "MEDIUM", "Information Disclosure", "Relay API Token Exposed in URL",
              "Use a header for the token."),
            F("DEBUG-MODE", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Reliability and Concurrency Findings**

        I also found the following issues related to thread safety, data handling and error handling:
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and protocol parsing; consider splitting it into blueprints."}),
            F("LATEST-RACE", "MEDIUM", "Race Condition", "Non-Atomic Updates to Shared Counters and Latest Readings",
              "Protect `_stats` and `_latest` with a lock.", d=-2, sd=-3, n=3,
              desc="`_stats[\"frames\"] += 1` and the `_latest` dictionary are modified by concurrent requests without synchronization."),
            F("RELAY-CACHE-SHARED", "MEDIUM", "Caching", "Relay Schedule Cache Shared Across Stations",
              "Use a cache keyed by station id.", d=1, sd=-1, n=3),
            F("SEQ-WRAP", "MEDIUM", "Logic Error", "Sequence Counter Overflow Causes Frames to Be Discarded",
              "Handle wrap-around of the 16-bit sequence number.", sd=-1, n=2),
            F("FRAME-NO-SIZE-LIMIT", "LOW", "Denial of Service", "Unbounded Request Body in Frame Ingestion",
              "Set `MAX_CONTENT_LENGTH`."),
            F("BATTERY-BAD-INPUT", "LOW", "Error Handling", "Missing Input Validation in Battery Report",
              "Validate the JSON fields and return 400 on bad input.", sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ALERT-SHELL", "error", "security", "shell injection via hut in battery alert", "use arg list"),
            F("READINGS-ORDER-SQLI", "error", "security", "sql injection in readings order", "whitelist order"),
            F("EXPORT-TRAVERSAL", "error", "security", "path traversal in export name", "basename"),
            F("STATION-KEY-FAILS-OPEN", "warning", "", "station auth open if env var missing", "require key"),
            F("SLOT-END-INCLUSIVE", "warning", "bug", "slot end check allows hour 24", "end >= SLOTS_PER_DAY / range(start, end)", d=-2),
            F("CONFIG-INTERVAL-UNCHECKED", "warning", "bug", "interval_s can be 0 or negative", "check lower bound too"),
        ], fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL (`/readings`), shell (`/battery`).
        2. Unsafe YAML deserialization in station config upload.
        3. Authentication fails open for stations.
        4. Frame parsing and duplicate handling errors.
        5. Thread-safety of in-memory state.
        6. Battery percentage and alert logic.
        7. Transport security of relay push.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "blocker", "security", "SQL injection through user-controlled ORDER BY",
              "Use a whitelist for sortable columns.", conf=0.9),
            F("ALERT-SHELL", "blocker", "security", "Command injection in wx-alert invocation",
              "Avoid shell=True and pass a list.", conf=0.9),
            F("CONFIG-YAML-UNSAFE", "major", "security", "Unsafe YAML loader used for untrusted input",
              "Replace with yaml.safe_load.", conf=0.85),
            F("STATION-KEY-FAILS-OPEN", "major", "security", "Station authentication disabled when key not configured",
              "Reject requests when STATION_KEY is None.", conf=0.8),
            F("FRAME-NO-SIZE-LIMIT", "minor", "security", "No request size limit for frame upload",
              "Configure MAX_CONTENT_LENGTH.", d=2, conf=0.6),
            F("CHECKSUM-SKIPS-BYTE", "major", "correctness", "Off-by-one in checksum calculation range",
              "Compute checksum over the whole body.", conf=0.8),
            F("DUP-CHECK-RACE", "major", "concurrency", "Race condition between duplicate check and insert",
              "Add a unique index on (station_id, seq).", d=3, conf=0.7),
            F("LATEST-RACE", "major", "concurrency", "Shared dict _latest modified without lock",
              "Use _latest_lock when writing.", conf=0.8),
            F("BATTERY-PCT-UNCLAMPED", "minor", "correctness", "Battery percentage not clamped to 0-100",
              "Clamp the computed value.", conf=0.7),
            F("ALERT-EVERY-REPORT", "minor", "reliability", "Low battery alert sent on every report",
              "Remember the last alert per station and rate-limit.", conf=0.6),
            F("SLOT-END-INCLUSIVE", "major", "correctness", "Relay slot range includes end hour (off-by-one)",
              "Use range(start, end).", d=-2, conf=0.75),
            F("RELAY-TLS-OFF", "major", "security", "SSL verification disabled for relay requests",
              "Remove verify=False.", conf=0.85),
            F("STATUS-XSS", "major", "security", "Unescaped station note in status HTML",
              "Escape note.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}

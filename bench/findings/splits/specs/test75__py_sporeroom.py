"""test75/py-sporeroom: a mushroom farm's grow-room log (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test75 (for round 39): seeded problems in a mushroom farm's grow-room log; five agents' "
    "answers written by hand."
)

S = "app.py"
PROBLEMS = {
    "SENSOR-KEY-FAILS-OPEN": P(S, 'if request.headers.get("X-Sensor-Key", "") != SENSOR_KEY:', "security",
                               "SENSOR_KEY defaults to '': with the variable unset a request without the header passes the sensor check",
                               "signature-vs-statement"),
    "SENSOR-KEY-TIMING": P(S, 'if request.headers.get("X-Sensor-Key", "") != SENSOR_KEY:', "security",
                           "sensor key compared with != instead of a constant-time comparison"),
    "ALERT-COUNT-RACE": P(S, "_alert_counts[room_id] = seen + 1", "bug",
                          "unlocked read-modify-write of _alert_counts: concurrent readings lose counts, page twice or never",
                          "critical-section"),
    "ALERT-NEVER-RESET": P(S, "if seen + 1 == 3:", "bug",
                           "the 'since midnight' alert count is never reset and pages only at exactly 3: a room pages once, then never again"),
    "PAGE-NO-TIMEOUT": P(S, 'subprocess.run(["notify-grower", msg], check=False)', "bug",
                         "notify-grower runs inside the sensor request without a timeout: a hung notifier blocks the request"),
    "PAGE-FAILURE-IGNORED": P(S, 'subprocess.run(["notify-grower", msg], check=False)', "bug",
                              "check=False: a failed page is silently lost, and the count has already passed 3"),
    "READINGS-ORDER-SQLI": P(S, "ORDER BY taken_at {order} LIMIT {limit}", "security",
                             "order query value formatted into the readings SQL", "source-vs-sink"),
    "READINGS-LIMIT-SQLI": P(S, "ORDER BY taken_at {order} LIMIT {limit}", "security",
                             "limit query value formatted into the readings SQL"),
    "READINGS-LIMIT-UNBOUNDED": P(S, 'limit = request.args.get("limit", "500")', "performance",
                                  "no upper bound on limit: one request can pull every reading of a room"),
    "SUMMARY-CACHE-STALE": P(S, "if key not in _summary_cache:", "bug",
                             "a day's summary is cached on first request and never refreshed: today's figures freeze"),
    "SUMMARY-CACHE-UNBOUNDED": P(S, "_summary_cache[key] = _compute_summary(room_id, day)", "performance",
                                 "summary cache keyed by any client-supplied room/day string, never evicted"),
    "HARVEST-KG-UNCHECKED": P(S, 'room_id, flush, kg, picker = body["room_id"]', "bug",
                              "kg is not validated: negative or absurd weights go into the harvest and the picker tally"),
    "FLUSH-ZERO-ACCEPTED": P(S, "if not 0 <= flush <= MAX_FLUSHES:", "bug",
                             "flushes are numbered from 1 but the range check accepts flush 0", "off-by-one"),
    "HARVEST-UNAUTHENTICATED": P(S, 'room_id, flush, kg, picker = body["room_id"]', "security",
                                 "POST /harvests has no authentication and takes the picker's name from the body: anyone credits kg to anyone",
                                 "signature-vs-statement"),
    "HARVEST-PAGE-OFFSET": P(S, "(size, page * size),", "bug",
                             "pages are 1-based but OFFSET is page * size: the first page is never returned", "off-by-one"),
    "HARVEST-NEGATIVE-SIZE": P(S, 'size = min(int(request.args.get("size", "25")), PAGE_MAX)', "performance",
                               "a negative size passes min() and SQLite treats LIMIT -1 as no limit: the cap is bypassed"),
    "CORRECT-LOST-UPDATE": P(S, 'new_kg = row["kg"] + delta', "bug",
                             "correction reads kg and writes kg + delta outside a transaction: concurrent corrections are lost",
                             "critical-section"),
    "CORRECT-MISSING-ROW": P(S, 'new_kg = row["kg"] + delta', "bug",
                             "unknown harvest id: fetchone() is None and row['kg'] raises (500 instead of 404)"),
    "DELETE-NO-AUTH": P(S, 'db.execute("DELETE FROM harvests WHERE id = ?", (harvest_id,))', "security",
                        "DELETE /harvests/<id> lacks @manager_only: anyone can delete harvest records", "signature-vs-statement"),
    "DELETE-TALLY-DRIFT": P(S, 'db.execute("DELETE FROM harvests WHERE id = ?", (harvest_id,))', "bug",
                            "deleting a harvest leaves its kg in the picker's in-memory tally (extra, one agent)"),
    "BOARD-XSS": P(S, """items = "".join(f"<li>{html.escape(r['name'])}""", "security",
                   "picker name rendered into the board HTML unescaped (room name on the same line is escaped)"),
    "LABEL-TRAVERSAL": P(S, 'path = os.path.join(LABEL_DIR, batch + ".pdf")', "security",
                         "batch query value joined to LABEL_DIR and sent: ../ reads any .pdf-suffixed path", "source-vs-sink"),
    "PRINT-SHELL-INJECTION": P(S, 'subprocess.run(f"lp -d {printer} {path}", shell=True', "security",
                               "printer name from the body formatted into a shell command", "source-vs-sink"),
    "ARCHIVE-CONN-LEAK": P(S, "conn = sqlite3.connect(DB_PATH)", "bug",
                           "archive_old_readings opens a connection every night and never closes it"),
    "ERROR-LEAK": P(S, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "security",
                    "catch-all error handler returns exception text and type to the client"),
    "ERRORHANDLER-EATS-HTTP": P(S, "@app.errorhandler(Exception)", "bug",
                                "errorhandler(Exception) also catches abort(401/403/404): every HTTP error becomes a 500 (extra, one agent)"),
    "DEBUG-ON": P(S, 'app.run(host="0.0.0.0", port=8086, debug=True)', "security",
                  "debug=True on 0.0.0.0: Werkzeug debugger reachable from the network"),
}

CONFUSABLE = [
    ("SENSOR-KEY-FAILS-OPEN", "SENSOR-KEY-TIMING"),
    ("ALERT-COUNT-RACE", "ALERT-NEVER-RESET"),
    ("PAGE-NO-TIMEOUT", "PAGE-FAILURE-IGNORED"),
    ("READINGS-ORDER-SQLI", "READINGS-LIMIT-SQLI"),
    ("READINGS-LIMIT-SQLI", "READINGS-LIMIT-UNBOUNDED"),
    ("SUMMARY-CACHE-STALE", "SUMMARY-CACHE-UNBOUNDED"),
    ("HARVEST-KG-UNCHECKED", "FLUSH-ZERO-ACCEPTED"),
    ("HARVEST-KG-UNCHECKED", "HARVEST-UNAUTHENTICATED"),
    ("HARVEST-PAGE-OFFSET", "HARVEST-NEGATIVE-SIZE"),
    ("CORRECT-LOST-UPDATE", "CORRECT-MISSING-ROW"),
    ("DELETE-NO-AUTH", "DELETE-TALLY-DRIFT"),
    ("ERROR-LEAK", "ERRORHANDLER-EATS-HTTP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `app.py` end to end. It is a compact Flask service and some of it is done well: `manager_only`
        fails closed when `SPOREROOM_MANAGER_KEY` is unset and compares with `hmac.compare_digest`, the picker
        tally is only touched under `_tally_lock`, `print_label` coerces the batch with `int()` and gives `lp` a
        timeout, and the request body is capped by `MAX_CONTENT_LENGTH`.

        The problems cluster in the endpoints that did not get the same care:

        1. **Authentication gaps** - the sensor key fails open, `POST /harvests` and `DELETE /harvests/<id>` are
           open to anyone, and picker credit is whatever name the caller sends.
        2. **Injection** - the readings endpoint formats `order` and `limit` into SQL; `print_label` hands the
           printer name to a shell; `/labels` joins a query value into a path; the board renders picker names raw.
        3. **State that drifts** - the alert counter, the harvest correction and the summary cache all lose or
           freeze data under ordinary use.
        4. **Operational** - `debug=True` on all interfaces and an error handler that echoes exceptions.
        """,
        Block([
            F("SENSOR-KEY-FAILS-OPEN", "high", "security", "Sensor key check passes every request when SPOREROOM_SENSOR_KEY is unset",
              "Fail closed like `manager_only`: reject when `SENSOR_KEY` is empty, and read it without a default of \"\".",
              symbol="sensor_key.wrapper", conf=0.9),
            F("SENSOR-KEY-TIMING", "low", "security", "Sensor key compared with `!=` (not constant-time)",
              "Use `hmac.compare_digest(given, SENSOR_KEY)` as the manager check already does.",
              symbol="sensor_key.wrapper", conf=0.6),
            F("ALERT-COUNT-RACE", "medium", "bug", "Alert counter updated without a lock",
              "Guard the get/increment/compare with a lock (or keep the count in SQLite); two readings at once can both read the same `seen` and the page fires twice or not at all.",
              d=-1, n=3, symbol="add_reading", conf=0.75),
            F("ALERT-NEVER-RESET", "medium", "bug", "Alert count is never reset, so a room pages the grower only once ever",
              "Reset `_alert_counts` at midnight (or key it by date) and page on `>= 3` with a cool-down.",
              symbol="add_reading", conf=0.8),
            F("PAGE-NO-TIMEOUT", "medium", "bug", "`notify-grower` runs synchronously in the sensor request with no timeout",
              "Pass `timeout=` or hand the page to a background worker; a hung notifier ties up the request thread.",
              symbol="_page_grower", conf=0.7),
            F("READINGS-ORDER-SQLI", "critical", "security", "SQL injection through the `order` query parameter",
              "Map `order` onto a whitelist (`{\"asc\": \"ASC\", \"desc\": \"DESC\"}`) instead of formatting it in.",
              symbol="room_readings", conf=0.95),
            F("READINGS-LIMIT-SQLI", "high", "security", "SQL injection through the `limit` query parameter",
              "Parse `limit` with `int()` and pass it as a bound parameter.",
              symbol="room_readings", conf=0.9),
            F("SUMMARY-CACHE-UNBOUNDED", "medium", "performance", "Summary cache grows without bound",
              "Any `day` string creates a new entry that is never evicted; validate the date and use a bounded TTL cache.",
              symbol="room_summary", conf=0.7),
            F("HARVEST-UNAUTHENTICATED", "high", "security", "Anyone can record harvests and credit them to any picker",
              "Authenticate pickers (per-picker token) and take the picker from the identity, not from the body.",
              symbol="add_harvest", conf=0.85),
            F("HARVEST-KG-UNCHECKED", "medium", "bug", "Harvest weight is not validated",
              "Reject `kg <= 0` and implausible weights; a negative `kg` silently reduces a picker's tally.",
              symbol="add_harvest", conf=0.7),
            F("FLUSH-ZERO-ACCEPTED", "low", "bug", "Flush range check accepts flush 0",
              "Flushes are numbered 1..MAX_FLUSHES; check `1 <= flush <= MAX_FLUSHES`.",
              symbol="add_harvest", conf=0.65),
            F("HARVEST-PAGE-OFFSET", "medium", "bug", "Paging skips the first page of harvests",
              "`page` defaults to 1, so the offset must be `(page - 1) * size`; as written page 1 returns rows 26-50.",
              symbol="list_harvests", conf=0.9),
            F("HARVEST-NEGATIVE-SIZE", "medium", "performance", "Negative `size` bypasses the PAGE_MAX cap",
              "`min(-1, 100)` is -1 and SQLite reads `LIMIT -1` as unlimited; clamp with `max(1, min(size, PAGE_MAX))`.",
              symbol="list_harvests", conf=0.75),
        ]),
        "The remaining findings are in the write paths and the process setup:",
        Block([
            F("CORRECT-LOST-UPDATE", "medium", "bug", "Harvest correction is a read-modify-write outside a transaction",
              "Do it in one statement: `UPDATE harvests SET kg = kg + ? WHERE id = ?` and read the result back.",
              d=-1, n=3, symbol="correct_harvest", conf=0.75),
            F("DELETE-NO-AUTH", "high", "security", "`DELETE /harvests/<id>` has no authorization",
              "Add `@manager_only`, as on the correction endpoint.", symbol="delete_harvest", conf=0.9),
            F("DELETE-TALLY-DRIFT", "low", "bug", "Deleting a harvest does not subtract it from the picker tally",
              "Fetch the row first and subtract its `kg` from `_picker_kg[picker]` under `_tally_lock`.",
              symbol="delete_harvest", conf=0.6),
            F("BOARD-XSS", "high", "security", "Stored XSS on the packing-shed board via picker names",
              "Escape `r['picker']` with `html.escape` like the room name on the same line, or render a template.",
              symbol="board", conf=0.9),
            F("LABEL-TRAVERSAL", "high", "security", "Path traversal in `GET /labels` via `batch`",
              "Coerce `batch` with `int()` as `print_label` does, or check the resolved path stays under `LABEL_DIR`.",
              symbol="get_label", conf=0.9),
            F("PRINT-SHELL-INJECTION", "high", "security", "Shell injection through the printer name in `print_label`",
              "Use `subprocess.run([\"lp\", \"-d\", printer, path], ...)` and whitelist printer names.",
              symbol="print_label", conf=0.85),
            F("ERROR-LEAK", "medium", "security", "Error handler returns raw exception messages",
              "Log the exception and return a generic message.", symbol="on_error", conf=0.7),
            F("DEBUG-ON", "high", "security", "Debug mode enabled on 0.0.0.0",
              "The Werkzeug debugger allows code execution; drop `debug=True` and bind to localhost or run under a WSGI server.",
              conf=0.95),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("READINGS-ORDER-SQLI", "critical", "security", "SQLi: order param interpolated into ORDER BY",
              "whitelist asc/desc.", d=-2),
            F("LABEL-TRAVERSAL", "high", "security", "Path traversal: /labels?batch=../../x",
              "int(batch) or resolve+check prefix.", d=-1),
            F("PRINT-SHELL-INJECTION", "high", "security", "Command injection via printer in /labels/print",
              "argv list, no shell.", d=-2),
            F("DELETE-NO-AUTH", "high", "security", "DELETE /harvests/<id> unauthenticated",
              "@manager_only.", d=-2),
            F("HARVEST-UNAUTHENTICATED", "high", "security", "POST /harvests unauthenticated; picker taken from body",
              "auth pickers.", d=-2),
            F("SENSOR-KEY-FAILS-OPEN", "high", "security", "sensor_key accepts any request when key env unset",
              "fail closed on empty key.", d=-3),
            F("HARVEST-PAGE-OFFSET", "medium", "bug", "Off-by-one: OFFSET page*size with page starting at 1",
              "(page - 1) * size.", d=-1),
            F("FLUSH-ZERO-ACCEPTED", "low", "bug", "flush=0 accepted",
              "1 <= flush.", d=-1),
            F("CORRECT-MISSING-ROW", "medium", "bug", "correct_harvest crashes on unknown id (row is None)",
              "404 when fetchone() is None."),
            F("ALERT-COUNT-RACE", "medium", "bug", "_alert_counts race: get/set not atomic",
              "lock.", d=+1),
            F("PAGE-NO-TIMEOUT", "low", "bug", "notify-grower subprocess has no timeout",
              "timeout=10."),
            F("SUMMARY-CACHE-UNBOUNDED", "low", "performance", "_summary_cache unbounded (keyed by client day)",
              "bounded LRU/TTL."),
            F("BOARD-XSS", "medium", "security", "XSS: picker not escaped in /board",
              "html.escape."),
            F("ERRORHANDLER-EATS-HTTP", "medium", "bug", "errorhandler(Exception) turns abort(401/403/404) into 500",
              "return HTTPException as-is (isinstance check) or register for 500 only."),
            F("DEBUG-ON", "high", "security", "debug=True bound to 0.0.0.0",
              "debug off."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `sporeroom` application, a Flask service that records the climate readings of
        mushroom grow rooms, the harvests of each flush, and the tallies of the pickers. It uses SQLite through
        the standard library and exposes a small HTML board for the packing shed.

        **Overall assessment:** the application has several serious security vulnerabilities. Query parameters
        reach SQL statements, file paths and shell commands without validation, and a number of endpoints that
        change data have no access control at all. The application is also started with the debugger enabled.

        **Security findings** are listed first; reliability and concurrency findings follow.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Room Readings Endpoint",
              "Use a whitelist for the sort direction.", sd=-2, n=3,
              desc="The `order` parameter is inserted into the SQL statement with an f-string."),
            F("READINGS-LIMIT-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Number of Readings Returned",
              "Enforce a maximum value for `limit`.",
              desc="The `limit` parameter has no maximum, so a client can request every reading ever recorded for a room."),
            F("READINGS-LIMIT-SQLI", "HIGH", "SQL Injection", "SQL Injection via the Limit Parameter",
              "Convert `limit` to an integer and bind it."),
            F("LABEL-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Label Download",
              "Validate `batch` and ensure the final path stays inside the labels directory.", sd=-2, n=3),
            F("PRINT-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection in Label Printing",
              "Avoid `shell=True` and pass the arguments as a list.", sd=-2, n=3,
              desc="The `printer` value from the request body is placed into a shell command line."),
            F("BOARD-XSS", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in the Picks Board",
              "Escape all values inserted into the HTML."),
            F("DELETE-NO-AUTH", "HIGH", "Broken Access Control", "Missing Authorization on Harvest Deletion",
              "Protect the endpoint with `manager_only`.", sd=-2, n=3),
            F("HARVEST-UNAUTHENTICATED", "HIGH", "Broken Authentication", "Harvests Can Be Recorded Without Authentication",
              "Require an authenticated picker for this endpoint.", sd=-2, n=3),
            F("SENSOR-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Sensor Authentication Bypass When Key Is Not Configured",
              "Refuse requests when the sensor key is empty.", sd=-2, n=3,
              desc="`SENSOR_KEY` defaults to an empty string, and a missing header also defaults to an empty string, so the two compare equal."),
            F("SENSOR-KEY-TIMING", "LOW", "Broken Authentication", "Timing Attack on Sensor Key Comparison",
              "Use `hmac.compare_digest`."),
            F("DEBUG-ON", "CRITICAL", "Security Misconfiguration", "Flask Debug Mode Enabled in Production",
              "Disable debug mode."),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message."),
        ], wrap="list"),
        """
        **Reliability and concurrency:**
        """,
        Block([
            F("ALERT-COUNT-RACE", "MEDIUM", "Race Condition", "Race Condition in Alert Counting",
              "Protect the alert counter with a lock.", sd=-2, n=3),
            F("CORRECT-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Update When Correcting Harvest Weights",
              "Perform the update atomically in SQL.", d=+1,
              desc="The weight is read, modified in Python and written back, so two corrections at the same time overwrite each other."),
            F("SUMMARY-CACHE-STALE", "MEDIUM", "Caching", "Room Summary Cache Never Invalidated",
              "Expire cached summaries, at least for the current day."),
            F("SUMMARY-CACHE-UNBOUNDED", "LOW", "Caching", "Room Summary Cache Has No Size Limit",
              "Use a bounded cache."),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints for readability."}),
            F("HARVEST-PAGE-OFFSET", "MEDIUM", "Logic Error", "Incorrect Offset Calculation in Harvest Pagination",
              "Use `(page - 1) * size`.", d=-1, sd=-3, n=3),
            F("ARCHIVE-CONN-LEAK", "LOW", "Resource Management", "Database Connection Not Closed in Archive Job",
              "Use `with closing(sqlite3.connect(DB_PATH)) as conn:`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("READINGS-ORDER-SQLI", "high", "security", "sql injection in room_readings (order)", "whitelist order"),
            F("LABEL-TRAVERSAL", "high", "security", "path traversal in get_label", "int(batch)", d=+1),
            F("DELETE-NO-AUTH", "high", "security", "delete_harvest missing manager_only", "add decorator"),
            F("HARVEST-UNAUTHENTICATED", "medium", "security", "add_harvest has no auth at all", "require a picker token", d=-2),
            F("SENSOR-KEY-TIMING", "low", "security", "sensor key uses != compare", "hmac.compare_digest"),
            F("ERROR-LEAK", "low", "security", "on_error leaks exception text", "generic message"),
            F("DEBUG-ON", "high", "security", "debug=True", "turn off"),
        ], fence=None, indent=None, wrap="list"),
        "other:",
        Block([
            F("HARVEST-PAGE-OFFSET", "medium", "bug", "harvest paging skips page 1", "(page - 1) * size"),
            F("CORRECT-MISSING-ROW", "medium", "bug", "correct_harvest: row may be None", "404", d=-1),
            F("PAGE-FAILURE-IGNORED", "low", "", "notify-grower failure ignored (check=False)", "check the return code and retry"),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        `app.py` implements a grow-room log for a mushroom farm (Flask + SQLite). I found 18 issues:

        1. SQL injection in the readings endpoint (two parameters).
        2. Missing authentication/authorization on harvest endpoints and a sensor key that fails open.
        3. Path traversal and command injection around crate labels.
        4. Stored XSS on the board.
        5. Concurrency problems with in-memory counters and harvest corrections.
        6. Caching, pagination and resource handling issues.
        7. Debug mode and error disclosure.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "blocker", "security", "SQL injection via order parameter in room readings",
              "Whitelist sort direction.", d=-2, conf=0.9),
            F("READINGS-LIMIT-SQLI", "blocker", "security", "SQL injection via limit parameter in room readings",
              "Cast to int, bind as parameter.", anchor='limit = request.args.get("limit", "500")', conf=0.85),
            F("SENSOR-KEY-FAILS-OPEN", "major", "security", "Sensor key check is bypassed when key not configured",
              "Deny when SENSOR_KEY is empty.", d=-1, conf=0.8),
            F("SENSOR-KEY-TIMING", "minor", "security", "Sensor key comparison is not constant time",
              "Use hmac.compare_digest.", conf=0.6),
            F("DELETE-NO-AUTH", "blocker", "security", "Harvest deletion without authorization",
              "Add manager_only decorator.", d=-2, conf=0.9),
            F("LABEL-TRAVERSAL", "major", "security", "Directory traversal in label download",
              "Validate batch as integer.", conf=0.85),
            F("PRINT-SHELL-INJECTION", "major", "security", "OS command injection in label printing",
              "Use argument list without shell.", conf=0.85),
            F("BOARD-XSS", "major", "security", "Cross-site scripting through picker name",
              "Escape picker name.", conf=0.8),
            F("ALERT-COUNT-RACE", "major", "concurrency", "Non-atomic update of alert counter",
              "Use a lock around the counter.", conf=0.75),
            F("ALERT-NEVER-RESET", "minor", "correctness", "Alert counter never resets after midnight",
              "Reset daily; page on >= 3.", conf=0.7),
            F("CORRECT-LOST-UPDATE", "major", "concurrency", "Lost update in harvest weight correction",
              "Use UPDATE ... SET kg = kg + ?.", d=-1, conf=0.75),
            F("HARVEST-KG-UNCHECKED", "minor", "correctness", "Harvest weight not validated",
              "Reject non-positive kg.", conf=0.6),
            F("FLUSH-ZERO-ACCEPTED", "minor", "correctness", "Off-by-one: flush number 0 accepted",
              "Lower bound should be 1.", d=+1, sd=0, conf=0.6),
            F("HARVEST-PAGE-OFFSET", "major", "correctness", "Off-by-one in harvest pagination offset",
              "Use (page - 1) * size.", d=-1, conf=0.85),
            F("SUMMARY-CACHE-STALE", "minor", "correctness", "Summary cache never refreshes",
              "Add a TTL.", conf=0.6),
            F("ARCHIVE-CONN-LEAK", "minor", "resource-leak", "SQLite connection leak in archive job",
              "Close the connection.", conf=0.7),
            F("ERROR-LEAK", "minor", "security", "Exception message disclosed to client",
              "Return generic error.", conf=0.7),
            F("DEBUG-ON", "blocker", "security", "Debug mode enabled",
              "Disable debug in production.", conf=0.95),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 7 major, 7 minor"),
    ]),
}

"""test81/py-whetstone: a knife sharpening service's counter and bench desk (Python, Flask + SQLite).

Frozen test split test81, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the
format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test81: seeded problems in a knife sharpening service's counter and "
    "bench desk (drop-offs, sharpening jobs, collection); five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "BENCH-KEY-IN-QUERY": P(A, 'key = request.args.get("key") or request.headers.get("X-Bench-Key", "")', "security",
                            "bench key accepted from the query string (ends up in access logs and browser history)"),
    "BENCH-KEY-FAILS-OPEN": P(A, "if key != BENCH_KEY:", "security",
                              "BENCH_KEY defaults to an empty string: with it unset a request with no key passes",
                              "signature-vs-statement"),
    "BENCH-KEY-TIMING": P(A, "if key != BENCH_KEY:", "security",
                          "bench key compared with != instead of a constant-time comparison"),
    "SMS-TOKEN-IN-URL": P(A, 'url = f"{SMS_URL}?token={SMS_TOKEN}&to={phone}', "security",
                          "SMS gateway token sent in the URL query string"),
    "SMS-PHONE-UNENCODED": P(A, 'url = f"{SMS_URL}?token={SMS_TOKEN}&to={phone}', "security",
                             "phone number put into the SMS URL without encoding: a stored phone can add parameters"),
    "SMS-NO-TIMEOUT": P(A, "with urllib.request.urlopen(url) as resp:", "bug",
                        "urlopen without a timeout, called inline from /finish: a slow SMS gateway hangs the bench request",
                        "signature-vs-statement"),
    "QUOTE-CACHE-UNBOUNDED": P(A, "_quote_cache[key] = PENCE_PER_CM[kind] * int(length)", "performance",
                               "quote cache keyed on the raw length string grows without bound"),
    "DROPOFF-NEGATIVE-LENGTH": P(A, 'length = int(knife.get("length_cm", 20))', "bug",
                                 "knife length not validated: zero or negative lengths give free or negative prices"),
    "DROPOFF-UNKNOWN-KIND": P(A, "price = PENCE_PER_CM[kind] * length", "bug",
                              "unknown knife kind raises KeyError: the whole drop-off fails with 500"),
    "TICKET-PREDICTABLE": P(A, "ticket = hashlib.md5(str(dropoff_id).encode()).hexdigest()[:6]", "security",
                            "collection ticket is md5 of the sequential drop-off id: anyone can compute it"),
    "SEARCH-NAME-SQLI": P(A, 'sql = f"SELECT id, customer, phone, ticket FROM dropoffs WHERE', "security",
                          "name query value formatted into the SQL LIKE clause", "source-vs-sink"),
    "SEARCH-ORDER-SQLI": P(A, 'sql = f"SELECT id, customer, phone, ticket FROM dropoffs WHERE', "security",
                           "order query value formatted into ORDER BY"),
    "STATUS-LEAKS-TICKET": P(A, "return jsonify(dict(row))", "security",
                             "unauthenticated drop-off status returns every column, the ticket and phone included"),
    "SLIP-XSS-NOTES": P(A, "<p>{row['notes']}</p>", "security",
                        "drop-off notes put into the slip HTML unescaped (the customer name on the same line is escaped)"),
    "RECEIPT-SKIPS-FIRST": P(A, "for i in range(1, len(knives)):", "bug",
                             "receipt loop starts at index 1: the first knife is missing from the lines", "off-by-one"),
    "LABEL-SHELL-PRINTER": P(A, """subprocess.run(f"echo '{text}' | lp -d {printer}\"""", "security",
                             "printer query value put into a shell command", "source-vs-sink"),
    "LABEL-SHELL-CUSTOMER": P(A, """subprocess.run(f"echo '{text}' | lp -d {printer}\"""", "security",
                              "stored customer name put into the same shell command inside single quotes"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, photo.filename))", "security",
                                "upload saved under the client's filename: ../ writes outside the photo folder",
                                "signature-vs-statement"),
    "PHOTO-GET-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security",
                             "file query value joined to the photo folder and sent: any readable file", "source-vs-sink"),
    "QUEUE-OFFSET": P(A, "offset = page * size", "bug",
                      "pages count from 1 but the offset is page * size: the first page of the queue is never shown",
                      "off-by-one"),
    "JOB-START-RACE": P(A, "if load >= BENCH_SLOTS:", "bug",
                        "bench load read, checked and written without _bench_lock: concurrent starts overfill a bench",
                        "critical-section"),
    "STATS-UNLOCKED": P(A, '_stats["sharpened"] += 1', "bug",
                        "sharpened counter incremented without _stats_lock (collected is locked)"),
    "COLLECT-DOUBLE": P(A, 'return jsonify({"error": "already collected"}), 409', "bug",
                        "collected checked then set without a conditional update: two requests both collect",
                        "critical-section"),
    "REPORT-DAY-TRAVERSAL": P(A, 'fh = open(os.path.join(REPORT_DIR, day + ".json"), "w")', "security",
                              "day query value joined into the report path opened for writing", "source-vs-sink"),
    "REPORT-FH-LEAK": P(A, 'fh = open(os.path.join(REPORT_DIR, day + ".json"), "w")', "bug",
                        "report file opened without with/close: handle leaked and the JSON may never be flushed"),
    "ERROR-LEAK": P(A, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "security",
                    "catch-all error handler returns exception text and type to the client",
                    "signature-vs-statement"),
}

CONFUSABLE = [
    ("BENCH-KEY-IN-QUERY", "BENCH-KEY-FAILS-OPEN"),
    ("BENCH-KEY-FAILS-OPEN", "BENCH-KEY-TIMING"),
    ("BENCH-KEY-IN-QUERY", "BENCH-KEY-TIMING"),
    ("SMS-TOKEN-IN-URL", "SMS-PHONE-UNENCODED"),
    ("SMS-PHONE-UNENCODED", "SMS-NO-TIMEOUT"),
    ("DROPOFF-NEGATIVE-LENGTH", "DROPOFF-UNKNOWN-KIND"),
    ("SEARCH-NAME-SQLI", "SEARCH-ORDER-SQLI"),
    ("LABEL-SHELL-PRINTER", "LABEL-SHELL-CUSTOMER"),
    ("REPORT-DAY-TRAVERSAL", "REPORT-FH-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `app.py` is a single Flask module with two staff tiers. The counter tier is done right:
        `counter_staff` fails closed when `COUNTER_KEY` is unset and compares with `hmac.compare_digest`,
        `/collect` also compares the ticket in constant time, `finish_job` decrements the bench load under
        `_bench_lock`, and `/stats` copies the counters under `_stats_lock`. The bench tier and most of the
        string handling are not.

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `bench_staff` | fails open, key in URL, `!=` compare |
        | P0 | search, label printing, photo and report paths | SQL / shell injection, path traversal |
        | P1 | tickets and public status | a collection ticket anyone can compute or read |
        | P1 | bench load, collection | check-then-act races |
        | P2 | receipts, queue paging, error handler | wrong output, leaked internals |

        Findings on authentication, injection and file access first:
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "critical", "security", "`bench_staff` fails open when `BENCH_KEY` is unset",
              "Refuse every request when `BENCH_KEY` is empty, like `counter_staff` does for `COUNTER_KEY`.",
              symbol="bench_staff.check_bench_key", conf=0.9),
            F("BENCH-KEY-IN-QUERY", "medium", "security", "Bench key accepted as a `?key=` query parameter",
              "Read the key from the `X-Bench-Key` header only; query strings land in proxy and access logs.",
              symbol="bench_staff.check_bench_key", conf=0.8),
            F("BENCH-KEY-TIMING", "low", "security", "Bench key compared with `!=` rather than in constant time",
              "Use `hmac.compare_digest(key, BENCH_KEY)`.", symbol="bench_staff.check_bench_key", conf=0.6),
            F("SEARCH-NAME-SQLI", "critical", "security", "SQL injection through `name` in `/dropoffs/search`",
              "Bind the pattern: `WHERE customer LIKE ?` with `f\"%{name}%\"` as the parameter.",
              symbol="search_dropoffs", conf=0.95),
            F("SEARCH-ORDER-SQLI", "high", "security", "SQL injection through `order` in the same query's ORDER BY",
              "Map `order` through an allow-list of column names; ORDER BY cannot be bound.",
              symbol="search_dropoffs", conf=0.9),
            F("LABEL-SHELL-PRINTER", "critical", "security", "Command injection through the `printer` parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer], input=text, text=True)` with `printer` checked against the known printers.",
              symbol="print_label", conf=0.9),
            F("LABEL-SHELL-CUSTOMER", "high", "security", "Customer name is interpolated into the same shell command",
              "A name containing `'` breaks out of the quotes; pass the text on stdin instead of through `echo`.",
              symbol="print_label", conf=0.8),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Photo upload trusts the client's filename",
              "Name the file yourself (`f\"{knife_id}.jpg\"`) or use `werkzeug.utils.secure_filename`.",
              symbol="upload_photo", conf=0.85),
            F("PHOTO-GET-TRAVERSAL", "high", "security", "`GET /knives/<id>/photo` serves any path given in `file`",
              "Drop the `file` parameter or use `send_from_directory(PHOTO_DIR, name)`, which rejects `..`.",
              symbol="knife_photo", conf=0.85),
            F("REPORT-DAY-TRAVERSAL", "medium", "security", "`day` controls the path the daily report is written to",
              "Parse `day` with `datetime.date.fromisoformat` before building the path.",
              symbol="daily_report", conf=0.75),
            F("SLIP-XSS-NOTES", "medium", "security", "Stored XSS through drop-off notes on the slip",
              "Escape `row['notes']` (and the ticket) the way the customer name on the same line already is.",
              symbol="dropoff_slip", conf=0.85),
            F("TICKET-PREDICTABLE", "high", "security", "Collection tickets are derivable from the drop-off id",
              "Use `secrets.token_hex(4)` or similar; md5 of a sequential id is public knowledge.",
              symbol="create_dropoff", conf=0.85),
            F("SMS-TOKEN-IN-URL", "medium", "security", "SMS gateway token is sent in the query string",
              "Send it in an `Authorization` header or the POST body.", symbol="notify_ready", conf=0.7),
            F("ERROR-LEAK", "medium", "security", "Catch-all error handler returns exception messages to clients",
              "Log the exception and return a generic message; let `HTTPException`s keep their own status.",
              symbol="on_error", conf=0.8),
        ]),
        "Correctness, concurrency and robustness:",
        Block([
            F("JOB-START-RACE", "medium", "bug", "Bench slot check in `start_job` is not done under `_bench_lock`",
              "Wrap the read, the check and the increment in `with _bench_lock:` as `finish_job` does.",
              symbol="start_job", conf=0.8),
            F("COLLECT-DOUBLE", "medium", "bug", "A drop-off can be collected twice by concurrent requests",
              "Make the update conditional (`... WHERE id = ? AND collected = 0`) and check `rowcount`.",
              d=-1, symbol="collect", conf=0.75),
            F("RECEIPT-SKIPS-FIRST", "medium", "bug", "Receipt omits the first knife",
              "Iterate with `enumerate(knives, start=1)`.", symbol="receipt", conf=0.9),
            F("QUEUE-OFFSET", "medium", "bug", "Queue paging skips the first page",
              "`offset = (page - 1) * size`, and reject `page < 1`.", symbol="bench_queue", conf=0.85),
            F("DROPOFF-UNKNOWN-KIND", "low", "bug", "Unknown knife kind fails the whole drop-off with a 500",
              "Validate `kind` against `PENCE_PER_CM` up front and answer 400, as `/quote` does.",
              symbol="create_dropoff", conf=0.75),
            F("SMS-NO-TIMEOUT", "medium", "bug", "`notify_ready` has no timeout and runs inside the request",
              "Pass `timeout=5` and send the SMS from a background job so the bench request is not held up.",
              symbol="notify_ready", conf=0.7),
            F("REPORT-FH-LEAK", "low", "bug", "Report file handle is never closed",
              "Use `with open(...) as fh:`; unflushed data may be lost.", symbol="daily_report", conf=0.7),
        ]),
        "Not reviewed: the schema (no migrations in the repo) and deployment.",
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-NAME-SQLI", "critical", "security", "SQLi via name in /dropoffs/search",
              "bind params", d=-2),
            F("SEARCH-ORDER-SQLI", "high", "security", "SQLi via order (ORDER BY {order})",
              "allow-list columns", d=-1),
            F("LABEL-SHELL-PRINTER", "critical", "security", "shell injection via ?printer= in print_label",
              "argv list, no shell", d=-2),
            F("BENCH-KEY-FAILS-OPEN", "high", "security", "bench_staff: empty BENCH_KEY accepts missing key",
              "fail closed", d=-2),
            F("TICKET-PREDICTABLE", "high", "security", "ticket = md5(id)[:6], guessable",
              "secrets.token_urlsafe"),
            F("PHOTO-GET-TRAVERSAL", "high", "security", "path traversal via ?file= in knife_photo",
              "send_from_directory", d=-1),
            F("REPORT-DAY-TRAVERSAL", "medium", "security", "?day= is a path component for a file opened 'w'",
              "validate date", d=-1),
            F("SLIP-XSS-NOTES", "medium", "security", "notes rendered unescaped in slip",
              "html.escape"),
            F("JOB-START-RACE", "medium", "bug", "start_job: _bench_load updated without lock",
              "use _bench_lock", d=+2),
            F("COLLECT-DOUBLE", "medium", "bug", "collect: check/update not atomic, double collection",
              "UPDATE ... AND collected = 0", d=+1),
            F("RECEIPT-SKIPS-FIRST", "medium", "bug", "receipt drops knives[0]",
              "range(len(knives))", d=+1),
            F("SMS-NO-TIMEOUT", "medium", "bug", "notify_ready: urlopen without timeout",
              "timeout=", d=-2),
            F("SMS-TOKEN-IN-URL", "low", "security", "SMS token in query string",
              "header"),
            F("ERROR-LEAK", "low", "security", "errorhandler(Exception) echoes str(exc)",
              "generic body", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Whetstone application in `app.py`. It is a Flask service for a knife
        sharpening shop with a counter tier (`counter_staff`) and a workshop tier (`bench_staff`).

        **Overall assessment**

        The counter authentication is implemented carefully, but the bench authentication, several endpoints
        that build SQL, shell commands and file paths from request values, and the handling of collection
        tickets contain serious weaknesses. I have grouped the findings into security issues and other issues.

        **Security issues**
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Bench Authentication Bypass When Key Unset",
              "Abort with 401 when `BENCH_KEY` is empty.", sd=-2, n=3,
              desc="`BENCH_KEY` defaults to an empty string, and a missing key also becomes an empty string, so the comparison succeeds."),
            F("BENCH-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Secret Key Accepted via URL Parameter",
              "Only accept the key from a header.", sd=-1, n=3, d=+1),
            F("SEARCH-NAME-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Drop-off Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `name` parameter is embedded directly into the SQL string with an f-string."),
            F("LABEL-SHELL-PRINTER", "HIGH", "Command Injection", "Command Injection in Label Printing",
              "Avoid `shell=True` and validate the printer name.", sd=-2, n=3),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=-2, sd=-2, n=3),
            F("REPORT-DAY-TRAVERSAL", "MEDIUM", "Path Traversal", "Arbitrary File Write via Report Day",
              "Validate the `day` format.", sd=-2, n=3),
            F("TICKET-PREDICTABLE", "HIGH", "Broken Access Control", "Predictable Collection Ticket",
              "Generate tickets with the `secrets` module.", sd=-2, n=3,
              desc="The ticket is derived from the auto-increment id, so anyone can compute the ticket for any drop-off and collect the knives."),
            F("STATUS-LEAKS-TICKET", "HIGH", "Information Disclosure", "Unauthenticated Endpoint Exposes Ticket and Phone",
              "Require authentication and return only the status fields.", sd=-2, n=3),
            F("SMS-PHONE-UNENCODED", "MEDIUM", "Injection", "Unencoded Phone Number in SMS Gateway URL",
              "Build the query with `urllib.parse.urlencode`.", sd=-2, n=3),
            F("SLIP-XSS-NOTES", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Drop-off Slip",
              "Escape the notes field.", sd=-2, n=3),
            F("ERROR-LEAK", "LOW", "Information Disclosure", "Verbose Error Messages",
              "Return a generic error message.", sd=-2, n=3),
        ], wrap="list"),
        "**Other issues**",
        Block([
            F("JOB-START-RACE", "MEDIUM", "Race Condition", "Race Condition in Bench Load Tracking",
              "Use `_bench_lock` in `start_job` as well.", d=-1, sd=-3, n=3),
            U({"severity": "LOW", "category": "Style", "description": "The module mixes configuration, data access and routes; consider splitting it."}),
            F("QUEUE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips the First Page of the Queue",
              "Compute the offset as `(page - 1) * size`.", d=+1, sd=-1, n=3),
            F("DROPOFF-UNKNOWN-KIND", "LOW", "Error Handling", "Unhandled KeyError for Unknown Knife Kinds",
              "Validate the kind before the price lookup.", sd=-2, n=3),
            F("QUOTE-CACHE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Quote Cache",
              "Normalize the length to an int and bound the cache, or drop it.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BENCH-KEY-FAILS-OPEN", "high", "security", "bench key check passes when BENCH_KEY is empty", "fail closed"),
            F("SEARCH-NAME-SQLI", "high", "security", "sql injection in dropoff search", "use ? placeholders"),
            F("TICKET-PREDICTABLE", "high", "security", "ticket is md5 of the id", "random ticket"),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "upload filename not sanitised", "secure_filename"),
            F("LABEL-SHELL-CUSTOMER", "medium", "security", "customer name ends up in a shell command", "no shell"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("QUEUE-OFFSET", "medium", "bug", "queue page 1 starts at offset size", "(page - 1) * size"),
            F("SMS-NO-TIMEOUT", "medium", "", "sms call has no timeout", "timeout=5"),
            F("REPORT-FH-LEAK", "low", "bug", "report file never closed", "with open(...)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Bench authentication is weak in several ways.
        2. Injection in search, label printing and photo download.
        3. Shared in-memory state is modified without locks.
        4. Several correctness issues in pricing, receipts and collection.

        ## Findings
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "blocker", "security", "Bench key check accepts an empty key",
              "Reject requests when BENCH_KEY is not configured.", conf=0.9),
            F("BENCH-KEY-IN-QUERY", "minor", "security", "Bench key can be passed in the URL",
              "Accept the key from the header only.", conf=0.7),
            F("BENCH-KEY-TIMING", "minor", "security", "Bench key comparison is not constant-time",
              "Use hmac.compare_digest.", anchor='key = request.args.get("key") or', conf=0.6),
            F("SEARCH-NAME-SQLI", "blocker", "security", "SQL injection in customer name search",
              "Use query parameters.", d=-2, conf=0.9),
            F("LABEL-SHELL-PRINTER", "blocker", "security", "OS command injection in label printing",
              "Do not use shell=True.", conf=0.9),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Path traversal in photo upload filename",
              "Sanitize the filename.", conf=0.8),
            F("PHOTO-GET-TRAVERSAL", "major", "security", "Path traversal in photo download",
              "Restrict to PHOTO_DIR.", conf=0.8),
            F("TICKET-PREDICTABLE", "major", "security", "Weak, predictable collection ticket",
              "Use a random token.", conf=0.8),
            F("SLIP-XSS-NOTES", "major", "security", "Cross-site scripting in the slip notes",
              "Escape notes.", conf=0.8),
            F("SMS-TOKEN-IN-URL", "minor", "security", "SMS token exposed in the request URL",
              "Use a header.", conf=0.6),
            F("JOB-START-RACE", "major", "concurrency", "Race condition on bench load counter",
              "Hold _bench_lock while checking and updating.", d=+2, conf=0.8),
            F("STATS-UNLOCKED", "minor", "concurrency", "Sharpened counter updated without lock",
              "Use _stats_lock like the collected counter.", conf=0.7),
            F("COLLECT-DOUBLE", "major", "concurrency", "Double collection possible (check-then-act)",
              "Use a conditional UPDATE.", conf=0.7),
            F("RECEIPT-SKIPS-FIRST", "major", "correctness", "Off-by-one in receipt loop numbering and indexing",
              "Start from index 0.", d=+2, conf=0.8),
            F("DROPOFF-NEGATIVE-LENGTH", "minor", "correctness", "Knife length is not validated",
              "Reject non-positive lengths.", conf=0.6),
            F("QUOTE-CACHE-UNBOUNDED", "minor", "performance", "Quote cache has no size limit",
              "Bound it or remove it.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 7 major, 6 minor"),
    ]),
}

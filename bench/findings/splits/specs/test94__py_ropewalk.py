"""test94/py-ropewalk: a rope-walk's splice orders and breaking-load tests (Python, Flask + SQLite).

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or labels (only specs/tune2__py_snapctl.py, once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test94 (round 48): seeded problems in a rope-walk works desk; five agents' answers written by hand."
)

A = "ropewalk/app.py"
PROBLEMS = {
    "CUST-FAILS-OPEN": P(A, "if ORDER_SECRET and signature != sign_customer(customer_id):", "security",
                         "customer signature check skipped entirely when ROPEWALK_ORDER_SECRET is unset: anyone may act as any customer"),
    "CUST-SIG-TIMING": P(A, "if ORDER_SECRET and signature != sign_customer(customer_id):", "security",
                         "HMAC signature compared with != instead of hmac.compare_digest (timing side channel)"),
    "CERT-SEQ-RESTART": P(A, '_cert_seq = {"next": 1000}', "bug",
                          "extra, one agent: certificate counter lives in memory and restarts at 1000, so numbers repeat after a restart"),
    "ROPES-SQLI-FIBRE": P(A, "WHERE fibre = '{fibre}' ORDER BY {sort}", "security",
                          "fibre query value formatted into the SQL string (injection)"),
    "ROPES-SQLI-SORT": P(A, "WHERE fibre = '{fibre}' ORDER BY {sort}", "security",
                         "sort query value formatted into ORDER BY (injection)", "source-vs-sink"),
    "BENCH-LOST-UPDATE": P(A, "added = SPLICE_MINUTES[kind] * quantity", "bug",
                           "_book_bench reads and writes _bench_minutes without _bench_lock: concurrent orders lose bench minutes",
                           "critical-section"),
    "SPLICE-QTY-NEGATIVE": P(A, 'quantity = int(body.get("quantity", 1))', "bug",
                             "quantity not checked: zero or negative quantities give zero or negative prices and bench time"),
    "SPLICE-KIND-UNKNOWN": P(A, "price = SPLICE_PRICE[kind] * quantity", "bug",
                             "unknown splice kind raises KeyError: 500 instead of 400"),
    "SPLICE-IDOR": P(A, 'row = get_db().execute("SELECT * FROM splices WHERE id = ?", (order_id,)).fetchone()', "security",
                     "order detail not restricted to the calling customer: any customer reads any order", "signature-vs-statement"),
    "CANCEL-DEPOSIT-REFUNDED": P(A, 'refund = row["price"]', "bug",
                                 "refund is the full price although the works keeps the 30 % deposit"),
    "CANCEL-ANY-STATUS": P(A, "UPDATE splices SET status = 'cancelled'", "bug",
                           "status not checked: spliced or dispatched orders can be cancelled and refunded"),
    "CERT-SEQ-RACE": P(A, '_cert_seq["next"] = number + 1', "bug",
                       "certificate number read and incremented without a lock: two tests can get the same certificate",
                       "critical-section"),
    "TEST-UNIT-INVERTED": P(A, "peak_kn = peak_kgf * KGF_PER_KN", "bug",
                            "kgf converted to kN by multiplying by 101.97 instead of dividing: every sample passes"),
    "TEST-PASS-BOUNDARY": P(A, 'passed = peak_kn > rope["rated_kn"]', "bug",
                            "strict >: a sample breaking exactly at the rated minimum breaking load fails", "off-by-one"),
    "REPORT-SKIPS-FIRST": P(A, "for i in range(1, len(loads)):", "bug",
                            "sum starts at index 1: the first sample is left out of the mean", "off-by-one"),
    "REPORT-EMPTY-DIV": P(A, "mean = total / len(loads)", "bug",
                          "rope with no tests: ZeroDivisionError, 500"),
    "REPORT-WEAKEST-DROPS-LAST": P(A, "weakest = min(loads[:-1])", "bug",
                                   "loads[:-1] leaves the newest sample out of the weakest load", "off-by-one"),
    "CERT-PATH-TRAVERSAL": P(A, "path = os.path.join(CERT_DIR, name)", "security",
                             "file query value joined to CERT_DIR unchecked: ../ or an absolute path reads any file",
                             "source-vs-sink"),
    "CERT-ANY-CUSTOMER": P(A, 'return send_file(path, mimetype="application/pdf")', "security",
                           "certificates served to any customer, not only the one whose rope was tested"),
    "TAG-SHELL-NOTE": P(A, 'cmd = f"ropetag --order', "security",
                        "note form value quoted into a shell command (shell=True): a quote breaks out", "source-vs-sink"),
    "TAG-COPIES-INJECTION": P(A, 'cmd = f"ropetag --order', "security",
                              "copies form value reaches the same shell command unquoted and unchecked"),
    "YAML-UNSAFE-LOAD": P(A, "specs = yaml.load(", "security",
                          "yaml.load with the full Loader on a request body: arbitrary object construction",
                          "signature-vs-statement"),
    "QUEUE-PAGE-OFFSET": P(A, "(size, page * size)", "bug",
                           "pages start at 1 but OFFSET is page * size: the first page of the queue is never shown",
                           "off-by-one"),
    "QUEUE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance",
                              "size not capped (and -1 means no limit in SQLite): the whole table in one response"),
    "EXPORT-NO-AUTH": P(A, "for row in get_db().execute(EXPORT_SQL):", "security",
                        "/export.csv has no decorator: customer names and phone numbers to anyone",
                        "signature-vs-statement"),
    "ERROR-LEAK": P(A, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "security",
                    "exception text and type returned to the client"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8040, debug=True)', "security",
                  "debug server (Werkzeug debugger) bound to all interfaces"),
}

CONFUSABLE = [
    ("CUST-FAILS-OPEN", "CUST-SIG-TIMING"),
    ("ROPES-SQLI-FIBRE", "ROPES-SQLI-SORT"),
    ("SPLICE-QTY-NEGATIVE", "SPLICE-KIND-UNKNOWN"),
    ("CANCEL-DEPOSIT-REFUNDED", "CANCEL-ANY-STATUS"),
    ("TEST-UNIT-INVERTED", "TEST-PASS-BOUNDARY"),
    ("REPORT-SKIPS-FIRST", "REPORT-EMPTY-DIV"),
    ("REPORT-EMPTY-DIV", "REPORT-WEAKEST-DROPS-LAST"),
    ("REPORT-SKIPS-FIRST", "REPORT-WEAKEST-DROPS-LAST"),
    ("CERT-PATH-TRAVERSAL", "CERT-ANY-CUSTOMER"),
    ("TAG-SHELL-NOTE", "TAG-COPIES-INJECTION"),
    ("QUEUE-PAGE-OFFSET", "QUEUE-SIZE-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `ropewalk/app.py` end to end (it is the whole service). The works-side endpoints are mostly
        guarded properly — `works_only` fails closed when `ROPEWALK_WORKS_KEY` is unset and uses
        `hmac.compare_digest`, `bench_board` copies the minutes under `_bench_lock`, `cancel_splice` scopes
        its lookup to the calling customer, and `on_error` passes `HTTPException`s through — but the customer
        side and the test arithmetic have real problems.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | customer signatures are not checked at all when the order secret is unset |
        | P0 | SQL | `/ropes` builds its query from `fibre` and `sort` |
        | P0 | files/shell | certificate download path traversal; tag printing through a shell |
        | P1 | test results | kgf→kN conversion is inverted, so the pass/fail verdict is meaningless |
        | P1 | money | cancellation refunds the deposit and ignores the order status |
        | P2 | report / paging / concurrency | several off-by-one errors and two unlocked counters |

        Security first:
        """,
        Block([
            F("CUST-FAILS-OPEN", "critical", "security", "Customer authentication fails open when ROPEWALK_ORDER_SECRET is unset",
              "Refuse to start (or answer 503) without the secret; never skip the check. Also reject an empty `X-Ropewalk-Customer`.",
              symbol="customer_token.wrapper", conf=0.9),
            F("CUST-SIG-TIMING", "low", "security", "Signature compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(signature, sign_customer(customer_id))`, as `works_only` already does.",
              symbol="customer_token.wrapper", conf=0.6),
            F("ROPES-SQLI-FIBRE", "critical", "security", "SQL injection through the `fibre` filter of GET /ropes",
              "Bind it: `WHERE fibre = ?` with `(fibre,)`.", symbol="list_ropes", conf=0.95),
            F("ROPES-SQLI-SORT", "high", "security", "SQL injection through `sort` in the ORDER BY clause",
              "Map `sort` through an allow-list of column names (`{\"diameter_mm\", \"rated_kn\", \"name\"}`); placeholders cannot bind identifiers.",
              symbol="list_ropes", conf=0.9),
            F("SPLICE-IDOR", "high", "security", "Any customer can read any splice order",
              "Add `AND customer = ?` with `g.customer`, the way `cancel_splice` does.", symbol="splice_detail", conf=0.85),
            F("CERT-PATH-TRAVERSAL", "high", "security", "Path traversal in GET /certificates",
              "Resolve the path and require it to stay under `CERT_DIR` (or use `flask.send_from_directory`).",
              symbol="certificate", conf=0.9),
            F("CERT-ANY-CUSTOMER", "medium", "security", "Certificates are not tied to the customer who ordered the rope",
              "Look the certificate up in `load_tests` joined to the customer's orders before serving it.",
              symbol="certificate", conf=0.6),
            F("TAG-SHELL-NOTE", "high", "security", "Shell injection through the tag `note`",
              "Build an argv list for `ropetag` and pipe to `lp` without `shell=True`.", symbol="print_tag", conf=0.85),
            F("TAG-COPIES-INJECTION", "medium", "security", "`copies` is passed to the shell unvalidated",
              "Parse it as an int in 1..20 before use.", symbol="print_tag", conf=0.7),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on an uploaded body",
              "Use `yaml.safe_load`.", symbol="import_ropes", conf=0.9),
            F("EXPORT-NO-AUTH", "high", "security", "GET /export.csv is unauthenticated and includes customer phone numbers",
              "Add `@works_only`.", symbol="export_orders", conf=0.9),
            F("ERROR-LEAK", "low", "security", "Unhandled exceptions are echoed to the client",
              "Log the exception and return a generic message.", symbol="on_error", conf=0.7),
            F("DEBUG-ON", "medium", "security", "`debug=True` on 0.0.0.0", "Never run the debug server outside a workstation.",
              conf=0.8),
        ]),
        "Correctness, money and concurrency:",
        Block([
            F("TEST-UNIT-INVERTED", "high", "bug", "kgf to kN conversion multiplies instead of dividing",
              "`peak_kn = peak_kgf / KGF_PER_KN`. As written every sample reads ~100x its real load and passes.",
              symbol="record_test", conf=0.95),
            F("TEST-PASS-BOUNDARY", "medium", "bug", "A sample that breaks exactly at the rated load is marked failed",
              "Use `>=`: the rating is a minimum breaking load.", symbol="record_test", conf=0.7),
            F("CERT-SEQ-RACE", "medium", "bug", "Certificate numbers can be issued twice under concurrent requests",
              "Take a lock around the read and increment, or better use an autoincrement column.",
              d=-1, n=2, symbol="_next_certificate", conf=0.75),
            F("CERT-SEQ-RESTART", "medium", "bug", "Certificate sequence resets on every restart",
              "Persist the counter (e.g. `SELECT max(cert)` at start-up or a sequence table).", conf=0.7),
            F("BENCH-LOST-UPDATE", "medium", "bug", "`_book_bench` updates `_bench_minutes` without `_bench_lock`",
              "Wrap the read-modify-write in `with _bench_lock:`; readers already take the lock.",
              sd=-1, n=3, symbol="_book_bench", conf=0.8),
            F("SPLICE-QTY-NEGATIVE", "medium", "bug", "Quantity is not validated",
              "Reject `quantity < 1` (and an absurd upper bound).", symbol="order_splice", conf=0.85),
            F("SPLICE-KIND-UNKNOWN", "low", "bug", "Unknown splice kind raises KeyError (500)",
              "Check `kind in SPLICE_PRICE` and answer 400.", symbol="order_splice", conf=0.8),
            F("CANCEL-DEPOSIT-REFUNDED", "medium", "bug", "Cancellation refunds the deposit the works should keep",
              "`refund = round(row[\"price\"] * 0.7, 2)` once the order is queued.", symbol="cancel_splice", conf=0.75),
            F("CANCEL-ANY-STATUS", "medium", "bug", "Orders can be cancelled whatever their status",
              "Only allow `status = 'queued'`; put the condition in the UPDATE.", symbol="cancel_splice", conf=0.8),
            F("REPORT-SKIPS-FIRST", "medium", "bug", "Rope report skips the first test sample when summing",
              "`total = sum(loads)`.", symbol="rope_report", conf=0.85),
            F("REPORT-EMPTY-DIV", "low", "bug", "Report divides by zero for a rope with no tests",
              "Return 404 or an empty report when `loads` is empty.", symbol="rope_report", conf=0.85),
            F("REPORT-WEAKEST-DROPS-LAST", "medium", "bug", "`weakest` ignores the most recent sample",
              "`weakest = min(loads)`.", symbol="rope_report", conf=0.8),
            F("QUEUE-PAGE-OFFSET", "low", "bug", "Works queue paging skips the first page",
              "`OFFSET (page - 1) * size`, and reject page < 1.", symbol="works_queue", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ROPES-SQLI-FIBRE", "critical", "security", "SQLi: fibre interpolated into /ropes query", "Bind with ?.", d=-1),
            F("CUST-FAILS-OPEN", "critical", "security", "customer_token accepts anything if ORDER_SECRET empty",
              "Fail closed."),
            F("SPLICE-IDOR", "high", "security", "splice_detail returns other customers' orders",
              "Filter by g.customer.", d=-1),
            F("CERT-PATH-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "send_from_directory.", d=-1),
            F("TAG-SHELL-NOTE", "high", "security", "Command injection via tag note (shell=True)", "argv list, no shell.",
              d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "Unsafe yaml.load in import_ropes", "yaml.safe_load.", d=-1),
            F("EXPORT-NO-AUTH", "high", "security", "export_orders unauthenticated (PII: phone numbers)", "@works_only.",
              d=-3),
            F("TEST-UNIT-INVERTED", "high", "bug", "Unit conversion inverted: kgf * 101.97 is not kN", "Divide."),
            F("CANCEL-ANY-STATUS", "medium", "bug", "Cancel ignores order status", "Require status == 'queued'."),
            F("SPLICE-QTY-NEGATIVE", "medium", "bug", "Negative quantity -> negative price", "quantity >= 1."),
            F("CERT-SEQ-RACE", "medium", "bug", "Duplicate certificate numbers: unsynchronized increment", "Lock or DB sequence."),
            F("BENCH-LOST-UPDATE", "medium", "bug", "Racy bench-minute counter (lost updates)", "Hold _bench_lock.", d=-1),
            F("REPORT-SKIPS-FIRST", "medium", "bug", "Mean excludes loads[0]", "sum(loads).", d=+1),
            F("REPORT-EMPTY-DIV", "low", "bug", "ZeroDivisionError with no samples", "Guard empty."),
            F("QUEUE-PAGE-OFFSET", "low", "bug", "OFFSET page*size with 1-based page skips first page", "(page-1)*size.",
              d=-1),
            F("QUEUE-SIZE-UNBOUNDED", "low", "performance", "No cap on size", "min(size, 100)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `ropewalk` application, a Flask service that manages splice orders and
        breaking-load test certificates for a rope works. My review focused on security, data integrity and
        the correctness of the test calculations.

        **Security Findings**

        The customer-facing endpoints have several injection and access-control weaknesses. The most severe
        are the SQL injection in the rope listing, the insecure YAML import and the path traversal in the
        certificate download.
        """,
        Block([
            F("ROPES-SQLI-FIBRE", "CRITICAL", "SQL Injection", "SQL Injection in Rope Listing (fibre)",
              "Use parameterized queries for all user input.", sd=-2, n=3,
              desc="The `fibre` parameter is inserted into the WHERE clause with an f-string."),
            F("ROPES-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection via ORDER BY Clause",
              "Validate the sort column against an allow-list.", sd=-2, n=3),
            F("CUST-FAILS-OPEN", "HIGH", "Broken Authentication", "Customer Authentication Bypass When Secret Is Missing",
              "Make the decorator deny requests when the secret is not configured.", sd=-2, n=3),
            F("SPLICE-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Splice Details",
              "Check that the order belongs to the authenticated customer.", sd=-2, n=3),
            F("CERT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Use `send_from_directory` or validate the resolved path.", d=+1, sd=-1, n=3),
            F("CERT-ANY-CUSTOMER", "MEDIUM", "Broken Access Control", "Certificates Accessible to Any Customer",
              "Verify ownership of the certificate before sending it."),
            F("TAG-SHELL-NOTE", "HIGH", "Command Injection", "Command Injection in Tag Printing",
              "Avoid `shell=True`; pass arguments as a list.", d=+1, sd=-1, n=3,
              desc="The `note` form field is wrapped in single quotes, which an attacker can close."),
            F("YAML-UNSAFE-LOAD", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("EXPORT-NO-AUTH", "HIGH", "Information Disclosure", "Unauthenticated Export of Customer Data",
              "Protect the export with `works_only`.", d=+1, sd=-1, n=3),
            F("ERROR-LEAK", "LOW", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Logic and Reliability Findings**

        The load-test endpoint and the reporting code contain calculation errors that directly affect safety
        certificates, which is concerning for a rope manufacturer.
        """,
        Block([
            F("TEST-UNIT-INVERTED", "CRITICAL", "Logic Error", "Incorrect Unit Conversion from kgf to kN",
              "Divide by `KGF_PER_KN` instead of multiplying.", sd=-1, n=3,
              desc="Multiplying kilogram-force by 101.97 inflates the measured load roughly ten thousand times relative to the correct value."),
            F("SPLICE-KIND-UNKNOWN", "MEDIUM", "Error Handling", "Unhandled KeyError for Unknown Splice Types",
              "Validate `kind` before the price lookup.", sd=-2, n=3),
            F("CANCEL-ANY-STATUS", "MEDIUM", "Logic Error", "Completed Orders Can Be Cancelled",
              "Check the order status before cancelling.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module is large; consider splitting routes into blueprints."}),
            F("CERT-SEQ-RACE", "MEDIUM", "Race Condition", "Race Condition in Certificate Numbering",
              "Use a lock or a database sequence.", sd=-2, n=3),
            F("REPORT-SKIPS-FIRST", "MEDIUM", "Logic Error", "First Test Sample Ignored in Report",
              "Iterate over all loads.", sd=-2, n=3),
            F("QUEUE-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size in Works Queue",
              "Cap the page size."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ROPES-SQLI-FIBRE", "high", "security", "sql injection in /ropes", "use ? params"),
            F("CUST-SIG-TIMING", "low", "security", "non constant time signature compare", "hmac.compare_digest"),
            F("SPLICE-IDOR", "high", "security", "order detail not scoped to customer", "filter by customer"),
            F("CERT-PATH-TRAVERSAL", "high", "security", "path traversal in certificate download", "send_from_directory",
              d=+1),
            F("TAG-COPIES-INJECTION", "medium", "security", "copies goes into shell unchecked", "int() it", d=+1, sd=0),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load is unsafe", "safe_load"),
            F("EXPORT-NO-AUTH", "high", "security", "csv export needs auth", "works_only"),
            F("DEBUG-ON", "medium", "security", "debug=True", "turn it off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TEST-UNIT-INVERTED", "high", "", "kgf->kN conversion wrong way round", "divide by 101.97"),
            F("TEST-PASS-BOUNDARY", "low", "bug", "exact rated load counts as fail", ">=", d=+1, sd=0),
            F("SPLICE-QTY-NEGATIVE", "medium", "bug", "quantity can be negative", "validate"),
            F("REPORT-EMPTY-DIV", "low", "bug", "report crashes with no tests", "guard len(loads) == 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: customer signature check can be skipped.
        2. Injection: SQL in the rope list, shell in tag printing, YAML import.
        3. Access control: order details and certificates.
        4. Calculation errors in load tests and reports.
        5. Thread-safety of the in-memory counters.
        6. Refund logic on cancellation.
        """,
        Block([
            F("CUST-FAILS-OPEN", "blocker", "security", "Signature verification disabled when secret missing",
              "Require ROPEWALK_ORDER_SECRET.", conf=0.85),
            F("ROPES-SQLI-FIBRE", "blocker", "security", "SQL injection in list_ropes (fibre)", "Use parameters.", conf=0.9),
            F("ROPES-SQLI-SORT", "major", "security", "Unvalidated sort parameter used in ORDER BY",
              "Whitelist sortable columns.", d=-2, conf=0.8),
            F("SPLICE-IDOR", "major", "security", "Missing ownership check on splice detail", "Filter by customer.", conf=0.8),
            F("CERT-PATH-TRAVERSAL", "blocker", "security", "Directory traversal in certificate endpoint",
              "Validate file name.", conf=0.85),
            F("TAG-SHELL-NOTE", "major", "security", "OS command injection through note field", "Avoid shell=True.",
              conf=0.8),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.9),
            F("BENCH-LOST-UPDATE", "major", "concurrency", "Race condition on bench minutes dictionary",
              "Use the existing lock.", d=+1, conf=0.7),
            F("CERT-SEQ-RACE", "major", "concurrency", "Non-atomic certificate counter", "Protect with a lock.", d=-1,
              conf=0.7),
            F("SPLICE-QTY-NEGATIVE", "minor", "correctness", "Quantity accepted without validation",
              "Validate range.", conf=0.7),
            F("TEST-UNIT-INVERTED", "major", "correctness", "Wrong conversion factor direction (kgf to kN)",
              "Divide instead of multiply.", conf=0.85),
            F("CANCEL-DEPOSIT-REFUNDED", "major", "correctness", "Full refund ignores the retained deposit",
              "Deduct the 30 % deposit from the refund.", d=+1, conf=0.7),
            F("REPORT-SKIPS-FIRST", "major", "correctness", "Off-by-one in load summation loop", "Start at 0.", conf=0.8),
            F("REPORT-WEAKEST-DROPS-LAST", "minor", "correctness", "Weakest-load calculation excludes last sample",
              "Use min(loads).", d=+1, conf=0.6),
            F("QUEUE-PAGE-OFFSET", "minor", "correctness", "Pagination offset off by one page", "Use (page - 1).",
              conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 9 major, 3 minor"),
    ]),
}

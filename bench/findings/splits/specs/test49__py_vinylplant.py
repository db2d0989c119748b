"""test49/py-vinylplant: a vinyl pressing plant's order desk (Python, Flask + SQLite). Frozen test split; labels
next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test49: seeded problems in a small vinyl pressing plant desk (lacquer orders, test "
    "pressings, the press queue, shipping); five agents' answers written by hand."
)

A = "plant/app.py"
PROBLEMS = {
    "FLOOR-KEY-FAILS-OPEN": P(A, 'if request.headers.get("X-Floor-Key", "") != FLOOR_KEY:', "security",
                              "FLOOR_KEY defaults to '' and a missing header defaults to '': with the variable unset every floor route is open"),
    "FLOOR-KEY-TIMING": P(A, 'if request.headers.get("X-Floor-Key", "") != FLOOR_KEY:', "security",
                          "floor key compared with != instead of hmac.compare_digest: timing side channel"),
    "CUSTOMER-HEADER-SPOOF": P(A, 'return request.headers.get("X-Customer-Id")', "security",
                               "customer identity taken from a client header: anyone can act as any customer (None when absent)",
                               "signature-vs-statement"),
    "LACQUER-COUNT-FLOOR": P(A, "lacquers = sides // 2", "bug",
                             "floor division: an odd side count (1, 3) is charged one lacquer too few", "off-by-one"),
    "WEIGHT-KEYERROR": P(A, "per_copy = BASE_CENTS + WEIGHT_SURCHARGE[weight]", "bug",
                         "/quote passes the weight unchecked: an unknown weight raises KeyError (500)"),
    "STATS-RACE": P(A, '_stats["copies"] += copies', "bug",
                    "order/copy counters updated from request threads without a lock: lost updates, wrong totals",
                    "critical-section"),
    "ORDERS-PAGE-SKIP": P(A, "offset = page * PAGE_SIZE", "bug",
                          "page is 1-based but offset = page * size: the first page of orders is never listed", "off-by-one"),
    "ORDERS-SORT-SQLI": P(A, "ORDER BY {sort} DESC LIMIT ? OFFSET ?", "security",
                          "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "ORDER-IDOR": P(A, 'row = db.execute("SELECT * FROM orders WHERE id = ?"', "security",
                    "order detail has no authentication or owner check: any order readable by id",
                    "signature-vs-statement"),
    "ORDER-ALL-COLUMNS": P(A, "return jsonify(dict(row))", "security",
                           "SELECT * returned whole: master path on the server, customer id and internal price leak"),
    "MASTER-PATH-TRAVERSAL": P(A, "path = os.path.join(MASTERS_DIR, str(order_id), name)", "security",
                               "form name (or upload filename) joined into the masters path: ../ writes anywhere",
                               "source-vs-sink"),
    "MASTER-NO-OWNER": P(A, "UPDATE orders SET master = ?, master_sha = ?", "security",
                         "extra, one agent: any caller replaces any order's master, even after it was cut"),
    "CUT-NULL-MASTER": P(A, 'cmd = f"cutctl --rpm {rpm}', "bug",
                         "unknown order (row None) or no master yet (NULL): TypeError, 500 instead of 404/409"),
    "CUT-RPM-INJECTION": P(A, "subprocess.run(cmd, shell=True, check=False)", "security",
                           "rpm form value unquoted in a shell command: command injection", "source-vs-sink"),
    "CUT-FAILURE-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                             "check=False and no return code check: the order is marked cut when cutctl failed"),
    "TEST-VERDICT-NO-OWNER": P(A, 'row = db.execute("SELECT rounds, status FROM orders WHERE id = ?"', "security",
                               "test-pressing verdict has no authentication or owner check: anyone approves anyone's pressing",
                               "signature-vs-statement"),
    "TEST-VERDICT-ANY-STRING": P(A, 'if verdict != "reject":', "bug",
                                 "any verdict other than exactly 'reject' (typo, null, missing) approves the full run"),
    "TEST-ROUNDS-OFF-BY-ONE": P(A, 'elif row["rounds"] > MAX_TEST_ROUNDS:', "bug",
                                "> instead of >=: a fourth re-cut is allowed past MAX_TEST_ROUNDS", "off-by-one"),
    "PRESS-NEGATIVE-COPIES": P(A, 'copies = int(request.form["copies"])', "bug",
                               "copies not validated: zero or negative copies free capacity on the press"),
    "PRESS-OVERBOOK-RACE": P(A, "if load + copies > PRESS_CAPACITY:", "bug",
                             "read-check-write of _press_load without _press_lock: concurrent queueing overbooks the press",
                             "critical-section"),
    "SHIP-NOT-APPROVED": P(A, 'SELECT copies, title, status FROM orders WHERE id = ?', "bug",
                           "status fetched but never checked: orders whose test pressing is not approved get shipped"),
    "SHIP-BOX-FLOOR": P(A, 'boxes = order["copies"] // PER_BOX', "bug",
                        "floor division: the last partial box is never labelled or shipped", "off-by-one"),
    "TRACK-SSRF": P(A, "with urllib.request.urlopen(", "security",
                    "carrier query value used as the URL base: server-side request forgery", "source-vs-sink"),
    "ERROR-HTTP-500": P(A, "@app.errorhandler(Exception)", "bug",
                        "handler for Exception also catches HTTPException: abort(401)/abort(404) answer 500"),
    "ERROR-LEAK": P(A, "return jsonify(error=str(exc), kind=type(exc).__name__), 500", "security",
                    "exception text and type returned to the client"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8040, debug=True)', "security",
                  "debug=True on all interfaces: the Werkzeug debugger allows code execution"),
}

CONFUSABLE = [
    ("FLOOR-KEY-FAILS-OPEN", "FLOOR-KEY-TIMING"),
    ("LACQUER-COUNT-FLOOR", "WEIGHT-KEYERROR"),
    ("ORDERS-PAGE-SKIP", "ORDERS-SORT-SQLI"),
    ("ORDER-IDOR", "ORDER-ALL-COLUMNS"),
    ("CUT-RPM-INJECTION", "CUT-FAILURE-IGNORED"),
    ("CUT-NULL-MASTER", "CUT-FAILURE-IGNORED"),
    ("TEST-VERDICT-NO-OWNER", "TEST-VERDICT-ANY-STRING"),
    ("TEST-VERDICT-ANY-STRING", "TEST-ROUNDS-OFF-BY-ONE"),
    ("PRESS-NEGATIVE-COPIES", "PRESS-OVERBOOK-RACE"),
    ("SHIP-NOT-APPROVED", "SHIP-BOX-FLOOR"),
    ("ERROR-HTTP-500", "ERROR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `plant/app.py`

        The plant desk is one Flask module with three kinds of caller: customers (identified only by a forwarded
        header), the office (`office_only`) and the pressing floor (`floor_key`). `office_only` is done right: it
        fails closed when `OFFICE_KEY` is unset and uses `hmac.compare_digest`. `floor_key` does neither, and the
        customer routes have no real identity at all, which is the root of most of the access-control findings.

        | Priority | Area | Finding |
        |---|---|---|
        | P0 | floor | `floor_key` fails open, lacquer cut shells out with a request value |
        | P0 | customer | any order and any test pressing can be read or decided by anyone |
        | P1 | office | `ORDER BY` injection, SSRF on tracking |
        | P1 | data | press overbooking race, box and lacquer arithmetic |
        | P2 | misc | error handler leaks, stats counters |

        Things I checked and consider fine: `office_only`, `send_from_directory` for label art, the parameterised
        queries everywhere except `list_orders`, the `lp` call (argument list, no shell), the master checksum
        (`with open` + sha256), `close_db`.
        """,
        Block([
            F("FLOOR-KEY-FAILS-OPEN", "critical", "security", "`floor_key` accepts every request when `FLOOR_KEY` is unset",
              "Refuse to start (or reject every request) when `FLOOR_KEY` is empty, like `office_only` does.",
              symbol="floor_key.wrapper", conf=0.9),
            F("FLOOR-KEY-TIMING", "low", "security", "Floor key compared with `!=`",
              "Use `hmac.compare_digest(given, FLOOR_KEY)`.", symbol="floor_key.wrapper", conf=0.6),
            F("CUT-RPM-INJECTION", "critical", "security", "Shell injection through the `rpm` form field in `cut_lacquer`",
              "Validate `rpm` against {\"33\", \"45\"} and call `subprocess.run([\"cutctl\", \"--rpm\", rpm, ...])` without a shell. The master path is already `shlex.quote`d; `rpm` is not.",
              symbol="cut_lacquer", conf=0.95),
            F("CUT-FAILURE-IGNORED", "medium", "bug", "Order is marked `cut` even when `cutctl` fails",
              "Use `check=True` (or test `returncode`) before the status update.", symbol="cut_lacquer", conf=0.8),
            F("CUSTOMER-HEADER-SPOOF", "high", "security", "Customer identity is a client-supplied header",
              "Verify a signed session or token from the shop site instead of trusting `X-Customer-Id`; reject requests without it.",
              symbol="current_customer", conf=0.85),
            F("ORDER-IDOR", "high", "security", "Any order can be read by id",
              "Filter by the authenticated customer (`WHERE id = ? AND customer = ?`).", symbol="order_detail", conf=0.85),
            F("TEST-VERDICT-NO-OWNER", "high", "security", "Anyone can approve or reject any test pressing",
              "Require the owning customer before accepting a verdict.", symbol="test_verdict", conf=0.85),
            F("MASTER-PATH-TRAVERSAL", "high", "security", "Path traversal in master upload via `name`",
              "Use `secure_filename` or a generated name and check the resolved path stays under `MASTERS_DIR`.",
              symbol="upload_master", conf=0.9),
            F("MASTER-NO-OWNER", "medium", "security", "Master can be replaced on any order, at any stage",
              "Check ownership and refuse uploads once the order is `cut` or later.", symbol="upload_master", conf=0.7),
        ]),
        "The remaining findings are about correctness and the office-only routes:",
        Block([
            F("ORDERS-SORT-SQLI", "high", "security", "`sort` is interpolated into the ORDER BY clause",
              "Map `sort` through an allow-list of column names.", symbol="list_orders", conf=0.9),
            F("TRACK-SSRF", "high", "security", "Tracking fetches a caller-chosen URL",
              "Keep the carrier base URL in configuration; never take it from the query string.",
              symbol="track_shipment", conf=0.85),
            F("PRESS-OVERBOOK-RACE", "medium", "bug", "Press capacity check is not atomic",
              "Do the read, check and write under `_press_lock` (as `press_load` already does for reading).",
              symbol="queue_on_press", conf=0.8),
            F("STATS-RACE", "low", "bug", "Unsynchronised `_stats` counters",
              "Increment under a lock or count from the database.", symbol="create_order", conf=0.6),
            F("TEST-ROUNDS-OFF-BY-ONE", "medium", "bug", "Test-round limit allows one round too many",
              "Use `>=`: with `rounds` counting re-cuts already made, `>` permits a fourth.", symbol="test_verdict", conf=0.75),
            F("LACQUER-COUNT-FLOOR", "medium", "bug", "Quote undercharges lacquers for odd side counts",
              "`lacquers = (sides + 1) // 2`.", symbol="quote", conf=0.8),
            F("SHIP-BOX-FLOOR", "medium", "bug", "Shipment drops the last partial box",
              "`boxes = -(-order[\"copies\"] // PER_BOX)`.", symbol="create_shipment", conf=0.8),
            F("ERROR-LEAK", "low", "security", "Error handler returns exception messages",
              "Log the exception and return a generic message.", symbol="on_error", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ORDERS-SORT-SQLI", "high", "security", "SQL injection via ?sort in GET /orders",
              "allow-list columns", d=-2),
            F("CUT-RPM-INJECTION", "critical", "security", "Command injection: rpm form field reaches shell=True",
              "argv list, validate rpm", d=-2),
            F("MASTER-PATH-TRAVERSAL", "high", "security", "Upload name not sanitised (path traversal)",
              "secure_filename", d=-1),
            F("ORDER-IDOR", "high", "security", "GET /orders/<id> returns any order (no auth)",
              "check owner", d=-2),
            F("TEST-VERDICT-NO-OWNER", "high", "security", "POST /tests/<id>/verdict unauthenticated",
              "require customer auth + ownership", d=-2),
            F("FLOOR-KEY-FAILS-OPEN", "high", "security", "Empty FLOOR_KEY disables floor auth",
              "fail closed"),
            F("ORDERS-PAGE-SKIP", "medium", "bug", "Pagination skips first page (page defaults to 1, offset = page*size)",
              "(page-1)*PAGE_SIZE", d=-1),
            F("PRESS-OVERBOOK-RACE", "medium", "bug", "Lost update on _press_load (no lock)",
              "hold _press_lock", d=-1),
            F("PRESS-NEGATIVE-COPIES", "medium", "bug", "Negative copies accepted on press queue",
              "require copies > 0"),
            F("TEST-ROUNDS-OFF-BY-ONE", "low", "bug", "rounds > MAX_TEST_ROUNDS should be >=",
              ">="),
            F("SHIP-NOT-APPROVED", "medium", "bug", "Shipment ignores order status",
              "require status == 'pressed'/'approved'"),
            F("WEIGHT-KEYERROR", "low", "bug", "GET /quote: unknown weight -> KeyError 500",
              "validate weight"),
            F("ERROR-HTTP-500", "medium", "bug", "errorhandler(Exception) turns abort(401/404) into 500",
              "handle HTTPException separately"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the pressing-plant application in `plant/app.py`. It is a Flask service covering
        quotes, lacquer orders, master uploads, lacquer cutting, customer test-pressing verdicts, the press queue,
        shipping and tracking.

        **Overall assessment**

        The application has several serious security weaknesses. Authentication for the pressing floor can be
        bypassed entirely, two endpoints pass user input to the operating system or the network, and customer
        data is exposed without authorization. There are also a number of logic and concurrency problems in the
        order and press-queue handling.

        **Security findings**
        """,
        Block([
            F("FLOOR-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Floor Key Check Bypassed When Not Configured",
              "Reject all requests if FLOOR_KEY is empty and use a constant-time comparison.",
              n=3, sd=-2,
              desc="When FLOOR_KEY is not set in the environment it defaults to an empty string, and a request without the header also yields an empty string, so the comparison succeeds."),
            F("CUT-RPM-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Lacquer Cutting",
              "Pass an argument list to subprocess.run and validate rpm.", n=3, sd=-2),
            F("ORDERS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Order Listing Sort Parameter",
              "Use a whitelist for sortable columns.", n=3, sd=-2),
            F("MASTER-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Master Upload Name",
              "Sanitize the filename with werkzeug.utils.secure_filename.", d=+2, n=3, sd=0,
              desc="The name is taken from the form or the uploaded filename and saved without validation."),
            F("TRACK-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF via the carrier Parameter",
              "Do not allow the client to choose the upstream host.", d=-2, n=3, sd=-2),
            F("CUSTOMER-HEADER-SPOOF", "HIGH", "Broken Authentication", "Customer Identity Trusted From Request Header",
              "Authenticate customers with a verifiable token.", d=-2, n=3, sd=-2),
            F("ORDER-ALL-COLUMNS", "MEDIUM", "Information Disclosure", "Order Details Expose Internal Fields",
              "Return an explicit set of public fields.", n=3, sd=-2),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message.", n=3, sd=-2),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled on All Interfaces",
              "Disable debug mode in production.", n=2, sd=-1),
        ], wrap="list"),
        """
        **Logic and concurrency findings**
        """,
        Block([
            F("PRESS-OVERBOOK-RACE", "MEDIUM", "Race Condition", "Press Capacity Can Be Exceeded Under Concurrent Requests",
              "Perform the check and the update while holding _press_lock.", d=+2, n=3, sd=0),
            F("STATS-RACE", "LOW", "Race Condition", "Non-Atomic Statistics Counters",
              "Protect the counters with a lock.", d=-1, n=3, sd=-3),
            F("LACQUER-COUNT-FLOOR", "MEDIUM", "Logic Error", "Incorrect Lacquer Count for Odd Number of Sides",
              "Round up when computing the number of lacquers.", d=+2, n=3, sd=0),
            F("TEST-VERDICT-ANY-STRING", "MEDIUM", "Logic Error", "Unrecognized Verdicts Approve the Test Pressing",
              "Accept only 'approve' and 'reject' and return 400 otherwise.", n=3, sd=-2),
            F("CUT-NULL-MASTER", "LOW", "Error Handling", "Missing Order or Master Causes Unhandled Exception",
              "Return 404 when the order does not exist and 409 when no master has been uploaded.", n=3, sd=-2),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and business logic; consider splitting it into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ORDERS-SORT-SQLI", "error", "security", "sql injection through sort", "whitelist columns"),
            F("CUT-RPM-INJECTION", "error", "security", "shell injection in cut (rpm)", "no shell, validate rpm", d=-1),
            F("MASTER-PATH-TRAVERSAL", "error", "security", "path traversal on master upload", "secure_filename"),
            F("DEBUG-ON", "warning", "security", "debug server on 0.0.0.0", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PRESS-OVERBOOK-RACE", "warning", "", "press queue not locked, can overbook", "use _press_lock"),
            F("SHIP-BOX-FLOOR", "warning", "bug", "last partial box not shipped", "round up"),
            F("TEST-ROUNDS-OFF-BY-ONE", "info", "bug", "one extra test round allowed", ">="),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: floor key fails open; customer identity is spoofable.
        2. Injection: SQL (sort), shell (rpm), path traversal (master upload).
        3. Authorization: order details and verdicts are not checked against the customer.
        4. Concurrency: unprotected shared state (press load, stats).
        5. Correctness: pagination, test rounds, boxes, verdict handling, quotes.
        6. Error handling: generic handler leaks details and breaks HTTP errors.
        """,
        Block([
            F("FLOOR-KEY-FAILS-OPEN", "blocker", "security", "Floor authentication bypass with empty FLOOR_KEY",
              "Fail closed when the key is not configured.", conf=0.9),
            F("FLOOR-KEY-TIMING", "minor", "security", "Non-constant-time comparison of the floor key",
              "Use hmac.compare_digest.", conf=0.6),
            F("ORDERS-SORT-SQLI", "blocker", "security", "SQL injection via sort parameter",
              "Validate the sort column.", conf=0.9),
            F("CUT-RPM-INJECTION", "blocker", "security", "Command injection in lacquer cutting",
              "Avoid shell=True.", d=-1, conf=0.9),
            F("CUT-FAILURE-IGNORED", "major", "reliability", "cutctl failure is not detected",
              "Check the return code before marking the order as cut.", d=-1, conf=0.7),
            F("MASTER-PATH-TRAVERSAL", "major", "security", "Path traversal in master upload",
              "Sanitize the name.", conf=0.85),
            F("ORDER-IDOR", "major", "security", "Missing authorization on order detail",
              "Check the order belongs to the caller.", conf=0.8),
            F("ORDER-ALL-COLUMNS", "minor", "security", "Order detail returns all database columns",
              "Select only public columns.", conf=0.6),
            F("PRESS-OVERBOOK-RACE", "major", "concurrency", "Race condition on press load",
              "Use _press_lock around check and update.", d=-1, conf=0.8),
            F("PRESS-NEGATIVE-COPIES", "major", "correctness", "Negative copies reduce the press load",
              "Validate copies > 0.", conf=0.75),
            F("STATS-RACE", "minor", "concurrency", "Statistics counters are not thread-safe",
              "Use a lock.", conf=0.6),
            F("ORDERS-PAGE-SKIP", "major", "correctness", "Off-by-one in pagination offset",
              "Use (page - 1) * PAGE_SIZE.", conf=0.8),
            F("TEST-VERDICT-ANY-STRING", "major", "correctness", "Any verdict other than 'reject' approves",
              "Validate verdict values.", conf=0.75),
            F("TEST-ROUNDS-OFF-BY-ONE", "minor", "correctness", "Test round limit check off by one",
              "Use >= MAX_TEST_ROUNDS.", d=+1, conf=0.7),
            F("SHIP-BOX-FLOOR", "major", "correctness", "Box count ignores remainder copies",
              "Use ceiling division.", d=+1, conf=0.8),
            F("SHIP-NOT-APPROVED", "minor", "correctness", "Shipment created regardless of order status",
              "Check status before shipping.", conf=0.6),
            F("ERROR-HTTP-500", "major", "reliability", "Generic error handler converts HTTP errors to 500",
              "Register the handler for non-HTTP exceptions only.", conf=0.7),
            F("ERROR-LEAK", "minor", "security", "Exception messages exposed in responses",
              "Return generic errors.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 9 major, 6 minor"),
    ]),
}

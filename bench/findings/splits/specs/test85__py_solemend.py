"""test85/py-solemend: a cobbler's shoe-repair tickets (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test85: seeded problems in a cobbler's repair-ticket service; five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "COUNTER-KEY-FAILS-OPEN": P(A, 'if COUNTER_KEY and request.headers.get("X-Counter-Key") != COUNTER_KEY:', "security",
                                "counter_staff lets every request through when COUNTER_KEY is unset (the default)",
                                "signature-vs-statement"),
    "COUNTER-KEY-TIMING": P(A, 'if COUNTER_KEY and request.headers.get("X-Counter-Key") != COUNTER_KEY:', "security",
                            "counter key compared with != (not constant time), unlike owner_only's compare_digest"),
    "QUOTE-UNKNOWN-SERVICE": P(A, "total += SERVICE_PRICES[name]", "bug",
                               "an unknown service name raises KeyError: 500 instead of 400"),
    "STORAGE-FEE-EXTRA-DAY": P(A, "return (age - FREE_DAYS + 1) * DAILY_FEE", "bug",
                               "+ 1 charges one day more than the days past FREE_DAYS (day 31 pays two days)", "off-by-one"),
    "SHELF-OVERFLOW": P(A, "if len(_shelf) > SHELF_SIZE:", "bug",
                        "> instead of >=: with all 40 slots taken the check passes and next() raises StopIteration",
                        "off-by-one"),
    "PAIRS-UNCHECKED": P(A, 'pairs = int(body.get("pairs", 1))', "bug",
                         "pairs not checked to be >= 1: zero or negative pairs give a zero or negative price"),
    "TICKET-NUMBER-RACE": P(A, '_next_ticket["n"] = n', "bug",
                            "read-increment-write of the ticket counter without a lock: two tickets get the same number",
                            "critical-section"),
    "TICKET-DETAIL-NO-AUTH": P(A, 'row = get_db().execute("SELECT * FROM tickets WHERE no = ?", (no,)).fetchone()',
                               "security", "GET /tickets/<no> has no counter_staff: sequential numbers, anyone can read tickets",
                               "signature-vs-statement", nth=0),
    "TICKET-DETAIL-OVERSHARE": P(A, "return jsonify(dict(row))", "security",
                                 "returns every column (phone, deposit, paid) rather than the fields a customer needs"),
    "SEARCH-SQLI-Q": P(A, "WHERE customer LIKE '%{q}%'", "security",
                       "q formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(A, 'f"ORDER BY {sort} LIMIT {size} OFFSET {offset}"', "security",
                          "sort formatted into ORDER BY: SQL injection (cannot be bound, needs an allow-list)",
                          "source-vs-sink"),
    "SEARCH-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                            "page is 1-based but offset = page * size: page 1 skips the first size rows", "off-by-one"),
    "SEARCH-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance",
                               "size has no upper bound: one request can pull the whole ticket table"),
    "STATUS-ANY-VALUE": P(A, "UPDATE tickets SET status = ?, ready_on = date('now')", "bug",
                          "any status string is stored, including moving a collected ticket back to open"),
    "READY-ON-RESET": P(A, "UPDATE tickets SET status = ?, ready_on = date('now')", "bug",
                        "ready_on is re-stamped on every status change, not only on ready: the storage-fee clock restarts"),
    "SMS-SHELL-INJECTION": P(A, 'subprocess.run(f"sms-send', "security",
                             "customer name and phone from the ticket go into a shell command line", "source-vs-sink"),
    "SMS-EXIT-IGNORED": P(A, 'subprocess.run(f"sms-send', "bug",
                          "check=False and no timeout: a failed or hung text is never noticed"),
    "COLLECT-DOUBLE": P(A, 'if row is None or row["status"] == "collected":', "bug",
                        "status checked then updated without a transaction or conditional UPDATE: two clerks both collect and charge",
                        "critical-section"),
    "READY-ON-NONE": P(A, 'fee = storage_fee(dt.date.fromisoformat(row["ready_on"])', "bug",
                       "a ticket never marked ready has ready_on NULL: fromisoformat(None) raises, collect answers 500"),
    "BALANCE-NEGATIVE": P(A, 'balance = row["price"] - row["deposit"] + fee', "bug",
                          "a deposit larger than the price gives a negative balance that is stored as paid"),
    "SHELF-UNLOCKED-RELEASE": P(A, "del _shelf[slot]", "bug",
                                "_shelf mutated in collect without _shelf_lock while take_slot reads it under the lock",
                                "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR, str(no), f.filename)", "security",
                         "client filename joined unsanitised: ../ writes outside the photo directory"),
    "PHOTO-ANY-TYPE": P(A, "f.save(dest)", "security",
                        "any file type is saved (no extension or content-type check), and an existing file is overwritten"),
    "RECEIPT-COPIES-INJECTION": P(A, 'subprocess.run(f"lp -n {copies} {path}"', "security",
                                  "copies query value formatted into a shell command", "source-vs-sink"),
    "BOARD-CACHE-RACE": P(A, '_board_cache["rows"] = [f"', "bug",
                          "board cache refilled without a lock: concurrent misses all query, rows and at written apart",
                          "critical-section"),
    "BOARD-NAMES-PUBLIC": P(A, '_board_cache["rows"] = [f"', "security",
                            "the public, unauthenticated board lists customers' full names next to ticket numbers"),
    "ERROR-SWALLOWS-HTTP": P(A, 'return jsonify({"error": str(exc)', "bug",
                             "errorhandler(Exception) also catches HTTPException: every abort(404/401/409) becomes 500"),
    "ERROR-LEAKS": P(A, 'return jsonify({"error": str(exc)', "security",
                     "exception text and type returned to the client (SQL errors, paths)"),
}

CONFUSABLE = [
    ("COUNTER-KEY-FAILS-OPEN", "COUNTER-KEY-TIMING"),
    ("PAIRS-UNCHECKED", "TICKET-NUMBER-RACE"),
    ("TICKET-DETAIL-NO-AUTH", "TICKET-DETAIL-OVERSHARE"),
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-SORT"),
    ("SEARCH-PAGE-OFFSET", "SEARCH-SIZE-UNBOUNDED"),
    ("STATUS-ANY-VALUE", "READY-ON-RESET"),
    ("SMS-SHELL-INJECTION", "SMS-EXIT-IGNORED"),
    ("COLLECT-DOUBLE", "READY-ON-NONE"),
    ("READY-ON-NONE", "BALANCE-NEGATIVE"),
    ("COLLECT-DOUBLE", "BALANCE-NEGATIVE"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("BOARD-CACHE-RACE", "BOARD-NAMES-PUBLIC"),
    ("ERROR-SWALLOWS-HTTP", "ERROR-LEAKS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `app.py` is a single Flask module for the repair counter: tickets, shelf slots, ready texts, collection
        with a storage fee, photos, receipts and a public "ready" board. The counter-side routes lean on one
        decorator, and that decorator is the weakest point: with `COUNTER_KEY` unset (the default) it lets
        everything through.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | auth | `counter_staff` fails open; `/tickets/<no>` has no decorator at all |
        | 2 | injection | `/tickets/search` builds SQL with `q` and `sort`; `sms-send` and `lp` run through a shell |
        | 3 | money | storage fee charges a day too many; collect can run twice; negative balances |
        | 4 | concurrency | ticket counter, `_shelf` in `collect`, the board cache |

        Done right and worth keeping: `owner_only` fails closed and uses `hmac.compare_digest`, `take_slot` holds
        `_shelf_lock`, `/photos/<no>/<name>` goes through `send_from_directory`, `/admin/prices` uses
        `yaml.safe_load` and validates every price, and every query except the search one is parameterised.
        """,
        Block([
            F("COUNTER-KEY-FAILS-OPEN", "high", "security", "`counter_staff` allows every request when `COUNTER_KEY` is unset",
              "Fail closed: `if not COUNTER_KEY or not hmac.compare_digest(request.headers.get(\"X-Counter-Key\", \"\"), COUNTER_KEY): abort(401)`, as `owner_only` already does.",
              symbol="counter_staff.wrapper", conf=0.9),
            F("COUNTER-KEY-TIMING", "low", "security", "Counter key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest` for the header check.", symbol="counter_staff.wrapper", conf=0.6),
            F("TICKET-DETAIL-NO-AUTH", "high", "security", "`GET /tickets/<no>` is unauthenticated and ticket numbers are sequential",
              "Add `@counter_staff`, or give customers a random claim token and look tickets up by it.",
              symbol="ticket_detail", conf=0.85),
            F("TICKET-DETAIL-OVERSHARE", "medium", "security", "Ticket detail returns every column, phone number included",
              "Return an explicit projection (number, status, services, price) instead of `dict(row)`.",
              symbol="ticket_detail", conf=0.65),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through `q` in `/tickets/search`",
              "Bind it: `WHERE customer LIKE ?` with `(f\"%{q}%\",)`.", symbol="search_tickets", conf=0.95),
            F("SEARCH-SQLI-SORT", "critical", "security", "SQL injection through `sort` in the ORDER BY clause",
              "Map `sort` through an allow-list of column names; identifiers cannot be bound.",
              symbol="search_tickets", conf=0.9),
            F("SMS-SHELL-INJECTION", "high", "security", "Ready text is sent through a shell with the customer's name in it",
              "Call `subprocess.run([\"sms-send\", row[\"phone\"], msg], check=True, timeout=10)` without `shell=True`; a name like `O'Brien` already breaks it.",
              symbol="set_status", conf=0.9),
            F("RECEIPT-COPIES-INJECTION", "high", "security", "`copies` from the query string reaches a shell in `print_receipt`",
              "Parse `copies` as an int in a small range and pass an argument list to `lp`.",
              symbol="print_receipt", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Upload path built from the client's filename",
              "Use `werkzeug.utils.secure_filename` (or a generated name) and check the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
        ]),
        """
        The remaining findings are correctness and concurrency problems in the ticket lifecycle:
        """,
        Block([
            F("STORAGE-FEE-EXTRA-DAY", "medium", "bug", "Storage fee counts one day too many",
              "`return (age - FREE_DAYS) * DAILY_FEE`; on day 31 the customer owes one day, not two.",
              symbol="storage_fee", conf=0.8),
            F("SHELF-OVERFLOW", "medium", "bug", "Shelf-full check is off by one and ends in `StopIteration`",
              "Use `>=`; with 40 slots taken the generator finds nothing and `next()` raises, which becomes a 500 after the ticket was already committed.",
              symbol="take_slot", conf=0.8),
            F("PAIRS-UNCHECKED", "medium", "bug", "`pairs` accepts zero and negative values",
              "Reject `pairs < 1` with 400 before quoting.", symbol="open_ticket", conf=0.7),
            F("TICKET-NUMBER-RACE", "high", "bug", "Ticket numbers are allocated with an unlocked read-modify-write",
              "Let SQLite allocate (`INTEGER PRIMARY KEY`) or hold a lock around the increment; two clerks can get the same number today.",
              d=-1, n=2, symbol="open_ticket", conf=0.85),
            F("SEARCH-PAGE-OFFSET", "low", "bug", "First page of search results is skipped",
              "`offset = (page - 1) * size` with `page >= 1` enforced.", symbol="search_tickets", conf=0.8),
            F("SEARCH-SIZE-UNBOUNDED", "low", "performance", "Search page size is unbounded",
              "Clamp `size` to e.g. 1..100.", symbol="search_tickets", conf=0.6),
            F("STATUS-ANY-VALUE", "medium", "bug", "`set_status` stores any status, including moving a collected ticket back",
              "Validate against the allowed transitions (open -> in_progress -> ready -> collected).",
              symbol="set_status", conf=0.75),
            F("COLLECT-DOUBLE", "high", "bug", "Collect is check-then-act: two requests can both collect and charge",
              "Do it in one statement: `UPDATE tickets SET status='collected', paid=? WHERE no=? AND status != 'collected'` and check `rowcount`.",
              d=-1, n=2, symbol="collect", conf=0.8),
            F("READY-ON-NONE", "medium", "bug", "Collecting a ticket that was never marked ready crashes",
              "Handle `ready_on IS NULL` (no fee, or refuse to collect) before `fromisoformat`.",
              symbol="collect", conf=0.75),
            F("BALANCE-NEGATIVE", "low", "bug", "Deposit larger than the price produces a negative balance",
              "Clamp at zero or record a refund explicitly; also validate the deposit when the ticket is opened.",
              symbol="collect", conf=0.6),
            F("SHELF-UNLOCKED-RELEASE", "medium", "bug", "`collect` frees shelf slots without `_shelf_lock`",
              "Wrap the loop in `with _shelf_lock:` like `take_slot`.", symbol="collect", conf=0.75),
            F("BOARD-CACHE-RACE", "low", "bug", "Board cache refreshed without synchronisation",
              "Guard the refresh with a lock (or swap in one tuple) so readers never see `rows` and `at` from different refreshes.",
              symbol="ready_board", conf=0.55),
            F("ERROR-SWALLOWS-HTTP", "medium", "bug", "The catch-all error handler turns every `abort()` into a 500",
              "Let `HTTPException` pass through (`if isinstance(exc, HTTPException): return exc`) and log the rest.",
              symbol="on_error", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection: q read from args and formatted into LIKE",
              "Bind the pattern.", d=-2),
            F("SEARCH-SQLI-SORT", "critical", "security", "SQL injection via sort (ORDER BY)", "Allow-list.", d=-2),
            F("SMS-SHELL-INJECTION", "high", "security", "shell=True sms-send with customer-controlled text",
              "argv list.", d=-1),
            F("RECEIPT-COPIES-INJECTION", "high", "security", "copies param -> shell in lp call", "int(copies); argv.",
              d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "Upload filename not sanitised (path traversal)", "secure_filename."),
            F("COUNTER-KEY-FAILS-OPEN", "high", "security", "counter_staff is a no-op when COUNTER_KEY is empty",
              "Fail closed.", d=-3),
            F("TICKET-DETAIL-NO-AUTH", "high", "security", "ticket_detail missing @counter_staff", "Add it.", d=-1),
            F("TICKET-NUMBER-RACE", "medium", "bug", "Non-atomic ticket counter", "Use the DB sequence."),
            F("SHELF-UNLOCKED-RELEASE", "medium", "bug", "_shelf iterated and mutated outside _shelf_lock",
              "Take the lock.", d=-2),
            F("SHELF-OVERFLOW", "medium", "bug", "take_slot: StopIteration when the shelf is exactly full",
              "len(_shelf) >= SHELF_SIZE.", d=+2),
            F("SEARCH-PAGE-OFFSET", "low", "bug", "page=1 returns the second page", "(page - 1) * size.", d=-2),
            F("STATUS-ANY-VALUE", "medium", "bug", "No validation of status value", "Enum of allowed statuses."),
            F("READY-ON-NONE", "medium", "bug", "collect() crashes when ready_on is NULL", "Guard None."),
            F("QUOTE-UNKNOWN-SERVICE", "low", "bug", "Unknown service -> KeyError -> 500", "400 on unknown names."),
            F("ERROR-LEAKS", "low", "security", "Error handler echoes exception text", "Generic message; log server-side."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Sole Mend application, a Flask service used at a cobbler's counter to manage
        repair tickets, shelf slots, customer notifications and collection payments.

        **Overall assessment**

        The application has several serious security weaknesses. The most important are the injection flaws in
        the search endpoint and in the two places where a shell command is built from data (the SMS
        notification and receipt printing), together with an authentication decorator that does nothing unless
        an environment variable is configured. There are also business-logic errors around fees and status
        handling.

        **Security findings**
        """,
        Block([
            F("SEARCH-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Search (q parameter)",
              "Use parameterized queries for the LIKE pattern.",
              desc="The `q` parameter is interpolated directly into the SQL string, allowing an attacker to read or modify the whole database."),
            F("SEARCH-SQLI-SORT", "CRITICAL", "SQL Injection", "SQL Injection via ORDER BY Clause",
              "Validate `sort` against a fixed set of column names.", sd=-2, n=3),
            F("SMS-SHELL-INJECTION", "HIGH", "Command Injection", "OS Command Injection in SMS Notification",
              "Avoid `shell=True` and pass arguments as a list."),
            F("RECEIPT-COPIES-INJECTION", "HIGH", "Command Injection", "OS Command Injection in Receipt Printing",
              "Validate `copies` as an integer.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the uploaded filename.", sd=-1, n=2),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type in Photo Upload",
              "Allow only image extensions and verify the content type.",
              desc="Any file, of any type and size up to the request limit, is stored, and existing files are silently overwritten."),
            F("COUNTER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When COUNTER_KEY Is Not Set",
              "Reject requests when the key is not configured.", d=-1, sd=-3, n=3),
            F("TICKET-DETAIL-NO-AUTH", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Ticket Details",
              "Require authentication for ticket lookups.", sd=-2, n=3),
            F("ERROR-LEAKS", "LOW", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message."),
        ], wrap="list"),
        """
        **Logic and reliability findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The application is a single 250-line module; consider splitting it into blueprints."}),
            F("STORAGE-FEE-EXTRA-DAY", "MEDIUM", "Logic Error", "Storage Fee Calculation Overcharges Customers",
              "Remove the `+ 1` from the fee formula.", d=-2),
            F("PAIRS-UNCHECKED", "MEDIUM", "Logic Error", "Negative Pair Count Produces Negative Price",
              "Validate that `pairs` is a positive integer."),
            F("TICKET-NUMBER-RACE", "MEDIUM", "Race Condition", "Race Condition in Ticket Number Generation",
              "Use a database sequence or a lock.", d=-1),
            F("READY-ON-RESET", "MEDIUM", "Logic Error", "Ready Date Overwritten on Every Status Change",
              "Only set `ready_on` when the new status is `ready`.",
              desc="Because `ready_on` is updated for every status, storage fees restart whenever staff change a ticket's status."),
            F("COLLECT-DOUBLE", "MEDIUM", "Race Condition", "Race Condition in Ticket Collection",
              "Use a conditional UPDATE inside a transaction.", d=-1),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Unsynchronized Cache Refresh for the Ready Board",
              "Protect the cache with a lock.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-Q", "error", "security", "sql injection in search (q)", "bind params"),
            F("SMS-SHELL-INJECTION", "error", "security", "shell injection in sms-send", "no shell=True"),
            F("PHOTO-TRAVERSAL", "error", "security", "upload filename path traversal", "secure_filename"),
            F("PHOTO-ANY-TYPE", "warning", "security", "any file type accepted on upload", "whitelist extensions"),
            F("TICKET-DETAIL-NO-AUTH", "warning", "security", "ticket detail has no auth", "add counter_staff"),
            F("BOARD-NAMES-PUBLIC", "warning", "security", "public board leaks customer names", "show ticket numbers only"),
            F("ERROR-LEAKS", "info", "security", "error text returned to client", "generic message"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("STATUS-ANY-VALUE", "warning", "", "status not validated", "check allowed values"),
            F("SMS-EXIT-IGNORED", "info", "bug", "sms failures ignored", "check=True + timeout"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the ticket search (two parameters).
        2. Command injection in SMS sending and receipt printing.
        3. Authentication weaknesses in `counter_staff` and the ticket detail endpoint.
        4. Thread-safety problems around the ticket counter, the shelf and the board cache.
        5. Fee, paging and balance calculation errors.
        """,
        Block([
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection in search_tickets via q",
              "Use placeholders.", conf=0.95),
            F("SEARCH-SQLI-SORT", "blocker", "security", "Unvalidated sort column used in ORDER BY",
              "Use an allow-list of columns.", conf=0.9),
            F("SMS-SHELL-INJECTION", "major", "security", "Command injection when sending the ready SMS",
              "Pass an argument list.", conf=0.85),
            F("SMS-EXIT-IGNORED", "minor", "reliability", "SMS sending result is not checked",
              "Check the return code and set a timeout.", conf=0.6),
            F("RECEIPT-COPIES-INJECTION", "major", "security", "Command injection through copies parameter",
              "Validate copies as an integer.", d=-1, conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize the filename.", conf=0.8),
            F("COUNTER-KEY-FAILS-OPEN", "major", "security", "Counter authentication disabled when key not configured",
              "Deny when COUNTER_KEY is empty.", conf=0.85),
            F("COUNTER-KEY-TIMING", "minor", "security", "Non constant-time comparison of the counter key",
              "Use hmac.compare_digest.", conf=0.55),
            F("TICKET-DETAIL-NO-AUTH", "major", "security", "Ticket details accessible without authentication",
              "Protect the route.", d=-1, conf=0.8),
            F("TICKET-DETAIL-OVERSHARE", "minor", "security", "Ticket detail exposes the customer's phone number",
              "Return only the needed fields.", d=-3, conf=0.6),
            F("TICKET-NUMBER-RACE", "major", "concurrency", "Ticket counter is not thread-safe",
              "Use a lock or the database.", conf=0.8),
            F("SHELF-UNLOCKED-RELEASE", "major", "concurrency", "Shelf dictionary modified without lock in collect",
              "Use _shelf_lock.", d=-1, conf=0.75),
            F("BOARD-CACHE-RACE", "minor", "performance", "Concurrent board cache misses each run the query",
              "Refresh the cache under a lock.", d=-1, conf=0.5),
            F("COLLECT-DOUBLE", "major", "correctness", "Ticket can be collected and charged twice",
              "Make the status check and update atomic.", d=+3, conf=0.7),
            F("BALANCE-NEGATIVE", "minor", "correctness", "Balance may become negative",
              "Validate the deposit.", conf=0.6),
            F("STORAGE-FEE-EXTRA-DAY", "major", "correctness", "Off-by-one in storage fee days",
              "Drop the + 1.", conf=0.8),
            F("SEARCH-PAGE-OFFSET", "minor", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", conf=0.75),
            F("SEARCH-SIZE-UNBOUNDED", "minor", "performance", "No maximum page size in search",
              "Cap size.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}

"""test82/py-signproof: a sign-writing workshop's commissions, proofs, installs and deposits (Python). Frozen test split.

Written 2026-12-06 by a helper session (issue 15, round 42, written at the start of round 41) that had not seen the
merger code, its results, its tuning data or any other split's answers or specs (only splits/README.md's general
sections and test37 section, the builders, tests/test_findings_splits.py, contract.py and specs/tune2__py_snapctl.py
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test82 (scored once, never tuned on): seeded problems in a small Flask + SQLite "
    "service for a sign-writing workshop; five agents' answers written by hand."
)

S = "signproof.py"
PROBLEMS = {
    "CLIENT-SECRET-DEFAULT": P(S, 'CLIENT_SECRET = os.environ.get("CLIENT_SECRET", "letterhead-dev")', "security",
                               "order tokens are HMACs under a hard-coded fallback secret when CLIENT_SECRET is unset"),
    "TOKEN-IN-QUERY": P(S, 'token = request.args.get("token")', "security",
                        "client order token accepted from the query string (logs, Referer, shared links)"),
    "TOKEN-FAILS-OPEN": P(S, "if token and token != expected:", "security",
                          "client_token fails open: a request with no token at all passes", "signature-vs-statement"),
    "TOKEN-TIMING": P(S, "if token and token != expected:", "security",
                      "order token compared with != instead of hmac.compare_digest (timing)"),
    "PROOF-PATH-TRAVERSAL": P(S, "return os.path.join(PROOF_DIR, str(order_id), name)", "security",
                              "proof_path joins an unchecked name: /proofs/<path:name> and /print reach any file",
                              "signature-vs-statement"),
    "SHEET-XSS-WORDING": P(S, "body = f\"<p class='wording'>", "security",
                           "proof sheet puts the client's wording into HTML unescaped (client name is escaped)",
                           "signature-vs-statement"),
    "SHEET-XSS-NOTES": P(S, "body = f\"<p class='wording'>", "security",
                         "proof sheet puts the order notes into HTML unescaped, same line as the wording"),
    "QUOTE-CACHE-UNBOUNDED": P(S, "_quote_cache[key] = letters * RATE_PER_LETTER[style]", "performance",
                               "quote cache keyed by arbitrary wording, never evicted: memory grows per request"),
    "SEARCH-SQLI-Q": P(S, "WHERE client LIKE '%{q}%' ORDER BY {sort}", "security",
                       "search term q formatted into the SQL string", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(S, "WHERE client LIKE '%{q}%' ORDER BY {sort}", "security",
                          "sort parameter formatted into ORDER BY, same line as q"),
    "ARTWORK-TRAVERSAL": P(S, "dest = os.path.join(ART_DIR, str(order_id), name)", "security",
                           "client artwork saved under a client-chosen name: ../ writes anywhere", "source-vs-sink"),
    "UPLOAD-UNBOUNDED": P(S, 'upload = request.files["artwork"]', "security",
                          "no MAX_CONTENT_LENGTH: uploads of any size are accepted into memory and disk"),
    "PROOF-NUMBER-RACE": P(S, '_proof_counter["issued"] = number', "bug",
                           "proof numbers read and written without _counter_lock: concurrent uploads get the same number",
                           "critical-section"),
    "REVISION-OBO": P(S, "fee = REVISION_FEE if next_proof >= FREE_PROOFS else 0", "bug",
                      ">= charges the third proof although the first three are free", "off-by-one"),
    "DEPOSIT-NEGATIVE": P(S, 'amount = int(request.form["amount"])', "bug",
                          "deposit amount not checked: zero or negative payments reduce what was paid"),
    "DEPOSIT-LOST-UPDATE": P(S, 'paid = row["paid"] + amount', "bug",
                             "paid read, added to and written back outside a transaction: concurrent payments are lost",
                             "critical-section"),
    "DEPOSIT-UNKNOWN-ORDER": P(S, 'paid = row["paid"] + amount', "bug",
                               "unknown order id: row is None and the handler crashes with a 500"),
    "INSTALL-WEEK-OBO": P(S, "for i in range(1, 7)]", "bug",
                          "week view starts the day after start and covers six days", "off-by-one"),
    "INSTALL-SIZE-UNBOUNDED": P(S, 'size = int(request.args.get("size", 20))', "performance",
                                "install list page size not capped (MAX_PAGE unused; -1 means no limit in SQLite)"),
    "INSTALL-DOUBLE-BOOK": P(S, 'db.execute("INSERT INTO installs', "bug",
                             "crew slot checked in _install_slots and set after the insert, without a lock: double bookings",
                             "critical-section"),
    "REFUND-OBO": P(S, 'refund = row["paid"] if days_left > 7 else 0', "bug",
                    "> 7 refuses the refund at exactly seven days although the rule says 7 or more", "off-by-one"),
    "DOUBLE-REFUND": P(S, "UPDATE orders SET status = 'cancelled', refunded", "bug",
                       "cancel never checks the status: cancelled or installed orders are refunded again"),
    "PRINT-INJECT-COPIES": P(S, 'subprocess.run(f"lp -n {copies} {sheet}"', "security",
                             "copies form value formatted into a shell command", "source-vs-sink"),
    "PRINT-INJECT-SHEET": P(S, 'subprocess.run(f"lp -n {copies} {sheet}"', "security",
                            "proof file name from the form reaches the same shell command unquoted"),
    "ERROR-LEAK": P(S, "return jsonify(error=str(cause)", "security",
                    "500 handler returns the exception text and type to the client"),
    "DEBUG-MODE": P(S, 'app.run(host="0.0.0.0", port=5080, debug=True)', "security",
                    "debug=True on all interfaces: Werkzeug debugger console"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "TOKEN-FAILS-OPEN"),
    ("TOKEN-FAILS-OPEN", "TOKEN-TIMING"),
    ("SHEET-XSS-WORDING", "SHEET-XSS-NOTES"),
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-SORT"),
    ("ARTWORK-TRAVERSAL", "UPLOAD-UNBOUNDED"),
    ("DEPOSIT-LOST-UPDATE", "DEPOSIT-UNKNOWN-ORDER"),
    ("DEPOSIT-NEGATIVE", "DEPOSIT-LOST-UPDATE"),
    ("DEPOSIT-NEGATIVE", "DEPOSIT-UNKNOWN-ORDER"),
    ("REFUND-OBO", "DOUBLE-REFUND"),
    ("PRINT-INJECT-COPIES", "PRINT-INJECT-SHEET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `signproof.py` is a single Flask module for a sign-writing workshop: quotes, commissions, client artwork,
        lettering proofs, deposits, install bookings and cancellation. The studio side is guarded well:
        `studio_only` fails closed when `STUDIO_KEY` is unset and uses `hmac.compare_digest`, the job counter in
        `create_order` is taken under `_counter_lock`, `add_proof` runs the file name through `secure_filename`,
        and every query apart from `/orders/search` binds its parameters. The client side is where it breaks.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `client_token` | a request without any token is let through |
        | P0 | `/orders/search`, `/print` | SQL and shell injection |
        | P0 | `proof_path`, `/artwork` | path traversal on read and write |
        | P1 | deposits, installs, proofs | read-modify-write races |
        | P1 | refunds and revision fees | boundary errors that cost the client or the workshop money |
        | P2 | config | debug server, fallback secret, leaked exceptions |

        Security first:
        """,
        Block([
            F("TOKEN-FAILS-OPEN", "critical", "security", "`client_token` lets requests without a token through",
              "Reject when the token is missing: `if not token or not hmac.compare_digest(token, expected): abort(403)`. Today every client route (sheet, artwork, proofs, revise, cancel) is open to anyone who can guess an order id.",
              symbol="client_token.wrapper", conf=0.95),
            F("TOKEN-TIMING", "medium", "security", "Order token compared with `!=`",
              "Use `hmac.compare_digest(token, expected)`, as `studio_only` already does for the studio key.",
              symbol="client_token.wrapper", conf=0.7),
            F("TOKEN-IN-QUERY", "low", "security", "Order token accepted in the query string",
              "Accept it only in `X-Client-Token`; query strings end up in access logs and Referer headers.",
              symbol="client_token.wrapper", conf=0.6),
            F("CLIENT-SECRET-DEFAULT", "high", "security", "`CLIENT_SECRET` falls back to a hard-coded value",
              "Refuse to start without `CLIENT_SECRET`; with the default anyone can compute `order_token(id)` for every order.",
              conf=0.85),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through `q` in `/orders/search`",
              "Bind it: `WHERE client LIKE ?` with `(f\"%{q}%\",)`.", symbol="search_orders", conf=0.95),
            F("SEARCH-SQLI-SORT", "high", "security", "SQL injection through `sort` in `/orders/search`",
              "ORDER BY cannot be bound; map `sort` through a whitelist of column names.", symbol="search_orders", conf=0.9),
            F("PRINT-INJECT-COPIES", "critical", "security", "Shell injection via `copies` in `/print`",
              "Parse `copies` as an int and call `subprocess.run([\"lp\", \"-n\", str(n), sheet], check=True)` without a shell.",
              symbol="print_proof", conf=0.9),
            F("PRINT-INJECT-SHEET", "high", "security", "Proof name reaches the same shell command unquoted",
              "With an argv list the name is one argument; also resolve it inside `PROOF_DIR` first.", symbol="print_proof", conf=0.75),
            F("PROOF-PATH-TRAVERSAL", "high", "security", "`proof_path` joins an untrusted name: any file can be downloaded",
              "Use `werkzeug.utils.safe_join(PROOF_DIR, str(order_id), name)` and 404 on `None`; `<path:name>` accepts `../`.",
              symbol="proof_path", conf=0.9),
            F("ARTWORK-TRAVERSAL", "high", "security", "Client-chosen file name in `/artwork` allows writing outside `ART_DIR`",
              "Run the name through `secure_filename`, as `add_proof` does.", symbol="upload_artwork", conf=0.9),
            F("SHEET-XSS-WORDING", "high", "security", "Stored XSS: sign wording rendered unescaped in the proof sheet",
              "Escape `order['wording']` like the client name on the line above, or render a template with autoescape.",
              symbol="render_sheet", conf=0.85),
            F("SHEET-XSS-NOTES", "medium", "security", "Stored XSS: order notes rendered unescaped in the proof sheet",
              "Escape `order['notes']` as well.", symbol="render_sheet", conf=0.8),
        ]),
        "Correctness and money:",
        Block([
            F("DEPOSIT-LOST-UPDATE", "high", "bug", "Concurrent deposits overwrite each other",
              "Do it in SQL: `UPDATE orders SET paid = paid + ? WHERE id = ?` and read the row afterwards.",
              symbol="record_deposit", conf=0.85),
            F("DEPOSIT-UNKNOWN-ORDER", "low", "bug", "`record_deposit` crashes on an unknown order id",
              "Check `row is None` and return 404.", symbol="record_deposit", conf=0.8),
            F("PROOF-NUMBER-RACE", "medium", "bug", "Proof numbers are incremented without the lock",
              "Take `_counter_lock` around the read and the write, as for `_job_counter`, or let SQLite number them.",
              symbol="add_proof", conf=0.8),
            F("INSTALL-DOUBLE-BOOK", "medium", "bug", "Install crews can be double-booked",
              "The membership test and the write to `_install_slots` are far apart and unlocked; use a UNIQUE(day, crew) constraint and handle the IntegrityError.",
              d=-3, symbol="book_install", conf=0.75),
            F("REFUND-OBO", "medium", "bug", "Refund refused at exactly seven days before the install",
              "The comment says 7 or more days; use `days_left >= 7`.", symbol="cancel_order", conf=0.8),
            F("REVISION-OBO", "medium", "bug", "Revision fee charged for the third proof, which should be free",
              "`next_proof > FREE_PROOFS`.", symbol="request_revision", conf=0.8),
            F("INSTALL-WEEK-OBO", "low", "bug", "Week view skips the start day",
              "`range(7)` gives the start day and the six after it.", symbol="install_week", conf=0.75),
            F("ERROR-LEAK", "medium", "security", "Unhandled exceptions are returned to the client",
              "Log the exception and return a generic message.", symbol="on_error", conf=0.8),
            F("DEBUG-MODE", "high", "security", "Debug server bound to all interfaces",
              "Never ship `debug=True`; the Werkzeug console allows code execution.", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("TOKEN-FAILS-OPEN", "critical", "security", "client_token: missing token == authorized",
              "if not token or not compare_digest(...): abort(403)", d=-3),
            F("SEARCH-SQLI-Q", "critical", "security", "SQLi in /orders/search (q)", "bind param", d=-2),
            F("PRINT-INJECT-COPIES", "critical", "security", "shell=True with request-controlled copies",
              "argv list, int(copies)", d=-2),
            F("ARTWORK-TRAVERSAL", "high", "security", "artwork name from form used as path", "secure_filename()", d=-1),
            F("PROOF-PATH-TRAVERSAL", "high", "security", "proof_path: no containment check on name", "safe_join", d=-1),
            F("PROOF-NUMBER-RACE", "medium", "bug", "proof counter read/write not atomic", "hold _counter_lock", d=-1),
            F("INSTALL-DOUBLE-BOOK", "medium", "bug", "install slot check-then-insert race", "UNIQUE(day, crew)"),
            F("DEPOSIT-NEGATIVE", "medium", "bug", "deposit amount accepted when <= 0", "reject amount < 1"),
            F("REFUND-OBO", "medium", "bug", "refund cutoff off by one day", ">= 7", d=-2),
            F("INSTALL-WEEK-OBO", "low", "bug", "week query starts at start+1", "range(0, 7)", d=2),
            F("QUOTE-CACHE-UNBOUNDED", "low", "performance", "_quote_cache never evicted", "lru_cache(maxsize=...)"),
            F("DEBUG-MODE", "high", "security", "debug=True", "drop it"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the sign-writing workshop service (`signproof.py`). It is a single Flask application
        backed by SQLite that handles quotes, commissions, artwork and proof files, deposits, installation bookings
        and cancellations.

        **Overall assessment**

        The studio-facing endpoints are protected by a sound `studio_only` decorator, but the client-facing
        decorator `client_token` does not actually enforce authentication, and several endpoints pass
        user-controlled values to the database, the shell and the filesystem. I have grouped the findings into
        security vulnerabilities and other issues.

        **Security vulnerabilities**
        """,
        Block([
            F("TOKEN-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass in client_token Decorator",
              "Require a token and compare it in constant time.", sd=-2, n=3,
              desc="The check only runs when a token is present. Omitting both the query parameter and the header skips the comparison entirely, so all client routes are unauthenticated."),
            F("SEARCH-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Order Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `q` parameter is read from the query string and inserted into the SQL statement with an f-string."),
            F("SEARCH-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection in ORDER BY Clause",
              "Validate `sort` against an allow-list of columns."),
            F("PRINT-INJECT-COPIES", "CRITICAL", "Command Injection", "OS Command Injection in Print Endpoint",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("PRINT-INJECT-SHEET", "HIGH", "Command Injection", "Unquoted File Path in Shell Command",
              "Quote the path with `shlex.quote` or avoid the shell."),
            F("ARTWORK-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Artwork Upload",
              "Sanitize the file name with `secure_filename`.", sd=-2, n=3),
            F("UPLOAD-UNBOUNDED", "MEDIUM", "Denial of Service", "No Upload Size Limit",
              "Set `app.config['MAX_CONTENT_LENGTH']`."),
            F("PROOF-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Proof Download",
              "Use `safe_join`.", d=-1, sd=-1, n=2),
            F("SHEET-XSS-WORDING", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in Proof Sheet",
              "Escape all user-supplied fields.", d=-2,
              desc="`render_sheet` escapes the client name but inserts the wording without escaping."),
            F("CLIENT-SECRET-DEFAULT", "HIGH", "Security Misconfiguration", "Hardcoded Fallback Secret",
              "Fail at start-up when the secret is missing."),
            F("TOKEN-IN-QUERY", "LOW", "Information Disclosure", "Token Passed in URL",
              "Use a header only."),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message."),
            F("DEBUG-MODE", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Other issues**
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the module into blueprints for clients and studio."}),
            F("DEPOSIT-LOST-UPDATE", "HIGH", "Race Condition", "Lost Update When Recording Deposits",
              "Perform the addition in a single UPDATE statement.", d=1,
              desc="The paid amount is read, incremented in Python and written back; two payments at the same time lose one of them."),
            F("INSTALL-DOUBLE-BOOK", "MEDIUM", "Race Condition", "Race Condition in Install Slot Booking",
              "Use a database constraint instead of an in-memory dictionary.", d=2, sd=0, n=3),
            F("INSTALL-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Install Listing",
              "Clamp `size` to `MAX_PAGE`, which is defined but never used."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("TOKEN-FAILS-OPEN", "error", "security", "client token optional", "reject missing token"),
            F("SEARCH-SQLI-Q", "error", "security", "sql injection in search", "use ? placeholders"),
            F("PRINT-INJECT-COPIES", "error", "security", "shell injection in print", "no shell=True"),
            F("ARTWORK-TRAVERSAL", "error", "security", "artwork path traversal", "secure_filename"),
            F("SHEET-XSS-WORDING", "warning", "security", "xss in proof sheet", "escape wording"),
            F("DEBUG-MODE", "warning", "security", "debug mode on", "debug=False"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("DEPOSIT-UNKNOWN-ORDER", "warning", "bug", "deposit on missing order -> 500", "404 if row is None"),
            F("INSTALL-WEEK-OBO", "warning", "bug", "week view off by one day", "range(7)"),
            F("ERROR-LEAK", "info", "", "error handler leaks exception text", "generic message"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Client authentication (`client_token`) can be bypassed and uses a weak comparison.
        2. SQL injection, shell injection and path traversal in several endpoints.
        3. Cross-site scripting in the generated proof sheet.
        4. Race conditions on shared counters, deposits and install slots.
        5. Off-by-one errors in revision fees and cancellation refunds.
        6. Resource and configuration issues (unbounded cache, upload size, debug mode).

        ### Findings
        """,
        Block([
            F("TOKEN-FAILS-OPEN", "blocker", "security", "Authentication bypass when the client token is omitted",
              "Treat a missing token as invalid.", conf=0.9),
            F("TOKEN-TIMING", "minor", "security", "Non-constant-time comparison of the client token",
              "Use hmac.compare_digest.", conf=0.6),
            F("CLIENT-SECRET-DEFAULT", "major", "security", "Default secret used to sign client tokens",
              "Require CLIENT_SECRET to be configured.", conf=0.8),
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection in the search endpoint via q",
              "Use bound parameters.", conf=0.9),
            F("SEARCH-SQLI-SORT", "major", "security", "SQL injection in the search endpoint via sort",
              "Whitelist sortable columns.", conf=0.85),
            F("PRINT-INJECT-COPIES", "blocker", "security", "Command injection in print_proof",
              "Use an argument list without a shell.", conf=0.9),
            F("ARTWORK-TRAVERSAL", "major", "security", "Path traversal in artwork upload", "Sanitize the name.", conf=0.85),
            F("UPLOAD-UNBOUNDED", "major", "security", "Artwork upload size is not limited",
              "Configure MAX_CONTENT_LENGTH.", d=2, conf=0.6),
            F("PROOF-PATH-TRAVERSAL", "major", "security", "Path traversal in proof download", "Use safe_join.", conf=0.8),
            F("SHEET-XSS-WORDING", "major", "security", "XSS through sign wording in proof sheet", "Escape the wording.", conf=0.8),
            F("SHEET-XSS-NOTES", "major", "security", "XSS through order notes in proof sheet", "Escape the notes.", conf=0.75),
            F("PROOF-NUMBER-RACE", "major", "concurrency", "Duplicate proof numbers under concurrent uploads",
              "Guard the counter with _counter_lock.", d=2, conf=0.7),
            F("DEPOSIT-LOST-UPDATE", "major", "concurrency", "Race condition in deposit recording",
              "Use an atomic UPDATE.", d=-1, conf=0.75),
            F("INSTALL-DOUBLE-BOOK", "major", "concurrency", "Install slot booking is not atomic",
              "Use a unique constraint on (day, crew).", conf=0.7),
            F("REVISION-OBO", "major", "correctness", "Off-by-one in free proof allowance",
              "Charge only when next_proof > FREE_PROOFS.", d=-2, conf=0.7),
            F("REFUND-OBO", "minor", "correctness", "Off-by-one in refund cutoff", "Use >= 7.", conf=0.7),
            F("DOUBLE-REFUND", "major", "correctness", "Cancelled or installed orders can be refunded again",
              "Only cancel orders whose status allows it.", conf=0.65),
            F("QUOTE-CACHE-UNBOUNDED", "minor", "performance", "Quote cache grows without bound",
              "Bound the cache or drop it.", conf=0.6),
            F("DEBUG-MODE", "major", "security", "Debug mode enabled", "Disable debug.", conf=0.85),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 13 major, 3 minor"),
    ]),
}

"""test63/py-scrapweigh: a scrap-metal yard's weighbridge ticket log (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (apart from specs/tune2__py_snapctl.py, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test63: seeded problems in a scrap-yard weighbridge ticket service; five agents' "
    "answers written by hand."
)

A = "weighbridge/app.py"
PROBLEMS = {
    "OPKEY-FAILS-OPEN": P(A, 'if supplied != os.environ.get("WEIGH_OPERATOR_KEY", ""):', "security", "operator key defaults to empty: with the variable unset a request without the header passes"),
    "OPKEY-TIMING": P(A, 'if supplied != os.environ.get("WEIGH_OPERATOR_KEY", ""):', "security", "operator key compared with != instead of a constant-time comparison (extra, one agent)"),
    "PRICE-CACHE-RACE": P(A, 'for row in get_db().execute("SELECT grade, price_per_kg FROM prices"):', "bug", "module-level price cache cleared and refilled without a lock: concurrent requests see an empty or half-filled dict (zero payouts) and all reload at once", "critical-section"),
    "RESTRICTED-CASE": P(A, "if grade.upper() in RESTRICTED and not seller_id:", "bug", "grade upper-cased but RESTRICTED is lower-case: the seller-ID check for restricted grades never fires", "signature-vs-statement"),
    "GROSS-UNVALIDATED": P(A, 'gross = float(data["gross_kg"])', "bug", "gross weight not checked (negative, zero, NaN, above BRIDGE_MAX_KG)"),
    "TICKETNO-RACE": P(A, "ticket_no = last + 1", "bug", "ticket number from MAX()+1 without a transaction: two weigh-ins get the same number", "critical-section"),
    "RETARE": P(A, "if row is None:", "bug", "weigh-out does not check that the ticket was already weighed out or paid: a second tare rewrites the amount after payment (extra, one agent)", nth=0),
    "NET-NEGATIVE": P(A, 'net = row["gross_kg"] - tare', "bug", "tare above gross gives a negative net weight and a negative amount"),
    "UNKNOWN-GRADE-ZERO": P(A, 'amount = round(net * prices.get(row["grade"], 0), 2)', "bug", "an unknown grade is priced at 0 silently instead of being rejected"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages count from 1 but offset = page * size: the first page of results is never returned", "off-by-one"),
    "PAGE-SIZE": P(A, 'size = int(request.args.get("size", 50))', "performance", "page size unbounded: size=1000000 dumps the whole ticket table"),
    "SQLI-PLATE": P(A, "WHERE plate LIKE '%{plate}%' ORDER BY {sort}\"", "security", "plate query value formatted into the SQL", "source-vs-sink"),
    "SQLI-SORT": P(A, "WHERE plate LIKE '%{plate}%' ORDER BY {sort}\"", "security", "sort query value formatted into ORDER BY (SORTABLE never applied)"),
    "PAY-VOIDED": P(A, 'if row is None or row["amount"] is None:', "bug", "a voided ticket can still be paid: pay never reads the voided flag"),
    "DOUBLE-PAY": P(A, 'if row["paid"]:', "bug", "paid flag checked, drawer debited and flag set in separate steps: two clicks pay twice", "critical-section"),
    "VOID-PAID": P(A, 'db.execute("UPDATE tickets SET voided = 1, void_reason = ? WHERE ticket_no = ?", (reason, ticket_no))', "bug", "a paid ticket can be voided without the cash being accounted for (no paid check)", "signature-vs-statement"),
    "TOTALS-SKIP-FIRST": P(A, "for i in range(1, len(rows)):", "bug", "loop starts at 1: the day's first ticket is left out of the totals", "off-by-one"),
    "TOTALS-VOIDED": P(A, 'by_grade[r["grade"]] = by_grade.get(r["grade"], 0) + r["net_kg"]', "bug", "voided tickets are selected and counted in the day's totals"),
    "PHOTO-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR, str(ticket_no), name)", "security", "client-supplied name joined to the photo dir: ../ or an absolute path writes anywhere", "source-vs-sink"),
    "SLIP-XSS-NOTE": P(A, "f\"<p>Seller {row['seller_name']}</p><p>{note}</p>", "security", "note query value echoed into the HTML slip unescaped (reflected XSS)", "source-vs-sink"),
    "SLIP-XSS-SELLER": P(A, "f\"<p>Seller {row['seller_name']}</p><p>{note}</p>", "security", "stored seller name rendered unescaped (stored XSS), unlike the plate"),
    "SLIP-MISSING-ROW": P(A, 'row = get_db().execute("SELECT plate, seller_name, net_kg, amount FROM tickets', "bug", "unknown ticket number: row is None and the slip raises a 500 (extra, one agent)"),
    "LP-SHELL": P(A, 'subprocess.run(f"lp -d {printer} {fh.name}", shell=True, check=False)', "security", "printer name from the query string run through a shell", "signature-vs-statement"),
    "TEMPFILE-LEAK": P(A, 'with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:', "bug", "delete=False temp file is never removed: one file per printed ticket"),
    "LP-FAIL-IGNORED": P(A, 'subprocess.run(f"lp -d {printer} {fh.name}", shell=True, check=False)', "bug", "lp exit status ignored: the route answers queued even when printing failed"),
}

CONFUSABLE = [
    ("OPKEY-FAILS-OPEN", "OPKEY-TIMING"),
    ("GROSS-UNVALIDATED", "TICKETNO-RACE"),
    ("NET-NEGATIVE", "UNKNOWN-GRADE-ZERO"),
    ("RETARE", "NET-NEGATIVE"),
    ("PAGE-OFFSET", "PAGE-SIZE"),
    ("SQLI-PLATE", "SQLI-SORT"),
    ("PAY-VOIDED", "DOUBLE-PAY"),
    ("TOTALS-SKIP-FIRST", "TOTALS-VOIDED"),
    ("SLIP-XSS-NOTE", "SLIP-XSS-SELLER"),
    ("TEMPFILE-LEAK", "LP-FAIL-IGNORED"),
    ("LP-SHELL", "LP-FAIL-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `weighbridge/app.py`

        A single Flask module that issues weighbridge tickets, prices the net weight and pays out cash. The
        money path is where most of the risk is: several steps that should be one atomic operation are three,
        and a few values from the weighbridge operator or the query string reach SQL, HTML and a shell.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection (SQL, shell, path, HTML) | 6 |
        | P1 | money and ticket integrity | 7 |
        | P2 | auth, reporting | 4 |

        Worth keeping as they are: `manager_only` fails closed and uses `hmac.compare_digest`; every query
        outside `/tickets` binds its parameters; `/prices/import` uses `yaml.safe_load`; the plate on the slip
        goes through `escape`; the drawer itself is updated under `_drawer_lock`.

        **Injection**
        """,
        Block([
            F("SQLI-PLATE", "critical", "security", "SQL injection through the `plate` search parameter",
              "Bind it: `WHERE plate LIKE ?` with `(f\"%{plate}%\",)`.", symbol="search_tickets", conf=0.95),
            F("SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY` although `SORTABLE` exists",
              "Reject any `sort` not in `SORTABLE` before building the query.", symbol="search_tickets", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "ID photo path built from a client-supplied name",
              "Ignore the client name; store as `<ticket_no>/<uuid>.jpg` and check the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_id_photo", conf=0.9),
            F("SLIP-XSS-NOTE", "high", "security", "Reflected XSS: `note` is written into the slip HTML as is",
              "Escape it with `escape(note)` like the plate, or render a template with autoescaping.", symbol="slip", conf=0.85),
            F("SLIP-XSS-SELLER", "medium", "security", "Stored XSS through `seller_name` on the slip",
              "Escape `row['seller_name']` as well; it comes from the weigh-in form.", symbol="slip", conf=0.8),
            F("LP-SHELL", "high", "security", "Shell command built from the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer, fh.name])` and check `printer` against the configured printers.",
              symbol="print_ticket", conf=0.9),
        ]),
        "**Money and ticket integrity**",
        Block([
            F("DOUBLE-PAY", "high", "bug", "Pay is check-then-act: a double click pays the same ticket twice",
              "Do `UPDATE tickets SET paid = 1 WHERE ticket_no = ? AND paid = 0` first and only debit the drawer when `rowcount == 1`.",
              d=2, n=2, symbol="pay_ticket", conf=0.85),
            F("TICKETNO-RACE", "medium", "bug", "Ticket numbers from `MAX(ticket_no) + 1` can collide",
              "Use an `INTEGER PRIMARY KEY AUTOINCREMENT` and read `lastrowid`.", symbol="weigh_in", conf=0.8),
            F("PRICE-CACHE-RACE", "medium", "bug", "Price cache is cleared and refilled in place without a lock",
              "Build a new dict and swap it in under a lock; a request between `clear()` and the refill prices every grade at 0.",
              symbol="load_prices", conf=0.75),
            F("RESTRICTED-CASE", "high", "bug", "Restricted-grade ID check never matches (`upper()` vs lower-case set)",
              "Compare `grade.lower()`, or normalise grades once on input.", symbol="check_restricted", conf=0.9),
            F("NET-NEGATIVE", "medium", "bug", "Negative net weight when tare exceeds gross",
              "Reject `tare <= 0 or tare > row['gross_kg']` with 400.", symbol="weigh_out", conf=0.8),
            F("UNKNOWN-GRADE-ZERO", "medium", "bug", "Unknown grade silently priced at 0",
              "Return 409 when the grade has no price instead of `prices.get(..., 0)`.", symbol="weigh_out", conf=0.7),
            F("VOID-PAID", "medium", "bug", "Voiding does not look at whether the ticket was paid",
              "Refuse to void a paid ticket or record a cash reversal with it.", symbol="void_ticket", conf=0.7),
            F("TOTALS-SKIP-FIRST", "medium", "bug", "Daily totals skip the first ticket of the day",
              "Iterate `for r in rows:`.", symbol="day_totals", conf=0.9),
            F("PAGE-OFFSET", "low", "bug", "`/tickets` never returns the first page",
              "`offset = (page - 1) * size` with `page >= 1` enforced.", symbol="search_tickets", conf=0.85),
            F("OPKEY-FAILS-OPEN", "high", "security", "`operator_key` accepts every request when `WEIGH_OPERATOR_KEY` is unset",
              "Fail closed like `manager_only`: abort when the variable is missing or empty.", symbol="operator_key.wrapper", conf=0.85),
            F("OPKEY-TIMING", "low", "security", "Operator key compared with `!=`",
              "Use `hmac.compare_digest`.", symbol="operator_key.wrapper", conf=0.5),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SQLI-PLATE", "critical", "security", "SQL injection via plate", "Bind LIKE parameter.", d=-2),
            F("SQLI-SORT", "high", "security", "ORDER BY from request (sort)", "Whitelist against SORTABLE.", d=-1),
            F("LP-SHELL", "high", "security", "print_ticket runs lp through sh with caller-controlled printer", "argv list, no shell.", d=-3),
            F("OPKEY-FAILS-OPEN", "high", "security", "operator_key passes when env var unset", "Require the key to be configured.", d=-2),
            F("RESTRICTED-CASE", "high", "bug", "check_restricted compares upper-cased grade to lower-case set", "grade.lower().", d=-2),
            F("TICKETNO-RACE", "medium", "bug", "Duplicate ticket_no under concurrent weigh-ins", "Autoincrement key.", d=-1),
            F("GROSS-UNVALIDATED", "medium", "bug", "gross_kg accepted without bounds (BRIDGE_MAX_KG unused)", "0 < gross <= BRIDGE_MAX_KG."),
            F("RETARE", "medium", "bug", "weigh_out can be repeated after payment and rewrites amount", "Reject when weighed_out or paid is set."),
            F("NET-NEGATIVE", "medium", "bug", "tare > gross -> negative amount", "Validate tare."),
            F("DOUBLE-PAY", "high", "bug", "pay_ticket: paid check and paid update not atomic", "Conditional UPDATE ... AND paid = 0.", d=3),
            F("TOTALS-SKIP-FIRST", "medium", "bug", "day_totals drops rows[0]", "range(len(rows)).", d=1),
            F("PAGE-OFFSET", "low", "bug", "page=1 skips first page", "(page-1)*size.", d=-2),
            F("LP-FAIL-IGNORED", "low", "bug", "lp failures ignored (check=False)", "check=True; return 502."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the weighbridge ticket service in `weighbridge/app.py`. It is a Flask application
        backed by SQLite that records weigh-ins and weigh-outs, computes payouts and prints tickets.

        **Security Findings**

        The service has several injection vulnerabilities where request data reaches SQL, the filesystem, HTML
        output and the shell.
        """,
        Block([
            F("SQLI-PLATE", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Search",
              "Use parameterized queries for the plate filter.", sd=-2, n=3,
              desc="The `plate` parameter is taken from the query string and embedded into the SQL string with an f-string."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in ID Photo Upload",
              "Use `werkzeug.utils.secure_filename` and verify the final path.", d=2, sd=0, n=3),
            F("SLIP-XSS-NOTE", "HIGH", "Cross-Site Scripting", "Reflected XSS in Ticket Slip",
              "Escape all interpolated values.", sd=-2, n=3),
            F("LP-SHELL", "HIGH", "Command Injection", "Command Injection in Ticket Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("OPKEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Operator Authentication Bypass When Key Is Unset",
              "Refuse to start, or reject all requests, when `WEIGH_OPERATOR_KEY` is not configured.", sd=-2, n=3,
              desc="`os.environ.get(..., \"\")` returns an empty string and a missing header also yields an empty string, so the comparison succeeds."),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**

        Beyond security, I found concurrency and data-integrity issues in how tickets, prices and payments are
        handled.
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and printing; consider splitting it."}),
            F("PRICE-CACHE-RACE", "MEDIUM", "Race Condition", "Non-Thread-Safe Price Cache",
              "Protect the refresh with a lock and replace the dict atomically.", d=-1, sd=-3, n=3,
              desc="`_prices` is a module global cleared and repopulated on each refresh; other threads may read it while it is empty."),
            F("DOUBLE-PAY", "HIGH", "Race Condition", "Race Condition Allows Duplicate Cash Payouts",
              "Make the paid check and update a single conditional statement.", d=1, sd=-1, n=3),
            F("TICKETNO-RACE", "MEDIUM", "Data Integrity", "Ticket Number Generation Is Not Atomic",
              "Let the database assign the ticket number.", d=1, sd=-1, n=3),
            F("TOTALS-VOIDED", "MEDIUM", "Logic Error", "Voided Tickets Included in Daily Totals",
              "Filter `voided = 0` in the query or skip voided rows.", sd=-2, n=3),
            F("UNKNOWN-GRADE-ZERO", "MEDIUM", "Logic Error", "Missing Price Defaults to Zero",
              "Raise an error for grades without a price.", sd=-2, n=3),
            F("PAGE-SIZE", "LOW", "Performance", "Unbounded Page Size in Ticket Search",
              "Cap `size` at a sensible maximum such as 200.", sd=-1, n=3),
            F("SLIP-MISSING-ROW", "LOW", "Error Handling", "Missing Ticket Causes Server Error on Slip",
              "Return 404 when the ticket does not exist.", sd=-1, n=3),
            F("TEMPFILE-LEAK", "LOW", "Resource Management", "Temporary Print Files Are Never Deleted",
              "Delete the file after `lp` has read it, or pipe the body on stdin.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-PLATE", "high", "security", "sql injection in /tickets search", "use ? params"),
            F("LP-SHELL", "high", "security", "shell injection via printer arg", "no shell=True"),
            F("PHOTO-TRAVERSAL", "high", "security", "upload name allows ../", "secure_filename", d=-1),
        ], fence=None, indent=None, wrap="list"),
        "other:",
        Block([
            F("DOUBLE-PAY", "high", "bug", "ticket can be paid twice", "atomic update", d=1),
            F("NET-NEGATIVE", "medium", "", "negative net weight possible", "validate tare"),
            F("PAGE-OFFSET", "low", "bug", "pagination skips first page", "(page - 1) * size"),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the ticket search, path traversal in the photo upload, XSS on the slip, shell in printing.
        2. Authentication: the operator key check fails open.
        3. Concurrency: ticket numbers, the price cache and payouts are not protected.
        4. Correctness: totals, voids and weight validation.
        """,
        Block([
            F("SQLI-PLATE", "blocker", "security", "SQL injection in plate search", "Use bound parameters.", conf=0.95),
            F("SQLI-SORT", "major", "security", "Unvalidated ORDER BY column", "Validate sort against SORTABLE.", conf=0.85),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Arbitrary file write through upload name", "Sanitise the file name.", conf=0.9),
            F("SLIP-XSS-NOTE", "major", "security", "Cross-site scripting via note parameter", "HTML-escape note.", d=-3, conf=0.8),
            F("LP-SHELL", "blocker", "security", "OS command injection in print_ticket", "Do not use shell=True.", conf=0.9),
            F("OPKEY-FAILS-OPEN", "major", "security", "Operator key check passes with empty key", "Require a configured key.", conf=0.8),
            F("PRICE-CACHE-RACE", "minor", "performance", "Price cache refresh stampede", "Single-flight the refresh under a lock.", d=-3, conf=0.6),
            F("TICKETNO-RACE", "major", "reliability", "Concurrent weigh-ins fail with duplicate ticket_no", "Use autoincrement.", d=1, conf=0.75),
            F("DOUBLE-PAY", "blocker", "concurrency", "Cash drawer debited twice for one ticket", "Conditional update first, then debit.", d=3, conf=0.8),
            F("PAY-VOIDED", "major", "correctness", "Voided tickets can be paid out", "Check voided before paying.", d=2, conf=0.7),
            F("VOID-PAID", "minor", "correctness", "Void allowed after payout", "Reject void for paid tickets.", d=-3, conf=0.6),
            F("TOTALS-SKIP-FIRST", "major", "correctness", "First row skipped in day totals", "Start at index 0.", d=1, conf=0.85),
            F("TOTALS-VOIDED", "minor", "correctness", "Voided tickets counted in totals", "Skip voided rows.", conf=0.7),
            F("GROSS-UNVALIDATED", "minor", "correctness", "Gross weight not validated", "Check range.", conf=0.6),
            F("LP-FAIL-IGNORED", "minor", "reliability", "Printing errors swallowed", "Check return code.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 6 major, 5 minor"),
    ]),
}

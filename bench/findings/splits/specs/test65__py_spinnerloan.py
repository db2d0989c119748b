"""test65/py-spinnerloan: a beekeepers' club honey-extractor loan log (Python). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or the other splits' answers. "
    "Frozen test split test65: seeded problems in a small Flask service that lends a beekeepers' club's honey "
    "extractors; five agents' answers written by hand."
)

A = "spinnerloan/app.py"
PROBLEMS = {
    "MEMBER-HEADER-TRUSTED": P(A, 'member_id = request.headers.get("X-Member-Id")', "security", "member identity taken from a client-supplied header with no authentication: anyone can act as any member", "signature-vs-statement"),
    "MEMBER-ID-NOT-NUMERIC": P(A, "g.member_id = int(member_id)", "bug", "a non-numeric X-Member-Id raises ValueError: every member route answers 500 instead of 401"),
    "KEEPER-KEY-FAILS-OPEN": P(A, "if supplied != KEEPER_KEY:", "security", "KEEPER_KEY defaults to empty and the header defaults to empty: with the variable unset every keeper route is open"),
    "KEEPER-KEY-TIMING": P(A, "if supplied != KEEPER_KEY:", "security", "keeper key compared with != instead of a constant-time comparison"),
    "EXTRACTORS-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance", "page size taken from the query without an upper bound: one request can pull the whole table"),
    "EXTRACTORS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but the offset is page * size: page 1 skips the first page of extractors", "off-by-one"),
    "EXTRACTORS-SORT-SQLI": P(A, "ORDER BY {order} LIMIT ? OFFSET ?", "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "AVAIL-CACHE-UNBOUNDED": P(A, "key = (ext_id, day)", "performance", "availability cache keyed by any day string a client sends and never evicted: unbounded memory growth"),
    "AVAIL-CACHE-RACE": P(A, "rows = get_db().execute(AVAIL_SQL", "bug", "check-then-fill of the shared availability cache without a lock: concurrent misses run the query twice and race on the dict", "critical-section"),
    "AVAIL-CACHE-STALE": P(A, "_avail_cache[key] = all(", "bug", "availability entries are never invalidated when a loan is booked or returned: the board keeps saying free (or out)"),
    "LOAN-END-OFF-BY-ONE": P(A, "end = start + timedelta(days=days)", "bug", "end_day is inclusive elsewhere but set to start + days: every loan holds the extractor one day too long", "off-by-one"),
    "LOAN-DAYS-NOT-POSITIVE": P(A, "if days > MAX_LOAN_DAYS:", "bug", "only the upper bound of days is checked: zero or negative days give a loan that ends before it starts"),
    "CLASH-BOUNDARY": P(A, "AND start_day < ? AND end_day > ?", "bug", "clash test is half-open but end_day is inclusive: a loan starting on another's last day is not seen as a clash", "off-by-one"),
    "CLASH-RACE": P(A, "    if clash:", "bug", "clash check and insert are separate statements without a transaction or lock: two members can book the same extractor", "critical-section"),
    "RETURN-NOT-OWNER": P(A, 'loan = db.execute("SELECT * FROM loans WHERE id = ?"', "security", "return does not check that the loan belongs to the caller: any member can return (and settle) anyone's loan"),
    "RETURN-FEE-NEGATIVE": P(A, "fee = late * LATE_FEE_PER_DAY", "bug", "an early return gives negative lateness and a negative fee, which is then added to the refund"),
    "RETURN-CLEAN-SELF-REPORTED": P(A, 'refund = loan["deposit"] - fee', "bug", "the deposit refund depends only on the member's own 'cleaned' flag, no keeper inspection"),
    "RETURN-TWICE": P(A, "UPDATE loans SET returned_at", "bug", "a loan already returned can be returned again: fee and refund are recomputed and paid again"),
    "BATCH-NOT-OWNER": P(A, "INSERT INTO batches", "security", "kilos can be logged against any loan id, not only the caller's (extra, one agent)"),
    "LEVY-NO-AUTH": P(A, "def levy(loan_id):", "security", "levy route has no member or keeper check: anyone reads any loan's yield"),
    "LEVY-SKIPS-FIRST-BATCH": P(A, "for i in range(1, len(batches)):", "bug", "loop starts at 1: the first batch is left out of the kilos and the club levy", "off-by-one"),
    "SEARCH-SQLI": P(A, "WHERE name LIKE '%\" + q + \"%'", "security", "search text concatenated into the LIKE clause: SQL injection", "source-vs-sink"),
    "SEARCH-PII": P(A, "WHERE name LIKE '%\" + q + \"%'", "security", "member search returns every member's phone, email and apiary postcode to any member"),
    "MANUAL-PATH-TRAVERSAL": P(A, "return send_file(path)", "security", "file query value joined to the manuals directory and served: any file readable", "source-vs-sink"),
    "TAG-SHELL-INJECTION": P(A, '| lp -d {printer} -n {copies}", shell=True)', "security", "printer and copies form values run through a shell", "signature-vs-statement"),
    "TAG-RESULT-IGNORED": P(A, '| lp -d {printer} -n {copies}", shell=True)', "bug", "lp's exit status is never checked (and no timeout): the route reports printed when nothing was"),
    "RESTORE-PICKLE": P(A, "inventory = pickle.loads(blob)", "security", "request body unpickled: code execution for anyone with (or past) the keeper key", "signature-vs-statement"),
    "EXPORT-CSV-INJECTION": P(A, 'writer.writerow([r["id"], r["name"]', "security", "member names written to the CSV unescaped: formula injection when keepers open it (extra, one agent)"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8065, debug=True)', "security", "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("KEEPER-KEY-FAILS-OPEN", "KEEPER-KEY-TIMING"),
    ("MEMBER-HEADER-TRUSTED", "MEMBER-ID-NOT-NUMERIC"),
    ("EXTRACTORS-SIZE-UNBOUNDED", "EXTRACTORS-PAGE-OFFSET"),
    ("EXTRACTORS-PAGE-OFFSET", "EXTRACTORS-SORT-SQLI"),
    ("AVAIL-CACHE-UNBOUNDED", "AVAIL-CACHE-RACE"),
    ("AVAIL-CACHE-RACE", "AVAIL-CACHE-STALE"),
    ("AVAIL-CACHE-UNBOUNDED", "AVAIL-CACHE-STALE"),
    ("LOAN-END-OFF-BY-ONE", "LOAN-DAYS-NOT-POSITIVE"),
    ("CLASH-BOUNDARY", "CLASH-RACE"),
    ("RETURN-FEE-NEGATIVE", "RETURN-CLEAN-SELF-REPORTED"),
    ("RETURN-CLEAN-SELF-REPORTED", "RETURN-TWICE"),
    ("RETURN-FEE-NEGATIVE", "RETURN-TWICE"),
    ("LEVY-NO-AUTH", "LEVY-SKIPS-FIRST-BATCH"),
    ("SEARCH-SQLI", "SEARCH-PII"),
    ("TAG-SHELL-INJECTION", "TAG-RESULT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `spinnerloan`

        A small Flask app lending the club's extractors. The structure is sensible (per-request connection closed in
        `close_db`, bound parameters in most queries, `treasurer_required` fails closed and uses
        `hmac.compare_digest`, and the stats counters are read and written under `_stats_lock`), but member identity
        is not authenticated at all and several routes hand request values to SQL, the shell and the filesystem.

        | Severity | Count | Main themes |
        |---|---|---|
        | Critical | 5 | identity, keeper key, SQL injection, pickle |
        | High | 4 | file read, shell, double booking, returns |
        | Medium | 10 | dates, fees, caching, levy |
        | Low | 6 | paging, timing compare, error handling |

        Security first:
        """,
        Block([
            F("MEMBER-HEADER-TRUSTED", "critical", "security", "`member_required` trusts an unauthenticated `X-Member-Id` header",
              "Authenticate members (session or signed token) and derive the id server-side; a header is not an identity.",
              symbol="member_required.wrapper", conf=0.95),
            F("KEEPER-KEY-FAILS-OPEN", "critical", "security", "Keeper routes are open when `KEEPER_KEY` is unset",
              "Refuse to start (or deny all keeper routes) when the key is empty, as `treasurer_required` already does.",
              symbol="keeper_required.wrapper", conf=0.9),
            F("KEEPER-KEY-TIMING", "low", "security", "Keeper key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest(supplied, KEEPER_KEY)`.", symbol="keeper_required.wrapper", conf=0.6),
            F("EXTRACTORS-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `ORDER BY`",
              "Map `sort` through an allow-list of column names before formatting it into the query.",
              symbol="list_extractors", conf=0.95),
            F("SEARCH-SQLI", "critical", "security", "Member search concatenates `q` into the SQL string",
              "Use `name LIKE ?` with `f\"%{q}%\"` as the parameter.", symbol="search_members", conf=0.95),
            F("SEARCH-PII", "medium", "security", "Member search exposes phone, email and apiary postcode to every member",
              "Return id and name only; contact details belong behind the keeper check.", symbol="search_members", conf=0.75),
            F("MANUAL-PATH-TRAVERSAL", "high", "security", "`/manuals` serves any file via `file=../..`",
              "Use `send_from_directory(MANUAL_DIR, name)` which rejects paths outside the directory.",
              symbol="manual", conf=0.9),
            F("TAG-SHELL-INJECTION", "high", "security", "Shell injection through `printer` / `copies` in `print_tag`",
              "Validate `copies` as a small int and `printer` against configured printers; run `lp` with an argv list and pass the text on stdin.",
              symbol="print_tag", conf=0.9),
            F("RESTORE-PICKLE", "critical", "security", "`pickle.loads` on the request body",
              "Accept JSON and validate each item; unpickling untrusted bytes executes code.", symbol="restore_inventory", conf=0.95),
            F("DEBUG-SERVER", "medium", "security", "Debug server bound to 0.0.0.0",
              "Never ship `debug=True`; run under a WSGI server bound to localhost behind the proxy.", conf=0.7),
        ]),
        "Correctness, money and concurrency:",
        Block([
            F("CLASH-RACE", "high", "bug", "Double booking: clash check and insert are not atomic",
              "Do the check and insert in one `BEGIN IMMEDIATE` transaction, or add a constraint the database enforces.",
              symbol="book_loan", conf=0.8),
            F("CLASH-BOUNDARY", "medium", "bug", "Clash query treats `end_day` as exclusive",
              "Availability uses `start_day <= day <= end_day`; make the clash test `start_day <= ? AND end_day >= ?` to match.",
              symbol="book_loan", conf=0.7),
            F("LOAN-END-OFF-BY-ONE", "medium", "bug", "A 3-day loan is stored as four days",
              "`end_day` is inclusive: use `start + timedelta(days=days - 1)`.", symbol="book_loan", conf=0.75),
            F("LOAN-DAYS-NOT-POSITIVE", "medium", "bug", "`days` has no lower bound",
              "Reject `days < 1`; `days=-5` creates a loan whose end is before its start and never clashes.",
              symbol="book_loan", conf=0.8),
            F("RETURN-NOT-OWNER", "high", "security", "Any member can return another member's loan",
              "Check `loan[\"member_id\"] == g.member_id` (or keeper) before updating.", symbol="return_loan", conf=0.85),
            F("RETURN-FEE-NEGATIVE", "medium", "bug", "Early return produces a negative late fee",
              "Clamp with `max(0, late)`; today returning two days early raises the refund above the deposit.",
              symbol="return_loan", conf=0.85),
            F("RETURN-CLEAN-SELF-REPORTED", "low", "bug", "Deposit refund trusts the member's own `cleaned` flag",
              "Let a keeper confirm the extractor was cleaned before the refund is set.", symbol="return_loan", conf=0.55),
            F("RETURN-TWICE", "medium", "bug", "Loans can be returned more than once",
              "Add `AND returned_at IS NULL` to the update and answer 409 when no row changed.", symbol="return_loan", conf=0.8),
            F("AVAIL-CACHE-RACE", "medium", "bug", "Availability cache is filled with an unlocked check-then-set",
              "Guard the miss path with a lock (or drop the cache: the query is cheap).", d=-1, symbol="availability", conf=0.65),
            F("AVAIL-CACHE-STALE", "medium", "bug", "Availability cache is never invalidated",
              "Clear the extractor's entries in `book_loan` and `return_loan`, or give entries a short TTL.",
              symbol="availability", conf=0.8),
            F("EXTRACTORS-PAGE-OFFSET", "low", "bug", "Page 1 skips the first 25 extractors",
              "`offset = (page - 1) * size`, and reject `page < 1`.", symbol="list_extractors", conf=0.85),
            F("EXTRACTORS-SIZE-UNBOUNDED", "low", "performance", "No cap on `size`",
              "Clamp `size` to e.g. 100.", symbol="list_extractors", conf=0.6),
            F("LEVY-SKIPS-FIRST-BATCH", "medium", "bug", "`levy` ignores the first logged batch",
              "Use `total = sum(batches)`.", symbol="levy", conf=0.9),
            F("TAG-RESULT-IGNORED", "low", "bug", "`lp` failures are reported as printed",
              "Check the return code and set a timeout.", symbol="print_tag", conf=0.5),
            F("MEMBER-ID-NOT-NUMERIC", "low", "bug", "Non-numeric member header crashes with 500",
              "Catch `ValueError` and answer 401.", symbol="member_required.wrapper", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("MEMBER-HEADER-TRUSTED", "critical", "security", "member_required: caller identity is whatever X-Member-Id says",
              "Real auth; derive member id server-side.", d=-3),
            F("KEEPER-KEY-FAILS-OPEN", "high", "security", "keeper_required passes when KEEPER_KEY unset (''=='')",
              "Fail closed on empty key.", d=-1),
            F("EXTRACTORS-SORT-SQLI", "critical", "security", "SQLi: ?sort= goes into ORDER BY",
              "Allow-list columns.", d=-2),
            F("EXTRACTORS-PAGE-OFFSET", "low", "bug", "page defaults to 1 but offset treats it as 0-based",
              "(page-1)*size.", d=-2),
            F("AVAIL-CACHE-STALE", "medium", "bug", "_avail_cache never invalidated after booking/return",
              "Invalidate on write or drop the cache."),
            F("LOAN-END-OFF-BY-ONE", "medium", "bug", "end_day = start+days makes loans one day longer than requested",
              "days-1.", d=-1),
            F("LOAN-DAYS-NOT-POSITIVE", "medium", "bug", "days<=0 accepted",
              "Require 1<=days<=MAX_LOAN_DAYS.", d=-2),
            F("CLASH-RACE", "high", "bug", "book_loan check-then-insert race -> double-booked extractor",
              "Single transaction (BEGIN IMMEDIATE).", d=2),
            F("RETURN-FEE-NEGATIVE", "medium", "bug", "negative fee on early return inflates refund",
              "max(0, late)."),
            F("RETURN-TWICE", "medium", "bug", "return_loan doesn't check returned_at; repeat returns re-pay refund",
              "WHERE returned_at IS NULL; check rowcount."),
            F("LEVY-NO-AUTH", "medium", "security", "levy endpoint unauthenticated",
              "Add member_required + ownership check.", d=-1),
            F("LEVY-SKIPS-FIRST-BATCH", "medium", "bug", "levy sums batches[1:] only",
              "sum(batches)."),
            F("SEARCH-SQLI", "critical", "security", "SQLi via q in members search",
              "Parameterize LIKE.", d=-1),
            F("MANUAL-PATH-TRAVERSAL", "high", "security", "Path traversal: ?file= joined to MANUAL_DIR",
              "send_from_directory.", d=-2),
            F("TAG-SHELL-INJECTION", "high", "security", "print_tag builds shell pipeline from form fields",
              "argv list, int(copies).", d=-3),
            F("RESTORE-PICKLE", "critical", "security", "restore_inventory unpickles request body (RCE)",
              "JSON + schema.", d=-2),
        ], fence=None, indent=None),
        "Unchecked: schema / migrations (not in repo).",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `spinnerloan` application, a Flask service the beekeepers' club uses to lend honey
        extractors, record kilos extracted and charge late fees. My review focused on authentication, injection,
        data handling and the correctness of the booking logic.

        **Overall assessment.** The application has several critical vulnerabilities. Member authentication relies on
        a header any client can set, the keeper key check can be bypassed, and user input reaches SQL queries, the
        shell, the filesystem and `pickle`. There are also logic errors in booking and in fee calculation.

        ### Security findings
        """,
        Block([
            F("MEMBER-HEADER-TRUSTED", "CRITICAL", "Broken Authentication", "Spoofable Member Identity via X-Member-Id Header",
              "Implement a real authentication mechanism (sessions or signed tokens).", sd=-2, n=3,
              desc="The `member_required` decorator accepts the `X-Member-Id` header as proof of identity. Any client can impersonate any member by setting this header."),
            F("KEEPER-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Keeper Authentication Bypass When Key Is Not Configured",
              "Deny access when `KEEPER_KEY` is empty.", sd=-2, n=3,
              desc="`KEEPER_KEY` defaults to an empty string, and a missing header also defaults to an empty string, so the comparison succeeds."),
            F("KEEPER-KEY-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Secret Comparison",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("EXTRACTORS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Extractor Listing via `sort` Parameter",
              "Validate the sort column against an allow-list.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Member Search",
              "Use parameterized queries.", d=1, sd=-1, n=3),
            F("SEARCH-PII", "MEDIUM", "Information Disclosure", "Member Contact Details Exposed Through Search",
              "Limit the fields returned by the search.", sd=-2, n=3),
            F("MANUAL-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Manuals Endpoint",
              "Use `send_from_directory` or validate the resolved path.", d=-1, sd=-3, n=3),
            F("TAG-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True` and validate inputs.", sd=-2, n=3),
            F("RESTORE-PICKLE", "CRITICAL", "Insecure Deserialization", "Insecure Deserialization with pickle",
              "Use a safe format such as JSON.", sd=-2, n=3),
            F("LEVY-NO-AUTH", "MEDIUM", "Broken Access Control", "Levy Endpoint Lacks Authentication",
              "Require a member or keeper and check ownership.", sd=-1, n=3),
            F("RETURN-NOT-OWNER", "HIGH", "Broken Access Control", "Loan Return Does Not Verify Ownership",
              "Verify that the loan belongs to the authenticated member.", sd=-1, n=3),
            F("EXPORT-CSV-INJECTION", "MEDIUM", "CSV Injection", "Formula Injection in Loans CSV Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-1, n=2,
              desc="Member names are written directly into the CSV. A name such as `=HYPERLINK(...)` is executed as a formula when a keeper opens the export in a spreadsheet."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled on All Interfaces",
              "Disable debug mode in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Logic and reliability findings
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints for members, keepers and the treasurer."}),
            F("EXTRACTORS-PAGE-OFFSET", "MEDIUM", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            F("AVAIL-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Access to the Availability Cache",
              "Protect the cache with a lock.", d=1, sd=-1, n=3,
              desc="The module-level `_avail_cache` dictionary is read and written by concurrent requests without any synchronization, unlike `_stats` which has `_stats_lock`."),
            F("AVAIL-CACHE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Growth of the Availability Cache",
              "Validate `day` as a date and bound the cache (e.g. an LRU).", sd=-1, n=3),
            F("LOAN-END-OFF-BY-ONE", "MEDIUM", "Logic Error", "Loan End Date Is One Day Too Late",
              "Subtract one day when computing an inclusive end date.", sd=-2, n=3),
            F("CLASH-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking",
              "Use a transaction around the check and the insert.", d=-1, sd=-3, n=3),
            F("RETURN-CLEAN-SELF-REPORTED", "LOW", "Business Logic", "Deposit Refund Relies on Self-Reported Cleaning",
              "Require a keeper to confirm the cleaning.", sd=-2, n=3),
            F("LEVY-SKIPS-FIRST-BATCH", "MEDIUM", "Logic Error", "First Honey Batch Omitted From Levy",
              "Iterate over all batches.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        security:
        """,
        Block([
            F("MEMBER-HEADER-TRUSTED", "high", "security", "member id from header, no auth", "use real auth"),
            F("KEEPER-KEY-FAILS-OPEN", "high", "security", "empty KEEPER_KEY lets everyone in", "fail closed"),
            F("EXTRACTORS-SORT-SQLI", "high", "security", "sql injection via sort", "whitelist columns"),
            F("SEARCH-SQLI", "high", "security", "sql injection in member search", "use ? param"),
            F("MANUAL-PATH-TRAVERSAL", "high", "security", "path traversal in /manuals", "send_from_directory"),
            F("TAG-SHELL-INJECTION", "high", "security", "shell injection in print_tag", "no shell=True"),
            F("RESTORE-PICKLE", "high", "security", "pickle.loads on request body", "use json"),
            F("DEBUG-SERVER", "medium", "security", "debug=True on 0.0.0.0", "turn off debug"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLASH-RACE", "high", "", "double booking possible, no transaction", "lock or transaction"),
            F("LOAN-DAYS-NOT-POSITIVE", "medium", "bug", "negative days accepted", "check days >= 1"),
            F("AVAIL-CACHE-STALE", "medium", "bug", "availability cache never cleared on booking/return", "invalidate"),
            F("RETURN-TWICE", "medium", "bug", "loan can be returned twice", "check returned_at"),
            F("LEVY-SKIPS-FIRST-BATCH", "medium", "bug", "levy skips first batch", "sum(batches)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        The `spinnerloan` service manages the club's honey-extractor loans. I found 24 issues:

        1. Authentication: member identity is not verified, the keeper check fails open.
        2. Injection: SQL injection in two queries, shell injection, unsafe deserialization, path traversal.
        3. Booking: loans are one day long too many, days are unchecked, overlapping bookings are possible.
        4. Returns and fees: negative fees, repeat returns, any member can return any loan.
        5. Caching and paging: stale and unbounded availability cache, wrong page offset.
        """,
        Block([
            F("MEMBER-HEADER-TRUSTED", "blocker", "security", "Unauthenticated member identity (X-Member-Id header)",
              "Use authenticated sessions or tokens.", d=-1, conf=0.9),
            F("MEMBER-ID-NOT-NUMERIC", "minor", "reliability", "Invalid member id header causes a 500 error",
              "Validate the header and return 401.", conf=0.6),
            F("KEEPER-KEY-FAILS-OPEN", "blocker", "security", "Keeper authorization bypass with empty key",
              "Reject requests when KEEPER_KEY is not configured.", d=-1, conf=0.85),
            F("EXTRACTORS-SORT-SQLI", "blocker", "security", "SQL injection in the extractor list ordering",
              "Whitelist sortable columns.", d=-1, conf=0.9),
            F("EXTRACTORS-PAGE-OFFSET", "minor", "correctness", "Off-by-one in the pagination offset",
              "Subtract one from the page number.", conf=0.8),
            F("EXTRACTORS-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size",
              "Limit the maximum page size.", conf=0.6),
            F("AVAIL-CACHE-RACE", "major", "performance", "Concurrent cache misses query the database repeatedly",
              "Use a lock or a single-flight guard around cache population.", conf=0.6),
            F("AVAIL-CACHE-STALE", "major", "correctness", "Availability cache is not invalidated on booking",
              "Remove the extractor's cache entries when loans change.", d=-1, conf=0.8),
            F("AVAIL-CACHE-UNBOUNDED", "minor", "performance", "Availability cache grows without limit",
              "Add eviction.", conf=0.6),
            F("LOAN-END-OFF-BY-ONE", "major", "correctness", "Loan end date computed one day too late",
              "Use days - 1 for an inclusive end date.", conf=0.75),
            F("LOAN-DAYS-NOT-POSITIVE", "major", "correctness", "Loan duration not validated for non-positive values",
              "Validate the lower bound of days.", conf=0.8),
            F("CLASH-BOUNDARY", "minor", "correctness", "Overlap check misses loans that touch on the boundary day",
              "Use inclusive comparisons.", d=1, conf=0.6),
            F("CLASH-RACE", "major", "concurrency", "Race condition between clash check and insert",
              "Wrap in a transaction.", conf=0.8),
            F("RETURN-NOT-OWNER", "major", "security", "Missing ownership check when returning a loan",
              "Compare the loan's member_id with the caller.", conf=0.8),
            F("RETURN-FEE-NEGATIVE", "major", "correctness", "Negative late fee for early returns",
              "Clamp the fee at zero.", conf=0.8),
            F("RETURN-TWICE", "major", "correctness", "Loan can be returned multiple times",
              "Only update loans that are not yet returned.", conf=0.75),
            F("BATCH-NOT-OWNER", "major", "security", "Batches can be logged for other members' loans",
              "Check that the loan belongs to the caller.", conf=0.7),
            F("LEVY-SKIPS-FIRST-BATCH", "major", "correctness", "Levy calculation skips the first batch",
              "Start the loop at index 0.", d=1, conf=0.85),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in member search",
              "Use a bound parameter for the LIKE pattern.", conf=0.9),
            F("SEARCH-PII", "major", "security", "Member search leaks contact details",
              "Return only names.", conf=0.7),
            F("MANUAL-PATH-TRAVERSAL", "blocker", "security", "Path traversal in manual download",
              "Validate the file name.", conf=0.85),
            F("TAG-SHELL-INJECTION", "blocker", "security", "Command injection in tag printing",
              "Use a list of arguments and validate copies.", d=-1, conf=0.85),
            F("TAG-RESULT-IGNORED", "minor", "reliability", "Printing failures are ignored",
              "Check the process return code.", conf=0.55),
            F("RESTORE-PICKLE", "blocker", "security", "Unsafe pickle deserialization in restore",
              "Use JSON.", conf=0.9),
        ], wrap="object+summary", summary="24 findings: 7 blocker, 11 major, 6 minor"),
    ]),
}

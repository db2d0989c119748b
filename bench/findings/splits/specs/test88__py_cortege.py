"""test88/py-cortege: a funeral director's service arrangements (Python, Flask + SQLite). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's
answers, specs or truth files (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test88: seeded problems in a funeral director's arrangements service; five agents' "
    "answers written by hand."
)

A = "cortege/app.py"
PROBLEMS = {
    "STAFF-KEY-FAILS-OPEN": P(A, 'if expected and request.headers.get("X-Staff-Key") != expected:', "security", "CORTEGE_STAFF_KEY unset: staff_only lets every request through"),
    "STAFF-KEY-TIMING": P(A, 'if expected and request.headers.get("X-Staff-Key") != expected:', "security", "staff key compared with != instead of a constant-time comparison"),
    "CODE-PREDICTABLE": P(A, 'return "%06d" % random.randint(0, 999999)', "security", "family code drawn from random (Mersenne Twister), not secrets: predictable", "signature-vs-statement"),
    "QUOTE-DISCOUNT-UNCHECKED": P(A, "total = price * (100 - discount_pct) // 100", "bug", "discount_pct never bounded: over 100 gives a negative total, negative raises the price"),
    "QUOTE-DEPOSIT-LIST-PRICE": P(A, "deposit = price // 4", "bug", "deposit taken as a quarter of the list price, not of the discounted total"),
    "QUOTE-CARS-SHORT": P(A, "cars = mourners // SEATS_PER_CAR", "bug", "floor division: 7 mourners get one car of six seats; should round up", "off-by-one"),
    "LIST-SORT-SQLI": P(A, 'sql = f"SELECT id, deceased, service_at, status FROM arrangements ORDER BY {sort}"', "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "LIST-PAGE-SKIPS-FIRST": P(A, 'rows = db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size)).fetchall()', "bug", "page starts at 1 but OFFSET is page * size: the first page is never returned", "off-by-one"),
    "CHAPEL-DOUBLE-BOOK": P(A, "if clash:", "bug", "clash check and insert not atomic: two staff can book the chapel for the same time", "critical-section"),
    "CHAPEL-ARRANGEMENT-UNCHECKED": P(A, "db().execute(INSERT_BOOKING,", "bug", "arrangement_id inserted unchecked: a booking for a missing or cancelled arrangement holds the chapel"),
    "HEARSE-RACE": P(A, "if not free:", "bug", "shared _hearse_bookings read and written without a lock: two requests take the same hearse", "critical-section"),
    "HEARSE-SECOND-HEARSE": P(A, "taken[free[0]] = arr_id", "bug", "an arrangement that already has a hearse that day is given another one each call"),
    "CANCEL-REFUND-BOUNDARY": P(A, 'refund = row["deposit"] if days_left > FULL_REFUND_DAYS', "bug", "> instead of >=: cancelling exactly seven days ahead refunds only half", "off-by-one"),
    "CANCEL-REFUNDS-AGAIN": P(A, "db().execute(\"UPDATE arrangements SET status = 'cancelled', refunded = ?", "bug", "status never checked: an already cancelled arrangement is cancelled and refunded again"),
    "BOARD-BUILD-RACE": P(A, "page = _build_board(today)", "bug", "board cache and counters updated without a lock: duplicate builds and lost counts under threads", "critical-section"),
    "BOARD-STALE": P(A, "_board_cache[today] = page", "bug", "board cached for the whole day and never invalidated: bookings and cancellations made today do not show"),
    "BOARD-NOTES-XSS": P(A, "items = \"\".join(f\"<li>{r['service_at'][11:16]}", "security", "notes inserted into the public board HTML unescaped (stored XSS)"),
    "BOARD-NOTES-PUBLIC": P(A, "items = \"\".join(f\"<li>{r['service_at'][11:16]}", "security", "extra, one agent: private staff notes shown on the public board at all"),
    "OBIT-UNPUBLISHED": P(A, 'row = db().execute("SELECT deceased, tribute, published FROM arrangements', "security", "published is fetched but never checked: draft obituaries are public by id", "signature-vs-statement"),
    "OBIT-TRIBUTE-XSS": P(A, "return f\"<article><h1>{escape(row['deceased'])}</h1>", "security", "tribute text rendered into HTML unescaped (the name next to it is escaped)"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(folder, name))", "security", "upload filename joined to the photo folder unchecked: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, 'photo = request.files["photo"]', "security", "no extension or content-type check on the uploaded photo (HTML, SVG stored)"),
    "PRINT-SHELL-INJECTION": P(A, "cmd = f\"lp -d {PRINTER} -n {copies} -t '{title}' {pdf}\"", "security", "title from the request body formatted into a shell command line", "source-vs-sink"),
    "PRINT-COPIES-UNBOUNDED": P(A, 'copies = int(body.get("copies", 50))', "bug", "copies not bounded: zero, negative or thousands of copies sent to the printer"),
    "PRINT-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug", "lp's exit status ignored: the response says queued even when printing failed"),
    "IMPORT-YAML-UNSAFE": P(A, "docs = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on a request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("STAFF-KEY-FAILS-OPEN", "STAFF-KEY-TIMING"),
    ("QUOTE-DISCOUNT-UNCHECKED", "QUOTE-DEPOSIT-LIST-PRICE"),
    ("QUOTE-DEPOSIT-LIST-PRICE", "QUOTE-CARS-SHORT"),
    ("LIST-SORT-SQLI", "LIST-PAGE-SKIPS-FIRST"),
    ("CHAPEL-DOUBLE-BOOK", "CHAPEL-ARRANGEMENT-UNCHECKED"),
    ("HEARSE-RACE", "HEARSE-SECOND-HEARSE"),
    ("CANCEL-REFUND-BOUNDARY", "CANCEL-REFUNDS-AGAIN"),
    ("BOARD-BUILD-RACE", "BOARD-STALE"),
    ("BOARD-NOTES-XSS", "BOARD-NOTES-PUBLIC"),
    ("OBIT-UNPUBLISHED", "OBIT-TRIBUTE-XSS"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("PRINT-SHELL-INJECTION", "PRINT-EXIT-IGNORED"),
    ("PRINT-COPIES-UNBOUNDED", "PRINT-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `cortege/app.py`

        I read the whole module (it is the entire service). The data model is sensible and most queries use
        bound parameters, but several endpoints trust request values in ways that matter a lot for a business
        holding bereaved families' details.

        | severity | count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 8 |
        | low | 1 |

        Things that are fine and that I checked on purpose: `manager_only` fails closed and uses
        `hmac.compare_digest`; `family_view` compares the code in constant time and returns only selected
        columns; the chapel clash predicate (`starts_at < end AND ends_at > start`) is the correct interval
        test; the deceased's name is escaped on both HTML pages; `list_arrangements` caps `size` at 100.
        """,
        Block([
            F("PRINT-SHELL-INJECTION", "critical", "security", "Shell injection through the order-of-service title",
              "Build an argument list (`[\"lp\", \"-d\", PRINTER, \"-n\", str(copies), \"-t\", title, pdf]`) and drop `shell=True`.",
              symbol="print_order_of_service", conf=0.95),
            F("LIST-SORT-SQLI", "critical", "security", "SQL injection via the `sort` parameter of `GET /arrangements`",
              "Map `sort` through an allow-list of column names (`service_at`, `deceased`, `status`) and fall back to `service_at`.",
              symbol="list_arrangements", conf=0.95),
            F("IMPORT-YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from tags.",
              symbol="import_arrangements", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded photo filename is used as a path component",
              "Use `werkzeug.utils.secure_filename` or generate the stored name yourself.",
              symbol="upload_photo", conf=0.9),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "`staff_only` allows everything when `CORTEGE_STAFF_KEY` is unset",
              "Fail closed like `manager_only`: reject when the key is missing, and compare with `hmac.compare_digest`.",
              symbol="staff_only.wrapper", conf=0.9),
            F("CODE-PREDICTABLE", "high", "security", "Family access codes come from `random`",
              "Use `secrets.randbelow(10**6)` (or a longer `secrets.token_urlsafe`); `random` is predictable from its outputs.",
              symbol="new_family_code", conf=0.8),
            F("OBIT-UNPUBLISHED", "high", "security", "Unpublished obituaries are served to anyone",
              "Return 404 unless `row[\"published\"]`; the column is selected but never looked at.",
              d=-1, n=2, symbol="obituary", conf=0.85),
            F("OBIT-TRIBUTE-XSS", "high", "security", "Tribute text is rendered without escaping",
              "Escape `row['tribute']` as the name already is, or render through a template with autoescaping.",
              symbol="obituary", conf=0.85),
            F("BOARD-NOTES-XSS", "medium", "security", "Stored XSS on the public services board via `notes`",
              "Escape `r['notes']`.", symbol="_build_board", conf=0.8),
            F("BOARD-NOTES-PUBLIC", "medium", "security", "Internal arrangement notes are published on the board",
              "Staff notes can hold family or medical details; show only time, name and chapel on a public page.",
              symbol="_build_board", conf=0.6),
        ]),
        "Correctness and concurrency issues:",
        Block([
            F("CHAPEL-DOUBLE-BOOK", "medium", "bug", "Chapel clash check and insert are not atomic",
              "Run both inside one `BEGIN IMMEDIATE` transaction, or add an exclusion check in a unique index on (chapel, starts_at).",
              d=-1, symbol="book_chapel", conf=0.75),
            F("HEARSE-RACE", "medium", "bug", "Hearse assignment races on the module-level dict",
              "Guard the read-modify-write with a `threading.Lock`, or better keep the assignments in the database.",
              symbol="assign_hearse", conf=0.7),
            F("BOARD-BUILD-RACE", "low", "bug", "Board cache and its counters are updated without a lock",
              "Use a lock around the check-and-build; the counters lose increments under a threaded server.",
              symbol="todays_board", conf=0.6),
            F("CANCEL-REFUND-BOUNDARY", "medium", "bug", "Full refund window excludes the seventh day",
              "The constant says seven *or more* days: use `days_left >= FULL_REFUND_DAYS`.",
              symbol="cancel_arrangement", conf=0.8),
            F("QUOTE-DISCOUNT-UNCHECKED", "medium", "bug", "`discount_pct` is not validated",
              "Reject values outside 0..100 (a discount of 120 produces a negative total).", symbol="quote", conf=0.8),
            F("QUOTE-DEPOSIT-LIST-PRICE", "medium", "bug", "Deposit is computed from the undiscounted price",
              "Take the deposit from `total` so a discounted arrangement is not asked for more than a quarter.",
              symbol="quote", conf=0.7),
            F("QUOTE-CARS-SHORT", "medium", "bug", "Too few following cars for the number of mourners",
              "Round up: `cars = -(-mourners // SEATS_PER_CAR)`.", symbol="quote", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LIST-SORT-SQLI", "high", "security", "ORDER BY built from ?sort=", "allow-list columns", d=-3),
            F("PRINT-SHELL-INJECTION", "high", "security", "title reaches sh -c via lp command string", "argv list, no shell", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "photo.filename used unsanitised in save path", "secure_filename()", d=-1),
            F("IMPORT-YAML-UNSAFE", "high", "security", "import_arrangements: unsafe yaml.Loader", "yaml.safe_load", d=-1),
            F("CODE-PREDICTABLE", "medium", "security", "new_family_code uses random, not secrets", "secrets.randbelow", d=-1),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staff_only is a no-op without CORTEGE_STAFF_KEY", "fail closed"),
            F("LIST-PAGE-SKIPS-FIRST", "medium", "bug", "page=1 skips the first page (OFFSET page*size)", "(page - 1) * size", d=-3),
            F("CHAPEL-DOUBLE-BOOK", "medium", "bug", "double booking possible between clash SELECT and INSERT", "single transaction", d=+2),
            F("HEARSE-SECOND-HEARSE", "low", "bug", "same arrangement can take every hearse", "check arr_id already in taken"),
            F("CANCEL-REFUNDS-AGAIN", "medium", "bug", "cancel does not check status; second cancel re-refunds", "WHERE status = 'open', 409 otherwise"),
            F("PRINT-COPIES-UNBOUNDED", "low", "bug", "copies unbounded", "clamp 1..500"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `cortege` Flask application. It manages funeral arrangements, chapel and hearse
        bookings, printing and public obituary pages. Below is a summary of my findings, grouped by area.

        **Security**

        The application has several injection vulnerabilities where request data flows into SQL, the shell, the
        filesystem and the YAML parser. The authentication decorator for staff endpoints is also weaker than the
        one used for managers.
        """,
        Block([
            F("LIST-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Arrangement Listing",
              "Validate `sort` against a fixed set of column names.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated directly into the ORDER BY clause of the SQL statement."),
            F("PRINT-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Print Endpoint",
              "Avoid `shell=True`; pass the arguments as a list.", d=+1, sd=-1, n=3,
              desc="The user-supplied `title` is embedded between single quotes in a shell command; a title containing a quote breaks out."),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("STAFF-KEY-TIMING", "MEDIUM", "Broken Authentication", "Non-Constant-Time Comparison of Staff Key",
              "Use `hmac.compare_digest`, as `manager_only` already does.",
              desc="Comparing secrets with `!=` can leak information about the key through response timing."),
            F("OBIT-TRIBUTE-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Obituary Page",
              "Escape the tribute before rendering."),
            F("BOARD-NOTES-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Services Board",
              "Escape `notes` with `html.escape`."),
        ], wrap="list"),
        """
        **Reliability and Logic**

        The following issues affect correctness of bookings, quotes and the cached board:
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Module-level mutable globals make the app hard to test."}),
            F("BOARD-BUILD-RACE", "MEDIUM", "Race Condition", "Race Condition in Board Cache",
              "Protect the cache with a lock.", d=+2,
              desc="Under a threaded server several requests can build the board at once and the counters are incremented non-atomically."),
            F("BOARD-STALE", "MEDIUM", "Caching", "Board Cache Never Invalidated",
              "Invalidate `_board_cache` when an arrangement for today changes, or add a short TTL.",
              desc="Once today's board is built it is served until the next day, so a cancellation or a new service does not appear."),
            F("QUOTE-CARS-SHORT", "MEDIUM", "Logic Error", "Incorrect Car Count Calculation",
              "Use ceiling division.", d=+1),
            F("PRINT-EXIT-IGNORED", "LOW", "Error Handling", "Print Failures Are Ignored",
              "Check the return code of `subprocess.run` and report failure to the caller."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LIST-SORT-SQLI", "high", "security", "sql injection in ORDER BY (sort)", "whitelist"),
            F("PRINT-SHELL-INJECTION", "high", "security", "shell injection via title in lp command", "no shell=True", d=+1),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo upload", "secure_filename"),
            F("PHOTO-ANY-TYPE", "medium", "", "any file type accepted as photo", "check extension/mimetype"),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staff auth off when env var missing", "abort if not expected"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CANCEL-REFUND-BOUNDARY", "medium", "bug", "refund boundary wrong at exactly 7 days", ">=", d=-1),
            F("CHAPEL-ARRANGEMENT-UNCHECKED", "low", "bug", "chapel booking doesn't verify arrangement exists", "select arrangement first"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the arrangement list (`sort`).
        2. OS command injection when printing orders of service.
        3. Unsafe YAML deserialization in the import endpoint.
        4. Weak staff authentication.
        5. Concurrency problems in the in-memory hearse bookings and the board cache.
        6. Off-by-one errors in paging and refunds.
        7. Draft obituaries exposed.
        """,
        Block([
            F("LIST-SORT-SQLI", "blocker", "security", "SQL injection through the sort parameter",
              "Use a whitelist of sortable columns.", conf=0.9),
            F("PRINT-SHELL-INJECTION", "blocker", "security", "Command injection in print_order_of_service",
              "Use subprocess with a list and shell=False.", d=+1, conf=0.9),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe YAML loader allows code execution",
              "Use yaml.safe_load.", conf=0.85),
            F("STAFF-KEY-FAILS-OPEN", "major", "security", "Staff authentication disabled when the key is not configured",
              "Deny requests when CORTEGE_STAFF_KEY is empty.", conf=0.8),
            F("STAFF-KEY-TIMING", "minor", "security", "Timing attack on staff key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("HEARSE-RACE", "major", "concurrency", "Non-thread-safe hearse allocation",
              "Use a lock or a database table with a unique constraint.", d=-1, conf=0.7),
            F("BOARD-BUILD-RACE", "minor", "performance", "Board may be rebuilt concurrently by several requests",
              "Guard the cache fill with a lock.", d=+3, conf=0.5),
            F("LIST-PAGE-SKIPS-FIRST", "major", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", conf=0.85),
            F("CANCEL-REFUND-BOUNDARY", "minor", "correctness", "Refund boundary off by one day",
              "Use >= for the full-refund window.", conf=0.7),
            F("QUOTE-DEPOSIT-LIST-PRICE", "minor", "correctness", "Deposit ignores the discount",
              "Base the deposit on the discounted total.", conf=0.6),
            F("OBIT-UNPUBLISHED", "major", "security", "Obituary endpoint does not check the published flag",
              "Return 404 for unpublished obituaries.", anchor="return f\"<article><h1>{escape(row['deceased'])}</h1>", conf=0.7),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 5 major, 4 minor"),
    ]),
}

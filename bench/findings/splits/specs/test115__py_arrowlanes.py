"""test115/py-arrowlanes: an archery range's lane bookings, arrow inventory and scorecards (Python, Flask + SQLite).

Frozen test split test115 (issue 15, written 2026-12-07 for round 59) by a helper session that had not seen the
merger code, any score, or any other split's answers or specs (apart from specs/tune2__py_snapctl.py, for the
format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test115: seeded problems in a small archery-range service; five agents' answers "
    "written by hand."
)

A = "longbow/app.py"
PROBLEMS = {
    "KEY-FAILS-OPEN": P(A, "if MEMBER_KEY and key != MEMBER_KEY:", "security", "member_required lets every request through when MEMBER_KEY is unset"),
    "KEY-NOT-CONSTANT-TIME": P(A, "if MEMBER_KEY and key != MEMBER_KEY:", "security", "member key compared with != (timing), not hmac.compare_digest; extra, one agent"),
    "MEMBER-ID-SPOOFABLE": P(A, 'g.member_id = request.headers.get("X-Member-Id")', "security", "member identity taken from a client header: any member can act as any other"),
    "SORT-SQLI": P(A, "ORDER BY {sort}", "security", "sort query value formatted into the ORDER BY of /lanes/free", "source-vs-sink"),
    "LANE-INDEX-OBO": P(A, "lane_name = LANES[lane]", "bug", "one-based lane number used as a zero-based index: lane 1 books L2, lane 8 raises IndexError", "off-by-one"),
    "START-UNCHECKED": P(A, 'start = datetime.fromisoformat(body["start"])', "bug", "booking start not checked (past, not a slot, outside opening hours); one agent"),
    "ARCHERS-UNBOUNDED": P(A, 'archers = int(body.get("archers", 1))', "bug", "archers per booking not checked against MAX_ARCHERS_PER_LANE (or below 1)"),
    "DOUBLE-BOOKING": P(A, "if taken == 0:", "bug", "count-then-insert without a transaction or unique constraint: two members book the same lane slot", "critical-section"),
    "CANCEL-NOT-OWNER": P(A, 'cur = db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security", "cancel deletes any booking by id, whoever owns it", "signature-vs-statement"),
    "QTY-NEGATIVE": P(A, 'qty = int(body.get("qty", 12))', "bug", "negative or zero qty on checkout passes the stock check and adds arrows"),
    "STOCK-RACE": P(A, "_stock[kind] -= qty", "bug", "arrow checkout checks and decrements _stock without _stock_lock: oversold stock, lost updates", "critical-section"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on a request body: arbitrary object construction", "signature-vs-statement"),
    "FIRST-END-SKIPPED": P(A, "for i in range(1, len(ends)):", "bug", "range starts at 1: the first end's arrows are never counted", "off-by-one"),
    "ARROW-VALUE-UNCHECKED": P(A, 'total += 10 if arrow == "X" else int(arrow)', "bug", "arrow values not checked (0-10, X, M): 99 counts, M raises ValueError"),
    "ZERO-ENDS": P(A, "average = total / (len(ends) * ARROWS_PER_END)", "bug", "an empty ends list divides by zero (500); one agent"),
    "XSS-NAME": P(A, "shot {row['total']}", "security", "archer name rendered into HTML unescaped (club is escaped)"),
    "XSS-ROUND": P(A, "shot {row['total']}", "security", "round_name, a client-chosen string, rendered into HTML unescaped on the same line; one agent"),
    "PHONE-ON-CARD": P(A, "Contact: {row['phone']}", "security", "unauthenticated scorecard page shows the member's phone number"),
    "LEADERBOARD-OFFSET-OBO": P(A, "offset = page * size", "bug", "pages are one-based but offset = page * size: page 1 skips the top scores", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "leaderboard size not capped: one request reads the whole table"),
    "PRINT-SHELL-COPIES": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)', "security", "copies query value formatted into an lp shell command", "source-vs-sink"),
    "PRINT-SHELL-PRINTER": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)', "security", "printer query value formatted into the same lp shell command", "source-vs-sink"),
    "PRINT-ERRORS-IGNORED": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)', "bug", "check=False and no return code check: a failed print (or a missing card PDF) still answers queued; one agent"),
    "EXPORT-SQLI": P(A, "WHERE s.created >= '{since}'", "security", "since query value formatted into the export's WHERE clause", "source-vs-sink"),
    "BOARD-PHONES": P(A, '"SELECT b.lane, b.start, m.name, m.phone FROM bookings b', "security", "public /board lists members' names and phone numbers"),
    "BOARD-CACHE-RACE": P(A, '_board_cache["rows"] = rows', "performance", "board cache refreshed without a lock: concurrent requests all rebuild it, rows and timestamp written apart", "critical-section"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, debug=os.environ.get("RANGE_DEBUG", "1") == "1")', "security", "Flask debugger on by default and bound to all interfaces"),
}

CONFUSABLE = [
    ("KEY-FAILS-OPEN", "KEY-NOT-CONSTANT-TIME"),
    ("KEY-FAILS-OPEN", "MEMBER-ID-SPOOFABLE"),
    ("LANE-INDEX-OBO", "START-UNCHECKED"),
    ("START-UNCHECKED", "ARCHERS-UNBOUNDED"),
    ("LANE-INDEX-OBO", "ARCHERS-UNBOUNDED"),
    ("QTY-NEGATIVE", "STOCK-RACE"),
    ("FIRST-END-SKIPPED", "ARROW-VALUE-UNCHECKED"),
    ("ARROW-VALUE-UNCHECKED", "ZERO-ENDS"),
    ("XSS-NAME", "XSS-ROUND"),
    ("XSS-NAME", "PHONE-ON-CARD"),
    ("XSS-ROUND", "PHONE-ON-CARD"),
    ("LEADERBOARD-OFFSET-OBO", "PAGE-SIZE-UNBOUNDED"),
    ("PRINT-SHELL-COPIES", "PRINT-SHELL-PRINTER"),
    ("PRINT-SHELL-COPIES", "PRINT-ERRORS-IGNORED"),
    ("PRINT-SHELL-PRINTER", "PRINT-ERRORS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `longbow/app.py`

        The service is small but almost every endpoint that takes input from the request has a problem. The
        officer decorator is done right (`officer_required` fails closed and uses `hmac.compare_digest`), and
        `/arrows/return` holds `_stock_lock`, which makes the gaps next to them easier to see.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | Injection | `sort` and `since` in SQL, `copies`/`printer` in a shell, unsafe YAML |
        | P1 | Auth | member key fails open, member id from a header, cancel without owner check |
        | P1 | Correctness | lane index, first end skipped, leaderboard offset, double booking |
        | P2 | Privacy / hygiene | phone numbers on public pages, unescaped HTML, racy cache |
        """,
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection through `sort` in `/lanes/free`",
              "Map `sort` to a whitelist (`{'lane': 'lane', 'start': 'start'}`) and reject anything else; identifiers cannot be bound as parameters.",
              symbol="free_lanes", conf=0.95),
            F("EXPORT-SQLI", "critical", "security", "SQL injection through `since` in the CSV export",
              "Bind it: `WHERE s.created >= ?` with `(since,)`, after parsing it as a date.",
              symbol="export_scorecards", conf=0.9),
            F("PRINT-SHELL-COPIES", "high", "security", "Shell injection via `copies` in the print endpoint",
              "Parse `copies` as a small int and call `subprocess.run(['lp', '-d', printer, '-n', str(n), path])` without a shell.",
              symbol="print_scorecard", conf=0.9),
            F("PRINT-SHELL-PRINTER", "high", "security", "`printer` is interpolated into the same shell command",
              "Check `printer` against the configured printers; with an argv list it can no longer inject.",
              symbol="print_scorecard", conf=0.85),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_inventory", conf=0.9),
        ]),
        "Authentication and ownership:",
        Block([
            F("KEY-FAILS-OPEN", "high", "security", "`member_required` lets every request through when `MEMBER_KEY` is unset",
              "Fail closed like `officer_required`: `if not MEMBER_KEY or not hmac.compare_digest(key, MEMBER_KEY)`.",
              symbol="member_required.wrapper", conf=0.9),
            F("KEY-NOT-CONSTANT-TIME", "low", "security", "Member key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest`.", symbol="member_required.wrapper", conf=0.6),
            F("MEMBER-ID-SPOOFABLE", "high", "security", "Member identity taken from the client-supplied `X-Member-Id` header",
              "Derive the member from the credential (a per-member token), not from a header the caller sets.",
              symbol="member_required.wrapper", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any booking",
              "Add `AND member_id = ?` with `g.member_id` to the DELETE.", symbol="cancel_booking", conf=0.85),
            F("LANE-INDEX-OBO", "medium", "bug", "Lane number is used as a zero-based index after a one-based check",
              "`LANES[lane - 1]`; today lane 1 books L2 and lane 8 raises `IndexError` (500).",
              symbol="book_lane", conf=0.85),
            F("ARCHERS-UNBOUNDED", "low", "bug", "`archers` is never checked against `MAX_ARCHERS_PER_LANE`",
              "Reject values outside `1..MAX_ARCHERS_PER_LANE`.", symbol="book_lane", conf=0.7),
            F("DOUBLE-BOOKING", "high", "bug", "Check-then-insert lets two members book the same lane slot",
              "Add a UNIQUE(lane, start) constraint and handle `IntegrityError`, or run the count and insert in one `BEGIN IMMEDIATE` transaction.",
              d=-2, symbol="book_lane", conf=0.8),
            F("STOCK-RACE", "medium", "bug", "Arrow checkout updates `_stock` without `_stock_lock`",
              "Hold `_stock_lock` around the check and the decrement, as `/arrows/return` does.",
              d=-1, n=2, symbol="checkout_arrows", conf=0.8),
            F("QTY-NEGATIVE", "medium", "bug", "Negative `qty` on checkout adds arrows to the stock",
              "Reject `qty < 1`.", symbol="checkout_arrows", conf=0.8),
            F("FIRST-END-SKIPPED", "high", "bug", "Scorecard total skips the first end",
              "Iterate `for end in ends:`; `range(1, len(ends))` drops end 0.", symbol="submit_scorecard", conf=0.9),
            F("ARROW-VALUE-UNCHECKED", "medium", "bug", "Arrow values are not validated",
              "Accept only 0-10, `X` and `M`; `int('M')` raises and `99` is accepted.", symbol="submit_scorecard", conf=0.75),
            F("LEADERBOARD-OFFSET-OBO", "medium", "bug", "Leaderboard page 1 skips the top `size` scores",
              "`offset = (page - 1) * size`, with `page >= 1` enforced.", symbol="leaderboard", conf=0.85),
            F("XSS-NAME", "high", "security", "Archer name rendered unescaped in the scorecard page",
              "Escape it with `html.escape` like the club name, or render a template.", symbol="scorecard_page", conf=0.85),
            F("XSS-ROUND", "medium", "security", "`round_name` is also unescaped on the same line",
              "The round name comes straight from the submitted scorecard; escape it too.", symbol="scorecard_page", conf=0.7),
            F("PHONE-ON-CARD", "medium", "security", "Public scorecard page shows the member's phone number",
              "Drop the phone from the page (and the query).", symbol="scorecard_page", conf=0.75),
            F("BOARD-PHONES", "medium", "security", "Public `/board` exposes members' phone numbers",
              "Select only lane, start and a display name.", symbol="_todays_bookings", conf=0.75),
            F("BOARD-CACHE-RACE", "low", "performance", "Board cache refresh is unsynchronised: concurrent requests all rebuild it",
              "Guard the refresh with a lock and swap a single tuple `(at, rows)`.", d=-2, symbol="board", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection: ?sort= reaches ORDER BY", "whitelist columns", d=-2),
            F("EXPORT-SQLI", "critical", "security", "SQL injection in export via since", "bind parameter", d=-3),
            F("PRINT-SHELL-COPIES", "high", "security", "Command injection in print_scorecard (copies)", "argv list, int(copies)", d=-3),
            F("YAML-UNSAFE", "high", "security", "import_inventory uses yaml.load with the unsafe Loader", "yaml.safe_load", d=-1),
            F("KEY-FAILS-OPEN", "high", "security", "Member auth disabled when MEMBER_KEY is empty", "fail closed"),
            F("MEMBER-ID-SPOOFABLE", "high", "security", "X-Member-Id trusted as identity", "bind member to key"),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel_booking does not check booking owner", "filter on member_id", d=-2),
            F("LANE-INDEX-OBO", "medium", "bug", "Off-by-one between lane bounds check and LANES index", "LANES[lane - 1]", d=-2),
            F("START-UNCHECKED", "low", "bug", "start accepted without validation (past times, non-slot times)", "validate against slots"),
            F("DOUBLE-BOOKING", "high", "bug", "Race: concurrent bookings for same lane/start both insert", "unique index", d=1),
            F("STOCK-RACE", "medium", "bug", "_stock mutated outside _stock_lock in checkout", "take the lock"),
            F("FIRST-END-SKIPPED", "high", "bug", "First end ignored in total", "range(len(ends))"),
            F("LEADERBOARD-OFFSET-OBO", "medium", "bug", "Leaderboard offset off by one page", "(page - 1) * size", d=-2),
            F("XSS-NAME", "medium", "security", "Stored XSS via member name on scorecard page", "html.escape"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Longbow Lane archery range application. It is a single Flask module that
        handles lane bookings, an in-memory arrow inventory and scorecards, backed by SQLite.

        **Overall assessment:** the application has several serious security vulnerabilities, mostly injection
        flaws where request parameters are embedded into SQL statements or shell commands, and a number of
        logic and concurrency errors in the booking and inventory code.

        **Security findings:**
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Lanes Listing",
              "Validate the `sort` parameter against an allow-list of column names.", sd=-2, n=3,
              desc="The `sort` parameter is read from the query string and placed directly into the ORDER BY clause of the query."),
            F("EXPORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Scorecard Export",
              "Use a parameterized query for the date filter.", sd=-2, n=3),
            F("PRINT-SHELL-COPIES", "CRITICAL", "Command Injection", "OS Command Injection in Scorecard Printing",
              "Avoid `shell=True` and pass the arguments as a list.", sd=-2, n=3,
              desc="The `copies` value from the query string is inserted into a command line executed through the shell."),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`."),
            F("KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Member Authentication Bypass When Key Is Not Configured",
              "Deny access when `MEMBER_KEY` is empty.", sd=-1, n=2),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Verify that the booking belongs to the requesting member.", sd=-2, n=3),
            F("XSS-NAME", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in Scorecard Page",
              "Escape all user-controlled values before inserting them into HTML.", sd=-2, n=3),
            F("BOARD-PHONES", "MEDIUM", "Information Disclosure", "Public Board Leaks Member Phone Numbers",
              "Remove `m.phone` from the board query."),
            F("DEBUG-ON", "MEDIUM", "Security Misconfiguration", "Debug Mode Enabled by Default",
              "Default `RANGE_DEBUG` to off and bind to localhost for development."),
        ], wrap="list"),
        """
        **Logic, concurrency and performance findings:**
        """,
        Block([
            F("DOUBLE-BOOKING", "HIGH", "Race Condition", "Race Condition Allows Double Booking of Lanes",
              "Use a unique constraint on (lane, start) or a transaction.", sd=-2, n=3,
              desc="Between the SELECT COUNT(*) and the INSERT another request can book the same lane."),
            F("STOCK-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Arrow Stock",
              "Use `_stock_lock` in `checkout_arrows` as well.", sd=-2, n=3),
            F("FIRST-END-SKIPPED", "HIGH", "Logic Error", "Scorecard Total Ignores the First End",
              "Start the loop at index 0.", d=1, sd=-1, n=3),
            F("ZERO-ENDS", "MEDIUM", "Error Handling", "Division by Zero for Empty Scorecards",
              "Reject scorecards with no ends before computing the average."),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and business logic; consider splitting it into blueprints."}),
            F("PAGE-SIZE-UNBOUNDED", "LOW", "Performance", "Unbounded Page Size on Leaderboard",
              "Cap `size` at a reasonable maximum such as 100."),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Board Cache Is Not Thread-Safe",
              "Protect the cache refresh with a lock.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort param", "whitelist"),
            F("YAML-UNSAFE", "error", "security", "yaml.load on request body", "safe_load"),
            F("CANCEL-NOT-OWNER", "error", "security", "anyone can cancel any booking", "check member_id"),
            F("XSS-NAME", "warning", "security", "name not escaped in scorecard html", "escape"),
            F("DEBUG-ON", "warning", "security", "debug=True by default", "default off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("QTY-NEGATIVE", "warning", "", "negative qty increases stock", "qty >= 1"),
            F("FIRST-END-SKIPPED", "error", "bug", "first end not counted", "iterate all ends", d=1),
            F("PAGE-SIZE-UNBOUNDED", "warning", "performance", "no max page size", "cap it"),
            F("PRINT-ERRORS-IGNORED", "warning", "bug", "lp failure ignored, always returns queued", "check returncode"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (sort, since), shell (print endpoint), YAML deserialization.
        2. Authentication: member key fails open; member identity from a header.
        3. Correctness: lane indexing, scorecard totals, leaderboard paging, arrow values.
        4. Concurrency: lane booking, arrow stock and the board cache are not synchronized.
        5. Privacy: phone numbers on the public scorecard page.
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause", "Use a whitelist for sort.", conf=0.9),
            F("EXPORT-SQLI", "blocker", "security", "SQL injection in export date filter", "Use query parameters.", conf=0.9),
            F("PRINT-SHELL-COPIES", "blocker", "security", "Command injection in lp invocation", "Do not use shell=True.", conf=0.85),
            F("PRINT-SHELL-PRINTER", "major", "security", "Untrusted printer name passed to the shell", "Validate the printer name.", d=-2, conf=0.8),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML loading", "Use yaml.safe_load.", conf=0.85),
            F("KEY-FAILS-OPEN", "major", "security", "Authentication bypass when MEMBER_KEY is empty", "Reject requests when no key is configured.", conf=0.85),
            F("MEMBER-ID-SPOOFABLE", "major", "security", "Member ID header can be forged", "Authenticate members individually.", d=-2, conf=0.75),
            F("LANE-INDEX-OBO", "major", "correctness", "Off-by-one when mapping lane number to lane name", "Use lane - 1 as the index.", conf=0.8),
            F("ARCHERS-UNBOUNDED", "minor", "correctness", "Number of archers is not validated", "Check the range 1..MAX_ARCHERS_PER_LANE.", conf=0.6),
            F("DOUBLE-BOOKING", "major", "concurrency", "Concurrent bookings can double-book a lane", "Use a transaction or unique constraint.", d=2, conf=0.8),
            F("STOCK-RACE", "major", "concurrency", "Race condition on arrow stock counter", "Acquire _stock_lock.", d=1, conf=0.75),
            F("FIRST-END-SKIPPED", "major", "correctness", "First end excluded from scorecard total", "Loop from 0.", conf=0.85),
            F("ARROW-VALUE-UNCHECKED", "minor", "correctness", "Invalid arrow values crash or inflate the score", "Validate each arrow value.", conf=0.65),
            F("XSS-NAME", "major", "security", "Cross-site scripting on scorecard page", "Escape the member name.", conf=0.8),
            F("PHONE-ON-CARD", "minor", "privacy", "Phone number exposed on public scorecard", "Remove it.", conf=0.7),
            F("LEADERBOARD-OFFSET-OBO", "major", "correctness", "Leaderboard skips the first page of results", "offset = (page - 1) * size.", d=-1, conf=0.8),
            F("BOARD-CACHE-RACE", "minor", "concurrency", "Unsynchronized access to board cache", "Use a lock.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 10 major, 4 minor"),
    ]),
}

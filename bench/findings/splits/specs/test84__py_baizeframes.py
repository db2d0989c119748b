"""test84/py-baizeframes: a snooker hall's table sessions, bookings, memberships and league frames (Python).

Frozen test split test84; labels next to each finding. Written 2026-12-06 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test84: seeded problems in a snooker hall's Flask service; five agents' answers "
    "written by hand."
)

A = "baizeframes/app.py"
PROBLEMS = {
    "STAFF-KEY-FAILS-OPEN": P(A, "if key != STAFF_KEY:", "security", "BAIZE_STAFF_KEY defaults to '': with it unset a request without the header passes staff_only", "signature-vs-statement"),
    "STAFF-KEY-TIMING": P(A, "if key != STAFF_KEY:", "security", "staff key compared with != (not constant time) while manager_only uses hmac.compare_digest"),
    "TABLES-ORDER-SQLI": P(A, 'ORDER BY {order}"', "security", "order query value formatted into the ORDER BY of /tables", "source-vs-sink"),
    "SESSION-DOUBLE-START": P(A, "if table in _open_sessions:", "bug", "check-then-set on _open_sessions without _session_lock: two starts on one table both succeed, one session is lost", "critical-section"),
    "SESSION-KIND-UNCHECKED": P(A, '"kind": body.get("kind", "standard")}', "bug", "kind is stored unchecked; an unknown kind makes RATE_PER_MIN[kind] raise at stop, the table can never be billed"),
    "BILL-MINUTES-FLOOR": P(A, 'minutes = int((time.time() - sess["started"]) // 60)', "bug", "floor division: the hall charges per started minute but the started minute is never charged (59 s costs nothing)", "off-by-one"),
    "MEMBER-DISCOUNT-UNCHECKED": P(A, 'if sess["member"]:', "bug", "any member_id (expired or unknown) gets the member discount; is_active is never called"),
    "TAKINGS-RACE": P(A, "_takings[method] += amount", "bug", "read-modify-write of the shared takings without _session_lock from threaded requests: lost updates", "critical-section"),
    "TAKINGS-METHOD-UNKNOWN": P(A, "_takings[method] += amount", "bug", "method from the body is not checked: an unknown method raises KeyError after the session was popped, the bill is lost"),
    "JOIN-MONTHS-CLIENT": P(A, 'months = int(body.get("months", 12))', "security", "public join: the client picks the membership length (months=600) while paying for twelve"),
    "JOIN-TIER-CLIENT": P(A, 'tier = body.get("tier", "club")', "security", "public join: the client picks any tier; an unknown tier is stored and priced 0"),
    "MEMBER-CARD-PUBLIC": P(A, 'row = get_db().execute("SELECT id, name, phone, expires, tier FROM members WHERE id = ?"', "security", "member card without authentication returns name and phone for any sequential id", "signature-vs-statement"),
    "EXPORT-CSV-FORMULA": P(A, 'out.writerow([r["id"], r["name"], r["phone"]', "security", "member names written to the CSV export unescaped: formula injection in the manager's spreadsheet"),
    "BOOK-TABLE-RANGE": P(A, 'table = int(body["table"])', "bug", "booking table number not checked against 1..TABLES (the session start checks it)", nth=1),
    "BOOK-HOURS-UNCHECKED": P(A, "end = start + timedelta(hours=", "bug", "hours not validated: zero or negative hours make a booking that never clashes"),
    "BOOK-CLASH-RACE": P(A, "if clash:", "bug", "clash SELECT then INSERT outside a transaction: two concurrent bookings of one slot both pass", "critical-section"),
    "BOOKINGS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages count from 1 but offset = page * size: page 1 skips the first page of bookings", "off-by-one"),
    "MAX-BREAK-147": P(A, "if not 0 <= high_break < 147:", "bug", "< 147 rejects a maximum break of 147", "off-by-one"),
    "FRAMES-NEEDED": P(A, "needed = best_of // 2", "bug", "frames needed to win a best-of-n is n // 2 + 1; every correct result is rejected and a drawn one accepted", "off-by-one"),
    "FRAME-SELF-MATCH": P(A, 'winner, loser = body["winner"], body["loser"]', "bug", "winner == loser is accepted: a player can record frames against themself for ladder points"),
    "LADDER-SQLI": P(A, "UPDATE ladder SET points", "security", "winner name formatted into the ladder UPDATE", "source-vs-sink"),
    "LADDER-CACHE-RACE": P(A, 'rows = get_db().execute("SELECT player, points FROM ladder', "performance", "unsynchronised cache refresh: concurrent requests all rebuild the ladder and write the shared dict", "critical-section"),
    "RECEIPT-SHELL": P(A, "lp -d {printer}", "security", "printer query value in a shell command line", "source-vs-sink"),
    "RECEIPT-EXIT-IGNORED": P(A, "lp -d {printer}", "bug", "check=False and no result check: a failed print still answers printed=true"),
    "RECEIPT-PATH-TRAVERSAL": P(A, "return send_file(os.path.join(RECEIPT_DIR, name))", "security", "path:name joined to RECEIPT_DIR: ../ or an absolute path reads any file", "signature-vs-statement"),
    "DEBUG-DEFAULT-ON": P(A, 'debug=os.environ.get("BAIZE_DEBUG", "1")', "security", "debug (Werkzeug console) on by default, bound to 0.0.0.0"),
}

CONFUSABLE = [
    ("STAFF-KEY-FAILS-OPEN", "STAFF-KEY-TIMING"),
    ("SESSION-DOUBLE-START", "SESSION-KIND-UNCHECKED"),
    ("BILL-MINUTES-FLOOR", "MEMBER-DISCOUNT-UNCHECKED"),
    ("TAKINGS-RACE", "TAKINGS-METHOD-UNKNOWN"),
    ("JOIN-MONTHS-CLIENT", "JOIN-TIER-CLIENT"),
    ("BOOK-TABLE-RANGE", "BOOK-HOURS-UNCHECKED"),
    ("MAX-BREAK-147", "FRAMES-NEEDED"),
    ("FRAME-SELF-MATCH", "LADDER-SQLI"),
    ("RECEIPT-SHELL", "RECEIPT-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `baizeframes/app.py` end to end (it is the whole service). Overall it is tidy: queries use bound
        parameters almost everywhere, `manager_only` fails closed and uses `hmac.compare_digest`, `stop_session`
        pops the open session under `_session_lock`, and `/bookings` clamps `size` to `MAX_PAGE`. The problems
        cluster in three places: the staff check, the money path in `stop_session`, and the league endpoint.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 7 |
        | low | 1 |

        The one to fix first is `staff_only`: with `BAIZE_STAFF_KEY` unset every staff route is open.
        """,
        Block([
            F("STAFF-KEY-FAILS-OPEN", "critical", "security", "`staff_only` fails open when `BAIZE_STAFF_KEY` is unset",
              "Refuse to start (or answer 503) when the key is empty, as `manager_only` does with `if not MANAGER_KEY`.",
              symbol="staff_only.wrapper", conf=0.9),
            F("STAFF-KEY-TIMING", "medium", "security", "Staff key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(key, STAFF_KEY)` like `manager_only`.", symbol="staff_only.wrapper", conf=0.6),
            F("TABLES-ORDER-SQLI", "high", "security", "SQL injection through `order` in `GET /tables`",
              "Map `order` to an allow-list of column names (`number`, `kind`, `status`) before building the query.",
              symbol="list_tables", conf=0.9),
            F("SESSION-DOUBLE-START", "high", "bug", "Starting a session checks and sets `_open_sessions` without the lock",
              "Hold `_session_lock` around the membership test and the assignment; two staff tablets starting table 4 at once both get 201 and the first start time is overwritten.",
              n=3, symbol="start_session", conf=0.8),
            F("BILL-MINUTES-FLOOR", "high", "bug", "Billing floors the minutes although the hall charges per started minute",
              "Use `math.ceil((time.time() - started) / 60)`; a 59-second session is billed 0 minutes.",
              symbol="stop_session", conf=0.85),
            F("MEMBER-DISCOUNT-UNCHECKED", "medium", "bug", "Member discount is applied to any `member_id`, even an expired or unknown one",
              "Call `is_active(sess[\"member\"])` before discounting; the helper exists but nothing uses it for billing.",
              symbol="stop_session", conf=0.8),
            F("TAKINGS-RACE", "medium", "bug", "`_takings` is updated without `_session_lock`",
              "Do the `+=` inside `with _session_lock:`; `/takings` reads under the lock but the writers never take it, so concurrent stops lose amounts.",
              symbol="stop_session", conf=0.75),
            F("TAKINGS-METHOD-UNKNOWN", "medium", "bug", "Unknown payment `method` raises after the session was already removed",
              "Validate `method in _takings` before popping the session; otherwise a typo (`\"Card\"`) loses the bill entirely.",
              symbol="stop_session", conf=0.7),
            F("JOIN-TIER-CLIENT", "high", "security", "`/members/join` lets the client choose its own tier",
              "Take the tier from a paid order, or at least reject tiers not in `TIER_PRICES`; an unknown tier is stored and `due` comes out as 0.",
              symbol="join", conf=0.8),
            F("MEMBER-CARD-PUBLIC", "high", "security", "Member card endpoint is unauthenticated and returns the phone number",
              "Put it behind `staff_only` or drop `phone` from the public card; ids are sequential, so every member can be enumerated.",
              symbol="member_card", conf=0.85),
            F("BOOK-CLASH-RACE", "medium", "bug", "Booking clash check and insert are not atomic",
              "Run both in one `BEGIN IMMEDIATE` transaction or add an exclusion check in the database.",
              d=-3, n=1, symbol="book_table", conf=0.7),
        ]),
        "And in the league and printing code:",
        Block([
            F("BOOKINGS-PAGE-OFFSET", "low", "bug", "`/bookings` skips the first page",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="list_bookings", conf=0.8),
            F("FRAMES-NEEDED", "high", "bug", "Frames needed to win is computed as `best_of // 2`",
              "It is `best_of // 2 + 1` (4 in a best of 7); as written every genuine 4-x result is rejected with 400.",
              symbol="record_frame", conf=0.85),
            F("MAX-BREAK-147", "medium", "bug", "A maximum break of 147 is rejected",
              "Use `0 <= high_break <= 147`.", symbol="record_frame", conf=0.85),
            F("LADDER-SQLI", "critical", "security", "SQL injection in the ladder update through `winner`",
              "Use a bound parameter: `db.execute(\"UPDATE ladder SET points = points + 3 WHERE player = ?\", (winner,))`.",
              symbol="record_frame", conf=0.95),
            F("RECEIPT-SHELL", "critical", "security", "Command injection through `printer` in the receipt printer call",
              "Check `printer` against the configured printers and call `subprocess.run([\"lp\", \"-d\", printer], input=text, text=True, check=True)`.",
              symbol="print_receipt", conf=0.9),
            F("RECEIPT-PATH-TRAVERSAL", "high", "security", "`GET /receipts/<path:name>` can read any file",
              "Use `send_from_directory(RECEIPT_DIR, name)`, which rejects paths outside the directory.",
              symbol="get_receipt", conf=0.9),
            F("DEBUG-DEFAULT-ON", "medium", "security", "Debug mode is on unless `BAIZE_DEBUG` is set to something else",
              "Default to off; the Werkzeug debugger on 0.0.0.0 is remote code execution.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (repo has no tests).",
        Block([
            F("TABLES-ORDER-SQLI", "high", "security", "SQLi via order param in /tables", "Whitelist sort columns.", d=-1),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staff_only accepts empty key when env unset", "Fail closed if STAFF_KEY empty.", d=-2),
            F("SESSION-DOUBLE-START", "medium", "bug", "race: double start on same table (no lock around check/set)", "Use _session_lock.", d=+2),
            F("BILL-MINUTES-FLOOR", "medium", "bug", "started minute not billed (floor)", "ceil."),
            F("TAKINGS-RACE", "low", "bug", "_takings += without lock", "Lock.", d=-1),
            F("LADDER-SQLI", "high", "security", "SQLi in ladder UPDATE (winner)", "Parameterize.", d=-2),
            F("FRAMES-NEEDED", "high", "bug", "best_of // 2 is not a majority", "best_of // 2 + 1.", d=+1),
            F("RECEIPT-SHELL", "high", "security", "shell injection: printer arg -> lp", "argv list, no shell.", d=-2),
            F("RECEIPT-PATH-TRAVERSAL", "high", "security", "path traversal in get_receipt", "send_from_directory.", d=-1),
            F("BOOKINGS-PAGE-OFFSET", "low", "bug", "page offset off by one", "(page-1)*size.", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Baize & Frames Flask application. It manages table sessions, bookings,
        memberships and a league ladder for a snooker hall.

        **Authentication and Access Control**

        The staff decorator compares the header with a key that is empty by default, and several routes that
        expose personal data are not protected at all.

        **Injection**

        Two SQL statements and one shell command are built from request values.
        """,
        Block([
            F("STAFF-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Staff Authentication Bypass with Default Empty Key",
              "Require a non-empty key at startup.", sd=-2, n=3,
              desc="`STAFF_KEY` defaults to an empty string and the header defaults to an empty string, so the comparison succeeds for any unauthenticated request when the variable is not configured."),
            F("TABLES-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection in Table Listing Sort Order",
              "Validate the sort column against an allow-list."),
            F("LADDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in League Ladder Update",
              "Use parameterized queries for the player name.", sd=-2, n=3),
            F("RECEIPT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection via Printer Name",
              "Avoid `shell=True` and validate the printer name.", sd=-2, n=3),
            F("RECEIPT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read in Receipt Download",
              "Use `send_from_directory`.", d=-1,
              desc="The `path` converter accepts slashes, and `os.path.join` discards the base directory when `name` is absolute."),
            F("MEMBER-CARD-PUBLIC", "MEDIUM", "Information Disclosure", "Member Phone Numbers Exposed Without Authentication",
              "Require staff authentication for member cards.", d=-1),
            F("JOIN-MONTHS-CLIENT", "MEDIUM", "Broken Access Control", "Client-Controlled Membership Duration",
              "Derive the duration from a payment, not from the request body."),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in Member Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a single quote."),
            F("DEBUG-DEFAULT-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled by Default",
              "Default `BAIZE_DEBUG` to off."),
        ], wrap="list"),
        """
        **Logic and Concurrency**

        The billing and league code contain arithmetic errors, and the shared in-memory state is modified
        without synchronization.
        """,
        Block([
            F("SESSION-DOUBLE-START", "HIGH", "Race Condition", "Race Condition When Starting a Table Session",
              "Guard the check and the insert with `_session_lock`.",
              desc="The lock exists and is used by `stop_session`, but not here."),
            F("TAKINGS-RACE", "MEDIUM", "Race Condition", "Non-Atomic Update of Takings Totals",
              "Acquire the lock before updating.", sd=-2, n=3),
            F("MAX-BREAK-147", "MEDIUM", "Logic Error", "Maximum Break of 147 Rejected",
              "Change the upper bound to `<= 147`."),
            F("FRAMES-NEEDED", "HIGH", "Logic Error", "Incorrect Majority Calculation for Best-of Matches",
              "Add one to `best_of // 2`.", d=+1, sd=-1, n=3),
            F("LADDER-CACHE-RACE", "LOW", "Performance", "Cache Stampede on the Ladder Endpoint",
              "Refresh the cache under a lock so only one request rebuilds it.", d=-1,
              desc="Every request that arrives while the cache is stale runs the query and rewrites the shared dictionary."),
            U({"severity": "INFO", "category": "Style", "description": "The module mixes business logic and routing; consider splitting it into blueprints."}),
            F("BOOK-HOURS-UNCHECKED", "MEDIUM", "Logic Error", "Booking Duration Is Not Validated",
              "Reject hours outside 1..4."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("STAFF-KEY-TIMING", "warning", "security", "staff key compare not constant time", "hmac.compare_digest"),
            F("TABLES-ORDER-SQLI", "error", "security", "sql injection via ?order=", "allow-list columns"),
            F("RECEIPT-PATH-TRAVERSAL", "error", "security", "receipt download path traversal", "send_from_directory"),
            F("JOIN-TIER-CLIENT", "warning", "security", "join accepts any tier from the client", "validate tier"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TAKINGS-METHOD-UNKNOWN", "warning", "", "unknown payment method -> KeyError, bill lost", "check method first"),
            F("FRAME-SELF-MATCH", "warning", "bug", "winner can equal loser", "reject winner == loser"),
            F("BOOK-TABLE-RANGE", "warning", "bug", "booking table number not range checked", "1..TABLES like start_session"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: the staff key check is weak.
        2. Injection: SQL in `/tables` and the ladder update, shell in receipt printing.
        3. Billing: minutes and discount are wrong; shared totals are not thread-safe.
        4. League: the frame validation rejects valid results.
        5. Membership: the join endpoint trusts the client.
        """,
        Block([
            F("STAFF-KEY-TIMING", "major", "security", "Timing-unsafe comparison of the staff key",
              "Use a constant-time comparison.", conf=0.6),
            F("TABLES-ORDER-SQLI", "blocker", "security", "SQL injection in table ordering",
              "Use an allow-list.", conf=0.9),
            F("SESSION-KIND-UNCHECKED", "major", "correctness", "Session kind is not validated on start",
              "Reject kinds not in RATE_PER_MIN; otherwise stopping the session raises KeyError.", conf=0.7),
            F("BILL-MINUTES-FLOOR", "major", "correctness", "Off-by-one in billed minutes (partial minute dropped)",
              "Round up.", d=-1, n=2, conf=0.8),
            F("MEMBER-DISCOUNT-UNCHECKED", "major", "correctness", "Discount granted without checking membership status",
              "Use is_active().", d=-2, snippet='minutes = int((time.time() - sess["started"]) // 60)', conf=0.7),
            F("TAKINGS-RACE", "major", "concurrency", "Lost updates on takings counters",
              "Protect with the lock.", conf=0.8),
            F("JOIN-MONTHS-CLIENT", "major", "security", "Membership length taken from the request",
              "Fix the length server-side.", conf=0.7),
            F("BOOK-CLASH-RACE", "major", "concurrency", "Double booking possible under concurrent requests",
              "Use a transaction.", d=+2, conf=0.7),
            F("BOOKINGS-PAGE-OFFSET", "minor", "correctness", "Pagination skips the first page",
              "Use (page - 1) * size.", conf=0.8),
            F("MAX-BREAK-147", "major", "correctness", "Valid maximum break rejected", "Use <= 147.", d=-1, conf=0.8),
            F("LADDER-SQLI", "blocker", "security", "SQL injection via winner name", "Bind parameters.", conf=0.9),
            F("RECEIPT-EXIT-IGNORED", "minor", "reliability", "Print failures are ignored",
              "Use check=True and report errors.", conf=0.6),
            F("RECEIPT-SHELL", "blocker", "security", "Command injection through printer name", "Do not use a shell.", conf=0.9),
            F("LADDER-CACHE-RACE", "minor", "performance", "Ladder cache refreshed without synchronization",
              "Use a lock around the refresh.", d=+1, conf=0.5),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 8 major, 3 minor"),
    ]),
}

"""test102/py-yurtstove: a yurt campsite's pitch bookings and stove checks (Python). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test102: seeded problems in a Flask + SQLite yurt campsite service (pitch bookings, stove "
    "checks, firewood, the occupancy board); five agents' answers written by hand."
)

A = "yurtstove/app.py"
PROBLEMS = {
    "WARDEN-KEY-FAILS-OPEN": P(A, 'expected = os.environ.get("WARDEN_KEY", "")', "security", "WARDEN_KEY defaults to the empty string: with it unset, a request with no key passes the warden check"),
    "WARDEN-KEY-IN-QUERY": P(A, 'given = request.args.get("key")', "security", "the warden key is accepted from the query string (logged by proxies, kept in browser history)"),
    "WARDEN-KEY-TIMING": P(A, "if given != expected:", "security", "the warden key is compared with != (not constant time)"),
    "PITCH-SQLI-SEASON": P(A, "WHERE season = '{season}'", "security", "season query value formatted into the SQL string: SQL injection", "source-vs-sink"),
    "PITCH-SQLI-SORT": P(A, "ORDER BY {sort}", "security", "sort query value formatted into ORDER BY: SQL injection through the sort column", "source-vs-sink"),
    "DEPART-NOT-AFTER-ARRIVE": P(A, 'depart = date.fromisoformat(body["depart"])', "bug", "departure not checked to be after arrival: zero or negative stays are booked with a zero or negative total"),
    "GUESTS-OVER-CAPACITY": P(A, 'guests = int(body.get("guests", 1))', "bug", "guest count never compared with the pitch capacity that is selected a few lines below (nor checked positive)"),
    "NIGHTS-OFF-BY-ONE": P(A, "nights = (depart - arrive).days + 1", "bug", "nights counted as days + 1: every stay is charged one night too many", "off-by-one"),
    "BOOKING-CHECK-THEN-INSERT": P(A, "    if clash:", "bug", "clash check and INSERT are separate statements with no transaction or lock: two guests can book the same pitch for the same nights", "critical-section"),
    "BOOKING-DETAIL-IDOR": P(A, 'SELECT * FROM bookings WHERE id = ?"', "security", "any booking by sequential id with no check of the guest's ref: name, phone and the ref itself (which allows cancelling) leak", "signature-vs-statement"),
    "REFUND-NOTICE-IGNORED": P(A, 'refund = row["total"] if', "bug", "full refund up to the day before arrival; REFUND_NOTICE_DAYS (14) is never applied"),
    "REFUND-ON-CANCELLED": P(A, "UPDATE bookings SET cancelled = 1, refund = ?", "bug", "an already cancelled booking can be cancelled again (no cancelled = 0 check), refunding it again"),
    "WARDEN-PAGE-OFFSET": P(A, "(size, page * size)", "bug", "pages are 1-based but OFFSET is page * size: page 1 skips the first page of bookings", "off-by-one"),
    "STOVE-FLUE-STRING": P(A, 'flue_ok = bool(body.get("flue_ok"))', "bug", "bool() of the submitted value: the string \"false\" (or \"no\") from the tablet form counts as a clear flue"),
    "STOVE-PASS-OR": P(A, "passed = co_ppm < CO_LIMIT_PPM or flue_ok", "bug", "a stove passes when either CO is under the limit or the flue is clear; both are required"),
    "STOVE-LOCK-UNCOMMITTED": P(A, "UPDATE pitches SET stove_locked = 1", "bug", "extra, one agent: the stove lock-out UPDATE runs after the commit and is never committed, so a failed stove is not locked"),
    "OVERDUE-FAILED-CHECK-COUNTS": P(A, "MAX(checked_on) AS last", "bug", "MAX(checked_on) counts failed checks: a stove that failed yesterday is not overdue"),
    "OVERDUE-NEVER-CHECKED": P(A, "FROM stove_checks GROUP BY pitch", "bug", "pitches with no stove check at all never appear in the overdue list (query only over stove_checks)"),
    "OVERDUE-OFF-BY-ONE": P(A, "> CHECK_EVERY_DAYS]", "bug", "> instead of >=: a stove last checked exactly CHECK_EVERY_DAYS ago is not yet listed as due", "off-by-one"),
    "FIREWOOD-NEGATIVE-QTY": P(A, 'qty = int(request.get_json(force=True).get("bundles", 1))', "bug", "bundle count not checked positive: a negative order adds wood to the stock"),
    "FIREWOOD-RACE": P(A, '_wood["bundles"] -= qty', "bug", "stock check and decrement on a module global without a lock: concurrent orders oversell and lose updates", "critical-section"),
    "BOARD-PHONE-LEAK": P(A, "SELECT pitch, guest_name, phone FROM bookings WHERE arrive <= ?", "security", "the public, unauthenticated occupancy board returns guests' phone numbers"),
    "BOARD-REFRESH-RACE": P(A, '_board["rows"] = [dict(r) for r in rows]', "bug", "the cached board is checked and rebuilt without _board_lock (which refresh_board uses): concurrent rebuilds and torn day/rows", "critical-section"),
    "PHOTO-PATH-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR", "security", "<path:name> joined to PHOTO_DIR and sent: ../ reads any file", "signature-vs-statement"),
    "RECEIPT-SHELL-INJECTION": P(A, 'subprocess.run(f"lp -n {copies} {pdf}"', "security", "copies query value formatted into a shell command line", "source-vs-sink"),
    "YAML-UNSAFE-LOAD": P(A, "yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("WARDEN-KEY-FAILS-OPEN", "WARDEN-KEY-IN-QUERY"),
    ("WARDEN-KEY-IN-QUERY", "WARDEN-KEY-TIMING"),
    ("WARDEN-KEY-FAILS-OPEN", "WARDEN-KEY-TIMING"),
    ("PITCH-SQLI-SEASON", "PITCH-SQLI-SORT"),
    ("DEPART-NOT-AFTER-ARRIVE", "NIGHTS-OFF-BY-ONE"),
    ("GUESTS-OVER-CAPACITY", "NIGHTS-OFF-BY-ONE"),
    ("REFUND-NOTICE-IGNORED", "REFUND-ON-CANCELLED"),
    ("STOVE-FLUE-STRING", "STOVE-PASS-OR"),
    ("OVERDUE-FAILED-CHECK-COUNTS", "OVERDUE-NEVER-CHECKED"),
    ("OVERDUE-FAILED-CHECK-COUNTS", "OVERDUE-OFF-BY-ONE"),
    ("OVERDUE-NEVER-CHECKED", "OVERDUE-OFF-BY-ONE"),
    ("FIREWOOD-NEGATIVE-QTY", "FIREWOOD-RACE"),
    ("BOARD-PHONE-LEAK", "BOARD-REFRESH-RACE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `yurtstove/app.py` is a single Flask module: pitch listing and free nights, bookings with cancellation,
        a warden area (paged bookings, stove checks, YAML import), firewood sales, a cached occupancy board,
        pitch photos and receipt printing.

        | Priority | Area | Problem |
        |---|---|---|
        | P0 | `/pitches`, receipts, import, photos | SQL injection, shell injection, unsafe YAML, path traversal |
        | P0 | `warden_key` | fails open when `WARDEN_KEY` is unset |
        | P1 | bookings | double booking race, one extra night charged, no capacity check, booking details readable by id |
        | P1 | stove checks | a stove passes with a blocked flue; failed stoves are never locked out |
        | P2 | firewood, board, paging, refunds | races on module globals, phone numbers on the public board, page 1 skips rows |

        Things I checked and found fine: `office_only` fails closed and uses `hmac.compare_digest`; the free-night
        calculation treats stays as half-open, as `CLASH_SQL` does; `cancel_booking` checks the booking ref in
        constant time; the paged warden listing caps `size` at 100; `refresh_board` does take `_board_lock`.
        """,
        Block([
            F("PITCH-SQLI-SEASON", "critical", "security", "SQL injection through `season` in `/pitches`",
              "Bind the season as a parameter: `WHERE season = ?`.", symbol="list_pitches", conf=0.95),
            F("PITCH-SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list (`{\"number\", \"name\", \"capacity\", \"nightly_rate\"}`); column names cannot be bound.",
              symbol="list_pitches", conf=0.9),
            F("RECEIPT-SHELL-INJECTION", "critical", "security", "Shell injection via `copies` when printing a receipt",
              "Validate `copies` as a small int and call `subprocess.run([\"lp\", \"-n\", str(n), pdf], check=True)` without a shell.",
              symbol="print_receipt", conf=0.9),
            F("YAML-UNSAFE-LOAD", "high", "security", "Pitch import uses `yaml.load` with the full loader",
              "Use `yaml.safe_load`; the full `Loader` can build arbitrary Python objects from a crafted document.",
              symbol="import_pitches", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal in `pitch_photo`",
              "Use `send_from_directory(PHOTO_DIR, f\"{number}/{name}\")`, which rejects paths that leave the directory.",
              symbol="pitch_photo", conf=0.9),
            F("WARDEN-KEY-FAILS-OPEN", "high", "security", "`warden_key` lets everyone in when `WARDEN_KEY` is unset",
              "Read the key without a default and `abort(403)` when it is missing, as `office_only` already does.",
              d=+2, symbol="warden_key.wrapper", conf=0.85),
            F("WARDEN-KEY-IN-QUERY", "medium", "security", "Warden key accepted as a `?key=` query parameter",
              "Accept the header only; query strings end up in access logs and the tablet's history.",
              symbol="warden_key.wrapper", conf=0.7),
        ]),
        "Bookings, refunds and the warden listing:",
        Block([
            F("BOOKING-CHECK-THEN-INSERT", "high", "bug", "Two guests can book the same pitch for the same nights",
              "Do the clash check and the insert in one `BEGIN IMMEDIATE` transaction (or enforce it with a constraint on a nights table).",
              d=-1, n=2, symbol="create_booking", conf=0.8),
            F("NIGHTS-OFF-BY-ONE", "high", "bug", "Every stay is charged one night too many",
              "`(depart - arrive).days` already is the number of nights; drop the `+ 1`.", symbol="create_booking", conf=0.9),
            F("DEPART-NOT-AFTER-ARRIVE", "medium", "bug", "Departure before arrival is accepted",
              "Reject `depart <= arrive` with a 400; today such a booking is stored with a zero or negative total.",
              symbol="create_booking", conf=0.8),
            F("GUESTS-OVER-CAPACITY", "medium", "bug", "Guest count is never checked against the pitch capacity",
              "`capacity` is selected but unused: reject `guests < 1 or guests > row[\"capacity\"]`.",
              d=+3, symbol="create_booking", conf=0.75),
            F("BOOKING-DETAIL-IDOR", "high", "security", "Any booking can be read by its sequential id",
              "Require the booking `ref` (as `cancel_booking` does) and never return it, or the phone, to others.",
              symbol="booking_detail", conf=0.85),
            F("REFUND-NOTICE-IGNORED", "medium", "bug", "`REFUND_NOTICE_DAYS` is never applied",
              "Refund in full only when `arrive - today >= timedelta(days=REFUND_NOTICE_DAYS)`.", symbol="cancel_booking", conf=0.7),
            F("WARDEN-PAGE-OFFSET", "medium", "bug", "Warden listing: page 1 starts at the second page",
              "Use `OFFSET (page - 1) * size` and reject `page < 1`.", symbol="warden_bookings", conf=0.85),
            F("STOVE-PASS-OR", "high", "bug", "Stove check passes when only one of the two tests passes",
              "`passed = co_ppm < CO_LIMIT_PPM and flue_ok`: a blocked flue must fail the check.", symbol="stove_check", conf=0.9),
            F("STOVE-LOCK-UNCOMMITTED", "high", "bug", "A failed stove is never actually locked out",
              "The `UPDATE pitches SET stove_locked` runs after `db.commit()` and is rolled back when the connection closes; commit after it (or move it before the commit).",
              symbol="stove_check", conf=0.75),
            F("OVERDUE-FAILED-CHECK-COUNTS", "medium", "bug", "Overdue list counts failed checks as checks",
              "Take `MAX(checked_on)` over `WHERE passed = 1` only.", symbol="stoves_overdue", conf=0.7),
            F("OVERDUE-OFF-BY-ONE", "low", "bug", "A stove is due one day later than `CHECK_EVERY_DAYS`",
              "Use `>=` so a stove checked exactly seven days ago is listed.", symbol="stoves_overdue", conf=0.6),
            F("FIREWOOD-RACE", "medium", "bug", "Firewood stock is checked and decremented without a lock",
              "Guard the check and the decrement with a `threading.Lock`, or keep the stock in SQLite and decrement with `WHERE bundles >= ?`.",
              d=-1, n=3, symbol="buy_firewood", conf=0.8),
            F("FIREWOOD-NEGATIVE-QTY", "medium", "bug", "Negative bundle counts add wood to the store",
              "Reject `qty < 1`.", symbol="buy_firewood", conf=0.8),
            F("BOARD-REFRESH-RACE", "low", "bug", "Occupancy board is rebuilt without `_board_lock`",
              "Hold `_board_lock` for the day check and rebuild, like `refresh_board` does.",
              d=-2, symbol="occupancy_board", conf=0.65),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public occupancy board exposes guests' phone numbers",
              "Select only the pitch and a first name (or initials) for the public board.", symbol="occupancy_board", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("PITCH-SQLI-SEASON", "critical", "security", "SQLi: ?season= concatenated into /pitches query",
              "Bind params; allow-list sort.", d=-2),
            F("RECEIPT-SHELL-INJECTION", "critical", "security", "shell=True with ?copies= in print_receipt",
              "int(copies); argv list."),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load(Loader=yaml.Loader) on request body",
              "yaml.safe_load."),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "pitch_photo: path param joined without containment check",
              "send_from_directory.", d=-1),
            F("WARDEN-KEY-FAILS-OPEN", "high", "security", "warden_key passes when WARDEN_KEY unset (\"\" == \"\")",
              "Fail closed."),
            F("BOOKING-DETAIL-IDOR", "high", "security", "GET /bookings/<id> has no auth; returns phone + ref",
              "Require ref; trim fields."),
            F("BOOKING-CHECK-THEN-INSERT", "high", "bug", "Double booking: clash SELECT and INSERT not atomic",
              "BEGIN IMMEDIATE around both.", d=+3),
            F("NIGHTS-OFF-BY-ONE", "high", "bug", "nights = days + 1 overcharges one night",
              "Drop + 1."),
            F("GUESTS-OVER-CAPACITY", "medium", "bug", "guests not validated (capacity unused)",
              "Check 1 <= guests <= capacity."),
            F("REFUND-ON-CANCELLED", "medium", "bug", "cancel_booking refunds an already-cancelled booking again",
              "AND cancelled = 0; 409 otherwise."),
            F("WARDEN-PAGE-OFFSET", "medium", "bug", "OFFSET page*size with default page=1 skips first page",
              "(page-1)*size.", d=-3),
            F("STOVE-PASS-OR", "high", "bug", "stove_check: `or` should be `and`",
              "co_ppm < limit and flue_ok."),
            F("OVERDUE-NEVER-CHECKED", "medium", "bug", "stoves_overdue omits pitches with no checks",
              "LEFT JOIN pitches."),
            F("FIREWOOD-RACE", "medium", "bug", "_wood updated from concurrent requests without lock",
              "Lock or move to DB."),
            F("FIREWOOD-NEGATIVE-QTY", "low", "bug", "negative bundles accepted",
              "qty >= 1."),
        ], fence=None, indent=None),
        "Not checked: schema (no migrations in repo), lp behaviour.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `yurtstove` application, a Flask service that manages pitch bookings, stove
        safety checks, firewood sales and an occupancy board for a yurt campsite.

        **Overall assessment:** the service has several injection vulnerabilities and a weak authentication
        decorator for wardens. Booking logic has pricing and concurrency defects, and the stove safety check,
        which protects guests from carbon monoxide, can pass unsafe stoves.

        ### Security findings
        """,
        Block([
            F("PITCH-SQLI-SEASON", "CRITICAL", "SQL Injection", "SQL Injection in Pitch Listing (season)",
              "Use parameterized queries for all user-supplied values.", sd=-2, n=3,
              desc="The `season` parameter is placed inside a quoted SQL literal with an f-string. An attacker can send `season=x' UNION SELECT ...` to read any table."),
            F("PITCH-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against a fixed list of column names.", d=-1, sd=-3, n=3),
            F("RECEIPT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Receipt Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="`copies` comes from the query string and is inserted into a command executed by the shell."),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Use `yaml.safe_load()`.", d=-1, sd=-3, n=3),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Pitch Photos",
              "Use `flask.send_from_directory` or validate the resolved path.", sd=-2, n=3),
            F("WARDEN-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Warden Authentication Bypass When Key Is Not Set",
              "Refuse all requests when the environment variable is missing.", sd=-2, n=3),
            F("WARDEN-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Secret Key Transmitted in URL",
              "Only accept the key in a header.", sd=-2, n=3),
            F("BOOKING-DETAIL-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Verify that the requester owns the booking.", sd=-2, n=3),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Guest Phone Numbers on Public Board",
              "Remove personal data from the public board.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and reliability findings
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module is large; consider splitting bookings, stoves and the board into blueprints."}),
            F("NIGHTS-OFF-BY-ONE", "HIGH", "Logic Error", "Incorrect Night Calculation",
              "Remove the `+ 1`.", sd=-2, n=3,
              desc="A stay from the 1st to the 3rd is two nights but is charged as three."),
            F("DEPART-NOT-AFTER-ARRIVE", "MEDIUM", "Input Validation", "Missing Date Range Validation",
              "Ensure the departure date is after the arrival date.", sd=-2, n=3),
            F("BOOKING-CHECK-THEN-INSERT", "HIGH", "Race Condition", "Race Condition in Booking Creation",
              "Use a transaction with an exclusive lock.", sd=-2, n=3),
            F("STOVE-PASS-OR", "CRITICAL", "Safety", "Unsafe Stove Can Pass Inspection",
              "Require both the CO reading and the flue check to pass.", sd=-2, n=3,
              desc="With `or`, a stove with a blocked flue passes as long as the CO reading is low at the moment of the check."),
            F("STOVE-FLUE-STRING", "MEDIUM", "Input Validation", "Flue Status Parsed with bool()",
              "Parse the flag explicitly (`body.get(\"flue_ok\") is True`).", sd=-2, n=3,
              desc="`bool(\"false\")` is `True`, so a form posting the string \"false\" records a clear flue."),
            F("OVERDUE-NEVER-CHECKED", "MEDIUM", "Logic Error", "Never-Checked Stoves Are Not Reported as Overdue",
              "Start from the pitches table and LEFT JOIN the checks.", sd=-2, n=3),
            F("FIREWOOD-RACE", "MEDIUM", "Race Condition", "Race Condition in Firewood Stock",
              "Protect the shared stock with a lock.", sd=-2, n=3),
            F("BOARD-REFRESH-RACE", "LOW", "Concurrency", "Board Cache Not Synchronized",
              "Use `_board_lock` when reading and rebuilding the cache.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PITCH-SQLI-SEASON", "error", "security", "sql injection in /pitches", "bind season, allow-list sort"),
            F("RECEIPT-SHELL-INJECTION", "error", "security", "copies goes into a shell command", "argv list, no shell", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "error", "security", "photo path traversal", "send_from_directory"),
            F("BOOKING-DETAIL-IDOR", "warning", "security", "booking details readable by anyone", "check ref", d=-1),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("NIGHTS-OFF-BY-ONE", "error", "bug", "one night too many charged", "drop + 1"),
            F("STOVE-PASS-OR", "error", "", "stove passes with blocked flue", "and, not or"),
            F("OVERDUE-OFF-BY-ONE", "warning", "bug", "overdue uses > not >=", ">="),
            F("FIREWOOD-NEGATIVE-QTY", "warning", "bug", "negative firewood order", "qty >= 1"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        Reviewed `yurtstove/app.py` (Flask + SQLite). 17 issues found:
        1. Injection: SQL (season and sort), shell (receipt copies), YAML deserialization.
        2. Access control: path traversal in photos, warden key handling.
        3. Booking correctness: nights calculation, concurrent bookings, refund policy.
        4. Safety: stove check logic and the overdue list.
        5. Concurrency on module-level state (firewood, board).
        """,
        Block([
            F("PITCH-SQLI-SEASON", "blocker", "security", "SQL injection in pitch listing via season",
              "Use placeholders.", conf=0.95),
            F("PITCH-SQLI-SORT", "major", "security", "SQL injection via ORDER BY column",
              "Whitelist sortable columns.", conf=0.85),
            F("RECEIPT-SHELL-INJECTION", "blocker", "security", "OS command injection in receipt printing",
              "Do not use shell=True.", conf=0.9),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML load on uploaded data",
              "Use yaml.safe_load.", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Arbitrary file read through photo name",
              "Use send_from_directory.", d=-1, conf=0.85),
            F("WARDEN-KEY-FAILS-OPEN", "major", "security", "Warden key check passes when the key is not configured",
              "Fail closed when WARDEN_KEY is missing.", conf=0.8),
            F("WARDEN-KEY-TIMING", "minor", "security", "Non constant-time comparison of warden key",
              "Use hmac.compare_digest.", conf=0.6),
            F("NIGHTS-OFF-BY-ONE", "major", "correctness", "Off-by-one in number of nights",
              "nights = (depart - arrive).days", anchor='depart = date.fromisoformat(body["depart"])', conf=0.85),
            F("BOOKING-CHECK-THEN-INSERT", "major", "concurrency", "Booking availability check is not atomic",
              "Wrap in a transaction.", conf=0.8),
            F("REFUND-NOTICE-IGNORED", "minor", "correctness", "Refund notice period constant unused",
              "Apply REFUND_NOTICE_DAYS.", conf=0.7),
            F("WARDEN-PAGE-OFFSET", "minor", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", d=-1, n=2, conf=0.8),
            F("STOVE-PASS-OR", "blocker", "correctness", "Stove safety check uses OR instead of AND",
              "Both conditions must hold.", conf=0.9),
            F("OVERDUE-FAILED-CHECK-COUNTS", "major", "correctness", "Failed stove checks reset the overdue clock",
              "Only count passed checks.", conf=0.75),
            F("OVERDUE-OFF-BY-ONE", "minor", "correctness", "Boundary error in overdue comparison",
              "Use >= CHECK_EVERY_DAYS.", d=-1, conf=0.6),
            F("FIREWOOD-RACE", "major", "concurrency", "Race condition on firewood stock",
              "Use a lock.", d=+1, conf=0.8),
            F("BOARD-REFRESH-RACE", "minor", "concurrency", "Board cache rebuilt without lock",
              "Use _board_lock.", d=+1, conf=0.7),
            F("BOARD-PHONE-LEAK", "major", "security", "Personal data exposed on public board",
              "Drop phone from the query.", d=-1, sd=0, conf=0.75),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 8 major, 5 minor"),
    ]),
}

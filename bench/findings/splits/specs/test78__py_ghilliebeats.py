"""test78/py-ghilliebeats: a river fishing club's beat bookings (Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test78 (for round 40): seeded problems in a small Flask + SQLite service for a river "
    "fishing club's beat bookings; five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "MEMBER-FAILS-OPEN": P(A, "if MEMBER_KEY and key != MEMBER_KEY:", "security",
                           "member_required lets every request through when MEMBER_KEY is unset (fails open)",
                           "signature-vs-statement"),
    "MEMBER-KEY-TIMING": P(A, "if MEMBER_KEY and key != MEMBER_KEY:", "security",
                           "member key compared with != instead of a constant-time comparison"),
    "MEMBER-ID-SPOOF": P(A, 'g.member_id = request.headers.get("X-Member-Id")', "security",
                         "member identity taken from a client header (X-Member-Id) that the shared key does not bind: "
                         "anyone with the club key acts as any member"),
    "SQLI-RIVER": P(A, "WHERE river = '{river}' ORDER BY {order}", "security",
                    "river query value formatted into the SQL of /beats (SQL injection)", "source-vs-sink"),
    "SQLI-ORDER": P(A, "WHERE river = '{river}' ORDER BY {order}", "security",
                    "order query value formatted into the ORDER BY of /beats (SQL injection)", "source-vs-sink"),
    "SEASON-LAST-DAY": P(A, "if not (SEASON_START <= day < SEASON_END):", "bug",
                         "season check uses < SEASON_END although SEASON_END is the last fishing day: the last day "
                         "of the season cannot be booked", "off-by-one"),
    "RODS-UNCHECKED": P(A, 'rods = int(data.get("rods", 1))', "bug",
                        "rods not validated: zero or negative rods are booked and a negative booking frees rods on a "
                        "full beat"),
    "BOOK-RACE": P(A, 'if taken + rods > beat["rods"]:', "bug",
                   "free-rod check and insert are not atomic: two members booking at once can overbook a beat",
                   "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security",
                         "any member can cancel any other member's booking (no member_id check)"),
    "CANCEL-REFUND-OBO": P(A, "refund = row[\"rods\"] * ROD_FEE if days_before > REFUND_NOTICE_DAYS else 0", "bug",
                           "refund needs days_before > 2 although the rule is at least two days' notice: a "
                           "cancellation exactly two days ahead gets nothing", "off-by-one"),
    "TICKET-FEE-DEFAULT": P(A, 'fee = GUEST_FEE.get(kind, 0)', "bug",
                            "an unknown guest ticket kind is issued with fee 0 instead of being rejected"),
    "TICKET-SEQ-RACE": P(A, "_ticket_seq += 1", "bug",
                         "global ticket counter incremented without a lock: concurrent requests get the same ticket "
                         "number (and numbers restart after a restart)", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, fname))", "security",
                         "uploaded file name joined to PHOTO_DIR unchecked: path traversal writes anywhere",
                         "source-vs-sink"),
    "PHOTO-NO-LIMIT": P(A, "photo.save(os.path.join(PHOTO_DIR, fname))", "security",
                        "no size or type limit on the catch photo (MAX_CONTENT_LENGTH unset): uploads can fill the "
                        "disk"),
    "RETURNS-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 50))', "performance",
                                "page size of /returns not capped: one request reads the whole table"),
    "RETURNS-PAGE-OBO": P(A, "(size, page * size),", "bug",
                          "pages start at 1 but the offset is page * size: the first page of returns is never "
                          "shown", "off-by-one"),
    "BOARD-CACHE-UNBOUNDED": P(A, "if key not in _board_cache:", "performance",
                               "board cache keyed by any day string from the query, never evicted: memory grows "
                               "without bound"),
    "BOARD-XSS-NOTE": P(A, "({r['rods']} rods) {r['note']} tel. {r['phone']}</li>", "security",
                        "booking note written into the public HTML board unescaped (stored XSS); the name is escaped"),
    "BOARD-PHONE-PUBLIC": P(A, "({r['rods']} rods) {r['note']} tel. {r['phone']}</li>", "security",
                            "members' phone numbers published on the unauthenticated board"),
    "BOARD-XSS-DAY": P(A, '_board_cache[key] = f"<h1>Beat {beat_id} on {day}</h1><ul>{items}</ul>"', "security",
                       "day query value written into the board heading unescaped (reflected XSS, then cached)"),
    "EXPORT-NO-AUTH": P(A, 'for r in get_db().execute("SELECT name, phone, email FROM members ORDER BY name"):',
                        "security", "member export (names, phones, emails) has no access check",
                        "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["name"], r["phone"], r["email"]])', "security",
                     "member fields written to CSV unneutralised: a name starting with = runs as a formula "
                     "(CSV injection)"),
    "MAIL-SHELL-TEXT": P(A, "subprocess.run(f'echo \"{text}\" | mail", "security",
                         "report text put into a shell command line (command injection)", "source-vs-sink"),
    "MAIL-ERR-IGNORED": P(A, "subprocess.run(f'echo \"{text}\" | mail", "bug",
                          "mail exit status ignored: the endpoint answers sent=True when mail failed"),
    "GAUGE-NO-TIMEOUT": P(A, 'resp = requests.get(GAUGE_URL, params={"station": gauge["gauge_id"]})', "performance",
                          "gauge request without a timeout: a slow gauge API ties up the worker indefinitely",
                          "signature-vs-statement"),
    "ERROR-LEAK": P(A, "return jsonify(error=str(e), type=type(e).__name__), 500", "security",
                    "error handler returns exception text and type to the client (SQL, paths)"),
}

CONFUSABLE = [
    ("MEMBER-FAILS-OPEN", "MEMBER-KEY-TIMING"),
    ("MEMBER-FAILS-OPEN", "MEMBER-ID-SPOOF"),
    ("MEMBER-KEY-TIMING", "MEMBER-ID-SPOOF"),
    ("SQLI-RIVER", "SQLI-ORDER"),
    ("SEASON-LAST-DAY", "RODS-UNCHECKED"),
    ("CANCEL-NO-OWNER", "CANCEL-REFUND-OBO"),
    ("TICKET-FEE-DEFAULT", "TICKET-SEQ-RACE"),
    ("PHOTO-TRAVERSAL", "PHOTO-NO-LIMIT"),
    ("RETURNS-SIZE-UNBOUNDED", "RETURNS-PAGE-OBO"),
    ("BOARD-XSS-NOTE", "BOARD-PHONE-PUBLIC"),
    ("BOARD-XSS-NOTE", "BOARD-XSS-DAY"),
    ("BOARD-PHONE-PUBLIC", "BOARD-XSS-DAY"),
    ("EXPORT-NO-AUTH", "CSV-FORMULA"),
    ("MAIL-SHELL-TEXT", "MAIL-ERR-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `app.py` end to end. It is a compact Flask service, but the member-facing side trusts far too much:
        the member check can be switched off by configuration, identity is a plain header, and several endpoints
        build SQL, shell commands or HTML from request values.

        **Top priorities**

        1. `member_required` fails open when `MEMBER_KEY` is unset, and `X-Member-Id` lets a caller be anyone.
        2. SQL injection in `/beats` (both `river` and `order`) and shell injection in `/beats/<id>/report`.
        3. The catch-return upload writes wherever the client's filename points.
        4. The public board leaks phone numbers and renders booking notes as HTML.

        Done right, for contrast: `bailiff_only` fails closed and uses `hmac.compare_digest`; the return reference
        counter is taken under `_return_lock`; `/photos/<name>` goes through `send_from_directory`; every query
        except `/beats` binds its parameters; `close_db` closes the connection on teardown.
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "critical", "security", "Member check is skipped entirely when MEMBER_KEY is not set",
              "Refuse to start (or return 503) when `MEMBER_KEY` is missing, as `bailiff_only` does with `not BAILIFF_KEY`.",
              symbol="member_required.wrapper", conf=0.9),
            F("MEMBER-KEY-TIMING", "low", "security", "Member key compared with `!=`, not in constant time",
              "Use `hmac.compare_digest(key.encode(), MEMBER_KEY.encode())`.",
              symbol="member_required.wrapper", conf=0.6),
            F("MEMBER-ID-SPOOF", "high", "security", "Caller identity comes from the unauthenticated `X-Member-Id` header",
              "Issue per-member credentials and derive `g.member_id` from them; a shared club key cannot identify a member.",
              symbol="member_required.wrapper", conf=0.85),
            F("SQLI-RIVER", "critical", "security", "SQL injection through the `river` parameter of `/beats`",
              "Bind it: `WHERE river = ?` with `(river,)`.", symbol="list_beats", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection through `order` in the ORDER BY clause",
              "Map `order` through an allow-list of column names (`name`, `rods`) before building the query.",
              symbol="list_beats", conf=0.9),
            F("SEASON-LAST-DAY", "medium", "bug", "The last day of the season can never be booked",
              "`SEASON_END` is documented as the last fishing day, so the check must be `day <= SEASON_END`.",
              symbol="book", conf=0.8),
            F("BOOK-RACE", "high", "bug", "Check-then-insert lets two members overbook the same beat",
              "Do the sum and the insert in one transaction (`BEGIN IMMEDIATE`) or enforce capacity in SQL.",
              d=-3, sd=-3, n=2, symbol="book", conf=0.8),
            F("CANCEL-NO-OWNER", "high", "security", "Any member can cancel another member's booking",
              "Add `AND member_id = ?` to both the lookup and the delete, and return 404 otherwise.",
              symbol="cancel", conf=0.9),
            F("CANCEL-REFUND-OBO", "medium", "bug", "Refund rule is off by one day",
              "Two days' notice should qualify: use `days_before >= REFUND_NOTICE_DAYS`.",
              symbol="cancel", conf=0.75),
            F("TICKET-SEQ-RACE", "medium", "bug", "Guest ticket numbers come from an unlocked global counter",
              "Take a lock as `catch_return` does, or let SQLite assign the number; the counter also restarts at 0 after every deploy.",
              symbol="guest_ticket", conf=0.8),
            F("PHOTO-TRAVERSAL", "critical", "security", "Catch photo saved under a client-controlled path",
              "Use `werkzeug.utils.secure_filename` or better a generated name (e.g. the return `ref`).",
              symbol="catch_return", conf=0.95),
            F("PHOTO-NO-LIMIT", "medium", "security", "Photo upload has no size or type limit",
              "Set `app.config[\"MAX_CONTENT_LENGTH\"]` and accept only image types.",
              symbol="catch_return", conf=0.7),
            F("RETURNS-PAGE-OBO", "medium", "bug", "`/returns` skips the first page",
              "`page` defaults to 1, so the offset must be `(page - 1) * size`.",
              symbol="list_returns", conf=0.85),
            F("BOARD-XSS-NOTE", "high", "security", "Stored XSS: booking notes are rendered unescaped on the board",
              "Escape `r['note']` (and every other field) like the name; better, render a template.",
              d=-1, sd=0, symbol="board", conf=0.9),
            F("BOARD-PHONE-PUBLIC", "medium", "security", "Public board exposes members' phone numbers",
              "Drop the phone from the public board or put the page behind `member_required`.",
              symbol="board", conf=0.8),
            F("BOARD-CACHE-UNBOUNDED", "medium", "performance", "`_board_cache` grows without bound",
              "Validate `day` as a date and use a bounded TTL cache; any string is a new key today.",
              d=-1, symbol="board", conf=0.7),
            F("EXPORT-NO-AUTH", "high", "security", "Member export is not protected",
              "Add `@bailiff_only` to `export_members`.", symbol="export_members", conf=0.9),
            F("MAIL-SHELL-TEXT", "critical", "security", "Shell injection through the report text",
              "Call `mail` with an argument list and pass the text on stdin (`input=text`), no `shell=True`.",
              symbol="report_problem", conf=0.9),
            F("GAUGE-NO-TIMEOUT", "low", "performance", "Gauge API call has no timeout",
              "Pass `timeout=5` and handle `requests.Timeout`.", symbol="river_level", conf=0.7),
            F("ERROR-LEAK", "medium", "security", "Error handler returns exception messages to clients",
              "Log the exception and return a generic message; keep `str(e)` out of responses.",
              symbol="on_error", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed app.py only; nothing executed.",
        Block([
            F("SQLI-ORDER", "high", "security", "ORDER BY built from ?order", "allow-list columns", d=-2),
            F("SQLI-RIVER", "high", "security", "river interpolated into SQL string", "bind parameter"),
            F("MAIL-SHELL-TEXT", "critical", "security", "report text reaches shell=True", "argv list, text via stdin", d=-1),
            F("MAIL-ERR-IGNORED", "low", "bug", "mail failure still returns sent=True", "check=True / inspect returncode"),
            F("PHOTO-TRAVERSAL", "high", "security", "upload filename used as path", "secure_filename or generated name", d=-1),
            F("MEMBER-FAILS-OPEN", "high", "security", "member_required is a no-op without MEMBER_KEY", "fail closed", d=-3),
            F("CANCEL-NO-OWNER", "medium", "security", "DELETE without member_id predicate", "scope by g.member_id"),
            F("BOOK-RACE", "medium", "bug", "capacity check races with insert", "single transaction", d=-3),
            F("SEASON-LAST-DAY", "low", "bug", "season upper bound exclusive; SEASON_END unbookable", "<= SEASON_END", d=-1),
            F("RODS-UNCHECKED", "medium", "bug", "rods may be 0 or negative", "require rods >= 1"),
            F("TICKET-SEQ-RACE", "low", "bug", "_ticket_seq += 1 not synchronized", "lock or DB sequence"),
            F("RETURNS-PAGE-OBO", "low", "bug", "offset page*size with 1-based page", "(page-1)*size", d=-1),
            F("EXPORT-NO-AUTH", "high", "security", "members.csv export unauthenticated", "@bailiff_only", d=-3),
        ], fence=None, indent=None),
        "Open questions: is MEMBER_KEY always set in production? Is the board meant to be public?",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Upper Tarn Angling Club beat-booking service in `app.py`. The application
        is a Flask service backed by SQLite that manages beats, rod bookings, guest tickets and catch returns.

        ### Security Vulnerabilities

        The most serious issues are injection flaws: the `/beats` listing concatenates query parameters into SQL,
        the report endpoint builds a shell pipeline from user text, and the board renders user content as HTML.
        Authentication is also weak, since the member decorator is disabled when its key is not configured.
        """,
        Block([
            F("SQLI-RIVER", "CRITICAL", "SQL Injection", "SQL Injection in Beat Listing (river)",
              "Use parameterized queries for all values.", sd=-2, n=3,
              desc="The `river` parameter is embedded in a quoted SQL literal, allowing `' OR 1=1 --`."),
            F("SQLI-ORDER", "HIGH", "SQL Injection", "SQL Injection via Sort Order",
              "Validate `order` against a list of allowed columns.", d=-2),
            F("MAIL-SHELL-TEXT", "CRITICAL", "Command Injection", "OS Command Injection in Problem Report",
              "Avoid `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="A report text such as `\"; rm -rf ~; echo \"` escapes the echo and runs arbitrary commands."),
            F("PHOTO-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Write via Photo Filename",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("BOARD-XSS-NOTE", "HIGH", "Cross-Site Scripting", "Stored XSS in Beat Board Notes",
              "Escape the note before rendering.", sd=-1, n=2),
            F("BOARD-XSS-DAY", "MEDIUM", "Cross-Site Scripting", "Reflected XSS in Board Heading",
              "Escape `day` or parse it as a date first.",
              desc="The `day` query parameter is placed in the `<h1>` without escaping and the result is cached."),
            F("MEMBER-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When MEMBER_KEY Is Unset",
              "Deny all requests when the key is not configured.", sd=-2, n=3),
            F("EXPORT-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Export of Member Data",
              "Protect the route with `bailiff_only`.", sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "Injection", "CSV Formula Injection in Member Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote.",
              desc="Member names are written verbatim; a name like `=HYPERLINK(...)` executes when opened in a spreadsheet."),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Verbose Error Messages",
              "Return a generic error body.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Reliability and Performance

        Beyond security, I noticed several issues with concurrency, caching and external calls:
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Rod Booking",
              "Wrap the capacity check and the insert in a transaction.", d=+2,
              desc="Two concurrent bookings can both read the same `taken` value and both insert, exceeding the beat's rods."),
            F("TICKET-SEQ-RACE", "MEDIUM", "Race Condition", "Non-Atomic Guest Ticket Counter",
              "Use a lock or a database sequence.", d=+1),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints and adding type hints."}),
            F("BOARD-CACHE-UNBOUNDED", "MEDIUM", "Caching", "Unbounded In-Memory Board Cache",
              "Use an LRU cache with a size limit.", sd=-1, n=2),
            F("GAUGE-NO-TIMEOUT", "MEDIUM", "Availability", "Missing Timeout on Gauge Request",
              "Add a `timeout` argument to `requests.get`.", d=-2, sd=-2, n=3),
            F("RETURNS-SIZE-UNBOUNDED", "LOW", "Performance", "Unbounded Page Size in Returns Listing",
              "Cap `size`, for example at 200."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SQLI-ORDER", "high", "security", "sql injection via order param", "whitelist columns"),
            F("MAIL-SHELL-TEXT", "high", "security", "shell injection in report endpoint", "no shell=True"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo upload", "secure_filename"),
            F("BOARD-XSS-NOTE", "medium", "security", "xss on board (note not escaped)", "escape note"),
            F("MEMBER-FAILS-OPEN", "high", "security", "member auth off if MEMBER_KEY missing", "fail closed"),
            F("CANCEL-REFUND-OBO", "low", "", "refund off by one day", "use >=", d=-3),
            F("TICKET-FEE-DEFAULT", "low", "bug", "unknown ticket kind is free", "reject unknown kind"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in `/beats`, shell in the report endpoint.
        2. Authentication and authorization: member key handling, booking cancellation.
        3. Booking logic: season bounds, rod counts, refunds, concurrency.
        4. Data exposure on the public board and in error responses.
        5. Uploads and paging in catch returns.
        """,
        Block([
            F("SQLI-RIVER", "blocker", "security", "SQL injection via river filter", "Use bound parameters.", d=-3, conf=0.95),
            F("SQLI-ORDER", "blocker", "security", "SQL injection via order by", "Allow-list the sort column.", conf=0.9),
            F("MEMBER-FAILS-OPEN", "major", "security", "Authentication disabled when MEMBER_KEY missing",
              "Fail closed on missing configuration.", conf=0.85),
            F("MEMBER-KEY-TIMING", "minor", "security", "Timing-unsafe member key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("CANCEL-NO-OWNER", "major", "security", "Booking cancellation without ownership check",
              "Filter by member_id.", conf=0.85),
            F("CANCEL-REFUND-OBO", "minor", "correctness", "Refund boundary excludes exactly two days' notice",
              "Compare with >=.", conf=0.7),
            F("SEASON-LAST-DAY", "minor", "correctness", "Last day of season rejected",
              "Use an inclusive upper bound.", conf=0.75),
            F("RODS-UNCHECKED", "major", "correctness", "Rod count not validated",
              "Reject rods < 1 and rods above the beat capacity.", conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Overbooking race between capacity check and insert",
              "Use a transaction with an immediate lock.", d=+2, conf=0.75),
            F("TICKET-FEE-DEFAULT", "minor", "correctness", "Free guest ticket for unknown kind",
              "Return 400 for unknown kinds.", conf=0.7),
            F("TICKET-SEQ-RACE", "major", "concurrency", "Ticket counter not thread-safe",
              "Protect with a lock.", conf=0.8),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in catch photo upload",
              "Generate the stored file name.", conf=0.9),
            F("PHOTO-NO-LIMIT", "major", "security", "Unrestricted photo upload size",
              "Configure MAX_CONTENT_LENGTH.", conf=0.7),
            F("RETURNS-SIZE-UNBOUNDED", "minor", "performance", "No maximum page size for returns",
              "Clamp size.", conf=0.6),
            F("RETURNS-PAGE-OBO", "major", "correctness", "Pagination skips the first page of returns",
              "Offset must be (page - 1) * size.", d=-1, conf=0.8),
            F("BOARD-PHONE-PUBLIC", "major", "security", "Phone numbers exposed on public board",
              "Remove phone numbers from the board.", conf=0.8),
            F("BOARD-XSS-DAY", "major", "security", "Reflected XSS through the day parameter",
              "Escape the day value.", d=-2, conf=0.7),
            F("MAIL-SHELL-TEXT", "blocker", "security", "Command injection in beat report mail",
              "Use subprocess with a list and stdin.", conf=0.9),
            F("ERROR-LEAK", "minor", "security", "Exception details returned to client",
              "Return a generic message.", conf=0.7),
        ], wrap="object+summary", summary="19 issues: 4 blocker, 9 major, 6 minor"),
    ]),
}

"""test29/py-orchlend: a community orchestra's instrument library and rehearsal-room booking service (Python, Flask
+ SQLite). Frozen test split; labels next to each finding.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the git log or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test29): seeded problems in a small instrument-lending and rehearsal-room service; "
    "five agents' answers written by hand."
)

A = "orchlend/app.py"
R = "orchlend/rooms.py"
PROBLEMS = {
    "LIB-TOKEN-EMPTY": P(A, "if token != LIBRARIAN_TOKEN:", "security",
                         "LIBRARIAN_TOKEN defaults to '' and an absent header is '': librarian routes open when unset",
                         "signature-vs-statement"),
    "LIB-TOKEN-TIMING": P(A, "if token != LIBRARIAN_TOKEN:", "security",
                          "librarian token compared with != (not constant-time): timing side channel"),
    "MEMBER-HEADER-TRUST": P(A, 'return int(request.headers.get("X-Member-Id", "0"))', "security",
                             "member identity read from a client-supplied header: any member can act as any other",
                             "signature-vs-statement"),
    "LIST-LIMIT-UNBOUNDED": P(A, 'limit = request.args.get("limit", 100, type=int)', "performance",
                              "limit never capped; a negative limit is no limit in SQLite: whole catalogue per request"),
    "ORDER-INJECTION": P(A, "ORDER BY {order} LIMIT ?", "security",
                         "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "LOAN-LIMIT-OFF-BY-ONE": P(A, "if current > MAX_LOANS:", "bug",
                               "> instead of >=: a member can hold MAX_LOANS + 1 instruments", "off-by-one"),
    "LOAN-COUNT-RACE": P(A, "_loan_counts[mid] = current + 1", "bug",
                         "loan count read under the lock but written after releasing it: concurrent borrows lose "
                         "updates and pass the limit", "critical-section"),
    "LOAN-COUNT-LEAK": P(A, 'return jsonify(error="instrument not available"), 409', "bug",
                         "count already incremented is not undone when the instrument is unavailable: members get "
                         "locked out"),
    "LOAN-DOUBLE-CHECKOUT": P(A, 'conn.execute("UPDATE instruments SET on_loan = 1 WHERE id = ?"', "bug",
                              "SELECT on_loan then UPDATE without a condition: two members can borrow one instrument",
                              "critical-section"),
    "LATE-FEE-NEGATIVE": P(A, "fee = days_late * LATE_FEE_PENCE", "bug",
                           "early return gives a negative fee (a credit) (extra, one agent)"),
    "CONDITION-INJECTION": P(A, "condition = '{condition}' WHERE id = ?", "security",
                             "condition from the JSON body formatted into UPDATE: SQL injection", "source-vs-sink"),
    "OVERDUE-DUE-TODAY": P(A, "due <= ? ORDER BY due", "bug",
                           "<= lists loans due today (not yet late) as overdue", "off-by-one"),
    "SCORE-NO-AUTH": P(A, "def download_part(work_id: int):", "security",
                       "licensed score parts served to anyone: no member check at all"),
    "SCORE-TRAVERSAL": P(A, "path = os.path.join(SCORES_DIR, str(work_id), part)", "security",
                         "part query value joined to SCORES_DIR: ../ or an absolute path reads any file",
                         "source-vs-sink"),
    "BOOKING-IN-PAST": P(A, 'start = datetime.fromisoformat(body["start"])', "bug",
                         "booking start never compared with now: rooms can be booked in the past (extra, one agent)"),
    "BOOKING-END-BEFORE-START": P(A, 'end = datetime.fromisoformat(body["end"])', "bug",
                                  "end not checked to be after start: empty or negative bookings (and fees)"),
    "BOOKING-CODE-RACE": P(A, "_next_code += 1", "bug",
                           "global booking-code counter incremented without a lock: duplicate codes",
                           "critical-section"),
    "BOOKING-DOUBLE": P(A, 'if conn.execute("SELECT 1 FROM bookings WHERE room = ?', "bug",
                        "clash SELECT then INSERT without a transaction or constraint: double booking",
                        "critical-section"),
    "CANCEL-IDOR": P(A, 'db().execute("DELETE FROM bookings WHERE id = ?"', "security",
                     "row['member_id'] fetched but never compared with the caller: anyone cancels any booking"),
    "SCHEDULE-TMP-SHARED": P(A, 'src = "/tmp/orchlend-schedule.md"', "security",
                             "fixed path in /tmp: concurrent requests overwrite each other, symlink attacks"),
    "SCHEDULE-SHELL": P(A, 'subprocess.run(f"pandoc {src} -o {src}.pdf', "security",
                        "title query value in a shell=True command line: command injection", "source-vs-sink"),
    "HOURS-END-MINUTES": P(R, 'end.hour <= hours["closes"]', "bug",
                           "only the hour of the end is compared: a booking ending 21:45 passes a 21:00 closing",
                           "off-by-one"),
    "SLOTS-EXTRA": P(R, "for i in range(n + 1)]", "bug",
                     "range(n + 1) adds the slot starting at the end time: one extra slot per booking", "off-by-one"),
    "ROOM-FEE-SECONDS": P(R, "hours = (end - start).seconds / 3600", "bug",
                          "timedelta.seconds drops days and wraps negative durations to almost 24 hours",
                          "signature-vs-statement"),
}

CONFUSABLE = [
    ("LIB-TOKEN-EMPTY", "LIB-TOKEN-TIMING"),
    ("LIST-LIMIT-UNBOUNDED", "ORDER-INJECTION"),
    ("LOAN-LIMIT-OFF-BY-ONE", "LOAN-COUNT-RACE"),
    ("LOAN-COUNT-LEAK", "LOAN-DOUBLE-CHECKOUT"),
    ("LATE-FEE-NEGATIVE", "CONDITION-INJECTION"),
    ("SCORE-NO-AUTH", "SCORE-TRAVERSAL"),
    ("BOOKING-IN-PAST", "BOOKING-END-BEFORE-START"),
    ("BOOKING-CODE-RACE", "BOOKING-DOUBLE"),
    ("SCHEDULE-TMP-SHARED", "SCHEDULE-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `orchlend/app.py` and `orchlend/rooms.py`.

        **Summary**

        1. Identity is the weak point: members are whoever the `X-Member-Id` header says, and the librarian check
           passes for everyone on a deployment that forgot to set `LIBRARIAN_TOKEN`.
        2. Three injection sinks: `ORDER BY {order}`, the returned instrument's `condition`, and the `pandoc` shell
           command for the schedule PDF. Score downloads are also open to path traversal.
        3. The in-memory loan counter and the booking code counter are not safe under a threaded server, and both
           "check, then write" sequences (instrument checkout, room clash) can be raced.
        4. Several time and bounds calculations are off (loan limit, opening hours, slots, room fee).

        Done right: the `section` filter and every write except the `condition` update are parameterised; the
        clash query's overlap condition (`start < ? AND end > ?`) is correct; `return_instrument` scopes the loan to
        the caller and decrements the counter under the lock; the 24-hour cancellation rule is correct.
        """,
        Block([
            F("MEMBER-HEADER-TRUST", "high", "security", "Member identity is taken from an unauthenticated `X-Member-Id` header",
              "Authenticate members (session or signed token) and derive the id server-side.",
              symbol="member_id", conf=0.9),
            F("LIB-TOKEN-EMPTY", "high", "security", "Librarian check passes for every request when `LIBRARIAN_TOKEN` is unset",
              "Refuse to start (or reject all librarian calls) when the token is empty; compare with `hmac.compare_digest`.",
              symbol="librarian_only.wrapper", conf=0.85),
            F("ORDER-INJECTION", "high", "security", "SQL injection through the `order` query parameter",
              "Map `order` to a whitelist of column names before building the query.",
              symbol="list_instruments", conf=0.95),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "Loan limit lets a member take a third instrument",
              "Use `current >= MAX_LOANS`.", symbol="borrow", conf=0.85),
            F("LOAN-COUNT-RACE", "medium", "bug", "Loan counter is read under the lock but written outside it",
              "Do the read, the limit check and the increment inside one `with _counts_lock:` block (or count open loans in SQL).",
              symbol="borrow", conf=0.8),
            F("LOAN-DOUBLE-CHECKOUT", "high", "bug", "Availability check and `UPDATE` are not atomic: one instrument can be lent twice",
              "`UPDATE instruments SET on_loan = 1 WHERE id = ? AND on_loan = 0` and check `rowcount`.",
              d=-3, n=2, symbol="borrow", conf=0.85),
            F("LOAN-COUNT-LEAK", "medium", "bug", "Loan count is not rolled back when the instrument is unavailable",
              "Increment only after the loan row is written, or decrement on every early return.",
              symbol="borrow", conf=0.75),
            F("LATE-FEE-NEGATIVE", "low", "bug", "Returning early produces a negative late fee",
              "`fee = max(0, days_late) * LATE_FEE_PENCE`.", symbol="return_instrument", conf=0.8),
            F("CONDITION-INJECTION", "high", "security", "SQL injection through the returned instrument's `condition`",
              "Bind `condition` as a parameter and validate it against the known condition grades.",
              symbol="return_instrument", conf=0.9),
            F("SCORE-NO-AUTH", "medium", "security", "Score parts can be downloaded by anyone, not only members",
              "Require an authenticated member (the parts are licensed to the orchestra).",
              symbol="download_part", conf=0.7),
            F("SCORE-TRAVERSAL", "high", "security", "Path traversal in score-part download via `part`",
              "Resolve the path and require it to stay under `SCORES_DIR/<work_id>`; reject `/` and `..` in `part`.",
              symbol="download_part", conf=0.9),
            F("BOOKING-END-BEFORE-START", "medium", "bug", "Booking end time is not checked against the start time",
              "Reject `end <= start` with 400; `room_fee` and `slots_between` misbehave on negative durations.",
              symbol="book_room", conf=0.8),
            F("BOOKING-CODE-RACE", "medium", "bug", "`_next_code` is incremented without a lock: duplicate booking codes",
              "Let the database generate the code (autoincrement id) or guard the counter with a lock.",
              n=2, symbol="book_room", conf=0.75),
            F("BOOKING-DOUBLE", "high", "bug", "Clash check and insert are not atomic: a room can be double-booked",
              "Run the check and insert in one `BEGIN IMMEDIATE` transaction, or enforce non-overlap in the schema.",
              symbol="book_room", conf=0.8),
            F("CANCEL-IDOR", "high", "security", "Any member can cancel someone else's booking",
              "Compare `row[\"member_id\"]` with the caller before deleting.", symbol="cancel_booking", conf=0.9),
            F("SCHEDULE-SHELL", "critical", "security", "Shell injection through the schedule `title`",
              "Call `subprocess.run([\"pandoc\", src, \"-o\", out, \"--metadata\", f\"title={title}\"])` without a shell.",
              symbol="schedule_pdf", conf=0.95),
            F("HOURS-END-MINUTES", "medium", "bug", "Opening-hours check ignores the minutes of the end time",
              "Compare times, not hours: `end.time() <= time(hours[\"closes\"])`.", symbol="within_hours", conf=0.8),
            F("SLOTS-EXTRA", "low", "bug", "`slots_between` returns one slot too many",
              "`range(n)`: the slot that starts at `end` is not part of the booking.",
              d=-1, n=2, symbol="slots_between", conf=0.7),
            F("ROOM-FEE-SECONDS", "medium", "bug", "`room_fee` uses `timedelta.seconds` instead of `total_seconds()`",
              "Use `(end - start).total_seconds() / 3600`; `.seconds` is wrong for negative or multi-day durations.",
              symbol="room_fee", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed orchlend/ (2 modules, 214 lines). Tests not run.",
        Block([
            F("ORDER-INJECTION", "high", "security", "order param reaches ORDER BY unescaped",
              "whitelist columns", d=-3),
            F("CONDITION-INJECTION", "high", "security", "condition from request body interpolated into UPDATE",
              "bind it", d=-2),
            F("SCHEDULE-SHELL", "critical", "security", "title -> shell=True pandoc command",
              "argv list, no shell", d=-1),
            F("SCORE-TRAVERSAL", "high", "security", "part query param not confined to SCORES_DIR",
              "basename + resolve check", d=-1),
            F("LIB-TOKEN-EMPTY", "high", "security", "librarian_only fails open when LIBRARIAN_TOKEN is empty",
              "fail closed", d=-2),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "MAX_LOANS check uses > (3 loans allowed)",
              ">=", d=2, sd=0),
            F("LOAN-DOUBLE-CHECKOUT", "high", "bug", "check-then-UPDATE on on_loan is not atomic",
              "conditional UPDATE + rowcount"),
            F("BOOKING-IN-PAST", "low", "bug", "booking start not checked against now",
              "reject start < now"),
            F("BOOKING-DOUBLE", "high", "bug", "clash check and INSERT race (double booking)",
              "transaction / exclusion constraint", d=3),
            F("ROOM-FEE-SECONDS", "medium", "bug", "room_fee: .seconds drops days and wraps negatives",
              "total_seconds()", d=-1),
            F("OVERDUE-DUE-TODAY", "low", "bug", "overdue list includes loans due today",
              "due < cutoff", d=-2),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the orchestra library service. It is a Flask application backed by SQLite that
        manages instrument loans, score-part downloads and rehearsal-room bookings.

        **Overall assessment:** the application has several serious security issues. Authentication is essentially
        absent for members (the member id is taken from a request header), several request values are used to
        build SQL statements and shell commands, and files are served from user-controlled paths. There are also
        concurrency issues because Flask serves requests on multiple threads while module-level state is shared.

        ### Security findings
        """,
        Block([
            F("SCHEDULE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Schedule PDF Generation",
              "Pass the arguments as a list and do not use `shell=True`.",
              desc="The `title` parameter from the query string is placed inside single quotes in a shell command. A title containing a quote breaks out and runs arbitrary commands."),
            F("ORDER-INJECTION", "HIGH", "SQL Injection", "SQL Injection via Sort Order",
              "Validate `order` against an allow-list of columns."),
            F("CONDITION-INJECTION", "HIGH", "SQL Injection", "SQL Injection in Instrument Return",
              "Use a placeholder for `condition`.", d=-1, sd=0,
              desc="The `condition` field of the JSON body is concatenated into the UPDATE statement."),
            F("SCORE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Score Download",
              "Use `werkzeug.utils.safe_join` or `send_from_directory`.", d=3),
            F("MEMBER-HEADER-TRUST", "HIGH", "Broken Authentication", "Member ID Trusted from Request Header",
              "Use a real authentication mechanism.", d=-1),
            F("LIB-TOKEN-TIMING", "MEDIUM", "Cryptographic Failure", "Timing Attack on Librarian Token Comparison",
              "Use `hmac.compare_digest`."),
            F("SCHEDULE-TMP-SHARED", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Path",
              "Use `tempfile.TemporaryDirectory()` per request.",
              desc="All requests write to the same `/tmp/orchlend-schedule.md`; concurrent requests overwrite each other and a local user can pre-create a symlink."),
            F("CANCEL-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Check that the booking belongs to the caller."),
        ], wrap="list"),
        """
        ### Reliability and concurrency findings
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider using Flask blueprints to separate the library and the rooms."}),
            F("LOAN-COUNT-RACE", "MEDIUM", "Race Condition", "Race Condition on Loan Counter",
              "Hold the lock for the whole check-and-increment.", d=-3),
            F("BOOKING-DOUBLE", "HIGH", "Race Condition", "Race Condition in Room Booking",
              "Use a transaction or a database constraint."),
            F("BOOKING-CODE-RACE", "MEDIUM", "Concurrency", "Non-unique Booking Codes Under Load",
              "Generate codes in the database.", d=1,
              desc="Two threads can read the same `_next_code` value and issue the same `RB` code."),
            F("HOURS-END-MINUTES", "MEDIUM", "Business Logic", "Opening Hours Check Ignores Minutes",
              "Compare full times."),
            F("LOAN-COUNT-LEAK", "LOW", "Business Logic", "Loan Counter Not Decremented on Failed Checkout",
              "Roll back the counter when returning early."),
            F("LIST-LIMIT-UNBOUNDED", "LOW", "Resource Exhaustion", "Unbounded Result Set in Instrument Listing",
              "Clamp `limit` to 1..100."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ORDER-INJECTION", "error", "security", "sql injection via order", "whitelist"),
            F("SCHEDULE-SHELL", "error", "security", "shell injection in schedule_pdf (title)", "no shell=True"),
            F("SCORE-TRAVERSAL", "error", "security", "path traversal in download_part", "safe_join"),
            F("LIB-TOKEN-EMPTY", "error", "", "empty LIBRARIAN_TOKEN means no auth", "require token"),
            F("CANCEL-IDOR", "warning", "security", "cancel doesn't check owner", "compare member_id"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LOAN-COUNT-RACE", "warning", "bug", "loan counter race", "lock around read+write"),
            F("BOOKING-END-BEFORE-START", "warning", "bug", "end < start not rejected", "validate"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the instrument listing and the return endpoint.
        2. Command injection in the schedule PDF export.
        3. Missing authentication and authorisation (member header, librarian token, score downloads).
        4. Race conditions in checkout and booking.
        5. Off-by-one errors in loan limits, overdue reporting and room slots.
        """,
        Block([
            F("ORDER-INJECTION", "blocker", "security", "SQL injection in instrument listing sort order",
              "Use an allow-list for the sort column.", conf=0.9),
            F("CONDITION-INJECTION", "blocker", "security", "SQL injection in instrument condition update",
              "Use parameter binding.", conf=0.9),
            F("SCHEDULE-SHELL", "blocker", "security", "OS command injection in schedule export",
              "Avoid shell=True.", conf=0.9),
            F("SCORE-TRAVERSAL", "major", "security", "Directory traversal in score part download",
              "Validate the part name.", conf=0.85),
            F("SCORE-NO-AUTH", "major", "security", "Unauthenticated access to score parts",
              "Require a member session.", conf=0.7),
            F("MEMBER-HEADER-TRUST", "major", "security", "Client-controlled member identity",
              "Authenticate members.", conf=0.85),
            F("LIB-TOKEN-EMPTY", "major", "security", "Empty librarian token disables authentication",
              "Fail closed when the token is not configured.", conf=0.8),
            F("LOAN-LIMIT-OFF-BY-ONE", "major", "correctness", "Off-by-one in loan limit check",
              "Use >=.", d=-1, sd=0, conf=0.85),
            F("LOAN-DOUBLE-CHECKOUT", "major", "concurrency", "Race condition in instrument checkout",
              "Use a conditional update.", d=-1, sd=-3, n=3, conf=0.8),
            F("BOOKING-DOUBLE", "major", "concurrency", "Concurrent bookings can overlap",
              "Use a transaction.", conf=0.8),
            F("OVERDUE-DUE-TODAY", "minor", "correctness", "Off-by-one: loans due today reported as overdue",
              "Use `due < ?`.", conf=0.7),
            F("HOURS-END-MINUTES", "minor", "correctness", "Booking may end after closing time",
              "Compare hours and minutes.", d=-1, conf=0.7),
            F("SLOTS-EXTRA", "minor", "correctness", "Off-by-one in slots_between: an extra slot at the end",
              "Use range(n).", conf=0.75),
            F("ROOM-FEE-SECONDS", "minor", "correctness", "Room fee computed from timedelta.seconds",
              "Use total_seconds().", conf=0.7),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 7 major, 4 minor"),
    ]),
}

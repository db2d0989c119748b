"""test41/py-pianotuner: piano-tuning visits, pitch readings and invoices (Python, Flask + SQLite).

Frozen test split test41; labels next to each finding. Written 2026-12-04 by a helper session that had not
seen the merger code, its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test41: seeded problems in a small piano-tuning visit and invoice service; five "
    "agents' answers written by hand."
)

A = "pianotuner/app.py"
PROBLEMS = {
    "TUNER-HEADER-TRUST": P(A, 'claimed = request.headers.get("X-Tuner-Id")', "security",
                            "tuner_only takes the tuner's identity from a bare X-Tuner-Id header: anyone can act as any tuner",
                            "signature-vs-statement"),
    "START-IN-PAST": P(A, 'start = datetime.fromisoformat(body["start"])', "bug",
                       "a visit can be booked with a start in the past (or years ahead); nothing checks the start"),
    "BOOKING-RACE": P(A, "    if clash:", "bug",
                      "clash SELECT and INSERT are not one transaction: two requests can book the same tuner for the same time",
                      "critical-section"),
    "CANCEL-NO-AUTH": P(A, 'visit = db().execute("SELECT start, status FROM visits WHERE id = ?"', "security",
                        "cancellation needs no customer token or key: anyone can cancel any visit by its sequential id",
                        "signature-vs-statement"),
    "CANCEL-SECONDS": P(A, "hours_before = (datetime.fromisoformat", "bug",
                        "timedelta.seconds drops the days: a visit a week away counts as hours away and is charged the late fee"),
    "CANCEL-TWICE": P(A, "UPDATE visits SET status = 'cancelled', fee_pence = ?", "bug",
                      "status is read but never checked: a cancelled or completed visit can be cancelled again and charged again"),
    "ORDER-SQLI": P(A, 'sql = f"SELECT id, customer, phone', "security",
                    "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "LIMIT-SQLI": P(A, 'sql = f"SELECT id, customer, phone', "security",
                    "limit query value formatted into LIMIT: SQL injection (a second, separate request value)"),
    "READINGS-NOT-OWNER": P(A, 'visit = db().execute("SELECT tuner_id, status FROM visits', "security",
                            "readings accepted for any visit: the visit's tuner_id is fetched but never compared with the caller",
                            "signature-vs-statement"),
    "READINGS-CANCELLED": P(A, "    if visit is None:", "bug",
                            "readings are accepted for cancelled visits (status fetched, not checked); extra, one agent",
                            nth=1),
    "HZ-NONPOSITIVE": P(A, 'cents = 1200 * math.log2(r["hz"]', "bug",
                        "hz of 0 or below makes math.log2 raise ValueError (math domain error): 500 and the whole batch is lost"),
    "KEY-UNCAUGHT": P(A, 'cents = 1200 * math.log2(r["hz"]', "bug",
                      "expected_hz raises ValueError for a key outside the keyboard; not caught, the whole request answers 500"),
    "KEY-RANGE": P(A, "if key_number < 0 or key_number > 88:", "bug",
                   "key 0 accepted: the keyboard is 1..88", "off-by-one"),
    "KEY-OFFSET": P(A, "return A4_HZ * 2 ** ((key_number - 48) / 12)", "bug",
                    "A4 is key 49 but the formula uses 48: every expected pitch is a semitone sharp", "off-by-one"),
    "INVOICE-NOT-OWNER": P(A, 'visit = db().execute("SELECT id, status FROM visits WHERE id = ?"', "security",
                           "a tuner can invoice any visit, including another tuner's: no tuner_id condition",
                           "signature-vs-statement"),
    "LABOUR-FLOOR": P(A, "labour = minutes // 60 * rate", "bug",
                      "floor division bills whole hours only: a 90-minute visit is billed as one hour, 45 minutes as nothing"),
    "NEGATIVE-PARTS": P(A, 'parts = int(body.get("parts_pence", 0))', "bug",
                        "parts_pence (and minutes) not checked: negative values reduce or reverse the invoice"),
    "INVOICE-NUMBER-RACE": P(A, "number = last + 1", "bug",
                             "MAX(number)+1 then INSERT without a transaction or unique constraint: concurrent invoices share a number",
                             "critical-section"),
    "XSS-PIANO": P(A, "head = f\"<h1>{escape(v['customer'])}</h1>", "security",
                   "piano field (customer-supplied at booking) written into the sheet unescaped: stored XSS"),
    "XSS-NOTES": P(A, "head = f\"<h1>{escape(v['customer'])}</h1>", "security",
                   "notes field (customer-supplied at booking) written into the sheet unescaped: stored XSS"),
    "REPORT-PATH": P(A, 'return send_file(path, mimetype="application/pdf")', "security",
                     "name query value joined to REPORT_DIR unchecked: any readable file can be fetched",
                     "source-vs-sink"),
    "PRINT-SHELL-PRINTER": P(A, 'subprocess.run(f"lp -d {printer}', "security",
                             "printer query value formatted into a shell command", "source-vs-sink"),
    "PRINT-SHELL-COPIES": P(A, 'subprocess.run(f"lp -d {printer}', "security",
                            "copies query value formatted into the same shell command (a second injection vector)"),
    "PRINT-RESULT-IGNORED": P(A, 'subprocess.run(f"lp -d {printer}', "bug",
                              "check=False and the result ignored: the endpoint answers queued even when lp fails; extra, one agent"),
    "OFFICE-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                            "page is 1-based but offset = page * size: page 1 skips the newest invoices", "off-by-one"),
    "REMINDER-TIMEOUT": P(A, 'subprocess.run(["sms-send", row["phone"], msg]', "bug",
                          "timeout=20 raises TimeoutExpired, which is not caught: one slow send aborts the run with 500 and later customers get no reminder"),
    "REMINDER-DUPLICATE": P(A, 'subprocess.run(["sms-send", row["phone"], msg]', "bug",
                            "_reminded checked and added around the send without a lock: two overlapping runs text customers twice",
                            "critical-section"),
}

CONFUSABLE = [
    ("ORDER-SQLI", "LIMIT-SQLI"),
    ("KEY-RANGE", "KEY-OFFSET"),
    ("HZ-NONPOSITIVE", "KEY-UNCAUGHT"),
    ("LABOUR-FLOOR", "NEGATIVE-PARTS"),
    ("XSS-PIANO", "XSS-NOTES"),
    ("PRINT-SHELL-PRINTER", "PRINT-SHELL-COPIES"),
    ("CANCEL-SECONDS", "CANCEL-TWICE"),
    ("READINGS-NOT-OWNER", "READINGS-CANCELLED"),
    ("PRINT-SHELL-COPIES", "PRINT-RESULT-IGNORED"),
    ("CANCEL-NO-AUTH", "CANCEL-SECONDS"),
    ("REMINDER-DUPLICATE", "REMINDER-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `pianotuner/app.py`

        This is a single-module Flask service for a small piano-tuning business: customers book visits, tuners
        record pitch readings and issue invoices, and the office pages through invoices and sends SMS reminders.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | Injection | SQL injection in `/tuner/visits` (two parameters), shell injection in the print endpoint, path traversal in `/reports` |
        | P1 | Authorization | tuner identity is a bare header; readings and invoices are not scoped to the tuner; cancellation is unauthenticated |
        | P1 | Money | labour billed in whole hours, unchecked negative amounts, late fee applied to far-future visits |
        | P2 | Concurrency | booking clash check, invoice numbering and reminders are check-then-act |
        | P2 | Correctness | key numbering in `expected_hz` |

        Some things are done well and I left them alone: `office_only` fails closed when `OFFICE_KEY` is unset and
        compares with `hmac.compare_digest`; the clash query's interval test is right; the board counter is updated
        under `_board_lock`; `sms-send` gets an argv list with a timeout; page size is capped at 200.
        """,
        Block([
            F("ORDER-SQLI", "critical", "security", "SQL injection through the `order` query parameter",
              "Map `order` onto a fixed allow-list of column names before building the statement.",
              symbol="my_visits", conf=0.95),
            F("LIMIT-SQLI", "high", "security", "SQL injection through the `limit` query parameter",
              "Parse `limit` with `int()`, clamp it, and bind it as a parameter (`LIMIT ?`).",
              symbol="my_visits", conf=0.9),
            F("PRINT-SHELL-PRINTER", "critical", "security", "Shell command injection via the `printer` argument to `lp`",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), pdf])` without `shell=True` and validate `printer` against the configured printers.",
              symbol="print_invoice", conf=0.95),
            F("PRINT-SHELL-COPIES", "high", "security", "`copies` is also interpolated into the shell command unvalidated",
              "Parse `copies` as a small positive integer before use.", symbol="print_invoice", conf=0.85),
            F("REPORT-PATH", "high", "security", "Path traversal in `/reports` via `name`",
              "Resolve the path and require it to stay under `REPORT_DIR`, or use `flask.send_from_directory`.",
              symbol="get_report", conf=0.9),
            F("TUNER-HEADER-TRUST", "high", "security", "`tuner_only` trusts a client-supplied `X-Tuner-Id` header",
              "Authenticate tuners (signed session or per-tuner token) and derive `g.tuner_id` from that.",
              symbol="tuner_only.wrapper", conf=0.9),
            F("READINGS-NOT-OWNER", "high", "security", "Readings can be added to another tuner's visit",
              "Compare `visit[\"tuner_id\"]` with `g.tuner_id` and answer 404 otherwise.",
              symbol="add_readings", conf=0.85),
            F("INVOICE-NOT-OWNER", "high", "security", "`make_invoice` does not check that the visit belongs to the caller",
              "Add `AND tuner_id = ?` to the visit lookup.", symbol="make_invoice", conf=0.8),
            F("CANCEL-NO-AUTH", "medium", "security", "Any client can cancel any visit by id",
              "Require a per-booking cancellation token (sent with the confirmation) or the office key.",
              symbol="cancel_visit", conf=0.8),
        ]),
        "Correctness, money and concurrency:",
        Block([
            F("CANCEL-SECONDS", "high", "bug", "Late-cancellation fee uses `timedelta.seconds` instead of `total_seconds()`",
              "Use `.total_seconds() / 3600`; `.seconds` ignores whole days, so almost every cancellation is 'late'.",
              symbol="cancel_visit", conf=0.9),
            F("CANCEL-TWICE", "medium", "bug", "Cancelling does not check the current status",
              "Only cancel `booked` visits (`WHERE id = ? AND status = 'booked'`) and return 409 otherwise.",
              symbol="cancel_visit", conf=0.75),
            F("KEY-OFFSET", "high", "bug", "`expected_hz` is a semitone off: A4 is key 49, not 48",
              "Use `(key_number - 49) / 12`; with 48 every reading is reported ~100 cents flat.",
              symbol="expected_hz", conf=0.9),
            F("KEY-RANGE", "low", "bug", "`expected_hz` accepts key 0",
              "Check `1 <= key_number <= 88`.", symbol="expected_hz", conf=0.8),
            F("HZ-NONPOSITIVE", "medium", "bug", "A reading of 0 Hz (or negative) crashes the request",
              "Validate `hz > 0` and return 400 for bad readings.", symbol="add_readings", conf=0.8),
            F("KEY-UNCAUGHT", "low", "bug", "`ValueError` from `expected_hz` is not handled in `add_readings`",
              "Catch it per reading and answer 400 naming the key.", symbol="add_readings", conf=0.7),
            F("LABOUR-FLOOR", "high", "bug", "Labour is billed in whole hours (floor division)",
              "Bill by the minute: `labour = round(minutes * rate / 60)`.", symbol="make_invoice", conf=0.9),
            F("NEGATIVE-PARTS", "medium", "bug", "Negative `parts_pence` or `minutes` are accepted",
              "Reject values below zero and cap them at sane maxima.", symbol="make_invoice", conf=0.8),
            F("INVOICE-NUMBER-RACE", "medium", "bug", "Invoice numbers are allocated with `MAX(number) + 1`",
              "Use an INTEGER PRIMARY KEY / sequence table inside a transaction and a UNIQUE constraint on `number`.",
              n=2, sd=-1, symbol="make_invoice", conf=0.8),
            F("BOOKING-RACE", "medium", "bug", "Booking clash check and insert are not atomic",
              "Run the check and insert in one `BEGIN IMMEDIATE` transaction.", symbol="book_visit", conf=0.75),
            F("START-IN-PAST", "low", "bug", "Visits can be booked in the past",
              "Reject `start` earlier than now (and further ahead than the booking horizon).",
              symbol="book_visit", conf=0.7),
            F("OFFICE-PAGE-OFFSET", "medium", "bug", "`/office/invoices` skips the first page",
              "Use `offset = (page - 1) * size` and reject `page < 1`.", symbol="office_invoices", conf=0.85),
            F("REMINDER-DUPLICATE", "low", "bug", "Concurrent reminder runs can text a customer twice",
              "Guard `_reminded` with a lock, or record the reminder in the database with a unique constraint.",
              d=-3, symbol="send_reminders", conf=0.65),
            F("XSS-PIANO", "medium", "security", "Stored XSS through the `piano` field on the pitch sheet",
              "Escape `v['piano']` as you already do for the customer name.", symbol="pitch_sheet", conf=0.85),
            F("XSS-NOTES", "medium", "security", "Stored XSS through the booking `notes` on the pitch sheet",
              "Escape `v['notes']` too (or render with a template).", symbol="pitch_sheet", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ORDER-SQLI", "critical", "security", "SQLi: ?order= reaches ORDER BY", "allow-list columns.", d=-2),
            F("LIMIT-SQLI", "high", "security", "SQLi: ?limit= reaches LIMIT", "int() + bind.", d=-1),
            F("PRINT-SHELL-PRINTER", "critical", "security", "shell=True lp command built from ?printer=",
              "argv list, no shell.", d=-3),
            F("REPORT-PATH", "high", "security", "/reports?name= path traversal", "send_from_directory.", d=-2),
            F("TUNER-HEADER-TRUST", "high", "security", "tuner_only: X-Tuner-Id is unauthenticated",
              "real auth.", d=-3),
            F("READINGS-NOT-OWNER", "high", "security", "add_readings: no ownership check on visit",
              "compare visit.tuner_id.", d=-1),
            F("INVOICE-NOT-OWNER", "high", "security", "make_invoice: any visit id can be invoiced",
              "scope by tuner_id.", d=-1),
            F("CANCEL-NO-AUTH", "medium", "security", "cancel_visit unauthenticated", "booking token.", d=-1),
            F("KEY-OFFSET", "high", "bug", "expected_hz uses key-48; A4=49", "key_number - 49."),
            F("KEY-RANGE", "low", "bug", "key 0 passes range check", "1 <= key <= 88."),
            F("HZ-NONPOSITIVE", "medium", "bug", "log2 of hz<=0 -> 500", "validate hz > 0."),
            F("LABOUR-FLOOR", "high", "bug", "minutes // 60 truncates billable time", "bill per minute."),
            F("INVOICE-NUMBER-RACE", "medium", "bug", "duplicate invoice numbers under concurrency (MAX+1)",
              "sequence/unique.", d=-1),
            F("BOOKING-RACE", "medium", "bug", "double booking: check/insert race", "transaction.", d=+2),
            F("OFFICE-PAGE-OFFSET", "medium", "bug", "offset = page*size skips page 1", "(page-1)*size."),
            F("REMINDER-DUPLICATE", "low", "bug", "_reminded race -> duplicate SMS", "lock or DB flag."),
            F("REMINDER-TIMEOUT", "low", "bug", "sms-send TimeoutExpired uncaught; run aborts mid-loop",
              "catch per row."),
            F("XSS-PIANO", "medium", "security", "pitch sheet renders piano unescaped", "escape()."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `pianotuner` application. It is a Flask service that manages piano-tuning visits,
        stores pitch readings per key, issues invoices and sends SMS reminders.

        **Overall assessment:** the service has several high-impact security problems, mostly where request
        values flow into SQL, the shell and the filesystem, and where the tuner's identity is simply trusted.
        There are also business-logic errors in the invoice and cancellation code.

        **Security findings**
        """,
        Block([
            F("ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Visit Listing",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3,
              desc="The `order` parameter is inserted directly into the ORDER BY clause of the SQL string."),
            F("LIMIT-SQLI", "HIGH", "SQL Injection", "Unvalidated LIMIT Clause",
              "Convert `limit` to an integer and pass it as a bound parameter.", sd=-2, n=3),
            F("PRINT-SHELL-PRINTER", "CRITICAL", "Command Injection", "Command Injection in Invoice Printing",
              "Avoid `shell=True`; pass a list of arguments to `subprocess.run`.", sd=-2, n=3,
              desc="The `printer` value from the query string is embedded in a shell command line."),
            F("REPORT-PATH", "HIGH", "Path Traversal", "Path Traversal in Report Download",
              "Use `send_from_directory` or check the resolved path.", d=-1, sd=-3, n=3),
            F("TUNER-HEADER-TRUST", "HIGH", "Broken Authentication", "Tuner Identity Taken from Request Header",
              "Issue tuners real credentials.", sd=-2, n=3),
            F("READINGS-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check on Readings",
              "Verify that the visit belongs to the authenticated tuner.", d=-3, sd=-3, n=1),
            F("CANCEL-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Visit Cancellation",
              "Require proof that the caller made the booking.", d=-2, sd=-2, n=3),
            F("XSS-PIANO", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Pitch Sheet",
              "Escape the piano description before rendering.", sd=-2, n=3,
              desc="The `piano` column comes from the customer's booking and is rendered without escaping."),
        ], wrap="list"),
        """
        **Logic, reliability and concurrency findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints."}),
            F("CANCEL-SECONDS", "HIGH", "Logic Error", "Incorrect Time Difference Calculation",
              "Use `total_seconds()`.", sd=-2, n=3,
              desc="`timedelta.seconds` is only the seconds component, so days are ignored when deciding the late fee."),
            F("READINGS-CANCELLED", "LOW", "Logic Error", "Readings Accepted for Cancelled Visits",
              "Reject readings unless the visit status is `booked` or `in_progress`.", d=-1, sd=-1, n=3),
            F("KEY-OFFSET", "HIGH", "Logic Error", "Wrong Reference Key in Pitch Calculation",
              "A4 is key 49; subtract 49.", sd=-2, n=3),
            F("LABOUR-FLOOR", "MEDIUM", "Logic Error", "Labour Charge Truncated to Whole Hours",
              "Compute the charge from minutes.", sd=-2, n=3),
            F("NEGATIVE-PARTS", "MEDIUM", "Input Validation", "Negative Amounts Accepted on Invoices",
              "Validate that parts and minutes are non-negative.", sd=-2, n=3),
            F("INVOICE-NUMBER-RACE", "MEDIUM", "Race Condition", "Race Condition in Invoice Numbering",
              "Allocate numbers in a transaction.", d=+1, sd=-1, n=3),
            F("BOOKING-RACE", "MEDIUM", "Concurrency", "Double Booking Possible Under Concurrent Requests",
              "Wrap the check and insert in a transaction.", d=-3, sd=-3, n=1),
            F("OFFICE-PAGE-OFFSET", "LOW", "Logic Error", "Pagination Skips First Page",
              "Use `(page - 1) * size`.", sd=-2, n=3),
            F("REMINDER-DUPLICATE", "LOW", "Race Condition", "Duplicate SMS Reminders",
              "Persist the reminder state with a lock or in the database.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ORDER-SQLI", "error", "security", "sql injection in my_visits (order)", "whitelist order"),
            F("REPORT-PATH", "error", "security", "path traversal in /reports", "send_from_directory"),
            F("CANCEL-NO-AUTH", "warning", "security", "anyone can cancel a visit", "require a token"),
            F("KEY-OFFSET", "warning", "bug", "wrong pitch: key 49 is A4", "key_number - 49"),
            F("KEY-UNCAUGHT", "warning", "", "bad key -> uncaught ValueError", "catch and 400"),
            F("NEGATIVE-PARTS", "warning", "bug", "negative parts_pence accepted", "validate"),
            F("XSS-NOTES", "warning", "security", "notes rendered without escaping", "escape()"),
            F("PRINT-RESULT-IGNORED", "info", "bug", "lp failure ignored, still returns queued", "check returncode"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL injection in the tuner visit list, shell injection in invoice printing, path traversal in reports.
        2. Access control: tuner identity is a header, readings and invoices not scoped to the tuner.
        3. Billing: labour rounding, late-fee calculation, double cancellation.
        4. Concurrency: double booking, invoice numbers, duplicate reminders.
        5. Pitch maths: key range and reference key.
        """,
        Block([
            F("ORDER-SQLI", "blocker", "security", "SQL injection via order parameter in my_visits",
              "Use an allow-list for the sort column.", d=+1, conf=0.9),
            F("PRINT-SHELL-PRINTER", "blocker", "security", "Command injection in print_invoice through printer",
              "Do not use shell=True.", conf=0.9),
            F("PRINT-SHELL-COPIES", "major", "security", "Command injection in print_invoice through copies",
              "Validate copies as an integer.", d=-2, conf=0.8),
            F("REPORT-PATH", "blocker", "security", "Arbitrary file read in get_report",
              "Restrict to REPORT_DIR.", conf=0.9),
            F("TUNER-HEADER-TRUST", "major", "security", "Spoofable tuner identity header",
              "Authenticate tuners properly.", conf=0.85),
            F("READINGS-NOT-OWNER", "major", "security", "Tuner can write readings to other tuners' visits",
              "Check visit ownership.", conf=0.8),
            F("INVOICE-NOT-OWNER", "major", "security", "Invoice can be issued for any visit",
              "Check visit ownership.", conf=0.8),
            F("CANCEL-SECONDS", "major", "correctness", "Late cancellation fee computed from seconds component only",
              "Use total_seconds().", conf=0.85),
            F("CANCEL-TWICE", "minor", "correctness", "Visit can be cancelled repeatedly, fee recalculated each time",
              "Check status before cancelling.", d=-2, conf=0.7),
            F("KEY-RANGE", "minor", "correctness", "Off-by-one: key 0 is accepted as a valid piano key",
              "Lower bound should be 1.", d=+1, sd=0, n=2, conf=0.75),
            F("KEY-OFFSET", "major", "correctness", "Expected frequency off by one key",
              "Subtract 49 instead of 48.", anchor="if key_number < 0 or key_number > 88:", conf=0.8),
            F("HZ-NONPOSITIVE", "minor", "reliability", "Zero frequency crashes reading upload",
              "Validate hz.", conf=0.7),
            F("LABOUR-FLOOR", "major", "correctness", "Labour charge rounds down to whole hours",
              "Use minutes * rate / 60.", conf=0.85),
            F("INVOICE-NUMBER-RACE", "major", "concurrency", "Non-atomic invoice number allocation",
              "Use a sequence inside a transaction.", conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Race between clash check and insert allows double booking",
              "Use a transaction or unique constraint.", d=+2, conf=0.75),
            F("START-IN-PAST", "minor", "correctness", "Booking start time is not validated",
              "Reject past start times.", conf=0.6),
            F("OFFICE-PAGE-OFFSET", "major", "correctness", "Pagination offset wrong for 1-based page",
              "offset = (page - 1) * size.", d=-2, conf=0.8),
            F("REMINDER-DUPLICATE", "minor", "concurrency", "Reminder de-duplication set is not thread-safe",
              "Protect _reminded with a lock.", d=+1, conf=0.65),
            F("REMINDER-TIMEOUT", "minor", "reliability", "Unhandled subprocess timeout stops the reminder loop",
              "Catch subprocess.TimeoutExpired for each customer.", conf=0.6),
            F("XSS-NOTES", "major", "security", "Unescaped notes in pitch sheet HTML",
              "Escape notes.", conf=0.8),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 11 major, 6 minor"),
    ]),
}

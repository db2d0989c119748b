"""test47/py-hallkeys: a village hall room hire and key-holder log (Python, Flask + SQLite). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test47: seeded problems in a village hall room hire and key-holder log; five "
    "agents' answers written by hand."
)

A = "hallkeys/app.py"
PROBLEMS = {
    "KEYHOLDER-FAILS-OPEN": P(A, "if supplied != KEYHOLDER_TOKEN:", "security", "KEYHOLDER_TOKEN defaults to '': with it unset, a request without the header passes the key-holder check"),
    "KEYHOLDER-TIMING": P(A, "if supplied != KEYHOLDER_TOKEN:", "security", "key-holder token compared with != (not constant time), unlike the warden check"),
    "AVAIL-ORDER-SQLI": P(A, "ORDER BY {order}", "security", "order query value formatted into the availability SQL", "source-vs-sink"),
    "BOOKING-DAY-UNCHECKED": P(A, 'day = body["day"]', "bug", "booking day is not parsed or checked: any string, or a day in the past, is stored"),
    "BOOKING-END-BEFORE-START": P(A, "start, end = parse_hour(", "bug", "no check that end is after start: zero or negative hours, negative fee, clash check never matches"),
    "BOOKING-HOURS-PLUS-ONE": P(A, "hours = end - start + 1", "bug", "hours counted inclusively: every booking is charged one hour too many", "off-by-one"),
    "BOOKING-CHARITY-SELF-DECLARED": P(A, 'if body.get("charity"):', "security", "any hirer halves the fee by sending charity: true; nothing checks it"),
    "BOOKING-CLASH-RACE": P(A, "if clash:", "bug", "clash check and insert are not atomic: two simultaneous requests both book the room", "critical-section"),
    "CANCEL-ANYONE": P(A, 'row = db.execute("SELECT fee, day, status FROM bookings WHERE id = ?"', "security", "public cancel endpoint: anyone can cancel (and refund) any booking by id", "signature-vs-statement"),
    "CANCEL-TWICE-REFUND": P(A, 'refund = row["fee"] if row["day"] > date.today().isoformat() else 0', "bug", "status is fetched but not checked: a cancelled booking can be cancelled again and refunded again"),
    "REFUND-IGNORES-NOTICE": P(A, 'refund = row["fee"] if row["day"] > date.today().isoformat() else 0', "bug", "full refund up to the day before; CANCEL_NOTICE_DAYS (7) is never applied"),
    "CALENDAR-REFRESH-RACE": P(A, 'rows = get_db().execute("SELECT room, day, start_hour, end_hour, hirer, phone', "bug", "calendar cache refreshed without a lock: concurrent rebuilds and body/at written separately", "critical-section"),
    "CALENDAR-PHONE-PUBLIC": P(A, 'rows = get_db().execute("SELECT room, day, start_hour, end_hour, hirer, phone', "security", "public calendar publishes hirers' names and phone numbers"),
    "WARDEN-PAGE-OFFSET": P(A, "offset = page * PAGE_SIZE", "bug", "pages start at 1 but offset = page * size: the first 25 bookings are never shown", "off-by-one"),
    "KEY-OUT-RACE": P(A, "abort(409, f\"key {key_no} is already with", "bug", "check-then-set on _keys_out without _keys_lock: the same key lent to two holders", "critical-section"),
    "KEYS-OVERDUE-UNLOCKED": P(A, 'late = [{"key": k, **v} for k, v in _keys_out.items()', "bug", "iterates _keys_out without the lock while other requests change it (RuntimeError: dict changed size)"),
    "INSURANCE-NO-AUTH": P(A, "def upload_insurance(booking_id):", "security", "anyone can upload or overwrite the insurance certificate of any booking"),
    "INSURANCE-PATH-TRAVERSAL": P(A, "dest = os.path.join(DOCS_DIR, str(booking_id), name)", "security", "upload filename joined to the docs dir unchecked: ../ writes anywhere", "source-vs-sink"),
    "POSTER-PRINTER-INJECTION": P(A, "cmd = f\"echo '{text}' | lp -d {printer} -n {copies}\"", "security", "printer query value formatted into a shell command", "source-vs-sink"),
    "POSTER-HIRER-INJECTION": P(A, "text = f\"{row['hirer']} - {row['room']} room - {row['day']}\"", "security", "hirer name from the public booking form ends up inside single quotes in the shell command (stored injection)"),
    "POSTER-COPIES-UNBOUNDED": P(A, 'copies = int(request.args.get("copies", 1))', "bug", "copies not bounded: one request prints thousands of posters"),
    "IMPORT-YAML-UNSAFE": P(A, "data = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "IMPORT-WEEKS-PLUS-ONE": P(A, 'for week in range(item["weeks"] + 1):', "bug", "range(weeks + 1) books one week more than asked", "off-by-one"),
    "IMPORT-NO-CLASH-CHECK": P(A, 'db.execute(INSERT_BOOKING, (item["room"], day,', "bug", "regular bookings inserted without the clash check or room validation: double bookings"),
    "EXPORT-CSV-FORMULA": P(A, 'writer.writerow([r["day"], r["room"], r["hirer"]', "security", "hirer names starting with = + - @ written unescaped into the CSV the warden opens in a spreadsheet"),
}

CONFUSABLE = [
    ("KEYHOLDER-FAILS-OPEN", "KEYHOLDER-TIMING"),
    ("BOOKING-DAY-UNCHECKED", "BOOKING-END-BEFORE-START"),
    ("BOOKING-END-BEFORE-START", "BOOKING-HOURS-PLUS-ONE"),
    ("BOOKING-DAY-UNCHECKED", "BOOKING-HOURS-PLUS-ONE"),
    ("BOOKING-HOURS-PLUS-ONE", "BOOKING-CHARITY-SELF-DECLARED"),
    ("CANCEL-ANYONE", "CANCEL-TWICE-REFUND"),
    ("CANCEL-TWICE-REFUND", "REFUND-IGNORES-NOTICE"),
    ("CALENDAR-REFRESH-RACE", "CALENDAR-PHONE-PUBLIC"),
    ("INSURANCE-NO-AUTH", "INSURANCE-PATH-TRAVERSAL"),
    ("POSTER-PRINTER-INJECTION", "POSTER-HIRER-INJECTION"),
    ("POSTER-COPIES-UNBOUNDED", "POSTER-HIRER-INJECTION"),
    ("IMPORT-WEEKS-PLUS-ONE", "IMPORT-NO-CLASH-CHECK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `hallkeys/app.py`

        One Flask module serving three audiences: the public booking form, the key holders and the warden.
        The warden side is in decent shape (`warden_only` fails closed and uses `hmac.compare_digest`,
        `key_in` pops under `_keys_lock`, queries are parameterised almost everywhere). The public and
        key-holder sides are not.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `keyholder_only` | fails open when `KEYHOLDER_TOKEN` is unset |
        | 2 | `/availability`, `/poster` | SQL and shell built from request values |
        | 3 | `/insurance`, `/warden/import` | file write anywhere, unsafe YAML |
        | 4 | bookings and cancellation | money and double bookings |

        Security first:
        """,
        Block([
            F("KEYHOLDER-FAILS-OPEN", "critical", "security", "`keyholder_only` accepts a missing header when `KEYHOLDER_TOKEN` is unset",
              "Refuse to start (or deny every request) when the token is empty, as `warden_only` does.",
              symbol="keyholder_only.wrapper", conf=0.9),
            F("KEYHOLDER-TIMING", "low", "security", "Key-holder token compared with `!=`",
              "Use `hmac.compare_digest(supplied, KEYHOLDER_TOKEN)` like the warden check.",
              symbol="keyholder_only.wrapper", conf=0.6),
            F("AVAIL-ORDER-SQLI", "high", "security", "SQL injection through the `order` parameter of `/availability`",
              "Map `order` onto a fixed allow-list of column names; placeholders cannot bind identifiers.",
              symbol="availability", conf=0.95),
            F("POSTER-PRINTER-INJECTION", "high", "security", "Shell command built from the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies)], input=text, text=True)` with a validated printer name.",
              symbol="print_poster", conf=0.9),
            F("POSTER-HIRER-INJECTION", "high", "security", "Hirer name from the public form is interpolated into the same shell line",
              "A hirer called `x'; rm -rf ~; '` runs commands when a key holder prints the poster; pass the text on stdin.",
              symbol="print_poster", conf=0.8),
            F("INSURANCE-PATH-TRAVERSAL", "high", "security", "Uploaded filename used as a path component",
              "Use `werkzeug.utils.secure_filename` and check the result stays under `DOCS_DIR`.",
              symbol="upload_insurance", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "medium", "security", "`yaml.load(..., Loader=yaml.Loader)` on the request body",
              "Use `yaml.safe_load`; the full loader builds arbitrary Python objects.", symbol="import_regulars", conf=0.85),
            F("CANCEL-ANYONE", "high", "security", "Any caller can cancel any booking by id",
              "Require the hirer's booking reference or email (or a key-holder/warden token) before cancelling.",
              symbol="cancel_booking", conf=0.85),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BOOKING-HOURS-PLUS-ONE", "medium", "bug", "Fee charges one hour more than booked",
              "`end - start` is already the number of hours; 18:00-20:00 is billed as 3 hours.",
              symbol="create_booking", conf=0.85),
            F("BOOKING-END-BEFORE-START", "medium", "bug", "No check that `end > start`",
              "Reject `end <= start`; today an inverted range produces a zero or negative fee and slips past the clash query.",
              symbol="create_booking", conf=0.8),
            F("BOOKING-CLASH-RACE", "medium", "bug", "Clash check and insert are not atomic",
              "Wrap them in `BEGIN IMMEDIATE` or enforce non-overlap in the database; two concurrent requests can both book the room.",
              d=-1, n=2, symbol="create_booking", conf=0.75),
            F("CANCEL-TWICE-REFUND", "medium", "bug", "Cancelling an already cancelled booking refunds it again",
              "Check `row[\"status\"] == \"confirmed\"` before computing the refund.", symbol="cancel_booking", conf=0.8),
            F("KEY-OUT-RACE", "medium", "bug", "`key_out` tests and sets `_keys_out` without `_keys_lock`",
              "Hold `_keys_lock` across the membership test and the assignment, as `key_in` does for the pop.",
              d=-1, n=3, symbol="key_out", conf=0.8),
            F("CALENDAR-REFRESH-RACE", "low", "performance", "Calendar cache refresh is unsynchronised",
              "Guard the refresh with a lock so concurrent requests do not all rebuild it.",
              d=-1, symbol="calendar", conf=0.6),
            F("WARDEN-PAGE-OFFSET", "low", "bug", "`/warden/bookings` skips the first page",
              "`offset = (page - 1) * PAGE_SIZE`, and reject `page < 1`.", symbol="warden_bookings", conf=0.85),
            F("IMPORT-WEEKS-PLUS-ONE", "low", "bug", "Regular import books one extra week",
              "`range(item[\"weeks\"])`.", symbol="import_regulars", conf=0.75),
            F("EXPORT-CSV-FORMULA", "low", "security", "CSV export is open to formula injection",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a `'`.", symbol="export_csv", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("AVAIL-ORDER-SQLI", "high", "security", "/availability: ORDER BY built from ?order=", "Allow-list columns.", d=-2),
            F("POSTER-PRINTER-INJECTION", "high", "security", "print_poster: printer arg reaches sh -c", "argv list, validate printer.", d=-3),
            F("INSURANCE-PATH-TRAVERSAL", "high", "security", "upload_insurance trusts upload.filename", "secure_filename.", d=-1),
            F("IMPORT-YAML-UNSAFE", "medium", "security", "import_regulars: yaml.Loader on request body", "yaml.safe_load.", d=-2),
            F("CANCEL-ANYONE", "high", "security", "cancel_booking has no auth", "Require hirer ref or token.", d=-2),
            F("KEYHOLDER-FAILS-OPEN", "high", "security", "Empty KEYHOLDER_TOKEN => header-less requests authorised", "Fail closed."),
            F("BOOKING-HOURS-PLUS-ONE", "medium", "bug", "fee = hours * rate overcharges by one hour (hours = end-start+1)", "Drop +1.", d=+1),
            F("BOOKING-CLASH-RACE", "medium", "bug", "Double booking possible: SELECT clash then INSERT, no transaction", "BEGIN IMMEDIATE.", d=+2),
            F("REFUND-IGNORES-NOTICE", "medium", "bug", "Refund ignores CANCEL_NOTICE_DAYS", "Compare against today + 7 days."),
            F("KEY-OUT-RACE", "medium", "bug", "key_out writes _keys_out without _keys_lock", "Lock check+set.", d=+1),
            F("WARDEN-PAGE-OFFSET", "low", "bug", "page=1 returns rows 26-50", "(page-1)*PAGE_SIZE.", d=-1),
            F("IMPORT-WEEKS-PLUS-ONE", "low", "bug", "weeks+1 iterations", "range(weeks)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `hallkeys` application, a Flask service that manages room hire for a village hall
        and keeps a log of who holds the hall's keys.

        **Overall assessment:** the application mixes public, key-holder and warden endpoints in one module. Several
        public endpoints accept input that reaches SQL, the shell or the filesystem without validation, and the
        key-holder authentication can be bypassed entirely through configuration.

        ### Critical and High Severity
        """,
        Block([
            F("AVAIL-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Availability Sort Order",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3,
              desc="The `order` query parameter is inserted into the ORDER BY clause with an f-string."),
            F("POSTER-PRINTER-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection via Printer Parameter",
              "Do not use `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="`printer` comes straight from the query string and is placed in a command executed by the shell."),
            F("POSTER-HIRER-INJECTION", "HIGH", "Command Injection", "Stored Command Injection via Hirer Name",
              "Send the poster text to `lp` through stdin instead of `echo`.", sd=-2, n=3),
            F("INSURANCE-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Insurance Certificate Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("INSURANCE-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Certificate Upload",
              "Require the booking's owner or a key-holder token.", sd=-1, n=2,
              desc="Anyone who can guess a booking id can replace its insurance certificate."),
            F("KEYHOLDER-FAILS-OPEN", "HIGH", "Broken Authentication", "Key-holder Authentication Bypass When Token Is Unset",
              "Fail closed if `KEYHOLDER_TOKEN` is empty.", sd=-1, n=2),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Medium and Low Severity
        """,
        Block([
            F("CALENDAR-PHONE-PUBLIC", "MEDIUM", "Information Disclosure", "Public Calendar Exposes Hirer Phone Numbers",
              "Return only room, day and hours on the public calendar.", sd=-1, n=2),
            F("CALENDAR-REFRESH-RACE", "MEDIUM", "Race Condition", "Race Condition in Calendar Cache",
              "Protect the cache with a `threading.Lock`.", d=+1, sd=-1, n=3),
            F("KEY-OUT-RACE", "MEDIUM", "Race Condition", "Race Condition When Lending a Key",
              "Use `_keys_lock` in `key_out`.", sd=-1, n=3),
            F("POSTER-COPIES-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Number of Poster Copies",
              "Cap `copies` at a small number."),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Export",
              "Escape leading formula characters.", sd=-1, n=2),
            F("IMPORT-WEEKS-PLUS-ONE", "LOW", "Logic Error", "Import Creates One Week Too Many",
              "Iterate over `range(item['weeks'])`.", d=+1, sd=-1, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting app.py into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("AVAIL-ORDER-SQLI", "error", "security", "sql injection in order by", "whitelist columns"),
            F("POSTER-PRINTER-INJECTION", "error", "security", "shell injection in print_poster", "no shell=True", d=+1),
            F("INSURANCE-PATH-TRAVERSAL", "error", "security", "upload can write outside docs dir", "secure_filename", d=+2),
            F("KEYHOLDER-FAILS-OPEN", "error", "security", "keyholder check passes when token env unset", "fail closed"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOKING-HOURS-PLUS-ONE", "warning", "", "fee counts one hour extra", "end - start"),
            F("KEY-OUT-RACE", "warning", "bug", "key_out not locked", "use _keys_lock", d=+1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Two injection points (SQL in `/availability`, shell in `/poster`).
        2. Missing authorization on cancellation and certificate upload.
        3. Booking validation and fee calculation errors.
        4. Thread-safety issues in the key register and calendar cache.
        5. Unsafe YAML import.
        """,
        Block([
            F("AVAIL-ORDER-SQLI", "blocker", "security", "SQL injection via order parameter", "Use a column allow-list.", conf=0.9),
            F("POSTER-PRINTER-INJECTION", "blocker", "security", "Command injection in poster printing", "Avoid shell=True.", conf=0.9),
            F("CANCEL-ANYONE", "major", "security", "Booking cancellation lacks authorization", "Verify the hirer.", conf=0.8),
            F("CANCEL-TWICE-REFUND", "major", "correctness", "Repeated cancellation issues repeated refunds", "Check the status first.", conf=0.7),
            F("REFUND-IGNORES-NOTICE", "minor", "correctness", "Refund policy does not apply the notice period", "Use CANCEL_NOTICE_DAYS.", conf=0.6),
            F("INSURANCE-NO-AUTH", "major", "security", "Certificate upload is unauthenticated", "Require authentication.", conf=0.7),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.85),
            F("BOOKING-DAY-UNCHECKED", "minor", "correctness", "Booking day is not validated", "Parse with date.fromisoformat and reject past days.", conf=0.6),
            F("BOOKING-END-BEFORE-START", "major", "correctness", "End hour may precede start hour", "Validate end > start.", d=-1, conf=0.7),
            F("BOOKING-CHARITY-SELF-DECLARED", "major", "security", "Charity discount is self-declared by the client", "Verify charity status server-side.", conf=0.7),
            F("BOOKING-CLASH-RACE", "major", "concurrency", "Double booking under concurrent requests", "Use a transaction.", conf=0.7),
            F("KEY-OUT-RACE", "major", "concurrency", "Key register updated without lock", "Acquire _keys_lock.", d=-1, conf=0.8),
            F("KEYS-OVERDUE-UNLOCKED", "minor", "concurrency", "Overdue listing iterates shared dict without lock", "Copy under the lock.", conf=0.6),
            F("CALENDAR-REFRESH-RACE", "minor", "concurrency", "Calendar cache is not thread-safe", "Add a lock.", d=+2, conf=0.6),
            F("WARDEN-PAGE-OFFSET", "minor", "correctness", "Pagination skips the first page", "Subtract one from page.", d=-1, conf=0.8),
            F("IMPORT-NO-CLASH-CHECK", "major", "correctness", "Imported regular bookings bypass the clash check", "Reuse the clash query.", conf=0.6),
            F("KEYHOLDER-TIMING", "minor", "security", "Non constant-time token comparison", "Use hmac.compare_digest.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 9 major, 6 minor"),
    ]),
}

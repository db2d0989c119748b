"""test31/py-honeyroom: extraction-room bookings and jar labels for a beekeepers' association (Python, Flask + SQLite).

Frozen test split test31, written 2026-12-03 by a helper session that had not seen the merger code, its tuning
set, its scores or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its tuning set, its scores or any "
    "other split's answers. Frozen test split (test31): seeded problems in a beekeepers' extraction-room booking and "
    "jar-label service; five agents' answers written by hand."
)

A = "honeyroom/app.py"
S = "honeyroom/slots.py"
L = "honeyroom/labels.py"

PROBLEMS = {
    "STEWARD-FAILS-OPEN": P(A, "if supplied != STEWARD_TOKEN:", "security",
                            "STEWARD_TOKEN defaults to '': with it unset, a request without the header passes as steward"),
    "STEWARD-TIMING": P(A, "if supplied != STEWARD_TOKEN:", "security",
                        "steward token compared with != (not constant-time): the token can be recovered by timing"),
    "MEMBER-HEADER-SPOOF": P(A, 'raw = request.headers.get("X-Member-Id")', "security",
                             "the member is whoever the X-Member-Id header says: no authentication, any member can be impersonated"),
    "MEMBER-ID-CRASH": P(A, "return int(raw)", "bug", "a non-numeric X-Member-Id raises ValueError: 500 instead of 400/401"),
    "BOOKINGS-SORT-SQLI": P(A, "ORDER BY {sort} LIMIT {limit}", "security",
                            "sort query value formatted into the ORDER BY clause: SQL injection", "source-vs-sink"),
    "BOOKINGS-LIMIT-SQLI": P(A, "ORDER BY {sort} LIMIT {limit}", "security",
                             "limit query value formatted (as a string, unparsed) into the LIMIT clause: a second SQL injection"),
    "BOOKING-END-UNCHECKED": P(A, 'end = datetime.fromisoformat(body["end"])', "bug",
                               "end is never compared with start: reversed or zero-length bookings are stored and clash with nothing"),
    "BOOKING-DOUBLE-RACE": P(A, '"INSERT INTO bookings (member_id', "bug",
                             "clash check, quota count and insert are separate statements without a transaction: two concurrent requests both pass and double-book the room",
                             "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'row = db().execute("SELECT start_at FROM bookings WHERE id = ?"', "security",
                         "cancel looks the booking up by id only (the member is read and discarded): any member cancels anyone's booking",
                         "signature-vs-statement"),
    "REFUND-SECONDS": P(A, ".seconds // 3600", "bug",
                        "timedelta.seconds drops the days: a booking three days away counts as < 48 h (no refund), a past one as up to 23 h"),
    "EXTRACTOR-CHECK-RACE": P(A, "with _loan_lock:", "bug",
                              "availability is checked outside the lock and the counter incremented later: concurrent borrows lend more than EXTRACTORS",
                              "critical-section", nth=0),
    "EXTRACTOR-MULTI-LOAN": P(A, '"INSERT INTO loans (member_id, taken_at)', "bug",
                              "borrow never checks for the member's open loan: one member can take every extractor (return closes one at a time)"),
    "BATCH-SEQ-RACE": P(A, "code = labels.batch_code(", "bug",
                        "MAX(seq)+1 then insert without a lock or unique constraint: two batches of one apiary get the same code",
                        "critical-section"),
    "LABEL-DOWNLOAD-TRAVERSAL": P(A, "path = os.path.join(LABEL_DIR, name)", "security",
                                  "a <path:> URL value joined to LABEL_DIR unchecked (and unauthenticated): ../ or an absolute path reads any file",
                                  "signature-vs-statement"),
    "JARS-SQLI": P(A, "WHERE floral LIKE '%\" + floral", "security",
                   "floral query value concatenated into the LIKE clause: SQL injection", "source-vs-sink"),
    "YIELD-GROSS": P(A, "SUM(gross_g) AS grams", "bug",
                     "extra, one agent: the yield statistic sums gross weight, jar glass included, not honey"),
    "YIELD-DIV-ZERO": P(A, "/ len(rows)", "bug", "no batches yet: mean divides by zero (500)"),
    "SLOTS-END-INCLUSIVE": P(S, "return range(slot_of(start), slot_of(end) + 1)", "bug",
                             "end is exclusive but the range includes slot_of(end): a booking ending 10:00 also takes 10:00-10:30, back-to-back bookings clash",
                             "off-by-one"),
    "HOURS-CLOSE-MINUTES": P(S, "end.hour <= CLOSE.hour", "bug",
                             "end.hour <= 20 accepts any end up to 20:59: bookings run past closing", "off-by-one"),
    "HOURS-SPANS-DAYS": P(S, "end.hour <= CLOSE.hour", "bug",
                          "only the hours are compared, never the dates: a booking from 19:00 to 09:00 the next day passes"),
    "FREE-SKIPS-FIRST": P(S, "for i in range(1, SLOTS_PER_DAY)", "bug",
                          "free slots start at index 1: the 08:00-08:30 slot is never offered", "off-by-one"),
    "JAR-TARE-KEYERROR": P(L, "net = gross_g - JAR_TARE_G[jar]", "bug",
                           "jar size is whatever the member sent: an unknown size raises KeyError when the label is made"),
    "NET-ROUNDS-UP": P(L, "return round(net)", "bug",
                       "declared net weight is rounded to nearest, so half the jars declare more honey than they hold (must round down)"),
    "BEST-BEFORE-LEAP": P(L, "return extracted.replace(year=extracted.year + 2)", "bug",
                          "replace(year+2) raises ValueError for honey extracted on 29 February", "signature-vs-statement"),
    "MERGE-CSV-UNQUOTED": P(L, "fh.write(f\"{batch['code']},{batch['floral']}", "bug",
                            "extra, one agent: the merge CSV is written by hand, a comma in the floral source shifts every column"),
    "LABEL-NAME-TRAVERSAL": P(L, "out = os.path.join(out_dir, f\"{batch['name']}.pdf\")", "security",
                              "the batch name chosen by the member becomes the output file name: ../ writes the PDF outside LABEL_DIR"),
    "LABEL-SHELL": P(L, 'subprocess.run(f"glabels-3-batch', "security",
                     "the batch name (via out) is formatted into a shell=True command line: command injection", "source-vs-sink"),
}

CONFUSABLE = [
    ("STEWARD-FAILS-OPEN", "STEWARD-TIMING"),
    ("MEMBER-HEADER-SPOOF", "MEMBER-ID-CRASH"),
    ("BOOKINGS-SORT-SQLI", "BOOKINGS-LIMIT-SQLI"),
    ("CANCEL-NO-OWNER", "REFUND-SECONDS"),
    ("EXTRACTOR-CHECK-RACE", "EXTRACTOR-MULTI-LOAN"),
    ("YIELD-GROSS", "YIELD-DIV-ZERO"),
    ("HOURS-CLOSE-MINUTES", "HOURS-SPANS-DAYS"),
    ("JAR-TARE-KEYERROR", "NET-ROUNDS-UP"),
    ("LABEL-SHELL", "LABEL-NAME-TRAVERSAL"),
    ("MERGE-CSV-UNQUOTED", "LABEL-NAME-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `honeyroom` is a small Flask service for the association's extraction room: bookings in half-hour slots,
        extractor loans, honey batches and jar labels rendered through glabels. Identity is weak throughout (a
        member is whatever `X-Member-Id` says, and the steward check fails open), and three places build SQL or
        shell commands from request values. The label module also has two labelling-law problems.

        1. Injection: `list_bookings` (both `sort` and `limit`), `search_jars`, and the glabels command in `render_pdf`.
        2. Access control: steward token, member header, booking cancellation, the `/labels/` download.
        3. Booking logic: slot ranges include the end slot, closing time is checked by the hour, the first slot is
           never listed, cancellation refunds use `timedelta.seconds`.
        4. Races: the extractor counter, booking insert and batch sequence numbers.
        5. Labels: net weight rounds up, leap-day best-before crash.

        Things I checked that look right: the `day` filter in `list_bookings` is parameterised, `batch_label` is
        scoped to the caller's own batches, `return_extractor` decrements under the lock and never below zero,
        `slot_of` and `label` agree on slot indices, and the merge file uses `mkstemp`.
        """,
        Block([
            F("BOOKINGS-SORT-SQLI", "critical", "security", "SQL injection through the `sort` parameter of `GET /bookings`",
              "Map `sort` through an allow-list of column names (`start_at`, `member_id`) before building the query.",
              symbol="list_bookings", conf=0.95),
            F("BOOKINGS-LIMIT-SQLI", "high", "security", "SQL injection through the `limit` parameter of `GET /bookings`",
              "Parse `limit` with `int()`, clamp it (1-500) and pass it as a bound parameter.",
              symbol="list_bookings", conf=0.9),
            F("JARS-SQLI", "critical", "security", "SQL injection in `search_jars` via the `floral` filter",
              "Use `WHERE floral LIKE ?` with `(f\"%{floral}%\",)` as the parameter.", symbol="search_jars", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "Shell command injection through the batch name in `render_pdf`",
              "Call `subprocess.run([\"glabels-3-batch\", f\"--input={merge}\", f\"--output={out}\", TEMPLATE], check=True)` without a shell.",
              symbol="render_pdf", conf=0.9),
            F("LABEL-NAME-TRAVERSAL", "high", "security", "Batch name used as a file name lets a member write the PDF outside LABEL_DIR",
              "Derive the file name from the batch code, or reject names that are not `[A-Za-z0-9_-]+`.",
              symbol="render_pdf", conf=0.8),
            F("LABEL-DOWNLOAD-TRAVERSAL", "high", "security", "Path traversal in `GET /labels/<path:name>`",
              "Use `flask.send_from_directory(LABEL_DIR, name)`, which rejects paths outside the directory; also require a member.",
              symbol="download_label", conf=0.9),
            F("STEWARD-FAILS-OPEN", "high", "security", "Steward check passes every request when `STEWARD_TOKEN` is unset",
              "Refuse to start (or return 503) when `STEWARD_TOKEN` is empty; an empty header equals the empty default.",
              symbol="steward_only.wrapper", conf=0.9),
            F("STEWARD-TIMING", "low", "security", "Steward token compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest(supplied, STEWARD_TOKEN)`.", symbol="steward_only.wrapper", conf=0.6),
            F("MEMBER-HEADER-SPOOF", "high", "security", "Member identity is taken from a client header without authentication",
              "Authenticate members (session or signed token) and derive the id from that.",
              symbol="current_member", conf=0.85),
            F("MEMBER-ID-CRASH", "low", "bug", "Non-numeric `X-Member-Id` crashes `current_member` with a 500",
              "Catch `ValueError` and `abort(400)`.", symbol="current_member", conf=0.7),
            F("CANCEL-NO-OWNER", "high", "security", "Any member can cancel any booking",
              "Select and delete with `WHERE id = ? AND member_id = ?` using the value of `current_member()`, which is currently discarded.",
              symbol="cancel_booking", conf=0.9),
            F("REFUND-SECONDS", "medium", "bug", "Refund window uses `timedelta.seconds`, which ignores whole days",
              "Use `(start - now).total_seconds() // 3600`; today a cancellation five days ahead gets no refund.",
              symbol="cancel_booking", conf=0.85),
            F("BOOKING-DOUBLE-RACE", "medium", "bug", "Concurrent bookings for the same slot can both be accepted",
              "Do the clash check and insert in one `BEGIN IMMEDIATE` transaction (or keep a unique (day, slot) table).",
              symbol="create_booking", conf=0.7),
            F("EXTRACTOR-CHECK-RACE", "medium", "bug", "Extractor availability is checked before taking the lock",
              "Move the `>= EXTRACTORS` check inside `with _loan_lock:` together with the increment.",
              d=-3, n=2, symbol="borrow_extractor", conf=0.8),
            F("BATCH-SEQ-RACE", "medium", "bug", "Two batches from one apiary can receive the same batch code",
              "Add a UNIQUE (apiary, seq) constraint and retry, or allocate the sequence inside a transaction.",
              d=-1, symbol="create_batch", conf=0.7),
            F("YIELD-GROSS", "low", "bug", "Yield statistics include the weight of the jars",
              "Sum `gross_g` minus the jar tare (or store net weight on the batch).", symbol="yield_stats", conf=0.6),
        ]),
        "Slot and label logic:",
        Block([
            F("SLOTS-END-INCLUSIVE", "medium", "bug", "`slots_for` includes the slot that starts at `end`",
              "Use `range(slot_of(start), slot_of(end))` (and round a partial end slot up separately).",
              symbol="slots_for", conf=0.85),
            F("HOURS-CLOSE-MINUTES", "low", "bug", "`within_hours` lets a booking end as late as 20:59",
              "Compare times: `end.time() <= CLOSE`.", symbol="within_hours", conf=0.8),
            F("FREE-SKIPS-FIRST", "low", "bug", "The first slot of the day is never reported as free",
              "`range(SLOTS_PER_DAY)`.", symbol="free", conf=0.8),
            F("NET-ROUNDS-UP", "medium", "bug", "Declared net weight is rounded to nearest, overstating the contents",
              "Round down (`math.floor`) so the declared quantity never exceeds what is in the jar.",
              symbol="declared_net_g", conf=0.75),
            F("BEST-BEFORE-LEAP", "medium", "bug", "`best_before` raises for honey extracted on 29 February",
              "Fall back to 28 February (`try: ... except ValueError: extracted.replace(year=..., day=28)`).",
              symbol="best_before", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo). Read app.py, slots.py, labels.py (~260 lines).",
        Block([
            F("BOOKINGS-SORT-SQLI", "high", "security", "GET /bookings: sort goes straight into ORDER BY",
              "allow-list columns", d=-3),
            F("BOOKINGS-LIMIT-SQLI", "high", "security", "GET /bookings: limit interpolated into LIMIT unparsed",
              "int(limit), bind it", d=-2),
            F("JARS-SQLI", "high", "security", "search_jars builds LIKE by concatenation", "parameterise", d=-2),
            F("LABEL-SHELL", "high", "security", "render_pdf: shell=True with batch name in --output", "argv list", d=-1,
              snippet="out = os.path.join(out_dir, f\"{batch['name']}.pdf\")"),
            F("LABEL-DOWNLOAD-TRAVERSAL", "high", "security", "download_label reads arbitrary paths (<path:name>)",
              "send_from_directory", d=-2),
            F("CANCEL-NO-OWNER", "medium", "security", "cancel_booking: no ownership check", "filter by member_id", d=-2),
            F("STEWARD-TIMING", "low", "security", "steward token compare is not constant-time", "hmac.compare_digest"),
            F("MEMBER-HEADER-SPOOF", "medium", "security", "X-Member-Id trusted as identity", "real auth", d=-1,
              snippet="def current_member():"),
            F("BOOKING-END-UNCHECKED", "medium", "bug", "create_booking accepts end <= start", "reject end <= start"),
            F("REFUND-SECONDS", "medium", "bug", "refund uses td.seconds (days dropped)", "total_seconds()"),
            F("EXTRACTOR-CHECK-RACE", "medium", "bug", "_extractors_out check/increment not atomic", "check under lock", d=1),
            F("SLOTS-END-INCLUSIVE", "medium", "bug", "slots_for off by one: end slot included", "drop + 1", d=-2),
            F("HOURS-CLOSE-MINUTES", "low", "bug", "within_hours: 20:45 end accepted", "compare end.time()"),
            F("JAR-TARE-KEYERROR", "low", "bug", "unknown jar size -> KeyError", "validate jar on create_batch"),
            F("BEST-BEFORE-LEAP", "low", "bug", "best_before crashes on Feb 29", "handle ValueError", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `honeyroom` service. It is a Flask application backed by SQLite that lets members
        of a beekeepers' association book the shared extraction room, borrow honey extractors, register honey
        batches and print jar labels through `glabels-3-batch`.

        **Security**

        The most serious problems are injection vulnerabilities: two SQL queries are built from request values and
        the label renderer passes a member-controlled name to a shell. There are also authorization gaps around
        the steward role, booking cancellation and label downloads.

        **Correctness**

        Booking validation is incomplete, and several statistics and label calculations can crash or produce
        wrong values.
        """,
        Block([
            F("BOOKINGS-SORT-SQLI", "Critical", "SQL Injection", "SQL Injection in Booking List Sorting",
              "Validate `sort` against a fixed set of column names.",
              desc="The `sort` request argument is interpolated into an f-string SQL statement, so a steward (or anyone, see the token issue) can inject arbitrary SQL."),
            F("JARS-SQLI", "Critical", "SQL Injection", "SQL Injection in Jar Search",
              "Use a parameterized LIKE pattern."),
            F("LABEL-SHELL", "Critical", "Command Injection", "OS Command Injection in Label Rendering",
              "Pass an argument list to `subprocess.run` and drop `shell=True`.",
              desc="The batch `name` is stored from the request body and later embedded in the `--output` argument of a shell command."),
            F("LABEL-DOWNLOAD-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Label Download",
              "Use `send_from_directory`.", d=0, n=2),
            F("STEWARD-FAILS-OPEN", "High", "Broken Authentication", "Empty Default Steward Token",
              "Require `STEWARD_TOKEN` to be configured.",
              desc="If the environment variable is missing, the token is the empty string and a request without the header is accepted."),
            F("MEMBER-HEADER-SPOOF", "High", "Broken Authentication", "Spoofable Member Identity Header",
              "Authenticate members properly."),
            F("CANCEL-NO-OWNER", "High", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Check that the booking belongs to the current member.", d=-1, snippet="current_member()"),
        ], wrap="list"),
        """
        In addition, I found the following correctness and concurrency problems:
        """,
        Block([
            U({"severity": "Info", "category": "style", "description": "Consider splitting app.py into blueprints."}),
            F("BOOKING-END-UNCHECKED", "Medium", "correctness", "Booking End Time Is Not Validated",
              "Reject bookings where `end <= start`."),
            F("BOOKING-DOUBLE-RACE", "Medium", "Race Condition", "Race Condition Between Availability Check and Insert",
              "Wrap the check and the insert in a single transaction.", d=-1, n=2),
            F("EXTRACTOR-CHECK-RACE", "Medium", "Concurrency", "Non-Atomic Extractor Availability Counter",
              "Hold `_loan_lock` for the check and the increment.", n=2,
              desc="Two simultaneous borrow requests can both see three extractors out and both take the fourth."),
            F("EXTRACTOR-MULTI-LOAN", "Low", "Business Logic", "Member Can Borrow Several Extractors at Once",
              "Check for an existing open loan before inserting a new one."),
            F("YIELD-DIV-ZERO", "Low", "Error Handling", "Division by Zero in Yield Statistics",
              "Return 0 or null when there are no batches."),
            F("SLOTS-END-INCLUSIVE", "Medium", "correctness", "Booking Slot Range Includes the End Slot",
              "Exclude `slot_of(end)`."),
            F("HOURS-SPANS-DAYS", "Medium", "Business Logic", "Bookings Can Span Midnight",
              "Require `start.date() == end.date()`.",
              desc="`within_hours` compares only clock hours, so a booking from 19:00 until 09:00 the next morning is accepted."),
            F("FREE-SKIPS-FIRST", "Low", "correctness", "Free Slot Listing Omits 08:00",
              "Iterate from 0.", d=-1),
            F("NET-ROUNDS-UP", "Medium", "Compliance", "Net Weight Rounding May Overstate Jar Contents",
              "Round down."),
            F("MERGE-CSV-UNQUOTED", "Low", "Data Integrity", "Label Merge File Is Not Properly CSV-Escaped",
              "Use the `csv` module to write the merge file.",
              desc="A floral source such as `Heather, ling` splits into two columns and misaligns the net weight and best-before fields on the label."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BOOKINGS-SORT-SQLI", "high", "security", "sql injection via sort param", "whitelist sort"),
            F("JARS-SQLI", "high", "security", "sql injection in jar search", "use ? placeholder", d=-2),
            F("LABEL-SHELL", "high", "security", "shell injection in glabels call", "no shell=True"),
            F("LABEL-NAME-TRAVERSAL", "medium", "security", "batch name not sanitised for file name", "slugify name"),
            F("LABEL-DOWNLOAD-TRAVERSAL", "high", "", "label download path traversal", "send_from_directory", d=1),
            F("CANCEL-NO-OWNER", "medium", "security", "cancel any booking", "check owner"),
            F("STEWARD-FAILS-OPEN", "medium", "security", "empty steward token accepted", "fail if unset"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BATCH-SEQ-RACE", "medium", "bug", "duplicate batch seq under concurrency", "unique constraint", d=-1),
            F("FREE-SKIPS-FIRST", "low", "bug", "first free slot skipped", "range(0, ...)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in two endpoints (`/bookings`, `/jars`).
        2. Command injection and path traversal in label generation.
        3. Authentication/authorization weaknesses (steward token, member header, cancellation).
        4. Concurrency problems in extractor loans, bookings and batch numbering.
        5. Several correctness bugs in time slots, refunds and label values.
        """,
        Block([
            F("BOOKINGS-SORT-SQLI", "blocker", "security", "SQL injection in list_bookings ORDER BY",
              "Whitelist sortable columns.", d=-3, conf=0.9),
            F("BOOKINGS-LIMIT-SQLI", "major", "security", "Unvalidated LIMIT value injected into SQL",
              "Cast to int and bind.", conf=0.8),
            F("JARS-SQLI", "blocker", "security", "SQL injection in search_jars", "Use query parameters.", conf=0.9),
            F("LABEL-SHELL", "blocker", "security", "Command injection in render_pdf", "Avoid shell=True.", d=-1, n=2, conf=0.85),
            F("LABEL-NAME-TRAVERSAL", "major", "security", "Path traversal via batch name in label output path",
              "Sanitize the name.", conf=0.75),
            F("LABEL-DOWNLOAD-TRAVERSAL", "major", "security", "Path traversal in download_label", "Validate the path.", conf=0.85),
            F("STEWARD-FAILS-OPEN", "major", "security", "Steward authentication bypass when token not configured",
              "Fail closed.", d=-1, conf=0.8),
            F("MEMBER-HEADER-SPOOF", "major", "security", "Member ID header can be forged", "Use real authentication.", conf=0.8),
            F("MEMBER-ID-CRASH", "minor", "correctness", "Unhandled ValueError on invalid member id", "Validate input.", conf=0.7),
            F("CANCEL-NO-OWNER", "major", "security", "Booking cancellation lacks authorization", "Check booking owner.", conf=0.8),
            F("REFUND-SECONDS", "major", "correctness", "Refund eligibility computed incorrectly",
              "Use total_seconds().", d=1, sd=0, n=2, conf=0.8),
            F("BOOKING-DOUBLE-RACE", "major", "concurrency", "Race condition allows double booking",
              "Use a transaction.", d=-3, n=2, conf=0.7),
            F("EXTRACTOR-CHECK-RACE", "major", "concurrency", "TOCTOU race on extractor counter",
              "Check inside the lock.", d=-3, conf=0.75),
            F("BATCH-SEQ-RACE", "minor", "concurrency", "Batch sequence race condition", "Use a DB sequence.", conf=0.6),
            F("YIELD-DIV-ZERO", "minor", "correctness", "ZeroDivisionError when no batches exist", "Guard empty result.", conf=0.7),
            F("SLOTS-END-INCLUSIVE", "major", "correctness", "Off-by-one in slots_for end slot",
              "Remove + 1.", conf=0.8),
            F("HOURS-CLOSE-MINUTES", "minor", "correctness", "Closing time check ignores minutes",
              "Compare full times.", d=-1, conf=0.7),
            F("JAR-TARE-KEYERROR", "minor", "correctness", "KeyError for unsupported jar size", "Validate jar size.", conf=0.6),
            F("NET-ROUNDS-UP", "minor", "correctness", "Net weight rounding can overstate contents", "Use floor.", conf=0.6),
            F("BEST-BEFORE-LEAP", "minor", "correctness", "best_before fails on leap day", "Handle Feb 29.", conf=0.7),
        ], wrap="object+summary", summary="20 issues: 4 blocker, 10 major, 6 minor"),
    ]),
}

"""test43/py-anvilclass: a forge school's class seats, anvil bookings and tool checkout (Python, Flask + SQLite).

Frozen test split test43; labels next to each finding. Written 2026-12-04 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test43: seeded problems in a small Flask forge-school booking and tool-checkout "
    "service; five agents' answers written by hand."
)

A = "anvilclass/app.py"
PROBLEMS = {
    "SMITH-KEY-FAILS-OPEN": P(A, "if SMITH_KEY and given != SMITH_KEY:", "security",
                              "FORGE_SMITH_KEY unset: the check is skipped and every smith route is open", "signature-vs-statement"),
    "SMITH-KEY-TIMING": P(A, "if SMITH_KEY and given != SMITH_KEY:", "security",
                          "smith key compared with != instead of a constant-time comparison"),
    "CLASS-SORT-SQLI": P(A, "ORDER BY {order}", "security",
                         "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "SEAT-COUNT-UNCHECKED": P(A, 'if row["seats_left"] >= seats:', "bug",
                              "seats <= 0 accepted: a negative booking adds seats back and yields a negative total"),
    "SEAT-OVERSELL-RACE": P(A, "UPDATE classes SET seats_left = ? WHERE id = ?", "bug",
                            "read seats_left, check, write back: concurrent bookings oversell a class", "critical-section"),
    "CANCEL-ANYONE": P(A, "DELETE FROM bookings WHERE id = ?", "security",
                       "cancel has no authentication or ownership check: anyone deletes any booking by id", "signature-vs-statement"),
    "CANCEL-UNKNOWN-500": P(A, "seats_left = seats_left + ?", "bug",
                            "unknown booking id: booking is None and the seat update raises (500)"),
    "ROSTER-PAGE-SKIP": P(A, "offset = page * PAGE_SIZE", "bug",
                          "1-based page times PAGE_SIZE: page 1 skips the first twenty students", "off-by-one"),
    "BOARD-PHONE-LEAK": P(A, "b.student, b.phone FROM bookings b", "security",
                          "public unauthenticated board returns students' names and phone numbers"),
    "HOUR-UNCHECKED": P(A, 'hour = int(body.get("hour", OPEN_HOUR))', "bug",
                        "anvil hour not checked against opening hours: bookings at any hour, never shown on the day board"),
    "ANVIL-BOUND": P(A, "if anvil < 0 or anvil > ANVILS:", "bug",
                     "anvil == ANVILS passes the check and indexes past the slot list (IndexError, 500)", "off-by-one"),
    "ANVIL-DOUBLE-BOOK": P(A, "slots[anvil] = smith", "bug",
                           "an anvil already booked for the hour is silently overwritten by the next smith"),
    "DEPOSIT-CLIENT-SET": P(A, 'deposit = int(body.get("deposit_pence"', "security",
                            "the client may set its own deposit_pence (zero) for any tool"),
    "DEPOSIT-UNKNOWN-TOOL": P(A, 'deposit = int(body.get("deposit_pence"', "bug",
                              "extra, one agent: an unknown tool name is checked out with a zero deposit instead of being rejected"),
    "LEDGER-RACE": P(A, '_ledger["held_pence"] = held + deposit', "bug",
                     "held_pence and checkouts updated without _ledger_lock: lost updates under threads", "critical-section"),
    "RETURN-UNKNOWN-500": P(A, 'refund = 0 if damaged else row["deposit_pence"]', "bug",
                            "unknown checkout id: row is None and the refund line raises (500)"),
    "RETURN-TWICE": P(A, "UPDATE checkouts SET returned_at", "bug",
                      "returned_at never checked: a second return refunds the deposit and releases it from the ledger again"),
    "LATE-FEE-OFF-BY-ONE": P(A, "late_days = days_out - LOAN_DAYS + 1", "bug",
                             "+1 charges a late day on the last day of the loan", "off-by-one"),
    "TAG-SHELL": P(A, "subprocess.run(cmd, shell=True, check=False)", "security",
                   "printer and copies form values formatted into a shell command", "source-vs-sink"),
    "TAG-FAILURE-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                             "extra, one agent: lp's exit status ignored, the tag is reported queued when printing failed"),
    "WAIVER-NO-AUTH": P(A, "def get_waiver(student):", "security",
                        "waiver download has no authentication: anyone fetches a student's signed waiver"),
    "WAIVER-TRAVERSAL": P(A, "return send_file(path", "security",
                          "file query value joined to WAIVER_DIR: path traversal, any file readable", "source-vs-sink"),
    "IMPORT-NO-SIZE-LIMIT": P(A, "raw = request.get_data()", "security",
                              "no MAX_CONTENT_LENGTH: the import reads a request body of any size into memory"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(raw, Loader=yaml.Loader)", "security",
                     "yaml.Loader constructs arbitrary Python objects from the request body", "signature-vs-statement"),
    "DEBUG-ON": P(A, "debug=True)", "security",
                  "Werkzeug debugger enabled on 0.0.0.0: remote code execution through the debug console"),
}

CONFUSABLE = [
    ("SMITH-KEY-FAILS-OPEN", "SMITH-KEY-TIMING"),
    ("SEAT-COUNT-UNCHECKED", "SEAT-OVERSELL-RACE"),
    ("CANCEL-ANYONE", "CANCEL-UNKNOWN-500"),
    ("HOUR-UNCHECKED", "ANVIL-BOUND"),
    ("ANVIL-BOUND", "ANVIL-DOUBLE-BOOK"),
    ("DEPOSIT-CLIENT-SET", "DEPOSIT-UNKNOWN-TOOL"),
    ("RETURN-UNKNOWN-500", "RETURN-TWICE"),
    ("TAG-SHELL", "TAG-FAILURE-IGNORED"),
    ("WAIVER-NO-AUTH", "WAIVER-TRAVERSAL"),
    ("IMPORT-NO-SIZE-LIMIT", "YAML-UNSAFE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `anvilclass/app.py`

        I read the whole module (one Flask app, ~260 lines). The shape is reasonable and most queries use bound
        parameters, but the smith-facing side trusts the client far too much, and two pieces of shared state are
        updated without the lock the module already has.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection / deserialization / file read | 4 |
        | High | auth, deposits, seat counting | 5 |
        | Medium | bookkeeping, bounds, personal data | 8 |
        | Low | timing, error paths, fees | 3 |

        Done right, and worth keeping: `desk_only` fails closed and uses `hmac.compare_digest`; `/desk/ledger`
        copies `_ledger` under `_ledger_lock`; `anvil_day` iterates `range(OPEN_HOUR, CLOSE_HOUR)`, which is
        exactly the bookable hours; `close_db` always closes the connection.
        """,
        Block([
            F("CLASS-SORT-SQLI", "critical", "security", "SQL injection through the `sort` parameter of `/classes`",
              "Map `sort` through an allow-list (`{\"starts_at\", \"title\", \"seats_left\"}`) and never format it into SQL.",
              symbol="list_classes", conf=0.95),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load(raw)`; the full loader can instantiate arbitrary Python objects.",
              symbol="import_schedule", conf=0.9),
            F("WAIVER-TRAVERSAL", "critical", "security", "Path traversal in waiver download via `?file=`",
              "Ignore client-supplied file names; build `f\"{student}.pdf\"` from a validated id and check the resolved path stays under `WAIVER_DIR`.",
              symbol="get_waiver", conf=0.9),
            F("TAG-SHELL", "critical", "security", "Tag printing builds a shell command from `printer` and `copies`",
              "Run `[\"lp\", \"-d\", printer, \"-n\", str(int(copies)), path]` without `shell=True`, with `printer` from a known list.",
              symbol="print_tag", conf=0.9),
            F("SMITH-KEY-FAILS-OPEN", "high", "security", "`smith_key` lets everyone through when `FORGE_SMITH_KEY` is unset",
              "Fail closed like `DESK_KEY`: read the key with `os.environ[...]` at start-up or abort when it is empty.",
              symbol="smith_key.wrapper", conf=0.9),
            F("SMITH-KEY-TIMING", "low", "security", "Smith key compared with `!=`",
              "Use `hmac.compare_digest` as `desk_only` already does.", symbol="smith_key.wrapper", conf=0.6),
            F("WAIVER-NO-AUTH", "high", "security", "Waivers are served without any authentication",
              "Put `@desk_only` on `/waivers/<student>`; waivers hold signatures and medical notes.",
              symbol="get_waiver", conf=0.85),
            F("CANCEL-ANYONE", "high", "security", "Any caller can cancel any booking by id",
              "Require the student's booking token (or the desk key) and check it against the booking before deleting.",
              symbol="cancel_booking", conf=0.85),
            F("DEPOSIT-CLIENT-SET", "high", "security", "Tool deposit is taken from the request body",
              "Always charge `DEPOSIT_PENCE[tool]`; a smith can post `deposit_pence: 0` for the power hammer.",
              symbol="checkout_tool", conf=0.9),
            F("DEPOSIT-UNKNOWN-TOOL", "medium", "bug", "Unknown tool names are checked out with a zero deposit",
              "Reject tools that are not in `DEPOSIT_PENCE` with 400 instead of defaulting to 0.",
              symbol="checkout_tool", conf=0.7),
        ]),
        "Bookkeeping, bounds and concurrency:",
        Block([
            F("SEAT-OVERSELL-RACE", "high", "bug", "Seat booking can oversell a class",
              "Do it in one statement: `UPDATE classes SET seats_left = seats_left - ? WHERE id = ? AND seats_left >= ?` and check `rowcount`.",
              symbol="book_seat", conf=0.85),
            F("SEAT-COUNT-UNCHECKED", "medium", "bug", "Negative or zero `seats` is accepted",
              "Reject `seats < 1`; `seats: -5` passes `seats_left >= seats`, adds five seats and returns a negative total.",
              symbol="book_seat", conf=0.8),
            F("LEDGER-RACE", "medium", "bug", "Deposit ledger updated without `_ledger_lock`",
              "Wrap the read-modify-write of `held_pence` and `checkouts` in `with _ledger_lock:` as `return_tool` does.",
              symbol="checkout_tool", conf=0.8),
            F("RETURN-TWICE", "medium", "bug", "A checkout can be returned twice",
              "Only update rows `WHERE returned_at IS NULL` and 409 otherwise; today the deposit is refunded and released from the ledger each time.",
              symbol="return_tool", conf=0.8),
            F("RETURN-UNKNOWN-500", "low", "bug", "`return_tool` crashes on an unknown checkout id",
              "404 when `row is None`, as `tool_fee` does.", symbol="return_tool", conf=0.8),
            F("ANVIL-BOUND", "medium", "bug", "Off-by-one in the anvil range check",
              "Use `anvil >= ANVILS`; anvils are numbered 0..7, so `anvil=8` passes and `slots[8]` raises IndexError.",
              symbol="book_anvil", conf=0.85),
            F("ANVIL-DOUBLE-BOOK", "medium", "bug", "Booking an anvil overwrites the previous smith",
              "Return 409 when `slots[anvil]` is already set.", symbol="book_anvil", conf=0.8),
            F("ROSTER-PAGE-SKIP", "medium", "bug", "Desk roster skips the first page",
              "`offset = (page - 1) * PAGE_SIZE`; pages are 1-based here.", symbol="roster", conf=0.85),
            F("LATE-FEE-OFF-BY-ONE", "low", "bug", "Late fee starts one day early",
              "Drop the `+ 1`: a tool returned on day 7 of a 7-day loan is charged a late day.",
              symbol="late_fee", conf=0.7),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public day board exposes students' phone numbers",
              "Drop `b.phone` (and consider initials only) from the unauthenticated `/board/<day>` query.",
              symbol="public_board", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CLASS-SORT-SQLI", "high", "security", "ORDER BY built from ?sort=", "allow-list columns", d=-2),
            F("YAML-UNSAFE", "high", "security", "import_schedule: unsafe yaml.load", "yaml.safe_load", d=-2),
            F("WAIVER-TRAVERSAL", "high", "security", "waiver ?file= allows ../ traversal", "basename + resolve check", d=-2),
            F("TAG-SHELL", "high", "security", "print_tag: shell=True with request values", "argv list, validate printer/copies", d=-3),
            F("SMITH-KEY-FAILS-OPEN", "high", "security", "smith_key disabled when env var empty", "fail closed", d=-2),
            F("CANCEL-ANYONE", "medium", "security", "cancel_booking unauthenticated", "require owner/desk auth", d=-3),
            F("CANCEL-UNKNOWN-500", "low", "bug", "cancel_booking: None booking -> TypeError", "404 if missing"),
            F("DEPOSIT-CLIENT-SET", "medium", "security", "deposit_pence overridable by client", "server-side deposit"),
            F("SEAT-OVERSELL-RACE", "medium", "bug", "check-then-update on seats_left races", "conditional UPDATE", d=-1),
            F("LEDGER-RACE", "low", "bug", "_ledger updated outside _ledger_lock", "take the lock", d=-1),
            F("RETURN-TWICE", "medium", "bug", "return_tool can refund a deposit twice", "WHERE returned_at IS NULL"),
            F("HOUR-UNCHECKED", "low", "bug", "hour not validated against OPEN_HOUR/CLOSE_HOUR", "range check"),
            F("ANVIL-BOUND", "medium", "bug", "slots[anvil] IndexError when anvil == ANVILS", "anvil >= ANVILS", d=+2),
            F("LATE-FEE-OFF-BY-ONE", "low", "bug", "late_fee charges on the due day", "remove +1", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `anvilclass` Flask application, which manages class seat bookings, anvil
        reservations and tool checkouts with deposits for a forge school.

        **Overall assessment**

        The application uses parameterized queries in most places, which is good. However, there are several
        serious injection and access control issues, and some of the in-memory state is not thread-safe.

        **Security findings**
        """,
        Block([
            F("CLASS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Class Listing Sort Order",
              "Validate the sort column against a fixed allow-list.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated directly into the ORDER BY clause."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Schedule Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("TAG-SHELL", "CRITICAL", "Command Injection", "Command Injection in Tag Printing",
              "Avoid `shell=True` and pass arguments as a list.", d=-1, sd=-3, n=3,
              desc="`printer` and `copies` come straight from the form and are formatted into the `lp` command line."),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Waiver Download",
              "Use `werkzeug.utils.safe_join` or `send_from_directory`.", sd=-2, n=3),
            F("SMITH-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Smith Authentication Bypass When Key Is Unset",
              "Refuse to start without `FORGE_SMITH_KEY`.", sd=-2, n=3),
            F("CANCEL-ANYONE", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Check that the caller owns the booking.", sd=-2, n=3),
            F("DEPOSIT-CLIENT-SET", "HIGH", "Business Logic", "Client-Controlled Tool Deposit Amount",
              "Compute the deposit on the server only.", sd=-2, n=3),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Personal Data Exposed on Public Board",
              "Remove phone numbers from the public response.", d=-1, sd=-1, n=3),
            F("IMPORT-NO-SIZE-LIMIT", "MEDIUM", "Denial of Service", "Unbounded Request Body in Import",
              "Set `app.config['MAX_CONTENT_LENGTH']`.", sd=-2, n=3),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production Entry Point",
              "Never run with `debug=True` on a public interface.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Reliability and logic findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints."}),
            F("SEAT-OVERSELL-RACE", "HIGH", "Race Condition", "Race Condition in Seat Booking",
              "Use an atomic conditional UPDATE or a transaction.", d=+1, sd=-1, n=3,
              desc="Two concurrent requests can both read the same `seats_left` and both insert a booking."),
            F("LEDGER-RACE", "MEDIUM", "Race Condition", "Unsynchronized Ledger Updates",
              "Hold `_ledger_lock` while updating the ledger.", d=-1, sd=-2, n=3),
            F("ANVIL-BOUND", "MEDIUM", "Logic Error", "Incorrect Upper Bound for Anvil Index",
              "Compare with `>=`.", sd=-2, n=3),
            F("ROSTER-PAGE-SKIP", "MEDIUM", "Logic Error", "Pagination Skips First Page of Roster",
              "Subtract one from the page before multiplying.", d=+2, sd=0, n=3),
            F("RETURN-UNKNOWN-500", "LOW", "Error Handling", "Missing Existence Check on Tool Return",
              "Return 404 when the checkout does not exist.", d=-2, sd=-2, n=3),
            F("TAG-FAILURE-IGNORED", "LOW", "Error Handling", "Print Failures Are Silently Ignored",
              "Check the return code of `lp` and report failures.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CLASS-SORT-SQLI", "high", "security", "sql injection via sort", "whitelist columns"),
            F("TAG-SHELL", "high", "security", "shell injection in print_tag", "no shell=True"),
            F("WAIVER-TRAVERSAL", "high", "security", "path traversal in waiver download", "safe_join", d=-1),
            F("YAML-UNSAFE", "high", "security", "yaml.load is unsafe", "safe_load"),
            F("DEPOSIT-CLIENT-SET", "medium", "", "client picks its own deposit", "ignore deposit_pence from body"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SEAT-COUNT-UNCHECKED", "medium", "bug", "negative seats accepted", "seats >= 1"),
            F("ANVIL-DOUBLE-BOOK", "medium", "bug", "anvil booking overwrites existing one", "check slot is free"),
            F("ROSTER-PAGE-SKIP", "low", "bug", "roster page 1 starts at offset 20", "(page - 1) * PAGE_SIZE", d=+2),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the class list, shell in tag printing, YAML in the schedule import.
        2. Access control: smith key, booking cancellation, waivers.
        3. Money: deposits and refunds can be manipulated or duplicated.
        4. Concurrency: seat and ledger updates are not atomic.
        5. Configuration: debug server.
        """,
        Block([
            F("CLASS-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Use an allow-list for the sort field.", d=-1, conf=0.9),
            F("TAG-SHELL", "blocker", "security", "Command injection when printing tool tags",
              "Use a list of arguments without a shell.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary object construction in YAML import",
              "Use safe_load.", conf=0.9),
            F("DEBUG-ON", "major", "security", "Flask debug mode enabled",
              "Disable debug mode.", conf=0.8),
            F("WAIVER-TRAVERSAL", "major", "security", "Directory traversal in waiver file download",
              "Validate the file name.", conf=0.85),
            F("WAIVER-NO-AUTH", "major", "security", "Waiver endpoint is missing authentication",
              "Require the desk key.", conf=0.8),
            F("SMITH-KEY-FAILS-OPEN", "major", "security", "Smith key check is bypassed when the key is empty",
              "Fail closed when the key is not configured.", conf=0.85),
            F("SMITH-KEY-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("CANCEL-ANYONE", "major", "security", "Booking cancellation without ownership check",
              "Verify the caller owns the booking.", d=-1, conf=0.8),
            F("CANCEL-UNKNOWN-500", "minor", "reliability", "Cancelling a missing booking raises TypeError",
              "Return 404 for unknown ids.", conf=0.7),
            F("DEPOSIT-CLIENT-SET", "major", "security", "Deposit amount accepted from request body",
              "Use the server-side deposit table.", conf=0.85),
            F("SEAT-OVERSELL-RACE", "major", "concurrency", "Non-atomic seat decrement allows overbooking",
              "Use a conditional UPDATE.", conf=0.8),
            F("LEDGER-RACE", "minor", "concurrency", "Thread-unsafe checkout counter in ledger",
              "Protect with the ledger lock.", d=+1, conf=0.7),
            F("RETURN-TWICE", "major", "correctness", "Deposit can be refunded more than once",
              "Check returned_at before refunding.", d=-1, conf=0.75),
            F("ANVIL-BOUND", "major", "correctness", "Anvil index out of range crashes booking",
              "Use anvil >= ANVILS.", d=+2, conf=0.8),
            F("ANVIL-DOUBLE-BOOK", "minor", "correctness", "Existing anvil booking is overwritten",
              "Reject when the slot is taken.", conf=0.7),
            F("ROSTER-PAGE-SKIP", "minor", "correctness", "First page of roster is never returned",
              "Use (page - 1) * PAGE_SIZE.", conf=0.8),
            F("LATE-FEE-OFF-BY-ONE", "minor", "correctness", "Late fee calculation is off by one day",
              "Remove the + 1.", d=+1, conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 9 major, 6 minor"),
    ]),
}

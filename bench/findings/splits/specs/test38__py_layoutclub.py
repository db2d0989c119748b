"""test38/py-layoutclub: a model-railway club's layout-session bookings and rolling-stock register (Python, Flask).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split test38: seeded problems in a model-railway club's booking service; five agents' answers "
    "written by hand."
)

A = "layoutclub/app.py"
S = "layoutclub/stock.py"
AU = "layoutclub/auth.py"
FE = "layoutclub/fees.py"

PROBLEMS = {
    "KEY-FAILS-OPEN": P(AU, "if COMMITTEE_KEY and supplied != COMMITTEE_KEY:", "security", "COMMITTEE_KEY defaults to empty and the check is skipped: every committee route is open when it is unset"),
    "KEY-TIMING": P(AU, "if COMMITTEE_KEY and supplied != COMMITTEE_KEY:", "security", "committee key compared with != (not constant time), unlike the steward check"),
    "LAYOUT-SQLI": P(A, "sql = \"SELECT * FROM sessions WHERE layout LIKE", "security", "layout query value concatenated into the LIKE clause: SQL injection", "source-vs-sink"),
    "ORDER-SQLI": P(A, 'sql += f" ORDER BY {order}"', "security", "order query value formatted into ORDER BY: SQL injection, no allow-list"),
    "PAGE-OFFSET": P(A, "OFFSET {page * PAGE_SIZE}", "bug", "1-based page times page size: page 1 skips the first 20 sessions", "off-by-one"),
    "SESSION-MISSING-ROW": P(A, "return jsonify(dict(row))", "bug", "unknown session id: dict(None) raises, 500 instead of 404", "signature-vs-statement"),
    "CAPACITY-OFF-BY-ONE": P(A, "if taken > MAX_OPERATORS:", "bug", "> instead of >=: a seventh operator can book a six-operator session", "off-by-one"),
    "BOOKING-RACE": P(A, 'db.execute("INSERT INTO bookings', "bug", "count then insert without a transaction or constraint: concurrent bookings overfill a session", "critical-section"),
    "REPORT-COUNTER-RACE": P(A, "_bookings_since_report += 1", "bug", "module-level booking counter updated and reset without the lock: lost or duplicate reports", "critical-section"),
    "CARD-SHELL": P(A, 'subprocess.run(f"lp -d {printer} {card}"', "security", "printer form value formatted into a shell command", "source-vs-sink"),
    "CARD-TRAVERSAL": P(A, "return send_file(os.path.join(CARDS_DIR, name))", "security", "file query value joined to CARDS_DIR unchecked: any readable file is served", "source-vs-sink"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0"', "security", "Werkzeug debugger on all interfaces (debug=True, 0.0.0.0)"),
    "DCC-RANGE": P(S, "if address < DCC_MIN or address >= DCC_MAX:", "bug", ">= DCC_MAX rejects the valid address 9999", "off-by-one"),
    "DCC-PARSE-CRASH": P(S, 'address = int(body["dcc_address"])', "bug", "non-numeric or missing dcc_address raises: 500 instead of 400"),
    "DCC-CLASH-RACE": P(S, "if clash is not None:", "bug", "select-then-insert on the DCC address without a unique constraint: two locos can get one address", "critical-section"),
    "VALUE-TRUNCATION": P(S, 'int(float(body["value"]) * 100)', "bug", "int(float * 100) truncates: 19.99 is stored as 1998 pence", "off-by-one"),
    "OWNER-FORGEABLE": P(S, 'int(float(body["value"]) * 100)', "security", "extra, one agent: owner taken from the body on an unauthenticated route, anyone registers stock in another member's name"),
    "YAML-UNSAFE": P(S, "data = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.Loader on an uploaded register: arbitrary object construction", "signature-vs-statement"),
    "IMPORT-UNCHECKED": P(S, 'db.execute(INSERT_STOCK, (item["owner"]', "bug", "imported rows skip the DCC range and clash checks of register_stock"),
    "AVERAGE-DIV-ZERO": P(S, "average = total // len(owners)", "bug", "empty register: ZeroDivisionError in the insurance summary"),
    "TOP-SKIPS-FIRST": P(S, "reverse=True)[1:6]", "bug", "[1:6] drops the most valuable item from the insurance list", "off-by-one"),
    "FEE-FLOOR-HOURS": P(FE, "hours = minutes // 60", "bug", "floor division: a started hour is not charged (rule 7), 59 minutes cost nothing", "off-by-one"),
}

CONFUSABLE = [
    ("KEY-FAILS-OPEN", "KEY-TIMING"),
    ("LAYOUT-SQLI", "ORDER-SQLI"),
    ("ORDER-SQLI", "PAGE-OFFSET"),
    ("LAYOUT-SQLI", "PAGE-OFFSET"),
    ("CAPACITY-OFF-BY-ONE", "BOOKING-RACE"),
    ("BOOKING-RACE", "REPORT-COUNTER-RACE"),
    ("DCC-RANGE", "DCC-PARSE-CRASH"),
    ("DCC-CLASH-RACE", "VALUE-TRUNCATION"),
    ("VALUE-TRUNCATION", "OWNER-FORGEABLE"),
    ("YAML-UNSAFE", "IMPORT-UNCHECKED"),
    ("AVERAGE-DIV-ZERO", "TOP-SKIPS-FIRST"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `layoutclub`

        The service is small, but the public session listing and the committee routes carry most of the risk.
        The steward check is done right (`hmac.compare_digest`, and the app refuses to start without
        `STEWARD_KEY`); the committee check is not, and several booking paths lose data under concurrency.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 8 |
        | low | 1 |
        """,
        Block([
            F("LAYOUT-SQLI", "critical", "security", "SQL injection through the `layout` filter in `list_sessions`",
              "Use a placeholder: `WHERE layout LIKE ?` with `(f\"%{layout}%\",)`.", symbol="list_sessions", conf=0.95),
            F("ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY` unvalidated",
              "Map `order` through an allow-list of column names and fall back to `starts_at`.", symbol="list_sessions", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Paging skips the first page of sessions",
              "`page` starts at 1, so the offset should be `(page - 1) * PAGE_SIZE`; also reject `page < 1`.",
              symbol="list_sessions", conf=0.85),
            F("CARD-SHELL", "critical", "security", "Shell command injection via the `printer` form field",
              "Call `subprocess.run([\"lp\", \"-d\", printer, card], check=True)` and check `printer` against the configured queues.",
              symbol="print_session_card", conf=0.9),
            F("CARD-TRAVERSAL", "critical", "security", "Path traversal in `/cards` serves arbitrary files",
              "Use `flask.send_from_directory(CARDS_DIR, name)`, which rejects names that escape the directory.",
              symbol="download_card", conf=0.9),
            F("KEY-FAILS-OPEN", "high", "security", "Committee routes are unauthenticated when `COMMITTEE_KEY` is unset",
              "Read it with `os.environ[\"COMMITTEE_KEY\"]` like `STEWARD_KEY`, so a missing key stops the app instead of disabling the check.",
              symbol="committee_only.wrapper", conf=0.9),
            F("KEY-TIMING", "low", "security", "Committee key compared with `!=` rather than in constant time",
              "Use `hmac.compare_digest`, as `steward_only` already does.", symbol="committee_only.wrapper", conf=0.6),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Session capacity check lets one operator too many book",
              "With `MAX_OPERATORS = 6` the check passes at `taken == 6`; use `>=`.", symbol="book_session", conf=0.85),
            F("BOOKING-RACE", "high", "bug", "Concurrent bookings can overfill a session",
              "The COUNT and the INSERT run in separate statements without `BEGIN IMMEDIATE`; two requests both see 5 and both insert. Do the check and insert in one transaction.",
              d=-3, n=2, symbol="book_session", conf=0.8),
            F("REPORT-COUNTER-RACE", "medium", "bug", "`_bookings_since_report` is mutated without synchronisation",
              "Increment and reset it under `_hours_lock` (or a lock of its own); under a threaded server two requests can both reach 50 and send two reports, or lose increments.",
              n=3, symbol="book_session", conf=0.75),
            F("SESSION-MISSING-ROW", "medium", "bug", "`get_session` returns 500 for an unknown id",
              "Check `row is None` and return 404.", symbol="get_session", conf=0.85),
            F("YAML-UNSAFE", "high", "security", "Register import deserialises YAML with the unsafe loader",
              "Use `yaml.safe_load(raw)`; `yaml.Loader` can build arbitrary Python objects.", symbol="import_register", conf=0.9),
            F("IMPORT-UNCHECKED", "medium", "bug", "Imported stock bypasses the DCC address validation",
              "Run each item through the same range and clash checks as `register_stock`, or a shared validator.",
              symbol="import_register", conf=0.7),
            F("DCC-RANGE", "medium", "bug", "Valid DCC address 9999 is rejected",
              "The range is inclusive (1-9999); use `address > DCC_MAX`.", symbol="register_stock", conf=0.8),
            F("VALUE-TRUNCATION", "medium", "bug", "Stock value loses a penny through float truncation",
              "`int(float(\"19.99\") * 100)` is 1998. Parse with `Decimal` and quantize, or `round()`.",
              symbol="register_stock", conf=0.85),
            F("AVERAGE-DIV-ZERO", "medium", "bug", "`insurance_summary` divides by zero on an empty register",
              "Return 0 (or omit the average) when `owners` is empty.", symbol="insurance_summary", conf=0.8),
            F("TOP-SKIPS-FIRST", "high", "bug", "Most valuable item is missing from the insurance list",
              "Slice `[:5]`; `[1:6]` starts at the second most valuable item.", symbol="insurance_summary", conf=0.85),
            F("DEBUG-SERVER", "high", "security", "Debug server bound to all interfaces",
              "Never run with `debug=True` on `0.0.0.0`; use a WSGI server and `debug=False`.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (repository has none).",
        Block([
            F("LAYOUT-SQLI", "critical", "security", "SQL injection: ?layout= concatenated into query",
              "Bind as parameter.", d=-1),
            F("ORDER-SQLI", "high", "security", "ORDER BY built from ?order=", "Allow-list columns."),
            F("PAGE-OFFSET", "medium", "bug", "OFFSET off by one page (page is 1-based)", "(page-1)*PAGE_SIZE"),
            F("CARD-SHELL", "critical", "security", "Command injection via printer name passed to lp through shell",
              "argv list, no shell=True.", d=-2),
            F("CARD-TRAVERSAL", "high", "security", "Arbitrary file read via ?file= on /cards", "send_from_directory.", d=-1),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check uses > so sessions take 7 operators", ">="),
            F("BOOKING-RACE", "medium", "bug", "COUNT then INSERT is not atomic; sessions can be overbooked",
              "Single transaction / UNIQUE slot table.", d=-2),
            F("KEY-FAILS-OPEN", "high", "security", "committee_only allows everything when COMMITTEE_KEY is empty",
              "Fail closed.", d=-1),
            F("YAML-UNSAFE", "high", "security", "yaml.Loader on request body in import_register", "yaml.safe_load.", d=-2),
            F("DCC-RANGE", "low", "bug", "Upper DCC bound is exclusive (9999 rejected)", "> DCC_MAX.", d=-1),
            F("DCC-CLASH-RACE", "medium", "bug", "DCC clash check races with the insert", "UNIQUE(dcc_address) + handle IntegrityError.", d=-1),
            F("TOP-SKIPS-FIRST", "medium", "bug", "Top-5 slice starts at index 1", "[:5]"),
            F("FEE-FLOOR-HOURS", "medium", "bug", "session_fee floors hours; started hours are free",
              "ceil: -(-minutes // 60).", d=-3),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `layoutclub` application, a Flask service that manages layout operating sessions
        and a rolling-stock register for a model railway club. My review focused on security, data integrity and
        correctness.

        **Security**

        The most serious issues are injection flaws in the session listing and the session-card printer, and a
        path traversal in the card download. The committee authentication is also weaker than it looks.
        """,
        Block([
            F("LAYOUT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Session Listing",
              "Use parameterized queries for every user-supplied value.",
              desc="The `layout` parameter is concatenated directly into the SQL string."),
            F("CARD-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Card Printing",
              "Pass the command as a list and validate the printer name."),
            F("CARD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Card Download",
              "Use `send_from_directory` or validate the resolved path.", d=-2,
              desc="`download_card` takes the `file` query parameter and joins it to the cards directory without normalisation."),
            F("KEY-FAILS-OPEN", "HIGH", "Broken Access Control", "Authentication Bypass When Committee Key Is Missing",
              "Require the environment variable at startup."),
            F("KEY-TIMING", "MEDIUM", "Cryptographic Failure", "Timing Attack on Committee Key Comparison",
              "Use `hmac.compare_digest`."),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Register Import",
              "Use `yaml.safe_load`."),
            F("DEBUG-SERVER", "MEDIUM", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Correctness and data integrity**
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to the route handlers."}),
            F("SESSION-MISSING-ROW", "minor", "Error Handling", "Unhandled Missing Session",
              "Return a 404 when the query returns no row.", d=-2),
            F("CAPACITY-OFF-BY-ONE", "major", "Off-by-one Error", "Session Capacity Exceeded by One",
              "Compare with `>=`."),
            F("BOOKING-RACE", "major", "Race Condition", "Race Condition in Session Booking",
              "Perform the capacity check and insert atomically.", d=-3,
              desc="Two simultaneous requests can both read the same count before either inserts."),
            F("REPORT-COUNTER-RACE", "minor", "Race Condition", "Unsynchronized Global Report Counter",
              "Protect the counter with a lock.", d=+1),
            F("DCC-PARSE-CRASH", "minor", "Input Validation", "Unvalidated DCC Address Conversion",
              "Catch `ValueError`/`KeyError` and return 400."),
            F("VALUE-TRUNCATION", "major", "Calculation Error", "Monetary Value Truncated by Float Conversion",
              "Use `Decimal` for money."),
            F("AVERAGE-DIV-ZERO", "major", "Division by Zero", "Division by Zero in Insurance Summary",
              "Guard against an empty register."),
            F("TOP-SKIPS-FIRST", "minor", "Off-by-one Error", "Most Valuable Item Omitted",
              "Use `[:5]`.", d=-1, sd=0),
            F("FEE-FLOOR-HOURS", "major", "Business Logic", "Partial Hours Are Not Charged",
              "Round the hours up, as rule 7 in the module docstring requires."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LAYOUT-SQLI", "error", "security", "sql injection in list_sessions (layout)", "use ? placeholders"),
            F("CARD-SHELL", "error", "security", "shell injection via printer", "no shell=True", d=-2),
            F("KEY-FAILS-OPEN", "error", "security", "committee auth skipped if key unset", "fail closed"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOKING-RACE", "warning", "", "booking can exceed capacity under concurrent requests", "transaction", d=-2),
            F("DCC-RANGE", "warning", "bug", "dcc address 9999 rejected", "use > DCC_MAX"),
            F("TOP-SKIPS-FIRST", "warning", "bug", "insurance top list skips first item", "[:5]"),
            F("FEE-FLOOR-HOURS", "warning", "bug", "partial hour not charged", "round up"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Two injection flaws (SQL, shell) and a path traversal reachable from HTTP.
        2. Committee authentication fails open.
        3. Booking capacity and DCC address uniqueness are not enforced atomically.
        4. Several arithmetic and bounds errors in paging, fees and the insurance summary.
        """,
        Block([
            F("LAYOUT-SQLI", "blocker", "security", "SQL injection in session search", "Use bound parameters.", conf=0.9),
            F("ORDER-SQLI", "major", "security", "Unvalidated ORDER BY column", "Whitelist sortable columns.", conf=0.8),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset is off by one page", "Subtract one from page.", d=-1, sd=0, conf=0.8),
            F("CARD-SHELL", "blocker", "security", "Command injection in session card printing", "Avoid shell=True.", conf=0.9),
            F("CARD-TRAVERSAL", "major", "security", "Directory traversal in card download", "Validate file name.", conf=0.85),
            F("CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in operator capacity check", "Use >=.", d=-1, conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Non-atomic capacity check and insert", "Use a transaction.", d=-1, conf=0.75),
            F("REPORT-COUNTER-RACE", "minor", "concurrency", "Global counter not thread-safe", "Use a lock.", d=+2, sd=+1, conf=0.6),
            F("SESSION-MISSING-ROW", "minor", "error-handling", "Missing null check on session lookup", "Return 404.", conf=0.8),
            F("DCC-CLASH-RACE", "major", "concurrency", "DCC address uniqueness check is racy", "Add a UNIQUE constraint.", conf=0.7),
            F("DCC-PARSE-CRASH", "minor", "error-handling", "int() on untrusted dcc_address", "Validate input.", conf=0.7),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML load of uploaded register", "Use safe_load.", d=-1, conf=0.9),
            F("IMPORT-UNCHECKED", "minor", "correctness", "Imported items are not validated", "Reuse the register validation.", conf=0.6),
            F("VALUE-TRUNCATION", "major", "correctness", "Float truncation in stock value", "Use Decimal.", d=-1, sd=0, conf=0.8),
            F("OWNER-FORGEABLE", "major", "security", "Stock owner can be set by any caller",
              "Authenticate members and take the owner from the session, not the body.", conf=0.6),
            F("AVERAGE-DIV-ZERO", "minor", "correctness", "Possible ZeroDivisionError with no owners", "Check for empty.", conf=0.8),
            F("FEE-FLOOR-HOURS", "major", "correctness", "Fee rounds partial hours down", "Round up.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}

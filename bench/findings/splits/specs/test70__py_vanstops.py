"""test70/py-vanstops: a mobile library van's stop timetable and reader requests (Python). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test70: seeded problems in a mobile library van's stop timetable service; five "
    "agents' answers written by hand."
)

A = "vanstops/app.py"


def G(problem, severity, category, title, rec, d=0, **kw):
    """gemini quotes three lines that end on the cited line."""
    return F(problem, severity, category, title, rec, d=d, sd=d - 2, n=3, **kw)


PROBLEMS = {
    "STAFF-KEY-FAILS-OPEN": P(A, "if STAFF_KEY and given != STAFF_KEY:", "security", "staff_only lets every request through when VAN_STAFF_KEY is unset"),
    "STAFF-KEY-TIMING": P(A, "if STAFF_KEY and given != STAFF_KEY:", "security", "staff key compared with != (not constant time), unlike driver_only"),
    "STOPS-SORT-SQLI": P(A, "ORDER BY {sort} LIMIT {limit}", "security", "sort query value formatted into ORDER BY", "source-vs-sink"),
    "STOPS-LIMIT-SQLI": P(A, "ORDER BY {sort} LIMIT {limit}", "security", "limit query value formatted into LIMIT (same statement, other parameter)"),
    "TIMETABLE-PAGE-OFFSET": P(A, "offset = page * size", "bug", "page is 1-based but offset = page * size: the first page is never returned", "off-by-one"),
    "TIMETABLE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "page size taken from the query without an upper bound"),
    "NEXT-LOCAL-CLOCK": P(A, "now = datetime.now()", "bug", "next visit computed from the server's local clock, not the van's time zone"),
    "NEXT-WEEKDAY-ZERO-BASED": P(A, "today = now.weekday()", "bug", "weekday() is 0-based but visits store ISO weekdays 1-7: next visit looks up the wrong day"),
    "NEXT-SKIPS-FIRST-VISIT": P(A, "for i in range(1, len(times)):", "bug", "loop starts at 1: the day's first visit is never offered", "off-by-one"),
    "BOARD-NOTICE-XSS": P(A, "<p class='notice'>{stop['notice']}</p>", "security", "stop notice interpolated into HTML unescaped (the name next to it is escaped)"),
    "TODAY-CACHE-RACE": P(A, "rows = get_db().execute(BOARD_SQL", "bug", "today board cache checked and filled without _board_lock: concurrent misses all query and write the dict", "critical-section"),
    "REQUEST-CARD-UNCHECKED": P(A, 'card = str(body.get("card", ""))', "bug", "card number neither required nor looked up: empty or invented cards place requests (and the per-card limit means nothing)"),
    "REQUEST-LIMIT-RACE": P(A, "held = db.execute(\"SELECT COUNT(*) FROM requests", "bug", "count of open requests and the insert are not atomic: parallel requests pass the limit", "critical-section"),
    "REQUEST-LIMIT-OFF-BY-ONE": P(A, "if held > MAX_OPEN_REQUESTS:", "bug", "> instead of >=: a reader may hold five open requests, not four", "off-by-one"),
    "READER-REQUESTS-IDOR": P(A, 'sql + " WHERE r.card = ?"', "security", "any caller lists any reader's requests by card number, no authentication", "signature-vs-statement"),
    "CANCEL-ANY-REQUEST": P(A, "UPDATE requests SET status = 'cancelled'", "security", "cancel takes any request id without checking who owns it", "signature-vs-statement"),
    "CANCEL-ANY-STATUS": P(A, "UPDATE requests SET status = 'cancelled'", "bug", "cancel overwrites collected or already cancelled requests and answers ok for unknown ids"),
    "DELAY-SKIPS-FIRST-LATE": P(A, "for row in rows[first_late + 1 :]:", "bug", "slice starts after the first late stop: that stop keeps its old time (and the count returned disagrees)", "off-by-one"),
    "DELAY-REWRITES-TIMETABLE": P(A, 'db.execute("UPDATE visits SET arrives', "bug", "a one-day delay overwrites the weekly timetable: every later week stays late"),
    "PHOTO-PATH-TRAVERSAL": P(A, "upload.save(target)", "security", "upload filename joined to the photo dir unchecked: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-PATH-DISCLOSED": P(A, 'return jsonify({"saved": target}), 201', "security", "the absolute server path of the saved photo is returned to the client"),
    "PRINT-SHELL-INJECTION": P(A, 'subprocess.run(f"lp -d {printer}', "security", "printer form value formatted into a shell command", "source-vs-sink"),
    "PRINT-COPIES-UNBOUNDED": P(A, 'copies = int(request.form.get("copies", 1))', "bug", "copies taken from the form without bounds (thousands of copies, negative values)"),
    "IMPORT-YAML-UNSAFE": P(A, "doc = yaml.load(raw, Loader=yaml.Loader)", "security", "timetable import parses YAML with the full loader: arbitrary objects", "signature-vs-statement"),
    "ERROR-DETAILS-LEAKED": P(A, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "security", "error handler returns exception text and type to the client"),
    "ERROR-HANDLER-500-FOR-HTTP": P(A, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "bug", "errorhandler(Exception) also catches abort(403)/abort(404) and answers them 500"),
}

CONFUSABLE = [
    ("STAFF-KEY-FAILS-OPEN", "STAFF-KEY-TIMING"),
    ("STOPS-SORT-SQLI", "STOPS-LIMIT-SQLI"),
    ("TIMETABLE-PAGE-OFFSET", "TIMETABLE-SIZE-UNBOUNDED"),
    ("NEXT-LOCAL-CLOCK", "NEXT-WEEKDAY-ZERO-BASED"),
    ("REQUEST-LIMIT-RACE", "REQUEST-LIMIT-OFF-BY-ONE"),
    ("REQUEST-CARD-UNCHECKED", "REQUEST-LIMIT-RACE"),
    ("CANCEL-ANY-REQUEST", "CANCEL-ANY-STATUS"),
    ("DELAY-SKIPS-FIRST-LATE", "DELAY-REWRITES-TIMETABLE"),
    ("PHOTO-PATH-TRAVERSAL", "PHOTO-PATH-DISCLOSED"),
    ("PRINT-SHELL-INJECTION", "PRINT-COPIES-UNBOUNDED"),
    ("ERROR-DETAILS-LEAKED", "ERROR-HANDLER-500-FOR-HTTP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `vanstops/app.py`

        A single Flask module serving the van's public timetable, reader book requests and two key-protected
        areas (office staff and the van's tablet). The public endpoints carry most of the risk.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | injection | `/stops` ORDER BY, `lp` command line, YAML import |
        | P1 | access | staff key check, reader requests, cancellation |
        | P2 | correctness | paging, next visit, request limit, delay shifting |

        Done right, for the record: `driver_only` fails closed and uses `hmac.compare_digest`; the `q` filter in
        `/stops` and every other query use bound parameters; the stop name on the board is escaped; the import
        runs in one transaction (`with db:`) and clears the board cache under `_board_lock`.
        """,
        Block([
            F("STOPS-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /stops`",
              "Map `sort` onto an allow-list of column names (`name`, `village`, `postcode`) and refuse anything else.",
              symbol="list_stops", conf=0.95),
            F("PRINT-SHELL-INJECTION", "critical", "security", "`printer` form field reaches a `shell=True` command line",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), fh.name], check=True)` and validate `printer` against the configured queues.",
              symbol="print_day_sheet", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "high", "security", "Timetable import uses `yaml.load` with the unsafe `Loader`",
              "Use `yaml.safe_load(raw)`; the full loader can construct arbitrary Python objects from a crafted document.",
              symbol="import_timetable", conf=0.9),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "`staff_only` is a no-op when `VAN_STAFF_KEY` is not set",
              "Fail closed like `driver_only`: `if not STAFF_KEY or not hmac.compare_digest(...)`.",
              symbol="staff_only.wrapper", conf=0.9),
            F("STAFF-KEY-TIMING", "low", "security", "Staff key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest(given.encode(), STAFF_KEY.encode())` as the driver check already does.",
              symbol="staff_only.wrapper", conf=0.55),
            F("READER-REQUESTS-IDOR", "high", "security", "Any caller can list any reader's requests by card number",
              "Authenticate the reader (card plus PIN or a session) and only return their own requests; card numbers are printed on the card and guessable.",
              symbol="reader_requests", conf=0.8),
            F("CANCEL-ANY-REQUEST", "high", "security", "`POST /requests/<id>/cancel` cancels anyone's request",
              "Require the reader's identity and add `AND card = ?` to the update; ids are sequential.",
              symbol="cancel_request", conf=0.85),
            F("BOARD-NOTICE-XSS", "medium", "security", "Stop notice rendered into HTML without escaping",
              "Wrap it in `escape()` like the name, or render a template with autoescaping.",
              symbol="stop_board", conf=0.8),
            F("ERROR-DETAILS-LEAKED", "medium", "security", "Error handler echoes exception text to clients",
              "Log the exception and return a generic message.", symbol="on_error", conf=0.75),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TIMETABLE-PAGE-OFFSET", "medium", "bug", "Timetable paging skips the first page",
              "`page` defaults to 1, so the offset must be `(page - 1) * size`; reject `page < 1`.",
              symbol="timetable", conf=0.9),
            F("NEXT-WEEKDAY-ZERO-BASED", "high", "bug", "`next_visit` queries the wrong weekday",
              "Visits are stored with ISO weekdays (the import and `/today` use `isoweekday()`); `weekday()` is Monday=0, so Monday's query finds Sunday's visits and Sunday finds none. Use `now.isoweekday()`.",
              symbol="next_visit", conf=0.9),
            F("NEXT-SKIPS-FIRST-VISIT", "medium", "bug", "`next_visit` never considers the first visit of the day",
              "Iterate over `times` directly (`for t in times:`); `range(1, ...)` starts at the second element.",
              symbol="next_visit", conf=0.85),
            F("TODAY-CACHE-RACE", "medium", "bug", "`/today` reads and fills `_board_cache` without `_board_lock`",
              "Take `_board_lock` around the check and the fill (the other writers already do), so concurrent misses do not each run the query and race on the dict.",
              d=-1, symbol="today_board", conf=0.7),
            F("REQUEST-LIMIT-RACE", "medium", "bug", "Open-request limit is check-then-insert without a transaction",
              "Use `BEGIN IMMEDIATE` around the count and insert, or enforce the limit in SQL; two parallel posts both see 3 and both insert.",
              symbol="request_book", conf=0.75),
            F("REQUEST-LIMIT-OFF-BY-ONE", "low", "bug", "`held > MAX_OPEN_REQUESTS` allows one request too many",
              "Use `>=` so a reader stops at four open requests.", symbol="request_book", conf=0.85),
            F("DELAY-SKIPS-FIRST-LATE", "medium", "bug", "Delay report does not shift the first late stop",
              "Slice from `first_late`, not `first_late + 1`; the reported `shifted` count already assumes that.",
              symbol="report_delay", conf=0.8),
            F("DELAY-REWRITES-TIMETABLE", "high", "bug", "A delay permanently rewrites the weekly timetable",
              "`visits` is the standing timetable; store today's delay separately (e.g. a `delays` table keyed by date) and add it when reading.",
              symbol="report_delay", conf=0.8),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Photo upload trusts the client filename",
              "Use `werkzeug.utils.secure_filename` or generate the name, and check the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("STOPS-SORT-SQLI", "critical", "security", "SQL injection via ?sort= in GET /stops",
              "Allow-list the sort column.", d=-3),
            F("STOPS-LIMIT-SQLI", "high", "security", "?limit= is interpolated into the same query",
              "Bind it: LIMIT ? with int(limit).", d=-2),
            F("PRINT-SHELL-INJECTION", "critical", "security", "Command injection: request.form printer -> lp via shell=True",
              "argv list, no shell.", d=-2),
            F("IMPORT-YAML-UNSAFE", "high", "security", "import_timetable: yaml.load with yaml.Loader",
              "yaml.safe_load.", d=-2),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staff_only fails open when VAN_STAFF_KEY unset",
              "Refuse when the key is empty."),
            F("CANCEL-ANY-REQUEST", "high", "security", "cancel_request has no ownership check",
              "Check the caller owns req_id.", d=-2),
            F("READER-REQUESTS-IDOR", "medium", "security", "reader_requests: unauthenticated lookup by card",
              "Authenticate the reader.", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "upload.filename used as a path component",
              "secure_filename().", d=-2),
            F("TIMETABLE-PAGE-OFFSET", "medium", "bug", "page=1 returns rows 21-40; first page unreachable",
              "offset = (page - 1) * size.", d=-2),
            F("REQUEST-LIMIT-OFF-BY-ONE", "low", "bug", "Limit check lets a fifth open request through",
              ">= MAX_OPEN_REQUESTS.", d=-1),
            F("REQUEST-LIMIT-RACE", "medium", "bug", "Count and insert not atomic; concurrent posts exceed the limit",
              "Single transaction (BEGIN IMMEDIATE).", d=+3),
            F("DELAY-SKIPS-FIRST-LATE", "medium", "bug", "rows[first_late + 1:] misses the stop that is late",
              "rows[first_late:]."),
            F("REQUEST-CARD-UNCHECKED", "low", "bug", "POST /requests: card not validated; empty or unknown card accepted",
              "Look the card up in readers; 400 if missing."),
            F("ERROR-HANDLER-500-FOR-HTTP", "medium", "bug", "errorhandler(Exception) turns abort(403)/abort(404) into 500",
              "Return HTTPException instances unchanged (if isinstance(exc, HTTPException): return exc)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `vanstops` application, a Flask service that publishes a mobile library van's
        timetable and takes book requests from readers.

        **Overall assessment**

        The application has several serious security vulnerabilities, chiefly injection flaws and missing access
        controls on the reader-facing endpoints. There are also logic errors in the timetable calculations.

        **Security findings**
        """,
        Block([
            G("STOPS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Stop Listing",
              "Validate the sort parameter against a fixed list of columns.",
              desc="The `sort` parameter is inserted directly into the `ORDER BY` clause of the SQL query."),
            G("PRINT-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Day Sheet Printing",
              "Avoid `shell=True` and pass arguments as a list."),
            G("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`."),
            G("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename before saving."),
            G("BOARD-NOTICE-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Stop Notice",
              "Escape the notice before embedding it in HTML."),
            G("STAFF-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Staff Authentication Bypass When Key Is Unset",
              "Deny access when the staff key is not configured.",
              desc="If the `VAN_STAFF_KEY` environment variable is missing, the condition is false and every request is treated as staff."),
            G("CANCEL-ANY-REQUEST", "MEDIUM", "Broken Access Control", "Unauthenticated Request Cancellation",
              "Verify that the caller owns the request."),
            G("ERROR-DETAILS-LEAKED", "LOW", "Information Disclosure", "Exception Details Returned to Clients",
              "Return a generic error message."),
            G("PHOTO-PATH-DISCLOSED", "LOW", "Information Disclosure", "Server File Path Disclosed in Upload Response",
              "Return only the stored file name or an id."),
        ], wrap="list"),
        """
        **Logic and reliability findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Magic numbers such as 25 and 300 should be configurable."}),
            G("TODAY-CACHE-RACE", "MEDIUM", "Race Condition", "Race Condition on the Board Cache",
              "Use the existing `_board_lock` when reading and updating the cache.", d=+2,
              desc="Concurrent requests can both find the cache empty and both run the query and write the dictionary."),
            G("NEXT-LOCAL-CLOCK", "MEDIUM", "Logic Error", "Naive Local Time Used for Next Visit",
              "Use timezone-aware datetimes in the van's local time zone."),
            G("NEXT-SKIPS-FIRST-VISIT", "MEDIUM", "Logic Error", "First Visit of the Day Is Ignored",
              "Start iterating at index 0.", d=+1),
            G("REQUEST-CARD-UNCHECKED", "LOW", "Input Validation", "Library Card Number Not Validated",
              "Check that the card belongs to a registered reader."),
            G("DELAY-REWRITES-TIMETABLE", "HIGH", "Logic Error", "Delays Permanently Modify the Timetable",
              "Record delays separately from the regular schedule."),
            G("TIMETABLE-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size",
              "Cap the `size` parameter (for example at 100)."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("STOPS-SORT-SQLI", "high", "security", "sql injection in /stops sort", "whitelist columns"),
            F("PRINT-SHELL-INJECTION", "high", "security", "shell injection via printer name", "no shell=True"),
            F("IMPORT-YAML-UNSAFE", "high", "security", "yaml.load with full Loader", "safe_load"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("NEXT-SKIPS-FIRST-VISIT", "medium", "bug", "first visit never returned", "range(len(times))", d=+1),
            F("REQUEST-LIMIT-OFF-BY-ONE", "low", "", "limit allows 5 open requests", "use >="),
            F("TODAY-CACHE-RACE", "low", "performance", "cache miss not locked, duplicate board queries", "use _board_lock", d=-2),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the stop listing (blocker)
        2. Shell command injection when printing (blocker)
        3. Unsafe YAML loading, weak staff authentication, unauthenticated reader data (major)
        4. Race and off-by-one errors in requests, timetable and delays (major)
        5. Error handling and input limits (minor)
        """,
        Block([
            F("STOPS-SORT-SQLI", "blocker", "security", "SQL injection through the sort parameter",
              "Use a whitelist of sortable columns.", conf=0.95),
            F("PRINT-SHELL-INJECTION", "blocker", "security", "Command injection in the lp call",
              "Use an argument list without a shell.", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe deserialization with yaml.Loader",
              "Use yaml.safe_load.", conf=0.9),
            F("STAFF-KEY-FAILS-OPEN", "major", "security", "Staff check is skipped if the key is not configured",
              "Reject requests when STAFF_KEY is empty.", conf=0.85),
            F("STAFF-KEY-TIMING", "minor", "security", "Non constant-time comparison of the staff key",
              "Use hmac.compare_digest.", conf=0.6),
            F("READER-REQUESTS-IDOR", "major", "security", "Reader requests exposed without authentication",
              "Require the reader to log in.", conf=0.8),
            F("REQUEST-LIMIT-RACE", "major", "concurrency", "Race condition: request limit can be exceeded by parallel submissions",
              "Make the count and the insert one transaction.", d=+1, conf=0.7),
            F("TIMETABLE-PAGE-OFFSET", "major", "correctness", "Off-by-one in timetable pagination offset",
              "Compute the offset from page - 1.", d=+3, conf=0.85),
            F("NEXT-WEEKDAY-ZERO-BASED", "major", "correctness", "Weekday mismatch between datetime.weekday() and stored ISO weekdays",
              "Use isoweekday().", d=-1, conf=0.8),
            F("DELAY-SKIPS-FIRST-LATE", "major", "correctness", "Delay is not applied to the first delayed stop",
              "Slice from first_late.", d=+1, conf=0.75),
            F("CANCEL-ANY-STATUS", "minor", "correctness", "Cancellation ignores the current request status",
              "Only cancel requests whose status is 'open' and return 404 otherwise.", conf=0.6),
            F("PRINT-COPIES-UNBOUNDED", "minor", "reliability", "Number of copies is not validated",
              "Limit copies to a small range such as 1-5.", conf=0.6),
            F("ERROR-DETAILS-LEAKED", "minor", "security", "Internal error messages exposed to clients",
              "Return a generic error body.", conf=0.7),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 7 major, 4 minor"),
    ]),
}

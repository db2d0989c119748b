"""test27/py-hivelog: a beekeepers' association hive log and extraction-room booking service (Python, Flask + SQLite).

Frozen test split test27; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split (test27): seeded problems in a small Flask service for a beekeepers' "
    "association (hive inspections, honey batches and jar labels, extraction-room bookings); five agents' answers "
    "written by hand."
)

A = "hivelog/app.py"
M = "hivelog/mites.py"
E = "hivelog/extraction.py"

PROBLEMS = {
    "KEY-IN-QUERY": P(A, 'supplied = request.headers.get("X-Secretary-Key") or request.args.get("key", "")', "security",
                      "secretary key also accepted from the ?key= query string (ends up in access logs, browser history)"),
    "KEY-FAILS-OPEN": P(A, "if supplied == SECRETARY_KEY:", "security",
                        "HIVELOG_SECRETARY_KEY defaults to '': with it unset, a request with no key at all passes the check"),
    "KEY-TIMING": P(A, "if supplied == SECRETARY_KEY:", "security",
                    "secretary key compared with == (not constant time): timing side channel"),
    "SEARCH-SQLI-APIARY": P(A, "f\"WHERE apiary = '{apiary}' ORDER BY {order} \"", "security",
                            "apiary query value formatted into the inspections SQL (SQL injection)", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "f\"WHERE apiary = '{apiary}' ORDER BY {order} \"", "security",
                           "order query value formatted into ORDER BY unchecked (SQL injection through the sort column)",
                           "source-vs-sink"),
    "SEARCH-PAGE-SKIP": P(A, 'f"LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}")', "bug",
                          "pages start at 1 but OFFSET is page * PAGE_SIZE: the first 25 inspections are never returned",
                          "off-by-one"),
    "INSPECTION-NO-OWNER": P(A, 'hive = db.execute("SELECT apiary, owner_id FROM hives WHERE id = ?"', "security",
                             "owner_id is fetched but never compared with g.member: any member can log inspections on any hive"),
    "HIVE-MASS-ASSIGN": P(A, "for column, value in body.items():", "security",
                          "every key of the body is written to the hive row (owner_id, apiary ...): mass assignment"),
    "HIVE-COLUMN-SQLI": P(A, 'get_db().execute(f"UPDATE hives SET {column} = ? WHERE id = ?"', "security",
                          "body keys formatted into the UPDATE as column names: SQL injection", "signature-vs-statement"),
    "HIVE-NO-OWNER": P(A, 'get_db().execute(f"UPDATE hives SET {column} = ? WHERE id = ?"', "security",
                       "UPDATE filters on id only: any member can edit any other member's hive"),
    "PHOTO-TRAVERSAL": P(A, "path = os.path.join(PHOTO_DIR, str(hive_id), name)", "security",
                         "name query value joined to the photo dir unchecked: ../ reads any file", "source-vs-sink"),
    "LABEL-PRINTER-INJECTION": P(A, 'cmd = f"glabels-batch-cmd --printer {printer}', "security",
                                 "printer form value formatted into a shell=True command line", "source-vs-sink"),
    "LABEL-FLORAL-INJECTION": P(A, 'cmd = f"glabels-batch-cmd --printer {printer}', "security",
                                "stored floral_source (member-entered) quoted into the same shell command: a ' breaks out"),
    "JAR-NEGATIVE-COUNT": P(A, 'count = int(request.form.get("count", 1))', "bug",
                            "jar count not validated: 0 or negative rewinds the jar counter and numbers repeat"),
    "JAR-NUMBER-RACE": P(A, '_next_jar["n"] = first + count - 1', "bug",
                         "read-modify-write of the jar counter without _jar_lock (which is never used): two batches get "
                         "overlapping jar numbers", "critical-section"),
    "JAR-COUNTER-RESETS": P(A, '_next_jar = {"n": 0}', "bug",
                            "extra, one agent: jar numbers live in process memory, restart at 1 after a restart and are "
                            "per worker process"),
    "BOOKING-PAST-DAY": P(A, 'day = date.fromisoformat(body["day"])', "bug",
                          "the booking day is never checked against today: past days can be booked"),
    "BOOKING-RACE": P(A, 'book_slot(get_db(), g.member["id"], day, hour)', "bug",
                      "free_slots check and the insert in book_slot are separate statements with no transaction or "
                      "unique constraint: two members can book the same slot", "critical-section"),
    "BOOKING-CANCEL-ANY": P(A, 'get_db().execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security",
                            "any member can cancel any booking (no member_id condition)", "signature-vs-statement"),
    "MEAN-SKIPS-LATEST": P(M, "recent = counts[-window - 1:-1]", "bug",
                           "slice ends at -1: the newest count is left out of the rolling mean", "off-by-one"),
    "MEAN-SHORT-DIVISOR": P(M, "return sum(recent) / window", "bug",
                            "divides by window even when fewer counts exist: the mean of a new apiary is too low"),
    "SUMMARY-CACHE-STALE": P(M, "if apiary not in _summaries:", "bug",
                             "apiary summaries are cached forever: the risk never changes after new inspections"),
    "SUMMARY-CACHE-RACE": P(M, 'counts = [r["mite_count"] for r in db.execute(SUMMARY_SQL, (apiary,))]', "bug",
                            "check-then-fill of the summary cache without _summaries_lock (unused): concurrent requests "
                            "all run the query and overwrite each other", "critical-section"),
    "SLOTS-LAST-MISSING": P(E, "return list(range(OPEN_HOUR, CLOSE_HOUR - SLOT_HOURS, SLOT_HOURS))", "bug",
                            "range stop excludes 18: the 18:00-20:00 slot can never be booked", "off-by-one"),
    "MONTH-START-EXCLUDED": P(E, '"SELECT COUNT(*) FROM bookings WHERE member_id = ? AND day > ? AND day <= ?"', "bug",
                              "day > month_start: bookings on the 1st of the month are not counted", "off-by-one"),
    "MONTH-REST-IGNORED": P(E, '"SELECT COUNT(*) FROM bookings WHERE member_id = ? AND day > ? AND day <= ?"', "bug",
                            "day <= the booked day: bookings later in the same month are not counted, so booking "
                            "early days after late ones bypasses the monthly limit"),
    "LIMIT-OFF-BY-ONE": P(E, "if used > MAX_BOOKINGS_PER_MONTH:", "bug",
                          "used > 3 lets a fourth booking through (should be >=)", "off-by-one"),
    "BOOKING-LIMIT-500": P(E, 'raise ValueError("monthly extraction limit reached")', "bug",
                           "ValueError is not caught by create_booking: the limit shows up as an HTTP 500"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "KEY-FAILS-OPEN"),
    ("KEY-FAILS-OPEN", "KEY-TIMING"),
    ("SEARCH-SQLI-APIARY", "SEARCH-SQLI-ORDER"),
    ("SEARCH-SQLI-ORDER", "SEARCH-PAGE-SKIP"),
    ("HIVE-MASS-ASSIGN", "HIVE-COLUMN-SQLI"),
    ("HIVE-COLUMN-SQLI", "HIVE-NO-OWNER"),
    ("HIVE-MASS-ASSIGN", "HIVE-NO-OWNER"),
    ("LABEL-PRINTER-INJECTION", "LABEL-FLORAL-INJECTION"),
    ("JAR-NEGATIVE-COUNT", "JAR-NUMBER-RACE"),
    ("MEAN-SKIPS-LATEST", "MEAN-SHORT-DIVISOR"),
    ("SUMMARY-CACHE-STALE", "SUMMARY-CACHE-RACE"),
    ("MONTH-START-EXCLUDED", "MONTH-REST-IGNORED"),
    ("MONTH-START-EXCLUDED", "LIMIT-OFF-BY-ONE"),
    ("MONTH-REST-IGNORED", "LIMIT-OFF-BY-ONE"),
    ("LIMIT-OFF-BY-ONE", "BOOKING-LIMIT-500"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `hivelog/app.py`, `hivelog/mites.py` and `hivelog/extraction.py`.

        **Summary.** The secretary-only endpoints are the weakest point: the key check passes when the key is not
        configured, and the inspection search builds SQL from the query string. Member endpoints trust the caller
        with other members' hives and bookings, and the label printer runs a shell command assembled from a form
        field. The extraction-room rules (slots, monthly limit) and the varroa statistics each have counting
        mistakes that give wrong answers without any error.

        Priorities:
        1. SQL injection in `/inspections` (two parameters) and in `PATCH /hives/<id>`.
        2. Shell injection in the label printer.
        3. Fail-open secretary key.
        4. Ownership checks on hives and bookings.
        5. Booking/limit arithmetic and the jar counter.
        """,
        Block([
            F("KEY-FAILS-OPEN", "critical", "security", "Secretary check passes when `HIVELOG_SECRETARY_KEY` is unset",
              "Refuse to start (or reject every request) when the key is empty; `SECRETARY_KEY` defaults to `\"\"` and a request without any key compares `\"\" == \"\"`.",
              symbol="require_secretary", conf=0.9),
            F("SEARCH-SQLI-APIARY", "critical", "security", "SQL injection through the `apiary` filter in `search_inspections`",
              "Bind it: `WHERE apiary = ?` with `(apiary,)`.", symbol="search_inspections", conf=0.95),
            F("SEARCH-SQLI-ORDER", "high", "security", "SQL injection through the `order` parameter in `search_inspections`",
              "Map `order` through an allow-list of column names (`inspected_on`, `mite_count`, `hive_id`); placeholders cannot bind identifiers.",
              symbol="search_inspections", conf=0.9),
            F("SEARCH-PAGE-SKIP", "medium", "bug", "Inspection search never returns the first page",
              "`page` defaults to 1, so the offset starts at 25; use `(page - 1) * PAGE_SIZE` and reject `page < 1`.",
              symbol="search_inspections", conf=0.85),
            F("HIVE-COLUMN-SQLI", "high", "security", "Column names from the request body are interpolated into `UPDATE hives`",
              "Allow-list the editable columns (e.g. `name`, `notes`, `frames`) and reject any other key.",
              symbol="update_hive", conf=0.9),
            F("HIVE-NO-OWNER", "high", "security", "`update_hive` lets any member modify any hive",
              "Add `AND owner_id = ?` with `g.member[\"id\"]` and return 404 when no row is updated.",
              symbol="update_hive", conf=0.85),
            F("LABEL-PRINTER-INJECTION", "critical", "security", "Command injection through the `printer` form field",
              "Build an argv list and call `subprocess.run([...])` without `shell=True`; validate `printer` against the configured printers.",
              symbol="print_labels", conf=0.9),
            F("LABEL-FLORAL-INJECTION", "medium", "security", "Stored floral source is also interpolated into the shell command",
              "Members type `floral_source` when they register a batch; a `'` in it breaks out of the quoting. Pass it as its own argv element.",
              symbol="print_labels", conf=0.7),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `hive_photo`",
              "Use `flask.send_from_directory(PHOTO_DIR / str(hive_id), name)` or reject names with path separators.",
              d=+1, symbol="hive_photo", conf=0.9),
            F("BOOKING-CANCEL-ANY", "medium", "security", "Members can cancel other members' extraction bookings",
              "Delete with `WHERE id = ? AND member_id = ?`.", symbol="cancel_booking", conf=0.85),
            F("INSPECTION-NO-OWNER", "medium", "security", "`add_inspection` does not check that the hive belongs to the caller",
              "Compare `hive[\"owner_id\"]` with `g.member[\"id\"]` (the column is already selected) and return 403.",
              symbol="add_inspection", conf=0.8),
            F("JAR-NUMBER-RACE", "medium", "bug", "Jar numbering is not thread-safe",
              "Hold `_jar_lock` around the read and the write of `_next_jar` (the lock exists but is never taken), or use a database sequence.",
              d=-1, n=2, symbol="number_jars", conf=0.8),
            F("BOOKING-RACE", "medium", "bug", "Two members can book the same extraction slot",
              "The availability check and the insert are not atomic. Add `UNIQUE(day, hour)` to `bookings` and handle `IntegrityError`.",
              d=-2, n=3, symbol="create_booking", conf=0.75),
            F("LIMIT-OFF-BY-ONE", "medium", "bug", "Monthly booking limit allows one booking too many",
              "Use `if used >= MAX_BOOKINGS_PER_MONTH:`.", symbol="book_slot", conf=0.85),
            F("MONTH-START-EXCLUDED", "low", "bug", "Bookings on the first day of the month are not counted toward the limit",
              "Use `day >= ?` for the month start.", symbol="book_slot", conf=0.75),
            F("SLOTS-LAST-MISSING", "medium", "bug", "The last extraction slot of the day (18:00) is never offered",
              "`range(8, 18, 2)` stops at 16; use `range(OPEN_HOUR, CLOSE_HOUR, SLOT_HOURS)`.",
              symbol="all_slots", conf=0.85),
            F("SUMMARY-CACHE-RACE", "low", "performance", "`apiary_summary` fills its cache without taking `_summaries_lock`",
              "Concurrent first requests for an apiary all run the query and overwrite each other's entry; take the lock around the check and the fill.",
              d=+1, symbol="apiary_summary", conf=0.6),
            F("MEAN-SKIPS-LATEST", "low", "bug", "Rolling mite mean leaves out the latest inspection",
              "Use `counts[-window:]`.", symbol="rolling_mean", conf=0.8),
            F("MEAN-SHORT-DIVISOR", "low", "bug", "Rolling mean divides by the window, not by the number of counts",
              "Divide by `len(recent)`; an apiary with two inspections reports half its real mean.",
              symbol="rolling_mean", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed hivelog/ (3 files, ~225 lines). Tests not run (none in repo).",
        Block([
            F("SEARCH-SQLI-APIARY", "critical", "security", "SQLi: apiary interpolated into inspections query",
              "Use ? placeholders.", d=-3),
            F("SEARCH-SQLI-ORDER", "high", "security", "SQLi: order param used as ORDER BY",
              "Whitelist sort columns.", d=-2),
            F("KEY-TIMING", "low", "security", "Non-constant-time secretary key comparison",
              "hmac.compare_digest."),
            F("KEY-IN-QUERY", "medium", "security", "Secretary key accepted via query string",
              "Header only."),
            F("HIVE-COLUMN-SQLI", "high", "security", "update_hive builds UPDATE with attacker-chosen column names",
              "Allow-list columns.", d=-3),
            F("LABEL-PRINTER-INJECTION", "critical", "security", "Shell injection via printer form field in print_labels",
              "subprocess.run([...]) without shell.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "hive_photo: name param allows ../ traversal",
              "send_from_directory.", d=-1),
            F("JAR-NUMBER-RACE", "medium", "bug", "_next_jar updated without _jar_lock; concurrent requests reuse jar numbers",
              "with _jar_lock:."),
            F("JAR-NEGATIVE-COUNT", "low", "bug", "count not validated (<=0 rewinds counter)", "Require count >= 1."),
            F("BOOKING-RACE", "medium", "bug", "create_booking: check-then-insert race on slots",
              "UNIQUE(day, hour).", d=-2),
            F("MONTH-REST-IGNORED", "medium", "bug", "Monthly limit only counts bookings up to the requested day",
              "Count the whole month: day >= start AND day < next_month_start."),
            F("LIMIT-OFF-BY-ONE", "medium", "bug", "Off-by-one: used > MAX permits MAX+1 bookings", ">=."),
            F("SUMMARY-CACHE-STALE", "low", "bug", "apiary_summary cache never invalidated", "Drop cache or invalidate on insert."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have performed a comprehensive review of the `hivelog` application, a Flask service used by a
        beekeepers' association to record hive inspections, print honey jar labels and manage bookings of the
        shared extraction room.

        ### Overall Assessment

        The code is compact and readable, and several parts are done well: `add_inspection` validates the mite
        count range and uses a parameterised `INSERT`, `require_member` looks tokens up with a bound parameter, and
        `colony_risk` applies the thresholds correctly. However, there are several serious security vulnerabilities
        related to the construction of SQL statements and shell commands from user input, as well as missing
        authorization checks.

        ### Security Vulnerabilities
        """,
        Block([
            F("SEARCH-SQLI-APIARY", "CRITICAL", "SQL Injection", "SQL Injection in Inspection Search",
              "Use parameterized queries for the `apiary` value and validate `order` against an allow-list.",
              desc="The `apiary` and `order` query parameters are embedded directly into the SQL string with an f-string. An attacker holding the secretary key can read or modify any table."),
            F("LABEL-PRINTER-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True`; pass the command as a list of arguments.", d=+1,
              desc="`print_labels` executes a command string containing the `printer` form field with `shell=True`, so `printer=x; rm -rf ~` runs arbitrary commands."),
            F("HIVE-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Hive Update",
              "Only allow specific, editable fields to be updated.",
              desc="`update_hive` writes every key of the JSON body to the hive record, including `owner_id`, so a member can transfer any hive to themselves."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Hive Photo Endpoint",
              "Sanitize the `name` parameter with `werkzeug.utils.secure_filename`.", d=+1),
            F("KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Empty Default Secretary Key",
              "Require `HIVELOG_SECRETARY_KEY` to be set at startup.", d=-1,
              desc="If the environment variable is missing, the key is an empty string and any request without a key header is treated as the secretary."),
            F("BOOKING-CANCEL-ANY", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Check that the booking belongs to the current member.", d=-1),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues

        I also noticed the following problems with the booking rules and the shared state:
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to the public functions in mites.py."}),
            F("BOOKING-RACE", "MAJOR", "Race Condition", "Race Condition in Slot Booking",
              "Wrap the availability check and the insert in a single transaction with a unique constraint.", d=-2,
              desc="Two concurrent requests can both see the slot as free and both insert a booking."),
            F("SUMMARY-CACHE-RACE", "MINOR", "Performance", "Unsynchronized Cache Population in apiary_summary",
              "Use `_summaries_lock` when filling the cache.", d=-1, n=2,
              desc="Concurrent requests for an uncached apiary all run the same query; the lock that was created for this is never used."),
            F("MONTH-START-EXCLUDED", "MAJOR", "Business Logic", "Incorrect Monthly Booking Count",
              "The query uses `day > ?` for the start of the month; it should be `day >= ?`.", d=-1, sd=0),
            F("LIMIT-OFF-BY-ONE", "MAJOR", "Business Logic", "Monthly Limit Allows an Extra Booking",
              "Use `>=` so that a member with three bookings cannot make a fourth."),
            F("SLOTS-LAST-MISSING", "MINOR", "Business Logic", "Last Time Slot Unavailable",
              "Adjust the range upper bound so that the 18:00 slot is included.", d=-1, sd=0),
            F("MEAN-SKIPS-LATEST", "MINOR", "Correctness", "Rolling Mean Excludes Most Recent Count",
              "Slice with `counts[-window:]`.", d=+1, sd=0),
            F("BOOKING-PAST-DAY", "MINOR", "Business Logic", "Bookings Can Be Made for Past Dates",
              "Reject days before `date.today()`."),
        ], wrap="list"),
        """
        Addressing the injection issues first is strongly recommended, followed by the access control gaps.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-ORDER", "error", "security", "sql injection via order param in /inspections", "whitelist order"),
            F("LABEL-FLORAL-INJECTION", "error", "security", "floral_source from db pasted into shell cmd", "argv list", d=+1),
            F("HIVE-NO-OWNER", "warning", "security", "no owner check on hive update", "filter by owner_id"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SLOTS-LAST-MISSING", "warning", "", "last slot (18:00) never bookable", "range(OPEN_HOUR, CLOSE_HOUR, SLOT_HOURS)"),
            F("BOOKING-RACE", "warning", "", "slot double booking possible (check then insert)", "unique (day, hour)", d=-2),
            F("LIMIT-OFF-BY-ONE", "warning", "bug", "monthly limit off by one", "use >="),
            F("BOOKING-LIMIT-500", "warning", "bug", "limit error raises ValueError -> 500", "catch it, return 409"),
            F("MEAN-SHORT-DIVISOR", "info", "bug", "rolling mean wrong for short history", "divide by len(recent)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the inspection search and the hive update.
        2. Command injection in label printing.
        3. Authentication: the secretary key can be empty.
        4. Authorization: hives and bookings are not checked against the member.
        5. Concurrency: jar numbers, slot bookings and the summary cache.
        6. Logic errors in paging, the monthly booking limit and mite statistics.
        """,
        Block([
            F("SEARCH-SQLI-APIARY", "blocker", "security", "SQL injection in search_inspections (apiary parameter)",
              "Use parameter binding.", d=-3, conf=0.9),
            F("SEARCH-PAGE-SKIP", "minor", "correctness", "Pagination off by one: page 1 skips the first results",
              "Use (page - 1) * PAGE_SIZE.", d=-2, conf=0.7),
            F("HIVE-COLUMN-SQLI", "blocker", "security", "SQL injection through dynamic column names in update_hive",
              "Validate the column names.", conf=0.85),
            F("HIVE-MASS-ASSIGN", "major", "security", "Members can overwrite any hive column including owner_id",
              "Restrict updatable fields.", conf=0.75),
            F("LABEL-PRINTER-INJECTION", "blocker", "security", "Command injection in print_labels",
              "Do not use shell=True.", conf=0.9),
            F("KEY-FAILS-OPEN", "major", "security", "Secretary authentication bypass when the key is not configured",
              "Fail closed when SECRETARY_KEY is empty.", conf=0.8),
            F("KEY-TIMING", "minor", "security", "Secretary key compared with a non-constant-time comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("INSPECTION-NO-OWNER", "major", "security", "Inspections can be added to hives of other members",
              "Check hive owner_id against the member.", d=+3, sd=0, conf=0.7),
            F("BOOKING-CANCEL-ANY", "major", "security", "Bookings can be cancelled by any member",
              "Restrict the DELETE to the member's own bookings.", conf=0.8),
            F("JAR-NUMBER-RACE", "major", "concurrency", "Duplicate jar numbers under concurrent requests",
              "Use _jar_lock.", d=+1, conf=0.75),
            F("JAR-COUNTER-RESETS", "minor", "correctness", "Jar counter is kept in memory and restarts after a restart",
              "Persist the counter in the database.", conf=0.6),
            F("BOOKING-RACE", "major", "concurrency", "Double booking of extraction slots is possible",
              "Use a transaction and a unique index.", conf=0.7),
            F("SUMMARY-CACHE-STALE", "minor", "correctness", "Apiary risk summary is cached indefinitely",
              "Invalidate the cache when an inspection is added.", conf=0.7),
            F("MONTH-START-EXCLUDED", "major", "correctness", "Monthly booking limit off by one at the start of the month",
              "Use day >= month_start.", conf=0.7),
            F("MONTH-REST-IGNORED", "major", "correctness", "Monthly booking limit ignores later bookings in the month",
              "Count every booking in the calendar month.", d=-1, conf=0.65),
            F("LIMIT-OFF-BY-ONE", "major", "correctness", "Monthly booking limit allows 4 bookings instead of 3",
              "Use >= in the comparison.", d=+1, sd=0, conf=0.8),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 9 major, 4 minor"),
    ]),
}

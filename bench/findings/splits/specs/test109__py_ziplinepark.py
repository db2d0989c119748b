"""test109/py-ziplinepark: a zipline park's rider weigh-ins, harness checks and line slots (Python, Flask + SQLite).

Frozen test split test109 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test109: seeded problems in a zipline park desk service; five agents' answers "
    "written by hand."
)

A = "zipline/app.py"
PROBLEMS = {
    "STAFF-KEY-FAILS-OPEN": P(A, 'if expected and request.headers.get("X-Staff-Key", "") != expected:', "security",
                              "staff_key lets every request through when ZIP_STAFF_KEY is unset or empty", "signature-vs-statement"),
    "STAFF-KEY-TIMING": P(A, 'if expected and request.headers.get("X-Staff-Key", "") != expected:', "security",
                          "staff key compared with != (not constant time), unlike marshal_only"),
    "WEIGHIN-NAN": P(A, 'kg = round(float(data["kg"]), 1)', "bug",
                     "float() accepts 'nan': NaN fails both bound comparisons and is stored as a valid weigh-in"),
    "WEIGHIN-MAX-OFF-BY-ONE": P(A, "if kg < MIN_KG or kg > MAX_KG + 1:", "bug",
                                "upper bound is MAX_KG + 1: riders up to 121 kg are cleared for a 120 kg line", "off-by-one"),
    "RIDERS-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                            "1-based page times size: page 1 skips the first page of riders", "off-by-one"),
    "HARNESS-AGE-FLOOR": P(A, "age_years = (date.today()", "bug",
                           "age floored to whole years and compared with <=: a harness in its eleventh year still passes", "off-by-one"),
    "HARNESS-RETIRED-IGNORED": P(A, 'passed = bool(data.get("stitching_ok"))', "bug",
                                 "the harness's retired flag is fetched but never checked: a retired harness can pass"),
    "HARNESS-STRING-BOOL": P(A, 'passed = bool(data.get("stitching_ok"))', "bug",
                             "bool() of a JSON string: \"false\" or \"no\" from the tablet counts as a pass"),
    "HARNESS-YAML-UNSAFE": P(A, "inventory = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)", "security",
                             "inventory import parsed with yaml.Loader: arbitrary Python objects from the request body"),
    "HARNESS-IMPORT-UNRETIRES": P(A, '"INSERT OR REPLACE INTO harnesses (serial, made_on, retired) VALUES (?, ?, 0)"', "bug",
                                  "extra, one agent: re-importing the inventory resets retired to 0 for every listed harness"),
    "SLOTS-SQL-DAY": P(A, "f\"SELECT slot, COUNT(*) AS riders FROM bookings WHERE slot LIKE '{day}%'", "security",
                       "day query value formatted into the SQL string", "source-vs-sink"),
    "SLOTS-SQL-ORDER": P(A, "f\"SELECT slot, COUNT(*) AS riders FROM bookings WHERE slot LIKE '{day}%'", "security",
                         "order query value formatted into ORDER BY", "source-vs-sink"),
    "SLOT-KEY-UNCHECKED": P(A, "key = f\"{data['day']}T{data['start']}\"", "bug",
                            "day and start are never validated: bookings for past days or for starts that are no slot"),
    "SLOT-RIDER-SPOOF": P(A, 'rider_id = int(request.headers.get("X-Rider-Id", "0"))', "security",
                          "rider identity taken from an unauthenticated header: book (or block) slots as anyone"),
    "SLOT-OVERBOOK-RACE": P(A, "if taken >= RIDERS_PER_SLOT:", "bug",
                            "count read under the lock, checked and written back outside it: concurrent bookings overfill a slot and lose increments",
                            "critical-section"),
    "CANCEL-NOT-OWNED": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security",
                          "any caller can cancel any booking: no rider or staff check", "signature-vs-statement"),
    "CANCEL-MISSING-ROW": P(A, '_slot_counts[row["slot"]] -= 1', "bug",
                            "unknown booking id: row is None and the handler raises (500) after the delete"),
    "CANCEL-COUNT-UNLOCKED": P(A, '_slot_counts[row["slot"]] -= 1', "bug",
                               "slot count decremented without _counts_lock (and KeyError after a restart empties the dict)"),
    "BOARD-WEIGHTS-PUBLIC": P(A, '"SELECT b.slot, r.name, w.kg FROM bookings b', "security",
                              "public departures board publishes each rider's name with their weight"),
    "BOARD-DUPLICATE-ROWS": P(A, '"LEFT JOIN weighins w ON w.rider_id = r.id WHERE b.slot LIKE ?', "bug",
                              "join on every weigh-in: a rider weighed twice appears twice on the board"),
    "BOARD-CACHE-RACE": P(A, '_board["body"] = _board_rows()', "performance",
                          "unsynchronised check-then-refresh of the board cache: concurrent requests all rebuild it", "critical-section"),
    "WAIVER-TRAVERSAL": P(A, 'return send_file(WAIVER_DIR / name, mimetype="application/pdf")', "security",
                          "file query value joined to the waiver dir: ../ or an absolute path reads any file", "source-vs-sink"),
    "TAG-SHELL": P(A, "subprocess.run(f\"echo '{label} #{rider_id}' | lp -d {printer}\", shell=True, check=False)", "security",
                   "label from the request body formatted into a shell command", "source-vs-sink"),
    "TAG-EXIT-IGNORED": P(A, "subprocess.run(f\"echo '{label} #{rider_id}' | lp -d {printer}\", shell=True, check=False)", "bug",
                          "lp failure ignored (check=False, result dropped): printed=True even when nothing printed"),
}

CONFUSABLE = [
    ("STAFF-KEY-FAILS-OPEN", "STAFF-KEY-TIMING"),
    ("WEIGHIN-NAN", "WEIGHIN-MAX-OFF-BY-ONE"),
    ("HARNESS-AGE-FLOOR", "HARNESS-RETIRED-IGNORED"),
    ("HARNESS-RETIRED-IGNORED", "HARNESS-STRING-BOOL"),
    ("HARNESS-AGE-FLOOR", "HARNESS-STRING-BOOL"),
    ("SLOTS-SQL-DAY", "SLOTS-SQL-ORDER"),
    ("SLOT-KEY-UNCHECKED", "SLOT-RIDER-SPOOF"),
    ("SLOT-RIDER-SPOOF", "SLOT-OVERBOOK-RACE"),
    ("CANCEL-MISSING-ROW", "CANCEL-COUNT-UNLOCKED"),
    ("CANCEL-NOT-OWNED", "CANCEL-MISSING-ROW"),
    ("BOARD-WEIGHTS-PUBLIC", "BOARD-DUPLICATE-ROWS"),
    ("TAG-SHELL", "TAG-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `zipline/app.py`

        The desk service is small, but several of its checks are the kind that matter on a zipline: the weight
        limit, the harness pass/fail and the slot capacity. All three have holes, and the staff key that guards
        the rest fails open.

        | Priority | Area | Finding |
        |---|---|---|
        | P0 | auth | `staff_key` accepts everything when `ZIP_STAFF_KEY` is unset |
        | P0 | injection | `/slots` builds SQL from `day` and `order`; `/riders/<id>/tag` builds a shell line |
        | P1 | safety | weight limit off by one kg, NaN weights, harness pass from string booleans |
        | P1 | concurrency | slot counter checked and written outside the lock |
        | P2 | privacy | the public board shows riders' weights |

        What is fine: `marshal_only` fails closed and uses `hmac.compare_digest`; every query except `/slots`
        uses bound parameters; the harness size check and the `size` cap on `/riders` are correct.
        """,
        Block([
            F("STAFF-KEY-FAILS-OPEN", "critical", "security", "`staff_key` fails open when `ZIP_STAFF_KEY` is unset",
              "Refuse every request when the key is missing (`if not expected or ...`), as `marshal_only` already does.",
              symbol="staff_key.wrapper", conf=0.9),
            F("STAFF-KEY-TIMING", "low", "security", "Staff key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest(given.encode(), expected.encode())`.", symbol="staff_key.wrapper", conf=0.55),
            F("SLOTS-SQL-DAY", "critical", "security", "SQL injection through `day` in `GET /slots`",
              "Pass the day as a bound parameter: `WHERE slot LIKE ? || '%'`.", symbol="list_slots", conf=0.9),
            F("SLOTS-SQL-ORDER", "high", "security", "SQL injection through `order` in `GET /slots`",
              "Map `order` onto a whitelist (`{'slot': 'slot', 'riders': 'riders DESC'}`) instead of formatting it into `ORDER BY`.",
              symbol="list_slots", conf=0.85),
            F("TAG-SHELL", "critical", "security", "Shell command injection through the tag `label`",
              "Run `lp` with an argument list and pass the label on stdin: `subprocess.run(['lp', '-d', printer], input=text, check=True)`.",
              symbol="print_tag", conf=0.9),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal in the waiver download",
              "Ignore `file` or resolve the path and require `path.is_relative_to(WAIVER_DIR)`.",
              symbol="waiver", conf=0.85),
            F("HARNESS-YAML-UNSAFE", "high", "security", "Harness import uses the unsafe YAML loader",
              "Use `yaml.safe_load`; `yaml.Loader` constructs arbitrary Python objects from the request body.",
              symbol="import_harnesses", conf=0.85),
        ]),
        "Safety-relevant logic and state:",
        Block([
            F("WEIGHIN-MAX-OFF-BY-ONE", "high", "bug", "Weight limit admits riders up to 121 kg",
              "Compare with `kg > MAX_KG`; the `+ 1` clears riders above the line's rated maximum.",
              symbol="record_weighin", conf=0.85),
            F("WEIGHIN-NAN", "medium", "bug", "`kg` of `\"nan\"` passes the weight check",
              "Reject non-finite values (`math.isfinite(kg)`) before the bounds check; NaN compares false both ways.",
              symbol="record_weighin", conf=0.7),
            F("HARNESS-STRING-BOOL", "high", "bug", "Harness check treats the string \"false\" as a pass",
              "Require real booleans (`data.get('stitching_ok') is True`) or reject non-bool values with 422.",
              symbol="harness_check", conf=0.8),
            F("HARNESS-RETIRED-IGNORED", "high", "bug", "Retired harnesses are never failed",
              "Add `and not harness['retired']` to `passed`; the column is selected but unused.",
              symbol="harness_check", conf=0.8),
            F("SLOT-OVERBOOK-RACE", "high", "bug", "Slot capacity check is not atomic",
              "Do the read, the capacity check and the increment inside one `with _counts_lock:` block (or count in SQL inside a transaction).",
              symbol="book_slot", conf=0.8),
            F("CANCEL-NOT-OWNED", "high", "security", "Any caller can cancel any booking",
              "Require the rider's own token or the staff key and delete `WHERE id = ? AND rider_id = ?`.",
              symbol="cancel_booking", conf=0.8),
            F("CANCEL-MISSING-ROW", "medium", "bug", "Cancelling an unknown booking raises after the delete",
              "Return 404 when `row is None` before touching `_slot_counts`.", d=-3, symbol="cancel_booking", conf=0.7),
            F("RIDERS-PAGE-OFFSET", "medium", "bug", "`/riders?page=1` skips the first page",
              "Use `offset = (page - 1) * size` and reject `page < 1`.", symbol="list_riders", conf=0.8),
            F("BOARD-WEIGHTS-PUBLIC", "medium", "security", "Public board exposes riders' weights",
              "Drop `w.kg` (and ideally surnames) from the board query; weight is personal data.",
              n=2, symbol="_board_rows", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SLOTS-SQL-ORDER", "high", "security", "ORDER BY built from ?order=", "Whitelist sort keys.", d=-2),
            F("SLOTS-SQL-DAY", "high", "security", "LIKE pattern built from ?day= (SQL injection)", "Bind the parameter.", d=-3),
            F("TAG-SHELL", "critical", "security", "label -> shell=True in print_tag", "argv list, no shell.", d=-2),
            F("WAIVER-TRAVERSAL", "high", "security", "?file= escapes WAIVER_DIR", "Resolve + containment check.", d=-1),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staff_key is a no-op without ZIP_STAFF_KEY", "Fail closed.", d=-2),
            F("SLOT-OVERBOOK-RACE", "high", "bug", "_slot_counts incremented outside _counts_lock; slot can exceed RIDERS_PER_SLOT",
              "Check and increment under one lock.", d=+2),
            F("CANCEL-COUNT-UNLOCKED", "medium", "bug", "unlocked decrement of _slot_counts in cancel_booking", "Take _counts_lock."),
            F("WEIGHIN-MAX-OFF-BY-ONE", "high", "bug", "MAX_KG + 1 allows 121 kg", "kg > MAX_KG.", d=+1),
            F("HARNESS-AGE-FLOOR", "medium", "bug", "age_years floors: 10.9-year-old harness passes <= 10", "Compare made_on + 10y with today."),
            F("RIDERS-PAGE-OFFSET", "medium", "bug", "offset = page * size skips page 1", "(page - 1) * size."),
            F("TAG-EXIT-IGNORED", "low", "bug", "lp exit status ignored; endpoint always reports printed=True", "check=True, 502 on failure."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the zipline park service in `zipline/app.py`. It is a Flask application backed by
        SQLite that records rider weigh-ins, marshals' harness checks and bookings for the line's launch slots.

        **Overall assessment:** the application handles safety-critical data, but several endpoints trust request
        input in dangerous ways (SQL, shell, file paths, YAML), the staff authentication can be bypassed entirely,
        and shared in-memory state is modified without proper synchronization.

        ### Security findings
        """,
        Block([
            F("SLOTS-SQL-DAY", "CRITICAL", "SQL Injection", "SQL Injection in Slot Listing",
              "Use a parameterized query for the `day` filter (`slot LIKE ? || '%'`).",
              sd=-2, n=3,
              desc="The `day` query parameter is interpolated directly into the LIKE pattern of an f-string SQL query. An attacker can read or modify any table, including riders' personal data."),
            F("TAG-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="The `label` value from the JSON body is placed inside single quotes in a shell command; a label containing `'` breaks out of the quoting."),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Waiver Download",
              "Use `werkzeug.utils.safe_join` or validate the resolved path.", sd=-2, n=3),
            F("HARNESS-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`."),
            F("STAFF-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Staff Key Is Not Configured",
              "Deny access if the environment variable is missing.", sd=-2, n=3),
            F("CANCEL-NOT-OWNED", "HIGH", "Broken Access Control", "Missing Authorization on Booking Cancellation",
              "Verify that the caller owns the booking or is staff.", d=-3),
            F("BOARD-WEIGHTS-PUBLIC", "MEDIUM", "Information Disclosure", "Rider Weights Exposed on Public Board",
              "Remove the weight column from the public board."),
        ], wrap="list"),
        """
        ### Logic and concurrency findings
        """,
        Block([
            F("SLOT-OVERBOOK-RACE", "HIGH", "Race Condition", "Race Condition in Slot Booking",
              "Hold `_counts_lock` for the whole check-and-increment sequence.", d=-1,
              desc="The lock is released before the capacity check, so two simultaneous bookings can both see 5 riders and both book the sixth place."),
            F("BOARD-CACHE-RACE", "MEDIUM", "Caching", "Non-Thread-Safe Board Cache",
              "Protect the cache refresh with a lock.", d=-1),
            F("HARNESS-RETIRED-IGNORED", "HIGH", "Logic Error", "Retired Harness Can Pass Inspection",
              "Include the `retired` flag in the pass condition.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints for weigh-ins, harnesses and slots."}),
            F("HARNESS-IMPORT-UNRETIRES", "MEDIUM", "Logic Error", "Inventory Import Un-retires Harnesses",
              "Do not overwrite the `retired` column on import; use an upsert that preserves it.",
              desc="`INSERT OR REPLACE ... VALUES (?, ?, 0)` resets `retired` to 0 for every harness in the uploaded inventory, putting retired equipment back into service."),
        ], wrap="list"),
        """
        Addressing the injection issues and the authentication bypass should be the first priority.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SLOTS-SQL-ORDER", "high", "security", "sql injection via order param in /slots", "whitelist order"),
            F("WAIVER-TRAVERSAL", "high", "security", "waiver ?file= path traversal", "safe_join"),
            F("TAG-SHELL", "high", "security", "shell injection in print_tag", "no shell=True"),
            F("WEIGHIN-MAX-OFF-BY-ONE", "high", "bug", "weight limit off by one (121kg passes)", "drop the + 1"),
            F("HARNESS-STRING-BOOL", "medium", "", "\"false\" string counts as stitching ok", "check is True"),
            F("BOARD-DUPLICATE-ROWS", "low", "bug", "board lists a rider once per weigh-in", "join latest weighin only"),
        ], fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the slot listing (two parameters).
        2. Race conditions on the in-memory slot counter (booking and cancellation).
        3. Weak authentication: staff key comparison, rider id from a header.
        4. Validation gaps in weigh-ins, harness checks and bookings.
        5. Path traversal and a silent printer failure.
        """,
        Block([
            F("SLOTS-SQL-DAY", "blocker", "security", "SQL injection via the day parameter",
              "Use a placeholder for the LIKE pattern.", conf=0.9),
            F("SLOTS-SQL-ORDER", "blocker", "security", "SQL injection via the order parameter",
              "Validate the order column against a fixed list.", conf=0.85),
            F("SLOT-OVERBOOK-RACE", "major", "concurrency", "Check-then-act race on the slot counter",
              "Keep the lock held from the read to the write.", d=-1, conf=0.8),
            F("CANCEL-COUNT-UNLOCKED", "major", "concurrency", "Slot counter decremented without the lock",
              "Wrap the decrement in `with _counts_lock:`.", conf=0.75),
            F("CANCEL-MISSING-ROW", "minor", "correctness", "Missing null check for the booking row",
              "Return 404 if the booking does not exist.", conf=0.7),
            F("STAFF-KEY-TIMING", "minor", "security", "Timing-unsafe comparison of the staff key",
              "Use hmac.compare_digest.", conf=0.6),
            F("SLOT-RIDER-SPOOF", "major", "security", "Rider identity trusted from the X-Rider-Id header",
              "Authenticate riders with a signed token.", conf=0.75),
            F("SLOT-KEY-UNCHECKED", "minor", "correctness", "Booking day and start time are not validated",
              "Parse the day and check the start against the slot timetable.", conf=0.6),
            F("WEIGHIN-MAX-OFF-BY-ONE", "major", "correctness", "Off-by-one in the maximum rider weight",
              "Use kg > MAX_KG.", conf=0.85),
            F("HARNESS-AGE-FLOOR", "major", "correctness", "Harness age check lets over-age harnesses pass",
              "Compute the age precisely instead of flooring to whole years.", d=+1, conf=0.7),
            F("RIDERS-PAGE-OFFSET", "minor", "correctness", "Pagination offset skips the first page",
              "offset = (page - 1) * size.", d=-2, conf=0.7),
            F("BOARD-CACHE-RACE", "minor", "performance", "Board cache refreshed concurrently by every request after expiry",
              "Use a lock or a single refresher.", d=+1, conf=0.6),
            F("WAIVER-TRAVERSAL", "major", "security", "Path traversal in waiver download",
              "Reject names with path separators.", conf=0.85),
            F("TAG-EXIT-IGNORED", "minor", "reliability", "Printer command result ignored",
              "Check the return code and report failure.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 6 major, 6 minor"),
    ]),
}

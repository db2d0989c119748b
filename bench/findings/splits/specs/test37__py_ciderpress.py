"""test37/py-ciderpress: a village cider press's slot booking and juice-yield log (Python, Flask + SQLite).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers and specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored, never
tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any "
    "other split's answers. Frozen test split (test37): seeded problems in a village cider press's booking and "
    "juice-yield service; five agents' answers written by hand."
)

A = "ciderpress/app.py"
PROBLEMS = {
    "KEY-FAIL-OPEN": P(A, 'if PRESS_KEY and request.headers.get("X-Press-Key") != PRESS_KEY:', "security", "press_key lets every request through when PRESS_KEY is unset (fails open)"),
    "KEY-TIMING": P(A, 'if PRESS_KEY and request.headers.get("X-Press-Key") != PRESS_KEY:', "security", "press key compared with != (not constant time), unlike steward_only"),
    "SQLI-DAY": P(A, "WHERE day = '{day}' ORDER BY {order}", "security", "day query value formatted into the slots SQL", "source-vs-sink"),
    "SQLI-ORDER": P(A, "WHERE day = '{day}' ORDER BY {order}", "security", "sort query value formatted into ORDER BY; SORTABLE never consulted", "source-vs-sink"),
    "SLOT-RANGE": P(A, "for i in range(1, SLOTS_PER_DAY):", "bug", "range starts at 1: the 09:00 slot is never offered and only 7 of 8 slots exist", "off-by-one"),
    "BAGS-UNBOUNDED": P(A, 'bags = int(form.get("bags", "1"))', "bug", "bags never checked against MAX_BAGS (or for zero/negative)"),
    "BOOK-RACE": P(A, "if taken == 0:", "bug", "count-then-insert without a transaction or unique constraint: two growers can book one slot", "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?"', "security", "any press-key holder can cancel anyone's booking by id"),
    "CANCEL-LATE": P(A, 'row = db.execute("SELECT day, start FROM bookings WHERE id = ?"', "bug", "day/start fetched but never checked: bookings in the past or already pressed can be cancelled"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "1-based page times size: page 1 skips the first page of bookings", "off-by-one"),
    "PAGE-SIZE": P(A, 'size = int(request.args.get("size", 50))', "performance", "size not capped: one request can pull every booking"),
    "YIELD-NEGATIVE": P(A, 'litres = float(data["juice_litres"])', "bug", "kg/litres not validated: negative, NaN or yields over 100 % are logged and added to totals"),
    "YIELD-ZERO-KG": P(A, "yield_pct = round(litres / kg * 100, 1)", "bug", "apples_kg of 0 raises ZeroDivisionError (500) after nothing is validated"),
    "YIELD-RACE": P(A, "_yield_totals[orchard] = total + litres", "bug", "read-modify-write of _yield_totals without _yield_lock: lost updates", "critical-section"),
    "BOARD-STALE": P(A, 'if "board" in _board_cache:', "bug", "board cache only cleared by pressings: new or cancelled bookings and the next day never show", "critical-section"),
    "BOARD-XSS": P(A, "<td>{r['phone']}</td><td>{r['note']}</td>", "security", "booking note rendered unescaped on the public board (stored XSS)"),
    "BOARD-PHONE": P(A, "<td>{r['phone']}</td><td>{r['note']}</td>", "security", "growers' phone numbers shown on the unauthenticated public board"),
    "PHOTO-TRAVERSAL": P(A, "upload.save(os.path.join(dest, name))", "security", "client filename joined into the save path: ../ writes outside PHOTO_DIR", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "upload.save(os.path.join(dest, name))", "security", "any file type or size is stored (html/svg, huge files); booking id never checked"),
    "LABEL-SHELL": P(A, "| lp -d press-labels", "security", "orchard name from the request put into a shell command line", "signature-vs-statement"),
    "LABEL-COPIES": P(A, 'for _ in range(int(data.get("copies", 1))):', "bug", "copies unbounded: one request prints thousands of labels"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.Loader constructs arbitrary Python objects from the upload", "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["orchard"]', "security", "extra, one agent: orchard names starting with = + - @ exported as spreadsheet formulas"),
    "DEBUG-SERVER": P(A, "debug=True", "security", "extra, one agent: Werkzeug debugger on 0.0.0.0 allows code execution"),
}

CONFUSABLE = [
    ("KEY-FAIL-OPEN", "KEY-TIMING"),
    ("SQLI-DAY", "SQLI-ORDER"),
    ("BAGS-UNBOUNDED", "BOOK-RACE"),
    ("CANCEL-NO-OWNER", "CANCEL-LATE"),
    ("PAGE-OFFSET", "PAGE-SIZE"),
    ("YIELD-NEGATIVE", "YIELD-ZERO-KG"),
    ("YIELD-ZERO-KG", "YIELD-RACE"),
    ("YIELD-NEGATIVE", "YIELD-RACE"),
    ("BOARD-XSS", "BOARD-PHONE"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `ciderpress/app.py` is a single Flask module. The steward endpoints are in decent shape: `steward_only`
        fails closed and uses `hmac.compare_digest`, `/totals` copies the map under `_yield_lock`, the board
        escapes the grower's name, and `close_db` always closes the connection. The rest needs work.

        | Priority | Area |
        |---|---|
        | P0 | SQL built from `/slots` query values, shell built from label input, unsafe YAML |
        | P1 | Grower-key check, photo upload path, public board |
        | P2 | Booking race, yield arithmetic and counters, paging |
        """,
        Block([
            F("SQLI-DAY", "critical", "security", "SQL injection through the `day` parameter of `/slots`",
              "Use a placeholder: `WHERE day = ?` with `(day,)`.", symbol="list_slots", conf=0.95),
            F("SQLI-ORDER", "high", "security", "`sort` is interpolated into `ORDER BY` without the `SORTABLE` allow-list",
              "Reject `order` unless it is in `SORTABLE`; the set is defined but never used.", symbol="list_slots", conf=0.9),
            F("LABEL-SHELL", "critical", "security", "Label printing runs a shell command containing the orchard name",
              "Pipe the text to `lp` with `subprocess.run([\"lp\", \"-d\", \"press-labels\"], input=text.encode())`.",
              symbol="print_label", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on an uploaded document",
              "Use `yaml.safe_load(raw)`.", symbol="load_orchards", conf=0.9),
            F("KEY-FAIL-OPEN", "high", "security", "`press_key` accepts every request when `PRESS_KEY` is not set",
              "Fail closed like `steward_only`: refuse when the key is empty.", symbol="press_key.wrapper", conf=0.85),
            F("KEY-TIMING", "low", "security", "Press key compared with `!=`",
              "Use `hmac.compare_digest` as `steward_only` does.", symbol="press_key.wrapper", conf=0.6),
        ]),
        "Data-integrity and robustness findings:",
        Block([
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded filename is used as a path component",
              "Use `werkzeug.utils.secure_filename(name)` or generate the name server-side.", symbol="upload_photo", conf=0.9),
            F("BOARD-XSS", "high", "security", "Stored XSS: booking `note` is written into the board HTML unescaped",
              "Escape `note` (and `start`) like the grower's name, or render with a Jinja template.", symbol="board", conf=0.85),
            F("BOARD-PHONE", "medium", "security", "Public `/board` shows growers' phone numbers",
              "Drop the phone column from the public board.", symbol="board", conf=0.8),
            F("BOOK-RACE", "medium", "bug", "Double booking: slot availability is checked and inserted non-atomically",
              "Add `UNIQUE(day, start)` and catch `sqlite3.IntegrityError` instead of counting first.",
              d=-1, symbol="book_slot", conf=0.8),
            F("BAGS-UNBOUNDED", "low", "bug", "`bags` is never checked against `MAX_BAGS`",
              "Reject values outside `1..MAX_BAGS`.", symbol="book_slot", conf=0.7),
            F("YIELD-ZERO-KG", "medium", "bug", "`apples_kg` of zero crashes `log_pressing`",
              "Validate `kg > 0` before dividing and answer 400.", symbol="log_pressing", conf=0.85),
            F("YIELD-RACE", "medium", "bug", "`_yield_totals` updated without `_yield_lock`",
              "Take `_yield_lock` around the read and the write; `/totals` already does.", d=-1, n=2,
              symbol="log_pressing", conf=0.8),
            F("PAGE-OFFSET", "medium", "bug", "Steward booking list skips the first page",
              "`offset = (page - 1) * size` with `page` clamped to at least 1.", symbol="steward_bookings", conf=0.85),
            F("SLOT-RANGE", "medium", "bug", "The first slot of the day is never generated",
              "`range(SLOTS_PER_DAY)`: with `range(1, ...)` 09:00 is missing and the day has 7 slots.",
              symbol="slots_for", conf=0.85),
            F("BOARD-STALE", "low", "bug", "The board cache is not cleared when bookings change",
              "Pop the cache in `book_slot`/`cancel_booking` and key it by date.", symbol="board", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SQLI-DAY", "critical", "security", "SQLi: day query param concatenated into SELECT", "Bind params.", d=-3),
            F("SQLI-ORDER", "high", "security", "ORDER BY takes raw ?sort=", "Check against SORTABLE.", d=-2),
            F("LABEL-SHELL", "high", "security", "print_label: shell=True with request-controlled orchard", "argv + input=.", d=-2),
            F("YAML-UNSAFE", "high", "security", "load_orchards uses yaml.Loader (object construction)", "yaml.safe_load.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "photo upload: filename not sanitized", "secure_filename.", d=-3),
            F("KEY-FAIL-OPEN", "high", "security", "empty PRESS_KEY disables auth", "Fail closed."),
            F("BOOK-RACE", "medium", "bug", "book_slot TOCTOU between COUNT and INSERT", "UNIQUE(day,start).", d=+2),
            F("YIELD-RACE", "medium", "bug", "_yield_totals mutated without lock", "with _yield_lock."),
            F("PAGE-OFFSET", "low", "bug", "offset off by one page", "(page-1)*size.", d=+1),
            F("CANCEL-NO-OWNER", "medium", "security", "cancel_booking has no ownership check", "Match grower/phone token."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `ciderpress` application, a Flask service that books pressing slots at a
        village cider press and logs juice yields.

        **Security**

        The application has several injection points (SQL, shell, YAML) and a public board that leaks data.

        **Reliability**

        Several calculations and shared structures are not protected.
        """,
        Block([
            F("SQLI-DAY", "CRITICAL", "SQL Injection", "SQL Injection in Slot Listing",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `day` and `sort` values flow straight from the query string into an f-string SQL statement."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printer",
              "Avoid `shell=True`.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Loading",
              "Use `yaml.safe_load`."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename.", sd=-2, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload Type and Size",
              "Allow only image types and set `MAX_CONTENT_LENGTH`.",
              desc="Any content, including HTML or SVG, is stored for any booking id, existing or not."),
            F("BOARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS on the Board",
              "Escape all interpolated values."),
            F("BOARD-PHONE", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Do not render phone numbers."),
        ], wrap="list"),
        "Additional findings:",
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Module is large; consider blueprints."}),
            F("YIELD-RACE", "MEDIUM", "Race Condition", "Race Condition on Yield Totals",
              "Use the existing lock.", d=-1, sd=-3, n=3),
            F("BOARD-STALE", "LOW", "Caching", "Stale Board Cache", "Invalidate on booking changes.", d=+1,
              desc="The cached board survives new bookings, cancellations and the change of day."),
            F("YIELD-ZERO-KG", "MEDIUM", "Logic Error", "Division by Zero in Yield Calculation",
              "Check that `apples_kg` is positive."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled on All Interfaces",
              "Never run with `debug=True` outside development."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-DAY", "high", "security", "sql injection in /slots (day)", "use ? params"),
            F("SQLI-ORDER", "high", "security", "sort param goes into ORDER BY", "allow-list", d=-2),
            F("KEY-TIMING", "low", "security", "press key compare not constant-time", "hmac.compare_digest"),
            F("CANCEL-NO-OWNER", "medium", "", "anyone with the press key can delete any booking", "check owner"),
            F("LABEL-SHELL", "high", "security", "shell injection in label printing", "no shell"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SLOT-RANGE", "medium", "bug", "first slot skipped", "range(SLOTS_PER_DAY)", d=+1),
            F("YIELD-NEGATIVE", "low", "bug", "litres/kg not validated", "reject <= 0"),
            F("LABEL-COPIES", "low", "bug", "copies not capped", "cap at 10"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the slot listing (two parameters).
        2. Shell and YAML injection in labels and orchard import.
        3. Booking and cancellation logic problems.
        4. Arithmetic and validation gaps in the pressing log.
        5. Paging error in the steward list.
        """,
        Block([
            F("SQLI-ORDER", "blocker", "security", "SQL injection via the sort parameter",
              "Validate against SORTABLE.", conf=0.9),
            F("SQLI-DAY", "blocker", "security", "SQL injection via the day parameter",
              "Use a bound parameter.", conf=0.9),
            F("YAML-UNSAFE", "major", "security", "Unsafe deserialization of orchard YAML",
              "Use safe_load.", d=-1, conf=0.85),
            F("LABEL-SHELL", "major", "security", "Command injection in print_label via orchard name",
              "Use an argument list and stdin.", d=-1, conf=0.85),
            F("BOOK-RACE", "major", "concurrency", "Concurrent bookings can take the same slot",
              "Use a unique index.", d=+1, conf=0.75),
            F("BAGS-UNBOUNDED", "minor", "correctness", "Number of bags not limited to MAX_BAGS",
              "Validate the range.", conf=0.7),
            F("CANCEL-LATE", "major", "correctness", "Bookings can be cancelled after their slot has passed",
              "Compare day/start with the current time before deleting.", conf=0.65),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization on booking cancellation",
              "Verify the caller owns the booking.", d=-3, conf=0.7),
            F("PAGE-SIZE", "minor", "performance", "Unbounded page size in steward listing",
              "Cap size at 200.", conf=0.7),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in pagination offset",
              "Subtract one from page.", d=-2, snippet='page = int(request.args.get("page", 1))', conf=0.8),
            F("YIELD-NEGATIVE", "major", "correctness", "Juice and apple quantities are not validated",
              "Reject negative or non-finite values.", conf=0.7),
            F("YIELD-ZERO-KG", "major", "correctness", "Division by zero when apples_kg is 0",
              "Validate before dividing.", conf=0.8),
            F("CSV-FORMULA", "minor", "security", "CSV export vulnerable to formula injection",
              "Prefix cells starting with = + - @ with a quote.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}

"""test92/py-wallerjobs: field jobs and stone tallies for a dry-stone waller (Python, Flask + SQLite).

Frozen test split test92; labels next to each finding. Written 2026-12-06 by a helper session that had not
seen the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for
the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test92: seeded problems in a dry-stone waller's field-job and stone-tally service; "
    "five agents' answers written by hand."
)

A = "wallerjobs/app.py"
PROBLEMS = {
    "CREW-KEY-FAIL-OPEN": P(A, 'if request.headers.get("X-Crew-Key") != CREW_KEY:', "security",
                            "WALLER_CREW_KEY unset: CREW_KEY is None and a request without the header passes crew_only"),
    "CREW-KEY-TIMING": P(A, 'if request.headers.get("X-Crew-Key") != CREW_KEY:', "security",
                         "crew key compared with != instead of a constant-time compare"),
    "JOBS-ORDER-SQLI": P(A, 'ORDER BY {order} LIMIT ? OFFSET ?"', "security",
                         "order query value formatted into the ORDER BY clause (SQL injection)", "source-vs-sink"),
    "JOBS-PAGE-SKIP": P(A, "PAGE_SIZE, page * PAGE_SIZE)).fetchall()", "bug",
                        "page is 1-based but OFFSET is page * PAGE_SIZE: the first page is never returned", "off-by-one"),
    "SHEET-METRES-UNCHECKED": P(A, 'metres = float(body["metres"])', "bug",
                                "day-sheet metres not validated: negative or zero metres lower metres_done and the invoice"),
    "SHEET-TONNES-UNCHECKED": P(A, 'tonnes = float(body.get("tonnes", metres * TONNES_PER_METRE))', "bug",
                                "day-sheet tonnes not validated: negative tonnes put stone back into the yard"),
    "YARD-STOCK-RACE": P(A, "_yard_stock[yard] = left", "bug",
                         "draw_stone reads and writes _yard_stock without _yard_lock: concurrent sheets lose a draw",
                         "critical-section"),
    "REORDER-REPEATS": P(A, "if left < REORDER_BELOW:", "bug",
                         "no on-order flag: every sheet after the yard falls below the threshold orders another 30 t"),
    "ORDER-SHELL-INJECTION": P(A, 'cmd = f"quarry-order --yard {yard} --tonnes {tonnes}"', "security",
                               "yard (URL) and tonnes (form) from /reorder formatted into a shell command",
                               "signature-vs-statement"),
    "ORDER-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                            "check=False and no returncode check: a failed quarry order is silently lost"),
    "REORDER-CREW-ROLE": P(A, "def reorder(yard):", "security",
                           "extra, one agent: stone orders are crew_only, so any crew key can place quarry orders"),
    "INVOICE-RANGE-EXCLUSIVE": P(A, "AND day > ? AND day < ?", "bug",
                                 "day > from AND day < to: both end days of the invoice period are left out",
                                 "off-by-one"),
    "INVOICE-TRUNCATES": P(A, 'total = int(metres * RATE_PER_METRE[job["kind"]])', "bug",
                           "int() truncates the invoice total (pence and fractions of a pound lost)"),
    "UPLOAD-FILENAME-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR, str(job_id), photo.filename)", "security",
                                   "client filename joined to the photo dir: ../ writes anywhere",
                                   "signature-vs-statement"),
    "UPLOAD-ANY-TYPE": P(A, "photo.save(dest)", "security",
                         "no type or size check on uploads: any file (HTML, SVG, scripts) is stored"),
    "PHOTO-PATH-TRAVERSAL": P(A, "return send_file(path)", "security",
                              "name query value joined to the photo dir and sent: any file readable", "source-vs-sink"),
    "MAP-SSRF": P(A, 'with urllib.request.urlopen(f"{tiles}/{grid}.png", timeout=10) as resp:', "security",
                  "tiles query value is fetched by the server (SSRF)", "source-vs-sink"),
    "WEATHER-STAMPEDE": P(A, "with urllib.request.urlopen(WEATHER_URL, timeout=5) as resp:", "performance",
                          "cache check and refresh without a lock: every request in the window refetches",
                          "critical-section"),
    "WEATHER-NO-FALLBACK": P(A, "with urllib.request.urlopen(WEATHER_URL, timeout=5) as resp:", "bug",
                             "a failed weather fetch raises (500) instead of serving the last cached reading"),
    "YAML-UNSAFE-LOAD": P(A, "farms = yaml.load(request.data, Loader=yaml.Loader)", "security",
                          "yaml.load with the full Loader on a request body (arbitrary objects)",
                          "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["farm"], r["day"], r["crew"], r["metres"], r["tonnes"]])', "security",
                     "farm and crew names written to the CSV export unescaped (formula injection)"),
    "TALLY-SKIPS-LATEST": P(A, "recent = rows[1:days]", "bug",
                            "rows[1:days]: the newest sheet is dropped and only days - 1 are counted", "off-by-one"),
    "TALLY-DIV-ZERO": P(A, '"per_metre": tonnes / metres})', "bug",
                        "tonnes / metres with no sheets (or zero metres) raises ZeroDivisionError"),
    "ERROR-HANDLER-HTTP-500": P(A, "@app.errorhandler(Exception)", "bug",
                                "handler for Exception also catches HTTPException: every 401/403/404 becomes a 500"),
    "ERROR-LEAK": P(A, 'return jsonify({"error": str(exc), "type": type(exc).__name__}), 500', "security",
                    "exception text (SQL, paths) returned to the client"),
    "DEBUG-DEFAULT-ON": P(A, 'debug=os.environ.get("WALLER_DEBUG", "1") == "1"', "security",
                          "debug mode (Werkzeug debugger) on by default, bound to 0.0.0.0"),
}

CONFUSABLE = [
    ("CREW-KEY-FAIL-OPEN", "CREW-KEY-TIMING"),
    ("JOBS-ORDER-SQLI", "JOBS-PAGE-SKIP"),
    ("SHEET-METRES-UNCHECKED", "SHEET-TONNES-UNCHECKED"),
    ("YARD-STOCK-RACE", "REORDER-REPEATS"),
    ("ORDER-SHELL-INJECTION", "ORDER-EXIT-IGNORED"),
    ("INVOICE-RANGE-EXCLUSIVE", "INVOICE-TRUNCATES"),
    ("UPLOAD-FILENAME-TRAVERSAL", "UPLOAD-ANY-TYPE"),
    ("WEATHER-STAMPEDE", "WEATHER-NO-FALLBACK"),
    ("TALLY-SKIPS-LATEST", "TALLY-DIV-ZERO"),
    ("ERROR-HANDLER-HTTP-500", "ERROR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `wallerjobs/app.py` end to end. It is a compact Flask service, and several parts are done
        properly: `office_only` fails closed when `WALLER_OFFICE_KEY` is unset and uses `hmac.compare_digest`,
        `job_detail` and `invoice` return 404 for an unknown job, `add_day_sheet` rejects unknown yards before
        touching the stock, `/yards` copies the stock under `_yard_lock`, and every query except `/jobs` binds
        its parameters. The problems are concentrated in crew authentication, request values that reach SQL,
        the shell, the filesystem and the network, and in the stone bookkeeping.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | crew auth, `/jobs`, `/reorder`, photos, import, debug | fail-open key, SQL injection, shell injection, traversal, unsafe YAML, debugger |
        | P1 | stone stock, tally, invoice, weather | races, lost pence, off-by-one ranges, stampede |
        | P2 | error handling | 401/403 turned into 500, messages leaked |

        Security first:
        """,
        Block([
            F("CREW-KEY-FAIL-OPEN", "critical", "security", "`crew_only` accepts every request when `WALLER_CREW_KEY` is unset",
              "Read the key with a default of \"\" and refuse all crew requests (or refuse to start) when it is empty, like `office_only` does.",
              symbol="crew_only.wrapper", conf=0.9),
            F("CREW-KEY-TIMING", "low", "security", "Crew key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest(given, CREW_KEY)` after the emptiness check.",
              symbol="crew_only.wrapper", conf=0.6),
            F("JOBS-ORDER-SQLI", "critical", "security", "SQL injection through `order` in `GET /jobs`",
              "Map `order` through an allow-list of column names (`start_date`, `farm`, `parish`, `metres`) and fall back to `start_date`.",
              symbol="list_jobs", conf=0.95),
            F("ORDER-SHELL-INJECTION", "critical", "security", "Quarry order built as a shell string from request values",
              "Call `subprocess.run([\"quarry-order\", \"--yard\", yard, \"--tonnes\", str(float(tonnes))])` without a shell, and validate `yard` against `_yard_stock`.",
              symbol="order_stone", conf=0.9),
            F("REORDER-CREW-ROLE", "medium", "security", "Any crew key can place quarry orders through `/yards/<yard>/reorder`",
              "Ordering stone costs money: put `reorder` behind `office_only` (or a separate foreman role).",
              symbol="reorder", conf=0.55),
            F("UPLOAD-FILENAME-TRAVERSAL", "high", "security", "Uploaded photo saved under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename` or generate the name server-side; check the result stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "`GET /jobs/<id>/photos?name=` reads any file the process can read",
              "Reject names with path separators and `send_from_directory(os.path.join(PHOTO_DIR, str(job_id)), name)`.",
              symbol="get_photo", conf=0.9),
            F("MAP-SSRF", "high", "security", "`/jobs/<id>/map` fetches a URL chosen by the caller",
              "Drop the `tiles` parameter and build the URL from a configured tile server; validate `grid` as an OS grid reference.",
              symbol="job_map", conf=0.85),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on the import body",
              "Use `yaml.safe_load` and validate each farm record.",
              symbol="import_farms", conf=0.9),
            F("ERROR-LEAK", "medium", "security", "Error handler returns exception text to the client",
              "Log the exception and return a generic message with a request id.",
              symbol="on_error", conf=0.8),
            F("DEBUG-DEFAULT-ON", "high", "security", "Debug mode defaults to on and the app binds to 0.0.0.0",
              "Default `WALLER_DEBUG` to off; the Werkzeug debugger executes code for anyone who reaches it.",
              symbol="__main__", conf=0.85),
        ]),
        "Correctness and data:",
        Block([
            F("JOBS-PAGE-SKIP", "medium", "bug", "`/jobs` paging skips the first page",
              "`page` defaults to 1, so use `OFFSET (page - 1) * PAGE_SIZE` and reject `page < 1`.",
              symbol="list_jobs", conf=0.85),
            F("SHEET-METRES-UNCHECKED", "medium", "bug", "Day sheet accepts negative or zero metres",
              "Reject `metres <= 0` (and absurd values) before inserting; a negative sheet lowers `metres_done` and the invoice.",
              symbol="add_day_sheet", conf=0.8),
            F("SHEET-TONNES-UNCHECKED", "medium", "bug", "Day sheet accepts negative tonnes, which adds stone back to the yard",
              "Validate `tonnes > 0`; `draw_stone` subtracts it, so a negative value inflates the yard stock.",
              symbol="add_day_sheet", conf=0.75),
            F("YARD-STOCK-RACE", "high", "bug", "`draw_stone` updates `_yard_stock` without `_yard_lock`",
              "Take `_yard_lock` around the read, the write and the threshold check; two concurrent sheets can each read the same figure and one draw is lost.",
              d=-1, n=2, symbol="draw_stone", conf=0.85),
            F("REORDER-REPEATS", "medium", "bug", "Every sheet below the threshold places another quarry order",
              "Record an on-order flag per yard (cleared on delivery) and only order when it is not set.",
              symbol="draw_stone", conf=0.7),
            F("INVOICE-RANGE-EXCLUSIVE", "high", "bug", "Invoice period drops its first and last day",
              "Use `day >= ? AND day <= ?` (the dates are ISO strings, so the comparison is lexical and inclusive bounds work).",
              symbol="invoice", conf=0.85),
            F("INVOICE-TRUNCATES", "medium", "bug", "Invoice total truncated with `int()`",
              "Keep money in `Decimal` (or integer pence) and round half-up once, at the end.",
              symbol="invoice", conf=0.7),
            F("WEATHER-STAMPEDE", "low", "performance", "Weather cache refresh is unsynchronised",
              "Guard the check-and-refresh with a lock (or a single refresher thread); after expiry every concurrent request fetches the upstream API.",
              d=-1, symbol="fell_weather", conf=0.6),
            F("TALLY-SKIPS-LATEST", "medium", "bug", "Crew tally skips the most recent sheet",
              "`rows[1:days]` starts at the second row of a DESC list; use `rows[:days]`.",
              symbol="crew_tally", conf=0.85),
            F("ERROR-HANDLER-HTTP-500", "medium", "bug", "`@app.errorhandler(Exception)` also catches `abort(401/403/404)`",
              "Return `exc` unchanged when it is an `HTTPException`; today every auth failure and 404 is reported as a 500.",
              symbol="on_error", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CREW-KEY-FAIL-OPEN", "critical", "security", "crew_only passes when WALLER_CREW_KEY is unset",
              "Fail closed on a missing key."),
            F("JOBS-ORDER-SQLI", "critical", "security", "order param concatenated into ORDER BY",
              "Allow-list sortable columns.", d=-2),
            F("JOBS-PAGE-SKIP", "medium", "bug", "page=1 returns rows 26-50",
              "OFFSET (page-1)*PAGE_SIZE.", d=-2),
            F("SHEET-METRES-UNCHECKED", "medium", "bug", "metres may be negative",
              "Validate > 0."),
            F("YARD-STOCK-RACE", "high", "bug", "yard stock read-modify-write outside _yard_lock",
              "with _yard_lock: around draw_stone body.", d=+1),
            F("ORDER-SHELL-INJECTION", "critical", "security", "shell=True with yard/tonnes from /reorder",
              "argv list, no shell.", d=-1),
            F("UPLOAD-FILENAME-TRAVERSAL", "high", "security", "photo.filename used as a path component",
              "secure_filename().", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "name query param joined into a filesystem path",
              "send_from_directory.", d=-2),
            F("WEATHER-NO-FALLBACK", "low", "bug", "weather endpoint 500s when the upstream API is down",
              "Catch URLError and serve the cached data."),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load with yaml.Loader on request data",
              "yaml.safe_load.", d=-1),
            F("TALLY-SKIPS-LATEST", "medium", "bug", "tally slice starts at 1",
              "rows[:days]."),
            F("TALLY-DIV-ZERO", "medium", "bug", "ZeroDivisionError for a crew with no sheets",
              "Return per_metre null when metres == 0."),
            F("DEBUG-DEFAULT-ON", "high", "security", "debug defaults to on",
              "Default WALLER_DEBUG to 0."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `wallerjobs` application, a Flask service that tracks dry-stone walling jobs,
        daily crew sheets, stone stock in the yards, invoicing and a few helper endpoints (weather, maps,
        photos, imports and exports).

        **Overall assessment**

        The application handles sensitive operations (shell commands, file access, outbound requests,
        deserialization) with request-controlled input in several places, and the crew authentication can be
        bypassed entirely by misconfiguration. There are also some data-integrity issues in the stone
        bookkeeping and invoicing logic.

        **Security findings**
        """,
        Block([
            F("CREW-KEY-FAIL-OPEN", "CRITICAL", "Broken Authentication", "Crew Authentication Bypass When Key Is Not Configured",
              "Treat a missing `WALLER_CREW_KEY` as a fatal configuration error.", d=0, sd=-2, n=3,
              desc="`os.environ.get(\"WALLER_CREW_KEY\")` returns `None` when the variable is missing, and `request.headers.get(\"X-Crew-Key\")` also returns `None` when the header is absent, so the comparison succeeds for every anonymous request."),
            F("JOBS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Job Listing Sort Order",
              "Validate the `order` parameter against a whitelist of column names.", d=0, sd=-2, n=3),
            F("ORDER-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Quarry Ordering",
              "Use a list of arguments and `shell=False`.", d=+1, sd=-1, n=3,
              desc="The `yard` path segment and the `tonnes` form field of `/yards/<yard>/reorder` are interpolated into a command executed by the shell."),
            F("UPLOAD-FILENAME-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=0, sd=-2, n=3),
            F("UPLOAD-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload",
              "Allow only image content types and extensions, and limit the upload size.", d=0),
            F("MAP-SSRF", "HIGH", "Server-Side Request Forgery", "Server-Side Request Forgery in Map Endpoint",
              "Do not let clients choose the tile server.", d=-2,
              desc="The `tiles` parameter lets a client make the server request internal addresses such as cloud metadata endpoints."),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Use `yaml.safe_load`.", d=0, sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "Injection", "CSV Formula Injection in Sheet Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a single quote.", d=0),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Verbose Error Messages",
              "Return a generic error message.", d=0),
            F("DEBUG-DEFAULT-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled by Default",
              "Disable debug mode in production.", d=0),
        ], wrap="list"),
        """
        **Reliability and logic findings**
        """,
        Block([
            U({"severity": "INFO", "category": "Maintainability", "description": "The module has no type hints and mixes routes with business logic."}),
            F("SHEET-METRES-UNCHECKED", "MEDIUM", "Input Validation", "Missing Validation of Day Sheet Metres",
              "Reject non-positive values.", d=0, sd=-1, n=3),
            F("YARD-STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Yard Stock Updates",
              "Use `_yard_lock` in `draw_stone`.", d=0, sd=-1, n=3,
              desc="`_yard_lock` exists and is used by `/yards`, but `draw_stone` updates the shared dictionary without it; under a threaded server concurrent updates are lost."),
            F("ORDER-EXIT-IGNORED", "MEDIUM", "Error Handling", "Quarry Order Failures Are Ignored",
              "Use `check=True` and log or surface the failure.", d=0),
            F("INVOICE-RANGE-EXCLUSIVE", "HIGH", "Logic Error", "Invoice Date Range Excludes Boundary Days",
              "Use inclusive comparisons.", d=-1),
            F("WEATHER-STAMPEDE", "LOW", "Caching", "Weather Cache Is Not Thread-Safe",
              "Protect the cache with a lock.", d=+2, sd=0, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CREW-KEY-FAIL-OPEN", "error", "security", "crew key check passes when env var missing", "fail closed"),
            F("JOBS-ORDER-SQLI", "error", "security", "sql injection via order", "whitelist columns"),
            F("PHOTO-PATH-TRAVERSAL", "error", "security", "path traversal in get_photo", "send_from_directory", d=-1),
            F("YAML-UNSAFE-LOAD", "error", "security", "unsafe yaml.load", "safe_load"),
            F("DEBUG-DEFAULT-ON", "warning", "security", "debug on by default", "default off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("REORDER-REPEATS", "warning", "", "reorders again on every sheet below threshold", "track pending orders"),
            F("CSV-FORMULA", "info", "security", "csv export not escaped for formulas", "prefix ' on = + - @"),
            F("TALLY-DIV-ZERO", "warning", "bug", "division by zero in tally", "guard metres == 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: the crew key check fails open and is not constant-time.
        2. Injection: SQL (sort order), shell (quarry order), YAML deserialization, SSRF.
        3. File handling: path traversal on photo upload and download, unrestricted upload type.
        4. Concurrency: stone stock and the weather cache are shared without locking.
        5. Correctness: paging, invoice date range, day-sheet validation, crew tally.
        6. Configuration: debug mode on by default, errors leaked.
        """,
        Block([
            F("CREW-KEY-FAIL-OPEN", "blocker", "security", "Authentication bypass when the crew key is not configured",
              "Require the environment variable at startup.", conf=0.9),
            F("CREW-KEY-TIMING", "minor", "security", "Non constant-time comparison of the crew key",
              "Use hmac.compare_digest.", conf=0.6),
            F("JOBS-ORDER-SQLI", "blocker", "security", "SQL injection via the order parameter",
              "Whitelist the ORDER BY column.", conf=0.9),
            F("JOBS-PAGE-SKIP", "major", "correctness", "Pagination offset is off by one page",
              "Subtract one from the page number.", conf=0.8),
            F("SHEET-TONNES-UNCHECKED", "major", "correctness", "Tonnes on a day sheet are not validated",
              "Reject negative tonnes.", d=-1, conf=0.7,
              desc="The metres and tonnes values of a day sheet are taken from the body as floats; a negative tonnes value increases the yard stock when it is drawn."),
            F("YARD-STOCK-RACE", "major", "concurrency", "Unsynchronized update of the shared yard stock",
              "Acquire _yard_lock in draw_stone.", conf=0.8),
            F("ORDER-SHELL-INJECTION", "blocker", "security", "Command injection in order_stone",
              "Avoid shell=True.", conf=0.9),
            F("INVOICE-RANGE-EXCLUSIVE", "major", "correctness", "Invoice query excludes the start and end dates",
              "Use >= and <=.", conf=0.8),
            F("UPLOAD-FILENAME-TRAVERSAL", "major", "security", "Path traversal in photo upload filename",
              "Sanitize the filename.", conf=0.85),
            F("UPLOAD-ANY-TYPE", "minor", "security", "No validation of uploaded file type",
              "Check the extension and MIME type.", conf=0.6),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Path traversal in photo download",
              "Validate the name parameter.", conf=0.85),
            F("MAP-SSRF", "major", "security", "Server-side request forgery through the tiles parameter",
              "Use a fixed tile server URL.", conf=0.8),
            F("WEATHER-STAMPEDE", "minor", "performance", "Concurrent requests refresh the weather cache simultaneously",
              "Use a lock around the refresh.", conf=0.6),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML loading of imported farms",
              "Use yaml.safe_load.", conf=0.9),
            F("TALLY-SKIPS-LATEST", "major", "correctness", "Crew tally ignores the newest day sheet",
              "Slice from index 0.", d=-2, conf=0.75),
            F("ERROR-LEAK", "minor", "security", "Exception details returned in error responses",
              "Return a generic message.", conf=0.7),
            F("DEBUG-DEFAULT-ON", "major", "security", "Flask debug mode enabled by default",
              "Default to debug off.", conf=0.85),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 9 major, 4 minor"),
    ]),
}

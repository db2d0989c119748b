"""test111/py-fossilgrid: a palaeontology dig's grid squares, find records and volunteer shifts (Python, Flask).

Frozen test split test111 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code, its
results or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test111: seeded problems in a dig-site desk; five agents' answers written by hand."
)

A = "digsite/app.py"
PROBLEMS = {
    "CREW-KEY-IN-QUERY": P(A, 'or request.args.get("key", "")', "security",
                           "crew key also accepted from the ?key= query string (ends up in logs, history, referers)"),
    "CREW-FAIL-OPEN": P(A, "if CREW_KEY and key != CREW_KEY:", "security",
                        "crew_only lets every request through when DIG_CREW_KEY is unset", "signature-vs-statement"),
    "CREW-KEY-TIMING": P(A, "if CREW_KEY and key != CREW_KEY:", "security",
                         "crew key compared with != instead of a constant-time compare"),
    "GRID-BOUNDS": P(A, "if col < 0 or col > GRID_SIZE or row < 0 or row > GRID_SIZE:", "bug",
                     "> instead of >=: column U and row 21 (outside the 20x20 grid) are accepted", "off-by-one"),
    "SQUARES-WHO-SQLI": P(A, "supervisor LIKE '%{who}%'", "security",
                          "supervisor query value formatted into the LIKE clause (SQL injection)", "source-vs-sink"),
    "SQUARES-ORDER-SQLI": P(A, 'f" ORDER BY {order}"', "security",
                            "order query value formatted into ORDER BY (SQL injection)", "source-vs-sink"),
    "FIND-SQUARE-UNCHECKED": P(A, 'square = body["square"]', "bug",
                               "a find may name any square: not parsed, not checked to exist or be open"),
    "FIND-DEPTH-UNCHECKED": P(A, 'depth = float(body["depth_cm"])', "bug",
                              "depth accepted unvalidated: negative, nan or inf depths are stored"),
    "TALLY-RACE": P(A, "_tally[square] = count + 1", "bug",
                    "_tally read-modify-write without _tally_lock: lost counts and duplicate first-find notices",
                    "critical-section"),
    "TALLY-NEVER-RESET": P(A, "count = _tally.get(square, 0)", "bug",
                           "the 'today' tally is never reset: after day one there is no first-find notice and the count is cumulative"),
    "NOTIFY-SHELL": P(A, "subprocess.run(f\"dig-notify 'first find of the day in {square}'\", shell=True)", "security",
                      "square from the request body interpolated into a shell command", "signature-vs-statement"),
    "NOTIFY-BLOCKING": P(A, "subprocess.run(f\"dig-notify 'first find of the day in {square}'\", shell=True)", "bug",
                         "notifier run synchronously in the request without a timeout or exit check: a hung gateway hangs find logging"),
    "FINDS-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                           "pages start at 1 but offset = page * size: the first page of finds is never returned",
                           "off-by-one"),
    "FINDS-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE))', "performance",
                              "page size not capped: ?size=1000000 dumps the whole finds table"),
    "DETAIL-NO-AUTH": P(A, 'row = get_db().execute("SELECT * FROM finds WHERE id = ?"', "security",
                        "find_detail has no crew_only: exact find positions, notes and finders public", "signature-vs-statement"),
    "DETAIL-MISSING-ID": P(A, "return jsonify(dict(row))", "bug",
                           "unknown id: fetchone() is None and dict(None) raises, 500 instead of 404"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name)", "security",
                         "?file= joined to PHOTO_DIR unchecked: any file readable", "source-vs-sink"),
    "UPLOAD-FILENAME-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, photo.filename))", "security",
                                   "client filename used as the save path: ../ writes anywhere"),
    "UPLOAD-OVERWRITES": P(A, "photo.save(os.path.join(PHOTO_DIR, photo.filename))", "bug",
                           "photos saved under the camera's file name, not the find id: IMG_0001.jpg of one find replaces another's"),
    "BAND-SKIPS-FIRST": P(A, "for i in range(1, len(bands)):", "bug",
                          "depth_band starts at 1: finds in the top band are counted in band 1", "off-by-one"),
    "SHIFT-RACE": P(A, 'taken = db.execute("SELECT COUNT(*) FROM shifts', "bug",
                    "count then insert without a transaction: two bookings can both take the last place",
                    "critical-section"),
    "SHIFT-CAP": P(A, "if taken > MAX_PER_SHIFT:", "bug",
                   "> instead of >=: a seventh volunteer is booked on a six-person shift", "off-by-one"),
    "PLAN-STAMPEDE": P(A, 'rows = get_db().execute("SELECT label, status FROM squares ORDER BY label")', "performance",
                       "unsynchronised cache refresh: concurrent requests all rebuild the plan and race on _plan_cache",
                       "critical-section"),
    "IMPORT-YAML": P(A, "data = yaml.load(request.data, Loader=yaml.Loader)", "security",
                     "yaml.Loader on request data: arbitrary object construction"),
}

CONFUSABLE = [
    ("CREW-FAIL-OPEN", "CREW-KEY-TIMING"),
    ("CREW-FAIL-OPEN", "CREW-KEY-IN-QUERY"),
    ("CREW-KEY-TIMING", "CREW-KEY-IN-QUERY"),
    ("SQUARES-WHO-SQLI", "SQUARES-ORDER-SQLI"),
    ("FIND-SQUARE-UNCHECKED", "FIND-DEPTH-UNCHECKED"),
    ("TALLY-RACE", "TALLY-NEVER-RESET"),
    ("NOTIFY-SHELL", "NOTIFY-BLOCKING"),
    ("FINDS-PAGE-OFFSET", "FINDS-SIZE-UNBOUNDED"),
    ("DETAIL-NO-AUTH", "DETAIL-MISSING-ID"),
    ("UPLOAD-FILENAME-TRAVERSAL", "UPLOAD-OVERWRITES"),
    ("SHIFT-RACE", "SHIFT-CAP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `digsite/app.py`, the whole of the dig-site service. It is compact and mostly uses bound SQL
        parameters, and some parts are done carefully: `director_only` fails closed and compares with
        `hmac.compare_digest`, `/tally` copies the counter under `_tally_lock`, `open_square` turns a bad label
        into a 404, and `/squares/<label>/stats` guards the mean against an empty square. The crew-facing side is
        much weaker.

        **Summary**

        1. `crew_only` is the gate for almost every route and it fails open, compares non-constantly and takes the
           key from the query string.
        2. `/squares` builds SQL from two query values; `/finds/<id>/photo` reads arbitrary files; the first-find
           notifier runs a shell command built from request data; `/import` uses the unsafe YAML loader.
        3. Concurrency: the daily tally, the shift capacity check and the plan cache are all check-then-act
           without a lock or transaction.
        4. Boundaries: grid bounds, the shift cap, finds paging and depth bands are each off by one.
        """,
        Block([
            F("CREW-FAIL-OPEN", "critical", "security", "`crew_only` allows every request when `DIG_CREW_KEY` is unset",
              "Fail closed like `director_only`: `if not CREW_KEY or not hmac.compare_digest(key, CREW_KEY): abort(401)`.",
              symbol="crew_only.wrapper", conf=0.9,
              desc="`if CREW_KEY and ...` short-circuits to False when the variable is empty, so a tent laptop started without the environment file serves finds, photos and shifts to anyone on the camp wifi."),
            F("CREW-KEY-TIMING", "low", "security", "Crew key compared with `!=` (timing side channel)",
              "Use `hmac.compare_digest`, as the director check already does.", symbol="crew_only.wrapper", conf=0.55),
            F("CREW-KEY-IN-QUERY", "medium", "security", "Crew key accepted from the `?key=` query parameter",
              "Accept the key only from the `X-Crew-Key` header; query strings end up in access logs and browser history.",
              symbol="crew_only.wrapper", conf=0.7),
            F("SQUARES-WHO-SQLI", "high", "security", "SQL injection through `supervisor` in `GET /squares`",
              "Bind it: `supervisor LIKE ?` with `f\"%{who}%\"` as a parameter.", symbol="list_squares", conf=0.95),
            F("SQUARES-ORDER-SQLI", "high", "security", "SQL injection through `order` in `GET /squares`",
              "Map `order` through an allow-list (`{\"label\", \"status\", \"supervisor\"}`) before building ORDER BY.",
              symbol="list_squares", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /finds/<id>/photo` via `file`",
              "Drop the parameter and serve `f\"{find_id}.jpg\"`, or use `flask.safe_join`/`send_from_directory`.",
              symbol="find_photo", conf=0.9),
            F("NOTIFY-SHELL", "high", "security", "Shell command built from the find's square in `_notify_first_find`",
              "Call `subprocess.run([\"dig-notify\", f\"first find of the day in {square}\"], timeout=10)` without `shell=True`; validate `square` with `parse_square` first.",
              symbol="_notify_first_find", conf=0.85),
            F("IMPORT-YAML", "high", "security", "`yaml.Loader` on uploaded tablet data allows object construction",
              "Use `yaml.safe_load(request.data)`.", symbol="import_tablet", conf=0.85),
            F("UPLOAD-FILENAME-TRAVERSAL", "medium", "security", "Uploaded photo saved under the client-supplied filename",
              "Save as `f\"{find_id}.jpg\"` (or `secure_filename`); a name with `../` writes outside `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.8),
            F("UPLOAD-OVERWRITES", "medium", "bug", "Photos of different finds overwrite each other",
              "Key the stored file by `find_id`; camera names such as `IMG_0001.jpg` repeat across tablets, so a later upload silently replaces another find's photo.",
              symbol="upload_photo", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TALLY-RACE", "medium", "bug", "Daily tally updated without `_tally_lock`",
              "Do the read-modify-write under `with _tally_lock:` and decide `first` inside the lock; today two finds logged together can both see `count == 0` and both notify, or lose an increment.",
              d=-1, n=2, symbol="log_find", conf=0.8),
            F("FIND-SQUARE-UNCHECKED", "medium", "bug", "Finds can be logged against squares that do not exist or are closed",
              "Run `parse_square` on `body[\"square\"]` and check the square is open before inserting.",
              symbol="log_find", conf=0.7),
            F("FIND-DEPTH-UNCHECKED", "low", "bug", "`depth_cm` is not validated",
              "Reject negative and non-finite values (`float('nan')` parses fine and breaks the band statistics).",
              symbol="log_find", conf=0.6),
            F("SHIFT-CAP", "medium", "bug", "Shift capacity check lets a seventh volunteer in",
              "`taken >= MAX_PER_SHIFT`; with 6 already booked `6 > 6` is false.", symbol="book_shift", conf=0.9),
            F("SHIFT-RACE", "medium", "bug", "Shift booking counts and inserts without a transaction",
              "Wrap the count and insert in `BEGIN IMMEDIATE` (or enforce the cap in SQL) so two requests cannot both take the last place.",
              symbol="book_shift", conf=0.75),
            F("GRID-BOUNDS", "low", "bug", "`parse_square` accepts column U and row 21",
              "Use `col >= GRID_SIZE` and `row >= GRID_SIZE`; the grid is 0..19 on both axes.", symbol="parse_square", conf=0.85),
            F("FINDS-PAGE-OFFSET", "medium", "bug", "`GET /finds` never returns the first page",
              "`offset = (page - 1) * size` (pages start at 1).", symbol="list_finds", conf=0.9),
            F("FINDS-SIZE-UNBOUNDED", "low", "performance", "Unbounded `size` in `GET /finds`",
              "Clamp to e.g. `min(size, 100)`.", symbol="list_finds", conf=0.6),
            F("DETAIL-NO-AUTH", "medium", "security", "`GET /finds/<id>` is not behind `crew_only`",
              "Add `@crew_only`; the row carries the exact square and depth of each fossil and the finder's name, which the site keeps off public pages.",
              d=-1, symbol="find_detail", conf=0.8),
            F("BAND-SKIPS-FIRST", "medium", "bug", "`depth_band` never returns band 0",
              "Iterate `range(len(bands))`; a find at 5 cm is counted in the 10–30 cm band.", symbol="depth_band", conf=0.85),
            F("PLAN-STAMPEDE", "low", "performance", "Plan cache refresh is not synchronised",
              "Guard the refresh with a lock (or serve the stale value while one thread refreshes); after expiry every concurrent request queries SQLite and writes `_plan_cache`.",
              d=-1, n=2, symbol="site_plan", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CREW-FAIL-OPEN", "high", "security", "crew_only fails open when DIG_CREW_KEY is empty",
              "Require the key; compare_digest.", d=-2),
            F("SQUARES-WHO-SQLI", "high", "security", "SQL injection: supervisor param concatenated into LIKE",
              "Parameterise.", d=-2),
            F("SQUARES-ORDER-SQLI", "high", "security", "SQL injection: order param in ORDER BY",
              "Allow-list column names.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file= on photo endpoint",
              "Ignore client path; serve find_id.jpg.", d=-1),
            F("NOTIFY-SHELL", "high", "security", "shell=True with request-controlled square in _notify_first_find",
              "argv list, no shell.", d=-2),
            F("NOTIFY-BLOCKING", "medium", "bug", "dig-notify runs inline with no timeout; request blocks on SMS gateway",
              "timeout= or background queue; check returncode."),
            F("IMPORT-YAML", "high", "security", "yaml.load with yaml.Loader on request body", "yaml.safe_load."),
            F("TALLY-RACE", "medium", "bug", "Unsynchronised _tally update (lost increments, double notify)",
              "Hold _tally_lock.", d=-1),
            F("FINDS-PAGE-OFFSET", "medium", "bug", "Paging skips first page: offset uses page instead of page-1",
              "(page - 1) * size."),
            F("DETAIL-NO-AUTH", "medium", "security", "GET /finds/<id> unauthenticated", "Add crew_only."),
            F("DETAIL-MISSING-ID", "low", "bug", "dict(None) -> 500 on unknown find id", "abort(404) when row is None."),
            F("SHIFT-CAP", "medium", "bug", "Capacity check off by one (> vs >=)", "taken >= MAX_PER_SHIFT."),
            F("SHIFT-RACE", "medium", "bug", "Capacity check and insert are not atomic", "Single transaction / BEGIN IMMEDIATE.", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the dig-site application in `digsite/app.py`. It is a Flask service that manages the
        excavation grid, the find records logged by the crew tablets, photo storage and the volunteer shift rota,
        backed by a single SQLite database.

        **Overall assessment**

        The application has several serious security weaknesses. The most important is the crew authentication
        decorator, which protects nearly every endpoint but does not fail closed. Several endpoints also pass
        request values directly into SQL, the filesystem and the shell.

        **Security findings**
        """,
        Block([
            F("CREW-FAIL-OPEN", "CRITICAL", "Broken Authentication", "Crew Authentication Bypass When Key Is Not Configured",
              "Reject requests when `CREW_KEY` is empty, as `director_only` does.", sd=-2, n=3,
              desc="If the `DIG_CREW_KEY` environment variable is not set, `CREW_KEY` is an empty string and the condition is never true, so all crew endpoints become public."),
            F("CREW-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest` for the comparison."),
            F("SQUARES-WHO-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Square Listing",
              "Use parameterized queries for the supervisor filter.", sd=-2, n=3,
              desc="The `supervisor` parameter is embedded into the SQL string with an f-string, so a value such as `' OR 1=1 --` changes the query."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Find Photo Download",
              "Use `send_from_directory` and do not accept a file name from the client.", sd=-2, n=3),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in First-Find Notification",
              "Pass the command as a list and avoid `shell=True`.", sd=-2, n=3,
              desc="The `square` value comes straight from the JSON body of `POST /finds` and is placed inside a shell command line."),
            F("UPLOAD-FILENAME-TRAVERSAL", "HIGH", "Unrestricted File Upload", "Unsanitized Upload File Name",
              "Use `werkzeug.utils.secure_filename` or generate the name on the server."),
            F("IMPORT-YAML", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Tablet Import",
              "Use `yaml.safe_load`."),
            F("DETAIL-NO-AUTH", "MEDIUM", "Broken Access Control", "Find Details Exposed Without Authentication",
              "Apply the `crew_only` decorator to `find_detail`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and logic findings**

        In addition to the security issues, I noticed the following problems with data integrity and concurrency:
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider splitting app.py into blueprints for squares, finds and shifts."}),
            F("TALLY-RACE", "MEDIUM", "Race Condition", "Race Condition on the Daily Find Tally",
              "Use `_tally_lock` when updating the tally.", sd=-2, n=3,
              desc="`_tally` is shared between request threads (`threaded=True`) but only `/tally` takes the lock."),
            F("FIND-DEPTH-UNCHECKED", "LOW", "Input Validation", "Missing Validation of Find Depth",
              "Validate that `depth_cm` is a finite, non-negative number."),
            F("FINDS-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Find Listing",
              "Limit the maximum `size`."),
            F("SHIFT-CAP", "MEDIUM", "Logic Error", "Shift Capacity Can Be Exceeded",
              "Use `>=` in the capacity check.", sd=-2, n=3),
            F("SHIFT-RACE", "MEDIUM", "Race Condition", "Concurrent Shift Bookings Can Overbook",
              "Perform the count and insert inside one transaction.", d=+3),
            F("GRID-BOUNDS", "LOW", "Logic Error", "Grid Square Validation Allows Out-of-Range Squares",
              "Compare with `>=` against `GRID_SIZE`.", sd=-2, n=3),
            F("PLAN-STAMPEDE", "LOW", "Caching", "Cache Stampede on Site Plan",
              "Protect the cache refresh with a lock."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CREW-FAIL-OPEN", "error", "security", "crew auth skipped if DIG_CREW_KEY unset", "fail closed"),
            F("SQUARES-WHO-SQLI", "error", "security", "sqli in supervisor filter", "bind param"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in photo download", "send_from_directory"),
            F("NOTIFY-SHELL", "error", "security", "shell injection in dig-notify call", "no shell=True"),
            F("UPLOAD-FILENAME-TRAVERSAL", "warning", "security", "upload uses client filename", "secure_filename"),
            F("IMPORT-YAML", "error", "security", "unsafe yaml.load", "safe_load"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TALLY-NEVER-RESET", "warning", "", "tally never reset, first-find notice only fires once per square ever",
              "reset per day (key by date)"),
            F("GRID-BOUNDS", "warning", "bug", "square bounds check off by one, U/21 accepted", "use >= GRID_SIZE", d=-1),
            F("FINDS-PAGE-OFFSET", "warning", "bug", "page 1 skips the first results", "(page-1)*size", d=-2),
            F("SHIFT-CAP", "warning", "bug", "shift cap allows max+1", ">= not >", d=-1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Authentication**: the crew key check fails open, uses a plain string comparison and accepts the key in the URL.
        2. **Injection**: SQL injection in `/squares`, command injection in the first-find notifier, unsafe YAML import.
        3. **File handling**: path traversal when reading photos.
        4. **Concurrency**: shift booking and the plan cache are not synchronised.
        5. **Correctness**: several off-by-one and validation errors.
        """,
        Block([
            F("CREW-FAIL-OPEN", "blocker", "security", "Crew authentication disabled when DIG_CREW_KEY is not set",
              "Deny access when the key is not configured.", conf=0.9),
            F("CREW-KEY-TIMING", "minor", "security", "Crew key comparison is not constant-time",
              "Use hmac.compare_digest.", conf=0.6),
            F("CREW-KEY-IN-QUERY", "major", "security", "Crew key can be passed as a URL query parameter",
              "Only read the key from the header.", conf=0.7),
            F("SQUARES-WHO-SQLI", "blocker", "security", "SQL injection via the supervisor filter",
              "Use a bound parameter for the LIKE pattern.", conf=0.9),
            F("SQUARES-ORDER-SQLI", "blocker", "security", "SQL injection via the order parameter",
              "Validate order against known columns.", conf=0.85),
            F("FIND-SQUARE-UNCHECKED", "major", "correctness", "Find square is not validated",
              "Validate the square label with parse_square and check it exists.", conf=0.7),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection in _notify_first_find",
              "Use an argument list.", conf=0.85),
            F("NOTIFY-BLOCKING", "minor", "reliability", "Notification subprocess has no timeout",
              "Add a timeout and run it in the background.", conf=0.6),
            F("TALLY-RACE", "major", "concurrency", "Tally update is not thread-safe",
              "Use _tally_lock around the update.", d=+1, conf=0.75),
            F("DETAIL-NO-AUTH", "major", "security", "Find detail endpoint has no authentication",
              "Add @crew_only.", d=-2, conf=0.75),
            F("DETAIL-MISSING-ID", "minor", "correctness", "Unknown find id causes an internal server error",
              "Return 404 when the query returns no row.", d=-1, conf=0.7),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo download", "Sanitize the file name.", conf=0.85),
            F("BAND-SKIPS-FIRST", "major", "correctness", "Off-by-one in depth band calculation: band 0 is never used",
              "Start the loop at index 0.", d=+1, conf=0.8),
            F("SHIFT-RACE", "major", "concurrency", "Race condition in shift booking",
              "Use a transaction with an immediate lock.", conf=0.7),
            F("PLAN-STAMPEDE", "minor", "performance", "Site plan cache refreshed concurrently by many requests",
              "Use a lock around the refresh.", d=+2, conf=0.6),
            F("IMPORT-YAML", "blocker", "security", "Unsafe YAML loading", "Use yaml.safe_load.", conf=0.9),
        ], wrap="object+summary", summary="16 issues: 6 blocker, 6 major, 4 minor"),
    ]),
}

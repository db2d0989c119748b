"""test45/py-broodbox: a club apiary's hive inspection log, queen records and honey extraction batches (Python,
Flask + SQLite). Frozen test split test45; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general sections and test37 section, the builders and specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test45: seeded problems in a small Flask service for a club apiary (hive inspections, "
    "queen status, honey extraction batches); five agents' answers written by hand."
)

A = "broodbox/app.py"
PROBLEMS = {
    "INSPECTOR-FAILS-OPEN": P(A, "if INSPECTOR_KEY and key != INSPECTOR_KEY:", "security",
                              "inspector check is skipped entirely when BROODBOX_INSPECTOR_KEY is unset (fails open)",
                              "signature-vs-statement"),
    "INSPECTOR-KEY-TIMING": P(A, "if INSPECTOR_KEY and key != INSPECTOR_KEY:", "security",
                              "inspector key compared with != instead of a constant-time compare (chair_required uses hmac)"),
    "INSPECTOR-NAME-SPOOF": P(A, 'g.inspector = request.headers.get("X-Inspector-Name", "unknown")', "security",
                              "the inspector recorded on every inspection and batch is whatever X-Inspector-Name says"),
    "HIVES-SORT-SQLI": P(A, 'ORDER BY {sort}", (apiary,)', "security",
                         "sort query value formatted into ORDER BY (SQL injection); apiary is bound correctly",
                         "source-vs-sink"),
    "STATS-RACE": P(A, 'stats["inspections"] += 1', "bug",
                    "_bump_stats updates the shared per-hive counters without _stats_lock (lost updates, torn mean)",
                    "critical-section"),
    "QCELL-FRAME-ZERO": P(A, "if n < 0 or n > MAX_FRAMES:", "bug",
                          "frame 0 passes the range check and cells[n - 1] counts it on the last frame (frames are 1-10)",
                          "off-by-one"),
    "MITE-ZERO-DIV": P(A, 'mite_rate = mites / int(payload.get("bees_sampled", 300)) * 100', "bug",
                       "bees_sampled of 0 divides by zero (500); the value is not validated"),
    "QUEEN-COLUMN-SQLI": P(A, 'db.execute(f"UPDATE hives SET {field} = ? WHERE id = ?"', "security",
                           "JSON keys are formatted into UPDATE ... SET {field} (SQL injection through a key)"),
    "QUEEN-MASS-ASSIGN": P(A, 'db.execute(f"UPDATE hives SET {field} = ? WHERE id = ?"', "security",
                           "every key of the body is written to the hive row (apiary, keeper_id, name ...), not just queen_status"),
    "DELETE-ANY-INSPECTION": P(A, 'db.execute("DELETE FROM inspections WHERE id = ?", (inspection_id,))', "security",
                               "any inspector deletes any inspection record (no check of who wrote it, no chair role)",
                               "signature-vs-statement"),
    "SUPER-SKIPPED": P(A, "for i in range(1, len(supers)):", "bug",
                       "range starts at 1: the first super's honey is never counted in the batch weight", "off-by-one"),
    "NEGATIVE-NET": P(A, 'net_g += supers[i]["gross_g"] - SUPER_TARE_G', "bug",
                      "gross below the tare (or a negative gross) subtracts from the batch; weights not validated"),
    "MOISTURE-NAN": P(A, "if moisture > MOISTURE_LIMIT:", "bug",
                      "float('nan') (or 'inf' handling) passes the moisture check: NaN > limit is False"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance",
                             "page size from the query is not capped (size=10000000 loads every batch)"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug",
                     "pages are 1-based but offset = page * size: page 1 skips the newest batches", "off-by-one"),
    "LABEL-COPIES-UNBOUNDED": P(A, 'copies = int(request.form.get("copies", 1))', "bug",
                                "label copies not bounded (negative or thousands of labels sent to the printer)"),
    "LABEL-SHELL": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True)', "security",
                     "printer form value formatted into a shell command (command injection)", "source-vs-sink"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security",
                         "file query value joined to PHOTO_DIR: ../ or an absolute path reads any file", "source-vs-sink"),
    "WEIGHT-CACHE-RACE": P(A, "summary = _weigh(hive_id)", "bug",
                           "weight cache check-then-fill without a lock: concurrent misses all recompute and an older "
                           "summary can overwrite a newer one", "critical-section"),
    "WEIGHT-CACHE-UNBOUNDED": P(A, "_weight_cache[hive_id] = (now, summary)", "performance",
                                "cache entries are never evicted and any integer hive id adds one (memory growth)"),
    "BOARD-PHONE-LEAK": P(A, "k.name AS keeper, k.phone FROM hives h", "security",
                          "unauthenticated public board returns keepers' names and phone numbers with apiary locations"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["hive_id"], r["day"], r["inspector"], r["mite_rate"], r["notes"]])', "security",
                     "free-text notes exported to CSV unescaped (spreadsheet formula injection)"),
    "IMPORT-PICKLE": P(A, "records = pickle.loads(blob)", "security",
                       "request body unpickled: code execution for anyone holding (or guessing) the chair key",
                       "signature-vs-statement"),
    "ERROR-SWALLOWS-HTTP": P(A, "@app.errorhandler(Exception)", "bug",
                             "the catch-all handler also catches HTTPException: every abort(400/401/403/422) becomes a 500"),
    "ERROR-TRACE-LEAK": P(A, "trace=traceback.format_exc()), 500", "security",
                          "error responses carry the exception text and full traceback"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8045, debug=True)', "security",
                      "debug server (Werkzeug debugger) bound to all interfaces"),
}

CONFUSABLE = [
    ("INSPECTOR-FAILS-OPEN", "INSPECTOR-KEY-TIMING"),
    ("INSPECTOR-FAILS-OPEN", "INSPECTOR-NAME-SPOOF"),
    ("INSPECTOR-KEY-TIMING", "INSPECTOR-NAME-SPOOF"),
    ("QUEEN-COLUMN-SQLI", "QUEEN-MASS-ASSIGN"),
    ("SUPER-SKIPPED", "NEGATIVE-NET"),
    ("NEGATIVE-NET", "MOISTURE-NAN"),
    ("SUPER-SKIPPED", "MOISTURE-NAN"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("LABEL-COPIES-UNBOUNDED", "LABEL-SHELL"),
    ("WEIGHT-CACHE-RACE", "WEIGHT-CACHE-UNBOUNDED"),
    ("ERROR-SWALLOWS-HTTP", "ERROR-TRACE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read through `broodbox/app.py` end to end (it is the whole service). Overall it is a compact Flask app, and
        several things are done right: `chair_required` fails closed and uses `hmac.compare_digest`, the stats
        endpoint copies the counters under `_stats_lock`, and most queries bind their parameters. The problems
        cluster around the inspector role and around request values that reach SQL, the shell or the filesystem.

        **Summary**

        1. The inspector gate is open whenever `BROODBOX_INSPECTOR_KEY` is not set, and the recorded inspector name
           is taken from a header.
        2. Three injection paths: `sort` into `ORDER BY`, body keys into `UPDATE ... SET`, `printer` into `lp`.
        3. `/import` unpickles the request body and `/hives/<id>/photo` serves any file.
        4. Batch weights and paging have off-by-one errors; the frame check lets frame 0 through.
        5. Two unsynchronised shared structures (`_hive_stats`, `_weight_cache`).

        Security first:
        """,
        Block([
            F("INSPECTOR-FAILS-OPEN", "critical", "security", "Inspector authentication is disabled when the key is unset",
              "Fail closed: `if not INSPECTOR_KEY or not hmac.compare_digest(key.encode(), INSPECTOR_KEY.encode()): abort(401)`, the same shape as `chair_required`.",
              symbol="inspector_required.wrapper", conf=0.9),
            F("INSPECTOR-NAME-SPOOF", "medium", "security", "Inspector identity comes from an unauthenticated header",
              "Derive the inspector from the key (one key per inspector) instead of trusting `X-Inspector-Name`; today every record can be attributed to anyone.",
              symbol="inspector_required.wrapper", conf=0.75),
            F("HIVES-SORT-SQLI", "high", "security", "SQL injection through the `sort` parameter of `GET /hives`",
              "Map `sort` onto an allow-list of column names (`{\"name\", \"frames\", \"queen_status\"}`) before building the query.",
              symbol="list_hives", conf=0.9),
            F("QUEEN-COLUMN-SQLI", "high", "security", "Column names from the request body are interpolated into `UPDATE hives SET`",
              "Never format identifiers from input; update `queen_status` (and an explicit list of queen fields) with a fixed statement.",
              symbol="update_queen", conf=0.85),
            F("QUEEN-MASS-ASSIGN", "medium", "security", "`update_queen` writes every key of the payload to the hive row",
              "Only `queen_status` is validated; `apiary`, `keeper_id` or `name` are overwritten too. Restrict the update to the queen fields.",
              symbol="update_queen", conf=0.8),
            F("LABEL-SHELL", "critical", "security", "Command injection via the `printer` form field",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), label], check=True)` and validate `printer` against the configured printers.",
              symbol="print_labels", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in the hive photo endpoint",
              "Use `flask.send_from_directory(PHOTO_DIR, name)` (it rejects `..` and absolute paths).",
              symbol="hive_photo", conf=0.9),
            F("IMPORT-PICKLE", "high", "security", "`/import` deserialises the request body with `pickle`",
              "Accept JSON or CSV and validate each record; `pickle.loads` on a request body is remote code execution for whoever holds the chair key.",
              symbol="import_backup", conf=0.85),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public board exposes keepers' phone numbers",
              "Drop `k.phone` (and probably the keeper name) from the unauthenticated `/board` query.",
              d=-1, sd=-1, symbol="public_board", conf=0.7),
            F("ERROR-TRACE-LEAK", "medium", "security", "Tracebacks are returned to clients",
              "Log the traceback server-side and return a generic message.", symbol="on_error", conf=0.8),
            F("DEBUG-SERVER", "medium", "security", "Debug server bound to 0.0.0.0",
              "Run behind a WSGI server; never enable `debug=True` on a reachable interface.", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("QCELL-FRAME-ZERO", "medium", "bug", "Frame 0 passes validation and is counted on frame 10",
              "Frames are numbered 1..MAX_FRAMES; check `1 <= n <= MAX_FRAMES` (today `cells[-1]` is incremented for n=0).",
              symbol="record_inspection", conf=0.8),
            F("MITE-ZERO-DIV", "low", "bug", "`bees_sampled=0` raises ZeroDivisionError",
              "Validate `bees_sampled > 0` and return 400.", symbol="record_inspection", conf=0.7),
            F("STATS-RACE", "medium", "bug", "`_bump_stats` mutates shared counters without the lock",
              "Take `_stats_lock` around the setdefault and both increments; the reader already uses it.",
              d=-1, n=3, symbol="_bump_stats", conf=0.8),
            F("SUPER-SKIPPED", "high", "bug", "Batch weight ignores the first super",
              "Iterate over all supers: `for s in supers: net_g += s[\"gross_g\"] - SUPER_TARE_G`.",
              symbol="record_batch", conf=0.9),
            F("NEGATIVE-NET", "low", "bug", "Super weights are not validated; a light super reduces the batch",
              "Reject `gross_g < SUPER_TARE_G` (or clamp at zero) so a mis-weighed super cannot make `net_g` negative.",
              symbol="record_batch", conf=0.6),
            F("PAGE-OFFSET", "medium", "bug", "`GET /batches` skips the first page",
              "Use `offset = (page - 1) * size` and reject `page < 1`.", symbol="list_batches", conf=0.85),
            F("WEIGHT-CACHE-RACE", "low", "performance", "Weight cache is filled without synchronisation",
              "Concurrent misses for the same hive all run `_weigh`; guard the check-and-fill with a lock (or a per-hive lock) so only one request recomputes.",
              d=-2, symbol="hive_weight", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed broodbox/app.py. Tests not run (no test suite in repo).",
        Block([
            F("INSPECTOR-FAILS-OPEN", "high", "security", "inspector_required accepts any request when BROODBOX_INSPECTOR_KEY is empty",
              "Fail closed; compare with hmac.compare_digest.", d=-2),
            F("HIVES-SORT-SQLI", "high", "security", "ORDER BY built from request.args['sort']",
              "Whitelist sortable columns.", d=-3),
            F("QUEEN-COLUMN-SQLI", "high", "security", "update_queen formats payload keys into SQL",
              "Fixed UPDATE for queen_status only.", d=-1),
            F("DELETE-ANY-INSPECTION", "medium", "security", "delete_inspection has no ownership or role check",
              "Require chair_required or match inspector.", d=-2),
            F("SUPER-SKIPPED", "high", "bug", "range(1, len(supers)) drops supers[0] from net weight",
              "range(len(supers))."),
            F("PAGE-OFFSET", "medium", "bug", "OFFSET is page*size with 1-based page",
              "(page-1)*size.", d=2, sd=2),
            F("LABEL-SHELL", "critical", "security", "printer from request.form reaches shell=True",
              "argv list, no shell.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "file param joined to PHOTO_DIR unchecked",
              "send_from_directory.", d=-1),
            F("IMPORT-PICKLE", "high", "security", "pickle.loads on request body in import_backup",
              "Use JSON.", d=-2),
            F("WEIGHT-CACHE-RACE", "low", "bug", "_weight_cache check/set not atomic",
              "Lock or functools.lru_cache with TTL wrapper.", d=1),
            F("ERROR-SWALLOWS-HTTP", "medium", "bug", "errorhandler(Exception) turns abort() responses into 500s",
              "Register for HTTPException separately or re-raise it."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `broodbox` application, a Flask service that keeps hive inspection records, queen
        status, honey extraction batches and hive scale readings for an apiary club.

        **Overall Assessment**

        The application has a reasonable structure, but there are significant security vulnerabilities in the way it
        authenticates inspectors and handles user-controlled input. Several endpoints pass request values directly to
        SQL statements, the shell, the filesystem or the `pickle` module. There are also data integrity and
        concurrency issues in the inspection and batch handling.

        **Security Findings**
        """,
        Block([
            F("INSPECTOR-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When Inspector Key Is Not Configured",
              "Deny all requests when `INSPECTOR_KEY` is empty.", sd=-2, n=3,
              desc="If the environment variable is missing, `INSPECTOR_KEY` is an empty string and the condition short-circuits, so every request is treated as an authenticated inspector."),
            F("INSPECTOR-KEY-TIMING", "MEDIUM", "Timing Attack", "Non-Constant-Time Comparison of the Inspector Key",
              "Use `hmac.compare_digest`, as `chair_required` already does.", sd=-2, n=3),
            F("HIVES-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Hive Listing Sort Order",
              "Validate the `sort` parameter against a list of allowed columns.", sd=-2, n=3,
              desc="The `sort` parameter is inserted into the ORDER BY clause with an f-string."),
            F("QUEEN-MASS-ASSIGN", "HIGH", "Mass Assignment", "Unrestricted Field Updates in Queen Status Endpoint",
              "Only allow the queen-related fields to be updated.", sd=-2, n=3,
              desc="The loop writes every key in the JSON body to the `hives` table, so a client can move a hive to another apiary or keeper."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Pass the arguments as a list and avoid `shell=True`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo File Parameter",
              "Use `send_from_directory` or `werkzeug.utils.safe_join`.", sd=-2, n=3),
            F("IMPORT-PICKLE", "HIGH", "Insecure Deserialization", "Insecure Deserialization in Backup Import",
              "Use a safe format such as JSON.", sd=-2, n=3),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Keeper Phone Numbers Exposed on Public Board",
              "Remove personal contact data from the public endpoint.", sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in Inspection Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled on All Interfaces",
              "Disable debug mode in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and caching in one file; consider splitting it into blueprints."}),
            F("STATS-RACE", "MEDIUM", "Race Condition", "Race Condition When Updating Hive Statistics",
              "Acquire `_stats_lock` in `_bump_stats`.", d=1, sd=-1, n=3,
              desc="Flask serves requests on several threads; the read-modify-write of the counters is not atomic, so concurrent inspections lose increments."),
            F("WEIGHT-CACHE-RACE", "MEDIUM", "Performance", "Cache Stampede on Hive Weight Summary",
              "Use a lock so that only one request recomputes an expired entry.", sd=-2, n=3,
              desc="When the cached entry expires, every concurrent request runs the full scale-readings query."),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            F("MOISTURE-NAN", "LOW", "Input Validation", "Moisture Check Can Be Bypassed With NaN",
              "Use `math.isfinite` before comparing against the limit.", sd=-2, n=3,
              desc="`float(\"nan\")` compares false against any number, so a batch with moisture `NaN` is accepted and jarred."),
            F("MITE-ZERO-DIV", "LOW", "Error Handling", "Division by Zero in Mite Rate Calculation",
              "Validate that `bees_sampled` is positive.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("HIVES-SORT-SQLI", "high", "security", "sql injection via sort", "allow-list the column"),
            F("IMPORT-PICKLE", "high", "security", "pickle.loads on request body", "use json"),
            F("LABEL-SHELL", "high", "security", "shell injection in lp call", "list args, no shell"),
            F("QCELL-FRAME-ZERO", "medium", "", "frame 0 writes to cells[-1]", "check n >= 1", d=2),
            F("NEGATIVE-NET", "low", "bug", "net weight can go negative", "validate gross_g >= tare"),
            F("STATS-RACE", "medium", "bug", "stats counters updated without lock", "use _stats_lock", d=1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Authentication**: the inspector check fails open and trusts a client-supplied name.
        2. **Injection**: SQL injection in two endpoints, command injection in label printing, unsafe deserialization.
        3. **Data integrity**: batch weight, pagination and inspection deletion.
        4. **Concurrency**: shared statistics and the weight cache are not synchronized.
        5. **Error handling**: the generic error handler leaks tracebacks and masks HTTP errors.
        """,
        Block([
            F("INSPECTOR-FAILS-OPEN", "blocker", "security", "Inspector authentication bypass when key is not configured",
              "Reject requests if INSPECTOR_KEY is empty.", conf=0.9),
            F("INSPECTOR-NAME-SPOOF", "major", "security", "Inspector name can be spoofed via X-Inspector-Name header",
              "Bind the inspector identity to the credential.", d=-2, conf=0.7,
              desc="Right after the key check the handler stores a caller-chosen name, which is written to every inspection and batch."),
            F("HIVES-SORT-SQLI", "blocker", "security", "SQL injection in hive list ordering",
              "Use a whitelist of columns.", conf=0.9),
            F("QUEEN-COLUMN-SQLI", "blocker", "security", "SQL injection via dynamic column names in queen update",
              "Do not build column names from input.", conf=0.85),
            F("DELETE-ANY-INSPECTION", "major", "security", "Inspection deletion lacks authorization checks",
              "Only allow the chair or the original inspector to delete.", conf=0.7),
            F("LABEL-SHELL", "blocker", "security", "Command injection through printer name",
              "Use subprocess with a list of arguments.", conf=0.9),
            F("LABEL-COPIES-UNBOUNDED", "minor", "correctness", "Number of label copies is not validated",
              "Clamp copies to 1..50.", conf=0.6),
            F("IMPORT-PICKLE", "blocker", "security", "Unsafe pickle deserialization of uploaded backup",
              "Use JSON.", conf=0.85),
            F("STATS-RACE", "major", "concurrency", "Thread-unsafe statistics update",
              "Hold _stats_lock while updating.", conf=0.8),
            F("WEIGHT-CACHE-RACE", "minor", "concurrency", "Unsynchronized access to weight cache",
              "Protect the cache with a lock.", d=-3, conf=0.6),
            F("WEIGHT-CACHE-UNBOUNDED", "minor", "performance", "Weight cache grows without bound",
              "Evict old entries or use an LRU cache; reject unknown hive ids.", conf=0.6),
            F("SUPER-SKIPPED", "major", "correctness", "Off-by-one: first honey super excluded from net weight",
              "Start the loop at index 0.", d=1, conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Page size not limited",
              "Cap size at 100.", conf=0.7),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", conf=0.8),
            F("ERROR-SWALLOWS-HTTP", "minor", "correctness", "Generic exception handler converts HTTP errors into 500",
              "Let HTTPException pass through.", conf=0.7),
            F("ERROR-TRACE-LEAK", "major", "security", "Stack traces exposed in error responses",
              "Return a generic error body.", conf=0.8),
        ], wrap="object+summary",
              summary="16 issues: 5 blocker, 6 major, 5 minor"),
    ]),
}

"""test89/py-reedyard: a thatcher's roofing jobs and reed stock (Python, Flask + SQLite). Labels next to each finding.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or truth (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test89 (score once, never tune): seeded problems in a thatching firm's job and reed-stock "
    "service; five agents' answers written by hand."
)

A = "reedyard/app.py"

PROBLEMS = {
    "CREW-KEY-FAILS-OPEN": P(A, "if supplied != CREW_KEY:", "security",
                             "CREW_KEY defaults to '': with it unset, a request without the header passes crew_only"),
    "CREW-KEY-TIMING": P(A, "if supplied != CREW_KEY:", "security",
                         "crew key compared with != instead of a constant-time compare (timing oracle)"),
    "JOBS-SORT-SQLI": P(A, "ORDER BY {order}", "security",
                        "sort query value formatted into the ORDER BY clause: SQL injection", "source-vs-sink"),
    "ARCHIVE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance",
                                "archive page size taken from the query unbounded (MAX_PAGE is never applied)"),
    "ARCHIVE-PAGE-SKIP": P(A, "offset = page * size", "bug",
                           "pages start at 1 but offset = page * size: page 1 skips the first page of jobs", "off-by-one"),
    "AREA-UNVALIDATED": P(A, 'area = float(body["roof_m2"])', "bug",
                          "roof area not checked: zero, negative or NaN areas give negative bundles and prices"),
    "BUNDLE-ESTIMATE-FLOOR": P(A, "bundles = int(area * BUNDLES_PER_M2)", "bug",
                               "int() truncates the bundle estimate: every roof is ordered up to one bundle short",
                               "off-by-one"),
    "SCAFFOLD-DAYS-EXCLUSIVE": P(A, "scaffold_days = (end - start).days", "bug",
                                 "scaffold days counted exclusive of the end date: a one-day job is charged 0 days",
                                 "off-by-one"),
    "SCAFFOLD-END-BEFORE-START": P(A, "scaffold_days = (end - start).days", "bug",
                                   "end date before start date not rejected: negative scaffold days lower the price"),
    "SCHEDULE-LAST-DAY": P(A, "AND end_date > ?", "bug",
                           "end_date > day leaves every job off the schedule on its last day", "off-by-one"),
    "FORECAST-STAMPEDE": P(A, "data = requests.get(FORECAST_URL", "performance",
                           "forecast cache check-then-fetch without a lock: concurrent misses all call the API "
                           "and race on the shared dict", "critical-section"),
    "FORECAST-NO-TIMEOUT": P(A, "data = requests.get(FORECAST_URL", "bug",
                             "forecast request has no timeout: a slow weather API hangs /schedule workers"),
    "ALLOC-NEED-NEGATIVE": P(A, 'need = int(request.get_json(force=True)["bundles"])', "bug",
                             "bundle count not checked: a negative allocation adds reed to the stock"),
    "ALLOC-UNKNOWN-GRADE": P(A, 'if row["bundles"] >= need:', "bug",
                             "unknown grade: fetchone() is None and row['bundles'] raises (500)"),
    "ALLOC-RACE": P(A, 'db.execute("UPDATE stock SET bundles = ? WHERE grade = ?"', "bug",
                    "stock read, checked and written back as an absolute value without _stock_lock or a "
                    "transaction: concurrent allocations oversell reed and the allocated counter races",
                    "critical-section"),
    "COMPLETE-TWICE": P(A, "UPDATE jobs SET status = 'done' WHERE id = ?", "bug",
                        "completion not idempotent: completing a done job returns its leftovers to stock again"),
    "COMPLETE-LEFT-UNCHECKED": P(A, "UPDATE stock SET bundles = bundles + ? WHERE grade = 'water'", "bug",
                                 "left_bundles not checked against what the job was allocated (or for sign)"),
    "PHOTO-PATH-TRAVERSAL": P(A, "f.save(dest)", "security",
                              "form name / upload filename joined to PHOTO_DIR: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-ANY-FILE": P(A, "f.save(dest)", "security",
                        "any file type and size accepted as a photo (no extension or content check)"),
    "PHOTO-GET-NO-AUTH": P(A, "return send_file(os.path.join(PHOTO_DIR, str(job_id), name))", "security",
                           "photo download has no crew_only/office_only: customers' roofs are public by job id",
                           "signature-vs-statement"),
    "QUOTE-JOB-MISSING": P(A, 'job = get_db().execute("SELECT * FROM jobs WHERE id = ?"', "bug",
                           "unknown job id: job is None and job['customer'] raises (500) instead of 404"),
    "QUOTE-TMP-PREDICTABLE": P(A, 'out = f"/tmp/quote-{job_id}.pdf"', "security",
                               "predictable shared /tmp path for the quote PDF (symlink / overwrite / wrong customer)"),
    "QUOTE-SHELL": P(A, 'subprocess.run(f"quote-render', "security",
                     "customer name formatted into a shell command (shell=True): command injection",
                     "signature-vs-statement"),
    "IMPORT-YAML-UNSAFE": P(A, "docs = yaml.load(request.data, Loader=yaml.Loader)", "security",
                            "yaml.Loader on request data constructs arbitrary Python objects", "signature-vs-statement"),
    "ERROR-TRACE-LEAK": P(A, "return jsonify(error=str(exc), trace=traceback.format_exc()), 500", "security",
                          "error handler returns the exception text and full traceback to the client"),
    "ERROR-HTTP-AS-500": P(A, "return jsonify(error=str(exc), trace=traceback.format_exc()), 500", "bug",
                           "errorhandler(Exception) also catches abort(401/403/400): they all become 500"),
}

CONFUSABLE = [
    ("CREW-KEY-FAILS-OPEN", "CREW-KEY-TIMING"),
    ("ARCHIVE-SIZE-UNBOUNDED", "ARCHIVE-PAGE-SKIP"),
    ("AREA-UNVALIDATED", "BUNDLE-ESTIMATE-FLOOR"),
    ("BUNDLE-ESTIMATE-FLOOR", "SCAFFOLD-DAYS-EXCLUSIVE"),
    ("SCAFFOLD-DAYS-EXCLUSIVE", "SCAFFOLD-END-BEFORE-START"),
    ("FORECAST-STAMPEDE", "FORECAST-NO-TIMEOUT"),
    ("ALLOC-NEED-NEGATIVE", "ALLOC-UNKNOWN-GRADE"),
    ("ALLOC-UNKNOWN-GRADE", "ALLOC-RACE"),
    ("COMPLETE-TWICE", "COMPLETE-LEFT-UNCHECKED"),
    ("PHOTO-PATH-TRAVERSAL", "PHOTO-ANY-FILE"),
    ("QUOTE-JOB-MISSING", "QUOTE-TMP-PREDICTABLE"),
    ("QUOTE-TMP-PREDICTABLE", "QUOTE-SHELL"),
    ("ERROR-TRACE-LEAK", "ERROR-HTTP-AS-500"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `reedyard/app.py` end to end (it is the whole service). The office side is in reasonable shape:
        `office_only` fails closed when `OFFICE_KEY` is unset and uses `hmac.compare_digest`, every query but
        `/jobs` binds its parameters, `/stock/deliveries` validates the quantity and updates stock under
        `_stock_lock`, and `quote_price` itself is arithmetic I agree with. The crew side and the file handling
        are where the risk is.

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `/jobs`, `/jobs/<id>/photos`, `/jobs/<id>/quote.pdf`, `/import` | injection and arbitrary file write |
        | P0 | `crew_only` | open to anyone when `CREW_KEY` is not configured |
        | P1 | `/allocate`, `/complete` | reed stock can be oversold or inflated |
        | P1 | `create_job`, `/schedule` | estimates and schedules off by one |
        | P2 | forecast cache, archive paging, error handler | load and information leaks |

        Security findings first:
        """,
        Block([
            F("JOBS-SORT-SQLI", "critical", "security", "`sort` parameter is interpolated into the ORDER BY clause",
              "Map `sort` through an allow-list of column names (`{'start_date', 'parish', 'roof_m2'}`) and fall back to `start_date`.",
              symbol="list_jobs", conf=0.95),
            F("PHOTO-PATH-TRAVERSAL", "critical", "security", "Photo upload writes to a client-chosen path",
              "Use `werkzeug.utils.secure_filename` (or a generated name) and check that the resolved destination stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("QUOTE-SHELL", "high", "security", "Customer name reaches a shell in the quote renderer",
              "Call `subprocess.run([\"quote-render\", \"--customer\", job[\"customer\"], \"--out\", out], check=True)` without `shell=True`; a customer called `O'Brien; rm -rf ~` is enough today.",
              symbol="quote_pdf", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "high", "security", "`/import` parses YAML with the full loader",
              "Use `yaml.safe_load`; `yaml.Loader` builds arbitrary objects from `!!python/object` tags.",
              symbol="import_jobs", conf=0.9),
            F("CREW-KEY-FAILS-OPEN", "high", "security", "`crew_only` accepts any request when `CREW_KEY` is unset",
              "Refuse to start (or reject every request) when `CREW_KEY` is empty, as `office_only` does.",
              symbol="crew_only.wrapper", conf=0.85),
            F("CREW-KEY-TIMING", "low", "security", "Crew key compared with `!=`",
              "Use `hmac.compare_digest(supplied, CREW_KEY)`.", symbol="crew_only.wrapper", conf=0.6),
            F("PHOTO-GET-NO-AUTH", "medium", "security", "Job photos are served without authentication",
              "Add `@crew_only` (or a signed URL); the photos show customers' houses and are addressable by sequential job id.",
              symbol="get_photo", conf=0.8),
            F("QUOTE-TMP-PREDICTABLE", "low", "security", "Quote PDF written to a predictable path in /tmp",
              "Use `tempfile.NamedTemporaryFile(suffix='.pdf')` so two requests and other local users cannot collide with or pre-create the file.",
              symbol="quote_pdf", conf=0.6),
            F("ERROR-TRACE-LEAK", "medium", "security", "Error handler returns tracebacks to clients",
              "Log the traceback and return a generic message.", symbol="on_error", conf=0.85),
        ]),
        "Correctness and performance:",
        Block([
            F("ALLOC-RACE", "high", "bug", "Reed allocation is a read-modify-write without a lock",
              "Do it in one statement: `UPDATE stock SET bundles = bundles - ? WHERE grade = ? AND bundles >= ?` and check `rowcount`; take `_stock_lock` around the counter as `delivery` does.",
              n=2, symbol="allocate", conf=0.85),
            F("ALLOC-NEED-NEGATIVE", "medium", "bug", "Negative bundle counts are accepted by `/allocate`",
              "Reject `need <= 0` with 400.", symbol="allocate", conf=0.8),
            F("COMPLETE-LEFT-UNCHECKED", "medium", "bug", "Returned bundles are added to stock without any check",
              "Bound `left_bundles` by the job's `allocated` value and reject negatives.", symbol="complete", conf=0.7),
            F("COMPLETE-TWICE", "medium", "bug", "Completing a job twice returns its leftovers twice",
              "Only update when `status != 'done'` and skip the stock update if no row changed.",
              d=-1, symbol="complete", conf=0.7),
            F("BUNDLE-ESTIMATE-FLOOR", "medium", "bug", "Bundle estimate is truncated",
              "Use `math.ceil(area * BUNDLES_PER_M2)`; 41 m2 needs 102.5 bundles and the job is booked with 102.",
              symbol="create_job", conf=0.85),
            F("SCAFFOLD-DAYS-EXCLUSIVE", "medium", "bug", "Scaffold hire days exclude the last day",
              "`(end - start).days + 1`: a job starting and ending on the same day is charged no scaffold at all.",
              symbol="create_job", conf=0.8),
            F("SCAFFOLD-END-BEFORE-START", "low", "bug", "`end_date` before `start_date` is accepted",
              "Reject with 400 when `end < start`; today it produces a negative scaffold charge.", symbol="create_job", conf=0.75),
            F("SCHEDULE-LAST-DAY", "medium", "bug", "The schedule drops each job on its final day",
              "Use `end_date >= ?`.", symbol="schedule", conf=0.8),
            F("ARCHIVE-PAGE-SKIP", "low", "bug", "Archive paging skips the first page",
              "`offset = (page - 1) * size`, with `page` clamped to >= 1.", symbol="archive", conf=0.8),
            F("ARCHIVE-SIZE-UNBOUNDED", "low", "performance", "Archive page size is not capped",
              "`size = min(size, MAX_PAGE)`; the constant exists but is unused.", symbol="archive", conf=0.7),
            F("FORECAST-STAMPEDE", "low", "performance", "Forecast cache lets concurrent misses all hit the API",
              "Hold a per-parish lock (or a single lock) around check-and-fetch; the dict is also mutated from several threads.",
              symbol="forecast", conf=0.6),
            F("FORECAST-NO-TIMEOUT", "medium", "bug", "Forecast HTTP call has no timeout",
              "`requests.get(..., timeout=5)` and fall back to no weather on error.", symbol="forecast", conf=0.8),
            F("ERROR-HTTP-AS-500", "low", "bug", "`errorhandler(Exception)` turns 401/403/400 into 500",
              "Return `exc` unchanged when it is an `HTTPException`.", symbol="on_error", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("JOBS-SORT-SQLI", "critical", "security", "SQL injection via ?sort= in GET /jobs",
              "allow-list the column.", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Arbitrary file write: upload name joined into PHOTO_DIR",
              "secure_filename + resolved-path check.", d=-2),
            F("QUOTE-SHELL", "high", "security", "quote_pdf runs a shell command built from the customer name",
              "argv list, no shell=True.", d=-3),
            F("IMPORT-YAML-UNSAFE", "high", "security", "yaml.load with yaml.Loader on the request body",
              "yaml.safe_load.", d=-1),
            F("CREW-KEY-FAILS-OPEN", "high", "security", "crew_only passes everyone when CREW_KEY is unset",
              "fail closed on empty key."),
            F("PHOTO-GET-NO-AUTH", "medium", "security", "get_photo has no auth decorator",
              "add @crew_only.", d=-1),
            F("ALLOC-RACE", "high", "bug", "allocate: check-then-set on stock.bundles races",
              "atomic conditional UPDATE.", d=-1),
            F("ALLOC-NEED-NEGATIVE", "medium", "bug", "allocate accepts negative bundles",
              "need > 0."),
            F("AREA-UNVALIDATED", "medium", "bug", "create_job does not validate roof_m2",
              "require 0 < area."),
            F("SCAFFOLD-DAYS-EXCLUSIVE", "medium", "bug", "scaffold days off by one (end date not counted)",
              "+ 1.", d=1),
            F("COMPLETE-LEFT-UNCHECKED", "medium", "bug", "complete trusts left_bundles",
              "cap at allocated, >= 0.", d=-3),
            F("QUOTE-JOB-MISSING", "low", "bug", "quote_pdf 500s on an unknown job id",
              "404 when fetchone() is None."),
            F("ARCHIVE-PAGE-SKIP", "low", "bug", "archive offset skips page 1", "(page - 1) * size.", d=-2),
            F("FORECAST-NO-TIMEOUT", "medium", "bug", "requests.get without timeout in forecast()", "timeout=5."),
            F("ERROR-TRACE-LEAK", "medium", "security", "on_error leaks tracebacks", "generic body; log server-side."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `reedyard` service, a Flask application that manages roofing jobs, reed stock,
        crew allocations and job photos for a thatching business. I looked at authentication, input handling,
        data integrity and the interaction with external systems (the shell, the filesystem and the weather API).

        **Overall assessment**

        The application has a sensible split between office and crew endpoints, but the crew authentication can
        fail open, several endpoints pass user input into dangerous sinks, and the stock bookkeeping can be
        corrupted by concurrent or malformed requests.

        **Security findings**
        """,
        Block([
            F("JOBS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via the sort parameter",
              "Validate `sort` against a fixed set of columns before building the query.", sd=-2, n=3,
              desc="The `sort` query parameter is placed directly into the ORDER BY clause with an f-string, so an attacker can append arbitrary SQL."),
            F("PHOTO-PATH-TRAVERSAL", "CRITICAL", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename` and verify the final path.", sd=-2, n=3,
              desc="Both the `name` form field and the uploaded file's own filename are trusted, allowing `../../` sequences to write outside the photo directory."),
            F("PHOTO-ANY-FILE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload",
              "Restrict uploads to image types and enforce `MAX_CONTENT_LENGTH`.", sd=-2, n=3),
            F("QUOTE-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Quote Generation",
              "Pass arguments as a list and remove `shell=True`.", sd=-2, n=3,
              desc="The customer's name is embedded in a shell command line inside single quotes, which a name containing a quote can break out of."),
            F("QUOTE-TMP-PREDICTABLE", "LOW", "Insecure Temporary File", "Predictable Temporary File Name",
              "Use the `tempfile` module.", sd=-1, n=3),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("CREW-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Crew Authentication Bypass When Key Is Not Configured",
              "Fail closed when `CREW_KEY` is empty.", sd=-2, n=3),
            F("CREW-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("ERROR-TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and data integrity findings**
        """,
        Block([
            F("ALLOC-RACE", "HIGH", "Race Condition", "Race Condition in Reed Allocation",
              "Perform the decrement atomically in SQL or hold `_stock_lock`.", d=2, sd=0, n=3,
              desc="Two crews allocating at the same time both read the same stock level and both succeed; the `_yard_stats` counter is also incremented outside the lock that `delivery` and `stats` use."),
            F("ALLOC-UNKNOWN-GRADE", "MEDIUM", "Error Handling", "Unhandled Missing Stock Row",
              "Return 404 when no stock row exists for the grade.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints for jobs, stock and photos."}),
            F("BUNDLE-ESTIMATE-FLOOR", "MEDIUM", "Logic Error", "Bundle Estimate Rounds Down",
              "Round up with `math.ceil`.", sd=-1, n=3),
            F("SCAFFOLD-END-BEFORE-START", "MEDIUM", "Logic Error", "Missing Date Range Validation",
              "Check that the end date is not before the start date.", sd=-2, n=3),
            F("FORECAST-STAMPEDE", "LOW", "Caching", "Cache Stampede in Forecast Lookup",
              "Guard the cache with a lock so only one request fetches a parish at a time.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JOBS-SORT-SQLI", "high", "security", "sql injection via sort in /jobs", "whitelist columns"),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "path traversal in photo upload", "secure_filename"),
            F("QUOTE-SHELL", "high", "security", "shell injection in quote_pdf", "no shell=True"),
            F("IMPORT-YAML-UNSAFE", "high", "security", "unsafe yaml.load in /import", "safe_load"),
            F("ERROR-TRACE-LEAK", "medium", "security", "traceback returned in 500 body", "don't return trace"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("ALLOC-NEED-NEGATIVE", "medium", "bug", "negative bundles accepted by allocate", "check need > 0"),
            F("SCAFFOLD-DAYS-EXCLUSIVE", "low", "", "scaffold days miss the last day", "+1"),
            F("ARCHIVE-PAGE-SKIP", "low", "bug", "archive page 1 skips the first rows", "(page-1)*size"),
            F("FORECAST-NO-TIMEOUT", "low", "bug", "no timeout on forecast request", "timeout="),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        `reedyard` is a Flask service for a thatcher's jobs and reed stock. I found 17 issues:

        1. SQL injection in the job list sort order.
        2. Path traversal and unrestricted upload for job photos.
        3. Command injection and unsafe YAML in the office endpoints.
        4. Weak crew authentication.
        5. Stock bookkeeping errors (allocation and completion).
        6. Arithmetic and paging mistakes in job creation and the archive.
        7. Information disclosure in the error handler.
        """,
        Block([
            F("JOBS-SORT-SQLI", "blocker", "security", "SQL injection through the sort query parameter",
              "Use an allow-list of sortable columns.", conf=0.95),
            F("PHOTO-PATH-TRAVERSAL", "blocker", "security", "Directory traversal when saving job photos",
              "Sanitise the filename and confine it to PHOTO_DIR.", conf=0.9),
            F("PHOTO-ANY-FILE", "minor", "security", "No content-type or size restriction on photo uploads",
              "Accept only JPEG/PNG and cap the size.", d=-3, conf=0.6),
            F("QUOTE-SHELL", "blocker", "security", "Shell command injection through the customer name",
              "Use an argument list.", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe YAML loader allows code execution",
              "Use yaml.safe_load.", conf=0.9),
            F("PHOTO-GET-NO-AUTH", "major", "security", "Photo endpoint is missing authentication",
              "Protect it with crew_only.", d=-1, conf=0.75),
            F("CREW-KEY-FAILS-OPEN", "major", "security", "Crew key check passes when the key is not configured",
              "Require CREW_KEY to be set.", conf=0.8),
            F("ALLOC-RACE", "major", "concurrency", "Racy stock decrement and allocation counter",
              "Use an atomic UPDATE and protect _yard_stats with _stock_lock.", d=2, conf=0.8),
            F("ALLOC-NEED-NEGATIVE", "major", "correctness", "Allocation quantity is not validated",
              "Reject zero and negative quantities.", conf=0.8),
            F("COMPLETE-TWICE", "minor", "correctness", "Job completion can be repeated",
              "Check the current status first.", conf=0.6),
            F("AREA-UNVALIDATED", "minor", "correctness", "Roof area accepted without range checks",
              "Validate roof_m2 > 0.", conf=0.7),
            F("BUNDLE-ESTIMATE-FLOOR", "major", "correctness", "Bundle estimate loses the fractional bundle",
              "Use math.ceil when converting to bundles.", anchor='area = float(body["roof_m2"])', conf=0.7),
            F("SCHEDULE-LAST-DAY", "minor", "correctness", "Daily schedule excludes jobs ending that day",
              "Compare end_date >= day.", d=-1, conf=0.7),
            F("ARCHIVE-PAGE-SKIP", "minor", "correctness", "Off-by-one in archive pagination offset",
              "Subtract one from page.", conf=0.8),
            F("ARCHIVE-SIZE-UNBOUNDED", "minor", "performance", "Unbounded archive page size",
              "Clamp size with MAX_PAGE.", conf=0.7),
            F("FORECAST-STAMPEDE", "minor", "performance", "Forecast cache is not thread-safe",
              "Add a lock around the cache lookup and refresh.", d=-2, conf=0.6),
            F("ERROR-TRACE-LEAK", "major", "security", "Traceback exposed in error responses",
              "Do not include the traceback in the response.", conf=0.85),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 7 major, 7 minor"),
    ]),
}

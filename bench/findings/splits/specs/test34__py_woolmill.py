"""test34/py-woolmill: a wool mill's fleece grading and spinning-batch tracker (Python, Flask + SQLite).

Frozen test split test34; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers (only the format spec
tune2__py_snapctl.py).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test34: seeded problems in a wool mill's fleece grading and spinning-batch tracker; "
    "five agents' answers written by hand."
)

A = "woolmill/app.py"
G = "woolmill/grading.py"
B = "woolmill/batches.py"

PROBLEMS = {
    "KEY-FAIL-OPEN": P(A, "if supplied != GRADER_KEY:", "security",
                       "GRADER_KEY defaults to empty: with it unset a request without the header passes the grader check"),
    "KEY-TIMING": P(A, "if supplied != GRADER_KEY:", "security",
                    "grader key compared with != (not constant time) while office_only uses hmac.compare_digest"),
    "BREED-SQLI": P(A, "sql = f\"SELECT * FROM fleeces WHERE breed", "security",
                    "breed query value formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "SORT-SQLI": P(A, "sql = f\"SELECT * FROM fleeces WHERE breed", "security",
                   "sort query value formatted into ORDER BY; SORTABLE allow-list never used", "source-vs-sink"),
    "PAGE-OFFSET": P(A, "offset = page * per_page", "bug",
                     "page is 1-based but offset = page * per_page: the first page of fleeces is never returned",
                     "off-by-one"),
    "PER-PAGE-UNCAPPED": P(A, 'per_page = int(request.args.get("per_page", 25))', "performance",
                           "per_page not capped: one request can pull the whole fleece table"),
    "PHOTO-TRAVERSAL": P(A, 'return send_file(path, mimetype="image/jpeg")', "security",
                         "file query value joined to PHOTO_DIR and served: path traversal, no auth", "source-vs-sink"),
    "EDIT-COLUMN-SQLI": P(A, 'conn.execute(f"UPDATE fleeces SET {column} = ? WHERE id = ?"', "security",
                          "JSON keys used as column names in UPDATE (EDITABLE allow-list unused): SQL injection / any column"),
    "DELETE-NO-AUTH": P(A, "def delete_fleece(fleece_id):", "security",
                        "DELETE /fleeces/<id> has neither grader_only nor office_only: anyone can delete fleeces"),
    "TAG-SHELL": P(A, "subprocess.run(f\"echo 'FLEECE {fleece_id}'", "security",
                   "copies form value interpolated into a shell=True command line: command injection",
                   "signature-vs-statement"),
    "TAG-COPIES-UNBOUNDED": P(A, "subprocess.run(f\"echo 'FLEECE {fleece_id}'", "bug",
                              "copies is never parsed or capped: 5000 copies of a tag go to the shed printer"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8040, debug=True)', "security",
                  "extra, one agent: Werkzeug debugger enabled on all interfaces (remote code execution)"),
    "GRADE-SKIP-FIRST": P(G, "for i in range(1, len(GRADE_BANDS)):", "bug",
                          "loop starts at 1: the ultrafine band is never matched, ultrafine fleeces grade superfine",
                          "off-by-one"),
    "GRADE-BOUNDARY": P(G, "if micron <= limit:", "bug",
                        "<= where the bands are upper-exclusive: a fleece exactly on a limit gets the finer grade",
                        "off-by-one"),
    "YIELD-ZERO-DIV": P(G, "return round(clean_kg / greasy_kg * 100, 1)", "bug",
                        "greasy_kg of 0 or NULL (not yet weighed) raises in clean_yield: /yield returns 500",
                        "signature-vs-statement"),
    "MEDIAN-UNSORTED": P(G, "return lengths[len(lengths) // 2]", "bug",
                         "median staple taken from the unsorted list: the middle sample, not the median"),
    "MEDIAN-EMPTY": P(G, "return lengths[len(lengths) // 2]", "bug",
                      "empty staple list raises IndexError"),
    "BATCH-MISSING-FLEECES": P(B, 'rows = conn.execute(f"SELECT id, clean_kg FROM fleeces WHERE id IN', "bug",
                               "unknown fleece ids are silently dropped from the weight but still linked to the batch"),
    "BATCH-CAPACITY": P(B, 'kg = sum(r["clean_kg"] for r in rows)', "bug",
                        "batch weight never checked against SPINDLE_CAPACITY_KG"),
    "BATCH-NO-RACE": P(B, "batch_no = last + 1", "bug",
                       "MAX(batch_no)+1 then INSERT without a lock or unique constraint: two batches get one number",
                       "critical-section"),
    "CACHE-STALE": P(B, "profile = _blend_cache.get(batch_id)", "bug",
                     "blend cache never invalidated when fleeces are edited, deleted or re-batched; grows forever"),
    "CACHE-RACE": P(B, "profile = _compute_blend(batch_id)", "bug",
                    "check-then-fill of the blend cache without the lock: concurrent requests all recompute",
                    "critical-section"),
    "SPUN-RACE": P(B, "_spun_since_report += kg", "bug",
                   "_spun_since_report updated and reset outside _lock: lost kg and duplicate reports",
                   "critical-section"),
    "RECENT-LIMIT": P(B, "return [dict(r) for r in rows[: limit - 1]]", "bug",
                      "rows[: limit - 1] returns one batch fewer than asked", "off-by-one"),
    "RECENT-FULL-READ": P(B, 'rows = conn.execute("SELECT * FROM batches ORDER BY batch_no DESC")', "performance",
                          "whole batches table read and sliced in Python instead of LIMIT"),
    "IMPORT-PICKLE": P(B, "card = pickle.loads(raw)", "security",
                       "uploaded batch card unpickled: arbitrary code execution", "signature-vs-statement"),
}

CONFUSABLE = [
    ("KEY-FAIL-OPEN", "KEY-TIMING"),
    ("BREED-SQLI", "SORT-SQLI"),
    ("PAGE-OFFSET", "PER-PAGE-UNCAPPED"),
    ("TAG-SHELL", "TAG-COPIES-UNBOUNDED"),
    ("GRADE-SKIP-FIRST", "GRADE-BOUNDARY"),
    ("MEDIAN-UNSORTED", "MEDIAN-EMPTY"),
    ("BATCH-MISSING-FLEECES", "BATCH-CAPACITY"),
    ("BATCH-CAPACITY", "BATCH-NO-RACE"),
    ("CACHE-STALE", "CACHE-RACE"),
    ("RECENT-LIMIT", "RECENT-FULL-READ"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        I reviewed the Flask app (`woolmill/app.py`), the grading helpers and the batch module. The office
        endpoints are guarded properly (`hmac.compare_digest`, and the app refuses to start without
        `OFFICE_KEY`), but the grader guard and several read endpoints are not, and the fleece listing builds
        SQL from the query string.

        1. **Injection**: `/fleeces` (`breed` and `sort`), the PATCH column names, and the tag printer's shell
           command.
        2. **Access control**: the grader check fails open, and DELETE has no guard at all.
        3. **Grading correctness**: the band loop skips the first band and treats limits as inclusive.
        4. **Batches**: batch numbering races, the spun-kg counter is updated outside its lock, and the
           cache is never invalidated.

        | Priority | Count |
        |---|---|
        | critical | 4 |
        | high | 6 |
        | medium | 8 |
        | low | 2 |
        """,
        Block([
            F("BREED-SQLI", "critical", "security", "SQL injection through the `breed` filter in `list_fleeces`",
              "Bind the pattern: `WHERE breed LIKE ?` with `(f\"%{breed}%\", per_page, offset)`.",
              symbol="list_fleeces", conf=0.95),
            F("SORT-SQLI", "high", "security", "`sort` is placed into `ORDER BY` unvalidated",
              "Check `sort in SORTABLE` (the set is already defined above and never used) and fall back to `micron`.",
              symbol="list_fleeces", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Pagination skips the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * per_page`; reject `page < 1`.",
              symbol="list_fleeces", conf=0.85),
            F("PER-PAGE-UNCAPPED", "low", "performance", "`per_page` has no upper bound",
              "Clamp it, e.g. `min(max(per_page, 1), 100)`.", symbol="list_fleeces", conf=0.7),
            F("KEY-FAIL-OPEN", "critical", "security", "Grader check passes every request when `GRADER_KEY` is unset",
              "Fail closed like `office_only`: read `os.environ[\"GRADER_KEY\"]` at start-up or reject when it is empty.",
              symbol="grader_only.wrapper", conf=0.9),
            F("KEY-TIMING", "low", "security", "Grader key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest(supplied, GRADER_KEY)` as `office_only` already does.",
              symbol="grader_only.wrapper", conf=0.6),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos`",
              "Use `flask.send_from_directory(PHOTO_DIR, name)` (which rejects `..`) and require a key.",
              d=-1, symbol="fleece_photo", conf=0.9),
            F("EDIT-COLUMN-SQLI", "high", "security", "PATCH uses request keys as SQL column names",
              "Filter the keys through `EDITABLE` (defined but unused) before building the statement.",
              symbol="edit_fleece", conf=0.9),
            F("DELETE-NO-AUTH", "high", "security", "`DELETE /fleeces/<id>` is unauthenticated",
              "Add `@office_only` (or `@grader_only`) like the other write routes.", d=-1, n=2,
              symbol="delete_fleece", conf=0.9),
            F("TAG-SHELL", "critical", "security", "Command injection through the `copies` form field",
              "Parse `copies` as an int and run `lp` with an argument list and the label on stdin, without `shell=True`.",
              symbol="print_tag", conf=0.95),
            F("GRADE-SKIP-FIRST", "high", "bug", "`grade_for_micron` never returns \"ultrafine\"",
              "Iterate over every band: `for limit, name in GRADE_BANDS:`.", symbol="grade_for_micron", conf=0.9),
            F("GRADE-BOUNDARY", "medium", "bug", "Band limits treated as inclusive, contrary to the module docstring",
              "Use `micron < limit`; a 19.5 micron fleece should be \"fine\".", symbol="grade_for_micron", conf=0.8),
            F("YIELD-ZERO-DIV", "medium", "bug", "`clean_yield` divides by `greasy_kg` without a guard",
              "Return `None` when `greasy_kg` is missing or zero; the column is nullable.",
              d=-1, symbol="clean_yield", conf=0.75),
            F("MEDIAN-UNSORTED", "medium", "bug", "Median staple length is computed on an unsorted list",
              "Use `statistics.median(lengths)`.", symbol="median_staple", conf=0.85),
            F("BATCH-NO-RACE", "high", "bug", "Batch numbers can be issued twice",
              "Make `batch_no` UNIQUE and allocate it inside `BEGIN IMMEDIATE`, or use the row id.",
              d=-1, n=2, symbol="open_batch", conf=0.8),
            F("BATCH-CAPACITY", "medium", "bug", "Spindle capacity is never enforced when a batch is opened",
              "Reject batches whose `kg` exceeds `SPINDLE_CAPACITY_KG`.", symbol="open_batch", conf=0.7),
            F("SPUN-RACE", "medium", "bug", "`_spun_since_report` is modified outside `_lock`",
              "Move the increment, the threshold check and the reset under `with _lock:`; call `_send_report` after releasing it.",
              n=3, symbol="record_spin", conf=0.85),
            F("CACHE-STALE", "medium", "bug", "Blend profiles are cached forever",
              "Invalidate `_blend_cache[batch_id]` when a batch's fleeces change, or cache with a TTL.",
              symbol="blend_profile", conf=0.7),
            F("RECENT-LIMIT", "medium", "bug", "`recent_batches` returns `limit - 1` rows",
              "Use `LIMIT ?` in the query with `limit`.", symbol="recent_batches", conf=0.85),
            F("IMPORT-PICKLE", "critical", "security", "`import_card` unpickles uploaded data",
              "Accept JSON for batch cards and validate `spinner` and `fleece_ids`.", symbol="import_card", conf=0.95),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no tests in the repository).",
        Block([
            F("SORT-SQLI", "high", "security", "ORDER BY built from ?sort", "Whitelist via SORTABLE.", d=-1),
            F("BREED-SQLI", "critical", "security", "SQL injection via ?breed in list_fleeces",
              "Parameterise the LIKE pattern.", d=-2),
            F("PAGE-OFFSET", "medium", "bug", "page=1 starts at row per_page", "(page - 1) * per_page.", d=-2),
            F("KEY-FAIL-OPEN", "high", "security", "grader_only accepts an empty key when GRADER_KEY is unset",
              "Require GRADER_KEY at startup.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "?file joined to PHOTO_DIR unchecked (path traversal)",
              "send_from_directory.", d=-2),
            F("EDIT-COLUMN-SQLI", "high", "security", "edit_fleece: column names come from the request body",
              "Intersect with EDITABLE.", d=-1),
            F("TAG-SHELL", "critical", "security", "print_tag passes copies to a shell", "int(copies); argv list.",
              d=-2),
            F("TAG-COPIES-UNBOUNDED", "low", "bug", "copies has no upper limit", "Cap at e.g. 10.", d=-1),
            F("GRADE-SKIP-FIRST", "high", "bug", "range(1, ...) skips GRADE_BANDS[0]", "range(len(GRADE_BANDS))."),
            F("MEDIAN-EMPTY", "low", "bug", "median_staple raises IndexError on an empty list",
              "Return None for no samples."),
            F("BATCH-MISSING-FLEECES", "medium", "bug", "open_batch ignores fleece ids that do not exist",
              "Compare len(rows) with len(set(fleece_ids)); 404 on a mismatch."),
            F("BATCH-NO-RACE", "high", "bug", "Race in batch_no allocation (SELECT MAX + 1)",
              "UNIQUE(batch_no) + BEGIN IMMEDIATE."),
            F("SPUN-RACE", "medium", "bug", "record_spin: counter and reset not under _lock",
              "Hold _lock for the whole update.", d=-2),
            F("RECENT-FULL-READ", "low", "performance", "recent_batches loads the whole table",
              "ORDER BY ... LIMIT ?."),
            F("IMPORT-PICKLE", "critical", "security", "pickle.loads on an uploaded file", "Use JSON.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `woolmill` codebase, a Flask service that records fleeces, grades them by
        fibre diameter and groups them into spinning batches.

        ### Security

        The most serious issues are injection flaws in the HTTP layer and an insecure deserialization path in
        the batch import. I also noticed that the development server is started with the debugger on.
        """,
        Block([
            F("BREED-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fleece Search",
              "Use parameterized queries for the `breed` filter.",
              desc="The `breed` parameter is read from the query string and embedded directly into the SQL text."),
            F("SORT-SQLI", "HIGH", "SQL Injection", "Unvalidated ORDER BY Column",
              "Validate `sort` against `SORTABLE`.",
              desc="The `sort` parameter is embedded after ORDER BY; an attacker can supply a subquery."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Endpoint",
              "Normalize the path and ensure it stays within `PHOTO_DIR`.", d=-2),
            F("TAG-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True` and validate `copies`.", d=-2, sd=0),
            F("IMPORT-PICKLE", "CRITICAL", "Insecure Deserialization", "Insecure Deserialization of Batch Cards",
              "Never unpickle untrusted data; use JSON."),
            F("DELETE-NO-AUTH", "HIGH", "Broken Access Control", "Missing Authorization on Fleece Deletion",
              "Apply an authorization decorator."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled on All Interfaces",
              "Disable `debug` and bind to localhost; run under a WSGI server.",
              desc="With `debug=True` the Werkzeug interactive debugger allows arbitrary code execution from the browser."),
        ], wrap="list"),
        """
        ### Correctness and Concurrency

        These problems affect grading results and batch bookkeeping:
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider type hints for the public functions in grading.py."}),
            F("GRADE-BOUNDARY", "major", "Business Logic", "Grade Boundary Comparison Is Inclusive",
              "Use a strict less-than comparison.", d=1, sd=0,
              desc="The module docstring states that bands are upper-exclusive, but the code uses `<=`."),
            F("GRADE-SKIP-FIRST", "major", "Business Logic", "First Grade Band Is Never Evaluated",
              "Start the loop at index 0.", d=1),
            F("YIELD-ZERO-DIV", "minor", "Division by Zero", "Division by Zero in Clean Yield Calculation",
              "Guard against a zero greasy weight."),
            F("CACHE-RACE", "minor", "Race Condition", "Race Condition in Blend Cache Population",
              "Protect the cache with `_lock`.", d=-2),
            F("SPUN-RACE", "major", "Race Condition", "Unsynchronized Update of Global Counter",
              "Perform the update inside the `with _lock:` block.",
              desc="`_spun_since_report` is read, incremented and reset by several request threads without the lock that protects `_spun_by_batch`."),
            F("BATCH-NO-RACE", "major", "Race Condition", "Non-Atomic Batch Number Generation",
              "Use a database sequence or a unique constraint.", d=-1),
            F("RECENT-LIMIT", "minor", "Off-by-one Error", "Off-by-one Error in Recent Batches",
              "Slice with `[:limit]`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BREED-SQLI", "high", "security", "sql injection in /fleeces (breed, sort)", "bind params"),
            F("KEY-FAIL-OPEN", "high", "security", "grader key check open when env var missing", "fail closed"),
            F("EDIT-COLUMN-SQLI", "high", "security", "patch lets caller pick column names", "use EDITABLE"),
            F("IMPORT-PICKLE", "high", "security", "pickle.loads on upload", "json"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("GRADE-SKIP-FIRST", "medium", "", "grading skips ultrafine band", "start at 0", d=1),
            F("MEDIAN-UNSORTED", "low", "bug", "median of unsorted list", "sorted() first"),
            F("SPUN-RACE", "medium", "bug", "counter updated outside lock", "move under lock", d=1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the fleece listing and in fleece edits.
        2. Command injection in tag printing.
        3. Broken authentication on the grader routes.
        4. Incorrect grading bands and pagination.
        5. Thread-safety problems in batch numbering, the blend cache and the spun-kg counter.
        6. Resource and performance issues in batch listings.
        """,
        Block([
            F("BREED-SQLI", "blocker", "security", "SQL injection: breed filter concatenated into query",
              "Use a bound parameter for the LIKE pattern.", conf=0.9),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one: offset skips the first page of results",
              "Subtract one from page before multiplying.", d=0, conf=0.8),
            F("PER-PAGE-UNCAPPED", "minor", "performance", "Unbounded page size", "Limit per_page to 100.",
              conf=0.6),
            F("KEY-TIMING", "minor", "security", "Non-constant-time comparison of grader key",
              "Use hmac.compare_digest.", conf=0.6),
            F("KEY-FAIL-OPEN", "blocker", "security", "Authentication bypass when GRADER_KEY is not configured",
              "Refuse to start without the key.", d=-1, conf=0.8),
            F("TAG-SHELL", "blocker", "security", "Shell injection through copies parameter",
              "Pass arguments as a list without shell.", conf=0.9),
            F("TAG-COPIES-UNBOUNDED", "minor", "reliability", "Number of printed copies not validated",
              "Parse and cap the copies value.", conf=0.5),
            F("GRADE-BOUNDARY", "major", "correctness", "Off-by-one at grade band boundaries",
              "Use < instead of <=.", conf=0.7),
            F("MEDIAN-UNSORTED", "major", "correctness", "Staple median computed without sorting",
              "Sort before picking the middle element.", conf=0.8),
            F("MEDIAN-EMPTY", "minor", "error-handling", "IndexError when no staple samples exist",
              "Handle the empty case.", conf=0.6),
            F("BATCH-MISSING-FLEECES", "major", "correctness", "Nonexistent fleece ids accepted into a batch",
              "Verify every id exists before inserting.", conf=0.7),
            F("BATCH-CAPACITY", "minor", "correctness", "Batch weight not validated against spindle capacity",
              "Check kg <= SPINDLE_CAPACITY_KG.", d=-1, conf=0.6),
            F("BATCH-NO-RACE", "major", "concurrency", "Duplicate batch numbers under concurrent requests",
              "Allocate batch numbers atomically.", d=1, sd=-1, n=2, conf=0.8),
            F("CACHE-RACE", "minor", "performance", "Blend profile computed repeatedly under concurrency",
              "Use a lock or functools.lru_cache.", d=1, conf=0.5),
            F("CACHE-STALE", "minor", "correctness", "Blend cache is never invalidated",
              "Invalidate on batch changes.", conf=0.6),
            F("SPUN-RACE", "major", "concurrency", "Race condition on spun kg counter",
              "Protect the counter with the lock.", d=1, conf=0.8),
            F("RECENT-LIMIT", "minor", "correctness", "recent_batches returns one row fewer than requested",
              "Use rows[:limit].", d=-1, sd=0, conf=0.8),
            F("RECENT-FULL-READ", "minor", "performance", "Full table scan for recent batches",
              "Push the limit into SQL.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 6 major, 9 minor"),
    ]),
}

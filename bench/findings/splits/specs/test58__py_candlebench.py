"""test58/py-candlebench: a farmers' co-op egg grading log (Python, Flask + SQLite). Frozen test split; labels
next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test58: seeded problems in a farmers' co-op egg grading log (candling room trays, grades, "
    "weekly payouts); five agents' answers written by hand."
)

A = "candlebench/app.py"
PROBLEMS = {
    "MEMBER-KEY-FAILS-OPEN": P(A, "if key != MEMBER_KEY:", "security",
                               "MEMBER_KEY defaults to '' and the header defaults to '': with the variable unset every request passes"),
    "MEMBER-KEY-TIMING": P(A, "if key != MEMBER_KEY:", "security",
                           "member key compared with != (not constant time): the key can be recovered by timing"),
    "FARM-ID-SPOOFED": P(A, 'g.farm_id = request.headers.get("X-Farm-Id")', "security",
                         "the farm id is whatever header the client sends, not bound to the (shared) member key"),
    "WEIGHT-BOUNDARY": P(A, "if low < grams <= high:", "bug",
                         "class bounds are low-exclusive, high-inclusive: a 53 g egg is S, a 63 g egg M (should be [low, high))",
                         "off-by-one"),
    "NO-WEIGHTS-XL": P(A, 'return "XL"', "bug",
                       "a tray recorded without weights has avg 0.0, matches no class and is filed as XL"),
    "WEEK-CACHE-RACE": P(A, "cached = _load_week(week)", "bug",
                         "check-load-store on _week_cache without _cache_lock: concurrent payouts load the week twice and race the dict",
                         "critical-section"),
    "STALE-WEEK-CACHE": P(A, "_week_cache[week] = cached", "bug",
                          "record_tray never invalidates the cache: the current week's payout stays at its first value"),
    "NEG-EGGS": P(A, 'eggs = int(body["eggs"])', "bug",
                  "egg and grade counts are not checked for being positive: negative trays reduce totals and payouts"),
    "PCT-DIV-ZERO": P(A, 'pct_a = round(100 * grades["A"] / eggs, 1)', "bug",
                      "eggs == 0 divides by zero (500), and the percentage is computed before the count check"),
    "STATS-RACE": P(A, '_stats["trays"] += 1', "bug",
                    "module-level counters incremented from request threads without a lock: lost updates",
                    "critical-section"),
    "SQLI-FARM": P(A, "WHERE f.name LIKE '%{farm}%'\"", "security",
                   "farm query parameter formatted into the SQL string", "source-vs-sink"),
    "SQLI-ORDER": P(A, 'sql += f" ORDER BY {order} DESC', "security",
                    "order query parameter formatted into ORDER BY"),
    "PAGE-OFFSET": P(A, 'sql += f" ORDER BY {order} DESC', "bug",
                     "page starts at 1 but OFFSET is page * PAGE_SIZE: the first 25 trays are never listed", "off-by-one"),
    "PAYOUT-IDOR": P(A, "row = week_totals(week).get(farm_id)", "security",
                     "any member reads any farm's payout: the farm id in the path is never compared with the caller's",
                     "signature-vs-statement"),
    "PAYOUT-DOZEN-FLOOR": P(A, "dozens = {k: row[k.lower()] // 12 for k in PRICES}", "bug",
                            "floor division per grade: up to 11 eggs per grade per week are never paid"),
    "WITHDRAW-NOT-OWNER": P(A, 'db.execute("DELETE FROM trays WHERE id = ?", (tray_id,))', "security",
                            "any member can delete any farm's tray: no farm check on the DELETE", "signature-vs-statement"),
    "TRAY-NONE": P(A, 'cmd = f"lp -d {printer} -n {copies}', "bug",
                   "unknown tray id: fetchone() is None and tray['size'] raises TypeError (500)"),
    "LABEL-SHELL": P(A, "subprocess.run(cmd, shell=True, check=False)", "security",
                     "printer and copies form values go unquoted into a shell command line", "source-vs-sink"),
    "LP-ERROR-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                          "lp's exit status is ignored: the grader is told ok although nothing printed"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "photo.save(target)", "security",
                                "uploaded filename joined unsanitised: ../ writes outside PHOTO_DIR", "source-vs-sink"),
    "PHOTO-NO-AUTH": P(A, "def tray_photo(name):", "security",
                       "tray photos are served without any authentication"),
    "PHOTO-READ-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security",
                              "path converter value joined to PHOTO_DIR: ../ reads any .jpg/.png on the host (suffix check only)",
                              "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["name"], r["eggs"]', "security",
                     "farm names written to the CSV unescaped: =HYPERLINK/=cmd formulas run in the office spreadsheet"),
    "EXPORT-PATH": P(A, "with open(os.path.join(EXPORT_DIR, fname)", "security",
                     "export file name taken from the form: ../ overwrites any file the service can write"),
}

CONFUSABLE = [
    ("MEMBER-KEY-FAILS-OPEN", "MEMBER-KEY-TIMING"),
    ("MEMBER-KEY-FAILS-OPEN", "FARM-ID-SPOOFED"),
    ("MEMBER-KEY-TIMING", "FARM-ID-SPOOFED"),
    ("WEIGHT-BOUNDARY", "NO-WEIGHTS-XL"),
    ("WEEK-CACHE-RACE", "STALE-WEEK-CACHE"),
    ("NEG-EGGS", "PCT-DIV-ZERO"),
    ("SQLI-FARM", "SQLI-ORDER"),
    ("SQLI-ORDER", "PAGE-OFFSET"),
    ("PAYOUT-IDOR", "PAYOUT-DOZEN-FLOOR"),
    ("TRAY-NONE", "LP-ERROR-IGNORED"),
    ("LABEL-SHELL", "LP-ERROR-IGNORED"),
    ("PHOTO-NO-AUTH", "PHOTO-READ-TRAVERSAL"),
    ("CSV-FORMULA", "EXPORT-PATH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `candlebench/app.py`

        The grading log is one Flask module. The grader side is in reasonable shape (`grader_only` fails closed
        and uses `hmac.compare_digest`, `import_farms` uses `yaml.safe_load`, and most queries bind their
        parameters), but the member side is weak and several grader endpoints trust form values.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | SQL / shell injection | 3 |
        | High | member auth, ownership, file paths | 7 |
        | Medium | counting and caching | 6 |

        Findings, most serious first:
        """,
        Block([
            F("SQLI-FARM", "critical", "security", "SQL injection through the `farm` search parameter in `list_trays`",
              "Use `WHERE f.name LIKE ?` with `(f\"%{farm}%\",)` as a bound parameter.",
              symbol="list_trays", conf=0.95),
            F("SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unchecked",
              "Map `order` through an allow-list of column names (`created`, `eggs`, `pct_a`).",
              symbol="list_trays", conf=0.9),
            F("LABEL-SHELL", "critical", "security", "Command injection in `print_labels` via `printer`/`copies`",
              "Build an argument list (`[\"lp\", \"-d\", printer, \"-n\", str(int(copies)), path]`) and drop `shell=True`; allow-list the printer names.",
              symbol="print_labels", conf=0.95),
            F("MEMBER-KEY-FAILS-OPEN", "high", "security", "`member_only` lets everyone in when `MEMBER_KEY` is unset",
              "Refuse to start (or answer 503) when `MEMBER_KEY` is empty; a missing header and an empty key currently compare equal.",
              symbol="member_only.wrapper", conf=0.9),
            F("FARM-ID-SPOOFED", "high", "security", "Caller's farm identity comes from a client-chosen header",
              "Issue a key per farm and derive `g.farm_id` from the key; `X-Farm-Id` lets any member act as any farm in `/me/trays`.",
              symbol="member_only.wrapper", conf=0.8),
            F("PAYOUT-IDOR", "high", "security", "Any member can read any farm's weekly payout",
              "Compare `farm_id` with the caller's farm and return 403 otherwise.",
              symbol="payout", conf=0.85),
            F("WITHDRAW-NOT-OWNER", "high", "security", "`withdraw_tray` deletes trays of other farms",
              "Add `AND farm_id = ?` with the caller's farm, and check `rowcount`.",
              symbol="withdraw_tray", conf=0.85),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Upload path built from the client's file name",
              "Use `werkzeug.utils.secure_filename` and check the resolved path stays under `PHOTO_DIR`.",
              d=-1, symbol="upload_photo", conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "`tray_photo` serves files outside `PHOTO_DIR`",
              "Use `send_from_directory(PHOTO_DIR, name)`; the suffix check does not stop `../../home/x/id.png`.",
              symbol="tray_photo", conf=0.8),
        ]),
        "Counting, caching and input validation:",
        Block([
            F("PCT-DIV-ZERO", "medium", "bug", "`record_tray` divides by `eggs` before validating it",
              "Reject `eggs <= 0` first and compute `pct_a` after the graded-versus-delivered check.",
              symbol="record_tray", conf=0.9),
            F("NEG-EGGS", "medium", "bug", "Negative egg and grade counts are accepted",
              "Validate that `eggs` and every grade count are non-negative integers (eggs > 0).",
              symbol="record_tray", conf=0.75),
            F("WEIGHT-BOUNDARY", "medium", "bug", "Weight classes exclude their lower bound",
              "Use `low <= grams < high`; a 63 g egg is large, not medium, under the marketing standard.",
              symbol="weight_class", conf=0.8),
            F("WEEK-CACHE-RACE", "medium", "bug", "`week_totals` reads and fills `_week_cache` without `_cache_lock`",
              "Hold `_cache_lock` around the get/load/store (or use a per-week lock) so two payouts do not load and write concurrently.",
              d=-1, n=3, symbol="week_totals", conf=0.7),
            F("STALE-WEEK-CACHE", "medium", "bug", "Payouts for the current week never change after the first request",
              "Clear the week's entry in `record_tray` under `_cache_lock`, as `withdraw_tray` and `import_farms` do.",
              symbol="week_totals", conf=0.8),
            F("STATS-RACE", "low", "bug", "`_stats` counters are updated without synchronisation",
              "Guard the two increments with a lock or count in the database.",
              n=2, symbol="record_tray", conf=0.6),
            F("CSV-FORMULA", "low", "security", "CSV export is open to formula injection through farm names",
              "Prefix cells starting with `=`, `+`, `-`, `@` with a single quote.",
              symbol="export_week", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SQLI-FARM", "critical", "security", "SQL injection: farm filter concatenated into query",
              "bind params", d=-3),
            F("PAGE-OFFSET", "medium", "bug", "page=1 skips first page (OFFSET page*size)",
              "(page-1)*PAGE_SIZE; clamp page>=1", d=-2),
            F("LABEL-SHELL", "critical", "security", "shell injection via printer form field",
              "argv list, no shell", d=-3),
            F("TRAY-NONE", "medium", "bug", "print_labels crashes on unknown tray (None subscript)",
              "404 when fetchone() is None"),
            F("PAYOUT-IDOR", "high", "security", "payout readable for any farm_id",
              "check g.farm_id", d=-2),
            F("WITHDRAW-NOT-OWNER", "high", "security", "withdraw_tray: no ownership check", "scope DELETE by farm", d=-2),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "upload filename not sanitised (path traversal)",
              "secure_filename", d=-2),
            F("EXPORT-PATH", "high", "security", "export name allows writing outside EXPORT_DIR", "basename + fixed suffix", d=1),
            F("MEMBER-KEY-TIMING", "low", "security", "member key compared with != (timing)", "hmac.compare_digest"),
            F("PCT-DIV-ZERO", "medium", "bug", "ZeroDivisionError when eggs=0", "validate eggs>0 first"),
            F("STATS-RACE", "low", "bug", "_stats += from threads w/o lock", "lock", d=1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `candlebench` application, a Flask service that records egg grading results
        for a farmers' co-op and computes weekly payouts. My review focused on security, data integrity and
        concurrency.

        **Security**

        The most serious issues are injection vulnerabilities in the tray listing and label printing, and
        several file-handling endpoints that trust user-supplied paths.
        """,
        Block([
            F("SQLI-FARM", "CRITICAL", "SQL Injection", "SQL Injection in Tray Search",
              "Use parameterized queries for the LIKE pattern.", sd=-2, n=3,
              desc="The `farm` parameter from the query string is embedded directly into the SQL statement."),
            F("SQLI-ORDER", "HIGH", "SQL Injection", "SQL Injection via ORDER BY Clause",
              "Validate `order` against a fixed set of columns.", sd=-2, n=3),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="`printer` and `copies` come from the request form and are placed in a shell command."),
            F("PHOTO-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Access to Tray Photos",
              "Require `member_only` or `grader_only` on the photo route.", d=-1, sd=-1, n=3),
            F("PHOTO-READ-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("EXPORT-PATH", "HIGH", "Path Traversal", "Arbitrary File Write in CSV Export",
              "Do not accept a file name from the client.", d=0, sd=-2, n=3),
            F("MEMBER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When MEMBER_KEY Is Unset",
              "Fail closed if the key is not configured.", d=0, sd=-1, n=3),
        ], wrap="list"),
        """
        **Reliability and Data Integrity**

        Additionally, I found the following logic and concurrency problems:
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and business logic; consider splitting it."}),
            F("WEEK-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Access to the Weekly Totals Cache",
              "Use `_cache_lock` when reading and writing `_week_cache`.", d=1, sd=-2, n=3,
              desc="Two concurrent payout requests can both miss the cache and both write it; the lock defined at module level is not used here."),
            F("PAYOUT-DOZEN-FLOOR", "MEDIUM", "Logic Error", "Payout Ignores Eggs Beyond Whole Dozens",
              "Pay per egg (price / 12) or carry the remainder to the next week.", sd=-2, n=3),
            F("WEIGHT-BOUNDARY", "LOW", "Logic Error", "Incorrect Weight Class Boundaries",
              "Make the lower bound inclusive.", sd=-1, n=3),
            F("NO-WEIGHTS-XL", "LOW", "Logic Error", "Trays Without Weights Are Classified as XL",
              "Return `None` (or reject the tray) when no weights are given.", sd=-2, n=3),
            F("LP-ERROR-IGNORED", "LOW", "Error Handling", "Printing Failures Are Not Reported",
              "Check the return code of `lp`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SQLI-FARM", "critical", "security", "sql injection in list_trays (farm)", "use ? placeholders"),
            F("LABEL-SHELL", "critical", "security", "shell injection in print_labels", "no shell=True", d=-1),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "photo filename path traversal", "secure_filename"),
            F("STALE-WEEK-CACHE", "medium", "", "week cache never invalidated on new trays", "clear cache in record_tray", d=-1),
            F("PCT-DIV-ZERO", "medium", "bug", "div by zero when eggs is 0", "check eggs > 0"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the tray listing and shell in label printing.
        2. Broken access control around payouts, withdrawals and photos.
        3. Concurrency: the weekly cache and the stats counters are shared without locking.
        4. Validation and off-by-one errors in tray recording, weight classes and paging.
        """,
        Block([
            F("SQLI-FARM", "blocker", "security", "SQL injection in tray listing search filter",
              "Use parameter binding.", d=-1, conf=0.9),
            F("LABEL-SHELL", "blocker", "security", "Command injection through lp arguments",
              "Use subprocess with a list of arguments.", conf=0.9),
            F("PAYOUT-IDOR", "major", "security", "Missing authorization on payout endpoint",
              "Restrict to the caller's farm.", conf=0.8),
            F("WITHDRAW-NOT-OWNER", "major", "security", "Tray deletion without ownership verification",
              "Check the tray belongs to the caller's farm.", conf=0.8),
            F("PHOTO-READ-TRAVERSAL", "major", "security", "Directory traversal when serving photos",
              "Use send_from_directory.", d=-3, conf=0.8),
            F("MEMBER-KEY-TIMING", "minor", "security", "Non-constant-time comparison of member key",
              "Use hmac.compare_digest.", conf=0.6),
            F("WEEK-CACHE-RACE", "major", "concurrency", "Thread-unsafe weekly cache (duplicate loads, lost writes)",
              "Guard with _cache_lock.", d=-2, conf=0.7),
            F("STATS-RACE", "minor", "concurrency", "Non-atomic counter increments in record_tray",
              "Use a lock.", d=1, conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in pagination offset",
              "Use (page - 1) * PAGE_SIZE.", conf=0.8),
            F("WEIGHT-BOUNDARY", "minor", "correctness", "Off-by-one at weight class boundaries",
              "Use low <= grams < high.", d=-1, conf=0.7),
            F("NEG-EGGS", "major", "correctness", "No validation of egg counts (negative or zero)",
              "Validate eggs > 0 before computing percentages.",
              anchor='pct_a = round(100 * grades["A"] / eggs, 1)', conf=0.7),
            F("CSV-FORMULA", "minor", "security", "CSV injection in weekly export",
              "Escape leading formula characters.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}

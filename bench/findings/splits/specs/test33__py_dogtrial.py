"""test33/py-dogtrial: a sheepdog-trial entries, run-order and scoring desk (Python, Flask + SQLite).

Frozen test split test33; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or "
    "any other split's cases. Frozen test split (test33): seeded problems in a small sheepdog-trial desk "
    "(entries, run-order draw, judges' deductions, results, scoresheets); five agents' answers written by hand."
)

A = "dogtrial/app.py"
R = "dogtrial/runorder.py"
S = "dogtrial/scoring.py"
JOIN = '"JOIN scores s ON s.run_id = e.id'
PROBLEMS = {
    "JUDGE-FAILS-OPEN": P(A, 'if request.headers.get("X-Judge-Token", "") == JUDGE_TOKEN:', "security",
                          "JUDGE_TOKEN defaults to '' and a missing header also gives '': with the variable unset every caller is a judge",
                          "signature-vs-statement"),
    "JUDGE-TIMING": P(A, 'if request.headers.get("X-Judge-Token", "") == JUDGE_TOKEN:', "security",
                      "judge token compared with == rather than hmac.compare_digest (timing side channel)"),
    "ENTRY-CLASS-UNCHECKED": P(A, 'klass = body.get("class", "open")', "bug",
                               "class is stored as sent; CLASSES is defined but never checked, so typos create new classes"),
    "ENTRY-FEE-FROM-CLIENT": P(A, 'fee = int(body.get("fee_pence", 0))', "bug",
                               "the entry fee is taken from the request body: an entrant records any fee, zero or negative"),
    "ENTRY-CAP-RACE": P(A, "if count >= MAX_RUNS:", "bug",
                        "COUNT then INSERT without a transaction: concurrent entries all pass the cap", "critical-section"),
    "ENTRIES-SQLI-ORDER": P(A, "ORDER BY {order} LIMIT {limit}", "security",
                            "order query value formatted into ORDER BY (SQL injection)", "source-vs-sink"),
    "ENTRIES-SQLI-LIMIT": P(A, "ORDER BY {order} LIMIT {limit}", "security",
                            "limit query value formatted into LIMIT (SQL injection)"),
    "DRAW-SEED-FROM-CALLER": P(A, "order = runorder.draw(", "security",
                               "the draw's random seed comes from the query string: the order can be chosen by replaying seeds",
                               "source-vs-sink"),
    "RUN-NO-ZERO": P(A, "for n, e in enumerate(order)", "bug",
                     "run numbers stored from enumerate() start at 0, the printed programme starts at 1", "off-by-one"),
    "JUDGE-FROM-BODY": P(A, '(run_id, body["judge"], points', "security",
                         "the judge's name comes from the body, not from the token: any judge can score as another"),
    "RESULTS-DROPS-UNSCORED": P(A, JOIN, "bug",
                                "inner JOIN drops runs without a score: retired and disqualified dogs vanish from the results"),
    "RESULTS-ROW-PER-JUDGE": P(A, JOIN, "bug",
                               "one row per judge's score: with two judges each dog is listed twice, ranked on single cards"),
    "BOARD-STALE": P(A, "if cached and time.time() - cached[0] < 30:", "bug",
                     "the leaderboard cache is never invalidated when a score is posted: up to 30 s stale"),
    "BOARD-STAMPEDE": P(A, "ranked = scoring.rank(results_rows(trial_id))", "performance",
                        "check-then-compute on the shared cache without a lock: concurrent misses all recompute and race on _board",
                        "critical-section"),
    "CLASSES-MIXED": P(A, "for r in scoring.rank(results_rows(trial_id)):", "bug",
                       "results CSV ranks nursery, novice and open runs in one list (places across classes)"),
    "CSV-FORMULA": P(A, 'out.writerow([r["place"]', "security",
                     "handler and dog names written to the CSV unescaped (spreadsheet formula injection)"),
    "PRINT-INJECTION": P(A, 'subprocess.run(f"lp -d', "security",
                         "copies query value formatted into a shell command (command injection)", "source-vs-sink"),
    "SHEET-NO-AUTH": P(A, '@app.get("/sheets/<path:name>")', "security",
                       "scoresheets are served without any judge or secretary check"),
    "SHEET-TRAVERSAL": P(A, "return send_file(os.path.join(SHEETS, name)", "security",
                         "path:name joined to SHEETS and sent: ../ reads any file", "signature-vs-statement"),
    "COURSES-IN-MEMORY": P(A, "_courses: dict[int, runorder.Course] = {}", "bug",
                           "extra, one agent: course state lives in one process: lost on restart, different per gunicorn worker"),
    "DRAW-RANGE-END": P(R, "j = rng.randrange(i + 2, len(order))", "bug",
                        "two dogs of one handler at the end of the order: randrange(len, len) raises ValueError", "off-by-one"),
    "DRAW-SWAP-UNCHECKED": P(R, "order[i + 1], order[j] = order[j], order[i + 1]", "bug",
                             "the swapped-in entry is not checked: it can be the same handler again, or break the pair at j"),
    "COURSE-COUNTER-RACE": P(R, "self.completed += 1", "bug",
                             "completed and started_at updated after the lock is released: double taps count twice",
                             "critical-section"),
    "ON-POST-OFF-BY-ONE": P(R, "if self.current <= len(self.run_ids):", "bug",
                            "<= lets current == len through: IndexError after the last run", "off-by-one"),
    "DEDUCTION-UNCLAMPED": P(S, "total += MAX[element] - lost", "bug",
                             "deductions not clamped to 0..max: a negative deduction adds points, a large one goes below zero",
                             "signature-vs-statement"),
    "UNKNOWN-ELEMENT": P(S, "total += MAX[element] - lost", "bug",
                         "an unknown element name raises KeyError (500) instead of a 400"),
    "TIE-BREAK-IGNORED": P(S, 'ranked = sorted(rows, key=lambda r: r["points"], reverse=True)', "bug",
                           "ties are not broken on outwork as the docstring says: equal points keep database order"),
}

CONFUSABLE = [
    ("JUDGE-FAILS-OPEN", "JUDGE-TIMING"),
    ("ENTRY-CLASS-UNCHECKED", "ENTRY-FEE-FROM-CLIENT"),
    ("ENTRY-FEE-FROM-CLIENT", "ENTRY-CAP-RACE"),
    ("ENTRIES-SQLI-ORDER", "ENTRIES-SQLI-LIMIT"),
    ("DRAW-SEED-FROM-CALLER", "RUN-NO-ZERO"),
    ("RESULTS-DROPS-UNSCORED", "RESULTS-ROW-PER-JUDGE"),
    ("BOARD-STALE", "BOARD-STAMPEDE"),
    ("CLASSES-MIXED", "CSV-FORMULA"),
    ("SHEET-NO-AUTH", "SHEET-TRAVERSAL"),
    ("DRAW-RANGE-END", "DRAW-SWAP-UNCHECKED"),
    ("DEDUCTION-UNCLAMPED", "UNKNOWN-ELEMENT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `dogtrial` is a small Flask service for running a sheepdog trial: entries, the run-order draw, the judges'
        deductions, results and scoresheets. The secretary side is well guarded (`secretary_only` refuses an empty
        key and uses `hmac.compare_digest`), and the `outwork` helper clamps each element correctly. The judge side
        and the public endpoints are where the problems are.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | auth | `judge_only` lets everyone in when `JUDGE_TOKEN` is unset |
        | 2 | injection | `ORDER BY` / `LIMIT` built from the query string; `lp` run through a shell |
        | 3 | files | `/sheets/<path:name>` serves any file |
        | 4 | scoring | deductions unclamped, ties not broken on outwork, results built from an inner join |
        | 5 | state | course counters and the entry cap are racy; run-order edge cases |
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "critical", "security", "`judge_only` accepts every request when `JUDGE_TOKEN` is unset",
              "Refuse to start (or refuse every judge request) when `JUDGE_TOKEN` is empty; a missing header and the default both give `\"\"`, so today they compare equal.",
              symbol="judge_only.wrapper", conf=0.9),
            F("JUDGE-TIMING", "low", "security", "Judge token compared with `==`",
              "Use `hmac.compare_digest`, as `secretary_only` already does.",
              symbol="judge_only.wrapper", conf=0.55),
            F("ENTRIES-SQLI-ORDER", "high", "security", "SQL injection through the `order` parameter of the entries list",
              "Map `order` through an allow-list of column names (`run_no`, `handler`, `dog`, `class`).",
              symbol="entries", conf=0.9),
            F("ENTRIES-SQLI-LIMIT", "high", "security", "SQL injection through the `limit` parameter of the entries list",
              "Parse `limit` with `int()`, clamp it, and pass it as a bound parameter.",
              symbol="entries", conf=0.85),
            F("PRINT-INJECTION", "critical", "security", "Shell command injection via `copies` in `print_sheet`",
              "Validate `copies` as a small integer and call `subprocess.run([\"lp\", \"-d\", PRINTER, \"-n\", str(n), sheet])` without `shell=True`.",
              symbol="print_sheet", conf=0.9),
            F("SHEET-TRAVERSAL", "high", "security", "Path traversal in the scoresheet download",
              "Use `send_from_directory(SHEETS, name)`, which rejects paths that leave the directory.",
              symbol="sheet", conf=0.85),
            F("ENTRY-FEE-FROM-CLIENT", "high", "security", "Entrants choose their own entry fee",
              "Look the fee up from the trial's schedule for the chosen class; never read it from the request body.",
              symbol="enter", conf=0.8),
            F("ENTRY-CLASS-UNCHECKED", "low", "bug", "Entry class is not validated against `CLASSES`",
              "Reject a `class` that is not in `CLASSES`; the tuple is defined but never used.",
              symbol="enter", conf=0.7),
            F("ENTRY-CAP-RACE", "medium", "bug", "`MAX_RUNS` cap can be exceeded by concurrent entries",
              "Count and insert inside one `BEGIN IMMEDIATE` transaction (or enforce the cap with a trigger).",
              d=-1, n=2, symbol="enter", conf=0.7),
            F("DRAW-SEED-FROM-CALLER", "medium", "security", "Run-order seed taken from the query string",
              "Draw with `random.SystemRandom()` and record the result; a caller-chosen seed lets the order be picked by trying seeds.",
              symbol="draw", conf=0.65),
            F("RUN-NO-ZERO", "medium", "bug", "Run numbers start at 0",
              "Use `enumerate(order, start=1)` so `run_no` matches the printed running order.",
              symbol="draw", conf=0.75),
            F("JUDGE-FROM-BODY", "medium", "security", "Score attributed to whatever judge name the body carries",
              "Issue one token per judge and derive the judge from it.",
              symbol="score", conf=0.7),
            F("RESULTS-DROPS-UNSCORED", "medium", "bug", "Results omit runs that have no score",
              "Use a `LEFT JOIN` and show retired / disqualified runs with their status instead of dropping them.",
              symbol="results_rows", conf=0.7),
            F("RESULTS-ROW-PER-JUDGE", "high", "bug", "Results list a run once per judge",
              "Aggregate per run (`SUM(s.points)`, `SUM(s.outwork)` ... `GROUP BY e.id`) before ranking.",
              symbol="results_rows", conf=0.75),
            F("BOARD-STAMPEDE", "low", "performance", "Leaderboard cache is filled without a lock",
              "Guard the miss with a lock so one request recomputes and the others wait for it.",
              d=-3, n=3, symbol="leaderboard", conf=0.6),
            F("CSV-FORMULA", "medium", "security", "CSV export writes names that can start with `=`, `+`, `-` or `@`",
              "Prefix such cells with `'` before writing them.",
              symbol="results_csv", conf=0.6),
            F("DEDUCTION-UNCLAMPED", "high", "bug", "Negative deductions add points to a run",
              "Clamp each deduction to `0..MAX[element]`, as `outwork` does.",
              symbol="run_points", conf=0.85),
            F("TIE-BREAK-IGNORED", "medium", "bug", "`rank` does not break ties on outwork",
              "Sort on `(points, outwork)` descending, as the docstring says.",
              symbol="rank", conf=0.8),
        ]),
        """
        The run order and the live course state:
        """,
        Block([
            F("DRAW-RANGE-END", "medium", "bug", "`draw` crashes when the last two runs belong to one handler",
              "`randrange(i + 2, len(order))` is empty when `i` is the second-last index; pick a swap target from the earlier part of the list in that case.",
              symbol="draw", conf=0.75),
            F("DRAW-SWAP-UNCHECKED", "low", "bug", "`draw` does not re-check the entry it swaps in",
              "After the swap the new neighbour can be the same handler again (and the pair around `j` can break); loop until no adjacent pair remains, or build the order greedily.",
              symbol="draw", conf=0.6),
            F("COURSE-COUNTER-RACE", "medium", "bug", "`Course.advance` updates `completed` and `started_at` outside the lock",
              "Move both assignments inside the `with self.lock:` block (and only count when `current` really moved).",
              symbol="Course.advance", conf=0.7),
            F("ON-POST-OFF-BY-ONE", "medium", "bug", "`on_post` indexes past the end after the last run",
              "Use `<` instead of `<=`.",
              symbol="Course.on_post", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in the repo).",
        Block([
            F("ENTRIES-SQLI-ORDER", "high", "security", "SQL injection: ?order= reaches ORDER BY",
              "allow-list the sort column", d=-3),
            F("ENTRIES-SQLI-LIMIT", "high", "security", "SQL injection: ?limit= reaches LIMIT unparsed",
              "int() and bind", d=-2),
            F("PRINT-INJECTION", "critical", "security", "Command injection via ?copies= in print_sheet (shell=True)",
              "argv list, int(copies)", d=-2),
            F("SHEET-TRAVERSAL", "high", "security", "Arbitrary file read through /sheets/<path:name>",
              "send_from_directory"),
            F("JUDGE-FAILS-OPEN", "high", "security", "judge_only: unset JUDGE_TOKEN matches the missing-header default",
              "fail closed when JUDGE_TOKEN is empty", d=-1),
            F("ENTRY-FEE-FROM-CLIENT", "medium", "bug", "fee_pence trusted from the request",
              "derive from trial schedule"),
            F("ENTRY-CAP-RACE", "medium", "bug", "Entry cap is check-then-insert (TOCTOU)",
              "single transaction"),
            F("DRAW-SEED-FROM-CALLER", "medium", "security", "Caller controls the draw seed (?seed=)",
              "SystemRandom; no seed parameter", d=-1),
            F("RESULTS-ROW-PER-JUDGE", "medium", "bug", "results_rows returns one row per score, not per run",
              "GROUP BY e.id"),
            F("CLASSES-MIXED", "medium", "bug", "results.csv places all classes in one ranking",
              "rank per class"),
            F("UNKNOWN-ELEMENT", "low", "bug", "run_points KeyError on an unknown element -> 500",
              "validate keys against MAX"),
            F("DRAW-RANGE-END", "medium", "bug", "draw(): randrange(i + 2, len) empty near the end of the list",
              "handle i == len(order) - 2", d=-2),
            F("COURSE-COUNTER-RACE", "low", "bug", "Course.advance: completed/started_at written after the lock is released",
              "keep them under self.lock", d=-3),
            F("ON-POST-OFF-BY-ONE", "medium", "bug", "IndexError in on_post once current == len(run_ids)",
              "< not <=", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `dogtrial` application, a Flask service that manages sheepdog trial entries, the
        running order, judges' scores and results. I reviewed `app.py`, `runorder.py` and `scoring.py`, focusing on
        authentication, injection, data integrity and concurrency.

        **Security Assessment**

        The judge authentication decorator fails open in its default configuration, and several endpoints pass
        request values to SQL, the shell or the filesystem. The scoresheet directory is readable by anyone.
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Judge Authentication Bypass When Token Is Not Configured",
              "Fail closed: deny all requests when `JUDGE_TOKEN` is empty.", d=-2, sd=-2, n=3,
              desc="`JUDGE_TOKEN` defaults to an empty string and the header lookup defaults to an empty string as well, so a request without the header is accepted as a judge."),
            F("ENTRIES-SQLI-ORDER", "CRITICAL", "SQL Injection", "SQL Injection via Sort Order Parameter",
              "Use an allow-list of sortable columns."),
            F("ENTRIES-SQLI-LIMIT", "HIGH", "SQL Injection", "SQL Injection via Limit Parameter",
              "Convert `limit` to an integer and bind it."),
            F("PRINT-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Scoresheet Printing",
              "Avoid `shell=True`; pass arguments as a list."),
            F("SHEET-NO-AUTH", "MEDIUM", "Broken Access Control", "Scoresheets Downloadable Without Authentication",
              "Require a judge or secretary credential on `/sheets`."),
            F("SHEET-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Scoresheet Download",
              "Use `send_from_directory` or validate the resolved path.", d=-1),
            F("ENTRY-FEE-FROM-CLIENT", "HIGH", "Business Logic", "Client-Controlled Entry Fee",
              "Compute the fee on the server."),
            F("JUDGE-FROM-BODY", "MEDIUM", "Broken Access Control", "Judge Identity Spoofing in Score Submission",
              "Bind the judge identity to the credential."),
            F("CSV-FORMULA", "MEDIUM", "Injection", "CSV Injection in Results Export",
              "Escape cells beginning with formula characters.", d=+1, sd=0),
        ], wrap="list"),
        """
        **Data Integrity and Concurrency**

        The scoring and results code has several correctness problems that would change the published placings.
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider adding type hints to the Flask view functions."}),
            F("DEDUCTION-UNCLAMPED", "HIGH", "Data Integrity", "Score Calculation Accepts Out-of-Range Deductions",
              "Clamp deductions to the element's maximum and to zero.", d=-3,
              desc="`run_points` adds `MAX[element] - lost` for every element in the submitted dict without bounds, so a deduction of -10 adds ten points."),
            F("RESULTS-DROPS-UNSCORED", "MEDIUM", "Data Integrity", "Unscored Runs Missing From Results",
              "Use an outer join."),
            F("RUN-NO-ZERO", "MEDIUM", "Business Logic", "Running Order Numbers Are Zero-Based",
              "Start the enumeration at one."),
            F("TIE-BREAK-IGNORED", "MEDIUM", "Business Logic", "Tie-Break Rule Not Implemented",
              "Include outwork points in the sort key."),
            F("BOARD-STAMPEDE", "LOW", "Performance", "Cache Stampede on Leaderboard",
              "Use a lock or a single-flight mechanism around the recomputation."),
            F("BOARD-STALE", "LOW", "Caching", "Leaderboard Serves Stale Results After New Scores",
              "Invalidate `_board[trial_id]` when a score is stored."),
            F("COURSE-COUNTER-RACE", "MEDIUM", "Race Condition", "Race Condition in Course Advancement",
              "Perform all state updates while holding the lock.", d=+1),
            F("ON-POST-OFF-BY-ONE", "HIGH", "Correctness", "Index Out of Range in on_post",
              "Change the comparison to `<`.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ENTRIES-SQLI-ORDER", "error", "security", "sql injection in entries order", "whitelist columns"),
            F("PRINT-INJECTION", "error", "security", "shell injection in print_sheet", "no shell=True"),
            F("SHEET-TRAVERSAL", "error", "security", "path traversal in /sheets", "send_from_directory"),
            F("JUDGE-FROM-BODY", "warning", "", "judge name not tied to token", "one token per judge"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("ENTRY-FEE-FROM-CLIENT", "warning", "bug", "fee comes from client", "server-side fee"),
            F("ENTRY-CLASS-UNCHECKED", "info", "bug", "class not validated", "check against CLASSES"),
            F("DEDUCTION-UNCLAMPED", "warning", "bug", "negative deductions give bonus points", "clamp"),
            F("ON-POST-OFF-BY-ONE", "error", "bug", "on_post off by one", "use <"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. The judge endpoints are open when `JUDGE_TOKEN` is not set, and the token check is not constant-time.
        2. SQL and shell commands are built from request parameters.
        3. Scoresheets can be downloaded by anyone, with path traversal.
        4. Scoring: deductions are not validated and ties are not broken.
        5. Results and the leaderboard: missing runs, stale cache, duplicated computation.
        6. The course state and the run-order draw have bounds problems.
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "blocker", "security", "Authentication bypass in judge_only when JUDGE_TOKEN is empty",
              "Reject requests when the token is not configured.", conf=0.9),
            F("JUDGE-TIMING", "minor", "security", "Non constant-time comparison of the judge token",
              "Use hmac.compare_digest.", conf=0.6),
            F("ENTRIES-SQLI-ORDER", "blocker", "security", "SQL injection in list entries (order)",
              "Whitelist the order column.", d=-3, conf=0.9),
            F("PRINT-INJECTION", "blocker", "security", "Command injection in print_sheet",
              "Use an argument list.", conf=0.9),
            F("SHEET-NO-AUTH", "major", "security", "Missing authorization on scoresheet download",
              "Protect the route.", conf=0.7),
            F("SHEET-TRAVERSAL", "major", "security", "Directory traversal in sheet()",
              "Use send_from_directory.", d=-1, conf=0.85),
            F("ENTRY-FEE-FROM-CLIENT", "major", "correctness", "Entry fee accepted from the client",
              "Do not trust the fee field.", conf=0.75),
            F("ENTRY-CAP-RACE", "major", "concurrency", "Race condition between counting and inserting entries",
              "Use a transaction.", d=+2, conf=0.7),
            F("RUN-NO-ZERO", "minor", "correctness", "Off-by-one in run numbering",
              "Number runs from 1.", d=-1, sd=-1, n=2, conf=0.7),
            F("RESULTS-DROPS-UNSCORED", "major", "correctness", "Inner join hides runs with no score",
              "Use LEFT JOIN.", d=-1, sd=-1, n=2, conf=0.7),
            F("BOARD-STALE", "minor", "correctness", "Leaderboard cache not invalidated on new scores",
              "Clear the cache entry in score().", conf=0.6),
            F("BOARD-STAMPEDE", "minor", "concurrency", "Unsynchronized leaderboard cache update",
              "Use a lock.", d=+1, conf=0.6),
            F("COURSES-IN-MEMORY", "minor", "reliability", "Course state kept in process memory",
              "Persist the current run in the database so restarts and multiple workers agree.", conf=0.5),
            F("DEDUCTION-UNCLAMPED", "major", "correctness", "Deductions are not validated in run_points",
              "Validate 0 <= lost <= MAX[element].", conf=0.8),
            F("UNKNOWN-ELEMENT", "minor", "correctness", "Unknown scoring element raises KeyError",
              "Validate element names.", conf=0.6),
            F("TIE-BREAK-IGNORED", "major", "correctness", "Ranking ignores the outwork tie-break",
              "Sort by points then outwork.", conf=0.75),
            F("DRAW-RANGE-END", "major", "correctness", "ValueError in draw() when the last two runs share a handler",
              "Guard the randrange bounds.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}

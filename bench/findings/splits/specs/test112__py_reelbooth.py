"""test112/py-reelbooth: a cinema projection booth desk (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test112: seeded problems in a cinema projection booth desk (reel splices, show timings, usher rotas); "
    "five agents' answers written by hand."
)

A = "booth/app.py"
PROBLEMS = {
    "PROJ-KEY-IN-QUERY": P(A, 'supplied = request.args.get("key")', "security", "projectionist key accepted from the ?key= query string (ends up in access logs, history, referrers)"),
    "PROJ-KEY-FAILS-OPEN": P(A, "if supplied != PROJECTIONIST_KEY:", "security", "BOOTH_PROJ_KEY defaults to '': with it unset an empty/missing key passes the projectionist check"),
    "PROJ-KEY-TIMING": P(A, "if supplied != PROJECTIONIST_KEY:", "security", "projectionist key compared with != instead of hmac.compare_digest (timing side channel)"),
    "SHOWS-OFFSET-SKIPS": P(A, "offset = page * PAGE_SIZE", "bug", "1-based page times page size: page=1 skips the first 25 shows, they are never listed", "off-by-one"),
    "SHOWS-ORDER-SQLI": P(A, "ORDER BY {order} LIMIT", "security", "order query value formatted into the SQL ORDER BY clause: SQL injection", "source-vs-sink"),
    "RUNTIME-UNVALIDATED": P(A, 'runtime = int(body["runtime"])', "bug", "runtime not checked: zero or negative runtimes make a show end before it starts and defeat the clash check"),
    "CLASH-IGNORES-INTERVAL": P(A, "other_end = other_start + timedelta", "bug", "the existing show's end ignores its interval (show_end is not used), so a show can be booked into its second half"),
    "CLASH-NO-CLEANING-GAP": P(A, "if start < other_end and end > other_start:", "bug", "CLEANING_MINUTES turnaround never applied: back-to-back shows on one screen are accepted"),
    "FLAG-TLS-OFF": P(A, "verify=False", "security", "reel-wear webhook posted with certificate verification disabled", "signature-vs-statement"),
    "SPLICE-FEET-NEGATIVE": P(A, 'feet = int(body.get("feet_removed", 0))', "bug", "feet_removed not checked: a negative value lowers the reel's recorded loss and hides wear"),
    "SPLICE-TOTAL-RACE": P(A, "_footage_lost[reel_id] = lost + feet", "bug", "read-modify-write of _footage_lost without _splice_lock: concurrent splices lose updates (and double webhook calls)", "critical-section"),
    "TIMETABLE-STAMPEDE": P(A, 'rows = get_db().execute("SELECT title, screen, starts_at', "performance", "check-then-fill of the shared timetable cache without a lock: every request that sees it stale rebuilds it at once", "critical-section"),
    "TIMETABLE-UNORDERED": P(A, 'rows = get_db().execute("SELECT title, screen, starts_at', "bug", "public timetable query has no ORDER BY: shows come out in insertion order, not by start time"),
    "ROTA-PUBLIC-PHONES": P(A, "SELECT usher, phone, screen, shift_start", "security", "/rota has no authentication and returns every usher's phone number", "signature-vs-statement"),
    "SWAP-NONE-CRASH": P(A, "usher_a = db.execute", "bug", "unknown shift id: fetchone() is None and ['usher'] raises, answering 500"),
    "WEEK-SUNDAY-MISSING": P(A, "for weekday in range(1, 7):", "bug", "range(1, 7) stops at weekday 6: Sunday shifts are never counted in the hours", "off-by-one"),
    "HOURS-OVERNIGHT-NEGATIVE": P(A, 'hours = (_minutes(r["shift_end"])', "bug", "a shift past midnight (end earlier than start) gives negative hours"),
    "POSTER-TRAVERSAL": P(A, "return send_file(os.path.join(POSTER_DIR, name))", "security", "file query value joined to POSTER_DIR unchecked: any readable file is served", "source-vs-sink"),
    "CUE-PRINT-SHELL": P(A, 'subprocess.run(f"lp -d booth', "security", "copies query value formatted into a shell command line", "source-vs-sink"),
    "PRINT-RESULT-IGNORED": P(A, 'subprocess.run(f"lp -d booth', "bug", "check=False and no returncode check: the endpoint reports printed=True when lp fails"),
    "IMPORT-NO-AUTH": P(A, "def import_prints():", "security", "/prints/import has no authentication decorator: anyone can add prints"),
    "YAML-UNSAFE": P(A, "prints = yaml.load(", "security", "yaml.load with yaml.Loader on request data: arbitrary object construction", "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["reel_id"]', "security", "splice notes written to the CSV export unescaped: formula injection when opened in a spreadsheet"),
}

CONFUSABLE = [
    ("PROJ-KEY-FAILS-OPEN", "PROJ-KEY-TIMING"),
    ("PROJ-KEY-FAILS-OPEN", "PROJ-KEY-IN-QUERY"),
    ("PROJ-KEY-TIMING", "PROJ-KEY-IN-QUERY"),
    ("SHOWS-OFFSET-SKIPS", "SHOWS-ORDER-SQLI"),
    ("CLASH-IGNORES-INTERVAL", "CLASH-NO-CLEANING-GAP"),
    ("SPLICE-FEET-NEGATIVE", "SPLICE-TOTAL-RACE"),
    ("TIMETABLE-STAMPEDE", "TIMETABLE-UNORDERED"),
    ("WEEK-SUNDAY-MISSING", "HOURS-OVERNIGHT-NEGATIVE"),
    ("CUE-PRINT-SHELL", "PRINT-RESULT-IGNORED"),
    ("IMPORT-NO-AUTH", "YAML-UNSAFE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `booth/app.py` is a single Flask module with two auth decorators, show scheduling, a splice log with an
        in-memory loss counter, usher rotas, poster and cue-sheet handling, a YAML print import and a CSV export.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/cues/<id>/print`, `/prints/import` | shell injection, unsafe YAML, no auth on import |
        | P0 | `projectionist_only` | fails open when `BOOTH_PROJ_KEY` is unset |
        | P1 | `/shows`, `/posters`, `/rota` | SQL injection in `ORDER BY`, path traversal, public phone numbers |
        | P2 | scheduling, splice log, rota hours | clash check, unlocked counter, Sunday never counted |

        What is fine: `manager_only` fails closed and uses `hmac.compare_digest`; every query except the `ORDER BY`
        uses bound parameters; `reel_footage` reads the counter under `_splice_lock`; `show_end` itself adds the
        interval correctly; `close_db` is registered as a teardown.
        """,
        Block([
            F("PROJ-KEY-FAILS-OPEN", "critical", "security", "`projectionist_only` lets everyone in when `BOOTH_PROJ_KEY` is unset",
              "Read the key without a default and reject every request when it is missing or empty, as `manager_only` does.",
              symbol="projectionist_only.wrapper", conf=0.9),
            F("PROJ-KEY-IN-QUERY", "medium", "security", "Projectionist key accepted from the `?key=` query string",
              "Accept the key only from the `X-Booth-Key` header; query strings land in proxy and access logs.",
              symbol="projectionist_only.wrapper", conf=0.75),
            F("PROJ-KEY-TIMING", "low", "security", "Projectionist key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(supplied, PROJECTIONIST_KEY)`.", symbol="projectionist_only.wrapper", conf=0.6),
            F("SHOWS-ORDER-SQLI", "high", "security", "SQL injection through `order` in `GET /shows`",
              "Map `order` through an allow-list (`{\"starts_at\", \"title\", \"screen\"}`) before building the statement.",
              symbol="list_shows", conf=0.9),
            F("POSTER-TRAVERSAL", "high", "security", "Path traversal in `GET /posters`",
              "Use `flask.send_from_directory(POSTER_DIR, name)`, which rejects names escaping the directory.",
              symbol="poster", conf=0.9),
            F("CUE-PRINT-SHELL", "critical", "security", "Shell injection through `copies` in the cue-sheet print",
              "Validate `copies` as a small int and call `subprocess.run([\"lp\", \"-d\", \"booth\", \"-n\", str(n), path])` without a shell.",
              symbol="print_cue_sheet", conf=0.95),
            F("IMPORT-NO-AUTH", "high", "security", "`POST /prints/import` has no authentication",
              "Add `@manager_only`; every other write endpoint has a decorator.", symbol="import_prints", conf=0.85),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with the full `Loader` on request data",
              "Use `yaml.safe_load(request.data)` and check that the result is a list of mappings.",
              symbol="import_prints", conf=0.95),
            F("ROTA-PUBLIC-PHONES", "high", "security", "`GET /rota` publishes ushers' phone numbers without authentication",
              "Require `projectionist_only` (or drop `phone` from the public view).", symbol="rota", conf=0.8),
            F("FLAG-TLS-OFF", "medium", "security", "Reel-wear webhook posted with `verify=False`",
              "Drop `verify=False`; the hook is https and should be verified.", symbol="flag_reel", conf=0.8),
            F("CSV-FORMULA", "low", "security", "Splice notes exported to CSV without neutralising formulas",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a `'` before writing them.", symbol="export_splices", conf=0.5),
        ]),
        "Correctness problems in scheduling and the counters:",
        Block([
            F("SHOWS-OFFSET-SKIPS", "medium", "bug", "`/shows` paging skips the first page",
              "`offset = (page - 1) * PAGE_SIZE` and reject `page < 1`.", symbol="list_shows", conf=0.85),
            F("CLASH-IGNORES-INTERVAL", "medium", "bug", "Clash check ignores the interval of the existing show",
              "Compute `other_end` with `show_end(other[\"starts_at\"], other[\"runtime\"], other[\"interval\"])`.",
              symbol="add_show", conf=0.8),
            F("CLASH-NO-CLEANING-GAP", "medium", "bug", "No cleaning turnaround between shows on one screen",
              "Compare against `other_end + timedelta(minutes=CLEANING_MINUTES)`; the constant is defined but never used.",
              symbol="add_show", conf=0.7),
            F("SPLICE-TOTAL-RACE", "medium", "bug", "`_footage_lost` updated without `_splice_lock`",
              "Do the read, the add and the threshold check inside `with _splice_lock:`; two concurrent splices on one reel lose an update.",
              d=-1, n=2, symbol="log_splice", conf=0.8),
            F("WEEK-SUNDAY-MISSING", "medium", "bug", "`/rota/hours` never counts weekday 7",
              "`range(1, 8)`: weekdays are 1-7 in the rota table.", symbol="usher_hours", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CUE-PRINT-SHELL", "critical", "security", "Command injection via ?copies= in print_cue_sheet",
              "argv list, no shell; int(copies).", d=-2),
            F("SHOWS-ORDER-SQLI", "high", "security", "SQLi: `order` query param interpolated into ORDER BY",
              "Allow-list column names.", d=-2),
            F("POSTER-TRAVERSAL", "high", "security", "Arbitrary file read via /posters?file=",
              "send_from_directory.", d=-1),
            F("YAML-UNSAFE", "critical", "security", "Unsafe yaml.load (arbitrary object construction)",
              "yaml.safe_load.", d=-1),
            F("PROJ-KEY-FAILS-OPEN", "high", "security", "Empty BOOTH_PROJ_KEY authenticates every request",
              "Fail closed when unset."),
            F("SPLICE-TOTAL-RACE", "medium", "bug", "Unsynchronized read-modify-write of _footage_lost",
              "Hold _splice_lock.", d=+1),
            F("SHOWS-OFFSET-SKIPS", "medium", "bug", "page=1 returns rows 25-49; first page unreachable",
              "(page - 1) * PAGE_SIZE.", d=-1),
            F("SWAP-NONE-CRASH", "low", "bug", "swap_shifts 500s on unknown shift id (fetchone() is None)",
              "404 when either row is missing."),
            F("PRINT-RESULT-IGNORED", "low", "bug", "lp exit status ignored; always returns printed=true",
              "check=True / return 502 on failure."),
        ], fence=None, indent=None),
        "Not checked: schema, lp queue config.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `booth/app.py` file, which implements the projection booth service for the
        Regal Picturehouse. I focused on security, data integrity and concurrency.

        **Security**

        Several endpoints pass request values straight into SQL, the shell, the filesystem or a YAML loader, and
        the projectionist authentication can be bypassed entirely.
        """,
        Block([
            F("SHOWS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Show Listing via `order` Parameter",
              "Validate the `order` parameter against a fixed list of column names.", sd=-2, n=3,
              desc="The `order` query parameter is inserted into the SQL statement with an f-string. An attacker can append arbitrary SQL to the ORDER BY clause."),
            F("CUE-PRINT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Cue Sheet Printing",
              "Pass an argument list to `subprocess.run` and do not use `shell=True`.", sd=-2, n=3,
              desc="The `copies` parameter is read from the query string and interpolated into a shell command."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Print Import",
              "Use `yaml.safe_load`."),
            F("POSTER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Poster Download",
              "Use `send_from_directory` or validate the resolved path.", sd=-1, n=2),
            F("PROJ-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Projectionist Authentication Bypass When Key Is Unset",
              "Refuse to start, or deny all requests, when `BOOTH_PROJ_KEY` is not configured.", sd=-1, n=2,
              desc="`PROJECTIONIST_KEY` defaults to an empty string, and a request without a key supplies an empty string too, so the comparison succeeds."),
            F("PROJ-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Projectionist Key Accepted in URL Query String",
              "Only accept the key from a header."),
            F("ROTA-PUBLIC-PHONES", "MEDIUM", "Information Disclosure", "Usher Phone Numbers Exposed Without Authentication",
              "Protect the endpoint and remove personal data from the response.", sd=-2, n=3),
            F("FLAG-TLS-OFF", "MEDIUM", "Security Misconfiguration", "TLS Verification Disabled for Wear Webhook",
              "Remove `verify=False`."),
        ], wrap="list"),
        """
        **Reliability and Concurrency**

        Additionally, I found the following problems in the scheduling and caching logic:
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("SPLICE-TOTAL-RACE", "MEDIUM", "Race Condition", "Race Condition in Footage Loss Tracking",
              "Protect the update of `_footage_lost` with `_splice_lock`.", sd=-2, n=3,
              desc="Concurrent splice requests for the same reel can read the same `lost` value and overwrite each other's update, and both may call the webhook."),
            F("TIMETABLE-STAMPEDE", "LOW", "Performance", "Cache Stampede in Timetable Endpoint",
              "Rebuild the cache under a lock so only one request queries the database.", d=-2),
            F("CLASH-IGNORES-INTERVAL", "MEDIUM", "Logic Error", "Screen Clash Detection Ignores Intervals",
              "Use `show_end()` for the existing show as well."),
            F("RUNTIME-UNVALIDATED", "LOW", "Logic Error", "Show Runtime Not Validated",
              "Reject runtimes that are zero, negative or unrealistically long."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CUE-PRINT-SHELL", "error", "security", "shell injection in cue print (copies)", "no shell, int copies"),
            F("PROJ-KEY-FAILS-OPEN", "error", "security", "proj key defaults to empty string -> auth bypass", "no default, deny if unset"),
            F("IMPORT-NO-AUTH", "error", "security", "prints import has no auth", "add manager_only"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("HOURS-OVERNIGHT-NEGATIVE", "warning", "bug", "overnight shifts give negative hours", "add 24h when end < start"),
            F("WEEK-SUNDAY-MISSING", "warning", "bug", "range(1, 7) skips sunday", "range(1, 8)", d=+1),
            F("SPLICE-FEET-NEGATIVE", "warning", "", "negative feet_removed lowers the loss total", "reject < 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the show listing, shell in cue printing, YAML in the print import.
        2. Authentication: the projectionist check compares keys unsafely; the rota leaks phone numbers.
        3. Scheduling: clash detection and runtime validation.
        4. Concurrency: the footage counter and the timetable cache.
        5. Transport: the wear webhook disables TLS verification.
        """,
        Block([
            F("SHOWS-ORDER-SQLI", "blocker", "security", "SQL injection via the order parameter",
              "Use a whitelist of sortable columns.", conf=0.9),
            F("CUE-PRINT-SHELL", "blocker", "security", "Command injection in cue sheet printing",
              "Avoid shell=True.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary code execution through yaml.load",
              "Use yaml.safe_load.", conf=0.9),
            F("PROJ-KEY-TIMING", "major", "security", "Timing-unsafe comparison of the projectionist key",
              "Use hmac.compare_digest.", conf=0.7),
            F("ROTA-PUBLIC-PHONES", "major", "security", "Rota endpoint exposes staff phone numbers",
              "Require authentication for /rota.", d=-2, conf=0.8),
            F("FLAG-TLS-OFF", "major", "security", "SSL verification disabled when flagging worn reels",
              "Enable certificate verification.", d=-2, conf=0.8),
            F("SHOWS-OFFSET-SKIPS", "major", "correctness", "Off-by-one in pagination offset",
              "Subtract one from the page before multiplying.", conf=0.8),
            F("CLASH-NO-CLEANING-GAP", "major", "correctness", "Clash check allows back-to-back shows without cleaning time",
              "Add CLEANING_MINUTES to the end of the existing show.", conf=0.7),
            F("RUNTIME-UNVALIDATED", "minor", "correctness", "Runtime is not validated",
              "Require a positive runtime.", conf=0.6),
            F("SPLICE-FEET-NEGATIVE", "minor", "correctness", "feet_removed accepts negative values",
              "Validate feet_removed >= 0.", d=+2, conf=0.6),
            F("SPLICE-TOTAL-RACE", "major", "concurrency", "Footage loss counter is not thread-safe",
              "Use _splice_lock around the update.", conf=0.8),
            F("TIMETABLE-STAMPEDE", "minor", "performance", "Timetable cache rebuilt concurrently by every request that misses it",
              "Guard the refresh with a lock.", conf=0.6),
            F("TIMETABLE-UNORDERED", "minor", "correctness", "Timetable query has no ORDER BY",
              "Order by starts_at.", conf=0.5),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}

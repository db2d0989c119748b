"""test30/py-pealbook: a bell tower's peal book and practice-night rope bookings (Python, Flask + SQLite).

Frozen test split test30: written 2026-12-03 by a helper session that had not seen the merger code, its
results, the bench tuning set or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "any other split's cases. Frozen test split (test30): seeded problems in a small Flask service for a bell "
    "tower's peal book; five agents' answers written by hand."
)

A = "pealbook/app.py"
PE = "pealbook/peals.py"
R = "pealbook/rota.py"
PROBLEMS = {
    "KEY-IN-QUERY": P(A, 'supplied = request.headers.get("X-Tower-Key") or request.args.get("key", "")', "security",
                      "tower captain key also accepted from the ?key= query string (logged by proxies and servers)"),
    "KEY-FAIL-OPEN": P(A, "if supplied != TOWER_KEY:", "security",
                       "TOWER_KEY defaults to empty: when it is unset a request with no key passes the captain check"),
    "KEY-TIMING": P(A, "if supplied != TOWER_KEY:", "security",
                    "captain key compared with != instead of a constant-time comparison"),
    "TOKEN-PREDICTABLE": P(A, "token = hashlib.md5(", "security",
                           "ringer token is md5 of the name and the current second: guessable"),
    "TOKEN-PLAINTEXT": P(A, 'db().execute("INSERT INTO ringers', "security",
                         "ringer tokens stored in plaintext in the ringers table (extra, one agent)"),
    "SEARCH-PAGE-SKIP": P(A, "offset = page * PAGE_SIZE", "bug",
                          "pages are 1-based but offset is page * PAGE_SIZE: the first 20 peals are never listed",
                          "off-by-one"),
    "SEARCH-SQLI-METHOD": P(A, "where = f\"method LIKE '%{method}%'", "security",
                            "method query value formatted into the WHERE clause: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "where = f\"method LIKE '%{method}%'", "security",
                           "order query value formatted into ORDER BY: SQL injection through the sort column"),
    "EDIT-NO-OWNER": P(A, "if peal is None:", "security",
                       "any ringer can edit any peal: the conductor is fetched but never compared with g.ringer",
                       "signature-vs-statement", nth=0),
    "EDIT-KEY-SQLI": P(A, 'cols = ", ".join(f"{k} = ?" for k in body)', "security",
                       "JSON body keys formatted into the UPDATE column list: SQL injection through key names"),
    "EDIT-MASS-ASSIGN": P(A, 'db().execute(f"UPDATE peals SET {cols}', "security",
                          "no allow-list of columns: conductor, tower or changes can be overwritten (mass assignment)"),
    "CERT-TRAVERSAL": P(A, "path = os.path.join(CERT_DIR, name)", "security",
                        "certificate name from the URL joined to CERT_DIR: path traversal / absolute path read",
                        "signature-vs-statement"),
    "CERT-SHELL-TITLE": P(A, "cmd = f\"peal-cert --title '{title}'", "security",
                          "title query value put in a shell command line run with shell=True", "source-vs-sink"),
    "CERT-SHELL-TOWER": P(A, "cmd = f\"peal-cert --title '{title}'", "security",
                          "tower name stored by any ringer also quoted into the same shell command (second-order injection)"),
    "CERT-STDERR-LEAK": P(A, 'return jsonify({"error": done.stderr.decode()}), 500', "security",
                          "the certificate tool's stderr returned to the client (paths, internals) (extra, one agent)"),
    "STATS-CACHE-RACE": P(A, 'rows = db().execute("SELECT changes FROM peals WHERE tower = ?"', "bug",
                          "stats cache checked and filled without a lock: concurrent misses all recompute",
                          "critical-section"),
    "STATS-CACHE-UNBOUNDED": P(A, "_stats_cache[tower] = (time.time(), stats)", "performance",
                               "cache keyed by any tower name in the URL and never evicted: unbounded memory growth"),
    "BOOK-LIMIT-OFF": P(A, "if taken > MAX_BOOKINGS_PER_RINGER:", "bug",
                        "> instead of >=: a ringer can hold four upcoming bookings, not three", "off-by-one"),
    "BOOK-ROPES-RACE": P(A, "if ropes >= ROPES:", "bug",
                         "count of taken ropes then insert without a transaction: two ringers can both get the last rope",
                         "critical-section"),
    "BOOK-DUPLICATE": P(A, 'db().execute("INSERT INTO bookings (ringer_id, night)', "bug",
                        "nothing stops the same ringer booking the same night twice (several ropes)"),
    "CANCEL-IDOR": P(A, 'db().execute("DELETE FROM bookings WHERE id = ?"', "security",
                     "any ringer can cancel anyone's booking: the delete is not filtered by ringer_id",
                     "signature-vs-statement"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080', "security",
                  "Flask debug mode on by default on all interfaces (Werkzeug debugger) (extra, one agent)"),
    "PEAL-MIN-EXCLUSIVE": P(PE, "return MIN_PEAL_CHANGES < changes <= MAX_PEAL_CHANGES", "bug",
                            "a peal of exactly 5000 changes is rejected: lower bound should be inclusive", "off-by-one"),
    "EXTENT-RANGE": P(PE, "for n in range(1, bells):", "bug",
                      "range(1, bells) multiplies up to bells-1: extent returns (bells-1)! instead of bells!",
                      "off-by-one"),
    "PRACTICE-DECEMBER": P(R, "for month in range(1, 12):", "bug",
                           "range(1, 12) stops at November: December practice nights cannot be booked", "off-by-one"),
    "STREAK-OFF": P(R, "best = run = 0", "bug",
                    "the run starts at 0 instead of 1: every streak is one short and a single night counts 0",
                    "off-by-one"),
}

CONFUSABLE = [
    ("KEY-FAIL-OPEN", "KEY-TIMING"),
    ("KEY-IN-QUERY", "KEY-FAIL-OPEN"),
    ("TOKEN-PREDICTABLE", "TOKEN-PLAINTEXT"),
    ("SEARCH-SQLI-METHOD", "SEARCH-SQLI-ORDER"),
    ("SEARCH-PAGE-SKIP", "SEARCH-SQLI-ORDER"),
    ("EDIT-NO-OWNER", "EDIT-KEY-SQLI"),
    ("EDIT-KEY-SQLI", "EDIT-MASS-ASSIGN"),
    ("EDIT-NO-OWNER", "EDIT-MASS-ASSIGN"),
    ("CERT-SHELL-TITLE", "CERT-SHELL-TOWER"),
    ("CERT-SHELL-TOWER", "CERT-STDERR-LEAK"),
    ("STATS-CACHE-RACE", "STATS-CACHE-UNBOUNDED"),
    ("BOOK-LIMIT-OFF", "BOOK-ROPES-RACE"),
    ("BOOK-ROPES-RACE", "BOOK-DUPLICATE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `pealbook/` (the Flask app plus the `peals` and `rota` helpers). The service is small but the
        captain-only endpoints are weaker than they look, and two handlers build SQL or shell text from request data.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection (SQL, shell) | 5 |
        | P1 | access control, keys and tokens | 7 |
        | P2 | correctness (limits, bounds, races) | 8 |

        The parameterised insert in `record_peal`, the locked certificate counter and the `ropes >= ROPES` check are
        fine; the problems are around them.
        """,
        Block([
            F("SEARCH-SQLI-METHOD", "critical", "security", "SQL injection via the `method` search parameter",
              "Bind it: `WHERE method LIKE ?` with `f\"%{method}%\"` as a parameter.",
              symbol="search_peals", conf=0.95),
            F("SEARCH-SQLI-ORDER", "high", "security", "SQL injection via the `order` parameter in ORDER BY",
              "Map `order` through an allow-list of column names (`rung_on`, `changes`, `tower`); placeholders cannot bind identifiers.",
              symbol="search_peals", conf=0.9),
            F("SEARCH-PAGE-SKIP", "medium", "bug", "Search skips the first page of results",
              "`page` defaults to 1, so the offset must be `(page - 1) * PAGE_SIZE`; clamp `page` to >= 1.",
              symbol="search_peals", conf=0.85),
            F("CERT-SHELL-TITLE", "critical", "security", "Shell injection through the certificate `title` parameter",
              "Call `subprocess.run([\"peal-cert\", \"--title\", title, \"--tower\", tower, \"--out\", out])` without `shell=True`; single quotes do not protect a value containing `'`.",
              symbol="print_certificate", conf=0.9),
            F("CERT-SHELL-TOWER", "high", "security", "Stored tower name is also interpolated into the shell command",
              "Even with a trusted captain, `peal['tower']` was written by an ordinary ringer through `POST /peals`; pass it as an argv element.",
              symbol="print_certificate", conf=0.75),
            F("KEY-FAIL-OPEN", "high", "security", "Captain check passes when `TOWER_KEY` is unset",
              "Refuse to start (or deny every request) when `TOWER_KEY` is empty; today no header and no `?key=` gives `\"\" == \"\"`.",
              symbol="tower_captain", conf=0.9),
            F("KEY-IN-QUERY", "medium", "security", "Tower key accepted in the query string",
              "Accept the key only from the `X-Tower-Key` header; URLs end up in access logs and browser history.",
              symbol="tower_captain", conf=0.8),
            F("TOKEN-PREDICTABLE", "high", "security", "Ringer tokens are predictable",
              "Use `secrets.token_urlsafe(32)`; md5 of a known name and a timestamp to the second can be brute-forced in seconds.",
              symbol="add_ringer", conf=0.85),
            F("EDIT-NO-OWNER", "high", "security", "`edit_peal` never checks that the caller conducted the peal",
              "Compare `peal[\"conductor\"]` with `g.ringer[\"id\"]` (or require the captain key) before updating.",
              symbol="edit_peal", conf=0.85),
            F("EDIT-KEY-SQLI", "high", "security", "Body keys become SQL column names in `edit_peal`",
              "Only accept keys from a fixed set; a key like `tower = (SELECT token FROM ringers) --` is executed as SQL.",
              symbol="edit_peal", conf=0.85),
            F("EDIT-MASS-ASSIGN", "medium", "security", "`edit_peal` lets the caller overwrite any column, including `conductor`",
              "Allow-list editable fields (e.g. `method`, `rung_on`) and ignore the rest.",
              symbol="edit_peal", conf=0.7),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal in certificate download",
              "Use `send_from_directory(CERT_DIR, name)`, which rejects paths outside the directory.",
              symbol="certificate", conf=0.9),
            F("CANCEL-IDOR", "high", "security", "Any ringer can cancel any booking",
              "Add `AND ringer_id = ?` to the delete and return 404 when no row was deleted.",
              symbol="cancel_booking", conf=0.9),
            F("BOOK-ROPES-RACE", "medium", "bug", "Rope count check and insert are not atomic",
              "Do the count and insert in one `BEGIN IMMEDIATE` transaction, or add a rope number with a unique (night, rope) constraint.",
              n=3, symbol="book_practice", conf=0.75),
            F("BOOK-LIMIT-OFF", "medium", "bug", "Booking limit allows one booking too many",
              "Use `taken >= MAX_BOOKINGS_PER_RINGER`.", symbol="book_practice", conf=0.85),
            F("BOOK-DUPLICATE", "low", "bug", "A ringer can book the same practice night more than once",
              "Add a unique index on `(ringer_id, night)` and return 409 on conflict.",
              symbol="book_practice", conf=0.7),
            F("STATS-CACHE-RACE", "low", "bug", "Tower stats cache is read and written without synchronisation",
              "Guard the miss path with a lock (or use a per-tower lock) so concurrent misses do not all hit the database.",
              d=-3, n=2, symbol="tower_stats", conf=0.55),
            F("PEAL-MIN-EXCLUSIVE", "medium", "bug", "A 5000-change peal is rejected",
              "`MIN_PEAL_CHANGES <= changes`; 5000 is the traditional minimum and must be accepted.",
              symbol="peal_length_ok", conf=0.85),
            F("PRACTICE-DECEMBER", "medium", "bug", "December is missing from the practice calendar",
              "`range(1, 13)`.", symbol="practice_nights", conf=0.95),
            F("STREAK-OFF", "low", "bug", "Attendance streak is one short",
              "Start `run` at 1 (and return 1 for a single night, 0 for none).",
              symbol="attendance_streak", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed pealbook/ (3 modules, ~255 lines). Tests not run.",
        Block([
            F("SEARCH-SQLI-METHOD", "critical", "security", "Unescaped request arg `method` reaches SQL text",
              "Parameterise.", d=-2),
            F("SEARCH-SQLI-ORDER", "high", "security", "ORDER BY built from ?order=",
              "Allow-list.", d=-1),
            F("SEARCH-PAGE-SKIP", "medium", "bug", "page=1 returns rows 21-40",
              "(page-1)*PAGE_SIZE.", d=-1, sd=0, n=2),
            F("CERT-SHELL-TITLE", "critical", "security", "title from query string goes into shell=True command",
              "argv list, no shell.", d=-1),
            F("KEY-FAIL-OPEN", "high", "security", "Empty TOWER_KEY => captain endpoints open",
              "Fail closed when unset."),
            F("TOKEN-PREDICTABLE", "high", "security", "Guessable token (md5(name+unix seconds))",
              "secrets.token_urlsafe."),
            F("EDIT-NO-OWNER", "high", "security", "PATCH /peals/<id>: no ownership check",
              "Check conductor.", d=-3),
            F("EDIT-MASS-ASSIGN", "high", "security", "PATCH writes arbitrary columns from request JSON",
              "Whitelist fields."),
            F("CERT-TRAVERSAL", "high", "security", "GET /certificates/<path:name> can read outside CERT_DIR",
              "send_from_directory.", d=-1),
            F("CANCEL-IDOR", "high", "security", "DELETE /bookings/<id> does not scope by ringer",
              "WHERE id=? AND ringer_id=?.", d=-1),
            F("BOOK-LIMIT-OFF", "medium", "bug", "Booking cap off by one (> vs >=)", ">=."),
            F("BOOK-ROPES-RACE", "medium", "bug", "Last rope can be double-booked under concurrency",
              "Transaction / unique constraint.", d=+2),
            F("STATS-CACHE-UNBOUNDED", "low", "performance", "_stats_cache grows without bound (key = URL segment)",
              "LRU / TTL eviction."),
            F("EXTENT-RANGE", "low", "bug", "extent() computes (bells-1)!", "range(2, bells + 1)."),
            F("PRACTICE-DECEMBER", "medium", "bug", "practice_nights skips December", "range(1, 13)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have completed a review of the Peal Book service. Here is a summary of what I found.

        **Overview.** The application is a Flask service backed by SQLite that records peals, prints peal
        certificates through an external `peal-cert` tool, and manages rope bookings for practice nights.

        **Security.** There are several injection vulnerabilities, an authorization model that trusts any
        ringer token for actions that should be restricted, and tokens kept in plaintext.
        """,
        Block([
            F("SEARCH-SQLI-METHOD", "CRITICAL", "SQL Injection", "SQL Injection in Peal Search",
              "Use parameterized queries for all user input.", d=+2,
              desc="The search query is assembled with an f-string that embeds the `method` parameter and is then executed."),
            F("CERT-SHELL-TITLE", "CRITICAL", "Command Injection", "Command Injection in Certificate Generation",
              "Avoid `shell=True` and pass arguments as a list.", d=+1),
            F("CERT-SHELL-TOWER", "HIGH", "Command Injection", "Second-Order Command Injection via Tower Name",
              "Treat values read from the database as untrusted as well.",
              desc="The tower name is stored by any ringer when recording a peal and later embedded in the certificate command line."),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Certificate Name",
              "Use `safe_join` or `send_from_directory`."),
            F("EDIT-NO-OWNER", "HIGH", "Broken Access Control", "Missing Authorization Check When Editing Peals",
              "Verify that the current ringer is the conductor.", d=-1),
            F("EDIT-KEY-SQLI", "HIGH", "SQL Injection", "SQL Injection via JSON Keys in Peal Update",
              "Validate keys against a list of permitted columns."),
            F("CANCEL-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Scope the DELETE to the authenticated ringer."),
            F("KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When TOWER_KEY Is Not Configured",
              "Require the environment variable at startup."),
            F("KEY-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Tower Key Transmitted in URL",
              "Only read the key from a header."),
            F("TOKEN-PLAINTEXT", "MEDIUM", "Sensitive Data Exposure", "Ringer Tokens Stored in Plaintext",
              "Store a hash of the token and compare hashes."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled by Default",
              "Default `PEALBOOK_DEBUG` to off; never expose the Werkzeug debugger on 0.0.0.0."),
        ], wrap="list"),
        """
        **Correctness and concurrency.** In addition to the security findings, I noticed the following
        logic problems:
        """,
        Block([
            F("STATS-CACHE-RACE", "major", "Race Condition", "Cache Stampede in Tower Statistics",
              "Use a lock or a cache library with single-flight loading.", d=-3,
              desc="Multiple concurrent requests for the same tower can all miss the cache and run the aggregate query."),
            F("BOOK-ROPES-RACE", "major", "Race Condition", "Race Condition in Rope Allocation",
              "Perform the check and insert atomically.", d=-1),
            F("BOOK-LIMIT-OFF", "minor", "Business Logic", "Incorrect Booking Limit Comparison",
              "Use `>=` when comparing against the maximum.", d=-3, n=2),
            F("PEAL-MIN-EXCLUSIVE", "minor", "Business Logic", "Minimum Peal Length Check Is Exclusive",
              "Include the minimum in the valid range.", d=-1),
            F("PRACTICE-DECEMBER", "minor", "Logic Error", "Practice Nights Never Include December",
              "Iterate months with `range(1, 13)`.", d=-1),
            U({"severity": "info", "category": "style", "description": "Consider adding type hints throughout the module."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-METHOD", "error", "security", "sql injection in peal search", "use bound parameters"),
            F("EDIT-KEY-SQLI", "error", "security", "update builds column names from json keys", "allow-list keys"),
            F("CERT-SHELL-TITLE", "error", "security", "shell injection in certificate title", "no shell=True"),
            F("CERT-TRAVERSAL", "error", "security", "path traversal in certificate download", "send_from_directory"),
            F("KEY-FAIL-OPEN", "error", "security", "captain check open when TOWER_KEY empty", "fail closed"),
            F("CANCEL-IDOR", "warning", "security", "booking delete not scoped to ringer", "filter on ringer_id"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-ROPES-RACE", "warning", "", "rope count races with insert", "transaction", d=+2),
            F("BOOK-DUPLICATE", "warning", "bug", "same night can be booked twice", "unique index"),
            F("PRACTICE-DECEMBER", "warning", "bug", "december missing from practice nights", "range(1, 13)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the peal search (`method` and `order`).
        2. Shell command built from request data in certificate printing.
        3. Access control: peal edits, booking cancellation and certificate paths.
        4. Weak credentials: tokens and the tower key.
        5. Concurrency and off-by-one issues in bookings, caching and helpers.
        """,
        Block([
            F("SEARCH-SQLI-METHOD", "blocker", "security", "SQL injection through method filter",
              "Use query parameters.", conf=0.95),
            F("SEARCH-SQLI-ORDER", "major", "security", "Unsanitised sort column in ORDER BY",
              "Validate against known columns.", conf=0.85),
            F("SEARCH-PAGE-SKIP", "minor", "correctness", "Pagination offset skips first page",
              "Subtract one from the page number.", conf=0.8),
            F("CERT-SHELL-TITLE", "blocker", "security", "Command injection in certificate printing",
              "Do not use shell=True.", d=+1, conf=0.9),
            F("CERT-STDERR-LEAK", "minor", "security", "Tool error output returned to client",
              "Log stderr server-side and return a generic error.", conf=0.6),
            F("EDIT-NO-OWNER", "major", "security", "Peal update does not verify ownership",
              "Check the conductor.", conf=0.8),
            F("EDIT-MASS-ASSIGN", "major", "security", "Mass assignment in peal update",
              "Restrict updatable fields.", conf=0.8),
            F("CERT-TRAVERSAL", "major", "security", "Directory traversal in certificate download",
              "Validate the file name.", conf=0.85),
            F("CANCEL-IDOR", "major", "security", "Booking cancellation lacks ownership check",
              "Filter by ringer.", conf=0.85),
            F("KEY-IN-QUERY", "minor", "security", "Secret key read from query parameters",
              "Use headers only.", conf=0.7),
            F("KEY-TIMING", "minor", "security", "Timing attack on tower key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("TOKEN-PREDICTABLE", "major", "security", "Insecure token generation with MD5",
              "Use secrets.token_hex.", conf=0.85),
            F("BOOK-LIMIT-OFF", "major", "correctness", "Off-by-one in per-ringer booking limit",
              "Use >=.", conf=0.85),
            F("BOOK-ROPES-RACE", "major", "concurrency", "Race condition when taking the last rope",
              "Use a transaction.", conf=0.75),
            F("STATS-CACHE-RACE", "minor", "performance", "Duplicate statistics computation on concurrent cache misses",
              "Add a lock around cache fill.", d=+2, conf=0.6),
            F("PEAL-MIN-EXCLUSIVE", "minor", "correctness", "Peal length lower bound excludes 5000",
              "Use <=.", conf=0.8),
            F("EXTENT-RANGE", "minor", "correctness", "Factorial loop stops one short",
              "Loop to bells inclusive.", d=+1, conf=0.75),
            F("STREAK-OFF", "minor", "correctness", "Attendance streak undercounts by one",
              "Initialise run to 1.", d=+2, conf=0.7),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 8 major, 8 minor"),
    ]),
}

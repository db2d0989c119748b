"""test108/py-koiquarantine: a koi dealer's back office (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test108: seeded problems in a koi dealer's back office (health checks, quarantine tanks, "
    "pond deliveries); five agents' answers written by hand."
)

A = "koidesk/app.py"
PROBLEMS = {
    "VET-KEY-IN-QUERY": P(A, 'given = request.headers.get("X-Vet-Key") or request.args.get("key")', "security",
                          "vet key also accepted from the ?key= query string (logged by proxies, kept in history)"),
    "VET-FAILS-OPEN": P(A, "if VET_KEY and given != VET_KEY:", "security",
                        "vet_only lets every request through when KOI_VET_KEY is unset", "signature-vs-statement"),
    "VET-KEY-TIMING": P(A, "if VET_KEY and given != VET_KEY:", "security",
                        "vet key compared with != instead of a constant-time compare (owner_only uses hmac)"),
    "FISH-SQL-VARIETY": P(A, "ORDER BY {sort}", "security",
                          "variety query value formatted into the LIKE pattern: SQL injection", "source-vs-sink"),
    "FISH-SQL-SORT": P(A, "ORDER BY {sort}", "security",
                       "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "CHECK-LESIONS-UNVALIDATED": P(A, 'lesions = int(body.get("lesions", 0))', "bug",
                                   "lesions and ammonia not range-checked: negative values push a sick fish's score up"),
    "CHECK-PASS-OFF-BY-ONE": P(A, "passed = score > PASS_SCORE", "bug",
                               "score > PASS_SCORE: a fish scoring exactly 6 fails although 6 passes", "off-by-one"),
    "CHECK-STATS-RACE": P(A, '_stats["checks"] += 1', "bug",
                          "check/failed counters updated from request threads without a lock", "critical-section"),
    "TANK-UNKNOWN-500": P(A, "occupants = _tank_fish[tank]", "bug",
                          "an unknown tank name raises KeyError (500 with trace) instead of 400/404"),
    "TANK-CAPACITY-OFF-BY-ONE": P(A, "if len(occupants) <= TANKS[tank]:", "bug",
                                  "<= lets a full quarantine tank take one fish more than it holds", "off-by-one"),
    "TANK-ASSIGN-RACE": P(A, "occupants.append(fish_id)", "bug",
                          "capacity check and append not under _tank_lock: concurrent requests overfill a tank",
                          "critical-section"),
    "RELEASE-ONE-DAY-EARLY": P(A, "< QUARANTINE_DAYS - 1", "bug",
                               "QUARANTINE_DAYS - 1: fish released after 20 days instead of 21", "off-by-one"),
    "RELEASE-NO-HEALTH-CHECK": P(A, "cleared = 1 WHERE id = ?", "bug",
                                 "release marks the fish cleared without any passed health check"),
    "BOARD-REFRESH-RACE": P(A, '_board_cache["rows"] = [dict(r)', "performance",
                            "board cache refreshed without a lock: concurrent first requests of the day all run the join",
                            "critical-section"),
    "BOARD-OWNER-PHONE": P(A, "c.name AS owner, c.phone", "security",
                           "public /board lists owners' names and phone numbers"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(PHOTO_DIR / name)", "security",
                         "file query value joined to PHOTO_DIR: any readable file is served", "source-vs-sink"),
    "DELIVERY-NOT-CLEARED": P(A, "if row is None:", "bug",
                              "cleared is fetched but never checked: fish still in quarantine can be delivered", nth=1),
    "DELIVERY-BAGS-FLOOR": P(A, "bags = len(fish_ids) // FISH_PER_BAG", "bug",
                             "floor division: an odd fish out gets no transport bag", "off-by-one"),
    "PAGE-OFFSET-OFF-BY-ONE": P(A, "(size, page * size),", "bug",
                                "page is 1-based but OFFSET page * size skips the first page", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance",
                             "size is not capped: one request can pull every delivery"),
    "LABEL-PRINTER-SHELL": P(A, "lp -d {printer}", "security",
                             "printer query value put into a shell command line", "source-vs-sink"),
    "LABEL-ADDRESS-SHELL": P(A, "lp -d {printer}", "security",
                             "customer-supplied delivery address put into the shell command inside single quotes"),
    "LABEL-MISSING-DELIVERY": P(A, "text = f\"{row['address']}", "bug",
                                "unknown delivery id: row is None and the label crashes with TypeError (500)"),
    "NOTIFY-SSRF": P(A, "verify=False", "security",
                     "callback URL from the request body is POSTed to by the server (SSRF)", "source-vs-sink"),
    "NOTIFY-TLS-OFF": P(A, "verify=False", "security",
                        "verify=False: certificate checks off for the callback"),
    "IMPORT-YAML-UNSAFE": P(A, "yaml.load(request.data", "security",
                            "yaml.load with yaml.Loader on the request body builds arbitrary Python objects",
                            "signature-vs-statement"),
    "FILTERS-PICKLE": P(A, "pickle.loads(bytes.fromhex(raw))", "security",
                        "pickle.loads of a client cookie: remote code execution", "signature-vs-statement"),
    "ERROR-TRACE-LEAK": P(A, '"trace": traceback.format_exc()', "security",
                          "error handler returns the exception text and full traceback to clients"),
    "ERROR-HTTP-AS-500": P(A, '"trace": traceback.format_exc()', "bug",
                           "errorhandler(Exception) also catches abort(401/404/409): every HTTP error becomes a 500"),
    "DEBUG-SERVER": P(A, "debug=True", "security",
                      "Werkzeug debugger enabled on 0.0.0.0: interactive console reachable from the network"),
}

CONFUSABLE = [
    ("VET-KEY-IN-QUERY", "VET-FAILS-OPEN"),
    ("VET-FAILS-OPEN", "VET-KEY-TIMING"),
    ("VET-KEY-IN-QUERY", "VET-KEY-TIMING"),
    ("FISH-SQL-VARIETY", "FISH-SQL-SORT"),
    ("CHECK-LESIONS-UNVALIDATED", "CHECK-PASS-OFF-BY-ONE"),
    ("TANK-CAPACITY-OFF-BY-ONE", "TANK-ASSIGN-RACE"),
    ("TANK-UNKNOWN-500", "TANK-CAPACITY-OFF-BY-ONE"),
    ("TANK-UNKNOWN-500", "TANK-ASSIGN-RACE"),
    ("BOARD-REFRESH-RACE", "BOARD-OWNER-PHONE"),
    ("DELIVERY-NOT-CLEARED", "DELIVERY-BAGS-FLOOR"),
    ("PAGE-OFFSET-OFF-BY-ONE", "PAGE-SIZE-UNBOUNDED"),
    ("LABEL-PRINTER-SHELL", "LABEL-ADDRESS-SHELL"),
    ("LABEL-MISSING-DELIVERY", "LABEL-ADDRESS-SHELL"),
    ("NOTIFY-SSRF", "NOTIFY-TLS-OFF"),
    ("ERROR-TRACE-LEAK", "ERROR-HTTP-AS-500"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `koidesk/app.py` end to end (it is the whole service). The owner-side auth is done right:
        `owner_only` fails closed when `KOI_OWNER_KEY` is unset and compares with `hmac.compare_digest`, and
        `/fish/<id>` selects an explicit, non-sensitive column list. The vet side and several request handlers
        are a different story.

        | Severity | Count |
        |---|---|
        | critical | 5 |
        | high | 9 |
        | medium | 10 |
        | low | 4 |

        The two stock-health rules that matter most to the business (quarantine length and tank capacity) are
        both off by one, and the tank bookkeeping is not thread-safe even though `release_fish` shows the
        intended locking pattern.
        """,
        Block([
            F("FILTERS-PICKLE", "critical", "security", "`pickle.loads` on the `filters` cookie allows remote code execution",
              "Store the saved filters as JSON (or server-side keyed by a session id); never unpickle client data.",
              symbol="saved_filters", conf=0.97),
            F("IMPORT-YAML-UNSAFE", "critical", "security", "`yaml.load(..., Loader=yaml.Loader)` on the import body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from tags.",
              symbol="import_stock", conf=0.9),
            F("FISH-SQL-VARIETY", "critical", "security", "SQL injection through the `variety` filter of `/fish`",
              "Bind it: `WHERE variety LIKE ?` with `(f\"%{variety}%\",)`.", symbol="list_fish", conf=0.95),
            F("FISH-SQL-SORT", "high", "security", "`sort` is interpolated into `ORDER BY` unvalidated",
              "Map `sort` through an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="list_fish", conf=0.9),
            F("LABEL-PRINTER-SHELL", "critical", "security", "Shell command injection via the `printer` query parameter",
              "Run `subprocess.run([\"lp\", \"-d\", printer], input=text, text=True, check=True)` with `printer` checked against the configured printers.",
              symbol="print_label", conf=0.92),
            F("LABEL-ADDRESS-SHELL", "high", "security", "Delivery address is placed inside a shell string in single quotes",
              "An address containing `'` breaks out of the quoting; pass the label text on stdin instead of through `echo` in a shell.",
              symbol="print_label", conf=0.8),
            F("DEBUG-SERVER", "critical", "security", "Flask debug mode on a public interface",
              "Drop `debug=True` (the Werkzeug debugger is an interactive console) and run under a WSGI server.",
              symbol="__main__", conf=0.85),
        ]),
        "Authentication, data exposure and the service's own rules:",
        Block([
            F("VET-FAILS-OPEN", "high", "security", "`vet_only` allows all requests when `KOI_VET_KEY` is not set",
              "Fail closed like `owner_only`: `if not VET_KEY or not hmac.compare_digest(given or \"\", VET_KEY): abort(401)`.",
              symbol="vet_only.vet_wrapper", conf=0.9),
            F("VET-KEY-TIMING", "low", "security", "Vet key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest`, as `owner_only` already does.", symbol="vet_only.vet_wrapper", conf=0.6),
            F("VET-KEY-IN-QUERY", "medium", "security", "Vet key accepted from the `?key=` query string",
              "Accept the header only; query strings end up in access logs and browser history.",
              symbol="vet_only.vet_wrapper", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/fish/<id>/photo` via `file`",
              "Ignore the parameter (the upload always writes `<id>.jpg`) or use `send_from_directory(PHOTO_DIR, name)`.",
              symbol="fish_photo", conf=0.9),
            F("NOTIFY-SSRF", "high", "security", "Server-side request forgery through the `callback` URL",
              "Only allow registered callback hosts; reject private and link-local addresses.",
              symbol="notify_delivery", conf=0.85),
            F("NOTIFY-TLS-OFF", "medium", "security", "TLS verification disabled for delivery callbacks",
              "Remove `verify=False`.", symbol="notify_delivery", conf=0.85),
            F("BOARD-OWNER-PHONE", "high", "security", "Unauthenticated `/board` exposes owners' names and phone numbers",
              "Drop `c.name` and `c.phone` from the public query (the tank and variety are enough for the board).",
              symbol="board", conf=0.85),
            F("ERROR-TRACE-LEAK", "medium", "security", "Error handler returns tracebacks to clients",
              "Log the traceback server-side and return a generic message.", symbol="on_error", conf=0.85),
            F("ERROR-HTTP-AS-500", "medium", "bug", "Catch-all `errorhandler(Exception)` turns every `abort()` into a 500",
              "Flask passes `HTTPException`s to an `Exception` handler too, so the 401/404/409 responses above all come back as 500; return `exc` unchanged when it is an `HTTPException`.",
              symbol="on_error", conf=0.75),
            F("TANK-CAPACITY-OFF-BY-ONE", "high", "bug", "Off-by-one in the tank capacity check",
              "`<=` admits a seventh fish into a six-fish tank; use `<`.", symbol="quarantine_fish", conf=0.9),
            F("TANK-ASSIGN-RACE", "medium", "bug", "Tank assignment is not protected by `_tank_lock`",
              "Do the length check and `append` inside `with _tank_lock:` (as `release_fish` does for removal); two concurrent requests can both pass the check.",
              symbol="quarantine_fish", conf=0.8),
            F("RELEASE-ONE-DAY-EARLY", "high", "bug", "Fish can leave quarantine after 20 days instead of 21",
              "Compare with `QUARANTINE_DAYS`, not `QUARANTINE_DAYS - 1`.", symbol="release_fish", conf=0.9),
            F("RELEASE-NO-HEALTH-CHECK", "medium", "bug", "Release sets `cleared = 1` without a passing health check",
              "Require the latest row in `checks` for the fish to have `passed = 1` before clearing it.",
              symbol="release_fish", conf=0.7),
            F("CHECK-PASS-OFF-BY-ONE", "medium", "bug", "Health check uses `>` where the rule is \"6 or more\"",
              "`score >= PASS_SCORE`.", symbol="add_check", conf=0.85),
            F("CHECK-LESIONS-UNVALIDATED", "medium", "bug", "Negative `lesions`/`ammonia` inflate the health score",
              "Reject negative values (and an ammonia reading above a sane maximum) with 400.",
              symbol="add_check", conf=0.7),
            F("CHECK-STATS-RACE", "low", "bug", "`_stats` counters are incremented without synchronisation",
              "Guard the increments with a lock or count from the `checks` table.", n=3, symbol="add_check", conf=0.6),
            F("DELIVERY-NOT-CLEARED", "high", "bug", "Deliveries accept fish that have not cleared quarantine",
              "The query fetches `cleared` but only `None` is rejected; also reject `not row[\"cleared\"]` with 409.",
              symbol="schedule_delivery", conf=0.85),
            F("DELIVERY-BAGS-FLOOR", "medium", "bug", "Bag count rounds down: an odd fish gets no bag",
              "`bags = -(-len(fish_ids) // FISH_PER_BAG)`.", symbol="schedule_delivery", conf=0.85),
            F("PAGE-OFFSET-OFF-BY-ONE", "medium", "bug", "`/deliveries` skips the first page",
              "With `page` defaulting to 1, the offset must be `(page - 1) * size`.", symbol="list_deliveries", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Page size is unbounded",
              "Clamp `size` to e.g. 1..100.", symbol="list_deliveries", conf=0.6),
            F("BOARD-REFRESH-RACE", "low", "performance", "Board cache refresh is unsynchronised (cache stampede)",
              "Every request that arrives before `day` is written runs the join; refresh under a lock.",
              d=-1, symbol="board", conf=0.5),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("FISH-SQL-VARIETY", "critical", "security", "SQL injection: variety read from query string and formatted into SQL",
              "Bind the LIKE pattern as a parameter.", d=-2),
            F("FISH-SQL-SORT", "high", "security", "ORDER BY built from ?sort=", "Allow-list sort columns.", d=-1),
            F("LABEL-PRINTER-SHELL", "critical", "security", "Command injection: printer from query string reaches shell=True",
              "argv list, no shell; validate printer.", d=-2),
            F("NOTIFY-SSRF", "high", "security", "SSRF: callback taken from the request body",
              "Allow-list callback hosts.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read through ?file=", "send_from_directory.", d=-1),
            F("IMPORT-YAML-UNSAFE", "high", "security", "import_stock deserialises YAML with the unsafe loader",
              "yaml.safe_load.", d=-1),
            F("FILTERS-PICKLE", "critical", "security", "Unpickling attacker-controlled cookie", "Use JSON."),
            F("VET-FAILS-OPEN", "high", "security", "vet_wrapper skips auth entirely when KOI_VET_KEY is empty",
              "Fail closed.", d=-2),
            F("VET-KEY-TIMING", "low", "security", "Non-constant-time vet key comparison", "hmac.compare_digest."),
            F("TANK-CAPACITY-OFF-BY-ONE", "high", "bug", "Tank admits capacity+1 fish", "Use <.", d=1),
            F("TANK-ASSIGN-RACE", "medium", "bug", "Unlocked read-check-append on _tank_fish", "Hold _tank_lock.", d=-1),
            F("RELEASE-ONE-DAY-EARLY", "high", "bug", "Quarantine shortened by one day", "Drop the - 1.", d=-1),
            F("CHECK-PASS-OFF-BY-ONE", "medium", "bug", "Score of exactly PASS_SCORE fails the check", "Use >=.", d=-1),
            F("DELIVERY-NOT-CLEARED", "high", "bug", "Uncleared (quarantined) fish accepted for delivery",
              "Check row[\"cleared\"].", d=-1),
            F("PAGE-OFFSET-OFF-BY-ONE", "medium", "bug", "OFFSET off by one page", "(page - 1) * size."),
            F("LABEL-MISSING-DELIVERY", "low", "bug", "print_label dereferences None for an unknown delivery id",
              "404 when the row is missing."),
            F("BOARD-OWNER-PHONE", "medium", "security", "Public board leaks customer phone numbers", "Drop c.phone."),
            F("DEBUG-SERVER", "high", "security", "debug=True with host 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the koi dealer back-office application in `koidesk/app.py`. It is a single Flask
        module that handles the fish registry, veterinary health checks, quarantine tanks, a public board,
        deliveries and stock imports.

        **Overall assessment:** the application contains several critical injection and deserialization
        vulnerabilities, and a number of business-logic errors around quarantine and tank capacity that could
        put the health of the stock at risk.

        ### Security Vulnerabilities
        """,
        Block([
            F("FISH-SQL-VARIETY", "CRITICAL", "SQL Injection", "SQL Injection in Fish Search",
              "Use parameterized queries for the variety filter.", sd=-2, n=3,
              desc="The `variety` parameter is concatenated directly into the SQL string, allowing an attacker to read or modify any table."),
            F("LABEL-PRINTER-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and validate the printer name.", sd=-2, n=3,
              desc="The `printer` argument from the query string is passed to a shell."),
            F("LABEL-ADDRESS-SHELL", "HIGH", "Command Injection", "Stored Command Injection via Delivery Address",
              "Pass the label text via stdin rather than interpolating it.", sd=-2, n=3),
            F("FILTERS-PICKLE", "CRITICAL", "Insecure Deserialization", "Insecure Deserialization of Cookie Data",
              "Replace pickle with JSON.", d=-2,
              desc="`saved_filters` unpickles the hex-encoded `filters` cookie, which an attacker fully controls."),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Loading",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("NOTIFY-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF in Delivery Notification",
              "Validate the callback URL against an allow-list.", sd=-2, n=3),
            F("VET-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Vet Key Is Not Configured",
              "Deny access when `VET_KEY` is not set.", sd=-2, n=3),
            F("VET-KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "API Key Transmitted in URL",
              "Accept the key only from the header.", d=1, sd=-1, n=3),
            F("BOARD-OWNER-PHONE", "MEDIUM", "Information Disclosure", "Customer PII Exposed on Public Board",
              "Remove owner names and phone numbers from the board.", sd=-2, n=3),
            F("ERROR-TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to the Client",
              "Return a generic error message.", sd=-2, n=3),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production Entry Point",
              "Set `debug=False`.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            U({"severity": "INFO", "category": "Maintainability",
               "description": "The whole service lives in one 260-line module; consider blueprints."}),
            F("TANK-CAPACITY-OFF-BY-ONE", "HIGH", "Logic Error", "Quarantine Tank Capacity Exceeded",
              "Use a strict less-than comparison.", sd=-2, n=3),
            F("TANK-ASSIGN-RACE", "MEDIUM", "Race Condition", "Race Condition in Tank Assignment",
              "Acquire `_tank_lock` before checking and appending.", sd=-2, n=3,
              desc="Two concurrent requests can both observe free space and both append."),
            F("CHECK-PASS-OFF-BY-ONE", "MEDIUM", "Logic Error", "Incorrect Pass Threshold in Health Check",
              "Use `>=` to match the documented rule.", sd=-2, n=3),
            F("CHECK-STATS-RACE", "LOW", "Race Condition", "Non-Atomic Updates to Global Statistics",
              "Protect `_stats` with a lock.", d=2, sd=0, n=3),
            F("BOARD-REFRESH-RACE", "LOW", "Caching", "Unsynchronized Board Cache Refresh",
              "Refresh the cache under a lock so only one request runs the query.", d=3, sd=1, n=3),
            F("DELIVERY-BAGS-FLOOR", "MEDIUM", "Logic Error", "Incorrect Bag Count for Odd Number of Fish",
              "Round the number of bags up.", d=3, sd=1, n=3),
        ], wrap="list"),
        """
        Let me know if you would like me to prepare patches for any of these.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("VET-FAILS-OPEN", "high", "security", "vet auth disabled when KOI_VET_KEY unset", "fail closed"),
            F("FISH-SQL-VARIETY", "high", "security", "sql injection in list_fish", "use ? placeholders"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal via file param", "send_from_directory"),
            F("LABEL-PRINTER-SHELL", "high", "security", "shell injection in print_label", "no shell=True"),
            F("NOTIFY-TLS-OFF", "medium", "security", "verify=False on callback", "remove verify=False"),
            F("IMPORT-YAML-UNSAFE", "high", "security", "yaml.load with full loader", "yaml.safe_load"),
            F("FILTERS-PICKLE", "high", "security", "pickle of cookie", "json"),
            F("BOARD-OWNER-PHONE", "medium", "security", "board shows phone numbers", "drop phone"),
            F("ERROR-TRACE-LEAK", "low", "security", "traceback in error response", "log it instead"),
            F("DEBUG-SERVER", "high", "security", "debug=True", "turn off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TANK-UNKNOWN-500", "low", "", "unknown tank -> KeyError 500", "check tank in TANKS, 404"),
            F("TANK-CAPACITY-OFF-BY-ONE", "medium", "bug", "tank capacity off by one", "<"),
            F("CHECK-PASS-OFF-BY-ONE", "low", "bug", "pass threshold off by one", ">="),
            F("PAGE-OFFSET-OFF-BY-ONE", "low", "bug", "first page of deliveries never returned", "(page - 1) * size", d=-1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Two deserialization issues (pickle cookie, YAML import) allow code execution.
        2. SQL injection and shell injection through request parameters.
        3. The vet key check fails open and accepts the key in the URL.
        4. Quarantine logic: capacity and duration checks are off by one; tank state is not thread-safe.
        5. Deliveries: uncleared fish accepted, bag count and paging wrong.
        6. Public board leaks personal data; error handler leaks tracebacks.
        """,
        Block([
            F("FILTERS-PICKLE", "blocker", "security", "Remote code execution via pickle deserialization of cookie",
              "Use a signed JSON cookie.", d=-2, conf=0.95),
            F("IMPORT-YAML-UNSAFE", "blocker", "security", "Unsafe YAML deserialization in stock import",
              "Use yaml.safe_load.", conf=0.9),
            F("FISH-SQL-VARIETY", "blocker", "security", "SQL injection in fish list (variety)",
              "Use parameter binding.", conf=0.9),
            F("FISH-SQL-SORT", "major", "security", "SQL injection in fish list (sort column)",
              "Validate against allowed columns.", conf=0.85),
            F("LABEL-PRINTER-SHELL", "blocker", "security", "Command injection in delivery label printing",
              "Use an argument list.", conf=0.9),
            F("NOTIFY-SSRF", "major", "security", "Server-side request forgery in delivery notification",
              "Restrict callback destinations.", conf=0.8),
            F("NOTIFY-TLS-OFF", "major", "security", "Certificate verification disabled",
              "Enable certificate verification.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in fish photo endpoint",
              "Validate the filename.", conf=0.85),
            F("VET-FAILS-OPEN", "major", "security", "Vet authentication fails open when key is not configured",
              "Require the key to be set.", conf=0.85),
            F("VET-KEY-IN-QUERY", "minor", "security", "Vet key accepted in URL query parameter",
              "Only read the header.", d=1, snippet="if VET_KEY and given != VET_KEY:", conf=0.6),
            F("TANK-CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in quarantine tank capacity",
              "Use < instead of <=.", conf=0.85),
            F("TANK-ASSIGN-RACE", "major", "concurrency", "Tank occupancy list modified without lock",
              "Use _tank_lock.", d=-2, conf=0.75),
            F("RELEASE-ONE-DAY-EARLY", "major", "correctness", "Quarantine period check releases fish one day early",
              "Compare against QUARANTINE_DAYS.", conf=0.85),
            F("RELEASE-NO-HEALTH-CHECK", "major", "correctness", "Fish cleared without verifying health check results",
              "Check the last health check passed.", conf=0.7),
            F("CHECK-LESIONS-UNVALIDATED", "minor", "correctness", "Health check inputs are not validated",
              "Reject negative lesion counts and ammonia values.", d=1, conf=0.6),
            F("CHECK-STATS-RACE", "minor", "concurrency", "Global statistics counters are not thread-safe",
              "Use a lock.", d=1, conf=0.6),
            F("BOARD-REFRESH-RACE", "minor", "concurrency", "Board cache is rebuilt without synchronization",
              "Guard the refresh with a lock.", conf=0.55),
            F("DELIVERY-NOT-CLEARED", "major", "correctness", "Delivery does not check quarantine clearance",
              "Reject fish where cleared is false.", conf=0.8),
            F("DELIVERY-BAGS-FLOOR", "minor", "correctness", "Bag count uses floor division",
              "Use ceiling division.", conf=0.75),
            F("PAGE-OFFSET-OFF-BY-ONE", "minor", "correctness", "Pagination offset skips first page",
              "Use (page - 1) * size.", d=1, conf=0.75),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "No upper bound on page size",
              "Cap size.", conf=0.6),
            F("ERROR-TRACE-LEAK", "major", "security", "Stack trace disclosure in error handler",
              "Do not return tracebacks.", conf=0.8),
            F("DEBUG-SERVER", "major", "security", "Debug mode enabled", "Disable debug mode.", conf=0.8),
        ], wrap="object+summary", summary="23 issues: 4 blocker, 12 major, 7 minor"),
    ]),
}

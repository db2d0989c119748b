"""test23/py-busroster: a school bus route and rider roster service (Flask + SQLite). Frozen test split.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other "
    "split's data. Frozen test split test23: seeded problems in a school bus roster service; five agents' "
    "answers written by hand."
)

A = "busroster/app.py"
N = "busroster/notify.py"
PROBLEMS = {
    "OFFICE-TOKEN-DEFAULT": P(A, 'expected = os.environ.get("BUSROSTER_OFFICE_TOKEN", "transport")', "security", "office token falls back to the guessable default 'transport' when the variable is unset"),
    "OFFICE-TOKEN-TIMING": P(A, "if token != expected:", "security", "office token compared with != (not constant time)"),
    "LOGIN-OPEN-REDIRECT": P(A, "return redirect(target)", "security", "next query value used as the redirect target after login (open redirect)", "source-vs-sink"),
    "RIDER-SEARCH-SQLI": P(A, "WHERE last_name LIKE '%{name}%'", "security", "name query value formatted into the rider search SQL", "source-vs-sink"),
    "RIDER-ORDER-SQLI": P(A, "WHERE last_name LIKE '%{name}%'", "security", "order query value formatted into ORDER BY unchecked"),
    "REGISTER-NO-AUTH": P(A, "def register_rider():", "security", "extra, one agent: rider registration needs no office token (anyone can add riders and guardian phones)"),
    "RIDER-NO-AUTH": P(A, '"SELECT * FROM riders WHERE id = ?"', "security", "rider profile endpoint has no authentication at all", "signature-vs-statement"),
    "RIDER-PII-COLUMNS": P(A, '"SELECT * FROM riders WHERE id = ?"', "security", "SELECT * returns the guardian phone and badge number to the caller"),
    "STOPS-PAGE-SKIP": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page of stops is never returned", "off-by-one"),
    "STOPS-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "bug", "size query value not capped (or checked for negatives): one request reads the whole table"),
    "CAPACITY-OFF-BY-ONE": P(A, 'if taken > bus["capacity"]:', "bug", "> instead of >=: one rider more than the bus capacity is accepted", "off-by-one"),
    "SEAT-RACE": P(A, 'db.execute("INSERT INTO assignments (route_id, rider_id)', "bug", "count then insert without a transaction: concurrent assignments overbook the bus and hand out the same seat", "critical-section"),
    "DUPLICATE-ASSIGNMENT": P(A, 'db.execute("INSERT INTO assignments (route_id, rider_id)', "bug", "no check that the rider is already on the route: the same rider takes several seats"),
    "ETA-CACHE-RACE": P(A, "minutes = eta_minutes(get_db(), stop_id)", "bug", "check-then-fill cache and hit/miss counters shared by request threads without a lock", "critical-section"),
    "ETA-CACHE-UNBOUNDED": P(A, "_eta_cache[key] = minutes", "performance", "cache keyed by the minute is never evicted: grows forever"),
    "LATE-COUNT-RACE": P(A, "_late_counts[route_id] = count + 1", "bug", "read-modify-write of the late counter from request threads: lost updates", "critical-section"),
    "EXPORT-PATH-TRAVERSAL": P(A, 'out = open(os.path.join(EXPORT_DIR, name), "w", newline="")', "security", "file query value joined to the export dir: writes anywhere", "source-vs-sink"),
    "EXPORT-FILE-NOT-CLOSED": P(A, 'out = open(os.path.join(EXPORT_DIR, name), "w", newline="")', "bug", "export file never closed: rows may not be flushed, handle leaks"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["first_name"]', "security", "extra, one agent: names written to CSV without neutralising leading = + - @ (formula injection)"),
    "YAML-UNSAFE-LOAD": P(A, "data = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.Loader on a request body constructs arbitrary Python objects", "signature-vs-statement"),
    "ATTENDANCE-END-DAY": P(A, "for i in range((end - start).days):", "bug", "range excludes the 'to' day: the last day of the report is missing", "off-by-one"),
    "SMS-SHELL-INJECTION": P(N, "subprocess.run(f\"{SMS_TOOL} --to {phone} --body '{message}'\"", "security", "phone and free-text notice run through a shell", "signature-vs-statement"),
    "SMS-PHONE-LOGGED": P(N, 'log.info("texting guardian %s: %s", phone, message)', "security", "guardian phone number and message written to the log"),
    "ETA-NO-BUS": P(N, 'km = haversine_km(bus["lat"]', "bug", "extra, one agent: no bus position for the route -> bus is None -> TypeError and a 500"),
}

CONFUSABLE = [
    ("OFFICE-TOKEN-DEFAULT", "OFFICE-TOKEN-TIMING"),
    ("RIDER-SEARCH-SQLI", "RIDER-ORDER-SQLI"),
    ("RIDER-NO-AUTH", "RIDER-PII-COLUMNS"),
    ("STOPS-PAGE-SKIP", "STOPS-SIZE-UNBOUNDED"),
    ("CAPACITY-OFF-BY-ONE", "SEAT-RACE"),
    ("SEAT-RACE", "DUPLICATE-ASSIGNMENT"),
    ("CAPACITY-OFF-BY-ONE", "DUPLICATE-ASSIGNMENT"),
    ("ETA-CACHE-RACE", "ETA-CACHE-UNBOUNDED"),
    ("EXPORT-PATH-TRAVERSAL", "EXPORT-FILE-NOT-CLOSED"),
    ("EXPORT-PATH-TRAVERSAL", "CSV-FORMULA"),
    ("SMS-SHELL-INJECTION", "SMS-PHONE-LOGGED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `busroster/app.py` and `busroster/notify.py`. This service holds children's names, stops and
        guardian phone numbers, so I weighted exposure of rider data heavily.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | SMS | Guardian texts are sent through a shell with unquoted values |
        | 2 | Riders | String-built SQL in search; unauthenticated profile endpoint |
        | 3 | Exports / import | Caller-chosen export path; unsafe YAML loader |
        | 4 | Seats | Capacity check is off by one and racy |
        | 5 | Misc | Paging, attendance range, shared counters |

        The login flow, the PIN hashing and the rider deletion look fine.
        """,
        Block([
            F("SMS-SHELL-INJECTION", "critical", "security", "Guardian SMS is sent via `shell=True` with interpolated phone and message",
              "Call `subprocess.run([SMS_TOOL, \"--to\", phone, \"--body\", message], check=True)`; a notice containing `'` or a phone like `1;curl ...` runs commands today.",
              symbol="text_guardian", conf=0.95),
            F("RIDER-SEARCH-SQLI", "critical", "security", "SQL injection through the `name` search parameter",
              "Use a bound parameter: `WHERE last_name LIKE ?` with `f\"%{name}%\"`.",
              symbol="search_riders", conf=0.95),
            F("RIDER-ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="search_riders", conf=0.85),
            F("RIDER-NO-AUTH", "high", "security", "`GET /riders/<id>` has no authentication",
              "Call `require_office()` (or check the session) before reading the rider.", symbol="get_rider", conf=0.9),
            F("RIDER-PII-COLUMNS", "medium", "security", "Rider profile returns every column, including the guardian phone",
              "Select only the fields the caller needs instead of `SELECT *`.", symbol="get_rider", conf=0.75),
            F("EXPORT-PATH-TRAVERSAL", "high", "security", "Roster export writes to a caller-controlled path",
              "Ignore the `file` parameter or reduce it with `os.path.basename` and check the result stays in `EXPORT_DIR`.",
              symbol="export_roster", conf=0.9),
            F("EXPORT-FILE-NOT-CLOSED", "medium", "bug", "Export file handle is never closed",
              "Use `with open(...) as out:`; the response can be sent before the rows are flushed.", symbol="export_roster", conf=0.8),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary Python objects.", symbol="import_routes", conf=0.9),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check admits one rider too many",
              "Reject when `taken >= bus[\"capacity\"]`.", symbol="assign_rider", conf=0.85),
            F("SEAT-RACE", "medium", "bug", "Seat count and insert are not atomic",
              "Do the count and the insert in one `BEGIN IMMEDIATE` transaction (or a conditional INSERT ... SELECT) so two concurrent requests cannot both take the last seat.",
              d=-3, n=3, symbol="assign_rider", conf=0.75),
            F("STOPS-PAGE-SKIP", "medium", "bug", "Stop paging skips the first page",
              "`page` defaults to 1, so use `offset = (page - 1) * size`.", symbol="route_stops", conf=0.85),
            F("ATTENDANCE-END-DAY", "low", "bug", "Attendance report omits the `to` date",
              "Iterate `range((end - start).days + 1)` if the range is meant to be inclusive.", symbol="attendance", conf=0.7),
            F("ETA-CACHE-RACE", "low", "performance", "Concurrent cache misses compute the same ETA several times",
              "Guard the lookup and fill with a lock (or use a per-key future) so only one thread computes each entry.",
              symbol="stop_eta", conf=0.6),
            F("OFFICE-TOKEN-DEFAULT", "medium", "security", "Office token has a hard-coded fallback",
              "Fail at startup when `BUSROSTER_OFFICE_TOKEN` is unset instead of accepting `transport`.",
              symbol="require_office", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed busroster/ (2 modules, ~250 lines). 11 findings, most severe first.",
        Block([
            F("RIDER-SEARCH-SQLI", "critical", "security", "SQLi: request arg `name` flows into f-string SQL",
              "Bind params.", d=-2),
            F("SMS-SHELL-INJECTION", "critical", "security", "text_guardian builds a shell command from phone/message",
              "argv list, no shell.", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "import_routes deserialises untrusted YAML with the full Loader",
              "yaml.safe_load.", d=-2),
            F("EXPORT-PATH-TRAVERSAL", "high", "security", "?file= controls the export filename (../ escapes EXPORT_DIR)",
              "basename + containment check.", d=-1),
            F("LOGIN-OPEN-REDIRECT", "medium", "security", "Open redirect: ?next= is returned to redirect() as-is",
              "Only allow relative paths.", d=-2),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Bus can be filled to capacity + 1", "Use >=."),
            F("DUPLICATE-ASSIGNMENT", "medium", "bug", "Same rider can be assigned to a route repeatedly",
              "UNIQUE(route_id, rider_id) or check first."),
            F("LATE-COUNT-RACE", "low", "bug", "_late_counts increment is not atomic under threaded server",
              "Lock or DB counter.", d=-1, n=2),
            F("STOPS-SIZE-UNBOUNDED", "low", "performance", "size is unbounded", "Clamp to 1..100."),
            F("OFFICE-TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "hmac.compare_digest."),
            F("ETA-NO-BUS", "low", "bug", "eta_minutes crashes when the route has no bus position",
              "Return None / 404 when bus is None.", d=0),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `busroster` application, a Flask service used by a school district's
        transport office to manage bus routes, stops and the children who ride them.

        **Overall assessment.** The code is compact and mostly uses parameterised queries, which is good.
        However, several endpoints combine user input with dangerous operations (SQL strings, shell commands,
        filesystem paths and YAML deserialisation). Because the data concerns minors, these are especially
        serious. There are also concurrency issues because Flask's development and production servers handle
        requests on multiple threads.

        ### Security Findings
        """,
        Block([
            F("RIDER-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Rider Search",
              "Use parameterized queries for the LIKE pattern.", d=+1,
              desc="The `name` parameter is embedded directly into the SQL string which is then executed. An attacker with the office token could read or modify any table."),
            F("SMS-SHELL-INJECTION", "CRITICAL", "Command Injection", "Shell Command Injection When Texting Guardians",
              "Pass the arguments as a list and remove `shell=True`.",
              desc="Both the guardian's phone number (provided at registration) and the free-text notice are placed inside a shell command string."),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Route Import",
              "Replace with `yaml.safe_load()`."),
            F("EXPORT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Roster Export Filename",
              "Sanitize the file name and verify the final path is inside EXPORT_DIR."),
            F("LOGIN-OPEN-REDIRECT", "MEDIUM", "Open Redirect", "Unvalidated Redirect After Login",
              "Validate that the `next` URL is a relative path on this site."),
            F("SMS-PHONE-LOGGED", "LOW", "Information Disclosure", "Guardian Phone Numbers Written to Logs",
              "Mask the phone number in log output."),
        ], wrap="list"),
        """
        ### Concurrency and Logic Findings
        """,
        Block([
            F("SEAT-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking of Buses",
              "Perform the capacity check and insert atomically within a transaction.",
              desc="Two concurrent assignment requests can both read the same count and both insert, exceeding the bus capacity."),
            F("CAPACITY-OFF-BY-ONE", "MEDIUM", "Business Logic", "Incorrect Capacity Comparison",
              "Change the comparison to `>=`.", d=-1, n=2),
            F("ETA-CACHE-RACE", "MEDIUM", "Concurrency", "Unsynchronized Access to Global ETA Cache",
              "Protect `_eta_cache` and `_cache_stats` with a `threading.Lock`.", d=+1),
            F("ETA-CACHE-UNBOUNDED", "MEDIUM", "Memory Leak", "Unbounded Growth of the ETA Cache",
              "Use an LRU or TTL cache and evict old minute buckets."),
            F("ATTENDANCE-END-DAY", "LOW", "Logic Error", "Attendance Range Excludes the Final Day",
              "Add one to the number of days.", d=+1),
            U({"severity": "LOW", "category": "Best Practices", "description": "Consider adding type hints and docstrings to the route handlers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("RIDER-SEARCH-SQLI", "error", "security", "sql injection in rider search", "use ? placeholders"),
            F("RIDER-NO-AUTH", "error", "security", "rider profile readable without token", "require_office()", d=-1),
            F("EXPORT-PATH-TRAVERSAL", "error", "security", "path traversal in roster export", "basename the name"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LATE-COUNT-RACE", "warning", "", "late counter not thread safe", "use a lock"),
            F("STOPS-PAGE-SKIP", "warning", "bug", "first page of stops skipped", "(page - 1) * size"),
            F("SMS-SHELL-INJECTION", "error", "security", "shell=True with phone number", "pass a list"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in rider search, shell in the SMS helper, unsafe YAML import.
        2. Access control: rider registration and rider lookup are unauthenticated.
        3. Concurrency: shared dictionaries mutated from request threads.
        4. Correctness: off-by-one errors in paging, capacity and the attendance range.
        5. Resource handling: export file never closed.
        """,
        Block([
            F("RIDER-SEARCH-SQLI", "blocker", "security", "SQL injection via name parameter in search_riders",
              "Use parameter binding.", conf=0.9),
            F("RIDER-ORDER-SQLI", "major", "security", "Unvalidated ORDER BY column in search_riders",
              "Whitelist sortable columns.", conf=0.8),
            F("SMS-SHELL-INJECTION", "blocker", "security", "Command injection in text_guardian",
              "Avoid shell=True.", conf=0.9),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe yaml.load in import_routes", "Use safe_load.", conf=0.9),
            F("REGISTER-NO-AUTH", "major", "security", "Rider registration endpoint lacks authorization",
              "Require the office token for POST /riders.", conf=0.7),
            F("RIDER-NO-AUTH", "major", "security", "Missing authentication on get_rider", "Add require_office().", conf=0.8),
            F("ETA-CACHE-RACE", "minor", "concurrency", "Hit/miss statistics updated without synchronization",
              "Use a lock around cache and counters.", d=-1, conf=0.6),
            F("LATE-COUNT-RACE", "major", "concurrency", "Lost updates in late report counter",
              "Use a lock or persist the counter.", conf=0.7),
            F("SEAT-RACE", "major", "concurrency", "Concurrent assignments can receive the same seat number",
              "Wrap count and insert in a transaction.", d=+2, conf=0.7),
            F("CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in bus capacity check", "Use >=.", conf=0.8),
            F("STOPS-PAGE-SKIP", "minor", "correctness", "Pagination offset off by one page",
              "Subtract one from page.", d=+1, n=3, conf=0.8),
            F("ATTENDANCE-END-DAY", "minor", "correctness", "Attendance loop excludes end date", "Use days + 1.", conf=0.7),
            F("EXPORT-FILE-NOT-CLOSED", "minor", "resource-leak", "File handle leak in export_roster",
              "Use a with statement.", conf=0.8),
            F("CSV-FORMULA", "minor", "security", "CSV formula injection in roster export",
              "Prefix cells starting with = + - @ with a quote.", conf=0.5),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 7 major, 5 minor"),
    ]),
}

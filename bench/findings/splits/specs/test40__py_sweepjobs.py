"""test40/py-sweepjobs: a chimney-sweep job scheduler (Python, Flask + sqlite3). Frozen test split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test40: seeded problems in a chimney-sweep job scheduler (addresses, jobs, soot "
    "readings, sweep certificates); five agents' answers written by hand."
)

A = "sweepjobs/app.py"
PROBLEMS = {
    "SWEEP-TOKEN-IN-QUERY": P(A, 'token = request.args.get("token") or', "security", "sweep token accepted from the query string (ends up in access logs, browser history, referrers)"),
    "SWEEP-AUTH-FAILS-OPEN": P(A, "g.sweep = SWEEP_TOKENS.get(token)", "security", "sweep_only never rejects an unknown or missing token: every sweep endpoint is open to anyone", "signature-vs-statement"),
    "SLOT-LAST-DROPPED": P(A, "while t + timedelta(minutes=SLOT_MINUTES) < end:", "bug", "strict < drops the last slot (15:30-17:00) that ends exactly at closing time", "off-by-one"),
    "ADDR-SQLI-STREET": P(A, "sql = f\"SELECT id, street, town, postcode, owner, phone FROM addresses WHERE", "security", "street query value formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "ADDR-SQLI-ORDER": P(A, "sql = f\"SELECT id, street, town, postcode, owner, phone FROM addresses WHERE", "security", "order query value formatted into ORDER BY: SQL injection through the sort column", "source-vs-sink"),
    "JOB-DOUBLE-BOOK": P(A, "if taken:", "bug", "count-then-insert without a transaction or unique constraint: two bookings of one sweep's slot both succeed", "critical-section"),
    "JOB-FLUES-UNCHECKED": P(A, '(body["address_id"], day.isoformat(), body["start"]', "bug", "the job's flue count is taken from the request unchecked (zero, negative, more than the address has)"),
    "JOB-CANCEL-ANY": P(A, "db.execute(\"UPDATE jobs SET status = 'cancelled' WHERE id = ?\"", "security", "any sweep can cancel any job, not just their own (no sweep = g.sweep condition)", "signature-vs-statement"),
    "DAY-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page of the day's jobs is never returned", "off-by-one"),
    "DAY-SIZE-UNBOUNDED": P(A, "rows = get_db().execute(DAY_SQL, (day, size, offset))", "performance", "size from the query is passed to LIMIT unbounded (and -1 means no limit)", "source-vs-sink"),
    "READING-SOOT-UNCHECKED": P(A, 'soot_mm = float(body["soot_mm"])', "bug", "soot depth accepted unvalidated: negative, nan or inf readings are stored and drive the due date"),
    "READING-NOT-OWN-JOB": P(A, 'job = get_db().execute("SELECT flues, sweep FROM jobs WHERE id = ?"', "security", "job's sweep is fetched but never compared with g.sweep: any sweep logs readings on another's job"),
    "READING-JOB-NONE": P(A, 'if flue > job["flues"]:', "bug", "unknown job id: job is None and job[\"flues\"] raises, answering 500"),
    "READING-FLUE-ZERO": P(A, 'if flue > job["flues"]:', "bug", "flues are numbered from 1 but only the upper bound is checked: flue 0 and negative flues are accepted", "off-by-one"),
    "CERT-NUMBER-RACE": P(A, '_cert_counter["next"] = n + 1', "bug", "certificate counter read and incremented without a lock: concurrent certificates get the same number", "critical-section"),
    "CERT-NO-READINGS": P(A, 'worst = max(r["soot_mm"] for r in readings)', "bug", "a job with no readings: max() of an empty sequence raises ValueError, certificate answers 500"),
    "CERT-SOOT-BOUNDARY": P(A, "due = date.today() + timedelta(days=182 if worst > SOOT_LIMIT_MM", "bug", "worst > limit where the rule is 'this depth or more': a 3.0 mm deposit gets the twelve-month interval", "off-by-one"),
    "CERT-HTML-INJECTION": P(A, "html = CERT_TEMPLATE.format(", "security", "owner, street and town formatted into the certificate HTML unescaped"),
    "CERT-SHELL-INJECTION": P(A, 'subprocess.run(f"wkhtmltopdf {path}', "security", "owner name in a shell=True command line: command injection through the address record"),
    "CERT-PDF-PATH": P(A, 'subprocess.run(f"wkhtmltopdf {path}', "security", "PDF written to CERT_DIR/<owner>.pdf: an owner name with ../ writes outside the directory and namesakes overwrite each other"),
    "CERT-DL-NO-AUTH": P(A, "def download_certificate():", "security", "certificate download has no authentication at all: anyone can fetch any owner's certificate by name"),
    "CERT-DL-TRAVERSAL": P(A, 'path = os.path.join(CERT_DIR, f"{owner}.pdf")', "security", "owner query value joined into the path: ../ reads other PDFs outside CERT_DIR", "source-vs-sink"),
    "ROUTE-CACHE-RACE": P(A, "rows = get_db().execute(ROUTE_SQL, (sweep, day)).fetchall()", "bug", "route cache checked and filled without _route_lock (defined, never used): concurrent requests race and query twice", "critical-section"),
    "ROUTE-CACHE-STALE": P(A, "_route_cache[key] = [dict(r) for r in rows]", "bug", "route cache never invalidated: jobs booked or cancelled later in the day never appear on the sweep's route"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8040, debug=True)', "security", "Werkzeug debugger enabled on all interfaces (remote code execution through the console)"),
}

CONFUSABLE = [
    ("SWEEP-TOKEN-IN-QUERY", "SWEEP-AUTH-FAILS-OPEN"),
    ("ADDR-SQLI-STREET", "ADDR-SQLI-ORDER"),
    ("JOB-DOUBLE-BOOK", "JOB-FLUES-UNCHECKED"),
    ("DAY-PAGE-OFFSET", "DAY-SIZE-UNBOUNDED"),
    ("READING-SOOT-UNCHECKED", "READING-FLUE-ZERO"),
    ("READING-SOOT-UNCHECKED", "READING-JOB-NONE"),
    ("READING-NOT-OWN-JOB", "READING-JOB-NONE"),
    ("READING-JOB-NONE", "READING-FLUE-ZERO"),
    ("CERT-NO-READINGS", "CERT-SOOT-BOUNDARY"),
    ("CERT-SHELL-INJECTION", "CERT-PDF-PATH"),
    ("CERT-DL-NO-AUTH", "CERT-DL-TRAVERSAL"),
    ("ROUTE-CACHE-RACE", "ROUTE-CACHE-STALE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `sweepjobs/app.py`

        I read the whole module (one Flask app, ~250 lines). The office side is in reasonable shape:
        `office_only` fails closed when `SWEEP_OFFICE_KEY` is unset and compares with `hmac.compare_digest`,
        the address and job inserts use bound parameters, and `send_reminders` calls `sms-send` with an argv
        list and a timeout. The sweep side is where it goes wrong: `sweep_only` authenticates nobody, so every
        problem on a `@sweep_only` route is reachable without a token.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection, auth | 5 |
        | High | certificates, access control | 6 |
        | Medium | correctness of scheduling and readings | 9 |

        **Security**
        """,
        Block([
            F("ADDR-SQLI-STREET", "critical", "security", "SQL injection through `street` in address search",
              "Use a bound parameter: `WHERE street LIKE ?` with `(f\"%{street}%\",)`.",
              symbol="search_addresses", conf=0.95),
            F("ADDR-SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unvalidated",
              "Map `order` through an allow-list (`{\"street\", \"town\", \"postcode\"}`) before building the query; ORDER BY cannot be bound.",
              symbol="search_addresses", conf=0.9),
            F("SWEEP-AUTH-FAILS-OPEN", "critical", "security", "`sweep_only` lets requests without a valid token through",
              "After the lookup, `if g.sweep is None: abort(401)`. Today `g.sweep` is simply `None` and the view runs.",
              symbol="sweep_only.wrapper", conf=0.95),
            F("SWEEP-TOKEN-IN-QUERY", "medium", "security", "Sweep token accepted as a `?token=` query parameter",
              "Accept the token only in the `X-Sweep-Token` header; query strings end up in proxy and access logs.",
              symbol="sweep_only.wrapper", conf=0.8),
            F("CERT-SHELL-INJECTION", "critical", "security", "Owner name reaches a `shell=True` command in `issue_certificate`",
              "Call `subprocess.run([\"wkhtmltopdf\", path, out_path], check=True)` without a shell.",
              symbol="issue_certificate", conf=0.9),
            F("CERT-PDF-PATH", "medium", "security", "Certificate PDF is named after the owner",
              "Name the PDF after the certificate number; an owner such as `../../tmp/x` writes outside `CERT_DIR`, and two owners called `J Smith` overwrite each other's certificate.",
              symbol="issue_certificate", conf=0.7),
            F("CERT-HTML-INJECTION", "medium", "security", "Certificate HTML built with `str.format` and no escaping",
              "Escape owner, street and town with `html.escape` (or render with Jinja2 autoescape) before the PDF is produced.",
              symbol="issue_certificate", conf=0.75),
            F("CERT-DL-TRAVERSAL", "high", "security", "Path traversal in `/certificates` via `owner`",
              "Look the certificate up by number in the database and use `send_from_directory`, never a client-supplied path part.",
              symbol="download_certificate", conf=0.9),
            F("CERT-DL-NO-AUTH", "high", "security", "`/certificates` has no authentication decorator",
              "Protect it with `office_only` (or a signed, expiring link for the homeowner).",
              symbol="download_certificate", conf=0.85),
            F("JOB-CANCEL-ANY", "high", "security", "Any sweep can cancel any job",
              "Add `AND sweep = ?` with `g.sweep` to the update and answer 404 when no row changed.",
              symbol="cancel_job", conf=0.85),
            F("READING-NOT-OWN-JOB", "medium", "security", "Readings can be logged against another sweep's job",
              "The query already fetches `sweep`; compare it with `g.sweep` and answer 403 on mismatch.",
              symbol="add_reading", conf=0.75),
        ]),
        "**Correctness**",
        Block([
            F("JOB-DOUBLE-BOOK", "high", "bug", "Double booking: slot availability check and insert are not atomic",
              "Add a UNIQUE(day, start, sweep) constraint and catch `sqlite3.IntegrityError`, or wrap both statements in `BEGIN IMMEDIATE`.",
              d=-2, n=2, symbol="book_job", conf=0.85),
            F("CERT-NUMBER-RACE", "medium", "bug", "Certificate numbers can repeat under concurrent requests",
              "Take a lock around the read and increment, or better let the database hand out the number (an AUTOINCREMENT table).",
              d=-1, n=2, symbol="next_cert_number", conf=0.8),
            F("ROUTE-CACHE-RACE", "low", "performance", "`route_for` fills the cache without `_route_lock`",
              "Hold `_route_lock` around the check and fill; `_route_lock` is created but never used, so two requests for the same route both query.",
              d=-1, n=3, symbol="route_for", conf=0.6),
            F("SLOT-LAST-DROPPED", "medium", "bug", "The 15:30 slot is never offered",
              "Use `<=`: a slot that ends exactly at 17:00 is valid, but `t + 90min < end` excludes it, so each sweep has five slots instead of six.",
              symbol="slot_times", conf=0.85),
            F("DAY-PAGE-OFFSET", "medium", "bug", "Day list skips the first page",
              "`page` defaults to 1, so use `offset = (page - 1) * size`.",
              symbol="day_jobs", conf=0.85),
            F("READING-FLUE-ZERO", "medium", "bug", "Flue number is not checked for zero or negatives",
              "Check `1 <= flue <= job[\"flues\"]`; only the upper bound is enforced.",
              d=-3, symbol="add_reading", conf=0.7),
            F("READING-JOB-NONE", "medium", "bug", "Unknown job id crashes `add_reading`",
              "`fetchone()` returns `None` for an unknown id; answer 404 before subscripting `job`.",
              symbol="add_reading", conf=0.8),
            F("CERT-NO-READINGS", "medium", "bug", "`max()` over an empty reading list raises",
              "A job with no readings makes `issue_certificate` fail with a 500; refuse with 409 until every flue has a reading.",
              symbol="issue_certificate", conf=0.8),
            F("CERT-SOOT-BOUNDARY", "medium", "bug", "Six-month interval is applied above the limit, not at it",
              "The rule is 'this depth or more' (see the comment on `SOOT_LIMIT_MM`); use `worst >= SOOT_LIMIT_MM`.",
              d=-2, n=3, symbol="issue_certificate", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ADDR-SQLI-STREET", "critical", "security", "SQL injection: street interpolated into LIKE", "Bind parameter.", d=-2),
            F("ADDR-SQLI-ORDER", "high", "security", "SQL injection: order interpolated into ORDER BY", "Allow-list columns.", d=-1),
            F("SWEEP-AUTH-FAILS-OPEN", "critical", "security", "sweep_only never rejects unknown tokens", "abort(401) when token not found.", d=-2),
            F("CERT-DL-TRAVERSAL", "high", "security", "Path traversal in /certificates?owner=", "Look up by cert number; send_from_directory.", d=-1),
            F("CERT-SHELL-INJECTION", "high", "security", "shell=True with owner name in wkhtmltopdf command", "argv list, no shell."),
            F("JOB-CANCEL-ANY", "high", "security", "cancel_job does not check the job belongs to g.sweep", "WHERE id = ? AND sweep = ?.", d=-2),
            F("DAY-SIZE-UNBOUNDED", "medium", "performance", "Unbounded size passed to LIMIT", "Clamp size to 1..100.", d=-2),
            F("DAY-PAGE-OFFSET", "medium", "bug", "page=1 skips the first page", "(page - 1) * size.", d=-2),
            F("JOB-DOUBLE-BOOK", "medium", "bug", "Booking race: COUNT then INSERT", "UNIQUE(day, start, sweep).", d=+2),
            F("CERT-NUMBER-RACE", "medium", "bug", "next_cert_number not thread-safe", "Lock or DB sequence.", d=-1),
            F("CERT-NO-READINGS", "medium", "bug", "max() on empty readings -> 500", "Check readings first."),
            F("SLOT-LAST-DROPPED", "low", "bug", "slot_times excludes the slot ending at DAY_END", "Use <=."),
            F("DEBUG-ON", "high", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `sweepjobs` application, a Flask service that schedules chimney-sweep jobs,
        records soot readings and issues sweep certificates as PDF files.

        **Overall assessment**

        The application handles personal data (owners' names, phone numbers, addresses) and produces documents
        with legal weight (sweep certificates), so its weaknesses matter. The most serious problems are
        injection flaws (SQL, shell, HTML) and broken authentication for the sweeps' endpoints. There are also
        several logic errors around scheduling and the certificate due date.

        **Security vulnerabilities**
        """,
        Block([
            F("ADDR-SQLI-STREET", "CRITICAL", "SQL Injection", "SQL Injection in Address Search",
              "Use parameterized queries for the street filter.", sd=-2, n=3,
              desc="The `street` query parameter is embedded directly into the SQL statement with an f-string. An attacker can supply `' UNION SELECT ...` to read any table."),
            F("CERT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Owner Name in PDF Generation",
              "Avoid `shell=True` and pass the arguments as a list.", sd=-2, n=3,
              desc="The owner's name from the address record is placed into a shell command. An owner named `x; rm -rf /` would execute arbitrary commands on the server."),
            F("SWEEP-AUTH-FAILS-OPEN", "HIGH", "Broken Authentication", "Sweep Authentication Does Not Enforce Valid Tokens",
              "Return 401 when the token is not found in `SWEEP_TOKENS`.", sd=-2, n=3),
            F("CERT-DL-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Sanitize the owner parameter or serve certificates by ID.", d=+1, sd=-1, n=3,
              desc="The `owner` parameter is used to construct a file path that is sent to the client, allowing `../` sequences."),
            F("CERT-HTML-INJECTION", "MEDIUM", "Cross-Site Scripting", "Unescaped Data in Certificate HTML",
              "Escape all values inserted into the HTML template.", sd=-2, n=3),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled in Production",
              "Set `debug=False` and read the host from configuration.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints for addresses, jobs and certificates."}),
        ], wrap="list"),
        """
        **Logic and reliability issues**

        Beyond security, I identified the following issues that affect the correctness of the schedule and
        of the certificates:
        """,
        Block([
            F("JOB-DOUBLE-BOOK", "HIGH", "Race Condition", "Race Condition Allows Double Booking of a Sweep",
              "Use a unique constraint or a transaction.", sd=-2, n=3,
              desc="Between the `SELECT COUNT(*)` and the `INSERT`, another request can book the same slot."),
            F("READING-FLUE-ZERO", "MEDIUM", "Input Validation", "Flue Number Lower Bound Not Validated",
              "Also reject flue numbers below 1.", sd=-2, n=3),
            F("SLOT-LAST-DROPPED", "MEDIUM", "Logic Error", "Last Slot of the Day Is Never Generated",
              "Change the comparison to `<=`.", d=+1, sd=-1, n=3),
            F("CERT-SOOT-BOUNDARY", "MEDIUM", "Logic Error", "Soot Threshold Comparison Excludes the Limit Itself",
              "Use `>=` so that deposits equal to the limit shorten the interval.", sd=-2, n=3),
            F("ROUTE-CACHE-RACE", "LOW", "Caching", "Route Cache Is Not Thread-Safe",
              "Use `_route_lock` when reading and writing `_route_cache`.", d=+1, sd=-1, n=3,
              desc="Concurrent requests for the same sweep and day can both miss the cache and run the query twice."),
            F("DAY-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Day Listing",
              "Cap the `size` parameter.", sd=-2, n=3),
        ], wrap="list"),
        "These changes will make the scheduler considerably more robust and secure.",
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ADDR-SQLI-ORDER", "error", "security", "order param goes straight into ORDER BY", "whitelist columns"),
            F("CERT-DL-TRAVERSAL", "error", "security", "owner param allows ../ in certificate download", "serve by cert number"),
            F("SWEEP-AUTH-FAILS-OPEN", "error", "security", "unknown sweep token is let through", "abort(401) if g.sweep is None"),
            F("DEBUG-ON", "warning", "security", "debug server on 0.0.0.0", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CERT-NO-READINGS", "warning", "", "certificate crashes when job has no readings", "guard empty readings"),
            F("DAY-PAGE-OFFSET", "warning", "bug", "page 1 skips first page", "(page - 1) * size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the address search (blocker).
        2. Command injection when the certificate PDF is rendered (blocker).
        3. Weak authentication for sweeps: token in the URL, tokens never enforced, no ownership checks.
        4. Concurrency problems in booking, certificate numbering and the route cache.
        5. Input validation gaps in readings and bookings.
        """,
        Block([
            F("ADDR-SQLI-STREET", "blocker", "security", "SQL injection via street parameter",
              "Use parameter binding for the LIKE pattern.", conf=0.95),
            F("CERT-SHELL-INJECTION", "blocker", "security", "OS command injection in certificate rendering",
              "Pass an argument list to subprocess.run without shell=True.", conf=0.9),
            F("SWEEP-TOKEN-IN-QUERY", "major", "security", "Authentication token passed in URL query string",
              "Only read the token from a header.", conf=0.8),
            F("SWEEP-AUTH-FAILS-OPEN", "major", "security", "Missing rejection of invalid sweep tokens",
              "Abort with 401 if the token is unknown.", d=-1, conf=0.85),
            F("JOB-CANCEL-ANY", "major", "security", "Missing authorization check on job cancellation",
              "Restrict the update to jobs assigned to the current sweep.", conf=0.8),
            F("CERT-DL-NO-AUTH", "major", "security", "Certificate download endpoint is unauthenticated",
              "Require office or sweep authentication.", d=+1, conf=0.8),
            F("READING-NOT-OWN-JOB", "major", "security", "Sweep can add readings to jobs of other sweeps",
              "Compare job['sweep'] with g.sweep.", conf=0.7),
            F("JOB-DOUBLE-BOOK", "major", "concurrency", "Check-then-insert race in job booking",
              "Use a unique index on (day, start, sweep).", d=-1, conf=0.8),
            F("CERT-NUMBER-RACE", "major", "concurrency", "Non-atomic certificate counter",
              "Protect the counter with a lock or use the database.", conf=0.8),
            F("ROUTE-CACHE-RACE", "minor", "performance", "Duplicate route queries under concurrent requests",
              "Use the existing _route_lock.", d=-1, conf=0.6),
            F("ROUTE-CACHE-STALE", "major", "correctness", "Route cache is never invalidated",
              "Clear the cache entry when a job is booked or cancelled, or add a short TTL.", conf=0.75),
            F("READING-SOOT-UNCHECKED", "minor", "correctness", "Soot reading is not validated",
              "Reject negative, NaN and infinite values.", conf=0.7),
            F("JOB-FLUES-UNCHECKED", "minor", "correctness", "Flue count for a job is not validated",
              "Check 1 <= flues <= the address's flue count.", conf=0.65),
            F("CERT-SOOT-BOUNDARY", "minor", "correctness", "Boundary error in the soot limit comparison",
              "Use >= SOOT_LIMIT_MM.", conf=0.7),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 8 major, 4 minor"),
    ]),
}

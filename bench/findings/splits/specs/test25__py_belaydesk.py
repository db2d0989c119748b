"""test25/py-belaydesk: a climbing-gym front desk (Flask + SQLite): members, check-in, day passes, waivers,
belay certifications. Frozen test split test25; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test25: seeded problems in a climbing-gym front desk; five agents' answers written by hand."
)

A = "belaydesk/app.py"
C = "belaydesk/certs.py"
B = "belaydesk/billing.py"
PROBLEMS = {
    "TOKEN-EMPTY-OPEN": P(A, "if token != DESK_TOKEN:", "security", "DESK_TOKEN defaults to '': with it unset a request without the header passes desk_only"),
    "TOKEN-TIMING": P(A, "if token != DESK_TOKEN:", "security", "desk token compared with != (not constant time): timing side channel"),
    "SQLI-NAME": P(A, "WHERE last_name LIKE", "security", "name query value formatted into the LIKE clause of the member search: SQL injection", "source-vs-sink"),
    "SQLI-ORDER": P(A, "WHERE last_name LIKE", "security", "order query value formatted into ORDER BY: SQL injection through the sort column", "source-vs-sink"),
    "VISITS-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but offset = page * size: the first page of visits is never returned", "off-by-one"),
    "OCCUPANCY-RACE": P(A, 'occupancy["count"] += 1', "bug", "capacity check and increment of the occupancy counter without occupancy_lock: lost updates, gym over capacity", "critical-section"),
    "DOUBLE-CHECKIN": P(A, "INSERT INTO visits", "bug", "a member already inside can check in again: visit recorded and occupancy counted twice (extra, one agent)"),
    "WAIVER-UPLOAD-TRAVERSAL": P(A, "dest = WAIVER_DIR / upload.filename", "security", "uploaded file name joined to WAIVER_DIR unchecked: ../ writes outside the waiver directory", "source-vs-sink"),
    "WAIVER-NOAUTH": P(A, '@app.get("/waivers/<path:name>")', "security", "waiver download route has no desk_only: signed waivers (personal data) readable by anyone"),
    "WAIVER-GET-TRAVERSAL": P(A, "return send_file(WAIVER_DIR / name)", "security", "path segment joined to WAIVER_DIR and served with send_file: any file readable", "signature-vs-statement"),
    "PDF-ROW-NONE": P(A, 'src = WAIVER_DIR / row["waiver_file"]', "bug", "row is None for an unknown member (and waiver_file NULL without a waiver): TypeError, 500"),
    "PDF-SHELL": P(A, "soffice --headless", "security", "stored waiver file name (chosen by the uploader) put into a shell=True command line", "source-vs-sink"),
    "CERT-CACHE-RACE": P(C, "self.misses += 1", "bug", "status cache check-then-fill and lookups/misses counters without self._lock: duplicate queries, lost counts", "critical-section"),
    "CERT-CACHE-STALE": P(C, "self._cache[member_id] = result", "bug", "cached certification status never expires nor is invalidated by record(): expired or new checks not seen"),
    "CERT-EXPIRY": P(C, "expires > today", "bug", "belay check valid through its expiry day, but expires > today rejects it on that day", "off-by-one"),
    "LEAD-COUNT": P(C, "len(top_rope) > LEAD_MIN", "bug", "at least LEAD_MIN_TOP_ROPE_CHECKS needed, > demands one more", "off-by-one"),
    "PIN-MD5": P(C, "hashlib.md5(instructor_pin", "security", "instructor PINs stored as unsalted MD5: four-digit PINs recovered instantly", "signature-vs-statement"),
    "CARD-TOKEN-LOGGED": P(B, 'log.info("charging card', "security", "card token written to the application log"),
    "PAY-NO-TIMEOUT": P(B, "resp = requests.post(PAYMENTS_URL", "bug", "payment call without a timeout: a hung provider holds the worker forever"),
    "PAY-STATUS": P(B, 'return resp.json().get("id")', "bug", "HTTP status of the charge never checked: a declined card returns None and the pass is issued anyway"),
    "PRORATE": P(B, "days_left = month_days - start.day", "bug", "start day included per the docstring but month_days - start.day leaves it out", "off-by-one"),
    "AGE-SELF-DECLARED": P(A, 'age = int(body["age"])', "security", "price band taken from a client-declared age, never checked or bounded (extra, one agent)"),
    "CSV-FORMULA": P(A, 'out.append(",".join(', "security", "member names written to CSV unescaped: formula injection (=HYPERLINK...) in the export"),
    "CSV-NO-QUOTING": P(A, 'out.append(",".join(', "bug", "fields joined with commas without quoting: a comma in a name shifts the columns (extra, one agent)"),
}

CONFUSABLE = [
    ("TOKEN-EMPTY-OPEN", "TOKEN-TIMING"),
    ("SQLI-NAME", "SQLI-ORDER"),
    ("OCCUPANCY-RACE", "DOUBLE-CHECKIN"),
    ("WAIVER-NOAUTH", "WAIVER-GET-TRAVERSAL"),
    ("PDF-ROW-NONE", "PDF-SHELL"),
    ("CERT-CACHE-RACE", "CERT-CACHE-STALE"),
    ("CERT-EXPIRY", "LEAD-COUNT"),
    ("CARD-TOKEN-LOGGED", "PAY-NO-TIMEOUT"),
    ("PAY-NO-TIMEOUT", "PAY-STATUS"),
    ("CSV-FORMULA", "CSV-NO-QUOTING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `belaydesk`

        The desk API is small, but its authentication is the weak point everything else leans on: `desk_only`
        compares against an environment variable that defaults to the empty string. The waiver endpoints are the
        next most exposed (file names from uploads and URLs are trusted), and the certification rules are off
        by one in both directions that matter for safety.

        | Priority | Area | Issues |
        |---|---|---|
        | 1 | auth, SQL | empty token, timing compare, member search injection (two parameters) |
        | 2 | waivers | upload/download traversal, unauthenticated download, shell command |
        | 3 | certifications | expiry day, lead threshold, cache |
        | 4 | money and data | payment status, card token in logs, CSV export |

        Checked and fine: the membership expiry comparison in `checkin` (ISO dates compare correctly and the
        expiry day is allowed), the page-size cap in `member_visits`, `checkout`'s use of the lock, and the
        parameterised inserts.
        """,
        Block([
            F("TOKEN-EMPTY-OPEN", "critical", "security", "`desk_only` accepts a missing token when `DESK_TOKEN` is unset",
              "Refuse to start (or reject every request) when `DESK_TOKEN` is empty; `os.environ.get(\"DESK_TOKEN\", \"\")` plus a missing header makes `\"\" != \"\"` false.",
              symbol="desk_only.wrapper", conf=0.9),
            F("TOKEN-TIMING", "low", "security", "Desk token compared with a non-constant-time `!=`",
              "Use `hmac.compare_digest(token, DESK_TOKEN)`.", symbol="desk_only.wrapper", conf=0.6),
            F("SQLI-NAME", "critical", "security", "SQL injection through the `name` filter of `/members`",
              "Bind the pattern: `WHERE last_name LIKE ?` with `(f\"%{name}%\",)`.",
              symbol="search_members", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection through the `order` sort parameter",
              "Map `order` through an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="search_members", conf=0.9),
            F("VISITS-OFFSET", "medium", "bug", "Visit history skips the first page",
              "`page` defaults to 1 and is clamped to >= 1, so the offset must be `(page - 1) * size`.",
              symbol="member_visits", conf=0.85),
            F("OCCUPANCY-RACE", "medium", "bug", "Occupancy check and increment are not atomic",
              "Do the capacity check and `+= 1` under `occupancy_lock`, as `checkout` does; concurrent check-ins can both pass the check and lose increments.",
              d=-2, n=3, symbol="checkin", conf=0.8),
            F("WAIVER-UPLOAD-TRAVERSAL", "high", "security", "Uploaded waiver saved under a client-controlled file name",
              "Use `werkzeug.utils.secure_filename` or, better, name the file after the member id.",
              n=2, symbol="upload_waiver", conf=0.9),
            F("WAIVER-NOAUTH", "high", "security", "Waiver download is not behind `desk_only`",
              "Add `@desk_only`; waivers carry names, dates of birth and signatures.",
              n=2, symbol="get_waiver", conf=0.85),
            F("WAIVER-GET-TRAVERSAL", "high", "security", "Path traversal in `/waivers/<path:name>`",
              "Serve with `send_from_directory(WAIVER_DIR, name)`, which rejects paths leaving the directory.",
              symbol="get_waiver", conf=0.85),
            F("PDF-SHELL", "high", "security", "Shell command built from the stored waiver file name",
              "Pass an argument list without `shell=True`; the file name came from the uploader.",
              symbol="waiver_pdf", conf=0.85),
            F("CERT-CACHE-RACE", "low", "bug", "`CertRegistry.status` mutates the cache and counters without its lock",
              "Take `self._lock` around the lookup, the miss path and the counter updates.",
              n=3, symbol="CertRegistry.status", conf=0.6),
            F("CERT-CACHE-STALE", "high", "bug", "Certification status is cached forever",
              "Invalidate `self._cache[member_id]` in `record()` and give entries a lifetime shorter than a day; an expired belay check keeps showing as valid until restart.",
              symbol="CertRegistry.status", conf=0.8),
            F("CERT-EXPIRY", "medium", "bug", "Belay check rejected on its last valid day",
              "The docstring says valid up to and including the expiry day: use `expires >= today`.",
              symbol="CertRegistry._summarise", conf=0.8),
            F("LEAD-COUNT", "medium", "bug", "Lead requires four top-rope checks instead of three",
              "`len(top_rope) >= LEAD_MIN_TOP_ROPE_CHECKS`.", symbol="CertRegistry._summarise", conf=0.8),
            F("PIN-MD5", "medium", "security", "Instructor PINs hashed with unsalted MD5",
              "A short PIN hashed with MD5 is reversed by enumeration; use a per-instructor salt and a slow KDF, and rate-limit attempts.",
              symbol="CertRegistry.record", conf=0.7),
            F("PAY-STATUS", "high", "bug", "Declined charges still produce a day pass",
              "Call `resp.raise_for_status()` and require an `id`; today a 402 from the provider gives `None` and `buy_day_pass` stores the pass.",
              symbol="charge_day_pass", conf=0.8),
            F("CARD-TOKEN-LOGGED", "medium", "security", "Card token written to the log",
              "Log the last four characters at most.", symbol="charge_day_pass", conf=0.75),
            F("CSV-FORMULA", "low", "security", "CSV export open to formula injection",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote, and use the `csv` module.",
              symbol="export_members", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed belaydesk/app.py, certs.py, billing.py (255 lines). 12 findings, most severe first. Did not run the app.",
        Block([
            F("SQLI-ORDER", "critical", "security", "order param reaches ORDER BY unescaped",
              "allow-list of sort columns", d=-2),
            F("SQLI-NAME", "critical", "security", "name param interpolated into LIKE pattern",
              "bind parameter", d=-3),
            F("TOKEN-EMPTY-OPEN", "high", "security", "auth bypass when DESK_TOKEN env is unset (default \"\")",
              "fail closed on empty token"),
            F("WAIVER-GET-TRAVERSAL", "high", "security", "get_waiver serves arbitrary paths",
              "send_from_directory", d=-1),
            F("PDF-SHELL", "high", "security", "command injection: waiver_file from DB into shell=True",
              "argv list, no shell", d=-2),
            F("PDF-ROW-NONE", "medium", "bug", "waiver_pdf: row may be None -> TypeError",
              "404 when no row / no waiver"),
            F("PAY-STATUS", "high", "bug", "charge result not checked; declined card still gets a pass",
              "raise_for_status, require id"),
            F("PAY-NO-TIMEOUT", "medium", "bug", "requests.post without timeout",
              "timeout=10"),
            F("OCCUPANCY-RACE", "medium", "bug", "checkin: capacity check/increment race (lock unused)",
              "with occupancy_lock", d=-2),
            F("DOUBLE-CHECKIN", "low", "bug", "same member can check in twice; occupancy double counted",
              "reject if an open visit exists"),
            F("VISITS-OFFSET", "medium", "bug", "offset off by one page (page is 1-based)",
              "(page - 1) * size"),
            F("PRORATE", "medium", "bug", "prorate excludes the start day",
              "month_days - start.day + 1"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `belaydesk` service, a Flask application used at a climbing gym's front
        desk for members, check-in, day passes, waiver documents and belay certifications.

        **Security**

        The most serious issues are injection and file-handling flaws. The member search builds SQL with an
        f-string, and both waiver endpoints trust file names supplied by users. A shell command is also built
        from a stored file name.
        """,
        Block([
            F("SQLI-NAME", "CRITICAL", "SQL Injection", "SQL Injection in Member Search",
              "Use parameterized queries for the search term.",
              desc="The `name` argument is embedded directly into the SQL string, e.g. `name=' OR '1'='1`."),
            F("WAIVER-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Waiver Upload",
              "Sanitize the filename with `secure_filename`.", d=-1,
              desc="`upload.filename` is controlled by the client and can contain `../` sequences."),
            F("WAIVER-GET-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read in Waiver Download",
              "Use `send_from_directory`."),
            F("PDF-SHELL", "HIGH", "Command Injection", "OS Command Injection in PDF Conversion",
              "Avoid `shell=True`; pass arguments as a list."),
            F("TOKEN-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Desk Token Comparison",
              "Use `hmac.compare_digest`."),
            F("PIN-MD5", "MEDIUM", "Cryptographic Failure", "Weak Hashing of Instructor PINs",
              "Use bcrypt or argon2 with a salt.", d=-1),
            F("CARD-TOKEN-LOGGED", "MEDIUM", "Sensitive Data Exposure", "Payment Card Token Logged in Plaintext",
              "Remove the token from the log message."),
            F("CSV-FORMULA", "LOW", "CSV Injection", "CSV Injection in Member Export",
              "Escape leading formula characters."),
        ], wrap="list"),
        """
        **Logic and Concurrency**

        Several issues concern shared state and business rules:
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider using an application factory and blueprints."}),
            F("OCCUPANCY-RACE", "HIGH", "Race Condition", "Maximum Occupancy Can Be Exceeded",
              "Protect the check and the increment with `occupancy_lock`.", d=-2,
              desc="Two simultaneous check-ins can both see `count == MAX_OCCUPANCY - 1` and both be admitted."),
            F("CERT-CACHE-RACE", "LOW", "Performance", "Duplicate Database Queries on Concurrent Cache Misses",
              "Use the registry's lock (or a per-member future) so only one request fills the cache.", d=-3),
            F("LEAD-COUNT", "MEDIUM", "Business Logic", "Lead Certification Requires One Check Too Many",
              "Use `>=` when comparing against `LEAD_MIN_TOP_ROPE_CHECKS`.", d=-1, sd=0),
            F("AGE-SELF-DECLARED", "MEDIUM", "Business Logic", "Day Pass Price Based on Unverified Age",
              "Verify age at the desk or bound it; any buyer can claim to be 5 and pay the child price.",
              desc="The client-supplied `age` selects the price band and is never validated (negative values are accepted too)."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "reviewed belaydesk. main issues:",
        Block([
            F("SQLI-ORDER", "high", "security", "sql injection via order param", "allow-list the column"),
            F("WAIVER-UPLOAD-TRAVERSAL", "high", "security", "path traversal in waiver upload", "secure_filename"),
            F("PDF-SHELL", "high", "security", "shell injection in soffice call", "no shell=True"),
            F("CERT-EXPIRY", "medium", "", "belay cert expires one day early", ">= today"),
            F("CSV-NO-QUOTING", "low", "bug", "csv export breaks on commas in names", "use csv.writer"),
            F("PAY-NO-TIMEOUT", "medium", "bug", "no timeout on payment request", "timeout=", d=1, sd=0, n=2),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: the desk token may be empty.
        2. SQL injection in member search (two parameters).
        3. Waiver files: unauthenticated access, traversal on upload and download, command injection.
        4. Concurrency on the occupancy counter.
        5. Certification caching and expiry.
        6. Billing: timeout, proration.
        """,
        Block([
            F("TOKEN-EMPTY-OPEN", "blocker", "security", "Empty default desk token disables authentication",
              "Require DESK_TOKEN at startup.", d=-1, sd=0, conf=0.85),
            F("SQLI-NAME", "blocker", "security", "SQL injection via name search parameter",
              "Use placeholders.", conf=0.9),
            F("SQLI-ORDER", "major", "security", "SQL injection via ORDER BY clause",
              "Whitelist sortable columns.", conf=0.85),
            F("WAIVER-NOAUTH", "major", "security", "Missing authentication on waiver download",
              "Add desk_only decorator.", d=1, conf=0.8),
            F("WAIVER-GET-TRAVERSAL", "major", "security", "Directory traversal in waiver download",
              "Use send_from_directory.", conf=0.8),
            F("WAIVER-UPLOAD-TRAVERSAL", "major", "security", "Directory traversal in waiver upload",
              "Sanitize filename.", d=1, conf=0.8),
            F("PDF-SHELL", "blocker", "security", "Command injection in waiver PDF conversion",
              "Use list args.", conf=0.85),
            F("PDF-ROW-NONE", "minor", "correctness", "Unhandled missing member in waiver_pdf",
              "Return 404.", d=-1, conf=0.7),
            F("OCCUPANCY-RACE", "major", "concurrency", "Non-atomic occupancy counter update",
              "Use occupancy_lock.", d=3, conf=0.75),
            F("CERT-CACHE-STALE", "major", "correctness", "Certification cache never invalidated",
              "Clear entry on record and add TTL.", d=-3, conf=0.75),
            F("CERT-EXPIRY", "minor", "correctness", "Off-by-one in belay certification expiry",
              "Compare with >=.", d=-1, conf=0.7),
            F("VISITS-OFFSET", "minor", "correctness", "Pagination offset skips first page",
              "Subtract one from page.", d=-2, conf=0.75),
            F("PRORATE", "minor", "correctness", "Proration off by one day",
              "Add one to days_left.", d=1, conf=0.7),
            F("PAY-NO-TIMEOUT", "minor", "resource-leak", "HTTP request to payment provider has no timeout",
              "Set a timeout.", d=1, conf=0.7),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 6 major, 5 minor"),
    ]),
}

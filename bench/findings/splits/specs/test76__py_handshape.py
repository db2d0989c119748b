"""test76/py-handshape: a sign-language interpreter agency's booking desk (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, this data's test and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers. "
    "Frozen test split test76: seeded problems in a small Flask + SQLite booking desk of a sign-language interpreter "
    "agency (interpreters, jobs, travel time, invoices); five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "PORTAL-FAILS-OPEN": P(A, 'if PORTAL_KEY and request.args.get("key") != PORTAL_KEY:', "security", "portal check skipped entirely when PORTAL_KEY is unset: every caller is a booking client"),
    "PORTAL-KEY-IN-QUERY": P(A, 'if PORTAL_KEY and request.args.get("key") != PORTAL_KEY:', "security", "portal key taken from the query string (logged by proxies and servers, kept in browser history) and compared with !="),
    "ORG-FROM-HEADER": P(A, 'g.org = request.headers.get("X-Org", "")', "security", "the booking organisation is whatever X-Org header the caller sends: any client books and cancels as any other organisation"),
    "TOKEN-TIMING": P(A, 'if row is None or row["token"] != request.headers.get("X-Interpreter-Token"):', "security", "interpreter token compared with != (timing), next to compare_digest in office_only"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page of interpreters is never shown", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance", "size has no upper bound: one request reads the whole interpreter table"),
    "SORT-INJECTION": P(A, "ORDER BY {sort} LIMIT ? OFFSET ?", "security", "sort query value formatted into ORDER BY (region is bound on the same line)", "source-vs-sink"),
    "STATUS-MASS-ASSIGN": P(A, 'data.get("status", "open")', "security", "client-supplied status stored: a portal client can create a job already 'accepted' or 'done' (then invoiced)"),
    "JOB-DETAIL-ANY": P(A, 'row = get_db().execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()', "security", "any interpreter reads any job (deaf client's name, address, fee) by id; no check that the job is open or theirs", "signature-vs-statement"),
    "ACCEPT-RACE": P(A, 'if job["status"] != "open":', "bug", "status read, checked, then updated without a condition: two interpreters can both accept the same job", "critical-section"),
    "ACCEPT-STATS-UNLOCKED": P(A, '_stats["accepted"] += 1', "bug", "accepted counter incremented without _stats_lock (the cancelled counter takes it)"),
    "TRAVEL-MINUTES-UNCAPPED": P(A, 'minutes = int(data.get("minutes", 0))', "bug", "travel minutes not clamped (miles are, MAX_TRAVEL_MIN is never used): negative or huge paid travel time"),
    "TRAVEL-ANY-JOB": P(A, '"UPDATE jobs SET travel_min = ?, miles = ? WHERE id = ?"', "security", "travel written to any job by id, not only the caller's own (no interpreter_id in the WHERE)"),
    "TRAVEL-AFTER-INVOICE": P(A, '"UPDATE jobs SET travel_min = ?, miles = ? WHERE id = ?"', "bug", "travel can be changed on a job that is already done and invoiced (no status condition)"),
    "CANCEL-ANY-ORG": P(A, "SELECT org, day, start_min, hours, rate, status FROM jobs", "security", "cancel reads the job's org but never compares it with g.org: any client cancels any organisation's job", "signature-vs-statement"),
    "NOTICE-SECONDS": P(A, "notice_hours = (start - datetime.now()).seconds / 3600", "bug", "timedelta.seconds drops the days: a job cancelled weeks ahead is charged the late-cancellation fee"),
    "CANCEL-ANY-STATUS": P(A, "UPDATE jobs SET status = 'cancelled', fee = ?", "bug", "status is never checked: done, invoiced or already cancelled jobs are cancelled (and charged) again"),
    "BOARD-PII": P(A, "SELECT id, day, start_min, hours, setting, address, deaf_client FROM jobs WHERE status = 'open'", "security", "unauthenticated /board publishes deaf clients' names and addresses", "signature-vs-statement"),
    "INVOICE-HTML": P(A, "<td>{r['address']}</td>", "security", "job address put unescaped into the invoice HTML rendered by wkhtmltopdf (day is escaped on the same line)"),
    "INVOICE-LAST-DAY": P(A, "AND day >= ? AND day < ?", "bug", "last is the month's last day but the query uses day < last: jobs on the last day of a month are never invoiced", "off-by-one"),
    "INVOICE-SEQ-RACE": P(A, "_invoice_seq += 1", "bug", "global invoice counter incremented and read without a lock: two invoices can get the same number", "critical-section"),
    "INVOICE-SEQ-RESET": P(A, 'number = f"HS{year}', "bug", "invoice numbers come from an in-memory counter: every restart reuses numbers already issued"),
    "INVOICE-SHELL": P(A, 'subprocess.run(f"wkhtmltopdf', "security", "org from the URL goes into the output path and through shell=True", "source-vs-sink"),
    "INVOICE-NO-TIMEOUT": P(A, 'subprocess.run(f"wkhtmltopdf', "performance", "wkhtmltopdf run without a timeout: a hung render holds the worker for ever"),
    "INVOICE-FILE-TRAVERSAL": P(A, "return send_file(os.path.join(INVOICE_DIR, name)", "security", "name joined to INVOICE_DIR unchecked; with the default link secret anyone signs ../ names", "source-vs-sink"),
    "LINK-DEFAULT-SECRET": P(A, 'LINK_SECRET = os.environ.get("LINK_SECRET"', "security", "invoice-link secret falls back to a constant in the source"),
    "DB-ERROR-LEAK": P(A, "return jsonify(error=str(exc)), 500", "security", "sqlite error text (SQL, table and column names) returned to the client"),
}

CONFUSABLE = [
    ("PORTAL-FAILS-OPEN", "PORTAL-KEY-IN-QUERY"),
    ("PORTAL-FAILS-OPEN", "ORG-FROM-HEADER"),
    ("PORTAL-KEY-IN-QUERY", "ORG-FROM-HEADER"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("ACCEPT-RACE", "ACCEPT-STATS-UNLOCKED"),
    ("TRAVEL-MINUTES-UNCAPPED", "TRAVEL-ANY-JOB"),
    ("TRAVEL-MINUTES-UNCAPPED", "TRAVEL-AFTER-INVOICE"),
    ("TRAVEL-ANY-JOB", "TRAVEL-AFTER-INVOICE"),
    ("NOTICE-SECONDS", "CANCEL-ANY-STATUS"),
    ("INVOICE-SEQ-RACE", "INVOICE-SEQ-RESET"),
    ("INVOICE-SHELL", "INVOICE-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `app.py` is a single-module Flask service with three kinds of caller: the office (`office_only`), booking
        clients through the portal (`portal_client`) and interpreters (`interpreter_only`). The office decorator is
        done right — it fails closed when `OFFICE_KEY` is empty and uses `hmac.compare_digest` — and the other two
        should be brought up to the same standard. The clash check in `_has_clash` uses a correct interval test, the
        travel `miles` are clamped, and every query except the interpreter list binds its parameters.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `portal_client` | fails open, key in the URL, organisation taken from a header |
        | P0 | `make_invoice` | shell injection through `org` |
        | P0 | `invoice_file` | path traversal (the link signature does not save it) |
        | P1 | interpreters | any interpreter reads, travels on, and (racily) accepts any job |
        | P1 | money | late-cancellation fee, last-day invoices, invoice numbers |
        | P2 | hygiene | `ORDER BY` injection, page offset, HTML in the invoice, public board |
        """,
        Block([
            F("PORTAL-FAILS-OPEN", "critical", "security", "Portal authentication is skipped when `PORTAL_KEY` is not set",
              "Fail closed like `office_only`: refuse every portal request when the key is unset.",
              symbol="portal_client.wrapper", conf=0.9),
            F("PORTAL-KEY-IN-QUERY", "medium", "security", "Portal key is read from the query string and compared with `!=`",
              "Take it from a header and compare with `hmac.compare_digest`; query strings end up in access logs.",
              symbol="portal_client.wrapper", conf=0.75),
            F("ORG-FROM-HEADER", "high", "security", "Client organisation is taken from a caller-controlled header",
              "Derive the organisation from the credential (one key per organisation), never from `X-Org`.",
              symbol="portal_client.wrapper", conf=0.85),
            F("TOKEN-TIMING", "low", "security", "Interpreter token compared with `!=`",
              "Use `hmac.compare_digest`, and store a hash of the token rather than the token itself.",
              symbol="interpreter_only.wrapper", conf=0.6),
            F("SORT-INJECTION", "high", "security", "SQL injection through `sort` in the interpreter list",
              "Map `sort` through an allow-list of column names; `region` is already bound correctly.",
              symbol="list_interpreters", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Page 1 skips the first `size` interpreters",
              "`offset = (page - 1) * size`, and reject page < 1.", symbol="list_interpreters", conf=0.85),
            F("STATUS-MASS-ASSIGN", "high", "security", "Job status is taken from the client's request body",
              "Always insert `'open'`; status changes belong to the accept/cancel/done flows.",
              symbol="create_job", conf=0.8),
            F("JOB-DETAIL-ANY", "high", "security", "Any interpreter can read any job, including the deaf client's details",
              "Return a job only when it is open (without client details) or assigned to `g.interpreter`.",
              symbol="job_detail", conf=0.85),
            F("ACCEPT-RACE", "high", "bug", "Two interpreters can accept the same job",
              "Make the update conditional: `UPDATE jobs SET ... WHERE id = ? AND status = 'open'` and check `rowcount`.",
              n=3, symbol="accept_job", conf=0.85),
            F("ACCEPT-STATS-UNLOCKED", "low", "bug", "`_stats[\"accepted\"]` is updated without `_stats_lock`",
              "Take `_stats_lock` as `cancel_job` does.", symbol="accept_job", conf=0.7),
            F("TRAVEL-ANY-JOB", "high", "security", "Interpreters can log travel on jobs that are not theirs",
              "Add `AND interpreter_id = ?` to the update and return 404 when no row matches.",
              symbol="log_travel", conf=0.85),
            F("CANCEL-ANY-ORG", "high", "security", "A portal client can cancel another organisation's job",
              "Compare `job[\"org\"]` with the caller's organisation before cancelling.",
              symbol="cancel_job", conf=0.8),
            F("NOTICE-SECONDS", "high", "bug", "Late-cancellation fee uses `timedelta.seconds`, which ignores whole days",
              "Use `total_seconds()`; today a job three weeks ahead can be charged in full.",
              symbol="cancel_job", conf=0.9),
            F("BOARD-PII", "medium", "security", "Public job board exposes deaf clients' names and addresses",
              "Require interpreter auth and drop `deaf_client`/full address from the listing (postcode district is enough).",
              d=-3, symbol="open_board", conf=0.8),
            F("INVOICE-HTML", "medium", "security", "Job address is not escaped in the invoice HTML",
              "Escape `address` like `day`; wkhtmltopdf will load `<iframe src=file:///...>` from it.",
              symbol="render_invoice", conf=0.75),
            F("INVOICE-LAST-DAY", "high", "bug", "Jobs on the last day of the month are never invoiced",
              "Query `day <= ?` with `last`, or `day < ?` with the first day of the next month.",
              symbol="make_invoice", conf=0.85),
            F("INVOICE-SEQ-RACE", "medium", "bug", "Invoice number counter is not thread-safe",
              "Allocate numbers in the database (a sequence table updated in the same transaction).",
              n=2, symbol="make_invoice", conf=0.75),
            F("INVOICE-SEQ-RESET", "medium", "bug", "Invoice numbers restart at 1 after every restart",
              "Persist the counter; duplicate invoice numbers are an accounting problem.",
              symbol="make_invoice", conf=0.7),
            F("INVOICE-SHELL", "critical", "security", "Command injection via `org` in the wkhtmltopdf call",
              "Call `subprocess.run([\"wkhtmltopdf\", \"--quiet\", \"-\", path])` without a shell and validate `org`.",
              symbol="make_invoice", conf=0.9),
            F("INVOICE-FILE-TRAVERSAL", "high", "security", "Path traversal in `/invoices/file`",
              "Reject names containing a path separator and check the resolved path stays under `INVOICE_DIR`.",
              symbol="invoice_file", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("PORTAL-FAILS-OPEN", "high", "security", "portal_client allows everything when PORTAL_KEY unset", "Fail closed."),
            F("PAGE-OFFSET", "medium", "bug", "page=1 returns the second page", "offset=(page-1)*size", d=-2),
            F("SORT-INJECTION", "high", "security", "ORDER BY built from ?sort=", "Allow-list columns.", d=-1),
            F("STATUS-MASS-ASSIGN", "medium", "security", "create_job stores caller-provided status", "Hard-code 'open'."),
            F("JOB-DETAIL-ANY", "medium", "security", "job_detail has no ownership check", "Filter by interpreter_id or status='open'.", d=-1),
            F("ACCEPT-RACE", "high", "bug", "accept_job: check-then-update race on status", "UPDATE ... WHERE status='open'; check rowcount.", d=2),
            F("TRAVEL-ANY-JOB", "medium", "security", "log_travel updates any job id", "Scope the UPDATE to g.interpreter."),
            F("CANCEL-ANY-ORG", "high", "security", "cancel_job never checks the job's org", "Compare job['org'] to g.org.", d=-2),
            F("NOTICE-SECONDS", "medium", "bug", "timedelta.seconds used for notice period", "total_seconds()."),
            F("BOARD-PII", "medium", "security", "/board is unauthenticated and returns deaf_client", "Auth + drop the column.", d=-3),
            F("INVOICE-LAST-DAY", "medium", "bug", "Invoice range excludes the month's last day", "Use the first of next month as the exclusive bound.", d=-2),
            F("INVOICE-SEQ-RACE", "low", "bug", "_invoice_seq not synchronized", "Use the DB.", d=1),
            F("INVOICE-SHELL", "high", "security", "org reaches shell=True via the pdf path", "argv list, no shell.", d=-1),
            F("INVOICE-NO-TIMEOUT", "low", "performance", "wkhtmltopdf subprocess has no timeout", "timeout=60."),
            F("DB-ERROR-LEAK", "low", "security", "sqlite errors echoed to clients", "Log; return a generic message."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the interpreter booking service in `app.py`. It is a Flask application backed by
        SQLite that serves three audiences: the agency office, client organisations booking through a portal, and
        the interpreters themselves.

        **Authentication and Access Control**

        The office endpoints are protected properly. The portal and interpreter decorators are weaker, and several
        interpreter and portal endpoints do not check that the caller owns the record they touch.

        **Data Handling**

        User input reaches SQL, HTML and a shell command. Here are the security findings:
        """,
        Block([
            F("PORTAL-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Portal Authentication Disabled When Key Is Unset",
              "Deny all portal requests when PORTAL_KEY is missing.", sd=-2, n=3,
              desc="If the PORTAL_KEY environment variable is not set, the condition short-circuits and every request is treated as an authenticated client."),
            F("PORTAL-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "API Key Passed in URL Query String",
              "Send the key in a header instead."),
            F("TOKEN-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use hmac.compare_digest as office_only already does.", sd=-2, n=3),
            F("SORT-INJECTION", "HIGH", "SQL Injection", "SQL Injection in Interpreter Sorting",
              "Validate the sort parameter against a list of columns.", sd=-2, n=3),
            F("JOB-DETAIL-ANY", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Job Details",
              "Verify the interpreter is assigned to the job.", sd=-2, n=3),
            F("TRAVEL-ANY-JOB", "MEDIUM", "Broken Access Control", "Travel Log Can Modify Any Job",
              "Include the interpreter id in the UPDATE."),
            F("CANCEL-ANY-ORG", "HIGH", "Broken Access Control", "Cross-Organisation Job Cancellation",
              "Check that the job belongs to the calling organisation.", sd=-1, n=2),
            F("BOARD-PII", "HIGH", "Information Disclosure", "Public Board Leaks Client Personal Data",
              "Require authentication and remove personal fields."),
            F("INVOICE-HTML", "MEDIUM", "Cross-Site Scripting", "HTML Injection in Invoice Rendering",
              "Escape all fields with html.escape."),
            F("INVOICE-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Invoice Generation",
              "Pass arguments as a list and never use shell=True.", sd=-1, n=2,
              desc="The org path segment is embedded in the output path and the whole string is run by /bin/sh."),
            F("INVOICE-FILE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Invoice Download",
              "Use a safe join and reject '..'.", d=-3),
            F("LINK-DEFAULT-SECRET", "MEDIUM", "Security Misconfiguration", "Hardcoded Default Secret for Invoice Links",
              "Require LINK_SECRET to be set at startup."),
            F("DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message."),
        ], wrap="list"),
        """
        **Logic and Reliability**

        In addition to the security issues, I found these correctness and concurrency issues:
        """,
        Block([
            F("PAGE-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size",
              "Cap size (for example at 100)."),
            F("ACCEPT-RACE", "HIGH", "Race Condition", "Race Condition When Accepting Jobs",
              "Use a conditional UPDATE and check the affected row count.", d=2),
            U({"severity": "INFO", "category": "style", "description": "Consider splitting app.py into blueprints for office, portal and interpreter routes."}),
            F("TRAVEL-AFTER-INVOICE", "MEDIUM", "Logic Error", "Travel Can Be Edited After a Job Is Invoiced",
              "Only allow travel updates while the job is accepted and not yet invoiced."),
            F("INVOICE-SEQ-RACE", "MEDIUM", "Race Condition", "Duplicate Invoice Numbers Under Concurrency",
              "Generate invoice numbers in the database.", d=1, sd=0, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PORTAL-FAILS-OPEN", "high", "security", "portal auth off if PORTAL_KEY unset", "fail closed"),
            F("SORT-INJECTION", "high", "security", "sql injection via sort", "whitelist", d=1),
            F("CANCEL-ANY-ORG", "high", "security", "cancel doesn't check org", "compare org"),
            F("BOARD-PII", "medium", "security", "board is public and shows client names", "add auth"),
            F("INVOICE-SHELL", "high", "security", "shell=True with org in path", "use list args"),
            F("INVOICE-FILE-TRAVERSAL", "high", "security", "path traversal in invoice download", "basename + check"),
            F("DB-ERROR-LEAK", "low", "security", "db error text returned", "generic error"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "no max page size", "clamp size"),
            F("ACCEPT-RACE", "high", "bug", "double accept race", "conditional update"),
            F("TRAVEL-MINUTES-UNCAPPED", "medium", "", "travel minutes not capped (MAX_TRAVEL_MIN unused)", "clamp like miles"),
            F("INVOICE-NO-TIMEOUT", "low", "bug", "no timeout on wkhtmltopdf", "timeout="),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Portal authentication can be bypassed and the organisation is spoofable.
        2. SQL injection in the interpreter listing; shell injection in invoice generation.
        3. Missing ownership checks on job details, travel and cancellation.
        4. Concurrency problems in job acceptance and invoice numbering.
        5. Billing errors: page offsets, the last day of the month, cancellation fees.
        """,
        Block([
            F("PORTAL-FAILS-OPEN", "blocker", "security", "Portal key check bypassed when PORTAL_KEY is not configured",
              "Reject requests when the key is not configured.", conf=0.9),
            F("PORTAL-KEY-IN-QUERY", "minor", "security", "Portal key transmitted as a URL parameter",
              "Use an Authorization header.", conf=0.7),
            F("ORG-FROM-HEADER", "major", "security", "Organisation identity trusted from X-Org header",
              "Bind the organisation to the portal credential.", conf=0.8),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in pagination offset",
              "Subtract one from the page number.", conf=0.85),
            F("SORT-INJECTION", "blocker", "security", "SQL injection via ORDER BY clause",
              "Use a whitelist of sortable columns.", conf=0.9),
            F("STATUS-MASS-ASSIGN", "major", "security", "Mass assignment of job status",
              "Ignore status from the request body.", conf=0.75),
            F("JOB-DETAIL-ANY", "major", "security", "Missing authorization on job detail",
              "Check the job is assigned to the requesting interpreter.", conf=0.8),
            F("ACCEPT-RACE", "major", "concurrency", "Race condition in job acceptance",
              "Use an atomic conditional update.", conf=0.85),
            F("ACCEPT-STATS-UNLOCKED", "minor", "concurrency", "Accepted counter updated outside the lock",
              "Use _stats_lock.", d=-3, conf=0.6),
            F("TRAVEL-MINUTES-UNCAPPED", "minor", "correctness", "Travel minutes are not validated",
              "Clamp to 0..MAX_TRAVEL_MIN.", conf=0.7),
            F("TRAVEL-ANY-JOB", "major", "security", "Travel update not restricted to the assigned interpreter",
              "Add interpreter_id to the WHERE clause.", conf=0.8),
            F("CANCEL-ANY-ORG", "major", "security", "Cancellation does not verify the organisation",
              "Compare job org with the caller.", conf=0.8),
            F("CANCEL-ANY-STATUS", "minor", "correctness", "Completed or invoiced jobs can be cancelled and charged",
              "Only cancel jobs that are open or accepted.", conf=0.65),
            F("INVOICE-LAST-DAY", "major", "correctness", "Invoice period misses the last day of the month",
              "Use an inclusive upper bound.", d=1, conf=0.8),
            F("INVOICE-SEQ-RACE", "minor", "concurrency", "Invoice sequence increment is not atomic",
              "Protect it with a lock or use the database.", conf=0.7),
            F("INVOICE-SHELL", "blocker", "security", "Command injection in PDF generation",
              "Avoid shell=True.", d=-1, conf=0.9),
            F("INVOICE-FILE-TRAVERSAL", "major", "security", "Directory traversal in invoice download",
              "Validate the file name.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}

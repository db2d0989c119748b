"""test80/py-callsmith: lock-out callouts and locksmith dispatch (Python, Flask + SQLite). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data, its scores or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split test80 (score once, never tune on it): seeded problems in a locksmiths' callout dispatch "
    "service; five agents' answers written by hand."
)

S = "app.py"
DESK = 'if request.headers.get("X-Desk-Key", "") != DESK_KEY:'
ORDER_BY = 'ORDER BY {sort} {order}"'
PAGER = "page-smith {smith}"
TRACK = "s.phone AS smith_phone, c.key_code FROM callouts c"
MINUTES = 'minutes = int(body["minutes"])'

PROBLEMS = {
    "DESK-KEY-FAILS-OPEN": P(S, DESK, "security", "DESK_KEY defaults to an empty string: with it unset, a request without the header passes desk_only"),
    "DESK-KEY-TIMING": P(S, DESK, "security", "desk key compared with != rather than a constant-time comparison"),
    "NIGHT-HOUR": P(S, "return hour > 22 or hour < 6", "bug", "hour > 22 leaves 22:00-22:59 out of the night rate the comment promises", "off-by-one"),
    "SORT-INJECTION": P(S, ORDER_BY, "security", "sort query value formatted into ORDER BY", "source-vs-sink"),
    "ORDER-INJECTION": P(S, ORDER_BY, "security", "order (asc/desc) query value formatted into ORDER BY unchecked"),
    "PAGE-OFFSET": P(S, "(status, size, page * size)", "bug", "pages start at 1 but OFFSET is page * size: the first page of callouts is never listed", "off-by-one"),
    "ASSIGN-RACE": P(S, "UPDATE callouts SET status = 'assigned'", "bug", "status read, then updated without a condition or transaction: two desk operators can both assign one callout", "critical-section"),
    "STATS-UNLOCKED": P(S, '_stats["assigned"] += 1', "bug", "assigned counter incremented without _stats_lock, which the other counters take"),
    "PAGER-SHELL": P(S, PAGER, "security", "desk note interpolated into a shell command line", "source-vs-sink"),
    "PAGER-IGNORED": P(S, PAGER, "bug", "pager exit status ignored and a timeout raises after the commit: the callout is assigned but the smith may never be paged"),
    "ETA-STALE": P(S, "if key not in _eta_cache:", "bug", "ETA cached forever per (postcode, smith): it never reflects the smith's later jobs"),
    "ETA-UNBOUNDED": P(S, "_eta_cache[key] = estimate_minutes(", "performance", "module-level ETA cache grows without bound, one entry per postcode and smith"),
    "CLOSE-NOT-OWNER": P(S, 'row = db().execute("SELECT status FROM callouts WHERE id = ?", (cid,)).fetchone()', "security",
                         "any authenticated locksmith can close any callout: smith_id is never compared with the caller", "signature-vs-statement", nth=1),
    "MINUTES-UNVALIDATED": P(S, MINUTES, "bug", "minutes not range-checked: negative or huge labour goes onto the invoice"),
    "PARTS-UNVALIDATED": P(S, 'parts = float(body.get("parts", 0))', "bug", "parts cost not range-checked (negative, nan, inf) before it is invoiced"),
    "KEYCODE-LOGGED": P(S, 'log.info("callout %s closed by %s, key code %s"', "security", "the key code cut for the customer is written to the application log"),
    "TRACK-KEYCODE": P(S, TRACK, "security", "public tracking link returns the customer's key code"),
    "TRACK-SMITH-PHONE": P(S, TRACK, "security", "public tracking link returns the locksmith's personal phone number"),
    "JOBS-IDOR": P(S, "    current_smith()", "security", "caller authenticated but sid never compared with them: any smith lists another smith's jobs and addresses", "signature-vs-statement"),
    "JOBS-IN-MEMORY": P(S, 'ORDER BY created", (sid,)).fetchall()', "performance", "every job of the smith is fetched and paged in Python instead of LIMIT/OFFSET"),
    "JOBS-SLICE": P(S, "jobs[start:start + size - 1]", "bug", "slice end start + size - 1 returns one job fewer than size: a job is skipped between pages", "off-by-one"),
    "INVOICE-SEQ-RESET": P(S, "_invoice_seq += 1", "bug", "invoice numbers live in process memory: they restart at INV-000001 after a restart and repeat across workers"),
    "INVOICE-SEQ-RACE": P(S, 'number = f"INV-{_invoice_seq:06d}"', "bug", "global counter incremented and read without a lock: concurrent requests can get the same number", "critical-section"),
    "INVOICE-PATH": P(S, "return send_file(os.path.join(INVOICE_DIR, name)", "security", "name query value joined to INVOICE_DIR: ../ reads any file", "source-vs-sink"),
    "EXPORT-KEYCODE": P(S, "i.total, c.key_code FROM invoices i", "security", "the invoice CSV export carries every customer's key code"),
    "CSV-FORMULA": P(S, 'w.writerow([r["number"], r["name"]', "security", "customer name and address written to the CSV unescaped: formula injection in a spreadsheet"),
    "YAML-UNSAFE": P(S, "roster = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.Loader on an uploaded body constructs arbitrary Python objects", "signature-vs-statement"),
}

CONFUSABLE = [
    ("DESK-KEY-FAILS-OPEN", "DESK-KEY-TIMING"),
    ("SORT-INJECTION", "ORDER-INJECTION"),
    ("ASSIGN-RACE", "STATS-UNLOCKED"),
    ("STATS-UNLOCKED", "PAGER-IGNORED"),
    ("PAGER-SHELL", "PAGER-IGNORED"),
    ("ETA-STALE", "ETA-UNBOUNDED"),
    ("MINUTES-UNVALIDATED", "PARTS-UNVALIDATED"),
    ("TRACK-KEYCODE", "TRACK-SMITH-PHONE"),
    ("JOBS-IN-MEMORY", "JOBS-SLICE"),
    ("INVOICE-SEQ-RESET", "INVOICE-SEQ-RACE"),
    ("EXPORT-KEYCODE", "CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `app.py` is a single Flask module for a locksmiths' dispatch desk: customers log a lock-out, the desk
        assigns a locksmith, the locksmith closes the job with the key code cut, and the office invoices.

        | Severity | Count | Where |
        |---|---|---|
        | critical | 4 | `desk_only`, `list_callouts`, `assign`, `import_smiths` |
        | high | 7 | key codes, access checks, invoice numbers and file download |
        | medium | 9 | races, paging, validation |
        | low | 3 | caches, counters |

        Some of it is done right and I have not flagged it: `office_only` fails closed and uses
        `hmac.compare_digest`, every query apart from the `ORDER BY` in `list_callouts` binds its parameters,
        `close_db` always closes the connection, `make_invoice` runs `invoice-pdf` with an argument list, and the
        `logged`/`closed` counters and `/stats` go through `_stats_lock`.

        The recurring theme is the key code: a customer's key code is enough to cut a key to their door, and it
        ends up in the log, on the public tracking page and in the CSV export.
        """,
        Block([
            F("DESK-KEY-FAILS-OPEN", "critical", "security", "`desk_only` lets everyone in when `DESK_KEY` is unset",
              "Refuse to start (or answer 503) when `DESK_KEY` is empty, like `office_only` does with `OFFICE_KEY`.",
              symbol="desk_only.wrapper", conf=0.9),
            F("DESK-KEY-TIMING", "low", "security", "Desk key compared with `!=`, not in constant time",
              "Use `hmac.compare_digest(supplied, DESK_KEY)` as `office_only` does.",
              symbol="desk_only.wrapper", conf=0.6),
            F("NIGHT-HOUR", "medium", "bug", "Night rate skips 22:00-22:59",
              "The comment says the night rate runs from 22:00; use `hour >= 22 or hour < 6`.",
              symbol="is_night", conf=0.85),
            F("SORT-INJECTION", "critical", "security", "SQL injection through the `sort` parameter of `GET /callouts`",
              "Map `sort` through an allow-list of column names before it reaches the f-string.",
              symbol="list_callouts", conf=0.95),
            F("ORDER-INJECTION", "high", "security", "SQL injection through the `order` parameter of `GET /callouts`",
              "Accept only `asc`/`desc` (case-insensitive) for `order`; everything else is a 400.",
              symbol="list_callouts", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "`GET /callouts` never returns the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * size`; clamp `page` to >= 1.",
              symbol="list_callouts", conf=0.85),
            F("ASSIGN-RACE", "medium", "bug", "Two desk operators can assign the same callout",
              "Make the update conditional (`... WHERE id = ? AND status = 'open'`) and answer 409 when `rowcount` is 0.",
              symbol="assign", conf=0.8),
            F("PAGER-SHELL", "critical", "security", "Shell injection through the desk note in `assign`",
              "Call `subprocess.run([\"page-smith\", str(smith), note], timeout=10)` without `shell=True`.",
              symbol="assign", conf=0.95),
            F("ETA-STALE", "low", "bug", "ETA is cached forever",
              "`estimate_minutes` depends on how many jobs the smith has, but the first answer per (postcode, smith) is kept for the life of the process; add a short TTL or drop the cache.",
              symbol="eta_for", conf=0.6),
            F("ETA-UNBOUNDED", "low", "performance", "`_eta_cache` has no size limit",
              "Use a bounded LRU (`functools.lru_cache` on a helper, or `cachetools.TTLCache`).",
              symbol="eta_for", conf=0.55),
            F("CLOSE-NOT-OWNER", "high", "security", "Any locksmith can close any callout",
              "Select `smith_id` too and answer 403 unless it equals `smith[\"id\"]`.",
              symbol="close_job", conf=0.85),
            F("MINUTES-UNVALIDATED", "medium", "bug", "`minutes` is not range-checked before invoicing",
              "Reject negative values and anything over a sane maximum (say 600).",
              symbol="close_job", conf=0.75),
            F("PARTS-UNVALIDATED", "medium", "bug", "`parts` is not range-checked before invoicing",
              "`float()` accepts `-50`, `nan` and `inf`; reject non-finite and negative values.",
              symbol="close_job", conf=0.7),
            F("KEYCODE-LOGGED", "high", "security", "Customer key codes are written to the log",
              "Drop the key code from the log line; log the callout id and smith only.",
              symbol="close_job", conf=0.85),
            F("TRACK-KEYCODE", "high", "security", "Public tracking page returns the customer's key code",
              "Remove `c.key_code` from the tracking query; anyone holding the link (SMS, browser history) can read it.",
              symbol="track", conf=0.85),
            F("TRACK-SMITH-PHONE", "medium", "security", "Public tracking page returns the locksmith's personal phone",
              "Route calls through the desk number instead of exposing `s.phone` on an unauthenticated endpoint.",
              symbol="track", conf=0.65),
            F("JOBS-IDOR", "high", "security", "`GET /smiths/<sid>/jobs` does not check that the caller is `sid`",
              "Compare `current_smith()[\"id\"]` with `sid` and answer 403 otherwise.",
              symbol="smith_jobs", conf=0.85),
            F("JOBS-SLICE", "medium", "bug", "Job paging returns `size - 1` jobs per page",
              "Slice `jobs[start:start + size]`; the current end drops one job at every page boundary.",
              symbol="smith_jobs", conf=0.85),
            F("INVOICE-SEQ-RESET", "high", "bug", "Invoice numbers restart after every restart",
              "Take the number from the database (an autoincrement or a `sequences` row updated in the same transaction).",
              symbol="make_invoice", conf=0.8),
            F("INVOICE-SEQ-RACE", "medium", "bug", "`_invoice_seq` is read and incremented without a lock",
              "Two concurrent requests can both format the same number; a DB-backed sequence fixes this and the restart issue.",
              symbol="make_invoice", conf=0.7),
            F("INVOICE-PATH", "high", "security", "Path traversal in `GET /invoices/file`",
              "Resolve the joined path and require it to stay under `INVOICE_DIR`, or look the file up by invoice number.",
              symbol="invoice_file", conf=0.9),
            F("CSV-FORMULA", "medium", "security", "CSV export is open to formula injection",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote; customer names and addresses are user input.",
              symbol="export_invoices", conf=0.7),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the uploaded roster",
              "Use `yaml.safe_load`; the full loader can construct arbitrary objects.",
              symbol="import_smiths", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-INJECTION", "critical", "security", "SQL injection: sort param into ORDER BY", "allow-list columns", d=-2),
            F("PAGER-SHELL", "critical", "security", "Shell injection via note in assign()", "argv list, no shell=True", d=-1),
            F("YAML-UNSAFE", "critical", "security", "yaml.load with full Loader on request body", "yaml.safe_load", d=-1),
            F("INVOICE-PATH", "high", "security", "Arbitrary file read via ?name= in /invoices/file", "basename + check under INVOICE_DIR", d=-1),
            F("CLOSE-NOT-OWNER", "high", "security", "close_job does not check the callout belongs to the smith", "compare smith_id", d=-2),
            F("JOBS-IDOR", "high", "security", "smith_jobs ignores the authenticated smith", "sid must equal current_smith()['id']", d=-1),
            F("TRACK-KEYCODE", "high", "security", "Key code exposed on /track/<token>", "drop c.key_code from the query"),
            F("ASSIGN-RACE", "medium", "bug", "assign() check-then-update race", "UPDATE ... AND status = 'open'; check rowcount", d=-2),
            F("INVOICE-SEQ-RACE", "medium", "bug", "Unsynchronised _invoice_seq increment", "lock or DB sequence", d=-1),
            F("JOBS-SLICE", "medium", "bug", "Off-by-one in job slice (size - 1)", "jobs[start:start + size]"),
            F("NIGHT-HOUR", "low", "bug", "22:00-22:59 billed at day rate", "hour >= 22", d=-1),
            F("DESK-KEY-TIMING", "low", "security", "Non-constant-time desk key compare", "hmac.compare_digest"),
            F("CSV-FORMULA", "low", "security", "CSV injection in invoice export", "escape leading = + - @"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `callsmith` service, a Flask application that dispatches locksmiths to
        lock-out callouts and invoices the jobs. The review concentrated on authentication, injection, handling
        of sensitive data (key codes) and concurrency.

        ### Security

        The most serious issues are injection flaws reachable by desk staff and by anyone who can reach the desk
        endpoints, plus several places where a customer's key code leaks.
        """,
        Block([
            F("DESK-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Desk Authentication Bypassed When Key Is Not Configured",
              "Fail closed when DESK_KEY is empty.", sd=-2, n=3,
              desc="DESK_KEY defaults to an empty string, and a request without the X-Desk-Key header also yields an empty string, so the comparison succeeds."),
            F("SORT-INJECTION", "CRITICAL", "SQL Injection", "SQL Injection in Callout Listing",
              "Use an allow-list for sortable columns.", sd=-2, n=3),
            F("PAGER-SHELL", "CRITICAL", "Command Injection", "OS Command Injection via Pager Note",
              "Pass arguments as a list without shell=True.", sd=-2, n=3),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Roster Import",
              "Use yaml.safe_load.", sd=-2, n=3),
            F("INVOICE-PATH", "HIGH", "Path Traversal", "Path Traversal in Invoice File Download",
              "Validate the resolved path against INVOICE_DIR.", sd=-2, n=3),
            F("CLOSE-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check When Closing a Callout",
              "Verify that the callout is assigned to the calling locksmith.", d=-1),
            F("JOBS-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Job List",
              "Compare the path parameter with the authenticated locksmith.", sd=-2, n=3),
            F("KEYCODE-LOGGED", "HIGH", "Information Disclosure", "Sensitive Key Codes Written to Logs",
              "Do not log key codes.", sd=-2, n=3),
            F("TRACK-KEYCODE", "HIGH", "Information Disclosure", "Key Code Exposed via Tracking Endpoint",
              "Remove the key code from the public response.", sd=-2, n=3),
            F("EXPORT-KEYCODE", "MEDIUM", "Information Disclosure", "Key Codes Included in CSV Export",
              "Leave the key code out of the export.", sd=-2, n=3,
              desc="The export joins every invoice to its callout's key code and writes it into a file that is typically emailed and stored."),
        ], wrap="list"),
        """
        ### Reliability and Logic

        Beyond security, a few flaws affect correctness of dispatch and billing.
        """,
        Block([
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips the First Page",
              "Compute the offset as (page - 1) * size.", d=-2),
            F("ASSIGN-RACE", "MEDIUM", "Race Condition", "Race Condition in Callout Assignment",
              "Perform the status check and update atomically.", d=-2, n=3),
            F("PAGER-IGNORED", "MEDIUM", "Error Handling", "Pager Failures Are Not Handled",
              "Check the return code and catch subprocess.TimeoutExpired before committing the assignment.",
              desc="The assignment is committed before the pager runs; a non-zero exit is ignored and a timeout raises an exception that turns into a 500 although the callout is already assigned."),
            F("MINUTES-UNVALIDATED", "MEDIUM", "Input Validation", "Labour Minutes Are Not Validated",
              "Reject negative or excessive values.", sd=-2, n=3),
            F("INVOICE-SEQ-RESET", "MEDIUM", "Logic Error", "Invoice Numbers Are Not Persistent",
              "Store the sequence in the database.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints for the desk, smith and office APIs."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SORT-INJECTION", "error", "security", "sql injection via sort", "whitelist columns"),
            F("PAGER-SHELL", "error", "security", "shell injection in page-smith call", "no shell=True"),
            F("INVOICE-PATH", "error", "security", "path traversal on invoice download", "check resolved path"),
            F("YAML-UNSAFE", "error", "security", "unsafe yaml.load", "safe_load"),
            F("DESK-KEY-FAILS-OPEN", "warning", "security", "desk key empty by default = no auth", "require DESK_KEY"),
            F("KEYCODE-LOGGED", "warning", "", "key code logged in plain text", "don't log it"),
            F("INVOICE-SEQ-RACE", "warning", "bug", "invoice number counter not thread safe", "use a lock or db sequence"),
            F("ETA-UNBOUNDED", "info", "performance", "eta cache never evicted", "bound it"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        **Scope:** `app.py` (callout dispatch service for locksmiths)

        ### Summary
        1. Two injection flaws on the desk endpoints (SQL in the listing, shell in the pager).
        2. Path traversal in invoice download and unsafe YAML in the roster import.
        3. Missing authorization on locksmith endpoints and a fail-open desk key.
        4. Concurrency issues around assignment, counters and invoice numbers.
        5. Paging and billing edge cases.
        """,
        Block([
            F("SORT-INJECTION", "blocker", "security", "SQL injection in ORDER BY clause (sort)",
              "Validate sort against known columns.", conf=0.9),
            F("ORDER-INJECTION", "major", "security", "SQL injection in ORDER BY clause (order)",
              "Validate order against asc/desc.", d=-1, conf=0.8),
            F("PAGER-SHELL", "blocker", "security", "Command injection in smith pager",
              "Avoid shell=True.", conf=0.9),
            F("INVOICE-PATH", "blocker", "security", "Directory traversal in invoice file endpoint",
              "Sanitize the file name.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe deserialization of roster YAML",
              "Use safe_load.", conf=0.9),
            F("DESK-KEY-FAILS-OPEN", "major", "security", "Desk authentication fails open",
              "Reject requests when DESK_KEY is not configured.", conf=0.8),
            F("CLOSE-NOT-OWNER", "major", "security", "Missing authorization check on job close",
              "Check the callout's smith_id.", conf=0.8),
            F("JOBS-IDOR", "major", "security", "Horizontal privilege escalation in smith jobs",
              "Use the authenticated smith id.", d=-1, conf=0.8),
            F("TRACK-KEYCODE", "major", "data-protection", "Key code returned by the public tracking endpoint",
              "Exclude key_code from the tracking response.", conf=0.8),
            F("ASSIGN-RACE", "major", "concurrency", "Non-atomic status check and update in assign",
              "Use a conditional UPDATE.", conf=0.7),
            F("STATS-UNLOCKED", "minor", "concurrency", "Assigned counter updated outside the stats lock",
              "Wrap the increment in `with _stats_lock`.", conf=0.7),
            F("INVOICE-SEQ-RACE", "major", "concurrency", "Invoice number generation is not thread-safe",
              "Protect the counter with a lock.", d=-1, conf=0.7),
            F("PAGE-OFFSET", "minor", "correctness", "Offset calculation skips first page",
              "Use (page - 1) * size.", conf=0.8),
            F("JOBS-SLICE", "minor", "correctness", "Job list slice returns one item too few",
              "Remove the - 1.", d=-1, conf=0.8),
            F("JOBS-IN-MEMORY", "minor", "performance", "All jobs loaded before paging",
              "Page in SQL with LIMIT/OFFSET.", conf=0.6),
            F("NIGHT-HOUR", "minor", "correctness", "Night surcharge boundary excludes 22:xx",
              "Use >= 22.", d=-1, conf=0.7),
            F("MINUTES-UNVALIDATED", "minor", "correctness", "Negative minutes accepted when closing a job",
              "Validate minutes.", conf=0.7),
            F("PARTS-UNVALIDATED", "minor", "correctness", "Negative parts cost accepted when closing a job",
              "Validate parts.", anchor=MINUTES, conf=0.6),
            F("ETA-UNBOUNDED", "minor", "performance", "Unbounded ETA cache",
              "Use an LRU cache.", d=-1, sd=0, conf=0.5),
        ], wrap="object+summary", summary="19 issues: 4 blocker, 7 major, 8 minor"),
    ]),
}

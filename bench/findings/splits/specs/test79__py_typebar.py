"""test79/py-typebar: the repair desk of a typewriter workshop (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test79 (for round 41): seeded problems in a typewriter workshop's repair desk "
    "(machines, repair jobs, parts, quotes, collection); five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "BENCH-KEY-FAILS-OPEN": P(A, "if supplied != BENCH_KEY:", "security", "BENCH_KEY defaults to an empty string: with it unset, a request without the header passes bench_key", "signature-vs-statement"),
    "BENCH-KEY-TIMING": P(A, "if supplied != BENCH_KEY:", "security", "bench key compared with != instead of hmac.compare_digest (timing side channel)"),
    "SEARCH-SQLI-MAKE": P(A, "WHERE make LIKE '%{make}%'", "security", "make query value formatted into the SQL string: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "WHERE make LIKE '%{make}%'", "security", "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "JOBS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages count from 1 but the offset is page * size: page 1 skips the first page of jobs", "off-by-one"),
    "CLAIM-RACE": P(A, 'if job["bench_tech"]:', "bug", "claim reads bench_tech, checks and updates without a transaction: two technicians can claim the same job", "critical-section"),
    "PART-QTY-NEGATIVE": P(A, 'sku, qty = data["sku"]', "bug", "qty is not checked to be positive: a negative qty adds stock and a negative part line to the job"),
    "PART-STOCK-LOST-UPDATE": P(A, 'if part is None or part["stock"] < qty:', "bug", "stock read, checked and written back as an absolute value: concurrent uses lose updates and oversell the last part", "critical-section"),
    "QUOTE-CACHE-STALE": P(A, "_quote_cache[job_id] = result", "bug", "quote cached per job forever: hours and parts added later never change the quote the customer sees"),
    "QUOTE-CACHE-UNBOUNDED": P(A, "_quote_cache[job_id] = result", "performance", "quote cache never evicts: grows with every job ever quoted"),
    "PIN-ATTEMPTS-RACE": P(A, "if fails >= MAX_PIN_FAILURES:", "security", "PIN failure counter read, checked and written without a lock: parallel guesses get past the five-attempt limit", "critical-section"),
    "COLLECT-NOT-READY": P(A, 'days = int((time.time() - job["ready_at"])', "bug", "status never checked: a job not ready yet (ready_at NULL) crashes, a collected one can be collected again"),
    "STORAGE-FEE-OFF-BY-ONE": P(A, "chargeable = days - FREE_STORAGE_DAYS + 1", "bug", "+ 1 charges storage from the last free day: day 30 already costs a fee", "off-by-one"),
    "STATS-COLLECTED-RACE": P(A, '_stats["collected"] += 1', "bug", "collected counter incremented without _stats_lock (bump() exists): lost increments"),
    "UPLOAD-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR", "security", "client filename joined to the photo directory: ../ in the filename writes anywhere", "source-vs-sink"),
    "UPLOAD-NO-LIMIT": P(A, "photo.save(dest)", "security", "no MAX_CONTENT_LENGTH: uploads of any size are accepted and saved"),
    "TAG-COPIES-OFF-BY-ONE": P(A, "for _ in range(1, copies):", "bug", "range(1, copies) prints one tag fewer than asked (none for the default of 1)", "off-by-one"),
    "TAG-SHELL-PRINTER": P(A, "subprocess.run(f\"echo '{label}'", "security", "printer query value interpolated into a shell command: command injection", "source-vs-sink"),
    "TAG-SHELL-LABEL": P(A, "subprocess.run(f\"echo '{label}'", "security", "stored make/model/owner name in single quotes in the shell line: a quote in a name injects commands"),
    "STATUS-XSS-MODEL": P(A, "{escape(job['make'])} {job['model']}", "security", "model rendered unescaped next to the escaped make: stored XSS"),
    "STATUS-XSS-NOTES": P(A, "f\"<p>{job['notes']}</p>", "security", "job notes rendered unescaped in the public status page: stored XSS"),
    "STATUS-PHONE-PUBLIC": P(A, "f\"<p>{job['notes']}</p>", "security", "public status page keyed by sequential job id shows owner name and phone number"),
    "PARTS-YAML-UNSAFE": P(A, "yaml.load(request.data", "security", "yaml.load with yaml.Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "LOW-STOCK-OFF-BY-ONE": P(A, "WHERE stock < reorder_level", "bug", "stock < reorder_level leaves out parts exactly at their reorder level (docstring says at or below)", "off-by-one"),
    "ERROR-TRACE-LEAK": P(A, "trace=traceback.format_exc()", "security", "error handler returns the exception text and full traceback to the client", "signature-vs-statement"),
    "DEBUG-ON": P(A, "debug=True", "security", "app.run with debug=True on 0.0.0.0: Werkzeug debugger reachable from the network"),
}

CONFUSABLE = [
    ("BENCH-KEY-FAILS-OPEN", "BENCH-KEY-TIMING"),
    ("SEARCH-SQLI-MAKE", "SEARCH-SQLI-ORDER"),
    ("PART-QTY-NEGATIVE", "PART-STOCK-LOST-UPDATE"),
    ("QUOTE-CACHE-STALE", "QUOTE-CACHE-UNBOUNDED"),
    ("COLLECT-NOT-READY", "STORAGE-FEE-OFF-BY-ONE"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-NO-LIMIT"),
    ("TAG-SHELL-PRINTER", "TAG-SHELL-LABEL"),
    ("TAG-COPIES-OFF-BY-ONE", "TAG-SHELL-PRINTER"),
    ("STATUS-XSS-MODEL", "STATUS-XSS-NOTES"),
    ("STATUS-XSS-NOTES", "STATUS-PHONE-PUBLIC"),
    ("STATUS-XSS-MODEL", "STATUS-PHONE-PUBLIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `app.py` top to bottom. It is a single Flask module over SQLite: a bench-key decorator for the
        workshop staff, an owner-key decorator for the parts import, and a handful of public endpoints for
        customers (status page, collection).

        | Priority | Area | What |
        |---|---|---|
        | P0 | auth | `bench_key` passes every request when `BENCH_KEY` is unset |
        | P0 | injection | SQL in `/machines/search`, shell in `/jobs/<id>/tag`, YAML in `/parts/import` |
        | P1 | files | photo upload trusts the client filename and has no size limit |
        | P1 | data | stock, claims and the PIN counter are read-modify-write without a transaction or lock |
        | P2 | money | storage fee and stale quotes |
        | P2 | privacy | public status page |

        What is already right and should stay: `owner_only` fails closed and uses `hmac.compare_digest`;
        `log_hours` updates with `hours = hours + ?`, which is atomic; `bump()` takes `_stats_lock`; every query
        except the search uses bound parameters; `close_db` closes the connection on teardown; the error handler
        passes `HTTPException`s through.
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "critical", "security", "bench_key fails open when BENCH_KEY is not configured",
              "Refuse to start (or reject every request) when `BENCH_KEY` is empty; today an empty header equals the empty default.",
              symbol="bench_key.wrapper", conf=0.9),
            F("SEARCH-SQLI-MAKE", "critical", "security", "SQL injection through the `make` search parameter",
              "Use `WHERE make LIKE ?` with `f\"%{make}%\"` as a parameter.", symbol="search_machines", conf=0.95),
            F("TAG-SHELL-PRINTER", "critical", "security", "Shell command injection through the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer], input=label.encode())` without `shell=True`, and check `printer` against the configured printers.",
              symbol="print_tag", conf=0.95),
            F("PARTS-YAML-UNSAFE", "high", "security", "`yaml.load` with the full Loader on request data",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from a crafted catalogue.",
              symbol="import_parts", conf=0.9),
            F("UPLOAD-TRAVERSAL", "high", "security", "Photo upload writes to a path built from the client's filename",
              "Pass the name through `werkzeug.utils.secure_filename` (or generate one) and check the result stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("UPLOAD-NO-LIMIT", "medium", "security", "Uploads have no size limit",
              "Set `app.config[\"MAX_CONTENT_LENGTH\"]` (a few MB is plenty for a photo of a typewriter).",
              symbol="upload_photo", conf=0.7),
            F("TAG-SHELL-LABEL", "high", "security", "Stored owner name and model are placed inside single quotes in a shell line",
              "Even with a safe `printer`, a name like `O'Brien` breaks out of the quotes; pass the label on stdin instead of through `echo`.",
              symbol="print_tag", conf=0.8),
            F("STATUS-XSS-NOTES", "high", "security", "Job notes rendered into HTML without escaping",
              "Escape `notes` (and `model`, `phone`) like `make` and `status`, or render a template with autoescaping.",
              symbol="status_page", conf=0.85),
            F("STATUS-PHONE-PUBLIC", "medium", "security", "Public status page exposes the owner's name and phone for any job id",
              "Job ids are sequential; require the collection PIN or a random token, and leave the phone out.",
              symbol="status_page", conf=0.75),
        ]),
        "Concurrency and correctness:",
        Block([
            F("PART-STOCK-LOST-UPDATE", "high", "bug", "Parts stock is written back as an absolute value (lost update)",
              "Use `UPDATE parts SET stock = stock - ? WHERE sku = ? AND stock >= ?` and check `rowcount`; two benches can both take the last platen.",
              d=+2, symbol="use_part", conf=0.85),
            F("CLAIM-RACE", "medium", "bug", "Two technicians can claim the same job",
              "Make the claim one statement: `UPDATE jobs SET bench_tech = ? WHERE id = ? AND bench_tech IS NULL` and check `rowcount`.",
              symbol="claim_job", conf=0.75),
            F("PIN-ATTEMPTS-RACE", "medium", "security", "PIN attempt limit can be bypassed with parallel requests",
              "The count is read, compared and written back without a lock; guard it with a lock or count failures in the database atomically.",
              symbol="collect", conf=0.7),
            F("STORAGE-FEE-OFF-BY-ONE", "medium", "bug", "Storage fee starts one day early",
              "`days - FREE_STORAGE_DAYS + 1` is 1 on day 30; drop the `+ 1` so the 30 free days are free.",
              symbol="collect", conf=0.8),
            F("JOBS-PAGE-OFFSET", "medium", "bug", "`/jobs?page=1` skips the first page",
              "Use `offset = (page - 1) * size` and reject `page < 1`.", symbol="list_jobs", conf=0.85),
            F("TAG-COPIES-OFF-BY-ONE", "low", "bug", "Tag printing prints one copy fewer than requested",
              "`range(1, copies)` runs `copies - 1` times; use `range(copies)`.", symbol="print_tag", conf=0.85),
            F("QUOTE-CACHE-STALE", "medium", "bug", "Quotes are cached forever and go stale",
              "Invalidate `_quote_cache[job_id]` when hours or parts change, or drop the cache (the query is cheap).",
              symbol="quote", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed app.py; nothing executed (no tests in repo).",
        Block([
            F("SEARCH-SQLI-MAKE", "critical", "security", "SQLi: make is interpolated into the LIKE clause", "Bind it.", d=-2),
            F("SEARCH-SQLI-ORDER", "critical", "security", "SQLi: order goes straight into ORDER BY", "Whitelist sortable columns.", d=-1),
            F("TAG-SHELL-PRINTER", "critical", "security", "Command injection via ?printer=", "argv list, no shell=True.", d=-3),
            F("PARTS-YAML-UNSAFE", "high", "security", "import_parts: unsafe yaml.load(Loader=yaml.Loader)", "yaml.safe_load.", d=-1),
            F("UPLOAD-TRAVERSAL", "high", "security", "Upload path built from photo.filename", "secure_filename().", d=-1),
            F("BENCH-KEY-FAILS-OPEN", "high", "security", "bench_key accepts a missing header when BENCH_KEY is empty", "Fail closed on empty key.", d=-2),
            F("ERROR-TRACE-LEAK", "medium", "security", "on_error returns traceback to clients", "Log it; return a generic 500.", d=-3),
            F("PART-STOCK-LOST-UPDATE", "high", "bug", "use_part: check-then-write on parts.stock races", "Atomic decrement with stock >= ? guard."),
            F("PART-QTY-NEGATIVE", "medium", "bug", "qty accepted when <= 0", "Reject qty < 1."),
            F("PIN-ATTEMPTS-RACE", "medium", "security", "Lost updates on _pin_failures let parallel guesses exceed the limit", "Lock or DB counter.", d=+3),
            F("JOBS-PAGE-OFFSET", "medium", "bug", "Offset off by one page (page defaults to 1)", "(page - 1) * size.", d=-2),
            F("STORAGE-FEE-OFF-BY-ONE", "low", "bug", "Fee charged for the 30th free day", "Remove + 1.", d=+1),
            F("TAG-COPIES-OFF-BY-ONE", "low", "bug", "copies=1 prints nothing", "range(copies).", d=-1),
        ], fence=None, indent=None),
        "Residual risk: schema not in the repo, so column defaults (hours, ready_at) are unverified.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course. I have conducted a thorough review of the Typebar repair desk application. The application is a
        Flask service backed by SQLite that manages typewriters brought in for repair, the repair jobs, the parts
        used, quotes and the collection of finished machines.

        ### Summary

        The most serious concerns are in the areas of **authentication**, **injection** and **file handling**.
        Several endpoints build SQL or shell commands from user-controlled input, and the bench authentication
        can be bypassed entirely in a common misconfiguration. There are also several logic and concurrency
        issues that can lead to incorrect stock levels and incorrect charges.

        ### Security Findings
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When BENCH_KEY Is Unset",
              "Validate at startup that `BENCH_KEY` is set and non-empty, and compare with `hmac.compare_digest`.",
              n=3, sd=-2, desc="`BENCH_KEY` defaults to an empty string. A request without the `X-Bench-Key` header yields an empty `supplied` value, which equals the default, so the check passes."),
            F("SEARCH-SQLI-MAKE", "CRITICAL", "SQL Injection", "SQL Injection in Machine Search",
              "Use parameterized queries for the `make` filter.", n=3, sd=-2),
            F("PARTS-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Parts Import",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`."),
            F("UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the uploaded filename with `secure_filename`.", n=3, sd=-2,
              desc="`photo.filename` is fully controlled by the client. A filename such as `../../../../etc/cron.d/x` escapes `PHOTO_DIR`."),
            F("UPLOAD-NO-LIMIT", "MEDIUM", "Denial of Service", "Unrestricted Upload Size",
              "Configure `MAX_CONTENT_LENGTH`."),
            F("STATUS-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in the Public Status Page",
              "Escape all fields, not only `make` and `status`.", n=3, sd=-2),
            F("ERROR-TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Log the traceback server-side and return a generic error message."),
        ], wrap="list"),
        """
        ### Reliability and Logic Findings
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, SQL and business logic; consider splitting it into blueprints and a data-access layer."}),
            F("PART-STOCK-LOST-UPDATE", "HIGH", "Race Condition", "Race Condition When Consuming Parts",
              "Perform the decrement atomically in SQL.", d=-1,
              desc="The stock value is read, compared with the requested quantity, and then written back as an absolute number. Two concurrent requests can both read the same stock."),
            F("CLAIM-RACE", "MEDIUM", "Race Condition", "Job Claim Is Not Atomic",
              "Use a conditional UPDATE and check the affected row count.", d=-3),
            F("QUOTE-CACHE-STALE", "MEDIUM", "Caching", "Quote Cache Is Never Invalidated",
              "Invalidate the cache entry when parts or hours are added.", n=3, sd=-2),
            F("COLLECT-NOT-READY", "MEDIUM", "Logic Error", "Collection Does Not Check the Job Status",
              "Only allow collection when the job status is `ready`.",
              desc="A job that is not ready has no `ready_at`, so the subtraction raises a `TypeError`; a job that was already collected can be collected again and charged again."),
            F("STATS-COLLECTED-RACE", "LOW", "Concurrency", "Unsynchronized Statistics Counter",
              "Use the existing `bump()` helper, which takes `_stats_lock`."),
            F("LOW-STOCK-OFF-BY-ONE", "LOW", "Logic Error", "Low-Stock Report Excludes Parts at the Reorder Level",
              "Use `stock <= reorder_level` to match the documented behaviour.", n=3, sd=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BENCH-KEY-FAILS-OPEN", "high", "security", "empty BENCH_KEY lets everyone in", "fail closed if unset"),
            F("SEARCH-SQLI-MAKE", "high", "security", "sql injection in search", "use ? params"),
            F("TAG-SHELL-PRINTER", "high", "security", "shell injection via printer arg", "no shell=True"),
            F("UPLOAD-TRAVERSAL", "high", "security", "upload filename not sanitized", "secure_filename", d=+1),
            F("DEBUG-ON", "high", "security", "flask debug mode on 0.0.0.0", "debug=False"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("PART-QTY-NEGATIVE", "medium", "", "negative qty increases stock", "validate qty > 0"),
            F("QUOTE-CACHE-STALE", "medium", "bug", "quote cache never invalidated", "drop or invalidate cache"),
            F("TAG-COPIES-OFF-BY-ONE", "low", "bug", "prints copies-1 tags", "range(copies)"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        `app.py` is a Flask + SQLite service for a typewriter repair workshop. I found 13 issues.

        ### Summary
        1. Authentication: the bench key check is weak in two ways.
        2. Injection: SQL in the machine search, shell in tag printing.
        3. Concurrency: job claims and the PIN failure counter are not atomic.
        4. Correctness: paging, storage fees and the low-stock report are off by one.
        5. Information exposure: tracebacks and unescaped HTML.
        """,
        Block([
            F("BENCH-KEY-FAILS-OPEN", "blocker", "security", "Bench key check passes when BENCH_KEY is empty",
              "Require BENCH_KEY at startup.", conf=0.9),
            F("BENCH-KEY-TIMING", "minor", "security", "Non-constant-time comparison of the bench key",
              "Use hmac.compare_digest as owner_only already does.", conf=0.6),
            F("SEARCH-SQLI-MAKE", "blocker", "security", "SQL injection in machine search (make filter)",
              "Use bound parameters.", d=+1, conf=0.9),
            F("SEARCH-SQLI-ORDER", "blocker", "security", "SQL injection in machine search (order parameter)",
              "Map order to a fixed list of columns.", conf=0.85),
            F("TAG-SHELL-PRINTER", "blocker", "security", "OS command injection in tag printing",
              "Avoid shell=True.", conf=0.9),
            F("CLAIM-RACE", "major", "concurrency", "Job claim check-then-update is not atomic",
              "Conditional UPDATE.", d=+2, conf=0.7),
            F("PIN-ATTEMPTS-RACE", "major", "concurrency", "PIN failure counter is racy",
              "Protect _pin_failures with a lock.", d=-1, conf=0.65),
            F("JOBS-PAGE-OFFSET", "major", "correctness", "Pagination skips the first page",
              "Compute the offset from page - 1.", d=+1, conf=0.8),
            F("STORAGE-FEE-OFF-BY-ONE", "minor", "correctness", "Storage fee calculation is off by one day",
              "Remove the + 1.", d=-1, conf=0.7),
            F("LOW-STOCK-OFF-BY-ONE", "minor", "correctness", "Low-stock query uses < instead of <=",
              "Use <= reorder_level.", d=+1, conf=0.7),
            F("QUOTE-CACHE-UNBOUNDED", "minor", "performance", "Unbounded in-memory quote cache",
              "Use a bounded LRU cache with a TTL.", conf=0.6),
            F("STATUS-XSS-MODEL", "major", "security", "Cross-site scripting through the machine model on the status page",
              "Escape job['model'].", conf=0.75),
            F("ERROR-TRACE-LEAK", "major", "security", "Traceback exposed in error responses",
              "Return a generic message.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 4 blocker, 5 major, 4 minor"),
    ]),
}

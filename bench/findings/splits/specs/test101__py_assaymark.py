"""test101/py-assaymark: a goldsmith's repair tickets and hallmarking batches (Python, Flask + SQLite).

Frozen test split test101; labels next to each finding. Written 2026-12-07 by a helper session that had not
seen the merger code, its results or any other split's answers or labels (only splits/README.md's general
sections and its test37 section, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test101: seeded problems in a goldsmith's repair-ticket and hallmarking service; "
    "five agents' answers written by hand."
)

A = "assaymark/app.py"
PROBLEMS = {
    "BENCH-FAILS-OPEN": P(A, "if BENCH_KEY and given != BENCH_KEY:", "security", "bench_only lets every request through when BENCH_KEY is unset (fails open)"),
    "BENCH-KEY-TIMING": P(A, "if BENCH_KEY and given != BENCH_KEY:", "security", "bench key compared with != instead of a constant-time comparison"),
    "SPOT-CACHE-RACE": P(A, "resp = requests.get(SPOT_URL, timeout=5)", "bug", "spot cache checked and refreshed without _spot_lock: concurrent refreshes, racy spot_fetches counter", "critical-section"),
    "SPOT-STATUS-UNCHECKED": P(A, '_spot_cache["prices"] = resp.json()', "bug", "spot feed status never checked: an error body is cached as the prices for five minutes"),
    "WEIGHT-UNVALIDATED": P(A, 'weight = float(body["weight_g"])', "bug", "ticket weight not validated: zero, negative, NaN or inf weights give nonsense estimates"),
    "METAL-KEYERROR": P(A, "estimate = round(weight * spot_prices()", "bug", "unknown metal is a KeyError on the spot prices: 500 instead of 400"),
    "TICKET-NO-AUTH": P(A, "return jsonify(dict(row)) if row else abort(404)", "security", "GET /tickets/<id> has no authentication: any ticket (name, phone, item, estimate) by sequential id", "signature-vs-statement"),
    "SORT-SQLI": P(A, 'ORDER BY {sort}"', "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "PAGE-SKIPS-FIRST": P(A, "page * PAGE_SIZE", "bug", "1-based page multiplied by PAGE_SIZE: the first page of tickets is never returned", "off-by-one"),
    "COLLECT-UNPAID": P(A, 'if row["status"] != "ready":', "bug", "paid is selected but never checked: a ready item is released to a customer who has not paid"),
    "BENCH-NEXT-RACE": P(A, "if not row:", "bug", "select then update without a transaction: two goldsmiths can take the same ticket", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(dest)", "security", "uploaded file name joined into the path unsanitised: writes outside the photo directory", "source-vs-sink"),
    "PHOTO-PUBLIC": P(A, "return send_file(os.path.join(PHOTO_DIR", "security", "item photos served without any authentication, ticket ids are sequential", "signature-vs-statement"),
    "LABEL-SHELL-STORED": P(A, "lpr -P {printer}", "security", "customer name and item text from the database pasted into a shell command (stored injection)"),
    "LABEL-SHELL-PRINTER": P(A, "subprocess.run(cmd, shell=True, check=False)", "security", "printer query value runs in a shell: command injection", "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug", "check=False and the exit status ignored: a failed print is reported as printed"),
    "EXPORT-DROPS-FIRST": P(A, "for r in rows[1:]:", "bug", "rows[1:] skips the first ticket (the header is written separately)", "off-by-one"),
    "BATCH-SEQ-RESET": P(A, 'number = _batch_seq["next"]', "bug", "batch numbers come from an in-memory counter that restarts at 1 on every restart: duplicates of numbers already in the database"),
    "BATCH-SEQ-RACE": P(A, '_batch_seq["next"] = number + 1', "bug", "read and increment of the batch counter without a lock: two batches get the same number", "critical-section"),
    "BATCH-CLOSED-UNCHECKED": P(A, 'count = db().execute("SELECT COUNT(*) FROM batch_items', "bug", "never checks that the batch exists and is still open: items added to submitted batches"),
    "BATCH-LIMIT-OFF": P(A, "if count > BATCH_LIMIT:", "bug", "count > BATCH_LIMIT admits a 51st item", "off-by-one"),
    "ASSAY-TLS-OFF": P(A, "verify=False)", "security", "assay office request with verify=False: bearer token and batch exposed to a man in the middle"),
    "ASSAY-NO-TIMEOUT": P(A, "verify=False)", "bug", "no timeout on the assay office request: a hung office hangs the worker"),
    "ASSAY-STATUS-IGNORED": P(A, "UPDATE batches SET status = 'submitted'", "bug", "batch marked submitted whatever the assay office answered"),
    "YAML-UNSAFE": P(A, "yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("BENCH-FAILS-OPEN", "BENCH-KEY-TIMING"),
    ("SPOT-CACHE-RACE", "SPOT-STATUS-UNCHECKED"),
    ("WEIGHT-UNVALIDATED", "METAL-KEYERROR"),
    ("SORT-SQLI", "PAGE-SKIPS-FIRST"),
    ("LABEL-SHELL-PRINTER", "LABEL-SHELL-STORED"),
    ("LABEL-SHELL-PRINTER", "LABEL-EXIT-IGNORED"),
    ("LABEL-SHELL-STORED", "LABEL-EXIT-IGNORED"),
    ("BATCH-SEQ-RACE", "BATCH-SEQ-RESET"),
    ("BATCH-LIMIT-OFF", "BATCH-CLOSED-UNCHECKED"),
    ("ASSAY-TLS-OFF", "ASSAY-NO-TIMEOUT"),
    ("ASSAY-NO-TIMEOUT", "ASSAY-STATUS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `assaymark` is a single Flask module for a goldsmith's counter (repair tickets, photos, labels, CSV export)
        and bench (hallmarking batches sent to the assay office). The counter side is mostly sound; the bench side
        and the two shell/YAML entry points are where the risk is.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `bench_only`, `print_label`, `import_rates` | auth bypass when unset, shell injection, YAML object construction |
        | 2 | `get_ticket`, `get_photo`, `list_tickets`, `upload_photo` | customer data without auth, SQL injection, path traversal |
        | 3 | `submit_batch`, `add_to_batch`, `open_batch` | batches lost or duplicated, limit off by one |
        | 4 | `spot_prices`, `take_next`, `collect`, `export_tickets` | races and data-loss edge cases |

        What is already right: `counter_only` fails closed and uses `hmac.compare_digest`; `search_tickets` binds
        its `LIKE` pattern as a parameter (unlike the `ORDER BY` in `list_tickets`); `set_status` checks the new
        status against `STATUSES`; `add_to_batch` checks fineness against the legal standards; the spot-price
        request has a timeout; `MAX_CONTENT_LENGTH` is set.

        Security first:
        """,
        Block([
            F("BENCH-FAILS-OPEN", "critical", "security", "`bench_only` lets every request through when `BENCH_KEY` is unset",
              "Fail closed: `if not BENCH_KEY or not hmac.compare_digest(given, BENCH_KEY): abort(401)`, as `counter_only` already does.",
              symbol="bench_only.wrapper", conf=0.92),
            F("BENCH-KEY-TIMING", "low", "security", "Bench key compared with `!=` rather than in constant time",
              "Use `hmac.compare_digest`; a plain comparison leaks how much of the key matched through timing.",
              symbol="bench_only.wrapper", conf=0.55),
            F("TICKET-NO-AUTH", "high", "security", "`GET /tickets/<id>` returns any customer's ticket without authentication",
              "Put the route behind `counter_only` (or a customer token) and return only the fields the caller needs; ids are sequential, so every customer's name and phone can be enumerated.",
              symbol="get_ticket", conf=0.88),
            F("SORT-SQLI", "high", "security", "SQL injection through `sort` in the ticket list",
              "Map `sort` through a whitelist (`{\"created\": \"created\", \"customer\": \"customer\"}`) before formatting it into `ORDER BY`.",
              symbol="list_tickets", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded photo's filename is used as a path",
              "Use `werkzeug.utils.secure_filename` (or a generated name) and check the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
            F("PHOTO-PUBLIC", "medium", "security", "Item photos are served to anyone",
              "Require the counter key (or a signed URL); photos of customers' jewellery keyed by sequential ticket ids are easy to harvest.",
              symbol="get_photo", conf=0.7),
            F("LABEL-SHELL-PRINTER", "critical", "security", "Shell injection through the `printer` query parameter",
              "Run `lpr` with an argument list and pass the label on stdin: `subprocess.run([\"lpr\", \"-P\", printer], input=text, text=True, check=True)`, with `printer` from a fixed list.",
              symbol="print_label", conf=0.93),
            F("LABEL-SHELL-STORED", "high", "security", "Customer name and item description are pasted into the same shell command",
              "A customer called `O'Brien` breaks the label and `'; rm -rf ~; '` runs; feed the text on stdin instead of quoting it into the command.",
              symbol="print_label", conf=0.8),
            F("ASSAY-TLS-OFF", "high", "security", "Assay office submission disables TLS verification",
              "Drop `verify=False`; the request carries the assay office bearer token.",
              symbol="submit_batch", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on a request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_rates", conf=0.9),
        ]),
        "Correctness and concurrency:",
        Block([
            F("SPOT-CACHE-RACE", "medium", "bug", "Spot-price refresh is unsynchronised (`_spot_lock` is never used)",
              "Take `_spot_lock` around the check and the refresh so concurrent requests do one fetch, and `spot_fetches` stops losing increments.",
              d=-2, n=3, symbol="spot_prices", conf=0.75),
            F("SPOT-STATUS-UNCHECKED", "medium", "bug", "An error response from the spot feed is cached as prices",
              "Call `resp.raise_for_status()` and validate the payload before storing it; otherwise an error body is served as prices for five minutes.",
              symbol="spot_prices", conf=0.7),
            F("WEIGHT-UNVALIDATED", "medium", "bug", "Ticket weight is not validated",
              "Reject weights that are not finite and positive; `float('nan')` or a negative weight produces a nonsense estimate.",
              symbol="create_ticket", conf=0.65),
            F("PAGE-SKIPS-FIRST", "medium", "bug", "The ticket list never returns its first page",
              "`page` starts at 1, so the offset must be `(page - 1) * PAGE_SIZE`.",
              symbol="list_tickets", conf=0.85),
            F("COLLECT-UNPAID", "high", "bug", "Items can be collected without payment",
              "`paid` is selected but never checked; refuse collection (409) until the ticket is paid.",
              symbol="collect", conf=0.8),
            F("BENCH-NEXT-RACE", "medium", "bug", "Two goldsmiths can take the same ticket from `/bench/next`",
              "Claim atomically: `UPDATE tickets SET status='on-bench' WHERE id = (SELECT ...) AND status='quoted'` and check `rowcount`.",
              d=-1, symbol="take_next", conf=0.7),
            F("EXPORT-DROPS-FIRST", "medium", "bug", "CSV export drops the first ticket",
              "The header is written by hand, so iterate over all `rows`, not `rows[1:]`.",
              symbol="export_tickets", conf=0.85),
            F("BATCH-SEQ-RACE", "medium", "bug", "Batch numbers are handed out without a lock",
              "Let the database assign the number (`INTEGER PRIMARY KEY` without a value) instead of the in-process counter.",
              symbol="open_batch", conf=0.75),
            F("BATCH-CLOSED-UNCHECKED", "medium", "bug", "Items can be added to a batch that was already submitted or never opened",
              "Look the batch up first and refuse anything but `status = 'open'`.",
              symbol="add_to_batch", conf=0.7),
            F("BATCH-LIMIT-OFF", "medium", "bug", "Batch limit lets a 51st item in",
              "Use `count >= BATCH_LIMIT`.", symbol="add_to_batch", conf=0.85),
            F("ASSAY-NO-TIMEOUT", "medium", "bug", "No timeout on the assay office request",
              "Pass `timeout=(5, 30)`; a stalled office ties up the worker indefinitely.",
              symbol="submit_batch", conf=0.7),
            F("ASSAY-STATUS-IGNORED", "high", "bug", "Batch is marked submitted even when the assay office rejects it",
              "Check `resp.ok` (or `raise_for_status()`) before updating the batch; today a 4xx/5xx silently loses the batch.",
              symbol="submit_batch", conf=0.82),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LABEL-SHELL-PRINTER", "critical", "security", "Command injection via ?printer= in print_label",
              "argv list, no shell; whitelist printers.", d=-2),
            F("SORT-SQLI", "high", "security", "ORDER BY built from ?sort= (SQLi)", "Whitelist sort columns.", d=-2),
            F("TICKET-NO-AUTH", "high", "security", "get_ticket has no auth; exposes name/phone for any id",
              "Add counter_only.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "upload_photo trusts photo.filename (path traversal)",
              "secure_filename + containment check.", d=-2),
            F("YAML-UNSAFE", "high", "security", "import_rates: yaml.load with yaml.Loader on request body",
              "yaml.safe_load.", d=-1),
            F("BENCH-FAILS-OPEN", "high", "security", "bench_only is a no-op when BENCH_KEY is empty",
              "Fail closed."),
            F("ASSAY-TLS-OFF", "medium", "security", "verify=False on assay office POST", "Remove verify=False."),
            F("SPOT-CACHE-RACE", "low", "performance", "spot_prices refresh not serialized; spot_fetches += 1 is racy",
              "Use _spot_lock.", d=-1),
            F("METAL-KEYERROR", "medium", "bug", "Unknown metal -> KeyError -> 500 in create_ticket",
              "Validate metal, return 400."),
            F("PAGE-SKIPS-FIRST", "medium", "bug", "OFFSET uses page*PAGE_SIZE with 1-based page",
              "(page-1)*PAGE_SIZE.", d=-2),
            F("LABEL-EXIT-IGNORED", "low", "bug", "lpr failure ignored; endpoint always returns printed=true",
              "check=True / inspect returncode."),
            F("BATCH-SEQ-RACE", "medium", "bug", "_batch_seq read+increment not atomic -> duplicate batch numbers",
              "Lock or DB sequence.", d=-1),
            F("BATCH-LIMIT-OFF", "low", "bug", "count > BATCH_LIMIT admits one item too many", ">= ."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `assaymark` application, a Flask service that manages repair tickets for a
        goldsmith's shop and hallmarking batches that are submitted to an external assay office.

        **Overall assessment**

        The application handles personal data (customer names and phone numbers), valuable items, and credentials
        for a third-party API. Several endpoints are missing authentication entirely, and there are a number of
        classic injection vulnerabilities. I have grouped my findings into security issues and other issues.

        **Security issues**
        """,
        Block([
            F("TICKET-NO-AUTH", "Critical", "Broken Access Control", "Insecure Direct Object Reference on Repair Tickets",
              "Require authentication on this endpoint and verify that the caller is allowed to see the ticket.",
              sd=-2, n=3,
              desc="The `get_ticket` endpoint has no authentication decorator. Since ticket IDs are sequential integers, an attacker can enumerate every ticket and harvest customer names and phone numbers."),
            F("SORT-SQLI", "Critical", "SQL Injection", "SQL Injection in Ticket Listing Sort Parameter",
              "Validate the `sort` parameter against an allow-list of column names.", d=1, sd=-1, n=3,
              desc="The `sort` parameter is interpolated directly into the SQL string with an f-string."),
            F("LABEL-SHELL-PRINTER", "Critical", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Arbitrary File Write via Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("BENCH-FAILS-OPEN", "High", "Broken Authentication", "Authentication Bypass When BENCH_KEY Is Not Set",
              "Deny all requests when the key is not configured.", sd=-2, n=3),
            F("YAML-UNSAFE", "High", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("ASSAY-TLS-OFF", "High", "Security Misconfiguration", "TLS Certificate Verification Disabled",
              "Remove `verify=False`.", sd=-2, n=3),
            F("PHOTO-PUBLIC", "Medium", "Information Disclosure", "Unauthenticated Access to Customer Item Photos",
              "Protect the photo download route with the same decorator as the upload.", d=-1, sd=-2, n=2),
        ], wrap="list"),
        """
        **Other issues**

        Beyond security, I noticed several reliability and concurrency problems:
        """,
        Block([
            U({"severity": "Low", "category": "Maintainability", "description": "app.py mixes the ticket and batch domains; consider splitting it into Flask blueprints."}),
            F("SPOT-CACHE-RACE", "Medium", "Race Condition", "Race Condition in Spot Price Cache",
              "Use the `_spot_lock` that is already declared.", d=-1, sd=-3, n=3,
              desc="Under a threaded server several requests can see a stale cache at once and all refresh it."),
            F("SPOT-STATUS-UNCHECKED", "Medium", "Error Handling", "Spot Price Response Not Validated",
              "Check the status code before caching the response.", sd=-2, n=3),
            F("BENCH-NEXT-RACE", "Medium", "Race Condition", "Race Condition When Assigning Bench Work",
              "Use a single atomic UPDATE to claim the ticket.", d=2, sd=0, n=3),
            F("BATCH-SEQ-RESET", "Medium", "Logic Error", "Batch Numbers Restart After Every Deploy",
              "Persist the sequence in the database.", sd=-2, n=3,
              desc="`_batch_seq` lives in memory, so after a restart numbering starts again at 1 and collides with batches already stored."),
            F("BATCH-LIMIT-OFF", "Low", "Logic Error", "Batch Size Check Is Off by One",
              "Use `>=` in the comparison.", d=-1, sd=-3, n=3),
            F("ASSAY-NO-TIMEOUT", "Medium", "Availability", "Missing Timeout on Outbound Request",
              "Add a `timeout` argument to `requests.post`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LABEL-SHELL-PRINTER", "error", "security", "shell injection via printer param", "list args, no shell"),
            F("SORT-SQLI", "error", "security", "sql injection in sort", "whitelist columns"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo filename path traversal", "secure_filename", d=-2),
            F("BENCH-FAILS-OPEN", "error", "security", "bench key check skipped when env unset", "fail closed"),
            F("YAML-UNSAFE", "error", "security", "unsafe yaml load", "safe_load"),
            F("TICKET-NO-AUTH", "warning", "security", "ticket lookup unauthenticated", "add counter_only", d=-1),
            F("ASSAY-TLS-OFF", "warning", "security", "tls verify off for assay upload", "drop verify=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("WEIGHT-UNVALIDATED", "warning", "", "negative weight accepted", "check weight > 0"),
            F("EXPORT-DROPS-FIRST", "warning", "bug", "csv export skips first row", "iterate all rows"),
            F("BATCH-LIMIT-OFF", "warning", "bug", "batch limit off by one", "use >="),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        The project is a Flask back office for a goldsmith (repair tickets and hallmarking batches). I found 15 issues.

        1. Authentication: the bench key check fails open and is not constant-time; ticket details are public.
        2. Injection: SQL injection in the ticket sort, shell injection in label printing, unsafe YAML.
        3. Concurrency: the spot price cache, bench assignment and batch numbering are not thread-safe.
        4. Correctness: pagination, CSV export, collection without payment, assay submission status.
        5. Transport: TLS verification disabled for the assay office.
        """,
        Block([
            F("BENCH-FAILS-OPEN", "blocker", "security", "Authentication bypass in bench_only when BENCH_KEY is empty",
              "Reject requests when the key is not configured.", conf=0.9),
            F("BENCH-KEY-TIMING", "minor", "security", "Non-constant-time comparison of the bench key",
              "Use hmac.compare_digest.", conf=0.6),
            F("TICKET-NO-AUTH", "major", "security", "Missing authorization on ticket detail endpoint",
              "Add authentication and restrict returned fields.", d=-1, conf=0.85),
            F("SORT-SQLI", "blocker", "security", "SQL injection via sort parameter",
              "Use an allow-list for the ORDER BY column.", conf=0.9),
            F("PAGE-SKIPS-FIRST", "major", "correctness", "Pagination offset off by one page",
              "Compute the offset as (page - 1) * PAGE_SIZE.", conf=0.8),
            F("SPOT-CACHE-RACE", "major", "concurrency", "Thread-unsafe spot price cache",
              "Guard the refresh with _spot_lock.", conf=0.75),
            F("COLLECT-UNPAID", "major", "correctness", "Collection does not verify payment",
              "Check the paid flag before releasing the item.", d=-3, conf=0.75),
            F("BENCH-NEXT-RACE", "major", "concurrency", "Race condition in bench ticket assignment",
              "Claim the ticket with a conditional UPDATE.", conf=0.7),
            F("LABEL-SHELL-PRINTER", "blocker", "security", "Command injection in label printing",
              "Do not use shell=True.", conf=0.9),
            F("LABEL-SHELL-STORED", "major", "security", "Stored customer data interpolated into shell command",
              "Pass the label text via stdin.", conf=0.75),
            F("EXPORT-DROPS-FIRST", "major", "correctness", "CSV export omits the first ticket",
              "Iterate over all rows.", d=1, conf=0.8),
            F("BATCH-SEQ-RACE", "major", "concurrency", "Non-atomic batch number allocation",
              "Use a database sequence.", d=1, conf=0.7),
            F("ASSAY-TLS-OFF", "major", "security", "TLS verification disabled for assay office API",
              "Enable certificate verification.", conf=0.85),
            F("ASSAY-STATUS-IGNORED", "major", "reliability", "Batch status updated regardless of assay office response",
              "Check the response status before marking the batch submitted.", d=-1, conf=0.7),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary object construction via yaml.load",
              "Use yaml.safe_load.", conf=0.9),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 10 major, 1 minor"),
    ]),
}

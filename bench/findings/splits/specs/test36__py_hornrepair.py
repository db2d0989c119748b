"""test36/py-hornrepair: a brass band's instrument repair ticket tracker (Python, Flask + SQLite).

Frozen test split test36; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, or any other split's answers, specs or repositories (apart from
specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split (test36): seeded problems in a brass band's instrument repair ticket tracker; five "
    "agents' answers written by hand."
)

AU = "hornrepair/auth.py"
AP = "hornrepair/app.py"
BI = "hornrepair/billing.py"
WS = "hornrepair/workshop.py"

PROBLEMS = {
    "WS-KEY-FAILS-OPEN": P(AU, "if supplied != WORKSHOP_KEY:", "security", "WORKSHOP_KEY defaults to '': with it unset, a request without the header passes the workshop check", "signature-vs-statement"),
    "WS-KEY-TIMING": P(AU, "if supplied != WORKSHOP_KEY:", "security", "workshop key compared with != (not constant time) while the treasurer check uses hmac.compare_digest"),
    "TICKETS-BAND-SQLI": P(AP, "sql = f\"SELECT * FROM tickets WHERE band LIKE", "security", "band query value formatted into the LIKE pattern of the listing SQL", "source-vs-sink"),
    "TICKETS-SORT-SQLI": P(AP, "sql = f\"SELECT * FROM tickets WHERE band LIKE", "security", "sort query value formatted into ORDER BY; the SORTABLE allow-list is never used"),
    "TICKETS-PAGE-OFFSET": P(AP, "page * PAGE_SIZE)).fetchall()", "bug", "pages are 1-based but OFFSET is page * PAGE_SIZE: page 1 skips the first 25 tickets", "off-by-one"),
    "INTAKE-KEYERROR": P(AP, 'last = conn.execute("SELECT MAX(number)', "bug", "extra, one agent: body['band'] unchecked, an intake without band is a 500 (KeyError)"),
    "TICKET-NUMBER-RACE": P(AP, "number = (last or 0) + 1", "bug", "MAX(number)+1 then INSERT without a transaction or unique key: two intakes for one band get the same number", "critical-section"),
    "PHOTO-TRAVERSAL": P(AP, "return send_file(PHOTO_DIR / str(ticket_id) / name)", "security", "file query value joined to the photo directory: ../ reads any file, and the route needs no key", "source-vs-sink"),
    "CLOSE-NEGATIVE-MINUTES": P(AP, 'minutes = int(body.get("minutes", 0))', "bug", "minutes not validated: negative bench time is stored and subtracted from the technician's total"),
    "CLOSE-TWICE": P(AP, "conn.execute(\"UPDATE tickets SET status = 'closed'", "bug", "closing does not require status 'open': a ticket closed twice books its bench time twice and overwrites minutes"),
    "CLOSE-REPORT-BEFORE-COMMIT": P(AP, 'record_bench_time(body.get("technician", "?"), minutes)', "bug", "extra, one agent: bench time recorded (and a report sent) before commit; a failing report leaves the ticket open but the minutes counted"),
    "INVOICE-MISSING-404": P(AP, 'total = invoice_total(ticket["minutes"]', "bug", "unknown ticket id: ticket is None and the invoice is a 500 instead of 404"),
    "PRINTER-INJECTION": P(AP, "subprocess.run(f\"echo '{label}' | lp -d {printer}\"", "security", "printer query value in a shell command line", "source-vs-sink"),
    "LABEL-INJECTION": P(AP, "subprocess.run(f\"echo '{label}' | lp -d {printer}\"", "security", "band and instrument (stored from an unauthenticated intake) inside single quotes in the shell command: a quote breaks out"),
    "TAG-MISSING-TICKET": P(AP, "label = f\"{row['band']}", "bug", "row is None for an unknown ticket: TypeError, 500"),
    "CATALOGUE-YAML-UNSAFE": P(AP, "entries = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary Python objects", "signature-vs-statement"),
    "CATALOGUE-PRICE-TRUNC": P(AP, 'price_pence = int(float(e["price"]) * 100)', "bug", "int(float * 100) truncates: 19.99 becomes 1998 pence", "off-by-one"),
    "DEBUG-RUN": P(AP, 'app.run(host="0.0.0.0", port=8000, debug=True)', "security", "Werkzeug debugger enabled on all interfaces"),
    "LABOUR-FLOOR-QUARTER": P(BI, "quarters = minutes // 15", "bug", "floor division: a started quarter hour is not charged (14 minutes = 0 quarters)", "off-by-one"),
    "PARTS-SKIP-FIRST": P(BI, "for part in parts[1:]:", "bug", "parts[1:] skips the first part on every invoice", "off-by-one"),
    "DISCOUNT-PARSE": P(BI, "pct = Decimal(discount)", "bug", "discount string parsed with Decimal unchecked: 'abc' raises InvalidOperation, a 500"),
    "DISCOUNT-UNBOUNDED": P(BI, "net = (Decimal(labour_charge(minutes))", "bug", "discount not bounded to 0-100: 150 gives a negative invoice, -50 a surcharge"),
    "JOBS-CLOSED-RACE": P(WS, "_jobs_closed += 1", "bug", "_jobs_closed incremented outside _bench_lock: lost updates, the every-50 report skipped or sent twice", "critical-section"),
    "BENCH-REPORT-UNLOCKED": P(WS, "send_bench_report(dict(_bench_minutes))", "bug", "dict(_bench_minutes) copied outside the lock while other threads insert: 'dictionary changed size during iteration'"),
    "QUEUE-CACHE-RACE": P(WS, '_queue_cache["ids"] = [r[0] for r in rows]', "bug", "check-then-fill cache without a lock: concurrent misses all query, ids and at written separately", "critical-section"),
    "QUEUE-POSITION-ZERO": P(WS, "return ids.index(ticket_id) if ticket_id in ids else None", "bug", "0-based index returned as the queue position: the first ticket in the queue is told position 0", "off-by-one"),
}

CONFUSABLE = [
    ("WS-KEY-FAILS-OPEN", "WS-KEY-TIMING"),
    ("TICKETS-BAND-SQLI", "TICKETS-SORT-SQLI"),
    ("TICKETS-SORT-SQLI", "TICKETS-PAGE-OFFSET"),
    ("INTAKE-KEYERROR", "TICKET-NUMBER-RACE"),
    ("CLOSE-NEGATIVE-MINUTES", "CLOSE-TWICE"),
    ("CLOSE-TWICE", "CLOSE-REPORT-BEFORE-COMMIT"),
    ("PRINTER-INJECTION", "LABEL-INJECTION"),
    ("TAG-MISSING-TICKET", "LABEL-INJECTION"),
    ("CATALOGUE-YAML-UNSAFE", "CATALOGUE-PRICE-TRUNC"),
    ("DISCOUNT-PARSE", "DISCOUNT-UNBOUNDED"),
    ("JOBS-CLOSED-RACE", "BENCH-REPORT-UNLOCKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the `hornrepair` service (Flask + SQLite): intake, the workshop bench, photos, tag printing,
        the parts catalogue and invoicing.

        **Summary**

        1. The ticket listing builds its SQL from two query parameters, and tag printing runs a shell command
           built from a query parameter and from stored ticket fields. Both are directly exploitable.
        2. The workshop key check fails open when `WORKSHOP_KEY` is not configured, so every `@workshop_only`
           route (photo upload, close, tag, catalogue) is then public.
        3. `/catalogue` deserialises YAML with the full loader.
        4. Invoices are wrong in ordinary cases: the first part is never billed, started quarter hours are
           dropped, and the discount is unbounded.
        5. Shared state in `workshop.py` is only partly protected by its lock.

        | Priority | Count |
        |---|---|
        | P0 | 5 |
        | P1 | 9 |
        | P2 | 8 |
        """,
        Block([
            F("TICKETS-BAND-SQLI", "critical", "security", "SQL injection through the `band` filter in `list_tickets`",
              "Bind the pattern as a parameter: `WHERE band LIKE ?` with `(f\"%{band}%\",)`.",
              symbol="list_tickets", conf=0.95),
            F("TICKETS-SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY` although `SORTABLE` exists",
              "Reject any `sort` not in `SORTABLE` before building the query (column names cannot be bound).",
              symbol="list_tickets", conf=0.9),
            F("TICKETS-PAGE-OFFSET", "medium", "bug", "Page 1 of `/tickets` skips the first 25 tickets",
              "Use `(page - 1) * PAGE_SIZE` and reject `page < 1`.", symbol="list_tickets", conf=0.85),
            F("PRINTER-INJECTION", "critical", "security", "Shell command injection through the `printer` parameter of `/tag`",
              "Call `subprocess.run([\"lp\", \"-d\", printer], input=label.encode(), check=True)` and validate `printer` against the configured printers.",
              symbol="print_tag", conf=0.95),
            F("LABEL-INJECTION", "high", "security", "Stored band/instrument text breaks out of the quoted `echo` in `print_tag`",
              "Intake is unauthenticated, so `band` can contain `'`; pass the label on stdin (see above) instead of quoting it into a shell string.",
              symbol="print_tag", conf=0.8),
            F("WS-KEY-FAILS-OPEN", "critical", "security", "`workshop_only` accepts requests without a key when `WORKSHOP_KEY` is unset",
              "Read it like `TREASURER_KEY` (`os.environ[\"WORKSHOP_KEY\"]`) so the app refuses to start without it, and reject an empty header.",
              symbol="workshop_only.wrapper", conf=0.9),
            F("WS-KEY-TIMING", "low", "security", "Workshop key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest`, as `treasurer_only` already does.", symbol="workshop_only.wrapper", conf=0.6),
            F("CATALOGUE-YAML-UNSAFE", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on the uploaded catalogue",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.", symbol="upload_catalogue", conf=0.9),
            F("CATALOGUE-PRICE-TRUNC", "low", "bug", "Catalogue prices lose a penny through float truncation",
              "`int(float(\"19.99\") * 100)` is 1998. Parse with `Decimal(e[\"price\"]) * 100` and round half up.",
              symbol="upload_catalogue", conf=0.75),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `ticket_photo` via the `file` parameter",
              "Use `send_from_directory(PHOTO_DIR / str(ticket_id), name)`, which refuses paths outside the directory.",
              symbol="ticket_photo", conf=0.9),
            F("TICKET-NUMBER-RACE", "medium", "bug", "Ticket numbers are allocated with read-then-insert and can collide",
              "Add `UNIQUE(band, number)` and allocate inside `BEGIN IMMEDIATE`, or derive the number in the INSERT itself.",
              symbol="open_ticket", conf=0.8),
            F("CLOSE-TWICE", "medium", "bug", "A ticket can be closed more than once, double-booking bench time",
              "Add `AND status = 'open'` to the UPDATE and return 409 when `rowcount == 0`.", symbol="close_ticket", conf=0.8),
            F("CLOSE-NEGATIVE-MINUTES", "low", "bug", "`minutes` accepts negative values",
              "Reject `minutes < 0` (and an absurd upper bound) with 400.", symbol="close_ticket", conf=0.7),
            F("INVOICE-MISSING-404", "low", "bug", "Invoice for an unknown ticket crashes instead of returning 404",
              "Check `ticket is None` and `abort(404)` before using it.", symbol="ticket_invoice", conf=0.8),
            F("PARTS-SKIP-FIRST", "high", "bug", "`parts_charge` never bills the first part",
              "Iterate over `parts`, not `parts[1:]`.", symbol="parts_charge", conf=0.95),
            F("LABOUR-FLOOR-QUARTER", "medium", "bug", "Labour rounds down although the docstring says started quarter hours are charged",
              "Use ceiling division: `quarters = -(-minutes // 15)`.", symbol="labour_charge", conf=0.85),
            F("DISCOUNT-UNBOUNDED", "medium", "bug", "Discount percentage is not bounded",
              "Clamp or reject values outside 0-100; a discount of 150 yields a negative invoice.", symbol="invoice_total", conf=0.75),
            F("DISCOUNT-PARSE", "low", "bug", "A malformed `discount` raises `decimal.InvalidOperation`",
              "Validate the string and return 400 on a bad value.", symbol="invoice_total", conf=0.65),
            F("JOBS-CLOSED-RACE", "medium", "bug", "`_jobs_closed` is updated outside `_bench_lock`",
              "Move the increment and the `% REPORT_EVERY` check inside the `with _bench_lock:` block.",
              symbol="record_bench_time", conf=0.8),
            F("BENCH-REPORT-UNLOCKED", "low", "bug", "Bench report copies `_bench_minutes` without holding the lock",
              "Take the snapshot inside the lock and send it after releasing it.", symbol="record_bench_time", conf=0.7),
            F("QUEUE-CACHE-RACE", "low", "performance", "Queue cache refresh is not synchronised",
              "Guard the check-and-refill with a lock so one request refreshes and the others wait or use the old list.",
              d=-2, n=3, symbol="_open_ids", conf=0.6),
            F("QUEUE-POSITION-ZERO", "low", "bug", "Queue position is zero-based",
              "Return `ids.index(ticket_id) + 1`; the first instrument in the queue is reported as position 0.",
              symbol="queue_position", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (repository has none). Findings:",
        Block([
            F("TICKETS-BAND-SQLI", "critical", "security", "SQL injection: band query param flows into LIKE", "Parameterize.", d=-3),
            F("TICKETS-SORT-SQLI", "high", "security", "ORDER BY built from sort param (SORTABLE unused)", "Whitelist via SORTABLE.", d=-2),
            F("PRINTER-INJECTION", "critical", "security", "Command injection: printer param reaches shell=True", "argv list, no shell.", d=-3),
            F("TAG-MISSING-TICKET", "low", "bug", "print_tag dereferences row without a None check", "404 when row is None."),
            F("CATALOGUE-YAML-UNSAFE", "high", "security", "upload_catalogue uses yaml.Loader (unsafe)", "yaml.safe_load.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "send_from_directory.", d=-1),
            F("WS-KEY-FAILS-OPEN", "high", "security", "workshop_only passes when WORKSHOP_KEY is empty", "Fail closed.", d=-2),
            F("TICKET-NUMBER-RACE", "medium", "bug", "Duplicate ticket numbers under concurrent intake", "UNIQUE(band, number) + retry.", d=-1),
            F("CLOSE-TWICE", "medium", "bug", "close_ticket does not check current status", "WHERE status = 'open'."),
            F("CLOSE-REPORT-BEFORE-COMMIT", "medium", "bug", "Bench time recorded before the UPDATE is committed",
              "Commit first; a raising send_bench_report currently leaves the ticket open with its minutes already counted."),
            F("PARTS-SKIP-FIRST", "high", "bug", "parts[1:] drops the first part from the invoice", "Iterate all parts."),
            F("LABOUR-FLOOR-QUARTER", "medium", "bug", "Labour charge truncates partial quarters", "Round up.", d=+1),
            F("DISCOUNT-UNBOUNDED", "medium", "bug", "Unvalidated discount can make totals negative", "0 <= pct <= 100.", d=-1),
            F("JOBS-CLOSED-RACE", "medium", "bug", "Counter update not covered by _bench_lock", "Increment under the lock.", d=-2, n=2),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `hornrepair` codebase. It is a Flask application that tracks repair tickets
        for a brass band's instruments, with SQLite storage, a workshop bench module and an invoicing module.

        ### Security

        The most serious problems are injection vulnerabilities in the ticket listing and in tag printing,
        an unsafe YAML loader, path traversal in the photo endpoint, and an authentication check that does
        not fail closed. The development server is also started with the debugger enabled.
        """,
        Block([
            F("TICKETS-BAND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Listing (band)",
              "Use parameterized queries for the band filter.",
              desc="The `band` query parameter is inserted directly into the SQL string with an f-string."),
            F("TICKETS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via ORDER BY Clause",
              "Validate `sort` against the `SORTABLE` set."),
            F("PRINTER-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True` and pass the printer name as a separate argument."),
            F("LABEL-INJECTION", "HIGH", "Command Injection", "Second-Order Command Injection via Ticket Label",
              "Do not embed database values in a shell string.", d=-1,
              desc="The label is built from `band` and `instrument`, which come from an unauthenticated endpoint, and is then wrapped in single quotes inside a shell command."),
            F("CATALOGUE-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Resolve the path and verify it is inside `PHOTO_DIR`."),
            F("WS-KEY-FAILS-OPEN", "HIGH", "Broken Access Control", "Workshop Authentication Bypass When Key Is Unset",
              "Require `WORKSHOP_KEY` at startup."),
            F("WS-KEY-TIMING", "LOW", "Cryptographic Failure", "Timing Attack on Workshop Key Comparison",
              "Use `hmac.compare_digest`."),
            F("DEBUG-RUN", "MEDIUM", "Security Misconfiguration", "Debug Mode Enabled",
              "Never run with `debug=True` on `0.0.0.0`; the Werkzeug debugger allows code execution."),
        ], wrap="list"),
        """
        ### Correctness and Concurrency

        Beyond security, I found several logic errors in billing and some thread-safety issues in the
        workshop module:
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to the billing functions."}),
            F("PARTS-SKIP-FIRST", "major", "Off-by-one Error", "First Part Omitted From Parts Charge",
              "Iterate over the full list.", d=-2),
            F("LABOUR-FLOOR-QUARTER", "major", "Business Logic", "Incorrect Rounding of Labour Time",
              "Round partial quarter hours up.", d=-1),
            F("DISCOUNT-UNBOUNDED", "major", "Business Logic", "Negative Invoice Totals Possible",
              "Validate the discount range."),
            F("TICKETS-PAGE-OFFSET", "minor", "Off-by-one Error", "Pagination Offset Is Off by One Page",
              "Subtract one from the page number.", d=-2),
            F("INVOICE-MISSING-404", "minor", "Error Handling", "Missing Null Check for Ticket in Invoice",
              "Return 404 when the ticket does not exist.", d=-2),
            F("CATALOGUE-PRICE-TRUNC", "minor", "Data Integrity", "Floating-Point Price Conversion",
              "Use `Decimal` for prices.", d=+1),
            F("TICKET-NUMBER-RACE", "major", "Race Condition", "Race Condition in Ticket Number Generation",
              "Use a database constraint or a transaction.", d=+1),
            F("JOBS-CLOSED-RACE", "minor", "Race Condition", "Non-Atomic Report Counter",
              "Protect the counter with the lock.", d=+1),
            F("BENCH-REPORT-UNLOCKED", "minor", "Race Condition", "Shared Dictionary Read Without Lock",
              "Copy the dictionary while holding the lock."),
            F("QUEUE-CACHE-RACE", "minor", "Performance", "Cache Stampede on Queue Refresh",
              "Use a lock around the refresh.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("TICKETS-BAND-SQLI", "error", "security", "sql injection in /tickets band filter", "use ? placeholders"),
            F("PRINTER-INJECTION", "error", "security", "shell injection in print_tag", "no shell=True"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in ticket_photo", "send_from_directory"),
            F("CATALOGUE-YAML-UNSAFE", "error", "security", "unsafe yaml load", "safe_load", d=-1),
            F("DEBUG-RUN", "warning", "", "debug server exposed", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLOSE-TWICE", "warning", "bug", "closing an already closed ticket is allowed", "check status"),
            F("INVOICE-MISSING-404", "warning", "bug", "invoice 500s for unknown ticket", "abort(404)"),
            F("PARTS-SKIP-FIRST", "error", "bug", "first part not billed", "parts not parts[1:]"),
            F("QUEUE-POSITION-ZERO", "warning", "bug", "queue position starts at 0", "+ 1"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the ticket listing (two parameters).
        2. Command injection in tag printing (printer and label).
        3. Authentication weaknesses in the workshop key check.
        4. Unsafe YAML loading, path traversal and debug mode.
        5. Invoice and bench-time calculation errors.
        6. Concurrency problems around ticket numbering and the bench counters.
        """,
        Block([
            F("TICKETS-BAND-SQLI", "blocker", "security", "SQL injection via the band parameter",
              "Use bound parameters.", d=-3, conf=0.9),
            F("TICKETS-SORT-SQLI", "major", "security", "SQL injection via the sort parameter",
              "Check sort against SORTABLE.", conf=0.85),
            F("PRINTER-INJECTION", "blocker", "security", "Command injection in print_tag via printer",
              "Use an argument list.", conf=0.9),
            F("LABEL-INJECTION", "major", "security", "Command injection in print_tag via stored ticket fields",
              "Pass the label on stdin.", conf=0.7),
            F("TAG-MISSING-TICKET", "minor", "error-handling", "Unchecked None row in print_tag",
              "Return 404.", conf=0.6),
            F("WS-KEY-FAILS-OPEN", "major", "security", "Empty default for WORKSHOP_KEY disables the check",
              "Fail at startup when the key is missing.", d=-1, conf=0.8),
            F("WS-KEY-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo download",
              "Validate the file name.", d=-1, conf=0.85),
            F("CATALOGUE-YAML-UNSAFE", "major", "security", "Unsafe YAML loader",
              "Use safe_load.", conf=0.9),
            F("DEBUG-RUN", "minor", "security", "Flask debug mode enabled",
              "Disable debug in production.", conf=0.8),
            F("INTAKE-KEYERROR", "minor", "error-handling", "Missing band in intake body raises KeyError",
              "Validate the body and return 400.", conf=0.6),
            F("TICKET-NUMBER-RACE", "major", "concurrency", "Duplicate ticket numbers possible",
              "Use a transaction or a UNIQUE constraint.", conf=0.75),
            F("CLOSE-NEGATIVE-MINUTES", "minor", "correctness", "Negative minutes accepted when closing a ticket",
              "Validate minutes >= 0.", conf=0.6),
            F("LABOUR-FLOOR-QUARTER", "major", "correctness", "Partial quarter hours not charged",
              "Use ceiling division.", conf=0.8),
            F("PARTS-SKIP-FIRST", "major", "correctness", "Off-by-one: first part skipped in parts charge",
              "Iterate over all parts.", d=+1, conf=0.9),
            F("DISCOUNT-PARSE", "minor", "error-handling", "Invalid discount value causes an exception",
              "Validate the input.", conf=0.6),
            F("JOBS-CLOSED-RACE", "major", "concurrency", "Race condition on _jobs_closed",
              "Use the lock.", conf=0.75),
            F("QUEUE-CACHE-RACE", "minor", "concurrency", "Unsynchronized queue cache update",
              "Add a lock.", conf=0.6),
            F("QUEUE-POSITION-ZERO", "minor", "correctness", "Queue position off by one",
              "Add 1 to the index.", d=-2, conf=0.7),
        ], wrap="object+summary", summary="19 issues: 2 blocker, 9 major, 8 minor"),
    ]),
}

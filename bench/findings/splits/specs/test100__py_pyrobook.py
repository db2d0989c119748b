"""test100/py-pyrobook: show bookings and magazine stock for a fireworks display company (Python, Flask + SQLite).

Frozen test split test100 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
its scores or any other split's answers; labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test100: seeded problems in a fireworks company's show-booking and explosives-"
    "magazine service; five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "CREW-KEY-FAILS-OPEN": P(A, 'if request.headers.get("X-Crew-Key") != CREW_KEY:', "security", "PYRO_CREW_KEY unset: CREW_KEY is None and a request without the header matches it, so crew_only lets everyone in", "signature-vs-statement"),
    "CREW-KEY-TIMING": P(A, 'if request.headers.get("X-Crew-Key") != CREW_KEY:', "security", "crew key compared with != instead of a constant-time compare (office_only uses hmac.compare_digest)"),
    "SHOWS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but offset = page * size: page 1 skips the first page of shows", "off-by-one"),
    "SHOWS-NEGATIVE-SIZE": P(A, 'size = min(int(request.args.get("size", 20)), PAGE_MAX)', "bug", "size only capped from above: size=-1 becomes LIMIT -1 (no limit) in SQLite and returns every show"),
    "SEARCH-ORDER-INJECTION": P(A, "ORDER BY {order}", "security", "order query value formatted into the SQL ORDER BY clause", "source-vs-sink"),
    "BOOK-NEQ-UNVALIDATED": P(A, 'neq = float(body["neq_kg"])', "bug", "neq_kg never checked: negative, zero, NaN or more than the whole magazine licence accepted"),
    "CREW-DOUBLE-BOOKED": P(A, "if booked > 1:", "bug", "booked > 1 lets a crew take a second show the same night (should refuse when one is booked)", "off-by-one"),
    "BOOKING-RACE": P(A, "if booked > 1:", "bug", "count-then-insert without a transaction or lock: two bookings for one crew and night both pass", "critical-section"),
    "PERMIT-UPLOAD-FILENAME": P(A, "upload.save(os.path.join(PERMIT_DIR, upload.filename))", "security", "client filename joined to PERMIT_DIR: ../ writes anywhere the service can write", "signature-vs-statement"),
    "PERMIT-UPLOAD-ANY-FILE": P(A, "upload.save(os.path.join(PERMIT_DIR, upload.filename))", "security", "permit upload accepts any file type and overwrites another show's permit of the same name"),
    "PERMIT-PATH-TRAVERSAL": P(A, 'return send_file(path, mimetype="application/pdf")', "security", "file query value joined to PERMIT_DIR and served: any readable file", "source-vs-sink"),
    "SHEET-XSS-NOTES": P(A, "<p>{s['notes']}</p>", "security", "show notes (and show_date) put into the HTML sheet unescaped; client and site are escaped"),
    "YAML-UNSAFE-LOAD": P(A, "script = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "firing script parsed with yaml.Loader: arbitrary Python objects from the request body", "signature-vs-statement"),
    "CANCEL-UNKNOWN-SHOW": P(A, 'days = (date.fromisoformat(show["show_date"])', "bug", "unknown show id: fetchone() is None and show['show_date'] raises, a 500 instead of 404"),
    "CANCEL-REFUND-BOUNDARY": P(A, "if days > FULL_REFUND_DAYS else", "bug", "days > 14 halves the refund for a show cancelled exactly 14 days ahead; the terms say 14 or more", "off-by-one"),
    "CANCEL-REPEATABLE": P(A, "UPDATE shows SET status = 'cancelled', refund = ?", "bug", "status never checked: a cancelled or already fired show can be cancelled again and refunded"),
    "ISSUE-NEGATIVE-QTY": P(A, 'code, qty = body["code"], int(body["qty"])', "bug", "issue qty not checked positive: a negative issue puts stock into the magazine past the NEQ check", nth=1),
    "ISSUE-RACE": P(A, 'if row is None or row["qty"] < qty:', "bug", "read qty, check, write back an absolute value without _stock_lock: concurrent issues lose updates and overdraw", "critical-section"),
    "ISSUE-UNKNOWN-SHOW": P(A, "(show_id, code, qty, time.time())", "bug", "show_id never checked: stock issued to a show that does not exist or is cancelled"),
    "LABEL-SHELL-INJECTION": P(A, 'subprocess.run(f"lp -n {copies}', "security", "form field code formatted into a shell command", "source-vs-sink"),
    "LABEL-PRINT-ERRORS-IGNORED": P(A, 'subprocess.run(f"lp -n {copies}', "bug", "check=False and no returncode check: a failed print answers 204"),
    "BOARD-LEAKS-PHONE": P(A, "SELECT client, phone, site, show_date FROM shows", "security", "public, unauthenticated board returns every client's phone number"),
    "BOARD-SHOWS-CANCELLED": P(A, "SELECT client, phone, site, show_date FROM shows", "bug", "board query has no status filter: cancelled shows are advertised"),
    "BOARD-REFRESH-RACE": P(A, '_board["data"] = [dict(r) for r in rows]', "bug", "cache expiry check and refresh without a lock: concurrent requests all refresh, state shared across threads", "critical-section"),
}

CONFUSABLE = [
    ("CREW-KEY-FAILS-OPEN", "CREW-KEY-TIMING"),
    ("SHOWS-PAGE-OFFSET", "SHOWS-NEGATIVE-SIZE"),
    ("CREW-DOUBLE-BOOKED", "BOOKING-RACE"),
    ("CREW-DOUBLE-BOOKED", "BOOK-NEQ-UNVALIDATED"),
    ("PERMIT-UPLOAD-FILENAME", "PERMIT-UPLOAD-ANY-FILE"),
    ("ISSUE-NEGATIVE-QTY", "ISSUE-RACE"),
    ("ISSUE-RACE", "ISSUE-UNKNOWN-SHOW"),
    ("BOARD-LEAKS-PHONE", "BOARD-SHOWS-CANCELLED"),
    ("BOARD-SHOWS-CANCELLED", "BOARD-REFRESH-RACE"),
    ("LABEL-SHELL-INJECTION", "LABEL-PRINT-ERRORS-IGNORED"),
    ("CANCEL-UNKNOWN-SHOW", "CANCEL-REFUND-BOUNDARY"),
    ("CANCEL-REFUND-BOUNDARY", "CANCEL-REPEATABLE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `app.py` end to end (it is the whole service). The office side is mostly careful; the crew side
        and the two upload endpoints are where the real exposure is. For an explosives store I would treat the
        stock and booking races as safety issues, not just data hygiene.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `crew_only` | fails open when `PYRO_CREW_KEY` is unset |
        | P0 | uploads | unsafe YAML load; permit filename path traversal |
        | P0 | downloads / labels | permit path traversal; shell injection in `lp` |
        | P1 | magazine | unlocked issue can overdraw stock |
        | P1 | bookings | crew double-booking (off by one, plus a race) |
        | P2 | paging, cancel, board | offset, refund boundary, leaked phones |

        Things that are fine and I'd keep: `office_only` fails closed and uses `hmac.compare_digest`;
        `receive_stock` and `return_stock` validate quantities and do their read-check-write under
        `_stock_lock`; the cue-order loop in `upload_script` (`range(1, len(cues))` comparing with `i - 1`) is
        correct; `show_sheet` escapes client and site; `print_labels` clamps `copies`; every query except the
        search binds its parameters.
        """,
        Block([
            F("CREW-KEY-FAILS-OPEN", "critical", "security", "`crew_only` admits everyone when `PYRO_CREW_KEY` is not set",
              "Refuse when the key is unset (`if not CREW_KEY or not hmac.compare_digest(...)`), as `office_only` already does.",
              symbol="crew_only.wrapper", conf=0.93,
              desc="`CREW_KEY` defaults to `None`, and `request.headers.get(\"X-Crew-Key\")` is also `None` for a request without the header, so the comparison is equal and the request passes."),
            F("CREW-KEY-TIMING", "low", "security", "Crew key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest` on both values.", symbol="crew_only.wrapper", conf=0.55),
            F("YAML-UNSAFE-LOAD", "critical", "security", "Firing script parsed with `yaml.Loader` (arbitrary object construction)",
              "Use `yaml.safe_load(request.get_data())` and validate the shape of `cues`.", symbol="upload_script", conf=0.95),
            F("PERMIT-UPLOAD-FILENAME", "high", "security", "Permit upload saves under the client-supplied filename",
              "Ignore `upload.filename`; save as `f\"{show_id}.pdf\"` (or run it through `secure_filename`).",
              symbol="upload_permit", conf=0.9),
            F("PERMIT-PATH-TRAVERSAL", "high", "security", "`?file=` lets a crew key holder download any file",
              "Drop the `file` parameter and serve the name stored in `shows.permit`, or check that the resolved path stays under `PERMIT_DIR`.",
              symbol="download_permit", conf=0.9),
            F("LABEL-SHELL-INJECTION", "high", "security", "Shell injection through the label `code` form field",
              "Validate `code` against `items` and call `subprocess.run([\"lp\", \"-n\", str(copies), \"-d\", \"magazine-labels\", path], check=True)`.",
              symbol="print_labels", conf=0.9),
            F("SEARCH-ORDER-INJECTION", "high", "security", "SQL injection via the `order` parameter of `/shows/search`",
              "Map `order` through an allow-list of column names before building the query.",
              symbol="search_shows", conf=0.9),
        ]),
        "Correctness and concurrency:",
        Block([
            F("ISSUE-RACE", "high", "bug", "`issue_stock` reads, checks and writes stock without `_stock_lock`",
              "Do the check and the update in one statement (`UPDATE stock SET qty = qty - ? WHERE code = ? AND qty >= ?` and check `rowcount`) or hold `_stock_lock` like `return_stock`.",
              symbol="issue_stock", conf=0.85),
            F("ISSUE-NEGATIVE-QTY", "medium", "bug", "Negative `qty` passes the stock check in `issue_stock`",
              "Reject `qty <= 0` as `receive_stock` does; a negative issue adds stock without the NEQ limit check.",
              d=+3, symbol="issue_stock", conf=0.75),
            F("CREW-DOUBLE-BOOKED", "high", "bug", "Crew clash check allows a second show on the same night",
              "`booked > 1` is only true with two existing shows; use `if booked:`.", symbol="book_show", conf=0.85),
            F("BOOKING-RACE", "medium", "bug", "Clash check and insert are not atomic",
              "Add a unique index on (crew, show_date) for booked shows and handle the IntegrityError; the count-then-insert can interleave.",
              d=-3, n=3, symbol="book_show", conf=0.7),
            F("BOOK-NEQ-UNVALIDATED", "medium", "bug", "`neq_kg` is not validated",
              "Reject non-finite, zero or negative values and anything above `MAGAZINE_LIMIT_KG`.", symbol="book_show", conf=0.7),
            F("SHOWS-PAGE-OFFSET", "medium", "bug", "`/shows` skips the first page",
              "`page` starts at 1, so the offset must be `(page - 1) * size`.", symbol="list_shows", conf=0.85),
            F("SHOWS-NEGATIVE-SIZE", "low", "bug", "Negative `size` disables the LIMIT",
              "Clamp from below too: `size = max(1, min(..., PAGE_MAX))`; SQLite treats `LIMIT -1` as no limit.",
              symbol="list_shows", conf=0.65),
            F("CANCEL-REFUND-BOUNDARY", "medium", "bug", "Cancellation exactly 14 days ahead gets half the deposit",
              "`FULL_REFUND_DAYS` says 14 or more days; compare with `>=`.", symbol="cancel_show", conf=0.8),
            F("CANCEL-REPEATABLE", "medium", "bug", "A show can be cancelled (and refunded) more than once, even after it was fired",
              "Only cancel `status = 'booked'` shows in the future, and check `rowcount`.", symbol="cancel_show", conf=0.65),
            F("SHEET-XSS-NOTES", "medium", "security", "Stored XSS through show notes on the crew sheet",
              "Escape `notes` (and `show_date`) like the other fields, or render a template.", symbol="show_sheet", conf=0.8),
            F("BOARD-LEAKS-PHONE", "medium", "security", "Public `/board` exposes client phone numbers",
              "Drop `phone` from the public query.", symbol="public_board", conf=0.85),
            F("BOARD-SHOWS-CANCELLED", "low", "bug", "`/board` lists cancelled shows",
              "Filter `status = 'booked'`.", symbol="public_board", conf=0.7),
            F("BOARD-REFRESH-RACE", "low", "performance", "Board cache refresh is unsynchronised (stampede on expiry)",
              "Guard the refresh with a lock so one request rebuilds the board while others serve the old copy.",
              d=+1, symbol="public_board", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("YAML-UNSAFE-LOAD", "critical", "security", "upload_script: yaml.load with yaml.Loader on request body", "yaml.safe_load.", d=-1),
            F("PERMIT-UPLOAD-FILENAME", "high", "security", "upload_permit writes to PERMIT_DIR/<client filename>", "Use show_id for the name.", d=-2),
            F("PERMIT-PATH-TRAVERSAL", "high", "security", "download_permit: ?file= path traversal", "Serve shows.permit only.", d=-2),
            F("LABEL-SHELL-INJECTION", "high", "security", "print_labels: form code reaches shell=True", "argv list, validate code.", d=-2),
            F("LABEL-PRINT-ERRORS-IGNORED", "low", "bug", "lp failures ignored (check=False), endpoint still 204", "check=True; 502 on failure."),
            F("SEARCH-ORDER-INJECTION", "high", "security", "search_shows: order param interpolated into ORDER BY", "Allow-list columns.", d=-1),
            F("CREW-KEY-FAILS-OPEN", "critical", "security", "crew_only: unset PYRO_CREW_KEY => None == None, auth bypass", "Fail closed.", d=-3),
            F("ISSUE-RACE", "high", "bug", "issue_stock: lost update, UPDATE writes row qty - qty computed before", "Atomic UPDATE ... qty = qty - ? WHERE qty >= ?.", d=+2),
            F("ISSUE-UNKNOWN-SHOW", "medium", "bug", "issue_stock does not check show exists / is booked", "SELECT status FROM shows first."),
            F("CREW-DOUBLE-BOOKED", "high", "bug", "book_show clash check off by one (> 1)", ">= 1.", d=-1),
            F("CANCEL-UNKNOWN-SHOW", "medium", "bug", "cancel_show: unknown id -> TypeError on None", "404 when fetchone() is None.", d=-1),
            F("CANCEL-REFUND-BOUNDARY", "medium", "bug", "refund boundary: day 14 gets half refund", ">= FULL_REFUND_DAYS."),
            F("SHOWS-PAGE-OFFSET", "medium", "bug", "list_shows offset skips page 1", "(page - 1) * size.", d=+3),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the fireworks booking service in `app.py`. It is a single Flask application backed by
        SQLite that handles display bookings, council permits, firing scripts and the explosives magazine.

        **Overall assessment.** The office-facing endpoints are protected by a reasonable key check, but the
        crew-facing decorator is weak, and several endpoints pass request data straight into the filesystem, the
        shell, the SQL engine or the YAML parser. Given that this system tracks explosives, I've also looked at
        the stock-keeping logic closely.

        ### Security Findings
        """,
        Block([
            F("YAML-UNSAFE-LOAD", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization of Firing Scripts",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`.", sd=-2, n=3,
              desc="`yaml.Loader` can construct arbitrary Python objects; a crafted firing script executes code on the server."),
            F("SEARCH-ORDER-INJECTION", "HIGH", "SQL Injection", "SQL Injection in Show Search Ordering",
              "Validate the `order` parameter against a fixed list of sortable columns.", sd=-2, n=3),
            F("PERMIT-UPLOAD-FILENAME", "HIGH", "Path Traversal", "Arbitrary File Write via Permit Upload Filename",
              "Generate the stored filename on the server.", sd=-2, n=3),
            F("PERMIT-UPLOAD-ANY-FILE", "MEDIUM", "Unrestricted File Upload", "Permit Upload Accepts Any File Type",
              "Check that the upload is a PDF (content type and magic bytes) before saving it.",
              desc="Any file type is accepted and an existing permit with the same name is silently overwritten."),
            F("PERMIT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read in Permit Download",
              "Resolve the path and ensure it stays inside `PERMIT_DIR`.", sd=-2, n=3),
            F("LABEL-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Pass an argument list to `subprocess.run` and drop `shell=True`.", sd=-2, n=3),
            F("CREW-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Crew Authentication Bypass When Key Is Unset",
              "Treat a missing `PYRO_CREW_KEY` as a configuration error.", sd=-2, n=3),
            F("SHEET-XSS-NOTES", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Show Sheet Notes",
              "HTML-escape the notes before rendering."),
            F("BOARD-LEAKS-PHONE", "MEDIUM", "Information Disclosure", "Client Phone Numbers Exposed on Public Board",
              "Remove personal data from the public board.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and Concurrency Findings

        These are less exploitable but matter a lot for a magazine that is licensed for a fixed net explosive
        quantity.
        """,
        Block([
            F("ISSUE-RACE", "HIGH", "Race Condition", "Race Condition When Issuing Magazine Stock",
              "Wrap the read and update in `_stock_lock` or a single conditional UPDATE.", d=-1,
              desc="Two crews issuing the same item at the same time both read the same quantity; the second write overwrites the first and the magazine total becomes wrong."),
            F("BOOKING-RACE", "MEDIUM", "Race Condition", "Concurrent Bookings Can Double-Book a Crew",
              "Use a transaction or a unique constraint.", d=+3),
            F("CREW-DOUBLE-BOOKED", "MEDIUM", "Logic Error", "Incorrect Crew Availability Check",
              "Use `if booked >= 1`.", sd=-2, n=3),
            F("SHOWS-PAGE-OFFSET", "LOW", "Logic Error", "Pagination Skips the First Page of Shows",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "The application is a single 260-line module; consider splitting it into blueprints."}),
            F("BOARD-REFRESH-RACE", "LOW", "Concurrency", "Non-Thread-Safe Board Cache",
              "Protect `_board` with a lock.", d=-3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-ORDER-INJECTION", "high", "security", "sql injection via order", "allow-list the column"),
            F("PERMIT-UPLOAD-FILENAME", "high", "security", "upload filename not sanitised", "secure_filename or show id"),
            F("PERMIT-PATH-TRAVERSAL", "high", "security", "file param path traversal", "check resolved path", d=-1),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load unsafe", "safe_load"),
            F("LABEL-SHELL-INJECTION", "high", "security", "shell injection in lp call", "no shell=True"),
            F("CREW-KEY-TIMING", "medium", "security", "crew key not compared in constant time", "hmac.compare_digest"),
            F("SHEET-XSS-NOTES", "medium", "security", "notes not escaped in sheet", "escape()"),
            F("BOARD-LEAKS-PHONE", "medium", "", "public board shows phone numbers", "drop phone column"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-NEQ-UNVALIDATED", "medium", "bug", "neq_kg not validated", "check range"),
            F("ISSUE-NEGATIVE-QTY", "medium", "bug", "negative qty accepted on issue", "qty > 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Remote code execution: unsafe YAML loading and shell command built from form input.
        2. Path traversal in permit upload and download.
        3. SQL injection in show search.
        4. Authentication weaknesses in the crew key check.
        5. Concurrency issues in stock issue, booking and the board cache.
        6. Several logic errors (pagination, crew clash, cancellations).
        """,
        Block([
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML deserialization in upload_script",
              "Use yaml.safe_load.", conf=0.95),
            F("LABEL-SHELL-INJECTION", "blocker", "security", "Command injection in print_labels",
              "Avoid shell=True.", conf=0.9),
            F("PERMIT-PATH-TRAVERSAL", "major", "security", "Path traversal in download_permit",
              "Validate the file name.", conf=0.85),
            F("PERMIT-UPLOAD-FILENAME", "major", "security", "Unsanitized upload filename in upload_permit",
              "Use werkzeug secure_filename.", conf=0.85),
            F("SEARCH-ORDER-INJECTION", "major", "security", "SQL injection in search_shows ORDER BY",
              "Whitelist sortable columns.", d=+1, conf=0.85),
            F("CREW-KEY-FAILS-OPEN", "major", "security", "crew_only bypass when PYRO_CREW_KEY is missing",
              "Fail closed when the key is not configured.", conf=0.8),
            F("CREW-KEY-TIMING", "minor", "security", "Timing attack on crew key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("ISSUE-RACE", "major", "concurrency", "Lost update on stock quantity in issue_stock",
              "Use _stock_lock or an atomic UPDATE.", d=-1, conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Race between crew availability check and insert",
              "Use a transaction with a unique constraint.", conf=0.7),
            F("CREW-DOUBLE-BOOKED", "major", "correctness", "Crew availability check uses > 1",
              "Use >= 1.", conf=0.8),
            F("BOARD-REFRESH-RACE", "minor", "concurrency", "Shared board cache modified without lock",
              "Add a threading.Lock.", conf=0.6),
            F("BOARD-LEAKS-PHONE", "major", "security", "Personal data (phone) on the public board",
              "Remove phone from the query.", conf=0.8),
            F("SHOWS-PAGE-OFFSET", "minor", "correctness", "Pagination offset starts at the second page",
              "Use (page - 1) * size.", conf=0.8),
            F("SHOWS-NEGATIVE-SIZE", "minor", "performance", "Unbounded page size with negative size parameter",
              "Clamp size to at least 1.", anchor="offset = page * size", conf=0.6),
            F("CANCEL-UNKNOWN-SHOW", "minor", "reliability", "cancel_show crashes on unknown show id",
              "Return 404 when no row is found.", conf=0.7),
            F("CANCEL-REFUND-BOUNDARY", "minor", "correctness", "Refund threshold excludes day 14",
              "Use >= FULL_REFUND_DAYS.", d=-1, conf=0.7),
            F("LABEL-PRINT-ERRORS-IGNORED", "minor", "reliability", "Print failures are silently ignored",
              "Check the return code.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 8 major, 7 minor"),
    ]),
}

"""test96/py-stiltgigs: a stilt-walking troupe's gig bookings and stilt inspections (Python). Frozen test split test96.

Written 2026-12-06 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test96: seeded problems in a small Flask service for a stilt-walking troupe (gig bookings, "
    "the walker roster, stilt inspections); five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "MGR-FAILS-OPEN": P(A, "if MANAGER_KEY and supplied != MANAGER_KEY:", "security", "manager_key lets every request through when MANAGER_KEY is unset (the default is the empty string)", "signature-vs-statement"),
    "MGR-TIMING": P(A, "if MANAGER_KEY and supplied != MANAGER_KEY:", "security", "manager key compared with != instead of hmac.compare_digest (timing side channel)"),
    "SORT-SQLI": P(A, 'ORDER BY {order}"', "security", "sort query value formatted into the ORDER BY clause of /gigs: SQL injection", "source-vs-sink"),
    "WALKERS-UNCHECKED": P(A, 'walkers = int(body.get("walkers", 1))', "bug", "walkers never checked: zero or negative walkers give a zero or negative fee"),
    "HOURS-UNCHECKED": P(A, 'hours = float(body.get("hours", 2))', "bug", "hours never checked: negative, zero, nan or absurd hours go straight into the fee"),
    "STATS-RACE": P(A, '_stats["booked"] += 1', "bug", "_stats counters updated without _stats_lock from concurrent requests (lost updates; /stats reads them under the lock)", "critical-section"),
    "GIG-IDOR": P(A, "SELECT * FROM gigs WHERE id = ?", "security", "/gigs/<id> has no authentication: any gig's client, email, venue and fee readable by id", "signature-vs-statement"),
    "REFUND-BOUNDARY": P(A, 'refund = row["fee"] if days_left > CANCEL_FREE_DAYS', "bug", "days_left > 14: a gig cancelled exactly 14 days ahead gets half, though the rule is a full refund at 14 or more", "off-by-one"),
    "CANCEL-TWICE": P(A, "UPDATE gigs SET status = 'cancelled'", "bug", "status never checked: an already cancelled (or past) gig is cancelled again and refunded again"),
    "CANCEL-NO-AUTH": P(A, "UPDATE gigs SET status = 'cancelled'", "security", "cancel has no authentication or ownership check: anyone can cancel any gig by id"),
    "PAGE-OFFSET": P(A, "(size, page * size),", "bug", "OFFSET page * size with pages from 1: page 1 skips the first page of walkers", "off-by-one"),
    "SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "roster page size not bounded: size=1000000 (or -1, no limit in SQLite) dumps the whole table"),
    "BACKDATED-INSPECTION": P(A, 'inspected_on = date.fromisoformat(body.get("inspected_on"', "bug", "inspected_on taken from the body unchecked: a future date pushes next_due far beyond 90 days"),
    "FAILED-STILL-DUE-LATER": P(A, "next_due = inspected_on + timedelta(days=INSPECTION_DAYS)", "bug", "a failed inspection still sets next_due 90 days out, so failed stilts drop off the due list instead of coming back for repair"),
    "DUE-WINDOW": P(A, "if today < next_due <= today + timedelta(days=horizon):", "bug", "today < next_due drops stilts due today and every overdue stilt from /stilts/due", "off-by-one"),
    "DUE-FULL-SCAN": P(A, 'for row in get_db().execute("SELECT id, label, next_due FROM stilts ORDER BY next_due"):', "performance", "every stilt is loaded and filtered in Python instead of a WHERE on next_due"),
    "ASSIGN-RACE": P(A, "if stilt_id in _assignments:", "bug", "check-then-set on _assignments without _assign_lock: two requests can assign the same stilts to two walkers", "critical-section"),
    "ASSIGN-GIG-UNCHECKED": P(A, "_assignments[stilt_id] = walker_id", "bug", "gig_id never checked or stored: stilts can be assigned to an unknown or cancelled gig and the assignment does not record the gig"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(path)", "security", "name form field (or the upload's filename) joined to PHOTO_DIR unchecked: path traversal on save", "source-vs-sink"),
    "PHOTO-ANY-FILE": P(A, 'photo = request.files["photo"]', "security", "no type or size check on the uploaded photo: any file (HTML, scripts) stored and served back from /photos"),
    "PRINT-PRINTER-INJECTION": P(A, 'subprocess.run(f"lp -d {printer}', "security", "printer query value formatted into a shell=True lp command: command injection", "source-vs-sink"),
    "PRINT-COPIES-INJECTION": P(A, 'subprocess.run(f"lp -d {printer}', "security", "copies query value also reaches the shell unquoted and unparsed (a second injection point)"),
    "YAML-UNSAFE": P(A, "yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on a request body: arbitrary object construction"),
    "CARD-XSS": P(A, "<p>{row['notes']}</p>", "security", "stilt card inserts the inspection notes into HTML unescaped (the label is escaped): stored XSS"),
}

CONFUSABLE = [
    ("MGR-FAILS-OPEN", "MGR-TIMING"),
    ("WALKERS-UNCHECKED", "HOURS-UNCHECKED"),
    ("REFUND-BOUNDARY", "CANCEL-TWICE"),
    ("REFUND-BOUNDARY", "CANCEL-NO-AUTH"),
    ("CANCEL-TWICE", "CANCEL-NO-AUTH"),
    ("SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("BACKDATED-INSPECTION", "FAILED-STILL-DUE-LATER"),
    ("DUE-FULL-SCAN", "DUE-WINDOW"),
    ("ASSIGN-RACE", "ASSIGN-GIG-UNCHECKED"),
    ("PHOTO-ANY-FILE", "PHOTO-TRAVERSAL"),
    ("PRINT-PRINTER-INJECTION", "PRINT-COPIES-INJECTION"),
]

G3 = dict(n=3)  # gemini quotes three lines, mostly starting two above the problem line

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `app.py` end to end (it is the whole service: gig bookings, the walker roster, stilt inspections,
        photo uploads and contract printing). The inspector endpoints are guarded properly (`inspector_only`
        fails closed and uses `hmac.compare_digest`), `/stats` copies the counters under `_stats_lock`,
        `send_from_directory` serves photos safely and the error handler no longer leaks exceptions. The manager
        side is where most of the risk is.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | `manager_key` fails open when `MANAGER_KEY` is unset |
        | P0 | injection | `/gigs?sort=`, `/contract?printer=`, `yaml.load` |
        | P1 | data exposure | `/gigs/<id>` and `/cancel` have no auth at all |
        | P1 | files | photo upload path traversal |
        | P2 | correctness | fee inputs, refund boundary, paging, due list, assignment race |

        Security findings first:
        """,
        Block([
            F("MGR-FAILS-OPEN", "critical", "security", "`manager_key` allows every request when `MANAGER_KEY` is not set",
              "Refuse to start (or return 503) when `MANAGER_KEY` is empty; the guard must fail closed like `inspector_only`.",
              symbol="manager_key.wrapper", conf=0.93),
            F("MGR-TIMING", "low", "security", "Manager key compared with `!=` rather than a constant-time comparison",
              "Use `hmac.compare_digest(supplied, MANAGER_KEY)` as the inspector guard already does.",
              symbol="manager_key.wrapper", conf=0.6),
            F("SORT-SQLI", "critical", "security", "SQL injection through the `sort` parameter of `GET /gigs`",
              "Map `sort` onto an allow-list of column names (`gig_date`, `client`, `fee`) and never format it into SQL.",
              symbol="list_gigs", conf=0.95),
            F("GIG-IDOR", "high", "security", "`GET /gigs/<id>` returns any booking, including client e-mail, to anyone",
              "Require the manager key, or a per-booking token sent to the client, and select only the fields the caller needs.",
              symbol="gig_detail", conf=0.85),
            F("PRINT-PRINTER-INJECTION", "critical", "security", "Shell injection in contract printing via `printer`",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(int(copies)), path], check=True)` without a shell and allow-list printer names.",
              symbol="print_contract", conf=0.92),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_walkers", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload writes to a path built from the client-supplied `name`",
              "Pass the name through `werkzeug.utils.secure_filename` (or generate one) and check the result stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.88),
            F("CARD-XSS", "medium", "security", "Stilt card renders inspection `notes` without escaping",
              "Escape `notes` (and `next_due`) like the label, or render through a Jinja template with autoescaping.",
              symbol="stilt_card", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("WALKERS-UNCHECKED", "medium", "bug", "`walkers` is not validated when booking",
              "Reject `walkers < 1` (and more walkers than the troupe has); a negative count produces a negative fee.",
              symbol="book_gig", conf=0.75),
            F("HOURS-UNCHECKED", "medium", "bug", "`hours` is not validated when booking",
              "Require `0 < hours <= 12` and reject `nan`; `float()` accepts `\"nan\"` and `\"-3\"`.",
              symbol="book_gig", conf=0.72),
            F("STATS-RACE", "low", "bug", "`_stats` counters are updated without `_stats_lock`",
              "Wrap both increments in `with _stats_lock:`; `/stats` takes the lock but the writers do not, so updates can be lost under a threaded server.",
              n=2, symbol="book_gig", conf=0.7),
            F("REFUND-BOUNDARY", "medium", "bug", "Cancelling exactly 14 days ahead only refunds half",
              "The constant says a full refund at 14 or more days; use `days_left >= CANCEL_FREE_DAYS`.",
              symbol="cancel_gig", conf=0.8),
            F("CANCEL-TWICE", "medium", "bug", "A cancelled gig can be cancelled (and refunded) again",
              "Check `row[\"status\"] == \"booked\"` before updating; also refuse gigs whose date has passed.",
              symbol="cancel_gig", conf=0.78),
            F("PAGE-OFFSET", "medium", "bug", "Roster paging skips the first page",
              "Pages start at 1, so the offset must be `(page - 1) * size`.",
              symbol="roster", conf=0.85),
            F("BACKDATED-INSPECTION", "low", "bug", "`inspected_on` is accepted from the client without bounds",
              "Use today's date, or reject dates in the future; a future date silently extends the inspection interval.",
              symbol="inspect_stilt", conf=0.55),
            F("FAILED-STILL-DUE-LATER", "medium", "bug", "A failed inspection schedules the next one 90 days out",
              "When `passed` is false set `next_due` to today so the stilts show up as due for repair and re-inspection.",
              symbol="inspect_stilt", conf=0.7),
            F("DUE-WINDOW", "high", "bug", "`/stilts/due` never lists stilts that are due today or already overdue",
              "Drop the lower bound: `if next_due <= today + timedelta(days=horizon)`; overdue stilts are the ones that matter most.",
              symbol="stilts_due", conf=0.86),
            F("ASSIGN-RACE", "medium", "bug", "Stilt assignment check and insert are not atomic",
              "Do the membership test and the assignment under `_assign_lock` (the lock exists and is used by `clear_assignments`).",
              n=3, symbol="assign_stilts", conf=0.74),
            F("ASSIGN-GIG-UNCHECKED", "low", "bug", "Assignment ignores the gig it is made for",
              "Look the gig up (exists, status `booked`, today) and key assignments by `(gig_id, stilt_id)`; today `gig_id` is only echoed back.",
              d=1, symbol="assign_stilts", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection via ?sort= in list_gigs",
              "Allow-list sortable columns.", d=-2),
            F("PRINT-PRINTER-INJECTION", "critical", "security", "Command injection: printer arg reaches shell=True",
              "argv list, no shell.", d=-1),
            F("PRINT-COPIES-INJECTION", "high", "security", "copies is passed to the shell unvalidated",
              "int(copies), clamp 1..20.", d=-2),
            F("YAML-UNSAFE", "critical", "security", "Unsafe YAML load of request body",
              "yaml.safe_load."),
            F("MGR-FAILS-OPEN", "high", "security", "manager_key is a no-op when MANAGER_KEY is empty",
              "Fail closed.", d=-2),
            F("GIG-IDOR", "high", "security", "gig_detail unauthenticated; exposes client PII",
              "Require manager_key.", d=-1),
            F("CANCEL-NO-AUTH", "high", "security", "Anyone can cancel any gig",
              "Authenticate and check ownership."),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via form field name in upload_photo",
              "secure_filename().", d=-2),
            F("REFUND-BOUNDARY", "medium", "bug", "Off-by-one in free-cancellation window (> vs >=)",
              ">= CANCEL_FREE_DAYS."),
            F("WALKERS-UNCHECKED", "medium", "bug", "Negative walkers -> negative fee",
              "Validate >= 1."),
            F("DUE-WINDOW", "medium", "bug", "Overdue stilts excluded from /stilts/due",
              "Remove lower bound.", d=-1),
            F("STATS-RACE", "low", "bug", "Unlocked _stats increments",
              "with _stats_lock.", d=1),
            F("ASSIGN-RACE", "medium", "bug", "TOCTOU on _assignments",
              "Hold _assign_lock.", d=2),
            F("ASSIGN-GIG-UNCHECKED", "low", "bug", "gig_id never validated in assign_stilts",
              "Check the gig exists and is booked."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the stilt-walking troupe service in `app.py`. It is a single Flask application that
        manages gig bookings, a roster of walkers, and periodic safety inspections of the stilts themselves.

        **Overall assessment:** the application has several critical vulnerabilities. The manager authentication
        can be bypassed entirely, user input flows into SQL, a shell command and a YAML deserializer, and some
        endpoints that expose customer data have no authentication at all. There are also logic errors in
        cancellations and in the inspection workflow, which matters for a safety process.

        ### Security Findings
        """,
        Block([
            F("MGR-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When MANAGER_KEY Is Unset",
              "Treat an empty `MANAGER_KEY` as a configuration error and deny all requests.", sd=-2, **G3,
              desc="The condition `if MANAGER_KEY and ...` short-circuits when the environment variable is missing, so every manager endpoint becomes public."),
            F("MGR-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`.", sd=-2, **G3),
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Gig Listing Sort Order",
              "Validate `sort` against a fixed list of columns.", d=-1, sd=-2, **G3,
              desc="The `sort` parameter is interpolated directly into the `ORDER BY` clause with an f-string."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Walker Import",
              "Use `yaml.safe_load()`.", sd=-2, **G3),
            F("PRINT-PRINTER-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Contract Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, **G3,
              desc="Both `printer` and `copies` come from the query string and are placed into a shell command line."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Stilt Photo Upload",
              "Sanitize the file name with `secure_filename`.", d=-1, sd=-3, **G3),
            F("PHOTO-ANY-FILE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type in Photo Upload",
              "Check the MIME type and extension and limit the size (`MAX_CONTENT_LENGTH`).", sd=-2, **G3),
            F("GIG-IDOR", "HIGH", "Broken Access Control", "Unauthenticated Access to Gig Details",
              "Protect the endpoint with `manager_key`.", sd=-2, **G3),
            F("CANCEL-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Gig Cancellation",
              "Require authentication for cancellation.", sd=-2, **G3),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Stilt Inspection Card",
              "Escape `notes` with `escape()`.", sd=-2, **G3),
        ], wrap="list"),
        """
        ### Logic, Concurrency and Performance Findings
        """,
        Block([
            F("STATS-RACE", "MEDIUM", "Race Condition", "Race Condition on Global Statistics",
              "Acquire `_stats_lock` when incrementing the counters.", d=1, sd=-1, **G3),
            F("CANCEL-TWICE", "MEDIUM", "Logic Error", "Gigs Can Be Cancelled Multiple Times",
              "Check the current status before cancelling.", sd=-2, **G3),
            F("PAGE-OFFSET", "LOW", "Logic Error", "Pagination Offset Off By One",
              "Use `(page - 1) * size`.", d=-1, sd=-3, **G3),
            F("SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Roster",
              "Cap `size` (e.g. at 100).", sd=-2, **G3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting app.py into blueprints for gigs, stilts and walkers."}),
            F("FAILED-STILL-DUE-LATER", "HIGH", "Logic Error", "Failed Inspections Are Scheduled As If They Passed",
              "Only schedule the next inspection in 90 days when the stilts pass.", sd=-2, **G3,
              desc="`next_due` is always `inspected_on + 90 days`, regardless of the `passed` flag."),
            F("ASSIGN-RACE", "MEDIUM", "Race Condition", "Race Condition in Stilt Assignment",
              "Protect the check and the write with `_assign_lock`.", d=2, sd=0, **G3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("MGR-FAILS-OPEN", "error", "security", "manager auth disabled when MANAGER_KEY unset", "fail closed"),
            F("SORT-SQLI", "error", "security", "sql injection in sort param", "whitelist columns"),
            F("PRINT-PRINTER-INJECTION", "error", "security", "shell injection in lp call", "no shell=True"),
            F("YAML-UNSAFE", "error", "security", "yaml.load unsafe", "safe_load"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo name not sanitized", "secure_filename"),
            F("PHOTO-ANY-FILE", "warning", "security", "any file type accepted as photo", "check extension and size"),
            F("CANCEL-NO-AUTH", "warning", "security", "cancel endpoint has no auth", "add manager_key or token"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CANCEL-TWICE", "warning", "bug", "cancel doesnt check status", "only cancel booked gigs"),
            F("PAGE-OFFSET", "warning", "", "roster page 1 skips first rows", "(page-1)*size"),
            F("DUE-WINDOW", "warning", "bug", "overdue stilts not in due list", "drop today < next_due"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        `app.py` is a Flask + SQLite service for a stilt-walking troupe. I found 17 issues.

        ### Summary
        1. Authentication can be bypassed when the manager key is not configured.
        2. Injection: SQL (sort), shell (printer/copies), YAML deserialization.
        3. Broken access control on gig details and cancellation.
        4. Path traversal and stored XSS around stilt photos and cards.
        5. Input validation gaps in bookings and refunds.
        6. Thread-safety of in-memory state.
        7. Inspection scheduling errors.
        """,
        Block([
            F("MGR-FAILS-OPEN", "blocker", "security", "Manager authentication fails open",
              "Deny requests when MANAGER_KEY is empty.", conf=0.9),
            F("SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY",
              "Use a whitelist for the sort column.", conf=0.9),
            F("PRINT-PRINTER-INJECTION", "blocker", "security", "Command injection via printer name",
              "Use an argument list without shell=True.", conf=0.9),
            F("PRINT-COPIES-INJECTION", "major", "security", "Command injection via copies parameter",
              "Parse copies as an integer.", conf=0.75),
            F("YAML-UNSAFE", "blocker", "security", "Insecure YAML deserialization",
              "Use yaml.safe_load.", conf=0.9),
            F("GIG-IDOR", "major", "security", "Missing authorization on gig details",
              "Add authentication.", d=-1, conf=0.8),
            F("CANCEL-NO-AUTH", "major", "security", "Missing authorization on gig cancellation",
              "Add authentication and ownership check.", conf=0.8),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize file names.", d=-1, conf=0.85),
            F("CARD-XSS", "major", "security", "Stored XSS in stilt card notes",
              "Escape all user-controlled fields.", conf=0.8),
            F("WALKERS-UNCHECKED", "minor", "correctness", "Walker count not validated",
              "Require walkers >= 1.", conf=0.7),
            F("HOURS-UNCHECKED", "minor", "correctness", "Hours not validated before fee calculation",
              "Require a positive, bounded number of hours.", d=-1, conf=0.65),
            F("STATS-RACE", "minor", "concurrency", "Statistics counters not thread-safe",
              "Use _stats_lock for writes.", conf=0.7),
            F("REFUND-BOUNDARY", "major", "correctness", "Refund boundary off by one day",
              "Compare with >= CANCEL_FREE_DAYS.", d=-1, conf=0.75),
            F("FAILED-STILL-DUE-LATER", "major", "correctness", "Failed inspection still postpones the next due date",
              "Schedule failed stilts for re-inspection immediately.", conf=0.7),
            F("DUE-WINDOW", "major", "correctness", "Due list excludes overdue stilts",
              "Include next_due <= today.", conf=0.8),
            F("DUE-FULL-SCAN", "minor", "performance", "Due list filters all stilts in Python",
              "Filter with a WHERE clause on next_due.", conf=0.6),
            F("ASSIGN-RACE", "major", "concurrency", "Race condition in stilt assignment",
              "Hold _assign_lock around check and insert.", conf=0.75),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 9 major, 4 minor"),
    ]),
}

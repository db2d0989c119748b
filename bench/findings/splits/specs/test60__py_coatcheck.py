"""test60/py-coatcheck: a museum cloakroom ticket desk (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test60: seeded problems in a museum cloakroom ticket desk; five agents' answers "
    "written by hand."
)

A = "coatcheck/app.py"
PROBLEMS = {
    "DESK-FAIL-OPEN": P(A, "if DESK_KEY and given != DESK_KEY:", "security", "desk key unset: every desk endpoint is open (fails open)"),
    "DESK-KEY-TIMING": P(A, "if DESK_KEY and given != DESK_KEY:", "security", "desk key compared with != instead of a constant-time compare"),
    "TICKET-SEQ-RACE": P(A, '_next_seq["n"] += 1', "bug", "module-level day sequence read, reset and incremented without a lock: two check-ins get the same ticket number", "critical-section"),
    "TICKET-GUESSABLE": P(A, "return f\"{today[5:]}-{_next_seq['n']:03d}\"", "security", "sequential per-day ticket numbers: any ticket (and its public receipt) can be guessed"),
    "HOOK-LAST-SKIPPED": P(A, "for hook in range(1, HOOKS):", "bug", "range(1, HOOKS) stops at 239: hook 240 is never handed out and the desk reports full early", "off-by-one"),
    "FEE-SECONDS": P(A, "hours = stay.seconds // 3600", "bug", "timedelta.seconds drops whole days: an item left overnight is charged for the hours past midnight only"),
    "HANDOVER-PICKLE": P(A, "return pickle.loads(", "security", "handover upload unpickled: code execution from the request body", "signature-vs-statement"),
    "LABEL-SHELL": P(A, 'subprocess.run(f"lp -d cloakroom', "security", "copies query value formatted into an lp command run through the shell", "signature-vs-statement"),
    "LABEL-TMP-PREDICTABLE": P(A, 'path = os.path.join("/tmp", f"coatcheck-label-', "security", "label written to a predictable /tmp path named after the ticket (symlink clobbering, other users read it)"),
    "CHECKIN-COUNT-NONPOSITIVE": P(A, "if count > MAX_ITEMS_PER_TICKET:", "bug", "only the upper bound is checked: zero or negative item counts are stored (negative fees at collection)"),
    "HOOK-RACE": P(A, "hook = free_hook(db)", "bug", "free hook chosen then inserted without _hook_lock (declared, never used): two attendants get the same hook", "critical-section"),
    "COLLECT-SQLI": P(A, "row = db.execute(f\"SELECT * FROM tickets WHERE ticket = '{ticket}'", "security", "ticket form value formatted into the SELECT", "source-vs-sink"),
    "COLLECT-DOUBLE": P(A, 'db.execute("UPDATE tickets SET collected_at = ?', "bug", "SELECT then unconditional UPDATE: two desks can both hand out one ticket's items", "critical-section"),
    "LOST-WILDCARD": P(A, "WHERE visitor LIKE ?", "security", "visitor form value used as a LIKE pattern: an empty name or % lists every open ticket number", "source-vs-sink"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "upload.save(os.path.join(PHOTO_DIR, name))", "security", "client filename joined to the photo dir: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-UPLOAD-ANY-FILE": P(A, 'upload = request.files["photo"]', "security", "upload type and size never checked (HTML/SVG later served from the photo route)"),
    "PHOTO-READ-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "path: name joined to the photo dir and sent: files outside it can be read"),
    "PHOTO-PUBLIC": P(A, "def photo(name):", "security", "photos of visitors' valuables served without any key"),
    "RECEIPT-XSS-VISITOR": P(A, "html += f\"<p>{row['visitor']}", "security", "visitor name interpolated into the receipt HTML unescaped"),
    "RECEIPT-XSS-NOTE": P(A, "html += f\"<p>Note: {row['note']}", "security", "note interpolated into the receipt HTML unescaped"),
    "RECEIPT-PHONE-PUBLIC": P(A, "html += f\"<p>Note: {row['note']}", "security", "public receipt (no key, guessable ticket) shows the visitor's phone number"),
    "DESK-PAGE-OFFSET": P(A, '"ORDER BY hook LIMIT ? OFFSET ?", (size, page * size)', "bug", "1-based page times size: page 1 skips the first page of open tickets", "off-by-one"),
    "EXPORT-NO-AUTH": P(A, "def export_csv():", "security", "CSV export with names and phone numbers has no key at all"),
    "EXPORT-CSV-FORMULA": P(A, "writer.writerow(list(row))", "security", "visitor-supplied fields written to CSV unneutralised (formula injection in the spreadsheet)"),
    "DEBUG-RUN": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("DESK-FAIL-OPEN", "DESK-KEY-TIMING"),
    ("TICKET-SEQ-RACE", "TICKET-GUESSABLE"),
    ("LABEL-SHELL", "LABEL-TMP-PREDICTABLE"),
    ("CHECKIN-COUNT-NONPOSITIVE", "HOOK-RACE"),
    ("COLLECT-SQLI", "COLLECT-DOUBLE"),
    ("PHOTO-UPLOAD-TRAVERSAL", "PHOTO-UPLOAD-ANY-FILE"),
    ("PHOTO-READ-TRAVERSAL", "PHOTO-PUBLIC"),
    ("RECEIPT-XSS-VISITOR", "RECEIPT-XSS-NOTE"),
    ("RECEIPT-XSS-NOTE", "RECEIPT-PHONE-PUBLIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `coatcheck/app.py`

        The cloakroom service is one Flask module. The biggest exposures are the desk key (which silently turns
        into "no key" when the environment variable is missing), one string-built query in `/collect`, the label
        printer's shell command and the pickle-based handover import. Several routes that a visitor's phone can
        reach (`/photos/...`, `/tickets/<ticket>/receipt`, `/desk/export.csv`) need no key at all, and ticket numbers
        are sequential, so "unauthenticated" here means "anyone on the museum Wi-Fi".

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection / deserialization | 3 |
        | High | access control, path handling, concurrency | 8 |
        | Medium | correctness | 6 |

        Done right and worth keeping: `manager_only` fails closed and uses `hmac.compare_digest`; `/board` reads and
        fills its cache under `_board_lock`; every query except the one in `/collect` binds its parameters; the item
        type is checked against `ITEM_TYPES`; `PAGE_MAX` caps the page size.
        """,
        Block([
            F("COLLECT-SQLI", "critical", "security", "SQL injection through the `ticket` form field in `/collect`",
              "Bind it: `db.execute(\"SELECT * FROM tickets WHERE ticket = ? AND collected_at IS NULL\", (ticket,))`.",
              symbol="collect", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "`copies` query parameter reaches a shell command in `print_label`",
              "Validate `copies` as a small int and call `subprocess.run([\"lp\", \"-d\", \"cloakroom\", \"-n\", str(n), path], check=True)`.",
              symbol="print_label", conf=0.9),
            F("HANDOVER-PICKLE", "critical", "security", "`load_handover` unpickles the uploaded request body",
              "Use JSON (or CSV) for the handover file; `pickle.loads` runs code chosen by whoever can reach `/desk/handover`.",
              symbol="load_handover", conf=0.85),
            F("DESK-FAIL-OPEN", "high", "security", "Desk key check fails open when `COATCHECK_DESK_KEY` is unset",
              "Refuse to start without a key, or make the check `if not DESK_KEY or not hmac.compare_digest(...)`, as `manager_only` already does.",
              symbol="desk_key.wrapper", conf=0.9),
            F("DESK-KEY-TIMING", "low", "security", "Desk key compared with `!=`",
              "Use `hmac.compare_digest` so the comparison time does not depend on the matching prefix.",
              symbol="desk_key.wrapper", conf=0.6),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Upload path comes from the client's filename",
              "Store under a generated name (`f\"{ticket}-{uuid4().hex}.jpg\"`) or at least `secure_filename`; `../` in the multipart filename escapes `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "`/photos/<path:name>` joins an arbitrary path to `PHOTO_DIR`",
              "Use `send_from_directory(PHOTO_DIR, name)`, which rejects paths outside the directory.",
              symbol="photo", conf=0.8),
            F("RECEIPT-XSS-VISITOR", "high", "security", "Receipt HTML interpolates the visitor name unescaped",
              "Escape `row['visitor']` like `row['item']` on the same line, or render a template with autoescaping.",
              symbol="receipt", conf=0.85),
            F("RECEIPT-XSS-NOTE", "high", "security", "Receipt HTML interpolates the attendant note unescaped",
              "Escape `row['note']`.", symbol="receipt", conf=0.8),
            F("RECEIPT-PHONE-PUBLIC", "medium", "security", "Public receipt page discloses the visitor's phone number",
              "The receipt route has no key and ticket numbers are sequential: drop the phone from the page or mask it.",
              symbol="receipt", conf=0.75),
        ]),
        "Concurrency and correctness (Flask's threaded server makes the first three real):",
        Block([
            F("TICKET-SEQ-RACE", "high", "bug", "`next_ticket` can hand two visitors the same ticket number",
              "Increment under a lock, or let SQLite assign the number (an `INTEGER PRIMARY KEY` per day plus a unique index on `ticket`).",
              symbol="next_ticket", conf=0.8),
            F("HOOK-RACE", "high", "bug", "Two concurrent check-ins can be given the same hook",
              "`_hook_lock` is declared but never taken: hold it from `free_hook` through the INSERT's commit, and add a unique index on open hooks.",
              symbol="checkin", conf=0.8),
            F("COLLECT-DOUBLE", "medium", "bug", "A ticket can be collected twice by two desks at once",
              "Make the update conditional (`... WHERE id = ? AND collected_at IS NULL`) and check `rowcount` before handing anything over.",
              symbol="collect", conf=0.7),
            F("HOOK-LAST-SKIPPED", "medium", "bug", "`free_hook` never returns hook 240",
              "`range(1, HOOKS + 1)`; the comment says the rails are numbered 1..240.",
              symbol="free_hook", conf=0.9),
            F("DESK-PAGE-OFFSET", "medium", "bug", "`/desk/open` skips the first page",
              "Pages start at 1, so the offset is `(page - 1) * size`; also reject `page < 1`.",
              symbol="open_tickets", conf=0.85),
            F("FEE-SECONDS", "medium", "bug", "`fee_for` uses `timedelta.seconds`, which ignores days",
              "Use `int(stay.total_seconds() // 3600)`; a coat left over a weekend is charged as if it arrived this morning.",
              symbol="fee_for", conf=0.85),
            F("CHECKIN-COUNT-NONPOSITIVE", "low", "bug", "Item count has no lower bound",
              "Reject `count < 1`; a negative count later produces a negative fee.", symbol="checkin", conf=0.7),
            F("EXPORT-NO-AUTH", "high", "security", "`/desk/export.csv` has no access check",
              "Put `@manager_only` on it: it exports every visitor's name and phone number.", symbol="export_csv", conf=0.9),
            F("DEBUG-RUN", "medium", "security", "Debug server bound to all interfaces",
              "Drop `debug=True` and serve with a WSGI server behind the museum proxy.", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no tests in repo).",
        Block([
            F("COLLECT-SQLI", "critical", "security", "SQLi: ticket from form interpolated into SELECT", "Use a bound parameter.", d=-2),
            F("LABEL-SHELL", "critical", "security", "print_label runs lp via shell with request-controlled copies", "argv list, int(copies).", d=-3),
            F("HANDOVER-PICKLE", "high", "security", "pickle.loads on uploaded handover blob", "JSON.", d=-2),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Photo upload trusts upload.filename", "secure_filename or generated name.", d=-1),
            F("LOST-WILDCARD", "medium", "security", "/lost: visitor string is a LIKE pattern; '%' returns all open tickets with numbers", "Escape % and _; require a minimum length; exact match.", d=-2),
            F("DESK-FAIL-OPEN", "high", "security", "desk_key is a no-op when COATCHECK_DESK_KEY is empty", "Fail closed."),
            F("TICKET-SEQ-RACE", "medium", "bug", "Duplicate ticket numbers under concurrent check-ins", "Lock or DB sequence.", d=-2),
            F("HOOK-RACE", "medium", "bug", "Same hook can be assigned twice (free_hook/INSERT not atomic)", "Hold _hook_lock; unique index.", d=3),
            F("COLLECT-DOUBLE", "medium", "bug", "collect: read-then-update lets one ticket be collected twice", "UPDATE ... AND collected_at IS NULL; check rowcount.", d=-3),
            F("HOOK-LAST-SKIPPED", "low", "bug", "range(1, HOOKS) excludes hook 240", "HOOKS + 1."),
            F("DESK-PAGE-OFFSET", "low", "bug", "OFFSET page*size with 1-based page", "(page-1)*size.", d=-1),
            F("FEE-SECONDS", "low", "bug", "timedelta.seconds ignores days in fee_for", "total_seconds()."),
            F("TICKET-GUESSABLE", "low", "security", "Ticket numbers are sequential and guessable", "Random suffix."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `coatcheck` application, a Flask service for a museum cloakroom desk that handles
        check-in, collection, lost tickets, labels and photos of stored items.

        **Overall Assessment**

        The application has several critical security vulnerabilities, including SQL injection, command injection
        and insecure deserialization, together with broken access control on several routes. There are also
        concurrency issues in ticket and hook allocation that will appear at busy times, when the desk has several
        attendants.

        **Security Findings**
        """,
        Block([
            F("COLLECT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Collection",
              "Use parameterized queries for the ticket lookup.", n=3, sd=-2,
              desc="The `ticket` value from the form is placed directly into an f-string SQL query. An attacker at the desk tablet can submit `' OR '1'='1` to collect any ticket."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Pass an argument list to `subprocess.run` and validate `copies`.", n=3, sd=-2,
              desc="The `copies` query parameter is interpolated into a shell command executed with `shell=True`."),
            F("HANDOVER-PICKLE", "CRITICAL", "Insecure Deserialization", "Insecure Deserialization of Handover Data",
              "Use a safe format such as JSON.", n=3, sd=-2),
            F("DESK-FAIL-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypassed When Key Is Not Configured",
              "Deny all requests when `DESK_KEY` is empty.", n=3, sd=-2),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `werkzeug.utils.secure_filename`.", n=3, sd=-2),
            F("PHOTO-READ-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory`.", n=3, sd=-2),
            F("RECEIPT-XSS-NOTE", "HIGH", "Cross-Site Scripting", "Stored XSS in Receipt Page",
              "Escape all user-controlled values in the receipt HTML.", n=3, sd=-2,
              desc="The `note` field is rendered into the receipt HTML without escaping."),
            F("EXPORT-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Export of Visitor Data",
              "Protect the export endpoint with `manager_only`.", d=1, n=3, sd=-1),
            F("EXPORT-CSV-FORMULA", "MEDIUM", "CSV Injection", "CSV Formula Injection in Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", n=3, sd=-2),
            F("DEBUG-RUN", "MEDIUM", "Security Misconfiguration", "Debug Mode Enabled in Production Entrypoint",
              "Disable debug mode.", n=3, sd=-2),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**
        """,
        Block([
            F("TICKET-SEQ-RACE", "HIGH", "Race Condition", "Race Condition in Ticket Number Generation",
              "Protect `_next_seq` with a lock or use a database sequence.", n=3, sd=-2,
              desc="`_next_seq` is shared between request threads; the check, reset and increment are not atomic."),
            F("HOOK-RACE", "HIGH", "Race Condition", "Hook Allocation Is Not Atomic",
              "Acquire `_hook_lock` around allocation and insert.", d=1, n=3, sd=-1),
            F("COLLECT-DOUBLE", "MEDIUM", "Concurrency", "Double Collection of the Same Ticket",
              "Use a conditional UPDATE and check the affected row count.", n=3, sd=-2),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module is large; consider splitting routes into blueprints."}),
            F("FEE-SECONDS", "MEDIUM", "Logic Error", "Incorrect Fee Calculation for Multi-Day Stays",
              "Use `total_seconds()`.", n=3, sd=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("COLLECT-SQLI", "error", "security", "sql injection in collect", "bind ticket"),
            F("LABEL-SHELL", "error", "security", "shell injection via copies", "no shell, int copies"),
            F("PHOTO-READ-TRAVERSAL", "error", "security", "path traversal in /photos", "send_from_directory"),
            F("PHOTO-PUBLIC", "warning", "security", "photos readable without desk key", "add @desk_key", d=-1),
            F("DESK-FAIL-OPEN", "warning", "security", "empty desk key = no auth", "fail closed"),
            F("HOOK-LAST-SKIPPED", "warning", "", "hook 240 never used", "range(1, HOOKS + 1)", d=1),
            F("CHECKIN-COUNT-NONPOSITIVE", "warning", "bug", "negative count accepted", "count >= 1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in `/collect`, shell in `print_label`, pickle in `load_handover`.
        2. Access control: the desk key fails open; the photo upload accepts any file under any path.
        3. Concurrency: ticket numbers and hooks are allocated without synchronisation.
        4. Correctness: paging, hook range and fee calculation.
        5. Data exposure: the receipt page.
        """,
        Block([
            F("COLLECT-SQLI", "blocker", "security", "SQL injection in ticket collection", "Use placeholders.", conf=0.95),
            F("LABEL-SHELL", "blocker", "security", "Command injection in label printing", "Avoid shell=True.", conf=0.9),
            F("HANDOVER-PICKLE", "blocker", "security", "Unsafe pickle deserialization of handover file", "Use json.", conf=0.9),
            F("LABEL-TMP-PREDICTABLE", "minor", "security", "Predictable temporary file for labels", "Use tempfile.NamedTemporaryFile.", conf=0.6),
            F("DESK-FAIL-OPEN", "major", "security", "Authentication bypass when desk key is empty", "Fail closed.", conf=0.85),
            F("DESK-KEY-TIMING", "minor", "security", "Non-constant-time key comparison", "hmac.compare_digest.", conf=0.6),
            F("PHOTO-UPLOAD-ANY-FILE", "major", "security", "Unrestricted file upload (no type or size validation)", "Allow image types only and cap the size.", conf=0.7),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Path traversal via uploaded filename", "secure_filename.", conf=0.85),
            F("RECEIPT-XSS-VISITOR", "major", "security", "Stored XSS: visitor name rendered without escaping", "Escape the visitor name.", d=1, conf=0.8),
            F("LOST-WILDCARD", "major", "security", "Lost-ticket search leaks all open tickets via LIKE wildcards", "Escape wildcards; exact match.", conf=0.7),
            F("TICKET-GUESSABLE", "minor", "security", "Sequential ticket numbers are enumerable", "Add a random component.", conf=0.6),
            F("TICKET-SEQ-RACE", "major", "concurrency", "Non-atomic ticket counter", "Use a lock.", d=-1, conf=0.75),
            F("HOOK-RACE", "major", "concurrency", "Race in hook allocation: _hook_lock never acquired", "Acquire the lock.", d=1, conf=0.75),
            F("COLLECT-DOUBLE", "major", "concurrency", "Check-then-act on ticket collection", "Conditional UPDATE.", d=3, conf=0.65),
            F("DESK-PAGE-OFFSET", "minor", "correctness", "Pagination off by one page", "(page - 1) * size.", d=-1, conf=0.8),
            F("HOOK-LAST-SKIPPED", "minor", "correctness", "Last hook excluded from allocation", "range(1, HOOKS + 1).", conf=0.8),
            F("FEE-SECONDS", "minor", "correctness", "Fee ignores days of storage", "total_seconds().", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}

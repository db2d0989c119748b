"""test74/py-bassbows: a youth orchestra's instrument loan ledger (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test74: seeded problems in a youth orchestra's instrument loan ledger; five "
    "agents' answers written by hand."
)

A = "bassbows/app.py"
PROBLEMS = {
    "SECTION-KEY-IN-QUERY": P(A, 'key = request.args.get("key") or request.headers.get("X-Section-Key", "")', "security", "section key accepted from the query string (ends up in access logs and browser history)"),
    "SECTION-FAIL-OPEN": P(A, "if SECTION_KEY and key != SECTION_KEY:", "security", "SECTION_KEY unset (default empty): every request passes the section-leader check"),
    "SECTION-TIMING": P(A, "if SECTION_KEY and key != SECTION_KEY:", "security", "section key compared with != instead of a constant-time compare"),
    "SORT-SQLI": P(A, 'ORDER BY {order}"', "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "FIT-INDEX": P(A, "while idx <= len(ARM_BREAKS_CM) and arm > ARM_BREAKS_CM[idx]:", "bug", "<= len: an arm longer than the last break indexes past ARM_BREAKS_CM (IndexError, 500)", "off-by-one"),
    "WEEKS-UNBOUNDED": P(A, 'weeks = int(body.get("weeks", 4))', "bug", "loan length never checked against MAX_LOAN_WEEKS (or for zero/negative weeks)"),
    "DOUBLE-ISSUE": P(A, 'if row is None or row["on_loan"]:', "bug", "availability check then UPDATE without a transaction or conditional update: one instrument lent twice", "critical-section"),
    "DEPOSIT-FROM-CLIENT": P(A, 'int(body.get("deposit_pence", 0))),', "security", "deposit amount taken from the request body (0 by default) instead of the instrument's family"),
    "COUNTER-UNLOCKED": P(A, '_loan_counter["issued"] += 1', "bug", "issued counter incremented without _counter_lock (lost updates)"),
    "RETURN-NONE-LOAN": P(A, 'days_late = (date.today() - date.fromisoformat(loan["due"])).days + 1', "bug", "unknown loan id: loan is None and loan['due'] raises (500)"),
    "FEE-DAY-EARLY": P(A, 'days_late = (date.today() - date.fromisoformat(loan["due"])).days + 1', "bug", "+1: a loan returned on its due date is charged a day's late fee", "off-by-one"),
    "REFUND-NEGATIVE": P(A, 'refund = loan["deposit_pence"] - fee', "bug", "refund not clamped at zero: a late return records a negative refund"),
    "RETURN-TWICE": P(A, '"UPDATE loans SET returned_at = ?, refund_pence = ?, note = ? WHERE id = ?",', "bug", "no returned_at IS NULL check: a loan can be returned (and refunded) again, freeing an instrument someone else holds"),
    "PLAYER-NO-AUTH": P(A, '"SELECT l.id, l.due, l.deposit_pence, p.name, p.parent_email, p.parent_phone "', "security", "player loans endpoint has no auth: any id gives parents' e-mail and phone", "signature-vs-statement"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance", "page size unbounded: size=1000000 reads the whole ledger"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but offset = page * size: the first page is never returned", "off-by-one"),
    "OVERDUE-STALE": P(A, 'if _overdue_cache["rows"] is None or now - _overdue_cache["at"] > 300:', "bug", "overdue cache not invalidated on return: returned instruments stay listed as overdue for five minutes"),
    "OVERDUE-CACHE-RACE": P(A, '_overdue_cache["rows"] = [dict(r) for r in rows]', "bug", "cache check and fill unlocked: concurrent requests all run the query and write rows/at out of step", "critical-section"),
    "LABEL-TMP": P(A, 'with open(label_path, "w") as fh:', "security", "label written to a predictable /tmp path (symlink clobbering, concurrent prints overwrite each other)"),
    "LABEL-SHELL": P(A, 'subprocess.run(f"lp -d {printer} {label_path}", shell=True, check=True)', "security", "printer form value run through a shell: command injection", "source-vs-sink"),
    "PHOTO-TRAVERSAL": P(A, 'return send_file(path, mimetype="image/jpeg")', "security", "file query value joined to PHOTO_DIR and served: path traversal, any file readable", "source-vs-sink"),
    "SURVEY-PICKLE": P(A, "survey = pickle.loads(upload.read())", "security", "uploaded survey unpickled: code execution", "signature-vs-statement"),
    "CARD-XSS": P(A, "until {loan['due']}</p><p>Condition: {loan['note']}</p>", "security", "condition note rendered into HTML unescaped (stored XSS)"),
    "EXPORT-NO-AUTH": P(A, '"SELECT p.name, p.parent_email, p.parent_phone, i.serial, l.due FROM loans l "', "security", "CSV export of every player and parent contact has no auth", "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["name"], r["parent_email"], r["parent_phone"], r["serial"], r["due"]])', "security", "names written to CSV unneutralised: spreadsheet formula injection"),
}

CONFUSABLE = [
    ("SECTION-FAIL-OPEN", "SECTION-TIMING"),
    ("SECTION-FAIL-OPEN", "SECTION-KEY-IN-QUERY"),
    ("WEEKS-UNBOUNDED", "DOUBLE-ISSUE"),
    ("DEPOSIT-FROM-CLIENT", "COUNTER-UNLOCKED"),
    ("RETURN-NONE-LOAN", "FEE-DAY-EARLY"),
    ("RETURN-NONE-LOAN", "REFUND-NEGATIVE"),
    ("FEE-DAY-EARLY", "REFUND-NEGATIVE"),
    ("REFUND-NEGATIVE", "RETURN-TWICE"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("OVERDUE-CACHE-RACE", "OVERDUE-STALE"),
    ("LABEL-TMP", "LABEL-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `bassbows` instrument loan ledger

        **Summary.** The ledger is a single Flask module. The librarian's decorator is done right
        (`librarian_only` fails closed and uses `hmac.compare_digest`), but the section-leader decorator
        next to it fails open, and several public routes hand out parents' contact details. The return
        path has a cluster of money bugs, and two of the librarian tools (label printing, survey import)
        execute attacker-controlled input.

        1. Injection and code execution: `/instruments` sort, `/labels` printer, `/survey/import`, `/photo`.
        2. Access control: `section_leader`, `/players/<id>/loans`, `/export.csv`.
        3. Money and state on loan/return: double lending, the fee/refund arithmetic, returning twice.
        4. Paging, the overdue cache and the counters.

        Things I checked and that look fine: bound parameters in every query except the `ORDER BY`, the
        `html.escape` on name, family and serial in `/card`, the locked increment in `return_loan` and the
        locked copy in `/stats`, `close_db`.
        """,
        Block([
            F("SECTION-FAIL-OPEN", "critical", "security", "`section_leader` lets everyone through when `SECTION_KEY` is unset",
              "Fail closed: `if not SECTION_KEY or not hmac.compare_digest(key, SECTION_KEY): abort(403)`, like `librarian_only` above it.",
              symbol="section_leader.wrapper", conf=0.9),
            F("SECTION-TIMING", "low", "security", "Section key compared with `!=`",
              "Use `hmac.compare_digest` so the comparison time does not depend on the matching prefix.",
              symbol="section_leader.wrapper", conf=0.6),
            F("SECTION-KEY-IN-QUERY", "medium", "security", "Section key accepted as a `?key=` query parameter",
              "Accept the key only in the `X-Section-Key` header; query strings end up in proxy logs and browser history.",
              symbol="section_leader.wrapper", conf=0.7),
            F("SORT-SQLI", "high", "security", "SQL injection through the `sort` parameter of `/instruments`",
              "Map `sort` onto an allow-list of column names (`serial`, `size`, `condition`) and reject anything else.",
              symbol="list_instruments", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "`/photo` serves any file the process can read",
              "Use `flask.send_from_directory(PHOTO_DIR, name)` or check that the resolved path stays under `PHOTO_DIR`.",
              symbol="instrument_photo", conf=0.9),
            F("SURVEY-PICKLE", "critical", "security", "Survey import unpickles an uploaded file",
              "Accept the survey as JSON or CSV; `pickle.loads` on an upload runs arbitrary code even behind the librarian key.",
              symbol="import_survey", conf=0.95),
            F("LABEL-SHELL", "high", "security", "Printer name from the form is interpolated into a shell command",
              "Run `subprocess.run([\"lp\", \"-d\", printer, label_path], check=True)` and check `printer` against the configured queues.",
              symbol="print_label", conf=0.85),
            F("LABEL-TMP", "low", "security", "Label file written to a fixed name in `/tmp`",
              "Use `tempfile.NamedTemporaryFile` (unique name, `O_EXCL`); today a local user can pre-create a symlink at that path and two prints of the same instrument race.",
              symbol="print_label", conf=0.55),
            F("PLAYER-NO-AUTH", "high", "security", "`/players/<id>/loans` exposes parents' e-mail and phone without authentication",
              "Put the route behind `section_leader` or `librarian_only` and drop the parent contact columns from the response.",
              symbol="player_loans", conf=0.85),
            F("EXPORT-NO-AUTH", "high", "security", "`/export.csv` is public and lists every player with parent contacts",
              "Decorate with `@librarian_only`.", symbol="export_ledger", conf=0.85),
        ]),
        "Loan and return logic:",
        Block([
            F("DOUBLE-ISSUE", "high", "bug", "An instrument can be lent twice by concurrent requests",
              "Make the update conditional (`UPDATE instruments SET on_loan = 1 WHERE id = ? AND on_loan = 0`) and check `rowcount`, inside the same transaction as the insert.",
              d=0, sd=-1, n=3, symbol="issue_loan", conf=0.8),
            F("WEEKS-UNBOUNDED", "medium", "bug", "Loan length is not limited to `MAX_LOAN_WEEKS`",
              "Reject `weeks` outside `1..MAX_LOAN_WEEKS`; a negative value gives a due date in the past.",
              symbol="issue_loan", conf=0.8),
            F("DEPOSIT-FROM-CLIENT", "high", "security", "Deposit is whatever the client sends",
              "Derive the deposit from the instrument's family on the server; the body can record a deposit of 0.",
              symbol="issue_loan", conf=0.75),
            F("COUNTER-UNLOCKED", "low", "bug", "`issued` counter updated outside `_counter_lock`",
              "Wrap the increment in `with _counter_lock:` as `return_loan` does.", symbol="issue_loan", conf=0.7),
            F("RETURN-NONE-LOAN", "medium", "bug", "Returning an unknown loan id crashes with a 500",
              "`abort(404)` when `fetchone()` returns `None`.", symbol="return_loan", conf=0.85),
            F("FEE-DAY-EARLY", "medium", "bug", "Late fee charged for a return on the due date",
              "Drop the `+ 1`: `(today - due).days` is 0 on the due date and should cost nothing.",
              symbol="return_loan", conf=0.8),
            F("REFUND-NEGATIVE", "medium", "bug", "Refund can go negative",
              "`refund = max(0, deposit - fee)` and record any remainder as a debt separately.", symbol="return_loan", conf=0.75),
            F("RETURN-TWICE", "high", "bug", "A loan can be returned twice",
              "Add `AND returned_at IS NULL` to the update and 409 when no row changed; the second return also frees an instrument that may be on a new loan.",
              symbol="return_loan", conf=0.75),
            F("FIT-INDEX", "medium", "bug", "`/fit` raises `IndexError` for long arms",
              "Loop while `idx < len(ARM_BREAKS_CM)`; then `idx` tops out at the full-size entry.", symbol="fit", conf=0.85),
            F("PAGE-OFFSET", "medium", "bug", "`/loans` never returns the first page",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="list_loans", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "`size` is not capped", "Clamp `size` to e.g. 100.",
              symbol="list_loans", conf=0.7),
            F("OVERDUE-CACHE-RACE", "medium", "bug", "Overdue cache is filled without a lock",
              "Guard the check and the fill with a `threading.Lock` and assign one tuple `(at, rows)` so readers never see half an update.",
              d=0, sd=-1, n=3, symbol="overdue", conf=0.65),
            F("OVERDUE-STALE", "low", "bug", "Overdue list stays stale after a return",
              "Clear `_overdue_cache[\"rows\"]` in `return_loan`, or drop the cache: the query is cheap.", symbol="overdue", conf=0.6),
            F("CARD-XSS", "medium", "security", "Condition note in `/card` is not escaped",
              "`html.escape(loan['note'])` like the other fields on the same line.", symbol="loan_card", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "high", "security", "SQL injection: ?sort= lands in ORDER BY", "allow-list columns", d=-1),
            F("SECTION-FAIL-OPEN", "high", "security", "section_leader open when SECTION_KEY empty", "fail closed"),
            F("DOUBLE-ISSUE", "high", "bug", "Check-then-update on on_loan is racy", "conditional UPDATE ... AND on_loan = 0", d=-1),
            F("FIT-INDEX", "medium", "bug", "IndexError in fit for arm beyond last break", "idx < len(...)", d=2),
            F("RETURN-NONE-LOAN", "medium", "bug", "return_loan dereferences a missing loan", "404 on None", d=-1),
            F("RETURN-TWICE", "high", "bug", "return_loan does not check returned_at", "WHERE returned_at IS NULL", d=-1),
            F("PLAYER-NO-AUTH", "high", "security", "player_loans unauthenticated, leaks parent contacts", "require section key", d=-3),
            F("PAGE-OFFSET", "medium", "bug", "page=1 skips first page", "(page-1)*size", d=-2),
            F("OVERDUE-CACHE-RACE", "low", "performance", "Cache stampede on /overdue", "lock + single assignment", d=-2),
            F("LABEL-SHELL", "high", "security", "Command injection via printer form field", "argv list, no shell", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in /photo", "send_from_directory", d=-2),
            F("SURVEY-PICKLE", "critical", "security", "pickle.loads on uploaded survey", "use JSON", d=-2),
            F("EXPORT-NO-AUTH", "high", "security", "export_ledger has no auth", "@librarian_only", d=-3),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `bassbows` application, a Flask service that tracks the loan of orchestra
        instruments to young players. My review focused on security, data integrity and the handling of
        personal data (the parents' contact details stored with each player).

        **Security Findings**

        The most serious issues are the deserialization of uploaded survey files and the command built for
        the label printer. Several endpoints also read files or personal data without any authorization.
        """,
        Block([
            F("SURVEY-PICKLE", "CRITICAL", "Insecure Deserialization", "Arbitrary Code Execution via Pickle Survey Import",
              "Replace pickle with a safe format such as JSON.", d=0, sd=-2, n=3,
              desc="The uploaded survey is passed directly to `pickle.loads`. A crafted pickle executes arbitrary code on the server."),
            F("LABEL-SHELL", "HIGH", "Command Injection", "Shell Command Injection in Label Printing",
              "Pass the arguments as a list without `shell=True`.", d=0, sd=-2, n=3),
            F("LABEL-TMP", "LOW", "Insecure Temporary File", "Predictable Temporary File Path for Labels",
              "Use the `tempfile` module.", d=0, sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Instrument Photo Endpoint",
              "Validate the filename and use `send_from_directory`.", d=-1, sd=-3, n=3),
            F("SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Instrument Listing Sort Order",
              "Whitelist the allowed sort columns.", d=0, sd=-2, n=3),
            F("PLAYER-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Access to Player Loans and Parent Contacts",
              "Require authentication for this endpoint.", d=0, sd=-2, n=3),
            F("SECTION-FAIL-OPEN", "HIGH", "Broken Authentication", "Section Leader Authentication Bypass When Key Is Not Configured",
              "Deny access when `SECTION_KEY` is empty.", d=1, sd=-1, n=3),
            F("SECTION-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Comparison of Section Key",
              "Use `hmac.compare_digest`.", d=0, sd=-2, n=3),
            F("DEPOSIT-FROM-CLIENT", "MEDIUM", "Business Logic", "Client-Controlled Deposit Amount",
              "Compute the deposit on the server.", d=0, sd=-2, n=3),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Condition Note on Loan Card",
              "Escape the note with `html.escape`.", d=0, sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in Ledger Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", d=0, sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**
        """,
        Block([
            F("DOUBLE-ISSUE", "HIGH", "Race Condition", "Race Condition Allows Double Lending of an Instrument",
              "Use a transaction with a conditional update.", d=3, sd=1, n=3,
              desc="Two concurrent requests can both pass the availability check before either sets `on_loan`."),
            F("RETURN-NONE-LOAN", "MEDIUM", "Error Handling", "Unhandled Missing Loan in Return Endpoint",
              "Return 404 when the loan does not exist.", d=0, sd=-2, n=3),
            F("RETURN-TWICE", "HIGH", "Logic Error", "Loan Can Be Returned Multiple Times",
              "Check `returned_at` before updating.", d=0, sd=-2, n=3),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Incorrect Pagination Offset Skips First Page",
              "Subtract one from the page number.", d=0, sd=-2, n=3),
            F("OVERDUE-CACHE-RACE", "MEDIUM", "Concurrency", "Unsynchronized Overdue Cache Updates",
              "Protect the cache with a lock.", d=1, sd=-1, n=3),
            F("OVERDUE-STALE", "LOW", "Caching", "Stale Overdue Cache After Returns",
              "Invalidate the cache when a loan is returned.", d=0, sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, SQL and presentation; consider splitting it into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SURVEY-PICKLE", "critical", "security", "pickle.loads on upload", "json instead"),
            F("LABEL-SHELL", "high", "security", "shell injection via printer", "no shell=True"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in /photo", "send_from_directory"),
            F("SORT-SQLI", "high", "security", "sql injection in order by", "allow-list", d=1),
            F("PLAYER-NO-AUTH", "medium", "security", "player loans endpoint public", "add auth"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("DEPOSIT-FROM-CLIENT", "medium", "", "deposit comes from request body", "look it up server side"),
            F("REFUND-NEGATIVE", "low", "bug", "refund can be negative", "max(0, ...)"),
            F("PAGE-OFFSET", "low", "bug", "paging skips page 1", "(page - 1) * size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Critical: unsafe deserialization of the survey upload and shell injection in label printing.
        2. Authentication of section leaders is weak (key in URL, empty key accepted).
        3. Personal data of parents is exposed by unauthenticated endpoints.
        4. Several correctness issues in loan return, fitting and pagination.
        5. Shared caches and counters are not thread-safe.
        """,
        Block([
            F("SURVEY-PICKLE", "blocker", "security", "Unsafe deserialization of uploaded survey (pickle)",
              "Use JSON and validate the schema.", conf=0.95),
            F("LABEL-SHELL", "blocker", "security", "OS command injection through printer parameter",
              "Avoid shell=True; pass argument list.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal when serving instrument photos",
              "Normalize and validate the path.", conf=0.85),
            F("SORT-SQLI", "major", "security", "SQL injection via sort parameter",
              "Use a whitelist for ORDER BY.", conf=0.9),
            F("SECTION-KEY-IN-QUERY", "minor", "security", "Authentication key passed in URL query string",
              "Only accept the header.", conf=0.7),
            F("SECTION-FAIL-OPEN", "major", "security", "Empty SECTION_KEY disables section leader authentication",
              "Reject requests when the key is not configured.", anchor='key = request.args.get("key") or request.headers.get("X-Section-Key", "")', conf=0.85),
            F("PLAYER-NO-AUTH", "major", "security", "Player loan history with parent contact data is public",
              "Require authentication.", d=-1, conf=0.8),
            F("EXPORT-NO-AUTH", "major", "security", "Ledger CSV export is not protected",
              "Require the librarian key.", conf=0.8),
            F("CARD-XSS", "minor", "security", "Unescaped note in loan card HTML",
              "Escape user-provided text.", d=-1, conf=0.7),
            F("DOUBLE-ISSUE", "major", "concurrency", "Non-atomic availability check when issuing a loan",
              "Use a transaction.", conf=0.75),
            F("WEEKS-UNBOUNDED", "minor", "correctness", "Loan duration not validated",
              "Validate weeks against MAX_LOAN_WEEKS.", conf=0.7),
            F("COUNTER-UNLOCKED", "minor", "concurrency", "Loan counter incremented without lock",
              "Use _counter_lock.", conf=0.65),
            F("FEE-DAY-EARLY", "major", "correctness", "Off-by-one in late fee: on-time returns are charged",
              "Remove the +1 from the day difference.", d=1, conf=0.8),
            F("REFUND-NEGATIVE", "minor", "correctness", "Negative refund when fee exceeds deposit",
              "Clamp the refund at zero.", conf=0.7),
            F("FIT-INDEX", "major", "correctness", "Index out of range in size fitting loop",
              "Use < instead of <=.", conf=0.8),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination offset starts at the second page",
              "Use (page - 1) * size.", conf=0.8),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size",
              "Limit size.", conf=0.6),
            F("OVERDUE-CACHE-RACE", "minor", "concurrency", "Overdue cache not thread-safe",
              "Use a lock around the cache.", d=-1, conf=0.6),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 8 major, 8 minor"),
    ]),
}

"""test99/py-cacaomoulds: a chocolatier's tempering log and mould lending library (Python, Flask + SQLite).

Frozen test split test99 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers, specs or truth (only specs/tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test99: seeded problems in a chocolate workshop's tempering log and mould library; "
    "five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "KEY-IN-QUERY": P(A, 'key = request.args.get("key", "")', "security",
                      "member key read from the query string: it lands in proxy and access logs"),
    "MEMBER-FAILS-OPEN": P(A, "if member and key != _member_keys().get(member):", "security",
                           "no X-Member header skips the key check entirely: anonymous callers pass as member ''"),
    "KEY-TIMING": P(A, "if member and key != _member_keys().get(member):", "security",
                    "member key compared with != instead of hmac.compare_digest (timing leak)"),
    "UNKNOWN-CHOCOLATE": P(A, "lo, hi = WORK_WINDOW[kind]", "bug",
                           "unknown chocolate type raises KeyError: 500 instead of 400"),
    "WORK-WINDOW-UPPER": P(A, "in_window = lo <= work < hi", "bug",
                           "working window is inclusive but the upper bound is compared with <: 32.0 for dark is flagged out of temper",
                           "off-by-one"),
    "NEGATIVE-KG": P(A, 'kg = float(body.get("kg", 0))', "bug",
                     "batch weight not validated: negative or NaN kg corrupts the totals"),
    "STATS-RACE": P(A, '_stats["batches"] = count + 1', "bug",
                    "read-modify-write of the shared stats dict without _stats_lock: lost batch and kg counts",
                    "critical-section"),
    "READINGS-SKIP-FIRST": P(A, "for seq in range(1, len(temps)):", "bug",
                             "range starts at 1: the first thermometer reading is never stored (yet stored=len(temps))",
                             "off-by-one"),
    "BATCH-SORT-SQLI": P(A, 'sql += f" ORDER BY {order} DESC"', "security",
                         "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "BATCH-LIST-UNBOUNDED": P(A, "rows = get_db().execute(sql, [chocolate] if chocolate else []).fetchall()",
                              "performance", "batch list has no LIMIT: every batch ever logged in one response"),
    "CARD-XSS": P(A, "<pre>{m['notes']}</pre>", "security",
                  "mould notes (written by any member through /damage) put into HTML unescaped: stored XSS"),
    "LOAN-DAYS-UNBOUNDED": P(A, 'due = date.today() + timedelta(days=int(body.get("days", LOAN_DAYS)))', "bug",
                             "borrower chooses the loan length: days=3650 or a negative value is accepted"),
    "LOAN-RACE": P(A, 'out = db.execute("SELECT COUNT(*) FROM loans WHERE mould_id = ?', "bug",
                   "count of open loans then INSERT without a transaction or lock: two members get the last copy",
                   "critical-section"),
    "LOAN-COPIES": P(A, 'if out > mould["copies"]:', "bug",
                     "> instead of >=: one more loan than there are copies is allowed", "off-by-one"),
    "RETURN-NO-OWNER": P(A, 'loan = db.execute("SELECT * FROM loans WHERE id = ?", (loan_id,)).fetchone()', "security",
                         "any member can return (and close) another member's loan: no owner check",
                         "signature-vs-statement"),
    "LATE-FEE-GRACE": P(A, "fee = max(0, late - 1) * LATE_FEE_PER_DAY", "bug",
                        "late - 1: the first late day is never charged, contrary to the fee rule", "off-by-one"),
    "OVERDUE-PAGE": P(A, "offset = page * PAGE_SIZE", "bug",
                      "page is 1-based but offset = page * size: the first 25 overdue loans are never listed",
                      "off-by-one"),
    "PHOTO-ANY-TYPE": P(A, 'photo = request.files["photo"]', "security",
                        "any file type accepted and served back from the same origin (HTML/SVG: stored XSS)"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, name))", "security",
                         "form name or client filename joined to PHOTO_DIR: ../ writes anywhere", "source-vs-sink"),
    "LABEL-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {LABEL_PRINTER} -n {copies}\", shell=True)", "security",
                     "copies query value formatted into a shell command line: command injection", "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, "subprocess.run(f\"echo '{text}' | lp -d {LABEL_PRINTER} -n {copies}\", shell=True)", "bug",
                            "lp's exit status is never checked: a failed print is reported as printed (extra, one agent)"),
    "YAML-UNSAFE": P(A, "recipes = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.Loader on a request body: arbitrary Python objects", "signature-vs-statement"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "MEMBER-FAILS-OPEN"),
    ("MEMBER-FAILS-OPEN", "KEY-TIMING"),
    ("KEY-IN-QUERY", "KEY-TIMING"),
    ("UNKNOWN-CHOCOLATE", "WORK-WINDOW-UPPER"),
    ("WORK-WINDOW-UPPER", "NEGATIVE-KG"),
    ("BATCH-SORT-SQLI", "BATCH-LIST-UNBOUNDED"),
    ("LOAN-DAYS-UNBOUNDED", "LOAN-RACE"),
    ("LOAN-RACE", "LOAN-COPIES"),
    ("LOAN-DAYS-UNBOUNDED", "LOAN-COPIES"),
    ("PHOTO-ANY-TYPE", "PHOTO-TRAVERSAL"),
    ("LABEL-SHELL", "LABEL-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `app.py` is a single Flask module: a member-key decorator next to a staff-key decorator, the tempering
        batch log with thermometer readings, the mould library with loans and returns, batch photos, label printing
        through `lp`, and a YAML recipe import.

        | Priority | Area | Problem |
        |---|---|---|
        | 1 | auth | `member_required` lets a request with no `X-Member` header straight through |
        | 2 | injection | `ORDER BY` built from `?sort=`, `lp` command built from `?copies=`, `yaml.Loader` on the body |
        | 3 | files | photo `name` joined to `PHOTO_DIR` unchecked |
        | 4 | loans | count-then-insert race, `>` against `copies`, borrower-chosen `days`, returns by anyone |
        | 5 | tempering | the working window drops its upper bound, the first reading is lost |

        What is fine: `staff_only` fails closed when `CACAO_STAFF_KEY` is unset and compares with
        `hmac.compare_digest`; `/stats` copies the dict under `_stats_lock`; `/photos/<path:name>` uses
        `send_from_directory`; every query except the batch list binds its parameters; the mould name and shape
        on the card are escaped.

        Security first:
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "critical", "security", "`member_required` skips the key check when `X-Member` is absent",
              "Reject the request unless both the member header and the key are present and valid: `if not member or ...: abort(401)`.",
              symbol="member_required.wrapper", conf=0.93),
            F("KEY-TIMING", "low", "security", "Member key compared with `!=`",
              "Compare with `hmac.compare_digest(key.encode(), expected.encode())`, as `staff_only` already does.",
              symbol="member_required.wrapper", conf=0.6),
            F("KEY-IN-QUERY", "medium", "security", "Member key travels in the query string",
              "Take the key from a header (e.g. `X-Member-Key`) so it stays out of proxy and access logs.",
              symbol="member_required.wrapper", conf=0.75),
            F("BATCH-SORT-SQLI", "high", "security", "SQL injection through `sort` in `GET /batches`",
              "Map `sort` onto a whitelist of column names (`logged_at`, `kg`, `work_temp`) and reject anything else.",
              symbol="list_batches", conf=0.92),
            F("LABEL-SHELL", "high", "security", "`copies` is interpolated into a shell pipeline",
              "Parse `copies` as a small positive int and run `lp` with an argument list and `input=text`, no shell.",
              symbol="print_label", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on request data",
              "Use `yaml.safe_load`; staff keys leak, and the full loader turns that into code execution.",
              symbol="import_recipes", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload path built from the client's name",
              "Use `werkzeug.utils.secure_filename` and a server-chosen name (`f\"{batch_id}-{uuid4().hex}.jpg\"`).",
              symbol="upload_photo", conf=0.88),
            F("RETURN-NO-OWNER", "medium", "security", "Any member can return another member's loan",
              "Select with `WHERE id = ? AND member = ?` (or let staff return on the member's behalf).",
              symbol="return_mould", conf=0.8),
            F("CARD-XSS", "medium", "security", "Mould notes rendered into the card unescaped",
              "Wrap `m['notes']` in `escape()` like the name and shape; members write those notes through `/damage`.",
              symbol="mould_card", conf=0.85),
        ]),
        """
        Correctness and load:
        """,
        Block([
            F("LOAN-RACE", "high", "bug", "Borrowing the last copy is a check-then-insert race",
              "Do the count and the INSERT in one `BEGIN IMMEDIATE` transaction, or insert with a guarded `INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < copies`.",
              symbol="borrow", conf=0.8),
            F("LOAN-COPIES", "medium", "bug", "`out > copies` allows one loan too many",
              "Use `>=`: with 2 copies and 2 out, a third member still gets a loan.", symbol="borrow", conf=0.87),
            F("LOAN-DAYS-UNBOUNDED", "medium", "bug", "Loan length is taken from the request body",
              "Use `LOAN_DAYS`, or clamp `days` to 1..LOAN_DAYS; a negative value makes a loan overdue at once.",
              symbol="borrow", conf=0.75),
            F("LATE-FEE-GRACE", "low", "bug", "Late fee skips the first late day",
              "Charge `max(0, late) * LATE_FEE_PER_DAY`; the constant's comment says the fee runs from the first day.",
              symbol="return_mould", conf=0.7),
            F("WORK-WINDOW-UPPER", "medium", "bug", "Upper bound of the working window is excluded",
              "The windows are documented as inclusive: use `lo <= work <= hi`, otherwise 32.0 °C dark is logged out of temper.",
              symbol="log_batch", conf=0.8),
            F("READINGS-SKIP-FIRST", "medium", "bug", "First thermometer reading is dropped",
              "Iterate with `enumerate(temps)` (or `range(len(temps))`); the response still claims `len(temps)` were stored.",
              symbol="add_readings", conf=0.88),
            F("STATS-RACE", "low", "bug", "Batch counters updated without `_stats_lock`",
              "Do the read and both writes inside `with _stats_lock:`, as `/stats` does for the read.",
              d=-1, n=3, symbol="log_batch", conf=0.72),
            F("BATCH-LIST-UNBOUNDED", "low", "performance", "`GET /batches` returns every batch",
              "Add `LIMIT`/`OFFSET` paging like `/loans/overdue`.", symbol="list_batches", conf=0.6),
            F("LABEL-EXIT-IGNORED", "low", "bug", "Label printing reports success even when `lp` fails",
              "Check the return code (`check=True`) and answer 502 when the printer is unreachable.",
              symbol="print_label", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("MEMBER-FAILS-OPEN", "critical", "security", "member_required fails open without X-Member",
              "if not member or ...: abort(401)", d=-2),
            F("BATCH-SORT-SQLI", "high", "security", "SQLi: ?sort= into ORDER BY", "whitelist columns", d=-1),
            F("LABEL-SHELL", "high", "security", "shell injection via ?copies= in print_label",
              "int(copies); argv list; no shell", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal: form name -> photo.save",
              "secure_filename", d=-1),
            F("YAML-UNSAFE", "high", "security", "import_recipes: yaml.load(Loader=yaml.Loader)", "yaml.safe_load", d=-1),
            F("RETURN-NO-OWNER", "medium", "security", "return_mould has no ownership check", "AND member = ?", d=-2),
            F("LOAN-RACE", "medium", "bug", "borrow: count + insert not atomic", "BEGIN IMMEDIATE", d=+3),
            F("LOAN-COPIES", "medium", "bug", "borrow allows copies+1 loans", ">="),
            F("READINGS-SKIP-FIRST", "medium", "bug", "add_readings drops temps[0]", "range(len(temps))", d=+1),
            F("OVERDUE-PAGE", "medium", "bug", "overdue: page 1 skips first PAGE_SIZE rows", "(page - 1) * PAGE_SIZE"),
            F("UNKNOWN-CHOCOLATE", "low", "bug", "KeyError -> 500 on unknown chocolate", "400 on unknown type"),
            F("STATS-RACE", "low", "bug", "_stats read-modify-write outside _stats_lock", "with _stats_lock", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the codebase. It is a Flask application for a chocolate workshop that records
        tempering batches and runs a lending library of polycarbonate moulds. My review concentrated on
        authentication, injection, file handling and data integrity.

        **Overall Assessment**

        The staff endpoints are protected reasonably well, but the member authentication can be bypassed and
        several handlers pass request values into SQL, shell commands, file paths and a YAML loader. Below are
        the security findings, followed by the logic and concurrency findings.

        **Security Findings**
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Member Authentication Bypass",
              "Require both the `X-Member` header and a valid key before setting `g.member`.",
              sd=-2, n=3,
              desc="When the `X-Member` header is missing the condition short-circuits to false, so `abort(401)` is never reached and the request continues with an empty member name."),
            F("KEY-TIMING", "LOW", "Cryptography", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`."),
            F("KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Credential Passed in URL",
              "Send the key in a request header instead."),
            F("BATCH-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Batch Listing",
              "Validate the sort column against an allow-list.", sd=-2, n=3),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and validate `copies` as an integer.",
              desc="The `copies` query parameter is embedded in a shell command; `copies=1;rm -rf ~` would be executed by the shell."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type in Photo Upload",
              "Accept only image content types and extensions (JPEG, PNG, WebP).",
              desc="Any file is stored and later served by `/photos/<path:name>` from the application's own origin, so an uploaded HTML or SVG file executes script in the browser of whoever opens it."),
            F("RETURN-NO-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Loan Return",
              "Verify that the loan belongs to `g.member`."),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Mould Card",
              "Escape the notes field."),
        ], wrap="list"),
        """
        **Logic and Concurrency Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "The module mixes route handlers and helpers; consider blueprints."}),
            F("LOAN-RACE", "HIGH", "Race Condition", "Race Condition When Borrowing Moulds",
              "Wrap the availability check and the insert in a single transaction.",
              desc="Two concurrent requests can both read the same count of open loans and both insert a loan, lending a copy that does not exist."),
            F("STATS-RACE", "LOW", "Race Condition", "Unsynchronized Statistics Update",
              "Use `_stats_lock` in `log_batch`.", d=+1),
            F("WORK-WINDOW-UPPER", "MEDIUM", "Logic Error", "Incorrect Temperature Window Check",
              "Use an inclusive upper bound.", d=-1, sd=-3, n=3),
            F("READINGS-SKIP-FIRST", "MEDIUM", "Data Integrity", "Response Misreports the Number of Stored Readings",
              "Store every reading and return the number actually inserted.", d=+3,
              desc="The loop starts at index 1, so the first reading is not inserted, yet the response reports `len(temps)` readings as stored."),
            F("LATE-FEE-GRACE", "LOW", "Logic Error", "Late Fee Calculation Skips a Day",
              "Remove the `- 1`.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("MEMBER-FAILS-OPEN", "high", "security", "member auth skipped when header missing", "reject empty member"),
            F("BATCH-SORT-SQLI", "high", "security", "sql injection via sort", "whitelist"),
            F("LABEL-SHELL", "high", "security", "shell injection in label print", "no shell, int copies"),
            F("PHOTO-TRAVERSAL", "high", "security", "photo name not sanitized", "secure_filename"),
            F("YAML-UNSAFE", "high", "security", "unsafe yaml load", "safe_load"),
            F("CARD-XSS", "medium", "security", "notes not escaped in card", "escape()"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("LOAN-COPIES", "medium", "bug", "one loan too many per mould", ">= instead of >", d=-1),
            F("LOAN-DAYS-UNBOUNDED", "medium", "", "client picks loan length", "ignore days from body"),
            F("OVERDUE-PAGE", "medium", "bug", "overdue paging skips first page", "(page-1)*size", d=-1),
            F("READINGS-SKIP-FIRST", "medium", "bug", "first reading dropped", "range(len(temps))"),
            F("NEGATIVE-KG", "low", "bug", "kg not validated", "reject kg <= 0"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Member authentication can be bypassed (blocker).
        2. Injection: SQL (`sort`), shell (`copies`), YAML deserialization, path traversal on photo upload.
        3. Loans: race on the last copy, off-by-one against `copies`, anyone can return any loan.
        4. Tempering log: window check, readings, unlocked counters, weight not validated.
        5. Paging and fees off by one.
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "blocker", "security", "Authentication bypass when X-Member header is omitted",
              "Treat a missing member as unauthenticated.", conf=0.9),
            F("KEY-IN-QUERY", "minor", "security", "Member key exposed in URL query parameters",
              "Move the key to a header.", conf=0.7),
            F("BATCH-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Use a fixed set of sortable columns.", d=-1, conf=0.9),
            F("LABEL-SHELL", "blocker", "security", "Command injection through the copies parameter",
              "Do not use shell=True.", d=-1, conf=0.9),
            F("YAML-UNSAFE", "major", "security", "Insecure YAML loading of recipe imports",
              "Use yaml.safe_load.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Arbitrary file write through the photo name",
              "Generate file names on the server.", conf=0.85),
            F("RETURN-NO-OWNER", "major", "security", "Loan return does not verify the borrower",
              "Check loan.member against g.member.", conf=0.8),
            F("LOAN-RACE", "major", "concurrency", "Concurrent loans can exceed the number of copies",
              "Serialize the availability check and insert.", d=+1, conf=0.75),
            F("LOAN-COPIES", "major", "correctness", "Availability check is off by one",
              "Compare with >=.", conf=0.8),
            F("WORK-WINDOW-UPPER", "minor", "correctness", "Working temperature at the upper limit is rejected",
              "Make the upper bound inclusive.", conf=0.7),
            F("NEGATIVE-KG", "minor", "validation", "Batch weight accepted without range validation",
              "Validate that kg is a positive number.", anchor="in_window = lo <= work < hi", conf=0.6),
            F("STATS-RACE", "major", "concurrency", "Thread-unsafe update of batch statistics",
              "Hold _stats_lock while updating.", conf=0.7),
            F("LATE-FEE-GRACE", "minor", "correctness", "Late fee undercharges by one day",
              "Use late instead of late - 1.", conf=0.65),
            F("OVERDUE-PAGE", "major", "correctness", "Overdue list pagination skips the first page",
              "Use (page - 1) * PAGE_SIZE.", conf=0.8),
            F("BATCH-LIST-UNBOUNDED", "minor", "performance", "Unbounded result set in batch listing",
              "Paginate the query.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}

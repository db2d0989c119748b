"""test66/py-distaffloans: a spinning guild's wheel loan register (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores, its tuning sets or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test66: seeded problems in a wool-spinning guild's wheel loan register; five "
    "agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "MEMBER-KEY-FAIL-OPEN": P(A, "if MEMBER_KEY and supplied != MEMBER_KEY:", "security", "member key check skipped entirely when GUILD_MEMBER_KEY is unset"),
    "MEMBER-KEY-TIMING": P(A, "if MEMBER_KEY and supplied != MEMBER_KEY:", "security", "member key compared with != (not constant time), unlike the steward check"),
    "MEMBER-SPOOF": P(A, 'g.member = request.headers.get("X-Member", "guest")', "security", "the member identity is whatever the X-Member header says: anyone can act as any member"),
    "SEARCH-SQLI": P(A, "WHERE maker LIKE '%{maker}%'\"", "security", "maker query value formatted into the search SQL", "source-vs-sink"),
    "SORT-SQLI": P(A, 'rows = get_db().execute(sql + f" ORDER BY {sort}")', "security", "sort query value formatted into ORDER BY"),
    "LOAN-WEEKS-UNBOUNDED": P(A, "if weeks > MAX_WEEKS:", "bug", "only the upper bound is checked: zero or negative weeks give a due date today or in the past"),
    "LOAN-DOUBLE-BOOK": P(A, 'db.execute("INSERT INTO loans', "bug", "availability checked, then loan inserted and wheel marked out without a transaction or conditional update: two members can borrow the same wheel", "critical-section"),
    "RETURN-NO-OWNER": P(A, 'loan = db.execute("SELECT * FROM loans WHERE id = ?"', "security", "any member can return (and close) any other member's loan by id", "signature-vs-statement"),
    "LATE-FEE-OFF-BY-ONE": P(A, "days_late = (date.today() - due).days + 1", "bug", "+1 charges a late day for a wheel returned on its due date", "off-by-one"),
    "COUNT-RACE": P(A, 'count = _loan_counts.get(loan["member"], 0)', "bug", "loan counter read-modify-write outside _stats_lock on return (lost updates; the create path holds the lock)", "critical-section"),
    "WAITLIST-CAP": P(A, "if len(queue) > WAITLIST_MAX:", "bug", "> instead of >=: the waiting list takes WAITLIST_MAX + 1 members", "off-by-one"),
    "WAITLIST-DUP": P(A, "queue.append(g.member)", "bug", "no duplicate check: one member can fill the waiting list alone"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but offset = page * size: the first page of open loans is never shown", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "page size from the query string is not capped"),
    "OVERDUE-PHONE-LEAK": P(A, "SELECT l.id, l.member, m.phone, l.due FROM loans l", "security", "unauthenticated public overdue board lists members' phone numbers"),
    "BOARD-CACHE-RACE": P(A, '_board_cache["rows"] = [dict(r) for r in rows]', "bug", "board cache checked and rebuilt without a lock: concurrent requests all rebuild it and rows/at are written separately", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, 'return send_file(path, mimetype="image/jpeg")', "security", "file query value joined to PHOTO_DIR and served: any readable file", "source-vs-sink"),
    "UPLOAD-TRAVERSAL": P(A, "upload.save(os.path.join(PHOTO_DIR, upload.filename))", "security", "client filename used unsanitised in the save path (../ escapes the photo dir)", "signature-vs-statement"),
    "UPLOAD-NO-SIZE-LIMIT": P(A, 'upload = request.files["photo"]', "security", "no MAX_CONTENT_LENGTH: uploads of any size are accepted and buffered"),
    "CARD-SHELL": P(A, "subprocess.run(cmd, shell=True, input=text.encode(), check=False)", "security", "printer and copies request values run through a shell", "signature-vs-statement"),
    "CARD-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, input=text.encode(), check=False)", "bug", "check=False and no return value: a failed print still answers printed"),
    "YAML-UNSAFE": P(A, "entries = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.Loader on the request body constructs arbitrary Python objects"),
    "EXPORT-ANY-MEMBER": P(A, "rows = get_db().execute(EXPORT_SQL).fetchall()", "security", "the loans export (with every member's phone) needs only the member key, not the steward key"),
    "EXPORT-CSV-FORMULA": P(A, "csv.writer(buf).writerows(", "security", "member-controlled names written to CSV unescaped (formula injection in a spreadsheet)"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("MEMBER-KEY-FAIL-OPEN", "MEMBER-KEY-TIMING"),
    ("MEMBER-KEY-FAIL-OPEN", "MEMBER-SPOOF"),
    ("MEMBER-KEY-TIMING", "MEMBER-SPOOF"),
    ("SEARCH-SQLI", "SORT-SQLI"),
    ("WAITLIST-CAP", "WAITLIST-DUP"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("OVERDUE-PHONE-LEAK", "BOARD-CACHE-RACE"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-NO-SIZE-LIMIT"),
    ("CARD-SHELL", "CARD-EXIT-IGNORED"),
    ("EXPORT-ANY-MEMBER", "EXPORT-CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `app.py`

        The register is a single Flask module. The steward side is in decent shape (`steward_only` fails closed
        and uses `hmac.compare_digest`, every query but the search binds its parameters, `loan_stats` copies the
        counters under `_stats_lock`), but the member side trusts the caller almost completely, and several
        request values reach SQL, the filesystem and a shell.

        | Priority | Area | Findings |
        |---|---|---|
        | 1 | Injection / file access | search SQL, sort SQL, photo read, photo upload, `lp` command, YAML import |
        | 2 | Member identity | key fails open, spoofable `X-Member`, returns of other members' loans |
        | 3 | Loans and counters | double lending, late fee, counter race, waiting list, paging |
        | 4 | Exposure | overdue board, CSV export, debug server |

        Security first:
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection through `maker` in `/wheels/search`",
              "Bind the pattern: `WHERE maker LIKE ?` with `(f\"%{maker}%\",)`.",
              symbol="search_wheels", conf=0.95),
            F("SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through a whitelist of column names; placeholders cannot bind identifiers.",
              symbol="search_wheels", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "`/wheels/<id>/photo` serves any file named in `?file=`",
              "Ignore the query value or reduce it with `os.path.basename` and check the resolved path stays under `PHOTO_DIR`; `send_from_directory` does this.",
              symbol="wheel_photo", conf=0.9),
            F("UPLOAD-TRAVERSAL", "high", "security", "Uploaded photo saved under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename`, or better name the file after `wheel_id`.",
              symbol="upload_photo", conf=0.85),
            F("CARD-SHELL", "high", "security", "Shell command injection via `printer`/`copies` in `send_to_printer`",
              "Run `[\"lp\", \"-d\", printer, \"-n\", str(int(copies))]` without `shell=True` and validate the printer name.",
              symbol="send_to_printer", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on the request body",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary Python objects.",
              symbol="import_maintenance", conf=0.9),
            F("MEMBER-KEY-FAIL-OPEN", "high", "security", "`member_key` lets everyone in when `GUILD_MEMBER_KEY` is unset",
              "Fail closed like `steward_only`: refuse requests when the key is not configured.",
              symbol="member_key.wrapper", conf=0.85),
            F("MEMBER-KEY-TIMING", "low", "security", "Member key compared with `!=`",
              "Use `hmac.compare_digest`, as the steward check already does.",
              symbol="member_key.wrapper", conf=0.6),
            F("MEMBER-SPOOF", "high", "security", "Borrower identity taken from the `X-Member` header",
              "The key is shared by all members, so `X-Member` is unauthenticated; issue per-member credentials and derive the member from them.",
              symbol="member_key.wrapper", conf=0.85),
            F("RETURN-NO-OWNER", "medium", "security", "Any member can return any loan",
              "Load the loan with `WHERE id = ? AND member = ?` (once the member identity is real) or require the steward key for returns.",
              symbol="return_loan", conf=0.75),
            F("OVERDUE-PHONE-LEAK", "medium", "security", "Public overdue board publishes members' phone numbers",
              "Drop `m.phone` from the public query (and consider initials instead of names); keep contact details behind `steward_only`.",
              symbol="overdue_board", conf=0.8),
            F("EXPORT-ANY-MEMBER", "medium", "security", "CSV export of all loans is open to any member",
              "Protect `/loans/export.csv` with `steward_only`; it includes every borrower's phone number.",
              symbol="export_loans", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("LOAN-DOUBLE-BOOK", "high", "bug", "Two members can borrow the same wheel at once",
              "Make the status change the guard: `UPDATE wheels SET status = 'out' WHERE id = ? AND status = 'available'` and only insert the loan when `rowcount == 1`, in one transaction.",
              n=2, symbol="create_loan", conf=0.8),
            F("LATE-FEE-OFF-BY-ONE", "medium", "bug", "Late fee charged for a wheel returned on its due date",
              "Drop the `+ 1`: a return on the due day is `days_late == 0`.",
              symbol="return_loan", conf=0.85),
            F("COUNT-RACE", "low", "bug", "`return_loan` updates `_loan_counts` without `_stats_lock`",
              "Wrap the decrement in `with _stats_lock:`; `create_loan` already does for the increment.",
              n=2, symbol="return_loan", conf=0.75),
            F("WAITLIST-DUP", "low", "bug", "A member can join the same waiting list repeatedly",
              "Skip the append when `g.member in queue`.",
              symbol="join_waitlist", conf=0.7),
            F("PAGE-OFFSET", "medium", "bug", "Steward loan list skips the first page",
              "`page` starts at 1, so the offset must be `(page - 1) * size`.",
              symbol="steward_loans", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Unbounded `size` in `/steward/loans`",
              "Clamp `size` to e.g. 1..100.",
              symbol="steward_loans", conf=0.6),
            F("BOARD-CACHE-RACE", "low", "bug", "Overdue board cache is rebuilt without synchronisation",
              "Guard the check-and-rebuild with a lock and assign `rows` and `at` together (one tuple), so threads neither rebuild concurrently nor see a half-updated cache.",
              symbol="overdue_board", conf=0.6),
            F("CARD-EXIT-IGNORED", "low", "bug", "`lp` failures are ignored and the card is reported as printed",
              "Use `check=True` (or inspect `returncode`) and answer 502 when printing fails.",
              symbol="send_to_printer", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection in /wheels/search via maker", "Bind parameters.", d=-2),
            F("SORT-SQLI", "high", "security", "ORDER BY built from ?sort", "Whitelist sort columns."),
            F("MEMBER-KEY-FAIL-OPEN", "high", "security", "member_key disabled when GUILD_MEMBER_KEY empty", "Fail closed."),
            F("MEMBER-SPOOF", "high", "security", "X-Member header trusted as identity", "Bind identity to a per-member credential."),
            F("LOAN-DOUBLE-BOOK", "high", "bug", "check-then-insert on wheel status is racy; same wheel lent twice",
              "Conditional UPDATE ... AND status='available' inside a transaction.", d=-3),
            F("LOAN-WEEKS-UNBOUNDED", "medium", "bug", "weeks <= 0 accepted", "Require 1 <= weeks <= MAX_WEEKS."),
            F("RETURN-NO-OWNER", "medium", "security", "return_loan: no ownership check", "Filter by member.", d=-2),
            F("COUNT-RACE", "low", "bug", "_loan_counts decremented without _stats_lock", "Take the lock.", d=1),
            F("WAITLIST-CAP", "low", "bug", "waitlist admits WAITLIST_MAX+1 entries", "Use >=."),
            F("PAGE-OFFSET", "medium", "bug", "steward_loans: first page unreachable", "offset=(page-1)*size.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal: ?file= read from PHOTO_DIR without normalisation", "basename + resolved-path check.", d=-2),
            F("UPLOAD-TRAVERSAL", "high", "security", "upload_photo trusts upload.filename", "secure_filename().", d=-2),
            F("CARD-SHELL", "high", "security", "shell=True with request-controlled printer/copies", "argv list.", d=-2),
            F("YAML-UNSAFE", "high", "security", "yaml.load with full Loader on request body", "yaml.safe_load."),
            F("DEBUG-SERVER", "medium", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the wheel loan register (`app.py`), a Flask application backed by SQLite that lets
        guild members borrow spinning wheels and lets stewards manage photos, loan cards and the maintenance log.

        **Overall assessment**

        The most serious weaknesses are in input handling: several request parameters flow directly into SQL,
        file paths and shell commands. Authentication for members is weak. There are also logic and concurrency
        defects in loan handling.

        **Security findings**
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Wheel Search",
              "Use parameterized queries for the LIKE pattern.", sd=-2, n=3,
              desc="The `maker` parameter is inserted into the SQL string with an f-string."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Endpoint",
              "Use `send_from_directory` and validate the file name.", d=-1, sd=-3, n=3),
            F("UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Unsanitized Upload Filename",
              "Apply `secure_filename` to the uploaded file name.", sd=-2, n=3),
            F("UPLOAD-NO-SIZE-LIMIT", "MEDIUM", "Denial of Service", "No Upload Size Limit",
              "Set `app.config['MAX_CONTENT_LENGTH']` to a sensible limit for photos.", sd=-2, n=3,
              desc="Flask accepts request bodies of any size unless MAX_CONTENT_LENGTH is configured."),
            F("CARD-SHELL", "HIGH", "Command Injection", "Command Injection in Printer Helper",
              "Avoid `shell=True` and pass arguments as a list.", d=-1, sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.", sd=-2, n=3),
            F("MEMBER-KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Member Authentication Bypass When Key Unset",
              "Reject all member requests if the key is not configured.", sd=-2, n=3),
            F("MEMBER-KEY-TIMING", "LOW", "Broken Authentication", "Timing Attack on Member Key Comparison",
              "Use `hmac.compare_digest`.", sd=-1, n=3),
            F("RETURN-NO-OWNER", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Loan Return",
              "Verify that the loan belongs to the requesting member.", sd=-2, n=3),
            F("OVERDUE-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Remove personal data from the public endpoint.", sd=-2, n=3),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Loan Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3,
              desc="Member names are chosen by members; a name such as `=HYPERLINK(...)` is executed when a steward opens the export in a spreadsheet."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Never run with `debug=True` in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Logic and concurrency findings**
        """,
        Block([
            F("LOAN-DOUBLE-BOOK", "HIGH", "Race Condition", "Race Condition Allows Double Lending of a Wheel",
              "Perform the availability check and the update atomically.", d=2, sd=0, n=3,
              desc="Two concurrent requests can both see the wheel as available before either marks it out."),
            F("LATE-FEE-OFF-BY-ONE", "MEDIUM", "Logic Error", "Late Fee Miscalculated",
              "Compute days late without adding one.", d=1, sd=-1, n=3),
            F("COUNT-RACE", "LOW", "Concurrency", "Unsynchronized Counter Update",
              "Acquire `_stats_lock` when modifying `_loan_counts`.", d=1, sd=-1, n=3),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips Records",
              "Use `(page - 1) * size`.", d=1, sd=-1, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Performance", "Cache Stampede on Overdue Board",
              "Protect the cache refresh with a lock so only one request rebuilds it.", d=-3, n=3,
              desc="When the cache expires, every concurrent request runs the join query and rewrites the cache."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the module into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI", "high", "security", "sql injection in wheel search", "use ? params"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal reading photos", "send_from_directory"),
            F("UPLOAD-TRAVERSAL", "high", "security", "upload filename not sanitised", "secure_filename"),
            F("CARD-SHELL", "high", "security", "shell injection in lp call", "no shell=True"),
            F("YAML-UNSAFE", "high", "", "unsafe yaml.load", "safe_load"),
            F("MEMBER-SPOOF", "medium", "security", "member name comes from a header", "derive from auth"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LATE-FEE-OFF-BY-ONE", "medium", "bug", "late fee off by one day", "remove + 1"),
            F("WAITLIST-DUP", "low", "bug", "same member can join waitlist many times", "check membership first"),
            F("OVERDUE-PHONE-LEAK", "medium", "security", "phones on public overdue board", "drop m.phone"),
            F("DEBUG-SERVER", "medium", "security", "debug=True", "turn off"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Several injection issues: SQL in the wheel search, path traversal in photo download and upload, shell
           injection in card printing, unsafe YAML in the maintenance import.
        2. Member authentication is weak (shared key that fails open, identity from a header).
        3. Loan logic has concurrency and arithmetic errors.
        4. Some endpoints expose more data than they should.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection via maker search parameter",
              "Use parameter binding.", conf=0.95),
            F("SORT-SQLI", "major", "security", "SQL injection via sort parameter",
              "Validate sort against allowed columns.", conf=0.85),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in wheel photo download",
              "Validate the file parameter.", conf=0.9),
            F("UPLOAD-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize the uploaded filename.", conf=0.85),
            F("CARD-SHELL", "blocker", "security", "Command injection in send_to_printer",
              "Use an argument list without shell.", conf=0.9),
            F("CARD-EXIT-IGNORED", "minor", "reliability", "Printer command failures are ignored",
              "Check the return code.", conf=0.6),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML loading of maintenance import",
              "Use yaml.safe_load.", conf=0.9),
            F("MEMBER-KEY-FAIL-OPEN", "major", "security", "Member authentication disabled when key not configured",
              "Require the key to be set.", conf=0.8),
            F("MEMBER-SPOOF", "major", "security", "Member identity can be spoofed via X-Member header",
              "Authenticate members individually.", conf=0.8),
            F("RETURN-NO-OWNER", "major", "security", "Loan return does not verify the borrower",
              "Check loan ownership.", conf=0.75),
            F("EXPORT-ANY-MEMBER", "major", "security", "Loan export available to all members",
              "Restrict export to stewards.", d=-2, conf=0.7),
            F("LOAN-DOUBLE-BOOK", "major", "concurrency", "Race condition in loan creation",
              "Use an atomic conditional update in a transaction.", d=-1, conf=0.75),
            F("LOAN-WEEKS-UNBOUNDED", "minor", "correctness", "Loan weeks may be zero or negative",
              "Validate the lower bound.", conf=0.6),
            F("LATE-FEE-OFF-BY-ONE", "major", "correctness", "Off-by-one in late fee calculation",
              "Remove the extra day.", d=1, conf=0.8),
            F("WAITLIST-CAP", "minor", "correctness", "Waitlist limit check allows one extra member",
              "Use >= in the comparison.", d=2, conf=0.65),
            F("PAGE-OFFSET", "major", "correctness", "Incorrect offset calculation in steward loan list",
              "Subtract one from the page before multiplying.", d=2, conf=0.8),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Page size is not limited",
              "Cap the size parameter.", conf=0.6),
            F("BOARD-CACHE-RACE", "minor", "concurrency", "Overdue board cache is not thread-safe",
              "Use a lock around cache refresh.", d=1, conf=0.6),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 9 major, 5 minor"),
    ]),
}

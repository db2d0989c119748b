"""test32/py-costumeloan: a community theatre's costume store, loans and fittings (Python). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "the other splits' answers. Frozen test split (test32): seeded problems in a small Flask + SQLite costume "
    "store for a community theatre; five agents' answers written by hand."
)

A = "costumes/app.py"
L = "costumes/loans.py"
FT = "costumes/fittings.py"
PROBLEMS = {
    "WARDROBE-KEY-FAILS-OPEN": P(A, "!= WARDROBE_KEY", "security", "WARDROBE_KEY defaults to '' and the header defaults to '': with the variable unset every request passes the wardrobe check"),
    "WARDROBE-KEY-TIMING": P(A, "!= WARDROBE_KEY", "security", "wardrobe key compared with != (not constant-time)"),
    "MEMBER-TOKEN-PREDICTABLE": P(A, "token = hashlib.md5(", "security", "member token is md5 of the e-mail address: anyone who knows a member's address can compute it", "signature-vs-statement"),
    "PER-PAGE-NEGATIVE": P(A, "per_page = min(int(", "bug", "per_page is capped above but not below: per_page=-1 becomes LIMIT -1, every costume in one response"),
    "PAGE-OFFSET": P(A, 'offset = int(request.args.get("page"', "bug", "page starts at 1 but offset is page * per_page: the first page of results is never returned", "off-by-one"),
    "SORT-SQLI": P(A, "ORDER BY {sort}", "security", "sort query parameter formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "file query parameter joined to PHOTO_DIR and sent: path traversal, any readable file", "source-vs-sink"),
    "LABEL-TMP-FILE": P(A, 'with open(path, "w") as fh:', "security", "label written to a predictable /tmp path: symlink clobbering, concurrent prints of one costume overwrite each other"),
    "LABEL-SHELL": P(A, 'cmd = f"lp -d', "security", "copies form field formatted into a shell command run with shell=True", "source-vs-sink"),
    "MEASUREMENTS-EXPOSED": P(A, "def size_chart(production):", "security", "any member can read every member's body measurements for any production"),
    "SIZE-CACHE-STALE": P(A, "if production not in _size_cache:", "bug", "size chart cached forever: new or corrected measurements never show"),
    "SIZE-CACHE-RACE": P(A, "rows = db().execute(SIZE_SQL", "bug", "check-then-fill of the module-level cache from request threads without a lock: duplicate queries, last writer wins", "critical-section"),
    "RETURN-MISSING-500": P(A, "fee = loans.return_costume(", "bug", "extra, one agent: an unknown loan id raises KeyError, answered with a 500 instead of a 404"),
    "LOAN-LIMIT-OFF-BY-ONE": P(L, "> MAX_ACTIVE_LOANS", "bug", "> instead of >=: a member can have five costumes out, not four", "off-by-one"),
    "CHECKOUT-RACE": P(L, 'if row is None or row["status"] != "in":', "bug", "status read, then set to 'out' in a separate statement: two checkouts of one costume both succeed", "critical-section"),
    "RETURN-ANY-LOAN": P(L, "loan = conn.execute(", "security", "member_id is accepted but never used: any member can return (close) anyone's loan", "signature-vs-statement"),
    "RETURN-TWICE": P(L, "if loan is None:", "bug", "an already returned loan can be returned again, flipping a costume that is out on a newer loan back to 'in'"),
    "OVERDUE-FULL-SCAN": P(L, 'rows = conn.execute("SELECT id, member_id', "performance", "every open loan is loaded and filtered in Python instead of WHERE due_on < ?"),
    "OVERDUE-DUE-TODAY": P(L, "<= today]", "bug", "<= lists a costume due back today as overdue", "off-by-one"),
    "SLOTS-SKIP-FIRST": P(FT, "for i in range(1, count)", "bug", "range(1, count) leaves out the 18:00 slot", "off-by-one"),
    "FITTING-SAME-MEMBER": P(FT, "taken = conn.execute(", "bug", "no check that the member already holds a place in the slot: one member can take both places"),
    "FITTING-CAPACITY-RACE": P(FT, "if taken >= ROOM_CAPACITY:", "bug", "count-then-insert without a transaction: concurrent bookings overfill the room", "critical-section"),
    "MEASURE-EMPTY-BODY": P(FT, 'fields = ", ".join(', "bug", "extra, one agent: an empty JSON object gives 'SET  WHERE', an SQL syntax error and a 500"),
    "MEASURE-COLUMN-SQLI": P(FT, 'conn.execute(f"UPDATE fittings SET {fields}', "security", "JSON keys become column names in the UPDATE: SQL injection; MEASUREMENT_FIELDS is never used", "signature-vs-statement"),
}

CONFUSABLE = [
    ("WARDROBE-KEY-FAILS-OPEN", "WARDROBE-KEY-TIMING"),
    ("PER-PAGE-NEGATIVE", "PAGE-OFFSET"),
    ("PAGE-OFFSET", "SORT-SQLI"),
    ("LABEL-TMP-FILE", "LABEL-SHELL"),
    ("MEASUREMENTS-EXPOSED", "SIZE-CACHE-STALE"),
    ("SIZE-CACHE-STALE", "SIZE-CACHE-RACE"),
    ("LOAN-LIMIT-OFF-BY-ONE", "CHECKOUT-RACE"),
    ("RETURN-ANY-LOAN", "RETURN-TWICE"),
    ("OVERDUE-FULL-SCAN", "OVERDUE-DUE-TODAY"),
    ("FITTING-SAME-MEMBER", "FITTING-CAPACITY-RACE"),
    ("MEASURE-EMPTY-BODY", "MEASURE-COLUMN-SQLI"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read all three modules of the costume store (`app.py`, `loans.py`, `fittings.py`).

        **Summary**

        1. Three injection paths reachable from requests: `ORDER BY {sort}` in the costume search, the
           `copies` field in the label shell command, and JSON keys used as column names in
           `record_measurements`.
        2. A path traversal in the photo download.
        3. Authentication is weak at both levels: the wardrobe key check passes everyone when `WARDROBE_KEY`
           is unset, and member tokens are derivable from e-mail addresses.
        4. Loans and fittings are check-then-act without transactions, and several bounds are off by one
           (the loan limit, the first search page, the first fitting slot, "overdue" on the due date).

        | Priority | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 8 |
        | low | 2 |
        """,
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection through the `sort` parameter of `GET /costumes`",
              "Map `sort` through an allow-list (`{'name', 'era', 'size'}`) and fall back to `name`; identifiers cannot be bound as parameters.",
              symbol="search_costumes", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "Shell command injection via the `copies` form field in `print_label`",
              "Validate `copies` as a small positive int and call `subprocess.run([\"lp\", \"-d\", LABEL_PRINTER, \"-n\", str(n), ...])` without `shell=True`.",
              symbol="print_label", conf=0.95),
            F("MEASURE-COLUMN-SQLI", "critical", "security", "`record_measurements` builds the SET clause from untrusted JSON keys",
              "Reject keys not in `MEASUREMENT_FIELDS` (which is defined for exactly this and never used) before building the statement.",
              symbol="record_measurements", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in the costume photo download",
              "Ignore the `file` parameter or use `flask.send_from_directory(PHOTO_DIR, name)`, which refuses paths outside the directory.",
              symbol="costume_photo", conf=0.9),
            F("WARDROBE-KEY-FAILS-OPEN", "high", "security", "Wardrobe key check passes every request when `WARDROBE_KEY` is not set",
              "Refuse to start (or return 403) when `WARDROBE_KEY` is empty; today a missing header (`\"\"`) equals the empty default.",
              symbol="wardrobe_required", conf=0.9),
            F("WARDROBE-KEY-TIMING", "low", "security", "Wardrobe key compared with `!=`",
              "Use `hmac.compare_digest` for the comparison.", symbol="wardrobe_required", conf=0.5),
            F("MEMBER-TOKEN-PREDICTABLE", "high", "security", "Member API tokens are an MD5 of the member's e-mail",
              "Generate tokens with `secrets.token_urlsafe(32)` and store only a hash of them.",
              symbol="register_member", conf=0.9),
            F("CHECKOUT-RACE", "high", "bug", "Two concurrent checkouts of the same costume can both succeed",
              "Make the status change conditional, `UPDATE costumes SET status='out' WHERE id=? AND status='in'`, and proceed only if `rowcount == 1` (inside one transaction with the insert).",
              n=3, symbol="checkout", conf=0.8),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "Active-loan limit allows one costume more than `MAX_ACTIVE_LOANS`",
              "Use `>=`: with four loans out, `4 > 4` is false and a fifth checkout goes through.",
              symbol="checkout", conf=0.85),
            F("RETURN-ANY-LOAN", "high", "security", "`return_costume` ignores `member_id`, so any member can close another member's loan",
              "Add `AND member_id = ?` to the lookup (or allow wardrobe staff only) and 404 otherwise.",
              symbol="return_costume", conf=0.85),
            F("RETURN-TWICE", "medium", "bug", "Returning an already-returned loan marks the costume as in stock again",
              "Reject loans whose `returned_on` is set; otherwise a second return flips a costume that is now out on someone else's loan back to `in`.",
              symbol="return_costume", conf=0.7),
            F("OVERDUE-DUE-TODAY", "medium", "bug", "Costumes due back today are reported as overdue",
              "Use `<` (a loan is overdue the day after `due_on`).", symbol="overdue", conf=0.75),
            F("PAGE-OFFSET", "medium", "bug", "`page=1` skips the first page of search results",
              "Compute `offset = (page - 1) * per_page` and reject `page < 1`.", symbol="search_costumes", conf=0.85),
            F("SIZE-CACHE-RACE", "medium", "bug", "Unsynchronised check-then-fill on the module-level `_size_cache`",
              "Guard the miss path with a lock (or use a per-request query; the table is small). Concurrent requests each query and overwrite the entry.",
              d=+1, symbol="size_chart", conf=0.6),
            F("SIZE-CACHE-STALE", "medium", "bug", "Size charts are cached for the life of the process",
              "Invalidate `_size_cache[production]` when measurements are recorded, or drop the cache.",
              symbol="size_chart", conf=0.75),
            F("LABEL-TMP-FILE", "medium", "security", "Label file written to a fixed, guessable path in `/tmp`",
              "Use `tempfile.NamedTemporaryFile(delete=False)`; a pre-created symlink at `/tmp/label-<id>.txt` redirects the write, and two prints of one costume race on the file.",
              symbol="print_label", conf=0.65),
            F("SLOTS-SKIP-FIRST", "medium", "bug", "`slots_for` never offers the 18:00 fitting slot",
              "Use `range(count)`; `is_open` accepts 18:00, so the slot exists but is never listed.",
              symbol="slots_for", conf=0.85),
            F("FITTING-CAPACITY-RACE", "medium", "bug", "Fitting slot capacity check is not atomic",
              "Do the count and the insert in one `BEGIN IMMEDIATE` transaction, or enforce capacity with a constraint.",
              symbol="book", conf=0.7),
            F("FITTING-SAME-MEMBER", "low", "bug", "A member can book the same fitting slot more than once",
              "Check for an existing booking by `member_id` and `slot` (or add a unique index on the pair).",
              symbol="book", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed costumes/ (3 modules, ~270 lines). Tests not run (none in repo).",
        Block([
            F("SORT-SQLI", "critical", "security", "sort param reaches ORDER BY unescaped",
              "allow-list sort columns", d=-1),
            F("LABEL-SHELL", "critical", "security", "print_label: request.form['copies'] in shell=True command",
              "argv list; int(copies)", d=-1),
            F("MEASURE-COLUMN-SQLI", "high", "security", "record_measurements: column names come from caller",
              "filter keys by MEASUREMENT_FIELDS", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "costume_photo: ?file= allows ../ traversal",
              "send_from_directory", d=-1),
            F("WARDROBE-KEY-FAILS-OPEN", "high", "security", "wardrobe_required is a no-op when WARDROBE_KEY unset",
              "fail closed on empty key"),
            F("MEMBER-TOKEN-PREDICTABLE", "high", "security", "register_member: token = md5(email)",
              "secrets.token_urlsafe", d=-2),
            F("RETURN-ANY-LOAN", "high", "security", "return_costume never checks the loan belongs to member_id",
              "scope query by member", d=-2),
            F("CHECKOUT-RACE", "medium", "bug", "checkout: SELECT status then UPDATE, no transaction",
              "conditional UPDATE ... AND status='in'; check rowcount", d=+2),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "MAX_ACTIVE_LOANS check uses > (allows 5)",
              ">="),
            F("PER-PAGE-NEGATIVE", "low", "bug", "negative per_page disables the LIMIT",
              "max(1, min(per_page, 100))"),
            F("OVERDUE-DUE-TODAY", "low", "bug", "overdue() includes loans due today",
              "<"),
            F("SLOTS-SKIP-FIRST", "low", "bug", "first fitting slot missing from slots_for",
              "range(count)"),
            F("FITTING-CAPACITY-RACE", "medium", "bug", "book(): room capacity can be exceeded under concurrency",
              "single transaction", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the costume store service. It is a Flask application backed by SQLite that manages
        the theatre's costume stock, member loans and fitting appointments.

        ## Security

        The most serious problems are injection vulnerabilities in the search endpoint, the label printer and the
        measurements update, together with a path traversal in the photo endpoint. Access control is also weak:
        the wardrobe key protection depends on an environment variable with an insecure default, and member
        tokens are derived deterministically.
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Costume Search Sorting",
              "Validate the sort column against a fixed list of allowed column names.",
              desc="The `sort` query parameter is interpolated directly into the `ORDER BY` clause of the query."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Use `subprocess.run` with a list of arguments and validate `copies` as an integer.", d=+1,
              desc="The `copies` value from the form is embedded in a command line executed with `shell=True`."),
            F("MEASURE-COLUMN-SQLI", "HIGH", "SQL Injection", "Unvalidated Column Names in Measurement Update",
              "Restrict the keys to `MEASUREMENT_FIELDS`.", d=-2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Photo Download",
              "Use `send_from_directory` and do not accept a file name from the client."),
            F("WARDROBE-KEY-FAILS-OPEN", "HIGH", "Broken Access Control", "Wardrobe Endpoints Unprotected When Key Is Unset",
              "Require `WARDROBE_KEY` to be configured at startup.",
              desc="`WARDROBE_KEY` defaults to an empty string, and a request without the header also yields an empty string, so the comparison succeeds."),
            F("WARDROBE-KEY-TIMING", "LOW", "Cryptographic Failure", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`."),
            F("MEMBER-TOKEN-PREDICTABLE", "HIGH", "Broken Authentication", "Predictable Member Tokens",
              "Use a cryptographically random token.", d=-2,
              desc="`register_member` derives the token from the e-mail address with MD5, so it can be recomputed by anyone."),
            F("RETURN-ANY-LOAN", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Loan Return",
              "Verify that the loan belongs to the authenticated member."),
            F("MEASUREMENTS-EXPOSED", "MEDIUM", "Sensitive Data Exposure", "Body Measurements Visible to All Members",
              "Limit the size chart to wardrobe staff or to the requesting member's own measurements."),
            F("LABEL-TMP-FILE", "LOW", "Insecure Temporary File", "Predictable Temporary File Name",
              "Use the `tempfile` module.", d=-1),
        ], wrap="list"),
        """
        ## Reliability and Logic
        """,
        Block([
            F("LOAN-LIMIT-OFF-BY-ONE", "major", "Business Logic", "Loan Limit Allows One Extra Costume",
              "Change the comparison to `>=`.", d=+1, sd=0, n=2),
            F("SIZE-CACHE-RACE", "minor", "Race Condition", "Race Condition in Size Chart Cache",
              "Protect the cache with a `threading.Lock`.", d=-1),
            F("OVERDUE-FULL-SCAN", "minor", "Performance", "Overdue Report Loads All Open Loans",
              "Filter by due date in the SQL query.",
              desc="`overdue` fetches every unreturned loan and filters in Python, which grows with the loan history."),
            F("SLOTS-SKIP-FIRST", "major", "Index Out of Range", "First Fitting Slot Is Never Generated",
              "Start the range at 0.", d=-1),
            F("FITTING-CAPACITY-RACE", "minor", "Race Condition", "Room Capacity Check Not Atomic",
              "Use a transaction.", d=+2),
            F("MEASURE-EMPTY-BODY", "minor", "Input Validation", "Empty Measurement Payload Produces Invalid SQL",
              "Return 400 when the payload has no recognised fields.",
              desc="With `{}` the statement becomes `UPDATE fittings SET  WHERE id = ?`, which SQLite rejects with a 500."),
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to the route handlers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort", "whitelist columns", d=+1),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in photo download", "send_from_directory"),
            F("LABEL-SHELL", "error", "security", "shell injection in label printing", "no shell=True"),
            F("MEASURE-COLUMN-SQLI", "error", "security", "sql injection via measurement keys", "use MEASUREMENT_FIELDS"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-OFFSET", "warning", "", "page 1 returns the second page", "(page - 1) * per_page"),
            F("LOAN-LIMIT-OFF-BY-ONE", "warning", "bug", "loan limit off by one", ">="),
            F("OVERDUE-DUE-TODAY", "warning", "bug", "due today counted as overdue", "use <", d=-1, sd=0),
            F("SIZE-CACHE-STALE", "info", "bug", "size chart cache never cleared", "invalidate on update", d=+2),
            F("FITTING-SAME-MEMBER", "info", "bug", "same member can fill a fitting slot", "check member_id"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review: Millbrook costume store

        ## Summary
        1. **Injection**: SQL injection in search sorting and measurements, command injection in label printing.
        2. **Access control**: predictable member tokens, wardrobe key default, loans returnable by anyone.
        3. **Concurrency**: race conditions in checkout and the size cache.
        4. **Logic**: pagination, loan limit, overdue date and slot generation.
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in costume search ORDER BY", "Use a column allow-list.", conf=0.95),
            F("LABEL-SHELL", "blocker", "security", "Command injection through label copies", "Avoid shell=True.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Arbitrary file read via photo file parameter",
              "Sanitise the file name.", d=-1, conf=0.85),
            F("MEASURE-COLUMN-SQLI", "major", "security", "SQL injection via measurement field names",
              "Validate field names against MEASUREMENT_FIELDS.", d=-2, conf=0.8),
            F("MEMBER-TOKEN-PREDICTABLE", "major", "security", "Member token derived from e-mail hash",
              "Use secrets.token_urlsafe.", conf=0.85),
            F("WARDROBE-KEY-FAILS-OPEN", "major", "security", "Empty default wardrobe key disables authentication",
              "Fail closed when WARDROBE_KEY is empty.", conf=0.8),
            F("RETURN-ANY-LOAN", "major", "security", "Loan return not restricted to the borrowing member",
              "Use member_id in the query.", d=-2, conf=0.75),
            F("MEASUREMENTS-EXPOSED", "minor", "privacy", "Size chart exposes all members' measurements",
              "Restrict access.", conf=0.6),
            F("CHECKOUT-RACE", "major", "concurrency", "Race condition between availability check and update in checkout",
              "Use an atomic conditional update.", d=-1, conf=0.8),
            F("SIZE-CACHE-RACE", "minor", "performance", "Duplicate size chart queries on concurrent cache misses",
              "Populate the cache under a lock.", conf=0.6),
            F("RETURN-TWICE", "major", "correctness", "Loan can be returned twice",
              "Check returned_on IS NULL before updating.", d=-1, conf=0.7),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination offset skips first page",
              "Subtract one from the page number.", d=+3, conf=0.8),
            F("LOAN-LIMIT-OFF-BY-ONE", "minor", "correctness", "Off-by-one in maximum active loans check",
              "Use >= MAX_ACTIVE_LOANS.", conf=0.8),
            F("OVERDUE-DUE-TODAY", "minor", "correctness", "Overdue check includes the due date",
              "Compare with < today.", conf=0.7),
            F("SLOTS-SKIP-FIRST", "minor", "correctness", "Fitting slots start one slot late",
              "Use range(count).", conf=0.8),
            F("RETURN-MISSING-500", "minor", "error-handling", "Unknown loan id causes an unhandled KeyError",
              "Catch KeyError and return 404.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 7 major, 7 minor"),
    ]),
}

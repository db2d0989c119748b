"""test57/py-toycounter: a toy library's loan counter (Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general sections and test37 section, the builders and
specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test57: seeded problems in a toy library loan counter; five agents' answers written "
    "by hand."
)

A = "toycounter/app.py"
PROBLEMS = {
    "VOL-KEY-FAILS-OPEN": P(A, 'if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:', "security", "TOYLIB_VOLUNTEER_KEY defaults to '': with it unset, a request with no header passes volunteer_only", "signature-vs-statement"),
    "VOL-KEY-TIMING": P(A, 'if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:', "security", "volunteer key compared with != (not constant time), unlike admin_only's compare_digest"),
    "SORT-SQLI": P(A, 'sql += f" ORDER BY {sort}"', "security", "sort query value formatted into ORDER BY: SQL injection on the public catalogue", "source-vs-sink"),
    "PAGE-OFFSET": P(A, "offset = page * PAGE_SIZE", "bug", "pages start at 1 but offset = page * PAGE_SIZE: page 1 skips the first 20 toys", "off-by-one"),
    "BOARD-PUBLIC-PHONES": P(A, "member_name, member_phone FROM open_loans", "security", "the public /board lists borrowers' names and phone numbers without any auth"),
    "BOARD-CACHE-RACE": P(A, '_board_cache["rows"] = [dict(r) for r in rows]', "bug", "board cache checked and filled without a lock: concurrent misses all query, rows and at written separately", "critical-section"),
    "LOAN-LIMIT": P(A, "if active > MAX_LOANS:", "bug", "active > MAX_LOANS lets a member take a fifth toy (should be >=)", "off-by-one"),
    "TOY-NONE-CRASH": P(A, 'if toy["status"] != "in":', "bug", "unknown toy_id: fetchone() is None and toy['status'] raises, 500 instead of 404"),
    "CHECKOUT-RACE": P(A, 'db.execute("INSERT INTO loans (member_id, toy_id, due_date)', "bug", "status read, then loan inserted and status set without a conditional update: two volunteers lend the same toy", "critical-section"),
    "LATE-WEEKS-FLOOR": P(A, "weeks_late = days_late // 7", "bug", "floor division: a partly late week is free (6 days late costs nothing, 13 days one week)", "off-by-one"),
    "DOUBLE-RETURN": P(A, 'db.execute("UPDATE loans SET returned_at = ?, fee = ? WHERE id = ?"', "bug", "returned_at not checked: returning an already returned loan again overwrites its date and fee and frees whatever toy state"),
    "NEGATIVE-MISSING": P(A, "UPDATE toys SET status = 'in', pieces = pieces - ?", "bug", "missing_pieces not validated: a negative count adds pieces, a large one drives the count below zero"),
    "RETURN-STATS-UNLOCKED": P(A, '_stats["returns"] += 1', "bug", "returns counter updated without _stats_lock (checkout takes it): lost updates under threads"),
    "RENEW-NO-AUTH": P(A, 'member_id = request.args.get("member")', "security", "renewal trusts a member id from the query string: no login, anyone can renew anyone's loan"),
    "RENEW-RETURNED": P(A, '"SELECT due_date, renewals FROM loans WHERE id = ? AND member_id = ?"', "bug", "renewal does not require returned_at IS NULL: returned (or long overdue) loans can be renewed"),
    "RENEW-LIMIT": P(A, 'if loan["renewals"] > MAX_RENEWALS:', "bug", "renewals > MAX_RENEWALS allows a third renewal (should be >=)", "off-by-one"),
    "MEMBER-LOANS-NO-AUTH": P(A, '"SELECT l.id, t.name, l.due_date, l.fee FROM loans l JOIN toys t', "security", "any member's loan history and fees readable by anyone (no auth on /members/<id>/loans)"),
    "PHOTO-PATH-TRAVERSAL": P(A, "upload.save(dest)", "security", "upload filename joined to the photo dir unsanitised: ../ writes anywhere the service can", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "upload.save(dest)", "security", "no extension or content-type check: .html/.svg uploads are later served from the site's origin"),
    "LABEL-SHELL": P(A, "subprocess.run(cmd, shell=True, check=False, timeout=30)", "security", "printer and copies form values formatted into a shell command line", "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False, timeout=30)", "bug", "check=False and the return code ignored: a failed print is answered 202 queued"),
    "UNSAFE-YAML": P(A, "docs = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "REMINDER-DUE-TODAY": P(A, "WHERE l.due_date <= ? AND l.returned_at IS NULL", "bug", "due_date <= today: families are told a toy is overdue on the day it is due", "off-by-one"),
    "REMINDER-ROW-TUPLE": P(A, "note = f\"{r['name']} was due back", "bug", "the reminder connection has no row_factory: r['name'] raises TypeError and the thread dies"),
    "REMINDER-REPEATS": P(A, 'subprocess.run(["mail", "-s", "Toy overdue", r["email"]]', "bug", "nothing records a reminder was sent: every overdue family is mailed again every hour"),
}

CONFUSABLE = [
    ("VOL-KEY-FAILS-OPEN", "VOL-KEY-TIMING"),
    ("SORT-SQLI", "PAGE-OFFSET"),
    ("BOARD-PUBLIC-PHONES", "BOARD-CACHE-RACE"),
    ("TOY-NONE-CRASH", "CHECKOUT-RACE"),
    ("LATE-WEEKS-FLOOR", "DOUBLE-RETURN"),
    ("DOUBLE-RETURN", "NEGATIVE-MISSING"),
    ("NEGATIVE-MISSING", "RETURN-STATS-UNLOCKED"),
    ("RENEW-NO-AUTH", "RENEW-RETURNED"),
    ("PHOTO-PATH-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("LABEL-SHELL", "LABEL-EXIT-IGNORED"),
    ("REMINDER-ROW-TUPLE", "REMINDER-REPEATS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `toycounter/app.py`

        The counter app is small and mostly careful with SQL parameters, but three things stand out: the
        volunteer gate opens when its key is not configured, two endpoints hand request values to SQL or a
        shell, and the checkout/return paths lose track of toys under ordinary use (two volunteers at once,
        a toy returned twice).

        | Priority | Area | Count |
        |---|---|---|
        | Critical | auth, injection | 4 |
        | High | data integrity, privacy | 5 |
        | Medium / Low | limits, reminders, counters | 10 |

        What is fine: `admin_only` fails closed when `TOYLIB_ADMIN_KEY` is unset and uses
        `hmac.compare_digest`; `get_photo` uses `send_from_directory`; `/admin/stats` reads under the lock;
        every query except `/toys` binds its parameters.
        """,
        Block([
            F("VOL-KEY-FAILS-OPEN", "critical", "security", "`volunteer_only` accepts an empty key when `TOYLIB_VOLUNTEER_KEY` is unset",
              "Refuse to start (or answer 503) when the key is empty, like `admin_only` does; then compare with `hmac.compare_digest`.",
              symbol="volunteer_only.wrapper", conf=0.95),
            F("SORT-SQLI", "critical", "security", "SQL injection through `sort` in the catalogue listing",
              "Map `sort` to a whitelist of column names (`name`, `age_min`, `pieces`) and fall back to `name`.",
              symbol="list_toys", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "`print_label` runs `lp` through a shell with form values",
              "Pass an argv list (`[\"lp\", \"-d\", printer, \"-n\", str(int(copies)), path]`) and drop `shell=True`; validate `printer` against the configured printers.",
              symbol="print_label", conf=0.9),
            F("UNSAFE-YAML", "critical", "security", "`import_toys` deserialises the request body with `yaml.Loader`",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary Python objects.",
              symbol="import_toys", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Uploaded photo filename is used as a path component",
              "Use `werkzeug.utils.secure_filename` or generate the name server-side.",
              d=-1, symbol="upload_photo", conf=0.85),
            F("CHECKOUT-RACE", "high", "bug", "Two concurrent checkouts can lend the same toy",
              "Make the status change conditional (`UPDATE toys SET status='out' WHERE id=? AND status='in'`) and only insert the loan when one row changed, in one transaction.",
              symbol="checkout", conf=0.8),
            F("TOY-NONE-CRASH", "medium", "bug", "Checkout of an unknown `toy_id` raises instead of answering 404",
              "Check `toy is None` before reading `toy[\"status\"]`.",
              symbol="checkout", conf=0.85),
            F("DOUBLE-RETURN", "high", "bug", "A loan can be returned twice",
              "Reject the return when `loan[\"returned_at\"]` is set; otherwise the second return rewrites the fee and the return date.",
              symbol="return_toy", conf=0.8),
            F("BOARD-PUBLIC-PHONES", "high", "security", "Public `/board` exposes borrowers' names and phone numbers",
              "Show only toy names and due dates on the public board, or put it behind `volunteer_only`.",
              symbol="board", conf=0.85),
        ]),
        "Lower-severity findings:",
        Block([
            F("LOAN-LIMIT", "medium", "bug", "Loan limit allows one toy more than `MAX_LOANS`",
              "Use `if active >= MAX_LOANS:`.", symbol="checkout", conf=0.85),
            F("PAGE-OFFSET", "medium", "bug", "Catalogue paging skips the first page",
              "`offset = (page - 1) * PAGE_SIZE`, with `page` clamped to >= 1.", symbol="list_toys", conf=0.85),
            F("LATE-WEEKS-FLOOR", "low", "bug", "Late fee rounds partial weeks down",
              "Use `-(-days_late // 7)` if a started week is meant to be charged.", symbol="return_toy", conf=0.6),
            F("NEGATIVE-MISSING", "medium", "bug", "`missing_pieces` is not validated",
              "Reject negative values and values above the toy's piece count.", symbol="return_toy", conf=0.75),
            F("RENEW-LIMIT", "medium", "bug", "Renewal limit is off by one",
              "`>=` instead of `>`: with `MAX_RENEWALS = 2` a third renewal is accepted.", symbol="renew", conf=0.8),
            F("RENEW-NO-AUTH", "high", "security", "Renewal identifies the member from a query parameter",
              "Require the member's session or a signed token; `?member=` can be set by anyone.", symbol="renew", conf=0.8),
            F("BOARD-CACHE-RACE", "low", "performance", "Board cache is refreshed without a lock",
              "Guard the check-and-refresh with a lock (or a single-flight) so concurrent misses do not all hit the database.",
              d=-2, symbol="board", conf=0.6),
            F("RETURN-STATS-UNLOCKED", "low", "bug", "`_stats[\"returns\"]` is incremented without `_stats_lock`",
              "Take the lock as `checkout` does.", symbol="return_toy", conf=0.7),
            F("REMINDER-ROW-TUPLE", "medium", "bug", "Reminder thread indexes tuples by column name",
              "Set `db.row_factory = sqlite3.Row` on the reminder connection; today the first overdue row raises `TypeError` and the daemon thread dies silently.",
              symbol="send_reminders", conf=0.85),
            F("REMINDER-DUE-TODAY", "low", "bug", "Reminders are sent on the due date itself",
              "Use `due_date < ?` so a toy is overdue only from the day after it is due.", symbol="send_reminders", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "critical", "security", "ORDER BY built from ?sort=", "Whitelist sort columns.", d=-3),
            F("VOL-KEY-FAILS-OPEN", "high", "security", "volunteer_only passes when TOYLIB_VOLUNTEER_KEY unset", "Fail closed on empty key.", d=-3),
            F("LABEL-SHELL", "critical", "security", "Shell injection in print_label via printer/copies", "argv list, no shell.", d=-3),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal in photo upload filename", "secure_filename().", d=-2),
            F("UNSAFE-YAML", "high", "security", "yaml.load with yaml.Loader on request data", "yaml.safe_load.", d=-2),
            F("CHECKOUT-RACE", "high", "bug", "checkout TOCTOU on toy status", "Conditional UPDATE ... AND status='in', check rowcount.", d=-3),
            F("LOAN-LIMIT", "medium", "bug", "MAX_LOANS check uses >", ">=.", d=-3),
            F("DOUBLE-RETURN", "medium", "bug", "return_toy does not check returned_at", "409 if already returned."),
            F("RENEW-RETURNED", "medium", "bug", "renew accepts loans already returned", "AND returned_at IS NULL."),
            F("REMINDER-REPEATS", "low", "bug", "Overdue mail resent every hour", "Store reminded_at; send once per day."),
            F("LABEL-EXIT-IGNORED", "low", "bug", "lp failures reported as queued", "check=True / inspect returncode."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the toy library loan counter in `toycounter/app.py`. It is a Flask application
        backed by SQLite that lets volunteers lend and take back toys, renew loans, print shelf labels and
        import the catalogue, and it runs a background thread that mails overdue reminders.

        **Security**

        The most serious issues are injection flaws (SQL, shell and YAML deserialization) and weak access
        control around the volunteer endpoints and member data.
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via the sort parameter",
              "Validate `sort` against an allow-list of column names.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated directly into the ORDER BY clause of the catalogue query."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Use a list of arguments without `shell=True`.", sd=-2, n=3,
              desc="The `printer` and `copies` form fields are placed into a command string executed by the shell."),
            F("UNSAFE-YAML", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Loading",
              "Use `yaml.safe_load()`.", sd=-2, n=3),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "No File Type Validation on Photo Upload",
              "Allow only image extensions and check the content type.", sd=-2, n=3,
              desc="Any file type is accepted and later served back by `get_photo`, so an HTML or SVG file would run script in the site's origin."),
            F("VOL-KEY-TIMING", "MEDIUM", "Broken Authentication", "Volunteer Key Compared Without Constant-Time Comparison",
              "Use `hmac.compare_digest` as `admin_only` does.", sd=-2, n=3),
            F("MEMBER-LOANS-NO-AUTH", "HIGH", "Broken Access Control", "Member Loan History Is Publicly Accessible",
              "Require authentication and check that the caller is the member or a volunteer.", sd=-2, n=3),
            F("BOARD-PUBLIC-PHONES", "HIGH", "Information Disclosure", "Public Board Leaks Member Phone Numbers",
              "Remove personal data from the public board.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Logic**

        Several logic errors affect loans, fees and the reminder job.
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, data access and background jobs; consider splitting it into blueprints."}),
            F("CHECKOUT-RACE", "HIGH", "Race Condition", "Race Condition Between Availability Check and Loan Creation",
              "Perform the check and the update atomically in a single conditional UPDATE.", d=-2, sd=-3, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Unsynchronized Cache Refresh for the Board",
              "Use a lock around the cache refresh.", sd=-2, n=3),
            F("LATE-WEEKS-FLOOR", "MEDIUM", "Logic Error", "Late Fee Calculation Ignores Partial Weeks",
              "Round the number of late weeks up.", d=+1, sd=-1, n=3),
            F("RETURN-STATS-UNLOCKED", "LOW", "Race Condition", "Return Counter Not Protected by Lock",
              "Use `_stats_lock`.", sd=-2, n=3),
            F("REMINDER-ROW-TUPLE", "HIGH", "Error Handling", "Reminder Thread Crashes on First Overdue Loan",
              "Set `row_factory` on the connection and catch exceptions inside the loop.", sd=-2, n=3,
              desc="Rows are plain tuples because the connection opened in `send_reminders` has no `row_factory`, so `r['name']` raises and the daemon thread exits."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort param", "whitelist columns"),
            F("LABEL-SHELL", "error", "security", "shell injection in lp call", "list args, no shell"),
            F("UNSAFE-YAML", "error", "security", "unsafe yaml.load on upload", "yaml.safe_load"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-OFFSET", "warning", "bug", "page 1 skips first page of toys", "(page - 1) * PAGE_SIZE", d=+1),
            F("NEGATIVE-MISSING", "warning", "", "negative missing_pieces increases pieces", "validate >= 0"),
            F("REMINDER-DUE-TODAY", "info", "bug", "overdue reminder sent on due day", "use < not <=", d=-3),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: the volunteer key check fails open; renewals trust the query string.
        2. Injection: SQL (catalogue sort), shell (label printing), YAML deserialization.
        3. Correctness: loan limit, renewal limit, double returns, checkout race.
        4. Concurrency: shared caches and counters without locks.
        5. Reliability: the reminder thread.
        """,
        Block([
            F("VOL-KEY-FAILS-OPEN", "blocker", "security", "Volunteer authentication bypass when the key is not configured",
              "Abort startup if TOYLIB_VOLUNTEER_KEY is empty.", conf=0.9),
            F("SORT-SQLI", "blocker", "security", "SQL injection in toy listing sort order",
              "Use a fixed mapping of allowed sort keys.", d=+2, conf=0.9),
            F("LABEL-SHELL", "blocker", "security", "Command injection in label printing",
              "Avoid shell=True.", d=-1, conf=0.9),
            F("UNSAFE-YAML", "major", "security", "Unsafe YAML deserialization in catalogue import",
              "Use safe_load.", conf=0.85),
            F("CHECKOUT-RACE", "major", "concurrency", "Toy availability check is not atomic with the loan insert",
              "Use a transaction with a conditional update.", d=-2, conf=0.75),
            F("LOAN-LIMIT", "major", "correctness", "Off-by-one in maximum loans per member",
              "Compare with >=.", conf=0.8),
            F("RENEW-LIMIT", "minor", "correctness", "Off-by-one in renewal limit allows an extra renewal",
              "Compare with >=.", d=+1, conf=0.75),
            F("RENEW-NO-AUTH", "major", "security", "Loan renewal has no authentication",
              "Authenticate the member.", conf=0.8),
            F("DOUBLE-RETURN", "major", "correctness", "Already returned loans can be returned again",
              "Check returned_at before updating.", conf=0.7),
            F("BOARD-CACHE-RACE", "minor", "concurrency", "Board cache refresh is racy (duplicate queries, torn state)",
              "Protect with a lock.", d=+1, conf=0.6),
            F("REMINDER-REPEATS", "minor", "reliability", "Overdue reminders are repeated every hour",
              "Track which loans were already reminded.", d=+2, conf=0.7),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize the filename.", conf=0.8),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 6 major, 3 minor"),
    ]),
}

"""test118/py-conjurerclub: a magic society's prop loans, show bookings and membership exams (Python, Flask + SQLite).

Frozen test split test118, written 2026-12-07 by a helper session that had not seen the merger code, any score,
or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "cases. Frozen test split test118: seeded problems in a magic society's prop-loan, show-booking and "
    "membership-exam service; five agents' answers written by hand."
)

A = "conjurers/app.py"
PROBLEMS = {
    "MEMBER-FAILS-OPEN": P(A, "if MEMBER_SALT and token != member_token(member_id):", "security",
                           "member check skipped entirely when CIRCLE_MEMBER_SALT is unset: any X-Member-Id is accepted"),
    "MEMBER-TOKEN-TIMING": P(A, "if MEMBER_SALT and token != member_token(member_id):", "security",
                             "member token compared with != (not constant time); the token is a bare sha256 of salt and id"),
    "PROPS-ORDER-SQLI": P(A, 'WHERE kind LIKE ? ORDER BY {order}",', "security",
                          "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "LOAN-LIMIT-OFF-BY-ONE": P(A, "if held > MAX_LOANS:", "bug",
                               "held > MAX_LOANS lets a member holding three props borrow a fourth", "off-by-one"),
    "LAST-COPY-RACE": P(A, 'db.execute("UPDATE props SET on_loan = on_loan + 1 WHERE id = ?"', "bug",
                        "copies check and on_loan increment are not atomic: two members can both take the last copy",
                        "critical-section"),
    "RETURN-NOT-OWNER": P(A, 'loan = db.execute("SELECT * FROM loans WHERE id = ?"', "security",
                          "any member can return (and set the fine of) any other member's loan", "signature-vs-statement"),
    "NEGATIVE-FINE": P(A, "fine = late_days * FINE_PER_DAY", "bug",
                       "an early return gives a negative late_days and a negative fine (a credit)"),
    "DOUBLE-RETURN": P(A, '"UPDATE loans SET returned_at = ?, fine = ? WHERE id = ?"', "bug",
                       "returned_at is never checked: a loan can be returned again, overwriting the fine and decrementing on_loan twice"),
    "YAML-UNSAFE-LOAD": P(A, "doc = yaml.load(request.data, Loader=yaml.Loader)", "security",
                          "yaml.Loader on the request body can build arbitrary Python objects", "signature-vs-statement"),
    "IMPORT-EMPTY-DOC": P(A, 'for item in doc.get("props", []):', "bug",
                          "extra, one agent: an empty or non-mapping YAML body makes doc None or a list and the import answers 500"),
    "SHOW-MINUTES-UNCHECKED": P(A, "end = start + timedelta(minutes=minutes)", "bug",
                                "minutes is not validated: zero or negative durations make shows that end before they start"),
    "CLASH-INTERVAL-WRONG": P(A, '"SELECT id FROM shows WHERE venue = ? AND start < ? AND end > ?",', "bug",
                              "clash query only finds shows that contain the new one entirely; partial overlaps are booked"),
    "SHOW-DOUBLE-BOOK-RACE": P(A, "if clash:", "bug",
                               "clash check and insert are separate statements without a transaction: two bookings can take the venue at once",
                               "critical-section"),
    "SHOWS-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance",
                              "page size is not capped: size=1000000 reads the whole table"),
    "SHOWS-PAGE-OFFSET": P(A, "(size, page * size)).fetchall()", "bug",
                           "pages start at 1 but the offset is page * size: the first page of shows is never returned", "off-by-one"),
    "POSTER-NOT-OWNER": P(A, 'path = os.path.join(POSTER_DIR, f"{show_id}_{name}")', "security",
                          "extra, one agent: any member can upload (and overwrite) the poster of another member's show"),
    "POSTER-TRAVERSAL": P(A, "upload.save(path)", "security",
                          "upload filename joined into the save path unsanitised: ../ writes outside the poster directory",
                          "source-vs-sink"),
    "POSTER-ANY-TYPE": P(A, "upload.save(path)", "security",
                         "no extension or content-type check: an .html or .svg poster is served back from the app's origin"),
    "MEMBER-PROFILE-IDOR": P(A, '"SELECT id, name, email, phone, rank FROM members WHERE id = ?"', "security",
                             "any member can read any other member's email and phone by id", "signature-vs-statement"),
    "EXAM-ANSWERS-LEAKED": P(A, '"SELECT position, question, choices, answer FROM exam_questions', "security",
                             "the questions endpoint returns the answer key to candidates"),
    "EXAM-FIRST-QUESTION-SKIPPED": P(A, "correct = sum(1 for i in range(1, len(key))", "bug",
                                     "range starts at 1: the first question is never counted, so a perfect paper scores below 100",
                                     "off-by-one"),
    "PASS-MARK-EXCLUSIVE": P(A, "passed = percent > PASS_MARK", "bug",
                             "> instead of >=: a candidate on exactly the pass mark fails", "off-by-one"),
    "EXAM-STATS-RACE": P(A, '_exam_stats["passed"] += 1', "bug",
                         "passed counter incremented after the lock is released: lost updates between threads",
                         "critical-section"),
    "EXAM-RETAKE-PROBE": P(A, 'db.execute("INSERT INTO exam_results (exam_id, member_id, percent, passed)', "security",
                           "unlimited resubmissions with the percentage returned: a candidate can find the key one answer at a time"),
    "CERT-NAME-INJECTION": P(A, "cmd = f\"certgen --name '{name}'", "security",
                             "name form value inside single quotes in a shell command: a quote breaks out"),
    "CERT-PRINTER-INJECTION": P(A, "cmd = f\"certgen --name '{name}'", "security",
                                "printer form value appended unquoted to the lp part of the shell command", "source-vs-sink"),
    "BOARD-EMAIL-LEAK": P(A, '"SELECT m.name, m.email, r.percent FROM exam_results r', "security",
                          "the public, unauthenticated board publishes members' email addresses"),
}

CONFUSABLE = [
    ("MEMBER-FAILS-OPEN", "MEMBER-TOKEN-TIMING"),
    ("NEGATIVE-FINE", "DOUBLE-RETURN"),
    ("YAML-UNSAFE-LOAD", "IMPORT-EMPTY-DOC"),
    ("SHOW-MINUTES-UNCHECKED", "CLASH-INTERVAL-WRONG"),
    ("CLASH-INTERVAL-WRONG", "SHOW-DOUBLE-BOOK-RACE"),
    ("SHOWS-SIZE-UNBOUNDED", "SHOWS-PAGE-OFFSET"),
    ("POSTER-TRAVERSAL", "POSTER-ANY-TYPE"),
    ("POSTER-NOT-OWNER", "POSTER-TRAVERSAL"),
    ("POSTER-NOT-OWNER", "POSTER-ANY-TYPE"),
    ("EXAM-FIRST-QUESTION-SKIPPED", "PASS-MARK-EXCLUSIVE"),
    ("EXAM-STATS-RACE", "EXAM-RETAKE-PROBE"),
    ("CERT-NAME-INJECTION", "CERT-PRINTER-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `conjurers/app.py`

        The Conjurers' Circle service is a single Flask module over SQLite. Parameter binding is used almost
        everywhere, `secretary_only` fails closed and compares with `hmac.compare_digest`, posters are served
        through `send_from_directory`, and `/exams/stats` reads the counters under `_stats_lock`. The weak
        points are the member check, a few string-built commands and queries, and the bookkeeping around loans,
        shows and exam results.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | auth | `member_only` fails open without a salt |
        | 2 | injection | `ORDER BY {order}`, certificate shell command |
        | 3 | access control | loans, profiles, posters not tied to the caller |
        | 4 | exams | answer key served, first question skipped, pass mark exclusive |
        | 5 | bookkeeping | last-copy race, venue clash query, paging, fines |
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "critical", "security", "`member_only` accepts any caller when `CIRCLE_MEMBER_SALT` is unset",
              "Fail closed like `secretary_only`: refuse to start (or answer 503) when the salt is empty.",
              symbol="member_only.wrapper", conf=0.9),
            F("PROPS-ORDER-SQLI", "high", "security", "SQL injection through the `order` parameter of `/props`",
              "Map `order` onto a whitelist of column names (`name`, `kind`, `copies`) before building the query.",
              symbol="list_props", conf=0.95),
            F("CERT-NAME-INJECTION", "high", "security", "Shell injection through the certificate `name`",
              "Build an argument list and drop `shell=True`; pipe `certgen` into `lp` with two `subprocess` calls.",
              symbol="print_certificate", conf=0.9),
            F("CERT-PRINTER-INJECTION", "high", "security", "`printer` is appended unquoted to the `lp -d` part of the command",
              "Validate `printer` against the configured printer names.", symbol="print_certificate", conf=0.85),
            F("POSTER-TRAVERSAL", "high", "security", "Poster upload writes to a path built from the client's filename",
              "Use `werkzeug.utils.secure_filename` and check the resolved path stays under `POSTER_DIR`.",
              symbol="upload_poster", conf=0.9),
            F("POSTER-NOT-OWNER", "medium", "security", "Any member can replace the poster of someone else's show",
              "Look up the show and compare its `member_id` with `g.member_id` before saving.",
              symbol="upload_poster", conf=0.7),
            F("RETURN-NOT-OWNER", "medium", "security", "Loans can be returned by members who do not hold them",
              "Add `AND member_id = ?` with `g.member_id` to the loan lookup.", symbol="return_prop", conf=0.85),
            F("MEMBER-PROFILE-IDOR", "medium", "security", "Member profiles (email, phone) readable by every member",
              "Return the full profile only to the member themself or the secretary; others get name and rank.",
              symbol="member_profile", conf=0.8),
            F("EXAM-ANSWERS-LEAKED", "high", "security", "Exam questions endpoint includes the `answer` column",
              "Select only `position, question, choices` for candidates.", symbol="exam_questions", conf=0.95),
            F("YAML-UNSAFE-LOAD", "medium", "security", "`yaml.load` with the full `Loader` on request data",
              "Use `yaml.safe_load`; even behind the secretary key this is code execution for anyone who has it.",
              symbol="import_props", conf=0.85),
            F("BOARD-EMAIL-LEAK", "medium", "security", "Public exam board exposes member email addresses",
              "Drop `m.email` from the board query; the board is unauthenticated.", symbol="exam_board", conf=0.85),
        ]),
        "Correctness problems in the loan, show and exam logic:",
        Block([
            F("EXAM-FIRST-QUESTION-SKIPPED", "high", "bug", "Scoring starts at index 1 and ignores the first question",
              "Use `range(len(key))` (or `zip(answers, key)`); today a perfect paper scores (n-1)/n.",
              symbol="submit_exam", conf=0.9),
            F("PASS-MARK-EXCLUSIVE", "medium", "bug", "Candidates exactly on the pass mark fail",
              "`PASS_MARK` is documented as inclusive: use `percent >= PASS_MARK`.", symbol="submit_exam", conf=0.85),
            F("EXAM-STATS-RACE", "low", "bug", "`_exam_stats[\"passed\"]` is updated outside `_stats_lock`",
              "Move the `if passed:` increment inside the `with _stats_lock:` block.",
              n=1, symbol="submit_exam", conf=0.75),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "Loan limit allows one prop more than `MAX_LOANS`",
              "Use `held >= MAX_LOANS`.", symbol="borrow_prop", conf=0.85),
            F("LAST-COPY-RACE", "medium", "bug", "Two members can borrow the last copy of a prop at the same time",
              "Do the check and the increment in one statement: `UPDATE props SET on_loan = on_loan + 1 WHERE id = ? AND on_loan < copies` and test `rowcount`.",
              d=-3, symbol="borrow_prop", conf=0.7),
            F("NEGATIVE-FINE", "low", "bug", "Returning a prop early produces a negative fine",
              "Clamp: `fine = max(0, late_days) * FINE_PER_DAY`.", symbol="return_prop", conf=0.85),
            F("DOUBLE-RETURN", "medium", "bug", "A loan can be returned twice, decrementing `on_loan` again",
              "Reject loans whose `returned_at` is already set.", d=+2, symbol="return_prop", conf=0.75),
            F("CLASH-INTERVAL-WRONG", "medium", "bug", "Venue clash query misses partially overlapping shows",
              "Two intervals overlap when `start < new_end AND end > new_start`; the parameters are passed the other way round.",
              symbol="book_show", conf=0.8),
            F("SHOW-DOUBLE-BOOK-RACE", "medium", "bug", "Clash check and insert are not atomic",
              "Wrap both in `BEGIN IMMEDIATE` ... `COMMIT`, or add an exclusion trigger.", symbol="book_show", conf=0.65),
            F("SHOWS-PAGE-OFFSET", "medium", "bug", "`/shows?page=1` skips the first page",
              "Offset should be `(page - 1) * size`.", symbol="list_shows", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("MEMBER-FAILS-OPEN", "critical", "security", "member_only is a no-op when CIRCLE_MEMBER_SALT is empty",
              "Refuse requests (or startup) without a salt."),
            F("PROPS-ORDER-SQLI", "high", "security", "ORDER BY built from request arg `order`",
              "Whitelist sortable columns.", d=-2),
            F("CERT-NAME-INJECTION", "high", "security", "Command injection in certificate printing (name)",
              "subprocess list args, no shell."),
            F("CERT-PRINTER-INJECTION", "high", "security", "Command injection via printer form field",
              "Allowlist printers.", d=-1),
            F("POSTER-TRAVERSAL", "high", "security", "Arbitrary file write via poster filename",
              "secure_filename().", d=-2),
            F("RETURN-NOT-OWNER", "medium", "security", "return_prop does not check the loan belongs to g.member_id",
              "Filter by member_id.", d=-2),
            F("MEMBER-PROFILE-IDOR", "medium", "security", "IDOR on /members/<id>",
              "Restrict to self.", d=-2),
            F("EXAM-RETAKE-PROBE", "medium", "security", "Unlimited exam submissions leak the key through the returned percent",
              "Limit attempts; do not return the score until the sitting closes."),
            F("YAML-UNSAFE-LOAD", "medium", "security", "yaml.load with yaml.Loader", "yaml.safe_load."),
            F("EXAM-FIRST-QUESTION-SKIPPED", "high", "bug", "Off-by-one: question 0 never scored", "range(len(key))."),
            F("LAST-COPY-RACE", "medium", "bug", "Check-then-increment on props.on_loan races",
              "Conditional UPDATE ... WHERE on_loan < copies."),
            F("DOUBLE-RETURN", "medium", "bug", "Already-returned loan can be returned again",
              "WHERE returned_at IS NULL; check rowcount."),
            F("SHOW-MINUTES-UNCHECKED", "low", "bug", "minutes not validated (0/negative)", "Require 1..240.", d=-1),
            F("SHOW-DOUBLE-BOOK-RACE", "medium", "bug", "Venue double booking: SELECT then INSERT without a transaction",
              "BEGIN IMMEDIATE.", d=+2),
            F("SHOWS-PAGE-OFFSET", "medium", "bug", "Paging skips page 1 (offset page*size)", "(page-1)*size.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `conjurers` application, a Flask service for a magic society that manages
        prop loans, show bookings and membership exams.

        **Overall assessment**

        The code is compact and mostly uses parameterized SQL, which is good. However, there are several
        serious security issues, most notably in authentication and in places where user input reaches SQL
        fragments, the shell and the filesystem. There are also logic errors in exam scoring and paging, and
        thread-safety problems in shared state.

        **Security findings**
        """,
        Block([
            F("MEMBER-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When Salt Is Not Configured",
              "Make the salt mandatory and reject requests when it is missing.",
              desc="If `CIRCLE_MEMBER_SALT` is not set, the condition short-circuits and every request is treated as authenticated with whatever `X-Member-Id` the client sends."),
            F("MEMBER-TOKEN-TIMING", "MEDIUM", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `hmac.compare_digest` as `secretary_only` already does.", sd=-2, n=3),
            F("PROPS-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection in Prop Listing Sort Order",
              "Validate the `order` parameter against an allowlist.", d=-1, sd=-2, n=3,
              desc="The `order` query parameter is interpolated into the SQL statement with an f-string."),
            F("CERT-NAME-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Certificate Printing",
              "Avoid `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="The `name` value is placed in single quotes, which an attacker can close with their own quote."),
            F("POSTER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Poster Upload",
              "Sanitize the filename with `secure_filename`.", d=-1),
            F("POSTER-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type for Posters",
              "Allow only image extensions and verify the content type.", sd=-2, n=3,
              desc="HTML or SVG files uploaded as posters are served back from the same origin, enabling stored cross-site scripting."),
            F("EXAM-ANSWERS-LEAKED", "HIGH", "Information Disclosure", "Exam Answers Exposed to Candidates",
              "Remove `answer` from the selected columns.", sd=-1, n=2),
            F("EXAM-RETAKE-PROBE", "MEDIUM", "Broken Access Control", "No Limit on Exam Attempts",
              "Record attempts and reject further submissions."),
            F("BOARD-EMAIL-LEAK", "MEDIUM", "Information Disclosure", "Email Addresses Exposed on Public Board",
              "Do not include email in the public leaderboard."),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Logic and concurrency findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and business rules; consider splitting it into blueprints."}),
            F("EXAM-FIRST-QUESTION-SKIPPED", "HIGH", "Logic Error", "Incorrect Exam Score Calculation",
              "Iterate over all questions starting at index 0.", d=+1,
              desc="The percentage divides by `len(key)` but the loop only ever counts questions 1 to n-1, so the first answer is ignored."),
            F("EXAM-STATS-RACE", "MEDIUM", "Race Condition", "Race Condition in Exam Statistics",
              "Perform both increments while holding `_stats_lock`.", d=-3, n=2),
            F("LAST-COPY-RACE", "MEDIUM", "Race Condition", "Race Condition When Borrowing Props",
              "Use an atomic conditional update.", sd=-2, n=3),
            F("CLASH-INTERVAL-WRONG", "MEDIUM", "Logic Error", "Incorrect Overlap Check for Show Bookings",
              "Compare existing start with the new end and existing end with the new start."),
            F("SHOWS-PAGE-OFFSET", "LOW", "Logic Error", "Pagination Skips First Page",
              "Subtract one from the page number.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PROPS-ORDER-SQLI", "error", "security", "sql injection via order param", "whitelist columns"),
            F("CERT-NAME-INJECTION", "error", "security", "shell injection in certificate command", "no shell=True",
              d=+1),
            F("POSTER-TRAVERSAL", "error", "security", "poster filename path traversal", "secure_filename"),
            F("YAML-UNSAFE-LOAD", "warning", "security", "yaml.load unsafe loader", "safe_load"),
            F("EXAM-ANSWERS-LEAKED", "error", "security", "answer key sent with exam questions", "drop answer column"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PASS-MARK-EXCLUSIVE", "warning", "bug", "70% counts as fail", "use >=", d=-1, n=2),
            F("LOAN-LIMIT-OFF-BY-ONE", "warning", "", "loan limit off by one (4 props allowed)", "held >= MAX_LOANS",
              d=-2),
            F("SHOWS-PAGE-OFFSET", "warning", "bug", "page 1 skips first shows", "(page - 1) * size"),
            F("SHOWS-SIZE-UNBOUNDED", "warning", "performance", "no max page size", "cap size at 100"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: member token comparison is not constant-time.
        2. Injection: ORDER BY and the certificate shell command.
        3. Access control: loans and member profiles are not scoped to the caller.
        4. Exam logic: scoring, pass mark and shared counters.
        5. Booking logic: show duration, double booking, YAML import.
        """,
        Block([
            F("MEMBER-TOKEN-TIMING", "major", "security", "Timing-unsafe comparison of member tokens",
              "Use hmac.compare_digest.", conf=0.7),
            F("PROPS-ORDER-SQLI", "blocker", "security", "SQL injection in props ordering", "Whitelist the order column.",
              conf=0.9),
            F("CERT-PRINTER-INJECTION", "blocker", "security", "Command injection through printer parameter",
              "Validate printer and avoid shell=True.", d=+1, conf=0.85),
            F("RETURN-NOT-OWNER", "major", "security", "Loan return not restricted to the borrower",
              "Check loan.member_id == g.member_id.", conf=0.8),
            F("MEMBER-PROFILE-IDOR", "major", "security", "Insecure direct object reference on member profile",
              "Authorize access to other members' data.", d=-1, conf=0.75),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe YAML loading in import_props",
              "Use safe_load.", d=-1, conf=0.85),
            F("IMPORT-EMPTY-DOC", "minor", "reliability", "import_props crashes when the YAML document is empty",
              "Check that doc is a dict before calling get.", conf=0.6),
            F("POSTER-ANY-TYPE", "major", "security", "Poster upload accepts any file type",
              "Restrict to png/jpeg and check the content.", conf=0.7),
            F("EXAM-FIRST-QUESTION-SKIPPED", "major", "correctness", "First exam question is never scored",
              "Start the range at 0.", conf=0.85),
            F("PASS-MARK-EXCLUSIVE", "major", "correctness", "Pass mark comparison excludes the boundary",
              "Use >= PASS_MARK.", conf=0.8),
            F("EXAM-STATS-RACE", "minor", "concurrency", "Passed counter updated without holding the lock",
              "Move the increment under _stats_lock.", d=-1, conf=0.7),
            F("NEGATIVE-FINE", "minor", "correctness", "Negative fine for early returns",
              "Clamp late_days at zero.", d=-1, conf=0.75),
            F("SHOW-MINUTES-UNCHECKED", "minor", "correctness", "Show duration is not validated",
              "Reject non-positive minutes.", conf=0.65),
            F("SHOW-DOUBLE-BOOK-RACE", "major", "concurrency", "Double booking possible under concurrent requests",
              "Use a transaction or a unique constraint.", d=-3, conf=0.6),
            F("LAST-COPY-RACE", "major", "concurrency", "Prop availability check is not atomic with the loan insert",
              "Use a conditional UPDATE and check rowcount.", d=+2, conf=0.65),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 9 major, 4 minor"),
    ]),
}

"""test114/py-ferretshow: a ferret show desk (Python). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or truth (only splits/README.md's general and test37 sections, the builders and the tune2 spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test114: seeded problems in a Flask + SQLite ferret show desk (class entries, show "
    "rings, rosette tallies); five agents' answers written by hand."
)

A = "ferretshow/app.py"
PROBLEMS = {
    "JUDGE-FAILS-OPEN": P(A, 'if request.args.get("judge_key") != JUDGE_KEY:', "security",
                         "JUDGE_KEY unset: no judge_key gives None != None false, so everyone passes judge_only"),
    "JUDGE-KEY-IN-QUERY": P(A, 'if request.args.get("judge_key") != JUDGE_KEY:', "security",
                            "judge key read from the query string (logged by proxies, kept in history)"),
    "ENTRY-COUNT-RACE": P(A, "if taken > CLASS_LIMIT:", "bug",
                          "count, check and insert are not one transaction: concurrent entries overfill a class",
                          "critical-section"),
    "CLASS-LIMIT-OFF-BY-ONE": P(A, "if taken > CLASS_LIMIT:", "bug",
                                "'>' instead of '>=': a class takes CLASS_LIMIT + 1 entries", "off-by-one"),
    "ENTRY-FEE-FROM-BODY": P(A, 'fee = int(body.get("fee_pence", ENTRY_FEE_PENCE))', "security",
                             "entry fee taken from the request body: a client enters for 0 or a negative fee"),
    "ENTRY-EXHIBITOR-SPOOF": P(A, '(ferret_id, class_code, body["exhibitor"], fee),', "security",
                               "unauthenticated entry in any exhibitor's name, for any ferret id"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance",
                             "steward entry list page size not capped (the class list caps it at MAX_PAGE)"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug",
                     "pages start at 1 but offset is page * size: page 1 skips the first page of entries",
                     "off-by-one"),
    "WITHDRAW-NO-OWNER": P(A, 'db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))', "security",
                           "withdrawal needs no key and no ownership check: anyone deletes any entry",
                           "signature-vs-statement"),
    "REFUND-ANY-NAME": P(A, 'db.execute("UPDATE exhibitors SET credit_pence', "security",
                         "fee credited to whatever exhibitor X-Exhibitor names, even for a missing or foreign entry"),
    "RING-ASSIGN-SQLI": P(A, """db.execute(f"UPDATE classes SET ring = {ring} WHERE code = '{class_code}'")""",
                          "security", "class_code form value formatted into the UPDATE", "source-vs-sink"),
    "SCHEDULE-ORDER-SQLI": P(A, 'f"SELECT code, title, start_time, judge_notes FROM classes', "security",
                             "order query value formatted into ORDER BY", "source-vs-sink"),
    "SCHEDULE-JUDGE-NOTES": P(A, 'f"SELECT code, title, start_time, judge_notes FROM classes', "security",
                              "public ring schedule returns the judges' private notes"),
    "BOARD-PHONE-LEAK": P(A, 'rows = get_db().execute("SELECT c.ring, c.code, e.exhibitor, x.phone', "security",
                          "public ring board publishes every exhibitor's phone number"),
    "BOARD-CACHE-RACE": P(A, '_ring_cache["data"] = [dict(r) for r in rows]', "bug",
                          "ring board cache checked and refilled without a lock: concurrent requests all rebuild it and "
                          "data/at are written separately", "critical-section"),
    "UNKNOWN-PLACING": P(A, "points = ROSETTE_POINTS[placing]", "bug",
                         "unknown placing raises KeyError: 500 instead of 400"),
    "DUPLICATE-PLACING": P(A, 'db.execute("INSERT INTO results (ferret_id, class_code, placing)', "bug",
                           "no check that the placing is still free in the class or that the ferret was entered: two "
                           "1st rosettes in one class"),
    "TALLY-RACE": P(A, "_tallies[ferret_id] = current + points", "bug",
                    "rosette tally read-modify-write outside _tally_lock: concurrent results lose points",
                    "critical-section"),
    "TOP-N-OFF-BY-ONE": P(A, "for f, p in ranked[: top - 1]])", "bug",
                          "ranked[: top - 1] returns one ferret fewer than asked", "off-by-one"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security",
                         "file query value joined to PHOTO_DIR: ../ or an absolute path reads any file",
                         "source-vs-sink"),
    "CARD-NONE": P(A, 'row = get_db().execute("SELECT name, colour, notes FROM ferrets', "bug",
                   "unknown ferret id: row is None and the card answers 500"),
    "CARD-XSS": P(A, "<p>{row['notes']}</p>", "security",
                  "ferret notes put into the HTML card unescaped (name and colour are escaped)",
                  "signature-vs-statement"),
    "PRINT-SHELL-NAME": P(A, "subprocess.run(f\"rosette-label '{ferret}' {placing}", "security",
                          "ferret_name put into a shell command line (quotes do not stop a ')", "source-vs-sink"),
    "PRINT-SHELL-PLACING": P(A, "subprocess.run(f\"rosette-label '{ferret}' {placing}", "security",
                             "placing put into the same shell command unquoted"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.Loader on the request body constructs arbitrary Python objects",
                     "signature-vs-statement"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security",
                  "Werkzeug debugger (code execution) enabled on all interfaces"),
}

CONFUSABLE = [
    ("JUDGE-FAILS-OPEN", "JUDGE-KEY-IN-QUERY"),
    ("CLASS-LIMIT-OFF-BY-ONE", "ENTRY-COUNT-RACE"),
    ("ENTRY-FEE-FROM-BODY", "ENTRY-EXHIBITOR-SPOOF"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("WITHDRAW-NO-OWNER", "REFUND-ANY-NAME"),
    ("SCHEDULE-ORDER-SQLI", "SCHEDULE-JUDGE-NOTES"),
    ("BOARD-CACHE-RACE", "BOARD-PHONE-LEAK"),
    ("UNKNOWN-PLACING", "DUPLICATE-PLACING"),
    ("CARD-NONE", "CARD-XSS"),
    ("PRINT-SHELL-NAME", "PRINT-SHELL-PLACING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `ferretshow/app.py` is a single Flask module covering entries, ring assignment, results and a few
        printing/import helpers. The steward side is in reasonable shape: `steward_only` fails closed when
        `STEWARD_KEY` is empty and uses `hmac.compare_digest`, every query except two uses bound parameters,
        `/classes` caps its page size and computes `(page - 1) * size` correctly, and `/tallies` copies the
        tally dict under `_tally_lock`. The judge side and the public endpoints are where the problems are.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | auth | `judge_only` fails open, and the key is in the URL |
        | 2 | injection | SQL in `/rings/.../assign` and `/schedule`, shell in `/rosettes/print`, `yaml.Loader` |
        | 3 | entries | fee and exhibitor from the body, withdrawal without ownership |
        | 4 | correctness | class limit, paging, tally race |
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "critical", "security", "`judge_only` lets every request through when `JUDGE_KEY` is unset",
              "Refuse to start (or return 401) when `JUDGE_KEY` is empty, and compare with `hmac.compare_digest` as `steward_only` does.",
              symbol="judge_only.wrapper", conf=0.9,
              desc="`os.environ.get(\"JUDGE_KEY\")` is `None` when unset and `request.args.get(\"judge_key\")` is `None` when the parameter is missing, so `None != None` is False and the request is accepted."),
            F("JUDGE-KEY-IN-QUERY", "medium", "security", "Judge key is sent as a query parameter",
              "Read it from a header; query strings end up in access logs and browser history.",
              symbol="judge_only.wrapper", conf=0.75),
            F("ENTRY-EXHIBITOR-SPOOF", "high", "security", "Anyone can enter any ferret in any exhibitor's name",
              "Authenticate exhibitors and take the exhibitor from the session, checking the ferret belongs to them.",
              symbol="enter_class", conf=0.8),
            F("ENTRY-FEE-FROM-BODY", "high", "security", "Entry fee is taken from the request body",
              "Always charge `ENTRY_FEE_PENCE` (or the class's own fee) server-side; `fee_pence: 0` is accepted today.",
              symbol="enter_class", conf=0.85),
            F("CLASS-LIMIT-OFF-BY-ONE", "medium", "bug", "Class limit admits one entry too many",
              "Use `if taken >= CLASS_LIMIT:`; with `>` the 31st entry is accepted.",
              symbol="enter_class", conf=0.85),
            F("ENTRY-COUNT-RACE", "medium", "bug", "Capacity check and insert are not atomic",
              "Do the count and insert in one `BEGIN IMMEDIATE` transaction (or enforce the limit with a trigger); two concurrent entries can both see 29.",
              d=-1, n=2, symbol="enter_class", conf=0.7),
            F("WITHDRAW-NO-OWNER", "high", "security", "`DELETE /entries/<id>` has no authentication or ownership check",
              "Require the exhibitor's credentials and delete only `WHERE id = ? AND exhibitor = ?`.",
              symbol="withdraw_entry", conf=0.85),
            F("REFUND-ANY-NAME", "high", "security", "Withdrawal credits the fee to whatever name `X-Exhibitor` carries",
              "Credit the exhibitor recorded on the deleted entry, and only when a row was actually deleted (`cursor.rowcount == 1`).",
              symbol="withdraw_entry", conf=0.8),
            F("RING-ASSIGN-SQLI", "high", "security", "SQL injection in ring assignment via `class_code`",
              "Use a parameterised query: `UPDATE classes SET ring = ? WHERE code = ?`.",
              symbol="assign_ring", conf=0.9),
            F("SCHEDULE-ORDER-SQLI", "high", "security", "`order` parameter is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names.", symbol="ring_schedule", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in ferret photo download",
              "Use `flask.send_from_directory(PHOTO_DIR, name)` or drop the `file` parameter entirely.",
              symbol="ferret_photo", conf=0.9),
            F("CARD-XSS", "medium", "security", "Ferret notes rendered into HTML without escaping",
              "Wrap `row['notes']` in `escape()` like the name and colour.", symbol="ferret_card", conf=0.85),
            F("PRINT-SHELL-NAME", "critical", "security", "Shell injection through `ferret_name` in rosette printing",
              "Build an argv list and pipe to `lp` without `shell=True`; a name containing `'` breaks out of the quotes.",
              symbol="print_rosette", conf=0.9),
            F("PRINT-SHELL-PLACING", "medium", "security", "`placing` is passed to the same shell command unquoted",
              "Validate `placing` against `ROSETTE_POINTS` before printing.", symbol="print_rosette", conf=0.7),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on uploaded class lists",
              "Use `yaml.safe_load`.", d=-1, sd=0, symbol="import_classes", conf=0.9),
        ]),
        "Lower-severity items:",
        Block([
            F("TALLY-RACE", "medium", "bug", "Rosette tally is updated outside `_tally_lock`",
              "Hold `_tally_lock` for the read-modify-write, as `/tallies` does for its copy.",
              d=-1, n=2, symbol="record_result", conf=0.8),
            F("PAGE-OFFSET", "low", "bug", "Steward entry list skips the first page",
              "`offset = (page - 1) * size`, as in `list_classes`.", symbol="list_entries", conf=0.8),
            F("BOARD-CACHE-RACE", "low", "performance", "Ring board cache is rebuilt by every concurrent request after expiry",
              "Guard the refresh with a lock and replace data and timestamp together.",
              d=-3, symbol="ring_board", conf=0.6),
            F("DEBUG-ON", "high", "security", "Debug server bound to 0.0.0.0",
              "Never run with `debug=True` outside a developer machine; the Werkzeug console allows code execution.",
              conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("PRINT-SHELL-NAME", "critical", "security", "Command injection via ferret_name in /rosettes/print",
              "argv list, no shell=True.", d=-2),
            F("RING-ASSIGN-SQLI", "high", "security", "SQL injection: class_code interpolated into UPDATE",
              "Bind parameters.", d=-2),
            F("SCHEDULE-ORDER-SQLI", "high", "security", "ORDER BY built from ?order=", "Allow-list columns."),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file= on /ferrets/<id>/photo",
              "send_from_directory.", d=-1),
            F("WITHDRAW-NO-OWNER", "high", "security", "DELETE /entries/<id> has no auth or ownership check",
              "Require exhibitor auth; scope delete.", d=-3),
            F("JUDGE-FAILS-OPEN", "high", "security", "judge_only passes when JUDGE_KEY is unset (None == None)",
              "Fail closed if unset."),
            F("CLASS-LIMIT-OFF-BY-ONE", "medium", "bug", "Class capacity check off by one (> vs >=)", ">=.", d=-1),
            F("ENTRY-COUNT-RACE", "medium", "bug", "count-then-insert race lets a class overfill",
              "Single transaction.", d=+3, n=2),
            F("TALLY-RACE", "medium", "bug", "_tallies updated without _tally_lock", "Take the lock.", d=-1),
            F("UNKNOWN-PLACING", "low", "bug", "Unknown placing -> KeyError -> 500", "400 on unknown placing."),
            F("TOP-N-OFF-BY-ONE", "low", "bug", "top=N returns N-1 ferrets", "ranked[:top]."),
            F("YAML-UNSAFE", "high", "security", "yaml.load with yaml.Loader on request body", "safe_load."),
            F("PAGE-OFFSET", "low", "bug", "page=1 skips first page (offset = page*size)", "(page - 1) * size."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Flask application in `ferretshow/app.py`, which manages a ferret show:
        class entries, show ring assignments, judging results and rosette point tallies.

        **Overall Assessment**

        The application mixes authenticated steward endpoints with public and judge endpoints. The steward
        authentication is implemented carefully, but the judge authentication is not, and several endpoints pass
        request data directly to SQL, the shell, the filesystem or the YAML loader.

        **Security Findings**
        """,
        Block([
            F("JUDGE-KEY-IN-QUERY", "HIGH", "Information Disclosure", "Judge Key Passed in URL Query String",
              "Move the judge key to an `Authorization` header.",
              desc="The judge key is read from `request.args`, so it will be recorded in server logs, proxy logs and browser history."),
            F("JUDGE-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When JUDGE_KEY Is Not Configured",
              "Reject all judge requests when `JUDGE_KEY` is not set.", sd=-2, n=3,
              desc="If the `JUDGE_KEY` environment variable is missing, both sides of the comparison are `None` and any request is treated as a judge."),
            F("RING-ASSIGN-SQLI", "HIGH", "SQL Injection", "SQL Injection in Ring Assignment",
              "Use parameterized queries.", sd=-2, n=3),
            F("SCHEDULE-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via ORDER BY Clause",
              "Validate `order` against a fixed set of columns.", d=-1, sd=-2, n=3),
            F("SCHEDULE-JUDGE-NOTES", "MEDIUM", "Information Disclosure", "Judge Notes Exposed on Public Schedule",
              "Remove `judge_notes` from the public query."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Ferret Photo Endpoint",
              "Use `send_from_directory` and reject path separators."),
            F("PRINT-SHELL-NAME", "CRITICAL", "Command Injection", "Command Injection in Rosette Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Insecure YAML Deserialization in Class Import",
              "Use `yaml.safe_load`."),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Exhibitor Phone Numbers Exposed on Public Ring Board",
              "Do not select `x.phone` for the public board."),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Ferret Card Notes",
              "Escape `notes` before rendering."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled on All Interfaces",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "app.py is long; consider splitting it into blueprints."}),
            F("BOARD-CACHE-RACE", "MEDIUM", "Race Condition", "Race Condition in Ring Board Cache Refresh",
              "Protect the cache with a lock.", sd=-2, n=3,
              desc="Several requests can find the cache expired at the same time and all query the database; the data and timestamp are also updated in two steps."),
            F("TALLY-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Rosette Tallies",
              "Use `_tally_lock` when updating `_tallies`."),
            F("PAGE-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size on Entry Listing",
              "Cap `size` as `list_classes` does."),
            F("ENTRY-FEE-FROM-BODY", "HIGH", "Business Logic", "Client-Controlled Entry Fee",
              "Compute the fee on the server."),
            F("CARD-NONE", "LOW", "Error Handling", "Unhandled Missing Ferret in Card Endpoint",
              "Return 404 when the query finds no row."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PRINT-SHELL-NAME", "high", "security", "shell injection in rosette print", "no shell=True"),
            F("PRINT-SHELL-PLACING", "medium", "security", "placing also goes to the shell unchecked", "check against ROSETTE_POINTS"),
            F("RING-ASSIGN-SQLI", "high", "security", "sql injection in assign_ring", "bind params"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal via ?file=", "send_from_directory"),
            F("REFUND-ANY-NAME", "medium", "security", "withdraw credits the fee to any name in X-Exhibitor", "credit the entry's owner"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLASS-LIMIT-OFF-BY-ONE", "medium", "", "class limit check off by one", "use >="),
            F("DUPLICATE-PLACING", "medium", "bug", "same placing can be awarded twice in a class", "unique (class_code, placing)"),
            F("BOARD-CACHE-RACE", "low", "bug", "board cache refresh not locked", "lock it", d=-3),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. The judge endpoints are effectively unauthenticated when `JUDGE_KEY` is not set.
        2. Entries and withdrawals trust the caller completely.
        3. Injection issues: SQL (ORDER BY), shell (rosette printing), YAML.
        4. Thread-safety problems in the entry limit and the tallies.
        5. Several correctness issues in results and paging.
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "blocker", "security", "Judge authentication bypass when JUDGE_KEY is missing",
              "Fail closed when the key is not configured.", conf=0.9),
            F("ENTRY-EXHIBITOR-SPOOF", "major", "security", "Exhibitor identity taken from the request body",
              "Authenticate the exhibitor.", d=-3, conf=0.7),
            F("ENTRY-COUNT-RACE", "major", "concurrency", "Race condition between class count and entry insert",
              "Use a transaction or a database constraint.", d=-1, conf=0.75),
            F("WITHDRAW-NO-OWNER", "major", "security", "Entry withdrawal without authorization",
              "Check that the caller owns the entry.", conf=0.8),
            F("REFUND-ANY-NAME", "major", "security", "Credit applied to an arbitrary exhibitor on withdrawal",
              "Use the entry's exhibitor.", conf=0.75),
            F("SCHEDULE-ORDER-SQLI", "blocker", "security", "SQL injection through the order parameter",
              "Whitelist sortable columns.", d=-2, conf=0.85),
            F("SCHEDULE-JUDGE-NOTES", "minor", "security", "Judge notes leaked in ring schedule",
              "Do not return judge_notes publicly.", conf=0.6),
            F("PRINT-SHELL-NAME", "blocker", "security", "OS command injection in rosette printing",
              "Do not use shell=True.", conf=0.9),
            F("TALLY-RACE", "major", "concurrency", "Tally counter updated without holding the lock",
              "Acquire _tally_lock.", d=-1, conf=0.8),
            F("UNKNOWN-PLACING", "minor", "correctness", "Invalid placing value causes an unhandled KeyError",
              "Validate placing.", conf=0.7),
            F("DUPLICATE-PLACING", "major", "correctness", "Duplicate placings can be recorded for one class",
              "Add a uniqueness check.", conf=0.65),
            F("TOP-N-OFF-BY-ONE", "minor", "correctness", "Off-by-one in the top-N tally list",
              "Slice with [:top].", d=-1, conf=0.7),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", d=+2, conf=0.75),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML loading", "Use yaml.safe_load.", conf=0.9),
            F("CARD-XSS", "major", "security", "Cross-site scripting in ferret card",
              "Escape notes.", d=-2, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 8 major, 3 minor"),
    ]),
}

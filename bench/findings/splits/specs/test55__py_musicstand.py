"""test55/py-musicstand: an orchestra sheet-music loan desk (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test55: a community orchestra's sheet-music loan desk with seeded problems; "
    "five agents' answers written by hand."
)

M = "loandesk.py"
PROBLEMS = {
    "COOKIE-IDENTITY": P(M, 'member = request.cookies.get("member_no")', "security",
                         "player identity is an unsigned cookie: any client borrows, renews and prints as any member number"),
    "CATALOGUE-CACHE-RACE": P(M, '_catalogue_cache["at"] = now', "bug",
                              "catalogue cache filled without a lock and stamped before the rows: concurrent requests all rebuild it and a refresh serves stale rows",
                              "critical-section"),
    "SEARCH-SQLI": P(M, "WHERE title LIKE '%{term}%'", "security",
                     "search term q formatted into the SQL text", "source-vs-sink"),
    "SEARCH-ORDER-SQLI": P(M, 'sql += f" ORDER BY {order}"', "security",
                           "order parameter appended to ORDER BY unchecked"),
    "HELD-COUNTS-RETURNED": P(M, 'held = db.execute("SELECT COUNT(*) FROM loans WHERE member_no = ?"', "bug",
                              "folder count includes returned loans: long-standing players hit the limit for folders they gave back"),
    "FOLDER-LIMIT-OFF-BY-ONE": P(M, "if held > MAX_FOLDERS_PER_PLAYER:", "bug",
                                 "> instead of >=: a player can hold MAX_FOLDERS_PER_PLAYER + 1 folders", "off-by-one"),
    "COPIES-RACE": P(M, 'db.execute("UPDATE parts SET copies_out = copies_out + 1 WHERE id = ?"', "bug",
                     "copies_out checked then incremented outside a transaction: two players can take the last copy",
                     "critical-section"),
    "SECTION-STATS-RACE": P(M, "_checkouts_by_section[part[\"section\"]] = _checkouts_by_section.get(", "bug",
                            "per-section counter updated without _stats_lock (lost updates under threads)"),
    "RENEW-NOT-OWNER": P(M, 'loan = db.execute("SELECT * FROM loans WHERE id = ? AND returned_on IS NULL"', "security",
                         "renew looks the loan up by id only: any player renews anyone's loan", "signature-vs-statement"),
    "RENEW-UNLIMITED": P(M, 'new_due = date.fromisoformat(loan["due"]) + timedelta(days=LOAN_DAYS)', "bug",
                         "MAX_RENEWALS never checked: a folder can be renewed for ever"),
    "FINE-OFF-BY-ONE": P(M, "fine = max(0, days_late + 1) * FINE_PER_DAY", "bug",
                         "days_late + 1: a folder returned on its due date is fined a day, every late one a day too many",
                         "off-by-one"),
    "RETURN-TWICE": P(M, 'db.execute("UPDATE parts SET copies_out = copies_out - 1 WHERE id = ?"', "bug",
                      "check-in never checks returned_on: a second check-in decrements copies_out again and re-fines"),
    "HISTORY-IDOR": P(M, '"SELECT id, part_id, due, fine_pence FROM loans WHERE member_no = ?"', "security",
                      "loan history of any member number readable by any signed-in player"),
    "OVERDUE-PAGE-SKIP": P(M, "offset = page * size", "bug",
                           "pages are 1-based but offset = page * size: the first page of overdue loans is never shown",
                           "off-by-one"),
    "OVERDUE-SIZE-UNBOUNDED": P(M, 'size = int(request.args.get("size", PAGE_SIZE))', "performance",
                                "page size taken from the query without a cap"),
    "REMIND-SHELL": P(M, "subprocess.run(f\"echo '{body}' | mail", "security",
                      "player name, title and email pasted into a shell pipeline (a quote in a name runs commands)"),
    "PRINT-SHELL": P(M, 'cmd = f"lp -d {printer} {scan}"', "security",
                     "printer form value formatted into a shell command", "source-vs-sink"),
    "PRINT-RESULT-IGNORED": P(M, "subprocess.run(cmd, shell=True, check=False)", "bug",
                              "lp exit status ignored: answers queued when printing failed"),
    "SCAN-TRAVERSAL": P(M, 'return send_file(path, mimetype="application/pdf")', "security",
                        "file query value joined to SCANS_DIR and sent: any readable file", "source-vs-sink"),
    "SCAN-NO-LOGIN": P(M, "def scan_download():", "security",
                       "publisher scans downloadable with no sign-in at all (copyrighted parts are public)"),
    "UPLOAD-FILENAME": P(M, "target = os.path.join(SCANS_DIR, str(part_id), sheet.filename)", "security",
                         "uploaded file name used as given: ../ writes outside the scans directory"),
    "RESTORE-PICKLE": P(M, "works = pickle.loads(blob)", "security",
                        "catalogue restore unpickles the request body (code execution)", "signature-vs-statement"),
    "EXPORT-NO-AUTH": P(M, 'for r in get_db().execute("SELECT member_no, name, email, phone, instrument', "security",
                        "player export with emails and phones has no librarian check", "signature-vs-statement"),
    "EXPORT-CSV-FORMULA": P(M, 'writer.writerow([r["member_no"], r["name"]', "security",
                            "names written to CSV unescaped: formula injection when the export is opened in a spreadsheet"),
    "DEBUG-SERVER": P(M, 'app.run(host="0.0.0.0", port=5050, debug=True)', "security",
                      "extra, one agent: Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("SEARCH-SQLI", "SEARCH-ORDER-SQLI"),
    ("HELD-COUNTS-RETURNED", "FOLDER-LIMIT-OFF-BY-ONE"),
    ("COPIES-RACE", "SECTION-STATS-RACE"),
    ("RENEW-NOT-OWNER", "RENEW-UNLIMITED"),
    ("FINE-OFF-BY-ONE", "RETURN-TWICE"),
    ("OVERDUE-PAGE-SKIP", "OVERDUE-SIZE-UNBOUNDED"),
    ("PRINT-SHELL", "PRINT-RESULT-IGNORED"),
    ("SCAN-TRAVERSAL", "SCAN-NO-LOGIN"),
    ("EXPORT-NO-AUTH", "EXPORT-CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `loandesk.py`

        The loan desk is a single Flask module over SQLite. The librarian side is guarded properly —
        `librarian_only` fails closed when `LIBRARIAN_KEY` is unset and compares with `hmac.compare_digest`,
        and `/stats` copies the counters under `_stats_lock` — but the player side trusts a plain cookie, and
        several endpoints hand request values to SQL, the shell, the filesystem or `pickle`.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection, deserialization, file read | 5 |
        | P1 | identity and authorization | 4 |
        | P2 | loan bookkeeping | 5 |
        | P3 | export hygiene | 1 |
        | P3 | concurrency and caching | 3 |

        Parameterised queries are used everywhere except `/catalogue/search`; `close_db` is registered
        correctly. Security findings first:
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection through the `q` search term",
              "Use placeholders: `WHERE title LIKE ? OR composer LIKE ?` with `(f\"%{term}%\",) * 2`.",
              symbol="search_catalogue", conf=0.95),
            F("SEARCH-ORDER-SQLI", "high", "security", "`order` is concatenated into `ORDER BY`",
              "Map `order` through an allow-list (`{\"composer\", \"title\"}`) — placeholders cannot bind identifiers.",
              symbol="search_catalogue", conf=0.85),
            F("RESTORE-PICKLE", "high", "security", "`/admin/restore` unpickles the request body",
              "Accept JSON and validate each work; `pickle.loads` on request data is code execution for whoever holds (or steals) the librarian key.",
              symbol="restore_catalogue", conf=0.9),
            F("PRINT-SHELL", "high", "security", "Shell command built from the `printer` form field",
              "Validate `printer` against the configured queues and call `subprocess.run([\"lp\", \"-d\", printer, scan])` without `shell=True`.",
              symbol="print_bowings", conf=0.9),
            F("SCAN-TRAVERSAL", "high", "security", "Path traversal in `/scans` serves arbitrary files",
              "Use `flask.send_from_directory(SCANS_DIR, name)` (it uses `safe_join`) or reject names with separators.",
              symbol="scan_download", conf=0.9),
            F("COOKIE-IDENTITY", "high", "security", "Player identity is an unsigned, client-set cookie",
              "Store the member number in Flask's signed `session` (with a `SECRET_KEY`) or issue a server-side session id.",
              symbol="current_player", conf=0.85),
            F("RENEW-NOT-OWNER", "medium", "security", "Any player can renew any loan",
              "Add `AND member_no = ?` with `member` to the lookup; `member` is fetched but only echoed back.",
              symbol="renew", conf=0.85),
            F("HISTORY-IDOR", "medium", "security", "Loan history of other members is readable",
              "Compare `member_no` with `current_player()` (or allow it for the librarian only).",
              symbol="player_loans", conf=0.8),
            F("EXPORT-NO-AUTH", "high", "security", "Unauthenticated export of every player's email and phone",
              "Decorate `export_players` with `@librarian_only`.", symbol="export_players", conf=0.9),
            F("EXPORT-CSV-FORMULA", "low", "security", "CSV export is open to formula injection",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a `'`.", symbol="export_players", conf=0.6),
        ]),
        "Loan bookkeeping and concurrency:",
        Block([
            F("FOLDER-LIMIT-OFF-BY-ONE", "medium", "bug", "Folder limit allows one folder too many",
              "Use `held >= MAX_FOLDERS_PER_PLAYER`.", symbol="check_out", conf=0.85),
            F("COPIES-RACE", "medium", "bug", "Last copy can be lent twice (check-then-update race)",
              "Make it one conditional statement: `UPDATE parts SET copies_out = copies_out + 1 WHERE id = ? AND copies_out < copies` and check `rowcount`, inside the same transaction as the insert.",
              d=-2, symbol="check_out", conf=0.75),
            F("SECTION-STATS-RACE", "low", "bug", "`_checkouts_by_section` updated without `_stats_lock`",
              "Wrap the increment in `with _stats_lock:` as `/stats` already does for the read.",
              symbol="check_out", conf=0.7),
            F("RENEW-UNLIMITED", "medium", "bug", "`MAX_RENEWALS` is defined but never enforced",
              "Reject the renewal when `loan[\"renewals\"] >= MAX_RENEWALS`.", d=1, symbol="renew", conf=0.85),
            F("FINE-OFF-BY-ONE", "medium", "bug", "Late fine charges one day extra",
              "Drop the `+ 1`: a folder returned on its due date has `days_late == 0` and should owe nothing.",
              symbol="check_in", conf=0.8),
            F("RETURN-TWICE", "medium", "bug", "Checking in an already-returned loan decrements `copies_out` again",
              "Select with `returned_on IS NULL` and 409 otherwise.", symbol="check_in", conf=0.75),
            F("OVERDUE-PAGE-SKIP", "low", "bug", "Overdue list skips its first page",
              "`offset = (page - 1) * size`, and reject `page < 1`.", d=-2, n=3, symbol="overdue", conf=0.8),
            F("CATALOGUE-CACHE-RACE", "low", "performance", "Catalogue cache stampede: every concurrent miss re-queries `works`",
              "Guard the refill with a lock (double-checked) and set `at` only after `rows` is stored.",
              d=2, symbol="catalogue", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (repo has no tests). Findings:",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQLi: q interpolated into LIKE clause",
              "bind params", d=-2),
            F("PRINT-SHELL", "high", "security", "printer from form reaches shell=True",
              "argv list, allow-list printer", d=-2),
            F("SCAN-TRAVERSAL", "high", "security", "/scans?file=../.. reads any file",
              "send_from_directory", d=-2),
            F("RESTORE-PICKLE", "high", "security", "restore_catalogue: pickle.loads on request body",
              "json + schema", d=-2),
            F("EXPORT-NO-AUTH", "high", "security", "export_players has no auth decorator",
              "@librarian_only", d=-3),
            F("RENEW-NOT-OWNER", "medium", "security", "renew() never checks loan belongs to caller",
              "filter by member_no", d=-3),
            F("FOLDER-LIMIT-OFF-BY-ONE", "medium", "bug", "limit check lets player hold MAX+1 folders",
              ">= not >", d=-1),
            F("HELD-COUNTS-RETURNED", "medium", "bug", "held counts returned loans too",
              "AND returned_on IS NULL"),
            F("COPIES-RACE", "medium", "bug", "copies_out race: availability check and increment not atomic",
              "conditional UPDATE + rowcount", d=1),
            F("FINE-OFF-BY-ONE", "low", "bug", "fine counts due date as a late day",
              "max(0, days_late)", d=-1),
            F("REMIND-SHELL", "medium", "security", "send_reminders: DB strings in shell pipeline",
              "smtplib or argv"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the loan desk application in `loandesk.py`. It is a Flask service for an
        orchestra library: players borrow folders of parts, and a librarian manages returns, reminders and
        the catalogue.

        **Overall Assessment**

        The librarian endpoints are protected by a sound `librarian_only` decorator, but player-facing
        endpoints rely on an unsigned cookie and several of them pass user-controlled data to dangerous
        functions. I grouped my findings into security issues and logic/performance issues.

        **Security Issues**
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Catalogue Search",
              "Use parameterized queries for the LIKE patterns.", sd=-2, n=3,
              desc="The `q` parameter is embedded in the SQL string with an f-string, so `q=' OR 1=1 --` returns every row and UNION queries can read the players table."),
            F("SEARCH-ORDER-SQLI", "HIGH", "SQL Injection", "Unvalidated ORDER BY Clause",
              "Whitelist the allowed sort columns.", sd=-2, n=3),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "Command Injection via Printer Name",
              "Do not use `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="The `printer` form field is interpolated into the `lp` command line executed by the shell."),
            F("SCAN-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Download via `file` Parameter",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("SCAN-NO-LOGIN", "MEDIUM", "Broken Access Control", "Scans Endpoint Requires No Authentication",
              "Require a signed-in player before serving publisher scans.", sd=-1, n=3,
              desc="Unlike `/parts/<id>/print`, `scan_download` does not even call `current_player()`, so copyrighted parts are public."),
            F("UPLOAD-FILENAME", "MEDIUM", "Path Traversal", "Unsanitized Upload Filename",
              "Use `werkzeug.utils.secure_filename`.", sd=-2, n=3),
            F("RESTORE-PICKLE", "HIGH", "Insecure Deserialization", "Insecure Deserialization with pickle",
              "Use JSON.", sd=-2, n=3),
            F("COOKIE-IDENTITY", "HIGH", "Broken Authentication", "Unsigned Membership Cookie Used for Authentication",
              "Use a signed session.", sd=-2, n=3),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "Potential CSV Injection in Player Export",
              "Escape leading formula characters.", sd=-2, n=3),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled on All Interfaces",
              "Never run with `debug=True` outside development.", sd=-2, n=3),
        ], wrap="list"),
        "**Logic, Reliability and Performance Issues**",
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("CATALOGUE-CACHE-RACE", "MEDIUM", "Race Condition", "Non-Thread-Safe Catalogue Cache",
              "Protect the cache with a `threading.Lock`.", sd=-2, n=3,
              desc="The timestamp is written before the rows are loaded, and nothing stops several threads from refreshing the cache at the same time."),
            F("COPIES-RACE", "HIGH", "Race Condition", "Race Condition When Checking Out the Last Copy",
              "Use a single conditional UPDATE.", sd=-2, n=3),
            F("OVERDUE-PAGE-SKIP", "MEDIUM", "Logic Error", "Incorrect Pagination Offset",
              "Use `(page - 1) * size`.", sd=-2, n=3),
            F("OVERDUE-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size",
              "Clamp `size` to a maximum such as 100.", sd=-1, n=3),
            F("REMIND-SHELL", "HIGH", "Command Injection", "Shell Injection in Reminder Emails",
              "Send mail with `smtplib`.", d=-1, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI", "high", "security", "sql injection in catalogue search", "use ? params"),
            F("PRINT-SHELL", "high", "security", "shell injection via printer field", "no shell=True", d=1),
            F("SCAN-TRAVERSAL", "high", "security", "path traversal in /scans", "send_from_directory"),
            F("RESTORE-PICKLE", "high", "", "pickle.loads on untrusted body", "use json"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("FINE-OFF-BY-ONE", "medium", "bug", "fine charged even when returned on time", "remove + 1"),
            F("RETURN-TWICE", "medium", "bug", "double check-in makes copies_out go negative", "check returned_on", d=-1),
            F("HISTORY-IDOR", "medium", "security", "any player can see any member's loans", "compare member_no"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (search), shell (printing, reminders), deserialization (restore).
        2. Authorization: unsigned identity cookie, loans of other players, unauthenticated export.
        3. Correctness: folder limit, renewals, pagination, print status.
        4. Concurrency: copy counter and statistics.

        Total: 18 issues.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection via the q parameter of catalogue search",
              "Use bound parameters.", conf=0.95),
            F("SEARCH-ORDER-SQLI", "major", "security", "SQL injection via the order parameter",
              "Validate order against a fixed column list.", conf=0.85),
            F("PRINT-SHELL", "blocker", "security", "Command injection in print_bowings",
              "Pass an argument list and validate the printer name.", d=1, conf=0.9),
            F("PRINT-RESULT-IGNORED", "minor", "reliability", "Print failures are reported as queued",
              "Check the return code of lp and report failure.", conf=0.7),
            F("RESTORE-PICKLE", "major", "security", "Untrusted pickle deserialization in catalogue restore",
              "Replace pickle with JSON.", d=-1, conf=0.9),
            F("REMIND-SHELL", "major", "security", "Command injection through player names in reminder mails",
              "Avoid the shell.", conf=0.8),
            F("COOKIE-IDENTITY", "major", "security", "Membership cookie is not signed",
              "Use signed sessions.", conf=0.8),
            F("EXPORT-NO-AUTH", "major", "security", "Player export exposes personal data without authentication",
              "Restrict to librarians.", conf=0.85),
            F("EXPORT-CSV-FORMULA", "minor", "security", "CSV formula injection in export",
              "Escape leading =, +, -, @.", conf=0.6),
            F("RENEW-NOT-OWNER", "major", "security", "Renewal does not verify loan ownership",
              "Filter the loan by member_no.", conf=0.8),
            F("RENEW-UNLIMITED", "minor", "correctness", "Renewal count is never limited",
              "Compare renewals with MAX_RENEWALS.", d=1, conf=0.75),
            F("HELD-COUNTS-RETURNED", "major", "correctness", "Returned folders are counted against the player's limit",
              "Count only loans with returned_on IS NULL.", conf=0.75),
            F("FOLDER-LIMIT-OFF-BY-ONE", "minor", "correctness", "Off-by-one in the folder limit",
              "Use >=.", conf=0.8),
            F("COPIES-RACE", "major", "concurrency", "Concurrent checkouts can exceed available copies",
              "Use an atomic conditional update in one transaction.", d=1, conf=0.7),
            F("SECTION-STATS-RACE", "minor", "concurrency", "Section statistics updated without lock",
              "Use _stats_lock.", conf=0.7),
            F("CATALOGUE-CACHE-RACE", "minor", "performance", "Catalogue cache refreshed by many requests at once",
              "Use a lock around the refresh.", d=-1, conf=0.6),
            F("OVERDUE-PAGE-SKIP", "major", "correctness", "Pagination offset skips the first page",
              "Use (page - 1) * size.", conf=0.85),
            F("OVERDUE-SIZE-UNBOUNDED", "minor", "performance", "No upper bound on page size",
              "Cap size.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}

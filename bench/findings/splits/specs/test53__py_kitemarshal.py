"""test53/py-kitemarshal: kite festival entrant registration (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test53: a kite festival's entrant registration service with seeded problems; "
    "five agents' answers written by hand in each CLI's voice."
)

A = "kitemarshal/app.py"
PROBLEMS = {
    "MARSHAL-FAIL-OPEN": P(A, 'if MARSHAL_KEY and request.headers.get("X-Marshal-Key") != MARSHAL_KEY:', "security",
                           "marshal_only lets every request through when MARSHAL_KEY is unset (the default is empty)"),
    "MARSHAL-TIMING": P(A, 'if MARSHAL_KEY and request.headers.get("X-Marshal-Key") != MARSHAL_KEY:', "security",
                        "marshal key compared with != instead of hmac.compare_digest (timing side channel)"),
    "BIB-RESET": P(A, "    bib = _next_bib", "bug",
                   "bib counter lives in memory and restarts at 100 on every restart: bibs collide with stored ones"),
    "BIB-RACE": P(A, "_next_bib += 1", "bug",
                  "read-then-increment of the global bib counter without a lock: two sign-ups get the same bib",
                  "critical-section"),
    "KIDS-AGE-OBO": P(A, 'if kite_class == "kids" and age >= KIDS_MAX_AGE:', "bug",
                      ">= rejects 12-year-olds although the kids' field is for ages 12 and under", "off-by-one"),
    "CLASS-UNVALIDATED": P(A, "cap = FIELD_CAP[kite_class]", "bug",
                           "class never checked against FLIGHT_CLASSES: an unknown class raises KeyError (500)"),
    "CAP-OBO": P(A, "if taken > cap:", "bug",
                 "> instead of >=: the field accepts cap + 1 entrants", "off-by-one"),
    "CAP-RACE": P(A, "if taken > cap:", "bug",
                  "count-then-insert without a transaction or lock: concurrent sign-ups overfill a field",
                  "critical-section"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance",
                             "size is never capped at PAGE_MAX: one request can pull every entrant"),
    "PAGE-OBO": P(A, "offset = page * size", "bug",
                  "page is 1-based but offset = page * size: page 1 skips the first page of entrants", "off-by-one"),
    "SEARCH-Q-SQLI": P(A, "sql = f\"SELECT bib, name, kite_class, age, paid FROM entrants WHERE name LIKE", "security",
                       "q query value formatted into the SQL LIKE clause (SQL injection)", "source-vs-sink"),
    "SEARCH-SORT-SQLI": P(A, "sql = f\"SELECT bib, name, kite_class, age, paid FROM entrants WHERE name LIKE", "security",
                          "sort query value formatted into ORDER BY (SQL injection through the sort column)"),
    "DETAIL-IDOR": P(A, 'row = db.execute("SELECT * FROM entrants WHERE bib = ?", (bib,)).fetchone()', "security",
                     "any entrant token reads any other entrant's record: g.bib is never compared with bib",
                     "signature-vs-statement"),
    "DETAIL-ROW-LEAK": P(A, "    return jsonify(dict(row))", "security",
                         "SELECT * returned whole: the other entrant's token, email, phone and age are disclosed", nth=1),
    "WITHDRAW-NO-OWNER": P(A, 'row = db.execute("SELECT kite_class, paid FROM entrants WHERE bib = ?", (bib,)).fetchone()',
                           "security", "any entrant can withdraw (delete) any other entrant's registration",
                           "signature-vs-statement"),
    "WITHDRAW-LATE-REFUND": P(A, 'refund = ENTRY_FEE[row["kite_class"]] if row["paid"] else 0', "bug",
                              "full refund even after the festival has started (FESTIVAL_START never consulted); extra, one agent"),
    "PHOTO-NO-TYPE": P(A, 'photo = request.files["photo"]', "security",
                       "no extension or content-type check on the uploaded photo: any file is stored"),
    "PHOTO-TRAVERSAL": P(A, "dest = os.path.join(UPLOAD_DIR, photo.filename)", "security",
                         "client-supplied filename joined to UPLOAD_DIR: ../ or an absolute name writes anywhere",
                         "source-vs-sink"),
    "BADGE-SHELL": P(A, 'subprocess.run(f"lp -d {printer} {pdf}", shell=True, check=False)', "security",
                     "printer form value formatted into a shell command (command injection)", "source-vs-sink"),
    "RULES-YAML": P(A, "rules = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                    "yaml.load with the full Loader on the request body: arbitrary object construction",
                    "signature-vs-statement"),
    "HEATS-OBO": P(A, "for start in range(0, len(bibs) - 1, HEAT_SIZE):", "bug",
                   "range stops at len - 1: a last entrant alone in a new heat (and a single entrant) gets no heat",
                   "off-by-one"),
    "SCORE-EMPTY-DIV": P(A, "mean = sum(trimmed) / len(trimmed)", "bug",
                         "fewer than three judges leaves trimmed empty: ZeroDivisionError (500)"),
    "BOARD-STAMPEDE": P(A, "hit = (time.time(), _load_board(kite_class))", "performance",
                        "cache check and fill without _board_lock: concurrent misses all run the query and race on the dict",
                        "critical-section"),
    "BOARD-UNBOUNDED": P(A, "_board_cache[kite_class] = hit", "performance",
                         "any kite_class string from the URL gets a cache entry: the cache grows without bound"),
}

CONFUSABLE = [
    ("MARSHAL-FAIL-OPEN", "MARSHAL-TIMING"),
    ("BIB-RESET", "BIB-RACE"),
    ("KIDS-AGE-OBO", "CLASS-UNVALIDATED"),
    ("CLASS-UNVALIDATED", "CAP-OBO"),
    ("CLASS-UNVALIDATED", "CAP-RACE"),
    ("CAP-OBO", "CAP-RACE"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OBO"),
    ("SEARCH-Q-SQLI", "SEARCH-SORT-SQLI"),
    ("DETAIL-IDOR", "DETAIL-ROW-LEAK"),
    ("WITHDRAW-NO-OWNER", "WITHDRAW-LATE-REFUND"),
    ("PHOTO-NO-TYPE", "PHOTO-TRAVERSAL"),
    ("BOARD-STAMPEDE", "BOARD-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `kitemarshal`

        Single Flask module backing the festival's entrant sign-up, marshal tools and leaderboard. Overall the
        database access is mostly parameterised and `entrant_only` is done right (it fails closed and uses
        `hmac.compare_digest`), but the marshal side is effectively unauthenticated by default and a few
        entrant routes never check *which* entrant is calling.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection (SQL, shell, YAML) | 3 |
        | High | sort injection, access control, uploads | 5 |
        | Medium | registration correctness, races, data exposure | 9 |
        | Low | key comparison, caching | 2 |

        Not problems: `me()` scopes its query to `g.bib`, `/leaderboard` copies the cache under `_board_lock`,
        `record_score` validates the 0-10 range, and `close_db` releases connections.
        """,
        Block([
            F("SEARCH-Q-SQLI", "critical", "security", "SQL injection through the `q` search parameter",
              "Bind the pattern: `WHERE name LIKE ?` with `(f\"%{q}%\",)`.", symbol="list_entrants", conf=0.95),
            F("SEARCH-SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list (`{\"bib\", \"name\", \"age\"}`) before building the query.",
              symbol="list_entrants", conf=0.9),
            F("BADGE-SHELL", "critical", "security", "Command injection via the `printer` form field in `print_badge`",
              "Call `subprocess.run([\"lp\", \"-d\", printer, pdf], check=True)` and validate `printer` against the configured queues.",
              symbol="print_badge", conf=0.95),
            F("RULES-YAML", "critical", "security", "Unsafe YAML deserialisation of the rules upload",
              "Use `yaml.safe_load` and validate the `caps` mapping against `FLIGHT_CLASSES`.",
              symbol="import_rules", conf=0.9),
            F("MARSHAL-FAIL-OPEN", "high", "security", "`marshal_only` is a no-op when `MARSHAL_KEY` is not configured",
              "Fail closed: refuse to start (or return 503) when the key is empty.", symbol="marshal_only.wrapper", conf=0.9),
            F("MARSHAL-TIMING", "low", "security", "Marshal key compared with `!=`",
              "Use `hmac.compare_digest` as `entrant_only` already does.", symbol="marshal_only.wrapper", conf=0.6),
        ]),
        "Access control and uploads:",
        Block([
            F("DETAIL-IDOR", "high", "security", "Entrant detail is readable by any registered entrant",
              "Return 403 unless `bib == g.bib` (or the caller is a marshal).", symbol="entrant_detail", conf=0.85),
            F("DETAIL-ROW-LEAK", "medium", "security", "`SELECT *` row serialised whole, including `token` and contact details",
              "Select and return explicit public columns; never return `token`.", symbol="entrant_detail", conf=0.8),
            F("WITHDRAW-NO-OWNER", "high", "security", "Withdraw does not check that the caller owns the bib",
              "Compare `bib` with `g.bib` before deleting.", symbol="withdraw", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded filename used as a filesystem path",
              "Use `werkzeug.utils.secure_filename` or name the file `f\"{g.bib}.jpg\"`.", symbol="upload_photo", conf=0.9),
            F("CLASS-UNVALIDATED", "medium", "bug", "Unknown kite class crashes registration with `KeyError`",
              "Reject `kite_class not in FLIGHT_CLASSES` with a 400 before the lookup.", symbol="register", conf=0.85),
            F("KIDS-AGE-OBO", "medium", "bug", "Kids' field age check rejects 12-year-olds",
              "Use `age > KIDS_MAX_AGE`; the constant's comment says 12 and under.", symbol="register", conf=0.85),
            F("CAP-OBO", "medium", "bug", "Field cap check admits one entrant too many",
              "Compare with `>=`.", symbol="register", conf=0.8),
            F("CAP-RACE", "medium", "bug", "Capacity check and insert are not atomic",
              "Do the count and insert in one `BEGIN IMMEDIATE` transaction (or `INSERT ... SELECT ... WHERE count < cap`).",
              d=-1, n=2, symbol="register", conf=0.75),
            F("BIB-RACE", "medium", "bug", "`allocate_bib` is not thread-safe",
              "Let SQLite assign the bib (`INTEGER PRIMARY KEY`) or guard the counter with a lock.",
              symbol="allocate_bib", conf=0.7),
            F("PAGE-OBO", "medium", "bug", "Pagination skips the first page",
              "`offset = (page - 1) * size` with `page >= 1`.", symbol="list_entrants", conf=0.85),
            F("HEATS-OBO", "medium", "bug", "Heat draw can leave the last entrant out",
              "Iterate `range(0, len(bibs), HEAT_SIZE)`.", symbol="draw_heats", conf=0.8),
            F("SCORE-EMPTY-DIV", "medium", "bug", "Division by zero when fewer than three judges score",
              "Require at least three scores (400), or only trim when there are three or more.",
              symbol="record_score", conf=0.8),
            F("BOARD-STAMPEDE", "low", "performance", "Leaderboard cache is filled without the lock that guards its reader",
              "Take `_board_lock` around the check and fill, or use a per-class lock so one request refreshes.",
              d=-1, n=2, symbol="leaderboard", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-Q-SQLI", "critical", "security", "SQLi: q into LIKE clause", "Bind parameter.", d=-2),
            F("BADGE-SHELL", "critical", "security", "printer -> shell=True lp command", "argv list, no shell.", d=-2),
            F("RULES-YAML", "high", "security", "import_rules: yaml.load with yaml.Loader on request body", "safe_load.", d=-1),
            F("MARSHAL-FAIL-OPEN", "high", "security", "Marshal routes open when MARSHAL_KEY empty", "Fail closed."),
            F("DETAIL-IDOR", "high", "security", "entrant_detail: no owner check", "bib == g.bib.", d=-2),
            F("WITHDRAW-NO-OWNER", "high", "security", "withdraw(bib) deletes any entrant's row", "Check ownership.", d=-2),
            F("CAP-RACE", "medium", "bug", "Field cap check races with insert", "Single transaction.", d=+2),
            F("BIB-RESET", "medium", "bug", "Bib counter resets to 100 on restart; collides with existing bibs",
              "Use the table's max(bib) or autoincrement."),
            F("PAGE-OBO", "medium", "bug", "page=1 default but offset uses page*size", "(page-1)*size.", d=-2),
            F("HEATS-OBO", "medium", "bug", "Heat chunking drops trailing entrant", "range(0, len(bibs), HEAT_SIZE).", d=+1),
            F("SCORE-EMPTY-DIV", "medium", "bug", "ZeroDivisionError with <3 judges", "Validate count.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `kitemarshal` Flask application, which handles entrant registration for a kite
        festival, marshal tooling (heats, scores, badge printing) and a public leaderboard.

        **Security Assessment**

        The most serious issues are injection flaws in the marshal endpoints and an authentication decorator
        that is disabled by default. File uploads are also handled unsafely.
        """,
        Block([
            F("SEARCH-Q-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Entrant Search",
              "Use parameterized queries for the search term and whitelist the sort column.", sd=-2, n=3,
              desc="The `q` parameter is embedded directly into the SQL string with an f-string."),
            F("BADGE-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Badge Printing",
              "Pass arguments as a list and avoid `shell=True`.", sd=-2, n=3),
            F("RULES-YAML", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Loading in Rules Import",
              "Use `yaml.safe_load`.", sd=-1, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal via Uploaded Filename",
              "Sanitize the filename with `secure_filename`.", d=-1,
              desc="`photo.filename` is fully controlled by the client and later joined to the upload directory."),
            F("PHOTO-NO-TYPE", "MEDIUM", "Unrestricted File Upload", "No File Type Validation on Photo Upload",
              "Allow only image extensions and verify the content type.", d=0, sd=-2, n=3),
            F("MARSHAL-FAIL-OPEN", "HIGH", "Broken Authentication", "Marshal Authentication Bypassed When Key Is Unset",
              "Require MARSHAL_KEY at startup.", sd=-2, n=3),
            F("DETAIL-ROW-LEAK", "HIGH", "Information Disclosure", "Entrant Token and Contact Details Exposed",
              "Return only the fields the client needs.", sd=-2, n=3,
              desc="The detail endpoint serializes the full row, which includes the entrant's secret token."),
        ], wrap="list"),
        """
        **Logic and Concurrency**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints."}),
            F("CAP-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking a Flight Class",
              "Wrap the count and insert in a single transaction.", sd=-2, n=3),
            F("BIB-RACE", "MEDIUM", "Race Condition", "Duplicate Bib Numbers Under Concurrent Registration",
              "Use a lock or let the database allocate bibs.", d=-1, sd=-3, n=3),
            F("KIDS-AGE-OBO", "MEDIUM", "Logic Error", "Twelve-Year-Olds Rejected From the Kids' Class",
              "Change the comparison to `age > KIDS_MAX_AGE`.", d=+1, sd=-1, n=3),
            F("WITHDRAW-LATE-REFUND", "MEDIUM", "Logic Error", "Refunds Issued After the Festival Has Started",
              "Compare the current time with FESTIVAL_START before refunding.", sd=-2, n=3),
            F("BOARD-STAMPEDE", "MEDIUM", "Caching", "Cache Stampede on Leaderboard Refresh",
              "Serialize refreshes with `_board_lock`.", d=+1, sd=-1, n=3),
            F("BOARD-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Leaderboard Cache Keys",
              "Reject kite classes not in FLIGHT_CLASSES before caching.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-Q-SQLI", "high", "security", "sql injection in entrant search", "use ? placeholders", d=+1),
            F("BADGE-SHELL", "high", "security", "shell injection via printer", "no shell=True"),
            F("RULES-YAML", "high", "security", "yaml.load on untrusted body", "yaml.safe_load"),
            F("PHOTO-TRAVERSAL", "high", "security", "photo filename not sanitised, can write outside upload dir",
              "secure_filename", d=+1),
            F("MARSHAL-TIMING", "medium", "", "marshal key check not constant time", "hmac.compare_digest"),
            F("CAP-OBO", "medium", "bug", "field cap off by one", "use >=", d=+1),
            F("HEATS-OBO", "medium", "bug", "last entrant can miss heats", "range(0, len(bibs), HEAT_SIZE)"),
        ], fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (search and sort), shell (badge printing), YAML (rules import).
        2. Authorization: marshal key optional; entrant detail not owner-scoped.
        3. Concurrency: bib allocation and field capacity are racy; leaderboard cache refresh unsynchronized.
        4. Correctness: pagination, capacity boundary, scoring with few judges, bib counter persistence.
        """,
        Block([
            F("SEARCH-Q-SQLI", "blocker", "security", "SQL injection in search parameter q",
              "Use bound parameters.", conf=0.9),
            F("SEARCH-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY via sort",
              "Whitelist sort columns.", d=-1, conf=0.85),
            F("BADGE-SHELL", "blocker", "security", "Command injection in badge printing",
              "Use an argument list.", conf=0.9),
            F("RULES-YAML", "blocker", "security", "Unsafe deserialization with yaml.Loader",
              "Use safe_load.", conf=0.9),
            F("MARSHAL-FAIL-OPEN", "major", "security", "Authorization bypass when MARSHAL_KEY is empty",
              "Deny when no key is configured.", conf=0.8),
            F("DETAIL-IDOR", "major", "security", "Insecure direct object reference on /entrants/<bib>",
              "Check that bib matches the authenticated entrant.", conf=0.8),
            F("CAP-RACE", "major", "concurrency", "Capacity check is not atomic with the insert",
              "Use a transaction.", d=-2, conf=0.7),
            F("CAP-OBO", "minor", "correctness", "Boundary error in capacity comparison",
              "Use >= cap.", conf=0.7),
            F("BIB-RACE", "major", "concurrency", "Global bib counter mutated without synchronization",
              "Protect with a lock.", d=-2, conf=0.7),
            F("BIB-RESET", "minor", "reliability", "Bib numbering not persisted across restarts",
              "Derive the next bib from the database.", conf=0.6),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Page size not limited",
              "Clamp size to PAGE_MAX.", conf=0.7),
            F("PAGE-OBO", "major", "correctness", "Off-by-one in pagination offset",
              "Use (page - 1) * size.", conf=0.8),
            F("BOARD-STAMPEDE", "minor", "concurrency", "Leaderboard cache updated without lock",
              "Use _board_lock when refreshing.", conf=0.6),
            F("SCORE-EMPTY-DIV", "major", "reliability", "Possible ZeroDivisionError when computing the mean score",
              "Check len(trimmed) > 0.", conf=0.75),
        ], wrap="object+summary", summary="14 issues: 4 blocker, 6 major, 4 minor"),
    ]),
}

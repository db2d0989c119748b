"""test61/py-doughsheet: a community bakery's bread-share order sheet (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test61: seeded problems in a bakery bread-share order sheet; five agents' answers written by hand."
)

A = "doughsheet/app.py"
PROBLEMS = {
    "MEMBER-SIG-FAILOPEN": P(A, "if MEMBER_SECRET and sig != _sign(member):", "security",
                             "member signature only checked when MEMBER_SECRET is set: unset, any X-Member header is trusted",
                             "signature-vs-statement"),
    "MEMBER-SIG-TIMING": P(A, "if MEMBER_SECRET and sig != _sign(member):", "security",
                           "signature compared with != instead of hmac.compare_digest (timing)"),
    "BAKEDAYS-RANGE": P(A, "for i in range(1, horizon)]", "bug",
                        "range(1, horizon) stops one day short: the last day of the horizon is never offered", "off-by-one"),
    "BAKEDAYS-UNBOUNDED": P(A, 'horizon = int(request.args.get("days", 14))', "performance",
                            "days query value not capped: a huge horizon builds a huge list (DoS)"),
    "ORDER-NEGATIVE-COUNT": P(A, "if count > MAX_LOAVES:", "bug",
                              "only the upper bound is checked: zero or negative loaf counts are accepted (negative price)"),
    "ORDER-CAPACITY-RACE": P(A, "if taken + count > OVEN_CAPACITY:", "bug",
                             "SUM then INSERT without a transaction: concurrent orders overbook the oven", "critical-section"),
    "ORDER-UNKNOWN-LOAF": P(A, "LOAF_PRICE[loaf] * count", "bug",
                            "unknown loaf name raises KeyError (500) instead of a 400"),
    "ORDER-FLOAT-MONEY": P(A, "LOAF_PRICE[loaf] * count", "bug",
                           "prices kept as binary floats and multiplied: rounding errors in the stored price"),
    "CANCEL-IDOR": P(A, 'row = db.execute("SELECT bake_day FROM orders WHERE id = ?"', "security",
                     "order looked up by id only: any member can cancel anyone's order", "signature-vs-statement"),
    "CANCEL-AFTER-BAKE": P(A, 'db.execute("DELETE FROM orders WHERE id = ?"', "bug",
                           "bake_day never checked: orders can be cancelled on or after the bake day"),
    "CANCEL-CACHE-STALE": P(A, 'db.execute("DELETE FROM orders WHERE id = ?"', "bug",
                            "cancelling does not drop the board cache entry: the public board keeps counting the loaves"),
    "SHEET-SORT-SQLI": P(A, "ORDER BY {sort}", "security",
                         "sort query value formatted into ORDER BY", "source-vs-sink"),
    "SHEET-PAGE-OFFSET": P(A, "start = page * size", "bug",
                           "pages start at 1 but the offset is page * size: page 1 skips the first page of orders", "off-by-one"),
    "SEARCH-NAME-SQLI": P(A, "WHERE member LIKE '%\" + name + \"%'", "security",
                          "name query value concatenated into the search SQL", "source-vs-sink"),
    "SEARCH-LOAF-SQLI": P(A, "sql += f\" AND loaf = '{loaf}'\"", "security",
                          "loaf query value formatted into the search SQL"),
    "LABEL-PRINTER-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\", shell=True)", "security",
                             "printer query value reaches a shell command", "source-vs-sink"),
    "LABEL-MEMBER-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\", shell=True)", "security",
                            "member name (from the X-Member header at order time) is quoted into the shell command: stored injection"),
    "LABEL-RESULT-IGNORED": P(A, "return jsonify(printed=True)", "bug",
                              "lp's exit status is never checked: printed=True even when printing failed"),
    "BOARD-CACHE-RACE": P(A, 'rows = get_db().execute("SELECT loaf, SUM(count) AS n FROM orders', "bug",
                          "board cache read and filled without _totals_lock: concurrent misses recompute and race with pop()",
                          "critical-section"),
    "BOARD-CACHE-UNBOUNDED": P(A, "_totals_cache[day] = (time.time(), totals)", "performance",
                               "public endpoint caches any day string forever: the cache grows without bound"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(path)", "security",
                         "name query value joined to PHOTO_DIR: ../ or an absolute path reads any file", "source-vs-sink"),
    "YAML-UNSAFE": P(A, "data = yaml.load(request.data, Loader=yaml.Loader)", "security",
                     "yaml.load with the full Loader on a request body: arbitrary object construction", "signature-vs-statement"),
    "SETTLE-ZERO-DIV": P(A, "per_loaf = flour_cost / total", "bug",
                         "a month without orders divides by zero (500)"),
    "SETTLE-ROUNDING": P(A, "round(r[\"loaves\"] * per_loaf, 2) for r in rows", "bug",
                         "each share rounded on its own: the shares do not add up to the flour bill (extra, one agent)"),
}

CONFUSABLE = [
    ("MEMBER-SIG-FAILOPEN", "MEMBER-SIG-TIMING"),
    ("BAKEDAYS-RANGE", "BAKEDAYS-UNBOUNDED"),
    ("ORDER-NEGATIVE-COUNT", "ORDER-CAPACITY-RACE"),
    ("ORDER-UNKNOWN-LOAF", "ORDER-FLOAT-MONEY"),
    ("CANCEL-IDOR", "CANCEL-AFTER-BAKE"),
    ("CANCEL-AFTER-BAKE", "CANCEL-CACHE-STALE"),
    ("SHEET-SORT-SQLI", "SHEET-PAGE-OFFSET"),
    ("SEARCH-NAME-SQLI", "SEARCH-LOAF-SQLI"),
    ("LABEL-PRINTER-SHELL", "LABEL-MEMBER-SHELL"),
    ("LABEL-PRINTER-SHELL", "LABEL-RESULT-IGNORED"),
    ("LABEL-MEMBER-SHELL", "LABEL-RESULT-IGNORED"),
    ("BOARD-CACHE-RACE", "BOARD-CACHE-UNBOUNDED"),
    ("SETTLE-ZERO-DIV", "SETTLE-ROUNDING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `doughsheet/app.py`

        The bread-share service is a single Flask module. The baker side is guarded properly:
        `baker_only` fails closed when `BAKER_KEY` is unset and uses `hmac.compare_digest`. The member side is
        not: `member_key` trusts the `X-Member` header outright when `MEMBER_SECRET` is missing. Most queries
        use bound parameters (`my_orders`, `recipe`, `settle`), but `/sheet` and `/orders/search` build SQL
        from query strings, and `/labels` hands request values to a shell.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection (SQL, shell, YAML), file read | 7 |
        | P1 | member identity, order ownership, oven capacity | 5 |
        | P2 | arithmetic, paging, caching | 9 |

        Security first:
        """,
        Block([
            F("SHEET-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `/sheet`",
              "Map `sort` through an allow-list (`{'member', 'loaf', 'count'}`) before it reaches `ORDER BY`.",
              symbol="sheet", conf=0.93),
            F("SEARCH-NAME-SQLI", "critical", "security", "`name` is concatenated into the LIKE clause of the order search",
              "Use `member LIKE ?` with `('%' + name + '%',)`.", symbol="search_orders", conf=0.95),
            F("SEARCH-LOAF-SQLI", "high", "security", "`loaf` filter is interpolated into the same query",
              "Append `AND loaf = ?` and pass `loaf` as a parameter.", symbol="search_orders", conf=0.9),
            F("LABEL-PRINTER-SHELL", "critical", "security", "Command injection via the `printer` query parameter",
              "Validate `printer` against the configured printers and call `subprocess.run(['lp', '-d', printer], input=text, text=True)`.",
              symbol="print_label", conf=0.92),
            F("LABEL-MEMBER-SHELL", "high", "security", "Member name is placed inside single quotes in a shell command",
              "The member string comes from the `X-Member` header at order time; a `'` in it breaks out of the quotes. Pass the label text on stdin instead.",
              d=-1, symbol="print_label", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photo`",
              "Use `send_from_directory(PHOTO_DIR, name)`, which rejects `..` and absolute names.",
              symbol="loaf_photo", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_recipes", conf=0.88),
            F("MEMBER-SIG-FAILOPEN", "high", "security", "`member_key` fails open when `MEMBER_SECRET` is unset",
              "Refuse to serve member routes (or abort 503) when the secret is missing, as `baker_only` does.",
              symbol="member_key.wrapper", conf=0.85),
            F("MEMBER-SIG-TIMING", "medium", "security", "Member signature compared with `!=`",
              "Use `hmac.compare_digest(sig, _sign(member))`.", symbol="member_key.wrapper", conf=0.7),
            F("CANCEL-IDOR", "high", "security", "Any member can cancel any order by id",
              "Select with `WHERE id = ? AND member = ?` and return 404 otherwise.",
              symbol="cancel_order", conf=0.88),
        ]),
        "Correctness and robustness:",
        Block([
            F("ORDER-CAPACITY-RACE", "high", "bug", "Oven capacity check is not atomic with the insert",
              "Two members ordering at once both read the same `taken` and both insert, overbooking the oven. Run the SUM and INSERT in one `BEGIN IMMEDIATE` transaction.",
              d=-1, symbol="place_order", conf=0.8),
            F("ORDER-NEGATIVE-COUNT", "medium", "bug", "Negative or zero `count` accepted",
              "Check `1 <= count <= MAX_LOAVES`; a negative count frees oven capacity and gives a negative price.",
              symbol="place_order", conf=0.85),
            F("ORDER-UNKNOWN-LOAF", "medium", "bug", "Unknown loaf type raises `KeyError`",
              "Reject loaves not in `LOAF_PRICE` with a 400 before computing the price.",
              symbol="place_order", conf=0.8),
            F("ORDER-FLOAT-MONEY", "low", "bug", "Prices computed with floats",
              "Store pence as integers (or `Decimal`); `3.10 * 3` is `9.299999999999999`.",
              symbol="place_order", conf=0.6),
            F("CANCEL-AFTER-BAKE", "medium", "bug", "Orders can be cancelled after the bake day",
              "Compare `row['bake_day']` with today (plus a cutoff) before deleting.",
              symbol="cancel_order", conf=0.7),
            F("BAKEDAYS-RANGE", "low", "bug", "`/bakedays` never includes the last day of the horizon",
              "`range(1, horizon + 1)`; with `days=14` a bake day exactly two weeks out is missing.",
              symbol="bake_days", conf=0.7),
            F("SHEET-PAGE-OFFSET", "medium", "bug", "`/sheet` page 1 skips the first page",
              "`start = (page - 1) * size`, and reject `page < 1`.", symbol="sheet", conf=0.85),
            F("BOARD-CACHE-RACE", "medium", "bug", "`_totals_cache` is read and filled without `_totals_lock`",
              "The lock is declared and never used; concurrent misses all run the query and race with `place_order`'s `pop`. Hold the lock around the check-and-fill.",
              d=-3, symbol="board", conf=0.7),
            F("BOARD-CACHE-UNBOUNDED", "low", "performance", "Board cache keeps every requested day forever",
              "Only cache valid bake days, or use a bounded TTL cache.", symbol="board", conf=0.6),
            F("SETTLE-ZERO-DIV", "medium", "bug", "`settle` divides by zero for a month without orders",
              "Return an empty settlement when `total == 0`.", symbol="settle", conf=0.85),
            F("SETTLE-ROUNDING", "low", "bug", "Rounded shares do not add up to the flour cost",
              "Allocate in pence and give the remainder to the largest shares so the total matches `flour_cost`.",
              symbol="settle", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-NAME-SQLI", "critical", "security", "SQL injection: name concatenated into LIKE", "bind ?", d=-2),
            F("SHEET-SORT-SQLI", "high", "security", "ORDER BY built from ?sort=", "allow-list columns", d=-2),
            F("LABEL-PRINTER-SHELL", "critical", "security", "shell=True with ?printer= from the request", "argv list, no shell", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "arbitrary file read via ?name=", "send_from_directory", d=-2),
            F("YAML-UNSAFE", "high", "security", "import_recipes: yaml.load(full Loader) on untrusted body", "yaml.safe_load", d=-1),
            F("MEMBER-SIG-FAILOPEN", "high", "security", "member auth disabled when MEMBER_SECRET empty", "fail closed", d=-3),
            F("CANCEL-IDOR", "high", "security", "cancel_order: no ownership check", "AND member = ?", d=-2),
            F("ORDER-NEGATIVE-COUNT", "medium", "bug", "count <= 0 not rejected", "1 <= count <= MAX_LOAVES"),
            F("ORDER-CAPACITY-RACE", "medium", "bug", "capacity check and INSERT not in one transaction", "BEGIN IMMEDIATE", d=+3),
            F("ORDER-UNKNOWN-LOAF", "low", "bug", "KeyError on unknown loaf -> 500", "validate loaf"),
            F("BAKEDAYS-RANGE", "low", "bug", "days=N returns N-1 days", "range(1, horizon + 1)", d=-1),
            F("SHEET-PAGE-OFFSET", "medium", "bug", "rows[page*size:] drops the first page", "(page - 1) * size", d=+1),
            F("BOARD-CACHE-RACE", "low", "performance", "board cache stampede: every concurrent miss re-runs the SUM", "lock or single-flight"),
            F("SETTLE-ZERO-DIV", "medium", "bug", "ZeroDivisionError when month has no orders", "guard total == 0"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `doughsheet` application, a Flask service that manages bread pre-orders for a
        community bakery. My review concentrated on injection vulnerabilities, authentication, and data integrity.

        **Security Vulnerabilities**

        The most severe issues are in the baker endpoints, which build SQL queries and shell commands from
        request parameters, and in the recipe import, which deserializes untrusted YAML.
        """,
        Block([
            F("SHEET-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Order Sheet Sorting",
              "Validate the sort column against an allow-list.", sd=-2, n=3,
              desc="The `sort` parameter is inserted directly into the ORDER BY clause."),
            F("SEARCH-NAME-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Order Search by Member Name",
              "Use parameterized queries.", sd=-2, n=3),
            F("SEARCH-LOAF-SQLI", "HIGH", "SQL Injection", "SQL Injection via Loaf Filter",
              "Use a bound parameter for the loaf filter.", sd=-2, n=3),
            F("LABEL-PRINTER-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="The `printer` query parameter is passed to a shell without any sanitization."),
            F("LABEL-MEMBER-SHELL", "HIGH", "Command Injection", "Stored Command Injection through Member Name",
              "Do not embed stored member data into shell strings.", sd=-1, n=2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Use `safe_join` or `send_from_directory`.", d=-1, sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Recipe Import",
              "Use `yaml.safe_load()`.", sd=-1, n=2),
            F("MEMBER-SIG-FAILOPEN", "HIGH", "Broken Authentication", "Member Authentication Bypass When Secret Is Unset",
              "Fail closed if `MEMBER_SECRET` is empty.", sd=-2, n=3,
              desc="If `MEMBER_SECRET` is not configured, the signature check is skipped and any `X-Member` value is accepted."),
            F("MEMBER-SIG-TIMING", "MEDIUM", "Broken Authentication", "Non-Constant-Time Signature Comparison",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("CANCEL-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Order Cancellation",
              "Restrict the delete to orders owned by `g.member`.", d=+3, sd=+1, n=3),
            F("BAKEDAYS-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Horizon in Bake Days Listing",
              "Cap the `days` parameter (for example at 60).", sd=-2, n=3),
            F("BOARD-CACHE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Growth of the Board Cache",
              "Limit the cache to valid bake days.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Logic and Concurrency Issues**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting app.py into blueprints for members and bakers."}),
            F("ORDER-CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition in Oven Capacity Check",
              "Perform the check and insert atomically in a transaction.", sd=-1, n=2,
              desc="Two concurrent orders can both pass the capacity check and exceed OVEN_CAPACITY."),
            F("ORDER-UNKNOWN-LOAF", "MEDIUM", "Error Handling", "Unhandled KeyError for Unknown Loaf Types",
              "Validate `loaf` against `LOAF_PRICE`.", sd=-2, n=3),
            F("CANCEL-CACHE-STALE", "LOW", "Caching", "Board Cache Not Invalidated on Cancellation",
              "Pop the bake day from `_totals_cache` after deleting, as `place_order` does.", sd=-2, n=3),
            F("BOARD-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Access to the Totals Cache",
              "Use `_totals_lock` around cache reads and writes.", d=-2, sd=-3, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SHEET-SORT-SQLI", "high", "security", "sql injection via sort param", "whitelist columns", d=-2),
            F("SEARCH-NAME-SQLI", "high", "security", "sql injection in order search", "use placeholders"),
            F("LABEL-PRINTER-SHELL", "high", "security", "printer param goes to shell", "no shell=True", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in /photo", "send_from_directory"),
            F("YAML-UNSAFE", "high", "security", "yaml.load unsafe", "safe_load"),
            F("CANCEL-IDOR", "medium", "security", "anyone can cancel any order", "check member"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("ORDER-NEGATIVE-COUNT", "medium", "", "negative loaf count allowed", "check count >= 1"),
            F("SHEET-PAGE-OFFSET", "low", "bug", "first page skipped", "(page-1)*size"),
            F("BAKEDAYS-UNBOUNDED", "low", "performance", "days param unbounded", "cap it"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Several injection issues in the baker endpoints (SQL, shell, YAML, file paths).
        2. Member authentication can be bypassed; orders can be cancelled by anyone.
        3. Capacity, paging and settlement arithmetic have correctness bugs.
        4. The label printer result and the board cache are not handled safely.
        """,
        Block([
            F("MEMBER-SIG-FAILOPEN", "blocker", "security", "Member signature verification skipped without secret",
              "Require MEMBER_SECRET at startup.", conf=0.85),
            F("MEMBER-SIG-TIMING", "minor", "security", "Timing-unsafe comparison of member signature",
              "Use hmac.compare_digest.", conf=0.6),
            F("SHEET-SORT-SQLI", "blocker", "security", "Unvalidated sort column in SQL", "Use an allow-list.", conf=0.9),
            F("SEARCH-NAME-SQLI", "blocker", "security", "SQL injection via member name search",
              "Use parameters.", d=+3, conf=0.9),
            F("SEARCH-LOAF-SQLI", "major", "security", "SQL injection via loaf filter in search",
              "Use parameters.", anchor="WHERE member LIKE '%\" + name + \"%'", conf=0.8),
            F("LABEL-PRINTER-SHELL", "blocker", "security", "OS command injection in print_label",
              "Use an argument list.", conf=0.9),
            F("LABEL-RESULT-IGNORED", "minor", "reliability", "Print result never checked",
              "Check the return code of lp and report failures.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in loaf photo download",
              "Normalise and check the path.", conf=0.85),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.85),
            F("CANCEL-IDOR", "major", "security", "Missing ownership check on order cancellation",
              "Filter by member.", conf=0.8),
            F("CANCEL-AFTER-BAKE", "minor", "correctness", "Cancellation allowed after bake day",
              "Add a cutoff check.", conf=0.6),
            F("ORDER-NEGATIVE-COUNT", "major", "correctness", "Loaf count lower bound missing",
              "Reject count < 1.", conf=0.8),
            F("ORDER-CAPACITY-RACE", "major", "concurrency", "Lost update on oven capacity under concurrent orders",
              "Use a transaction.", conf=0.75),
            F("ORDER-FLOAT-MONEY", "minor", "correctness", "Floating point used for prices",
              "Use integer pence.", conf=0.5),
            F("ORDER-UNKNOWN-LOAF", "minor", "correctness", "KeyError for unknown loaf", "Validate loaf.", conf=0.7),
            F("BAKEDAYS-RANGE", "minor", "correctness", "Off-by-one in bake day horizon",
              "Include the last day.", d=+1, conf=0.6),
            F("SHEET-PAGE-OFFSET", "major", "correctness", "Off-by-one in sheet pagination",
              "Subtract one from page.", conf=0.8),
            F("BOARD-CACHE-RACE", "major", "concurrency", "Board cache accessed without lock",
              "Use _totals_lock.", d=+2, conf=0.7),
            F("SETTLE-ZERO-DIV", "major", "correctness", "Division by zero in settlement",
              "Handle months without orders.", conf=0.8),
        ], wrap="object+summary", summary="19 issues: 4 blocker, 9 major, 6 minor"),
    ]),
}

"""test93/py-clogirons: a clog maker's wood stock, fittings and orders (Python, Flask + SQLite).

Frozen test split test93, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test93: seeded problems in a clog workshop's stock and order service; five agents' answers "
    "written by hand."
)

A = "clogirons/app.py"

PROBLEMS = {
    "KEY-FAILS-OPEN": P(A, 'if MAKER_KEY and request.headers.get("X-Maker-Key") != MAKER_KEY:', "security",
                        "maker key check skipped entirely when MAKER_KEY is unset: every bench route is open",
                        "signature-vs-statement"),
    "KEY-NOT-CONSTANT-TIME": P(A, 'if MAKER_KEY and request.headers.get("X-Maker-Key") != MAKER_KEY:', "security",
                               "maker key compared with != (timing side channel), unlike office_only's compare_digest"),
    "GRADE-OR-NOT-AND": P(A, "if moisture < DRY_TARGET or length_mm >= MIN_BLANK_MM:", "bug",
                          "or instead of and: a wet blank or a short blank is sent to the bench",
                          "signature-vs-statement"),
    "GRADE-DRY-BOUNDARY": P(A, "if moisture < DRY_TARGET or length_mm >= MIN_BLANK_MM:", "bug",
                            "< instead of <=: a blank at exactly the 14 % target is held back as not dry",
                            "off-by-one"),
    "STOCK-SQLI-SPECIES": P(A, "WHERE species = '{species}' ORDER BY {order}", "security",
                            "species query value formatted into the SQL string", "source-vs-sink"),
    "STOCK-SQLI-SORT": P(A, "WHERE species = '{species}' ORDER BY {order}", "security",
                         "sort query value formatted into ORDER BY unchecked"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 50))', "performance",
                             "page size taken from the query with no upper bound"),
    "PAGE-OFFSET-SKIPS-FIRST": P(A, "offset = page * size", "bug",
                                 "pages are 1-based but offset = page * size: page 1 skips the first page of blanks",
                                 "off-by-one"),
    "YAML-UNSAFE-LOAD": P(A, "doc = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                          "stock sheet parsed with yaml.Loader: arbitrary Python objects from the request body"),
    "IMPORT-REPLACES-STOCK": P(A, 'db.executemany("INSERT OR REPLACE INTO blanks', "bug",
                               "INSERT OR REPLACE by id overwrites existing blanks (and their location) instead of adding stock"),
    "ORDER-DISCOUNT-UNBOUNDED": P(A, "total = round(STYLES[style] * pairs * (1 - discount / 100), 1)", "bug",
                                  "discount from the form is not bounded: 100 or more makes the order free or negative",
                                  "source-vs-sink"),
    "ORDER-ROUNDS-TO-10P": P(A, "total = round(STYLES[style] * pairs * (1 - discount / 100), 1)", "bug",
                             "money rounded to one decimal place (10p) in floats"),
    "ORDER-DETAIL-NO-AUTH": P(A, 'row = get_db().execute("SELECT * FROM orders WHERE id = ?", (oid,)).fetchone()', "security",
                              "order detail has no key check at all and returns every column, customer phone included",
                              "signature-vs-statement"),
    "CUT-NEGATIVE-COUNT": P(A, 'need = int(request.form.get("blanks", 2))', "bug",
                            "blanks count not checked for < 1: a negative cut adds stock and a zero cut is logged"),
    "CUT-STOCK-RACE": P(A, 'if row is None or row["location"] != "bench" or row["qty"] < need:', "bug",
                        "read-check-write of qty without a transaction: two cuts both pass and the UPDATE writes a stale count",
                        "critical-section"),
    "BENCH-STATS-NO-LOCK": P(A, '_bench_stats["pairs"] = _bench_stats["pairs"] + pairs', "bug",
                             "finished pairs counter updated without _stats_lock: lost updates across threads",
                             "critical-section"),
    "REORDER-ROUNDS-DOWN": P(A, 'packs = (r["min_level"] - r["on_hand"]) // r["pack"]', "bug",
                             "floor division orders one pack too few (0 packs when the shortfall is under a pack)",
                             "off-by-one"),
    "REORDER-PACK-ZERO": P(A, 'packs = (r["min_level"] - r["on_hand"]) // r["pack"]', "bug",
                           "a fitting with pack 0 raises ZeroDivisionError and the whole reorder sheet fails"),
    "LABEL-ONE-SHORT": P(A, "for _ in range(1, copies):", "bug",
                         "range(1, copies) prints one label fewer than asked (none for copies=1)", "off-by-one"),
    "LABEL-PRINTER-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security",
                             "printer form value reaches a shell command (LABEL_PRINTERS is never checked)",
                             "source-vs-sink"),
    "LABEL-CUSTOMER-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security",
                              "customer name from the order is put inside single quotes in a shell command"),
    "KILN-NO-READINGS": P(A, "first, last = rows[0], rows[-1]", "bug",
                          "a load with no readings raises IndexError (500)"),
    "KILN-SAME-DAY": P(A, 'rate = (first["moisture"] - last["moisture"]) / (last["day"] - first["day"])', "bug",
                       "one reading (or all on one day) divides by zero"),
}

CONFUSABLE = [
    ("KEY-FAILS-OPEN", "KEY-NOT-CONSTANT-TIME"),
    ("GRADE-OR-NOT-AND", "GRADE-DRY-BOUNDARY"),
    ("STOCK-SQLI-SPECIES", "STOCK-SQLI-SORT"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET-SKIPS-FIRST"),
    ("YAML-UNSAFE-LOAD", "IMPORT-REPLACES-STOCK"),
    ("ORDER-DISCOUNT-UNBOUNDED", "ORDER-ROUNDS-TO-10P"),
    ("CUT-NEGATIVE-COUNT", "CUT-STOCK-RACE"),
    ("REORDER-ROUNDS-DOWN", "REORDER-PACK-ZERO"),
    ("LABEL-ONE-SHORT", "LABEL-PRINTER-SHELL"),
    ("LABEL-PRINTER-SHELL", "LABEL-CUSTOMER-SHELL"),
    ("KILN-NO-READINGS", "KILN-SAME-DAY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `clogirons/app.py` end to end (it is the whole service). The office side is in better shape than
        the bench side: `office_only` fails closed and uses `hmac.compare_digest`, `/photos` goes through
        `safe_join`, the intake route validates species and quantity, and `cut_blanks` takes `_stats_lock`
        for its counter. The bench side is where the trouble is.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | auth | `maker_key` is a no-op without `MAKER_KEY`; `/orders/<id>` has no check at all |
        | 2 | injection | `/stock` builds SQL from `species` and `sort`; `/labels` builds a shell command |
        | 3 | deserialisation | `/stock/import` uses `yaml.Loader` |
        | 4 | stock integrity | `cut_blanks` read-check-write, negative counts, the grading rule |
        | 5 | money and counts | discount, rounding, reorder packs, label copies, paging |
        """,
        Block([
            F("KEY-FAILS-OPEN", "high", "security", "`maker_key` lets every request through when `MAKER_KEY` is unset",
              "Fail closed like `office_only`: `if not MAKER_KEY or not hmac.compare_digest(given, MAKER_KEY): abort(401)`.",
              symbol="maker_key.wrapper", conf=0.9),
            F("KEY-NOT-CONSTANT-TIME", "low", "security", "Maker key compared with `!=`",
              "Use `hmac.compare_digest`; the plain comparison leaks how many leading characters matched.",
              symbol="maker_key.wrapper", conf=0.55),
            F("ORDER-DETAIL-NO-AUTH", "high", "security", "`GET /orders/<oid>` is unauthenticated and returns the customer's phone",
              "Add `@maker_key` (or `@office_only`) and select only the columns the bench needs.",
              d=-1, symbol="order_detail", conf=0.85),
            F("STOCK-SQLI-SPECIES", "critical", "security", "SQL injection through `species` in `/stock`",
              "Bind it: `WHERE species = ?` with `(species,)`.", symbol="list_stock", conf=0.95),
            F("STOCK-SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list of column names; placeholders cannot bind identifiers.",
              d=-1, symbol="list_stock", conf=0.85),
            F("LABEL-PRINTER-SHELL", "high", "security", "Command injection through the `printer` form field",
              "Check `printer in LABEL_PRINTERS` (the set exists but is unused) and run `['lp', '-d', printer]` with the label on stdin.",
              symbol="print_labels", conf=0.9),
            F("LABEL-CUSTOMER-SHELL", "medium", "security", "Customer name is spliced into the `echo '...'` shell string",
              "A name like `O'Brien` breaks the command and a crafted one runs code; pass the text on stdin, no shell.",
              d=-3, symbol="print_labels", conf=0.7),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.", symbol="import_stock", conf=0.9),
        ]),
        "Stock, money and counting:",
        Block([
            F("CUT-STOCK-RACE", "high", "bug", "Concurrent cuts can overdraw a blank and write back a stale quantity",
              "Do it in one statement: `UPDATE blanks SET qty = qty - ? WHERE id = ? AND qty >= ? AND location = 'bench'` and check `rowcount`.",
              d=+2, symbol="cut_blanks", conf=0.8),
            F("BENCH-STATS-NO-LOCK", "medium", "bug", "`finished_pairs` updates `_bench_stats` without `_stats_lock`",
              "Wrap the read-modify-write in `with _stats_lock:` as `cut_blanks` and `bench_stats` already do.",
              n=2, symbol="finished_pairs", conf=0.75),
            F("GRADE-OR-NOT-AND", "high", "bug", "`grade_blank` sends wet or short blanks to the bench",
              "Both conditions must hold: `moisture <= DRY_TARGET and length_mm >= MIN_BLANK_MM`.",
              symbol="grade_blank", conf=0.85),
            F("GRADE-DRY-BOUNDARY", "low", "bug", "A blank at exactly `DRY_TARGET` is treated as wet",
              "The constant says \"at or below\"; compare with `<=`.", symbol="grade_blank", conf=0.6),
            F("ORDER-DISCOUNT-UNBOUNDED", "medium", "bug", "Discount is taken from the form unchecked",
              "Reject discounts outside 0..30 (or whatever the workshop allows); 100 makes the order free and 150 negative.",
              symbol="create_order", conf=0.8),
            F("ORDER-ROUNDS-TO-10P", "medium", "bug", "Order total rounded to one decimal place",
              "Keep money in pence (int) or `Decimal` and round to 2 places; `round(x, 1)` drops up to 5p per order.",
              symbol="create_order", conf=0.7),
            F("PAGE-OFFSET-SKIPS-FIRST", "medium", "bug", "`/stock/all` page 1 starts at the second page",
              "`offset = (page - 1) * size`.", symbol="stock_pages", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "No cap on `size`",
              "Clamp `size` to e.g. 1..200.", symbol="stock_pages", conf=0.6),
            F("REORDER-ROUNDS-DOWN", "medium", "bug", "Reorder sheet orders too few packs",
              "Round up: `packs = -(-(min_level - on_hand) // pack)`; a shortfall of 30 nails with packs of 100 orders nothing.",
              symbol="reorder_fittings", conf=0.8),
            F("LABEL-ONE-SHORT", "medium", "bug", "`range(1, copies)` prints one label too few",
              "`for _ in range(copies):`", symbol="print_labels", conf=0.85),
            F("KILN-SAME-DAY", "medium", "bug", "Division by zero when a load has one reading",
              "Return `per_day: null` unless there are readings on two different days.", symbol="kiln_load", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("STOCK-SQLI-SPECIES", "critical", "security", "SQLi: species query param into f-string SQL",
              "Use ? placeholders.", d=-2),
            F("LABEL-PRINTER-SHELL", "high", "security", "Shell injection via printer (shell=True)",
              "Validate against LABEL_PRINTERS; argv list.", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.Loader on untrusted input", "yaml.safe_load."),
            F("KEY-FAILS-OPEN", "high", "security", "maker_key fails open if MAKER_KEY missing",
              "Refuse when unset.", d=-3),
            F("ORDER-DETAIL-NO-AUTH", "medium", "security", "order_detail: no auth decorator", "Add @maker_key."),
            F("CUT-STOCK-RACE", "high", "bug", "Lost update on blanks.qty (select then update)",
              "Atomic conditional UPDATE.", d=-1),
            F("CUT-NEGATIVE-COUNT", "medium", "bug", "blanks=-5 increases stock", "Require need >= 1."),
            F("ORDER-DISCOUNT-UNBOUNDED", "medium", "bug", "discount not range-checked", "0 <= discount <= 100.", d=-1),
            F("GRADE-OR-NOT-AND", "high", "bug", "grade_blank uses or; should be and", "Fix the condition.", d=-2),
            F("PAGE-OFFSET-SKIPS-FIRST", "medium", "bug", "OFFSET off by one page", "(page - 1) * size.", d=+2),
            F("REORDER-ROUNDS-DOWN", "low", "bug", "Pack count floors", "Ceil division.", d=+1),
            F("LABEL-ONE-SHORT", "low", "bug", "Prints copies-1 labels", "range(copies)."),
            F("KILN-NO-READINGS", "low", "bug", "IndexError on empty kiln load", "404 when no rows."),
            F("KILN-SAME-DAY", "low", "bug", "ZeroDivisionError with a single reading", "Guard day delta."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `clogirons` Flask application, which manages timber blanks, clog fittings,
        customer orders and bench labels for a clog workshop. My review focused on security, data integrity
        and correctness of the workshop rules (drying, grading, reordering).

        **Security**

        The most serious problems are in input handling. Several endpoints pass request data into SQL, the
        shell or the YAML loader without validation.
        """,
        Block([
            F("STOCK-SQLI-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Stock Listing",
              "Use parameterized queries and an allow-list for the sort column.", d=+1, sd=-1, n=3,
              desc="The `species` and `sort` query parameters are interpolated directly into the SQL statement executed by `list_stock`."),
            F("STOCK-SQLI-SORT", "HIGH", "SQL Injection", "Unvalidated ORDER BY Column",
              "Validate `sort` against the known column names.", sd=-2, n=3),
            F("LABEL-PRINTER-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True`; validate the printer name.", sd=-2, n=3),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.", sd=-2, n=3),
            F("KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When MAKER_KEY Is Not Set",
              "Deny access when the key is not configured.", sd=-2, n=3,
              desc="If the environment variable is missing, the condition short-circuits and every decorated view is reachable."),
            F("ORDER-DETAIL-NO-AUTH", "MEDIUM", "Information Disclosure", "Order Details Exposed Without Authentication",
              "Protect the endpoint with an authentication decorator.", d=+3, sd=+1, n=3),
        ], wrap="list"),
        """
        **Data Integrity and Logic**

        The following issues affect stock levels and workshop decisions rather than security:
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints for stock, orders and labels."}),
            F("CUT-STOCK-RACE", "HIGH", "Race Condition", "Race Condition When Cutting Blanks",
              "Use a single atomic UPDATE with a quantity condition.", sd=-2, n=3),
            F("BENCH-STATS-NO-LOCK", "MEDIUM", "Race Condition", "Unsynchronized Update of Bench Statistics",
              "Acquire `_stats_lock` before modifying the dictionary.", d=+1, sd=-1, n=3),
            F("GRADE-DRY-BOUNDARY", "LOW", "Logic Error", "Boundary Error in Moisture Grading",
              "Use `<=` so that blanks at the target moisture are accepted.", d=+1, sd=-1, n=3),
            F("ORDER-DISCOUNT-UNBOUNDED", "MEDIUM", "Business Logic", "Unrestricted Discount Percentage",
              "Validate the discount range.", sd=-2, n=3),
            F("PAGE-OFFSET-SKIPS-FIRST", "MEDIUM", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", d=+1, sd=-1, n=3),
            F("REORDER-PACK-ZERO", "MEDIUM", "Error Handling", "Division by Zero for Fittings Without Pack Size",
              "Skip or reject fittings whose pack size is zero.", sd=-2, n=3),
            F("LABEL-ONE-SHORT", "LOW", "Logic Error", "Label Loop Prints One Copy Too Few",
              "Iterate `range(copies)`.", d=+1, sd=-1, n=3),
            F("KILN-NO-READINGS", "LOW", "Error Handling", "Unhandled Empty Result in Kiln Load",
              "Return 404 when the load has no readings.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("STOCK-SQLI-SPECIES", "high", "security", "sql injection in /stock", "use placeholders"),
            F("LABEL-PRINTER-SHELL", "high", "security", "shell injection in /labels via printer", "no shell, whitelist printer"),
            F("YAML-UNSAFE-LOAD", "high", "security", "unsafe yaml load", "safe_load"),
            F("KEY-FAILS-OPEN", "high", "security", "maker key optional", "require MAKER_KEY"),
            F("ORDER-DETAIL-NO-AUTH", "medium", "security", "order detail unauthenticated", "add decorator", d=-1),
        ], fence=None, indent=None, wrap="list"),
        "other:",
        Block([
            F("PAGE-SIZE-UNBOUNDED", "low", "", "size not capped", "cap size"),
            F("GRADE-DRY-BOUNDARY", "low", "bug", "moisture check should be <=", "use <="),
            F("REORDER-ROUNDS-DOWN", "medium", "bug", "reorder rounds packs down", "round up"),
            F("KILN-SAME-DAY", "low", "bug", "divide by zero in kiln rate", "check day difference"),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        **Project:** clogirons (Flask workshop stock and orders)

        ### Summary
        1. Injection: SQL in `/stock`, shell in `/labels`, unsafe YAML in `/stock/import`.
        2. Authentication: maker key optional and compared non-constant-time; order detail public.
        3. Stock integrity: concurrent cuts, negative cuts, import overwrites rows.
        4. Concurrency: bench statistics updated without the lock.
        5. Arithmetic: discount, rounding, reorder packs, pagination, label copies, kiln rate.
        """,
        Block([
            F("STOCK-SQLI-SPECIES", "blocker", "security", "SQL injection in stock listing", "Use bound parameters.", conf=0.95),
            F("LABEL-PRINTER-SHELL", "blocker", "security", "Command injection in label printing", "Use an argument list.", conf=0.9),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.9),
            F("KEY-FAILS-OPEN", "major", "security", "Maker authentication disabled when key unset", "Fail closed.", conf=0.85),
            F("KEY-NOT-CONSTANT-TIME", "minor", "security", "Timing-unsafe key comparison", "Use hmac.compare_digest.", conf=0.6),
            F("ORDER-DETAIL-NO-AUTH", "major", "security", "Order detail endpoint lacks authentication", "Add the maker key check.", conf=0.8),
            F("CUT-STOCK-RACE", "major", "concurrency", "Non-atomic stock decrement when cutting blanks",
              "Use a conditional UPDATE.", d=+2, conf=0.8),
            F("CUT-NEGATIVE-COUNT", "major", "correctness", "Negative blank count passes the stock check and increases stock",
              "Validate that the count is positive.", d=+3, conf=0.7),
            F("BENCH-STATS-NO-LOCK", "minor", "concurrency", "Thread-unsafe bench statistics counter", "Use _stats_lock.", conf=0.7),
            F("IMPORT-REPLACES-STOCK", "major", "reliability", "Stock import overwrites existing rows",
              "Insert new rows or add quantities explicitly.", conf=0.6),
            F("ORDER-ROUNDS-TO-10P", "minor", "correctness", "Order total rounded to one decimal", "Round to pence.", conf=0.7),
            F("GRADE-OR-NOT-AND", "major", "correctness", "Grading condition accepts wet or short blanks", "Use and.", conf=0.8),
            F("PAGE-OFFSET-SKIPS-FIRST", "minor", "correctness", "Pagination offset off by one page", "Subtract one from page.", conf=0.8),
            F("REORDER-ROUNDS-DOWN", "minor", "correctness", "Reorder pack count truncated", "Use ceiling division.", conf=0.7),
            F("LABEL-ONE-SHORT", "minor", "correctness", "Off-by-one in label copies loop", "Use range(copies).", conf=0.8),
            F("KILN-SAME-DAY", "minor", "reliability", "Possible ZeroDivisionError in kiln rate", "Guard the divisor.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 7 major, 7 minor"),
    ]),
}

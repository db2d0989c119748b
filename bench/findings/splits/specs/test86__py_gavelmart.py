"""test86/py-gavelmart: a weekly livestock auction market's lot entry, bidding and settlement (Python, Flask).

Frozen test split test86 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test86: seeded problems in a livestock auction market service; five agents' answers "
    "written by hand."
)

A = "gavelmart/app.py"
PROBLEMS = {
    "CLERK-FAILS-OPEN": P(A, "if CLERK_KEY and supplied != CLERK_KEY:", "security",
                          "clerk_key lets every request through when GAVEL_CLERK_KEY is unset", "signature-vs-statement"),
    "CLERK-TIMING": P(A, "if CLERK_KEY and supplied != CLERK_KEY:", "security",
                      "clerk key compared with != instead of a constant-time comparison"),
    "ACTIVITY-RACE": P(A, 'stats["bids"] += 1', "bug",
                       "record_activity updates the shared _activity dict without _activity_lock while /activity iterates it",
                       "critical-section"),
    "SPECIES-UNCHECKED": P(A, 'species = body.get("species", "cattle")', "bug",
                           "species not checked against MIN_STEP: a lot of an unknown species makes every bid on it a KeyError (500)"),
    "HEAD-UNVALIDATED": P(A, 'head = int(body.get("head", 1))', "bug",
                          "head count not checked: zero or negative head accepted (and later divides the per-head report)"),
    "PEN-RANGE": P(A, "if pen < 1 or pen > PEN_COUNT + 1:", "bug",
                   "pen bound off by one: pen 49 accepted in a 48-pen market", "off-by-one"),
    "CATALOGUE-SORT-SQLI": P(A, 'WHERE sale_day = ? ORDER BY {order}"', "security",
                             "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "CATALOGUE-PAGE-OFF": P(A, "start = page * size", "bug",
                            "pages count from 1 but start = page * size: page 1 skips the first page of lots", "off-by-one"),
    "CATALOGUE-ALL-ROWS": P(A, "return jsonify([dict(r) for r in rows[start : start + size]])", "performance",
                            "whole sale day fetched and sliced in memory; size unbounded"),
    "BID-RACE": P(A, "if amount < current + step:", "bug",
                  "read high bid, compare, then UPDATE without a conditional update or transaction: concurrent bids both "
                  "accepted and a lower one can overwrite a higher one", "critical-section"),
    "BIDDER-UNCHECKED": P(A, 'db.execute("UPDATE lots SET high_bid = ?, high_bidder = ? WHERE id = ?"', "bug",
                          "bidder taken as any string: not checked to be a registered, approved buyer"),
    "HAMMER-NOT-OPEN": P(A, "    if lot is None:", "bug",
                         "hammer does not check that the lot is open: a sold or passed lot can be hammered again"),
    "RESERVE-OFF": P(A, 'sold = price > lot["reserve"]', "bug",
                     "a bid equal to the reserve meets it but the lot is passed (> instead of >=)", "off-by-one"),
    "REPORT-DIV-ZERO": P(A, "per_head = round(takings / heads, 2)", "bug",
                         "no sold lots of a species: takings / heads raises ZeroDivisionError (the per-kg line is guarded)"),
    "REPORT-STAMPEDE": P(A, "data = _compute_report(species)", "performance",
                         "cache checked under the lock but filled outside it: concurrent misses all recompute and the "
                         "write to _report_cache is unlocked", "critical-section"),
    "LEVY-NOT-DEDUCTED": P(A, 'net += r["hammer"] - fee', "bug",
                           "per-head levy computed and shown but never deducted from the seller's net"),
    "BUYER-COLUMN-SQLI": P(A, 'cur = db.execute(f"INSERT INTO buyers ({cols}) VALUES ({marks})"', "security",
                           "JSON keys become column names in the INSERT: SQL injection through the keys"),
    "BUYER-MASS-ASSIGN": P(A, 'cur = db.execute(f"INSERT INTO buyers ({cols}) VALUES ({marks})"', "security",
                           "any column settable at registration: approved, credit_limit"),
    "PRINT-INJECTION": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {pdf}", shell=True, check=True)', "security",
                         "printer query value into a shell command line", "source-vs-sink"),
    "LICENCE-TRAVERSAL": P(A, 'return send_file(path, mimetype="application/pdf")', "security",
                           "tag query value joined to LICENCE_DIR and sent: path traversal", "source-vs-sink"),
    "LICENCE-NO-AUTH": P(A, "def movement_licence(lot_id):", "security",
                         "movement licences (holding numbers, owners) served without any key"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.Loader on a request body: arbitrary object construction", "signature-vs-statement"),
    "IMPORT-UNVALIDATED": P(A, 'rows = [(doc["seller_id"], i["species"], i["head"], i["pen"]', "bug",
                            "imported lots bypass the pen, head and species checks of enter_lot"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8086, debug=True)', "security",
                  "Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("CLERK-FAILS-OPEN", "CLERK-TIMING"),
    ("SPECIES-UNCHECKED", "HEAD-UNVALIDATED"),
    ("HEAD-UNVALIDATED", "PEN-RANGE"),
    ("SPECIES-UNCHECKED", "PEN-RANGE"),
    ("CATALOGUE-SORT-SQLI", "CATALOGUE-PAGE-OFF"),
    ("CATALOGUE-PAGE-OFF", "CATALOGUE-ALL-ROWS"),
    ("BID-RACE", "BIDDER-UNCHECKED"),
    ("HAMMER-NOT-OPEN", "RESERVE-OFF"),
    ("BUYER-COLUMN-SQLI", "BUYER-MASS-ASSIGN"),
    ("LICENCE-TRAVERSAL", "LICENCE-NO-AUTH"),
    ("YAML-UNSAFE", "IMPORT-UNVALIDATED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `gavelmart/app.py` is a single Flask module covering lot entry, the live ring (bids and hammer), the market
        report, seller statements, buyer registration and a few clerk utilities. The auction logic reads cleanly, but
        several handlers trust request values they should not, and the two money paths (bidding and settlement) have
        correctness bugs that would show up on a busy sale day.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `/catalogue`, `/buyers`, `/consignments/import`, invoice printing, licences | injection, unsafe YAML, path traversal |
        | 2 | `clerk_key` | fails open when the key is not configured |
        | 3 | `place_bid`, `hammer` | lost bids under concurrency, reserve boundary |
        | 4 | statements, paging, entry validation | wrong money, skipped lots, bad pens |

        Things that are done right and should stay as they are: `auctioneer_only` fails closed and uses
        `hmac.compare_digest`; `open_lot` uses a conditional `UPDATE ... AND status = 'entered'` and checks `rowcount`;
        `hammer` clears the report cache under `_report_lock`; `/activity` reads under `_activity_lock`; the per-kg
        average is guarded against zero; every other query binds its parameters.
        """,
        Block([
            F("CATALOGUE-SORT-SQLI", "high", "security", "SQL injection through the `sort` parameter of `/catalogue`",
              "Map `sort` through an allow-list (`{\"pen\": \"pen\", \"lot\": \"id\", \"species\": \"species\"}`) and reject anything else.",
              symbol="catalogue", conf=0.95),
            F("BUYER-COLUMN-SQLI", "high", "security", "Buyer registration builds column names from the request's JSON keys",
              "Insert a fixed column list (`name, holding, phone, email`); never format request keys into SQL.",
              symbol="register_buyer", conf=0.9),
            F("BUYER-MASS-ASSIGN", "high", "security", "A new buyer can set `approved` and `credit_limit` on themselves",
              "Whitelist the fields a buyer may supply; approval and credit limits belong to an auctioneer-only endpoint.",
              symbol="register_buyer", conf=0.85),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the uploaded consignment",
              "Use `yaml.safe_load`; `yaml.Loader` can construct arbitrary Python objects from tags.",
              symbol="import_consignment", conf=0.9),
            F("IMPORT-UNVALIDATED", "medium", "bug", "Imported lots skip the pen, head-count and species checks",
              "Route each imported lot through the same validation as `enter_lot` (a shared helper) before `executemany`.",
              symbol="import_consignment", conf=0.7),
            F("PRINT-INJECTION", "high", "security", "Shell command injection through the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), pdf], check=True)` and allow-list printer names.",
              symbol="print_invoice", conf=0.9),
            F("LICENCE-TRAVERSAL", "high", "security", "Path traversal in the movement licence download",
              "Validate `tag` against the ear-tag format (e.g. `^UK[0-9]{12}$`) or resolve the path and require it to stay under `LICENCE_DIR`.",
              symbol="movement_licence", conf=0.9),
            F("CLERK-FAILS-OPEN", "high", "security", "`clerk_key` allows every request when `GAVEL_CLERK_KEY` is unset",
              "Fail closed: refuse to start (or answer 503) when the key is missing, as `auctioneer_only` already does.",
              symbol="clerk_key.wrapper", conf=0.9),
            F("CLERK-TIMING", "low", "security", "Clerk key compared with `!=`",
              "Use `hmac.compare_digest(supplied or \"\", CLERK_KEY)` like the auctioneer check.",
              symbol="clerk_key.wrapper", conf=0.6),
            F("DEBUG-ON", "medium", "security", "Flask debug mode on all interfaces",
              "Drop `debug=True` (the Werkzeug console is remote code execution) and bind to localhost behind the proxy.",
              conf=0.8),
        ]),
        """
        The remaining findings are correctness problems in the ring and the office:
        """,
        Block([
            F("BID-RACE", "high", "bug", "Concurrent bids can both be accepted and the lower one can win",
              "Make the check part of the write: `UPDATE lots SET high_bid = ?, high_bidder = ? WHERE id = ? AND status = 'open' AND COALESCE(high_bid, 0) + ? <= ?` and treat `rowcount == 0` as outbid.",
              d=-1, n=2, symbol="place_bid", conf=0.85),
            F("BIDDER-UNCHECKED", "medium", "bug", "The bidder is recorded without checking the buyer register",
              "Look the bidder up in `buyers` (registered and approved) before accepting the bid.",
              symbol="place_bid", conf=0.65),
            F("RESERVE-OFF", "medium", "bug", "A bid that exactly meets the reserve is passed",
              "Use `price >= lot[\"reserve\"]`; a reserve is the lowest price the seller accepts.",
              symbol="hammer", conf=0.8),
            F("PEN-RANGE", "medium", "bug", "Pen check accepts pen 49 in a 48-pen market",
              "`if not 1 <= pen <= PEN_COUNT:`", symbol="enter_lot", conf=0.85),
            F("SPECIES-UNCHECKED", "medium", "bug", "Unknown species accepted at entry and then crash bidding",
              "Reject species not in `MIN_STEP` at entry; `place_bid` does `MIN_STEP[lot[\"species\"]]` and raises `KeyError`.",
              symbol="enter_lot", conf=0.75),
            F("CATALOGUE-PAGE-OFF", "medium", "bug", "Catalogue page 1 starts at the second page of lots",
              "`start = (page - 1) * size` (pages are 1-based, default 1) and reject `page < 1`.",
              symbol="catalogue", conf=0.85),
            F("CATALOGUE-ALL-ROWS", "low", "performance", "The catalogue loads the whole sale day and slices it in Python",
              "Use `LIMIT ? OFFSET ?` in the query and cap `size`.", d=-2, symbol="catalogue", conf=0.6),
            F("LEVY-NOT-DEDUCTED", "high", "bug", "Seller statement never deducts the per-head levy",
              "`net += r[\"hammer\"] - fee - levy`; the statement lists the levy but pays it to the seller.",
              symbol="statement", conf=0.85),
            F("REPORT-STAMPEDE", "medium", "performance", "Market report cache is filled outside `_report_lock`",
              "Compute and store under the lock (or a per-species lock) so one request rebuilds an expired entry.",
              symbol="market_report", conf=0.7),
            F("ACTIVITY-RACE", "low", "bug", "`record_activity` mutates `_activity` without `_activity_lock`",
              "Take `_activity_lock` in `record_activity`; `/activity` iterates the same dict and sets under that lock.",
              symbol="record_activity", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CATALOGUE-SORT-SQLI", "high", "security", "ORDER BY built from ?sort=", "allow-list columns", d=-2),
            F("BUYER-COLUMN-SQLI", "high", "security", "register_buyer: request keys used as SQL identifiers",
              "fixed column list", d=-3),
            F("PRINT-INJECTION", "high", "security", "print_invoice: printer name reaches sh -c", "argv list, no shell", d=-2),
            F("LICENCE-TRAVERSAL", "high", "security", "movement_licence: ?tag= can contain ../", "validate tag", d=-2),
            F("YAML-UNSAFE", "high", "security", "import_consignment uses yaml.Loader", "yaml.safe_load", d=-1),
            F("CLERK-FAILS-OPEN", "high", "security", "clerk_key is a no-op without GAVEL_CLERK_KEY", "fail closed", d=-2),
            F("BID-RACE", "high", "bug", "place_bid: check-then-update race on high_bid", "conditional UPDATE", d=+2),
            F("HAMMER-NOT-OPEN", "medium", "bug", "hammer accepts lots that are not open", "require status = 'open'", d=-1),
            F("RESERVE-OFF", "medium", "bug", "reserve compared with >", ">=", d=+1),
            F("PEN-RANGE", "low", "bug", "pen upper bound is PEN_COUNT + 1", "pen > PEN_COUNT", d=-1),
            F("HEAD-UNVALIDATED", "low", "bug", "head count can be 0 or negative", "require head >= 1"),
            F("LEVY-NOT-DEDUCTED", "medium", "bug", "statement net ignores levy", "subtract levy"),
            F("REPORT-STAMPEDE", "low", "performance", "report cache written without the lock", "write under _report_lock", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Gavel Mart application. It is a Flask service backed by SQLite that manages lots,
        bids, the hammer, seller statements and buyer records for a livestock market. Below are my findings, grouped
        into security issues and then logic and reliability issues.

        **Security Issues**

        Several endpoints pass request data directly into SQL, the shell, the filesystem or a YAML parser. The clerk
        key check also silently disables itself when the environment variable is missing.
        """,
        Block([
            F("CATALOGUE-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Catalogue Sorting",
              "Use a whitelist of allowed sort columns.", sd=-2, n=3,
              desc="The `sort` parameter is inserted into the ORDER BY clause using an f-string, which allows an attacker to inject arbitrary SQL."),
            F("BUYER-COLUMN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Buyer Registration Keys",
              "Use a fixed set of columns.", sd=-2, n=3),
            F("PRINT-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Invoice Printing",
              "Pass the arguments as a list and do not use `shell=True`.", sd=-2, n=3,
              desc="The `printer` query parameter is interpolated into a shell command executed with `shell=True`."),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load()` instead.", sd=-2, n=3),
            F("LICENCE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Movement Licence Download",
              "Sanitize the `tag` parameter.", d=-1, sd=-2, n=2),
            F("LICENCE-NO-AUTH", "MEDIUM", "Broken Access Control", "Movement Licences Are Publicly Accessible",
              "Protect this endpoint with `clerk_key`.",
              desc="The `/lots/<id>/licence` route has no authentication decorator, so anyone can download licences containing holding numbers."),
            F("CLERK-FAILS-OPEN", "HIGH", "Broken Authentication", "Clerk Authentication Fails Open",
              "Deny access when `CLERK_KEY` is not set.", sd=-2, n=3),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production",
              "Set `debug=False`.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Logic and Reliability Issues**
        """,
        Block([
            F("BID-RACE", "HIGH", "Race Condition", "Race Condition in Bid Placement",
              "Use a transaction or an atomic conditional update.", sd=-2, n=3,
              desc="Two clerks submitting bids at the same time can both read the same `high_bid` and both pass the check."),
            F("PEN-RANGE", "MEDIUM", "Logic Error", "Incorrect Pen Number Validation",
              "Compare against `PEN_COUNT`.", d=+1, sd=-1, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Module-level mutable globals such as `_report_cache` and `_activity` make testing harder."}),
            F("REPORT-STAMPEDE", "MEDIUM", "Caching", "Cache Stampede in Market Report",
              "Hold the lock while computing the report.", d=-2, n=3),
            F("REPORT-DIV-ZERO", "MEDIUM", "Error Handling", "Division by Zero in Market Report",
              "Check `heads` before dividing, as is done for `kilos`.", sd=-2, n=3),
            F("CATALOGUE-ALL-ROWS", "LOW", "Performance", "Inefficient In-Memory Pagination",
              "Push LIMIT and OFFSET into SQL.", sd=-2, n=3),
            F("ACTIVITY-RACE", "LOW", "Race Condition", "Unsynchronized Updates to Bidding Activity",
              "Acquire `_activity_lock` in `record_activity`.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CATALOGUE-SORT-SQLI", "error", "security", "sql injection via sort", "allow-list"),
            F("BUYER-COLUMN-SQLI", "error", "security", "json keys become sql columns in /buyers", "fixed columns"),
            F("PRINT-INJECTION", "error", "security", "shell injection via printer", "no shell=True"),
            F("LICENCE-TRAVERSAL", "error", "security", "path traversal on licence tag", "check resolved path", d=-1),
            F("YAML-UNSAFE", "error", "security", "yaml.load is unsafe", "safe_load"),
            F("CLERK-FAILS-OPEN", "warning", "security", "clerk key check skipped when unset", "fail closed"),
            F("DEBUG-ON", "warning", "", "debug=True", "turn off"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("PEN-RANGE", "warning", "bug", "pen 49 accepted", "pen > PEN_COUNT"),
            F("RESERVE-OFF", "warning", "bug", "bid at reserve is passed", ">="),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL (catalogue sort, buyer keys), shell (invoice printing), YAML, path traversal (licences).
        2. Authentication: clerk key fails open and is not compared in constant time; licences are public.
        3. Bidding and hammer: race on the high bid; reserve boundary.
        4. Data validation at lot entry: species, head count, pen range.
        5. Settlement: levy not deducted; paging skips lots.
        6. Concurrency of the in-memory caches.
        """,
        Block([
            F("CATALOGUE-SORT-SQLI", "blocker", "security", "SQL injection in catalogue ORDER BY", "Whitelist sortable columns.", conf=0.9),
            F("BUYER-COLUMN-SQLI", "blocker", "security", "SQL injection through buyer field names", "Use a fixed column list.", conf=0.9),
            F("BUYER-MASS-ASSIGN", "major", "security", "Mass assignment in buyer registration", "Only accept the public profile fields.", conf=0.8),
            F("PRINT-INJECTION", "blocker", "security", "OS command injection in invoice printing", "Avoid shell=True.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML loading of consignments", "Use safe_load.", conf=0.9),
            F("LICENCE-TRAVERSAL", "major", "security", "Directory traversal in licence download", "Validate the tag.", conf=0.85),
            F("LICENCE-NO-AUTH", "major", "security", "Licence endpoint has no authentication", "Add clerk_key.", d=+1, conf=0.7),
            F("CLERK-FAILS-OPEN", "major", "security", "Clerk authentication bypass when key unset", "Require the key.", conf=0.85),
            F("CLERK-TIMING", "minor", "security", "Timing attack on clerk key comparison", "Use hmac.compare_digest.", conf=0.6),
            F("BID-RACE", "major", "concurrency", "Lost update on the lot's high bid", "Use an atomic conditional update.", d=+2, conf=0.8),
            F("RESERVE-OFF", "major", "correctness", "Off-by-one: reserve price not treated as met", "Use >=.", d=-1, conf=0.8),
            F("SPECIES-UNCHECKED", "minor", "correctness", "Species not validated at lot entry", "Check against MIN_STEP.", conf=0.7),
            F("HEAD-UNVALIDATED", "minor", "correctness", "Head count not validated at lot entry", "Require head >= 1.", d=+2, conf=0.6),
            F("CATALOGUE-PAGE-OFF", "major", "correctness", "Catalogue pagination skips the first page", "Use (page - 1) * size.", d=+1, conf=0.8),
            F("LEVY-NOT-DEDUCTED", "major", "correctness", "Levy missing from seller net amount", "Subtract the levy.", d=-2, conf=0.8),
            F("REPORT-STAMPEDE", "minor", "concurrency", "Report cache updated without holding the lock", "Write under _report_lock.", d=+1, conf=0.7),
            F("ACTIVITY-RACE", "minor", "concurrency", "Thread-unsafe activity statistics", "Use _activity_lock.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 8 major, 5 minor"),
    ]),
}

"""test116/py-rallystages: a vintage car rally desk (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's answers,
specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test116 (score once, never tune): seeded problems in a vintage car rally's entries, stage "
    "times and marshal points desk; five agents' answers written by hand."
)

S = "rally/app.py"
PROBLEMS = {
    "MARSHAL-FAILS-OPEN": P(S, "if supplied != MARSHAL_KEY:", "security", "RALLY_MARSHAL_KEY unset: None == None, a request with no key passes marshal_only"),
    "MARSHAL-NOT-CONSTANT-TIME": P(S, "if supplied != MARSHAL_KEY:", "security", "marshal key compared with != instead of hmac.compare_digest (timing)"),
    "MAKE-SQLI": P(S, "make LIKE '%{make}%'", "security", "make query value formatted into the SQL LIKE clause", "source-vs-sink"),
    "ORDER-SQLI": P(S, '" ORDER BY " + order', "security", "order query value concatenated into ORDER BY", "source-vs-sink"),
    "PAGE-OFFSET": P(S, "(size, page * size),", "bug", "pages start at 1 but OFFSET is page * size: page 1 skips the first page of entries", "off-by-one"),
    "CARNO-RACE": P(S, "car_no = last + 1", "bug", "MAX(car_no) + 1 then INSERT without a transaction: two entries get the same car number", "critical-section"),
    "PAID-FROM-CLIENT": P(S, 'body.get("paid", False)', "security", "entrant sets paid=true in the registration body and is recorded as paid"),
    "ENTRY-PII-PUBLIC": P(S, "SELECT * FROM entries WHERE car_no = ?", "security", "unauthenticated entry detail returns SELECT * incl. email and paid status"),
    "ENTRY-NOT-FOUND-500": P(S, "return jsonify(dict(row))", "bug", "unknown car number: dict(None) raises, 500 instead of 404"),
    "PHOTO-TRAVERSAL": P(S, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "file query value joined to PHOTO_DIR: ../ reads any file", "source-vs-sink"),
    "SHEET-SHELL": P(S, 'subprocess.run(f"lp -d', "security", "printer and copies from the request formatted into a shell=True command", "signature-vs-statement"),
    "SHEET-FAILURE-IGNORED": P(S, 'subprocess.run(f"lp -d', "bug", "lp exit status never checked: the desk is told the sheet printed when it did not"),
    "WITHDRAW-NO-AUTH": P(S, '@app.post("/entries/<int:car_no>/withdraw")', "security", "withdraw has no authentication: anyone can withdraw any car"),
    "REFUND-UNPAID": P(S, "refund = ENTRY_FEE * min(days_left, 30) / 30", "bug", "refund computed and recorded whether or not the entry exists or was paid"),
    "REFUND-AFTER-START": P(S, "refund = ENTRY_FEE * min(days_left, 30) / 30", "bug", "after RALLY_START days_left is negative: a negative refund is recorded"),
    "TIME-UNKNOWN-CAR": P(S, 'car_no = int(body["car_no"])', "bug", "stage time accepted for a car number that is not entered", nth=0),
    "TIME-NEGATIVE": P(S, 'elapsed = float(body["finish"]) - float(body["start"])', "bug", "finish before start not rejected: negative elapsed time wins the stage"),
    "TIME-OVERWRITE": P(S, "INSERT OR REPLACE INTO times", "bug", "INSERT OR REPLACE silently overwrites a stage time already recorded"),
    "POS-FROM-ZERO": P(S, "for pos, r in enumerate(rows):", "bug", "stage positions numbered from 0: the stage winner is shown as position 0", "off-by-one"),
    "RESULTS-CACHE-RACE": P(S, "hit = (time.time(), _rank_stage(stage))", "bug", "results cache read, computed and stored without _results_lock: duplicate ranking and stale results written after invalidation", "critical-section"),
    "CHECKIN-DUP-RACE": P(S, "if seen is None:", "bug", "check-then-insert of a marshal point check-in without a unique key or transaction: duplicate passages", "critical-section"),
    "REG-SKIPS-FIRST": P(S, "for i in range(1, len(splits)):", "bug", "range starts at 1: the first regularity split is never penalised", "off-by-one"),
    "REG-TARGETS-SHORT": P(S, "penalty += abs(splits[i] - targets[i])", "bug", "fewer targets than splits raises IndexError (500)"),
    "ROUTE-NO-AUTH": P(S, '@app.post("/route/import")', "security", "route import (marshal points, opening times) needs no key"),
    "ROUTE-YAML-LOAD": P(S, "yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("MARSHAL-FAILS-OPEN", "MARSHAL-NOT-CONSTANT-TIME"),
    ("MAKE-SQLI", "ORDER-SQLI"),
    ("CARNO-RACE", "PAID-FROM-CLIENT"),
    ("ENTRY-PII-PUBLIC", "ENTRY-NOT-FOUND-500"),
    ("SHEET-SHELL", "SHEET-FAILURE-IGNORED"),
    ("REFUND-UNPAID", "REFUND-AFTER-START"),
    ("TIME-UNKNOWN-CAR", "TIME-NEGATIVE"),
    ("TIME-NEGATIVE", "TIME-OVERWRITE"),
    ("TIME-UNKNOWN-CAR", "TIME-OVERWRITE"),
    ("REG-SKIPS-FIRST", "REG-TARGETS-SHORT"),
    ("ROUTE-NO-AUTH", "ROUTE-YAML-LOAD"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `rally/app.py`

        This is a single Flask module for a vintage car rally: entry registration, stage times, marshal point
        check-ins, regularity penalties, a route import and scrutineering sheets. The clerk endpoints are guarded
        properly (`clerk_only` fails closed when `RALLY_CLERK_KEY` is empty and uses `hmac.compare_digest`), the
        eligible-years check on registration is right, and `/leaderboard` correctly leaves out cars that have not
        run every stage. The rest of the service has several serious problems.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | Injection / deserialization (`/entries`, `/route/import`, sheet printing) | 4 |
        | High | Access control and trust (`marshal_only`, route import, withdraw, photos, entry detail, `paid`) | 6 |
        | Medium | Timing, results and refund integrity | 6 |
        | Low | Paging, positions, check-ins, negative refunds, 404s | 5 |

        The most urgent fix is `marshal_only`: with the environment variable unset, every marshal endpoint is open.
        """,
        Block([
            F("MARSHAL-FAILS-OPEN", "critical", "security", "`marshal_only` lets every request through when `RALLY_MARSHAL_KEY` is unset",
              "Fail closed like `clerk_only`: reject when the key is empty or missing, and compare with `hmac.compare_digest`.",
              symbol="marshal_only.wrapper", conf=0.9),
            F("MAKE-SQLI", "critical", "security", "SQL injection through the `make` filter in `GET /entries`",
              "Bind the pattern as a parameter: `make LIKE ?` with `f\"%{make}%\"` in the parameter tuple.",
              symbol="list_entries", conf=0.95),
            F("ORDER-SQLI", "high", "security", "`order` query parameter concatenated into the ORDER BY clause",
              "Map `order` through an allow-list of column names (`car_no`, `make`, `year`) before building the SQL.",
              symbol="list_entries", conf=0.9),
            F("ROUTE-YAML-LOAD", "critical", "security", "`yaml.load` with `yaml.Loader` on an uploaded route document",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from the request body.",
              symbol="import_route", conf=0.95),
            F("ROUTE-NO-AUTH", "high", "security", "`POST /route/import` has no authentication",
              "Require the clerk key (`@clerk_only`); anyone can currently replace marshal points and their opening times.",
              symbol="import_route", conf=0.85),
            F("SHEET-SHELL", "high", "security", "Shell command built from request values in `print_sheet`",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(int(copies)), path], check=True)` without a shell.",
              symbol="print_sheet", conf=0.85),
            F("WITHDRAW-NO-AUTH", "high", "security", "Any caller can withdraw any entry",
              "Authenticate the entrant (or require the clerk key) before deleting the entry and issuing a refund.",
              symbol="withdraw", conf=0.85),
        ]),
        "Everything else, roughly in order of impact:",
        Block([
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /entries/<car_no>/photo`",
              "Use `flask.send_from_directory(PHOTO_DIR, name)` or reject names containing a path separator.",
              symbol="entry_photo", conf=0.9),
            F("ENTRY-PII-PUBLIC", "medium", "security", "Entry detail returns every column, including email, to anonymous callers",
              "Select only public columns (car, driver, make, year); keep email and payment status behind the clerk key.",
              symbol="entry_detail", conf=0.8),
            F("ENTRY-NOT-FOUND-500", "low", "bug", "Unknown car number raises in `entry_detail`",
              "Return 404 when `fetchone()` gives `None`.", symbol="entry_detail", conf=0.85),
            F("CARNO-RACE", "medium", "bug", "Car numbers are allocated with `MAX(car_no) + 1` outside a transaction",
              "Let SQLite assign the number (INTEGER PRIMARY KEY) or do the read and insert in one `BEGIN IMMEDIATE` transaction.",
              d=-1, n=2, symbol="register_entry", conf=0.8),
            F("PAID-FROM-CLIENT", "high", "security", "Registration trusts a client-supplied `paid` flag",
              "Always insert `paid = False`; set it only from the payment callback or the clerk desk.",
              symbol="register_entry", conf=0.85),
            F("PAGE-OFFSET", "low", "bug", "`/entries/page` skips the first page",
              "Pages are 1-based, so the offset must be `(page - 1) * size`.", symbol="entries_page", conf=0.85),
            F("TIME-NEGATIVE", "medium", "bug", "Negative stage times are accepted",
              "Reject `finish <= start` with 400; a negative elapsed time sorts first and wins the stage.",
              symbol="record_time", conf=0.8),
            F("TIME-OVERWRITE", "medium", "bug", "A second time for the same car and stage silently replaces the first",
              "Use a plain INSERT with a unique key and make corrections an explicit, logged operation.",
              symbol="record_time", conf=0.7),
            F("POS-FROM-ZERO", "low", "bug", "Stage positions start at 0",
              "`enumerate(rows, start=1)`; the winner is currently reported as position 0.", symbol="_rank_stage", conf=0.85),
            F("RESULTS-CACHE-RACE", "medium", "bug", "Results cache is filled without holding `_results_lock`",
              "Check and store under the lock (or compare a version counter): a slow ranking can overwrite the invalidation done by `record_time` and serve stale results for 30 s.",
              symbol="stage_results", conf=0.7),
            F("CHECKIN-DUP-RACE", "low", "bug", "Duplicate check-ins possible at a marshal point",
              "Add a UNIQUE(point_id, car_no) constraint and use `INSERT OR IGNORE`; the SELECT-then-INSERT can interleave.",
              symbol="point_checkin", conf=0.65),
            F("REG-SKIPS-FIRST", "medium", "bug", "Regularity penalty ignores the first timing split",
              "Iterate from 0 (`for split, target in zip(splits, targets)`).", symbol="regularity_penalty", conf=0.8),
            F("REFUND-UNPAID", "medium", "bug", "Withdrawal refunds entries that never paid",
              "Check `row` exists and `row[\"paid\"]` before computing a refund.", symbol="withdraw", conf=0.75),
            F("REFUND-AFTER-START", "low", "bug", "Refund becomes negative after the rally has started",
              "Clamp `days_left` at 0 (no refund once the rally is under way).", d=-1, n=2, symbol="withdraw", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed rally/app.py. No tests in repo; nothing run.",
        Block([
            F("MAKE-SQLI", "critical", "security", "SQLi: make param interpolated into LIKE",
              "Bind it.", d=-2),
            F("ORDER-SQLI", "high", "security", "SQLi: order param appended to ORDER BY",
              "Whitelist columns.", d=-2),
            F("MARSHAL-FAILS-OPEN", "critical", "security", "marshal_only passes when RALLY_MARSHAL_KEY is unset (None == None)",
              "Fail closed."),
            F("ROUTE-YAML-LOAD", "critical", "security", "Unsafe yaml.load on request body",
              "yaml.safe_load."),
            F("SHEET-SHELL", "high", "security", "shell=True with printer/copies from request",
              "argv list, int(copies).", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=",
              "send_from_directory.", d=-1),
            F("CARNO-RACE", "medium", "bug", "Duplicate car_no under concurrent registration",
              "Single transaction / autoincrement.", d=+1),
            F("REFUND-UNPAID", "medium", "bug", "withdraw refunds regardless of paid flag",
              "Check row['paid']."),
            F("TIME-NEGATIVE", "medium", "bug", "elapsed can be negative",
              "Validate finish > start."),
            F("TIME-OVERWRITE", "low", "bug", "INSERT OR REPLACE overwrites recorded times",
              "Reject duplicates."),
            F("POS-FROM-ZERO", "low", "bug", "Positions are 0-based",
              "enumerate(..., 1).", d=+1),
            F("REG-SKIPS-FIRST", "medium", "bug", "regularity_penalty starts at index 1",
              "Start at 0."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I've reviewed the rally management application in `rally/app.py`. It is a Flask service that handles
        entries, stage timing, marshal checkpoints and route imports, backed by SQLite.

        ### Security

        The application has several injection points and weak access control on the marshal-facing endpoints.
        The clerk decorator is implemented correctly, but the marshal decorator is not.
        """,
        Block([
            F("MAKE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Entry Listing (make)",
              "Use parameterized queries for the `make` filter.", sd=-2, n=3,
              desc="The `make` parameter is embedded in an f-string that becomes part of the SQL query."),
            F("ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Entry Listing (order)",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3),
            F("MARSHAL-FAILS-OPEN", "HIGH", "Broken Authentication", "Marshal Authentication Bypass When Key Is Not Configured",
              "Reject requests when `MARSHAL_KEY` is `None`.", sd=-1, n=2,
              desc="`request.headers.get` returns `None` when the header is absent, and `os.environ.get` returns `None` when the variable is unset, so the comparison succeeds."),
            F("MARSHAL-NOT-CONSTANT-TIME", "MEDIUM", "Broken Authentication", "Non-Constant-Time Comparison of Marshal Key",
              "Use `hmac.compare_digest` as in `clerk_only`."),
            F("ROUTE-YAML-LOAD", "CRITICAL", "Insecure Deserialization", "Insecure YAML Deserialization in Route Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("ROUTE-NO-AUTH", "HIGH", "Broken Access Control", "Route Import Endpoint Is Unauthenticated",
              "Protect the endpoint with `clerk_only`."),
            F("SHEET-SHELL", "HIGH", "Command Injection", "Command Injection in Scrutineering Sheet Printing",
              "Avoid `shell=True`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory`."),
            F("ENTRY-PII-PUBLIC", "MEDIUM", "Information Disclosure", "Entrant Email Exposed by Entry Detail Endpoint",
              "Return only public fields."),
        ], wrap="list"),
        """
        ### Correctness and Concurrency
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("PAID-FROM-CLIENT", "HIGH", "Logic Error", "Payment Status Taken From Request Body",
              "Do not accept `paid` from clients.", sd=-2, n=3),
            F("RESULTS-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Results Cache",
              "Hold `_results_lock` while reading and updating the cache.", d=-2,
              desc="Concurrent requests can rank the same stage twice and overwrite a fresh invalidation with stale data."),
            F("CHECKIN-DUP-RACE", "LOW", "Race Condition", "Check-in Duplicate Detection Is Not Atomic",
              "Use a unique constraint.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("MAKE-SQLI", "high", "security", "sql injection via make", "bind param"),
            F("ORDER-SQLI", "high", "security", "sql injection via order", "allow-list"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo", "send_from_directory"),
            F("ROUTE-YAML-LOAD", "high", "security", "unsafe yaml load in import_route", "safe_load", d=-1),
            F("SHEET-SHELL", "high", "", "shell injection in print_sheet", "no shell"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TIME-NEGATIVE", "medium", "bug", "negative stage time accepted", "check finish > start"),
            F("PAGE-OFFSET", "low", "bug", "page 1 skips first rows", "(page - 1) * size", d=-1),
            F("REG-TARGETS-SHORT", "medium", "bug", "IndexError when targets shorter than splits", "zip them"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the entries list (two parameters).
        2. Marshal authentication fails open.
        3. Several race conditions (car numbers, results cache, check-ins).
        4. Timing and regularity calculation errors.
        5. Refund and error-handling issues.
        """,
        Block([
            F("MAKE-SQLI", "blocker", "security", "SQL injection through the make parameter",
              "Use a bound parameter.", conf=0.9),
            F("ORDER-SQLI", "blocker", "security", "SQL injection through the order parameter",
              "Use an allow-list for ORDER BY.", conf=0.9),
            F("MARSHAL-FAILS-OPEN", "blocker", "security", "Marshal key check passes when the key is not configured",
              "Require a configured key.", conf=0.85),
            F("CARNO-RACE", "major", "concurrency", "Race condition when allocating car numbers",
              "Use an autoincrement key.", conf=0.8),
            F("RESULTS-CACHE-RACE", "minor", "performance", "Stage ranking recomputed by concurrent requests (cache stampede)",
              "Compute under the lock.", d=+1, conf=0.6),
            F("CHECKIN-DUP-RACE", "major", "concurrency", "Duplicate check-in rows under concurrent requests",
              "Add a unique index.", d=+1, conf=0.7),
            F("TIME-UNKNOWN-CAR", "minor", "correctness", "Stage time accepted for a car that is not entered",
              "Check the car number exists.", conf=0.6),
            F("TIME-OVERWRITE", "major", "correctness", "Existing stage time silently replaced",
              "Reject duplicates.", conf=0.7),
            F("POS-FROM-ZERO", "minor", "correctness", "Off-by-one: positions start at 0",
              "Start at 1.", conf=0.8),
            F("REG-SKIPS-FIRST", "major", "correctness", "Off-by-one: first regularity split skipped",
              "Start the loop at 0.", d=+1, conf=0.75),
            F("REG-TARGETS-SHORT", "minor", "reliability", "Index error when targets list is shorter",
              "Validate lengths.", conf=0.7),
            F("SHEET-FAILURE-IGNORED", "minor", "reliability", "Printing errors are ignored",
              "Pass check=True.", conf=0.6),
            F("REFUND-AFTER-START", "major", "correctness", "Negative refund after rally start",
              "Clamp to zero.", conf=0.7),
            F("ENTRY-NOT-FOUND-500", "minor", "reliability", "Missing entry causes 500",
              "Return 404.", conf=0.8),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 5 major, 6 minor"),
    ]),
}

"""test69/py-oilcasks: a lighthouse keeper's lamp-oil ledger (Python, Flask + SQLite). Frozen test split; labels
next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test69: seeded problems in a lighthouse lamp-oil ledger; five agents' answers "
    "written by hand."
)

A = "oilcasks/app.py"
PROBLEMS = {
    "KEEPER-FAILS-OPEN": P(A, "if supplied != KEEPER_TOKEN:", "security", "KEEPER_TOKEN defaults to '': with it unset an empty or missing header passes the keeper check"),
    "KEEPER-TIMING": P(A, "if supplied != KEEPER_TOKEN:", "security", "keeper token compared with != (not constant time) while board_only uses hmac.compare_digest"),
    "DB-ERROR-LEAK": P(A, 'return jsonify({"error": str(exc), "database": DB_PATH}), 500', "security", "sqlite error text and the database path returned to the client"),
    "CASKS-ORDER-SQLI": P(A, "ORDER BY {order} LIMIT {limit}", "security", "order query value formatted into the SQL ORDER BY", "source-vs-sink"),
    "CASKS-LIMIT-SQLI": P(A, "ORDER BY {order} LIMIT {limit}", "security", "limit query value formatted into the SQL LIMIT (a second injection point)"),
    "LOG-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages count from 1 but offset = page * size: the newest page of the log is never shown", "off-by-one"),
    "LOG-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "page size not capped (PAGE_MAX is defined but unused): one request reads the whole log"),
    "LOG-CARD-NO-AUTH": P(A, "def log_card(entry_id):", "security", "the log card has no keeper_only: anyone can read every keeper's log entry by id"),
    "LOG-CARD-XSS": P(A, "<p>{row['entry']}</p>", "security", "log entry text put into the HTML card unescaped (night and wind are escaped)", "signature-vs-statement"),
    "BURN-LITRES-UNCHECKED": P(A, 'litres = float(body["litres"])', "bug", "burned litres not validated: negative (adds oil), zero, nan or inf accepted"),
    "BURN-OVERDRAW": P(A, 'left = cask["litres_left"] - litres', "bug", "a burn larger than what is left drives the cask's stock negative, no check"),
    "BURN-LOST-UPDATE": P(A, 'db.execute("UPDATE casks SET litres_left = ? WHERE id = ?"', "bug", "read, subtract, write the cask's litres outside _stock_lock / a transaction: concurrent burns lose updates", "critical-section"),
    "BURN-TOTALS-RACE": P(A, "_burn_totals[cask_id] = _burn_totals.get(cask_id, 0.0) + litres", "bug", "_burn_totals updated without _stock_lock, which /burns/totals takes to read it"),
    "RECEIPT-PATH": P(A, "receipt.save(os.path.join(RECEIPTS_DIR, receipt.filename))", "security", "uploaded receipt saved under the client's filename: ../ writes outside RECEIPTS_DIR"),
    "RECEIPT-OVERWRITE": P(A, "receipt.save(os.path.join(RECEIPTS_DIR, receipt.filename))", "bug", "receipts of different deliveries with the same file name overwrite each other; nothing links a receipt to its delivery"),
    "LABEL-PRINTER-SHELL": P(A, "lp -d {printer} -n {copies}", "security", "printer query value in a shell command (shell=True)", "signature-vs-statement"),
    "LABEL-COPIES-SHELL": P(A, "lp -d {printer} -n {copies}", "security", "copies query value in the same shell command, unchecked (a second injection point)"),
    "LABEL-EXIT-IGNORED": P(A, "lp -d {printer} -n {copies}", "bug", "check=False and the result unused: a failed print still answers 204"),
    "SUMMARY-CACHE-RACE": P(A, 'rows = get_db().execute("SELECT store, SUM(litres_left)', "bug", "summary cache checked and filled without a lock: concurrent misses all run the query; body and timestamp written separately", "critical-section"),
    "FORECAST-WINDOW": P(A, "recent = burns[: nights - 1]", "bug", "the window takes nights - 1 burns: the average is over one night fewer than asked", "off-by-one"),
    "FORECAST-ZERO-DIV": P(A, "nightly = sum(recent) / len(recent)", "bug", "no burns yet (or nights=1) divides by zero; zero nightly burn divides again below"),
    "MANIFEST-YAML-LOAD": P(A, "manifest = yaml.load(raw, Loader=yaml.Loader)", "security", "request body parsed with yaml.Loader (arbitrary Python objects)", "source-vs-sink"),
    "MANIFEST-STORE-UNCHECKED": P(A, '(item.get("store", "north"), float(item.get("litres", CASK_LITRES)), item["received_on"]),', "bug", "manifest casks not checked against STORES or for sane litres (extra, one agent)"),
    "EXPORT-END-EXCLUSIVE": P(A, "WHERE night >= ? AND night < ?", "bug", "'to' date excluded (night < ?): the last night of the asked range is missing from the export", "off-by-one"),
}

CONFUSABLE = [
    ("KEEPER-FAILS-OPEN", "KEEPER-TIMING"),
    ("CASKS-ORDER-SQLI", "CASKS-LIMIT-SQLI"),
    ("LOG-PAGE-OFFSET", "LOG-SIZE-UNBOUNDED"),
    ("LOG-CARD-NO-AUTH", "LOG-CARD-XSS"),
    ("BURN-OVERDRAW", "BURN-LOST-UPDATE"),
    ("BURN-LOST-UPDATE", "BURN-TOTALS-RACE"),
    ("RECEIPT-PATH", "RECEIPT-OVERWRITE"),
    ("LABEL-PRINTER-SHELL", "LABEL-COPIES-SHELL"),
    ("LABEL-PRINTER-SHELL", "LABEL-EXIT-IGNORED"),
    ("LABEL-COPIES-SHELL", "LABEL-EXIT-IGNORED"),
    ("FORECAST-WINDOW", "FORECAST-ZERO-DIV"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `oilcasks/app.py`

        The ledger is one Flask module over SQLite. The board-facing routes are guarded well (`board_only` fails
        closed and uses `hmac.compare_digest`, `transfer_oil` does its read-check-write under `_stock_lock`,
        `record_delivery` validates the store and cask count), but the keeper-facing half does not hold to the same
        standard.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | `keeper_only` lets everyone in when `KEEPER_TOKEN` is unset |
        | P0 | injection | `/casks` SQL, `/casks/<id>/label` shell, `/manifest` YAML |
        | P1 | data | lost updates and negative stock in `record_burn` |
        | P2 | reports | paging, forecast window, export range |

        Security findings first, then correctness.
        """,
        Block([
            F("KEEPER-FAILS-OPEN", "critical", "security", "`keeper_only` fails open when `KEEPER_TOKEN` is unset",
              "Refuse to start (or answer 503) when `KEEPER_TOKEN` is empty; an absent header equals the default `\"\"` today.",
              symbol="keeper_only.wrapper", conf=0.9),
            F("KEEPER-TIMING", "low", "security", "Keeper token compared with `!=` rather than a constant-time comparison",
              "Use `hmac.compare_digest(supplied, KEEPER_TOKEN)` as `board_only` already does.",
              symbol="keeper_only.wrapper", conf=0.6),
            F("CASKS-ORDER-SQLI", "critical", "security", "SQL injection through the `order` parameter of `GET /casks`",
              "Map `order` onto a whitelist of column names (`received_on`, `litres_left`, `id`).",
              symbol="list_casks", conf=0.95),
            F("CASKS-LIMIT-SQLI", "high", "security", "`limit` is also interpolated into the same query",
              "Parse it with `int()`, clamp it, and pass it as a bound parameter.", symbol="list_casks", conf=0.85),
            F("LABEL-PRINTER-SHELL", "critical", "security", "Command injection in `print_label` via `printer` (and `copies`)",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(int(copies))], input=...)` without a shell and check `printer` against the configured printers.",
              symbol="print_label", conf=0.9),
            F("MANIFEST-YAML-LOAD", "high", "security", "`/manifest` deserialises the request body with `yaml.Loader`",
              "Use `yaml.safe_load(raw)`; the full loader constructs arbitrary Python objects.",
              symbol="import_manifest", conf=0.9),
            F("LOG-CARD-XSS", "high", "security", "Stored XSS in the log card: `entry` is not escaped",
              "Wrap `row['entry']` in `escape()` like the night and the wind.", symbol="log_card", conf=0.85),
            F("RECEIPT-PATH", "high", "security", "Receipt upload is written under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename` or, better, name the file after the delivery id.",
              symbol="record_delivery", conf=0.85),
            F("DB-ERROR-LEAK", "medium", "security", "SQLite errors and the database path are returned to clients",
              "Log the exception and return a generic 500 body.", symbol="db_error", conf=0.75),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BURN-LOST-UPDATE", "high", "bug", "`record_burn` read-modify-writes `litres_left` without a lock or transaction",
              "Do `UPDATE casks SET litres_left = litres_left - ? WHERE id = ? AND litres_left >= ?` or take `_stock_lock` as `transfer_oil` does; two keepers logging burns together lose one of them.",
              symbol="record_burn", conf=0.85),
            F("BURN-OVERDRAW", "medium", "bug", "A burn can take a cask below zero litres",
              "Reject burns larger than `litres_left` (409), as `transfer_oil` does.", symbol="record_burn", conf=0.8),
            F("BURN-TOTALS-RACE", "low", "bug", "`_burn_totals` is written without `_stock_lock`",
              "Update it under the same lock `burn_totals` reads it with.", symbol="record_burn", conf=0.65),
            F("SUMMARY-CACHE-RACE", "low", "performance", "Public summary cache is filled without synchronisation",
              "Guard the check-and-fill with a lock, or store `(at, body)` as one tuple and accept the duplicate query.",
              symbol="public_summary", conf=0.6),
            F("LOG-PAGE-OFFSET", "medium", "bug", "Paging skips the first page of the keeper's log",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="keeper_log", conf=0.85),
            F("FORECAST-WINDOW", "medium", "bug", "Forecast averages `nights - 1` burns",
              "Slice `burns[:nights]`.", symbol="forecast", conf=0.8),
            F("FORECAST-ZERO-DIV", "medium", "bug", "`/forecast` raises ZeroDivisionError with no burns recorded",
              "Return `nights_left: null` when `recent` is empty or the average is 0.", symbol="forecast", conf=0.8),
            F("EXPORT-END-EXCLUSIVE", "low", "bug", "CSV export drops the `to` day",
              "Use `night <= ?`; `to` reads as inclusive in the board's UI.", symbol="export_csv", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("CASKS-ORDER-SQLI", "critical", "security", "GET /casks: `order` reaches SQL unescaped",
              "Whitelist columns.", d=-3),
            F("LABEL-PRINTER-SHELL", "critical", "security", "print_label builds a shell line from query args",
              "argv list, no shell.", d=-3),
            F("MANIFEST-YAML-LOAD", "high", "security", "yaml.Loader on request body",
              "yaml.safe_load.", d=-2),
            F("KEEPER-FAILS-OPEN", "high", "security", "Empty KEEPER_TOKEN authenticates empty header",
              "Fail closed when unset."),
            F("LOG-CARD-XSS", "high", "security", "log_card renders entry as raw HTML",
              "escape(row['entry']).", d=-2),
            F("RECEIPT-PATH", "high", "security", "receipt.filename used as path",
              "secure_filename."),
            F("BURN-LOST-UPDATE", "medium", "bug", "record_burn: lost update on litres_left",
              "Single UPDATE with arithmetic in SQL.", d=-1),
            F("LOG-PAGE-OFFSET", "medium", "bug", "keeper_log page 1 returns the second page",
              "(page - 1) * size.", d=-1),
            F("FORECAST-WINDOW", "medium", "bug", "forecast uses one burn fewer than `nights`",
              "burns[:nights].", d=+1),
            F("EXPORT-END-EXCLUSIVE", "low", "bug", "export excludes end date",
              "<=.", d=+1),
            F("LABEL-EXIT-IGNORED", "low", "bug", "lp failure ignored (check=False)",
              "check=True; 502 on failure."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the lamp-oil ledger application in `oilcasks/app.py`. It is a Flask service backed by
        SQLite that tracks oil casks, nightly burns, deliveries and the keeper's log for a lighthouse.

        **Overall assessment:** the application has several serious security issues, most of them caused by
        request values reaching SQL, the shell, the filesystem or a YAML parser without validation. There are also
        concurrency problems around the stock levels and the public summary cache.

        **Security findings:**
        """,
        Block([
            F("CASKS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Cask Listing",
              "Validate the `order` parameter against an allow-list of column names.", n=3, sd=-2,
              desc="The `order` and `limit` query parameters are inserted directly into the SQL statement with an f-string."),
            F("LABEL-PRINTER-SHELL", "CRITICAL", "Command Injection", "Command Injection via Printer Name",
              "Do not use `shell=True`; pass the arguments as a list.", n=3, sd=-2,
              desc="The `printer` parameter is placed into a shell pipeline, so `?printer=x;rm -rf /` runs arbitrary commands."),
            F("LABEL-COPIES-SHELL", "HIGH", "Command Injection", "Command Injection via Copies Parameter",
              "Convert `copies` to an integer before use.", n=3, sd=-2),
            F("MANIFEST-YAML-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", n=3, sd=-2),
            F("LOG-CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in Log Card",
              "Escape the `entry` field.", n=2, sd=-1),
            F("LOG-CARD-NO-AUTH", "MEDIUM", "Broken Access Control", "Log Card Endpoint Is Not Authenticated",
              "Add the `keeper_only` decorator to `log_card`.", n=2, sd=-1,
              desc="Every other log route requires the keeper token, but `/log/<id>/card` does not, and ids are sequential."),
            F("RECEIPT-PATH", "HIGH", "Path Traversal", "Path Traversal in Receipt Upload",
              "Sanitize the filename with `secure_filename`.", n=3, sd=-2),
            F("KEEPER-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Keeper Token Comparison",
              "Use `hmac.compare_digest`.", n=3, sd=-2),
            F("DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", n=2, sd=-1),
        ], wrap="list"),
        """
        **Reliability and performance findings:**
        """,
        Block([
            F("BURN-LOST-UPDATE", "HIGH", "Race Condition", "Race Condition When Recording Burns",
              "Perform the subtraction in SQL or hold `_stock_lock`.", n=3, sd=-2,
              desc="Two simultaneous requests can read the same `litres_left` and both write their own result; one burn is lost."),
            F("SUMMARY-CACHE-RACE", "MEDIUM", "Caching", "Cache Stampede on Public Summary",
              "Protect the cache refresh with a lock.", d=-1, n=3, sd=-2,
              desc="When the cache expires every concurrent request recomputes the summary."),
            F("LOG-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Keeper Log",
              "Clamp `size` to `PAGE_MAX`.", n=3, sd=-2),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and printing; consider splitting it into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("KEEPER-FAILS-OPEN", "high", "security", "keeper token check passes when env var is unset", "require token"),
            F("CASKS-ORDER-SQLI", "high", "security", "sql injection in list_casks order by", "whitelist"),
            F("LABEL-PRINTER-SHELL", "high", "security", "shell=True with query params in print_label", "use list args"),
            F("MANIFEST-YAML-LOAD", "high", "security", "yaml.load with full Loader", "safe_load"),
            F("BURN-LITRES-UNCHECKED", "medium", "", "negative litres accepted in record_burn", "validate > 0"),
            F("FORECAST-ZERO-DIV", "medium", "bug", "division by zero in forecast when no burns", "guard empty list"),
            F("RECEIPT-OVERWRITE", "low", "bug", "receipt with same filename overwrites older one", "unique name per delivery"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: the keeper token check does not fail closed.
        2. Injection: SQL injection in the cask listing, command injection in label printing, unsafe YAML loading.
        3. XSS in the public log card.
        4. Concurrency: the burn ledger and the summary cache are not synchronised.
        5. Correctness: paging, forecast and export ranges.
        """,
        Block([
            F("KEEPER-FAILS-OPEN", "blocker", "security", "Keeper authentication bypass when KEEPER_TOKEN is not configured",
              "Abort startup if the token is missing.", conf=0.9),
            F("CASKS-ORDER-SQLI", "blocker", "security", "SQL injection via order parameter",
              "Use a fixed mapping of sort keys.", conf=0.9),
            F("CASKS-LIMIT-SQLI", "major", "security", "SQL injection via limit parameter",
              "Bind limit as an integer parameter.", conf=0.8),
            F("LABEL-PRINTER-SHELL", "blocker", "security", "OS command injection in label printing",
              "Avoid shell=True.", conf=0.9),
            F("MANIFEST-YAML-LOAD", "major", "security", "Unsafe YAML deserialization of uploaded manifest",
              "Use yaml.safe_load.", conf=0.85),
            F("LOG-CARD-XSS", "major", "security", "Cross-site scripting in log card HTML",
              "Escape the entry text.", conf=0.8),
            F("BURN-LOST-UPDATE", "major", "concurrency", "Non-atomic update of cask stock in record_burn",
              "Use an atomic UPDATE or the stock lock.", d=-1, conf=0.8),
            F("BURN-TOTALS-RACE", "minor", "concurrency", "Shared burn totals dict modified without lock",
              "Acquire _stock_lock when updating.", d=-3, conf=0.6,
              desc="The in-memory _burn_totals map is updated after the commit without _stock_lock, while the totals endpoint reads it under the lock."),
            F("SUMMARY-CACHE-RACE", "minor", "performance", "Summary cache refresh is not thread-safe",
              "Use a lock around the refresh.", d=+1, conf=0.6),
            F("LOG-PAGE-OFFSET", "major", "correctness", "Off-by-one in log pagination offset",
              "Subtract one from page before multiplying.", d=+1, conf=0.8),
            F("FORECAST-WINDOW", "minor", "correctness", "Forecast window excludes one night",
              "Use burns[:nights].", conf=0.7),
            F("EXPORT-END-EXCLUSIVE", "minor", "correctness", "Export end date is exclusive",
              "Use an inclusive comparison.", d=-2, conf=0.6),
            F("MANIFEST-STORE-UNCHECKED", "minor", "correctness", "Manifest entries are not validated",
              "Check store against STORES and litres > 0.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 5 major, 5 minor"),
    ]),
}

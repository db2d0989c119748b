"""test103/py-lyecure: a soap works' curing racks and lye store (Python, Flask + SQLite). Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders and specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test103 (round 53): seeded problems in a soap works' back office (curing racks, "
    "batches, lye store); five agents' answers written by hand. Score once, never tune on it."
)

A = "lyecure/app.py"
PROBLEMS = {
    "MAKER-KEY-FAIL-OPEN": P(A, "if MAKER_KEY and sent != MAKER_KEY:", "security",
                             "maker key check skipped entirely when LYECURE_MAKER_KEY is unset: every maker route is open"),
    "MAKER-KEY-TIMING": P(A, "if MAKER_KEY and sent != MAKER_KEY:", "security",
                          "maker key compared with != (not constant time), unlike the manager key next to it"),
    "SUPERFAT-UNBOUNDED": P(A, "return round(total * (1 - superfat / 100), 1)", "bug",
                            "superfat never bounded: a negative superfat gives a lye-heavy (caustic) batch, over 100 a negative lye weight",
                            "signature-vs-statement"),
    "UNKNOWN-OIL-500": P(A, "total = sum(NAOH_SAP[name] * grams for name, grams in oils.items())", "bug",
                         "an oil missing from NAOH_SAP raises KeyError: the batch request fails with a 500 instead of a 400"),
    "LYE-NEGATIVE-GRAMS": P(A, 'grams = float(body["grams"])', "bug",
                            "withdrawal grams not checked positive: a negative withdrawal adds lye to the store and the log"),
    "LYE-WITHDRAW-RACE": P(A, 'db.execute("UPDATE lye_stock SET grams = ? WHERE id = 1"', "bug",
                           "stock read, checked and written back without _lye_lock or a transaction: two withdrawals overdraw or lose one",
                           "critical-section"),
    "LYE-LOG-NOT-ATOMIC": P(A, 'db.execute("INSERT INTO lye_log', "bug",
                            "stock update and log entry committed separately: a failure between them leaves lye gone with no log line"),
    "CURE-ONE-DAY-SHORT": P(A, "ready = poured + timedelta(days=CURE_WEEKS * 7 - 1)", "bug",
                            "ready date is one day short of the four-week cure (27 days)", "off-by-one"),
    "LOT-COUNTER-RACE": P(A, "_next_lot += 1", "bug",
                          "module-level lot counter incremented without a lock (and reset on restart): two batches can get one lot number",
                          "critical-section"),
    "SEARCH-SQLI-Q": P(A, "WHERE recipe LIKE '%{q}%' ORDER BY {order}\"", "security",
                       "q query value formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "ORDER-SQLI": P(A, "WHERE recipe LIKE '%{q}%' ORDER BY {order}\"", "security",
                    "order query value formatted into ORDER BY: SQL injection through the sort column"),
    "PAGE-OFFSET": P(A, 'rows = get_db().execute(sql + " LIMIT ? OFFSET ?", (size, page * size))', "bug",
                     "page is 1-based but OFFSET is page * size: the first page of batches is never returned", "off-by-one"),
    "SHELF-BOUND": P(A, 'if shelf < 0 or shelf > rack["shelves"]:', "bug",
                     "shelves are numbered 0..shelves-1 but shelf == shelves passes the check", "off-by-one"),
    "SHELF-CAPACITY-RACE": P(A, "if taken >= BATCHES_PER_SHELF:", "bug",
                             "shelf count checked then batch placed with no lock or transaction: concurrent placements overfill a shelf",
                             "critical-section"),
    "PLACE-LOT-UNCHECKED": P(A, 'get_db().execute("UPDATE batches SET rack = ?, shelf = ? WHERE lot = ?"', "bug",
                             "placing an unknown lot updates nothing and still answers ok"),
    "RACK-CARD-XSS": P(A, "{escape(r['recipe'])} {r['note']}</li>", "security",
                       "batch note written into the rack card HTML unescaped (stored XSS)"),
    "LABEL-SHELL-INJECTION": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True', "security",
                               "copies and printer query values formatted into a shell command", "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {label}", shell=True', "bug",
                            "check=False and the result ignored: a failed lp job still answers queued"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "photo.save(PHOTO_DIR / photo.filename)", "security",
                                "client-supplied filename joined to the photo dir: ../ writes anywhere the app can",
                                "signature-vs-statement"),
    "PHOTO-UPLOAD-ANY-TYPE": P(A, "photo.save(PHOTO_DIR / photo.filename)", "security",
                               "no type or size check on the uploaded photo (any file, e.g. HTML, is stored and later served)"),
    "PHOTO-READ-TRAVERSAL": P(A, "return send_file(PHOTO_DIR / name)", "security",
                              "file query value joined to the photo dir and served without auth: any readable file",
                              "source-vs-sink"),
    "YAML-UNSAFE-LOAD": P(A, "data = yaml.load(request.data, Loader=yaml.Loader)", "security",
                          "yaml.Loader on the request body: arbitrary Python objects (code execution)",
                          "signature-vs-statement"),
    "IMPORT-NO-AUTH": P(A, '@app.post("/recipes/import")', "security",
                        "recipe import has neither maker nor manager check: anyone can replace recipes"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["lot"], r["recipe"], r["poured"], r["ready"], r["note"]])', "security",
                     "free-text note exported to CSV unneutralised: formula injection in the manager's spreadsheet"),
    "TRACE-LEAK": P(A, "return jsonify(error=str(exc), trace=traceback.format_exc()), 500", "security",
                    "every error answers with the exception text and full traceback"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8060, debug=True)', "security",
                      "Werkzeug debugger enabled on all interfaces (console gives code execution)"),
}

CONFUSABLE = [
    ("MAKER-KEY-FAIL-OPEN", "MAKER-KEY-TIMING"),
    ("SUPERFAT-UNBOUNDED", "UNKNOWN-OIL-500"),
    ("LYE-WITHDRAW-RACE", "LYE-LOG-NOT-ATOMIC"),
    ("CURE-ONE-DAY-SHORT", "LOT-COUNTER-RACE"),
    ("SEARCH-SQLI-Q", "ORDER-SQLI"),
    ("ORDER-SQLI", "PAGE-OFFSET"),
    ("SHELF-BOUND", "SHELF-CAPACITY-RACE"),
    ("SHELF-CAPACITY-RACE", "PLACE-LOT-UNCHECKED"),
    ("LABEL-SHELL-INJECTION", "LABEL-EXIT-IGNORED"),
    ("PHOTO-UPLOAD-TRAVERSAL", "PHOTO-UPLOAD-ANY-TYPE"),
    ("YAML-UNSAFE-LOAD", "IMPORT-NO-AUTH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `lyecure/app.py` is a single Flask module for the soap works: maker routes behind `maker_key`, manager
        routes behind `manager_only`. The manager side is in good shape — `manager_only` fails closed when the key is
        unset and compares with `hmac.compare_digest`, `restock_lye` validates the amount and updates atomically
        under `_lye_lock`, and `release_batch` correctly lets a batch go on its ready day. The maker side is where
        the problems are.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/recipes/import` | unsafe YAML load, no auth at all |
        | P0 | `/batches`, `/labels`, photos | SQL injection, shell injection, path traversal |
        | P0 | process | debugger on 0.0.0.0, tracebacks in every 500 |
        | P1 | lye store | withdrawal race, negative withdrawals, log not atomic with the stock |
        | P1 | curing | ready date a day early, superfat unchecked, shelf bound |
        | P2 | misc | rack card XSS, label exit status, lot counter |

        Security findings first:
        """,
        Block([
            F("YAML-UNSAFE-LOAD", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load(request.data)`; `yaml.Loader` constructs arbitrary Python objects, which is remote code execution.",
              symbol="import_recipes", conf=0.95),
            F("IMPORT-NO-AUTH", "high", "security", "`/recipes/import` has no authentication",
              "Put `@manager_only` on it; today anyone who can reach the service can overwrite every recipe (and the oil blend that sets the lye weight).",
              d=+1, symbol="import_recipes", conf=0.85),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through the `q` search parameter",
              "Bind it: `WHERE recipe LIKE ?` with `f\"%{q}%\"` as the parameter.",
              symbol="list_batches", conf=0.95),
            F("ORDER-SQLI", "high", "security", "SQL injection through the `order` sort parameter",
              "Placeholders cannot bind identifiers; map `order` through an allow-list such as `{\"poured\", \"ready\", \"lot\"}`.",
              symbol="list_batches", conf=0.9),
            F("LABEL-SHELL-INJECTION", "critical", "security", "Shell command built from `copies` and `printer`",
              "Validate `copies` as a small int and `printer` against the configured printers, then run `[\"lp\", \"-d\", printer, \"-n\", str(copies), str(label)]` without `shell=True`.",
              symbol="print_labels", conf=0.9),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Upload saved under the client's filename",
              "Use `werkzeug.utils.secure_filename`, or better name the file after the lot (`f\"{lot}.jpg\"`).",
              symbol="upload_photo", conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "`/photos?file=` reads any file the process can read",
              "Use `send_from_directory(PHOTO_DIR, name)`, which rejects paths outside the directory.",
              symbol="batch_photo", conf=0.9),
            F("MAKER-KEY-FAIL-OPEN", "high", "security", "`maker_key` lets everyone in when the key is not configured",
              "Fail closed like `manager_only`: `if not MAKER_KEY or not hmac.compare_digest(sent, MAKER_KEY)`.",
              symbol="maker_key.wrapper", conf=0.9),
            F("MAKER-KEY-TIMING", "low", "security", "Maker key compared with `!=`",
              "Use `hmac.compare_digest`, as the manager check already does.",
              symbol="maker_key.wrapper", conf=0.6),
            F("RACK-CARD-XSS", "medium", "security", "Batch note is rendered into the rack card unescaped",
              "`escape(r['note'])` like the lot and recipe on the same line.",
              symbol="rack_card", conf=0.85),
            F("DEBUG-SERVER", "high", "security", "Flask debugger enabled and bound to all interfaces",
              "Never ship `debug=True`; run under a WSGI server bound to localhost or behind the proxy.",
              symbol="__main__", conf=0.9),
            F("TRACE-LEAK", "medium", "security", "Error handler returns the full traceback to the client",
              "Log the traceback and return a generic message with a request id.",
              symbol="on_error", conf=0.85),
        ]),
        "Correctness and data integrity:",
        Block([
            F("LYE-WITHDRAW-RACE", "high", "bug", "Lye withdrawal is a read-check-write race",
              "Do it in one statement: `UPDATE lye_stock SET grams = grams - ? WHERE id = 1 AND grams >= ?` and check `rowcount`, or hold `_lye_lock` (which `restock_lye` already uses) around the whole block.",
              d=-2, n=3, symbol="withdraw_lye", conf=0.85),
            F("LYE-NEGATIVE-GRAMS", "high", "bug", "Negative withdrawal increases the lye stock",
              "Reject `grams <= 0` with 400, as `restock_lye` does.", symbol="withdraw_lye", conf=0.85),
            F("LYE-LOG-NOT-ATOMIC", "medium", "bug", "Stock change and lye log are committed separately",
              "Commit once after both statements (`with db:`), so the log cannot miss a withdrawal.",
              symbol="withdraw_lye", conf=0.7),
            F("CURE-ONE-DAY-SHORT", "medium", "bug", "Ready date is 27 days after pouring, not 28",
              "`timedelta(weeks=CURE_WEEKS)`; the `- 1` makes every batch releasable a day before the cure is done.",
              symbol="create_batch", conf=0.85),
            F("LOT-COUNTER-RACE", "medium", "bug", "Lot numbers come from an unlocked module global",
              "Let the database assign them (an autoincrement column or a sequence table updated in the same transaction); the global also restarts at 1000 on every deploy.",
              n=2, symbol="create_batch", conf=0.75),
            F("SUPERFAT-UNBOUNDED", "high", "bug", "Superfat is not validated before computing lye",
              "Accept 0–20 % only; a negative superfat asks for more lye than the oils can saponify and the bars come out caustic.",
              symbol="lye_for", conf=0.8),
            F("PAGE-OFFSET", "medium", "bug", "Pagination skips the first page",
              "`(page - 1) * size`, and reject `page < 1`.", symbol="list_batches", conf=0.85),
            F("SHELF-BOUND", "medium", "bug", "Shelf index allows one past the last shelf",
              "`shelf >= rack[\"shelves\"]` is out of range for 0-based shelves.", symbol="place_batch", conf=0.8),
            F("SHELF-CAPACITY-RACE", "medium", "bug", "Shelf capacity check and placement are not atomic",
              "Run the count and the update in one transaction (`BEGIN IMMEDIATE`) or enforce capacity with a constraint.",
              d=-1, n=3, symbol="place_batch", conf=0.7),
            F("LABEL-EXIT-IGNORED", "low", "bug", "`lp` failures are ignored",
              "Use `check=True` or inspect `returncode` and answer 502 when printing fails.",
              symbol="print_labels", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LABEL-SHELL-INJECTION", "critical", "security", "Command injection via copies/printer in print_labels",
              "argv list, no shell; int(copies).", d=-3),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection: q interpolated into LIKE", "Bind parameter.", d=-1),
            F("ORDER-SQLI", "high", "security", "SQL injection: order interpolated into ORDER BY", "Allow-list columns.", d=-2),
            F("PAGE-OFFSET", "low", "bug", "OFFSET page*size drops page 1", "(page-1)*size.", d=-1, sd=0),
            F("YAML-UNSAFE-LOAD", "critical", "security", "import_recipes: yaml.Loader on untrusted input", "yaml.safe_load.", d=-1),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "upload_photo trusts photo.filename", "secure_filename().", d=-2),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "send_from_directory.", d=-1),
            F("MAKER-KEY-FAIL-OPEN", "high", "security", "Maker auth disabled when env var empty", "Fail closed.", d=-1),
            F("LYE-WITHDRAW-RACE", "high", "bug", "Concurrent withdrawals can overdraw lye_stock",
              "Conditional UPDATE ... AND grams >= ?; check rowcount.", d=-3),
            F("LYE-NEGATIVE-GRAMS", "medium", "bug", "grams <= 0 accepted on withdraw", "Validate > 0."),
            F("CURE-ONE-DAY-SHORT", "medium", "bug", "Cure period computed as 27 days", "Drop the -1.", d=-1, sd=0),
            F("SUPERFAT-UNBOUNDED", "medium", "bug", "lye_for accepts any superfat value", "Clamp/validate 0..20.", d=-3),
            F("SHELF-BOUND", "medium", "bug", "Off-by-one in shelf range check", "shelf >= shelves -> 400."),
            F("PLACE-LOT-UNCHECKED", "low", "bug", "place_batch returns ok for a lot that does not exist", "Check rowcount; 404."),
            F("DEBUG-SERVER", "high", "security", "debug=True on 0.0.0.0", "Remove."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `lyecure` application, a Flask service that manages the batches, curing racks and
        lye (sodium hydroxide) inventory of a soap works. My review focused on security, on data integrity and on the
        chemistry-related calculations, since a mistake there can produce unsafe soap.

        **Overall Assessment**

        The application has several critical vulnerabilities. Untrusted input reaches SQL queries, a shell command,
        the filesystem and a YAML deserializer. The development server is also configured in debug mode.

        **Security Vulnerabilities**
        """,
        Block([
            F("YAML-UNSAFE-LOAD", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Recipe Import",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`.",
              desc="The request body is parsed with the full YAML loader, which can instantiate arbitrary Python objects and execute code on the server."),
            F("IMPORT-NO-AUTH", "HIGH", "Broken Access Control", "Recipe Import Endpoint Lacks Authorization",
              "Protect the endpoint with the `manager_only` decorator."),
            F("SEARCH-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Batch Listing",
              "Use parameterized queries for the search term and validate the sort column against an allow-list.",
              sd=-2, n=3,
              desc="Both `q` and `order` are read from the query string and embedded directly into the SQL statement."),
            F("LABEL-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`."),
            F("PHOTO-UPLOAD-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type on Photo Upload",
              "Accept only image MIME types and extensions, and limit the size with `MAX_CONTENT_LENGTH`.",
              desc="Any file type can be uploaded as a batch photo, including HTML or scripts that are later served back by the application."),
            F("MAKER-KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Maker Authentication Bypass When Key Is Unset",
              "Deny all requests when `MAKER_KEY` is empty.", sd=-2, n=3),
            F("RACK-CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Rack Card",
              "Escape the note before inserting it into the HTML."),
            F("TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message and log details server-side."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Logic and Data Integrity Issues**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module is large; consider splitting routes into blueprints."}),
            F("LYE-WITHDRAW-RACE", "HIGH", "Race Condition", "Race Condition in Lye Withdrawal",
              "Use an atomic conditional UPDATE or a transaction.", sd=-2, n=3,
              desc="The current stock is read, compared and then overwritten with a value computed in Python; two concurrent requests can both pass the check."),
            F("UNKNOWN-OIL-500", "LOW", "Error Handling", "Unhandled KeyError for Unknown Oils",
              "Validate oil names against `NAOH_SAP` and return a 400 listing the unknown ones."),
            F("CURE-ONE-DAY-SHORT", "MEDIUM", "Logic Error", "Incorrect Cure Period Calculation",
              "Use `timedelta(weeks=CURE_WEEKS)`."),
            F("LOT-COUNTER-RACE", "MEDIUM", "Race Condition", "Non-Atomic Lot Number Generation",
              "Generate lot numbers in the database.", d=+1),
            F("SHELF-BOUND", "LOW", "Logic Error", "Shelf Index Validation Allows Out-of-Range Value",
              "Use `>=` in the upper-bound comparison.", d=+1, sd=-1, n=3),
            F("SHELF-CAPACITY-RACE", "MEDIUM", "Race Condition", "Shelf Capacity Can Be Exceeded Under Concurrency",
              "Perform the check and update in a single transaction.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-Q", "high", "security", "sql injection in list_batches (q)", "use ? params"),
            F("LABEL-SHELL-INJECTION", "high", "security", "shell injection in print_labels", "no shell=True"),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load unsafe", "safe_load"),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "path traversal in /photos", "send_from_directory"),
            F("MAKER-KEY-TIMING", "low", "", "maker key compare not constant time", "hmac.compare_digest"),
            F("RACK-CARD-XSS", "medium", "security", "xss in rack card note", "escape note"),
            F("DEBUG-SERVER", "medium", "security", "debug server exposed", "debug=False"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("LYE-WITHDRAW-RACE", "high", "bug", "lye withdraw race", "atomic update", d=-2),
            F("LYE-NEGATIVE-GRAMS", "medium", "bug", "negative grams withdraw", "validate > 0"),
            F("CURE-ONE-DAY-SHORT", "medium", "bug", "cure ready a day early", "remove - 1"),
            F("PLACE-LOT-UNCHECKED", "low", "bug", "place ok for missing lot", "check rowcount"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        The project is a Flask back office for a soap works (`lyecure/app.py`). I found 18 issues.

        1. Injection: SQL (search), shell (labels), YAML (recipe import).
        2. File handling: photo upload and download paths.
        3. Concurrency: lye withdrawal, lot numbers, shelf capacity.
        4. Chemistry and curing logic: superfat, cure period, shelf bounds, pagination.
        5. Hardening: maker key, error output, CSV export.
        """,
        Block([
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection in batch search", "Use parameter binding.", conf=0.9),
            F("LABEL-SHELL-INJECTION", "blocker", "security", "Command injection through printer parameter",
              "Use an argument list and validate the printer name.", d=-2, conf=0.85),
            F("LABEL-EXIT-IGNORED", "minor", "reliability", "Print command result not checked",
              "Check the return code of lp.", conf=0.6),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML loading", "Use yaml.safe_load.", conf=0.95),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Unsanitized upload filename", "Use secure_filename.", conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "major", "security", "Directory traversal in photo endpoint",
              "Validate the file name.", d=-1, conf=0.85),
            F("MAKER-KEY-FAIL-OPEN", "major", "security", "Authentication bypass when maker key missing",
              "Require the key to be configured.", conf=0.8),
            F("LYE-WITHDRAW-RACE", "major", "concurrency", "Non-atomic lye stock update", "Use a transaction.", conf=0.8),
            F("LYE-NEGATIVE-GRAMS", "major", "correctness", "Missing validation of withdrawal amount",
              "Reject non-positive amounts.", conf=0.8),
            F("LYE-LOG-NOT-ATOMIC", "minor", "reliability", "Lye log written in a separate transaction",
              "Commit stock and log together.", d=-2, conf=0.6),
            F("LOT-COUNTER-RACE", "major", "concurrency", "Thread-unsafe lot counter", "Use a lock or the database.", conf=0.75),
            F("SUPERFAT-UNBOUNDED", "major", "correctness", "Superfat percentage not validated", "Validate the range.", conf=0.7),
            F("CURE-ONE-DAY-SHORT", "minor", "correctness", "Off-by-one in cure ready date", "Use 28 days.", conf=0.8),
            F("PAGE-OFFSET", "minor", "correctness", "Off-by-one in pagination offset", "Subtract one from page.", conf=0.8),
            F("SHELF-BOUND", "minor", "correctness", "Off-by-one in shelf validation", "Use >=.", conf=0.75),
            F("SHELF-CAPACITY-RACE", "major", "concurrency", "Race condition on shelf capacity",
              "Use a transaction.", d=-1, conf=0.65),
            F("CSV-FORMULA", "minor", "security", "CSV injection in batch export",
              "Prefix cells starting with =, +, - or @ with a quote.", conf=0.55),
            F("TRACE-LEAK", "major", "security", "Traceback exposed in error responses", "Hide internal errors.", conf=0.8),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 9 major, 6 minor"),
    ]),
}

"""test104/py-plankgrade: a sawmill yard service (log intake, sawing, plank grading, kiln batches), Python.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers and specs (only splits/README.md's general sections and the test37 section, the builders,
the split test and specs/tune2__py_snapctl.py, for the format). Frozen test split: score once, never tune on it.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test104 (round 53): seeded problems in a sawmill yard service; five agents' answers written by hand."
)

A = "plankgrade/app.py"
PROBLEMS = {
    "YARD-KEY-OPEN": P(A, "if YARD_KEY and sent != YARD_KEY:", "security",
                       "yard_key lets every request through when YARD_KEY is unset (fails open)", "signature-vs-statement"),
    "YARD-KEY-TIMING": P(A, "if YARD_KEY and sent != YARD_KEY:", "security",
                         "yard key compared with != instead of a constant-time comparison"),
    "LOG-SIZE-UNCHECKED": P(A, 'length = float(body["length_m"])', "bug",
                            "diameter and length not validated: negative, zero, inf or nan give a wrong volume and stock"),
    "STOCK-RACE": P(A, "_stock[species] = current + volume", "bug",
                    "intake updates the shared _stock read-modify-write without _stock_lock: lost updates", "critical-section"),
    "SQLI-SPECIES": P(A, "WHERE species = '{species}' ORDER BY {sort}", "security",
                      "species query value formatted into the SQL string"),
    "SQLI-SORT": P(A, "WHERE species = '{species}' ORDER BY {sort}", "security",
                   "sort query value formatted into ORDER BY", "source-vs-sink"),
    "DELETE-LOG-STOCK": P(A, 'db.execute("DELETE FROM logs WHERE id = ?"', "bug",
                          "deleting an unsawn log leaves its volume in the in-memory yard stock", "signature-vs-statement"),
    "DELETE-ORPHAN-PLANKS": P(A, 'db.execute("DELETE FROM logs WHERE id = ?"', "bug",
                              "deleting a sawn log leaves its planks pointing at a log that no longer exists"),
    "THICKNESS-UNCHECKED": P(A, "count = usable_mm // (thickness + KERF_MM)", "bug",
                             "thickness_mm never validated: -4 divides by zero, other values give nonsense plank counts"),
    "PLANK-COUNT-SHORT": P(A, "for seq in range(1, count):", "bug",
                           "range(1, count) inserts count-1 planks while the response reports count", "off-by-one"),
    "GRADE-PRIME-EDGE": P(A, "if knots <= 1 and wane_mm == 0:", "bug",
                          "prime allows at most 2 knots by the rules, the code only 1", "off-by-one"),
    "GRADE-SELECT-EDGE": P(A, "elif knots < 4 and wane_mm < 10:", "bug",
                           "select allows at most 4 knots by the rules, the code only 3", "off-by-one"),
    "PAGE-SKIP": P(A, "offset = page * size", "bug",
                   "pages start at 1 but offset = page * size: the first page of a kiln batch is never shown", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 50))', "performance",
                             "page size unbounded (and LIMIT -1 means no limit in SQLite)"),
    "TALLY-STAMPEDE": P(A, 'rows = get_db().execute("SELECT species, grade, COUNT(*) AS n', "performance",
                        "tally cache check-and-refill without a lock: concurrent misses all run the aggregate and race on the cache",
                        "critical-section"),
    "LABEL-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp", "security",
                     "copies query value (and plank text) formatted into a shell=True command", "source-vs-sink"),
    "LABEL-FAILURE-IGNORED": P(A, "subprocess.run(f\"echo '{text}' | lp", "bug",
                               "check=False and the exit status ignored: printed=True even when lp fails"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR", "security",
                                "uploaded filename joined to PHOTO_DIR unchecked: ../ writes outside it"),
    "PHOTO-READ-TRAVERSAL": P(A, "return send_file(path)", "security",
                              "file query value joined to PHOTO_DIR and served: any readable file", "source-vs-sink"),
    "PHOTO-READ-NOAUTH": P(A, "def get_photo():", "security",
                           "GET /photos has no key check at all (every other route has one)"),
    "YAML-UNSAFE": P(A, "data = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.load with the full Loader on a request body: arbitrary object construction"),
    "EXPORT-DROPS-LOGS": P(A, "JOIN suppliers s ON s.code = l.supplier", "bug",
                           "inner join: logs whose supplier was never imported are silently left out of the export"),
    "CSV-FORMULA": P(A, "out.writerow(list(r))", "security",
                     "supplier names written to CSV unescaped: spreadsheet formula injection"),
}

CONFUSABLE = [
    ("YARD-KEY-OPEN", "YARD-KEY-TIMING"),
    ("SQLI-SPECIES", "SQLI-SORT"),
    ("DELETE-LOG-STOCK", "DELETE-ORPHAN-PLANKS"),
    ("THICKNESS-UNCHECKED", "PLANK-COUNT-SHORT"),
    ("GRADE-PRIME-EDGE", "GRADE-SELECT-EDGE"),
    ("PAGE-SKIP", "PAGE-SIZE-UNBOUNDED"),
    ("LABEL-SHELL", "LABEL-FAILURE-IGNORED"),
    ("PHOTO-READ-TRAVERSAL", "PHOTO-READ-NOAUTH"),
    ("EXPORT-DROPS-LOGS", "CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `plankgrade/app.py` is a single Flask module for the sawmill yard: log intake, sawing logs into planks,
        grading, kiln batches, labels, plank photos and a supplier import/export. The grader routes are guarded
        properly (`grader_only` fails closed and uses `hmac.compare_digest`), queries are parameterised almost
        everywhere, `/stock` copies the map under `_stock_lock`, and the kiln moisture readings are kept under
        their own lock. The problems cluster in the yard-key routes and in a few counting rules.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | `yard_key` fails open when `YARD_KEY` is unset |
        | P0 | injection | SQL in `GET /logs`, shell in the label printer, `yaml.load` on the import |
        | P1 | files | photo upload and photo download both trust the client's path |
        | P1 | counting | plank count, grade thresholds and kiln paging are each off by one |
        | P2 | state | yard stock and the tally cache are shared without locking |

        ### Security
        """,
        Block([
            F("YARD-KEY-OPEN", "critical", "security", "`yard_key` lets every request through when `YARD_KEY` is unset",
              "Refuse to start (or answer 503) when `YARD_KEY` is empty, and reject the request unless the header matches.",
              symbol="yard_key.wrapper", conf=0.9),
            F("YARD-KEY-TIMING", "low", "security", "Yard key compared with `!=`, not in constant time",
              "Use `hmac.compare_digest(sent, YARD_KEY)` as `grader_only` already does.", symbol="yard_key.wrapper", conf=0.5),
            F("SQLI-SPECIES", "critical", "security", "SQL injection through the `species` filter of `GET /logs`",
              "Bind the species as a parameter: `WHERE species = ?`.", symbol="list_logs", conf=0.95),
            F("SQLI-SORT", "high", "security", "`sort` is spliced into `ORDER BY` unvalidated",
              "Map `sort` through an allow-list of column names; placeholders cannot be used for identifiers.",
              symbol="list_logs", conf=0.9),
            F("LABEL-SHELL", "critical", "security", "Shell injection through `copies` in the label printer call",
              "Validate `copies` as a small integer and run `lp` with an argument list and the text on stdin, without `shell=True`.",
              symbol="print_label", conf=0.9),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "`GET /photos` serves any file the process can read",
              "Use `flask.send_from_directory(PHOTO_DIR, name)`, which refuses paths outside the directory.",
              symbol="get_photo", conf=0.9),
            F("PHOTO-READ-NOAUTH", "medium", "security", "Plank photos are served without any key",
              "Put `@yard_key` on `get_photo` like the other yard routes.", symbol="get_photo", conf=0.6),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Upload filename is joined to `PHOTO_DIR` unchecked",
              "Pass the name through `werkzeug.utils.secure_filename` or generate the stored name yourself.",
              symbol="upload_photo", conf=0.8),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.", symbol="import_suppliers", conf=0.9),
        ]),
        "### Correctness and state",
        Block([
            F("STOCK-RACE", "medium", "bug", "Yard stock updated without `_stock_lock` in `intake_log`",
              "Do the read and the write inside `with _stock_lock:`; two intakes of the same species can lose one volume.",
              sd=-1, n=2, symbol="intake_log", conf=0.8),
            F("LOG-SIZE-UNCHECKED", "medium", "bug", "Log diameter and length are not validated",
              "Reject non-finite and non-positive values; a negative length gives a negative volume and lowers the stock.",
              d=-1, n=2, symbol="intake_log", conf=0.7),
            F("DELETE-LOG-STOCK", "medium", "bug", "Deleting an unsawn log leaves its volume in the yard stock",
              "Subtract the log's volume under `_stock_lock` when an unsawn log is deleted.", symbol="delete_log", conf=0.7),
            F("THICKNESS-UNCHECKED", "medium", "bug", "`thickness_mm` is never validated before the division",
              "Accept only a thickness within the mill's range (say 10 to 100 mm); `-4` raises ZeroDivisionError.",
              symbol="saw_log", conf=0.7),
            F("PLANK-COUNT-SHORT", "high", "bug", "`saw_log` creates one plank fewer than it reports",
              "Iterate `range(1, count + 1)`; today the response says `count` planks but only `count - 1` rows exist.",
              symbol="saw_log", conf=0.85),
            F("GRADE-PRIME-EDGE", "medium", "bug", "A plank with exactly 2 knots and no wane is never graded prime",
              "The rule in the comment allows 2 knots: `knots <= 2`.", symbol="grade_plank", conf=0.8),
            F("PAGE-SKIP", "medium", "bug", "Kiln batch listing skips its first page",
              "`offset = (page - 1) * size` with `page >= 1`.", symbol="kiln_batch", conf=0.85),
            F("TALLY-STAMPEDE", "low", "performance", "Tally cache refresh is not serialised: concurrent misses all run the aggregate",
              "Guard the check and the refill with a lock so one request recomputes and the others reuse it.",
              d=-1, symbol="tally", conf=0.6),
            F("LABEL-FAILURE-IGNORED", "low", "bug", "Label printing reports success even when `lp` fails",
              "Check the return code and answer 502 when the printer rejects the job.", symbol="print_label", conf=0.6),
            F("EXPORT-DROPS-LOGS", "low", "bug", "Export leaves out logs whose supplier was never imported",
              "Use `LEFT JOIN suppliers` so every log appears, with an empty supplier.", symbol="export_csv", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LABEL-SHELL", "critical", "security", "Command injection: copies query param reaches shell=True",
              "int(copies); subprocess.run([...]) with input=text.", d=-2),
            F("SQLI-SORT", "high", "security", "ORDER BY built from ?sort=", "Allow-list sort columns.", d=-2),
            F("YARD-KEY-OPEN", "high", "security", "yard_key fails open when YARD_KEY is empty",
              "Reject when YARD_KEY is unset.", d=-3),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "/photos?file=../../etc/passwd reads arbitrary files",
              "send_from_directory.", d=-1),
            F("YAML-UNSAFE", "high", "security", "Unsafe yaml.load on request body", "yaml.safe_load."),
            F("STOCK-RACE", "medium", "bug", "_stock read-modify-write outside _stock_lock", "Hold the lock.", d=-1),
            F("PLANK-COUNT-SHORT", "medium", "bug", "range(1, count) drops a plank", "range(1, count + 1)."),
            F("GRADE-PRIME-EDGE", "medium", "bug", "prime threshold is knots <= 1, rules say 2", "knots <= 2.", d=+1),
            F("PAGE-SKIP", "medium", "bug", "page=1 returns the second page", "(page - 1) * size.", d=-2),
            F("DELETE-LOG-STOCK", "low", "bug", "delete_log does not touch _stock", "Subtract the volume.", d=-2),
            F("LABEL-FAILURE-IGNORED", "low", "bug", "lp exit status ignored; always printed=true", "check=True.", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `plankgrade` application, a Flask service that manages a sawmill's log intake,
        the sawing of logs into planks, plank grading, kiln batches and label printing.

        **Security Findings**

        The endpoints protected by the yard key are the weakest part of the service. Several of them pass
        request values straight into SQL, the shell or the filesystem.
        """,
        Block([
            F("SQLI-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Log Listing via species",
              "Use parameterized queries for the species filter.", sd=-2, n=3,
              desc="The `species` query parameter is interpolated into the SQL string with an f-string."),
            F("SQLI-SORT", "HIGH", "SQL Injection", "Unsanitized ORDER BY Clause",
              "Validate the sort column against a fixed list.", sd=-2, n=3),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and validate `copies` as an integer.", sd=-2, n=3,
              desc="`copies` comes from the query string and is placed into a command line run by the shell."),
            F("PHOTO-READ-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Endpoint",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload Filename",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Loading in Supplier Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("YARD-KEY-OPEN", "HIGH", "Broken Authentication", "Yard Key Check Fails Open",
              "Treat a missing `YARD_KEY` as a configuration error.", sd=-2, n=3,
              desc="When the environment variable is not set the condition is false and every request passes."),
            F("CSV-FORMULA", "MEDIUM", "CSV Injection", "Formula Injection in CSV Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Logic Findings**

        Beyond security, I identified concurrency and counting problems that would corrupt the yard figures.
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting app.py into blueprints for logs, planks and kiln."}),
            F("STOCK-RACE", "MEDIUM", "Race Condition", "Race Condition on Yard Stock Totals",
              "Update `_stock` while holding `_stock_lock`.", sd=-2, n=3),
            F("TALLY-STAMPEDE", "MEDIUM", "Caching", "Cache Stampede on the Tally Board",
              "Use a lock around the cache refresh.", d=+1, sd=-1, n=3,
              desc="Every request that sees an expired cache recomputes the aggregate and overwrites the cache concurrently."),
            F("PLANK-COUNT-SHORT", "HIGH", "Logic Error", "Off-by-One Error When Creating Planks",
              "Use `range(1, count + 1)`.", d=+1, sd=-1, n=3),
            F("GRADE-SELECT-EDGE", "MEDIUM", "Logic Error", "Select Grade Excludes Planks With Exactly 4 Knots",
              "Use `knots <= 4` to match the documented rule.", d=+1, sd=-1, n=3),
            F("PAGE-SKIP", "MEDIUM", "Logic Error", "Pagination Skips the First Page of Kiln Planks",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            F("PAGE-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size in Kiln Listing",
              "Clamp `size` to a maximum such as 200.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SPECIES", "high", "security", "sql injection in list_logs (species)", "bind params"),
            F("LABEL-SHELL", "high", "security", "shell injection via copies", "no shell=True"),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "path traversal in /photos", "send_from_directory"),
            F("PHOTO-READ-NOAUTH", "medium", "security", "/photos has no auth at all", "add @yard_key", d=-1),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LOG-SIZE-UNCHECKED", "medium", "", "negative log length gives negative volume", "validate > 0"),
            F("THICKNESS-UNCHECKED", "medium", "bug", "thickness_mm of -4 divides by zero", "validate thickness"),
            F("PLANK-COUNT-SHORT", "medium", "bug", "off by one in plank loop", "range(1, count + 1)"),
            F("GRADE-SELECT-EDGE", "low", "bug", "4 knots should still be select", "knots <= 4"),
            F("PAGE-SKIP", "low", "bug", "page 1 skips first rows", "(page-1)*size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication bypass on every yard-key route when the key is not configured.
        2. SQL injection, OS command injection and unsafe YAML loading.
        3. Path traversal on photo upload and download.
        4. Counting and boundary errors in sawing, grading and kiln paging.
        5. Unsynchronised shared state (yard stock, tally cache).
        """,
        Block([
            F("YARD-KEY-OPEN", "blocker", "security", "Authentication bypass when YARD_KEY is not configured",
              "Fail closed when the key is missing.", conf=0.9),
            F("YARD-KEY-TIMING", "minor", "security", "Non-constant-time comparison of the yard key",
              "Use hmac.compare_digest.", conf=0.6),
            F("SQLI-SPECIES", "blocker", "security", "SQL injection in log listing", "Use bound parameters.", conf=0.95),
            F("SQLI-SORT", "major", "security", "ORDER BY injection via sort parameter", "Whitelist sortable columns.",
              d=-1, conf=0.85),
            F("DELETE-ORPHAN-PLANKS", "major", "correctness", "Deleting a log orphans its planks",
              "Refuse to delete sawn logs or delete their planks in the same transaction.", conf=0.7),
            F("THICKNESS-UNCHECKED", "major", "correctness", "Division by zero or negative plank count for bad thickness",
              "Validate thickness_mm before computing the plank count.", d=+1, conf=0.7),
            F("STOCK-RACE", "major", "concurrency", "Lost update on in-memory yard stock", "Use _stock_lock.", d=-1, conf=0.8),
            F("GRADE-PRIME-EDGE", "major", "correctness", "Prime grade boundary excludes 2-knot planks", "Use knots <= 2.", conf=0.8),
            F("PAGE-SKIP", "major", "correctness", "Off-by-one in kiln pagination offset", "Use (page - 1) * size.", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "No upper bound on page size", "Cap size.", conf=0.6),
            F("TALLY-STAMPEDE", "minor", "performance", "Tally cache refreshed by every concurrent request",
              "Serialise the refresh.", conf=0.6),
            F("LABEL-SHELL", "blocker", "security", "Command injection in label printing", "Avoid shell=True.", conf=0.9),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Unsanitized upload filename", "Use secure_filename.", conf=0.8),
            F("PHOTO-READ-TRAVERSAL", "major", "security", "Path traversal when reading photos", "Use send_from_directory.",
              d=-1, conf=0.85),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML deserialization", "Use yaml.safe_load.", conf=0.9),
            F("CSV-FORMULA", "minor", "security", "CSV formula injection in export", "Escape leading = + - @.", conf=0.5),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 8 major, 4 minor"),
    ]),
}

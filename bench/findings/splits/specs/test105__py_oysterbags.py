"""test105/py-oysterbags: an oyster farm's bag counts, grading runs and harvest lots (Python, Flask + SQLite).

Frozen test split test105: written 2026-12-07 by a helper session that had not seen the merger code, any
score or any other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or the other splits. "
    "Frozen test split test105: seeded problems in a small oyster-farm service; five agents' answers written by hand."
)

A = "oysterbags/app.py"
PROBLEMS = {
    "CREW-KEY-FAILS-OPEN": P(A, "if key != CREW_KEY:", "security", "OYSTER_CREW_KEY defaults to '': with it unset a request without the header passes crew_only", "signature-vs-statement"),
    "CREW-KEY-TIMING": P(A, "if key != CREW_KEY:", "security", "crew key compared with != instead of a constant-time comparison"),
    "GRADE-BOUNDARY": P(A, "if mm > GRADE_MM[grade]:", "bug", "grade minimums are inclusive: an oyster of exactly 90 mm is graded standard, exactly 60 mm undersized", "off-by-one"),
    "SAMPLE-UNDERSIZED-KEYERROR": P(A, "out[grade_for(float(mm))] += 1", "bug", "an undersized oyster makes grade_for return None: KeyError, the whole sample answers 500"),
    "LINES-ORDER-SQLI": P(A, 'ORDER BY {order}",', "security", "order query value formatted into the SQL of /lines", "source-vs-sink"),
    "LINES-NO-AUTH": P(A, "def list_lines():", "security", "extra, one agent: /lines (sites, bag counts) needs no key at all"),
    "COUNT-NEGATIVE": P(A, "live = bags - dead", "bug", "dead larger than bags (or negative counts) stored as a negative live bag count"),
    "COUNT-DIV-ZERO": P(A, "mortality = dead * 100 // bags", "bug", "a count of zero bags divides by zero: 500 and the count is lost"),
    "TALLY-RACE": P(A, "_grade_tally[grade] += int(n)", "bug", "grade tally updated without _tally_lock while /grading/tally reads it under the lock: lost updates", "critical-section"),
    "TALLY-NEGATIVE": P(A, "_grade_tally[grade] += int(n)", "bug", "negative grade counts accepted: the season tally goes down"),
    "LOT-SEQ-RACE": P(A, "_lot_seq += 1", "bug", "global lot sequence incremented without a lock: two grading runs can get the same lot number", "critical-section"),
    "LOTS-PAGE-OFFSET": P(A, "start = page * size", "bug", "pages start at 1 but the offset is page * size: the newest page of lots is never shown", "off-by-one"),
    "LOTS-INMEM-PAGING": P(A, 'rows = get_db().execute("SELECT * FROM lots ORDER BY graded_at DESC").fetchall()', "performance", "every lot is loaded and paged in memory instead of LIMIT/OFFSET"),
    "RESERVE-NEGATIVE": P(A, 'if dozens <= lot["available"]:', "bug", "negative dozens pass the availability check and add oysters to the lot"),
    "RESERVE-OVERSELL": P(A, 'db.execute("UPDATE lots SET available = available - ? WHERE lot_no = ?", (dozens, lot_no))', "bug", "availability read, checked and decremented in separate statements: two buyers can reserve the same dozens", "critical-section"),
    "BOARD-CACHE-STAMPEDE": P(A, 'if _board_cache["rows"] is None or now - _board_cache["at"] > BOARD_TTL:', "performance", "board cache checked and refilled without a lock: every request during a refresh runs the query", "critical-section"),
    "BOARD-LEAKS-PHONE": P(A, '"SELECT o.lot_no, o.buyer, o.buyer_phone, o.dozens FROM orders o', "security", "the public board returns buyers' phone numbers"),
    "TAG-NO-AUTH": P(A, "def tag_pdf(lot_no):", "security", "harvest tag PDFs served with no key"),
    "TAG-PATH-TRAVERSAL": P(A, "path = os.path.join(TAG_DIR, name)", "security", "file query value joined to TAG_DIR: any readable file is served", "source-vs-sink"),
    "PRINT-SHELL-INJECTION": P(A, 'cmd = f"lp -d {printer} -n {int(copies)} {TAG_DIR}/{lot_no}.pdf"', "security", "printer query value and lot number formatted into a shell command", "signature-vs-statement"),
    "PRINT-RESULT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug", "lp failure ignored: the crew is told the tags printed"),
    "YAML-UNSAFE-LOAD": P(A, "data = yaml.load(raw, Loader=yaml.Loader)", "security", "request body loaded with yaml.Loader: arbitrary Python objects", "source-vs-sink"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["lot_no"], r["buyer"], r["dozens"]])', "security", "buyer names written to the CSV unescaped: formula injection in the office spreadsheet"),
}

CONFUSABLE = [
    ("CREW-KEY-FAILS-OPEN", "CREW-KEY-TIMING"),
    ("COUNT-NEGATIVE", "COUNT-DIV-ZERO"),
    ("TALLY-RACE", "TALLY-NEGATIVE"),
    ("TALLY-RACE", "LOT-SEQ-RACE"),
    ("TALLY-NEGATIVE", "LOT-SEQ-RACE"),
    ("LOTS-PAGE-OFFSET", "LOTS-INMEM-PAGING"),
    ("RESERVE-NEGATIVE", "RESERVE-OVERSELL"),
    ("BOARD-CACHE-STAMPEDE", "BOARD-LEAKS-PHONE"),
    ("TAG-NO-AUTH", "TAG-PATH-TRAVERSAL"),
    ("PRINT-SHELL-INJECTION", "PRINT-RESULT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `oysterbags/app.py`

        A single Flask module for the farm desk. `office_only` is done right (it fails closed when
        `OYSTER_OFFICE_KEY` is unset and uses `hmac.compare_digest`), and `/grading/tally` copies the tally under
        `_tally_lock`. Its sibling `crew_only` and the grading-run handler do not follow either pattern, and that
        is where most of the trouble is.

        | Priority | Area | Issues |
        |---|---|---|
        | 1 | Injection | `/lines` ORDER BY, `lp` command line, YAML import, tag file path |
        | 2 | Auth | `crew_only` fails open, non-constant-time compare |
        | 3 | Shared state | grade tally and lot sequence outside the lock, board cache, reservations |
        | 4 | Arithmetic | grade boundaries, lot paging, bag counts |

        Security findings first:
        """,
        Block([
            F("LINES-ORDER-SQLI", "critical", "security", "SQL injection through the `order` parameter of `/lines`",
              "Map `order` onto a whitelist of column names (`line_no`, `bags`, `last_turned`) before building the query; placeholders cannot bind identifiers.",
              symbol="list_lines", conf=0.95),
            F("PRINT-SHELL-INJECTION", "critical", "security", "Shell command built from the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(n), str(tag_path)])` without `shell=True`, and check `printer` against the configured printers.",
              symbol="print_tags", conf=0.9),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load(raw)`; the full loader constructs arbitrary Python objects.",
              symbol="import_closures", conf=0.9),
            F("TAG-PATH-TRAVERSAL", "high", "security", "Path traversal in `/tags/<lot_no>` via the `file` parameter",
              "Ignore `file`, or resolve the joined path and require it to stay under `TAG_DIR`.",
              symbol="tag_pdf", conf=0.85),
            F("CREW-KEY-FAILS-OPEN", "high", "security", "`crew_only` accepts every request when `OYSTER_CREW_KEY` is unset",
              "Fail closed like `office_only`: reject when the key is empty, and compare with `hmac.compare_digest`.",
              symbol="crew_only.wrapper", conf=0.9),
            F("CREW-KEY-TIMING", "low", "security", "Crew key compared with `!=` (timing side channel)",
              "Use `hmac.compare_digest(key, CREW_KEY)`.", symbol="crew_only.wrapper", conf=0.55),
            F("BOARD-LEAKS-PHONE", "medium", "security", "Public `/board` exposes buyers' phone numbers",
              "Drop `buyer_phone` from the board query; the board needs lot and dozens at most.",
              symbol="public_board", conf=0.85),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TALLY-RACE", "medium", "bug", "Grade tally updated without `_tally_lock`",
              "Take `_tally_lock` around the loop; `/grading/tally` already reads under it, so the writer is the missing half.",
              symbol="record_grading", conf=0.8),
            F("LOT-SEQ-RACE", "medium", "bug", "`_lot_seq` incremented without synchronisation",
              "Allocate lot numbers under a lock or from the database (a sequence table or a UNIQUE constraint with retry).",
              symbol="record_grading", conf=0.75),
            F("RESERVE-OVERSELL", "high", "bug", "Reservation can oversell a lot under concurrency",
              "Do it in one statement: `UPDATE lots SET available = available - ? WHERE lot_no = ? AND available >= ?` and check `rowcount`.",
              symbol="reserve", conf=0.8),
            F("GRADE-BOUNDARY", "medium", "bug", "`grade_for` treats grade minimums as exclusive",
              "Use `>=`: an oyster of exactly 75 mm is standard, but `mm > 75` grades it cocktail.",
              symbol="grade_for", conf=0.8),
            F("SAMPLE-UNDERSIZED-KEYERROR", "medium", "bug", "Undersized oysters crash `/grading/sample`",
              "`grade_for` returns `None` below 60 mm and `out[None]` raises `KeyError`; count them under an `undersized` key.",
              symbol="grade_sample", conf=0.8),
            F("LOTS-PAGE-OFFSET", "medium", "bug", "`/lots` skips the first page",
              "With `page` starting at 1 the offset must be `(page - 1) * size`.",
              symbol="list_lots", conf=0.85),
            F("LOTS-INMEM-PAGING", "low", "performance", "`/lots` loads every lot to return one page",
              "Page in SQL with `LIMIT ? OFFSET ?`.", symbol="list_lots", conf=0.7),
            F("COUNT-DIV-ZERO", "medium", "bug", "Division by zero when a line is counted with zero bags",
              "Guard `bags == 0` (mortality 0 or 100 depending on `dead`) and reject `bags < 0`.",
              symbol="count_bags", conf=0.85),
            F("COUNT-NEGATIVE", "low", "bug", "Live bag count can go negative",
              "Validate `0 <= dead <= bags` before storing `bags - dead`.", symbol="count_bags", conf=0.7),
            F("BOARD-CACHE-STAMPEDE", "low", "performance", "Board cache refresh is not synchronised",
              "Refresh under a lock (or serve the stale rows while one thread refreshes) so concurrent requests do not all hit the database.",
              symbol="public_board", conf=0.6),
            F("PRINT-RESULT-IGNORED", "low", "bug", "`lp` failures are ignored",
              "Check the return code and report a failed print instead of `printed: n`.", symbol="print_tags", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LINES-ORDER-SQLI", "critical", "security", "SQL injection: ?order= goes into ORDER BY",
              "whitelist columns", d=-2),
            F("PRINT-SHELL-INJECTION", "critical", "security", "print_tags runs lp through a shell with request values",
              "argv list, no shell=True", d=-3),
            F("TAG-PATH-TRAVERSAL", "high", "security", "Arbitrary file read via ?file= on /tags",
              "reject names with '/' or '..'", d=-1),
            F("YAML-UNSAFE-LOAD", "high", "security", "Unsafe YAML load of the request body",
              "yaml.safe_load", d=-1),
            F("CREW-KEY-FAILS-OPEN", "high", "security", "crew_only passes when OYSTER_CREW_KEY is empty",
              "refuse when unset", d=-2),
            F("TALLY-RACE", "medium", "bug", "_grade_tally mutated without _tally_lock",
              "with _tally_lock:", d=-3),
            F("TALLY-NEGATIVE", "low", "bug", "Negative per-grade counts accepted in grading runs",
              "require n >= 0"),
            F("RESERVE-NEGATIVE", "medium", "bug", "reserve accepts negative dozens (stock goes up)",
              "dozens > 0"),
            F("COUNT-DIV-ZERO", "medium", "bug", "ZeroDivisionError when bags == 0", "guard"),
            F("LOTS-PAGE-OFFSET", "medium", "bug", "Off-by-one in /lots offset (page is 1-based)",
              "(page - 1) * size", d=+1),
            F("GRADE-BOUNDARY", "low", "bug", "grade_for excludes the exact minimum size",
              ">=", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `oysterbags` application, a Flask service that an oyster farm uses to record
        bag counts on its longlines, grading runs, harvest lots and buyer reservations. I concentrated on
        security, data integrity and concurrency.

        **Overall assessment:** the application mixes a well-implemented office authentication decorator with a
        crew decorator that is considerably weaker, and several endpoints pass request data to SQL, the shell,
        the filesystem and the YAML loader without validation.

        ### Security Vulnerabilities
        """,
        Block([
            F("LINES-ORDER-SQLI", "Critical", "SQL Injection", "SQL Injection in Line Listing",
              "Validate the `order` parameter against an allow-list of column names.", sd=-2, n=3,
              desc="The `order` query parameter is interpolated into the ORDER BY clause with an f-string. An attacker can append arbitrary SQL such as a subquery against other tables."),
            F("PRINT-SHELL-INJECTION", "Critical", "Command Injection", "Command Injection in Tag Printing",
              "Pass the arguments to `subprocess.run` as a list and remove `shell=True`.", d=+1,
              desc="The `printer` query parameter and the `lot_no` path segment end up in a string executed by the shell."),
            F("TAG-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Tag Download",
              "Use `werkzeug.utils.safe_join` or `send_from_directory`.", sd=-2, n=3),
            F("TAG-NO-AUTH", "Medium", "Broken Access Control", "Missing Authentication on Tag Endpoint",
              "Protect the route with `crew_only` or `office_only`."),
            F("YAML-UNSAFE-LOAD", "High", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Use `yaml.safe_load`."),
            F("CREW-KEY-FAILS-OPEN", "High", "Broken Authentication", "Crew Authentication Bypass When Key Is Unset",
              "Reject all requests when `CREW_KEY` is empty.", sd=-2, n=3,
              desc="`CREW_KEY` defaults to an empty string, and a request without the header also yields an empty string, so the comparison succeeds."),
            F("BOARD-LEAKS-PHONE", "Medium", "Information Disclosure", "Customer Phone Numbers on Public Board",
              "Remove personal data from the public endpoint."),
            F("CSV-FORMULA", "Low", "CSV Injection", "CSV Formula Injection in Order Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote."),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            U({"severity": "info", "category": "Maintainability", "description": "Consider splitting app.py into Flask blueprints."}),
            F("TALLY-RACE", "Medium", "Race Condition", "Race Condition on Grade Tally",
              "Hold `_tally_lock` while updating the tally.",
              desc="The tally is read under `_tally_lock` in `grading_tally`, but written without it in `record_grading`."),
            F("LOT-SEQ-RACE", "Medium", "Race Condition", "Duplicate Lot Numbers Under Concurrent Grading",
              "Generate lot numbers atomically.", d=+1),
            F("RESERVE-OVERSELL", "High", "Race Condition", "Overselling Through Check-Then-Act in Reservations",
              "Use a conditional UPDATE and check the affected row count.", d=-1),
            F("BOARD-CACHE-STAMPEDE", "Low", "Caching", "Cache Stampede on Public Board",
              "Guard the refresh with a lock.", d=+1,
              desc="When the cache expires, every concurrent request sees it as stale and re-runs the query."),
            F("COUNT-DIV-ZERO", "Medium", "Error Handling", "Unhandled Division by Zero in Bag Count",
              "Check for zero bags."),
            F("SAMPLE-UNDERSIZED-KEYERROR", "Medium", "Logic Error", "Undersized Oysters Cause KeyError",
              "Handle the `None` grade."),
            F("LOTS-INMEM-PAGING", "Low", "Performance", "Inefficient In-Memory Pagination",
              "Use SQL LIMIT and OFFSET."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LINES-ORDER-SQLI", "error", "security", "sql injection via order param", "whitelist order columns"),
            F("PRINT-SHELL-INJECTION", "error", "security", "shell injection in print_tags", "list args, no shell"),
            F("YAML-UNSAFE-LOAD", "error", "security", "yaml.load with full Loader", "yaml.safe_load"),
            F("TAG-PATH-TRAVERSAL", "error", "security", "path traversal in tag download", "send_from_directory", d=+1),
            F("TAG-NO-AUTH", "warning", "security", "tags endpoint has no auth", "add crew_only"),
            F("BOARD-LEAKS-PHONE", "warning", "security", "board leaks buyer phone", "drop the column"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LOT-SEQ-RACE", "warning", "", "lot seq not thread safe", "lock or db sequence"),
            F("RESERVE-OVERSELL", "warning", "bug", "reserve can oversell", "conditional update"),
            F("LOTS-PAGE-OFFSET", "warning", "bug", "lots paging skips page 1", "(page-1)*size"),
            F("COUNT-NEGATIVE", "warning", "bug", "negative live bags when dead > bags", "validate counts"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        `oysterbags/app.py` implements the farm desk API. I found 17 issues:

        1. Injection: SQL (`/lines`), OS command (`/lots/<lot_no>/print`), YAML deserialization, path traversal.
        2. Authentication: the crew key check fails open and is not constant-time; two read endpoints are public.
        3. Concurrency: grade tally, lot sequence, board cache and reservations are not synchronised.
        4. Correctness: grade boundaries, paging, mortality division, negative reservations.
        """,
        Block([
            F("LINES-ORDER-SQLI", "blocker", "security", "SQL injection via ORDER BY parameter",
              "Use an allow-list for sortable columns.", d=-1, conf=0.9),
            F("LINES-NO-AUTH", "minor", "security", "Line listing endpoint is unauthenticated",
              "Require the crew key for /lines.", conf=0.5),
            F("PRINT-SHELL-INJECTION", "blocker", "security", "OS command injection through printer name",
              "Avoid shell=True; pass an argument list.", d=-2, conf=0.9),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe YAML deserialization of closures import",
              "Use yaml.safe_load.", conf=0.9),
            F("TAG-PATH-TRAVERSAL", "major", "security", "Directory traversal in tag PDF download",
              "Validate the file name.", conf=0.85),
            F("CREW-KEY-FAILS-OPEN", "major", "security", "Crew authentication bypass with empty key",
              "Fail closed when OYSTER_CREW_KEY is not configured.", conf=0.85),
            F("CREW-KEY-TIMING", "minor", "security", "Non-constant-time comparison of crew key",
              "Use hmac.compare_digest.", conf=0.6),
            F("BOARD-LEAKS-PHONE", "major", "security", "Personal data (phone numbers) on public board",
              "Remove buyer_phone from the response.", d=-1, sd=0, conf=0.8),
            F("TALLY-RACE", "major", "concurrency", "Grade tally modified without lock",
              "Acquire _tally_lock.", conf=0.8),
            F("LOT-SEQ-RACE", "major", "concurrency", "Lot number generation is not atomic",
              "Use a lock or a database sequence.", d=+1, conf=0.75),
            F("BOARD-CACHE-STAMPEDE", "minor", "concurrency", "Unsynchronised board cache refresh",
              "Use a lock around the refresh.", conf=0.6),
            F("RESERVE-OVERSELL", "major", "concurrency", "Race condition allows overselling a harvest lot",
              "Use an atomic conditional UPDATE.", conf=0.8),
            F("RESERVE-NEGATIVE", "major", "correctness", "Negative reservation quantity increases availability",
              "Reject dozens <= 0.", conf=0.75),
            F("GRADE-BOUNDARY", "minor", "correctness", "Off-by-one at grade size boundaries",
              "Compare with >=.", conf=0.7),
            F("LOTS-PAGE-OFFSET", "major", "correctness", "Pagination skips the first page of lots",
              "Use (page - 1) * size.", conf=0.8),
            F("COUNT-DIV-ZERO", "major", "correctness", "Division by zero in mortality calculation",
              "Handle bags == 0.", conf=0.85),
            F("PRINT-RESULT-IGNORED", "minor", "reliability", "Print command result not checked",
              "Use check=True or inspect returncode.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 10 major, 5 minor"),
    ]),
}

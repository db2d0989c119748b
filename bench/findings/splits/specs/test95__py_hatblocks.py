"""test95/py-hatblocks: a milliner's hat-block hire and felt stock (Python, Flask + SQLite). Labels next to each finding.

Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning set or any other
split's answers or specs (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test95: seeded problems in a milliner's hat-block hire and felt stock service; five agents' "
    "answers written by hand."
)

A = "hatblocks/app.py"
PROBLEMS = {
    "HIRER-KEY-FAILS-OPEN": P(A, "if HIRER_KEY and given != HIRER_KEY:", "security",
                              "hirer_key lets every request through when HATBLOCK_HIRER_KEY is unset"),
    "HIRER-KEY-PLAIN-COMPARE": P(A, "if HIRER_KEY and given != HIRER_KEY:", "security",
                                 "hirer key compared with != (not constant time), unlike workroom_only"),
    "BLOCKS-SORT-SQLI": P(A, 'ORDER BY {sort}", (style,)', "security",
                          "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "PHOTO-PATH-TRAVERSAL": P(A, 'return send_file(photo_path, mimetype="image/jpeg")', "security",
                              "file query value joined to the photo dir and sent: any readable file", "source-vs-sink"),
    "HIRER-NAME-SPOOFED": P(A, 'code, hirer = body["block_code"], body["hirer"]', "security",
                            "hirer name taken from the body, not bound to the key: hire under anyone's name"),
    "UNKNOWN-BLOCK-CRASH": P(A, '(code,)).fetchone()["style"]', "bug",
                             "unknown block code: fetchone() is None and the subscript raises (500)"),
    "HIRE-DAYS-EXCLUSIVE": P(A, "days = (end - start).days", "bug",
                             "hire days exclude the return day: a same-day hire costs nothing, every hire one day short",
                             "off-by-one"),
    "HIRE-END-BEFORE-START": P(A, "fee_pence = days * DAY_RATE_PENCE[style]", "bug",
                               "end before start is not rejected: negative days give a negative fee"),
    "HELD-LIMIT-OFF-BY-ONE": P(A, "if held > MAX_BLOCKS_PER_HIRER:", "bug",
                               "held > MAX lets a hirer take a fourth block (should be >=)", "off-by-one"),
    "HIRE-CLASH-RACE": P(A, "if clash is not None:", "bug",
                         "clash check and insert are not atomic: two hirers can book the same block for the same days",
                         "critical-section"),
    "HIRES-NEGATIVE-SIZE": P(A, 'size = min(int(request.args.get("size", 20)), MAX_PAGE_SIZE)', "bug",
                             "min() clamps only from above: size=-1 becomes LIMIT -1 and returns every hire"),
    "HIRES-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                           "pages start at 1 but offset = page * size: the first page is never shown", "off-by-one"),
    "RECEIPT-NO-AUTH": P(A, 'hire = get_db().execute("SELECT block_code, hirer, fee_pence', "security",
                         "receipt endpoint has no key and takes any sequential hire id: names and fees of all hirers"),
    "RECEIPT-NOTE-XSS": P(A, "<p>{note}</p>", "security",
                          "note query value written into the receipt HTML unescaped (hirer is escaped)", "source-vs-sink"),
    "RETURN-ANY-HIRE": P(A, 'hire = db.execute("SELECT block_code, end_day FROM hires', "security",
                         "any key holder can return (close) any hire: no check that the hire is theirs",
                         "signature-vs-statement"),
    "RETURN-EARLY-CREDIT": P(A, "late_fee = late_days * LATE_FEE_PENCE_PER_DAY", "bug",
                             "early return gives negative late_days and a negative late fee (a credit)"),
    "RETURN-TWICE": P(A, 'db.execute("UPDATE hires SET returned = 1', "bug",
                      "an already returned hire can be returned again, overwriting its late fee"),
    "FELT-NEGATIVE-CUT": P(A, 'metres = float(request.get_json(force=True)["metres"])', "bug",
                           "cut accepts negative (or nan) metres: a 'cut' adds felt to the shelf", nth=1),
    "FELT-CUT-RACE": P(A, "if on_shelf < metres:", "bug",
                       "read-check-write of felt_metres without _felt_lock: concurrent cuts oversell the shelf",
                       "critical-section"),
    "BOARD-REBUILD-RACE": P(A, "rows = get_db().execute(BOARD_SQL).fetchall()", "performance",
                            "stale board rebuilt by every concurrent request, shared dict written without a lock",
                            "critical-section"),
    "BOARD-PHONES-PUBLIC": P(A, 'return jsonify(out_now=_board["rows"])', "security",
                             "public /board returns hirers' names and phone numbers"),
    "TAG-SHELL-INJECTION": P(A, 'return subprocess.run(f"lp -d workroom-tags', "security",
                             "block code and copies formatted into a shell=True lp command", "signature-vs-statement"),
    "TAG-LP-NO-TIMEOUT": P(A, 'return subprocess.run(f"lp -d workroom-tags', "bug",
                           "lp run without a timeout: a stuck print queue holds the worker"),
    "YAML-UNSAFE-LOAD": P(A, "doc = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)", "security",
                          "yaml.load with the full Loader on a request body: arbitrary object construction",
                          "signature-vs-statement"),
    "IMPORT-STYLE-UNCHECKED": P(A, '(block["code"], block["style"], block["head_size"]', "bug",
                                "extra, one agent: imported style not checked against DAY_RATE_PENCE, later hires KeyError"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8095, debug=True)', "security",
                      "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("HIRER-KEY-FAILS-OPEN", "HIRER-KEY-PLAIN-COMPARE"),
    ("UNKNOWN-BLOCK-CRASH", "HIRE-DAYS-EXCLUSIVE"),
    ("HIRE-DAYS-EXCLUSIVE", "HIRE-END-BEFORE-START"),
    ("HELD-LIMIT-OFF-BY-ONE", "HIRE-CLASH-RACE"),
    ("HIRES-NEGATIVE-SIZE", "HIRES-PAGE-OFFSET"),
    ("RECEIPT-NO-AUTH", "RECEIPT-NOTE-XSS"),
    ("RETURN-EARLY-CREDIT", "RETURN-TWICE"),
    ("FELT-NEGATIVE-CUT", "FELT-CUT-RACE"),
    ("BOARD-REBUILD-RACE", "BOARD-PHONES-PUBLIC"),
    ("TAG-SHELL-INJECTION", "TAG-LP-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `hatblocks/app.py` end to end (it is the whole service). It is small and mostly tidy: every query
        but one uses bound parameters, `workroom_only` fails closed and compares with `hmac.compare_digest`, the
        felt delivery and the `/felt` listing take `_felt_lock`, the body size is capped by `MAX_CONTENT_LENGTH`,
        and the page size is clamped from above. The problems cluster in the hirer-facing routes.

        **Summary**

        1. Two injection paths reachable without any key: `ORDER BY {sort}` on `/blocks` and the `file` value on
           the block photo route; the receipt's `note` is an XSS.
        2. `hirer_key` fails open when its variable is unset, and the hirer's name is whatever the body says.
        3. The hire fee and limits are off by one (return day not counted, a fourth block allowed), and the
           clash check races with the insert.
        4. Returns: anyone can close anyone's hire, early returns earn a credit, returns can be repeated.
        5. Workroom routes: shell injection in the tag printer, unsafe YAML, an unlocked felt cut.
        """,
        Block([
            F("BLOCKS-SORT-SQLI", "critical", "security", "SQL injection through the `sort` parameter of `/blocks`",
              "Map `sort` through an allow-list (`{\"size\": \"head_size\", \"wood\": \"wood\"}`) and reject anything else; "
              "identifiers cannot be bound parameters.",
              symbol="list_blocks", conf=0.95),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Block photo route serves any file through `?file=../..`",
              "Drop the `file` parameter (the photo is `<code>.jpg`) or use `flask.send_from_directory`, which rejects "
              "paths outside the directory.",
              d=-1, symbol="block_photo", conf=0.9),
            F("HIRER-KEY-FAILS-OPEN", "high", "security", "`hirer_key` admits everyone when `HATBLOCK_HIRER_KEY` is unset",
              "Fail closed like `workroom_only`: `if not HIRER_KEY or not hmac.compare_digest(given, HIRER_KEY)`.",
              symbol="hirer_key.wrapper", conf=0.9),
            F("HIRER-KEY-PLAIN-COMPARE", "low", "security", "Hirer key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest` as the workroom check already does.",
              symbol="hirer_key.wrapper", conf=0.6),
            F("HIRER-NAME-SPOOFED", "medium", "security", "Hire is booked under whatever `hirer` the body names",
              "Issue one key per hirer and derive the hirer from the key; the shared key cannot tell hirers apart, so the "
              "per-hirer limit and the board can be gamed.",
              symbol="create_hire", conf=0.7),
            F("HIRE-DAYS-EXCLUSIVE", "medium", "bug", "Hire length excludes the return day",
              "A block taken on the 3rd and returned on the 5th is out three days; use `(end - start).days + 1` "
              "(a same-day hire is currently free).",
              symbol="create_hire", conf=0.8),
            F("HIRE-END-BEFORE-START", "medium", "bug", "An `end` before `start` produces a negative fee",
              "Reject `end < start` with 400 before pricing.",
              symbol="create_hire", conf=0.8),
            F("HELD-LIMIT-OFF-BY-ONE", "medium", "bug", "Per-hirer limit allows one block too many",
              "`held > MAX_BLOCKS_PER_HIRER` passes when the hirer already holds 3; compare with `>=`.",
              symbol="create_hire", conf=0.85),
            F("HIRE-CLASH-RACE", "high", "bug", "Double booking: clash check and INSERT are not atomic",
              "Run the check and the insert in one `BEGIN IMMEDIATE` transaction (or add a constraint the database "
              "enforces); two concurrent requests both see no clash today.",
              n=3, symbol="create_hire", conf=0.8),
        ]),
        "Lower in the file:",
        Block([
            F("HIRES-NEGATIVE-SIZE", "low", "bug", "Negative `size` bypasses the page-size clamp",
              "Clamp both ends: `size = max(1, min(size, MAX_PAGE_SIZE))`; SQLite treats `LIMIT -1` as no limit.",
              symbol="list_hires", conf=0.7),
            F("HIRES-PAGE-OFFSET", "medium", "bug", "`/hires` skips the first page",
              "`page` defaults to 1, so use `offset = (page - 1) * size` and reject `page < 1`.",
              symbol="list_hires", conf=0.85),
            F("RECEIPT-NOTE-XSS", "medium", "security", "Reflected XSS through the receipt `note`",
              "Escape `note` like `hirer` (`escape(note)`), or render a template.",
              symbol="hire_receipt", conf=0.85),
            F("RETURN-ANY-HIRE", "high", "security", "Any hirer can return any hire",
              "Load the hire with `AND hirer = ?` bound to the caller's identity (see the spoofing finding) and 404 otherwise.",
              symbol="return_block", conf=0.8),
            F("RETURN-EARLY-CREDIT", "medium", "bug", "Returning early yields a negative late fee",
              "`late_fee = max(0, late_days) * LATE_FEE_PENCE_PER_DAY`.",
              symbol="return_block", conf=0.85),
            F("RETURN-TWICE", "low", "bug", "A hire can be returned twice and its late fee rewritten",
              "Add `AND returned = 0` to the UPDATE and answer 409 when no row changed.",
              symbol="return_block", conf=0.7),
            F("FELT-CUT-RACE", "medium", "bug", "Felt cut reads and writes `felt_metres` without `_felt_lock`",
              "Hold `_felt_lock` around the read, the check and the write, as `felt_delivery` does.",
              n=3, symbol="cut_felt", conf=0.8),
            F("BOARD-REBUILD-RACE", "low", "performance", "Board cache stampede: every request rebuilds while stale",
              "Rebuild under a lock (re-checking `built_at` inside it) so one request refreshes the board.",
              symbol="hire_board", conf=0.6),
            F("BOARD-PHONES-PUBLIC", "medium", "security", "Public `/board` exposes hirers' phone numbers",
              "Drop `p.phone` (and probably `h.hirer`) from `BOARD_SQL`, or put the board behind `workroom_only`.",
              symbol="hire_board", conf=0.75),
            F("TAG-SHELL-INJECTION", "high", "security", "Shell injection in `print_block_tag`",
              "Call `subprocess.run([\"lp\", \"-d\", \"workroom-tags\", \"-n\", str(int(copies)), tag_pdf])` without a shell.",
              symbol="print_block_tag", conf=0.85),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on request data",
              "Use `yaml.safe_load`.", symbol="import_blocks", conf=0.9),
            F("IMPORT-STYLE-UNCHECKED", "low", "bug", "Imported block style is not validated",
              "Reject styles missing from `DAY_RATE_PENCE`; otherwise every later hire of that block fails with a KeyError.",
              symbol="import_blocks", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("BLOCKS-SORT-SQLI", "critical", "security", "sort param reaches ORDER BY unescaped (SQLi)",
              "allow-list sort columns", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "?file= path traversal in block_photo",
              "send_from_directory / drop param", d=-2),
            F("HIRER-KEY-FAILS-OPEN", "high", "security", "hirer_key is a no-op when HATBLOCK_HIRER_KEY is unset",
              "fail closed"),
            F("UNKNOWN-BLOCK-CRASH", "low", "bug", "unknown block_code -> TypeError on None['style'] (500)",
              "404 when the block is missing"),
            F("HIRE-DAYS-EXCLUSIVE", "medium", "bug", "fee counts nights not days; same-day hire = 0p",
              "+1 day", d=1),
            F("HELD-LIMIT-OFF-BY-ONE", "medium", "bug", "limit check lets a 4th block out", ">=", d=-3),
            F("HIRE-CLASH-RACE", "high", "bug", "TOCTOU between clash SELECT and INSERT",
              "single transaction", d=3),
            F("HIRES-PAGE-OFFSET", "medium", "bug", "offset = page*size skips page 1", "(page-1)*size"),
            F("RECEIPT-NOTE-XSS", "medium", "security", "note reflected unescaped in receipt HTML",
              "escape()", d=-2),
            F("RETURN-ANY-HIRE", "high", "security", "return_block does not check the hire belongs to the caller",
              "scope by hirer", d=-2),
            F("RETURN-EARLY-CREDIT", "medium", "bug", "negative late fee on early return", "max(0, ...)", d=-1),
            F("FELT-NEGATIVE-CUT", "medium", "bug", "negative metres on /cut increases stock", "require metres > 0"),
            F("FELT-CUT-RACE", "medium", "bug", "unlocked read-modify-write of felt_metres", "use _felt_lock", d=2),
            F("TAG-SHELL-INJECTION", "high", "security", "print_block_tag: shell=True with interpolated args",
              "argv list", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "unsafe yaml.load in import_blocks", "safe_load", d=-1),
            F("DEBUG-SERVER", "medium", "security", "debug=True on 0.0.0.0", "no debug in prod"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `hatblocks` application, a Flask service that manages the hire of hat blocks and
        the stock of felt in a millinery workroom. I looked at authentication, input handling, data integrity and
        concurrency.

        ### Security

        The most serious problems are in the routes that are reachable without the workroom key. The block listing
        builds SQL from a query parameter, the photo route serves arbitrary files, and the hirer key check can be
        bypassed entirely depending on the deployment's environment.
        """,
        Block([
            F("BLOCKS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Block Listing",
              "Validate the `sort` parameter against a fixed set of column names.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated directly into the ORDER BY clause. An attacker can use "
                   "it to extract data from other tables with a boolean or time-based technique."),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Block Photo",
              "Use `send_from_directory` and ignore user-supplied paths.", sd=-2, n=3),
            F("HIRER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Hirer Authentication Bypass When Key Unset",
              "Require the key to be configured at startup.", sd=-1, n=2,
              desc="If `HATBLOCK_HIRER_KEY` is not present, `HIRER_KEY` is `None` and the condition is always false."),
            F("HIRER-KEY-PLAIN-COMPARE", "LOW", "Timing Attack", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`."),
            F("RECEIPT-NO-AUTH", "MEDIUM", "Broken Access Control", "Receipts Readable Without Authentication",
              "Protect the route and check that the receipt belongs to the caller."),
            F("RECEIPT-NOTE-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected XSS in Hire Receipt",
              "Escape all values interpolated into HTML.", sd=-2, n=3),
            F("RETURN-ANY-HIRE", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Block Return",
              "Verify ownership of the hire.", sd=-2, n=3),
            F("BOARD-PHONES-PUBLIC", "MEDIUM", "Information Disclosure", "Personal Data on the Public Board",
              "Remove phone numbers from the public board."),
            F("TAG-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection in Tag Printing",
              "Avoid `shell=True`.", sd=-2, n=3),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load()`."),
            F("DEBUG-SERVER", "MEDIUM", "Security Misconfiguration", "Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        ### Logic and Concurrency

        The hire and stock logic has several correctness problems, mostly around races between a check and the
        write that depends on it.
        """,
        Block([
            F("HIRE-DAYS-EXCLUSIVE", "MEDIUM", "Logic Error", "Hire Duration Calculation Misses a Day",
              "Count both the first and the last day.", sd=-2, n=3),
            F("HIRE-CLASH-RACE", "HIGH", "Race Condition", "Race Condition in Hire Creation",
              "Wrap the availability check and the insert in a transaction.", d=-1,
              desc="Two requests for the same block can both pass the clash query before either inserts."),
            F("HIRES-PAGE-OFFSET", "LOW", "Logic Error", "Incorrect Pagination Offset",
              "Subtract one from the page number.", d=1),
            U({"severity": "INFO", "category": "Maintainability",
               "description": "The application is a single module; consider splitting it into blueprints."}),
            F("RETURN-TWICE", "LOW", "Logic Error", "Blocks Can Be Returned More Than Once",
              "Only update hires that are not yet returned."),
            F("FELT-CUT-RACE", "MEDIUM", "Race Condition", "Felt Stock Updated Without Lock",
              "Use `_felt_lock` in `cut_felt`.", d=-1),
            F("BOARD-REBUILD-RACE", "LOW", "Caching", "Board Cache Is Not Thread-Safe",
              "Guard the cache refresh with a lock.", d=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BLOCKS-SORT-SQLI", "high", "security", "sql injection via sort", "whitelist columns"),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "path traversal in block photo", "send_from_directory"),
            F("RECEIPT-NOTE-XSS", "medium", "security", "xss in receipt note", "escape note"),
            F("BOARD-PHONES-PUBLIC", "medium", "security", "board leaks phone numbers", "drop phone column"),
            F("TAG-SHELL-INJECTION", "high", "security", "shell injection in lp call", "no shell=True"),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load is unsafe", "yaml.safe_load"),
            F("DEBUG-SERVER", "medium", "", "debug server exposed", "debug=False"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("HIRE-END-BEFORE-START", "medium", "bug", "negative fee when end < start", "validate dates"),
            F("HIRES-NEGATIVE-SIZE", "low", "bug", "size=-1 returns all hires", "max(1, size)"),
            F("FELT-NEGATIVE-CUT", "medium", "bug", "negative cut adds felt", "metres > 0"),
            F("FELT-CUT-RACE", "medium", "bug", "felt cut not locked", "with _felt_lock", d=2),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        The hat-block hire service has 18 issues worth fixing:

        1. **Security (blocker):** SQL injection in the block listing, path traversal in block photos.
        2. **Security (major):** authentication that fails open, unsafe YAML, shell injection, an insecure return flow.
        3. **Correctness:** fee and limit arithmetic, pagination, late fees.
        4. **Concurrency:** the hire clash check, the felt stock and the board cache.
        """,
        Block([
            F("BLOCKS-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY of the block listing",
              "Use a whitelist for the sort column.", conf=0.95),
            F("PHOTO-PATH-TRAVERSAL", "blocker", "security", "Path traversal when serving block photos",
              "Validate the file name.", d=-1, conf=0.9),
            F("HIRER-KEY-FAILS-OPEN", "major", "security", "Hirer key check skipped if the key is not configured",
              "Refuse to start without the key.", conf=0.85),
            F("HIRER-NAME-SPOOFED", "major", "security", "Client-controlled hirer identity",
              "Bind the hirer to the credential.", conf=0.7),
            F("UNKNOWN-BLOCK-CRASH", "minor", "correctness", "Missing null check for the block lookup",
              "Return 404 for unknown blocks.", conf=0.7),
            F("HIRE-DAYS-EXCLUSIVE", "major", "correctness", "Hire days computed exclusively",
              "Add one to the day count.", conf=0.8),
            F("HIRE-END-BEFORE-START", "major", "correctness", "Negative hire period not rejected",
              "Validate that end >= start.", d=-1, conf=0.75),
            F("HELD-LIMIT-OFF-BY-ONE", "minor", "correctness", "Maximum blocks per hirer check is off by one",
              "Use >= instead of >.", conf=0.8),
            F("HIRE-CLASH-RACE", "major", "concurrency", "Check-then-insert race allows double booking",
              "Use a transaction with proper isolation.", d=-1, conf=0.8),
            F("HIRES-PAGE-OFFSET", "minor", "correctness", "Pagination starts from the second page",
              "Compute the offset from page - 1.", d=-2, conf=0.75),
            F("RECEIPT-NO-AUTH", "major", "security", "Receipt endpoint lacks authentication",
              "Require the hirer key.", conf=0.7),
            F("RETURN-ANY-HIRE", "major", "security", "Missing authorization on block return",
              "Check hire ownership.", conf=0.8),
            F("RETURN-EARLY-CREDIT", "minor", "correctness", "Late fee can become negative",
              "Clamp at zero.", conf=0.8),
            F("FELT-CUT-RACE", "major", "concurrency", "Felt stock race condition",
              "Use the existing lock.", conf=0.8),
            F("BOARD-REBUILD-RACE", "minor", "concurrency", "Unsynchronized cache refresh",
              "Add a lock around the refresh.", d=-1, conf=0.6),
            F("TAG-SHELL-INJECTION", "major", "security", "Command injection when printing tags",
              "Pass a list of arguments.", conf=0.85),
            F("TAG-LP-NO-TIMEOUT", "minor", "reliability", "Print command may hang indefinitely",
              "Pass timeout= to subprocess.run.", conf=0.6),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML loading",
              "Use safe_load.", conf=0.9),
        ], wrap="object+summary", summary="18 findings: 3 blocker, 9 major, 6 minor"),
    ]),
}

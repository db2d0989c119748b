"""test117/py-censusdesk: a family-history society's record lookups, census transcriptions and research requests
(Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test117: seeded problems in a family-history society's census desk; five agents' answers "
    "written by hand."
)

S = "censusdesk/app.py"
PROBLEMS = {
    "MEMBER-KEY-FAILS-OPEN": P(S, "if MEMBER_KEY and given != MEMBER_KEY:", "security", "member_key lets every request through when MEMBER_KEY is unset (empty default)"),
    "MEMBER-KEY-TIMING": P(S, "if MEMBER_KEY and given != MEMBER_KEY:", "security", "member key compared with != instead of a constant-time compare (archivist_only uses hmac.compare_digest)"),
    "SURNAME-SQLI": P(S, "f\"WHERE surname LIKE '{surname}%'", "security", "surname query value formatted into the search SQL", "source-vs-sink"),
    "SORT-SQLI": P(S, 'f"ORDER BY {order} LIMIT {PAGE_MAX}"', "security", "sort query value formatted into ORDER BY"),
    "VARIANTS-CACHE-RACE": P(S, "if key not in _surname_cache:", "performance", "check-then-set on _surname_cache without a lock: concurrent requests for one surname all run the slow expansion", "critical-section"),
    "VARIANTS-CACHE-UNBOUNDED": P(S, "_surname_cache[key] = _expand_variants(key)", "performance", "public /records/variants caches every surname it is sent: the cache grows without bound"),
    "LOOKUP-COUNT-RACE": P(S, "_lookup_counts[member] = used + 1", "bug", "count_lookup reads and writes _lookup_counts without _stats_lock: concurrent lookups lose counts (and free lookups)", "critical-section"),
    "NEXT-CENSUS-MISSING": P(S, 'idx = YEARS.index(rec["year"])', "bug", "unknown record id: rec is None and the handler raises (500 instead of 404)"),
    "NEXT-CENSUS-LAST-YEAR": P(S, "following = YEARS[idx + 1]", "bug", "YEARS[idx + 1] runs past the end for a 1921 record (IndexError, 500)", "off-by-one"),
    "SCAN-TRAVERSAL": P(S, "path = os.path.join(SCANS_DIR, piece, image)", "security", "piece and image query values joined to SCANS_DIR unchecked: any file readable", "source-vs-sink"),
    "FREE-LOOKUP-EXTRA": P(S, "fee = 0 if used <= FREE_LOOKUPS else LOOKUP_FEE_PENCE", "bug", "count_lookup returns the count before this lookup, so <= gives four free lookups instead of three", "off-by-one"),
    "REQ-HOURS-NONPOSITIVE": P(S, "if hours > 20:", "bug", "only the upper bound of hours is checked: zero or negative hours give a zero or negative fee"),
    "REQ-DISCOUNT-UNCHECKED": P(S, "fee = hours * HOURLY_PENCE - int(body.get(", "bug", "discount_pence taken from the request body unchecked: a member sets their own fee"),
    "SHOW-REQUEST-IDOR": P(S, 'row = get_db().execute("SELECT * FROM requests WHERE id = ?"', "security", "any member reads any research request (no check that it is theirs)", "signature-vs-statement"),
    "SHOW-REQUEST-404": P(S, "return jsonify(dict(row))", "bug", "unknown request id: dict(None) raises (500 instead of 404)"),
    "CANCEL-NOT-OWNER": P(S, "SELECT fee_pence, status FROM requests WHERE id = ?", "security", "any member cancels (and is refunded for) any request", "signature-vs-statement"),
    "CANCEL-REFUND-TWICE": P(S, 'if row["status"] == "closed":', "bug", "only 'closed' is refused: cancelling a cancelled request refunds the fee again"),
    "CANCEL-MISSING-ROW": P(S, 'if row["status"] == "closed":', "bug", "unknown request id: row is None and the handler raises (500 instead of 404)"),
    "YAML-UNSAFE-LOAD": P(S, "batch = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary Python objects", "signature-vs-statement"),
    "APPROVE-TWICE": P(S, '"SELECT piece, schedule, surname, forename, parish, year, age FROM pending WHERE id = ?"', "bug", "the pending row is never removed or marked: approving twice copies the transcription into the census twice"),
    "DESK-SIZE-NEGATIVE": P(S, 'size = min(int(request.args.get("size", "25")), PAGE_MAX)', "bug", "a negative size passes min() and SQLite treats LIMIT -1 as no limit"),
    "DESK-PAGE-SKIPS-FIRST": P(S, "(size, page * size),", "bug", "pages start at 1 but OFFSET is page * size: the first page of the queue is never shown", "off-by-one"),
    "CHART-SHELL-INJECTION": P(S, 'out = subprocess.run(f"dot -T{fmt}', "security", "format query value formatted into a shell command", "source-vs-sink"),
    "CHART-FAILURE-IGNORED": P(S, "return Response(out.stdout, mimetype=", "bug", "dot's exit status is never checked: a failed render answers 200 with an empty image"),
}

CONFUSABLE = [
    ("MEMBER-KEY-FAILS-OPEN", "MEMBER-KEY-TIMING"),
    ("SURNAME-SQLI", "SORT-SQLI"),
    ("VARIANTS-CACHE-RACE", "VARIANTS-CACHE-UNBOUNDED"),
    ("NEXT-CENSUS-MISSING", "NEXT-CENSUS-LAST-YEAR"),
    ("REQ-HOURS-NONPOSITIVE", "REQ-DISCOUNT-UNCHECKED"),
    ("SHOW-REQUEST-IDOR", "SHOW-REQUEST-404"),
    ("CANCEL-NOT-OWNER", "CANCEL-REFUND-TWICE"),
    ("CANCEL-REFUND-TWICE", "CANCEL-MISSING-ROW"),
    ("DESK-SIZE-NEGATIVE", "DESK-PAGE-SKIPS-FIRST"),
    ("CHART-SHELL-INJECTION", "CHART-FAILURE-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `censusdesk/app.py` end to end (it is the whole service). The archivist side is in better shape
        than the member side: `archivist_only` fails closed and uses `hmac.compare_digest`, `submit_transcription`
        checks the year against `YEARS`, `/desk/stats` copies the counters under `_stats_lock`, and the `parish`
        filter in the search is bound correctly. The problems cluster in three places:

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `/records/search`, `/scans`, `/transcriptions/import`, chart rendering | injection, file read, code execution |
        | P1 | `member_key`, research requests | authentication and ownership |
        | P2 | counters, caches, paging | races and wrong results |

        Security first:
        """,
        Block([
            F("SURNAME-SQLI", "critical", "security", "SQL injection through `surname` in `/records/search`",
              "Bind the pattern: `WHERE surname LIKE ? ...` with `surname + '%'` as a parameter, as `parish` already is.",
              symbol="search_records", conf=0.95),
            F("SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` onto a whitelist of column names (`surname`, `forename`, `year`) and reject anything else.",
              symbol="search_records", conf=0.9),
            F("SCAN-TRAVERSAL", "high", "security", "Path traversal in `/scans` via `piece` / `image`",
              "Resolve the joined path and refuse it unless it stays under `SCANS_DIR`; better, look scans up by id.",
              symbol="scan_image", conf=0.9),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load` with `yaml.Loader` on an uploaded batch",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from the request body.",
              symbol="import_transcriptions", conf=0.9),
            F("CHART-SHELL-INJECTION", "high", "security", "Command injection through `format` in the pedigree chart",
              "Check `fmt` against `{\"svg\", \"png\", \"pdf\"}` and call `subprocess.run([\"dot\", f\"-T{fmt}\", path])` without a shell.",
              symbol="pedigree_chart", conf=0.9),
            F("MEMBER-KEY-FAILS-OPEN", "high", "security", "`member_key` is a no-op when `MEMBER_KEY` is not set",
              "Fail closed like `archivist_only`: `if not MEMBER_KEY or not hmac.compare_digest(given, MEMBER_KEY)`.",
              symbol="member_key.wrapper", conf=0.85),
            F("MEMBER-KEY-TIMING", "low", "security", "Member key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest` here too.", symbol="member_key.wrapper", conf=0.6),
            F("SHOW-REQUEST-IDOR", "high", "security", "Any member can read any research request",
              "Add `AND member = ?` with `member_id()` and answer 404 otherwise.", symbol="show_request", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel someone else's request and trigger its refund",
              "Select with `AND member = ?` before cancelling.", symbol="cancel_request", conf=0.85),
        ]),
        "Correctness and concurrency:",
        Block([
            F("CANCEL-REFUND-TWICE", "high", "bug", "Cancelling an already-cancelled request refunds it again",
              "Refuse anything but `open` (`if row[\"status\"] != \"open\"`), or do the update with `WHERE status = 'open'` and check `rowcount`.",
              symbol="cancel_request", conf=0.8),
            F("REQ-HOURS-NONPOSITIVE", "medium", "bug", "`hours` has no lower bound",
              "Reject `hours < 1`; `hours=-5` currently records a negative fee.", symbol="create_request", conf=0.8),
            F("REQ-DISCOUNT-UNCHECKED", "high", "bug", "Client-supplied `discount_pence` is subtracted from the fee unchecked",
              "Drop the field or validate it against discounts the society actually grants (server side).",
              symbol="create_request", conf=0.85),
            F("FREE-LOOKUP-EXTRA", "medium", "bug", "Members get four free lookups, not three",
              "`count_lookup` returns the count *before* this lookup, so compare with `<` (`used < FREE_LOOKUPS`).",
              symbol="request_lookup", conf=0.75),
            F("LOOKUP-COUNT-RACE", "medium", "bug", "`count_lookup` updates `_lookup_counts` without `_stats_lock`",
              "Do the read and the write under `with _stats_lock:`; concurrent lookups by one member lose increments.",
              n=2, d=-1, symbol="count_lookup", conf=0.8),
            F("VARIANTS-CACHE-RACE", "low", "performance", "Surname variant cache is filled without a lock: duplicate expansions",
              "Guard the miss path with a lock (or `functools.lru_cache`) so one surname is expanded once.",
              n=2, symbol="surname_variants", conf=0.6),
            F("NEXT-CENSUS-LAST-YEAR", "medium", "bug", "`next_census` raises `IndexError` for 1921 records",
              "Return 404 (no later census is open) when `idx == len(YEARS) - 1`.", symbol="next_census", conf=0.85),
            F("DESK-PAGE-SKIPS-FIRST", "medium", "bug", "Desk queue paging skips the first page",
              "Use `OFFSET (page - 1) * size` and reject `page < 1`.", symbol="desk_requests", conf=0.85),
            F("APPROVE-TWICE", "medium", "bug", "Approving a pending transcription twice duplicates it in `census`",
              "Delete (or mark) the pending row in the same transaction and refuse rows already approved.",
              d=-1, n=2, symbol="approve_transcription", conf=0.7),
            F("CHART-FAILURE-IGNORED", "low", "bug", "Failed `dot` runs return an empty image with 200",
              "Check `out.returncode` and answer 500 (log `out.stderr`).", symbol="pedigree_chart", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SURNAME-SQLI", "critical", "security", "SQLi: surname from query string ends up in LIKE literal",
              "param binding", d=-3),
            F("CHART-SHELL-INJECTION", "high", "security", "shell injection via ?format= (dot -T...)",
              "whitelist fmt; argv list", d=-1),
            F("SCAN-TRAVERSAL", "high", "security", "/scans: piece joined into filesystem path unchecked",
              "realpath + prefix check", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "import_transcriptions: yaml.Loader on request body",
              "yaml.safe_load", d=-1),
            F("SHOW-REQUEST-IDOR", "medium", "security", "show_request: no ownership check",
              "filter by member", d=-1),
            F("MEMBER-KEY-TIMING", "low", "security", "member key check not constant-time",
              "hmac.compare_digest"),
            F("CANCEL-NOT-OWNER", "medium", "security", "cancel_request: any member cancels any request",
              "filter by member"),
            F("CANCEL-REFUND-TWICE", "high", "bug", "double refund: cancelled request can be cancelled again",
              "only cancel status='open'", d=+3),
            F("REQ-HOURS-NONPOSITIVE", "medium", "bug", "hours <= 0 accepted -> fee <= 0",
              "require 1..20", d=-1),
            F("LOOKUP-COUNT-RACE", "medium", "bug", "lookup counter is racy (no lock)",
              "_stats_lock", d=-1),
            F("NEXT-CENSUS-MISSING", "low", "bug", "next_census: missing record -> TypeError",
              "404 when rec is None"),
            F("DESK-SIZE-NEGATIVE", "low", "bug", "size=-1 -> LIMIT -1 = unlimited in sqlite",
              "clamp to 1..PAGE_MAX"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `censusdesk` application. It is a Flask service for a family-history
        society, backed by SQLite, that lets members search transcribed census records, request lookups and
        research, and lets archivists manage imports and the research queue.

        **Overall Assessment**

        The code is readable, but several endpoints pass request parameters directly into SQL, the
        filesystem or a shell. The member authentication also has a dangerous default.

        **Critical and High Severity Issues**
        """,
        Block([
            F("SURNAME-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Census Search",
              "Use parameterized queries for the surname filter.", sd=-2, n=3,
              desc="The `surname` parameter is embedded in the SQL string with an f-string. A value such as `x' OR 1=1 --` returns every record."),
            F("SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Order",
              "Validate the `sort` parameter against an allow-list of columns.", sd=-2, n=3),
            F("SCAN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Scan Retrieval",
              "Sanitize `piece` and `image` and ensure the final path is within `SCANS_DIR`.", sd=-2, n=3,
              desc="`os.path.join` with user input such as `../../etc/passwd` lets an attacker read arbitrary files."),
            F("YAML-UNSAFE-LOAD", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.", sd=-2, n=3),
            F("CHART-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Pedigree Chart Generation",
              "Avoid `shell=True` and validate the format.", sd=-2, n=3),
            F("MEMBER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When MEMBER_KEY Is Unset",
              "Refuse requests when the key is not configured.", sd=-2, n=3,
              desc="`MEMBER_KEY` defaults to an empty string, and the check `if MEMBER_KEY and ...` skips authentication entirely in that case."),
            F("SHOW-REQUEST-IDOR", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Research Requests",
              "Verify the request belongs to the calling member.", sd=-2, n=3),
            F("CANCEL-NOT-OWNER", "MEDIUM", "Broken Access Control", "Missing Ownership Check When Cancelling Requests",
              "Check the member before cancelling.", d=-2, sd=-2, n=3),
        ], wrap="list"),
        """
        **Other Issues**
        """,
        Block([
            F("REQ-DISCOUNT-UNCHECKED", "MEDIUM", "Logic Error", "Client-Controlled Discount",
              "Compute discounts on the server.",
              desc="A member can send a `discount_pence` larger than the fee and receive research for free."),
            F("VARIANTS-CACHE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Surname Cache",
              "Use a bounded LRU cache.", sd=-2, n=3,
              desc="`/records/variants` is unauthenticated; every distinct surname is stored forever in `_surname_cache`."),
            F("NEXT-CENSUS-LAST-YEAR", "LOW", "Logic Error", "Index Out of Range for the Last Census Year",
              "Handle the final entry of `YEARS`.", sd=-2, n=3),
            F("DESK-PAGE-SKIPS-FIRST", "LOW", "Logic Error", "Incorrect Pagination Offset",
              "Use `(page - 1) * size`.", d=-1),
            F("LOOKUP-COUNT-RACE", "MEDIUM", "Race Condition", "Race Condition in Lookup Counting",
              "Protect `_lookup_counts` with `_stats_lock`.", sd=-2, n=3),
            F("CHART-FAILURE-IGNORED", "LOW", "Error Handling", "Subprocess Errors Ignored",
              "Check the return code of `dot`."),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting app.py into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SURNAME-SQLI", "high", "security", "sql injection in search (surname)", "bind it"),
            F("SCAN-TRAVERSAL", "high", "security", "path traversal in /scans", "check the resolved path"),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load is unsafe here", "safe_load"),
            F("CHART-SHELL-INJECTION", "high", "security", "shell injection in chart format", "no shell=True"),
            F("MEMBER-KEY-FAILS-OPEN", "medium", "security", "member auth off when key env missing", "fail closed"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("REQ-DISCOUNT-UNCHECKED", "medium", "", "discount comes from the client", "ignore it"),
            F("NEXT-CENSUS-MISSING", "low", "bug", "next-census crashes on unknown id", "404"),
            F("NEXT-CENSUS-LAST-YEAR", "low", "bug", "no census after 1921, idx + 1 blows up", "bounds check"),
            F("SHOW-REQUEST-404", "low", "bug", "show_request 500s on missing row", "abort(404)"),
            F("DESK-PAGE-SKIPS-FIRST", "low", "bug", "page 1 skips the first rows", "(page - 1) * size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the census search, shell in chart rendering, unsafe YAML in the import.
        2. Access control: member authentication can be disabled by configuration; research requests have no owner checks.
        3. Business logic: research fees and lookup fees can be wrong.
        4. Concurrency: shared dictionaries are updated without locks.
        5. Robustness: several handlers crash on unknown ids.
        """,
        Block([
            F("SURNAME-SQLI", "blocker", "security", "SQL injection in record search via surname parameter",
              "Use a bound parameter for the LIKE pattern.", conf=0.95),
            F("SORT-SQLI", "major", "security", "SQL injection in ORDER BY clause",
              "Allow-list sortable columns.", conf=0.85),
            F("SCAN-TRAVERSAL", "blocker", "security", "Directory traversal when serving census scans",
              "Normalize and verify the path.", conf=0.9),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML loader allows object instantiation",
              "Use yaml.safe_load.", conf=0.9),
            F("CHART-SHELL-INJECTION", "blocker", "security", "OS command injection in chart endpoint",
              "Use an argument list and validate the format.", conf=0.9),
            F("MEMBER-KEY-FAILS-OPEN", "major", "security", "Member authentication bypassed when key not configured",
              "Deny all requests if MEMBER_KEY is empty.", conf=0.85),
            F("SHOW-REQUEST-IDOR", "major", "security", "Missing authorization check on request details",
              "Restrict to the owning member.", conf=0.8),
            F("CANCEL-REFUND-TWICE", "major", "correctness", "Refund can be issued multiple times",
              "Only allow cancelling open requests.", conf=0.8),
            F("CANCEL-MISSING-ROW", "minor", "correctness", "Cancel crashes when the request does not exist",
              "Return 404 when the row is None.", conf=0.7),
            F("REQ-HOURS-NONPOSITIVE", "major", "correctness", "Research hours not validated for a minimum",
              "Require hours >= 1.", conf=0.8),
            F("REQ-DISCOUNT-UNCHECKED", "major", "correctness", "Discount accepted from request body",
              "Compute the discount server-side.", conf=0.85),
            F("FREE-LOOKUP-EXTRA", "minor", "correctness", "Free lookup allowance off by one",
              "Compare with < instead of <=.", d=-1, conf=0.7),
            F("LOOKUP-COUNT-RACE", "major", "concurrency", "Non-atomic increment of lookup counter",
              "Use the existing lock.", d=+1, conf=0.75),
            F("VARIANTS-CACHE-RACE", "minor", "concurrency", "Cache stampede on surname variants",
              "Serialize cache misses per key.", d=+1, conf=0.6),
            F("NEXT-CENSUS-LAST-YEAR", "major", "correctness", "IndexError for records from the last census year",
              "Check idx before indexing.", d=-1, conf=0.8),
            F("DESK-SIZE-NEGATIVE", "minor", "performance", "Negative page size disables the LIMIT",
              "Clamp size to at least 1.", conf=0.7),
            F("DESK-PAGE-SKIPS-FIRST", "minor", "correctness", "Off-by-one in desk pagination offset",
              "Use (page - 1) * size.", d=-1, conf=0.8),
        ], wrap="object+summary", summary="17 issues: 5 blocker, 8 major, 4 minor"),
    ]),
}

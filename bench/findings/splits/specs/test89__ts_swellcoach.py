"""test89/ts-swellcoach: a surf school's lesson slots and board hire (TypeScript, Express 4 + pg). Labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or truth (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test89 (score once, never tune): seeded problems in a surf school's lesson, board-hire and "
    "waiver service; five agents' answers written by hand."
)

S = "src/server.ts"

PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'process.env.JWT_SECRET || "swellcoach-dev-secret"', "security",
                             "hard-coded fallback JWT secret: with JWT_SECRET unset anyone can mint tokens"),
    "SLOTS-LEVEL-SQLI": P(S, "AND level = '${level}'", "security",
                          "level query value interpolated into the slots SQL: injection", "source-vs-sink"),
    "BOOK-PARTY-UNCHECKED": P(S, "const party = Number(req.body.party ?? 1);", "bug",
                              "party size not validated: 0, negative or NaN parties pass the capacity check"),
    "BOOK-LAST-PLACE": P(S, "if (lesson.booked + party < lesson.capacity) {", "bug",
                         "< instead of <=: the last place of every lesson can never be booked", "off-by-one"),
    "BOOK-OVERSELL": P(S, 'await pool.query("UPDATE lessons SET booked = $1 WHERE id = $2"', "bug",
                       "capacity read, checked and written back as an absolute value across awaits without a "
                       "transaction or row lock: concurrent bookings oversell a lesson and lose counts",
                       "critical-section"),
    "BOOKING-IDOR": P(S, '"SELECT b.*, s.name, s.phone, s.medical FROM bookings b', "security",
                      "any logged-in student reads any booking with the student's phone and medical notes",
                      "signature-vs-statement"),
    "CANCEL-NO-OWNER": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);', "security",
                         "cancel does not check that the booking belongs to the caller"),
    "CANCEL-NOT-ATOMIC": P(S, "UPDATE lessons SET booked = booked - $1 WHERE id = $2", "bug",
                           "delete, seat release and credit are separate statements outside a transaction"),
    "CANCEL-CREDIT-TO-CALLER": P(S, "[req.user!.id, b.party * LESSON_PRICE]", "security",
                                 "cancellation credit goes to the caller, not the booking's student: cancel "
                                 "someone else's lesson and pocket the credit"),
    "STUDENT-PATCH-KEYS-SQLI": P(S, "UPDATE students SET ${sets} WHERE id = $1", "security",
                                 "request body keys become column names in the UPDATE: SQL injection / any column",
                                 "source-vs-sink"),
    "STUDENT-PATCH-ANY-ID": P(S, "UPDATE students SET ${sets} WHERE id = $1", "security",
                              "PATCH /students/:id never compares :id with the caller: edit any student",
                              "signature-vs-statement"),
    "HIRE-RACE": P(S, "INSERT INTO hires (student_id, size, started_at, deposit)", "bug",
                   "board availability checked before an await and incremented after it: concurrent hires "
                   "take more boards than the fleet has", "critical-section"),
    "HIRE-COUNT-IN-MEMORY": P(S, "boardsOut[size] += 1;", "bug",
                              "boards out counted only in process memory: lost on restart, wrong with two instances"),
    "HIRE-HOURS-FLOOR": P(S, "const hours = Math.floor(", "bug",
                          "HIRE_RATE is per started hour but hours are floored: the first hour (and every "
                          "part hour) is free", "off-by-one"),
    "HIRE-REFUND-NEGATIVE": P(S, "const refund = hire.deposit - charge;", "bug",
                              "long hires make the refund negative and it is still recorded as a refund"),
    "HIRE-RETURN-TWICE": P(S, "UPDATE hires SET returned_at = now(), charge = $1", "bug",
                           "returned_at never checked: a second return refunds again and decrements boardsOut again"),
    "WAIVER-PATH-TRAVERSAL": P(S, "await fs.promises.rename(req.file!.path, target);", "security",
                               "student body field joined into the waiver path: ../ moves the upload anywhere",
                               "source-vs-sink"),
    "WAIVER-OTHER-STUDENT": P(S, "UPDATE students SET waiver = $1 WHERE id = $2", "security",
                              "waiver filed for the student named in the body, not the caller"),
    "CAM-SSRF": P(S, "const r = await fetch(src);", "security",
                  "unauthenticated proxy fetches any URL from the src query value (SSRF)", "source-vs-sink"),
    "RECEIPT-DUP-NUMBER": P(S, "const no = rows[0].last + 1;", "bug",
                            "receipt number from max(no)+1 then insert: concurrent receipts get the same number",
                            "critical-section"),
    "RECEIPT-AMOUNT-UNCHECKED": P(S, "[no, req.body.hireId, req.body.amount]", "bug",
                                  "receipt amount and hire id taken from the body unchecked"),
    "VOUCHER-USED-IGNORED": P(S, "UPDATE vouchers SET used = true WHERE id = $1", "bug",
                              "used flag selected but never checked: a voucher can be redeemed again and again"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler sends stack traces to clients"),
}

CONFUSABLE = [
    ("BOOK-PARTY-UNCHECKED", "BOOK-LAST-PLACE"),
    ("BOOK-LAST-PLACE", "BOOK-OVERSELL"),
    ("BOOK-PARTY-UNCHECKED", "BOOK-OVERSELL"),
    ("CANCEL-NO-OWNER", "CANCEL-NOT-ATOMIC"),
    ("CANCEL-NO-OWNER", "CANCEL-CREDIT-TO-CALLER"),
    ("CANCEL-NOT-ATOMIC", "CANCEL-CREDIT-TO-CALLER"),
    ("STUDENT-PATCH-KEYS-SQLI", "STUDENT-PATCH-ANY-ID"),
    ("HIRE-RACE", "HIRE-COUNT-IN-MEMORY"),
    ("HIRE-HOURS-FLOOR", "HIRE-REFUND-NEGATIVE"),
    ("HIRE-REFUND-NEGATIVE", "HIRE-RETURN-TWICE"),
    ("HIRE-HOURS-FLOOR", "HIRE-RETURN-TWICE"),
    ("WAIVER-PATH-TRAVERSAL", "WAIVER-OTHER-STUDENT"),
    ("RECEIPT-DUP-NUMBER", "RECEIPT-AMOUNT-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express 4 app for the surf school. Authentication itself is done carefully
        (`jwt.verify` pins HS256, `staffOnly` rejects a missing header and filters empty keys, `instructorOnly`
        checks the role, the roster query binds its day, `/lessons` clamps `page` and `per`, and reminders go
        through `execFile` with an argument array and a timeout). The problems are in what authenticated users
        are allowed to touch, and in the bookkeeping around lessons and boards:

        1. Two SQL injections (`/slots`, `PATCH /students/:id`) and a path traversal in `/waivers`.
        2. Missing ownership checks on bookings, cancellations, student records and waivers.
        3. Lesson capacity, board availability and receipt numbers are check-then-act across `await`s.
        4. Hire charging and refunds are wrong at the edges (rounding, negative refunds, double returns).
        5. An open URL-fetching proxy, a default JWT secret, and stack traces in error responses.
        """,
        Block([
            F("SLOTS-LEVEL-SQLI", "critical", "security", "`level` is interpolated into the `/slots` query",
              "Bind it: `... AND level = $2` with `[day, level]`.", symbol="GET /slots", conf=0.95),
            F("STUDENT-PATCH-KEYS-SQLI", "critical", "security", "Body keys are used as column names in `PATCH /students/:id`",
              "Allow-list the editable columns (`name`, `phone`, `medical`) and build the SET clause only from those.",
              symbol="PATCH /students/:id", conf=0.9),
            F("STUDENT-PATCH-ANY-ID", "high", "security", "Students can edit other students' records",
              "Require `req.params.id == req.user.id` unless the caller is an instructor.", symbol="PATCH /students/:id", conf=0.85),
            F("WAIVER-PATH-TRAVERSAL", "high", "security", "`student` from the form body controls the waiver path",
              "Use the numeric `req.user.id` for the file name and verify the result stays under `WAIVER_DIR`.",
              symbol="POST /waivers", conf=0.85),
            F("WAIVER-OTHER-STUDENT", "medium", "security", "Waivers can be filed against another student",
              "Use `req.user.id`, not `req.body.student`, in the UPDATE.", symbol="POST /waivers", conf=0.75),
            F("BOOKING-IDOR", "high", "security", "Any student can read any booking, including medical notes",
              "Add `AND b.student_id = $2` (instructors excepted) and return 404 otherwise.",
              symbol="GET /bookings/:id", conf=0.9),
            F("CANCEL-NO-OWNER", "high", "security", "Bookings can be cancelled by anyone logged in",
              "Select the booking with `AND b.student_id = $2` before deleting it.", symbol="POST /bookings/:id/cancel", conf=0.85),
            F("CANCEL-CREDIT-TO-CALLER", "medium", "security", "Cancellation credit is paid to the caller",
              "Credit `b.student_id`; together with the missing owner check a student can cancel someone else's lesson and collect the credit.",
              symbol="POST /bookings/:id/cancel", conf=0.8),
            F("CAM-SSRF", "high", "security", "`/cams/still` fetches arbitrary URLs",
              "Map a camera name to a fixed URL server-side; never fetch `req.query.src`.", symbol="GET /cams/still", conf=0.85),
            F("JWT-SECRET-FALLBACK", "high", "security", "Default JWT secret when `JWT_SECRET` is unset",
              "Refuse to start without `JWT_SECRET`.", conf=0.85),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack traces are returned in 500 responses",
              "Log `err` and send `{ error: \"internal error\" }`.", conf=0.8),
        ]),
        "Bookkeeping and correctness:",
        Block([
            F("BOOK-OVERSELL", "high", "bug", "Lesson capacity check and update race",
              "One statement: `UPDATE lessons SET booked = booked + $1 WHERE id = $2 AND booked + $1 <= capacity RETURNING booked`, then insert the booking in the same transaction.",
              n=2, symbol="POST /bookings", conf=0.85),
            F("BOOK-LAST-PLACE", "medium", "bug", "Last place in a lesson cannot be booked",
              "Use `<=`: with capacity 8 and 7 booked, a party of 1 is refused.", symbol="POST /bookings", conf=0.85),
            F("BOOK-PARTY-UNCHECKED", "medium", "bug", "`party` is not validated",
              "Require an integer between 1 and the lesson's remaining places; `party: -3` frees places.", symbol="POST /bookings", conf=0.8),
            F("CANCEL-NOT-ATOMIC", "low", "bug", "Cancellation spans three statements without a transaction",
              "Wrap delete, seat release and credit in `BEGIN`/`COMMIT` on one client.", symbol="POST /bookings/:id/cancel", conf=0.6),
            F("HIRE-RACE", "high", "bug", "Board availability is checked before an `await` and counted after it",
              "Count open hires in the database (`SELECT count(*) ... WHERE returned_at IS NULL FOR UPDATE`) inside a transaction.",
              symbol="POST /hire", conf=0.8),
            F("HIRE-HOURS-FLOOR", "medium", "bug", "Hire hours are rounded down although the rate is per started hour",
              "`Math.ceil(...)`, with a minimum of 1.", symbol="POST /hire/:id/return", conf=0.85),
            F("HIRE-REFUND-NEGATIVE", "medium", "bug", "Refund can go negative",
              "Refund `Math.max(0, deposit - charge)` and bill the remainder separately.", symbol="POST /hire/:id/return", conf=0.75),
            F("HIRE-RETURN-TWICE", "medium", "bug", "A hire can be returned twice",
              "`UPDATE ... WHERE id = $2 AND returned_at IS NULL` and stop if no row changed.", symbol="POST /hire/:id/return", conf=0.8),
            F("RECEIPT-DUP-NUMBER", "medium", "bug", "Receipt numbers are allocated with max()+1",
              "Use a sequence (`nextval('receipt_no')`) or a unique constraint with retry.", d=-1, n=2, symbol="POST /receipts", conf=0.8),
            F("VOUCHER-USED-IGNORED", "high", "bug", "Vouchers can be redeemed more than once",
              "`UPDATE vouchers SET used = true WHERE id = $1 AND NOT used RETURNING value` and credit only when a row comes back.",
              symbol="POST /vouchers/redeem", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SLOTS-LEVEL-SQLI", "critical", "security", "SQL injection: req.query.level in /slots", "parameterize.", d=-2),
            F("STUDENT-PATCH-KEYS-SQLI", "critical", "security", "PATCH /students: Object.keys(req.body) -> SQL", "column allow-list.", d=-2),
            F("STUDENT-PATCH-ANY-ID", "high", "security", "PATCH /students/:id has no owner check", "id must equal req.user.id.", d=-3),
            F("WAIVER-PATH-TRAVERSAL", "high", "security", "Path traversal via req.body.student in /waivers", "use req.user.id.", d=-2),
            F("BOOKING-IDOR", "high", "security", "GET /bookings/:id: IDOR exposing phone/medical", "filter by student_id.", d=-2),
            F("CANCEL-NO-OWNER", "high", "security", "cancel: any user can cancel any booking", "check owner."),
            F("CAM-SSRF", "high", "security", "SSRF in /cams/still (src)", "fixed camera map.", d=-1),
            F("BOOK-OVERSELL", "high", "bug", "POST /bookings: capacity check/update not atomic", "conditional UPDATE.", d=-1),
            F("BOOK-LAST-PLACE", "medium", "bug", "Capacity check uses < (last seat unbookable)", "<=."),
            F("HIRE-HOURS-FLOOR", "medium", "bug", "Hire charge floors hours", "Math.ceil.", d=1),
            F("HIRE-RETURN-TWICE", "medium", "bug", "Return endpoint not idempotent (double refund)", "require returned_at IS NULL."),
            F("RECEIPT-AMOUNT-UNCHECKED", "low", "bug", "Receipt amount/hireId unvalidated", "validate; look the hire up."),
            F("VOUCHER-USED-IGNORED", "high", "bug", "Voucher reuse: used never checked", "AND NOT used."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Swell Coach surf school backend (`src/server.ts`). It is an Express
        application backed by PostgreSQL that handles lesson bookings, board hire, waivers, receipts and vouchers.

        ## Security

        Several endpoints build SQL or file paths from request data, and a number of endpoints authenticate the
        user but never check that the record being accessed belongs to them.
        """,
        Block([
            F("SLOTS-LEVEL-SQLI", "Critical", "SQL Injection", "SQL Injection in Lesson Slot Search",
              "Use a bound parameter for `level`.", sd=-2, n=3,
              desc="The `level` query parameter is inserted into the SQL text with a template literal."),
            F("STUDENT-PATCH-KEYS-SQLI", "Critical", "SQL Injection", "SQL Injection Through Dynamic Column Names",
              "Only allow a fixed list of updatable fields.", sd=-2, n=3),
            F("WAIVER-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Waiver Upload",
              "Do not use client-supplied values in file paths.", sd=-2, n=3,
              desc="`req.body.student` is joined to `WAIVER_DIR`, so `../../` escapes the waiver directory when the file is moved."),
            F("BOOKING-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Verify that the booking belongs to the authenticated user.", sd=-1, n=3,
              desc="Bookings are fetched only by id; the response includes the student's phone number and medical information."),
            F("CANCEL-NO-OWNER", "High", "Broken Access Control", "Missing Authorization on Booking Cancellation",
              "Check ownership before deleting.", sd=-2, n=3),
            F("CAM-SSRF", "High", "Server-Side Request Forgery", "Server-Side Request Forgery in Camera Proxy",
              "Restrict the proxy to known camera URLs.", sd=-2, n=3),
            F("JWT-SECRET-FALLBACK", "High", "Hardcoded Credentials", "Hardcoded JWT Secret Fallback",
              "Require the secret to be configured.", sd=-1, n=3),
            F("ERROR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Trace Disclosure",
              "Remove the stack from error responses.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Reliability

        The remaining problems concern concurrent requests and the money flows around board hire.
        """,
        Block([
            F("BOOK-OVERSELL", "High", "Race Condition", "Race Condition in Lesson Booking",
              "Use an atomic conditional update in a transaction.", d=1, sd=-1, n=3,
              desc="Between reading `booked` and writing `lesson.booked + party`, another request can book the same lesson; the absolute write also discards its update."),
            F("BOOK-LAST-PLACE", "Medium", "Logic Error", "Capacity Comparison Excludes Final Place",
              "Compare with `<=`.", sd=-2, n=3),
            F("HIRE-RACE", "Medium", "Race Condition", "Board Inventory Race Condition",
              "Track availability in the database inside a transaction.", d=1, sd=-1, n=3),
            U({"severity": "Low", "category": "Maintainability", "description": "The whole API lives in one file; consider routers per resource."}),
            F("HIRE-REFUND-NEGATIVE", "Medium", "Logic Error", "Negative Deposit Refunds",
              "Clamp the refund at zero.", sd=-2, n=3),
            F("RECEIPT-DUP-NUMBER", "Medium", "Race Condition", "Duplicate Receipt Numbers Under Concurrency",
              "Use a database sequence.", d=-1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SLOTS-LEVEL-SQLI", "critical", "security", "sql injection via level in /slots", "use $2"),
            F("WAIVER-PATH-TRAVERSAL", "high", "security", "waiver path built from body.student", "use user id"),
            F("CANCEL-NO-OWNER", "high", "security", "cancel booking without owner check", "filter by student_id"),
            F("STUDENT-PATCH-ANY-ID", "high", "security", "patch any student by id", "check req.user.id"),
            F("BOOK-OVERSELL", "high", "bug", "lesson overbooking race", "atomic update"),
            F("HIRE-COUNT-IN-MEMORY", "medium", "", "boardsOut only in memory, lost on restart", "store in db"),
            F("HIRE-HOURS-FLOOR", "low", "bug", "hire hours rounded down", "ceil"),
            F("VOUCHER-USED-IGNORED", "high", "bug", "voucher can be reused", "check used"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        The surf school API (`src/server.ts`) has 15 issues worth fixing:

        1. SQL injection in two places.
        2. Broken access control on bookings, student records and waivers.
        3. Path traversal in waiver uploads.
        4. Race conditions in booking, board hire and receipt numbering.
        5. Hard-coded secret and stack-trace disclosure.
        """,
        Block([
            F("SLOTS-LEVEL-SQLI", "blocker", "security", "SQL injection via level parameter",
              "Use parameterized queries.", conf=0.95),
            F("STUDENT-PATCH-KEYS-SQLI", "blocker", "security", "Column names taken from request body keys",
              "Whitelist allowed fields.", conf=0.85),
            F("WAIVER-PATH-TRAVERSAL", "major", "security", "Waiver filename derived from user input",
              "Sanitise the student value.", d=-1, conf=0.8),
            F("WAIVER-OTHER-STUDENT", "minor", "security", "Waiver can be recorded for another student",
              "Use the authenticated user id.", conf=0.6),
            F("BOOKING-IDOR", "major", "security", "Booking lookup lacks authorization",
              "Restrict to the owner.", d=-2, conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Cancellation lacks ownership check",
              "Verify owner.", conf=0.8),
            F("CANCEL-CREDIT-TO-CALLER", "major", "security", "Refund credit issued to the wrong student",
              "Credit the booking's student.", conf=0.7),
            F("BOOK-PARTY-UNCHECKED", "minor", "correctness", "Party size not validated",
              "Validate party as a positive integer.", conf=0.7),
            F("BOOK-LAST-PLACE", "major", "correctness", "Off-by-one in lesson capacity check",
              "Use <= instead of <.", d=1, conf=0.75),
            F("HIRE-RACE", "major", "concurrency", "Board availability race condition",
              "Use a transaction or a lock.", d=-1, conf=0.75),
            F("HIRE-RETURN-TWICE", "major", "correctness", "Hire can be returned multiple times",
              "Check returned_at before updating.", conf=0.75),
            F("RECEIPT-DUP-NUMBER", "major", "concurrency", "Receipt number generation is not concurrency-safe",
              "Use a sequence.", d=1, conf=0.8),
            F("VOUCHER-USED-IGNORED", "major", "correctness", "Voucher used flag ignored",
              "Reject used vouchers.", conf=0.85),
            F("JWT-SECRET-FALLBACK", "major", "security", "Hard-coded JWT secret fallback",
              "Fail if JWT_SECRET is missing.", conf=0.85),
            F("ERROR-STACK-LEAK", "minor", "security", "Error handler leaks stack traces",
              "Hide stack traces in production.", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 10 major, 3 minor"),
    ]),
}

"""test115/ts-yogamats: a yoga studio's class passes, mat rentals and instructor cover (TypeScript, Express 4 + pg).

Frozen test split test115 (issue 15, written 2026-12-07 for round 59) by a helper session that had not seen the
merger code, any score, or any other split's answers or specs (apart from specs/tune2__py_snapctl.py, for the
format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test115: seeded problems in a small yoga-studio desk service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE": P(S, "return jwt.decode(token) as Member;", "security", "jwt.decode does not verify the signature: any forged token is accepted", "signature-vs-statement"),
    "NULL-MEMBER-CRASH": P(S, "return jwt.decode(token) as Member;", "bug", "no or malformed token gives null; every handler then throws on me.id (500, not 401); one agent"),
    "STYLE-SQLI": P(S, "AND style ILIKE '%${style}%'", "security", "style query value interpolated into the /classes SQL", "source-vs-sink"),
    "WEEK-EIGHT-DAYS": P(S, "for (let d = 0; d <= 7; d++) {", "bug", "d <= 7 builds eight days: the week view shows next week's first day too", "off-by-one"),
    "PRICE-FROM-CLIENT": P(S, "const { size, pricePence } = req.body;", "security", "the pass price is taken from the request body: a member pays what they like"),
    "UNKNOWN-PASS-SIZE": P(S, "const classes = PASS_SIZES[size];", "bug", "an unknown size gives undefined classes: the card is charged and a pass with NULL classes stored"),
    "PASS-ZERO-OBO": P(S, "if (!pass || pass.classes_left < 0) {", "bug", "< 0 instead of < 1: a pass with no classes left still books (goes to -1)", "off-by-one"),
    "EXPIRED-PASS-ACCEPTED": P(S, "if (!pass || pass.classes_left < 0) {", "bug", "expires_at is selected but never checked: an expired pass still books"),
    "OVERBOOK-RACE": P(S, 'await pool.query("UPDATE classes SET booked = booked + 1 WHERE id = $1", [classId]);', "bug", "capacity read, then incremented in a separate statement: concurrent bookings overfill the class", "critical-section"),
    "NO-TRANSACTION": P(S, 'await pool.query("UPDATE passes SET classes_left = classes_left - 1 WHERE id = $1", [pass.id]);', "bug", "class seat, pass debit and booking insert are separate statements, no transaction: a failure leaves them inconsistent"),
    "CANCEL-IDOR": P(S, 'const b = (await pool.query("SELECT id, class_id, pass_id FROM bookings WHERE id = $1", [req.params.id])).rows[0];', "security", "cancel loads any booking by id without checking it belongs to the caller", "signature-vs-statement"),
    "REFUND-NO-CUTOFF": P(S, 'await pool.query("UPDATE passes SET classes_left = classes_left + 1 WHERE id = $1", [b.pass_id]);', "bug", "the class is credited back even after the class has started or taken place; one agent"),
    "BOOKED-NOT-DECREMENTED": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);', "bug", "cancelling never decrements classes.booked: cancelled seats stay taken"),
    "MAT-RACE": P(S, "await chargeCard(me.id, MAT_FEE_PENCE);", "bug", "mats.free checked, then an await, then decremented: concurrent rentals drive it below zero", "critical-section"),
    "COVER-REQ-NOT-INSTRUCTOR": P(S, 'const cls = (await pool.query("SELECT instructor_id, starts_at FROM classes WHERE id = $1", [classId])).rows[0];', "security", "any member can file a cover request for any class: instructor_id is selected but never compared"),
    "COVER-REQ-UNKNOWN-CLASS": P(S, 'const cls = (await pool.query("SELECT instructor_id, starts_at FROM classes WHERE id = $1", [classId])).rows[0];', "bug", "an unknown classId leaves cls undefined and the handler throws; one agent"),
    "COVER-SHELL-NOTE": P(S, "exec(`notify-cover --instructor", "security", "the note from the body is put in a shell command line (double quotes do not stop $() or \")", "source-vs-sink"),
    "COVER-SHELL-IDS": P(S, "exec(`notify-cover --instructor", "security", "instructorId and classId from the body are put unquoted in the same shell command line", "source-vs-sink"),
    "COVER-PAGE-OBO": P(S, "res.json(rows.slice((page - 1) * size, page * size - 1));", "bug", "slice end is exclusive: page * size - 1 drops the last request of every page", "off-by-one"),
    "COVER-INMEMORY-PAGING": P(S, 'const { rows } = await pool.query("SELECT id, class_id, reason, needed_at FROM cover_requests ORDER BY needed_at");', "performance", "every cover request is loaded and paged in memory instead of LIMIT/OFFSET"),
    "XSS-BIO": P(S, "<p>${i.bio}</p>", "security", "instructor bio rendered into HTML unescaped (the name is escaped)"),
    "INSTRUCTOR-PHONE-PUBLIC": P(S, "<p>${i.bio}</p>", "security", "instructor's personal mobile number on a public, unauthenticated page"),
    "WAIVER-TRAVERSAL": P(S, "res.sendFile(path.join(WAIVER_DIR, req.params.file));", "security", "decoded :file (..%2F) joined to WAIVER_DIR: any file readable", "signature-vs-statement"),
    "WAIVER-NO-AUTH": P(S, 'app.get("/waivers/:file", (req: Request, res: Response) => {', "security", "signed health waivers served with no authentication at all"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("JWT-DECODE", "NULL-MEMBER-CRASH"),
    ("PRICE-FROM-CLIENT", "UNKNOWN-PASS-SIZE"),
    ("PASS-ZERO-OBO", "EXPIRED-PASS-ACCEPTED"),
    ("OVERBOOK-RACE", "NO-TRANSACTION"),
    ("CANCEL-IDOR", "REFUND-NO-CUTOFF"),
    ("REFUND-NO-CUTOFF", "BOOKED-NOT-DECREMENTED"),
    ("CANCEL-IDOR", "BOOKED-NOT-DECREMENTED"),
    ("COVER-REQ-NOT-INSTRUCTOR", "COVER-REQ-UNKNOWN-CLASS"),
    ("COVER-SHELL-NOTE", "COVER-SHELL-IDS"),
    ("COVER-PAGE-OBO", "COVER-INMEMORY-PAGING"),
    ("XSS-BIO", "INSTRUCTOR-PHONE-PUBLIC"),
    ("WAIVER-TRAVERSAL", "WAIVER-NO-AUTH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole Lotus Loft desk. The staff middleware is solid (`staffOnly` fails closed,
        checks the length and uses `crypto.timingSafeEqual`) and `/me/passes` is a good model: bound parameter,
        owner filter, expiry filter. Most other routes miss one of those three.

        1. **Identity is not verified**: `currentMember` uses `jwt.decode`, so every member route trusts a forged token.
        2. **Injection**: `style` in SQL, the cover note and ids in a shell command.
        3. **Money and seats**: client-chosen pass price, a pass with 0 classes still books, overbooking races,
           no transaction around seat + pass + booking.
        4. **Exposure**: waivers served without auth and open to traversal, unescaped bio, stack traces.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`currentMember` decodes the JWT without verifying it",
              "Use `jwt.verify(token, SECRET, { algorithms: ['HS256'] })` and answer 401 on failure.",
              symbol="currentMember", conf=0.95),
            F("NULL-MEMBER-CRASH", "medium", "bug", "Missing or malformed token makes `currentMember` return `null`",
              "Every handler then throws on `me.id` (500 via the error handler). Return 401 from a middleware instead.",
              symbol="currentMember", conf=0.7),
            F("STYLE-SQLI", "critical", "security", "SQL injection through `style` in `GET /classes`",
              "Bind it: `style ILIKE $2` with `'%' + style + '%'` as a parameter.", symbol="GET /classes", conf=0.9),
            F("COVER-SHELL-NOTE", "high", "security", "Cover `note` is interpolated into a shell command",
              "Use `execFile('notify-cover', ['--instructor', String(id), '--class', String(classId), '--note', note])`.",
              symbol="POST /cover", conf=0.85),
            F("COVER-SHELL-IDS", "medium", "security", "`instructorId`/`classId` also reach the shell unquoted",
              "Validate both as integers; `execFile` removes the shell entirely.", symbol="POST /cover", conf=0.75),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal in `GET /waivers/:file`",
              "Express decodes `%2F`; use `res.sendFile(file, { root: WAIVER_DIR })` and reject names with `/` or `..`.",
              symbol="GET /waivers/:file", conf=0.85),
            F("XSS-BIO", "high", "security", "Instructor bio is rendered without escaping",
              "Apply `escapeHtml` to `i.bio` as to `i.name`.", symbol="GET /instructors/:id/card", conf=0.85),
            F("INSTRUCTOR-PHONE-PUBLIC", "medium", "security", "Public instructor card shows the personal mobile number",
              "Show a studio contact instead.", symbol="GET /instructors/:id/card", conf=0.65),
            F("STACK-LEAK", "medium", "security", "Error handler returns stack traces to clients",
              "Log the error; answer `{ error: 'internal error' }`.", conf=0.8),
        ]),
        "Correctness, money and concurrency:",
        Block([
            F("PRICE-FROM-CLIENT", "critical", "security", "Pass price comes from the request body",
              "Look the price up server-side from `size`.", symbol="POST /passes", conf=0.9),
            F("PASS-ZERO-OBO", "high", "bug", "Off-by-one: a pass with 0 classes left can still book",
              "`pass.classes_left < 1`.", symbol="POST /classes/:id/book", conf=0.85),
            F("EXPIRED-PASS-ACCEPTED", "medium", "bug", "Pass expiry is fetched but never enforced",
              "Add `AND expires_at > now() AND classes_left > 0` to the query, as `/me/passes` does.",
              d=-2, symbol="POST /classes/:id/book", conf=0.75),
            F("OVERBOOK-RACE", "high", "bug", "Capacity check and seat increment are not atomic",
              "`UPDATE classes SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING id` and treat 0 rows as full.",
              d=-3, symbol="POST /classes/:id/book", conf=0.8),
            F("NO-TRANSACTION", "medium", "bug", "Seat, pass debit and booking insert are not in one transaction",
              "Use a client from the pool with `BEGIN`/`COMMIT`/`ROLLBACK`.", symbol="POST /classes/:id/book", conf=0.7),
            F("CANCEL-IDOR", "high", "security", "Any member can cancel any booking",
              "Add `AND member_id = $2` with `me.id` and return 404 otherwise.", symbol="DELETE /bookings/:id", conf=0.85),
            F("BOOKED-NOT-DECREMENTED", "medium", "bug", "Cancelling does not release the seat",
              "Decrement `classes.booked` in the same transaction.", symbol="DELETE /bookings/:id", conf=0.75),
            F("MAT-RACE", "medium", "bug", "Mat availability is checked before an `await` and decremented after it",
              "Decrement first (reserve), then charge, and give the mat back if the charge fails.",
              d=-1, n=2, symbol="POST /mats/rent", conf=0.75),
            F("WEEK-EIGHT-DAYS", "low", "bug", "`/week` returns eight days",
              "`d < 7`.", symbol="GET /week", conf=0.8),
            F("COVER-REQ-NOT-INSTRUCTOR", "medium", "security", "Any member can request cover for any class",
              "Compare `cls.instructor_id` with `me.id` (404/403 otherwise).", symbol="POST /cover/requests", conf=0.7),
            F("COVER-PAGE-OBO", "low", "bug", "Cover request paging drops the last item of each page",
              "`slice((page - 1) * size, page * size)`; better, page in SQL.", symbol="GET /cover/requests", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "Auth bypass: JWT decoded, never verified", "jwt.verify", d=-2),
            F("STYLE-SQLI", "critical", "security", "SQLi via req.query.style", "parameterize", d=-2),
            F("COVER-SHELL-NOTE", "high", "security", "Command injection via cover note", "execFile + args", d=-2),
            F("PRICE-FROM-CLIENT", "high", "security", "Client controls pass price", "server-side price table"),
            F("CANCEL-IDOR", "high", "security", "DELETE /bookings/:id lacks ownership check", "scope by member_id", d=-2),
            F("WAIVER-TRAVERSAL", "high", "security", "sendFile path traversal on waivers", "root option"),
            F("PASS-ZERO-OBO", "medium", "bug", "classes_left < 0 should be < 1", "fix comparison"),
            F("OVERBOOK-RACE", "medium", "bug", "Race: concurrent bookings exceed capacity", "conditional UPDATE"),
            F("NO-TRANSACTION", "medium", "bug", "Multi-statement booking without transaction", "BEGIN/COMMIT"),
            F("MAT-RACE", "medium", "bug", "mats.free race across await", "reserve before await"),
            F("COVER-REQ-UNKNOWN-CLASS", "low", "bug", "POST /cover/requests crashes on unknown classId", "404 when no row"),
            F("COVER-PAGE-OBO", "low", "bug", "Pagination slice end off by one", "page * size"),
            F("XSS-BIO", "medium", "security", "Unescaped bio in instructor card", "escapeHtml"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Lotus Loft yoga studio backend. It is an Express application using
        PostgreSQL that manages class passes, class bookings, mat rentals and instructor cover.

        ### Critical Security Issues

        The most important problem is that member authentication can be bypassed entirely, because tokens are
        decoded rather than verified. There are also SQL and command injection vulnerabilities.
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with the secret and an explicit algorithm list.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; an attacker can craft a token for any member id."),
            F("STYLE-SQLI", "Critical", "SQL Injection", "SQL Injection in Class Search",
              "Use parameterized queries for the `style` filter.", sd=-2, n=3),
            F("COVER-SHELL-NOTE", "High", "Command Injection", "Command Injection in Cover Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("COVER-SHELL-IDS", "High", "Command Injection", "Unvalidated Instructor and Class IDs Passed to Shell",
              "Validate that the IDs are numeric.", d=-2),
            F("WAIVER-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Waiver Download",
              "Use the `root` option of `sendFile` and validate the file name.", d=-1, n=2),
            F("PRICE-FROM-CLIENT", "High", "Business Logic", "Client-Controlled Pass Price",
              "Determine the price on the server.", sd=-2, n=3),
            F("XSS-BIO", "Medium", "Cross-Site Scripting", "Stored XSS in Instructor Card",
              "Escape the bio before rendering.", sd=-2, n=3),
            F("INSTRUCTOR-PHONE-PUBLIC", "Medium", "Information Disclosure", "Instructor Mobile Numbers Exposed Publicly",
              "Do not render personal phone numbers on public pages."),
            F("STACK-LEAK", "Low", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Return a generic error message."),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("EXPIRED-PASS-ACCEPTED", "High", "Logic Error", "Expired Passes Can Still Be Used",
              "Check `expires_at` before allowing a booking.", sd=-2, n=3),
            F("OVERBOOK-RACE", "High", "Race Condition", "Race Condition Allows Class Overbooking",
              "Perform the capacity check and increment in a single conditional UPDATE.", sd=-2, n=3,
              desc="Two concurrent requests can both read `booked < capacity` and both increment the counter."),
            F("MAT-RACE", "Medium", "Race Condition", "Mat Rental Counter Race Condition",
              "Decrement the counter before awaiting the payment.", sd=-1, n=3),
            U({"severity": "Info", "category": "Best Practice", "suggestion": "Consider adding request logging and rate limiting middleware."}),
            F("WEEK-EIGHT-DAYS", "Low", "Logic Error", "Week View Includes an Extra Day",
              "Use `d < 7` in the loop.", sd=-2, n=3),
            F("COVER-INMEMORY-PAGING", "Low", "Performance", "Cover Requests Paginated in Memory",
              "Use LIMIT and OFFSET in the SQL query."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode instead of jwt.verify", "verify with secret"),
            F("STYLE-SQLI", "error", "security", "sql injection in /classes style filter", "use $2 param"),
            F("COVER-SHELL-NOTE", "error", "security", "shell injection in notify-cover exec", "execFile"),
            F("WAIVER-TRAVERSAL", "error", "security", "path traversal in waiver download", "use root option"),
            F("UNKNOWN-PASS-SIZE", "warning", "", "unknown pass size -> undefined classes", "validate size"),
            F("PASS-ZERO-OBO", "warning", "bug", "pass with 0 classes left can book", "< 1"),
            F("REFUND-NO-CUTOFF", "warning", "bug", "cancel refunds the class even after it started", "check starts_at"),
            F("COVER-INMEMORY-PAGING", "warning", "performance", "cover requests loaded fully then sliced", "sql limit/offset"),
            F("STACK-LEAK", "warning", "security", "stack trace in 500 response", "drop stack"),
        ], fence="json", indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT tokens are not verified; waivers have no authentication.
        2. Injection: SQL injection in class search, command injection in cover notifications.
        3. Business logic: pass price from the client, pass balance check off by one, seats not released.
        4. Concurrency: class capacity and the mat counter can be exceeded under concurrent requests.
        5. Data exposure: unescaped instructor bio.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT token is decoded but not verified", "Use jwt.verify.", conf=0.95),
            F("STYLE-SQLI", "blocker", "security", "SQL injection via style query parameter", "Use a bind parameter.", d=-2, conf=0.9),
            F("COVER-SHELL-NOTE", "blocker", "security", "Command injection in notify-cover call", "Use execFile.", conf=0.85),
            F("PRICE-FROM-CLIENT", "major", "security", "Pass price trusted from request body", "Compute the price on the server.", conf=0.85),
            F("WAIVER-TRAVERSAL", "major", "security", "Path traversal when serving waivers", "Sanitize the file name.", conf=0.8),
            F("WAIVER-NO-AUTH", "major", "security", "Waiver files are served without authentication", "Require staff authentication.", conf=0.75),
            F("CANCEL-IDOR", "major", "security", "Booking cancellation lacks authorization check", "Verify the booking owner.", conf=0.8),
            F("PASS-ZERO-OBO", "major", "correctness", "Boundary error in remaining classes check", "Require at least one class left.", d=1, conf=0.8),
            F("OVERBOOK-RACE", "major", "concurrency", "Class can be overbooked by concurrent requests", "Use an atomic conditional update.", d=1, conf=0.75),
            F("BOOKED-NOT-DECREMENTED", "minor", "correctness", "Cancelled booking does not free the class seat", "Decrement booked.", conf=0.7),
            F("MAT-RACE", "major", "concurrency", "Race condition on the free mats counter", "Update the counter atomically before awaiting.", d=1, conf=0.7),
            F("COVER-REQ-NOT-INSTRUCTOR", "minor", "security", "Cover request not restricted to the class instructor", "Check instructor_id.", conf=0.6),
            F("COVER-PAGE-OBO", "minor", "correctness", "Off-by-one in cover request pagination", "Use page * size as the end index.", d=-1, conf=0.7),
            F("WEEK-EIGHT-DAYS", "minor", "correctness", "Week view loop produces eight days", "Use d < 7.", d=1, conf=0.7),
            F("XSS-BIO", "major", "security", "XSS in instructor card bio", "Escape the bio.", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}

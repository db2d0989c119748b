"""test34/ts-rinkdesk: an ice rink's skate hire and public session capacity desk (TypeScript, Express + pg).

Frozen test split test34; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers (only the format spec
tune2__py_snapctl.py).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test34: seeded problems in an ice rink's skate hire and session capacity desk; "
    "five agents' answers written by hand."
)

AU = "src/common.ts"
SE = "src/sessions.ts"
H = "src/hire.ts"
SV = "src/server.ts"

PROBLEMS = {
    "STAFF-TOKEN-QUERY": P(AU, 'const token = (req.headers["x-staff-token"] ?? req.query.token)', "security",
                           "staff token accepted from the query string (ends up in logs, history, Referer)"),
    "STAFF-FAIL-OPEN": P(AU, "if (token !== process.env.RINK_STAFF_TOKEN) {", "security",
                         "RINK_STAFF_TOKEN unset: undefined !== undefined is false, every request is staff"),
    "DAY-SQLI": P(SE, "WHERE day = '${day}'", "security",
                  "day query value interpolated into the sessions SQL: SQL injection", "source-vs-sink"),
    "PARTY-UNVALIDATED": P(SE, "const party = Number(req.body.party);", "bug",
                           "party not validated: NaN, 0 or negative parties pass the capacity check and shrink the count"),
    "BOOK-NO-SESSION-404": P(SE, "const session = found[0];", "bug",
                             "unknown session id: session is undefined and session.capacity throws (500, not 404)"),
    "BOOK-RACE": P(SE, "const booked = Number(rows[0].booked);", "bug",
                   "SUM then INSERT with no transaction or lock: concurrent bookings overfill the session",
                   "critical-section"),
    "CAPACITY-OBO": P(SE, "if (booked + party >= session.capacity) {", "bug",
                      ">= rejects the booking that exactly fills the session: the last place is never sold",
                      "off-by-one"),
    "ROSTER-OFFSET": P(SE, "[req.params.id, size, page * size],", "bug",
                       "page starts at 1 but OFFSET is page * size: the first 50 skaters are never listed",
                       "off-by-one"),
    "STOCK-INDEX": P(H, "return SIZE_STOCK[size];", "bug",
                     "SIZE_STOCK is indexed by size, not size - 1: wrong stock per size, size 13 reads undefined",
                     "signature-vs-statement"),
    "SIZE-UNVALIDATED": P(H, "const size = Number(req.body.size);", "bug",
                          "size not validated (0, 40, NaN): stock lookup is undefined and the hire is allowed"),
    "HIRE-RACE": P(H, "if (out >= pairsInStock(size)) {", "bug",
                   "count of pairs out then INSERT across awaits: two desks can hire the last pair", "critical-section"),
    "HIRE-CODE-WEAK": P(H, "const code = Math.random().toString(36).slice(2, 8);", "security",
                        "hire code from Math.random: guessable, and it is the only key to the unauthenticated receipt"),
    "HIRE-CODE-COLLIDE": P(H, "const code = Math.random().toString(36).slice(2, 8);", "bug",
                           "6-char code with no uniqueness check: a collision makes a return close the wrong hire"),
    "LATE-FLOOR": P(H, "const lateHours = Math.floor(lateMs / 3_600_000);", "bug",
                    "fee is per started hour but Math.floor charges nothing for the first 59 minutes", "off-by-one"),
    "REFUND-NEGATIVE": P(H, "const refund = DEPOSIT_PENCE - Math.max(0, lateHours)", "bug",
                         "refund not clamped at 0: more than 4 hours late gives a negative refund"),
    "RETURN-RACE": P(H, 'await pool.query("UPDATE hires SET returned_at = now(), refund_pence', "bug",
                     "SELECT ... returned_at IS NULL then UPDATE without the condition: a double return refunds "
                     "twice and decrements pairsOut twice", "critical-section"),
    "RECEIPT-XSS": P(H, "res.send(`<h1>Skate hire", "security",
                     "customer name from the database written into HTML unescaped: stored XSS",
                     "signature-vs-statement"),
    "WAIVER-TRAVERSAL": P(H, "res.sendFile(path.join(WAIVER_DIR, file));", "security",
                          "decoded :file param joined to WAIVER_DIR: ..%2F reads any file", "source-vs-sink"),
    "SHARPEN-SHELL": P(H, "exec(`sharpen-ctl enqueue --blade ${blade}", "security",
                       "blade body value interpolated into an exec shell string: command injection", "source-vs-sink"),
    "STATS-INDEX": P(H, "bySize.push(SIZE_STOCK[s] - Number", "bug",
                     "loop over sizes 1..13 reads SIZE_STOCK[s]: shifted by one and NaN for size 13", "off-by-one"),
    "PAIRS-OUT-DRIFT": P(H, "res.json({ pairsOut, left: bySize });", "bug",
                         "pairsOut is an in-memory counter: wrong after a restart, with several instances, or double returns"),
    "CORS-REFLECT": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security",
                      "extra, one agent: any origin reflected with credentials"),
    "ERROR-STACK": P(SV, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("STAFF-TOKEN-QUERY", "STAFF-FAIL-OPEN"),
    ("PARTY-UNVALIDATED", "BOOK-NO-SESSION-404"),
    ("BOOK-NO-SESSION-404", "BOOK-RACE"),
    ("BOOK-RACE", "CAPACITY-OBO"),
    ("SIZE-UNVALIDATED", "HIRE-RACE"),
    ("HIRE-CODE-WEAK", "HIRE-CODE-COLLIDE"),
    ("LATE-FLOOR", "REFUND-NEGATIVE"),
    ("REFUND-NEGATIVE", "RETURN-RACE"),
    ("STATS-INDEX", "PAIRS-OUT-DRIFT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/` (auth middleware, session bookings, skate hire, server setup). The manager guard is
        done right (it refuses when `RINK_MANAGER_KEY` is unset), but the staff guard is not, and several
        handlers trust request values in SQL, shell and file paths. The booking and hire flows both do a
        read-then-write over separate queries, so two desks can oversell.

        | Severity | Findings |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 8 |
        | low | 1 |
        """,
        Block([
            F("STAFF-FAIL-OPEN", "critical", "security", "Staff guard lets everyone in when `RINK_STAFF_TOKEN` is unset",
              "Fail closed as `requireManager` does: reject when the env var is empty, then compare with `timingSafeEqual`.",
              symbol="requireStaff", conf=0.9),
            F("STAFF-TOKEN-QUERY", "medium", "security", "Staff token accepted in the query string",
              "Accept the token only from the `x-staff-token` header; query strings are logged by proxies.",
              symbol="requireStaff", conf=0.8),
            F("DAY-SQLI", "critical", "security", "SQL injection through `?day=` in `GET /sessions`",
              "Pass `day` as `$1`.", d=-2, n=3, symbol="GET /sessions", conf=0.95),
            F("BOOK-RACE", "high", "bug", "Session bookings can exceed capacity under concurrent requests",
              "Do the check and insert in one transaction with `SELECT ... FOR UPDATE` on the session row.",
              d=-1, n=2, symbol="POST /sessions/:id/bookings", conf=0.85),
            F("CAPACITY-OBO", "medium", "bug", "Capacity check is off by one",
              "Use `>`: a booking that brings the session exactly to capacity should be accepted.",
              symbol="POST /sessions/:id/bookings", conf=0.8),
            F("BOOK-NO-SESSION-404", "medium", "bug", "Booking an unknown session crashes with a TypeError",
              "Return 404 when `found` is empty.", symbol="POST /sessions/:id/bookings", conf=0.8),
            F("PARTY-UNVALIDATED", "medium", "bug", "`party` is not validated",
              "Require an integer between 1 and some maximum party size; `NaN` currently passes every comparison.",
              symbol="POST /sessions/:id/bookings", conf=0.75),
            F("ROSTER-OFFSET", "medium", "bug", "Roster paging skips the first page",
              "Use `(page - 1) * size`.", symbol="GET /sessions/:id/roster", conf=0.85),
            F("STOCK-INDEX", "high", "bug", "`pairsInStock` reads the wrong rack slot",
              "The array is 0-based (`SIZE_STOCK[0]` is size 1): return `SIZE_STOCK[size - 1] ?? 0`.",
              d=-1, n=2, symbol="pairsInStock", conf=0.9),
            F("HIRE-RACE", "high", "bug", "Last pair of a size can be hired twice",
              "Reserve the pair atomically (a stock table decremented with `UPDATE ... WHERE left > 0 RETURNING`).",
              d=-1, symbol="POST /hires", conf=0.8),
            F("HIRE-CODE-WEAK", "high", "security", "Hire codes come from `Math.random()`",
              "Use `randomBytes` (already imported) and make `code` UNIQUE; the code alone opens the receipt.",
              symbol="POST /hires", conf=0.8),
            F("LATE-FLOOR", "medium", "bug", "Late fee rounds the started hour down",
              "Use `Math.ceil` to match the comment on `LATE_FEE_PER_HOUR_PENCE`.", symbol="POST /hires/:code/return",
              conf=0.75),
            F("REFUND-NEGATIVE", "medium", "bug", "Refund can go negative",
              "`Math.max(0, DEPOSIT_PENCE - fee)`.", symbol="POST /hires/:code/return", conf=0.8),
            F("RECEIPT-XSS", "high", "security", "Stored XSS in the hire receipt",
              "Escape `name` (and the other fields) before building HTML, or render with a template engine.",
              symbol="GET /hires/:code/receipt", conf=0.9),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal in `GET /waivers/:file`",
              "Use `res.sendFile(file, { root: WAIVER_DIR })` and reject names containing a separator.",
              symbol="GET /waivers/:file", conf=0.85),
            F("SHARPEN-SHELL", "critical", "security", "Command injection in the sharpening queue",
              "Use `execFile(\"sharpen-ctl\", [\"enqueue\", \"--blade\", blade, \"--station\", \"2\"])`.",
              symbol="POST /sharpening", conf=0.95),
            F("STATS-INDEX", "medium", "bug", "`/hires/stats` subtracts from the wrong size's stock",
              "Index with `s - 1`.", d=-2, n=3, symbol="GET /hires/stats", conf=0.8),
            F("ERROR-STACK", "low", "security", "Error handler sends stack traces to clients",
              "Log the stack server-side and return a generic message.", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run (no tsconfig.json in the repo). Findings:",
        Block([
            F("STAFF-FAIL-OPEN", "high", "security", "requireStaff: unset RINK_STAFF_TOKEN authorises requests with no token",
              "Reject when the env var is missing."),
            F("DAY-SQLI", "critical", "security", "SQL injection: req.query.day in GET /sessions", "Bind $1.", d=-2),
            F("BOOK-RACE", "high", "bug", "Overbooking race between SUM(party) and INSERT",
              "Transaction + row lock.", d=-1),
            F("PARTY-UNVALIDATED", "medium", "bug", "party accepts NaN/negative values", "Validate 1..20."),
            F("CAPACITY-OBO", "medium", "bug", "Off-by-one: >= capacity refuses the final place", "Use >."),
            F("SIZE-UNVALIDATED", "medium", "bug", "POST /hires accepts any size", "Check 1..13."),
            F("STOCK-INDEX", "high", "bug", "SIZE_STOCK indexed with the 1-based size", "SIZE_STOCK[size - 1].",
              d=-1),
            F("HIRE-CODE-COLLIDE", "medium", "bug", "Hire code has no uniqueness guarantee (6 base36 chars)",
              "UNIQUE constraint + retry."),
            F("RETURN-RACE", "medium", "bug", "Concurrent returns both refund: UPDATE lacks AND returned_at IS NULL",
              "Add the predicate and check rowCount."),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal via req.params.file", "sendFile root option.",
              d=-1),
            F("SHARPEN-SHELL", "critical", "security", "exec() with req.body.blade", "execFile with args.", d=-1),
            F("STATS-INDEX", "low", "bug", "stats: SIZE_STOCK[s] should be SIZE_STOCK[s - 1]", "Fix index."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `rinkdesk` service, an Express application for booking public skating
        sessions and hiring skates.

        **Security**
        """,
        Block([
            F("SHARPEN-SHELL", "CRITICAL", "Command Injection", "Command Injection in Blade Sharpening Queue",
              "Use `execFile` with an argument array.",
              desc="The `blade` value from the request body is embedded in a shell command executed with `exec`."),
            F("DAY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Session Listing",
              "Use parameterized queries.", d=-1, sd=1),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Waiver Download",
              "Validate the filename and use the `root` option of `sendFile`."),
            F("RECEIPT-XSS", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in Receipt Page",
              "HTML-encode user-supplied values.", d=-3,
              desc="The receipt handler is unauthenticated and writes the customer's name into the response as raw HTML."),
            F("STAFF-TOKEN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Authentication Token Accepted via URL",
              "Only accept the token in a header."),
            F("HIRE-CODE-WEAK", "MEDIUM", "Cryptographic Failure", "Insecure Randomness for Hire Codes",
              "Use `crypto.randomBytes`."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Restrict `origin` to the rink's own front-end."),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        **Business Logic and Reliability**
        """,
        Block([
            F("BOOK-RACE", "major", "Race Condition", "Race Condition Allows Overbooking of Sessions",
              "Wrap the capacity check and insert in a transaction.", d=1),
            F("BOOK-NO-SESSION-404", "minor", "Error Handling", "Missing Check for Nonexistent Session",
              "Return 404 when the session is not found."),
            F("HIRE-RACE", "major", "Race Condition", "Race Condition in Skate Stock Check",
              "Use a transaction with row locking.", d=-2),
            F("LATE-FLOOR", "minor", "Business Logic", "Late Fee Calculation Rounds Down",
              "Use `Math.ceil`.", d=-1, sd=0),
            F("REFUND-NEGATIVE", "major", "Business Logic", "Negative Refund Amounts Possible",
              "Clamp the refund at zero.", d=-1, sd=0),
            U({"severity": "info", "category": "style", "suggestion": "Consider splitting hire.ts into smaller modules."}),
            F("PAIRS-OUT-DRIFT", "minor", "Data Integrity", "In-Memory Counter Diverges from Database State",
              "Compute pairs out from the database.",
              desc="`pairsOut` is a module-level variable; it resets on restart and is not shared between instances."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found a few things:",
        Block([
            F("SHARPEN-SHELL", "high", "security", "shell injection in /sharpening (blade)", "use execFile"),
        ], indent=None),
        Block([
            F("STAFF-FAIL-OPEN", "high", "", "staff auth passes if env token not set", "check token is configured"),
        ], indent=None),
        Block([
            F("CAPACITY-OBO", "medium", "bug", "last place in a session cant be booked", "> not >=", d=1),
            F("LATE-FLOOR", "low", "bug", "late fee uses floor, first hour late is free", "ceil"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection: SQL in session listing, shell in sharpening, path traversal in waivers.
        2. Authentication weaknesses in the staff middleware.
        3. Concurrency: booking, hire and return flows are not atomic.
        4. Indexing errors around the skate size table.
        5. Money handling in refunds.
        """,
        Block([
            F("DAY-SQLI", "blocker", "security", "SQL injection in sessions query via day parameter",
              "Use a parameterized query.", conf=0.9),
            F("STAFF-TOKEN-QUERY", "minor", "security", "Staff token may be passed as a URL parameter",
              "Read the token from headers only.", conf=0.6),
            F("STAFF-FAIL-OPEN", "major", "security", "Missing staff token configuration disables authentication",
              "Validate configuration at startup.", d=-1, sd=0, conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Non-atomic capacity check and booking insert",
              "Use SERIALIZABLE isolation or a lock.", conf=0.7),
            F("ROSTER-OFFSET", "major", "correctness", "Off-by-one in roster pagination offset",
              "Offset should be (page - 1) * size.", d=-1, sd=0, conf=0.8),
            F("STOCK-INDEX", "major", "correctness", "Array index off by one for skate size stock",
              "Subtract 1 from size.", conf=0.8),
            F("HIRE-RACE", "major", "concurrency", "Stock check and hire insert are not atomic",
              "Lock the stock row.", d=-2, conf=0.7),
            F("HIRE-CODE-WEAK", "minor", "security", "Predictable hire code generation",
              "Use a cryptographically secure generator.", conf=0.7),
            F("REFUND-NEGATIVE", "major", "correctness", "Refund can become negative for late returns",
              "Clamp to zero.", conf=0.8),
            F("RETURN-RACE", "major", "concurrency", "Double return may issue two refunds",
              "Add returned_at IS NULL to the UPDATE.", d=1, conf=0.6),
            F("WAIVER-TRAVERSAL", "blocker", "security", "Path traversal in waiver file download",
              "Use path.basename and the root option.", conf=0.8),
            F("SHARPEN-SHELL", "blocker", "security", "Command injection in sharpening endpoint",
              "Do not use exec with interpolated strings.", conf=0.9),
            F("STATS-INDEX", "minor", "correctness", "Off-by-one in stats size loop",
              "Use SIZE_STOCK[s - 1].", d=-2, conf=0.7),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}

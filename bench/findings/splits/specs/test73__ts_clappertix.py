"""test73/ts-clappertix: a bell foundry's casting-hall tour ticket desk (TypeScript). Frozen test split; labels next to
each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test73: seeded problems in a small Express ticket desk for a bell foundry's tours; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-FALLBACK-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "bellfoundry-dev";', "security",
                             "JWT secret falls back to a hard-coded value when the variable is unset"),
    "JWT-DECODE-UNVERIFIED": P(S, "return jwt.decode(token) as Visitor | null;", "security",
                               "jwt.decode does not verify the signature: any forged token is a visitor",
                               "signature-vs-statement"),
    "QUOTE-NEGATIVE": P(S, "let total = adults * ADULT_PRICE + children * CHILD_PRICE;", "bug",
                        "quote trusts the counts: negative or fractional children lower the price, NaN prices"),
    "QUOTE-GROUP-OBO": P(S, "if (adults + children > GROUP_DISCOUNT_FROM) total", "bug",
                         "groups of exactly ten get no discount: > instead of >=", "off-by-one"),
    "TICKETNO-RACE": P(S, 'await pool.query("INSERT INTO ticket_numbers (day, n) VALUES ($1, $2)", [day, n]);', "bug",
                       "nextTicketNo read before and written after an await: concurrent bookings get the same number",
                       "critical-section"),
    "LOGIN-CODE-BRUTE": P(S, "WHERE email = $1 AND login_code = $2", "security",
                          "login codes never expire and attempts are not limited: codes can be guessed"),
    "JWT-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET) });",
                       "security", "tokens are signed without an expiry"),
    "SCHEDULE-SKIPS-TODAY": P(S, "for (let d = 1; d < SCHEDULE_DAYS; d++) {", "bug",
                              "loop starts at day 1: today's tours never appear in the schedule", "off-by-one"),
    "TOURS-SQLI-SORT": P(S, "ORDER BY ${sort}`,", "security",
                         "sort query value interpolated into ORDER BY (SQL injection)", "source-vs-sink"),
    "BOOK-CLIENT-PRICE": P(S, "const pence = req.body.pence ?? quote(adults, children);", "security",
                           "the client may send its own price: tickets for a penny"),
    "BOOK-SEATS-UNVALIDATED": P(S, "const seats = adults + children;", "bug",
                                "adults/children from the body unchecked: strings concatenate, negatives free seats"),
    "TOUR-OVERSELL": P(S, "if (tour.seats_sold + seats > TOUR_CAPACITY) return", "bug",
                       "seats_sold read, checked and written back as an absolute value without a transaction: tours oversold past the fire limit",
                       "critical-section"),
    "TICKET-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);',
                     "security", "any signed-in visitor can read any ticket (no visitor_id check)",
                     "signature-vs-statement"),
    "REFUND-DOUBLE": P(S, 'await pool.query("UPDATE tickets SET refunded = true WHERE id = $1", [t.id]);', "bug",
                       "refunded tickets are not excluded: the same ticket can be refunded again and again"),
    "REFUND-NO-TX": P(S, 'await pool.query("UPDATE tours SET seats_sold = seats_sold - $1 WHERE id = $2"', "bug",
                      "ticket, seats and payment refund not in one transaction: a failed refund leaves the ticket marked refunded"),
    "VOUCHER-DOUBLE-REDEEM": P(S, 'await pool.query("UPDATE visitors SET credit = credit + $1 WHERE id = $2"', "bug",
                               "voucher checked unused, credited, then marked used: parallel redeems credit it twice",
                               "critical-section"),
    "EMAIL-IDOR": P(S, 'const { rows } = await pool.query("SELECT id, no FROM tickets WHERE id = $1"', "security",
                    "any visitor can have any ticket emailed to any address"),
    "EMAIL-SHELL": P(S, "exec(`mail-receipt --to ${to} --ticket ${rows[0].no}`", "security",
                     "body 'to' value interpolated into a shell command", "source-vs-sink"),
    "EMAIL-EXEC-IGNORED": P(S, "exec(`mail-receipt --to ${to} --ticket ${rows[0].no}`", "bug",
                            "exec callback discards the error: 202 queued even when mail-receipt fails"),
    "RECEIPT-NO-AUTH": P(S, 'app.get("/receipts", (req, res) => {', "security",
                         "receipts are served without any sign-in or ownership check"),
    "RECEIPT-TRAVERSAL": P(S, 'fs.createReadStream(file).on("error"', "security",
                           "name query value joined to RECEIPT_DIR: ../ reads any file", "source-vs-sink"),
    "COMMENT-XSS": P(S, "const notes = rows.map((c) =>", "security",
                     "visitor comment inserted into the tour page unescaped (stored XSS)"),
    "PHOTO-ATTR-XSS": P(S, "const notes = rows.map((c) =>", "security",
                        "photo URL placed in an img src attribute unescaped (attribute breakout, javascript: URLs)"),
    "DESK-INMEMORY-PAGING": P(S, "WHERE r.starts_at::date = CURRENT_DATE ORDER BY r.starts_at, t.no", "performance",
                              "the whole day's tickets are loaded and paged in memory (no LIMIT/OFFSET)"),
    "DESK-PAGE-DROP": P(S, "res.json(rows.slice(first, first + per - 1));", "bug",
                        "slice end first + per - 1: every page drops its last ticket", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("QUOTE-NEGATIVE", "QUOTE-GROUP-OBO"),
    ("LOGIN-CODE-BRUTE", "JWT-NO-EXPIRY"),
    ("BOOK-CLIENT-PRICE", "BOOK-SEATS-UNVALIDATED"),
    ("BOOK-SEATS-UNVALIDATED", "TOUR-OVERSELL"),
    ("REFUND-DOUBLE", "REFUND-NO-TX"),
    ("EMAIL-IDOR", "EMAIL-SHELL"),
    ("EMAIL-SHELL", "EMAIL-EXEC-IGNORED"),
    ("EMAIL-IDOR", "EMAIL-EXEC-IGNORED"),
    ("RECEIPT-NO-AUTH", "RECEIPT-TRAVERSAL"),
    ("COMMENT-XSS", "PHOTO-ATTR-XSS"),
    ("DESK-INMEMORY-PAGING", "DESK-PAGE-DROP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 ticket desk for foundry tours. Authentication is the root problem: the
        visitor helper never verifies a token, so every "signed-in" check below it is advisory. After that:

        1. Injection: `ORDER BY ${sort}` in `/tours`, a shell command in `/tickets/:id/email`, and a file path in `/receipts`.
        2. Money: the booking accepts a client price, refunds can repeat, vouchers can be redeemed twice.
        3. Capacity: the seat check in `/tours/:id/book` is a read-check-write without a transaction, and the hall has a fire limit.
        4. Smaller logic errors in the schedule, the group discount and the desk paging.

        Things that are fine: `deskOnly` fails closed and compares with `timingSafeEqual` after a length check;
        the refund query scopes the ticket to the visitor; `esc` is applied to the comment author, the tour title
        and the guide; the JSON body limit is set.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "`visitorFrom` decodes the JWT without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat failures as anonymous.",
              symbol="visitorFrom", conf=0.95),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start when `JWT_SECRET` is unset.", symbol="JWT_SECRET", conf=0.85),
            F("JWT-NO-EXPIRY", "medium", "security", "Session tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.75),
            F("TOURS-SQLI-SORT", "critical", "security", "SQL injection through `sort` in `GET /tours`",
              "Map `sort` to a fixed set of column names; identifiers cannot be bound as parameters.",
              symbol="GET /tours", conf=0.95),
            F("EMAIL-SHELL", "critical", "security", "Command injection in the receipt email endpoint",
              "Use `execFile(\"mail-receipt\", [\"--to\", to, \"--ticket\", String(no)])` and validate the address.",
              symbol="POST /tickets/:id/email", conf=0.9),
            F("EMAIL-IDOR", "high", "security", "Any ticket can be emailed to any address",
              "Add `AND visitor_id = $2` to the lookup.", symbol="POST /tickets/:id/email", conf=0.8),
            F("RECEIPT-TRAVERSAL", "high", "security", "Path traversal in `/receipts`",
              "Use `path.basename(name)` and check the resolved path stays under `RECEIPT_DIR`.",
              symbol="GET /receipts", conf=0.9),
            F("TICKET-IDOR", "high", "security", "`GET /tickets/:id` returns other visitors' tickets",
              "Scope the query to `visitor.id`, as the refund handler does.", symbol="GET /tickets/:id", conf=0.9),
            F("COMMENT-XSS", "high", "security", "Stored XSS via visitor comments on the tour page",
              "Escape `c.comment` with `esc` like the name.", symbol="GET /tours/:id/page", conf=0.9),
            F("PHOTO-ATTR-XSS", "medium", "security", "Comment photo URL written into `src` unescaped",
              "Escape it and allow only `https:` URLs on your own image host.", symbol="GET /tours/:id/page", conf=0.7),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler leaks stack traces",
              "Log the error; return a generic message.", symbol="error handler", conf=0.85),
        ]),
        "Bookings, money and counting:",
        Block([
            F("BOOK-CLIENT-PRICE", "critical", "security", "Booking trusts a client-supplied price",
              "Always compute `pence` on the server with `quote`.", symbol="POST /tours/:id/book", conf=0.95),
            F("BOOK-SEATS-UNVALIDATED", "high", "bug", "`adults`/`children` are not validated",
              "Require non-negative integers: JSON strings make `seats` a concatenation (`\"2\" + \"1\"` is `\"21\"`), and a negative count frees seats.",
              symbol="POST /tours/:id/book", conf=0.8),
            F("TOUR-OVERSELL", "high", "bug", "Tours can be oversold past the fire limit",
              "Do it in one statement: `UPDATE tours SET seats_sold = seats_sold + $1 WHERE id = $2 AND seats_sold + $1 <= $3 RETURNING ...`.",
              symbol="POST /tours/:id/book", conf=0.85),
            F("TICKETNO-RACE", "medium", "bug", "Duplicate ticket numbers under concurrent bookings",
              "Use a database sequence per day instead of the module-level counter that is read before an `await`.",
              symbol="issueTicketNo", conf=0.75),
            F("REFUND-DOUBLE", "high", "bug", "A ticket can be refunded repeatedly",
              "Select with `AND NOT refunded` and make the update conditional (`WHERE id = $1 AND NOT refunded`).",
              symbol="POST /tickets/:id/refund", conf=0.85),
            F("REFUND-NO-TX", "medium", "bug", "Refund steps are not atomic",
              "Wrap the two updates in a transaction and only commit after `refundPayment` succeeds.",
              symbol="POST /tickets/:id/refund", conf=0.7),
            F("VOUCHER-DOUBLE-REDEEM", "high", "bug", "Gift vouchers can be redeemed twice concurrently",
              "`UPDATE vouchers SET used = true WHERE code = $1 AND NOT used RETURNING pence`, then credit.",
              symbol="POST /vouchers/redeem", conf=0.8),
            F("QUOTE-GROUP-OBO", "medium", "bug", "Group discount starts at 11 people, not 10",
              "Use `>=` to match the comment on `GROUP_DISCOUNT_FROM`.", symbol="quote", conf=0.85),
            F("SCHEDULE-SKIPS-TODAY", "medium", "bug", "Schedule omits today",
              "Start the loop at `d = 0`; the constant says today plus thirteen days.", symbol="GET /schedule", conf=0.85),
            F("DESK-PAGE-DROP", "low", "bug", "Desk day list loses one ticket per page",
              "`rows.slice(first, first + per)`.", symbol="GET /desk/day", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "visitorFrom trusts unsigned JWTs (decode, not verify)", "jwt.verify.", d=-3),
            F("TOURS-SQLI-SORT", "critical", "security", "ORDER BY injection via ?sort=", "allow-list columns.", d=-2),
            F("EMAIL-SHELL", "critical", "security", "exec with body.to -> command injection", "execFile + args.", d=-3),
            F("RECEIPT-TRAVERSAL", "high", "security", "path.join(RECEIPT_DIR, ?name) allows ../", "basename.", d=-2),
            F("TICKET-IDOR", "high", "security", "GET /tickets/:id has no owner filter", "AND visitor_id = $2.", d=-3),
            F("BOOK-CLIENT-PRICE", "critical", "security", "Price taken from request body", "Ignore body.pence."),
            F("TOUR-OVERSELL", "high", "bug", "seats_sold lost update / oversell", "Atomic conditional UPDATE.", d=+1),
            F("VOUCHER-DOUBLE-REDEEM", "medium", "bug", "Voucher redeem not atomic", "UPDATE ... WHERE NOT used RETURNING.", d=+1),
            F("REFUND-DOUBLE", "high", "bug", "Refund repeatable on same ticket", "Check refunded."),
            F("QUOTE-GROUP-OBO", "low", "bug", "Group discount threshold off by one", ">=.", d=-1),
            F("DESK-PAGE-DROP", "low", "bug", "desk/day pages drop a row", "first + per.", d=-1),
            F("COMMENT-XSS", "high", "security", "Unescaped comment HTML", "esc(c.comment)."),
            F("ERROR-STACK-LEAK", "low", "security", "Stack trace in 500 body", "Drop stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `clappertix` codebase, an Express application that sells tickets for
        guided tours of a bell foundry's casting hall.

        ## Security Vulnerabilities

        The application has several high-impact vulnerabilities. Authentication tokens are not verified, multiple
        endpoints are vulnerable to injection, and user-generated content is rendered without encoding.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; an attacker can craft a token with any `id`."),
            F("JWT-FALLBACK-SECRET", "HIGH", "Security Misconfiguration", "Default JWT Secret in Source Code",
              "Require the secret from the environment.", sd=-2, n=3),
            F("LOGIN-CODE-BRUTE", "HIGH", "Broken Authentication", "Login Code Can Be Brute-Forced",
              "Limit attempts per email and expire codes after a few minutes.", sd=-2, n=3,
              desc="The login endpoint compares the submitted code with a stored code with no rate limiting or expiry."),
            F("JWT-NO-EXPIRY", "MEDIUM", "Broken Authentication", "JWT Issued Without Expiration",
              "Set `expiresIn`.", sd=-2, n=3),
            F("TOURS-SQLI-SORT", "CRITICAL", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against allowed columns.", sd=-2, n=3),
            F("EMAIL-SHELL", "CRITICAL", "Command Injection", "Command Injection in Receipt Email",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("EMAIL-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Ticket Email",
              "Verify that the ticket belongs to the visitor.", sd=-2, n=3),
            F("RECEIPT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Receipt Download",
              "Normalize and validate the path.", d=-1, sd=-3, n=3),
            F("RECEIPT-NO-AUTH", "MEDIUM", "Broken Access Control", "Receipts Accessible Without Authentication",
              "Require a signed-in visitor and check ownership.", sd=0, n=3),
            F("COMMENT-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Tour Comments",
              "Escape comment text before rendering.", sd=-1, n=3),
            F("PHOTO-ATTR-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Image Source Attribute",
              "Escape and validate photo URLs.", sd=-1, n=3),
            F("BOOK-CLIENT-PRICE", "HIGH", "Business Logic", "Client-Controlled Ticket Price",
              "Compute the price on the server.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-1, n=3),
        ], wrap="list"),
        """
        ## Logic and Concurrency Issues
        """,
        Block([
            F("TOUR-OVERSELL", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use an atomic update with a capacity condition.", d=-2, sd=-3, n=3,
              desc="Two concurrent bookings can both read the same `seats_sold` and both pass the capacity check."),
            F("TICKETNO-RACE", "MEDIUM", "Race Condition", "Ticket Number Counter Not Concurrency-Safe",
              "Use a database sequence.", d=+1, sd=-1, n=3),
            F("QUOTE-NEGATIVE", "MEDIUM", "Input Validation", "Negative Ticket Counts Produce Negative Prices",
              "Validate counts as non-negative integers.", sd=-1, n=3),
            F("QUOTE-GROUP-OBO", "LOW", "Logic Error", "Group Discount Threshold Excludes Groups of Ten",
              "Use `>=`.", d=+1, sd=-1, n=3),
            F("SCHEDULE-SKIPS-TODAY", "LOW", "Logic Error", "Schedule Does Not Include the Current Day",
              "Start the loop index at 0.", d=+1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the routes into separate router modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("TOURS-SQLI-SORT", "high", "security", "sql injection via sort", "whitelist"),
            F("TICKET-IDOR", "high", "security", "ticket readable by anyone logged in", "check visitor_id"),
            F("RECEIPT-TRAVERSAL", "high", "security", "receipts path traversal", "basename"),
            F("COMMENT-XSS", "medium", "security", "comment not escaped", "esc()"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BOOK-CLIENT-PRICE", "high", "", "price comes from client", "compute server side"),
            F("EMAIL-EXEC-IGNORED", "low", "bug", "exec errors swallowed", "handle err in callback"),
            F("SCHEDULE-SKIPS-TODAY", "low", "bug", "schedule starts tomorrow", "d = 0"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication and session handling (3 issues)
        2. Injection and file access (4 issues)
        3. Payments, refunds, quotes and capacity (8 issues)
        4. Output encoding (1 issue)
        5. Desk paging (2 issues)
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "Tokens are decoded but never verified",
              "Use jwt.verify with the secret.", conf=0.95),
            F("JWT-FALLBACK-SECRET", "major", "security", "Weak default signing secret",
              "Fail startup without JWT_SECRET.", conf=0.8),
            F("JWT-NO-EXPIRY", "minor", "security", "No expiration on issued tokens",
              "Add expiresIn.", conf=0.7),
            F("TOURS-SQLI-SORT", "blocker", "security", "SQL injection in tours sort order",
              "Whitelist columns.", d=-1, conf=0.9),
            F("EMAIL-SHELL", "blocker", "security", "Shell injection in email receipt command",
              "Avoid exec with interpolated input.", conf=0.9),
            F("RECEIPT-NO-AUTH", "major", "security", "Receipt download endpoint has no authentication",
              "Require sign-in.", conf=0.7),
            F("TICKET-IDOR", "major", "security", "Ticket lookup not restricted to owner",
              "Filter by visitor id.", conf=0.85),
            F("BOOK-CLIENT-PRICE", "blocker", "security", "Ticket price can be set by the client",
              "Ignore pence from the request.", conf=0.9),
            F("BOOK-SEATS-UNVALIDATED", "major", "correctness", "Seat counts not validated as positive integers",
              "Validate adults and children.", conf=0.75),
            F("TOUR-OVERSELL", "major", "concurrency", "Race condition in seat capacity check",
              "Use a transaction with SELECT ... FOR UPDATE.", conf=0.8),
            F("TICKETNO-RACE", "major", "concurrency", "Ticket number counter is not atomic",
              "Use a sequence.", d=-1, conf=0.7),
            F("REFUND-DOUBLE", "major", "correctness", "Refund does not check whether the ticket is already refunded",
              "Check the refunded flag.", conf=0.8),
            F("REFUND-NO-TX", "major", "reliability", "Refund updates are not transactional",
              "Use a transaction.", d=-1, sd=0, conf=0.7),
            F("VOUCHER-DOUBLE-REDEEM", "major", "concurrency", "Voucher can be redeemed more than once",
              "Mark used atomically before crediting.", d=-1, conf=0.75),
            F("QUOTE-NEGATIVE", "minor", "correctness", "Quote accepts negative quantities",
              "Validate inputs.", conf=0.6),
            F("COMMENT-XSS", "major", "security", "Cross-site scripting in tour page comments",
              "HTML-escape comments.", conf=0.85),
            F("DESK-INMEMORY-PAGING", "minor", "performance", "Desk day view loads all tickets before paging",
              "Use LIMIT and OFFSET in SQL.", d=-1, conf=0.6),
            F("DESK-PAGE-DROP", "minor", "correctness", "Off-by-one in desk pagination slice",
              "Remove the - 1.", conf=0.8),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 10 major, 4 minor"),
    ]),
}

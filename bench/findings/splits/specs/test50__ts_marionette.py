"""test50/ts-marionette: a puppet theatre's box office (TypeScript, Express + pg + jsonwebtoken). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test50: seeded problems in a puppet theatre's box office (shows, seat holds, "
    "orders, tickets, refunds, vouchers); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "little-strings";', "security", "JWT signing secret falls back to a hard-coded string"),
    "JWT-NOT-VERIFIED": P(S, "return jwt.decode(token) as Patron | null;", "security", "patronFrom decodes the bearer token without verifying its signature: any forged token is a patron", "signature-vs-statement"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");', "security", "any Origin reflected with credentials allowed"),
    "PW-UNSALTED": P(S, 'const hash = crypto.createHash("sha256").update(String(password))', "security", "passwords stored as unsalted SHA-256 (extra, one agent)"),
    "SHOWS-FROM-SQLI": P(S, "WHERE starts_at >= '${from}' ORDER BY ${sort}`", "security", "from query value interpolated into the shows SQL", "source-vs-sink"),
    "SHOWS-SORT-SQLI": P(S, "WHERE starts_at >= '${from}' ORDER BY ${sort}`", "security", "sort query value interpolated as the ORDER BY clause"),
    "HOLD-MAX-OFF": P(S, "seats.length >= MAX_PER_ORDER", "bug", ">= rejects a hold of exactly MAX_PER_ORDER (eight, the family ticket)", "off-by-one"),
    "HOLD-RACE": P(S, "if (taken.rowCount) return res.status(409)", "bug", "seat availability checked, then held in a second query: two patrons can hold the same seat", "critical-section"),
    "HOLD-TIMER-UNITS": P(S, "HOLD_MINUTES * 60);", "bug", "setTimeout gets seconds, not milliseconds: holds are released after 0.6 s"),
    "ORDER-SHOW-NULL": P(S, "let total = show.price_pence * seats.length;", "bug", "unknown showId: show is undefined and the handler throws (request hangs under Express 4)"),
    "ORDER-CONCESSION": P(S, "if (concession) total = Math.round(total * CONCESSION_RATE);", "security", "concession price granted on the client's say-so"),
    "ORDER-CLIENT-AMOUNT": P(S, "const amount = Number(req.body.amount ?? total);", "security", "the amount charged is taken from the request body when present"),
    "ORDER-NOT-HELD": P(S, "UPDATE seats SET status = 'sold', held_by = NULL WHERE show_id = $1 AND seat_no = ANY($2)", "security", "seats sold without checking that this patron holds them (or that they are free)"),
    "ORDER-NO-TX": P(S, "const order = await pool.query(", "bug", "seats marked sold and order inserted in separate queries without a transaction"),
    "TICKETGEN-SHELL": P(S, "exec(`ticketgen --order ${req.params.id} --holder", "security", "holder name from the body in an exec() shell command line", "source-vs-sink"),
    "TICKET-TRAVERSAL": P(S, "const file = path.join(TICKET_DIR, name);", "security", "name query value joined to TICKET_DIR and sent: ../ reads any file", "source-vs-sink"),
    "TICKET-ANY-PATRON": P(S, "res.sendFile(file);", "security", "/tickets has no authentication or ownership check: anyone downloads any ticket"),
    "REFUND-NOT-OWNER": P(S, "WHERE o.id = $1\", [req.params.id]);", "security", "refund looks the order up by id only: any patron refunds anyone's order", "signature-vs-statement"),
    "REFUND-TWICE": P(S, "UPDATE orders SET status = 'refunded' WHERE id = $1", "bug", "order status never checked: the same order can be refunded again and again"),
    "REFUND-SEATS-SOLD": P(S, "UPDATE orders SET status = 'refunded' WHERE id = $1", "bug", "refunded seats stay 'sold' and cannot be resold (extra, one agent)"),
    "VOUCHER-USES-OFF": P(S, "voucher.uses_left < 0", "bug", "uses_left < 0 lets a voucher with no uses left be redeemed once more", "off-by-one"),
    "VOUCHER-RACE": P(S, "UPDATE vouchers SET uses_left = uses_left - 1", "bug", "uses checked in JS, decremented in a later query: concurrent redemptions all pass", "critical-section"),
    "TONIGHT-STAMPEDE": P(S, "FILTER (WHERE st.status = 'free')", "performance", "cache miss not coalesced: every request during the refresh runs the aggregate query", "critical-section"),
    "REVIEWS-XSS": P(S, "<p>${r.body}</p>", "security", "review body rendered unescaped (the author is escaped)"),
    "SALES-SIZE-UNBOUNDED": P(S, "const size = Number(req.query.size || 50);", "performance", "page size not capped"),
    "SALES-PAGE-OFF": P(S, "[size, page * size]", "bug", "pages start at 1 but OFFSET is page * size: the newest orders are skipped", "off-by-one"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("SHOWS-FROM-SQLI", "SHOWS-SORT-SQLI"),
    ("HOLD-RACE", "HOLD-TIMER-UNITS"),
    ("ORDER-SHOW-NULL", "ORDER-CONCESSION"),
    ("ORDER-CONCESSION", "ORDER-CLIENT-AMOUNT"),
    ("ORDER-CLIENT-AMOUNT", "ORDER-NOT-HELD"),
    ("ORDER-CONCESSION", "ORDER-NOT-HELD"),
    ("ORDER-NOT-HELD", "ORDER-NO-TX"),
    ("TICKET-TRAVERSAL", "TICKET-ANY-PATRON"),
    ("REFUND-TWICE", "REFUND-SEATS-SOLD"),
    ("VOUCHER-USES-OFF", "VOUCHER-RACE"),
    ("SALES-SIZE-UNBOUNDED", "SALES-PAGE-OFF"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole box office. The most serious problem is authentication: `patronFrom`
        decodes the JWT without verifying it, so every patron-only route (holds, orders, tickets, refunds,
        vouchers) trusts a token anyone can write. On top of that the order endpoint lets the client set the
        price, and two routes turn request values into SQL or a shell command.

        1. Authentication and money: forged tokens, client-chosen amounts and concessions, refunds of other
           patrons' orders and repeated refunds.
        2. Injection: `/shows` SQL, `ticketgen` shell command, `/tickets` path traversal, stored XSS in reviews.
        3. Seat and voucher integrity: races between check and update, a hold timer in the wrong unit.
        4. Smaller issues: limits off by one, paging, CORS, the error handler.

        Deliberately fine: `boxOffice` fails closed and compares with `timingSafeEqual` after a length check;
        `/shows/:id/seats`, `/me/orders` and the door list use bound parameters; the door list and the review
        author go through `esc`; `releaseHold` only frees seats still held by the same patron; the refund
        window check is right.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`patronFrom` uses `jwt.decode`, which does not verify the signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat failures as anonymous.",
              symbol="patronFrom", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "JWT secret has a hard-coded fallback",
              "Refuse to start without `JWT_SECRET`.", conf=0.85),
            F("ORDER-CLIENT-AMOUNT", "critical", "security", "Client can choose the amount charged for an order",
              "Ignore `req.body.amount`; charge the server-side `total`.", symbol="POST /orders", conf=0.9),
            F("ORDER-CONCESSION", "high", "security", "Concession discount is applied on a client flag",
              "Derive concessions from the patron record or require box-office approval.", symbol="POST /orders", conf=0.75),
            F("ORDER-NOT-HELD", "high", "security", "Order sells seats without checking that the patron holds them",
              "Update with `AND status = 'held' AND held_by = $3` and fail when fewer rows than seats were updated.",
              symbol="POST /orders", conf=0.8),
            F("ORDER-NO-TX", "medium", "bug", "Seat sale and order insert are not in one transaction",
              "Use a client from the pool with `BEGIN`/`COMMIT` so a failed insert does not leave seats sold without an order.",
              symbol="POST /orders", conf=0.75),
            F("REFUND-NOT-OWNER", "high", "security", "Refund does not check that the order belongs to the caller",
              "Add `AND o.patron_id = $2` with `patron.id`.", symbol="POST /orders/:id/refund", conf=0.85),
            F("REFUND-TWICE", "high", "bug", "An order can be refunded more than once",
              "Check `order.status === 'paid'` and update with `WHERE id = $1 AND status = 'paid'`.",
              symbol="POST /orders/:id/refund", conf=0.8),
            F("SHOWS-FROM-SQLI", "critical", "security", "SQL injection through `from` in `/shows`",
              "Pass `from` as `$1`.", symbol="GET /shows", conf=0.9),
            F("SHOWS-SORT-SQLI", "high", "security", "`sort` is interpolated into ORDER BY",
              "Allow-list the sortable columns.", symbol="GET /shows", conf=0.85),
            F("TICKETGEN-SHELL", "critical", "security", "Command injection through `holder` in `ticketgen` call",
              "Use `execFile(\"ticketgen\", [\"--order\", id, \"--holder\", holder, \"--out\", out])`.",
              symbol="POST /orders/:id/tickets", conf=0.9),
            F("TICKET-TRAVERSAL", "high", "security", "`/tickets?name=` can read files outside `TICKET_DIR`",
              "Use `res.sendFile(name, { root: TICKET_DIR })` after checking the name is `<orderId>.pdf` of an order the patron owns.",
              symbol="GET /tickets", conf=0.85),
            F("TICKET-ANY-PATRON", "medium", "security", "Ticket download requires no login",
              "Require a patron and check ownership of the order.", symbol="GET /tickets", conf=0.7),
            F("REVIEWS-XSS", "medium", "security", "Review body is not escaped", "Wrap `r.body` in `esc`.",
              symbol="GET /shows/:id/reviews", conf=0.85),
        ]),
        "Integrity, limits and configuration:",
        Block([
            F("HOLD-RACE", "high", "bug", "Seat hold is check-then-update across two queries",
              "Do it in one statement: `UPDATE seats SET status='held' ... WHERE ... AND status='free' RETURNING seat_no` and compare counts.",
              d=-2, n=2, symbol="POST /shows/:id/hold", conf=0.8),
            F("HOLD-TIMER-UNITS", "high", "bug", "Hold release timer is 600 ms, not 10 minutes",
              "`HOLD_MINUTES * 60 * 1000`; better, store `held_until` in the table so holds survive a restart.",
              symbol="POST /shows/:id/hold", conf=0.9),
            F("HOLD-MAX-OFF", "low", "bug", "A family order of exactly eight seats is rejected",
              "Use `seats.length > MAX_PER_ORDER`.", symbol="POST /shows/:id/hold", conf=0.8),
            F("VOUCHER-RACE", "medium", "bug", "Voucher redemption is not atomic",
              "`UPDATE vouchers SET uses_left = uses_left - 1 WHERE code = $1 AND uses_left > 0 RETURNING value_pence` and credit only on a returned row.",
              d=-1, n=2, symbol="POST /vouchers/:code/redeem", conf=0.75),
            F("VOUCHER-USES-OFF", "medium", "bug", "A voucher with zero uses left can still be redeemed",
              "Reject when `uses_left <= 0`.", symbol="POST /vouchers/:code/redeem", conf=0.8),
            F("TONIGHT-STAMPEDE", "low", "performance", "`/tonight` cache refresh is not coalesced",
              "Keep the in-flight promise and let concurrent requests await it.", d=-2, symbol="GET /tonight", conf=0.55),
            F("SALES-PAGE-OFF", "low", "bug", "Box-office sales paging skips the first page",
              "OFFSET `(page - 1) * size`.", symbol="GET /box/sales", conf=0.8),
            F("SALES-SIZE-UNBOUNDED", "low", "performance", "Sales page size is not capped",
              "Clamp `size` to, say, 200.", symbol="GET /box/sales", conf=0.6),
            F("CORS-REFLECT", "medium", "security", "CORS reflects any origin and allows credentials",
              "Allow only the theatre's own origins.", conf=0.7),
            F("ERROR-STACK", "low", "security", "Error handler returns stack traces", "Log the stack; return a generic message.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "patronFrom trusts unsigned JWTs (jwt.decode)", "jwt.verify with JWT_SECRET.", d=-3),
            F("ORDER-CLIENT-AMOUNT", "high", "security", "POST /orders charges req.body.amount", "Server-side total only."),
            F("SHOWS-FROM-SQLI", "high", "security", "SQL injection in GET /shows (from)", "Parameterise.", d=-3),
            F("TICKETGEN-SHELL", "high", "security", "exec() with holder from body: shell injection", "execFile + args.", d=-2),
            F("TICKET-TRAVERSAL", "high", "security", "GET /tickets: name joined to TICKET_DIR unchecked", "basename + root option.", d=-1),
            F("REFUND-NOT-OWNER", "medium", "security", "Refund route doesn't scope order to patron", "patron_id filter.", d=-3),
            F("REFUND-TWICE", "medium", "bug", "Refund can repeat: status not checked", "WHERE status = 'paid'."),
            F("HOLD-RACE", "medium", "bug", "Hold: SELECT then UPDATE, no locking -> double hold", "Single conditional UPDATE.", d=+2),
            F("HOLD-TIMER-UNITS", "medium", "bug", "setTimeout(HOLD_MINUTES * 60) is ms", "* 60_000."),
            F("ORDER-SHOW-NULL", "low", "bug", "Unknown showId -> TypeError on show.price_pence", "404 when no row."),
            F("VOUCHER-USES-OFF", "low", "bug", "uses_left < 0 allows one extra redemption", "<= 0."),
            F("SALES-PAGE-OFF", "low", "bug", "page*size offset skips page 1", "(page-1)*size.", d=-1),
            F("ERROR-STACK", "low", "security", "Stack trace in 500 response", "Omit stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Little Strings box office server. It is an Express application
        backed by PostgreSQL that sells puppet show tickets.

        ### Key Findings

        The most important issue is that the authentication helper does not verify JSON Web Tokens. Beyond
        that, there are injection vulnerabilities (SQL, OS command, path traversal, XSS) and business logic
        flaws that let a patron pay less than the ticket price.

        #### Security
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; an attacker can craft a token for any patron id."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hard-coded Fallback JWT Secret",
              "Require the `JWT_SECRET` environment variable.", n=2),
            F("SHOWS-FROM-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Show Listing",
              "Use parameterized queries.", sd=-2, n=3),
            F("SHOWS-SORT-SQLI", "HIGH", "SQL Injection", "Unvalidated Sort Parameter Used in ORDER BY",
              "Validate `sort` against allowed column names.", d=-2, sd=-3, n=2),
            F("TICKETGEN-SHELL", "CRITICAL", "Command Injection", "Command Injection in Ticket Generation",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("TICKET-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Ticket Download",
              "Use `path.basename` and the `root` option of `sendFile`.", d=+1, sd=-1, n=3),
            F("REVIEWS-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Show Reviews",
              "Escape the review body with `esc`.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Use an allow-list of origins.", sd=-1, n=3),
            F("PW-UNSALTED", "MEDIUM", "Cryptographic Failure", "Passwords Hashed with Unsalted SHA-256",
              "Use bcrypt, scrypt or argon2.", sd=-2, n=3),
            F("REFUND-NOT-OWNER", "HIGH", "Broken Access Control", "Refund of Arbitrary Orders",
              "Check that the order belongs to the authenticated patron.", sd=-2, n=3),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not include `err.stack` in responses.", sd=-2, n=3),
        ], wrap="list"),
        """
        #### Business Logic and Concurrency
        """,
        Block([
            F("ORDER-CLIENT-AMOUNT", "CRITICAL", "Business Logic", "Client-Controlled Payment Amount",
              "Never trust the amount from the client.", sd=-2, n=3),
            F("ORDER-CONCESSION", "HIGH", "Business Logic", "Unverified Concession Discount",
              "Verify concession eligibility on the server.", sd=-2, n=3),
            F("ORDER-NOT-HELD", "HIGH", "Business Logic", "Seats Can Be Purchased Without a Valid Hold",
              "Check that the seats are held by the patron before selling them.", sd=-2, n=3),
            F("HOLD-RACE", "HIGH", "Race Condition", "Race Condition in Seat Holding",
              "Use a single atomic UPDATE with a status condition.", sd=-2, n=3),
            F("VOUCHER-RACE", "MEDIUM", "Race Condition", "Race Condition in Voucher Redemption",
              "Perform the check and the decrement in one statement.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Code Quality", "description": "Consider using an ORM or a query builder for consistency."}),
            F("VOUCHER-USES-OFF", "MEDIUM", "Logic Error", "Incorrect Voucher Usage Limit Check",
              "The check should be `uses_left <= 0`.", d=-1, sd=-2, n=3),
            F("TONIGHT-STAMPEDE", "LOW", "Performance", "Cache Stampede on Tonight's Availability",
              "Deduplicate concurrent refreshes.", sd=-2, n=3),
            F("HOLD-MAX-OFF", "LOW", "Logic Error", "Maximum Seats per Order Check Is Off by One",
              "Use `>` instead of `>=`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        found these:
        """,
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode doesn't verify", "jwt.verify"),
            F("JWT-DEFAULT-SECRET", "warning", "security", "default jwt secret", "require env"),
            F("SHOWS-FROM-SQLI", "error", "security", "sql injection /shows", "params"),
            F("ORDER-CLIENT-AMOUNT", "error", "", "client sets order amount", "ignore body.amount"),
            F("TICKETGEN-SHELL", "error", "security", "exec shell injection (holder)", "execFile"),
            F("TICKET-TRAVERSAL", "error", "security", "path traversal in /tickets", "basename"),
            F("HOLD-TIMER-UNITS", "warning", "bug", "hold timeout in wrong unit (ms)", "* 60000"),
            F("VOUCHER-RACE", "warning", "bug", "voucher redeem race", "atomic update"),
            F("REVIEWS-XSS", "warning", "security", "xss in reviews", "esc(r.body)"),
            F("ERROR-STACK", "info", "security", "stack leaked", "drop stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        Summary of the main issues found in `src/server.ts`:

        1. **Authentication**: JWT tokens are decoded but not verified; fallback secret.
        2. **Injection**: SQL injection in `/shows`, command injection in ticket generation, path traversal in
           ticket download, XSS in reviews.
        3. **Payment logic**: client-controlled amount and concession; seats sold without a hold; no
           transaction; refunds not scoped or idempotent.
        4. **Concurrency**: seat holds, voucher redemption and the tonight cache.
        5. **Correctness**: off-by-one limits and paging.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT not verified in patronFrom", "Use jwt.verify.", conf=0.95),
            F("JWT-DEFAULT-SECRET", "major", "security", "Hardcoded fallback secret", "Fail when unset.", conf=0.8),
            F("SHOWS-FROM-SQLI", "blocker", "security", "SQL injection in shows query (from)", "Use placeholders.", d=-1, conf=0.9),
            F("SHOWS-SORT-SQLI", "major", "security", "SQL injection via sort parameter", "Whitelist columns.", conf=0.8),
            F("TICKETGEN-SHELL", "blocker", "security", "Command injection in ticket generation", "Use execFile.", conf=0.9),
            F("TICKET-TRAVERSAL", "major", "security", "Path traversal in ticket download", "Validate the file name.", conf=0.85),
            F("TICKET-ANY-PATRON", "major", "security", "Ticket download endpoint is unauthenticated", "Require login.", conf=0.7),
            F("ORDER-CLIENT-AMOUNT", "blocker", "security", "Payment amount taken from request body", "Compute on the server.", conf=0.9),
            F("ORDER-CONCESSION", "major", "security", "Concession not validated", "Validate eligibility.", conf=0.7),
            F("ORDER-NOT-HELD", "major", "security", "Order does not verify seat hold ownership", "Check held_by.",
              anchor="const amount = Number(req.body.amount ?? total);", conf=0.7),
            F("ORDER-NO-TX", "major", "reliability", "Order creation is not transactional", "Use a transaction.", conf=0.7),
            F("ORDER-SHOW-NULL", "minor", "correctness", "No null check for show", "Return 404.", conf=0.7),
            F("REFUND-NOT-OWNER", "major", "security", "Refund endpoint lacks ownership check", "Filter by patron_id.", conf=0.8),
            F("REFUND-SEATS-SOLD", "minor", "correctness", "Refunded seats are not released", "Set the seats back to free.", conf=0.6),
            F("HOLD-RACE", "major", "concurrency", "Seat hold race condition", "Use SELECT ... FOR UPDATE or a conditional update.", d=-1, conf=0.8),
            F("HOLD-MAX-OFF", "minor", "correctness", "Seat limit excludes the maximum itself", "Use >.", d=+1, conf=0.7),
            F("VOUCHER-RACE", "major", "concurrency", "Voucher can be over-redeemed concurrently", "Atomic decrement.", d=+1, conf=0.75),
            F("VOUCHER-USES-OFF", "minor", "correctness", "Off-by-one in voucher uses check", "Use <= 0.", conf=0.75),
            F("TONIGHT-STAMPEDE", "minor", "performance", "Cache stampede in /tonight", "Single-flight refresh.", d=+2, conf=0.5),
            F("REVIEWS-XSS", "major", "security", "XSS in review rendering", "Escape body.", conf=0.85),
            F("SALES-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size", "Cap size.", conf=0.6),
            F("SALES-PAGE-OFF", "minor", "correctness", "Pagination offset off by one page", "(page - 1) * size.", conf=0.75),
        ], wrap="object+summary", summary="22 issues: 4 blocker, 11 major, 7 minor"),
    ]),
}

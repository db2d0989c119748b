"""test61/ts-consignbooks: a secondhand bookshop's consignment ledger (TypeScript, Express 4 + pg). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test61: seeded problems in a bookshop consignment ledger; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT-CREDENTIALS": P(S, "cors({ origin: true, credentials: true })", "security",
                                  "CORS reflects any origin with credentials allowed"),
    "STAFF-JWT-DECODE": P(S, "jwt.decode(token)", "security",
                          "staff token decoded, never verified: anyone can forge a staff or manager token",
                          "signature-vs-statement"),
    "CONSIGNOR-TOKEN-IN-QUERY": P(S, "String(req.query.token", "security",
                                  "consignor token taken from the query string (logs, referrers) (extra, one agent)"),
    "DISCOUNT-INDEX": P(S, "DISCOUNTS[step]", "bug",
                        "DISCOUNTS has three steps: from day 90 the index runs past the end and the price is NaN",
                        "off-by-one"),
    "INTAKE-ISBN-ACCEPTED": P(S, "if (isbn && !isbn13Valid", "bug",
                              "an invalid ISBN is only logged and stored anyway (extra, one agent)"),
    "INTAKE-PRICE-UNCHECKED": P(S, "const price = Number(askingPrice);", "bug",
                                "asking price not validated: NaN, zero or negative prices are stored"),
    "SHELF-OFFSET": P(S, "[PAGE_SIZE, page * PAGE_SIZE]", "bug",
                      "pages start at 1 but OFFSET is page * PAGE_SIZE: the first page is never shown", "off-by-one"),
    "SEARCH-Q-SQLI": P(S, "ILIKE '%${q}%' ORDER BY ${order}", "security",
                       "q query value interpolated into the search SQL", "source-vs-sink"),
    "SEARCH-ORDER-SQLI": P(S, "ILIKE '%${q}%' ORDER BY ${order}", "security",
                           "order query value interpolated into ORDER BY"),
    "CARD-AUTHOR-XSS": P(S, "<p>${b.author}</p>", "security",
                         "author written into the HTML card unescaped (title is escaped)"),
    "SELL-MISSING-BOOK": P(S, 'if (book.status !== "available")', "bug",
                           "unknown book id: rows[0] is undefined and book.status throws (unhandled rejection)"),
    "SELL-DOUBLE-SALE": P(S, 'if (book.status !== "available")', "bug",
                          "status read then updated without a transaction or a status guard: two tills sell one book",
                          "critical-section"),
    "SELL-PAID-FROM-BODY": P(S, "const paid = Number(req.body.paid", "bug",
                             "paid amount taken from the body unchecked: zero, negative or NaN sale prices"),
    "SELL-NO-TX": P(S, "INSERT INTO ledger", "bug",
                    "book update and ledger insert are separate statements: a failure leaves a sale with no ledger row"),
    "LABEL-COPIES-SHELL": P(S, "exec(`zint", "security",
                            "copies from the body reaches a shell command", "source-vs-sink"),
    "LABEL-ISBN-SHELL": P(S, "exec(`zint", "security",
                          "stored ISBN (never rejected at intake) reaches the same shell command"),
    "COVER-SSRF": P(S, "await fetch(src)", "security",
                    "src query value fetched server-side: SSRF to internal hosts", "source-vs-sink"),
    "COVER-CONTENT-TYPE": P(S, 'res.type(upstream.headers.get("content-type")', "security",
                            "upstream content type passed through: a text/html response is served from the shop's origin"),
    "STATEMENT-IDOR": P(S, 'if (!who) return res.status(401).json({ error: "bad token" });', "security",
                        "any valid consignor token reads any consignor's statement: who.consignorId never compared with :id",
                        "signature-vs-statement"),
    "STATEMENT-OWED-INCLUDES-PAID": P(S, "const owed = sold.reduce", "bug",
                                      "owed sums every sale, including those already paid out"),
    "PAYOUT-ANY-STAFF": P(S, 'app.post("/consignors/:id/payout", requireStaff', "security",
                          "payouts need only a staff login, not the manager role"),
    "PAYOUT-GUARD-RACE": P(S, "AS total FROM books WHERE consignor_id", "bug",
                           "payoutRunning checked before the await and set after it: two requests both pay out",
                           "critical-section"),
    "PAYOUT-MARKS-UNPAID": P(S, "UPDATE books SET paid_out = true", "bug",
                             "UPDATE marks every sold book paid, including books sold after the SUM: never paid for"),
    "PAYOUT-GUARD-LEAK": P(S, "payoutRunning.delete(id);", "bug",
                           "when sendTransfer throws, the id is never removed: that consignor can never be paid again"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security",
                          "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("INTAKE-ISBN-ACCEPTED", "INTAKE-PRICE-UNCHECKED"),
    ("SEARCH-Q-SQLI", "SEARCH-ORDER-SQLI"),
    ("SELL-MISSING-BOOK", "SELL-DOUBLE-SALE"),
    ("SELL-DOUBLE-SALE", "SELL-PAID-FROM-BODY"),
    ("SELL-MISSING-BOOK", "SELL-PAID-FROM-BODY"),
    ("SELL-PAID-FROM-BODY", "SELL-NO-TX"),
    ("LABEL-COPIES-SHELL", "LABEL-ISBN-SHELL"),
    ("COVER-SSRF", "COVER-CONTENT-TYPE"),
    ("PAYOUT-MARKS-UNPAID", "PAYOUT-GUARD-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the whole ledger: intake, shelf, till sales, labels, consignor statements and
        payouts. Some of it is done carefully — `requireTill` fails closed and compares with
        `crypto.timingSafeEqual` after a length check, the consignor token is verified with a pinned
        algorithm, the card escapes the title, `/expiring` passes the interval as a parameter, and
        `isbn13Valid` computes the check digit correctly. The rest needs work:

        1. Staff authentication is decorative: `staffFrom` decodes the JWT without verifying it.
        2. The search builds SQL from the query string; labels and covers pass request data to a shell and to `fetch`.
        3. Money paths (sale, statement, payout) race or count the wrong rows.
        4. Two pricing/paging calculations are off at their bounds.

        Severity count: critical 3, high 7, medium 11, low 2.
        """,
        Block([
            F("STAFF-JWT-DECODE", "critical", "security", "`staffFrom` uses `jwt.decode`, so staff tokens are never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] })` and fail when the secret is empty.",
              symbol="staffFrom", conf=0.95),
            F("SEARCH-Q-SQLI", "critical", "security", "SQL injection through `q` in `/books/search`",
              "Use `title ILIKE $1` with `['%' + q + '%']`.", symbol="GET /books/search", conf=0.95),
            F("SEARCH-ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` to a fixed set of column names.", symbol="GET /books/search", conf=0.9),
            F("LABEL-COPIES-SHELL", "critical", "security", "Command injection via `copies` in the label endpoint",
              "Parse `copies` as a small integer and use `execFile` with an argument array.",
              symbol="POST /books/:id/label", conf=0.9),
            F("LABEL-ISBN-SHELL", "high", "security", "Stored ISBN is interpolated into the same shell command",
              "Intake only warns on a bad ISBN, so `isbn` can hold shell metacharacters. Pass it as an `execFile` argument.",
              symbol="POST /books/:id/label", conf=0.8),
            F("COVER-SSRF", "high", "security", "`/covers` fetches any URL the client supplies",
              "Allow only the cover provider's host and https; block private address ranges.",
              symbol="GET /covers", conf=0.88),
            F("COVER-CONTENT-TYPE", "medium", "security", "Upstream `content-type` is passed through to the client",
              "Serve only `image/*` types (or force `image/jpeg`) with `X-Content-Type-Options: nosniff`.",
              symbol="GET /covers", conf=0.7),
            F("CARD-AUTHOR-XSS", "medium", "security", "Author is not escaped in the HTML card",
              "Wrap `b.author` in `escapeHtml` like the title.", symbol="GET /books/:id/card", conf=0.85),
            F("STATEMENT-IDOR", "high", "security", "Consignor statement does not check that the token belongs to `:id`",
              "Compare `who.consignorId` with `Number(req.params.id)` and answer 403 otherwise.",
              symbol="GET /consignors/:id/statement", conf=0.88),
            F("PAYOUT-ANY-STAFF", "medium", "security", "Any staff member can trigger a payout",
              "Check `res.locals.staff.role === 'manager'` (after fixing token verification).",
              symbol="POST /consignors/:id/payout", conf=0.7),
            F("CORS-REFLECT-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "List the shop's own origins explicitly.", conf=0.75),
        ]),
        "Ledger correctness:",
        Block([
            F("SELL-DOUBLE-SALE", "high", "bug", "Two tills can sell the same book",
              "The SELECT and UPDATE are separate; use `UPDATE ... SET status = 'sold' WHERE id = $1 AND status = 'available' RETURNING ...` and treat zero rows as 409.",
              d=-2, symbol="POST /books/:id/sell", conf=0.82),
            F("SELL-MISSING-BOOK", "medium", "bug", "Selling an unknown id throws on `book.status`",
              "Return 404 when `rows.length === 0`.", symbol="POST /books/:id/sell", conf=0.85),
            F("SELL-PAID-FROM-BODY", "medium", "bug", "`paid` is accepted from the request without validation",
              "Reject non-finite or negative amounts and amounts below a configured floor.",
              symbol="POST /books/:id/sell", conf=0.7),
            F("SELL-NO-TX", "medium", "bug", "Sale update and ledger insert are not in one transaction",
              "Use a client from the pool with `BEGIN`/`COMMIT` so the ledger always matches the books.",
              symbol="POST /books/:id/sell", conf=0.75),
            F("PAYOUT-GUARD-RACE", "high", "bug", "`payoutRunning` is checked and set on different sides of an `await`",
              "Add the id before the first await (or use a row lock / advisory lock in Postgres).",
              d=-2, symbol="POST /consignors/:id/payout", conf=0.8),
            F("PAYOUT-MARKS-UNPAID", "high", "bug", "Payout marks books sold after the total was computed as paid",
              "Collect the ids in the SELECT and update only those ids, in the same transaction.",
              symbol="POST /consignors/:id/payout", conf=0.78),
            F("PAYOUT-GUARD-LEAK", "medium", "bug", "A failed transfer leaves the consignor locked in `payoutRunning`",
              "Use `try { ... } finally { payoutRunning.delete(id) }`.", symbol="POST /consignors/:id/payout", conf=0.8),
            F("STATEMENT-OWED-INCLUDES-PAID", "medium", "bug", "Statement's `owed` includes sales already paid out",
              "Filter on `!b.paid_out` before summing.", symbol="GET /consignors/:id/statement", conf=0.75),
            F("DISCOUNT-INDEX", "medium", "bug", "`shelfPrice` reads past the end of `DISCOUNTS` after 90 days",
              "Clamp: `DISCOUNTS[Math.min(step, DISCOUNTS.length - 1)]`; today an old book's price is `NaN`.",
              symbol="shelfPrice", conf=0.8),
            F("SHELF-OFFSET", "medium", "bug", "`/shelf` skips the first page",
              "`OFFSET (page - 1) * PAGE_SIZE`.", symbol="GET /shelf", conf=0.85),
            F("INTAKE-PRICE-UNCHECKED", "low", "bug", "Asking price is not validated at intake",
              "Require a finite positive number.", symbol="POST /books", conf=0.7),
            F("INTAKE-ISBN-ACCEPTED", "low", "bug", "Invalid ISBNs are stored after a warning",
              "Reject the intake with 400 when `isbn13Valid` fails.", symbol="POST /books", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("STAFF-JWT-DECODE", "critical", "security", "staffFrom: jwt.decode, no signature check", "jwt.verify", d=-3),
            F("SEARCH-Q-SQLI", "critical", "security", "SQLi via req.query.q", "parameterize", d=-2),
            F("SEARCH-ORDER-SQLI", "high", "security", "SQLi via req.query.order (ORDER BY)", "allow-list", d=-1),
            F("LABEL-COPIES-SHELL", "high", "security", "exec with req.body.copies", "execFile + int", d=-1),
            F("COVER-SSRF", "high", "security", "SSRF: req.query.src fetched", "host allow-list", d=-1),
            F("STATEMENT-IDOR", "high", "security", "statement: token not bound to :id", "compare consignorId", d=-2),
            F("SELL-MISSING-BOOK", "medium", "bug", "TypeError when book id unknown", "404"),
            F("SELL-DOUBLE-SALE", "high", "bug", "sell: UPDATE not conditional on status -> double sale", "WHERE status = 'available'", d=+2),
            F("PAYOUT-GUARD-RACE", "high", "bug", "payoutRunning.add after await: concurrent payouts", "add before await", d=+3),
            F("PAYOUT-MARKS-UNPAID", "medium", "bug", "paid_out set on rows not in the total", "update by ids"),
            F("DISCOUNT-INDEX", "medium", "bug", "step > 2 -> DISCOUNTS[step] undefined -> NaN", "clamp step", d=-1),
            F("SHELF-OFFSET", "low", "bug", "offset off by one page", "(page - 1) * PAGE_SIZE", d=-3),
            F("INTAKE-PRICE-UNCHECKED", "low", "bug", "askingPrice not validated", "finite > 0"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Quire & Spine consignment ledger (`src/server.ts`). Below are my findings,
        grouped by theme.

        ### Authentication and Access Control

        The staff middleware relies on `jwt.decode`, which does not validate signatures, and several endpoints
        trust identifiers without checking ownership or roles.
        """,
        Block([
            F("STAFF-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified for Staff",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="Any client can craft a token with an arbitrary `id` and `role`, gaining full staff access."),
            F("STATEMENT-IDOR", "HIGH", "Broken Access Control", "Consignor Statement Accessible to Other Consignors",
              "Check that the token's consignorId matches the requested id.", d=+3, sd=+1, n=3),
            F("PAYOUT-ANY-STAFF", "MEDIUM", "Broken Access Control", "Missing Role Check on Payouts",
              "Restrict payouts to managers."),
            F("CORS-REFLECT-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS with Credentials",
              "Use an explicit origin list.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Injection and Data Exposure
        """,
        Block([
            F("SEARCH-Q-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Book Search",
              "Use parameterized queries.", d=+1, sd=-1, n=3,
              desc="`q` is embedded in the SQL text that is passed to `pool.query`."),
            F("SEARCH-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via ORDER BY Parameter",
              "Validate the `order` parameter.", d=-1, sd=-2, n=3),
            F("LABEL-COPIES-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Use `execFile` with validated arguments.", sd=-2, n=3),
            F("LABEL-ISBN-SHELL", "HIGH", "Command Injection", "ISBN Value Used in Shell Command",
              "Validate the ISBN before use and avoid the shell.", sd=-1, n=2),
            F("COVER-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF in Cover Image Proxy",
              "Restrict the hosts that can be fetched.", sd=-1, n=3),
            F("COVER-CONTENT-TYPE", "MEDIUM", "Cross-Site Scripting", "Arbitrary Content-Type Served from Proxy",
              "Only allow image content types.", sd=-2, n=3),
            F("CARD-AUTHOR-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Author in Book Card",
              "Escape the author field.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Log the error server-side and return a generic message.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Business Logic and Concurrency

        The sale and payout paths are not atomic and can corrupt the ledger under concurrent use.
        """,
        Block([
            F("SELL-DOUBLE-SALE", "HIGH", "Race Condition", "Race Condition Allows Double Sale",
              "Use a conditional UPDATE or SELECT ... FOR UPDATE.", sd=-2, n=3),
            F("SELL-PAID-FROM-BODY", "MEDIUM", "Logic Error", "Client-Supplied Sale Price Not Validated",
              "Validate `paid`.", sd=-2, n=3),
            F("SELL-NO-TX", "MEDIUM", "Data Integrity", "Sale and Ledger Writes Not Atomic",
              "Wrap both statements in a transaction.", sd=-2, n=3),
            F("PAYOUT-GUARD-LEAK", "MEDIUM", "Availability", "Payout Lock Not Released on Failure",
              "Release the lock in a `finally` block.", sd=-2, n=3),
            F("DISCOUNT-INDEX", "MEDIUM", "Logic Error", "Discount Lookup Out of Range for Old Books",
              "Clamp the discount step.", sd=-2, n=3),
            F("SHELF-OFFSET", "LOW", "Logic Error", "Pagination Skips First Page",
              "Subtract one from the page before computing the offset.", d=-1, sd=-3, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("STAFF-JWT-DECODE", "high", "security", "jwt.decode instead of verify", "use jwt.verify"),
            F("SEARCH-Q-SQLI", "high", "security", "sql injection in search", "use $1 params"),
            F("LABEL-COPIES-SHELL", "high", "security", "shell injection via copies", "execFile", d=-1),
            F("COVER-SSRF", "medium", "security", "ssrf in /covers", "allow-list hosts"),
        ], fence=None, indent=None),
        "also:",
        Block([
            U({"severity": "low", "fix": "add tests for the sale and payout routes"}),
            F("STATEMENT-IDOR", "medium", "", "statement readable by other consignors", "check consignorId", d=-2),
            F("SELL-DOUBLE-SALE", "medium", "bug", "book can be sold twice", "conditional update", d=+2),
            F("SHELF-OFFSET", "low", "bug", "shelf page 1 is actually page 2", "(page-1)*size"),
            F("CARD-AUTHOR-XSS", "low", "security", "author not escaped in card", "escapeHtml(b.author)"),
            F("ERROR-STACK-LEAK", "low", "security", "stack traces in error responses", "drop stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. **Security**: staff JWTs are not verified; SQL and command injection; SSRF; consignor data exposure.
        2. **Correctness**: sale, statement and payout logic can double count or double pay.
        3. **Reliability**: missing-row handling and off-by-one calculations in pricing and paging.
        """,
        Block([
            F("STAFF-JWT-DECODE", "blocker", "security", "Unverified JWT used for staff authentication",
              "Use jwt.verify with the secret.", conf=0.95),
            F("CONSIGNOR-TOKEN-IN-QUERY", "minor", "security", "Consignor token passed in URL query string",
              "Accept the token in the Authorization header.", conf=0.6),
            F("CORS-REFLECT-CREDENTIALS", "minor", "security", "CORS allows any origin with credentials",
              "Restrict origins.", conf=0.6),
            F("SEARCH-Q-SQLI", "blocker", "security", "SQL injection in search endpoint",
              "Use parameterized queries.", conf=0.9),
            F("LABEL-COPIES-SHELL", "blocker", "security", "Command injection via copies in label printing",
              "Validate copies and use execFile.", conf=0.9),
            F("COVER-SSRF", "major", "security", "Server-side request forgery in cover fetch",
              "Validate the URL.", d=-1, conf=0.85),
            F("STATEMENT-IDOR", "major", "security", "Statement endpoint lacks consignor ownership check",
              "Compare token and path id.", conf=0.85),
            F("SELL-DOUBLE-SALE", "major", "concurrency", "Concurrent sales of the same book",
              "Use a transaction with row locking.", conf=0.8),
            F("SELL-PAID-FROM-BODY", "major", "correctness", "Sale amount taken from request body",
              "Validate paid against asking price.", anchor='if (book.status !== "available")', conf=0.7),
            F("SELL-MISSING-BOOK", "major", "reliability", "Null dereference when book not found",
              "Check rows length.", conf=0.8),
            F("PAYOUT-GUARD-RACE", "major", "concurrency", "Check-then-act race on payoutRunning set",
              "Set the guard before awaiting.", conf=0.75),
            F("PAYOUT-MARKS-UNPAID", "major", "correctness", "Payout marks unpaid sales as paid",
              "Update only the rows that were summed.", conf=0.75),
            F("STATEMENT-OWED-INCLUDES-PAID", "minor", "correctness", "Owed total ignores paid_out flag",
              "Exclude paid-out books.", conf=0.65),
            F("DISCOUNT-INDEX", "major", "correctness", "Array index out of bounds in discount steps",
              "Clamp the index.", d=-1, conf=0.75),
            F("SHELF-OFFSET", "minor", "correctness", "Off-by-one in shelf pagination offset",
              "Use (page - 1).", conf=0.8),
            F("INTAKE-PRICE-UNCHECKED", "minor", "correctness", "Asking price not validated",
              "Validate the price.", conf=0.6),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace exposed in error handler",
              "Hide internals.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}

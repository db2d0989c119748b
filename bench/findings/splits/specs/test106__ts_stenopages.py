"""test106/ts-stenopages: a court stenographer agency's transcript orders and page billing (TypeScript).

Frozen test split; labels inline. Written 2026-12-07 by a helper session that had not seen the merger code, any score,
or any other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had seen neither the merger code nor any score. Frozen test split "
    "test106 (scored once, at the end of round 54): a court reporting agency's transcript-order and page-billing API "
    "(Express 4 + pg + jsonwebtoken) with seeded problems; five agents' answers written by hand."
)

S = "src/server.ts"
B = "src/billing.ts"

PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                      "CORS reflects any Origin with credentials allowed"),
    "JWT-NO-EXPIRY": P(S, "jwt.verify(token, JWT_SECRET, { ignoreExpiration: true })", "security",
                       "ignoreExpiration: expired attorney tokens are accepted forever", "signature-vs-statement"),
    "AUTH-CATCH-ANONYMOUS": P(S, "} catch { /* anonymous", "security",
                              "a bad or forged token is swallowed and the request continues anonymous instead of 401"),
    "LIST-SQLI-STATUS": P(S, "AND status = '${status}' ORDER BY ${sort}", "security",
                          "status query value inside quotes in the SQL text"),
    "LIST-SQLI-SORT": P(S, "AND status = '${status}' ORDER BY ${sort}", "security",
                        "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "ORDER-NO-LOGIN": P(S, 'app.get("/orders/:id", attorneyAuth', "security",
                        "GET /orders/:id never checks req.attorney: anonymous callers read orders"),
    "ORDER-IDOR": P(S, '"SELECT * FROM orders WHERE id = $1"', "security",
                    "order fetched by id without the firm filter: any attorney reads any firm's order",
                    "signature-vs-statement"),
    "EXCERPT-OTHER-FIRM": P(S, "fs.readFileSync(path.join(TRANSCRIPTS", "security",
                            "page excerpts read for any order id, no firm check (extra, one agent)"),
    "EXCERPT-SYNC-READ": P(S, "fs.readFileSync(path.join(TRANSCRIPTS", "performance",
                           "whole transcript read synchronously on every excerpt request: blocks the event loop"),
    "PAGE-RANGE-OFFSET": P(S, "lines.slice(from * LINES_PER_PAGE", "bug",
                           "pages are 1-based but the slice starts at from * 25: page 1 returns page 2", "off-by-one"),
    "TRANSCRIPT-TRAVERSAL": P(S, "res.sendFile(path.join(TRANSCRIPTS, file));", "security",
                              "file query value joined to the transcripts dir: path traversal", "source-vs-sink"),
    "TRANSCRIPT-OTHER-FIRM": P(S, "res.sendFile(path.join(TRANSCRIPTS, file));", "security",
                               "any logged-in attorney downloads any firm's transcript: no order/firm check"),
    "MAIL-EMAIL-INJECTION": P(S, 'exec(`mail -s "Transcript', "security",
                              "email body value interpolated into a shell command", "source-vs-sink"),
    "MAIL-CASE-INJECTION": P(S, 'exec(`mail -s "Transcript', "security",
                             "attorney-supplied case number inside double quotes in the shell command ($(...) runs)"),
    "SEARCH-REDOS": P(S, "const pattern = new RegExp(", "security",
                      "user-supplied regular expression: catastrophic backtracking blocks the server"),
    "SEARCH-INVALID-REGEX": P(S, "const pattern = new RegExp(", "bug",
                              "an invalid pattern throws inside the async handler: unhandled rejection, request hangs"),
    "ASSIGN-NONE-FREE": P(S, "reporters.find((r) => !r.busy)!", "bug",
                          "non-null assertion: with every reporter busy find() is undefined and free.name throws"),
    "ASSIGN-RACE": P(S, '"UPDATE orders SET reporter = $1', "bug",
                     "free reporter picked, await, then marked busy: concurrent assignments get the same reporter",
                     "critical-section"),
    "INVOICE-SEQ-RACE": P(S, '"INSERT INTO invoices (number', "bug",
                          "invoiceSeq read, await, then written: concurrent invoices get the same number (and it restarts at 1)",
                          "critical-section"),
    "CANCEL-REFUNDS-AGAIN": P(S, "const refund = new Date(rows[0].hearing_date)", "bug",
                              "status fetched but never checked: delivered or already-cancelled orders are refunded again"),
    "CANCEL-REPORTER-KEPT": P(S, "\"UPDATE orders SET status = 'cancelled'", "bug",
                              "cancelling an assigned order never releases its reporter (stays busy)"),
    "STATEMENT-MONTH-OFFSET": P(S, "const start = new Date(Date.UTC(year, month, 1));", "bug",
                                "Date.UTC months are 0-based: ?month=2026-03 bills April", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns the message and stack trace to the client"),
    "QUOTE-UNKNOWN-TURNAROUND": P(B, "const rate = PAGE_RATE[turnaround];", "bug",
                                  "unknown turnaround gives an undefined rate: the quote is NaN and stored",
                                  "signature-vs-statement"),
    "QUOTE-COPIES-ZERO": P(B, "const extra = (copies - 1)", "bug",
                           "copies 0 or negative makes the copy charge negative: a discount on the original"),
    "INVOICE-PARTIAL-PAGE": P(B, "return Math.floor(lineCount / LINES_PER_PAGE);", "bug",
                              "floor: a partial last page is never billed (pageCount above uses ceil)", "off-by-one"),
}

CONFUSABLE = [
    ("JWT-NO-EXPIRY", "AUTH-CATCH-ANONYMOUS"),
    ("QUOTE-UNKNOWN-TURNAROUND", "QUOTE-COPIES-ZERO"),
    ("LIST-SQLI-STATUS", "LIST-SQLI-SORT"),
    ("ORDER-NO-LOGIN", "ORDER-IDOR"),
    ("EXCERPT-OTHER-FIRM", "EXCERPT-SYNC-READ"),
    ("EXCERPT-SYNC-READ", "PAGE-RANGE-OFFSET"),
    ("TRANSCRIPT-TRAVERSAL", "TRANSCRIPT-OTHER-FIRM"),
    ("MAIL-EMAIL-INJECTION", "MAIL-CASE-INJECTION"),
    ("SEARCH-REDOS", "SEARCH-INVALID-REGEX"),
    ("ASSIGN-NONE-FREE", "ASSIGN-RACE"),
    ("CANCEL-REFUNDS-AGAIN", "CANCEL-REPORTER-KEPT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `stenopages` takes transcript orders from law firms, bills them by the page and delivers the transcripts.
        The attorney-facing routes mostly scope queries by `req.attorney.firm`, which is good, but several routes
        skip that scoping, and two of them build SQL or shell commands from request values.

        1. Injection: `GET /orders` (SQL), `POST /orders/:id/deliver` (shell), `GET /transcripts` (path).
        2. Authorization: `GET /orders/:id`, `GET /orders/:id/pages` and `GET /transcripts` do not check the firm.
        3. Authentication: tokens never expire and a bad token is silently treated as anonymous.
        4. Billing: page arithmetic and month ranges are off by one; invoice numbers can collide.

        Correct as written: `billingOnly` (fails closed, length check before `timingSafeEqual`), `pageCount` (ceil),
        the `Number(req.params.id)` in the excerpt path, `dueDate`'s fallback for an unknown turnaround, and the
        firm filter in `deliver`, `search` and `cancel`.
        """,
        Block([
            F("LIST-SQLI-SORT", "critical", "security", "SQL injection via `sort` in `GET /orders`",
              "Map `sort` through an allow-list of column names.", symbol="GET /orders", conf=0.95),
            F("LIST-SQLI-STATUS", "critical", "security", "SQL injection via `status` in `GET /orders`",
              "Bind `status` as `$2` instead of splicing it into quotes.", symbol="GET /orders", conf=0.95),
            F("MAIL-EMAIL-INJECTION", "critical", "security", "Command injection through `email` in transcript delivery",
              "Use `execFile(\"mail\", [\"-s\", subject, \"-A\", pdf, email])` and validate the address.",
              symbol="POST /orders/:id/deliver", conf=0.9),
            F("MAIL-CASE-INJECTION", "high", "security", "Case number is expanded by the shell inside the mail subject",
              "Double quotes do not stop `$(...)` or backticks; with `execFile` the subject is a plain argument.",
              symbol="POST /orders/:id/deliver", conf=0.8),
            F("TRANSCRIPT-TRAVERSAL", "high", "security", "Path traversal in `GET /transcripts`",
              "Use `res.sendFile(file, { root: TRANSCRIPTS })` and reject names with `/` or `..`.",
              symbol="GET /transcripts", conf=0.9),
            F("TRANSCRIPT-OTHER-FIRM", "high", "security", "`GET /transcripts` serves any firm's transcript",
              "Look the transcript up by order id and check `orders.firm = req.attorney.firm` first.",
              symbol="GET /transcripts", conf=0.8),
        ]),
        "Authorization, billing and state:",
        Block([
            F("JWT-NO-EXPIRY", "high", "security", "Attorney tokens never expire (`ignoreExpiration: true`)",
              "Remove the option and issue short-lived tokens.", symbol="attorneyAuth", conf=0.85),
            F("AUTH-CATCH-ANONYMOUS", "medium", "security", "`attorneyAuth` continues as anonymous on an invalid token",
              "Answer 401 in the `catch` instead of relying on every route to re-check `req.attorney`.",
              symbol="attorneyAuth", conf=0.75),
            F("ORDER-NO-LOGIN", "high", "security", "`GET /orders/:id` has no login check",
              "Add `if (!req.attorney) return res.status(401)...` like the other attorney routes.",
              symbol="GET /orders/:id", conf=0.85),
            F("ORDER-IDOR", "high", "security", "`GET /orders/:id` is not scoped to the caller's firm",
              "Add `AND firm = $2` with `req.attorney.firm`.", symbol="GET /orders/:id", conf=0.9),
            F("EXCERPT-OTHER-FIRM", "medium", "security", "Page excerpts are served for orders of other firms",
              "Check the order's firm before reading the transcript.", symbol="GET /orders/:id/pages", conf=0.7),
            F("PAGE-RANGE-OFFSET", "medium", "bug", "Excerpt pages are shifted by one",
              "Pages are numbered from 1: slice from `(from - 1) * LINES_PER_PAGE`.",
              symbol="GET /orders/:id/pages", conf=0.8),
            F("ASSIGN-RACE", "medium", "bug", "Reporter assignment is not atomic across the `await`",
              "Mark the reporter busy before awaiting the UPDATE (and roll back on error), or assign in the database.",
              d=-1, n=3, symbol="POST /orders/:id/assign", conf=0.8),
            F("ASSIGN-NONE-FREE", "medium", "bug", "`find(...)!` crashes when every reporter is busy",
              "Return 409 when no reporter is free instead of asserting non-null.",
              symbol="POST /orders/:id/assign", conf=0.8),
            F("INVOICE-SEQ-RACE", "high", "bug", "Invoice numbers can be duplicated",
              "`invoiceSeq` is read before and written after an `await`; use a database sequence (which also survives restarts).",
              d=-1, n=3, symbol="POST /orders/:id/invoice", conf=0.85),
            F("STATEMENT-MONTH-OFFSET", "high", "bug", "Monthly statement covers the wrong month",
              "`Date.UTC` months are 0-based: use `month - 1` and `month`.",
              symbol="GET /firms/:firm/statement", conf=0.85),
            F("QUOTE-UNKNOWN-TURNAROUND", "medium", "bug", "`quote` returns NaN for an unknown turnaround",
              "Validate `turnaround` against `TURNAROUNDS` in `POST /orders` and throw in `quote` when the rate is missing.",
              symbol="quote", conf=0.8),
            F("INVOICE-PARTIAL-PAGE", "medium", "bug", "`billablePages` drops the partial last page",
              "Use `Math.ceil`, like `pageCount` two functions above.", symbol="billablePages", conf=0.8),
            F("CORS-REFLECT", "medium", "security", "CORS reflects every origin with credentials",
              "List the agency's front-end origins explicitly.", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("LIST-SQLI-SORT", "critical", "security", "GET /orders: ?sort= spliced into ORDER BY",
              "allow-list.", d=-2),
            F("MAIL-EMAIL-INJECTION", "critical", "security", "deliver: body.email reaches exec() unescaped",
              "execFile + validate email.", d=-2),
            F("TRANSCRIPT-TRAVERSAL", "high", "security", "/transcripts?file=../../ path traversal",
              "sendFile with root.", d=-1),
            F("ORDER-IDOR", "high", "security", "GET /orders/:id not scoped to firm (IDOR)",
              "AND firm = $2.", d=-1),
            F("JWT-NO-EXPIRY", "medium", "security", "attorneyAuth: ignoreExpiration true",
              "drop it.", d=-3),
            F("INVOICE-SEQ-RACE", "high", "bug", "invoiceSeq race across await -> duplicate invoice numbers",
              "db sequence.", d=+1),
            F("ASSIGN-NONE-FREE", "medium", "bug", "assign: find()! undefined when all reporters busy -> TypeError",
              "409 if none."),
            F("SEARCH-INVALID-REGEX", "medium", "bug", "new RegExp(q) throws on invalid pattern; async handler never responds",
              "try/catch -> 400."),
            F("CANCEL-REFUNDS-AGAIN", "medium", "bug", "cancel ignores status: refunds delivered/cancelled orders",
              "only open orders."),
            F("QUOTE-COPIES-ZERO", "low", "bug", "quote: copies=0 gives negative copy charge",
              "copies >= 1."),
            F("STATEMENT-MONTH-OFFSET", "high", "bug", "statement month off by one (Date.UTC 0-based)",
              "month - 1.", d=+1),
            F("ERROR-STACK-LEAK", "low", "security", "error handler leaks err.stack",
              "generic message."),
        ], wrap="object", fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `stenopages` codebase, a TypeScript Express API for a court reporting
        agency that handles transcript orders, page billing, reporter assignment and transcript delivery.

        ## Security Vulnerabilities

        Several endpoints pass request data into SQL statements, shell commands and filesystem paths. Access
        control is also inconsistent: some routes scope data by the attorney's firm and others do not.
        """,
        Block([
            F("LIST-SQLI-STATUS", "CRITICAL", "SQL Injection", "SQL Injection in Order Listing",
              "Use parameterized queries for `status` and an allow-list for `sort`.", sd=-2, n=3,
              desc="The `status` query parameter is embedded in the SQL string inside quotes."),
            F("MAIL-EMAIL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Transcript Delivery",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `email` field from the request body is concatenated into a shell command."),
            F("TRANSCRIPT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Transcript Download",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("ORDER-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Filter orders by the authenticated attorney's firm."),
            F("AUTH-CATCH-ANONYMOUS", "MEDIUM", "Broken Authentication", "Authentication Middleware Fails Open",
              "Return 401 when token verification fails.",
              desc="Verification errors are caught and ignored, so the request proceeds without an identity."),
            F("SEARCH-REDOS", "MEDIUM", "Denial of Service", "Regular Expression Denial of Service (ReDoS)",
              "Escape the search term or use a plain substring match."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict allowed origins."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Log the stack server-side and return a generic error."),
        ], wrap="list"),
        """
        ## Logic, Concurrency and Performance

        The in-memory reporter list and invoice counter are shared between concurrent requests, and some of the
        billing arithmetic is wrong at the boundaries.
        """,
        Block([
            F("ASSIGN-RACE", "HIGH", "Race Condition", "Race Condition in Reporter Assignment",
              "Set `busy` before the asynchronous database call.", d=+1,
              desc="Between `find` and `free.busy = true` the handler awaits the database, so two requests can pick the same reporter."),
            F("INVOICE-SEQ-RACE", "HIGH", "Race Condition", "Duplicate Invoice Numbers Under Concurrency",
              "Use a database sequence."),
            U({"severity": "INFO", "category": "Code Style",
               "description": "Consider splitting server.ts into separate routers."}),
            F("EXCERPT-SYNC-READ", "MEDIUM", "Performance", "Synchronous File Read Blocks the Event Loop",
              "Use `fs.promises.readFile` or stream the file."),
            F("PAGE-RANGE-OFFSET", "MEDIUM", "Logic Error", "Off-by-One Error in Page Excerpts",
              "Subtract one from `from` before multiplying."),
            F("QUOTE-UNKNOWN-TURNAROUND", "MEDIUM", "Logic Error", "Quote Becomes NaN for Invalid Turnaround",
              "Validate the turnaround value.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LIST-SQLI-SORT", "error", "security", "sql injection in GET /orders (sort)", "allow-list sort"),
            F("MAIL-EMAIL-INJECTION", "error", "security", "shell injection in deliver (email)", "execFile"),
            F("TRANSCRIPT-TRAVERSAL", "error", "security", "path traversal in /transcripts", "root option"),
            F("ORDER-NO-LOGIN", "error", "security", "GET /orders/:id works without login", "check req.attorney"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("ASSIGN-RACE", "warning", "bug", "reporter can be assigned twice (await before busy=true)", "set busy first"),
            F("INVOICE-PARTIAL-PAGE", "warning", "bug", "billablePages floors, last page not billed", "Math.ceil",
              d=-1),
            F("CANCEL-REPORTER-KEPT", "warning", "", "cancel doesn't free the reporter", "reset busy"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL and command injection in the order list and delivery.
        2. Access control gaps on orders and transcripts.
        3. Token expiry is disabled.
        4. Races on in-memory reporter and invoice state.
        5. Billing and paging arithmetic errors.
        6. A user-controlled regular expression and a synchronous file read.
        """,
        Block([
            F("JWT-NO-EXPIRY", "major", "security", "JWT expiration check disabled",
              "Remove ignoreExpiration.", d=+1, conf=0.8),
            F("LIST-SQLI-SORT", "blocker", "security", "SQL injection in order list sorting",
              "Use a whitelist for the sort column.", conf=0.9),
            F("ORDER-IDOR", "major", "security", "Order details accessible across firms",
              "Filter by firm.", conf=0.85),
            F("EXCERPT-SYNC-READ", "minor", "performance", "Blocking readFileSync in request handler",
              "Use async I/O.", conf=0.7),
            F("PAGE-RANGE-OFFSET", "major", "correctness", "Off-by-one in page excerpt range",
              "Use (from - 1) * LINES_PER_PAGE.", d=-1, conf=0.75),
            F("TRANSCRIPT-OTHER-FIRM", "major", "security", "Transcript download lacks ownership check",
              "Verify the transcript belongs to the attorney's firm.", conf=0.8),
            F("MAIL-CASE-INJECTION", "blocker", "security", "Command injection via case number in mail subject",
              "Do not build shell commands from stored data.", conf=0.8),
            F("SEARCH-REDOS", "major", "security", "ReDoS through user-supplied regex",
              "Escape user input.", conf=0.75),
            F("ASSIGN-RACE", "major", "concurrency", "Concurrent reporter assignment race",
              "Update busy flag atomically.", d=+1, conf=0.75),
            F("INVOICE-SEQ-RACE", "major", "concurrency", "Invoice sequence not concurrency-safe",
              "Use a DB sequence.", d=-1, conf=0.8),
            F("CANCEL-REFUNDS-AGAIN", "major", "correctness", "Refund issued regardless of order status",
              "Check status before refunding.", d=+1, conf=0.7),
            F("CANCEL-REPORTER-KEPT", "minor", "reliability", "Assigned reporter not released on cancellation",
              "Release the reporter.", conf=0.6),
            F("QUOTE-COPIES-ZERO", "minor", "correctness", "Negative copy charge when copies is 0",
              "Validate copies >= 1.", conf=0.65),
            F("STATEMENT-MONTH-OFFSET", "major", "correctness", "Month index off by one in statement range",
              "JavaScript months are zero-based.", conf=0.8),
            F("INVOICE-PARTIAL-PAGE", "major", "correctness", "Partial pages not billed",
              "Round up.", conf=0.75),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 10 major, 3 minor"),
    ]),
}

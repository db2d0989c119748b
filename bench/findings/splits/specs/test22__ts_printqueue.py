"""test22/ts-printqueue: a print-shop order queue (TypeScript, Express + pg). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or other splits' data. "
    "Frozen test split (test22): seeded problems in a small print-shop order queue; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const SECRET = process.env.JWT_SECRET || "printshop-dev-secret";', "security", "JWT secret falls back to a constant: anyone can mint tokens (staff role included)"),
    "WEBHOOK-SECRET-EMPTY": P(S, 'const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET ?? "";', "security", "webhook HMAC key defaults to the empty string: forged payment webhooks verify"),
    "STAFF-ASSIGNMENT": P(S, 'if (user.role = "staff") return next();', "security", "assignment instead of comparison in requireStaff: every user passes (and becomes staff)", "signature-vs-statement"),
    "UPLOAD-TRAVERSAL": P(S, 'fs.writeFileSync(dest, Buffer.from(data, "base64"));', "security", "filename from the body joined into the upload path: ../ writes anywhere", "source-vs-sink"),
    "UPLOAD-PATH-LEAK": P(S, "res.status(201).json({ file: dest });", "security", "upload response returns the absolute server path"),
    "RANGE-UNVALIDATED": P(S, 'const [from, to] = range.split("-").map(Number);', "bug", "page range not validated: NaN, reversed, beyond the document or huge (loop of millions)"),
    "RANGE-LAST-PAGE": P(S, "for (let p = from; p < to; p++) pages.push(p);", "bug", "range is inclusive but the loop stops before `to`: last page not printed, one page less billed", "off-by-one"),
    "UNKNOWN-PAPER-NAN": P(S, "const base = PRICE_PER_PAGE[paper];", "bug", "unknown paper size gives undefined price: NaN total stored, order free"),
    "BULK-DISCOUNT-BOUNDARY": P(S, "return copies > 100 ? base * 0.85 : base;", "bug", "discount is for 100 copies or more but > 100 excludes exactly 100", "off-by-one"),
    "PRICE-CLIENT-PAGES": P(S, "const pages = pageList(range, totalPages).length;", "security", "page count (totalPages) taken from the client: price and quota computed from a number the customer chooses"),
    "COPIES-UNVALIDATED": P(S, "const price = pages * copies * unitPrice(paper, copies);", "bug", "copies not validated: negative, zero or fractional copies give a negative/odd price"),
    "QUOTA-RACE": P(S, "if (used + pages * copies > MONTHLY_PAGE_QUOTA)", "bug", "quota read, checked and the order inserted across awaits: parallel orders exceed the monthly quota", "critical-section"),
    "ORDERS-SQLI-STATUS": P(S, "WHERE status = '${status}' ORDER BY ${sort} LIMIT 100`", "security", "status query value in a template-literal SQL", "source-vs-sink"),
    "ORDERS-SQLI-SORT": P(S, "WHERE status = '${status}' ORDER BY ${sort} LIMIT 100`", "security", "sort query value in ORDER BY", "source-vs-sink"),
    "ORDER-IDOR": P(S, '"SELECT * FROM orders WHERE id = $1", [req.params.id]', "security", "GET /orders/:id returns any customer's order (no owner check)", "signature-vs-statement"),
    "RECEIPT-XSS": P(S, "res.send(`<h1>Receipt #${o.id}</h1>", "security", "order notes rendered into the receipt HTML unescaped (stored XSS)"),
    "POSITION-AHEAD": P(S, "res.json({ ahead: idx + 1, of: waiting.length });", "bug", "jobs ahead is idx, not idx + 1: the first job is told one job is ahead of it", "off-by-one"),
    "LP-CMD-INJECTION": P(S, "exec(`lp -d ${printer} -n ${job.copies} -o ${options} ${file}`", "security", "printer, options and file name interpolated into a shell command", "signature-vs-statement"),
    "LP-ERROR-IGNORED": P(S, "exec(`lp -d ${printer} -n ${job.copies} -o ${options} ${file}`", "bug", "lp failure ignored (empty callback): job shows as printing forever"),
    "QUEUE-CLAIM-RACE": P(S, "await markPrinting(job.id, printer);", "bug", "job found as queued, then an await before its status is set: two printers claim and print the same job", "critical-section"),
    "CANCEL-STATUS-UNCHECKED": P(S, "await pool.query(\"UPDATE orders SET status = 'cancelled' WHERE id = $1\"", "bug", "orders already printing or done can be cancelled and refunded"),
    "CANCEL-QUEUE-KEPT": P(S, "await pool.query(\"UPDATE orders SET status = 'cancelled' WHERE id = $1\"", "bug", "cancel updates the database only: the in-memory queue job stays queued and is still printed"),
    "REFUND-UNPAID": P(S, "await refund(rows[0].id, rows[0].price);", "bug", "refund issued whether or not the order was ever paid (paid flag not checked)"),
    "WEBHOOK-REPARSED-BODY": P(S, 'update(JSON.stringify(req.body)).digest("hex")', "bug", "HMAC computed over re-serialised JSON instead of the raw body: genuine signatures can fail"),
    "WEBHOOK-TIMING": P(S, "if (given !== expected) return res.status(401).end();", "security", "signature compared with !== (not constant time)"),
    "WEBHOOK-UNAWAITED": P(S, 'pool.query("UPDATE orders SET paid = true WHERE id = $1"', "bug", "update not awaited: failure is an unhandled rejection and the webhook still answers 204"),
    "FILES-TRAVERSAL": P(S, "res.sendFile(path.join(UPLOAD_DIR, user.sub, req.params.name));", "security", "encoded ../ in :name escapes the customer's folder"),
    "PRINTER-SSRF": P(S, "const r = await fetch(`${entry.url}/status`);", "security", "printer URL from a heartbeat body fetched by the server (SSRF; extra, one agent)"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "stack traces returned to clients"),
}

CONFUSABLE = [
    ("JWT-DEFAULT-SECRET", "WEBHOOK-SECRET-EMPTY"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-PATH-LEAK"),
    ("RANGE-UNVALIDATED", "RANGE-LAST-PAGE"),
    ("UNKNOWN-PAPER-NAN", "BULK-DISCOUNT-BOUNDARY"),
    ("PRICE-CLIENT-PAGES", "COPIES-UNVALIDATED"),
    ("ORDERS-SQLI-STATUS", "ORDERS-SQLI-SORT"),
    ("LP-CMD-INJECTION", "LP-ERROR-IGNORED"),
    ("CANCEL-STATUS-UNCHECKED", "CANCEL-QUEUE-KEPT"),
    ("CANCEL-STATUS-UNCHECKED", "REFUND-UNPAID"),
    ("WEBHOOK-REPARSED-BODY", "WEBHOOK-TIMING"),
    ("WEBHOOK-TIMING", "WEBHOOK-UNAWAITED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` implements the whole print-queue service in one Express app. The authorisation layer is
        the weakest point: `requireStaff` lets everyone through, so every staff-only route (order listing, queue
        control, printer registration) is effectively public to any logged-in customer.

        Priorities:
        1. `requireStaff` assignment bug, SQL injection in `GET /orders`, shell injection in `sendToPrinter`.
        2. Path traversal on upload; other customers' orders readable by id.
        3. Pricing and quota logic that trusts the client or races.
        4. Cancellation/refund and webhook handling.
        """,
        Block([
            F("STAFF-ASSIGNMENT", "critical", "security", "`requireStaff` assigns `role` instead of comparing it",
              "Use `===`; as written every authenticated user is treated as staff (and their claims object is mutated).",
              symbol="requireStaff", conf=0.95),
            F("ORDERS-SQLI-STATUS", "critical", "security", "SQL injection via `status` in `GET /orders`",
              "Use `$1` for `status` and an allow-list for `sort`.", symbol="GET /orders", conf=0.9),
            F("LP-CMD-INJECTION", "critical", "security", "`sendToPrinter` builds an `lp` shell command from request data",
              "Use `execFile(\"lp\", [\"-d\", printer, \"-n\", String(copies), \"-o\", options, file])` and validate `options`.",
              symbol="sendToPrinter", conf=0.9),
            F("UPLOAD-TRAVERSAL", "high", "security", "Uploaded `filename` can escape the customer's directory",
              "Use `path.basename(filename)` and check the resolved path stays under the user's folder.",
              d=-1, symbol="POST /uploads", conf=0.85),
            F("ORDER-IDOR", "high", "security", "Any customer can read any order by id",
              "Add `AND customer = $2` as the receipt route does, or allow staff only.",
              symbol="GET /orders/:id", conf=0.85),
            F("RECEIPT-XSS", "medium", "security", "Order notes are rendered into receipt HTML without escaping",
              "Escape interpolated values or render with a template engine that escapes by default.",
              symbol="GET /orders/:id/receipt", conf=0.8),
            F("PRICE-CLIENT-PAGES", "high", "bug", "Price and quota use a page count supplied by the client",
              "Count the pages of the uploaded file on the server (e.g. with pdfinfo) and ignore `totalPages`.",
              symbol="POST /orders", conf=0.8),
            F("QUOTA-RACE", "medium", "bug", "Monthly quota check is not atomic with the insert",
              "Check and insert in one transaction with a row lock on the customer, or a conditional INSERT ... SELECT.",
              d=-1, n=2, symbol="POST /orders", conf=0.75),
            F("RANGE-LAST-PAGE", "medium", "bug", "Page range `3-7` prints pages 3-6",
              "Loop with `p <= to`.", symbol="pageList", conf=0.9),
            F("BULK-DISCOUNT-BOUNDARY", "low", "bug", "Bulk discount skips orders of exactly 100 copies",
              "Use `copies >= 100` to match the comment.", symbol="unitPrice", conf=0.85),
            F("QUEUE-CLAIM-RACE", "medium", "bug", "Two printers can claim the same queued job",
              "Set `job.status = \"printing\"` before awaiting, or claim in SQL with `UPDATE ... WHERE status = 'queued' RETURNING`.",
              d=-2, n=3, symbol="POST /queue/next", conf=0.8),
            F("CANCEL-STATUS-UNCHECKED", "medium", "bug", "Printed orders can be cancelled and refunded",
              "Allow cancellation only while `status = 'queued'`, using it as a condition of the UPDATE.",
              symbol="POST /orders/:id/cancel", conf=0.8),
            F("CANCEL-QUEUE-KEPT", "medium", "bug", "Cancelled jobs remain in the in-memory queue",
              "Remove the job from `queue` (or mark it cancelled) so `/queue/next` does not hand it to a printer.",
              symbol="POST /orders/:id/cancel", conf=0.75),
            F("WEBHOOK-REPARSED-BODY", "medium", "bug", "Webhook HMAC is computed over `JSON.stringify(req.body)`",
              "Verify against the raw request bytes (`express.raw` on this route); re-serialised JSON need not match what was signed.",
              symbol="POST /webhooks/payment", conf=0.7),
            F("WEBHOOK-SECRET-EMPTY", "medium", "security", "Webhook secret defaults to an empty string",
              "Fail at startup when `WEBHOOK_SECRET` is unset.", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts (202 lines) — 15 findings.",
        Block([
            F("STAFF-ASSIGNMENT", "critical", "security", "requireStaff: `=` instead of `===`, staff check always passes", "Compare with ===.", d=-2),
            F("ORDERS-SQLI-SORT", "critical", "security", "GET /orders: ?sort= goes straight into ORDER BY", "Allow-list sort columns.", d=-1),
            F("ORDERS-SQLI-STATUS", "critical", "security", "GET /orders: ?status= interpolated into SQL", "Parameterize.", d=-2),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret", "Require JWT_SECRET."),
            F("UPLOAD-TRAVERSAL", "high", "security", "filename from req.body not sanitized before writeFileSync", "basename + containment check.", d=-2),
            F("LP-CMD-INJECTION", "high", "security", "exec() with interpolated printer/options/file", "execFile with argv."),
            F("FILES-TRAVERSAL", "medium", "security", "GET /files/:name: decoded ../ in name escapes the user dir", "Reject names containing path separators."),
            F("QUEUE-CLAIM-RACE", "medium", "bug", "Job status set only after await markPrinting(): duplicate claims", "Mark before the await.", d=1),
            F("CANCEL-QUEUE-KEPT", "medium", "bug", "Cancelled orders stay in the in-memory queue and still print", "Remove/flag the Job on cancel."),
            F("REFUND-UNPAID", "medium", "bug", "Refund sent even if the order was never paid", "Check orders.paid."),
            F("POSITION-AHEAD", "low", "bug", "ahead = idx + 1 overcounts by one", "ahead: idx.", d=-2),
            F("WEBHOOK-UNAWAITED", "low", "bug", "Webhook DB update is not awaited", "await + 500 on failure."),
            F("UNKNOWN-PAPER-NAN", "low", "bug", "Unknown paper -> undefined base -> NaN price", "400 on unknown paper."),
            F("RANGE-UNVALIDATED", "low", "bug", "pageList accepts NaN/reversed/huge ranges", "Validate 1 <= from <= to <= totalPages."),
            F("ERROR-STACK", "low", "security", "Error handler returns err.stack", "Log it instead."),
        ], wrap="object", fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the print-shop order queue service. The application uses Express with a
        PostgreSQL pool and JWT authentication. Below are my findings, grouped by severity.

        **Critical and High Severity**
        """,
        Block([
            F("STAFF-ASSIGNMENT", "CRITICAL", "Broken Access Control", "Authorization Bypass in Staff Middleware",
              "Replace the assignment with a strict equality comparison.",
              desc="The expression `user.role = \"staff\"` assigns the string and always evaluates truthy, so all authenticated users can reach staff routes."),
            F("ORDERS-SQLI-STATUS", "CRITICAL", "SQL Injection", "SQL Injection in Order Listing",
              "Use parameterized queries.",
              desc="Both `status` and `sort` are taken from the query string and embedded into the SQL statement."),
            F("LP-CMD-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Print Dispatch",
              "Use `execFile` or `spawn` with an argument array.", d=-2,
              desc="The `options` value comes from `req.body.options` in `/queue/next` and is passed to a shell."),
            F("UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Upload Filename",
              "Sanitize the filename with `path.basename`."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Hardcoded Credentials", "Hardcoded Fallback JWT Secret",
              "Remove the fallback value."),
            F("RECEIPT-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Order Receipt",
              "HTML-encode user-controlled values."),
        ], wrap="list"),
        """
        **Medium and Low Severity**
        """,
        Block([
            F("COPIES-UNVALIDATED", "MEDIUM", "Business Logic", "Negative Copies Produce Negative Price",
              "Validate that copies is a positive integer."),
            F("RANGE-LAST-PAGE", "MEDIUM", "Business Logic", "Page Range Excludes Final Page",
              "Use an inclusive loop condition.", d=-2,
              desc="A range like `1-1` yields zero pages, so the order is priced at zero."),
            F("RANGE-UNVALIDATED", "MEDIUM", "Input Validation", "Unvalidated Page Range Can Exhaust the Event Loop",
              "Bound `from` and `to` by the document's page count."),
            F("UNKNOWN-PAPER-NAN", "LOW", "Business Logic", "Unsupported Paper Size Results in NaN Price",
              "Reject unknown paper sizes with 400."),
            F("FILES-TRAVERSAL", "MEDIUM", "Path Traversal", "Path Traversal in File Download",
              "Use `res.sendFile(name, { root })` and reject encoded separators."),
            U({"severity": "LOW", "category": "Code Quality", "description": "The queue should be persisted instead of held in memory."}),
            F("WEBHOOK-TIMING", "MEDIUM", "Timing Attack", "Timing-Unsafe Signature Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Log the stack server-side only."),
            F("PRINTER-SSRF", "MEDIUM", "Server-Side Request Forgery", "SSRF via Printer Status URL",
              "Restrict printer URLs to the shop's network."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found a few things worth fixing:",
        Block([
            F("STAFF-ASSIGNMENT", "error", "security", "requireStaff uses = not ===", "==="),
            F("UPLOAD-PATH-LEAK", "warning", "", "upload returns absolute server path", "return an id instead"),
            F("ORDERS-SQLI-STATUS", "error", "security", "sql injection in GET /orders", "parameterize status, whitelist sort", d=-2),
            F("LP-CMD-INJECTION", "error", "security", "command injection via lp exec", "execFile"),
            F("QUOTA-RACE", "warning", "bug", "concurrent orders can blow through the quota", "single transaction", d=-1),
            F("BULK-DISCOUNT-BOUNDARY", "warning", "bug", "100 copies gets no discount", ">= 100", d=-1),
            F("CANCEL-STATUS-UNCHECKED", "warning", "bug", "can cancel done orders", "check status"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Broken authorization: staff middleware and order lookup.
        2. Injection: SQL in order listing, shell in printer dispatch.
        3. Concurrency: queue claiming and quota enforcement.
        4. Correctness: page ranges, queue position, cancellation.
        """,
        Block([
            F("STAFF-ASSIGNMENT", "blocker", "security", "Assignment operator used in role check",
              "Use strict equality.", conf=0.95),
            F("ORDER-IDOR", "major", "security", "Insecure direct object reference on order details",
              "Filter by customer.", d=-1, conf=0.8),
            F("ORDERS-SQLI-SORT", "blocker", "security", "SQL injection through sort parameter",
              "Whitelist sort field.", conf=0.9),
            F("LP-CMD-INJECTION", "blocker", "security", "Command injection in sendToPrinter",
              "Avoid exec with string.", conf=0.9),
            F("LP-ERROR-IGNORED", "minor", "reliability", "Print command errors are swallowed",
              "Handle the exec callback error and mark the job failed.", conf=0.7),
            F("QUEUE-CLAIM-RACE", "major", "concurrency", "Race condition when claiming next job",
              "Claim atomically in the database.", conf=0.8),
            F("QUOTA-RACE", "major", "concurrency", "Quota check is not atomic", "Use a transaction.", d=1, sd=0, conf=0.7),
            F("RANGE-LAST-PAGE", "major", "correctness", "Off-by-one in pageList range loop",
              "Use <= to include the last page.", conf=0.85),
            F("POSITION-AHEAD", "minor", "correctness", "Queue position reports one extra job ahead",
              "Return idx.", conf=0.7),
            F("PRICE-CLIENT-PAGES", "major", "security", "Client-controlled totalPages used for pricing",
              "Determine page count server-side.", conf=0.75),
            F("JWT-DEFAULT-SECRET", "major", "security", "Hardcoded default JWT secret", "Require JWT_SECRET at startup.", conf=0.8),
            F("REFUND-UNPAID", "minor", "correctness", "Refund issued for unpaid orders", "Check the paid flag first.", conf=0.6),
            F("WEBHOOK-TIMING", "minor", "security", "Non constant-time HMAC comparison", "Use timingSafeEqual.", d=-1, sd=0, conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}

"""test99/ts-atlasorders: a cartographer's map print orders and copper-plate archive (TypeScript, Express 4 + pg).

Frozen test split test99 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers, specs or truth (only specs/tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test99: seeded problems in a cartography studio's print orders and plate archive; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.ATLAS_JWT_SECRET || "atlas-dev-secret";', "security",
                             "JWT secret falls back to a constant in the source: anyone can mint customer tokens"),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ id: c.id, email: c.email }, JWT_SECRET) });", "security",
                         "customer tokens are signed without expiresIn: a leaked token is valid forever (extra, one agent)"),
    "TRADE-DISCOUNT": P(S, "if (copies > TRADE_MIN_COPIES) total = total * (1 - TRADE_DISCOUNT);", "bug",
                        "> instead of >=: an order of exactly 10 copies misses the trade discount", "off-by-one"),
    "COPIES-NOT-VALIDATED": P(S, "const n = Number(copies);", "bug",
                              "copies not validated on /orders: 0, negative, fractional or NaN copies give a zero or negative total"),
    "PAPER-NOT-VALIDATED": P(S, "const total = quote(paper, n);", "bug",
                             "paper not checked against PAPER_PRICE on /orders (unlike /quote): unknown paper prices NaN"),
    "STATUS-FROM-BODY": P(S, 'const status = req.body.status ?? "new";', "security",
                          "order status taken from the request body: a customer creates an order already 'paid' or 'shipped'"),
    "ORDER-SORT-SQLI": P(S, "ORDER BY ${sort}`;", "security",
                         "sort query value interpolated into ORDER BY: SQL injection", "source-vs-sink"),
    "ORDER-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);', "security",
                    "GET /orders/:id checks login but not that the order is the caller's: any order readable",
                    "signature-vs-statement", nth=0),
    "CANCEL-ANY-STATUS": P(S, 'if (order.status === "shipped")', "bug",
                           "only 'shipped' blocks a cancel: orders in the press, or already cancelled, are refunded (again) in full"),
    "CANCEL-RACE": P(S, "await pool.query(\"UPDATE orders SET status = 'cancelled' WHERE id = $1\", [order.id]);", "bug",
                     "read status, then update and refund without a transaction or a conditional UPDATE: two concurrent cancels refund twice",
                     "critical-section"),
    "INDEX-STAMPEDE": P(S, 'const { rows } = await pool.query("SELECT sheet, title, scales FROM sheet_catalogue', "performance",
                        "stale index rebuilt by every concurrent request until the first rebuild finishes (no in-flight promise)",
                        "critical-section"),
    "SYNC-READDIR": P(S, "previews: fs.readdirSync(path.join(SCAN_ROOT, r.sheet)).length", "performance",
                      "readdirSync per sheet inside a request handler blocks the event loop"),
    "PREVIEW-ANY-VARIANT": P(S, "const file = path.join(SCAN_ROOT, req.params.sheet, `${variant}.jpg`);", "security",
                             "variant is not restricted to preview sizes: ?variant=master serves the paid full-resolution scan publicly"),
    "PREVIEW-TRAVERSAL": P(S, "const file = path.join(SCAN_ROOT, req.params.sheet, `${variant}.jpg`);", "security",
                           "variant (and sheet) joined into the path unchecked: ../ reads any .jpg outside SCAN_ROOT",
                           "source-vs-sink"),
    "PLATES-PAGE": P(S, "const offset = page * size;", "bug",
                     "page is 1-based but offset = page * size: the first page of plates is never listed", "off-by-one"),
    "PLATE-EMPTY-HOLDER": P(S, 'const printer = String(req.body.printer ?? "");', "bug",
                            "empty printer accepted: holder '' is falsy, so the plate still looks free and can be lent twice"),
    "PLATE-CHECKOUT-RACE": P(S, "if (rows[0].holder) return res.status(409)", "bug",
                             "holder read then UPDATE without a condition: two checkouts of one plate both succeed",
                             "critical-section"),
    "PRESS-NOTE-XSS": P(S, "<p>${o.note}</p>`);", "security",
                        "customer's order note rendered unescaped in the archivists' press sheet: stored XSS"),
    "PROOF-SHELL": P(S, "exec(`gdal_translate -of PDF -co DPI=${dpi}", "security",
                     "dpi from the request body interpolated into a shell command: command injection", "source-vs-sink"),
    "PROOF-SHEET-SHELL": P(S, "exec(`gdal_translate -of PDF -co DPI=${dpi}", "security",
                           "the order's sheet, chosen by the customer at order time, is also put into the shell command (second-order injection)"),
    "PROOF-ERR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message });", "security",
                        "exec error message (with the full command line and paths) returned to the client"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler returns stack traces to clients", "signature-vs-statement"),
}

CONFUSABLE = [
    ("COPIES-NOT-VALIDATED", "PAPER-NOT-VALIDATED"),
    ("PAPER-NOT-VALIDATED", "STATUS-FROM-BODY"),
    ("COPIES-NOT-VALIDATED", "STATUS-FROM-BODY"),
    ("CANCEL-ANY-STATUS", "CANCEL-RACE"),
    ("INDEX-STAMPEDE", "SYNC-READDIR"),
    ("PREVIEW-ANY-VARIANT", "PREVIEW-TRAVERSAL"),
    ("PLATE-EMPTY-HOLDER", "PLATE-CHECKOUT-RACE"),
    ("PROOF-SHELL", "PROOF-SHEET-SHELL"),
    ("PROOF-SHELL", "PROOF-ERR-LEAK"),
    ("PROOF-SHEET-SHELL", "PROOF-ERR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole service: customer login and JWTs, the print quote and orders,
        cancellation with refunds, the sheet index and public previews, the plate archive (listing, search,
        checkout, return), the press sheet and proof rendering.

        **Summary**

        1. Two command-injection paths into `exec` in `POST /orders/:id/proof`, plus SQL injection through `sort`.
        2. Public previews serve any file name under the scan root, masters included, and `../` escapes it.
        3. Customers can read any order and create orders in any status.
        4. Money: the trade discount misses exactly 10 copies, unvalidated copies and paper reach the price,
           cancellation refunds orders that are already in the press and can refund twice.
        5. Concurrency: plate checkout and the sheet index are check-then-act across an `await`.

        Done right and worth keeping: `archiveOnly` fails closed and compares with a length check before
        `timingSafeEqual`; `verifyPassword` uses scrypt with a constant-time compare; `/quote` validates paper
        with `Object.hasOwn` and bounds copies; `/plates/search` and `/plates/:id/return` are parameterised and
        the return is a single conditional UPDATE; the sheet and paper are escaped on the press sheet.
        """,
        Block([
            F("PROOF-SHELL", "critical", "security", "`dpi` from the body is interpolated into an `exec` shell command",
              "Use `execFile(\"gdal_translate\", [\"-of\", \"PDF\", \"-co\", `DPI=${dpi}`, src, out])` with `dpi` parsed as an integer in a fixed range.",
              symbol="POST /orders/:id/proof", conf=0.93),
            F("PROOF-SHEET-SHELL", "high", "security", "The order's `sheet` also reaches the shell (second-order injection)",
              "`sheet` comes from the customer at order time and is never validated; validate it against `sheet_catalogue` when the order is placed, and pass it as an `execFile` argument.",
              symbol="POST /orders/:id/proof", conf=0.78),
            F("ORDER-SORT-SQLI", "high", "security", "SQL injection through `sort` in `GET /orders`",
              "Map `sort` to a fixed set of columns (`created_at`, `sheet`, `total_cents`).",
              symbol="GET /orders", conf=0.92),
            F("PREVIEW-TRAVERSAL", "high", "security", "Path traversal in the public preview route",
              "Validate `sheet` against the catalogue and check that the resolved path stays under `SCAN_ROOT`.",
              symbol="GET /sheets/:sheet/preview", conf=0.88),
            F("PREVIEW-ANY-VARIANT", "high", "security", "`variant` lets anyone download the full-resolution master",
              "Accept only the preview sizes (`preview-400`, `preview-800`); the masters are what customers pay for.",
              symbol="GET /sheets/:sheet/preview", conf=0.8),
            F("ORDER-IDOR", "high", "security", "Any logged-in customer can read any order",
              "Add `AND customer_id = $2` with `who.id`, as `/orders/:id/cancel` already does.",
              symbol="GET /orders/:id", conf=0.9),
            F("STATUS-FROM-BODY", "high", "security", "Order status is taken from the request body",
              "Always insert `'new'`; status changes belong to the archivists' side.",
              symbol="POST /orders", conf=0.85),
            F("PRESS-NOTE-XSS", "medium", "security", "Order note rendered unescaped on the press sheet",
              "Pass `o.note` through `esc()` like the sheet and paper.", symbol="GET /press/:id", conf=0.85),
            F("JWT-SECRET-FALLBACK", "medium", "security", "JWT secret falls back to a hard-coded string",
              "Fail at start-up when `ATLAS_JWT_SECRET` is unset instead of signing with `atlas-dev-secret`.",
              conf=0.8),
            F("STACK-LEAK", "low", "security", "Error handler sends `err.stack` to clients",
              "Log the stack and answer `{ error: \"internal error\" }`.", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TRADE-DISCOUNT", "medium", "bug", "Trade discount not applied at exactly `TRADE_MIN_COPIES`",
              "Use `copies >= TRADE_MIN_COPIES`; the comment above the constants says \"10 or more\".",
              symbol="quote", conf=0.85),
            F("COPIES-NOT-VALIDATED", "medium", "bug", "`copies` is not validated when an order is placed",
              "Apply the same integer and range check as `/quote`; a negative count gives a negative total.",
              symbol="POST /orders", conf=0.82),
            F("PAPER-NOT-VALIDATED", "medium", "bug", "`paper` is not validated when an order is placed",
              "Reject unknown paper with `Object.hasOwn(PAPER_PRICE, paper)` as `/quote` does; otherwise `quote` returns NaN.",
              symbol="POST /orders", conf=0.8),
            F("CANCEL-ANY-STATUS", "medium", "bug", "Cancellation refunds orders that are already printing",
              "Only allow cancelling `new`/`paid` orders; today an already cancelled order can be cancelled and refunded again.",
              symbol="POST /orders/:id/cancel", conf=0.78),
            F("CANCEL-RACE", "medium", "bug", "Status update and refund are not atomic",
              "Use `UPDATE orders SET status = 'cancelled' WHERE id = $1 AND status IN (...) RETURNING total_cents` and refund in the same transaction.",
              symbol="POST /orders/:id/cancel", conf=0.7),
            F("PLATE-CHECKOUT-RACE", "medium", "bug", "Plate checkout is check-then-act across an `await`",
              "Make it one statement: `UPDATE plates SET holder = $1 ... WHERE id = $2 AND holder IS NULL`, like the return route.",
              symbol="POST /plates/:id/checkout", conf=0.8),
            F("PLATE-EMPTY-HOLDER", "low", "bug", "An empty `printer` checks a plate out to nobody",
              "Require a non-empty printer name; `holder = ''` is falsy, so the plate still looks available.",
              symbol="POST /plates/:id/checkout", conf=0.65),
            F("PLATES-PAGE", "low", "bug", "Plate listing skips the first page",
              "Use `(page - 1) * size`.", symbol="GET /plates", conf=0.85),
            F("INDEX-STAMPEDE", "low", "performance", "Concurrent requests all rebuild the stale sheet index",
              "Cache the in-flight promise so one rebuild serves every waiting request.",
              symbol="GET /sheets", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("PROOF-SHELL", "critical", "security", "exec() with body.dpi in the command string", "execFile + int dpi",
              d=-1),
            F("ORDER-SORT-SQLI", "high", "security", "sort -> ORDER BY (SQLi)", "allow-list", d=-1),
            F("PREVIEW-TRAVERSAL", "high", "security", "preview: ?variant= path traversal", "reject / and ..", d=-1),
            F("ORDER-IDOR", "high", "security", "GET /orders/:id: no customer_id filter", "AND customer_id = $2", d=-3),
            F("STATUS-FROM-BODY", "high", "security", "client-controlled order status on create", "hard-code 'new'"),
            F("PROOF-ERR-LEAK", "low", "security", "proof: err.message returned to client", "generic 500"),
            F("CANCEL-RACE", "medium", "bug", "double refund on concurrent cancel", "conditional UPDATE ... RETURNING",
              d=+1),
            F("PLATE-CHECKOUT-RACE", "medium", "bug", "checkout: SELECT holder then UPDATE, not atomic",
              "UPDATE ... WHERE holder IS NULL", d=-2),
            F("TRADE-DISCOUNT", "medium", "bug", "quote: > should be >= TRADE_MIN_COPIES", ">="),
            F("PAPER-NOT-VALIDATED", "medium", "bug", "POST /orders: unknown paper -> NaN total", "validate paper"),
            F("PLATES-PAGE", "low", "bug", "GET /plates offset off by one page", "(page - 1) * size"),
            F("SYNC-READDIR", "low", "performance", "readdirSync in request path", "fs.promises.readdir"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `atlas-orders` service, an Express application written in TypeScript
        that takes print orders for map sheets and manages an archive of engraved copper plates.

        ## Key Areas of Concern

        The most serious issues are injection vulnerabilities in the proof rendering and order listing
        endpoints, and a path traversal in the public preview endpoint. Authorization is also incomplete for
        customer orders. I have grouped the findings into two lists: security and reliability.

        ## Security
        """,
        Block([
            F("PROOF-SHELL", "High", "Command Injection", "Command Injection via DPI Parameter",
              "Use `execFile` with an argument array and validate `dpi` as a number.", sd=-2, n=3,
              desc="The `dpi` value from the request body is inserted directly into a shell command executed by `exec`."),
            F("PROOF-SHEET-SHELL", "High", "Command Injection", "Second-Order Command Injection via Stored Sheet Name",
              "Validate sheet identifiers on order creation and never build shell strings.",
              desc="The `sheet` column is populated from customer input in `POST /orders` and later concatenated into the `gdal_translate` command."),
            F("ORDER-SORT-SQLI", "High", "SQL Injection", "SQL Injection in Order Sorting",
              "Use an allow-list for the sort column.", sd=-2, n=3),
            F("PREVIEW-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Sheet Preview",
              "Normalize the path and confirm it begins with `SCAN_ROOT`."),
            F("ORDER-IDOR", "Medium", "Broken Access Control", "Missing Ownership Check on Order Retrieval",
              "Filter the query by the authenticated customer's id."),
            F("STATUS-FROM-BODY", "Medium", "Mass Assignment", "Client-Controlled Order Status",
              "Ignore `status` in the request body.", sd=-2, n=3),
            F("PRESS-NOTE-XSS", "Medium", "Cross-Site Scripting", "Stored XSS in Press Sheet",
              "Escape `o.note` before rendering."),
            F("JWT-SECRET-FALLBACK", "Medium", "Hardcoded Credentials", "Hardcoded Fallback JWT Secret",
              "Remove the fallback and require the environment variable."),
            F("TOKEN-NO-EXPIRY", "Low", "Session Management", "JWT Issued Without Expiration",
              "Pass `expiresIn` to `jwt.sign`."),
            F("STACK-LEAK", "Low", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not include `err.stack` in responses.", d=-1),
        ], wrap="list"),
        """
        ## Reliability and Performance
        """,
        Block([
            F("PLATE-CHECKOUT-RACE", "Medium", "Race Condition", "Race Condition in Plate Checkout",
              "Use a conditional update so only one checkout can succeed.", d=+1,
              desc="Between the `SELECT` and the `UPDATE` another request can check out the same plate; both succeed and the second overwrites the first holder."),
            F("INDEX-STAMPEDE", "Medium", "Caching", "Cache Stampede on Sheet Index Rebuild",
              "Store the pending rebuild promise and await it from concurrent requests.", d=-1),
            U({"severity": "Info", "category": "Maintainability", "description": "All routes live in a single file; consider splitting them into routers."}),
            F("PLATES-PAGE", "Low", "Logic Error", "Pagination Offset Skips First Page of Plates",
              "Compute the offset as `(page - 1) * size`.", d=+3, sd=+1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PROOF-SHELL", "high", "security", "command injection in proof render", "execFile, validate dpi"),
            F("ORDER-SORT-SQLI", "high", "security", "sql injection in order sort", "allow-list columns"),
            F("PREVIEW-TRAVERSAL", "high", "security", "traversal in preview variant", "check resolved path",
              d=+1),
            F("ORDER-IDOR", "high", "security", "order readable by any customer", "filter by customer_id"),
            F("PRESS-NOTE-XSS", "medium", "security", "note not escaped in press sheet", "esc(o.note)"),
            F("STACK-LEAK", "low", "security", "stack trace in error response", "drop stack"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("COPIES-NOT-VALIDATED", "medium", "", "copies unchecked on order", "same check as /quote"),
            F("CANCEL-ANY-STATUS", "medium", "bug", "cancel refunds printed orders", "only cancel new orders"),
            F("PLATES-PAGE", "low", "bug", "plates page 1 skipped", "(page - 1) * size", d=-2),
            F("SYNC-READDIR", "low", "performance", "sync fs in handler", "async readdir"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Command injection in proof rendering (blocker).
        2. SQL injection in order listing; path traversal in previews (blocker).
        3. Broken access control on orders; client-set order status.
        4. Refund and checkout races; order input validation.
        5. Information disclosure in error responses; hard-coded JWT secret fallback.
        """,
        Block([
            F("PROOF-SHELL", "blocker", "security", "OS command injection in proof generation",
              "Avoid exec with string interpolation.", conf=0.9),
            F("PROOF-ERR-LEAK", "minor", "security", "Command error details returned to the client",
              "Return a generic error message.", conf=0.6),
            F("ORDER-SORT-SQLI", "blocker", "security", "SQL injection via sort parameter",
              "Whitelist sortable columns.", d=+1, conf=0.9),
            F("PREVIEW-TRAVERSAL", "blocker", "security", "Path traversal in sheet preview endpoint",
              "Validate variant and sheet.", conf=0.85),
            F("PREVIEW-ANY-VARIANT", "major", "security", "Full-resolution master scans downloadable via preview endpoint",
              "Restrict variant to known preview names.", conf=0.7),
            F("ORDER-IDOR", "major", "security", "Insecure direct object reference on order details",
              "Check order ownership.", conf=0.85),
            F("STATUS-FROM-BODY", "major", "security", "Order status can be set by the customer",
              "Do not read status from the body.", conf=0.8),
            F("PRESS-NOTE-XSS", "major", "security", "Unescaped customer note in press sheet HTML",
              "Escape the note.", conf=0.8),
            F("CANCEL-RACE", "major", "concurrency", "Concurrent cancellations can refund an order twice",
              "Use a transaction with a conditional update.", anchor='if (order.status === "shipped")', conf=0.7),
            F("PLATE-CHECKOUT-RACE", "major", "concurrency", "Race condition in plate checkout",
              "Use an atomic conditional update.", conf=0.75),
            F("INDEX-STAMPEDE", "minor", "performance", "Sheet index rebuilt concurrently by many requests",
              "Deduplicate the rebuild.", d=+2, conf=0.6),
            F("TRADE-DISCOUNT", "minor", "correctness", "Trade discount boundary excludes the minimum quantity",
              "Use >=.", d=-1, conf=0.7),
            F("COPIES-NOT-VALIDATED", "minor", "validation", "Order copies not validated",
              "Validate copies as a positive integer.", conf=0.7),
            F("JWT-SECRET-FALLBACK", "major", "security", "Hard-coded fallback JWT secret",
              "Require ATLAS_JWT_SECRET.", conf=0.8),
            F("STACK-LEAK", "minor", "security", "Stack trace disclosure in error handler",
              "Do not send err.stack.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}

"""test102/ts-teacaddy: a tea-blending house's tasting sessions and caddy orders (TypeScript). Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test102: seeded problems in an Express + pg service for a tea-blending house (tasting "
    "sessions, blends, caddy orders, packing, labels, tasting notes); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "cors({ origin: true, credentials: true })", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-NOT-VERIFIED": P(S, "jwt.decode(header.slice(7))", "security", "customerFrom uses jwt.decode: the bearer token's signature (and expiry) is never verified, anyone can be any customer", "signature-vs-statement"),
    "CATALOGUE-STAMPEDE": P(S, "SELECT code, name, price_per_100g FROM blends WHERE listed", "performance", "catalogue cache: every request that arrives while it is stale runs the query (no in-flight promise shared)", "critical-section"),
    "TASTINGS-SQLI": P(S, "WHERE starts_at >= '${from}'", "security", "from query value interpolated into the tastings SQL: SQL injection", "source-vs-sink"),
    "NOTES-SQLI-Q": P(S, "ILIKE '%${q}%'", "security", "q interpolated into the ILIKE pattern of the notes search: SQL injection", "source-vs-sink"),
    "NOTES-SQLI-LIMIT": P(S, "LIMIT ${limit}", "security", "limit query value (a string) interpolated after LIMIT: SQL injection and unbounded result size"),
    "SEATS-NOT-VALIDATED": P(S, "const seats = Number(req.body.seats ?? 1);", "bug", "seat count not checked to be a positive integer: 0, negative, fractional or NaN seats are booked"),
    "SEATS-OVERBOOK-RACE": P(S, "if (Number(taken) + seats > tasting.capacity)", "bug", "seats counted, then inserted in separate queries with no transaction or lock: concurrent bookings overfill a tasting", "critical-section"),
    "ATTENDEES-PUBLIC": P(S, "SELECT c.name, c.email, s.seats", "security", "attendee list with names and e-mail addresses served to anyone, no authentication", "signature-vs-statement"),
    "RECIPE-SKIPS-FIRST-LEAF": P(S, "for (let i = 1; i < parts.length; i++)", "bug", "the percentage loop starts at 1: the first leaf is never counted", "off-by-one"),
    "RECIPE-FLOAT-EQUALITY": P(S, "if (total !== 100)", "bug", "exact float comparison: 33.3 + 33.3 + 33.4 is not 100, valid recipes are rejected"),
    "CADDY-SIZE-OFF-BY-ONE": P(S, "line.size > CADDY_GRAMS.length", "bug", "size index checked with > length: size == length passes and CADDY_GRAMS[size] is undefined (NaN total)", "off-by-one"),
    "ORDER-QTY-UNCHECKED": P(S, "blend.price_per_100g * line.qty", "bug", "line quantity never validated: negative or fractional quantities reduce the total"),
    "ORDER-FLOAT-MONEY": P(S, "total += (grams / 100)", "bug", "money summed in floating point and never rounded: totals like 12.299999999 stored and charged"),
    "COUPON-NEVER-MARKED-USED": P(S, "if (c) total = total * (1 - c.pct / 100);", "bug", "the coupon is applied but never marked used: a single-use code works forever"),
    "ORDER-DETAIL-IDOR": P(S, "SELECT * FROM caddy_orders WHERE id = $1", "security", "any order readable by id: the caller is read but never compared with the order's customer (nor required)", "signature-vs-statement"),
    "HISTORY-LOADS-ALL": P(S, "WHERE customer = $1 ORDER BY placed_at DESC", "performance", "order history loads every order of the customer and pages in memory"),
    "HISTORY-SLICE-OFF-BY-ONE": P(S, "page * HISTORY_PAGE - 1", "bug", "slice end is page * size - 1: every page drops its last order", "off-by-one"),
    "PACK-TWICE": P(S, "if (!order) return", "bug", "the order's status is not checked before packing: a packed order is packed again and its stock deducted twice"),
    "STOCK-NEGATIVE": P(S, "const have = leafStock.get(line.blend) ?? 0;", "bug", "stock never checked against need: packing goes ahead and the stock goes negative"),
    "STOCK-LOST-UPDATE": P(S, "INSERT INTO stock_moves", "bug", "have is read before an await and written after it: concurrent packs of the same blend lose updates", "critical-section"),
    "LABEL-PATH-TRAVERSAL": P(S, "res.sendFile(path.join(LABEL_DIR, req.params.file));", "security", "label file name (URL-decoded, may hold ../) joined to LABEL_DIR and sent, no authentication", "signature-vs-statement"),
    "LABEL-SHELL-INJECTION": P(S, "exec(`lp -d ${printer} ${file}`", "security", "printer from the request body interpolated into a shell command", "source-vs-sink"),
    "NOTE-AUTHOR-SPOOF": P(S, "String(req.body.author ?? who.email),", "security", "the note's author is taken from the body: any signed-in customer can post as anyone"),
    "CARD-XSS-NOTE": P(S, "</b>: ${r.note}</li>", "security", "tasting note inserted unescaped into the HTML card: stored XSS"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the error message and stack trace to the client"),
}

CONFUSABLE = [
    ("NOTES-SQLI-Q", "NOTES-SQLI-LIMIT"),
    ("SEATS-NOT-VALIDATED", "SEATS-OVERBOOK-RACE"),
    ("RECIPE-SKIPS-FIRST-LEAF", "RECIPE-FLOAT-EQUALITY"),
    ("CADDY-SIZE-OFF-BY-ONE", "ORDER-QTY-UNCHECKED"),
    ("CADDY-SIZE-OFF-BY-ONE", "ORDER-FLOAT-MONEY"),
    ("ORDER-QTY-UNCHECKED", "ORDER-FLOAT-MONEY"),
    ("HISTORY-LOADS-ALL", "HISTORY-SLICE-OFF-BY-ONE"),
    ("PACK-TWICE", "STOCK-NEGATIVE"),
    ("STOCK-NEGATIVE", "STOCK-LOST-UPDATE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 app over Postgres for a tea-blending house: tastings and seat bookings,
        blend recipes, caddy orders with coupons, packing against an in-memory leaf stock, label files and
        printing, and tasting notes rendered into an HTML card.

        1. **Authentication is not real.** `customerFrom` decodes the bearer token without verifying it, so every
           "signed in" route trusts a token anyone can mint. Several routes have no check at all (attendees,
           order details, labels).
        2. **Injection.** Three string-built SQL queries, one shell command, one stored XSS.
        3. **Orders and packing.** The caddy size check is off by one, quantities are not validated, coupons are
           reusable, concurrent packs lose stock updates.
        4. **Tastings.** Seats are not validated and the capacity check races with the insert.

        Deliberately fine as far as I can see: `blenderOnly` fails closed and compares with `timingSafeEqual`
        after a length check; every other query is parameterised; the label printing route coerces the order id
        with `Number`; the author on the card is escaped; the JSON body is capped at 64 kB.

        | severity | count |
        |---|---|
        | critical | 4 |
        | high | 8 |
        | medium | 7 |
        | low | 4 |
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "Bearer tokens are decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; `jwt.decode` ignores the signature and `exp`.",
              symbol="customerFrom", conf=0.95),
            F("TASTINGS-SQLI", "critical", "security", "SQL injection through `from` in `GET /tastings`",
              "Pass `from` as `$1` (and validate it as a date).", symbol="GET /tastings", conf=0.95),
            F("NOTES-SQLI-Q", "critical", "security", "SQL injection through `q` in the notes search",
              "Use `ILIKE '%' || $1 || '%'` with `q` bound.", symbol="GET /notes/search", conf=0.9),
            F("NOTES-SQLI-LIMIT", "high", "security", "`limit` is interpolated into the notes query as a string",
              "Parse it as an integer, clamp to 1..100 and bind it as `$2`.", symbol="GET /notes/search", conf=0.85),
            F("LABEL-SHELL-INJECTION", "critical", "security", "Shell injection through `printer` when printing a label",
              "Use `execFile(\"lp\", [\"-d\", printer, file])` and check `printer` against the configured printers.",
              symbol="POST /orders/:id/label", conf=0.9),
            F("CARD-XSS-NOTE", "high", "security", "Stored XSS: tasting notes are not escaped in the blend card",
              "Wrap `r.note` in `escapeHtml` as is already done for the author.", symbol="GET /blends/:code/card", conf=0.9),
            F("LABEL-PATH-TRAVERSAL", "high", "security", "`GET /labels/:file` can read files outside `LABEL_DIR`",
              "Use `res.sendFile(req.params.file, { root: LABEL_DIR })`, which refuses `..`, and require the blender key.",
              symbol="GET /labels/:file", conf=0.8),
            F("ATTENDEES-PUBLIC", "high", "security", "Attendee names and e-mails are public",
              "Restrict the route to blenders (`blenderOnly`) or to the tasting's host.",
              d=-2, symbol="GET /tastings/:id/attendees", conf=0.85),
            F("ORDER-DETAIL-IDOR", "high", "security", "Any order can be read by id",
              "Require a customer and add `AND customer = $2` to the query.", symbol="GET /orders/:id", conf=0.9),
            F("NOTE-AUTHOR-SPOOF", "medium", "security", "Tasting notes can be posted under any author name",
              "Always use the signed-in customer's identity for `author`.", symbol="POST /blends/:code/notes", conf=0.75),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "List the shop's own origins explicitly.", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler sends stack traces to clients",
              "Log the error server-side and return a generic message.", conf=0.8),
            F("SEATS-OVERBOOK-RACE", "high", "bug", "Tasting capacity check races with the seat insert",
              "Lock the tasting row (`SELECT ... FOR UPDATE`) in a transaction, or insert with a conditional `INSERT ... SELECT` that re-checks the sum.",
              symbol="POST /tastings/:id/seats", conf=0.8),
            F("SEATS-NOT-VALIDATED", "medium", "bug", "Seat count is not validated",
              "Require `Number.isInteger(seats) && seats >= 1`.", symbol="POST /tastings/:id/seats", conf=0.8),
            F("RECIPE-SKIPS-FIRST-LEAF", "medium", "bug", "Recipe check ignores the first leaf",
              "Start the loop at 0 (or `parts.reduce`).", symbol="POST /blends", conf=0.9),
            F("RECIPE-FLOAT-EQUALITY", "low", "bug", "Recipe percentages compared for exact equality",
              "Compare with a tolerance (`Math.abs(total - 100) < 0.01`) or store tenths of a percent as integers.",
              symbol="POST /blends", conf=0.6),
            F("CADDY-SIZE-OFF-BY-ONE", "high", "bug", "Caddy size index allows one past the end",
              "Use `line.size >= CADDY_GRAMS.length` (and `Number.isInteger`).", symbol="POST /orders", conf=0.9),
            F("ORDER-QTY-UNCHECKED", "high", "bug", "Order quantities are not validated",
              "Reject quantities that are not positive integers; a negative quantity lowers the total.",
              symbol="POST /orders", conf=0.85),
            F("COUPON-NEVER-MARKED-USED", "medium", "bug", "Coupons are never marked as used",
              "Mark it used in the same transaction as the order insert (`UPDATE coupons SET used = true WHERE code = $1 AND NOT used`).",
              symbol="POST /orders", conf=0.8),
            F("HISTORY-SLICE-OFF-BY-ONE", "medium", "bug", "Order history pages drop their last order",
              "The slice end is exclusive: `rows.slice((page - 1) * HISTORY_PAGE, page * HISTORY_PAGE)`.",
              symbol="GET /me/orders", conf=0.85),
            F("STOCK-LOST-UPDATE", "medium", "bug", "Concurrent packing loses leaf stock updates",
              "Keep stock in Postgres and update it atomically (`UPDATE leaf_stock SET grams = grams - $1`).",
              d=-1, n=3, symbol="POST /orders/:id/pack", conf=0.75),
            F("STOCK-NEGATIVE", "low", "bug", "Packing never checks that there is enough leaf",
              "Refuse (or back-order) when `have < need`.", symbol="POST /orders/:id/pack", conf=0.65),
            F("CATALOGUE-STAMPEDE", "low", "performance", "Catalogue cache refresh is not deduplicated",
              "Cache the in-flight promise so concurrent callers share one query.",
              d=-1, symbol="loadCatalogue", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "customerFrom trusts unsigned JWTs (jwt.decode)",
              "jwt.verify with secret + algorithms.", d=-3),
            F("TASTINGS-SQLI", "critical", "security", "SQL injection: req.query.from in /tastings",
              "Parameterise.", d=-2),
            F("NOTES-SQLI-LIMIT", "high", "security", "limit string concatenated into SQL",
              "parseInt + clamp + bind.", d=-1),
            F("LABEL-SHELL-INJECTION", "critical", "security", "exec() with req.body.printer",
              "execFile with args."),
            F("LABEL-PATH-TRAVERSAL", "high", "security", "/labels/:file path traversal (%2e%2e%2f)",
              "sendFile root option.", d=-1),
            F("ORDER-DETAIL-IDOR", "high", "security", "GET /orders/:id: no ownership check",
              "Filter by customer."),
            F("CARD-XSS-NOTE", "high", "security", "r.note unescaped in card HTML",
              "escapeHtml(r.note)."),
            F("ERROR-STACK-LEAK", "low", "security", "stack traces returned to client",
              "Generic 500 body."),
            F("SEATS-OVERBOOK-RACE", "high", "bug", "overbooking: SUM then INSERT without transaction",
              "SELECT ... FOR UPDATE.", d=+1),
            F("SEATS-NOT-VALIDATED", "medium", "bug", "seats may be <= 0 / NaN",
              "Validate integer >= 1."),
            F("RECIPE-SKIPS-FIRST-LEAF", "medium", "bug", "recipe sum loop starts at i = 1",
              "i = 0."),
            F("CADDY-SIZE-OFF-BY-ONE", "high", "bug", "CADDY_GRAMS[size] undefined when size == length",
              ">= length.", d=+1),
            F("ORDER-QTY-UNCHECKED", "medium", "bug", "line.qty unvalidated (negative totals)",
              "Integer >= 1."),
            F("COUPON-NEVER-MARKED-USED", "medium", "bug", "coupon reusable",
              "Mark used in txn."),
            F("HISTORY-SLICE-OFF-BY-ONE", "low", "bug", "history slice end off by one",
              "Drop - 1."),
            F("PACK-TWICE", "medium", "bug", "pack does not check status == 'placed'; repacking double-deducts",
              "Guard on status; UPDATE ... WHERE status = 'placed'."),
            F("STOCK-LOST-UPDATE", "medium", "bug", "leafStock read/write across await: lost updates",
              "Atomic DB update.", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the tea house backend (`src/server.ts`). It is an Express application
        using `pg` for persistence and `jsonwebtoken` for customer identity.

        **Key concerns**

        *   **Authentication and authorization:** customer tokens are decoded without verification and several
            endpoints expose data without checking who is asking.
        *   **Injection:** SQL queries are built with template strings in three places, a shell command is
            built from user input, and user content is rendered as HTML.
        *   **Business logic:** ordering, tasting capacity and stock handling contain several defects.

        **Security vulnerabilities**
        """,
        Block([
            U({"severity": "INFO", "category": "Best Practice", "description": "Consider adding helmet() for security headers."}),
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify()` with the server secret.", sd=-2, n=3,
              desc="`jwt.decode()` only parses the token. Any client can craft a token with an arbitrary `sub` and act as any customer."),
            F("TASTINGS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tasting List",
              "Use parameterized queries.", sd=-2, n=3),
            F("NOTES-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Note Search",
              "Use parameterized queries with the wildcard concatenated in SQL.", sd=-2, n=3),
            F("LABEL-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Use `execFile` and validate the printer name.", sd=-2, n=3),
            F("LABEL-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Label Download",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("CARD-XSS-NOTE", "HIGH", "Cross-Site Scripting", "Stored XSS in Blend Card",
              "Escape the note content.", sd=-2, n=3),
            F("ORDER-DETAIL-IDOR", "HIGH", "Broken Access Control", "Missing Authorization on Order Details",
              "Verify that the order belongs to the authenticated customer.", d=-2,
              desc="`customerFrom` is called but its result is only echoed back; an unauthenticated caller can read any order."),
            F("ATTENDEES-PUBLIC", "MEDIUM", "Information Disclosure", "Attendee E-mails Exposed",
              "Require authentication for the attendee list.", sd=-2, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict allowed origins.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Disclosure",
              "Do not send `err.stack` to clients.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Logic and performance issues**
        """,
        Block([
            F("SEATS-OVERBOOK-RACE", "HIGH", "Race Condition", "Tasting Overbooking Race Condition",
              "Perform the capacity check and insert in one transaction.", sd=-2, n=3),
            F("RECIPE-SKIPS-FIRST-LEAF", "MEDIUM", "Logic Error", "Recipe Validation Skips First Component",
              "Start the loop index at 0.", sd=-2, n=3),
            F("ORDER-QTY-UNCHECKED", "MEDIUM", "Input Validation", "Order Quantity Not Validated",
              "Validate that quantities are positive integers.", sd=-2, n=3),
            F("HISTORY-LOADS-ALL", "LOW", "Performance", "Order History Paginated in Memory",
              "Use `LIMIT`/`OFFSET` in the SQL query.", sd=-2, n=3),
            F("STOCK-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Updates on In-Memory Stock",
              "Move stock tracking into the database with atomic updates.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt decoded not verified", "jwt.verify"),
            F("TASTINGS-SQLI", "error", "security", "sql injection in /tastings", "bind from"),
            F("LABEL-SHELL-INJECTION", "error", "security", "shell injection via printer", "execFile", d=-2),
            F("LABEL-PATH-TRAVERSAL", "error", "security", "label path traversal", "root option"),
            F("ORDER-DETAIL-IDOR", "warning", "security", "order readable by anyone", "check owner"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CARD-XSS-NOTE", "warning", "", "note not escaped in card", "escapeHtml"),
            F("CADDY-SIZE-OFF-BY-ONE", "warning", "bug", "caddy size check off by one", ">= length"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        **Scope:** `src/server.ts`

        **Summary of findings (15):**
        1. Authentication bypass (unverified JWT) and missing authorization on several routes.
        2. SQL and OS command injection.
        3. Path traversal and XSS.
        4. Concurrency problems in seat booking and catalogue cache.
        5. Validation and arithmetic errors in recipes, orders and pagination.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Authentication bypass: JWT not verified",
              "Verify tokens with jwt.verify.", conf=0.95),
            F("TASTINGS-SQLI", "blocker", "security", "SQL injection in tastings listing",
              "Use bind parameters.", conf=0.9),
            F("NOTES-SQLI-Q", "blocker", "security", "SQL injection in notes search",
              "Use bind parameters.", d=-2, conf=0.85),
            F("LABEL-SHELL-INJECTION", "blocker", "security", "Command injection in label printing",
              "Use execFile.", conf=0.9),
            F("LABEL-PATH-TRAVERSAL", "major", "security", "Path traversal when serving labels",
              "Normalize and check path prefix.", conf=0.8),
            F("CARD-XSS-NOTE", "major", "security", "Cross-site scripting in blend card",
              "Escape note.", conf=0.85),
            F("ORDER-DETAIL-IDOR", "major", "security", "Order details accessible without ownership check",
              "Check order.customer === who.id.", d=-1, conf=0.8),
            F("ATTENDEES-PUBLIC", "major", "security", "Attendee list publicly accessible",
              "Add authorization.", conf=0.8),
            F("NOTE-AUTHOR-SPOOF", "minor", "security", "Note author can be forged",
              "Use authenticated identity.", conf=0.7),
            F("SEATS-OVERBOOK-RACE", "major", "concurrency", "Race condition allows overbooking tastings",
              "Use a transaction with row lock.", d=-1, conf=0.8),
            F("CATALOGUE-STAMPEDE", "minor", "performance", "Cache stampede on catalogue reload",
              "Share the pending promise.", conf=0.6),
            F("RECIPE-SKIPS-FIRST-LEAF", "major", "correctness", "Recipe percentage check skips first part",
              "Loop from index 0.", d=+1, conf=0.8),
            F("ORDER-FLOAT-MONEY", "minor", "correctness", "Floating point arithmetic for prices",
              "Use integer pence.", conf=0.6),
            F("HISTORY-SLICE-OFF-BY-ONE", "minor", "correctness", "Pagination slice excludes last item",
              "Remove the -1.", d=-2, conf=0.75),
            F("STOCK-NEGATIVE", "minor", "reliability", "Leaf stock can become negative",
              "Check available stock before packing.", conf=0.65),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 6 major, 5 minor"),
    ]),
}

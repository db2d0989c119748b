"""test43/ts-sailloft: a sailmaker's repair orders and sail measurement log (TypeScript, Express 4 + pg).

Frozen test split test43; labels next to each finding. Written 2026-12-04 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test43: seeded problems in a small Express sail-loft repair and measurement "
    "service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "origin: true, credentials: true", "security",
                         "CORS reflects any origin with credentials allowed"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security",
                        "bearer token also accepted from the query string (logs, referrers)"),
    "JWT-NOT-VERIFIED": P(S, "jwt.decode(token)", "security",
                          "jwt.decode does not verify the signature: any forged token names any customer", "signature-vs-statement"),
    "AREA-NO-WRAP": P(S, "const b = points[i + 1];", "bug",
                      "last edge pairs the last point with points[length] (undefined) instead of wrapping to points[0]", "off-by-one"),
    "OUTLINE-UNVALIDATED": P(S, "const area = sailAreaSqM(outline);", "bug",
                             "outline from the body not validated (not an array, fewer than three points): crash or zero area stored"),
    "STRETCH-NOT-LATEST": P(S, "r.rows[r.rows.length - 2]", "bug",
                            "length - 2 takes the second-latest measurement, not the latest", "off-by-one"),
    "ORDER-SAIL-NOT-OWNED": P(S, "SELECT area_sqm FROM measurements WHERE sail_id", "security",
                              "sailId from the body never checked against the customer: order work on (and read the area of) another's sail"),
    "PRICE-FROM-CLIENT": P(S, "const price = offered ??", "security",
                           "pricePence from the request body overrides the quote (and the deposit)"),
    "ORDER-NO-RACE": P(S, "await pool.query(INSERT_ORDER", "bug",
                       "nextOrderNo read before and written after an await: concurrent orders get the same number", "critical-section"),
    "ORDER-VIEW-IDOR": P(S, 'pool.query("SELECT * FROM orders WHERE order_no = $1"', "security",
                         "any logged-in customer reads any order by number (no customer_id check)", "signature-vs-statement"),
    "ORDER-VIEW-ALL-FIELDS": P(S, 'pool.query("SELECT * FROM orders WHERE order_no = $1"', "security",
                               "SELECT * returns internal columns (deposit, refund, bench) to the customer"),
    "CANCEL-MISSING-ORDER": P(S, "if (order.customer_id !== me.id)", "bug",
                              "unknown order number: order is undefined and the handler throws (request hangs under Express 4)"),
    "CANCEL-REFUND-ANY-STATUS": P(S, "refund_pence = deposit_pence WHERE order_no", "bug",
                                  "cancel refunds the deposit whatever the status (on the bench, ready, collected, already cancelled)"),
    "CARD-XSS-NOTES": P(S, '<p class="notes">${s.notes}</p>', "security",
                        "sail notes interpolated into HTML unescaped: stored XSS"),
    "CARD-XSS-PHOTO": P(S, '<img src="${s.photo_url}"', "security",
                        "photo_url interpolated into an attribute unescaped: attribute injection / javascript: URL"),
    "PHOTO-NO-AUTH": P(S, 'app.get("/sails/:id/photos/:name"', "security",
                       "sail photos served without any login"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(file);", "security",
                         "photo name (decoded %2F) joined to PHOTO_DIR: path traversal", "source-vs-sink"),
    "PLOT-EXEC": P(S, "exec(`sailplot --sail", "security",
                   "format from the body interpolated into a shell command", "source-vs-sink"),
    "SEARCH-SQLI-CLOTH": P(S, "ILIKE '%${cloth}%'", "security",
                           "cloth query value interpolated into SQL", "source-vs-sink"),
    "SEARCH-SQLI-LIMIT": P(S, "ILIKE '%${cloth}%'", "security",
                           "limit query value interpolated into SQL as a string"),
    "BENCH-RACE": P(S, "UPDATE orders SET bench = $1", "bug",
                    "benchBusy checked, then an await, then set: two orders put on one bench", "critical-section"),
    "STATUS-ANY-TRANSITION": P(S, 'pool.query("UPDATE orders SET status = $1 WHERE order_no = $2"', "bug",
                               "any status may follow any other (collected back to received, skipping ready)"),
    "BENCH-RELEASE-WRONG-KEY": P(S, "benchBusy.delete(req.params.no)", "bug",
                                 "benchBusy is keyed by bench but deleted by order number: benches are never released"),
    "LOG-CAP-500": P(S, "ORDER BY at DESC LIMIT 500", "bug",
                     "only the newest 500 entries are fetched and paged in memory: older pages are empty"),
    "LOG-PAGE-SHORT": P(S, "start + LOG_PAGE - 1", "bug",
                        "slice end is exclusive: each page returns 24 entries and drops one", "off-by-one"),
    "STACK-LEAK": P(S, "stack: err.stack", "security",
                    "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("ORDER-SAIL-NOT-OWNED", "PRICE-FROM-CLIENT"),
    ("ORDER-VIEW-IDOR", "ORDER-VIEW-ALL-FIELDS"),
    ("CANCEL-MISSING-ORDER", "CANCEL-REFUND-ANY-STATUS"),
    ("CARD-XSS-NOTES", "CARD-XSS-PHOTO"),
    ("PHOTO-NO-AUTH", "PHOTO-TRAVERSAL"),
    ("SEARCH-SQLI-CLOTH", "SEARCH-SQLI-LIMIT"),
    ("STATUS-ANY-TRANSITION", "BENCH-RELEASE-WRONG-KEY"),
    ("LOG-CAP-500", "LOG-PAGE-SHORT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express 4 app for the sail loft. Staff routes are well guarded (`loftOnly`
        fails closed, checks lengths before `timingSafeEqual`), and the body parser has a size limit. The
        customer side is the weak half:

        1. Customer identity comes from `jwt.decode`, so it can be forged, and nothing checks ownership of sails
           or orders.
        2. Three injection sinks: the staff cloth search (SQL), the plot export (shell), the sail card (HTML).
        3. Money: the client can name its own price, and cancellation refunds in any state.
        4. Two check-then-act sequences span an `await` (order numbers, benches), and benches are never freed.
        5. Arithmetic: the sail area misses its closing edge; stretch and log paging are off by one.

        Correct as written: `esc` on the sail name and cloth, the `BENCHES` and `STATUSES` allow-lists,
        `quotePence`, the plot command's numeric sail id and its timeout, and the plot error that hides details.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`customerFrom` decodes JWTs without verifying them",
              "Use `jwt.verify(token, secret, { algorithms: [\"HS256\"] })` with a secret that must be set.",
              symbol="customerFrom", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Token accepted from `?token=`",
              "Accept the bearer header only; query strings end up in access logs and Referer headers.",
              symbol="customerFrom", conf=0.7),
            F("SEARCH-SQLI-CLOTH", "critical", "security", "SQL injection via `cloth` in `/loft/sails`",
              "Bind it: `WHERE cloth ILIKE $1` with `%${cloth}%` as the parameter.",
              symbol="GET /loft/sails", conf=0.9),
            F("SEARCH-SQLI-LIMIT", "high", "security", "`limit` is also spliced into the same query",
              "Parse it as an integer, clamp to 1..200 and bind it as `$2`.",
              symbol="GET /loft/sails", conf=0.85),
            F("PLOT-EXEC", "high", "security", "Shell injection through `format` in the plot export",
              "Allow-list `format` (`pdf`, `svg`) and use `execFile` with an argument array.",
              symbol="POST /sails/:id/plot", conf=0.9),
            F("CARD-XSS-NOTES", "high", "security", "Stored XSS: sail notes rendered unescaped",
              "Wrap `s.notes` in `esc()` like the name and cloth on the line above.",
              symbol="GET /sails/:id/card", conf=0.9),
            F("CARD-XSS-PHOTO", "medium", "security", "`photo_url` is put into `src` unescaped",
              "Escape it and only accept `https:` URLs from the loft's own storage.",
              symbol="GET /sails/:id/card", conf=0.75),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo download can escape `PHOTO_DIR`",
              "Express decodes `%2F` in `:name`; use `path.basename(name)` and check the resolved path prefix.",
              symbol="GET /sails/:id/photos/:name", conf=0.85),
            F("ORDER-VIEW-IDOR", "high", "security", "Any customer can read any order",
              "Add `AND customer_id = $2` with `me.id`.", symbol="GET /orders/:no", conf=0.9),
            F("ORDER-VIEW-ALL-FIELDS", "low", "security", "`SELECT *` returns internal order columns",
              "Select the columns a customer may see.", symbol="GET /orders/:no", conf=0.6),
            F("ORDER-SAIL-NOT-OWNED", "medium", "security", "Orders can be placed on another customer's sail",
              "Check that `sailId` belongs to `me.id` before reading its measurements.",
              symbol="POST /orders", conf=0.75),
            F("PRICE-FROM-CLIENT", "high", "security", "Client-supplied `pricePence` overrides the quote",
              "Ignore `pricePence` from the body; always compute `quotePence` on the server.",
              symbol="POST /orders", conf=0.9),
            F("STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log the error server-side and return a generic message.", symbol="error handler", conf=0.8),
        ]),
        "Correctness and state:",
        Block([
            F("ORDER-NO-RACE", "high", "bug", "Duplicate order numbers under concurrent requests",
              "Let the database allocate the number (a sequence / `RETURNING order_no`) instead of a module variable updated after an `await`.",
              symbol="POST /orders", conf=0.85),
            F("BENCH-RACE", "medium", "bug", "Two orders can be put on the same bench",
              "Claim the bench before the `await` (`benchBusy.set` first, undo on error) or enforce it with a unique constraint.",
              symbol="POST /loft/orders/:no/bench", conf=0.8),
            F("BENCH-RELEASE-WRONG-KEY", "medium", "bug", "Benches are never released",
              "The map is keyed by bench; delete `orders.bench` for this order, not `req.params.no`.",
              symbol="PATCH /loft/orders/:no/status", conf=0.85),
            F("STATUS-ANY-TRANSITION", "low", "bug", "No status transition rules",
              "Only allow the next status in `STATUSES` (or an explicit transition table).",
              symbol="PATCH /loft/orders/:no/status", conf=0.65),
            F("CANCEL-REFUND-ANY-STATUS", "medium", "bug", "Cancel refunds the deposit in every status",
              "Refuse to cancel once the order is on the bench, and never refund an already cancelled order twice.",
              symbol="DELETE /orders/:no", conf=0.8),
            F("AREA-NO-WRAP", "high", "bug", "Shoelace loop reads past the last point",
              "Use `points[(i + 1) % points.length]`; today the last iteration reads `undefined.x` and throws.",
              symbol="sailAreaSqM", conf=0.9),
            F("STRETCH-NOT-LATEST", "medium", "bug", "Stretch compares against the second-latest measurement",
              "`r.rows[r.rows.length - 1]` is the latest.", symbol="GET /sails/:id/stretch", conf=0.85),
            F("LOG-PAGE-SHORT", "low", "bug", "Log pages return 24 entries",
              "`slice(start, start + LOG_PAGE)`; the end index is exclusive.", symbol="GET /loft/log", conf=0.85),
            F("LOG-CAP-500", "low", "bug", "Log paging stops after 500 entries",
              "Page in SQL with `LIMIT $1 OFFSET $2` instead of slicing a capped result.",
              symbol="GET /loft/log", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "customerFrom trusts unsigned JWT (jwt.decode)", "jwt.verify", d=-3),
            F("SEARCH-SQLI-CLOTH", "critical", "security", "SQLi: cloth in /loft/sails", "parameterise", d=-2),
            F("PLOT-EXEC", "high", "security", "exec() with body.format", "execFile + allow-list", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "sendFile with user-controlled name", "basename/prefix check", d=-2),
            F("CARD-XSS-NOTES", "high", "security", "card renders notes without esc()", "esc(s.notes)", d=-1),
            F("ORDER-VIEW-IDOR", "high", "security", "GET /orders/:no missing owner check", "filter by customer_id", d=-3),
            F("PRICE-FROM-CLIENT", "high", "security", "pricePence taken from req.body", "server-side quote", d=-3),
            F("ORDER-NO-RACE", "medium", "bug", "nextOrderNo updated after await -> duplicate numbers", "DB sequence", d=+1),
            F("BENCH-RACE", "medium", "bug", "bench check/set split by await", "atomic claim"),
            F("BENCH-RELEASE-WRONG-KEY", "medium", "bug", "benchBusy.delete uses order no, map keyed by bench", "delete by bench"),
            F("CANCEL-MISSING-ORDER", "low", "bug", "DELETE /orders/:no: order undefined -> TypeError", "404"),
            F("AREA-NO-WRAP", "medium", "bug", "sailAreaSqM loop reads points[length]", "wrap index", d=-2),
            F("LOG-PAGE-SHORT", "low", "bug", "log page slice drops one entry", "start + LOG_PAGE", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the sail loft repair service (`src/server.ts`).

        ## Overview

        The service lets customers record sail measurements, place repair orders and view sail cards, and gives
        loft staff search, bench assignment and status tracking. Staff endpoints are protected by a properly
        implemented key check. Customer endpoints, however, rely on an authentication helper that does not verify
        tokens, and several endpoints build SQL, shell commands and HTML from untrusted input.

        ## Findings
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; an attacker can craft a token with any `sub`."),
            F("SEARCH-SQLI-CLOTH", "CRITICAL", "SQL Injection", "SQL Injection in Sail Search (cloth)",
              "Use parameterized queries.", sd=-2, n=3),
            F("SEARCH-SQLI-LIMIT", "HIGH", "SQL Injection", "SQL Injection in Sail Search (limit)",
              "Validate `limit` as a number and pass it as a parameter.", sd=-2, n=3),
            F("PLOT-EXEC", "CRITICAL", "Command Injection", "Command Injection in Plot Export",
              "Use `execFile` and validate `format`.", sd=-2, n=3),
            F("CARD-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in Sail Card Notes",
              "Escape the notes with the existing `esc` helper.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Normalize the path and verify it stays inside `PHOTO_DIR`.", sd=-2, n=3),
            F("PHOTO-NO-AUTH", "MEDIUM", "Broken Access Control", "Sail Photos Are Publicly Accessible",
              "Require a logged-in owner or the loft key.", d=0, sd=0, n=3),
            F("ORDER-VIEW-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Check that the order belongs to the caller.", sd=-2, n=3),
            F("ORDER-VIEW-ALL-FIELDS", "LOW", "Information Disclosure", "Order Endpoint Returns All Columns",
              "Return only customer-facing fields.", sd=-2, n=3),
            F("PRICE-FROM-CLIENT", "HIGH", "Business Logic", "Client Can Set Order Price",
              "Do not accept a price from the client.", sd=-2, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to the loft's own front end.", sd=0, n=2),
            F("STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Logic and Concurrency
        """,
        Block([
            F("ORDER-NO-RACE", "HIGH", "Race Condition", "Race Condition in Order Number Allocation",
              "Use a database sequence.", d=-1, sd=-2, n=3),
            F("BENCH-RACE", "MEDIUM", "Race Condition", "Race Condition in Bench Assignment",
              "Reserve the bench atomically.", d=-1, sd=-2, n=3),
            F("BENCH-RELEASE-WRONG-KEY", "MEDIUM", "Logic Error", "Bench Map Deleted With Wrong Key",
              "Delete the entry keyed by the bench.", sd=-2, n=3),
            F("CANCEL-REFUND-ANY-STATUS", "MEDIUM", "Business Logic", "Deposit Refunded Regardless of Order Status",
              "Check the status before refunding.", sd=-2, n=3),
            F("STRETCH-NOT-LATEST", "MEDIUM", "Logic Error", "Stretch Calculation Uses Wrong Measurement",
              "Use the last element of the array.", d=+1, sd=-1, n=3),
            F("LOG-CAP-500", "LOW", "Performance", "In-Memory Pagination of Repair Log",
              "Paginate in SQL.", sd=-1, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Move route handlers into separate router modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-NOT-VERIFIED", "high", "security", "jwt never verified", "jwt.verify"),
            F("SEARCH-SQLI-CLOTH", "high", "security", "sql injection in sail search", "use $1 params"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal on photos", "basename", d=-1),
            F("CARD-XSS-NOTES", "medium", "", "xss in sail card notes", "esc()"),
            F("ORDER-VIEW-IDOR", "medium", "security", "orders readable by anyone logged in", "check customer_id"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PRICE-FROM-CLIENT", "high", "bug", "client can send its own price", "drop pricePence"),
            F("OUTLINE-UNVALIDATED", "medium", "bug", "outline not validated before area calc", "require array of >= 3 points"),
            F("LOG-PAGE-SHORT", "low", "bug", "log page returns one entry too few", "remove - 1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: tokens are decoded, never verified; tokens accepted in the URL.
        2. Authorization: orders and sails are not tied to their customer.
        3. Injection: SQL, shell and HTML.
        4. Concurrency: order numbering and bench assignment.
        5. Logic: status flow, pagination, stretch and area calculations.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Use jwt.verify with a configured secret.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Access token accepted in query string",
              "Only read the Authorization header.", conf=0.6),
            F("SEARCH-SQLI-CLOTH", "blocker", "security", "SQL injection in cloth search",
              "Use query parameters.", conf=0.9),
            F("PLOT-EXEC", "blocker", "security", "Command injection in plot generation",
              "Validate the format and avoid the shell.", conf=0.85),
            F("CARD-XSS-NOTES", "major", "security", "Unescaped notes in sail card HTML",
              "Escape user content.", conf=0.85),
            F("CARD-XSS-PHOTO", "minor", "security", "Unescaped photo URL in img tag",
              "Escape and validate the URL.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal when serving photos",
              "Sanitize the file name.", conf=0.8),
            F("ORDER-VIEW-IDOR", "major", "security", "Order details exposed to other customers",
              "Filter by customer id.", conf=0.85),
            F("ORDER-SAIL-NOT-OWNED", "major", "security", "Sail ownership not verified when ordering",
              "Verify the sail belongs to the customer.", conf=0.7),
            F("PRICE-FROM-CLIENT", "major", "security", "Order price can be supplied by the client",
              "Compute price on the server.", d=-2, conf=0.8),
            F("CANCEL-MISSING-ORDER", "minor", "reliability", "Null dereference when cancelling unknown order",
              "Return 404 when no row is found.", conf=0.7),
            F("ORDER-NO-RACE", "major", "concurrency", "Order number generation is not concurrency-safe",
              "Use a database sequence.", conf=0.8),
            F("BENCH-RACE", "minor", "concurrency", "Bench occupancy map updated after await",
              "Set the map entry before awaiting.", d=+1, conf=0.7),
            F("STATUS-ANY-TRANSITION", "minor", "correctness", "Order status transitions are not validated",
              "Enforce the status order.", conf=0.6),
            F("AREA-NO-WRAP", "major", "correctness", "Sail area calculation produces NaN for the closing edge",
              "Wrap to the first point.", d=+1, conf=0.8),
            F("STRETCH-NOT-LATEST", "minor", "correctness", "Stretch uses second to last measurement",
              "Use length - 1.", conf=0.75),
            F("LOG-PAGE-SHORT", "minor", "correctness", "Repair log pagination off by one",
              "Remove the - 1 from the slice end.", d=-1, conf=0.75),
            F("STACK-LEAK", "minor", "security", "Stack traces exposed by error handler",
              "Do not return err.stack.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 7 major, 8 minor"),
    ]),
}

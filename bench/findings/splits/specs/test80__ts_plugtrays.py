"""test80/ts-plugtrays: a plant nursery's wholesale orders (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data, its scores or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split test80 (score once, never tune on it): seeded problems in a plant nursery's wholesale "
    "order service; five agents' answers written by hand."
)

A = "src/auth.ts"
V = "src/server.ts"
VAN = "van.trays + o.trays >= VAN_CAPACITY"
LP = "exec(`lp -d ${printer} ${file}`"
HASH = 'crypto.createHash("sha256").update(String(password))'

PROBLEMS = {
    "JWT-SECRET-DEFAULT": P(A, '|| "plugtrays-dev-secret"', "security", "JWT secret falls back to a constant in the source when JWT_SECRET is unset: anyone can mint buyer tokens"),
    "TOKEN-IN-QUERY": P(A, 'String(req.query.token || "")', "security", "buyer token also accepted from the query string (logs, referrers, history)"),
    "JWT-EXP-IGNORED": P(A, "ignoreExpiration: true", "security", "jwt.verify called with ignoreExpiration: an 8 h token stays valid for ever", "signature-vs-statement"),
    "PASSWORD-SHA256": P(V, HASH, "security", "passwords stored as a single unsalted SHA-256"),
    "HASH-TIMING": P(V, "rows[0].pass_hash !== hash", "security", "password hash compared with !== rather than a constant-time comparison"),
    "GENUS-INJECTION": P(V, "AND genus = '${genus}'", "security", "genus query value concatenated into the plant search SQL", "source-vs-sink"),
    "CARD-404-XSS": P(V, "No plant with SKU ${req.params.sku}", "security", "SKU from the URL reflected unescaped in the 404 HTML"),
    "CARD-NOTES-XSS": P(V, '<div class="care">${p.care_notes}</div>', "security", "care notes rendered unescaped next to the escaped name and genus (stored XSS)"),
    "STOCK-CACHE-UNBOUNDED": P(V, "stockCache.set(key, { at: Date.now(), rows });", "performance", "stock cache keyed by any requested SKU, entries never evicted: unbounded memory"),
    "PARTIAL-RESERVE": P(V, "rows[0].free < it.trays) return res.status(409)", "bug", "a 409 on a later item returns with the earlier items still reserved (no transaction, no rollback)"),
    "STOCK-RACE": P(V, "UPDATE stock SET reserved = reserved + $1 WHERE sku = $2", "bug", "free stock read, then reserved in a separate statement: concurrent orders oversell a plant", "critical-section"),
    "TRAYS-UNVALIDATED": P(V, "total += rows[0].price_pence * it.trays;", "bug", "tray count never checked to be a positive integer: negative trays release stock and cut the total"),
    "ORDER-IDOR": P(V, "SELECT * FROM orders WHERE id = $1", "security", "any logged-in buyer reads any order: buyer_id never compared", "signature-vs-statement"),
    "CANCEL-NULL": P(V, "if (order.buyer_id !== buyer.id)", "bug", "unknown order id: order is undefined and the handler throws (unhandled rejection, request hangs)"),
    "CANCEL-DAYS": P(V, "Math.ceil((new Date(order.deliver_on)", "bug", "Math.ceil rounds 25 h up to 2 days: cancellation allowed one day later than the 48 h rule", "off-by-one"),
    "CANCEL-RACE": P(V, "UPDATE orders SET status = 'cancelled'", "bug", "status checked, then updated unconditionally: two cancels both pass and release the stock twice", "critical-section"),
    "CANCEL-NOT-ATOMIC": P(V, "UPDATE stock SET reserved = reserved - t.trays", "bug", "order status and stock release in two statements outside a transaction: a failure leaves stock reserved"),
    "STAFF-PAGE-OFFSET": P(V, "const offset = page * per;", "bug", "page starts at 1 but offset is page * per: the first page of the day's orders is never shown", "off-by-one"),
    "IMPORT-OBO": P(V, "i <= lines.length", "bug", "loop runs one past the last line: lines[i] is undefined and the import throws after writing every row", "off-by-one"),
    "PRICE-UNITS": P(V, "Number(pricePounds)", "bug", "price in pounds stored into price_pence unconverted (and NaN not rejected)"),
    "VAN-CAP-OBO": P(V, VAN, "bug", ">= opens a new van when an order would fill the van exactly: a full van is never used", "off-by-one"),
    "VAN-OVERSIZE": P(V, VAN, "bug", "an order larger than VAN_CAPACITY is loaded into one van anyway, over capacity"),
    "LABEL-INJECTION": P(V, LP, "security", "printer from the request body interpolated into a shell command", "source-vs-sink"),
    "LABEL-NO-TIMEOUT": P(V, LP, "performance", "lp run without a timeout: a stuck printer leaves child processes piling up"),
    "ERROR-STACK": P(V, "stack: err.stack", "security", "error handler returns the message and stack trace to the client"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-EXP-IGNORED"),
    ("PASSWORD-SHA256", "HASH-TIMING"),
    ("CARD-404-XSS", "CARD-NOTES-XSS"),
    ("PARTIAL-RESERVE", "STOCK-RACE"),
    ("STOCK-RACE", "TRAYS-UNVALIDATED"),
    ("PARTIAL-RESERVE", "TRAYS-UNVALIDATED"),
    ("CANCEL-NULL", "CANCEL-DAYS"),
    ("CANCEL-DAYS", "CANCEL-RACE"),
    ("CANCEL-RACE", "CANCEL-NOT-ATOMIC"),
    ("IMPORT-OBO", "PRICE-UNITS"),
    ("VAN-CAP-OBO", "VAN-OVERSIZE"),
    ("LABEL-INJECTION", "LABEL-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        This is an Express 4 service for a nursery's wholesale buyers (catalogue, stock, orders, cancellations)
        and its staff (day lists, CSV import, van runs, delivery labels). What stands out:

        1. **Authentication** — the JWT secret has a hard-coded fallback, expiry is ignored, tokens are taken
           from the query string, and passwords are unsalted SHA-256.
        2. **Injection** — the `genus` filter is concatenated into SQL and the label printer name into a shell
           command; care notes are rendered as raw HTML.
        3. **Orders and stock** — reservation is a read-then-write without a transaction, tray counts are not
           validated, and cancellation has its own race and an off-by-one on the 48-hour rule.
        4. **Staff tools** — paging skips page one, the CSV import runs past the end, and the van planner never
           fills a van.

        Done well and not flagged: `staffOnly` fails closed and checks lengths before `timingSafeEqual`,
        `POST /stock/:sku/adjust` validates the delta and does a conditional update, the plant name and genus go
        through `esc`, the search term is bound as `$1`, and both body parsers have size limits.
        """,
        Block([
            F("JWT-SECRET-DEFAULT", "critical", "security", "Hard-coded fallback JWT secret",
              "Throw at start-up when `JWT_SECRET` is missing; with the fallback anyone can sign a `trade` buyer token.",
              symbol="JWT_SECRET", conf=0.9),
            F("JWT-EXP-IGNORED", "high", "security", "`buyerFrom` ignores token expiry",
              "Drop `ignoreExpiration: true`; tokens are issued with `expiresIn: \"8h\"` and should die then.",
              symbol="buyerFrom", conf=0.9),
            F("TOKEN-IN-QUERY", "medium", "security", "Buyer token accepted from `?token=`",
              "Only read the `Authorization` header; query strings end up in access logs and Referer headers.",
              symbol="buyerFrom", conf=0.75),
            F("PASSWORD-SHA256", "high", "security", "Passwords hashed with unsalted SHA-256",
              "Use bcrypt, scrypt or argon2 with a per-user salt.", symbol="POST /login", conf=0.85),
            F("HASH-TIMING", "low", "security", "Password hash compared with `!==`",
              "Compare with `crypto.timingSafeEqual` once the hash is a proper KDF output.", symbol="POST /login", conf=0.5),
            F("GENUS-INJECTION", "critical", "security", "SQL injection through `genus` in `GET /plants`",
              "Bind it: `sql += \" AND genus = $2\"` and push `genus` onto the parameters.", symbol="GET /plants", conf=0.95),
            F("CARD-NOTES-XSS", "high", "security", "Stored XSS through `care_notes` on the plant card",
              "Escape `p.care_notes` with `esc` like the name and genus on the same line.", symbol="GET /plants/:sku/card", conf=0.85),
        ]),
        "Orders, stock and the staff tools:",
        Block([
            F("STOCK-RACE", "high", "bug", "Stock reservation can oversell",
              "Reserve with one conditional statement (`UPDATE stock SET reserved = reserved + $1 WHERE sku = $2 AND trays - reserved >= $1`) and check `rowCount`, inside a transaction for the whole order.",
              symbol="POST /orders", conf=0.85),
            F("PARTIAL-RESERVE", "medium", "bug", "Failed orders leave earlier items reserved",
              "When a later item is short the handler returns 409, but the trays already reserved for earlier items stay reserved; wrap the loop in `BEGIN`/`ROLLBACK`.",
              symbol="POST /orders", conf=0.75),
            F("TRAYS-UNVALIDATED", "high", "bug", "Tray counts are not validated",
              "Require a positive integer; `trays: -50` passes the stock check, releases 50 reserved trays and lowers the total.",
              symbol="POST /orders", conf=0.8),
            F("STOCK-CACHE-UNBOUNDED", "low", "performance", "`stockCache` grows without bound",
              "Cache only known SKUs or use an LRU with a size cap.", symbol="GET /stock/:sku", conf=0.6),
            F("ORDER-IDOR", "high", "security", "Any buyer can read any order",
              "Add `AND buyer_id = $2` with `buyer.id`, and select explicit columns instead of `*`.", symbol="GET /orders/:id", conf=0.9),
            F("CANCEL-NULL", "medium", "bug", "Cancelling an unknown order throws",
              "Return 404 when `rows.length === 0`; in Express 4 the rejected promise never reaches the error handler and the request hangs.",
              symbol="POST /orders/:id/cancel", conf=0.8),
            F("CANCEL-DAYS", "medium", "bug", "Cancellation window is a day too generous",
              "`Math.ceil` turns 25 hours into 2 days; compare milliseconds with `48 * 3600 * 1000` instead.",
              symbol="POST /orders/:id/cancel", conf=0.75),
            F("CANCEL-RACE", "medium", "bug", "Double cancel releases stock twice",
              "Make the update conditional (`WHERE id = $1 AND status = 'open'`) and only release stock when it changed a row.",
              symbol="POST /orders/:id/cancel", conf=0.7),
            F("STAFF-PAGE-OFFSET", "medium", "bug", "Staff order list skips the first page",
              "Use `(page - 1) * per`.", symbol="GET /staff/orders", conf=0.85),
            F("IMPORT-OBO", "medium", "bug", "CSV import loop runs past the end",
              "Use `i < lines.length`; the last iteration reads `undefined.split` and the request fails after importing.",
              symbol="POST /plants/import", conf=0.85),
            F("PRICE-UNITS", "medium", "bug", "Imported prices are pounds stored as pence",
              "Convert with `Math.round(Number(pricePounds) * 100)` and reject `NaN`.", symbol="POST /plants/import", conf=0.7),
            F("VAN-CAP-OBO", "low", "bug", "Van planner never fills a van to capacity",
              "Use `>` so an order that brings the van to exactly 120 trays still fits, as the constant's comment says.",
              symbol="GET /deliveries/run", conf=0.75),
            F("LABEL-INJECTION", "critical", "security", "Shell injection through `printer`",
              "Use `execFile(\"lp\", [\"-d\", printer, file])` and check `printer` against the configured printers.",
              symbol="POST /deliveries/:id/label", conf=0.95),
            F("ERROR-STACK", "medium", "security", "Error handler leaks stack traces",
              "Log the error and return a generic message.", symbol="error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Findings:",
        Block([
            F("LABEL-INJECTION", "critical", "security", "Command injection via req.body.printer", "execFile + allow-list", d=-1),
            F("GENUS-INJECTION", "critical", "security", "SQL injection via ?genus", "parameterize", d=-2),
            F("JWT-EXP-IGNORED", "high", "security", "buyerFrom accepts expired tokens", "remove ignoreExpiration", d=-3),
            F("ORDER-IDOR", "high", "security", "GET /orders/:id has no ownership check", "filter by buyer_id", d=-3),
            F("PASSWORD-SHA256", "high", "security", "Unsalted sha256 password hashing", "bcrypt/argon2"),
            F("STOCK-RACE", "high", "bug", "Oversell: check and reserve are separate queries", "single conditional UPDATE in a tx", d=-1),
            F("TRAYS-UNVALIDATED", "high", "bug", "Negative trays accepted in orders", "validate positive int"),
            F("CANCEL-NULL", "medium", "bug", "Crash on cancel of nonexistent order", "404 if no row"),
            F("STAFF-PAGE-OFFSET", "medium", "bug", "Off-by-one offset in /staff/orders", "(page - 1) * per", d=+3),
            F("IMPORT-OBO", "medium", "bug", "Import loop reads lines[lines.length]", "i < lines.length", d=+1),
            F("VAN-OVERSIZE", "low", "bug", "Orders bigger than a van are never split", "split or reject orders > VAN_CAPACITY"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `plugtrays` service. It is an Express 4 application backed by PostgreSQL that
        manages a plant nursery's wholesale catalogue, stock reservations, buyer orders and delivery runs.

        **Authentication and Injection**

        The authentication helper in `src/auth.ts` and several endpoints in `src/server.ts` have significant
        weaknesses. The most severe allow SQL and command injection.
        """,
        Block([
            F("JWT-SECRET-DEFAULT", "Critical", "Broken Authentication", "Hardcoded Default JWT Secret",
              "Require JWT_SECRET to be set.", path="abs",
              desc="If the environment variable is missing, tokens are signed with a string that is visible in the repository."),
            F("JWT-EXP-IGNORED", "High", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove the ignoreExpiration option.", sd=-2, n=3),
            F("PASSWORD-SHA256", "High", "Cryptographic Failure", "Weak Password Hashing",
              "Use a slow, salted algorithm such as bcrypt.", sd=-2, n=3),
            F("GENUS-INJECTION", "Critical", "SQL Injection", "SQL Injection in Plant Search",
              "Use a parameterized query for genus.", sd=-2, n=3),
            F("CARD-NOTES-XSS", "High", "Cross-Site Scripting", "Stored XSS in Plant Care Notes",
              "Escape care_notes.", sd=-2, n=3),
            F("CARD-404-XSS", "Medium", "Cross-Site Scripting", "Reflected XSS in Plant Card Not-Found Page",
              "Escape the SKU before including it in HTML.",
              desc="The SKU path parameter is inserted into the 404 response body as HTML without escaping."),
            F("ORDER-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Restrict the query to the authenticated buyer.", sd=-2, n=3),
            F("LABEL-INJECTION", "Critical", "Command Injection", "Command Injection in Label Printing",
              "Use execFile with an argument array.", sd=-2, n=3),
            F("ERROR-STACK", "Medium", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Return a generic error message.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Logic and Availability**

        The order and delivery logic also has several flaws:
        """,
        Block([
            F("STOCK-RACE", "High", "Race Condition", "Race Condition in Stock Reservation",
              "Use a transaction with SELECT ... FOR UPDATE.", sd=-2, n=3),
            F("CANCEL-RACE", "Medium", "Race Condition", "Concurrent Cancellations Release Stock Twice",
              "Update the status conditionally.", d=-1),
            F("STAFF-PAGE-OFFSET", "Medium", "Logic Error", "Pagination Skips First Page of Orders",
              "Subtract one from page before multiplying.", d=-2),
            F("VAN-CAP-OBO", "Low", "Logic Error", "Van Capacity Check Uses >=",
              "Use > so that a van can be filled exactly.", sd=-2, n=3),
            U({"severity": "Low", "category": "Maintainability", "description": "server.ts mixes routing, SQL and business rules; consider separating them."}),
            F("LABEL-NO-TIMEOUT", "Low", "Availability", "Label Printing Has No Timeout",
              "Pass a timeout to the child process.", sd=-2, n=3),
        ], wrap="list", fence=None),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LABEL-INJECTION", "high", "security", "shell injection via printer name", "use execFile"),
            F("GENUS-INJECTION", "high", "security", "sql injection in genus filter", "bind $2"),
            F("ORDER-IDOR", "high", "security", "orders readable by any buyer", "check buyer_id"),
            F("JWT-EXP-IGNORED", "medium", "security", "jwt expiry ignored", "drop ignoreExpiration"),
            F("TOKEN-IN-QUERY", "medium", "security", "token in query string", "header only"),
            F("PASSWORD-SHA256", "medium", "security", "sha256 for passwords", "bcrypt"),
            F("CARD-NOTES-XSS", "medium", "security", "care_notes not escaped", "esc()"),
            F("ERROR-STACK", "low", "security", "stack trace in 500 response", "hide it"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("IMPORT-OBO", "medium", "bug", "import loop off by one", "i < lines.length", d=+1),
            F("LABEL-NO-TIMEOUT", "low", "", "lp exec has no timeout", "add timeout"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. **Authentication:** default JWT secret, expiry ignored, weak password hashing.
        2. **Injection:** SQL (genus filter), command (label printing), XSS (care notes).
        3. **Authorization:** order details readable by any buyer.
        4. **Data integrity:** stock reservation races, unvalidated quantities, non-atomic cancellation.
        5. **Off-by-one errors:** paging, CSV import loop, van capacity, cancellation window.
        """,
        Block([
            F("GENUS-INJECTION", "blocker", "security", "SQL injection in genus filter",
              "Use a bound parameter.", conf=0.95),
            F("LABEL-INJECTION", "blocker", "security", "Command injection in lp invocation",
              "Use execFile.", conf=0.95),
            F("JWT-SECRET-DEFAULT", "major", "security", "Default JWT secret in source",
              "Fail when JWT_SECRET is unset.", conf=0.85),
            F("JWT-EXP-IGNORED", "major", "security", "Expired tokens accepted",
              "Enforce expiration.", conf=0.85),
            F("PASSWORD-SHA256", "major", "security", "Unsalted password hash",
              "Use bcrypt.", conf=0.8),
            F("HASH-TIMING", "minor", "security", "Timing-unsafe password hash comparison",
              "Use timingSafeEqual.", anchor=HASH, conf=0.5),
            F("ORDER-IDOR", "major", "security", "Order details not scoped to buyer",
              "Filter on buyer_id.", conf=0.85),
            F("CARD-NOTES-XSS", "major", "security", "Unescaped care notes in HTML",
              "Escape output.", conf=0.8),
            F("STOCK-RACE", "major", "concurrency", "Check-then-act race on stock reservation",
              "Use a transaction and row lock.", d=-1, conf=0.8),
            F("TRAYS-UNVALIDATED", "major", "correctness", "Tray quantity not validated",
              "Require positive integers.", conf=0.75),
            F("CANCEL-NOT-ATOMIC", "minor", "reliability", "Cancellation updates are not in a transaction",
              "Wrap both updates in BEGIN/COMMIT.", conf=0.6),
            F("CANCEL-DAYS", "minor", "correctness", "Cancellation deadline rounding allows late cancels",
              "Use Math.floor or compare milliseconds.", d=+1, conf=0.6),
            F("STAFF-PAGE-OFFSET", "minor", "correctness", "Pagination offset off by one page",
              "Use (page - 1) * per.", conf=0.8),
            F("IMPORT-OBO", "major", "correctness", "Import loop boundary error",
              "Use < instead of <=.", conf=0.85),
            F("VAN-CAP-OBO", "minor", "correctness", "Van capacity boundary uses >=",
              "Use >.", d=-1, conf=0.7),
            F("STOCK-CACHE-UNBOUNDED", "minor", "performance", "Unbounded in-memory stock cache",
              "Add eviction.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 8 major, 6 minor"),
    ]),
}

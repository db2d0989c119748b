"""test62/ts-bridalblooms: a wedding florist's order board (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers (only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test62: seeded problems in a wedding florist's order board; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "bridal-blooms-dev";', "security", "extra, one agent: tokens signed with a hard-coded fallback secret when JWT_SECRET is unset"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Couple | null;", "security", "coupleFrom uses jwt.decode: any unsigned token is accepted as any couple", "signature-vs-statement"),
    "PRICE-STAMPEDE": P(S, "const res = await fetch(`${process.env.SUPPLIER_URL}/prices/today`);", "performance", "stale price cache: every concurrent request fetches the supplier, last response wins", "critical-section"),
    "PRICE-NO-STATUS": P(S, "priceCache = { at: Date.now(), prices: (await res.json())", "bug", "supplier status never checked: an error body is cached as the price table for ten minutes"),
    "STEMS-NEGATIVE": P(S, "if ((stock.get(it.flower) ?? 0) < it.stems) return null;", "bug", "stems not validated: a negative count passes, adds stock and lowers the total"),
    "STOCK-OVERSELL": P(S, "const table = await prices();", "bug", "stock checked, then await, then decremented: concurrent orders oversell the same stems", "critical-section"),
    "LOGIN-BRUTEFORCE": P(S, "if (!rows[0] || rows[0].login_code !== code)", "security", "login code checked with no attempt limit"),
    "JWT-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id, email }, JWT_SECRET);", "security", "couple tokens signed without expiry"),
    "WEDDING-DATE-NAN": P(S, "const daysAhead = Math.floor((Date.parse(weddingDate) - Date.now()) / 86_400_000);", "bug", "an unparseable weddingDate gives NaN and passes the lead-time check"),
    "LEAD-DAYS": P(S, "if (daysAhead < LEAD_DAYS - 1)", "bug", "LEAD_DAYS - 1 accepts orders 20 days before the wedding", "off-by-one"),
    "STOCK-NOT-RELEASED": P(S, "const total = await reserve(items);", "bug", "reserved stems are never given back when the insert fails"),
    "DEPOSIT-ROUNDING": P(S, "const deposit = total * DEPOSIT_RATE;", "bug", "deposit is a float, never rounded to pence"),
    "ORDER-IDOR": P(S, 'pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);', "security", "order details returned to any signed-in couple, not only the owner"),
    "PATCH-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body);", "security", "every body key becomes a column: a couple can set status, total or deposit"),
    "PATCH-SQLI-KEYS": P(S, "await pool.query(`UPDATE orders SET ${sets} WHERE id = $1 AND couple_id = $2`", "security", "body key names are written into the SQL text", "source-vs-sink"),
    "REFUND-CUTOFF": P(S, "const refund = daysLeft > REFUND_DAYS ? order.deposit : 0;", "bug", "> REFUND_DAYS refuses the refund on day 14 that the policy grants", "off-by-one"),
    "CANCEL-TWICE": P(S, "UPDATE orders SET status = 'cancelled' WHERE id = $1", "bug", "status not checked: a cancelled order can be cancelled again for a second refund"),
    "MOODBOARD-TRAVERSAL": P(S, "const target = path.join(MOODBOARD_DIR, req.params.id, req.params.name);", "security", "decoded :name (..%2F) escapes the moodboard directory"),
    "MOODBOARD-IDOR": P(S, "const target = path.join(MOODBOARD_DIR, req.params.id, req.params.name);", "security", "the order id is not checked against the couple: images written into other couples' orders"),
    "CARD-XSS": P(S, '<p>${message}</p></div>`);', "security", "message query value echoed into HTML unescaped", "source-vs-sink"),
    "BOARD-ALL-ROWS": P(S, "SELECT id, wedding_date, venue, status, total FROM orders WHERE status <> 'cancelled' ORDER BY wedding_date", "performance", "every open order loaded to page in memory"),
    "BOARD-SLICE": P(S, "res.json(rows.slice(start, start + perPage - 1));", "bug", "slice end is exclusive: every page drops its 25th order", "off-by-one"),
    "SEARCH-SQLI": P(S, "WHERE venue ILIKE '%${venue}%' AND status = $1", "security", "venue query value templated into ILIKE", "source-vs-sink"),
    "ROUTE-SHELL": P(S, 'exec(`route-plan --from studio --to "${rows[0]?.venue ?? ""}"`', "security", "couple-supplied venue run through a shell (quotes do not stop $() or \")", "signature-vs-statement"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "stack traces and error messages returned to clients"),
}

CONFUSABLE = [
    ("PRICE-STAMPEDE", "PRICE-NO-STATUS"),
    ("STEMS-NEGATIVE", "STOCK-OVERSELL"),
    ("LOGIN-BRUTEFORCE", "JWT-NO-EXPIRY"),
    ("WEDDING-DATE-NAN", "LEAD-DAYS"),
    ("LEAD-DAYS", "STOCK-NOT-RELEASED"),
    ("STOCK-NOT-RELEASED", "DEPOSIT-ROUNDING"),
    ("PATCH-MASS-ASSIGN", "PATCH-SQLI-KEYS"),
    ("REFUND-CUTOFF", "CANCEL-TWICE"),
    ("MOODBOARD-TRAVERSAL", "MOODBOARD-IDOR"),
    ("BOARD-ALL-ROWS", "BOARD-SLICE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is the whole service: couples sign in with an emailed code, place orders that reserve stems
        from an in-memory cold-room stock, edit and cancel them and upload moodboard images; the studio pages
        through a board, searches by venue and plans delivery routes.

        | Priority | Area | Finding |
        |---|---|---|
        | P0 | auth | `coupleFrom` decodes tokens without verifying them |
        | P0 | injection | `PATCH /orders/:id` and `/studio/search` build SQL from request data |
        | P1 | injection | `/card-preview` reflects HTML; route planning goes through a shell |
        | P1 | access | any couple can read any order and write into any order's moodboard |
        | P2 | money/stock | oversold stems, a refund refused on the last qualifying day, a dropped row per page |

        The studio side is otherwise careful: `studioOnly` fails closed and compares with a length check before
        `timingSafeEqual`, CORS uses an allow-list, the font in the card preview is allow-listed, and the body parsers
        have limits.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`coupleFrom` trusts unsigned tokens (`jwt.decode`)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat any error as signed out.",
              symbol="coupleFrom", conf=0.95),
            F("PATCH-SQLI-KEYS", "critical", "security", "Column names in `PATCH /orders/:id` come from the request body",
              "Map an allow-list of editable fields (`venue`, `cardMessage`) to fixed column names.",
              d=-2, symbol="PATCH /orders/:id", conf=0.9),
            F("PATCH-MASS-ASSIGN", "high", "security", "Couples can overwrite `status`, `total` and `deposit`",
              "Only accept the fields a couple may edit; the price and status belong to the studio.",
              symbol="PATCH /orders/:id", conf=0.85),
            F("SEARCH-SQLI", "high", "security", "SQL injection through `venue` in `/studio/search`",
              "Bind `%${venue}%` as a parameter.", symbol="GET /studio/search", conf=0.9),
            F("CARD-XSS", "high", "security", "Reflected XSS in `/card-preview`",
              "Escape `message` before interpolating it, as is done for the font by allow-list.",
              symbol="GET /card-preview", conf=0.9),
            F("ORDER-IDOR", "high", "security", "`GET /orders/:id` does not check the order belongs to the couple",
              "Add `AND couple_id = $2` as the cancel route does.", symbol="GET /orders/:id", conf=0.85),
            F("MOODBOARD-TRAVERSAL", "high", "security", "Moodboard `:name` can climb out of `MOODBOARD_DIR`",
              "Express decodes `%2F` in params; use `path.basename` and check the resolved path.",
              symbol="PUT /orders/:id/moodboard/:name", conf=0.8),
            F("ROUTE-SHELL", "high", "security", "Venue string reaches a shell in route planning",
              "Use `execFile(\"route-plan\", [\"--from\", \"studio\", \"--to\", venue])`.",
              symbol="POST /studio/orders/:id/route", conf=0.8),
        ]),
        "Stock, money and paging:",
        Block([
            F("STOCK-OVERSELL", "high", "bug", "`reserve` can oversell stems",
              "Check and decrement without an `await` in between (fetch prices first), or reserve in the database with a conditional update.",
              symbol="reserve", conf=0.8),
            F("STOCK-NOT-RELEASED", "medium", "bug", "Stems stay reserved when the order insert fails",
              "Give the stems back in the `catch`, or reserve after the insert inside one transaction.",
              symbol="POST /orders", conf=0.7),
            F("PRICE-STAMPEDE", "low", "performance", "Price cache has no in-flight guard",
              "Cache the pending promise so concurrent misses share one supplier call.",
              symbol="prices", conf=0.65),
            F("REFUND-CUTOFF", "medium", "bug", "Refund refused on exactly 14 days",
              "`daysLeft >= REFUND_DAYS` matches the stated policy.", symbol="POST /orders/:id/cancel", conf=0.8),
            F("CANCEL-TWICE", "medium", "bug", "An order can be cancelled (and refunded) twice",
              "`UPDATE ... WHERE id = $1 AND status <> 'cancelled'` and skip the refund when no row changed.",
              symbol="POST /orders/:id/cancel", conf=0.8),
            F("LEAD-DAYS", "low", "bug", "Lead time check allows 20 days instead of 21",
              "`daysAhead < LEAD_DAYS`.", symbol="POST /orders", conf=0.75),
            F("BOARD-SLICE", "medium", "bug", "Board pages return 24 orders and skip one",
              "`rows.slice(start, start + perPage)`.", symbol="GET /studio/board", conf=0.85),
            F("ERROR-STACK", "medium", "security", "Error handler returns stack traces",
              "Log the error, return a generic message.", symbol="errorHandler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "coupleFrom: jwt.decode, no signature check", "jwt.verify", d=-3),
            F("PATCH-SQLI-KEYS", "critical", "security", "PATCH /orders/:id: Object.keys(req.body) used as SQL column names", "allow-list columns", d=-3),
            F("SEARCH-SQLI", "high", "security", "venue from query interpolated into ILIKE", "parameterize", d=-3),
            F("CARD-XSS", "high", "security", "message query param rendered into HTML", "escape", d=-3),
            F("ROUTE-SHELL", "high", "security", "route handler shells out with venue", "execFile + args", d=-3),
            F("STOCK-OVERSELL", "high", "bug", "stock check and decrement separated by await prices()", "decrement atomically", d=-2),
            F("STEMS-NEGATIVE", "medium", "bug", "negative stems accepted", "require integer > 0"),
            F("BOARD-SLICE", "medium", "bug", "board slice drops last row per page", "start + perPage", d=-1),
            F("PRICE-NO-STATUS", "medium", "bug", "supplier res.ok not checked before caching", "throw on !res.ok", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Bridal Blooms order board (`src/server.ts`). Below is a summary of the
        issues I identified, grouped by severity.

        ### Authentication and Access Control

        The most serious issue is that customer tokens are decoded but never verified. Several order endpoints also
        fail to check ownership.
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="An attacker can craft a token with any `id` and act as any couple."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hard-coded Fallback JWT Secret",
              "Fail at startup when `JWT_SECRET` is not set.", sd=-1, n=3),
            F("JWT-NO-EXPIRY", "MEDIUM", "Broken Authentication", "Session Tokens Never Expire",
              "Pass `expiresIn` to `jwt.sign`.", sd=-2, n=3),
            F("ORDER-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Order Details",
              "Filter by the couple's id.", sd=-2, n=3),
            F("MOODBOARD-IDOR", "MEDIUM", "Broken Access Control", "Moodboard Upload Not Scoped to the Couple's Orders",
              "Verify the order belongs to the couple before writing.", sd=-2, n=3),
            F("PATCH-SQLI-KEYS", "CRITICAL", "SQL Injection", "SQL Injection via Field Names in Order Update",
              "Validate keys against an allow-list.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Injection, Data Integrity and Other Issues
        """,
        Block([
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS in Card Preview",
              "HTML-encode the message.", sd=-2, n=3),
            F("SEARCH-SQLI", "HIGH", "SQL Injection", "SQL Injection in Venue Search",
              "Use a bound parameter.", sd=-2, n=3),
            F("ROUTE-SHELL", "HIGH", "Command Injection", "Command Injection in Route Planning",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("MOODBOARD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Moodboard Upload",
              "Use `path.basename` on the name.", sd=-2, n=3),
            F("STOCK-OVERSELL", "HIGH", "Race Condition", "Race Condition in Stock Reservation",
              "Avoid awaiting between the availability check and the decrement.", d=3, sd=1, n=3,
              desc="While `prices()` is awaited another request passes the same check, and both decrement the stock."),
            F("PRICE-STAMPEDE", "MEDIUM", "Caching", "Cache Stampede on Supplier Prices",
              "Share one in-flight request.", d=-1, sd=-2, n=3),
            F("DEPOSIT-ROUNDING", "LOW", "Logic Error", "Floating-Point Deposit Amounts",
              "Store amounts in integer pence.", sd=-2, n=3),
            F("BOARD-ALL-ROWS", "MEDIUM", "Performance", "Studio Board Loads All Orders Into Memory",
              "Use LIMIT/OFFSET in SQL.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "server.ts mixes routing, pricing and persistence; consider modules."}),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Return a generic error.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "high", "security", "token never verified", "jwt.verify"),
            F("SEARCH-SQLI", "high", "security", "sqli in venue search", "bind param", d=-3),
            F("MOODBOARD-TRAVERSAL", "high", "", "path traversal in moodboard upload", "basename"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("LOGIN-BRUTEFORCE", "medium", "security", "login code can be brute forced", "rate limit"),
            F("CANCEL-TWICE", "medium", "bug", "double cancel = double refund", "check status"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Token handling: no verification, no expiry.
        2. SQL built from request data in two places; shell and HTML injection.
        3. Ordering rules: lead time and refund window off by one day; invalid dates accepted.
        4. Stock and price cache are not safe under concurrent requests.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Authentication bypass: token decoded without verification",
              "Use jwt.verify.", conf=0.9),
            F("JWT-NO-EXPIRY", "minor", "security", "Login token has no expiry",
              "Set expiresIn.", d=-1, conf=0.6),
            F("WEDDING-DATE-NAN", "major", "correctness", "Invalid wedding date bypasses the lead time check",
              "Reject when Date.parse returns NaN.", conf=0.7),
            F("LEAD-DAYS", "major", "correctness", "Lead time off by one day",
              "Compare with LEAD_DAYS.", d=-1, conf=0.7),
            F("STOCK-NOT-RELEASED", "major", "reliability", "Stock leaks when order creation fails",
              "Release the reservation on error.", conf=0.6),
            F("PATCH-MASS-ASSIGN", "major", "security", "Mass assignment in order update",
              "Whitelist updatable fields.", conf=0.8),
            F("PATCH-SQLI-KEYS", "blocker", "security", "SQL injection in order update column list",
              "Validate column names.", d=-2, conf=0.8),
            F("REFUND-CUTOFF", "major", "correctness", "Refund window excludes the 14th day",
              "Use >=.", d=-1, conf=0.7),
            F("CARD-XSS", "major", "security", "XSS in card preview", "Escape output.", conf=0.8),
            F("STEMS-NEGATIVE", "major", "correctness", "Stock check accepts negative stem counts",
              "Validate stems.", conf=0.7),
            F("PRICE-STAMPEDE", "minor", "performance", "Concurrent cache misses all call the supplier",
              "Deduplicate refreshes.", d=1, conf=0.6),
            F("ROUTE-SHELL", "major", "security", "Command injection via venue", "Use execFile.", conf=0.8),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 7 major, 2 minor"),
    ]),
}

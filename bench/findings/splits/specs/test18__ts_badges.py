"""test18/ts-badges: a conference ticket and badge service (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test
split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its scores, its tuning set or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its scores or the other splits' data. "
    "Frozen test split test18: seeded problems in a small conference ticket and badge API; five agents' answers written by hand."
)

S = "src/server.ts"
PR = "src/pricing.ts"

PROBLEMS = {
    "JWT-SECRET-DEFAULT": P(S, 'process.env.JWT_SECRET || "confbadge-dev-secret"', "security", "JWT signing secret falls back to a constant"),
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials (extra, one agent)"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Claims | null;", "security", "auth middleware decodes the bearer token without verifying signature or expiry", "signature-vs-statement"),
    "ORGANIZER-HEADER": P(S, 'req.headers["x-organizer"] === "yes"', "security", "x-organizer request header grants the organizer role"),
    "SQLI-TRACK": P(S, "WHERE track = '${track}'", "security", "track query value interpolated into the sessions SQL", "source-vs-sink"),
    "SESSION-CAPACITY-OBO": P(S, "if (Number(s.taken) > s.capacity)", "bug", "> instead of >=: a full session accepts one registration too many", "off-by-one"),
    "QUANTITY-UNVALIDATED": P(S, "const { tier, quantity, promo, country } = req.body;", "bug", "quantity never validated: negative or fractional quantities add stock and give negative totals"),
    "OVERSELL-RACE": P(S, "const total = await quotePrice(pool, tier, quantity, promo);", "bug", "stock read, await, then set from the stale value: concurrent orders oversell and lose decrements", "critical-section"),
    "REFUND-STATUS-UNCHECKED": P(S, "UPDATE orders SET status = 'refunded'", "bug", "refund never checks the order status: unpaid or already refunded orders are refunded (again)"),
    "REFUND-TICKETS-VALID": P(S, "UPDATE orders SET status = 'refunded'", "bug", "tickets of a refunded order are not revoked and still check in"),
    "REFUND-API-IGNORED": P(S, "refundPayment(order.id, order.total_cents);", "bug", "refundPayment not awaited and its result never checked: order marked refunded when the payment API fails"),
    "SLIDES-SSRF": P(S, "const r = await fetch(url);", "security", "speaker-supplied URL fetched by the server (SSRF)", "source-vs-sink"),
    "SLIDES-UNBOUNDED": P(S, "const slides = Buffer.from(await r.arrayBuffer());", "performance", "whole remote body buffered with no size limit"),
    "WEBHOOK-RESERIALIZED": P(S, ".update(JSON.stringify(req.body))", "bug", "HMAC computed over re-serialised JSON (express.json already parsed it), not the raw bytes"),
    "WEBHOOK-TIMING": P(S, 'if (req.headers["x-pay-signature"] !== expected)', "security", "signature compared with !== instead of timingSafeEqual"),
    "WEBHOOK-PAID-UNCHECKED": P(S, "UPDATE orders SET status = 'paid'", "security", "any signed event marks the order paid: event type and amount never checked"),
    "BADGE-IDOR": P(S, 'pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.ticketId])', "security", "any logged-in user can render any attendee's badge", "signature-vs-statement"),
    "BADGE-NOT-FOUND": P(S, "const t = rows[0];", "bug", "unknown ticket id: t is undefined, TypeError in the async handler, request hangs"),
    "BADGE-XSS": P(S, "<h1>${t.attendee_name}</h1><h2>${t.company}</h2>", "security", "attendee name and company interpolated into badge HTML unescaped"),
    "TRANSFER-SQLI": P(S, "SET attendee_email = '${email}'", "security", "email from the body interpolated into the transfer UPDATE", "source-vs-sink"),
    "TRANSFER-NO-OWNER": P(S, "SET attendee_email = '${email}'", "security", "transfer never checks the caller owns the ticket"),
    "CHECKIN-DOUBLE": P(S, "if (!ticket || ticket.checked_in)", "bug", "select-then-update check-in is not atomic: two doors admit the same ticket", "critical-section"),
    "CHECKIN-ANY-USER": P(S, 'app.post("/checkin", auth,', "security", "check-in is open to every logged-in attendee, not only scanners"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "stack traces returned to clients (extra, one agent)"),
    "GROUP-DISCOUNT-OBO": P(PR, "if (quantity > GROUP_MIN)", "bug", "> instead of >=: a group of exactly 10 pays full price", "off-by-one"),
    "PROMO-USES-OBO": P(PR, "rows[0].uses <= rows[0].max_uses", "bug", "<= lets a promo code be used max_uses + 1 times", "off-by-one"),
    "PROMO-NEVER-COUNTED": P(PR, "rows[0].uses <= rows[0].max_uses", "bug", "uses is never incremented: limited promo codes are unlimited"),
    "VAT-DEFAULT-RATE": P(PR, 'const rate = country === "DE" ? 0.19', "bug", "every country but DE/FR (and a missing country) charged 21% VAT", "signature-vs-statement"),
}

CONFUSABLE = [
    ("JWT-DECODE", "ORGANIZER-HEADER"),
    ("QUANTITY-UNVALIDATED", "OVERSELL-RACE"),
    ("REFUND-STATUS-UNCHECKED", "REFUND-TICKETS-VALID"),
    ("REFUND-STATUS-UNCHECKED", "REFUND-API-IGNORED"),
    ("SLIDES-SSRF", "SLIDES-UNBOUNDED"),
    ("WEBHOOK-RESERIALIZED", "WEBHOOK-TIMING"),
    ("WEBHOOK-TIMING", "WEBHOOK-PAID-UNCHECKED"),
    ("BADGE-IDOR", "BADGE-XSS"),
    ("BADGE-NOT-FOUND", "BADGE-XSS"),
    ("TRANSFER-SQLI", "TRANSFER-NO-OWNER"),
    ("GROUP-DISCOUNT-OBO", "PROMO-USES-OBO"),
    ("PROMO-USES-OBO", "PROMO-NEVER-COUNTED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        The service sells tickets, prints badges and runs door check-in. The most serious problem is the `auth`
        middleware: it trusts any token that *looks* like a JWT, so every "authenticated" route is effectively open,
        and a request header upgrades anyone to organizer.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | token decoded, never verified; `x-organizer` header |
        | P0 | SQL | string-built queries in `/sessions` and ticket transfer |
        | P1 | orders | concurrent orders oversell the in-memory stock |
        | P1 | check-in | the same QR code can be admitted twice |
        | P1 | refunds | status not checked, payment result ignored |
        | P2 | pricing | group discount / promo limits off by one |
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`auth` uses `jwt.decode`, so forged tokens are accepted",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; `decode` checks neither signature nor `exp`.",
              symbol="auth", conf=0.95),
            F("ORGANIZER-HEADER", "critical", "security", "Organizer role can be claimed with the `x-organizer` header",
              "Derive the role only from the verified token (or the database).", symbol="auth", conf=0.9),
            F("SQLI-TRACK", "high", "security", "SQL injection through `track` in `GET /sessions`",
              "Bind `track` as `$2` like `day`.", symbol="GET /sessions", conf=0.95),
            F("TRANSFER-SQLI", "high", "security", "Ticket transfer builds its UPDATE with the new email interpolated",
              "Pass `email` as a parameter.", symbol="POST /tickets/:id/transfer", conf=0.9),
            F("TRANSFER-NO-OWNER", "high", "security", "Any user can transfer any ticket to themselves",
              "Add `AND attendee_id = $3` with the caller's id and return 404 when no row changes.",
              symbol="POST /tickets/:id/transfer", conf=0.85),
            F("OVERSELL-RACE", "high", "bug", "Ticket stock can be oversold under concurrent orders",
              "`left` is read before `await quotePrice(...)` and written back after it; two orders for the last seats both pass. Reserve in the database (`UPDATE ticket_tiers SET remaining = remaining - $1 WHERE tier = $2 AND remaining >= $1`).",
              d=-1, n=1, symbol="POST /orders", conf=0.85),
            F("QUANTITY-UNVALIDATED", "medium", "bug", "`quantity` is not validated",
              "Require a positive integer within a per-order limit; a negative quantity increases stock and yields a negative total.",
              symbol="POST /orders", conf=0.8),
            F("CHECKIN-DOUBLE", "high", "bug", "Check-in can admit one ticket twice",
              "Make it one statement: `UPDATE tickets SET checked_in = true ... WHERE qr_code = $1 AND NOT checked_in RETURNING id`.",
              d=-2, symbol="POST /checkin", conf=0.85),
            F("REFUND-STATUS-UNCHECKED", "high", "bug", "Refund does not check the order was paid or not already refunded",
              "Update with `WHERE id = $1 AND status = 'paid'` and only call the payment API when a row changed.",
              symbol="POST /orders/:id/refund", conf=0.85),
            F("REFUND-API-IGNORED", "medium", "bug", "Refund call is fire-and-forget",
              "Await `refundPayment`, check `response.ok`, and mark the order refunded only afterwards.",
              symbol="POST /orders/:id/refund", conf=0.8),
            F("BADGE-IDOR", "high", "security", "Badge endpoint returns any attendee's badge",
              "Check `t.attendee_id` against `req.user.sub` unless the caller is an organizer.",
              symbol="GET /badges/:ticketId", conf=0.8),
            F("BADGE-XSS", "medium", "security", "Badge HTML is built from unescaped attendee fields",
              "Escape `attendee_name` and `company` (they are attendee-controlled via transfer).",
              symbol="GET /badges/:ticketId", conf=0.8),
            F("WEBHOOK-RESERIALIZED", "medium", "bug", "Webhook HMAC is computed over `JSON.stringify(req.body)`",
              "`express.json()` runs first, so the raw body is gone; register the webhook before the JSON parser and sign `req.body` as a Buffer.",
              symbol="POST /webhooks/payments", conf=0.75),
            F("WEBHOOK-TIMING", "low", "security", "Signature comparison is not constant-time",
              "Use `crypto.timingSafeEqual` on equal-length buffers.", symbol="POST /webhooks/payments", conf=0.6),
            F("GROUP-DISCOUNT-OBO", "low", "bug", "Group discount excludes groups of exactly 10",
              "The comment says '10 or more'; use `>=`.", symbol="quotePrice", conf=0.8),
            F("PROMO-USES-OBO", "low", "bug", "Promo usage limit check allows one extra use",
              "Compare `uses < max_uses`.", symbol="quotePrice", conf=0.7),
            F("CORS-ANY-ORIGIN", "low", "security", "CORS reflects every origin with credentials",
              "Restrict `origin` to the conference front-end.", conf=0.5),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts and src/pricing.ts. 12 findings.",
        Block([
            F("JWT-DECODE", "critical", "security", "Bearer tokens are never verified", "jwt.verify.", d=-2),
            F("SQLI-TRACK", "high", "security", "track query param flows into SQL string", "Parameterise.", d=-2),
            F("TRANSFER-SQLI", "high", "security", "req.body.email concatenated into UPDATE", "Parameterise.", d=-1),
            F("SLIDES-SSRF", "high", "security", "POST /speakers/slides fetches a caller-supplied URL", "Allow-list hosts; block private ranges.", d=-1),
            F("BADGE-IDOR", "high", "security", "GET /badges/:ticketId has no ownership check", "Compare attendee_id.", d=-1),
            F("OVERSELL-RACE", "high", "bug", "inventory decrement after await: lost updates / oversell", "Atomic DB decrement.", d=1),
            F("CHECKIN-DOUBLE", "medium", "bug", "double check-in race between SELECT and UPDATE", "Single conditional UPDATE.", d=1),
            F("REFUND-TICKETS-VALID", "medium", "bug", "refunded orders keep valid tickets", "Revoke tickets in the same transaction."),
            F("SESSION-CAPACITY-OBO", "medium", "bug", "capacity check lets count == capacity through", ">="),
            F("WEBHOOK-PAID-UNCHECKED", "medium", "security", "webhook marks paid without checking event type/amount", "Verify event.type and amount."),
            F("PROMO-NEVER-COUNTED", "medium", "bug", "promo uses never incremented", "UPDATE promos SET uses = uses + 1 ... RETURNING."),
            F("VAT-DEFAULT-RATE", "low", "bug", "vatFor: unknown/missing country silently gets 21%", "Table of rates; reject unknown.", d=-1),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the conference ticketing and badge service. Here is a summary of my findings.

        **Authentication and Authorization.** The authentication middleware does not validate tokens, and several
        handlers act on objects without checking that they belong to the caller.

        **Injection.** Two queries are built with template literals.

        **Business logic.** Ticket inventory, check-in and refunds have race conditions or missing state checks.
        """,
        Block([
            F("JWT-DECODE", "critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with any `sub` and `role`.",
              d=1, sd=0),
            F("JWT-SECRET-DEFAULT", "high", "Hardcoded Secret", "Hardcoded JWT Secret Fallback",
              "Require `JWT_SECRET` at startup."),
            F("SQLI-TRACK", "critical", "SQL Injection", "SQL Injection in Session Listing",
              "Use a parameterized query."),
            F("TRANSFER-NO-OWNER", "high", "Broken Access Control", "Missing Ownership Check on Ticket Transfer",
              "Verify the ticket belongs to the authenticated user.", d=-2,
              desc="Any authenticated user can reassign any ticket by id."),
            F("CHECKIN-ANY-USER", "high", "Broken Access Control", "Any User Can Check In Tickets",
              "Restrict `/checkin` to users with the `scanner` role."),
            F("BADGE-XSS", "medium", "Cross-Site Scripting", "Stored XSS in Badge Rendering",
              "HTML-encode the interpolated fields.", d=-1, sd=0),
            F("SLIDES-SSRF", "high", "Server-Side Request Forgery", "SSRF in Slides Import",
              "Validate the URL against an allow-list."),
            F("SLIDES-UNBOUNDED", "medium", "Resource Management", "Unbounded Download Size",
              "Check `content-length` and stream with a limit."),
            U({"severity": "low", "category": "Maintainability", "description": "server.ts is long; split the routes into modules."}),
            F("OVERSELL-RACE", "high", "Race Condition", "Race Condition in Ticket Inventory",
              "Perform the check and decrement atomically.", d=-1,
              desc="Between the availability check and `inventory.set`, the handler awaits the price quote; concurrent requests read the same `left` value."),
            F("REFUND-STATUS-UNCHECKED", "high", "Business Logic", "Orders Can Be Refunded Multiple Times",
              "Check the current status before refunding."),
            F("WEBHOOK-TIMING", "medium", "Cryptographic Issue", "Timing Attack on Webhook Signature",
              "Use `crypto.timingSafeEqual`."),
            F("ERROR-STACK-LEAK", "low", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Log the stack server-side and return a generic message."),
            F("GROUP-DISCOUNT-OBO", "low", "Business Logic", "Group Discount Threshold Off By One",
              "Use `>=` to match the comment."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ORGANIZER-HEADER", "error", "security", "x-organizer header makes anyone organizer", "drop header check"),
            F("JWT-DECODE", "error", "security", "jwt.decode does not verify", "jwt.verify", d=-2),
            F("BADGE-NOT-FOUND", "warning", "", "badge crashes for unknown ticket id", "404 if no row"),
            F("REFUND-API-IGNORED", "warning", "bug", "refundPayment promise not awaited", "await + check res.ok"),
            F("PROMO-USES-OBO", "warning", "bug", "promo max_uses check off by one", "use <", d=-1),
            F("GROUP-DISCOUNT-OBO", "info", "bug", "group discount should start at 10", "use >=", d=-1, n=2),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication bypass in the `auth` middleware.
        2. SQL injection in session search and ticket transfer.
        3. Race conditions in ticket sales and check-in.
        4. Missing authorization on badges and transfers.
        5. Pricing rule defects.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Authentication bypass: token payload is trusted without verification",
              "Verify the token signature.", conf=0.9),
            F("SQLI-TRACK", "blocker", "security", "SQL injection in session search", "Use parameter placeholders.", d=1, sd=0, conf=0.9),
            F("TRANSFER-SQLI", "blocker", "security", "SQL injection in ticket transfer", "Use parameter placeholders.", conf=0.9),
            F("OVERSELL-RACE", "major", "concurrency", "Inventory update is not atomic",
              "Use a database transaction or an atomic decrement.", d=1, conf=0.8),
            F("CHECKIN-DOUBLE", "major", "concurrency", "Concurrent check-ins of the same ticket are both accepted",
              "Use a conditional update.", d=-2, conf=0.8),
            F("SESSION-CAPACITY-OBO", "major", "correctness", "Session registration can exceed capacity by one",
              "Use >= in the capacity check.", d=1, conf=0.75),
            F("BADGE-IDOR", "major", "security", "Badge of any ticket can be viewed", "Check ticket ownership.", conf=0.75),
            F("BADGE-XSS", "major", "security", "HTML injection in badge template", "Escape output.", d=-1, sd=0, conf=0.7),
            F("WEBHOOK-RESERIALIZED", "major", "correctness", "Webhook signature computed over parsed JSON instead of raw body",
              "Use the raw request body.", conf=0.7),
            F("REFUND-TICKETS-VALID", "major", "data-integrity", "Refunded tickets remain valid for check-in",
              "Invalidate tickets on refund.", conf=0.7),
            F("QUANTITY-UNVALIDATED", "minor", "correctness", "Order quantity is not validated", "Validate quantity.", conf=0.6),
            F("PROMO-NEVER-COUNTED", "minor", "correctness", "Promo code usage counter never updated",
              "Increment uses when an order is placed.", d=-1, sd=0, conf=0.6),
            F("VAT-DEFAULT-RATE", "minor", "correctness", "VAT defaults to 21% for unknown countries",
              "Handle unknown countries explicitly.", conf=0.5),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}

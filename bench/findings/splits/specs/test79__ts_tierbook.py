"""test79/ts-tierbook: a wedding cake bakery's orders desk (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test
split; labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test79 (for round 41): seeded problems in a wedding cake bakery's orders desk "
    "(tiers, tastings, deposits, delivery slots); five agents' answers written by hand."
)

S = "server.ts"
H = "auth.ts"
PROBLEMS = {
    "AUTH-TOKEN-IN-QUERY": P(H, 'String(req.query.token ?? "")', "security", "bearer token also accepted from the query string (ends up in logs, history and referrers)"),
    "AUTH-JWT-DECODE": P(H, "jwt.decode(token)", "security", "customerFrom uses jwt.decode: the signature (and expiry) is never verified, anyone can mint a token", "signature-vs-statement"),
    "STAFF-KEY-FAILS-OPEN": P(H, "!== process.env.STAFF_KEY", "security", "STAFF_KEY unset: a request without the header compares undefined !== undefined and passes staffOnly", "signature-vs-statement"),
    "STAFF-KEY-TIMING": P(H, "!== process.env.STAFF_KEY", "security", "staff key compared with !== instead of timingSafeEqual"),
    "ORDER-TIER-LOOP": P(S, "for (let i = 1; i <= tiers.length; i++)", "bug", "tier loop starts at 1 and runs to length: the bottom tier is never priced and tiers[length] throws", "off-by-one"),
    "ORDER-UNKNOWN-SIZE": P(S, "total += TIER_PRICE[tiers[i].size]", "bug", "tier size not checked against TIER_PRICE: an unknown size makes the total NaN"),
    "ORDER-CLIENT-PRICE": P(S, "const agreed = price ?? total;", "security", "client-supplied price overrides the computed total (and the deposit)"),
    "CARD-XSS-INSCRIPTION": P(S, '<p class="inscription">${o.inscription}</p>', "security", "cake inscription rendered into HTML unescaped next to the escaped date: stored XSS"),
    "CARD-XSS-ALLERGIES": P(S, "<p>Allergies: ${o.allergies}</p>", "security", "allergy notes rendered into HTML unescaped: stored XSS"),
    "TASTING-SEATS-UNCHECKED": P(S, "const seats = Number(req.body.seats ?? 2);", "bug", "seats not validated: negative or NaN seats pass the capacity check (negative seats free up places)"),
    "TASTING-OVERBOOK": P(S, "+ seats > TASTING_SEATS", "bug", "sum of seats read, compared and inserted without a transaction or lock: concurrent bookings overfill a tasting", "critical-section"),
    "SLOTS-SQLI-DAY": P(S, "WHERE starts_at::date = '${day}' ORDER BY ${sort}", "security", "day query value interpolated into the SQL text: SQL injection", "source-vs-sink"),
    "SLOTS-SQLI-SORT": P(S, "WHERE starts_at::date = '${day}' ORDER BY ${sort}", "security", "sort query value interpolated into ORDER BY: SQL injection", "source-vs-sink"),
    "SLOTS-CACHE-UNBOUNDED": P(S, "slotCache.set(sql", "performance", "slot cache keyed by client-chosen SQL text, never evicted: unbounded memory"),
    "SLOT-CLIENT-LEAK": P(S, "const client = await pool.connect();", "bug", "pool client released only on the two happy paths: any throw after connect leaks it (and leaves the transaction open)"),
    "SLOT-FULL-OFF-BY-ONE": P(S, "slot.booked > slot.capacity", "bug", "booked > capacity lets a slot take one delivery more than its capacity (should be >=)", "off-by-one"),
    "SLOT-ORDER-NOT-CHECKED": P(S, "UPDATE orders SET slot_id = $1", "bug", "order update's row count never checked: a slot place is used up even when the order is not the caller's or does not exist"),
    "DEPOSIT-FETCH-NO-TIMEOUT": P(S, "fetch(`${PAY_URL}/intents`", "bug", "payment-intent fetch has no timeout (payRefund has one): a hung provider holds requests open"),
    "WEBHOOK-SECRET-EMPTY": P(S, 'createHmac("sha256", PAY_WEBHOOK_SECRET)', "security", "webhook secret defaults to empty: unset, anyone can sign a deposit-paid webhook"),
    "WEBHOOK-SIG-TIMING": P(S, "if (sig !== expected)", "security", "webhook signature compared with !== instead of timingSafeEqual"),
    "CANCEL-NOT-OWNER": P(S, "SELECT deposit, deposit_paid, refunded, event_date FROM orders WHERE id = $1", "security", "cancel looks the order up by id only: any customer can cancel (and refund) anyone's order"),
    "CANCEL-DOUBLE-REFUND": P(S, "if (!o || o.refunded)", "bug", "refunded flag read, checked and set in separate statements: two concurrent cancels both refund", "critical-section"),
    "CANCEL-REFUND-UNPAID": P(S, "const refund = daysLeft >= 28", "bug", "refund amount ignores deposit_paid: an unpaid deposit is refunded"),
    "INSPO-TRAVERSAL": P(S, "res.sendFile(file);", "security", "name path parameter joined to the inspiration directory: ..%2F reads any file", "source-vs-sink"),
    "DESK-MORE-NEVER": P(S, "more: rows.length > size", "bug", "LIMIT size returns at most size rows, so more is never true (fetch size + 1)", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler sends the error message and stack trace to the client", "signature-vs-statement"),
}

CONFUSABLE = [
    ("AUTH-TOKEN-IN-QUERY", "AUTH-JWT-DECODE"),
    ("STAFF-KEY-FAILS-OPEN", "STAFF-KEY-TIMING"),
    ("ORDER-TIER-LOOP", "ORDER-UNKNOWN-SIZE"),
    ("ORDER-UNKNOWN-SIZE", "ORDER-CLIENT-PRICE"),
    ("CARD-XSS-INSCRIPTION", "CARD-XSS-ALLERGIES"),
    ("TASTING-SEATS-UNCHECKED", "TASTING-OVERBOOK"),
    ("SLOTS-SQLI-DAY", "SLOTS-SQLI-SORT"),
    ("SLOT-CLIENT-LEAK", "SLOT-FULL-OFF-BY-ONE"),
    ("WEBHOOK-SECRET-EMPTY", "WEBHOOK-SIG-TIMING"),
    ("CANCEL-NOT-OWNER", "CANCEL-DOUBLE-REFUND"),
    ("CANCEL-DOUBLE-REFUND", "CANCEL-REFUND-UNPAID"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `tierbook` is an Express 4 API for a wedding cake bakery: customers log in, order tiered cakes, book
        tastings and delivery slots, and pay or get back a deposit; the desk staff list orders. I reviewed
        `server.ts` and `auth.ts`.

        1. **Customer auth is not authentication.** `customerFrom` decodes the JWT without verifying it, so every
           customer endpoint trusts whatever `sub` the caller writes.
        2. **Injection** in `/slots` (SQL) and the order card (HTML); path traversal in `/inspiration/:name`.
        3. **Money**: the client can set the cake price; cancellation works on other people's orders and can
           refund the same deposit twice.
        4. **Capacity**: tastings can be overbooked; delivery slots take one van too many.

        Done well: `ownerOnly` fails closed and checks the length before `timingSafeEqual`; `/orders/:id` and the
        card query filter by `customer_id`; slot booking locks the slot row with `FOR UPDATE`; `payRefund` has an
        `AbortSignal.timeout`; both body parsers have size limits; `esc()` is applied to the event date and tier count.
        """,
        Block([
            F("AUTH-JWT-DECODE", "critical", "security", "Customer tokens are decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat any error as unauthenticated.",
              path="rel", symbol="customerFrom", conf=0.95),
            F("AUTH-TOKEN-IN-QUERY", "medium", "security", "Token accepted from the `?token=` query parameter",
              "Accept the bearer header only; query strings end up in access logs and browser history.",
              symbol="customerFrom", conf=0.7),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "`staffOnly` lets everyone through when `STAFF_KEY` is unset",
              "`undefined !== undefined` is false, so a request without the header passes; fail closed like `ownerOnly`.",
              symbol="staffOnly", conf=0.85),
            F("SLOTS-SQLI-DAY", "critical", "security", "SQL injection in `GET /slots` via `day`",
              "Use `$1` for the day and a whitelist for the sort column.", symbol="GET /slots", conf=0.95),
            F("INSPO-TRAVERSAL", "high", "security", "Path traversal in `GET /inspiration/:name`",
              "Express decodes `%2F` in params; use `res.sendFile(name, { root: INSPO_DIR })` or reject names with separators.",
              symbol="GET /inspiration/:name", conf=0.85),
            F("CARD-XSS-INSCRIPTION", "high", "security", "Cake inscription is rendered unescaped in the order card",
              "Wrap `o.inscription` (and `o.allergies`) in `esc()` like the event date.", symbol="GET /orders/:id/card", conf=0.85),
            F("ORDER-CLIENT-PRICE", "high", "security", "Client can set the cake price",
              "Ignore `price` from the body; only staff should be able to agree a different price.",
              symbol="POST /orders", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any customer can cancel any order",
              "Add `AND customer_id = $2` to the lookup and the update.", symbol="POST /orders/:id/cancel", conf=0.9),
        ]),
        "Correctness and robustness:",
        Block([
            F("ORDER-TIER-LOOP", "high", "bug", "Tier loop skips the first tier and reads past the end",
              "`for (const t of tiers)`; as written `tiers[tiers.length]` is undefined and `.size` throws.",
              symbol="POST /orders", conf=0.9),
            F("ORDER-UNKNOWN-SIZE", "medium", "bug", "Unknown tier size produces a NaN total",
              "Reject sizes that are not keys of `TIER_PRICE` with a 400.", symbol="POST /orders", conf=0.75),
            F("TASTING-OVERBOOK", "medium", "bug", "Tasting capacity check races with the insert",
              "Do the count and insert in one transaction with a lock on the tasting row (or a constraint).",
              symbol="POST /tastings/:id/book", conf=0.75),
            F("SLOT-FULL-OFF-BY-ONE", "medium", "bug", "Delivery slot accepts one booking over capacity",
              "Use `slot.booked >= slot.capacity`.", symbol="POST /orders/:id/slot", conf=0.85),
            F("CANCEL-DOUBLE-REFUND", "high", "bug", "Concurrent cancellations can refund the deposit twice",
              "`UPDATE orders SET refunded = true WHERE id = $1 AND NOT refunded RETURNING deposit` and refund only when a row came back.",
              symbol="POST /orders/:id/cancel", conf=0.8),
            F("DEPOSIT-FETCH-NO-TIMEOUT", "low", "bug", "Payment intent request has no timeout",
              "Pass `signal: AbortSignal.timeout(5000)` as `payRefund` does.", symbol="POST /orders/:id/deposit", conf=0.7),
            F("DESK-MORE-NEVER", "low", "bug", "`more` is always false on the desk order list",
              "Query `LIMIT size + 1` and slice, or compare against a count.", symbol="GET /desk/orders", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run; read server.ts and auth.ts.",
        Block([
            F("AUTH-JWT-DECODE", "critical", "security", "customerFrom trusts unsigned JWTs (jwt.decode)", "jwt.verify with HS256.", d=-2),
            F("STAFF-KEY-FAILS-OPEN", "high", "security", "staffOnly passes when STAFF_KEY is undefined", "Fail closed; constant-time compare.", d=-1),
            F("SLOTS-SQLI-DAY", "critical", "security", "SQLi: req.query.day concatenated into /slots query", "Parameterize.", d=-2),
            F("SLOTS-SQLI-SORT", "critical", "security", "SQLi: req.query.sort used as ORDER BY", "Whitelist columns.", d=-1),
            F("INSPO-TRAVERSAL", "high", "security", "Arbitrary file read via /inspiration/:name", "sendFile with root option.", d=-1),
            F("ORDER-CLIENT-PRICE", "high", "security", "POST /orders takes price from the body", "Drop price from input."),
            F("WEBHOOK-SECRET-EMPTY", "high", "security", "PAY_WEBHOOK_SECRET defaults to \"\": forgeable webhooks", "Require the secret at startup."),
            F("WEBHOOK-SIG-TIMING", "low", "security", "Webhook signature compared with !==", "crypto.timingSafeEqual."),
            F("ORDER-TIER-LOOP", "high", "bug", "Off-by-one in tier loop (i = 1; i <= length)", "i = 0; i < length.", d=+1),
            F("TASTING-SEATS-UNCHECKED", "medium", "bug", "seats can be negative/NaN", "Integer 1..TASTING_SEATS."),
            F("SLOT-FULL-OFF-BY-ONE", "medium", "bug", "Slot capacity check allows capacity + 1", ">=.", d=-1),
            F("CANCEL-DOUBLE-REFUND", "high", "bug", "Double refund race in cancel", "Conditional update on refunded.", d=+3),
            F("DESK-MORE-NEVER", "low", "bug", "more flag can never be true", "LIMIT size + 1.", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `tierbook` codebase, an Express.js application written in TypeScript that manages
        orders for a wedding cake bakery, including tiered cake orders, tasting sessions, delivery slots and
        deposit payments.

        **Overall Assessment**

        The application has a reasonable structure, but it contains several critical security vulnerabilities,
        most notably in how it authenticates customers and how it builds SQL queries. There are also data
        integrity issues in the booking flows.

        **Security Vulnerabilities**
        """,
        Block([
            F("AUTH-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Is Not Verified",
              "Use `jwt.verify` with an explicit algorithm list.", n=3, sd=-2,
              desc="`jwt.decode` only base64-decodes the token payload. An attacker can craft a token with any `sub` and impersonate any customer."),
            F("STAFF-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Staff Middleware Fails Open",
              "Check that `STAFF_KEY` is defined before comparing.", n=3, sd=-1),
            F("STAFF-KEY-TIMING", "LOW", "Broken Authentication", "Timing-Unsafe Staff Key Comparison",
              "Use `crypto.timingSafeEqual` as in `ownerOnly`."),
            F("SLOTS-SQLI-DAY", "CRITICAL", "SQL Injection", "SQL Injection via the day Parameter",
              "Use parameterized queries.", n=3, sd=-2),
            F("SLOTS-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection via the sort Parameter",
              "Validate `sort` against an allow-list."),
            F("CARD-XSS-INSCRIPTION", "HIGH", "Cross-Site Scripting", "Stored XSS in Cake Inscription",
              "Escape the inscription with `esc()`.", n=3, sd=-2),
            F("CARD-XSS-ALLERGIES", "HIGH", "Cross-Site Scripting", "Stored XSS in Allergy Notes",
              "Escape the allergies field."),
            F("INSPO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Inspiration Images",
              "Use the `root` option of `res.sendFile`.", n=3, sd=-2),
            F("WEBHOOK-SIG-TIMING", "MEDIUM", "Broken Authentication", "Webhook Signature Comparison Is Not Constant-Time",
              "Compare with `crypto.timingSafeEqual`."),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed by the Error Handler",
              "Return a generic message in production.", d=-1),
        ], wrap="list"),
        """
        **Data Integrity and Logic Issues**
        """,
        Block([
            F("TASTING-OVERBOOK", "MEDIUM", "Race Condition", "Tasting Sessions Can Be Overbooked",
              "Wrap the check and the insert in a transaction that locks the tasting.", d=-1,
              desc="The number of booked seats is summed in one query and the new booking is inserted in another. Concurrent requests can both see free seats."),
            F("SLOT-FULL-OFF-BY-ONE", "MEDIUM", "Logic Error", "Delivery Slot Capacity Check Is Off by One",
              "Use `>=` when comparing booked and capacity.", n=3, sd=-2),
            F("SLOT-ORDER-NOT-CHECKED", "MEDIUM", "Logic Error", "Slot Is Reserved Even If the Order Update Fails",
              "Check `rowCount` of the order update and roll back when it is 0."),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving the route handlers into separate router modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("AUTH-JWT-DECODE", "high", "security", "jwt.decode instead of jwt.verify", "verify signature", d=-1, path="dot"),
            F("SLOTS-SQLI-DAY", "high", "security", "sql injection in /slots", "use $1"),
            F("INSPO-TRAVERSAL", "high", "security", "path traversal on inspiration images", "sendFile root option", d=-1),
            F("CARD-XSS-INSCRIPTION", "medium", "security", "inscription not escaped", "esc()"),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel has no owner check", "filter by customer_id"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("ORDER-CLIENT-PRICE", "high", "", "client controls the price", "compute price server side"),
            F("DEPOSIT-FETCH-NO-TIMEOUT", "low", "bug", "deposit fetch without timeout", "AbortSignal.timeout"),
            F("ERROR-STACK-LEAK", "medium", "security", "stack trace sent to client", "hide in prod"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        The bakery order service (`server.ts`, `auth.ts`) was reviewed for security, correctness and reliability.

        Key issues:
        1. Token handling in `auth.ts` (query-string tokens, timing-unsafe staff key).
        2. Order pricing and tasting capacity.
        3. Cancellation and refunds.
        4. Webhook verification.
        5. Resource handling in slot booking and the slot cache.
        """,
        Block([
            F("AUTH-JWT-DECODE", "blocker", "security", "JWT is decoded without verification",
              "Use jwt.verify.", conf=0.9),
            F("AUTH-TOKEN-IN-QUERY", "minor", "security", "Authentication token read from query string",
              "Only accept the Authorization header.", conf=0.6),
            F("STAFF-KEY-TIMING", "minor", "security", "Staff key comparison is not constant-time",
              "Use crypto.timingSafeEqual.", conf=0.55),
            F("ORDER-TIER-LOOP", "major", "correctness", "Loop over tiers is off by one",
              "Start at 0 and stop before tiers.length.", conf=0.85),
            F("TASTING-OVERBOOK", "major", "concurrency", "Tasting capacity check is not atomic",
              "Use a transaction with row locking.", d=+1, conf=0.7),
            F("CARD-XSS-INSCRIPTION", "major", "security", "Cross-site scripting in order card (inscription)",
              "Escape user content.", conf=0.8),
            F("SLOTS-CACHE-UNBOUNDED", "minor", "performance", "Slot cache grows without limit",
              "Bound the cache size and evict expired entries.", conf=0.6),
            F("SLOT-CLIENT-LEAK", "major", "resource-leak", "Database client is not released on errors",
              "Use try/finally around the transaction and always release the client.", conf=0.75),
            F("WEBHOOK-SECRET-EMPTY", "major", "security", "Webhook HMAC secret may be empty",
              "Fail at startup if PAY_WEBHOOK_SECRET is missing.", d=+1, conf=0.7),
            F("CANCEL-NOT-OWNER", "blocker", "security", "Order cancellation does not verify ownership",
              "Filter by customer_id.", conf=0.85),
            F("CANCEL-DOUBLE-REFUND", "major", "concurrency", "Race condition allows double refunds",
              "Update with a refunded = false condition.", d=-2, conf=0.7),
            F("CANCEL-REFUND-UNPAID", "major", "correctness", "Refund issued even when the deposit was never paid",
              "Check deposit_paid before refunding.", conf=0.7),
            F("ERROR-STACK-LEAK", "major", "security", "Stack trace leaked in error responses",
              "Do not include err.stack.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}

"""test20/ts-berths: a marina berth booking service (TypeScript, Express 4 + pg). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, the tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split (test20): seeded problems in a marina berth booking service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Claims | null;", "security", "jwt.decode instead of jwt.verify: any self-made token (role harbourmaster included) is accepted", "signature-vs-statement"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "bearer token also accepted from the query string (logs, referrers)"),
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "marina-dev-secret";', "security", "extra, one agent: hard-coded fallback signing secret"),
    "LOGIN-PLAINTEXT": P(S, "if (user.password !== password)", "security", "passwords stored and compared in plain text"),
    "LOGIN-ENUM": P(S, 'error: "no skipper with that email"', "security", "404 vs 401 tells an attacker which emails have accounts"),
    "BERTH-SQLI-PIER": P(S, "WHERE pier = '${pier}' AND max_length_m >= $1 ORDER BY ${sort}", "security", "pier query value interpolated into the SQL", "source-vs-sink"),
    "BERTH-SQLI-SORT": P(S, "WHERE pier = '${pier}' AND max_length_m >= $1 ORDER BY ${sort}", "security", "sort query value interpolated into ORDER BY"),
    "BOOK-LENGTH-UNCHECKED": P(S, "if (boatLengthM > berth.max_length_m)", "bug", "extra, one agent: boatLengthM missing/undefined compares false, so any boat fits"),
    "BOOK-NIGHTS": P(S, "const nights = Math.floor((to.getTime() - from.getTime()) / DAY_MS) + 1;", "bug", "+ 1 counts the departure day: every stay is charged one night too many", "off-by-one"),
    "BOOK-DISCOUNT": P(S, "const total = nights * berth.rate_per_night * (1 - discountPct / 100);", "security", "discountPct read from the request body: a skipper sets their own price (100 = free)", "source-vs-sink"),
    "BOOK-FLOAT-MONEY": P(S, "const total = nights * berth.rate_per_night * (1 - discountPct / 100);", "bug", "money computed in floating point, no rounding to cents"),
    "BOOK-OVERLAP": P(S, "AND arrival <= $3 AND departure >= $2", "bug", "inclusive bounds: a boat arriving on the day another leaves is refused (calendar uses < and >)", "off-by-one"),
    "BOOK-RACE": P(S, "if (clash.rowCount) return res.status(409)", "bug", "clash SELECT and INSERT not atomic: two skippers can book the same berth for the same nights", "critical-section"),
    "CANCEL-IDOR": P(S, 'const booking = (await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id])).rows[0];', "security", "any skipper can cancel (and get refunded) any booking: no owner check", "signature-vs-statement"),
    "CANCEL-STATUS": P(S, 'error: "booking not found"', "bug", "status never checked: pending (unpaid) or already cancelled bookings are refunded"),
    "CANCEL-RACE": P(S, "await refundPayment(booking.payment_ref, refund);", "bug", "refund issued before the status update: concurrent cancels refund twice", "critical-section"),
    "GATE-IDOR": P(S, "res.json({ gateCode: rows[0].gate_code, berthId: rows[0].berth_id });", "security", "gate code of any booking returned to any logged-in user", "signature-vs-statement"),
    "HOOK-RESTRINGIFY": P(S, 'const expected = crypto.createHmac("sha256", WEBHOOK_SECRET)', "bug", "HMAC over JSON.stringify(req.body), not the raw bytes: genuine signatures fail"),
    "HOOK-TIMING": P(S, "if (signature !== expected) return res.status(401).end();", "security", "signature compared with !== (not timingSafeEqual)"),
    "GATE-RANDOM": P(S, "const gateCode = String(Math.floor(Math.random() * 10000))", "security", "4-digit gate code from Math.random: guessable"),
    "HOOK-REOPENS": P(S, "\"UPDATE bookings SET status = 'paid', payment_ref = $2, gate_code = $3 WHERE id = $1\"", "bug", "extra, one agent: no status guard: a late or replayed event flips a cancelled booking back to paid with a new gate code"),
    "METER-LOST-UPDATE": P(S, "const tariff = await fetchTariff();", "bug", "usage read before an await and written after it: concurrent readings for a berth are lost", "critical-section"),
    "METER-NEGATIVE": P(S, "const kwh = Number(req.body.kwh);", "bug", "kwh not validated: negative or NaN readings corrupt the total"),
    "WAIT-OFF-BY-ONE": P(S, "for (let i = 0; i <= Math.min(waiting.length, MAX_OFFERS); i++) {", "bug", "<= reads one past the end: TypeError when fewer than MAX_OFFERS wait, otherwise MAX_OFFERS+1 offers", "off-by-one"),
    "WAIT-BERTH-NULL": P(S, "const waiting = waitlist.filter((w) => w.pier === berth.pier", "bug", "unknown berth id: berth is undefined and the filter throws"),
    "NOTICE-ANY-SKIPPER": P(S, 'await pool.query("INSERT INTO notices (title, body, posted_by)', "security", "POST /notices lacks requireHarbourmaster: any skipper posts to the harbour notice board", "signature-vs-statement"),
    "NOTICE-XSS": P(S, "const items = rows.map((n) => `<li><strong>${n.title}</strong> ${n.body}</li>`)", "security", "notice title/body rendered into HTML unescaped: stored XSS"),
    "TIDE-SSRF": P(S, "const r = await fetch(feedUrl);", "security", "tide feed URL from the body fetched server-side: SSRF", "source-vs-sink"),
    "ERR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("JWT-DECODE", "TOKEN-IN-QUERY"),
    ("LOGIN-PLAINTEXT", "LOGIN-ENUM"),
    ("BERTH-SQLI-PIER", "BERTH-SQLI-SORT"),
    ("BOOK-DISCOUNT", "BOOK-FLOAT-MONEY"),
    ("BOOK-NIGHTS", "BOOK-FLOAT-MONEY"),
    ("BOOK-LENGTH-UNCHECKED", "BOOK-NIGHTS"),
    ("BOOK-OVERLAP", "BOOK-RACE"),
    ("CANCEL-IDOR", "CANCEL-STATUS"),
    ("CANCEL-STATUS", "CANCEL-RACE"),
    ("HOOK-RESTRINGIFY", "HOOK-TIMING"),
    ("GATE-RANDOM", "HOOK-REOPENS"),
    ("METER-LOST-UPDATE", "METER-NEGATIVE"),
    ("WAIT-OFF-BY-ONE", "WAIT-BERTH-NULL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app for the marina: berth search, bookings, cancellations with
        refunds, gate codes, shore-power metering, a waitlist, the notice board and a tide feed import. The
        authentication layer is the root problem — `requireAuth` never verifies the token — so every
        "logged-in" check below it is only as strong as `jwt.decode`.

        Priorities:
        1. Fix `requireAuth` (`jwt.verify`, no query-string tokens).
        2. SQL injection in `GET /berths`; client-controlled discount in `POST /bookings`.
        3. Ownership checks on cancel and gate-code; harbourmaster check on notices.
        4. Money/date arithmetic (extra night, back-to-back stays) and the booking/cancel/meter races.
        5. Webhook verification, gate-code randomness, error leakage.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`requireAuth` decodes the JWT without verifying its signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; today anyone can mint `{ role: \"harbourmaster\" }`.",
              symbol="requireAuth", conf=0.97),
            F("TOKEN-IN-QUERY", "low", "security", "Auth token accepted from `?token=`",
              "Only read the `Authorization` header; URLs end up in proxy logs and browser history.",
              symbol="requireAuth", conf=0.7),
            F("LOGIN-PLAINTEXT", "high", "security", "Passwords are stored and compared in plain text",
              "Store bcrypt/argon2 hashes and compare with the library's verify function.",
              symbol="POST /login", conf=0.85),
            F("BERTH-SQLI-PIER", "critical", "security", "SQL injection via the `pier` query parameter",
              "Bind `pier` as `$2` instead of interpolating it into the template literal.",
              symbol="GET /berths", conf=0.95),
            F("BERTH-SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` to a fixed set of column names.",
              symbol="GET /berths", conf=0.9),
            F("BOOK-DISCOUNT", "high", "security", "Client decides its own discount",
              "`discountPct` comes straight from the request body; derive discounts server-side (membership, season).",
              d=-1, symbol="POST /bookings", conf=0.9),
            F("BOOK-NIGHTS", "medium", "bug", "Every booking is charged one night too many",
              "Arrival on the 1st and departure on the 3rd is two nights, but the `+ 1` makes it three. Drop the `+ 1` (and use `Math.round` to survive DST).",
              symbol="POST /bookings", conf=0.85),
            F("BOOK-OVERLAP", "medium", "bug", "Back-to-back bookings are rejected as clashes",
              "With `arrival <= $3 AND departure >= $2`, a boat arriving on the day another departs conflicts. Use strict `<` / `>` as the calendar endpoint does.",
              symbol="POST /bookings", conf=0.8),
            F("BOOK-RACE", "medium", "bug", "Double booking possible between the clash check and the insert",
              "Use a transaction with `SELECT ... FOR UPDATE` on the berth, or an exclusion constraint on `(berth_id, tstzrange(arrival, departure))`.",
              d=+1, symbol="POST /bookings", conf=0.75),
            F("CANCEL-IDOR", "high", "security", "Any skipper can cancel any booking",
              "Add `AND skipper_id = $2` with `req.user.sub` (or allow harbourmasters explicitly).",
              symbol="POST /bookings/:id/cancel", conf=0.9),
            F("CANCEL-RACE", "medium", "bug", "Concurrent cancel requests refund twice",
              "Flip the status first with `UPDATE ... SET status = 'cancelled' WHERE id = $1 AND status = 'paid' RETURNING total` and refund only if a row came back.",
              n=2, symbol="POST /bookings/:id/cancel", conf=0.75),
            F("GATE-IDOR", "high", "security", "Gate codes are readable for other skippers' bookings",
              "Filter by `skipper_id`; the gate code opens the pontoon gate.",
              d=-2, symbol="GET /bookings/:id/gate-code", conf=0.85),
            F("HOOK-RESTRINGIFY", "medium", "bug", "Webhook HMAC is computed over re-serialised JSON",
              "Verify against the raw request body (`express.raw` on this route); key order and whitespace differ from what the provider signed.",
              symbol="POST /webhooks/payment", conf=0.7),
            F("GATE-RANDOM", "medium", "security", "Gate codes use `Math.random()` and only 4 digits",
              "Use `crypto.randomInt` and a longer code, and rate-limit the gate keypad.",
              symbol="POST /webhooks/payment", conf=0.7),
            F("METER-LOST-UPDATE", "medium", "bug", "Meter readings can be lost across the `await`",
              "`used` is read before `await fetchTariff()` and written after it, so two readings for the same berth overwrite each other. Fetch the tariff first, then read-modify-write synchronously.",
              d=-1, n=3, symbol="POST /berths/:id/meter", conf=0.8),
            F("METER-NEGATIVE", "low", "bug", "Meter reading is not validated",
              "Reject non-finite or negative `kwh`.",
              symbol="POST /berths/:id/meter", conf=0.7),
            F("WAIT-OFF-BY-ONE", "medium", "bug", "Waitlist loop runs one iteration too many",
              "`i <= Math.min(...)` should be `<`; with two skippers waiting `waiting[2]` is undefined and the handler throws.",
              symbol="POST /berths/:id/release", conf=0.85),
            F("NOTICE-ANY-SKIPPER", "medium", "security", "Any authenticated skipper can post harbour notices",
              "Add `requireHarbourmaster` to `POST /notices`.",
              d=-2, symbol="POST /notices", conf=0.8),
            F("NOTICE-XSS", "high", "security", "Stored XSS on the notice board",
              "Escape `title` and `body` before building the HTML, or render with a template engine that escapes.",
              symbol="GET /notices", conf=0.85),
            F("TIDE-SSRF", "medium", "security", "Tide feed import fetches any URL",
              "Allow-list the tide provider host; even harbourmaster tokens are forgeable today (see `requireAuth`).",
              symbol="POST /admin/tide-feed", conf=0.75),
            F("ERR-STACK", "low", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.",
              conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts. 15 findings, ordered by severity.",
        Block([
            F("JWT-DECODE", "critical", "security", "requireAuth trusts unsigned JWTs (jwt.decode)", "jwt.verify with pinned alg.", d=-3),
            F("BERTH-SQLI-PIER", "critical", "security", "GET /berths: pier -> SQL string", "Parameterize.", d=-2),
            F("BOOK-DISCOUNT", "high", "security", "discountPct taken from request body", "Compute discount server-side.", d=-1),
            F("CANCEL-IDOR", "high", "security", "cancel endpoint has no ownership check", "Match skipper_id.", d=-1),
            F("GATE-IDOR", "high", "security", "gate-code endpoint: no ownership check", "Match skipper_id.", d=-3),
            F("LOGIN-PLAINTEXT", "high", "security", "plaintext password comparison", "bcrypt."),
            F("BOOK-RACE", "medium", "bug", "non-atomic availability check in POST /bookings", "Transaction + row lock or exclusion constraint.", d=-3),
            F("CANCEL-STATUS", "medium", "bug", "cancel refunds bookings regardless of status", "Require status = 'paid'."),
            F("BOOK-NIGHTS", "medium", "bug", "nights overcounted by 1", "Remove + 1."),
            F("BOOK-LENGTH-UNCHECKED", "low", "bug", "boatLengthM undefined bypasses length check", "Validate body."),
            F("HOOK-RESTRINGIFY", "medium", "bug", "HMAC computed over JSON.stringify(req.body), not raw body", "Use raw body."),
            F("HOOK-REOPENS", "low", "bug", "payment webhook can resurrect cancelled bookings", "WHERE status = 'pending'."),
            F("METER-LOST-UPDATE", "medium", "bug", "meterUsage read/await/write loses concurrent updates", "Read after await.", d=+1),
            F("WAIT-OFF-BY-ONE", "medium", "bug", "waiting[i] undefined past end of list", "Use < instead of <=.", d=+1),
            F("NOTICE-XSS", "medium", "security", "notices rendered as raw HTML", "Escape."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the marina berth booking service. The application is a single Express
        server (`src/server.ts`) backed by PostgreSQL.

        **Authentication and Authorization**

        The authentication middleware does not verify tokens, and several endpoints do not check that the
        booking belongs to the caller. These are the most serious issues.

        **Injection**

        The berth search builds its SQL with template literals, and the notice board renders stored content
        as HTML without escaping.

        **Business Logic and Concurrency**

        Pricing, overlap detection and several read-modify-write sequences are incorrect or racy.
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only base64-decodes the token; it performs no signature check, so any client can forge claims."),
            F("TOKEN-IN-QUERY", "Low", "Information Disclosure", "Token Accepted in Query String",
              "Accept tokens only from the Authorization header."),
            F("LOGIN-ENUM", "Low", "Information Disclosure", "User Enumeration on Login",
              "Return the same error for unknown email and wrong password.", d=+1, sd=0),
            F("BERTH-SQLI-PIER", "Critical", "SQL Injection", "SQL Injection in Berth Search (pier)",
              "Use parameterized queries."),
            F("BERTH-SQLI-SORT", "High", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against allowed columns.", d=-3),
            F("CANCEL-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Verify that the booking belongs to the authenticated skipper."),
            F("GATE-IDOR", "High", "Broken Access Control", "Gate Code Disclosure to Other Users",
              "Check booking ownership before returning the gate code."),
            F("NOTICE-ANY-SKIPPER", "Medium", "Broken Access Control", "Missing Role Check on Notice Creation",
              "Require the harbourmaster role."),
            F("NOTICE-XSS", "High", "Cross-Site Scripting", "Stored XSS in Harbour Notices",
              "HTML-encode notice content."),
            F("TIDE-SSRF", "Medium", "Server-Side Request Forgery", "SSRF in Tide Feed Import",
              "Restrict the URL to trusted hosts.", d=-1),
            F("BOOK-DISCOUNT", "High", "Business Logic", "Client-Controlled Discount Percentage",
              "Never accept pricing inputs from the client.",
              desc="A skipper can send `discountPct: 100` and book any berth for free."),
            F("BOOK-FLOAT-MONEY", "Low", "Business Logic", "Floating-Point Arithmetic for Currency",
              "Compute totals in integer cents."),
            F("BOOK-NIGHTS", "Medium", "Business Logic", "Incorrect Night Calculation",
              "Nights should be the difference in days without adding one."),
            F("BOOK-OVERLAP", "Medium", "Business Logic", "Same-Day Turnover Treated as a Conflict",
              "Use exclusive comparisons in the overlap query.", d=+3),
            F("BOOK-RACE", "Medium", "Race Condition", "Race Condition in Booking Creation",
              "Use a database transaction or constraint."),
            F("CANCEL-RACE", "Medium", "Race Condition", "Double Refund on Concurrent Cancellation",
              "Update the status atomically before issuing the refund.", d=+1),
            F("METER-LOST-UPDATE", "Medium", "Race Condition", "Lost Updates in Shore Power Metering",
              "Avoid awaiting between reading and writing `meterUsage`."),
            F("HOOK-TIMING", "Low", "Cryptography", "Timing Attack on Webhook Signature",
              "Use `crypto.timingSafeEqual`."),
            F("GATE-RANDOM", "Medium", "Cryptography", "Weak Random Number Generator for Gate Codes",
              "Use `crypto.randomInt`."),
            F("WAIT-OFF-BY-ONE", "Medium", "Logic Error", "Off-by-One Error in Waitlist Offers",
              "Use `<` in the loop condition."),
            U({"severity": "Info", "description": "Consider splitting the routes into separate modules."}),
            F("ERR-STACK", "Low", "Information Disclosure", "Stack Trace Exposure",
              "Do not send `err.stack` to clients."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode used, token not verified", "jwt.verify"),
            F("BERTH-SQLI-PIER", "error", "security", "sql injection via pier", "bind param", d=-2),
            F("BOOK-DISCOUNT", "error", "", "client sets discountPct", "ignore client discount", d=-1),
            F("CANCEL-IDOR", "error", "security", "cancel has no owner check", "check skipper_id", d=-1),
            F("GATE-IDOR", "warning", "security", "gate code leaks to any user", "check owner"),
            F("NOTICE-XSS", "warning", "security", "xss in notices html", "escape"),
            F("HOOK-TIMING", "warning", "security", "webhook sig compare not constant time", "timingSafeEqual"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("METER-NEGATIVE", "warning", "bug", "kwh not validated", "check >= 0"),
            F("ERR-STACK", "info", "", "stack traces returned", "hide stack"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: tokens are decoded, not verified; hard-coded fallback secret; plaintext passwords.
        2. Injection: SQL injection in berth search, stored XSS in notices, SSRF in the tide feed.
        3. Authorization: cancellation and gate codes are not scoped to the booking owner.
        4. Pricing: nights, overlap boundaries, discount and floating-point totals.
        5. Concurrency: double booking, double refund, lost meter readings.
        6. Robustness: waitlist release.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Token signature is never verified", "Use jwt.verify.", conf=0.95),
            F("JWT-DEFAULT-SECRET", "major", "security", "Hard-coded fallback JWT secret", "Fail at startup when JWT_SECRET is missing.", conf=0.7),
            F("LOGIN-PLAINTEXT", "major", "security", "Plain-text password storage", "Hash passwords with bcrypt.", conf=0.8),
            F("LOGIN-ENUM", "minor", "security", "Account enumeration through login errors", "Use a single generic error.", conf=0.6),
            F("BERTH-SQLI-PIER", "blocker", "security", "SQL injection in berth search", "Use query parameters for pier.", conf=0.9),
            F("BERTH-SQLI-SORT", "major", "security", "Unvalidated sort column", "Allow-list the sort column.", conf=0.85),
            F("BOOK-NIGHTS", "major", "correctness", "Booking total overstated by one night", "Remove the + 1 from the nights calculation.", d=+2, conf=0.8),
            F("BOOK-DISCOUNT", "major", "security", "Discount percentage trusted from client", "Compute discounts on the server.", conf=0.85),
            F("BOOK-FLOAT-MONEY", "minor", "correctness", "Currency computed with floating point", "Use integer minor units.", conf=0.6),
            F("BOOK-OVERLAP", "major", "correctness", "Overlap query uses inclusive bounds", "Use arrival < $3 AND departure > $2.", conf=0.75),
            F("BOOK-RACE", "major", "concurrency", "Double booking under concurrent requests", "Use a transaction with locking.", d=+2, conf=0.7),
            F("CANCEL-IDOR", "major", "security", "Booking cancellation not restricted to owner", "Check skipper_id.", conf=0.85),
            F("CANCEL-STATUS", "major", "correctness", "Cancelled or unpaid bookings can be refunded", "Check booking.status before refunding.", conf=0.75),
            F("CANCEL-RACE", "major", "concurrency", "Refund and status update not atomic", "Update status first, conditionally.", d=-1, conf=0.7),
            F("HOOK-TIMING", "minor", "security", "Non-constant-time signature comparison", "Use crypto.timingSafeEqual.", conf=0.6),
            F("GATE-RANDOM", "major", "security", "Predictable gate codes", "Use crypto.randomInt.", conf=0.7),
            F("METER-LOST-UPDATE", "major", "concurrency", "Race condition in meter usage accumulation", "Do not await between read and write.", d=+1, conf=0.7),
            F("WAIT-OFF-BY-ONE", "major", "correctness", "Array index out of bounds in offer loop", "Loop while i < limit.", d=+1, conf=0.8),
            F("WAIT-BERTH-NULL", "minor", "reliability", "Release of unknown berth throws", "Return 404 when the berth does not exist.", d=-1, conf=0.7),
            F("NOTICE-ANY-SKIPPER", "major", "security", "Notice creation lacks role check", "Add requireHarbourmaster.", d=-2, conf=0.75),
            F("NOTICE-XSS", "major", "security", "Stored XSS in notice board", "Escape HTML.", conf=0.85),
            F("TIDE-SSRF", "major", "security", "SSRF through tide feed URL", "Validate the URL host.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="22 issues: 2 blocker, 16 major, 4 minor"),
    ]),
}

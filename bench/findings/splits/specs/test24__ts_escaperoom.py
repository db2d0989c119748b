"""test24/ts-escaperoom: an escape-room booking and hint service (Express + pg). Frozen test split; labels inline.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test24: seeded problems in a small escape-room booking service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "STAFF-KEY-UNSET": P(S, "if (req.header('x-staff-key') !== STAFF_KEY)", "security", "STAFF_KEY unset: undefined !== undefined is false, so requests without the header pass"),
    "STAFF-KEY-TIMING": P(S, "if (req.header('x-staff-key') !== STAFF_KEY)", "security", "staff key compared with !== (not constant time)"),
    "PLAYERS-BOUND": P(S, "players >= room.max_players", "bug", ">= max_players rejects a full team of max_players", "off-by-one"),
    "PRICE-FROM-CLIENT": P(S, "const amount = total ?? room.price_per_player * players;", "security", "client-supplied total overrides the computed price"),
    "CLIENT-LEAK": P(S, "if (!slot) return res.status(404).json({ error: 'no such slot' });", "bug", "pool client not released on the 404 and 409 paths (or when a query throws): pool exhaustion"),
    "CAPACITY-RACE": P(S, "if (taken > 0) return", "bug", "count-then-insert without a transaction or unique constraint: two teams can book one slot", "critical-section"),
    "CODE-PREDICTABLE": P(S, "const code = Math.random().toString(36)", "security", "booking code from Math.random, 6 characters: guessable, and it authorises payments and vouchers"),
    "CANCEL-NO-OWNER": P(S, "WHERE b.id = $1', [req.params.id])).rows[0];", "security", "cancel by sequential id with no code or owner check"),
    "REFUND-WINDOW": P(S, "const refund = daysLeft > REFUND_DAYS ? b.amount : 0;", "bug", "floored days > 1 needs two full days: a cancellation 1-2 days ahead gets no refund", "off-by-one"),
    "CANCEL-TWICE": P(S, "refund = refund + $2 WHERE id = $1", "bug", "no status check: cancelling again adds the refund again (and cancels played or paid-out bookings)"),
    "HINT-RACE": P(S, "const { rows } = await pool.query('SELECT h.body FROM hints h", "bug", "hint count read before an await and written after: parallel requests get more than MAX_HINTS", "critical-section"),
    "HINT-INDEX": P(S, "const hint = rows[used + 1];", "bug", "rows[used + 1]: the first hint is never served and the last request gets null", "off-by-one"),
    "PHOTO-SSRF": P(S, "const upstream = await fetch(photoUrl);", "security", "server fetches any URL from the request body (SSRF)", "source-vs-sink"),
    "CERT-XSS": P(S, "res.type('html').send(`<h1>${s.team_name}</h1>", "security", "team name (chosen by the customer) in HTML unescaped", "signature-vs-statement"),
    "CERT-NULL": P(S, "res.type('html').send(`<h1>${s.team_name}</h1>", "bug", "unknown session id: s is undefined and the handler throws (unhandled rejection in Express 4)"),
    "LEADERBOARD-SQLI": P(S, "WHERE room_id = ${room} AND escaped", "security", "room query value interpolated into the SQL", "source-vs-sink"),
    "SIGN-MD5": P(S, "return crypto.createHash('md5').update(PAY_SECRET", "security", "webhook signature is md5(secret + body), not an HMAC; computed over re-serialised JSON", "signature-vs-statement"),
    "WEBHOOK-SIG-TIMING": P(S, "if (req.header('x-pay-signature') !== expected)", "security", "signature compared with !== (timing)"),
    "WEBHOOK-AMOUNT": P(S, "UPDATE bookings SET status = 'paid', paid = $2 WHERE code = $1", "security", "booking marked paid whatever amountPaid is: no check against the booking amount"),
    "VOUCHER-DOUBLE-REDEEM": P(S, "UPDATE bookings SET amount = GREATEST(amount - $2, 0)", "bug", "select-then-update without a transaction: one voucher redeemed several times concurrently", "critical-section"),
    "VOUCHER-EXPIRY-DAY": P(S, "new Date(v.expires_on) < new Date()", "bug", "expires_on parsed as midnight UTC: the voucher stops working at the start of its last valid day", "off-by-one"),
    "REMINDER-CMD": P(S, 'execSync(`echo "${text}" | mail', "security", "team name and e-mail interpolated into a shell command", "signature-vs-statement"),
    "REMINDER-BY-EMAIL": P(S, "UPDATE bookings SET reminded = true WHERE email = $1", "bug", "reminded flag set by e-mail: the customer's later bookings never get a reminder (extra, one agent)"),
}

CONFUSABLE = [
    ("STAFF-KEY-UNSET", "STAFF-KEY-TIMING"),
    ("PLAYERS-BOUND", "PRICE-FROM-CLIENT"),
    ("CLIENT-LEAK", "CAPACITY-RACE"),
    ("CAPACITY-RACE", "CODE-PREDICTABLE"),
    ("CLIENT-LEAK", "CODE-PREDICTABLE"),
    ("CANCEL-NO-OWNER", "REFUND-WINDOW"),
    ("REFUND-WINDOW", "CANCEL-TWICE"),
    ("HINT-RACE", "HINT-INDEX"),
    ("CERT-XSS", "CERT-NULL"),
    ("WEBHOOK-SIG-TIMING", "WEBHOOK-AMOUNT"),
    ("VOUCHER-DOUBLE-REDEEM", "VOUCHER-EXPIRY-DAY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The booking API uses parameterised queries almost everywhere and the `/admin` router validates its
        input carefully, but the customer-facing endpoints trust far too much of the request, and the
        money paths (booking total, cancellation refund, vouchers, payment webhook) can be abused.

        Priorities:

        1. `requireStaff` lets everything through when `STAFF_KEY` is not configured.
        2. `POST /bookings` accepts a client-chosen `total`, and two teams can book the same slot.
        3. SQL injection in `/leaderboard`, SSRF in `/sessions/:id/photo`, stored XSS on the certificate page.
        4. The payment webhook's "signature" is an MD5 of secret + JSON, and the paid amount is never checked.
        5. Vouchers can be redeemed twice; several boundary mistakes (team size, refund window, hints).
        """,
        Block([
            F("STAFF-KEY-UNSET", "critical", "security", "Staff check passes when `STAFF_KEY` is unset",
              "Fail closed: refuse to start (or return 503) when `STAFF_KEY` is empty, then compare with `crypto.timingSafeEqual`.",
              symbol="requireStaff", conf=0.9),
            F("PRICE-FROM-CLIENT", "high", "security", "Booking amount can be set by the client",
              "Ignore `total` from the body; compute `room.price_per_player * players` on the server.",
              symbol="POST /bookings", conf=0.9),
            F("CAPACITY-RACE", "high", "bug", "Double booking: availability check and insert are not atomic",
              "Add a unique index on `bookings(slot_id) WHERE status <> 'cancelled'` and handle the conflict, or `SELECT ... FOR UPDATE` in a transaction.",
              d=-1, symbol="POST /bookings", conf=0.85),
            F("CLIENT-LEAK", "medium", "bug", "Pooled client leaked when the slot does not exist",
              "Wrap the body in `try { ... } finally { client.release(); }`.",
              symbol="POST /bookings", conf=0.85),
            F("PLAYERS-BOUND", "medium", "bug", "A team of exactly `max_players` is rejected",
              "Use `players > room.max_players`; the error message itself says teams of min to max are allowed.",
              symbol="POST /bookings", conf=0.85),
            F("LEADERBOARD-SQLI", "high", "security", "SQL injection in `/leaderboard` via `room`",
              "Pass `room` as `$1`.", symbol="GET /leaderboard", conf=0.95),
            F("PHOTO-SSRF", "high", "security", "Server-side request forgery in team photo upload",
              "Accept the image as an upload instead, or allow-list hosts and block private address ranges; cap the size.",
              d=-1, symbol="POST /sessions/:id/photo", conf=0.85),
            F("CERT-XSS", "medium", "security", "Stored XSS: team name rendered into the certificate HTML",
              "HTML-escape `team_name` (or render with a template engine that escapes).",
              symbol="GET /sessions/:id/certificate", conf=0.85),
            F("SIGN-MD5", "high", "security", "Webhook signature is `md5(secret + body)`",
              "Use `crypto.createHmac('sha256', PAY_SECRET)` over the raw request body and compare with `timingSafeEqual`.",
              d=-1, symbol="signPayload", conf=0.8),
            F("WEBHOOK-AMOUNT", "high", "security", "Webhook marks a booking paid without checking the amount",
              "Compare `amountPaid` with the booking's `amount` before setting `status = 'paid'`.",
              symbol="POST /payments/webhook", conf=0.8),
            F("VOUCHER-DOUBLE-REDEEM", "medium", "security", "Voucher redemption is racy",
              "Redeem atomically: `UPDATE vouchers SET redeemed = true WHERE code = $1 AND NOT redeemed RETURNING value` in a transaction with the booking update.",
              d=-2, symbol="POST /vouchers/redeem", conf=0.8),
            F("HINT-RACE", "medium", "bug", "Hint budget can be exceeded with parallel requests",
              "Increment before the `await` (or keep the count in the database with a conditional update).",
              d=-2, n=2, symbol="POST /sessions/:id/hints", conf=0.75),
            F("HINT-INDEX", "medium", "bug", "First hint is skipped",
              "Use `rows[used]`; the third request returns `null` today.",
              d=-1, n=2, symbol="POST /sessions/:id/hints", conf=0.85),
            F("REFUND-WINDOW", "medium", "bug", "Refund window is one day stricter than configured",
              "With `Math.floor`, `daysLeft > 1` means two full days; use `>= REFUND_DAYS` or compare milliseconds.",
              symbol="POST /bookings/:id/cancel", conf=0.7),
            F("CANCEL-NO-OWNER", "high", "security", "Anyone can cancel any booking by numeric id",
              "Cancel by booking code (and make codes unguessable) or require the customer's e-mail token.",
              symbol="POST /bookings/:id/cancel", conf=0.8),
            F("REMINDER-CMD", "high", "security", "Shell injection in reminder e-mails",
              "Send mail through an SMTP library; if a command is unavoidable use `execFile` with arguments.",
              symbol="sendReminder", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts and src/admin.ts (tsc not run). 10 findings:",
        Block([
            F("LEADERBOARD-SQLI", "critical", "security", "room query param interpolated into SQL", "Use $1.", d=-2),
            F("STAFF-KEY-UNSET", "critical", "security", "requireStaff is open when STAFF_KEY env is missing",
              "Require STAFF_KEY at startup."),
            F("PHOTO-SSRF", "high", "security", "SSRF: fetch(photoUrl) with user-controlled URL", "Allow-list hosts."),
            F("REMINDER-CMD", "high", "security", "Command injection in sendReminder (team_name, email)",
              "execFile / SMTP client.", d=-2),
            F("PRICE-FROM-CLIENT", "high", "security", "POST /bookings trusts body.total", "Compute server-side."),
            F("CAPACITY-RACE", "high", "bug", "TOCTOU between count(*) and INSERT allows double booking",
              "Unique partial index.", d=+2),
            F("WEBHOOK-AMOUNT", "high", "security", "Webhook accepts any amountPaid", "Verify amount."),
            F("CODE-PREDICTABLE", "medium", "security", "Booking codes from Math.random()", "crypto.randomBytes."),
            F("CANCEL-TWICE", "medium", "bug", "Cancel is not idempotent; refund accumulates",
              "WHERE status <> 'cancelled'."),
            F("HINT-INDEX", "low", "bug", "Off by one: rows[used + 1]", "rows[used]."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the escape room booking service. The application is built with Express
        and node-postgres and covers room listings, slot booking, live game sessions with hints, payment
        webhooks, gift vouchers and e-mail reminders.

        ## Critical and high severity

        The most serious problems are injection vulnerabilities and weaknesses in the payment flow.
        """,
        Block([
            F("LEADERBOARD-SQLI", "critical", "SQL Injection", "SQL Injection in Leaderboard Endpoint",
              "Use a parameterized query.",
              desc="The `room` query parameter is concatenated into the SQL query via a template literal. `?room=1 UNION SELECT email, amount FROM bookings--` leaks customer data."),
            F("REMINDER-CMD", "critical", "Command Injection", "OS Command Injection in sendReminder",
              "Use a mail library such as nodemailer.",
              desc="The team name is chosen by the customer at booking time and ends up inside a shell command executed by `execSync`. A team called `$(reboot)` runs a command on the server."),
            F("PHOTO-SSRF", "high", "Server-Side Request Forgery", "Server-Side Request Forgery in Photo Upload",
              "Validate the URL and block internal addresses.", d=-1,
              desc="The endpoint fetches an arbitrary URL supplied by the client, which can be used to reach internal services or cloud metadata endpoints."),
            F("CERT-XSS", "high", "Cross-Site Scripting", "Stored XSS in Certificate Page",
              "Escape the team name before inserting it into HTML.", d=-2),
            F("SIGN-MD5", "high", "Cryptographic Failure", "Weak Webhook Signature Algorithm",
              "Use HMAC-SHA256.", d=-1,
              desc="MD5 with a secret prefix is vulnerable to length-extension attacks and is not a proper message authentication code."),
            F("WEBHOOK-SIG-TIMING", "medium", "Cryptographic Failure", "Timing Attack on Signature Verification",
              "Use `crypto.timingSafeEqual`."),
            F("STAFF-KEY-TIMING", "medium", "Broken Authentication", "Staff Key Comparison Is Not Constant-Time",
              "Use `crypto.timingSafeEqual`."),
        ], wrap="list"),
        """
        ## Business logic and reliability

        These issues do not allow code execution but can cost the business money or annoy customers.
        """,
        Block([
            F("CAPACITY-RACE", "high", "Race Condition", "Race Condition Allows Double Booking of a Slot",
              "Use a transaction with row locking or a unique constraint.", d=-1,
              desc="Two concurrent requests can both see zero existing bookings and both insert."),
            F("VOUCHER-DOUBLE-REDEEM", "high", "Race Condition", "Voucher Can Be Redeemed Multiple Times",
              "Perform the check and the update atomically.", d=+1,
              desc="The redeemed flag is only set after the discount is applied; parallel requests all pass the check."),
            F("VOUCHER-EXPIRY-DAY", "low", "Business Logic", "Voucher Expires a Day Early",
              "Compare against the end of the expiry day."),
            F("HINT-RACE", "medium", "Race Condition", "Hint Limit Bypass via Concurrent Requests",
              "Update the counter before awaiting the database.", d=+1),
            U({"severity": "info", "category": "Maintainability", "description": "The server file is large; consider splitting routes into modules."}),
            F("REFUND-WINDOW", "medium", "Business Logic", "Refund Policy Off-By-One",
              "Use `>=` when comparing days left.", d=-1, sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("STAFF-KEY-UNSET", "error", "security", "auth bypass if STAFF_KEY not set", "fail closed"),
            F("LEADERBOARD-SQLI", "error", "security", "sqli in leaderboard", "parameterize"),
            F("CERT-XSS", "warning", "security", "xss via team_name in certificate", "escape html"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLIENT-LEAK", "warning", "", "pg client leak on 404", "try/finally release"),
            F("CERT-NULL", "warning", "bug", "certificate crashes for unknown session id", "404 when s is undefined"),
            F("PLAYERS-BOUND", "warning", "bug", "max team size rejected (>= instead of >)", ">", d=+1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. **Security**: SQL injection, SSRF, command injection, weak webhook signature.
        2. **Authorization**: staff middleware bypass, booking cancellation without ownership.
        3. **Concurrency**: double booking, hint limit, voucher redemption.
        4. **Correctness**: team size bound, refund calculation, reminder flag.
        5. **Resource management**: database client not released.
        """,
        Block([
            F("LEADERBOARD-SQLI", "blocker", "security", "SQL injection in leaderboard query",
              "Use parameterized queries.", conf=0.9),
            F("PHOTO-SSRF", "major", "security", "Unvalidated URL fetched by the server",
              "Restrict to trusted hosts.", conf=0.8),
            F("SIGN-MD5", "major", "security", "Insecure MD5-based webhook signature",
              "Use HMAC-SHA256.", conf=0.75),
            F("REMINDER-CMD", "blocker", "security", "Command injection when sending reminders",
              "Avoid execSync with interpolated strings.", conf=0.85),
            F("STAFF-KEY-UNSET", "major", "security", "Authentication bypass when STAFF_KEY is undefined",
              "Validate configuration on startup.", conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Booking cancellation lacks authorization",
              "Verify the booking belongs to the caller.", d=-1, conf=0.75),
            F("CAPACITY-RACE", "major", "concurrency", "Slot can be double-booked under concurrency",
              "Use a transaction with SELECT FOR UPDATE.", d=-1, conf=0.8),
            F("HINT-RACE", "major", "concurrency", "Race condition on hint counter",
              "Use atomic updates.", d=-1, conf=0.7),
            F("VOUCHER-DOUBLE-REDEEM", "major", "concurrency", "Voucher double redemption race",
              "Use a transaction.", conf=0.75),
            F("VOUCHER-EXPIRY-DAY", "minor", "correctness", "Voucher expiry date compared at midnight UTC",
              "Treat expires_on as inclusive (compare with the end of that day).", d=-1, n=2, conf=0.6),
            F("PLAYERS-BOUND", "minor", "correctness", "Off-by-one in maximum team size validation",
              "Use > instead of >=.", conf=0.8),
            F("REFUND-WINDOW", "minor", "correctness", "Refund eligibility calculation is off by one day",
              "Use >= REFUND_DAYS.", conf=0.7),
            F("REMINDER-BY-EMAIL", "minor", "correctness", "Reminder flag updated by e-mail instead of booking id",
              "Update by booking id.", conf=0.65),
            F("CLIENT-LEAK", "major", "resource-leak", "Database client not released on early return",
              "Release the client in a finally block.", conf=0.85),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 8 major, 4 minor"),
    ]),
}

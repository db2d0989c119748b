"""test44/ts-saunadesk: public sauna session booking and towel tokens (TypeScript, Express 4 + pg). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test44: seeded problems in a public sauna's session booking and towel-token desk; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
        "CORS reflects any origin with credentials"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Customer | null;", "security",
        "bearer token decoded, never verified: anyone forges a customer (and the member flag)",
        "signature-vs-statement"),
    "TOWEL-TOKEN-PREDICTABLE": P(S, "return Math.random().toString(36).slice(2, 8).toUpperCase();", "security",
        "towel tokens from Math.random, six characters: guessable, redeemable by others"),
    "FROM-INVALID": P(S, "const from = String(req.query.from ?? new Date()", "bug",
        "from not validated: an invalid date makes toISOString throw inside the async handler (request hangs)"),
    "WEEK-EIGHT-DAYS": P(S, "for (let d = 0; d <= WEEK_DAYS; d++) {", "bug",
        "<= WEEK_DAYS builds eight days for a week view", "off-by-one"),
    "SESSIONS-SQLI": P(S, "const filter = sauna === \"all\" ? \"\" : `AND s.sauna = '${sauna}'`;", "security",
        "sauna query value interpolated into the SQL filter (SQL injection)", "source-vs-sink"),
    "PARTY-UNVALIDATED": P(S, "const party = Number(req.body.party ?? 1);", "bug",
        "party size not validated: 0, negative or NaN parties pass the capacity check and skew the price"),
    "TOWELS-UNVALIDATED": P(S, "const towels = Number(req.body.towels ?? 0);", "bug",
        "towel count not validated: negative towels give a negative deposit (discount)"),
    "BOOK-RACE": P(S, "if (session.capacity - taken <= party)", "bug",
        "capacity read, checked and booking inserted without a transaction or lock: concurrent bookings overfill a session",
        "critical-section"),
    "BOOK-FULL-OBO": P(S, "if (session.capacity - taken <= party)", "bug",
        "<= rejects a party that exactly fills the free places: the last places can never be booked", "off-by-one"),
    "CANCEL-NOT-OWNER": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);', "security",
        "any signed-in customer cancels any booking (no customer_id check)"),
    "CANCEL-TOWELS-OUT": P(S, "res.json({ cancelled: b.id, by: c.id, refundCents: b.towels * TOWEL_DEPOSIT_CENTS });", "bug",
        "cancellation refunds the deposit for towels already handed out (towels_out ignored)"),
    "RECEIPT-NOT-OWNER": P(S, "const { rows: [b] } = await pool.query(RECEIPT_SQL, [req.params.id]);", "security",
        "receipt of any booking readable by any customer: names and times of others"),
    "RECEIPT-XSS": P(S, "res.type(\"html\").send(`<h1>${escapeHtml(b.name)}</h1><p>${greeting}</p>", "security",
        "greeting query value written into the HTML receipt unescaped (reflected XSS)", "source-vs-sink"),
    "SMS-SHELL": P(S, "exec(`sms-send --to ${phone}", "security",
        "phone number from the request interpolated into a shell command (command injection)", "signature-vs-statement"),
    "PHONE-NOT-VERIFIED": P(S, 'const phone = String(req.body.phone ?? "");', "security",
        "door code sent to whatever phone the caller names, not the customer's registered number"),
    "DOOR-CODE-WEAK": P(S, "const code = String(Math.floor(1000 + Math.random() * 9000));", "security",
        "four-digit door code from Math.random: predictable, small space"),
    "DOOR-CODE-NOT-OWNER": P(S, 'await pool.query("UPDATE bookings SET door_code = $1 WHERE id = $2"', "security",
        "door code set on any booking id, not only the caller's own"),
    "TOWEL-DOUBLE-REDEEM": P(S, "if (b.towels_out >= b.towels) return res.status(409)", "bug",
        "towels_out read, checked and written back as a value: two desks redeeming at once hand out one towel too many",
        "critical-section"),
    "TOWEL-STOCK-NEGATIVE": P(S, "towelStock -= 1;", "bug",
        "in-memory towel stock decremented without a floor (goes negative) and lost on restart"),
    "RETURN-COUNT-UNVALIDATED": P(S, 'await pool.query("UPDATE bookings SET towels_out = towels_out - $1', "bug",
        "returned count not validated against towels_out: negative towels_out, refund of deposits never paid"),
    "DESK-ALL-ROWS": P(S, 'const { rows } = await pool.query("SELECT * FROM bookings ORDER BY id DESC");', "performance",
        "desk list loads every booking ever made and pages in memory"),
    "DESK-PAGE-SKIP": P(S, "res.json(rows.slice(page * size, page * size + size));", "bug",
        "page is 1-based but slice starts at page * size: the newest page is never shown", "off-by-one"),
    "OPEN-REDIRECT": P(S, 'return next.startsWith("/") ? next : "/";', "security",
        "startsWith('/') accepts //evil.example: open redirect after payment", "signature-vs-statement"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
        "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("FROM-INVALID", "WEEK-EIGHT-DAYS"),
    ("PARTY-UNVALIDATED", "TOWELS-UNVALIDATED"),
    ("BOOK-RACE", "BOOK-FULL-OBO"),
    ("CANCEL-NOT-OWNER", "CANCEL-TOWELS-OUT"),
    ("RECEIPT-NOT-OWNER", "RECEIPT-XSS"),
    ("PHONE-NOT-VERIFIED", "DOOR-CODE-WEAK"),
    ("DOOR-CODE-WEAK", "DOOR-CODE-NOT-OWNER"),
    ("PHONE-NOT-VERIFIED", "DOOR-CODE-NOT-OWNER"),
    ("TOWEL-DOUBLE-REDEEM", "TOWEL-STOCK-NEGATIVE"),
    ("DESK-ALL-ROWS", "DESK-PAGE-SKIP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole of the sauna desk service.

        **Summary**

        1. Customer identity is not authenticated at all: `customerFrom` uses `jwt.decode`, so every
           `requireCustomer` route trusts forged tokens, including the `member` discount flag.
        2. Injection: SQL through `?sauna=`, a shell command built from the phone number, reflected HTML in the
           receipt.
        3. Ownership: cancel, receipt and door-code routes act on any booking id.
        4. The booking capacity check is both racy and off by one; the towel desk has the same read-then-write
           pattern.
        5. Smaller things: eight-day week, paging, predictable tokens, CORS, stack traces.

        Correct as written: `staffOnly` fails closed and checks the length before `timingSafeEqual`; `addDays`
        works in UTC; `escapeHtml` is applied to the customer's name; `/desk/sessions` validates its input;
        `/me/bookings` filters by the caller's id; the JSON body limit is set.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`customerFrom` decodes the bearer token without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and fail when `JWT_SECRET` is unset.",
              symbol="customerFrom", conf=0.95),
            F("SESSIONS-SQLI", "critical", "security", "SQL injection through `?sauna=` in `GET /sessions`",
              "Add `AND s.sauna = $2` and pass `sauna` as a parameter.", symbol="GET /sessions", conf=0.95),
            F("RECEIPT-XSS", "high", "security", "Reflected XSS: `greeting` is written into the receipt HTML unescaped",
              "Escape it like `b.name`, or drop the parameter.", symbol="GET /bookings/:id/receipt", conf=0.9),
            F("SMS-SHELL", "critical", "security", "Command injection in `sendDoorCode`",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", msg])`; the phone comes from the request body.",
              symbol="sendDoorCode", conf=0.9),
            F("CANCEL-NOT-OWNER", "high", "security", "Any customer can cancel any booking",
              "Add `AND customer_id = $2` to the select and the delete.", symbol="DELETE /bookings/:id", conf=0.85),
            F("RECEIPT-NOT-OWNER", "medium", "security", "Receipts are readable for any booking id",
              "Restrict `RECEIPT_SQL` to `b.customer_id = $2`.", symbol="GET /bookings/:id/receipt", conf=0.8),
            F("DOOR-CODE-NOT-OWNER", "high", "security", "Door code can be set on someone else's booking",
              "Check that the booking belongs to the caller before updating it.",
              symbol="POST /bookings/:id/door-code", conf=0.8),
            F("PHONE-NOT-VERIFIED", "medium", "security", "Door code goes to any phone number the caller supplies",
              "Send it to the phone on the customer's record, not `req.body.phone`.",
              symbol="POST /bookings/:id/door-code", conf=0.7),
            F("OPEN-REDIRECT", "medium", "security", "`safeNext` allows protocol-relative URLs",
              "Reject values starting with `//` or `/\\`, or allow-list the return paths.", symbol="safeNext", conf=0.8),
            F("TOWEL-TOKEN-PREDICTABLE", "medium", "security", "Towel tokens come from `Math.random()`",
              "Use `crypto.randomBytes` and a longer token; six base-36 characters from a non-CSPRNG can be guessed.",
              symbol="towelToken", conf=0.7),
            F("CORS-REFLECT", "medium", "security", "CORS reflects every origin with credentials",
              "Configure the list of app origins explicitly.", conf=0.75),
            F("STACK-LEAK", "low", "security", "Error handler sends `err.stack` to clients",
              "Log the stack; return a generic message.", conf=0.8),
        ]),
        "Booking and desk logic:",
        Block([
            F("BOOK-RACE", "high", "bug", "Overbooking race between the capacity check and the insert",
              "Lock the session row (`SELECT ... FOR UPDATE`) in a transaction, or enforce capacity in SQL.",
              symbol="POST /sessions/:id/book", conf=0.85),
            F("BOOK-FULL-OBO", "medium", "bug", "Capacity check rejects a party that exactly fills the session",
              "Use `<` : with 2 places left a party of 2 is refused.", symbol="POST /sessions/:id/book", conf=0.8),
            F("PARTY-UNVALIDATED", "medium", "bug", "`party` is not validated",
              "Require an integer between 1 and the session capacity; `party: -3` frees places and makes the price negative.",
              symbol="POST /sessions/:id/book", conf=0.8),
            F("TOWELS-UNVALIDATED", "low", "bug", "`towels` is not validated",
              "Require a small non-negative integer; negative towels reduce the price.",
              symbol="POST /sessions/:id/book", conf=0.7),
            F("WEEK-EIGHT-DAYS", "low", "bug", "Week view returns eight days",
              "Loop `d < WEEK_DAYS`.", symbol="GET /sessions", conf=0.8),
            F("TOWEL-DOUBLE-REDEEM", "medium", "bug", "Towel redemption can hand out more towels than paid for",
              "Do it in one statement: `UPDATE ... SET towels_out = towels_out + 1 WHERE id = $1 AND towels_out < towels RETURNING ...`.",
              symbol="POST /towels/redeem", conf=0.75),
            F("TOWEL-STOCK-NEGATIVE", "low", "bug", "`towelStock` is process memory and can go negative",
              "Persist the stock and refuse to redeem when it is 0.", symbol="POST /towels/redeem", conf=0.55),
            F("RETURN-COUNT-UNVALIDATED", "medium", "bug", "`/towels/return` trusts `count`",
              "Validate `1 <= count <= towels_out` before updating and refunding.", symbol="POST /towels/return", conf=0.75),
            F("DESK-PAGE-SKIP", "low", "bug", "Desk paging skips the first page",
              "Slice from `(page - 1) * size`.", symbol="GET /desk/bookings", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "customerFrom trusts unsigned JWT claims (jwt.decode)", "jwt.verify with JWT_SECRET.", d=-3),
            F("SESSIONS-SQLI", "critical", "security", "SQLi: ?sauna= built into SQL", "Bind $2.", d=-1),
            F("RECEIPT-XSS", "high", "security", "XSS via ?greeting= on receipt", "Escape greeting.", d=-3),
            F("SMS-SHELL", "critical", "security", "exec with phone in shell string", "execFile + args.", d=-2),
            F("OPEN-REDIRECT", "medium", "security", "safeNext allows //host redirects", "Reject leading //.", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /bookings/:id has no owner check", "Match customer_id."),
            F("RECEIPT-NOT-OWNER", "medium", "security", "receipt readable for any booking", "Match customer_id."),
            F("DOOR-CODE-NOT-OWNER", "high", "security", "door-code updates any booking", "Match customer_id."),
            F("BOOK-RACE", "high", "bug", "capacity check not atomic with insert (overbooking)", "Transaction + FOR UPDATE.", d=-2),
            F("PARTY-UNVALIDATED", "medium", "bug", "party unchecked (<=0, NaN)", "Validate integer >= 1."),
            F("TOWEL-DOUBLE-REDEEM", "medium", "bug", "redeem writes towels_out + 1 from a stale read", "Atomic UPDATE ... WHERE towels_out < towels.", d=1),
            F("RETURN-COUNT-UNVALIDATED", "medium", "bug", "towels/return: count unchecked", "Validate count."),
            F("DESK-PAGE-SKIP", "low", "bug", "page 1 skips first page of bookings", "(page - 1) * size.", d=-2),
            F("FROM-INVALID", "low", "bug", "invalid ?from= throws RangeError in async handler (unhandled rejection)", "Validate YYYY-MM-DD."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the sauna booking service in `src/server.ts`. It is an Express
        application backed by PostgreSQL that handles session bookings, towel tokens, door codes and
        the front desk.

        ### Critical and high severity
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify` using the configured secret.", n=3, sd=-2,
              desc="`jwt.decode` only parses the token. An attacker can craft a token with any `id` and `member: true`."),
            F("SESSIONS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Session Listing",
              "Use a parameterized query for the sauna filter.", d=2, n=3, sd=0),
            F("SMS-SHELL", "CRITICAL", "Command Injection", "Command Injection via Phone Number",
              "Use `execFile` with an argument array.", n=3, sd=-2),
            F("RECEIPT-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS in Booking Receipt",
              "Escape the greeting before inserting it into HTML.", n=3, sd=-2),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Cancellation",
              "Verify that the booking belongs to the authenticated customer.", n=3, sd=-2),
            F("OPEN-REDIRECT", "MEDIUM", "Open Redirect", "Open Redirect After Payment",
              "Disallow `//` prefixes in `next`.", n=3, sd=-2),
            F("PHONE-NOT-VERIFIED", "MEDIUM", "Broken Access Control", "Door Code Sent to Arbitrary Phone Number",
              "Use the phone number stored for the customer.", n=3, sd=-1),
            F("DOOR-CODE-WEAK", "MEDIUM", "Weak Randomness", "Weak Door Code Generation",
              "Use `crypto.randomInt` and consider longer codes.", n=3, sd=-2),
            F("TOWEL-TOKEN-PREDICTABLE", "MEDIUM", "Weak Randomness", "Predictable Towel Tokens",
              "Use `crypto.randomBytes` for tokens.", n=3, sd=-1),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict allowed origins.", n=3, sd=-1),
        ], wrap="list"),
        """
        ### Medium and low severity
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Perform the capacity check and the insert in one transaction with a row lock.", d=2, n=3, sd=0,
              desc="Two concurrent requests can both read the same `taken` value and both insert."),
            F("BOOK-FULL-OBO", "MEDIUM", "Logic Error", "Incorrect Capacity Comparison",
              "Use `<` instead of `<=` when comparing free places with the party size.", d=-1, n=3, sd=-3),
            F("TOWEL-DOUBLE-REDEEM", "MEDIUM", "Race Condition", "Race Condition in Towel Redemption",
              "Use an atomic conditional UPDATE.", d=-2, n=3, sd=-2),
            F("RETURN-COUNT-UNVALIDATED", "MEDIUM", "Input Validation", "Unvalidated Towel Return Count",
              "Validate `count` against the towels handed out.", n=3, sd=-2),
            F("WEEK-EIGHT-DAYS", "LOW", "Logic Error", "Week View Includes an Extra Day",
              "Use `<` in the loop condition.", d=1, n=3, sd=-1),
            U({"severity": "LOW", "category": "Code Quality", "description": "Consider splitting routes into separate modules and adding typed request bodies."}),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not send `err.stack` in responses.", n=3, sd=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "critical", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("SESSIONS-SQLI", "critical", "security", "sql injection in /sessions sauna filter", "use $2 param"),
            F("SMS-SHELL", "high", "security", "command injection in sendDoorCode", "execFile"),
            F("RECEIPT-XSS", "high", "security", "xss in receipt greeting", "escape it"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("BOOK-FULL-OBO", "medium", "", "capacity check off by one (<= should be <)", "use <"),
            F("DESK-ALL-ROWS", "low", "performance", "desk list loads all bookings then slices", "LIMIT/OFFSET in sql"),
            F("STACK-LEAK", "low", "security", "stack trace in error response", "remove stack"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT tokens are decoded but not verified.
        2. Injection vulnerabilities: SQL (sessions), shell (SMS), XSS (receipt).
        3. Authorization: bookings can be cancelled or modified by other customers.
        4. Concurrency: booking capacity and towel redemption are not atomic.
        5. Input validation and pagination issues.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT not verified in customerFrom",
              "Use jwt.verify with the secret.", conf=0.95),
            F("SESSIONS-SQLI", "blocker", "security", "SQL injection in sauna filter",
              "Use parameterized query.", conf=0.9),
            F("SMS-SHELL", "blocker", "security", "Command injection in SMS sending",
              "Use execFile.", conf=0.9),
            F("RECEIPT-XSS", "major", "security", "Cross-site scripting in receipt page",
              "Escape user input.", conf=0.85),
            F("OPEN-REDIRECT", "major", "security", "Open redirect in payment return",
              "Validate redirect target.", conf=0.75),
            F("CANCEL-NOT-OWNER", "major", "security", "Missing authorization on booking cancellation",
              "Check ownership.", conf=0.85),
            F("CANCEL-TOWELS-OUT", "minor", "correctness", "Cancellation refunds deposits for towels not returned",
              "Refund only (towels - towels_out) deposits.", conf=0.6),
            F("DOOR-CODE-NOT-OWNER", "major", "security", "Door code can be generated for other customers' bookings",
              "Check ownership.", conf=0.8),
            F("DOOR-CODE-WEAK", "minor", "security", "Door code uses insecure random generator",
              "Use crypto.randomInt.", conf=0.65),
            F("CORS-REFLECT", "minor", "security", "CORS allows all origins with credentials",
              "Whitelist origins.", conf=0.7),
            F("BOOK-RACE", "major", "concurrency", "Race condition in capacity check can overbook sessions",
              "Use a transaction with SELECT FOR UPDATE.", conf=0.8),
            F("TOWEL-DOUBLE-REDEEM", "major", "concurrency", "Non-atomic towel redemption",
              "Use an atomic UPDATE with a condition.", d=1, conf=0.75),
            F("PARTY-UNVALIDATED", "major", "correctness", "Party size is not validated",
              "Validate party is a positive integer.", conf=0.8),
            F("TOWELS-UNVALIDATED", "minor", "correctness", "Towel count is not validated",
              "Validate towels is a non-negative integer.", d=-1, conf=0.65),
            F("WEEK-EIGHT-DAYS", "minor", "correctness", "Loop generates 8 days instead of 7",
              "Use d < WEEK_DAYS.", conf=0.8),
            F("DESK-PAGE-SKIP", "minor", "correctness", "Off-by-one in desk pagination",
              "Use (page - 1) * size.", conf=0.75),
            F("DESK-ALL-ROWS", "minor", "performance", "All bookings loaded into memory for pagination",
              "Paginate in SQL.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 7 major, 7 minor"),
    ]),
}

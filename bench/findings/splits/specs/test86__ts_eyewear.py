"""test86/ts-eyewear: an optician's eye-test bookings, prescriptions and frame orders (TypeScript, Express + pg).

Frozen test split test86 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test86: seeded problems in an optician's booking and frame-order service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "CORS reflects any origin with credentials"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token)", "security",
                          "customerAuth decodes the bearer token without verifying its signature: any sub is accepted",
                          "signature-vs-statement"),
    "AGE-YEAR-DIFF": P(S, "const age = new Date(day).getFullYear() - new Date(dob).getFullYear();", "bug",
                       "age from calendar years only: one year too old before the birthday", "off-by-one"),
    "NHS-AGE-BOUNDARY": P(S, "return onBenefits || age < 16 || age > 60;", "bug",
                          "age > 60 leaves out 60-year-olds, who are entitled to a free NHS eye test", "off-by-one"),
    "PW-UNSALTED": P(S, 'const ok = rows[0] && crypto.createHash("sha256")', "security",
                     "passwords stored as unsalted SHA-256 and compared with ==="),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ sub: rows[0].id }, JWT_SECRET) });", "security",
                         "login tokens are signed without expiresIn: they never expire"),
    "SLOT-DOUBLE-BOOK": P(S, 'if (clash.rowCount) return res.status(409).json({ error: "that slot has gone" });', "bug",
                          "clash SELECT then INSERT with no transaction or unique constraint: two customers can book one slot",
                          "critical-section"),
    "NHS-SELF-DECLARED": P(S, "[req.customerId, startsAt, nhsEligible(dob, startsAt, Boolean(onBenefits))],", "security",
                           "NHS eligibility from a client-supplied dob and onBenefits flag, never checked"),
    "CANCEL-NOT-OWNER": P(S, "await pool.query(\"UPDATE eye_tests SET status = 'cancelled' WHERE id = $1\", [req.params.id]);",
                          "security", "any signed-in customer can cancel anyone's eye test (no customer_id check)",
                          "signature-vs-statement"),
    "CANCEL-ANY-STATUS": P(S, "await pool.query(\"UPDATE eye_tests SET status = 'cancelled' WHERE id = $1\", [req.params.id]);",
                           "bug", "cancellation does not check the status: completed tests can be cancelled (lost from recall)"),
    "RX-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM prescriptions WHERE id = $1", [req.params.id]);',
                 "security", "any customer can read any prescription by id", "signature-vs-statement"),
    "RX-ERROR-LEAK": P(S, "res.status(500).json({ error: String(err) });", "security",
                       "database error text returned to the client"),
    "FRAME-SEARCH-SQLI": P(S, "WHERE brand ILIKE '%${brand}%' AND price <= $1 ORDER BY price`;", "security",
                           "brand query value interpolated into the SQL text", "source-vs-sink"),
    "FRAME-IMAGE-TRAVERSAL": P(S, "res.sendFile(full);", "security",
                               "view query value (and sku) joined into a path for sendFile with no root: path traversal",
                               "source-vs-sink"),
    "LENS-UNKNOWN": P(S, "let total = frame.price + LENS_PRICES[lens];", "bug",
                      "unknown lens type gives NaN total (stored, deposit NaN)"),
    "COATING-UNKNOWN": P(S, "for (const c of coatings) total += COATINGS[c];", "bug",
                         "unknown coating gives NaN; the same coating may be listed twice and is charged twice"),
    "STOCK-LOST-UPDATE": P(S, 'await pool.query("UPDATE frames SET stock = $1 WHERE sku = $2", [frame.stock - 1, frameSku]);',
                           "bug", "stock read earlier and written back as a value: concurrent orders oversell the last frame",
                           "critical-section"),
    "ORDER-NO-TXN": P(S, '"INSERT INTO orders (customer_id, frame_sku, lens, total, deposit, status)', "bug",
                      "stock decremented and order inserted outside a transaction: a failed insert loses a frame"),
    "SMS-INJECTION-NAME": P(S, 'exec(`sms-send --to ${rows[0].phone} --text "${msg}"`);', "security",
                            "customer name (self-chosen) inside a double-quoted shell string: $(...) runs",
                            "source-vs-sink"),
    "SMS-INJECTION-PHONE": P(S, 'exec(`sms-send --to ${rows[0].phone} --text "${msg}"`);', "security",
                             "phone number unquoted in the shell command line"),
    "SMS-ERROR-IGNORED": P(S, 'exec(`sms-send --to ${rows[0].phone} --text "${msg}"`);', "bug",
                           "exec without a callback: a failed SMS is never noticed or retried"),
    "LAB-SECRET-EMPTY": P(S, 'const expected = crypto.createHmac("sha256", LAB_SECRET)', "security",
                          "LAB_WEBHOOK_SECRET defaults to empty: anyone can sign lab status updates"),
    "LAB-SIG-TIMING": P(S, "if (sig !== expected) return res.status(401).end();", "security",
                        "webhook signature compared with !== instead of timingSafeEqual"),
    "RECALL-DUPLICATE": P(S, "await sendRecall(c.phone);", "bug",
                          "has() and add() separated by an await: two concurrent recall runs text the same customer twice",
                          "critical-section"),
    "DAY-OFFSET": P(S, "const offset = page * per;", "bug",
                    "1-based page but offset = page * per: page 1 skips the first page of the day list", "off-by-one"),
    "CARD-XSS": P(S, "<pre>${p.notes}</pre>`);", "security",
                  "optometrist notes written into HTML unescaped (name and dob are escaped)"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler returns stack traces"),
}

CONFUSABLE = [
    ("AGE-YEAR-DIFF", "NHS-AGE-BOUNDARY"),
    ("PW-UNSALTED", "TOKEN-NO-EXPIRY"),
    ("SLOT-DOUBLE-BOOK", "NHS-SELF-DECLARED"),
    ("CANCEL-NOT-OWNER", "CANCEL-ANY-STATUS"),
    ("RX-IDOR", "RX-ERROR-LEAK"),
    ("LENS-UNKNOWN", "COATING-UNKNOWN"),
    ("STOCK-LOST-UPDATE", "ORDER-NO-TXN"),
    ("SMS-INJECTION-NAME", "SMS-INJECTION-PHONE"),
    ("SMS-INJECTION-PHONE", "SMS-ERROR-IGNORED"),
    ("LAB-SECRET-EMPTY", "LAB-SIG-TIMING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole Express service for bookings, prescriptions, frame orders, the lab
        webhook and the staff screens.

        **Summary**

        1. Customer authentication is broken at the root: `customerAuth` calls `jwt.decode`, so anyone can mint a
           token for any customer id. Everything behind it (bookings, cancellations, prescriptions, orders) inherits
           this.
        2. Several routes do not scope by customer even with a valid token (prescriptions, cancellation).
        3. Injection: the frame search builds SQL from `brand`, the frame image route sends arbitrary files, and the
           collection SMS goes through a shell.
        4. Money and stock: unknown lens or coating types give `NaN` totals, and stock is decremented with a lost
           update outside a transaction.
        5. NHS eligibility is computed wrongly at the edges and from self-declared data.

        Done well and worth keeping: `staffOnly` fails closed and checks the length before `timingSafeEqual`;
        `GET /orders/:id` and `GET /eye-tests/mine` scope by `customer_id`; `sendRecall` uses `execFile` with an
        argument list; the card escapes the patient's name and date of birth; the JSON body parser has a size limit;
        `/staff/day` clamps `per`.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`customerAuth` trusts unsigned tokens (`jwt.decode`)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; refuse to start without `JWT_SECRET`.",
              symbol="customerAuth", conf=0.97),
            F("RX-IDOR", "high", "security", "Any customer can read any prescription",
              "Add `AND customer_id = $2` with `req.customerId`, as `GET /orders/:id` does.",
              symbol="GET /prescriptions/:id", conf=0.9),
            F("RX-ERROR-LEAK", "low", "security", "Prescription route returns the raw database error",
              "Log the error and answer a generic 500.", symbol="GET /prescriptions/:id", conf=0.6),
            F("CANCEL-NOT-OWNER", "high", "security", "Cancellation is not scoped to the customer",
              "`WHERE id = $1 AND customer_id = $2`, and answer 404 when no row changed.",
              symbol="POST /eye-tests/:id/cancel", conf=0.9),
            F("CANCEL-ANY-STATUS", "medium", "bug", "Completed or past eye tests can be cancelled",
              "Only cancel `booked` tests in the future (`AND status = 'booked' AND starts_at > now()`).",
              symbol="POST /eye-tests/:id/cancel", conf=0.6),
            F("FRAME-SEARCH-SQLI", "high", "security", "SQL injection in the frame search",
              "Bind the pattern: `brand ILIKE $2` with `'%' + brand + '%'` as a parameter.",
              symbol="GET /frames", conf=0.95),
            F("FRAME-IMAGE-TRAVERSAL", "high", "security", "Frame image route can send any file on the server",
              "Allow-list `view` (`front`, `side`, `worn`), validate `sku`, and call `res.sendFile(file, { root: FRAME_IMAGES })`.",
              symbol="GET /frames/:sku/image", conf=0.85),
            F("SMS-INJECTION-NAME", "high", "security", "Customer name reaches a shell through the collection SMS",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", msg])` as `sendRecall` already does.",
              symbol="notifyReady", conf=0.85),
            F("SMS-INJECTION-PHONE", "medium", "security", "Phone number is unquoted in the `sms-send` command",
              "Same fix (argument list); also validate phone numbers on save.", symbol="notifyReady", conf=0.7),
            F("LAB-SECRET-EMPTY", "high", "security", "Lab webhook accepts signatures made with an empty secret",
              "Refuse to start (or reject every call) when `LAB_WEBHOOK_SECRET` is unset.",
              symbol="POST /lab/status", conf=0.8),
            F("LAB-SIG-TIMING", "low", "security", "Lab signature compared with `!==`",
              "Compare with `crypto.timingSafeEqual` after a length check.", symbol="POST /lab/status", conf=0.6),
            F("CARD-XSS", "medium", "security", "Stored XSS through optometrist notes on the patient card",
              "Escape `p.notes` with `esc()` like the name and date of birth.",
              symbol="GET /staff/patients/:id/card", conf=0.85),
            F("STACK-LEAK", "low", "security", "Error handler sends stack traces to clients",
              "Return a generic message; log the stack server-side.", conf=0.75),
            F("PW-UNSALTED", "medium", "security", "Passwords hashed with unsalted SHA-256",
              "Use `bcrypt`/`argon2` with a per-user salt and a constant-time verify.", symbol="POST /login", conf=0.85),
            F("TOKEN-NO-EXPIRY", "low", "security", "Customer tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.7),
        ]),
        """
        Correctness and concurrency:
        """,
        Block([
            F("SLOT-DOUBLE-BOOK", "high", "bug", "Two customers can book the same eye-test slot",
              "Add a partial unique index on `starts_at` where `status <> 'cancelled'` and translate the violation to 409; the SELECT-then-INSERT cannot be made safe on its own.",
              d=-1, n=2, symbol="POST /eye-tests", conf=0.85),
            F("NHS-SELF-DECLARED", "medium", "security", "Free NHS tests granted from self-declared data",
              "Take the date of birth from the customer record and mark benefit claims for checking at the appointment.",
              symbol="POST /eye-tests", conf=0.6),
            F("AGE-YEAR-DIFF", "medium", "bug", "Age is off by one before the customer's birthday",
              "Subtract one when the test date falls before the birthday in that year.", symbol="nhsEligible", conf=0.8),
            F("NHS-AGE-BOUNDARY", "medium", "bug", "60-year-olds are not offered a free NHS test",
              "The entitlement is 60 and over: `age >= 60`.", symbol="nhsEligible", conf=0.8),
            F("LENS-UNKNOWN", "medium", "bug", "Unknown lens type makes the order total `NaN`",
              "Reject `lens` values that are not keys of `LENS_PRICES` with 400.", symbol="POST /orders", conf=0.8),
            F("COATING-UNKNOWN", "low", "bug", "Unknown or repeated coatings corrupt the total",
              "Validate against `COATINGS` and de-duplicate the list.", symbol="POST /orders", conf=0.65),
            F("STOCK-LOST-UPDATE", "high", "bug", "Frame stock is a lost update: concurrent orders oversell",
              "`UPDATE frames SET stock = stock - 1 WHERE sku = $1 AND stock > 0` and check `rowCount`.",
              symbol="POST /orders", conf=0.85),
            F("ORDER-NO-TXN", "medium", "bug", "Stock decrement and order insert are not atomic",
              "Run both in one transaction (`BEGIN` ... `COMMIT` on one client from the pool).",
              symbol="POST /orders", conf=0.7),
            F("RECALL-DUPLICATE", "medium", "bug", "Concurrent recall runs send duplicate reminders",
              "Mark the customer before the await (`remindedToday.add` first) or keep a single running job; persist the mark in the database.",
              d=-1, n=3, symbol="POST /recalls/run", conf=0.7),
            F("DAY-OFFSET", "medium", "bug", "Staff day list skips the first page",
              "`const offset = (page - 1) * per;`", symbol="GET /staff/day", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "customerAuth uses jwt.decode, no signature check", "jwt.verify", d=-2),
            F("FRAME-SEARCH-SQLI", "high", "security", "frames search: brand concatenated into SQL", "bind param", d=-2),
            F("FRAME-IMAGE-TRAVERSAL", "high", "security", "frame image: view/sku not constrained before sendFile", "root option + allow-list", d=-2),
            F("SMS-INJECTION-NAME", "high", "security", "notifyReady: name interpolated into exec()", "execFile", d=-1),
            F("RX-IDOR", "high", "security", "prescriptions/:id not scoped to customer", "customer_id filter", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel: no ownership check", "customer_id filter", d=-1),
            F("LAB-SECRET-EMPTY", "medium", "security", "lab HMAC key may be empty", "require secret"),
            F("CARD-XSS", "medium", "security", "patient card: notes not escaped", "esc()"),
            F("SLOT-DOUBLE-BOOK", "medium", "bug", "slot clash check is racy", "unique index", d=+2),
            F("STOCK-LOST-UPDATE", "medium", "bug", "stock decrement lost update", "stock = stock - 1 WHERE stock > 0", d=-1),
            F("LENS-UNKNOWN", "low", "bug", "LENS_PRICES[lens] undefined -> NaN", "validate lens"),
            F("NHS-AGE-BOUNDARY", "low", "bug", "nhsEligible: 60 excluded", ">= 60", d=-1),
            F("DAY-OFFSET", "low", "bug", "staff/day offset skips page 1", "(page - 1) * per"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the optician's booking and ordering service in `src/server.ts`. The application
        uses Express, PostgreSQL and JSON Web Tokens.

        ### Security Vulnerabilities

        The most serious issue is that customer tokens are never verified. There are also injection, access control
        and information disclosure problems.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can create a token with any `sub` and act as any customer."),
            F("FRAME-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Frame Search",
              "Use parameterized queries for the brand filter.", sd=-2, n=3),
            F("FRAME-IMAGE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Frame Image Endpoint",
              "Use the `root` option of `sendFile` and validate inputs.", d=-1, sd=-2, n=3),
            F("SMS-INJECTION-NAME", "HIGH", "Command Injection", "Command Injection in Ready Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The customer's name is placed inside a shell command. A name such as `$(reboot)` would be executed."),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Authorization on Appointment Cancellation",
              "Check that the appointment belongs to the customer.", sd=-1, n=2),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Patient Card",
              "Escape the notes field.", sd=-2, n=3),
            F("PW-UNSALTED", "HIGH", "Cryptographic Failure", "Weak Password Hashing",
              "Use bcrypt or argon2.", sd=-2, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict `origin` to the shop's own domains."),
            F("LAB-SIG-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Webhook Signature",
              "Use `crypto.timingSafeEqual`.", sd=-2, n=3),
            F("RX-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Handler",
              "Do not include `err.stack` in responses.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues

        These issues affect the correctness of bookings, stock and eligibility.
        """,
        Block([
            F("SLOT-DOUBLE-BOOK", "HIGH", "Race Condition", "Race Condition in Eye Test Booking",
              "Use a unique constraint or a transaction with locking.", sd=-2, n=3),
            F("STOCK-LOST-UPDATE", "HIGH", "Race Condition", "Frame Stock Can Go Negative",
              "Decrement atomically in SQL.", sd=-2, n=3,
              desc="The stock value is read, checked in JavaScript and written back, so two concurrent orders can both take the last frame."),
            F("NHS-SELF-DECLARED", "MEDIUM", "Business Logic", "NHS Eligibility Based on Client Input",
              "Verify eligibility on the server.", sd=-2, n=3),
            F("AGE-YEAR-DIFF", "MEDIUM", "Logic Error", "Inaccurate Age Calculation",
              "Take the month and day into account.", sd=-1, n=2),
            F("SMS-ERROR-IGNORED", "LOW", "Error Handling", "SMS Sending Errors Are Ignored",
              "Pass a callback to `exec` and handle failures.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting server.ts into route modules."}),
            F("RECALL-DUPLICATE", "MEDIUM", "Race Condition", "Duplicate Recall Reminders",
              "Add the customer to the set before awaiting.", d=+1, sd=-1, n=3),
            F("DAY-OFFSET", "LOW", "Logic Error", "Pagination Skips First Page",
              "Use `(page - 1) * per`.", d=-2, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("FRAME-SEARCH-SQLI", "error", "security", "sql injection in /frames brand", "parameterize"),
            F("CANCEL-NOT-OWNER", "error", "security", "cancel any booking", "check customer_id"),
            F("RX-IDOR", "error", "security", "prescription idor", "scope by customer", d=-2),
            F("SMS-INJECTION-PHONE", "error", "security", "phone unquoted in exec", "execFile"),
            F("CARD-XSS", "warning", "security", "notes not escaped", "esc()"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("STOCK-LOST-UPDATE", "warning", "bug", "stock race on orders", "atomic decrement"),
            F("NHS-AGE-BOUNDARY", "warning", "", "age > 60 should be >= 60", ">= 60"),
            F("LAB-SIG-TIMING", "info", "security", "non constant-time signature compare", "timingSafeEqual"),
            F("CORS-ANY-ORIGIN", "info", "security", "cors origin: true with credentials", "list origins"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        Summary of the main findings:

        1. Authentication: JWT not verified, unsalted password hashes, tokens without expiry.
        2. Authorization: prescriptions and cancellations not scoped to the customer.
        3. Injection: SQL in frame search, path traversal in frame images, shell in SMS notification.
        4. Correctness: age calculation, order totals, order transaction, recall duplicates.
        5. Information disclosure: stack traces, patient notes XSS.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Authentication bypass: token signature never verified", "Use jwt.verify.", conf=0.95),
            F("PW-UNSALTED", "major", "security", "Unsalted SHA-256 password hashes", "Use a password hashing function.", conf=0.8),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT issued without expiry", "Set expiresIn.", conf=0.6),
            F("RX-IDOR", "blocker", "security", "Insecure direct object reference on prescriptions", "Filter by customer.", conf=0.9),
            F("CANCEL-NOT-OWNER", "major", "security", "Appointment cancellation without ownership check", "Filter by customer.", d=-1, conf=0.85),
            F("FRAME-SEARCH-SQLI", "blocker", "security", "SQL injection in frames search", "Use bind parameters.", conf=0.9),
            F("FRAME-IMAGE-TRAVERSAL", "major", "security", "Arbitrary file read in frame images", "Restrict to the image directory.", conf=0.8),
            F("SMS-INJECTION-NAME", "major", "security", "Shell injection in notification SMS", "Use execFile.", d=-1, conf=0.8),
            F("SMS-ERROR-IGNORED", "minor", "reliability", "Notification failures silently ignored", "Handle exec errors.", conf=0.6),
            F("LAB-SIG-TIMING", "minor", "security", "Non-constant-time HMAC comparison", "Use timingSafeEqual.", conf=0.6),
            F("CARD-XSS", "major", "security", "Unescaped notes in patient card HTML", "Escape notes.", conf=0.85),
            F("STACK-LEAK", "minor", "security", "Stack trace disclosure", "Hide stack traces.", conf=0.7),
            F("SLOT-DOUBLE-BOOK", "major", "concurrency", "Double booking of eye-test slots", "Use a unique index.", d=-1, conf=0.8),
            F("AGE-YEAR-DIFF", "major", "correctness", "Off-by-one in age calculation", "Account for the birthday.", d=+1, conf=0.75),
            F("LENS-UNKNOWN", "minor", "correctness", "Order total becomes NaN for unknown lens", "Validate lens.", conf=0.7),
            F("ORDER-NO-TXN", "major", "correctness", "Order creation not transactional", "Wrap in a transaction.", d=-1, conf=0.7),
            F("RECALL-DUPLICATE", "minor", "concurrency", "Recall reminders can be sent twice", "Mark before sending.", conf=0.65),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}

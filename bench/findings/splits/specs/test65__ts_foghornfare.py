"""test65/ts-foghornfare: a lighthouse museum's guided-tour ticket desk (TypeScript). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or the other splits' answers. "
    "Frozen test split test65: seeded problems in a small Express ticket desk for a lighthouse museum's guided "
    "lantern-room tours; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-SECRET-DEFAULT": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "foghorn-1893";', "security", "hard-coded fallback signing secret when JWT_SECRET is unset"),
    "STAFF-TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "staff token accepted from the query string (logs, referrers, history)"),
    "STAFF-JWT-DECODE": P(S, "const claims = jwt.decode(token) as Staff | null;", "security", "staffOnly uses jwt.decode, which never verifies the signature: anyone can forge a staff token", "signature-vs-statement"),
    "LOGIN-SHA1": P(S, 'crypto.createHash("sha1").update(String(password))', "security", "staff passwords stored as unsalted SHA-1"),
    "LOGIN-TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id, role: rows[0].role }, JWT_SECRET);", "security", "staff tokens are signed without an expiry"),
    "SCHEDULE-LAST-TOUR": P(S, "for (let t = FIRST_TOUR; t < LAST_TOUR; t += TOUR_EVERY) {", "bug", "loop stops before LAST_TOUR: the 16:00 tour is never offered", "off-by-one"),
    "TOURS-DATE-SQLI": P(S, "WHERE tour_date = '${day}' ORDER BY slot", "security", "date query value interpolated into SQL", "source-vs-sink"),
    "BOOK-CLIENT-PRICE": P(S, "const unit = PRICES[type] ?? Number(req.body.price);", "security", "an unknown ticket type falls back to the price the client sends"),
    "BOOK-QTY-UNCHECKED": P(S, "const count = Number(qty);", "bug", "qty not validated: zero, negative, fractional or NaN counts book and price tickets"),
    "GROUP-DISCOUNT-BOUNDARY": P(S, "const discount = count > GROUP_MIN ? 0.15 : 0;", "bug", "group discount is for ten or more but the test is > 10: a group of exactly ten pays full price", "off-by-one"),
    "BOOK-OVERSELL-RACE": P(S, "if (tour.rows[0].sold + count > TOUR_CAPACITY)", "bug", "sold read, checked and written back as an absolute value without a transaction: concurrent bookings oversell the gallery and lose updates", "critical-section"),
    "TICKET-CODE-WEAK": P(S, "const code = Math.random().toString(36).slice(2, 8).toUpperCase();", "security", "ticket codes from Math.random, six characters: guessable, and the receipt shows a ticket to anyone holding its code"),
    "TICKET-IDOR": P(S, 'pool.query("SELECT * FROM tickets WHERE id = $1", [req.params.id]);', "security", "GET /tickets/:id has no auth: sequential ids leak every visitor's name, email and ticket code"),
    "GATE-WRONG-TOUR": P(S, 'SELECT id, used, tour_id, qty FROM tickets WHERE code = $1', "bug", "the gate never checks that the ticket is for the tour now boarding (or not refunded)"),
    "GATE-DOUBLE-SCAN": P(S, 'if (ticket.used) return res.status(409)', "bug", "used is read then set in separate statements: two guides scanning the same code both let it through", "critical-section"),
    "REFUND-ANY-STAFF": P(S, 'app.post("/tickets/:id/refund", staffOnly, async (req, res) => {', "security", "any staff member (a guide) can issue refunds; refunds are manager business like cancellations"),
    "REFUND-AFTER-TOUR": P(S, 'if (t.used) return res.status(409).json({ error: "ticket already used" });', "bug", "only 'used' is checked: an unscanned ticket can be refunded after its tour has run"),
    "REFUND-TWICE": P(S, 'UPDATE tickets SET refunded = true WHERE id = $1', "bug", "refunded is never checked: the same ticket can be refunded again and again"),
    "REFUND-NO-TRANSACTION": P(S, 'UPDATE tours SET sold = sold - $1 WHERE id = $2', "bug", "three writes (ticket, seats, payout) outside a transaction: a failure leaves them inconsistent"),
    "CANCEL-SHELL-INJECTION": P(S, 'exec(`notify-visitors --tour', "security", "cancellation reason from the body interpolated into a shell command", "source-vs-sink"),
    "CANCEL-NOTIFY-ERROR-IGNORED": P(S, 'exec(`notify-visitors --tour', "bug", "exec callback ignores errors: visitors may never hear of a cancellation and nobody knows"),
    "RECEIPT-NAME-XSS": P(S, '<a href="${back}">back</a>`);', "security", "visitor name rendered into the receipt HTML unescaped (stored XSS)"),
    "RECEIPT-BACK-XSS": P(S, '<a href="${back}">back</a>`);', "security", "back query value reflected into an href unescaped: reflected XSS / javascript: URLs", "source-vs-sink"),
    "DAY-LOADS-ALL": P(S, "SELECT t.id, t.name, t.qty, t.used, r.slot FROM tickets t", "performance", "the day view loads every ticket of the day and pages in memory"),
    "DAY-PAGE-DROPS-ROW": P(S, "rows.slice(start, start + size - 1)", "bug", "slice end is exclusive: size - 1 drops the last ticket of every page", "off-by-one"),
    "MANIFEST-PATH-TRAVERSAL": P(S, "return path.join(MANIFEST_DIR, `${name}.csv`);", "security", "day query value joined to the manifest directory: ../ reads any .csv on the server", "signature-vs-statement"),
    "WIND-CACHE-STAMPEDE": P(S, "windFetches += 1;", "performance", "expired wind cache is refilled by every concurrent request (no single flight across the await)", "critical-section"),
    "WIND-RESP-UNCHECKED": P(S, "windCache = { knots: (await resp.json()).knots, at: Date.now() };", "bug", "gauge response status never checked: an error body caches undefined knots for a minute (and a failed fetch rejects unhandled)"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("STAFF-TOKEN-IN-QUERY", "STAFF-JWT-DECODE"),
    ("LOGIN-SHA1", "LOGIN-TOKEN-NO-EXPIRY"),
    ("BOOK-CLIENT-PRICE", "BOOK-QTY-UNCHECKED"),
    ("BOOK-QTY-UNCHECKED", "GROUP-DISCOUNT-BOUNDARY"),
    ("BOOK-OVERSELL-RACE", "TICKET-CODE-WEAK"),
    ("GATE-WRONG-TOUR", "GATE-DOUBLE-SCAN"),
    ("REFUND-AFTER-TOUR", "REFUND-TWICE"),
    ("REFUND-TWICE", "REFUND-NO-TRANSACTION"),
    ("REFUND-AFTER-TOUR", "REFUND-NO-TRANSACTION"),
    ("CANCEL-SHELL-INJECTION", "CANCEL-NOTIFY-ERROR-IGNORED"),
    ("RECEIPT-NAME-XSS", "RECEIPT-BACK-XSS"),
    ("WIND-CACHE-STAMPEDE", "WIND-RESP-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole of the ticket desk.

        **Summary**

        1. Staff authentication is broken: `staffOnly` decodes the JWT without verifying it, so every staff route
           (gate scans, refunds, the day view, manifests) is open to a forged token.
        2. Three injection points: the `/tours` date in SQL, the cancellation reason in a shell command, and the
           receipt page (name and `back` link).
        3. Booking and refunds lose money or seats: client-chosen prices, unchecked quantities, overselling under
           concurrency, repeat refunds.
        4. Smaller correctness issues in the schedule, the group discount and the day view's paging.

        Done right and worth keeping: `managerOnly` checks the role, every query other than `/tours` is
        parameterised, `esc` is applied to quantity, date and slot on the receipt, and the JSON body is size-limited.
        """,
        Block([
            F("STAFF-JWT-DECODE", "critical", "security", "`staffOnly` uses `jwt.decode` (no signature check)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="staffOnly", conf=0.97),
            F("STAFF-TOKEN-IN-QUERY", "medium", "security", "Staff token accepted from `?token=`",
              "Accept the bearer header only; query strings end up in logs.", symbol="staffOnly", conf=0.7),
            F("JWT-SECRET-DEFAULT", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is missing.", conf=0.85),
            F("LOGIN-SHA1", "high", "security", "Staff passwords hashed with unsalted SHA-1",
              "Use bcrypt/scrypt/argon2 with per-user salt and `timingSafeEqual`.", symbol="POST /staff/login", conf=0.85),
            F("LOGIN-TOKEN-NO-EXPIRY", "medium", "security", "Staff JWTs never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /staff/login", conf=0.8),
            F("CORS-REFLECT-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "Allow the museum's own origins only.", conf=0.75),
            F("TOURS-DATE-SQLI", "critical", "security", "SQL injection through `date` in `GET /tours`",
              "Use `tour_date = $1` with `[day]`.", symbol="GET /tours", conf=0.97),
            F("CANCEL-SHELL-INJECTION", "high", "security", "Cancellation `reason` reaches a shell via `exec`",
              "Use `execFile(\"notify-visitors\", [\"--tour\", id, \"--reason\", reason])`.", symbol="POST /tours/:id/cancel", conf=0.9),
            F("CANCEL-NOTIFY-ERROR-IGNORED", "low", "bug", "Visitor notification failures are swallowed",
              "Log and surface the error in the response so the desk can phone visitors.", symbol="POST /tours/:id/cancel", conf=0.6),
            F("RECEIPT-NAME-XSS", "high", "security", "Visitor name is not escaped on the receipt page",
              "Wrap `r.name` in `esc()` like the other fields.", symbol="GET /receipt/:code", conf=0.9),
            F("RECEIPT-BACK-XSS", "high", "security", "`back` is reflected into the receipt's link",
              "Only allow relative paths starting with `/` (not `//`) and escape them.", symbol="GET /receipt/:code", conf=0.85),
            F("TICKET-IDOR", "high", "security", "`GET /tickets/:id` exposes any ticket to anyone",
              "Require staff, or look tickets up by code only.", symbol="GET /tickets/:id", conf=0.85),
            F("MANIFEST-PATH-TRAVERSAL", "medium", "security", "`manifestFile` allows `../` in the day",
              "Validate `day` against `^\\d{4}-\\d{2}-\\d{2}$`.", symbol="manifestFile", conf=0.8),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns the stack trace",
              "Log the stack; return a generic message.", conf=0.85),
        ]),
        "Money, seats and scheduling:",
        Block([
            F("BOOK-CLIENT-PRICE", "high", "security", "Unknown ticket types are priced by the client",
              "Reject types not in `PRICES` with 400.", symbol="POST /bookings", conf=0.85),
            F("BOOK-QTY-UNCHECKED", "high", "bug", "`qty` is not validated",
              "Require an integer 1..TOUR_CAPACITY; `-3` reduces `sold` and gives a negative total.", symbol="POST /bookings", conf=0.85),
            F("GROUP-DISCOUNT-BOUNDARY", "low", "bug", "Group of exactly ten gets no discount",
              "Use `count >= GROUP_MIN` as the sign says \"ten or more\".", symbol="POST /bookings", conf=0.75),
            F("BOOK-OVERSELL-RACE", "high", "bug", "Concurrent bookings can oversell a tour",
              "`UPDATE tours SET sold = sold + $1 WHERE id = $2 AND sold + $1 <= $3 RETURNING id` inside a transaction with the insert.",
              symbol="POST /bookings", conf=0.85),
            F("TICKET-CODE-WEAK", "medium", "security", "Ticket codes come from `Math.random`",
              "Use `crypto.randomBytes` and a longer code; codes open receipts and pass the gate.", symbol="POST /bookings", conf=0.7),
            F("GATE-DOUBLE-SCAN", "medium", "bug", "Same ticket can pass two gates at once",
              "`UPDATE tickets SET used = true WHERE code = $1 AND NOT used RETURNING ...` and treat no row as already scanned.",
              symbol="POST /gate/scan", conf=0.75),
            F("GATE-WRONG-TOUR", "medium", "bug", "Gate accepts tickets for any tour and refunded tickets",
              "Select and compare `tour_id` with the tour boarding, and reject refunded tickets.", symbol="POST /gate/scan", conf=0.7),
            F("REFUND-AFTER-TOUR", "medium", "bug", "Refunds allowed after the tour has run",
              "Compare `tour_date`/`slot` with now before refunding.", symbol="POST /tickets/:id/refund", conf=0.7),
            F("REFUND-TWICE", "high", "bug", "A ticket can be refunded repeatedly",
              "Check `refunded` (or `WHERE NOT refunded` with a row count).", symbol="POST /tickets/:id/refund", conf=0.85),
            F("REFUND-NO-TRANSACTION", "medium", "bug", "Refund writes are not atomic",
              "Wrap the three statements in `BEGIN`/`COMMIT` on one client.", symbol="POST /tickets/:id/refund", conf=0.7),
            F("SCHEDULE-LAST-TOUR", "medium", "bug", "The 16:00 tour is never listed",
              "Use `t <= LAST_TOUR`.", symbol="tourTimes", conf=0.85),
            F("DAY-PAGE-DROPS-ROW", "low", "bug", "Day view drops one ticket per page",
              "`rows.slice(start, start + size)`.", symbol="GET /desk/day", conf=0.85),
            F("DAY-LOADS-ALL", "low", "performance", "Day view pages in memory",
              "Use `LIMIT`/`OFFSET` in the query.", symbol="GET /desk/day", conf=0.6),
            F("WIND-CACHE-STAMPEDE", "low", "bug", "Wind cache refresh is not single-flight",
              "Cache the pending promise so concurrent callers share one gauge read.", d=-1, symbol="currentWind", conf=0.6),
            F("WIND-RESP-UNCHECKED", "medium", "bug", "Gauge errors are cached as wind readings",
              "Check `resp.ok` and that `knots` is a number before caching; catch fetch failures.", symbol="currentWind", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Findings:",
        Block([
            F("STAFF-JWT-DECODE", "critical", "security", "staffOnly: jwt.decode instead of verify -> forged staff tokens", "jwt.verify w/ secret + alg.", d=-3),
            F("JWT-SECRET-DEFAULT", "high", "security", "JWT_SECRET falls back to a constant", "Require env var."),
            F("LOGIN-TOKEN-NO-EXPIRY", "medium", "security", "jwt.sign without expiresIn", "Add expiry."),
            F("TOURS-DATE-SQLI", "critical", "security", "GET /tours: req.query.date interpolated into SQL", "$1 param.", d=-2),
            F("BOOK-CLIENT-PRICE", "high", "security", "Fallback to req.body.price lets client set price", "400 on unknown type."),
            F("BOOK-QTY-UNCHECKED", "high", "bug", "qty unchecked (negative/NaN)", "Integer 1..capacity."),
            F("BOOK-OVERSELL-RACE", "high", "bug", "Lost update on tours.sold (read-modify-write)", "Atomic conditional UPDATE in txn.", d=1),
            F("GATE-DOUBLE-SCAN", "medium", "bug", "Scan check-then-set race", "UPDATE ... WHERE NOT used RETURNING.", d=1),
            F("REFUND-ANY-STAFF", "medium", "security", "Refund route only needs staffOnly (guides can refund)", "managerOnly."),
            F("REFUND-TWICE", "high", "bug", "No refunded check -> double refunds", "WHERE NOT refunded."),
            F("CANCEL-SHELL-INJECTION", "high", "security", "Cancel reason -> exec() shell string", "execFile + args.", d=-2),
            F("RECEIPT-BACK-XSS", "high", "security", "req.query.back rendered into href", "Allow-list / escape.", d=-2),
            F("DAY-PAGE-DROPS-ROW", "low", "bug", "Off-by-one: page returns size-1 rows", "slice(start, start+size).", d=-1),
            F("MANIFEST-PATH-TRAVERSAL", "medium", "security", "manifestFile(day): traversal via ../", "Validate date format.", d=-2),
            F("WIND-RESP-UNCHECKED", "low", "bug", "resp.ok not checked before caching knots", "Check status."),
            F("ERROR-STACK-LEAK", "medium", "security", "500 handler leaks stack", "Drop stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the lighthouse museum's ticket desk (`src/server.ts`). It is an Express 4
        application backed by PostgreSQL that sells guided tours to the lantern room, validates tickets at the
        stairs and lets staff issue refunds and cancel tours in high wind.

        ## Critical and High Severity

        The most severe problem is that the staff authentication middleware does not verify tokens at all. I also
        found SQL injection, command injection and cross-site scripting.
        """,
        Block([
            F("STAFF-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified in staffOnly",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can craft a token with `role: manager` and access every staff route."),
            F("STAFF-TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Authentication Token Accepted in URL",
              "Only read the token from the Authorization header.", sd=-1, n=3),
            F("TOURS-DATE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tour Listing",
              "Use parameterized queries.", sd=-2, n=3),
            F("CANCEL-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Tour Cancellation",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `reason` field is placed inside double quotes in a shell command; `$(...)` or a closing quote breaks out of it."),
            F("RECEIPT-BACK-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS via the back Parameter",
              "Validate the URL and HTML-escape it.", sd=-2, n=3),
            F("RECEIPT-NAME-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Visitor Name on Receipt",
              "Escape the visitor name with `esc`.", sd=-1, n=2),
            F("TICKET-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Tickets",
              "Require authentication and check ownership.", sd=-1, n=3),
            F("REFUND-ANY-STAFF", "MEDIUM", "Broken Access Control", "Refunds Not Restricted to Managers",
              "Add `managerOnly` to the refund route.", n=3),
            F("MANIFEST-PATH-TRAVERSAL", "MEDIUM", "Path Traversal", "Path Traversal in Manifest Download",
              "Validate the day parameter strictly.", sd=-2, n=3),
            F("LOGIN-SHA1", "HIGH", "Cryptographic Failure", "Weak Password Hashing (SHA-1)",
              "Use bcrypt or argon2.", sd=-2, n=3),
            F("CORS-REFLECT-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict allowed origins.", sd=-1, n=2),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Medium and Low Severity

        The booking flow also contains business logic and concurrency issues.
        """,
        Block([
            F("BOOK-CLIENT-PRICE", "HIGH", "Business Logic", "Client-Controlled Ticket Price",
              "Reject unknown ticket types.", sd=-2, n=3),
            F("GROUP-DISCOUNT-BOUNDARY", "LOW", "Logic Error", "Group Discount Not Applied to Groups of Exactly Ten",
              "Use `>=` instead of `>`.", d=1, sd=-1, n=3),
            F("BOOK-OVERSELL-RACE", "HIGH", "Race Condition", "Tour Capacity Can Be Exceeded by Concurrent Bookings",
              "Use an atomic update with a capacity condition.", d=-2, sd=-3, n=3),
            F("TICKET-CODE-WEAK", "MEDIUM", "Insecure Randomness", "Predictable Ticket Codes",
              "Use `crypto.randomBytes` or `crypto.randomUUID`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving route handlers into separate router modules."}),
            F("REFUND-AFTER-TOUR", "MEDIUM", "Logic Error", "Refunds Possible After the Tour Date",
              "Check the tour date and slot.", sd=-2, n=3),
            F("SCHEDULE-LAST-TOUR", "MEDIUM", "Logic Error", "Last Tour of the Day Missing From the Schedule",
              "Use `<=` in the loop condition.", d=1, sd=-1, n=3),
            F("WIND-CACHE-STAMPEDE", "LOW", "Performance", "Cache Stampede on Wind Gauge Reads",
              "Share a single in-flight promise between callers.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("STAFF-JWT-DECODE", "high", "security", "jwt.decode doesnt verify", "jwt.verify"),
            F("TOURS-DATE-SQLI", "high", "security", "sql injection in /tours date", "use $1"),
            F("BOOK-QTY-UNCHECKED", "medium", "", "qty not validated", "check integer > 0"),
            F("BOOK-OVERSELL-RACE", "medium", "bug", "overbooking race on sold", "atomic update"),
            F("TICKET-IDOR", "medium", "security", "anyone can read any ticket by id", "auth"),
            F("REFUND-TWICE", "medium", "bug", "refund can run twice", "check refunded"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CANCEL-SHELL-INJECTION", "high", "security", "shell injection via cancel reason", "execFile"),
            F("CANCEL-NOTIFY-ERROR-IGNORED", "low", "bug", "exec errors ignored", "handle err"),
            F("DAY-PAGE-DROPS-ROW", "low", "bug", "slice end off by one", "start + size"),
            F("CORS-REFLECT-CREDENTIALS", "low", "security", "cors origin true + credentials", "list origins"),
            F("ERROR-STACK-LEAK", "low", "security", "stack in error response", "remove"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        Reviewed: `src/server.ts` (lighthouse tour ticket desk).

        1. **Authentication** — staff tokens are not verified; the secret has a default; passwords use SHA-1.
        2. **Injection** — SQL injection (tours), command injection (cancel), XSS (receipt).
        3. **Booking integrity** — overselling, unchecked quantities, off-by-one in the group discount.
        4. **Gate and refunds** — tickets can be scanned twice and refunded twice.
        5. **Other** — paging, caching, path handling.
        """,
        Block([
            F("STAFF-JWT-DECODE", "blocker", "security", "JWT decoded without verification",
              "Use jwt.verify.", conf=0.95),
            F("STAFF-TOKEN-IN-QUERY", "minor", "security", "Token may be passed in the query string",
              "Remove the query fallback.", conf=0.6),
            F("JWT-SECRET-DEFAULT", "major", "security", "Default JWT secret in source",
              "Require JWT_SECRET.", conf=0.8),
            F("LOGIN-SHA1", "major", "security", "Insecure password hashing",
              "Use a slow salted hash.", conf=0.8),
            F("SCHEDULE-LAST-TOUR", "minor", "correctness", "Off-by-one: last tour slot excluded",
              "Use <= LAST_TOUR.", conf=0.8),
            F("TOURS-DATE-SQLI", "blocker", "security", "SQL injection in tours query",
              "Parameterize the date.", d=-1, conf=0.9),
            F("BOOK-QTY-UNCHECKED", "major", "correctness", "Quantity is not validated",
              "Validate qty.", conf=0.8),
            F("GROUP-DISCOUNT-BOUNDARY", "minor", "correctness", "Group discount boundary excludes groups of ten",
              "Use >=.", d=-1, conf=0.65),
            F("BOOK-OVERSELL-RACE", "major", "concurrency", "Lost update on sold seat count",
              "Use sold = sold + $1 with a capacity check in SQL.", d=1, conf=0.8),
            F("TICKET-CODE-WEAK", "minor", "security", "Weak random ticket code",
              "Use crypto.", conf=0.6),
            F("TICKET-IDOR", "major", "security", "Ticket details readable without authentication",
              "Add authorization.", conf=0.8),
            F("GATE-WRONG-TOUR", "major", "correctness", "Gate scan does not verify the ticket's tour",
              "Compare tour_id with the tour being boarded.", conf=0.65),
            F("GATE-DOUBLE-SCAN", "major", "concurrency", "Race condition allows double entry",
              "Use a conditional update.", conf=0.7),
            F("REFUND-AFTER-TOUR", "major", "correctness", "Refund allowed for past tours",
              "Check the tour date.", conf=0.7),
            F("REFUND-TWICE", "major", "correctness", "Refund is not idempotent",
              "Check the refunded flag.", conf=0.8),
            F("REFUND-NO-TRANSACTION", "minor", "reliability", "Refund updates are not transactional",
              "Use a transaction.", conf=0.6),
            F("CANCEL-SHELL-INJECTION", "blocker", "security", "Command injection in cancellation notice",
              "Use execFile.", conf=0.9),
            F("RECEIPT-NAME-XSS", "major", "security", "Unescaped visitor name in receipt HTML",
              "Escape the name.", conf=0.8),
            F("RECEIPT-BACK-XSS", "major", "security", "Unvalidated back link in receipt",
              "Validate the URL.", d=-2, conf=0.75),
            F("DAY-LOADS-ALL", "minor", "performance", "Day listing loads all tickets into memory",
              "Paginate in SQL.", conf=0.6),
            F("DAY-PAGE-DROPS-ROW", "minor", "correctness", "Pagination returns one row fewer than requested",
              "Fix the slice end.", conf=0.8),
            F("MANIFEST-PATH-TRAVERSAL", "major", "security", "Path traversal in manifest file name",
              "Validate the day.", d=-1, conf=0.75),
            F("WIND-CACHE-STAMPEDE", "minor", "concurrency", "Concurrent wind cache refreshes",
              "Deduplicate in-flight requests.", conf=0.55),
        ], wrap="object+summary", summary="23 findings: 3 blocker, 12 major, 8 minor"),
    ]),
}

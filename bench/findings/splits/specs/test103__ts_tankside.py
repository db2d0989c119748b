"""test103/ts-tankside: a public aquarium's feeding rota and tank-side talk tickets (TypeScript, Express 4 + pg).
Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders and specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test103 (round 53): seeded problems in a public aquarium's keeper rota and tank-side "
    "talk ticketing service; five agents' answers written by hand. Score once, never tune on it."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                      "CORS reflects any origin with credentials: any site can call the API as a signed-in keeper"),
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "tankside-dev-secret";', "security",
                             "hard-coded fallback JWT secret: tokens can be forged whenever JWT_SECRET is unset"),
    "JWT-IGNORE-EXPIRATION": P(S, "jwt.verify(token, JWT_SECRET, { ignoreExpiration: true })", "security",
                               "keeperAuth verifies tokens with ignoreExpiration: a leaked or old token works forever",
                               "signature-vs-statement"),
    "ROTA-EIGHT-DAYS": P(S, "for (let d = 0; d <= ROTA_DAYS; d++) {", "bug",
                         "<= ROTA_DAYS lays out eight days of feedings for a seven-day rota", "off-by-one"),
    "CLAIM-RACE": P(S, 'await pool.query("UPDATE feedings SET claimed_by = $1 WHERE id = $2"', "bug",
                    "claimed_by read and checked, then set in a separate query: two keepers can both claim one feeding",
                    "critical-section"),
    "CLAIM-TANK-UNCHECKED": P(S, 'await pool.query("UPDATE feedings SET claimed_by = $1 WHERE id = $2"', "security",
                              "the keeper's tanks claim is never checked: a volunteer can claim (and then feed) any tank, sharks included"),
    "FEED-GRAMS-UNVALIDATED": P(S, "const grams = Number(req.body.grams);", "bug",
                                "grams not validated: NaN, negative or absurd amounts stored in the feeding log"),
    "FEED-NOT-FOUND": P(S, "const tank: string = rows[0].tank_id;", "bug",
                        "unknown feeding id: rows[0] is undefined and the handler throws (an unhandled rejection in Express 4)"),
    "FED-COUNT-LOST-UPDATE": P(S, "fedToday.set(tank, count + 1);", "bug",
                               "per-tank feed counter read before an await and written after it: concurrent feedings lose counts",
                               "critical-section"),
    "HISTORY-PAGE-OFFSET": P(S, "[req.params.id, from, size, page * size]);", "bug",
                             "page starts at 1 but OFFSET is page * size: the newest page of the feeding history is skipped",
                             "off-by-one"),
    "READING-NOT-NUMBER": P(S, "if (reading < tank.min_c || reading > tank.max_c) {", "bug",
                            "celsius reading never checked to be a number: a string or missing value compares false both ways, no alert, and is stored"),
    "ALERT-CMD-INJECTION": P(S, 'exec(`notify-aquarist "${tank.name}" ${reading}`, () => {});', "security",
                             "celsius body value interpolated into a shell command line", "source-vs-sink"),
    "ALERT-ERROR-IGNORED": P(S, 'exec(`notify-aquarist "${tank.name}" ${reading}`, () => {});', "bug",
                             "exec callback discards the error: a failed out-of-range alert is silently lost"),
    "CAM-SSRF": P(S, "const upstream = await fetch(src);", "security",
                  "src query value fetched server-side without auth or allow-list: SSRF into the internal network",
                  "source-vs-sink"),
    "SCREEN-XSS": P(S, "<li>Feed ${r.round + 1}: ${r.note}</li>", "security",
                    "keeper's feeding note rendered unescaped on the public tank-side screen (stored XSS)"),
    "SEAT-FROM-ZERO": P(S, "for (let s = sold; s < sold + qty; s++) seats.push(s);", "bug",
                        "seats numbered from 0: the first buyer gets seat 0 and the last seat of the room is never issued",
                        "signature-vs-statement"),
    "TICKET-QTY-UNVALIDATED": P(S, "const qty = Number(req.body.qty);", "bug",
                                "qty not checked to be a positive integer: zero, fractional or negative tickets (negative price, capacity freed)"),
    "TALK-STARTED-UNCHECKED": P(S, 'if (!talk) return res.status(404).json({ error: "no such talk" });', "bug",
                                "starts_at is fetched but never checked: tickets are sold for talks that are over"),
    "TICKET-CODE-WEAK": P(S, "const code = Math.random().toString(36).slice(2, 8).toUpperCase();", "security",
                          "six-character Math.random ticket code: guessable, and codes are the only key for lookup and refund"),
    "TICKET-OVERSELL-RACE": P(S, 'await pool.query("INSERT INTO tickets (talk_id, code, email, qty, paid_pence)', "bug",
                              "sold count read (from an in-process cache), checked and inserted without a transaction: concurrent buyers oversell a talk",
                              "critical-section"),
    "TICKET-LOOKUP-EMAIL": P(S, '"SELECT t.code, t.email, t.qty, k.title, k.starts_at FROM tickets t', "security",
                             "unauthenticated ticket lookup returns the buyer's email address"),
    "REFUND-TWICE": P(S, 'await pool.query("UPDATE tickets SET refunded = true WHERE id = $1"', "bug",
                      "refunded flag fetched but never checked: the same ticket can be refunded again and again"),
    "REFUND-FLAG-BEFORE-PAYMENT": P(S, "await refundCard(rows[0].id, rows[0].paid_pence);", "bug",
                                    "ticket marked refunded before the card refund: a failed refund leaves it refunded with no money back"),
    "DESK-SQLI-Q": P(S, "WHERE email ILIKE '%${q}%' ORDER BY ${sort}`;", "security",
                     "q query value interpolated into the desk search SQL", "source-vs-sink"),
    "DESK-SQLI-SORT": P(S, "WHERE email ILIKE '%${q}%' ORDER BY ${sort}`;", "security",
                        "sort query value interpolated into ORDER BY"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler sends the stack trace to the client"),
}

CONFUSABLE = [
    ("CORS-REFLECT", "JWT-SECRET-FALLBACK"),
    ("CLAIM-RACE", "CLAIM-TANK-UNCHECKED"),
    ("FEED-GRAMS-UNVALIDATED", "FEED-NOT-FOUND"),
    ("READING-NOT-NUMBER", "ALERT-ERROR-IGNORED"),
    ("READING-NOT-NUMBER", "ALERT-CMD-INJECTION"),
    ("ALERT-CMD-INJECTION", "ALERT-ERROR-IGNORED"),
    ("TICKET-QTY-UNVALIDATED", "TALK-STARTED-UNCHECKED"),
    ("TICKET-CODE-WEAK", "TICKET-OVERSELL-RACE"),
    ("REFUND-TWICE", "REFUND-FLAG-BEFORE-PAYMENT"),
    ("DESK-SQLI-Q", "DESK-SQLI-SORT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole of the Tankside service: the keeper rota (JWT-authenticated) and the
        tank-side talk tickets (public purchase, desk-key refunds and search).

        **Summary**

        1. **Injection and exposure.** The desk search builds SQL from `q` and `sort`; the temperature alert
           shells out with the reading from the body; `/tanks/:id/cam` fetches any URL; the tank-side screen
           renders keeper notes as HTML.
        2. **Authentication.** Tokens never expire (`ignoreExpiration`), the secret has a hard-coded fallback, CORS
           reflects every origin with credentials, and claiming a feeding ignores which tanks the keeper may feed.
        3. **Money.** Ticket quantity is unchecked, tickets sell for talks that are over, concurrent buyers can
           oversell, and a refund can be repeated or marked done before the card refund succeeds.
        4. **Rota arithmetic.** The rota lays out eight days, history paging skips the first page, seats start at 0.

        Done right and worth keeping: `deskOnly` fails closed and checks the length before `timingSafeEqual`; the
        history query binds `from` as a parameter and caps `size`; the ticket capacity test `sold + qty >
        talk.capacity` is the right bound; the tank name on the screen goes through `esc`; the double-feeding gap
        check; the senior-only check on rota generation; the 64 kB body limit.
        """,
        Block([
            F("DESK-SQLI-Q", "critical", "security", "SQL injection in desk ticket search via `q`",
              "Use `WHERE email ILIKE $1` with `%${q}%` as the bound value.", symbol="GET /desk/tickets", conf=0.95),
            F("DESK-SQLI-SORT", "high", "security", "SQL injection via the `sort` column",
              "Allow-list the sort column (`code`, `email`, `qty`) — identifiers cannot be bound.",
              symbol="GET /desk/tickets", conf=0.9),
            F("ALERT-CMD-INJECTION", "critical", "security", "Temperature alert runs a shell command with the request's reading",
              "Validate `celsius` as a finite number and use `execFile(\"notify-aquarist\", [tank.name, String(reading)])`.",
              symbol="POST /tanks/:id/temperature", conf=0.9),
            F("READING-NOT-NUMBER", "medium", "bug", "Temperature reading is not validated as a number",
              "`const reading = Number(req.body.celsius)` and 400 unless `Number.isFinite(reading)`; a string slips past both comparisons and the out-of-range alert never fires.",
              symbol="POST /tanks/:id/temperature", conf=0.75),
            F("CAM-SSRF", "high", "security", "Camera proxy fetches an arbitrary `src` URL",
              "Drop the `src` parameter and build the camera URL from the tank id only; the route is also unauthenticated.",
              symbol="GET /tanks/:id/cam", conf=0.85),
            F("SCREEN-XSS", "medium", "security", "Feeding notes are injected into the tank-side screen HTML",
              "Wrap `r.note` in `esc()` as is done for the tank name.", symbol="GET /screens/:tank", conf=0.85),
            F("JWT-IGNORE-EXPIRATION", "high", "security", "Keeper tokens are accepted after they expire",
              "Remove `ignoreExpiration: true` and pin `algorithms: [\"HS256\"]`.", symbol="keeperAuth", conf=0.9),
            F("JWT-SECRET-FALLBACK", "high", "security", "JWT secret falls back to a constant",
              "Refuse to start without `JWT_SECRET`.", conf=0.85),
            F("CORS-REFLECT", "medium", "security", "CORS reflects any origin with credentials",
              "List the staff portal's origin explicitly.", conf=0.75),
            F("CLAIM-TANK-UNCHECKED", "medium", "security", "Any keeper can claim any tank's feeding",
              "Check `keeper.tanks.includes(rows[0].tank_id)` before claiming; volunteers should not be able to take the shark tank round.",
              symbol="POST /feedings/:id/claim", conf=0.7),
            F("TICKET-CODE-WEAK", "medium", "security", "Ticket codes come from `Math.random` and are six characters",
              "Use `crypto.randomBytes(8).toString(\"base64url\")`; the code is the only thing guarding lookup and refund.",
              symbol="POST /talks/:id/tickets", conf=0.7),
            F("STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log `err.stack` and send `{ error: \"internal error\" }`.", conf=0.85),
        ]),
        "Correctness:",
        Block([
            F("TICKET-QTY-UNVALIDATED", "high", "bug", "Ticket quantity is not validated",
              "Require `Number.isInteger(qty) && qty >= 1 && qty <= 10`; `qty = -3` produces a negative charge and frees capacity.",
              symbol="POST /talks/:id/tickets", conf=0.9),
            F("TALK-STARTED-UNCHECKED", "medium", "bug", "Tickets can be bought for a talk that has already started",
              "Reject when `talk.starts_at <= new Date()`; `/talks` hides past talks but the purchase route does not.",
              symbol="POST /talks/:id/tickets", conf=0.75),
            F("TICKET-OVERSELL-RACE", "high", "bug", "Capacity check and insert are not atomic",
              "Lock the talk row (`SELECT ... FOR UPDATE`) inside a transaction and count from the database, not `soldCount`, which is also wrong with more than one process.",
              d=-2, symbol="POST /talks/:id/tickets", conf=0.8),
            F("SEAT-FROM-ZERO", "low", "bug", "Seat numbers start at 0",
              "Push `s + 1`; the room's last seat is never handed out and the first buyer gets seat 0.",
              symbol="seatsFor", conf=0.7),
            F("REFUND-TWICE", "high", "bug", "A ticket can be refunded more than once",
              "`UPDATE tickets SET refunded = true WHERE id = $1 AND NOT refunded RETURNING id` and stop when nothing is returned.",
              symbol="POST /tickets/:code/refund", conf=0.9),
            F("REFUND-FLAG-BEFORE-PAYMENT", "medium", "bug", "Ticket is marked refunded before the card refund succeeds",
              "Call `refundCard` first (or in a transaction that is rolled back on failure).",
              symbol="POST /tickets/:code/refund", conf=0.7),
            F("CLAIM-RACE", "medium", "bug", "Two keepers can claim the same feeding",
              "`UPDATE feedings SET claimed_by = $1 WHERE id = $2 AND claimed_by IS NULL` and check `rowCount`.",
              d=-1, n=2, symbol="POST /feedings/:id/claim", conf=0.8),
            F("FEED-GRAMS-UNVALIDATED", "low", "bug", "Food amount is not validated",
              "400 unless `grams` is a positive finite number.", symbol="POST /feedings/:id/done", conf=0.65),
            F("FED-COUNT-LOST-UPDATE", "low", "bug", "`fedToday` counter loses increments across the `await`",
              "Increment after the update (`fedToday.set(tank, (fedToday.get(tank) ?? 0) + 1)`) or count in SQL.",
              d=-3, n=2, symbol="POST /feedings/:id/done", conf=0.65),
            F("ROTA-EIGHT-DAYS", "medium", "bug", "Rota generation creates eight days instead of seven",
              "`d < ROTA_DAYS`.", symbol="POST /rota/generate", conf=0.85),
            F("HISTORY-PAGE-OFFSET", "medium", "bug", "Feeding history skips the first page",
              "`(page - 1) * size`.", symbol="GET /tanks/:id/feedings", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("DESK-SQLI-Q", "critical", "security", "SQLi in /desk/tickets (q)", "Parameterize.", d=-1),
            F("ALERT-CMD-INJECTION", "critical", "security", "exec() with celsius from the body", "execFile + numeric check.", d=-2),
            F("CAM-SSRF", "high", "security", "SSRF: ?src= fetched verbatim", "Fixed camera URL per tank.", d=-1),
            F("JWT-IGNORE-EXPIRATION", "high", "security", "keeperAuth ignores token expiry", "Drop ignoreExpiration.", d=-3),
            F("JWT-SECRET-FALLBACK", "high", "security", "Default JWT secret in source", "Fail at startup if unset."),
            F("CLAIM-RACE", "medium", "bug", "claim: check-then-update race", "Conditional UPDATE ... claimed_by IS NULL.", d=-3),
            F("FEED-NOT-FOUND", "medium", "bug", "done: crash on unknown feeding id", "404 when rows is empty."),
            F("TICKET-QTY-UNVALIDATED", "high", "bug", "qty can be negative / non-integer", "Validate 1..N integer."),
            F("TICKET-OVERSELL-RACE", "high", "bug", "Oversell: soldCount cache + non-transactional insert",
              "Transaction with row lock.", d=+2),
            F("SEAT-FROM-ZERO", "low", "bug", "seatsFor numbers seats from 0", "s + 1.", d=-2),
            F("HISTORY-PAGE-OFFSET", "low", "bug", "OFFSET page*size skips first page", "(page-1)*size.", d=-2, sd=0),
            F("REFUND-TWICE", "high", "bug", "Refund not idempotent", "Check refunded."),
            F("STACK-LEAK", "low", "security", "Stack traces in 500 responses", "Don't send err.stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Tankside codebase, an Express application that manages the feeding rota of
        a public aquarium and sells tickets for tank-side talks.

        ### Security

        The most serious problems are injection flaws reachable from HTTP requests and weaknesses in how keeper
        tokens are issued and checked.
        """,
        Block([
            F("DESK-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Desk Ticket Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `q` parameter is embedded in the SQL string inside an ILIKE pattern."),
            F("DESK-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against a list of allowed columns.", d=-2),
            F("ALERT-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Temperature Alert",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The temperature reading from the request body is placed into a shell command executed by `exec`."),
            F("CAM-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF in Camera Proxy",
              "Restrict the camera URL to a known host."),
            F("SCREEN-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS on Tank Screen",
              "HTML-encode the feeding note."),
            F("JWT-IGNORE-EXPIRATION", "HIGH", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove the `ignoreExpiration` option.", sd=-2, n=3),
            F("JWT-SECRET-FALLBACK", "HIGH", "Broken Authentication", "Hardcoded JWT Secret",
              "Load the secret from the environment and fail if missing."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Configuration",
              "Specify allowed origins."),
            F("CLAIM-TANK-UNCHECKED", "MEDIUM", "Broken Access Control", "Missing Authorization Check When Claiming Feedings",
              "Verify that the feeding's tank is in the keeper's `tanks` claim.", d=-3),
            F("TICKET-CODE-WEAK", "MEDIUM", "Insecure Randomness", "Predictable Ticket Codes",
              "Use `crypto.randomBytes`."),
            F("TICKET-LOOKUP-EMAIL", "MEDIUM", "Information Disclosure", "Ticket Lookup Exposes Buyer Email",
              "Do not return the email, or require the desk key.", d=+3),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ### Reliability and Logic
        """,
        Block([
            F("CLAIM-RACE", "MEDIUM", "Race Condition", "Race Condition in Feeding Claim",
              "Use an atomic conditional update.", sd=-2, n=3),
            F("FEED-NOT-FOUND", "MEDIUM", "Error Handling", "Unhandled Missing Feeding Record",
              "Check that the query returned a row."),
            F("FED-COUNT-LOST-UPDATE", "LOW", "Race Condition", "Non-Atomic Update of fedToday Counter",
              "Update the counter atomically.", d=-2,
              desc="The value is read before an `await` and written after it; concurrent requests overwrite each other's increments."),
            F("ALERT-ERROR-IGNORED", "MEDIUM", "Error Handling", "Alert Failures Are Silently Ignored",
              "Log errors from the `exec` callback and retry or escalate."),
            F("TICKET-QTY-UNVALIDATED", "HIGH", "Logic Error", "Ticket Quantity Not Validated",
              "Ensure quantity is a positive integer."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting routes into separate modules and adding request validation middleware such as zod."}),
            F("TICKET-OVERSELL-RACE", "HIGH", "Race Condition", "Ticket Overselling Under Concurrent Purchases",
              "Use a database transaction with locking.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("DESK-SQLI-Q", "high", "security", "sql injection in desk search", "bind q"),
            F("ALERT-CMD-INJECTION", "high", "security", "command injection in temperature alert", "execFile"),
            F("JWT-SECRET-FALLBACK", "medium", "security", "default jwt secret", "require env"),
            F("SCREEN-XSS", "medium", "", "xss in screen notes", "esc(note)"),
            F("TICKET-QTY-UNVALIDATED", "high", "bug", "negative ticket qty", "validate qty"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CLAIM-RACE", "medium", "bug", "double claim race", "conditional update", d=-1),
            F("TICKET-OVERSELL-RACE", "medium", "bug", "oversell race", "transaction", d=-2),
            F("REFUND-TWICE", "medium", "bug", "double refund", "check refunded"),
            F("ROTA-EIGHT-DAYS", "low", "bug", "rota one day too many", "d < ROTA_DAYS"),
            F("FEED-GRAMS-UNVALIDATED", "low", "bug", "grams not validated", "check number"),
            F("HISTORY-PAGE-OFFSET", "low", "bug", "history offset skips page 1", "(page-1)*size"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        Tankside (`src/server.ts`) is an Express + PostgreSQL service for an aquarium's feeding rota and talk
        tickets. I found 19 issues.

        1. Critical: SQL injection in desk search, command injection in the temperature alert.
        2. Major: JWT expiry, SSRF, XSS, CORS, concurrency in claims and ticket sales, refunds.
        3. Minor: rota and paging arithmetic, seat numbering, input validation.
        """,
        Block([
            F("DESK-SQLI-Q", "blocker", "security", "SQL injection in ticket search endpoint", "Use parameterized queries.", conf=0.9),
            F("ALERT-CMD-INJECTION", "blocker", "security", "Command injection via temperature value", "Avoid exec with user input.", conf=0.85),
            F("READING-NOT-NUMBER", "major", "correctness", "Temperature value not validated before comparison",
              "Parse and validate the number.", d=+1, conf=0.7),
            F("JWT-IGNORE-EXPIRATION", "major", "security", "Token expiration ignored", "Enforce exp.", conf=0.85),
            F("CORS-REFLECT", "major", "security", "CORS allows all origins with credentials", "Restrict origins.", conf=0.7),
            F("CAM-SSRF", "major", "security", "Server-side request forgery in camera endpoint", "Validate the URL.", d=-1, conf=0.8),
            F("SCREEN-XSS", "major", "security", "XSS in tank screen page", "Escape the note.", conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Race in feeding claim", "Use a conditional update.", conf=0.75),
            F("FED-COUNT-LOST-UPDATE", "minor", "concurrency", "Feed counter not updated atomically",
              "Use an atomic increment.", conf=0.6),
            F("FEED-NOT-FOUND", "major", "reliability", "Missing null check on feeding row", "Return 404.", conf=0.75),
            F("TICKET-QTY-UNVALIDATED", "major", "correctness", "Ticket quantity not validated", "Validate qty.", conf=0.85),
            F("TALK-STARTED-UNCHECKED", "minor", "correctness", "Sales not closed for past talks",
              "Check starts_at.", d=-1, conf=0.6),
            F("TICKET-CODE-WEAK", "minor", "security", "Weak random ticket code", "Use crypto random.", conf=0.65),
            F("TICKET-OVERSELL-RACE", "major", "concurrency", "Race condition causing ticket oversell", "Use a transaction.", conf=0.75),
            F("SEAT-FROM-ZERO", "minor", "correctness", "Off-by-one in seat numbering", "Start seats at 1.", conf=0.7),
            F("REFUND-TWICE", "major", "correctness", "Duplicate refunds possible", "Check the refunded flag.", d=-2, conf=0.8),
            F("REFUND-FLAG-BEFORE-PAYMENT", "minor", "reliability", "Refund flag set before payment refund",
              "Reorder the operations.", conf=0.6),
            F("ROTA-EIGHT-DAYS", "minor", "correctness", "Off-by-one in rota day loop", "Use < instead of <=.", d=+1, sd=0, conf=0.8),
            F("HISTORY-PAGE-OFFSET", "minor", "correctness", "Off-by-one in history pagination", "Use (page - 1).", conf=0.8),
        ], wrap="object+summary", summary="19 issues: 2 blocker, 10 major, 7 minor"),
    ]),
}

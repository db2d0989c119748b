"""test64/ts-donkeyrides: a seaside donkey-ride ticket kiosk (TypeScript, Express 4 + pg + jsonwebtoken). Frozen
test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only splits/README.md's general and test37 sections, the builders and tune2's py-snapctl spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test64: seeded problems in a small seaside donkey-ride ticket kiosk; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PR = "src/pricing.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "CORS reflects any origin with credentials"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as OperatorClaims | null;", "security",
                    "operator token decoded, never verified: anyone can forge an operator token",
                    "signature-vs-statement"),
    "TIDE-STAMPEDE": P(S, "const resp = await fetch(TIDE_URL);", "bug",
                       "expired tide cache refreshed by every concurrent request (no in-flight promise): duplicate fetches, "
                       "last writer wins", "critical-section"),
    "TIDE-UNCHECKED": P(S, "tideCache = { at: Date.now(), highWater: (await resp.json()).highWater };", "bug",
                        "tide response status and shape not checked: an error page or missing highWater breaks every sale"),
    "TIDE-WINDOW-AFTER-HW": P(S, "if (minutes > 0 && minutes < CLOSE_BEFORE_HIGH_MIN) return false;", "bug",
                              "closure window only before high water: rides are sold at and just after high tide"),
    "RIDER-LOOP-FIRST": P(S, "for (let i = 1; i < riders.length; i++) {", "bug",
                          "weight loop starts at 1: the first rider's weight is never checked", "off-by-one"),
    "RIDER-WEIGHT-MISSING": P(S, "if (riders[i].weightKg > MAX_RIDER_KG)", "bug",
                              "a missing or non-numeric weightKg compares false and passes the limit"),
    "PRICE-FROM-CLIENT": P(S, "const total = req.body.total ?? priceFor(riders);", "security",
                           "client-supplied total overrides the computed price"),
    "TICKET-CODE-WEAK": P(S, "const code = Math.random().toString(36).slice(2, 8).toUpperCase();", "security",
                          "ticket codes from Math.random, six characters: guessable, collisions not handled"),
    "SLOT-PAST": P(S, 'if (!slot) return res.status(404).json({ error: "no such slot" });', "bug",
                   "tickets sold for a slot that has already started or is on another day"),
    "SLOT-OVERSELL": P(S, "if (slot.sold + riders.length > slot.capacity)", "bug",
                       "capacity check, insert and sold update not in one transaction: concurrent sales oversell a slot",
                       "critical-section"),
    "TICKETS-ALL-ROWS": P(S, 'await db.query("SELECT code, slot_id, total_pence, refunded FROM tickets ORDER BY created_at DESC");', "performance",
                          "every ticket ever sold is loaded to serve one page (paging in memory)"),
    "TICKETS-SLICE-OBO": P(S, "res.json(rows.slice(page * size, page * size + size - 1));", "bug",
                           "slice end is exclusive: size - 1 drops the last row of every page", "off-by-one"),
    "PRINT-COPIES": P(S, "const copies = Number(req.query.copies ?? 1);", "bug",
                      "copies not validated: NaN, negative or thousands of copies sent to the printer"),
    "PRINT-ERROR-IGNORED": P(S, 'if (err) console.error("print failed", err.message);', "bug",
                             "print failures only logged: the client is told the ticket was queued either way"),
    "PRINT-INJECTION": P(S, "exec(`lp -d ${printer} -n ${copies}", "security",
                         "printer query value (and the code path segment) interpolated into a shell command",
                         "source-vs-sink"),
    "REFUND-AMOUNT": P(S, "const amount = Number(req.body.amount ?? t.total_pence);", "bug",
                       "refund amount from the body is not capped at what was paid"),
    "REFUND-TWICE": P(S, "UPDATE tickets SET refunded = true, refund_pence = $1 WHERE code = $2", "bug",
                      "already refunded tickets can be refunded again (and the slot's sold count drops twice)"),
    "DONKEY-REST-OBO": P(S, "if (state.rides > MAX_RIDES_BEFORE_REST)", "bug",
                         "> instead of >=: a donkey does seven rides before the rest rule stops it", "off-by-one"),
    "DONKEY-STATE-RACE": P(S, "INSERT INTO rides (donkey_id, operator, at)", "bug",
                           "ride count read before an await and written back after: concurrent rides are lost and the "
                           "rest check is passed twice", "critical-section"),
    "NOTE-NO-AUTH": P(S, 'await db.query("UPDATE donkeys SET note = $1 WHERE id = $2"', "security",
                      "note update route has no operator middleware: anyone can change the public board notes",
                      "signature-vs-statement"),
    "BOARD-XSS": P(S, "const items = rows.map((d) => `<li>${esc(d.name)}", "security",
                   "donkey note rendered into the board HTML unescaped (stored XSS)"),
    "TAKINGS-SQLI": P(S, "WHERE s.day BETWEEN '${from}' AND '${to}'", "security",
                      "from/to query values interpolated into the takings SQL", "source-vs-sink"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns messages and stack traces to clients"),
    "AGE-UNVALIDATED": P(PR, "if (r.age < 3) continue;", "bug",
                         "rider age never validated: a negative age rides free"),
    "FAMILY-DISCOUNT": P(PR, "if (riders.length >= FAMILY_MIN_RIDERS)", "bug",
                         "family discount counts free under-threes as paying riders"),
}

CONFUSABLE = [
    ("TIDE-STAMPEDE", "TIDE-UNCHECKED"),
    ("RIDER-LOOP-FIRST", "RIDER-WEIGHT-MISSING"),
    ("PRICE-FROM-CLIENT", "TICKET-CODE-WEAK"),
    ("SLOT-PAST", "SLOT-OVERSELL"),
    ("TICKETS-ALL-ROWS", "TICKETS-SLICE-OBO"),
    ("PRINT-COPIES", "PRINT-INJECTION"),
    ("PRINT-COPIES", "PRINT-ERROR-IGNORED"),
    ("REFUND-AMOUNT", "REFUND-TWICE"),
    ("DONKEY-REST-OBO", "DONKEY-STATE-RACE"),
    ("AGE-UNVALIDATED", "FAMILY-DISCOUNT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts` and `src/pricing.ts` of the donkey-ride kiosk.

        **Summary**

        1. Operator authentication is broken: `operator` uses `jwt.decode`, so any self-made token passes.
        2. Three injection points: the print command, the takings report and the board HTML.
        3. Money: the client can set its own ticket total, refunds are neither capped nor idempotent.
        4. Shared state: slot capacity, the donkey ride counter and the tide cache all have check-then-act gaps
           across an `await`.
        5. Smaller validation and paging bugs.

        What is fine: `adminOnly` fails closed when `KIOSK_ADMIN_KEY` is unset and checks the length before
        `timingSafeEqual`; `/slots` and `/tickets/:code` use bound parameters; the board escapes the donkey name;
        the JSON body is capped at 32 kB.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`operator` middleware never verifies the JWT signature",
              "Use `jwt.verify(token, secret, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="operator", conf=0.95),
            F("PRINT-INJECTION", "critical", "security", "Shell injection through `printer` in the print route",
              "Use `execFile(\"lp\", [\"-d\", printer, ...])` and validate `printer` against the configured printers.",
              symbol="POST /tickets/:code/print", conf=0.9),
            F("TAKINGS-SQLI", "high", "security", "Takings report builds SQL from `from`/`to`",
              "Pass them as `$1`/`$2` parameters.", symbol="GET /reports/takings", conf=0.9),
            F("BOARD-XSS", "high", "security", "Donkey note is rendered unescaped on `/board`",
              "Wrap `d.note` in `esc()` like the name.", symbol="GET /board", conf=0.9),
            F("NOTE-NO-AUTH", "high", "security", "`PUT /donkeys/:id/note` is unauthenticated",
              "Add the `operator` middleware; together with the unescaped note this is stored XSS for anyone.",
              symbol="PUT /donkeys/:id/note", conf=0.85),
            F("PRICE-FROM-CLIENT", "critical", "security", "Ticket price can be set by the client",
              "Ignore `req.body.total`; always compute the price server-side.", symbol="POST /tickets", conf=0.9),
            F("TICKET-CODE-WEAK", "medium", "security", "Ticket codes come from `Math.random`",
              "Use `crypto.randomBytes` and a unique constraint with retry.", symbol="POST /tickets", conf=0.7),
            F("REFUND-AMOUNT", "high", "bug", "Refund amount is not capped",
              "Clamp `amount` to `0..t.total_pence`.", symbol="POST /tickets/:code/refund", conf=0.85),
            F("REFUND-TWICE", "high", "bug", "A ticket can be refunded twice",
              "Refuse when `t.refunded`, or `UPDATE ... WHERE code = $2 AND NOT refunded` and check `rowCount`.",
              symbol="POST /tickets/:code/refund", conf=0.85),
            F("ERROR-STACK", "medium", "security", "Stack traces returned to clients",
              "Log the error and send a generic message.", conf=0.8),
            F("CORS-ANY-ORIGIN", "low", "security", "CORS reflects every origin with credentials",
              "List the kiosk and office origins explicitly.", conf=0.6),
        ]),
        "Correctness and concurrency:",
        Block([
            F("RIDER-LOOP-FIRST", "high", "bug", "Weight check skips the first rider",
              "Start the loop at `i = 0` (or use `riders.find`).", symbol="POST /tickets", conf=0.9),
            F("RIDER-WEIGHT-MISSING", "medium", "bug", "Missing `weightKg` passes the weight limit",
              "Require `Number.isFinite(r.weightKg) && r.weightKg > 0` before comparing.", symbol="POST /tickets", conf=0.75),
            F("SLOT-OVERSELL", "high", "bug", "Slot capacity can be oversold",
              "Do `UPDATE slots SET sold = sold + $1 WHERE id = $2 AND sold + $1 <= capacity RETURNING id` in a transaction with the insert.",
              n=3, symbol="POST /tickets", conf=0.85),
            F("DONKEY-STATE-RACE", "medium", "bug", "Donkey ride counter is updated from a stale read",
              "Read and write `donkeyState` without an `await` in between, or keep the count in the database.",
              d=-2, sd=-2, n=3, symbol="POST /donkeys/:id/ride", conf=0.75),
            F("DONKEY-REST-OBO", "medium", "bug", "Rest rule allows one ride too many",
              "Use `state.rides >= MAX_RIDES_BEFORE_REST`.", symbol="POST /donkeys/:id/ride", conf=0.8),
            F("TIDE-STAMPEDE", "low", "performance", "Tide cache refresh is not de-duplicated",
              "Cache the in-flight promise so concurrent requests share one fetch.", d=-1, n=3,
              symbol="currentTide", conf=0.6),
            F("TIDE-UNCHECKED", "medium", "bug", "Tide fetch result is trusted blindly",
              "Check `resp.ok` and that `highWater` is an array; keep the old cache on failure.",
              symbol="currentTide", conf=0.7),
            F("TIDE-WINDOW-AFTER-HW", "medium", "bug", "Beach stays open at and right after high water",
              "Close for a window on both sides of high water (`Math.abs(minutes) < CLOSE_BEFORE_HIGH_MIN`).",
              symbol="beachOpen", conf=0.55),
            F("TICKETS-SLICE-OBO", "medium", "bug", "Ticket list pages are one short",
              "`slice(page * size, (page + 1) * size)`.", symbol="GET /tickets", conf=0.85),
            F("TICKETS-ALL-ROWS", "low", "performance", "Ticket list pages in memory",
              "Use `LIMIT`/`OFFSET` in the query.", symbol="GET /tickets", conf=0.7),
            F("PRINT-ERROR-IGNORED", "low", "bug", "Print route reports success before `lp` has run",
              "Await the child (promisified `execFile`) and return 502 when printing fails.",
              symbol="POST /tickets/:code/print", conf=0.6),
            F("FAMILY-DISCOUNT", "low", "bug", "Family discount counts free babies",
              "Count paying riders (`age >= 3`) for the threshold.", path="rel", symbol="priceFor", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "operator(): jwt.decode without verify", "jwt.verify with secret.", d=-2),
            F("PRINT-INJECTION", "critical", "security", "Command injection via ?printer in lp exec",
              "execFile + allowlist.", d=-2),
            F("TAKINGS-SQLI", "high", "security", "SQL injection in /reports/takings (from/to)", "Parameterize.", d=-3),
            F("NOTE-NO-AUTH", "high", "security", "PUT /donkeys/:id/note missing auth middleware", "Add operator.", d=-2),
            F("BOARD-XSS", "medium", "security", "Unescaped note in /board HTML", "esc(d.note)."),
            F("PRICE-FROM-CLIENT", "high", "security", "Client controls ticket total", "Compute server-side."),
            F("REFUND-AMOUNT", "high", "bug", "Refund amount from body not bounded", "Cap at total_pence."),
            F("RIDER-LOOP-FIRST", "high", "bug", "riders[0] weight never checked", "i = 0.", d=+1),
            F("SLOT-OVERSELL", "medium", "bug", "Oversell: capacity check not atomic with insert/update",
              "Transaction + conditional update.", d=-2),
            F("DONKEY-REST-OBO", "low", "bug", "Rest limit check uses >", ">=."),
            F("DONKEY-STATE-RACE", "medium", "bug", "donkeyState lost update across await", "Atomic counter in DB.", d=+1),
            F("TIDE-UNCHECKED", "medium", "bug", "resp.ok not checked before using tide JSON", "Handle non-2xx."),
            F("TICKETS-SLICE-OBO", "low", "bug", "Pagination returns size-1 rows", "End index (page+1)*size.", d=-2),
            F("PRINT-ERROR-IGNORED", "low", "bug", "exec error only logged; response always queued:true", "Await exec.", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the donkey-ride ticket kiosk, an Express application backed by PostgreSQL.

        ## Overview

        The application sells ride tickets, tracks donkey welfare (rides before rest), checks tide times and
        prints tickets. Several security-critical flaws exist in authentication and in how user input reaches
        the shell, SQL and HTML.

        ## Security Findings
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the token; forged tokens with `role: operator` are accepted."),
            F("PRINT-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Ticket Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("TAKINGS-SQLI", "HIGH", "SQL Injection", "SQL Injection in Takings Report",
              "Use parameterized queries.", sd=-1, n=2),
            F("BOARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS on the Public Board",
              "Escape the note with `esc`."),
            F("NOTE-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Donkey Note Update",
              "Require operator authentication.", sd=-2, n=3),
            F("PRICE-FROM-CLIENT", "HIGH", "Business Logic", "Client-Controlled Ticket Price",
              "Never trust a price sent by the client."),
            F("TICKET-CODE-WEAK", "MEDIUM", "Insecure Randomness", "Predictable Ticket Codes",
              "Use `crypto.randomUUID()` or `randomBytes`."),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Leaked in Error Responses",
              "Return a generic error message."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict allowed origins."),
        ], wrap="list"),
        """
        ## Logic and Reliability Findings
        """,
        Block([
            F("RIDER-LOOP-FIRST", "HIGH", "Logic Error", "First Rider Skipped in Weight Validation",
              "Start the loop index at 0.", sd=-2, n=3,
              desc="The loop begins at index 1, so a single heavy rider is never checked."),
            F("SLOT-OVERSELL", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use a transaction with row locking.", d=+1, sd=-1, n=3),
            F("DONKEY-STATE-RACE", "MEDIUM", "Race Condition", "Donkey Ride Counter Race",
              "Avoid awaiting between reading and writing the counter."),
            F("DONKEY-REST-OBO", "MEDIUM", "Animal Welfare", "Rest Limit Allows Extra Ride",
              "Use `>=` in the comparison.", sd=-1, n=2),
            U({"severity": "INFO", "category": "Style", "description": "Inconsistent use of arrow functions and function declarations."}),
            F("REFUND-TWICE", "MEDIUM", "Logic Error", "Duplicate Refunds Possible",
              "Check the `refunded` flag first.", sd=-2, n=3),
            F("TIDE-STAMPEDE", "LOW", "Race Condition", "Concurrent Tide Cache Refreshes",
              "Share one pending refresh promise.", d=+1, sd=-1, n=3),
            F("TIDE-UNCHECKED", "MEDIUM", "Error Handling", "Tide API Errors Not Handled",
              "Check `resp.ok` and validate the payload."),
            F("PRINT-COPIES", "LOW", "Input Validation", "Unbounded Print Copies",
              "Limit copies to a small integer range."),
            F("TICKETS-SLICE-OBO", "LOW", "Logic Error", "Pagination Drops One Ticket Per Page",
              "Remove `- 1` from the slice end.", sd=-2, n=3),
            F("AGE-UNVALIDATED", "LOW", "Input Validation", "Rider Age Not Validated",
              "Reject negative or missing ages.", path="abs"),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "high", "security", "jwt decoded not verified", "use jwt.verify"),
            F("PRICE-FROM-CLIENT", "high", "security", "client can send its own total", "ignore body.total"),
            F("RIDER-LOOP-FIRST", "medium", "bug", "first rider weight unchecked", "start at 0"),
            F("SLOT-PAST", "medium", "", "can buy tickets for slots already gone", "check slot start > now"),
            F("PRINT-INJECTION", "high", "security", "shell injection in lp call", "execFile"),
            F("REFUND-AMOUNT", "medium", "bug", "refund amount unchecked", "cap it"),
            F("BOARD-XSS", "medium", "security", "xss in board note", "escape note"),
            F("TAKINGS-SQLI", "high", "security", "sql injection in takings", "params"),
            F("ERROR-STACK", "low", "security", "stack leaked", "hide it"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        Summary:
        1. Authentication: operator JWTs are not verified (blocker).
        2. Injection: shell command in printing, SQL in the takings report, XSS on the board (blocker/major).
        3. Payments: client-side price, uncapped and repeatable refunds (major).
        4. Concurrency: slot overselling, donkey counter, tide cache (major/minor).
        5. Validation and pagination (minor).
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT not verified in operator middleware",
              "Use jwt.verify.", conf=0.95),
            F("PRINT-INJECTION", "blocker", "security", "Command injection in print endpoint",
              "Avoid exec with interpolated input.", conf=0.9),
            F("TAKINGS-SQLI", "blocker", "security", "SQL injection in takings report",
              "Use query parameters.", d=-1, conf=0.9),
            F("BOARD-XSS", "major", "security", "Cross-site scripting via donkey note", "Escape output.", conf=0.8),
            F("PRICE-FROM-CLIENT", "major", "security", "Ticket total accepted from request body",
              "Compute price on server.", conf=0.85),
            F("TICKET-CODE-WEAK", "minor", "security", "Weak random ticket code", "Use crypto RNG.", conf=0.6),
            F("REFUND-AMOUNT", "major", "correctness", "Refund can exceed ticket price", "Validate amount.", conf=0.8),
            F("REFUND-TWICE", "major", "correctness", "Ticket can be refunded multiple times",
              "Check refunded flag.", conf=0.8),
            F("SLOT-OVERSELL", "major", "concurrency", "Overselling slots under concurrent purchases",
              "Use a transaction.", d=+3, conf=0.8),
            F("DONKEY-STATE-RACE", "major", "concurrency", "Lost updates to donkey ride count",
              "Use atomic DB counter.", conf=0.7),
            F("DONKEY-REST-OBO", "minor", "correctness", "Off-by-one in donkey rest limit",
              "Use >=.", d=-1, conf=0.7),
            F("TIDE-STAMPEDE", "minor", "performance", "Thundering herd on tide cache expiry",
              "Deduplicate refresh.", conf=0.6),
            F("RIDER-LOOP-FIRST", "major", "correctness", "Rider validation loop skips index 0",
              "Iterate from 0.", d=+1, conf=0.85),
            F("RIDER-WEIGHT-MISSING", "minor", "correctness", "Weight limit bypassed when weight is missing",
              "Validate weightKg is a number.", anchor="for (let i = 1; i < riders.length; i++) {", conf=0.6),
            F("PRINT-COPIES", "minor", "reliability", "Copies parameter not validated", "Clamp copies.", conf=0.6),
            F("TICKETS-ALL-ROWS", "minor", "performance", "Ticket listing loads all rows", "Paginate in SQL.", conf=0.7),
            F("TICKETS-SLICE-OBO", "minor", "correctness", "Slice end off by one", "Remove -1.", conf=0.7),
            F("ERROR-STACK", "major", "security", "Stack trace exposure", "Hide stack in production.", conf=0.8),
            F("FAMILY-DISCOUNT", "minor", "correctness", "Family discount counts infants",
              "Count only paying riders.", conf=0.5),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 9 major, 7 minor"),
    ]),
}

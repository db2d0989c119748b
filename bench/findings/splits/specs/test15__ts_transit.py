"""test15/ts-transit: a transit agency rider API (TypeScript, Express + pg). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any other
split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test15: seeded problems in a small public-transit rider API; five agents' answers written by hand."
)

S = "src/server.ts"
FA = "src/fares.ts"
V = "src/vehicles.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "transit-dev-secret";', "security", "JWT secret falls back to a constant in the source"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Rider | null;", "security", "auth uses jwt.decode, which does not verify the signature: anyone can mint an ops token", "signature-vs-statement"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id, role: rows[0].role }, JWT_SECRET);", "security", "extra, one agent: login tokens are signed without expiresIn and never expire"),
    "STOPS-SQLI-MODE": P(S, "WHERE mode = '${mode}' AND name ILIKE $1", "security", "mode query value interpolated into the SQL text", "source-vs-sink"),
    "STOPS-LIMIT-UNBOUNDED": P(S, "WHERE mode = '${mode}' AND name ILIKE $1", "bug", "extra, one agent: limit is Number(query) with no bound: NaN gives a SQL error, a huge value dumps the table"),
    "CARD-IDOR": P(S, '"SELECT card_id, rider_id, balance_cents, concession FROM cards WHERE card_id = $1", [req.params.cardId]);', "security", "any logged-in rider reads any card's balance and rider id: no ownership check", "signature-vs-statement"),
    "TRIPS-PAGE-OFFSET": P(S, "[rider.id, perPage, page * perPage],", "bug", "page starts at 1 but OFFSET is page * perPage: the newest 25 trips are never shown", "off-by-one"),
    "CONCESSION-SELF-GRANT": P(S, 'await db.query("UPDATE cards SET concession = $1, proof_url = $2', "security", "a rider grants themselves a concession fare: no review of the proof, no ops approval"),
    "CONCESSION-ANY-CARD": P(S, 'await db.query("UPDATE cards SET concession = $1, proof_url = $2', "security", "concession set on any card id: no check that the card belongs to the caller"),
    "TAPS-NO-AUTH": P(S, 'app.post("/taps", async (req, res) => {', "security", "tap endpoint has no validator authentication: anyone can charge any card"),
    "TAPS-CLIENT-TIME": P(S, "const at = new Date(req.body.at ?? Date.now());", "security", "tap time comes from the request body: backdated taps dodge the cap day and the transfer window"),
    "AVL-EMPTY-TOKEN": P(S, 'if (req.headers["x-avl-token"] != AVL_TOKEN) return res.status(401).end();', "security", "AVL_TOKEN defaults to empty: an empty header is accepted and anyone can inject vehicle positions"),
    "ALERTS-XSS-ROUTE": P(S, "res.send(`<h1>Service alerts for ${route}</h1><ul>${items}</ul>`);", "security", "route query value reflected into HTML unescaped", "source-vs-sink"),
    "ALERTS-STORED-XSS": P(S, "const items = rows.map((a) => `<li><b>${a.title}</b> ${a.body}</li>`).join(\"\");", "security", "alert title/body rendered as HTML unescaped (stored XSS)"),
    "GTFS-CMD-INJECTION": P(S, 'execFile("sh", ["-c", `gtfs-export --feed ${feed}', "security", "feed query value inside an sh -c string: command injection despite execFile", "source-vs-sink"),
    "GTFS-TMP-SHARED": P(S, 'res.download("/tmp/gtfs-export.zip");', "bug", "every export writes and serves one fixed /tmp path: concurrent exports overwrite each other and serve the wrong feed"),
    "TOPUP-AMOUNT": P(FA, "if (amountCents > MAX_TOPUP_CENTS) throw", "security", "only the upper bound is checked: negative or NaN top-ups are accepted", "signature-vs-statement"),
    "TOPUP-RACE": P(FA, "const balance = rows[0].balance_cents + amountCents;", "bug", "balance read, added in JS and written back across awaits: concurrent top-ups or taps lose updates", "critical-section"),
    "TOPUP-PAYMENT-UNVERIFIED": P(FA, 'await db.query("INSERT INTO topups (card_id, amount_cents, payment_ref)', "security", "paymentRef is stored but never verified with the payment provider or checked for reuse: free credit"),
    "CAP-UTC-DAY": P(FA, "const day = at.toISOString().slice(0, 10);", "bug", "fare-cap day is the UTC date, not the local service day"),
    "CAP-OFF-BY-ONE": P(FA, "const capped = state.rides > PAID_RIDES_PER_DAY;", "bug", "> instead of >=: a fourth ride is charged before the cap applies", "off-by-one"),
    "INSUFFICIENT-BALANCE": P(FA, "if (rows[0].balance_cents < fare) {", "bug", "a short balance is only logged; the fare is still deducted and the card goes negative"),
    "TAP-RACE": P(FA, 'await db.query("UPDATE cards SET balance_cents = balance_cents - $1', "bug", "day state read before the awaits and updated after: two quick taps are both charged, transfer and cap skipped", "critical-section"),
    "TAP-STATE-UNBOUNDED": P(FA, "today.set(`${cardId}:${day}`, state);", "performance", "the per-card-per-day map is never pruned: grows forever"),
    "INGEST-OFF-BY-ONE": P(V, "for (let i = 0; i <= batch.length; i++) {", "bug", "<= reads batch[length]: p is undefined and the handler throws on every batch", "off-by-one"),
    "STALE-POSITIONS": P(V, "positions.set(p.tripId, p);", "bug", "positions are never expired: finished trips keep their last delay and the map grows"),
}

CONFUSABLE = [
    ("STOPS-SQLI-MODE", "STOPS-LIMIT-UNBOUNDED"),
    ("CONCESSION-SELF-GRANT", "CONCESSION-ANY-CARD"),
    ("TAPS-NO-AUTH", "TAPS-CLIENT-TIME"),
    ("ALERTS-XSS-ROUTE", "ALERTS-STORED-XSS"),
    ("GTFS-CMD-INJECTION", "GTFS-TMP-SHARED"),
    ("TOPUP-AMOUNT", "TOPUP-RACE"),
    ("TOPUP-RACE", "TOPUP-PAYMENT-UNVERIFIED"),
    ("CAP-UTC-DAY", "CAP-OFF-BY-ONE"),
    ("INSUFFICIENT-BALANCE", "TAP-RACE"),
    ("TAP-RACE", "TAP-STATE-UNBOUNDED"),
    ("INGEST-OFF-BY-ONE", "STALE-POSITIONS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The rider API has one problem that undermines everything else: `auth` decodes JWTs without
        verifying them, so any caller can present `{"role": "ops"}` and reach the operations endpoints,
        one of which runs a shell command built from the query string. Below that, the money paths
        (top-up and tap charging) are racy and under-validated.

        Priorities:
        1. Verify tokens (`jwt.verify`) and remove the fallback secret.
        2. Fix the injection sinks: stop search SQL, GTFS export shell, alerts HTML.
        3. Make top-ups and tap charging atomic in the database, and validate amounts.
        4. Authorisation on card endpoints and validator authentication on `/taps`.
        5. The smaller correctness bugs (trip paging, cap threshold, AVL ingest loop).
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`auth` accepts unsigned/forged JWTs (`jwt.decode` instead of `jwt.verify`)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="auth", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is missing.", symbol="JWT_SECRET", conf=0.85),
            F("STOPS-SQLI-MODE", "critical", "security", "SQL injection via `mode` in `GET /stops/search`",
              "Pass `mode` as a bind parameter like `q`.", symbol="GET /stops/search", conf=0.9),
            F("CARD-IDOR", "high", "security", "`GET /cards/:cardId` returns any rider's card",
              "Add `AND rider_id = $2` with the caller's id (ops excepted).", d=-1, n=2,
              symbol="GET /cards/:cardId", conf=0.85),
            F("TRIPS-PAGE-OFFSET", "medium", "bug", "Trip history skips the first page",
              "`OFFSET (page - 1) * perPage`; page 1 currently starts at row 25.", symbol="GET /me/trips", conf=0.85),
            F("CONCESSION-SELF-GRANT", "high", "security", "Riders can grant themselves concession fares",
              "Store the request as pending and let ops approve it after checking the proof.",
              symbol="POST /cards/:cardId/concession", conf=0.8),
            F("TAPS-NO-AUTH", "high", "security", "`POST /taps` is unauthenticated",
              "Authenticate validators (mTLS or a per-device key); today anyone can drain any card by posting taps.",
              symbol="POST /taps", conf=0.8),
            F("ALERTS-XSS-ROUTE", "high", "security", "Reflected XSS: `route` is written into the alerts page",
              "Escape all interpolated values (or render with a template engine that escapes by default).",
              symbol="GET /alerts", conf=0.85),
            F("ALERTS-STORED-XSS", "medium", "security", "Alert title and body are inserted as raw HTML",
              "Escape them as well; ops-authored text is still untrusted input for the public page.",
              symbol="GET /alerts", conf=0.7),
            F("GTFS-CMD-INJECTION", "critical", "security", "Command injection in the GTFS export (`sh -c` with `feed`)",
              "Call `execFile(\"gtfs-export\", [\"--feed\", feed, \"--out\", out])` directly and validate `feed`.",
              symbol="GET /ops/gtfs-export", conf=0.9),
            F("TOPUP-AMOUNT", "high", "security", "Top-up amount has no lower bound",
              "Require `Number.isInteger(amountCents) && amountCents > 0`.", symbol="topUpCard", conf=0.85),
            F("TOPUP-RACE", "high", "bug", "Top-up is a read-modify-write across two queries",
              "Do it in one statement: `UPDATE cards SET balance_cents = balance_cents + $1 ... RETURNING balance_cents`, inside a transaction with the `topups` insert.",
              d=-1, n=3, symbol="topUpCard", conf=0.85),
            F("TOPUP-PAYMENT-UNVERIFIED", "high", "security", "`paymentRef` is trusted without checking the payment",
              "Confirm the payment with the provider and make `payment_ref` unique before crediting.",
              symbol="topUpCard", conf=0.75),
            F("CAP-OFF-BY-ONE", "medium", "bug", "Daily cap kicks in one ride late",
              "`state.rides >= PAID_RIDES_PER_DAY`; with `>` the fourth ride is charged.", symbol="chargeTap", conf=0.8),
            F("TAP-RACE", "medium", "bug", "Concurrent taps both pass the cap/transfer checks",
              "The in-memory day state is updated only after two awaits; keep the state in the database and update it atomically with the charge.",
              d=+1, symbol="chargeTap", conf=0.7),
            F("INGEST-OFF-BY-ONE", "medium", "bug", "`ingestPositions` iterates one past the end of the batch",
              "Use `i < batch.length` (or `for (const p of batch)`).", symbol="ingestPositions", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts - 12 findings, highest severity first.",
        Block([
            F("JWT-DECODE", "critical", "security", "auth middleware never verifies the JWT", "jwt.verify with a pinned algorithm.", d=-2),
            F("STOPS-SQLI-MODE", "critical", "security", "req.query.mode concatenated into SQL", "$2 placeholder.", d=-3),
            F("STOPS-LIMIT-UNBOUNDED", "low", "bug", "limit unvalidated (NaN -> 500, no max)", "clamp 1..100.", d=-2),
            F("CARD-IDOR", "high", "security", "card lookup lacks ownership check", "filter by rider_id.", d=-2),
            F("CONCESSION-ANY-CARD", "high", "security", "concession update on arbitrary card_id", "check card ownership."),
            F("TAPS-CLIENT-TIME", "medium", "security", "tap timestamp client-controlled", "use server time."),
            F("GTFS-CMD-INJECTION", "critical", "security", "shell injection through ?feed=", "no sh -c; validate feed.", d=-1),
            F("TOPUP-AMOUNT", "high", "bug", "topUpCard accepts negative amounts", "reject <= 0 / non-integer.", d=-1),
            F("TOPUP-RACE", "high", "bug", "lost update on balance (no transaction / row lock)", "single UPDATE ... + $1.", d=+1),
            F("INSUFFICIENT-BALANCE", "medium", "bug", "tap charged even when balance < fare", "deny the tap or allow a bounded overdraft."),
            F("CAP-UTC-DAY", "low", "bug", "cap day computed in UTC", "use the agency time zone."),
            F("INGEST-OFF-BY-ONE", "medium", "bug", "TypeError on batch[batch.length]", "i < batch.length.", d=+2),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the transit rider API. It is an Express application backed by PostgreSQL that
        handles stored-value fare cards, taps from on-board validators and real-time vehicle positions.

        ## Key Findings

        ### Authentication and Authorization
        The JWT handling is fundamentally broken, and several endpoints that move money or change fare
        entitlements can be called without proper checks.

        ### Injection
        Both the alerts page and the GTFS export pass request input to dangerous sinks.

        ### Fare Logic and Concurrency
        Balance updates are not atomic and the daily cap logic has edge-case errors.

        Here is the full list:
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only base64-decodes the token. An attacker can craft a token with `role: ops`."),
            F("TOKEN-NO-EXPIRY", "Medium", "Broken Authentication", "Tokens Never Expire",
              "Set `expiresIn` when signing."),
            F("ALERTS-XSS-ROUTE", "High", "Cross-Site Scripting", "Reflected XSS in Alerts Page",
              "HTML-encode the `route` parameter before output.", d=-3),
            F("GTFS-CMD-INJECTION", "Critical", "Command Injection", "Command Injection in GTFS Export",
              "Do not invoke a shell; pass arguments as an array.", d=+1, sd=0),
            F("AVL-EMPTY-TOKEN", "High", "Broken Authentication", "AVL Feed Accepts Empty Token",
              "Require `AVL_TOKEN` to be set and compare with `crypto.timingSafeEqual`."),
            F("TAPS-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Tap Endpoint",
              "Authenticate the validators."),
            F("CONCESSION-SELF-GRANT", "High", "Business Logic", "Self-Service Concession Fares",
              "Require approval before a concession takes effect."),
            F("TOPUP-PAYMENT-UNVERIFIED", "Critical", "Business Logic", "Top-Up Credited Without Payment Verification",
              "Verify `paymentRef` against the payment provider."),
            F("TOPUP-RACE", "High", "Race Condition", "Race Condition in Card Top-Up",
              "Use an atomic UPDATE or `SELECT ... FOR UPDATE` in a transaction."),
            U({"severity": "Low", "category": "Code Quality", "description": "Use of `any` casts for the request object weakens type safety."}),
            F("TAP-RACE", "High", "Race Condition", "Double Charging on Concurrent Taps",
              "Serialize taps per card.",
              desc="The day state is read before the database calls and written after them, so two taps that arrive together are both charged the full fare."),
            F("CAP-OFF-BY-ONE", "Medium", "Business Logic", "Daily Fare Cap Applied After Too Many Rides",
              "Compare with `>=`.", d=+2),
            F("TAP-STATE-UNBOUNDED", "Low", "Resource Management", "Unbounded Growth of In-Memory Tap State",
              "Evict entries for past days."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("JWT-DECODE", "critical", "security", "jwt.decode does not verify", "jwt.verify"),
            F("STOPS-SQLI-MODE", "high", "security", "sql injection in stop search (mode)", "parameterize"),
            F("CARD-IDOR", "high", "security", "any card readable by any rider", "check rider_id", d=+2),
            F("GTFS-CMD-INJECTION", "critical", "security", "shell injection in gtfs export", "execFile without sh -c"),
            F("TOPUP-AMOUNT", "high", "", "negative top-up accepted", "amount > 0"),
            F("INGEST-OFF-BY-ONE", "medium", "bug", "loop runs one past end (<=)", "<"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection in stop search; authorization gaps on cards and taps.
        2. Non-atomic balance updates in top-up and tap charging.
        3. Fare logic errors (cap day, trip paging) and AVL ingest bugs.
        4. Operational issues in the GTFS export.
        """,
        Block([
            F("STOPS-SQLI-MODE", "blocker", "security", "SQL injection through mode parameter",
              "Use parameterized query for mode.", conf=0.9),
            F("CARD-IDOR", "major", "security", "Missing ownership check when reading card details",
              "Verify the card belongs to the rider.", conf=0.8),
            F("TRIPS-PAGE-OFFSET", "minor", "correctness", "Pagination offset skips the first page of trips",
              "Use (page - 1) * perPage.", d=-1, conf=0.8),
            F("CONCESSION-ANY-CARD", "major", "security", "Concession can be changed on cards of other riders",
              "Check ownership before the update.", conf=0.75),
            F("TAPS-NO-AUTH", "major", "security", "Tap endpoint is not authenticated",
              "Require validator credentials.", conf=0.8),
            F("AVL-EMPTY-TOKEN", "major", "security", "Empty default AVL token allows position spoofing",
              "Fail when AVL_TOKEN is not configured.", conf=0.7),
            F("GTFS-TMP-SHARED", "minor", "concurrency", "Concurrent GTFS exports share one temp file",
              "Use a unique temporary path per request.", conf=0.7),
            F("TOPUP-AMOUNT", "major", "correctness", "Top-up amount not validated for negative values",
              "Validate amount > 0.", conf=0.8),
            F("TOPUP-RACE", "major", "data-loss", "Concurrent top-ups overwrite each other's balance",
              "Increment in SQL within a transaction.", d=+1, conf=0.8),
            F("TAP-RACE", "major", "concurrency", "Ride counter updated after await (race between taps)",
              "Keep per-card state consistent under concurrency.", d=+1, conf=0.7),
            F("CAP-UTC-DAY", "minor", "correctness", "Daily cap uses UTC date instead of local service day",
              "Compute the day in the agency time zone.", conf=0.7),
            F("INGEST-OFF-BY-ONE", "major", "correctness", "Array read out of bounds in ingestPositions",
              "Loop while i < batch.length.", d=+1, conf=0.85),
            F("STALE-POSITIONS", "minor", "resource-leak", "Vehicle positions never expire",
              "Drop positions older than a few minutes.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 1 blocker, 8 major, 4 minor"),
    ]),
}

"""test85/ts-singbooth: a karaoke bar's booth rentals (TypeScript, Express 4 + pg). Frozen test split; labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test85: seeded problems in a karaoke bar's booth-rental service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security",
                        "bearer token also accepted from ?token= (ends up in logs, history, Referer)"),
    "JWT-DECODE-NOT-VERIFY": P(S, "const claims = token ? (jwt.decode(token) as Claims | null) : null;", "security",
                               "jwt.decode does not check the signature: anyone can forge a customer", "signature-vs-statement"),
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                      "CORS reflects any origin with credentials allowed"),
    "BOOTH-CACHE-STAMPEDE": P(S, 'await pool.query<Booth>("SELECT id, name, capacity, rate_pence, sound_card FROM booths', "performance",
                              "cache miss is not shared: concurrent requests after expiry all query and overwrite boothCache",
                              "critical-section"),
    "FREE-LAST-SLOT": P(S, "for (let h = OPEN_HOUR; h < CLOSE_HOUR - hours; h++) {", "bug",
                        "< instead of <=: the last start time that still ends by closing is never offered", "off-by-one"),
    "HOURS-UNCHECKED": P(S, "const endAt = new Date(startAt.getTime() + hours * 3_600_000);", "bug",
                         "hours from the body not validated: zero, negative or fractional hours give odd bookings and prices"),
    "START-UNCHECKED": P(S, "const startAt = new Date(start);", "bug",
                         "start not validated: an invalid date or a start in the past is booked"),
    "DOUBLE-BOOKING-RACE": P(S, 'if (clash.rowCount) return res.status(409).json({ error: "booth already taken" });', "bug",
                             "clash check and INSERT are separate, without a transaction or exclusion constraint: two bookings for one slot",
                             "critical-section"),
    "HAPPY-HOUR-BOUNDARY": P(S, "startAt.getHours() <= HAPPY_HOUR_END", "bug",
                             "<= lets bookings starting 20:00-20:59 have the happy-hour discount (ends at 20:00)", "off-by-one"),
    "NIGHT-TOTAL-LOST-UPDATE": P(S, "const current = rows.length ? Number(rows[0].total_pence) : 0;", "bug",
                                 "read total, then write total + price across an await: concurrent bookings lose takings",
                                 "critical-section"),
    "NIGHT-KEY-UTC": P(S, "const night = new Date().toISOString().slice(0, 10);", "bug",
                       "the night is keyed by the UTC calendar date: bookings after midnight count towards the next night"),
    "BOOKING-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);', "security",
                      "GET /bookings/:id has no authentication or ownership check", "signature-vs-statement", nth=0),
    "BOOKING-DETAIL-OVERSHARE": P(S, "res.json(rows[0]);", "security",
                                  "returns the whole row, customer phone and id included"),
    "CANCEL-NOT-OWNER": P(S, "const booking = rows[0];", "security",
                          "cancel never compares booking.customer_id with the signed-in customer: anyone cancels anyone's booking"),
    "CANCEL-TWICE": P(S, "UPDATE bookings SET status = 'cancelled', refund_pence = $2 WHERE id = $1", "bug",
                      "status not checked: cancelling an already cancelled booking refunds again"),
    "CANCEL-PAST-REFUND": P(S, "const refund = hoursAhead >= 24 ? booking.price_pence : Math.floor(booking.price_pence / 2);", "bug",
                            "a booking whose time has passed (hoursAhead < 0) is still refunded half"),
    "QUEUE-CAP": P(S, "if (queue.length > MAX_QUEUE)", "bug",
                   "> instead of >=: the queue takes MAX_QUEUE + 1 songs", "off-by-one"),
    "QUEUE-ANY-BOOTH": P(S, "const boothId = Number(req.params.id);", "security",
                         "any signed-in customer can queue songs on any booth, not only the one they booked"),
    "SONGS-SQLI-Q": P(S, "WHERE title ILIKE '%${q}%' OR artist ILIKE '%${q}%'", "security",
                      "q interpolated into the song search SQL", "source-vs-sink"),
    "SONGS-SQLI-LIMIT": P(S, "WHERE title ILIKE '%${q}%' OR artist ILIKE '%${q}%'", "security",
                          "limit interpolated into the same statement (LIMIT ${limit})", "source-vs-sink"),
    "LYRICS-XSS": P(S, "<h1>${s.title}</h1>", "security",
                    "title and lyrics written into HTML unescaped (artist is escaped on the same line)"),
    "RECORDING-TRAVERSAL": P(S, "res.sendFile(path.join(REC_DIR, file));", "security",
                             "decoded :file param joined to REC_DIR: ..%2F reads outside the recordings", "source-vs-sink"),
    "RECORDING-NO-AUTH": P(S, "res.sendFile(path.join(REC_DIR, file));", "security",
                           "recordings served to anyone, no sign-in and no check that the recording is theirs",
                           "signature-vs-statement"),
    "VOLUME-INJECTION": P(S, "exec(`amixer -c ${booth.sound_card} sset Master ${level}%`", "security",
                          "level from the body formatted into a shell command", "source-vs-sink"),
    "VOLUME-RESULT-IGNORED": P(S, 'if (err) console.error("amixer failed", err);', "bug",
                               "the response is sent before amixer runs; a failure is only logged and the client told it worked"),
    "RATE-CACHE-STALE": P(S, 'await pool.query("UPDATE booths SET rate_pence = $1 WHERE id = $2"', "bug",
                          "rate update does not reset boothCache: bookings keep the old price for up to five minutes"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns message and stack trace to the client"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-DECODE-NOT-VERIFY"),
    ("NIGHT-TOTAL-LOST-UPDATE", "NIGHT-KEY-UTC"),
    ("START-UNCHECKED", "HOURS-UNCHECKED"),
    ("DOUBLE-BOOKING-RACE", "HAPPY-HOUR-BOUNDARY"),
    ("BOOKING-IDOR", "BOOKING-DETAIL-OVERSHARE"),
    ("CANCEL-PAST-REFUND", "CANCEL-TWICE"),
    ("CANCEL-NOT-OWNER", "CANCEL-PAST-REFUND"),
    ("QUEUE-ANY-BOOTH", "QUEUE-CAP"),
    ("SONGS-SQLI-Q", "SONGS-SQLI-LIMIT"),
    ("RECORDING-TRAVERSAL", "RECORDING-NO-AUTH"),
    ("VOLUME-INJECTION", "VOLUME-RESULT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole karaoke-booth API: customer sign-in via a bearer JWT, availability,
        bookings with a happy-hour code, cancellations with refunds, a per-booth song queue, song search and
        lyrics, recordings, a volume control that shells out to `amixer`, and two staff routes.

        1. **Authentication is not real.** `customerFromToken` decodes the JWT without verifying it, so every
           "signed-in" route trusts a forged token; it also takes the token from the query string.
        2. **Injection.** The song search builds SQL from `q` and `limit`; the volume route builds a shell
           command from `level`; recordings are served from a path built with the request parameter.
        3. **Bookings and money.** The clash check races the insert, happy hour runs an hour long, refunds
           can be paid twice and for sessions already over, and the night total loses updates.
        4. **Smaller correctness issues** in availability, validation of `start`/`hours`, and the queue limit.

        What is fine: `staffOnly` fails closed and compares with `timingSafeEqual` after a length check, the
        guest count is validated properly, the clash query's interval test is right, `esc()` is applied to the
        artist, the rate update validates its input, `/staff/night` clamps page and size, and the JSON body
        parser has a size limit.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "Customer JWT is decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat a failure as signed out.",
              symbol="customerFromToken", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Bearer token accepted from the `token` query parameter",
              "Accept the Authorization header only; query strings end up in access logs and browser history.",
              symbol="customerFromToken", conf=0.7),
            F("SONGS-SQLI-Q", "critical", "security", "SQL injection in `/songs` through `q`",
              "Bind the pattern: `WHERE title ILIKE $1 OR artist ILIKE $1` with `[`%${q}%`]`.",
              symbol="GET /songs", conf=0.95),
            F("SONGS-SQLI-LIMIT", "high", "security", "`limit` is interpolated into the same query",
              "Parse it as an integer, clamp it, and pass it as `$2`.", symbol="GET /songs", conf=0.85),
            F("VOLUME-INJECTION", "critical", "security", "Shell injection through `level` in the volume route",
              "Validate `level` as an integer 0-100 and use `execFile(\"amixer\", [\"-c\", String(card), \"sset\", \"Master\", `${n}%`])`.",
              symbol="POST /booths/:id/volume", conf=0.9),
            F("RECORDING-TRAVERSAL", "high", "security", "Path traversal in `/recordings/:file`",
              "Express decodes `%2F` in params; use `res.sendFile(file, { root: REC_DIR })` and reject names with separators.",
              symbol="GET /recordings/:file", conf=0.85),
            F("RECORDING-NO-AUTH", "medium", "security", "Recordings are downloadable without signing in",
              "Require `customerFromToken` and check the recording belongs to one of the customer's bookings.",
              d=-2, symbol="GET /recordings/:file", conf=0.7),
            F("BOOKING-IDOR", "high", "security", "Any booking can be read by id without authentication",
              "Require a customer and add `AND customer_id = $2` to the query.", symbol="GET /bookings/:id", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Cancel does not check that the booking belongs to the caller",
              "Compare `booking.customer_id` with `customer.sub` and answer 404 otherwise.",
              symbol="POST /bookings/:id/cancel", conf=0.85),
            F("LYRICS-XSS", "medium", "security", "Song title and lyrics rendered into HTML without escaping",
              "Wrap `s.title` and `s.lyrics` in `esc()` as is already done for the artist.",
              symbol="GET /songs/:id/lyrics", conf=0.75),
            F("DOUBLE-BOOKING-RACE", "high", "bug", "Two customers can book the same booth and time",
              "Run the clash check and the insert in one transaction with `SELECT ... FOR UPDATE` on the booth, or add an exclusion constraint on `(booth_id, tstzrange(start_at, end_at))`.",
              symbol="POST /bookings", conf=0.85),
            F("HAPPY-HOUR-BOUNDARY", "medium", "bug", "Happy-hour discount applies until 20:59",
              "Use `< HAPPY_HOUR_END`; a booking starting at 20:00 should pay the full rate.",
              symbol="POST /bookings", conf=0.8),
            F("HOURS-UNCHECKED", "medium", "bug", "`hours` is not validated",
              "Require an integer between 1 and the hours left before closing; negative hours give a negative price.",
              symbol="POST /bookings", conf=0.8),
            F("START-UNCHECKED", "low", "bug", "`start` is not validated",
              "Reject an invalid date (`isNaN(startAt.getTime())`) and starts in the past or outside opening hours.",
              symbol="POST /bookings", conf=0.65),
            F("CANCEL-TWICE", "high", "bug", "Cancelling twice refunds twice",
              "Update with `WHERE id = $1 AND status = 'booked'` and refund only when a row changed.",
              symbol="POST /bookings/:id/cancel", conf=0.8),
            F("CANCEL-PAST-REFUND", "medium", "bug", "Sessions already over still get a 50% refund",
              "Refuse to cancel (or refund nothing) when `hoursAhead <= 0`.",
              symbol="POST /bookings/:id/cancel", conf=0.7),
            F("NIGHT-TOTAL-LOST-UPDATE", "medium", "bug", "Night total is read and written back non-atomically",
              "Let the database add: `ON CONFLICT (night) DO UPDATE SET total_pence = night_totals.total_pence + EXCLUDED.total_pence`.",
              d=-1, n=2, symbol="addToNightTotal", conf=0.8),
            F("NIGHT-KEY-UTC", "low", "bug", "The night's date is the UTC date",
              "Key a night by the local date of its opening (subtract the hours after midnight) so 00:00-02:00 stays with its night.",
              symbol="addToNightTotal", conf=0.55),
            F("FREE-LAST-SLOT", "low", "bug", "Availability never offers the last possible start",
              "Use `h <= CLOSE_HOUR - hours`; a one-hour booking at 01:00 is never listed.",
              symbol="GET /booths/:id/free", conf=0.75),
            F("QUEUE-CAP", "low", "bug", "Song queue takes one song more than `MAX_QUEUE`",
              "Use `>=`.", symbol="POST /booths/:id/queue", conf=0.7),
            F("BOOTH-CACHE-STAMPEDE", "low", "performance", "Booth cache refresh is not de-duplicated",
              "Keep the in-flight promise in the cache so concurrent misses await one query.",
              symbol="loadBooths", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "customerFromToken trusts unverified JWTs (jwt.decode)",
              "jwt.verify with secret + algorithms.", d=-3),
            F("SONGS-SQLI-Q", "critical", "security", "SQLi: req.query.q -> songs query", "Parameterise.", d=-3),
            F("VOLUME-INJECTION", "critical", "security", "Command injection: body.level -> exec(amixer ...)",
              "execFile + integer check.", d=-1),
            F("RECORDING-TRAVERSAL", "high", "security", "Path traversal via req.params.file", "sendFile root option.",
              d=-1),
            F("BOOKING-IDOR", "high", "security", "GET /bookings/:id: no auth/ownership", "Scope by customer.", d=-1),
            F("CANCEL-NOT-OWNER", "high", "security", "Cancel endpoint lacks ownership check", "Check customer_id.",
              d=-1),
            F("QUEUE-ANY-BOOTH", "medium", "security", "Queue accepts songs for any booth id", "Check active booking."),
            F("DOUBLE-BOOKING-RACE", "high", "bug", "Clash check is not atomic with the insert (double booking)",
              "Transaction / exclusion constraint.", d=-3),
            F("HAPPY-HOUR-BOUNDARY", "medium", "bug", "HAPPYHOUR discount also at 20:xx", "Use <.", d=-1),
            F("HOURS-UNCHECKED", "medium", "bug", "hours unvalidated (negative => negative price)", "Validate."),
            F("QUEUE-CAP", "low", "bug", "Queue limit off by one", ">=.", d=+1),
            F("ERROR-STACK-LEAK", "low", "security", "Stack traces returned in 500 responses", "Log only."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Singbooth karaoke booth rental API. The service is a single Express
        application backed by PostgreSQL.

        ### Key Risks

        The most severe issues are an authentication scheme that can be trivially bypassed, injection
        vulnerabilities (SQL and OS command), and path traversal on recordings. I also found access-control gaps
        on bookings and a few data-integrity problems.

        ### Security Issues
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "Critical", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`customerFromToken` uses `jwt.decode`, which parses the token without validating its signature. Any attacker can craft a token with an arbitrary `sub`."),
            F("TOKEN-IN-QUERY", "Minor", "Information Disclosure", "Authentication Token Accepted in URL",
              "Only read the token from the Authorization header."),
            F("SONGS-SQLI-Q", "Critical", "SQL Injection", "SQL Injection in Song Search",
              "Use parameterized queries."),
            F("SONGS-SQLI-LIMIT", "Major", "SQL Injection", "SQL Injection via the limit Parameter",
              "Convert `limit` to a number.", d=-2),
            F("VOLUME-INJECTION", "Critical", "Command Injection", "OS Command Injection in Volume Control",
              "Validate `level` and use `execFile`."),
            F("RECORDING-TRAVERSAL", "Major", "Path Traversal", "Directory Traversal in Recording Download",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("RECORDING-NO-AUTH", "Major", "Broken Access Control", "Recordings Accessible Without Authentication",
              "Require authentication for recordings."),
            F("BOOKING-IDOR", "Major", "Broken Access Control", "Insecure Direct Object Reference in Booking Lookup",
              "Check that the booking belongs to the caller."),
            F("BOOKING-DETAIL-OVERSHARE", "Minor", "Information Disclosure", "Booking Endpoint Returns Customer Phone Numbers",
              "Select only the columns the client needs."),
            F("CANCEL-NOT-OWNER", "Major", "Broken Access Control", "Missing Authorization Check on Booking Cancellation",
              "Verify ownership before cancelling."),
            F("LYRICS-XSS", "Major", "Cross-Site Scripting", "Stored XSS in Lyrics Page",
              "Escape the title and the lyrics."),
            F("CORS-REFLECT", "Major", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict `origin` to the booking site."),
            F("ERROR-STACK-LEAK", "Minor", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not return `err.stack`."),
        ], wrap="list"),
        """
        ### Reliability and Logic Issues
        """,
        Block([
            F("DOUBLE-BOOKING-RACE", "Major", "Race Condition", "Race Condition Allows Double Booking",
              "Use a transaction or a database constraint.", d=+3),
            U({"severity": "Info", "category": "Style", "suggestion": "Move the route handlers into separate router modules."}),
            F("NIGHT-TOTAL-LOST-UPDATE", "Major", "Race Condition", "Lost Updates in Nightly Revenue Total",
              "Perform the increment in SQL.", d=+3, sd=+1, n=3),
            F("QUEUE-CAP", "Minor", "Logic Error", "Queue Size Limit Off by One",
              "Use `>=` in the comparison."),
            F("BOOTH-CACHE-STAMPEDE", "Minor", "Caching", "Cache Stampede When the Booth Cache Expires",
              "Share one pending refresh between callers.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-NOT-VERIFY", "error", "security", "jwt decoded not verified", "jwt.verify"),
            F("SONGS-SQLI-Q", "error", "security", "sql injection in /songs", "use $1"),
            F("RECORDING-TRAVERSAL", "error", "security", "path traversal on recordings", "sendFile root"),
            F("BOOKING-IDOR", "warning", "security", "booking readable by anyone", "check owner", d=-1),
            F("LYRICS-XSS", "warning", "security", "xss in lyrics page", "escape"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CORS-REFLECT", "warning", "", "cors allows any origin with credentials", "set origin list"),
            F("HAPPY-HOUR-BOUNDARY", "info", "bug", "happy hour until 20:59", "< not <="),
            F("CANCEL-PAST-REFUND", "info", "bug", "past bookings still refunded half", "reject if started"),
            F("VOLUME-RESULT-IGNORED", "info", "bug", "volume reply sent before amixer finishes", "await execFile", d=+2),
            F("ERROR-STACK-LEAK", "info", "security", "stack in error json", "drop stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Authentication: JWT signature not verified.
        2. Injection: SQL injection in song search, command injection in volume control.
        3. Access control: bookings and recordings are not scoped to their owner.
        4. Concurrency: double booking, lost updates to the night total, booth cache refresh.
        5. Business logic: refunds, availability and pricing.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify.", conf=0.95),
            F("SONGS-SQLI-Q", "blocker", "security", "SQL injection in song search (q)",
              "Use query parameters.", conf=0.9),
            F("SONGS-SQLI-LIMIT", "major", "security", "SQL injection in song search (limit)",
              "Validate limit as an integer.", conf=0.8),
            F("VOLUME-INJECTION", "blocker", "security", "Command injection via volume level",
              "Validate the level.", d=-1, conf=0.9),
            F("RECORDING-TRAVERSAL", "major", "security", "Path traversal when serving recordings",
              "Restrict to REC_DIR.", conf=0.85),
            F("BOOKING-IDOR", "major", "security", "Booking details exposed without authorization",
              "Check the owner.", d=-1, conf=0.8),
            F("CANCEL-NOT-OWNER", "major", "security", "Any user can cancel any booking",
              "Verify customer_id.", conf=0.8),
            F("LYRICS-XSS", "major", "security", "Unescaped HTML in lyrics endpoint",
              "Escape all fields.", conf=0.75),
            F("DOUBLE-BOOKING-RACE", "major", "concurrency", "Double booking possible under concurrent requests",
              "Use a transaction.", conf=0.8),
            F("NIGHT-TOTAL-LOST-UPDATE", "major", "concurrency", "Non-atomic update of the night total",
              "Increment in the database.", conf=0.75),
            F("BOOTH-CACHE-STAMPEDE", "minor", "concurrency", "Booth cache refreshed concurrently by many requests",
              "Deduplicate the refresh.", d=+1, conf=0.5),
            F("CANCEL-TWICE", "major", "correctness", "Refund issued again when a booking is cancelled twice",
              "Check the current status before refunding.", d=-1, conf=0.75),
            F("HOURS-UNCHECKED", "major", "correctness", "Booking duration is not validated",
              "Validate hours.", conf=0.75),
            F("FREE-LAST-SLOT", "minor", "correctness", "Availability loop excludes the final slot",
              "Use <= in the loop bound.", d=+1, conf=0.65),
            F("NIGHT-KEY-UTC", "minor", "correctness", "Night totals use UTC dates",
              "Use the local business date.", conf=0.55),
            F("RATE-CACHE-STALE", "minor", "correctness", "Rate change not reflected until the booth cache expires",
              "Invalidate boothCache after updating.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 9 major, 4 minor"),
    ]),
}

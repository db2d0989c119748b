"""test42/ts-boutdesk: a fencing club's bout scoring and piste booking desk (TypeScript, Express 4 + pg). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's answers or
specs (only splits/README.md's general and test37 sections, the builders, the splits test and tune2__py_snapctl.py
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or the other splits' answers. "
    "Frozen test split (test42): seeded problems in a small fencing club desk; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "bearer token also accepted from the query string (logs, referrers)"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Member | null;", "security", "jwt.decode does not check the signature: anyone can mint a referee token", "signature-vs-statement"),
    "REFEREE-KEY-FAILS-OPEN": P(S, 'req.headers["x-referee-key"] !== process.env.REFEREE_KEY', "security", "REFEREE_KEY unset and header absent: undefined !== undefined is false, everyone passes", "signature-vs-statement"),
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "any origin reflected with credentials"),
    "BOUT-PISTE-UNCHECKED": P(S, "piste: Number(piste), left, right", "bug", "piste of a new bout not validated (NaN, 0, 42 accepted)"),
    "TOUCH-AFTER-DONE": P(S, 'if (side === "left" || double) bout.scoreLeft += 1;', "bug", "touches still counted on a finished bout (no done check)"),
    "BOUT-END-OBO": P(S, "if (bout.scoreLeft > bout.target || bout.scoreRight > bout.target) {", "bug", "> instead of >=: a bout to 5 only ends at 6", "off-by-one"),
    "TOUCH-RESULT-RACE": P(S, "bout.done = true;", "bug", "end check after an await and no done guard: two touches in flight both save the result (duplicate results, bouts counted twice)", "critical-section"),
    "TIE-GOES-RIGHT": P(S, "bout.winner = bout.scoreLeft > bout.scoreRight ? bout.left : bout.right;", "bug", "a double touch at target-1 ties the bout and the right fencer is declared winner"),
    "CLIENT-LEAK": P(S, "client.release();", "bug", "no try/finally: a failed query leaves the transaction open and the pool client never released"),
    "RANKING-STAMPEDE": P(S, "const { rows } = await db.query(", "performance", "cache refill not guarded: concurrent misses all run the ranking query, and a refill finishing after saveResult's reset stores stale rankings", "critical-section", nth=1),
    "SHEET-XSS": P(S, "<p>${b.note}</p>", "security", "bout note rendered unescaped on the score sheet (names are escaped)"),
    "PRINT-SHELL": P(S, "exec(`fencing-sheet --bout", "security", "printer name from the body interpolated into a shell command", "source-vs-sink"),
    "PRINT-COPIES": P(S, "const copies = Number(req.body.copies ?? 1);", "bug", "copies not bounded: 10000 sheets or NaN passed to the printer"),
    "PROFILE-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body);", "security", "any column can be updated from the body, role included"),
    "PROFILE-COLUMN-SQLI": P(S, "await db.query(`UPDATE members SET ${sets}", "security", "body keys used as column names in the SQL: injection through a key", "source-vs-sink"),
    "HISTORY-SIZE-UNBOUNDED": P(S, "const size = Number(req.query.size ?? 20);", "performance", "page size not bounded (or NaN)"),
    "HISTORY-PAGE-OBO": P(S, "[req.params.id, size, page * size]);", "bug", "OFFSET page*size with page starting at 1: the first page is never returned", "off-by-one"),
    "PISTE-ZERO": P(S, "n < 0 || n > PISTE_COUNT", "bug", "pistes are 1..8 but the check accepts piste 0", "off-by-one"),
    "BOOKING-LENGTH": P(S, 'if (!(start < end)) return res.status(400).json({ error: "end must be after start" });', "bug", "no upper bound on a booking's length: one member can hold a piste for a month"),
    "BOOKING-ADJACENT": P(S, "start_at <= $3 AND end_at >= $2", "bug", "<=/>= make back-to-back bookings (18:00-19:00 after 17:00-18:00) clash", "off-by-one"),
    "BOOKING-RACE": P(S, "if (clash.rowCount) return res.status(409)", "bug", "clash check then insert without a lock or exclusion constraint: double booking", "critical-section"),
    "BOOKINGS-SQLI": P(S, "AND b.start_at::date = '${day}'", "security", "day query value interpolated into the SQL", "source-vs-sink"),
    "BOOKINGS-PHONE-LEAK": P(S, "m.name, m.phone FROM piste_bookings", "security", "unauthenticated listing returns members' names and phone numbers"),
    "CANCEL-NO-OWNER": P(S, 'await db.query("DELETE FROM piste_bookings WHERE id = $1"', "security", "any member can cancel anyone's booking", "signature-vs-statement"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_DIR, file));", "security", "encoded ../ in the photo name reads any file", "source-vs-sink"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("TOUCH-AFTER-DONE", "BOUT-END-OBO"),
    ("BOUT-END-OBO", "TOUCH-RESULT-RACE"),
    ("BOUT-END-OBO", "TIE-GOES-RIGHT"),
    ("TOUCH-RESULT-RACE", "TIE-GOES-RIGHT"),
    ("PRINT-SHELL", "PRINT-COPIES"),
    ("PROFILE-MASS-ASSIGN", "PROFILE-COLUMN-SQLI"),
    ("HISTORY-SIZE-UNBOUNDED", "HISTORY-PAGE-OBO"),
    ("PISTE-ZERO", "BOOKING-LENGTH"),
    ("BOOKING-LENGTH", "BOOKING-ADJACENT"),
    ("BOOKING-ADJACENT", "BOOKING-RACE"),
    ("BOOKINGS-SQLI", "BOOKINGS-PHONE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `src/server.ts`

        The desk has one structural hole that makes most access checks moot: `memberFrom` *decodes* the JWT
        without verifying it, so any client can claim `role: "referee"` and score bouts. Beyond that there are
        three injection points, a path traversal, and several scoring and booking bugs.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | auth, injection | 5 |
        | High | data exposure, access control, XSS | 5 |
        | Medium | token handling, scoring, booking, paging, resources | 8 |

        Done right: `adminOnly` fails closed with a length check before `timingSafeEqual`; the booking and touch
        inserts use bound parameters; `esc` is applied to both fencer names on the score sheet; the JSON body
        is limited to 32 kB; `/clock` validates the period against the format.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "JWT is decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and fail closed when the secret is missing.",
              symbol="memberFrom", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Token accepted from `?token=`",
              "Accept the bearer header only; query strings end up in access logs and Referer headers.",
              symbol="memberFrom", conf=0.7),
            F("REFEREE-KEY-FAILS-OPEN", "critical", "security", "`refereeOnly` passes everyone when `REFEREE_KEY` is unset",
              "With no env var and no header both sides are `undefined` and the `!==` is false. Require the key to be configured and compare with `timingSafeEqual`.",
              symbol="refereeOnly", conf=0.9),
            F("PROFILE-COLUMN-SQLI", "critical", "security", "SQL injection through JSON keys in `PATCH /members/me`",
              "Map allowed keys (`name`, `phone`, `club`) to fixed column names; never interpolate keys.",
              symbol="PATCH /members/me", conf=0.9),
            F("PROFILE-MASS-ASSIGN", "high", "security", "Members can set any column on their own row, `role` included",
              "Allow-list the editable fields.", symbol="PATCH /members/me", conf=0.85),
            F("PRINT-SHELL", "critical", "security", "Command injection through `printer` in `/bouts/:id/print`",
              "Use `execFile(\"fencing-sheet\", [\"--bout\", id, \"--printer\", printer, ...])` and validate `printer` against the configured printers.",
              symbol="POST /bouts/:id/print", conf=0.9),
            F("BOOKINGS-SQLI", "critical", "security", "SQL injection through `day` in the piste booking list",
              "Bind `day` as a parameter (`b.start_at::date = $2`).",
              symbol="GET /pistes/:n/bookings", conf=0.95),
            F("BOOKINGS-PHONE-LEAK", "high", "security", "Public booking list exposes members' phone numbers",
              "Drop `m.phone` (and probably the full name) from the unauthenticated listing.",
              symbol="GET /pistes/:n/bookings", conf=0.8),
        ]),
        "The rest, in file order:",
        Block([
            F("SHEET-XSS", "high", "security", "Stored XSS through the bout note on the score sheet",
              "Wrap `b.note` in `esc()` like the names.", symbol="GET /bouts/:id/sheet", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos/:file`",
              "`%2e%2e%2f` decodes to `../` in `req.params`; use `res.sendFile(file, { root: PHOTO_DIR })`, which rejects paths outside the root.",
              symbol="GET /photos/:file", conf=0.8),
            F("CANCEL-NO-OWNER", "high", "security", "Any member can delete any piste booking",
              "Add `AND member_id = $2` (or allow the desk role) and return 404 otherwise.",
              symbol="DELETE /bookings/:id", conf=0.85),
            F("BOUT-END-OBO", "medium", "bug", "Bout ends one touch late",
              "Use `>=`; a pool bout to 5 is won at 5, not 6.", symbol="POST /bouts/:id/touch", conf=0.9),
            F("TIE-GOES-RIGHT", "medium", "bug", "A tied final score is awarded to the right-hand fencer",
              "A double touch at 4-4 reaches 5-5; fencing rules do not allow a double to decide a bout: reject it or require a priority touch.",
              symbol="POST /bouts/:id/touch", conf=0.7),
            F("TOUCH-RESULT-RACE", "medium", "bug", "Concurrent touches can save the result twice",
              "The end-of-bout check runs after `await db.query(...)`; two touches in flight both pass it. Set `bout.done` before awaiting and return early when it is already set.",
              d=-2, symbol="POST /bouts/:id/touch", conf=0.7),
            F("CLIENT-LEAK", "medium", "bug", "`saveResult` leaks the pool client on error",
              "`try { ... COMMIT } catch { ROLLBACK; throw } finally { client.release() }`.",
              symbol="saveResult", conf=0.8),
            F("BOOKING-ADJACENT", "medium", "bug", "Back-to-back piste bookings are rejected as clashes",
              "Use strict comparisons: `start_at < $3 AND end_at > $2`.",
              symbol="POST /pistes/:n/bookings", conf=0.85),
            F("BOOKING-RACE", "medium", "bug", "Double booking under concurrency",
              "The clash check and the insert are separate statements; add an exclusion constraint on `(piste, tstzrange(start_at, end_at))`.",
              d=-2, symbol="POST /pistes/:n/bookings", conf=0.75),
            F("HISTORY-PAGE-OBO", "medium", "bug", "Fencer history skips its first page",
              "OFFSET should be `(page - 1) * size`.", symbol="GET /fencers/:id/bouts", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Findings:",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "memberFrom trusts unsigned JWT claims (jwt.decode)", "jwt.verify with secret.", d=-2),
            F("REFEREE-KEY-FAILS-OPEN", "critical", "security", "refereeOnly bypass when REFEREE_KEY undefined", "Fail closed.", d=-2),
            F("PRINT-SHELL", "critical", "security", "Shell injection via req.body.printer", "execFile + allow-list.", d=-2),
            F("BOOKINGS-SQLI", "critical", "security", "SQL injection: req.query.day in template SQL", "Parameterize.", d=-1),
            F("PROFILE-COLUMN-SQLI", "critical", "security", "Object.keys(req.body) become SQL identifiers", "Allow-list columns.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in /photos/:file", "sendFile root option.", d=-1),
            F("CANCEL-NO-OWNER", "high", "security", "DELETE /bookings/:id has no ownership check", "Filter by member_id.", d=-1),
            F("TOUCH-RESULT-RACE", "medium", "bug", "saveResult can run twice for one bout", "Guard on bout.done before await.", d=2),
            F("RANKING-STAMPEDE", "low", "performance", "Ranking cache miss stampede", "Cache the in-flight promise.", d=-1),
            F("BOOKING-RACE", "medium", "bug", "Booking check-then-insert race", "Exclusion constraint.", d=1),
            F("HISTORY-PAGE-OBO", "medium", "bug", "OFFSET page*size skips page 1", "(page-1)*size.", d=-2),
            F("PISTE-ZERO", "low", "bug", "Piste 0 accepted", "n < 1."),
            F("STACK-LEAK", "low", "security", "Error handler returns err.stack", "Log it; return a generic message."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the fencing club application in `src/server.ts`. It is an Express
        application that manages bouts, scoring, piste bookings and member profiles, backed by PostgreSQL.

        ### Security Vulnerabilities

        The authentication mechanism is fundamentally broken, and there are several injection vectors.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify()` with a secret key.", sd=-2, n=3,
              desc="`jwt.decode()` only parses the token payload. An attacker can forge a token with any role."),
            F("TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Authentication Token Accepted via Query String",
              "Only read the token from the Authorization header."),
            F("BOOKINGS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Piste Bookings Listing",
              "Use parameterized queries.", sd=-1, n=2),
            F("PROFILE-COLUMN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Object Keys in Profile Update",
              "Validate keys against a list of allowed columns.", sd=-2, n=3),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Score Sheet Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Photo Endpoint",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("SHEET-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Bout Score Sheet",
              "Escape the note field."),
            F("BOOKINGS-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Member Phone Numbers Exposed Publicly",
              "Remove personal data from the public endpoint."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Configuration With Credentials",
              "Restrict `origin` to the club's own front-end."),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ### Logic and Performance Issues
        """,
        Block([
            F("RANKING-STAMPEDE", "MEDIUM", "Performance", "Cache Stampede on Rankings Endpoint",
              "Store the pending promise so that concurrent requests share one query.", sd=-2, n=3),
            F("BOOKING-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of Pistes",
              "Use a database constraint or a transaction with locking.", sd=-2, n=3),
            F("BOUT-END-OBO", "MEDIUM", "Logic Error", "Bout Does Not End When Target Score Is Reached",
              "Use `>=` in the comparison.", d=1, sd=-1, n=3),
            F("TOUCH-AFTER-DONE", "MEDIUM", "Logic Error", "Touches Can Be Recorded After a Bout Has Finished",
              "Reject touches when `bout.done` is true."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the routes into separate router modules."}),
            F("HISTORY-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size in Bout History",
              "Cap `size` at a reasonable maximum."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PRINT-SHELL", "error", "security", "command injection in print (printer)", "execFile"),
            F("BOOKINGS-SQLI", "error", "security", "sqli in bookings list (day)", "use $2"),
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("PHOTO-TRAVERSAL", "warning", None, "path traversal on photos", "root option"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("PISTE-ZERO", "warning", "bug", "piste 0 passes validation", "n < 1", d=-1),
            F("BOOKING-ADJACENT", "warning", "bug", "back-to-back bookings clash", "use < and >", d=-1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT not verified, referee key check fails open.
        2. Injection: SQL in booking list, shell in sheet printing.
        3. Authorization: booking cancellation, profile update.
        4. Bout scoring logic: end condition, ties, concurrency.
        5. Booking and paging issues.
        6. Resource handling.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT token is decoded without verification",
              "Use jwt.verify.", conf=0.95),
            F("REFEREE-KEY-FAILS-OPEN", "blocker", "security", "Referee key comparison passes when env variable is missing",
              "Check REFEREE_KEY is defined.", conf=0.8),
            F("BOOKINGS-SQLI", "blocker", "security", "SQL injection in bookings by day",
              "Use query parameters.", conf=0.9),
            F("PRINT-SHELL", "blocker", "security", "Command injection in print endpoint",
              "Use execFile.", conf=0.9),
            F("PROFILE-MASS-ASSIGN", "major", "security", "Mass assignment in member profile update",
              "Whitelist updatable fields.", conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Booking deletion without ownership verification",
              "Check member_id.", conf=0.8),
            F("BOUT-END-OBO", "major", "correctness", "Off-by-one in bout end condition",
              "Use >= target.", conf=0.85),
            F("TOUCH-RESULT-RACE", "major", "concurrency", "Race condition when finishing bout",
              "Mark bout done atomically before saving.", d=-1, conf=0.6),
            F("TIE-GOES-RIGHT", "minor", "correctness", "Winner calculation favours right fencer on tie",
              "Handle equal scores explicitly.", conf=0.6),
            F("CLIENT-LEAK", "major", "resource-leak", "Database client not released on error",
              "Use try/finally.", conf=0.8),
            F("RANKING-STAMPEDE", "minor", "performance", "Concurrent cache refresh of rankings",
              "Deduplicate in-flight refreshes.", d=3, conf=0.6),
            F("BOOKING-RACE", "major", "concurrency", "Piste booking conflict check is not atomic",
              "Use a transaction or an exclusion constraint.", conf=0.75),
            F("BOOKING-LENGTH", "minor", "correctness", "No maximum booking duration",
              "Limit bookings to a few hours.", conf=0.5),
            F("HISTORY-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size in history",
              "Cap size.", conf=0.6),
            F("PRINT-COPIES", "minor", "correctness", "Copies parameter not validated",
              "Require an integer between 1 and 5.", conf=0.55),
            F("BOUT-PISTE-UNCHECKED", "minor", "correctness", "Piste number not validated when creating a bout",
              "Check 1..PISTE_COUNT.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 6 major, 6 minor"),
    ]),
}

"""test66/ts-pondpass: a village pond ice-skating hour pass desk (TypeScript, Express + pg). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores, its tuning sets or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test66: seeded problems in a village pond skating desk selling hour passes; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token)", "security", "skater token decoded, never verified: anyone can forge sub and member", "signature-vs-statement"),
    "MEMBER-SELF-GRANT": P(S, "INSERT INTO skaters (name, phone, member) VALUES", "security", "sign-up lets the client set member = true (member price)"),
    "JWT-SECRET-FALLBACK": P(S, 'JWT_SECRET || "pond-skate"', "security", "tokens signed with a hard-coded fallback secret when JWT_SECRET is unset"),
    "SLOTS-PAST-CLOSE": P(S, "for (let h = OPEN_HOUR; h <= CLOSE_HOUR; h++) {", "bug", "<= lists an hour starting at closing time that /passes refuses", "off-by-one"),
    "CAPACITY-COUNTS-PASSES": P(S, 'pool.query("SELECT count(*)::int AS n FROM passes WHERE day = $1 AND hour = $2', "bug", "capacity check counts passes, not skaters (a family pass of five counts as one)"),
    "PASS-COUNTS-UNVALIDATED": P(S, "const wanted = Number(adults) + Number(children);", "bug", "adults/children not validated: negative counts lower the price and free capacity"),
    "OVERSELL": P(S, "if (rows[0].n + wanted > HOUR_CAPACITY)", "bug", "capacity read, then insert without a lock or transaction: concurrent buyers oversell the hour", "critical-section"),
    "PASS-IDOR": P(S, 'SELECT p.*, s.name, s.phone FROM passes p JOIN skaters s', "security", "GET /passes/:id has no authentication or ownership check", "signature-vs-statement"),
    "PASS-PHONE-LEAK": P(S, 'SELECT p.*, s.name, s.phone FROM passes p JOIN skaters s', "security", "pass details include the skater's phone number"),
    "RECEIPT-XSS": P(S, "<p>Skater: ${p.name}</p>", "security", "skater name rendered into the receipt HTML unescaped (esc is used on the day only)"),
    "REFUND-TWICE": P(S, 'await pool.query("UPDATE passes SET refunded = true WHERE id = $1", [pass.id]);', "bug", "refunded flag never checked: the same pass can be refunded again and again"),
    "REFUND-NO-TXN": P(S, 'await pool.query("INSERT INTO refunds (pass_id, amount)', "bug", "flag update and refund insert are two statements outside a transaction"),
    "SKATER-SQLI": P(S, "WHERE name ILIKE '%${name}%'", "security", "name query value interpolated into the skater search SQL", "source-vs-sink"),
    "DAY-LOADS-ALL": P(S, 'pool.query("SELECT * FROM passes WHERE day = $1 ORDER BY hour, id", [day]);', "performance", "every pass of the day is loaded to return one page"),
    "DAY-PAGE-SLICE": P(S, "rows.slice(start, start + PAGE_SIZE - 1)", "bug", "slice end is exclusive: each page drops its last pass", "off-by-one"),
    "ANNOUNCE-CMD": P(S, "exec(`espeak -v ${voice}", "security", "message and voice from the body run through a shell", "source-vs-sink"),
    "ICE-CACHE-STAMPEDE": P(S, 'pool.query("SELECT cm FROM ice_readings ORDER BY taken_at DESC LIMIT 5")', "bug", "expired ice cache refreshed by every concurrent request (iceRefreshing never set); a slower refresh can overwrite a newer one", "critical-section"),
    "ICE-EMPTY-MIN": P(S, "const thinnest = Math.min(", "bug", "no readings: Math.min() is Infinity and the ice is reported safe"),
    "WAIVER-NO-AUTH": P(S, 'app.get("/waivers", async (req, res) => {', "security", "signed waivers (children's details) served without deskOnly"),
    "WAIVER-TRAVERSAL": P(S, "res.sendFile(full);", "security", "file query value joined to WAIVER_DIR and sent: any readable file", "source-vs-sink"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("MEMBER-SELF-GRANT", "JWT-SECRET-FALLBACK"),
    ("CAPACITY-COUNTS-PASSES", "PASS-COUNTS-UNVALIDATED"),
    ("CAPACITY-COUNTS-PASSES", "OVERSELL"),
    ("PASS-COUNTS-UNVALIDATED", "OVERSELL"),
    ("PASS-IDOR", "PASS-PHONE-LEAK"),
    ("REFUND-TWICE", "REFUND-NO-TXN"),
    ("DAY-LOADS-ALL", "DAY-PAGE-SLICE"),
    ("ICE-CACHE-STAMPEDE", "ICE-EMPTY-MIN"),
    ("WAIVER-NO-AUTH", "WAIVER-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the pond desk: sign-up, hour listing, pass sales, receipts, refunds, and a desk area
        behind `deskOnly`. `deskOnly` itself is sound (fails closed, length check before `timingSafeEqual`), the
        hour-closing route refunds inside a transaction, `/desk/takings` binds its parameters and `/desk/ice`
        validates the reading. The weak points:

        1. Skater identity is not authenticated at all: `skaterFrom` decodes the JWT without verifying it.
        2. Three request values reach dangerous sinks: the skater search SQL, the `espeak` shell command and the
           waiver file path.
        3. Pass sales can oversell an hour, and refunds can be repeated.
        4. A few bounds errors (hour listing, desk paging) and an ice-safety edge case.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`skaterFrom` trusts unverified JWTs",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on failure; today any client can mint `{ sub: 7, member: true }`.",
              symbol="skaterFrom", conf=0.95),
            F("SKATER-SQLI", "high", "security", "SQL injection in `/desk/skaters` via `name`",
              "Pass the pattern as `$1`: `WHERE name ILIKE $1` with `[`%${name}%`]`. The `order` whitelist next to it is fine.",
              symbol="GET /desk/skaters", conf=0.9),
            F("ANNOUNCE-CMD", "high", "security", "Shell injection in `/desk/announce`",
              "Use `execFile(\"espeak\", [\"-v\", voice, message, \"--stdout\"])` and pipe to `aplay` via `spawn`; validate `voice` against installed voices.",
              symbol="POST /desk/announce", conf=0.9),
            F("WAIVER-TRAVERSAL", "high", "security", "`/waivers?file=` can read any file",
              "Use `res.sendFile(file, { root: WAIVER_DIR })` with a basename check; `path.join` does not stop `../`.",
              symbol="GET /waivers", conf=0.9),
            F("PASS-IDOR", "high", "security", "Any pass can be read by id without signing in",
              "Require `skaterFrom` and add `AND p.skater_id = $2`, as the receipt route already does.",
              symbol="GET /passes/:id", conf=0.85),
            F("PASS-PHONE-LEAK", "medium", "security", "Pass details return the skater's phone number",
              "Select only the pass fields the skater needs; drop `s.phone`.",
              symbol="GET /passes/:id", conf=0.75),
            F("RECEIPT-XSS", "medium", "security", "Stored XSS through the skater name on the receipt",
              "Apply `esc()` to `p.name` as well (and to every interpolated value).",
              symbol="GET /passes/:id/receipt", conf=0.85),
            F("MEMBER-SELF-GRANT", "medium", "security", "Sign-up accepts `member: true` from the client",
              "Default `member` to false on sign-up and let only the desk grant membership.",
              symbol="POST /skaters", conf=0.8),
            F("JWT-SECRET-FALLBACK", "medium", "security", "Hard-coded fallback signing secret",
              "Refuse to start without `JWT_SECRET` instead of signing with `\"pond-skate\"`.",
              symbol="POST /skaters", conf=0.8),
            F("CORS-REFLECT", "low", "security", "CORS reflects every origin with credentials",
              "List the desk's own origin(s) explicitly.", conf=0.6),
        ]),
        "Correctness:",
        Block([
            F("OVERSELL", "high", "bug", "Hour capacity can be oversold by concurrent purchases",
              "Do the count and the insert in one transaction with the hour row locked (`SELECT ... FOR UPDATE` on an hours table), or keep a `sold` column updated with `WHERE sold + $n <= capacity`.",
              symbol="POST /passes", conf=0.8),
            F("CAPACITY-COUNTS-PASSES", "medium", "bug", "Capacity check counts passes instead of skaters",
              "Use `sum(adults + children)` as `/hours` does; a family pass for five currently counts as one.",
              symbol="POST /passes", conf=0.8),
            F("PASS-COUNTS-UNVALIDATED", "medium", "bug", "`adults` and `children` are not validated",
              "Require non-negative integers with at least one skater; `children: -3` lowers both the price and the capacity used.",
              symbol="POST /passes", conf=0.75),
            F("REFUND-TWICE", "high", "bug", "A pass can be refunded more than once",
              "Add `AND refunded = false` to the UPDATE and only insert the refund when `rowCount === 1`.",
              symbol="POST /passes/:id/refund", conf=0.85),
            F("REFUND-NO-TXN", "low", "bug", "Refund flag and refund row are not written atomically",
              "Use one client and `BEGIN`/`COMMIT` like `/desk/hours/:hour/close`.",
              symbol="POST /passes/:id/refund", conf=0.65),
            F("SLOTS-PAST-CLOSE", "medium", "bug", "`/hours` lists a session starting at closing time",
              "Loop with `h < CLOSE_HOUR`; `/passes` already refuses `hour >= CLOSE_HOUR`.",
              symbol="GET /hours", conf=0.85),
            F("DAY-PAGE-SLICE", "medium", "bug", "Desk day view drops one pass per page",
              "`slice(start, start + PAGE_SIZE)`: the end index is exclusive.",
              symbol="GET /desk/day", conf=0.85),
            F("ICE-CACHE-STAMPEDE", "medium", "bug", "Ice status refresh is not single-flight",
              "Keep the in-flight promise (the unused `iceRefreshing` suggests this was intended) so concurrent requests await one refresh; otherwise a slower query can overwrite a newer reading.",
              symbol="GET /ice", conf=0.65),
            F("ICE-EMPTY-MIN", "high", "bug", "With no ice readings the pond is reported safe",
              "If `rows.length === 0`, report `safe: false`; `Math.min()` of nothing is `Infinity`.",
              symbol="GET /ice", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "skaterFrom uses jwt.decode (no signature check)", "jwt.verify with JWT_SECRET.", d=-2),
            F("JWT-SECRET-FALLBACK", "high", "security", "JWT signed with literal fallback secret", "Require JWT_SECRET at startup."),
            F("SKATER-SQLI", "high", "security", "req.query.name flows into SQL string (/desk/skaters)", "Parameterize.", d=-2),
            F("ANNOUNCE-CMD", "high", "security", "req.body.message/voice passed to exec() shell", "execFile/spawn with args.", d=-2),
            F("WAIVER-TRAVERSAL", "high", "security", "req.query.file -> path.join -> sendFile (traversal)", "sendFile root option + basename.", d=-2),
            F("PASS-IDOR", "high", "security", "GET /passes/:id unauthenticated IDOR", "Check skater owns pass.", d=-2),
            F("OVERSELL", "high", "bug", "capacity check and INSERT not atomic -> oversell", "Transaction + row lock.", d=-2),
            F("CAPACITY-COUNTS-PASSES", "medium", "bug", "count(*) counts passes, not people", "sum(adults+children)."),
            F("REFUND-TWICE", "high", "bug", "refund endpoint does not check refunded flag", "WHERE refunded=false; check rowCount."),
            F("DAY-PAGE-SLICE", "low", "bug", "page slice returns PAGE_SIZE-1 rows", "slice(start, start+PAGE_SIZE).", d=-1),
            F("ERROR-STACK", "medium", "security", "error handler leaks stack traces", "Log server-side; generic message."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Pond Pass server (`src/server.ts`). The application is an Express server
        with a PostgreSQL backend that sells hourly skating passes and offers desk functions such as announcements
        and ice-thickness readings.

        ## Security Vulnerabilities

        The most important issues concern authentication and injection.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Attackers can craft tokens for any skater and set `member: true`."),
            F("JWT-SECRET-FALLBACK", "HIGH", "Broken Authentication", "Hardcoded JWT Secret Fallback",
              "Fail at startup if `JWT_SECRET` is missing.", sd=-2, n=3),
            F("SKATER-SQLI", "HIGH", "SQL Injection", "SQL Injection in Skater Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("ANNOUNCE-CMD", "CRITICAL", "Command Injection", "OS Command Injection in Announcements",
              "Avoid `exec` with string interpolation; use `execFile`.", sd=-2, n=3),
            F("WAIVER-NO-AUTH", "HIGH", "Broken Access Control", "Waiver Documents Accessible Without Authentication",
              "Protect `/waivers` with `deskOnly`.", n=2,
              desc="Waivers contain personal information about skaters, including children."),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Waiver Download",
              "Use the `root` option of `sendFile` and reject `..`.", sd=-2, n=3),
            F("PASS-IDOR", "HIGH", "Broken Access Control", "Pass Details Exposed Without Authorization",
              "Require authentication and verify ownership.", sd=-2, n=3),
            F("PASS-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Number Disclosure in Pass Details",
              "Do not return the phone number.", sd=-1, n=2),
            F("RECEIPT-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected/Stored XSS in Receipt",
              "Escape the skater name with `esc`.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Configuration",
              "Restrict allowed origins.", sd=-1, n=2),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not send `err.stack` to clients.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Logic and Reliability Issues
        """,
        Block([
            F("OVERSELL", "HIGH", "Race Condition", "Race Condition Leading to Overbooking",
              "Wrap the capacity check and insert in a transaction with locking.", d=2, sd=0, n=3,
              desc="Between the `SELECT count(*)` and the `INSERT`, other requests can buy passes for the same hour."),
            F("PASS-COUNTS-UNVALIDATED", "MEDIUM", "Input Validation", "Negative Skater Counts Produce Negative Prices",
              "Validate that adults and children are non-negative integers.", d=2, sd=0, n=3),
            F("SLOTS-PAST-CLOSE", "LOW", "Logic Error", "Hours List Includes Closing Hour",
              "Use `<` instead of `<=`.", d=2, sd=0, n=3),
            F("DAY-PAGE-SLICE", "MEDIUM", "Logic Error", "Pagination Omits One Record per Page",
              "Remove the `- 1` from the slice end.", sd=-2, n=3),
            F("REFUND-NO-TXN", "MEDIUM", "Data Integrity", "Refund Not Transactional",
              "Use a transaction for the refund update and insert.", sd=-2, n=3),
            F("ICE-CACHE-STAMPEDE", "MEDIUM", "Caching", "Ice Cache Refresh Stampede",
              "Use the `iceRefreshing` flag or a shared promise so only one refresh runs.", d=-1, n=3,
              desc="When the cache expires, every request triggers a database query until one finishes."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        found these:
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("SKATER-SQLI", "high", "security", "sql injection in skater search", "params"),
            F("ANNOUNCE-CMD", "high", "security", "command injection in announce", "execFile"),
            F("WAIVER-TRAVERSAL", "high", "", "path traversal on waivers", "root option", d=-1),
            F("PASS-IDOR", "medium", "security", "pass readable by anyone", "check owner"),
            F("RECEIPT-XSS", "medium", "security", "xss in receipt name", "esc(p.name)"),
            F("ICE-EMPTY-MIN", "medium", "bug", "no readings => ice safe", "handle empty rows"),
            U({"severity": "info", "fix": "add tests for pass purchase"}),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT tokens are decoded without verification; sign-up lets clients choose membership.
        2. Injection: SQL injection in skater search, command injection in announcements, path traversal in
           waivers.
        3. Access control: pass details and waivers are readable without proper checks.
        4. Correctness: capacity, refunds and pagination have defects.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT token is not verified",
              "Use jwt.verify.", conf=0.95),
            F("MEMBER-SELF-GRANT", "major", "security", "Clients can register themselves as members",
              "Ignore the member field on sign-up.", d=-1, conf=0.75),
            F("SKATER-SQLI", "blocker", "security", "SQL injection in skater search",
              "Use parameterized query.", conf=0.9),
            F("ANNOUNCE-CMD", "blocker", "security", "Command injection in announcement endpoint",
              "Use execFile with arguments.", conf=0.9),
            F("WAIVER-NO-AUTH", "major", "security", "Waiver endpoint lacks authentication",
              "Add deskOnly middleware.", conf=0.8),
            F("WAIVER-TRAVERSAL", "blocker", "security", "Path traversal in waiver download",
              "Validate the file name.", conf=0.85),
            F("PASS-IDOR", "major", "security", "Missing authorization on pass details",
              "Verify pass ownership.", conf=0.8),
            F("RECEIPT-XSS", "major", "security", "XSS in pass receipt",
              "Escape skater name.", conf=0.8),
            F("CORS-REFLECT", "minor", "security", "CORS allows any origin with credentials",
              "Restrict origins.", conf=0.6),
            F("OVERSELL", "major", "concurrency", "Race condition in pass purchase may exceed capacity",
              "Use a transaction with locking.", d=-1, conf=0.8),
            F("PASS-COUNTS-UNVALIDATED", "major", "correctness", "Adults and children counts not validated",
              "Validate non-negative integers.", conf=0.75),
            F("REFUND-TWICE", "major", "correctness", "Pass may be refunded multiple times",
              "Check the refunded flag.", conf=0.85),
            F("SLOTS-PAST-CLOSE", "minor", "correctness", "Off-by-one in hours listing",
              "Use h < CLOSE_HOUR.", d=1, conf=0.7),
            F("DAY-LOADS-ALL", "minor", "performance", "Desk day view loads all passes into memory",
              "Use LIMIT/OFFSET in SQL.", conf=0.65),
            F("DAY-PAGE-SLICE", "minor", "correctness", "Pagination slice drops an item",
              "Fix slice end index.", conf=0.7),
            F("ICE-CACHE-STAMPEDE", "minor", "concurrency", "Concurrent ice cache refreshes",
              "Use a single in-flight refresh.", d=2, conf=0.6),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 8 major, 4 minor"),
    ]),
}

"""test74/ts-secateurs: a vineyard's picker shift roster (TypeScript, Express + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test74: seeded problems in a vineyard's picker shift roster; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-DEFAULT-SECRET": P(S, 'const secret = process.env.ROSTER_JWT_SECRET || "vendange";', "security", "JWT secret falls back to a hard-coded word when the env var is unset: anyone can mint picker tokens"),
    "JWT-NO-EXPIRY": P(S, "req.picker = jwt.verify(token, secret, { ignoreExpiration: true }) as Claims;", "security", "ignoreExpiration: last season's tokens never expire"),
    "SHIFTS-BLOCK-SQLI": P(S, "AND block LIKE '%${block}%' ORDER BY ${sort}`;", "security", "block query value interpolated into the LIKE clause: SQL injection", "source-vs-sink"),
    "SHIFTS-SORT-SQLI": P(S, "AND block LIKE '%${block}%' ORDER BY ${sort}`;", "security", "sort query value interpolated into ORDER BY: SQL injection"),
    "SHIFT-END-BEFORE-START": P(S, "const hours = (Date.parse(`${day}T${endsAt}`) - Date.parse(`${day}T${startsAt}`)) / 3_600_000;", "bug", "shift times never validated: end before start (or unparsable) stores negative or NaN hours"),
    "SHIFT-CAPACITY-UNCHECKED": P(S, "[day, block, startsAt, endsAt, Number(capacity), hours],", "bug", "capacity not validated: NaN, zero or negative capacity stored"),
    "SIGNUP-OVERBOOK": P(S, "if (taken[0].n > shifts[0].capacity) {", "bug", "count then insert without a lock or constraint: concurrent sign-ups overfill a shift", "critical-section"),
    "SIGNUP-CAPACITY-OBO": P(S, "if (taken[0].n > shifts[0].capacity) {", "bug", "> instead of >=: one more picker than capacity is accepted", "off-by-one"),
    "SIGNUP-SHIFT-MISSING": P(S, "if (taken[0].n > shifts[0].capacity) {", "bug", "unknown shift id: shifts[0] is undefined and the handler throws (unhandled rejection, request hangs)"),
    "SIGNUP-DUPLICATE": P(S, 'await pool.query("INSERT INTO signups (shift_id, picker_id) VALUES ($1, $2)"', "bug", "the same picker can sign up for one shift several times"),
    "PICKER-IDOR": P(S, '"SELECT id, name, phone, iban, emergency_contact FROM pickers WHERE id = $1",', "security", "any picker can read any other picker's phone, IBAN and emergency contact", "signature-vs-statement"),
    "PAY-IDOR": P(S, 'const { rows } = await pool.query("SELECT day, crates FROM tallies WHERE picker_id = $1", [pickerId]);', "security", "pay endpoint does not check the id against the token: anyone's pay is readable", "signature-vs-statement"),
    "PAY-LAST-DAY": P(S, "for (let i = 0; i < days; i++) {", "bug", "days = to - from, loop i < days: the 'to' day's crates are never paid", "off-by-one"),
    "TALLY-NEGATIVE": P(S, "const crates = Number(req.body.crates);", "bug", "crate count not validated: negative, fractional or NaN tallies accepted"),
    "TALLY-LOST-UPDATE": P(S, "tallies.set(pickerId, before + crates);", "bug", "read before the await, written after: concurrent tallies overwrite each other", "critical-section"),
    "FORECAST-STAMPEDE": P(S, "const resp = await fetch(`${WEATHER_URL}?day=${encodeURIComponent(day)}`);", "performance", "cache check and fill span an await: concurrent misses all call the weather API", "critical-section"),
    "FORECAST-NO-TIMEOUT": P(S, "const resp = await fetch(`${WEATHER_URL}?day=${encodeURIComponent(day)}`);", "performance", "weather fetch has no timeout: a slow API hangs every outlook request"),
    "FORECAST-NO-STATUS": P(S, "const body = (await resp.json()) as { rainMm: number };", "bug", "resp.ok never checked: an error body is cached for 15 minutes as the forecast"),
    "PRINT-CMD-INJECTION": P(S, "exec(cmd, () => {", "security", "day and printer from the body run through a shell: command injection", "source-vs-sink"),
    "PRINT-ERROR-IGNORED": P(S, "exec(cmd, () => {", "bug", "exec error ignored: 202 queued even when printing failed"),
    "DOCS-TRAVERSAL": P(S, "res.sendFile(file);", "security", "pickerId and name path segments joined to DOCS_DIR: path traversal", "source-vs-sink"),
    "BOARD-SLICE": P(S, "const shown = rows.slice(page * 20, page * 20 + 19);", "bug", "slice end page*20+19: the 20th picker of every page is never shown", "off-by-one"),
    "BOARD-XSS": P(S, "${esc(r.starts_at)}: ${r.nickname}</li>`", "security", "nickname rendered unescaped on the public board (stored XSS)"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("JWT-DEFAULT-SECRET", "JWT-NO-EXPIRY"),
    ("SHIFTS-BLOCK-SQLI", "SHIFTS-SORT-SQLI"),
    ("SHIFT-END-BEFORE-START", "SHIFT-CAPACITY-UNCHECKED"),
    ("SIGNUP-OVERBOOK", "SIGNUP-CAPACITY-OBO"),
    ("SIGNUP-CAPACITY-OBO", "SIGNUP-SHIFT-MISSING"),
    ("SIGNUP-OVERBOOK", "SIGNUP-SHIFT-MISSING"),
    ("SIGNUP-OVERBOOK", "SIGNUP-DUPLICATE"),
    ("TALLY-NEGATIVE", "TALLY-LOST-UPDATE"),
    ("FORECAST-STAMPEDE", "FORECAST-NO-TIMEOUT"),
    ("FORECAST-NO-TIMEOUT", "FORECAST-NO-STATUS"),
    ("PRINT-CMD-INJECTION", "PRINT-ERROR-IGNORED"),
    ("BOARD-SLICE", "BOARD-XSS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole roster service. Severity overview:

        | Severity | Count | Where |
        |---|---|---|
        | Critical | 3 | token signing secret, `/shifts` SQL, `/roster/print` |
        | High | 5 | picker/pay data, sign-up capacity, docs path |
        | Medium / Low | 9 | tally, forecast cache, board, error handler |

        What is already right: `supervisorOnly` fails closed and checks the length before `timingSafeEqual`;
        `DELETE /signups/:id` is scoped to the token's picker; `/shifts/:id/noshow` validates its ids and runs
        both updates in one transaction; the board escapes block and start time; `express.json` has a body
        limit.
        """,
        Block([
            F("JWT-DEFAULT-SECRET", "critical", "security", "Picker tokens are signed with a hard-coded fallback secret",
              "Refuse to start when `ROSTER_JWT_SECRET` is unset; a known secret lets anyone mint a token for any `pickerId`.",
              symbol="pickerAuth", conf=0.9),
            F("JWT-NO-EXPIRY", "medium", "security", "`ignoreExpiration: true` accepts expired picker tokens",
              "Drop the option and issue short-lived tokens; a token from last harvest still works.", symbol="pickerAuth", conf=0.8),
            F("SHIFTS-BLOCK-SQLI", "critical", "security", "SQL injection through `block` in `GET /shifts`",
              "Bind it: `block LIKE '%' || $2 || '%'` with `[day, block]`.", symbol="GET /shifts", conf=0.95),
            F("SHIFTS-SORT-SQLI", "high", "security", "SQL injection through `sort` in `GET /shifts`",
              "Map `sort` to an allow-list (`starts_at`, `block`, `capacity`); it cannot be bound as a parameter.",
              symbol="GET /shifts", conf=0.9),
            F("PRINT-CMD-INJECTION", "critical", "security", "Shell command built from `day` and `printer` in `/roster/print`",
              "Use `execFile(\"roster-print\", [\"--day\", day, \"--printer\", printer])` and validate `day` as a date.",
              d=-1, symbol="POST /roster/print", conf=0.9),
            F("PICKER-IDOR", "high", "security", "`GET /pickers/:id` returns another picker's IBAN and phone",
              "Compare `req.params.id` with `req.picker.pickerId` (supervisors excepted) and leave `iban` out of the default view.",
              symbol="GET /pickers/:id", conf=0.85),
            F("PAY-IDOR", "high", "security", "`GET /pickers/:id/pay` is not restricted to the caller",
              "Same ownership check as above.", symbol="GET /pickers/:id/pay", conf=0.8),
            F("DOCS-TRAVERSAL", "high", "security", "`/docs/:pickerId/:name` can escape `DOCS_DIR`",
              "Use `res.sendFile(name, { root: path.join(DOCS_DIR, pickerId) })` after checking both segments against `^[\\w.-]+$`.",
              symbol="GET /docs/:pickerId/:name", conf=0.75),
            F("CORS-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "List the roster front-end's origin explicitly.", conf=0.7),
            F("ERROR-STACK", "low", "security", "Error handler sends stack traces to the client",
              "Log the error and return a generic message.", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("SIGNUP-OVERBOOK", "high", "bug", "Concurrent sign-ups can overfill a shift",
              "Do the count and insert in one transaction with `SELECT ... FOR UPDATE` on the shift row, or an `INSERT ... SELECT ... WHERE (SELECT count(*) ...) < capacity`.",
              d=0, sd=-1, n=2, symbol="POST /shifts/:id/signup", conf=0.8),
            F("SIGNUP-CAPACITY-OBO", "medium", "bug", "Capacity check lets one extra picker in",
              "Use `>=`: with capacity 12 and 12 taken, the check passes and the 13th is inserted.",
              symbol="POST /shifts/:id/signup", conf=0.85),
            F("SIGNUP-SHIFT-MISSING", "medium", "bug", "Unknown shift id throws inside the handler",
              "Return 404 when `shifts.length === 0`; in Express 4 the rejection is not caught and the request hangs.",
              symbol="POST /shifts/:id/signup", conf=0.75),
            F("SIGNUP-DUPLICATE", "low", "bug", "A picker can take the same shift twice",
              "Add a unique constraint on `(shift_id, picker_id)` and answer 409 on conflict.", symbol="POST /shifts/:id/signup", conf=0.7),
            F("SHIFT-END-BEFORE-START", "medium", "bug", "Shift hours are not validated",
              "Reject shifts whose end is not after their start; `hours` becomes negative or `NaN`.", symbol="POST /shifts", conf=0.75),
            F("PAY-LAST-DAY", "high", "bug", "Pay period drops its last day",
              "Iterate `i <= days` (or compute days inclusively); with `from=to` the loop never runs and the pay is 0.",
              symbol="GET /pickers/:id/pay", conf=0.8),
            F("TALLY-LOST-UPDATE", "medium", "bug", "In-memory tally loses concurrent updates",
              "Read the current value after the `await` (or drop the map and sum the table).", d=0, sd=-2, n=3,
              symbol="POST /tally", conf=0.75),
            F("TALLY-NEGATIVE", "medium", "bug", "Crate count is not validated",
              "Require a positive integer below a sane daily maximum.", symbol="POST /tally", conf=0.8),
            F("FORECAST-STAMPEDE", "low", "performance", "Forecast cache misses are not de-duplicated",
              "Cache the pending promise per day so concurrent requests share one fetch.", d=-2, sd=-2, n=3,
              symbol="forecast", conf=0.6),
            F("FORECAST-NO-STATUS", "medium", "bug", "Weather API errors are cached as forecasts",
              "Check `resp.ok` before parsing and caching.", symbol="forecast", conf=0.7),
            F("BOARD-SLICE", "medium", "bug", "Board pages show 19 pickers and skip one per page",
              "`rows.slice(page * 20, page * 20 + 20)`.", symbol="GET /board", conf=0.85),
            F("BOARD-XSS", "medium", "security", "Picker nickname is not escaped on the board",
              "Wrap it in `esc()` like the other fields.", symbol="GET /board", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SHIFTS-BLOCK-SQLI", "critical", "security", "SQLi in GET /shifts via block", "bind params", d=-2),
            F("PRINT-CMD-INJECTION", "critical", "security", "exec() with request data in /roster/print", "execFile + argv", d=-2),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded JWT fallback secret", "require env"),
            F("PICKER-IDOR", "high", "security", "IDOR on /pickers/:id", "check ownership", d=-3),
            F("PAY-IDOR", "high", "security", "IDOR on /pickers/:id/pay", "check ownership", d=-2),
            F("SIGNUP-OVERBOOK", "high", "bug", "Race between count and insert overbooks shifts", "transaction / FOR UPDATE", d=-1),
            F("SIGNUP-CAPACITY-OBO", "medium", "bug", "capacity check uses > (allows capacity+1)", ">="),
            F("PAY-LAST-DAY", "medium", "bug", "Pay loop excludes end date", "inclusive range", d=-2),
            F("TALLY-LOST-UPDATE", "medium", "bug", "tallies map lost update across await", "read after await", d=-2),
            F("DOCS-TRAVERSAL", "high", "security", "Path traversal in /docs", "root option + validation", d=-2),
            F("BOARD-SLICE", "low", "bug", "Board slice end off by one", "+20"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Secateurs picker roster service. It is an Express application backed by
        PostgreSQL that authenticates pickers with JSON Web Tokens and supervisors with a shared key.

        ### Critical and High Severity

        The service has several injection points and authorization gaps that should be addressed before the
        harvest season starts.
        """,
        Block([
            F("SHIFTS-BLOCK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Shift Search",
              "Use parameterized queries for the block filter.", d=0, sd=-2, n=3,
              desc="The `block` query parameter is concatenated into the SQL string inside a LIKE pattern."),
            F("SHIFTS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against a list of columns.", d=0, sd=-2, n=3),
            F("PRINT-CMD-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Roster Printing",
              "Use `execFile` with an argument array.", d=0, sd=-2, n=3),
            F("JWT-DEFAULT-SECRET", "HIGH", "Broken Authentication", "Hardcoded Fallback JWT Secret",
              "Fail at startup when the secret is missing.", d=0, sd=-2, n=3),
            F("JWT-NO-EXPIRY", "MEDIUM", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove `ignoreExpiration`.", d=0, sd=-2, n=3),
            F("PICKER-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Picker Profiles",
              "Verify that the requested id belongs to the authenticated picker.", d=0, sd=-2, n=3,
              desc="Any authenticated picker can enumerate ids and read bank details (IBAN) and phone numbers of all pickers."),
            F("DOCS-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Document Download",
              "Normalize and confine the path to DOCS_DIR.", d=-1, sd=-3, n=3),
            F("BOARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Picker Nickname",
              "Escape the nickname with `esc`.", d=0, sd=-2, n=3),
            F("CORS-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict allowed origins.", d=0, sd=-2, n=3),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not include `err.stack`.", d=0, sd=-2, n=3),
        ], wrap="list"),
        """
        ### Medium and Low Severity
        """,
        Block([
            F("SIGNUP-OVERBOOK", "HIGH", "Race Condition", "Race Condition in Shift Signup Allows Overbooking",
              "Use a database transaction with row locking.", d=3, sd=1, n=3,
              desc="The capacity is checked and the signup inserted in separate queries, so simultaneous requests can exceed the capacity."),
            F("SIGNUP-SHIFT-MISSING", "MEDIUM", "Error Handling", "Missing Null Check for Shift Lookup",
              "Return 404 if the shift is not found.", d=0, sd=-2, n=3),
            F("SHIFT-CAPACITY-UNCHECKED", "LOW", "Input Validation", "Shift Capacity Not Validated",
              "Validate that capacity is a positive integer.", d=0, sd=-2, n=3),
            F("TALLY-NEGATIVE", "MEDIUM", "Input Validation", "Negative Crate Counts Accepted",
              "Validate the crate count.", d=0, sd=-2, n=3),
            F("FORECAST-NO-TIMEOUT", "MEDIUM", "Availability", "External Weather Request Without Timeout",
              "Use an `AbortSignal.timeout()`.", d=0, sd=-2, n=3),
            F("FORECAST-STAMPEDE", "LOW", "Caching", "Cache Stampede on Forecast Lookup",
              "Store the in-flight promise in the cache.", d=2, sd=0, n=3),
            F("PRINT-ERROR-IGNORED", "LOW", "Error Handling", "Roster Print Errors Are Ignored",
              "Check the `error` argument of the exec callback.", d=0, sd=-2, n=3),
            F("BOARD-SLICE", "LOW", "Logic Error", "Pagination Drops One Entry per Page",
              "Use `page * 20 + 20` as the slice end.", d=0, sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving route handlers into separate routers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SHIFTS-BLOCK-SQLI", "high", "security", "sql injection in /shifts block filter", "use $n params"),
            F("PRINT-CMD-INJECTION", "high", "security", "command injection in roster print", "execFile", d=-1),
            F("PAY-IDOR", "medium", "", "can read anyone's pay", "check picker id"),
            F("SIGNUP-CAPACITY-OBO", "medium", "bug", "signup allows capacity+1", "use >="),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("TALLY-LOST-UPDATE", "low", "bug", "tally map race across await", "recompute after await", d=-1),
            F("ERROR-STACK", "low", "security", "stack leaked in 500s", "drop stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the shift search and command injection in roster printing (blocker).
        2. Authentication: fallback JWT secret, expiration disabled.
        3. Authorization: picker profile and pay are readable by any picker.
        4. Concurrency: shift sign-up capacity and tally updates are racy.
        5. Correctness: pay period, board pagination, input validation.
        """,
        Block([
            F("SHIFTS-BLOCK-SQLI", "blocker", "security", "SQL injection in shift listing (block filter)",
              "Use parameter placeholders.", conf=0.9),
            F("PRINT-CMD-INJECTION", "blocker", "security", "Command injection in roster printing",
              "Avoid exec with a shell.", conf=0.9),
            F("JWT-NO-EXPIRY", "major", "security", "JWT expiration check disabled",
              "Enforce token expiry.", anchor='const secret = process.env.ROSTER_JWT_SECRET || "vendange";', conf=0.75),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret used when env var missing",
              "Require the secret.", conf=0.85),
            F("PICKER-IDOR", "major", "security", "Missing authorization on picker profile (IBAN exposed)",
              "Check ownership.", d=-1, conf=0.8),
            F("PAY-IDOR", "major", "security", "Missing authorization on pay endpoint",
              "Check ownership.", conf=0.75),
            F("SIGNUP-OVERBOOK", "major", "concurrency", "Shift capacity race condition",
              "Use a transaction with locking.", d=3, conf=0.75),
            F("SIGNUP-CAPACITY-OBO", "major", "correctness", "Off-by-one in capacity check",
              "Use >= instead of >.", d=-1, conf=0.8),
            F("TALLY-LOST-UPDATE", "major", "concurrency", "Lost update on in-memory tally",
              "Avoid stale read across await.", conf=0.7),
            F("PAY-LAST-DAY", "major", "correctness", "Pay calculation excludes the last day of the period",
              "Make the range inclusive.", conf=0.75),
            F("SHIFT-END-BEFORE-START", "minor", "correctness", "No validation of shift start/end",
              "Validate that end > start.", conf=0.6),
            F("FORECAST-NO-STATUS", "minor", "reliability", "HTTP status of weather API not checked",
              "Check resp.ok.", conf=0.6),
            F("FORECAST-STAMPEDE", "minor", "performance", "Duplicate weather fetches on concurrent cache miss",
              "Cache the promise.", d=-1, conf=0.55),
            F("BOARD-SLICE", "minor", "correctness", "Board pagination off by one",
              "Fix the slice end.", d=1, conf=0.7),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 8 major, 4 minor"),
    ]),
}

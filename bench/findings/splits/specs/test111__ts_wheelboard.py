"""test111/ts-wheelboard: a fairground ferris wheel's gondola boardings, ride cycles and safety inspections
(TypeScript, Express 4 + pg + jsonwebtoken).

Frozen test split test111 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code, its
results or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test111: seeded problems in a ferris-wheel boarding desk; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'process.env.WHEEL_JWT_SECRET || "big-wheel-1893"', "security",
                             "hard-coded fallback signing secret when WHEEL_JWT_SECRET is unset"),
    "JWT-DECODE-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Operator | null;", "security",
                               "operatorFrom uses jwt.decode, not jwt.verify: any forged token (any role) is accepted",
                               "signature-vs-statement"),
    "PIN-MD5": P(S, 'crypto.createHash("md5").update(String(pin))', "security",
                 "operator PINs stored and checked as unsalted MD5 (and compared with !==)"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: op.id, name: op.name, role: op.role }, OPERATOR_SECRET);",
                         "security", "operator tokens are signed without expiresIn: a leaked token works forever"),
    "CHECKLIST-EMPTY-PASSES": P(S, "return Object.values(checks).every(Boolean);", "bug",
                                "checklistPassed ignores REQUIRED_CHECKS: an empty or partial checklist passes the inspection",
                                "signature-vs-statement"),
    "CYCLE-NO-INSPECTION": P(S, "if (rows.length && !rows[0].passed) {", "bug",
                             "a cycle may start when no inspection was recorded today (only a failed one blocks)"),
    "CYCLE-WIND-NAN": P(S, "if (wind > MAX_WIND_KPH)", "bug",
                        "windKph missing or non-numeric gives NaN and NaN > 40 is false: the wind limit is skipped"),
    "CYCLE-NOTE-SQLI": P(S, "note = '${note}' WHERE id = $1 RETURNING id, riders", "security",
                         "stop note from the body interpolated into the UPDATE (SQL injection)", "source-vs-sink"),
    "CYCLE-STOP-UNKNOWN": P(S, "res.json({ cycle: rows[0].id, riders: rows[0].riders });", "bug",
                            "unknown cycle id: rows[0] is undefined, the async handler throws and the request hangs"),
    "CYCLES-PAGES-FLOOR": P(S, "const pages = Math.floor(total / limit);", "bug",
                            "page count floored: the last partial page is never offered", "off-by-one"),
    "BOARD-RIDERS-UNCHECKED": P(S, "const riders = Number(req.body.riders);", "bug",
                                "riders not validated: negative or fractional counts free seats and corrupt the cycle total"),
    "BOARD-KG-NAN": P(S, "const kg = Number(req.body.estimatedKg);", "bug",
                      "missing estimatedKg gives NaN, every load comparison is false and the weight limit is skipped"),
    "BOARD-LOAD-RACE": P(S, 'const ticket = await pool.query("SELECT id, rides_left FROM tickets', "bug",
                         "seat/weight check, then await, then gondolaLoad.set: two boardings can both pass the check and overload a gondola",
                         "critical-section"),
    "TICKET-ZERO-RIDES": P(S, "ticket.rows[0].rides_left < 0", "bug",
                           "< 0 instead of <= 0: a ticket with no rides left still boards", "off-by-one"),
    "TICKET-ONE-RIDE": P(S, 'await pool.query("UPDATE tickets SET rides_left = rides_left - 1 WHERE id = $1"', "bug",
                         "one ride deducted per boarding whatever the number of riders on the ticket"),
    "QUEUE-NO-CYCLE": P(S, "const elapsed = (Date.now() - cycleStartedAt) / 1000;", "bug",
                        "before any cycle (cycleStartedAt = 0) or after a stop the platform position is computed from a stale start"),
    "PLATFORM-INDEX": P(S, "const atPlatform = Math.floor(elapsed / SECONDS_PER_STEP) % GONDOLAS;", "bug",
                        "platform gondola computed 0..23 but gondolas are numbered 1..24", "off-by-one"),
    "BOARD-CACHE-STAMPEDE": P(S, 'const { rows } = await pool.query("SELECT gondola, riders, boarded_at FROM boardings_today',
                              "performance",
                              "cache checked, then awaited refresh: every request during the refresh queries again and overwrites boardCache",
                              "critical-section"),
    "REPORT-EXEC-INJECTION": P(S, "exec(`wheel-report --day ${day} --out ${REPORT_DIR}`", "security",
                               "day from the body interpolated into a shell command", "source-vs-sink"),
    "REPORT-ERROR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message, stderr });", "security",
                           "failed report returns the command line and stderr to the client"),
    "REPORT-TRAVERSAL": P(S, "res.sendFile(path.join(REPORT_DIR, file));", "security",
                          "?file= joined to REPORT_DIR unchecked: any file readable", "source-vs-sink"),
    "OPERATORS-PIN-HASH": P(S, 'const { rows } = await pool.query("SELECT id, name, role, pin_hash FROM operators ORDER BY name");',
                            "security", "operator list returns every pin_hash (unsalted MD5 of a short PIN)"),
    "PHOTO-CAPTION-XSS": P(S, "res.send(`<h1>Gondola ${p.gondola}</h1>", "security",
                           "rider-set caption written into HTML unescaped (stored XSS)"),
    "PHOTO-CODE-XSS": P(S, "res.send(`<h1>Gondola ${p.gondola}</h1>", "security",
                        "req.params.code written into the img src attribute unescaped (reflected XSS)"),
}

CONFUSABLE = [
    ("PIN-MD5", "TOKEN-NO-EXPIRY"),
    ("CYCLE-NO-INSPECTION", "CYCLE-WIND-NAN"),
    ("CYCLE-NOTE-SQLI", "CYCLE-STOP-UNKNOWN"),
    ("BOARD-RIDERS-UNCHECKED", "BOARD-KG-NAN"),
    ("BOARD-LOAD-RACE", "TICKET-ZERO-RIDES"),
    ("TICKET-ZERO-RIDES", "TICKET-ONE-RIDE"),
    ("BOARD-LOAD-RACE", "TICKET-ONE-RIDE"),
    ("QUEUE-NO-CYCLE", "PLATFORM-INDEX"),
    ("REPORT-EXEC-INJECTION", "REPORT-ERROR-LEAK"),
    ("PHOTO-CAPTION-XSS", "PHOTO-CODE-XSS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is the whole boarding desk. The inspector path is solid (`requireInspector` fails closed,
        checks the length and uses `timingSafeEqual`), queries are parameterised almost everywhere, `/cycles`
        clamps `limit` and computes the offset correctly, the gondola number is validated before use and the error
        handler does not leak details. The operator side is where it goes wrong: the token is never verified, so
        every operator-only route is effectively public.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | auth | unverified JWT, fallback secret |
        | P0 | injection | SQL in `/cycles/:id/stop`, shell in `POST /reports`, file read in `GET /reports` |
        | P1 | ride safety | empty checklist passes, no-inspection start, NaN wind/weight, overload race |
        | P1 | tickets | zero-ride tickets board, one ride per group |
        | P2 | other | XSS on the photo page, PIN hashes, paging, platform number, cache refresh |
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "`operatorFrom` decodes the JWT without verifying it",
              "Use `jwt.verify(token, OPERATOR_SECRET, { algorithms: [\"HS256\"] })` inside a try/catch; today anyone can mint `{\"id\":1,\"role\":\"supervisor\"}`.",
              symbol="operatorFrom", conf=0.95),
            F("JWT-SECRET-FALLBACK", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start when `WHEEL_JWT_SECRET` is unset instead of signing with `\"big-wheel-1893\"`.", conf=0.85),
            F("PIN-MD5", "medium", "security", "Operator PINs hashed with unsalted MD5",
              "Use bcrypt/argon2 (or scrypt from `crypto`) and a constant-time comparison; a 4-digit PIN's MD5 is reversible by lookup.",
              symbol="POST /login", conf=0.8),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Operator tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign` (a shift) and verify it.", symbol="POST /login", conf=0.75),
            F("CYCLE-NOTE-SQLI", "critical", "security", "SQL injection through `note` in `POST /cycles/:id/stop`",
              "Bind it: `note = $2` with `[req.params.id, note]`.", symbol="POST /cycles/:id/stop", conf=0.95),
            F("REPORT-EXEC-INJECTION", "critical", "security", "Shell injection through `day` in `POST /reports`",
              "Validate `day` as `YYYY-MM-DD` and use `execFile(\"wheel-report\", [\"--day\", day, \"--out\", REPORT_DIR])`.",
              symbol="POST /reports", conf=0.9),
            F("REPORT-ERROR-LEAK", "low", "security", "Report failures return the command and stderr",
              "Log `err`/`stderr` server-side and answer a generic 500.", symbol="POST /reports", conf=0.6),
            F("REPORT-TRAVERSAL", "high", "security", "Path traversal in `GET /reports` via `file`",
              "Use `res.sendFile(file, { root: REPORT_DIR })` after rejecting names with `/` or `..`.",
              symbol="GET /reports", conf=0.9),
            F("OPERATORS-PIN-HASH", "medium", "security", "`GET /operators` returns PIN hashes",
              "Select only `id, name, role`; combined with the unverified token this hands every PIN hash to anyone.",
              symbol="GET /operators", conf=0.8),
            F("PHOTO-CAPTION-XSS", "medium", "security", "Stored XSS through the photo caption",
              "Wrap `p.caption` (and the code) in `esc()`, as already done for `taken_at`.", symbol="GET /photos/:code", conf=0.8),
        ]),
        "Ride safety and bookkeeping:",
        Block([
            F("CHECKLIST-EMPTY-PASSES", "high", "bug", "An empty checklist passes the daily inspection",
              "Check `REQUIRED_CHECKS.every((k) => checks[k] === true)`; `Object.values({}).every(Boolean)` is `true`, and missing items are simply not looked at.",
              symbol="checklistPassed", conf=0.9),
            F("CYCLE-NO-INSPECTION", "high", "bug", "Cycles can start with no inspection recorded today",
              "Require `rows.length === 1 && rows[0].passed`; now only a *failed* inspection blocks.",
              symbol="POST /cycles", conf=0.85),
            F("CYCLE-WIND-NAN", "medium", "bug", "Wind limit skipped when `windKph` is missing",
              "Reject non-finite values: `if (!Number.isFinite(wind) || wind > MAX_WIND_KPH)`.", symbol="POST /cycles", conf=0.75),
            F("BOARD-RIDERS-UNCHECKED", "medium", "bug", "`riders` is not validated",
              "Require an integer 1..SEATS_PER_GONDOLA; `riders: -6` empties a gondola's seat count.", symbol="POST /boardings", conf=0.7),
            F("BOARD-KG-NAN", "medium", "bug", "Weight limit skipped when `estimatedKg` is missing",
              "Reject non-finite or negative `kg`; `NaN` makes `load.kg + kg > MAX_LOAD_KG` false and stores `NaN` for the gondola.",
              symbol="POST /boardings", conf=0.7),
            F("BOARD-LOAD-RACE", "high", "bug", "Gondola capacity check and update are separated by awaits",
              "Reserve the seats in `gondolaLoad` before the ticket queries (and roll back on failure), or enforce the capacity in SQL; two boardings for the same gondola can both pass the check.",
              symbol="POST /boardings", conf=0.8),
            F("TICKET-ZERO-RIDES", "medium", "bug", "Tickets with zero rides left still board",
              "`rides_left <= 0`.", symbol="POST /boardings", conf=0.85),
            F("TICKET-ONE-RIDE", "medium", "bug", "Only one ride is deducted for a whole group",
              "Deduct `riders` (and check `rides_left >= riders`).", symbol="POST /boardings", conf=0.7),
            F("CYCLES-PAGES-FLOOR", "low", "bug", "`pages` drops the last partial page",
              "`Math.ceil(total / limit)`.", symbol="GET /cycles", conf=0.8),
            F("PLATFORM-INDEX", "low", "bug", "`atPlatform` is 0-based but gondolas are numbered from 1",
              "Add 1: the board shows gondola 0 and never 24.", symbol="GET /queue", conf=0.75),
            F("BOARD-CACHE-STAMPEDE", "low", "performance", "Queue board cache refresh is not de-duplicated",
              "Keep one in-flight refresh promise and await it; after expiry every poll hits the database.",
              d=-1, symbol="GET /board", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "Operator auth trusts unverified JWT (jwt.decode)",
              "jwt.verify with the secret.", d=-2),
            F("CYCLE-NOTE-SQLI", "critical", "security", "SQL injection via note in stop-cycle UPDATE",
              "Parameterise note.", d=-2),
            F("CYCLE-STOP-UNKNOWN", "low", "bug", "stop: rows[0] undefined for unknown id -> unhandled rejection",
              "404 when rowCount is 0."),
            F("REPORT-EXEC-INJECTION", "high", "security", "Command injection in POST /reports (day)",
              "execFile + validate date.", d=-1),
            F("REPORT-TRAVERSAL", "high", "security", "Arbitrary file read in GET /reports?file=",
              "root option + basename.", d=-1),
            F("CHECKLIST-EMPTY-PASSES", "high", "bug", "checklistPassed does not use REQUIRED_CHECKS; {} passes",
              "Iterate REQUIRED_CHECKS.", d=-1),
            F("CYCLE-NO-INSPECTION", "high", "bug", "Ride can start with no inspection today",
              "Require a passed row."),
            F("BOARD-LOAD-RACE", "medium", "bug", "gondolaLoad check/set not atomic across awaits (overload)",
              "Reserve before awaiting.", d=+3),
            F("TICKET-ZERO-RIDES", "medium", "bug", "rides_left < 0 lets 0-ride tickets through", "<= 0."),
            F("PLATFORM-INDEX", "low", "bug", "atPlatform off by one (0-based vs gondolas 1..24)", "+1"),
            F("OPERATORS-PIN-HASH", "medium", "security", "GET /operators leaks pin_hash", "Drop the column."),
            F("PHOTO-CODE-XSS", "medium", "security", "Reflected XSS: :code interpolated into img src",
              "Escape or validate code."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the ferris wheel boarding service (`src/server.ts`). The service handles
        operator login, daily safety inspections, ride cycles, gondola boardings, reports and the public queue
        board.

        ### Key Concerns

        The authentication layer for operators is fundamentally broken, and several endpoints are vulnerable to
        injection. Because this software gates a passenger ride, I have also reviewed the safety logic carefully;
        there are gaps that could allow the wheel to run outside its limits.

        ### Security Issues
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; it does not check the signature, so any client can craft a token with the supervisor role."),
            F("JWT-SECRET-FALLBACK", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret",
              "Require the secret from the environment."),
            F("PIN-MD5", "HIGH", "Cryptographic Failure", "Weak Hashing Algorithm for PINs",
              "Use a slow, salted password hash such as bcrypt."),
            F("CYCLE-NOTE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Cycle Stop Note",
              "Use a parameter placeholder for the note.", sd=-2, n=3),
            F("REPORT-EXEC-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Report Generation",
              "Use `execFile` with an argument array.", sd=-1, n=2),
            F("REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Report Download",
              "Validate the file name."),
            F("PHOTO-CAPTION-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Photo Page",
              "Escape the caption before rendering."),
        ], wrap="list"),
        """
        ### Safety and Reliability Issues
        """,
        Block([
            F("BOARD-LOAD-RACE", "HIGH", "Race Condition", "Race Condition Allows Gondola Overloading",
              "Update `gondolaLoad` synchronously before any `await`.", d=-3, sd=-3, n=2,
              desc="The capacity check reads `gondolaLoad` and the update happens only after two awaited queries, so concurrent boardings for the same gondola interleave."),
            F("BOARD-RIDERS-UNCHECKED", "MEDIUM", "Input Validation", "Rider Count Not Validated",
              "Validate that `riders` is a positive integer."),
            U({"severity": "Low", "category": "Maintainability", "description": "The file mixes routing, auth and business logic; consider splitting it."}),
            F("CYCLE-STOP-UNKNOWN", "LOW", "Error Handling", "Unhandled Missing Cycle",
              "Check `rows.length` before accessing `rows[0]`."),
            F("QUEUE-NO-CYCLE", "LOW", "Logic Error", "Platform Position Computed Without an Active Cycle",
              "Return `null` when no cycle is running.", desc="`cycleStartedAt` starts at 0 and is never reset when a cycle stops."),
            F("BOARD-CACHE-STAMPEDE", "LOW", "Performance", "Cache Stampede on Queue Board",
              "Share a single pending refresh."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "error", "security", "jwt.decode used for auth, signature never checked", "jwt.verify"),
            F("CYCLE-NOTE-SQLI", "error", "security", "sql injection in stop note", "use $2"),
            F("REPORT-EXEC-INJECTION", "error", "security", "command injection in wheel-report exec", "execFile"),
            F("REPORT-TRAVERSAL", "error", "security", "report download path traversal", "basename / root"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CYCLE-NO-INSPECTION", "warning", "", "wheel can run with no inspection logged", "require passed inspection"),
            F("TICKET-ZERO-RIDES", "warning", "bug", "empty ticket still boards", "<= 0", d=+1),
            F("REPORT-ERROR-LEAK", "warning", "security", "exec error + stderr sent to client", "generic error"),
            F("PHOTO-CAPTION-XSS", "warning", "security", "caption not escaped", "esc()"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: operator tokens are decoded but not verified; the signing secret has a hard-coded default; PINs use MD5; tokens do not expire.
        2. Injection: SQL injection in the stop-cycle note, command injection in report generation, path traversal in report download, XSS on the photo page.
        3. Safety logic: the inspection checklist and the cycle start checks can be bypassed.
        4. Concurrency: gondola load tracking and the board cache.
        5. Off-by-one errors in tickets, paging and the platform position.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Use jwt.verify.", conf=0.9),
            F("JWT-SECRET-FALLBACK", "major", "security", "Default JWT secret in source code", "Remove the default.", conf=0.8),
            F("PIN-MD5", "major", "security", "MD5 used for PIN hashing", "Use bcrypt.", conf=0.8),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT has no expiration", "Set expiresIn.", conf=0.7),
            F("CHECKLIST-EMPTY-PASSES", "blocker", "correctness", "Inspection passes with missing checklist items",
              "Validate against REQUIRED_CHECKS.", conf=0.85),
            F("CYCLE-WIND-NAN", "major", "correctness", "Wind speed check bypassed when windKph is not a number",
              "Validate windKph with Number.isFinite.", d=-3, conf=0.7),
            F("CYCLE-NOTE-SQLI", "blocker", "security", "SQL injection in cycle stop note", "Use parameters.", conf=0.9),
            F("CYCLES-PAGES-FLOOR", "minor", "correctness", "Page count calculation drops the last page",
              "Use Math.ceil.", d=-1, conf=0.7),
            F("BOARD-LOAD-RACE", "major", "concurrency", "Race condition in gondola load tracking",
              "Update the load before awaiting.", conf=0.75),
            F("TICKET-ZERO-RIDES", "major", "correctness", "Off-by-one in ticket rides check", "Use <= 0.", conf=0.8),
            F("TICKET-ONE-RIDE", "minor", "correctness", "Rides deducted per boarding, not per rider",
              "Deduct the number of riders.", conf=0.65),
            F("PLATFORM-INDEX", "minor", "correctness", "Platform gondola number is zero-based",
              "Add one.", d=+2, conf=0.6),
            F("BOARD-CACHE-STAMPEDE", "minor", "performance", "Board cache refresh is not synchronized",
              "Cache the pending promise.", d=+1, conf=0.6),
            F("REPORT-EXEC-INJECTION", "blocker", "security", "Command injection in report generation",
              "Use execFile.", conf=0.9),
            F("REPORT-TRAVERSAL", "blocker", "security", "Path traversal in report download", "Validate file.", conf=0.85),
            F("OPERATORS-PIN-HASH", "major", "security", "Operator list exposes PIN hashes", "Remove pin_hash.", conf=0.75),
            F("PHOTO-CAPTION-XSS", "major", "security", "XSS in photo page caption", "Escape the caption.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 5 blocker, 7 major, 5 minor"),
    ]),
}

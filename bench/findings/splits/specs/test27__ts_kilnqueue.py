"""test27/ts-kilnqueue: a community pottery studio's kiln firing queue and shelf credits (TypeScript, Express + pg).

Frozen test split test27; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split (test27): seeded problems in a small Express service for a pottery "
    "studio (piece photos and cards, a firing queue with shelf space, shelf credits, a kiln controller webhook and "
    "kiln start command); five agents' answers written by hand."
)

S = "src/server.ts"
FI = "src/firings.ts"
C = "src/credits.ts"
K = "src/controller.ts"

PROBLEMS = {
    "STAFF-TOKEN-UNDEFINED": P(S, 'if (req.header("x-staff-token") === STAFF_TOKEN', "security",
                               "KILN_STAFF_TOKEN unset: STAFF_TOKEN is undefined and a request without the header "
                               "compares undefined === undefined, so everyone is staff"),
    "STAFF-MEMBER-NEVER-SET": P(S, 'if (req.header("x-staff-token") === STAFF_TOKEN', "bug",
                                "extra, one agent: staffOnly routes never run memberAuth, so res.locals.member is always "
                                "undefined and staff members cannot use their member token"),
    "PHOTO-NO-LIMITS": P(S, "const upload = multer({ dest: UPLOAD_DIR });", "security",
                         "extra, one agent: multer without limits or a file filter: any size, any type stored"),
    "PHOTO-NO-OWNER": P(S, 'await pool.query("UPDATE pieces SET photo = $1 WHERE id = $2"', "security",
                        "any member can replace the photo of any other member's piece"),
    "CARD-XSS-STORED": P(S, "res.send(`<h1>${p.title}</h1>", "security",
                         "piece title, maker and glaze (member-entered) written into HTML unescaped: stored XSS"),
    "CARD-XSS-REFLECTED": P(S, "res.send(`<h1>${p.title}</h1>", "security",
                            "note query value echoed into the card HTML unescaped: reflected XSS"),
    "MEMBER-SQLI-NAME": P(S, "WHERE m.name ILIKE '%${name}%'", "security",
                          "name query value interpolated into the staff member search SQL", "source-vs-sink"),
    "MEMBER-SQLI-GLAZE": P(S, "AND p.glaze = '${glaze}')` : \"\"}", "security",
                           "glaze query value interpolated into the EXISTS subquery", "source-vs-sink"),
    "FOOTPRINT-NOT-VALIDATED": P(FI, "const footprint = Number(req.body.footprint_cm2);", "bug",
                                 "footprint not validated: NaN slips past the capacity check, a negative one frees shelf "
                                 "space and earns credits"),
    "CONE-NAN": P(FI, "if (cone < CONE_MIN || cone > CONE_MAX)", "bug",
                  "a non-numeric cone is NaN and passes the range check (both comparisons are false)"),
    "CONE-MISMATCH": P(FI, "if (cone < CONE_MIN || cone > CONE_MAX)", "bug",
                       "extra, one agent: the piece's cone is never compared with the firing's cone: a cone 6 glaze "
                       "can be loaded into a cone 10 firing and run onto the shelf"),
    "FIRING-CAPACITY-RACE": P(FI, "if (Number(rows[0].used) + footprint > SHELF_CM2 * SHELVES_PER_FIRING)", "bug",
                              "SUM of used space, check and INSERT are separate statements: concurrent requests overfill "
                              "a firing", "critical-section"),
    "CHARGE-NOT-ATOMIC": P(FI, "await chargeShelf(res.locals.member.id, footprint);", "bug",
                           "piece inserted before credits are charged, outside a transaction: a failed charge leaves a "
                           "free piece in the firing"),
    "WITHDRAW-ANY-PIECE": P(FI, 'pool.query("DELETE FROM firing_pieces WHERE id = $1 RETURNING member_id, footprint"',
                            "security", "any member can withdraw any member's piece (no member_id condition)",
                            "signature-vs-statement"),
    "WITHDRAW-AFTER-FIRING": P(FI, 'pool.query("DELETE FROM firing_pieces WHERE id = $1 RETURNING member_id, footprint"',
                               "bug", "withdrawal ignores the firing's status: pieces already fired are refunded"),
    "BALANCE-CACHE-STALE": P(C, "if (!balances.has(memberId)) {", "bug",
                             "balances cached in process memory forever: a staff top-up (written straight to the "
                             "table) is overwritten by the next charge"),
    "SHELF-FLOOR": P(C, "const shelves = Math.floor(footprint / SHELF_CM2);", "bug",
                     "Math.floor: a piece smaller than a shelf costs nothing, 1.5 shelves cost one", "off-by-one"),
    "NO-BALANCE-CHECK": P(C, "const next = current - shelves * CREDIT_PER_SHELF;", "bug",
                          "no check that the member has enough credits: balances go negative"),
    "CREDIT-LOST-UPDATE": P(C, 'await pool.query("UPDATE members SET credits = $1 WHERE id = $2"', "bug",
                            "balance read, computed and written back as an absolute value: concurrent charges lose "
                            "updates", "critical-section"),
    "REFUND-MORE-THAN-CHARGED": P(C, "const credits = Math.ceil(footprint / SHELF_CM2) * CREDIT_PER_SHELF;", "bug",
                                  "extra, one agent: refund rounds up while the charge rounds down: withdrawing refunds "
                                  "more than was paid"),
    "SECRET-DEFAULT": P(K, 'const CONTROLLER_SECRET = process.env.KILN_CONTROLLER_SECRET ?? "kilnqueue";', "security",
                        "hard-coded fallback HMAC secret: anyone can sign controller logs when the variable is unset"),
    "HMAC-TIMING": P(K, "return expected === signature;", "security",
                     "signature compared with === (not constant time)", "signature-vs-statement"),
    "HMAC-REENCODED-BODY": P(K, "const raw = JSON.stringify(req.body);", "bug",
                             "HMAC checked over re-serialised JSON, not the raw body bytes: valid controller signatures "
                             "fail whenever the key order or spacing differs"),
    "PEAK-PAST-END": P(K, "for (let i = 1; i <= segments.length; i++) {", "bug",
                       "i <= length reads segments[length]: TypeError on every log", "off-by-one"),
    "PEAK-SKIPS-FIRST": P(K, "for (let i = 1; i <= segments.length; i++) {", "bug",
                          "loop starts at 1: the first segment is never considered for the peak", "off-by-one"),
    "KILN-INJECTION-PROGRAM": P(K, "exec(`kilnctl --kiln ${kiln} start ${program}`", "security",
                                "program body value interpolated into an exec() shell command", "source-vs-sink"),
    "KILN-INJECTION-KILN": P(K, "exec(`kilnctl --kiln ${kiln} start ${program}`", "security",
                             "kiln route parameter interpolated into the same shell command", "source-vs-sink"),
}

CONFUSABLE = [
    ("STAFF-TOKEN-UNDEFINED", "STAFF-MEMBER-NEVER-SET"),
    ("CARD-XSS-STORED", "CARD-XSS-REFLECTED"),
    ("MEMBER-SQLI-NAME", "MEMBER-SQLI-GLAZE"),
    ("FOOTPRINT-NOT-VALIDATED", "CONE-NAN"),
    ("CONE-NAN", "CONE-MISMATCH"),
    ("FOOTPRINT-NOT-VALIDATED", "CONE-MISMATCH"),
    ("FIRING-CAPACITY-RACE", "CHARGE-NOT-ATOMIC"),
    ("WITHDRAW-ANY-PIECE", "WITHDRAW-AFTER-FIRING"),
    ("SHELF-FLOOR", "NO-BALANCE-CHECK"),
    ("NO-BALANCE-CHECK", "CREDIT-LOST-UPDATE"),
    ("PEAK-PAST-END", "PEAK-SKIPS-FIRST"),
    ("KILN-INJECTION-PROGRAM", "KILN-INJECTION-KILN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `kilnqueue` is an Express 4 + `pg` service: piece photos and cards, a firing queue measured in shelf area,
        shelf credits, and two kiln-controller endpoints. Queries are mostly parameterised, and the credit top-up
        validates its amount properly, but a few handlers build SQL, HTML or shell commands from request values, and
        the money-like credit logic is not safe under concurrency.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | `controller.ts` | shell command built from `kiln` and `program` |
        | 2 | `server.ts` | SQL built from `name` / `glaze` in the staff search |
        | 3 | `server.ts` | `staffOnly` passes when the token is not configured |
        | 4 | `firings.ts`, `credits.ts` | capacity and credit races, rounding |
        | 5 | `controller.ts` | controller log loop crashes |
        """,
        Block([
            F("KILN-INJECTION-PROGRAM", "critical", "security", "Command injection via `program` in the kiln start endpoint",
              "Use `execFile(\"kilnctl\", [\"--kiln\", kiln, \"start\", program])` and check `program` against the known firing programs.",
              symbol="POST /staff/kilns/:kiln/start", conf=0.9),
            F("KILN-INJECTION-KILN", "high", "security", "Command injection via the `:kiln` route parameter",
              "Validate `kiln` against the configured kiln ids before it reaches any command line.",
              symbol="POST /staff/kilns/:kiln/start", conf=0.85),
            F("MEMBER-SQLI-NAME", "critical", "security", "SQL injection through `name` in `GET /staff/members`",
              "Bind it: `m.name ILIKE $1` with `%${name}%` as the value.", symbol="GET /staff/members", conf=0.9),
            F("MEMBER-SQLI-GLAZE", "high", "security", "SQL injection through `glaze` in the member search subquery",
              "Bind `glaze` as a second parameter.", symbol="GET /staff/members", conf=0.85),
            F("STAFF-TOKEN-UNDEFINED", "high", "security", "`staffOnly` lets everyone through when `KILN_STAFF_TOKEN` is unset",
              "`req.header()` returns `undefined` for a missing header and `STAFF_TOKEN` is `undefined` too. Fail closed when the variable is missing and compare with `crypto.timingSafeEqual`.",
              symbol="staffOnly", conf=0.85),
            F("CARD-XSS-STORED", "high", "security", "Stored XSS in the piece card",
              "Escape `title`, `maker` and `glaze` before interpolating them into HTML, or render with a template engine that escapes.",
              symbol="GET /pieces/:id/card", conf=0.85),
            F("CARD-XSS-REFLECTED", "medium", "security", "Reflected XSS through the `note` query parameter on the piece card",
              "Escape `req.query.note` (or drop it).", symbol="GET /pieces/:id/card", conf=0.8),
            F("FIRING-CAPACITY-RACE", "medium", "bug", "Firing capacity check is not atomic with the insert",
              "Lock the firing row (`SELECT ... FOR UPDATE` inside a transaction) before summing and inserting.",
              d=-1, n=3, symbol="POST /firings/:id/pieces", conf=0.8),
            F("FOOTPRINT-NOT-VALIDATED", "medium", "bug", "`footprint_cm2` is not validated",
              "Require a finite positive number no larger than one firing; `NaN` makes the capacity comparison false and a negative value credits the member.",
              symbol="POST /firings/:id/pieces", conf=0.8),
            F("WITHDRAW-ANY-PIECE", "high", "security", "Any member can withdraw another member's piece",
              "Add `AND member_id = $2` with `res.locals.member.id`.", symbol="DELETE /firings/:id/pieces/:pieceId", conf=0.85),
            F("CREDIT-LOST-UPDATE", "high", "bug", "Credit charges can be lost under concurrent requests",
              "Charge in SQL: `UPDATE members SET credits = credits - $1 WHERE id = $2 AND credits >= $1 RETURNING credits`, and drop the in-process cache.",
              d=-3, n=2, symbol="chargeShelf", conf=0.8),
            F("SHELF-FLOOR", "medium", "bug", "Shelf charge rounds down",
              "Use `Math.ceil`: a piece that takes part of a shelf still occupies it.", symbol="chargeShelf", conf=0.8),
            F("NO-BALANCE-CHECK", "medium", "bug", "Charging does not check the available balance",
              "Reject the booking when the member cannot pay.", symbol="chargeShelf", conf=0.75),
            F("PEAK-PAST-END", "high", "bug", "Controller log loop reads past the end of `segments`",
              "Iterate `for (const s of segments)`; `segments[segments.length]` is `undefined`, so every log throws.",
              symbol="POST /controller/log", conf=0.9),
            F("HMAC-TIMING", "low", "security", "Controller signature compared with `===`",
              "Use `crypto.timingSafeEqual` on equal-length buffers.", symbol="signatureOk", conf=0.7),
            F("SECRET-DEFAULT", "high", "security", "Controller HMAC secret falls back to a hard-coded value",
              "Refuse to start without `KILN_CONTROLLER_SECRET`.", symbol="CONTROLLER_SECRET", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for src/ (tsc not run; no tsconfig.json in repo):",
        Block([
            F("KILN-INJECTION-PROGRAM", "critical", "security", "exec() with request-controlled program string",
              "execFile + allow-list.", d=-2),
            F("KILN-INJECTION-KILN", "high", "security", "exec(): :kiln param reaches the shell unsanitised",
              "Validate kiln id.", d=-1),
            F("MEMBER-SQLI-NAME", "critical", "security", "String-built SQL in /staff/members (name)",
              "Parameterise.", d=-3),
            F("MEMBER-SQLI-GLAZE", "high", "security", "String-built SQL in /staff/members (glaze)",
              "Parameterise.", d=+2),
            F("PHOTO-NO-OWNER", "medium", "security", "POST /pieces/:id/photo doesn't check piece ownership",
              "WHERE id = $2 AND member_id = $3."),
            F("WITHDRAW-ANY-PIECE", "high", "security", "DELETE /firings/:id/pieces/:pieceId: no ownership check",
              "Scope by member_id.", d=-1),
            F("WITHDRAW-AFTER-FIRING", "medium", "bug", "Withdrawal allowed (and refunded) after the firing ran",
              "Reject unless the firing status is 'scheduled'."),
            F("FIRING-CAPACITY-RACE", "medium", "bug", "Capacity check/insert race overfills firings",
              "Transaction + FOR UPDATE.", d=+1),
            F("CREDIT-LOST-UPDATE", "high", "bug", "chargeShelf read-modify-write on credits (lost update)",
              "Atomic UPDATE credits = credits - $1."),
            F("REFUND-MORE-THAN-CHARGED", "medium", "bug", "refund uses ceil, charge uses floor: refunds exceed charges",
              "Same rounding both ways."),
            F("PEAK-PAST-END", "high", "bug", "segments[i] out of bounds at i == length (crash)", "i < length.", d=+1),
            F("HMAC-REENCODED-BODY", "medium", "bug", "HMAC computed over JSON.stringify(req.body), not raw bytes",
              "express.raw / verify callback."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `kilnqueue` service. It manages a pottery studio's kiln firings: members upload
        photos of their pieces, join firings that have shelf space, pay with shelf credits, and the kiln controller
        reports finished firings back over a signed webhook.

        **Security Findings**

        The most significant risks are injection flaws in the staff-facing endpoints and weaknesses in how staff
        and the kiln controller are authenticated.
        """,
        Block([
            F("KILN-INJECTION-PROGRAM", "Critical", "Command Injection", "Command Injection in Kiln Start Endpoint",
              "Use `execFile` with an argument array.",
              desc="The `program` value from the request body and the `kiln` route parameter are concatenated into a shell command executed with `exec`."),
            F("MEMBER-SQLI-GLAZE", "Critical", "SQL Injection", "SQL Injection in Member Search",
              "Use parameterized queries.", d=-1,
              desc="User input from `req.query` is directly embedded into the SQL query via template literals."),
            F("STAFF-TOKEN-UNDEFINED", "High", "Broken Authentication", "Staff Authorization Bypass",
              "Ensure `KILN_STAFF_TOKEN` is defined and non-empty before comparing."),
            F("SECRET-DEFAULT", "High", "Cryptographic Failure", "Hardcoded Fallback Webhook Secret",
              "Remove the default value."),
            F("HMAC-TIMING", "Medium", "Cryptographic Failure", "Timing Attack on Signature Verification",
              "Use `crypto.timingSafeEqual`.", d=-2, n=3),
            F("CARD-XSS-REFLECTED", "Medium", "Cross-Site Scripting", "Reflected XSS in Piece Card",
              "HTML-encode the `note` query parameter."),
            F("PHOTO-NO-LIMITS", "Medium", "Resource Exhaustion", "Unrestricted File Upload",
              "Configure `limits.fileSize` and a `fileFilter` for images."),
        ], wrap="list"),
        """
        **Logic and Reliability Findings**
        """,
        Block([
            F("PEAK-SKIPS-FIRST", "major", "Business Logic", "Peak Temperature Calculation Skips First Segment",
              "Start the loop at index 0.", d=+1,
              desc="The loop starts at `i = 1`, so the first segment is never considered."),
            F("CONE-NAN", "minor", "Input Validation", "Cone Validation Accepts NaN",
              "Use `Number.isInteger(cone)` before the range check."),
            F("CREDIT-LOST-UPDATE", "major", "Race Condition", "Race Condition in Credit Deduction",
              "Perform the deduction atomically in the database.", d=-1),
            U({"severity": "minor", "category": "Maintainability", "suggestion": "Split server.ts into route modules."}),
            F("BALANCE-CACHE-STALE", "major", "Business Logic", "Stale In-Memory Balance Cache",
              "Remove the `balances` map or invalidate it on every write.",
              desc="`balances` is filled once per member and never refreshed; the staff credit top-up only updates the database, so the next charge writes back the old cached value."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("KILN-INJECTION-KILN", "error", "security", "shell injection in kiln start (kiln/program)", "execFile"),
            F("CARD-XSS-STORED", "error", "security", "stored xss in piece card (title/maker)", "escape html"),
            F("FOOTPRINT-NOT-VALIDATED", "warning", "", "footprint_cm2 not validated (NaN / negative)", "check Number.isFinite and > 0"),
            F("CHARGE-NOT-ATOMIC", "warning", "bug", "charge happens after insert, no transaction", "wrap both in a transaction"),
            F("SHELF-FLOOR", "warning", "bug", "floor() undercharges partial shelves", "Math.ceil", d=+2, sd=0),
            F("PEAK-PAST-END", "error", "bug", "loop goes one past the end (i <= length)", "i < segments.length"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the member search, shell in the kiln start endpoint, HTML in the piece card.
        2. Authentication: staff token and controller secret.
        3. Authorization: piece photos and withdrawals.
        4. Concurrency: firing capacity and credit balances.
        5. Correctness: input validation, rounding and loop bounds.
        """,
        Block([
            F("MEMBER-SQLI-NAME", "blocker", "security", "SQL injection in member search via name",
              "Use parameterized queries.", conf=0.9),
            F("MEMBER-SQLI-GLAZE", "blocker", "security", "SQL injection in member search via glaze",
              "Use parameterized queries.", d=-3, conf=0.85),
            F("KILN-INJECTION-PROGRAM", "blocker", "security", "Command injection in kiln start",
              "Avoid exec with string interpolation.", conf=0.9),
            F("CARD-XSS-STORED", "major", "security", "Stored cross-site scripting in piece card",
              "Escape HTML output.", conf=0.8),
            F("STAFF-TOKEN-UNDEFINED", "major", "security", "Staff check bypass when token is undefined",
              "Reject when STAFF_TOKEN is not set.", conf=0.75),
            F("STAFF-MEMBER-NEVER-SET", "minor", "correctness", "staffOnly never sees the member: isStaff check is dead code",
              "Run memberAuth before staffOnly on staff routes.", conf=0.6),
            F("PHOTO-NO-OWNER", "major", "security", "Piece photo can be replaced by any member",
              "Check piece ownership.", d=-2, sd=0, conf=0.7),
            F("WITHDRAW-ANY-PIECE", "major", "security", "Piece withdrawal without ownership check",
              "Check member_id.", conf=0.8),
            F("FIRING-CAPACITY-RACE", "major", "concurrency", "Firing may be overbooked by concurrent requests",
              "Use a transaction with row locking.", d=-1, conf=0.75),
            F("CONE-MISMATCH", "minor", "correctness", "Piece cone is not checked against the firing cone",
              "Compare with firings.cone.", conf=0.55),
            F("CREDIT-LOST-UPDATE", "major", "concurrency", "Credit balance updated with read-modify-write",
              "Use an atomic decrement.", conf=0.8),
            F("NO-BALANCE-CHECK", "major", "correctness", "Credits can become negative",
              "Check the balance before charging.", conf=0.7),
            F("PEAK-PAST-END", "major", "correctness", "Off-by-one in the segment loop",
              "Use i < segments.length.", conf=0.85),
            F("PEAK-SKIPS-FIRST", "minor", "correctness", "First temperature segment ignored",
              "Start from i = 0.", conf=0.7),
            F("HMAC-TIMING", "minor", "security", "Non-constant-time HMAC comparison",
              "Use timingSafeEqual.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}

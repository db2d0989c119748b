"""test81/ts-jumpzone: a trampoline park's sessions, jumpers, waivers and court capacity (TypeScript, Express 4 + pg).

Frozen test split test81, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the
format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test81: seeded problems in a trampoline park's booking and floor "
    "service (sessions, jumpers, waivers, capacity); five agents' answers written by hand."
)

S = "src/server.ts"
W = "src/waiver.ts"
PROBLEMS = {
    "JWT-FALLBACK-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "jumpzone-dev-secret";', "security",
                             "tokens are signed with a hard-coded secret when JWT_SECRET is unset"),
    "CORS-REFLECT-ORIGIN": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");', "security",
                             "any Origin reflected together with Allow-Credentials: true"),
    "GUEST-TOKEN-IN-QUERY": P(S, "const token = String(req.query.token ||", "security",
                              "guest token accepted from the query string (logs, Referer)"),
    "JWT-DECODE-NOT-VERIFY": P(S, "const claims = jwt.decode(token) as Claims | null;", "security",
                               "jwt.decode instead of jwt.verify: any unsigned or forged token is accepted",
                               "signature-vs-statement"),
    "JWT-NULL-CLAIMS": P(S, "(req as any).user = claims;", "bug",
                         "decode returns null for a missing or garbage token and next() is still called: handlers crash on user.sub"),
    "GROUP-RATE-THRESHOLD": P(S, "const rate = count > GROUP_MIN ? GROUP_RATE : RATE_PER_HOUR;", "bug",
                              "group rate is for ten or more but the test is > 10: a group of exactly ten pays full price",
                              "off-by-one"),
    "LOGIN-MD5": P(S, 'const hash = crypto.createHash("md5").update(String(pin)).digest("hex");', "security",
                   "PINs stored as unsalted md5: every hash reverses by lookup"),
    "LOGIN-NO-LOCKOUT": P(S, "if (!rows.length || rows[0].pin_hash !== hash) return res.status(401)", "security",
                          "no attempt limit or lockout on a short PIN: online guessing"),
    "LOGIN-NO-EXPIRY": P(S, 'const token = jwt.sign({ sub: rows[0].id, role: "guest" }, JWT_SECRET);', "security",
                         "login tokens are signed without expiresIn: they never expire"),
    "BOOK-CAPACITY-RACE": P(S, "if (session.booked + jumpers.length > session.capacity) {", "bug",
                            "capacity read, checked and written back as an absolute value: concurrent bookings overbook and lose counts",
                            "critical-section"),
    "BOOK-SESSION-MISSING": P(S, "if (session.booked + jumpers.length > session.capacity) {", "bug",
                              "unknown session id: rows[0] is undefined and the handler throws (unhandled rejection in Express 4)"),
    "BOOKING-IDOR": P(S, "res.json(rows[0] ?? null);", "security",
                      "GET /bookings/:id returns any booking to any caller: no account check", "signature-vs-statement"),
    "SIG-PATH-TRAVERSAL": P(S, 'fs.writeFileSync(file, Buffer.from(String(signature), "base64"));', "security",
                            "jumper name from the body becomes the signature file name: ../ writes anywhere",
                            "source-vs-sink"),
    "SIG-SYNC-WRITE": P(S, 'fs.writeFileSync(file, Buffer.from(String(signature), "base64"));', "performance",
                        "synchronous file write on the request path blocks the event loop"),
    "WAIVER-SQLI": P(S, "const { rows } = await pool.query(`SELECT * FROM waivers WHERE jumper = '${jumper}'", "security",
                     "jumper path value interpolated into the waiver query", "source-vs-sink"),
    "WAIVER-GUARDIAN-XSS": P(W, "<p>Guardian: ${w.guardian ?? \"none\"}</p>", "security",
                             "guardian name rendered into the waiver HTML unescaped (medical notes on the same line are escaped)"),
    "CHECKIN-AGE-YEARS": P(S, "const age = new Date().getFullYear() - new Date(row.birth_date).getFullYear();", "bug",
                           "age from the difference of years: a 17-year-old counts as 18 from 1 January, before the birthday",
                           "off-by-one"),
    "CHECKIN-NO-WAIVER-PASSES": P(S, "if (row.expires_at && new Date(row.expires_at) < new Date())", "bug",
                                  "a booking with no waiver (LEFT JOIN gives nulls) passes both checks and is checked in"),
    "COURT-ENTER-RACE": P(S, "if (current >= rows[0].court_limit)", "bug",
                          "court count read before an await and written after it: concurrent entries overfill the court",
                          "critical-section"),
    "COURT-SESSION-MISSING": P(S, "if (current >= rows[0].court_limit)", "bug",
                               "unknown session: rows[0] is undefined and the handler throws"),
    "ROSTER-IN-MEMORY": P(S, 'const { rows } = await pool.query("SELECT id, jumper, checked_in FROM bookings WHERE session_id', "performance",
                          "the whole roster is loaded to serve one page (no LIMIT/OFFSET in SQL)"),
    "ROSTER-SLICE": P(S, "const pageRows = rows.slice(page * size, page * size + size - 1);", "bug",
                      "slice end is exclusive: each page drops its last jumper", "off-by-one"),
    "REMIND-SHELL-NOTE": P(S, 'exec(`sms-send --to ${r.phone} --text "JumpZone: ${note}"`);', "security",
                           "note from the request body put into a shell command", "source-vs-sink"),
    "REMIND-SHELL-PHONE": P(S, 'exec(`sms-send --to ${r.phone} --text "JumpZone: ${note}"`);', "security",
                            "stored phone number put unquoted into the same shell command"),
    "REMIND-EXEC-UNCHECKED": P(S, 'exec(`sms-send --to ${r.phone} --text "JumpZone: ${note}"`);', "bug",
                               "exec without a callback: failures are silent and the response counts reminders never sent"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns the message and stack trace to the client", "signature-vs-statement"),
}

CONFUSABLE = [
    ("GUEST-TOKEN-IN-QUERY", "JWT-DECODE-NOT-VERIFY"),
    ("JWT-DECODE-NOT-VERIFY", "JWT-NULL-CLAIMS"),
    ("LOGIN-MD5", "LOGIN-NO-LOCKOUT"),
    ("LOGIN-NO-LOCKOUT", "LOGIN-NO-EXPIRY"),
    ("LOGIN-MD5", "LOGIN-NO-EXPIRY"),
    ("BOOK-CAPACITY-RACE", "BOOK-SESSION-MISSING"),
    ("SIG-PATH-TRAVERSAL", "SIG-SYNC-WRITE"),
    ("CHECKIN-AGE-YEARS", "CHECKIN-NO-WAIVER-PASSES"),
    ("COURT-ENTER-RACE", "COURT-SESSION-MISSING"),
    ("ROSTER-IN-MEMORY", "ROSTER-SLICE"),
    ("REMIND-SHELL-NOTE", "REMIND-SHELL-PHONE"),
    ("REMIND-SHELL-PHONE", "REMIND-EXEC-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts` and `src/waiver.ts`.

        **Summary**

        1. Guest authentication is broken: `guest` decodes the JWT without verifying it, so anyone can act as
           any account. This is the first thing to fix.
        2. Several injection points: the waiver lookup builds SQL from the path, the reminder endpoint builds a
           shell command, the signature upload builds a file path from the jumper name.
        3. Capacity is enforced with read-then-write sequences that interleave across `await`s, both for
           bookings and for the court counter.
        4. Check-in lets through jumpers without a waiver and miscounts ages.

        What is already right: `floorStaff` fails closed, checks the length before `timingSafeEqual`; both body
        parsers have size limits; `POST /sessions` validates minutes and capacity; bookings cap `jumpers` at 20;
        `DELETE /bookings/:id` checks ownership and decrements `booked` atomically; `escapeHtml` is applied to
        every waiver field but one.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "`guest` uses `jwt.decode`, which does not verify the signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and answer 401 on failure.",
              symbol="guest", conf=0.95),
            F("GUEST-TOKEN-IN-QUERY", "low", "security", "Guest token also accepted from `?token=`",
              "Accept the bearer header only.", symbol="guest", conf=0.6),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is unset.", conf=0.85),
            F("LOGIN-MD5", "high", "security", "PINs hashed with unsalted MD5",
              "Use bcrypt/argon2 with a per-account salt.", symbol="POST /login", conf=0.85),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.75),
            F("BOOKING-IDOR", "high", "security", "`GET /bookings/:id` returns other accounts' bookings",
              "Add `AND account = $2` with `user.sub`, as the DELETE handler does.", symbol="GET /bookings/:id", conf=0.85),
            F("WAIVER-SQLI", "high", "security", "SQL injection in `GET /waivers/:jumper`",
              "Use `WHERE jumper = $1` with `[jumper]`.", symbol="GET /waivers/:jumper", conf=0.9),
            F("REMIND-SHELL-NOTE", "critical", "security", "Command injection through `note` in the reminder endpoint",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", text])`.", symbol="POST /sessions/:id/remind", conf=0.9),
            F("REMIND-SHELL-PHONE", "medium", "security", "Stored phone numbers are also interpolated into that shell command",
              "The same `execFile` change covers it; also validate phone numbers on sign-up.",
              symbol="POST /sessions/:id/remind", conf=0.7),
            F("SIG-PATH-TRAVERSAL", "high", "security", "Signature file name comes from the request's `jumper`",
              "Generate the file name (e.g. the waiver id) and never use request text in paths.",
              symbol="POST /waivers", conf=0.85),
            F("WAIVER-GUARDIAN-XSS", "medium", "security", "Guardian name is not escaped in `renderWaiver`",
              "Wrap it in `escapeHtml` like the other fields.", symbol="renderWaiver", conf=0.85),
            F("CORS-REFLECT-ORIGIN", "medium", "security", "CORS reflects any origin with credentials allowed",
              "Use an allow-list of front-end origins.", conf=0.8),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler sends stack traces to clients",
              "Log the error; respond with a generic message.", conf=0.8),
        ]),
        "And the correctness and capacity issues:",
        Block([
            F("BOOK-CAPACITY-RACE", "high", "bug", "Overbooking: capacity check and update are not atomic",
              "Do it in one statement: `UPDATE sessions SET booked = booked + $1 WHERE id = $2 AND booked + $1 <= capacity RETURNING booked`, inside a transaction with the inserts.",
              symbol="POST /sessions/:id/book", conf=0.85),
            F("BOOK-SESSION-MISSING", "medium", "bug", "Unknown session id crashes the booking handler",
              "Return 404 when `rows` is empty.", symbol="POST /sessions/:id/book", conf=0.7),
            F("COURT-ENTER-RACE", "high", "bug", "Court counter can exceed `court_limit` under concurrent entries",
              "Read the counter after the `await`, or keep the limit check and the increment in the same synchronous block.",
              symbol="POST /court/:session/enter", conf=0.8),
            F("CHECKIN-NO-WAIVER-PASSES", "high", "bug", "Jumpers without any waiver pass check-in",
              "Reject when `row.expires_at` (or `birth_date`) is null.", symbol="POST /checkin", conf=0.8),
            F("CHECKIN-AGE-YEARS", "medium", "bug", "Age computed from calendar years only",
              "Subtract one when this year's birthday has not happened yet.", symbol="POST /checkin", conf=0.8),
            F("GROUP-RATE-THRESHOLD", "low", "bug", "Group rate starts at 11 jumpers, not 10",
              "Use `count >= GROUP_MIN`.", symbol="priceFor", conf=0.8),
            F("ROSTER-SLICE", "medium", "bug", "Roster pages are one jumper short",
              "`rows.slice(page * size, (page + 1) * size)`.", symbol="GET /sessions/:id/roster", conf=0.85),
            F("ROSTER-IN-MEMORY", "low", "performance", "Roster paging is done in memory",
              "Use `LIMIT $2 OFFSET $3` in the query.", symbol="GET /sessions/:id/roster", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "guest(): jwt.decode, signature never checked",
              "jwt.verify", d=-2),
            F("REMIND-SHELL-NOTE", "critical", "security", "exec with req.body.note interpolated",
              "execFile + args", d=-2),
            F("WAIVER-SQLI", "high", "security", "SQL built from :jumper in GET /waivers/:jumper",
              "$1 param", d=+1, sd=0),
            F("SIG-PATH-TRAVERSAL", "high", "security", "POST /waivers writes `${jumper}.png` from body",
              "generated filename", d=-2),
            F("BOOKING-IDOR", "high", "security", "GET /bookings/:id has no ownership filter",
              "AND account = $2", d=-2),
            F("LOGIN-MD5", "high", "security", "md5(pin), unsalted",
              "bcrypt"),
            F("CORS-REFLECT-ORIGIN", "medium", "security", "Origin reflected + credentials",
              "allow-list"),
            F("BOOK-CAPACITY-RACE", "high", "bug", "booked written back as absolute value -> lost updates/overbooking",
              "booked = booked + n with guard", d=+3),
            F("BOOK-SESSION-MISSING", "medium", "bug", "rows[0] undefined for unknown session -> TypeError",
              "404"),
            F("COURT-SESSION-MISSING", "medium", "bug", "court enter: rows[0].court_limit on unknown session throws",
              "404"),
            F("CHECKIN-AGE-YEARS", "medium", "bug", "age check ignores birthday -> under-18 passes",
              "full date diff", d=+1),
            F("GROUP-RATE-THRESHOLD", "low", "bug", "priceFor: > GROUP_MIN excludes groups of exactly 10",
              ">=", d=+1),
            F("ROSTER-SLICE", "medium", "bug", "roster slice end off by one",
              "(page + 1) * size"),
            F("ERROR-STACK-LEAK", "low", "security", "error middleware returns err.stack",
              "generic 500", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the JumpZone trampoline park backend (`src/server.ts` and
        `src/waiver.ts`). The service handles guest logins, session bookings, liability waivers, check-in and
        live court capacity.

        ## Security

        The most severe problems are in token handling and in places where request data reaches SQL, the
        shell or the file system.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "Critical", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="The `guest` middleware calls `jwt.decode`, which only parses the token. An attacker can craft a token with any `sub`."),
            F("JWT-FALLBACK-SECRET", "High", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require the environment variable.", sd=-2, n=3),
            F("LOGIN-MD5", "High", "Cryptographic Failure", "Weak Hashing of PINs",
              "Use a slow, salted password hash.", sd=-2, n=3),
            F("LOGIN-NO-LOCKOUT", "Medium", "Broken Authentication", "No Rate Limiting on PIN Login",
              "Add attempt counting and a lockout.", sd=-2, n=3,
              desc="PINs are short; without a limit an attacker can try every PIN for an account."),
            F("WAIVER-SQLI", "High", "SQL Injection", "SQL Injection in Waiver Lookup",
              "Use a parameterized query.", sd=-2, n=3),
            F("REMIND-SHELL-NOTE", "Critical", "Command Injection", "Command Injection in Session Reminders",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REMIND-SHELL-PHONE", "Medium", "Command Injection", "Phone Number Injected into Shell Command",
              "Validate phone numbers and avoid the shell.", sd=-2, n=3),
            F("SIG-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Signature Storage",
              "Do not derive file names from user input.", sd=-2, n=3),
            F("WAIVER-GUARDIAN-XSS", "Medium", "Cross-Site Scripting", "Unescaped Guardian Name in Waiver HTML",
              "Escape the guardian field.", sd=-2, n=3),
            F("BOOKING-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Check the booking belongs to the caller.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "Low", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Reliability and Logic
        """,
        Block([
            F("BOOK-CAPACITY-RACE", "High", "Race Condition", "Session Overbooking Race",
              "Perform the capacity check and increment atomically in SQL.", d=-2, sd=-2, n=3),
            F("COURT-ENTER-RACE", "Medium", "Race Condition", "Court Capacity Counter Race Across Await",
              "Re-read the counter after the query.", d=-2, sd=-2, n=3),
            U({"severity": "Info", "category": "Maintainability", "description": "Handlers cast `req` to `any` to reach `user`; declare a typed request instead."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-NOT-VERIFY", "error", "security", "jwt decoded, not verified", "jwt.verify"),
            F("GUEST-TOKEN-IN-QUERY", "warning", "security", "token read from query string", "header only"),
            F("WAIVER-SQLI", "error", "security", "sql injection in waiver lookup", "parameterise"),
            F("SIG-PATH-TRAVERSAL", "error", "security", "signature path from jumper name", "use an id"),
            F("REMIND-SHELL-NOTE", "error", "security", "shell injection in reminders", "execFile"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("SIG-SYNC-WRITE", "warning", "", "writeFileSync blocks the event loop", "fs.promises.writeFile"),
            F("ROSTER-SLICE", "warning", "bug", "roster page drops one row", "slice end (page+1)*size", d=+1),
            F("REMIND-EXEC-UNCHECKED", "warning", "bug", "exec errors ignored, reminders silently lost", "check the callback"),
        ], wrap="list", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        Summary of the review of the trampoline park service:

        1. Authentication: token decoding, token lifetime and the default secret.
        2. Injection: SQL, shell and file path built from user input.
        3. Concurrency: capacity counters updated non-atomically.
        4. Correctness: pricing threshold, age calculation, waiver check, pagination.
        5. Information exposure: CORS and error responses.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "blocker", "security", "JWT tokens decoded without signature verification",
              "Use jwt.verify.", conf=0.9),
            F("JWT-NULL-CLAIMS", "major", "correctness", "Null claims passed on as the request user",
              "Return 401 when the token cannot be decoded.", anchor="const claims = jwt.decode(token)", conf=0.7),
            F("LOGIN-MD5", "major", "security", "Unsalted MD5 used for PIN hashes",
              "Use bcrypt.", conf=0.8),
            F("LOGIN-NO-EXPIRY", "minor", "security", "JWT issued without expiration",
              "Set expiresIn.", conf=0.7),
            F("WAIVER-SQLI", "blocker", "security", "SQL injection via jumper parameter",
              "Use parameter placeholders.", d=-1, conf=0.9),
            F("SIG-PATH-TRAVERSAL", "major", "security", "Path traversal in waiver signature file",
              "Sanitize jumper.", d=-1, conf=0.8),
            F("REMIND-SHELL-NOTE", "blocker", "security", "Command injection in reminder SMS",
              "Avoid exec with string commands.", conf=0.9),
            F("REMIND-EXEC-UNCHECKED", "minor", "reliability", "exec result not checked",
              "Handle errors from exec.", conf=0.6),
            F("WAIVER-GUARDIAN-XSS", "major", "security", "XSS via guardian name",
              "Escape the guardian.", conf=0.8),
            F("CORS-REFLECT-ORIGIN", "major", "security", "Permissive CORS with credentials",
              "Restrict origins.", conf=0.8),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace exposed in error responses",
              "Hide err.stack.", conf=0.7),
            F("BOOK-CAPACITY-RACE", "major", "concurrency", "Race condition in session booking capacity",
              "Use an atomic UPDATE with a capacity guard.", conf=0.8),
            F("COURT-ENTER-RACE", "major", "concurrency", "Race condition on the court counter",
              "Update the counter atomically.", d=+1, conf=0.7),
            F("CHECKIN-AGE-YEARS", "major", "correctness", "Incorrect age calculation for the under-18 rule",
              "Compare full birth dates.", conf=0.8),
            F("CHECKIN-NO-WAIVER-PASSES", "major", "correctness", "Missing waiver is not rejected at check-in",
              "Require a waiver row.", conf=0.8),
            F("GROUP-RATE-THRESHOLD", "minor", "correctness", "Off-by-one in group discount threshold",
              "Use >=.", d=-1, conf=0.7),
            F("ROSTER-IN-MEMORY", "minor", "performance", "Roster loads all bookings for pagination",
              "Paginate in SQL.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}

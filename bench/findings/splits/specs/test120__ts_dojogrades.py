"""test120/ts-dojogrades: a judo dojo's belt gradings, mat bookings and tournament brackets (TypeScript, Express).

Written 2026-12-08 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-08 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test120: seeded problems in a judo club's Express service; five agents' answers by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-FALLBACK-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "riverside-dojo-dev";', "security",
                             "JWT secret falls back to a constant committed in the source"),
    "JWT-DECODE-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Judoka | null;", "security",
                               "jwt.decode instead of jwt.verify: any forged token (any id, any role) is accepted",
                               "signature-vs-statement"),
    "COUNT-AS-STRING": P(S, "return rows[0].n;", "bug",
                         "pg returns count(*) as a string: load + 1 concatenates and the mat count goes wrong"),
    "LOGIN-SQLI": P(S, "WHERE email = '${email}'`);", "security",
                    "email from the login body interpolated into SQL", "source-vs-sink"),
    "LOGIN-PIN-HASH": P(S, 'rows[0].pin_hash !== crypto.createHash("sha256")', "security",
                        "PIN stored as unsalted SHA-256 and compared with !==: short PINs brute-forced offline"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id", "security",
                         "login token signed without expiresIn: valid forever, role changes never take effect"),
    "GRADE-NOT-SENSEI": P(S, 'if (!me) return res.status(401).json({ error: "login required" });', "security",
                          "any logged-in member can record a grading (role never checked)",
                          "signature-vs-statement", nth=0),
    "GRADE-BELT-CHECK": P(S, "if (target > current + 1)", "bug",
                          "only an upper bound: unknown belt (-1), the same belt or a lower belt is accepted"),
    "GRADE-WAIT-OFF": P(S, "if (days < MIN_DAYS_BETWEEN_GRADINGS - 1)", "bug",
                        "MIN - 1 lets a judoka be graded a day before the 90-day wait is over", "off-by-one"),
    "CARD-XSS-CLUB": P(S, '<div class="card"><h2>${escapeHtml(j.name)}</h2>', "security",
                       "club rendered into the card HTML unescaped"),
    "CARD-XSS-BELT": P(S, '<div class="card"><h2>${escapeHtml(j.name)}</h2>', "security",
                       "belt rendered unescaped into a class attribute and text (belt is free text via gradings)"),
    "MAT-LOAD-RACE": P(S, 'await pool.query("INSERT INTO mat_bookings (slot, judoka_id)', "bug",
                       "mat load read before an await and written after: concurrent bookings overfill the mat",
                       "critical-section"),
    "MAT-DOUBLE-BOOK": P(S, 'await pool.query("INSERT INTO mat_bookings (slot, judoka_id)', "bug",
                         "the same judoka can book the same mat slot twice"),
    "MAT-MEMORY-PAGING": P(S, 'pool.query("SELECT id, slot, judoka_id FROM mat_bookings WHERE slot LIKE $1', "performance",
                           "every booking of the day is fetched and paged in memory"),
    "MAT-PAGE-SLICE": P(S, "rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE - 1)", "bug",
                        "slice end is exclusive: - 1 drops the last booking of every page", "off-by-one"),
    "MAT-CANCEL-UNAUTH": P(S, 'await pool.query("DELETE FROM mat_bookings WHERE id = $1"', "security",
                           "me is computed but never checked: anyone can delete mat bookings without logging in",
                           "signature-vs-statement"),
    "MAT-CANCEL-NOT-OWNER": P(S, 'await pool.query("DELETE FROM mat_bookings WHERE id = $1"', "security",
                              "DELETE by id only: a member can cancel other judoka's bookings"),
    "ENTRY-SEED-RACE": P(S, 'await pool.query("INSERT INTO entries (tournament_id, judoka_id, category, seed)', "bug",
                         "entry count read before the await and set after: duplicate seeds, cap of 64 overrun",
                         "critical-section"),
    "ENTRY-CATEGORY-UNCHECKED": P(S, 'await pool.query("INSERT INTO entries (tournament_id, judoka_id, category, seed)', "bug",
                                  "weight category from the body not checked against CATEGORIES"),
    "BRACKET-SQLI": P(S, "AND category = '${category}' ORDER BY seed`", "security",
                      "category from the body interpolated into the bracket query", "source-vs-sink"),
    "BRACKET-SEED-PAIRING": P(S, "white: rows[size - i]?.name ?? null", "bug",
                              "rows[size - i] should be rows[size - 1 - i]: seed 1 always gets a bye and one entry is left out",
                              "off-by-one"),
    "CERT-IDOR": P(S, 'if (!currentJudoka(req)) return res.status(401)', "security",
                   "any logged-in member can download any judoka's certificate", "signature-vs-statement"),
    "CERT-TRAVERSAL": P(S, "res.sendFile(path.join(CERT_DIR, `${req.params.judokaId}-${belt}.pdf`));", "security",
                        "belt query value joined into the certificate path: ../ reads other files", "source-vs-sink"),
    "CERT-SHELL-NAME": P(S, 'exec(`make-cert --name "${rows[0].name}"', "security",
                         "judoka name (and belt) from the database spliced into a shell command"),
    "CERT-RESULT-IGNORED": P(S, 'if (err) console.error("make-cert failed", err.message);', "bug",
                             "make-cert failure only logged: the client is told the certificate is coming"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("LOGIN-SQLI", "LOGIN-PIN-HASH"),
    ("LOGIN-PIN-HASH", "TOKEN-NO-EXPIRY"),
    ("GRADE-BELT-CHECK", "GRADE-WAIT-OFF"),
    ("CARD-XSS-CLUB", "CARD-XSS-BELT"),
    ("MAT-LOAD-RACE", "MAT-DOUBLE-BOOK"),
    ("MAT-MEMORY-PAGING", "MAT-PAGE-SLICE"),
    ("MAT-CANCEL-UNAUTH", "MAT-CANCEL-NOT-OWNER"),
    ("ENTRY-SEED-RACE", "ENTRY-CATEGORY-UNCHECKED"),
    ("CERT-IDOR", "CERT-TRAVERSAL"),
    ("CERT-SHELL-NAME", "CERT-RESULT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        1. Authentication is broken at the root: `currentJudoka` decodes the bearer token without verifying it,
           so every "login required" check accepts a hand-made token. Fixing this is the first thing to do.
        2. Two SQL injections (login email, bracket category) and a shell injection in certificate generation.
        3. Several authorization gaps: gradings by non-senseis, cancelling other people's mat bookings,
           downloading anyone's certificate.
        4. Async check-then-act races on the in-memory `matLoad` and `entryCount` maps.
        5. Paging and bracket arithmetic errors.

        `senseiOnly` is done right (fails closed when `SENSEI_KEY` is empty, length check before
        `timingSafeEqual`), `escapeHtml` is applied to the judoka name, and grading history pages in SQL with a
        correct offset; the same care is missing elsewhere.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "Bearer tokens are decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] })` and treat any error as unauthenticated.",
              symbol="currentJudoka", conf=0.95),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`; `riverside-dojo-dev` is in the repository.",
              symbol="JWT_SECRET", conf=0.85),
            F("LOGIN-SQLI", "critical", "security", "SQL injection in `/login` via `email`",
              "Use `WHERE email = $1` with `[email]`.", symbol="POST /login", conf=0.95),
            F("LOGIN-PIN-HASH", "medium", "security", "PINs hashed with unsalted SHA-256",
              "Use bcrypt/argon2 with a per-user salt and `timingSafeEqual`; add attempt limiting.",
              symbol="POST /login", conf=0.75),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `expiresIn` (e.g. `'12h'`); a demoted sensei keeps the role in the token forever.",
              symbol="POST /login", conf=0.7),
            F("GRADE-NOT-SENSEI", "high", "security", "Any member can record belt gradings",
              "Require `me.role === 'sensei'` (from a verified token) or put the route behind `senseiOnly`.",
              symbol="POST /gradings", conf=0.85),
            F("MAT-CANCEL-UNAUTH", "high", "security", "Mat booking deletion does not require login",
              "Return 401 when `currentJudoka` returns null; `me` is computed and ignored.",
              symbol="DELETE /mats/bookings/:id", conf=0.9),
            F("MAT-CANCEL-NOT-OWNER", "medium", "security", "Mat booking deletion does not check the owner",
              "Add `AND judoka_id = $2` and 404 when nothing was deleted, as the entry withdrawal does.",
              symbol="DELETE /mats/bookings/:id", conf=0.8),
            F("BRACKET-SQLI", "high", "security", "SQL injection through `category` when building brackets",
              "Bind `category` as `$2` and check it against `CATEGORIES`.",
              symbol="POST /tournaments/:id/brackets", conf=0.9),
            F("CERT-IDOR", "medium", "security", "Certificates of other judoka can be downloaded",
              "Allow only `me.id === Number(req.params.judokaId)` or senseis.",
              symbol="GET /certificates/:judokaId", conf=0.75),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal through `?belt=` in certificate download",
              "Check `belt` against `BELTS` before building the path.",
              symbol="GET /certificates/:judokaId", conf=0.85),
            F("CERT-SHELL-NAME", "high", "security", "Shell injection via judoka name in `make-cert`",
              "Use `execFile('make-cert', ['--name', name, '--belt', belt, '--out', out])`.",
              symbol="POST /certificates/:judokaId", conf=0.85),
            F("CARD-XSS-CLUB", "medium", "security", "Stored XSS via `club` in the judoka card",
              "Escape `club` like the name.", symbol="GET /judoka/:id/card", conf=0.8),
            F("CARD-XSS-BELT", "medium", "security", "Stored XSS via `belt` in the card's class attribute and text",
              "Escape `belt`, or render only values from `BELTS`.", symbol="GET /judoka/:id/card", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.", symbol="app.use(error handler)", conf=0.8),
        ]),
        "Bugs:",
        Block([
            F("GRADE-BELT-CHECK", "medium", "bug", "Grading accepts unknown, equal or lower belts",
              "Require `target === current + 1`; `indexOf` returns -1 for an unknown belt, which passes.",
              symbol="POST /gradings", conf=0.85),
            F("GRADE-WAIT-OFF", "low", "bug", "Minimum wait between gradings is one day short",
              "Compare with `MIN_DAYS_BETWEEN_GRADINGS`, not `- 1`.", symbol="POST /gradings", conf=0.75),
            F("MAT-LOAD-RACE", "high", "bug", "Mat capacity check races across the `await`",
              "Enforce capacity in the database (a conditional insert or a row lock); the cached count is read before and written after the insert.",
              d=-2, n=3, symbol="POST /mats/:slot/book", conf=0.8),
            F("MAT-MEMORY-PAGING", "low", "performance", "Mat listing loads the whole day before paging",
              "Use `LIMIT`/`OFFSET` in SQL like `/gradings/:judokaId/history`.", symbol="GET /mats", conf=0.7),
            F("MAT-PAGE-SLICE", "medium", "bug", "Mat listing drops the last row of each page",
              "`slice` end is exclusive: use `page * PAGE_SIZE`.", symbol="GET /mats", conf=0.85),
            F("ENTRY-SEED-RACE", "medium", "bug", "Concurrent entries can get the same seed",
              "Assign seeds in SQL (a sequence or `max(seed) + 1` under a lock) instead of the in-memory map.",
              d=+1, symbol="POST /tournaments/:id/entries", conf=0.75),
            F("BRACKET-SEED-PAIRING", "medium", "bug", "Bracket pairing index is off by one",
              "Pair `i` with `size - 1 - i`; today seed 1 faces `rows[size]` (always undefined).",
              symbol="POST /tournaments/:id/brackets", conf=0.85),
            F("CERT-RESULT-IGNORED", "low", "bug", "Certificate generation failures are swallowed",
              "Await the process (promisified `execFile`) and report failure to the caller.",
              symbol="POST /certificates/:judokaId", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "currentJudoka trusts unsigned tokens (jwt.decode)",
              "jwt.verify.", d=-2),
            F("LOGIN-SQLI", "critical", "security", "SQL injection: email from body into login query",
              "$1 parameter.", d=-1),
            F("TOKEN-NO-EXPIRY", "low", "security", "JWT without exp", "expiresIn."),
            F("GRADE-NOT-SENSEI", "high", "security", "POST /gradings only requires login, not sensei", "senseiOnly.", d=-2),
            F("GRADE-BELT-CHECK", "medium", "bug", "Belt check allows -1 (unknown belt) and downgrades",
              "target !== current + 1 -> 400."),
            F("COUNT-AS-STRING", "medium", "bug", "count(*) comes back as string; load + 1 concatenates",
              "Number()."),
            F("MAT-LOAD-RACE", "high", "bug", "matLoad read/write straddles await: overbooking", "DB-side check.", d=+1),
            F("MAT-PAGE-SLICE", "low", "bug", "slice(..., page*PAGE_SIZE - 1) loses one row per page", "Drop - 1."),
            F("MAT-CANCEL-UNAUTH", "high", "security", "DELETE /mats/bookings/:id has no auth check", "401 if !me.", d=-2),
            F("ENTRY-SEED-RACE", "medium", "bug", "Duplicate seeds under concurrent entries", "Sequence in DB."),
            F("ENTRY-CATEGORY-UNCHECKED", "low", "bug", "category not validated on entry", "CATEGORIES.includes."),
            F("BRACKET-SQLI", "high", "security", "category from body reaches bracket SQL", "Bind it.", d=-3),
            F("CERT-IDOR", "medium", "security", "GET /certificates/:judokaId not scoped to caller", "Owner check.", d=-1),
            F("CERT-TRAVERSAL", "high", "security", "belt query param used in sendFile path", "Allow-list belts.", d=-1),
            F("CERT-SHELL-NAME", "high", "security", "exec with name interpolated", "execFile + args."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Riverside Judo Club service (`src/server.ts`). Here is a summary of
        what I found.

        ## Authentication and Authorization

        The most serious issue is in `currentJudoka`: it uses `jwt.decode`, which does not check the signature.
        Everything that relies on it is effectively unauthenticated.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with `role: sensei` and any `id`."),
            F("JWT-FALLBACK-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require the environment variable."),
            F("GRADE-NOT-SENSEI", "HIGH", "Broken Access Control", "Missing Role Check on Gradings",
              "Check that the caller is a sensei.", d=-1),
            F("MAT-CANCEL-UNAUTH", "HIGH", "Broken Authentication", "Unauthenticated Deletion of Mat Bookings",
              "Check the result of `currentJudoka`.", d=-1,
              desc="The handler calls `currentJudoka` but never checks whether it returned null."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ## Injection and Data Handling
        """,
        Block([
            F("LOGIN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Login",
              "Use parameterized queries.", sd=-2, n=3),
            F("LOGIN-PIN-HASH", "MEDIUM", "Cryptography", "Weak PIN Hashing",
              "Use a slow, salted hash such as bcrypt."),
            F("BRACKET-SQLI", "HIGH", "SQL Injection", "SQL Injection in Bracket Generation",
              "Use a bound parameter for category.", d=-1),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Validate the belt parameter.", sd=-2, n=3),
            F("CERT-SHELL-NAME", "HIGH", "Command Injection", "Command Injection in Certificate Generation",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("CERT-RESULT-IGNORED", "LOW", "Error Handling", "Certificate Generation Errors Are Swallowed",
              "Report the failure to the caller.", d=-1, sd=-1, n=3),
            F("CARD-XSS-CLUB", "MEDIUM", "Cross-Site Scripting", "Cross-Site Scripting in Judoka Card",
              "Escape the club field.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Route handlers could be moved into separate router modules."}),
            F("MAT-LOAD-RACE", "MEDIUM", "Race Condition", "Race Condition in Mat Booking Capacity",
              "Enforce capacity in the database.",
              desc="Two requests can both read the same `load` before either calls `matLoad.set`."),
            F("ENTRY-SEED-RACE", "MEDIUM", "Race Condition", "Race Condition in Tournament Seeding",
              "Use a database sequence.", d=-2),
            F("MAT-MEMORY-PAGING", "LOW", "Performance", "Inefficient In-Memory Pagination",
              "Paginate in SQL."),
            F("BRACKET-SEED-PAIRING", "MEDIUM", "Logic Error", "Incorrect Bracket Pairing Index",
              "Use `size - 1 - i`.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE-UNVERIFIED", "error", "security", "jwt.decode doesn't verify", "jwt.verify"),
            F("LOGIN-SQLI", "error", "security", "sqli in login email", "params"),
            F("GRADE-NOT-SENSEI", "warning", "security", "gradings open to any member", "check role"),
            F("GRADE-WAIT-OFF", "warning", "", "grading wait one day short", "drop - 1", d=-1),
            F("CARD-XSS-CLUB", "warning", "security", "xss: club not escaped", "escapeHtml"),
            F("MAT-DOUBLE-BOOK", "warning", "bug", "same judoka can book a slot twice", "unique (slot, judoka_id)"),
            F("MAT-PAGE-SLICE", "warning", "bug", "page slice misses last item", "remove -1"),
            F("MAT-CANCEL-UNAUTH", "error", "security", "delete booking without auth", "check me"),
            F("ENTRY-CATEGORY-UNCHECKED", "warning", "bug", "entry category unchecked", "validate"),
            F("BRACKET-SQLI", "error", "security", "sqli in bracket category", "params"),
            F("CERT-TRAVERSAL", "error", "security", "path traversal via belt", "validate belt"),
            F("CERT-SHELL-NAME", "error", "security", "cmd injection in make-cert", "execFile"),
            F("ERROR-STACK-LEAK", "warning", "security", "stack in 500 response", "hide"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        **Summary**
        1. Token handling: unverified JWT decode, fallback secret, tokens without expiry.
        2. Injection: SQL (login, brackets), command (certificates), XSS (judoka card).
        3. Authorization: gradings, mat cancellation, certificate download.
        4. Concurrency: in-memory mat load and tournament entry counters.
        5. Logic: belt progression, grading wait, paging, bracket pairing.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT is decoded without signature verification",
              "Use jwt.verify.", conf=0.95),
            F("JWT-FALLBACK-SECRET", "major", "security", "Default JWT secret in source code",
              "Fail fast if JWT_SECRET is missing.", conf=0.8),
            F("LOGIN-SQLI", "blocker", "security", "SQL injection in login query",
              "Parameterize the email.", conf=0.95),
            F("LOGIN-PIN-HASH", "major", "security", "Unsalted SHA-256 PIN hash",
              "Use bcrypt.", conf=0.7),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT issued without expiration",
              "Set expiresIn.", d=-3, conf=0.6),
            F("GRADE-NOT-SENSEI", "major", "security", "Gradings endpoint lacks authorization",
              "Restrict to senseis.", conf=0.85),
            F("GRADE-BELT-CHECK", "major", "correctness", "Belt progression validation is incomplete",
              "Validate belt and require the next belt.", conf=0.8),
            F("GRADE-WAIT-OFF", "minor", "correctness", "Off-by-one in minimum days between gradings",
              "Remove the - 1.", conf=0.7),
            F("CARD-XSS-CLUB", "major", "security", "Cross-site scripting via club field",
              "Escape the club.", conf=0.8),
            F("CARD-XSS-BELT", "major", "security", "Cross-site scripting via belt field",
              "Escape the belt.", conf=0.7),
            F("MAT-LOAD-RACE", "major", "concurrency", "Non-atomic mat capacity check",
              "Use a transaction.", d=-1, conf=0.75),
            F("MAT-DOUBLE-BOOK", "minor", "correctness", "Duplicate mat bookings for one judoka",
              "Add a unique constraint.", conf=0.65),
            F("MAT-PAGE-SLICE", "minor", "correctness", "Pagination slice end off by one",
              "Use page * PAGE_SIZE as the end.", d=-1, conf=0.75),
            F("MAT-CANCEL-UNAUTH", "blocker", "security", "Unauthenticated mat booking cancellation",
              "Require login.", conf=0.85),
            F("MAT-CANCEL-NOT-OWNER", "major", "security", "Mat booking cancellation not restricted to owner",
              "Filter by judoka_id.", conf=0.8),
            F("ENTRY-SEED-RACE", "major", "concurrency", "Race on tournament entry count and seed",
              "Compute seeds in the database.", conf=0.75),
            F("BRACKET-SQLI", "blocker", "security", "SQL injection in bracket query via category",
              "Use a bound parameter.", conf=0.9),
            F("BRACKET-SEED-PAIRING", "major", "correctness", "Off-by-one in bracket opponent index",
              "Use size - 1 - i.", conf=0.8),
            F("CERT-IDOR", "major", "security", "Insecure direct object reference on certificates",
              "Check ownership.", conf=0.75),
            F("CERT-TRAVERSAL", "blocker", "security", "Path traversal in certificate download",
              "Validate belt.", conf=0.85),
            F("CERT-SHELL-NAME", "blocker", "security", "Command injection in certificate generation",
              "Use execFile.", conf=0.85),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace disclosure in error handler",
              "Return a generic error.", conf=0.8),
        ], wrap="object+summary", summary="22 issues: 6 blocker, 11 major, 5 minor"),
    ]),
}

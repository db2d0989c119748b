"""test67/ts-limewoodcourse: a marionette-carving evening class seat register (Express + pg). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test67: seeded problems in a marionette-carving evening class seat register "
    "(Express 4 + pg + jsonwebtoken); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "STUDENT-JWT-DECODE": P(S, "const claims = jwt.decode(token)", "security",
                            "jwt.decode never verifies the signature: anyone can mint a token with any sub",
                            "signature-vs-statement"),
    "SEAT-BENCH-UNCHECKED": P(S, "const bench = Number(req.body.bench);", "bug",
                              "bench from the body never checked against 1..BENCHES or seats per bench (NaN, 42, a full bench)"),
    "SEAT-CAPACITY-OFF-BY-ONE": P(S, "if (rows[0].seats_taken > BENCHES * SEATS_PER_BENCH)", "bug",
                                  "> instead of >=: a thirteenth student is booked into a twelve-seat class", "off-by-one"),
    "SEAT-OVERBOOK-RACE": P(S, '"INSERT INTO seats (session_id', "bug",
                            "seats_taken read, then insert and increment in separate statements across awaits: "
                            "concurrent bookings overbook the class", "critical-section"),
    "CANCEL-SEAT-UNKNOWN": P(S, "const hoursLeft = (new Date(seat.starts_at)", "bug",
                             "unknown seat id: rows[0] is undefined and seat.starts_at throws (unhandled rejection)"),
    "CANCEL-SEAT-NOT-OWNER": P(S, 'await pool.query("DELETE FROM seats WHERE id = $1"', "security",
                               "any signed-in student can cancel anyone's seat (student_id never compared with me.id); "
                               "the refund goes to the owner"),
    "KIT-WEEKS-NEGATIVE": P(S, "const weeks = Number(req.body.weeks ?? 1);", "bug",
                            "weeks not validated: 0, negative or fractional weeks give a zero or negative hire fee"),
    "KIT-DUE-SHORT": P(S, "const due = new Date(Date.now() + (weeks - 1) * WEEK_MS);", "bug",
                       "(weeks - 1): the kit is due back a week early (a one-week hire is due immediately)",
                       "off-by-one"),
    "KIT-ALREADY-OUT": P(S, '"INSERT INTO kit_hires', "bug",
                         "no check that the kit is not already hired out: one kit hired to several students"),
    "PROFILE-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body)", "security",
                             "PATCH /me updates whatever columns the body names (id, is_tutor, balances)",
                             "signature-vs-statement"),
    "PROFILE-KEY-SQLI": P(S, "await pool.query(`UPDATE students SET ${fields}", "security",
                          "body keys are concatenated into the UPDATE as column names: SQL injection",
                          "source-vs-sink"),
    "SEARCH-SQLI": P(S, "WHERE name ILIKE '%${q}%'", "security",
                     "q query value interpolated into the student search SQL", "source-vs-sink"),
    "TUTOR-PAGE-OFFSET": P(S, "page * perPage]", "bug",
                           "page starts at 1 but OFFSET is page * perPage: the newest 20 sessions never show",
                           "off-by-one"),
    "REGISTER-CSV-ESCAPE": P(S, "`${r.name},${r.phone},${r.bench}`", "security",
                             "register CSV fields not quoted or escaped: commas break rows, =formulas run in a spreadsheet"),
    "ATTEND-CACHE": P(S, '"SELECT COUNT(*)::int AS n FROM seats', "bug",
                      "attendance cache is never invalidated when attendance is marked (ten minutes stale) and "
                      "concurrent misses all query", "critical-section"),
    "REMIND-NOTE-INJECTION": P(S, 'exec(`send-sms ${r.phone} "${note}"`);', "security",
                               "note from the body interpolated into a shell command for exec", "source-vs-sink"),
    "REMIND-PHONE-INJECTION": P(S, 'exec(`send-sms ${r.phone} "${note}"`);', "security",
                                "student-controlled phone number (settable through PATCH /me) interpolated into the shell command"),
    "CERT-PUBLIC": P(S, "await pool.query(CERT_SQL, [req.params.seatId]);", "security",
                     "certificates served without authentication for any sequential seat id: names of all students"),
    "CERT-XSS": P(S, "carved <em>${c.title}</em>", "security",
                  "puppet title inserted into the certificate HTML unescaped (stored XSS)"),
    "UPLOAD-BEFORE-AUTH": P(S, 'app.post("/work/photo", upload.single("photo")', "security",
                            "multer stores the upload before the handler checks the sign-in: anonymous uploads fill the disk"),
    "UPLOAD-NAME-TRAVERSAL": P(S, "const target = path.join(WORK_DIR, String(me.id), req.file.originalname);", "security",
                               "client-supplied originalname used in the rename target: ../ moves the file anywhere"),
    "WORK-TRAVERSAL": P(S, "const file = path.join(WORK_DIR, String(me.id), name);", "security",
                        "name query value joined into the sendFile path: ../ reads other students' photos and any file",
                        "source-vs-sink"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security",
                          "error handler returns the message and stack trace to the client"),
}

CONFUSABLE = [
    ("SEAT-BENCH-UNCHECKED", "SEAT-CAPACITY-OFF-BY-ONE"),
    ("SEAT-CAPACITY-OFF-BY-ONE", "SEAT-OVERBOOK-RACE"),
    ("CANCEL-SEAT-UNKNOWN", "CANCEL-SEAT-NOT-OWNER"),
    ("KIT-WEEKS-NEGATIVE", "KIT-DUE-SHORT"),
    ("KIT-DUE-SHORT", "KIT-ALREADY-OUT"),
    ("PROFILE-MASS-ASSIGN", "PROFILE-KEY-SQLI"),
    ("REMIND-NOTE-INJECTION", "REMIND-PHONE-INJECTION"),
    ("CERT-PUBLIC", "CERT-XSS"),
    ("UPLOAD-BEFORE-AUTH", "UPLOAD-NAME-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole of the seat register. The tutor side is guarded properly:
        `tutorOnly` fails closed when `TUTOR_KEY` is unset and checks lengths before `crypto.timingSafeEqual`, the
        student search maps `sort` through the `SORTS` allow-list, attendance marking binds `benches` as an array
        parameter, the certificate escapes the student's name and the topic, and both the JSON parser and multer
        have size limits. The student side, however, rests on an identity that is never verified.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 5 |
        | low | 2 |
        """,
        Block([
            F("STUDENT-JWT-DECODE", "critical", "security", "Student tokens are decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] })` and fail closed when the secret is unset.",
              symbol="student", conf=0.95),
            F("PROFILE-MASS-ASSIGN", "high", "security", "`PATCH /me` writes any column the client names",
              "Accept an explicit list of editable fields (`name`, `phone`, `email`) and ignore the rest.",
              symbol="PATCH /me", conf=0.9),
            F("PROFILE-KEY-SQLI", "critical", "security", "Body keys become SQL column names in `PATCH /me`",
              "Never interpolate keys; with the allow-list above, build the SET clause from the known column names only.",
              symbol="PATCH /me", conf=0.85),
            F("SEARCH-SQLI", "critical", "security", "SQL injection through `q` in `GET /students`",
              "Bind it: `WHERE name ILIKE $1` with `['%' + q + '%']`.",
              symbol="GET /students", conf=0.95),
            F("REMIND-NOTE-INJECTION", "high", "security", "Reminder note is passed to a shell",
              "Use `execFile('send-sms', [phone, note])`; the double quotes do not stop `$(...)` or a closing quote.",
              symbol="POST /sessions/:id/remind", conf=0.9),
            F("WORK-TRAVERSAL", "high", "security", "`GET /work/photo` reads any file via `name`",
              "Use `path.basename(name)` and check the resolved path stays under the student's directory, or `sendFile(name, { root })`.",
              symbol="GET /work/photo", conf=0.85),
            F("UPLOAD-NAME-TRAVERSAL", "high", "security", "Upload target built from `originalname`",
              "Generate the stored name server-side (or `path.basename` plus an extension allow-list).",
              symbol="POST /work/photo", conf=0.8),
            F("CERT-XSS", "medium", "security", "Puppet title is not escaped on the certificate",
              "Wrap `c.title` in `escapeHtml` like the name and topic.",
              symbol="GET /certificates/:seatId", conf=0.85),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.", symbol="error handler", conf=0.8),
        ]),
        "Booking and hire logic:",
        Block([
            F("SEAT-CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check lets a thirteenth student in",
              "`>=` instead of `>`: with 12 seats taken the check still passes.",
              symbol="POST /sessions/:id/seats", conf=0.85),
            F("SEAT-OVERBOOK-RACE", "high", "bug", "Concurrent bookings can overbook a session",
              "Do it in one statement: `UPDATE sessions SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < $2 RETURNING id`, then insert, inside a transaction.",
              symbol="POST /sessions/:id/seats", conf=0.8),
            F("CANCEL-SEAT-NOT-OWNER", "high", "security", "Any student can cancel another student's seat",
              "Compare `seat.student_id` with `me.id` before deleting.",
              symbol="DELETE /seats/:seatId", conf=0.9),
            F("KIT-WEEKS-NEGATIVE", "medium", "bug", "Hire length is not validated",
              "Require an integer between 1 and the end of term; `weeks: -3` produces a negative fee.",
              symbol="POST /kits/:kitId/hire", conf=0.8),
            F("KIT-DUE-SHORT", "medium", "bug", "Kit due date is one week early",
              "`Date.now() + weeks * WEEK_MS`.", symbol="POST /kits/:kitId/hire", conf=0.75),
            F("TUTOR-PAGE-OFFSET", "low", "bug", "Tutor session list skips the first page",
              "`OFFSET (page - 1) * perPage`.", symbol="GET /tutor/sessions", conf=0.8),
            F("ATTEND-CACHE", "medium", "bug", "Attendance count is cached for ten minutes and never invalidated",
              "Delete the entry in `POST /sessions/:id/attendance` (or drop the cache: it is one indexed COUNT).",
              symbol="GET /sessions/:id/attendance", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Findings:",
        Block([
            F("STUDENT-JWT-DECODE", "critical", "security", "student(): jwt.decode, no signature check",
              "jwt.verify", d=-3),
            F("SEAT-OVERBOOK-RACE", "high", "bug", "seat booking: read-then-write across awaits, overbooks",
              "atomic conditional UPDATE", d=-3),
            F("SEAT-CAPACITY-OFF-BY-ONE", "medium", "bug", "13th seat inserted (> instead of >=)",
              ">=", d=+1),
            F("CANCEL-SEAT-UNKNOWN", "low", "bug", "DELETE /seats/:id crashes on unknown id",
              "404 when rows empty"),
            F("CANCEL-SEAT-NOT-OWNER", "high", "security", "seat cancel has no ownership check",
              "check student_id"),
            F("KIT-WEEKS-NEGATIVE", "medium", "bug", "negative weeks -> negative fee",
              "validate int >= 1"),
            F("PROFILE-KEY-SQLI", "critical", "security", "PATCH /me: req.body keys -> SQL",
              "allow-list columns", d=-1),
            F("SEARCH-SQLI", "critical", "security", "GET /students: q -> ILIKE string",
              "$1 param", d=-2),
            F("TUTOR-PAGE-OFFSET", "low", "bug", "page=1 -> OFFSET 20",
              "(page-1)*perPage", d=-2),
            F("REMIND-NOTE-INJECTION", "high", "security", "remind: req.body.note -> exec shell string",
              "execFile", d=-3),
            F("WORK-TRAVERSAL", "high", "security", "GET /work/photo: name -> path.join -> sendFile",
              "basename + root", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the marionette class seat register in `src/server.ts`. It is an Express
        application backed by PostgreSQL that lets students book bench seats, hire tool kits and upload photos of
        their work, and lets tutors manage the register.

        ### Summary

        The most serious issue is that student identity is taken from an unverified JWT, which undermines every
        student-facing endpoint. There are also injection vulnerabilities (SQL and command), path traversal, XSS,
        and a number of business-logic and concurrency errors.

        ### Critical and High Severity
        """,
        Block([
            F("STUDENT-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with a secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token; an attacker can forge a token for any student id."),
            F("PROFILE-MASS-ASSIGN", "HIGH", "Mass Assignment", "Mass Assignment in Profile Update",
              "Whitelist the updatable fields.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Student Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("REMIND-NOTE-INJECTION", "CRITICAL", "Command Injection", "Command Injection in SMS Reminders",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `note` field from the request body is embedded in a shell command."),
            F("REMIND-PHONE-INJECTION", "HIGH", "Command Injection", "Stored Phone Numbers Passed to Shell",
              "Validate phone numbers on input and avoid the shell.", sd=-2, n=3,
              desc="Students can set their own phone number via `PATCH /me`; it is later interpolated into the same shell command, so a student can run commands when a tutor sends reminders."),
            F("WORK-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Work Photo Download",
              "Restrict the name to a base name.", d=+1, sd=-1, n=3),
            F("UPLOAD-BEFORE-AUTH", "MEDIUM", "Denial of Service", "File Upload Processed Before Authentication",
              "Check authentication before the multer middleware.", sd=0, n=3),
        ], wrap="list"),
        """
        ### Medium and Low Severity
        """,
        Block([
            F("SEAT-OVERBOOK-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use a transaction with a row lock.", d=-1, sd=-3, n=3),
            F("SEAT-CAPACITY-OFF-BY-ONE", "MEDIUM", "Logic Error", "Capacity Check Off by One",
              "Use `>=`.", sd=-2, n=3),
            F("CERT-PUBLIC", "MEDIUM", "Broken Access Control", "Certificates Accessible Without Authentication",
              "Require the student or a tutor to be signed in.", sd=-1, n=3),
            F("CERT-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Puppet Title",
              "Escape the title.", sd=-2, n=3),
            F("REGISTER-CSV-ESCAPE", "LOW", "CSV Injection", "CSV Injection in Register Export",
              "Quote fields and prefix values starting with `=`, `+`, `-` or `@`.", sd=-2, n=3),
            F("ATTEND-CACHE", "LOW", "Caching", "Stale Attendance Cache",
              "Invalidate the cache when attendance is marked.", d=-1, sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting the routes into separate modules."}),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("STUDENT-JWT-DECODE", "error", "security", "jwt.decode instead of jwt.verify", "verify the token"),
            F("SEARCH-SQLI", "error", "security", "sql injection in student search", "parameterize"),
            F("REMIND-NOTE-INJECTION", "error", "security", "shell injection in remind", "execFile"),
            F("WORK-TRAVERSAL", "error", "security", "path traversal reading work photos", "basename"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PROFILE-MASS-ASSIGN", "warning", "", "patch /me lets you set any column", "allow-list fields", d=-3),
            F("UPLOAD-NAME-TRAVERSAL", "warning", "security", "originalname used as path", "generate the name"),
            F("KIT-ALREADY-OUT", "warning", "bug", "same kit can be hired twice", "check open hires first"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. **Authentication**: student JWTs are not verified.
        2. **Injection**: SQL injection in the profile update, command injection in reminders.
        3. **Booking logic**: capacity and concurrency errors, unchecked bench numbers, unowned cancellations.
        4. **Kit hire**: unvalidated length and a wrong due date.
        5. **Other**: XSS, cache staleness, pagination, uploads and error disclosure.
        """,
        Block([
            F("STUDENT-JWT-DECODE", "blocker", "security", "JWT is decoded without verification",
              "Verify the signature and expiry.", conf=0.95),
            F("SEAT-BENCH-UNCHECKED", "minor", "correctness", "Bench number is not validated",
              "Check 1 <= bench <= BENCHES and seats left on that bench.", conf=0.6),
            F("SEAT-CAPACITY-OFF-BY-ONE", "major", "correctness", "Class capacity exceeded by one",
              "Use >= in the capacity check.", d=+1, conf=0.8),
            F("SEAT-OVERBOOK-RACE", "major", "concurrency", "Seat booking is not atomic",
              "Wrap the check, insert and counter update in a transaction.", conf=0.8),
            F("CANCEL-SEAT-NOT-OWNER", "major", "security", "Seat cancellation lacks an ownership check",
              "Verify the seat belongs to the student.", conf=0.85),
            F("KIT-WEEKS-NEGATIVE", "major", "correctness", "Kit hire accepts invalid week counts",
              "Validate weeks as a positive integer.", conf=0.75),
            F("KIT-DUE-SHORT", "minor", "correctness", "Kit due date calculated one week short",
              "Use weeks * WEEK_MS.", d=-1, conf=0.7),
            F("PROFILE-KEY-SQLI", "blocker", "security", "SQL injection through profile field names",
              "Use a fixed column list.", conf=0.85),
            F("TUTOR-PAGE-OFFSET", "minor", "correctness", "Off-by-one in tutor session pagination",
              "Use (page - 1) * perPage.", conf=0.8),
            F("ATTEND-CACHE", "minor", "performance", "Attendance cache never invalidated",
              "Clear the cache entry on update.", d=+1, conf=0.65),
            F("REMIND-NOTE-INJECTION", "blocker", "security", "Command injection when sending reminders",
              "Use execFile.", conf=0.9),
            F("CERT-XSS", "major", "security", "Unescaped puppet title in certificate HTML",
              "Escape the title.", conf=0.8),
            F("UPLOAD-BEFORE-AUTH", "minor", "security", "Upload middleware runs before authentication",
              "Authenticate first.", conf=0.6),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace exposed in error responses",
              "Return a generic error.", conf=0.75),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 5 major, 6 minor"),
    ]),
}

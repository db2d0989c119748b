"""test114/ts-balletschool: a ballet school desk (TypeScript). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or truth (only splits/README.md's general and test37 sections, the builders and the tune2 spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test114: seeded problems in an Express + pg ballet school desk (exam entries, pointe "
    "shoe fittings, studio bookings); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "plie-releve-dev";', "security",
                           "hard-coded fallback JWT secret: anyone can mint tokens when JWT_SECRET is unset"),
    "JWT-EXPIRY-IGNORED": P(S, "{ ignoreExpiration: true }", "security",
                            "jwt.verify with ignoreExpiration: expired tokens stay valid forever",
                            "signature-vs-statement"),
    "JWT-VERIFY-THROWS": P(S, "{ ignoreExpiration: true }", "bug",
                           "jwt.verify throws on a bad or tampered token inside async handlers: Express 4 never sees "
                           "the rejection and the request hangs"),
    "TEACHER-FAILS-OPEN": P(S, 'if (req.header("x-teacher-key") !== process.env.TEACHER_KEY', "security",
                            "TEACHER_KEY unset: a request without the header compares undefined === undefined and passes"),
    "TEACHER-PREVIEW-BYPASS": P(S, 'if (req.header("x-teacher-key") !== process.env.TEACHER_KEY', "security",
                                "?preview=1 skips the teacher key check entirely"),
    "STUDENT-NOT-OWNED": P(S, "const { studentId, grade } = req.body;", "security",
                           "studentId from the body is never checked against claims.studentIds: a parent enters "
                           "someone else's child"),
    "GRADE-MISMATCH": P(S, "const { studentId, grade } = req.body;", "bug",
                        "grade from the body is stored as given, never compared with the exam's grade"),
    "STUDENT-NULL": P(S, "Date.parse(student.dob)", "bug",
                      "unknown studentId: student is undefined and student.dob throws (500 or a hung request)"),
    "AGE-OFF-BY-ONE": P(S, "if (age <= exam.min_age)", "bug",
                        "'<=' rejects a student who is exactly the minimum age", "off-by-one"),
    "EXAM-CAPACITY-RACE": P(S, "if (taken >= exam.capacity)", "bug",
                            "count, check and insert are separate awaits without a transaction: concurrent entries "
                            "overfill the exam", "critical-section"),
    "BAND-INDEX": P(S, "const band = BANDS[Math.floor(mark / 25)];", "bug",
                    "mark 100 gives BANDS[4], undefined: a perfect mark is stored with no band", "off-by-one"),
    "WIDTH-OFF-BY-ONE": P(S, "widthIndex > SHOE_WIDTHS.length", "bug",
                          "'>' instead of '>=': widthIndex 4 passes and stores an undefined width (sizes use '>=')",
                          "off-by-one"),
    "FITTING-SLOT-RACE": P(S, 'const fitter = await pool.query("SELECT name FROM fitters', "bug",
                           "has(slot) and set(slot) are separated by an await: two students book the same fitting slot",
                           "critical-section"),
    "FITTING-CANCEL-ANY": P(S, "fittingSlots.delete(req.params.slot);", "security",
                            "any logged-in user cancels any student's fitting (no ownership check)",
                            "signature-vs-statement"),
    "BOOKING-NEGATIVE-HOURS": P(S, "const hours = (end.getTime() - start.getTime()) / 3600000;", "bug",
                                "end before start or an invalid date gives negative or NaN hours and cost"),
    "STUDIO-HOURS-RACE": P(S, 'await pool.query("INSERT INTO bookings (studio, teacher', "bug",
                           "studioHours read before the awaited insert and written after it: concurrent bookings "
                           "lose hours", "critical-section"),
    "SEARCH-SQLI-NAME": P(S, "WHERE name ILIKE '%${name}%' ORDER BY ${sort}", "security",
                          "name query value interpolated into the SQL", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(S, "WHERE name ILIKE '%${name}%' ORDER BY ${sort}", "security",
                          "sort query value interpolated into ORDER BY"),
    "TIMETABLE-IN-MEMORY": P(S, 'const all = (await pool.query("SELECT studio, teacher, start_at, end_at FROM bookings',
                             "performance", "every booking loaded on each request and paged in memory"),
    "TIMETABLE-SLICE": P(S, "(page - 1) * size + size - 1", "bug",
                         "slice end is exclusive: each page returns size - 1 rows and drops one booking", "off-by-one"),
    "CERT-NO-AUTH": P(S, 'const s = (await pool.query("SELECT name, grade, teacher_comment FROM students', "security",
                      "certificate with the teacher's comment served for any student id without authentication",
                      "signature-vs-statement"),
    "CERT-XSS": P(S, "<blockquote>${s.teacher_comment}</blockquote>", "security",
                  "teacher_comment (and grade) put into HTML unescaped; only the name goes through esc"),
    "CONTACTS-IDOR": P(S, 'const row = (await pool.query("SELECT parent_name, parent_phone, medical_notes', "security",
                       "any logged-in user reads any student's parent phone and medical notes",
                       "signature-vs-statement"),
    "CERTGEN-SHELL-STUDENT": P(S, 'exec(`certgen --student "${student}"', "security",
                               "student body value put into a shell command (double quotes do not stop $() or \")",
                               "source-vs-sink"),
    "CERTGEN-SHELL-GRADE": P(S, 'exec(`certgen --student "${student}"', "security",
                             "grade body value put into the same shell command unquoted"),
    "CERT-FILE-TRAVERSAL": P(S, "res.sendFile(path.join(CERT_DIR, req.params.file));", "security",
                             "..%2F in :file is decoded and path.join leaves CERT_DIR: any file readable, unauthenticated"),
    "REMINDER-SHELL": P(S, 'exec(`mail -s "Pointe fitting tomorrow', "security",
                        "parent_email (typed in by parents) put into a shell command line"),
    "REMINDER-REPEATED": P(S, "setInterval(() => void sendFittingReminders(), 60 * 60 * 1000);", "bug",
                           "hourly timer with no sent marker: each family gets the same reminder 24 times a day"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("JWT-EXPIRY-IGNORED", "JWT-VERIFY-THROWS"),
    ("TEACHER-FAILS-OPEN", "TEACHER-PREVIEW-BYPASS"),
    ("STUDENT-NOT-OWNED", "GRADE-MISMATCH"),
    ("STUDENT-NULL", "AGE-OFF-BY-ONE"),
    ("AGE-OFF-BY-ONE", "EXAM-CAPACITY-RACE"),
    ("WIDTH-OFF-BY-ONE", "FITTING-SLOT-RACE"),
    ("SEARCH-SQLI-NAME", "SEARCH-SQLI-SORT"),
    ("TIMETABLE-IN-MEMORY", "TIMETABLE-SLICE"),
    ("CERT-NO-AUTH", "CERT-XSS"),
    ("CERTGEN-SHELL-STUDENT", "CERTGEN-SHELL-GRADE"),
    ("REMINDER-SHELL", "REMINDER-REPEATED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts` end to end (it is the whole service).

        **Summary**

        1. Authentication: `claimsFrom` accepts expired tokens and falls back to a hard-coded secret, and
           `teacherOnly` can be skipped with `?preview=1` or when `TEACHER_KEY` is not configured. `officeOnly`, by
           contrast, is correct: it fails closed on an empty key and checks lengths before `timingSafeEqual`.
        2. Injection: the studio search builds SQL from the query string, and both `exec` calls build shell
           command lines from user data.
        3. Authorization: fittings can be cancelled and contacts read for any student.
        4. Correctness: several bounds checks are off by one (the shoe-size check right above the width check is
           the correct version), and three check-then-act sequences span an `await`.

        The clash query (`start_at < $3 AND end_at > $2`) and the mark range check are fine.
        """,
        Block([
            F("JWT-EXPIRY-IGNORED", "high", "security", "Expired JWTs are accepted (`ignoreExpiration: true`)",
              "Drop `ignoreExpiration` and pin `algorithms: [\"HS256\"]`.", symbol="claimsFrom", conf=0.9),
            F("JWT-VERIFY-THROWS", "medium", "bug", "`jwt.verify` throws inside async handlers that Express 4 does not catch",
              "Wrap in try/catch and return null, or add an async error wrapper; a malformed token currently leaves the request hanging.",
              symbol="claimsFrom", conf=0.75),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is missing.", conf=0.85),
            F("TEACHER-PREVIEW-BYPASS", "critical", "security", "`?preview=1` bypasses `teacherOnly`",
              "Remove the preview escape hatch from the auth check.", symbol="teacherOnly", conf=0.9),
            F("TEACHER-FAILS-OPEN", "high", "security", "`teacherOnly` passes when `TEACHER_KEY` is unset",
              "Mirror `officeOnly`: refuse when the key is empty and compare with `timingSafeEqual`.",
              symbol="teacherOnly", conf=0.85),
            F("SEARCH-SQLI-NAME", "critical", "security", "SQL injection via `name` in studio search",
              "Use `$1` with `'%' || $1 || '%'`.", symbol="GET /studios/search", conf=0.95),
            F("SEARCH-SQLI-SORT", "high", "security", "SQL injection via `sort` in studio search",
              "Allow-list the sortable columns.", symbol="GET /studios/search", conf=0.9),
            F("CERTGEN-SHELL-STUDENT", "critical", "security", "Command injection through the student name passed to `certgen`",
              "Use `execFile(\"certgen\", [\"--student\", student, ...])`.",
              symbol="POST /exams/:examId/certificates", conf=0.9),
            F("CERTGEN-SHELL-GRADE", "high", "security", "`grade` is interpolated into the `certgen` command unquoted",
              "Validate grade as an integer 1-8 and pass it as an argv element.",
              symbol="POST /exams/:examId/certificates", conf=0.8),
            F("REMINDER-SHELL", "high", "security", "Parent e-mail address is interpolated into a `mail` shell command",
              "Send mail through a library or `execFile` with an argument array.", symbol="sendFittingReminders", conf=0.8),
            F("CERT-FILE-TRAVERSAL", "high", "security", "Path traversal in `GET /certificates/:file`",
              "Resolve the path and check it stays under `CERT_DIR`, or use `res.sendFile(file, { root: CERT_DIR })`.",
              symbol="GET /certificates/:file", conf=0.8),
        ]),
        "Authorization and correctness:",
        Block([
            F("STUDENT-NOT-OWNED", "high", "security", "Exam entry does not check that the student belongs to the caller",
              "Require `claims.studentIds.includes(studentId)` (or a teacher role).",
              symbol="POST /exams/:examId/entries", conf=0.8),
            F("STUDENT-NULL", "medium", "bug", "Unknown `studentId` dereferences `undefined`",
              "Return 404 when the student row is missing.", symbol="POST /exams/:examId/entries", conf=0.8),
            F("AGE-OFF-BY-ONE", "medium", "bug", "Minimum-age check rejects students who are exactly the minimum age",
              "Use `age < exam.min_age`.", symbol="POST /exams/:examId/entries", conf=0.75),
            F("EXAM-CAPACITY-RACE", "medium", "bug", "Exam capacity check and insert are not atomic",
              "Do the count and insert in one transaction with `SELECT ... FOR UPDATE` on the exam row.",
              d=-1, n=2, symbol="POST /exams/:examId/entries", conf=0.7),
            F("WIDTH-OFF-BY-ONE", "medium", "bug", "Shoe width bound check is off by one",
              "Use `widthIndex >= SHOE_WIDTHS.length`, as the size check does.", symbol="POST /fittings", conf=0.85),
            F("FITTING-SLOT-RACE", "medium", "bug", "Fitting slot can be double-booked across the `await`",
              "Reserve the slot with `fittingSlots.set` before awaiting, or use a unique constraint on `fittings.slot`.",
              d=-1, n=3, symbol="POST /fittings", conf=0.8),
            F("FITTING-CANCEL-ANY", "high", "security", "Any authenticated user can cancel any fitting",
              "Check that the slot's student is in `claims.studentIds`.", symbol="DELETE /fittings/:slot", conf=0.8),
            F("STUDIO-HOURS-RACE", "low", "bug", "`studioHours` update is a lost-update race",
              "Read and write the counter after the insert, synchronously, or derive hours from the table.",
              d=-2, symbol="POST /studios/:studio/bookings", conf=0.65),
            F("TIMETABLE-IN-MEMORY", "low", "performance", "Timetable loads every booking to page in memory",
              "Use `LIMIT`/`OFFSET` in SQL.", symbol="GET /timetable", conf=0.7),
            F("TIMETABLE-SLICE", "medium", "bug", "Timetable pages drop one booking each",
              "`slice(start, start + size)`; the end index is already exclusive.", symbol="GET /timetable", conf=0.85),
            F("CERT-XSS", "medium", "security", "Stored XSS via `teacher_comment` on the certificate page",
              "Pass `teacher_comment` and `grade` through `esc`.", symbol="GET /students/:id/certificate", conf=0.85),
            F("CONTACTS-IDOR", "high", "security", "Any logged-in user can read any student's contacts and medical notes",
              "Check `claims.studentIds` (or a staff role) before returning the row.", n=2,
              symbol="GET /students/:id/contacts", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-SQLI-NAME", "critical", "security", "SQLi: ?name= concatenated into ILIKE pattern", "Parameterize.", d=-2),
            F("SEARCH-SQLI-SORT", "high", "security", "SQLi: ?sort= concatenated into ORDER BY", "Allow-list.", d=-1),
            F("CERTGEN-SHELL-STUDENT", "critical", "security", "Shell injection: req.body.student reaches exec()", "execFile.", d=-2),
            F("TEACHER-PREVIEW-BYPASS", "critical", "security", "teacherOnly bypass with ?preview=1", "Remove."),
            F("TEACHER-FAILS-OPEN", "high", "security", "teacherOnly: undefined === undefined when TEACHER_KEY unset", "Fail closed."),
            F("JWT-EXPIRY-IGNORED", "high", "security", "claimsFrom never rejects expired tokens", "Remove ignoreExpiration.", d=-3),
            F("CONTACTS-IDOR", "high", "security", "GET /students/:id/contacts: no ownership check", "Check claims.studentIds.", d=-3),
            F("CERT-NO-AUTH", "medium", "security", "GET /students/:id/certificate is unauthenticated", "Require claims.", d=-1),
            F("CERT-FILE-TRAVERSAL", "high", "security", "sendFile(path.join(CERT_DIR, req.params.file)) traversal", "root option."),
            F("FITTING-CANCEL-ANY", "medium", "security", "DELETE /fittings/:slot: no owner check", "Check owner.", d=-3),
            F("FITTING-SLOT-RACE", "medium", "bug", "Slot double-booking: set() after await", "Set before await.", d=+1),
            F("WIDTH-OFF-BY-ONE", "low", "bug", "widthIndex == SHOE_WIDTHS.length accepted", ">=.", d=-2),
            F("AGE-OFF-BY-ONE", "low", "bug", "age <= min_age excludes students of exactly min_age", "<."),
            F("STUDENT-NULL", "medium", "bug", "student may be undefined (unknown id) -> TypeError", "404."),
            F("BAND-INDEX", "low", "bug", "mark=100 -> BANDS[4] undefined", "Math.min(3, ...)."),
            F("TIMETABLE-SLICE", "low", "bug", "slice end off by one; page has size-1 rows", "Drop the - 1."),
            F("STACK-LEAK", "medium", "security", "Error handler returns err.stack", "Log it; return a generic message."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the ballet school management service in `src/server.ts`. It is an Express
        application backed by PostgreSQL that handles exam entries, pointe shoe fittings, studio bookings and
        certificates.

        ### Authentication and Authorization
        """,
        Block([
            F("JWT-EXPIRY-IGNORED", "HIGH", "Broken Authentication", "JWT Expiration Is Not Enforced",
              "Remove the `ignoreExpiration` option.", sd=-2, n=3,
              desc="`jwt.verify` is called with `ignoreExpiration: true`, so a leaked or old token is valid forever."),
            F("JWT-DEFAULT-SECRET", "CRITICAL", "Broken Authentication", "Hardcoded Default JWT Secret",
              "Require `JWT_SECRET` to be configured.",
              desc="If `JWT_SECRET` is not set, tokens are signed and verified with a value published in the source."),
            F("TEACHER-PREVIEW-BYPASS", "CRITICAL", "Broken Access Control", "Teacher Authorization Bypass via preview Parameter",
              "Remove the `preview` condition.", sd=-1, n=2),
            F("STUDENT-NOT-OWNED", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Exam Entry",
              "Verify that the student belongs to the authenticated user."),
            F("CERT-NO-AUTH", "MEDIUM", "Broken Access Control", "Certificates Accessible Without Authentication",
              "Require a valid token for certificate pages."),
        ], wrap="list"),
        """
        ### Injection, Data Handling and Reliability
        """,
        Block([
            F("SEARCH-SQLI-NAME", "CRITICAL", "SQL Injection", "SQL Injection in Studio Search",
              "Use parameterized queries for `name` and validate `sort`.", sd=-2, n=3,
              desc="Both `name` and `sort` come from the query string and are placed directly into the SQL text."),
            F("SEARCH-SQLI-SORT", "HIGH", "SQL Injection", "SQL Injection Through the sort Parameter",
              "Allow only known column names."),
            F("CERTGEN-SHELL-STUDENT", "CRITICAL", "Command Injection", "Command Injection in Certificate Generation",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REMINDER-SHELL", "HIGH", "Command Injection", "Command Injection via Parent Email in Reminder Job",
              "Validate email addresses and avoid the shell."),
            F("CERT-FILE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Use the `root` option of `sendFile`."),
            F("CERT-XSS", "MEDIUM", "Cross-Site Scripting", "Cross-Site Scripting in Certificate Page",
              "Escape `teacher_comment` and `grade`."),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split routes into separate modules."}),
            F("EXAM-CAPACITY-RACE", "MEDIUM", "Race Condition", "Race Condition in Exam Capacity Check",
              "Use a transaction.", sd=-2, n=3),
            F("FITTING-SLOT-RACE", "MEDIUM", "Race Condition", "Double Booking of Fitting Slots",
              "Reserve the slot atomically."),
            F("STUDIO-HOURS-RACE", "LOW", "Race Condition", "Lost Updates to Studio Hours Counter",
              "Update the counter atomically.", d=+2),
            F("BOOKING-NEGATIVE-HOURS", "MEDIUM", "Logic Error", "Negative Booking Duration Not Rejected",
              "Reject bookings where `end <= start` or the dates are invalid."),
            F("TIMETABLE-IN-MEMORY", "LOW", "Performance", "Timetable Pagination Performed in Memory",
              "Paginate in SQL."),
            F("STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TEACHER-PREVIEW-BYPASS", "high", "security", "preview=1 skips teacher auth", "remove it"),
            F("SEARCH-SQLI-NAME", "high", "security", "sql injection in /studios/search", "use $1"),
            F("CERTGEN-SHELL-STUDENT", "high", "security", "shell injection in certgen exec", "execFile"),
            F("CERT-XSS", "medium", "security", "teacher_comment not escaped", "esc() it"),
            F("JWT-VERIFY-THROWS", "medium", "", "bad token throws in async route, request hangs", "try/catch in claimsFrom"),
            F("WIDTH-OFF-BY-ONE", "low", "bug", "width index check allows length", "use >="),
            F("BAND-INDEX", "low", "bug", "mark 100 has no band", "clamp index to 3"),
            F("STUDIO-HOURS-RACE", "low", "bug", "studioHours can lose updates across await", "recompute from db", d=+2),
            F("REMINDER-REPEATED", "medium", "bug", "reminders go out every hour, not once", "mark sent reminders"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. **Authentication** – the JWT handling and the teacher middleware can be bypassed.
        2. **Authorization** – several endpoints do not check which students the caller may act for.
        3. **Injection** – SQL in the studio search; shell commands for certificates.
        4. **Correctness** – boundary errors in age, marks and paging; race conditions.
        """,
        Block([
            F("JWT-EXPIRY-IGNORED", "major", "security", "Token expiration ignored", "Enforce exp.", conf=0.85),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in code", "Require the env var.", conf=0.8),
            F("TEACHER-FAILS-OPEN", "blocker", "security", "Teacher middleware allows access when TEACHER_KEY is undefined",
              "Deny when not configured.", conf=0.8),
            F("TEACHER-PREVIEW-BYPASS", "blocker", "security", "Teacher check bypassed by preview query parameter",
              "Remove preview bypass.", conf=0.9),
            F("STUDENT-NOT-OWNED", "major", "security", "Student ownership not verified on exam entry",
              "Check claims.studentIds.", conf=0.7),
            F("GRADE-MISMATCH", "minor", "correctness", "Entry grade not validated against the exam grade",
              "Use exam.grade.", conf=0.6),
            F("AGE-OFF-BY-ONE", "major", "correctness", "Off-by-one in minimum age eligibility",
              "Use < instead of <=.", d=-1, conf=0.75),
            F("EXAM-CAPACITY-RACE", "major", "concurrency", "Exam capacity can be exceeded under concurrent requests",
              "Use a transaction with row locking.", d=+1, conf=0.7),
            F("BAND-INDEX", "minor", "correctness", "Band lookup out of range for the maximum mark",
              "Clamp the index.", d=-1, conf=0.7),
            F("FITTING-SLOT-RACE", "major", "concurrency", "Fitting slot check-then-set race",
              "Make the reservation atomic.", d=-1, conf=0.75),
            F("FITTING-CANCEL-ANY", "major", "security", "Fitting cancellation without authorization",
              "Verify ownership.", conf=0.75),
            F("BOOKING-NEGATIVE-HOURS", "minor", "correctness", "Booking duration not validated",
              "Reject end before start.", conf=0.65),
            F("SEARCH-SQLI-NAME", "blocker", "security", "SQL injection in studio search (name)",
              "Use query parameters.", d=-2, conf=0.9),
            F("TIMETABLE-SLICE", "minor", "correctness", "Pagination returns one item less than page size",
              "Fix the slice end.", d=-1, conf=0.7),
            F("CERT-XSS", "major", "security", "XSS on certificate page", "Escape all fields.", conf=0.8),
            F("CONTACTS-IDOR", "blocker", "security", "Medical notes exposed to any authenticated user",
              "Restrict to the student's guardians and staff.", conf=0.85),
            F("CERTGEN-SHELL-STUDENT", "blocker", "security", "Command injection in certgen call",
              "Use execFile.", conf=0.9),
            F("CERTGEN-SHELL-GRADE", "major", "security", "Unvalidated grade passed to shell command",
              "Validate grade as a number.", d=-1, conf=0.75),
            F("CERT-FILE-TRAVERSAL", "major", "security", "Directory traversal in certificate download",
              "Use the root option.", conf=0.8),
            F("STACK-LEAK", "minor", "security", "Stack trace disclosure in error responses",
              "Hide internals.", conf=0.7),
        ], wrap="object+summary", summary="20 issues: 5 blocker, 10 major, 5 minor"),
    ]),
}

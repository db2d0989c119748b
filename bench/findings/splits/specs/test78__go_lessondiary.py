"""test78/go-lessondiary: a driving school's lesson diary (net/http + database/sql). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test78 (for round 40): seeded problems in a small Go net/http + database/sql service "
    "for a driving school's lesson diary; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "AUTH-SQLI": P(M, "SELECT id FROM instructors WHERE token = '\" + tok + \"'\").Scan(&id)", "security",
                   "instructor token header concatenated into the auth query (SQL injection logs in as any "
                   "instructor)", "source-vs-sink"),
    "AUTH-TOKEN-PLAIN": P(M, "SELECT id FROM instructors WHERE token = '\" + tok + \"'\").Scan(&id)", "security",
                          "instructor tokens stored and compared in plain text in SQL (no hash, not constant time)"),
    "DIARY-IDOR": P(M, 'instructor := r.PathValue("id")', "security",
                    "diary instructor id taken from the path, not from the authenticated instructor: any instructor "
                    "reads any diary with pupils' phones and pickup addresses", "signature-vs-statement"),
    "DIARY-ROWS-LEAK": P(M, "rows, err := s.db.Query(diarySQL, instructor, from, to)", "bug",
                         "diary rows never closed (no defer rows.Close()): connections leak"),
    "DIARY-ERR-LEAK": P(M, 'http.Error(w, "diary query failed: "+err.Error(), http.StatusInternalServerError)',
                        "security", "database error text returned to the client"),
    "BOOK-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&req); err != nil {", "security",
                             "booking body read without MaxBytesReader (unbounded request body)"),
    "BOOK-MINUTES-UNCHECKED": P(M, "end := req.Start.Add(time.Duration(req.Minutes) * time.Minute)", "bug",
                                "lesson length not validated: zero, negative or day-long lessons are booked and "
                                "break the clash check"),
    "BOOK-CLASH-ERR-IGNORED": P(M, "interval '1 minute' > $2`, instructor, req.Start, end).Scan(&clash)", "bug",
                                "clash query error ignored: on a database error clash stays 0 and the booking goes "
                                "ahead"),
    "BOOK-CLASH-RACE": P(M, "if clash > 0 {", "bug",
                         "clash check and insert are not atomic: two bookings for the same instructor and time both "
                         "succeed", "critical-section"),
    "BOOK-HEADER-ORDER": P(M, "w.WriteHeader(http.StatusCreated)", "bug",
                           "extra, one agent: WriteHeader before writeJSON sets Content-Type, so the header is lost "
                           "and the JSON goes out as text/plain", nth=0),
    "REMIND-GOROUTINE-LEAK": P(M, "time.Sleep(time.Until(start.Add(-24 * time.Hour)))", "performance",
                               "one goroutine per booking sleeps until the day before the lesson, never cancelled: "
                               "goroutines pile up", "signature-vs-statement"),
    "REMIND-NOT-CANCELLED": P(M, 'if err := s.db.QueryRow("SELECT name, phone FROM pupils WHERE id = $1", pupilID)',
                              "bug", "extra, one agent: the reminder never rechecks the lesson: a cancelled lesson "
                              "still gets its SMS"),
    "REMIND-SHELL": P(M, 'err := exec.Command("sh", "-c", "sms-send "+phone+', "security",
                      "pupil name and phone put into a sh -c command line (command injection)", "source-vs-sink"),
    "REMIND-NO-TIMEOUT": P(M, 'err := exec.Command("sh", "-c", "sms-send "+phone+', "performance",
                           "sms-send run without a context or timeout: a hanging gateway blocks the goroutine "
                           "forever"),
    "REMIND-COUNTER-RACE": P(M, "s.sent++", "bug",
                             "sent counter incremented from many goroutines without statsMu (failed is locked)",
                             "critical-section"),
    "CANCEL-ANY-INSTRUCTOR": P(M, "s.db.Exec(\"UPDATE lessons SET status = 'cancelled' WHERE id = $1\", id)",
                               "security", "any instructor can cancel any lesson (no instructor_id check)"),
    "CANCEL-TWICE": P(M, "s.db.Exec(\"UPDATE lessons SET status = 'cancelled' WHERE id = $1\", id)", "bug",
                      "an already cancelled lesson can be cancelled again and the late fee charged again"),
    "CANCEL-NO-TX": P(M, 's.db.Exec("UPDATE pupils SET balance = balance - $1 WHERE id = $2", fee, pupil)', "bug",
                      "the two updates are not in a transaction and their errors are ignored: a fee can be charged "
                      "for a lesson that stays booked"),
    "PAY-LOST-UPDATE": P(M, "balance += p.Pence", "bug",
                         "balance read, changed in Go and written back: a concurrent fee or payment is lost",
                         "critical-section"),
    "PAY-NEGATIVE": P(M, "balance += p.Pence", "bug", "payment amount not validated: zero or negative payments "
                      "are recorded and change the balance"),
    "PUPIL-PAGE-OBO": P(M, 'r.PathValue("id"), pageSize, page*pageSize)', "bug",
                        "page starts at 1 but the offset is page*pageSize: the first 20 lessons are never listed",
                        "off-by-one"),
    "DOC-TRAVERSAL": P(M, 'path := filepath.Join(s.docsDir, r.PathValue("id"), name)', "security",
                       "file query value joined into the document path: ../ serves any file", "source-vs-sink"),
    "DOC-IDOR": P(M, 'path := filepath.Join(s.docsDir, r.PathValue("id"), name)', "security",
                  "any instructor can read any pupil's licence documents (pupil id not checked against the "
                  "instructor)"),
    "TEST-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug",
                             "test-date body decode error ignored: a malformed request proceeds with zero values",
                             nth=1),
    "TEST-MIN-OBO": P(M, "if done <= minLessonsForTest {", "bug",
                      "<= rejects a pupil who has done exactly the minimum number of lessons", "off-by-one"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("AUTH-SQLI", "AUTH-TOKEN-PLAIN"),
    ("DIARY-IDOR", "DIARY-ROWS-LEAK"),
    ("DIARY-ROWS-LEAK", "DIARY-ERR-LEAK"),
    ("BOOK-MINUTES-UNCHECKED", "BOOK-CLASH-ERR-IGNORED"),
    ("BOOK-CLASH-ERR-IGNORED", "BOOK-CLASH-RACE"),
    ("REMIND-GOROUTINE-LEAK", "REMIND-NOT-CANCELLED"),
    ("REMIND-SHELL", "REMIND-NO-TIMEOUT"),
    ("REMIND-SHELL", "REMIND-COUNTER-RACE"),
    ("REMIND-NO-TIMEOUT", "REMIND-COUNTER-RACE"),
    ("CANCEL-ANY-INSTRUCTOR", "CANCEL-TWICE"),
    ("CANCEL-TWICE", "CANCEL-NO-TX"),
    ("CANCEL-ANY-INSTRUCTOR", "CANCEL-NO-TX"),
    ("PAY-LOST-UPDATE", "PAY-NEGATIVE"),
    ("DOC-TRAVERSAL", "DOC-IDOR"),
    ("TEST-DECODE-IGNORED", "TEST-MIN-OBO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service). The authentication middleware is the most urgent problem: the
        instructor token goes straight into SQL, so anyone can log in as any instructor. Behind it, most
        handlers trust path ids without checking that the lesson, diary or pupil belongs to the caller.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 8 |
        | low | 3 |

        Worth keeping as they are: `officeOnly` fails closed and uses `subtle.ConstantTimeCompare`;
        `handlePayment` caps its body with `http.MaxBytesReader`; `handlePupilLessons` defers `rows.Close()` and
        checks `Scan` errors; the clash query's interval test is correct; `failed` is updated under `statsMu`.
        """,
        Block([
            F("AUTH-SQLI", "critical", "security", "SQL injection in instructorAuth via X-Instructor-Token",
              "Use a placeholder: `QueryRow(\"SELECT id FROM instructors WHERE token = $1\", tok)`.",
              symbol="Server.instructorAuth", conf=0.95),
            F("AUTH-TOKEN-PLAIN", "medium", "security", "Instructor tokens are stored and compared in plain text",
              "Store a SHA-256 of the token and look it up by hash; a database leak then does not leak logins.",
              symbol="Server.instructorAuth", conf=0.6),
            F("DIARY-IDOR", "high", "security", "Any instructor can read any other instructor's diary",
              "Use the instructor id from the context, or return 403 when the path id differs.",
              d=-1, sd=0, symbol="Server.handleDiary", conf=0.85),
            F("DIARY-ROWS-LEAK", "medium", "bug", "Diary query rows are never closed",
              "Add `defer rows.Close()` after the error check, as `handlePupilLessons` does.",
              symbol="Server.handleDiary", conf=0.85),
            F("DIARY-ERR-LEAK", "low", "security", "Database errors are returned to the client",
              "Log `err` and send a generic 500.", symbol="Server.handleDiary", conf=0.7),
            F("BOOK-BODY-UNBOUNDED", "medium", "security", "Booking request body is unbounded",
              "Wrap `r.Body` with `http.MaxBytesReader` like `handlePayment`.",
              symbol="Server.handleBook", conf=0.7),
            F("BOOK-MINUTES-UNCHECKED", "medium", "bug", "Lesson length is not validated",
              "Accept only 30 to 180 minutes; zero or negative lengths slip past the clash check.",
              symbol="Server.handleBook", conf=0.75),
            F("BOOK-CLASH-RACE", "high", "bug", "Double booking: the clash check and the insert race",
              "Use an exclusion constraint on (instructor_id, tstzrange) or a transaction with a row lock on the instructor.",
              d=-2, symbol="Server.handleBook", conf=0.8),
            F("BOOK-HEADER-ORDER", "low", "bug", "Content-Type set after WriteHeader is ignored",
              "Set the header before `WriteHeader`, or let `writeJSON` take the status.",
              symbol="Server.handleBook", conf=0.6),
            F("REMIND-GOROUTINE-LEAK", "medium", "performance", "A sleeping goroutine per booking, never cancelled",
              "Schedule reminders from a table polled by one worker instead of `time.Sleep` in a goroutine per lesson.",
              d=-1, symbol="Server.remind", conf=0.75),
            F("REMIND-SHELL", "critical", "security", "Shell injection in the SMS reminder",
              "Run `exec.CommandContext(ctx, \"sms-send\", phone, msg)` without `sh -c`.",
              symbol="Server.remind", conf=0.9),
            F("REMIND-COUNTER-RACE", "medium", "bug", "`s.sent` is incremented without `statsMu`",
              "Take `statsMu` as for `failed`, or use `atomic.Int64`.", symbol="Server.remind", conf=0.85),
            F("CANCEL-ANY-INSTRUCTOR", "high", "security", "Any instructor can cancel any lesson",
              "Scope the lookup and update by the instructor id from the context.",
              symbol="Server.handleCancel", conf=0.85),
            F("CANCEL-NO-TX", "medium", "bug", "Cancellation and late fee are not atomic and errors are ignored",
              "Run both updates in one transaction and check their errors.",
              symbol="Server.handleCancel", conf=0.75),
            F("PAY-LOST-UPDATE", "high", "bug", "Lost update on pupil balance",
              "`UPDATE pupils SET balance = balance + $1 WHERE id = $2` in the same transaction as the payment insert.",
              symbol="Server.handlePayment", conf=0.85),
            F("PUPIL-PAGE-OBO", "medium", "bug", "Pupil lesson list skips the first page",
              "Offset should be `(page-1)*pageSize`.", symbol="Server.handlePupilLessons", conf=0.85),
            F("DOC-TRAVERSAL", "critical", "security", "Path traversal in document download",
              "Reject names containing separators or `..`, and check the cleaned path stays under the pupil's folder.",
              symbol="Server.handleDocument", conf=0.9),
            F("TEST-MIN-OBO", "low", "bug", "Test booking needs one lesson more than the minimum",
              "Use `done < minLessonsForTest`.", symbol="Server.handleTestDate", conf=0.75),
            F("NO-SERVER-TIMEOUTS", "high", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("AUTH-SQLI", "critical", "security", "X-Instructor-Token concatenated into SQL", "use $1", d=-2),
            F("DOC-TRAVERSAL", "high", "security", "?file joined into filesystem path", "filepath.Base + prefix check", d=-1),
            F("REMIND-SHELL", "high", "security", "sh -c with pupil-controlled name/phone", "exec without shell", d=-1),
            F("DIARY-IDOR", "high", "security", "diary id from path, not from auth context", "use ctxInstructor"),
            F("DIARY-ROWS-LEAK", "medium", "bug", "rows not closed in handleDiary", "defer rows.Close()"),
            F("CANCEL-ANY-INSTRUCTOR", "medium", "security", "cancel not scoped to instructor", "WHERE instructor_id"),
            F("CANCEL-TWICE", "low", "bug", "cancel is not idempotent; fee charged again", "AND status = 'booked'"),
            F("BOOK-CLASH-RACE", "medium", "bug", "clash check is check-then-insert", "constraint or tx", d=-1),
            F("PAY-LOST-UPDATE", "medium", "bug", "balance read-modify-write", "balance = balance + $1", d=-1),
            F("REMIND-COUNTER-RACE", "low", "bug", "data race on s.sent", "lock statsMu", d=-1),
            F("PUPIL-PAGE-OBO", "low", "bug", "OFFSET page*pageSize skips page 1", "(page-1)*pageSize", d=-1),
            F("TEST-MIN-OBO", "low", "bug", "<= vs < on minimum lessons", "done < minLessonsForTest", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is my review of the lesson diary service. It is a Go HTTP server using the Go 1.22
        routing patterns and `database/sql` with the pgx driver.

        ## Overall Assessment

        The code is compact but contains several critical vulnerabilities, most notably in the authentication
        middleware and in the way external commands and files are handled. There are also data races and
        missing authorization checks.

        ## Security Issues
        """,
        Block([
            F("AUTH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Authentication Middleware",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The token header is concatenated into the SQL string, so `' OR '1'='1` authenticates as the first instructor."),
            F("REMIND-SHELL", "CRITICAL", "Command Injection", "Command Injection in SMS Reminder",
              "Avoid invoking the shell; pass arguments directly.", sd=-2, n=3),
            F("DOC-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Document Endpoint",
              "Sanitize the `file` parameter.", sd=-1, n=2),
            F("DOC-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Pupil Documents",
              "Verify that the pupil is taught by the requesting instructor."),
            F("DIARY-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Details Exposed",
              "Return a generic error message.", sd=-2, n=3),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure an `http.Server` with timeouts."),
            F("BOOK-BODY-UNBOUNDED", "LOW", "Denial of Service", "Unlimited Request Body Size",
              "Use `http.MaxBytesReader`."),
        ], wrap="list"),
        """
        ## Concurrency and Reliability Issues
        """,
        Block([
            F("BOOK-CLASH-RACE", "HIGH", "Race Condition", "Race Condition in Lesson Booking",
              "Use a transaction or a database constraint.", sd=-2, n=3,
              desc="Two requests can pass the clash check before either inserts, double-booking the instructor."),
            F("REMIND-COUNTER-RACE", "MEDIUM", "Race Condition", "Data Race on Sent Counter",
              "Protect `s.sent` with the mutex."),
            U({"severity": "INFO", "category": "Style", "description": "The Server struct mixes configuration and runtime statistics."}),
            F("PAY-LOST-UPDATE", "HIGH", "Race Condition", "Lost Update on Pupil Balance",
              "Perform the arithmetic in SQL.", d=+1),
            F("REMIND-GOROUTINE-LEAK", "MEDIUM", "Resource Leak", "Unbounded Goroutines for Reminders",
              "Use a scheduler with cancellation.", sd=-1, n=2),
            F("REMIND-NO-TIMEOUT", "LOW", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext` with a deadline."),
            F("TEST-DECODE-IGNORED", "LOW", "Error Handling", "Ignored JSON Decode Error",
              "Check the error returned by `Decode`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("AUTH-SQLI", "high", "security", "sql injection in instructor auth", "placeholder"),
            F("REMIND-SHELL", "high", "security", "shell injection in sms reminder", "no sh -c"),
            F("DOC-TRAVERSAL", "high", "security", "path traversal in document download", "clean + check prefix"),
            F("CANCEL-ANY-INSTRUCTOR", "medium", "security", "any instructor can cancel any lesson", "check owner"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("PAY-LOST-UPDATE", "medium", "bug", "payment balance race", "update in sql"),
            F("PUPIL-PAGE-OBO", "low", "", "page offset skips first page", "(page-1)*size"),
            F("BOOK-CLASH-ERR-IGNORED", "medium", "bug", "clash check ignores scan error", "check err"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. Authentication: SQL injection and plaintext tokens in the instructor middleware.
        2. Authorization: diary, documents and cancellation trust ids from the request.
        3. Concurrency: booking clash check, balance update, reminder goroutines.
        4. Input validation and error handling.
        5. Server configuration.
        """,
        Block([
            F("AUTH-SQLI", "blocker", "security", "SQL injection in instructor token lookup",
              "Use query parameters.", conf=0.95),
            F("DIARY-IDOR", "major", "security", "Diary access not restricted to the authenticated instructor",
              "Compare the path id with the context id.", conf=0.8),
            F("DIARY-ROWS-LEAK", "major", "resource-leak", "Rows not closed in diary handler",
              "defer rows.Close().", conf=0.8),
            F("BOOK-MINUTES-UNCHECKED", "minor", "correctness", "Lesson duration not validated",
              "Validate minutes.", conf=0.7),
            F("BOOK-CLASH-ERR-IGNORED", "major", "correctness", "Clash query error ignored",
              "Handle the Scan error.", conf=0.75),
            F("BOOK-CLASH-RACE", "major", "concurrency", "Double booking race in clash check",
              "Use a transaction.", conf=0.75),
            F("REMIND-GOROUTINE-LEAK", "major", "performance", "Goroutine per lesson sleeping until reminder time",
              "Use a scheduler.", conf=0.7),
            F("REMIND-NOT-CANCELLED", "minor", "correctness", "Reminder sent for cancelled lessons",
              "Check the lesson status before sending.", conf=0.65),
            F("REMIND-SHELL", "blocker", "security", "Command injection in SMS sending",
              "Do not use sh -c.", conf=0.9),
            F("REMIND-NO-TIMEOUT", "minor", "reliability", "SMS command has no timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("CANCEL-TWICE", "major", "correctness", "Late fee can be charged twice for one lesson",
              "Only cancel booked lessons.", conf=0.75),
            F("CANCEL-NO-TX", "major", "correctness", "Cancellation updates not transactional, errors ignored",
              "Use a transaction.", d=-1, conf=0.7),
            F("PAY-LOST-UPDATE", "major", "concurrency", "Race condition on balance update",
              "Atomic SQL update.", conf=0.8),
            F("PAY-NEGATIVE", "minor", "correctness", "Payment amount not validated",
              "Reject non-positive amounts.", conf=0.7),
            F("PUPIL-PAGE-OBO", "major", "correctness", "Off-by-one in lesson pagination offset",
              "Use (page-1)*pageSize.", conf=0.85),
            F("DOC-TRAVERSAL", "blocker", "security", "Path traversal in document download",
              "Validate the file name.", conf=0.9),
            F("DOC-IDOR", "major", "security", "Missing authorization on pupil documents",
              "Check the pupil belongs to the instructor.", conf=0.75),
            F("TEST-DECODE-IGNORED", "minor", "correctness", "JSON decode error ignored in test date handler",
              "Return 400 on decode errors.", conf=0.7),
            F("TEST-MIN-OBO", "minor", "correctness", "Minimum lessons check off by one",
              "Use < instead of <=.", d=+1, conf=0.75),
            F("NO-SERVER-TIMEOUTS", "major", "security", "No timeouts on HTTP server",
              "Use http.Server with timeouts.", conf=0.75),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 11 major, 6 minor"),
    ]),
}

"""test70/go-combcrank: a bee-keeping association's honey extractor loan log (Go). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test70: seeded problems in a bee-keeping association's extractor loan log; five "
    "agents' answers written by hand."
)

M = "main.go"


def G(problem, severity, category, title, rec, d=0, **kw):
    """gemini quotes three lines that end on the cited line."""
    return F(problem, severity, category, title, rec, d=d, sd=d - 2, n=3, **kw)


PROBLEMS = {
    "MEMBER-COOKIE-UNSIGNED": P(M, "id, _ := strconv.Atoi(c.Value)", "security", "member identity is a plain id in an unsigned cookie: anyone sets member=<id>"),
    "MEMBER-COOKIE-GARBAGE-ACCEPTED": P(M, "id, _ := strconv.Atoi(c.Value)", "security", "Atoi error ignored: any non-numeric cookie becomes member 0 and counts as signed in"),
    "EXTRACTORS-KIND-SQLI": P(M, "AND kind LIKE '\" + kind + \"%'\")", "security", "kind query value concatenated into the SQL", "source-vs-sink"),
    "EXTRACTORS-ROWS-NOT-CLOSED": P(M, "AND kind LIKE '\" + kind + \"%'\")", "bug", "rows from the extractor query are never closed (connection leak on every call)"),
    "EXTRACTORS-DB-ERROR-LEAKED": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (with the SQL) returned to the client"),
    "LOAN-DAYS-NO-MINIMUM": P(M, "if err != nil || days > maxLoanDays {", "bug", "days only bounded above: 0 or negative loans are recorded, due in the past"),
    "LOAN-CHECK-THEN-SET": P(M, "busy := s.onLoan[extID]", "bug", "onLoan checked under the lock, released, and set only after the insert: two members borrow the same extractor", "critical-section"),
    "RETURN-ANY-LOAN": P(M, "UPDATE loans SET returned_at = now() WHERE id = $1", "security", "return needs no sign-in and no ownership: anyone closes anyone's loan", "signature-vs-statement"),
    "LATE-DAYS-TRUNCATED": P(M, "lateDays := int(time.Since(due).Hours() / 24)", "bug", "late days truncated: up to 23 hours late is free, 47 hours late is one day", "off-by-one"),
    "LATE-FEE-NEGATIVE": P(M, "fee := lateDays * lateFeePence", "bug", "an early return gives negative late days and a negative fee"),
    "WAITING-QUEUE-UNLOCKED": P(M, "queue := s.waiting[extID]", "bug", "waiting map read and rewritten without s.mu while handleLoan appends under it", "critical-section"),
    "WAITING-SKIPS-FIRST": P(M, "next := queue[1]", "bug", "queue[1]: the first member in the queue is skipped, and a queue of one panics", "off-by-one"),
    "NOTIFY-SHELL-INJECTION": P(M, '_ = exec.Command("sh", "-c", "send-sms "+phone', "security", "member phone (free text from registration) concatenated into sh -c", "source-vs-sink"),
    "NOTIFY-FAILURES-DROPPED": P(M, '_ = exec.Command("sh", "-c", "send-sms "+phone', "bug", "send-sms errors discarded (and lookup errors skipped): the next member is never told"),
    "MEMBER-LOANS-IDOR": P(M, "FROM loans WHERE member_id = $1 ORDER BY due DESC\", want)", "security", "any caller lists any member's loans, no sign-in", "signature-vs-statement"),
    "REGISTER-BODY-UNBOUNDED": P(M, "err := json.NewDecoder(r.Body).Decode(&m)", "security", "registration body read without a size limit"),
    "REGISTER-SELF-SECRETARY": P(M, "INSERT INTO members (name, phone, apiary, is_secretary)", "security", "is_secretary taken from the request: anyone registers as a secretary"),
    "REGISTER-PHONE-UNVALIDATED": P(M, "INSERT INTO members (name, phone, apiary, is_secretary)", "security", "phone stored without validation (later run through a shell)"),
    "MANUAL-PATH-TRAVERSAL": P(M, "http.ServeFile(w, r, path)", "security", "file query value joined to docsDir: ../ serves any file", "source-vs-sink"),
    "STATS-UNLOCKED-READS": P(M, "for _, out := range s.onLoan {", "bug", "stats iterate onLoan and read loansToday/waiting without s.mu (concurrent map iteration and write)", "critical-section"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("MEMBER-COOKIE-UNSIGNED", "MEMBER-COOKIE-GARBAGE-ACCEPTED"),
    ("EXTRACTORS-KIND-SQLI", "EXTRACTORS-ROWS-NOT-CLOSED"),
    ("EXTRACTORS-KIND-SQLI", "EXTRACTORS-DB-ERROR-LEAKED"),
    ("EXTRACTORS-ROWS-NOT-CLOSED", "EXTRACTORS-DB-ERROR-LEAKED"),
    ("LATE-DAYS-TRUNCATED", "LATE-FEE-NEGATIVE"),
    ("WAITING-QUEUE-UNLOCKED", "WAITING-SKIPS-FIRST"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-FAILURES-DROPPED"),
    ("REGISTER-BODY-UNBOUNDED", "REGISTER-SELF-SECRETARY"),
    ("REGISTER-BODY-UNBOUNDED", "REGISTER-PHONE-UNVALIDATED"),
    ("REGISTER-SELF-SECRETARY", "REGISTER-PHONE-UNVALIDATED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end: a `net/http` service (Go 1.22 routing) over Postgres that records extractor
        loans, keeps an in-memory view of which extractors are out, queues members for busy ones and texts the next
        member when one comes back.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 5 |
        | low | 2 |

        The identity model is the root of several problems: a member is whoever the `member` cookie says, and two
        handlers do not even look at it. `secretaryOnly` is fine (fails closed, constant-time compare), as are
        `loadOnLoan` (rows closed, `rows.Err()` checked), the cookie flags, and the locked writes in `handleLoan`.
        """,
        Block([
            F("EXTRACTORS-KIND-SQLI", "critical", "security", "SQL injection through `kind` in `GET /extractors`",
              "Use a placeholder: `... AND kind LIKE $1` with `kind + \"%\"`.", symbol="Server.handleExtractors", conf=0.95),
            F("NOTIFY-SHELL-INJECTION", "critical", "security", "Member phone number is run through `sh -c`",
              "Call `exec.Command(\"send-sms\", phone, msg)` directly and validate phone numbers at registration.",
              symbol="Server.notify", conf=0.9),
            F("MANUAL-PATH-TRAVERSAL", "high", "security", "`GET /manuals?file=` can read files outside `docsDir`",
              "Reject names containing separators or `..`, or serve with `http.FileServer(http.Dir(s.docsDir))`.",
              symbol="Server.handleManual", conf=0.85),
            F("MEMBER-COOKIE-UNSIGNED", "high", "security", "Member identity comes from an unsigned cookie",
              "Issue a random session token (or sign the cookie with HMAC) and look the member up server-side.",
              symbol="memberID", conf=0.85),
            F("RETURN-ANY-LOAN", "high", "security", "`POST /loans/{id}/return` is unauthenticated",
              "Require a signed-in member and `AND member_id = $2` (or the secretary key).",
              symbol="Server.handleReturn", conf=0.85),
            F("MEMBER-LOANS-IDOR", "medium", "security", "Any caller can read any member's loan history",
              "Require sign-in and compare the path id with the cookie's member.",
              symbol="Server.handleMemberLoans", conf=0.8),
            F("REGISTER-SELF-SECRETARY", "high", "security", "Registration accepts `is_secretary` from the client",
              "Decode into a request struct without the flag; secretaries are set by an admin.",
              symbol="Server.handleRegister", conf=0.8),
            F("EXTRACTORS-DB-ERROR-LEAKED", "low", "security", "Raw database errors are written to the response",
              "Log `err` and return a fixed message.", symbol="Server.handleExtractors", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("EXTRACTORS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleExtractors`",
              "Add `defer rows.Close()` after the error check and check `rows.Err()`.",
              symbol="Server.handleExtractors", conf=0.85),
            F("LOAN-CHECK-THEN-SET", "high", "bug", "Availability check and `onLoan` update are not atomic",
              "Hold `s.mu` from the check until `onLoan[extID] = true` (set it before the insert and roll back on error), or enforce one open loan per extractor in the database.",
              symbol="Server.handleLoan", conf=0.8),
            F("LOAN-DAYS-NO-MINIMUM", "medium", "bug", "`days` has no lower bound",
              "Check `days < 1 || days > maxLoanDays`; the error message already says 1-14.",
              symbol="Server.handleLoan", conf=0.85),
            F("WAITING-QUEUE-UNLOCKED", "high", "bug", "`s.waiting` is read and written without the mutex",
              "Keep `s.mu` locked through the queue pop; `handleLoan` appends under the lock, so this is a data race on a map.",
              symbol="Server.handleReturn", conf=0.85),
            F("WAITING-SKIPS-FIRST", "high", "bug", "Queue pop takes the second member",
              "`next := queue[0]`; with one member queued `queue[1]` panics.",
              symbol="Server.handleReturn", conf=0.9),
            F("LATE-DAYS-TRUNCATED", "medium", "bug", "Late days are truncated instead of counted per started day",
              "Use `int(math.Ceil(...))` and clamp at zero.", symbol="Server.handleReturn", conf=0.7),
            F("LATE-FEE-NEGATIVE", "low", "bug", "Returning early yields a negative fee",
              "Clamp `lateDays` at 0 before multiplying.", symbol="Server.handleReturn", conf=0.75),
            F("STATS-UNLOCKED-READS", "medium", "bug", "`handleStats` ranges over `s.onLoan` without the lock",
              "Take `s.mu` while counting; concurrent map iteration and write is a fatal error in Go.",
              symbol="Server.handleStats", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("EXTRACTORS-KIND-SQLI", "critical", "security", "SQLi: ?kind= concatenated into query",
              "Placeholder $1.", d=-1),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "notify: sh -c with member-controlled phone",
              "exec.Command(\"send-sms\", phone, msg).", d=-2),
            F("MANUAL-PATH-TRAVERSAL", "high", "security", "handleManual: ?file= path traversal",
              "filepath.Base + check prefix.", d=-2),
            F("RETURN-ANY-LOAN", "high", "security", "handleReturn has no auth at all",
              "memberID + ownership check.", d=-3),
            F("MEMBER-LOANS-IDOR", "medium", "security", "handleMemberLoans: no auth, any member id",
              "Compare with memberID(r).", d=-2),
            F("MEMBER-COOKIE-GARBAGE-ACCEPTED", "medium", "security", "memberID ignores Atoi error: cookie=x is member 0, ok=true",
              "Return false on parse error or id <= 0."),
            F("LOAN-CHECK-THEN-SET", "high", "bug", "Race: lock released between busy check and onLoan=true",
              "Single critical section.", d=-1),
            F("WAITING-QUEUE-UNLOCKED", "high", "bug", "handleReturn touches s.waiting without s.mu",
              "Lock around the pop.", d=+1),
            F("WAITING-SKIPS-FIRST", "high", "bug", "queue[1] skips head of queue; panics when len == 1",
              "queue[0]."),
            F("EXTRACTORS-ROWS-NOT-CLOSED", "medium", "bug", "handleExtractors leaks rows (no Close)",
              "defer rows.Close()."),
            F("LATE-FEE-NEGATIVE", "low", "bug", "Negative fee on early return",
              "max(0, lateDays)."),
            F("SERVER-NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts",
              "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the extractor loan service in `main.go`. Here is a summary of what I found.

        ## Security Issues

        The service relies on an unsigned cookie for member identity and passes untrusted input to SQL, the shell
        and the filesystem.
        """,
        Block([
            G("EXTRACTORS-KIND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Extractor Listing",
              "Use parameterized queries.",
              desc="The `kind` query parameter is concatenated into the SQL string passed to `s.db.Query`."),
            G("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Member Phone Number",
              "Avoid `sh -c`; pass arguments to `exec.Command` directly."),
            G("MANUAL-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Manual Download",
              "Validate the requested file name."),
            G("MEMBER-COOKIE-UNSIGNED", "HIGH", "Broken Authentication", "Forgeable Member Cookie",
              "Use signed session cookies."),
            G("REGISTER-SELF-SECRETARY", "HIGH", "Mass Assignment", "Privilege Escalation Through Registration",
              "Do not bind `IsSecretary` from the request body."),
            G("REGISTER-PHONE-UNVALIDATED", "MEDIUM", "Input Validation", "Phone Number Not Validated",
              "Validate phone numbers against an E.164 pattern."),
            G("REGISTER-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body on Registration",
              "Wrap the body with `http.MaxBytesReader`.", d=0),
            G("EXTRACTORS-DB-ERROR-LEAKED", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Return a generic error message."),
            G("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with read and write timeouts."),
        ], wrap="list"),
        """
        ## Concurrency and Logic Issues
        """,
        Block([
            U({"severity": "LOW", "category": "Testing", "suggestion": "Add unit tests for the loan and return handlers."}),
            G("LOAN-CHECK-THEN-SET", "HIGH", "Race Condition", "Double Lending of the Same Extractor",
              "Perform the check and the update in one critical section.", d=+2,
              desc="The mutex is released after reading `onLoan` and taken again only after the database insert, so two requests can both see the extractor as free."),
            G("WAITING-QUEUE-UNLOCKED", "HIGH", "Race Condition", "Unsynchronized Access to the Waiting Map",
              "Lock `s.mu` while reading and updating `s.waiting`.", d=+3),
            G("STATS-UNLOCKED-READS", "MEDIUM", "Concurrency", "Map Iteration Without Lock in Stats",
              "Acquire the mutex before iterating.", d=+2),
            G("NOTIFY-FAILURES-DROPPED", "MEDIUM", "Error Handling", "Notification Errors Are Ignored",
              "Log and retry failed notifications."),
            G("LATE-DAYS-TRUNCATED", "LOW", "Logic Error", "Late Days Rounded Down",
              "Round up partial days."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("EXTRACTORS-KIND-SQLI", "high", "security", "sql injection via kind", "use $1"),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "sh -c with phone number", "no shell"),
            F("MANUAL-PATH-TRAVERSAL", "high", "", "path traversal in /manuals", "filepath.Base"),
            F("WAITING-SKIPS-FIRST", "medium", "bug", "queue[1] skips first waiting member", "queue[0]", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the extractor list (blocker)
        2. Shell injection in member notification (blocker)
        3. Path traversal, missing authentication on returns and loan history, forgeable cookie (major)
        4. Race conditions around onLoan, the waiting queue and stats (major/minor)
        5. Fee and input validation errors (minor)
        """,
        Block([
            F("EXTRACTORS-KIND-SQLI", "blocker", "security", "SQL injection in kind filter",
              "Use query parameters.", conf=0.95),
            F("NOTIFY-SHELL-INJECTION", "blocker", "security", "Shell command injection in notify",
              "Execute send-sms without a shell.", conf=0.9),
            F("MANUAL-PATH-TRAVERSAL", "major", "security", "Directory traversal in manual download",
              "Sanitize the file parameter.", conf=0.85),
            F("RETURN-ANY-LOAN", "major", "security", "Loan return endpoint lacks authorization",
              "Check that the caller owns the loan.", conf=0.8),
            F("MEMBER-LOANS-IDOR", "major", "security", "Member loan history is public",
              "Require authentication and ownership.", conf=0.8),
            F("MEMBER-COOKIE-UNSIGNED", "major", "security", "Member cookie can be forged",
              "Sign the cookie or use server-side sessions.", conf=0.8),
            F("LOAN-CHECK-THEN-SET", "major", "concurrency", "Race condition allows the same extractor to be lent twice",
              "Keep the lock until onLoan is updated.", d=+1, conf=0.75),
            F("WAITING-SKIPS-FIRST", "major", "correctness", "Wrong queue index when notifying the next member",
              "Use index 0.", conf=0.85),
            F("STATS-UNLOCKED-READS", "minor", "concurrency", "Stats read shared state without locking",
              "Lock the mutex in handleStats.", d=-1, conf=0.65),
            F("LATE-DAYS-TRUNCATED", "minor", "correctness", "Late fee undercounts partial days",
              "Round late days up.", d=+1, conf=0.6),
            F("REGISTER-PHONE-UNVALIDATED", "minor", "security", "Phone number accepted without validation",
              "Validate the phone format.", conf=0.6),
            F("LOAN-DAYS-NO-MINIMUM", "minor", "correctness", "Loan days can be zero or negative",
              "Require days >= 1.", conf=0.7),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}

"""test49/go-watchbench: a watch-repair workshop's bench service (Go, net/http + database/sql/pgx). Frozen test
split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test49: seeded problems in a small watch-repair bench service (repair jobs, parts, "
    "bench timers, warranty claims); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "BENCH-TOKEN-FAILS-OPEN": P(M, 'if r.Header.Get("X-Bench-Token") != s.benchToken {', "security",
                                "BENCH_TOKEN unset: empty token equals a missing header, every bench route is open"),
    "BENCH-TOKEN-TIMING": P(M, 'if r.Header.Get("X-Bench-Token") != s.benchToken {', "security",
                            "bench token compared with != instead of subtle.ConstantTimeCompare"),
    "JOB-IDOR": P(M, 'err := s.db.QueryRow("SELECT id, customer, phone, brand, model, fault, status, estimate_cents, notes, done_at',
                  "security", "GET /jobs/{id} is unauthenticated: any job readable by guessing sequential ids",
                  "signature-vs-statement"),
    "JOB-PII-LEAK": P(M, 'err := s.db.QueryRow("SELECT id, customer, phone, brand, model, fault, status, estimate_cents, notes, done_at',
                      "security", "the public job view selects and returns the customer's phone and the bench's internal notes"),
    "JOB-NULL-DONEAT": P(M, "Scan(&j.ID, &j.Customer, &j.Phone", "bug",
                         "done_at is NULL until a job is finished: Scan into time.Time fails, every open job answers 404"),
    "JOBS-SQLI": P(M, "WHERE brand LIKE '%\" + brand + \"%'\"", "security",
                   "brand query value concatenated into SQL: injection", "source-vs-sink"),
    "JOBS-ROWS-LEAK": P(M, 'rows, err := s.db.Query(query+" AND status = $1 ORDER BY id DESC", status)', "bug",
                        "rows never closed (and rows.Err never checked): connections leak, early return on a bad row keeps one busy"),
    "JOBS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                       "database error text sent to the client (helps the injection above)"),
    "PARTS-RACE": P(M, "if stock >= req.Qty {", "bug",
                    "lock released between reading and writing stock: concurrent reservations oversell a part (lost update)",
                    "critical-section"),
    "PARTS-NEGATIVE-QTY": P(M, "if stock >= req.Qty {", "bug",
                            "qty not validated: zero passes, a negative qty increases stock"),
    "TIMER-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&e)", "bug",
                              "decode (and id parse) errors ignored: a bad body books an empty or negative entry, a bad id books job 0"),
    "TIMER-ADD-RACE": P(M, "entries = append(entries, e)", "bug",
                        "s.timers written without s.mu: concurrent map writes crash the process, entries lost",
                        "critical-section"),
    "TIMER-SKIP-FIRST": P(M, "for i := 1; i < len(entries); i++ {", "bug",
                          "loop starts at 1: the first timer entry is never billed", "off-by-one"),
    "RECENT-DROPS-LAST": P(M, "end = len(s.events) - 1", "bug",
                           "end clamped to len-1: the newest event is never shown", "off-by-one"),
    "RECENT-START-PANIC": P(M, "json.NewEncoder(w).Encode(s.events[start:end])", "bug",
                            "start not bounded: a page past the end, a negative page or an empty log (end -1) panics"),
    "CLAIM-NO-OWNER": P(M, 'job, err := s.loadJob(r.PathValue("id"))', "security",
                        "warranty claims need no authentication: anyone files claims on any job id",
                        "signature-vs-statement", nth=0),
    "CLAIM-ERR-IGNORED": P(M, 'job, err := s.loadJob(r.PathValue("id"))', "bug",
                           "loadJob error ignored: an unknown id gives a nil job and a nil-pointer panic", nth=0),
    "STATUS-ANY-VALUE": P(M, 'status := r.FormValue("status")', "bug",
                          "status not validated: any string (or empty) stored, collected jobs can go back to open"),
    "STATUS-DONEAT-NEVER-SET": P(M, 'UPDATE jobs SET status = $1 WHERE id = $2', "bug",
                                 "done_at never set when a job is finished: the warranty clock never starts, every claim is 'expired'"),
    "NOTIFY-RESULT-DROPPED": P(M, "go notifyCustomer(job.Phone", "bug",
                               "extra, one agent: notifyCustomer's error discarded in a goroutine; failed SMS never noticed"),
    "NOTIFY-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "notify-customer "+phone', "security",
                      "phone and model (customer-supplied) concatenated into sh -c: command injection",
                      "signature-vs-statement"),
    "PHOTO-TRAVERSAL": P(M, "dst := filepath.Join(s.photoDir, jobDir, filepath.Base(hdr.Filename))", "security",
                         "job form value joined into the photo path: ../ writes outside photoDir", "source-vs-sink"),
    "PHOTO-FILE-LEAK": P(M, "io.Copy(out, file)", "bug",
                         "created file never closed: descriptor leak, data may not be flushed"),
    "PHOTO-COPY-ERR-IGNORED": P(M, "io.Copy(out, file)", "bug",
                                "io.Copy error ignored: a truncated photo is answered 201"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8087", mux))', "security",
                            "http.ListenAndServe without read/write timeouts: slowloris"),
}

CONFUSABLE = [
    ("BENCH-TOKEN-FAILS-OPEN", "BENCH-TOKEN-TIMING"),
    ("JOB-IDOR", "JOB-PII-LEAK"),
    ("JOB-IDOR", "JOB-NULL-DONEAT"),
    ("JOB-PII-LEAK", "JOB-NULL-DONEAT"),
    ("JOBS-SQLI", "JOBS-ERR-LEAK"),
    ("JOBS-SQLI", "JOBS-ROWS-LEAK"),
    ("JOBS-ROWS-LEAK", "JOBS-ERR-LEAK"),
    ("PARTS-RACE", "PARTS-NEGATIVE-QTY"),
    ("TIMER-DECODE-IGNORED", "TIMER-ADD-RACE"),
    ("RECENT-DROPS-LAST", "RECENT-START-PANIC"),
    ("CLAIM-NO-OWNER", "CLAIM-ERR-IGNORED"),
    ("STATUS-ANY-VALUE", "STATUS-DONEAT-NEVER-SET"),
    ("PHOTO-FILE-LEAK", "PHOTO-COPY-ERR-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service is one file). Overall: the admin side is sound, the bench side
        trusts a token check that fails open, and the two customer-facing routes (`GET /jobs/{id}` and the warranty
        claim) have no authentication at all. Several handlers share maps with others without the mutex.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 6 |
        | low | 3 |

        Correct as written: `adminOnly` (fails closed, `subtle.ConstantTimeCompare`), `record` and `handleLabour`
        hold `s.mu`, `loadJob` coalesces a NULL `done_at`, `handleList` checks `Scan` errors, the photo file name goes
        through `filepath.Base`.
        """,
        Block([
            F("BENCH-TOKEN-FAILS-OPEN", "critical", "security", "`benchOnly` passes every request when `BENCH_TOKEN` is unset",
              "Refuse to start without a token, or reject when `s.benchToken == \"\"`, like `adminOnly`.",
              symbol="Server.benchOnly", conf=0.9),
            F("BENCH-TOKEN-TIMING", "low", "security", "Bench token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.benchOnly", conf=0.6),
            F("NOTIFY-SHELL", "critical", "security", "Customer phone and watch model reach `sh -c`",
              "Call `exec.Command(\"notify-customer\", phone, msg)` without a shell; both values come from intake.",
              symbol="notifyCustomer", conf=0.9),
            F("JOBS-SQLI", "high", "security", "SQL injection through `brand` in `handleList`",
              "Pass `\"%\"+brand+\"%\"` as a parameter.", symbol="Server.handleList", conf=0.9),
            F("JOBS-ROWS-LEAK", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleList", conf=0.8),
            F("JOB-IDOR", "high", "security", "Job details are public and ids are sequential",
              "Require a per-job secret from the receipt (or customer auth) before returning a job.",
              symbol="Server.handleJob", conf=0.85),
            F("JOB-PII-LEAK", "medium", "security", "Job view returns the customer's phone and internal notes",
              "Select only what a customer needs (status, estimate).", symbol="Server.handleJob", conf=0.75),
            F("CLAIM-NO-OWNER", "high", "security", "Anyone can file a warranty claim on any job",
              "Authenticate the claimant against the job's customer.", symbol="Server.handleClaim", conf=0.8),
            F("CLAIM-ERR-IGNORED", "high", "bug", "`handleClaim` ignores the `loadJob` error and dereferences nil",
              "Return 404 on error; today an unknown id panics.", symbol="Server.handleClaim", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload directory comes from the form",
              "Use the `{id}` path value (parsed as an int), not `job`; check the result stays under `photoDir`.",
              symbol="Server.handlePhoto", conf=0.85),
            F("PHOTO-FILE-LEAK", "medium", "bug", "Uploaded photo file is never closed",
              "`defer out.Close()` and check the `Close` error.", symbol="Server.handlePhoto", conf=0.75),
        ]),
        "Concurrency and arithmetic:",
        Block([
            F("PARTS-RACE", "high", "bug", "Part reservation reads and writes stock under two separate locks",
              "Hold `s.mu` across the check and the decrement.", symbol="Server.handleReserve", conf=0.85),
            F("TIMER-ADD-RACE", "medium", "bug", "`handleTimerAdd` writes `s.timers` without the mutex",
              "Lock `s.mu`; `handleLabour` reads under it, so this is a concurrent map write.",
              symbol="Server.handleTimerAdd", conf=0.85),
            F("TIMER-SKIP-FIRST", "medium", "bug", "Labour total skips the first timer entry",
              "Start the loop at 0 (or `for _, e := range entries`).", symbol="Server.handleLabour", conf=0.85),
            F("RECENT-DROPS-LAST", "low", "bug", "Recent events never include the newest one",
              "Clamp `end` to `len(s.events)`.", symbol="Server.handleRecent", conf=0.75),
            F("STATUS-DONEAT-NEVER-SET", "medium", "bug", "Finishing a job never sets `done_at`",
              "Set `done_at = now()` when the status becomes ready/collected; otherwise `loadJob` gives the epoch and every warranty claim is refused.",
              symbol="Server.handleStatus", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("NOTIFY-SHELL", "critical", "security", "notifyCustomer: shell injection via phone/msg",
              "exec.Command without sh -c", d=-2),
            F("JOBS-SQLI", "high", "security", "SQLi: brand concatenated into LIKE", "placeholder", d=-2),
            F("JOB-IDOR", "high", "security", "GET /jobs/{id} unauthenticated", "auth", d=-3),
            F("CLAIM-NO-OWNER", "high", "security", "POST /jobs/{id}/claim unauthenticated", "auth", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via form field job", "use PathValue id", d=-1),
            F("PARTS-RACE", "high", "bug", "handleReserve check-then-act across Unlock/Lock", "single critical section", d=-2),
            F("PARTS-NEGATIVE-QTY", "medium", "bug", "qty <= 0 accepted", "validate qty"),
            F("TIMER-ADD-RACE", "high", "bug", "Concurrent map write on s.timers", "lock s.mu", d=-1),
            F("JOB-NULL-DONEAT", "medium", "bug", "handleJob scans NULL done_at into time.Time (open jobs 404)",
              "sql.NullTime or coalesce like loadJob"),
            F("RECENT-DROPS-LAST", "low", "bug", "handleRecent: end = len-1 drops newest event", "end = len", d=-1),
            F("RECENT-START-PANIC", "medium", "bug", "handleRecent: slice out of range panics for large/negative page",
              "bound start"),
            F("NOTIFY-RESULT-DROPPED", "low", "bug", "notifyCustomer error dropped (go statement)", "log the error"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the Go code for the watch-repair bench service. Here is my analysis.

        ## Security

        The most important problems are injection vulnerabilities (SQL and OS command), an authentication bypass on
        the bench middleware, and exposure of customer data through the public job endpoint.
        """,
        Block([
            F("BENCH-TOKEN-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When BENCH_TOKEN Is Empty",
              "Reject requests when no token is configured.", n=3, sd=-2),
            F("JOBS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Job Search by Brand",
              "Use a query parameter for the LIKE pattern.", n=3, sd=-2,
              desc="The brand value from the query string is concatenated directly into the SQL statement."),
            F("JOBS-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to the Client",
              "Log the error and return a generic message.", n=3, sd=-2),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in Customer Notification",
              "Avoid invoking a shell.", n=3, sd=-2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Validate the job directory name.", d=+1, n=3, sd=-1),
            F("JOB-PII-LEAK", "MEDIUM", "Sensitive Data Exposure", "Customer Phone Number Exposed by Public Endpoint",
              "Remove phone and notes from the public response.", n=3, sd=-2),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure timeouts on an http.Server.", n=2, sd=-1),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("PARTS-RACE", "HIGH", "Race Condition", "Race Condition in Parts Reservation",
              "Keep the mutex locked for the whole reservation.", d=+2, n=3, sd=0),
            F("TIMER-ADD-RACE", "HIGH", "Race Condition", "Unsynchronized Map Access for Timers",
              "Protect s.timers with s.mu.", d=+1, n=3, sd=-1),
            F("TIMER-DECODE-IGNORED", "MEDIUM", "Error Handling", "Ignored Errors When Adding Timer Entries",
              "Check the errors from ParseInt and Decode.", n=3, sd=-2),
            F("STATUS-ANY-VALUE", "MEDIUM", "Input Validation", "Job Status Is Not Validated",
              "Restrict status to the known workflow states.", n=3, sd=-2),
            F("PHOTO-COPY-ERR-IGNORED", "LOW", "Error Handling", "Photo Copy Errors Ignored",
              "Check the error returned by io.Copy.", n=3, sd=-2),
            U({"severity": "LOW", "category": "Code Quality", "description": "Magic numbers such as 730 and 150 should be documented constants."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        security:
        """,
        Block([
            F("JOBS-SQLI", "error", "security", "sql injection in job list (brand)", "use $2"),
            F("NOTIFY-SHELL", "error", "security", "sh -c with phone number", "no shell"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo path from form value", "filepath.Base + check"),
            F("BENCH-TOKEN-FAILS-OPEN", "warning", "", "empty BENCH_TOKEN = no auth", "check empty"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PARTS-RACE", "warning", "bug", "parts reserve race", "one lock"),
            F("TIMER-SKIP-FIRST", "warning", "bug", "labour skips first entry", "i := 0"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: bench token fails open; public job and claim routes.
        2. Injection: SQL in job search, shell in notifications, path in photo upload.
        3. Concurrency: parts reservation and timers.
        4. Correctness: labour total, recent events, warranty dates.
        5. Resource handling: rows and files not closed.
        """,
        Block([
            F("BENCH-TOKEN-FAILS-OPEN", "blocker", "security", "Bench middleware accepts empty token",
              "Require a configured token.", conf=0.9),
            F("BENCH-TOKEN-TIMING", "minor", "security", "Token comparison not constant-time",
              "Use crypto/subtle.", conf=0.6),
            F("JOBS-SQLI", "blocker", "security", "SQL injection in job listing",
              "Use placeholders.", conf=0.9),
            F("JOBS-ROWS-LEAK", "major", "resource-leak", "Query rows never closed",
              "defer rows.Close().", conf=0.8),
            F("NOTIFY-SHELL", "major", "security", "Shell command injection in notifyCustomer",
              "Avoid sh -c.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo upload",
              "Sanitize the job field.", conf=0.8),
            F("JOB-IDOR", "major", "security", "Job details exposed without authorization",
              "Add authorization.", conf=0.75),
            F("PARTS-RACE", "major", "concurrency", "Non-atomic stock check and update",
              "Hold the lock for both.", d=-1, conf=0.8),
            F("PARTS-NEGATIVE-QTY", "minor", "correctness", "Reservation quantity not validated",
              "Reject qty <= 0.", conf=0.65),
            F("TIMER-ADD-RACE", "major", "concurrency", "Data race on timers map",
              "Lock the mutex.", conf=0.85),
            F("TIMER-SKIP-FIRST", "major", "correctness", "Off-by-one: first timer entry excluded from labour",
              "Start from index 0.", d=+1, conf=0.8),
            F("RECENT-START-PANIC", "major", "reliability", "Slice bounds panic in recent events when page is past the log",
              "Validate page and clamp start.", d=-2, conf=0.7),
            F("CLAIM-ERR-IGNORED", "major", "reliability", "Nil pointer dereference on unknown job in claim",
              "Handle the loadJob error.", conf=0.8),
            F("STATUS-DONEAT-NEVER-SET", "minor", "correctness", "Completion date never recorded",
              "Set done_at when the job is finished.", conf=0.6),
            F("PHOTO-FILE-LEAK", "minor", "resource-leak", "Created photo file not closed",
              "defer out.Close().", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 9 major, 4 minor"),
    ]),
}

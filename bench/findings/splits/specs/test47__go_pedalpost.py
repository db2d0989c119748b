"""test47/go-pedalpost: a bicycle courier dispatch board (Go, net/http + database/sql/pgx). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test47: seeded problems in a bicycle courier dispatch board (jobs, rider shifts, "
    "proof-of-delivery photos); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "RIDER-ID-SPOOFABLE": P(M, 'return strconv.ParseInt(r.Header.Get("X-Rider-ID"), 10, 64)', "security", "rider identity is whatever X-Rider-ID header the client sends: no token"),
    "PRICE-BAND-BOUNDS": P(M, "if band > len(priceBands) {", "bug", "band > len instead of >=: 20-24 km indexes priceBands[4] and panics", "off-by-one"),
    "JOB-KM-NEGATIVE": P(M, "j.PricePence = price(j.KM)", "bug", "km not validated: a negative distance indexes priceBands[-1] and panics"),
    "JOB-RIDER-PRESET": P(M, 'j.Status = "open"', "bug", "status is reset but a client-supplied rider_id is kept on the board: a job created pre-assigned can be delivered without a claim"),
    "JOB-DB-ERROR-LEAK": P(M, '"could not save job: "+err.Error()', "security", "database error text returned to the public client"),
    "JOBS-STATUS-SQLI": P(M, "WHERE status = '\" + status + \"' ORDER BY \" + sort", "security", "status query value concatenated into the job list SQL", "source-vs-sink"),
    "JOBS-SORT-SQLI": P(M, "WHERE status = '\" + status + \"' ORDER BY \" + sort", "security", "sort query value concatenated into ORDER BY"),
    "JOBS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "JOBS-SCAN-ERR-IGNORED": P(M, "rows.Scan(&j.ID, &j.Pickup, &j.Dropoff, &j.KM, &j.PricePence, &j.Status)", "bug", "Scan error ignored, rows.Err() never checked: zero-value jobs listed"),
    "CLAIM-ID-IGNORED": P(M, 'id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)', "bug", "bad job id parse error ignored: treated as job 0"),
    "CLAIM-RACE": P(M, 'if !ok || job.Status != "open" {', "bug", "board read and status checked before s.mu is taken: two riders claim the same job, concurrent map access", "critical-section"),
    "DELIVER-NO-POD": P(M, 'job.Status = "delivered"', "bug", "a job is marked delivered without any proof-of-delivery photo"),
    "DELIVER-COUNTER-RACE": P(M, "s.delivered++", "bug", "status and delivered counter written outside s.mu (data race with claims and stats)", "critical-section"),
    "NOTIFY-SHELL-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "sms-send "+phone', "security", "customer phone from the public job form concatenated into sh -c", "signature-vs-statement"),
    "NOTIFY-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug", "sms-send run without a timeout in a fire-and-forget goroutine: hangs pile up"),
    "POD-NO-AUTH": P(M, "func (s *Server) handlePOD(", "security", "proof-of-delivery upload needs no rider and no check that the job is the rider's"),
    "POD-UNBOUNDED": P(M, 'file, hdr, err := r.FormFile("photo")', "security", "no MaxBytesReader: uploads of any size fill memory and disk"),
    "POD-PATH-TRAVERSAL": P(M, 'dest := filepath.Join(s.podDir, id+"-"+name)', "security", "multipart filename joined to the POD dir: ../ writes outside it", "source-vs-sink"),
    "POD-COPY-ERR-IGNORED": P(M, "io.Copy(out, file)", "bug", "io.Copy error ignored and the file never closed: truncated photos reported as stored"),
    "EARNINGS-ANY-RIDER": P(M, "SELECT COALESCE(SUM(price_pence), 0) FROM jobs WHERE rider_id = $1", "security", "earnings of any rider readable by anyone: no auth on /riders/{rider}/earnings", "signature-vs-statement"),
    "SHIFT-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&body)", "bug", "decode error ignored: a malformed body starts a zero-hour shift"),
    "SHIFT-HOURS-UNCHECKED": P(M, "end := time.Now().Add(time.Duration(body.PlannedHours) * time.Hour)", "bug", "planned hours not bounded: negative or 1000-hour shifts"),
    "SHIFT-DOUBLE-OPEN": P(M, "INSERT INTO shifts (rider_id, started, planned_end)", "bug", "no check for an already open shift: overlapping shifts double coverage"),
    "COVERAGE-SLOT-INDEX": P(M, "slots[t.Hour()*2+t.Minute()/30+1]++", "bug", "+1 shifts every slot by half an hour and 23:30 indexes slots[48] (panic)", "off-by-one"),
    "COVERAGE-MIDNIGHT": P(M, "slots[t.Hour()*2+t.Minute()/30+1]++", "bug", "a shift running past midnight wraps into the morning slots of the same day"),
    "STATS-UNLOCKED-READ": P(M, 'map[string]int{"delivered": s.delivered, "claims": s.claims', "bug", "counters and len(board) read without s.mu"),
    "SERVER-NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8082", Handler: mux}', "security", "http.Server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("JOB-KM-NEGATIVE", "JOB-RIDER-PRESET"),
    ("JOBS-STATUS-SQLI", "JOBS-SORT-SQLI"),
    ("JOBS-SORT-SQLI", "JOBS-ROWS-NOT-CLOSED"),
    ("CLAIM-ID-IGNORED", "CLAIM-RACE"),
    ("DELIVER-NO-POD", "DELIVER-COUNTER-RACE"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-NO-TIMEOUT"),
    ("POD-NO-AUTH", "POD-UNBOUNDED"),
    ("SHIFT-DECODE-IGNORED", "SHIFT-HOURS-UNCHECKED"),
    ("SHIFT-HOURS-UNCHECKED", "SHIFT-DOUBLE-OPEN"),
    ("SHIFT-DECODE-IGNORED", "SHIFT-DOUBLE-OPEN"),
    ("COVERAGE-SLOT-INDEX", "COVERAGE-MIDNIGHT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `pedalpost` is a single `main.go`: a Go 1.22 `ServeMux` over Postgres plus an in-memory job board guarded by
        `s.mu`. What is done right: `dispatcherOnly` fails closed and uses `subtle.ConstantTimeCompare`; job creation
        and delivery take `s.mu` around the board lookups; `handleCoverage` closes its rows. What needs fixing:

        1. Riders are identified by a bare `X-Rider-ID` header, so every rider check is advisory.
        2. Two injection sinks: the job list SQL and the SMS shell command.
        3. The proof-of-delivery upload writes where the client says, unauthenticated and unbounded.
        4. The board's lock is taken too late in `handleClaim` and not at all for the delivered counter.
        5. Two panics from bounds arithmetic (price bands, coverage slots).
        """,
        Block([
            F("RIDER-ID-SPOOFABLE", "critical", "security", "Rider identity comes from an unauthenticated header",
              "Issue rider tokens and look the rider up server-side; `X-Rider-ID` can be set to any number.",
              symbol="riderID", conf=0.9),
            F("JOBS-STATUS-SQLI", "critical", "security", "SQL injection via `status` in `handleListJobs`",
              "Use `WHERE status = $1` and pass `status` as an argument.", symbol="Server.handleListJobs", conf=0.95),
            F("JOBS-SORT-SQLI", "high", "security", "SQL injection via `sort` in `ORDER BY`",
              "Map `sort` onto an allow-list of columns.", symbol="Server.handleListJobs", conf=0.9),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "Customer phone number reaches `sh -c`",
              "`exec.CommandContext(ctx, \"sms-send\", phone, msg)` without a shell, and validate the phone as E.164.",
              symbol="Server.notifyCustomer", conf=0.9),
            F("POD-PATH-TRAVERSAL", "high", "security", "POD upload uses the client's filename in the path",
              "Ignore `hdr.Filename`; name the file `<job>-<random>.jpg`.", symbol="Server.handlePOD", conf=0.9),
            F("POD-NO-AUTH", "high", "security", "Anyone can upload a proof-of-delivery photo for any job",
              "Require the assigned rider (once riders are authenticated).", symbol="Server.handlePOD", conf=0.75),
            F("POD-UNBOUNDED", "medium", "security", "POD upload size is unbounded",
              "Wrap the body in `http.MaxBytesReader(w, r.Body, 10<<20)`.", symbol="Server.handlePOD", conf=0.7),
            F("EARNINGS-ANY-RIDER", "medium", "security", "Earnings endpoint is open to everyone",
              "Require the rider's own token or dispatch.", symbol="Server.handleEarnings", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "low", "security", "`http.Server` has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Concurrency, panics and data integrity:",
        Block([
            F("CLAIM-RACE", "high", "bug", "`handleClaim` checks the job before taking `s.mu`",
              "Take the lock before `s.board[id]` and hold it across the status check and the update.",
              d=-1, n=2, symbol="Server.handleClaim", conf=0.9),
            F("DELIVER-COUNTER-RACE", "medium", "bug", "`s.delivered++` and `job.Status` written without `s.mu`",
              "Do both under the lock; `go test -race` will flag this together with `handleStats`.",
              symbol="Server.handleDeliver", conf=0.8),
            F("STATS-UNLOCKED-READ", "low", "bug", "`handleStats` reads shared counters without the lock",
              "Copy the counters under `s.mu`.", symbol="Server.handleStats", conf=0.7),
            F("PRICE-BAND-BOUNDS", "high", "bug", "`price` panics for 20-24 km",
              "The clamp should be `band >= len(priceBands)`; with `>` a band of 4 indexes past the slice.",
              symbol="price", conf=0.9),
            F("JOB-KM-NEGATIVE", "medium", "bug", "Negative `km` also panics in `price`",
              "Reject `km < 0` (and absurd distances) in `handleCreateJob`.", symbol="Server.handleCreateJob", conf=0.75),
            F("JOB-RIDER-PRESET", "medium", "bug", "`handleCreateJob` keeps a client-supplied `rider_id` on the board",
              "Decode into a request struct without `RiderID`/`ID`, or zero them.", symbol="Server.handleCreateJob", conf=0.6),
            F("COVERAGE-SLOT-INDEX", "high", "bug", "Coverage slot index is off by one and panics at 23:30",
              "Drop the `+1`: `slots[t.Hour()*2+t.Minute()/30]++`.", symbol="Server.handleCoverage", conf=0.9),
            F("COVERAGE-MIDNIGHT", "low", "bug", "Shifts crossing midnight are folded into the same day's morning",
              "Stop the loop at the end of the requested day.", symbol="Server.handleCoverage", conf=0.55),
            F("JOBS-ROWS-NOT-CLOSED", "medium", "bug", "`handleListJobs` never closes `rows`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleListJobs", conf=0.85),
            F("NOTIFY-NO-TIMEOUT", "low", "bug", "SMS command has no timeout",
              "Use `exec.CommandContext` with a deadline.", symbol="Server.notifyCustomer", conf=0.65),
            F("POD-COPY-ERR-IGNORED", "medium", "bug", "POD file is never closed and copy errors are ignored",
              "`defer out.Close()`, check `io.Copy` and `out.Close()` errors.", symbol="Server.handlePOD", conf=0.8),
            F("SHIFT-HOURS-UNCHECKED", "medium", "bug", "`planned_hours` is not validated",
              "Accept 1-12 hours.", symbol="Server.handleShiftStart", conf=0.7),
            F("SHIFT-DECODE-IGNORED", "low", "bug", "Shift start ignores the JSON decode error",
              "Return 400 on a decode error.", symbol="Server.handleShiftStart", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("JOBS-STATUS-SQLI", "high", "security", "handleListJobs: status query param concatenated into SQL", "Placeholders.", d=-2),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "notifyCustomer runs sh -c with customer phone", "exec without shell.", d=-2),
            F("POD-PATH-TRAVERSAL", "high", "security", "handlePOD: hdr.Filename used in path", "Generate names.", d=-1),
            F("EARNINGS-ANY-RIDER", "medium", "security", "handleEarnings has no auth", "Auth rider/dispatch.", d=-3),
            F("RIDER-ID-SPOOFABLE", "high", "security", "X-Rider-ID header trusted as identity", "Token auth."),
            F("JOB-DB-ERROR-LEAK", "low", "security", "DB error returned to client", "Generic message."),
            F("SERVER-NO-TIMEOUTS", "low", "security", "No server timeouts", "ReadHeaderTimeout etc."),
            F("CLAIM-RACE", "high", "bug", "handleClaim: unlocked board read + check-then-set", "Lock before lookup."),
            F("CLAIM-ID-IGNORED", "low", "bug", "handleClaim ignores ParseInt error", "400 on bad id."),
            F("DELIVER-COUNTER-RACE", "medium", "bug", "handleDeliver mutates job/delivered outside mu", "Lock.", d=-1),
            F("PRICE-BAND-BOUNDS", "high", "bug", "price: index out of range for km 20-24", ">= in clamp.", d=+3),
            F("COVERAGE-SLOT-INDEX", "high", "bug", "coverage: +1 overflows [48]int at 23:30", "Remove +1."),
            F("JOBS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleListJobs", "defer rows.Close()."),
            F("POD-COPY-ERR-IGNORED", "low", "bug", "io.Copy err ignored; out not closed", "Check + close."),
            F("SHIFT-DECODE-IGNORED", "low", "bug", "Decode error ignored in handleShiftStart", "Check err."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `pedalpost` courier dispatch service. Here is a summary of my findings.

        **Architecture:** a single `net/http` server that keeps an in-memory board of jobs next to a Postgres
        database. Riders identify themselves with a header; dispatch endpoints are protected by a shared token.

        **Key risks:** injection (SQL and OS command), unrestricted file upload, and race conditions on the shared
        board.
        """,
        Block([
            F("JOBS-STATUS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Job Listing (status)",
              "Use parameterized queries.", sd=-2, n=3,
              desc="Both `status` and `sort` come from the query string and are concatenated into the SQL text."),
            F("JOBS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Job Listing (sort order)",
              "Validate the sort column against an allow-list.", d=-1),
            F("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in SMS Notification",
              "Call `sms-send` directly with `exec.Command` arguments.", sd=-2, n=3),
            F("POD-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Proof-of-Delivery Upload",
              "Use `filepath.Base` or a generated file name.", sd=-2, n=3),
            F("POD-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Proof-of-Delivery Upload",
              "Verify that the caller is the assigned rider."),
            F("POD-UNBOUNDED", "MEDIUM", "Denial of Service", "Unrestricted Upload Size",
              "Limit the request body with `http.MaxBytesReader`.", sd=-2, n=3),
            F("RIDER-ID-SPOOFABLE", "HIGH", "Broken Authentication", "Rider Identity Can Be Spoofed",
              "Authenticate riders with signed tokens.", sd=-1, n=2),
            F("JOB-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-1, n=2),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Security Misconfiguration", "HTTP Server Without Timeouts",
              "Configure timeouts on `http.Server`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and correctness:**
        """,
        Block([
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition When Claiming Jobs",
              "Hold the mutex during lookup, check and update.", sd=-2, n=3,
              desc="Two riders can both observe the job as `open` and both claim it; the map is also read without the lock."),
            F("DELIVER-COUNTER-RACE", "MEDIUM", "Race Condition", "Unsynchronized Delivery Counter",
              "Increment under `s.mu` or use `atomic.Int64`.", sd=-2, n=3),
            F("DELIVER-NO-POD", "MEDIUM", "Business Logic", "Delivery Can Be Confirmed Without Photo",
              "Require a stored POD photo before marking delivered."),
            F("PRICE-BAND-BOUNDS", "HIGH", "Logic Error", "Index Out of Range in Price Calculation",
              "Use `>=` when clamping the band.", sd=-2, n=3),
            F("COVERAGE-SLOT-INDEX", "MEDIUM", "Logic Error", "Off-by-One in Coverage Slots",
              "Remove the `+1`.", sd=-2, n=3),
            F("JOBS-SCAN-ERR-IGNORED", "LOW", "Error Handling", "Scan Errors Ignored in Job Listing",
              "Check the error returned by `rows.Scan`."),
            F("SHIFT-HOURS-UNCHECKED", "LOW", "Input Validation", "Unvalidated Planned Shift Length",
              "Bound `planned_hours`.", sd=-1, n=2),
            U({"severity": "INFO", "category": "Style", "suggestion": "Split handlers into separate files and add tests."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JOBS-STATUS-SQLI", "error", "security", "sql injection in job list", "use $1"),
            F("NOTIFY-SHELL-INJECTION", "error", "security", "shell injection via phone", "no sh -c"),
            F("POD-PATH-TRAVERSAL", "error", "security", "pod filename path traversal", "filepath.Base", d=+1),
            F("CLAIM-RACE", "warning", "", "claim race, map read unlocked", "lock first", d=-1),
            F("PRICE-BAND-BOUNDS", "warning", "bug", "price panics past last band", ">=", d=+3),
            F("COVERAGE-SLOT-INDEX", "warning", "bug", "slot index +1 out of range", "drop +1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: rider identity is taken from a request header.
        2. Injection: SQL in job listing, OS command in SMS notification.
        3. File upload: path traversal and missing authorization.
        4. Concurrency: unsynchronized access to the job board and counters.
        5. Validation: job distance, shift length, duplicate shifts.
        """,
        Block([
            F("RIDER-ID-SPOOFABLE", "blocker", "security", "Spoofable rider identity header", "Use authenticated sessions.", conf=0.85),
            F("JOBS-STATUS-SQLI", "blocker", "security", "SQL injection in job status filter", "Use placeholders.", d=+1, conf=0.9),
            F("JOBS-SORT-SQLI", "major", "security", "SQL injection in job sort order", "Whitelist sort fields.", conf=0.85),
            F("JOBS-ROWS-NOT-CLOSED", "major", "resource-leak", "Query rows not closed", "Defer rows.Close().", conf=0.8),
            F("NOTIFY-SHELL-INJECTION", "blocker", "security", "Command injection in notifyCustomer", "Avoid the shell.", conf=0.85),
            F("NOTIFY-NO-TIMEOUT", "minor", "reliability", "SMS command may hang indefinitely", "Use a context with timeout.", conf=0.6),
            F("POD-PATH-TRAVERSAL", "major", "security", "Path traversal in photo upload", "Sanitize filename.", conf=0.85),
            F("POD-NO-AUTH", "major", "security", "Missing authorization on POD upload", "Check the rider.", d=+1, conf=0.7),
            F("EARNINGS-ANY-RIDER", "major", "security", "Rider earnings exposed without authentication", "Restrict access.", conf=0.75),
            F("CLAIM-RACE", "major", "concurrency", "Double claim race condition", "Lock around check and update.", d=-1, conf=0.8),
            F("DELIVER-COUNTER-RACE", "major", "concurrency", "Data race on delivered counter", "Use the mutex.", conf=0.75),
            F("DELIVER-NO-POD", "minor", "correctness", "Delivery does not require proof of delivery", "Check for a photo.", conf=0.6),
            F("STATS-UNLOCKED-READ", "minor", "concurrency", "Stats read without lock", "Lock when reading.", conf=0.6),
            F("PRICE-BAND-BOUNDS", "major", "correctness", "Price band index can go out of range", "Fix the bound check.", conf=0.85),
            F("JOB-KM-NEGATIVE", "major", "correctness", "Negative distance causes panic", "Validate km.", conf=0.7),
            F("JOB-RIDER-PRESET", "minor", "correctness", "Client can pre-assign rider on job creation", "Ignore rider_id from input.", d=-1, conf=0.5),
            F("COVERAGE-SLOT-INDEX", "major", "correctness", "Coverage slot off-by-one", "Remove +1.", d=-1, conf=0.8),
            F("SHIFT-HOURS-UNCHECKED", "minor", "correctness", "Planned hours not validated", "Bound the value.", conf=0.6),
            F("SHIFT-DOUBLE-OPEN", "minor", "correctness", "Rider can open overlapping shifts", "Check for an open shift.", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}

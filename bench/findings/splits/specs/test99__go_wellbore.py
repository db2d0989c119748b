"""test99/go-wellbore: a well-digger's drilling jobs, bore logs and water tests (Go, net/http + database/sql).

Frozen test split test99 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers, specs or truth (only specs/tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test99: seeded problems in a well-drilling firm's job board and water-test log; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CREW-FAILS-OPEN": P(M, 'if r.Header.Get("X-Crew-Token") != s.crewToken {', "security",
                         "WELL_CREW_TOKEN unset: an empty header equals the empty token and every crew route is open",
                         "signature-vs-statement"),
    "CREW-TOKEN-TIMING": P(M, 'if r.Header.Get("X-Crew-Token") != s.crewToken {', "security",
                           "crew token compared with != instead of subtle.ConstantTimeCompare (timing leak)"),
    "JOB-APPROVED": P(M, "j.Site, j.Client, j.Crew, j.TargetM, j.Approved).Scan(&j.ID)", "security",
                      "approved decoded from the request body: a crew creates a job the office has not approved"),
    "CASING-SECTIONS": P(M, "return int(depth / casingLength)", "bug",
                         "int() truncates: a partial casing section is not counted, one section short for most depths",
                         "signature-vs-statement"),
    "JOBS-CREW-SQLI": P(M, "FROM jobs WHERE crew = '%s' ORDER BY created_at DESC\", crew)", "security",
                        "crew query value formatted into the SQL string: SQL injection", "source-vs-sink"),
    "JOBS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.QueryContext(r.Context(), q)", "bug",
                              "rows never closed: each job listing leaks a pooled connection"),
    "JOBS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                       "database error text (with the injected SQL) returned to the client"),
    "JOBS-SCAN-IGNORED": P(M, "rows.Scan(&j.ID, &j.Site, &j.Client", "bug",
                           "Scan error ignored (NULL depth_m fails): zero-valued jobs are returned as real ones"),
    "DEPTH-LIMIT": P(M, "Decode(&e); err != nil || e.DepthM < 0 {", "bug",
                     "only negative depths are rejected: a depth past the 250 m licence limit (maxDepth) is logged and stored"),
    "BORELOG-RACE": P(M, "entries = append(entries, e)", "bug",
                      "boreLogs read and written without s.mu: concurrent map writes crash the process, entries are lost",
                      "critical-section"),
    "DEPTH-UPDATE-ERR": P(M, 'UPDATE jobs SET depth_m = $1 WHERE id = $2", e.DepthM, id)', "bug",
                          "ExecContext error ignored: the job's depth silently stays stale while 201 is returned"),
    "ECOLI-THRESHOLD": P(M, "unsafe = unsafe || t.EColi > 1", "bug",
                         "> 1 instead of > 0: a sample with one E. coli colony per 100 ml passes as safe", "off-by-one"),
    "NITRATE-AT-LIMIT": P(M, "unsafe = unsafe || t.Nitrate >= nitrateLimit", "bug",
                          ">= fails a sample exactly at 50 mg/l, which the limit says still passes", "off-by-one"),
    "TESTS-PUBLIC": P(M, 'mux.HandleFunc("GET /jobs/{id}/tests/latest", s.handleLatestTest)', "security",
                      "clients' water-test results served without any token: anyone can enumerate job ids"),
    "REPORT-NO-AUTH": P(M, 'mux.HandleFunc("POST /jobs/{id}/report", s.handleReport)', "security",
                        "report generation (which runs a shell command) registered without crewOnly"),
    "REPORT-SHELL": P(M, "cmd := exec.Command(\"sh\", \"-c\", fmt.Sprintf(\"wellreport --job %d --title '%s'", "security",
                      "title query value put inside single quotes of an sh -c command line: command injection",
                      "source-vs-sink"),
    "REPORT-NO-TIMEOUT": P(M, "cmd := exec.Command(\"sh\", \"-c\", fmt.Sprintf(\"wellreport --job %d --title '%s'", "bug",
                           "exec.Command without the request context or a timeout: a hung wellreport pins the handler forever (extra, one agent)"),
    "REPORT-OUTPUT-LEAK": P(M, "http.Error(w, string(msg), http.StatusInternalServerError)", "security",
                            "the tool's combined output (paths, errors) is sent to the client"),
    "PENDING-RACE": P(M, "for id, taken := range s.pending {", "bug",
                      "watcher ranges over and deletes from s.pending without s.mu while handlers write it: data race, map crash",
                      "critical-section"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", s.routes()))', "security",
                     "http.ListenAndServe without read/write timeouts: slow clients hold connections (slowloris)"),
}

CONFUSABLE = [
    ("CREW-FAILS-OPEN", "CREW-TOKEN-TIMING"),
    ("JOBS-CREW-SQLI", "JOBS-ROWS-NOT-CLOSED"),
    ("JOBS-ROWS-NOT-CLOSED", "JOBS-ERR-LEAK"),
    ("JOBS-CREW-SQLI", "JOBS-ERR-LEAK"),
    ("BORELOG-RACE", "DEPTH-UPDATE-ERR"),
    ("ECOLI-THRESHOLD", "NITRATE-AT-LIMIT"),
    ("TESTS-PUBLIC", "REPORT-NO-AUTH"),
    ("REPORT-SHELL", "REPORT-NO-TIMEOUT"),
    ("REPORT-SHELL", "REPORT-OUTPUT-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end: the crew and lab middlewares, job creation and listing, the bore log, casing
        estimates, water samples and tests, the report generator, the sample watcher and the route table.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 6 |
        | low | 3 |

        The two critical ones are the crew middleware, which lets everyone in when `WELL_CREW_TOKEN` is not set,
        and the shell command built from `?title=` in `handleReport`, a route that has no middleware at all. The
        water verdict gets both of its thresholds wrong in opposite directions, and two maps are shared across
        goroutines without `s.mu`.

        Correct as written, for contrast: `labOnly` fails closed and uses `subtle.ConstantTimeCompare`;
        `handleCreateJob` bounds the body and checks the target depth against the licence; `handleGetLog`,
        `handleSample` and the end of `handleWaterTest` hold `s.mu`; the pH range is right; the insert errors in
        `handleCreateJob` are logged, not returned; `handleLatestTest` binds its parameter.
        """,
        Block([
            F("CREW-FAILS-OPEN", "critical", "security", "`crewOnly` admits everyone when `WELL_CREW_TOKEN` is empty",
              "Refuse to start without the token (or reject when `s.crewToken == \"\"`), as `labOnly` does.",
              symbol="Server.crewOnly", conf=0.9),
            F("CREW-TOKEN-TIMING", "low", "security", "Crew token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.crewOnly", conf=0.6),
            F("REPORT-SHELL", "critical", "security", "Command injection through `title` in `handleReport`",
              "Call `exec.CommandContext(r.Context(), \"wellreport\", \"--job\", strconv.FormatInt(id, 10), \"--title\", title, \"--out\", out)` without `sh -c`; a `'` in the title ends the quoting.",
              symbol="Server.handleReport", conf=0.93),
            F("REPORT-NO-AUTH", "high", "security", "`POST /jobs/{id}/report` has no middleware",
              "Wrap it in `s.crewOnly` like the other job routes.", symbol="Server.routes", conf=0.85),
            F("TESTS-PUBLIC", "medium", "security", "Latest water test of any job is public",
              "Wrap `handleLatestTest` in `crewOnly` or `labOnly`; the results belong to the client.",
              symbol="Server.routes", conf=0.7),
            F("JOBS-CREW-SQLI", "high", "security", "SQL injection through `crew` in `handleListJobs`",
              "Use a placeholder: `... WHERE crew = $1 ...` with `crew` as an argument.",
              symbol="Server.handleListJobs", conf=0.92),
            F("JOB-APPROVED", "medium", "security", "`approved` is accepted from the client when a job is created",
              "Insert `false` and let the office approve through its own endpoint.",
              symbol="Server.handleCreateJob", conf=0.75),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.6),
        ]),
        "Correctness:",
        Block([
            F("ECOLI-THRESHOLD", "high", "bug", "One E. coli colony still counts as safe",
              "Any colony fails drinking water: `t.EColi > 0`.", symbol="Server.handleWaterTest", conf=0.85),
            F("NITRATE-AT-LIMIT", "medium", "bug", "Nitrate exactly at the limit fails",
              "Use `t.Nitrate > nitrateLimit`; the constant's comment says a sample at the limit passes.",
              symbol="Server.handleWaterTest", conf=0.75),
            F("BORELOG-RACE", "high", "bug", "`boreLogs` is written without `s.mu`",
              "Hold `s.mu` around the read-append-write; concurrent writes to a Go map are a fatal error.",
              d=-1, n=3, symbol="Server.handleAddLog", conf=0.88),
            F("DEPTH-UPDATE-ERR", "medium", "bug", "Depth update error ignored",
              "Check the `ExecContext` error and fail the request; the in-memory log and the job row drift apart.",
              symbol="Server.handleAddLog", conf=0.7),
            F("PENDING-RACE", "high", "bug", "`watchSamples` iterates and deletes from `s.pending` without the lock",
              "Collect expired ids under `s.mu`, delete them under it, and log after unlocking.",
              symbol="Server.watchSamples", conf=0.85),
            F("JOBS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleListJobs`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.",
              symbol="Server.handleListJobs", conf=0.8),
            F("CASING-SECTIONS", "medium", "bug", "Casing estimate rounds down",
              "Use `int(math.Ceil(depth / casingLength))`: 40 m needs 7 sections, not 6.",
              symbol="casingSections", conf=0.8),
            F("REPORT-NO-TIMEOUT", "low", "bug", "`wellreport` runs without a deadline",
              "Use `exec.CommandContext` with a context that has a timeout.",
              symbol="Server.handleReport", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("REPORT-SHELL", "critical", "security", "sh -c with ?title= (handleReport)", "exec without shell", d=-1),
            F("CREW-FAILS-OPEN", "critical", "security", "crewOnly open when token env unset", "fail closed", d=-2),
            F("REPORT-NO-AUTH", "high", "security", "report route not behind crewOnly", "wrap it"),
            F("JOBS-CREW-SQLI", "high", "security", "handleListJobs: SQL built with Sprintf from ?crew=", "$1", d=-1),
            F("BORELOG-RACE", "high", "bug", "boreLogs map race in handleAddLog", "lock s.mu", d=-1),
            F("DEPTH-UPDATE-ERR", "medium", "bug", "handleAddLog ignores ExecContext error", "check err"),
            F("JOBS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()"),
            F("JOBS-SCAN-IGNORED", "low", "bug", "rows.Scan error dropped", "check err"),
            F("NITRATE-AT-LIMIT", "medium", "bug", "nitrate at limit marked unsafe (>= vs >)", ">"),
            F("CASING-SECTIONS", "medium", "bug", "casingSections truncates", "math.Ceil", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `wellbore` service. It is a Go HTTP API for a well-drilling company
        that tracks drilling jobs, in-memory bore logs, water samples and lab water tests, and it generates PDF
        reports through an external tool.

        ### Security
        """,
        Block([
            F("CREW-FAILS-OPEN", "critical", "Security", "Authentication Bypass When Crew Token Is Not Configured",
              "Treat an empty configured token as a fatal configuration error.", sd=-2, n=3,
              desc="If `WELL_CREW_TOKEN` is not set, `s.crewToken` is empty and a request without the header compares equal, so every crew route is reachable without credentials."),
            F("REPORT-SHELL", "critical", "Security", "Command Injection in Report Generation",
              "Pass arguments directly to `exec.Command` instead of using `sh -c`."),
            F("JOBS-CREW-SQLI", "major", "Security", "SQL Injection in Job Listing",
              "Use parameterized queries.", sd=-1, n=2),
            F("JOBS-ERR-LEAK", "minor", "Security", "Database Errors Exposed to Clients",
              "Log the error and return a generic message."),
            F("REPORT-OUTPUT-LEAK", "minor", "Security", "Command Output Leaked in Error Response",
              "Do not write the tool's output to the response."),
            F("REPORT-NO-AUTH", "major", "Security", "Missing Authentication on Report Endpoint",
              "Protect the route with `crewOnly`."),
            F("TESTS-PUBLIC", "major", "Security", "Unauthenticated Access to Water Test Results",
              "Require a token for the latest-test endpoint."),
            F("JOB-APPROVED", "minor", "Security", "Mass Assignment of Approval Flag",
              "Do not bind `Approved` from the request body.", sd=-2, n=3),
            F("NO-TIMEOUTS", "minor", "Security", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ### Concurrency and Correctness
        """,
        Block([
            F("BORELOG-RACE", "major", "Concurrency", "Concurrent Map Write in Bore Log Handler",
              "Guard `s.boreLogs` with `s.mu`.", d=+1),
            F("PENDING-RACE", "major", "Concurrency", "Data Race in Sample Watcher",
              "Acquire `s.mu` while iterating and deleting.", d=+3,
              desc="The goroutine deletes from `s.pending` while `handleSample` and `handleWaterTest` modify it under the mutex; the watcher never takes the mutex."),
            F("ECOLI-THRESHOLD", "major", "Correctness", "E. coli Threshold Allows Contaminated Water",
              "Fail on any detected colony.", sd=-2, n=3),
            F("NITRATE-AT-LIMIT", "minor", "Correctness", "Nitrate Limit Comparison Is Inclusive",
              "Use a strict comparison.", d=-2, sd=-2, n=3),
            U({"severity": "info", "category": "Style", "description": "Consider splitting main.go into handler files per resource."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("REPORT-SHELL", "high", "security", "shell injection via title", "no sh -c"),
            F("CREW-FAILS-OPEN", "high", "security", "crew auth open if env empty", "reject empty token"),
            F("JOBS-CREW-SQLI", "high", "security", "sqli in job list", "placeholders", d=+1),
            F("BORELOG-RACE", "high", "bug", "unlocked map write", "use s.mu"),
            F("CASING-SECTIONS", "medium", "bug", "casing count rounds down", "ceil"),
            F("DEPTH-LIMIT", "medium", "", "depth past licence limit accepted", "check e.DepthM <= maxDepth"),
            F("REPORT-OUTPUT-LEAK", "low", "security", "tool output returned on error", "generic error"),
            F("NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server with timeouts"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: crew middleware fails open; report and test routes have none.
        2. Injection: SQL in job listing, shell in report generation.
        3. Concurrency: bore log and pending-sample maps accessed without the mutex.
        4. Water safety thresholds are off by one.
        5. Information disclosure and missing server timeouts.
        """,
        Block([
            F("CREW-FAILS-OPEN", "blocker", "security", "Crew authentication bypass with unset token",
              "Fail closed when the token is empty.", d=-1, conf=0.85),
            F("CREW-TOKEN-TIMING", "minor", "security", "Non-constant-time token comparison",
              "Use crypto/subtle.", conf=0.6),
            F("REPORT-SHELL", "blocker", "security", "Shell command injection in report generation",
              "Avoid sh -c.", conf=0.9),
            F("REPORT-NO-AUTH", "major", "security", "Report endpoint lacks authentication",
              "Add crewOnly.", conf=0.8),
            F("JOBS-CREW-SQLI", "blocker", "security", "SQL injection in crew filter",
              "Use query parameters.", conf=0.9),
            F("JOBS-ERR-LEAK", "minor", "security", "Internal database error returned to caller",
              "Return a generic error.", anchor="rows, err := s.db.QueryContext(r.Context(), q)", conf=0.6),
            F("JOB-APPROVED", "major", "security", "Client can self-approve drilling jobs",
              "Ignore the approved field on create.", conf=0.75),
            F("BORELOG-RACE", "major", "concurrency", "Unsynchronized map access in bore log",
              "Lock s.mu.", d=-1, conf=0.85),
            F("PENDING-RACE", "major", "concurrency", "Race on pending samples map in watcher goroutine",
              "Lock s.mu in the watcher.", d=+1, conf=0.8),
            F("ECOLI-THRESHOLD", "major", "correctness", "Off-by-one in E. coli safety threshold",
              "Use > 0.", d=+1, conf=0.8),
            F("NITRATE-AT-LIMIT", "minor", "correctness", "Nitrate boundary treated as unsafe",
              "Use > instead of >=.", conf=0.7),
            F("NO-TIMEOUTS", "minor", "reliability", "Server started without timeouts",
              "Configure http.Server timeouts.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 5 major, 4 minor"),
    ]),
}

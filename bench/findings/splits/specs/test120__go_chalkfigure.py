"""test120/go-chalkfigure: a chalk hill figure trust's work parties, chalk deliveries and survey photos (Go, net/http).

Written 2026-12-08 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-08 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test120: seeded problems in a chalk figure trust's Go service; five agents' answers by hand."
)

M = "main.go"
PROBLEMS = {
    "STEWARD-KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security",
                              "steward key read from the query string: ends up in access logs and browser history"),
    "STEWARD-FAILS-OPEN": P(M, "if key != s.stewardKey {", "security",
                            "with STEWARD_KEY unset the empty key of any request matches: steward routes open to all"),
    "PARTIES-SQLI-SECTION": P(M, "AND section LIKE '%s%%' ORDER BY date\", days, section)", "security",
                              "section query value formatted into the parties SQL", "source-vs-sink"),
    "PARTIES-SQLI-DAYS": P(M, "AND section LIKE '%s%%' ORDER BY date\", days, section)", "security",
                           "days query value formatted into the interval of the parties SQL", "source-vs-sink"),
    "PARTIES-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                 "rows never closed in handleParties: connections leak until the pool is exhausted"),
    "PARTIES-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                               "database error text (with the SQL) returned to the client"),
    "SIGNUP-CAP-OFF": P(M, "if len(names) > maxPartySize {", "bug",
                        "> instead of >=: a 31st volunteer is let onto the slope", "off-by-one"),
    "SIGNUP-MAP-UNLOCKED": P(M, "s.signups[id] = append(names, body.Name)", "bug",
                             "signups map written without s.mu: concurrent map writes crash the server, signups lost"),
    "SIGNUP-ERROR-IGNORED": P(M, 'log.Printf("signup for party %d: %v", id, err)', "bug",
                              "failed signup insert only logged: the volunteer is told 201 but is not on the roster"),
    "SIGNUP-CANCEL-UNAUTH": P(M, 'if _, err := s.db.Exec("DELETE FROM signups WHERE party_id = $1 AND name = $2"', "security",
                              "anyone can cancel any volunteer's signup by name (no authentication)",
                              "signature-vs-statement"),
    "SIGNUP-CANCEL-MEMORY": P(M, 'if _, err := s.db.Exec("DELETE FROM signups WHERE party_id = $1 AND name = $2"', "bug",
                              "cancel leaves the name in s.signups: cancelled volunteers still count toward the cap"),
    "ROSTER-PUBLIC": P(M, 'rows, err := s.db.Query("SELECT name, phone FROM signups', "security",
                       "roster with volunteers' phone numbers served without authentication", "signature-vs-statement"),
    "DELIVERY-TONNES-RACE": P(M, "if booked+t > chalkTonnesCap {", "bug",
                              "lock released before the cap check and the map write: the weekly track limit is overrun",
                              "critical-section"),
    "DELIVERY-TONNES-NEGATIVE": P(M, "if booked+t > chalkTonnesCap {", "bug",
                                  "tonnes not checked to be positive: a negative delivery frees track capacity"),
    "HAULIER-SHELL-NAME": P(M, 'fmt.Sprintf("notify-haulier %s', "security",
                            "haulier name from the body run through sh -c unquoted"),
    "HAULIER-SHELL-NOTES": P(M, 'fmt.Sprintf("notify-haulier %s', "security",
                             "delivery notes from the body spliced into the sh -c string (single quotes do not protect)"),
    "HAULIER-RUN-UNCHECKED": P(M, "_ = cmd.Run()", "bug",
                               "notify-haulier error ignored and run without a timeout inside the request"),
    "PHOTO-TRAVERSAL": P(M, 'dst := filepath.Join(photoDir, r.PathValue("section"), name)', "security",
                         "X-Filename header joined into the photo path: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-UNBOUNDED": P(M, "if _, err := io.Copy(f, r.Body); err != nil {", "security",
                         "photo upload copies an unbounded body to disk (no MaxBytesReader)"),
    "SURVEY-INDEX-OFF": P(M, "latest, previous := years[len(years)], years[len(years)-1]", "bug",
                          "years[len(years)] is out of range: every call panics; should be len-1 and len-2",
                          "off-by-one"),
    "SURVEY-FEW-YEARS": P(M, "latest, previous := years[len(years)], years[len(years)-1]", "bug",
                          "no check for fewer than two survey years: a new section panics even with the index fixed"),
    "CONDITION-CACHE-RACE": P(M, "s.condition = s.computeCondition()", "bug",
                              "condition cache read and written by concurrent requests without a lock (data race, duplicate recompute)",
                              "critical-section"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("STEWARD-KEY-IN-QUERY", "STEWARD-FAILS-OPEN"),
    ("PARTIES-SQLI-SECTION", "PARTIES-SQLI-DAYS"),
    ("PARTIES-SQLI-SECTION", "PARTIES-ROWS-NOT-CLOSED"),
    ("PARTIES-SQLI-DAYS", "PARTIES-DB-ERROR-LEAK"),
    ("SIGNUP-MAP-UNLOCKED", "SIGNUP-ERROR-IGNORED"),
    ("SIGNUP-CANCEL-UNAUTH", "SIGNUP-CANCEL-MEMORY"),
    ("DELIVERY-TONNES-RACE", "DELIVERY-TONNES-NEGATIVE"),
    ("HAULIER-SHELL-NAME", "HAULIER-SHELL-NOTES"),
    ("HAULIER-SHELL-NOTES", "HAULIER-RUN-UNCHECKED"),
    ("SURVEY-INDEX-OFF", "SURVEY-FEW-YEARS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end. The trust's service is compact, but the public endpoints trust their
        query strings, the steward gate fails open, and two pieces of shared state (`signups`, `tonnesWeek`) are
        only half protected by `s.mu`.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 7 |
        | low | 2 |

        Done well: `trusteeOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handlePhoto` strips both
        path values with `filepath.Base`; `handleRoster`, `handleSurveyChange` and `computeCondition` close
        their rows; the delivery body is read through `io.LimitReader`; the tonnage cap itself (`> 40`) is right.
        """,
        Block([
            F("STEWARD-FAILS-OPEN", "critical", "security", "Steward check passes every request when `STEWARD_KEY` is unset",
              "Fail closed when the key is empty and compare with `subtle.ConstantTimeCompare`, as `trusteeOnly` does.",
              symbol="Server.stewardOnly", conf=0.9),
            F("STEWARD-KEY-IN-QUERY", "medium", "security", "Steward key passed in the URL query",
              "Read it from a header; query strings are logged by proxies and kept in browser history.",
              symbol="Server.stewardOnly", conf=0.75),
            F("PARTIES-SQLI-SECTION", "critical", "security", "SQL injection via `section` in `GET /parties`",
              "Use placeholders: `... AND section LIKE $2` with `section + \"%\"`.",
              symbol="Server.handleParties", conf=0.95),
            F("PARTIES-SQLI-DAYS", "critical", "security", "SQL injection via `days` in the interval expression",
              "Parse `days` with `strconv.Atoi`, bound it, and pass it as `make_interval(days => $1)`.",
              symbol="Server.handleParties", conf=0.9),
            F("PARTIES-ROWS-NOT-CLOSED", "high", "bug", "`rows` is never closed in `handleParties`",
              "Add `defer rows.Close()` after the error check; each call currently holds a pool connection.",
              symbol="Server.handleParties", conf=0.9),
            F("ROSTER-PUBLIC", "high", "security", "Volunteer roster with phone numbers is public",
              "Register `GET /parties/{id}/roster` behind `stewardOnly` (once it fails closed).",
              symbol="Server.handleRoster", conf=0.85),
            F("SIGNUP-CANCEL-UNAUTH", "high", "security", "Anyone can cancel any volunteer's signup",
              "Require a per-signup token (returned at signup) or steward auth before deleting.",
              symbol="Server.handleSignupCancel", conf=0.85),
            F("HAULIER-SHELL-NAME", "high", "security", "Shell injection through `haulier` in the delivery notice",
              "Use `exec.CommandContext(ctx, \"notify-haulier\", body.Haulier, body.Notes)` without `sh -c`.",
              symbol="Server.handleDelivery", conf=0.9),
            F("HAULIER-SHELL-NOTES", "high", "security", "Shell injection through `notes`: the single quotes are trivially closed",
              "Same fix; never build a shell string from free text.", symbol="Server.handleDelivery", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in photo upload via `X-Filename`",
              "Use `filepath.Base(name)` and check the section against the known list.",
              symbol="Server.handlePhotoUpload", conf=0.85),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server runs without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("SIGNUP-MAP-UNLOCKED", "high", "bug", "`s.signups` is written without holding `s.mu`",
              "Do the length check and the append in one locked section; unsynchronised map writes are a fatal runtime error in Go.",
              symbol="Server.handleSignup", conf=0.9),
            F("SIGNUP-CAP-OFF", "medium", "bug", "Party size check admits one volunteer too many",
              "Use `len(names) >= maxPartySize`.", symbol="Server.handleSignup", conf=0.85),
            F("SIGNUP-ERROR-IGNORED", "medium", "bug", "Signup answers 201 when the insert failed",
              "Return 500 (and undo the in-memory append) when `Exec` fails.", symbol="Server.handleSignup", conf=0.8),
            F("DELIVERY-TONNES-RACE", "medium", "bug", "Weekly tonnage is checked and updated outside the lock",
              "Hold `s.mu` across the read, the comparison and the write.",
              d=-2, n=3, symbol="Server.reserveTonnes", conf=0.85),
            F("DELIVERY-TONNES-NEGATIVE", "medium", "bug", "Negative tonnage is accepted and frees capacity",
              "Reject `t <= 0` (and absurd values) before reserving.", symbol="Server.reserveTonnes", conf=0.75),
            F("HAULIER-RUN-UNCHECKED", "low", "bug", "Haulier notification error ignored, no timeout",
              "Run it with a context deadline, log failures, and ideally move it off the request path.",
              symbol="Server.handleDelivery", conf=0.7),
            F("SURVEY-INDEX-OFF", "high", "bug", "`years[len(years)]` always panics",
              "Use `years[len(years)-1]` and `years[len(years)-2]`.", symbol="Server.handleSurveyChange", conf=0.95),
            F("SURVEY-FEW-YEARS", "medium", "bug", "No guard for sections with fewer than two surveys",
              "Return 404 or a null `previous` when `len(years) < 2`.", symbol="Server.handleSurveyChange", conf=0.8),
            F("CONDITION-CACHE-RACE", "medium", "bug", "Condition cache is a data race",
              "Guard `condition`/`conditionAt` with a mutex or use `sync.Once` plus a refresher goroutine.",
              symbol="Server.handleCondition", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("STEWARD-FAILS-OPEN", "critical", "security", "stewardOnly: empty STEWARD_KEY == missing key -> open",
              "Reject when s.stewardKey == \"\"."),
            F("PARTIES-SQLI-SECTION", "critical", "security", "SQLi: section query param into Sprintf SQL",
              "Placeholders.", d=-2),
            F("PARTIES-SQLI-DAYS", "critical", "security", "SQLi: days query param into interval", "Atoi + placeholder.", d=-1),
            F("PARTIES-ROWS-NOT-CLOSED", "high", "bug", "rows not closed (handleParties)", "defer rows.Close()."),
            F("SIGNUP-CAP-OFF", "medium", "bug", "Off-by-one: party admits maxPartySize+1", ">=.", d=-2),
            F("SIGNUP-MAP-UNLOCKED", "high", "bug", "Unsynchronised write to s.signups", "Lock around check+append."),
            F("SIGNUP-CANCEL-UNAUTH", "high", "security", "handleSignupCancel: no auth", "Require token.", d=-2),
            F("SIGNUP-CANCEL-MEMORY", "medium", "bug", "Cancel does not remove the name from s.signups",
              "Update the map too."),
            F("ROSTER-PUBLIC", "high", "security", "Roster (names + phones) unauthenticated", "stewardOnly.", d=-1),
            F("DELIVERY-TONNES-RACE", "medium", "bug", "tonnesWeek written outside s.mu", "Hold lock.", d=+3),
            F("HAULIER-SHELL-NAME", "high", "security", "sh -c with haulier from body", "exec.Command args."),
            F("HAULIER-RUN-UNCHECKED", "low", "bug", "cmd.Run error discarded", "Check/log; add timeout."),
            F("PHOTO-TRAVERSAL", "high", "security", "X-Filename used in filepath.Join", "filepath.Base.", d=-1),
            F("SURVEY-INDEX-OFF", "high", "bug", "Index out of range: years[len(years)]", "len-1 / len-2."),
            F("CONDITION-CACHE-RACE", "medium", "bug", "Data race on s.condition / s.conditionAt", "Mutex.", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the chalk figure trust's volunteer service. Below are my findings, grouped by area.

        ### Access Control and Injection
        """,
        Block([
            F("STEWARD-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Steward Authentication Bypass When Key Is Unset",
              "Reject requests when the steward key is not configured.", sd=-2, n=3,
              desc="If `STEWARD_KEY` is not set, `s.stewardKey` is empty and a request without a `key` parameter passes the check."),
            F("STEWARD-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Steward Key Transmitted in URL",
              "Use an Authorization header."),
            F("PARTIES-SQLI-SECTION", "CRITICAL", "SQL Injection", "SQL Injection in Work Party Listing",
              "Use parameterized queries.", sd=-2, n=3,
              desc="`section` and `days` come from the query string and are formatted into the SQL with `fmt.Sprintf`."),
            F("PARTIES-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("ROSTER-PUBLIC", "HIGH", "Broken Access Control", "Volunteer Phone Numbers Publicly Accessible",
              "Protect the roster endpoint."),
            F("SIGNUP-CANCEL-UNAUTH", "HIGH", "Broken Access Control", "Unauthenticated Signup Cancellation",
              "Require authentication.", d=-1),
            F("HAULIER-SHELL-NAME", "CRITICAL", "Command Injection", "Command Injection in Haulier Notification",
              "Pass arguments directly to `exec.Command`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Survey Photo Upload",
              "Sanitize the file name with `filepath.Base`.", sd=-1, n=3),
            F("PHOTO-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Photo Upload Size",
              "Wrap the body in `http.MaxBytesReader`."),
            F("NO-SERVER-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts."),
        ], wrap="list"),
        """
        ### Concurrency and Reliability
        """,
        Block([
            F("SIGNUP-MAP-UNLOCKED", "HIGH", "Race Condition", "Concurrent Map Write in Signup",
              "Hold the mutex while appending.", sd=-2, n=3),
            F("DELIVERY-TONNES-RACE", "MEDIUM", "Race Condition", "Race Condition in Tonnage Reservation",
              "Keep the lock for the whole check-and-update."),
            F("HAULIER-RUN-UNCHECKED", "LOW", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext` with a timeout."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting main.go into handler files."}),
            F("SURVEY-INDEX-OFF", "HIGH", "Logic Error", "Index Out of Range in Survey Comparison",
              "Use `len(years)-1` and `len(years)-2`.", sd=-2, n=3),
            F("CONDITION-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Condition Cache",
              "Protect the cache with a mutex.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("STEWARD-FAILS-OPEN", "error", "security", "steward auth open if STEWARD_KEY empty", "fail closed"),
            F("PARTIES-SQLI-SECTION", "error", "security", "sql injection in /parties", "use $n params"),
            F("PARTIES-DB-ERROR-LEAK", "warning", "security", "db error sent to client", "generic message"),
            F("ROSTER-PUBLIC", "warning", "security", "roster leaks phone numbers", "auth", d=-1),
            F("HAULIER-SHELL-NAME", "error", "security", "shell injection notify-haulier", "no sh -c"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal via X-Filename", "filepath.Base"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("SIGNUP-CAP-OFF", "warning", "bug", "party cap off by one", ">=", d=+1),
            F("SIGNUP-ERROR-IGNORED", "warning", "", "insert error only logged, still 201", "return 500", d=-1),
            F("DELIVERY-TONNES-NEGATIVE", "warning", "bug", "negative tonnes accepted", "t > 0"),
            F("SURVEY-INDEX-OFF", "error", "bug", "years[len(years)] panics", "len-1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: steward gate fails open and takes its key from the URL; roster and signup cancel are public.
        2. Injection: SQL in the party listing, shell in the haulier notification.
        3. Concurrency: signups map, weekly tonnage, condition cache.
        4. Robustness: survey comparison panics, leaked rows, unbounded uploads.
        """,
        Block([
            F("STEWARD-FAILS-OPEN", "blocker", "security", "Steward authorization bypass with empty key",
              "Fail closed when STEWARD_KEY is empty.", conf=0.9),
            F("STEWARD-KEY-IN-QUERY", "minor", "security", "Steward key in query string",
              "Use a header.", d=+1, conf=0.6),
            F("PARTIES-SQLI-SECTION", "blocker", "security", "SQL injection through section parameter",
              "Use placeholders.", conf=0.9),
            F("PARTIES-SQLI-DAYS", "blocker", "security", "SQL injection through days parameter",
              "Use placeholders.", conf=0.85),
            F("PARTIES-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed in handleParties",
              "defer rows.Close().", d=-1, conf=0.8),
            F("PARTIES-DB-ERROR-LEAK", "minor", "security", "Internal error details exposed",
              "Hide err.Error().", conf=0.7),
            F("SIGNUP-CAP-OFF", "major", "correctness", "Party capacity check off by one",
              "Use >=.", conf=0.8),
            F("SIGNUP-MAP-UNLOCKED", "blocker", "concurrency", "Map write without mutex in handleSignup",
              "Lock before writing.", conf=0.85),
            F("SIGNUP-CANCEL-UNAUTH", "major", "security", "Signup cancellation without authentication",
              "Authenticate the caller.", conf=0.8),
            F("ROSTER-PUBLIC", "major", "security", "Roster endpoint exposes phone numbers",
              "Require steward auth.", conf=0.8),
            F("DELIVERY-TONNES-RACE", "major", "concurrency", "Check-then-act race in reserveTonnes",
              "Hold the lock for the whole operation.", d=-1, conf=0.8),
            F("HAULIER-SHELL-NAME", "blocker", "security", "Command injection via haulier",
              "Avoid the shell.", conf=0.9),
            F("HAULIER-SHELL-NOTES", "blocker", "security", "Command injection via notes",
              "Avoid the shell.", conf=0.85),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo upload",
              "Use filepath.Base.", d=+1, conf=0.85),
            F("PHOTO-UNBOUNDED", "major", "reliability", "No size limit on photo uploads",
              "Use http.MaxBytesReader.", conf=0.7),
            F("SURVEY-INDEX-OFF", "blocker", "correctness", "Off-by-one index panics in handleSurveyChange",
              "Use len(years)-1.", d=+1, sd=0, conf=0.9),
            F("SURVEY-FEW-YEARS", "major", "correctness", "Missing length check before indexing survey years",
              "Check len(years) >= 2.", conf=0.75),
            F("CONDITION-CACHE-RACE", "minor", "performance", "Condition cache recomputed concurrently without synchronization",
              "Use a mutex or singleflight.", conf=0.65),
            F("NO-SERVER-TIMEOUTS", "minor", "security", "Missing HTTP server timeouts",
              "Configure timeouts.", conf=0.7),
        ], wrap="object+summary", summary="19 issues: 8 blocker, 7 major, 4 minor"),
    ]),
}

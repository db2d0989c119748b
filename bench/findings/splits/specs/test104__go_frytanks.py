"""test104/go-frytanks: a salmon hatchery's tank service (fry counts, tank rotations, releases), Go.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers and specs (only splits/README.md's general sections and the test37 section, the builders,
the split test and specs/tune2__py_snapctl.py, for the format). Frozen test split: score once, never tune on it.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test104 (round 53): seeded problems in a salmon hatchery's tank-rotation and fry-count service; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "STAFF-KEY-OPEN": P(M, 'if s.staffKey != "" && key != s.staffKey {', "security",
                        "staffOnly lets every request through when STAFF_KEY is unset (fails open)", "signature-vs-statement"),
    "STAFF-KEY-TIMING": P(M, 'if s.staffKey != "" && key != s.staffKey {', "security",
                          "staff key compared with != instead of subtle.ConstantTimeCompare"),
    "TEMP-WINDOW-EDGE": P(M, "return tempC >= 4 && tempC < 8", "bug",
                          "the window includes 8 °C by the comment, but < 8 flags exactly 8 °C as out of range", "off-by-one"),
    "TANK-NIL": P(M, "t.Count = body.Counted", "bug",
                  "unknown tank id: s.tanks[id] is nil and the assignment panics"),
    "COUNT-RACE": P(M, "t.Count = body.Counted", "bug",
                    "handleCount writes the tank and the mortality map without s.mu (races with rotate, release and the watcher)",
                    "critical-section"),
    "DEAD-UNCHECKED": P(M, "s.mortality[id] += body.Dead", "bug",
                        "counted and dead not validated: negative values accepted, dead may exceed the count"),
    "ROTATE-SRC-NEGATIVE": P(M, "src.Count -= n", "bug",
                             "n never checked (negative, zero on a parse error, more than the source holds): counts go negative"),
    "DST-OVERSTOCK": P(M, "dst.Count += n", "bug",
                       "destination capacity never checked: a rotation can overstock a tank"),
    "HISTORY-SQLI-ORDER": P(M, 'q := fmt.Sprintf("SELECT counted, dead, at FROM counts', "security",
                            "order query value formatted into ORDER BY", "source-vs-sink"),
    "HISTORY-SQLI-ID": P(M, 'q := fmt.Sprintf("SELECT counted, dead, at FROM counts', "security",
                         "tank id path value formatted into the WHERE clause unparsed"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                         "rows never closed in handleHistory: connections leak on every early return"),
    "DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                       "database error text (with the SQL) returned to the client"),
    "DD-SKIP-FIRST": P(M, "for day := 1; day < len(temps); day++ {", "bug",
                       "degree-day sum starts at index 1: the first day's temperature is left out", "off-by-one"),
    "REPORT-TRAVERSAL": P(M, 'out := filepath.Join(s.reportDir, name+".pdf")', "security",
                          "report name from the query joined to reportDir: ../ writes and serves files outside it"),
    "REPORT-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "fry-report --tank "', "security",
                      "tank path value and report name concatenated into an sh -c command", "source-vs-sink"),
    "RELEASE-LOCK-NO-DEFER": P(M, "s.mu.Lock() // one release empties", "bug",
                               "lock not released with defer: the loop's panic leaves s.mu locked and every later request hangs"),
    "RELEASE-INDEX": P(M, "for i := 0; i <= len(req.Tanks); i++ {", "bug",
                       "i <= len indexes one past the end: every release panics after emptying the tanks", "off-by-one"),
    "PAGE-ERR-IGNORED": P(M, 'exec.Command("page-vet", "--urgent", msg).Run()', "bug",
                          "the vet page's error is dropped: a failed page is silent", "signature-vs-statement"),
    "MORT-WATCH-RACE": P(M, "tank := s.tanks[id]", "bug",
                         "watchMortality ranges over s.mortality and reads tanks without s.mu while handlers write them",
                         "critical-section"),
    "MORT-RATE-ZERO": P(M, "rate := float64(dead) / float64(tank.Count)", "bug",
                        "empty tank (count 0 after a release) gives +Inf/NaN, a nil tank panics"),
    "MORT-NEVER-RESET": P(M, "s.pageVet(id, rate)", "bug",
                          "mortality is cumulative and never reset: once over 5 % the vet is paged every minute forever"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                     "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("STAFF-KEY-OPEN", "STAFF-KEY-TIMING"),
    ("TANK-NIL", "COUNT-RACE"),
    ("COUNT-RACE", "DEAD-UNCHECKED"),
    ("ROTATE-SRC-NEGATIVE", "DST-OVERSTOCK"),
    ("HISTORY-SQLI-ORDER", "HISTORY-SQLI-ID"),
    ("ROWS-NOT-CLOSED", "DB-ERROR-LEAK"),
    ("REPORT-TRAVERSAL", "REPORT-SHELL"),
    ("RELEASE-LOCK-NO-DEFER", "RELEASE-INDEX"),
    ("MORT-WATCH-RACE", "MORT-RATE-ZERO"),
    ("MORT-RATE-ZERO", "MORT-NEVER-RESET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a `net/http` service (Go 1.22 patterns) that keeps the hatchery's tanks
        in memory behind `s.mu` and writes counts, releases and temperatures to Postgres.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 6 |
        | low | 3 |

        Good parts worth keeping: `vetOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleTank` copies
        the tank under the lock; `handleRotate` holds `s.mu` with a deferred unlock and refuses mixing stages;
        `loadTanks` and `handleDegreeDays` close their rows; `pageVet` runs its command without a shell.

        Security first:
        """,
        Block([
            F("STAFF-KEY-OPEN", "critical", "security", "`staffOnly` is a no-op when `STAFF_KEY` is unset",
              "Fail closed: reject the request (or refuse to start) when `s.staffKey` is empty, as `vetOnly` does.",
              symbol="Server.staffOnly", conf=0.9),
            F("HISTORY-SQLI-ORDER", "critical", "security", "SQL injection through `order` in the count history",
              "Map `order` to a fixed set of ORDER BY clauses.", symbol="Server.handleHistory", conf=0.95),
            F("HISTORY-SQLI-ID", "high", "security", "Tank id from the path is formatted into the SQL unparsed",
              "Parse it with `strconv.Atoi` and pass it as `$1`.", symbol="Server.handleHistory", conf=0.85),
            F("DB-ERROR-LEAK", "low", "security", "Database errors are echoed to the client",
              "Log the error and answer a generic 500.", symbol="Server.handleHistory", conf=0.6),
            F("REPORT-SHELL", "critical", "security", "Shell injection in the vet report command",
              "Run `exec.Command(\"fry-report\", \"--tank\", tank, \"--out\", out)` with no shell.",
              symbol="Server.handleReport", conf=0.9),
            F("REPORT-TRAVERSAL", "high", "security", "Report name can point outside `reportDir`",
              "Reject names with path separators or build the name from the tank id and a timestamp.",
              symbol="Server.handleReport", conf=0.8),
            F("NO-TIMEOUTS", "low", "security", "Server started without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.5),
        ]),
        "Then correctness and concurrency:",
        Block([
            F("COUNT-RACE", "high", "bug", "`handleCount` mutates the tank and the mortality map without `s.mu`",
              "Take `s.mu` around the lookup and both writes; the map write races with the watcher's range (fatal in Go).",
              d=-1, n=3, symbol="Server.handleCount", conf=0.9),
            F("TANK-NIL", "high", "bug", "Unknown tank id panics in `handleCount`",
              "Check `ok` from the map lookup and answer 404.", symbol="Server.handleCount", conf=0.85),
            F("ROTATE-SRC-NEGATIVE", "medium", "bug", "Rotation can take more fish than the source tank holds",
              "Require `0 < n <= src.Count` (and report parse errors instead of ignoring them).",
              symbol="Server.handleRotate", conf=0.8),
            F("DST-OVERSTOCK", "medium", "bug", "Rotation ignores the destination tank's capacity",
              "Reject when `dst.Count + n > dst.Capacity`.", symbol="Server.handleRotate", conf=0.75),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleHistory", conf=0.85),
            F("RELEASE-INDEX", "high", "bug", "Release loop runs one past the end of `req.Tanks`",
              "`for _, id := range req.Tanks`.", symbol="Server.handleRelease", conf=0.9),
            F("RELEASE-LOCK-NO-DEFER", "high", "bug", "A panic in the release loop leaves `s.mu` locked",
              "`defer s.mu.Unlock()` (in a small helper) so a panic cannot wedge every other handler.",
              symbol="Server.handleRelease", conf=0.75),
            F("MORT-WATCH-RACE", "high", "bug", "Mortality watcher reads shared maps without the lock",
              "Copy what it needs under `s.mu`, then page outside the lock.", d=-1, symbol="Server.watchMortality", conf=0.85),
            F("MORT-RATE-ZERO", "medium", "bug", "Mortality rate divides by an empty tank's count",
              "Skip tanks with `Count == 0` (and nil tanks).", symbol="Server.watchMortality", conf=0.75),
            F("TEMP-WINDOW-EDGE", "medium", "bug", "`inWindow` rejects exactly 8 °C although the window includes it",
              "`tempC >= 4 && tempC <= 8`.", symbol="inWindow", conf=0.75),
            F("DD-SKIP-FIRST", "medium", "bug", "Degree-day sum leaves out the first day",
              "Start the loop at 0 (or range over `temps`).", symbol="Server.handleDegreeDays", conf=0.8),
            F("PAGE-ERR-IGNORED", "low", "bug", "Failure to page the vet is silently ignored",
              "Check the error from `Run` and log or retry it.", symbol="Server.pageVet", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("HISTORY-SQLI-ORDER", "critical", "security", "SQL injection via ?order=", "Allow-list.", d=-1),
            F("REPORT-SHELL", "critical", "security", "sh -c with ?name= -> command injection", "exec without shell.", d=-2),
            F("STAFF-KEY-OPEN", "high", "security", "staffOnly is a no-op when STAFF_KEY unset", "Fail closed.", d=-3),
            F("COUNT-RACE", "high", "bug", "data race: s.tanks/s.mortality written without s.mu in handleCount",
              "Lock s.mu.", d=+1),
            F("RELEASE-INDEX", "high", "bug", "i <= len(req.Tanks) indexes past the end", "Use <.", d=+1),
            F("MORT-WATCH-RACE", "high", "bug", "watchMortality ranges over s.mortality without the lock",
              "Snapshot under s.mu.", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows never closed in handleHistory", "defer rows.Close()."),
            F("DD-SKIP-FIRST", "medium", "bug", "degree-day sum starts at index 1", "Start at 0.", d=+1),
            F("PAGE-ERR-IGNORED", "low", "bug", "page-vet error dropped", "Check Run() error.", d=-2),
            F("DEAD-UNCHECKED", "low", "bug", "dead/counted accepted negative", "Validate >= 0."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `frytanks` Go service, which tracks the hatchery's tanks, fry counts,
        rotations between tanks, vet reports and smolt releases.

        **Security Vulnerabilities**

        Several handlers build SQL statements and shell commands from request values.
        """,
        Block([
            F("HISTORY-SQLI-ORDER", "CRITICAL", "SQL Injection", "SQL Injection in Count History Ordering",
              "Validate the order parameter against allowed values.", sd=-2, n=3,
              desc="The `order` query parameter is inserted into the statement with `fmt.Sprintf`."),
            F("HISTORY-SQLI-ID", "HIGH", "SQL Injection", "SQL Injection via Tank ID Path Segment",
              "Convert the id to an integer and use a placeholder.", sd=-2, n=3),
            F("REPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Report Generation",
              "Invoke fry-report directly with separate arguments.", sd=-2, n=3,
              desc="The tank id and the report name are concatenated into a string passed to `sh -c`."),
            F("REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write and Read via Report Name",
              "Sanitize `name` with `filepath.Base`.", sd=-2, n=3),
            F("STAFF-KEY-OPEN", "HIGH", "Broken Authentication", "Staff Authentication Disabled When Key Is Unset",
              "Deny access when no key is configured.", sd=-2, n=3),
            F("DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Messages Returned to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic Issues**

        The in-memory tank map is shared between handlers and the background watcher.
        """,
        Block([
            U({"severity": "LOW", "category": "Testing", "description": "No tests cover the rotation and release handlers."}),
            F("COUNT-RACE", "HIGH", "Race Condition", "Unsynchronized Writes to Tank State in handleCount",
              "Acquire `s.mu` before modifying the tank and the mortality map.", d=+1, sd=-1, n=3),
            F("MORT-WATCH-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Mortality Watcher",
              "Hold the mutex while iterating.", sd=-2, n=3,
              desc="Go maps are not safe for concurrent use; the watcher iterates `s.mortality` while `handleCount` writes it."),
            F("MORT-RATE-ZERO", "MEDIUM", "Logic Error", "Division by Zero When a Tank Is Empty",
              "Guard against a zero count.", sd=-2, n=3),
            F("RELEASE-INDEX", "HIGH", "Logic Error", "Index Out of Range in Release Loop",
              "Use `i < len(req.Tanks)`.", sd=-2, n=3),
            F("TEMP-WINDOW-EDGE", "LOW", "Logic Error", "Temperature Window Excludes 8 °C",
              "Use `<=` for the upper bound.", sd=-2, n=3),
            F("DST-OVERSTOCK", "MEDIUM", "Logic Error", "Rotation Ignores Destination Capacity",
              "Check the capacity before moving fish.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("HISTORY-SQLI-ORDER", "high", "security", "sql injection in history order param", "whitelist"),
            F("REPORT-SHELL", "high", "security", "shell injection in report", "no sh -c"),
            F("TANK-NIL", "high", "", "nil tank panics on count", "check ok"),
            F("RELEASE-INDEX", "high", "bug", "<= len loop panics", "< len"),
            F("RELEASE-LOCK-NO-DEFER", "medium", "bug", "mutex not deferred in release", "defer unlock"),
            F("TEMP-WINDOW-EDGE", "low", "bug", "8.0 C counted as out of window", "<= 8", d=-1),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Security**: staff authentication bypass, SQL injection, command injection, path traversal.
        2. **Concurrency**: unsynchronised access to the tank and mortality maps.
        3. **Correctness**: off-by-one errors in releases and degree days, unchecked rotations.
        4. **Reliability**: leaked database rows, ignored paging errors, repeated alerts.
        """,
        Block([
            F("STAFF-KEY-OPEN", "blocker", "security", "Staff authentication bypass when STAFF_KEY is empty",
              "Fail closed.", conf=0.9),
            F("STAFF-KEY-TIMING", "minor", "security", "Timing-unsafe staff key comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.55),
            F("HISTORY-SQLI-ORDER", "blocker", "security", "SQL injection in history endpoint (order)",
              "Whitelist order values.", d=+1, conf=0.9),
            F("HISTORY-SQLI-ID", "major", "security", "SQL injection through tank id", "Use placeholders.", conf=0.8),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed", "defer rows.Close().", conf=0.8),
            F("REPORT-SHELL", "blocker", "security", "Command injection in report generation", "Avoid sh -c.", conf=0.9),
            F("REPORT-TRAVERSAL", "major", "security", "Path traversal in report output file", "Use filepath.Base.", conf=0.8),
            F("COUNT-RACE", "major", "concurrency", "Race condition updating tank counts", "Lock the mutex.", conf=0.85),
            F("ROTATE-SRC-NEGATIVE", "major", "correctness", "Rotation may leave a negative fish count",
              "Validate n against the source count.", conf=0.75),
            F("MORT-WATCH-RACE", "major", "concurrency", "Unsynchronized map iteration in mortality watcher",
              "Hold s.mu while reading.", conf=0.85),
            F("MORT-NEVER-RESET", "minor", "correctness", "Vet paged every minute once the threshold is crossed",
              "Reset or de-duplicate alerts per tank.", d=-2, conf=0.6),
            F("DD-SKIP-FIRST", "major", "correctness", "Off-by-one: first day skipped in degree-day calculation",
              "Start at index 0.", conf=0.8),
            F("RELEASE-INDEX", "blocker", "correctness", "Index out of range in release loop", "Use i < len.", conf=0.9),
            F("PAGE-ERR-IGNORED", "minor", "reliability", "Vet paging errors ignored", "Handle the error.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 4 blocker, 7 major, 3 minor"),
    ]),
}

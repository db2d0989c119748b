"""test44/go-bottlebank: a bottle-bank fill-level sensor network (Go, net/http + database/sql). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test44: seeded problems in a bottle-bank fill-level sensor service (readings, "
    "collection runs, depot tickets); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "SENSOR-FAILS-OPEN": P(M, 'if s.sensorTokens[bank] != r.Header.Get("X-Sensor-Token") {', "security",
        "unknown bank (or one configured without a token) maps to \"\": a request without the header passes"),
    "SENSOR-TIMING": P(M, 'if s.sensorTokens[bank] != r.Header.Get("X-Sensor-Token") {', "security",
        "sensor token compared with != instead of subtle.ConstantTimeCompare"),
    "READING-UNVALIDATED": P(M, "if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {", "bug",
        "fill_pct not range-checked: negative or >100 readings are stored and trigger or suppress runs"),
    "READING-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {", "security",
        "sensor body decoded without http.MaxBytesReader (extra, one agent)"),
    "HISTORY-RACE": P(M, "s.history[bank] = h", "bug",
        "history map read and written from concurrent handlers without s.mu: concurrent map writes panic, readings lost",
        "critical-section"),
    "TRIM-OBO": P(M, "return h[len(h)-histLen+1:]", "bug",
        "trim keeps histLen-1 readings, not histLen", "off-by-one"),
    "RATE-OBO": P(M, "return (last.FillPct - first.FillPct) / float64(len(h))", "bug",
        "rate per interval divides by the number of readings, not the number of intervals (len-1)", "off-by-one"),
    "MIN-IGNORED-ERR": P(M, 'minFill, _ := strconv.Atoi(r.URL.Query().Get("min"))', "bug",
        "min parse error ignored: a missing or bad min becomes 0 and every bank goes on the run"),
    "PLAN-CACHE-RACE": P(M, "plan = s.computePlan(depot, float64(minFill))", "bug",
        "planCache read, computed and stored without s.mu while alertDepot replaces it: map race, duplicate computation",
        "critical-section"),
    "PLAN-CACHE-KEY": P(M, "s.planCache[depot] = plan", "bug",
        "plan cached by depot only: a later request with another min gets the first request's plan"),
    "RUNS-SQLI": P(M, "rows, err := s.db.Query(q)", "security",
        "driver query value concatenated into the runs SQL (SQL injection)", "source-vs-sink"),
    "RUNS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
        "rows never closed in handleRuns (connection leak); rows.Err not checked"),
    "RUNS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
        "database error text returned to the client"),
    "NOTIFY-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "notify-driver "+driver', "security",
        "driver and bank names concatenated into an sh -c command line", "signature-vs-statement"),
    "NOTIFY-NO-TIMEOUT": P(M, "return cmd.Run()", "bug",
        "notify-driver run without a timeout or context: a hung gateway leaks a goroutine per run"),
    "NOTIFY-ERR-IGNORED": P(M, "go notifyDriver(req.Driver", "bug",
        "notification error dropped in the goroutine: a driver never told about the run goes unnoticed"),
    "CLOSE-SQLI": P(M, 'fmt.Sprintf("UPDATE runs SET closed = now() WHERE id = %s", r.PathValue("id"))', "security",
        "run id from the path formatted into UPDATE (SQL injection)", "signature-vs-statement"),
    "TICKET-WEIGHT-UNVALIDATED": P(M, "if err := json.NewDecoder(r.Body).Decode(&t); err != nil {", "bug",
        "ticket weights and run id not validated: negative kilograms, tickets for runs that do not exist"),
    "TICKET-NUMBER-RACE": P(M, "t.Number = s.nextTicket", "bug",
        "nextTicket incremented and read outside s.mu: two tickets can get the same number", "critical-section"),
    "TICKET-BOUNDS": P(M, "if n > len(ts) { // ticket numbers start at 1", "bug",
        "only the upper bound is checked: ticket 0 or a negative number indexes ts[-1] and panics", "off-by-one"),
    "TICKET-FILE-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.ticketDir, name))", "security",
        "name query value joined to ticketDir: ../ serves any file", "source-vs-sink"),
    "RUNS-NO-AUTH": P(M, 'mux.HandleFunc("GET /runs", s.handleRuns)', "security",
        "run history (drivers, routes) served without the depot key"),
    "CLOSE-NO-AUTH": P(M, 'mux.HandleFunc("POST /runs/{id}/close", s.handleCloseRun)', "security",
        "anyone can close any run: no depot key or driver credential"),
    "TICKET-NO-AUTH": P(M, 'mux.HandleFunc("POST /depot/tickets", s.handleTicket)', "security",
        "anyone can issue weighbridge tickets"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
        "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("SENSOR-FAILS-OPEN", "SENSOR-TIMING"),
    ("READING-UNVALIDATED", "READING-BODY-UNBOUNDED"),
    ("MIN-IGNORED-ERR", "PLAN-CACHE-RACE"),
    ("PLAN-CACHE-RACE", "PLAN-CACHE-KEY"),
    ("RUNS-SQLI", "RUNS-ROWS-NOT-CLOSED"),
    ("RUNS-SQLI", "RUNS-ERR-LEAK"),
    ("RUNS-ROWS-NOT-CLOSED", "RUNS-ERR-LEAK"),
    ("NOTIFY-SHELL", "NOTIFY-NO-TIMEOUT"),
    ("RUNS-NO-AUTH", "CLOSE-NO-AUTH"),
    ("CLOSE-NO-AUTH", "TICKET-NO-AUTH"),
    ("RUNS-NO-AUTH", "TICKET-NO-AUTH"),
    ("TICKET-NO-AUTH", "NO-TIMEOUTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. The service takes sensor readings per bottle bank, keeps a day of history
        in memory, plans collection runs per depot and issues weighbridge tickets.

        | Severity | Count |
        |---|---|
        | critical | 4 |
        | high | 5 |
        | medium | 7 |
        | low | 4 |

        The most urgent problems are injection (two SQL statements built from request values and a `sh -c`
        command line) and authorisation: the sensor check fails open, and three routes are registered without
        `depotOnly`. The in-memory state is touched from handlers without `s.mu` in three places, which under
        `net/http`'s goroutine-per-request model means data races and eventually `concurrent map writes` panics.

        What is right: `depotOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleBank` copies the
        history under the lock; `computePlan` binds `$1`, defers `rows.Close()` and locks around the history
        lookup; `alertDepot` resets the cache under the lock; the alert threshold uses `>=` as documented.
        """,
        Block([
            F("RUNS-SQLI", "critical", "security", "SQL injection through `?driver=` in `handleRuns`",
              "Use `WHERE driver LIKE $1` with `\"%\" + driver + \"%\"` as the argument.",
              symbol="Server.handleRuns", conf=0.95),
            F("CLOSE-SQLI", "critical", "security", "`handleCloseRun` formats the path id into SQL",
              "`s.db.Exec(\"UPDATE runs SET closed = now() WHERE id = $1\", id)` after `strconv.ParseInt`.",
              symbol="Server.handleCloseRun", conf=0.9),
            F("NOTIFY-SHELL", "critical", "security", "Shell command built from driver and bank names",
              "`exec.CommandContext(ctx, \"notify-driver\", driver, route)` without `sh -c`.",
              symbol="notifyDriver", conf=0.9),
            F("TICKET-FILE-TRAVERSAL", "high", "security", "Path traversal in the ticket file download",
              "Reject names with separators or `..` (`filepath.Base(name) == name`), or look tickets up by number.",
              symbol="Server.handleTicketFile", conf=0.9),
            F("SENSOR-FAILS-OPEN", "critical", "security", "`sensorAuth` passes requests for banks without a token",
              "Look the token up with `tok, ok := s.sensorTokens[bank]` and reject when `!ok || tok == \"\"`.",
              symbol="Server.sensorAuth", conf=0.85),
            F("RUNS-NO-AUTH", "high", "security", "`GET /runs` is not behind `depotOnly`",
              "Wrap it; it lists drivers and their routes.", conf=0.8),
            F("CLOSE-NO-AUTH", "high", "security", "`POST /runs/{id}/close` has no authentication",
              "Give the handsets a credential, or at least wrap the route in `depotOnly`.", conf=0.8),
            F("TICKET-NO-AUTH", "high", "security", "Anyone can create depot tickets",
              "Register `POST /depot/tickets` with `depotOnly`.", conf=0.8),
            F("RUNS-ERR-LEAK", "low", "security", "Database errors are echoed to clients",
              "Log `err` and return a generic 500.", symbol="Server.handleRuns", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("HISTORY-RACE", "high", "bug", "`handleReading` writes `s.history` without holding `s.mu`",
              "Lock `s.mu` around the read-append-store; `handleBank` and `computePlan` already lock for reads.",
              symbol="Server.handleReading", conf=0.9),
            F("PLAN-CACHE-RACE", "medium", "bug", "`planCache` accessed without the mutex",
              "Take `s.mu` for the lookup and the store (compute outside the lock); `alertDepot` replaces the map concurrently.",
              d=-2, symbol="Server.handlePlan", conf=0.8),
            F("PLAN-CACHE-KEY", "medium", "bug", "Plan cache key ignores `min`",
              "Key the cache by depot and min fill, or do not cache per-request thresholds.",
              symbol="Server.handlePlan", conf=0.7),
            F("MIN-IGNORED-ERR", "medium", "bug", "`strconv.Atoi` error ignored for `min`",
              "Default to `fullThreshold` when absent and return 400 on a parse error; today a bad value plans every bank.",
              symbol="Server.handlePlan", conf=0.7),
            F("TICKET-NUMBER-RACE", "medium", "bug", "Duplicate ticket numbers under concurrent requests",
              "Increment and read `nextTicket` inside the `s.mu` section that appends the ticket.",
              symbol="Server.handleTicket", conf=0.8),
            F("RUNS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleRuns`",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleRuns", conf=0.85),
            F("TICKET-BOUNDS", "medium", "bug", "`ticketAt` panics for ticket 0 or negative numbers",
              "Check `n < 1 || n > len(ts)`.", symbol="ticketAt", conf=0.85),
            F("TRIM-OBO", "low", "bug", "`trim` keeps one reading fewer than `histLen`",
              "Slice `h[len(h)-histLen:]`.", symbol="trim", conf=0.85),
            F("RATE-OBO", "low", "bug", "`fillRate` divides by readings instead of intervals",
              "Divide by `float64(len(h) - 1)`; the guard above already ensures at least two readings.",
              symbol="fillRate", conf=0.8),
            F("READING-UNVALIDATED", "medium", "bug", "Sensor readings are not range-checked",
              "Reject `fill_pct` outside 0..100; a faulty sensor reporting 250 puts the bank on every run.",
              symbol="Server.handleReading", conf=0.65),
            F("NOTIFY-NO-TIMEOUT", "low", "bug", "`notifyDriver` has no timeout",
              "Use `exec.CommandContext` with a deadline.", symbol="notifyDriver", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("RUNS-SQLI", "critical", "security", "SQLi in GET /runs via driver", "Placeholders.", d=-2),
            F("CLOSE-SQLI", "critical", "security", "handleCloseRun: Sprintf'd id in UPDATE", "$1 + ParseInt.", d=-2),
            F("NOTIFY-SHELL", "critical", "security", "notifyDriver uses sh -c with driver/bank names", "exec.Command without shell.", d=-2),
            F("TICKET-FILE-TRAVERSAL", "high", "security", "ServeFile path from ?name=", "filepath.Base + check.", d=-2),
            F("SENSOR-FAILS-OPEN", "high", "security", "sensorAuth: unknown bank -> empty token accepted", "Require configured token.", d=-1),
            F("TICKET-NO-AUTH", "high", "security", "POST /depot/tickets unauthenticated", "depotOnly."),
            F("HISTORY-RACE", "high", "bug", "data race on s.history", "Hold s.mu.", d=-1),
            F("PLAN-CACHE-RACE", "medium", "bug", "planCache written without lock", "Hold s.mu.", d=1),
            F("TICKET-NUMBER-RACE", "medium", "bug", "nextTicket++ outside lock", "Move under s.mu.", d=-1),
            F("TICKET-BOUNDS", "medium", "bug", "ts[n-1] panics for n <= 0", "Check n >= 1.", d=3),
            F("MIN-IGNORED-ERR", "low", "bug", "min Atoi error dropped -> 0", "Handle error."),
            F("READING-BODY-UNBOUNDED", "low", "security", "reading body not size-limited", "http.MaxBytesReader."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `bottlebank` service. It is a Go HTTP server (Go 1.22 routing patterns)
        that ingests fill-level readings from bottle-bank sensors, plans collection runs and issues depot
        weighbridge tickets.

        ## Security Issues
        """,
        Block([
            F("RUNS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Run History",
              "Use parameterized queries.", d=-1, n=3, sd=-3,
              desc="The `driver` parameter is concatenated into the query string."),
            F("CLOSE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection When Closing a Run",
              "Use a placeholder for the run id.", n=3, sd=-2),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Driver Notification",
              "Invoke `notify-driver` directly with separate arguments.", n=3, sd=-2),
            F("TICKET-FILE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Ticket File Endpoint",
              "Validate that the resolved path stays inside `ticketDir`.", n=3, sd=-2),
            F("SENSOR-FAILS-OPEN", "HIGH", "Broken Authentication", "Sensor Authentication Bypass",
              "Reject banks that have no configured token.", n=3, sd=-2,
              desc="A missing map entry yields an empty string, which equals an absent header."),
            F("SENSOR-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Token Comparison",
              "Use `subtle.ConstantTimeCompare` as `depotOnly` does.", n=3, sd=-2),
            F("RUNS-NO-AUTH", "MEDIUM", "Broken Access Control", "Run History Exposed Without Authentication",
              "Protect the route with `depotOnly`.", n=3, sd=-2),
            F("TICKET-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Ticket Creation",
              "Protect the route with `depotOnly`.", n=3, sd=-2),
            F("RUNS-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", n=3, sd=-2),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", n=3, sd=-2),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Issues
        """,
        Block([
            F("HISTORY-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Reading Handler",
              "Protect `s.history` with `s.mu`.", d=-1, n=3, sd=-3,
              desc="Go maps are not safe for concurrent use; simultaneous sensor posts can crash the process."),
            F("PLAN-CACHE-RACE", "MEDIUM", "Performance", "Plan Cache Stampede and Unsynchronized Access",
              "Lock the cache and compute each plan once.", d=-1, n=3, sd=-3),
            F("TICKET-NUMBER-RACE", "MEDIUM", "Race Condition", "Ticket Counter Incremented Outside Lock",
              "Acquire the mutex before incrementing `nextTicket`.", d=2, n=3, sd=0),
            F("RUNS-ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", n=3, sd=-2),
            U({"severity": "LOW", "category": "Style", "description": "Several functions lack doc comments."}),
            F("TRIM-OBO", "LOW", "Logic Error", "History Trimming Drops One Reading Too Many",
              "Use `len(h)-histLen` as the start index.", d=-1, n=3, sd=-2),
            F("NOTIFY-ERR-IGNORED", "LOW", "Error Handling", "Notification Errors Ignored",
              "Log the error returned by `notifyDriver`.", n=3, sd=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("RUNS-SQLI", "critical", "security", "sql injection in handleRuns", "use $1"),
            F("NOTIFY-SHELL", "critical", "security", "sh -c with user strings", "no shell"),
            F("TICKET-FILE-TRAVERSAL", "high", "security", "path traversal via name", "filepath.Base"),
            F("HISTORY-RACE", "high", "", "history map not locked in handleReading", "s.mu.Lock()"),
            F("TICKET-NUMBER-RACE", "medium", "bug", "ticket counter race", "lock before ++", d=-1),
            F("NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server{ReadTimeout...}"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in two handlers and command injection in driver notification.
        2. Path traversal when serving ticket files.
        3. Authentication gaps: sensor tokens fail open, several routes lack the depot key.
        4. Concurrency: shared maps and counters accessed without the mutex.
        5. Off-by-one errors in history trimming, fill rate and ticket lookup.
        """,
        Block([
            F("RUNS-SQLI", "blocker", "security", "SQL injection in runs listing",
              "Use parameterized queries.", conf=0.95),
            F("CLOSE-SQLI", "blocker", "security", "SQL injection in close run",
              "Use parameterized queries.", conf=0.9),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection through shell invocation",
              "Avoid sh -c.", conf=0.9),
            F("TICKET-FILE-TRAVERSAL", "major", "security", "Path traversal in ticket file serving",
              "Sanitize name.", conf=0.85),
            F("SENSOR-FAILS-OPEN", "major", "security", "Sensor authentication bypass for unconfigured banks",
              "Require a non-empty configured token.", conf=0.8),
            F("RUNS-NO-AUTH", "major", "security", "Run listing lacks authorization",
              "Wrap with depotOnly.", conf=0.75),
            F("CLOSE-NO-AUTH", "major", "security", "Run close endpoint lacks authorization",
              "Wrap with depotOnly.", conf=0.75),
            F("HISTORY-RACE", "major", "concurrency", "Unsynchronized map write in handleReading",
              "Lock s.mu.", d=-1, conf=0.85),
            F("PLAN-CACHE-RACE", "major", "concurrency", "Race on planCache in handlePlan",
              "Lock s.mu.", conf=0.8),
            F("PLAN-CACHE-KEY", "minor", "correctness", "Cached plan ignores the min parameter",
              "Include min in the cache key.", d=-1, conf=0.6),
            F("RUNS-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in handleRuns",
              "defer rows.Close().", conf=0.8),
            F("TRIM-OBO", "minor", "correctness", "Off-by-one when trimming history",
              "Remove the +1.", conf=0.8),
            F("RATE-OBO", "minor", "correctness", "Fill rate divides by reading count instead of interval count",
              "Use len(h)-1.", d=-1, conf=0.7),
            F("TICKET-BOUNDS", "major", "correctness", "Index out of range for ticket number 0",
              "Validate n >= 1.", d=-1, conf=0.8),
            F("READING-UNVALIDATED", "minor", "correctness", "Fill percentage not validated",
              "Check 0 <= fill_pct <= 100.", conf=0.6),
            F("NOTIFY-NO-TIMEOUT", "minor", "reliability", "External command executed without timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("TICKET-WEIGHT-UNVALIDATED", "minor", "correctness", "Ticket weights and run id accepted unchecked",
              "Validate non-negative weights and an existing run.", conf=0.55),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}

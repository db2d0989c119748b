"""test29/go-gritsalt: a council's rock-salt ledger for winter gritting (Go, net/http with Go 1.22 patterns +
database/sql/pgx). Frozen test split; labels next to each finding.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the git log or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test29): seeded problems in a small salt-stock and depot-ledger service; "
    "five agents' answers written by hand."
)

H = "handlers.go"
LG = "ledger.go"
M = "main.go"
PROBLEMS = {
    "AUTH-EMPTY-TOKEN": P(H, 'if s.apiToken != "" && tok != s.apiToken {', "security",
                          "GRITSALT_TOKEN unset: the middleware lets every request through (fails open)",
                          "signature-vs-statement"),
    "AUTH-LOG-TOKEN": P(H, 'log.Printf("auth: rejected token %q from %s"', "security",
                        "rejected bearer tokens written to the log in full (near-miss typos of the real token)"),
    "MOVE-SQLI": P(H, "q += \" AND kind = '\" + kind + \"' ORDER BY at\"", "security",
                   "type query value concatenated into the movements SQL: injection", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(H, 'rows, err := s.db.QueryContext(r.Context(), q, r.PathValue("id"))', "bug",
                         "rows never closed in movements (no defer rows.Close()): connections leak"),
    "SCAN-ERR-IGNORED": P(H, "rows.Scan(&m.At, &m.Kind, &m.Tonnes, &m.Truck)", "bug",
                          "rows.Scan error ignored: zero-valued movements returned"),
    "ROWS-ERR-UNCHECKED": P(H, "json.NewEncoder(w).Encode(out)", "bug",
                            "rows.Err() never checked: a truncated result is served as complete"),
    "DRAW-DECODE-IGNORED": P(H, "json.NewDecoder(r.Body).Decode(&req)", "bug",
                             "draw body decode error ignored: a malformed request books a zero-tonne draw",
                             nth=0),
    "DRAW-NEGATIVE": P(H, "if err := s.ledger.Draw(id, req.Tonnes); err != nil {", "bug",
                       "tonnes from the body never checked for sign: a negative draw adds salt to the barn",
                       "source-vs-sink"),
    "SPEND-RACE": P(H, "s.spendToday = spent", "bug",
                    "spendToday read-modify-written from concurrent handlers without a lock: lost updates",
                    "critical-section"),
    "DRAW-NOT-RECORDED": P(H, 'log.Printf("draw on depot %d not recorded: %v", id, err)', "bug",
                           "movement insert failure only logged: ledger debited, no movement, 201 returned"),
    "COVER-SLICE-PANIC": P(H, "last := nightly[len(nightly)-7:]", "bug",
                           "fewer than seven nights of history: slice bounds out of range (panic)", "off-by-one"),
    "RUN-UNBOUNDED": P(H, "for _, route := range req.Routes {", "performance",
                       "one goroutine and one shell per route in the body, no limit"),
    "RUN-MAP-RACE": P(H, "results[route] = s.dispatch(route)", "bug",
                      "results map written from several goroutines: concurrent map writes (fatal)",
                      "critical-section"),
    "DISPATCH-SHELL": P(H, 'cmd := exec.Command("sh", "-c", "gritctl dispatch --route "+route)', "security",
                        "route name from the request passed to sh -c: command injection", "signature-vs-statement"),
    "DISPATCH-NO-TIMEOUT": P(H, "if out, err := cmd.CombinedOutput(); err != nil {", "bug",
                             "gritctl run without a context or timeout: a hung dispatch blocks the whole run "
                             "(extra, one agent)"),
    "REPORT-TRAVERSAL": P(H, 'path := filepath.Join(s.reportDir, season+".csv")', "security",
                          "season query value joined to reportDir: ../ reads other .csv files (ServeFile only "
                          "checks the URL path)", "source-vs-sink"),
    "ROUTE-NO-AUTH": P(M, 'mux.HandleFunc("GET /reports/season", s.seasonReport)', "security",
                       "season report route registered without s.auth"),
    "LEDGER-GET-POINTER": P(LG, "return d, ok", "bug",
                            "Get returns the shared *Depot: callers read Stock after the mutex is released while "
                            "Draw/Deliver write it", "critical-section"),
    "DRAW-NIL-DEPOT": P(LG, "d := l.depots[id]", "bug",
                        "unknown depot id: d is nil and d.Stock panics"),
    "DRAW-TOCTOU": P(LG, "if d.Stock-tonnes < 0 {", "bug",
                     "stock checked after unlocking and debited after relocking: two draws overdraw the barn",
                     "critical-section"),
    "DELIVER-FULL-REJECT": P(LG, "if d.Stock+tonnes >= d.Capacity {", "bug",
                             ">= refuses a delivery that fills the barn exactly (comment: up to capacity)",
                             "off-by-one"),
    "COVER-SKIPS-LAST": P(LG, "for i := 0; i < len(nightly)-1; i++ {", "bug",
                          "len-1 bound leaves the most recent night out of the sum", "off-by-one"),
    "COVER-DIV-ZERO": P(LG, "avg := sum / float64(len(nightly))", "bug",
                        "no nights (or no use): division by zero gives NaN/+Inf nights of cover"),
}

CONFUSABLE = [
    ("AUTH-EMPTY-TOKEN", "AUTH-LOG-TOKEN"),
    ("MOVE-SQLI", "ROWS-NOT-CLOSED"),
    ("SCAN-ERR-IGNORED", "ROWS-ERR-UNCHECKED"),
    ("DRAW-DECODE-IGNORED", "DRAW-NEGATIVE"),
    ("SPEND-RACE", "DRAW-NOT-RECORDED"),
    ("RUN-UNBOUNDED", "RUN-MAP-RACE"),
    ("DISPATCH-SHELL", "DISPATCH-NO-TIMEOUT"),
    ("DRAW-NIL-DEPOT", "DRAW-TOCTOU"),
    ("COVER-SKIPS-LAST", "COVER-DIV-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the salt ledger service (`main.go`, `handlers.go`, `ledger.go`).

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 9 |
        | low | 2 |

        The most serious problems are the shell command built from a route name, the string-built movements
        query, a season report that can read outside the report directory (and is not behind auth at all), and an
        auth middleware that is a no-op when the token is not configured. The ledger's locking is the other theme:
        `Draw` drops the mutex between check and debit, `Get` hands out the shared pointer, and `startRun` writes a
        plain map from goroutines.

        Done right: `deliver` validates the body and the sign of `tonnes` and fails when the movement is not
        recorded; `Deliver` holds the lock throughout; `nightlyUse` closes its rows and checks `Scan` and
        `rows.Err()`; `LoadLedger` does the same; the loop variable capture in `startRun` is fine on Go 1.22.
        """,
        Block([
            F("AUTH-EMPTY-TOKEN", "high", "security", "Auth middleware lets every request through when `GRITSALT_TOKEN` is unset",
              "Refuse to start without a token and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.auth", conf=0.9),
            F("AUTH-LOG-TOKEN", "medium", "security", "Rejected bearer tokens are written to the log",
              "Log the remote address only; a rejected token is often a typo of the real one.",
              symbol="Server.auth", conf=0.75),
            F("ROUTE-NO-AUTH", "high", "security", "Season report route is registered without `s.auth`",
              "Wrap `s.seasonReport` in `s.auth` like the other routes.", symbol="main", conf=0.85),
            F("MOVE-SQLI", "critical", "security", "SQL injection through the `type` filter on movements",
              "Use a placeholder: `q += \" AND kind = $2\"` and pass `kind`.", symbol="Server.movements", conf=0.95),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `movements`",
              "`defer rows.Close()` after the error check.", symbol="Server.movements", conf=0.85),
            F("SCAN-ERR-IGNORED", "medium", "bug", "`rows.Scan` error is ignored in `movements`",
              "Check the error and fail the request.", symbol="Server.movements", conf=0.8),
            F("DRAW-DECODE-IGNORED", "medium", "bug", "Draw request body decode error is ignored",
              "Return 400 when `Decode` fails.", symbol="Server.draw", conf=0.8),
            F("DRAW-NEGATIVE", "high", "bug", "Negative `tonnes` is accepted and adds salt to the barn",
              "Reject `req.Tonnes <= 0` as `deliver` does.", symbol="Server.draw", conf=0.85),
            F("SPEND-RACE", "medium", "bug", "`spendToday` is updated without synchronisation",
              "Guard it with a mutex or keep it in the database.", d=-1, n=2, symbol="Server.draw", conf=0.8),
            F("DRAW-NOT-RECORDED", "medium", "bug", "Draw succeeds even when the movement insert fails",
              "Return 500 and roll the ledger back (or write the movement first).", symbol="Server.draw", conf=0.75),
            F("COVER-SLICE-PANIC", "medium", "bug", "`cover` panics with fewer than seven nights of history",
              "Take `nightly[max(0, len(nightly)-7):]`.", symbol="Server.cover", conf=0.85),
            F("RUN-MAP-RACE", "critical", "bug", "Concurrent writes to the `results` map",
              "Protect the map with a mutex or collect results over a channel; concurrent map writes abort the process.",
              symbol="Server.startRun", conf=0.95),
            F("DISPATCH-SHELL", "critical", "security", "Route name is passed to `sh -c`",
              "`exec.CommandContext(ctx, \"gritctl\", \"dispatch\", \"--route\", route)` and validate route names.",
              symbol="Server.dispatch", conf=0.95),
            F("REPORT-TRAVERSAL", "high", "security", "Path traversal in the season report",
              "Validate `season` against `^\\d{4}-\\d{2}$`; `http.ServeFile` only rejects `..` in the URL path.",
              symbol="Server.seasonReport", conf=0.9),
            F("LEDGER-GET-POINTER", "medium", "bug", "`Ledger.Get` returns a pointer into the locked map",
              "Return a copy of the `Depot`; `cover` reads `Stock` while `Draw` writes it.",
              symbol="Ledger.Get", conf=0.75),
            F("DRAW-NIL-DEPOT", "medium", "bug", "`Ledger.Draw` dereferences a nil depot for an unknown id",
              "Check `ok` and return `ErrNoDepot`.", symbol="Ledger.Draw", conf=0.85),
            F("DRAW-TOCTOU", "high", "bug", "`Ledger.Draw` checks stock after releasing the mutex",
              "Hold the lock across the check and the debit.", d=-1, sd=-2, n=3, symbol="Ledger.Draw", conf=0.9),
            F("DELIVER-FULL-REJECT", "low", "bug", "A delivery that fills the barn exactly is refused",
              "Use `>` (the comment says up to capacity).", symbol="Ledger.Deliver", conf=0.7),
            F("COVER-SKIPS-LAST", "low", "bug", "`DaysOfCover` leaves the last night out of the sum",
              "Loop `i < len(nightly)` (or range).", symbol="DaysOfCover", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings — go vet / race detector not run.",
        Block([
            F("MOVE-SQLI", "critical", "security", "type query param concatenated into SQL",
              "placeholder", d=-3),
            F("REPORT-TRAVERSAL", "high", "security", "season param -> filepath.Join -> ServeFile",
              "validate season", d=-1),
            F("DRAW-NEGATIVE", "high", "bug", "tonnes from body never checked for sign",
              "reject <= 0", d=-1),
            F("DISPATCH-SHELL", "critical", "security", "dispatch: sh -c with route from request",
              "exec without shell", d=-1),
            F("AUTH-EMPTY-TOKEN", "high", "security", "auth is a no-op when GRITSALT_TOKEN is empty",
              "fail closed", d=-3),
            F("RUN-MAP-RACE", "high", "bug", "results map written from goroutines",
              "mutex", d=-1),
            F("DRAW-TOCTOU", "high", "bug", "Ledger.Draw: check and debit under separate locks",
              "single critical section"),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows not closed (movements)",
              "defer rows.Close()"),
            F("COVER-SKIPS-LAST", "low", "bug", "DaysOfCover loop stops at len-1",
              "i < len(nightly)"),
            F("RUN-UNBOUNDED", "medium", "performance", "goroutine + shell per route, unbounded",
              "cap routes / worker pool"),
        ], wrap="object", fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the gritsalt codebase. This Go service tracks rock-salt stock across
        council depots, books gritter loads and deliveries, and dispatches the nightly gritting runs through an
        external `gritctl` command.

        ## Security Vulnerabilities
        """,
        Block([
            F("DISPATCH-SHELL", "Critical", "Command Injection", "Command Injection in Route Dispatch",
              "Invoke `gritctl` directly with separate arguments.",
              desc="Route names from the request body are appended to a string that is executed by `sh -c`."),
            F("MOVE-SQLI", "Critical", "SQL Injection", "SQL Injection in Movements Query",
              "Use query parameters.", d=2, sd=0),
            F("REPORT-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Season Report Download",
              "Sanitize `season`.", d=1),
            F("ROUTE-NO-AUTH", "High", "Broken Authentication", "Missing Authentication on Season Report Endpoint",
              "Apply the auth middleware."),
            F("AUTH-LOG-TOKEN", "Medium", "Sensitive Data Exposure", "Sensitive Token Logged on Authentication Failure",
              "Do not log credentials."),
        ], wrap="list"),
        """
        ## Concurrency and Reliability
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider adding doc comments to exported types."}),
            F("RUN-MAP-RACE", "Critical", "Concurrency", "Concurrent Map Writes in startRun",
              "Use a `sync.Mutex` around the map."),
            F("SPEND-RACE", "Medium", "Concurrency", "Data Race on spendToday",
              "Use `sync/atomic` or a mutex."),
            F("LEDGER-GET-POINTER", "Medium", "Concurrency", "Ledger.Get Leaks an Internal Pointer",
              "Return a value copy.", d=-1),
            F("DRAW-NIL-DEPOT", "High", "Reliability", "Nil Pointer Dereference in Ledger.Draw",
              "Check that the depot exists."),
            F("SCAN-ERR-IGNORED", "Medium", "Error Handling", "Unchecked Error from rows.Scan",
              "Handle the error."),
            F("ROWS-ERR-UNCHECKED", "Low", "Error Handling", "rows.Err() Not Checked After Iteration",
              "Check `rows.Err()` before encoding."),
            F("COVER-DIV-ZERO", "Medium", "Correctness", "Division by Zero in DaysOfCover",
              "Return early when there is no history."),
            F("DISPATCH-NO-TIMEOUT", "Medium", "Reliability", "External Command Without Timeout",
              "Use `exec.CommandContext` with a deadline."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("MOVE-SQLI", "error", "security", "sql injection (type param)", "use $2"),
            F("DISPATCH-SHELL", "error", "security", "shell injection via route", "no sh -c"),
            F("REPORT-TRAVERSAL", "error", "security", "path traversal in seasonReport", "validate season"),
            F("RUN-MAP-RACE", "error", "bug", "concurrent map write in startRun", "mutex"),
            F("DRAW-TOCTOU", "warning", "", "Draw check/update not atomic", "one lock"),
            F("COVER-SLICE-PANIC", "warning", "bug", "cover panics if < 7 nights", "bounds check"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in movements, OS command in dispatch, path traversal in the season report.
        2. Authentication: token check is skipped when no token is configured.
        3. Concurrency: map writes from goroutines, spend counter, Draw check-then-act, shared depot pointers.
        4. Input validation and error handling in draw and movements.
        5. Bounds errors in the cover calculation and delivery capacity.
        """,
        Block([
            F("MOVE-SQLI", "blocker", "security", "SQL injection in movements filter", "Use placeholders.", conf=0.95),
            F("DISPATCH-SHELL", "blocker", "security", "OS command injection in dispatch", "Avoid sh -c.", conf=0.9),
            F("REPORT-TRAVERSAL", "major", "security", "Directory traversal in season report", "Validate input.", conf=0.85),
            F("AUTH-EMPTY-TOKEN", "major", "security", "Authentication bypass when token not configured",
              "Require the token.", d=-1, conf=0.85),
            F("DRAW-NEGATIVE", "major", "correctness", "Negative tonnage not validated in draw",
              "Validate tonnes > 0.", conf=0.8),
            F("DRAW-DECODE-IGNORED", "minor", "correctness", "JSON decode error ignored in draw",
              "Check the error.", conf=0.75),
            F("RUN-MAP-RACE", "blocker", "concurrency", "Race condition on results map", "Use a mutex.", conf=0.9),
            F("SPEND-RACE", "major", "concurrency", "Unsynchronized spend counter", "Use a mutex.", d=-1, conf=0.75),
            F("DRAW-TOCTOU", "major", "concurrency", "Check-then-act race in Ledger.Draw",
              "Keep the lock held.", d=-2, conf=0.85),
            F("LEDGER-GET-POINTER", "minor", "concurrency", "Shared depot pointer escapes the lock",
              "Return a copy.", conf=0.65),
            F("DELIVER-FULL-REJECT", "minor", "correctness", "Off-by-one in capacity check",
              "Use > instead of >=.", d=1, sd=0, conf=0.7),
            F("COVER-SLICE-PANIC", "major", "correctness", "Index out of range when history is short",
              "Check len(nightly) >= 7.", d=1, sd=0, conf=0.8),
            F("COVER-SKIPS-LAST", "major", "correctness", "Off-by-one in DaysOfCover loop",
              "Iterate over all nights.", d=1, sd=0, n=2, conf=0.8),
            F("ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in movements handler",
              "defer rows.Close().", conf=0.8),
            F("RUN-UNBOUNDED", "minor", "performance", "Unbounded goroutines per run request",
              "Limit concurrency.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}

"""test31/go-stakelog: a glacier-monitoring stake-reading log with mass-balance figures (Go, net/http + database/sql).

Frozen test split test31, written 2026-12-03 by a helper session that had not seen the merger code, its tuning
set, its scores or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its tuning set, its scores or any "
    "other split's answers. Frozen test split (test31): seeded problems in a glacier stake-reading log with "
    "mass-balance figures and archive sync; five agents' answers written by hand."
)

M = "main.go"
R = "readings.go"
AB = "ablation.go"
ST = "stakes.go"

PROBLEMS = {
    "TOKEN-FAILS-OPEN": P(M, "if subtle.ConstantTimeCompare(", "security",
                          "STAKELOG_TOKEN unset: ConstantTimeCompare of two empty slices is 1, so a request without a token is authorised"),
    "TOKEN-LOGGED": P(M, 'log.Printf("stakelog: rejected token', "security",
                      "rejected bearer tokens are written to the log verbatim (a mistyped real token, or a near miss, ends up in logs)"),
    "NO-SERVER-TIMEOUTS": P(M, "log.Fatal(http.ListenAndServe(", "security",
                            "extra, one agent: http.ListenAndServe without read/header timeouts (slowloris from the field-station network)"),
    "READINGS-ORDER-SQLI": P(R, 'ORDER BY "+order, stakeID)', "security",
                             "order query value concatenated into ORDER BY: SQL injection on an unauthenticated endpoint", "source-vs-sink"),
    "DB-ERROR-LEAK": P(R, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                       "raw database error text is returned to the client (schema details; error-based injection feedback)"),
    "INSERT-ERR-IGNORED": P(R, 's.db.ExecContext(r.Context(), "INSERT INTO readings', "bug",
                            "the insert's error is discarded: a failed write still answers 201 and the field reading is lost"),
    "READON-UNCHECKED": P(R, "in.StakeID, in.ReadOn, in.ExposedCM, in.Observer)", "bug",
                          "read_on is never validated: a missing date is stored as 0001-01-01 (zero time), future dates are accepted"),
    "DELETE-SQLI": P(R, 'fmt.Sprintf("DELETE FROM readings WHERE id = %s", id)', "security",
                     "the {id} path value is formatted into the DELETE statement: SQL injection (id=1 OR true empties the table)",
                     "source-vs-sink"),
    "DELETE-ERR-IGNORED": P(R, "if n, _ := res.RowsAffected(); n == 0 {", "bug",
                            "ExecContext's error is dropped: on failure res is nil and RowsAffected panics"),
    "EXPORT-PATH-TRAVERSAL": P(R, 'f, err := os.Create(filepath.Join("exports", season', "security",
                               "season query value joined into the export path: ../ creates or truncates readings.csv anywhere",
                               "source-vs-sink"),
    "EXPORT-SKIPS-FIRST": P(R, "for i := 1; i < len(rs); i++ {", "bug",
                            "the loop starts at 1 as if rs held the header row: the first reading of every export is dropped", "off-by-one"),
    "EXPORT-FLUSH-UNCHECKED": P(R, "cw.Flush()", "bug",
                                "csv.Writer errors (cw.Error() after Flush) are never checked: a failed or short export still answers 204"),
    "ABLATION-UNITS": P(AB, "return (next.ExposedCM - prev.ExposedCM) * densityKgM3 / 1000", "bug",
                        "exposure is in centimetres but never divided by 100: every ablation and balance is 100 times too large",
                        "signature-vs-statement"),
    "DAILY-SAME-DAY-DIV0": P(AB, "/ float64(to-from)", "bug",
                             "two readings on the same day give to == from: division by zero, +Inf/NaN in the series and the JSON encoding fails"),
    "DAILY-INCLUSIVE-TO": P(AB, "for d := from; d <= to; d++ {", "bug",
                            "d <= to spreads each interval over to-from+1 days: the boundary day is counted twice and the daily sum exceeds the ablation",
                            "off-by-one"),
    "DAILY-INDEX-BOUND": P(AB, "if d > SeasonDays {", "bug",
                           "the guard should be d >= SeasonDays: a reading on day 120 indexes days[120] and panics", "off-by-one"),
    "LASTN-BOUNDS": P(AB, "return rs[len(rs)-n:]", "bug",
                      "n is not clamped: fewer readings than ?last (default 30), or a negative last, slice out of range and panic",
                      "off-by-one"),
    "CACHE-GET-UNLOCKED": P(ST, "st, ok := c.stakes[id]", "bug",
                            "Get reads the map without RLock while RefreshEvery writes it under Lock: concurrent map read and write (fatal)",
                            "critical-section"),
    "CACHE-NEVER-EVICTS": P(ST, "c.stakes[id] = st", "bug",
                            "extra, one agent: the refresh only adds and overwrites, so retired stakes stay accepted forever"),
    "STAKES-ROWS-NOT-CLOSED": P(ST, 'rows, err := db.Query("SELECT id, length_cm', "bug",
                                "loadStakes has no defer rows.Close(): the early return on a Scan error leaves rows open and holds a pool connection",
                                "signature-vs-statement"),
    "SYNC-SHELL-INJECTION": P(ST, 'return exec.Command("sh", "-c"', "security",
                              "season and stake names from the query string are formatted into an sh -c rsync command line",
                              "signature-vs-statement"),
    "SYNC-NO-TIMEOUT": P(ST, 'return exec.Command("sh", "-c"', "bug",
                         "exec.Command without a context or timeout: a hung ssh/rsync blocks its goroutine and Push forever"),
    "SKIPPED-REPORTED-OK": P(ST, "\t\t\tcontinue", "bug",
                             "extra, one agent: stakes already in flight are skipped silently and Push reports success for them"),
    "INFLIGHT-CHECK-RACE": P(ST, "y.inFlight[stake] = true", "bug",
                             "inFlight is checked and set without y.mu while goroutines delete from it under the lock: map race and duplicate pushes",
                             "critical-section"),
    "SYNCED-COUNTER-RACE": P(ST, "y.synced++", "bug",
                             "synced is incremented by every push goroutine outside the mutex (one line above the Lock): data race, lost counts",
                             "critical-section"),
    "SYNC-GOROUTINE-LEAK": P(ST, "done := make(chan error)", "bug",
                             "unbuffered done channel: after the 30 s timeout nobody receives and the Push goroutine blocks forever"),
}

CONFUSABLE = [
    ("TOKEN-FAILS-OPEN", "TOKEN-LOGGED"),
    ("READINGS-ORDER-SQLI", "DB-ERROR-LEAK"),
    ("INSERT-ERR-IGNORED", "READON-UNCHECKED"),
    ("DELETE-SQLI", "DELETE-ERR-IGNORED"),
    ("EXPORT-SKIPS-FIRST", "EXPORT-FLUSH-UNCHECKED"),
    ("DAILY-SAME-DAY-DIV0", "DAILY-INCLUSIVE-TO"),
    ("DAILY-INCLUSIVE-TO", "DAILY-INDEX-BOUND"),
    ("DAILY-SAME-DAY-DIV0", "DAILY-INDEX-BOUND"),
    ("SYNC-SHELL-INJECTION", "SYNC-NO-TIMEOUT"),
    ("SKIPPED-REPORTED-OK", "INFLIGHT-CHECK-RACE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the stake-log service: `main.go` (routing, bearer auth), `readings.go` (handlers), `ablation.go`
        (mass-balance arithmetic) and `stakes.go` (stake cache, archive sync).

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 8 |
        | low | 3 |

        The two critical issues are shell and SQL injection reachable from request values. The scientific output
        is also wrong in its units (centimetres are treated as metres), which matters more than it looks: every
        published balance is off by a factor of 100. Good parts worth keeping: the `readings` helper closes its rows
        and checks `rows.Err()`, `addReading` validates the exposed length against the stake, `from` is clamped at 0
        in `DailySeries`, the goroutines in `Push` capture the per-iteration `stake` (Go 1.22) and the `delete` from
        `inFlight` is done under the mutex.
        """,
        Block([
            F("SYNC-SHELL-INJECTION", "critical", "security", "Shell injection in `rsyncOne` through season and stake names",
              "Call `exec.CommandContext(ctx, \"rsync\", \"-az\", src, dst)` without `sh -c`, and validate season/stake against `^[A-Za-z0-9_-]+$`.",
              symbol="Syncer.rsyncOne", conf=0.9),
            F("READINGS-ORDER-SQLI", "critical", "security", "SQL injection via `order` in `listReadings`",
              "Map `order` to a fixed set (`read_on`, `exposed_cm`) before building the query.",
              symbol="Server.listReadings", conf=0.95),
            F("DELETE-SQLI", "high", "security", "`deleteReading` formats the path id into SQL",
              "`strconv.ParseInt` the id and use `DELETE FROM readings WHERE id = $1`.",
              symbol="Server.deleteReading", conf=0.9),
            F("EXPORT-PATH-TRAVERSAL", "high", "security", "Export path built from the `season` query parameter",
              "Validate `season` (e.g. `^\\d{4}$`) before joining it into the path.",
              symbol="Server.exportCSV", conf=0.85),
            F("TOKEN-FAILS-OPEN", "high", "security", "Auth accepts every request when `STAKELOG_TOKEN` is empty",
              "Refuse to start without a token; `subtle.ConstantTimeCompare` returns 1 for two empty slices.",
              symbol="Server.auth", conf=0.85),
            F("TOKEN-LOGGED", "medium", "security", "Rejected tokens are logged in full",
              "Log the remote address and a fixed message only.", symbol="Server.auth", conf=0.75),
            F("ABLATION-UNITS", "high", "bug", "`Ablation` ignores that exposure is measured in centimetres",
              "Divide by 100: `(next.ExposedCM - prev.ExposedCM) / 100 * densityKgM3 / 1000`.",
              symbol="Ablation", conf=0.85),
            F("CACHE-GET-UNLOCKED", "high", "bug", "`StakeCache.Get` reads the map without holding `mu`",
              "`c.mu.RLock(); defer c.mu.RUnlock()` in `Get`; the refresh writes the same map in place.",
              symbol="StakeCache.Get", conf=0.9),
            F("INFLIGHT-CHECK-RACE", "medium", "bug", "`inFlight` is read and written without `y.mu` in `Push`",
              "Take `y.mu` around the check-and-set, as the goroutines already do for `delete`.",
              d=-3, n=2, symbol="Syncer.Push", conf=0.8),
            F("SYNCED-COUNTER-RACE", "medium", "bug", "`synced` counter updated outside the lock",
              "Move `y.synced++` below `y.mu.Lock()` or use `atomic.Int64`.", symbol="Syncer.Push", conf=0.8),
            F("SYNC-GOROUTINE-LEAK", "medium", "bug", "Push goroutine leaks when the handler times out",
              "Make `done` buffered (`make(chan error, 1)`).", symbol="Server.syncSeason", conf=0.85),
            F("STAKES-ROWS-NOT-CLOSED", "medium", "bug", "`loadStakes` never closes its rows",
              "Add `defer rows.Close()` after the error check.", symbol="loadStakes", conf=0.85),
            F("INSERT-ERR-IGNORED", "medium", "bug", "`addReading` ignores the insert error",
              "Check the error and return 500 so the field team re-sends the reading.", symbol="Server.addReading", conf=0.85),
            F("DELETE-ERR-IGNORED", "medium", "bug", "Nil `res` dereference when the DELETE fails",
              "Check `err` from `ExecContext` before `RowsAffected`.", d=-1, symbol="Server.deleteReading", conf=0.8),
            F("DAILY-INDEX-BOUND", "medium", "bug", "`DailySeries` can index one past the end of `days`",
              "Use `d >= SeasonDays`.", symbol="DailySeries", conf=0.85),
            F("DAILY-INCLUSIVE-TO", "medium", "bug", "Interval days are counted inclusively at both ends",
              "Loop `d < to`; the per-day share already divides by `to-from`.", symbol="DailySeries", conf=0.75),
            F("DAILY-SAME-DAY-DIV0", "low", "bug", "Same-day readings divide by zero in `DailySeries`",
              "Skip or merge intervals with `to == from`.", symbol="DailySeries", conf=0.75),
            F("EXPORT-SKIPS-FIRST", "low", "bug", "CSV export drops the first reading",
              "Start the loop at 0; the header is written separately.", symbol="Server.exportCSV", conf=0.85),
            F("LASTN-BOUNDS", "low", "bug", "`lastN` panics when fewer than n readings exist",
              "`if n < 0 || n > len(rs) { n = len(rs) }`.", symbol="lastN", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run (no Go toolchain here). Reviewed 4 files, ~330 lines.",
        Block([
            F("READINGS-ORDER-SQLI", "high", "security", "listReadings: order param concatenated into SQL", "whitelist", d=-2),
            F("DELETE-SQLI", "high", "security", "deleteReading: id formatted into DELETE", "$1 + ParseInt", d=-1),
            F("SYNC-SHELL-INJECTION", "high", "security", "rsyncOne runs sh -c with request-derived season/stake", "exec rsync directly", d=-1),
            F("EXPORT-PATH-TRAVERSAL", "medium", "security", "exportCSV: season used in file path", "validate season", d=-1),
            F("CACHE-GET-UNLOCKED", "high", "bug", "StakeCache.Get: map read without RLock (concurrent map read/write)", "RLock", d=-1),
            F("INFLIGHT-CHECK-RACE", "medium", "bug", "Push: inFlight map accessed without y.mu", "lock", d=-3),
            F("SKIPPED-REPORTED-OK", "low", "bug", "Push: in-flight stakes skipped, caller still gets nil/204", "wait for the running push or report it", d=-1),
            F("SYNCED-COUNTER-RACE", "low", "bug", "Push: y.synced++ racy", "atomic or under mu", d=1,
              snippet="y.mu.Lock()"),
            F("STAKES-ROWS-NOT-CLOSED", "medium", "bug", "loadStakes leaks rows", "defer rows.Close()", d=-1),
            F("INSERT-ERR-IGNORED", "medium", "bug", "addReading drops ExecContext error", "handle err"),
            F("ABLATION-UNITS", "high", "bug", "Ablation: cm not converted to m (x100)", "/ 100", d=-1),
            F("DAILY-INDEX-BOUND", "medium", "bug", "DailySeries: d > SeasonDays should be >=", "fix bound"),
            F("LASTN-BOUNDS", "medium", "bug", "lastN: slice bounds out of range for n > len(rs) or n < 0", "clamp", d=-1),
            F("EXPORT-SKIPS-FIRST", "low", "bug", "exportCSV loop starts at 1", "i := 0"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the `stakelog` Go service, which stores ablation-stake readings
        from glacier field teams, computes seasonal mass balance, exports CSV files and synchronises them to an
        archive host with `rsync`.

        **Overall assessment**

        The code is compact and mostly idiomatic, but it has several injection vulnerabilities, a few concurrency
        defects that the race detector would report, and numerical issues in the ablation calculations that
        would corrupt published results.

        **Security findings**
        """,
        Block([
            F("SYNC-SHELL-INJECTION", "Critical", "Command Injection", "Command Injection in Archive Sync",
              "Avoid `sh -c`; pass arguments directly to `rsync`.",
              desc="The `season` and `stake` query parameters of `POST /sync` are interpolated into a shell command."),
            F("READINGS-ORDER-SQLI", "High", "SQL Injection", "SQL Injection in Readings Sort Order",
              "Use an allow-list for the sort column."),
            F("DB-ERROR-LEAK", "Medium", "Information Disclosure", "Database Error Messages Returned to Clients",
              "Log the error and return a generic message.",
              desc="`listReadings` writes `err.Error()` into the response, which reveals SQL fragments and helps an attacker refine the injection above."),
            F("EXPORT-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in CSV Export",
              "Validate the season value.", d=-1, n=2),
            F("TOKEN-FAILS-OPEN", "High", "Broken Authentication", "Authentication Bypass with Empty Token Configuration",
              "Require a non-empty `STAKELOG_TOKEN`."),
            F("NO-SERVER-TIMEOUTS", "Medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        **Reliability and correctness findings**
        """,
        Block([
            F("CACHE-GET-UNLOCKED", "High", "Concurrency", "Data Race in Stake Cache Lookup",
              "Use `RLock` in `Get`.", d=-1, n=2),
            F("CACHE-NEVER-EVICTS", "Low", "Caching", "Retired Stakes Are Never Removed from the Cache",
              "Replace the map on refresh instead of merging into it.",
              desc="`RefreshEvery` copies fresh stakes into the existing map; a stake retired in the database keeps accepting readings until restart."),
            F("SYNCED-COUNTER-RACE", "Medium", "Race Condition", "Unsynchronized Counter Increment in Push",
              "Use `sync/atomic`."),
            F("SYNC-GOROUTINE-LEAK", "Medium", "Resource Leak", "Goroutine Leak on Sync Timeout",
              "Use a buffered channel.", d=1, snippet="go func() { done <- s.sync.Push(season, stakes) }()"),
            F("SYNC-NO-TIMEOUT", "Medium", "Reliability", "External rsync Command Has No Timeout",
              "Use `exec.CommandContext` with a deadline."),
            U({"severity": "Info", "category": "style", "description": "Exported functions in ablation.go lack examples."}),
            F("ABLATION-UNITS", "Critical", "Correctness", "Incorrect Unit Conversion in Ablation Calculation",
              "Convert centimetres to metres.", d=0,
              desc="`ExposedCM` is in centimetres; multiplying by density/1000 yields values 100 times too large."),
            F("DAILY-SAME-DAY-DIV0", "Medium", "Correctness", "Division by Zero for Same-Day Readings",
              "Guard against `to == from`."),
            F("DAILY-INCLUSIVE-TO", "Medium", "Correctness", "Double Counting at Interval Boundaries",
              "Use an exclusive upper bound.", d=-1, n=2, sd=-1),
            F("READON-UNCHECKED", "Low", "Data Validation", "Reading Date Not Validated",
              "Reject zero or future `read_on` values."),
            F("EXPORT-FLUSH-UNCHECKED", "Low", "Error Handling", "CSV Writer Errors Ignored",
              "Check `cw.Error()` after `Flush`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SYNC-SHELL-INJECTION", "high", "security", "sh -c with query params in rsync", "no shell"),
            F("DELETE-SQLI", "high", "", "sql injection in delete by id", "use $1"),
            F("READINGS-ORDER-SQLI", "high", "security", "order by injection", "whitelist", d=-2),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CACHE-GET-UNLOCKED", "high", "bug", "map read without lock in Get", "RLock"),
            F("DAILY-INDEX-BOUND", "medium", "bug", "index out of range at SeasonDays", ">= SeasonDays", d=-1, sd=0),
            F("SYNC-GOROUTINE-LEAK", "medium", "bug", "goroutine leak on timeout", "buffered chan"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Injection: SQL in two handlers, shell in the archive sync, path traversal in the export.
        2. Authentication: empty token accepted; tokens logged.
        3. Concurrency: unsynchronised map access and counters in the cache and syncer.
        4. Correctness: units, bounds and off-by-one errors in the ablation maths and export.
        5. Error handling: ignored database and writer errors.
        """,
        Block([
            F("READINGS-ORDER-SQLI", "blocker", "security", "SQL injection through order parameter",
              "Whitelist columns.", conf=0.9),
            F("DB-ERROR-LEAK", "minor", "security", "Internal error details exposed in HTTP response",
              "Return a generic error.", d=-2, snippet='rs, err := s.readings(r.Context(), "SELECT id, stake_id, read_on, exposed_cm, observer FROM readings WHERE stake_id = $1 ORDER BY "+order, stakeID)', conf=0.6),
            F("DELETE-SQLI", "blocker", "security", "SQL injection in deleteReading", "Use placeholders.", conf=0.9),
            F("DELETE-ERR-IGNORED", "major", "correctness", "Ignored error leads to nil pointer dereference",
              "Check the error.", conf=0.8),
            F("SYNC-SHELL-INJECTION", "blocker", "security", "Command injection in rsyncOne", "Use exec without shell.", conf=0.85),
            F("EXPORT-PATH-TRAVERSAL", "major", "security", "Path traversal via season parameter", "Sanitize.", conf=0.8),
            F("TOKEN-FAILS-OPEN", "major", "security", "Empty token bypasses authentication", "Require token.", d=-1, conf=0.8),
            F("TOKEN-LOGGED", "minor", "security", "Bearer token written to logs", "Do not log tokens.", conf=0.7),
            F("CACHE-GET-UNLOCKED", "major", "concurrency", "Concurrent map access in StakeCache.Get", "Use RLock.", conf=0.85),
            F("INFLIGHT-CHECK-RACE", "major", "concurrency", "Race on inFlight map in Push", "Hold the mutex.", conf=0.8),
            F("SYNCED-COUNTER-RACE", "minor", "concurrency", "Race on synced counter", "Use atomic.", conf=0.7),
            F("STAKES-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in loadStakes", "defer rows.Close().", conf=0.8),
            F("INSERT-ERR-IGNORED", "major", "correctness", "Insert error ignored in addReading", "Handle error.", d=1, sd=0, n=2, conf=0.8),
            F("ABLATION-UNITS", "major", "correctness", "Wrong unit conversion in Ablation", "Divide by 100.", conf=0.75),
            F("DAILY-INCLUSIVE-TO", "minor", "correctness", "Off-by-one in DailySeries loop bound", "Use d < to.", conf=0.65),
            F("DAILY-INDEX-BOUND", "major", "correctness", "Possible index out of range in DailySeries", "Use >=.", conf=0.8),
            F("LASTN-BOUNDS", "major", "correctness", "lastN slice out of range", "Clamp n.", conf=0.8),
            F("EXPORT-SKIPS-FIRST", "minor", "correctness", "First reading omitted from CSV export", "Start at index 0.", d=1, sd=0, n=2, conf=0.7),
            F("EXPORT-FLUSH-UNCHECKED", "minor", "correctness", "CSV flush error not checked", "Check cw.Error().", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}

"""test34/go-lamplog: lamp maintenance and fuel log for lighthouse stations (Go, net/http + database/sql).

Frozen test split test34; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers (only the format spec
tune2__py_snapctl.py).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test34: seeded problems in a lighthouse lamp maintenance and fuel log; "
    "five agents' answers written by hand."
)

M = "main.go"
L = "lamps.go"
FU = "fuel.go"

PROBLEMS = {
    "DELETE-LOG-NO-AUTH": P(M, 'mux.HandleFunc("DELETE /stations/{id}/log/{entry}", app.deleteLogEntry)', "security",
                            "keeper log deletion registered without keeperOnly: anyone can erase log entries"),
    "SERVER-NO-TIMEOUT": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security",
                           "extra, one agent: http.ListenAndServe without read/header timeouts (slowloris)"),
    "LOG-SQLI-SINCE": P(L, 'q := fmt.Sprintf("SELECT at, keeper, entry FROM keeper_log', "security",
                        "since query value formatted into the keeper log SQL: SQL injection", "source-vs-sink"),
    "LOG-SQLI-STATION": P(L, 'q := fmt.Sprintf("SELECT at, keeper, entry FROM keeper_log', "security",
                          "station path value formatted unquoted into the same SQL: SQL injection", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(L, "rows, err := a.db.Query(q)", "bug",
                         "stationLog never closes rows: a connection leaks on the early return after a Scan error"),
    "ERR-LEAK": P(L, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                  "database error text (with the SQL) returned to the client"),
    "LAMP-ID-IGNORED": P(L, 'id, _ := strconv.Atoi(r.PathValue("id"))', "bug",
                         "Atoi error ignored in lampLit: a bad id records lamp 0 as lit"),
    "MAP-RACE": P(L, "a.burning[id] = time.Now()", "bug",
                  "lampLit writes the burning map without a.mu while lampOut reads and deletes under it: "
                  "concurrent map write", "critical-section"),
    "BURN-TRUNC": P(L, "hours := int(time.Since(since).Hours())", "bug",
                    "int() truncates burn time: up to an hour lost on every lit/out cycle, short burns count 0",
                    "off-by-one"),
    "BURN-EXEC-UNCHECKED": P(L, 'a.db.Exec("UPDATE lamps SET burn_hours = burn_hours + $1', "bug",
                             "UPDATE error ignored after the lamp left the burning map: the burn hours are lost"),
    "DUE-DIV-ZERO": P(L, "if l.BurnHours*100/l.RatedHours > DueAtPercent {", "bug",
                      "rated_hours of 0 (unknown bulb) panics with integer divide by zero"),
    "DUE-THRESHOLD": P(L, "if l.BurnHours*100/l.RatedHours > DueAtPercent {", "bug",
                       "> where the rule is 'once it has burned 90 %': a bulb at exactly 90 % is not listed",
                       "off-by-one"),
    "DELIVERY-DECODE-IGNORED": P(FU, "json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&d)", "bug",
                                 "Decode error ignored: a malformed body inserts an empty delivery"),
    "DELIVERY-UNVALIDATED": P(FU, 'a.db.Exec("INSERT INTO fuel (station_id, litres, tanker, at)', "bug",
                              "station and litres not validated: negative or zero deliveries, unknown stations"),
    "LEVEL-SQLI": P(FU, "a.db.QueryRow(fmt.Sprintf(\"SELECT COALESCE(SUM(litres), 0) FROM fuel WHERE", "security",
                    "station formatted into the delivered-litres query in computeLevel: SQL injection",
                    "signature-vs-statement"),
    "LEVEL-CACHE-RACE": P(FU, "a.levels[station] = level", "bug",
                          "cache filled after RUnlock without the write lock: concurrent map write / duplicate work",
                          "critical-section"),
    "LEVEL-CACHE-STALE": P(FU, "a.levels[station] = level", "bug",
                           "cached level only invalidated on deliveries, never as fuel is used: tank level never drops"),
    "BURN-AVG-DIVISOR": P(FU, "return used / 6", "bug",
                          "seven days of use divided by 6: daily burn overstated by a sixth", "off-by-one"),
    "FORECAST-DAYS-UNBOUNDED": P(FU, "forecast := make([]float64, days)", "bug",
                                 "days from the query not bounded: negative panics in make, huge values exhaust memory"),
    "FORECAST-INDEX": P(FU, "forecast[d] = level - burn*float64(d)", "bug",
                        "loop d = 1..days indexes forecast[days]: index out of range panic", "off-by-one"),
    "REPORT-SHELL": P(FU, 'out, err := exec.Command("sh", "-c", "lamp-report --format pdf "+name).Output()', "security",
                      "report name path value concatenated into sh -c: command injection", "signature-vs-statement"),
}

CONFUSABLE = [
    ("LOG-SQLI-SINCE", "LOG-SQLI-STATION"),
    ("LOG-SQLI-SINCE", "ROWS-NOT-CLOSED"),
    ("ROWS-NOT-CLOSED", "ERR-LEAK"),
    ("LAMP-ID-IGNORED", "MAP-RACE"),
    ("BURN-TRUNC", "BURN-EXEC-UNCHECKED"),
    ("DUE-DIV-ZERO", "DUE-THRESHOLD"),
    ("DELIVERY-DECODE-IGNORED", "DELIVERY-UNVALIDATED"),
    ("LEVEL-CACHE-RACE", "LEVEL-CACHE-STALE"),
    ("FORECAST-DAYS-UNBOUNDED", "FORECAST-INDEX"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: lamplog

        The keeper middleware is solid (it fails closed and uses `subtle.ConstantTimeCompare`), and most
        queries are parameterised. The problems cluster in three places: two handlers that build SQL with
        `fmt.Sprintf`, shared maps touched without their locks, and arithmetic in the lamp-hours and fuel
        forecast code that will panic or miscount.

        | Priority | Issue |
        |---|---|
        | P0 | SQL injection in `stationLog` and `computeLevel`; shell injection in `report` |
        | P1 | unauthenticated log deletion; concurrent map writes; forecast index panic; divide by zero |
        | P2 | burn-hour truncation, ignored errors, stale level cache, average divisor |
        """,
        Block([
            F("LOG-SQLI-SINCE", "critical", "security", "SQL injection via `since` in `stationLog`",
              "Use placeholders: `WHERE station_id = $1 AND at >= $2` and pass `station, since`.",
              symbol="App.stationLog", conf=0.95),
            F("LOG-SQLI-STATION", "high", "security", "Station id from the path is formatted into SQL unquoted",
              "Parse it with `strconv.Atoi` and bind it as `$1`.", d=-2, symbol="App.stationLog", conf=0.85),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `stationLog`",
              "Add `defer rows.Close()` after the error check, as `bulbsDue` does.", symbol="App.stationLog",
              conf=0.85),
            F("DELETE-LOG-NO-AUTH", "high", "security", "Keeper log entries can be deleted without authentication",
              "Wrap `deleteLogEntry` in `keeperOnly`.", symbol="main", conf=0.9),
            F("MAP-RACE", "high", "bug", "`lampLit` writes `a.burning` without holding `a.mu`",
              "Lock `a.mu` around the write; `lampOut` already locks, so this is a concurrent map write that crashes the process.",
              symbol="App.lampLit", conf=0.9),
            F("LAMP-ID-IGNORED", "low", "bug", "`lampLit` ignores the `Atoi` error",
              "Return 400 on a bad id like `lampOut` does.", symbol="App.lampLit", conf=0.75),
            F("BURN-TRUNC", "medium", "bug", "Burn hours are truncated to whole hours on every cycle",
              "Store minutes (or round up) so partial hours accumulate.", symbol="App.lampOut", conf=0.7),
            F("BURN-EXEC-UNCHECKED", "medium", "bug", "Burn-hours UPDATE error is ignored",
              "Check the error; the lamp has already been removed from `burning`, so a failure loses the hours.",
              symbol="App.lampOut", conf=0.75),
            F("DUE-DIV-ZERO", "high", "bug", "Integer divide by zero in `bulbsDue` when `rated_hours` is 0",
              "Skip lamps with a zero rating, or treat them as due.", symbol="App.bulbsDue", conf=0.8),
            F("LEVEL-SQLI", "critical", "security", "SQL injection in `computeLevel`",
              "Use `$1` as in the fuel_use query on the next line.", d=-2, symbol="App.computeLevel", conf=0.9),
            F("LEVEL-CACHE-RACE", "high", "bug", "Level cache written without the lock",
              "Take `levelMu.Lock()` for the write (or use `sync.Map`/singleflight).", d=-1, n=2,
              symbol="App.tankLevel", conf=0.85),
            F("LEVEL-CACHE-STALE", "medium", "bug", "Cached tank level never reflects fuel used",
              "Invalidate when fuel use is recorded, or expire entries after a few minutes.",
              symbol="App.tankLevel", conf=0.7),
            F("BURN-AVG-DIVISOR", "medium", "bug", "`dailyBurn` divides a seven-day sum by 6",
              "Divide by 7.", symbol="App.dailyBurn", conf=0.8),
            F("FORECAST-INDEX", "high", "bug", "`fuelForecast` indexes past the end of `forecast`",
              "Loop `for d := 0; d < days; d++` and use `d+1` for the day number.", d=-1, n=2,
              symbol="App.fuelForecast", conf=0.9),
            F("FORECAST-DAYS-UNBOUNDED", "medium", "bug", "`days` is not bounded",
              "Clamp to 1..60; a negative value panics in `make` and a huge one allocates without limit.",
              symbol="App.fuelForecast", conf=0.75),
            F("REPORT-SHELL", "critical", "security", "Command injection in `report`",
              "Run `exec.Command(\"lamp-report\", \"--format\", \"pdf\", name)` and validate `name`.",
              symbol="App.report", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "`go vet` and the race detector were not run. Findings:",
        Block([
            F("LOG-SQLI-SINCE", "critical", "security", "stationLog: SQL built with Sprintf from ?since",
              "Bind parameters.", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "stationLog leaks rows (no defer rows.Close())",
              "defer rows.Close()."),
            F("ERR-LEAK", "low", "security", "stationLog returns err.Error() to the client", "Log it; send a generic message."),
            F("MAP-RACE", "high", "bug", "Data race on App.burning in lampLit", "Hold a.mu.", d=-2),
            F("BURN-EXEC-UNCHECKED", "medium", "bug", "lampOut ignores the Exec error", "Handle it."),
            F("DUE-THRESHOLD", "low", "bug", "bulbsDue uses > DueAtPercent; doc says at 90 %", ">=."),
            F("DELIVERY-DECODE-IGNORED", "medium", "bug", "recordDelivery ignores the Decode error", "400 on error."),
            F("LEVEL-SQLI", "critical", "security", "computeLevel: station interpolated into SQL", "$1.", d=-2),
            F("LEVEL-CACHE-RACE", "high", "bug", "tankLevel writes a.levels after RUnlock (concurrent map write)",
              "Lock for the write.", d=-3),
            F("FORECAST-INDEX", "high", "bug", "fuelForecast: forecast[d] out of range when d == days",
              "0-based loop."),
            F("REPORT-SHELL", "critical", "security", "report: name concatenated into sh -c", "No shell.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `lamplog` Go service, which records lamp burn hours, bulb
        replacements and fuel deliveries for lighthouse stations.

        ## Security Findings
        """,
        Block([
            F("LOG-SQLI-STATION", "CRITICAL", "SQL Injection", "SQL Injection in Station Log Endpoint",
              "Use parameterized queries with `$1` placeholders.", d=-2,
              desc="Both the `id` path value and the `since` query value are formatted into the SQL string; the station id is not even quoted."),
            F("REPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Report Generation",
              "Avoid `sh -c`.", d=-2),
            F("LEVEL-SQLI", "HIGH", "SQL Injection", "SQL Injection in Fuel Level Computation",
              "Use a placeholder for the station."),
            F("DELETE-LOG-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Deletion of Log Entries",
              "Protect the route with `keeperOnly`."),
            F("SERVER-NO-TIMEOUT", "MEDIUM", "Resource Exhaustion", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Reliability Findings
        """,
        Block([
            F("MAP-RACE", "major", "Race Condition", "Concurrent Map Write in lampLit",
              "Acquire `a.mu` before writing to `a.burning`."),
            F("DUE-DIV-ZERO", "major", "Division by Zero", "Potential Division by Zero in bulbsDue",
              "Check `RatedHours` before dividing."),
            F("DUE-THRESHOLD", "minor", "Business Logic", "Due Threshold Uses Strict Comparison",
              "Use `>=` to match the documented rule.", d=1, sd=0),
            F("FORECAST-INDEX", "major", "Index Out of Range", "Slice Index Out of Range in Forecast",
              "Start the loop at zero."),
            F("FORECAST-DAYS-UNBOUNDED", "minor", "Resource Exhaustion", "Unbounded Forecast Length",
              "Limit `days`."),
            U({"severity": "info", "category": "style", "description": "Package main holds all handlers; consider internal packages."}),
            F("BURN-TRUNC", "minor", "Data Integrity", "Burn Hours Lost to Integer Truncation",
              "Accumulate durations in minutes.", d=1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Review done. Issues:",
        Block([
            F("LOG-SQLI-SINCE", "high", "security", "sql injection in station log (since)", "use $n params"),
            F("REPORT-SHELL", "high", "security", "sh -c with report name", "exec without shell", d=-1),
            F("LEVEL-CACHE-RACE", "medium", "", "levels map written without lock", "lock it", d=-1),
            F("BURN-AVG-DIVISOR", "low", "bug", "avg of 7 days divided by 6", "/ 7", d=-1),
            F("DELIVERY-UNVALIDATED", "low", "bug", "negative litres accepted", "validate"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the keeper log endpoint (both the station id and since).
        2. Command injection in report generation.
        3. Concurrency: unsynchronized map access in lamp and fuel handlers.
        4. Arithmetic and bounds errors in bulb and forecast calculations.
        5. Error handling gaps in deliveries and burn-hour updates.
        """,
        Block([
            F("LOG-SQLI-SINCE", "blocker", "security", "SQL injection through since parameter in keeper log query",
              "Use query placeholders.", conf=0.9),
            F("LOG-SQLI-STATION", "major", "security", "SQL injection through station id path parameter",
              "Validate the id as an integer and bind it.", conf=0.8),
            F("ROWS-NOT-CLOSED", "minor", "resource-leak", "Query rows not closed in stationLog",
              "defer rows.Close().", conf=0.7),
            F("LAMP-ID-IGNORED", "minor", "error-handling", "Lamp id parse error ignored",
              "Validate the id.", conf=0.6),
            F("MAP-RACE", "blocker", "concurrency", "Unsynchronized write to burning map",
              "Guard with the mutex.", conf=0.8),
            F("BURN-TRUNC", "minor", "correctness", "Truncation of burn hours loses partial hours",
              "Round up or store minutes.", conf=0.6),
            F("DUE-DIV-ZERO", "major", "reliability", "Divide by zero when rated hours is zero",
              "Guard the division.", conf=0.7),
            F("DUE-THRESHOLD", "minor", "correctness", "Off-by-one: bulbs at exactly 90% not reported as due",
              "Use >=.", conf=0.7),
            F("DELIVERY-DECODE-IGNORED", "major", "error-handling", "JSON decode error not checked in recordDelivery",
              "Return 400 on decode failure.", conf=0.8),
            F("DELIVERY-UNVALIDATED", "minor", "correctness", "Delivery litres and station not validated",
              "Reject non-positive litres.", d=-1, conf=0.6),
            F("LEVEL-CACHE-RACE", "major", "concurrency", "Concurrent map write in tankLevel cache",
              "Use the write lock.", conf=0.8),
            F("LEVEL-CACHE-STALE", "minor", "correctness", "Tank level cache is not invalidated when fuel is consumed",
              "Invalidate or expire cached levels.", d=-2, sd=0, conf=0.6),
            F("BURN-AVG-DIVISOR", "major", "correctness", "Average daily burn uses the wrong divisor",
              "Divide by 7.", conf=0.8),
            F("FORECAST-DAYS-UNBOUNDED", "major", "reliability", "Unvalidated days parameter may panic",
              "Bound days to a sensible range.", conf=0.7),
            F("FORECAST-INDEX", "blocker", "correctness", "Index out of range in forecast loop",
              "Iterate from 0 to days-1.", d=-1, conf=0.9),
            F("REPORT-SHELL", "blocker", "security", "Shell command injection in report handler",
              "Do not invoke a shell.", conf=0.9),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 6 major, 6 minor"),
    ]),
}

"""test46/go-compostrun: kerbside compost collection rounds, bin weigh-ins and missed pickups (Go, net/http with Go
1.22 patterns + database/sql/pgx). Frozen test split test46; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test46: seeded problems in a kerbside compost collection service; five agents' "
    "answers written by hand."
)

M = "main.go"
CREW = 'if r.Header.Get("X-Crew-Key") != s.crewKey {'
PROBLEMS = {
    "CREW-KEY-FAILS-OPEN": P(M, CREW, "security",
                             "crewOnly compares with CREW_KEY even when it is unset: an empty header then passes"),
    "CREW-KEY-TIMING": P(M, CREW, "security",
                         "crew key compared with != instead of subtle.ConstantTimeCompare"),
    "ROUTE-ZONE-SQLI": P(M, "AND zone = '\"+zone+\"' ORDER BY seq\"", "security",
                         "zone query value concatenated into the stops SQL", "signature-vs-statement"),
    "ROUTE-ERR-SWALLOWED": P(M, "\t\treturn nil", "bug",
                             "query error swallowed: nil is returned and then cached as the round's stops"),
    "ROUTE-ROWS-NOT-CLOSED": P(M, "for rows.Next() {", "bug",
                               "rows never closed in loadRoute (connection leak)", nth=0),
    "ROUTE-CACHE-KEY": P(M, "stops, ok := s.routeCache[round]", "bug",
                         "route cache keyed on the round only: another zone gets the first zone's stops"),
    "ROUTE-CACHE-RACE": P(M, "stops = s.loadRoute(round, zone)", "bug",
                          "cache filled after RUnlock and written without the lock: concurrent map writes, duplicate loads",
                          "critical-section"),
    "NEXT-STOP-NEGATIVE": P(M, 'after, _ := strconv.Atoi(r.URL.Query().Get("after"))', "bug",
                            "after not validated: the Atoi error is ignored and a negative value indexes before the slice (panic)"),
    "NEXT-STOP-OOB": P(M, "writeJSON(w, stops[after+1])", "bug",
                       "guard after < len(stops) lets the last stop through and stops[after+1] panics", "off-by-one"),
    "WEIGH-NEGATIVE-KG": P(M, "if in.Kg > maxBinKg {", "bug",
                           "bin weight only bounded above: negative kg lowers the truck's load"),
    "WEIGH-RLOCK-WRITE": P(M, "s.truckLoad[in.Truck] += in.Kg", "bug",
                           "truck load map written under RLock: concurrent writes race and lose weight", "critical-section"),
    "WEIGH-TIP-REPEAT": P(M, "if full {", "bug",
                          "the load is never reset after tipping: every later weigh-in calls the tip again"),
    "WEIGH-INSERT-UNCHECKED": P(M, 's.db.Exec("INSERT INTO weighins', "bug",
                                "weigh-in insert error ignored and 201 returned: the weigh-in is lost"),
    "TIP-SHELL": P(M, 'exec.Command("sh", "-c", "tipctl call --truck "+truck)', "security",
                   "truck id from the weigh-in body run through sh -c", "signature-vs-statement"),
    "TIP-NO-TIMEOUT": P(M, ".CombinedOutput()", "bug",
                        "tip call has no timeout: a hung tipctl leaks one goroutine per full weigh-in"),
    "MISSED-NO-DEDUP": P(M, "s.missed[hh]++", "bug",
                         "counts reports, not missed collections: one missed pickup reported three times earns a credit"),
    "MISSED-CREDIT-THRESHOLD": P(M, "if n > creditAfterMissed {", "bug",
                                 "n > creditAfterMissed: the third missed pickup earns nothing, later reports each credit", "off-by-one"),
    "MISSED-CREDIT-ERR": P(M, 's.db.Exec("UPDATE households SET credit', "bug",
                           "credit update error ignored"),
    "MISSED-UNAUTH": P(M, 'mux.HandleFunc("POST /households/{household}/missed", s.handleMissed)', "security",
                       "missed-pickup reports need no authentication: anyone can earn credits for any household"),
    "BILL-BAND-BOUNDS": P(M, "rate := tierRates[band]", "bug",
                          "band = kg/50 is not capped at the last band: 200 kg or more indexes past tierRates (panic)", "off-by-one"),
    "LABEL-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.labelDir, name))", "security",
                         "file query value joined to the label dir: ../ serves any file", "source-vs-sink"),
    "EXPORT-SQLI": P(M, "WHERE at >= '%s' ORDER BY at\", from))", "security",
                     "from query value formatted into the export SQL", "source-vs-sink"),
    "EXPORT-ERR-LEAK": P(M, 'http.Error(w, "export failed: "+err.Error()', "security",
                         "database error text returned to the client"),
    "CSV-FORMULA": P(M, 'fmt.Fprintf(w, "%d,%s,%.1f,%.2f,%s\\n"', "security",
                     "extra, one agent: truck id written to the CSV unquoted (formula / column injection)"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slow clients hold connections)"),
}

CONFUSABLE = [
    ("CREW-KEY-FAILS-OPEN", "CREW-KEY-TIMING"),
    ("ROUTE-ZONE-SQLI", "ROUTE-ERR-SWALLOWED"),
    ("ROUTE-ERR-SWALLOWED", "ROUTE-ROWS-NOT-CLOSED"),
    ("ROUTE-CACHE-KEY", "ROUTE-CACHE-RACE"),
    ("NEXT-STOP-NEGATIVE", "NEXT-STOP-OOB"),
    ("WEIGH-RLOCK-WRITE", "WEIGH-TIP-REPEAT"),
    ("TIP-SHELL", "TIP-NO-TIMEOUT"),
    ("MISSED-NO-DEDUP", "MISSED-CREDIT-THRESHOLD"),
    ("MISSED-CREDIT-THRESHOLD", "MISSED-CREDIT-ERR"),
    ("EXPORT-SQLI", "EXPORT-ERR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end. `dispatchOnly` is correct (fails closed on an empty key, constant-time
        compare) and `handleExport` closes its rows; the crew side and the in-memory state are where it goes wrong.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 5 |
        | low | 2 |

        The two critical items are the crew gate, which is open whenever `CREW_KEY` is unset, and the shell
        command built from the truck id. The map handling will crash the process under load (`fatal error:
        concurrent map writes`), which for a service used from trucks all morning is as serious as a leak.
        """,
        Block([
            F("CREW-KEY-FAILS-OPEN", "critical", "security", "`crewOnly` admits everyone when `CREW_KEY` is unset",
              "Fail closed when `s.crewKey == \"\"` and compare with `subtle.ConstantTimeCompare`, as `dispatchOnly` does.",
              symbol="Server.crewOnly", conf=0.9),
            F("TIP-SHELL", "critical", "security", "Truck id from the request is passed to `sh -c`",
              "`exec.CommandContext(ctx, \"tipctl\", \"call\", \"--truck\", truck)`; validate the id against known trucks.",
              symbol="Server.dispatchTip", conf=0.9),
            F("ROUTE-ZONE-SQLI", "high", "security", "SQL injection through `zone` in `loadRoute`",
              "Bind `zone` as `$2`.", symbol="Server.loadRoute", conf=0.9),
            F("EXPORT-SQLI", "high", "security", "SQL injection through `from` in the CSV export",
              "Parse `from` as a date and bind it.", symbol="Server.handleExport", conf=0.9),
            F("LABEL-TRAVERSAL", "high", "security", "`GET /labels` serves any file via `file`",
              "Reject names with path separators or use `http.FS(os.DirFS(labelDir))`.",
              symbol="Server.handleLabel", conf=0.85),
            F("MISSED-UNAUTH", "medium", "security", "Missed-pickup reports are unauthenticated",
              "Require a household token (or crew confirmation) before counting a report.",
              symbol="main", conf=0.75),
        ]),
        "Concurrency and correctness:",
        Block([
            F("WEIGH-RLOCK-WRITE", "high", "bug", "Truck load is updated while holding only the read lock",
              "Use `s.mu.Lock()` for the increment; `RLock` allows concurrent writers to the map.",
              d=-1, n=3, symbol="Server.handleWeigh", conf=0.9),
            F("ROUTE-CACHE-RACE", "high", "bug", "Route cache is written without the lock",
              "Take the write lock to store the loaded route (or use `singleflight` to load once).",
              d=+1, symbol="Server.route", conf=0.85),
            F("ROUTE-CACHE-KEY", "medium", "bug", "Route cache ignores the zone",
              "Key the cache by `round + \"/\" + zone`.", symbol="Server.route", conf=0.75),
            F("ROUTE-ROWS-NOT-CLOSED", "medium", "bug", "`loadRoute` never closes `rows`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()`.",
              symbol="Server.loadRoute", conf=0.8),
            F("NEXT-STOP-OOB", "high", "bug", "`handleNextStop` panics after the last stop",
              "The guard must be `after+1 < len(stops)`.", d=-1, n=2, symbol="Server.handleNextStop", conf=0.85),
            F("BILL-BAND-BOUNDS", "medium", "bug", "Billing panics for households over 200 kg in a month",
              "Cap the band at `len(tierRates)-1`.", d=-1, n=2, symbol="Server.handleBill", conf=0.8),
            F("MISSED-CREDIT-THRESHOLD", "medium", "bug", "Missed-pickup credit starts one report late and then repeats",
              "Credit when `n == creditAfterMissed`.", symbol="Server.handleMissed", conf=0.75),
            F("WEIGH-INSERT-UNCHECKED", "medium", "bug", "Weigh-in insert errors are ignored",
              "Check the error and return 500 so the crew app retries.", symbol="Server.handleWeigh", conf=0.75),
            F("WEIGH-TIP-REPEAT", "low", "bug", "Tip is called again on every weigh-in once a truck is full",
              "Reset `truckLoad[truck]` when the tip call is made (or confirmed).", symbol="Server.handleWeigh", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("TIP-SHELL", "high", "security", "dispatchTip: sh -c with truck id from request body",
              "exec tipctl directly with args", d=-3),
            F("ROUTE-ZONE-SQLI", "high", "security", "loadRoute: zone concatenated into SQL",
              "placeholder $2", d=-2),
            F("EXPORT-SQLI", "high", "security", "handleExport: Sprintf SQL with ?from",
              "bind param", d=-1),
            F("LABEL-TRAVERSAL", "high", "security", "handleLabel: ?file joined to labelDir",
              "filepath.Base + check", d=-2),
            F("CREW-KEY-TIMING", "medium", "security", "crewOnly: non-constant-time key compare",
              "subtle.ConstantTimeCompare"),
            F("WEIGH-RLOCK-WRITE", "high", "bug", "map write under RLock in handleWeigh",
              "Lock not RLock", d=-1),
            F("ROUTE-CACHE-RACE", "high", "bug", "routeCache written after RUnlock (data race)",
              "write lock", d=-2),
            F("NEXT-STOP-OOB", "medium", "bug", "stops[after+1] out of range on last stop",
              "after+1 < len(stops)", d=-1),
            F("MISSED-CREDIT-ERR", "low", "bug", "Exec error ignored (credit update)",
              "handle error"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the compost collection service in `main.go`. It is a single-file Go HTTP
        service using the Go 1.22 routing patterns and PostgreSQL through pgx.

        ## Security Findings
        """,
        Block([
            F("CREW-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Crew Authentication Bypass When Key Is Unset",
              "Reject requests when no crew key is configured.", d=0, sd=-1, n=3,
              desc="If CREW_KEY is empty, a request without the header compares \"\" to \"\" and is allowed."),
            F("ROUTE-ZONE-SQLI", "HIGH", "SQL Injection", "SQL Injection via Zone Parameter",
              "Use query parameters.", sd=-2, n=3),
            F("EXPORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Weigh-in Export",
              "Use query parameters.", sd=-1, n=3),
            F("EXPORT-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("LABEL-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Label Download",
              "Sanitize the file name.", sd=-2, n=3),
            F("TIP-SHELL", "HIGH", "Command Injection", "Command Injection in Tip Dispatch",
              "Do not use `sh -c`.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "LOW", "Availability", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout` and `WriteTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Logic Findings
        """,
        Block([
            F("WEIGH-RLOCK-WRITE", "HIGH", "Race Condition", "Concurrent Map Writes Under Read Lock",
              "Use the write lock when modifying truckLoad.", d=+1, sd=-1, n=3,
              desc="`full` is computed from a value that other goroutines may be writing at the same time; `go run -race` would flag it."),
            F("ROUTE-CACHE-RACE", "HIGH", "Race Condition", "Unsynchronized Write to Route Cache",
              "Protect the cache write with the mutex.", d=+1, sd=-1, n=3),
            F("ROUTE-ERR-SWALLOWED", "MEDIUM", "Error Handling", "Database Errors Silently Ignored When Loading Routes",
              "Return the error to the caller instead of nil.", sd=-2, n=3),
            F("TIP-NO-TIMEOUT", "MEDIUM", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext` with a deadline.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Best Practice", "suggestion": "Consider structured logging with log/slog."}),
            F("BILL-BAND-BOUNDS", "MEDIUM", "Logic Error", "Index Out of Range in Billing Tiers",
              "Clamp the band index.", sd=-2, n=3),
            F("MISSED-NO-DEDUP", "LOW", "Logic Error", "Duplicate Missed-Pickup Reports Are Counted",
              "Record the collection date and count each miss once.", sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("TIP-SHELL", "high", "security", "command injection via truck id", "no sh -c"),
            F("ROUTE-ZONE-SQLI", "high", "security", "sqli in loadRoute (zone)", "use $2"),
            F("NEXT-STOP-NEGATIVE", "medium", "", "negative after -> panic", "check after >= 0"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("WEIGH-NEGATIVE-KG", "low", "bug", "negative bin weight accepted", "kg > 0"),
            F("MISSED-CREDIT-THRESHOLD", "low", "bug", "credit only from 4th miss", ">=", d=-2),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: crew key check is weak; missed-pickup endpoint is public.
        2. Injection: SQL (routes, export), shell (tip dispatch), path traversal (labels).
        3. Concurrency: truck load and route cache.
        4. Robustness: index errors, ignored errors.
        """,
        Block([
            F("CREW-KEY-FAILS-OPEN", "blocker", "security", "Crew key check passes when the key is not configured",
              "Fail closed.", conf=0.85),
            F("MISSED-UNAUTH", "major", "security", "Missed pickup endpoint without authentication",
              "Add authentication.", conf=0.7),
            F("EXPORT-SQLI", "blocker", "security", "SQL injection in export",
              "Use parameters.", conf=0.9),
            F("LABEL-TRAVERSAL", "major", "security", "Path traversal in label endpoint",
              "Validate file names.", d=-2, conf=0.8),
            F("TIP-SHELL", "major", "security", "Shell command injection in dispatchTip",
              "Avoid the shell.", conf=0.85),
            F("WEIGH-RLOCK-WRITE", "major", "concurrency", "Write under read lock on truckLoad",
              "Use Lock().", conf=0.85),
            F("WEIGH-TIP-REPEAT", "minor", "correctness", "Tip dispatched repeatedly for a full truck",
              "Reset the load after dispatch.", d=+1, conf=0.6),
            F("ROUTE-CACHE-KEY", "minor", "correctness", "Cache key does not include zone",
              "Include zone in the key.", d=+3, conf=0.6),
            F("ROUTE-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in loadRoute",
              "defer rows.Close().", conf=0.75),
            F("NEXT-STOP-OOB", "major", "correctness", "Off-by-one: index out of range at the end of the round",
              "Check after+1 < len(stops).", conf=0.8),
            F("MISSED-CREDIT-THRESHOLD", "minor", "correctness", "Credit threshold uses > instead of >=",
              "Use >=.", conf=0.7),
            F("CSV-FORMULA", "minor", "security", "CSV export does not escape values",
              "Use encoding/csv and neutralise leading =, +, -, @.", conf=0.5),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}

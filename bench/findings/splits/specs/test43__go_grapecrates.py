"""test43/go-grapecrates: a vineyard's harvest picker timesheets and crate tally (Go, net/http + database/sql).

Frozen test split test43; labels next to each finding. Written 2026-12-04 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test43: seeded problems in a small Go vineyard harvest desk (shifts, crate "
    "tally, summaries, timesheets, weighbridge tickets); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security",
                      "foreman key read from the query string (logged by proxies, kept in tablet history)"),
    "FOREMAN-FAILS-OPEN": P(M, "if key != s.foremanKey {", "security",
                            "FOREMAN_KEY unset: an empty key matches and every foreman route is open", "signature-vs-statement"),
    "SHIFT-LOST-ON-DB-ERROR": P(M, "delete(s.open, picker)", "bug",
                                "extra, one agent: the open shift is removed before the insert; if the insert fails the shift is lost"),
    "CLOCKOUT-NIL": P(M, "sh.Out = time.Now()", "bug",
                      "clock-out for a picker with no open shift: sh is nil and the handler panics"),
    "CRATE-PICKER-UNCHECKED": P(M, 'picker := r.FormValue("picker")', "bug",
                                "crates credited to any picker name, clocked in or not"),
    "CRATES-NEGATIVE": P(M, "if err != nil || n > maxCratesPerScan {", "bug",
                         "zero or negative crate counts accepted: a scan can subtract crates from a tally"),
    "TALLY-RACE": P(M, "s.tally[picker] += n", "bug",
                    "seen/tally/total updated without s.mu: concurrent map writes, double-counted scans, lost counts", "critical-section"),
    "CRATE-INSERT-IGNORED": P(M, 's.db.Exec("INSERT INTO crates', "bug",
                              "crate insert error ignored: the tally counts a crate the database (and the summary) never sees"),
    "LEADERBOARD-RACE": P(M, "for p, n := range s.tally {", "bug",
                          "leaderboard ranges over s.tally without s.mu while scans write it (fatal concurrent map iteration and write)", "critical-section"),
    "ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT picker, SUM(crates) FROM crates WHERE day = $1', "bug",
                         "buildSummary never closes rows: connections leak"),
    "SUMMARY-ERR-EMPTY": P(M, 'return []byte("{}")', "bug",
                           "a query error is returned as an empty summary (and then cached)"),
    "SUMMARY-RACE": P(M, "cached = s.buildSummary(day)", "bug",
                      "summary map read and written without a lock; concurrent misses rebuild it", "critical-section"),
    "SUMMARY-STALE": P(M, "s.summary[day] = cached", "bug",
                       "a day's summary is cached forever: crates scanned after the first view never appear"),
    "BLOCK-SQLI": P(M, "rows, err := s.db.Query(q, since)", "security",
                    "block query value formatted into the report SQL", "source-vs-sink"),
    "REPORT-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                         "database error text returned to the client"),
    "ROWS-LEFT-SKIPS-LAST": P(M, "for row := 1; row < total; row++ {", "bug",
                              "rows are 1..total: the last row of every block is never listed as left", "off-by-one"),
    "WEEK-PARSE-IGNORED": P(M, 'week, _ := time.Parse("2006-01-02"', "bug",
                            "week parse error ignored: a missing week gives year 1 and an empty timesheet"),
    "WEEK-EIGHT-DAYS": P(M, "end := week.AddDate(0, 0, weekDays+1)", "bug",
                         "weekDays+1 makes the window eight days: next Monday's shift lands in this week's pay", "off-by-one"),
    "TIMESHEET-NO-AUTH": P(M, "rows, err := s.db.Query(shiftsOfWeek", "security",
                           "timesheet route has no authentication: anyone reads any picker's hours and pay", "signature-vs-statement"),
    "PAY-TRUNCATES": P(M, "pay := int(hours) * hourlyCents", "bug",
                       "int(hours) drops every partial hour from the pay"),
    "TICKET-SHELL": P(M, 'exec.Command("sh", "-c", line)', "security",
                      "grower and kg form values formatted into an sh -c command line", "source-vs-sink"),
    "TICKET-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", line)', "bug",
                           "no context or timeout on the printer command: a hung printer holds the request forever"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "FOREMAN-FAILS-OPEN"),
    ("SHIFT-LOST-ON-DB-ERROR", "CLOCKOUT-NIL"),
    ("CRATE-PICKER-UNCHECKED", "CRATES-NEGATIVE"),
    ("TALLY-RACE", "CRATE-INSERT-IGNORED"),
    ("ROWS-NOT-CLOSED", "SUMMARY-ERR-EMPTY"),
    ("SUMMARY-RACE", "SUMMARY-STALE"),
    ("BLOCK-SQLI", "REPORT-ERR-LEAK"),
    ("WEEK-PARSE-IGNORED", "WEEK-EIGHT-DAYS"),
    ("WEEK-EIGHT-DAYS", "TIMESHEET-NO-AUTH"),
    ("TICKET-SHELL", "TICKET-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end. The office routes are guarded properly (`officeOnly` fails closed and
        uses `subtle.ConstantTimeCompare`), `handleClockIn` limits its body and holds `s.mu`, `handleRowDone`
        bounds-checks the row and `handleWeighTicket` allocates ticket numbers under the lock. The rest has
        problems in four groups:

        | Severity | Count |
        |---|---|
        | Critical | 3 |
        | High | 5 |
        | Medium | 10 |
        | Low | 1 |

        The crate tally deserves attention first: `handleCrate` and `handleLeaderboard` touch the same maps
        with no lock at all, which is a crash (`concurrent map writes`) during the afternoon rush, not just a
        wrong number.
        """,
        Block([
            F("BLOCK-SQLI", "critical", "security", "SQL injection via `block` in the block report",
              "Bind `block` as a parameter (`WHERE block = $1 AND day >= $2`).",
              symbol="Server.handleBlockReport", conf=0.95),
            F("TICKET-SHELL", "critical", "security", "Shell injection in weighbridge ticket printing",
              "Call `exec.CommandContext(ctx, \"print-ticket\", \"--no\", ..., \"--grower\", grower, \"--kg\", kg)` with no shell, `kg` parsed as a number.",
              symbol="Server.handleWeighTicket", conf=0.9),
            F("TICKET-NO-TIMEOUT", "low", "bug", "Printer command can block the handler indefinitely",
              "Use `exec.CommandContext` with `r.Context()` and a timeout.", symbol="Server.handleWeighTicket", conf=0.6),
            F("FOREMAN-FAILS-OPEN", "high", "security", "`foremanOnly` accepts everyone when `FOREMAN_KEY` is empty",
              "Refuse to start without the key (or reject when it is empty), and compare in constant time like `officeOnly`.",
              symbol="Server.foremanOnly", conf=0.9),
            F("KEY-IN-QUERY", "medium", "security", "Foreman key travels in the URL",
              "Move it to a header; `?key=` ends up in proxy logs and the tablet's history.",
              symbol="Server.foremanOnly", conf=0.75),
            F("TIMESHEET-NO-AUTH", "high", "security", "Timesheets are public",
              "`GET /pickers/{picker}/timesheet` is registered without a middleware; wrap it in `officeOnly` (or a picker token).",
              symbol="Server.handleTimesheet", conf=0.85),
        ]),
        "Tally, summaries and pay:",
        Block([
            F("TALLY-RACE", "critical", "bug", "Crate tally maps written without `s.mu`",
              "Hold `s.mu` from the `seen` check through the tally update; today two requests can double-count a tag or crash the process with concurrent map writes.",
              symbol="Server.handleCrate", conf=0.9),
            F("LEADERBOARD-RACE", "high", "bug", "Leaderboard iterates `s.tally` without the lock",
              "Copy the map under `s.mu` before building the board.", symbol="Server.handleLeaderboard", conf=0.85),
            F("CRATES-NEGATIVE", "medium", "bug", "Crate count has no lower bound",
              "Reject `n < 1`; `crates=-3` is accepted and lowers a picker's tally.", symbol="Server.handleCrate", conf=0.85),
            F("CRATE-INSERT-IGNORED", "medium", "bug", "Crate insert error is ignored",
              "Check the `Exec` error and only count the crate once it is stored; otherwise tally and summary disagree.",
              symbol="Server.handleCrate", conf=0.8),
            F("SUMMARY-RACE", "high", "bug", "`s.summary` is an unsynchronized map",
              "Guard it with a mutex (or `sync.Map`); concurrent requests for the same day read and write it at once.",
              symbol="Server.handleDaySummary", conf=0.85),
            F("SUMMARY-STALE", "medium", "bug", "Day summaries never expire",
              "Do not cache the current day, or expire entries after a minute; the office sees the first view's numbers all day.",
              symbol="Server.handleDaySummary", conf=0.8),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`buildSummary` leaks `rows`",
              "`defer rows.Close()` after the error check.", symbol="Server.buildSummary", conf=0.85),
            F("SUMMARY-ERR-EMPTY", "medium", "bug", "Query errors become an empty summary",
              "Return the error; `{}` is cached as if the day had no crates.", symbol="Server.buildSummary", conf=0.75),
            F("CLOCKOUT-NIL", "high", "bug", "Clock-out panics for a picker who is not clocked in",
              "Check `sh == nil` and return 404.", symbol="Server.handleClockOut", conf=0.9),
            F("SHIFT-LOST-ON-DB-ERROR", "medium", "bug", "Shift is dropped before it is saved",
              "Delete the open shift only after the insert succeeds; on a database error the picker's hours vanish.",
              symbol="Server.handleClockOut", conf=0.7),
            F("ROWS-LEFT-SKIPS-LAST", "medium", "bug", "Rows-left never lists the last row",
              "`row <= total`; rows are numbered from 1 (see `handleRowDone`).", symbol="Server.handleRowsLeft", conf=0.85),
            F("WEEK-EIGHT-DAYS", "medium", "bug", "Timesheet window is eight days long",
              "`week.AddDate(0, 0, weekDays)`; with `< end` the `+1` pulls in the next Monday.",
              symbol="Server.handleTimesheet", conf=0.85),
            F("PAY-TRUNCATES", "medium", "bug", "Pay truncates partial hours",
              "Compute in minutes, or round `hours * hourlyCents` instead of truncating `hours` first.",
              symbol="Server.handleTimesheet", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("BLOCK-SQLI", "high", "security", "handleBlockReport: block from query string spliced into SQL", "bind param", d=-2),
            F("TICKET-SHELL", "high", "security", "sh -c with grower/kg from the form", "exec without shell", d=-3),
            F("FOREMAN-FAILS-OPEN", "high", "security", "foremanOnly passes empty key when FOREMAN_KEY unset", "require key", d=-3),
            F("TIMESHEET-NO-AUTH", "medium", "security", "handleTimesheet has no auth middleware", "officeOnly", d=-3),
            F("TALLY-RACE", "high", "bug", "seen check/set not atomic; tag can be counted twice", "lock s.mu", d=-1),
            F("LEADERBOARD-RACE", "medium", "bug", "handleLeaderboard reads s.tally unlocked", "lock + copy", d=-1),
            F("SUMMARY-RACE", "medium", "bug", "s.summary written without lock", "mutex", d=+1),
            F("CRATE-PICKER-UNCHECKED", "low", "bug", "picker not checked against open shifts", "require open shift"),
            F("CRATES-NEGATIVE", "medium", "bug", "negative crates accepted", "n >= 1"),
            F("ROWS-NOT-CLOSED", "medium", "bug", "buildSummary: rows never closed", "defer rows.Close()"),
            F("CLOCKOUT-NIL", "medium", "bug", "nil deref when no open shift", "check ok"),
            F("ROWS-LEFT-SKIPS-LAST", "low", "bug", "rows-left loop excludes row == total", "<="),
            F("WEEK-PARSE-IGNORED", "low", "bug", "week parse error discarded", "400 on bad week"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the vineyard harvest service in `main.go`. Here is a summary of what I found.

        **Architecture**

        A single `Server` struct holds both the database handle and a good deal of in-memory state (open shifts,
        the crate tally, scanned tags, picked rows, cached summaries), shared by all handlers. Some handlers lock
        `s.mu`, others do not, which is where most of the reliability problems come from.

        **Security**
        """,
        Block([
            F("BLOCK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Block Report",
              "Use a placeholder for `block`.", d=-1, sd=-3, n=3,
              desc="The `block` parameter is inserted into the query with `fmt.Sprintf`."),
            F("REPORT-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("TICKET-SHELL", "CRITICAL", "Command Injection", "Command Injection in Weighbridge Ticket",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("FOREMAN-FAILS-OPEN", "HIGH", "Broken Authentication", "Foreman Authentication Bypass With Empty Key",
              "Reject requests when the configured key is empty.", sd=-2, n=3),
            F("KEY-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Foreman Key Passed in URL",
              "Use an Authorization header.", sd=-1, n=3),
            F("TIMESHEET-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Timesheet Access",
              "Protect the route with `officeOnly`.", sd=-2, n=3),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Logic**
        """,
        Block([
            F("TALLY-RACE", "HIGH", "Race Condition", "Data Race on Crate Totals",
              "Protect the counters with `s.mu`.", d=+1, sd=-1, n=3,
              desc="`s.total` and `s.tally` are modified from concurrent requests without synchronization."),
            F("LEADERBOARD-RACE", "HIGH", "Concurrency", "Concurrent Map Iteration in Leaderboard",
              "Take the lock while copying the tally.", sd=-1, n=3),
            F("SUMMARY-RACE", "MEDIUM", "Caching", "Unsynchronized Summary Cache Causes Duplicate Work",
              "Use a mutex or `singleflight` for the summary cache.", d=-2, sd=-2, n=3),
            F("SUMMARY-ERR-EMPTY", "MEDIUM", "Error Handling", "Summary Query Errors Are Swallowed",
              "Propagate the error to the caller.", sd=-2, n=3),
            F("CRATE-INSERT-IGNORED", "MEDIUM", "Error Handling", "Ignored Error When Storing Crates",
              "Check the error returned by `Exec`.", sd=-2, n=3),
            F("CRATES-NEGATIVE", "MEDIUM", "Input Validation", "Negative Crate Counts Accepted",
              "Validate that the count is positive.", sd=-2, n=3),
            F("CLOCKOUT-NIL", "HIGH", "Error Handling", "Nil Pointer Dereference on Clock-Out",
              "Check whether the picker has an open shift.", sd=-2, n=3),
            F("ROWS-LEFT-SKIPS-LAST", "LOW", "Logic Error", "Last Row Omitted From Remaining Rows",
              "Use `<=` in the loop condition.", d=+1, sd=-1, n=3),
            F("WEEK-EIGHT-DAYS", "MEDIUM", "Logic Error", "Timesheet Week Includes an Extra Day",
              "Add `weekDays` days, not `weekDays+1`.", sd=-1, n=3),
            U({"severity": "LOW", "category": "Best Practices", "suggestion": "Add structured logging and request IDs."}),
            F("TICKET-NO-TIMEOUT", "LOW", "Availability", "Ticket Printing Has No Timeout",
              "Use `exec.CommandContext` with a deadline.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("BLOCK-SQLI", "high", "security", "sql injection in block report", "use $2 placeholder", d=-1),
            F("TICKET-SHELL", "high", "security", "shell injection in ticket printing", "no sh -c"),
            F("TIMESHEET-NO-AUTH", "medium", "security", "timesheet endpoint has no auth", "wrap in officeOnly"),
            F("TALLY-RACE", "high", "", "crate tally not locked", "s.mu.Lock()"),
            F("CRATES-NEGATIVE", "medium", "bug", "negative crate count allowed", "check n > 0"),
            F("CLOCKOUT-NIL", "medium", "bug", "panic on clock-out without clock-in", "nil check"),
            F("SUMMARY-STALE", "low", "bug", "summary cached forever", "expire cache"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report: grapecrates

        ## Summary
        1. **Security**: SQL and shell injection, weak foreman authentication, public timesheets.
        2. **Concurrency**: shared maps used without the mutex.
        3. **Correctness**: pagination of rows and weeks, pay rounding, nil shifts.
        4. **Reliability**: leaked rows, swallowed errors, no server timeouts.
        """,
        Block([
            F("BLOCK-SQLI", "blocker", "security", "SQL injection in block report query",
              "Use parameterized queries.", conf=0.9),
            F("TICKET-SHELL", "blocker", "security", "Command injection via grower name",
              "Do not use sh -c.", d=-1, conf=0.9),
            F("FOREMAN-FAILS-OPEN", "major", "security", "Foreman key check passes when key not configured",
              "Fail closed.", conf=0.8),
            F("KEY-IN-QUERY", "minor", "security", "Credential in query parameter",
              "Use a header.", conf=0.6),
            F("TIMESHEET-NO-AUTH", "major", "security", "Missing authentication on timesheet endpoint",
              "Add the office middleware.", conf=0.8),
            F("REPORT-ERR-LEAK", "minor", "security", "Internal error message returned to client",
              "Return a generic error.", conf=0.6),
            F("NO-SERVER-TIMEOUTS", "minor", "security", "Server has no timeouts configured",
              "Configure http.Server timeouts.", conf=0.6),
            F("TALLY-RACE", "blocker", "concurrency", "Concurrent map writes in crate handler",
              "Lock s.mu around the tally update.", conf=0.9),
            F("LEADERBOARD-RACE", "major", "concurrency", "Unsynchronized read of tally map",
              "Lock before reading.", d=+1, conf=0.8),
            F("SUMMARY-RACE", "major", "performance", "Summary recomputed by concurrent requests on cache miss",
              "Use a lock or singleflight.", conf=0.7),
            F("SUMMARY-STALE", "minor", "correctness", "Summary cache has no invalidation",
              "Invalidate when crates are scanned.", conf=0.7),
            F("CRATE-PICKER-UNCHECKED", "minor", "correctness", "Crates credited to pickers who are not clocked in",
              "Check open shifts.", conf=0.6),
            F("CRATE-INSERT-IGNORED", "major", "reliability", "Database insert error ignored for crates",
              "Handle the error.", conf=0.75),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in buildSummary",
              "defer rows.Close().", conf=0.85),
            F("CLOCKOUT-NIL", "major", "correctness", "Nil shift dereferenced on clock-out",
              "Check the map lookup.", d=-2, conf=0.8),
            F("ROWS-LEFT-SKIPS-LAST", "minor", "correctness", "Off-by-one in remaining rows loop",
              "Use row <= total.", conf=0.8),
            F("WEEK-EIGHT-DAYS", "major", "correctness", "Timesheet query covers eight days",
              "Use weekDays without + 1.", d=+1, conf=0.75),
            F("PAY-TRUNCATES", "minor", "correctness", "Partial hours not paid",
              "Round instead of truncating.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 8 major, 7 minor"),
    ]),
}

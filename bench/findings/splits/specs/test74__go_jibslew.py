"""test74/go-jibslew: a harbour's quay-crane lift request sheet (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test74: seeded problems in a harbour crane lift request sheet; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "FOREMAN-FAIL-OPEN": P(M, 'if want != "" && got != want {', "security", "FOREMAN_TOKEN unset: foremanOnly lets every request through"),
    "FOREMAN-TIMING": P(M, 'if want != "" && got != want {', "security", "foreman token compared with != (not constant time)"),
    "RADIUS-NEGATIVE": P(M, "idx := int(radius / 5)", "bug", "negative radius gives a negative index: chart[idx] panics"),
    "CHART-OBO": P(M, "if idx > len(chart) {", "bug", "> instead of >=: a radius in the band just past the chart indexes chart[len] and panics", "off-by-one"),
    "LIFT-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&req); err != nil {", "security", "request body decoded without MaxBytesReader: unbounded body", "signature-vs-statement"),
    "OVERLOAD-TOLERANCE": P(M, "if req.Tonnes > swl*1.1 {", "bug", "lifts up to 10% over the safe working load are accepted"),
    "SLOT-ROUNDING": P(M, "slots := req.Minutes / 15", "bug", "integer division rounds the booked window down: a 50-minute lift books 45 and the next lift overlaps it", "off-by-one"),
    "SHIFT-HOUR-OBO": P(M, "if hour := req.Start.Hour(); hour < 6 || hour > 22 {", "bug", "hour > 22 lets lifts start at 22:xx (and the end time is never checked against 22:00)", "off-by-one"),
    "SLOT-DOUBLE-BOOK": P(M, 'http.Error(w, "crane already booked for that window", http.StatusConflict)', "bug", "overlaps and book take the lock separately: two requests both see the window free and book it", "critical-section"),
    "STATS-RACE": P(M, "s.stats.Tonnes += req.Tonnes", "bug", "stats updated from handler goroutines without s.mu (data race, lost counts)", "critical-section"),
    "WIND-HOLD-RACE": P(M, "s.windHold = true", "bug", "windHold written here and read in handleRequestLift without the lock (data race)", "critical-section"),
    "WIND-CLEARS-HOLD": P(M, "} else if gust < 12 {", "bug", "one reading under 12 m/s lifts the wind hold at once (no stand-down period)"),
    "WIND-NO-AUTH": P(M, 'mux.HandleFunc("POST /wind", s.handleWind)', "security", "the wind endpoint has no auth: anyone can suspend or resume lifting"),
    "LIST-SQLI": P(M, "WHERE crane = '%s' AND status = $1 ORDER BY start_at\", crane)", "security", "crane query value formatted into the SQL: injection", "source-vs-sink"),
    "LIST-ROWS-LEAK": P(M, "rows, err := s.db.QueryContext(r.Context(), q, status)", "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "LIST-ERR-LEAK": P(M, 'http.Error(w, "query failed: "+err.Error(), http.StatusInternalServerError)', "security", "database error text returned to the client"),
    "CANCEL-NO-OWNER": P(M, "\"UPDATE lifts SET status = 'cancelled' WHERE id = $1\", id)", "security", "any foreman can cancel any lift: the request's foreman is not checked", "signature-vs-statement"),
    "CANCEL-SLOT-KEPT": P(M, "\"UPDATE lifts SET status = 'cancelled' WHERE id = $1\", id)", "bug", "cancelling leaves the window in s.slots: the crane stays blocked"),
    "RADIO-CMD": P(M, 'cmd := exec.Command("sh", "-c", "radio-page --channel "+channel+" \'"+msg+"\'")', "security", "channel and message form values run through sh -c: command injection", "source-vs-sink"),
    "RADIO-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug", "radio-page run without a context or timeout: a hung pager hangs the request"),
    "PLAN-TRAVERSAL": P(M, "http.ServeFile(w, r, p)", "security", "plan query value joined to planDir and served: path traversal", "source-vs-sink"),
    "NOTIFY-NO-TIMEOUT": P(M, "client:  &http.Client{},", "performance", "http.Client without a timeout: notify goroutines pile up when the desk hook hangs"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8086", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("FOREMAN-FAIL-OPEN", "FOREMAN-TIMING"),
    ("RADIUS-NEGATIVE", "CHART-OBO"),
    ("SLOT-ROUNDING", "SHIFT-HOUR-OBO"),
    ("WIND-HOLD-RACE", "WIND-CLEARS-HOLD"),
    ("LIST-SQLI", "LIST-ERR-LEAK"),
    ("LIST-SQLI", "LIST-ROWS-LEAK"),
    ("LIST-ROWS-LEAK", "LIST-ERR-LEAK"),
    ("CANCEL-NO-OWNER", "CANCEL-SLOT-KEPT"),
    ("RADIO-CMD", "RADIO-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `jibslew` is one `main.go`: two token middlewares, the lift request handler with the load-chart check,
        a list, cancel, the anemometer hook, the radio pager and lift-plan downloads.

        | Priority | Area | Findings |
        |---|---|---|
        | P0 | injection / file access | `GET /lifts` SQL, `POST /radio` shell, `GET /plans` path |
        | P0 | safety logic | load chart bounds, overload tolerance, wind hold |
        | P1 | auth | `foremanOnly` fails open, `/wind` unauthenticated, cancel without ownership |
        | P2 | concurrency / resources | booking race, stats race, rows leak, timeouts |

        Correct as written: `masterOnly` fails closed with `subtle.ConstantTimeCompare`, `overlaps` and `book`
        each hold `s.mu`, `handleStats` copies under the lock, the insert uses bound parameters and logs its
        error instead of returning it, `notify` closes the response body.
        """,
        Block([
            F("LIST-SQLI", "critical", "security", "SQL injection through `crane` in `GET /lifts`",
              "Bind it like `status`: `WHERE crane = $1 AND status = $2`.", symbol="Server.handleList", conf=0.95),
            F("LIST-ERR-LEAK", "medium", "security", "Database errors are echoed to the caller",
              "Log `err` and return a generic message.", symbol="Server.handleList", conf=0.75),
            F("LIST-ROWS-LEAK", "medium", "bug", "`rows` is never closed in `handleList`",
              "Add `defer rows.Close()` after the error check and check `rows.Err()` after the loop.",
              symbol="Server.handleList", conf=0.85),
            F("RADIO-CMD", "critical", "security", "Shell injection in the radio pager",
              "Call `exec.CommandContext(ctx, \"radio-page\", \"--channel\", channel, msg)` without `sh -c` and validate `channel`.",
              symbol="Server.handleRadio", conf=0.9),
            F("PLAN-TRAVERSAL", "high", "security", "`GET /plans` serves files outside `planDir`",
              "Reject names with path separators or `..`, or use `http.FileServer(http.Dir(planDir))`; `ServeFile` only guards `r.URL.Path`.",
              d=-1, sd=-1, n=2, symbol="Server.handlePlan", conf=0.85),
            F("FOREMAN-FAIL-OPEN", "high", "security", "`foremanOnly` allows everything when `FOREMAN_TOKEN` is empty",
              "Fail closed and compare with `subtle.ConstantTimeCompare`, as `masterOnly` does.",
              symbol="Server.foremanOnly", conf=0.9),
            F("WIND-NO-AUTH", "high", "security", "`POST /wind` has no authentication",
              "Wrap it in an anemometer token check; anyone on the network can suspend lifting or clear a wind hold.", conf=0.8),
            F("LIFT-BODY-UNBOUNDED", "low", "security", "Lift request body is read without a size limit",
              "Wrap the body in `http.MaxBytesReader(w, r.Body, 64<<10)` and call `DisallowUnknownFields`.",
              symbol="Server.handleRequestLift", conf=0.6),
            F("CANCEL-NO-OWNER", "medium", "security", "Any foreman can cancel any lift",
              "Add `AND foreman = $2` with the authenticated foreman (the token should identify one).",
              symbol="Server.handleCancel", conf=0.7),
        ]),
        "Logic and concurrency:",
        Block([
            F("CHART-OBO", "high", "bug", "Load-chart bounds check is off by one and panics",
              "Use `idx >= len(chart)`; a QC2 lift at 30-35 m indexes `chart[6]` on a six-entry slice.",
              symbol="safeLoad", conf=0.9),
            F("RADIUS-NEGATIVE", "medium", "bug", "Negative radius panics in `safeLoad`",
              "Reject `radius < 0` (and a zero or negative `tonnes`) before indexing.", symbol="safeLoad", conf=0.75),
            F("OVERLOAD-TOLERANCE", "high", "bug", "Lifts 10% over the safe working load are accepted",
              "Compare against `swl` itself; any margin belongs in the chart, not in the check.",
              symbol="Server.handleRequestLift", conf=0.8),
            F("SLOT-ROUNDING", "medium", "bug", "Booked window is rounded down to 15 minutes",
              "Round up: `(req.Minutes + 14) / 15`.", symbol="Server.handleRequestLift", conf=0.8),
            F("SHIFT-HOUR-OBO", "medium", "bug", "Lifts can start after 22:00",
              "Use `hour >= 22` and also check that `end` is no later than 22:00.", symbol="Server.handleRequestLift", conf=0.75),
            F("SLOT-DOUBLE-BOOK", "high", "bug", "Crane booking is check-then-act across two lock sections",
              "Do the overlap check and the append in one method under one `s.mu.Lock()` and return whether it booked.",
              d=-1, sd=-1, n=3, symbol="Server.handleRequestLift", conf=0.8),
            F("STATS-RACE", "medium", "bug", "`s.stats` is updated without `s.mu`",
              "Take `s.mu` around the three updates; `handleStats` already reads under it.", d=-1, sd=-1, n=3,
              symbol="Server.handleRequestLift", conf=0.8),
            F("WIND-HOLD-RACE", "medium", "bug", "`windHold` is read and written without synchronisation",
              "Use an `atomic.Bool` or take `s.mu`.", symbol="Server.handleWind", conf=0.75),
            F("CANCEL-SLOT-KEPT", "medium", "bug", "Cancelled lifts keep their crane window",
              "Remove the slot from `s.slots` (under `s.mu`) when the update succeeds.", symbol="Server.handleCancel", conf=0.7),
            F("NOTIFY-NO-TIMEOUT", "low", "performance", "Desk hook client has no timeout",
              "`&http.Client{Timeout: 10 * time.Second}`.", symbol="main", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LIST-SQLI", "critical", "security", "SQL injection: crane formatted into query", "placeholders", d=-2),
            F("RADIO-CMD", "critical", "security", "sh -c with form values in handleRadio", "exec without shell", d=-2),
            F("PLAN-TRAVERSAL", "high", "security", "Traversal via ?plan=", "validate name", d=-2),
            F("FOREMAN-FAIL-OPEN", "high", "security", "foremanOnly fails open on empty token", "fail closed"),
            F("LIFT-BODY-UNBOUNDED", "medium", "security", "handleRequestLift decodes an unbounded body", "http.MaxBytesReader", d=-2),
            F("CANCEL-NO-OWNER", "medium", "security", "handleCancel has no ownership check", "scope to foreman", d=-2),
            F("CHART-OBO", "high", "bug", "safeLoad index out of range at idx == len(chart)", ">=", d=3),
            F("SLOT-DOUBLE-BOOK", "high", "bug", "TOCTOU between overlaps() and book()", "single locked method", d=3),
            F("STATS-RACE", "medium", "bug", "Data race on s.stats", "lock", d=-1),
            F("WIND-HOLD-RACE", "medium", "bug", "Data race on s.windHold", "atomic.Bool", d=-1),
            F("LIST-ROWS-LEAK", "medium", "bug", "rows not closed", "defer rows.Close()"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `jibslew` service, which manages lift requests for the harbour's quay
        cranes. Given that this software gates physical crane operations, I paid particular attention to the
        safety checks as well as to the usual security concerns.

        **Security**
        """,
        Block([
            F("LIST-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Lift Listing",
              "Use query parameters for `crane`.", d=0, sd=-2, n=3,
              desc="The `crane` query parameter is formatted into the SQL string with `fmt.Sprintf`."),
            F("RADIO-CMD", "CRITICAL", "Command Injection", "Command Injection in Radio Paging",
              "Avoid `sh -c`; pass arguments directly.", d=0, sd=-2, n=3),
            F("PLAN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Lift Plan Download",
              "Sanitize the `plan` parameter.", d=0, sd=-2, n=3),
            F("FOREMAN-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Token Comparison",
              "Use `subtle.ConstantTimeCompare`.", d=0, sd=-2, n=3),
            F("LIST-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Details Returned to Client",
              "Return a generic error message.", d=0, sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", d=0, sd=-2, n=3),
            F("WIND-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Wind Hold Endpoint",
              "Require authentication for `/wind`.", d=0, sd=-2, n=3),
        ], wrap="list"),
        """
        **Safety and Reliability**
        """,
        Block([
            F("OVERLOAD-TOLERANCE", "HIGH", "Logic Error", "Overload Tolerance Allows Lifts Above Safe Working Load",
              "Do not allow any load above the chart value.", d=0, sd=-2, n=3,
              desc="The check `req.Tonnes > swl*1.1` accepts loads up to 110% of the safe working load."),
            F("RADIUS-NEGATIVE", "MEDIUM", "Input Validation", "Negative Radius Causes Panic",
              "Validate the radius.", d=0, sd=-2, n=3),
            F("CHART-OBO", "HIGH", "Logic Error", "Out-of-Bounds Access in Load Chart Lookup",
              "Use `>=` in the bounds check.", d=0, sd=-2, n=3),
            F("SHIFT-HOUR-OBO", "MEDIUM", "Logic Error", "Lifting Hours Check Allows Late Starts",
              "Use `hour >= 22`.", d=1, sd=-1, n=3),
            F("WIND-HOLD-RACE", "MEDIUM", "Race Condition", "Race Condition on Wind Hold Flag",
              "Protect `windHold` with the mutex.", d=-1, sd=-3, n=3),
            F("WIND-CLEARS-HOLD", "HIGH", "Logic Error", "Wind Hold Cleared by a Single Low Reading",
              "Require a sustained period below the threshold before resuming.", d=0, sd=-2, n=3),
            F("STATS-RACE", "LOW", "Race Condition", "Unsynchronized Statistics Updates",
              "Lock the mutex when updating statistics.", d=2, sd=0, n=3),
            F("RADIO-NO-TIMEOUT", "LOW", "Availability", "Radio Command Without Timeout",
              "Use `exec.CommandContext` with a timeout.", d=0, sd=-2, n=3),
            U({"severity": "INFO", "category": "Testing", "description": "There are no unit tests for the load chart."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("LIST-SQLI", "high", "security", "sql injection in handleList", "use $n", d=1),
            F("RADIO-CMD", "high", "security", "command injection via sh -c", "no shell"),
            F("CHART-OBO", "high", "", "load chart index can go out of range", "idx >= len(chart)"),
            F("SLOT-DOUBLE-BOOK", "medium", "bug", "double booking race overlaps/book", "one lock", d=-1),
            F("CANCEL-SLOT-KEPT", "low", "bug", "cancel does not free the crane slot", "delete from s.slots"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in lift listing, shell in radio paging, path traversal for lift plans (blocker).
        2. Authentication: foreman token fails open; wind endpoint is public.
        3. Safety logic: load chart bounds and overload tolerance; lifting hours; booked window.
        4. Concurrency: booking, stats and wind hold are racy.
        5. Reliability: timeouts, leaked rows.
        """,
        Block([
            F("LIST-SQLI", "blocker", "security", "SQL injection in lift list query", "Use placeholders.", conf=0.9),
            F("RADIO-CMD", "blocker", "security", "Shell command injection in radio paging", "Do not use sh -c.", d=-1, conf=0.9),
            F("PLAN-TRAVERSAL", "major", "security", "Path traversal in plan download", "Validate the file name.", d=-1, conf=0.85),
            F("FOREMAN-FAIL-OPEN", "major", "security", "Foreman authentication bypass when token unset",
              "Require a configured token.", conf=0.85),
            F("WIND-NO-AUTH", "major", "security", "Wind endpoint without authentication", "Add auth.", conf=0.75),
            F("CHART-OBO", "major", "correctness", "Off-by-one in load chart bounds check",
              "Use >= len(chart).", anchor="idx := int(radius / 5)", conf=0.85),
            F("OVERLOAD-TOLERANCE", "major", "correctness", "Overload of up to 10% accepted", "Remove the tolerance.", conf=0.75),
            F("SLOT-ROUNDING", "minor", "correctness", "Lift duration truncated to 15-minute slots",
              "Round up the number of slots.", d=1, conf=0.65),
            F("SLOT-DOUBLE-BOOK", "major", "concurrency", "Race condition between overlap check and booking",
              "Make check and book atomic.", d=-1, conf=0.75),
            F("STATS-RACE", "minor", "concurrency", "Stats counters updated without lock", "Use mutex.", conf=0.7),
            F("WIND-HOLD-RACE", "major", "concurrency", "Wind hold flag accessed concurrently without synchronization",
              "Use atomic or mutex.", conf=0.7),
            F("LIST-ROWS-LEAK", "minor", "resource-leak", "Rows not closed in list handler", "defer rows.Close().", conf=0.8),
            F("NOTIFY-NO-TIMEOUT", "minor", "performance", "HTTP client without timeout", "Set a timeout.", conf=0.65),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 7 major, 4 minor"),
    ]),
}

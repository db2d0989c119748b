"""test97/go-felloeshop: a wheelwright's wheel repairs, job cards and timber seasoning stacks (Go, net/http + pgx).

Frozen test split test97 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test97: seeded problems in a small wheelwright's workshop and timber-yard service; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "SMITH-TOKEN-FAIL-OPEN": P(M, 'if r.Header.Get("X-Smith-Token") != s.smithKey {', "security",
                               "SMITH_TOKEN unset: an empty smithKey equals a missing header, every smith route is open",
                               "signature-vs-statement"),
    "REPAIR-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {", "security",
                               "create decodes r.Body without MaxBytesReader (every other handler caps it)",
                               "signature-vs-statement"),
    "REPAIR-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                           "database error text returned to the client"),
    "REPAIRS-STATUS-SQLI": P(M, "q += fmt.Sprintf(\" WHERE status = '%s'\", status)", "security",
                             "status query value formatted into the repairs SQL", "source-vs-sink"),
    "REPAIRS-QUERY-ERR-IGNORED": P(M, 'rows, _ := s.db.Query(q + " ORDER BY created DESC")', "bug",
                                   "Query error discarded: rows is nil and rows.Next() panics on any SQL error"),
    "REPAIRS-ROWS-NOT-CLOSED": P(M, 'rows, _ := s.db.Query(q + " ORDER BY created DESC")', "bug",
                                 "rows never closed (and the scan-error return leaks the connection)"),
    "REPAIRS-PAGE-BOUNDS": P(M, "writeJSON(w, out[start:end])", "bug",
                             "page missing or 0 gives start -20, a page past the end start > end: slice panics",
                             "off-by-one"),
    "INSPECT-DECODE-IGNORED": P(M, "json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req)", "bug",
                                "decode error ignored: a malformed body records an inspection with no broken spokes"),
    "SPOKE-INDEX-OFF-BY-ONE": P(M, "if n >= 0 && n <= spokes {", "bug",
                                "spokes are numbered 1..N on the hub: n == spokes indexes past marks (panic), spoke k marks k+1",
                                "off-by-one"),
    "QUOTE-SAVE-IGNORED": P(M, "s.db.Exec(\"UPDATE repairs SET status = 'inspected'", "bug",
                            "Exec error ignored: the customer is shown a quote that was never saved"),
    "CARDTEXT-SCAN-IGNORED": P(M, "Scan(&rep.Customer, &rep.WheelType, &rep.Spokes, &rep.Notes)", "bug",
                               "Scan error ignored: an unknown job prints a blank card", "signature-vs-statement"),
    "CARD-WRITE-IGNORED": P(M, "os.WriteFile(file, s.cardText(id), 0o644)", "bug",
                            "WriteFile error ignored: lp prints an old card or fails on a missing file"),
    "CARD-SHELL-INJECTION": P(M, 'exec.Command("sh", "-c", "lp -d "+printer+" "+file)', "security",
                              "printer query value in an sh -c command line", "source-vs-sink"),
    "CARD-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", "lp -d "+printer+" "+file)', "bug",
                         "lp run without a context or timeout: a stuck printer queue holds the request forever"),
    "READINGS-MAP-RACE": P(M, "s.readings[id] = append(s.readings[id], body.Moisture)", "bug",
                           "readings map appended after s.mu is released while handleStack reads it under the lock",
                           "critical-section"),
    "READINGS-LAST-BOUNDS": P(M, "recent := rs[len(rs)-n:]", "bug",
                              "last larger than the number of readings (or negative) slices out of range: panic",
                              "off-by-one"),
    "MOISTURE-AVG-NAN": P(M, "avg := mean(recent)", "bug",
                          "no readings (or last missing) gives mean of nothing = NaN: json encoding fails, empty 200"),
    "PLANKS-COUNT-UNCHECKED": P(M, 'n, _ := strconv.Atoi(r.URL.Query().Get("n"))', "bug",
                                "n not validated: a negative n adds planks to the stack, a bad n takes 0"),
    "PLANKS-CHECK-THEN-TAKE": P(M, "if !ok || st.Planks < n {", "bug",
                                "plank count checked outside the lock and decremented in a second critical section: two takes overdraw",
                                "critical-section"),
    "PLANKS-UNSEASONED": P(M, "if !ok || st.Planks < n {", "bug",
                           "take never checks st.Ready: green timber is issued to jobs"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("REPAIRS-STATUS-SQLI", "REPAIRS-QUERY-ERR-IGNORED"),
    ("REPAIRS-QUERY-ERR-IGNORED", "REPAIRS-ROWS-NOT-CLOSED"),
    ("REPAIRS-STATUS-SQLI", "REPAIRS-ROWS-NOT-CLOSED"),
    ("INSPECT-DECODE-IGNORED", "SPOKE-INDEX-OFF-BY-ONE"),
    ("CARD-WRITE-IGNORED", "CARD-SHELL-INJECTION"),
    ("CARD-SHELL-INJECTION", "CARD-NO-TIMEOUT"),
    ("CARD-WRITE-IGNORED", "CARD-NO-TIMEOUT"),
    ("READINGS-LAST-BOUNDS", "MOISTURE-AVG-NAN"),
    ("PLANKS-COUNT-UNCHECKED", "PLANKS-CHECK-THEN-TAKE"),
    ("PLANKS-COUNT-UNCHECKED", "PLANKS-UNSEASONED"),
    ("PLANKS-CHECK-THEN-TAKE", "PLANKS-UNSEASONED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` (the whole service) and `go.mod`. It is a small `net/http` service with Go 1.22 route
        patterns: repair jobs for the smiths, spoke inspections with a quote, job cards printed through `lp`,
        and the timber yard's seasoning stacks kept in memory.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 8 |
        | low | 3 |

        The two critical ones are injections: `status` into SQL and `printer` into `sh -c`. Most of the rest
        are unchecked errors and unchecked indexes that turn into panics or silent data loss, plus two locking
        mistakes in the yard handlers.

        What is already right: `yardOnly` fails closed with `subtle.ConstantTimeCompare`; `handleCreateRepair`
        validates the spoke count; `handleAddStack` holds `s.mu` for the whole insert; `handleCard` parses the
        id as an integer before building the file name; `Stack.Ready` implements the year-per-inch rule
        correctly; every handler but create caps the body with `MaxBytesReader`.
        """,
        Block([
            F("SMITH-TOKEN-FAIL-OPEN", "high", "security", "`smithOnly` is open when `SMITH_TOKEN` is not set",
              "An unset variable makes `s.smithKey` empty, which equals a missing header. Refuse to start without it and compare with `subtle.ConstantTimeCompare`, as `yardOnly` does.",
              d=-2, symbol="Server.smithOnly", conf=0.9),
            F("REPAIR-BODY-UNBOUNDED", "low", "security", "Repair creation reads an unbounded body",
              "Wrap `r.Body` in `http.MaxBytesReader` like the other handlers.", symbol="Server.handleCreateRepair", conf=0.7),
            F("REPAIRS-STATUS-SQLI", "critical", "security", "SQL injection through `status` in `GET /repairs`",
              "Use `WHERE status = $1` with the value as an argument.", symbol="Server.handleListRepairs", conf=0.95),
            F("REPAIRS-QUERY-ERR-IGNORED", "high", "bug", "`db.Query` error is discarded",
              "On an error `rows` is nil and `rows.Next()` panics; check `err` and return 500.",
              symbol="Server.handleListRepairs", conf=0.85),
            F("REPAIRS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` right after the error check; the early return on a scan error leaks the connection.",
              symbol="Server.handleListRepairs", conf=0.85),
            F("REPAIRS-PAGE-BOUNDS", "high", "bug", "Paging panics without `page` or past the last page",
              "Default `page` to 1, reject `page < 1`, and clamp `start` to `len(out)`; today a plain `GET /repairs` computes `start = -20`.",
              symbol="Server.handleListRepairs", conf=0.9),
            F("SPOKE-INDEX-OFF-BY-ONE", "high", "bug", "Spoke numbers are treated as 0-based",
              "Spokes are numbered from 1 on the hub: accept `1 <= n && n <= spokes` and mark `marks[n-1]`; `n == spokes` panics now.",
              symbol="Server.handleInspect", conf=0.85),
            F("QUOTE-SAVE-IGNORED", "medium", "bug", "Quote update error is ignored",
              "Check the `Exec` error before returning the quote.", symbol="Server.handleInspect", conf=0.7),
        ]),
        "Job cards and the timber yard:",
        Block([
            F("CARDTEXT-SCAN-IGNORED", "low", "bug", "`cardText` ignores the `Scan` error",
              "Return the error so an unknown job id is a 404, not a blank card.", d=-2, symbol="Server.cardText", conf=0.7),
            F("CARD-WRITE-IGNORED", "medium", "bug", "Job card write error is ignored",
              "Check `os.WriteFile`; otherwise `lp` prints whatever was there before.", symbol="Server.handleCard", conf=0.75),
            F("CARD-SHELL-INJECTION", "critical", "security", "Shell injection through `printer`",
              "Validate the printer name against the configured queues and run `exec.CommandContext(ctx, \"lp\", \"-d\", printer, file)` without a shell.",
              symbol="Server.handleCard", conf=0.95),
            F("CARD-NO-TIMEOUT", "low", "bug", "`lp` runs without a timeout",
              "Use `exec.CommandContext` with `r.Context()` and a deadline.", symbol="Server.handleCard", conf=0.6),
            F("READINGS-MAP-RACE", "high", "bug", "`s.readings` is written without the lock",
              "Keep `s.mu` held across the append (concurrent map writes are fatal, and `handleStack` reads the map under the lock).",
              symbol="Server.handleAddReading", conf=0.9),
            F("READINGS-LAST-BOUNDS", "medium", "bug", "`last` larger than the number of readings panics",
              "Clamp `n` to `[0, len(rs)]`.", symbol="Server.handleStack", conf=0.85),
            F("MOISTURE-AVG-NAN", "medium", "bug", "Average of no readings is NaN and cannot be encoded",
              "Return `null` (or omit the field) when `recent` is empty; `encoding/json` rejects NaN and the client gets an empty 200.",
              symbol="Server.handleStack", conf=0.75),
            F("PLANKS-COUNT-UNCHECKED", "medium", "bug", "Negative plank counts add timber",
              "Require `n >= 1`; `n=-5` passes the check and increases `Planks`.", symbol="Server.handleTakePlanks", conf=0.8),
            F("PLANKS-CHECK-THEN-TAKE", "high", "bug", "Plank check and decrement are in separate critical sections",
              "Hold `s.mu` from the lookup through the decrement (and the read for the response).",
              symbol="Server.handleTakePlanks", conf=0.85),
            F("PLANKS-UNSEASONED", "medium", "bug", "Planks are issued from stacks that are not seasoned",
              "Refuse when `!st.Ready(time.Now())`; `Ready` exists but is only reported, never enforced.",
              symbol="Server.handleTakePlanks", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("REPAIRS-STATUS-SQLI", "critical", "security", "SQL injection: status query param in fmt.Sprintf",
              "$1 placeholder.", d=-3),
            F("CARD-SHELL-INJECTION", "critical", "security", "Command injection via ?printer= (sh -c)",
              "exec lp directly with args.", d=-3),
            F("SMITH-TOKEN-FAIL-OPEN", "high", "security", "Empty SMITH_TOKEN accepts requests with no header",
              "Fail closed."),
            F("REPAIRS-QUERY-ERR-IGNORED", "high", "bug", "db.Query error dropped -> nil rows deref", "Handle err."),
            F("REPAIRS-PAGE-BOUNDS", "high", "bug", "Negative start when page is absent (slice out of range)",
              "Default page=1; clamp.", d=-2),
            F("SPOKE-INDEX-OFF-BY-ONE", "high", "bug", "marks[n] out of range for n == spokes",
              "n-1, 1-based check.", d=+1),
            F("CARDTEXT-SCAN-IGNORED", "low", "bug", "cardText: Scan error ignored", "Propagate error."),
            F("READINGS-MAP-RACE", "high", "bug", "Unsynchronized map write to s.readings",
              "Append under s.mu.", d=-2),
            F("READINGS-LAST-BOUNDS", "medium", "bug", "?last= unchecked before slicing rs", "Clamp n.", d=-1),
            F("PLANKS-CHECK-THEN-TAKE", "high", "bug", "TOCTOU on stack.Planks (lock dropped between check and decrement)",
              "Single critical section.", d=-2),
            F("REPAIR-ERROR-LEAK", "low", "security", "Internal DB error returned to client", "Log; generic 500."),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "ListenAndServe without timeouts", "http.Server{...Timeout}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `felloeshop` service, a Go web application that manages wheel repair jobs
        for a wheelwright's workshop and tracks the seasoning of timber stacks in the yard.

        ### Security Findings

        The most serious issues are two injection flaws and an authentication check that can be bypassed.
        """,
        Block([
            F("REPAIRS-STATUS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Repair Listing",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `status` parameter is formatted into the query with `fmt.Sprintf`."),
            F("CARD-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Job Card Printing",
              "Do not invoke a shell; pass `lp` its arguments directly.", sd=-2, n=3),
            F("SMITH-TOKEN-FAIL-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass with Empty Token",
              "Reject requests when no token is configured.", sd=-2, n=3),
            F("REPAIR-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Repair Creation",
              "Limit the body size.", d=-2, sd=-2, n=3),
            F("REPAIR-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure timeouts on an `http.Server`."),
        ]),
        """
        ### Reliability and Concurrency

        Several handlers panic on unexpected input, and the shared maps are not consistently protected by the
        mutex.
        """,
        Block([
            F("SPOKE-INDEX-OFF-BY-ONE", "HIGH", "Logic Error", "Index Out of Range When Marking Broken Spokes",
              "Use 1-based spoke numbers and subtract one.", d=+1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Documentation", "description": "Exported types such as Repair and Stack lack doc comments."}),
            F("CARD-NO-TIMEOUT", "MEDIUM", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext`."),
            F("READINGS-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Write in Moisture Readings",
              "Hold the mutex while appending.", sd=-2, n=3,
              desc="The lock is released before `s.readings` is modified, which can crash the process with a fatal concurrent map write."),
            F("PLANKS-CHECK-THEN-TAKE", "HIGH", "Race Condition", "Race Condition When Taking Planks",
              "Perform the check and the decrement under a single lock.", sd=-2, n=3),
        ]),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("REPAIRS-STATUS-SQLI", "error", "security", "sql injection in status filter", "use $1"),
            F("CARD-SHELL-INJECTION", "error", "security", "shell injection via printer", "no sh -c"),
            F("SMITH-TOKEN-FAIL-OPEN", "error", "security", "empty smith token = no auth", "require token"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("REPAIRS-QUERY-ERR-IGNORED", "warning", "bug", "query error ignored", "check err"),
            F("INSPECT-DECODE-IGNORED", "warning", "", "decode error ignored in inspect", "check err"),
            F("READINGS-LAST-BOUNDS", "warning", "bug", "last param can panic", "clamp"),
            F("PLANKS-COUNT-UNCHECKED", "warning", "bug", "negative n adds planks", "n >= 1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        Code Review

        Overview: felloeshop is a Go HTTP service for wheel repairs and timber stacks. 13 issues found.

        1. Injection: SQL in the repair list, shell in job card printing.
        2. Authentication: smith token check.
        3. Error handling: ignored errors, leaked database errors, NaN averages.
        4. Concurrency: readings map and plank counts.
        5. Bounds: paging and spoke indexes.
        """,
        Block([
            F("REPAIRS-STATUS-SQLI", "blocker", "security", "SQL injection in repair status filter",
              "Use query parameters.", conf=0.95),
            F("CARD-SHELL-INJECTION", "blocker", "security", "Command injection in job card printing",
              "Avoid the shell.", conf=0.9),
            F("SMITH-TOKEN-FAIL-OPEN", "major", "security", "Smith token check bypassed when unset",
              "Require configuration.", conf=0.8),
            F("REPAIR-BODY-UNBOUNDED", "minor", "security", "No request size limit on repair creation",
              "Use MaxBytesReader.", conf=0.6),
            F("REPAIR-ERROR-LEAK", "minor", "security", "Database error details exposed",
              "Hide internal errors.", conf=0.7),
            F("REPAIRS-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed",
              "defer rows.Close().", conf=0.8),
            F("REPAIRS-PAGE-BOUNDS", "major", "correctness", "Pagination can slice out of range",
              "Validate page.", d=-1, conf=0.8),
            F("SPOKE-INDEX-OFF-BY-ONE", "major", "correctness", "Off-by-one in spoke index check",
              "Use < instead of <=.", conf=0.8),
            F("CARD-WRITE-IGNORED", "minor", "reliability", "Job card write error ignored",
              "Check the error.", conf=0.6),
            F("READINGS-MAP-RACE", "major", "concurrency", "Data race on readings map",
              "Lock while appending.", d=-1, conf=0.85),
            F("MOISTURE-AVG-NAN", "minor", "correctness", "Division by zero in moisture average",
              "Handle empty readings.", d=-1, conf=0.6),
            F("PLANKS-CHECK-THEN-TAKE", "major", "concurrency", "Race between plank check and decrement",
              "Hold the lock throughout.", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "HTTP server without timeouts",
              "Set timeouts.", conf=0.7),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}

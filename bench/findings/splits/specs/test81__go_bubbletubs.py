"""test81/go-bubbletubs: a hot tub hire company's hire desk, deliveries and water checks (Go, net/http + database/sql).

Frozen test split test81, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the
format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test81: seeded problems in a hot tub hire company's service (tubs, "
    "hire periods, van deliveries, chemical checks); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DRIVER-KEY-FAILS-OPEN": P(M, 'if r.Header.Get("X-Driver-Key") != s.driverKey {', "security",
                               "DRIVER_KEY unset makes driverKey empty: a request without the header passes",
                               "signature-vs-statement"),
    "DRIVER-KEY-TIMING": P(M, 'if r.Header.Get("X-Driver-Key") != s.driverKey {', "security",
                           "driver key compared with != instead of subtle.ConstantTimeCompare"),
    "HIRE-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&h); err != nil || !h.End.After(h.Start) {",
                             "security", "public hire endpoint decodes a body of any size (no MaxBytesReader)"),
    "HIRE-DAYS-TRUNCATE": P(M, "days := int(h.End.Sub(h.Start).Hours()) / 24", "bug",
                            "priced per started day but days are truncated: a 47-hour hire is charged one day, a 5-hour hire nothing",
                            "off-by-one"),
    "HIRE-COUNT-ERR-IGNORED": P(M, "s.db.QueryRow(`SELECT COUNT(*) FROM hires WHERE tub_id = $1", "bug",
                                "Scan error of the clash count ignored: on a database error clash stays 0 and the hire goes through"),
    "HIRE-CLASH-RACE": P(M, '"that tub is already out for those dates"', "bug",
                         "clash count and insert are separate statements with no transaction or constraint: two hires of one tub overlap",
                         "critical-section"),
    "HIRE-MASS-ASSIGN": P(M, "h.TubID, h.Customer, h.Address, h.Start, h.End, h.Deposit, h.Paid, price).Scan(&h.ID)", "security",
                          "deposit and paid come from the client's JSON: a customer books a tub marked paid with no deposit"),
    "HIRES-OFFSET": P(M, "offset := page * size", "bug",
                      "page is at least 1 but the offset is page * size: the first 20 hires are never listed", "off-by-one"),
    "DISPATCH-VAN-RACE": P(M, "s.onRoad[van]++", "bug",
                           "onRoad and deliveries read and written without s.mu: concurrent dispatches overload a van (and race the map)",
                           "critical-section"),
    "DISPATCH-SHELL": P(M, "out, err := exec.Command(\"sh\", \"-c\", \"route-plan --depot yard --to '\"+address+\"'\")", "security",
                        "address form value put into a sh -c command line", "source-vs-sink"),
    "DISPATCH-NO-TIMEOUT": P(M, "out, err := exec.Command(\"sh\", \"-c\", \"route-plan --depot yard --to '\"+address+\"'\")", "bug",
                             "route planner run without a context or timeout: a hung planner holds the request forever"),
    "DISPATCH-OUTPUT-LEAK": P(M, 'http.Error(w, "route planner failed: "+string(out), http.StatusBadGateway)', "security",
                              "planner's combined output (stderr included) returned to the client"),
    "DISPATCH-SLOT-LEAK": P(M, 'http.Error(w, "route planner failed: "+string(out), http.StatusBadGateway)', "bug",
                            "the van slot taken before planning is not given back when planning fails"),
    "READING-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&rd)", "bug",
                                "decode error ignored: a malformed reading is stored as pH 0, chlorine 0 (and raises a false alert)",
                                "signature-vs-statement"),
    "READING-CACHE-RACE": P(M, "history = append(history, rd)", "bug",
                            "readings map read, appended and stored back without s.mu: lost readings and concurrent map writes",
                            "critical-section"),
    "READING-CACHE-UNBOUNDED": P(M, "history = append(history, rd)", "performance",
                                 "every reading since start kept in memory per tub, never trimmed"),
    "ALERT-NO-TIMEOUT": P(M, 'resp, err := http.Post(s.alertURL, "application/json", bytes.NewReader(body))', "bug",
                          "alert posted with the default client (no timeout): stuck goroutines pile up",
                          "signature-vs-statement"),
    "ALERT-BODY-LEAK": P(M, 'resp, err := http.Post(s.alertURL, "application/json", bytes.NewReader(body))', "bug",
                         "alert response body never closed: connections leak"),
    "HISTORY-SINCE-SQLI": P(M, 'rows, err := s.db.Query("SELECT tub_id, ph, chlorine, taken_at FROM readings WHERE tub_id = " + tub',
                            "security", "since query value concatenated into the history SQL", "source-vs-sink"),
    "HISTORY-TUB-SQLI": P(M, 'rows, err := s.db.Query("SELECT tub_id, ph, chlorine, taken_at FROM readings WHERE tub_id = " + tub',
                          "security", "tub path value concatenated into the same SQL"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT tub_id, ph, chlorine, taken_at FROM readings WHERE tub_id = " + tub',
                                 "bug", "history rows never closed (and rows.Err never checked): connections leak"),
    "HISTORY-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                               "database error text returned to the client"),
    "COLLECT-REFUND-UNCLAMPED": P(M, "refund := h.Deposit - daysLate*lateFeePence", "bug",
                                  "refund not clamped: negative when very late, above the deposit when collected early"),
    "COLLECT-DOUBLE-REFUND": P(M, "s.db.Exec(`UPDATE hires SET refund_pence = $1, collected_at = now() WHERE id = $2`", "bug",
                               "collection is not guarded by collected_at IS NULL and the Exec error is ignored: repeat calls recompute and repay"),
    "MANUAL-TRAVERSAL": P(M, 'http.ServeFile(w, r, filepath.Join(manualsFolder, name+".pdf"))', "security",
                          "model query value joined into the manuals path: ../ reaches any PDF on disk", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe with no read/write/idle timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DRIVER-KEY-FAILS-OPEN", "DRIVER-KEY-TIMING"),
    ("HIRE-COUNT-ERR-IGNORED", "HIRE-CLASH-RACE"),
    ("DISPATCH-SHELL", "DISPATCH-NO-TIMEOUT"),
    ("DISPATCH-SHELL", "DISPATCH-OUTPUT-LEAK"),
    ("DISPATCH-NO-TIMEOUT", "DISPATCH-SLOT-LEAK"),
    ("DISPATCH-OUTPUT-LEAK", "DISPATCH-SLOT-LEAK"),
    ("READING-CACHE-RACE", "READING-CACHE-UNBOUNDED"),
    ("ALERT-NO-TIMEOUT", "ALERT-BODY-LEAK"),
    ("HISTORY-SINCE-SQLI", "HISTORY-TUB-SQLI"),
    ("HISTORY-SINCE-SQLI", "HISTORY-DB-ERROR-LEAK"),
    ("HISTORY-TUB-SQLI", "HISTORY-DB-ERROR-LEAK"),
    ("HISTORY-TUB-SQLI", "HISTORY-ROWS-NOT-CLOSED"),
    ("COLLECT-REFUND-UNCLAMPED", "COLLECT-DOUBLE-REFUND"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a single `net/http` service using Go 1.22 method patterns, with two
        header-key middlewares, a public hire endpoint and a public manuals endpoint.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 9 |
        | low | 3 |

        Several parts are written carefully and I have no findings there: `adminOnly` fails closed and uses
        `subtle.ConstantTimeCompare`; `handleVanBack` holds `s.mu` with a deferred unlock; `handleHires`
        defers `rows.Close()` and checks every `Scan` error; `handleCreateHire` rejects an end that is not
        after the start; the readings `INSERT` is parameterised and its error is logged. The problems are
        concentrated in `driverOnly`, the string-built SQL and shell command, and the shared maps that
        `handleDispatch` and `handleReading` touch without the mutex that `handleVanBack` uses.
        """,
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "critical", "security", "`driverOnly` admits everyone when `DRIVER_KEY` is unset",
              "Refuse all requests when `s.driverKey == \"\"`, as `adminOnly` does.",
              symbol="Server.driverOnly", conf=0.9),
            F("DRIVER-KEY-TIMING", "low", "security", "Driver key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.driverOnly", conf=0.6),
            F("DISPATCH-SHELL", "critical", "security", "Shell injection through the delivery `address`",
              "Run `exec.CommandContext(ctx, \"route-plan\", \"--depot\", \"yard\", \"--to\", address)` with no shell.",
              symbol="Server.handleDispatch", conf=0.95),
            F("HISTORY-SINCE-SQLI", "critical", "security", "SQL injection through `since` in the readings history",
              "Use placeholders: `WHERE tub_id = $1 AND taken_at > $2`.", symbol="Server.handleHistory", conf=0.95),
            F("HISTORY-TUB-SQLI", "high", "security", "The `{tub}` path value is concatenated into the same query",
              "Parse it with `strconv.Atoi` and bind it as `$1`.", symbol="Server.handleHistory", conf=0.85),
            F("MANUAL-TRAVERSAL", "high", "security", "`/manuals?model=` can read PDFs outside the manuals folder",
              "Reject names containing `/` or `..`, or look the model up in a fixed table.",
              symbol="Server.handleManual", conf=0.8),
            F("HIRE-MASS-ASSIGN", "high", "security", "Clients set their own deposit and `paid` flag",
              "Decode into a request struct without those fields; set the deposit server-side and `paid` only from the payment callback.",
              symbol="Server.handleCreateHire", conf=0.85),
            F("DISPATCH-OUTPUT-LEAK", "medium", "security", "Route planner output returned in the error body",
              "Log `out` and return a generic message.", symbol="Server.handleDispatch", conf=0.7),
            F("HIRE-CLASH-RACE", "high", "bug", "Overlapping hires of one tub: the clash check and insert are not atomic",
              "Use an exclusion constraint on `(tub_id, tstzrange(start_at, end_at))`, or a transaction with `SELECT ... FOR UPDATE` on the tub.",
              d=-2, symbol="Server.handleCreateHire", conf=0.85),
            F("HIRE-COUNT-ERR-IGNORED", "medium", "bug", "Clash query error is ignored",
              "Check the `Scan` error; today a failed query counts as no clash.", symbol="Server.handleCreateHire", conf=0.8),
            F("DISPATCH-VAN-RACE", "high", "bug", "Data race on `onRoad` and `deliveries` in `handleDispatch`",
              "Take `s.mu` around the check and increment, as `handleVanBack` does; `go test -race` will flag it.",
              symbol="Server.handleDispatch", conf=0.9),
            F("READING-CACHE-RACE", "medium", "bug", "`s.readings` is updated without the mutex",
              "Lock `s.mu` around the read-append-store.", symbol="Server.handleReading", conf=0.85),
            F("READING-CACHE-UNBOUNDED", "medium", "performance", "In-memory readings history grows forever",
              "Keep only the last N readings per tub, or drop the cache and read from the table.",
              symbol="Server.handleReading", conf=0.7),
            F("READING-DECODE-IGNORED", "medium", "bug", "Malformed readings are accepted as zeros",
              "Return 400 when `Decode` fails; a zero reading also fires a false alert.", symbol="Server.handleReading", conf=0.8),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "Alert POST uses `http.DefaultClient` with no timeout",
              "Use a client with `Timeout: 10 * time.Second`.", symbol="Server.alertUnsafe", conf=0.75),
            F("ALERT-BODY-LEAK", "low", "bug", "Alert response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.alertUnsafe", conf=0.8),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "History query rows are never closed",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleHistory", conf=0.85),
            F("HIRE-DAYS-TRUNCATE", "high", "bug", "Hire length is truncated to whole days",
              "The rate is per started day: round up, `(hours + 23) / 24`.", symbol="Server.handleCreateHire", conf=0.8),
            F("HIRES-OFFSET", "medium", "bug", "Hire listing never shows the first page",
              "`offset := (page - 1) * size`.", symbol="Server.handleHires", conf=0.85),
            F("COLLECT-REFUND-UNCLAMPED", "medium", "bug", "Refund can go negative or exceed the deposit",
              "Clamp `daysLate` at 0 and the refund to `[0, h.Deposit]`.", symbol="Server.handleCollect", conf=0.75),
            F("COLLECT-DOUBLE-REFUND", "low", "bug", "Collecting twice overwrites the refund",
              "Add `AND collected_at IS NULL`, check `RowsAffected`, and check the `Exec` error.",
              symbol="Server.handleCollect", conf=0.7),
        ]),
        "I did not run `go vet` or the race detector; the races above are from reading the code.",
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("DISPATCH-SHELL", "critical", "security", "sh -c with form value address (handleDispatch)",
              "exec.CommandContext without shell", d=-1),
            F("HISTORY-SINCE-SQLI", "critical", "security", "handleHistory concatenates since/tub into SQL",
              "placeholders", d=-1),
            F("DRIVER-KEY-FAILS-OPEN", "high", "security", "driverOnly passes when DRIVER_KEY empty",
              "reject empty key", d=-2),
            F("MANUAL-TRAVERSAL", "high", "security", "handleManual: filepath.Join with ?model=",
              "whitelist models", d=-1),
            F("HIRE-MASS-ASSIGN", "high", "security", "POST /hires trusts deposit_pence and paid from body",
              "server-side values"),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "ListenAndServe without timeouts",
              "http.Server{ReadHeaderTimeout: ...}"),
            F("HIRE-CLASH-RACE", "high", "bug", "double booking: COUNT then INSERT outside a tx",
              "exclusion constraint", d=+3),
            F("DISPATCH-VAN-RACE", "high", "bug", "onRoad map accessed without s.mu",
              "lock", d=-2),
            F("DISPATCH-NO-TIMEOUT", "medium", "bug", "route-plan has no timeout",
              "context.WithTimeout"),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "rows never closed in handleHistory",
              "defer rows.Close()"),
            F("READING-DECODE-IGNORED", "medium", "bug", "handleReading ignores Decode error",
              "400 on error", d=-2),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "alertUnsafe: http.Post with default client, no timeout",
              "client with Timeout", d=-2),
            F("HIRE-DAYS-TRUNCATE", "medium", "bug", "days truncated; rate is per started day",
              "ceil", d=+1),
            F("COLLECT-DOUBLE-REFUND", "low", "bug", "collect can run twice; Exec error dropped",
              "guard collected_at IS NULL"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the BubbleTubs hot tub hire service in `main.go`. Here is a summary of what I
        found, grouped by area.

        ### 1. Security

        The service exposes several endpoints where user input reaches the shell, the database or the file
        system without validation, and the driver authentication can be bypassed.
        """,
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Driver Authentication Bypass",
              "Check that the configured key is not empty.", sd=-2, n=3,
              desc="If the DRIVER_KEY environment variable is missing, the comparison of an empty header with an empty key succeeds."),
            F("DISPATCH-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Van Dispatch",
              "Pass arguments directly to `exec.Command` without `sh -c`.", sd=-2, n=3),
            F("DISPATCH-OUTPUT-LEAK", "LOW", "Information Disclosure", "Command Output Returned in Error Response",
              "Do not return raw command output.", sd=-2, n=3),
            F("HISTORY-SINCE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Reading History",
              "Use parameterized queries.", sd=-2, n=3,
              desc="Both the `since` parameter and the `tub` path value are concatenated into the query string."),
            F("HISTORY-TUB-SQLI", "HIGH", "SQL Injection", "SQL Injection via Tub Path Parameter",
              "Convert the tub id to an integer first.", sd=-2, n=3),
            F("HISTORY-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("MANUAL-TRAVERSAL", "MEDIUM", "Path Traversal", "Path Traversal in Manual Download",
              "Validate the model name.", sd=-2, n=3),
            F("HIRE-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment of Payment Fields",
              "Ignore client-supplied `Deposit` and `Paid`.", sd=-2, n=3),
            F("HIRE-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body on Public Endpoint",
              "Wrap the body in `http.MaxBytesReader`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### 2. Concurrency and Reliability
        """,
        Block([
            F("DISPATCH-VAN-RACE", "HIGH", "Race Condition", "Unsynchronized Access to Van Load Map",
              "Protect `onRoad` with `s.mu`.", d=-1, sd=-3, n=3,
              desc="Concurrent map writes in Go cause a fatal runtime error, not just a wrong count."),
            F("READING-CACHE-RACE", "MEDIUM", "Race Condition", "Concurrent Map Access in Reading Cache",
              "Lock the mutex while updating `readings`.", d=-1, sd=-3, n=3),
            F("HIRE-CLASH-RACE", "MEDIUM", "Race Condition", "Double Booking Race in Hire Creation",
              "Use a transaction or a database constraint.", sd=-2, n=3),
            F("READING-DECODE-IGNORED", "LOW", "Error Handling", "Ignored JSON Decode Error",
              "Handle the decode error.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Best Practice", "suggestion": "Consider structured logging with log/slog."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "critical", "security", "driver key empty -> auth bypass", "reject empty key"),
            F("DISPATCH-SHELL", "critical", "security", "sh -c with address", "no shell"),
            F("HISTORY-SINCE-SQLI", "critical", "security", "sql concat in history", "use $1 $2"),
            F("DISPATCH-VAN-RACE", "major", "bug", "van count race, no lock", "s.mu", d=+1),
            F("HIRE-COUNT-ERR-IGNORED", "major", "bug", "clash count error dropped", "check err"),
            F("HIRES-OFFSET", "minor", "bug", "page 1 skipped in hires list", "(page-1)*size", d=+1),
            F("READING-CACHE-UNBOUNDED", "minor", "", "readings map grows forever", "cap it"),
            F("ALERT-NO-TIMEOUT", "minor", "bug", "http.Post with no timeout", "client timeout"),
        ], wrap="list", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review: bubbletubs

        ## Summary
        1. Authentication of drivers can be bypassed and is not constant-time.
        2. SQL and OS command injection in history and dispatch.
        3. Shared maps are modified without synchronization.
        4. Several correctness problems in pricing, paging and refunds.
        5. Resource handling: missing timeouts and unclosed response bodies.
        """,
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "blocker", "security", "Empty driver key disables authentication",
              "Require a configured key.", conf=0.9),
            F("DRIVER-KEY-TIMING", "minor", "security", "Timing attack on the driver key comparison",
              "Use constant-time comparison.", conf=0.6),
            F("DISPATCH-SHELL", "blocker", "security", "OS command injection in route planning",
              "Avoid sh -c.", conf=0.9),
            F("DISPATCH-NO-TIMEOUT", "minor", "reliability", "External route planner runs without timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("DISPATCH-SLOT-LEAK", "major", "correctness", "Van slot not released when route planning fails",
              "Decrement onRoad on the error path.", anchor="out, err := exec.Command(", conf=0.7),
            F("HISTORY-SINCE-SQLI", "blocker", "security", "SQL injection in readings history",
              "Use placeholders.", d=-1, conf=0.9),
            F("HISTORY-DB-ERROR-LEAK", "minor", "security", "Database error message returned to client",
              "Return a generic error.", conf=0.6),
            F("MANUAL-TRAVERSAL", "major", "security", "Directory traversal in manual download",
              "Sanitize model.", conf=0.8),
            F("DISPATCH-VAN-RACE", "major", "concurrency", "Unsynchronized van counter",
              "Use the mutex.", conf=0.8),
            F("READING-CACHE-RACE", "major", "concurrency", "Unsynchronized readings map",
              "Use the mutex.", d=+1, conf=0.8),
            F("HIRE-CLASH-RACE", "major", "concurrency", "Race between availability check and insert",
              "Use a transaction.", conf=0.7),
            F("ALERT-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed in alertUnsafe",
              "Close resp.Body.", conf=0.7),
            F("HIRE-DAYS-TRUNCATE", "major", "correctness", "Hire days rounded down",
              "Round up to started days.", conf=0.8),
            F("HIRES-OFFSET", "major", "correctness", "Off-by-one in hires pagination offset",
              "Subtract one from page.", conf=0.8),
            F("COLLECT-DOUBLE-REFUND", "minor", "correctness", "Collection can be repeated",
              "Check collected_at.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}

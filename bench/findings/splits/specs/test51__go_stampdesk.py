"""test51/go-stampdesk: a hospital car park's visitor tickets, ward validation desk and exit payments (Go).

Frozen test split test51 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger code,
its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test51: seeded problems in a net/http + database/sql service for a hospital car "
    "park's validation desk (tickets, ward stamps, exits, refunds); five agents' answers written by hand. Scored "
    "once, never tuned on."
)

M = "main.go"
PROBLEMS = {
    "DESK-TOKEN-FAIL-OPEN": P(M, 'if r.URL.Query().Get("token") != s.deskToken {', "security", "DESK_TOKEN unset: the empty token matches a request without one", "signature-vs-statement"),
    "DESK-TOKEN-IN-QUERY": P(M, 'if r.URL.Query().Get("token") != s.deskToken {', "security", "desk token read from the query string (logs, history, referrers) and compared with !="),
    "FEE-BAND-EDGE": P(M, "if minutes < b.UpToMinutes {", "bug", "< instead of <=: a stay of exactly 30 (120, 240...) minutes pays the next band", "off-by-one"),
    "FEE-MULTIDAY": P(M, "return s.tariff[len(s.tariff)-1].Pence", "bug", "stays longer than a day pay one day's maximum, however many days"),
    "TICKET-ID-COLLISION": P(M, 'id := fmt.Sprintf("T%d", time.Now().Unix())', "bug", "two cars entering in the same second get the same id: the first ticket is overwritten"),
    "TICKET-ID-GUESSABLE": P(M, 'id := fmt.Sprintf("T%d", time.Now().Unix())', "security", "ticket ids are timestamps: anyone can enumerate, quote or exit other visitors' tickets"),
    "SPACES-COUNTER-RACE": P(M, "s.free--", "bug", "free-space counter decremented and clamped after the unlock: racy counter, wrong spaces sign", "critical-section"),
    "QUOTE-UNLOCKED-READ": P(M, 't := s.tickets[r.PathValue("id")]', "bug", "tickets map read without s.mu while other handlers write it: concurrent map read and write", "signature-vs-statement"),
    "QUOTE-NIL-TICKET": P(M, "minutes := int(time.Since(t.EnteredAt).Minutes())", "bug", "unknown ticket id: t is nil and the quote panics", nth=0),
    "VALIDATE-NIL-TICKET": P(M, 'if t.Validated != "" {', "bug", "unknown ticket id: t is nil and validation panics", nth=1),
    "WARD-CAP-OBO": P(M, "ok := used <= s.wardCap", "bug", "<= lets each ward stamp wardCap + 1 tickets a day", "off-by-one"),
    "STAMPS-RACE": P(M, "s.stamps[ward] = used + 1", "bug", "stamps map read and written outside s.mu: lost counts past the cap, concurrent map writes, racing the report", "critical-section"),
    "EXIT-CLIENT-PAID": P(M, 'paid, _ := strconv.Atoi(r.FormValue("paid_pence"))', "security", "the unauthenticated exit trusts a client-supplied paid amount: anyone opens the barrier"),
    "EXIT-DELETE-BEFORE-PAY": P(M, "delete(s.tickets, id)", "bug", "ticket deleted before payment is checked: after a 402 the car has no ticket"),
    "HISTORY-SQLI": P(M, "WHERE plate = '\" + plate + \"'", "security", "plate query value concatenated into the history SQL", "source-vs-sink"),
    "HISTORY-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, "for rows.Next() && len(out) <= s.historyMax {", "bug", "rows never closed: leaving the loop early (limit, Scan error) leaks the connection"),
    "HISTORY-LIMIT-OBO": P(M, "for rows.Next() && len(out) <= s.historyMax {", "bug", "<= returns historyMax + 1 rows", "off-by-one"),
    "HISTORY-NO-AUTH": P(M, 'mux.HandleFunc("GET /history", s.handleHistory)', "security", "visit history by number plate (who visited the hospital, when) served without any token"),
    "REFUND-UNBOUNDED": P(M, "UPDATE exits SET refunded_pence = refunded_pence + $1", "bug", "refund amount unchecked: negative, or more than was paid, or refunded again", "signature-vs-statement"),
    "REFUND-EXEC-ERR-IGNORED": P(M, "res, _ := s.db.Exec(", "bug", "Exec error ignored: on a database error res is nil and RowsAffected panics"),
    "EXPORT-PATH-WRITE": P(M, 'script := "pg-export-exits --day " + day', "security", "day value in the output file name: ../ writes the export anywhere"),
    "EXPORT-SHELL": P(M, 'exec.Command("sh", "-c", script)', "security", "day query value run through sh -c", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts: slowloris"),
}

CONFUSABLE = [
    ("DESK-TOKEN-FAIL-OPEN", "DESK-TOKEN-IN-QUERY"),
    ("TICKET-ID-COLLISION", "TICKET-ID-GUESSABLE"),
    ("QUOTE-UNLOCKED-READ", "QUOTE-NIL-TICKET"),
    ("WARD-CAP-OBO", "STAMPS-RACE"),
    ("EXIT-CLIENT-PAID", "EXIT-DELETE-BEFORE-PAY"),
    ("HISTORY-SQLI", "HISTORY-ERR-LEAK"),
    ("HISTORY-ROWS-NOT-CLOSED", "HISTORY-LIMIT-OBO"),
    ("REFUND-UNBOUNDED", "REFUND-EXEC-ERR-IGNORED"),
    ("EXPORT-PATH-WRITE", "EXPORT-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole car-park service: ticket issue at the entry barrier, fee quotes, the
        ward desk's validation stamps, the exit barrier, plate history, refunds and the finance export.

        | Severity | Count |
        |---|---|
        | Critical | 2 |
        | High | 5 |
        | Medium | 10 |
        | Low | 2 |

        What is right: `adminOnly` fails closed on an empty key and uses `subtle.ConstantTimeCompare`;
        `handleStampReport` copies the map under `s.mu`; `handleExit` updates `s.free` under the lock; the exit
        insert uses placeholders and logs its error. The desk middleware, the history query and the unlocked
        shared state are the problems.
        """,
        Block([
            F("DESK-TOKEN-FAIL-OPEN", "high", "security", "`deskOnly` lets every request through when `DESK_TOKEN` is unset",
              "Refuse to start without a desk token, or reject an empty configured token in the middleware like `adminOnly` does.",
              symbol="Server.deskOnly", conf=0.9),
            F("DESK-TOKEN-IN-QUERY", "medium", "security", "Desk token travels in the URL query string",
              "Read it from a header and compare with `subtle.ConstantTimeCompare`; query strings end up in proxy logs and browser history.",
              symbol="Server.deskOnly", conf=0.75),
            F("HISTORY-SQLI", "critical", "security", "SQL injection through `plate` in `/history`",
              "`s.db.Query(\"... WHERE plate = $1 ...\", plate)`.", symbol="Server.handleHistory", conf=0.95),
            F("HISTORY-NO-AUTH", "high", "security", "Plate history is public",
              "Wrap `handleHistory` in `deskOnly` (or `adminOnly`); it tells anyone when a given car was at the hospital.",
              symbol="main", conf=0.8),
            F("HISTORY-ERR-LEAK", "low", "security", "Database error text returned to the caller",
              "Log `err`, answer a generic 500.", symbol="Server.handleHistory", conf=0.65),
            F("EXIT-CLIENT-PAID", "critical", "security", "Exit barrier opens on a client-reported payment",
              "The paid amount must come from the payment terminal's confirmation, not a form value on an unauthenticated route.",
              symbol="Server.handleExit", conf=0.85),
            F("EXPORT-SHELL", "high", "security", "`day` is run through `sh -c` in the export",
              "Parse `day` with `time.Parse(\"2006-01-02\", day)` and run the exporter without a shell, writing the file from Go.",
              symbol="Server.handleExport", conf=0.85),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Races, nil tickets and money:",
        Block([
            F("STAMPS-RACE", "high", "bug", "Ward stamp counter is read and written outside `s.mu`",
              "Take `s.mu` for the read, the cap check and the increment; concurrent validations can also crash the process with `concurrent map writes`.",
              d=-2, n=3, symbol="Server.handleValidate", conf=0.85),
            F("WARD-CAP-OBO", "medium", "bug", "Ward allowance admits one stamp more than `wardCap`",
              "`ok := used < s.wardCap`.", symbol="Server.handleValidate", conf=0.8),
            F("VALIDATE-NIL-TICKET", "medium", "bug", "Validating an unknown ticket dereferences nil",
              "Check `t == nil` and answer 404.", symbol="Server.handleValidate", conf=0.85),
            F("QUOTE-UNLOCKED-READ", "high", "bug", "`handleQuote` reads `s.tickets` without the mutex",
              "Lock around the lookup; an unsynchronised map read during a write is a fatal runtime error, not a recoverable panic.",
              symbol="Server.handleQuote", conf=0.85),
            F("QUOTE-NIL-TICKET", "medium", "bug", "Quote for an unknown ticket panics",
              "Return 404 when the ticket is missing.", symbol="Server.handleQuote", conf=0.8),
            F("SPACES-COUNTER-RACE", "medium", "bug", "`s.free` is decremented after `s.mu.Unlock()`",
              "Move the decrement (and the clamp) inside the locked block, as `handleExit` does for the increment.",
              d=-1, n=3, symbol="Server.handleEnter", conf=0.8),
            F("TICKET-ID-COLLISION", "medium", "bug", "Ticket ids collide for cars entering in the same second",
              "Use a random id (`crypto/rand`, 16 bytes hex) and check for an existing key.", symbol="Server.handleEnter", conf=0.75),
            F("EXIT-DELETE-BEFORE-PAY", "medium", "bug", "Ticket is deleted before the payment check",
              "Delete only after `paid >= due`; today a short payment leaves the car without a ticket.", symbol="Server.handleExit", conf=0.75),
            F("FEE-BAND-EDGE", "low", "bug", "Tariff band boundaries are exclusive, contradicting the `Band` doc",
              "`minutes <= b.UpToMinutes`: a 30-minute stay should be free.", symbol="Server.fee", conf=0.7),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` right after the error check; leaving the loop early holds the connection.",
              symbol="Server.handleHistory", conf=0.8),
            F("REFUND-UNBOUNDED", "medium", "bug", "Refund amount is not validated",
              "Reject `pence <= 0` and cap at `paid_pence - refunded_pence` in the same statement.", symbol="Server.handleRefund", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("HISTORY-SQLI", "critical", "security", "handleHistory: SQL built from ?plate=", "placeholder $1", d=-1),
            F("EXPORT-SHELL", "high", "security", "handleExport: sh -c with ?day=", "validate date, no shell", d=-2),
            F("DESK-TOKEN-FAIL-OPEN", "high", "security", "deskOnly accepts empty token when DESK_TOKEN unset", "reject empty", d=-2),
            F("TICKET-ID-GUESSABLE", "medium", "security", "ticket ids are unix seconds (enumerable)", "random ids"),
            F("QUOTE-UNLOCKED-READ", "high", "bug", "handleQuote: map access without s.mu", "lock", d=-1),
            F("STAMPS-RACE", "high", "bug", "handleValidate: s.stamps read/modify/write unlocked", "hold s.mu", d=-2),
            F("SPACES-COUNTER-RACE", "medium", "bug", "s.free-- outside lock", "move under s.mu", d=-1),
            F("REFUND-UNBOUNDED", "medium", "bug", "handleRefund: negative/oversized refunds accepted", "bounds check", d=-2),
            F("REFUND-EXEC-ERR-IGNORED", "medium", "bug", "handleRefund: Exec error dropped, nil res deref", "check err"),
            F("HISTORY-LIMIT-OBO", "low", "bug", "history returns historyMax+1 rows", "< not <=", d=-1, n=2),
            F("FEE-MULTIDAY", "low", "bug", "fee(): multi-day stays capped at one day", "charge per started day"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the hospital car park service in `main.go`. Here is a summary of my findings.

        **Security**

        The service handles visitor tickets and payments, so the integrity of the exit flow and the privacy of
        visit history matter. I found injection issues in two handlers, weak authentication on the desk routes
        and several places where internal details leak.
        """,
        Block([
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Plate History",
              "Use parameterized queries.", sd=-1, n=3,
              desc="The `plate` parameter is concatenated directly into the SQL string."),
            F("EXPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Export Handler",
              "Validate the `day` parameter and avoid `sh -c`.", sd=-2, n=3),
            F("EXPORT-PATH-WRITE", "HIGH", "Path Traversal", "Path Traversal in Export File Name",
              "Build the output path with `filepath.Join` from a validated date.", sd=-1, n=3),
            F("DESK-TOKEN-IN-QUERY", "MEDIUM", "Broken Authentication", "Desk Token Passed in URL",
              "Send the token in an Authorization header.", sd=-2, n=3),
            F("TICKET-ID-GUESSABLE", "MEDIUM", "Insecure Design", "Predictable Ticket Identifiers",
              "Generate ticket IDs with crypto/rand.", sd=-2, n=3),
            F("EXIT-CLIENT-PAID", "HIGH", "Broken Access Control", "Client-Controlled Payment Amount at Exit",
              "Verify payment server-side.", sd=-1, n=3),
            F("HISTORY-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Users",
              "Return a generic error.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic**
        """,
        Block([
            F("STAMPS-RACE", "HIGH", "Race Condition", "Data Race on Ward Stamp Map",
              "Protect `s.stamps` with the mutex.", sd=-2, n=3,
              desc="Concurrent validations read and write the map without synchronization, which can lose counts or crash with a fatal error."),
            F("SPACES-COUNTER-RACE", "MEDIUM", "Concurrency", "Unsynchronized Free-Space Counter",
              "Update `s.free` while holding `s.mu`.", d=1, sd=-1, n=3),
            F("VALIDATE-NIL-TICKET", "MEDIUM", "Error Handling", "Nil Pointer Dereference for Unknown Ticket",
              "Check whether the ticket exists.", sd=-2, n=3),
            F("FEE-BAND-EDGE", "LOW", "Logic Error", "Tariff Boundary Uses Strict Comparison",
              "Use `<=` to match the documented band semantics.", d=-1, sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Consider splitting handlers into separate files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("HISTORY-SQLI", "high", "security", "sql injection in /history", "use $1"),
            F("EXPORT-SHELL", "high", "security", "shell injection in export", "exec without sh"),
            F("DESK-TOKEN-FAIL-OPEN", "high", "", "desk token empty = open", "check empty"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("QUOTE-NIL-TICKET", "medium", "bug", "nil ticket crash in quote", "404 if missing"),
            F("WARD-CAP-OBO", "low", "bug", "ward cap off by one", "use <", d=-1),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Injection: SQL in history, shell in export.
        2. Authentication: desk token handling, unauthenticated history and exit.
        3. Concurrency: shared maps and counters accessed without the mutex.
        4. Correctness: off-by-one limits.
        5. Reliability: no server timeouts, unclosed rows.
        """,
        Block([
            F("HISTORY-SQLI", "blocker", "security", "SQL injection via plate parameter", "Use placeholders.", conf=0.9),
            F("EXPORT-SHELL", "blocker", "security", "Command injection via day parameter", "Avoid sh -c.", conf=0.9),
            F("DESK-TOKEN-FAIL-OPEN", "major", "security", "Desk authentication bypass with empty token", "Require a configured token.", conf=0.8),
            F("DESK-TOKEN-IN-QUERY", "minor", "security", "Token in query string, non-constant-time compare", "Use a header and subtle.ConstantTimeCompare.", conf=0.7),
            F("HISTORY-NO-AUTH", "major", "security", "History endpoint has no authentication", "Protect with deskOnly.", conf=0.75),
            F("EXIT-CLIENT-PAID", "major", "security", "Exit trusts paid_pence from the request", "Verify payment.", conf=0.75),
            F("STAMPS-RACE", "major", "concurrency", "Unsynchronized access to stamps map", "Lock s.mu.", conf=0.85),
            F("WARD-CAP-OBO", "minor", "correctness", "Ward cap allows one extra validation", "Use < instead of <=.", d=1, conf=0.7),
            F("SPACES-COUNTER-RACE", "major", "concurrency", "Free counter modified outside the lock", "Lock s.mu.", d=2, conf=0.75),
            F("QUOTE-UNLOCKED-READ", "major", "concurrency", "Map read without lock in handleQuote", "Lock s.mu.", conf=0.8),
            F("HISTORY-ROWS-NOT-CLOSED", "major", "resource-leak", "sql.Rows not closed", "defer rows.Close().", conf=0.8),
            F("HISTORY-LIMIT-OBO", "minor", "correctness", "History limit off by one", "Use < historyMax.", conf=0.7),
            F("REFUND-UNBOUNDED", "minor", "correctness", "Refund amount not validated", "Check range.", conf=0.65),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "No HTTP server timeouts", "Configure http.Server timeouts.", conf=0.7),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 7 major, 5 minor"),
    ]),
}

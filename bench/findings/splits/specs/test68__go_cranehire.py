"""test68/go-cranehire: a harbour's crane hire hour board (Go, net/http + database/sql). Frozen test split; labels
inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test68: seeded problems in a harbour crane hire hour board; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "AGENT-KEY-IN-QUERY": P(M, 'key = r.URL.Query().Get("key")', "security", "agent key also accepted from the query string (logged by proxies, shared in links)"),
    "AGENT-KEY-FAILS-OPEN": P(M, 'if s.agentKey != "" && key != s.agentKey {', "security", "agentOnly lets everything through when CRANEHIRE_AGENT_KEY is unset"),
    "HIRE-DAY-IGNORED": P(M, "first := h.Start.Hour()", "bug", "only the hour of Start is used: a hire for any other day is booked on today's board"),
    "HIRE-CHECK-INCLUSIVE": P(M, "for hr := first; hr <= first+h.Hours; hr++ {", "bug", "the clash check covers one hour more than is booked (<=): back-to-back hires are refused", "off-by-one"),
    "HIRE-HOURS-PANIC": P(M, 'if row[hr] != "" {', "bug", "no bound on first+Hours: a hire running past midnight indexes row[24] and panics with s.mu held"),
    "HIRE-NEGATIVE-HOURS": P(M, "h.Cost = h.Hours * c.RatePH", "bug", "Hours is never validated: zero or negative hours are recorded and a negative cost credits the agent"),
    "BILLED-RACE": P(M, "s.billed[h.Agent] += h.Cost", "bug", "billed map updated after Unlock: concurrent hires write the map at once (fatal) and totals are lost", "critical-section"),
    "NOTIFY-SHELL-INJECTION": P(M, 'exec.Command("sh", "-c", "notify-harbourmaster \'"+msg+"\'")', "security", "vessel name from the request body runs through sh -c inside single quotes", "signature-vs-statement"),
    "WIND-RACE": P(M, "s.windKnots = knots", "bug", "wind reading and its time written without s.mu while craneMayLift reads them under it", "critical-section"),
    "LIFT-HIRE-NIL": P(M, "h := s.hires[id]", "bug", "unknown id gives a nil *Hire that is dereferenced at h.Started", "signature-vs-statement"),
    "LIFT-HIRES-UNLOCKED": P(M, "h := s.hires[id]", "bug", "hires map read (and the hire written) without s.mu, concurrently with hire and cancel"),
    "CANCEL-ANY-AGENT": P(M, "h, ok := s.hires[id]", "security", "any agent cancels any hire: the hire's agent is never compared with the caller", "signature-vs-statement"),
    "CANCEL-BILL-KEPT": P(M, "delete(s.hires, id)", "bug", "a cancelled hire stays billed: s.billed is not reduced"),
    "BOARD-RANGE-OVERRUN": P(M, "view[name] = row[from : last+1]", "bug", "last is capped at 24 and then +1: to>=24 slices row[:25] and panics", "off-by-one"),
    "BOARD-FROM-NEGATIVE": P(M, "view[name] = row[from : last+1]", "bug", "from is not validated: negative from, or from above to, panics the slice"),
    "HISTORY-SQLI": P(M, "rows, err := s.db.Query(q)", "security", "vessel query value concatenated into the history SQL", "source-vs-sink"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "HISTORY-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "HISTORY-SCAN-ERR-SWALLOWED": P(M, "if err := rows.Scan(&h.ID, &h.Crane", "bug", "scan errors silently skip rows (and rows.Err is never checked): a truncated history looks complete"),
    "INVOICE-TRAVERSAL": P(M, 'path := filepath.Join(s.invoices, agent, month+".pdf")', "security", "month query value joined into the invoice path: ../ reads other files", "source-vs-sink"),
    "INVOICE-OTHER-AGENT": P(M, 'agent := r.PathValue("agent")', "security", "the agent in the path is not tied to the caller: any agent reads every agent's invoices"),
    "BILLED-FORMAT-PENCE": P(M, 'out[agent] = fmt.Sprintf("£%d.%d", pence/100, pence%100)', "bug", "pence printed with %d, not %02d: 1205 pence shows as £12.5"),
    "WIND-NO-AUTH": P(M, 'mux.HandleFunc("POST /wind", s.handleWind)', "security", "anyone can post a calm wind reading and lift the wind stop"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8068", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("AGENT-KEY-IN-QUERY", "AGENT-KEY-FAILS-OPEN"),
    ("HIRE-DAY-IGNORED", "HIRE-CHECK-INCLUSIVE"),
    ("HIRE-CHECK-INCLUSIVE", "HIRE-HOURS-PANIC"),
    ("HIRE-NEGATIVE-HOURS", "BILLED-RACE"),
    ("LIFT-HIRE-NIL", "LIFT-HIRES-UNLOCKED"),
    ("CANCEL-ANY-AGENT", "CANCEL-BILL-KEPT"),
    ("BOARD-RANGE-OVERRUN", "BOARD-FROM-NEGATIVE"),
    ("HISTORY-SQLI", "HISTORY-ROWS-NOT-CLOSED"),
    ("HISTORY-SQLI", "HISTORY-DB-ERROR-LEAK"),
    ("HISTORY-ROWS-NOT-CLOSED", "HISTORY-DB-ERROR-LEAK"),
    ("INVOICE-TRAVERSAL", "INVOICE-OTHER-AGENT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole crane hire service. Some of it is careful: `adminOnly` fails closed and
        uses `subtle.ConstantTimeCompare`, `craneMayLift` reads the wind under `s.mu` and fails closed when there
        is no recent reading, the safe-working-load check rejects overweight lifts, and the board and billing
        views hold the lock with a deferred unlock. The problems are mostly around what is *not* under that lock,
        unvalidated hire fields, and request values that reach SQL, a shell or the filesystem.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 8 |
        | medium | 7 |
        | low | 3 |
        """,
        Block([
            F("NOTIFY-SHELL-INJECTION", "critical", "security", "Vessel name reaches `sh -c` in `notifyHarbourmaster`",
              "Run `exec.Command(\"notify-harbourmaster\", msg)` without a shell; a vessel named `x'; rm -rf / #` breaks out of the quotes.",
              symbol="Server.notifyHarbourmaster", conf=0.95),
            F("HISTORY-SQLI", "critical", "security", "SQL injection in `/history` via `vessel`",
              "Use `s.db.Query(\"... WHERE vessel LIKE $1 ...\", \"%\"+vessel+\"%\")`.",
              symbol="Server.handleHistory", conf=0.95),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleHistory", conf=0.85),
            F("HISTORY-SCAN-ERR-SWALLOWED", "low", "bug", "Scan errors drop history rows silently",
              "Return a 500 (or at least log) instead of `continue`.", symbol="Server.handleHistory", conf=0.6),
            F("INVOICE-TRAVERSAL", "high", "security", "Path traversal through `month` in `handleInvoice`",
              "Parse `month` as `YYYY-MM` (`time.Parse(\"2006-01\", month)`) before building the path.",
              symbol="Server.handleInvoice", conf=0.9),
            F("INVOICE-OTHER-AGENT", "high", "security", "Agents can read each other's invoices",
              "The shared agent key does not identify an agent; issue per-agent keys and compare with `{agent}`.",
              symbol="Server.handleInvoice", conf=0.8),
            F("AGENT-KEY-FAILS-OPEN", "high", "security", "`agentOnly` is disabled when `CRANEHIRE_AGENT_KEY` is empty",
              "Fail closed like `adminOnly`, with `subtle.ConstantTimeCompare`.",
              symbol="Server.agentOnly", conf=0.9),
            F("AGENT-KEY-IN-QUERY", "medium", "security", "Agent key accepted as `?key=`",
              "Accept the header only; query strings end up in access logs and browser history.",
              symbol="Server.agentOnly", conf=0.75),
            F("WIND-NO-AUTH", "high", "security", "`POST /wind` is unauthenticated",
              "Anyone can post `knots=0` and lift the wind stop; require a device key for the anemometer.",
              conf=0.85),
        ]),
        "Concurrency and hire validation:",
        Block([
            F("BILLED-RACE", "high", "bug", "`s.billed` is written after `s.mu.Unlock()`",
              "Move the cost and `s.billed` update above the unlock; concurrent writes to a Go map are a fatal runtime error, not just a lost update.",
              symbol="Server.handleHire", conf=0.9),
            F("WIND-RACE", "medium", "bug", "Wind reading written without the lock that `craneMayLift` takes",
              "Take `s.mu` around both assignments so the reader never sees a new speed with an old time.",
              n=2, symbol="Server.handleWind", conf=0.8),
            F("LIFT-HIRE-NIL", "high", "bug", "Unknown hire id dereferences nil in `handleLiftStart`",
              "Use `h, ok := s.hires[id]` and answer 404 when it is missing.",
              symbol="Server.handleLiftStart", conf=0.85),
            F("LIFT-HIRES-UNLOCKED", "medium", "bug", "`handleLiftStart` reads `s.hires` and writes the hire without `s.mu`",
              "Hold the lock for the lookup and the `Started` update.",
              symbol="Server.handleLiftStart", conf=0.75),
            F("CANCEL-ANY-AGENT", "high", "security", "Any agent can cancel any hire",
              "Record the caller's agent identity on the hire and compare it before deleting.",
              symbol="Server.handleCancel", conf=0.8),
            F("HIRE-CHECK-INCLUSIVE", "medium", "bug", "Clash check looks at one hour past the hire",
              "Use `hr < first+h.Hours` as the booking loop does; today a 10:00-12:00 hire refuses a 12:00 start.",
              symbol="Server.handleHire", conf=0.85),
            F("HIRE-HOURS-PANIC", "high", "bug", "A hire past midnight indexes `row[24]` and panics while holding `s.mu`",
              "Reject `first+h.Hours > 24` up front; net/http recovers the panic but the mutex stays locked and every later request blocks.",
              symbol="Server.handleHire", conf=0.85),
            F("HIRE-DAY-IGNORED", "medium", "bug", "Only the hour of `Start` is used",
              "Reject hires that are not for today (the board only covers today), or key the board by date.",
              symbol="Server.handleHire", conf=0.7),
            F("BOARD-RANGE-OVERRUN", "medium", "bug", "`/board?to=24` slices past the end of the row",
              "Cap `last` at 23 (or slice `row[from:min(to, 24)]` with an exclusive end).",
              symbol="Server.handleBoard", conf=0.85),
            F("BOARD-FROM-NEGATIVE", "low", "bug", "`from` is not validated in `handleBoard`",
              "Check `0 <= from <= last`; `from=-1` or `from=30` panics the slice expression.",
              symbol="Server.handleBoard", conf=0.7),
            F("BILLED-FORMAT-PENCE", "low", "bug", "Billing amounts drop the leading zero of the pence",
              "Use `%d.%02d`.", symbol="Server.handleBilled", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("NOTIFY-SHELL-INJECTION", "critical", "security", "notifyHarbourmaster: sh -c with body-controlled vessel",
              "exec without shell.", d=-2),
            F("HISTORY-SQLI", "critical", "security", "handleHistory: vessel query param concatenated into SQL",
              "placeholders.", d=-2),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed",
              "defer rows.Close()."),
            F("INVOICE-TRAVERSAL", "high", "security", "month param used in file path (traversal)",
              "validate YYYY-MM.", d=-1),
            F("AGENT-KEY-FAILS-OPEN", "high", "security", "agentOnly open when key env empty",
              "fail closed."),
            F("BILLED-RACE", "high", "bug", "billed map mutated after mutex released (concurrent map writes)",
              "update under s.mu.", d=-2),
            F("HIRE-NEGATIVE-HOURS", "medium", "bug", "negative Hours -> negative cost",
              "require 1..24."),
            F("HIRE-CHECK-INCLUSIVE", "medium", "bug", "conflict loop uses <= (one extra hour)",
              "<."),
            F("WIND-RACE", "medium", "bug", "windKnots/windAt written unlocked",
              "lock.", d=+1),
            F("LIFT-HIRE-NIL", "high", "bug", "handleLiftStart: nil deref for unknown id",
              "check ok.", d=-2),
            F("CANCEL-ANY-AGENT", "high", "security", "handleCancel: no ownership check",
              "compare agent.", d=-3),
            F("BOARD-RANGE-OVERRUN", "medium", "bug", "handleBoard: min(to, 24) then +1 -> out of range",
              "min(to, 23).", d=-2),
            F("BILLED-FORMAT-PENCE", "low", "bug", "pence formatting missing zero padding",
              "%02d."),
            F("SERVER-NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts",
              "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the crane hire service in `main.go`. It is a Go HTTP server using the Go 1.22
        routing patterns, an in-memory hour board protected by a mutex, and PostgreSQL for the hire history.

        Here is a summary of the most important findings, grouped by area.

        ## Security
        """,
        Block([
            F("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Harbour Master Notification",
              "Invoke the notifier directly with arguments instead of via `sh -c`.", sd=-2, n=3,
              desc="The vessel name comes from the request body and is placed inside single quotes in a shell command, which a quote in the name escapes."),
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Hire History",
              "Use a parameterized query.", d=-1, sd=-3, n=3),
            F("HISTORY-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("INVOICE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Invoice Download",
              "Validate the month parameter.", d=+1, sd=-1, n=3),
            F("AGENT-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Agent Authentication Disabled When Key Is Unset",
              "Reject requests when no key is configured.", sd=-2, n=3),
            F("AGENT-KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "API Key Accepted in URL",
              "Only accept the key from the header.", sd=-2, n=3),
            F("WIND-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Wind Reading Endpoint",
              "Protect `/wind` with authentication."),
            F("CANCEL-ANY-AGENT", "HIGH", "Broken Access Control", "Missing Authorization on Hire Cancellation",
              "Check that the hire belongs to the caller.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Logic
        """,
        Block([
            F("BILLED-RACE", "HIGH", "Race Condition", "Unsynchronized Write to Billing Map",
              "Update `s.billed` while holding the mutex.", sd=-2, n=3,
              desc="`handleHire` releases `s.mu` and then writes `s.billed`; two concurrent hires can crash the process with a concurrent map write."),
            F("WIND-RACE", "MEDIUM", "Concurrency", "Data Race on Wind Readings",
              "Protect the fields with the mutex.", d=+1, sd=-1, n=3),
            F("LIFT-HIRE-NIL", "HIGH", "Error Handling", "Nil Pointer Dereference for Unknown Hire",
              "Check whether the hire exists.", sd=-2, n=3),
            F("CANCEL-BILL-KEPT", "MEDIUM", "Logic Error", "Cancelled Hires Remain Billed",
              "Subtract the hire's cost from `s.billed` on cancellation.", sd=-2, n=3),
            F("HIRE-CHECK-INCLUSIVE", "MEDIUM", "Logic Error", "Off-by-One in Availability Check",
              "Use `<` in the availability loop.", d=+1, sd=-1, n=3),
            F("BOARD-RANGE-OVERRUN", "MEDIUM", "Logic Error", "Slice Bounds Out of Range in Board View",
              "Clamp the end index to the row length.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "main.go is large; split handlers into separate files."}),
            F("BILLED-FORMAT-PENCE", "LOW", "Correctness", "Incorrect Currency Formatting",
              "Use zero-padded pence.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("NOTIFY-SHELL-INJECTION", "error", "security", "shell injection via vessel name", "no sh -c"),
            F("HISTORY-SQLI", "error", "security", "sqli in /history", "use $1", d=-1),
            F("INVOICE-TRAVERSAL", "error", "security", "invoice path traversal", "validate month"),
            F("AGENT-KEY-FAILS-OPEN", "warning", "security", "agent auth off when env unset", "fail closed"),
            F("BILLED-RACE", "warning", "", "billed map written without lock", "lock"),
            F("HIRE-HOURS-PANIC", "warning", "bug", "hire past midnight panics, mutex never unlocked", "validate hours"),
            F("BOARD-FROM-NEGATIVE", "info", "", "negative from panics board", "validate from"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Command injection in the harbour master notification.
        2. SQL injection and resource leaks in the history endpoint.
        3. Path traversal and missing authorization for invoices.
        4. Authentication weaknesses (agent key, wind endpoint).
        5. Data races on shared state (billing map, wind reading).
        6. Input validation gaps in hire creation and cancellation.
        """,
        Block([
            F("NOTIFY-SHELL-INJECTION", "blocker", "security", "Command injection through vessel name",
              "Avoid shell invocation.", d=-1, conf=0.9),
            F("HISTORY-SQLI", "blocker", "security", "SQL injection in history query",
              "Use query parameters.", conf=0.9),
            F("HISTORY-ROWS-NOT-CLOSED", "minor", "resource-leak", "Database rows not closed",
              "Defer rows.Close().", conf=0.8),
            F("HISTORY-DB-ERROR-LEAK", "minor", "security", "Internal error details exposed",
              "Return generic error.", conf=0.7),
            F("INVOICE-TRAVERSAL", "major", "security", "Path traversal in invoice endpoint",
              "Validate month.", d=-1, conf=0.85),
            F("INVOICE-OTHER-AGENT", "major", "security", "No check that the agent owns the invoices",
              "Bind invoices to the authenticated agent.", conf=0.7),
            F("AGENT-KEY-FAILS-OPEN", "major", "security", "Agent authentication bypass with empty key",
              "Require key configuration.", conf=0.85),
            F("WIND-NO-AUTH", "major", "security", "Wind endpoint lacks authentication",
              "Add authentication.", conf=0.8),
            F("BILLED-RACE", "major", "concurrency", "Concurrent map write to billed",
              "Hold the mutex while updating.", d=-1, conf=0.85),
            F("WIND-RACE", "minor", "concurrency", "Unprotected wind fields",
              "Use the mutex.", conf=0.7),
            F("HIRE-NEGATIVE-HOURS", "major", "correctness", "Hours not validated (negative cost)",
              "Validate hours range.", conf=0.75),
            F("HIRE-DAY-IGNORED", "minor", "correctness", "Hire date ignored when booking the board",
              "Check the date of Start.", conf=0.6),
            F("HIRE-CHECK-INCLUSIVE", "minor", "correctness", "Off-by-one in conflict check loop",
              "Use < instead of <=.", conf=0.75),
            F("LIFT-HIRE-NIL", "major", "reliability", "Possible nil pointer dereference in lift start",
              "Check existence of hire.", conf=0.8),
            F("CANCEL-ANY-AGENT", "major", "security", "Cancellation lacks ownership check",
              "Verify the agent.", conf=0.75),
            F("BOARD-RANGE-OVERRUN", "minor", "correctness", "Board range may exceed array bounds",
              "Fix the upper bound.", d=-2, conf=0.7),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 8 major, 6 minor"),
    ]),
}

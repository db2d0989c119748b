"""test66/go-mantelclock: a clock-repair workshop's job ticket tracker (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores, its tuning sets or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test66: seeded problems in a clock-repair workshop's job ticket tracker; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "BENCH-KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security", "bench key taken from the query string (ends up in logs, history, Referer)"),
    "BENCH-FAIL-OPEN": P(M, 'if s.benchKey != "" && key != s.benchKey {', "security", "benchOnly lets everyone through when BENCH_KEY is unset"),
    "BENCH-KEY-TIMING": P(M, 'if s.benchKey != "" && key != s.benchKey {', "security", "bench key compared with != instead of subtle.ConstantTimeCompare"),
    "TICKET-CLIENT-FIELDS": P(M, "if err := json.NewDecoder(r.Body).Decode(&t); err != nil {", "security", "whole Ticket decoded from the body: the client sets status, estimate and bench"),
    "SEQ-RESETS": P(M, "s.seq++", "bug", "ticket codes come from an in-memory counter that restarts at 0: codes repeat after every restart"),
    "CREATE-UNLOCKED": P(M, 't.Code = fmt.Sprintf("MC-%05d", s.seq)', "bug", "s.seq and s.benchLoad updated without s.mu: duplicate codes, concurrent map writes", "critical-section"),
    "LIST-SQLI": P(M, "q += \" WHERE status = '\" + status + \"'\"", "security", "status query value concatenated into the list SQL", "source-vs-sink"),
    "LIST-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "INVOICE-SQLI": P(M, '"SELECT part, qty, pence FROM parts WHERE ticket_id = " + id', "security", "path id concatenated into the invoice SQL", "signature-vs-statement"),
    "INVOICE-ROWS-LEAK": P(M, '"SELECT part, qty, pence FROM parts WHERE ticket_id = " + id', "bug", "invoice rows never closed (connection leak)"),
    "PART-CLOSED-TICKET": P(M, "INSERT INTO parts (ticket_id, part, qty, pence)", "bug", "parts added without checking the ticket exists and is still open (collected tickets change their invoice)"),
    "PART-NEGATIVE": P(M, 'r.PathValue("id"), p.Part, p.Qty, p.Pence)', "bug", "qty and pence not validated: negative values reduce the invoice"),
    "CLAIM-RACE": P(M, "UPDATE tickets SET status = 'on_bench'", "bug", "oldest waiting ticket selected, then updated without a condition or lock: two benches claim the same clock", "critical-section"),
    "HISTORY-BOUNDS": P(M, "writeJSON(w, events[len(events)-n:])", "bug", "n (default 10) not capped at len(events): slice out of range panics", "off-by-one"),
    "RATE-AVG-DIVISOR": P(M, "avg := total / time.Duration(len(ticks))", "bug", "n ticks give n-1 intervals but the sum is divided by n: beat and drift are wrong", "off-by-one"),
    "RATE-EMPTY-PANIC": P(M, "avg := total / time.Duration(len(ticks))", "bug", "an empty tick list divides by zero and panics"),
    "NOTIFY-SHELL": P(M, 'cmd := exec.Command("sh", "-c", line)', "security", "phone and clock text run through sh -c (an apostrophe in the clock description breaks out)", "signature-vs-statement"),
    "NOTIFY-NO-TIMEOUT": P(M, "return cmd.Run()", "bug", "notify-customer runs without a timeout: a hung gateway leaks goroutines and processes"),
    "STATUS-ANY-VALUE": P(M, "UPDATE tickets SET status = $1 WHERE id = $2", "bug", "any status string accepted, no transition check (collected back to waiting, typos)"),
    "STATUS-MISSING-TICKET": P(M, "UPDATE tickets SET status = $1 WHERE id = $2", "bug", "result discarded: an unknown ticket id still answers 204"),
    "READY-SCAN-IGNORED": P(M, "_ = s.db.QueryRow(`SELECT phone, clock FROM tickets", "bug", "Scan error ignored: the customer is notified with an empty phone and clock"),
    "NOTIFY-ERR-DROPPED": P(M, "go notifyCustomer(phone", "bug", "notification error dropped in a goroutine: failed texts are never logged or retried"),
    "PHOTO-TRAVERSAL": P(M, "dst, err := os.Create(path)", "security", "name form value joined into the photo path and created: writes anywhere", "source-vs-sink"),
    "LIST-NO-AUTH": P(M, 'mux.HandleFunc("GET /tickets", s.handleList)', "security", "ticket list (customers' names and phones) registered without benchOnly"),
    "PARTS-NO-AUTH": P(M, 'mux.HandleFunc("POST /tickets/{id}/parts", s.handleAddPart)', "security", "adding parts (invoice lines) registered without benchOnly"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("BENCH-KEY-IN-QUERY", "BENCH-FAIL-OPEN"),
    ("BENCH-KEY-IN-QUERY", "BENCH-KEY-TIMING"),
    ("BENCH-FAIL-OPEN", "BENCH-KEY-TIMING"),
    ("SEQ-RESETS", "CREATE-UNLOCKED"),
    ("INVOICE-SQLI", "INVOICE-ROWS-LEAK"),
    ("PART-CLOSED-TICKET", "PART-NEGATIVE"),
    ("RATE-AVG-DIVISOR", "RATE-EMPTY-PANIC"),
    ("NOTIFY-SHELL", "NOTIFY-NO-TIMEOUT"),
    ("STATUS-ANY-VALUE", "STATUS-MISSING-TICKET"),
    ("READY-SCAN-IGNORED", "NOTIFY-ERR-DROPPED"),
    ("LIST-NO-AUTH", "PARTS-NO-AUTH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole service. Severity counts for what follows:

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 8 |
        | low | 4 |

        What is done right: `adminOnly` fails closed and compares with `subtle.ConstantTimeCompare`;
        `handleClaim`, `handleRate` and the rates map take `s.mu`; `loadEvents` closes its rows and returns
        `rows.Err()`; `handleDelete` only removes collected tickets; the VAT rounding is correct.

        The route table is the first thing to fix: two handlers are registered without `benchOnly`, and
        `benchOnly` itself is weak.
        """,
        Block([
            F("LIST-NO-AUTH", "high", "security", "`GET /tickets` is public",
              "Wrap it in `s.benchOnly`; the list returns every customer's name and phone number.",
              symbol="main", conf=0.9),
            F("PARTS-NO-AUTH", "high", "security", "`POST /tickets/{id}/parts` is public",
              "Wrap it in `s.benchOnly`; anyone can add invoice lines to any ticket.",
              symbol="main", conf=0.85),
            F("BENCH-FAIL-OPEN", "high", "security", "`benchOnly` is a no-op when `BENCH_KEY` is empty",
              "Refuse to start (or deny every request) when the key is missing, as `adminOnly` does.",
              symbol="Server.benchOnly", conf=0.85),
            F("BENCH-KEY-IN-QUERY", "medium", "security", "Bench key passed as `?key=`",
              "Read it from a header; query strings end up in access logs and browser history.",
              symbol="Server.benchOnly", conf=0.8),
            F("BENCH-KEY-TIMING", "low", "security", "Bench key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.benchOnly", conf=0.55),
            F("LIST-SQLI", "critical", "security", "SQL injection through `?status=` in `handleList`",
              "Use `WHERE status = $1` and pass `status` as an argument.",
              symbol="Server.handleList", conf=0.95),
            F("INVOICE-SQLI", "critical", "security", "SQL injection through the `{id}` path value in `handleInvoice`",
              "Use a placeholder: `WHERE ticket_id = $1`.",
              symbol="Server.handleInvoice", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload writes to a client-chosen path",
              "Use `filepath.Base(name)` and reject names with separators, or generate the file name server-side.",
              symbol="Server.handlePhoto", conf=0.9),
            F("NOTIFY-SHELL", "high", "security", "`notifyCustomer` builds a shell command from ticket data",
              "Call `exec.CommandContext(ctx, \"notify-customer\", phone, msg)` without `sh -c`; an apostrophe in the clock description already breaks the quoting.",
              symbol="notifyCustomer", conf=0.9),
            F("TICKET-CLIENT-FIELDS", "medium", "security", "`handleCreate` decodes the whole `Ticket` from the request",
              "Decode into a request struct with customer, phone and clock only; set status and estimate server-side.",
              symbol="Server.handleCreate", conf=0.7),
        ]),
        "Bugs and concurrency:",
        Block([
            F("CREATE-UNLOCKED", "high", "bug", "`handleCreate` mutates `s.seq` and `s.benchLoad` without `s.mu`",
              "Take `s.mu` around the counter and map updates; concurrent requests get the same code and `benchLoad` can crash the process with a concurrent map write.",
              n=3, symbol="Server.handleCreate", conf=0.85),
            F("SEQ-RESETS", "medium", "bug", "Ticket codes restart from MC-00001 after every restart",
              "Derive the code from the database id (or a sequence) instead of an in-memory counter.",
              symbol="Server.handleCreate", conf=0.7),
            F("CLAIM-RACE", "high", "bug", "Two benches can claim the same waiting ticket",
              "Claim atomically: `UPDATE tickets SET ... WHERE id = (SELECT id FROM tickets WHERE status = 'waiting' ORDER BY created LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id`.",
              symbol="Server.handleClaim", conf=0.8),
            F("HISTORY-BOUNDS", "medium", "bug", "`handleHistory` panics when `n` exceeds the number of events",
              "Clamp: `if n > len(events) { n = len(events) }`; with the default of 10, any ticket with fewer events panics.",
              symbol="Server.handleHistory", conf=0.9),
            F("RATE-AVG-DIVISOR", "medium", "bug", "Average beat divides by the tick count instead of the interval count",
              "Divide by `len(ticks)-1`; `n` ticks bound `n-1` intervals, so the beat (and the daily drift derived from it) comes out short.",
              symbol="Server.handleRate", conf=0.8),
            F("RATE-EMPTY-PANIC", "medium", "bug", "Empty tick list panics with integer divide by zero",
              "Require at least two ticks before computing the rate.",
              symbol="Server.handleRate", conf=0.8),
            F("INVOICE-ROWS-LEAK", "medium", "bug", "`handleInvoice` never closes `rows`",
              "`defer rows.Close()` after the error check, as `loadEvents` does.",
              symbol="Server.handleInvoice", conf=0.85),
            F("PART-NEGATIVE", "low", "bug", "Negative quantities and prices accepted for parts",
              "Validate `Qty > 0` and `Pence >= 0`.", symbol="Server.handleAddPart", conf=0.65),
            F("STATUS-ANY-VALUE", "medium", "bug", "Any status string is accepted",
              "Validate against the known statuses and allowed transitions.",
              symbol="Server.handleStatus", conf=0.7),
            F("READY-SCAN-IGNORED", "low", "bug", "Lookup error ignored before notifying the customer",
              "Check the `Scan` error; today a failed lookup texts an empty number.",
              symbol="Server.handleStatus", conf=0.6),
            F("NOTIFY-ERR-DROPPED", "low", "bug", "Notification result is discarded",
              "Log the error from `notifyCustomer` (and give it a timeout); customers are silently not told.",
              symbol="Server.handleStatus", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LIST-SQLI", "critical", "security", "SQL injection: status query param concatenated into SQL", "Use $1.", d=-2),
            F("INVOICE-SQLI", "critical", "security", "SQL injection in handleInvoice via path id", "Placeholder.", d=-2),
            F("INVOICE-ROWS-LEAK", "medium", "bug", "rows not closed in handleInvoice", "defer rows.Close()."),
            F("BENCH-FAIL-OPEN", "high", "security", "benchOnly allows all requests if BENCH_KEY unset", "Deny when unset."),
            F("PARTS-NO-AUTH", "high", "security", "POST /tickets/{id}/parts not behind benchOnly", "Wrap handler."),
            F("PART-CLOSED-TICKET", "low", "bug", "parts can be added to collected/nonexistent tickets", "Check ticket status first."),
            F("CREATE-UNLOCKED", "high", "bug", "data race on s.seq/s.benchLoad in handleCreate", "Lock s.mu.", d=-1),
            F("CLAIM-RACE", "high", "bug", "claim SELECT then UPDATE without locking; double claim", "FOR UPDATE SKIP LOCKED.", d=-2),
            F("HISTORY-BOUNDS", "medium", "bug", "events[len(events)-n:] can go out of range", "Clamp n."),
            F("RATE-EMPTY-PANIC", "medium", "bug", "divide by zero when ticks is empty", "Validate len(ticks) >= 2."),
            F("NOTIFY-SHELL", "high", "security", "sh -c with interpolated phone/message", "exec.Command with args.", d=-2),
            F("STATUS-MISSING-TICKET", "low", "bug", "handleStatus ignores RowsAffected; unknown id returns 204", "Check RowsAffected."),
            F("NOTIFY-ERR-DROPPED", "low", "bug", "notifyCustomer error ignored (go statement)", "Log it."),
            F("PHOTO-TRAVERSAL", "high", "security", "FormValue(name) used in file path", "filepath.Base.", d=-2),
            F("SERVER-NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server with timeouts."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is my review of the Mantel Clock repair ticket service (`main.go`).

        ### Overview

        The service exposes ticket creation, listing, invoicing, bench assignment, beat-rate testing, status
        updates with customer notifications, and photo uploads. The code is compact and readable, but it has
        several security issues around authentication and input handling, and some concurrency and
        robustness issues.

        ### Security
        """,
        Block([
            F("BENCH-FAIL-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Bench Key Not Set",
              "Deny access when `benchKey` is empty.", sd=-2, n=3),
            F("BENCH-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Bench Key Transmitted in URL",
              "Use an HTTP header for the key.", sd=-1, n=2),
            F("BENCH-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `subtle.ConstantTimeCompare` as in `adminOnly`.", sd=-1, n=2),
            F("LIST-NO-AUTH", "HIGH", "Broken Access Control", "Ticket Listing Is Unauthenticated",
              "Register the handler with `benchOnly`.", sd=-1, n=2,
              desc="Customer names and phone numbers can be listed by anyone."),
            F("LIST-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Listing",
              "Use parameterized queries.", sd=-2, n=3),
            F("LIST-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("INVOICE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Invoice Endpoint",
              "Use a placeholder for the ticket id.", sd=-2, n=3),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in Customer Notification",
              "Do not use `sh -c`; pass arguments directly.", d=-1, sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the name with `filepath.Base`.", d=-1, sd=-3, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Concurrency and Robustness
        """,
        Block([
            F("CREATE-UNLOCKED", "HIGH", "Race Condition", "Unsynchronized Map and Counter Access in Ticket Creation",
              "Protect `seq` and `benchLoad` with `s.mu`.", d=2, sd=0, n=3,
              desc="Concurrent writes to `benchLoad` cause a fatal runtime error; concurrent increments of `seq` produce duplicate codes."),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Ticket Claim Is Not Atomic",
              "Use a single UPDATE with a subquery and `FOR UPDATE SKIP LOCKED`.", d=-2, n=3),
            F("HISTORY-BOUNDS", "MEDIUM", "Denial of Service", "Slice Bounds Panic in History Endpoint",
              "Ensure `n` does not exceed `len(events)`.", d=-3, n=3,
              desc="The validation only rejects negative values; a large `n` (or the default of 10) panics."),
            F("RATE-AVG-DIVISOR", "MEDIUM", "Logic Error", "Incorrect Average Beat Calculation",
              "Divide by the number of intervals, `len(ticks)-1`.", d=-2, sd=-3, n=3),
            F("READY-SCAN-IGNORED", "LOW", "Error Handling", "Ignored Database Error",
              "Handle the error returned by `Scan`.", sd=-2, n=3),
            F("NOTIFY-ERR-DROPPED", "LOW", "Error Handling", "Notification Errors Are Ignored",
              "Handle or log errors from `notifyCustomer`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "The file is long; consider splitting handlers into packages."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LIST-SQLI", "high", "security", "sql injection via status", "use $1"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo upload", "filepath.Base"),
            F("NOTIFY-SHELL", "high", "security", "sh -c command injection", "no shell"),
            F("BENCH-FAIL-OPEN", "medium", "security", "bench auth off when key empty", "require key"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CREATE-UNLOCKED", "high", "bug", "concurrent map write crash in handleCreate", "lock s.mu", d=2),
            F("RATE-EMPTY-PANIC", "medium", "", "divide by zero on empty ticks", "check len"),
            F("LIST-NO-AUTH", "medium", "security", "GET /tickets has no auth", "benchOnly"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: bench key in query string, fails open when unset; ticket list unauthenticated.
        2. Injection: SQL injection in listing and invoice; command injection in notifications; path traversal in
           photo upload.
        3. Concurrency: unsynchronized state in ticket creation; racy bench claim.
        4. Correctness: history slicing, beat-rate math, status handling, part validation.
        """,
        Block([
            F("BENCH-KEY-IN-QUERY", "major", "security", "Bench key read from URL query",
              "Use a request header.", conf=0.75),
            F("BENCH-FAIL-OPEN", "major", "security", "Authentication skipped if bench key empty",
              "Fail closed.", conf=0.8),
            F("LIST-NO-AUTH", "major", "security", "Ticket list endpoint without authentication",
              "Apply benchOnly middleware.", conf=0.8),
            F("TICKET-CLIENT-FIELDS", "minor", "security", "Mass assignment in ticket creation",
              "Only accept allowed fields.", conf=0.6),
            F("LIST-SQLI", "blocker", "security", "SQL injection in ticket list",
              "Use parameterized queries.", d=2, conf=0.9),
            F("LIST-ERR-LEAK", "minor", "security", "Internal error details exposed",
              "Return generic errors.", conf=0.6),
            F("INVOICE-SQLI", "blocker", "security", "SQL injection in invoice query",
              "Use placeholders.", conf=0.9),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection in notifyCustomer",
              "Avoid shell execution.", conf=0.85),
            F("NOTIFY-NO-TIMEOUT", "minor", "reliability", "External command executed without timeout",
              "Use exec.CommandContext with a timeout.", conf=0.6),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo upload",
              "Sanitize file name.", conf=0.85),
            F("CREATE-UNLOCKED", "major", "concurrency", "Race condition on shared state in handleCreate",
              "Use the mutex.", conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Non-atomic ticket claim",
              "Use a transaction with row locking.", d=-1, conf=0.75),
            F("HISTORY-BOUNDS", "major", "correctness", "Possible panic from slice bounds in history",
              "Bound n by len(events).", conf=0.85),
            F("RATE-AVG-DIVISOR", "minor", "correctness", "Off-by-one in beat average",
              "Divide by len(ticks)-1.", d=1, conf=0.7),
            F("STATUS-ANY-VALUE", "minor", "correctness", "Status values not validated",
              "Validate allowed statuses.", conf=0.65),
            F("PART-NEGATIVE", "minor", "correctness", "Part quantity and price not validated",
              "Reject negative values.", d=-1, conf=0.6),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 6 major, 6 minor"),
    ]),
}

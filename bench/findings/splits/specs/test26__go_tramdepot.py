"""test26/go-tramdepot: a tram depot's maintenance work-order service (Go). Frozen test split; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its scores, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test26): seeded problems in a small tram depot work-order service; five agents' answers "
    "written by hand."
)

M = "main.go"
W = "workorders.go"
P_ = "parts.go"
PROBLEMS = {
    "KEY-EMPTY-OPEN": P(M, "if subtle.ConstantTimeCompare(", "security", "constant-time compare, but with DEPOT_API_KEY unset an empty header equals the empty key: fails open"),
    "ROLE-HEADER-TRUST": P(M, 'if r.Header.Get("X-Role") != "supervisor"', "security", "supervisor role taken from a client-supplied X-Role header: any key holder is a supervisor", "signature-vs-statement"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security", "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
    "LIST-SQLI-TRAM": P(W, 'q := fmt.Sprintf("SELECT id, tram, defect', "security", "tram query value formatted into the work-order SQL", "source-vs-sink"),
    "LIST-SQLI-STATUS": P(W, 'q := fmt.Sprintf("SELECT id, tram, defect', "security", "status query value formatted into the work-order SQL"),
    "LIST-ROWS-NOT-CLOSED": P(W, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "LIST-ERR-LEAK": P(W, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "raw database error (SQL text, schema) returned to the client"),
    "LIST-SCAN-SWALLOWED": P(W, "if err := rows.Scan(&wo.ID", "bug", "extra, one agent: scan errors skipped with continue and rows.Err() never checked: partial lists look complete"),
    "NOTIFY-NO-TIMEOUT": P(W, "client := &http.Client{}", "bug", "defect hook client has no timeout: a hung hook leaks a goroutine per priority-1 order"),
    "NOTIFY-BODY-LEAK": P(W, "resp, err := client.Post(", "bug", "hook response body never closed: connection and goroutine leak"),
    "TECH-LOAD-RACE": P(W, "s.techLoad[tech] = n + 1", "bug", "techLoad map read and written without s.mu (closeWorkOrder takes it): concurrent map writes, limit of three exceeded", "critical-section"),
    "TECH-LOAD-WRONG-TECH": P(W, "s.techLoad[body.Tech]--", "bug", "load decremented for the tech named in the body, not the order's assigned tech: counts drift negative"),
    "CLOSE-SIGNOFF-ANYNAME": P(W, 'if body.SignedBy == "" {', "security", "sign-off is any non-empty name from the body, not the authenticated supervisor"),
    "CLOSE-EXEC-IGNORED": P(W, "s.db.Exec(\"UPDATE work_orders SET status = 'closed'", "bug", "close UPDATE error and rows affected ignored: unknown or failed closes answer 204"),
    "PHOTO-TRAVERSAL": P(W, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security", "file query value joined to the photo dir: ../ reads any file", "signature-vs-statement"),
    "SERVICE-KM-BOUNDARY": P(P_, "if t.KmSinceService > t.IntervalKm {", "bug", "due 'once it has run IntervalKm' but the test is >: a tram exactly at its interval is not due", "off-by-one"),
    "PARTS-RESERVE-RACE": P(P_, "if err == nil && stock >= req.Qty {", "bug", "stock read, checked, then decremented in separate statements: concurrent reservations oversell", "critical-section"),
    "PARTS-NEGATIVE-QTY": P(P_, "if err == nil && stock >= req.Qty {", "bug", "negative qty passes the check and increases stock"),
    "PARTS-EXEC-IGNORED": P(P_, 's.db.Exec("UPDATE parts SET qty', "bug", "UPDATE error ignored: a failed decrement still reports the parts reserved"),
    "RECENT-SLICE": P(P_, "return orders[len(orders)-n-1:]", "bug", "slice starts one too early: n+1 orders returned, panics when n == len(orders)", "off-by-one"),
    "EXPORT-CMD-INJECTION": P(P_, 'cmd := exec.Command("sh", "-c"', "security", "tram path value concatenated into an sh -c command line", "source-vs-sink"),
    "EXPORT-BLOCKING": P(P_, "if err := cmd.Run(); err != nil {", "bug", "export runs synchronously with no context or timeout inside the handler (and answers 202 only after it finished)"),
    "STATS-RLOCK-WRITE": P(P_, "s.stats, s.statsAt = s.loadStats(), time.Now()", "bug", "stats cache refreshed while holding only the read lock: concurrent refreshes write the fields at once", "critical-section"),
}

CONFUSABLE = [
    ("LIST-SQLI-TRAM", "LIST-SQLI-STATUS"),
    ("LIST-SQLI-TRAM", "LIST-ROWS-NOT-CLOSED"),
    ("LIST-ROWS-NOT-CLOSED", "LIST-ERR-LEAK"),
    ("LIST-SQLI-STATUS", "LIST-ERR-LEAK"),
    ("LIST-SQLI-TRAM", "LIST-ERR-LEAK"),
    ("NOTIFY-NO-TIMEOUT", "NOTIFY-BODY-LEAK"),
    ("PARTS-RESERVE-RACE", "PARTS-NEGATIVE-QTY"),
    ("PARTS-RESERVE-RACE", "PARTS-EXEC-IGNORED"),
    ("PARTS-NEGATIVE-QTY", "PARTS-EXEC-IGNORED"),
    ("CLOSE-EXEC-IGNORED", "TECH-LOAD-WRONG-TECH"),
    ("EXPORT-CMD-INJECTION", "EXPORT-BLOCKING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the three files of `tramdepot`. The API key check itself is done properly
        (`subtle.ConstantTimeCompare`), and `createWorkOrder` validates priority and uses placeholders. The rest
        has problems of three kinds:

        | Severity | Count | Examples |
        |---|---|---|
        | critical | 2 | SQL injection in the listing, shell injection in the export |
        | high | 5 | injectable status filter, trusted role header, photo path traversal, parts overselling, empty key |
        | medium | 5 | shared maps without locks, leaked rows and response bodies, negative quantities |
        | low | 2 | boundary and error-handling details |
        """,
        Block([
            F("LIST-SQLI-TRAM", "critical", "security", "SQL injection through `tram` in `listWorkOrders`",
              "Use `$1`/`$2` placeholders: `WHERE status = $1 AND tram LIKE $2 || '%'`.", symbol="Server.listWorkOrders", conf=0.95),
            F("LIST-SQLI-STATUS", "high", "security", "SQL injection through `status` in `listWorkOrders`",
              "Bind `status` as well, and validate it against the known states.", symbol="Server.listWorkOrders", conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `listWorkOrders`",
              "Add `defer rows.Close()` after the error check, as `loadStats` does.", symbol="Server.listWorkOrders", conf=0.85),
            F("EXPORT-CMD-INJECTION", "critical", "security", "Shell injection through the `{tram}` path value",
              "Validate the tram number (`^[0-9]{3,4}$`) and run `pg_dump` without `sh -c`, writing the gzip stream from Go.",
              symbol="Server.exportTram", conf=0.9),
            F("ROLE-HEADER-TRUST", "high", "security", "Supervisor role is read from a request header the client controls",
              "Derive the role from the authenticated key (one key per role) instead of `X-Role`.",
              symbol="Server.requireSupervisor", conf=0.9),
            F("KEY-EMPTY-OPEN", "high", "security", "Empty `DEPOT_API_KEY` lets requests without a key through",
              "Refuse to start when the key is empty; `ConstantTimeCompare` of two empty slices returns 1.",
              symbol="Server.requireKey", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos?file=`",
              "Reject names that are not a plain base name, or use `os.Root`/`http.FileServer` on the directory.",
              symbol="Server.photo", conf=0.9),
            F("PARTS-RESERVE-RACE", "high", "bug", "Concurrent reservations can take more parts than are in stock",
              "Do it in one statement: `UPDATE parts SET qty = qty - $1 WHERE code = $2 AND qty >= $1` and check `RowsAffected`.",
              d=-1, n=3, symbol="Server.reserveParts", conf=0.85),
            F("PARTS-NEGATIVE-QTY", "medium", "bug", "Negative quantities add stock",
              "Reject `req.Qty <= 0` before touching the database.", symbol="Server.reserveParts", conf=0.8),
            F("TECH-LOAD-RACE", "medium", "bug", "`techLoad` is written without `s.mu` in `assignTechnician`",
              "Hold `s.mu` for the check and the increment; concurrent map writes crash the process.",
              d=-1, n=2, symbol="Server.assignTechnician", conf=0.85),
            F("STATS-RLOCK-WRITE", "medium", "bug", "`depotStats` writes the cache under `RLock`",
              "Take the write lock for the refresh (or double-check under `Lock`).", d=-3, symbol="Server.depotStats", conf=0.8),
            F("NOTIFY-BODY-LEAK", "medium", "bug", "Defect hook response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.notifyDefect", conf=0.8),
            F("NOTIFY-NO-TIMEOUT", "low", "bug", "Hook client has no timeout",
              "Use `&http.Client{Timeout: 5 * time.Second}`.", symbol="Server.notifyDefect", conf=0.7),
            F("RECENT-SLICE", "low", "bug", "`recentOrders` returns one order too many and panics for n == len",
              "Slice from `len(orders)-n`.", symbol="recentOrders", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go, workorders.go, parts.go. Did not run go vet or the race detector.",
        Block([
            F("LIST-SQLI-TRAM", "critical", "security", "listWorkOrders: tram query param reaches fmt.Sprintf SQL",
              "Placeholders.", d=-1),
            F("EXPORT-CMD-INJECTION", "critical", "security", "exportTram builds sh -c command from PathValue(\"tram\")",
              "exec pg_dump directly; validate tram.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "photo: file param joined into photoDir unchecked",
              "filepath.Base + check.", d=-2),
            F("ROLE-HEADER-TRUST", "high", "security", "requireSupervisor trusts X-Role",
              "Role from credentials.", d=-2),
            F("PARTS-RESERVE-RACE", "high", "bug", "reserveParts: check-then-update, no tx or conditional update",
              "Single UPDATE ... WHERE qty >= $1.", d=-1),
            F("PARTS-EXEC-IGNORED", "medium", "bug", "reserveParts ignores Exec error", "Check err and RowsAffected."),
            F("TECH-LOAD-RACE", "medium", "bug", "data race on s.techLoad (assignTechnician, no mutex)",
              "s.mu.Lock().", d=-1),
            F("CLOSE-EXEC-IGNORED", "medium", "bug", "closeWorkOrder ignores Exec error; always 204", "Check it."),
            F("TECH-LOAD-WRONG-TECH", "low", "bug", "closeWorkOrder decrements load of body.Tech, not the assigned tech",
              "Read tech from the row."),
            F("SERVICE-KM-BOUNDARY", "low", "bug", "dueForService: > should be >=", "Use >=."),
        ], fence=None, indent=2),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the tram depot maintenance service. Below are my findings, grouped by theme.

        ## Security
        """,
        Block([
            F("LIST-SQLI-STATUS", "CRITICAL", "SQL Injection", "SQL Injection in Work Order Listing",
              "Use parameterized queries for both filters.", d=-2,
              desc="The `status` and `tram` query parameters are interpolated with fmt.Sprintf; the status value in particular sits inside quotes that an attacker can close."),
            F("EXPORT-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Tram Export",
              "Avoid invoking a shell."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Clean and validate the file name.", d=-1),
            F("ROLE-HEADER-TRUST", "HIGH", "Broken Access Control", "Client-Controlled Role Header",
              "Never trust authorization data sent by the client."),
            F("CLOSE-SIGNOFF-ANYNAME", "MEDIUM", "Broken Access Control", "Work Order Sign-Off Can Be Forged",
              "Record the identity of the authenticated supervisor instead of a free-text name.",
              desc="Any non-empty `signed_by` value is accepted, so the audit trail of who signed off safety-relevant repairs cannot be trusted."),
            F("LIST-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Return a generic error message."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("STATS-RLOCK-WRITE", "HIGH", "Race Condition", "Shared Statistics Written Under Read Lock",
              "Use Lock() when refreshing.", d=-1),
            F("PARTS-RESERVE-RACE", "HIGH", "Race Condition", "Inventory Overselling Race",
              "Use a transaction with SELECT ... FOR UPDATE.", d=+1,
              desc="Two technicians reserving the last brake pads at the same time both see enough stock and both decrement."),
            F("PARTS-NEGATIVE-QTY", "MEDIUM", "Business Logic", "Negative Quantity Increases Inventory",
              "Validate qty > 0."),
            F("NOTIFY-BODY-LEAK", "MEDIUM", "Resource Leak", "HTTP Response Body Not Closed",
              "Close resp.Body."),
            F("LIST-SCAN-SWALLOWED", "LOW", "Error Handling", "Row Scan Errors Silently Ignored",
              "Return the error and check rows.Err()."),
            U({"severity": "info", "category": "style", "title": "", "description": "Handlers could share a small error helper."}),
            F("EXPORT-BLOCKING", "MEDIUM", "Denial of Service", "Long-Running Export Blocks Request Handler",
              "Run the export in a background job with a context timeout."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LIST-SQLI-TRAM", "error", "security", "sql injection in listWorkOrders", "use $1 $2"),
            F("EXPORT-CMD-INJECTION", "error", "", "command injection in exportTram", "no sh -c"),
            F("NOTIFY-NO-TIMEOUT", "warning", "bug", "http client without timeout in notifyDefect", "set Timeout", d=+1, sd=0),
            F("RECENT-SLICE", "warning", "bug", "recentOrders off by one", "len(orders)-n"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the work-order listing, shell in the export.
        2. Access control: role header, empty API key, forged sign-off.
        3. Concurrency: technician load map, stats cache, parts stock.
        4. Resource leaks: rows and HTTP response bodies.
        5. Boundary conditions in service due and recent orders.
        """,
        Block([
            F("LIST-SQLI-TRAM", "blocker", "security", "SQL injection in listWorkOrders", "Use placeholders.", conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in listWorkOrders",
              "defer rows.Close().", conf=0.8),
            F("EXPORT-CMD-INJECTION", "blocker", "security", "Command injection in exportTram",
              "Validate input and avoid the shell.", conf=0.9),
            F("KEY-EMPTY-OPEN", "major", "security", "Authentication bypass with empty DEPOT_API_KEY",
              "Fail on startup if unset.", d=-1, conf=0.7),
            F("ROLE-HEADER-TRUST", "major", "security", "Role taken from X-Role header",
              "Bind roles to keys.", d=-1, conf=0.8),
            F("TECH-LOAD-RACE", "major", "concurrency", "Concurrent map access to techLoad",
              "Protect with s.mu.", conf=0.85),
            F("STATS-RLOCK-WRITE", "major", "concurrency", "Write under RLock in depotStats",
              "Use the write lock.", conf=0.8),
            F("PARTS-RESERVE-RACE", "major", "concurrency", "Parts reservation is not atomic",
              "Use a conditional UPDATE.", conf=0.8),
            F("NOTIFY-BODY-LEAK", "minor", "resource-leak", "Response body leak in notifyDefect",
              "Close the body.", d=+1, sd=0, conf=0.7),
            F("SERVICE-KM-BOUNDARY", "minor", "correctness", "Service due check excludes the exact interval",
              "Use >=.", d=-1, conf=0.7),
            F("RECENT-SLICE", "major", "correctness", "Off-by-one slice bound in recentOrders may panic",
              "Use len(orders)-n.", d=-3, conf=0.8),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "HTTP server without timeouts",
              "Use http.Server with ReadHeaderTimeout.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}

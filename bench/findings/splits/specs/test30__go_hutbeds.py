"""test30/go-hutbeds: a mountaineering club's hut bed bookings and honesty-box ledger (Go, net/http + database/sql).

Frozen test split test30: written 2026-12-03 by a helper session that had not seen the merger code, its
results, the bench tuning set or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "any other split's cases. Frozen test split (test30): seeded problems in a small Go service for mountain hut "
    "bookings and takings; five agents' answers written by hand."
)

M = "main.go"
B = "beds.go"
L = "ledger.go"
PROBLEMS = {
    "WARDEN-MISSING-HEADER": P(M, 'if key := r.Header.Get("X-Warden-Key"); key != ""', "security",
                               "warden check only runs when the header is present: no header, no check (auth bypass)",
                               "signature-vs-statement"),
    "WARDEN-TIMING": P(M, 'if key := r.Header.Get("X-Warden-Key"); key != ""', "security",
                       "warden key compared with != instead of subtle.ConstantTimeCompare"),
    "LIST-SQLI-FROM": P(B, "q := fmt.Sprintf(\"SELECT id, name, night, party FROM reservations", "security",
                        "from query value formatted into the SQL text: SQL injection", "source-vs-sink"),
    "LIST-SQLI-HUT": P(B, "q := fmt.Sprintf(\"SELECT id, name, night, party FROM reservations", "security",
                       "hut path value formatted into the same SQL text: SQL injection through the path"),
    "LIST-ROWS-NOT-CLOSED": P(B, "rows, err := s.db.Query(q)", "bug",
                              "rows never closed (no defer rows.Close(), break on a Scan error): connections leak"),
    "LIST-DB-ERROR-LEAK": P(B, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                            "database error text (with the query) returned to the client (extra, one agent)"),
    "RESERVE-PARTY-UNVALIDATED": P(B, "if err != nil || req.Nights < 1 || req.Nights > 7 {", "bug",
                                   "party size never validated: zero or negative parties pass and a negative one frees beds"),
    "NIGHTS-LOOP-OFF": P(B, "for d := 0; d <= req.Nights; d++ {", "bug",
                         "<= checks one night more than is booked: a full hut on the departure night refuses the stay",
                         "off-by-one"),
    "SCAN-ERR-IGNORED": P(B, 'AND night = $2", hut, night).Scan(&booked)', "bug",
                          "QueryRow(...).Scan error ignored: on a database error booked stays 0 and the hut overbooks"),
    "CAPACITY-RACE": P(B, "if booked+req.Party > capacity {", "bug",
                       "capacity checked in one loop and rows inserted in another without a transaction or lock: "
                       "concurrent bookings overbook", "critical-section"),
    "INSERT-ERR-IGNORED": P(B, 's.db.Exec("INSERT INTO reservations', "bug",
                            "insert errors ignored and nights not inserted in one transaction: partial stays, 201 anyway"),
    "CANCEL-NO-OWNER": P(B, 'res, err := s.db.Exec("DELETE FROM reservations WHERE id = $1", id)', "security",
                         "anyone can cancel any reservation by id: the email is read but not used in the delete",
                         "signature-vs-statement"),
    "OCC-INDEX-OFF": P(B, "for i := 1; i <= len(booked); i++ {", "bug",
                       "loop from 1 to <= len reads booked[len(booked)]: index out of range panic on every report",
                       "off-by-one"),
    "OCC-ZERO-CAPACITY": P(B, "out[i-1] = float64(booked[i]) / float64(capacity)", "bug",
                           "a hut with 0 beds gives +Inf/NaN, which encoding/json refuses (empty response)"),
    "LEDGER-ADD-RACE": P(L, "l.balances[hut] += cents", "bug",
                         "Ledger.Add writes the map and total without l.mu: concurrent payments race (fatal map writes, "
                         "lost cents)", "critical-section"),
    "PAY-NO-BODY-LIMIT": P(L, "if err := json.NewDecoder(r.Body).Decode(&p)", "security",
                           "payment body decoded without http.MaxBytesReader: unbounded request bodies"),
    "PAY-FLOAT-TRUNC": P(L, "cents := int64(p.Amount * 100)", "bug",
                         "float euros truncated to cents: 19.99 becomes 1998"),
    "PAY-NEGATIVE": P(L, "cents := int64(p.Amount * 100)", "bug",
                      "negative (or NaN/huge) amounts accepted: anyone can drain a hut's balance"),
    "ALERT-RATE-RACE": P(L, "a.lastSent = time.Now()", "bug",
                         "lastSent and sent read and written by concurrent Notify goroutines without a.mu",
                         "critical-section"),
    "ALERT-JSON-CONCAT": P(L, 'body := strings.NewReader(`{"hut":"` + hut', "security",
                           "pager JSON built by string concatenation with the payer's note: JSON injection / invalid body"),
    "ALERT-NO-TIMEOUT": P(L, 'resp, err := http.Post(a.url, "application/json", body)', "bug",
                          "http.Post uses the default client without a timeout: one stuck goroutine per payment"),
    "ALERT-BODY-NOT-CLOSED": P(L, 'resp, err := http.Post(a.url, "application/json", body)', "bug",
                               "resp.Body never closed: connections leak"),
    "EXPORT-TRAVERSAL": P(L, "path := filepath.Join(s.exportDir, name)", "security",
                          "file query value joined to exportDir: ../ reads any file", "source-vs-sink"),
    "EXPORT-SHELL-RECIPIENT": P(L, 'out, err := exec.Command("sh", "-c"', "security",
                                "to query value concatenated into an sh -c command line", "source-vs-sink"),
    "EXPORT-SHELL-PATH": P(L, 'out, err := exec.Command("sh", "-c"', "security",
                           "the file name (via path) is concatenated into the same sh -c command line"),
}

CONFUSABLE = [
    ("WARDEN-MISSING-HEADER", "WARDEN-TIMING"),
    ("LIST-SQLI-FROM", "LIST-SQLI-HUT"),
    ("LIST-SQLI-HUT", "LIST-ROWS-NOT-CLOSED"),
    ("LIST-ROWS-NOT-CLOSED", "LIST-DB-ERROR-LEAK"),
    ("NIGHTS-LOOP-OFF", "SCAN-ERR-IGNORED"),
    ("SCAN-ERR-IGNORED", "CAPACITY-RACE"),
    ("PAY-FLOAT-TRUNC", "PAY-NEGATIVE"),
    ("ALERT-JSON-CONCAT", "ALERT-NO-TIMEOUT"),
    ("ALERT-NO-TIMEOUT", "ALERT-BODY-NOT-CLOSED"),
    ("EXPORT-TRAVERSAL", "EXPORT-SHELL-PATH"),
    ("EXPORT-SHELL-RECIPIENT", "EXPORT-SHELL-PATH"),
    ("EXPORT-TRAVERSAL", "EXPORT-SHELL-RECIPIENT"),
    ("OCC-INDEX-OFF", "OCC-ZERO-CAPACITY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go`, `beds.go` and `ledger.go`. The server setup is sound (`ReadHeaderTimeout`, a body limit on
        the booking decoder, parameterised capacity lookups), but the warden middleware does not actually enforce
        anything when the header is missing, which exposes the SQL-injectable reservation list and the shell-based
        export to anyone.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 10 |
        | low | 3 |
        """,
        Block([
            F("WARDEN-MISSING-HEADER", "critical", "security", "`requireWarden` lets requests without the header through",
              "Reject unless the header is present and equal: `if subtle.ConstantTimeCompare([]byte(key), []byte(s.wardenKey)) != 1 || s.wardenKey == \"\"`.",
              symbol="Server.requireWarden", conf=0.95),
            F("LIST-SQLI-FROM", "critical", "security", "SQL injection via the `from` query parameter",
              "Use placeholders: `WHERE hut = $1 AND night >= $2` with `hut, from` as arguments.",
              symbol="Server.listReservations", conf=0.95),
            F("LIST-SQLI-HUT", "high", "security", "SQL injection via the `{hut}` path segment",
              "Same fix: bind `hut` as a parameter; `PathValue` returns the decoded segment, so quotes get through.",
              symbol="Server.listReservations", conf=0.85),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `listReservations`",
              "Add `defer rows.Close()` right after the error check and check `rows.Err()` after the loop.",
              symbol="Server.listReservations", conf=0.85),
            F("EXPORT-SHELL-RECIPIENT", "critical", "security", "Command injection through the `to` parameter of `/exports`",
              "Run `exec.Command(\"gpg\", \"--encrypt\", \"--armor\", \"-r\", recipient, path)` without `sh -c`, and validate `recipient` against the treasurer's keyring.",
              symbol="Server.export", conf=0.95),
            F("EXPORT-SHELL-PATH", "high", "security", "Export file name is also interpolated into the shell command",
              "Passing `path` as its own argv element fixes this too; a name like `x;id` currently runs `id`.",
              symbol="Server.export", conf=0.8),
            F("EXPORT-TRAVERSAL", "high", "security", "Path traversal in `/exports` file name",
              "Reject names that are not `filepath.Base(name)` or that resolve outside `exportDir`.",
              symbol="Server.export", conf=0.85),
            F("CANCEL-NO-OWNER", "high", "security", "Reservations can be cancelled by anyone who guesses an id",
              "Delete with `WHERE id = $1 AND email = $2` (better: a per-reservation cancel token); `email` is currently only used in the error message.",
              symbol="Server.cancel", conf=0.85),
            F("CAPACITY-RACE", "medium", "bug", "Capacity check and inserts are not atomic",
              "Run the check and the inserts in one transaction with `SELECT ... FOR UPDATE` on the hut row (or a per-hut advisory lock).",
              d=-1, n=2, symbol="Server.reserve", conf=0.8),
            F("SCAN-ERR-IGNORED", "medium", "bug", "Error from the per-night capacity query is ignored",
              "Check the `Scan` error; today a failed query reads as zero beds booked.",
              symbol="Server.reserve", conf=0.8),
            F("NIGHTS-LOOP-OFF", "medium", "bug", "Availability loop checks one night too many",
              "`for d := 0; d < req.Nights; d++`, matching the insert loop below.",
              symbol="Server.reserve", conf=0.85),
            F("RESERVE-PARTY-UNVALIDATED", "medium", "bug", "Party size is not validated",
              "Require `1 <= req.Party <= capacity`; a negative party lowers the booked sum for everyone.",
              symbol="Server.reserve", conf=0.8),
            F("INSERT-ERR-IGNORED", "medium", "bug", "Reservation inserts ignore errors and are not transactional",
              "Insert all nights in one transaction and return 500 if any insert fails.",
              n=2, symbol="Server.reserve", conf=0.75),
            F("LEDGER-ADD-RACE", "high", "bug", "`Ledger.Add` mutates shared state without the mutex",
              "Lock `l.mu` in `Add` as `Balance` does; handlers run concurrently and unsynchronised map writes crash the process.",
              d=-1, n=3, symbol="Ledger.Add", conf=0.9),
            F("PAY-FLOAT-TRUNC", "medium", "bug", "Payment amount truncated when converted to cents",
              "Use `int64(math.Round(p.Amount * 100))`, or accept integer cents in the API.",
              symbol="Server.pay", conf=0.8),
            F("PAY-NEGATIVE", "medium", "bug", "Negative payments are accepted",
              "Reject amounts `<= 0`, NaN and anything above a sane maximum.", symbol="Server.pay", conf=0.8),
            F("PAY-NO-BODY-LIMIT", "low", "security", "Payment body has no size limit",
              "Wrap `r.Body` in `http.MaxBytesReader` as `reserve` does.", symbol="Server.pay", conf=0.7),
            F("ALERT-RATE-RACE", "medium", "bug", "Alerter rate limiting races between goroutines",
              "Hold `a.mu` while reading and updating `lastSent` and `sent`; several payments in the same instant all page the warden.",
              d=-3, n=2, symbol="Alerter.Notify", conf=0.75),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "Pager request has no timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`; each payment starts a goroutine that can block forever.",
              symbol="Alerter.Notify", conf=0.75),
            F("ALERT-BODY-NOT-CLOSED", "low", "bug", "Pager response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Alerter.Notify", conf=0.8),
            F("OCC-INDEX-OFF", "high", "bug", "`occupancy` indexes past the end of `booked`",
              "Loop `for i, b := range booked { out[i] = float64(b) / float64(capacity) }`; the current loop panics on the last iteration.",
              symbol="occupancy", conf=0.9),
            F("OCC-ZERO-CAPACITY", "low", "bug", "Division by zero capacity in `occupancy`",
              "Return zeros (or 404) for a hut with no beds; `json.Encode` fails on `+Inf`.",
              symbol="occupancy", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go, beds.go, ledger.go. `go vet` and the race detector were not run (no toolchain here).",
        Block([
            F("WARDEN-MISSING-HEADER", "critical", "security", "Warden middleware is a no-op without X-Warden-Key",
              "Require the header.", d=-2),
            F("LIST-SQLI-FROM", "critical", "security", "?from= concatenated into SQL (fmt.Sprintf)",
              "Use $1/$2 args.", d=-1),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "Missing rows.Close()", "defer rows.Close()."),
            F("LIST-DB-ERROR-LEAK", "low", "security", "DB error string returned to client",
              "Log it; return a generic 500."),
            F("EXPORT-TRAVERSAL", "high", "security", "?file= escapes exportDir", "filepath.Base + check.", d=-2),
            F("EXPORT-SHELL-RECIPIENT", "critical", "security", "?to= reaches sh -c", "exec gpg directly with args.",
              d=-2),
            F("CANCEL-NO-OWNER", "high", "security", "DELETE /reservations/{id} is unauthenticated",
              "Require owner email/token.", d=-3),
            F("NIGHTS-LOOP-OFF", "medium", "bug", "Availability checked for Nights+1 nights", "d < req.Nights.",
              d=+1),
            F("SCAN-ERR-IGNORED", "medium", "bug", "Scan error dropped in capacity check", "Handle err."),
            F("CAPACITY-RACE", "medium", "bug", "Overbooking under concurrent reservations (check/insert not atomic)",
              "Tx + row lock."),
            F("LEDGER-ADD-RACE", "high", "bug", "Data race: Ledger.Add without lock", "l.mu.Lock()."),
            F("PAY-FLOAT-TRUNC", "medium", "bug", "float64 -> int64 cents truncates", "math.Round."),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "http.Post with no timeout in per-payment goroutine",
              "Client with Timeout."),
            F("ALERT-BODY-NOT-CLOSED", "low", "bug", "resp.Body leak in Notify", "Close body."),
            F("OCC-INDEX-OFF", "high", "bug", "occupancy(): booked[i] out of range when i == len(booked)",
              "0-based loop.", d=+1),
        ], fence=None, indent=2),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the hut booking service. The code is written in Go and uses `net/http` with the
        Go 1.22 routing patterns and `database/sql` with the pgx driver.

        ## Critical and High Severity Findings
        """,
        Block([
            F("WARDEN-MISSING-HEADER", "CRITICAL", "Broken Authentication", "Warden Authentication Can Be Bypassed",
              "Always require the key.", d=-1,
              desc="The returned handler only rejects requests whose header is present and wrong; omitting the header skips the check."),
            F("LIST-SQLI-FROM", "CRITICAL", "SQL Injection", "SQL Injection in Reservation Listing",
              "Use parameterized queries."),
            F("LIST-SQLI-HUT", "HIGH", "SQL Injection", "SQL Injection via Hut Path Parameter",
              "Bind the hut slug as a query argument."),
            F("EXPORT-SHELL-RECIPIENT", "CRITICAL", "Command Injection", "Command Injection in Export Endpoint",
              "Do not invoke a shell."),
            F("EXPORT-SHELL-PATH", "HIGH", "Command Injection", "Unsanitized File Path Passed to Shell",
              "Pass the path as a separate argument."),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Export File Parameter",
              "Validate the file name."),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Unauthorized Reservation Cancellation",
              "Verify the email before deleting.", d=-1,
              desc="The `email` query parameter is read but never used to restrict the DELETE statement."),
            F("ALERT-JSON-CONCAT", "Medium", "Injection", "JSON Injection in Pager Payload",
              "Use `json.Marshal`."),
            F("PAY-NO-BODY-LIMIT", "Medium", "Resource Exhaustion", "Unbounded Request Body in Payment Handler",
              "Use `http.MaxBytesReader`."),
        ], wrap="list"),
        """
        ## Medium and Low Severity Findings
        """,
        Block([
            F("LEDGER-ADD-RACE", "major", "Race Condition", "Unsynchronized Ledger Total Update",
              "Lock the mutex in Add.", d=+1),
            F("ALERT-RATE-RACE", "major", "Race Condition", "Data Race on Alerter State",
              "Protect lastSent with the mutex."),
            F("CAPACITY-RACE", "major", "Race Condition", "Time-of-Check to Time-of-Use in Bed Allocation",
              "Use a transaction.", d=-2),
            F("NIGHTS-LOOP-OFF", "minor", "Logic Error", "Availability Check Includes Departure Night",
              "Use `<` instead of `<=`."),
            F("RESERVE-PARTY-UNVALIDATED", "minor", "Input Validation", "Party Size Not Validated",
              "Check that the party is positive."),
            F("PAY-NEGATIVE", "minor", "Input Validation", "Negative Payment Amounts Allowed",
              "Reject non-positive amounts."),
            F("OCC-INDEX-OFF", "major", "Index Out of Range", "Out-of-Bounds Slice Access in occupancy",
              "Iterate from 0 to len-1."),
            U({"severity": "low", "category": "maintainability", "description": "The Alerter mutex is declared but unused."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "review done. issues:",
        Block([
            F("WARDEN-MISSING-HEADER", "error", "security", "warden auth skipped when header absent", "require header"),
            F("LIST-SQLI-FROM", "error", "security", "sql injection in reservation list", "use args"),
            F("EXPORT-SHELL-RECIPIENT", "error", "security", "shell injection in export", "no sh -c"),
            F("CANCEL-NO-OWNER", "warning", "security", "cancel not tied to owner", "check email"),
            F("SCAN-ERR-IGNORED", "warning", "", "ignored scan error in reserve", "check err"),
            F("LEDGER-ADD-RACE", "warning", "bug", "ledger map written without lock", "lock mu"),
            F("PAY-NEGATIVE", "warning", "bug", "negative payments accepted", "validate amount"),
            F("ALERT-BODY-NOT-CLOSED", "warning", "bug", "response body not closed", "defer resp.Body.Close()"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the reservation list.
        2. Command injection and path traversal in the export endpoint.
        3. Timing-unsafe comparison of the warden key.
        4. Data races in the ledger and the alerter.
        5. Several validation, resource and off-by-one problems.
        """,
        Block([
            F("WARDEN-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.55),
            F("LIST-SQLI-FROM", "blocker", "security", "SQL injection in listReservations",
              "Use parameterized queries.", d=+1, conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed after query",
              "Defer rows.Close().", conf=0.8),
            F("EXPORT-SHELL-RECIPIENT", "blocker", "security", "Shell command injection in export",
              "Avoid sh -c.", conf=0.9),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export file",
              "Clean and validate the path.", conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization on cancellation",
              "Check ownership.", conf=0.8),
            F("RESERVE-PARTY-UNVALIDATED", "minor", "correctness", "No validation of party size",
              "Validate party > 0.", conf=0.7),
            F("NIGHTS-LOOP-OFF", "major", "correctness", "Off-by-one in nights availability loop",
              "Use < instead of <=.", conf=0.8),
            F("CAPACITY-RACE", "major", "concurrency", "Race condition allows overbooking",
              "Use a transaction with locking.", conf=0.75),
            F("INSERT-ERR-IGNORED", "minor", "correctness", "Insert errors ignored",
              "Check the error from Exec.", conf=0.7),
            F("OCC-INDEX-OFF", "major", "correctness", "Index out of range in occupancy",
              "Fix loop bounds.", conf=0.85),
            F("OCC-ZERO-CAPACITY", "minor", "correctness", "Division by zero when capacity is 0",
              "Guard capacity.", conf=0.6),
            F("LEDGER-ADD-RACE", "major", "concurrency", "Concurrent map write in Ledger.Add",
              "Use the mutex.", conf=0.85),
            F("PAY-FLOAT-TRUNC", "minor", "correctness", "Floating point truncation of payment",
              "Round to nearest cent.", conf=0.7),
            F("ALERT-RATE-RACE", "minor", "concurrency", "Racy sent counter and lastSent in Alerter",
              "Use the mutex.", d=+1, conf=0.65),
            F("ALERT-NO-TIMEOUT", "minor", "resource-leak", "HTTP client without timeout",
              "Set a timeout.", conf=0.65),
            F("ALERT-BODY-NOT-CLOSED", "minor", "resource-leak", "Response body leak in Notify",
              "Close the body.", conf=0.75),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 7 major, 8 minor"),
    ]),
}

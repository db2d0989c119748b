"""test111/go-ghostlantern: a city ghost walk's tour groups, guide rotas and lantern hires (Go, net/http + pgx).

Frozen test split test111 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code, its
results or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test111: seeded problems in a ghost-walk booking desk; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "GUIDE-KEY-EMPTY": P(M, 'if r.Header.Get("X-Guide-Key") != s.guideKey {', "security",
                         "guideOnly: with GUIDE_KEY unset, a request without the header matches the empty key",
                         "signature-vs-statement"),
    "GUIDE-KEY-TIMING": P(M, 'if r.Header.Get("X-Guide-Key") != s.guideKey {', "security",
                          "guide key compared with != instead of subtle.ConstantTimeCompare"),
    "TOUR-CAPACITY-RACE": P(M, "if booked+g.Size > tourCapacity {", "bug",
                            "SUM then INSERT outside a transaction: two bookings can both fit and overfill the walk",
                            "critical-section"),
    "TOUR-SUM-ERR-IGNORED": P(M, 's.db.QueryRow("SELECT COALESCE(SUM(size), 0)', "bug",
                              "Scan error ignored: on a database error booked stays 0 and the capacity check passes"),
    "GROUP-SQLI": P(M, 'FROM groups WHERE id = " + id)', "security",
                    "path id concatenated into the SELECT (SQL injection)", "source-vs-sink"),
    "GROUP-PHONE-PUBLIC": P(M, 'FROM groups WHERE id = " + id)', "security",
                            "GET /groups/{id} has no auth: contact names and phone numbers of any group readable",
                            "signature-vs-statement"),
    "GROUP-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                        "database error text returned to the client (and an unknown id answers 500, not 404)"),
    "WEEK-MISSES-SUNDAY": P(M, "for i := 0; i < 6; i++ {", "bug",
                            "weekDays stops at 6: Sunday's walks are missing from the rota", "off-by-one"),
    "ROTA-CACHE-RACE": P(M, "s.rotaCache[week] = slots", "bug",
                         "map written without s.mu: concurrent rota requests crash the process (concurrent map writes) and load twice",
                         "critical-section"),
    "ROTA-CACHE-NEVER-EXPIRES": P(M, "s.rotaCache[week] = slots", "bug",
                                  "a loaded week is cached forever: later rota changes are never shown until restart"),
    "EXPORT-TRAVERSAL": P(M, "if err := os.WriteFile(filepath.Join(exportDir, name)", "security",
                          "?name= joined to exportDir unchecked: the export can overwrite any file the service may write",
                          "source-vs-sink"),
    "LANTERN-COUNT-UNCHECKED": P(M, 'count, _ := strconv.Atoi(r.FormValue("count"))', "bug",
                                 "count parse error ignored and not range-checked: 0 or negative hires, negative count adds stock"),
    "LANTERN-STOCK-RACE": P(M, "free := lanternStock - s.hiredOut", "bug",
                            "free stock read under the lock, lock released, then checked and added: concurrent hires over-issue lanterns",
                            "critical-section"),
    "LATEFEE-TRUNC": P(M, "hours := int(late.Hours())", "bug",
                       "int() truncates: a started hour is not charged (59 minutes late costs nothing)", "off-by-one"),
    "RETURN-NEGATIVE-REFUND": P(M, "refund := hireDeposit*lanterns - lateFee(", "bug",
                                "late fee beyond the deposit gives a negative refund, recorded and returned as is"),
    "RETURN-TWICE": P(M, 's.db.Exec("UPDATE hires SET back_at = now()', "bug",
                      "no back_at IS NULL check: a hire can be returned twice, refunded twice and hiredOut decremented twice"),
    "RETURN-EXEC-ERR-IGNORED": P(M, 's.db.Exec("UPDATE hires SET back_at = now()', "bug",
                                 "UPDATE error ignored: the refund is reported and stock released even when nothing was recorded"),
    "REMIND-URL-UNESCAPED": P(M, 'resp, err := http.Get(s.smsURL + "?to=" + phone', "security",
                              "phone and tour concatenated into the gateway URL unescaped: a booked phone can add recipients or parameters"),
    "REMIND-BODY-NOT-CLOSED": P(M, 'resp, err := http.Get(s.smsURL + "?to=" + phone', "bug",
                                "resp.Body never closed: a connection leaks per reminder"),
    "REMIND-NO-TIMEOUT": P(M, 'resp, err := http.Get(s.smsURL + "?to=" + phone', "bug",
                           "http.Get uses the default client with no timeout: a hung gateway stops all reminders"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("GUIDE-KEY-EMPTY", "GUIDE-KEY-TIMING"),
    ("TOUR-CAPACITY-RACE", "TOUR-SUM-ERR-IGNORED"),
    ("GROUP-SQLI", "GROUP-PHONE-PUBLIC"),
    ("GROUP-SQLI", "GROUP-ERR-LEAK"),
    ("GROUP-PHONE-PUBLIC", "GROUP-ERR-LEAK"),
    ("ROTA-CACHE-RACE", "ROTA-CACHE-NEVER-EXPIRES"),
    ("LANTERN-COUNT-UNCHECKED", "LANTERN-STOCK-RACE"),
    ("RETURN-NEGATIVE-REFUND", "RETURN-TWICE"),
    ("RETURN-NEGATIVE-REFUND", "RETURN-EXEC-ERR-IGNORED"),
    ("RETURN-TWICE", "RETURN-EXEC-ERR-IGNORED"),
    ("REMIND-URL-UNESCAPED", "REMIND-BODY-NOT-CLOSED"),
    ("REMIND-URL-UNESCAPED", "REMIND-NO-TIMEOUT"),
    ("REMIND-BODY-NOT-CLOSED", "REMIND-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end (booking, group lookup, rota and export, lantern hire and return, the reminder
        loop and `main`). Things that are done right and that I did not flag: `officeOnly` fails closed and uses
        `subtle.ConstantTimeCompare`; the booking body is size-limited and the group size validated; `loadRota`
        binds its parameters, closes its rows and checks `rows.Err()`; `handleHire` updates `hiredOut` under
        `s.mu`; `handleReturn` answers 404 for an unknown hire.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 4 |
        | medium | 9 |
        | low | 3 |

        The two critical ones are the guide key check (open when `GUIDE_KEY` is unset) and the SQL injection in
        `GET /groups/{id}`, which is also unauthenticated.
        """,
        Block([
            F("GUIDE-KEY-EMPTY", "critical", "security", "`guideOnly` accepts requests without a key when `GUIDE_KEY` is unset",
              "Fail closed as `officeOnly` does: `s.guideKey == \"\" || subtle.ConstantTimeCompare(...) != 1`.",
              symbol="Server.guideOnly", conf=0.9),
            F("GUIDE-KEY-TIMING", "low", "security", "Guide key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.guideOnly", conf=0.5),
            F("GROUP-SQLI", "critical", "security", "SQL injection in `handleGroup` via the `{id}` path value",
              "Use a placeholder: `QueryRow(\"... WHERE id = $1\", id)` after `strconv.ParseInt`.",
              symbol="Server.handleGroup", conf=0.95),
            F("GROUP-PHONE-PUBLIC", "high", "security", "`GET /groups/{id}` exposes contacts and phone numbers without authentication",
              "Register it behind `officeOnly` (or `guideOnly`) and drop `phone` from the public shape; ids are sequential, so every group can be enumerated.",
              d=-2, symbol="Server.handleGroup", conf=0.85),
            F("EXPORT-TRAVERSAL", "high", "security", "Rota export writes to a client-chosen path",
              "Use `filepath.Base(name)` and reject empty names or names starting with `.`; `name=../../../etc/cron.d/x` escapes `exportDir`.",
              symbol="Server.handleExportRota", conf=0.85),
            F("REMIND-URL-UNESCAPED", "medium", "security", "SMS gateway URL built by concatenating phone and tour",
              "Build it with `url.Values{\"to\": {phone}, \"text\": {msg}}.Encode()`; a phone like `0770&to=...` adds recipients.",
              symbol="Server.remindDue", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server started without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
        "Concurrency and correctness:",
        Block([
            F("ROTA-CACHE-RACE", "high", "bug", "`rotaCache` written without holding `s.mu`",
              "Take the lock around the write (and ideally use a singleflight to avoid loading the same week twice); concurrent map writes are a fatal runtime error.",
              symbol="Server.handleRota", conf=0.9),
            F("ROTA-CACHE-NEVER-EXPIRES", "medium", "bug", "Rota cache is never invalidated",
              "Add a TTL or clear it when the rota changes; a swap entered in the database does not show up until a restart.",
              symbol="Server.handleRota", conf=0.65),
            F("TOUR-CAPACITY-RACE", "high", "bug", "Walk capacity check and insert are not atomic",
              "Run the SUM and INSERT in one transaction with `SELECT ... FOR UPDATE` on the tour slot, or enforce the capacity in SQL.",
              symbol="Server.handleBookGroup", conf=0.8),
            F("TOUR-SUM-ERR-IGNORED", "medium", "bug", "Error from the capacity query is ignored",
              "Check the `Scan` error; on failure `booked` is 0 and the walk can be overbooked.",
              symbol="Server.handleBookGroup", conf=0.75),
            F("LANTERN-STOCK-RACE", "medium", "bug", "Lantern stock checked and reserved in separate critical sections",
              "Check `count > free` and add to `hiredOut` under a single `s.mu.Lock()`.",
              sd=-1, n=3, symbol="Server.handleHire", conf=0.8),
            F("LANTERN-COUNT-UNCHECKED", "medium", "bug", "`count` is not validated",
              "Handle the `Atoi` error and require `1 <= count <= lanternStock`; a negative count returns lanterns to stock.",
              symbol="Server.handleHire", conf=0.75),
            F("LATEFEE-TRUNC", "medium", "bug", "`lateFee` does not charge a started hour",
              "Round up: `hours := int(math.Ceil(late.Hours()))`, as the comment says \"every started hour\".",
              symbol="lateFee", conf=0.85),
            F("RETURN-NEGATIVE-REFUND", "low", "bug", "Refund can go negative",
              "Clamp the refund at 0 and bill the remainder separately.", symbol="Server.handleReturn", conf=0.6),
            F("RETURN-TWICE", "medium", "bug", "A hire can be returned more than once",
              "Add `AND back_at IS NULL` and check `RowsAffected`; a second return refunds again and frees stock that is still out.",
              symbol="Server.handleReturn", conf=0.8),
            F("WEEK-MISSES-SUNDAY", "medium", "bug", "`weekDays` returns only Monday to Saturday",
              "`i < 7`; Sunday walks never appear in the rota.", symbol="weekDays", conf=0.9),
            F("REMIND-BODY-NOT-CLOSED", "low", "bug", "Reminder response body is never closed",
              "Call `resp.Body.Close()` right after reading the status (not deferred: this is a loop).", symbol="Server.remindDue", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("GROUP-SQLI", "critical", "security", "SQL injection: id path value concatenated into query",
              "$1 placeholder.", d=-1),
            F("GROUP-ERR-LEAK", "low", "security", "Raw DB error returned to client in handleGroup",
              "Log it; 404 on sql.ErrNoRows."),
            F("GUIDE-KEY-EMPTY", "high", "security", "guideOnly passes when GUIDE_KEY is empty and header absent",
              "Reject when key unset.", d=-2),
            F("EXPORT-TRAVERSAL", "high", "security", "Path traversal in rota export (name)", "filepath.Base.", d=-1),
            F("ROTA-CACHE-RACE", "high", "bug", "Unsynchronized write to rotaCache (concurrent map writes)",
              "Lock around the write.", d=-1),
            F("TOUR-CAPACITY-RACE", "medium", "bug", "Overbooking race between SUM and INSERT", "Transaction.", d=-1),
            F("LANTERN-STOCK-RACE", "medium", "bug", "Check-then-act on hiredOut across two lock sections",
              "One critical section.", d=+2),
            F("LATEFEE-TRUNC", "medium", "bug", "Late fee truncates partial hours", "math.Ceil.", d=+1),
            F("RETURN-NEGATIVE-REFUND", "low", "bug", "refund may be negative", "max(0, ...)."),
            F("RETURN-EXEC-ERR-IGNORED", "medium", "bug", "Exec error ignored when recording the return",
              "Check err before releasing stock."),
            F("REMIND-BODY-NOT-CLOSED", "low", "bug", "resp.Body not closed in remindDue", "Close it."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the ghost walk booking service in `main.go`.

        ## Overview

        The service is a single Go binary using `net/http` routing patterns (Go 1.22) and PostgreSQL through
        `pgx`. It manages group bookings, guide rotas with an in-memory cache, lantern hires with deposits and
        late fees, and SMS reminders.

        ## Security Vulnerabilities
        """,
        Block([
            F("GUIDE-KEY-EMPTY", "CRITICAL", "Broken Authentication", "Authentication Bypass in guideOnly Middleware",
              "Reject requests when the configured key is empty.", sd=-2, n=3,
              desc="When `GUIDE_KEY` is not set, `s.guideKey` is empty and a request without the header compares equal."),
            F("GUIDE-KEY-TIMING", "LOW", "Broken Authentication", "Timing Attack on Guide Key",
              "Use `subtle.ConstantTimeCompare`."),
            F("GROUP-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in handleGroup",
              "Use parameterized queries.", sd=-2, n=3),
            F("GROUP-PHONE-PUBLIC", "HIGH", "Information Disclosure", "Sensitive Data Exposure in Group Lookup",
              "Protect the endpoint with authentication.",
              desc="The `/groups/{id}` route is registered without any middleware and returns contact names and phone numbers."),
            F("GROUP-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Messages Leaked",
              "Return a generic error message."),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in Rota Export",
              "Sanitize the export file name."),
            F("REMIND-URL-UNESCAPED", "MEDIUM", "Injection", "URL Parameter Injection in SMS Reminder",
              "Use `net/url` to encode query parameters."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Logic Issues
        """,
        Block([
            F("ROTA-CACHE-RACE", "HIGH", "Race Condition", "Data Race on Rota Cache Map",
              "Hold the mutex while writing to the map.", sd=-2, n=3,
              desc="Go maps are not safe for concurrent writes; two requests for uncached weeks can crash the whole server."),
            F("LANTERN-STOCK-RACE", "MEDIUM", "Race Condition", "Lantern Stock Check Is Not Atomic",
              "Combine the check and the update in one locked section."),
            U({"severity": "Info", "category": "Style", "suggestion": "Consider moving handlers into separate files."}),
            F("WEEK-MISSES-SUNDAY", "MEDIUM", "Logic Error", "Rota Week Excludes Sunday",
              "Loop seven days.", sd=-2, n=3),
            F("RETURN-EXEC-ERR-IGNORED", "MEDIUM", "Error Handling", "Unchecked Database Error on Lantern Return",
              "Handle the error from `Exec`."),
            F("REMIND-NO-TIMEOUT", "LOW", "Availability", "HTTP Client Without Timeout for SMS Gateway",
              "Use an `http.Client` with a `Timeout`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("GUIDE-KEY-EMPTY", "error", "security", "guide auth open when GUIDE_KEY empty", "fail closed"),
            F("GROUP-SQLI", "error", "security", "sqli in handleGroup", "use $1"),
            F("TOUR-SUM-ERR-IGNORED", "warning", "", "capacity query error dropped", "check Scan err"),
            F("ROTA-CACHE-NEVER-EXPIRES", "warning", "bug", "rota cache never cleared", "ttl"),
            F("LATEFEE-TRUNC", "warning", "bug", "late fee rounds down", "ceil"),
            F("REMIND-BODY-NOT-CLOSED", "warning", "bug", "response body leak in reminders", "resp.Body.Close()"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Authentication**: the guide middleware does not fail closed.
        2. **Injection**: SQL injection in group lookup, path traversal in rota export, unescaped SMS URL.
        3. **Data exposure**: group phone numbers and database errors are exposed.
        4. **Concurrency**: rota cache, lantern stock and tour capacity.
        5. **Correctness**: rota week, lantern returns, count validation.
        6. **Reliability**: server and client timeouts, response bodies.
        """,
        Block([
            F("GUIDE-KEY-EMPTY", "blocker", "security", "Guide authentication bypass when key is unset",
              "Deny when the key is empty.", conf=0.9),
            F("TOUR-CAPACITY-RACE", "major", "concurrency", "Tour capacity can be exceeded by concurrent bookings",
              "Use a transaction.", conf=0.75),
            F("GROUP-SQLI", "blocker", "security", "SQL injection in group lookup", "Use query parameters.", conf=0.9),
            F("GROUP-PHONE-PUBLIC", "major", "security", "Group details endpoint is unauthenticated and returns phone numbers",
              "Add authentication.", conf=0.75),
            F("GROUP-ERR-LEAK", "minor", "security", "Database errors exposed to clients",
              "Return a generic message.", d=-3, conf=0.6),
            F("WEEK-MISSES-SUNDAY", "major", "correctness", "Off-by-one in weekDays: only six days generated",
              "Use i < 7.", d=+1, conf=0.8),
            F("ROTA-CACHE-RACE", "blocker", "concurrency", "Concurrent map write in rota cache",
              "Protect with the mutex.", conf=0.85),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export file name", "Use filepath.Base.", conf=0.8),
            F("LANTERN-COUNT-UNCHECKED", "major", "correctness", "Lantern count is not validated",
              "Validate count > 0 and handle the parse error.", conf=0.7),
            F("LANTERN-STOCK-RACE", "major", "concurrency", "Race condition in lantern stock check",
              "Hold the lock across check and update.", conf=0.7),
            F("RETURN-TWICE", "major", "correctness", "Lantern hire can be returned twice",
              "Check back_at IS NULL.", conf=0.7),
            F("REMIND-URL-UNESCAPED", "major", "security", "Unescaped parameters in SMS gateway URL",
              "Use url.Values.", conf=0.7),
            F("REMIND-BODY-NOT-CLOSED", "minor", "resource-leak", "HTTP response body not closed",
              "Close resp.Body.", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts",
              "Use http.Server with timeouts.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 7 major, 4 minor"),
    ]),
}

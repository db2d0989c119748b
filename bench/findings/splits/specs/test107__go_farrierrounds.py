"""test107/go-farrierrounds: a farrier's shoeing rounds, horse records and forge stock (Go, net/http + database/sql).

Frozen test split test107 (issue 15), written 2026-12-07 by a helper session that had not seen the merger
code, its tuning data, any score, or any other split's answers, specs or repositories (apart from the tune2
spec, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split. "
    "Frozen test split test107: seeded problems in a farrier's rounds, horse records and forge stock service; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "FARRIER-TOKEN-FAILS-OPEN": P(M, "if tok != s.farrierToken {", "security", "FARRIER_TOKEN unset: the empty token equals a missing header and requireFarrier lets everyone in", "signature-vs-statement"),
    "FARRIER-TOKEN-TIMING": P(M, "if tok != s.farrierToken {", "security", "farrier token compared with != instead of subtle.ConstantTimeCompare"),
    "ROUND-SQLI": P(M, "AND day = '\"+day+\"' ORDER BY slot\"", "security", "day query value concatenated into the SQL of handleRound: injection", "source-vs-sink"),
    "ROUND-ROWS-NOT-CLOSED": P(M, "AND day = '\"+day+\"' ORDER BY slot\"", "bug", "rows never closed (no defer rows.Close(), early return on a Scan error): connections leak"),
    "ROUND-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (SQL, schema) returned to the client"),
    "HORSE-NO-AUTH": P(M, "FROM horses WHERE id = $1\", r.PathValue(\"id\"))", "security", "GET /horses/{id} is registered without requireFarrier: owners' names and phone numbers readable by anyone", "signature-vs-statement"),
    "HORSE-NOT-FOUND-200": P(M, "if err != nil && err != sql.ErrNoRows {", "bug", "sql.ErrNoRows is let through: an unknown horse answers 200 with an empty record instead of 404"),
    "SHOE-STOCK-LOST-UPDATE": P(M, "if have >= in.Shoes {", "bug", "stock read under the lock, checked outside it, written back as have - shoes under a second lock: concurrent shoeings lose updates and oversell", "critical-section"),
    "SHOES-UNVALIDATED": P(M, "if have >= in.Shoes {", "bug", "shoes not validated: zero or negative passes the check and a negative count adds stock (and nails)"),
    "LOWSTOCK-MAP-RACE": P(M, "for size, n := range s.shoes {", "bug", "handleLowStock ranges over s.shoes (and reads s.nails) without s.mu while handleShoeing writes: data race, concurrent map read and write", "critical-section"),
    "NAIL-BOXES-ROUND-DOWN": P(M, "boxes := (s.reorderAt*nailsPerShoe*4 - s.nails) / nailsPerBox", "bug", "integer division rounds the nail boxes to order down: one box short whenever the shortfall is not a multiple of 250", "off-by-one"),
    "VISITS-OFF-BY-ONE": P(M, "if n > s.maxPerDay {", "bug", "n > maxPerDay lets an eleventh visit be booked on a ten-visit day (needs >=)", "off-by-one"),
    "VISIT-COUNT-ERR-IGNORED": P(M, "_ = s.db.QueryRowContext(r.Context(), \"SELECT COUNT(*) FROM visits", "bug", "Scan error ignored: on a database error n stays 0 and the visit is booked into slot 1"),
    "HISTORY-UNLOCKED-READ": P(M, "hist := s.history[id]", "bug", "s.history read without s.mu while handleShoeing appends: concurrent map access"),
    "HISTORY-SLICE-OFF-BY-ONE": P(M, "writeJSON(w, hist[len(hist)-n-1:])", "bug", "len(hist)-n-1 returns one shoeing too many and panics (index -1) when last covers the whole history or it is empty", "off-by-one"),
    "REMIND-PHONE-INJECTION": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"sms-send \"+phone", "security", "phone form value concatenated into an sh -c command line", "source-vs-sink"),
    "REMIND-HORSE-INJECTION": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"sms-send \"+phone", "security", "horse form value inside single quotes in the sh -c command: a quote breaks out", "source-vs-sink"),
    "REMIND-NO-TIMEOUT": P(M, "if out, err := cmd.CombinedOutput(); err != nil {", "bug", "sms-send runs without a context or timeout: a hung gateway holds the request forever"),
    "WATCH-LOCK-HELD": P(M, "s.sendReminder(id)", "performance", "sendReminder (a database query and an sms-send process) runs while watchDue holds s.mu: every shoeing and stock request blocks"),
    "WATCH-REPEATS": P(M, "time.Since(hist[len(hist)-1].At) > reshoeWeeks*7*24*time.Hour", "bug", "nothing records that a reminder was sent: an overdue horse's owner is texted every hour"),
    "NO-SERVER-TIMEOUTS": P(M, "log.Fatal(http.ListenAndServe(\":8080\", mux))", "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("FARRIER-TOKEN-FAILS-OPEN", "FARRIER-TOKEN-TIMING"),
    ("ROUND-SQLI", "ROUND-ROWS-NOT-CLOSED"),
    ("ROUND-SQLI", "ROUND-DB-ERROR-LEAK"),
    ("ROUND-ROWS-NOT-CLOSED", "ROUND-DB-ERROR-LEAK"),
    ("HORSE-NO-AUTH", "HORSE-NOT-FOUND-200"),
    ("SHOE-STOCK-LOST-UPDATE", "SHOES-UNVALIDATED"),
    ("VISIT-COUNT-ERR-IGNORED", "VISITS-OFF-BY-ONE"),
    ("HISTORY-UNLOCKED-READ", "HISTORY-SLICE-OFF-BY-ONE"),
    ("REMIND-PHONE-INJECTION", "REMIND-HORSE-INJECTION"),
    ("REMIND-PHONE-INJECTION", "REMIND-NO-TIMEOUT"),
    ("REMIND-HORSE-INJECTION", "REMIND-NO-TIMEOUT"),
    ("WATCH-REPEATS", "WATCH-LOCK-HELD"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end: the two token middlewares, rounds and visit booking, horse records and
        shoeing history, the forge stock, the reminder endpoint and the hourly watcher.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 8 |
        | low | 3 |

        The two criticals are injection: SQL in `handleRound` and a shell in `handleRemind`. The rest are
        access control (`requireFarrier` fails open, `/horses/{id}` is public), concurrency around `s.mu`,
        and bounds errors. Done right: `requireOffice` rejects an empty token and uses
        `subtle.ConstantTimeCompare`; `handleStock` copies the map under the lock; `sendReminder` runs
        `sms-send` without a shell; visit booking binds its parameters.
        """,
        Block([
            F("ROUND-SQLI", "critical", "security", "SQL injection through the `day` query parameter",
              "Bind it: `... AND day = $2`, passing `day` as an argument.", symbol="Server.handleRound", conf=0.95),
            F("ROUND-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleRound`",
              "Add `defer rows.Close()` right after the error check and check `rows.Err()` after the loop.",
              symbol="Server.handleRound", conf=0.85),
            F("REMIND-PHONE-INJECTION", "critical", "security", "Shell injection through `phone` in `handleRemind`",
              "Run `exec.CommandContext(ctx, \"sms-send\", phone, msg)` as `sendReminder` does, and validate the phone number.",
              symbol="Server.handleRemind", conf=0.95),
            F("REMIND-HORSE-INJECTION", "high", "security", "The horse name breaks out of the single quotes in the same command",
              "Same fix: no `sh -c`; a name like `x'; rm -rf ~; '` runs today.", symbol="Server.handleRemind", conf=0.85),
            F("REMIND-NO-TIMEOUT", "low", "bug", "`sms-send` has no timeout",
              "Use `exec.CommandContext(r.Context(), ...)` or a context with a deadline.", symbol="Server.handleRemind", conf=0.6),
            F("FARRIER-TOKEN-FAILS-OPEN", "high", "security", "`requireFarrier` lets everyone in when `FARRIER_TOKEN` is unset",
              "Reject when `s.farrierToken == \"\"`, as `requireOffice` does.", symbol="Server.requireFarrier", conf=0.9),
            F("FARRIER-TOKEN-TIMING", "low", "security", "Farrier token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.requireFarrier", conf=0.6),
            F("HORSE-NO-AUTH", "high", "security", "Horse records, with owners' phone numbers, are public",
              "Register `GET /horses/{id}` behind `requireFarrier`.", symbol="Server.handleHorse", conf=0.85),
            F("HORSE-NOT-FOUND-200", "medium", "bug", "Unknown horse returns 200 with a zero-value record",
              "Answer 404 on `sql.ErrNoRows`.", symbol="Server.handleHorse", conf=0.8),
        ]),
        "Concurrency and arithmetic:",
        Block([
            F("SHOE-STOCK-LOST-UPDATE", "high", "bug", "Shoe stock check and update happen under two different lock sections",
              "Hold `s.mu` across the read, the check and the write (one `Lock`/`defer Unlock`).",
              d=-2, n=3, symbol="Server.handleShoeing", conf=0.85),
            F("SHOES-UNVALIDATED", "medium", "bug", "`Shoes` is not validated",
              "Reject `in.Shoes < 1 || in.Shoes > 4`; a negative count currently adds shoes and nails.",
              symbol="Server.handleShoeing", conf=0.8),
            F("LOWSTOCK-MAP-RACE", "high", "bug", "`handleLowStock` reads `s.shoes` and `s.nails` without the lock",
              "Take `s.mu` like `handleStock`; concurrent map read and write is a fatal error in Go.",
              symbol="Server.handleLowStock", conf=0.85),
            F("NAIL-BOXES-ROUND-DOWN", "medium", "bug", "Nail box order rounds down",
              "Use ceiling division `(short + nailsPerBox - 1) / nailsPerBox` and clamp at 0.",
              symbol="Server.handleLowStock", conf=0.75),
            F("VISITS-OFF-BY-ONE", "medium", "bug", "Visit limit allows `maxPerDay + 1` visits",
              "Use `n >= s.maxPerDay`.", symbol="Server.handleBookVisit", conf=0.85),
            F("VISIT-COUNT-ERR-IGNORED", "medium", "bug", "Error from the visit count is discarded",
              "Check the `Scan` error; today a database hiccup books the visit as slot 1.",
              symbol="Server.handleBookVisit", conf=0.75),
            F("HISTORY-SLICE-OFF-BY-ONE", "medium", "bug", "History slice is off by one and can panic",
              "Use `hist[len(hist)-n:]` and reject a negative `last`.", symbol="Server.handleHistory", conf=0.85),
            F("WATCH-LOCK-HELD", "medium", "performance", "`watchDue` sends reminders while holding `s.mu`",
              "Collect the due ids under the lock, unlock, then send.", symbol="Server.watchDue", conf=0.75),
            F("NO-SERVER-TIMEOUTS", "low", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ROUND-SQLI", "critical", "security", "SQL injection: ?day= read in handleRound and concatenated into query",
              "Placeholder $2.", d=-2),
            F("FARRIER-TOKEN-FAILS-OPEN", "high", "security", "requireFarrier: empty FARRIER_TOKEN authenticates any request",
              "Fail closed.", d=-2),
            F("HORSE-NO-AUTH", "high", "security", "handleHorse served without auth (owner_phone exposed)",
              "Wrap with requireFarrier.", d=-2),
            F("REMIND-PHONE-INJECTION", "high", "security", "sh -c with request phone in handleRemind",
              "exec.Command without shell.", d=-2),
            F("ROUND-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleRound",
              "defer rows.Close()."),
            F("HORSE-NOT-FOUND-200", "low", "bug", "ErrNoRows -> 200 with empty horse",
              "404."),
            F("SHOE-STOCK-LOST-UPDATE", "high", "bug", "Lost update: shoes written from stale `have`",
              "Single critical section.", d=2),
            F("LOWSTOCK-MAP-RACE", "high", "bug", "handleLowStock: unsynchronized map iteration",
              "Lock s.mu.", d=-2),
            F("VISITS-OFF-BY-ONE", "medium", "bug", "maxPerDay check off by one",
              ">=.", d=1),
            F("VISIT-COUNT-ERR-IGNORED", "medium", "bug", "COUNT(*) Scan error discarded",
              "Handle err."),
            F("HISTORY-SLICE-OFF-BY-ONE", "medium", "bug", "hist[len(hist)-n-1:] off by one; panics on empty history",
              "hist[len(hist)-n:]."),
            F("WATCH-REPEATS", "low", "bug", "watchDue re-sends the same reminder every hour",
              "Record last reminder time."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the farrier rounds service. Here is a detailed analysis of the issues I found.

        **Security Vulnerabilities**

        The service builds SQL and shell commands from request values and leaves sensitive routes open.
        """,
        Block([
            F("ROUND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Round Listing",
              "Use a query placeholder for `day`.", sd=-2, n=3,
              desc="The `day` query parameter is concatenated directly into the SQL string passed to `QueryContext`."),
            F("ROUND-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("REMIND-PHONE-INJECTION", "CRITICAL", "Command Injection", "Command Injection in SMS Reminder",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("REMIND-HORSE-INJECTION", "HIGH", "Command Injection", "Command Injection via Horse Name",
              "Do not embed user input in shell strings.", d=-1, sd=-3, n=3,
              desc="The `horse` form value is placed inside single quotes in the message; a value containing a quote escapes them."),
            F("FARRIER-TOKEN-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Farrier Token Is Unset",
              "Refuse requests if the configured token is empty.", sd=-2, n=3),
            F("HORSE-NO-AUTH", "HIGH", "Broken Access Control", "Horse Records Exposed Without Authentication",
              "Protect the route with `requireFarrier`.", sd=-2, n=3),
            F("NO-SERVER-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic Errors**
        """,
        Block([
            F("SHOE-STOCK-LOST-UPDATE", "HIGH", "Race Condition", "Race Condition in Shoe Stock Update",
              "Keep the lock held for the whole read-check-write sequence.", sd=-2, n=3),
            F("LOWSTOCK-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Low Stock Report",
              "Lock `s.mu` before iterating.", sd=-2, n=3),
            F("HISTORY-UNLOCKED-READ", "MEDIUM", "Race Condition", "Unsynchronized Read of Shoeing History",
              "Read `s.history` under `s.mu` and copy the slice.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Code Style", "description": "Handlers and storage live in one file; consider splitting main.go into packages."}),
            F("VISITS-OFF-BY-ONE", "MEDIUM", "Logic Error", "Off-by-One in Daily Visit Limit",
              "Use `>=` when comparing with `maxPerDay`.", sd=-2, n=3),
            F("VISIT-COUNT-ERR-IGNORED", "MEDIUM", "Error Handling", "Ignored Error When Counting Visits",
              "Handle the error returned by `Scan`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ROUND-SQLI", "error", "security", "sql injection via day", "use $2"),
            F("REMIND-PHONE-INJECTION", "error", "security", "shell injection via phone in remind", "no sh -c"),
            F("HORSE-NO-AUTH", "warning", "security", "horse endpoint not behind auth", "requireFarrier", d=-2),
            F("FARRIER-TOKEN-TIMING", "info", "security", "token compare not constant time", "subtle.ConstantTimeCompare"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SHOES-UNVALIDATED", "warning", "", "negative shoes count accepted", "validate 1..4"),
            F("VISITS-OFF-BY-ONE", "warning", "bug", "one visit too many per day", ">= maxPerDay"),
            F("HISTORY-SLICE-OFF-BY-ONE", "warning", "bug", "history slice off by one (panics on empty)", "len(hist)-n", d=-1),
            F("REMIND-NO-TIMEOUT", "info", "bug", "sms-send can hang forever", "CommandContext with timeout"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the round listing, shell in the reminder endpoint.
        2. Authentication and authorization gaps: farrier token, horse records.
        3. Concurrency: shoe stock, low-stock report, watcher.
        4. Off-by-one errors in history, nail boxes and visit limits.
        5. Resource and error handling.
        """,
        Block([
            F("ROUND-SQLI", "blocker", "security", "SQL injection in handleRound",
              "Use parameterized queries.", conf=0.95),
            F("ROUND-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in handleRound",
              "defer rows.Close().", conf=0.8),
            F("ROUND-DB-ERROR-LEAK", "minor", "security", "Database error message exposed",
              "Return a generic error.", conf=0.7),
            F("REMIND-PHONE-INJECTION", "blocker", "security", "Command injection in handleRemind",
              "Do not use sh -c.", d=-2, conf=0.9),
            F("REMIND-HORSE-INJECTION", "major", "security", "Command injection through horse name",
              "Do not use sh -c.", conf=0.8),
            F("FARRIER-TOKEN-FAILS-OPEN", "major", "security", "Farrier auth passes with empty token",
              "Require a configured token.", d=-3, conf=0.8),
            F("FARRIER-TOKEN-TIMING", "minor", "security", "Timing attack on farrier token comparison",
              "Use constant-time comparison.", conf=0.7),
            F("HORSE-NO-AUTH", "major", "security", "Horse details endpoint lacks authentication",
              "Add requireFarrier.", conf=0.8),
            F("SHOE-STOCK-LOST-UPDATE", "major", "concurrency", "Race condition on shoe stock",
              "Hold the mutex for the whole update.", conf=0.8),
            F("SHOES-UNVALIDATED", "major", "correctness", "Shoe count not validated",
              "Validate in.Shoes.", conf=0.75),
            F("LOWSTOCK-MAP-RACE", "major", "concurrency", "Data race in low-stock report",
              "Lock the mutex.", d=2, conf=0.8),
            F("NAIL-BOXES-ROUND-DOWN", "minor", "correctness", "Nail box count rounded down",
              "Round up.", d=1, conf=0.65),
            F("VISITS-OFF-BY-ONE", "major", "correctness", "Off-by-one in daily visit limit",
              "Use >=.", d=-1, conf=0.8),
            F("HISTORY-SLICE-OFF-BY-ONE", "major", "correctness", "Off-by-one in history slice",
              "Use len(hist)-n.", conf=0.85),
            F("WATCH-LOCK-HELD", "minor", "performance", "Mutex held while sending reminders",
              "Release the lock before sending.", d=-3, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 9 major, 4 minor"),
    ]),
}

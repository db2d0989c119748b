"""test95/go-gnomonshop: a sundial restorer's commissions and gnomon parts (Go, net/http + database/sql).

Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning set or any other
split's answers or specs (only tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test95: seeded problems in a sundial restorer's commission and gnomon-parts service; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CLIENT-ID-SPOOFED": P(M, 'return r.Header.Get("X-Client-Id")', "security",
                           "client identity is whatever X-Client-Id says: commissions filed under any client"),
    "CREATE-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&c); err != nil {", "security",
                               "public commission body decoded without http.MaxBytesReader"),
    "COMMISSION-ANY-CLIENT": P(M, 'row := s.db.QueryRow("SELECT id, client, dial, latitude, motto', "security",
                               "GET /commissions/{id} has no auth or owner check: any commission by sequential id",
                               "signature-vs-statement"),
    "COMMISSION-SCAN-IGNORED": P(M, "_ = row.Scan(&c.ID, &c.Client, &c.Dial, &c.Latitude", "bug",
                                 "Scan error ignored: unknown id answers 200 with a zero commission"),
    "SEARCH-DIAL-SQLI": P(M, "WHERE dial ILIKE '%\" + dial + \"%' ORDER BY id\")", "security",
                          "dial query value concatenated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "SEARCH-ROWS-NOT-CLOSED": P(M, "WHERE dial ILIKE '%\" + dial + \"%' ORDER BY id\")", "bug",
                                "rows never closed (no defer rows.Close()): connections leak on the early return"),
    "SEARCH-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                              "raw database error (query text, schema) returned to the caller"),
    "PHOTO-NAME-TRAVERSAL": P(M, "out, _ := os.Create(dst)", "security",
                              "name form value joined into the photo path: ../ writes anywhere, no auth", "source-vs-sink"),
    "PHOTO-CREATE-ERROR-IGNORED": P(M, "out, _ := os.Create(dst)", "bug",
                                    "os.Create error ignored: nil file, io.Copy fails silently, 204 returned"),
    "PHOTO-FILE-NOT-CLOSED": P(M, "io.Copy(out, file)", "bug",
                               "created file never closed and the copy error ignored: fd leak, truncated photos"),
    "PART-RESERVE-RACE": P(M, "if left < qty {", "bug",
                           "stock read and written under two separate locks: concurrent reservations oversell parts",
                           "critical-section"),
    "PART-QTY-NOT-POSITIVE": P(M, "if left < qty {", "bug",
                               "qty <= 0 not rejected: a negative reservation adds parts to stock"),
    "HOURLINES-MISSES-SIX-PM": P(M, "for h := 6; h < 18; h++ {", "bug",
                                 "h < 18 stops at 5 pm: the 6 pm line the comment promises is missing", "off-by-one"),
    "HOURLINES-DEGREES": P(M, "angle := math.Atan(math.Sin(latitude) * math.Tan(ha))", "bug",
                           "latitude in degrees passed to math.Sin: every hour-line angle is wrong"),
    "ENGRAVE-SHELL-INJECTION": P(M, 'return exec.Command("sh", "-c", script).Run()', "security",
                                 "client-supplied motto formatted into an sh -c script", "signature-vs-statement"),
    "ENGRAVE-CTX-IGNORED": P(M, 'return exec.Command("sh", "-c", script).Run()', "bug",
                             "ctx (2-minute timeout) ignored: exec.Command instead of CommandContext, dialcut can hang"),
    "DUE-MAP-UNLOCKED": P(M, "for id, due := range s.dueDates {", "bug",
                          "reminder goroutine ranges over dueDates without s.mu while handleCreate writes it",
                          "critical-section"),
    "REMIND-EVERY-HOUR": P(M, 's.notifyClient(id, "your sundial is overdue at the workshop")', "bug",
                           "overdue clients are notified every hour forever: nothing records a reminder"),
    "RECENT-EVENTS-UNLOCKED": P(M, "recent := s.events", "bug",
                                "s.events read without s.mu while logEvent appends", "critical-section"),
    "RECENT-ELEVEN-EVENTS": P(M, "recent = recent[len(recent)-recentEvents-1:]", "bug",
                              "the extra - 1 returns 11 events, not recentEvents", "off-by-one"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8097", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
    "NOTIFY-NO-TIMEOUT": P(M, 'resp, err := http.Post(os.Getenv("NOTIFY_URL")', "bug",
                           "extra, one agent: default client without timeout, a stuck notify endpoint stalls reminders"),
}

CONFUSABLE = [
    ("COMMISSION-ANY-CLIENT", "COMMISSION-SCAN-IGNORED"),
    ("SEARCH-DIAL-SQLI", "SEARCH-ROWS-NOT-CLOSED"),
    ("SEARCH-DIAL-SQLI", "SEARCH-DB-ERROR-LEAK"),
    ("PHOTO-NAME-TRAVERSAL", "PHOTO-CREATE-ERROR-IGNORED"),
    ("PHOTO-CREATE-ERROR-IGNORED", "PHOTO-FILE-NOT-CLOSED"),
    ("PART-RESERVE-RACE", "PART-QTY-NOT-POSITIVE"),
    ("HOURLINES-MISSES-SIX-PM", "HOURLINES-DEGREES"),
    ("ENGRAVE-SHELL-INJECTION", "ENGRAVE-CTX-IGNORED"),
    ("DUE-MAP-UNLOCKED", "REMIND-EVERY-HOUR"),
    ("RECENT-EVENTS-UNLOCKED", "RECENT-ELEVEN-EVENTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the restorer's service. Several parts are done carefully: `adminOnly`
        fails closed and uses `subtle.ConstantTimeCompare`, `handleCreate` sets status and due date on the server
        and writes `dueDates` under `s.mu`, `logEvent`, `stockOf` and `setStock` each hold the mutex,
        `handleHourLines` range-checks the latitude, and `handleEngrave` loads the commission with a bound
        parameter and checks the `Scan` error. The problems are in the unauthenticated routes, the background
        reminder loop, and the arithmetic of the hour-line table.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 7 |
        | low | 5 |

        Injection, access and file handling first:
        """,
        Block([
            F("PHOTO-NAME-TRAVERSAL", "critical", "security", "Unauthenticated photo upload writes to any path via `name`",
              "Ignore the client's name (generate one), or reject names that are not `filepath.Base(name)`; the route "
              "also needs a check that the caller owns the commission.",
              d=-1, symbol="Server.handlePhoto", conf=0.9),
            F("PHOTO-CREATE-ERROR-IGNORED", "medium", "bug", "`os.Create` error discarded",
              "Check the error and answer 500; with a nil `*os.File` the copy fails and the client still gets 204.",
              symbol="Server.handlePhoto", conf=0.8),
            F("PHOTO-FILE-NOT-CLOSED", "medium", "bug", "Uploaded photo file is never closed",
              "`defer out.Close()` after a successful create, and check both the `io.Copy` and the `Close` errors.",
              symbol="Server.handlePhoto", conf=0.8),
            F("ENGRAVE-SHELL-INJECTION", "critical", "security", "Client motto runs through `sh -c`",
              "The motto comes from the public `POST /commissions`; a `'` ends the quoting. Call "
              "`exec.CommandContext(ctx, \"dialcut\", \"--motto\", motto, \"--plate\", plate)` without a shell.",
              symbol="engraveMotto", conf=0.9),
            F("ENGRAVE-CTX-IGNORED", "low", "bug", "`engraveMotto` ignores its context",
              "The handler's two-minute timeout never reaches the process; use `exec.CommandContext`.",
              d=-2, symbol="engraveMotto", conf=0.75),
            F("SEARCH-DIAL-SQLI", "high", "security", "SQL injection in the dial search",
              "Bind the pattern: `... WHERE dial ILIKE $1`, with `\"%\" + dial + \"%\"` as the argument.",
              symbol="Server.handleSearch", conf=0.9),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "Search never closes `rows`",
              "`defer rows.Close()` right after the error check; the early return on a Scan error leaks the connection.",
              symbol="Server.handleSearch", conf=0.8),
            F("SEARCH-DB-ERROR-LEAK", "low", "security", "Database errors are echoed to the client",
              "Log `err` and return a generic message.", symbol="Server.handleSearch", conf=0.6),
            F("COMMISSION-ANY-CLIENT", "high", "security", "Anyone can read any commission by id",
              "Require the client's identity and add `AND client = $2`; ids are sequential.",
              symbol="Server.handleCommission", conf=0.85),
            F("COMMISSION-SCAN-IGNORED", "low", "bug", "Unknown commission answers 200 with zero values",
              "Handle `sql.ErrNoRows` with 404 and other errors with 500.",
              symbol="Server.handleCommission", conf=0.75),
            F("CLIENT-ID-SPOOFED", "medium", "security", "Client identity comes from a bare `X-Client-Id` header",
              "Authenticate clients (a signed token or session) before trusting the id.",
              symbol="clientFromHeader", conf=0.7),
        ]),
        "Concurrency and arithmetic:",
        Block([
            F("PART-RESERVE-RACE", "high", "bug", "Reservation reads and writes stock under separate locks",
              "Hold `s.mu` across the read, the check and the write; two requests can both see 12 blanks and each take 12.",
              d=-1, n=3, symbol="Server.reservePart", conf=0.85),
            F("PART-QTY-NOT-POSITIVE", "medium", "bug", "Negative quantities increase stock",
              "Reject `qty <= 0` in `reservePart` (or in the handler).",
              symbol="Server.reservePart", conf=0.75),
            F("HOURLINES-MISSES-SIX-PM", "medium", "bug", "Hour-line table stops at 5 pm",
              "The comment says 6 am to 6 pm inclusive; loop with `h <= 18`.",
              symbol="hourLines", conf=0.8),
            F("HOURLINES-DEGREES", "high", "bug", "`math.Sin` is given degrees",
              "Convert first: `math.Sin(latitude * math.Pi / 180)`; every angle cut into a plate is wrong today.",
              symbol="hourLines", conf=0.9),
            F("DUE-MAP-UNLOCKED", "high", "bug", "Reminder loop iterates `dueDates` without the mutex",
              "Copy the due entries under `s.mu` and notify outside it; a concurrent map write and iteration is a "
              "fatal runtime error.",
              symbol="Server.remindOverdue", conf=0.85),
            F("REMIND-EVERY-HOUR", "low", "bug", "Overdue clients get a reminder every hour",
              "Record when a client was reminded (or delete the entry) and remind at most daily.",
              symbol="Server.remindOverdue", conf=0.7),
            F("RECENT-EVENTS-UNLOCKED", "medium", "bug", "`handleRecent` reads `s.events` without the lock",
              "Copy the tail under `s.mu`.", symbol="Server.handleRecent", conf=0.75),
            F("RECENT-ELEVEN-EVENTS", "low", "bug", "Recent events returns 11 entries",
              "Use `recent[len(recent)-recentEvents:]`.", symbol="Server.handleRecent", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("COMMISSION-ANY-CLIENT", "high", "security", "GET /commissions/{id}: no auth, IDOR on sequential ids",
              "scope by authenticated client", d=-3),
            F("COMMISSION-SCAN-IGNORED", "low", "bug", "Scan error dropped -> 200 with zero value", "404 on ErrNoRows"),
            F("SEARCH-DIAL-SQLI", "high", "security", "dial query param concatenated into SQL",
              "placeholder", d=-1),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleSearch", "defer rows.Close()"),
            F("PHOTO-NAME-TRAVERSAL", "critical", "security", "handlePhoto: form name -> filepath.Join -> os.Create",
              "filepath.Base / generated name", d=-2),
            F("PHOTO-CREATE-ERROR-IGNORED", "medium", "bug", "os.Create error ignored", "check err"),
            F("PART-RESERVE-RACE", "high", "bug", "check/set of parts stock not atomic (oversell)",
              "single critical section", d=3),
            F("PART-QTY-NOT-POSITIVE", "medium", "bug", "qty <= 0 accepted", "reject"),
            F("HOURLINES-DEGREES", "high", "bug", "math.Sin(latitude) with degrees", "convert to radians"),
            F("ENGRAVE-SHELL-INJECTION", "critical", "security", "engraveMotto: motto into sh -c",
              "no shell", d=-2),
            F("DUE-MAP-UNLOCKED", "high", "bug", "data race: dueDates iterated without s.mu", "lock + copy", d=1),
            F("RECENT-EVENTS-UNLOCKED", "medium", "bug", "data race on s.events in handleRecent", "lock", d=1),
            F("RECENT-ELEVEN-EVENTS", "low", "bug", "off by one: returns recentEvents+1", "drop -1"),
            F("CREATE-BODY-UNBOUNDED", "low", "security", "no MaxBytesReader on POST /commissions", "limit body"),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "ListenAndServe without timeouts", "http.Server{...Timeout}"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `gnomonshop` service. It's a Go HTTP server using the Go 1.22 routing patterns
        and `database/sql` with the pgx driver. It manages sundial restoration commissions, a small stock of gnomon
        parts, and computes hour-line angles for new dial plates.

        ## Security Vulnerabilities

        Several handlers pass user input to the database, the filesystem or a shell without validation.
        """,
        Block([
            F("SEARCH-DIAL-SQLI", "HIGH", "SQL Injection", "SQL Injection in Commission Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `dial` parameter is concatenated into the query string, allowing an attacker with the restorer "
                   "key, or anyone who obtains it, to read or modify arbitrary data."),
            F("SEARCH-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Messages Exposed",
              "Return generic error messages."),
            F("PHOTO-NAME-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Write in Photo Upload",
              "Sanitize the file name with `filepath.Base` and require authentication.", sd=-2, n=3),
            F("ENGRAVE-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Sundial Motto",
              "Pass arguments directly to `exec.Command` without `sh -c`.", sd=-2, n=3),
            F("COMMISSION-ANY-CLIENT", "HIGH", "Broken Access Control", "Commission Details Exposed Without Authorization",
              "Authenticate the client and verify ownership.", sd=-2, n=3),
            F("CREATE-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body",
              "Wrap the body with `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Reliability and Correctness

        There are also data races and calculation errors.
        """,
        Block([
            F("PHOTO-FILE-NOT-CLOSED", "MEDIUM", "Resource Leak", "File Handle Leak in Photo Upload",
              "Close the file after copying."),
            F("PART-RESERVE-RACE", "HIGH", "Race Condition", "TOCTOU Race in Part Reservation",
              "Perform the check and update while holding the mutex.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Best Practices",
               "description": "Consider using a structured logger such as log/slog instead of the log package."}),
            F("HOURLINES-MISSES-SIX-PM", "MEDIUM", "Logic Error", "Hour Line Loop Excludes 18:00",
              "Use `h <= 18`.", sd=-2, n=3),
            F("HOURLINES-DEGREES", "HIGH", "Logic Error", "Degrees Passed to Trigonometric Function",
              "Convert latitude to radians."),
            F("ENGRAVE-CTX-IGNORED", "MEDIUM", "Availability", "Context Not Propagated to Engraving Command",
              "Use `exec.CommandContext`."),
            F("DUE-MAP-UNLOCKED", "HIGH", "Race Condition", "Concurrent Map Access in Reminder Goroutine",
              "Protect map access with the mutex."),
            F("RECENT-ELEVEN-EVENTS", "LOW", "Logic Error", "Incorrect Slice Bound for Recent Events",
              "Remove the `-1`.", d=-1),
            F("NOTIFY-NO-TIMEOUT", "LOW", "Availability", "HTTP Client Without Timeout",
              "Use an `http.Client` with a timeout."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-DIAL-SQLI", "error", "security", "sql injection in search", "use $1"),
            F("COMMISSION-ANY-CLIENT", "error", "security", "commission readable by anyone", "check client"),
            F("ENGRAVE-SHELL-INJECTION", "error", "security", "shell injection via motto", "no sh -c"),
            F("SEARCH-DB-ERROR-LEAK", "warning", "", "db error text sent to client", "generic message"),
            F("PHOTO-FILE-NOT-CLOSED", "warning", "bug", "photo file not closed", "defer out.Close()"),
            F("PART-RESERVE-RACE", "error", "bug", "stock reservation race", "one lock", d=3),
            F("HOURLINES-DEGREES", "error", "bug", "sin of degrees", "radians"),
            F("SERVER-NO-TIMEOUTS", "warning", "security", "no server timeouts", "http.Server"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL injection in search, command injection in engraving, path traversal in photos.
        2. Access control: commission details and client identity.
        3. Concurrency: stock reservation, the reminder map and the events log.
        4. Correctness: hour-line angles and ranges, ignored errors.

        12 issues in total.
        """,
        Block([
            F("CLIENT-ID-SPOOFED", "major", "security", "Client identity taken from an unauthenticated header",
              "Authenticate clients.", conf=0.7),
            F("COMMISSION-ANY-CLIENT", "major", "security", "Missing authorization on commission lookup",
              "Verify the commission belongs to the client.", conf=0.85),
            F("COMMISSION-SCAN-IGNORED", "minor", "error-handling", "Ignored Scan error in commission lookup",
              "Check the error and return 404.", d=-1, conf=0.7),
            F("SEARCH-DIAL-SQLI", "blocker", "security", "SQL injection in dial search",
              "Use query parameters.", conf=0.9),
            F("PHOTO-NAME-TRAVERSAL", "blocker", "security", "Path traversal in photo upload",
              "Sanitize the name.", conf=0.85),
            F("PART-RESERVE-RACE", "major", "concurrency", "Race condition in part reservation",
              "Use one lock for check and update.", conf=0.8),
            F("HOURLINES-MISSES-SIX-PM", "minor", "correctness", "Hour lines do not include 6 pm",
              "Use an inclusive bound.", d=-3, conf=0.7),
            F("HOURLINES-DEGREES", "major", "correctness", "Latitude not converted to radians",
              "Convert before calling math.Sin.", conf=0.85),
            F("ENGRAVE-SHELL-INJECTION", "blocker", "security", "Shell command injection via motto",
              "Avoid sh -c.", d=-1, conf=0.9),
            F("DUE-MAP-UNLOCKED", "major", "concurrency", "Unsynchronized map iteration",
              "Hold the mutex while reading the map.", d=1, conf=0.8),
            F("REMIND-EVERY-HOUR", "minor", "correctness", "Reminders are repeated every hour",
              "Track sent reminders.", conf=0.65),
            F("RECENT-EVENTS-UNLOCKED", "major", "concurrency", "Data race on the events slice",
              "Lock before reading.", conf=0.75),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 6 major, 3 minor"),
    ]),
}

"""test67/go-balancebeam: a canal lock-keeper's boat passage log (net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test67: seeded problems in a canal lock-keeper's boat passage log (Go net/http "
    "with 1.22 patterns + database/sql/pgx); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "KEEPER-KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security",
                             "keeper key taken from the query string: it ends up in access logs, proxies and history"),
    "KEEPER-KEY-EMPTY": P(M, "if key != s.keeperKey {", "security",
                          "KEEPER_KEY unset: keeperKey is \"\" and a request without a key passes (fails open)",
                          "signature-vs-statement"),
    "KEEPER-KEY-TIMING": P(M, "if key != s.keeperKey {", "security",
                           "keeper key compared with != instead of subtle.ConstantTimeCompare"),
    "REGISTER-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&b)", "security",
                                 "registration body decoded without http.MaxBytesReader: unbounded request body",
                                 "signature-vs-statement"),
    "REGISTER-LENGTH-UNCHECKED": P(M, "if err := json.NewDecoder(r.Body).Decode(&b)", "bug",
                                   "length only checked against the maximum: zero or negative lengths register "
                                   "(and fall into the cheapest toll band)"),
    "LICENCE-SQLI": P(M, "WHERE licence = '\" + licence + \"'\"", "security",
                      "licence path value concatenated into the lookup SQL", "source-vs-sink"),
    "LICENCE-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusNotFound)", "security",
                          "database error text returned to the client (and every error answered as 404)"),
    "LICENCE-PHONE-EXPOSED": P(M, "json.NewEncoder(w).Encode(b)", "security",
                               "unauthenticated licence lookup returns the owner's name and phone number", nth=1),
    "TOLL-LOCKS-UNCHECKED": P(M, 'locks, _ := strconv.Atoi(r.URL.Query().Get("locks"))', "bug",
                              "locks not validated (error ignored, negative or more than the flight's three): "
                              "negative or inflated tolls"),
    "TOLL-BAND-BOUNDARY": P(M, "case length < 10:", "bug",
                            "bands are 'up to 10 m' / 'up to 15 m' but the cases use <: a 10 m or 15 m boat pays the "
                            "next band", "off-by-one"),
    "QUEUE-ALIAS-RACE": P(M, "ids := s.queue", "bug",
                          "only the slice header is copied under the lock: the range after Unlock reads the backing "
                          "array that removeFromQueue and sweepQueue shift in place (data race, wrong or repeated boats)",
                          "critical-section"),
    "QUEUE-POSITION-ZERO": P(M, "for i, id := range ids {", "bug",
                             "queue positions listed from 0 while joining reports 1-based positions", "off-by-one"),
    "LITRES-NEVER-RESET": P(M, "s.litres[p.Lock] += chamberLitres", "bug",
                            "'water used today' is never reset: the nightly report sums every passage since start"),
    "PASSAGE-MAP-RACE": P(M, "s.lastSeen[p.BoatID] = p.At", "bug",
                          "litres and lastSeen maps written without s.mu while sweepQueue and handleReport read them: "
                          "concurrent map writes crash the server, counts are lost", "critical-section"),
    "SWEEP-DROPS-NEW": P(M, "if time.Since(s.lastSeen[id]) < queueTimeout {", "bug",
                         "joining the queue never sets lastSeen: a newly queued boat has the zero time and is "
                         "swept within a minute"),
    "HISTORY-LIMIT": P(M, 'limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))', "bug",
                       "limit unchecked: missing gives LIMIT 0 (empty history), negative an error, huge unbounded"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.QueryContext(r.Context(), "SELECT lock_no', "bug",
                                 "rows never closed (no defer rows.Close()): a Scan error return leaks the connection",
                                 "signature-vs-statement"),
    "REPORT-LOCK-LOOP": P(M, "for lock := 1; lock < lockCount; lock++ {", "bug",
                          "locks are numbered 1..3 but the loop stops at 2: the top lock's water is left out",
                          "off-by-one"),
    "REPORT-SHELL-INJECTION": P(M, 'cmd := exec.Command("sh", "-c"', "security",
                                "day and to query values formatted into an sh -c command line", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KEEPER-KEY-IN-QUERY", "KEEPER-KEY-EMPTY"),
    ("KEEPER-KEY-EMPTY", "KEEPER-KEY-TIMING"),
    ("KEEPER-KEY-IN-QUERY", "KEEPER-KEY-TIMING"),
    ("REGISTER-BODY-UNBOUNDED", "REGISTER-LENGTH-UNCHECKED"),
    ("LICENCE-SQLI", "LICENCE-ERR-LEAK"),
    ("TOLL-LOCKS-UNCHECKED", "TOLL-BAND-BOUNDARY"),
    ("QUEUE-ALIAS-RACE", "QUEUE-POSITION-ZERO"),
    ("LITRES-NEVER-RESET", "PASSAGE-MAP-RACE"),
    ("HISTORY-LIMIT", "HISTORY-ROWS-NOT-CLOSED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `balancebeam` is a single-file `net/http` service (Go 1.22 route patterns) for a lock flight's passage log.
        `adminOnly` is done right (fails closed on an empty `ADMIN_KEY`, `subtle.ConstantTimeCompare`),
        `handlePassage` bounds its body with `http.MaxBytesReader` and validates lock and direction,
        `handleJoinQueue` and `removeFromQueue` hold `s.mu` throughout, and `handleHistory` checks its `Scan` errors.
        The problems, roughly in order:

        1. `keeperOnly` fails open and takes its key from the URL.
        2. String-built SQL in the licence lookup and a shell command in the report.
        3. Shared state (`litres`, `lastSeen`, the queue slice) touched outside `s.mu`.
        4. Several counting errors: toll bands, queue positions, the report loop.
        5. Resource and hardening gaps: unbounded body, unclosed rows, no server timeouts.
        """,
        Block([
            F("KEEPER-KEY-EMPTY", "critical", "security", "`keeperOnly` accepts any request when `KEEPER_KEY` is unset",
              "Refuse to start without `KEEPER_KEY` (or reject when it is empty) and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.keeperOnly", conf=0.9),
            F("KEEPER-KEY-IN-QUERY", "medium", "security", "Keeper key is passed in the query string",
              "Read it from a header (`Authorization: Bearer ...`); query strings are logged.",
              symbol="Server.keeperOnly", conf=0.8),
            F("LICENCE-SQLI", "critical", "security", "SQL injection in `handleBoatByLicence`",
              "Use a placeholder: `WHERE licence = $1` with `licence` as an argument.",
              symbol="Server.handleBoatByLicence", conf=0.95),
            F("LICENCE-ERR-LEAK", "medium", "security", "Database errors are written to the response",
              "Return 404 only for `sql.ErrNoRows`, log anything else and answer 500 with a generic message.",
              symbol="Server.handleBoatByLicence", conf=0.8),
            F("LICENCE-PHONE-EXPOSED", "medium", "security", "Licence lookup publishes the owner's phone number",
              "Return only the public fields (name, licence, length) to unauthenticated callers.",
              symbol="Server.handleBoatByLicence", conf=0.7),
            F("REPORT-SHELL-INJECTION", "high", "security", "`handleReport` builds an `sh -c` command from `day` and `to`",
              "Validate `day` as a date and `to` against a configured address, and run `water-report` and `mail` via `exec.CommandContext` with argument lists, piping in Go.",
              symbol="Server.handleReport", conf=0.9),
        ]),
        "Concurrency, arithmetic and hardening:",
        Block([
            F("PASSAGE-MAP-RACE", "high", "bug", "`litres` and `lastSeen` are written without `s.mu`",
              "Take `s.mu` around both map writes; Go maps are not safe for concurrent writes and `sweepQueue`/`handleReport` read them under the lock.",
              symbol="Server.handlePassage", conf=0.9),
            F("QUEUE-ALIAS-RACE", "medium", "bug", "`handleQueue` copies only the slice header under the lock",
              "Copy the elements: `ids := append([]int64(nil), s.queue...)` before `Unlock`.",
              symbol="Server.handleQueue", conf=0.8),
            F("QUEUE-POSITION-ZERO", "low", "bug", "Queue listing numbers positions from 0",
              "Use `Position: i + 1` to match `handleJoinQueue`.", d=+1,
              symbol="Server.handleQueue", conf=0.8),
            F("SWEEP-DROPS-NEW", "medium", "bug", "Newly queued boats are swept at once",
              "Set `s.lastSeen[id] = time.Now()` in `handleJoinQueue`; a missing entry is the zero time, older than any timeout.",
              symbol="Server.sweepQueue", conf=0.8),
            F("TOLL-BAND-BOUNDARY", "medium", "bug", "Toll band boundaries exclude exactly 10 m and 15 m",
              "Use `length <= 10` and `length <= 15` to match the trust's \"up to\" bands.",
              symbol="Server.handleToll", conf=0.75),
            F("REPORT-LOCK-LOOP", "high", "bug", "Water report skips the top lock",
              "Loop `lock <= lockCount`; locks are numbered from 1.",
              symbol="Server.handleReport", conf=0.9),
            F("REGISTER-BODY-UNBOUNDED", "low", "security", "Registration body is not size-limited",
              "Wrap `r.Body` in `http.MaxBytesReader` as `handlePassage` does.",
              symbol="Server.handleRegister", conf=0.7),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` right after the error check.",
              symbol="Server.handleHistory", conf=0.85),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("KEEPER-KEY-EMPTY", "high", "security", "keeperOnly: empty KEEPER_KEY => open",
              "reject empty key", d=-3),
            F("REGISTER-BODY-UNBOUNDED", "low", "security", "handleRegister: no MaxBytesReader",
              "limit body", d=-2),
            F("LICENCE-SQLI", "critical", "security", "licence path value concatenated into SQL",
              "$1 placeholder", d=-1),
            F("TOLL-BAND-BOUNDARY", "low", "bug", "toll bands: 15.0 m charged as >15",
              "<= bounds", d=+2),
            F("QUEUE-ALIAS-RACE", "medium", "bug", "handleQueue ranges over shared slice after Unlock",
              "copy under lock", d=+3),
            F("PASSAGE-MAP-RACE", "high", "bug", "handlePassage: concurrent map writes (litres/lastSeen) without mu",
              "lock s.mu", d=-1),
            F("HISTORY-LIMIT", "low", "bug", "limit defaults to 0 -> empty history",
              "default 50, clamp"),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "handleHistory leaks rows",
              "defer rows.Close()", d=-3),
            F("REPORT-LOCK-LOOP", "high", "bug", "report loop misses lock 3",
              "<="),
            F("REPORT-SHELL-INJECTION", "critical", "security", "day/to query params -> sh -c",
              "no shell; validate", d=-2),
            F("SERVER-NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts",
              "http.Server{...}"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `balancebeam` service, a Go HTTP server that records boat passages through a
        flight of canal locks, manages a queue of waiting boats and produces a nightly water report.

        ## Key Findings

        The service has a weak keeper authentication scheme, injection vulnerabilities in the licence lookup and the
        report, and several data races on shared state that will crash the server under concurrent use.

        ### Security
        """,
        Block([
            F("KEEPER-KEY-IN-QUERY", "HIGH", "Sensitive Data Exposure", "Keeper Key Transmitted in URL",
              "Use an Authorization header.", sd=-2, n=3,
              desc="URLs, including query strings, are recorded in server and proxy logs and browser history."),
            F("KEEPER-KEY-TIMING", "MEDIUM", "Timing Attack", "Non-Constant-Time Key Comparison",
              "Use `subtle.ConstantTimeCompare` as in `adminOnly`.", sd=-2, n=3),
            F("LICENCE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Licence Lookup",
              "Use parameterized queries.", d=+2, sd=0, n=3),
            F("LICENCE-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("REPORT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Water Report",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3,
              desc="The `day` and `to` parameters are inserted into a shell command line."),
            F("REGISTER-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Boat Registration",
              "Use `http.MaxBytesReader`.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure timeouts on an `http.Server`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Concurrency and Logic
        """,
        Block([
            F("PASSAGE-MAP-RACE", "CRITICAL", "Race Condition", "Concurrent Map Writes in Passage Handler",
              "Protect the maps with `s.mu`.", sd=-2, n=3,
              desc="`s.litres` and `s.lastSeen` are written without holding the mutex; concurrent passages cause a fatal `concurrent map writes` error."),
            F("QUEUE-ALIAS-RACE", "MEDIUM", "Race Condition", "Queue Slice Read Outside the Lock",
              "Copy the slice contents while holding the lock.", d=-1, sd=-1, n=3),
            F("REGISTER-LENGTH-UNCHECKED", "LOW", "Input Validation", "Boat Length Not Validated for Non-Positive Values",
              "Reject lengths <= 0.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Best Practice", "description": "Consider using a structured logger such as slog."}),
            F("SWEEP-DROPS-NEW", "HIGH", "Logic Error", "Queue Sweeper Removes Boats That Just Joined",
              "Record the join time in `lastSeen`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("LICENCE-SQLI", "error", "security", "sql injection in boat lookup", "use $1"),
            F("REPORT-SHELL-INJECTION", "error", "security", "shell injection in report (day, to)", "no sh -c"),
            F("KEEPER-KEY-EMPTY", "error", "security", "keeper auth open if KEEPER_KEY unset", "fail closed"),
            F("PASSAGE-MAP-RACE", "warning", "", "map writes without lock in handlePassage", "s.mu"),
            F("HISTORY-ROWS-NOT-CLOSED", "warning", "bug", "rows not closed", "defer rows.Close()"),
            F("TOLL-LOCKS-UNCHECKED", "warning", "bug", "negative locks gives negative toll", "validate 1..3"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary

        1. Keeper authentication is weak (empty key accepted, key in URL).
        2. SQL injection in the licence lookup and command injection in the report.
        3. Unsynchronised access to shared maps and the queue slice.
        4. Off-by-one errors in the report loop, queue positions and toll bands.
        5. Minor: history limit handling, unclosed rows, water totals never reset.
        """,
        Block([
            F("KEEPER-KEY-EMPTY", "blocker", "security", "Keeper middleware passes when KEEPER_KEY is empty",
              "Require a non-empty key.", conf=0.85),
            F("KEEPER-KEY-IN-QUERY", "minor", "security", "Keeper key sent as URL query parameter",
              "Use a header.", d=+1, conf=0.7),
            F("LICENCE-SQLI", "blocker", "security", "SQL injection in licence lookup",
              "Use query parameters.", conf=0.9),
            F("TOLL-BAND-BOUNDARY", "minor", "correctness", "Toll band boundaries are exclusive",
              "Use <= for the band limits.", conf=0.7),
            F("QUEUE-ALIAS-RACE", "major", "concurrency", "Queue slice shared after unlock",
              "Copy the slice before unlocking.", d=+1, conf=0.75),
            F("QUEUE-POSITION-ZERO", "minor", "correctness", "Queue positions are zero-based in the listing",
              "Add one to the index.", conf=0.75),
            F("LITRES-NEVER-RESET", "minor", "correctness", "Daily water totals are never reset",
              "Reset litres at midnight or compute from passages.", conf=0.65),
            F("PASSAGE-MAP-RACE", "major", "concurrency", "Data race on litres/lastSeen maps",
              "Hold s.mu while updating.", d=+1, conf=0.85),
            F("HISTORY-LIMIT", "minor", "correctness", "History limit parameter not validated",
              "Default and clamp the limit.", conf=0.7),
            F("HISTORY-ROWS-NOT-CLOSED", "major", "resource-leak", "sql.Rows not closed in history handler",
              "defer rows.Close().", conf=0.85),
            F("REPORT-LOCK-LOOP", "major", "correctness", "Off-by-one in report loop omits the last lock",
              "Use <= lockCount.", d=+1, conf=0.85),
            F("REPORT-SHELL-INJECTION", "blocker", "security", "Command injection in report generation",
              "Do not use sh -c.", conf=0.9),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 4 major, 5 minor"),
    ]),
}

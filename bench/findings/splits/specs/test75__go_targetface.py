"""test75/go-targetface: an archery range's lane booking (Go, net/http 1.22 patterns + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test75 (for round 39): seeded problems in an archery range's lane booking; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-ID-IS-AUTH": P(M, 'id := r.Header.Get("X-Member-Id")', "security",
                           "memberOnly trusts a membership number sent in a header: no secret, anyone acts as any member",
                           "signature-vs-statement"),
    "MEMBER-UNKNOWN-PASSES": P(M, "if err == nil && expires.Before(time.Now())", "security",
                               "only a found-and-expired member is refused: an unknown id, an empty header or a DB error passes"),
    "LANE-ZERO-ACCEPTED": P(M, "if b.Lane < 0 || b.Lane > numLanes", "bug",
                            "lanes are 1..numLanes but the check accepts lane 0", "off-by-one"),
    "CLASH-SCAN-ERR-IGNORED": P(M, "b.Starts.Add(time.Duration(b.Minutes)*time.Minute), b.Starts).Scan(&n)", "bug",
                                "error of the clash count is ignored: on a DB error n stays 0 and the booking goes ahead"),
    "BOOK-DOUBLE-RACE": P(M, "if n > 0 {", "bug",
                          "clash count and INSERT are separate statements without a transaction or constraint: a lane is double-booked",
                          "critical-section"),
    "LANE-USES-RACE": P(M, "s.laneUses[b.Lane]++", "bug",
                        "laneUses map written from concurrent handlers without s.mu (and read by /stats/lanes): concurrent map writes crash the server"),
    "LANE-USES-NEVER-RESET": P(M, "s.laneUses[b.Lane]++", "bug",
                               "'sessions booked today' is never reset and cancellations never decrement it (extra, one agent)"),
    "HIRE-CHECK-THEN-ACT": P(M, "if free > 0 {", "bug",
                             "free bows computed under the lock, lock released, then incremented: two archers get the last bow",
                             "critical-section"),
    "ROUND-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&rd); err != nil {", "security",
                              "POST /rounds decodes an unbounded body (no MaxBytesReader, unlike handleBook), any number of ends"),
    "ENDS-INDEX-PANIC": P(M, "for i := 0; i <= arrowsPerEnd; i++ {", "bug",
                          "<= arrowsPerEnd reads a seventh arrow: every round panics with index out of range (short ends too)",
                          "off-by-one"),
    "ARROW-SCORE-UNCHECKED": P(M, "total += end[i]", "bug",
                               "arrow scores are not validated (0..10): a client can post 99 or negative scores"),
    "ROUNDS-POST-UNAUTH": P(M, 'mux.HandleFunc("POST /rounds", s.handleRound)', "security",
                            "POST /rounds is not behind memberOnly and the archer name comes from the body: anyone posts scores for anyone"),
    "BOARD-CACHE-RACE": P(M, "s.board, s.boardAt = board, time.Now()", "bug",
                          "leaderboard cache fields read and written by concurrent requests without the mutex; every request after expiry reloads",
                          "critical-section"),
    "ROUNDS-SORT-SQLI": P(M, "ORDER BY %s LIMIT %d OFFSET %d", "security",
                          "sort query value formatted into the SQL with Sprintf", "source-vs-sink"),
    "ROUNDS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q, archer)", "bug",
                                "rows from the history query are never closed: each request leaks a connection"),
    "ROUNDS-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                           "database error text returned to the client (helps the injection above)"),
    "SCORECARD-TRAVERSAL": P(M, "data, err := os.ReadFile(filepath.Join(s.cardDir, name))", "security",
                             "card query value joined to cardDir and read: ../ reads any file", "source-vs-sink"),
    "SCORECARD-NO-AUTH": P(M, 'name := r.URL.Query().Get("card")', "security",
                           "GET /scorecards is public: anyone downloads any member's scorecard by name"),
    "RENEW-FROM-TODAY": P(M, "expires := time.Now().AddDate(1, 0, 0)", "bug",
                          "renewal counts a year from today: a member who renews early loses the rest of the current year"),
    "CANCEL-ANY-BOOKING": P(M, 'if _, err := s.db.Exec("DELETE FROM bookings WHERE id = $1", id); err != nil {', "security",
                            "any member can cancel any booking: the DELETE does not check the booking's member",
                            "signature-vs-statement"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write/idle timeouts (slowloris)"),
    "FED-NO-TIMEOUT": P(M, 'resp, err := http.Get(fedURL + "/members/"', "bug",
                        "federation check uses http.Get on the default client: no timeout, a slow registry hangs the renewal"),
    "FED-BODY-NOT-CLOSED": P(M, 'resp, err := http.Get(fedURL + "/members/"', "bug",
                             "federation response body is never closed: connections leak"),
}

CONFUSABLE = [
    ("MEMBER-ID-IS-AUTH", "MEMBER-UNKNOWN-PASSES"),
    ("CLASH-SCAN-ERR-IGNORED", "BOOK-DOUBLE-RACE"),
    ("LANE-USES-RACE", "LANE-USES-NEVER-RESET"),
    ("ENDS-INDEX-PANIC", "ARROW-SCORE-UNCHECKED"),
    ("ROUNDS-SORT-SQLI", "ROUNDS-ROWS-NOT-CLOSED"),
    ("ROUNDS-SORT-SQLI", "ROUNDS-ERROR-LEAK"),
    ("ROUNDS-ROWS-NOT-CLOSED", "ROUNDS-ERROR-LEAK"),
    ("SCORECARD-TRAVERSAL", "SCORECARD-NO-AUTH"),
    ("FED-NO-TIMEOUT", "FED-BODY-NOT-CLOSED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the targetface service (lane bookings, bow hire, scoring rounds, the
        leaderboard, scorecards and membership renewal).

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 8 |
        | low | 2 |

        Worth saying first what is right: `staffOnly` fails closed on an empty key and uses
        `subtle.ConstantTimeCompare`; `handleBook` caps its body with `MaxBytesReader` and logs the insert error
        instead of returning it; `handleReturn` holds `s.mu` with a deferred unlock; `loadBoard` closes its rows and
        checks `Scan` and `rows.Err()`; the federation number is escaped with `url.PathEscape`.

        The weak spot is `memberOnly`: it is the only thing between the internet and bookings, bow hire and
        cancellations, and it accepts any number in a header. `POST /rounds` does not even use it, and its scoring
        loop panics on every request. Shared state (`laneUses`, the leaderboard cache, the bow count) is touched
        outside the mutex or across two lock sections.
        """,
        Block([
            F("MEMBER-ID-IS-AUTH", "critical", "security", "memberOnly authenticates by a membership number in a header",
              "Issue members a secret (session or signed token) and resolve the member from it; a membership number is printed on the card and easy to guess.",
              symbol="Server.memberOnly", conf=0.9),
            F("MEMBER-UNKNOWN-PASSES", "high", "security", "memberOnly lets unknown members and DB errors through",
              "Refuse unless the lookup succeeded and `expires` is in the future: `if err != nil || expires.Before(time.Now())`.",
              symbol="Server.memberOnly", conf=0.9),
            F("LANE-ZERO-ACCEPTED", "low", "bug", "Lane 0 passes the lane range check",
              "Lanes are numbered 1..numLanes; check `b.Lane < 1`.", symbol="Server.handleBook", conf=0.7),
            F("BOOK-DOUBLE-RACE", "high", "bug", "Clash check and insert are not atomic: double bookings",
              "Add an exclusion constraint on `(lane, tsrange)` or run both in a serializable transaction.",
              sd=-2, n=3, symbol="Server.handleBook", conf=0.8),
            F("LANE-USES-RACE", "high", "bug", "`laneUses` is written without the mutex",
              "Concurrent `map` writes are a fatal runtime error in Go; increment under `s.mu` and copy under it in `handleLaneStats`.",
              symbol="Server.handleBook", conf=0.85),
            F("CANCEL-ANY-BOOKING", "high", "security", "Any member can cancel any booking",
              "Add `AND member = $2` with the caller's member id and return 404 when no row was deleted.",
              symbol="Server.handleCancel", conf=0.85),
            F("HIRE-CHECK-THEN-ACT", "medium", "bug", "Bow hire checks stock and increments under two separate locks",
              "Hold `s.mu` across the check and the increment; two archers can both see `free == 1`.",
              sd=-2, n=3, symbol="Server.handleHire", conf=0.8),
            F("ROUND-BODY-UNBOUNDED", "medium", "security", "POST /rounds reads an unbounded request body",
              "Wrap `r.Body` in `http.MaxBytesReader` as `handleBook` does and cap the number of ends.",
              symbol="Server.handleRound", conf=0.7),
            F("ENDS-INDEX-PANIC", "critical", "bug", "Scoring loop reads one arrow past the end of every end",
              "`i <= arrowsPerEnd` indexes `end[6]`; iterate `for _, a := range end` and validate `len(end) == arrowsPerEnd`.",
              symbol="Server.handleRound", conf=0.95),
            F("ARROW-SCORE-UNCHECKED", "medium", "bug", "Arrow scores are not range-checked",
              "Reject scores outside 0..10 before summing.", symbol="Server.handleRound", conf=0.7),
            F("ROUNDS-POST-UNAUTH", "high", "security", "Scores can be posted by anyone, for any archer",
              "Wrap the route in `memberOnly` and take the archer from the member, not from the body.", conf=0.8),
            F("ROUNDS-SORT-SQLI", "critical", "security", "SQL injection through `sort` in the round history",
              "Map `sort` onto a fixed set of ORDER BY clauses.", symbol="Server.handleRounds", conf=0.95),
            F("ROUNDS-ROWS-NOT-CLOSED", "medium", "bug", "History rows are never closed",
              "`defer rows.Close()` after the error check, as `loadBoard` does.", symbol="Server.handleRounds", conf=0.85),
            F("ROUNDS-ERROR-LEAK", "medium", "security", "Database errors are returned to the client",
              "Log the error and return a generic message.", symbol="Server.handleRounds", conf=0.7),
            F("BOARD-CACHE-RACE", "medium", "bug", "Leaderboard cache is read and refreshed without synchronisation",
              "Guard `board`/`boardAt` with the mutex (or `sync.RWMutex`) and let one goroutine refresh; today it is a data race and every request after expiry reloads.",
              symbol="Server.handleLeaderboard", conf=0.75),
            F("SCORECARD-TRAVERSAL", "high", "security", "Path traversal in scorecard download",
              "Use `filepath.Base(name)` or `os.Root` (Go 1.24) and reject names with separators.",
              symbol="Server.handleScorecard", conf=0.9),
            F("RENEW-FROM-TODAY", "low", "bug", "Early renewal throws away the remaining membership",
              "Extend from `max(now, current expiry)`; fetch `expires` with the federation number.",
              symbol="Server.handleRenew", conf=0.6),
            F("FED-NO-TIMEOUT", "medium", "bug", "Federation check has no timeout",
              "Use an `http.Client{Timeout: 5 * time.Second}` or a request context with a deadline.",
              symbol="Server.handleRenew", conf=0.75),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.",
              symbol="main", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ROUNDS-SORT-SQLI", "critical", "security", "SQLi via ?sort= (Sprintf into ORDER BY)",
              "whitelist.", d=-1),
            F("SCORECARD-TRAVERSAL", "high", "security", "Path traversal via ?card=",
              "filepath.Base.", d=-1),
            F("MEMBER-ID-IS-AUTH", "critical", "security", "memberOnly: X-Member-Id header is the only credential",
              "real auth.", d=-2),
            F("CANCEL-ANY-BOOKING", "high", "security", "handleCancel deletes any booking id (no owner check)",
              "filter by member.", d=-2),
            F("ENDS-INDEX-PANIC", "critical", "bug", "Index out of range: i <= arrowsPerEnd",
              "i < len(end).", d=+1),
            F("LANE-ZERO-ACCEPTED", "low", "bug", "Off-by-one: lane 0 accepted",
              "b.Lane < 1."),
            F("CLASH-SCAN-ERR-IGNORED", "medium", "bug", "Scan error ignored on clash count",
              "check err."),
            F("BOOK-DOUBLE-RACE", "high", "bug", "TOCTOU between clash count and INSERT",
              "tx / exclusion constraint.", d=-2),
            F("LANE-USES-RACE", "high", "bug", "Unsynchronized map write s.laneUses (fatal concurrent map writes)",
              "lock s.mu."),
            F("HIRE-CHECK-THEN-ACT", "medium", "bug", "bowsOut check/increment split across two critical sections",
              "single lock.", d=+2),
            F("BOARD-CACHE-RACE", "medium", "bug", "Data race on s.board/s.boardAt",
              "mutex.", d=+3),
            F("ROUNDS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleRounds",
              "defer rows.Close()."),
            F("FED-NO-TIMEOUT", "medium", "bug", "http.Get without timeout (federation check)",
              "client with Timeout."),
            F("FED-BODY-NOT-CLOSED", "medium", "bug", "resp.Body never closed (federation check)",
              "defer resp.Body.Close()."),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "ListenAndServe without timeouts",
              "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `targetface` Go service, which manages lane bookings, bow hire, scoring rounds
        and memberships for an archery range.

        ## Key Security Concerns

        The authentication model for members is the most serious issue: a member is identified only by a number in
        a request header, and unknown numbers are let through. Several endpoints also pass query parameters to SQL
        and to the filesystem.
        """,
        Block([
            F("MEMBER-ID-IS-AUTH", "CRITICAL", "Broken Authentication", "Member Identity Taken From Unauthenticated Header",
              "Authenticate members with a secret token.", sd=-2, n=3,
              desc="`X-Member-Id` is supplied by the client and not verified in any way."),
            F("MEMBER-UNKNOWN-PASSES", "HIGH", "Broken Authentication", "Unknown Members Bypass the Membership Check",
              "Deny access when the member lookup fails.", sd=-2, n=3),
            F("CANCEL-ANY-BOOKING", "HIGH", "Broken Access Control", "Bookings Can Be Cancelled by Any Member",
              "Check that the booking belongs to the caller."),
            F("ROUNDS-POST-UNAUTH", "HIGH", "Broken Access Control", "Score Submission Endpoint Is Unauthenticated",
              "Protect `POST /rounds` with `memberOnly`."),
            F("ROUNDS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Round History Sorting",
              "Validate `sort` against an allowlist.", sd=-2, n=3,
              desc="The `sort` parameter is inserted into the query with `fmt.Sprintf`."),
            F("ROUNDS-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Messages Returned to Clients",
              "Return a generic error message."),
            F("SCORECARD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Scorecard Download",
              "Sanitize the card name with `filepath.Base`."),
            F("SCORECARD-NO-AUTH", "MEDIUM", "Broken Access Control", "Scorecards Are Publicly Accessible",
              "Require authentication and check ownership of the scorecard."),
            F("ROUND-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body When Submitting Rounds",
              "Use `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ## Concurrency and Reliability
        """,
        Block([
            F("BOOK-DOUBLE-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of Lanes",
              "Use a transaction or a unique constraint."),
            F("LANE-USES-RACE", "HIGH", "Race Condition", "Concurrent Map Writes to laneUses",
              "Protect the map with the mutex."),
            F("HIRE-CHECK-THEN-ACT", "MEDIUM", "Race Condition", "Race Condition in Bow Hire Availability",
              "Perform the check and increment under one lock.", d=-2),
            F("BOARD-CACHE-RACE", "LOW", "Performance", "Leaderboard Cache Causes Duplicate Database Loads",
              "Use `sync.Once`-style refresh or a mutex.", d=-2,
              desc="When the cache expires, every concurrent request reloads the leaderboard, and the fields are updated without synchronisation."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting handlers into separate files."}),
            F("ENDS-INDEX-PANIC", "CRITICAL", "Logic Error", "Index Out of Range When Scoring Ends",
              "Loop with `i < arrowsPerEnd`.", sd=-2, n=3),
            F("LANE-ZERO-ACCEPTED", "LOW", "Logic Error", "Lane Number Zero Accepted",
              "Start valid lane numbers at 1.", sd=-2, n=3),
            F("FED-BODY-NOT-CLOSED", "MEDIUM", "Resource Management", "HTTP Response Body Not Closed",
              "Close `resp.Body` with `defer`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ROUNDS-SORT-SQLI", "high", "security", "sql injection via sort", "whitelist"),
            F("SCORECARD-TRAVERSAL", "high", "security", "path traversal in scorecards", "filepath.Base"),
            F("MEMBER-ID-IS-AUTH", "high", "security", "member id header is not auth", "use tokens"),
            F("ENDS-INDEX-PANIC", "high", "", "<= arrowsPerEnd panics", "use <"),
            F("CLASH-SCAN-ERR-IGNORED", "medium", "bug", "clash query error ignored", "check Scan err"),
            F("SERVER-NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        The service manages archery lanes, bow hire, scoring rounds and memberships. Issues found:

        1. Weak member authentication (header-based) that also fails open.
        2. SQL injection and path traversal.
        3. Race conditions on shared maps and caches.
        4. Off-by-one errors in lane validation and scoring.
        5. Resource leaks and missing timeouts.
        """,
        Block([
            F("MEMBER-ID-IS-AUTH", "blocker", "security", "Member authentication relies on client-supplied header",
              "Use proper authentication.", d=-2, conf=0.9),
            F("MEMBER-UNKNOWN-PASSES", "blocker", "security", "Member check fails open for unknown members",
              "Reject on lookup error.", conf=0.85),
            F("LANE-ZERO-ACCEPTED", "minor", "correctness", "Off-by-one in lane validation",
              "Lanes start at 1.", d=+1, sd=0, conf=0.7),
            F("BOOK-DOUBLE-RACE", "major", "concurrency", "Race condition in lane booking",
              "Use transaction.", d=-1, conf=0.75),
            F("LANE-USES-RACE", "major", "concurrency", "Concurrent map write on laneUses",
              "Lock mutex.", conf=0.8),
            F("LANE-USES-NEVER-RESET", "minor", "correctness", "Daily lane usage counter never reset",
              "Reset daily and decrement on cancel.", conf=0.5),
            F("CANCEL-ANY-BOOKING", "major", "security", "Missing ownership check on booking cancellation",
              "Check member.", d=-2, conf=0.8),
            F("HIRE-CHECK-THEN-ACT", "major", "concurrency", "TOCTOU in bow hire availability",
              "Single critical section.", conf=0.75),
            F("ENDS-INDEX-PANIC", "blocker", "correctness", "Off-by-one in arrow loop causes panic",
              "Use < instead of <=.", conf=0.9),
            F("ARROW-SCORE-UNCHECKED", "minor", "correctness", "Arrow score values not validated",
              "Validate 0..10.", conf=0.6),
            F("ROUNDS-POST-UNAUTH", "major", "security", "Round submission without authentication",
              "Add memberOnly.", conf=0.75),
            F("BOARD-CACHE-RACE", "major", "concurrency", "Data race on leaderboard cache",
              "Use mutex.", conf=0.7),
            F("ROUNDS-SORT-SQLI", "blocker", "security", "SQL injection through sort parameter",
              "Allowlist sort columns.", d=-1, conf=0.9),
            F("ROUNDS-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in round history",
              "defer rows.Close().", conf=0.8),
            F("SCORECARD-TRAVERSAL", "blocker", "security", "Path traversal in scorecard endpoint",
              "Sanitize file name.", conf=0.85),
            F("FED-BODY-NOT-CLOSED", "major", "resource-leak", "Response body not closed in renewal",
              "defer resp.Body.Close().", conf=0.75),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "HTTP server without timeouts",
              "Set timeouts.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 5 blocker, 8 major, 4 minor"),
    ]),
}

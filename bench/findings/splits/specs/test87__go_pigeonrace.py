"""test87/go-pigeonrace: a pigeon-racing club's ring registry, basketing and race clocking (Go, net/http + pgx).

Frozen test split test87 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores, or any other split's answers or specs (only tune2__py_snapctl.py, for the format). Labels next to
each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test87: seeded problems in a pigeon-racing club's ring registry and race clocking "
    "service; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "RING-PATTERN-UNANCHORED": P(M, "if !ringPattern.MatchString(in.Ring) {", "bug",
                                 "ring regexp is not anchored: any string containing a ring number is accepted"),
    "RING-SEARCH-SQLI": P(M, "rows, err := s.db.Query(\"SELECT ring, colour, sex FROM rings WHERE ring LIKE '\"", "security",
                          "q query value concatenated into the SQL string", "signature-vs-statement"),
    "RING-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(\"SELECT ring, colour, sex FROM rings WHERE ring LIKE '\"", "bug",
                              "rows never closed (no defer rows.Close()), connection leaked on the early return"),
    "RING-SEARCH-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                              "database error text returned to the client"),
    "TRANSFER-IDOR": P(M, 'res, err := s.db.Exec("UPDATE rings SET fancier_id = $1 WHERE ring = $2"', "security",
                       "any fancier transfers any ring (no check that the caller owns it)"),
    "TRANSFER-WHILE-BASKETED": P(M, 'res, err := s.db.Exec("UPDATE rings SET fancier_id = $1 WHERE ring = $2"', "bug",
                                 "a ring basketed in an open race can change owner mid-race: clocking uses the new "
                                 "owner's loft"),
    "BASKET-LIMIT-OBO": P(M, "if i > maxBirdsPerFancier {", "bug",
                          "0-based index compared with >: 21 birds basketed when the limit is 20", "off-by-one"),
    "BASKET-NOT-OWNER": P(M, 's.db.Exec("INSERT INTO basket', "security",
                          "rings basketed without checking they belong to the fancier"),
    "BASKET-EXEC-IGNORED": P(M, 's.db.Exec("INSERT INTO basket', "bug",
                             "insert error ignored: failed (duplicate, unknown ring) birds still counted as basketed"),
    "DISTANCE-DEGREES": P(M, "dLat := lat2 - lat1", "bug",
                          "coordinates in degrees passed to Sin/Cos without conversion to radians",
                          "signature-vs-statement"),
    "DISTANCE-KM": P(M, "return 6371 * 2 * math.Atan2", "bug",
                     "Earth radius in km: distanceMeters returns kilometres, velocities 1000x too small"),
    "CLOCK-NOT-ENTERED": P(M, 's.db.QueryRow("SELECT f.name, f.loft_lat, f.loft_lon FROM rings r', "security",
                           "clocking checks neither that the ring was basketed in this race nor that it is the caller's"),
    "CLOCK-SCAN-IGNORED": P(M, 's.db.QueryRow("SELECT f.name, f.loft_lat, f.loft_lon FROM rings r', "bug",
                            "Scan error ignored: unknown ring gets loft (0,0) and an empty fancier, still recorded"),
    "CLOCK-CLIENT-TIME": P(M, "flight := arrived.Sub(lib).Minutes()", "security",
                           "arrival time taken from the fancier's ?at= parameter: any time can be claimed",
                           "source-vs-sink"),
    "CLOCK-NEGATIVE-FLIGHT": P(M, "velocity := distanceMeters(libLat, libLon, loftLat, loftLon) / flight", "bug",
                               "arrival at or before liberation: division by zero or negative flight (Inf/negative "
                               "velocity, JSON encode fails)"),
    "CLOCK-RECLOCK-DUP": P(M, "s.clocked[raceID][ring] = arrived", "bug",
                           "a ring can be clocked again: arrival overwritten and a second result appended"),
    "CLOCK-RESULTS-RACE": P(M, "s.results[raceID] = append(s.results[raceID]", "bug",
                            "results map appended after Unlock: concurrent map writes and lost results",
                            "critical-section"),
    "RESULTS-SORT-SHARED": P(M, "sort.Slice(res, func(i, j int) bool", "bug",
                             "the slice shared with s.results is sorted in place outside the lock", "critical-section"),
    "RESULTS-PRIZES-NEGATIVE": P(M, 'prizes, _ := strconv.Atoi(r.URL.Query().Get("prizes"))', "bug",
                                 "negative or invalid prizes not rejected: negative slice bound panics"),
    "RESULTS-PRIZES-OBO": P(M, "writeJSON(w, res[:prizes+1])", "bug",
                            "res[:prizes+1] returns one result too many and panics when prizes == len(res)",
                            "off-by-one"),
    "FANCIER-PII": P(M, 'row := s.db.QueryRow("SELECT name, phone, loft_address', "security",
                     "unauthenticated route returns fanciers' phone numbers and loft addresses",
                     "signature-vs-statement"),
    "EXPORT-SHELL": P(M, 'cmd := exec.Command("sh", "-c"', "security",
                      "club query value (and race path value) formatted into an sh -c command", "source-vs-sink"),
    "EXPORT-NO-TIMEOUT": P(M, "out, err := cmd.CombinedOutput()", "bug",
                           "federation upload run without a context/timeout: a hung uploader hangs the request"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8087", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("RING-SEARCH-SQLI", "RING-ROWS-NOT-CLOSED"),
    ("RING-SEARCH-SQLI", "RING-SEARCH-ERR-LEAK"),
    ("TRANSFER-IDOR", "TRANSFER-WHILE-BASKETED"),
    ("BASKET-LIMIT-OBO", "BASKET-NOT-OWNER"),
    ("BASKET-LIMIT-OBO", "BASKET-EXEC-IGNORED"),
    ("BASKET-NOT-OWNER", "BASKET-EXEC-IGNORED"),
    ("DISTANCE-DEGREES", "DISTANCE-KM"),
    ("CLOCK-NOT-ENTERED", "CLOCK-SCAN-IGNORED"),
    ("CLOCK-CLIENT-TIME", "CLOCK-NEGATIVE-FLIGHT"),
    ("CLOCK-RECLOCK-DUP", "CLOCK-RESULTS-RACE"),
    ("RESULTS-SORT-SHARED", "RESULTS-PRIZES-NEGATIVE"),
    ("RESULTS-PRIZES-NEGATIVE", "RESULTS-PRIZES-OBO"),
    ("RESULTS-SORT-SHARED", "RESULTS-PRIZES-OBO"),
    ("EXPORT-SHELL", "EXPORT-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the club's ring registry, basketing and clocking service. The result sheet is
        the thing a club cares most about, and at the moment it can be manipulated by any fancier (clock times
        come from the request, any ring can be clocked, rings can be moved between lofts mid-race) and is
        computed with a broken distance formula. There is also a SQL injection, a shell injection in the
        federation export, and a data race on the results map.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 7 |
        | low | 2 |

        Correct and not flagged: `secretaryOnly` fails closed and uses `subtle.ConstantTimeCompare`;
        `fancierOnly` rejects an empty token before the lookup; registration and transfer use bound
        parameters; the race-closing check compares the flight time with `close_hours`; `handleClock`
        holds `s.mu` while it updates `s.clocked`; the federation output is logged, not returned on error.
        """,
        Block([
            F("RING-SEARCH-SQLI", "critical", "security", "SQL injection in ring search (`q`)",
              "Use `WHERE ring LIKE $1` with `q + \"%\"` as the argument.", symbol="Server.handleRingSearch", conf=0.95),
            F("RING-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleRingSearch`",
              "`defer rows.Close()` right after the error check; the scan-error return leaks the connection.",
              symbol="Server.handleRingSearch", conf=0.85),
            F("EXPORT-SHELL", "critical", "security", "Shell injection in the federation export",
              "Call `exec.CommandContext(ctx, \"fed-upload\", \"--club\", club, ...)` without `sh -c`, and validate `club` and `race`.",
              symbol="Server.handleFederationExport", conf=0.9),
            F("CLOCK-CLIENT-TIME", "critical", "security", "Fanciers choose their own arrival time",
              "Take the arrival time from the clock device or server time; a client-supplied `at` lets anyone win the race.",
              symbol="Server.handleClock", conf=0.9),
            F("CLOCK-NOT-ENTERED", "high", "security", "Any ring can be clocked, basketed or not, by any fancier",
              "Join `basket` on `race_id` and `fancier_id = fancierID(r)`; reject rings not marked for this race.",
              symbol="Server.handleClock", conf=0.85),
            F("TRANSFER-IDOR", "high", "security", "Ring transfer does not check the current owner",
              "Add `AND fancier_id = $3` with the caller's id and require the new owner to accept.",
              symbol="Server.handleTransfer", conf=0.9),
            F("TRANSFER-WHILE-BASKETED", "medium", "bug", "Rings can change owner while basketed in a race",
              "Refuse transfers of rings in a race that is not yet closed; clocking looks up the loft of the current owner.",
              symbol="Server.handleTransfer", conf=0.65),
            F("BASKET-NOT-OWNER", "high", "security", "Basketing accepts other fanciers' rings",
              "Insert only rings whose `fancier_id` is the caller (`INSERT ... SELECT ... WHERE fancier_id = $3`).",
              symbol="Server.handleBasket", conf=0.8),
            F("FANCIER-PII", "high", "security", "`GET /fanciers/{id}` exposes phone numbers and loft addresses without auth",
              "Put the route behind `fancierOnly` and return only the name to other fanciers.",
              symbol="Server.handleFancier", conf=0.85),
        ]),
        "Results, clocking arithmetic and robustness:",
        Block([
            F("DISTANCE-DEGREES", "high", "bug", "Haversine applied to degrees",
              "Convert with `* math.Pi / 180` before `Sin`/`Cos`; every velocity is wrong today.",
              d=+2, symbol="distanceMeters", conf=0.9),
            F("DISTANCE-KM", "high", "bug", "`distanceMeters` returns kilometres",
              "Use `6371000` (metres); velocities are reported in m/min.", symbol="distanceMeters", conf=0.85),
            F("CLOCK-NEGATIVE-FLIGHT", "medium", "bug", "Arrival before liberation gives negative or infinite velocity",
              "Reject `flight <= 0` with 400 before dividing.", symbol="Server.handleClock", conf=0.8),
            F("CLOCK-RECLOCK-DUP", "medium", "bug", "A bird can be clocked twice",
              "Return 409 if the ring is already in `s.clocked[raceID]`.", symbol="Server.handleClock", conf=0.75),
            F("CLOCK-RESULTS-RACE", "high", "bug", "`s.results` is appended after `s.mu.Unlock()`",
              "Move the append inside the locked section; concurrent clock-ins otherwise race on the map (fatal error).",
              symbol="Server.handleClock", conf=0.9),
            F("RESULTS-SORT-SHARED", "medium", "bug", "Results sorted in place outside the lock",
              "Copy the slice under the lock (`res := append([]Result(nil), s.results[raceID]...)`) and sort the copy.",
              symbol="Server.handleResults", conf=0.8),
            F("RESULTS-PRIZES-NEGATIVE", "medium", "bug", "Negative `prizes` panics",
              "Reject values below 1 and return 400 on a parse error.", symbol="Server.handleResults", conf=0.7),
            F("RESULTS-PRIZES-OBO", "medium", "bug", "Prize list returns one bird too many (and panics on an empty race)",
              "`res[:prizes]`.", symbol="Server.handleResults", conf=0.85),
            F("BASKET-LIMIT-OBO", "low", "bug", "Basket limit lets a 21st bird through",
              "`if i >= maxBirdsPerFancier`.", symbol="Server.handleBasket", conf=0.8),
            F("BASKET-EXEC-IGNORED", "low", "bug", "Basket insert errors are ignored",
              "Check the error and report which rings failed.", symbol="Server.handleBasket", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("RING-SEARCH-SQLI", "high", "security", "SQL injection in handleRingSearch",
              "Placeholder + arg.", d=-1),
            F("RING-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("EXPORT-SHELL", "high", "security", "sh -c with club from query string",
              "exec.CommandContext without shell.", d=-1),
            F("TRANSFER-IDOR", "high", "security", "Transfer UPDATE not scoped to caller's rings",
              "AND fancier_id = caller."),
            F("DISTANCE-DEGREES", "high", "bug", "distanceMeters: degrees not converted to radians",
              "Multiply by math.Pi/180.", d=-1),
            F("CLOCK-SCAN-IGNORED", "medium", "bug", "Loft lookup error ignored in handleClock",
              "Check Scan error; 404 unknown ring."),
            F("CLOCK-NEGATIVE-FLIGHT", "medium", "bug", "Division by flight <= 0", "Guard flight > 0."),
            F("CLOCK-RESULTS-RACE", "high", "bug", "Data race: s.results written without s.mu",
              "Append before Unlock.", d=-1),
            F("RESULTS-PRIZES-OBO", "medium", "bug", "res[:prizes+1] off by one / out of range",
              "res[:prizes].", d=-1),
            F("BASKET-LIMIT-OBO", "low", "bug", "i > maxBirdsPerFancier admits 21 birds", ">=", d=-1),
            F("BASKET-EXEC-IGNORED", "low", "bug", "Exec error dropped in basket loop", "Handle err."),
            F("FANCIER-PII", "medium", "security", "handleFancier unauthenticated, returns phone/address",
              "Wrap with fancierOnly.", d=-1),
            F("SERVER-NO-TIMEOUTS", "low", "security", "No server timeouts", "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `pigeonrace` Go service, which manages ring registration, race
        basketing, clocking and the publication of results for a pigeon-racing club.

        **Architecture overview**

        The service is a single `net/http` server using Go 1.22 routing patterns with a PostgreSQL backend
        through `pgx`. Race state (clocked birds and results) is kept in memory in the `Server` struct and
        guarded, partially, by a mutex.

        **Security issues**
        """,
        Block([
            F("RING-SEARCH-SQLI", "critical", "SQL Injection", "SQL Injection in Ring Search",
              "Use parameterized queries (`$1`) instead of string concatenation.", sd=-1, n=2,
              desc="The `q` query parameter is concatenated directly into the SQL statement."),
            F("RING-SEARCH-ERR-LEAK", "minor", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error server-side and return a generic message."),
            F("EXPORT-SHELL", "critical", "Command Injection", "Command Injection via Club Parameter",
              "Pass arguments directly to `exec.Command` without invoking a shell.", sd=-2, n=3),
            F("TRANSFER-IDOR", "major", "Broken Access Control", "Unauthorized Ring Transfer",
              "Verify that the authenticated fancier owns the ring."),
            F("BASKET-NOT-OWNER", "major", "Broken Access Control", "Basketing of Rings Owned by Others",
              "Check ring ownership before inserting into the basket."),
            F("CLOCK-NOT-ENTERED", "major", "Broken Access Control", "Clocking Does Not Verify Race Entry",
              "Verify that the ring was basketed for this race by the caller."),
            F("FANCIER-PII", "major", "Information Disclosure", "Fancier Personal Data Exposed Without Authentication",
              "Require authentication for this endpoint."),
            F("SERVER-NO-TIMEOUTS", "minor", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure `ReadTimeout`, `WriteTimeout` and `IdleTimeout`."),
        ], wrap="list"),
        """
        **Correctness and concurrency issues**
        """,
        Block([
            F("DISTANCE-DEGREES", "major", "Logic Error", "Haversine Formula Uses Degrees Instead of Radians",
              "Convert latitude and longitude to radians.",
              desc="`math.Sin` and `math.Cos` expect radians, but the coordinates stored for lofts and liberation points are in degrees, so every computed distance is wrong."),
            F("CLOCK-NEGATIVE-FLIGHT", "major", "Logic Error", "Possible Division by Zero in Velocity Calculation",
              "Validate that the flight duration is positive.", d=+1, sd=-1, n=3),
            F("CLOCK-RESULTS-RACE", "critical", "Race Condition", "Concurrent Map Write on Results",
              "Hold the mutex while appending to `s.results`.", sd=-2, n=3),
            U({"severity": "info", "category": "Best Practice", "description": "Consider using structured logging (log/slog) instead of the log package."}),
            F("RESULTS-SORT-SHARED", "major", "Race Condition", "Sorting Shared Slice Without Lock",
              "Copy the slice before sorting.", d=-2),
            F("RESULTS-PRIZES-OBO", "major", "Logic Error", "Slice Bounds Out of Range in Results",
              "Use `res[:prizes]`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("RING-SEARCH-SQLI", "error", "security", "sql injection in ring search", "use $1"),
            F("EXPORT-SHELL", "error", "security", "sh -c with query param", "no shell"),
            F("TRANSFER-IDOR", "error", "security", "anyone can transfer any ring", "check owner"),
            F("CLOCK-NOT-ENTERED", "warning", "", "clock accepts rings not in the basket", "check basket"),
            F("BASKET-EXEC-IGNORED", "warning", "bug", "basket insert error ignored", "check err"),
            F("CLOCK-RESULTS-RACE", "warning", "bug", "results append outside mutex", "lock"),
            F("RESULTS-PRIZES-NEGATIVE", "warning", "bug", "negative prizes panics", "validate"),
            F("RESULTS-PRIZES-OBO", "warning", "bug", "prizes+1 slice", "res[:prizes]"),
            F("EXPORT-NO-TIMEOUT", "info", "bug", "no timeout on fed-upload", "CommandContext with timeout", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the ring search, shell in the federation export.
        2. Authorization: ring transfer, basketing, clocking and fancier profiles.
        3. Race result integrity: client-supplied times, distance calculation, duplicate clocks.
        4. Concurrency: results map and result sorting.
        5. Robustness: slice bounds, ignored errors, timeouts.
        """,
        Block([
            F("RING-SEARCH-SQLI", "blocker", "security", "SQL injection in ring search", "Bind parameters.", conf=0.9),
            F("RING-SEARCH-ERR-LEAK", "minor", "security", "Internal error details exposed", "Generic error.", conf=0.6),
            F("EXPORT-SHELL", "blocker", "security", "Command injection in federation export",
              "Avoid sh -c.", conf=0.9),
            F("EXPORT-NO-TIMEOUT", "minor", "reliability", "External command without timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("TRANSFER-IDOR", "major", "security", "Missing ownership check on ring transfer",
              "Verify owner.", conf=0.85),
            F("BASKET-NOT-OWNER", "major", "security", "Basketing does not verify ring ownership",
              "Verify owner.", conf=0.75),
            F("BASKET-LIMIT-OBO", "minor", "correctness", "Basket limit off by one", "Use >=.", conf=0.7),
            F("CLOCK-CLIENT-TIME", "major", "security", "Arrival time controlled by client",
              "Use server-side time.", d=-3, conf=0.8),
            F("CLOCK-SCAN-IGNORED", "minor", "correctness", "Ignored error when loading loft coordinates",
              "Handle the error.", conf=0.6),
            F("DISTANCE-DEGREES", "major", "correctness", "Great-circle distance computed in degrees",
              "Convert to radians.", conf=0.8),
            F("DISTANCE-KM", "major", "correctness", "Distance unit mismatch (km vs m)",
              "Use the radius in metres.", conf=0.75),
            F("CLOCK-RECLOCK-DUP", "minor", "correctness", "Duplicate clocking overwrites arrival",
              "Reject duplicates.", conf=0.6),
            F("CLOCK-RESULTS-RACE", "major", "concurrency", "Unsynchronized write to results map",
              "Protect with mutex.", conf=0.85),
            F("RESULTS-SORT-SHARED", "major", "concurrency", "Shared results slice sorted without lock",
              "Sort a copy.", d=-1, conf=0.75),
            F("RESULTS-PRIZES-OBO", "major", "correctness", "Out-of-range slice in results",
              "Validate prizes and use res[:prizes].", d=-2, conf=0.8),
            F("FANCIER-PII", "major", "security", "Fancier details exposed without authentication",
              "Add authentication.", conf=0.8),
            F("RING-PATTERN-UNANCHORED", "minor", "correctness", "Regex for ring number not anchored",
              "Add ^ and $.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 9 major, 6 minor"),
    ]),
}

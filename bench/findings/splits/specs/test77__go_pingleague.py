"""test77/go-pingleague: a table tennis league's results desk (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general and test37 sections, the builder and
specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test77 (round 40): seeded problems in a table tennis league "
    "(clubs, fixtures, match results, player ratings); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CAPTAIN-SCAN-IGNORED": P(M, '.Scan(&want)', "security",
                              "captain pin lookup error ignored: an unknown club id gives an empty pin that an empty header matches"),
    "CAPTAIN-PIN-TIMING": P(M, 'if r.Header.Get("X-Captain-Pin") != want {', "security",
                            "captain pin compared with != instead of a constant-time compare"),
    "FIXTURES-SQLI": P(M, 'ORDER BY "+order, div)', "security",
                       "order query value concatenated into ORDER BY: SQL injection", "source-vs-sink"),
    "FIXTURES-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                           "database error text returned to the client"),
    "RESULT-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&in); err != nil {", "security",
                               "result body decoded without MaxBytesReader: unbounded body and rubber list",
                               "signature-vs-statement"),
    "RESULT-CLUB-NOT-CHECKED": P(M, "if err := row.Scan(&home, &away, &div, &done); err != nil {", "security",
                                 "home/away loaded but never compared with the captain's X-Club-Id: any captain enters any result"),
    "RESULT-DOUBLE-SUBMIT": P(M, 'UPDATE fixtures SET home_score = $1, away_score = $2, completed = true WHERE id = $3', "bug",
                              "completed checked then set without a conditional UPDATE: two submissions both apply ratings",
                              "critical-section"),
    "RESULT-SCORES-UNCHECKED": P(M, 'UPDATE fixtures SET home_score = $1, away_score = $2, completed = true WHERE id = $3', "bug",
                                 "scores stored unvalidated: negative, or not matching the rubbers submitted"),
    "RATING-UNKNOWN-ZERO": P(M, "home, away := s.ratings[rb.HomePlayer], s.ratings[rb.AwayPlayer]", "bug",
                             "a player missing from the map (any id in a rubber, or added before a restart) rates as 0"),
    "RATINGS-MAP-RACE": P(M, "s.ratings[rb.HomePlayer] = home + 32*(score-expected)", "bug",
                          "ratings map read and written from request goroutines without s.mu: fatal concurrent map writes, lost updates",
                          "critical-section"),
    "STANDINGS-ROWS-NOT-CLOSED": P(M, 'FROM club_results WHERE division = $1 GROUP BY club', "bug",
                                   "computeStandings never closes rows: connections leak"),
    "STANDINGS-CACHE-RACE": P(M, "table = s.computeStandings(div)", "bug",
                              "cache miss computed and stored outside s.mu: concurrent map write, duplicate computation",
                              "critical-section"),
    "HITS-RACE": P(M, "s.hits++", "bug", "hits counter incremented without the lock"),
    "TOP-NO-LOWER-BOUND": P(M, "if n > len(list) {", "bug",
                            "top only clamped from above and its parse error ignored: a negative top panics"),
    "TOP-N-PLUS-ONE": P(M, "json.NewEncoder(w).Encode(list[:n+1])", "bug",
                        "list[:n+1] returns one rating too many and panics when top >= the number of players",
                        "off-by-one"),
    "ROUND-ROBIN-ROUNDS": P(M, "for round := 0; round < n-2; round++ {", "bug",
                            "n-2 rounds generated, a round robin needs n-1: one round of fixtures missing", "off-by-one"),
    "ROUND-ROBIN-ODD": P(M, "for i := 0; i < n/2; i++ {", "bug",
                         "odd number of clubs: no bye, so pairings are missing and one club never rests"),
    "ADD-DECODE-IGNORED": P(M, "_ = json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&p)", "bug",
                            "player body decode error ignored: a bad or truncated body inserts an empty player"),
    "ADD-CLUB-FROM-PATH": P(M, 'p.Club = r.PathValue("club")', "security",
                            "club taken from the path, not the captain's club: captains add players to other clubs"),
    "ADD-RATING-FROM-BODY": P(M, "p.Name, p.Club, p.Email, p.Phone, p.BirthDate, p.Rating).Scan(&p.ID)", "security",
                              "new player's rating taken from the request body: captains set their own players' ratings"),
    "PRINT-SHELL": P(M, 'exec.Command("sh", "-c", "lpr -P "+printer+" "+sheet)', "security",
                     "printer query value (and fixture id) run through sh -c: command injection", "source-vs-sink"),
    "PRINT-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", "lpr -P "+printer+" "+sheet)', "bug",
                          "lpr run without a context or timeout: a stuck printer queue hangs the request"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("CAPTAIN-SCAN-IGNORED", "CAPTAIN-PIN-TIMING"),
    ("FIXTURES-SQLI", "FIXTURES-ERR-LEAK"),
    ("RESULT-DOUBLE-SUBMIT", "RESULT-SCORES-UNCHECKED"),
    ("RATING-UNKNOWN-ZERO", "RATINGS-MAP-RACE"),
    ("STANDINGS-CACHE-RACE", "HITS-RACE"),
    ("TOP-NO-LOWER-BOUND", "TOP-N-PLUS-ONE"),
    ("ROUND-ROBIN-ROUNDS", "ROUND-ROBIN-ODD"),
    ("ADD-DECODE-IGNORED", "ADD-CLUB-FROM-PATH"),
    ("ADD-CLUB-FROM-PATH", "ADD-RATING-FROM-BODY"),
    ("ADD-DECODE-IGNORED", "ADD-RATING-FROM-BODY"),
    ("PRINT-SHELL", "PRINT-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `pingleague` is a single-file `net/http` service. Several pieces are already right: `adminOnly` fails closed
        and uses `subtle.ConstantTimeCompare`, `handleFixtures` defers `rows.Close()`, `handleResult` invalidates the
        standings cache under `s.mu`, `handleTopRatings` copies the ratings under the lock, and `handleSchedule` and
        `handleAddPlayer` cap their bodies with `http.MaxBytesReader`. The main problems:

        1. **Captain authentication fails open** for an unknown club and compares pins non-constant-time.
        2. **Injection**: `order` in the fixtures query, `printer` in a `sh -c` command line.
        3. **Result entry** trusts any captain for any fixture and can be applied twice.
        4. **Shared state**: `s.ratings`, `s.standings` and `s.hits` are touched outside `s.mu`.
        5. **Bounds**: the top-ratings slice and the round-robin generator are each off by one.

        Security:
        """,
        Block([
            F("CAPTAIN-SCAN-IGNORED", "critical", "security", "`captainOnly` fails open for an unknown club id",
              "Check the `Scan` error and reject an empty stored pin before comparing.",
              symbol="Server.captainOnly", conf=0.9),
            F("CAPTAIN-PIN-TIMING", "medium", "security", "Captain pin compared with `!=`",
              "Use `subtle.ConstantTimeCompare` as `adminOnly` does.", symbol="Server.captainOnly", conf=0.7),
            F("FIXTURES-SQLI", "critical", "security", "SQL injection through `order` in `handleFixtures`",
              "Map `order` to a fixed set of column names; never concatenate it.",
              symbol="Server.handleFixtures", conf=0.95),
            F("PRINT-SHELL", "critical", "security", "Command injection in `handlePrintSheet`",
              "Call `exec.CommandContext(ctx, \"lpr\", \"-P\", printer, sheet)` and validate `printer` against configured printers.",
              symbol="Server.handlePrintSheet", conf=0.95),
            F("RESULT-CLUB-NOT-CHECKED", "high", "security", "Any captain can enter the result of any fixture",
              "Compare the caller's `X-Club-Id` with `home` or `away` (both are loaded and never used).",
              symbol="Server.handleResult", conf=0.85),
            F("RESULT-BODY-UNBOUNDED", "medium", "security", "`handleResult` decodes an unbounded request body",
              "Wrap `r.Body` in `http.MaxBytesReader` as the other handlers do, and cap the number of rubbers.",
              d=-3, symbol="Server.handleResult", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.75),
        ]),
        "Correctness and concurrency:",
        Block([
            F("RESULT-DOUBLE-SUBMIT", "high", "bug", "Result can be applied twice by concurrent submissions",
              "Make the update conditional (`... WHERE id = $3 AND NOT completed`) and apply ratings only if one row changed.",
              symbol="Server.handleResult", conf=0.8),
            F("RATINGS-MAP-RACE", "high", "bug", "`applyRating` writes `s.ratings` without holding `s.mu`",
              "Take `s.mu` around the read-modify-write; concurrent result submissions can crash the process with a concurrent map write.",
              n=2, symbol="Server.applyRating", conf=0.85),
            F("RATING-UNKNOWN-ZERO", "medium", "bug", "Unknown players start from a rating of 0",
              "Load ratings from the database at start-up and default missing players to the league's starting rating.",
              symbol="Server.applyRating", conf=0.7),
            F("STANDINGS-CACHE-RACE", "high", "bug", "Standings cache written outside the lock",
              "Hold `s.mu` for the store (or use `singleflight` for the computation).",
              d=1, symbol="Server.handleStandings", conf=0.85),
            F("TOP-N-PLUS-ONE", "medium", "bug", "`list[:n+1]` returns one too many and can panic",
              "Slice `list[:n]` after clamping `n` to `[0, len(list)]`.", symbol="Server.handleTopRatings", conf=0.85),
            F("ROUND-ROBIN-ROUNDS", "medium", "bug", "Round robin generates one round too few",
              "A circle-method schedule for n clubs has n-1 rounds: `round < n-1`.", symbol="roundRobin", conf=0.8),
            F("ADD-DECODE-IGNORED", "low", "bug", "Decode error ignored when adding a player",
              "Return 400 on a decode error.", symbol="Server.handleAddPlayer", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("FIXTURES-SQLI", "critical", "security", "SQL injection: ?order= concatenated into ORDER BY",
              "Allowlist.", d=-1),
            F("PRINT-SHELL", "critical", "security", "sh -c with ?printer= (command injection)", "exec lpr directly.", d=-2),
            F("CAPTAIN-PIN-TIMING", "low", "security", "Pin compare not constant-time", "subtle.ConstantTimeCompare."),
            F("RESULT-BODY-UNBOUNDED", "low", "security", "No body limit on result submission", "MaxBytesReader."),
            F("RESULT-DOUBLE-SUBMIT", "high", "bug", "TOCTOU on fixtures.completed", "UPDATE ... AND NOT completed.", d=-3),
            F("RESULT-SCORES-UNCHECKED", "medium", "bug", "Scores not validated against rubbers",
              "Reject negative scores and scores that disagree with the rubbers."),
            F("RATINGS-MAP-RACE", "high", "bug", "Data race on s.ratings in applyRating", "Lock s.mu.", d=1),
            F("STANDINGS-CACHE-RACE", "high", "bug", "Unsynchronized write to s.standings", "Hold s.mu.", d=-2),
            F("TOP-N-PLUS-ONE", "medium", "bug", "Off-by-one in top ratings slice (panic at n == len)", "list[:n].",
              d=-3),
            F("ADD-DECODE-IGNORED", "medium", "bug", "handleAddPlayer discards the decode error", "400 on error."),
            F("PRINT-NO-TIMEOUT", "low", "bug", "lpr without timeout", "exec.CommandContext with a deadline."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `pingleague` service, a Go HTTP server that manages a table tennis league's
        fixtures, results, standings and player ratings. Below are my findings, grouped by area.

        ### Security
        """,
        Block([
            F("CAPTAIN-SCAN-IGNORED", "CRITICAL", "Broken Authentication", "Captain Authentication Bypass",
              "Handle the error returned by `Scan` and deny access when no pin is found.",
              desc="If the club does not exist, `want` stays empty; a request without `X-Captain-Pin` then passes.",
              sd=-2, n=3),
            F("FIXTURES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fixture Ordering",
              "Use an allowlist for the `order` parameter.", sd=-2, n=3),
            F("FIXTURES-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message."),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Sheet Printing",
              "Avoid `sh -c`; pass arguments directly to `lpr`.", sd=-2, n=3),
            F("RESULT-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Result Submission",
              "Limit the body size with `http.MaxBytesReader`."),
            F("ADD-CLUB-FROM-PATH", "HIGH", "Broken Access Control", "Captains Can Add Players to Any Club",
              "Verify that the club in the path matches the authenticated captain's club."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ### Concurrency and Logic
        """,
        Block([
            F("RATINGS-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Rating Updates",
              "Protect `s.ratings` with the mutex.", d=-2,
              desc="`applyRating` runs in request goroutines and reads and writes the map without synchronization."),
            F("STANDINGS-CACHE-RACE", "HIGH", "Race Condition", "Race Condition in Standings Cache",
              "Hold the lock while populating the cache.", sd=-2, n=3),
            F("HITS-RACE", "LOW", "Race Condition", "Unsynchronized Hit Counter",
              "Use `atomic.Int64` or the mutex."),
            U({"severity": "INFO", "category": "Style", "title": "", "description": "Exported types lack doc comments."}),
            F("TOP-NO-LOWER-BOUND", "MEDIUM", "Logic Error", "Negative 'top' Value Causes a Panic",
              "Reject values below 1 and handle the `Atoi` error.", d=-1),
            F("ROUND-ROBIN-ODD", "MEDIUM", "Logic Error", "Round Robin Does Not Handle an Odd Number of Clubs",
              "Add a bye placeholder when the number of clubs is odd.",
              desc="With an odd count one club is left out of every round and some pairings are never generated."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("FIXTURES-SQLI", "error", "security", "sql injection via order param", "allowlist columns"),
            F("PRINT-SHELL", "error", "security", "shell injection in print endpoint", "no sh -c"),
            F("CAPTAIN-PIN-TIMING", "warning", "security", "pin compare not constant time", "subtle.ConstantTimeCompare"),
            F("STANDINGS-ROWS-NOT-CLOSED", "warning", "", "rows not closed in computeStandings", "defer rows.Close()"),
            F("TOP-N-PLUS-ONE", "error", "bug", "list[:n+1] out of range", "list[:n]"),
            F("SERVER-NO-TIMEOUTS", "warning", "security", "no server timeouts", "use http.Server{...}"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: captain pin check fails open and is not constant-time.
        2. Injection: SQL injection in fixtures, command injection in sheet printing.
        3. Authorization: results and players can be entered for other clubs; ratings set by the client.
        4. Concurrency: standings cache and result submission races.
        5. Correctness: top ratings, round robin and rating defaults.
        6. Resource management: rows not closed in computeStandings.
        """,
        Block([
            F("CAPTAIN-SCAN-IGNORED", "blocker", "security", "Captain authentication bypass on lookup failure",
              "Check the Scan error.", conf=0.9),
            F("CAPTAIN-PIN-TIMING", "minor", "security", "Timing-unsafe captain pin comparison",
              "Use constant-time comparison.", conf=0.7),
            F("FIXTURES-SQLI", "blocker", "security", "SQL injection in fixture ordering", "Allowlist order.",
              conf=0.95),
            F("PRINT-SHELL", "blocker", "security", "OS command injection via printer parameter",
              "Do not use a shell.", d=-2, conf=0.9),
            F("RESULT-CLUB-NOT-CHECKED", "major", "security", "Result submission not restricted to the fixture's clubs",
              "Compare X-Club-Id with home and away.", d=-1, conf=0.8),
            F("RESULT-DOUBLE-SUBMIT", "major", "concurrency", "Race between completed check and update",
              "Use a conditional update.", conf=0.75),
            F("ADD-CLUB-FROM-PATH", "major", "security", "Player can be added to another club",
              "Use the authenticated club id.", conf=0.8),
            F("ADD-RATING-FROM-BODY", "major", "security", "Client controls initial player rating",
              "Ignore rating from the request and assign the default.", d=-1, conf=0.75),
            F("STANDINGS-CACHE-RACE", "major", "concurrency", "Standings cache populated without lock",
              "Lock around the cache write.", d=3, conf=0.75),
            F("RATING-UNKNOWN-ZERO", "minor", "correctness", "Missing players get a zero rating",
              "Use a default starting rating.", conf=0.7),
            F("TOP-N-PLUS-ONE", "major", "correctness", "Off-by-one in top ratings slice",
              "Use list[:n].", conf=0.85),
            F("ROUND-ROBIN-ROUNDS", "major", "correctness", "Round robin schedule misses the last round",
              "Iterate n-1 rounds.", d=-2, conf=0.8),
            F("STANDINGS-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in computeStandings",
              "defer rows.Close().", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
